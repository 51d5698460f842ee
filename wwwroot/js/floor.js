// The list of speakers of one session, kept in a versioned store fed by the floor hub.
import { toSeconds } from './countdown.js';
import { compareNames, delegationName } from './names.js';
import { createStore } from './store.js';

export const KINDS = ['Statement', 'PointOfOrder', 'RightOfReply'];

/** The floor hub's one event: FloorChanged { sessionId, version, change, floor } with the whole floor after the change. */
export const FLOOR_EVENTS = ['FloorChanged'];

const ms = (iso) => (iso ? Date.parse(iso) : null);
const secondsToMs = (value) => {
  const seconds = toSeconds(value);
  return seconds == null ? null : seconds * 1000;
};

/** The running speech with its times as epoch milliseconds for the countdown. */
export function normalizeCurrent(current) {
  if (!current) return null;
  return {
    ...current,
    startedAtMs: ms(current.startedAt),
    endsAtMs: ms(current.endsAt),
    pausedAtMs: ms(current.pausedAt),
    remainingAtPauseMs: secondsToMs(current.remainingAtPauseSeconds),
    allowedSeconds: toSeconds(current.allowedSeconds),
  };
}

/** { statementSeconds, groupStatementSeconds, … } → { statement, groupStatement, … } in seconds; null means no limit. */
export function normalizeLimits(limits) {
  const out = {};
  for (const [name, value] of Object.entries(limits ?? {})) out[name.replace(/Seconds$/, '')] = toSeconds(value);
  return out;
}

/** Speaking-time totals (only the chair's snapshot has them): [{ delegation, spokenSeconds, count }], longest first. */
export function normalizeTotals(totals) {
  if (!totals) return null;
  return [...totals].sort((a, b) => b.spokenSeconds - a.spokenSeconds || compareNames(delegationName(a.delegation), delegationName(b.delegation)));
}

/** GetFloor / JoinSession snapshot → the state the views render. The waiting list stays in the server's order. */
export function normalizeFloor(snapshot) {
  return {
    sessionId: snapshot.sessionId,
    serverTime: snapshot.serverTime,
    isClosed: Boolean(snapshot.isClosed),
    inscriptionOpen: Boolean(snapshot.inscriptionOpen),
    limits: normalizeLimits(snapshot.limits),
    current: normalizeCurrent(snapshot.current),
    waiting: [...(snapshot.waiting ?? [])],
    speeches: [...(snapshot.speeches ?? [])],
    totals: normalizeTotals(snapshot.totals),
    incomplete: false,
  };
}

/**
 * Applies one FloorChanged event: it carries the whole floor after the change, so it replaces the state. An event
 * without it is marked incomplete, and the view reads a snapshot instead.
 */
export function reduceFloor(state, evt) {
  return evt.floor ? normalizeFloor(evt.floor) : { ...state, incomplete: true };
}

/** A store of the floor of one session; fetchSnapshot is JoinSession (first time, after reconnects) or GetFloor. */
export function createFloorStore(fetchSnapshot) {
  return createStore({ fetchSnapshot, reduce: reduceFloor, normalize: normalizeFloor });
}
