// Measures how many receivers of one speaker's stream a Janus serves, and at what CPU: one Chromium page publishes
// the fake camera and microphone, N subscriber PeerConnections (spread over a few pages) receive it; Janus's CPU
// is read from /proc while they play. Loopback only, bounded in count and time.
//   node tools/MediaFanout/fanout.mjs <playwright package dir> <janus pid> <receivers...>
// Needs ONLINEMINISTERIAL_TEST_JANUS (scripts/janus.sh) and Chromium at /usr/bin/chromium.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [pkg, janusPid, ...counts] = process.argv.slice(2);
const { chromium } = createRequire(import.meta.url)(pkg);
const env = Object.fromEntries(process.env.ONLINEMINISTERIAL_TEST_JANUS.split(';').map((p) => p.split(/=(.*)/s).slice(0, 2)));
const url = env.Url;
const janusCode = readFileSync(new URL('../../wwwroot/js/media/janus.js', import.meta.url), 'utf8');
const token = () => {
  const data = `${Math.floor(Date.now() / 1000) + 3600},janus,janus.plugin.videoroom`;
  return `${data}:${createHmac('sha1', env.TokenSecret).update(data).digest('base64')}`;
};
const post = async (path, body) => (await fetch(url + path, { method: 'POST', body: JSON.stringify({ ...body, apisecret: env.ApiSecret, transaction: String(Math.random()) }) })).json();
const cpuTicks = () => { const f = readFileSync(`/proc/${janusPid}/stat`, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); };

const room = 900000 + Math.floor(Math.random() * 99999);
const s = (await post('', { janus: 'create' })).data.id;
const hdl = (await post(`/${s}`, { janus: 'attach', plugin: 'janus.plugin.videoroom' })).data.id;
await post(`/${s}/${hdl}`, { janus: 'message', body: { request: 'create', room, admin_key: env.AdminKey, publishers: 1, bitrate: 512000 } });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'] });
const page = async () => {
  const p = await browser.newPage();
  await p.goto(`${url}/info`);
  await p.evaluate(`window.J = (async () => { const m = await import('data:text/javascript;base64,${Buffer.from(janusCode).toString('base64')}'); return m; })()`);
  return p;
};
const publisher = await page();
await publisher.evaluate(async ({ url, token, room }) => {
  const { connectJanus, gathered } = await window.J;
  const janus = await connectJanus(url, token);
  const handle = await janus.attach();
  const joined = await handle.ask({ request: 'join', ptype: 'publisher', room, id: 1 });
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } });
  const pc = new RTCPeerConnection();
  for (const t of [...stream.getAudioTracks(), ...stream.getVideoTracks()]) pc.addTransceiver(t, { direction: 'sendonly', streams: [stream] });
  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc);
  const { jsep } = await handle.ask({ request: 'publish', audio: true, video: true }, pc.localDescription.toJSON());
  await pc.setRemoteDescription(jsep);
  return joined.data.id;
}, { url, token: token(), room });

const receivers = [];
let pages = [];
for (const target of counts.map(Number)) {
  while (receivers.length < target) {
    if (receivers.length % 10 === 0) pages.push(await page());
    const p = pages[pages.length - 1];
    await p.evaluate(async ({ url, token, room }) => {
      const { connectJanus, gathered } = await window.J;
      window.janus ??= await connectJanus(url, token);
      const handle = await window.janus.attach();
      const { jsep } = await handle.ask({ request: 'join', ptype: 'subscriber', room, streams: [{ feed: 1 }] });
      const pc = new RTCPeerConnection();
      (window.pcs ??= []).push(pc);
      await pc.setRemoteDescription(jsep);
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      await handle.ask({ request: 'start' }, pc.localDescription.toJSON());
    }, { url, token: token(), room });
    receivers.push(p);
  }
  await new Promise((r) => setTimeout(r, 4000));
  const t0 = cpuTicks(); const w0 = Date.now();
  await new Promise((r) => setTimeout(r, 10000));
  const cpu = ((cpuTicks() - t0) / 100) / ((Date.now() - w0) / 1000) * 100;
  let receiving = 0;
  for (const p of pages) receiving += await p.evaluate(async () => {
    let n = 0;
    for (const pc of window.pcs ?? []) { const st = await pc.getStats(); let b = 0; st.forEach((r) => { if (r.type === 'inbound-rtp' && r.kind === 'video') b += r.bytesReceived; }); if (b > 0) n++; }
    return n;
  });
  console.log(`receivers=${target} receiving=${receiving} janusCpu=${cpu.toFixed(1)}% (of one core, 10 s average)`);
}
await browser.close();
await post(`/${s}/${hdl}`, { janus: 'message', body: { request: 'destroy', room } });
