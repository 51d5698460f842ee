// The declaration page, for everyone: the current published version with its changes, the amendments, the
// silence procedure, and after adoption the final text with who joined it and the statements attached.
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { bindConnectionStatus, refreshAccount, showLoadError, startShell } from '../shell.js';
import { createTicker } from '../deadline.js';
import { createVotingConnection, delegationIndex } from '../voting/connection.js';
import { canActForDelegation, pendingByParagraph } from '../voting/declaration.js';
import { adoptedBanner, createAdoptionPanel } from './declaration/adoption.js';
import { createAmendmentList } from './declaration/amendments.js';
import { createProposeForm } from './declaration/propose.js';
import { renderSilence } from './declaration/silence.js';
import { renderText } from './declaration/text.js';

const main = document.getElementById('main');
const part = (name) => main.querySelector(`[data-decl="${name}"]`);

async function start() {
  let shell;
  try {
    shell = await startShell({ pageTitleKey: 'decl.pageTitle' });
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  const { me, conference } = shell;
  const names = delegationIndex(conference.delegations);
  const myDelegation = me.delegation ? names.get(me.delegation.id) : null;
  let synced = false;
  // Changes are marked while the text is negotiated; the adopted text reads clean unless asked.
  let showChanges = null;
  let highlight = null;

  const voting = createVotingConnection({
    onResync: async () => {
      if (synced) Object.assign(me, await refreshAccount());
      synced = true;
      schedule();
    },
  });
  const ticker = createTicker(voting.clock);
  const propose = canActForDelegation(me) ? createProposeForm({ voting, delegationName: myDelegation?.name ?? '' }) : null;
  const amendmentList = createAmendmentList({ voting, me, names, status: part('amend-status') });
  const adoption = createAdoptionPanel({ voting, me, names });
  if (propose) part('propose').append(propose.el);
  part('amendment-list').append(amendmentList.el);
  part('adoption').append(adoption.el);

  let frame = 0;
  function schedule() {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  function render() {
    if (!voting.loaded.declaration) return;
    main.removeAttribute('aria-busy');
    const declaration = voting.declaration;
    const amendments = voting.amendments.values();
    if (!declaration?.current) {
      part('sub').textContent = '';
      replaceChildren(part('text'), h('div', { class: 'empty-state' },
        h('h2', { class: 'empty-state__title' }, t('decl.noneTitle')), h('p', {}, t('decl.none'))));
      part('side').hidden = true;
      return;
    }
    part('side').hidden = false;
    const adopted = declaration.state === 'Adopted';
    const open = declaration.amendmentsOpen && declaration.state === 'Drafting';
    main.dataset.state = declaration.state;
    part('sub').textContent = t(`decl.sub.${declaration.state}`, { version: declaration.current.number });
    renderSilence(part('silence'), declaration, { me, myDelegation, names, ticker, voting });
    replaceChildren(part('adopted'), adopted ? adoptedBanner(declaration) : null);
    renderText(part('text'), declaration, {
      showChanges: showChanges ?? !adopted,
      pending: adopted ? new Map() : pendingByParagraph(amendments),
      canPropose: Boolean(propose) && open,
      onPropose: (id) => propose.focusOn(id),
      onShowAmendments: (id) => {
        highlight = id;
        render();
        part('amendments-panel').querySelector('.amendment--highlight')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      onToggleChanges: (on) => {
        showChanges = on;
        render();
      },
    });
    const amendmentsState = part('amendments-state');
    amendmentsState.textContent = adopted ? '' : t(open ? 'amend.open' : 'amend.closed');
    amendmentsState.dataset.open = String(open);
    amendmentsState.dataset.testid = 'amendments-state';
    if (propose) {
      propose.el.hidden = !open;
      propose.update(declaration);
    }
    part('propose-closed').hidden = !propose || open || adopted;
    part('amendments-panel').hidden = adopted && amendments.length === 0;
    amendmentList.render(declaration, amendments, { highlight });
    part('adoption').hidden = !adopted;
    if (adopted) adoption.render(declaration);
  }

  voting.subscribe(schedule);
  bindConnectionStatus(voting.hub);
  voting.start();
}

start();
