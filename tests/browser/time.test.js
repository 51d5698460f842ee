import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayShift, formatRange, sameOffset, zoneAbbreviation } from '../../wwwroot/js/time.js';

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
