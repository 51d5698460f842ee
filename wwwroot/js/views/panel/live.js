// The panel hub beside the floor's: joins the panel on every (re)connect, keeps its board by version and its
// stage and video link by their own versions, and hands the viewer's own notices to the page.
import { createHub } from '../../hub.js';
import { createPanelStore } from '../../questions.js';

/**
 * startPanel(sessionId, { onNotice(kind, notice), onError(error) }) → { hub, store }
 * The hub is created but not started: subscribe first, then hub.start().
 */
export function startPanel(sessionId, { onNotice = () => {}, onError = () => {} } = {}) {
  let joinNeeded = true;
  let failing = false;
  let retryTimer = null;

  // A refused or failed join leaves the page without its questions while the connection is fine, so no reconnect
  // would try again: say so once, and try again shortly.
  async function join() {
    clearTimeout(retryTimer);
    joinNeeded = true;
    try {
      await store.refresh();
      // A GetPanel already under way was shared instead of joining: join now.
      if (joinNeeded) await store.refresh();
      failing = false;
    } catch (error) {
      if (!failing) onError(error);
      failing = true;
      retryTimer = setTimeout(() => hub.state === 'connected' && join().catch(() => {}), 5000);
    }
  }

  // Group membership does not survive a reconnect: join again, which also brings a fresh snapshot.
  const hub = createHub('/hubs/panel', { onResync: join });
  const store = createPanelStore(async () => {
    const snapshot = await hub.invoke(joinNeeded ? 'JoinPanel' : 'GetPanel', sessionId);
    joinNeeded = false;
    return snapshot;
  });

  const mine = (evt) => evt?.sessionId?.toLowerCase() === sessionId.toLowerCase();
  hub.on('QuestionChanged', (evt) => mine(evt) && store.applyEvent(evt));
  hub.on('StageChanged', (evt) => mine(evt) && store.takeStage(evt.stage));
  hub.on('VideoLinkChanged', (evt) => mine(evt) && store.takeVideo(evt));
  for (const kind of ['Approved', 'Dismissed']) {
    hub.on(`YourQuestion${kind}`, (notice) => {
      if (!mine(notice)) return;
      store.takeMine({ id: notice.questionId, text: notice.text, state: notice.state });
      onNotice(kind, notice);
    });
  }
  return { hub, store };
}
