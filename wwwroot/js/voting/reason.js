// Why a poll was or was not adopted, in the page's language: the result's reasonCode (ReasonCodes on the server)
// with the numbers it speaks of. The server's English sentence is shown only for a result without a known code.
import { has, t } from '../i18n.js';

/** resultReason(poll.result) → text */
export function resultReason(result) {
  const key = `poll.reason.${result?.reasonCode}`;
  if (!result?.reasonCode || !has(key)) return result?.reason ?? '';
  return t(key, { present: result.present, eligible: result.eligible, required: result.required });
}
