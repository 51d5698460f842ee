// The silence procedure from the secretariat's side: circulate the latest version until a deadline, watch who
// breaks silence, and see how it ended (the deadline ends it by itself: adopted, or back to negotiation).
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';
import { field } from '../../ui/forms.js';
import { delegationName, formatWhen } from '../../voting/format.js';
import { viewerTimeZone, zoneAbbreviation } from '../../time.js';

/** createSilencePanel({ voting, names, ticker }) → { el, render(declaration) } */
export function createSilencePanel({ voting, names, ticker }) {
  const body = h('div', { class: 'side-panel__body' });
  const el = h('section', { class: 'panel side-panel', attrs: { 'aria-labelledby': 'silence-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'silence-heading' }, t('sec.silence.heading'))), body);
  const deadline = h('input', { class: 'input', type: 'datetime-local', id: 'silence-deadline' });
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const circulate = h('button', { class: 'btn btn--primary', type: 'submit', id: 'silence-circulate', dataset: { testid: 'silence-circulate' } }, t('sec.silence.circulate'));
  const form = h('form', { class: 'silence-form', noValidate: true },
    field({ label: t('sec.silence.deadline'), control: deadline, hint: t('sec.silence.deadlineHint', { zone: zoneAbbreviation(new Date(), viewerTimeZone()) }) }),
    status,
    h('div', { class: 'form-actions' }, circulate));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    const at = deadline.value ? new Date(deadline.value) : null;
    if (!at || Number.isNaN(at.getTime()) || at <= voting.clock.now()) {
      status.textContent = t('sec.silence.deadlineInvalid');
      deadline.focus();
      return;
    }
    const version = voting.declaration.current.number;
    if (!await confirmDialog({ title: t('sec.silence.confirmTitle', { version }), body: t('sec.silence.confirmBody', { time: formatWhen(at.toISOString()) }), confirmLabel: t('sec.silence.circulate') })) return;
    try {
      voting.acceptDeclaration(await voting.hub.invoke('CirculateUnderSilence', at.toISOString()));
      deadline.value = '';
    } catch (error) {
      status.textContent = errorText(error);
    }
  });

  /** Ending silence early cannot be undone (the round is over), so it is confirmed, with the reason everyone will see. */
  async function withdraw(s) {
    status.textContent = '';
    const reason = await confirmDialog({
      title: t('sec.silence.withdrawTitle', { version: s.versionNumber }),
      body: t('sec.silence.withdrawBody'),
      confirmLabel: t('sec.silence.withdrawConfirm'),
      danger: true,
      field: { label: t('sec.silence.withdrawReason'), required: true, maxLength: 4000, requiredText: t('sec.silence.withdrawReasonRequired') },
    });
    if (!reason) {
      el.querySelector('[data-testid="silence-withdraw"]')?.focus();
      return;
    }
    try {
      voting.acceptDeclaration(await voting.hub.invoke('WithdrawFromSilence', reason));
      el.querySelector('[data-testid="silence-state"]')?.focus();
    } catch (error) {
      status.textContent = errorText(error);
    }
  }

  function breaks(s) {
    return s.breaks.length
      ? h('ul', { class: 'sec-breaks' }, s.breaks.map((b) => h('li', { dataset: { testid: 'silence-break' } },
        h('strong', {}, delegationName(names, b.delegationId)), ` · ${formatWhen(b.at)}: `, b.reason)))
      : h('p', { class: 'field__hint' }, t('sec.silence.noBreaks'));
  }

  return {
    el,
    render(declaration) {
      const s = declaration.silence;
      if (s?.outcome === 'Running') {
        const remaining = h('span', { class: 'silence__remaining' });
        replaceChildren(body,
          h('p', { class: 'sec-silence__state', dataset: { testid: 'silence-state', state: 'Running' } },
            t('sec.silence.running', { version: s.versionNumber, time: formatWhen(s.deadline) })),
          h('p', { class: 'sec-silence__clock' }, h('span', { class: 'silence__clock-label' }, t('silence.remaining')), ' ', remaining),
          h('p', { class: 'field__hint' }, t('sec.silence.endsItself')),
          h('div', { class: 'form-actions' }, h('button', {
            class: 'btn btn--danger', type: 'button', dataset: { testid: 'silence-withdraw' },
            on: { click: () => withdraw(s) },
          }, t('sec.silence.withdraw'))),
          status,
          h('h3', { class: 'section-title' }, t('sec.silence.breaks'), h('span', { class: 'count-pill' }, String(s.breaks.length))),
          breaks(s));
        ticker.watch(remaining, s.deadline);
        return;
      }
      const parts = [];
      if (s) {
        parts.push(h('p', { class: 'sec-silence__state', dataset: { testid: 'silence-state', state: s.outcome }, attrs: { tabindex: '-1' } },
          t(`sec.silence.ended.${s.outcome}`, { version: s.versionNumber, time: formatWhen(s.endedAt) })),
        s.withdrawalReason && h('p', { class: 'field__hint', dataset: { testid: 'silence-withdrawal-reason' } }, t('silence.withdrawnReason', { reason: s.withdrawalReason })),
        breaks(s));
      }
      if (declaration.state === 'Drafting') {
        const ready = declaration.current && !declaration.draft?.hasUnpublishedChanges;
        parts.push(ready ? form : h('p', { class: 'note' }, t(declaration.current ? 'sec.silence.publishFirst' : 'sec.silence.nothingPublished')));
      }
      replaceChildren(body, parts.length ? parts : h('p', { class: 'field__hint' }, t('sec.silence.adopted')));
    },
  };
}
