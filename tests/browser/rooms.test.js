import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roomPath } from '../../wwwroot/js/rooms.js';

// The lobby's agenda and the chair console's "Open the room" send a panel to its panel page (questions, stage),
// as the calendar's links do (AgendaCalendar.PagePath); only plenaries and other sessions go to the session room.
test('roomPath_APanel_OpensThePanelPage', () => {
  assert.equal(roomPath({ id: 'a1b2', kind: 'Panel' }), '/panel?id=a1b2');
});

test('roomPath_APlenary_OpensTheSessionRoom', () => {
  assert.equal(roomPath({ id: 'c3d4', kind: 'Plenary' }), '/session?id=c3d4');
});

test('roomPath_EscapesTheId', () => {
  assert.equal(roomPath({ id: 'a b&c', kind: 'Plenary' }), '/session?id=a%20b%26c');
});
