import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRemaining } from '../../wwwroot/js/deadline.js';

test('formatRemaining_ShowsMinutesHoursAndDaysAsNeeded', () => {
  assert.equal(formatRemaining(65_000), '01:05');
  assert.equal(formatRemaining(3_600_000 + 2 * 60_000 + 3_000), '1:02:03');
  assert.equal(formatRemaining(2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000), '2 d 03:04:05');
});

test('formatRemaining_RoundsUpAndNeverGoesNegative', () => {
  assert.equal(formatRemaining(500), '00:01');
  assert.equal(formatRemaining(0), '00:00');
  assert.equal(formatRemaining(-30_000), '00:00');
});
