import assert from 'node:assert/strict';
import { test } from 'node:test';

const { applySessionCancelled, applySessionChanged } = await import('../../wwwroot/js/views/lobby/sessions.js');

const session = { id: 's1', title: 'Panel I', kind: 'Panel', state: 'Scheduled', startsAt: '2026-11-30T15:00:00Z', endsAt: '2026-11-30T15:45:00Z', chair: { id: 'm', displayName: 'Moderator' }, ordinal: 3, videoUrl: null, version: 2 };
const changed = (over) => ({ sessionId: 's1', title: 'Panel I', kind: 'Panel', state: 'Scheduled', startsAt: '2026-11-30T16:00:00Z', endsAt: '2026-11-30T16:45:00Z', chair: session.chair, ordinal: 3, videoUrl: null, version: 3, ...over });

test('applySessionChanged_ANewerVersion_ReplacesTheSessionWhole', () => {
  const next = applySessionChanged([session], changed({ version: 5 }));
  assert.equal(next.length, 1);
  assert.equal(next[0].startsAt, '2026-11-30T16:00:00Z');
  assert.equal(next[0].version, 5);
});

test('applySessionChanged_AnOlderOrRepeatedVersion_ChangesNothing', () => {
  const sessions = [session];
  assert.equal(applySessionChanged(sessions, changed({ version: 2 })), sessions);
  assert.equal(applySessionChanged(sessions, changed({ version: 1 })), sessions);
});

test('applySessionChanged_AnUnknownSession_IsAdded', () => {
  const next = applySessionChanged([session], changed({ sessionId: 's2', version: 0 }));
  assert.deepEqual(next.map((s) => s.id), ['s1', 's2']);
});

test('applySessionCancelled_RemovesIt_AndALateOlderChangeCannotBringItBack', () => {
  const cancelled = new Map();
  const next = applySessionCancelled([session], { sessionId: 's1', version: 3 }, cancelled);
  assert.deepEqual(next, []);
  assert.deepEqual(applySessionChanged(next, changed({ version: 3 }), cancelled), []);
});
