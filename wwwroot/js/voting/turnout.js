// Turnout ("34 of 52 voting delegations have voted", a bar) and the delegations that have not voted yet.
// The numbers change on every cast; screen readers hear them through a live region at most every few seconds.
import { h, replaceChildren } from '../dom.js';
import { t, tParts } from '../i18n.js';
import { compareNames } from '../names.js';
import { turnoutShare } from './polls.js';

const ANNOUNCE_EVERY_MS = 5000;
const strong = (name, value) => h('strong', { class: 'turnout__num' }, String(value));

/** createTurnout() → { el, update(poll) }: the block with data-testid="turnout". */
export function createTurnout() {
  const text = h('p', { class: 'turnout__text' });
  const fill = h('span', { class: 'progress__fill' });
  const bar = h('div', { class: 'progress', attrs: { role: 'progressbar', 'aria-valuemin': '0' } }, fill);
  const percent = h('span', { class: 'turnout__percent', attrs: { 'aria-hidden': 'true' } });
  const live = h('p', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const el = h('div', { class: 'turnout', dataset: { testid: 'turnout', voted: '0', eligible: '0' } },
    text, h('div', { class: 'turnout__meter' }, bar, percent), live);
  let lastAnnounced = 0;
  let pending = null;

  function announce(sentence, now) {
    clearTimeout(pending);
    const wait = lastAnnounced + ANNOUNCE_EVERY_MS - Date.now();
    if (now || wait <= 0) {
      lastAnnounced = Date.now();
      live.textContent = sentence;
    } else {
      pending = setTimeout(() => announce(sentence, true), wait);
    }
  }

  return {
    el,
    update(poll, { announceNow = false } = {}) {
      const { voted, eligible } = poll.turnout ?? { voted: 0, eligible: 0 };
      if (el.dataset.voted === String(voted) && el.dataset.eligible === String(eligible) && !announceNow) return;
      el.dataset.voted = String(voted);
      el.dataset.eligible = String(eligible);
      const share = turnoutShare(poll.turnout);
      replaceChildren(text, tParts('poll.turnout', { voted, eligible }, strong));
      fill.style.width = `${(share * 100).toFixed(1)}%`;
      bar.setAttribute('aria-valuemax', String(eligible));
      bar.setAttribute('aria-valuenow', String(voted));
      bar.setAttribute('aria-label', t('poll.turnoutLabel'));
      percent.textContent = t('poll.percent', { percent: Math.round(share * 100) });
      announce(t('poll.turnout', { voted, eligible }), announceNow);
    },
  };
}

/** The list with data-testid="not-voted": one item per delegation, data-testid="not-voted-<CODE>". */
export function notVotedList(ids, names) {
  if (!ids?.length) return h('p', { class: 'not-voted__none' }, t('poll.allVoted'));
  const items = ids.map((id) => names.get(id) ?? { code: '?', name: id })
    .sort((a, b) => compareNames(a.name, b.name))
    .map((d) => h('li', { class: 'not-voted__item', dataset: { testid: `not-voted-${d.code}` }, attrs: { title: d.name } },
      h('span', { class: 'code' }, d.code), ' ', h('span', { class: 'not-voted__name' }, d.name)));
  // It scrolls when long: focusable and named, so a keyboard user can scroll it too.
  return h('ul', { class: 'not-voted', dataset: { testid: 'not-voted' }, attrs: { tabindex: '0', 'aria-label': t('poll.notVotedList') } }, items);
}
