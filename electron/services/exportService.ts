import crypto from 'node:crypto';
import path from 'node:path';
import type { Role } from '../../shared/domain';
import { documentNumber } from '../../shared/documentSettings';
import { AppError } from '../../shared/errors';
import type { RoleExportContext } from '../export/context';
import { safeFileName } from '../../shared/fileNames';
import { buildHandbook } from '../export/handbook';
import { buildRoleDocx } from '../export/roleDocument';
import type { LibrarySession } from '../library/librarySession';
import { writeFileAtomically } from '../library/temporaryFiles';
import {
  currentApproval,
  handbookContent,
  type Approval,
  type HandbookTemplate,
  type HandbookVersions,
  type Surroundings,
} from './handbookContent';
import type { RoleService } from './roleService';

/**
 * Where an exported file goes. Electron asks with a save dialog and gets a path; the browser
 * host answers 'download' and the page receives the bytes to save itself.
 */
export type FileKind = 'docx' | 'bpmn' | 'pdf' | 'svg' | 'zip' | 'xlsx';

export type FileDelivery = {
  chooseTarget(suggestedName: string, kind: FileKind): Promise<string | 'download' | null>;
};

export const DOWNLOAD_DELIVERY: FileDelivery = { chooseTarget: () => Promise.resolve('download') };

export type ExportResult = { fileName: string; data: string | null };

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';
export type ExportJob = {
  state: JobState;
  done: number;
  total: number;
  fileName: string;
  data: string | null;
  error: string | null;
  /** Roles in scope that the handbook does not print (no approved version). */
  leftOut: { id: number; title: string }[];
};

export type HandbookOptions = {
  departmentId: number | null;
  versions: HandbookVersions;
  template: HandbookTemplate;
};

type RunningJob = ExportJob & { controller: AbortController };

/** Word export: one position description, or a department handbook run as a cancellable job. */
export class ExportService {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly session: LibrarySession,
    private readonly roles: RoleService,
    private readonly delivery: FileDelivery,
  ) {}

  /** One description: the current draft (version null) or one of its approved versions. */
  async roleDocx(id: number, version: number | null = null): Promise<ExportResult> {
    const current = this.roles.get(id);
    const chosen =
      version === null
        ? { role: current, approval: currentApproval(this.roles, current) }
        : this.approvedVersion(id, version);
    const ctx = this.contextFor(chosen.role, this.surroundings(), chosen.approval);
    // "HR-JD-R-0001 人力资源经理.docx" when the library numbers its documents.
    const number = ctx.identity?.documentNumber ?? '';
    const fileName = safeFileName(`${number} ${chosen.role.title}`.trim(), 'docx');
    const target = await this.delivery.chooseTarget(fileName, 'docx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    return deliver(target, fileName, await buildRoleDocx(ctx));
  }

  /** Starts a handbook for a department (with its sub-departments) or the whole library. */
  async startHandbook(options: HandbookOptions): Promise<{ jobId: string }> {
    const { departmentId } = options;
    const { departments } = this.session.repositories();
    const department = departmentId === null ? null : departments.get(departmentId);
    if (departmentId !== null && !department) {
      throw new AppError('NOT_FOUND', `Department ${departmentId} does not exist.`, {
        what: 'department',
      });
    }
    const surroundings = this.surroundings();
    const inScope = departmentsUnder(departmentId, surroundings.departments);
    const headings = surroundings.headings.filter((h) => inScope.has(h.departmentId));
    if (headings.length === 0)
      throw new AppError('CONFLICT', 'There are no roles to put in a handbook.', {
        reason: 'handbookEmpty',
      });
    const content = handbookContent(headings, surroundings, this.roles, options, (role, approval) =>
      this.contextFor(role, surroundings, approval),
    );
    const settings = surroundings.documents;
    const lang = content.lang;
    const title = lang === 'zh' ? '职位说明书手册' : 'Job Description Handbook';
    const fileName = safeFileName(
      [
        settings.organisationName.trim(),
        ...(department ? [department.name, lang === 'zh' ? '手册' : 'handbook'] : [title]),
      ]
        .filter((part) => part !== '')
        .join(' '),
      'docx',
    );
    const target = await this.delivery.chooseTarget(fileName, 'docx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const printed = content.groups.reduce((n, group) => n + group.roles.length, 0);

    const jobId = crypto.randomUUID();
    const job: RunningJob = {
      state: 'running',
      done: 0,
      total: printed,
      fileName,
      data: null,
      error: null,
      leftOut: content.leftOut,
      controller: new AbortController(),
    };
    this.jobs.set(jobId, job);
    buildHandbook({
      title,
      departmentName: department?.name ?? null,
      groups: content.groups,
      leftOut: content.leftOut.map((r) => r.title),
      lang,
      organisation: {
        name: settings.organisationName,
        logo: settings.logo,
        confidentiality: settings.confidentiality,
      },
      watermark: options.versions === 'latest',
      signal: job.controller.signal,
      onProgress: (done) => {
        job.done = done;
      },
    })
      .then((bytes) => {
        const result = deliver(target, fileName, bytes);
        job.data = result.data;
        job.state = 'done';
      })
      .catch((error: unknown) => {
        const cancelled = (error as { name?: string }).name === 'AbortError';
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = cancelled ? null : String(error);
      });
    return { jobId };
  }

  /** The job's progress; a finished job's bytes are handed out once, then the job is forgotten. */
  job(jobId: string): ExportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'That export is not running.', { what: 'exportJob' });
    if (job.state !== 'running') this.jobs.delete(jobId);
    const { controller: _controller, ...status } = job;
    return status;
  }

  cancel(jobId: string): { jobId: string } {
    this.jobs.get(jobId)?.controller.abort();
    return { jobId };
  }

  /** What a document prints around a role: departments, other roles' titles, the dictionary. */
  private surroundings(): Surroundings {
    const repositories = this.session.repositories();
    return {
      headings: repositories.roles.headings(),
      departments: repositories.departments.list(),
      competencies: repositories.competencies.list(),
      documents: repositories.settings.readDocuments(),
    };
  }

  private approvedVersion(id: number, version: number): { role: Role; approval: Approval } {
    const revision = this.roles.revision(id, version);
    return {
      role: { ...revision.snapshot, status: 'approved', version },
      approval: { version, date: revision.createdAt, approver: revision.approver || null },
    };
  }

  private contextFor(
    role: Role,
    around: Surroundings,
    approval: Approval | null = null,
  ): RoleExportContext {
    const manager = around.headings.find((h) => h.id === role.reportsToId);
    const departmentName = around.departments.find((d) => d.id === role.departmentId)?.name ?? '';
    const { documents } = around;
    return {
      role,
      departmentName,
      managerTitle: manager?.title ?? null,
      subordinateTitles: around.headings
        .filter((h) => h.reportsToId === role.id)
        .map((h) => h.title),
      competencies: around.competencies,
      template: role.template,
      exportedAt: new Date(),
      approval,
      layout: documents.zhLayout,
      identity: {
        organisationName: documents.organisationName,
        documentNumber: documentNumber(documents.documentNumber, {
          code: role.code,
          dept: departmentName,
          version: String(role.version),
        }),
        confidentiality: documents.confidentiality,
      },
    };
  }
}

/** Department ids in the subtree below `rootId` (all of them for null). */
function departmentsUnder(
  rootId: number | null,
  departments: { id: number; parentId: number | null }[],
): Set<number> {
  if (rootId === null) return new Set(departments.map((d) => d.id));
  const result = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId !== null && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}

/**
 * Writes to a temporary file beside the target, syncs it and renames it over, so neither a
 * crash nor a power loss leaves a half-written document where the user's old one was. A
 * failed write removes its temporary file; one a crash left behind goes at the next start.
 */
export function deliver(target: string, fileName: string, bytes: Buffer): ExportResult {
  if (target === 'download') return { fileName, data: bytes.toString('base64') };
  writeFileAtomically(target, bytes);
  return { fileName: path.basename(target), data: null };
}
