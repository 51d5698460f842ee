import assert from 'node:assert/strict';
import { test } from 'node:test';

// The voting views build some keys from the server's enum values (t(`poll.state.${poll.state}`)); the page scan
// in i18n.test.js cannot see those, so every value of each enum the hub sends is listed here.
const { default: en } = await import('../../wwwroot/js/i18n/en.js');

const families = {
  'poll.state': ['Draft', 'Open', 'Closed', 'Published', 'Cancelled'],
  'poll.mode': ['Recorded', 'Secret'],
  'poll.modeHint': ['Recorded', 'Secret'],
  'poll.rule': ['SimpleMajority', 'TwoThirds', 'Consensus'],
  'poll.ruleHint': ['SimpleMajority', 'TwoThirds', 'Consensus'],
  'poll.choice': ['Yes', 'No', 'Abstain'],
  'poll.subject': ['Declaration', 'Amendment'],
  'poll.question.amendment': ['Replace', 'InsertAfter', 'Delete'],
  'poll.reason': ['no_quorum', 'no_votes', 'majority', 'tie', 'no_majority', 'two_thirds', 'two_thirds_not_reached', 'consensus', 'objection'],
  'poll.rollCall': ['now', 'waiting', 'voted'],
  'amend.state': ['Proposed', 'PutToVote', 'Accepted', 'Rejected', 'Withdrawn'],
  'amend.kind': ['Replace', 'InsertAfter', 'Delete'],
  'amend.title': ['Replace', 'InsertAfter', 'Delete'],
  'decl.sub': ['Drafting', 'UnderSilence', 'Adopted'],
  'decl.change': ['Added', 'Removed', 'Changed'],
  'decl.section': ['Preamble', 'Operative'],
  'decl.count': ['added', 'changed', 'removed'],
  'statement.kind': ['ExplanationOfPosition', 'Reservation', 'Dissociation'],
  'statement.hint': ['ExplanationOfPosition', 'Reservation', 'Dissociation'],
  'final.method': ['Silence', 'Consensus', 'Vote'],
  'vote.why': ['noSeat', 'nonVoting', 'noDelegation', 'secretariat'],
  'vote.who': ['noSeat', 'nonVoting'],
  'sec.decl.locked': ['UnderSilence', 'Adopted'],
  'sec.decl.change': ['Added', 'Removed', 'Changed'],
  'sec.decl.add': ['Preamble', 'Operative'],
  'sec.decl.newAt': ['Preamble', 'Operative'],
  'sec.silence.ended': ['Running', 'Adopted', 'Broken'],
};

test('catalogue_HasATextForEveryEnumValueTheVotingViewsShow', () => {
  const missing = Object.entries(families).flatMap(([family, values]) => values.map((v) => `${family}.${v}`)).filter((key) => !(key in en));
  assert.deepEqual(missing, []);
});
