// Casting a vote so it is never lost and never counted twice. Each attempt (a poll and a choice the seat holder
// confirmed) gets one idempotency key; until a receipt comes back the attempt is kept (in sessionStorage, so a
// reload keeps it too) and sent again with the same key after a reconnect: the server returns the first receipt
// for a key it has already counted. Receipts are kept on this device to show after a reload.

const ATTEMPT_PREFIX = 'om.cast.';
const RECEIPT_PREFIX = 'om.receipt.';

/** A storage that never throws (private windows, full quotas): the in-memory fallback still works for the page. */
export function safeStorage(kind) {
  const memory = new Map();
  const fallback = {
    getItem: (k) => (memory.has(k) ? memory.get(k) : null),
    setItem: (k, v) => memory.set(k, String(v)),
    removeItem: (k) => memory.delete(k),
  };
  try {
    const storage = globalThis[kind];
    if (!storage) return fallback;
    const probe = '__om_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return fallback;
  }
}

function read(storage, key) {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(storage, key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only costs the reload case; the attempt still lives in the page.
  }
}

const newKey = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * createCastAttempts(storage, randomKey?) → { begin(pollId, choice), pending(pollId), settle(pollId, key) }
 * begin makes a new attempt with a fresh key (a new choice is a new cast); pending returns the unsent one to
 * retry with its own key; settle forgets it once its receipt (or a refusal) is in.
 */
export function createCastAttempts(storage, randomKey = newKey) {
  const attempts = new Map();
  return {
    begin(pollId, choice) {
      const attempt = { pollId, choice, key: randomKey() };
      attempts.set(pollId, attempt);
      write(storage, ATTEMPT_PREFIX + pollId, attempt);
      return attempt;
    },
    pending(pollId) {
      if (!attempts.has(pollId)) {
        const stored = read(storage, ATTEMPT_PREFIX + pollId);
        if (stored?.key) attempts.set(pollId, stored);
      }
      return attempts.get(pollId) ?? null;
    },
    settle(pollId, key) {
      if (this.pending(pollId)?.key !== key) return; // a newer attempt replaced it; keep that one
      attempts.delete(pollId);
      try {
        storage.removeItem(ATTEMPT_PREFIX + pollId);
      } catch {
        // see write()
      }
    },
  };
}

/**
 * createReceiptBook(storage) → { save(receipt), get(pollId, delegationId) }
 * Keeps the latest receipt per poll and delegation. A secret poll's receipt has no choice and none is stored.
 */
export function createReceiptBook(storage) {
  const key = (pollId, delegationId) => `${RECEIPT_PREFIX}${pollId}.${delegationId}`;
  return {
    save(receipt) {
      const held = read(storage, key(receipt.pollId, receipt.delegationId));
      // A late answer to an older cast must not replace the receipt of a newer one.
      if (held && held.sequence > receipt.sequence) return held;
      const kept = {
        receiptId: receipt.receiptId,
        pollId: receipt.pollId,
        delegationId: receipt.delegationId,
        sequence: receipt.sequence,
        castAt: receipt.castAt,
        choice: receipt.choice ?? null,
      };
      write(storage, key(receipt.pollId, receipt.delegationId), kept);
      return kept;
    },
    get(pollId, delegationId) {
      return read(storage, key(pollId, delegationId));
    },
  };
}

/**
 * True when a cast failed because the connection went, not because the server refused it: then the same
 * attempt is sent again. A refusal carries a code from the server ([poll.not_open] …).
 */
export function isTransient(error) {
  if (error?.code === 'hub.disconnected') return true;
  if (error?.code !== 'server.unexpected') return false;
  return /connection|invocation canceled|disconnected|websocket|transport|network|timed? ?out/i.test(error.message ?? '');
}
