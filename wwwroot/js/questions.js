// A panel's questions from the floor, kept in a versioned store fed by the panel hub (docs/hub-panel.md).
// The store's version is the board's; the stage and the video link have versions of their own and are kept
// beside it, each taken only when newer.
import { createStore } from './store.js';

/** The board events; QuestionChanged carries the changed question as this viewer may see it (null: remove it). */
export const BOARD_EVENTS = ['QuestionChanged'];

const byAsked = (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || a.id.localeCompare(b.id);

/** Most upvoted first, ties to the earlier question; or newest first. */
export function sortQuestions(questions, order) {
  const list = [...questions];
  if (order === 'time') return list.sort((a, b) => byAsked(b, a));
  return list.sort((a, b) => b.votes - a.votes || byAsked(a, b));
}

export const openQuestions = (board, order) => sortQuestions(board.questions.filter((q) => q.state === 'Open'), order);

/** The moderation queue: waiting for approval, oldest first. */
export const pendingQuestions = (board) => board.questions.filter((q) => q.state === 'Pending').sort(byAsked);

/** The archive: answered, the latest answered first. */
export const answeredQuestions = (board) => board.questions.filter((q) => q.state === 'Answered')
  .sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt) || byAsked(a, b));

export const pinnedQuestion = (board) => board.questions.find((q) => q.id === board.pinnedQuestionId && q.state === 'Open') ?? null;

/** JoinPanel / GetPanel snapshot → the board state the views render. */
export function normalizeBoard(board) {
  return {
    preModeration: Boolean(board.preModeration),
    pinnedQuestionId: board.pinnedQuestionId ?? null,
    questions: [...(board.questions ?? [])],
  };
}

/** Applies one QuestionChanged: insert or replace the question, or remove it when this viewer may not see it. */
export function reduceBoard(state, evt) {
  const questions = state.questions.filter((q) => q.id !== evt.questionId);
  if (evt.question) questions.push(evt.question);
  return { ...state, questions, pinnedQuestionId: evt.pinnedQuestionId ?? null, preModeration: Boolean(evt.preModeration) };
}

/** When a refused question may be asked again, from the server's message ("… ask again at 2026-…Z (in 42 s)."). */
export function askAgainAt(message) {
  const match = /again at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)/.exec(String(message ?? ''));
  return match ? new Date(match[1]) : null;
}

/** A question's text as entered: trimmed; too long or empty is for the server to refuse, the form only warns. */
export function questionLength(text) {
  return String(text ?? '').trim().length;
}

/**
 * createPanelStore(fetchSnapshot) → a store.js store of the board, plus the rest of the latest snapshot:
 * { …store, panel: { title, state, videoUrl, sessionVersion, rules, me }, stage, takeStage(stage), takeVideo(change),
 *   mine: Map(id → own question), upvoted: Set(question ids), onExtra(fn) }
 * The snapshot is the only place that says which questions are the viewer's and which they upvoted.
 */
export function createPanelStore(fetchSnapshot) {
  const extra = {
    panel: null,
    stage: null,
    mine: new Map(),
    upvoted: new Set(),
  };
  const listeners = new Set();
  const changed = () => { for (const fn of listeners) fn(); };

  const store = createStore({
    fetchSnapshot: async () => {
      const snapshot = await fetchSnapshot();
      takeSnapshot(snapshot);
      return { ...snapshot, version: snapshot.board.version };
    },
    reduce: reduceBoard,
    normalize: (snapshot) => normalizeBoard(snapshot.board),
  });

  function takeSnapshot(snapshot) {
    const { title, state, videoUrl, sessionVersion, rules, me, serverTime } = snapshot;
    if (!extra.panel || sessionVersion >= extra.panel.sessionVersion) {
      extra.panel = { title, state, videoUrl, sessionVersion, rules, me, serverTime };
    }
    takeStage(snapshot.stage, false);
    extra.mine = new Map(me.questions.map((q) => [q.id, q]));
    extra.upvoted = new Set(me.upvoted);
  }

  function takeStage(stage, notify = true) {
    if (!stage || (extra.stage && stage.version <= extra.stage.version)) return;
    extra.stage = stage;
    if (notify) changed();
  }

  // Defined, not assigned: Object.assign would copy the getters' values once instead of the getters.
  return Object.defineProperties(store, Object.getOwnPropertyDescriptors({
    get panel() { return extra.panel; },
    get stage() { return extra.stage; },
    get mine() { return extra.mine; },
    get upvoted() { return extra.upvoted; },
    takeStage,
    /** VideoLinkChanged { sessionVersion, videoUrl }: taken when newer than the session version held. */
    takeVideo(change) {
      if (!extra.panel || change.sessionVersion <= extra.panel.sessionVersion) return;
      extra.panel = { ...extra.panel, videoUrl: change.videoUrl, sessionVersion: change.sessionVersion };
      changed();
    },
    /** One of the viewer's own questions, from a receipt or a notice. */
    takeMine(question) {
      const known = extra.mine.get(question.id) ?? { votes: 0, anonymous: false, asker: null, addressedTo: null, submittedAt: null };
      extra.mine = new Map(extra.mine).set(question.id, { ...known, ...question });
      changed();
    },
    /** VoteReceipt { questionId, upvoted }. */
    takeVote(receipt) {
      const next = new Set(extra.upvoted);
      if (receipt.upvoted) next.add(receipt.questionId);
      else next.delete(receipt.questionId);
      extra.upvoted = next;
      changed();
    },
    /** fn() when the stage, the video link or the viewer's own questions or upvotes change. */
    onExtra(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  }));
}
