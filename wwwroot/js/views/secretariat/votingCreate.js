// Creating a poll: on the declaration or on an amendment under consideration; recorded or secret; the rule;
// an optional deadline and quorum; a recorded poll may run as a roll call. It is created as a draft.
import { h, replaceChildren } from '../../dom.js';
import { errorText, t } from '../../i18n.js';
import { field, radioValue, radios } from '../../ui/forms.js';
import { amendmentTitle, delegationName } from '../../voting/format.js';
import { modeOptions, ruleOptions } from '../../voting/pollSettings.js';
import { viewerTimeZone, zoneAbbreviation } from '../../time.js';

/** createPollForm({ voting, names, onCreated }) → { el, update(), choose(subjectValue) } */
export function createPollForm({ voting, names, onCreated }) {
  const subject = h('select', { class: 'input', id: 'poll-subject' });
  const question = h('input', { class: 'input', id: 'poll-question', type: 'text', maxLength: 1000, autocomplete: 'off' });
  const deadline = h('input', { class: 'input', id: 'poll-deadline', type: 'datetime-local' });
  const quorum = h('input', { class: 'input input--narrow', id: 'poll-quorum', type: 'number', min: 1, step: 1, inputMode: 'numeric' });
  const rollCall = h('input', { type: 'checkbox', id: 'poll-rollcall' });
  const status = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const done = h('p', { class: 'form-ok', attrs: { role: 'status' } });
  const submit = h('button', { class: 'btn btn--primary', type: 'submit', id: 'poll-create', dataset: { testid: 'poll-create' } }, t('sec.poll.create'));
  const nothing = h('p', { class: 'note' }, t('sec.poll.noSubject'));
  const zone = zoneAbbreviation(new Date(), viewerTimeZone());
  const form = h('form', { class: 'create-poll', noValidate: true, attrs: { 'aria-labelledby': 'create-poll-heading' } },
    field({ label: t('sec.poll.subject'), control: subject }),
    field({ label: t('sec.poll.question'), control: question, hint: t('sec.poll.questionHint') }),
    radios({ name: 'poll-mode', legend: t('sec.poll.mode'), options: modeOptions(), value: 'Recorded', inline: false, idPrefix: 'poll-mode' }),
    radios({ name: 'poll-rule', legend: t('sec.poll.rule'), options: ruleOptions(), value: 'SimpleMajority', inline: false, idPrefix: 'poll-rule' }),
    h('label', { class: 'check', htmlFor: 'poll-rollcall' }, rollCall, h('span', {}, t('sec.poll.rollCall'))),
    h('p', { class: 'field__hint' }, t('sec.poll.rollCallHint')),
    field({ label: t('sec.poll.deadline'), control: deadline, hint: t('sec.poll.deadlineHint', { zone }) }),
    field({ label: t('sec.poll.quorum'), control: quorum, hint: t('sec.poll.quorumHint') }),
    status, done,
    h('div', { class: 'form-actions' }, submit));
  const el = h('section', { class: 'panel sec-create', attrs: { 'aria-labelledby': 'create-poll-heading' } },
    h('div', { class: 'panel__head' }, h('h2', { class: 'panel__title', id: 'create-poll-heading' }, t('sec.poll.heading'))),
    h('div', { class: 'side-panel__body' }, nothing, form));

  const syncRollCall = () => {
    const secret = radioValue(form, 'poll-mode') === 'Secret';
    rollCall.disabled = secret;
    if (secret) rollCall.checked = false;
  };
  form.addEventListener('change', syncRollCall);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    done.textContent = '';
    const [kind, id] = subject.value.split(':');
    const mode = radioValue(form, 'poll-mode');
    let deadlineIso = null;
    if (deadline.value) {
      const at = new Date(deadline.value);
      if (Number.isNaN(at.getTime()) || at <= voting.clock.now()) return invalid(deadline, 'sec.poll.deadlinePast');
      deadlineIso = at.toISOString();
    }
    const count = quorum.value ? Number(quorum.value) : null;
    if (count !== null && (!Number.isInteger(count) || count < 1)) return invalid(quorum, 'sec.poll.quorumInvalid');
    submit.disabled = true;
    try {
      const poll = await voting.hub.invoke('CreatePoll', {
        subjectKind: kind,
        subjectId: id,
        question: question.value.trim() || null,
        mode,
        rule: radioValue(form, 'poll-rule'),
        quorum: count === null ? null : { kind: 'Count', value: count },
        deadline: deadlineIso,
        rollCall: mode === 'Recorded' && rollCall.checked,
      });
      voting.acceptPoll(poll);
      question.value = '';
      deadline.value = '';
      quorum.value = '';
      rollCall.checked = false;
      done.textContent = t('sec.poll.created');
      onCreated?.(poll);
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      submit.disabled = false;
    }
  });

  function invalid(control, key) {
    control.setAttribute('aria-invalid', 'true');
    control.addEventListener('input', () => control.removeAttribute('aria-invalid'), { once: true });
    status.textContent = t(key);
    control.focus();
  }

  function update() {
    const declaration = voting.declaration;
    const options = [];
    // The server takes one pending vote on the declaration at a time.
    const pending = voting.polls.values().some((p) => p.subjectKind === 'Declaration' && ['Draft', 'Open', 'Closed'].includes(p.state));
    if (declaration?.current && declaration.state === 'Drafting' && !pending) {
      options.push({ value: `Declaration:${declaration.declarationId}`, label: t('sec.poll.subjectDeclaration', { number: declaration.current.number }) });
    }
    for (const a of voting.amendments.values().filter((x) => x.state === 'Proposed')) {
      options.push({ value: `Amendment:${a.amendmentId}`, label: t('sec.poll.subjectAmendment', { title: amendmentTitle(a), delegation: delegationName(names, a.proposerDelegationId) }) });
    }
    const chosen = subject.value;
    const key = (list) => list.map((o) => `${o.value}=${o.label ?? o.textContent}`).join('\n');
    if (key(options) !== key([...subject.options])) {
      replaceChildren(subject, options.map((o) => h('option', { value: o.value }, o.label)));
      if (options.some((o) => o.value === chosen)) subject.value = chosen;
    }
    nothing.hidden = options.length > 0;
    form.hidden = options.length === 0;
  }

  syncRollCall();
  return {
    el,
    update,
    choose(value) {
      update();
      subject.value = value;
      subject.focus();
    },
  };
}
