// A poll's question in the viewer's language: its own question as the secretariat typed it, or, when it has none
// (question null), the sentence worded from its subject's parts (wording) as the poll was created. The record's
// PDF words it the same way on the server (Features/Record/PollQuestionText.cs).
import { t } from '../i18n.js';
import { delegationName } from '../names.js';

/** pollQuestion({ question, wording }) → text; works on a poll of the hub, the REST reads and the record. */
export function pollQuestion(poll) {
  if (poll?.question) return poll.question;
  const w = poll?.wording;
  if (w?.declarationTitle) return t('poll.question.declaration', { title: w.declarationTitle, version: w.declarationVersion });
  if (w?.amendmentKind && w.proposer && w.paragraphLabel) {
    return t(`poll.question.amendment.${w.amendmentKind}`, { proposer: delegationName(w.proposer), paragraph: w.paragraphLabel });
  }
  return '';
}
