// The header every page shows, built here from the page's one placeholder, <header data-shell="header"></header>:
// the brand, and for a signed-in page the live connection indicator, a slot for the language menu, the bell, the
// account and sign-out, then (once the person is known) the navigation, and the banner shown while disconnected.
// The language menu is on every page, the sign-in page included. Texts carry their key in data-i18n, so a switch of
// language relabels the header in place.
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { renderLanguageMenu } from './language-menu.js';

/** Draws the header into its placeholder and returns it. signedIn: false for the sign-in page (brand only). */
export function renderHeaderFrame({ signedIn }) {
  const header = document.querySelector('[data-shell="header"]');
  header.classList.add('app-header');
  const brand = h('div', { class: 'brand' },
    h('img', { class: 'brand__mark', src: '/favicon.svg', alt: '', width: 36, height: 36 }),
    h('div', { class: 'brand__text' },
      h('span', { class: 'brand__app', dataset: { i18n: 'app.name' } }, t('app.name')),
      signedIn
        ? h('span', { class: 'brand__title', dataset: { shell: 'conference-title' } })
        : h('span', { class: 'brand__title', dataset: { shell: 'conference-title', i18n: 'app.tagline' } }, t('app.tagline'))));
  const language = h('div', { class: 'header-tools__language', dataset: { shell: 'language' }, hidden: true });
  replaceChildren(header,
    h('div', { class: 'app-header__inner' }, brand, signedIn ? tools(language) : h('div', { class: 'header-tools' }, language)),
    signedIn && h('p', { class: 'connection-banner', dataset: { shell: 'connection-banner' }, hidden: true }));
  renderLanguageMenu(language, { signedIn });
  return header;
}

function tools(language) {
  return h('div', { class: 'header-tools' },
    h('div', { class: 'connection', dataset: { testid: 'connection-status', state: 'connecting' }, attrs: { role: 'status' } },
      h('span', { class: 'connection__dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'visually-hidden', dataset: { i18n: 'connection.label' } }, t('connection.label')),
      h('span', { class: 'connection__label', dataset: { shell: 'connection-label', i18n: 'connection.connecting' } }, t('connection.connecting'))),
    language,
    h('div', { class: 'bell', dataset: { shell: 'bell' }, hidden: true }),
    h('div', { class: 'account', dataset: { shell: 'account' } }),
    h('button', { class: 'btn btn--on-dark', type: 'button', dataset: { shell: 'sign-out', i18n: 'shell.signOut' }, hidden: true }, t('shell.signOut')));
}
