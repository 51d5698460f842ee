// What a poll is about: the amendment (its text against the paragraph it changes, and its reason) or the
// declaration as last published.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { amendmentText } from '../../voting/diffView.js';
import { amendmentTitle, delegationName } from '../../voting/format.js';

/** The subject block for a poll; amendment is the subject amendment when the poll is about one. */
export function subjectBlock(poll, { amendment, names, voting }) {
  if (poll.subjectKind === 'Declaration') {
    const version = voting.declaration?.current?.number;
    return h('div', { class: 'subject' },
      h('p', {}, version ? t('vote.subjectDeclaration', { number: version }) : t('vote.subjectDeclarationPlain'), ' ',
        h('a', { href: '/declaration' }, t('vote.readDeclaration'))));
  }
  if (!amendment) return null;
  const paragraph = voting.declaration?.current?.paragraphs.find((p) => p.paragraphId === amendment.paragraphId);
  return h('div', { class: 'subject' },
    h('p', { class: 'subject__title' },
      h('strong', {}, amendmentTitle(amendment)), ' · ',
      t('amend.proposedBy', { delegation: delegationName(names, amendment.proposerDelegationId) }),
      amendment.coSponsors.length ? ` · ${t('amend.coSponsorCount', { count: amendment.coSponsors.length })}` : ''),
    amendmentText(amendment, paragraph),
    h('p', { class: 'subject__reason' }, h('span', { class: 'subject__label' }, t('amend.reason')), ' ', amendment.reason));
}
