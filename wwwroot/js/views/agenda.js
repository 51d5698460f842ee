// The secretariat's agenda editor: create, edit, reschedule, reorder and cancel sessions. Times are entered on
// the host's clock; the page follows SessionChanged / SessionCancelled, so two editors see each other's changes.
import { get, post, put } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { errorText, t } from '../i18n.js';
import { bindConnectionStatus, bindNotifications, showLoadError, startShell } from '../shell.js';
import { createHub } from '../hub.js';
import { viewerTimeZone } from '../time.js';
import { detailFields, timeFields, values } from './secretariat/fields.js';
import { sessionCard } from './secretariat/session-card.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-editor="${name}"]`);
let agenda = null;

async function start() {
  try {
    await startShell({ pageTitleKey: 'editor.pageTitle', bellOnPageHub: true });
    agenda = await get('/api/agenda');
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  renderCreateForm();
  render();
  main.removeAttribute('aria-busy');

  const hub = createHub('/hubs/conference', { onResync: async () => { await Promise.all([reload(), bell.refresh()]); } });
  const bell = bindNotifications(hub, { viewerZone: viewerTimeZone() });
  // The conference hub also announces presence and seats to everyone; this page needs neither, but says so
  // (SignalR warns in the console of every event without a handler).
  hub.ignore('PresenceChanged', 'SeatChanged');
  hub.on('SessionChanged', () => reload());
  hub.on('SessionCancelled', () => reload());
  bindConnectionStatus(hub);
  hub.start();
}

async function reload() {
  agenda = await get('/api/agenda');
  render();
}

function renderCreateForm() {
  const form = part('create');
  const status = h('p', { class: 'card__status', attrs: { role: 'status', 'aria-live': 'polite' } });
  replaceChildren(form, detailFields(agenda.chairs), timeFields(),
    h('button', { class: 'btn btn--primary', type: 'submit' }, t('editor.create')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await run(status, null, async () => {
      const created = await post('/api/agenda/sessions', values(form));
      form.reset();
      const overlap = created.warnings?.[0];
      status.textContent = overlap ? t('editor.createdWithOverlap', { title: overlap.otherTitle }) : t('editor.created');
      await reload();
    });
  });
}

function render() {
  replaceChildren(part('clock'), t('editor.hostClock', { zone: agenda.hostTimeZone }));
  const items = agenda.sessions;
  replaceChildren(part('sessions'), items.map((item, i) => sessionCard(item, {
    chairs: agenda.chairs, hostZone: agenda.hostTimeZone, first: i === 0, last: i === items.length - 1, act,
    refusal: refusals.get(item.session.id),
  })));
}

// The last refusal per session, so a card drawn again (another change arrived live) still says why.
const refusals = new Map();

/** Performs an action; returns the refusal (shown in status, and kept for the card's next drawing) or null. */
async function act(action, session, body, status) {
  return run(status, session.id, async () => {
    const path = `/api/agenda/sessions/${session.id}`;
    if (action === 'edit') await put(path, body);
    else if (action === 'reschedule') await post(`${path}/reschedule`, { start: body.start, end: body.end, version: body.version });
    else if (action === 'cancel') await post(`${path}/cancel`, body);
    else if (action === 'lifecycle') await post(`/api/sessions/${session.id}/${body.command}`, body.payload);
    else await post('/api/agenda/reorder', { sessionIds: moved(session.id, action === 'up' ? -1 : 1) });
    await reload();
  });
}

function moved(id, by) {
  const ids = agenda.sessions.map((item) => item.session.id);
  const from = ids.indexOf(id);
  ids.splice(from, 1);
  ids.splice(from + by, 0, id);
  return ids;
}

async function run(status, sessionId, work) {
  status.textContent = '';
  status.classList.remove('card__status--error');
  refusals.delete(sessionId);
  try {
    await work();
    return null;
  } catch (error) {
    status.textContent = errorText(error);
    status.classList.add('card__status--error');
    if (sessionId) {
      // The card may have been drawn again while the call ran (a live change): draw the cards with the refusal.
      refusals.set(sessionId, errorText(error));
      if (!status.isConnected) render();
    }
    return error;
  }
}

start();
