// The language a delegation will speak when it has the floor: one of the six, or another language with the official
// language its interpretation goes into. Defaults to the UI language; the choice is kept for the next request.
import { ISO_639_1 } from '../../data/iso-639-1.js';
import { h } from '../../dom.js';
import { LANGUAGES, t, uiLanguage } from '../../i18n.js';
import { languageName } from '../../names.js';

const OFFICIAL = LANGUAGES.map((l) => l.code);
const OTHER = 'other';

/** createFloorLanguage() → { el, value() → { spoken, interpretedInto }, setDisabled(bool) } */
export function createFloorLanguage() {
  const option = (code) => h('option', { value: code }, languageName(code));
  const spoken = h('select', { id: 'floor-language', dataset: { testid: 'floor-language' } },
    OFFICIAL.map(option), h('option', { value: OTHER }, t('floorLanguage.otherOption')));
  const others = ISO_639_1.filter((code) => !OFFICIAL.includes(code))
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLanguage));
  const other = h('select', { id: 'floor-language-other', dataset: { testid: 'floor-language-other' } },
    others.map(({ code, name }) => h('option', { value: code }, name)));
  const into = h('select', { id: 'floor-language-into', dataset: { testid: 'floor-language-into' } }, OFFICIAL.map(option));
  spoken.value = OFFICIAL.includes(uiLanguage) ? uiLanguage : 'en';
  into.value = spoken.value;

  const field = (control, labelKey) => h('div', { class: 'floor-language__field' },
    h('label', { htmlFor: control.id, class: 'floor-language__label' }, t(labelKey)), control);
  const otherField = field(other, 'floorLanguage.other');
  const intoField = field(into, 'floorLanguage.into');
  const show = () => {
    otherField.hidden = spoken.value !== OTHER;
    intoField.hidden = spoken.value !== OTHER;
  };
  spoken.addEventListener('change', show);
  show();

  const el = h('fieldset', { class: 'floor-language', dataset: { testid: 'floor-language-fields' } },
    h('legend', { class: 'floor-language__legend' }, t('floorLanguage.legend')),
    h('div', { class: 'floor-language__fields' }, field(spoken, 'floorLanguage.spoken'), otherField, intoField));
  return {
    el,
    value: () => (spoken.value === OTHER
      ? { spoken: other.value, interpretedInto: into.value }
      : { spoken: spoken.value, interpretedInto: null }),
    setDisabled(disabled) {
      for (const control of [spoken, other, into]) control.disabled = disabled;
    },
  };
}
