import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { MESSAGES, type Locale } from '../../shared/i18n';
import { isAllowedExternalUrl } from './externalLinks';
import { APP_ORIGIN, isAppUrl, mainWindowOptions } from './windowOptions';

/** Creates the main window with navigation, new windows and permission requests locked down. */
export function createMainWindow(
  preloadPath: string,
  locale: () => Locale,
  { packaged }: { packaged: boolean },
): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, { packaged }));
  lockDown(window.webContents);
  askBeforeLosingEdits(window, locale);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/**
 * The renderer refuses to unload while it holds unsaved edits (beforeunload). Electron then
 * cancels the close silently; ask the user instead, so closing never loses work unasked.
 */
function askBeforeLosingEdits(window: BrowserWindow, locale: () => Locale): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const text = MESSAGES[locale()].menu;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [text.discardAndClose, text.keepEditing],
      defaultId: 1,
      cancelId: 1,
      message: text.unsavedTitle,
      detail: text.unsavedDetail,
    });
    // Calling preventDefault on this event lets the unload go ahead.
    if (choice === 0) event.preventDefault();
  });
}

/** Exported for tests: the guards every web contents of ours gets. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Links to our own site open in the user's browser; nothing opens inside the app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // RoleFlow needs no camera, microphone, notifications, clipboard-read or anything else a
  // permission guards: every request and every check is answered no.
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}
