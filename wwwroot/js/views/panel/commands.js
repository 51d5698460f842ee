// What the panel page sends: a delegate's question and upvotes, the moderator's commands on the board and the
// stage, and the floor given to a panelist. A call's answer is taken at once (the stage, the video link, the
// viewer's own question and vote); the board itself follows from its events. Refusals become toasts.
import { t } from '../../i18n.js';
import { confirmDialog } from '../../ui/dialog.js';

/**
 * createPanelCommands({ live, panel, toasts, errorText }) → { ask(draft), upvote(id, on), approve(id), pin(id), unpin(),
 * answer(id), restore(id), dismiss(id), setPreModeration(on), setVideoUrl(url), putOn(personId), takeOff(personId),
 * giveFloor(personId) }; each resolves to true when the server accepted it (ask resolves to the receipt and throws).
 */
export function createPanelCommands({ live, panel, toasts, errorText }) {
  const { sessionId } = live;
  const { hub, store } = panel;

  async function run(method, ...args) {
    try {
      return (await hub.invoke(method, sessionId, ...args)) ?? true;
    } catch (error) {
      toasts.error(errorText(error));
      return false;
    }
  }

  const board = (method) => (...args) => run(method, ...args).then(Boolean);
  const stage = (method) => async (personId) => {
    const view = await run(method, personId);
    if (view) store.takeStage(view);
    return Boolean(view);
  };

  return {
    async ask({ questionId, text, anonymous, addressedToId }) {
      const receipt = await hub.invoke('SubmitQuestion', sessionId, questionId, text, anonymous, addressedToId);
      store.takeMine(receipt.question);
      return receipt;
    },
    async upvote(questionId, on) {
      const receipt = await run(on ? 'Upvote' : 'WithdrawUpvote', questionId);
      if (receipt) store.takeVote(receipt);
      return Boolean(receipt);
    },
    approve: board('Approve'),
    pin: board('Pin'),
    unpin: board('Unpin'),
    answer: board('MarkAnswered'),
    restore: board('Restore'),
    /** Dismissing is final (the author is told): confirmed first; keeping it returns focus to the button. */
    async dismiss(questionId) {
      const sure = await confirmDialog({
        title: t('panel.dismissTitle'), body: t('panel.dismissBody'),
        confirmLabel: t('panel.dismiss'), cancelLabel: t('panel.dismissKeep'), danger: true,
      });
      if (!sure) return false;
      return Boolean(await run('Dismiss', questionId));
    },
    setPreModeration: board('SetPreModeration'),
    async setVideoUrl(url) {
      const change = await run('SetVideoUrl', url);
      if (change) store.takeVideo(change);
      return Boolean(change);
    },
    putOn: stage('PutOnStage'),
    takeOff: stage('TakeOffStage'),
    /** The floor, through the panel: the floor version the screen shows is the expected one, as the chair console does. */
    async giveFloor(personId) {
      const sentAt = Date.now();
      try {
        const snapshot = await hub.invoke('GiveFloorToPanelist', sessionId, personId, live.store.version ?? 0);
        live.takeSnapshot(snapshot, sentAt);
        return true;
      } catch (error) {
        if (error.code === 'version.conflict') {
          await live.store.refresh().catch(() => {});
          toasts.error(t('chair.conflict'));
        } else {
          toasts.error(errorText(error));
        }
        return false;
      }
    },
  };
}
