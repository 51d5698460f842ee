// The secretariat's delegations: import a CSV (preview first, nothing written until confirmed), add, edit, remove,
// and name each delegation's focal point.
import { del, get, post, put } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { formatNumber, labelValue, t } from '../i18n.js';
import { confirmDialog } from '../ui/dialog.js';
import { delegationName } from '../names.js';
import { startConsole } from './accreditation/console.js';
import { importReason } from './accreditation/importReason.js';
import { choice, fill, form, heading, input, labelled, LANGUAGES, pill, ROLES, run, section, statusLine, table } from './accreditation/kit.js';

const KINDS = ['MemberState', 'InternationalOrganization', 'Observer'];
const RANKS = ['HeadOfStateOrGovernment', 'Minister', 'DeputyMinister', 'Ambassador', 'SeniorOfficial'];
const options = (values, prefix) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
let list;

startConsole(async (main) => {
  const csv = h('textarea', { class: 'input csv-input', name: 'csv', attrs: { 'data-testid': 'csv-input', spellcheck: 'false' } });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', attrs: { 'data-testid': 'csv-file' } });
  file.addEventListener('change', async () => { csv.value = await file.files[0]?.text() ?? ''; });
  const previewBox = h('div', { attrs: { 'data-testid': 'import-preview' } });
  const status = statusLine();
  const previewButton = h('button', { class: 'btn', type: 'button', attrs: { 'data-testid': 'import-preview-button' } }, t('delegations.preview'));
  const importButton = h('button', { class: 'btn btn--primary', type: 'button', disabled: true, attrs: { 'data-testid': 'import-confirm' } }, t('delegations.import'));
  previewButton.addEventListener('click', async () => {
    let importable = true;
    await run(status, async () => {
      const preview = await post('/api/accreditation/delegations/import/preview', { csv: csv.value });
      renderPreview(previewBox, preview);
      importButton.disabled = !preview.canImport;
      importable = preview.canImport;
      return importable ? t('delegations.previewOk') : t('delegations.previewErrors', { count: preview.errors });
    });
    // A file with error lines is read, but cannot be imported: said as a problem, not as a success.
    if (!importable) status.classList.replace('form-ok', 'form-error');
  });
  importButton.addEventListener('click', () => run(status, async () => {
    const result = await post('/api/accreditation/delegations/import', { csv: csv.value });
    importButton.disabled = true;
    replaceChildren(previewBox);
    await reload();
    return t('delegations.imported', result);
  }));
  const listBox = h('div', { attrs: { 'data-testid': 'delegation-list' } });
  fill(main, heading('delegations.pageTitle', 'delegations.sub'),
    section('delegations.importHeading', h('p', { class: 'field__hint' }, t('delegations.importHint')),
      labelled(t('delegations.csvFile'), file), labelled(t('delegations.csvText'), csv),
      h('div', { class: 'form-actions' }, previewButton, importButton), status, previewBox),
    section('delegations.addHeading', form({ testid: 'delegation-create', submitKey: 'delegations.add', fields: delegationFields({}), onSubmit: async (v, el) => {
      await post('/api/accreditation/delegations', body(v));
      el.reset();
      await reload();
      return t('delegations.added');
    } })),
    section('delegations.listHeading', listBox));

  async function reload() {
    list = await get('/api/accreditation/delegations');
    replaceChildren(listBox, table([t('field.code'), t('field.name'), t('field.kind'), t('field.votes'), t('delegations.focalPoint'), t('delegations.members'), t('delegations.credentials'), ''],
      list.map((d) => ({ testid: `delegation-${d.code}`, cells: [h('span', { class: 'code' }, d.code), delegationName(d), t(`kind.${d.kind}`), d.votes ? t('yes') : t('no'),
        d.focalPointName ?? '—', `${d.members}${d.pending ? ` (+${d.pending} ${t('state.pending')})` : ''}`,
        d.credentialsLetter ? h('a', { href: `/api/accreditation/delegations/${d.id}/credentials` }, d.credentialsLetter.fileName) : '—',
        actions(d, reload)] }))));
  }
  await reload();
});

function delegationFields(d) {
  return [
    d.code ? null : labelled(t('field.code'), input('code', { required: true, value: d.code ?? '' }), t('delegations.codeHint')),
    labelled(t('field.name'), input('name', { required: true, value: d.name ?? '' })),
    labelled(t('field.kind'), choice('kind', options(KINDS, 'kind'), d.kind ?? 'MemberState')),
    labelled(t('field.votes'), choice('votes', [{ value: '', label: t('delegations.votesDefault') }, { value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }],
      d.votes === undefined ? '' : d.votes ? 'yes' : 'no')),
    labelled(t('field.rank'), choice('headRank', options(RANKS, 'rank'), d.headRank ?? 'Minister')),
  ];
}

const body = (v) => ({ code: v.code, name: v.name, kind: v.kind, headRank: v.headRank, votes: v.votes === '' ? null : v.votes === 'yes' });

function actions(d, reload) {
  const box = h('div', { class: 'row-actions' });
  const status = statusLine();
  const open = (content) => { replaceChildren(box, content, status); };
  const edit = h('button', { class: 'btn btn--small', type: 'button' }, t('edit'));
  edit.addEventListener('click', () => open(form({ submitKey: 'save', fields: delegationFields(d), onSubmit: async (v) => {
    await put(`/api/accreditation/delegations/${d.id}`, { ...body(v), code: d.code, version: d.version });
    await reload();
  } })));
  const focal = h('button', { class: 'btn btn--small', type: 'button', attrs: { 'data-testid': `focal-point-${d.code}` } }, t('delegations.nameFocalPoint'));
  focal.addEventListener('click', () => open(form({ testid: `focal-point-form-${d.code}`, submitKey: 'delegations.invite', fields: [
    labelled(t('field.name'), input('displayName', { required: true })),
    labelled(t('field.email'), input('email', { type: 'email', required: true })),
    labelled(t('field.role'), choice('role', ROLES.map((r) => ({ value: r, label: t(`seatRole.${r}`) })), 'Head')),
    labelled(t('field.language'), choice('language', LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) })), 'en')),
  ], onSubmit: async (v) => {
    await post(`/api/accreditation/delegations/${d.id}/focal-point`, v);
    await reload();
  } })));
  const remove = h('button', { class: 'btn btn--small btn--danger', type: 'button', attrs: { 'data-testid': `remove-${d.code}` } }, t('remove'));
  // Removing cannot be undone: the page's own dialog asks, in the page's language (not the browser's confirm()).
  remove.addEventListener('click', async () => {
    const sure = await confirmDialog({
      title: t('delegations.confirmRemove', { name: delegationName(d) }), body: t('delegations.removeBody'),
      confirmLabel: t('remove'), cancelLabel: t('delegations.removeKeep'), danger: true,
    });
    if (!sure) {
      remove.focus();
      return;
    }
    await run(status, async () => { await del(`/api/accreditation/delegations/${d.id}`); await reload(); });
  });
  box.append(edit, focal, remove, status);
  return box;
}

function renderPreview(box, preview) {
  replaceChildren(box, h('div', { class: 'summary' }, ['new', 'changed', 'unchanged', 'errors'].map((k) =>
    h('span', { class: `status-pill status-pill--${k === 'errors' ? 'error' : k}` }, labelValue(t(`state.${k === 'errors' ? 'error' : k}`), formatNumber(preview[k]))))),
  table([t('import.line'), t('field.code'), t('field.name'), t('import.status'), t('import.reason')], preview.rows.map((r) => ({
    testid: `preview-${r.line}`, cells: [formatNumber(r.line), r.code, r.row?.name ?? '', pill(r.status), importReason(r)] }))));
}
