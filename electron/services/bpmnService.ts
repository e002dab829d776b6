import { newRoleBasics } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { emptyProcessKpis, type Lane, type ProcessGraph } from '../../shared/process';
import { layoutProcess } from '../../shared/layout/laneLayout';
import { safeFileName } from '../../shared/fileNames';
import { exportBpmn } from '../interchange/bpmnExport';
import { importBpmn } from '../interchange/bpmnImport';
import { BpmnError } from '../interchange/errors';
import type { LibrarySession } from '../library/librarySession';
import { deliver, type ExportResult, type FileDelivery } from './exportService';

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
    const processIds = repositories.transaction(() => {
      const bindLane = this.laneBinder();
      return result.processes.map((imported) => {
        const lanes = imported.graph.lanes.map(bindLane);
        const bound: ProcessGraph = { ...imported.graph, lanes };
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
        repositories.processes.save(id, 0, basics, graph);
        return id;
      });
    });
    return { processIds, warnings: result.warnings };
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
    const xml = await exportBpmn({
      name: process.name,
      graph: bpmn ? { ...process.graph, bpmn } : process.graph,
      laneRoleNames,
    });
    return deliver(target, fileName, Buffer.from(xml, 'utf8'));
  }

  /**
   * Binds lanes by name: a lane named like a role of the library is that role's; otherwise a
   * role is made (once per name, in one department for imported roles). Looks the library up
   * once per import, not once per lane.
   */
  private laneBinder(): (lane: Lane) => Lane {
    const { roles, departments } = this.session.repositories();
    const roleByTitle = new Map(roles.headings().map((role) => [role.title, role.id]));
    let departmentId: number | null = null;
    const importedDepartment = (): number => {
      departmentId ??=
        departments.list().find((d) => d.name === IMPORTED_DEPARTMENT)?.id ??
        departments.create(IMPORTED_DEPARTMENT, null).id;
      return departmentId;
    };
    return (lane) => {
      const name = lane.name.trim();
      if (!name) return lane;
      let roleId = roleByTitle.get(name);
      if (roleId === undefined) {
        roleId = roles.create(newRoleBasics(importedDepartment(), name));
        roleByTitle.set(name, roleId);
      }
      return { ...lane, owner: { kind: 'role', roleId } };
    };
  }
}
