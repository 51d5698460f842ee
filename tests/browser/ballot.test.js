import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCastAttempts, createReceiptBook, isTransient } from '../../wwwroot/js/voting/ballot.js';

function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k), map };
}

const counter = () => { let n = 0; return () => `key-${++n}`; };

test('castAttempts_RetryOfTheSameAttempt_ReusesItsKey', () => {
  const attempts = createCastAttempts(memoryStorage(), counter());
  const first = attempts.begin('p1', 'Yes');
  assert.equal(attempts.pending('p1').key, first.key);
  assert.equal(attempts.pending('p1').key, 'key-1');
});

test('castAttempts_ANewChoice_GetsANewKey', () => {
  const attempts = createCastAttempts(memoryStorage(), counter());
  attempts.begin('p1', 'Yes');
  const second = attempts.begin('p1', 'No');
  assert.equal(second.key, 'key-2');
  assert.equal(attempts.pending('p1').choice, 'No');
});

test('castAttempts_SurviveAReloadThroughStorage', () => {
  const storage = memoryStorage();
  createCastAttempts(storage, counter()).begin('p1', 'Abstain');
  const afterReload = createCastAttempts(storage, counter());
  assert.deepEqual(afterReload.pending('p1'), { pollId: 'p1', choice: 'Abstain', key: 'key-1' });
});

test('castAttempts_SettleOfAnOlderKey_KeepsTheNewerAttempt', () => {
  const attempts = createCastAttempts(memoryStorage(), counter());
  const older = attempts.begin('p1', 'Yes');
  attempts.begin('p1', 'No');
  attempts.settle('p1', older.key);
  assert.equal(attempts.pending('p1').choice, 'No');
  attempts.settle('p1', 'key-2');
  assert.equal(attempts.pending('p1'), null);
});

test('receiptBook_KeepsTheLatestReceiptPerPollAndDelegation', () => {
  const book = createReceiptBook(memoryStorage());
  book.save({ receiptId: 'r2', pollId: 'p', delegationId: 'd', sequence: 7, castAt: 't2', choice: 'No' });
  book.save({ receiptId: 'r1', pollId: 'p', delegationId: 'd', sequence: 3, castAt: 't1', choice: 'Yes' }); // late answer
  assert.equal(book.get('p', 'd').receiptId, 'r2');
  assert.equal(book.get('p', 'd').choice, 'No');
  assert.equal(book.get('p', 'other'), null);
});

test('receiptBook_SecretReceipt_StoresNoChoice', () => {
  const book = createReceiptBook(memoryStorage());
  book.save({ receiptId: 'r', pollId: 'p', delegationId: 'd', sequence: 1, castAt: 't', choice: null });
  assert.equal(book.get('p', 'd').choice, null);
});

test('isTransient_ConnectionLossRetries_ServerRefusalDoesNot', () => {
  assert.equal(isTransient({ code: 'hub.disconnected', message: 'Not connected.' }), true);
  assert.equal(isTransient({ code: 'server.unexpected', message: 'Invocation canceled due to the underlying connection being closed.' }), true);
  assert.equal(isTransient({ code: 'poll.not_open', message: 'The poll is Closed.' }), false);
  assert.equal(isTransient({ code: 'auth.not_seat_holder', message: 'connection' }), false);
});
