// A feed that goes away says so more than once (hangup, detached, a failed connection): the viewer tries again once,
// never with two attempts answering on the same connection ("setLocalDescription ... in wrong state: stable").
import assert from 'node:assert/strict';
import { test } from 'node:test';

/** Like the browser's: an answer is set only on a connection holding the remote offer. */
class FakePeer {
  static made = [];
  constructor() {
    this.signalingState = 'stable';
    this.iceGatheringState = 'complete';
    this.connectionState = 'new';
    this.closed = false;
    FakePeer.made.push(this);
  }
  async setRemoteDescription() { await null; this.signalingState = 'have-remote-offer'; }
  async createAnswer() { await null; return { type: 'answer', sdp: 'v=0' }; }
  async setLocalDescription() {
    await null;
    if (this.signalingState !== 'have-remote-offer') throw new Error('Called in wrong state: stable');
    this.signalingState = 'stable';
    this.localDescription = { toJSON: () => ({ type: 'answer', sdp: 'v=0' }) };
  }
  close() { this.closed = true; }
  addEventListener() {}
  removeEventListener() {}
}

function fakeJanus() {
  const handles = [];
  return {
    handles,
    async attach() {
      const handle = { listeners: [], detached: 0, asks: [] };
      handle.onEvent = (fn) => handle.listeners.push(fn);
      handle.detach = () => { handle.detached += 1; };
      handle.ask = async (body) => { handle.asks.push(body.request); await null; return body.request === 'join' ? { jsep: { type: 'offer' } } : {}; };
      handle.emit = (event) => handle.listeners.forEach((fn) => fn(event));
      handles.push(handle);
      return handle;
    },
  };
}

const settle = async () => { for (let i = 0; i < 20; i++) await null; };

test('watchFeed_AFeedGoneTwiceAtOnce_IsAskedForAgainOnce_AndNoAnswerGoesToTheWrongConnection', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  globalThis.RTCPeerConnection = FakePeer;
  globalThis.MediaStream = class { addTrack() {} };
  FakePeer.made = [];
  const warnings = [];
  t.mock.method(console, 'warn', (message) => warnings.push(message));
  t.mock.method(console, 'info', () => {});
  const { watchFeed } = await import('../../wwwroot/js/media/subscriber.js');
  const janus = fakeJanus();
  const states = [];
  const watcher = watchFeed(janus, { room: 1, pin: 'p' }, 42, { play: async () => {} }, (s) => states.push(s));
  await settle();
  assert.equal(janus.handles.length, 1);
  assert.deepEqual(janus.handles[0].asks, ['join', 'start']);

  // The publisher leaves: Janus says "left" and then "hangup" for the same subscription.
  janus.handles[0].emit({ plugindata: { data: { left: 42 } } });
  janus.handles[0].emit({ janus: 'hangup' });
  assert.equal(janus.handles[0].detached, 1, 'the gone subscription is let go once');
  assert.ok(FakePeer.made[0].closed);

  t.mock.timers.tick(2000);
  await settle();
  t.mock.timers.tick(2000);
  await settle();
  assert.equal(janus.handles.length, 2, 'one new attempt, not one per notice');
  assert.deepEqual(janus.handles[1].asks, ['join', 'start']);
  assert.deepEqual(warnings, []);
  assert.deepEqual(states, ['waiting']);
  watcher.stop();
  assert.equal(janus.handles[1].detached, 1);
});
