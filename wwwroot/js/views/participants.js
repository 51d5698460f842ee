// The secretariat's participants: pending nominations and requests to decide, everyone with filters, CSV export.
import { get, post } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { formatList, t } from '../i18n.js';
import { confirmDialog } from '../ui/dialog.js';
import { compareNames, delegationName } from '../names.js';
import { startConsole } from './accreditation/console.js';
import { choice, fill, form, heading, input, labelled, LANGUAGES, pill, run, section, statusLine, table } from './accreditation/kit.js';

const STATES = ['pending', 'invited', 'active', 'rejected', 'withdrawn'];
const ROLE_FILTERS = ['Head', 'Representative', 'Alternate', 'Adviser', 'Observer', 'Press', 'Secretariat', 'Chair'];

startConsole(async (main) => {
  const delegations = await get('/api/accreditation/delegations');
  const pendingBox = h('div', { attrs: { 'data-testid': 'pending-list' } });
  const listBox = h('div', { attrs: { 'data-testid': 'participant-list' } });
  const filters = h('form', { class: 'filters', attrs: { 'data-testid': 'participant-filters' } },
    labelled(t('field.delegation'), choice('delegation', [{ value: '', label: t('filter.all') }, ...delegations.map((d) => ({ value: d.id, label: `${d.code} · ${delegationName(d)}` })).sort((a, b) => compareNames(a.label, b.label))], '')),
    labelled(t('field.role'), choice('role', [{ value: '', label: t('filter.all') }, ...ROLE_FILTERS.map((r) => ({ value: r, label: t(`roleFilter.${r}`) }))], '')),
    labelled(t('field.state'), choice('state', [{ value: '', label: t('filter.all') }, ...STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))], '')));
  const exportLink = h('a', { class: 'link-button', attrs: { 'data-testid': 'participants-export' } }, t('participants.export'));
  filters.addEventListener('change', () => reloadList());

  fill(main, heading('participants.pageTitle', 'participants.sub'),
    section('participants.pendingHeading', pendingBox),
    section('participants.listHeading', filters, exportLink, listBox),
    section('participants.staffHeading', form({ testid: 'staff-form', submitKey: 'participants.inviteStaff', fields: [
      labelled(t('field.name'), input('displayName', { required: true })),
      labelled(t('field.email'), input('email', { type: 'email', required: true })),
      labelled(t('field.role'), choice('role', [{ value: 'Chair', label: t('role.Chair') }, { value: 'Secretariat', label: t('role.Secretariat') }], 'Chair')),
      labelled(t('field.language'), choice('language', LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) })), 'en')),
    ], onSubmit: async (v, el) => { await post('/api/accreditation/staff', v); el.reset(); await reloadList(); return t('participants.staffInvited'); } })));

  async function reloadPending() {
    const pending = await get('/api/accreditation/nominations?state=pending');
    replaceChildren(pendingBox, table([t('field.name'), t('field.email'), t('field.delegation'), t('field.role'), t('participants.submitted'), ''],
      pending.map((n) => ({ testid: `nomination-${n.email}`, cells: [n.displayName, n.email, n.delegationCode ?? n.organization ?? '—',
        t(n.seatRole ? `seatRole.${n.seatRole}` : `category.${n.category}`), new Date(n.submittedAt).toLocaleString(), decide(n)] })),
      { empty: t('participants.noPending') }));
  }

  function decide(n) {
    const status = statusLine();
    const reason = input('reason', { testid: `reject-reason-${n.email}` });
    reason.placeholder = t('participants.reasonPlaceholder');
    const approve = h('button', { class: 'btn btn--small btn--primary', type: 'button', attrs: { 'data-testid': `approve-${n.email}` } }, t('participants.approve'));
    const reject = h('button', { class: 'btn btn--small btn--danger', type: 'button', attrs: { 'data-testid': `reject-${n.email}` } }, t('participants.reject'));
    approve.addEventListener('click', () => run(status, async () => { await post(`/api/accreditation/nominations/${n.id}/approve?version=${n.version}`); await reloadAll(); }));
    // A rejection is final and e-mailed to the nominee with the reason: it is confirmed first.
    reject.addEventListener('click', async () => {
      const sure = await confirmDialog({
        title: t('participants.rejectTitle', { name: n.displayName }), body: t('participants.rejectBody'),
        confirmLabel: t('participants.reject'), cancelLabel: t('participants.rejectKeep'), danger: true,
      });
      if (!sure) {
        reject.focus();
        return;
      }
      await run(status, async () => { await post(`/api/accreditation/nominations/${n.id}/reject`, { reason: reason.value }); await reloadAll(); });
    });
    return h('div', { class: 'row-actions' }, approve, reason, reject, status);
  }

  function query() {
    const q = new URLSearchParams();
    for (const name of ['delegation', 'role', 'state']) if (filters.elements[name].value) q.set(name, filters.elements[name].value);
    return q.toString();
  }

  async function reloadList() {
    const q = query();
    exportLink.href = `/api/accreditation/participants.csv${q ? `?${q}` : ''}`;
    const rows = await get(`/api/accreditation/participants${q ? `?${q}` : ''}`);
    replaceChildren(listBox, table([t('field.name'), t('field.email'), t('field.delegation'), t('field.role'), t('field.state'), ''], rows.map((p) => ({
      testid: `participant-${p.email}`,
      cells: [[p.displayName, p.isFocalPoint && h('span', { class: 'tag' }, t('participants.focalPoint')), p.holdsSeat && h('span', { class: 'badge badge--seat' }, t('shell.seatBadge'))],
        p.email, p.delegationCode ?? p.organization ?? '—', formatList(p.role.split('+').map((r) => t(`roleFilter.${r}`)), 'plain'), pill(p.state), personActions(p)],
    }))));
  }

  function personActions(p) {
    if (!p.personId) return p.reason ? h('span', { class: 'field__hint' }, p.reason) : '';
    const status = statusLine();
    const box = h('div', { class: 'row-actions' }, h('a', { class: 'btn btn--small btn--quiet', href: `/accounts?user=${encodeURIComponent(p.personId)}` }, t('participants.account')));
    if (p.state === 'invited') {
      const resend = h('button', { class: 'btn btn--small', type: 'button' }, t('participants.resend'));
      resend.addEventListener('click', () => run(status, async () => { await post(`/api/accreditation/participants/${p.personId}/invitation`); return t('participants.resent'); }));
      box.append(resend);
    }
    if (!p.role.split('+').includes('Chair') && p.category !== 'Staff') {
      const chair = h('button', { class: 'btn btn--small', type: 'button', title: t('participants.makeChairHint') }, t('participants.makeChair'));
      chair.addEventListener('click', () => run(status, async () => { await post(`/api/accreditation/participants/${p.personId}/chair`); return t('participants.madeChair'); }));
      box.append(chair);
    }
    box.append(status);
    return box;
  }

  async function reloadAll() {
    await Promise.all([reloadPending(), reloadList()]);
  }
  await reloadAll();
});
