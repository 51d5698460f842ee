import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

// A key written twice in one catalogue is silently overwritten by the later one: one of the two texts is never shown.
const dir = new URL('../../wwwroot/js/i18n/', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();

for (const file of files) {
  test(`catalogue_${file}_WritesEachKeyOnce`, async () => {
    const source = await readFile(new URL(file, dir), 'utf8');
    const keys = [...source.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]);
    assert.ok(keys.length > 0, 'no keys found');
    assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), []);
  });
}
