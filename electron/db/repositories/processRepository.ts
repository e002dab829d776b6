import type { Database, Statement } from 'better-sqlite3';
import {
  emptyGraph,
  type Process,
  type ProcessBasics,
  type ProcessClass,
  type ProcessGraph,
  type PreservedBpmn,
  type ProcessSummary,
  type RaciLetter,
  type RoleActivity,
} from '../../../shared/process';
import {
  recoverGraph,
  recoverProcessKpis,
  type DamagedDocument,
} from '../../../shared/documentRecovery';
import { nowIso } from '../clock';

type ProcessRow = {
  id: number;
  code: string;
  name: string;
  class: ProcessClass | null;
  owner_role_id: number | null;
  department_id: number | null;
  purpose: string;
  trigger_event: string;
  output: string;
  kpis: string;
  status: 'draft' | 'approved';
  version: number;
  created_at: string;
  updated_at: string;
  graph: string | null;
};

type SummaryRow = Pick<
  ProcessRow,
  'id' | 'code' | 'name' | 'class' | 'owner_role_id' | 'department_id' | 'status' | 'version'
> & { activity_count: number };

type RoleActivityRow = {
  process_id: number;
  process_name: string;
  node_id: string;
  label: string;
  role_id: number | null;
  raci_letter: RaciLetter | null;
};

export type ProcessFilter = {
  processClass: ProcessClass | null;
  departmentId: number | null;
};

const PROCESS_WITH_GRAPH =
  'SELECT p.*, g.document AS graph FROM processes p LEFT JOIN process_graphs g ON g.process_id = p.id';

const SUMMARY = `SELECT p.id, p.code, p.name, p.class, p.owner_role_id, p.department_id, p.status,
  p.version, (SELECT count(*) FROM process_activities a WHERE a.process_id = p.id) AS activity_count
  FROM processes p`;

/**
 * Processes with their graph document and activity index. A save writes the record, the
 * graph and the index of its activities in one transaction, so the index never disagrees
 * with the drawing.
 */
export class ProcessRepository {
  private readonly byId: Statement<[number], ProcessRow>;
  private readonly summaries: Statement<
    [{ class: ProcessClass | null; department: number | null }],
    SummaryRow
  >;
  private readonly insertRow: Statement<Record<string, unknown>>;
  private readonly updateRow: Statement<Record<string, unknown>>;
  private readonly upsertGraph: Statement<[number, string]>;
  private readonly clearActivities: Statement<[number]>;
  private readonly insertActivity: Statement<Record<string, unknown>>;
  private readonly deleteRow: Statement<[number]>;
  private readonly setStatusRow: Statement<['draft' | 'approved', number, string, number]>;
  private readonly activitiesOfRole: Statement<[{ role: number }], RoleActivityRow>;
  private readonly saveTransaction: (
    id: number,
    basics: ProcessBasics,
    graph: ProcessGraph,
  ) => void;
  private readonly upsertBpmn: Statement<[number, string]>;
  private readonly bpmnOf: Statement<[number], { document: string }>;

  constructor(db: Database) {
    this.byId = db.prepare(`${PROCESS_WITH_GRAPH} WHERE p.id = ?`);
    this.summaries = db.prepare(
      `${SUMMARY} WHERE (@class IS NULL OR p.class = @class)
         AND (@department IS NULL OR p.department_id = @department)
       ORDER BY p.code, p.name COLLATE NOCASE, p.id`,
    );
    this.insertRow = db.prepare(`
      INSERT INTO processes (code, name, class, owner_role_id, department_id, purpose,
                             trigger_event, output, kpis, created_at, updated_at)
      VALUES (@code, @name, @processClass, @ownerRoleId, @departmentId, @purpose, @trigger,
              @output, @kpis, @now, @now)`);
    this.updateRow = db.prepare(`
      UPDATE processes SET code = @code, name = @name, class = @processClass,
        owner_role_id = @ownerRoleId, department_id = @departmentId, purpose = @purpose,
        trigger_event = @trigger, output = @output, kpis = @kpis, updated_at = @now,
        status = 'draft' -- an edit after approval starts a new draft
      WHERE id = @id`);
    this.upsertGraph = db.prepare(
      'INSERT INTO process_graphs (process_id, document) VALUES (?, ?) ON CONFLICT(process_id) DO UPDATE SET document = excluded.document',
    );
    this.clearActivities = db.prepare('DELETE FROM process_activities WHERE process_id = ?');
    this.insertActivity = db.prepare(`
      INSERT INTO process_activities (process_id, node_id, label, lane_id, role_id, department_id,
        raci, work_minutes, wait_minutes, value_class, is_approval, is_inspection, is_hand_off)
      VALUES (@processId, @nodeId, @label, @laneId, @roleId, @departmentId, @raci, @workMinutes,
        @waitMinutes, @valueClass, @isApproval, @isInspection, @isHandOff)`);
    this.deleteRow = db.prepare('DELETE FROM processes WHERE id = ?');
    this.setStatusRow = db.prepare(
      'UPDATE processes SET status = ?, version = ?, updated_at = ? WHERE id = ?',
    );
    // A role's activities: those in its lanes, and those naming it in their RACI.
    this.activitiesOfRole = db.prepare(`
      SELECT a.process_id, p.name AS process_name, a.node_id, a.label, a.role_id,
        (SELECT json_extract(r.value, '$.letter') FROM json_each(a.raci) r
          WHERE json_extract(r.value, '$.roleId') = @role) AS raci_letter
      FROM process_activities a JOIN processes p ON p.id = a.process_id
      WHERE a.role_id = @role OR raci_letter IS NOT NULL
      ORDER BY p.name, a.process_id, a.node_id`);
    this.upsertBpmn = db.prepare(
      'INSERT INTO process_bpmn_sources (process_id, document) VALUES (?, ?) ON CONFLICT(process_id) DO UPDATE SET document = excluded.document',
    );
    this.bpmnOf = db.prepare('SELECT document FROM process_bpmn_sources WHERE process_id = ?');
    this.saveTransaction = db.transaction(
      (id: number, basics: ProcessBasics, graph: ProcessGraph) => {
        const { bpmn, ...drawn } = graph;
        this.updateRow.run({ ...toParams(basics), id, now: nowIso() });
        this.upsertGraph.run(id, JSON.stringify(drawn));
        // The preserved source is kept apart: the editor never carries it back and forth.
        if (bpmn) this.upsertBpmn.run(id, JSON.stringify(bpmn));
        this.writeActivityIndex(id, drawn);
      },
    );
  }

  /** The graph and KPI documents exactly as stored (to keep them before a repair). */
  storedDocuments(id: number): { graph: string | null; kpis: string } | undefined {
    const row = this.byId.get(id);
    return row && { graph: row.graph, kpis: row.kpis };
  }

  get(id: number): Process | undefined {
    const row = this.byId.get(id);
    return row && toProcess(row);
  }

  list(filter: ProcessFilter): ProcessSummary[] {
    const params = { class: filter.processClass, department: filter.departmentId };
    return this.summaries.all(params).map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      processClass: row.class,
      ownerRoleId: row.owner_role_id,
      departmentId: row.department_id,
      status: row.status,
      version: row.version,
      activityCount: row.activity_count,
    }));
  }

  create(basics: ProcessBasics): number {
    const id = Number(this.insertRow.run({ ...toParams(basics), now: nowIso() }).lastInsertRowid);
    this.upsertGraph.run(id, JSON.stringify(emptyGraph()));
    return id;
  }

  /** Writes record, graph and activity index atomically; saving an approved process makes a draft. */
  save(id: number, basics: ProcessBasics, graph: ProcessGraph): void {
    this.saveTransaction(id, basics, graph);
  }

  /** What an imported process keeps of its BPMN source, if it was imported. */
  preservedBpmn(id: number): PreservedBpmn | undefined {
    const row = this.bpmnOf.get(id);
    return row ? (JSON.parse(row.document) as PreservedBpmn) : undefined;
  }

  setStatus(id: number, status: 'draft' | 'approved', version: number): void {
    this.setStatusRow.run(status, version, nowIso(), id);
  }

  delete(id: number): void {
    this.deleteRow.run(id);
  }

  /** The activities a role performs or takes part in, across all processes. */
  activitiesOf(roleId: number): RoleActivity[] {
    return this.activitiesOfRole.all({ role: roleId }).map((row) => ({
      processId: row.process_id,
      processName: row.process_name,
      nodeId: row.node_id,
      label: row.label,
      // The lane's owner does the work (R) unless the RACI says otherwise.
      raci: row.raci_letter ?? (row.role_id === roleId ? 'R' : null),
    }));
  }

  private writeActivityIndex(processId: number, graph: ProcessGraph): void {
    this.clearActivities.run(processId);
    const lanes = new Map(graph.lanes.map((lane) => [lane.id, lane]));
    for (const node of graph.nodes) {
      if (node.kind !== 'activity' && node.kind !== 'subProcess') continue;
      const owner = node.laneId === null ? undefined : lanes.get(node.laneId)?.owner;
      const activity = node.activity;
      this.insertActivity.run({
        processId,
        nodeId: node.id,
        label: node.label,
        laneId: node.laneId,
        roleId: owner?.kind === 'role' ? owner.roleId : null,
        departmentId: owner?.kind === 'department' ? owner.departmentId : null,
        raci: JSON.stringify(activity?.raci ?? []),
        workMinutes: activity?.workMinutes ?? null,
        waitMinutes: activity?.waitMinutes ?? null,
        valueClass: activity?.valueClass ?? null,
        isApproval: activity?.isApproval ? 1 : 0,
        isInspection: activity?.isInspection ? 1 : 0,
        isHandOff: activity?.isHandOff ? 1 : 0,
      });
    }
  }
}

function toParams(basics: ProcessBasics): Record<string, unknown> {
  return { ...basics, kpis: JSON.stringify(basics.kpis) };
}

function toProcess(row: ProcessRow): Process {
  // A stored document that fails its schema is reported with what could be recovered,
  // never quietly read as empty (the next save would destroy the original).
  const kpis = recoverProcessKpis(row.kpis);
  const graph =
    row.graph === null ? { value: emptyGraph(), intact: true } : recoverGraph(row.graph);
  const damaged: DamagedDocument[] = [];
  if (!graph.intact) damaged.push('graph');
  if (!kpis.intact) damaged.push('kpis');
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    processClass: row.class,
    ownerRoleId: row.owner_role_id,
    departmentId: row.department_id,
    purpose: row.purpose,
    trigger: row.trigger_event,
    output: row.output,
    kpis: kpis.value,
    status: row.status,
    version: row.version,
    graph: graph.value,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(damaged.length ? { damaged } : {}),
  };
}
