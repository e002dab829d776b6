import fs from 'node:fs';
import path from 'node:path';

/** What main remembers between runs. Kept small; the library itself holds the user's data. */
export type AppSettings = { lastLibrary?: string };

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
      const lastLibrary = (parsed as { lastLibrary?: unknown }).lastLibrary;
      return typeof lastLibrary === 'string' ? { lastLibrary } : {};
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
