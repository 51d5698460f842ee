// A delegate asks: plain text up to the panel's limit, named (with their delegation) or anonymous, optionally to a
// panelist. The question's id is chosen here and kept until the server has answered, so a retry after a dropped
// connection cannot ask twice.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { formatClock, viewerTimeZone } from '../../time.js';
import { askAgainAt, questionLength } from '../../questions.js';

/** createAskForm(el, { rules, submit(draft) → Promise<receipt>, errorText(error) }) → { render(stage, { connected, live }) } */
export function createAskForm(el, { rules, submit, errorText }) {
  const text = h('textarea', {
    class: 'input ask__text', id: 'question-text', rows: 3, maxLength: rules.maxLength,
    dataset: { testid: 'question-text' }, attrs: { 'aria-describedby': 'question-count question-status', required: true },
  });
  const count = h('span', { class: 'ask__count', id: 'question-count', attrs: { 'aria-live': 'polite' } });
  const named = h('input', { type: 'radio', name: 'question-identity', value: 'named', checked: true, dataset: { testid: 'question-named' } });
  const anonymous = h('input', { type: 'radio', name: 'question-identity', value: 'anonymous', dataset: { testid: 'question-anonymous' } });
  const to = h('select', { class: 'input', id: 'question-to', dataset: { testid: 'question-to' } });
  const send = h('button', { class: 'btn btn--primary', type: 'submit', dataset: { testid: 'question-submit' } }, t('panel.ask'));
  const status = h('p', { class: 'ask__status', id: 'question-status', dataset: { testid: 'question-status' }, attrs: { role: 'status' } });
  const form = h('form', { class: 'ask', dataset: { testid: 'question-form' }, on: { submit: onSubmit } },
    h('label', { class: 'field__label', attrs: { for: 'question-text' } }, t('panel.yourQuestion')),
    text,
    h('div', { class: 'ask__row' },
      h('fieldset', { class: 'ask__identity' },
        h('legend', { class: 'visually-hidden' }, t('panel.showAs')),
        h('label', { class: 'check' }, named, t('panel.askNamed')),
        h('label', { class: 'check' }, anonymous, t('panel.askAnonymous'))),
      count),
    h('p', { class: 'ask__hint' }, t('panel.anonymousHint')),
    h('div', { class: 'ask__row' },
      h('label', { class: 'field__label', attrs: { for: 'question-to' } }, t('panel.addressTo')), to),
    h('div', { class: 'ask__row' }, send, status));
  replaceChildren(el, form);

  let pendingId = null;
  let pendingText = null;
  let busy = false;

  const updateCount = () => {
    const length = questionLength(text.value);
    count.textContent = t('panel.charactersLeft', { count: rules.maxLength - length });
  };
  text.addEventListener('input', updateCount);
  updateCount();

  async function onSubmit(event) {
    event.preventDefault();
    if (busy) return;
    const value = text.value;
    if (questionLength(value) === 0) {
      status.textContent = t('panel.questionEmpty');
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    text.setAttribute('aria-invalid', 'false');
    // The same intent keeps its id: only a changed text is a new question.
    if (pendingText !== value) {
      pendingId = crypto.randomUUID();
      pendingText = value;
    }
    busy = true;
    send.disabled = true;
    try {
      const receipt = await submit({ questionId: pendingId, text: value, anonymous: anonymous.checked, addressedToId: to.value || null });
      pendingId = null;
      pendingText = null;
      text.value = '';
      updateCount();
      status.textContent = t(receipt.question.state === 'Pending' ? 'panel.sentForApproval' : 'panel.sent');
    } catch (error) {
      if (error.code !== 'hub.disconnected') { pendingId = null; pendingText = null; }
      const again = error.code === 'question.rate_limited' ? askAgainAt(error.message) : null;
      status.textContent = again
        ? t('panel.rateLimited', { time: formatClock(again, viewerTimeZone()) })
        : errorText(error);
    } finally {
      busy = false;
      send.disabled = false;
    }
  }

  return {
    render(stage, { live }) {
      const chosen = to.value;
      replaceChildren(to, h('option', { value: '' }, t('panel.toEveryone')),
        (stage?.panelists ?? []).map((p) => h('option', { value: p.personId, selected: p.personId === chosen }, p.displayName)));
      form.inert = !live;
      form.classList.toggle('is-inert', !live);
      if (!live) status.textContent = t('panel.askWhenLive');
      else if (status.textContent === t('panel.askWhenLive')) status.textContent = '';
    },
  };
}
