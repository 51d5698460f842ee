// What a line of the delegations import would change, or why it cannot be imported, in the page's language: the
// preview's reasonCode with its values, and a changed line's changes column by column. The server's English
// sentence is shown only for a reason without a known code.
import { errorText, formatList, formatNumber, labelValue, t } from '../../i18n.js';

const NUMBERS = ['line', 'max', 'number', 'fields', 'header'];

function valueText(field, value) {
  if (field === 'kind' || field === 'rank') return t(`${field}.${value}`);
  if (field === 'votes') return t(value === 'yes' ? 'yes' : 'no');
  return value;
}

/** The values of a refusal, numbers in the page's digits. */
export function localValues(values = {}) {
  return Object.fromEntries(Object.entries(values).map(([name, value]) =>
    [name, NUMBERS.includes(name) && /^\d+$/.test(value) ? formatNumber(Number(value)) : value]));
}

/** importReason(previewRow) → text */
export function importReason(row) {
  if (row?.changes?.length) {
    return formatList(row.changes.map((c) => labelValue(t(`field.${c.field}`), `${valueText(c.field, c.from)} → ${valueText(c.field, c.to)}`)), 'plain');
  }
  if (row?.reasonCode) return errorText({ code: row.reasonCode, message: row.reason, values: localValues(row.reasonValues) });
  return row?.reason ?? '';
}
