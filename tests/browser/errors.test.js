import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnUrl } from '../../wwwroot/js/api.js';
import { parseHubError, retryDelay } from '../../wwwroot/js/hub.js';

test('parseHubError_ReadsCodeFromHubExceptionMessage', () => {
  const error = parseHubError(new Error("An unexpected error occurred invoking 'TakeSeat' on the server. HubException: [seat.transfer_invalid] You already hold the seat."));
  assert.equal(error.code, 'seat.transfer_invalid');
  assert.equal(error.message, 'You already hold the seat.');
});

test('parseHubError_WithoutCode_IsUnexpected', () => {
  assert.equal(parseHubError(new Error('Invocation canceled')).code, 'server.unexpected');
});

function withRandom(value, run) {
  const real = Math.random;
  Math.random = () => value;
  try { return run(); } finally { Math.random = real; }
}

test('retryDelay_GrowsAndStaysWithinCap', () => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const delay = retryDelay(attempt);
    assert.ok(delay >= 0 && delay <= 7_500, `attempt ${attempt}: ${delay}`);
  }
  assert.ok(withRandom(0.5, () => retryDelay(20)) === 5_000, 'late retries are at the cap');
  assert.ok(withRandom(0.5, () => retryDelay(2)) < withRandom(0.5, () => retryDelay(3)), 'early retries grow');
});

test('retryDelay_SpreadsACrowd_FirstRetryOverASecond_LaterOnesFromHalfToOneAndAHalf', () => {
  assert.equal(withRandom(0, () => retryDelay(0)), 0);
  assert.equal(withRandom(0.999, () => retryDelay(0)), 999);
  assert.equal(withRandom(0, () => retryDelay(3)), 2_000);
  assert.equal(withRandom(0.999, () => retryDelay(3)), 5_996);
  assert.equal(withRandom(0, () => retryDelay(30)), 2_500);
  assert.equal(withRandom(0.999, () => retryDelay(30)), 7_495);
});

test('safeReturnUrl_KeepsOnlyPathsOnThisSite', () => {
  assert.equal(safeReturnUrl('/sessions/1?x=2'), '/sessions/1?x=2');
  assert.equal(safeReturnUrl('//evil.example/'), '/');
  assert.equal(safeReturnUrl('/\\evil.example'), '/');
  assert.equal(safeReturnUrl('https://evil.example/'), '/');
  assert.equal(safeReturnUrl(null), '/');
});
