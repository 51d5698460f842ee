// A line of the delegations import says why it cannot be imported, or what it would change, in the page's language:
// from the preview's reasonCode with its values and its changes, never the server's English sentence when the code
// has its words.
import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const i18n = await import('../../wwwroot/js/i18n.js');
const { importReason, localValues } = await import('../../wwwroot/js/views/accreditation/importReason.js');
const { ApiError } = await import('../../wwwroot/js/api.js');

const tooMany = {
  line: 62, code: 'XYZ', status: 'Error',
  reason: 'A conference may have at most 60 delegations; this one would be number 61.',
  reasonCode: 'import.too_many', reasonValues: { max: '60', number: '61' },
};

test('importReason_OfARefusedLine_WordsItsCodeWithItsValues_InFrenchAndChinese', async () => {
  await i18n.setLanguage('fr');
  assert.equal(importReason(tooMany), 'Une conférence peut compter au plus 60 délégations\u202f; celle-ci serait la 61e.');
  await i18n.setLanguage('zh');
  assert.equal(importReason(tooMany), '一次会议最多可有60个代表团；此代表团将是第61个。');
  assert.equal(importReason({ reason: 'The kind…', reasonCode: 'delegation.kind_unknown', reasonValues: { kind: 'Planet' } }),
    '类型“Planet”不属于MemberState、InternationalOrganization、Observer之一。');
});

test('importReason_InArabic_PutsTheNumbersInThePagesDigits', async () => {
  await i18n.setLanguage('ar');
  const text = importReason(tooMany);
  assert.ok(text.includes(i18n.formatNumber(60)) && text.includes(i18n.formatNumber(61)), text);
  assert.ok(!text.includes('conference'), text);
  assert.deepEqual(localValues({ line: '12', code: '123' }), { line: i18n.formatNumber(12), code: '123' });
});

test('importReason_OfAChangedLine_WordsEachColumnAndItsValues', async () => {
  await i18n.setLanguage('fr');
  const row = {
    status: 'Changed', reason: 'kind: MemberState → Observer; votes: yes → no',
    changes: [{ field: 'kind', from: 'MemberState', to: 'Observer' }, { field: 'votes', from: 'yes', to: 'no' },
      { field: 'rank', from: 'Minister', to: 'Ambassador' }, { field: 'name', from: 'Kazakhstan', to: 'Republic of Kazakhstan' }],
  };
  assert.equal(importReason(row),
    'Type\u202f: État membre → Observateur, Voix\u202f: Oui → Non, Rang du chef de délégation\u202f: Ministre → Ambassadeur, '
    + 'Nom complet\u202f: Kazakhstan → Republic of Kazakhstan');
});

test('importReason_WithoutAKnownCode_ShowsTheServersSentence', async () => {
  await i18n.setLanguage('ru');
  assert.equal(importReason({ reason: 'Something new.', reasonCode: 'import.unheard_of' }), 'Something new.');
  assert.equal(importReason({ reason: 'Plain.' }), 'Plain.');
  assert.equal(importReason({ status: 'New' }), '');
});

test('errorText_OfARefusalWithValues_FillsThem', async () => {
  await i18n.setLanguage('es');
  const error = new ApiError({ status: 400, code: 'import.quote_unclosed', detail: 'Line 3: a quoted field is not closed.', values: { line: '3' } });
  const text = i18n.errorText(error);
  assert.ok(text.includes('3') && !text.includes('{line}') && !text.includes('quoted'), text);
  assert.deepEqual(new ApiError({ status: 400, code: 'x.y', values: 'not an object' }).values, {});
});
