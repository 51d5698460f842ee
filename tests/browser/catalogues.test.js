import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

// Every language's catalogue must say what English says: the same keys, the same {placeholders}, and plural
// objects with exactly the language's plural categories, so no page ever falls back to a key or loses a value.
const dir = new URL('../../wwwroot/js/i18n/', import.meta.url);
const { PARTS: parts } = await import('../../wwwroot/js/languages.js');
const files = (await readdir(dir)).filter((f) => parts.some((part) => f === `${f.slice(0, 2)}${part}.js`)).sort();
const load = async (file) => (await import(new URL(file, dir))).default;
const languages = [...new Set(files.map((f) => f.slice(0, 2)))].filter((l) => l !== 'en');

const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (value) => (typeof value === 'string' ? [value] : Object.values(value));
const all = (value) => [...new Set(forms(value).flatMap(placeholders))].sort();

/** Plural categories that cover more than one whole number: their form must show the number itself. */
function manyNumbered(rules) {
  const seen = {};
  for (let n = 0; n <= 2000; n++) seen[rules.select(n)] = (seen[rules.select(n)] ?? 0) + 1;
  return new Set(Object.keys(seen).filter((category) => seen[category] > 1));
}

test('catalogue_EveryLanguageHasBothFiles', () => {
  assert.ok(files.includes('en.js') && files.includes('en-accreditation.js'));
  for (const lang of languages) for (const part of parts) assert.ok(files.includes(`${lang}${part}.js`), `${lang}${part}.js`);
});

for (const lang of languages) {
  for (const part of parts) {
    const name = `${lang}${part}.js`;

    test(`catalogue_${name}_HasExactlyTheEnglishKeys`, async () => {
      const [en, other] = [await load(`en${part}.js`), await load(name)];
      assert.deepEqual(Object.keys(en).filter((k) => !Object.hasOwn(other, k)), [], 'missing');
      assert.deepEqual(Object.keys(other).filter((k) => !Object.hasOwn(en, k)), [], 'extra');
    });

    test(`catalogue_${name}_KeepsPlaceholdersAndPluralForms`, async () => {
      const [en, other] = [await load(`en${part}.js`), await load(name)];
      const cardinal = new Intl.PluralRules(lang);
      const ordinal = new Intl.PluralRules(lang, { type: 'ordinal' });
      for (const [key, english] of Object.entries(en)) {
        const value = other[key];
        if (value === undefined) continue;
        assert.equal(typeof value, typeof english, key);
        for (const text of forms(value)) {
          assert.ok(typeof text === 'string' && text.trim() !== '', `${key}: empty form`);
          assert.doesNotMatch(text, /<\/?[a-z][^>]*>/i, `${key}: markup`);
        }
        if (typeof english === 'string') {
          assert.deepEqual(placeholders(value), placeholders(english), key);
          continue;
        }
        const rules = key === 'ordinal' ? ordinal : cardinal;
        assert.deepEqual(Object.keys(value).sort(), [...rules.resolvedOptions().pluralCategories].sort(), `${key}: categories`);
        assert.deepEqual(placeholders(value.other), placeholders(english.other), `${key}: other`);
        for (const text of forms(value)) assert.ok(placeholders(text).every((p) => all(english).includes(p)), `${key}: ${text}`);
        const counter = key === 'ordinal' ? 'n' : 'count';
        for (const category of manyNumbered(rules)) {
          if (placeholders(english.other).includes(counter)) assert.match(value[category], new RegExp(`\\{${counter}\\}`), `${key}.${category}`);
        }
      }
    });

    test(`catalogue_${name}_StartsWithItsComment`, async () => {
      const source = await readFile(new URL(name, dir), 'utf8');
      assert.match(source, /^\/\/ .+\n(\/\/ .+\n)*export default \{\n/);
    });
  }
}

// Typography each language's readers expect; English quotes or spacing left in a translation are a sign of a
// sentence copied over rather than written.
const typography = {
  fr: [[/[^\u202f][;?!»]|[^\u202f]:(?=\s|$)|«[^\u202f]/u, 'narrow no-break space around : ; ? ! « »'], [/[“”"]/u, '« guillemets »']],
  es: [[/[“”"]/u, '« comillas angulares »'], [/^(?!.*¿).*\?|^(?!.*¡).*!/su, '¿ ¡ opening marks']],
  ru: [[/[“”"]/u, '«ёлочки»']],
  zh: [[/[\u4e00-\u9fff][,;:?!()]|[,;:?!(][\u4e00-\u9fff]/u, 'full-width punctuation']],
  ar: [[/[\u0600-\u06ff]\s?[,;?]/u, 'Arabic punctuation ، ؛ ؟'], [/[“”"]/u, '« »']],
};

for (const [lang, checks] of Object.entries(typography)) {
  test(`catalogue_${lang}_FollowsItsTypography`, async (t) => {
    if (!languages.includes(lang)) return t.skip(`no ${lang} catalogue`);
    const texts = [];
    for (const part of parts) for (const [key, value] of Object.entries(await load(`${lang}${part}.js`))) {
      for (const text of forms(value)) texts.push([key, text.replace(/\{\w+\}/g, 'X')]);
    }
    for (const [pattern, what] of checks) {
      assert.deepEqual(texts.filter(([, text]) => pattern.test(text)).map(([key]) => key), [], what);
    }
  });
}
