// The console's Polls section: create a poll, then run it (open, close, publish, cancel) with live turnout and,
// for recorded polls, the running tally; published and cancelled polls below, with their exports.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { sortPolls } from '../../voting/polls.js';
import { createPollForm } from './votingCreate.js';
import { createConsolePoll } from './votingPoll.js';

export function mount(panel, context) {
  const { voting, names, ticker } = context;
  const cards = new Map();
  const active = h('div', { class: 'sec-polls__list', dataset: { testid: 'console-polls' } });
  const done = h('div', { class: 'sec-polls__list' });
  const doneWrap = h('details', { class: 'sec-polls__done' }, h('summary', { class: 'sec-polls__done-summary' }), done);
  const empty = h('p', { class: 'placeholder' }, t('shell.loading'));
  const form = createPollForm({ voting, names, onCreated: (poll) => cards.get(poll.pollId)?.el.scrollIntoView({ block: 'nearest' }) });
  replaceChildren(panel, h('div', { class: 'sec-polls' },
    h('div', { class: 'sec-polls__create' }, form.el),
    h('div', { class: 'sec-polls__running' },
      h('h2', { class: 'visually-hidden' }, t('sec.poll.listHeading')), empty, active, doneWrap)));

  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  function render() {
    form.update();
    if (!voting.loaded.polls) return;
    const polls = sortPolls(voting.polls.values());
    const current = polls.filter((p) => p.state !== 'Published' && p.state !== 'Cancelled');
    const finished = polls.filter((p) => p.state === 'Published' || p.state === 'Cancelled');
    empty.textContent = t('sec.poll.none');
    empty.hidden = polls.length > 0;
    place(active, current);
    place(done, finished);
    doneWrap.hidden = finished.length === 0;
    doneWrap.querySelector('summary').textContent = t('sec.poll.finished', { count: finished.length });
  }

  // Cards are kept per poll and moved, not rebuilt, so a button keeps its focus while others vote.
  function place(list, polls) {
    polls.forEach((poll, index) => {
      let card = cards.get(poll.pollId);
      if (!card) {
        card = createConsolePoll(poll, { voting, names, ticker });
        cards.set(poll.pollId, card);
      } else {
        card.update(poll);
      }
      if (list.children[index] !== card.el) list.insertBefore(card.el, list.children[index] ?? null);
    });
    // The first polls.length children are now these polls' cards; what follows moved to the other list.
    while (list.children.length > polls.length) list.lastElementChild.remove();
  }

  voting.subscribe(schedule);
  context.choosePollSubject = (value) => {
    context.showTab('polls');
    form.choose(value);
  };
  render();
}
