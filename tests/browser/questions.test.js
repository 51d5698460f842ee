import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answeredQuestions, askAgainAt, createPanelStore, normalizeBoard, openQuestions, pendingQuestions, pinnedQuestion, reduceBoard,
  sortQuestions,
} from '../../wwwroot/js/questions.js';

const q = (id, votes, second, state = 'Open', extra = {}) =>
  ({ id, votes, state, text: id, submittedAt: `2026-11-30T15:00:${String(second).padStart(2, '0')}Z`, answeredAt: null, ...extra });

test('sortQuestions_ByVotes_MostFirst_TiesToTheEarlier', () => {
  const list = [q('a', 2, 1), q('b', 5, 2), q('c', 5, 3), q('d', 0, 4)];
  assert.deepEqual(sortQuestions(list, 'votes').map((x) => x.id), ['b', 'c', 'a', 'd']);
});

test('sortQuestions_ByTime_NewestFirst', () => {
  const list = [q('a', 9, 1), q('b', 0, 3), q('c', 1, 2)];
  assert.deepEqual(sortQuestions(list, 'time').map((x) => x.id), ['b', 'c', 'a']);
});

test('boardLists_SplitOpenPendingAndArchive', () => {
  const board = normalizeBoard({
    pinnedQuestionId: 'p',
    questions: [q('p', 1, 1), q('w', 0, 2, 'Pending'), q('x', 0, 3, 'Answered', { answeredAt: '2026-11-30T15:01:00Z' }),
      q('y', 0, 4, 'Answered', { answeredAt: '2026-11-30T15:02:00Z' }), q('z', 0, 5, 'Dismissed')],
  });
  assert.deepEqual(openQuestions(board, 'votes').map((x) => x.id), ['p']);
  assert.deepEqual(pendingQuestions(board).map((x) => x.id), ['w']);
  assert.deepEqual(answeredQuestions(board).map((x) => x.id), ['y', 'x']);
  assert.equal(pinnedQuestion(board).id, 'p');
});

test('reduceBoard_ReplacesOrInsertsTheQuestion_AndRemovesItWhenNotVisible', () => {
  let state = normalizeBoard({ questions: [q('a', 0, 1)] });
  state = reduceBoard(state, { questionId: 'a', question: q('a', 3, 1), pinnedQuestionId: 'a', preModeration: false });
  state = reduceBoard(state, { questionId: 'b', question: q('b', 0, 2), pinnedQuestionId: 'a', preModeration: true });
  assert.deepEqual(state.questions.map((x) => [x.id, x.votes]), [['a', 3], ['b', 0]]);
  assert.equal(state.pinnedQuestionId, 'a');
  assert.equal(state.preModeration, true);
  state = reduceBoard(state, { questionId: 'a', question: null, pinnedQuestionId: null, preModeration: true });
  assert.deepEqual(state.questions.map((x) => x.id), ['b']);
  assert.equal(pinnedQuestion(state), null);
});

test('askAgainAt_ReadsTheTimeFromTheServersMessage', () => {
  const at = askAgainAt('You can ask at most 3 questions within 60 seconds. You can ask again at 2026-11-30T15:01:00Z (in 42 s).');
  assert.equal(at.toISOString(), '2026-11-30T15:01:00.000Z');
  assert.equal(askAgainAt('something else'), null);
});

const snapshot = (boardVersion, stageVersion, sessionVersion, extra = {}) => ({
  title: 'Panel I', state: 'Live', videoUrl: null, sessionVersion, serverTime: '2026-11-30T15:00:00Z',
  rules: { maxLength: 500, perWindow: 3, windowSeconds: 60 },
  stage: { version: stageVersion, panelists: [] },
  board: { version: boardVersion, preModeration: false, pinnedQuestionId: null, questions: [q('a', 1, 1)] },
  me: { personId: 'me', moderates: false, canAsk: true, questions: [q('a', 1, 1)], upvoted: ['a'] },
  ...extra,
});

test('panelStore_KeepsTheBoardByVersion_AndTheStageAndVideoByTheirOwn', async () => {
  const store = createPanelStore(async () => snapshot(4, 2, 7));
  await store.refresh();
  assert.equal(store.version, 4);
  assert.ok(store.mine.has('a'));
  assert.ok(store.upvoted.has('a'));

  store.applyEvent({ version: 5, questionId: 'b', question: q('b', 0, 2), pinnedQuestionId: null, preModeration: false });
  store.takeStage({ version: 1, panelists: [{ personId: 'old' }] });
  store.takeStage({ version: 3, panelists: [{ personId: 'new' }] });
  store.takeVideo({ sessionVersion: 6, videoUrl: 'https://old.example' });
  store.takeVideo({ sessionVersion: 8, videoUrl: 'https://video.example' });
  store.takeVote({ questionId: 'a', upvoted: false });

  assert.deepEqual(store.state.questions.map((x) => x.id), ['a', 'b']);
  assert.deepEqual(store.stage.panelists.map((p) => p.personId), ['new']);
  assert.equal(store.panel.videoUrl, 'https://video.example');
  assert.equal(store.upvoted.has('a'), false);
});
