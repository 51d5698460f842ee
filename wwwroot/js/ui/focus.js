// Redrawing a part of the page must not throw the keyboard user's focus away: elements that can take focus
// carry data-focus="<stable key>", and after a redraw the element with the same key gets it back.

/** Runs redraw(); if focus was inside container on a [data-focus] element, gives it back to its successor. */
export function keepFocus(container, redraw) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.closest('[data-focus]')?.dataset.focus : null;
  redraw();
  if (key) container.querySelector(`[data-focus="${CSS.escape(key)}"]`)?.focus();
}
