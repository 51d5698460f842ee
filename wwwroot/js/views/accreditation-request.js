// Observers and press ask for accreditation; the secretariat answers by e-mail.
import { post } from '../api.js';
import { replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { choice, form, input, labelled, LANGUAGES } from './accreditation/kit.js';
import { cardHeading, startPublic } from './accreditation/public.js';

const card = startPublic('request.pageTitle');
replaceChildren(card, cardHeading(card, 'request.heading', t('request.intro')), form({
  testid: 'request-form', submitKey: 'request.submit', grid: false,
  fields: [
    labelled(t('request.category'), choice('category', [{ value: 'Observer', label: t('category.Observer') }, { value: 'Press', label: t('category.Press') }], 'Press')),
    labelled(t('field.name'), input('displayName', { required: true, autocomplete: 'name' })),
    labelled(t('field.email'), input('email', { type: 'email', required: true, autocomplete: 'email' })),
    labelled(t('request.organization'), input('organization', { required: true, autocomplete: 'organization' })),
    labelled(t('field.language'), choice('language', LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) })), 'en')),
  ],
  onSubmit: async (v, el) => {
    await post('/api/access/accreditation-requests', v, { redirectOn401: false });
    el.reset();
    return t('request.received');
  },
}));
