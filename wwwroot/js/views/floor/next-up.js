// "Next up": the first three of the waiting list, for a glance.
import { nextUp } from '../../floor-order.js';
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { kindBadge, languageTag } from './kinds.js';
import { delegationName } from '../../names.js';

export function renderNextUp(el, floor, myDelegationId) {
  const next = nextUp(floor.waiting, 3);
  if (next.length === 0) {
    replaceChildren(el, h('p', { class: 'placeholder' }, t('floor.nobodyWaiting')));
    return;
  }
  replaceChildren(el, h('ol', { class: 'next-list', dataset: { testid: 'next-up' } }, next.map((request, index) =>
    h('li', { class: ['next-item', request.delegation.id === myDelegationId && 'next-item--mine'], dataset: { delegation: request.delegation.code } },
      h('span', { class: 'next-item__place' }, String(index + 1)),
      h('bdi', { class: 'next-item__code', attrs: { dir: 'ltr' } }, request.delegation.code),
      h('span', { class: 'next-item__name' }, delegationName(request.delegation)),
      request.kind !== 'Statement' && kindBadge(request.kind),
      languageTag(request.language, { testid: 'next-language' })))));
}
