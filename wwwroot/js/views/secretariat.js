// The secretariat console: sections in tabs (Polls, Declaration, and whatever else a team adds). Each tab panel in
// secretariat.html names its module in data-module; the module exports mount(panel, context). Adding a section
// means adding a tab button and a panel to the page, nothing here.
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { bindConnectionStatus, showLoadError, startShell } from '../shell.js';
import { createTicker } from '../deadline.js';
import { createVotingConnection, delegationIndex } from '../voting/connection.js';

const main = document.getElementById('main');

async function start() {
  let shell;
  try {
    shell = await startShell({ pageTitleKey: 'sec.pageTitle' });
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  const { me, conference } = shell;
  if (!me.roles.includes('Secretariat')) {
    replaceChildren(main, h('div', { class: 'load-error', attrs: { role: 'alert' } },
      h('h1', { class: 'load-error__title' }, t('sec.forbiddenTitle')), h('p', {}, t('sec.forbidden')),
      h('a', { class: 'btn btn--primary', href: '/' }, t('nav.lobby'))));
    main.removeAttribute('aria-busy');
    return;
  }

  let voting = null;
  let ticker = null;
  const tabs = createTabs(main.querySelector('[role=tablist]'));
  const context = {
    me,
    conference,
    names: delegationIndex(conference.delegations),
    /** The voting hub connection, shared by the sections that need it; started on first use. */
    get voting() {
      if (!voting) {
        voting = createVotingConnection();
        bindConnectionStatus(voting.hub);
        voting.start();
      }
      return voting;
    },
    get ticker() {
      ticker ??= createTicker(this.voting.clock);
      return ticker;
    },
    showTab: (name) => tabs.select(name, { focus: false }),
  };

  await Promise.all([...main.querySelectorAll('[role=tabpanel][data-module]')].map(async (panel) => {
    try {
      const module = await import(panel.dataset.module);
      await module.mount(panel, context);
    } catch (error) {
      console.error('secretariat: a section failed to load', panel.dataset.module, error);
      replaceChildren(panel, h('p', { class: 'note note--error', attrs: { role: 'alert' } }, t('sec.sectionFailed')));
    }
  }));
  main.removeAttribute('aria-busy');
}

/** The tabs pattern: arrow keys move between tabs, the URL's #hash remembers the open one. */
function createTabs(list) {
  const tabs = [...list.querySelectorAll('[role=tab]')];
  const panelOf = (tab) => document.getElementById(tab.getAttribute('aria-controls'));

  function select(name, { focus = true } = {}) {
    const chosen = tabs.find((tab) => tab.dataset.tab === name) ?? tabs[0];
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panelOf(tab).hidden = !on;
    }
    if (focus) chosen.focus();
    if (window.location.hash !== `#${chosen.dataset.tab}`) window.history.replaceState(null, '', `#${chosen.dataset.tab}`);
  }

  list.addEventListener('click', (event) => {
    const tab = event.target.closest('[role=tab]');
    if (tab) select(tab.dataset.tab);
  });
  list.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length].dataset.tab);
  });
  window.addEventListener('hashchange', () => select(window.location.hash.slice(1), { focus: false }));
  select(window.location.hash.slice(1), { focus: false });
  return { select };
}

start();
