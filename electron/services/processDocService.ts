import { AppError } from '../../shared/errors';
import { safeFileName } from '../../shared/fileNames';
import type { Locale } from '../../shared/i18n';
import type { Process } from '../../shared/process';
import { findCjkFont, systemCjkFonts, type CjkFont } from '../export/picture/cjkFont';
import type { ProcessDocContext } from '../export/process/context';
import { buildProcessDocx } from '../export/process/processDocument';
import { PROCESS_LABELS } from '../export/process/processLabels';
import type { ExportLanguage } from '../export/labels';
import type { AnalysisService } from './analysisService';
import { deliver, type ExportResult, type FileDelivery } from './exportService';
import type { LinkService } from './linkService';
import { processDocContext } from './processDocContext';
import type { ProcessService } from './processService';
import type { RoleService } from './roleService';

/*
 * 流程说明书 export: one process as a Word document in the chosen language (zh → 流程说明书,
 * en → process description), from the saved map and the library around it.
 */

export function languageOf(locale: Locale): ExportLanguage {
  return locale === 'en' ? 'en' : 'zh';
}

export class ProcessDocService {
  constructor(
    private readonly processes: ProcessService,
    private readonly roles: RoleService,
    private readonly links: LinkService,
    private readonly analysis: AnalysisService,
    private readonly delivery: FileDelivery,
    private readonly fonts: () => CjkFont[] = () => systemCjkFonts(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async processDoc(id: number, locale: Locale): Promise<ExportResult> {
    const process = this.processes.get(id);
    const lang = languageOf(locale);
    const fileName = documentFileName(process, lang);
    const target = await this.delivery.chooseTarget(fileName, 'docx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const bytes = await buildProcessDocx(this.context(process, lang));
    return deliver(target, fileName, bytes);
  }

  /** What the document of one process prints (the process handbook builds many of these). */
  context(process: Process, lang: ExportLanguage): ProcessDocContext {
    return processDocContext(process, lang, {
      library: this.analysis.library(),
      role: (roleId) => orNull(() => this.roles.get(roleId)),
      processes: this.processes.list({ processClass: null, departmentId: null }),
      process: (processId) => orNull(() => this.processes.get(processId)),
      duties: this.links.ofProcess(process.id),
      revisions: this.processes.history(process.id),
      font: findCjkFont(this.fonts()) ?? null,
      now: this.clock(),
    });
  }
}

/** "保单签发 流程说明书.docx" / "Policy issuing process description.docx". */
export function documentFileName(process: Process, lang: ExportLanguage): string {
  const kind = lang === 'zh' ? PROCESS_LABELS.zh.docKind : 'process description';
  return safeFileName(`${process.name.trim() || kind} ${kind}`, 'docx');
}

/** A record the map names but the library no longer has (NOT_FOUND) reads as null. */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
