// One small client-side store: a snapshot, its version, and versioned events applied strictly in order.
// An event older than the snapshot is ignored; an event that skips a version means something was missed,
// so the store fetches a fresh snapshot and replays whatever newer events arrived meanwhile.
// An event may tell several versions at once (fromVersion..version): it follows on when it starts at or before the
// next version and ends after the current one (its reduce must not mind seeing a version it already has).

/**
 * createStore({ fetchSnapshot: () => Promise<{ version, ... }>, reduce: (state, evt) => state, normalize? })
 * → { state, version, status, applyEvent(evt), setSnapshot(snap), refresh(), subscribe(fn) }
 * status: 'empty' (no snapshot yet) | 'loading' | 'ready' | 'stale' (a refresh failed; showing old state)
 */
export function createStore({ fetchSnapshot, reduce, normalize = (snapshot) => snapshot }) {
  let state = null;
  let version = null;
  let status = 'empty';
  let inflight = null;
  let pending = []; // events newer than we can apply yet, kept for after the next snapshot
  const listeners = new Set();

  function notify(change) {
    for (const listener of listeners) listener(state, change);
  }

  function setStatus(next) {
    if (next === status) return;
    status = next;
    notify({ type: 'status' });
  }

  function keep(evt) {
    if (!pending.some((p) => p.version === evt.version)) pending.push(evt);
  }

  /** Whether evt is the next one after the current version (an event of several versions may overlap it). */
  function follows(evt) {
    return (evt.fromVersion ?? evt.version) <= version + 1 && evt.version > version;
  }

  /** Applies pending events that follow on from the current version; true when none are left stranded. */
  function drain() {
    pending = pending.filter((evt) => evt.version > version).sort((a, b) => a.version - b.version);
    while (pending.length && follows(pending[0])) {
      const evt = pending.shift();
      state = reduce(state, evt);
      version = evt.version;
      notify({ type: 'event', event: evt });
    }
    return pending.length === 0;
  }

  const store = {
    get state() { return state; },
    get version() { return version; },
    get status() { return status; },

    applyEvent(evt) {
      if (version === null || inflight) {
        keep(evt);
        return;
      }
      if (evt.version <= version) return;
      if (follows(evt)) {
        state = reduce(state, evt);
        version = evt.version;
        notify({ type: 'event', event: evt });
        if (pending.length) drain();
        return;
      }
      keep(evt);
      store.refresh().catch(() => {});
    },

    setSnapshot(snapshot) {
      // A snapshot older than what we already show changes nothing, like an old event.
      if (version === null || snapshot.version >= version) {
        state = normalize(snapshot);
        version = snapshot.version;
      }
      status = 'ready';
      notify({ type: 'snapshot' });
      // Events still stranded beyond a gap: the snapshot came from behind them; ask again shortly.
      if (!drain()) setTimeout(() => store.refresh().catch(() => {}), 500);
    },

    /** Fetches a fresh snapshot (one at a time; concurrent callers share it). */
    refresh() {
      if (inflight) return inflight;
      if (status !== 'empty') setStatus('loading');
      inflight = (async () => {
        try {
          const snapshot = await fetchSnapshot();
          inflight = null;
          store.setSnapshot(snapshot);
          return state;
        } catch (error) {
          inflight = null;
          setStatus(version === null ? 'empty' : 'stale');
          throw error;
        }
      })();
      return inflight;
    },

    /** fn(state, change) after every change; change.type is 'snapshot' | 'event' | 'status'. */
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  return store;
}
