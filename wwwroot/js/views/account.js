// My account: change my password. Every other session of mine ends; this browser stays signed in.
import { post } from '../api.js';
import { errorText, t } from '../i18n.js';
import { bindConnectionStatus, showLoadError, startShell } from '../shell.js';
import { createHub } from '../hub.js';

const main = document.getElementById('main');
const form = document.getElementById('password-form');
const current = document.getElementById('current-password');
const next = document.getElementById('new-password');
const repeat = document.getElementById('repeat-password');
const errorBox = document.getElementById('password-error');
const done = document.getElementById('password-done');

function fail(message, input) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  input?.setAttribute('aria-invalid', 'true');
  (input ?? errorBox).focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  errorBox.hidden = true;
  done.hidden = true;
  for (const input of [current, next, repeat]) input.removeAttribute('aria-invalid');
  if (!current.value) return fail(t('account.currentRequired'), current);
  if (!next.value) return fail(t('account.newRequired'), next);
  if (next.value !== repeat.value) return fail(t('account.mismatch'), repeat);
  const submit = form.querySelector('button[type="submit"]');
  submit.disabled = true;
  try {
    await post('/api/auth/password', { currentPassword: current.value, newPassword: next.value });
    form.reset();
    done.hidden = false;
    done.focus();
  } catch (error) {
    fail(errorText(error), error.code === 'password.wrong_current' ? current : next);
  } finally {
    submit.disabled = false;
  }
  return undefined;
});

async function start() {
  try {
    await startShell({ pageTitleKey: 'account.pageTitle' });
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  main.removeAttribute('aria-busy');
  const hub = createHub('/hubs/conference');
  // Only the live indicator: the conference hub's presence, seat, session and notification events are not shown here.
  hub.ignore('PresenceChanged', 'SeatChanged', 'SessionChanged', 'SessionCancelled', 'NotificationReceived');
  bindConnectionStatus(hub);
  hub.start();
}

start();
