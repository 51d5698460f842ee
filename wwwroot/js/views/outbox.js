// The embedded outbox: what the app would have e-mailed when no SMTP server is configured, newest first.
import { get } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { startConsole } from './accreditation/console.js';
import { fill, heading } from './accreditation/kit.js';

// Links in a message become links on the page; everything else stays text.
function linkify(text) {
  return text.split(/(https?:\/\/\S+|\/(?:welcome|reset-password|setup)\?token=\S+)/g)
    .map((part, i) => (i % 2 ? h('a', { href: part, attrs: { 'data-testid': 'outbox-link' } }, part) : part));
}

startConsole(async (main) => {
  const listBox = h('ol', { class: 'mail-list', attrs: { 'data-testid': 'outbox-list' } });
  const refresh = h('button', { class: 'btn', type: 'button' }, t('outbox.refresh'));
  fill(main, heading('outbox.pageTitle', 'outbox.sub'), h('div', { class: 'form-actions' }, refresh), listBox);
  async function reload() {
    const outbox = await get('/api/accreditation/outbox');
    if (outbox.usesSmtp) { replaceChildren(listBox, h('li', { class: 'note note--info' }, t('outbox.smtp'))); return; }
    replaceChildren(listBox, outbox.messages.length ? outbox.messages.map((m) => h('li', { class: 'mail', attrs: { 'data-testid': `mail-${m.to}` } },
      h('div', { class: 'mail__head' }, h('span', {}, t('outbox.to', { to: m.to })), h('time', { dateTime: m.date }, new Date(m.date).toLocaleString())),
      h('p', { class: 'mail__subject' }, m.subject), h('pre', { class: 'mail__body' }, linkify(m.text)))) : h('li', { class: 'empty-state' }, t('outbox.empty')));
  }
  refresh.addEventListener('click', reload);
  await reload();
});
