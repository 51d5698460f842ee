// A live panel: who speaks (the floor, as in the session room), the stage, and the questions from the floor; the
// moderator (the panel's chair) and the secretariat also get the console: the floor among panelists, the stage,
// the moderation of questions and the video link.
import { get } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { errorText, has, t } from '../i18n.js';
import { createChairCommands } from './floor/commands.js';
import { createSpeechControls } from './floor/controls.js';
import { canChair, everyQuarterSecond, showFloorLoadError, startFloor } from './floor/live.js';
import { renderClosedNotice } from './floor/closed-notice.js';
import { createSessionBar } from './floor/session-bar.js';
import { createSpeakerPanel } from './floor/speaker.js';
import { createToasts } from './floor/toasts.js';
import { keepFocus } from '../ui/focus.js';
import { followFloorWithMedia } from '../media/follow.js';
import { createAskForm } from './panel/ask-form.js';
import { createGuestInvites } from './panel/guests.js';
import { createBoard } from './panel/board.js';
import { startPanel } from './panel/live.js';
import { createModerationTools, renderVideoLink } from './panel/moderation.js';
import { createPanelCommands } from './panel/commands.js';
import { createStage, createStageAdd } from './panel/stage.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-panel="${name}"]`) ?? main.querySelector(`[data-floor="${name}"]`);
const show = (name) => { part(name).hidden = false; };

/** A guest holds the floor under their invitation, with no delegation: show their name where a delegation would be. */
function withGuestNames(floor) {
  const current = floor?.current;
  if (!current || current.delegation?.code) return floor;
  return { ...floor, current: { ...current, delegation: { ...current.delegation, code: t('panel.guestCode'), name: current.personName ?? '' } } };
}

/** Our own wording for the panel's codes where the shared catalogue speaks of the floor. */
function panelErrorText(error) {
  const key = `panel.error.${error?.code}`;
  return error?.code && has(key) ? t(key) : errorText(error);
}

async function start() {
  let live;
  try {
    live = await startFloor({ pageTitleKey: 'panel.pageTitle' });
  } catch (error) {
    showFloorLoadError(main, error);
    return;
  }
  const { me, sessionId } = live;
  if (live.session.kind !== 'Panel') {
    showNotAPanel(sessionId);
    return;
  }
  document.title = `${live.session.title} · ${document.title}`;
  const moderates = canChair(me, live.session);
  const canAsk = Boolean(me.delegation);
  main.dataset.role = moderates ? 'moderator' : 'audience';

  const announceEl = part('announce');
  const announce = (text) => { announceEl.textContent = text; };
  const toasts = createToasts(part('toasts'));
  const bar = createSessionBar(part('session-bar'), {
    conference: live.conference,
    other: moderates ? { href: `/chair?id=${sessionId}`, labelKey: 'floor.openConsole' } : null,
  });
  const speaker = createSpeakerPanel(part('now'), { clock: live.clock, announce });

  const panel = startPanel(sessionId, {
    onNotice: (kind, notice) => (kind === 'Dismissed' ? toasts.error : toasts.info)(t(`panel.notice${kind}`, { text: notice.text })),
    onError: (error) => toasts.error(t('panel.loadFailed', { reason: panelErrorText(error) })),
  });
  const commands = createPanelCommands({ live, panel, toasts, errorText: panelErrorText });

  const stage = createStage(part('stage'), { moderates, commands });
  const board = createBoard({
    pinned: part('pinned'), sort: part('sort'), open: part('open'), archive: part('archive'),
    queue: moderates ? part('queue') : null, mine: canAsk ? part('mine') : null,
  }, { moderates, canVote: canAsk, commands });

  let ask = null;
  let tools = null;
  let stageAdd = null;
  let controls = null;
  if (moderates) {
    for (const name of ['console', 'queue-section', 'moderation-section', 'guests-section']) show(name);
    controls = createSpeechControls(part('controls'), createChairCommands({ live, toasts }));
    tools = createModerationTools(part('moderation'), { commands });
    // Who can go on stage: read again after a guest is invited, so the new guest can be put there at once.
    const loadCandidates = () => get(`/api/panels/${sessionId}/candidates`)
      .then((candidates) => {
        stageAdd = createStageAdd(part('stage-add'), { candidates, commands });
        render();
      })
      .catch((error) => toasts.error(panelErrorText(error)));
    loadCandidates();
    createGuestInvites(part('guests'), { sessionId, onInvited: loadCandidates });
  }
  if (canAsk) {
    show('ask-section');
    // The rules come with the first snapshot; the form waits for them.
  }

  const boardVersion = part('board-version');
  function render() {
    bar.render(live.session, live.store.state, live.store.version);
    renderClosedNotice(part('closed-notice'), live.session);
    main.dataset.sessionState = live.session.state;
    if (live.store.state) {
      speaker.render(withGuestNames(live.store.state));
      controls?.render(live.store.state);
    }
    const state = panel.store.state;
    if (!state) return;
    main.removeAttribute('aria-busy');
    const info = panel.store.panel;
    boardVersion.dataset.version = panel.store.version ?? '';
    boardVersion.textContent = t('panel.boardVersion', { version: panel.store.version });
    if (canAsk && !ask) ask = createAskForm(part('ask'), { rules: info.rules, submit: commands.ask, errorText: panelErrorText });
    stage.render(panel.store.stage, live.store.state);
    stageAdd?.render(panel.store.stage);
    // Every change draws the board again: a moderator's focus stays on the same button of the same question.
    keepFocus(main, () => board.render(state, { mine: panel.store.mine, upvoted: panel.store.upvoted }));
    ask?.render(panel.store.stage, { live: live.session.state === 'Live' });
    tools?.render(state, info);
    renderVideoLink(part('video'), info);
  }

  live.store.subscribe(render);
  panel.store.subscribe(render);
  panel.store.onExtra(render);
  live.onSession(render);
  live.onError((error) => toasts.error(t('floor.loadFailed', { reason: errorText(error) })));
  render();
  everyQuarterSecond(() => speaker.tick());
  live.hub.start();
  panel.hub.start();
  followFloorWithMedia(document.querySelector('[data-floor="media"]'), live, { panel: panel.store });
}

/** A plenary has no panel: say so and offer its room. */
function showNotAPanel(sessionId) {
  replaceChildren(main, h('div', { class: 'load-error', attrs: { role: 'alert' } },
    h('h1', { class: 'load-error__title' }, t('panel.notAPanelTitle')),
    h('p', {}, t('panel.error.panel.not_a_panel')),
    h('a', { class: 'btn btn--primary', href: `/session?id=${sessionId}` }, t('floor.openRoom'))));
}

start();
