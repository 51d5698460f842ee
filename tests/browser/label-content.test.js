import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';

// A button that shows "Deactivate" and is named "Deactivate Jane Doe" for screen readers must keep its visible
// words in its name, in that order (WCAG 2.5.3, axe's label-content-name-mismatch): a voice user says what they
// see. The catalogues pair such texts by key, 'x' shown and 'xLabel' (or 'xAria') as the accessible name.
const dir = new URL('../../wwwroot/js/i18n/', import.meta.url);
const { PARTS: parts } = await import('../../wwwroot/js/languages.js');
const files = (await readdir(dir)).filter((f) => parts.some((part) => f === `${f.slice(0, 2)}${part}.js`));
const languages = [...new Set(files.map((f) => f.slice(0, 2)))].sort();

async function catalogue(lang) {
  const merged = {};
  for (const part of parts) Object.assign(merged, (await import(new URL(`${lang}${part}.js`, dir))).default);
  return merged;
}

const normal = (text) => text.replace(/\{\w+\}/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLocaleLowerCase();

/** The pairs whose 'Label' is the aria-label of the button that shows the other (views/accounts.js, views/floor/reorder.js). */
const PAIRED = /^(accounts\.[\w-]+|chair\.giveTo)$/;

for (const lang of languages) {
  test(`labelContent_${lang}_EveryButtonsAccessibleNameHoldsItsVisibleText`, async () => {
    const c = await catalogue(lang);
    const pairs = Object.keys(c).filter((k) => PAIRED.test(k) && typeof c[k] === 'string' && typeof c[`${k}Label`] === 'string');
    assert.ok(pairs.length >= 4, `${lang}: only ${pairs.length} pairs found`);
    for (const key of pairs) {
      const shown = normal(c[key]);
      assert.ok(normal(c[`${key}Label`]).includes(shown), `${lang} ${key}Label "${c[`${key}Label`]}" does not hold "${c[key]}"`);
    }
  });
}
