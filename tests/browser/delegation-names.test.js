// The lists of the voting, declaration and floor pages name delegations in the UI language, by code, never with
// the English name the server sends; and they sort as that language sorts.
import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { compareNames, namedDelegations } = await import('../../wwwroot/js/names.js');
const { delegationIndex } = await import('../../wwwroot/js/voting/connection.js');
const { delegationName } = await import('../../wwwroot/js/voting/format.js');
const { recordedRows } = await import('../../wwwroot/js/voting/polls.js');
const { normalizeTotals } = await import('../../wwwroot/js/floor.js');

// As GET /api/conference sends them: the names the secretariat entered, in English.
const delegations = [
  { id: 'k', code: 'KAZ', name: 'Kazakhstan', votes: true },
  { id: 'e', code: 'EGY', name: 'Egypt', votes: true },
  { id: 'w', code: 'WHO', name: 'World Health Organization', votes: false },
  { id: 'z', code: 'ZZZ', name: 'Unlisted Observer', votes: false },
];

test('delegationIndex_InChinese_NamesEveryDelegationInChinese_AndKeepsTheEnteredName', async () => {
  await i18n.setLanguage('zh');

  const names = delegationIndex(delegations);

  assert.equal(names.get('k').name, '哈萨克斯坦');
  assert.equal(names.get('e').name, '埃及');
  assert.equal(names.get('w').name, '世界卫生组织');
  assert.equal(names.get('z').name, 'Unlisted Observer', 'a code without a standard name keeps the entered one');
  assert.equal(names.get('k').given, 'Kazakhstan');
  assert.equal(names.get('k').votes, true);
  assert.equal(delegationName(names, 'k'), '哈萨克斯坦');
  assert.equal(delegationName(names, 'nobody'), i18n.t('common.unknownDelegation'));
});

test('recordedRows_InArabic_NamesAndSortsInArabic', async () => {
  await i18n.setLanguage('ar');
  const names = delegationIndex(delegations.slice(0, 2));

  const rows = recordedRows({
    rollCallOrder: [], notYetVoted: [],
    result: { recordedVotes: [{ delegationId: 'k', choice: 'Yes' }, { delegationId: 'e', choice: 'No' }] },
  }, names);

  // Kāf (ك) comes before mīm (م) in the Arabic alphabet: the reverse of Egypt before Kazakhstan in English.
  assert.deepEqual(rows.map((r) => r.name), ['كازاخستان', 'مصر']);
  assert.ok(rows.every((r) => !/[A-Za-z]/.test(r.name)), rows.map((r) => r.name).join(', '));
});

test('normalizeTotals_BreaksTiesByTheNameInTheUILanguage', async () => {
  // English puts Egypt before Germany; Russian puts Германия before Египет.
  const totals = [
    { delegation: { id: 'e', code: 'EGY', name: 'Egypt' }, spokenSeconds: 60, count: 1 },
    { delegation: { id: 'd', code: 'DEU', name: 'Germany' }, spokenSeconds: 60, count: 1 },
    { delegation: { id: 'k', code: 'KAZ', name: 'Kazakhstan' }, spokenSeconds: 90, count: 2 },
  ];
  await i18n.setLanguage('en');
  assert.deepEqual(normalizeTotals(totals).map((r) => r.delegation.code), ['KAZ', 'EGY', 'DEU']);

  await i18n.setLanguage('ru');
  assert.deepEqual(normalizeTotals(totals).map((r) => r.delegation.code), ['KAZ', 'DEU', 'EGY']);
  assert.ok(compareNames('Германия', 'Египет') < 0);
});

test('namedDelegations_InEnglish_KeepsTheEnteredNames', async () => {
  await i18n.setLanguage('en');
  assert.equal(namedDelegations(delegations).get('w').name, 'World Health Organization');
});
