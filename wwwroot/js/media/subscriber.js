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
  // One attempt at a time: a feed that goes away says so more than once (hangup, left, a failed connection), and
  // each would otherwise start an attempt of its own on the same connection. An attempt that is no longer the
  // current one lets go of what it made and stops.
  let current = 0;
  const released = new WeakSet();
  const release = (thing, how) => { if (thing && !released.has(thing)) { released.add(thing); how(thing); } };

  const drop = () => {
    release(pc, (p) => p.close());
    pc = null;
    release(handle, (h) => h.detach());
    handle = null;
    video.srcObject = null;
  };
  const later = () => {
    current += 1;
    drop();
    onState('waiting');
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(attempt, retryMs);
  };

  async function attempt() {
    if (stopped) return;
    const mine = ++current;
    const stale = () => stopped || mine !== current;
    let own = null;
    let peer = null;
    try {
      own = await janus.attach();
      if (stale()) return;
      handle = own;
      own.onEvent((event) => {
        const data = event.plugindata?.data;
        if (!stale() && (event.janus === 'hangup' || event.janus === 'detached' || data?.left || data?.unpublished)) later();
      });
      const { jsep } = await own.ask({ request: 'join', ptype: 'subscriber', room: join.room, pin: join.pin, streams: [{ feed }] });
      if (stale()) return;
      peer = new RTCPeerConnection({ iceServers: join.iceServers ?? [] });
      pc = peer;
      const stream = new MediaStream();
      peer.ontrack = (e) => {
        if (stale()) return;
        stream.addTrack(e.track);
        video.srcObject = stream;
        video.play().catch(() => {});
        onState('playing');
      };
      peer.onconnectionstatechange = () => {
        console.info(`media: feed ${feed} ${peer.connectionState}`);
        if (!stale() && peer.connectionState === 'failed') later();
      };
      await peer.setRemoteDescription(jsep);
      if (stale()) return;
      await peer.setLocalDescription(await peer.createAnswer());
      await gathered(peer);
      if (stale()) return;
      await own.ask({ request: 'start' }, peer.localDescription.toJSON());
    } catch (error) {
      if (stale()) return;
      if (error?.code !== 428) console.warn(`media: feed ${feed} not received: ${error?.message ?? error}`);
      later();
    } finally {
      // What a superseded attempt made is nobody's: let it go (once; drop() may have already).
      if (stale()) {
        release(peer, (p) => p.close());
        release(own, (h) => h.detach());
      }
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
