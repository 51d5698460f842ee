// The hall screen (/hall?id=): for the room's projector or the livestream. No controls: the delegation and speaker
// with the floor, the countdown in large type (red on overrun), the next three speakers, the session's state, and
// the running poll's turnout or the result published since the session opened (from the voting hub).
import { countdownAt, formatCountdown } from '../countdown.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { createVotingConnection } from '../voting/connection.js';
import { pollForHall } from '../voting/polls.js';
import { delegationName, floorLanguageText } from '../names.js';
import { everyQuarterSecond, showFloorLoadError, startFloor } from './floor/live.js';
import { renderHallPoll } from './hall/poll.js';
import { followFloorWithMedia } from '../media/follow.js';

const main = document.getElementById('main');

async function start() {
  let live;
  try {
    live = await startFloor({ pageTitleKey: 'hall.pageTitle' });
  } catch (error) {
    showFloorLoadError(main, error);
    return;
  }
  const { store, hub, clock } = live;
  const state = h('span', { class: 'hall__state', dataset: { testid: 'hall-state' } });
  const title = h('h1', { class: 'hall__title' });
  const label = h('p', { class: 'hall__label' });
  const who = h('p', { class: 'hall__delegation', dataset: { testid: 'hall-delegation' } });
  const speaker = h('p', { class: 'hall__speaker', dataset: { testid: 'hall-speaker' } });
  const language = h('p', { class: 'hall__speaker', dataset: { testid: 'hall-language' } });
  const countdown = h('p', { class: 'hall__countdown', dataset: { testid: 'hall-countdown' } });
  const next = h('ol', { class: 'hall__next', dataset: { testid: 'hall-next' } });
  const poll = h('section', { class: 'hall-poll', dataset: { testid: 'hall-poll' }, attrs: { 'aria-live': 'polite' }, hidden: true });
  const middle = h('div', { class: 'hall__middle' }, h('section', { class: 'hall__floor' }, label, who, speaker, language, countdown), poll);
  const media = h('section', { class: 'media media--hall', hidden: true, attrs: { 'aria-label': t('media.heading') } });
  replaceChildren(main,
    h('header', { class: 'hall__top' }, title, state),
    media,
    middle,
    h('section', { class: 'hall__queue' }, h('h2', { class: 'hall__subtitle' }, t('hall.next')), next));

  const tick = () => {
    const current = store.state?.current;
    const c = countdownAt(current, clock.now().getTime());
    countdown.textContent = !c ? '' : c.timed ? formatCountdown(c.seconds) : t('hall.untimed');
    countdown.dataset.phase = c?.phase ?? 'none';
    countdown.classList.toggle('is-paused', Boolean(c?.paused));
  };
  const render = () => {
    const session = live.session;
    title.textContent = session.title;
    state.textContent = session.state === 'Closed' ? t('hall.closed') : t(`session.state.${session.state}`);
    state.dataset.state = session.state;
    main.dataset.sessionState = session.state;
    const floor = store.state;
    if (!floor) return;
    main.removeAttribute('aria-busy');
    const current = floor.current;
    label.textContent = current ? (current.pausedAt ? t('hall.paused') : t('hall.floor')) : t('hall.nobody');
    who.textContent = current ? delegationName(current.delegation) : '';
    speaker.textContent = current?.personName ?? '';
    // The language is for the interpreters' booths and the room as much as for the livestream.
    language.textContent = floorLanguageText(current?.language);
    const upcoming = floor.waiting.slice(0, 3);
    replaceChildren(next, upcoming.length
      ? upcoming.map((w) => h('li', {}, h('bdi', { class: 'hall__code', attrs: { dir: 'ltr' } }, w.delegation.code), ' ', delegationName(w.delegation)))
      : h('li', { class: 'hall__none' }, t('hall.noneWaiting')));
    tick();
  };
  // Polls belong to the conference: the hall shows one open now, or the last result published since this session
  // opened (its opening time comes from the floor hub's session state; until then, its scheduled start).
  const voting = createVotingConnection({ declaration: false });
  let openedAt = null;
  let asked = false;
  const renderPoll = () => {
    const shown = pollForHall(voting.polls.values(), openedAt ?? live.session.startsAt);
    renderHallPoll(poll, shown);
    middle.classList.toggle('has-poll', Boolean(shown));
  };
  const readOpening = () => {
    asked = true;
    hub.invoke('GetSessionState', live.sessionId)
      .then((view) => { openedAt = view.openedAt; renderPoll(); })
      .catch(() => { asked = false; });
  };
  voting.subscribe(renderPoll);

  store.subscribe(render);
  // The first floor snapshot means the floor hub is connected: ask then, and again whenever the session changes.
  store.subscribe(() => { if (!asked) readOpening(); });
  live.onSession(() => { render(); readOpening(); });
  render();
  everyQuarterSecond(tick);
  hub.start();
  voting.start();
  // The hall screen only receives, whoever is signed in on it.
  followFloorWithMedia(media, live, { canPublish: false });
}

start();
