import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const { has } = await import('../../wwwroot/js/i18n.js');

// The agenda editor names each scheduled step by its kind (transition.kind.<Kind>): every kind the server plans.
test('transitionKinds_EveryKindTheServerPlansHasAName', async () => {
  const source = await readFile(new URL('../../src/OnlineMinisterial.Domain/Scheduling/TransitionKind.cs', import.meta.url), 'utf8');
  const body = source.slice(source.indexOf('{') + 1, source.lastIndexOf('}'));
  const kinds = body.split('\n').map((l) => l.trim()).filter((l) => /^[A-Z]\w*,?$/.test(l)).map((l) => l.replace(',', ''));
  assert.ok(kinds.length >= 7, kinds.join());
  assert.deepEqual(kinds.filter((kind) => !has(`transition.kind.${kind}`)), []);
});
