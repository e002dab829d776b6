import type { RevisionSummary } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  emptyProcessKpis,
  type Process,
  type ProcessBasics,
  type ProcessGraph,
  type ProcessSummary,
  type RoleActivity,
} from '../../shared/process';
import type { ProcessFilter } from '../db/repositories/processRepository';
import { assertIntact, keepDamagedOriginal } from '../library/damagedDocuments';
import type { LibrarySession } from '../library/librarySession';

/** Process maps: records, graphs with their activity index, approval and history. */
export class ProcessService {
  constructor(private readonly session: LibrarySession) {}

  list(filter: ProcessFilter): ProcessSummary[] {
    return this.session.repositories().processes.list(filter);
  }

  get(id: number): Process {
    const process = this.session.repositories().processes.get(id);
    if (!process) throw new AppError('NOT_FOUND', `Process ${id} does not exist.`);
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
    this.assertReferences(basics, { lanes: [], nodes: [], edges: [] });
    return this.get(this.session.repositories().processes.create(basics));
  }

  /** Saves record, graph and activity index as one transaction, after checking the graph holds. */
  save(id: number, basics: ProcessBasics, graph: ProcessGraph): Process {
    assertIntact(this.get(id), `Process ${id}`);
    this.assertReferences(basics, graph);
    assertGraph(graph);
    this.session.repositories().processes.save(id, basics, graph);
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
      damaged: _d,
      status: _s,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      graph,
      ...basics
    } = process;
    processes.save(id, basics, graph);
    return this.get(id);
  }

  approve(id: number, note: string): Process {
    const repositories = this.session.repositories();
    const current = this.get(id);
    assertIntact(current, `Process ${id}`);
    const version = current.version + 1;
    repositories.transaction(() => {
      repositories.processes.setStatus(id, 'approved', version);
      repositories.revisions.add('process', id, version, this.get(id), note.trim());
    });
    return this.get(id);
  }

  history(id: number): RevisionSummary[] {
    this.get(id);
    return this.session.repositories().revisions.list('process', id);
  }

  delete(id: number): { id: number } {
    this.get(id);
    this.session.repositories().processes.delete(id);
    return { id };
  }

  /** What a role does in the library's processes: the link from descriptions to processes. */
  activitiesOf(roleId: number): RoleActivity[] {
    return this.session.repositories().processes.activitiesOf(roleId);
  }

  private assertReferences(basics: ProcessBasics, graph: ProcessGraph): void {
    const { roles, departments } = this.session.repositories();
    const roleIds = [
      basics.ownerRoleId,
      ...graph.lanes.map((lane) => (lane.owner.kind === 'role' ? lane.owner.roleId : null)),
      ...graph.nodes.flatMap((node) => node.activity?.raci.map((entry) => entry.roleId) ?? []),
    ];
    for (const roleId of new Set(roleIds)) {
      if (roleId !== null && !roles.get(roleId)) {
        throw new AppError('NOT_FOUND', `Role ${roleId} does not exist.`);
      }
    }
    const departmentIds = [
      basics.departmentId,
      ...graph.lanes.map((lane) =>
        lane.owner.kind === 'department' ? lane.owner.departmentId : null,
      ),
    ];
    for (const departmentId of new Set(departmentIds)) {
      if (departmentId !== null && !departments.get(departmentId)) {
        throw new AppError('NOT_FOUND', `Department ${departmentId} does not exist.`);
      }
    }
  }
}

/** Ids are unique, every node's lane exists, every edge joins two existing nodes. */
function assertGraph(graph: ProcessGraph): void {
  const ids = new Set<string>();
  for (const element of [...graph.lanes, ...graph.nodes, ...graph.edges]) {
    if (ids.has(element.id)) {
      throw new AppError('INVALID_REQUEST', `The id "${element.id}" is used twice in the map.`);
    }
    ids.add(element.id);
  }
  const lanes = new Set(graph.lanes.map((lane) => lane.id));
  const nodes = new Set(graph.nodes.map((node) => node.id));
  for (const node of graph.nodes) {
    if (node.laneId !== null && !lanes.has(node.laneId)) {
      throw new AppError(
        'INVALID_REQUEST',
        `Step "${node.label}" is in a lane that does not exist.`,
      );
    }
  }
  for (const edge of graph.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
      throw new AppError(
        'INVALID_REQUEST',
        `Connector "${edge.id}" joins a step that does not exist.`,
      );
    }
  }
}
