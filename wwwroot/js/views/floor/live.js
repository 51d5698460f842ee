// What the session room and the chair console share: the shell, the session, the floor hub and its store,
// and a clock that follows the server's so every screen counts down alike. The clock learns from the round trips
// of snapshots asked for (events come one way only, with an unknown delay).
import { ApiError, get } from '../../api.js';
import { createFloorStore, FLOOR_EVENTS } from '../../floor.js';
import { createHub } from '../../hub.js';
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { bindConnectionStatus, followSeat, refreshAccount, showLoadError, startShell } from '../../shell.js';
import { createServerClock } from '../../time.js';
import { resyncFloor } from './resync.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session id of this page's address (?id=…), or null. */
export function sessionIdFromUrl(search = window.location.search) {
  const id = new URLSearchParams(search).get('id');
  return id && GUID.test(id) ? id.toLowerCase() : null;
}

/** Whether the person moderates this session's floor: its chair, or the secretariat. */
export function canChair(me, session) {
  return me.id === session?.chair?.id || me.roles.includes('Secretariat');
}

/**
 * startFloor({ pageTitleKey }) → { me, conference, session, sessionId, hub, store, clock, onSession(fn) }.
 * Throws (an ApiError) when the page cannot be shown; the caller shows it with showFloorLoadError.
 * The hub is created but not started: subscribe first, then hub.start().
 */
export async function startFloor({ pageTitleKey }) {
  const { me, conference } = await startShell({ pageTitleKey });
  const sessionId = sessionIdFromUrl();
  const found = sessionId && conference.sessions.find((s) => s.id.toLowerCase() === sessionId);
  if (!found) throw new ApiError({ status: 404, code: 'session.not_found' });

  const clock = createServerClock();
  const sessionListeners = new Set();
  let session = found;
  let joinNeeded = true;
  let connectedOnce = false;

  const setSession = (fresh) => {
    // Reads overlap (a connect and a state change): an answer older than the session held changes nothing.
    if (fresh.version < session.version) return;
    session = fresh;
    for (const fn of sessionListeners) fn(session);
    scheduleSessionReread();
  };
  const rereadSession = () => get(`/api/sessions/${session.id}`).then(setSession);

  // The agenda runs itself: a session goes live at its start and closes at its end. Read it again just after.
  let rereadTimer = null;
  function scheduleSessionReread() {
    clearTimeout(rereadTimer);
    const now = clock.now().getTime();
    const next = [session.startsAt, session.endsAt].map(Date.parse).find((at) => at > now);
    if (next && next - now < 2 ** 31 - 1) rereadTimer = setTimeout(() => rereadSession().catch(() => {}), next - now + 1500);
  }

  const errorListeners = new Set();
  let retryTimer = null;
  // A refused or failed join leaves the page without a floor while the connection itself is fine, so no
  // reconnect would try again: say so, and try again shortly (then read the session: see resync.js).
  let failing = false;
  async function join() {
    clearTimeout(retryTimer);
    joinNeeded = true;
    try {
      await store.refresh();
      // A GetFloor already under way was shared instead of joining: join now.
      if (joinNeeded) await store.refresh();
      failing = false;
    } catch (error) {
      if (!failing) for (const fn of errorListeners) fn(error);
      failing = true;
      retryTimer = setTimeout(() => hub.state === 'connected' && join().then(rereadSession).catch(() => {}), 5000);
      throw error;
    }
  }

  const hub = createHub('/hubs/floor', {
    // Group membership does not survive a reconnect: join again, which also brings a fresh snapshot; then read
    // the session (the page was drawn from a read made before the connection). The person too, after a reconnect.
    onResync: async () => {
      const account = connectedOnce ? () => refreshAccount().then((fresh) => Object.assign(me, fresh)) : null;
      connectedOnce = true;
      await resyncFloor({ join, rereadSession, refreshAccount: account });
    },
  });

  const store = createFloorStore(async () => {
    const sentAt = Date.now();
    const snapshot = joinNeeded ? await hub.invoke('JoinSession', session.id) : await hub.invoke('GetFloor', session.id);
    clock.sample(snapshot.serverTime, sentAt);
    joinNeeded = false;
    return snapshot;
  });

  for (const name of FLOOR_EVENTS) {
    hub.on(name, (evt) => {
      if (evt?.sessionId && evt.sessionId.toLowerCase() !== session.id.toLowerCase()) return;
      store.applyEvent({ ...evt, type: name });
    });
  }
  // Opened, suspended, resumed, adjourned or closed: read the session again (its state and version).
  hub.on('SessionStateChanged', (evt) => {
    if (evt?.sessionId?.toLowerCase() === session.id.toLowerCase()) rereadSession().catch(() => {});
  });
  // An event the reducer could not fully apply: read the whole floor rather than show part of a change.
  store.subscribe((state) => {
    if (state?.incomplete) store.refresh().catch(() => {});
  });
  followSeat(hub, me);
  bindConnectionStatus(hub);
  scheduleSessionReread();

  return {
    me,
    conference,
    sessionId: session.id,
    get session() { return session; },
    hub,
    store,
    clock,
    rereadSession,
    /** Takes a snapshot a command sent at sentAt answered with (an older one changes nothing). */
    takeSnapshot(snapshot, sentAt) {
      if (snapshot?.version == null) return;
      clock.sample(snapshot.serverTime, sentAt);
      store.setSnapshot(snapshot);
    },
    /** fn(error) when the floor could not be loaded (once per run of failures; it is tried again every few seconds). */
    onError(fn) {
      errorListeners.add(fn);
      return () => errorListeners.delete(fn);
    },
    /** fn(session) whenever the session is read again (its state may have changed). */
    onSession(fn) {
      sessionListeners.add(fn);
      return () => sessionListeners.delete(fn);
    },
  };
}

/** The page could not start: a session that does not exist gets a way back to the agenda rather than a retry. */
export function showFloorLoadError(main, error) {
  if (error?.code !== 'session.not_found') {
    showLoadError(main, error);
    return;
  }
  replaceChildren(main, h('div', { class: 'load-error', attrs: { role: 'alert' } },
    h('h1', { class: 'load-error__title' }, t('floor.noSessionTitle')),
    h('p', {}, errorText(error)),
    h('a', { class: 'btn btn--primary', href: '/' }, t('floor.backToLobby'))));
  // Nothing live is opened for it, so no connection state is shown.
  document.querySelector('[data-testid="connection-status"]').hidden = true;
  main.removeAttribute('aria-busy');
}

/** Calls fn every quarter second while the page is visible, and at once when it becomes visible again. */
export function everyQuarterSecond(fn) {
  let timer = setInterval(fn, 250);
  document.addEventListener('visibilitychange', () => {
    clearInterval(timer);
    if (document.visibilityState === 'visible') {
      fn();
      timer = setInterval(fn, 250);
    }
  });
}
