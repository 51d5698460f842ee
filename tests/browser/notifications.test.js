import assert from 'node:assert/strict';
import { test } from 'node:test';

globalThis.document ??= { documentElement: { lang: 'en' } };
const { addNotification, notificationText } = await import('../../wwwroot/js/notifications.js');

const reminder = { id: 'n1', textKey: 'notification.sessionStartsSoon', params: { title: 'Panel I', startsAt: '2026-11-30T15:00:00Z' }, createdAt: '2026-11-30T14:45:00Z', readAt: null };

test('notificationText_ShowsTheTimeInTheViewersZone', () => {
  assert.match(notificationText(reminder, 'Asia/Almaty'), /Panel I.*20:00|Panel I.*8:00/);
  assert.match(notificationText(reminder, 'America/New_York'), /Panel I.*10:00/);
});

test('addNotification_CountsEachEntryOnce', () => {
  const once = addNotification({ items: [], unread: 0 }, reminder);
  assert.equal(once.unread, 1);
  assert.equal(addNotification(once, reminder), once);
  assert.equal(addNotification(once, { ...reminder, id: 'n2', readAt: '2026-11-30T14:50:00Z' }).unread, 1);
});
