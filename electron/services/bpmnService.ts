import {
  laneKey,
  type BpmnImportPreview,
  type BpmnProblem,
  type BpmnImportSummary,
  type LaneChoice,
} from '../../shared/bpmnImport';
import { newRoleBasics } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { safeFileName } from '../../shared/fileNames';
import {
  emptyProcessKpis,
  type ActivityDetails,
  type Lane,
  type LaneOwner,
  type ProcessNode,
} from '../../shared/process';
import { exportBpmn } from '../interchange/bpmnExport';
import type { RaciRef } from '../interchange/stableRefs';
import { capProblems } from '../interchange/warnings';
import type { LibrarySession } from '../library/librarySession';
import { proposeLaneOwner } from './bpmn/laneMatching';
import { prepareImport } from './bpmn/prepareImport';
import { deliver, type ExportResult, type FileDelivery } from './exportService';
import { libraryIndex, matchRaci, type LibraryIndex } from './laneMatching';

/** The department roles the user asks to create for imported lanes go into. */
const IMPORTED_DEPARTMENT = '导入的岗位 / Imported roles';

export type { BpmnImportPreview, BpmnImportSummary };

/**
 * BPMN 2.0 exchange with other process tools, in two steps: `preview` tells what a file holds,
 * its problems and a proposed owner for each lane name; `importFile` stores each process of
 * the file with the owners the user chose — it creates a role only where the user chose "new
 * role". The file's source is kept once per file, so export writes back unchanged all that
 * the editor does not show.
 */
export class BpmnService {
  constructor(
    private readonly session: LibrarySession,
    private readonly delivery: FileDelivery,
  ) {}

  async preview(bytes: Uint8Array, fileName: string): Promise<BpmnImportPreview> {
    const prepared = await prepareImport(bytes, fileName);
    const library = libraryIndex(this.session.repositories());
    const groups = new Map<string, { name: string; count: number; proposal: LaneChoice }>();
    for (const process of prepared.processes) {
      for (const lane of process.graph.lanes) {
        const key = laneKey(lane.name);
        const group = groups.get(key);
        if (group) group.count++;
        else {
          const ref = process.laneRefs.get(lane.id);
          const proposal = proposeLaneOwner({ name: lane.name, ref }, library);
          groups.set(key, { name: key, count: 1, proposal });
        }
      }
    }
    return {
      processes: prepared.processes.map(({ name, graph }) => ({
        name,
        lanes: graph.lanes.length,
        steps: graph.nodes.length,
      })),
      lanes: [...groups.values()],
      problems: prepared.problems,
    };
  }

  /**
   * Stores every process of the file in one transaction. `lanes` are the user's choices by lane
   * name (trimmed); a lane without a choice keeps its name and belongs to nobody.
   */
  async importFile(
    bytes: Uint8Array,
    fileName: string,
    lanes: { name: string; choice: LaneChoice }[] = [],
  ): Promise<BpmnImportSummary> {
    const prepared = await prepareImport(bytes, fileName);
    const choices = new Map(lanes.map((lane) => [laneKey(lane.name), lane.choice]));
    const repositories = this.session.repositories();
    const problems = [...prepared.problems];
    const processIds = repositories.transaction(() => {
      const ownerOf = this.laneOwners(choices);
      const library = libraryIndex(repositories);
      let holder: number | null = null;
      return prepared.processes.map(({ name, graph, raciRefs }) => {
        const { bpmn, ...drawn } = graph;
        const bound = {
          ...drawn,
          lanes: drawn.lanes.map((lane) => ({ ...lane, owner: ownerOf(lane) })),
          nodes: drawn.nodes.map((node) =>
            bindRaci(node, raciRefs.get(node.id), library, problems),
          ),
        };
        const basics = {
          code: '',
          name,
          processClass: null,
          ownerRoleId: null,
          departmentId: null,
          purpose: '',
          trigger: '',
          output: '',
          kpis: emptyProcessKpis(),
        };
        const id = repositories.processes.create(basics);
        repositories.processes.save(id, 0, basics, bound);
        // The file's text is stored with its first process; the others refer to it.
        if (bpmn) {
          repositories.processes.keepBpmnSource(id, { ...bpmn, importedName: name }, holder);
        }
        holder ??= id;
        return id;
      });
    });
    return { processIds, problems: capProblems(problems) };
  }

  async exportFile(id: number): Promise<ExportResult> {
    const { processes, roles, departments } = this.session.repositories();
    const process = processes.get(id);
    if (!process) {
      throw new AppError('NOT_FOUND', `Process ${id} does not exist.`, { what: 'process' });
    }
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
   * Owners from the user's choices. A chosen role or department must still exist; "new role"
   * makes one role per lane name (in one department for imported roles), and only then.
   */
  private laneOwners(choices: Map<string, LaneChoice>): (lane: Lane) => LaneOwner {
    const { roles, departments } = this.session.repositories();
    const made = new Map<string, number>();
    let departmentId: number | null = null;
    const importedDepartment = (): number => {
      departmentId ??=
        departments.list().find((d) => d.name === IMPORTED_DEPARTMENT)?.id ??
        departments.create(IMPORTED_DEPARTMENT, null).id;
      return departmentId;
    };
    return (lane) => {
      const key = laneKey(lane.name);
      const choice = choices.get(key) ?? { kind: 'none' };
      switch (choice.kind) {
        case 'none':
          return { kind: 'none' };
        case 'role':
          if (!roles.get(choice.roleId)) {
            throw new AppError('NOT_FOUND', `Role ${choice.roleId} does not exist.`);
          }
          return { kind: 'role', roleId: choice.roleId };
        case 'department':
          if (!departments.get(choice.departmentId)) {
            throw new AppError('NOT_FOUND', `Department ${choice.departmentId} does not exist.`);
          }
          return { kind: 'department', departmentId: choice.departmentId };
        case 'newRole': {
          if (key === '') return { kind: 'none' };
          let roleId = made.get(key);
          if (roleId === undefined) {
            roleId = roles.create(newRoleBasics(importedDepartment(), key));
            made.set(key, roleId);
          }
          return { kind: 'role', roleId };
        }
      }
    };
  }
}

/**
 * RACI entries of an imported step, bound by stable key, then by role name; an entry that names
 * its role only by another library's number, or a role this library lacks, is left out and said.
 */
function bindRaci(
  node: ProcessNode,
  refs: RaciRef[] | undefined,
  library: LibraryIndex,
  problems: BpmnProblem[],
): ProcessNode {
  if (!node.activity || refs === undefined) return node;
  const raci: ActivityDetails['raci'] = [];
  for (const ref of refs) {
    const bound = matchRaci(ref, library);
    if (bound) {
      if (!raci.some((entry) => entry.roleId === bound.roleId)) raci.push(bound);
    } else if (ref.roleName === undefined && ref.roleKey === undefined) {
      problems.push({ code: 'raciForeignId', params: { step: node.label }, line: null });
    } else {
      const role = ref.roleName ?? ref.roleKey ?? '';
      problems.push({ code: 'raciUnmatched', params: { step: node.label, role }, line: null });
    }
  }
  return { ...node, activity: { ...node.activity, raci } };
}
