import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resyncFloor } from '../../wwwroot/js/views/floor/resync.js';

/** A step that records when it started and finishes only when released. */
function step(log, name, { fails = false } = {}) {
  let release;
  const done = new Promise((resolve, reject) => { release = () => (fails ? reject(new Error(name)) : resolve()); });
  const run = () => { log.push(`${name} started`); return done.then(() => log.push(`${name} done`)); };
  return { run, release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('resyncFloor_ReadsTheSessionOnlyAfterTheJoinHasPutTheConnectionInItsGroups', async () => {
  const log = [];
  const join = step(log, 'join');
  const reread = step(log, 'reread');
  const running = resyncFloor({ join: join.run, rereadSession: reread.run });
  await tick();
  assert.deepEqual(log, ['join started']);
  join.release();
  await tick();
  assert.deepEqual(log, ['join started', 'join done', 'reread started']);
  reread.release();
  await running;
  assert.deepEqual(log.at(-1), 'reread done');
});

test('resyncFloor_WhenTheJoinFails_StillReadsTheSession_AndReportsTheFailure', async () => {
  const log = [];
  const join = step(log, 'join', { fails: true });
  const reread = step(log, 'reread');
  const running = resyncFloor({ join: join.run, rereadSession: reread.run });
  join.release();
  await tick();
  assert.ok(log.includes('reread started'));
  reread.release();
  await assert.rejects(running, /join/);
});

test('resyncFloor_AfterAReconnect_ReadsThePersonBesideTheJoin', async () => {
  const log = [];
  const join = step(log, 'join');
  const reread = step(log, 'reread');
  const account = step(log, 'account');
  const running = resyncFloor({ join: join.run, rereadSession: reread.run, refreshAccount: account.run });
  await tick();
  assert.deepEqual(log, ['account started', 'join started']);
  account.release();
  join.release();
  reread.release();
  await running;
  assert.ok(log.includes('reread done') && log.includes('account done'));
});
