// Pieces of a poll that the ballot page and the secretariat console both draw: its badges, its result, the
// roll call and the export links.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { resultChart } from './chart.js';
import { amendmentTitle, formatWhen } from './format.js';
import { recordedRows } from './polls.js';
import { resultReason } from './reason.js';

/** State, subject, mode, rule and roll-call badges. amendment: the subject amendment if known. */
export function pollBadges(poll, amendment) {
  const subject = poll.subjectKind === 'Amendment'
    ? t('poll.subject.Amendment', { title: amendment ? amendmentTitle(amendment) : '' }).trim()
    : t('poll.subject.Declaration');
  return h('div', { class: 'poll-badges' },
    h('span', { class: `badge badge--poll-${poll.state.toLowerCase()}` }, t(`poll.state.${poll.state}`)),
    h('span', { class: 'tag tag--accent' }, subject),
    h('span', { class: 'tag', attrs: { title: t(`poll.modeHint.${poll.mode}`) } }, t(`poll.mode.${poll.mode}`)),
    h('span', { class: 'tag', attrs: { title: t(`poll.ruleHint.${poll.rule}`) } }, t(`poll.rule.${poll.rule}`)),
    poll.rollCall && h('span', { class: 'tag' }, t('poll.rollCall')));
}

/** One line of times: opened, closed, published or cancelled. */
export function pollTimes(poll) {
  const parts = [
    poll.openedAt && t('poll.openedAt', { time: formatWhen(poll.openedAt) }),
    poll.closedAt && t('poll.closedAt', { time: formatWhen(poll.closedAt) }),
    poll.publishedAt && t('poll.publishedAt', { time: formatWhen(poll.publishedAt) }),
    poll.cancelledAt && t('poll.cancelledAt', { time: formatWhen(poll.cancelledAt) }),
  ].filter(Boolean);
  return parts.length ? h('p', { class: 'poll-times' }, parts.join(' · ')) : null;
}

/**
 * The result: adopted or not with the reason, the chart, the numbers and, for a recorded poll, how each
 * delegation voted. preliminary: the secretariat's view between close and publish.
 */
export function resultBlock(poll, names, { preliminary = false } = {}) {
  const r = poll.result;
  const verdict = r.adopted ? 'adopted' : 'rejected';
  return h('section', { class: ['result', `result--${verdict}`], attrs: { 'aria-labelledby': `result-${poll.pollId}` } },
    h('div', { class: 'result__verdict' },
      h('span', { class: 'result__icon', attrs: { 'aria-hidden': 'true' } }, r.adopted ? '✓' : '✕'),
      h('div', {},
        h('h3', { class: 'result__title', id: `result-${poll.pollId}` },
          preliminary ? t('poll.preliminary') : t('poll.resultHeading'),
          h('span', { class: 'result__word' }, t(r.adopted ? 'poll.adopted' : 'poll.notAdopted'))),
        h('p', { class: 'result__reason' }, resultReason(r)))),
    resultChart(r, { testid: preliminary ? 'preliminary-chart' : 'result-chart', adopted: r.adopted }),
    h('p', { class: 'result__numbers' },
      t('poll.resultNumbers', { voted: r.voted, present: r.present, eligible: r.eligible }), ' · ',
      h('span', { class: r.quorumMet ? 'quorum-ok' : 'quorum-missing' }, t(r.quorumMet ? 'poll.quorumMet' : 'poll.quorumNotMet'))),
    poll.mode === 'Recorded' ? recordedTable(poll, names) : h('p', { class: 'result__secret' }, t('poll.secretResult')));
}

function recordedTable(poll, names) {
  const rows = recordedRows(poll, names);
  return h('details', { class: 'recorded', open: rows.length <= 20 },
    h('summary', { class: 'recorded__summary' }, t('poll.recordedHeading', { count: rows.length })),
    h('table', { class: 'recorded__table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('poll.colCode')),
        h('th', { scope: 'col' }, t('poll.colDelegation')),
        h('th', { scope: 'col' }, t('poll.colVote')))),
      h('tbody', {}, rows.map((row) => h('tr', { dataset: { testid: `recorded-${row.code}`, choice: row.choice ?? 'None' } },
        h('td', { class: 'code' }, row.code),
        h('td', {}, row.name),
        h('td', {}, h('span', { class: `choice choice--${(row.choice ?? 'none').toLowerCase()}` },
          row.choice ? t(`poll.choice.${row.choice}`) : t('poll.didNotVote'))))))));
}

/** The roll call: who is being called now and the order, each marked voted or waiting. */
export function rollCallBlock(poll, names) {
  if (!poll.rollCallOrder?.length) return null;
  const waiting = new Set(poll.notYetVoted ?? []);
  const next = poll.nextInRollCall && names.get(poll.nextInRollCall);
  return h('section', { class: 'roll-call', attrs: { 'aria-labelledby': `roll-call-${poll.pollId}` } },
    h('h3', { class: 'section-title', id: `roll-call-${poll.pollId}` }, t('poll.rollCallHeading')),
    poll.state === 'Open' && h('p', { class: 'roll-call__now', attrs: { role: 'status' } },
      next ? t('poll.rollCallNow', { name: next.name }) : t('poll.rollCallDone')),
    h('p', { class: 'roll-call__rule' }, t('poll.rollCallRule', { name: names.get(poll.rollCallOrder[0])?.name ?? '' })),
    h('ol', { class: 'roll-call__list', attrs: { tabindex: '0', 'aria-labelledby': `roll-call-${poll.pollId}` } }, poll.rollCallOrder.map((id) => {
      const d = names.get(id) ?? { code: '?', name: id };
      const state = id === poll.nextInRollCall && poll.state === 'Open' ? 'now' : waiting.has(id) ? 'waiting' : 'voted';
      return h('li', { class: `roll-call__item roll-call__item--${state}`, dataset: { testid: `roll-call-${d.code}`, state } },
        h('span', { class: 'code' }, d.code), ' ', h('span', { class: 'roll-call__name' }, d.name),
        h('span', { class: 'visually-hidden' }, `${t('common.listSeparator')}${t(`poll.rollCall.${state}`)}`));
    })));
}

/** CSV and JSON downloads of a published result. */
export function exportLinks(poll) {
  const base = `/api/polls/${encodeURIComponent(poll.pollId)}/results`;
  return h('p', { class: 'exports' },
    h('span', { class: 'exports__label' }, t('poll.export')),
    h('a', { class: 'btn btn--small', href: `${base}.csv`, download: '', dataset: { testid: 'export-csv' } }, t('poll.exportCsv')),
    h('a', { class: 'btn btn--small', href: `${base}.json`, target: '_blank', rel: 'noopener', dataset: { testid: 'export-json' } }, t('poll.exportJson')));
}
