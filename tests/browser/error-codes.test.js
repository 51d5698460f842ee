import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

// Every stable code the server can answer must read in the viewer's language: the English catalogue (all parts)
// has error.<code> for each, or panel.error.<code> where the panel page words it itself, so no language falls back
// to the server's English sentence. The codes are the string constants of the server's *Errors / ErrorCodes classes
// and the other constants a DomainException is thrown with.
const root = new URL('../../', import.meta.url);
const sources = ['src/OnlineMinisterial.Domain/', 'src/OnlineMinisterial.Web/'];

async function csFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    if (entry.isDirectory()) return ['bin', 'obj'].includes(entry.name) ? [] : csFiles(new URL(`${entry.name}/`, dir));
    return entry.name.endsWith('.cs') ? [new URL(entry.name, dir)] : [];
  }));
  return nested.flat();
}

const constant = /\bconst\s+string\s+(\w+)\s*=\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"\s*;/g;

/** The codes declared as `public const string X = "area.reason";` inside a class named ...Errors or ErrorCodes. */
function declaredCodes(source) {
  const codes = [];
  for (const block of source.split(/(?=\bclass\s+\w+)/)) {
    if (/^class\s+\w*(Errors|ErrorCodes)\b/.test(block)) for (const m of block.matchAll(constant)) codes.push(m[2]);
  }
  return codes;
}

/** Codes kept beside their endpoint (`const string NotClosedCode = "record.not_found";`) that a DomainException throws. */
function thrownCodes(sources) {
  const thrown = new Set(sources.flatMap((source) => [...source.matchAll(/DomainException\(\s*(?:\w+\.)*(\w+)\s*,/g)].map((m) => m[1])));
  return sources.flatMap((source) => [...source.matchAll(constant)].filter((m) => thrown.has(m[1])).map((m) => m[2]));
}

async function serverCodes() {
  const files = (await Promise.all(sources.map((dir) => csFiles(new URL(dir, root))))).flat();
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return [...new Set([...texts.flatMap(declaredCodes), ...thrownCodes(texts)])].sort();
}

async function english() {
  const { PARTS } = await import('../../wwwroot/js/languages.js');
  const parts = await Promise.all(PARTS.map((part) => import(new URL(`wwwroot/js/i18n/en${part}.js`, root))));
  return Object.assign({}, ...parts.map((module) => module.default));
}

test('errorCodes_ServerDeclaresCodesInItsErrorClasses', async () => {
  const codes = await serverCodes();
  assert.ok(codes.length > 100, `only ${codes.length} codes found`);
  for (const code of ['link.invalid', 'transition.not_pending', 'calendar.feed_not_found', 'correction.window_closed', 'record.not_found']) {
    assert.ok(codes.includes(code), code);
  }
});

test('errorCodes_EveryServerCodeHasEnglishWording', async () => {
  const [codes, catalogue] = [await serverCodes(), await english()];
  const worded = (code) => Object.hasOwn(catalogue, `error.${code}`) || Object.hasOwn(catalogue, `panel.error.${code}`);
  assert.deepEqual(codes.filter((code) => !worded(code)), [], 'codes without error.<code> in the English catalogue');
});

/** The constants of the *Errors / ErrorCodes classes, with the class they are declared in. */
function declaredConstants(source) {
  const found = [];
  for (const block of source.split(/(?=\bclass\s+\w+)/)) {
    const owner = /^class\s+(\w*(?:Errors|ErrorCodes))\b/.exec(block)?.[1];
    if (owner) for (const m of block.matchAll(constant)) found.push({ owner, name: m[1], code: m[2] });
  }
  return found;
}

// A code that is declared but never used promises clients an answer the server never gives: use it or remove it.
test('errorCodes_EveryDeclaredCodeIsUsedBySomeCode', async () => {
  const files = (await Promise.all(sources.map((dir) => csFiles(new URL(dir, root))))).flat();
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const all = texts.join('\n');
  const unused = texts.flatMap(declaredConstants).filter(({ owner, name }) => {
    const qualified = new RegExp(`\\b${owner}\\.${name}\\b`);
    // Inside its own class a constant may be used unqualified (a guard, another constant).
    const bare = new RegExp(`\\b${name}\\b`, 'g');
    return !qualified.test(all) && (all.match(bare) ?? []).length < 2;
  });
  assert.deepEqual(unused.map(({ owner, name, code }) => `${owner}.${name} = ${code}`), []);
});
