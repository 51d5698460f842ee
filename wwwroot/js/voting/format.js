// Small wording helpers shared by the voting and declaration views.
import { formatList, t, uiLocale } from '../i18n.js';
import { dayKey, formatClock, viewerTimeZone, zoneAbbreviation } from '../time.js';

/** "14:05 CEST" today, "12 May, 14:05 CEST" on another day, in the viewer's zone. */
export function formatWhen(iso, { zone = viewerTimeZone(), now = new Date() } = {}) {
  if (!iso) return '';
  const date = new Date(iso);
  const clock = `${formatClock(date, zone)} ${zoneAbbreviation(date, zone)}`;
  if (dayKey(date, zone) === dayKey(now, zone)) return clock;
  const day = new Intl.DateTimeFormat(uiLocale, { timeZone: zone, day: 'numeric', month: 'short' }).format(date);
  return `${day}, ${clock}`;
}

/** "Replace OP3", "Insert after PP2", "Delete OP5". */
export function amendmentTitle(amendment) {
  return t(`amend.title.${amendment.kind}`, { label: amendment.paragraphLabel });
}

/** "Kazakhstan" (in the UI language: names come from delegationIndex) for an id, or "unknown delegation". */
export function delegationName(names, id) {
  const delegation = names.get(id);
  return delegation ? delegation.name : t('common.unknownDelegation');
}

/** A short list in the viewer's language: "Canada, India and Mexico". */
export function listOf(items) {
  return formatList(items);
}
