// How the kinds of request look: a point of order and a right of reply must stand out from statements.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

/** A kind label; statements get a quiet one, points of order and replies a coloured one. */
export function kindBadge(kind, { large = false } = {}) {
  return h('span', { class: ['kind', `kind--${kind}`, large && 'kind--large'], dataset: { kind } }, t(`floor.kind.${kind}`));
}
