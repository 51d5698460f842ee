// The chair's buttons: the speech (give the floor, end, pause, resume, extend) and the list (close, reopen,
// protocol order, re-add the last speaker).
import { parseExtension } from '../../countdown.js';
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { bindShortcuts } from './shortcuts.js';
import { delegationName } from '../../names.js';

const button = (testid, labelKey, variant, onClick, ...extra) => h('button', {
  class: ['btn', variant], type: 'button', dataset: { testid }, on: { click: onClick },
}, t(labelKey), ...extra);

/**
 * createSpeechControls(el, commands, { getSession }) → { render(floor) }
 * Before the session opens the list may fill (inscription), but nobody can be given the floor.
 */
export function createSpeechControls(el, commands, { getSession = () => null } = {}) {
  const nextName = h('span', { class: 'btn__sub' });
  const giveNext = button('give-next', 'chair.giveNext', 'btn--primary btn--give', () => commands.giveNext(), nextName);
  const end = button('end-speech', 'chair.endSpeech', 'btn--danger', () => commands.end());
  const pause = button('pause', 'chair.pause', 'btn--secondary', () => commands.pause());
  const resume = button('resume', 'chair.resume', 'btn--secondary btn--resume', () => commands.resume());
  const extend30 = button('extend-30', 'chair.extend30', 'btn--secondary', () => commands.extend(30));
  const extend60 = button('extend-60', 'chair.extend60', 'btn--secondary', () => commands.extend(60));
  const custom = h('input', {
    class: 'input input--short', id: 'extend-custom', type: 'text', autocomplete: 'off', inputMode: 'numeric',
    dataset: { testid: 'extend-custom-input' }, attrs: { placeholder: t('chair.extendPlaceholder'), 'aria-describedby': 'extend-help' },
  });
  const customButton = h('button', { class: 'btn btn--secondary', type: 'submit', dataset: { testid: 'extend-custom' } }, t('chair.extendCustom'));
  const help = h('span', { class: 'controls__help', id: 'extend-help' }, t('chair.extendHelp'));
  const form = h('form', { class: 'controls__custom', on: { submit: extendBy } },
    h('label', { class: 'visually-hidden', attrs: { for: 'extend-custom' } }, t('chair.extendCustomLabel')), custom, customButton);

  const notOpen = h('p', { class: 'controls__help', id: 'give-next-reason', dataset: { testid: 'give-next-reason' } });
  const buttons = { 'give-next': giveNext, 'end-speech': end, pause, resume, 'extend-30': extend30 };
  replaceChildren(el,
    giveNext,
    notOpen,
    h('div', { class: 'controls__row' }, end, pause, resume),
    h('div', { class: 'controls__extend', attrs: { role: 'group', 'aria-labelledby': 'extend-label' } },
      h('span', { class: 'controls__label', id: 'extend-label' }, t('chair.extend')), extend30, extend60, form, help));
  el.append(bindShortcuts(el.closest('.controls') ?? el, (testid) => buttons[testid]));

  async function extendBy(event) {
    event.preventDefault();
    const seconds = parseExtension(custom.value);
    custom.setAttribute('aria-invalid', String(seconds === null));
    if (seconds === null) {
      help.textContent = t('chair.extendInvalid');
      custom.focus();
      return;
    }
    help.textContent = t('chair.extendHelp');
    if (await commands.extend(seconds)) custom.value = '';
  }

  return {
    render(floor) {
      const { current, waiting } = floor;
      const next = waiting[0];
      const scheduled = getSession()?.state === 'Scheduled';
      giveNext.disabled = !next || scheduled;
      notOpen.textContent = scheduled ? t('chair.notOpenYet') : '';
      notOpen.hidden = !scheduled;
      if (scheduled) giveNext.setAttribute('aria-describedby', notOpen.id);
      else giveNext.removeAttribute('aria-describedby');
      nextName.textContent = next
        ? t('chair.nextIs', { delegation: delegationName(next.delegation), kind: t(`floor.kind.${next.kind}`) })
        : t('floor.nobodyWaiting');
      const paused = current?.pausedAtMs != null;
      end.disabled = !current;
      pause.hidden = paused;
      pause.disabled = !current;
      resume.hidden = !paused;
      const timed = current?.endsAtMs != null;
      for (const control of [extend30, extend60, custom, customButton]) control.disabled = !timed;
    },
  };
}

/** createListTools(el, commands, { getSession }) → { render(floor) }; inscription is offered while the session is scheduled. */
export function createListTools(el, commands, { getSession = () => null } = {}) {
  const close = button('close-list', 'chair.closeList', 'btn--secondary btn--small', () => commands.close());
  const reopen = button('reopen-list', 'chair.reopenList', 'btn--secondary btn--small', () => commands.reopen());
  const protocol = button('protocol-order', 'chair.protocolOrder', 'btn--secondary btn--small', () => commands.protocolOrder());
  const reAdd = button('re-add-last', 'chair.reAddLast', 'btn--secondary btn--small', () => commands.reAddLast());
  const openInscription = button('open-inscription', 'chair.openInscription', 'btn--primary btn--small', () => commands.openInscription());
  const closeInscription = button('close-inscription', 'chair.closeInscription', 'btn--secondary btn--small', () => commands.closeInscription());
  openInscription.title = t('chair.inscriptionHint');
  const state = h('span', { class: 'list-tools__state' });
  replaceChildren(el, state, openInscription, closeInscription, close, reopen, protocol, reAdd);
  protocol.title = t('chair.protocolOrderHint');

  return {
    render(floor) {
      const scheduled = getSession()?.state === 'Scheduled';
      openInscription.hidden = !scheduled || floor.inscriptionOpen;
      closeInscription.hidden = !scheduled || !floor.inscriptionOpen;
      close.hidden = floor.isClosed;
      reopen.hidden = !floor.isClosed;
      state.textContent = t(floor.isClosed ? 'chair.listIsClosed' : 'chair.listIsOpen');
      state.classList.toggle('is-closed', floor.isClosed);
      protocol.disabled = floor.waiting.filter((r) => r.kind === 'Statement').length < 2;
      const last = lastSpeaker(floor);
      reAdd.disabled = !last;
      reAdd.title = last ? t('chair.reAddLastHint', { delegation: delegationName(last.delegation) }) : t('error.floor.no_last_speaker');
    },
  };
}

/** The delegation that finished speaking last, from the speeches of the snapshot. */
function lastSpeaker(floor) {
  const done = floor.speeches.filter((s) => s.endedAt);
  return done.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt)).at(-1) ?? null;
}
