// The session's own commands on the chair's console: open now, suspend, resume, adjourn, close. Close and adjourn
// ask first; a close with a speech running says so and ends the speech in the same step.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';
import { delegationName } from '../../names.js';

const button = (testid, labelKey, variant, onClick) => h('button', {
  class: ['btn', variant], type: 'button', dataset: { testid }, on: { click: onClick },
}, t(labelKey));

/** A datetime-local value (the viewer's wall clock) → a Date, or null. */
const fromLocalInput = (value) => (value ? new Date(value) : null);
const toLocalInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

/** createLifecycleControls(el, { live, toasts }) → { render(session, floor) } */
export function createLifecycleControls(el, { live, toasts }) {
  const { hub, sessionId } = live;
  let busy = false;
  let floor = null;

  async function run(method, ...args) {
    if (busy) return false;
    busy = true;
    try {
      await hub.invoke(method, sessionId, ...args, live.session.version);
      await live.rereadSession();
      return true;
    } catch (error) {
      await live.rereadSession().catch(() => {});
      toasts.error(error.code === 'version.conflict' ? t('lifecycle.conflict') : errorText(error));
      return false;
    } finally {
      busy = false;
    }
  }

  async function close() {
    const speaking = floor?.current;
    const ok = await confirmDialog({
      title: t('lifecycle.closeTitle'),
      body: h('div', {}, h('p', {}, t('lifecycle.closeBody')),
        speaking && h('p', { class: 'dialog__warning' }, t('lifecycle.closeSpeechRunning', { speaker: delegationName(speaking.delegation) }))),
      confirmLabel: t(speaking ? 'lifecycle.closeEndConfirm' : 'lifecycle.closeConfirm'),
      danger: true,
    });
    if (ok) await run('CloseSession', Boolean(speaking));
  }

  async function adjourn() {
    const input = h('input', { class: 'input', id: 'adjourn-at', type: 'datetime-local', dataset: { testid: 'adjourn-at' },
      value: toLocalInput(new Date(Date.now() + 30 * 60000)) });
    const resumeAt = await confirmDialog({
      title: t('lifecycle.adjournTitle'),
      body: h('div', {}, h('p', {}, t('lifecycle.adjournBody')),
        h('div', { class: 'field' }, h('label', { class: 'field__label', htmlFor: 'adjourn-at' }, t('lifecycle.adjournLabel')), input)),
      confirmLabel: t('lifecycle.adjournConfirm'),
      collect: () => {
        const at = fromLocalInput(input.value);
        if (!at || at.getTime() <= Date.now()) {
          input.setAttribute('aria-invalid', 'true');
          return null;
        }
        return at.toISOString();
      },
    });
    if (resumeAt) await run('AdjournSession', resumeAt);
  }

  const openNow = button('session-open-now', 'lifecycle.openNow', 'btn--primary', () => run('OpenSessionNow'));
  const suspend = button('session-suspend', 'lifecycle.suspend', 'btn--secondary', () => run('SuspendSession'));
  const resume = button('session-resume', 'lifecycle.resume', 'btn--primary', () => run('ResumeSession'));
  const adjournButton = button('session-adjourn', 'lifecycle.adjourn', 'btn--secondary', adjourn);
  const closeButton = button('session-close', 'lifecycle.close', 'btn--danger', close);
  const note = h('p', { class: 'lifecycle__note', dataset: { testid: 'session-resumes-at' } });
  replaceChildren(el, h('div', { class: 'controls__row' }, openNow, suspend, resume, adjournButton, closeButton), note);

  return {
    render(session, currentFloor) {
      floor = currentFloor;
      const state = session.state;
      openNow.hidden = state !== 'Scheduled';
      suspend.hidden = state !== 'Live';
      resume.hidden = state !== 'Suspended';
      adjournButton.hidden = !['Live', 'Suspended'].includes(state);
      closeButton.hidden = !['Live', 'Suspended'].includes(state);
      el.closest('section')?.toggleAttribute('hidden', state === 'Closed' || state === 'Cancelled');
      note.textContent = session.resumesAt ? t('lifecycle.resumesAt', { time: new Date(session.resumesAt).toLocaleString() }) : '';
    },
  };
}
