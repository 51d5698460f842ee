import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStore } from '../../wwwroot/js/store.js';

// A store of a counter: events add their amount; snapshots carry the total.
function counterStore(snapshots) {
  const fetched = [];
  const store = createStore({
    fetchSnapshot: async () => {
      const next = snapshots.shift();
      fetched.push(next);
      return next;
    },
    reduce: (state, evt) => ({ total: state.total + evt.add }),
  });
  return { store, fetched };
}

test('applyEvent_WhenNextVersion_AppliesIt', async () => {
  const { store } = counterStore([{ version: 5, total: 10 }]);
  await store.refresh();
  store.applyEvent({ version: 6, add: 1 });
  store.applyEvent({ version: 7, add: 2 });
  assert.equal(store.version, 7);
  assert.equal(store.state.total, 13);
});

test('applyEvent_OfSeveralVersions_AppliesWhenItFollowsOnOrOverlaps_FetchesWhenItLeavesAGap', async () => {
  const { store, fetched } = counterStore([{ version: 5, total: 10 }, { version: 12, total: 50 }]);
  await store.refresh();
  store.applyEvent({ fromVersion: 6, version: 8, add: 3 }); // follows on from 5
  assert.equal(store.version, 8);
  store.applyEvent({ fromVersion: 7, version: 9, add: 1 }); // overlaps what is held, ends after it
  assert.equal(store.version, 9);
  assert.equal(store.state.total, 14);
  assert.equal(fetched.length, 1);
  store.applyEvent({ fromVersion: 11, version: 12, add: 100 }); // version 10 was missed
  await store.refresh();
  assert.equal(fetched.length, 2);
  assert.equal(store.version, 12);
  assert.equal(store.state.total, 50);
});

test('applyEvent_WhenVersionAlreadySeen_IgnoresIt', async () => {
  const { store } = counterStore([{ version: 5, total: 10 }]);
  await store.refresh();
  store.applyEvent({ version: 5, add: 100 });
  store.applyEvent({ version: 3, add: 100 });
  assert.equal(store.state.total, 10);
  assert.equal(store.version, 5);
});

test('applyEvent_WhenVersionSkipped_FetchesSnapshotAndReplaysNewerEvents', async () => {
  const { store, fetched } = counterStore([{ version: 1, total: 0 }, { version: 3, total: 30 }]);
  await store.refresh();
  store.applyEvent({ version: 3, add: 5 }); // version 2 was missed
  const refreshing = store.refresh(); // shares the fetch the gap started
  store.applyEvent({ version: 4, add: 1 }); // arrives while the snapshot is loading
  await refreshing;
  assert.equal(fetched.length, 2);
  assert.equal(store.version, 4);
  assert.equal(store.state.total, 31, 'snapshot 3 already contains event 3; event 4 is replayed on it');
});

test('applyEvent_BeforeFirstSnapshot_KeepsEventsForAfterIt', async () => {
  const { store } = counterStore([{ version: 2, total: 20 }]);
  const loading = store.refresh();
  store.applyEvent({ version: 2, add: 100 });
  store.applyEvent({ version: 3, add: 1 });
  await loading;
  assert.equal(store.state.total, 21);
  assert.equal(store.version, 3);
});

test('refresh_WhenFetchFails_KeepsStateAndSaysStale', async () => {
  const store = createStore({
    fetchSnapshot: (() => {
      let calls = 0;
      return async () => {
        calls += 1;
        if (calls > 1) throw new Error('offline');
        return { version: 1, total: 1 };
      };
    })(),
    reduce: (state) => state,
  });
  await store.refresh();
  await assert.rejects(store.refresh());
  assert.equal(store.status, 'stale');
  assert.equal(store.state.total, 1);
});

test('subscribe_TellsWhatChanged', async () => {
  const { store } = counterStore([{ version: 1, total: 0 }]);
  const changes = [];
  store.subscribe((state, change) => changes.push(change.type));
  await store.refresh();
  store.applyEvent({ version: 2, add: 1 });
  assert.deepEqual(changes, ['snapshot', 'event']);
});
