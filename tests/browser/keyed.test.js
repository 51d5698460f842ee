import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKeyedStores } from '../../wwwroot/js/keyed.js';

// Items { id, version, n }: full events replace an item, partial ones add to n.
function items(fetched = []) {
  const server = new Map();
  const keyed = createKeyedStores({
    idOf: (item) => item.id,
    fetchOne: async (id) => { fetched.push(id); return server.get(id); },
    reduce: (state, evt) => (evt.full ? evt.view : { ...state, version: evt.version, n: state.n + evt.add }),
  });
  return { keyed, server, fetched };
}
const full = (view) => ({ version: view.version, full: true, view });
const part = (version, add) => ({ version, full: false, add });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('keyed_EachItemKeepsItsOwnVersion', () => {
  const { keyed } = items();
  keyed.setSnapshots([{ id: 'a', version: 1, n: 0 }, { id: 'b', version: 10, n: 0 }]);
  keyed.applyEvent('a', part(2, 5));
  keyed.applyEvent('b', part(11, 1));
  assert.equal(keyed.get('a').n, 5);
  assert.equal(keyed.get('b').n, 1);
});

test('keyed_FullEventAfterAGap_IsTakenWithoutAFetch', () => {
  const { keyed, fetched } = items();
  keyed.setSnapshots([{ id: 'a', version: 1, n: 0 }]);
  keyed.applyEvent('a', full({ id: 'a', version: 5, n: 9 }));
  assert.equal(keyed.get('a').version, 5);
  assert.deepEqual(fetched, []);
});

test('keyed_OlderEvents_ChangeNothing', () => {
  const { keyed } = items();
  keyed.setSnapshots([{ id: 'a', version: 4, n: 1 }]);
  keyed.applyEvent('a', full({ id: 'a', version: 3, n: 100 }));
  keyed.applyEvent('a', part(4, 100));
  assert.equal(keyed.get('a').n, 1);
});

test('keyed_PartialEventAfterAGap_FetchesThatItemOnly', async () => {
  const { keyed, server, fetched } = items();
  keyed.setSnapshots([{ id: 'a', version: 1, n: 0 }, { id: 'b', version: 1, n: 0 }]);
  server.set('a', { id: 'a', version: 3, n: 7 });
  keyed.applyEvent('a', part(3, 2)); // version 2 was missed
  await tick();
  assert.deepEqual(fetched, ['a']);
  assert.equal(keyed.get('a').n, 7);
  assert.equal(keyed.get('b').n, 0);
});

test('keyed_UnknownItem_FromAFullEventIsAdded_FromAPartialOneIsFetched', async () => {
  const { keyed, server, fetched } = items();
  keyed.applyEvent('new', full({ id: 'new', version: 1, n: 1 }));
  assert.equal(keyed.get('new').n, 1);
  server.set('other', { id: 'other', version: 2, n: 4 });
  keyed.applyEvent('other', part(2, 4));
  await tick();
  assert.deepEqual(fetched, ['other']);
  assert.equal(keyed.get('other').n, 4);
  assert.deepEqual(keyed.values().map((v) => v.id), ['new', 'other']);
});

test('keyed_SubscribersHearWhichItemChanged', () => {
  const { keyed } = items();
  const heard = [];
  keyed.subscribe((id, state) => heard.push([id, state.n]));
  keyed.setSnapshots([{ id: 'a', version: 1, n: 0 }]);
  keyed.applyEvent('a', part(2, 3));
  assert.deepEqual(heard, [['a', 0], ['a', 3]]);
});
