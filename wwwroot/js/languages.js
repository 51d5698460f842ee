// The UI's languages, in one place: the six official languages of the United Nations, in the order the UN lists
// them. Each has its catalogue parts in js/i18n/<code><part>.js; dir is the writing direction of its pages;
// locale, when given, is the Intl locale of its numbers and dates.
export const LANGUAGES = [
  { code: 'ar', dir: 'rtl', name: 'العربية', locale: 'ar-u-nu-latn' },
  { code: 'zh', dir: 'ltr', name: '中文' },
  { code: 'en', dir: 'ltr', name: 'English' },
  { code: 'fr', dir: 'ltr', name: 'Français' },
  { code: 'ru', dir: 'ltr', name: 'Русский' },
  { code: 'es', dir: 'ltr', name: 'Español' },
];

/** The parts every language's catalogue has: en.js, en-accreditation.js, ..., en-languages.js (i18n.js imports English's). */
export const PARTS = ['', '-accreditation', '-accreditation2', '-lifecycle', '-media', '-languages', '-codes', '-rehearsal', '-languages2'];

export const DEFAULT_LANGUAGE = 'en';

/** The language entry of a code ("fr", "fr-CA"), or undefined for one the UI does not speak. */
export function languageOf(code) {
  const primary = String(code ?? '').split(/[-_]/)[0].toLowerCase();
  return LANGUAGES.find((l) => l.code === primary);
}
