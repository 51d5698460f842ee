// Names in the UI language: delegations (member states through Intl.DisplayNames, organisations from their official
// names kept as data) and languages (for the floor). English keeps the name the secretariat entered, which is the
// conference's official short form; a code without a standard name keeps it in every language.
import { ALPHA3_TO_REGION } from './data/regions.js';
import { ORGANISATIONS } from './data/organisations.js';
import { t, uiLanguage, uiLocale } from './i18n.js';

const formatters = new Map();

function displayNames(type) {
  const key = `${uiLocale}|${type}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DisplayNames([uiLocale], { type, fallback: 'none' }));
  return formatters.get(key);
}

/** A delegation's name in the UI language: { code, name } → "Казахстан". */
export function delegationName(delegation) {
  if (!delegation) return '';
  const { code, name } = delegation;
  if (uiLanguage === 'en') return name;
  const organisation = ORGANISATIONS[code];
  if (organisation) return organisation[uiLanguage] ?? name;
  const region = ALPHA3_TO_REGION[code];
  return (region && displayNames('region').of(region)) || name;
}

/** Orders things by name the way the UI language sorts them: list.sort(byName) or list.sort(byName(x => x.label)). */
export function compareNames(a, b) {
  const key = `${uiLocale}|collator`;
  if (!formatters.has(key)) formatters.set(key, new Intl.Collator(uiLocale));
  return formatters.get(key).compare(a, b);
}

/** Delegations by id, each named in the UI language ({ id, code, name, given, votes }: given is the entered name). */
export function namedDelegations(delegations) {
  return new Map(delegations.map((d) => [d.id, { id: d.id, code: d.code, name: delegationName(d), given: d.name, votes: d.votes }]));
}

/** A language's name in the UI language: "fr" → "français" in French, "французский" in Russian. */
export function languageName(code) {
  return (code && displayNames('language').of(code)) || code || '';
}

/** What a request or speech says of its language: "French", or "Kazakh, interpreted into Russian"; '' when not said. */
export function floorLanguageText(language) {
  if (!language?.spoken) return '';
  return language.interpretedInto
    ? t('floorLanguage.interpreted', { language: languageName(language.spoken), into: languageName(language.interpretedInto) })
    : languageName(language.spoken);
}
