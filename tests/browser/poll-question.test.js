// A poll without a question of its own is worded in the viewer's language from its subject's parts; a question the
// secretariat typed is shown as typed, in every language.
import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { pollQuestion } = await import('../../wwwroot/js/voting/question.js');

const declaration = { question: null, wording: { declarationTitle: 'Vienna Declaration on Precursors', declarationVersion: 3 } };
const amendment = {
  question: null,
  wording: { proposer: { code: 'KAZ', name: 'Kazakhstan' }, amendmentKind: 'InsertAfter', paragraphLabel: 'OP5' },
};

test('pollQuestion_InFrench_WordsTheDeclarationAndTheAmendment', async () => {
  await i18n.setLanguage('fr');
  assert.equal(pollQuestion(declaration), 'Adopter « Vienna Declaration on Precursors » tel que publié dans sa version 3 ?');
  assert.equal(pollQuestion(amendment), 'Accepter l’amendement de Kazakhstan visant à insérer un paragraphe après OP5 ?');
});

test('pollQuestion_InChinese_NamesTheProposerInChinese_AndUsesNoEnglishWord', async () => {
  await i18n.setLanguage('zh');
  const text = pollQuestion(amendment);
  assert.equal(text, '是否接受哈萨克斯坦提出的在OP5之后插入一段的修正案？');
  assert.ok(!/Accept|amendment|Kazakhstan/.test(text), text);
  assert.equal(pollQuestion({ ...amendment, wording: { ...amendment.wording, amendmentKind: 'Delete' } }), '是否接受哈萨克斯坦提出的删除OP5的修正案？');
});

test('pollQuestion_ATypedQuestion_IsShownAsTyped_InEveryLanguage', async () => {
  for (const language of ['ar', 'en', 'ru']) {
    await i18n.setLanguage(language);
    assert.equal(pollQuestion({ ...declaration, question: 'Shall the text be adopted by consensus?' }), 'Shall the text be adopted by consensus?');
  }
  assert.equal(pollQuestion({ question: null, wording: null }), '');
});

test('pollQuestion_InEnglish_IsTheSentenceTheServerOnceStored', async () => {
  await i18n.setLanguage('en');
  assert.equal(pollQuestion(declaration), 'Adopt “Vienna Declaration on Precursors” as published in version 3?');
  assert.equal(pollQuestion({ ...amendment, wording: { ...amendment.wording, amendmentKind: 'Replace' } }), 'Accept the amendment by Kazakhstan to replace OP5?');
});
