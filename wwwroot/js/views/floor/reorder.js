// The chair reorders the waiting list by dragging a row onto another of the same kind, or from the keyboard:
// Alt+ArrowUp / Alt+ArrowDown on a focused row (or its move buttons); ArrowUp / ArrowDown, Home, End move focus.
// A request never leaves its kind's group, so drops and moves across groups are not offered.
import { h } from '../../dom.js';
import { canMove, dropTarget, moved, moveTarget } from '../../floor-order.js';
import { t } from '../../i18n.js';
import { delegationName } from '../../names.js';

/**
 * createReorder({ commands, announce, getWaiting, toasts, getSession }) → { rowTools(request, index, waiting), attach(list), dragging }
 * rowTools draws each row's give / move up / move down / remove buttons; attach() wires drag and keys on the list.
 * A removal acts at once and offers Undo (a RestoreRequest on the server), rather than asking first.
 */
export function createReorder({ commands, announce, getWaiting, toasts, getSession = () => null }) {
  let dragId = null;

  async function move(requestId, to) {
    if (to == null) return;
    const waiting = getWaiting();
    const request = waiting.find((r) => r.requestId === requestId);
    if (await commands.move(requestId, to)) {
      const place = moved(waiting, requestId, to).findIndex((r) => r.requestId === requestId) + 1;
      announce(t('chair.movedTo', { delegation: delegationName(request.delegation), place }));
    }
  }

  const tool = (testid, label, glyph, variant, onClick, disabled = false) => h('button', {
    class: ['btn', 'btn--small', 'btn--tool', variant], type: 'button', disabled,
    dataset: { testid }, attrs: { 'aria-label': label, title: label }, on: { click: onClick },
  }, glyph);

  function rowTools(request, index, waiting) {
    const code = request.delegation.code;
    const name = delegationName(request.delegation);
    return h('span', { class: 'request__tools' },
      h('button', {
        class: 'btn btn--small btn--secondary', type: 'button', dataset: { testid: `give-${code}` },
        // Before the session opens the list fills by inscription, but nobody is given the floor.
        disabled: getSession()?.state === 'Scheduled',
        attrs: { 'aria-label': t('chair.giveToLabel', { delegation: name }) },
        on: { click: () => commands.giveTo(request.requestId) },
      }, t('chair.giveTo')),
      tool(`move-up-${code}`, t('chair.moveUp', { delegation: name }), '↑', 'btn--secondary',
        () => move(request.requestId, moveTarget(getWaiting(), request.requestId, -1)), !canMove(waiting, index, -1)),
      tool(`move-down-${code}`, t('chair.moveDown', { delegation: name }), '↓', 'btn--secondary',
        () => move(request.requestId, moveTarget(getWaiting(), request.requestId, +1)), !canMove(waiting, index, +1)),
      tool(`remove-${code}`, t('chair.remove', { delegation: name }), '✕', 'btn--danger', () => remove(request)));
  }

  async function remove(request) {
    const name = delegationName(request.delegation);
    if (!(await commands.remove(request.requestId))) return;
    const text = t('chair.removed', { delegation: name, kind: t(`floor.kind.${request.kind}`) });
    announce(text);
    toasts.undo(text, t('chair.undo'), async () => {
      if (!(await commands.restore(request.requestId))) return;
      const place = getWaiting().findIndex((r) => r.requestId === request.requestId) + 1;
      announce(t('chair.restored', { delegation: name, place }));
      document.querySelector(`[data-request-id="${CSS.escape(request.requestId)}"]`)?.focus();
    });
  }

  function clearMarks(list) {
    for (const el of list.querySelectorAll('.is-drop-before, .is-drop-after, .is-dragging')) {
      el.classList.remove('is-drop-before', 'is-drop-after', 'is-dragging');
    }
  }

  function attach(list, { onDragEnd }) {
    list.addEventListener('dragstart', (event) => {
      const row = event.target.closest?.('[data-request-id]');
      if (!row) return;
      dragId = row.dataset.requestId;
      row.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', dragId);
    });
    list.addEventListener('dragover', (event) => {
      const row = event.target.closest?.('[data-request-id]');
      if (!dragId || !row) return;
      const waiting = getWaiting();
      const to = dropTarget(waiting, dragId, row.dataset.requestId);
      for (const el of list.querySelectorAll('.is-drop-before, .is-drop-after')) el.classList.remove('is-drop-before', 'is-drop-after');
      if (to == null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const from = waiting.findIndex((r) => r.requestId === dragId);
      row.classList.add(from < to ? 'is-drop-after' : 'is-drop-before');
    });
    list.addEventListener('drop', (event) => {
      const row = event.target.closest?.('[data-request-id]');
      if (!dragId || !row) return;
      event.preventDefault();
      const id = dragId;
      const to = dropTarget(getWaiting(), id, row.dataset.requestId);
      clearMarks(list);
      move(id, to);
    });
    list.addEventListener('dragend', () => {
      dragId = null;
      clearMarks(list);
      onDragEnd();
    });
    list.addEventListener('keydown', (event) => onKey(event, list));
  }

  function onKey(event, list) {
    const row = event.target.closest?.('[data-request-id]');
    if (!row || !['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    const rows = [...list.querySelectorAll('[data-request-id]')];
    const index = rows.indexOf(row);
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const delta = event.key === 'ArrowUp' ? -1 : 1;
      const waiting = getWaiting();
      if (!canMove(waiting, index, delta)) {
        announce(t(delta < 0 ? 'chair.cannotMoveUp' : 'chair.cannotMoveDown'));
        return;
      }
      row.focus();
      move(row.dataset.requestId, moveTarget(waiting, row.dataset.requestId, delta));
      return;
    }
    // Plain arrows move between rows, but only from the row itself: inside a button they are the button's own.
    if (event.target !== row || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: rows.length - 1 }[event.key];
    rows[Math.max(0, Math.min(rows.length - 1, to))].focus();
  }

  return {
    rowTools,
    attach,
    get dragging() { return dragId !== null; },
  };
}
