// The console's Declaration section: create it, edit and publish the draft, open or close amendments and decide
// them, put the declaration or an amendment to the vote, and run the silence procedure.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { field } from '../../ui/forms.js';
import { createAmendmentList } from '../declaration/amendments.js';
import { createDraftEditor } from './declarationDraft.js';
import { createSilencePanel } from './declarationSilence.js';

export function mount(panel, context) {
  const { voting, names, me, ticker } = context;
  const draft = createDraftEditor({ voting });
  const silence = createSilencePanel({ voting, names, ticker });
  const amendStatus = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const amendments = createAmendmentList({
    voting, me, names, status: amendStatus,
    onPollCreated: () => context.showTab('polls'),
  });
  const amendHead = h('div', { class: 'sec-amend__head' });
  const amendPanel = h('section', { class: 'panel side-panel', attrs: { 'aria-labelledby': 'sec-amend-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'sec-amend-heading' }, t('amend.heading'))),
    h('div', { class: 'side-panel__body' }, amendHead, amendStatus, amendments.el));
  const create = createDeclarationForm(voting);
  const layout = h('div', { class: 'sec-decl' }, draft.el, h('div', { class: 'sec-decl__side' }, silence.el, amendPanel));
  const loading = h('p', { class: 'placeholder' }, t('shell.loading'));
  replaceChildren(panel, loading);

  async function toggleAmendments(open) {
    amendStatus.textContent = '';
    try {
      voting.acceptDeclaration(await voting.hub.invoke(open ? 'OpenAmendments' : 'CloseAmendments'));
    } catch (error) {
      amendStatus.textContent = errorText(error);
    }
  }

  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  function render() {
    if (!voting.loaded.declaration) return;
    const declaration = voting.declaration;
    if (!declaration) {
      if (panel.firstChild !== create) replaceChildren(panel, create);
      return;
    }
    if (panel.firstChild !== layout) replaceChildren(panel, layout);
    draft.render(declaration);
    silence.render(declaration);
    const drafting = declaration.state === 'Drafting';
    replaceChildren(amendHead,
      h('p', { class: 'sec-amend__state', dataset: { testid: 'amendments-state', open: String(declaration.amendmentsOpen) } },
        t(declaration.amendmentsOpen ? 'amend.open' : 'amend.closed')),
      drafting && h('button', {
        class: 'btn btn--small', type: 'button',
        id: declaration.amendmentsOpen ? 'amendments-close' : 'amendments-open',
        dataset: { testid: declaration.amendmentsOpen ? 'amendments-close' : 'amendments-open' },
        on: { click: () => toggleAmendments(!declaration.amendmentsOpen) },
      }, t(declaration.amendmentsOpen ? 'sec.decl.closeAmendments' : 'sec.decl.openAmendments')),
      drafting && declaration.current && h('button', {
        class: 'btn btn--small', type: 'button', dataset: { testid: 'declaration-to-vote' },
        on: { click: () => context.choosePollSubject?.(`Declaration:${declaration.declarationId}`) },
      }, t('sec.decl.toVote')));
    amendments.render(declaration, voting.amendments.values());
  }

  voting.subscribe(schedule);
  render();
}

function createDeclarationForm(voting) {
  const title = h('input', { class: 'input', id: 'declaration-title', type: 'text', maxLength: 500, required: true });
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const form = h('form', { class: 'panel sec-create-decl', noValidate: true, attrs: { 'aria-labelledby': 'create-decl-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'create-decl-heading' }, t('sec.decl.createHeading'))),
    h('div', { class: 'side-panel__body' },
      h('p', {}, t('sec.decl.createIntro')),
      field({ label: t('sec.decl.title'), control: title }),
      status,
      h('div', { class: 'form-actions' }, h('button', { class: 'btn btn--primary', type: 'submit', id: 'declaration-create' }, t('sec.decl.create')))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    if (!title.value.trim()) {
      status.textContent = t('sec.decl.titleRequired');
      title.focus();
      return;
    }
    try {
      voting.acceptDeclaration(await voting.hub.invoke('CreateDeclaration', title.value.trim()));
    } catch (error) {
      status.textContent = errorText(error);
    }
  });
  return form;
}
