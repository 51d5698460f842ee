// Receives one feed of the room into a <video>: asks Janus to attach it, answers its offer, and tries again every
// two seconds while the feed is not (or no longer) published, so the picture comes back by itself.
import { gathered } from './janus.js';

const retryMs = 2000;

/** watchFeed(janus, { room, pin, iceServers }, feed, video, onState) → { stop(), inboundBytes() } */
export function watchFeed(janus, join, feed, video, onState) {
  let stopped = false;
  let pc = null;
  let handle = null;
  let timer = null;

  const drop = () => {
    pc?.close();
    pc = null;
    handle?.detach();
    handle = null;
    video.srcObject = null;
  };
  const later = () => {
    drop();
    onState('waiting');
    if (!stopped) timer = setTimeout(attempt, retryMs);
  };

  async function attempt() {
    if (stopped) return;
    try {
      handle = await janus.attach();
      handle.onEvent((event) => {
        const data = event.plugindata?.data;
        if (event.janus === 'hangup' || event.janus === 'detached' || data?.left || data?.unpublished) later();
      });
      const { jsep } = await handle.ask({ request: 'join', ptype: 'subscriber', room: join.room, pin: join.pin, streams: [{ feed }] });
      pc = new RTCPeerConnection({ iceServers: join.iceServers ?? [] });
      const stream = new MediaStream();
      pc.ontrack = (e) => {
        stream.addTrack(e.track);
        video.srcObject = stream;
        video.play().catch(() => {});
        onState('playing');
      };
      pc.onconnectionstatechange = () => {
        console.info(`media: feed ${feed} ${pc?.connectionState}`);
        if (pc?.connectionState === 'failed') later();
      };
      await pc.setRemoteDescription(jsep);
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      await handle.ask({ request: 'start' }, pc.localDescription.toJSON());
    } catch (error) {
      if (error?.code !== 428) console.warn(`media: feed ${feed} not received: ${error?.message ?? error}`);
      later();
    }
  }
  attempt();

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      drop();
    },
    /** Bytes received so far, by kind ({ audio, video }): growing while the feed plays. */
    async inboundBytes() {
      const bytes = { audio: 0, video: 0 };
      if (!pc) return bytes;
      (await pc.getStats()).forEach((r) => { if (r.type === 'inbound-rtp') bytes[r.kind] = (bytes[r.kind] ?? 0) + (r.bytesReceived ?? 0); });
      return bytes;
    },
  };
}
