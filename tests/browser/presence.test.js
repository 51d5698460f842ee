import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizePresence, presenceSummary, reducePresence } from '../../wwwroot/js/presence.js';

const delegations = [
  { id: 'a', votes: true }, { id: 'b', votes: true }, { id: 'c', votes: true }, { id: 'org', votes: false },
];
const snapshot = normalizePresence({
  version: 1,
  serverTime: '2026-11-29T17:00:00Z',
  delegations: [{ delegationId: 'a', present: true, presentCount: 1 }, { delegationId: 'org', present: true, presentCount: 2 }],
  people: [{ personId: 'p1', displayName: 'A head', delegationId: 'a' }],
});

test('presenceSummary_CountsPresentAndVotingDelegations', () => {
  const s = presenceSummary(delegations, snapshot);
  assert.deepEqual([s.present, s.total, s.votingPresent, s.votingTotal, s.quorumNeeded, s.quorum], [2, 4, 1, 3, 2, false]);
});

test('reducePresence_WhenSecondVotingDelegationArrives_QuorumIsPresent', () => {
  const next = reducePresence(snapshot, {
    version: 2, personId: 'p2', displayName: 'B head', delegationId: 'b',
    personPresent: true, delegationPresent: true, delegationPresentCount: 1,
  });
  assert.equal(presenceSummary(delegations, next).quorum, true);
  assert.equal(next.people.get('p2').displayName, 'B head');
  assert.equal(snapshot.people.has('p2'), false, 'the old state is left as it was');
});

test('reducePresence_WhenPersonWithoutDelegationLeaves_OnlyPeopleChange', () => {
  const next = reducePresence(snapshot, {
    version: 2, personId: 'p1', displayName: 'A head', delegationId: null,
    personPresent: false, delegationPresent: false, delegationPresentCount: 0,
  });
  assert.equal(next.people.size, 0);
  assert.equal(next.delegations, snapshot.delegations);
});

test('presenceSummary_WithEvenVotingCount_NeedsMoreThanHalf', () => {
  const four = [...delegations, { id: 'd', votes: true }];
  assert.equal(presenceSummary(four, snapshot).quorumNeeded, 3);
});
