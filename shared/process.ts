import type { DamagedDocument } from './documentRecovery';
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
  /** Height of the horizontal lane band; lanes are stacked top to bottom in array order. */
  size: number;
};

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
};

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
};

export type ProcessEdge = {
  id: string;
  source: string;
  target: string;
  /** e.g. 是 / 否 on a decision's branches. */
  label: string;
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
  lanes: Lane[];
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  /** Present on imported processes. */
  bpmn?: PreservedBpmn;
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
  /** Stored documents (graph, KPIs) that failed their schema; see Role.damaged. */
  damaged?: DamagedDocument[];
};

/** One line of the process list. */
export type ProcessSummary = Pick<
  Process,
  | 'id'
  | 'code'
  | 'name'
  | 'processClass'
  | 'ownerRoleId'
  | 'departmentId'
  | 'status'
  | 'version'
  | 'editVersion'
> & { activityCount: number };

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
