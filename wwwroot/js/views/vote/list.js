// The polls beside the ballot: open ones first, each a link to /vote?id=…, the selected one marked.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';
import { pollQuestion } from '../../voting/question.js';

/** renderPollList(ul, polls, { selectedId, onSelect }) redraws the list (it is short). */
export function renderPollList(ul, polls, { selectedId, onSelect }) {
  replaceChildren(ul, polls.map((poll) => {
    const link = h('a', {
      class: 'poll-link',
      href: `/vote?id=${encodeURIComponent(poll.pollId)}`,
      dataset: { testid: `poll-link-${poll.pollId}`, state: poll.state },
      attrs: { 'aria-current': poll.pollId === selectedId ? 'true' : null },
      on: {
        click: (event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onSelect(poll.pollId);
        },
      },
    },
    h('span', { class: 'poll-link__top' },
      h('span', { class: `badge badge--poll-${poll.state.toLowerCase()}` }, t(`poll.state.${poll.state}`)),
      h('span', { class: 'poll-link__meta' }, summary(poll))),
    h('span', { class: 'poll-link__question' }, pollQuestion(poll)));
    return h('li', { class: 'poll-list__item' }, link);
  }));
}

function summary(poll) {
  if (poll.state === 'Open' || poll.state === 'Closed') return t('poll.turnoutShort', poll.turnout);
  if (poll.state === 'Published' && poll.result) return t(poll.result.adopted ? 'poll.adopted' : 'poll.notAdopted');
  return t(`poll.mode.${poll.mode}`);
}
