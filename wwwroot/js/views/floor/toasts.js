// Short notices in a corner: a refused command, a conflict between chairs. Errors are alerts; others polite.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

const SHOW_MS = { info: 5000, error: 9000, undo: 12000 };

/** createToasts(el) → { info(text), error(text), undo(text, label, onUndo) } */
export function createToasts(el) {
  const polite = h('div', { class: 'toasts__region', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alerts = h('div', { class: 'toasts__region', attrs: { role: 'alert', 'aria-live': 'assertive' } });
  el.append(alerts, polite);

  function show(kind, text, action = null) {
    const close = h('button', { class: 'toast__close', type: 'button', attrs: { 'aria-label': t('floor.dismiss') } }, '×');
    const undo = action && h('button', { class: 'btn btn--small btn--secondary toast__action', type: 'button', dataset: { testid: 'toast-undo' } }, action.label);
    const look = kind === 'undo' ? 'info' : kind;
    const toast = h('div', { class: ['toast', `toast--${look}`], dataset: { testid: `toast-${look}` } },
      h('p', { class: 'toast__text' }, text), undo, close);
    const remove = () => toast.remove();
    close.addEventListener('click', remove);
    undo?.addEventListener('click', () => {
      remove();
      action.run();
    });
    (look === 'error' ? alerts : polite).append(toast);
    setTimeout(remove, SHOW_MS[kind]);
    // Only the latest few matter.
    while (el.querySelectorAll('.toast').length > 3) el.querySelector('.toast').remove();
  }

  return {
    info: (text) => show('info', text),
    error: (text) => show('error', text),
    /** A notice with an Undo button, kept longer: what was just done can be taken back from here. */
    undo: (text, label, run) => show('undo', text, { label, run }),
  };
}
