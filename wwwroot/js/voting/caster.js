// Sends the seat holder's votes. One attempt per confirmed choice (ballot.js keeps its idempotency key); a cast
// that failed because the connection went stays "waiting" and is sent again, with the same key, as soon as the
// hub is back (retryPending from onResync), so it is never lost and never counted twice.
import { createCastAttempts, createReceiptBook, isTransient, safeStorage } from './ballot.js';

/**
 * createCaster({ hub, delegationId, onChange }) →
 * { cast(pollId, choice), retryPending(polls), status(pollId), receipt(pollId) }
 * status: { phase: 'idle' | 'sending' | 'waiting' | 'failed', attempt, error }
 */
export function createCaster({ hub, delegationId, onChange }) {
  const attempts = createCastAttempts(safeStorage('sessionStorage'));
  const receipts = createReceiptBook(safeStorage('localStorage'));
  const phases = new Map();

  function set(pollId, status) {
    phases.set(pollId, status);
    onChange?.(pollId);
  }

  async function send(attempt) {
    set(attempt.pollId, { phase: 'sending', attempt });
    try {
      const receipt = await hub.invoke('CastVote', attempt.pollId, attempt.choice, attempt.key);
      // A secret poll's receipt carries no choice; the recorded one keeps it to show the current vote.
      receipts.save(receipt);
      attempts.settle(attempt.pollId, attempt.key);
      if (attempts.pending(attempt.pollId)) return; // a newer choice is on its way; its status stands
      set(attempt.pollId, { phase: 'idle', attempt: null });
    } catch (error) {
      if (attempts.pending(attempt.pollId)?.key !== attempt.key) return;
      if (isTransient(error)) {
        set(attempt.pollId, { phase: 'waiting', attempt });
      } else {
        attempts.settle(attempt.pollId, attempt.key);
        set(attempt.pollId, { phase: 'failed', attempt, error });
      }
    }
  }

  return {
    cast(pollId, choice) {
      return send(attempts.begin(pollId, choice));
    },
    /** After a (re)connect: sends again every attempt still without a receipt, with its own key. */
    retryPending(polls) {
      for (const poll of polls) {
        const attempt = attempts.pending(poll.pollId);
        // Sent even if the poll has closed meanwhile: the server answers a key it has counted with its
        // receipt before looking at the state, and refuses one it has not.
        if (attempt && phases.get(poll.pollId)?.phase !== 'sending') send(attempt);
      }
    },
    /** Sends the waiting attempt again now (the person pressed "send again"). */
    retry(pollId) {
      const attempt = attempts.pending(pollId);
      if (attempt) send(attempt);
    },
    status(pollId) {
      if (phases.has(pollId)) return phases.get(pollId);
      // After a reload: an attempt in session storage that never got its receipt.
      const attempt = attempts.pending(pollId);
      return attempt ? { phase: 'waiting', attempt } : { phase: 'idle', attempt: null };
    },
    dismiss(pollId) {
      set(pollId, { phase: 'idle', attempt: null });
    },
    receipt(pollId) {
      return delegationId ? receipts.get(pollId, delegationId) : null;
    },
  };
}
