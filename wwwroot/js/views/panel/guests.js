// Guest panelists (moderator and secretariat): who is invited to this panel, and a form to invite one more. An
// invited guest signs in with an observer account (made here when the email has none) and can then be put on stage.
import { get, post } from '../../api.js';
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { field } from '../../ui/forms.js';

/** createGuestInvites(el, { sessionId, onInvited(guest) }) → { refresh() } */
export function createGuestInvites(el, { sessionId, onInvited }) {
  const path = `/api/panels/${sessionId}/guests`;
  const list = h('ul', { class: 'guests__list', dataset: { testid: 'guest-list' } });
  const name = h('input', { class: 'input', id: 'guest-name', name: 'displayName', autocomplete: 'off', required: true });
  const email = h('input', { class: 'input', id: 'guest-email', name: 'email', type: 'email', autocomplete: 'off', spellcheck: false, required: true });
  const password = h('input', { class: 'input', id: 'guest-password', name: 'password', type: 'password', autocomplete: 'new-password' });
  const status = h('p', { class: 'guests__status', dataset: { testid: 'guest-status' }, attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = h('button', { class: 'btn btn--secondary', type: 'submit', dataset: { testid: 'guest-invite' } }, t('panel.guestInvite'));
  const form = h('form', { class: 'guests__form', dataset: { testid: 'guest-form' }, on: { submit: invite } },
    field({ label: t('panel.guestName'), control: name }),
    field({ label: t('panel.guestEmail'), control: email }),
    field({ label: t('panel.guestPassword'), control: password, hint: t('panel.guestPasswordHint') }),
    submit, status);
  replaceChildren(el, list, form);

  async function invite(event) {
    event.preventDefault();
    status.classList.remove('guests__status--error');
    submit.disabled = true;
    try {
      const guest = await post(path, { displayName: name.value.trim(), email: email.value.trim(), password: password.value || null });
      form.reset();
      status.textContent = t('panel.guestInvited', { name: guest.displayName });
      await refresh();
      onInvited?.(guest);
    } catch (error) {
      status.textContent = errorText(error);
      status.classList.add('guests__status--error');
    } finally {
      submit.disabled = false;
    }
  }

  async function refresh() {
    const guests = await get(path);
    replaceChildren(list, guests.length === 0
      ? h('li', { class: 'placeholder' }, t('panel.guestsNone'))
      : guests.map((g) => h('li', { class: 'guests__item', dataset: { testid: 'guest', personId: g.personId } },
        h('span', { class: 'guests__name' }, g.displayName), h('span', { class: 'guests__email' }, g.email))));
  }

  refresh().catch((error) => { status.textContent = errorText(error); });
  return { refresh };
}
