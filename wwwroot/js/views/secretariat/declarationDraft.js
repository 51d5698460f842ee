// The working draft: every paragraph with what it changes against the latest published version, edited in
// place (text, move up and down, add after, delete), and "Publish as version N".
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';
import { keepFocus } from '../../ui/focus.js';
import { diffPart } from '../../voting/diffView.js';
import { versionRows } from '../../voting/diff.js';

/** createDraftEditor({ voting }) → { el, render(declaration) } */
export function createDraftEditor({ voting }) {
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const head = h('div', { class: 'draft__head' });
  const list = h('div', { class: 'draft__list' });
  const el = h('section', { class: 'panel draft', attrs: { 'aria-labelledby': 'draft-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'draft-heading' }, t('sec.decl.draftHeading'))),
    head, status, list);
  // One paragraph (or a new one) is edited at a time; its textarea survives redraws so typing is never lost.
  let editing = null; // { id, kind, afterId, textarea }
  let last = null;

  async function run(method, ...args) {
    status.textContent = '';
    try {
      voting.acceptDeclaration(await voting.hub.invoke(method, ...args));
      return true;
    } catch (error) {
      status.textContent = errorText(error);
      return false;
    }
  }

  function startEdit(target) {
    const textarea = h('textarea', { class: 'input draft__textarea', rows: 4, maxLength: 10000, dataset: { focus: 'draft-editor' }, id: 'draft-editor' });
    textarea.value = target.text ?? '';
    editing = { ...target, textarea };
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') stopEdit();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
    });
    render(last);
    textarea.focus();
  }

  function stopEdit() {
    const back = editing?.id ? `edit-${editing.id}` : null;
    editing = null;
    render(last);
    if (back) list.querySelector(`[data-focus="${back}"]`)?.focus();
  }

  async function save() {
    const text = editing.textarea.value.trim();
    if (!text) {
      status.textContent = t('sec.decl.textRequired');
      editing.textarea.focus();
      return;
    }
    const target = editing;
    const ok = target.id
      ? await run('ReplaceParagraph', target.id, text)
      : await run('AddParagraph', target.kind, text, target.afterId ?? null);
    // Another paragraph may have been opened for editing while this one was saving: leave that one open.
    if (ok && editing === target) stopEdit();
  }

  function editor(label) {
    return h('div', { class: 'draft__editor' },
      h('label', { class: 'field__label', htmlFor: 'draft-editor' }, label),
      editing.textarea,
      h('p', { class: 'field__hint' }, t('sec.decl.editorHint')),
      h('div', { class: 'form-actions' },
        h('button', { class: 'btn btn--primary', type: 'button', dataset: { testid: 'draft-save' }, on: { click: save } }, t('sec.decl.save')),
        h('button', { class: 'btn btn--quiet', type: 'button', on: { click: stopEdit } }, t('common.cancel'))));
  }

  function row(r, section, index, drafting) {
    const removed = r.change === 'Removed';
    const isEditing = editing?.id === r.id;
    const prev = section[index - 1];
    const next = section[index + 1];
    const btn = (key, label, onClick, extra = {}) => h('button', {
      class: ['btn', 'btn--small', extra.danger && 'btn--small-danger'], type: 'button',
      disabled: extra.disabled ?? false,
      dataset: { focus: `${key}-${r.id}`, testid: `draft-${key}` },
      attrs: { 'aria-label': extra.aria },
      on: { click: onClick },
    }, label);
    return h('li', { class: ['draft-para', `para--${r.change.toLowerCase()}`], dataset: { testid: `draft-${r.label}`, change: r.change } },
      h('span', { class: 'para__label' }, r.label, r.oldLabel && h('span', { class: 'para__was' }, t('decl.wasLabel', { label: r.oldLabel }))),
      h('div', { class: 'para__body' },
        r.change !== 'Unchanged' && h('span', { class: `para__change para__change--${r.change.toLowerCase()}` }, t(`sec.decl.change.${r.change}`)),
        isEditing ? editor(t('sec.decl.editLabel', { label: r.label })) : h('p', { class: 'para__text' }, r.parts.map(diffPart)),
        drafting && !removed && !isEditing && h('div', { class: 'draft-para__actions' },
          btn('edit', t('sec.decl.edit'), () => startEdit({ id: r.id, text: currentText(r.id) }), { aria: t('sec.decl.editAria', { label: r.label }) }),
          btn('up', '↑', () => run('MoveParagraph', r.id, index <= 1 ? null : section[index - 2].id), { disabled: !prev, aria: t('sec.decl.moveUp', { label: r.label }) }),
          btn('down', '↓', () => run('MoveParagraph', r.id, next.id), { disabled: !next, aria: t('sec.decl.moveDown', { label: r.label }) }),
          btn('add-after', t('sec.decl.addAfter'), () => startEdit({ kind: r.kind, afterId: r.id, text: '' }), { aria: t('sec.decl.addAfterAria', { label: r.label }) }),
          btn('delete', t('sec.decl.delete'), () => remove(r), { danger: true, aria: t('sec.decl.deleteAria', { label: r.label }) })),
        editing && !editing.id && editing.afterId === r.id && editor(t('sec.decl.newAfter', { label: r.label }))));
  }

  function currentText(id) {
    return last.draft.paragraphs.find((p) => p.paragraphId === id)?.text ?? '';
  }

  async function remove(r) {
    if (!await confirmDialog({ title: t('sec.decl.deleteTitle', { label: r.label }), body: t('sec.decl.deleteBody'), confirmLabel: t('sec.decl.delete'), danger: true })) return;
    await run('DeleteParagraph', r.id);
  }

  async function publish(number) {
    if (!await confirmDialog({ title: t('sec.decl.publishTitle', { number }), body: t('sec.decl.publishBody'), confirmLabel: t('sec.decl.publish', { number }) })) return;
    await run('PublishDraft');
  }

  function render(declaration) {
    last = declaration;
    const draft = declaration.draft;
    const drafting = declaration.state === 'Drafting';
    const next = (declaration.current?.number ?? 0) + 1;
    // Live (moved, removed) paragraphs in draft order, with those removed since the last version shown struck.
    const rows = versionRows({ number: declaration.current ? 2 : 1, changesFromPrevious: draft.changesFromLatest, paragraphs: draft.paragraphs });
    keepFocus(head, () => replaceChildren(head,
      h('p', { class: ['draft__state', draft.hasUnpublishedChanges && 'draft__state--dirty'], dataset: { testid: 'draft-state', dirty: String(draft.hasUnpublishedChanges) } },
        draft.hasUnpublishedChanges
          ? t(declaration.current ? 'sec.decl.unpublished' : 'sec.decl.neverPublished', { number: declaration.current?.number })
          : t('sec.decl.upToDate', { number: declaration.current?.number ?? 0 })),
      !drafting && h('p', { class: 'note' }, t(`sec.decl.locked.${declaration.state}`)),
      drafting && h('button', {
        class: 'btn btn--primary', type: 'button', id: 'declaration-publish',
        disabled: !draft.hasUnpublishedChanges, dataset: { testid: 'declaration-publish', focus: 'publish' },
        on: { click: () => publish(next) },
      }, t('sec.decl.publish', { number: next }))));
    keepFocus(list, () => replaceChildren(list, ['Preamble', 'Operative'].map((kind) => {
      const section = rows.filter((r) => r.kind === kind);
      const live = section.filter((r) => r.change !== 'Removed');
      return h('section', { class: 'draft__section', attrs: { 'aria-labelledby': `draft-${kind}` } },
        h('h3', { class: 'doc__section-title', id: `draft-${kind}` }, t(`decl.section.${kind}`)),
        section.length ? h('ol', { class: 'paras' }, section.map((r) => row(r, live, live.indexOf(r), drafting))) : h('p', { class: 'placeholder' }, t('sec.decl.emptySection')),
        drafting && (editing && !editing.id && !editing.afterId && editing.kind === kind
          ? editor(t(`sec.decl.newAt.${kind}`))
          : h('button', {
            class: 'btn btn--small draft__add', type: 'button',
            dataset: { focus: `add-${kind}`, testid: `draft-add-${kind.toLowerCase()}` },
            on: { click: () => startEdit({ kind, afterId: null, text: '' }) },
          }, t(`sec.decl.add.${kind}`))));
    })));
  }

  return { el, render };
}
