import crypto from 'node:crypto';
import type {
  ConfirmedRole,
  WordFileResult,
  WordJob,
  WordPreview,
} from '../../shared/contract/importChannels';
import { AppError } from '../../shared/errors';
import type { Block } from '../../shared/import/blocks';
import { fitToLimits } from '../../shared/import/fieldLimits';
import { recogniseRole } from '../../shared/import/recognise';
import { wordImportMessages } from '../../shared/i18n/wordImport';
import { matchDepartment, matchRole } from '../import/libraryMatch';
import {
  type WordPicker,
  WordPicks,
  type WordSource,
  uploadedSources,
} from '../import/wordSources';
import { WordWorker } from '../import/wordWorker';
import type { LibrarySession } from '../library/librarySession';
import type { RoleService } from './roleService';

/*
 * Import of Word descriptions: files are read one by one in the import worker (a job with
 * progress and cancel), recognised into a preview per file, and only the roles the user
 * confirms are stored, each as a new draft in a transaction of its own.
 */

type RunningJob = WordJob & { controller: AbortController };

type UploadedFile = {
  fileName: string;
  data: string | null;
  refused: 'WORD_TOO_LARGE' | 'WORD_BATCH_FULL' | null;
};
type StartSource = { kind: 'picked'; pickId: string } | { kind: 'uploaded'; files: UploadedFile[] };

export class ImportService {
  private readonly jobs = new Map<string, RunningJob>();
  private readonly picks: WordPicks;

  constructor(
    private readonly session: LibrarySession,
    private readonly roles: RoleService,
    picker: WordPicker,
    private readonly worker: WordWorker = new WordWorker(),
  ) {
    this.picks = new WordPicks(picker);
  }

  pickWord(mode: 'files' | 'folder'): Promise<{ pickId: string; fileNames: string[] }> {
    return this.picks.pick(mode);
  }

  startWord(source: StartSource): { jobId: string } {
    // The library must be open before anything is read: previews match its names.
    this.session.repositories();
    const sources =
      source.kind === 'picked' ? this.picks.take(source.pickId) : uploadedSources(source.files);
    const jobId = crypto.randomUUID();
    const job: RunningJob = {
      state: 'running',
      done: 0,
      total: sources.length,
      files: sources.map(initialResult),
      controller: new AbortController(),
    };
    this.jobs.set(jobId, job);
    void this.run(job, sources);
    return { jobId };
  }

  /** Progress and the results so far; a finished job is forgotten once it has been read. */
  job(jobId: string): WordJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'That import is not running.', { what: 'importJob' });
    if (job.state !== 'running') this.jobs.delete(jobId);
    const { controller: _controller, ...status } = job;
    return structuredClone(status);
  }

  cancel(jobId: string): { jobId: string } {
    this.jobs.get(jobId)?.controller.abort();
    return { jobId };
  }

  /** Creates each confirmed role as a draft; one failing does not undo the others. */
  commitWord(confirmed: readonly ConfirmedRole[]): {
    results: { fileName: string; roleId: number | null; error: string | null }[];
  } {
    const repositories = this.session.repositories();
    return {
      results: confirmed.map(({ fileName, department, role }) => {
        try {
          const roleId = repositories.transaction(() => {
            const departmentId =
              department.kind === 'existing'
                ? department.departmentId
                : this.departmentNamed(department.name);
            return this.roles.saveCopy({ ...role, departmentId }).id;
          });
          return { fileName, roleId, error: null };
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          return { fileName, roleId: null, error: error.code };
        }
      }),
    };
  }

  close(): void {
    for (const job of this.jobs.values()) job.controller.abort();
    this.worker.close();
  }

  /** The department of that name, created at the top level when the library has none. */
  private departmentNamed(name: string): number {
    const { departments } = this.session.repositories();
    return matchDepartment(name, departments.list()) ?? departments.create(name.trim(), null).id;
  }

  private async run(job: RunningJob, sources: WordSource[]): Promise<void> {
    const signal = job.controller.signal;
    for (const [index, source] of sources.entries()) {
      const result = job.files[index];
      if (!result) continue;
      if (signal.aborted) {
        if (result.state === 'waiting')
          Object.assign(result, { state: 'skipped', skipped: 'stopped' });
        continue;
      }
      if (source.bytes !== null) {
        const read = await this.worker.read(source.bytes, signal);
        if (read.ok) {
          Object.assign(result, {
            state: 'read',
            preview: this.preview(read.blocks, read.warnings, source.fileName),
          });
        } else if (read.code === 'CANCELLED') {
          Object.assign(result, { state: 'skipped', skipped: 'stopped' });
        } else {
          Object.assign(result, { state: 'refused', code: read.code });
        }
      }
      job.done = index + 1;
    }
    job.state = signal.aborted ? 'cancelled' : 'done';
  }

  private preview(blocks: Block[], warnings: string[], fileName: string): WordPreview {
    const recognised = recogniseRole(blocks, fileName);
    const fields = wordImportMessages[recognised.template === 'zh' ? 'zh-CN' : 'en'].fields;
    const imported = fitToLimits(recognised, (field) => fields[field], fileName);
    const repositories = this.session.repositories();
    const departmentId = matchDepartment(
      imported.texts.department,
      repositories.departments.list(),
    );
    const reportsToId = matchRole(
      imported.texts.reportsTo,
      repositories.roles.headings(),
      departmentId,
    );
    return { ...imported, departmentId, reportsToId, warnings };
  }
}

function initialResult(source: WordSource): WordFileResult {
  if (source.skipped) {
    return {
      fileName: source.fileName,
      state: 'skipped',
      code: null,
      skipped: source.skipped,
      preview: null,
    };
  }
  if (source.refused) {
    return {
      fileName: source.fileName,
      state: 'refused',
      code: source.refused,
      skipped: null,
      preview: null,
    };
  }
  return { fileName: source.fileName, state: 'waiting', code: null, skipped: null, preview: null };
}
