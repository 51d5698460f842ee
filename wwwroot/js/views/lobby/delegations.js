// The delegations grid: built once from the conference, then presence and filters only toggle attributes.
import { h, replaceChildren } from '../../dom.js';
import { formatList, t, uiLanguage } from '../../i18n.js';
import { delegationName } from '../../names.js';

const fold = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * createDelegationGrid({ list, delegations, myDelegationId }) →
 * { update(presence), filter({ query, presentOnly }) → shown count }
 */
export function createDelegationGrid({ list, delegations, myDelegationId }) {
  const named = delegations.map((d) => ({ d, name: delegationName(d) }));
  const sorted = named.sort((a, b) => a.name.localeCompare(b.name, uiLanguage)).map(({ d }) => d);
  const rows = sorted.map((delegation) => {
    const name = delegationName(delegation);
    const status = h('span', { class: 'visually-hidden' });
    const count = h('span', { class: 'delegation__count', attrs: { 'aria-hidden': 'true' } });
    const mine = delegation.id === myDelegationId;
    const el = h('li', {
      class: ['delegation', mine && 'delegation--mine'],
      dataset: { testid: `delegation-${delegation.code}`, present: 'false', kind: delegation.kind },
    },
    h('span', { class: 'presence-dot', attrs: { 'aria-hidden': 'true' } }),
    h('bdi', { class: 'delegation__code', attrs: { dir: 'ltr' } }, delegation.code),
    h('span', { class: 'delegation__name', attrs: { title: name } }, name),
    count,
    status,
    h('span', { class: 'delegation__meta' },
      h('span', { class: `delegation__kind delegation__kind--${delegation.kind}` }, t(`delegation.kind.${delegation.kind}`)),
      h('span', { class: delegation.votes ? 'delegation__votes' : 'delegation__votes delegation__votes--no' },
        t(delegation.votes ? 'lobby.votes' : 'lobby.nonVoting'))),
    mine && h('span', { class: 'tag tag--accent delegation__mine' }, t('lobby.yourDelegation')));
    return { delegation, el, status, count, search: fold(`${delegation.code} ${delegation.name} ${name}`) };
  });
  replaceChildren(list, rows.map((row) => row.el));

  let lastFilter = { query: '', presentOnly: false };

  return {
    update(presence) {
      list.dataset.presence = presence ? 'ready' : 'loading';
      for (const row of rows) {
        const entry = presence?.delegations.get(row.delegation.id);
        const present = entry?.present === true;
        row.el.dataset.present = String(present);
        const connected = present ? t('lobby.presentCount', { count: entry.presentCount }) : '';
        row.status.textContent = `${t('common.listSeparator')}${formatList([t(present ? 'lobby.present' : 'lobby.absent'), connected].filter(Boolean), 'plain')}`;
        // One member is what "present" already says; show the number only when several are connected.
        row.count.textContent = present && entry.presentCount > 1 ? String(entry.presentCount) : '';
        row.count.title = connected;
      }
      return this.filter(lastFilter);
    },

    filter({ query = '', presentOnly = false }) {
      lastFilter = { query, presentOnly };
      const needle = fold(query.trim());
      let shown = 0;
      for (const row of rows) {
        const visible = (!needle || row.search.includes(needle)) && (!presentOnly || row.el.dataset.present === 'true');
        row.el.hidden = !visible;
        if (visible) shown += 1;
      }
      return shown;
    },
  };
}
