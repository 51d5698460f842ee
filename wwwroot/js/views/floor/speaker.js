// "Now speaking": who has the floor and the countdown, big enough to read from across the room.
import { countdownAt, formatCountdown, formatDuration } from '../../countdown.js';
import { h, replaceChildren } from '../../dom.js';
import { t, uiLocale } from '../../i18n.js';
import { formatClock, viewerTimeZone } from '../../time.js';
import { kindBadge, languageTag } from './kinds.js';
import { delegationName } from '../../names.js';

/**
 * The speech's own allowed time in seconds (its limit when it began plus every extension), for the progress bar and
 * the "Limit" line; an older server without it falls back to the session's limit for the kind.
 */
export function limitOf(limits, current) {
  if (current.allowedSeconds != null) return current.allowedSeconds;
  if (current.endsAtMs == null) return null;
  if (current.kind === 'Statement') return current.onBehalfOfGroup ? limits.groupStatement : limits.statement;
  return current.kind === 'RightOfReply' ? limits.rightOfReply : limits.pointOfOrder;
}

/**
 * createSpeakerPanel(section, { clock, announce }) → { render(floor), tick() }
 * render() after every change of the floor; tick() every quarter second moves the countdown only.
 */
export function createSpeakerPanel(section, { clock, announce }) {
  const zone = viewerTimeZone();
  const body = h('div', { class: 'now__body', dataset: { testid: 'current-speaker', state: 'loading' } });
  const who = h('div', { class: 'now__who' }, h('p', { class: 'now__then' }, t('shell.loading')));
  const label = h('span', { class: 'countdown__label' });
  const value = h('span', { class: 'countdown__value' });
  const fill = h('span', { class: 'countdown__fill' });
  const bar = h('span', { class: 'countdown__bar', attrs: { 'aria-hidden': 'true' } }, fill);
  const countdown = h('div', { class: 'countdown', dataset: { testid: 'countdown', remainingSeconds: '' }, attrs: { role: 'timer', 'aria-live': 'off' } },
    label, value, bar);
  const meta = h('p', { class: 'now__meta' });
  body.append(who, countdown, meta);
  section.append(body);

  let floor = null;
  let lastRequestId;
  let lastPaused = null;
  let shown = null;

  function tick() {
    const current = floor?.current;
    const state = countdownAt(current, clock.now().getTime());
    countdown.hidden = !state;
    if (!state) {
      countdown.dataset.remainingSeconds = '';
      return;
    }
    const key = `${state.seconds}|${state.elapsedSeconds}|${state.paused}|${state.phase}`;
    if (key === shown) return;
    shown = key;
    countdown.dataset.remainingSeconds = state.timed ? String(state.seconds) : '';
    countdown.dataset.phase = state.phase;
    countdown.dataset.paused = String(state.paused);
    value.textContent = state.timed ? formatCountdown(state.seconds) : formatCountdown(state.elapsedSeconds);
    label.textContent = t(labelKey(state));
    const limit = limitOf(floor.limits, current);
    bar.hidden = !state.timed || !limit;
    if (state.timed && limit) fill.style.width = `${Math.max(0, Math.min(1, state.seconds / limit)) * 100}%`;
  }

  function render(next) {
    floor = next;
    const current = floor?.current;
    body.dataset.state = !current ? 'free' : current.pausedAtMs != null ? 'paused' : 'speaking';
    body.dataset.delegation = current?.delegation?.code ?? '';
    if (!current) {
      replaceChildren(who, h('p', { class: 'now__free' }, t('floor.floorFree')),
        floor.waiting[0] && h('p', { class: 'now__then' }, t('floor.nextIs', {
          delegation: delegationName(floor.waiting[0].delegation), kind: t(`floor.kind.${floor.waiting[0].kind}`),
        })));
      replaceChildren(meta);
    } else {
      replaceChildren(who,
        h('bdi', { class: 'now__code', attrs: { 'aria-hidden': 'true', dir: 'ltr' } }, current.delegation.code),
        h('div', { class: 'now__names' },
          h('p', { class: 'now__delegation' }, delegationName(current.delegation), h('span', { class: 'visually-hidden' }, ` (${current.delegation.code})`)),
          current.personName && h('p', { class: 'now__person' }, current.personName),
          h('p', { class: 'now__tags' }, kindBadge(current.kind, { large: true }),
            languageTag(current.language, { testid: 'speaker-language' }),
            current.onBehalfOfGroup && h('span', { class: 'tag' }, t('floor.onBehalfOfGroup')),
            current.pausedAtMs != null && h('span', { class: 'badge badge--paused' }, t('floor.paused')))));
      const limit = limitOf(floor.limits, current);
      replaceChildren(meta, t('floor.startedAt', { time: formatClock(new Date(current.startedAtMs), zone, uiLocale) }),
        ' · ', limit ? t('floor.limit', { limit: formatDuration(limit) }) : t('floor.noLimit'));
    }
    shown = null;
    tick();
    announceChanges(current);
  }

  function announceChanges(current) {
    const requestId = current?.requestId ?? null;
    const paused = current ? current.pausedAtMs != null : null;
    if (lastRequestId !== undefined && requestId !== lastRequestId) {
      announce(current
        ? t('floor.announceSpeaker', { delegation: delegationName(current.delegation), kind: t(`floor.kind.${current.kind}`) })
        : t('floor.announceFree'));
    } else if (current && lastPaused !== null && paused !== lastPaused) {
      announce(t(paused ? 'floor.announcePaused' : 'floor.announceResumed'));
    }
    lastRequestId = requestId;
    lastPaused = paused;
  }

  return { render, tick };
}

function labelKey(state) {
  if (state.paused) return 'floor.countdownPaused';
  if (!state.timed) return 'floor.countdownUntimed';
  return state.phase === 'overrun' ? 'floor.countdownOverrun' : 'floor.countdownRemaining';
}
