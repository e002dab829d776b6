import type { BrowserWindowConstructorOptions } from 'electron';

/** The custom scheme the renderer is served from (no file://, no remote content). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://roleflow`;

/**
 * The main window's options: Electron's security checklist in one place, so a test can
 * hold every line of it.
 */
export function mainWindowOptions(
  preloadPath: string,
  { packaged }: { packaged: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'RoleFlow',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A packaged build has no DevTools: they would open the library's data and the IPC
      // bridge to anyone at the keyboard with one shortcut.
      devTools: !packaged,
    },
  };
}

/** True for URLs of our own renderer; everything else is refused navigation. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'roleflow';
  } catch {
    return false;
  }
}
