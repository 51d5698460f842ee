import assert from 'node:assert/strict';
import { test } from 'node:test';

const { applySessionCancelled, applySessionChanged, byTime, mergeSessions } = await import('../../wwwroot/js/views/lobby/sessions.js');

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

test('byTime_ARescheduleThatPutsASessionEarlier_MovesItUp', () => {
  const opening = { ...session, id: 'a', ordinal: 1, startsAt: '2026-11-30T14:00:00Z' };
  const panel = { ...session, id: 'b', ordinal: 2, startsAt: '2026-11-30T15:00:00Z' };
  const last = { ...session, id: 'c', ordinal: 3, startsAt: '2026-11-30T16:00:00Z' };
  const rescheduled = applySessionChanged([opening, panel, last], { ...changed({ version: 9 }), sessionId: 'c', ordinal: 3, startsAt: '2026-11-30T13:30:00Z' });
  assert.deepEqual(byTime(rescheduled).map((s) => s.id), ['c', 'a', 'b']);
});

test('byTime_SameStart_KeepsAgendaOrder', () => {
  const one = { ...session, id: 'x', ordinal: 2 };
  const two = { ...session, id: 'y', ordinal: 1 };
  assert.deepEqual(byTime([one, two]).map((s) => s.id), ['y', 'x']);
});

test('mergeSessions_TheAgendaReadAgain_KeepsANewerVersionAnEventBroughtWhileItWasRead', () => {
  const adjourned = { ...session, state: 'Suspended', version: 4 };
  const other = { ...session, id: 's2', version: 1 };
  const read = [{ ...session, state: 'Live', version: 3 }, { ...other, title: 'Renamed', version: 2 }];
  const merged = mergeSessions([adjourned, other], read);
  assert.deepEqual(merged.map((s) => [s.id, s.state, s.version]), [['s1', 'Suspended', 4], ['s2', 'Scheduled', 2]]);
  assert.equal(merged[1].title, 'Renamed');
});

test('mergeSessions_ASessionCancelledSinceTheRead_StaysOff', () => {
  const cancelled = new Map([['s1', 3]]);
  assert.deepEqual(mergeSessions([], [{ ...session, version: 3 }], cancelled), []);
  assert.deepEqual(mergeSessions([], [{ ...session, version: 4 }], cancelled).map((s) => s.version), [4]);
});
