import fs from 'node:fs';
import type { LibraryStatus } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { LibrarySettings } from '../db/repositories/settingsRepository';
import type { LibrarySeed, LibrarySession } from '../library/librarySession';
import type { SettingsStore } from '../library/settings';

/** How a host asks the user for a library file: native dialogs in Electron, none in the browser host. */
export type LibraryDialogs = {
  chooseNewLibraryFile(): Promise<string | null>;
  chooseExistingLibraryFile(): Promise<string | null>;
};

export const NO_DIALOGS: LibraryDialogs = {
  chooseNewLibraryFile: () => Promise.reject(unsupported()),
  chooseExistingLibraryFile: () => Promise.reject(unsupported()),
};

function unsupported(): AppError {
  return new AppError(
    'UNSUPPORTED',
    'Choosing a library file needs the desktop app; the browser host serves the library it was started with.',
  );
}

/** Which library is open, and switching libraries through the host's dialogs. */
export class LibraryService {
  constructor(
    private readonly session: LibrarySession,
    private readonly dialogs: LibraryDialogs,
    private readonly settings: SettingsStore | null,
    private readonly onChanged: () => void = () => undefined,
  ) {}

  status(): LibraryStatus {
    return this.session.status();
  }

  /** The open library's own settings (they travel with the file). */
  librarySettings(): LibrarySettings {
    return this.session.repositories().settings.read();
  }

  setLibrarySettings(settings: LibrarySettings): LibrarySettings {
    this.session.repositories().settings.write(settings);
    return this.librarySettings();
  }

  /**
   * Opens the library remembered from last time, or creates the default one. Never throws:
   * whatever goes wrong ends in the error status, so the window opens on the library error
   * screen with its ways out instead of the app quitting without one.
   */
  openInitial(defaultFile: string, seed: LibrarySeed = 'starter'): LibraryStatus {
    try {
      const remembered = this.settings?.read().lastLibrary;
      const file = remembered && fs.existsSync(remembered) ? remembered : defaultFile;
      const status = this.session.open(file, { create: file === defaultFile, seed });
      if (status.state === 'open') this.remember();
      return status;
    } catch (error) {
      console.error('RoleFlow: opening the library failed', error);
      return this.session.fail(defaultFile, { create: true, seed }, error);
    }
  }

  /** The error screen's and the read-only banner's "Try again". */
  retry(): LibraryStatus {
    const status = this.session.retry();
    if (status.state === 'open') this.remember();
    this.onChanged();
    return status;
  }

  /** File → New library: an empty library with the starter competency dictionary. */
  create(): Promise<LibraryStatus> {
    return this.createWith('starter');
  }

  /** File → New library from sample: the demo company, so a newcomer sees the product work. */
  createSample(): Promise<LibraryStatus> {
    return this.createWith('sample');
  }

  private async createWith(seed: LibrarySeed): Promise<LibraryStatus> {
    const file = await this.dialogs.chooseNewLibraryFile();
    if (file === null) throw new AppError('CANCELLED', 'No file was chosen.');
    if (fs.existsSync(file)) {
      // A new library never overwrites a file; the user may have picked their old library.
      throw new AppError('CONFLICT', 'That file already exists. Use Open library… to open it.');
    }
    return this.switchTo(file, seed);
  }

  async open(): Promise<LibraryStatus> {
    const file = await this.dialogs.chooseExistingLibraryFile();
    if (file === null) throw new AppError('CANCELLED', 'No file was chosen.');
    return this.switchTo(file, null);
  }

  /** Opens `file`; with a seed, creates it first. */
  private switchTo(file: string, seed: LibrarySeed | null): LibraryStatus {
    const status = this.session.open(file, { create: seed !== null, seed: seed ?? 'none' });
    if (status.state === 'open') this.remember();
    this.onChanged();
    return status;
  }

  /** Remembers the open library for the next start; a preference, so failing is harmless. */
  private remember(): void {
    const file = this.session.file;
    if (!file || !this.settings) return;
    try {
      this.settings.write({ ...this.settings.read(), lastLibrary: file });
    } catch (error) {
      console.warn(`RoleFlow: the settings could not be saved (${String(error)})`);
    }
  }
}
