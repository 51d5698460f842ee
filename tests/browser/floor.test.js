import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFloorStore, normalizeFloor, reduceFloor } from '../../wwwroot/js/floor.js';
import {
  canMove, delegateActions, dropTarget, filterDelegations, moved, moveTarget, nextUp, placeOf,
} from '../../wwwroot/js/floor-order.js';

const d = (code) => ({ id: `id-${code}`, code, name: code });
const req = (code, kind = 'Statement') => ({ requestId: `r-${code}-${kind}`, delegation: d(code), kind, onBehalfOfGroup: false });
// Display order as the hub sends it: points of order, statements, replies.
const waiting = [req('CAN', 'PointOfOrder'), req('MEX'), req('USA'), req('KAZ'), req('FRA', 'RightOfReply'), req('KAZ', 'RightOfReply')];
const floor = (over = {}) => normalizeFloor({ version: 3, isClosed: false, limits: {}, current: null, waiting, speeches: [], ...over });
const live = { state: 'Live' };

test('normalizeFloor_TakesLimitsInSecondsAndKeepsTheServersOrder', () => {
  const state = floor({ limits: { statementSeconds: 180, pointOfOrderSeconds: null } });
  assert.deepEqual(state.limits, { statement: 180, pointOfOrder: null });
  assert.deepEqual(state.waiting.map((r) => r.delegation.code), ['CAN', 'MEX', 'USA', 'KAZ', 'FRA', 'KAZ']);
  assert.equal(state.totals, null);
});

test('normalizeFloor_SortsTotalsLongestFirst', () => {
  const state = floor({ totals: [{ delegation: d('A'), spokenSeconds: 10, count: 1 }, { delegation: d('B'), spokenSeconds: 90, count: 2 }] });
  assert.deepEqual(state.totals.map((row) => row.delegation.code), ['B', 'A']);
});

test('reduceFloor_TakesTheWholeFloorTheEventCarries', () => {
  const next = reduceFloor(floor(), { version: 4, floor: { version: 4, isClosed: true, waiting: [req('IND')], speeches: [] } });
  assert.equal(next.isClosed, true);
  assert.deepEqual(next.waiting.map((r) => r.delegation.code), ['IND']);
  assert.equal(reduceFloor(floor(), { version: 4 }).incomplete, true);
});

test('floorStore_AppliesFloorChangedInVersionOrder', async () => {
  const store = createFloorStore(async () => ({ version: 3, waiting, speeches: [] }));
  await store.refresh();
  store.applyEvent({ version: 4, floor: { version: 4, waiting: [req('IND')], speeches: [] } });
  store.applyEvent({ version: 4, floor: { version: 4, waiting: [], speeches: [] } });
  assert.equal(store.version, 4);
  assert.equal(store.state.waiting.length, 1);
});

test('placeOf_IsTheFirstWaitingRequestOfTheDelegation', () => {
  assert.equal(placeOf(waiting, 'id-KAZ'), 4);
  assert.equal(placeOf(waiting, 'id-BRA'), null);
  assert.equal(placeOf(waiting, undefined), null);
  assert.deepEqual(nextUp(waiting).map((r) => r.delegation.code), ['CAN', 'MEX', 'USA']);
});

test('canMove_KeepsARequestInsideItsKindsGroup', () => {
  assert.equal(canMove(waiting, 1, -1), false, 'first statement cannot pass the point of order');
  assert.equal(canMove(waiting, 2, -1), true);
  assert.equal(canMove(waiting, 3, +1), false, 'last statement cannot pass the replies');
  assert.equal(canMove(waiting, 5, +1), false);
  assert.equal(moveTarget(waiting, 'r-USA-Statement', +1), 3);
  assert.equal(moveTarget(waiting, 'r-MEX-Statement', -1), null);
});

test('dropTarget_AcceptsOnlyRowsOfTheSameKind', () => {
  assert.equal(dropTarget(waiting, 'r-KAZ-Statement', 'r-MEX-Statement'), 1);
  assert.equal(dropTarget(waiting, 'r-KAZ-Statement', 'r-CAN-PointOfOrder'), null);
  assert.equal(dropTarget(waiting, 'r-KAZ-Statement', 'r-KAZ-Statement'), null);
});

test('moved_ShowsTheListAfterAMove', () => {
  assert.deepEqual(moved(waiting, 'r-KAZ-Statement', 1).map((r) => r.delegation.code), ['CAN', 'KAZ', 'MEX', 'USA', 'FRA', 'KAZ']);
});

test('delegateActions_WhenAlreadyWaiting_OffersWithdrawOfTheFirstRequest', () => {
  const actions = delegateActions({ floor: floor(), session: live, delegationId: 'id-KAZ' });
  assert.equal(actions.requestFloor.reason, 'floor.reason.alreadyWaiting');
  assert.equal(actions.rightOfReply.reason, 'floor.reason.alreadyWaiting');
  assert.equal(actions.pointOfOrder.enabled, true);
  assert.equal(actions.withdraw.request.requestId, 'r-KAZ-Statement');
});

test('delegateActions_WhenListClosed_AllowsOnlyAPointOfOrder', () => {
  const actions = delegateActions({ floor: floor({ isClosed: true }), session: live, delegationId: 'id-BRA' });
  assert.equal(actions.requestFloor.reason, 'floor.reason.listClosed');
  assert.equal(actions.rightOfReply.reason, 'floor.reason.listClosed');
  assert.equal(actions.pointOfOrder.enabled, true);
  assert.equal(actions.withdraw.reason, 'floor.reason.notWaiting');
});

test('delegateActions_WhenSessionNotLiveOrOffline_SaysWhy', () => {
  const notLive = delegateActions({ floor: floor(), session: { state: 'Suspended' }, delegationId: 'id-KAZ' });
  assert.deepEqual(Object.values(notLive).map((a) => a.reason), Array(4).fill('floor.reason.notLive'), 'withdraw too: the hub takes nothing from delegates then');
  const notOpen = delegateActions({ floor: floor(), session: { state: 'Scheduled' }, delegationId: 'id-KAZ' });
  assert.deepEqual(Object.values(notOpen).map((a) => a.reason), Array(4).fill('floor.reason.inscriptionNotOpen'));
  assert.equal(delegateActions({ floor: floor(), session: live, delegationId: 'id-BRA', connected: false }).requestFloor.reason, 'floor.reason.offline');
});

test('delegateActions_BeforeTheSessionOpens_WithInscriptionOpen_LetsTheDelegationInscribe', () => {
  const inscription = floor({ inscriptionOpen: true, waiting: [req('KAZ')] });
  const actions = delegateActions({ floor: inscription, session: { state: 'Scheduled' }, delegationId: 'id-KAZ' });
  assert.equal(inscription.inscriptionOpen, true);
  assert.equal(actions.withdraw.enabled, true);
  assert.equal(actions.pointOfOrder.enabled, true);
  assert.equal(actions.requestFloor.reason, 'floor.reason.alreadyWaiting');
  const closed = delegateActions({ floor: floor({ inscriptionOpen: true }), session: { state: 'Closed' }, delegationId: 'id-KAZ' });
  assert.equal(closed.requestFloor.reason, 'floor.reason.notLive');
});

test('normalizeFloor_KeepsTheSpeechsOwnAllowedTime', () => {
  const state = floor({ current: { delegation: d('BRA'), kind: 'Statement', startedAt: '2026-11-29T10:00:00Z', endsAt: '2026-11-29T10:03:45Z', allowedSeconds: 225 } });
  assert.equal(state.current.allowedSeconds, 225);
});

test('delegateActions_WhileSpeaking_RefusesTheSameKindAgain', () => {
  const speaking = floor({ current: { delegation: d('BRA'), kind: 'Statement', startedAt: '2026-11-29T10:00:00Z' } });
  const actions = delegateActions({ floor: speaking, session: live, delegationId: 'id-BRA' });
  assert.equal(actions.requestFloor.reason, 'floor.reason.speaking');
  assert.equal(actions.rightOfReply.enabled, true);
});

test('delegateActions_WithoutDelegation_IsNull', () => {
  assert.equal(delegateActions({ floor: floor(), session: live, delegationId: null }), null);
});

test('filterDelegations_MatchesCodeOrNameIgnoringAccentsCodesFirst', () => {
  const all = [{ code: 'TUR', name: 'Türkiye' }, { code: 'AUS', name: 'Australia' }, { code: 'USA', name: 'United States' }];
  assert.deepEqual(filterDelegations(all, 'turk').map((x) => x.code), ['TUR']);
  assert.deepEqual(filterDelegations(all, 'us').map((x) => x.code), ['USA', 'AUS']);
  assert.equal(filterDelegations(all, '  ').length, 3);
});

test('catalogue_HasTheKeysBuiltFromKindsAndReasons', async () => {
  const { default: en } = await import('../../wwwroot/js/i18n/en.js');
  const { KINDS } = await import('../../wwwroot/js/floor.js');
  const reasons = ['notLive', 'inscriptionNotOpen', 'listClosed', 'alreadyWaiting', 'speaking', 'notWaiting', 'offline'].map((r) => `floor.reason.${r}`);
  const missing = [...KINDS.map((k) => `floor.kind.${k}`), ...reasons, 'ordinal'].filter((key) => !(key in en));
  assert.deepEqual(missing, []);
});
