// Small form builders the consoles share: radio groups, selects and labelled fields, all text through h().
import { h } from '../dom.js';

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

/**
 * A fieldset of radios: options [{ value, label, hint? }]; the checked one is `value`. With idPrefix each
 * radio's id is `<idPrefix>-<value in lower case>` (stable, for tests); otherwise generated.
 */
export function radios({ name, legend, options, value, inline = true, idPrefix }) {
  return h('fieldset', { class: ['choice-group', inline && 'choice-group--inline'] },
    h('legend', { class: 'field__label' }, legend),
    options.map((option) => {
      const id = idPrefix ? `${idPrefix}-${option.value.toLowerCase()}` : nextId(name);
      return h('label', { class: 'choice-group__option', htmlFor: id },
        h('input', { type: 'radio', id, name, value: option.value, checked: option.value === value }),
        h('span', { class: 'choice-group__text' },
          h('span', { class: 'choice-group__label' }, option.label),
          option.hint && h('span', { class: 'choice-group__hint' }, option.hint)));
    }));
}

/** The checked radio's value within root, or null. */
export function radioValue(root, name) {
  return root.querySelector(`input[type=radio][name="${name}"]:checked`)?.value ?? null;
}

/** A labelled control: field({ label, control, hint, id }) wires label→control and hint via aria-describedby. */
export function field({ label, control, hint }) {
  control.id ||= nextId('field');
  const hintEl = hint && h('p', { class: 'field__hint', id: `${control.id}-hint` }, hint);
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: control.id }, label), control, hintEl);
}

/** <select> from options [{ value, label }]. */
export function select({ id, options, value }) {
  return h('select', { class: 'input', id },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
}
