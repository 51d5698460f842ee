// One question. Its text is data: it becomes a text node (dom.js), so "<img onerror=…>" shows as those characters.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { delegationName } from '../../names.js';

// Each button keeps a key of its own question (data-focus): the board is drawn again on every change, and focus
// goes back to the same button of the same question (ui/focus.js, ui/dialog.js).
const action = (q, testid, labelKey, variant, onClick) => h('button', {
  class: ['btn', 'btn--small', variant], type: 'button', dataset: { testid, focus: `${testid}-${q.id}` }, on: { click: onClick },
}, t(labelKey));

/** Who asked, as this viewer may know it: the audience never gets an anonymous question's asker. */
function askedBy(q) {
  if (!q.asker) return h('span', { class: 'question__asker question__asker--anonymous' }, t('panel.anonymous'));
  const by = `${delegationName(q.asker.delegation)} · ${q.asker.displayName}`;
  return q.anonymous
    ? h('span', { class: 'question__asker question__asker--anonymous' }, t('panel.anonymousKnown', { asker: by }))
    : h('span', { class: 'question__asker' }, by);
}

/**
 * questionCard(q, { mine, upvoted, canVote, moderates, pinned, commands }) → <li>
 * commands: { upvote(id, on), approve, pin, unpin, answer, restore, dismiss }
 */
export function questionCard(q, { mine = false, upvoted = false, canVote = false, moderates = false, pinned = false, commands }) {
  const votes = h('span', { class: 'question__votes', dataset: { testid: 'votes' } }, t('panel.votes', { count: q.votes }));
  const vote = canVote && q.state === 'Open' && h('button', {
    class: ['btn', 'btn--small', 'btn--vote', upvoted && 'is-on'], type: 'button', dataset: { testid: 'upvote', focus: `upvote-${q.id}` },
    attrs: { 'aria-pressed': String(upvoted), 'aria-label': t(upvoted ? 'panel.withdrawUpvoteCount' : 'panel.upvoteCount', { count: q.votes }) },
    on: { click: () => commands.upvote(q.id, !upvoted) },
  }, h('span', { attrs: { 'aria-hidden': 'true' } }, '▲ '), String(q.votes));

  const actions = moderates && [
    q.state === 'Pending' && action(q, 'approve', 'panel.approve', 'btn--primary', () => commands.approve(q.id)),
    q.state === 'Open' && !pinned && action(q, 'pin', 'panel.pin', 'btn--primary', () => commands.pin(q.id)),
    q.state === 'Open' && pinned && action(q, 'unpin', 'panel.unpin', 'btn--secondary', () => commands.unpin()),
    q.state === 'Open' && action(q, 'answer', 'panel.markAnswered', 'btn--secondary', () => commands.answer(q.id)),
    q.state === 'Answered' && action(q, 'restore', 'panel.restore', 'btn--secondary', () => commands.restore(q.id)),
    q.state !== 'Dismissed' && action(q, 'dismiss', 'panel.dismiss', 'btn--danger', () => commands.dismiss(q.id)),
  ];

  return h('li', {
    class: ['question', `question--${q.state.toLowerCase()}`, pinned && 'question--pinned', mine && 'question--mine'],
    dataset: { testid: 'question', questionId: q.id, state: q.state, votes: String(q.votes), mine: String(mine) },
  },
  h('p', { class: 'question__text', dataset: { testid: 'question-body' } }, q.text),
  h('p', { class: 'question__meta' },
    askedBy(q),
    q.addressedTo && h('span', { class: 'question__to' }, t('panel.addressedTo', { name: q.addressedTo.displayName })),
    mine && h('span', { class: 'tag tag--accent' }, t('panel.yours')),
    q.state === 'Pending' && h('span', { class: 'tag' }, t('panel.awaitingApproval')),
    q.state === 'Dismissed' && h('span', { class: 'tag' }, t('panel.dismissed'))),
  h('div', { class: 'question__foot' }, vote || votes, actions && h('div', { class: 'question__actions' }, actions)));
}
