// Polls as the voting hub sends them (docs/hub-voting.md): how events change one, the order a list shows them
// in, and the numbers a chart or a turnout bar draws. Pure functions, no DOM: tests/browser/polls.test.js.
import { compareNames } from '../names.js';

export const CHOICES = ['Yes', 'No', 'Abstain'];
const STATE_ORDER = { Open: 0, Closed: 1, Draft: 2, Published: 3, Cancelled: 4 };

/**
 * Wraps a hub event as a keyed-store event: PollChanged and PollPublished carry the whole poll, VoteCast a part, and
 * one VoteCast may tell several casts (versions fromVersion..version, committed together).
 */
export function pollEvent(type, payload) {
  return type === 'VoteCast'
    ? { type, version: payload.version, fromVersion: payload.fromVersion ?? payload.version, full: false, payload }
    : { type, version: payload.version, full: true, view: payload };
}

/** The next state of one poll after an event (store.js reduce). */
export function reducePoll(poll, evt) {
  if (evt.full) return evt.view;
  const cast = evt.payload;
  return {
    ...poll,
    version: cast.version,
    turnout: cast.turnout,
    // The event names who voted, not the whole list: those delegations leave the list of who has not (a change of
    // vote finds it gone already).
    notYetVoted: (poll.notYetVoted ?? []).filter((id) => !(cast.delegationIds ?? []).includes(id)),
    nextInRollCall: cast.nextInRollCall ?? null,
    // The tally is the secretariat's alone; everyone else's event has none and keeps none.
    runningTally: cast.runningTally ?? null,
  };
}

/**
 * The delegation's current vote to show: this device's receipt (localStorage) or the server's "your vote" (any of the
 * seat holder's devices), whichever is the later cast (a secret poll's has no choice in either).
 * → { receiptId, sequence, castAt, choice } or null.
 */
export function currentVote(local, yours) {
  if (!yours) return local ?? null;
  const server = { ...yours.receipt, choice: yours.choice ?? yours.receipt.choice ?? null };
  if (!local) return server;
  if (local.receiptId === server.receiptId) return { ...local, choice: local.choice ?? server.choice };
  return (local.sequence ?? 0) > (server.sequence ?? 0) ? local : server;
}

/** Open polls first (what needs attention), then closed, draft, published, cancelled; newest first within each. */
export function sortPolls(polls) {
  return [...polls].sort((a, b) => (STATE_ORDER[a.state] ?? 9) - (STATE_ORDER[b.state] ?? 9)
    || Date.parse(b.openedAt ?? b.createdAt) - Date.parse(a.openedAt ?? a.createdAt));
}

/** Share of the eligible delegations that have voted, 0..1. */
export function turnoutShare(turnout) {
  return turnout?.eligible ? Math.min(1, turnout.voted / turnout.eligible) : 0;
}

/**
 * The bars of a result or a running tally: { total, bars: [{ choice, count, share, percent }] }.
 * share is the bar's length against the whole width (votes of that choice / all votes cast), percent its
 * rounded label; with no votes every bar is empty.
 */
export function chartData(counts) {
  const values = CHOICES.map((choice) => Math.max(0, Number(counts?.[choice.toLowerCase()]) || 0));
  const total = values.reduce((sum, n) => sum + n, 0);
  return {
    total,
    bars: CHOICES.map((choice, i) => ({
      choice,
      count: values[i],
      share: total ? values[i] / total : 0,
      percent: total ? Math.round((values[i] / total) * 100) : 0,
    })),
  };
}

/**
 * What the rule needs, on the numbers so far (quorum aside: it is checked at open and close).
 * → { adopted, needed } where needed is the Yes votes required (null for consensus, decided by any No).
 */
export function ruleOutcome(rule, counts) {
  const yes = counts?.yes ?? 0;
  const no = counts?.no ?? 0;
  const voting = yes + no; // abstentions do not count as voting
  switch (rule) {
    case 'SimpleMajority': return { adopted: yes > no, needed: Math.floor(voting / 2) + 1 };
    case 'TwoThirds': return { adopted: voting > 0 && yes * 3 >= voting * 2, needed: Math.max(1, Math.ceil((voting * 2) / 3)) };
    case 'Consensus': return { adopted: no === 0, needed: null };
    default: return { adopted: false, needed: null };
  }
}

/**
 * The per-delegation table of a published recorded poll: every delegation that voted with its choice, then
 * those that did not, each sorted by name. names: Map id → { code, name }.
 */
export function recordedRows(poll, names) {
  const named = (id) => names.get(id) ?? { code: '?', name: id };
  const voted = (poll.result?.recordedVotes ?? []).map((v) => ({ id: v.delegationId, ...named(v.delegationId), choice: v.choice }));
  const seen = new Set(voted.map((v) => v.id));
  const absent = (poll.notYetVoted ?? []).filter((id) => !seen.has(id)).map((id) => ({ id, ...named(id), choice: null }));
  const byName = (a, b) => compareNames(a.name, b.name);
  // A roll call is read out in its own order; otherwise alphabetically.
  if (poll.rollCallOrder?.length) {
    const position = new Map(poll.rollCallOrder.map((id, i) => [id, i]));
    return [...voted, ...absent].sort((a, b) => (position.get(a.id) ?? 1e9) - (position.get(b.id) ?? 1e9));
  }
  return [...voted.sort(byName), ...absent.sort(byName)];
}

/** Polls the person should see on the ballot page: open ones, then the others that were ever opened. */
export function visiblePolls(polls) {
  return sortPolls(polls.filter((p) => p.state !== 'Draft'));
}

/** Whether this person casts their delegation's vote in this poll, or why not (a key for the text). */
export function ballotAccess(me, delegation) {
  if (!me.delegation) return { canVote: false, why: me.roles.includes('Secretariat') ? 'secretariat' : 'noDelegation' };
  if (delegation && !delegation.votes) return { canVote: false, why: 'nonVoting' };
  if (!me.holdsSeat) return { canVote: false, why: 'noSeat' };
  return { canVote: true, why: null };
}

/**
 * The poll a hall screen shows: the open poll (the newest, if several), or else the last one published since the
 * session opened (its result); null when there is neither. since is an ISO time; polls published before it belong
 * to an earlier meeting.
 */
export function pollForHall(polls, since) {
  const open = sortPolls(polls.filter((p) => p.state === 'Open'))[0];
  if (open) return open;
  const from = since ? Date.parse(since) : -Infinity;
  return polls
    .filter((p) => p.state === 'Published' && p.result && Date.parse(p.publishedAt) >= from)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0] ?? null;
}
