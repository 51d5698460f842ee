// The person who may publish: their camera and microphone (chosen in a picker, with a level meter) sent to the room
// under the feed and token the host gave. Janus refuses anyone the host did not list, and removes them when the
// floor moves on; the page stops its devices then too.
import { gathered } from './janus.js';

export async function listDevices() {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return { cameras: devices.filter((d) => d.kind === 'videoinput'), microphones: devices.filter((d) => d.kind === 'audioinput') };
}

export async function openDevices({ cameraId, microphoneId } = {}) {
  return navigator.mediaDevices.getUserMedia({
    audio: microphoneId ? { deviceId: { exact: microphoneId } } : true,
    video: cameraId ? { deviceId: { exact: cameraId }, width: 1280, height: 720 } : { width: 1280, height: 720 },
  });
}

/** levelMeter(stream, onLevel) → stop(): the microphone's level, 0..1, about ten times a second. */
export function levelMeter(stream, onLevel) {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getByteTimeDomainData(samples);
    let peak = 0;
    for (const s of samples) peak = Math.max(peak, Math.abs(s - 128) / 128);
    onLevel(peak);
  }, 100);
  return () => { clearInterval(timer); context.close(); };
}

/**
 * publish(janus, join, stream, onEnded, onModerated) → { stop() }: joins as the given feed with the publisher token
 * and sends; onModerated(muted) when Janus tells that the host muted or unmuted it (a paused speech).
 */
export async function publish(janus, join, stream, onEnded, onModerated = () => {}) {
  const handle = await janus.attach();
  const pc = new RTCPeerConnection({ iceServers: join.iceServers ?? [] });
  let ended = false;
  const stop = () => {
    if (ended) return;
    ended = true;
    pc.close();
    handle.detach();
  };
  handle.onEvent((event) => {
    const data = event.plugindata?.data;
    if (data?.moderation && data.id === join.publish.feed) onModerated(data.moderation === 'muted');
    if (event.janus === 'hangup' || event.janus === 'detached' || data?.kicked || data?.leaving === 'ok' || data?.videoroom === 'destroyed') {
      stop();
      onEnded();
    }
  });
  try {
    await handle.ask({ request: 'join', ptype: 'publisher', room: join.room, pin: join.pin, id: join.publish.feed,
      token: join.publish.token, display: join.publish.role });
    // Audio first, then video: the host mutes these media lines when the chair pauses the speech.
    for (const track of [...stream.getAudioTracks(), ...stream.getVideoTracks()]) pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    const { jsep } = await handle.ask({ request: 'publish', audio: true, video: true }, pc.localDescription.toJSON());
    await pc.setRemoteDescription(jsep);
  } catch (error) {
    stop();
    throw error;
  }
  return { stop };
}
