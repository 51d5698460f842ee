// The top of the room and the console: back to the lobby, the session's title, state and times, the list's state.
import { h, replaceChildren } from '../../dom.js';
import { labelValue, t, tParts } from '../../i18n.js';
import { formatRange, sameOffset, viewerTimeZone } from '../../time.js';
import { renderLimits } from './limits.js';

/**
 * createSessionBar(el, { conference, other: { href, labelKey } }) → { render(session, floor, version) }
 * other: the link to the session's other page (room ↔ chair console), or null.
 */
export function createSessionBar(el, { conference, other }) {
  const zone = viewerTimeZone();
  const title = h('h1', { class: 'session-bar__title' });
  const tags = h('div', { class: 'session-bar__tags' });
  const times = h('p', { class: 'session-bar__meta' });
  const limits = h('p', { class: 'session-bar__limits', dataset: { testid: 'limits' } });
  // The floor's version is for diagnostics and tests, not for people: kept as data, never shown.
  const version = h('span', { class: 'floor-version', dataset: { testid: 'floor-version' }, attrs: { hidden: '' } });
  replaceChildren(el,
    h('a', { class: 'back-link', href: '/' }, h('span', { class: 'flip-in-rtl', attrs: { 'aria-hidden': 'true' } }, '←'), ' ', t('floor.backToLobby')),
    h('div', { class: 'session-bar__main' }, tags, title, times, limits),
    h('div', { class: 'session-bar__aside' },
      other && h('a', { class: 'btn btn--secondary', href: other.href }, t(other.labelKey)),
      version));

  return {
    render(session, floor, storeVersion) {
      title.textContent = session.title;
      replaceChildren(tags,
        h('span', { class: `badge badge--${session.state.toLowerCase()}`, dataset: { testid: 'session-state', state: session.state } },
          t(`session.state.${session.state}`)),
        h('span', { class: 'tag' }, t(`session.kind.${session.kind}`)),
        floor?.isClosed && h('span', { class: 'badge badge--list-closed', dataset: { testid: 'list-closed' } }, t('floor.listClosed')),
        floor?.inscriptionOpen && session.state === 'Scheduled' &&
          h('span', { class: 'badge badge--inscription', dataset: { testid: 'inscription-open' } }, t('floor.inscriptionOpen')));
      limits.hidden = !floor;
      if (floor) renderLimits(limits, floor);
      replaceChildren(times, timesText(session, conference.hostTimeZone, zone),
        session.chair?.displayName && [' · ', h('span', { class: 'nowrap' },
          labelValue(t(session.kind === 'Panel' ? 'lobby.moderator' : 'lobby.chair'), session.chair.displayName))]);
      version.dataset.version = storeVersion ?? '';
    },
  };
}

function timesText(session, hostZone, zone) {
  const local = formatRange(session.startsAt, session.endsAt, zone);
  // Times read left to right in every language (a range in a right-to-left line would swap its ends).
  const clock = (range) => h('bdi', { class: 'nowrap', attrs: { dir: 'ltr' } }, `${range.text} ${range.zone}`);
  const parts = [clock(local)];
  if (!sameOffset(new Date(session.startsAt), zone, hostZone)) {
    const host = formatRange(session.startsAt, session.endsAt, hostZone);
    parts.push(' ', h('span', { class: 'session-bar__host nowrap' }, tParts('floor.hostTime', { time: host }, (name, range) => clock(range))));
  }
  return parts;
}
