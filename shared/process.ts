import type { DamagedDocument } from './documentRecovery';
import type { PendingNote } from './domain';
/**
 * Process maps (工作流程): the graph the editor draws and the library stores as one document,
 * in domain terms — React Flow's shapes stay in renderer/editor/mapping.ts, BPMN's in
 * electron/interchange. Coordinates are in diagram units (px at zoom 1), top-left origin.
 */

export const PROCESS_CLASSES = ['key', 'general', 'auxiliary'] as const;
/** 关键流程 / 一般流程 / 辅助流程. */
export type ProcessClass = (typeof PROCESS_CLASSES)[number];

/** A lane is bound to a role or a department of the library, or only named (imported). */
export type LaneOwner =
  | { kind: 'role'; roleId: number }
  | { kind: 'department'; departmentId: number }
  | { kind: 'none' };

export type Lane = {
  id: string;
  name: string;
  owner: LaneOwner;
  /**
   * Thickness of the lane band across the flow: its height when lanes are horizontal (stacked
   * top to bottom in array order), its width when they are vertical (columns left to right).
   */
  size: number;
};

export const ORIENTATIONS = ['horizontal', 'vertical'] as const;
/**
 * Horizontal: lanes are rows and the flow runs left to right (Visio's default). Vertical:
 * lanes are columns and the flow runs top to bottom, as many Chinese charts on portrait paper.
 */
export type Orientation = (typeof ORIENTATIONS)[number];

/**
 * 阶段: a band across all lanes, along the flow (a column of horizontal lanes, a row of
 * vertical ones). Phases follow each other in array order from the start of the flow.
 */
export type Phase = {
  id: string;
  name: string;
  /** Extent of the band along the flow direction. */
  size: number;
};

export const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** A side of a shape, where a connector leaves or arrives. */
export type Side = (typeof SIDES)[number];

export type Point = { x: number; y: number };

export const NODE_KINDS = [
  'start',
  'end',
  'activity',
  'decision',
  'document',
  'data',
  'subProcess',
  'annotation',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const VALUE_CLASSES = ['VA', 'BVA', 'NVA'] as const;
/** 增值 VA / 必要非增值 BVA / 非增值 NVA. */
export type ValueClass = (typeof VALUE_CLASSES)[number];

export const RACI = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI)[number];

/** What the side panel describes for an activity (every field optional in practice). */
export type ActivityDetails = {
  /** Other roles involved, with their RACI letter; the lane's owner is R by default. */
  raci: { roleId: number; letter: RaciLetter }[];
  workMinutes: number | null;
  waitMinutes: number | null;
  valueClass: ValueClass | null;
  isApproval: boolean;
  isInspection: boolean;
  isHandOff: boolean;
  inputs: string;
  outputs: string;
  formsAndSystems: string;
  /** 作业指导书: the work instruction for this step. */
  instruction: string;
  /**
   * Whole days of waiting before the step, on top of waitMinutes. Kept as a count of days, not
   * minutes, because a day is 480 minutes on the working-time basis and 1,440 on the calendar
   * basis (library setting): the same "waits 2 days" gives a different lead time on each.
   */
  waitDays?: number | null;
  /** Cost per execution besides labour (fees, material), in the library's currency. */
  fixedCost?: number | null;
  /** First-pass yield (%C&A, 0–100): the share of outputs the next step can use as they are. */
  firstPassYield?: number | null;
  /** Marked as repetitive work a system could do (rules A1 and A4). */
  isRepetitive?: boolean;
  /**
   * The step's 时限 (issue 10, rule J8 and duty drafting): whole days (converted by the time
   * basis, like waitDays) plus minutes. Absent or null: the step has none.
   */
  timeLimitDays?: number | null;
  timeLimitMinutes?: number | null;
};

export const GATEWAY_TYPES = ['exclusive', 'parallel', 'inclusive'] as const;
/**
 * What a decision shape means: exclusive (XOR, one way out — the default), parallel (AND, every
 * way out at once) or inclusive (OR). RoleFlow draws one branching symbol with a marker.
 */
export type GatewayType = (typeof GATEWAY_TYPES)[number];

export type ProcessNode = {
  id: string;
  kind: NodeKind;
  label: string;
  /** The lane the node belongs to (null only for nodes outside every lane, e.g. annotations). */
  laneId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Activities only. */
  activity?: ActivityDetails;
  /** Sub-process nodes: the process they open. */
  linkedProcessId?: number | null;
  /**
   * 步骤编号 (10, 20, 30 …): given once and kept when steps are inserted, moved or re-laid out;
   * the 流程说明书's step table refers to it. Absent on shapes that are not steps.
   */
  stepNumber?: number | null;
  /** The phase (阶段) the step belongs to, if the map has phases. */
  phaseId?: string | null;
  /**
   * An activity done jointly by two roles: the second lane it is drawn across (together with
   * laneId and every lane between them).
   */
  jointLaneId?: string | null;
  /** Decisions only; absent means exclusive. */
  gateway?: GatewayType;
};

export type ProcessEdge = {
  id: string;
  source: string;
  target: string;
  /** e.g. 是 / 否 on a decision's branches. */
  label: string;
  /** The side of the source shape the connector leaves from (the router picks when absent). */
  sourceSide?: Side | null;
  /** The side of the target shape it arrives at (the router picks when absent). */
  targetSide?: Side | null;
  /**
   * The bends between the two ends, in diagram units, consecutive points on one axis
   * (orthogonal). Produced by the layout and the router, moved by the user; the screen, the
   * pictures and BPMN DI all draw this same route. Absent or empty: not routed yet.
   */
  waypoints?: Point[];
  /** Centre of the label, when placed by the router or moved by the user. */
  labelAt?: Point | null;
  /** Out of an exclusive decision: the share of cases taking this branch, 0–100 %. */
  probability?: number | null;
  /** Out of a decision: what the branch means (an inspection's rework is `reject`). */
  outcome?: BranchOutcome | null;
};

export const BRANCH_OUTCOMES = ['pass', 'reject', 'other'] as const;
export type BranchOutcome = (typeof BRANCH_OUTCOMES)[number];

/** A finding of the process analysis the user dismissed, with the reason (kept with the map). */
export type DismissedFinding = {
  /** The finding's key: its rule id and the elements it names (shared/analysis/findings). */
  key: string;
  reason: string;
  /** ISO date-time of the dismissal. */
  at: string;
};

/**
 * What the process analysis needs of the process as a whole, and what the user decided about
 * its findings. Kept in the graph document so approved versions carry the figures they were
 * analysed with, and two versions of one process compare like two processes.
 */
export type ProcessAnalysisData = {
  /** Cases a year (年业务量). */
  annualVolume?: number | null;
  /** 时限: whole days (converted by the time basis) plus minutes. */
  timeLimitDays?: number | null;
  timeLimitMinutes?: number | null;
  /** The process this one is the to-be variant of (the pair opens together). */
  variantOfId?: number | null;
  dismissed?: DismissedFinding[];
};

/**
 * What an import could not show natively and must write back unchanged on export: the
 * original BPMN XML fragments, keyed by the element they belong to (opaque to the editor).
 */
export type PreservedBpmn = {
  /** The whole source definitions, for elements the graph does not model (pools, data, …). */
  sourceXml: string;
  /**
   * The bpmn:process this graph was imported from — a file may hold several, and each becomes
   * its own RoleFlow process sharing the same sourceXml. Its id, or `#n` (the n-th process of
   * the file, from 0) when the process has none.
   */
  processId: string;
  /** Ids of source elements that became graph nodes / edges / lanes. */
  mappedIds: string[];
  /**
   * The name the process was given at import (the pool's or process's name, trimmed, or
   * "file · pool"): export renames the pool only when the user changed it.
   */
  importedName?: string;
};

export type ProcessGraph = {
  /** Absent means horizontal (every map made before orientation existed). */
  orientation?: Orientation;
  lanes: Lane[];
  /** 阶段 bands across all lanes; absent or empty: the map has none. */
  phases?: Phase[];
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  /** Present on imported processes. */
  bpmn?: PreservedBpmn;
  /** Analysis inputs of the whole process; absent: none given yet. */
  analysis?: ProcessAnalysisData;
};

export function emptyActivityDetails(): ActivityDetails {
  return {
    raci: [],
    workMinutes: null,
    waitMinutes: null,
    valueClass: null,
    isApproval: false,
    isInspection: false,
    isHandOff: false,
    inputs: '',
    outputs: '',
    formsAndSystems: '',
    instruction: '',
  };
}

/** 流程 KPIs with their target values, as the user writes them (e.g. "≤ 5 天", "≥ 95%"). */
export type ProcessKpis = {
  cost: string;
  timeLimit: string;
  accuracy: string;
  satisfaction: string;
};

export type ProcessBasics = {
  code: string;
  name: string;
  processClass: ProcessClass | null;
  ownerRoleId: number | null;
  departmentId: number | null;
  purpose: string;
  trigger: string;
  output: string;
  kpis: ProcessKpis;
};

export type Process = ProcessBasics & {
  id: number;
  /** Stable key (UUID): names the process outside this library. */
  key: string;
  status: 'draft' | 'approved';
  /** 版本: counts approvals. */
  version: number;
  /** Counts every write, for conflicts between windows (see EditVersioned in domain.ts). */
  editVersion: number;
  graph: ProcessGraph;
  createdAt: string;
  updatedAt: string;
  /** Changes made on the user's behalf since the last approval; see Role.pendingNotes. */
  pendingNotes?: PendingNote[];
  /** Stored documents (graph, KPIs) that failed their schema; see Role.damaged. */
  damaged?: DamagedDocument[];
};

/** One line of the process list. */
export type ProcessSummary = Pick<
  Process,
  | 'id'
  | 'key'
  | 'code'
  | 'name'
  | 'processClass'
  | 'ownerRoleId'
  | 'departmentId'
  | 'status'
  | 'version'
  | 'editVersion'
> & {
  stepCount: number;
  /** The process this one is the to-be variant of (from its map's analysis data). */
  variantOfId: number | null;
};

/** An activity of some process, as a role's description sees it (roles ↔ activities). */
export type RoleActivity = {
  processId: number;
  processName: string;
  nodeId: string;
  label: string;
  raci: RaciLetter | null;
};

export function emptyProcessKpis(): ProcessKpis {
  return { cost: '', timeLimit: '', accuracy: '', satisfaction: '' };
}

export function emptyGraph(): ProcessGraph {
  return { lanes: [], nodes: [], edges: [] };
}
