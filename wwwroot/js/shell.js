// The page frame every page shares, from one place: the header (conference, live connection, the bell with the
// person's notifications and reminders, account, sign out, navigation). A page calls startShell() and then renders
// its own <main>; the sign-in page calls renderPublicHeader().
import { get, post, resetAntiforgery } from './api.js';
import { h, replaceChildren } from './dom.js';
import { renderHeaderFrame } from './header.js';
import { createHub } from './hub.js';
import { errorText, formatList, t, translateDom } from './i18n.js';
import { onHeaderRelabel } from './language-menu.js';
import { delegationName } from './names.js';
import { createBell } from './notifications.js';
import { viewerTimeZone } from './time.js';

/**
 * Draws the header, loads the person and the conference, fills the header and the page title, and starts the
 * bell. A page with its own conference hub (lobby, agenda editor) passes bellOnPageHub: true and gives that hub to
 * bindNotifications(); on every other page the bell has its own light connection (/hubs/notifications).
 * startShell({ pageTitleKey: 'lobby.pageTitle' }) → { me, conference }
 */
export async function startShell({ pageTitleKey, bellOnPageHub = false }) {
  const header = renderHeaderFrame({ signedIn: true });
  translateDom(document);
  document.title = `${t(pageTitleKey)} · ${t('app.name')}`;
  const [me, conference] = await Promise.all([get('/api/me'), get('/api/conference')]);
  document.title = `${t(pageTitleKey)} · ${conference.title}`;
  fillHeader(header, { me, conference });
  onHeaderRelabel(() => {
    document.title = `${t(pageTitleKey)} · ${conference.title}`;
    renderAccount(me);
    renderNav(header, me);
  });
  if (!bellOnPageHub) startOwnBell();
  return { me, conference };
}

/**
 * For a page that shows nothing live of its own (account, accounts, the accreditation consoles): one conference-hub
 * connection that counts the person present, feeds the header's indicator and the bell, and ignores the presence,
 * seat and agenda events every connection receives (a handler-less event is a SignalR console warning). Call it
 * after startShell({ …, bellOnPageHub: true }). → the hub
 */
export function startPresenceOnly() {
  const hub = createHub('/hubs/conference', { onResync: async () => { await bell.refresh(); } });
  hub.ignore('PresenceChanged', 'SeatChanged', 'SessionChanged', 'SessionCancelled');
  const bell = createBell(hub, { viewerZone: viewerTimeZone() });
  bindConnectionStatus(hub);
  hub.start();
  return hub;
}

/** The sign-in page's header: the brand and the tagline, nothing that needs a person. */
export function renderPublicHeader() {
  renderHeaderFrame({ signedIn: false });
}

function startOwnBell() {
  const hub = createHub('/hubs/notifications', { onResync: () => bell.refresh() });
  const bell = createBell(hub, { viewerZone: viewerTimeZone() });
  hub.start();
}

function fillHeader(header, { me, conference }) {
  const title = header.querySelector('[data-shell="conference-title"]');
  replaceChildren(title, conference.title);
  title.title = conference.title;
  renderAccount(me);
  renderNav(header, me);
  const signOut = header.querySelector('[data-shell="sign-out"]');
  signOut.hidden = false;
  signOut.addEventListener('click', () => signOutNow(signOut));
}

// The pages everyone moves between; the console only for the secretariat. Built here so every page gets it.
const NAV = [
  { href: '/', key: 'nav.lobby', paths: ['/', '/index.html'] },
  { href: '/declaration', key: 'nav.declaration', paths: ['/declaration', '/declaration.html'] },
  { href: '/vote', key: 'nav.vote', paths: ['/vote', '/vote.html'] },
  { href: '/secretariat', key: 'nav.secretariat', paths: ['/secretariat', '/secretariat.html'], role: 'Secretariat' },
  { href: '/agenda', key: 'nav.agendaEditor', paths: ['/agenda', '/agenda.html'], role: 'Secretariat' },
  { href: '/accounts', key: 'nav.accounts', paths: ['/accounts', '/accounts.html'], role: 'Secretariat' },
  { href: '/delegations', key: 'nav.delegations', paths: ['/delegations', '/delegations.html'], role: 'Secretariat' },
  { href: '/participants', key: 'nav.participants', paths: ['/participants', '/participants.html'], role: 'Secretariat' },
  { href: '/outbox', key: 'nav.outbox', paths: ['/outbox', '/outbox.html'], role: 'Secretariat' },
  { href: '/my-delegation', key: 'nav.myDelegation', paths: ['/my-delegation', '/my-delegation.html'], role: 'Delegate' },
  { href: '/account', key: 'nav.account', paths: ['/account', '/account.html'] },
];

function renderNav(header, me) {
  const here = window.location.pathname;
  const links = NAV.filter((item) => !item.role || me.roles.includes(item.role)).map((item) => h('li', {},
    h('a', {
      class: 'app-nav__link',
      href: item.href,
      attrs: { 'aria-current': item.paths.includes(here) ? 'page' : null },
      dataset: { i18n: item.key },
    }, t(item.key))));
  const nav = h('nav', { class: 'app-nav', attrs: { 'aria-label': t('nav.label') } }, h('ul', { class: 'app-nav__list' }, links));
  header.querySelector('.app-nav')?.remove();
  header.querySelector('.app-header__inner').after(nav);
}

/**
 * The notification bell (unread count, latest entries, browser notifications where allowed), fed by the hub.
 * → { refresh() }: call it from the hub's onResync, as entries may have arrived while disconnected.
 */
export function bindNotifications(hub, { viewerZone }) {
  return createBell(hub, { viewerZone });
}

function renderAccount(me) {
  replaceChildren(document.querySelector('[data-shell="account"]'), accountBlock(me));
}

/**
 * Keeps the header's seat badge true: follows SeatChanged events for the person's own delegation.
 * After a reconnect (events may have been missed) call refreshAccount(). onChange(me), if given, runs after each change.
 */
export function followSeat(hub, me, onChange) {
  let version = -1;
  hub.on('SeatChanged', (evt) => {
    if (evt.delegationId !== me.delegation?.id || evt.version <= version) return;
    version = evt.version;
    me.holdsSeat = evt.seatHolderId === me.id;
    renderAccount(me);
    onChange?.(me);
  });
}

/** Reads /api/me again and redraws the account block; returns the fresh person. */
export async function refreshAccount() {
  const me = await get('/api/me');
  renderAccount(me);
  return me;
}

function accountBlock(me) {
  const roles = formatList(me.roles.map((role) => t(`role.${role}`)), 'plain');
  const meta = [me.delegation?.code, me.seatRole ? t(`seatRole.${me.seatRole}`) : roles].filter(Boolean).join(' · ');
  return [
    h('span', { class: 'visually-hidden' }, t('shell.account')),
    h('span', { class: 'account__name' }, me.displayName),
    h('span', { class: 'account__meta' },
      h('span', { attrs: { title: me.delegation ? delegationName(me.delegation) : undefined } }, meta),
      me.holdsSeat && h('span', { class: 'badge badge--seat', attrs: { title: t('shell.seatBadgeHint') } },
        t('shell.seatBadge'), h('span', { class: 'visually-hidden' }, `: ${t('shell.seatBadgeHint')}`))),
  ];
}

async function signOutNow(button) {
  button.disabled = true;
  button.textContent = t('shell.signingOut');
  // Even if the call fails, the person asked to leave: the sign-in page shows whether they still can.
  await post('/api/auth/signout').catch((error) => console.warn('sign-out failed', error));
  resetAntiforgery();
  window.location.assign('/signin');
}

/** Keeps the header's indicator in step with hub.state (connecting | connected | reconnecting | offline). */
export function bindConnectionStatus(hub, el = document.querySelector('[data-testid="connection-status"]')) {
  const label = el.querySelector('[data-shell="connection-label"]');
  const banner = document.querySelector('[data-shell="connection-banner"]');
  hub.onState((state) => {
    el.dataset.state = state;
    label.textContent = t(`connection.${state}`);
    label.dataset.i18n = `connection.${state}`;
    el.title = t(`connection.${state}Hint`);
    document.body.dataset.connection = state;
    // The banner only matters once something was shown live and may now be out of date.
    if (banner) {
      banner.hidden = state === 'connected' || state === 'connecting';
      banner.textContent = t(`connection.${state}Hint`);
      banner.dataset.i18n = `connection.${state}Hint`;
    }
  });
}

/** Replaces <main>'s content with an error and a button that reloads the page. */
export function showLoadError(main, error) {
  replaceChildren(main, h('div', { class: 'load-error', attrs: { role: 'alert' } },
    h('h1', { class: 'load-error__title' }, t('shell.loadFailed')),
    h('p', {}, errorText(error)),
    h('button', { class: 'btn btn--primary', type: 'button', on: { click: () => window.location.reload() } }, t('shell.retry'))));
}
