// The frame of the signed-in accreditation pages: the shared header with its live indicator and notification
// bell, fed by the page's one conference-hub connection (startPresenceOnly), then the page's own content.
import { showLoadError, startPresenceOnly, startShell } from '../../shell.js';

export async function startConsole(render) {
  const main = document.getElementById('main');
  try {
    const shell = await startShell({ pageTitleKey: main.dataset.pageTitle, bellOnPageHub: true });
    await render(main, shell);
  } catch (error) {
    showLoadError(main, error);
    return;
  }
  startPresenceOnly();
}
