// The silence procedure: the circulated version, a countdown to the deadline, who has broken silence and why,
// and for a voting delegation's seat holder the "Break silence" action with a reason.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { canBreakSilence, silencePhase } from '../../voting/declaration.js';
import { delegationName, formatWhen } from '../../voting/format.js';
import { confirmDialog } from '../../ui/dialog.js';

/** renderSilence(el, declaration, { me, myDelegation, names, ticker, voting }) */
export function renderSilence(el, declaration, { me, myDelegation, names, ticker, voting }) {
  const phase = silencePhase(declaration);
  const s = declaration?.silence;
  const showEnded = phase === 'ended' && declaration.state === 'Drafting' && (s.outcome === 'Broken' || s.outcome === 'Withdrawn');
  el.hidden = !(phase === 'running' || phase === 'broken' || showEnded);
  if (el.hidden) return replaceChildren(el);
  if (showEnded) {
    return replaceChildren(el, h('section', { class: 'silence silence--ended', dataset: { testid: 'silence', state: s.outcome } },
      h('p', { class: 'silence__title' }, t(s.outcome === 'Withdrawn' ? 'silence.endedWithdrawn' : 'silence.endedBroken',
        { time: formatWhen(s.endedAt), version: s.versionNumber })),
      s.withdrawalReason && h('p', { class: 'silence__text', dataset: { testid: 'silence-withdrawal-reason' } },
        t('silence.withdrawnReason', { reason: s.withdrawalReason })),
      breaksList(s, names)));
  }
  const remaining = h('span', { class: 'silence__remaining', dataset: { testid: 'silence-countdown' } });
  const mine = myDelegation && s.breaks.find((b) => b.delegationId === myDelegation.id);
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const mayBreak = canBreakSilence(me, myDelegation) && !mine;
  replaceChildren(el, h('section', {
    class: ['silence', phase === 'broken' && 'silence--broken'],
    dataset: { testid: 'silence', state: 'Running' },
    attrs: { 'aria-labelledby': 'silence-title' },
  },
  h('div', { class: 'silence__main' },
    h('h2', { class: 'silence__title', id: 'silence-title' }, t('silence.title')),
    h('p', { class: 'silence__text' }, t('silence.until', { version: s.versionNumber, time: formatWhen(s.deadline) })),
    h('p', { class: 'silence__text' }, t(phase === 'broken' ? 'silence.explainBroken' : 'silence.explain'))),
  h('div', { class: 'silence__clock' },
    h('span', { class: 'silence__clock-label' }, t('silence.remaining')), remaining),
  h('div', { class: 'silence__actions' },
    mayBreak && h('button', {
      class: 'btn btn--danger', type: 'button', dataset: { testid: 'break-silence' },
      on: { click: () => breakSilence(status, voting) },
    }, t('silence.break')),
    mine && h('p', { class: 'silence__mine' }, t('silence.youBroke')),
    !mayBreak && !mine && me.delegation && h('p', { class: 'silence__note' }, t('silence.cannotBreak'))),
  status,
  breaksList(s, names)));
  ticker.watch(remaining, s.deadline);
}

function breaksList(s, names) {
  if (!s.breaks.length) return null;
  return h('div', { class: 'silence__breaks' },
    h('h3', { class: 'section-title' }, t('silence.breaksHeading', { count: s.breaks.length })),
    h('ul', {}, s.breaks.map((b) => h('li', { class: 'silence__break', dataset: { testid: 'silence-break' } },
      h('strong', {}, delegationName(names, b.delegationId)), ` · ${formatWhen(b.at)}: `, b.reason))));
}

async function breakSilence(status, voting) {
  const reason = await confirmDialog({
    title: t('silence.breakTitle'),
    body: t('silence.breakBody'),
    confirmLabel: t('silence.breakConfirm'),
    danger: true,
    field: { label: t('silence.reason'), required: true, maxLength: 4000, requiredText: t('silence.reasonRequired') },
  });
  if (!reason) return;
  try {
    voting.acceptDeclaration(await voting.hub.invoke('BreakSilence', reason));
  } catch (error) {
    status.textContent = errorText(error);
  }
}
