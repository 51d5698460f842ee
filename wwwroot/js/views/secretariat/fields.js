// Form fields of the agenda editor. Times are the host's wall clock: <input type="datetime-local"> holds exactly
// that (no zone), and the server turns it into UTC with the conference's zone.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

let counter = 0;

function field(labelKey, control) {
  control.id ||= `f${++counter}`;
  return h('div', { class: 'field' }, h('label', { class: 'field__label', attrs: { for: control.id } }, t(labelKey)), control);
}

/** "2026-11-30T10:00:00" as the input wants it (seconds kept: the API and the tests use them). */
export function localValue(local) {
  return local ? String(local).slice(0, 19) : '';
}

/** The detail fields (title, kind, chair, video link), filled from a session or empty. */
export function detailFields(chairs, session = null) {
  const kind = h('select', { class: 'input', name: 'kind' },
    ['Plenary', 'Panel'].map((k) => h('option', { value: k, selected: session?.kind === k }, t(`session.kind.${k}`))));
  const chair = h('select', { class: 'input', name: 'chairId', required: true },
    chairs.map((c) => h('option', { value: c.id, selected: session?.chair?.id === c.id }, c.displayName)));
  return [
    field('editor.title', h('input', { class: 'input', name: 'title', required: true, maxLength: 300, value: session?.title ?? '', autocomplete: 'off' })),
    field('editor.kind', kind),
    field('editor.chair', chair),
    field('editor.videoUrl', h('input', { class: 'input', name: 'videoUrl', type: 'url', maxLength: 2000, value: session?.videoUrl ?? '', placeholder: 'https://' })),
  ];
}

/** Start and end on the host's clock. */
export function timeFields(startsLocal = '', endsLocal = '') {
  return [
    field('editor.start', h('input', { class: 'input', name: 'start', type: 'datetime-local', step: 1, required: true, value: localValue(startsLocal) })),
    field('editor.end', h('input', { class: 'input', name: 'end', type: 'datetime-local', step: 1, required: true, value: localValue(endsLocal) })),
  ];
}

/** The form's values by name; empty strings become null, and times get their seconds. */
export function values(form) {
  const out = {};
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    out[name] = text === '' ? null : text;
  }
  for (const name of ['start', 'end']) {
    if (out[name] && out[name].length === 16) out[name] += ':00';
  }
  return out;
}
