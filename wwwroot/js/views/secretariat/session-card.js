// One session in the agenda editor: its details, its times on the host's clock, its scheduled transitions,
// and the actions the secretariat may take on it. Every change goes to the server with the version shown, so
// two editors never overwrite each other silently (the second gets version.conflict and a fresh agenda).
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';
import { lifecycleButtons } from './session-lifecycle.js';
import { detailFields, timeFields, values } from './fields.js';

/**
 * sessionCard(item, { chairs, hostZone, first, last, act, refusal }) → <li>; refusal: the text of the card's last refused action.
 * act(action, session, body?, statusEl) performs 'edit' | 'reschedule' | 'cancel' | 'up' | 'down'.
 */
export function sessionCard(item, { chairs, hostZone, first, last, act, refusal }) {
  const { session } = item;
  const closed = session.state === 'Closed';
  const status = h('p', { class: ['card__status', refusal && 'card__status--error'], attrs: { role: 'status', 'aria-live': 'polite' } }, refusal ?? '');
  const submit = (action) => (event) => {
    event.preventDefault();
    act(action, session, { ...values(event.target), version: session.version }, status);
  };
  const details = h('form', { class: 'session-form', dataset: { testid: `edit-${session.id}` }, on: { submit: submit('edit') } },
    detailFields(chairs, session),
    h('button', { class: 'btn btn--primary', type: 'submit', disabled: closed }, t('editor.save')));
  const times = h('form', { class: 'session-form session-form--times', dataset: { testid: `reschedule-${session.id}` }, on: { submit: submit('reschedule') } },
    timeFields(item.startsLocal, item.endsLocal),
    h('button', { class: 'btn btn--primary', type: 'submit', disabled: closed }, t('editor.reschedule')));
  if (closed) for (const control of [...details.elements, ...times.elements]) control.disabled = true;

  return h('li', { class: ['card', `card--${session.state.toLowerCase()}`], dataset: { testid: `editor-session-${session.id}`, version: session.version } },
    h('div', { class: 'card__head' },
      h('span', { class: 'card__ordinal' }, String(session.ordinal)),
      h('h3', { class: 'card__title' }, session.title),
      h('span', { class: `badge badge--${session.state.toLowerCase()}` }, t(`session.state.${session.state}`)),
      h('div', { class: 'card__moves' },
        h('button', { class: 'btn btn--small', type: 'button', disabled: first, attrs: { 'aria-label': t('editor.moveUp', { title: session.title }) }, on: { click: () => act('up', session, null, status) } }, '↑'),
        h('button', { class: 'btn btn--small', type: 'button', disabled: last, attrs: { 'aria-label': t('editor.moveDown', { title: session.title }) }, on: { click: () => act('down', session, null, status) } }, '↓'),
        session.state === 'Scheduled' && h('button', { class: 'btn btn--small btn--danger', type: 'button', dataset: { testid: `cancel-${session.id}` },
          on: { click: () => confirmCancel(session, status, act) } }, t('editor.cancel')))),
    overlaps(session, item.warnings),
    lifecycleButtons(session, { act, status, hostZone }),
    h('div', { class: 'card__forms' }, details, times),
    transitions(item.transitions),
    status);
}

/** Cancelling takes the session off the agenda for good (it cannot be undone), so it is confirmed first. */
async function confirmCancel(session, status, act) {
  const ok = await confirmDialog({
    title: t('editor.cancelTitle', { title: session.title }),
    body: t('editor.cancelBody'),
    confirmLabel: t('editor.cancelConfirm'),
    cancelLabel: t('editor.cancelKeep'),
    danger: true,
  });
  if (ok) await act('cancel', session, { version: session.version }, status);
  else document.querySelector(`[data-testid="cancel-${CSS.escape(session.id)}"]`)?.focus();
}

/** The server accepts a chair running two sessions at once but says so (agenda.chair_overlap): shown until fixed. */
function overlaps(session, warnings = []) {
  if (warnings.length === 0) return null;
  return h('ul', { class: 'card__warnings', dataset: { testid: `overlap-warning-${session.id}` } },
    warnings.map((w) => h('li', { class: 'card__warning', dataset: { code: w.code, other: w.otherSessionId } },
      t('editor.chairOverlap', { title: w.otherTitle }))));
}

function transitions(list) {
  if (list.length === 0) return null;
  return h('ul', { class: 'card__transitions', attrs: { 'aria-label': t('editor.transitions') } }, list.map((tr) => h('li', {
    class: ['transition', `transition--${tr.state.toLowerCase()}`],
  }, `${t(`transition.kind.${tr.kind}`)} · ${new Date(tr.dueAt).toISOString().slice(11, 19)} UTC · ${t(`transition.state.${tr.state}`)}`,
  tr.latenessMilliseconds != null && ` · ${t('editor.lateness', { ms: tr.latenessMilliseconds })}`)));
}
