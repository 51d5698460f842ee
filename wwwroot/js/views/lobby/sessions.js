// Agenda changes arrive whole: SessionChanged carries the entire session, so a newer version of a session simply
// replaces an older one (no gap can leave it stale), and an older or repeated event is ignored.

/** The session as the lobby holds it (the shape of GET /api/conference's sessions). */
export function sessionFromEvent(evt) {
  return {
    id: evt.sessionId,
    title: evt.title,
    kind: evt.kind,
    state: evt.state,
    startsAt: evt.startsAt,
    endsAt: evt.endsAt,
    chair: evt.chair,
    ordinal: evt.ordinal,
    videoUrl: evt.videoUrl,
    resumesAt: evt.resumesAt ?? null,
    version: evt.version,
  };
}

/**
 * applySessionChanged(sessions, evt, cancelled) → a new list, or the same list when nothing changes.
 * cancelled: Map(sessionId → version) of sessions taken off the agenda, so a late older event cannot bring one back.
 */
export function applySessionChanged(sessions, evt, cancelled = new Map()) {
  if ((cancelled.get(evt.sessionId) ?? -1) >= evt.version) return sessions;
  const current = sessions.find((s) => s.id === evt.sessionId);
  if (current && current.version >= evt.version) return sessions;
  const session = sessionFromEvent(evt);
  return current ? sessions.map((s) => (s.id === session.id ? session : s)) : [...sessions, session];
}

/** applySessionCancelled(sessions, evt, cancelled) → the list without the session; records it in cancelled. */
export function applySessionCancelled(sessions, evt, cancelled = new Map()) {
  if ((cancelled.get(evt.sessionId) ?? -1) < evt.version) cancelled.set(evt.sessionId, evt.version);
  const current = sessions.find((s) => s.id === evt.sessionId);
  if (!current || current.version >= evt.version) return sessions;
  return sessions.filter((s) => s.id !== evt.sessionId);
}

/** The lobby lists sessions by time (a reschedule that makes one earlier moves it up); agenda order breaks ties. */
export function byTime(sessions) {
  return [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.ordinal - b.ordinal);
}

/**
 * mergeSessions(held, fresh, cancelled) → the agenda read again (GET /api/conference's sessions), except where the
 * page already holds a newer version of a session from an event that overtook the read's answer.
 */
export function mergeSessions(held, fresh, cancelled = new Map()) {
  const byId = new Map(held.map((s) => [s.id, s]));
  return fresh
    .filter((s) => (cancelled.get(s.id) ?? -1) < s.version)
    .map((s) => (byId.get(s.id)?.version > s.version ? byId.get(s.id) : s));
}
