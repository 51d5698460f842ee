// Sign-in: email and password, then on to returnUrl (same-site paths only) or the lobby.
import { ApiError, get, post, resetAntiforgery, safeReturnUrl } from '../api.js';
import { errorText, t, translateDom } from '../i18n.js';
import { renderPublicHeader } from '../shell.js';

const form = document.getElementById('signin-form');
const email = document.getElementById('email');
const password = document.getElementById('password');
const keep = document.getElementById('keep-signed-in');
const submit = form.querySelector('button[type="submit"]');
const alertBox = document.getElementById('signin-error');

// Our own links say returnUrl; the host's cookie redirect (a page that needs sign-in) says ReturnUrl.
const query = new URLSearchParams(window.location.search);
const returnUrl = safeReturnUrl(query.get('returnUrl') ?? query.get('ReturnUrl'));

function setFieldError(input, message) {
  const error = document.getElementById(input.getAttribute('aria-describedby'));
  error.textContent = message ?? '';
  error.hidden = !message;
  input.setAttribute('aria-invalid', String(Boolean(message)));
}

function showAlert(message) {
  alertBox.textContent = message;
  alertBox.hidden = false;
  alertBox.focus();
}

function validate() {
  setFieldError(email, email.value.trim() ? null : t('signin.emailRequired'));
  setFieldError(password, password.value ? null : t('signin.passwordRequired'));
  const firstInvalid = [email, password].find((input) => input.getAttribute('aria-invalid') === 'true');
  firstInvalid?.focus();
  return !firstInvalid;
}

function setBusy(busy) {
  submit.disabled = busy;
  submit.textContent = t(busy ? 'signin.submitting' : 'signin.submit');
  form.setAttribute('aria-busy', String(busy));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  alertBox.hidden = true;
  if (!validate()) return;
  setBusy(true);
  try {
    // The server decides where to go: a path of this site, or the lobby.
    const signedIn = await post('/api/auth/signin', {
      email: email.value.trim(), password: password.value, keepSignedIn: keep.checked, returnUrl,
    }, { redirectOn401: false });
    resetAntiforgery();
    window.location.assign(safeReturnUrl(signedIn?.returnUrl));
  } catch (error) {
    setBusy(false);
    const credentials = error instanceof ApiError && error.code === 'auth.invalid_credentials';
    if (credentials) {
      email.setAttribute('aria-invalid', 'true');
      password.setAttribute('aria-invalid', 'true');
      password.value = '';
    }
    showAlert(errorText(error));
  }
});

for (const input of [email, password]) {
  input.addEventListener('input', () => {
    if (input.getAttribute('aria-invalid') === 'true') setFieldError(input, null);
  });
}

renderPublicHeader();
translateDom(document);
document.title = `${t('signin.pageTitle')} · ${t('app.name')}`;
email.focus();

// Someone already signed in has nothing to do here.
// Asked with a call that answers 200 either way, so a visitor who is not signed in sees no error in the console.
get('/api/auth/status', { redirectOn401: false })
  .then(({ signedIn }) => { if (signedIn) window.location.replace(returnUrl); }, () => {});
