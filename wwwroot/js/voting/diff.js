// Reading a declaration version with its changes: the server says which paragraphs were added, removed or
// changed (in document order); here a changed paragraph's old and new text are compared word by word.
// Pure functions, no DOM: tests/browser/diff.test.js.

// Past this many word pairs a comparison would stall a tablet; such a paragraph shows as old struck, new added.
const MAX_CELLS = 1_500_000;
// Below this share of words in common, a change is shown as a rewrite (old struck, new added).
const MIN_SHARED = 0.4;

/**
 * Words, punctuation marks and the spaces between them, so joining the tokens gives back the text exactly.
 * Punctuation stands alone: "chemicals;" to "chemicals and pre-precursors;" is an insertion, not a swap.
 */
export function tokenize(text) {
  return text ? text.match(/\s+|[\p{L}\p{N}\p{M}'’\-–]+|[^\s\p{L}\p{N}\p{M}'’\-–]/gu) : [];
}

/**
 * wordDiff('a b c', 'a x c') → [{ op: 'same', text: 'a ' }, { op: 'del', text: 'b' }, { op: 'add', text: 'x' }, { op: 'same', text: ' c' }]
 * Joining the 'same' and 'del' parts gives the old text, 'same' and 'add' the new one. Neighbouring parts
 * of one kind are merged.
 */
export function wordDiff(oldText, newText) {
  const a = tokenize(oldText ?? '');
  const b = tokenize(newText ?? '');
  if (a.length * b.length > MAX_CELLS) return merge([{ op: 'del', text: a.join('') }, { op: 'add', text: b.join('') }]);

  // Longest common subsequence, by suffix lengths; then walk it from the start.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j]
        ? lcs[(i + 1) * width + j + 1] + 1
        : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const parts = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      parts.push({ op: 'del', text: a[i++] });
    } else {
      parts.push({ op: 'add', text: b[j++] });
    }
  }
  while (i < a.length) parts.push({ op: 'del', text: a[i++] });
  while (j < b.length) parts.push({ op: 'add', text: b[j++] });
  // Two texts that share only a few small words read better as one struck through and the other added
  // than as a patchwork of "to" and "the" kept between long changes.
  const words = (tokens) => tokens.filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
  const kept = parts.filter((p) => p.op === 'same' && /[\p{L}\p{N}]/u.test(p.text)).length;
  if (kept < MIN_SHARED * Math.max(words(a), words(b))) {
    return merge([{ op: 'del', text: a.join('') }, { op: 'add', text: b.join('') }]);
  }
  return merge(absorbSpaces(parts));
}

// "a [del b] [add x] c" reads better than a lone changed space between two changes: a space that stands alone
// between a deletion and an addition joins both, so the reader sees whole phrases swapped.
function absorbSpaces(parts) {
  const out = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const before = out[out.length - 1];
    const after = parts[k + 1];
    if (part.op === 'same' && /^\s+$/.test(part.text) && before && after && before.op !== 'same' && after.op !== 'same') {
      out.push({ op: 'del', text: part.text }, { op: 'add', text: part.text });
    } else {
      out.push(part);
    }
  }
  // Deletions before additions within each changed stretch, so the old phrase reads whole, then the new one.
  const sorted = [];
  let run = [];
  const flush = () => {
    sorted.push(...run.filter((p) => p.op === 'del'), ...run.filter((p) => p.op === 'add'));
    run = [];
  };
  for (const part of out) {
    if (part.op === 'same') {
      flush();
      sorted.push(part);
    } else {
      run.push(part);
    }
  }
  flush();
  return sorted;
}

function merge(parts) {
  const out = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * The rows to draw for a published version: one per paragraph in document order, removed ones where they
 * stood, each { id, kind, label, oldLabel, change, parts }. parts is the text as diff parts (a changed
 * paragraph's word diff; otherwise the whole text as one part). For the first version nothing is marked:
 * everything would be "added".
 */
export function versionRows(version) {
  if (!version) return [];
  const first = version.number === 1;
  const changes = version.changesFromPrevious?.length ? version.changesFromPrevious
    : version.paragraphs.map((p) => ({ change: 'Unchanged', paragraphId: p.paragraphId, kind: p.kind, newLabel: p.label, oldLabel: p.label, newText: p.text, oldText: p.text }));
  return changes.map((c) => {
    const change = first ? 'Unchanged' : c.change;
    const label = c.newLabel ?? c.oldLabel;
    let parts;
    if (change === 'Changed') parts = wordDiff(c.oldText, c.newText);
    else if (change === 'Removed') parts = [{ op: 'del', text: c.oldText ?? '' }];
    else if (change === 'Added') parts = [{ op: 'add', text: c.newText ?? '' }];
    else parts = [{ op: 'same', text: c.newText ?? c.oldText ?? '' }];
    return {
      id: c.paragraphId,
      kind: c.kind,
      label,
      // Renumbered (PP3 became PP4): show what it was called, since delegations refer to it by label.
      oldLabel: !first && c.oldLabel && c.newLabel && c.oldLabel !== c.newLabel ? c.oldLabel : null,
      change,
      parts,
    };
  });
}

/** { added, removed, changed } counts of a version's changes (zero for the first version). */
export function changeCounts(version) {
  const counts = { added: 0, removed: 0, changed: 0 };
  if (!version || version.number === 1) return counts;
  for (const c of version.changesFromPrevious ?? []) {
    if (c.change === 'Added') counts.added += 1;
    else if (c.change === 'Removed') counts.removed += 1;
    else if (c.change === 'Changed') counts.changed += 1;
  }
  return counts;
}

/** Rows grouped by kind, preamble first: [{ kind: 'Preamble', rows }, { kind: 'Operative', rows }] (empty groups left out). */
export function sections(rows) {
  return ['Preamble', 'Operative']
    .map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) }))
    .filter((s) => s.rows.length);
}
