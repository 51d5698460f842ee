import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createServerClock, dayShift, formatRange, formatResume, sameOffset, zoneAbbreviation } from '../../wwwroot/js/time.js';

const july = new Date('2023-07-08T14:00:00Z');

test('zoneAbbreviation_UsesAbbreviationsFromOtherRegionsLocales', () => {
  assert.equal(zoneAbbreviation(july, 'America/New_York', 'en-US'), 'EDT');
  assert.equal(zoneAbbreviation(july, 'Europe/Berlin', 'en-US'), 'CEST');
  assert.equal(zoneAbbreviation(july, 'Asia/Kolkata', 'en-US'), 'IST');
  assert.equal(zoneAbbreviation(july, 'UTC', 'en-US'), 'UTC');
});

test('zoneAbbreviation_WhenZoneHasNone_FallsBackToOffset', () => {
  assert.equal(zoneAbbreviation(july, 'Asia/Almaty', 'en-US'), 'GMT+6');
});

test('formatRange_InTwentyFourHourLocale_ShowsBothTimes', () => {
  const r = formatRange('2023-07-08T14:00:00Z', '2023-07-08T15:30:00Z', 'Europe/Berlin', 'en-GB');
  assert.equal(r.text.replace(/\s/g, ''), '16:00–17:30');
  assert.equal(r.start + r.end, r.text);
  assert.equal(r.zone, 'CEST');
  assert.equal(r.endsNextDay, false);
});

test('formatRange_WhenEndIsAfterMidnight_MarksNextDayWithoutDates', () => {
  const r = formatRange('2023-07-08T14:45:00Z', '2023-07-08T15:45:00Z', 'Asia/Tokyo', 'en-GB');
  assert.equal(r.endsNextDay, true);
  assert.equal(r.text.replace(/\s/g, ''), '23:45–00:45');
});

test('formatResume_ShowsTheViewersClockAndTheHostsWhenTheyDiffer', () => {
  const now = new Date('2023-07-08T09:00:00Z');
  assert.equal(formatResume('2023-07-08T14:00:00Z', 'Europe/Berlin', 'Europe/Paris', { now, locale: 'en-GB' }), '16:00 CEST');
  assert.equal(formatResume('2023-07-08T14:00:00Z', 'Europe/Berlin', 'Asia/Almaty', { now, locale: 'en-GB' }), '16:00 CEST · 20:00 GMT+6');
});

test('formatResume_OnAnotherDay_SaysWhichDay', () => {
  const now = new Date('2023-07-08T09:00:00Z');
  assert.equal(formatResume('2023-07-09T14:00:00Z', 'Europe/Berlin', 'Europe/Berlin', { now, locale: 'en-GB' }), '9 Jul, 16:00 CEST');
});

test('dayShift_TellsWhenHostIsOnAnotherDay', () => {
  const late = new Date('2023-07-08T23:30:00Z');
  assert.equal(dayShift(late, 'Europe/Berlin', 'America/New_York'), -1);
  assert.equal(dayShift(late, 'America/New_York', 'Europe/Berlin'), 1);
  assert.equal(dayShift(july, 'Europe/Berlin', 'Europe/Paris'), 0);
});

test('sameOffset_ComparesTheClockNotTheName', () => {
  assert.equal(sameOffset(july, 'Europe/Berlin', 'Europe/Paris'), true);
  assert.equal(sameOffset(july, 'Europe/Berlin', 'America/New_York'), false);
});

test('serverClock_Sample_TakesTheMidpointOfTheShortestRoundTrip', () => {
  const clock = createServerClock();
  // The server said 10:00:05.000 during a round trip from 10:00:00.000 to 10:00:00.200 on this device: 4.9 s ahead.
  const local = Date.parse('2026-11-29T10:00:00.000Z');
  clock.sample('2026-11-29T10:00:05.000Z', local, local + 200);
  assert.equal(clock.offsetMs, 4900);
  // A slower round trip soon after says less; it is ignored.
  clock.sample('2026-11-29T10:00:06.000Z', local + 1000, local + 3000);
  assert.equal(clock.offsetMs, 4900);
  // A faster one wins.
  clock.sample('2026-11-29T10:00:09.950Z', local + 5000, local + 5100);
  assert.equal(clock.offsetMs, 4900);
  clock.sample('2026-11-29T10:00:10.000Z', local + 5000, local + 5040);
  assert.equal(clock.offsetMs, 4980);
});

test('serverClock_Sample_AfterTenMinutes_TakesANewerSlowerOne', () => {
  const clock = createServerClock();
  const local = Date.parse('2026-11-29T10:00:00.000Z');
  clock.sample('2026-11-29T10:00:01.000Z', local, local + 20);
  clock.sample('2026-11-29T10:11:02.000Z', local + 660_000, local + 660_400);
  assert.equal(clock.offsetMs, 2000 - 200);
});
