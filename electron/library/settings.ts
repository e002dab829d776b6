import fs from 'node:fs';
import path from 'node:path';
import { removeAbandonedTemporaries } from './temporaryFiles';

/** What main remembers between runs. Kept small; the library itself holds the user's data. */
export type AppSettings = {
  lastLibrary?: string;
  /** Folders exports were written to lately: the next start removes abandoned temporaries. */
  exportFolders?: string[];
};

const MAX_EXPORT_FOLDERS = 10;

/**
 * Settings as a JSON file in the app's data folder. Writes go to a temporary file that is
 * then renamed over the old one, so a crash mid-write leaves the previous settings intact.
 */
export class SettingsStore {
  private readonly file: string;

  constructor(folder: string) {
    this.file = path.join(folder, 'settings.json');
  }

  read(): AppSettings {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null) return {};
      const { lastLibrary, exportFolders } = parsed as Record<string, unknown>;
      const settings: AppSettings = {};
      if (typeof lastLibrary === 'string') settings.lastLibrary = lastLibrary;
      if (Array.isArray(exportFolders)) {
        settings.exportFolders = exportFolders.filter((f): f is string => typeof f === 'string');
      }
      return settings;
    } catch {
      // Missing or unreadable settings only lose the preference, never library data.
      return {};
    }
  }

  write(settings: AppSettings): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(settings, null, 2));
    fs.renameSync(temporary, this.file);
  }
}

/** The per-user data folder Electron would use for an app named `appName`. */
export function defaultDataFolder(appName: string): string {
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '.';
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', appName);
  }
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}

export const DEFAULT_LIBRARY_NAME = 'library.sqlite';

/** Notes a folder an export is about to be written to (best effort: it is housekeeping). */
export function rememberExportFolder(store: SettingsStore, folder: string): void {
  try {
    const settings = store.read();
    const folders = [folder, ...(settings.exportFolders ?? []).filter((f) => f !== folder)];
    store.write({ ...settings, exportFolders: folders.slice(0, MAX_EXPORT_FOLDERS) });
  } catch (error) {
    console.warn(`RoleFlow: the export folder was not noted (${String(error)})`);
  }
}

/** At start: removes the temporary files an export that crashed left in its folder. */
export function sweepExportFolders(store: SettingsStore): number {
  let removed = 0;
  for (const folder of store.read().exportFolders ?? []) {
    removed += removeAbandonedTemporaries(folder);
  }
  return removed;
}
