// The presence summary: delegations present, voting delegations present, and whether there is quorum.
import { h, replaceChildren } from '../../dom.js';
import { t, tParts } from '../../i18n.js';

const strong = (name, value) => h('strong', { class: 'stat__num' }, String(value));

// Sizes go through the CSSOM: the content security policy forbids style attributes.
function meter(share, mark) {
  const fill = h('span', { class: 'meter__fill' });
  fill.style.width = `${(share * 100).toFixed(1)}%`;
  const tick = h('span', { class: 'meter__mark' });
  tick.style.left = `${(mark * 100).toFixed(1)}%`;
  return h('div', { class: 'meter', attrs: { 'aria-hidden': 'true' } }, fill, tick);
}

/** Draws the summary into el (an aria-live region); redraws only when a number in it changed. */
export function createSummary(el, peopleEl) {
  let last = '';
  return function renderSummary(s) {
    peopleEl.textContent = t('lobby.peopleConnected', { count: s.people });
    const key = [s.present, s.total, s.votingPresent, s.votingTotal].join('/');
    if (key === last) return;
    last = key;
    const share = s.votingTotal ? s.votingPresent / s.votingTotal : 0;
    const mark = s.votingTotal ? s.quorumNeeded / s.votingTotal : 0;
    replaceChildren(el,
      h('p', { class: 'stat' }, tParts('lobby.summaryPresent', { present: s.present, total: s.total }, strong)),
      h('div', { class: 'stat stat--voting' },
        h('p', {}, tParts('lobby.summaryVoting', { present: s.votingPresent, total: s.votingTotal }, strong)),
        meter(share, mark)),
      h('div', { class: ['stat', 'stat--quorum', s.quorum ? 'is-met' : 'is-missing'], dataset: { testid: 'quorum', quorum: String(s.quorum) } },
        h('p', { class: 'quorum' },
          h('span', { class: 'quorum__icon', attrs: { 'aria-hidden': 'true' } }, s.quorum ? '✓' : '!'),
          s.quorum ? t('lobby.quorumMet') : t('lobby.quorumMissing', { count: s.quorumNeeded - s.votingPresent })),
        h('p', { class: 'stat__note' }, t('lobby.quorumRule', { needed: s.quorumNeeded, total: s.votingTotal }))));
  };
}
