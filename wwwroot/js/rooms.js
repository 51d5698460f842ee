// Where a session is followed: a panel on its panel page (questions, stage), any other session in the session room.
// The one place this is decided in the browser, as AgendaCalendar.PagePath is on the server (the .ics links).

/** roomPath({ id, kind }) → '/panel?id=…' for a panel, '/session?id=…' otherwise. */
export function roomPath(session) {
  const page = session.kind === 'Panel' ? 'panel' : 'session';
  return `/${page}?id=${encodeURIComponent(session.id)}`;
}
