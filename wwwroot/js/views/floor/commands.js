// The chair's commands on the floor hub. Each carries the version the console shows (expectedVersion); one runs
// at a time, and the next starts from the floor the previous one answered with, so a quick second click is not
// taken for another chair's action.
import { errorText, t } from '../../i18n.js';

const SETTLE_MS = 2000;

/** Waits until the store holds a version above `version`; after `ms` it reads a snapshot instead. */
function settled(store, version, ms = SETTLE_MS) {
  if (store.version > version) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const unsubscribe = store.subscribe(() => {
      if (store.version > version) done();
    });
    const timer = setTimeout(() => {
      store.refresh().catch(() => {}).finally(done);
    }, ms);
  });
}

/**
 * createChairCommands({ live, toasts, onBusy(busy) }) → { busy, giveNext(), giveTo(id), end(), pause(), resume(),
 * extend(seconds), move(id, index), add(delegationId, kind), remove(id), restore(id), close(), reopen(), reAddLast(), protocolOrder(),
 * openInscription(), closeInscription(), setLimits(limits) }
 * Each resolves to true when the server accepted it; refusals are shown as toasts and resolve to false.
 */
export function createChairCommands({ live, toasts, onBusy = () => {} }) {
  const { hub, store, sessionId } = live;
  let busy = false;

  function setBusy(value) {
    busy = value;
    onBusy(value);
  }

  async function run(method, ...args) {
    if (busy) return false;
    setBusy(true);
    const expected = store.version;
    const sentAt = Date.now();
    try {
      // The answer is the floor after the change (or unchanged, when there was nothing to do): show it now
      // rather than wait for its event. Without one, wait for the event before taking the next command.
      const snapshot = await hub.invoke(method, sessionId, ...args, expected);
      if (snapshot?.version != null) live.takeSnapshot(snapshot, sentAt);
      else await settled(store, expected);
      return true;
    } catch (error) {
      if (error.code === 'version.conflict') {
        await store.refresh().catch(() => {});
        toasts.error(t('chair.conflict'));
      } else {
        toasts.error(errorText(error));
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    get busy() { return busy; },
    giveNext: () => run('GiveFloorToNext'),
    giveTo: (requestId) => run('GiveFloorTo', requestId),
    end: () => run('EndSpeech'),
    pause: () => run('PauseSpeech'),
    resume: () => run('ResumeSpeech'),
    extend: (seconds) => run('ExtendSpeech', seconds),
    /** index: the 0-based place in the whole waiting list; the hub takes 1-based places and keeps a request in its kind's group. */
    move: (requestId, index) => run('MoveRequest', requestId, index + 1),
    add: (delegationId, kind) => run('AddSpeaker', delegationId, kind),
    remove: (requestId) => run('RemoveRequest', requestId),
    /** Undoes remove(): the request waits again at its place. */
    restore: (requestId) => run('RestoreRequest', requestId),
    openInscription: () => run('OpenInscription'),
    closeInscription: () => run('CloseInscription'),
    /** limits: { statementSeconds, groupStatementSeconds, rightOfReplySeconds, pointOfOrderSeconds }, null for untimed. */
    setLimits: (limits) => run('SetLimits', limits),
    close: () => run('CloseList'),
    reopen: () => run('ReopenList'),
    reAddLast: () => run('ReAddLastSpeaker'),
    protocolOrder: () => run('ApplyProtocolOrder'),
  };
}
