// Who may do what on the declaration page, and how amendments are listed. Pure functions, no DOM:
// tests/browser/declaration.test.js. The server checks every one of these again; these only decide what to offer.

const PENDING = new Set(['Proposed', 'PutToVote']);

/** A delegation's head, or whoever holds its seat, proposes, co-sponsors and attaches statements. */
export function canActForDelegation(me) {
  return Boolean(me.delegation) && (me.seatRole === 'Head' || me.holdsSeat === true);
}

/** The chair or the secretariat accepts, rejects or puts an amendment to the vote. */
export function canDecideAmendments(me) {
  return me.roles.includes('Chair') || me.roles.includes('Secretariat');
}

/** Only a voting delegation's seat holder breaks silence. */
export function canBreakSilence(me, delegation) {
  return Boolean(me.delegation) && me.holdsSeat === true && delegation?.votes === true;
}

/** What this person may do with one amendment: { coSponsor, withdraw, decide }. */
export function amendmentActions(amendment, me) {
  const mine = me.delegation?.id;
  const proposed = amendment.state === 'Proposed';
  const forDelegation = canActForDelegation(me);
  return {
    coSponsor: forDelegation && proposed && amendment.proposerDelegationId !== mine
      && !amendment.coSponsors.some((c) => c.delegationId === mine),
    withdraw: forDelegation && proposed && amendment.proposerDelegationId === mine,
    decide: canDecideAmendments(me) && proposed,
  };
}

/**
 * Amendments under consideration first, then those decided; each group in the order of the paragraphs they
 * change (as they stand in the current version), then by time of proposal.
 */
export function groupAmendments(amendments, paragraphOrder = []) {
  const position = new Map(paragraphOrder.map((id, i) => [id, i]));
  const order = (a, b) => (position.get(a.paragraphId) ?? 1e9) - (position.get(b.paragraphId) ?? 1e9)
    || Date.parse(a.proposedAt) - Date.parse(b.proposedAt);
  return {
    pending: amendments.filter((a) => PENDING.has(a.state)).sort(order),
    decided: amendments.filter((a) => !PENDING.has(a.state)).sort(order),
  };
}

/** Amendments under consideration per paragraph id, for the counts beside the text. */
export function pendingByParagraph(amendments) {
  const counts = new Map();
  for (const a of amendments) {
    if (PENDING.has(a.state)) counts.set(a.paragraphId, (counts.get(a.paragraphId) ?? 0) + 1);
  }
  return counts;
}

/** The silence procedure as the page shows it: 'running' | 'broken' (still running, someone broke it) | 'ended' | null. */
export function silencePhase(declaration) {
  const s = declaration?.silence;
  if (!s) return null;
  if (s.outcome === 'Running') return s.breaks.length ? 'broken' : 'running';
  return 'ended';
}
