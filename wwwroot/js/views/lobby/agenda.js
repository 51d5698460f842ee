// The agenda: sessions by time, grouped by day in the viewer's zone, each with the host's time beside it.
import { h, replaceChildren, safeHttpUrl, srOnly } from '../../dom.js';
import { t } from '../../i18n.js';
import { dayKey, dayShift, formatDay, formatRange, formatResume, sameOffset } from '../../time.js';
import { byTime } from './sessions.js';
import { roomPath } from '../../rooms.js';

/** renderAgenda(el, conference, { viewerZone }) draws the whole agenda (it is small; redraw on change). */
export function renderAgenda(el, conference, { viewerZone }) {
  const sessions = byTime(conference.sessions);
  if (sessions.length === 0) {
    replaceChildren(el, h('p', { class: 'placeholder' }, t('lobby.agendaEmpty')));
    return;
  }
  const nextUp = sessions.some((s) => s.state === 'Live') ? null : sessions.find((s) => s.state === 'Scheduled');
  const days = new Map();
  for (const session of sessions) {
    const key = dayKey(new Date(session.startsAt), viewerZone);
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(session);
  }
  replaceChildren(el, [...days.values()].map((daySessions) => h('div', { class: 'agenda-day' },
    h('h3', { class: 'agenda-day__title' }, formatDay(new Date(daySessions[0].startsAt), viewerZone)),
    h('ol', { class: 'agenda-list' }, daySessions.map((session) => sessionItem(session, {
      viewerZone, hostZone: conference.hostTimeZone, nextUp: session === nextUp,
    }))))));
}

function sessionItem(session, { viewerZone, hostZone, nextUp }) {
  const state = session.state.toLowerCase();
  const start = new Date(session.startsAt);
  const local = formatRange(session.startsAt, session.endsAt, viewerZone);
  const showHost = !sameOffset(start, viewerZone, hostZone);
  // A closed session's video room is of no use any more.
  const videoUrl = session.videoUrl && session.state !== 'Closed' ? safeHttpUrl(session.videoUrl) : null;
  return h('li', {
    class: ['session', `session--${state}`, nextUp && 'session--next'],
    dataset: { testid: `session-${session.id}`, state: session.state, startsAt: session.startsAt, version: session.version },
  },
  h('div', { class: 'session__time' },
    h('span', { class: 'session__clock', attrs: { dir: 'ltr' } }, breakable(local)),
    h('span', { class: 'session__zone' }, local.zone, local.endsNextDay && [' ', h('span', { class: 'nowrap' }, t('lobby.nextDay'))]),
    showHost && hostTime(session, start, viewerZone, hostZone)),
  h('div', { class: 'session__body' },
    h('div', { class: 'session__tags' },
      h('span', { class: `badge badge--${state}` }, t(`session.state.${session.state}`)),
      h('span', { class: 'tag' }, t(`session.kind.${session.kind}`)),
      nextUp && h('span', { class: 'tag tag--accent' }, t('lobby.upNext'))),
    h('h4', { class: 'session__title' },
      h('a', { class: 'session__room', href: roomPath(session), dataset: { testid: `session-room-${session.id}` } }, session.title)),
    session.state === 'Suspended' && session.resumesAt && h('p', { class: 'session__resumes', dataset: { testid: `session-resumes-${session.id}` } },
      t('lifecycle.resumesAt', { time: formatResume(session.resumesAt, viewerZone, hostZone) })),
    session.chair && h('p', { class: 'session__chair' },
      h('span', { class: 'session__chair-label' }, t(session.kind === 'Panel' ? 'lobby.moderator' : 'lobby.chair')),
      ' ', session.chair.displayName),
    videoUrl && h('a', { class: 'session__link', href: videoUrl, target: '_blank', rel: 'noopener noreferrer' },
      t('lobby.videoLink'), srOnly(` (${t('lobby.videoLinkHint')})`)),
    session.state === 'Closed' && h('a', { class: 'session__link', href: `/record?id=${encodeURIComponent(session.id)}`, dataset: { testid: `session-record-${session.id}` } },
      t('lifecycle.readRecord'))));
}

/** "11:00 AM – 12:00 PM" that wraps after the dash, never inside a time. */
function breakable({ start, end }) {
  return [h('span', { class: 'nowrap' }, start.trimEnd()), /\s$/.test(start) ? ' ' : h('wbr'), h('span', { class: 'nowrap' }, end)];
}

function hostTime(session, start, viewerZone, hostZone) {
  const host = formatRange(session.startsAt, session.endsAt, hostZone);
  const shift = dayShift(start, viewerZone, hostZone);
  return h('span', { class: 'session__host' },
    h('span', { class: 'visually-hidden' }, `${t('lobby.hostTimeLabel')}: `),
    h('bdi', { attrs: { dir: 'ltr' } }, breakable(host), ` ${host.zone}`),
    shift !== 0 && [' ', h('span', { class: 'nowrap' }, t(shift > 0 ? 'lobby.nextDay' : 'lobby.prevDay'))]);
}
