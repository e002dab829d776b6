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
import type { SaveNotice } from '../../shared/references';
import type { ProcessFilter } from '../db/repositories/processRepository';
import type { LibrarySession } from '../library/librarySession';
import { dropMissingReferences, type Existing } from './graphReferences';

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
   * Saves record, graph and activity index as one transaction, after checking the graph holds.
   * References to roles or departments that no longer exist are unbound, not refused, so a map
   * always saves; the notices say what was unbound.
   */
  save(
    id: number,
    basics: ProcessBasics,
    graph: ProcessGraph,
  ): Process & { notices: SaveNotice[] } {
    this.get(id);
    const checked = dropMissingReferences({ basics, graph }, this.existing());
    assertGraph(checked.graph);
    this.session.repositories().processes.save(id, checked.basics, checked.graph);
    return { ...this.get(id), notices: checked.notices };
  }

  approve(id: number, note: string): Process {
    const repositories = this.session.repositories();
    const version = this.get(id).version + 1;
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

  /** What exists now, looked up once per save (not once per lane or RACI entry). */
  private existing(): Existing {
    const { roles, departments, processes } = this.session.repositories();
    const roleIds = new Set(roles.headings().map((role) => role.id));
    const departmentIds = new Set(departments.list().map((department) => department.id));
    const processIds = new Map<number, boolean>();
    return {
      role: (roleId) => roleIds.has(roleId),
      department: (departmentId) => departmentIds.has(departmentId),
      process: (processId) => {
        let found = processIds.get(processId);
        if (found === undefined) {
          found = processes.get(processId) !== undefined;
          processIds.set(processId, found);
        }
        return found;
      },
    };
  }
}

/** Ids are unique, every node's lane exists, every edge joins two existing nodes. */
function assertGraph(graph: ProcessGraph): void {
  const ids = new Set<string>();
  for (const element of [...graph.lanes, ...graph.nodes, ...graph.edges]) {
    if (ids.has(element.id)) {
      throw new AppError('INVALID_REQUEST', `The id "${element.id}" is used twice in the map.`, {
        reason: 'graphDuplicateId',
        name: element.id,
      });
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
        { reason: 'graphLaneMissing', name: node.label },
      );
    }
  }
  for (const edge of graph.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
      throw new AppError(
        'INVALID_REQUEST',
        `Connector "${edge.id}" joins a step that does not exist.`,
        { reason: 'graphEdgeDangling', name: edge.label || edge.id },
      );
    }
  }
}
