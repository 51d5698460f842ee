// The moderator's switches: pre-moderation of questions, and the link to the video room shown to everyone.
import { h, replaceChildren, safeHttpUrl } from '../../dom.js';
import { t } from '../../i18n.js';

/** createModerationTools(el, { commands }) → { render(board, panel) }; commands: { setPreModeration(on), setVideoUrl(url) } */
export function createModerationTools(el, { commands }) {
  const premoderation = h('input', { type: 'checkbox', id: 'premoderation', dataset: { testid: 'premoderation' } });
  premoderation.addEventListener('change', async () => {
    const wanted = premoderation.checked;
    if (!await commands.setPreModeration(wanted)) premoderation.checked = !wanted;
  });
  const url = h('input', {
    class: 'input', id: 'video-url', type: 'url', autocomplete: 'off', dataset: { testid: 'video-url-input' },
    attrs: { placeholder: 'https://…' },
  });
  const save = h('button', { class: 'btn btn--secondary', type: 'submit', dataset: { testid: 'video-url-save' } }, t('panel.saveVideoLink'));
  const videoForm = h('form', { class: 'moderation__video', on: { submit: async (event) => {
    event.preventDefault();
    const value = url.value.trim();
    if (value && !safeHttpUrl(value)) {
      url.setAttribute('aria-invalid', 'true');
      return;
    }
    url.setAttribute('aria-invalid', 'false');
    await commands.setVideoUrl(value || null);
  } } },
  h('label', { class: 'field__label', attrs: { for: 'video-url' } }, t('panel.videoLinkLabel')),
  h('div', { class: 'stage-add__row' }, url, save));

  replaceChildren(el,
    h('label', { class: 'check' }, premoderation, t('panel.preModeration')),
    h('p', { class: 'moderation__hint' }, t('panel.preModerationHint')),
    videoForm);

  let shownUrl;
  return {
    render(board, panel) {
      premoderation.checked = board.preModeration;
      // Only a change from elsewhere replaces what the moderator may be typing.
      if (panel.videoUrl !== shownUrl) {
        shownUrl = panel.videoUrl;
        url.value = panel.videoUrl ?? '';
      }
    },
  };
}

/** The video link everyone sees, when there is one and it is an http(s) address. */
export function renderVideoLink(el, panel) {
  const href = panel.videoUrl && panel.state !== 'Closed' ? safeHttpUrl(panel.videoUrl) : null;
  el.hidden = !href;
  replaceChildren(el, href && h('a', {
    class: 'btn btn--secondary', href, target: '_blank', rel: 'noopener noreferrer', dataset: { testid: 'video-link' },
  }, t('panel.joinVideo'), h('span', { class: 'visually-hidden' }, ` (${t('lobby.videoLinkHint')})`)));
}
