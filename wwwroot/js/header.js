// The header every page shows, built here from the page's one placeholder, <header data-shell="header"></header>:
// the brand, and for a signed-in page the live connection indicator, a slot for the language menu, the bell, the
// account and sign-out, then (once the person is known) the navigation, and the banner shown while disconnected.
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';

/** Draws the header into its placeholder and returns it. signedIn: false for the sign-in page (brand only). */
export function renderHeaderFrame({ signedIn }) {
  const header = document.querySelector('[data-shell="header"]');
  header.classList.add('app-header');
  const brand = h('div', { class: 'brand' },
    h('img', { class: 'brand__mark', src: '/favicon.svg', alt: '', width: 36, height: 36 }),
    h('div', { class: 'brand__text' },
      h('span', { class: 'brand__app' }, t('app.name')),
      h('span', { class: 'brand__title', dataset: { shell: 'conference-title' } }, signedIn ? '' : t('app.tagline'))));
  replaceChildren(header,
    h('div', { class: 'app-header__inner' }, brand, signedIn && tools()),
    signedIn && h('p', { class: 'connection-banner', dataset: { shell: 'connection-banner' }, hidden: true }));
  return header;
}

function tools() {
  return h('div', { class: 'header-tools' },
    h('div', { class: 'connection', dataset: { testid: 'connection-status', state: 'connecting' }, attrs: { role: 'status' } },
      h('span', { class: 'connection__dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'visually-hidden' }, t('connection.label')),
      h('span', { class: 'connection__label', dataset: { shell: 'connection-label' } }, t('connection.connecting'))),
    // The language menu goes here; until a page has more than one language, the slot stays empty and hidden.
    h('div', { class: 'header-tools__language', dataset: { shell: 'language' }, hidden: true }),
    h('div', { class: 'bell', dataset: { shell: 'bell' }, hidden: true }),
    h('div', { class: 'account', dataset: { shell: 'account' } }),
    h('button', { class: 'btn btn--on-dark', type: 'button', dataset: { shell: 'sign-out' }, hidden: true }, t('shell.signOut')));
}
