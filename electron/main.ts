import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { AppEvent } from '../shared/contract';
import { AppError } from '../shared/errors';
import { localeFromSystem, MESSAGES, type Locale } from '../shared/i18n';
import { errorText } from '../shared/i18n/errorText';
import { translator } from '../shared/i18n/translate';
import { devOverrides } from './app/devOverrides';
import { installMenu } from './app/menu';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { createMainWindow } from './app/window';
import { createHandlers, createServices } from './ipc/handlers';
import { registerIpc } from './ipc/registerIpc';
import { LibrarySession } from './library/librarySession';
import {
  DEFAULT_LIBRARY_NAME,
  rememberExportFolder,
  SettingsStore,
  sweepExportFolders,
} from './library/settings';
import type { FileDelivery, FileKind } from './services/exportService';
import type { LibraryDialogs } from './services/libraryService';

/*
 * Entry of the main process: lifecycle, the single-instance lock, and wiring of the services
 * (which know nothing of Electron) to the window, the menu, the dialogs and IPC.
 */

const LIBRARY_FILTERS = [{ name: 'RoleFlow library', extensions: ['sqlite', 'roleflow'] }];

/** What the save dialog offers for each kind of exported file. */
const SAVE_FILTERS: Record<FileKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word', extensions: ['docx'] },
  bpmn: { name: 'BPMN 2.0', extensions: ['bpmn', 'xml'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  zip: { name: 'ZIP', extensions: ['zip'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
};

/** The better-sqlite3 build for Electron's ABI, kept beside the Node build (scripts/electron-native.mjs). */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined; // electron-builder packs an Electron build in place
  const file = path.join(
    app.getAppPath(),
    'node_modules',
    '.roleflow-native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  return fs.existsSync(file) ? file : undefined;
}

const overrides = devOverrides(process.env, app.isPackaged);
// Tests (and developers keeping several profiles) point the app at another data folder.
if (overrides.userData) app.setPath('userData', overrides.userData);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  let locale: Locale = 'en';
  const session = new LibrarySession(electronNativeBinding());
  const settings = new SettingsStore(app.getPath('userData'));

  const send = (event: AppEvent) => mainWindow?.webContents.send(event);
  const dialogs: LibraryDialogs = {
    async chooseNewLibraryFile() {
      const options = { defaultPath: 'RoleFlow.sqlite', filters: LIBRARY_FILTERS };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExistingLibraryFile() {
      const options = { properties: ['openFile' as const], filters: LIBRARY_FILTERS };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
  const delivery: FileDelivery = {
    async chooseTarget(suggestedName, kind) {
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [SAVE_FILTERS[kind]],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      rememberExportFolder(settings, path.dirname(result.filePath));
      return result.filePath;
    },
  };
  const services = createServices({
    session,
    dialogs,
    settings,
    delivery,
    onLibraryChanged: () => send('library:changed'),
  });

  const menuActions = {
    newLibrary: () => void services.library.create().catch(reportMenuError),
    openLibrary: () => void services.library.open().catch(reportMenuError),
    sampleLibrary: () => void services.library.createSample().catch(reportMenuError),
    send,
  };
  const handlers = createHandlers(
    services,
    (next) => {
      locale = next;
      installMenu(locale, menuActions);
    },
    () => app.quit(),
  );

  /** A menu action's failure, in the interface language (the English text goes to the log). */
  function reportMenuError(error: unknown): void {
    if (error instanceof AppError && error.code === 'CANCELLED') return;
    console.error('RoleFlow:', error);
    const t = translator(MESSAGES[locale]);
    const detail =
      error instanceof AppError ? errorText(t, error.code, error.params) : errorText(t, 'INTERNAL');
    void dialog.showMessageBox({ type: 'error', message: 'RoleFlow', detail });
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    locale = localeFromSystem(app.getLocale());
    // openInitial never throws: any failure becomes the library error screen in the window
    // below. The guard is for what it cannot see (a broken settings folder path, say).
    try {
      sweepExportFolders(settings);
      services.library.openInitial(
        path.join(app.getPath('userData'), DEFAULT_LIBRARY_NAME),
        // The end-to-end tests start from the demo company (as File → New library from sample).
        overrides.seed,
      );
    } catch (error) {
      console.error('RoleFlow: opening the library failed', error);
    }
    serveRenderer(path.join(__dirname, '..', 'renderer'));
    registerIpc(handlers, () => mainWindow?.webContents ?? null);
    installMenu(locale, menuActions);
    mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'), () => locale, {
      packaged: app.isPackaged,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
}
