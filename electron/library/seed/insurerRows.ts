import type {
  BranchOutcome,
  NodeKind,
  ProcessAnalysisData,
  ProcessBasics,
  RaciLetter,
  ValueClass,
} from '../../../shared/process';
import type { InsurerDepartmentKey } from './insurerCommon';

/*
 * The rows the insurer's two processes are written in (insurerAsIs.ts, insurerProcess.ts):
 * everything but the library's ids and the positions, which the seed resolves and lays out.
 */

/** What marks a step for the analysis: 审批, 检查, or passing the work to another unit. */
export type Flag = 'approval' | 'inspection' | 'handOff';

/**
 * The wait before a step: whole days (`waitDays`, 480 or 1,440 minutes by the library's time
 * basis) or minutes (`waitMinutes`, the same on both), so the basis changes the lead time the
 * way it changes a real one: a day in the in-tray is a working day, an hour is an hour.
 */
export type Wait = { days: number } | { minutes: number };
export const days = (count: number): Wait => ({ days: count });
export const hours = (count: number): Wait => ({ minutes: count * 60 });
export const minutes = (count: number): Wait => ({ minutes: count });

export type MarkerRow = readonly [id: string, lane: string, kind: NodeKind, label: string];
export type ActivityRow = readonly [
  id: string,
  lane: string,
  label: string,
  workMinutes: number,
  wait: Wait,
  value: ValueClass,
  flag: Flag | null,
];
/** A decision's branch: its share of the cases (%) and what it means. */
export type Branch = readonly [probability: number, outcome: BranchOutcome];
export type EdgeRow = readonly [source: string, target: string, label?: string, branch?: Branch];
export type RaciRow = readonly [step: string, roleCode: string, letter: RaciLetter];
export type StepObjects = { inputs?: string; outputs?: string };

export type LaneOwnerKey =
  { kind: 'department'; key: InsurerDepartmentKey } | { kind: 'role'; code: string };
export type LaneRow = readonly [id: string, owner: LaneOwnerKey];

/** A process written in rows: everything but ids from the library and positions. */
export type ProcessData = {
  basics: Omit<ProcessBasics, 'ownerRoleId' | 'departmentId'>;
  ownerRole: string;
  department: InsurerDepartmentKey;
  lanes: readonly LaneRow[];
  markers: readonly MarkerRow[];
  activities: readonly ActivityRow[];
  /** 作业指导书 per activity id: how the step is done (as-is: and why it is waste). */
  instructions: Readonly<Record<string, string>>;
  /** 输入 / 输出 per activity id, where the sample names them. */
  objects?: Readonly<Record<string, StepObjects>>;
  edges: readonly EdgeRow[];
  raci: readonly RaciRow[];
  /** Volume and 时限 (variantOfId is set by the seed, which knows the as-is process's id). */
  analysis: Omit<ProcessAnalysisData, 'variantOfId' | 'dismissed'>;
};

export const department = (key: InsurerDepartmentKey): LaneOwnerKey => ({
  kind: 'department',
  key,
});
