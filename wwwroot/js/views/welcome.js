// An invitation (/welcome) or a password reset (/reset-password): the link's token sets a password, then on to the lobby.
import { post, resetAntiforgery } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { form, input, labelled } from './accreditation/kit.js';
import { cardHeading, showProblem, startPublic, tokenFromUrl } from './accreditation/public.js';

const reset = window.location.pathname.startsWith('/reset-password');
const key = reset ? 'reset' : 'welcome';
const card = startPublic(`${key}.pageTitle`);
const token = tokenFromUrl();

async function start() {
  let link;
  try {
    link = await post('/api/access/links/check', { token, purpose: reset ? 'PasswordReset' : 'Invitation' }, { redirectOn401: false });
  } catch (error) {
    showProblem(card, `${key}.pageTitle`, error);
    return;
  }
  replaceChildren(card, cardHeading(card, `${key}.heading`, t(`${key}.intro`, { name: link.displayName ?? '' })),
    h('p', { class: 'field__hint' }, t('welcome.account', { email: link.email ?? '' })),
    form({
      testid: 'password-form',
      submitKey: `${key}.submit`,
      grid: false,
      fields: [
        labelled(t('field.newPassword'), input('password', { type: 'password', required: true, autocomplete: 'new-password', testid: 'new-password' }), t('field.passwordHint')),
        labelled(t('field.repeatPassword'), input('repeat', { type: 'password', required: true, autocomplete: 'new-password', testid: 'repeat-password' })),
      ],
      onSubmit: async (v) => {
        if (v.password !== v.repeat) throw new Error(t('field.passwordsDiffer'));
        await post(reset ? '/api/access/reset-password' : '/api/access/invitation', { token, password: v.password }, { redirectOn401: false });
        resetAntiforgery();
        window.location.assign('/');
        return t(`${key}.done`);
      },
    }));
}

start();
