// First run: the one-time setup link creates the secretariat account and the conference.
import { post, resetAntiforgery } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { form, input, labelled, LANGUAGES } from './accreditation/kit.js';
import { cardHeading, showProblem, startPublic, tokenFromUrl } from './accreditation/public.js';

const card = startPublic('setup.pageTitle');
const token = tokenFromUrl();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function start() {
  try {
    await post('/api/access/links/check', { token, purpose: 'Setup' }, { redirectOn401: false });
  } catch (error) {
    showProblem(card, 'setup.pageTitle', error);
    return;
  }
  const languages = h('fieldset', { class: 'choice-group choice-group--inline' }, h('legend', { class: 'field__label' }, t('setup.languages')),
    LANGUAGES.map((l) => h('label', { class: 'choice-group__option' },
      h('input', { type: 'checkbox', name: `lang-${l}`, checked: l === 'en' }), h('span', {}, t(`language.${l}`)))));
  replaceChildren(card, cardHeading(card, 'setup.heading', t('setup.intro')), form({
    testid: 'setup-form',
    submitKey: 'setup.submit',
    fields: [
      h('h2', { class: 'section-title' }, t('setup.conference')),
      labelled(t('setup.title'), input('title', { required: true, testid: 'setup-title' })),
      labelled(t('setup.zone'), input('hostTimeZone', { required: true, value: zone }), t('setup.zoneHint')),
      labelled(t('setup.startsOn'), input('startsOn', { type: 'date', required: true })),
      labelled(t('setup.endsOn'), input('endsOn', { type: 'date', required: true })),
      languages,
      h('h2', { class: 'section-title' }, t('setup.account')),
      labelled(t('field.name'), input('displayName', { required: true, autocomplete: 'name' })),
      labelled(t('field.email'), input('email', { type: 'email', required: true, autocomplete: 'username' })),
      labelled(t('field.newPassword'), input('password', { type: 'password', required: true, autocomplete: 'new-password' }), t('field.passwordHint')),
    ],
    onSubmit: async (v) => {
      await post('/api/access/setup', {
        token,
        conference: { title: v.title, hostTimeZone: v.hostTimeZone, startsOn: v.startsOn || null, endsOn: v.endsOn || null,
          languages: LANGUAGES.filter((l) => v[`lang-${l}`]) },
        secretariat: { displayName: v.displayName, email: v.email, password: v.password },
      }, { redirectOn401: false });
      resetAntiforgery();
      window.location.assign('/delegations');
      return t('setup.done');
    },
  }));
}

start();
