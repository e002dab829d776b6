import { randomUUID } from 'node:crypto';
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
import { STEP_KINDS } from '../../../shared/stepNumbers';
import { nowIso } from '../clock';
import { PendingNoteRepository } from './pendingNoteRepository';

type ProcessRow = {
  id: number;
  key: string;
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
  edit_version: number;
  created_at: string;
  updated_at: string;
  graph: string | null;
};

type SummaryRow = Pick<
  ProcessRow,
  | 'id'
  | 'key'
  | 'code'
  | 'name'
  | 'class'
  | 'owner_role_id'
  | 'department_id'
  | 'status'
  | 'version'
  | 'edit_version'
> & { step_count: number; variant_of_id: unknown };

type RoleActivityRow = {
  process_id: number;
  process_name: string;
  node_id: string;
  label: string;
  role_id: number | null;
  raci_letter: RaciLetter | null;
};

/** A stored PreservedBpmn, or one that takes its source text from another process's. */
type StoredBpmn = Omit<PreservedBpmn, 'sourceXml'> & { sourceXml?: string; sourceOf?: number };

export type ProcessFilter = {
  processClass: ProcessClass | null;
  departmentId: number | null;
};

const PROCESS_WITH_GRAPH =
  'SELECT p.*, g.document AS graph FROM processes p LEFT JOIN process_graphs g ON g.process_id = p.id';

/** The kinds shared/stepNumbers.ts counts as steps, as an SQL list. */
const STEP_KIND_LIST = `(${STEP_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

// The list counts steps as the user does (activities, decisions, sub-processes) — the same
// shapes that carry step numbers — from the stored map itself.
const SUMMARY = `SELECT p.id, p.key, p.code, p.name, p.class, p.owner_role_id, p.department_id, p.status,
  p.version, p.edit_version, (SELECT count(*) FROM process_graphs g, json_each(g.document, '$.nodes') n
    WHERE g.process_id = p.id AND json_valid(g.document)
      AND json_extract(n.value, '$.kind') IN ${STEP_KIND_LIST}) AS step_count,
  (SELECT json_extract(g.document, '$.analysis.variantOfId') FROM process_graphs g
    WHERE g.process_id = p.id AND json_valid(g.document)) AS variant_of_id
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
  private readonly deleteRow: Statement<[number, number]>;
  private readonly setStatusRow: Statement<['draft' | 'approved', number, string, number, number]>;
  private readonly activitiesOfRole: Statement<[{ role: number }], RoleActivityRow>;
  private readonly saveTransaction: (
    id: number,
    expectedVersion: number,
    basics: ProcessBasics,
    graph: ProcessGraph,
  ) => boolean;
  private readonly upsertBpmn: Statement<[number, string]>;
  private readonly mentioningRole: Statement<{ id: number; needle: string }, { id: number }>;
  private readonly mentioningDepartment: Statement<{ id: number; needle: string }, { id: number }>;
  private readonly bpmnOf: Statement<[number], { document: string }>;
  private readonly sharersOf: Statement<[number], { process_id: number }>;
  private readonly handOver: Statement<{ from: number; to: number }>;
  private readonly deleteTransaction: (id: number, expectedVersion: number) => boolean;
  private readonly editVersionOf: Statement<[number], { edit_version: number }>;
  private readonly allRows: Statement<[], ProcessRow>;
  private readonly fingerprintRow: Statement<[], { n: number; latest: string | null }>;
  /** Notes of changes waiting for the process's next approval (see Process.pendingNotes). */
  readonly pendingNotes: PendingNoteRepository;

  constructor(db: Database) {
    this.pendingNotes = new PendingNoteRepository(db);
    this.allRows = db.prepare(`${PROCESS_WITH_GRAPH} ORDER BY p.id`);
    this.fingerprintRow = db.prepare(
      "SELECT count(*) AS n, max(updated_at) || '#' || max(id) || '#' || sum(edit_version) AS latest FROM processes",
    );
    this.byId = db.prepare(`${PROCESS_WITH_GRAPH} WHERE p.id = ?`);
    this.summaries = db.prepare(
      `${SUMMARY} WHERE (@class IS NULL OR p.class = @class)
         AND (@department IS NULL OR p.department_id = @department)
       ORDER BY p.code, p.name COLLATE NOCASE, p.id`,
    );
    this.insertRow = db.prepare(`
      INSERT INTO processes (key, code, name, class, owner_role_id, department_id, purpose,
                             trigger_event, output, kpis, created_at, updated_at)
      VALUES (@key, @code, @name, @processClass, @ownerRoleId, @departmentId, @purpose, @trigger,
              @output, @kpis, @now, @now)`);
    this.updateRow = db.prepare(`
      UPDATE processes SET code = @code, name = @name, class = @processClass,
        owner_role_id = @ownerRoleId, department_id = @departmentId, purpose = @purpose,
        trigger_event = @trigger, output = @output, kpis = @kpis, updated_at = @now,
        edit_version = edit_version + 1,
        status = 'draft' -- an edit after approval starts a new draft
      WHERE id = @id AND edit_version = @expectedVersion`);
    this.upsertGraph = db.prepare(
      'INSERT INTO process_graphs (process_id, document) VALUES (?, ?) ON CONFLICT(process_id) DO UPDATE SET document = excluded.document',
    );
    this.clearActivities = db.prepare('DELETE FROM process_activities WHERE process_id = ?');
    this.insertActivity = db.prepare(`
      INSERT INTO process_activities (process_id, node_id, label, lane_id, role_id, department_id,
        raci, work_minutes, wait_minutes, value_class, is_approval, is_inspection, is_hand_off)
      VALUES (@processId, @nodeId, @label, @laneId, @roleId, @departmentId, @raci, @workMinutes,
        @waitMinutes, @valueClass, @isApproval, @isInspection, @isHandOff)`);
    this.deleteRow = db.prepare('DELETE FROM processes WHERE id = ? AND edit_version = ?');
    this.setStatusRow = db.prepare(
      `UPDATE processes SET status = ?, version = ?, updated_at = ?,
         edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?`,
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
    // A cheap first pass over the stored documents: the text "roleId":12 also matches 123, so
    // callers check the graphs these ids name.
    this.mentioningRole = db.prepare(`
      SELECT p.id FROM processes p LEFT JOIN process_graphs g ON g.process_id = p.id
      WHERE p.owner_role_id = @id OR instr(coalesce(g.document, ''), @needle) > 0 ORDER BY p.id`);
    this.mentioningDepartment = db.prepare(`
      SELECT p.id FROM processes p LEFT JOIN process_graphs g ON g.process_id = p.id
      WHERE p.department_id = @id OR instr(coalesce(g.document, ''), @needle) > 0 ORDER BY p.id`);
    // Only documents that refer to another start with {"sourceOf": (see keepBpmnSource).
    this.sharersOf = db.prepare(`
      SELECT process_id FROM process_bpmn_sources
      WHERE substr(document, 1, 12) = '{"sourceOf":' AND json_extract(document, '$.sourceOf') = ?
      ORDER BY process_id`);
    this.handOver = db.prepare(`
      UPDATE process_bpmn_sources SET document = json_set(json_remove(document, '$.sourceOf'),
        '$.sourceXml', (SELECT json_extract(document, '$.sourceXml') FROM process_bpmn_sources
                        WHERE process_id = @from))
      WHERE process_id = @to`);
    const repoint = db.prepare<{ from: number; to: number }>(`
      UPDATE process_bpmn_sources SET document = json_set(document, '$.sourceOf', @to)
      WHERE substr(document, 1, 12) = '{"sourceOf":' AND json_extract(document, '$.sourceOf') = @from`);
    this.saveTransaction = db.transaction(
      (id: number, expectedVersion: number, basics: ProcessBasics, graph: ProcessGraph) => {
        // The preserved source is kept apart (keepBpmnSource): the editor never carries it.
        const { bpmn: _kept, ...drawn } = graph;
        // The version check and the write are one statement: nothing else is written if it fails.
        const params = { ...toParams(basics), id, expectedVersion, now: nowIso() };
        if (this.updateRow.run(params).changes === 0) return false;
        this.upsertGraph.run(id, JSON.stringify(drawn));
        this.writeActivityIndex(id, drawn);
        return true;
      },
    );
    // A process holding the text of a file others were imported from hands it to the next.
    this.editVersionOf = db.prepare('SELECT edit_version FROM processes WHERE id = ?');
    this.deleteTransaction = db.transaction((id: number, expectedVersion: number) => {
      // Checked first: the hand-over below must not happen for a delete that is refused.
      if (this.editVersionOf.get(id)?.edit_version !== expectedVersion) return false;
      const [next, ...rest] = this.sharersOf.all(id).map((row) => row.process_id);
      if (next !== undefined) {
        this.handOver.run({ from: id, to: next });
        if (rest.length > 0) repoint.run({ from: id, to: next });
      }
      return this.deleteRow.run(id, expectedVersion).changes > 0;
    });
  }

  /** The graph and KPI documents exactly as stored (to keep them before a repair). */
  storedDocuments(id: number): { graph: string | null; kpis: string } | undefined {
    const row = this.byId.get(id);
    return row && { graph: row.graph, kpis: row.kpis };
  }

  get(id: number): Process | undefined {
    const row = this.byId.get(id);
    if (!row) return undefined;
    const process = toProcess(row);
    const pendingNotes = this.pendingNotes.list('process', id);
    return pendingNotes.length > 0 ? { ...process, pendingNotes } : process;
  }

  /** Every process with its map, in one query (for the library-wide checks and views). */
  all(): Process[] {
    return this.allRows.all().map(toProcess);
  }

  /** Changes whenever any process is saved, approved, added or deleted (a cache key). */
  fingerprint(): string {
    const row = this.fingerprintRow.get();
    return `${row?.n ?? 0}:${row?.latest ?? ''}`;
  }

  list(filter: ProcessFilter): ProcessSummary[] {
    const params = { class: filter.processClass, department: filter.departmentId };
    return this.summaries.all(params).map((row) => ({
      id: row.id,
      key: row.key,
      code: row.code,
      name: row.name,
      processClass: row.class,
      ownerRoleId: row.owner_role_id,
      departmentId: row.department_id,
      status: row.status,
      version: row.version,
      editVersion: row.edit_version,
      stepCount: row.step_count,
      variantOfId: isId(row.variant_of_id) ? row.variant_of_id : null,
    }));
  }

  create(basics: ProcessBasics): number {
    const params = { ...toParams(basics), key: randomUUID(), now: nowIso() };
    const id = Number(this.insertRow.run(params).lastInsertRowid);
    this.upsertGraph.run(id, JSON.stringify(emptyGraph()));
    return id;
  }

  /**
   * Writes record, graph and activity index atomically if the edit version is still
   * `expectedVersion`; false (nothing written) when another save came first. Saving an
   * approved process makes a draft.
   */
  save(id: number, expectedVersion: number, basics: ProcessBasics, graph: ProcessGraph): boolean {
    return this.saveTransaction(id, expectedVersion, basics, graph);
  }

  /**
   * Keeps what export needs of an imported process's BPMN file. The file's text is stored
   * once per file: with its first process (`sharedWith` null), and the file's other processes
   * refer to that one — a file with 400 pools is stored once, not 400 times.
   */
  keepBpmnSource(id: number, preserved: PreservedBpmn, sharedWith: number | null): void {
    const { sourceXml, ...own } = preserved;
    const document = sharedWith === null ? { sourceXml, ...own } : { sourceOf: sharedWith, ...own };
    this.upsertBpmn.run(id, JSON.stringify(document));
  }

  /** What an imported process keeps of its BPMN source, if it was imported. */
  preservedBpmn(id: number): PreservedBpmn | undefined {
    const row = this.bpmnOf.get(id);
    if (!row) return undefined;
    const stored = JSON.parse(row.document) as StoredBpmn;
    if (stored.sourceOf === undefined) return stored as PreservedBpmn;
    const holder = this.bpmnOf.get(stored.sourceOf);
    if (!holder) return undefined;
    const { sourceXml } = JSON.parse(holder.document) as PreservedBpmn;
    const { sourceOf: _holder, ...own } = stored;
    return { ...own, sourceXml };
  }

  /** Sets status and approval version if the edit version is still `expectedVersion`. */
  setStatus(
    id: number,
    status: 'draft' | 'approved',
    version: number,
    expectedVersion: number,
  ): boolean {
    return this.setStatusRow.run(status, version, nowIso(), id, expectedVersion).changes > 0;
  }

  /** Deletes the process if its edit version is still `expectedVersion`. */
  delete(id: number, expectedVersion: number): boolean {
    return this.deleteTransaction(id, expectedVersion);
  }

  /** Processes that may refer to the role (owner, lanes, RACI): a superset, to be checked. */
  mayReferToRole(roleId: number): number[] {
    const params = { id: roleId, needle: `"roleId":${roleId}` };
    return this.mentioningRole.all(params).map((row) => row.id);
  }

  /** Processes that may refer to the department (its own, lanes): a superset, to be checked. */
  mayReferToDepartment(departmentId: number): number[] {
    const params = { id: departmentId, needle: `"departmentId":${departmentId}` };
    return this.mentioningDepartment.all(params).map((row) => row.id);
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
    key: row.key,
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
    editVersion: row.edit_version,
    graph: graph.value,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(damaged.length ? { damaged } : {}),
  };
}

/** A stored id read out of a JSON document: kept only if it is one (the document may be damaged). */
function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
