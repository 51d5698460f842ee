// A SignalR connection that never gives up: SignalR's automatic reconnect with a policy that never returns
// null (backoff capped at ~10 s), plus our own restart loop for the cases SignalR does not retry (the first
// start, a close by the server). Every time it is connected again it calls onResync, because SignalR does
// not replay what was missed while away.
/* global signalR */
import { redirectToSignin } from './api.js';

const MAX_DELAY_MS = 5_000;
const FIRST_RETRY_SPREAD_MS = 1_000;
// How long a call made while the page's first connection is still being made waits for it.
const FIRST_CONNECT_WAIT_MS = 10_000;
// Past this long without a connection the indicator says "offline" rather than "reconnecting".
const OFFLINE_AFTER_MS = 15_000;

/**
 * Delay before retry n (0-based) after a connection was lost. A whole hall loses its connections at the same
 * instant when a server restarts: the first retry is spread over a second, the later ones grow 1, 2, 4, 5, 5 …
 * seconds, each anywhere from half to one and a half of that, so the crowd reaches the restarted server spread
 * out, never as one wave per attempt. A page's first connection is not a retry: it is made at once (start()).
 */
export function retryDelay(attempt) {
  if (attempt === 0) return Math.round(Math.random() * FIRST_RETRY_SPREAD_MS);
  const base = Math.min(MAX_DELAY_MS, 1000 * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + Math.random()));
}

export class HubError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'HubError';
    this.code = code;
  }
}

/** Hub errors arrive as "… HubException: [code] readable message"; split out the code and the message. */
export function parseHubError(error) {
  const text = String(error?.message ?? error ?? '');
  const match = /\[([\w.-]+)\]\s*([\s\S]*)$/.exec(text);
  return match ? new HubError(match[2].trim(), match[1]) : new HubError(text, 'server.unexpected');
}

// The negotiate request's status only survives in the error text ("… Status code '401'").
function isUnauthorized(error) {
  return error?.statusCode === 401 || /Status code '401'/.test(String(error?.message ?? ''));
}

/**
 * createHub('/hubs/conference', { onResync: async (hub) => … }); then hub.on('PresenceChanged', fn); hub.start()
 * → { state, onState(fn), on(name, fn), ignore(...names), invoke(method, ...args), start(), stop() }
 * state: 'connecting' | 'connected' | 'reconnecting' | 'offline'
 */
export function createHub(url, { onResync, onUnauthorized = redirectToSignin } = {}) {
  let state = 'connecting';
  let stopped = false;
  let offlineTimer = null;
  let restartTimer = null;
  const stateListeners = new Set();
  // Calls made before the page's first connection is up wait for it (a button pressed as the page opens).
  let firstConnect = null;
  let firstConnected = () => {};

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(url)
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: ({ previousRetryCount, retryReason }) => {
        if (isUnauthorized(retryReason)) unauthorized();
        return retryDelay(previousRetryCount);
      },
    })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  connection.onreconnecting(() => lost('reconnecting'));
  connection.onreconnected(() => connected());
  connection.onclose(() => {
    if (stopped) return;
    lost('reconnecting');
    scheduleRestart(0);
  });

  window.addEventListener('online', () => {
    // The browser knows the network is back: try now rather than wait for the backoff.
    if (!stopped && connection.state === signalR.HubConnectionState.Disconnected) {
      clearTimeout(restartTimer);
      scheduleRestart(0, 0);
    }
  });
  window.addEventListener('offline', () => {
    if (state !== 'connected') setState('offline');
  });

  function unauthorized() {
    // Signed out elsewhere or the cookie expired: retrying cannot help, signing in can.
    if (stopped) return;
    stopped = true;
    connection.stop();
    onUnauthorized();
  }

  function lost(next) {
    setState(navigator.onLine ? next : 'offline');
    // Say "offline" once it has been a while, however the retries are going.
    offlineTimer ??= setTimeout(() => setState('offline'), OFFLINE_AFTER_MS);
  }

  function setState(next) {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(state);
  }

  async function connected() {
    clearTimeout(offlineTimer);
    offlineTimer = null;
    setState('connected');
    firstConnected();
    if (!onResync) return;
    try {
      await onResync(hub);
    } catch (error) {
      // The next reconnect resyncs again; meanwhile the view keeps its last state and says so.
      console.warn('hub: resync failed', error);
    }
  }

  function scheduleRestart(attempt, delay = retryDelay(attempt)) {
    restartTimer = setTimeout(async () => {
      if (stopped || connection.state !== signalR.HubConnectionState.Disconnected) return;
      try {
        await connection.start();
        await connected();
      } catch (error) {
        if (isUnauthorized(error)) {
          unauthorized();
          return;
        }
        if (!navigator.onLine) setState('offline');
        scheduleRestart(attempt + 1);
      }
    }, delay);
  }

  function waitForFirstConnect() {
    firstConnect ??= new Promise((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
      firstConnected = () => { clearTimeout(timer); resolve(); };
    });
    return firstConnect;
  }

  const hub = {
    connection,
    get state() { return state; },
    /** Calls fn(state) now and on every change; returns an unsubscribe function. */
    onState(fn) {
      stateListeners.add(fn);
      fn(state);
      return () => stateListeners.delete(fn);
    },
    on(name, handler) {
      connection.on(name, handler);
      return () => connection.off(name, handler);
    },
    /** Events this page receives but does not use: without a handler SignalR logs a warning for each one. */
    ignore(...names) {
      for (const name of names) connection.on(name, () => {});
      return hub;
    },
    /** Calls a hub method; failures are HubErrors with the server's code (or hub.disconnected). */
    async invoke(method, ...args) {
      if (state === 'connecting' && !stopped) await waitForFirstConnect();
      if (connection.state !== signalR.HubConnectionState.Connected) {
        throw new HubError('Not connected.', 'hub.disconnected');
      }
      try {
        return await connection.invoke(method, ...args);
      } catch (error) {
        throw parseHubError(error);
      }
    },
    start() {
      stopped = false;
      lost('connecting');
      // The page's first connection at once: the page was drawn from reads made just before, and what changes
      // until the connection is up reaches it only through onResync (a spread is for a crowd's retries).
      scheduleRestart(0, 0);
      return hub;
    },
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      clearTimeout(offlineTimer);
      await connection.stop();
    },
  };
  return hub;
}
