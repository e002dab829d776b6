import { newRoleBasics } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  emptyProcessKpis,
  type ActivityDetails,
  type Lane,
  type ProcessGraph,
  type ProcessNode,
} from '../../shared/process';
import { layoutProcess } from '../../shared/layout/laneLayout';
import { safeFileName } from '../../shared/fileNames';
import { exportBpmn } from '../interchange/bpmnExport';
import { importBpmn } from '../interchange/bpmnImport';
import { BpmnError } from '../interchange/errors';
import type { LaneRef, RaciRef } from '../interchange/stableRefs';
import type { LibrarySession } from '../library/librarySession';
import { deliver, type ExportResult, type FileDelivery } from './exportService';
import { libraryIndex, matchLaneToRole, matchRaci, type LibraryIndex } from './laneMatching';

/** The department imported lanes' new roles go into when no role of that name exists. */
const IMPORTED_DEPARTMENT = '导入的岗位 / Imported roles';

export type BpmnImportSummary = {
  processIds: number[];
  /** What the parser dropped and what the editor cannot show (kept for export), in words. */
  warnings: string[];
};

/**
 * BPMN 2.0 exchange with other process tools. Import turns each process of the file into a
 * RoleFlow process — lanes bound to roles of the same name, or to new roles — and keeps the
 * source so export writes back unchanged all that the editor does not show.
 */
export class BpmnService {
  constructor(
    private readonly session: LibrarySession,
    private readonly delivery: FileDelivery,
  ) {}

  async importFile(bytes: Uint8Array): Promise<BpmnImportSummary> {
    let result;
    try {
      result = await importBpmn(bytes);
    } catch (error) {
      if (error instanceof BpmnError) throw new AppError('INVALID_REQUEST', error.message);
      throw error;
    }
    const repositories = this.session.repositories();
    const warnings = [...result.warnings];
    const processIds = repositories.transaction(() => {
      const library = libraryIndex(repositories);
      const bindLane = this.laneBinder(library);
      return result.processes.map((imported) => {
        const lanes = imported.graph.lanes.map((lane) =>
          bindLane(lane, imported.laneRefs.get(lane.id)),
        );
        const nodes = imported.graph.nodes.map((node) =>
          bindRaci(node, imported.raciRefs.get(node.id), library, warnings),
        );
        const bound: ProcessGraph = { ...imported.graph, lanes, nodes };
        const graph = imported.needsLayout ? layoutProcess(bound) : bound;
        const basics = {
          code: '',
          name: imported.name.trim() || 'BPMN',
          processClass: null,
          ownerRoleId: null,
          departmentId: null,
          purpose: '',
          trigger: '',
          output: '',
          kpis: emptyProcessKpis(),
        };
        const id = repositories.processes.create(basics);
        repositories.processes.save(id, basics, graph);
        return id;
      });
    });
    return { processIds, warnings };
  }

  async exportFile(id: number): Promise<ExportResult> {
    const { processes, roles, departments } = this.session.repositories();
    const process = processes.get(id);
    if (!process) throw new AppError('NOT_FOUND', `Process ${id} does not exist.`);
    const fileName = safeFileName(process.name, 'bpmn');
    const target = await this.delivery.chooseTarget(fileName, 'bpmn');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const bpmn = processes.preservedBpmn(id);
    const laneRoleNames = Object.fromEntries(
      process.graph.lanes.flatMap((lane) => {
        const owner = lane.owner;
        const name =
          owner.kind === 'role'
            ? roles.get(owner.roleId)?.title
            : owner.kind === 'department'
              ? departments.get(owner.departmentId)?.name
              : undefined;
        return name ? [[lane.id, name]] : [];
      }),
    );
    const roleRefs = new Map(roles.headings().map((r) => [r.id, { key: r.key, name: r.title }]));
    const departmentRefs = new Map(
      departments.list().map((d) => [d.id, { key: d.key, name: d.name }]),
    );
    const xml = await exportBpmn({
      name: process.name,
      graph: bpmn ? { ...process.graph, bpmn } : process.graph,
      laneRoleNames,
      // Lanes and RACI entries name roles by stable key and name, never by numeric id.
      refs: { role: (id) => roleRefs.get(id), department: (id) => departmentRefs.get(id) },
    });
    return deliver(target, fileName, Buffer.from(xml, 'utf8'));
  }

  /**
   * Binds lanes by stable key, then by name (matchLaneToRole); a lane that matches nothing is
   * given a role of its name, made once per name in one department for imported roles.
   */
  private laneBinder(library: LibraryIndex): (lane: Lane, ref: LaneRef | undefined) => Lane {
    const { roles, departments } = this.session.repositories();
    let departmentId: number | null = null;
    const importedDepartment = (): number => {
      departmentId ??=
        departments.list().find((d) => d.name === IMPORTED_DEPARTMENT)?.id ??
        departments.create(IMPORTED_DEPARTMENT, null).id;
      return departmentId;
    };
    return (lane, ref) => {
      const proposal = matchLaneToRole({ name: lane.name, ref }, library);
      if (proposal.kind === 'role') {
        return { ...lane, owner: { kind: 'role', roleId: proposal.roleId } };
      }
      if (proposal.kind === 'department') {
        return { ...lane, owner: { kind: 'department', departmentId: proposal.departmentId } };
      }
      if (proposal.name === '') return lane;
      const roleId = roles.create(newRoleBasics(importedDepartment(), proposal.name));
      library.rolesByTitle.set(proposal.name, roleId);
      return { ...lane, owner: { kind: 'role', roleId } };
    };
  }
}

/** An activity's RACI entries bound to this library's roles; what cannot be matched is said. */
function bindRaci(
  node: ProcessNode,
  refs: RaciRef[] | undefined,
  library: LibraryIndex,
  warnings: string[],
): ProcessNode {
  if (!node.activity || refs === undefined) return node;
  const raci: ActivityDetails['raci'] = [];
  for (const ref of refs) {
    const bound = matchRaci(ref, library);
    if (bound && !raci.some((entry) => entry.roleId === bound.roleId)) raci.push(bound);
    else if (!bound) {
      warnings.push(
        ref.roleName === undefined && ref.roleKey === undefined
          ? `Step "${node.label}": a RACI entry names a role only by another library's internal number; it was left out.`
          : `Step "${node.label}": the RACI entry for "${ref.roleName ?? ref.roleKey}" matches no role of this library; it was left out.`,
      );
    }
  }
  return { ...node, activity: { ...node.activity, raci } };
}
