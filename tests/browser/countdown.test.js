import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countdownAt, formatCountdown, formatDuration, parseExtension, phaseOf } from '../../wwwroot/js/countdown.js';
import { normalizeCurrent } from '../../wwwroot/js/floor.js';

const start = Date.parse('2026-11-29T10:00:00Z');
const speech = (over = {}) => normalizeCurrent({
  startedAt: '2026-11-29T10:00:00Z', endsAt: '2026-11-29T10:03:00Z', pausedAt: null, remainingAtPauseSeconds: null, ...over,
});

test('formatCountdown_ShowsMinutesSecondsAndATrueMinusOnOverrun', () => {
  assert.equal(formatCountdown(185), '3:05');
  assert.equal(formatCountdown(0), '0:00');
  assert.equal(formatCountdown(-12), '\u22120:12');
  assert.equal(formatCountdown(3725), '1:02:05');
  assert.equal(formatCountdown(null), '');
});

test('countdownAt_RoundsUpSoZeroShowsExactlyWhenTimeRunsOut', () => {
  assert.equal(countdownAt(speech(), start + 500).seconds, 180);
  assert.equal(countdownAt(speech(), start + 179_001).seconds, 1);
  assert.equal(countdownAt(speech(), start + 180_000).seconds, 0);
  assert.equal(countdownAt(speech(), start + 180_400).seconds, 0);
  assert.equal(countdownAt(speech(), start + 192_000).seconds, -12);
});

test('countdownAt_WarnsInTheLastThirtySecondsAndIsOverrunAtZero', () => {
  assert.equal(countdownAt(speech(), start + 149_000).phase, 'running');
  assert.equal(countdownAt(speech(), start + 150_000).phase, 'warning');
  assert.equal(countdownAt(speech(), start + 180_000).phase, 'overrun');
  assert.equal(phaseOf(-5), 'overrun');
  assert.equal(phaseOf(null), 'untimed');
});

test('countdownAt_WhenPaused_ShowsTheFrozenRemainingTimeWhateverTheClock', () => {
  const paused = speech({ pausedAt: '2026-11-29T10:01:00Z', remainingAtPauseSeconds: 120 });
  assert.deepEqual([countdownAt(paused, start + 61_000).seconds, countdownAt(paused, start + 600_000).seconds], [120, 120]);
  assert.equal(countdownAt(paused, start + 600_000).paused, true);
});

test('countdownAt_WithoutLimit_CountsElapsedTimeInstead', () => {
  const state = countdownAt(speech({ endsAt: null }), start + 42_300);
  assert.deepEqual([state.seconds, state.timed, state.phase, state.elapsedSeconds], [null, false, 'untimed', 42]);
  assert.equal(countdownAt(null, start), null);
});

test('formatDuration_DropsFractionsAndNeverGoesNegative', () => {
  assert.equal(formatDuration(172.8), '2:52');
  assert.equal(formatDuration(-3), '0:00');
  assert.equal(formatDuration(undefined), '0:00');
});

test('parseExtension_TakesSecondsMinutesAndMinutesSeconds', () => {
  assert.equal(parseExtension('90'), 90);
  assert.equal(parseExtension('1:30'), 90);
  assert.equal(parseExtension(' 2 min '), 120);
  assert.equal(parseExtension('45s'), 45);
  assert.equal(parseExtension('0'), null);
  assert.equal(parseExtension('-30'), null);
  assert.equal(parseExtension('31:00'), null);
  assert.equal(parseExtension('soon'), null);
});

test('countdownAt_NeverShowsMoreThanTheSpeechWasAllowed_WhenTheClockEstimateIsBehind', () => {
  const allowed = speech({ allowedSeconds: 180 });
  assert.equal(countdownAt(allowed, start - 400).seconds, 180);
  assert.equal(countdownAt(speech(), start - 400).seconds, 181);
  assert.equal(countdownAt(allowed, start + 1500).seconds, 179);
});
