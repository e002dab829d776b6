import type { Database, Statement } from 'better-sqlite3';
import { ROLE_TEMPLATES, type RoleTemplate } from '../../../shared/domain';

/** Library-wide settings, kept in the library file so they travel with it. */
export type LibrarySettings = { defaultTemplate: RoleTemplate };

const DEFAULTS: LibrarySettings = { defaultTemplate: 'zh' };

export class SettingsRepository {
  private readonly readRow: Statement<[string], { value: string }>;
  private readonly writeRow: Statement<[string, string]>;

  constructor(db: Database) {
    this.readRow = db.prepare('SELECT value FROM library_settings WHERE key = ?');
    this.writeRow = db.prepare(
      'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  read(): LibrarySettings {
    const stored = this.readRow.get('defaultTemplate')?.value;
    const defaultTemplate = (ROLE_TEMPLATES as readonly string[]).includes(stored ?? '')
      ? (stored as RoleTemplate)
      : DEFAULTS.defaultTemplate;
    return { defaultTemplate };
  }

  write(settings: LibrarySettings): void {
    this.writeRow.run('defaultTemplate', settings.defaultTemplate);
  }
}
