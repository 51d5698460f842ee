// The frame of the pages opened from a link or a public form: a card under the plain header, no sign-in needed.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t, translateDom } from '../../i18n.js';
import { renderPublicHeader } from '../../shell.js';

export function startPublic(titleKey) {
  renderPublicHeader();
  translateDom(document);
  document.title = `${t(titleKey)} · ${t('app.name')}`;
  return document.querySelector('[data-access="card"]');
}

export function cardHeading(card, titleKey, intro) {
  return [h('h1', { class: 'signin__title' }, t(titleKey)), intro && h('p', { class: 'signin__intro' }, intro)];
}

/** The link's token from ?token=, or null. */
export const tokenFromUrl = () => new URLSearchParams(window.location.search).get('token');

export function showProblem(card, titleKey, error) {
  replaceChildren(card, h('h1', { class: 'signin__title' }, t(titleKey)),
    h('div', { class: 'note note--error', attrs: { role: 'alert', 'data-testid': 'link-error', 'data-code': error?.code } }, errorText(error)),
    h('p', { class: 'signin__help' }, h('a', { href: '/forgot-password' }, t('access.askNewLink')), ' · ', h('a', { href: '/signin' }, t('access.toSignin'))));
}
