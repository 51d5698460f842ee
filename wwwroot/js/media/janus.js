// A small client for the Janus HTTP API (VideoRoom plugin): one Janus session per page, a long poll for events,
// and keepalives. Only what the page was given by the host travels here: a short-lived token, the room's PIN, and a
// publisher token while the person may publish.

const plugin = 'janus.plugin.videoroom';
const tx = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

export class JanusError extends Error {
  constructor(code, reason) {
    super(`Janus ${code}: ${reason}`);
    this.code = code;
  }
}

/** connectJanus(url, token) → a session: attach(), close(), and onLost(fn) when Janus stops answering. */
export async function connectJanus(url, token) {
  const post = async (path, body) => {
    const response = await fetch(url + path, { method: 'POST', body: JSON.stringify({ ...body, token, transaction: tx() }) });
    const reply = await response.json();
    if (reply.janus === 'error') throw new JanusError(reply.error?.code, reply.error?.reason);
    return reply;
  };
  const created = await post('', { janus: 'create' });
  const sessionPath = `/${created.data.id}`;
  const handles = new Map();
  const lost = [];
  let open = true;

  const keepalive = setInterval(() => post(sessionPath, { janus: 'keepalive' }).catch(() => {}), 25_000);
  (async function poll() {
    while (open) {
      try {
        const response = await fetch(`${url}${sessionPath}?maxev=10&rid=${Date.now()}&token=${encodeURIComponent(token)}`);
        const events = await response.json();
        for (const event of Array.isArray(events) ? events : [events]) handles.get(event.sender)?.(event);
        if (!Array.isArray(events) && events.janus === 'error') throw new JanusError(events.error?.code, events.error?.reason);
      } catch (error) {
        if (!open) return;
        open = false;
        clearInterval(keepalive);
        for (const fn of lost) fn(error);
        return;
      }
    }
  })();

  return {
    onLost: (fn) => lost.push(fn),
    async attach() {
      const attached = await post(sessionPath, { janus: 'attach', plugin });
      const path = `${sessionPath}/${attached.data.id}`;
      const waiting = [];
      const listeners = [];
      handles.set(attached.data.id, (event) => {
        const data = event.plugindata?.data;
        if (event.janus === 'event' && waiting.length && (data?.error_code || data?.videoroom !== 'event' || event.jsep || data?.configured || data?.started)) {
          waiting.shift()(event);
          return;
        }
        for (const fn of listeners) fn(event);
      });
      return {
        /** An asynchronous request: resolves with its event (and its SDP), rejects with Janus's refusal. */
        ask(body, jsep) {
          return new Promise((resolve, reject) => {
            waiting.push((event) => {
              const data = event.plugindata.data;
              if (data.error_code) reject(new JanusError(data.error_code, data.error));
              else resolve({ data, jsep: event.jsep });
            });
            post(path, { janus: 'message', body, ...(jsep ? { jsep } : {}) }).catch((error) => { waiting.pop(); reject(error); });
          });
        },
        onEvent: (fn) => listeners.push(fn),
        detach: () => post(path, { janus: 'detach' }).catch(() => {}),
      };
    },
    close() {
      if (!open) return;
      open = false;
      clearInterval(keepalive);
      post(sessionPath, { janus: 'destroy' }).catch(() => {});
    },
  };
}

/** Waits until the browser has gathered its ICE candidates, so one SDP carries them all (no trickle needed). */
export function gathered(pc) {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { if (pc.iceGatheringState === 'complete') { pc.removeEventListener('icegatheringstatechange', done); resolve(); } };
    pc.addEventListener('icegatheringstatechange', done);
    setTimeout(resolve, 3000);
  });
}
