// Speaking time per delegation (the chair's snapshot carries it) and the latest speeches.
import { formatDuration, toSeconds } from '../../countdown.js';
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { formatClock, viewerTimeZone } from '../../time.js';
import { kindBadge } from './kinds.js';
import { delegationName } from '../../names.js';

const RECENT = 5;

/** renderTotals(el, floor): a table of totals, then the last few speeches. */
export function renderTotals(el, floor) {
  const totals = floor.totals ?? [];
  const sum = totals.reduce((acc, row) => ({ seconds: acc.seconds + row.spokenSeconds, count: acc.count + row.count }), { seconds: 0, count: 0 });
  const table = totals.length === 0
    ? h('p', { class: 'placeholder' }, t('chair.noSpeechesYet'))
    : h('table', { class: 'totals__table', dataset: { testid: 'speaking-totals' } },
      h('caption', { class: 'visually-hidden' }, t('chair.totalsCaption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('chair.totalsDelegation')),
        h('th', { scope: 'col', class: 'num' }, t('chair.totalsSpeeches')),
        h('th', { scope: 'col', class: 'num' }, t('chair.totalsTime')))),
      h('tbody', {}, totals.map((row) => h('tr', { dataset: { delegation: row.delegation.code } },
        h('th', { scope: 'row' }, h('span', { class: 'totals__code' }, row.delegation.code), ' ', delegationName(row.delegation)),
        h('td', { class: 'num' }, String(row.count)),
        h('td', { class: 'num' }, formatDuration(row.spokenSeconds))))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row' }, t('chair.totalsAll')),
        h('td', { class: 'num' }, String(sum.count)),
        h('td', { class: 'num' }, formatDuration(sum.seconds)))));
  replaceChildren(el, table, recentSpeeches(floor.speeches));
}

// Pauses are left out of durationSeconds; the wall-clock span is only a fallback.
function durationOf(speech) {
  const given = toSeconds(speech.durationSeconds);
  if (given != null) return given;
  return speech.endedAt ? (Date.parse(speech.endedAt) - Date.parse(speech.startedAt)) / 1000 : null;
}

function recentSpeeches(speeches) {
  const done = speeches.filter((s) => s.endedAt)
    .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))
    .slice(0, RECENT);
  if (done.length === 0) return null;
  const zone = viewerTimeZone();
  return h('div', { class: 'recent' },
    h('h3', { class: 'recent__title' }, t('chair.recentSpeeches')),
    h('ol', { class: 'recent__list' }, done.map((s) => h('li', { class: 'recent__item' },
      h('span', { class: 'recent__time' }, formatClock(new Date(s.startedAt), zone)),
      h('span', { class: 'recent__who' }, h('span', { class: 'totals__code' }, s.delegation?.code ?? ''), ' ', delegationName(s.delegation)),
      s.kind !== 'Statement' && kindBadge(s.kind),
      h('span', { class: 'recent__duration' }, formatDuration(durationOf(s)))))));
}
