// One poll in the console: what it is, its live turnout and running tally (recorded polls), the preliminary
// result after close, and the actions its state allows: open, close, publish, cancel; then the exports.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';
import { keepFocus } from '../../ui/focus.js';
import { resultChart } from '../../voting/chart.js';
import { formatWhen } from '../../voting/format.js';
import { exportLinks, pollBadges, pollTimes, resultBlock, rollCallBlock } from '../../voting/pollParts.js';
import { ruleOutcome } from '../../voting/polls.js';
import { pollQuestion } from '../../voting/question.js';
import { createTurnout, notVotedList } from '../../voting/turnout.js';

const ACTIONS = {
  Draft: ['open', 'cancel'],
  Open: ['close', 'cancel'],
  Closed: ['publish', 'cancel'],
  Published: [],
  Cancelled: [],
};

/** createConsolePoll(poll, ctx) → { el, update(poll) }; ctx: { voting, names, ticker } */
export function createConsolePoll(initial, ctx) {
  const turnout = createTurnout();
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const body = h('div', { class: 'sec-poll__body' });
  const head = h('header', { class: 'sec-poll__head' });
  const actions = h('div', { class: 'sec-poll__actions' });
  const el = h('article', { class: 'panel sec-poll', attrs: { 'aria-labelledby': `q-${initial.pollId}` } }, head, body, status, actions);
  let poll = initial;
  let sig = '';

  async function act(action) {
    const confirmations = {
      close: () => confirmDialog({
        title: t('sec.poll.closeTitle'),
        body: t('sec.poll.closeBody', { voted: poll.turnout.voted, eligible: poll.turnout.eligible }),
        confirmLabel: t('sec.poll.close'),
      }),
      publish: () => confirmDialog({ title: t('sec.poll.publishTitle'), body: t('sec.poll.publishBody'), confirmLabel: t('sec.poll.publish') }),
      cancel: () => confirmDialog({ title: t('sec.poll.cancelTitle'), body: t('sec.poll.cancelBody'), confirmLabel: t('sec.poll.cancel'), danger: true, cancelLabel: t('sec.poll.keep') }),
    };
    if (confirmations[action] && !await confirmations[action]()) return;
    status.textContent = '';
    const method = { open: 'OpenPoll', close: 'ClosePoll', publish: 'PublishPoll', cancel: 'CancelPoll' }[action];
    const button = actions.querySelector(`[data-testid="poll-${action}"]`);
    if (button) button.disabled = true;
    try {
      ctx.voting.acceptPoll(await ctx.voting.hub.invoke(method, poll.pollId));
    } catch (error) {
      status.textContent = errorText(error);
      if (button) button.disabled = false;
    }
  }

  function renderHead() {
    const amendment = poll.subjectKind === 'Amendment' ? ctx.voting.amendments.get(poll.subjectId) : null;
    const countdown = h('span', { class: 'countdown__time' });
    replaceChildren(head,
      pollBadges(poll, amendment),
      h('h3', { class: 'sec-poll__question', id: `q-${poll.pollId}` }, pollQuestion(poll)),
      poll.state === 'Open' && poll.deadline && h('p', { class: 'countdown' },
        h('span', { class: 'countdown__label' }, t('poll.closesIn')), ' ', countdown,
        h('span', { class: 'countdown__at' }, ` · ${t('poll.closesAt', { time: formatWhen(poll.deadline) })}`)),
      poll.state === 'Draft' && h('p', { class: 'sec-poll__plan' }, [
        poll.deadline && t('sec.poll.plannedDeadline', { time: formatWhen(poll.deadline) }),
        poll.rollCall && t('sec.poll.plannedRollCall'),
        poll.quorum?.kind === 'Count' ? t('sec.poll.plannedQuorum', { count: poll.quorum.value }) : t('sec.poll.defaultQuorum'),
      ].filter(Boolean).join(' · ')),
      pollTimes(poll));
    if (poll.state === 'Open' && poll.deadline) ctx.ticker.watch(countdown, poll.deadline);
  }

  function renderBody() {
    const live = poll.state === 'Open';
    const left = [];
    if (live || poll.state === 'Closed') left.push(turnout.el);
    if (live && poll.runningTally) {
      const outcome = ruleOutcome(poll.rule, poll.runningTally);
      left.push(h('div', { class: 'tally' },
        h('h4', { class: 'section-title' }, t('poll.runningTally'), h('span', { class: 'tag tag--private' }, t('poll.secretariatOnly'))),
        resultChart(poll.runningTally, { testid: 'running-tally' }),
        h('p', { class: 'tally__outlook' }, t(outcome.adopted ? 'poll.wouldAdopt' : 'poll.wouldFail'))));
    } else if (live && poll.mode === 'Secret') {
      left.push(h('p', { class: 'note' }, t('poll.secretNoTally')));
    }
    if (poll.result) left.push(resultBlock(poll, ctx.names, { preliminary: poll.state !== 'Published' }));
    if (poll.state === 'Published') left.push(exportLinks(poll));
    if (poll.state === 'Draft') left.push(h('p', { class: 'note' }, t('sec.poll.draftNote')));
    const right = [];
    if (live || poll.state === 'Closed') {
      right.push(h('details', { class: 'sec-poll__missing', open: live },
        h('summary', {}, t(live ? 'poll.notVotedHeading' : 'poll.didNotVoteHeading'), ' ', h('span', { class: 'count-pill' }, String(poll.notYetVoted?.length ?? 0))),
        notVotedList(poll.notYetVoted, ctx.names)));
    }
    const roll = rollCallBlock(poll, ctx.names);
    if (roll && (live || poll.state === 'Closed')) right.push(roll);
    replaceChildren(body, h('div', { class: 'sec-poll__main' }, left), right.length ? h('div', { class: 'sec-poll__side' }, right) : null);
  }

  function renderActions() {
    const labels = { open: 'sec.poll.open', close: 'sec.poll.close', publish: 'sec.poll.publish', cancel: 'sec.poll.cancel' };
    keepFocus(actions, () => replaceChildren(actions, ACTIONS[poll.state].map((action) => h('button', {
      class: ['btn', action === 'cancel' ? 'btn--quiet btn--cancel' : 'btn--primary'],
      type: 'button',
      dataset: { testid: `poll-${action}`, focus: `${poll.pollId}-${action}` },
      on: { click: () => act(action) },
    }, t(labels[action])))));
    actions.hidden = ACTIONS[poll.state].length === 0;
  }

  function update(next) {
    poll = next;
    el.dataset.testid = `poll-${poll.pollId}`;
    el.dataset.state = poll.state;
    el.className = `panel sec-poll sec-poll--${poll.state.toLowerCase()}`;
    const amendmentVersion = poll.subjectKind === 'Amendment' ? ctx.voting.amendments.get(poll.subjectId)?.version : '';
    const key = [poll.state, poll.deadline, amendmentVersion, Boolean(poll.result)].join('|');
    if (key !== sig) {
      sig = key;
      renderHead();
      renderActions();
    }
    turnout.update(poll);
    // Cheap to redraw and only changes on a cast: the tally, the missing list, the roll call.
    keepFocus(body, renderBody);
  }

  update(initial);
  return { el, update };
}
