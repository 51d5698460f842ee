// Proposing an amendment to a paragraph: replace it, insert a new one after it, or delete it, with a reason.
// Built once; the paragraph list follows the published version, so what someone is typing is never lost.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { field, radioValue, radios } from '../../ui/forms.js';

const KINDS = ['Replace', 'InsertAfter', 'Delete'];
const excerpt = (text, max = 70) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** createProposeForm({ voting, delegationName }) → { el, update(declaration), focusOn(paragraphId) }; the form is #propose-form. */
export function createProposeForm({ voting, delegationName }) {
  const paragraphSelect = h('select', { class: 'input', id: 'amendment-paragraph', required: true });
  const kinds = radios({
    name: 'amendment-kind',
    legend: t('amend.form.kind'),
    options: KINDS.map((value) => ({ value, label: t(`amend.kind.${value}`) })),
    value: 'Replace',
  });
  const text = h('textarea', { class: 'input', id: 'amendment-text', rows: 5, maxLength: 10000 });
  const reason = h('textarea', { class: 'input', id: 'amendment-reason', rows: 3, maxLength: 4000, required: true });
  const textField = field({ label: t('amend.form.textReplace'), control: text });
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const done = h('p', { class: 'form-ok', attrs: { role: 'status' } });
  const submit = h('button', { class: 'btn btn--primary', type: 'submit', dataset: { testid: 'amendment-submit' } }, t('amend.form.submit'));
  const form = h('form', { class: 'propose', attrs: { 'aria-labelledby': 'propose-heading' }, noValidate: true },
    h('h3', { class: 'section-title', id: 'propose-heading' }, t('amend.form.heading')),
    h('p', { class: 'field__hint' }, t('amend.form.who', { delegation: delegationName })),
    field({ label: t('amend.form.paragraph'), control: paragraphSelect }),
    kinds,
    textField,
    field({ label: t('amend.form.reason'), control: reason, hint: t('amend.form.reasonHint') }),
    status, done,
    h('div', { class: 'form-actions' }, submit));
  // Folded until wanted, so the amendments already on the table come first in the column.
  const toggle = h('button', {
    class: 'btn btn--primary propose-toggle', type: 'button', dataset: { testid: 'propose-toggle' },
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'propose-form' },
    on: { click: () => setOpen(form.hidden) },
  }, t('amend.form.heading'));
  form.id = 'propose-form';
  form.hidden = true;
  const cancel = h('button', { class: 'btn btn--quiet', type: 'button', on: { click: () => { setOpen(false); toggle.focus(); } } }, t('common.cancel'));
  form.querySelector('.form-actions').append(cancel);
  const el = h('div', { class: 'propose-wrap' }, toggle, form);
  let paragraphs = [];
  let textTouched = false;

  function setOpen(open) {
    form.hidden = !open;
    toggle.hidden = open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) paragraphSelect.focus();
  }

  const kind = () => radioValue(form, 'amendment-kind');
  const current = () => paragraphs.find((p) => p.paragraphId === paragraphSelect.value);

  function syncText() {
    const k = kind();
    textField.hidden = k === 'Delete';
    textField.querySelector('label').textContent = t(k === 'InsertAfter' ? 'amend.form.textInsert' : 'amend.form.textReplace',
      { label: current()?.label ?? '' });
    // A replacement starts from today's wording, so a delegate edits rather than retypes.
    if (!textTouched) text.value = k === 'Replace' ? current()?.text ?? '' : '';
  }

  text.addEventListener('input', () => { textTouched = text.value.trim() !== '' && text.value !== current()?.text; });
  paragraphSelect.addEventListener('change', syncText);
  kinds.addEventListener('change', syncText);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    done.textContent = '';
    for (const c of [text, reason]) c.removeAttribute('aria-invalid');
    const k = kind();
    const paragraph = current();
    if (k !== 'Delete' && !text.value.trim()) return invalid(text, 'amend.form.textRequired');
    if (k === 'Replace' && text.value.trim() === paragraph?.text) return invalid(text, 'amend.form.textSame');
    if (!reason.value.trim()) return invalid(reason, 'amend.form.reasonRequired');
    submit.disabled = true;
    submit.textContent = t('amend.form.submitting');
    try {
      const view = await voting.hub.invoke('ProposeAmendment', {
        paragraphId: paragraph.paragraphId, kind: k, text: k === 'Delete' ? null : text.value.trim(), reason: reason.value.trim(),
      });
      voting.acceptAmendment(view);
      done.textContent = t('amend.form.done', { title: t(`amend.title.${k}`, { label: paragraph.label }) });
      reason.value = '';
      textTouched = false;
      syncText();
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      submit.disabled = false;
      submit.textContent = t('amend.form.submit');
    }
  });

  function invalid(control, key) {
    control.setAttribute('aria-invalid', 'true');
    status.textContent = t(key);
    control.focus();
  }

  return {
    el,
    update(declaration) {
      const next = declaration?.current?.paragraphs ?? [];
      if (next.map((p) => p.paragraphId + p.label + p.text).join() === paragraphs.map((p) => p.paragraphId + p.label + p.text).join()) return;
      const chosen = paragraphSelect.value;
      paragraphs = next;
      replaceChildren(paragraphSelect, paragraphs.map((p) => h('option', { value: p.paragraphId }, `${p.label} — ${excerpt(p.text)}`)));
      if (paragraphs.some((p) => p.paragraphId === chosen)) paragraphSelect.value = chosen;
      syncText();
    },
    focusOn(paragraphId) {
      setOpen(true);
      paragraphSelect.value = paragraphId;
      textTouched = false;
      syncText();
      form.scrollIntoView({ block: 'start', behavior: 'smooth' });
      paragraphSelect.focus({ preventScroll: true });
    },
  };
}
