// Keyboard shortcuts of the chair console for a running meeting: one key each, listed on the screen. They never
// fire while the chair types in a field, with a modifier held (the browser's and the reorder keys' own), or while a
// dialog is open; the buttons they press stay the one place that decides what is allowed.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

/** Each shortcut: its key (as KeyboardEvent.key, lower case) and the testid of the button it presses. */
export const SHORTCUTS = [
  { key: 'n', testid: 'give-next', labelKey: 'chair.shortcut.next' },
  { key: 'e', testid: 'end-speech', labelKey: 'chair.shortcut.end' },
  { key: 'p', testid: ['pause', 'resume'], labelKey: 'chair.shortcut.pause' },
  { key: 'x', testid: 'extend-30', labelKey: 'chair.shortcut.extend' },
];

/** Whether a key press belongs to what has focus (typing in a field, a list box, an editable area). */
export function isTyping(target) {
  if (!target || !target.closest) return false;
  if (target.isContentEditable) return true;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role=textbox], [role=combobox], dialog[open]'));
}

/** The shortcut a key event asks for, or null. */
export function shortcutFor(event) {
  if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  const key = String(event.key ?? '').toLowerCase();
  return SHORTCUTS.find((s) => s.key === key) ?? null;
}

/**
 * bindShortcuts(root, { find(testid) → button }) → the list to show on screen. A key presses the first enabled,
 * visible button of its shortcut, so a disabled command stays disabled from the keyboard too.
 */
export function bindShortcuts(root, find) {
  document.addEventListener('keydown', (event) => {
    const shortcut = shortcutFor(event);
    // A console drawn again (another language) leaves this one detached: only the one on the page answers.
    if (!shortcut || root.inert || !root.isConnected) return;
    const button = [shortcut.testid].flat().map(find).find((b) => b && !b.hidden && !b.disabled);
    if (!button) return;
    event.preventDefault();
    button.click();
  });
  for (const shortcut of SHORTCUTS) {
    for (const testid of [shortcut.testid].flat()) find(testid)?.setAttribute('aria-keyshortcuts', shortcut.key.toUpperCase());
  }
  return h('div', { class: 'shortcuts', dataset: { testid: 'shortcuts' } },
    h('h3', { class: 'shortcuts__title', id: 'shortcuts-title' }, t('chair.shortcutsHeading')),
    h('dl', { class: 'shortcuts__list', attrs: { 'aria-labelledby': 'shortcuts-title' } },
      SHORTCUTS.map((s) => h('div', { class: 'shortcuts__item' },
        h('dt', {}, h('kbd', { class: 'kbd' }, s.key.toUpperCase())),
        h('dd', {}, t(s.labelKey))))),
    h('p', { class: 'shortcuts__hint' }, t('chair.shortcutsHint')));
}
