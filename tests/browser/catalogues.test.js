import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';

const { LANGUAGES, PARTS } = await import('../../wwwroot/js/languages.js');
const folder = new URL('../../wwwroot/js/i18n/', import.meta.url);
const load = async (code, part) => (await import(new URL(`${code}${part}.js`, folder))).default;

const placeholders = (value) => new Set(
  (typeof value === 'string' ? [value] : Object.values(value)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

// Plural objects must use exactly the categories CLDR gives the language (a subset, always with "other");
// 'ordinal' is chosen by ordinal rules, every other key by cardinal ones.
function checkPlural(code, key, value) {
  const type = key === 'ordinal' ? 'ordinal' : 'cardinal';
  const categories = new Intl.PluralRules(code, { type }).resolvedOptions().pluralCategories;
  assert.ok(typeof value.other === 'string', `${code} ${key}: plural forms need "other"`);
  const foreign = Object.keys(value).filter((category) => !categories.includes(category));
  assert.deepEqual(foreign, [], `${code} ${key}: ${type} categories of ${code} are ${categories.join(', ')}`);
}

test('catalogues_EveryLanguageHasEveryPart', () => {
  const absent = LANGUAGES.flatMap(({ code }) => PARTS.map((part) => `${code}${part}.js`))
    .filter((file) => !existsSync(new URL(file, folder)));
  assert.deepEqual(absent, []);
});

for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
  test(`catalogue_${code}_HasTheKeysAndPlaceholdersOfEnglish`, async () => {
    // A missing file is the test above's failure; the parts that exist are checked here all the same.
    for (const part of PARTS.filter((p) => existsSync(new URL(`${code}${p}.js`, folder)))) {
      const english = await load('en', part);
      const own = await load(code, part);
      const file = `${code}${part}.js`;
      assert.deepEqual(Object.keys(english).filter((key) => !(key in own)), [], `${file}: missing keys`);
      assert.deepEqual(Object.keys(own).filter((key) => !(key in english)), [], `${file}: extra keys`);
      for (const [key, value] of Object.entries(own)) {
        const source = english[key];
        assert.equal(typeof value, typeof source, `${file} ${key}: text where English has plural forms, or the reverse`);
        if (typeof value === 'object') checkPlural(code, key, value);
        else assert.ok(value.trim().length > 0, `${file} ${key}: empty`);
        assert.deepEqual([...placeholders(value)].sort(), [...placeholders(source)].sort(), `${file} ${key}: placeholders differ`);
      }
    }
  });
}

test('catalogue_EnglishPluralsUseEnglishCategories', async () => {
  for (const part of PARTS) {
    for (const [key, value] of Object.entries(await load('en', part))) if (typeof value === 'object') checkPlural('en', key, value);
  }
});

test('catalogue_PartsDoNotRepeatEachOthersKeys', async () => {
  const seen = new Map();
  const repeated = [];
  for (const part of PARTS) {
    for (const key of Object.keys(await load('en', part))) {
      if (seen.has(key)) repeated.push(`${key} in en${seen.get(key)}.js and en${part}.js`);
      seen.set(key, part);
    }
  }
  assert.deepEqual(repeated, []);
});
