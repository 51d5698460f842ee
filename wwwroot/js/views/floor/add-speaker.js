// The chair puts a delegation on the list: type to narrow the 60 delegations, pick one, pick the kind, add.
import { h, replaceChildren } from '../../dom.js';
import { KINDS } from '../../floor.js';
import { filterDelegations } from '../../floor-order.js';
import { t, uiLanguage } from '../../i18n.js';
import { delegationName } from '../../names.js';

/** createAddSpeaker(el, { delegations, commands, announce }) */
export function createAddSpeaker(el, { delegations, commands, announce }) {
  // Found and sorted by the name in the UI language; the secretariat's (English) name still matches a search.
  const sorted = delegations.map((d) => ({ ...d, name: delegationName(d), given: d.name }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLanguage));
  const filter = h('input', {
    class: 'input', id: 'add-filter', type: 'search', autocomplete: 'off', spellcheck: false,
    dataset: { testid: 'add-filter' }, attrs: { placeholder: t('lobby.filterPlaceholder'), 'aria-controls': 'add-delegation' },
  });
  const select = h('select', { class: 'input add__select', id: 'add-delegation', size: 6, dataset: { testid: 'add-delegation' } });
  const kind = h('select', { class: 'input', id: 'add-kind', dataset: { testid: 'add-kind' } },
    KINDS.map((k) => h('option', { value: k }, t(`floor.kind.${k}`))));
  const submit = h('button', { class: 'btn btn--primary', type: 'submit', dataset: { testid: 'add-speaker' } }, t('chair.add'));
  const count = h('span', { class: 'add__count', attrs: { 'aria-live': 'polite' } });

  function fill() {
    const chosen = select.value;
    const shown = filterDelegations(sorted, filter.value);
    replaceChildren(select, shown.map((d) => h('option', { value: d.id }, `${d.code} · ${d.name}`)));
    if (shown.some((d) => d.id === chosen)) select.value = chosen;
    else if (shown.length) select.selectedIndex = 0;
    count.textContent = t('lobby.showing', { shown: shown.length, total: sorted.length });
  }

  filter.addEventListener('input', fill);
  filter.addEventListener('keydown', (event) => {
    // Down from the filter goes into the list, as in a combobox.
    if (event.key === 'ArrowDown' && select.options.length) {
      event.preventDefault();
      select.focus();
    }
  });

  async function add(event) {
    event.preventDefault();
    const delegation = sorted.find((d) => d.id === select.value);
    if (!delegation) {
      filter.focus();
      return;
    }
    if (await commands.add(delegation.id, kind.value)) {
      announce(t('chair.added', { delegation: delegationName(delegation), kind: t(`floor.kind.${kind.value}`) }));
      filter.value = '';
      fill();
      filter.focus();
    }
  }

  select.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  select.addEventListener('dblclick', () => form.requestSubmit());

  const form = h('form', { class: 'add__form', on: { submit: add } },
    h('div', { class: 'field' },
      h('label', { class: 'field__label', attrs: { for: 'add-filter' } }, t('chair.addFind')), filter),
    h('div', { class: 'field' },
      h('label', { class: 'field__label', attrs: { for: 'add-delegation' } }, t('chair.addDelegation'), ' ', count), select),
    h('div', { class: 'add__row' },
      h('div', { class: 'field' }, h('label', { class: 'field__label', attrs: { for: 'add-kind' } }, t('chair.addKind')), kind),
      submit));
  replaceChildren(el, form);
  fill();
}
