import assert from 'node:assert/strict';
import { test } from 'node:test';

// The modules read the page's language when loaded: give them one first.
globalThis.document ??= { documentElement: { lang: 'en' } };
const { isTyping, shortcutFor, SHORTCUTS } = await import('../../wwwroot/js/views/floor/shortcuts.js');
const { parseLimit } = await import('../../wwwroot/js/views/floor/limits.js');
const { currentVote } = await import('../../wwwroot/js/voting/polls.js');

// Just enough of an element for closest(): a tag name and its ancestors.
const el = (tag, parent = null, extra = {}) => ({
  tagName: tag.toUpperCase(), parent, ...extra,
  closest(selector) {
    const tags = selector.split(',').map((s) => s.trim().split(/[[\s]/)[0]).filter(Boolean);
    for (let node = this; node; node = node.parent) if (tags.includes(node.tagName.toLowerCase())) return node;
    return null;
  },
});
const key = (k, target, over = {}) => ({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, repeat: false, defaultPrevented: false, ...over });

test('shortcutFor_MapsTheListedKeys_InEitherCase', () => {
  const body = el('body');
  assert.deepEqual(['n', 'E', 'p', 'X'].map((k) => shortcutFor(key(k, body))?.key), ['n', 'e', 'p', 'x']);
  assert.equal(shortcutFor(key('q', body)), null);
  assert.equal(SHORTCUTS.length, 4);
});

test('shortcutFor_IgnoresTypingModifiersRepeatsAndDialogs', () => {
  const form = el('form', el('body'));
  assert.equal(shortcutFor(key('n', el('input', form))), null);
  assert.equal(shortcutFor(key('n', el('textarea', form))), null);
  assert.equal(shortcutFor(key('n', el('select', form))), null);
  assert.equal(shortcutFor(key('n', el('div', null, { isContentEditable: true }))), null);
  assert.equal(shortcutFor(key('n', el('button', el('dialog')))), null);
  for (const over of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { repeat: true }, { defaultPrevented: true }]) {
    assert.equal(shortcutFor(key('n', el('button', form), over)), null, JSON.stringify(over));
  }
  assert.equal(shortcutFor(key('n', el('button', form))).testid, 'give-next');
  assert.equal(isTyping(el('button')), false);
});

test('parseLimit_ReadsMinutesSecondsOrSeconds_EmptyMeansNoLimit', () => {
  assert.equal(parseLimit('3:00'), 180);
  assert.equal(parseLimit(' 90 '), 90);
  assert.equal(parseLimit('5 min'), 300);
  assert.equal(parseLimit('1:30:00'), 5400);
  assert.equal(parseLimit(''), null);
  for (const bad of ['0', '-5', 'abc', '3:75', '24:00:01']) assert.equal(parseLimit(bad), undefined, bad);
});

test('currentVote_TakesTheLaterCast_AndTheServersChoiceForASecretReceipt', () => {
  const local = { receiptId: 'r1', sequence: 1, choice: null };
  const yours = (receiptId, sequence, choice) => ({ receipt: { receiptId, sequence, choice: null }, choice });
  assert.equal(currentVote(null, null), null);
  assert.deepEqual(currentVote(null, yours('r2', 2, 'No')), { receiptId: 'r2', sequence: 2, choice: 'No' });
  assert.deepEqual(currentVote(local, yours('r1', 1, 'Yes')), { receiptId: 'r1', sequence: 1, choice: 'Yes' });
  assert.equal(currentVote(local, yours('r3', 3, 'Abstain')).receiptId, 'r3');
  assert.equal(currentVote({ receiptId: 'r4', sequence: 4, choice: 'Yes' }, yours('r3', 3, 'No')).receiptId, 'r4');
});
