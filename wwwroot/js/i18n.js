// Tiny translation helper: t('lobby.summaryPresent', { present: 3, total: 60 }).
import en from './i18n/en.js';
import enAccreditation from './i18n/en-accreditation.js';
import enAccreditation2 from './i18n/en-accreditation2.js';
import enLifecycle from './i18n/en-lifecycle.js';
import enMedia from './i18n/en-media.js';

const catalogs = { en: { ...en, ...enAccreditation, ...enAccreditation2, ...enLifecycle, ...enMedia } };
const locale = catalogs[document.documentElement.lang] ? document.documentElement.lang : 'en';
const messages = catalogs[locale];
const plurals = new Intl.PluralRules(locale);
const ordinals = new Intl.PluralRules(locale, { type: 'ordinal' });

/** The UI language, for Intl formatters that should match the text around them. */
export const uiLocale = locale;

export function has(key) {
  return Object.hasOwn(messages, key);
}

function template(key, params) {
  const message = messages[key];
  if (message === undefined) {
    console.warn(`i18n: missing key "${key}"`);
    return key;
  }
  return typeof message === 'object' ? message[plurals.select(params.count ?? 0)] ?? message.other : message;
}

export function t(key, params = {}) {
  return template(key, params).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A place in a list as words of the catalogue's 'ordinal' forms: 1 → "1st", 4 → "4th", 22 → "22nd". */
export function ordinal(n) {
  const forms = messages.ordinal;
  return (forms[ordinals.select(n)] ?? forms.other).replace('{n}', String(n));
}

/**
 * Like t(), but returns parts so a view can style the values without splitting the sentence across keys:
 * tParts('lobby.summaryPresent', { present: 3, total: 60 }, (name, value) => h('strong', {}, value))
 * → ['', <strong>3</strong>, ' of ', <strong>60</strong>, ' delegations present']
 */
export function tParts(key, params, wrap) {
  return template(key, params).split(/\{(\w+)\}/g)
    .map((part, i) => (i % 2 === 1 && part in params ? wrap(part, params[part]) : part));
}

/**
 * Fills static markup: data-i18n="app.name" sets textContent; data-i18n-attr="placeholder:lobby.filterPlaceholder"
 * sets attributes (several as space-separated attr:key pairs). Pages keep their text in the catalogue rather
 * than in HTML, so there is one place per language.
 */
export function translateDom(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(/\s+/).filter(Boolean)) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}

/**
 * Text to show for an error with a .code (ApiError, hub error): our own wording when we have one for the
 * code, else the server's readable message, else a generic line.
 */
export function errorText(error) {
  const key = `error.${error?.code}`;
  if (error?.code && has(key)) return t(key);
  return error?.message || t('error.unexpected');
}
