// A poll's result says why in the page's language, from its reason code and numbers; every code the server's
// decision rules give has its words.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { resultReason } = await import('../../wwwroot/js/voting/reason.js');
const { default: en } = await import('../../wwwroot/js/i18n/en.js');

const english = 'Not adopted: no quorum; 4 of 10 voting delegations present, 6 required.';
const noQuorum = { reason: english, reasonCode: 'no_quorum', present: 4, eligible: 10, required: 6 };

test('resultReason_InChineseAndFrench_WordsTheCodeWithItsNumbers_NeverTheEnglishSentence', async () => {
  await i18n.setLanguage('zh');
  assert.equal(resultReason(noQuorum), '未达到法定人数：出席的有表决权代表团为4个（共10个），须有6个。');
  await i18n.setLanguage('fr');
  const text = resultReason({ reason: 'Not adopted: 1 in favour…', reasonCode: 'two_thirds_not_reached', required: 8 });
  assert.equal(text, 'Majorité des deux tiers des membres présents et votants non atteinte (8 requises).');
});

test('resultReason_WithoutAKnownCode_ShowsTheServersSentence', async () => {
  await i18n.setLanguage('ru');
  assert.equal(resultReason({ reason: english }), english);
  assert.equal(resultReason({ reason: english, reasonCode: 'unheard_of' }), english);
});

test('everyReasonCodeOfTheServer_HasItsWords', async () => {
  const source = await readFile(new URL('../../src/OnlineMinisterial.Domain/Voting/DecisionRules.cs', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('class ReasonCodes'));
  const codes = [...block.matchAll(/const string \w+ = "([a-z_]+)";/g)].map((m) => m[1]);
  assert.equal(codes.length, 9);
  assert.deepEqual(codes.filter((code) => !(`poll.reason.${code}` in en)), []);
});
