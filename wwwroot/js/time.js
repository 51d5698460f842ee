// Times are UTC on the wire and shown in the viewer's zone with the host's beside it, written the way the UI
// language writes them (a locale passed in wins).
import { uiLocale } from './i18n.js';

export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

// Each locale knows the abbreviations of its own region's zones only (en-US: EDT, en-GB: CEST, ja-JP: JST).
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-ZA', 'en-SG', 'ja-JP', 'pt-BR', 'id-ID'];
const ABBREVIATION = /^(?:[A-Z]{2,5}|UTC|GMT)$/;
const abbrCache = new Map();

/**
 * Short zone name at an instant: "EDT", "CEST", "UTC". Asks the viewer's locale, then the locales that know
 * other regions' abbreviations, and falls back to the offset ("GMT+6") where there is no abbreviation.
 */
export function zoneAbbreviation(date, timeZone, locale) {
  const key = `${timeZone}|${date.getUTCFullYear()}-${date.getUTCMonth()}-${date.getUTCDate()}|${locale}`;
  if (abbrCache.has(key)) return abbrCache.get(key);
  let fallback = null;
  let found = null;
  for (const candidate of [locale, ...ABBREVIATION_LOCALES]) {
    const name = new Intl.DateTimeFormat(candidate, { timeZone, timeZoneName: 'short' })
      .formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
    if (!name) continue;
    fallback ??= name;
    if (ABBREVIATION.test(name)) { found = name; break; }
  }
  const result = found ?? fallback ?? timeZone;
  abbrCache.set(key, result);
  return result;
}

/** Calendar day of an instant in a zone, as "2023-07-08", for grouping and "+1 day" markers. */
export function dayKey(date, timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

// 24-hour clocks read "09:05", 12-hour ones "9:05 AM", as Intl's own ranges write them.
function clockOptions(timeZone, locale) {
  const h12 = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12;
  return { timeZone, hour: h12 ? 'numeric' : '2-digit', minute: '2-digit' };
}

export function formatClock(date, timeZone, locale = uiLocale) {
  return new Intl.DateTimeFormat(locale, clockOptions(timeZone, locale)).format(date);
}

export function formatDay(date, timeZone, locale = uiLocale) {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Same wall clock at this instant in both zones (then the host's time need not be repeated). */
export function sameOffset(date, zoneA, zoneB) {
  return zoneA === zoneB
    || new Intl.DateTimeFormat('en-US', { timeZone: zoneA, timeZoneName: 'longOffset' }).format(date)
      === new Intl.DateTimeFormat('en-US', { timeZone: zoneB, timeZoneName: 'longOffset' }).format(date);
}

/**
 * A start–end range in one zone: { start: "11:00 AM – ", end: "12:00 PM", text, zone: "EDT", day, endsNextDay }.
 * start + end === text; a view may let the line break between them. locale is for the clock format
 * (12 or 24 hours); left out, the UI language's (the browser's own regional variant of it when it has one).
 */
export function formatRange(startIso, endIso, timeZone, locale = uiLocale) {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const endsNextDay = dayKey(end, timeZone) !== dayKey(start, timeZone);
  let head;
  let tail;
  if (endsNextDay) {
    // Intl would add both dates; the caller marks the next day instead.
    head = `${formatClock(start, timeZone, locale)} – `;
    tail = formatClock(end, timeZone, locale);
  } else {
    const parts = new Intl.DateTimeFormat(locale, clockOptions(timeZone, locale)).formatRangeToParts(start, end);
    const cut = parts.findIndex((part) => part.source === 'endRange');
    head = parts.slice(0, cut).map((part) => part.value).join('');
    tail = parts.slice(cut).map((part) => part.value).join('');
  }
  return {
    start: head,
    end: tail,
    text: head + tail,
    zone: zoneAbbreviation(start, timeZone, locale),
    day: dayKey(start, timeZone),
    endsNextDay,
  };
}

/** Difference in calendar days between the same instant seen in two zones (-1, 0 or +1). */
export function dayShift(date, fromZone, toZone) {
  const a = Date.parse(dayKey(date, fromZone));
  const b = Date.parse(dayKey(date, toZone));
  return Math.round((b - a) / 86_400_000);
}

/**
 * Server clock: createServerClock(serverTimeIso) remembers how far this device's clock is off, so
 * countdowns and "now" follow the server. update() with each newer serverTime, or better sample() with the
 * round trip that brought it.
 */
export function createServerClock(serverTimeIso) {
  let offset = 0;
  let best = null; // the round trip the offset came from: { rtt, at }
  const clock = {
    update(iso) {
      if (iso) offset = Date.parse(iso) - Date.now();
      return clock;
    },
    /**
     * The server's time, read between sentAtMs and receivedAtMs on this device's clock. The server read it about
     * half way, give or take half the round trip, so the shortest round trip gives the best offset; it gives way
     * to any newer sample after ten minutes, as clocks drift.
     */
    sample(iso, sentAtMs, receivedAtMs = Date.now()) {
      const rtt = receivedAtMs - sentAtMs;
      if (!iso || !(rtt >= 0)) return clock;
      if (best && rtt > best.rtt && receivedAtMs - best.at < 600_000) return clock;
      best = { rtt, at: receivedAtMs };
      offset = Date.parse(iso) - (sentAtMs + rtt / 2);
      return clock;
    },
    now: () => new Date(Date.now() + offset),
    get offsetMs() { return offset; },
  };
  return clock.update(serverTimeIso);
}

/**
 * When an adjourned session resumes, for one line of the agenda: "16:00 CEST", with the day when it is not today
 * ("9 Jul, 16:00 CEST"), and the host's clock after it when that differs ("16:00 CEST · 20:00 GMT+6").
 */
export function formatResume(iso, viewerZone, hostZone, { now = new Date(), locale } = {}) {
  const at = new Date(iso);
  const inZone = (zone) => {
    const day = dayKey(at, zone) !== dayKey(now, zone)
      ? `${new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'short' }).format(at)}, ` : '';
    return `${day}${formatClock(at, zone, locale)} ${zoneAbbreviation(at, zone, locale)}`;
  };
  return sameOffset(at, viewerZone, hostZone) ? inZone(viewerZone) : `${inZone(viewerZone)} · ${inZone(hostZone)}`;
}
