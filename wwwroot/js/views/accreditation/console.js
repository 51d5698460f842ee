// The frame of the signed-in accreditation pages: the shared header with its live indicator and notification
// bell (over the conference hub, as on every page), then the page's own content.
import { createHub } from '../../hub.js';
import { bindConnectionStatus, bindNotifications, showLoadError, startShell } from '../../shell.js';
import { viewerTimeZone } from '../../time.js';

export async function startConsole(render) {
  const main = document.getElementById('main');
  try {
    const shell = await startShell({ pageTitleKey: main.dataset.pageTitle });
    await render(main, shell);
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  const hub = createHub('/hubs/conference', { onResync: async () => { await bell.refresh(); } });
  const bell = bindNotifications(hub, { viewerZone: viewerTimeZone() });
  // The conference hub sends presence, seats and sessions to everyone; these pages show none of them.
  hub.ignore('PresenceChanged', 'SeatChanged', 'SessionChanged', 'SessionCancelled');
  bindConnectionStatus(hub);
  hub.start();
}
