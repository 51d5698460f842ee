import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnUrl } from '../../wwwroot/js/api.js';
import { parseHubError } from '../../wwwroot/js/hub.js';

test('parseHubError_ReadsCodeFromHubExceptionMessage', () => {
  const error = parseHubError(new Error("An unexpected error occurred invoking 'TakeSeat' on the server. HubException: [seat.transfer_invalid] You already hold the seat."));
  assert.equal(error.code, 'seat.transfer_invalid');
  assert.equal(error.message, 'You already hold the seat.');
});

test('parseHubError_WithoutCode_IsUnexpected', () => {
  assert.equal(parseHubError(new Error('Invocation canceled')).code, 'server.unexpected');
});

test('safeReturnUrl_KeepsOnlyPathsOnThisSite', () => {
  assert.equal(safeReturnUrl('/sessions/1?x=2'), '/sessions/1?x=2');
  assert.equal(safeReturnUrl('//evil.example/'), '/');
  assert.equal(safeReturnUrl('/\\evil.example'), '/');
  assert.equal(safeReturnUrl('https://evil.example/'), '/');
  assert.equal(safeReturnUrl(null), '/');
});
