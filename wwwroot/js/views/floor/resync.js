// What a floor page does each time its hub is connected: join the session, then read the session again.
// The session's state has no snapshot on the hub and SessionStateChanged reaches a connection only once JoinSession
// has put it in the session's groups, so the read comes after the join: a change committed before the read is in
// it, one committed after reaches the page as an event. Read side by side, a close committed between the read and
// the join was in neither.

/**
 * resyncFloor({ join, rereadSession, refreshAccount }) → a promise settled when all three are done.
 * refreshAccount is null on the first connect (the page was drawn from a fresh read of the person).
 * The session is read again even when the join failed (the join is then tried again on its own).
 */
export async function resyncFloor({ join, rereadSession, refreshAccount = null }) {
  const account = refreshAccount?.();
  try {
    await join();
  } finally {
    await Promise.all([rereadSession(), account]);
  }
}
