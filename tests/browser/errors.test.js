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

test('retryDelay_GrowsAndStaysWithinCap', () => {
  assert.equal(retryDelay(0), 0);
  for (let attempt = 1; attempt < 50; attempt += 1) {
    const delay = retryDelay(attempt);
    assert.ok(delay > 0 && delay <= 12_000, `attempt ${attempt}: ${delay}`);
  }
  assert.ok(retryDelay(20) >= 8_000, 'late retries are near the cap');
});

test('safeReturnUrl_KeepsOnlyPathsOnThisSite', () => {
  assert.equal(safeReturnUrl('/sessions/1?x=2'), '/sessions/1?x=2');
  assert.equal(safeReturnUrl('//evil.example/'), '/');
  assert.equal(safeReturnUrl('/\\evil.example'), '/');
  assert.equal(safeReturnUrl('https://evil.example/'), '/');
  assert.equal(safeReturnUrl(null), '/');
});
