// "Next up": the first three of the waiting list, for a glance.
import { nextUp } from '../../floor-order.js';
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { kindBadge } from './kinds.js';

export function renderNextUp(el, floor, myDelegationId) {
  const next = nextUp(floor.waiting, 3);
  if (next.length === 0) {
    replaceChildren(el, h('p', { class: 'placeholder' }, t('floor.nobodyWaiting')));
    return;
  }
  replaceChildren(el, h('ol', { class: 'next-list', dataset: { testid: 'next-up' } }, next.map((request, index) =>
    h('li', { class: ['next-item', request.delegation.id === myDelegationId && 'next-item--mine'], dataset: { delegation: request.delegation.code } },
      h('span', { class: 'next-item__place' }, String(index + 1)),
      h('span', { class: 'next-item__code' }, request.delegation.code),
      h('span', { class: 'next-item__name' }, request.delegation.name),
      request.kind !== 'Statement' && kindBadge(request.kind)))));
}
