// The hall screen's vote panel: while a poll is open, how many voting delegations have voted; once its result is
// published, adopted or not and the numbers. Drawn from the voting hub's polls (the same events the vote page uses).
import { h, replaceChildren } from '../../dom.js';
import { t, tParts } from '../../i18n.js';
import { CHOICES, turnoutShare } from '../../voting/polls.js';
import { pollQuestion } from '../../voting/question.js';
import { resultReason } from '../../voting/reason.js';

const big = (name, value) => h('strong', { class: 'hall-poll__figure', dataset: { testid: `hall-poll-${name}` } }, String(value));

/** renderHallPoll(el, poll): fills el with the poll (or hides it when poll is null). */
export function renderHallPoll(el, poll) {
  el.hidden = !poll;
  if (!poll) {
    el.removeAttribute('data-poll-state');
    el.replaceChildren();
    return;
  }
  el.dataset.pollState = poll.state;
  const published = poll.state === 'Published';
  replaceChildren(el,
    h('p', { class: 'hall__label' }, t(published ? 'hall.pollResult' : 'hall.pollOpen')),
    h('p', { class: 'hall-poll__question', dataset: { testid: 'hall-poll-question' } }, pollQuestion(poll)),
    h('p', { class: 'hall-poll__mode' }, `${t(`poll.mode.${poll.mode}`)} · ${t(`poll.rule.${poll.rule}`)}`),
    published ? result(poll.result) : turnout(poll.turnout));
}

function turnout(numbers) {
  const fill = h('span', { class: 'hall-poll__fill', dataset: { testid: 'hall-poll-fill' } });
  // Through the CSSOM: the content security policy refuses style attributes.
  fill.style.width = `${(turnoutShare(numbers) * 100).toFixed(1)}%`;
  return h('div', { class: 'hall-poll__turnout' },
    h('p', { class: 'hall-poll__count', dataset: { testid: 'hall-poll-turnout' } },
      tParts('poll.turnout', { voted: numbers?.voted ?? 0, eligible: numbers?.eligible ?? 0 }, big)),
    h('div', { class: 'hall-poll__bar', attrs: { 'aria-hidden': 'true' } }, fill));
}

function result(r) {
  return h('div', { class: 'hall-poll__result' },
    h('p', { class: ['hall-poll__outcome', r.adopted ? 'is-adopted' : 'is-rejected'], dataset: { testid: 'hall-poll-outcome' } },
      t(r.adopted ? 'poll.adopted' : 'poll.notAdopted')),
    h('ul', { class: 'hall-poll__numbers' }, CHOICES.map((choice) => h('li', { class: 'hall-poll__number' },
      h('span', { class: 'hall-poll__choice' }, t(`poll.choice.${choice}`)),
      big(choice.toLowerCase(), r[choice.toLowerCase()] ?? 0)))),
    h('p', { class: 'hall-poll__reason' }, resultReason(r)));
}
