// The session room: who has the floor and for how long, the list of speakers, and a delegate's requests.
import { errorText, onLanguageChange, t } from '../i18n.js';
import { createDelegatePanel } from './floor/delegate-panel.js';
import { canChair, everyQuarterSecond, showFloorLoadError, startFloor } from './floor/live.js';
import { renderNextUp } from './floor/next-up.js';
import { renderClosedNotice } from './floor/closed-notice.js';
import { createQueue } from './floor/queue.js';
import { createSessionBar } from './floor/session-bar.js';
import { createSpeakerPanel } from './floor/speaker.js';
import { createToasts } from './floor/toasts.js';
import { followFloorWithMedia } from '../media/follow.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-floor="${name}"]`);
// The room as the page has it, so a switch of language draws it again from the store (the connection stays).
const template = main.cloneNode(true);

async function start() {
  let live;
  try {
    live = await startFloor({ pageTitleKey: 'floor.roomTitle' });
  } catch (error) {
    showFloorLoadError(main, error);
    return;
  }
  const { me, store, hub } = live;
  const myDelegationId = me.delegation?.id;
  document.title = `${live.session.title} · ${document.title}`;

  function mount() {
    const announceEl = part('announce');
    const toasts = createToasts(part('toasts'));
    const bar = createSessionBar(part('session-bar'), {
      conference: live.conference,
      other: canChair(me, live.session) ? { href: `/chair?id=${live.sessionId}`, labelKey: 'floor.openConsole' } : null,
    });
    const speaker = createSpeakerPanel(part('now'), { clock: live.clock, announce: (text) => { announceEl.textContent = text; } });
    const queue = createQueue(part('queue'), { myDelegationId, countEl: part('count') });
    // Observers, chairs and the secretariat have no delegation, so no requests to make.
    const mine = myDelegationId ? createDelegatePanel(part('mine'), { live, toasts }) : null;
    const render = () => {
      bar.render(live.session, store.state, store.version);
      renderClosedNotice(part('closed-notice'), live.session);
      main.dataset.sessionState = live.session.state;
      if (!store.state) return;
      main.removeAttribute('aria-busy');
      speaker.render(store.state);
      queue.render(store.state);
      renderNextUp(part('next'), store.state, myDelegationId);
      mine?.render(store.state);
    };
    return { render, tick: () => speaker.tick(), toasts };
  }

  let view = mount();
  store.subscribe(() => view.render());
  live.onSession(() => view.render());
  live.onError((error) => view.toasts.error(t('floor.loadFailed', { reason: errorText(error) })));
  onLanguageChange(() => {
    main.replaceChildren(...template.cloneNode(true).childNodes);
    view = mount();
    view.render();
  });
  view.render();
  everyQuarterSecond(() => view.tick());
  hub.start();
  followFloorWithMedia(part('media'), live);
}

start();
