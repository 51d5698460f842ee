// A modal confirmation built on <dialog>: focus is trapped and Escape cancels, as the browser does it. Closed, it
// gives focus back to the element that opened it or, when a live event redrew that one meanwhile, to its successor
// (the element with the same data-focus key, see focus.js).
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * confirmDialog({ title, body, confirmLabel, cancelLabel, danger, field, collect }) → Promise<false | true | value>
 * With field: { label, required, maxLength, requiredText } it asks for a text (a reason) and resolves to it.
 * With collect: body holds form controls and collect() returns the value to resolve with (null keeps it open).
 */
export function confirmDialog({ title, body, confirmLabel, cancelLabel = t('common.cancel'), danger = false, field = null, collect = null }) {
  const opener = document.activeElement;
  return new Promise((resolve) => {
    let collected = null;
    const input = field && h('textarea', {
      class: 'input dialog__input', id: 'dialog-field', rows: 3, required: field.required ?? false, maxLength: field.maxLength ?? 4000,
    });
    const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
    const form = h('form', { class: 'dialog__form', method: 'dialog' },
      h('h2', { class: 'dialog__title', id: 'dialog-title' }, title),
      body && h('div', { class: 'dialog__body' }, body),
      field && h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'dialog-field' }, field.label), input),
      error,
      h('div', { class: 'dialog__actions' },
        h('button', { class: 'btn btn--quiet', type: 'button', value: 'cancel', on: { click: () => dialog.close('cancel') } }, cancelLabel),
        h('button', { class: ['btn', danger ? 'btn--danger' : 'btn--primary'], type: 'submit', value: 'ok' }, confirmLabel)));
    const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': 'dialog-title' } }, form);
    form.addEventListener('submit', (event) => {
      if (field?.required && !input.value.trim()) {
        event.preventDefault();
        error.textContent = field.requiredText ?? t('common.required');
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      if (collect) {
        collected = collect();
        if (collected === null) {
          event.preventDefault();
          return;
        }
      }
      dialog.returnValue = 'ok';
    });
    dialog.addEventListener('close', () => {
      const ok = dialog.returnValue === 'ok';
      dialog.remove();
      returnFocus(opener);
      resolve(ok ? (field ? input.value.trim() : collect ? collected : true) : false);
    });
    document.body.append(dialog);
    dialog.showModal();
    (input ?? form.querySelector('[type=submit]')).focus();
  });
}

function returnFocus(opener) {
  if (!(opener instanceof HTMLElement)) return;
  const key = opener.dataset.focus;
  const target = opener.isConnected ? opener : key && document.querySelector(`[data-focus="${CSS.escape(key)}"]`);
  target?.focus();
}
