import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { delegationName, floorLanguageText } = await import('../../wwwroot/js/names.js');
const { default: fr } = await import('../../wwwroot/js/i18n/fr.js');

test('setLanguage_SwitchesTextPluralsAndTheDocument_AndCallsTheViews', async () => {
  const seen = [];
  const stop = i18n.onLanguageChange((code) => seen.push(code));

  const redrawn = await i18n.setLanguage('fr-CA');

  assert.equal(redrawn, 1);
  assert.deepEqual(seen, ['fr']);
  assert.equal(i18n.uiLanguage, 'fr');
  assert.equal(document.documentElement.lang, 'fr');
  assert.equal(document.documentElement.dir, 'ltr');
  assert.equal(i18n.t('floor.requestFloor'), fr['floor.requestFloor']);
  assert.equal(i18n.ordinal(1), '1er');
  stop();
});

test('setLanguage_Arabic_IsRightToLeft_WithWesternDigits', async () => {
  await i18n.setLanguage('ar');

  assert.equal(document.documentElement.dir, 'rtl');
  assert.equal(i18n.formatNumber(1234), '1,234');
  assert.equal(i18n.t('language.menu'), 'اللغة');
});

test('setLanguage_UnknownLanguage_FallsBackToEnglish', async () => {
  await i18n.setLanguage('de');

  assert.equal(i18n.uiLanguage, 'en');
  assert.equal(i18n.t('language.menu'), 'Language');
});

test('delegationName_UsesDisplayNamesForStates_AndOfficialNamesForOrganisations', async () => {
  await i18n.setLanguage('ru');

  assert.equal(delegationName({ code: 'KAZ', name: 'Kazakhstan' }), 'Казахстан');
  assert.equal(delegationName({ code: 'WHO', name: 'World Health Organization' }), 'Всемирная организация здравоохранения');
  assert.equal(delegationName({ code: 'ZZZ', name: 'Unlisted' }), 'Unlisted');
  assert.equal(floorLanguageText({ spoken: 'kk', interpretedInto: 'ru' }), 'казахский, с переводом на язык: русский');

  await i18n.setLanguage('en');
  assert.equal(delegationName({ code: 'KAZ', name: 'Republic of Kazakhstan' }), 'Republic of Kazakhstan');
});

test('loadCatalogue_MissingKeys_ShowEnglishAndWarn', async (t) => {
  const warnings = [];
  t.mock.method(console, 'warn', (...args) => warnings.push(args.join(' ')));

  const catalogue = await i18n.loadCatalogue('xx');

  assert.equal(catalogue['floor.requestFloor'], 'Request the floor');
  assert.ok(warnings.some((w) => w.includes('missing in "xx"')), warnings.join('\n'));
});
