import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

// A field stops at the server's limit and says so before anything is sent (ui/text-limit.js). These tests read the
// limits from the C# sources, so a limit changed on one side only, or a new text field without one, fails here.
globalThis.document ??= { createElement: () => ({ dataset: {}, setAttribute() {}, append() {} }) };
const root = new URL('../../', import.meta.url);
const source = (path) => readFile(new URL(path, root), 'utf8');

async function serverLimits() {
  const limits = new Map();
  const domain = await source('src/OnlineMinisterial.Domain/Common/TextLimits.cs');
  for (const [, name, value] of domain.matchAll(/public const int (\w+) = ([\d_]+);/g)) limits.set(name, Number(value.replace(/_/g, '')));
  for (const [, name, value] of domain.matchAll(/public const int (\w+) = (\w+);/g)) if (limits.has(value)) limits.set(name, limits.get(value));
  const constant = async (path, name) => Number((await source(path)).match(new RegExp(`const int ${name} = (\\d+);`))[1]);
  const column = async (path, property) => Number((await source(path)).match(new RegExp(`x\\.${property}\\)\\.HasMaxLength\\((\\d+)\\)`))[1]);
  limits.set('Nomination.NameMax', await constant('src/OnlineMinisterial.Domain/Accreditation/Nomination.cs', 'NameMax'));
  limits.set('Nomination.ReasonMax', await constant('src/OnlineMinisterial.Domain/Accreditation/Nomination.cs', 'ReasonMax'));
  limits.set('EmailAddress.MaxLength', await constant('src/OnlineMinisterial.Domain/Accreditation/EmailAddress.cs', 'MaxLength'));
  limits.set('Delegation.Code', await column('src/OnlineMinisterial.Web/Features/Conference/DelegationConfiguration.cs', 'Code'));
  limits.set('Conference.HostTimeZone', await column('src/OnlineMinisterial.Web/Features/Conference/ConferenceConfiguration.cs', 'HostTimeZone'));
  return limits;
}

test('textLimits_AccreditationFields_StopAtTheServersLimit', async () => {
  const server = await serverLimits();
  const { LIMITS } = await import('../../wwwroot/js/views/accreditation/kit.js');
  const expected = {
    code: server.get('Delegation.Code'), name: server.get('DelegationName'), displayName: server.get('Nomination.NameMax'),
    organization: server.get('Nomination.NameMax'), email: server.get('EmailAddress.MaxLength'), reason: server.get('Nomination.ReasonMax'),
    title: server.get('ConferenceTitle'), hostTimeZone: server.get('Conference.HostTimeZone'),
  };
  for (const [field, max] of Object.entries(expected)) {
    assert.ok(Number.isInteger(max) && max > 0, `no server limit read for ${field}`);
    assert.equal(LIMITS[field], max, `${field}: the browser stops at ${LIMITS[field]}, the server at ${max}`);
  }
});

test('textLimits_EveryAccreditationInput_HasALimitOrIsADate', async () => {
  const { LIMITS, UNBOUNDED } = await import('../../wwwroot/js/views/accreditation/kit.js');
  const views = new URL('wwwroot/js/views/', root);
  const files = (await readdir(views, { recursive: true })).filter((f) => f.endsWith('.js'));
  const names = new Set();
  for (const file of files) for (const [, name] of (await readFile(new URL(file, views), 'utf8')).matchAll(/\binput\('(\w+)'/g)) names.add(name);
  assert.ok(names.size >= 10, `only ${names.size} fields found`);
  for (const name of names) assert.ok(LIMITS[name] > 0 || UNBOUNDED.includes(name), `the field "${name}" has no text limit`);
});

test('textLimits_EveryMaxLengthInTheViews_IsAServerLimit', async () => {
  const server = new Set((await serverLimits()).values());
  const views = new URL('wwwroot/js/views/', root);
  const files = (await readdir(views, { recursive: true })).filter((f) => f.endsWith('.js'));
  let seen = 0;
  for (const file of files) {
    for (const [, value] of (await readFile(new URL(file, views), 'utf8')).matchAll(/maxLength: (\d+)/g)) {
      seen++;
      assert.ok(server.has(Number(value)), `${file}: maxLength ${value} is no limit of the server`);
    }
  }
  assert.ok(seen >= 8, `only ${seen} limits found`);
});
