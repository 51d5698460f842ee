// Every text field with a maxlength says so when the limit is reached, before anything is sent: the browser stops
// the typing (or cuts a paste) and this message tells why. The limits match the server's (docs/security.md).
import { t } from '../i18n.js';

const notices = new WeakMap();

function noticeFor(input) {
  let notice = notices.get(input);
  if (!notice) {
    notice = document.createElement('p');
    notice.className = 'field__hint text-limit';
    notice.setAttribute('role', 'status');
    notice.dataset.testid = 'text-limit';
    input.insertAdjacentElement('afterend', notice);
    notices.set(input, notice);
  }
  return notice;
}

export function checkTextLimit(input) {
  const max = input.maxLength;
  if (!(max > 0) || !('value' in input)) return;
  const full = input.value.length >= max;
  if (!full && !notices.has(input)) return;
  const notice = noticeFor(input);
  notice.textContent = full ? t('common.textLimit', { max: max.toLocaleString() }) : '';
  notice.hidden = !full;
}

if (typeof document !== 'undefined' && typeof document.addEventListener === 'function') { // the module tests run with a stand-in document
  document.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) checkTextLimit(target);
  });
}
