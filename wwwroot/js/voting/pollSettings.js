// Asking the chair or the secretariat how an amendment goes to the vote: recorded or secret, and the rule.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { confirmDialog } from '../ui/dialog.js';
import { radioValue, radios } from '../ui/forms.js';

export const MODES = ['Recorded', 'Secret'];
export const RULES = ['SimpleMajority', 'TwoThirds', 'Consensus'];

export const modeOptions = () => MODES.map((value) => ({ value, label: t(`poll.mode.${value}`), hint: t(`poll.modeHint.${value}`) }));
export const ruleOptions = () => RULES.map((value) => ({ value, label: t(`poll.rule.${value}`), hint: t(`poll.ruleHint.${value}`) }));

/** → Promise<{ mode, rule } | false> */
export function askPollSettings({ title, intro }) {
  const body = h('div', { class: 'dialog__fields' },
    intro && h('p', {}, intro),
    radios({ name: 'ptv-mode', legend: t('sec.poll.mode'), options: modeOptions(), value: 'Recorded', inline: false }),
    radios({ name: 'ptv-rule', legend: t('sec.poll.rule'), options: ruleOptions(), value: 'SimpleMajority', inline: false }));
  return confirmDialog({
    title,
    body,
    confirmLabel: t('amend.putToVote'),
    collect: () => ({ mode: radioValue(body, 'ptv-mode'), rule: radioValue(body, 'ptv-rule') }),
  });
}
