// Presence of people and delegations, kept in a versioned store fed by the conference hub.
import { createStore } from './store.js';

/** GetPresence() snapshot → { serverTime, delegations: Map(id → { present, presentCount }), people: Map(id → person) } */
export function normalizePresence(snapshot) {
  return {
    serverTime: snapshot.serverTime,
    delegations: new Map(snapshot.delegations.map((d) => [d.delegationId, { present: d.present, presentCount: d.presentCount }])),
    people: new Map(snapshot.people.map((p) => [p.personId, { displayName: p.displayName, delegationId: p.delegationId }])),
  };
}

/** Applies one PresenceChanged event; returns a new state and leaves the old one untouched. */
export function reducePresence(state, evt) {
  const people = new Map(state.people);
  if (evt.personPresent) people.set(evt.personId, { displayName: evt.displayName, delegationId: evt.delegationId });
  else people.delete(evt.personId);
  let { delegations } = state;
  if (evt.delegationId) {
    delegations = new Map(delegations);
    delegations.set(evt.delegationId, { present: evt.delegationPresent, presentCount: evt.delegationPresentCount });
  }
  return { ...state, delegations, people };
}

/** A store of presence that loads its snapshots through the hub's GetPresence(). */
export function createPresenceStore(hub) {
  return createStore({
    fetchSnapshot: () => hub.invoke('GetPresence'),
    reduce: reducePresence,
    normalize: normalizePresence,
  });
}

/**
 * Counts for the summary line, from the conference's delegations and the presence state.
 * Quorum is a majority of the voting delegations: more than half of them present.
 */
export function presenceSummary(delegations, presence) {
  const isPresent = (d) => presence?.delegations.get(d.id)?.present === true;
  const voting = delegations.filter((d) => d.votes);
  const votingPresent = voting.filter(isPresent).length;
  const quorumNeeded = Math.floor(voting.length / 2) + 1;
  return {
    present: delegations.filter(isPresent).length,
    total: delegations.length,
    votingPresent,
    votingTotal: voting.length,
    quorumNeeded,
    quorum: voting.length > 0 && votingPresent >= quorumNeeded,
    people: presence?.people.size ?? 0,
  };
}
