// The lobby: agenda in the viewer's time zone and live presence of the delegations.
import { get, post } from '../api.js';
import { createHub } from '../hub.js';
import { errorText, t } from '../i18n.js';
import { createPresenceStore, presenceSummary } from '../presence.js';
import { bindConnectionStatus, bindNotifications, followSeat, refreshAccount, showLoadError, startShell } from '../shell.js';
import { sameOffset, viewerTimeZone, zoneAbbreviation } from '../time.js';
import { renderAgenda } from './lobby/agenda.js';
import { createDelegationGrid } from './lobby/delegations.js';
import { applySessionCancelled, applySessionChanged, mergeSessions } from './lobby/sessions.js';
import { createSummary } from './lobby/summary.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-lobby="${name}"]`);

async function start() {
  let shell;
  try {
    shell = await startShell({ pageTitleKey: 'lobby.pageTitle', bellOnPageHub: true });
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  const { me } = shell;
  let { conference } = shell;
  const viewerZone = viewerTimeZone();

  renderZones(conference, viewerZone);
  renderAgenda(part('agenda'), conference, { viewerZone });
  const grid = createDelegationGrid({
    list: part('delegations'),
    delegations: conference.delegations,
    myDelegationId: me.delegation?.id,
  });
  const renderSummary = createSummary(part('summary'), part('people'));
  main.removeAttribute('aria-busy');

  const filterInput = main.querySelector('#delegation-filter');
  const presentOnly = main.querySelector('#present-only');
  const showing = part('showing');
  const noMatch = part('no-match');
  const showCount = (shown) => {
    showing.textContent = t('lobby.showing', { shown, total: conference.delegations.length });
    noMatch.hidden = shown > 0;
  };
  const applyFilter = () => showCount(grid.filter({ query: filterInput.value, presentOnly: presentOnly.checked }));
  filterInput.addEventListener('input', applyFilter);
  presentOnly.addEventListener('change', applyFilter);
  part('filters').addEventListener('submit', (event) => event.preventDefault());

  const cancelled = new Map();
  const hub = createHub('/hubs/conference', {
    onResync: async () => {
      // Sessions and seats have no snapshot on the hub, and their events reach a connection only once it is up:
      // on every connect, the first one too, read the agenda and the person again along with presence. The page
      // was drawn from reads made before the connection existed, and a change in between came as no event.
      await Promise.all([
        presence.refresh(),
        bell.refresh(),
        get('/api/conference').then((fresh) => {
          conference = { ...fresh, sessions: mergeSessions(conference.sessions, fresh.sessions, cancelled) };
          renderAgenda(part('agenda'), conference, { viewerZone });
        }),
        refreshAccount().then((fresh) => Object.assign(me, fresh)),
      ]);
    },
  });
  const bell = bindNotifications(hub, { viewerZone });
  // The agenda changes live: the secretariat edits it, the schedule opens sessions.
  const showSessions = (sessions) => {
    if (sessions === conference.sessions) return;
    conference = { ...conference, sessions };
    renderAgenda(part('agenda'), conference, { viewerZone });
  };
  hub.on('SessionChanged', (evt) => showSessions(applySessionChanged(conference.sessions, evt, cancelled)));
  hub.on('SessionCancelled', (evt) => showSessions(applySessionCancelled(conference.sessions, evt, cancelled)));
  part('subscribe').addEventListener('click', () => subscribeToCalendar(part('feed')));
  const presence = createPresenceStore(hub);
  hub.on('PresenceChanged', (evt) => presence.applyEvent(evt));
  followSeat(hub, me);
  presence.subscribe((state) => {
    showCount(grid.update(state));
    renderSummary(presenceSummary(conference.delegations, state));
  });
  grid.update(null);
  applyFilter();
  bindConnectionStatus(hub);
  hub.start();
}

/** Makes the person's private calendar address (replacing any earlier one) and shows it to copy into a calendar app. */
async function subscribeToCalendar(el) {
  el.hidden = false;
  try {
    const { url } = await post('/api/calendar/feed');
    el.textContent = t('calendar.feedReady', { url });
  } catch (error) {
    el.textContent = errorText(error);
  }
}

function renderZones(conference, viewerZone) {
  const at = conference.sessions[0] ? new Date(conference.sessions[0].startsAt) : new Date();
  const viewer = zoneAbbreviation(at, viewerZone);
  const host = zoneAbbreviation(at, conference.hostTimeZone);
  part('zones').textContent = sameOffset(at, viewerZone, conference.hostTimeZone)
    ? t('lobby.zonesSame', { viewer })
    : t('lobby.zones', { viewer, host });
}

start();
