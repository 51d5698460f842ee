// "Forgot password": the same answer whether the address has an account or not.
import { post } from '../api.js';
import { replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { form, input, labelled } from './accreditation/kit.js';
import { cardHeading, startPublic } from './accreditation/public.js';

const card = startPublic('forgot.pageTitle');
replaceChildren(card, cardHeading(card, 'forgot.heading', t('forgot.intro')), form({
  testid: 'forgot-form', submitKey: 'forgot.submit', grid: false,
  fields: [labelled(t('field.email'), input('email', { type: 'email', required: true, autocomplete: 'username' }))],
  // The answer is the same whether or not the address has an account; it is said in the page's language.
  onSubmit: async (v) => { await post('/api/access/forgot-password', { email: v.email }, { redirectOn401: false }); return t('forgot.sent'); },
}));
