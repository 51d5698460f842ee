import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const { errorText, ordinal, t, tParts } = await import('../../wwwroot/js/i18n.js');
const { PARTS } = await import('../../wwwroot/js/languages.js');
// The English catalogue is in parts (en.js, en-accreditation.js, ...: the list in languages.js); i18n.js merges them.
const parts = await Promise.all(PARTS.map(async (part) => (await import(`../../wwwroot/js/i18n/en${part}.js`)).default));
const en = Object.assign({}, ...parts);

test('t_FillsParametersAndPicksPlural', () => {
  assert.equal(t('lobby.summaryPresent', { present: 3, total: 60 }), '3 of 60 delegations present');
  assert.equal(t('lobby.peopleConnected', { count: 1 }), '1 person connected');
  assert.equal(t('lobby.peopleConnected', { count: 7 }), '7 people connected');
});

test('ordinal_PicksTheEnglishSuffix', () => {
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(ordinal),
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']);
});

test('tParts_LetsViewsWrapValues', () => {
  assert.deepEqual(tParts('lobby.summaryPresent', { present: 3, total: 60 }, (name, value) => `<${value}>`),
    ['', '<3>', ' of ', '<60>', ' delegations present']);
});

test('errorText_PrefersOwnWordingForKnownCodes', () => {
  assert.equal(errorText({ code: 'auth.locked_out', message: 'server text' }), en['error.auth.locked_out']);
  assert.equal(errorText({ code: 'unknown.code_without_wording', message: 'server text' }), 'server text');
});

test('catalogue_FilesDoNotRedefineEachOthersKeys', () => {
  parts.forEach((part, i) => {
    const earlier = parts.slice(0, i);
    assert.deepEqual(Object.keys(part).filter((key) => earlier.some((other) => key in other)), [], `part ${i}`);
  });
});

test('catalogue_EveryValueIsTextOrPluralForms', () => {
  for (const [key, value] of Object.entries(en)) {
    assert.ok(typeof value === 'string' || typeof value.other === 'string', key);
  }
});

test('catalogue_HasEveryKeyThePagesUse', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const root = new URL('../../wwwroot/', import.meta.url);
  const files = (await readdir(root, { recursive: true })).filter((f) => /\.(js|html)$/.test(f) && !f.startsWith('lib'));
  const used = new Set();
  for (const file of files) {
    const text = await readFile(new URL(file, root), 'utf8');
    for (const m of text.matchAll(/\bt(?:Parts)?\('([\w.]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n="([\w.]+)"/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(/\s+/)) used.add(pair.split(':')[1]);
  }
  assert.ok(used.size > 30, `found ${used.size} keys`);
  assert.deepEqual([...used].filter((key) => !(key in en)), []);
});
