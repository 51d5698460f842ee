// A person's own account: change the password (the current one is asked).
import { post } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { startConsole } from './accreditation/console.js';
import { fill, form, heading, input, labelled, section } from './accreditation/kit.js';

startConsole(async (main, { me }) => {
  fill(main, heading('account.pageTitle'), h('p', { class: 'page-heading__sub' }, `${me.displayName} · ${me.email}`),
    section('account.passwordHeading', form({ testid: 'password-change', submitKey: 'account.change', grid: false, fields: [
      labelled(t('account.current'), input('currentPassword', { type: 'password', required: true, autocomplete: 'current-password' })),
      labelled(t('field.newPassword'), input('newPassword', { type: 'password', required: true, autocomplete: 'new-password' }), t('field.passwordHint')),
    ], onSubmit: async (v, el) => { await post('/api/me/password', v); el.reset(); return t('account.changed'); } })));
});
