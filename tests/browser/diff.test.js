import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeCounts, sections, tokenize, versionRows, wordDiff } from '../../wwwroot/js/voting/diff.js';

const join = (parts, keep) => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => p.text).join('');

test('tokenize_KeepsSpacesSoTheTextJoinsBack', () => {
  const text = 'Recalling  the\nDeclaration of 2019,';
  assert.equal(tokenize(text).join(''), text);
  assert.deepEqual(tokenize(''), []);
});

test('wordDiff_ReplacedWord_IsStruckThenAdded', () => {
  assert.deepEqual(wordDiff('call upon all States', 'call upon Member States'), [
    { op: 'same', text: 'call upon ' }, { op: 'del', text: 'all' }, { op: 'add', text: 'Member' }, { op: 'same', text: ' States' },
  ]);
});

test('wordDiff_AlwaysJoinsBackToTheOldAndTheNewText', () => {
  const pairs = [
    ['Decide to establish a working group', 'Decide to establish an open-ended working group on synthetic drugs'],
    ['a b c d e', 'e d c b a'],
    ['', 'All new text.'],
    ['All old text.', ''],
    ['Same text.', 'Same text.'],
  ];
  for (const [before, after] of pairs) {
    const parts = wordDiff(before, after);
    assert.equal(join(parts, 'del'), before);
    assert.equal(join(parts, 'add'), after);
  }
});

test('wordDiff_NeighbouringChanges_ReadAsOnePhraseSwapped', () => {
  const parts = wordDiff('to take note of the report', 'to welcome warmly the report');
  assert.deepEqual(parts, [
    { op: 'same', text: 'to ' }, { op: 'del', text: 'take note of' }, { op: 'add', text: 'welcome warmly' }, { op: 'same', text: ' the report' },
  ]);
});

test('wordDiff_PunctuationIsItsOwnToken', () => {
  assert.deepEqual(tokenize('precursor chemicals;'), ['precursor', ' ', 'chemicals', ';']);
  assert.deepEqual(wordDiff('of precursor chemicals;', 'of precursor chemicals and pre-precursors;'), [
    { op: 'same', text: 'of precursor chemicals' }, { op: 'add', text: ' and pre-precursors' }, { op: 'same', text: ';' },
  ]);
});

test('wordDiff_TextsWithLittleInCommon_ReadAsARewrite', () => {
  assert.deepEqual(wordDiff('Request the secretariat to report on progress at the next meeting.', 'Call upon States to take measures against the diversion of precursors.'), [
    { op: 'del', text: 'Request the secretariat to report on progress at the next meeting.' },
    { op: 'add', text: 'Call upon States to take measures against the diversion of precursors.' },
  ]);
});

test('wordDiff_UnchangedText_IsOneSamePart', () => {
  assert.deepEqual(wordDiff('No change here.', 'No change here.'), [{ op: 'same', text: 'No change here.' }]);
});

const version = (number, changes) => ({
  number,
  paragraphs: changes.filter((c) => c.change !== 'Removed').map((c) => ({ paragraphId: c.paragraphId, kind: c.kind, label: c.newLabel, text: c.newText })),
  changesFromPrevious: changes,
});

test('versionRows_MarksAddedRemovedAndChangedParagraphsInDocumentOrder', () => {
  const rows = versionRows(version(2, [
    { change: 'Unchanged', paragraphId: '1', kind: 'Preamble', oldLabel: 'PP1', newLabel: 'PP1', oldText: 'Recalling.', newText: 'Recalling.' },
    { change: 'Removed', paragraphId: '2', kind: 'Preamble', oldLabel: 'PP2', newLabel: null, oldText: 'Gone.', newText: null },
    { change: 'Added', paragraphId: '3', kind: 'Operative', oldLabel: null, newLabel: 'OP1', oldText: null, newText: 'New.' },
    { change: 'Changed', paragraphId: '4', kind: 'Operative', oldLabel: 'OP1', newLabel: 'OP2', oldText: 'Decide now.', newText: 'Decide today.' },
  ]));
  assert.deepEqual(rows.map((r) => [r.label, r.change, r.oldLabel]), [
    ['PP1', 'Unchanged', null], ['PP2', 'Removed', null], ['OP1', 'Added', null], ['OP2', 'Changed', 'OP1'],
  ]);
  assert.deepEqual(rows[1].parts, [{ op: 'del', text: 'Gone.' }]);
  assert.deepEqual(rows[3].parts, [{ op: 'same', text: 'Decide ' }, { op: 'del', text: 'now' }, { op: 'add', text: 'today' }, { op: 'same', text: '.' }]);
  assert.deepEqual(changeCounts(version(2, rows.map((r) => ({ change: r.change })))), { added: 1, removed: 1, changed: 1 });
});

test('versionRows_FirstVersion_MarksNothing', () => {
  const rows = versionRows(version(1, [
    { change: 'Added', paragraphId: '1', kind: 'Preamble', oldLabel: null, newLabel: 'PP1', oldText: null, newText: 'Recalling.' },
  ]));
  assert.equal(rows[0].change, 'Unchanged');
  assert.deepEqual(rows[0].parts, [{ op: 'same', text: 'Recalling.' }]);
  assert.deepEqual(changeCounts(version(1, [{ change: 'Added' }])), { added: 0, removed: 0, changed: 0 });
});

test('sections_GroupsPreambleBeforeOperativeAndDropsEmptyOnes', () => {
  const grouped = sections([{ kind: 'Operative', label: 'OP1' }, { kind: 'Preamble', label: 'PP1' }]);
  assert.deepEqual(grouped.map((s) => [s.kind, s.rows.length]), [['Preamble', 1], ['Operative', 1]]);
  assert.deepEqual(sections([{ kind: 'Operative' }]).map((s) => s.kind), ['Operative']);
});
