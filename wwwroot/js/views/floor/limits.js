// Speaking-time limits: shown to everyone (room and console), set by the chair from the console. New limits apply
// from the next speech; a running speech keeps its own allowed time.
import { formatDuration } from '../../countdown.js';
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';

/** The three limits a chair sets; a point of order keeps what it has (untimed by default). */
export const LIMIT_FIELDS = [
  { name: 'statement', testid: 'limit-statement', labelKey: 'floor.limitKind.statement' },
  { name: 'groupStatement', testid: 'limit-group', labelKey: 'floor.limitKind.groupStatement' },
  { name: 'rightOfReply', testid: 'limit-reply', labelKey: 'floor.limitKind.rightOfReply' },
];

const MAX_SECONDS = 86400;

/** "3:00", "180", "1:30:00", "5m" → seconds; "" → null (no limit); undefined when it is not a limit. */
export function parseLimit(text) {
  const value = String(text ?? '').trim().toLowerCase();
  if (value === '') return null;
  let seconds;
  let match;
  if ((match = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/.exec(value))) seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  else if ((match = /^(\d{1,4}):([0-5]\d)$/.exec(value))) seconds = Number(match[1]) * 60 + Number(match[2]);
  else if ((match = /^(\d+)\s*(s|sec|seconds?)?$/.exec(value))) seconds = Number(match[1]);
  else if ((match = /^(\d+(?:\.\d+)?)\s*(m|min|minutes?)$/.exec(value))) seconds = Math.round(Number(match[1]) * 60);
  return seconds > 0 && seconds <= MAX_SECONDS ? seconds : undefined;
}

/** A limit as people read it: "3:00", or "no limit". */
export const limitText = (seconds) => (seconds ? formatDuration(seconds) : t('floor.noLimitShort'));

/** renderLimits(el, floor): "Speaking time: Statement 3:00 · On behalf of a group 5:00 · Right of reply 1:00". */
export function renderLimits(el, floor) {
  const limits = floor?.limits ?? {};
  el.dataset.testid = el.dataset.testid || 'limits';
  replaceChildren(el, h('span', { class: 'limits__label' }, t('floor.limitsLabel')), ' ',
    LIMIT_FIELDS.map((f, i) => [i > 0 && ' · ', h('span', { class: 'limits__item nowrap', dataset: { limit: f.name, seconds: limits[f.name] ?? '' } },
      t(f.labelKey), ' ', h('strong', {}, limitText(limits[f.name])))]));
}

/** createLimitsForm(el, commands) → { render(floor) }: the chair's fields, filled with the current limits. */
export function createLimitsForm(el, commands) {
  const inputs = {};
  const help = h('p', { class: 'limits-form__help', id: 'limits-help' }, t('chair.limitsHelp'));
  const fields = LIMIT_FIELDS.map((f) => {
    const input = h('input', {
      class: 'input input--short', id: f.testid, type: 'text', autocomplete: 'off',
      dataset: { testid: f.testid }, attrs: { 'aria-describedby': 'limits-help', placeholder: '3:00' },
    });
    inputs[f.name] = input;
    return h('div', { class: 'field limits-form__field' }, h('label', { class: 'field__label', attrs: { for: f.testid } }, t(f.labelKey)), input);
  });
  const save = h('button', { class: 'btn btn--secondary', type: 'submit', dataset: { testid: 'limits-save' } }, t('chair.limitsSave'));
  const form = h('form', { class: 'limits-form', on: { submit: onSubmit } }, h('div', { class: 'limits-form__fields' }, fields, save), help);
  replaceChildren(el, form);
  let floor = null;
  let shown = null;

  async function onSubmit(event) {
    event.preventDefault();
    const values = {};
    let invalid = null;
    for (const f of LIMIT_FIELDS) {
      const seconds = parseLimit(inputs[f.name].value);
      inputs[f.name].setAttribute('aria-invalid', String(seconds === undefined));
      if (seconds === undefined) invalid ??= inputs[f.name];
      values[f.name] = seconds;
    }
    if (invalid) {
      help.textContent = t('chair.limitsInvalid');
      invalid.focus();
      return;
    }
    help.textContent = t('chair.limitsHelp');
    await commands.setLimits({
      statementSeconds: values.statement, groupStatementSeconds: values.groupStatement,
      rightOfReplySeconds: values.rightOfReply, pointOfOrderSeconds: floor?.limits.pointOfOrder ?? null,
    });
  }

  return {
    render(next) {
      floor = next;
      const key = LIMIT_FIELDS.map((f) => next.limits[f.name] ?? '').join('|');
      if (key === shown) return;
      shown = key;
      // A field the chair is editing keeps what they typed; the others show the limits now in force.
      for (const f of LIMIT_FIELDS) {
        if (document.activeElement !== inputs[f.name]) inputs[f.name].value = next.limits[f.name] ? formatDuration(next.limits[f.name]) : '';
      }
    },
  };
}
