// A closed session says so on every screen of it, with the way to its record of proceedings.
import { h, replaceChildren } from '../../dom.js';
import { t } from '../../i18n.js';

/** renderClosedNotice(el, session): fills el (and shows it) when the session is closed; hides it otherwise. */
export function renderClosedNotice(el, session) {
  const closed = session?.state === 'Closed';
  el.hidden = !closed;
  if (!closed) return;
  replaceChildren(el,
    h('strong', { class: 'closed-notice__title' }, t('lifecycle.closedNotice')), ' ',
    h('a', { class: 'btn btn--primary', href: `/record?id=${session.id}`, dataset: { testid: 'record-link' } }, t('lifecycle.readRecord')));
}
