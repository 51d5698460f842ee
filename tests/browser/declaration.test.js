import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  amendmentActions, canActForDelegation, canBreakSilence, canDecideAmendments, groupAmendments, pendingByParagraph, silencePhase,
} from '../../wwwroot/js/voting/declaration.js';

const head = { roles: ['Delegate'], delegation: { id: 'kaz' }, seatRole: 'Head', holdsSeat: true };
const alternate = { roles: ['Delegate'], delegation: { id: 'kaz' }, seatRole: 'Alternate', holdsSeat: false };
const chair = { roles: ['Chair'], delegation: null, seatRole: null, holdsSeat: false };
const amendment = (over = {}) => ({
  amendmentId: 'a', paragraphId: 'p1', state: 'Proposed', proposerDelegationId: 'mex', coSponsors: [], proposedAt: '2026-05-01T10:00:00Z', ...over,
});

test('canActForDelegation_HeadOrSeatHolderOnly', () => {
  assert.equal(canActForDelegation(head), true);
  assert.equal(canActForDelegation(alternate), false);
  assert.equal(canActForDelegation({ ...alternate, holdsSeat: true }), true);
  assert.equal(canActForDelegation(chair), false);
});

test('canDecideAmendments_ChairAndSecretariat', () => {
  assert.equal(canDecideAmendments(chair), true);
  assert.equal(canDecideAmendments({ roles: ['Secretariat'] }), true);
  assert.equal(canDecideAmendments(head), false);
});

test('canBreakSilence_SeatHolderOfAVotingDelegation', () => {
  assert.equal(canBreakSilence(head, { votes: true }), true);
  assert.equal(canBreakSilence(head, { votes: false }), false);
  assert.equal(canBreakSilence(alternate, { votes: true }), false);
});

test('amendmentActions_OthersCoSponsorOnce_TheProposerWithdraws', () => {
  assert.deepEqual(amendmentActions(amendment(), head), { coSponsor: true, withdraw: false, decide: false });
  assert.equal(amendmentActions(amendment({ coSponsors: [{ delegationId: 'kaz' }] }), head).coSponsor, false);
  assert.deepEqual(amendmentActions(amendment({ proposerDelegationId: 'kaz' }), head), { coSponsor: false, withdraw: true, decide: false });
  assert.deepEqual(amendmentActions(amendment({ state: 'PutToVote' }), head), { coSponsor: false, withdraw: false, decide: false });
  assert.deepEqual(amendmentActions(amendment(), chair), { coSponsor: false, withdraw: false, decide: true });
});

test('groupAmendments_PendingFirstInParagraphOrder', () => {
  const list = [
    amendment({ amendmentId: 'late', paragraphId: 'p1', proposedAt: '2026-05-01T11:00:00Z' }),
    amendment({ amendmentId: 'done', state: 'Accepted' }),
    amendment({ amendmentId: 'vote', paragraphId: 'p2', state: 'PutToVote' }),
    amendment({ amendmentId: 'early', paragraphId: 'p1' }),
  ];
  const { pending, decided } = groupAmendments(list, ['p1', 'p2']);
  assert.deepEqual(pending.map((a) => a.amendmentId), ['early', 'late', 'vote']);
  assert.deepEqual(decided.map((a) => a.amendmentId), ['done']);
  assert.deepEqual([...pendingByParagraph(list)], [['p1', 2], ['p2', 1]]);
});

test('silencePhase_TellsRunningBrokenAndEnded', () => {
  assert.equal(silencePhase({ silence: null }), null);
  assert.equal(silencePhase({ silence: { outcome: 'Running', breaks: [] } }), 'running');
  assert.equal(silencePhase({ silence: { outcome: 'Running', breaks: [{}] } }), 'broken');
  assert.equal(silencePhase({ silence: { outcome: 'Adopted', breaks: [] } }), 'ended');
});
