// Ties a page's media stage to its floor: when the speaker changes, is paused or resumed, the session changes state
// or (on a panel) the stage's version changes, the stage asks the host again who is on and who may publish. The floor
// never waits on it.
import { createMediaStage } from './stage.js';

export async function followFloorWithMedia(section, live, { canPublish = true, panel = null, createStage = createMediaStage } = {}) {
  let stage;
  try {
    stage = await createStage(section, { sessionId: live.sessionId, canPublish });
  } catch {
    return;
  }
  if (!stage) return;
  let last = '';
  const follow = () => {
    const current = live.store.state?.current;
    const key = `${live.session.state}|${current?.requestId ?? ''}|${current?.pausedAtMs ?? ''}|${panel?.stage?.version ?? ''}`;
    if (key === last) return;
    last = key;
    stage.refresh();
  };
  live.store.subscribe(follow);
  live.onSession(follow);
  panel?.onExtra(follow);
}
