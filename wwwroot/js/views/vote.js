// The ballot page: the open poll (or the one asked for with ?id=), the seat holder's ballot, live turnout and
// who has not voted, then the published result. Everyone signed in can watch; only seat holders vote.
import { createHub } from '../hub.js';
import { t } from '../i18n.js';
import { bindConnectionStatus, followSeat, refreshAccount, showLoadError, startShell } from '../shell.js';
import { createTicker } from '../deadline.js';
import { createCaster } from '../voting/caster.js';
import { createVotingConnection, delegationIndex } from '../voting/connection.js';
import { ballotAccess, visiblePolls } from '../voting/polls.js';
import { createBallot } from './vote/ballot.js';
import { renderPollList } from './vote/list.js';
import { createPollCard } from './vote/pollCard.js';
import { h, replaceChildren } from '../dom.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-vote="${name}"]`);

async function start() {
  let shell;
  try {
    shell = await startShell({ pageTitleKey: 'vote.pageTitle' });
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  const { me, conference } = shell;
  const names = delegationIndex(conference.delegations);
  const myDelegation = me.delegation ? names.get(me.delegation.id) : null;
  let explicitId = new URLSearchParams(window.location.search).get('id');
  let synced = false;

  const voting = createVotingConnection({
    onResync: async () => {
      // The seat may have changed hands while we were away.
      if (synced) Object.assign(me, await refreshAccount());
      synced = true;
      caster.retryPending(voting.polls.values());
      schedule();
    },
  });
  const caster = createCaster({ hub: voting.hub, delegationId: me.delegation?.id, onChange: () => ballot.refresh() });
  const ticker = createTicker(voting.clock);
  const ballot = createBallot({ caster, getAccess: () => ballotAccess(me, myDelegation), delegation: myDelegation, clock: voting.clock,
    yourVote: (pollId) => voting.yourVote(pollId) });
  const card = createPollCard({ names, ballot, ticker, voting, secretariat: me.roles.includes('Secretariat') });

  let frame = 0;
  function schedule() {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  function select(pollId) {
    explicitId = pollId;
    window.history.pushState({ pollId }, '', `/vote?id=${encodeURIComponent(pollId)}`);
    render();
    part('poll').querySelector('.poll-card')?.focus();
  }
  window.addEventListener('popstate', () => {
    explicitId = new URLSearchParams(window.location.search).get('id');
    render();
  });

  function render() {
    renderWho();
    if (!voting.loaded.polls) return;
    main.removeAttribute('aria-busy');
    const polls = visiblePolls(voting.polls.values());
    // Without ?id= the page follows the poll that matters now: the open one, else the latest.
    const selected = explicitId ? voting.polls.get(explicitId) : polls[0];
    renderPollList(part('list'), polls, { selectedId: selected?.pollId, onSelect: select });
    part('list-empty').hidden = polls.length > 0;
    part('open-count').textContent = t('vote.openCount', { count: polls.filter((p) => p.state === 'Open').length });
    const slot = part('poll');
    if (!selected) {
      replaceChildren(slot, h('div', { class: 'panel empty-state' },
        h('h2', { class: 'empty-state__title' }, t(explicitId ? 'vote.notFoundTitle' : 'vote.noneTitle')),
        h('p', {}, t(explicitId ? 'vote.notFound' : 'vote.none'))));
      return;
    }
    if (card.el.parentNode !== slot) replaceChildren(slot, card.el);
    card.show(selected);
  }

  function renderWho() {
    const el = part('who');
    if (!myDelegation) {
      el.textContent = t(me.roles.includes('Secretariat') ? 'vote.whoSecretariat' : 'vote.whoObserver');
      return;
    }
    const access = ballotAccess(me, myDelegation);
    el.textContent = t(access.canVote ? 'vote.whoSeat' : `vote.who.${access.why}`, { delegation: myDelegation.name });
  }

  voting.subscribe(schedule);
  card.el.tabIndex = -1;
  bindConnectionStatus(voting.hub);
  voting.start();

  if (me.delegation) {
    // Seat changes are announced on the conference hub; only delegation members need them here.
    const conferenceHub = createHub('/hubs/conference', {
      onResync: async () => {
        Object.assign(me, await refreshAccount());
        ballot.refresh();
        renderWho();
      },
    });
    // The lobby's business (and the bell has its own connection): here only the seat matters.
    conferenceHub.ignore('PresenceChanged', 'SessionChanged', 'SessionCancelled', 'NotificationReceived');
    followSeat(conferenceHub, me, () => {
      ballot.refresh();
      renderWho();
    });
    conferenceHub.start();
  }
  render();
}

start();
