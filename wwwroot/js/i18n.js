// Translation helper: t('lobby.summaryPresent', { present: 3, total: 60 }). The page opens in the language its
// <html lang> names (the server sets it); setLanguage() switches while the page runs, and views that registered
// with onLanguageChange() draw themselves again from their stores.
import en from './i18n/en.js';
import enAccreditation from './i18n/en-accreditation.js';
import enAccreditation2 from './i18n/en-accreditation2.js';
import enCodes from './i18n/en-codes.js';
import enLanguages from './i18n/en-languages.js';
import enLanguages2 from './i18n/en-languages2.js';
import enLifecycle from './i18n/en-lifecycle.js';
import enMedia from './i18n/en-media.js';
import enRehearsal from './i18n/en-rehearsal.js';
import { DEFAULT_LANGUAGE, LANGUAGES, PARTS, languageOf } from './languages.js';

const english = { ...en, ...enAccreditation, ...enAccreditation2, ...enLifecycle, ...enMedia, ...enLanguages, ...enCodes, ...enRehearsal, ...enLanguages2 };
const loaded = new Map([[DEFAULT_LANGUAGE, english]]);
const listeners = new Set();

let messages = english;
let plurals = new Intl.PluralRules(DEFAULT_LANGUAGE);
let ordinals = new Intl.PluralRules(DEFAULT_LANGUAGE, { type: 'ordinal' });

/**
 * The UI language as an Intl locale, for formatters that should match the text around them (a live binding: it
 * follows switches): the browser's regional variant when it is of the UI language, and for Arabic Western digits,
 * as UN Arabic documents write numbers, times and dates.
 */
export let uiLocale = DEFAULT_LANGUAGE;

/** The UI language's code: ar, zh, en, fr, ru or es. */
export let uiLanguage = DEFAULT_LANGUAGE;

/**
 * The catalogue of a language: its parts merged, with English for any key a part lacks (each such key is warned
 * about once, so a missing translation shows in the console and in the catalogue test, not as a blank).
 */
export async function loadCatalogue(code) {
  if (loaded.has(code)) return loaded.get(code);
  const parts = await Promise.all(PARTS.map((part) => import(`./i18n/${code}${part}.js`)
    .then((module) => module.default)
    .catch((error) => { console.warn(`i18n: catalogue part "${code}${part}" could not be loaded`, error); return {}; })));
  const own = Object.assign({}, ...parts);
  const missing = Object.keys(english).filter((key) => !Object.hasOwn(own, key));
  if (missing.length) console.warn(`i18n: ${missing.length} key(s) missing in "${code}", shown in English: ${missing.slice(0, 10).join(', ')}`);
  const catalogue = { ...english, ...own };
  loaded.set(code, catalogue);
  return catalogue;
}

function use(code, catalogue) {
  messages = catalogue;
  uiLanguage = code;
  // The browser's own locale when it is of this language (en-GB keeps its 24-hour clock), else the language's.
  const browser = globalThis.navigator?.language;
  uiLocale = languageOf(code).locale ?? (browser && languageOf(browser)?.code === code ? browser : code);
  plurals = new Intl.PluralRules(code);
  ordinals = new Intl.PluralRules(code, { type: 'ordinal' });
  const root = globalThis.document?.documentElement;
  if (root) {
    root.lang = code;
    root.dir = languageOf(code).dir;
  }
}

/**
 * Switches the UI language without reloading: loads the catalogue, sets <html lang dir>, then calls every
 * onLanguageChange() listener. → how many listeners redrew (0: the page has nothing that follows a switch).
 */
export async function setLanguage(code) {
  const language = languageOf(code) ?? languageOf(DEFAULT_LANGUAGE);
  use(language.code, await loadCatalogue(language.code));
  for (const listener of listeners) listener(language.code);
  return listeners.size;
}

/** Runs fn(code) after each switch of language; returns a function that stops it. */
export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export { LANGUAGES };

// The page's own language, before any view renders (modules importing this one wait for it).
{
  const initial = languageOf(globalThis.document?.documentElement?.lang)?.code ?? DEFAULT_LANGUAGE;
  if (initial !== DEFAULT_LANGUAGE) use(initial, await loadCatalogue(initial));
  else use(DEFAULT_LANGUAGE, english);
}

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
  return (forms[ordinals.select(n)] ?? forms.other).replace('{n}', formatNumber(n));
}

/** A label and its value in running text: "Language: French", "语言：法语", "Langue : français". */
export function labelValue(label, value) {
  return t('common.labelValue', { label, value });
}

/**
 * A list in the UI language: "Canada, India and Mexico", "加拿大、印度和墨西哥"; formatList(items, 'plain') only
 * separates ("KAZ: Yes, MEX: No", "KAZ：赞成、MEX：反对"), for long lists where a final "and" reads oddly.
 */
export function formatList(items, style = 'and') {
  if (style === 'plain') return items.join(t('common.listSeparator'));
  return new Intl.ListFormat(uiLocale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A number in the UI language's digits and grouping. */
export function formatNumber(n, options) {
  return new Intl.NumberFormat(uiLocale, options).format(n);
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
  if (error?.code && has(key)) return t(key, error.values ?? {});
  return error?.message || t('error.unexpected');
}
