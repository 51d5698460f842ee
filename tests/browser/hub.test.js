// createHub against a stand-in for the SignalR client: when the first connection is made, what a call made before
// it is up does, and the delays of a crowd's retries. Timers are node's mock timers, advanced by tick().
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';

const connections = [];

class FakeConnection {
  constructor(retry) {
    this.retry = retry;
    this.state = 'Disconnected';
    this.starts = 0;
    this.handlers = {};
    this.pendingStart = null;
  }

  start() {
    this.starts += 1;
    return new Promise((resolve) => {
      this.pendingStart = () => { this.state = 'Connected'; resolve(); };
    });
  }

  async stop() { this.state = 'Disconnected'; }

  async invoke(method, ...args) { return { method, args }; }

  on() {}

  off() {}

  onreconnecting(fn) { this.handlers.reconnecting = fn; }

  onreconnected(fn) { this.handlers.reconnected = fn; }

  onclose(fn) { this.handlers.close = fn; }
}

globalThis.window = { addEventListener() {}, location: { pathname: '/', search: '', assign() {} } };
Object.defineProperty(globalThis, 'navigator', { value: { onLine: true }, configurable: true });
globalThis.signalR = {
  HubConnectionState: { Connected: 'Connected', Disconnected: 'Disconnected' },
  LogLevel: { Warning: 3 },
  HubConnectionBuilder: class {
    withUrl() { return this; }
    withAutomaticReconnect(retry) { this.retry = retry; return this; }
    configureLogging() { return this; }
    build() {
      const connection = new FakeConnection(this.retry);
      connections.push(connection);
      return connection;
    }
  },
};

const { createHub, retryDelay } = await import('../../wwwroot/js/hub.js');

function withRandom(value, run) {
  const real = Math.random;
  Math.random = () => value;
  try { return run(); } finally { Math.random = real; }
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

test('retryDelay_SpreadsACrowd_FirstRetryOverASecond_LaterOnesFromHalfToOneAndAHalf', () => {
  assert.equal(withRandom(0, () => retryDelay(0)), 0);
  assert.equal(withRandom(0.999, () => retryDelay(0)), 999);
  assert.equal(withRandom(0, () => retryDelay(1)), 500);
  assert.equal(withRandom(0.999, () => retryDelay(1)), 1_499);
  assert.equal(withRandom(0, () => retryDelay(3)), 2_000);
  assert.equal(withRandom(0.999, () => retryDelay(3)), 5_996);
  assert.equal(withRandom(0, () => retryDelay(30)), 2_500);
  assert.equal(withRandom(0.999, () => retryDelay(30)), 7_495);
  assert.equal(withRandom(0.5, () => retryDelay(30)), 5_000, 'late retries are about 5 s');
});

test('retryDelay_StaysWithinItsBounds_AndGrows', () => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const delay = retryDelay(attempt);
    assert.ok(delay >= 0 && delay <= 7_500, `attempt ${attempt}: ${delay}`);
  }
  const middle = (attempt) => withRandom(0.5, () => retryDelay(attempt));
  assert.ok(middle(1) < middle(2) && middle(2) < middle(3) && middle(3) < middle(4), 'early retries grow');
});

test('automaticReconnect_UsesTheSpreadDelays', () => {
  createHub('/hubs/test', { onUnauthorized: () => {} });
  const { retry } = connections.at(-1);
  assert.equal(withRandom(0.999, () => retry.nextRetryDelayInMilliseconds({ previousRetryCount: 0 })), 999);
  assert.equal(withRandom(0, () => retry.nextRetryDelayInMilliseconds({ previousRetryCount: 4 })), 2_500);
});

// A page draws itself from reads made just before its connection; a first connect delayed by the crowd's spread
// left a window in which a change came as no event (a lobby missed an adjournment, a panel page its close).
test('start_MakesThePagesFirstConnectionAtOnce_NotAfterTheSpread', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const hub = withRandom(0.999, () => createHub('/hubs/test', { onUnauthorized: () => {} }));
    const connection = connections.at(-1);
    withRandom(0.999, () => hub.start());
    mock.timers.tick(1);
    assert.equal(connection.starts, 1, 'the first connection is made without waiting for a retry delay');
  } finally {
    mock.timers.reset();
  }
});

test('onclose_RestartsSpreadWithinASecond', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const hub = createHub('/hubs/test', { onUnauthorized: () => {} });
    const connection = connections.at(-1);
    hub.start();
    mock.timers.tick(1);
    connection.pendingStart();
    await settle();
    assert.equal(hub.state, 'connected');

    connection.state = 'Disconnected';
    withRandom(0.6, () => connection.handlers.close());
    assert.equal(hub.state, 'reconnecting');
    mock.timers.tick(599);
    assert.equal(connection.starts, 1, 'not before its share of the second');
    mock.timers.tick(1);
    assert.equal(connection.starts, 2);
  } finally {
    mock.timers.reset();
  }
});

test('invoke_WhileTheFirstConnectionIsMade_WaitsForIt_AndRunsOnTheConnection', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let resynced = 0;
    const hub = createHub('/hubs/test', { onResync: () => { resynced += 1; }, onUnauthorized: () => {} });
    const connection = connections.at(-1);
    hub.start();
    mock.timers.tick(1);
    const call = hub.invoke('OpenSessionNow', 'session', 3);
    await settle();
    connection.pendingStart();
    assert.deepEqual(await call, { method: 'OpenSessionNow', args: ['session', 3] });
    assert.equal(resynced, 1);
  } finally {
    mock.timers.reset();
  }
});

test('invoke_WhenTheFirstConnectionDoesNotComeWithinTenSeconds_IsDisconnected', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const hub = createHub('/hubs/test', { onUnauthorized: () => {} });
    hub.start();
    mock.timers.tick(1);
    const call = hub.invoke('RequestFloor');
    await settle();
    mock.timers.tick(10_000);
    await assert.rejects(call, (error) => error.code === 'hub.disconnected');
  } finally {
    mock.timers.reset();
  }
});

test('invoke_AfterALossOnceConnected_IsDisconnectedAtOnce', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const hub = createHub('/hubs/test', { onUnauthorized: () => {} });
    const connection = connections.at(-1);
    hub.start();
    mock.timers.tick(1);
    connection.pendingStart();
    await settle();
    connection.state = 'Disconnected';
    connection.handlers.reconnecting();
    await assert.rejects(hub.invoke('RequestFloor'), (error) => error.code === 'hub.disconnected');
  } finally {
    mock.timers.reset();
  }
});
