// One poll on the ballot page: what is asked, the ballot, turnout and who has not voted, then the result.
// Each part is redrawn only when what it shows changed (a cast by another delegation touches turnout only).
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { resultChart } from '../../voting/chart.js';
import { formatWhen } from '../../voting/format.js';
import { exportLinks, pollBadges, pollTimes, resultBlock, rollCallBlock } from '../../voting/pollParts.js';
import { ruleOutcome } from '../../voting/polls.js';
import { pollQuestion } from '../../voting/question.js';
import { createTurnout, notVotedList } from '../../voting/turnout.js';
import { subjectBlock } from './subject.js';

/**
 * createPollCard(ctx) → { el, show(poll) }
 * ctx: { names, ballot, ticker, voting } — one card per page, showing whichever poll is selected.
 */
export function createPollCard(ctx) {
  const turnout = createTurnout();
  const head = h('header', { class: 'poll-card__head' });
  const subject = h('div', { class: 'poll-card__subject' });
  const note = h('div', { class: 'poll-card__note' });
  const result = h('div', { class: 'poll-card__result', attrs: { 'aria-live': 'polite' } });
  const tally = h('div', { class: 'poll-card__tally' });
  const rollCall = h('div', { class: 'poll-card__roll-call' });
  const notVoted = h('section', { class: 'poll-card__not-voted', attrs: { 'aria-labelledby': 'not-voted-heading' } });
  const quorum = h('p', { class: 'poll-card__quorum' });
  const el = h('article', { class: 'panel poll-card', attrs: { 'aria-labelledby': 'poll-question' } },
    head,
    h('div', { class: 'poll-card__body' },
      h('div', { class: 'poll-card__main' }, subject, ctx.ballot.el, note, result, tally),
      h('div', { class: 'poll-card__side' },
        h('section', { class: 'poll-card__turnout', attrs: { 'aria-labelledby': 'turnout-heading' } },
          h('h3', { class: 'section-title', id: 'turnout-heading' }, t('poll.turnoutHeading')), turnout.el, quorum),
        rollCall, notVoted)));

  const sections = [
    [head, (p) => [p.pollId, p.state, p.deadline, p.question, amendmentOf(p)?.version].join('|'), renderHead],
    [subject, (p) => [p.pollId, amendmentOf(p)?.version, ctx.voting.declaration?.version].join('|'), (p) => subjectBlock(p, { ...ctx, amendment: amendmentOf(p) })],
    [note, (p) => `${p.pollId}|${p.state}`, renderNote],
    [result, (p) => `${p.pollId}|${p.state}|${Boolean(p.result)}`, renderResult],
    [tally, (p) => JSON.stringify([p.pollId, p.state, p.runningTally]), renderTally],
    [rollCall, (p) => [p.pollId, p.state, p.nextInRollCall, p.notYetVoted?.length, p.rollCallOrder?.length].join('|'), (p) => rollCallBlock(p, ctx.names)],
    [notVoted, (p) => [p.pollId, p.state, ...(p.notYetVoted ?? [])].join('|'), renderNotVoted],
    [quorum, (p) => `${p.pollId}|${p.quorum?.required}|${p.state}`, renderQuorum],
  ];
  const sigs = new Map();

  function amendmentOf(poll) {
    return poll.subjectKind === 'Amendment' ? ctx.voting.amendments.get(poll.subjectId) : null;
  }

  function renderHead(poll) {
    const countdown = h('span', { class: 'countdown__time' });
    const open = poll.state === 'Open';
    const parts = [
      pollBadges(poll, amendmentOf(poll)),
      h('h2', { class: 'poll-card__question', id: 'poll-question' }, pollQuestion(poll)),
      open && poll.deadline && h('p', { class: 'countdown', dataset: { testid: 'poll-deadline' } },
        h('span', { class: 'countdown__label' }, t('poll.closesIn')), ' ', countdown,
        h('span', { class: 'countdown__at' }, ` · ${t('poll.closesAt', { time: formatWhen(poll.deadline) })}`)),
      pollTimes(poll),
    ];
    if (open && poll.deadline) ctx.ticker.watch(countdown, poll.deadline, { onEnd: () => ctx.ballot.refresh() });
    return parts;
  }

  function renderNote(poll) {
    const key = { Draft: 'poll.draftNote', Closed: 'poll.closedNote', Cancelled: 'poll.cancelledNote' }[poll.state];
    return key ? h('p', { class: `note note--${poll.state.toLowerCase()}`, attrs: { role: 'status' } }, t(key)) : null;
  }

  function renderResult(poll) {
    if (!poll.result) return null;
    return [resultBlock(poll, ctx.names, { preliminary: poll.state !== 'Published' }), poll.state === 'Published' && exportLinks(poll)];
  }

  function renderTally(poll) {
    if (poll.state !== 'Open') return null;
    if (!poll.runningTally) {
      return ctx.secretariat && poll.mode === 'Secret' ? h('p', { class: 'note' }, t('poll.secretNoTally')) : null;
    }
    const outcome = ruleOutcome(poll.rule, poll.runningTally);
    return h('section', { class: 'tally', attrs: { 'aria-labelledby': 'tally-heading' } },
      h('h3', { class: 'section-title', id: 'tally-heading' }, t('poll.runningTally'),
        h('span', { class: 'tag tag--private' }, t('poll.secretariatOnly'))),
      resultChart(poll.runningTally, { testid: 'running-tally' }),
      h('p', { class: 'tally__outlook' }, t(outcome.adopted ? 'poll.wouldAdopt' : 'poll.wouldFail')));
  }

  function renderNotVoted(poll) {
    if (poll.state === 'Draft' || poll.state === 'Cancelled') return null;
    if (poll.state === 'Published' && poll.mode === 'Recorded') return null; // the table says it
    const ids = poll.notYetVoted ?? [];
    const heading = poll.state === 'Open' ? 'poll.notVotedHeading' : 'poll.didNotVoteHeading';
    return [
      h('h3', { class: 'section-title', id: 'not-voted-heading' }, t(heading),
        h('span', { class: 'count-pill' }, String(ids.length))),
      notVotedList(ids, ctx.names),
    ];
  }

  function renderQuorum(poll) {
    return poll.quorum?.required ? t('poll.quorumRequired', { required: poll.quorum.required }) : t('poll.quorumLater');
  }

  return {
    el,
    show(poll) {
      el.dataset.testid = `poll-${poll.pollId}`;
      el.dataset.state = poll.state;
      el.dataset.pollId = poll.pollId;
      el.classList.toggle('poll-card--open', poll.state === 'Open');
      for (const [part, sig, render] of sections) {
        const key = sig(poll);
        if (sigs.get(part) === key) continue;
        sigs.set(part, key);
        const content = render(poll);
        if (typeof content === 'string') part.textContent = content;
        else replaceChildren(part, content);
        part.hidden = content === null || (Array.isArray(content) && !content.some(Boolean));
      }
      turnout.update(poll);
      el.querySelector('.poll-card__turnout').hidden = poll.state === 'Draft' || poll.state === 'Cancelled';
      ctx.ballot.update(poll);
    },
  };
}
