// Building blocks of the accreditation pages: inputs, forms that report into a status line, state pills, tables.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { field, select } from '../../ui/forms.js';

/**
 * The server's limit of each text these pages send, by field name (Domain `TextLimits`, `Nomination`,
 * `EmailAddress`, the columns of the conference and the delegation): the field stops there and says so
 * (`ui/text-limit.js`) instead of the server refusing the whole form with `text.too_long`.
 */
export const LIMITS = Object.freeze({
  code: 16, name: 200, displayName: 200, organization: 200, email: 254, reason: 1000, title: 300,
  hostTimeZone: 64, password: 256, repeat: 256,
});

/** Fields whose browser control bounds them already (dates), so they carry no text limit. */
export const UNBOUNDED = Object.freeze(['startsOn', 'endsOn']);

export function input(name, { type = 'text', required = false, autocomplete, value = '', testid } = {}) {
  const maxLength = LIMITS[name];
  return h('input', { class: 'input', name, type, required, value, ...(maxLength ? { maxLength } : {}), attrs: { autocomplete, 'data-testid': testid } });
}

export const labelled = (label, control, hint) => field({ label, control, hint });

export function choice(name, options, value) {
  const el = select({ options, value });
  el.name = name;
  for (const option of el.options) option.defaultSelected = option.selected; // form.reset() comes back to it
  return el;
}

/** Values of a form's named controls, trimmed. */
export function values(form) {
  const out = {};
  for (const el of form.elements) if (el.name && el.type !== 'file') out[el.name] = el.type === 'checkbox' ? el.checked : el.value.trim();
  return out;
}

export function statusLine() {
  return h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
}

/** Runs work(); its message (or the error's) goes to status, marked as an error when it failed. */
export async function run(status, work) {
  status.textContent = '';
  status.classList.remove('form-error', 'form-ok');
  try {
    const message = await work();
    if (message) {
      status.textContent = message;
      status.classList.add('form-ok');
    }
    return true;
  } catch (error) {
    status.textContent = errorText(error);
    status.classList.add('form-error');
    return false;
  }
}

/** A form whose submit runs onSubmit(values, form) and shows its outcome in its own status line. */
export function form({ fields, submitKey, onSubmit, testid, grid = true }) {
  const status = statusLine();
  const submit = h('button', { class: 'btn btn--primary', type: 'submit' }, t(submitKey));
  const el = h('form', { class: grid ? 'form-grid' : '', attrs: { novalidate: true, 'data-testid': testid } },
    fields, h('div', { class: 'form-actions' }, submit), status);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    await run(status, () => onSubmit(values(el), el));
    submit.disabled = false;
  });
  return el;
}

export function pill(state) {
  const key = String(state).toLowerCase();
  return h('span', { class: `status-pill status-pill--${key}` }, t(`state.${key}`));
}

/** A table: columns [{ key, label }], rows of cells (nodes or strings). */
export function table(columns, rows, { testid, empty } = {}) {
  if (!rows.length) return h('p', { class: 'empty-state' }, empty ?? t('table.empty'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', attrs: { 'data-testid': testid } },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', { attrs: { 'data-testid': r.testid } }, r.cells.map((c) => h('td', {}, c)))))));
}

export function section(titleKey, ...children) {
  const id = `section-${titleKey.replace(/\W/g, '-')}`;
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id }, t(titleKey))), ...children);
}

export function heading(titleKey, subKey) {
  return h('div', { class: 'page-heading' }, h('h1', { class: 'page-heading__title' }, t(titleKey)),
    subKey && h('p', { class: 'page-heading__sub' }, t(subKey)));
}

export function fill(main, ...children) {
  replaceChildren(main, ...children);
  main.removeAttribute('aria-busy');
}

export const ROLES = ['Head', 'Representative', 'Alternate', 'Adviser'];
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
