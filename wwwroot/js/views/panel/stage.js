// The stage: who is on it, who of them has the floor; for the moderator, giving the floor and taking people off.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { delegationName } from '../../names.js';

/** Whether this panelist holds the floor now: the floor knows the speaker's id and, within a delegation, the name. */
export function isSpeaking(panelist, current) {
  if (!current || current.delegation?.id?.toLowerCase() !== panelist.speakerId.toLowerCase()) return false;
  return !current.personName || current.personName === panelist.displayName;
}

/** createStage(el, { moderates, commands }) → { render(stage, floor) }; commands: { giveFloor(personId), takeOff(personId) } */
export function createStage(el, { moderates, commands }) {
  const list = h('ul', { class: 'stage__list', dataset: { testid: 'stage' } });
  const empty = h('p', { class: 'placeholder' }, t('panel.stageEmpty'));
  replaceChildren(el, empty, list);

  return {
    render(stage, floor) {
      const panelists = stage?.panelists ?? [];
      empty.hidden = panelists.length > 0;
      list.dataset.version = stage?.version ?? '';
      replaceChildren(list, panelists.map((p) => {
        const speaking = isSpeaking(p, floor?.current);
        return h('li', { class: ['panelist', speaking && 'panelist--speaking'], dataset: { testid: 'panelist', personId: p.personId, speaking: String(speaking) } },
          h('div', { class: 'panelist__who' },
            h('span', { class: 'panelist__name' }, p.displayName),
            h('span', { class: 'panelist__from' }, p.delegation ? delegationName(p.delegation) : t('panel.invitedGuest')),
            speaking && h('span', { class: 'badge badge--live' }, t('panel.speaking'))),
          moderates && h('div', { class: 'panelist__actions' },
            h('button', {
              class: 'btn btn--primary btn--small', type: 'button', dataset: { testid: 'give-floor' }, disabled: speaking,
              attrs: { 'aria-label': t('panel.giveFloorTo', { name: p.displayName }) }, on: { click: () => commands.giveFloor(p.personId) },
            }, t('panel.giveFloor')),
            h('button', {
              class: 'btn btn--secondary btn--small', type: 'button', dataset: { testid: 'take-off-stage' },
              attrs: { 'aria-label': t('panel.takeOffStageName', { name: p.displayName }) }, on: { click: () => commands.takeOff(p.personId) },
            }, t('panel.takeOffStage'))));
      }));
    },
  };
}

/** createStageAdd(el, { candidates, commands }) → { render(stage) }: the moderator puts a delegate or an invited guest on stage. */
export function createStageAdd(el, { candidates, commands }) {
  const select = h('select', { class: 'input', id: 'stage-candidate', dataset: { testid: 'stage-candidate' } });
  const add = h('button', { class: 'btn btn--secondary', type: 'submit', dataset: { testid: 'put-on-stage' } }, t('panel.putOnStage'));
  const form = h('form', { class: 'stage-add', on: { submit: async (event) => {
    event.preventDefault();
    if (select.value && await commands.putOn(select.value)) select.value = '';
  } } },
  h('label', { class: 'field__label', attrs: { for: 'stage-candidate' } }, t('panel.addToStage')),
  h('div', { class: 'stage-add__row' }, select, add));
  replaceChildren(el, form);

  return {
    render(stage) {
      const on = new Set((stage?.panelists ?? []).map((p) => p.personId));
      const chosen = select.value;
      const option = (c) => h('option', { value: c.personId, selected: c.personId === chosen },
        c.delegation ? `${c.displayName} (${c.delegation.code})` : c.displayName);
      const free = candidates.filter((c) => !on.has(c.personId));
      replaceChildren(select,
        h('option', { value: '' }, t('panel.choosePanelist')),
        h('optgroup', { label: t('panel.guests') }, free.filter((c) => c.kind === 'Guest').map(option)),
        h('optgroup', { label: t('panel.delegates') }, free.filter((c) => c.kind === 'Delegate').map(option)));
    },
  };
}
