// How text runs in each language: a label meets its value, lists are joined and a place on the list is said
// with the language's own punctuation (full-width in Chinese, a narrow no-break space before French colons).
import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { listOf } = await import('../../wwwroot/js/voting/format.js');

test('labelValue_UsesEachLanguagesColon', async () => {
  const seen = {};
  for (const code of ['en', 'zh', 'fr', 'ar', 'ru', 'es']) {
    await i18n.setLanguage(code);
    seen[code] = i18n.labelValue('L', 'V');
  }
  assert.deepEqual(seen, { en: 'L: V', zh: 'L：V', fr: 'L\u202f: V', ar: 'L: V', ru: 'L: V', es: 'L: V' });
});

test('formatList_JoinsWithTheLanguagesConjunction_OrOnlyItsSeparator', async () => {
  await i18n.setLanguage('zh');
  assert.equal(i18n.formatList(['甲', '乙', '丙']), '甲、乙和丙');
  assert.equal(i18n.formatList(['甲', '乙', '丙'], 'plain'), '甲、乙、丙');
  assert.equal(listOf(['甲', '乙']), '甲和乙');

  await i18n.setLanguage('ar');
  assert.equal(i18n.formatList(['أ', 'ب'], 'plain'), 'أ، ب');

  await i18n.setLanguage('en');
  assert.match(i18n.formatList(['1 paragraph added', '2 changed', '1 removed']), /^1 paragraph added, 2 changed,? and 1 removed$/);
  assert.equal(i18n.formatList(['Chair', 'Secretariat'], 'plain'), 'Chair, Secretariat');
});

test('yourPlace_InChinese_HasNoSpaceAfterTheFullWidthColon', async () => {
  await i18n.setLanguage('zh');
  assert.equal(i18n.t('floor.yourPlace', { place: i18n.ordinal(3) }), '您的位次：第3位');

  await i18n.setLanguage('fr');
  assert.equal(i18n.t('floor.yourPlace', { place: i18n.ordinal(1) }), 'Votre rang\u202f: 1er');
});

test('noChineseText_HasASpaceOrAnAsciiColonBesideAFullWidthCharacter', async () => {
  const catalogue = await i18n.loadCatalogue('zh');
  const english = await i18n.loadCatalogue('en');
  const han = '[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
  const bad = new RegExp(`[：，。；！？] |${han}[:;?!]|[:;?!]${han}`);
  const texts = Object.entries(catalogue).filter(([key]) => !Object.is(catalogue[key], english[key]))
    .flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.values(value).map((v) => [key, v])));
  const offending = texts.filter(([, v]) => bad.test(v)).map(([k, v]) => `${k}: ${v}`);
  assert.deepEqual(offending, []);
});
