// The declaration as published: numbered paragraphs under Preamble and Operative, with what this version
// changed from the one before (added, removed, changed word by word), and per paragraph the amendments
// under consideration and, for those who may, a way to propose one.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { changeCounts, sections, versionRows } from '../../voting/diff.js';
import { diffPart } from '../../voting/diffView.js';
import { formatWhen, listOf } from '../../voting/format.js';
import { keepFocus } from '../../ui/focus.js';

/**
 * renderText(el, declaration, { showChanges, pending, canPropose, onPropose, onShowAmendments, adopted })
 * pending: Map paragraphId → amendments under consideration.
 */
export function renderText(el, declaration, options) {
  keepFocus(el, () => replaceChildren(el, documentParts(declaration, options)));
}

function documentParts(declaration, { showChanges, pending, canPropose, onPropose, onShowAmendments, onToggleChanges }) {
  const version = declaration.current;
  if (!version) return h('p', { class: 'placeholder' }, t('decl.notPublished'));
  const counts = changeCounts(version);
  const hasChanges = counts.added + counts.removed + counts.changed > 0;
  const marking = showChanges && hasChanges;
  const rows = versionRows(version).filter((row) => marking || row.change !== 'Removed');
  return [
    h('header', { class: 'doc__head' },
      h('div', { class: 'doc__version' },
        h('span', { class: 'doc__version-number', dataset: { testid: 'declaration-version' } }, t('decl.version', { number: version.number })),
        h('span', { class: 'doc__version-date' }, t('decl.publishedAt', { time: formatWhen(version.publishedAt) }))),
      version.number > 1 && h('p', { class: 'doc__changes', dataset: { testid: 'declaration-changes' } },
        hasChanges ? changeSummary(version.number - 1, counts) : t('decl.noChanges', { previous: version.number - 1 })),
      version.number > 1 && hasChanges && h('div', { class: 'doc__tools' },
        h('label', { class: 'check' },
          h('input', { type: 'checkbox', checked: showChanges, dataset: { focus: 'show-changes', testid: 'show-changes' }, on: { change: (e) => onToggleChanges(e.target.checked) } }),
          h('span', {}, t('decl.showChanges', { previous: version.number - 1 }))),
        marking && h('span', { class: 'doc__legend', attrs: { 'aria-hidden': 'true' } },
          h('ins', { class: 'diff-add' }, t('decl.legendAdded')), ' ', h('del', { class: 'diff-del' }, t('decl.legendRemoved'))))),
    h('h2', { class: 'doc__title', id: 'doc-title' }, declaration.title),
    sections(rows).map((section) => h('section', { class: 'doc__section', attrs: { 'aria-labelledby': `section-${section.kind}` } },
      h('h3', { class: 'doc__section-title', id: `section-${section.kind}` }, t(`decl.section.${section.kind}`)),
      h('ol', { class: 'paras' }, section.rows.map((row) => paragraph(row, { marking, pending, canPropose, onPropose, onShowAmendments }))))),
  ];
}

function changeSummary(previous, counts) {
  const parts = ['added', 'changed', 'removed'].filter((k) => counts[k]).map((k) => t(`decl.count.${k}`, { count: counts[k] }));
  return t('decl.changesFrom', { previous, changes: listOf(parts) });
}

function paragraph(row, { marking, pending, canPropose, onPropose, onShowAmendments }) {
  const change = marking ? row.change : 'Unchanged';
  const parts = marking ? row.parts : row.parts.filter((p) => p.op !== 'del').map((p) => ({ ...p, op: 'same' }));
  const count = pending.get(row.id) ?? 0;
  const removed = row.change === 'Removed';
  return h('li', {
    class: ['para', `para--${change.toLowerCase()}`],
    dataset: { testid: `paragraph-${row.label}`, change, paragraphId: row.id },
  },
  h('span', { class: 'para__label' }, row.label,
    marking && row.oldLabel && h('span', { class: 'para__was' }, t('decl.wasLabel', { label: row.oldLabel }))),
  h('div', { class: 'para__body' },
    change !== 'Unchanged' && h('span', { class: `para__change para__change--${change.toLowerCase()}` }, t(`decl.change.${change}`)),
    h('p', { class: 'para__text' }, parts.map(diffPart)),
    !removed && (count > 0 || canPropose) && h('div', { class: 'para__actions' },
      count > 0 && h('button', {
        class: 'link-button link-button--count', type: 'button', dataset: { focus: `amendments-${row.id}` },
        on: { click: () => onShowAmendments(row.id) },
      }, t('decl.pendingAmendments', { count })),
      canPropose && h('button', {
        class: 'link-button', type: 'button', dataset: { focus: `propose-${row.id}`, testid: `propose-${row.label}` },
        on: { click: () => onPropose(row.id) },
      }, t('decl.proposeHere', { label: row.label })))));
}
