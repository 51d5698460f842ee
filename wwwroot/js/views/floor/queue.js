// The waiting list in display order. The chair's console adds tools to each row (give, move, remove).
import { h, replaceChildren } from '../../dom.js';
import { t, uiLocale } from '../../i18n.js';
import { formatClock, viewerTimeZone } from '../../time.js';
import { kindBadge, languageTag } from './kinds.js';
import { delegationName } from '../../names.js';

/**
 * createQueue(container, { myDelegationId, rowTools?(request, index, waiting), countEl? }) → { list, render(floor) }
 * Rows: data-testid="request-<CODE>-<Kind>", data-position (1-based place), data-request-id.
 */
export function createQueue(container, { myDelegationId, rowTools, countEl, draggable = false }) {
  const zone = viewerTimeZone();
  const list = h('ol', { class: 'queue__list', dataset: { testid: 'waiting-list' }, attrs: { 'aria-labelledby': 'queue-heading' } });
  const empty = h('p', { class: 'placeholder queue__empty' }, t('floor.nobodyWaiting'));
  replaceChildren(container, list, empty);

  function row(request, index, waiting) {
    const mine = request.delegation.id === myDelegationId;
    const place = index + 1;
    return h('li', {
      class: ['request', `request--${request.kind}`, mine && 'request--mine'],
      dataset: { testid: `request-${request.delegation.code}-${request.kind}`, position: String(place), requestId: request.requestId, kind: request.kind },
      attrs: rowTools ? { tabindex: '0', draggable: draggable ? 'true' : null, 'aria-label': rowLabel(request, place) } : null,
    },
    h('span', { class: 'request__place', attrs: { 'aria-hidden': rowTools ? 'true' : null } }, String(place)),
    h('span', { class: 'request__main' },
      h('bdi', { class: 'request__code', attrs: { dir: 'ltr' } }, request.delegation.code),
      h('span', { class: 'request__name' }, delegationName(request.delegation)),
      h('span', { class: 'request__tags' },
        kindBadge(request.kind),
        languageTag(request.language),
        request.onBehalfOfGroup && h('span', { class: 'tag' }, t('floor.group')),
        mine && h('span', { class: 'tag tag--accent' }, t('floor.yours')))),
    h('bdi', { class: 'request__time' }, request.requestedAt ? formatClock(new Date(request.requestedAt), zone, uiLocale) : ''),
    rowTools?.(request, index, waiting));
  }

  return {
    list,
    render(floor) {
      const { waiting } = floor;
      const focus = rememberFocus(list);
      replaceChildren(list, waiting.map((request, index) => row(request, index, waiting)));
      empty.hidden = waiting.length > 0;
      list.hidden = waiting.length === 0;
      if (countEl) countEl.textContent = waiting.length ? t('floor.waitingCount', { count: waiting.length }) : '';
      focus();
    },
  };
}

function rowLabel(request, place) {
  return t('floor.rowLabel', { place, delegation: delegationName(request.delegation), kind: t(`floor.kind.${request.kind}`) });
}

/** Redrawing the rows must not lose the keyboard's place: note what had focus, give it back afterwards. */
function rememberFocus(list) {
  const active = document.activeElement;
  if (!active || !list.contains(active)) return () => {};
  const row = active.closest('[data-request-id]');
  const requestId = row?.dataset.requestId;
  const testid = active === row ? null : active.dataset.testid;
  return () => {
    const again = requestId && list.querySelector(`[data-request-id="${CSS.escape(requestId)}"]`);
    const target = again && (testid ? again.querySelector(`[data-testid="${CSS.escape(testid)}"]`) : again);
    if (target && !target.disabled) target.focus();
    else if (again) again.focus();
    else list.querySelector('[data-request-id]')?.focus();
  };
}
