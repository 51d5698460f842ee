// The questions: the pinned one, the open ones sorted by votes or time, the archive, and for the moderator the
// queue of questions waiting for approval. The viewer's own questions come from the snapshot and their receipts.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { answeredQuestions, openQuestions, pendingQuestions, pinnedQuestion } from '../../questions.js';
import { questionCard } from './question-card.js';

/**
 * createBoard(parts, { moderates, canVote, commands }) → { render(board, { mine, upvoted, version }) }
 * parts: { pinned, sort, open, archive, queue, mine } elements.
 */
export function createBoard(parts, { moderates, canVote, commands }) {
  let order = 'votes';
  let last = null;
  const sortButtons = ['votes', 'time'].map((value) => h('button', {
    class: 'btn btn--small btn--segment', type: 'button', dataset: { testid: `sort-${value}` },
    on: { click: () => { order = value; if (last) render(...last); } },
  }, t(`panel.sort.${value}`)));
  replaceChildren(parts.sort, h('span', { class: 'sort__label', id: 'sort-label' }, t('panel.sortBy')),
    h('div', { class: 'segmented', attrs: { role: 'group', 'aria-labelledby': 'sort-label' } }, sortButtons));

  const openList = h('ol', { class: 'questions', dataset: { testid: 'open-questions' } });
  const openEmpty = h('p', { class: 'placeholder' }, t('panel.noQuestions'));
  replaceChildren(parts.open, openEmpty, openList);
  const archiveList = h('ol', { class: 'questions questions--archive', dataset: { testid: 'archive' } });
  const archiveEmpty = h('p', { class: 'placeholder' }, t('panel.archiveEmpty'));
  replaceChildren(parts.archive, archiveEmpty, archiveList);
  const queueList = h('ol', { class: 'questions', dataset: { testid: 'moderation-queue' } });
  const queueEmpty = h('p', { class: 'placeholder' }, t('panel.queueEmpty'));
  if (parts.queue) replaceChildren(parts.queue, queueEmpty, queueList);
  const mineList = h('ol', { class: 'questions', dataset: { testid: 'my-waiting-questions' } });
  parts.mine?.append(mineList);

  function render(board, viewer) {
    last = [board, viewer];
    const { mine, upvoted } = viewer;
    for (const button of sortButtons) button.setAttribute('aria-pressed', String(button.dataset.testid === `sort-${order}`));
    const card = (q, extra = {}) => questionCard(q, {
      mine: mine.has(q.id), upvoted: upvoted.has(q.id), canVote, moderates, commands, ...extra,
    });

    const pinned = pinnedQuestion(board);
    parts.pinned.dataset.questionId = pinned?.id ?? '';
    replaceChildren(parts.pinned, pinned
      ? h('ol', { class: 'questions' }, card(pinned, { pinned: true }))
      : h('p', { class: 'placeholder' }, t('panel.nothingPinned')));

    const open = openQuestions(board, order).filter((q) => q.id !== pinned?.id);
    openEmpty.hidden = open.length > 0;
    replaceChildren(openList, open.map((q) => card(q)));
    const archive = answeredQuestions(board);
    archiveEmpty.hidden = archive.length > 0;
    replaceChildren(archiveList, archive.map((q) => card(q)));
    if (parts.queue) {
      const queue = pendingQuestions(board);
      queueEmpty.hidden = queue.length > 0;
      replaceChildren(queueList, queue.map((q) => card(q)));
    }
    if (parts.mine) {
      // The audience's board has no waiting or dismissed questions; the author still sees theirs.
      const waiting = [...mine.values()].filter((q) => q.state === 'Pending' || q.state === 'Dismissed');
      parts.mine.hidden = waiting.length === 0;
      replaceChildren(mineList, waiting.map((q) => questionCard(q, { mine: true, commands })));
    }
  }

  return { render };
}
