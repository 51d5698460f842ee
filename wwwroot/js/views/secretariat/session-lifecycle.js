// The agenda editor's lifecycle buttons for one session: open now, suspend, resume, adjourn, close. Close and
// adjourn ask first. Each goes to the server with the version shown, through act('lifecycle', …). The editor does
// not follow the floor, so a close refused because a speech is running (session.speech_running, shown on the
// card) offers to end the speech and close in one step, asked again.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { formatResume, viewerTimeZone } from '../../time.js';
import { confirmDialog } from '../../ui/dialog.js';

const toLocalInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

/** lifecycleButtons(session, { act, status, hostZone }) → an element with the buttons that apply to the session's state. */
export function lifecycleButtons(session, { act, status, hostZone }) {
  const send = (command, extra = {}) => act('lifecycle', session, { command, payload: { version: session.version, ...extra } }, status);
  const button = (command, labelKey, variant, onClick) => h('button', {
    class: ['btn', 'btn--small', variant], type: 'button', dataset: { testid: `${command}-${session.id}` }, on: { click: onClick },
  }, t(labelKey));

  async function close() {
    const ok = await confirmDialog({ title: t('lifecycle.closeTitle'), body: h('p', {}, t('lifecycle.closeBody')), confirmLabel: t('lifecycle.closeConfirm'), danger: true });
    if (!ok) return;
    const refused = await send('close');
    if (refused?.code !== 'session.speech_running') return;
    const endAndClose = await confirmDialog({
      title: t('lifecycle.speechRunningTitle'),
      body: t('lifecycle.speechRunningBody'),
      confirmLabel: t('lifecycle.closeEndConfirm'),
      danger: true,
    });
    if (endAndClose) await send('close', { endSpeech: true });
  }

  async function adjourn() {
    const input = h('input', { class: 'input', id: `adjourn-${session.id}`, type: 'datetime-local', value: toLocalInput(new Date(Date.now() + 30 * 60000)) });
    const resumeAt = await confirmDialog({
      title: t('lifecycle.adjournTitle'),
      body: h('div', {}, h('p', {}, t('lifecycle.adjournBody')),
        h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: input.id }, t('lifecycle.adjournLabel')), input)),
      confirmLabel: t('lifecycle.adjournConfirm'),
      collect: () => {
        const at = input.value ? new Date(input.value) : null;
        if (!at || at.getTime() <= Date.now()) return null;
        return at.toISOString();
      },
    });
    if (resumeAt) await send('adjourn', { resumeAt });
  }

  const s = session.state;
  return h('div', { class: 'card__lifecycle', attrs: { role: 'group', 'aria-label': t('lifecycle.heading') } },
    s === 'Scheduled' && button('open', 'lifecycle.openNow', 'btn--secondary', () => send('open')),
    s === 'Live' && button('suspend', 'lifecycle.suspend', 'btn--secondary', () => send('suspend')),
    s === 'Suspended' && button('resume', 'lifecycle.resume', 'btn--secondary', () => send('resume')),
    (s === 'Live' || s === 'Suspended') && button('adjourn', 'lifecycle.adjourn', 'btn--secondary', adjourn),
    (s === 'Live' || s === 'Suspended') && button('close', 'lifecycle.close', 'btn--danger', close),
    s === 'Suspended' && session.resumesAt && h('span', { class: 'card__resumes', dataset: { testid: `resumes-${session.id}` } },
      t('lifecycle.resumesAt', { time: formatResume(session.resumesAt, hostZone ?? viewerTimeZone(), viewerTimeZone()) })),
    s === 'Closed' && h('a', { class: 'btn btn--small btn--secondary', href: `/record?id=${session.id}` }, t('lifecycle.readRecord')));
}
