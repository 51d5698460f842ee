import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

// The server decides which languages a page, an account, a mail and the record may be in
// (Domain/Conference/ConferenceLanguages.cs); the browser lists the same six with their direction (js/languages.js).
// Both lists are read from their sources, so one changed alone fails here.
const { LANGUAGES } = await import('../../wwwroot/js/languages.js');
const server = await readFile(new URL('../../src/OnlineMinisterial.Domain/Conference/ConferenceLanguages.cs', import.meta.url), 'utf8');

test('languages_TheBrowserSpeaksExactlyTheServersLanguages', () => {
  const line = server.match(/public static readonly string\[\] Un = \[([^\]]+)\];/);
  assert.ok(line, 'the server\'s list of languages was not found');
  const codes = [...line[1].matchAll(/"([a-z]{2})"/g)].map((m) => m[1]);
  assert.equal(codes.length, 6);
  assert.deepEqual(LANGUAGES.map((l) => l.code).sort(), [...codes].sort());
});

test('languages_TheBrowsersDirectionIsTheServers', () => {
  const rtl = server.match(/Direction\(string language\) => language == "(\w+)" \? "rtl" : "ltr"/);
  assert.ok(rtl, 'the server\'s direction rule was not found');
  assert.deepEqual(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code), [rtl[1]]);
});
