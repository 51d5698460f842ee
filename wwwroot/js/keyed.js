// Many aggregates of one kind (polls, amendments), each with its own version: one store.js store per id.
// Events that carry an aggregate's whole public state ("full": PollChanged, AmendmentChanged) are snapshots in
// themselves, so a gap before one needs no fetch; partial events (VoteCast) apply only when they follow on (store.js) and make
// that one aggregate fetch itself again on a gap.
import { createStore } from './store.js';

/**
 * createKeyedStores({ fetchOne: (id) => Promise<view>, reduce: (state, evt) => state })
 * → { get(id), has(id), values(), applyEvent(id, evt), setSnapshots(views), subscribe(fn) }
 * A view and a full event carry { version }; a partial event is { version, full: false, ... }.
 * subscribe(fn) calls fn(id, state, change) after every change of any of them.
 */
export function createKeyedStores({ idOf, fetchOne, reduce }) {
  const stores = new Map();
  const listeners = new Set();

  function ensure(id) {
    let store = stores.get(id);
    if (!store) {
      store = createStore({ fetchSnapshot: () => fetchOne(id), reduce });
      store.subscribe((state, change) => {
        for (const listener of listeners) listener(id, state, change);
      });
      stores.set(id, store);
    }
    return store;
  }

  return {
    get(id) {
      return stores.get(id)?.state ?? null;
    },
    has(id) {
      return stores.get(id)?.state != null;
    },
    /** Every aggregate that has a state, in the order they were first seen. */
    values() {
      return [...stores.values()].map((store) => store.state).filter(Boolean);
    },
    applyEvent(id, evt) {
      const store = ensure(id);
      if (evt.full !== false) {
        // The whole state, newer than what we hold: take it as it is, gap or not.
        if (store.version === null || evt.version > store.version + 1) {
          store.setSnapshot(evt.view);
          return;
        }
      } else if (store.version === null) {
        // Something we never had a snapshot of changed: keep the event and fetch the aggregate.
        store.applyEvent(evt);
        store.refresh().catch(() => {});
        return;
      }
      store.applyEvent(evt);
    },
    /** Snapshots of many (a list fetched after connecting); older ones than held are ignored per aggregate. */
    setSnapshots(views) {
      for (const view of views) ensure(idOf(view)).setSnapshot(view);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
