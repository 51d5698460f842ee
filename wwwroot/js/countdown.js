// The speaking-time countdown. The server sends no ticks: a running speech has an absolute end time and every
// screen counts down from it on a clock corrected to the server's (time.js createServerClock).

/** In the last this-many seconds the countdown warns (amber); at zero and below it is an overrun (red). */
export const WARNING_SECONDS = 30;

/**
 * Where a speech's countdown stands at nowMs (server time):
 * { seconds, phase, paused, timed, elapsedSeconds }
 * seconds: whole seconds left, rounded up so "0:00" is shown exactly when time runs out; negative on overrun;
 *          null when the speech has no time limit (then elapsedSeconds counts up instead).
 * phase: 'running' | 'warning' | 'overrun' | 'untimed'
 */
export function countdownAt(current, nowMs) {
  if (!current) return null;
  const paused = current.pausedAtMs != null;
  const startedMs = current.startedAtMs;
  // While paused the clock is frozen at the pause; elapsed time ignores earlier pauses we cannot see.
  const at = paused ? current.pausedAtMs : nowMs;
  const elapsedSeconds = Math.max(0, Math.floor((at - startedMs) / 1000));
  if (current.endsAtMs == null) {
    return { seconds: null, phase: 'untimed', paused, timed: false, elapsedSeconds };
  }
  const remainingMs = paused && current.remainingAtPauseMs != null ? current.remainingAtPauseMs : current.endsAtMs - at;
  // Never more left than the speech was allowed: a clock estimate a few milliseconds behind the server's would
  // otherwise show 3:01 for a three-minute speech as it starts.
  const rounded = Math.ceil(remainingMs / 1000) + 0; // + 0 turns -0 into 0
  const seconds = current.allowedSeconds != null ? Math.min(rounded, current.allowedSeconds) : rounded;
  return { seconds, phase: phaseOf(seconds), paused, timed: true, elapsedSeconds };
}

export function phaseOf(seconds) {
  if (seconds == null) return 'untimed';
  if (seconds <= 0) return 'overrun';
  return seconds <= WARNING_SECONDS ? 'warning' : 'running';
}

/** 185 → "3:05", -12 → "−0:12" (a true minus sign), 3725 → "1:02:05". */
export function formatCountdown(seconds) {
  if (seconds == null || Number.isNaN(seconds)) return '';
  const sign = seconds < 0 ? '\u2212' : '';
  let rest = Math.abs(Math.trunc(seconds));
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = String(rest % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${sign}${minutes}:${secs}`;
}

/** A duration from the wire (seconds, possibly fractional) → seconds, or null when absent. */
export function toSeconds(value) {
  if (value == null || value === '') return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : null;
}

/** A spoken length for tables: 0 → "0:00", 3725 → "1:02:05"; fractions are dropped. */
export function formatDuration(seconds) {
  return formatCountdown(Math.max(0, Math.floor(seconds ?? 0)));
}

/** "90", "1:30", "2m" → seconds; null when it is not a sensible extension (1 s to 30 min). */
export function parseExtension(text) {
  const value = String(text ?? '').trim().toLowerCase();
  let seconds = null;
  let match;
  if ((match = /^(\d{1,2}):([0-5]\d)$/.exec(value))) seconds = Number(match[1]) * 60 + Number(match[2]);
  else if ((match = /^(\d+)\s*(s|sec|seconds?)?$/.exec(value))) seconds = Number(match[1]);
  else if ((match = /^(\d+(?:\.\d+)?)\s*(m|min|minutes?)$/.exec(value))) seconds = Math.round(Number(match[1]) * 60);
  return seconds && seconds > 0 && seconds <= 1800 ? seconds : null;
}
