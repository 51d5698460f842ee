// Audio and video of a session beside its countdown: the speaker's picture large, the chair's in a corner, and for
// the person who may publish (the chair, the delegate given the floor, a panelist on stage) their camera and
// microphone. The list of speakers never waits on any of it: without media the screen says so and goes on.
import { get } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { connectJanus } from './janus.js';
import { listDevices, levelMeter, openDevices, publish } from './publisher.js';
import { watchFeed } from './subscriber.js';

const reconnectMs = 3000;

/** createMediaStage(section, { sessionId, canPublish }) → { refresh() } or null when the host carries no media. */
export async function createMediaStage(section, { sessionId, canPublish = true }) {
  const first = await get(`/api/sessions/${sessionId}/media`).catch(() => null);
  if (first?.provider === 'None') return null;
  section.hidden = false;

  const status = h('p', { class: 'media__status', dataset: { testid: 'media-status' }, attrs: { role: 'status' } });
  const speakerVideo = h('video', { class: 'media__video', dataset: { testid: 'speaker-video' }, attrs: { autoplay: '', playsinline: '' } });
  const speakerEmpty = h('p', { class: 'media__empty' }, t('media.noSpeaker'));
  const chairVideo = h('video', { class: 'media__video', dataset: { testid: 'chair-video' }, attrs: { autoplay: '', playsinline: '' } });
  const chairTile = h('figure', { class: 'media__corner' }, chairVideo, h('figcaption', {}, t('media.chair')));
  const speakerTile = h('figure', { class: 'media__main' }, speakerVideo, speakerEmpty, chairTile);
  const mine = h('div', { class: 'media__mine', dataset: { testid: 'media-mine' }, hidden: true });
  section.append(speakerTile, status, mine);

  let janus = null;
  let join = null;
  const watching = { speaker: null, chair: null };
  let sending = null;
  let preview = null;
  let localStream = null;

  const say = (key, state) => {
    status.textContent = t(key);
    section.dataset.media = state;
  };

  // One's own feed is never received back (no echo): the tile shows the local camera, muted, instead.
  const watch = (slot, feed, video, onState) => {
    const own = feed != null && feed === join.publish?.feed;
    if (watching[slot]?.feed === feed && watching[slot]?.own === own) return;
    watching[slot]?.watcher.stop();
    watching[slot] = null;
    video.muted = own;
    if (!feed) return;
    if (own) {
      video.srcObject = localStream;
      watching[slot] = { feed, own, watcher: { stop: () => { video.srcObject = null; }, inboundBytes: async () => ({ audio: 0, video: 0 }) } };
      return;
    }
    watching[slot] = { feed, own, watcher: watchFeed(janus, join, feed, video, onState) };
  };

  const stopSending = () => {
    sending?.stop();
    sending = null;
    preview?.stop();
    preview = null;
    localStream = null;
    delete section.dataset.moderated;
    mine.hidden = true;
    replaceChildren(mine);
    delete section.dataset.live;
  };

  const showPublisher = async () => {
    if (!canPublish || !join.publish || sending || preview) return;
    mine.hidden = false;
    const camera = h('select', { attrs: { 'aria-label': t('media.camera') } });
    const microphone = h('select', { attrs: { 'aria-label': t('media.microphone') } });
    const level = h('meter', { class: 'media__level', attrs: { min: '0', max: '1', value: '0', 'aria-label': t('media.level') } });
    // Enabled once the devices are open and listed, so an early click is never lost.
    const start = h('button', { class: 'btn btn--primary', dataset: { testid: 'media-start' }, attrs: { type: 'button' }, disabled: true }, t('media.start'));
    const note = h('p', { class: 'media__note' }, t(join.publish.role === 'Chair' ? 'media.askChair' : 'media.askSpeaker'));
    replaceChildren(mine, note, h('div', { class: 'media__devices' },
      h('label', {}, t('media.camera'), camera), h('label', {}, t('media.microphone'), microphone)), level, start);
    let stream = null;
    let stopMeter = () => {};
    const open = async () => {
      stream?.getTracks().forEach((track) => track.stop());
      stopMeter();
      stream = await openDevices({ cameraId: camera.value, microphoneId: microphone.value });
      localStream = stream;
      for (const slot of Object.values(watching)) if (slot?.own) slot.watcher.stop();
      for (const [slot, video] of [['speaker', speakerVideo], ['chair', chairVideo]]) if (watching[slot]?.own) video.srcObject = stream;
      stopMeter = levelMeter(stream, (v) => { level.value = v; });
    };
    preview = { stop: () => { stopMeter(); stream?.getTracks().forEach((track) => track.stop()); } };
    try {
      await open();
      const { cameras, microphones } = await listDevices();
      replaceChildren(camera, ...cameras.map((d, i) => h('option', { attrs: { value: d.deviceId } }, d.label || `${t('media.camera')} ${i + 1}`)));
      replaceChildren(microphone, ...microphones.map((d, i) => h('option', { attrs: { value: d.deviceId } }, d.label || `${t('media.microphone')} ${i + 1}`)));
      camera.onchange = microphone.onchange = () => open().catch(() => {});
      start.disabled = false;
    } catch (error) {
      replaceChildren(mine, h('p', { class: 'media__error' }, t('media.deviceError', { reason: error.message })));
      return;
    }
    start.onclick = async () => {
      start.disabled = true;
      try {
        const current = join;
        const sent = await publish(janus, current, stream, () => { if (sending === sent) stopSending(); refresh(); }, (muted) => {
          section.dataset.moderated = muted ? 'muted' : 'unmuted';
          mine.querySelector('.media__live')?.lastChild?.replaceWith(t(muted ? 'media.liveMuted' : 'media.live'));
        });
        sending = { stop: () => { sent.stop(); preview?.stop(); } };
        section.dataset.live = 'true';
        replaceChildren(mine, h('p', { class: 'media__live', dataset: { testid: 'media-live' } }, h('span', { class: 'media__dot' }),
          t(current.publish.muted ? 'media.liveMuted' : 'media.live')), level);
      } catch (error) {
        start.disabled = false;
        mine.append(h('p', { class: 'media__error' }, t('media.publishRefused', { reason: error.message })));
      }
    };
  };

  let connecting = null;
  const connect = async () => {
    // Several changes may ask at once: one Janus session per page.
    connecting ??= connectJanus(join.url, join.token).finally(() => { connecting = null; });
    const session = await connecting;
    if (janus === session) return;
    janus = session;
    janus.onLost(() => {
      janus = null;
      for (const slot of Object.keys(watching)) { watching[slot]?.watcher.stop(); watching[slot] = null; }
      stopSending();
      say('media.unavailable', 'down');
      setTimeout(refresh, reconnectMs);
    });
  };

  async function refresh() {
    try {
      join = await get(`/api/sessions/${sessionId}/media`);
      if (!janus) await connect();
    } catch (error) {
      say(error?.code === 'media.room_closed' ? 'media.closed' : 'media.unavailable', 'down');
      if (error?.code !== 'media.room_closed') setTimeout(() => { if (!janus) refresh(); }, reconnectMs);
      return;
    }
    say('media.connected', 'up');
    speakerEmpty.hidden = Boolean(join.feeds.speaker);
    watch('speaker', join.feeds.speaker, speakerVideo, (state) => { speakerTile.dataset.state = state; });
    watch('chair', join.feeds.chair, chairVideo, (state) => { chairTile.dataset.state = state; });
    if (!join.publish) stopSending();
    else if (sending) mine.querySelector('.media__live')?.lastChild?.replaceWith(t(join.publish.muted ? 'media.liveMuted' : 'media.live'));
    else showPublisher();
  }

  say('media.connecting', 'connecting');
  await refresh();
  // For the browser tests and a support desk's console: what this page receives and was given.
  window.omMedia = {
    inboundBytes: (slot = 'speaker') => watching[slot]?.watcher.inboundBytes() ?? Promise.resolve({ audio: 0, video: 0 }),
    watchedFeeds: () => Object.values(watching).filter((w) => w && !w.own).map((w) => w.feed),
    join: () => join,
  };
  return { refresh };
}
