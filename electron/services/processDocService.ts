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
import { handbookScope } from './handbookScope';
import { abortError, JobRunner, nextTurn } from './jobRunner';
import type { DepartmentService } from './departmentService';
import { buildProcessHandbook, type HandbookEntry } from '../export/process/processHandbook';
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
  private readonly jobs = new JobRunner();

  constructor(
    private readonly processes: ProcessService,
    private readonly roles: RoleService,
    private readonly links: LinkService,
    private readonly analysis: AnalysisService,
    private readonly departments: DepartmentService,
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

  /** Starts the process handbook of a department (with its sub-departments) or the library. */
  async startHandbook(departmentId: number | null, locale: Locale): Promise<{ jobId: string }> {
    const lang = languageOf(locale);
    const scope = handbookScope(this.departments.list(), departmentId);
    const summaries = this.processes
      .list({ processClass: null, departmentId: null })
      .filter(
        (p) =>
          scope.order.has(p.departmentId ?? -1) ||
          (departmentId === null && p.departmentId === null),
      );
    if (summaries.length === 0) {
      throw new AppError('CONFLICT', 'There are no processes to put in a handbook.', {
        reason: 'processHandbookEmpty',
      });
    }
    summaries.sort(
      (a, b) =>
        (scope.order.get(a.departmentId ?? -1) ?? Infinity) -
          (scope.order.get(b.departmentId ?? -1) ?? Infinity) ||
        a.code.localeCompare(b.code) ||
        a.name.localeCompare(b.name),
    );
    const title = lang === 'zh' ? '流程说明书汇编' : 'Process Handbook';
    const fileName = safeFileName(
      `${scope.name ?? title}${lang === 'zh' ? ' 流程说明书汇编' : ' process handbook'}`,
      'docx',
    );
    const target = await this.delivery.chooseTarget(fileName, 'docx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const names = new Map(this.departments.list().map((d) => [d.id, d.name]));
    return this.jobs.start(summaries.length, fileName, target, async (signal, progress) => {
      const entries: HandbookEntry[] = [];
      for (const summary of summaries) {
        // Each process's pictures take a while: the job can be cancelled between them.
        await nextTurn();
        if (signal.aborted) throw abortError();
        entries.push({
          departmentName:
            summary.departmentId === null ? null : (names.get(summary.departmentId) ?? null),
          ctx: this.context(this.processes.get(summary.id), lang),
        });
        progress(entries.length);
      }
      const input = { title, scopeName: scope.name, lang, date: this.clock(), entries };
      return buildProcessHandbook(input);
    });
  }

  job(jobId: string) {
    return this.jobs.job(jobId);
  }

  cancel(jobId: string) {
    return this.jobs.cancel(jobId);
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
