// The seat holder's ballot: three big choices, a confirmation, then the receipt. Anyone else sees why they
// cannot vote. Redrawn only when something it shows changed, so a cast elsewhere never moves the focus.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { keepFocus } from '../../ui/focus.js';
import { formatWhen } from '../../voting/format.js';
import { CHOICES, currentVote } from '../../voting/polls.js';

/**
 * createBallot({ caster, getAccess, delegation, clock, yourVote }) → { el, update(poll), refresh() }
 * getAccess() → { canVote, why } (ballotAccess; the seat may change); delegation: { id, code, name } or null.
 * yourVote(pollId): the server's record of the seat holder's vote, so another device of theirs shows it too.
 */
export function createBallot({ caster, getAccess, delegation, clock, yourVote = () => null }) {
  const el = h('section', { class: 'ballot', attrs: { 'aria-labelledby': 'ballot-heading' } });
  let confirming = null; // { pollId, choice }
  let lastSig = '';
  let poll = null;
  let focusNext = null;

  function update(next, { force = false } = {}) {
    poll = next;
    const access = getAccess();
    const status = caster.status(poll.pollId);
    const receipt = currentVote(caster.receipt(poll.pollId), yourVote(poll.pollId));
    const voted = delegation ? !(poll.notYetVoted ?? []).includes(delegation.id) : false;
    const deadlinePassed = poll.deadline ? clock.now() >= new Date(poll.deadline) : false;
    if (confirming && confirming.pollId !== poll.pollId) confirming = null;
    const sig = [poll.pollId, poll.state, access.canVote, access.why, status.phase, status.attempt?.key, receipt?.receiptId,
      receipt?.choice, voted, confirming?.choice, deadlinePassed].join('|');
    if (sig === lastSig && !force) return;
    lastSig = sig;
    el.hidden = poll.state !== 'Open';
    if (el.hidden) return;
    // Another delegation's cast redraws this too: the focus stays where it was.
    keepFocus(el, () => replaceChildren(el, access.canVote
      ? ballotParts({ status, receipt, voted, deadlinePassed })
      : unavailable(access)));
    restoreFocus();
  }

  function restoreFocus() {
    if (!focusNext) return;
    el.querySelector(`[data-focus="${focusNext}"]`)?.focus();
    focusNext = null;
  }

  function choose(choice) {
    confirming = { pollId: poll.pollId, choice };
    focusNext = 'confirm';
    update(poll, { force: true });
  }

  function back(choice) {
    confirming = null;
    focusNext = `choice-${choice}`;
    update(poll, { force: true });
  }

  async function confirm() {
    const { choice } = confirming;
    confirming = null;
    focusNext = 'outcome';
    const sending = caster.cast(poll.pollId, choice);
    update(poll, { force: true });
    await sending;
    focusNext = 'outcome';
    update(poll, { force: true });
  }

  function ballotParts({ status, receipt, voted, deadlinePassed }) {
    const current = receipt?.choice ?? null;
    const busy = status.phase === 'sending';
    return [
      h('div', { class: 'ballot__head' },
        h('h3', { class: 'section-title', id: 'ballot-heading' }, t('vote.ballotHeading')),
        h('p', { class: 'ballot__who' }, t('vote.castFor', { delegation: delegation.name }))),
      outcome({ status, receipt, voted }),
      deadlinePassed
        ? h('p', { class: 'note note--warn' }, t('vote.deadlinePassed'))
        : confirming ? confirmCard(confirming.choice) : choices({ current, busy, voted: voted || Boolean(receipt) }),
    ];
  }

  function outcome({ status, receipt, voted }) {
    if (status.phase === 'sending') {
      return h('p', { class: 'note note--busy', attrs: { role: 'status', tabindex: '-1' }, dataset: { focus: 'outcome' } },
        t('vote.casting', { choice: t(`poll.choice.${status.attempt.choice}`) }));
    }
    if (status.phase === 'waiting') {
      return h('div', { class: 'note note--warn', attrs: { role: 'alert', tabindex: '-1' }, dataset: { focus: 'outcome', testid: 'cast-waiting' } },
        h('p', {}, t('vote.waitingConnection', { choice: t(`poll.choice.${status.attempt.choice}`) })),
        h('button', { class: 'btn btn--small', type: 'button', on: { click: () => caster.retry(poll.pollId) } }, t('vote.sendAgain')));
    }
    const failed = status.phase === 'failed' && h('div', { class: 'note note--error', attrs: { role: 'alert', tabindex: '-1' }, dataset: { focus: 'outcome' } },
      h('p', {}, t('vote.failed'), ' ', errorText(status.error)),
      h('button', { class: 'btn btn--small', type: 'button', on: { click: () => caster.dismiss(poll.pollId) } }, t('common.dismiss')));
    if (receipt) return [failed, receiptCard(receipt)];
    if (voted) return [failed, h('p', { class: 'note' }, t('vote.votedNoReceipt'))];
    return failed || null;
  }

  function receiptCard(receipt) {
    return h('div', { class: 'receipt', attrs: { role: 'status', tabindex: '-1' }, dataset: { focus: 'outcome' } },
      h('p', { class: 'receipt__title' },
        h('span', { class: 'receipt__icon', attrs: { 'aria-hidden': 'true' } }, '✓'),
        receipt.choice
          ? [t('vote.recordedChoice'), ' ', h('strong', { class: `choice choice--${receipt.choice.toLowerCase()}` }, t(`poll.choice.${receipt.choice}`))]
          : t('vote.recordedSecret')),
      h('dl', { class: 'receipt__facts' },
        h('dt', {}, t('vote.receipt')),
        h('dd', {}, h('code', { class: 'receipt__id', dataset: { testid: 'receipt' } }, receipt.receiptId)),
        h('dt', {}, t('vote.castAt')),
        h('dd', {}, formatWhen(receipt.castAt))),
      h('p', { class: 'receipt__hint' }, t('vote.changeHint')));
  }

  function choices({ current, busy, voted }) {
    return h('div', { class: 'ballot__choices-wrap' },
      voted && h('p', { class: 'ballot__change' }, t('vote.changeHeading')),
      h('div', { class: 'ballot__choices', attrs: { role: 'group', 'aria-label': t('vote.choicesLabel') } },
        CHOICES.map((choice) => h('button', {
          class: ['ballot__choice', `ballot__choice--${choice.toLowerCase()}`],
          type: 'button',
          disabled: busy,
          dataset: { testid: `vote-${choice.toLowerCase()}`, focus: `choice-${choice}` },
          attrs: { 'aria-pressed': current === choice ? 'true' : 'false' },
          on: { click: () => choose(choice) },
        },
        h('span', { class: 'ballot__choice-mark', attrs: { 'aria-hidden': 'true' } }, choice === 'Yes' ? '✓' : choice === 'No' ? '✕' : '–'),
        h('span', { class: 'ballot__choice-label' }, t(`poll.choice.${choice}`)),
        current === choice && h('span', { class: 'ballot__choice-current' }, t('vote.current'))))));
  }

  function confirmCard(choice) {
    const card = h('div', { class: `confirm confirm--${choice.toLowerCase()}`, attrs: { role: 'group', 'aria-labelledby': 'confirm-title' } },
      h('p', { class: 'confirm__title', id: 'confirm-title' },
        t('vote.confirmTitle', { delegation: delegation.name }), ' ',
        h('strong', { class: `choice choice--${choice.toLowerCase()}` }, t(`poll.choice.${choice}`))),
      h('p', { class: 'confirm__hint' }, t('vote.confirmHint')),
      h('div', { class: 'confirm__actions' },
        h('button', { class: 'btn btn--primary btn--large', type: 'button', dataset: { testid: 'vote-confirm', focus: 'confirm' }, on: { click: confirm } },
          t('vote.confirm', { choice: t(`poll.choice.${choice}`) })),
        h('button', { class: 'btn btn--quiet btn--large', type: 'button', dataset: { testid: 'vote-back' }, on: { click: () => back(choice) } }, t('vote.back'))));
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') back(choice);
    });
    return card;
  }

  function unavailable(access) {
    return h('div', { class: 'note note--info ballot__unavailable', dataset: { testid: 'ballot-unavailable', why: access.why } },
      h('h3', { class: 'section-title', id: 'ballot-heading' }, t('vote.cannotVoteHeading')),
      h('p', {}, t(`vote.why.${access.why}`, { delegation: delegation?.name ?? '' })));
  }

  return { el, update, refresh: () => poll && update(poll, { force: true }) };
}
