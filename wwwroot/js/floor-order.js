// Pure helpers over the waiting list as everyone sees it: points of order, then statements, then rights of
// reply, each group in the chair's order. A request never leaves its kind's group.

/** 1-based place of the delegation's first waiting request; null when it is not waiting. */
export function placeOf(waiting, delegationId) {
  if (!delegationId) return null;
  const index = waiting.findIndex((r) => r.delegation?.id === delegationId);
  return index < 0 ? null : index + 1;
}

/** The delegation's own waiting requests, in display order. */
export function ownRequests(waiting, delegationId) {
  return delegationId ? waiting.filter((r) => r.delegation?.id === delegationId) : [];
}

export function nextUp(waiting, count = 3) {
  return waiting.slice(0, count);
}

/** Whether the request at index can move by delta (−1 up, +1 down) and stay inside its kind's group. */
export function canMove(waiting, index, delta) {
  const target = index + delta;
  return index >= 0 && target >= 0 && target < waiting.length && waiting[target].kind === waiting[index].kind;
}

/** The 0-based place in the whole waiting list the request moves to, or null when it cannot move that way. */
export function moveTarget(waiting, requestId, delta) {
  const index = waiting.findIndex((r) => r.requestId === requestId);
  return canMove(waiting, index, delta) ? index + delta : null;
}

/** Dragging a row onto another: allowed within the same kind only; → the target's 0-based place, or null. */
export function dropTarget(waiting, requestId, ontoRequestId) {
  const from = waiting.findIndex((r) => r.requestId === requestId);
  const to = waiting.findIndex((r) => r.requestId === ontoRequestId);
  if (from < 0 || to < 0 || from === to || waiting[from].kind !== waiting[to].kind) return null;
  return to;
}

/** The waiting list as it looks after a move, for the announcement and for an immediate redraw. */
export function moved(waiting, requestId, to) {
  const list = [...waiting];
  const from = list.findIndex((r) => r.requestId === requestId);
  if (from < 0 || to == null) return list;
  const [request] = list.splice(from, 1);
  list.splice(to, 0, request);
  return list;
}

const REQUEST_ACTIONS = {
  requestFloor: 'Statement',
  pointOfOrder: 'PointOfOrder',
  rightOfReply: 'RightOfReply',
};

/**
 * What a delegate may do now, each as { enabled, reason } (reason: an i18n key saying why not), plus
 * withdraw.request: the waiting request Withdraw takes back (the first of the delegation's, as "your place").
 * Only a person with a delegation has actions at all (observers, chair, secretariat get null).
 * The server decides in the end; this only spares people buttons that cannot work.
 */
export function delegateActions({ floor, session, delegationId, connected = true }) {
  if (!delegationId || !floor) return null;
  // Before the session opens, the chair may open the list for inscription: delegations put their names down then.
  const live = session?.state === 'Live' || (session?.state === 'Scheduled' && Boolean(floor.inscriptionOpen));
  const notLive = session?.state === 'Scheduled' ? 'floor.reason.inscriptionNotOpen' : 'floor.reason.notLive';
  const own = ownRequests(floor.waiting, delegationId);
  const speaking = floor.current?.delegation?.id === delegationId ? floor.current : null;
  const actions = {};
  for (const [action, kind] of Object.entries(REQUEST_ACTIONS)) {
    let reason = null;
    if (!live) reason = notLive;
    else if (floor.isClosed && kind !== 'PointOfOrder') reason = 'floor.reason.listClosed';
    else if (own.some((r) => r.kind === kind)) reason = 'floor.reason.alreadyWaiting';
    else if (speaking?.kind === kind) reason = 'floor.reason.speaking';
    else if (!connected) reason = 'floor.reason.offline';
    actions[action] = { enabled: reason === null, reason, kind };
  }
  const request = own[0] ?? null;
  let reason = null;
  if (!live) reason = notLive;
  else if (!request) reason = 'floor.reason.notWaiting';
  else if (!connected) reason = 'floor.reason.offline';
  actions.withdraw = { enabled: reason === null, reason, request };
  return actions;
}

/** Delegations whose code or name contains the query (case and accents ignored), codes that start with it first. */
export function filterDelegations(delegations, query) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return delegations;
  const hits = delegations.filter((d) => fold(d.code).includes(q) || fold(d.name).includes(q) || fold(d.given ?? '').includes(q));
  return hits.sort((a, b) => Number(!fold(a.code).startsWith(q)) - Number(!fold(b.code).startsWith(q)));
}
