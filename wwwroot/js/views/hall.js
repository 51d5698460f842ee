// The hall screen (/hall?id=): for the room's projector or the livestream. No controls: the delegation and speaker
// with the floor, the countdown in large type (red on overrun), the next three speakers and the session's state.
import { countdownAt, formatCountdown } from '../countdown.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { delegationName, floorLanguageText } from '../names.js';
import { everyQuarterSecond, showFloorLoadError, startFloor } from './floor/live.js';

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
  replaceChildren(main,
    h('header', { class: 'hall__top' }, title, state),
    h('section', { class: 'hall__floor' }, label, who, speaker, language, countdown),
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
  store.subscribe(render);
  live.onSession(render);
  render();
  everyQuarterSecond(tick);
  hub.start();
}

start();
