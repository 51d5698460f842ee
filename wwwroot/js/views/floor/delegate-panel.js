// A delegate's own corner of the room: the delegation's place on the list and its requests for the floor.
import { h, replaceChildren } from '../../dom.js';
import { delegateActions, placeOf } from '../../floor-order.js';
import { errorText, ordinal, t, tParts } from '../../i18n.js';
import { createFloorLanguage } from './floor-language.js';

// A retry after a dropped connection must not queue the delegation twice: the same intent keeps its key
// until the server has answered it.
const RETRYABLE = new Set(['hub.disconnected', 'network.unreachable']);

/**
 * createDelegatePanel(section, { live, toasts }) → { render(floor) }
 * live: what startFloor() returned. The section stays hidden for people without a delegation.
 */
export function createDelegatePanel(section, { live, toasts }) {
  const { me, hub } = live;
  const delegation = me.delegation;
  section.hidden = false;
  section.querySelector('.panel__head').append(h('span', { class: 'mine__code' }, delegation.code));

  // Focus lands here when the button pressed can no longer take it and the natural next one cannot either.
  const place = h('p', { class: 'your-place', dataset: { testid: 'your-place' }, attrs: { 'aria-live': 'polite', tabindex: '-1' } });
  const group = h('input', { type: 'checkbox', id: 'on-behalf-of-group' });
  const keys = new Map();
  let busy = null;
  let actions = null;
  // After an action, where focus should go once the floor shows its effect: the withdraw button after a request,
  // the request button after a withdrawal. Kept for a few seconds, until the change arrives.
  let focusNext = null;

  const buttons = {
    requestFloor: actionButton('request-floor', 'floor.requestFloor', 'btn--primary', () => request('Statement', group.checked), 'withdraw'),
    pointOfOrder: actionButton('point-of-order', 'floor.pointOfOrder', 'btn--order', () => request('PointOfOrder'), 'withdraw'),
    rightOfReply: actionButton('right-of-reply', 'floor.rightOfReply', 'btn--secondary', () => request('RightOfReply'), 'withdraw'),
    withdraw: actionButton('withdraw', 'floor.withdraw', 'btn--secondary', withdraw, 'requestFloor'),
  };
  // Nothing can be asked before the floor is known: the buttons wait for the first snapshot (paint() decides).
  for (const button of Object.values(buttons)) button.disabled = true;
  const reasons = Object.fromEntries(Object.keys(buttons).map((name) => [name, h('p', { class: 'action__reason', id: `reason-${name}` })]));
  const cell = (name, ...extra) => h('div', { class: `action action--${name}` }, buttons[name], ...extra, reasons[name]);

  const notice = h('p', { class: 'mine__notice', id: 'actions-notice', dataset: { testid: 'actions-notice' } });
  const language = createFloorLanguage();
  section.append(h('div', { class: 'mine__body' },
    place,
    notice,
    language.el,
    h('div', { class: 'actions' },
      cell('requestFloor', h('label', { class: 'check action__option' }, group, h('span', {}, t('floor.onBehalfOfGroup')))),
      cell('pointOfOrder'),
      cell('rightOfReply'),
      cell('withdraw'))));

  function actionButton(testid, labelKey, variant, run, thenFocus) {
    return h('button', {
      class: ['btn', variant, 'action__button'], type: 'button', dataset: { testid },
      on: { click: () => runAction(testid, run, thenFocus) },
    }, t(labelKey));
  }

  async function runAction(name, run, thenFocus) {
    if (busy) return;
    busy = name;
    paint();
    try {
      await run();
      focusNext = { name: thenFocus, until: Date.now() + 4000 };
    } catch (error) {
      toasts.error(errorText(error));
    } finally {
      busy = null;
      paint();
    }
  }

  /** Puts focus where the action leads, or keeps it in the panel when the button that had it is disabled. */
  function placeFocus() {
    const active = document.activeElement;
    const lost = !active || active === document.body || (section.contains(active) && active.disabled);
    if (focusNext && Date.now() > focusNext.until) focusNext = null;
    const target = focusNext && buttons[focusNext.name];
    if (target && !target.disabled && (lost || section.contains(active))) {
      target.focus();
      focusNext = null;
    } else if (lost && (focusNext || section.contains(active))) {
      place.focus();
    }
  }

  async function request(kind, onBehalfOfGroup = false) {
    const { spoken, interpretedInto } = language.value();
    const intent = `${kind}|${onBehalfOfGroup}|${spoken}|${interpretedInto}`;
    if (!keys.has(intent)) keys.set(intent, crypto.randomUUID());
    try {
      if (kind === 'PointOfOrder') await hub.invoke('RaisePointOfOrder', live.sessionId, spoken, interpretedInto, keys.get(intent));
      else await hub.invoke('RequestFloor', live.sessionId, kind, onBehalfOfGroup, spoken, interpretedInto, keys.get(intent));
      keys.delete(intent);
    } catch (error) {
      if (!RETRYABLE.has(error.code)) keys.delete(intent);
      throw error;
    }
  }

  async function withdraw() {
    const own = actions?.withdraw.request;
    if (own) await hub.invoke('Withdraw', live.sessionId, own.requestId);
  }

  let floor = null;
  function paint() {
    if (!floor) return;
    actions = delegateActions({ floor, session: live.session, delegationId: delegation.id, connected: hub.state === 'connected' });
    // A reason every button shares (not live, not connected) is said once for the panel, not under each button.
    const shared = new Set(Object.keys(buttons).map((name) => actions[name].reason));
    const common = shared.size === 1 ? [...shared][0] : null;
    notice.textContent = common ? t(common) : '';
    for (const [name, button] of Object.entries(buttons)) {
      const { enabled, reason } = actions[name];
      // While a call runs the buttons refuse clicks but stay focusable, so the one pressed keeps the focus.
      button.disabled = !enabled;
      button.setAttribute('aria-disabled', String(busy !== null));
      button.classList.toggle('is-busy', busy === button.dataset.testid);
      reasons[name].textContent = enabled || common ? '' : t(reason);
      if (enabled) button.removeAttribute('aria-describedby');
      else button.setAttribute('aria-describedby', common ? notice.id : reasons[name].id);
    }
    const own = actions.withdraw.request;
    buttons.withdraw.textContent = own ? t('floor.withdrawKind', { kind: t(`floor.kind.${own.kind}`).toLowerCase() }) : t('floor.withdraw');
    group.disabled = !actions.requestFloor.enabled || busy !== null;
    language.setDisabled(busy !== null);
    paintPlace();
    if (busy === null) placeFocus();
  }

  function paintPlace() {
    const n = placeOf(floor.waiting, delegation.id);
    const speaking = floor.current?.delegation?.id === delegation.id;
    place.dataset.place = n ?? '';
    place.classList.toggle('your-place--speaking', speaking);
    replaceChildren(place, speaking
      ? t('floor.youHaveTheFloor')
      : n ? [tParts('floor.yourPlace', { place: ordinal(n) }, (_, value) => h('strong', { class: 'your-place__n' }, value)),
        n === 1 && [' ', h('span', { class: 'your-place__next' }, t('floor.youAreNext'))]] : t('floor.notOnList'));
  }

  hub.onState(() => paint());
  live.onSession(() => paint());
  return {
    render(next) {
      floor = next;
      paint();
    },
  };
}
