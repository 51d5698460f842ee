// One connection to the voting hub for a page: polls, the declaration and its amendments, each kept current by
// versioned events (keyed.js), all fetched again after every (re)connect. Pages subscribe and draw.
import { createHub } from '../hub.js';
import { createKeyedStores } from '../keyed.js';
import { namedDelegations } from '../names.js';
import { createServerClock } from '../time.js';
import { pollEvent, reducePoll } from './polls.js';

const replaceWith = (state, evt) => evt.view;
const full = (view) => ({ version: view.version, full: true, view });
const DECLARATION = 'current';

/**
 * createVotingConnection({ declaration = true, onResync }) →
 * { hub, polls, declaration, amendments, clock, loaded: { polls, declaration }, subscribe(fn), start(), reload() }
 * subscribe(fn) calls fn(what) with 'polls' | 'declaration' | 'amendments' | 'loaded' after a change.
 */
export function createVotingConnection({ declaration: wantDeclaration = true, onResync } = {}) {
  const listeners = new Set();
  const emit = (what, id) => { for (const fn of listeners) fn(what, id); };
  const clock = createServerClock();
  const loaded = { polls: false, declaration: false };
  // The seat holder's own vote per poll, from reads and YourVoteChanged; broadcasts never carry it, so it is kept
  // apart from the polls (a PollChanged must not erase it).
  const yourVotes = new Map();
  const noteYourVote = (vote) => {
    const known = yourVotes.get(vote.pollId);
    if (!known || vote.receipt.sequence >= known.receipt.sequence) yourVotes.set(vote.pollId, vote);
  };
  const takeYourVotes = (list) => { for (const poll of list) if (poll?.yourVote) noteYourVote(poll.yourVote); };

  const hub = createHub('/hubs/voting', {
    onResync: async () => {
      await Promise.all([loadPolls(), wantDeclaration && loadDeclaration()]);
      await onResync?.();
    },
  });

  const polls = createKeyedStores({
    idOf: (poll) => poll.pollId,
    fetchOne: async (id) => {
      const snapshot = await hub.invoke('GetPoll', id);
      clock.update(snapshot.serverTime);
      takeYourVotes([snapshot.poll]);
      return snapshot.poll;
    },
    reduce: reducePoll,
  });
  const declaration = createKeyedStores({
    idOf: () => DECLARATION,
    fetchOne: async () => (await fetchDeclaration()).declaration,
    reduce: replaceWith,
  });
  const amendments = createKeyedStores({
    idOf: (amendment) => amendment.amendmentId,
    fetchOne: async (id) => (await fetchDeclaration()).amendments.find((a) => a.amendmentId === id),
    reduce: replaceWith,
  });
  polls.subscribe((id) => emit('polls', id));
  declaration.subscribe(() => emit('declaration'));
  amendments.subscribe((id) => emit('amendments', id));

  for (const type of ['PollChanged', 'PollPublished', 'VoteCast']) {
    hub.on(type, (payload) => polls.applyEvent(payload.pollId, pollEvent(type, payload)));
  }
  hub.on('YourVoteChanged', (vote) => {
    noteYourVote(vote);
    emit('polls', vote.pollId);
  });
  if (wantDeclaration) {
    hub.on('DeclarationChanged', (view) => declaration.applyEvent(DECLARATION, full(view)));
    hub.on('AmendmentChanged', (view) => amendments.applyEvent(view.amendmentId, full(view)));
  }

  async function loadPolls() {
    const snapshot = await hub.invoke('GetPolls');
    clock.update(snapshot.serverTime);
    takeYourVotes(snapshot.polls);
    polls.setSnapshots(snapshot.polls);
    if (!loaded.polls) {
      loaded.polls = true;
      emit('loaded');
    }
  }

  async function fetchDeclaration() {
    const snapshot = await hub.invoke('GetDeclaration');
    clock.update(snapshot.serverTime);
    return snapshot;
  }

  async function loadDeclaration() {
    const snapshot = await fetchDeclaration();
    if (snapshot.declaration) declaration.setSnapshots([snapshot.declaration]);
    amendments.setSnapshots(snapshot.amendments);
    if (!loaded.declaration) {
      loaded.declaration = true;
      emit('loaded');
    }
  }

  return {
    hub,
    polls,
    amendments,
    clock,
    loaded,
    /** The declaration as this person may see it, or null before the secretariat creates it. */
    get declaration() { return declaration.get(DECLARATION); },
    /** The seat holder's own current vote in a poll (from whichever device cast it), or null. */
    yourVote(pollId) { return yourVotes.get(pollId) ?? null; },
    /** Applies a view a command returned, without waiting for its event (the event then changes nothing). */
    acceptDeclaration(view) { if (view) declaration.applyEvent(DECLARATION, full(view)); },
    acceptAmendment(view) { if (view) amendments.applyEvent(view.amendmentId, full(view)); },
    acceptPoll(view) { if (view) polls.applyEvent(view.pollId, full(view)); },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    start() {
      hub.start();
      return this;
    },
  };
}

/**
 * Delegations by id, for turning the ids in polls and amendments into codes and names: every list of the voting
 * and declaration pages (turnout, roll call, recorded votes, joined, statements) reads its names from here, in the
 * UI language (names.js).
 */
export function delegationIndex(delegations) {
  return namedDelegations(delegations);
}
