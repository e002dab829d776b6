import type { RevisionSummary } from '../../shared/domain';
import { recoverGraph } from '../../shared/documentRecovery';
import { AppError } from '../../shared/errors';
import {
  emptyProcessKpis,
  type Process,
  type ProcessBasics,
  type ProcessGraph,
  type ProcessSummary,
  type RoleActivity,
} from '../../shared/process';
import type { SaveNotice } from '../../shared/references';
import { numberSteps } from '../../shared/stepNumbers';
import type { ProcessFilter } from '../db/repositories/processRepository';
import { assertIntact, keepDamagedOriginal } from '../library/damagedDocuments';
import type { LibrarySession } from '../library/librarySession';
import { dropMissingReferences, existingIn } from './graphReferences';
import { editConflict } from './editConflict';
import { assertGraph } from './graphChecks';
import { recordAnsweringRevision } from './inspection/inspectionAnswers';

/** An approved version of a process, as the history opens it. */
export type ProcessRevision = RevisionSummary & { name: string; graph: ProcessGraph };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Process maps: records, graphs with their activity index, approval and history. */
export class ProcessService {
  constructor(private readonly session: LibrarySession) {}

  list(filter: ProcessFilter): ProcessSummary[] {
    return this.session.repositories().processes.list(filter);
  }

  get(id: number): Process {
    const process = this.session.repositories().processes.get(id);
    if (!process) {
      throw new AppError('NOT_FOUND', `Process ${id} does not exist.`, { what: 'process' });
    }
    return process;
  }

  create(name: string, departmentId: number | null): Process {
    const basics: ProcessBasics = {
      code: '',
      name,
      processClass: null,
      ownerRoleId: null,
      departmentId,
      purpose: '',
      trigger: '',
      output: '',
      kpis: emptyProcessKpis(),
    };
    if (departmentId !== null && !this.session.repositories().departments.get(departmentId)) {
      throw new AppError('NOT_FOUND', `Department ${departmentId} does not exist.`);
    }
    return this.get(this.session.repositories().processes.create(basics));
  }

  /**
   * Saves record, graph and activity index as one transaction, after checking the graph holds,
   * if nobody saved the process since `expectedVersion` (else EDIT_CONFLICT, nothing written).
   * References to roles or departments that no longer exist are unbound, not refused, so a map
   * always saves; the notices say what was unbound. A damaged process is read-only until
   * repaired.
   */
  save(
    id: number,
    basics: ProcessBasics,
    graph: ProcessGraph,
    expectedVersion: number,
  ): Process & { notices: SaveNotice[] } {
    const stored = this.get(id);
    assertIntact(stored, `Process ${id}`);
    const checked = dropMissingReferences(
      { basics, graph: numberSteps(graph, stored.graph) },
      existingIn(this.session.repositories()),
    );
    assertGraph(checked.graph, stored.graph);
    const { processes } = this.session.repositories();
    if (!processes.save(id, expectedVersion, checked.basics, checked.graph)) {
      throw editConflict('process', this.get(id).name);
    }
    return { ...this.get(id), notices: checked.notices };
  }

  /** Keeps an editor's copy as a new draft process (after a conflict), created in one step. */
  saveCopy(basics: ProcessBasics, graph: ProcessGraph): Process {
    const checked = dropMissingReferences(
      { basics, graph: numberSteps(graph) },
      existingIn(this.session.repositories()),
    );
    assertGraph(checked.graph, null);
    const { processes, transaction } = this.session.repositories();
    const id = transaction(() => {
      const created = processes.create(checked.basics);
      processes.save(created, 0, checked.basics, checked.graph);
      return created;
    });
    return this.get(id);
  }

  /**
   * Saves what could be recovered of a process whose graph or KPIs failed their schema, after
   * keeping the original bytes in files beside the library. Until then it is read-only.
   */
  repair(id: number): Process {
    const process = this.get(id);
    if (!process.damaged) return process;
    const { processes } = this.session.repositories();
    const stored = processes.storedDocuments(id);
    for (const document of process.damaged) {
      const original = document === 'graph' ? stored?.graph : stored?.kpis;
      keepDamagedOriginal(this.session, 'process', id, document, original ?? '');
    }
    const {
      id: _id,
      key: _k,
      damaged: _d,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      graph,
      ...basics
    } = process;
    // The repair is an edit like any other: a window still holding the damaged copy must reload.
    if (!processes.save(id, editVersion, basics, graph)) throw editConflict('process', basics.name);
    return this.get(id);
  }

  /** Approves the process as saved, unless it changed since `expectedVersion` (EDIT_CONFLICT). */
  approve(id: number, note: string, expectedVersion: number): Process {
    const repositories = this.session.repositories();
    const process = this.get(id);
    assertIntact(process, `Process ${id}`);
    const version = process.version + 1;
    repositories.transaction(() => {
      if (!repositories.processes.setStatus(id, 'approved', version, expectedVersion)) {
        throw editConflict('process', process.name);
      }
      // The notes waiting for approval are in the user's note now (the dialog starts from them).
      const { pendingNotes: _written, ...snapshot } = this.get(id);
      repositories.revisions.add('process', id, version, snapshot, note.trim());
      repositories.pendingNotes.clear('process', id);
      // 持续改进: the improvement actions that opened this revision record it (issue 12).
      recordAnsweringRevision(repositories, { kind: 'process', subject: process.key, version });
    });
    return this.get(id);
  }

  history(id: number): RevisionSummary[] {
    this.get(id);
    return this.session.repositories().revisions.list('process', id);
  }

  /**
   * One approved version's name and map, read through the graph schema (a snapshot from an
   * older RoleFlow reads back with what it can show); the kept BPMN source is not sent.
   */
  revision(id: number, version: number): ProcessRevision {
    const stored = this.session.repositories().revisions.get('process', id, version);
    if (!stored) {
      throw new AppError('NOT_FOUND', `Process ${id} has no version ${version}.`, {
        what: 'processRevision',
        version,
      });
    }
    const snapshot = isRecord(stored.snapshot) ? stored.snapshot : {};
    const graph = isRecord(snapshot.graph) ? snapshot.graph : {};
    const { bpmn: _source, ...drawn } = graph;
    return {
      version: stored.version,
      note: stored.note,
      createdAt: stored.createdAt,
      approver: stored.approver,
      name: typeof snapshot.name === 'string' ? snapshot.name : '',
      graph: recoverGraph(JSON.stringify(drawn)).value,
    };
  }

  /** Deletes the process, unless it changed since `expectedVersion` (EDIT_CONFLICT). */
  delete(id: number, expectedVersion: number): { id: number } {
    const process = this.get(id);
    if (!this.session.repositories().processes.delete(id, expectedVersion)) {
      throw editConflict('process', process.name);
    }
    return { id };
  }

  /** What a role does in the library's processes: the link from descriptions to processes. */
  activitiesOf(roleId: number): RoleActivity[] {
    return this.session.repositories().processes.activitiesOf(roleId);
  }
}
