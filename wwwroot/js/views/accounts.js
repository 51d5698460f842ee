// The secretariat's accounts: search by e-mail or name, filter by state, and unlock, deactivate (confirmed),
// reactivate or end the sessions of a person. Every action is audited on the server.
import { get, post } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { errorText, formatList, t } from '../i18n.js';
import { showLoadError, startPresenceOnly, startShell } from '../shell.js';
import { confirmDialog } from '../ui/dialog.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-accounts="${name}"]`);
const search = document.getElementById('accounts-search');
const state = document.getElementById('accounts-state');
let me = null;
let timer = 0;
let latest = 0; // answers can arrive out of order while someone types: only the last request's list is shown

async function start() {
  try {
    ({ me } = await startShell({ pageTitleKey: 'accounts.pageTitle', bellOnPageHub: true }));
    await load();
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  main.removeAttribute('aria-busy');
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  state.addEventListener('change', load);
  part('filters').addEventListener('submit', (event) => { event.preventDefault(); load(); });
  startPresenceOnly();
}

async function load() {
  const query = new URLSearchParams();
  if (search.value.trim()) query.set('search', search.value.trim());
  if (state.value) query.set('state', state.value);
  const ticket = ++latest;
  const list = await get(`/api/accounts?${query}`);
  if (ticket !== latest) return;
  part('count').textContent = t('accounts.count', { count: list.total, shown: list.accounts.length });
  replaceChildren(part('rows'), list.accounts.length ? list.accounts.map(row)
    : h('tr', { class: 'accounts__empty' }, h('td', { colSpan: 5 }, t('accounts.none'))));
}

function row(account) {
  const self = account.id === me.id;
  const actions = [];
  if (account.state === 'Locked') actions.push(action('unlock', account));
  if (account.state === 'Deactivated') actions.push(action('reactivate', account));
  else if (!self) actions.push(action('deactivate', account, true));
  if (account.state !== 'Deactivated') actions.push(action('end-sessions', account));
  const until = account.lockedUntil && t('accounts.lockedUntil', { time: new Date(account.lockedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) });
  return h('tr', { dataset: { testid: 'account-row', email: account.email } },
    h('td', {}, h('span', { class: 'accounts__name' }, account.displayName),
      account.delegationCode && h('span', { class: 'accounts__sub' }, account.delegationCode)),
    h('td', {}, account.email),
    h('td', {}, formatList(account.roles.map((r) => t(`accounts.role.${r}`)), 'plain')),
    h('td', {}, h('span', { class: ['state-badge', `state-badge--${account.state.toLowerCase()}`], dataset: { testid: 'account-state' } },
      t(`accounts.state${account.state}`)), until && h('span', { class: 'accounts__sub' }, until)),
    h('td', {}, h('div', { class: 'accounts__actions' }, actions)));
}

function action(name, account, danger = false) {
  const button = h('button', {
    class: ['btn', 'btn--small', danger && 'btn--danger'], type: 'button', dataset: { testid: `account-${name}` },
    attrs: { 'aria-label': t(`accounts.${name}Label`, { name: account.displayName }) },
  }, t(`accounts.${name}`));
  button.addEventListener('click', async () => {
    if (name === 'deactivate') {
      const sure = await confirmDialog({
        title: t('accounts.deactivateTitle', { name: account.displayName }), body: t('accounts.deactivateBody'),
        confirmLabel: t('accounts.deactivate'), danger: true,
      });
      if (!sure) return;
    }
    button.disabled = true;
    const error = part('error');
    error.hidden = true;
    try {
      await post(`/api/accounts/${encodeURIComponent(account.id)}/${name}`);
      await load();
    } catch (e) {
      button.disabled = false;
      error.textContent = errorText(e);
      error.hidden = false;
      error.focus();
    }
  });
  return button;
}

start();
