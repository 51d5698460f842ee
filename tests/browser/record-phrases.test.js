// The record's JSON keeps the quorum and an amendment decision's subject as English phrases; the record page words
// them in its language, as the PDF does.
import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { decisionSubject, quorumText } = await import('../../wwwroot/js/views/record/phrases.js');

test('quorumText_InFrenchAndChinese_WordsEachKindOfQuorum', async () => {
  await i18n.setLanguage('fr');
  assert.equal(quorumText('majority of voting delegations present'), 'majorité des délégations votantes présentes');
  assert.equal(quorumText('30 voting delegations present'), '30 délégations votantes présentes');
  assert.equal(quorumText('0.5 of voting delegations present'), '0,5 des délégations votantes présentes');
  await i18n.setLanguage('zh');
  assert.equal(quorumText('30 voting delegations present'), '出席的有表决权代表团30个');
});

test('decisionSubject_InSpanish_IsTheAmendmentsTitle_AndAnythingElseStaysAsItIs', async () => {
  await i18n.setLanguage('es');
  assert.equal(decisionSubject('Amendment to OP1 (Replace)'), i18n.t('amend.title.Replace', { label: 'OP1' }));
  assert.ok(!decisionSubject('Amendment to OP1 (Replace)').includes('Amendment'));
  assert.equal(decisionSubject('Declaration of the 7th Online Ministerial'), 'Declaration of the 7th Online Ministerial');
  await i18n.setLanguage('en');
  assert.equal(quorumText('majority of voting delegations present'), 'majority of voting delegations present');
});
