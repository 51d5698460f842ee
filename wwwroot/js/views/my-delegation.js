// The focal point's delegation: nominate members within the limits, withdraw, upload the credentials letter,
// and designate who holds the seat.
import { ApiError, get, post, resetAntiforgery } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { errorText, t } from '../i18n.js';
import { delegationName } from '../names.js';
import { startConsole } from './accreditation/console.js';
import { choice, fill, form, heading, input, labelled, pill, ROLES, run, section, statusLine, table } from './accreditation/kit.js';

startConsole(async (main) => {
  let mine;
  try {
    mine = await get('/api/my-delegation');
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'auth.not_focal_point') throw error;
    fill(main, heading('myDelegation.pageTitle'), h('p', { class: 'note note--info' }, errorText(error)));
    return;
  }
  const listBox = h('div', { attrs: { 'data-testid': 'my-nominations' } });
  const letterBox = h('div');
  const limits = () => t('myDelegation.limits', { representatives: mine.limits.representatives, alternates: mine.limits.alternates,
    advisers: mine.limits.advisers ?? t('myDelegation.asNeeded') });
  const limitsLine = h('p', { class: 'field__hint' });
  fill(main, heading('myDelegation.pageTitle'), h('p', { class: 'page-heading__sub' }, `${mine.code} · ${delegationName(mine)}`),
    section('myDelegation.nominateHeading', limitsLine, form({ testid: 'nominate-form', submitKey: 'myDelegation.nominate', fields: [
      labelled(t('field.name'), input('displayName', { required: true, testid: 'nominee-name' })),
      labelled(t('field.email'), input('email', { type: 'email', required: true, testid: 'nominee-email' })),
      labelled(t('field.role'), choice('role', ROLES.map((r) => ({ value: r, label: t(`seatRole.${r}`) })), 'Alternate')),
      labelled(t('field.language'), choice('language', mine.languages.map((l) => ({ value: l, label: t(`language.${l}`) })), mine.languages[0])),
    ], onSubmit: async (v, el) => { await post('/api/my-delegation/nominations', v); el.reset(); await reload(); return t('myDelegation.nominated'); } })),
    section('myDelegation.membersHeading', listBox),
    section('myDelegation.credentialsHeading', letterBox));

  async function reload() {
    mine = await get('/api/my-delegation');
    replaceChildren(limitsLine, limits());
    replaceChildren(listBox, table([t('field.name'), t('field.email'), t('field.role'), t('field.state'), ''], mine.nominations.map((n) => ({
      testid: `my-nomination-${n.email}`,
      cells: [[n.displayName, mine.seatHolderId && n.personId === mine.seatHolderId && h('span', { class: 'badge badge--seat' }, t('shell.seatBadge'))],
        n.email, t(`seatRole.${n.seatRole}`), [pill(n.state), n.reason && h('span', { class: 'field__hint' }, ` ${n.reason}`)], rowActions(n)],
    }))));
    renderLetter();
  }

  function rowActions(n) {
    const status = statusLine();
    const box = h('div', { class: 'row-actions' });
    if (n.state === 'Pending') {
      const withdraw = h('button', { class: 'btn btn--small', type: 'button' }, t('myDelegation.withdraw'));
      withdraw.addEventListener('click', () => run(status, async () => { await post(`/api/my-delegation/nominations/${n.id}/withdraw`); await reload(); }));
      box.append(withdraw);
    }
    if (n.state === 'Approved' && n.seatRole !== 'Adviser' && n.personId !== mine.seatHolderId) {
      const seat = h('button', { class: 'btn btn--small', type: 'button' }, t('myDelegation.giveSeat'));
      seat.addEventListener('click', () => run(status, async () => { await post('/api/my-delegation/seat-holder', { personId: n.personId }); await reload(); }));
      box.append(seat);
    }
    box.append(status);
    return box;
  }

  function renderLetter() {
    const file = h('input', { type: 'file', accept: 'application/pdf,.pdf', attrs: { 'data-testid': 'credentials-file' } });
    const status = statusLine();
    const upload = h('button', { class: 'btn btn--primary', type: 'button' }, t('myDelegation.upload'));
    upload.addEventListener('click', () => run(status, async () => {
      const data = new FormData();
      data.append('file', file.files[0] ?? new Blob([]), file.files[0]?.name ?? 'credentials.pdf');
      await uploadForm('/api/my-delegation/credentials', data);
      await reload();
      return t('myDelegation.uploaded');
    }));
    replaceChildren(letterBox, h('p', { class: 'field__hint' }, mine.credentialsLetter
      ? t('myDelegation.letterOnFile', { name: mine.credentialsLetter.fileName, date: new Date(mine.credentialsLetter.uploadedAt).toLocaleString() })
      : t('myDelegation.noLetter')), labelled(t('myDelegation.letter'), file), h('div', { class: 'form-actions' }, upload), status);
  }
  await reload();
});

// fetch() with FormData: api.js sends JSON only, so the anti-forgery header is added here.
async function uploadForm(path, data) {
  resetAntiforgery();
  const token = (await get('/api/auth/antiforgery')).token;
  const response = await fetch(path, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token, Accept: 'application/json' } });
  if (!response.ok) throw new ApiError({ status: response.status, ...(await response.json().catch(() => ({}))) });
  return response.json();
}
