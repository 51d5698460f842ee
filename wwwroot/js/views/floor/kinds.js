// How the kinds of request look: a point of order and a right of reply must stand out from statements.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { floorLanguageText } from '../../names.js';

/** A kind label; statements get a quiet one, points of order and replies a coloured one. */
export function kindBadge(kind, { large = false } = {}) {
  return h('span', { class: ['kind', `kind--${kind}`, large && 'kind--large'], dataset: { kind } }, t(`floor.kind.${kind}`));
}

/** The language a request or speech will be in, beside its kind: "French", "Kazakh, interpreted into Russian". */
export function languageTag(language, { testid = 'request-language' } = {}) {
  const text = floorLanguageText(language);
  if (!text) return null;
  return h('span', { class: 'tag tag--language', dataset: { testid, language: language.spoken }, attrs: { title: t('floorLanguage.tag', { language: text }) } },
    text);
}
