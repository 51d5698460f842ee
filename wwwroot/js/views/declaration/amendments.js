// The amendments: under consideration, then decided. Each shows its change against today's text, who proposed
// and co-sponsored it, and the actions this person may take (co-sponsor, withdraw; accept, reject, put to vote).
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { amendmentActions, groupAmendments } from '../../voting/declaration.js';
import { amendmentText } from '../../voting/diffView.js';
import { amendmentTitle, delegationName, formatWhen, listOf } from '../../voting/format.js';
import { askPollSettings } from '../../voting/pollSettings.js';
import { confirmDialog } from '../../ui/dialog.js';
import { keepFocus } from '../../ui/focus.js';

/**
 * createAmendmentList({ voting, me, names, status }) → { el, render(declaration, amendments, { highlight }) }
 * status: an element (role=alert) for results and errors of the actions.
 */
export function createAmendmentList({ voting, me, names, status, onPollCreated }) {
  const el = h('div', { class: 'amendments' });
  let last = null;

  async function run(action, { success } = {}) {
    status.className = 'form-error';
    status.textContent = '';
    try {
      const result = await action();
      if (success) {
        status.className = 'form-ok';
        status.textContent = success(result);
      }
    } catch (error) {
      status.className = 'form-error';
      status.textContent = errorText(error);
    }
  }

  const handlers = {
    coSponsor: (a) => run(async () => voting.acceptAmendment(await voting.hub.invoke('CoSponsorAmendment', a.amendmentId)),
      { success: () => t('amend.coSponsoredNow', { title: amendmentTitle(a) }) }),
    withdraw: async (a) => {
      if (!await confirmDialog({ title: t('amend.withdrawTitle', { title: amendmentTitle(a) }), body: t('amend.withdrawBody'), confirmLabel: t('amend.withdraw'), danger: true })) return;
      await run(async () => voting.acceptAmendment(await voting.hub.invoke('WithdrawAmendment', a.amendmentId)));
    },
    accept: async (a) => {
      if (!await confirmDialog({ title: t('amend.acceptTitle', { title: amendmentTitle(a) }), body: t('amend.acceptBody'), confirmLabel: t('amend.accept') })) return;
      await run(async () => voting.acceptAmendment(await voting.hub.invoke('AcceptAmendment', a.amendmentId)),
        { success: () => t('amend.acceptedNow', { title: amendmentTitle(a) }) });
    },
    reject: async (a) => {
      if (!await confirmDialog({ title: t('amend.rejectTitle', { title: amendmentTitle(a) }), body: t('amend.rejectBody'), confirmLabel: t('amend.reject'), danger: true })) return;
      await run(async () => voting.acceptAmendment(await voting.hub.invoke('RejectAmendment', a.amendmentId)));
    },
    putToVote: async (a) => {
      const settings = await askPollSettings({ title: t('amend.putToVoteTitle', { title: amendmentTitle(a) }), intro: t('amend.putToVoteBody') });
      if (!settings) return;
      await run(async () => {
        const poll = await voting.hub.invoke('PutAmendmentToVote', a.amendmentId, settings.mode, settings.rule);
        voting.acceptPoll(poll);
        onPollCreated?.(poll);
      }, { success: () => t('amend.putToVoteDone') });
    },
  };

  function item(a, declaration, highlight) {
    const paragraph = declaration?.current?.paragraphs.find((p) => p.paragraphId === a.paragraphId);
    const may = amendmentActions(a, me);
    const mine = me.delegation && a.proposerDelegationId === me.delegation.id;
    const coSponsors = a.coSponsors.map((c) => delegationName(names, c.delegationId));
    const button = (key, label, onClick, extra = {}) => h('button', {
      class: ['btn', 'btn--small', extra.danger && 'btn--small-danger', extra.primary && 'btn--small-primary'],
      type: 'button',
      dataset: { focus: `${key}-${a.amendmentId}`, testid: `amendment-${key}` },
      on: { click: onClick },
    }, label);
    return h('li', {
      class: ['amendment', `amendment--${a.state.toLowerCase()}`, highlight === a.paragraphId && 'amendment--highlight'],
      dataset: { testid: `amendment-${a.amendmentId}`, state: a.state },
    },
    h('div', { class: 'amendment__top' },
      h('h4', { class: 'amendment__title' }, amendmentTitle(a)),
      h('span', { class: `badge badge--amend-${a.state.toLowerCase()}` }, t(`amend.state.${a.state}`)),
      mine && h('span', { class: 'tag tag--accent' }, t('amend.yours'))),
    h('p', { class: 'amendment__meta' },
      t('amend.proposedBy', { delegation: delegationName(names, a.proposerDelegationId) }), ' · ', formatWhen(a.proposedAt),
      a.basedOnVersion && declaration?.current && a.basedOnVersion !== declaration.current.number
        ? ` · ${t('amend.basedOn', { number: a.basedOnVersion })}` : ''),
    amendmentText(a, paragraph),
    h('p', { class: 'amendment__reason' }, h('span', { class: 'subject__label' }, t('amend.reason')), ' ', a.reason),
    h('p', { class: 'amendment__cosponsors' }, coSponsors.length ? t('amend.coSponsoredBy', { list: listOf(coSponsors) }) : t('amend.noCoSponsors')),
    (may.coSponsor || may.withdraw || may.decide || (a.state === 'PutToVote' && a.pollId)) && h('div', { class: 'amendment__actions' },
      may.coSponsor && button('cosponsor', t('amend.coSponsor'), () => handlers.coSponsor(a), { primary: true }),
      may.withdraw && button('withdraw', t('amend.withdraw'), () => handlers.withdraw(a), { danger: true }),
      may.decide && button('accept', t('amend.accept'), () => handlers.accept(a)),
      may.decide && button('reject', t('amend.reject'), () => handlers.reject(a), { danger: true }),
      may.decide && button('put-to-vote', t('amend.putToVote'), () => handlers.putToVote(a)),
      a.state === 'PutToVote' && a.pollId && h('a', { class: 'btn btn--small', href: `/vote?id=${encodeURIComponent(a.pollId)}` }, t('amend.goToVote'))));
  }

  function render(declaration, amendments, { highlight } = {}) {
    last = { declaration, amendments, highlight };
    const order = declaration?.current?.paragraphs.map((p) => p.paragraphId) ?? [];
    const { pending, decided } = groupAmendments(amendments, order);
    keepFocus(el, () => replaceChildren(el,
      h('h3', { class: 'section-title', id: 'amendments-pending' }, t('amend.pendingHeading'), h('span', { class: 'count-pill' }, String(pending.length))),
      pending.length
        ? h('ul', { class: 'amendment-list', attrs: { 'aria-labelledby': 'amendments-pending' } }, pending.map((a) => item(a, declaration, highlight)))
        : h('p', { class: 'amendments__none' }, t('amend.nonePending')),
      decided.length > 0 && h('details', { class: 'amendments__decided' },
        h('summary', {}, t('amend.decidedHeading', { count: decided.length })),
        h('ul', { class: 'amendment-list' }, decided.map((a) => item(a, declaration, highlight))))));
  }

  return { el, render, refresh: () => last && render(last.declaration, last.amendments, last) };
}
