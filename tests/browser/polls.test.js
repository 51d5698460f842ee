import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ballotAccess, chartData, pollEvent, pollForHall, recordedRows, reducePoll, ruleOutcome, sortPolls, turnoutShare,
} from '../../wwwroot/js/voting/polls.js';

const poll = (over = {}) => ({
  pollId: 'p1', state: 'Open', version: 3, createdAt: '2026-05-01T10:00:00Z', openedAt: '2026-05-01T10:05:00Z',
  turnout: { voted: 1, eligible: 4 }, notYetVoted: ['b', 'c', 'd'], nextInRollCall: null, runningTally: null,
  rollCallOrder: [], result: null, ...over,
});

test('reducePoll_VoteCast_UpdatesTurnoutAndTakesTheVoterOffWhoHasNotVoted', () => {
  const next = reducePoll(poll(), pollEvent('VoteCast', {
    pollId: 'p1', fromVersion: 4, version: 4, turnout: { voted: 2, eligible: 4 }, delegationIds: ['b'], nextInRollCall: 'c', runningTally: null,
  }));
  assert.equal(next.version, 4);
  assert.deepEqual(next.turnout, { voted: 2, eligible: 4 });
  assert.deepEqual(next.notYetVoted, ['c', 'd']);
  assert.equal(next.nextInRollCall, 'c');
  assert.equal(next.state, 'Open');
});

test('reducePoll_VoteCastOfAChangedVote_LeavesWhoHasNotVotedAsItWas', () => {
  const next = reducePoll(poll(), pollEvent('VoteCast', {
    pollId: 'p1', fromVersion: 4, version: 4, turnout: { voted: 1, eligible: 4 }, delegationIds: ['a'], nextInRollCall: null, runningTally: null,
  }));
  assert.deepEqual(next.notYetVoted, ['b', 'c', 'd']);
  assert.deepEqual(next.turnout, { voted: 1, eligible: 4 });
});

test('reducePoll_VoteCastForSecretariat_KeepsTheRunningTally', () => {
  const tally = { yes: 1, no: 1, abstain: 0, voted: 2 };
  const next = reducePoll(poll(), pollEvent('VoteCast', { pollId: 'p1', fromVersion: 4, version: 4, turnout: { voted: 2, eligible: 4 }, delegationIds: ['b'], runningTally: tally }));
  assert.deepEqual(next.runningTally, tally);
});

test('reducePoll_VoteCastOfSeveralCasts_TakesEveryVoterOffAndKeepsTheLastNumbers', () => {
  const evt = pollEvent('VoteCast', {
    pollId: 'p1', fromVersion: 4, version: 6, turnout: { voted: 3, eligible: 4 }, delegationIds: ['b', 'a', 'd'], nextInRollCall: null, runningTally: null,
  });
  assert.equal(evt.fromVersion, 4);
  const next = reducePoll(poll(), evt);
  assert.equal(next.version, 6);
  assert.deepEqual(next.notYetVoted, ['c']);
  assert.deepEqual(next.turnout, { voted: 3, eligible: 4 });
});

test('reducePoll_PollChanged_ReplacesTheWholePoll', () => {
  const closed = poll({ state: 'Closed', version: 5 });
  assert.equal(reducePoll(poll(), pollEvent('PollChanged', closed)), closed);
  assert.equal(pollEvent('PollPublished', closed).full, true);
  assert.equal(pollEvent('VoteCast', closed).full, false);
});

test('sortPolls_PutsOpenFirstAndNewestFirstWithinAState', () => {
  const list = [
    poll({ pollId: 'pub', state: 'Published', openedAt: '2026-05-01T09:00:00Z' }),
    poll({ pollId: 'old-open', state: 'Open', openedAt: '2026-05-01T08:00:00Z' }),
    poll({ pollId: 'draft', state: 'Draft', openedAt: null }),
    poll({ pollId: 'new-open', state: 'Open', openedAt: '2026-05-01T11:00:00Z' }),
    poll({ pollId: 'cancelled', state: 'Cancelled' }),
  ];
  assert.deepEqual(sortPolls(list).map((p) => p.pollId), ['new-open', 'old-open', 'draft', 'pub', 'cancelled']);
});

test('turnoutShare_IsAFractionAndZeroWithoutEligible', () => {
  assert.equal(turnoutShare({ voted: 34, eligible: 52 }), 34 / 52);
  assert.equal(turnoutShare({ voted: 0, eligible: 0 }), 0);
  assert.equal(turnoutShare(null), 0);
});

test('chartData_GivesEachChoiceItsShareOfAllVotesCast', () => {
  const data = chartData({ yes: 30, no: 10, abstain: 10 });
  assert.equal(data.total, 50);
  assert.deepEqual(data.bars.map((b) => [b.choice, b.count, b.share, b.percent]), [
    ['Yes', 30, 0.6, 60], ['No', 10, 0.2, 20], ['Abstain', 10, 0.2, 20],
  ]);
});

test('chartData_WithNoVotes_DrawsEmptyBars', () => {
  const data = chartData({ yes: 0, no: 0, abstain: 0 });
  assert.equal(data.total, 0);
  assert.ok(data.bars.every((b) => b.share === 0 && b.percent === 0));
  assert.equal(chartData(undefined).total, 0);
});

test('ruleOutcome_SimpleMajority_IgnoresAbstentions', () => {
  assert.deepEqual(ruleOutcome('SimpleMajority', { yes: 10, no: 9, abstain: 30 }), { adopted: true, needed: 10 });
  assert.equal(ruleOutcome('SimpleMajority', { yes: 10, no: 10 }).adopted, false);
});

test('ruleOutcome_TwoThirds_CountsOnlyYesAndNo', () => {
  assert.equal(ruleOutcome('TwoThirds', { yes: 20, no: 10, abstain: 20 }).adopted, true);
  assert.equal(ruleOutcome('TwoThirds', { yes: 19, no: 10 }).adopted, false);
  assert.equal(ruleOutcome('TwoThirds', { yes: 19, no: 10 }).needed, 20);
  assert.equal(ruleOutcome('TwoThirds', { yes: 0, no: 0, abstain: 5 }).adopted, false);
});

test('ruleOutcome_Consensus_FailsOnAnyObjection', () => {
  assert.equal(ruleOutcome('Consensus', { yes: 40, no: 0, abstain: 3 }).adopted, true);
  assert.equal(ruleOutcome('Consensus', { yes: 40, no: 1 }).adopted, false);
});

test('recordedRows_ListsVotersByNameThenThoseWhoDidNotVote', () => {
  const names = new Map([['a', { code: 'AAA', name: 'Zed' }], ['b', { code: 'BBB', name: 'Alpha' }], ['c', { code: 'CCC', name: 'Mid' }]]);
  const rows = recordedRows(poll({
    notYetVoted: ['c'],
    result: { recordedVotes: [{ delegationId: 'a', choice: 'Yes' }, { delegationId: 'b', choice: 'No' }] },
  }), names);
  assert.deepEqual(rows.map((r) => [r.code, r.choice]), [['BBB', 'No'], ['AAA', 'Yes'], ['CCC', null]]);
});

test('recordedRows_InARollCall_KeepsTheCallingOrder', () => {
  const names = new Map([['a', { code: 'AAA', name: 'A' }], ['b', { code: 'BBB', name: 'B' }]]);
  const rows = recordedRows(poll({
    rollCallOrder: ['b', 'a'], notYetVoted: [],
    result: { recordedVotes: [{ delegationId: 'a', choice: 'Yes' }, { delegationId: 'b', choice: 'Abstain' }] },
  }), names);
  assert.deepEqual(rows.map((r) => r.code), ['BBB', 'AAA']);
});

test('ballotAccess_OnlyTheSeatHolderOfAVotingDelegationVotes', () => {
  const delegate = { roles: ['Delegate'], delegation: { id: 'd' }, holdsSeat: true };
  assert.deepEqual(ballotAccess(delegate, { votes: true }), { canVote: true, why: null });
  assert.equal(ballotAccess({ ...delegate, holdsSeat: false }, { votes: true }).why, 'noSeat');
  assert.equal(ballotAccess(delegate, { votes: false }).why, 'nonVoting');
  assert.equal(ballotAccess({ roles: ['Observer'], delegation: null }, null).why, 'noDelegation');
  assert.equal(ballotAccess({ roles: ['Secretariat'], delegation: null }, null).why, 'secretariat');
});

test('pollForHall_ShowsTheOpenPoll_ElseTheLastResultPublishedSinceTheOpening', () => {
  const published = (id, at) => ({ pollId: id, state: 'Published', result: { adopted: true }, publishedAt: at, openedAt: at, createdAt: at });
  const before = published('before', '2026-12-01T09:00:00Z');
  const first = published('first', '2026-12-01T10:10:00Z');
  const last = published('last', '2026-12-01T10:40:00Z');
  const open = { pollId: 'open', state: 'Open', openedAt: '2026-12-01T10:50:00Z', createdAt: '2026-12-01T10:45:00Z' };
  const since = '2026-12-01T10:00:00Z';
  assert.equal(pollForHall([before, first, last, open], since).pollId, 'open');
  assert.equal(pollForHall([before, last, first], since).pollId, 'last');
  assert.equal(pollForHall([before, { ...open, state: 'Closed' }], since), null);
  assert.equal(pollForHall([], since), null);
});
