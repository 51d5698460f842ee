// The language menu in the header of every page: the six languages, each written in itself. Choosing one keeps it
// (for the account when signed in, and in this browser for the signed-out pages), then switches the page in place:
// views that follow onLanguageChange() draw again from their stores, so the live connection stays as it is. A page
// without such a view reloads instead; it then reconnects and reads a fresh snapshot, as after any reconnect.
import { put } from './api.js';
import { h, replaceChildren } from './dom.js';
import { LANGUAGES, setLanguage, t, translateDom, uiLanguage } from './i18n.js';

const COOKIE = 'OnlineMinisterial.Language';
const afterSwitch = new Set();

/** Runs fn() after the page has switched language (the header's own redraw: account, title). */
export function onHeaderRelabel(fn) {
  afterSwitch.add(fn);
}

/** Draws the menu into the header's language slot. signedIn: keep the choice on the account too. */
export function renderLanguageMenu(slot, { signedIn }) {
  const select = h('select', {
    id: 'language-select', class: 'language-menu__select', dataset: { testid: 'language-menu' },
    on: { change: () => choose(select.value) },
  }, LANGUAGES.map(({ code, name }) => h('option', { value: code, selected: code === uiLanguage, attrs: { lang: code } }, name)));
  const label = h('label', { class: 'visually-hidden', htmlFor: 'language-select', dataset: { i18n: 'language.menu' } }, t('language.menu'));
  replaceChildren(slot, h('span', { class: 'language-menu__icon', attrs: { 'aria-hidden': 'true' } }, globe()), label, select);
  slot.hidden = false;

  async function choose(code) {
    select.disabled = true;
    document.cookie = `${COOKIE}=${code}; path=/; max-age=31536000; samesite=lax`;
    try {
      if (signedIn) await put('/api/me/language', { language: code });
    } catch (error) {
      console.warn('the language could not be kept for the account', error);
    }
    const redrawn = await setLanguage(code);
    if (!redrawn) {
      window.location.reload();
      return;
    }
    translateDom(document);
    for (const fn of afterSwitch) fn();
    select.disabled = false;
    select.focus();
  }
}

function globe() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.93 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.81 2h2.95c.32 1.25.78 2.45 1.38 3.56A8 8 0 0 1 5.07 16Zm2.95-8H5.07a8 8 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.02 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.25 5.56A15.7 15.7 0 0 0 15.98 16h2.95a8.03 8.03 0 0 1-4.34 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
