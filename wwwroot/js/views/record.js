// The record of proceedings of a closed session (/record?id=): read from the record's JSON as issued at the close.
import { ApiError, get } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { formatDuration } from '../countdown.js';
import { formatList, has, labelValue, t, uiLanguage, uiLocale } from '../i18n.js';
import { delegationName, floorLanguageText } from '../names.js';
import { showLoadError, startShell } from '../shell.js';
import { pollQuestion } from '../voting/question.js';
import { decisionSubject, quorumText } from './record/phrases.js';
import { sessionIdFromUrl } from './floor/live.js';

const main = document.getElementById('main');
const when = (iso) => (iso ? new Date(iso).toLocaleString(uiLocale, { dateStyle: 'medium', timeStyle: 'medium' }) : '—');
const delegation = (d) => (d ? `${delegationName(d)} (${d.code})` : '');
// The record's JSON keeps its values as codes (Recorded, TwoThirds, Accepted…); they are read in the UI language.
const label = (prefix, value) => (value != null && has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value);
const section = (titleKey, count, ...content) => h('section', { class: 'panel record__section' },
  h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title' }, t(titleKey), count == null ? '' : ` (${count})`)),
  h('div', { class: 'record__body' }, ...content));
const list = (items, render) => (items.length ? h('ol', { class: 'record__list' }, items.map((x) => h('li', {}, render(x))))
  : h('p', { class: 'placeholder' }, t('record.none')));

async function start() {
  try {
    await startShell({ pageTitleKey: 'record.pageTitle' });
    // A document, not a live view: no connection to show.
    document.querySelector('[data-testid="connection-status"]').hidden = true;
    const id = sessionIdFromUrl();
    if (!id) throw new ApiError({ status: 404, code: 'session.not_found' });
    const response = await fetch(`/api/sessions/${id}/record`, { headers: { Accept: 'application/json' } });
    if (response.status === 404) {
      replaceChildren(main, h('p', { class: 'load-error', attrs: { role: 'alert' } }, t('record.notClosed')));
      main.removeAttribute('aria-busy');
      return;
    }
    const record = await response.json();
    const corrigenda = (await get(`/api/sessions/${id}/record/corrections`)).filter((c) => c.state === 'Accepted');
    render(id, record, response.headers.get('X-Content-SHA256') ?? '', corrigenda);
  } catch (error) {
    showLoadError(main, error);
  }
}

function render(id, r, sha, corrigenda) {
  const s = r.session;
  document.title = `${t('record.title')}: ${s.title}`;
  replaceChildren(main,
    h('header', { class: 'record__head' },
      h('p', { class: 'record__conference' }, r.conference.title),
      h('h1', { class: 'record__title' }, t('record.title')),
      h('p', { class: 'record__session', dataset: { testid: 'record-session' } }, s.title),
      h('p', { class: 'record__meta' }, `${t('record.chair')}: ${s.chair} · ${t('record.scheduled')}: ${when(s.scheduledStart)} – ${when(s.scheduledEnd)}`),
      h('p', { class: 'record__meta' }, `${t('record.actual')}: ${when(s.openedAt)} – ${when(s.closedAt)}`,
        s.closedAutomatically ? ` (${t('record.closedAutomatically')})` : ''),
      h('div', { class: 'record__actions' },
        h('a', { class: 'btn btn--primary', href: `/api/sessions/${id}/record/pdf?lang=${uiLanguage}`, dataset: { testid: 'record-pdf' }, attrs: { download: '' } }, t('record.pdf')),
        h('a', { class: 'btn btn--secondary', href: `/api/sessions/${id}/record` }, t('record.json')))),
    s.interruptions.length > 0 && section('record.interruptions', s.interruptions.length,
      list(s.interruptions, (i) => `${label('recordLabel.interruption', i.kind)}: ${when(i.startedAt)} – ${when(i.endedAt)}`)),
    section('record.speeches', r.speeches.length, list(r.speeches, (x) => h('div', { class: 'record__speech', dataset: { testid: 'record-speech' } },
      h('strong', {}, delegation(x.delegation)), x.speaker ? ` · ${x.speaker}` : '',
      h('span', { class: 'record__detail' }, [t(`record.kind.${x.kind}`), x.onBehalfOfGroup && t('record.groupSpeech'),
        x.language && h('span', { dataset: { testid: 'record-speech-language' } },
          labelValue(t('recordLabel.language'), floorLanguageText({ spoken: x.language, interpretedInto: x.interpretedInto }))),
        `${when(x.startedAt)} – ${when(x.endedAt)}`, formatDuration(x.durationSeconds),
        x.extensionSeconds > 0 && t('record.extended', { time: formatDuration(x.extensionSeconds) })].filter(Boolean)
        .flatMap((part, i) => (i ? [' · ', part] : [part])))))),
    r.questions.length > 0 && section('record.questions', r.questions.length, list(r.questions, (q) =>
      labelValue(q.anonymous ? t('record.anonymous') : formatList([q.askedBy ?? '', delegation(q.delegation)], 'plain'), q.text))),
    section('record.polls', r.polls.length, list(r.polls, (p) => h('div', {},
      h('strong', {}, pollQuestion(p)), h('span', { class: 'record__detail' }, [label('poll.mode', p.mode), label('poll.rule', p.rule), quorumText(p.quorum),
        label('poll.state', p.state), p.yes != null && t('recordLabel.tally', { yes: p.yes, no: p.no, abstain: p.abstain }),
        p.adopted != null && t(p.adopted ? 'poll.adopted' : 'poll.notAdopted')].filter(Boolean).join(' · ')),
      p.votes.length > 0 && h('p', { class: 'record__votes' }, formatList(p.votes.map((v) => labelValue(v.delegation.code, label('poll.choice', v.choice))), 'plain'))))),
    section('record.decisions', r.decisions.length, list(r.decisions, (d) =>
      `${when(d.at)} · ${labelValue(decisionSubject(d.subject), label('amend.state', d.outcome) === d.outcome ? label('recordLabel.outcome', d.outcome) : label('amend.state', d.outcome))}`)),
    r.statements.length > 0 && section('record.statements', r.statements.length, list(r.statements, (x) =>
      labelValue(`${delegation(x.delegation)} (${label('statement.kind', x.kind)})`, x.text))),
    section('record.attendance', r.attendance.length, list(r.attendance, (a) => labelValue(delegation(a.delegation), `${when(a.firstJoin)} – ${when(a.lastLeave)}`))),
    corrigenda.length > 0 && section('record.corrigenda', corrigenda.length, list(corrigenda, (c) => h('div', { dataset: { testid: 'corrigendum' } },
      h('strong', {}, t('record.corrigendum', { number: c.corrigendumNumber })), ` · ${delegation(c.delegation)} · ${c.entry.replace('speech:', t('record.speechNumber'))}: ${c.text}`))),
    section('record.authenticity', null,
      h('p', { class: 'record__hash' }, t('record.chainHead', { sequence: r.auditChain.sequence, hash: r.auditChain.hash })),
      h('p', { class: 'record__hash' }, t('record.sha', { sha }))));
  main.removeAttribute('aria-busy');
}

start();
