// Diff parts as DOM: added text in <ins>, removed text in <del>, so the meaning survives without colour.
import { h } from '../dom.js';
import { wordDiff } from './diff.js';

/** A diff part as text, <ins> or <del>. */
export function diffPart(part) {
  if (part.op === 'add') return h('ins', { class: 'diff-add' }, part.text);
  if (part.op === 'del') return h('del', { class: 'diff-del' }, part.text);
  return part.text;
}

/** An amendment's change as the reader needs it: a replacement as a diff against today's text of the paragraph. */
export function amendmentText(amendment, paragraph) {
  if (amendment.kind === 'Delete') {
    return h('blockquote', { class: 'amendment-text' }, h('del', { class: 'diff-del' }, paragraph?.text ?? amendment.paragraphLabel));
  }
  if (amendment.kind === 'Replace' && paragraph) {
    return h('blockquote', { class: 'amendment-text' }, wordDiff(paragraph.text, amendment.text).map(diffPart));
  }
  return h('blockquote', { class: 'amendment-text' }, h('ins', { class: 'diff-add' }, amendment.text ?? ''));
}
