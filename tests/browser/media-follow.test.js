import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const { followFloorWithMedia } = await import('../../wwwroot/js/media/follow.js');

/** A page's live session and panel stores, reduced to what the media follower listens to. */
function pageStores() {
  const floorListeners = [];
  const sessionListeners = [];
  const panelListeners = [];
  const live = {
    sessionId: 'session-1',
    session: { state: 'Live' },
    store: { state: { current: null }, subscribe: (fn) => floorListeners.push(fn) },
    onSession: (fn) => sessionListeners.push(fn),
  };
  const panel = { stage: { version: 1, panelists: [] }, onExtra: (fn) => panelListeners.push(fn) };
  const emit = (listeners) => listeners.forEach((fn) => fn());
  return { live, panel, floor: () => emit(floorListeners), sessionChanged: () => emit(sessionListeners), extra: () => emit(panelListeners) };
}

async function follow(page, options = {}) {
  let refreshes = 0;
  await followFloorWithMedia({}, page.live, { ...options, createStage: async () => ({ refresh: () => { refreshes += 1; } }) });
  return () => refreshes;
}

test('mediaFollow_AsksAgainWhenTheSpeakerChangesOrPauses_NotOnOtherFloorChanges', async () => {
  const page = pageStores();
  const refreshes = await follow(page);
  page.floor();
  assert.equal(refreshes(), 1);
  page.floor(); // the same speaker, the same state: nothing new to ask
  assert.equal(refreshes(), 1);
  page.live.store.state = { current: { requestId: 'r1', pausedAtMs: null } };
  page.floor();
  page.live.store.state = { current: { requestId: 'r1', pausedAtMs: 1000 } };
  page.floor();
  assert.equal(refreshes(), 3);
  page.live.session = { state: 'Closed' };
  page.sessionChanged();
  assert.equal(refreshes(), 4);
});

test('mediaFollow_OnAPanel_AsksAgainWhenTheStageChanges', async () => {
  const page = pageStores();
  const refreshes = await follow(page, { panel: page.panel });
  page.floor();
  assert.equal(refreshes(), 1);
  page.extra(); // an upvote or the video link: the stage is the same
  assert.equal(refreshes(), 1);
  page.panel.stage = { version: 2, panelists: [{ personId: 'p1' }] };
  page.extra();
  assert.equal(refreshes(), 2);
});

test('mediaFollow_WithoutMedia_ListensToNothing', async () => {
  const page = pageStores();
  await followFloorWithMedia({}, page.live, { createStage: async () => null });
  assert.doesNotThrow(() => page.floor());
});
