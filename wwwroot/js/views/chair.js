// The chair console: everything of the room plus the commands that move the floor.
import { h } from '../dom.js';
import { errorText, onLanguageChange, t } from '../i18n.js';
import { createAddSpeaker } from './floor/add-speaker.js';
import { createChairCommands } from './floor/commands.js';
import { createListTools, createSpeechControls } from './floor/controls.js';
import { renderClosedNotice } from './floor/closed-notice.js';
import { createLifecycleControls } from './floor/lifecycle.js';
import { canChair, everyQuarterSecond, showFloorLoadError, startFloor } from './floor/live.js';
import { createQueue } from './floor/queue.js';
import { createLimitsForm } from './floor/limits.js';
import { createReorder } from './floor/reorder.js';
import { createSessionBar } from './floor/session-bar.js';
import { createSpeakerPanel } from './floor/speaker.js';
import { createToasts } from './floor/toasts.js';
import { renderTotals } from './floor/totals.js';
import { followFloorWithMedia } from '../media/follow.js';
import { roomPath } from '../rooms.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-floor="${name}"]`);
// The console as the page has it, so a switch of language draws it again from the store (the connection stays).
const template = main.cloneNode(true);

async function start() {
  let live;
  try {
    live = await startFloor({ pageTitleKey: 'floor.consoleTitle' });
  } catch (error) {
    showFloorLoadError(main, error);
    return;
  }
  const { me, store, hub } = live;
  document.title = `${live.session.title} · ${document.title}`;
  const createBar = () => createSessionBar(part('session-bar'), {
    conference: live.conference,
    other: { href: roomPath(live.session), labelKey: 'floor.openRoom' },
  });
  let bar = createBar();
  if (!canChair(me, live.session)) {
    // The hub would refuse every command; say so plainly and offer the room instead.
    bar.render(live.session, null, null);
    part('console').replaceWith(h('div', { class: 'load-error', attrs: { role: 'alert' } },
      h('h2', { class: 'load-error__title' }, t('chair.notChairTitle')),
      h('p', {}, t('chair.notChair', { chair: live.session.chair?.displayName ?? '' })),
      h('a', { class: 'btn btn--primary', href: roomPath(live.session) }, t('floor.openRoom'))));
    // No live connection is opened here, so none is shown.
    document.querySelector('[data-testid="connection-status"]').hidden = true;
    main.removeAttribute('aria-busy');
    return;
  }

  // Commands outlive a redraw of the console; their notices go to the toasts on the page now.
  let toasts;
  const currentToasts = { info: (text) => toasts.info(text), error: (text) => toasts.error(text), undo: (...args) => toasts.undo(...args) };
  const commands = createChairCommands({ live, toasts: currentToasts, onBusy: (busy) => { main.dataset.busy = String(busy); } });

  function mount() {
    const announceEl = part('announce');
    const announce = (text) => { announceEl.textContent = text; };
    toasts = createToasts(part('toasts'));
    const speaker = createSpeakerPanel(part('now'), { clock: live.clock, announce });
    const getSession = () => live.session;
    const controls = createSpeechControls(part('controls'), commands, { getSession });
    const listTools = createListTools(part('list-tools'), commands, { getSession });
    const limits = createLimitsForm(part('limits'), commands);
    const reorder = createReorder({ commands, announce, toasts, getSession, getWaiting: () => store.state?.waiting ?? [] });
    const queue = createQueue(part('queue'), { rowTools: reorder.rowTools, countEl: part('count'), draggable: true });
    queue.list.setAttribute('aria-describedby', 'reorder-hint');
    reorder.attach(queue.list, { onDragEnd: () => store.state && queue.render(store.state) });
    createAddSpeaker(part('add'), { delegations: live.conference.delegations, commands, announce });

    const lifecycle = createLifecycleControls(part('lifecycle'), { live, toasts });
    const final = part('final');
    const render = () => {
      bar.render(live.session, store.state, store.version);
      // A closed session's record is final: the hub refuses every command, so none is offered.
      const closed = live.session.state === 'Closed';
      main.dataset.sessionState = live.session.state;
      final.hidden = !closed;
      renderClosedNotice(part('closed-notice'), live.session);
      lifecycle.render(live.session, store.state);
      for (const el of main.querySelectorAll('.controls, .add, .list-tools, .limits')) el.inert = closed;
      if (!store.state) return;
      main.removeAttribute('aria-busy');
      speaker.render(store.state);
      controls.render(store.state);
      listTools.render(store.state);
      limits.render(store.state);
      // A redraw under a drag would drop the row being dragged: the list catches up when the drag ends.
      if (!reorder.dragging) queue.render(store.state);
      renderTotals(part('totals'), store.state);
    };
    return { render, tick: () => speaker.tick() };
  }

  let view = mount();
  store.subscribe(() => view.render());
  live.onSession(() => view.render());
  live.onError((error) => toasts.error(t('floor.loadFailed', { reason: errorText(error) })));
  onLanguageChange(() => {
    main.replaceChildren(...template.cloneNode(true).childNodes);
    bar = createBar();
    view = mount();
    view.render();
  });
  view.render();
  everyQuarterSecond(() => view.tick());
  hub.start();
  followFloorWithMedia(main.querySelector('[data-floor="media"]'), live);
}

start();
