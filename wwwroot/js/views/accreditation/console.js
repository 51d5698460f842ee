// The frame of the signed-in accreditation pages: the shared header, then the page's own content.
import { showLoadError, startShell } from '../../shell.js';

export async function startConsole(render) {
  const main = document.getElementById('main');
  try {
    const shell = await startShell({ pageTitleKey: main.dataset.pageTitle });
    await render(main, shell);
  } catch (error) {
    showLoadError(main, error);
  }
}
