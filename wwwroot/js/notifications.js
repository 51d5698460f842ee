// The bell in the header: how many notifications are unread, the latest ones in a panel, and a browser
// notification where the person allowed them. Entries are keyed by id, so an event seen twice counts once;
// after a reconnect the feed is read again (SignalR does not replay what was missed).
import { get, post } from './api.js';
import { h, replaceChildren } from './dom.js';
import { errorText, t } from './i18n.js';
import { formatClock } from './time.js';

/** The text of an entry in the viewer's zone: "Panel I starts at 14:00". */
export function notificationText(n, viewerZone) {
  const at = n.params?.startsAt ?? n.params?.endsAt;
  return t(n.textKey, { title: n.params?.title ?? '', time: at ? formatClock(new Date(at), viewerZone) : '' });
}

/** Adds an entry unless it is known; returns { items, unread } (newest first, at most 50). */
export function addNotification(feed, n) {
  if (feed.items.some((i) => i.id === n.id)) return feed;
  return { items: [n, ...feed.items].slice(0, 50), unread: feed.unread + (n.readAt ? 0 : 1) };
}

const SVG = 'http://www.w3.org/2000/svg';

function bellIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/**
 * createBell(hub, { viewerZone }) draws the bell into [data-shell="bell"] and follows NotificationReceived.
 * → { refresh() } (call it after every (re)connect).
 */
export function createBell(hub, { viewerZone, el = document.querySelector('[data-shell="bell"]') }) {
  let feed = { items: [], unread: 0 };
  let open = false;
  const button = h('button', {
    class: 'bell__button', type: 'button', dataset: { testid: 'bell' },
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'bell-panel' },
    on: { click: () => toggle(!open) },
  });
  const panel = h('div', { class: 'bell__panel', id: 'bell-panel', hidden: true, dataset: { testid: 'bell-panel' } });
  replaceChildren(el, button, panel);
  el.hidden = false;
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && open) { toggle(false); button.focus(); } });

  hub.on('NotificationReceived', (n) => {
    const before = feed;
    feed = addNotification(feed, n);
    if (feed !== before) {
      render();
      showInBrowser(n);
    }
  });

  function toggle(next) {
    open = next;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }

  async function markRead(n) {
    if (n.readAt) return;
    try {
      const { unread } = await post(`/api/notifications/${n.id}/read`);
      feed = { items: feed.items.map((i) => (i.id === n.id ? { ...i, readAt: new Date().toISOString() } : i)), unread };
      render();
    } catch (error) {
      console.warn('notification: mark read failed', errorText(error));
    }
  }

  async function markAllRead() {
    await post('/api/notifications/read-all');
    feed = { items: feed.items.map((i) => ({ ...i, readAt: i.readAt ?? new Date().toISOString() })), unread: 0 };
    render();
  }

  function render() {
    el.dataset.unread = String(feed.unread);
    button.dataset.unread = String(feed.unread);
    replaceChildren(button, bellIcon(),
      h('span', { class: 'visually-hidden' }, t('notifications.label', { count: feed.unread })),
      feed.unread > 0 && h('span', { class: 'bell__count', attrs: { 'aria-hidden': 'true' } }, String(feed.unread)));
    const canAsk = 'Notification' in window && Notification.permission === 'default';
    replaceChildren(panel,
      h('div', { class: 'bell__head' },
        h('h2', { class: 'bell__title' }, t('notifications.heading')),
        feed.unread > 0 && h('button', { class: 'link-button', type: 'button', on: { click: markAllRead } }, t('notifications.markAllRead'))),
      feed.items.length === 0
        ? h('p', { class: 'bell__empty' }, t('notifications.empty'))
        : h('ul', { class: 'bell__list' }, feed.items.map((n) => h('li', {
          class: ['bell__item', !n.readAt && 'bell__item--unread'],
          dataset: { testid: `notification-${n.id}`, read: String(Boolean(n.readAt)) },
        }, h('button', { class: 'bell__entry', type: 'button', on: { click: () => markRead(n) } },
          h('span', { class: 'bell__text' }, notificationText(n, viewerZone)),
          h('span', { class: 'bell__time' }, formatClock(new Date(n.createdAt), viewerZone)))))),
      canAsk && h('button', { class: 'link-button bell__permission', type: 'button', on: { click: askPermission } }, t('notifications.enableDesktop')));
  }

  async function askPermission() {
    await Notification.requestPermission();
    render();
  }

  function showInBrowser(n) {
    // Only where the person allowed it, and only when the page is not in front (then the bell says it).
    if (!('Notification' in window) || Notification.permission !== 'granted' || document.visibilityState === 'visible') return;
    try {
      new Notification(t('app.name'), { body: notificationText(n, viewerZone), tag: n.id });
    } catch (error) {
      console.warn('notification: browser refused', error);
    }
  }

  render();
  return {
    async refresh() {
      feed = await get('/api/notifications');
      render();
    },
  };
}
