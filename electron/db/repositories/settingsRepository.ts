import type { Database, Statement } from 'better-sqlite3';
import {
  analysisSettingsSchema,
  DEFAULT_ANALYSIS_SETTINGS,
  type AnalysisSettings,
} from '../../../shared/analysis/settings';
import {
  DEFAULT_DOCUMENT_SETTINGS,
  documentSettingsSchema,
  type DocumentSettings,
} from '../../../shared/documentSettings';
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

  /**
   * The process analysis's settings. Thresholds a newer RoleFlow added, or a stored value out
   * of range, fall back to their defaults one by one: a setting is never a reason the analysis
   * cannot run.
   */
  readAnalysis(): AnalysisSettings {
    const stored = this.readRow.get('analysis')?.value;
    if (!stored) return DEFAULT_ANALYSIS_SETTINGS;
    try {
      const parsed = JSON.parse(stored) as Partial<AnalysisSettings> | null;
      const merged = {
        ...DEFAULT_ANALYSIS_SETTINGS,
        ...parsed,
        thresholds: { ...DEFAULT_ANALYSIS_SETTINGS.thresholds, ...parsed?.thresholds },
        staffing: { ...DEFAULT_ANALYSIS_SETTINGS.staffing, ...parsed?.staffing },
      };
      const result = analysisSettingsSchema.safeParse(merged);
      return result.success ? result.data : DEFAULT_ANALYSIS_SETTINGS;
    } catch {
      return DEFAULT_ANALYSIS_SETTINGS;
    }
  }

  writeAnalysis(settings: AnalysisSettings): void {
    this.writeRow.run('analysis', JSON.stringify(settings));
  }

  /**
   * The organisation's document settings (shared/documentSettings.ts). Fields a newer RoleFlow
   * added or a stored value that no longer passes fall back to the defaults one by one.
   */
  readDocuments(): DocumentSettings {
    const stored = this.readRow.get('documents')?.value;
    if (!stored) return DEFAULT_DOCUMENT_SETTINGS;
    try {
      const parsed = JSON.parse(stored) as Record<string, unknown> | null;
      const merged: Record<string, unknown> = { ...DEFAULT_DOCUMENT_SETTINGS };
      for (const key of Object.keys(DEFAULT_DOCUMENT_SETTINGS) as (keyof DocumentSettings)[]) {
        const field = documentSettingsSchema.shape[key].safeParse(parsed?.[key]);
        if (field.success) merged[key] = field.data;
      }
      return documentSettingsSchema.parse(merged);
    } catch {
      return DEFAULT_DOCUMENT_SETTINGS;
    }
  }

  writeDocuments(settings: DocumentSettings): void {
    this.writeRow.run('documents', JSON.stringify(settings));
  }
}
