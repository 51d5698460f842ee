// Short notices in a corner: a refused command, a conflict between chairs. Errors are alerts; others polite.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

const SHOW_MS = { info: 5000, error: 9000 };

/** createToasts(el) → { info(text), error(text) } */
export function createToasts(el) {
  const polite = h('div', { class: 'toasts__region', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alerts = h('div', { class: 'toasts__region', attrs: { role: 'alert', 'aria-live': 'assertive' } });
  el.append(alerts, polite);

  function show(kind, text) {
    const close = h('button', { class: 'toast__close', type: 'button', attrs: { 'aria-label': t('floor.dismiss') } }, '×');
    const toast = h('div', { class: ['toast', `toast--${kind}`], dataset: { testid: `toast-${kind}` } },
      h('p', { class: 'toast__text' }, text), close);
    const remove = () => toast.remove();
    close.addEventListener('click', remove);
    (kind === 'error' ? alerts : polite).append(toast);
    setTimeout(remove, SHOW_MS[kind]);
    // Only the latest few matter.
    while (el.querySelectorAll('.toast').length > 3) el.querySelector('.toast').remove();
  }

  return { info: (text) => show('info', text), error: (text) => show('error', text) };
}
