// The few values the record's JSON (format v1) keeps as English phrases, worded in the page's language by the
// patterns that wrote them (RecordBuilder), as the record's PDF does (RecordPdfVotes): the quorum of a poll and the
// subject of a decision on an amendment. Anything else is shown as it is.
import { t, uiLocale } from '../../i18n.js';

/** "majority of voting delegations present", "30 voting delegations present", "0.5 of voting delegations present". */
export function quorumText(stored) {
  const text = stored ?? '';
  if (text === 'majority of voting delegations present') return t('record.quorum.majority');
  const count = /^(\d+) voting delegations present$/.exec(text);
  if (count) return t('record.quorum.count', { count: Number(count[1]).toLocaleString(uiLocale) });
  const share = /^([0-9.]+) of voting delegations present$/.exec(text);
  if (share) return t('record.quorum.share', { share: Number(share[1]).toLocaleString(uiLocale) });
  return text;
}

/** "Amendment to OP1 (Replace)" → the amendment's title in the page's language ("Remplacer OP1"). */
export function decisionSubject(stored) {
  const m = /^Amendment to (.+) \((Replace|InsertAfter|Delete)\)$/.exec(stored ?? '');
  return m ? t(`amend.title.${m[2]}`, { label: m[1] }) : stored ?? '';
}
