// After adoption: how and when it was adopted, the delegations that joined it, the statements attached, and a
// form for a delegation's head or seat holder to attach an explanation of position, a reservation or a
// dissociation (one of each kind per delegation).
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { canActForDelegation } from '../../voting/declaration.js';
import { delegationName, formatWhen } from '../../voting/format.js';
import { compareNames, delegationName as localName } from '../../names.js';
import { field, radioValue, radios } from '../../ui/forms.js';

const KINDS = ['ExplanationOfPosition', 'Reservation', 'Dissociation'];

/** The green banner above the text: adopted on …, by silence / consensus / vote. */
export function adoptedBanner(declaration) {
  const a = declaration.adoption;
  return h('section', { class: 'adopted', dataset: { testid: 'adopted', method: a.method } },
    h('span', { class: 'adopted__icon', attrs: { 'aria-hidden': 'true' } }, '✓'),
    h('div', {},
      h('h2', { class: 'adopted__title' }, t('final.adopted')),
      h('p', {}, t(`final.method.${a.method}`, { version: a.versionNumber, time: formatWhen(a.adoptedAt) }),
        a.pollId && [' ', h('a', { href: `/vote?id=${encodeURIComponent(a.pollId)}` }, t('final.seeVote'))]),
      h('p', { class: 'adopted__links' },
        h('a', { href: '/api/declaration/final', target: '_blank', rel: 'noopener' }, t('final.download')))));
}

/** createAdoptionPanel({ voting, me, names }) → { el, render(declaration) } for the side column. */
export function createAdoptionPanel({ voting, me, names }) {
  const joined = h('section', { class: 'panel side-panel', attrs: { 'aria-labelledby': 'joined-heading' } });
  const statements = h('section', { class: 'panel side-panel', attrs: { 'aria-labelledby': 'statements-heading' } });
  const form = me.delegation && canActForDelegation(me) ? statementForm(voting, me) : null;
  const el = h('div', { class: 'adoption' }, form?.el, statements, joined);

  return {
    el,
    render(declaration) {
      const a = declaration.adoption;
      const ids = a.joinedDelegationIds;
      const list = ids.map((id) => names.get(id) ?? { code: '?', name: id }).sort((x, y) => compareNames(x.name, y.name));
      replaceChildren(joined,
        h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'joined-heading' }, t('final.joined')),
          h('span', { class: 'panel__meta', dataset: { testid: 'joined-count' } }, String(ids.length))),
        h('ul', { class: 'joined', dataset: { testid: 'joined' }, attrs: { tabindex: '0', 'aria-labelledby': 'joined-heading' } }, list.map((d) => h('li', { class: 'joined__item', dataset: { testid: `joined-${d.code}` } },
          h('span', { class: 'code' }, d.code), ' ', d.name))));
      replaceChildren(statements,
        h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'statements-heading' }, t('final.statements')),
          h('span', { class: 'panel__meta' }, String(declaration.statements.length))),
        declaration.statements.length
          ? h('ul', { class: 'statements' }, declaration.statements.map((s) => h('li', { class: `statement statement--${s.kind.toLowerCase()}`, dataset: { testid: 'statement', kind: s.kind } },
            h('p', { class: 'statement__head' },
              h('strong', {}, delegationName(names, s.delegationId)), ' · ',
              h('span', { class: 'statement__kind' }, t(`statement.kind.${s.kind}`)), ' · ', formatWhen(s.attachedAt)),
            h('p', { class: 'statement__text' }, s.text))))
          : h('p', { class: 'placeholder' }, t('final.noStatements')));
      form?.update(declaration);
    },
  };
}

function statementForm(voting, me) {
  const text = h('textarea', { class: 'input', id: 'statement-text', rows: 5, maxLength: 10000 });
  const kinds = radios({
    name: 'statement-kind',
    legend: t('statement.form.kind'),
    options: KINDS.map((value) => ({ value, label: t(`statement.kind.${value}`), hint: t(`statement.hint.${value}`) })),
    value: 'ExplanationOfPosition',
    inline: false,
  });
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const done = h('p', { class: 'form-ok', attrs: { role: 'status' } });
  const submit = h('button', { class: 'btn btn--primary', type: 'submit', dataset: { testid: 'statement-submit' } }, t('statement.form.submit'));
  const form = h('form', { class: 'panel side-panel statement-form', noValidate: true, attrs: { 'aria-labelledby': 'statement-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'statement-heading' }, t('statement.form.heading'))),
    h('div', { class: 'side-panel__body' },
      h('p', { class: 'field__hint' }, t('statement.form.who', { delegation: localName(me.delegation) })),
      kinds,
      field({ label: t('statement.form.text'), control: text }),
      status, done,
      h('div', { class: 'form-actions' }, submit)));
  let attached = new Set();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    done.textContent = '';
    const kind = radioValue(form, 'statement-kind');
    if (attached.has(kind)) {
      status.textContent = t('statement.form.already', { kind: t(`statement.kind.${kind}`) });
      return;
    }
    if (!text.value.trim()) {
      text.setAttribute('aria-invalid', 'true');
      status.textContent = t('statement.form.textRequired');
      text.focus();
      return;
    }
    text.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      voting.acceptDeclaration(await voting.hub.invoke('AttachStatement', kind, text.value.trim()));
      text.value = '';
      done.textContent = t('statement.form.done', { kind: t(`statement.kind.${kind}`) });
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      submit.disabled = false;
    }
  });

  return {
    el: form,
    update(declaration) {
      attached = new Set(declaration.statements.filter((s) => s.delegationId === me.delegation.id).map((s) => s.kind));
    },
  };
}
