import type { ProcessGraph, RaciLetter, ValueClass } from '../process';
import type { AnalysisSettings, TimeBasis } from './settings';

/*
 * The process analysis's inputs and results (PROCESS-ANALYSIS.md §0, §b, §c). Pure data: main,
 * the renderer, the Word export and the tests all call the same functions on it. Times are
 * minutes, costs are in the library's currency, shares are fractions (0–1), percentages are
 * only made when text is.
 */

/** What the analysis needs of a role of the library. */
export type AnalysisRole = {
  id: number;
  title: string;
  departmentId: number | null;
  /** Cost of an hour (元/h) from the role's annual cost or monthly wage; null: not given. */
  hourlyRate: number | null;
};

export type AnalysisDepartment = { id: number; name: string };

/** The library around one process: roles (with cost rates), departments, settings. */
export type AnalysisLibrary = {
  roles: AnalysisRole[];
  departments: AnalysisDepartment[];
  settings: AnalysisSettings;
};

export type AnalysisInput = {
  graph: ProcessGraph;
  library: AnalysisLibrary;
  /**
   * The process's 流程Owner (ProcessBasics.ownerRoleId, kept outside the graph), for rule R8:
   * null = the process has none; absent = the caller does not know, and R8 stays silent.
   */
  ownerRoleId?: number | null;
};

/**
 * Who does a step: the lane's role, else the step's first R (a department lane's clerk), else
 * the lane itself (a department or an unbound lane stands for the people in it).
 */
export type Actor = {
  /** `role:<id>` or `lane:<laneId>`: equal keys are the same performer. */
  key: string;
  name: string;
  roleId: number | null;
  departmentId: number | null;
};

/** Figures of one activity (the rows of the Pareto tables and the map overlays). */
export type StepFigures = {
  nodeId: string;
  label: string;
  stepNumber: number | null;
  actorKey: string | null;
  /** Expected executions per case (§b1). */
  visits: number;
  workMinutes: number | null;
  /** Wait before the step, days converted by the basis. */
  waitMinutes: number | null;
  /** (work + wait) × visits: what the step adds to a case's elapsed time on average. */
  elapsedMinutes: number | null;
  valueClass: ValueClass | null;
  /** Cost of one execution (labour + fixed); null when no performer has a rate. */
  costPerExecution: number | null;
  /** visits × costPerExecution. */
  costPerCase: number | null;
  /** costPerCase when the step is NVA, else 0. */
  nvaCostPerCase: number | null;
  /** Hours a year: volume × visits × work ÷ 60 (rule A1's automation score). */
  annualHours: number | null;
  onCriticalPath: boolean;
};

export type LeadTimes = {
  /** Longest start→end path of work + wait (XOR = max, AND = max): 关键路径. */
  critical: number;
  /** XOR = the shortest branch, no rework. */
  best: number;
  /** XOR = branches weighted by probability, rework by expected repeats. */
  expected: number;
};

/** A rework loop: a back edge out of a decision after an inspection or approval (§b3, E6). */
export type ReworkLoop = {
  /** The decision the case returns from, and the step it returns to. */
  decisionId: string;
  checkId: string | null;
  targetId: string;
  edgeId: string;
  /** Probability of taking the loop (0–1), null when the branch has none. */
  probability: number | null;
  /** (visits of the loop − 1) × work in the loop body. */
  extraMinutesPerCase: number;
  /** The steps inside the loop. */
  bodyIds: string[];
};

/** Hand-offs from one performer to the next, per case (traversals weighted by visits). */
export type HandOffMatrix = {
  actors: Actor[];
  /** counts[i][j]: expected hand-offs per case from actors[i] to actors[j]. */
  counts: number[][];
};

export type RaciMatrix = {
  actors: Actor[];
  /** One row per activity, in step order: the letters of each actor (index as in actors). */
  rows: { nodeId: string; label: string; letters: (RaciLetter[] | null)[] }[];
};

/** What the analysis lacks, so the user can fill it in (coverage never blocks the figures). */
export type MissingData =
  | { kind: 'work' | 'wait' | 'valueClass' | 'rate'; nodeIds: string[] }
  | { kind: 'probability'; decisionIds: string[] }
  | { kind: 'volume' };

export type Coverage = {
  activities: number;
  /** Activities with work and wait minutes given. */
  withTimes: number;
  withValueClass: number;
  /** Activities whose performers have a cost rate. */
  withCost: number;
  missing: MissingData[];
};

export type ProcessFigures = {
  basis: TimeBasis;
  dayMinutes: number;
  coverage: Coverage;
  /** Expected visits per flow node id. */
  visits: Record<string, number>;
  /** Node ids of loops no case can leave (each a list); figures over them are not reliable. */
  endlessLoops: string[][];
  /** N: activities a case passes (visits > 0). */
  activityCount: number;
  touchMinutes: number;
  valueMinutes: Record<ValueClass, number>;
  /** Activities without a value class. */
  unclassifiedMinutes: number;
  waitMinutes: number;
  /** Null when the map has no path from a start to an end. */
  leadTime: LeadTimes | null;
  /** Node ids along the critical path, start to end. */
  criticalPath: string[];
  /** VA minutes on the critical path ÷ its lead time; expected: VA ÷ expected lead time. */
  pce: { critical: number | null; expected: number | null };
  /** Touch time ÷ expected lead time. */
  touchRatio: number | null;
  handOffs: { roles: number; departments: number; matrix: HandOffMatrix };
  actors: Actor[];
  departmentIds: number[];
  approvals: number;
  inspections: number;
  reworkLoops: ReworkLoop[];
  /** Π first-pass yield along the critical path (0–1). */
  rolledYield: number;
  cost: {
    perCase: number | null;
    perYear: number | null;
    /** NVA cost ÷ cost per case. */
    nvaShare: number | null;
  };
  annualVolume: number | null;
  /** The process's 时限 in minutes (basis applied), null when none is given. */
  timeLimitMinutes: number | null;
  steps: StepFigures[];
  raci: RaciMatrix;
};

export const RULE_FAMILIES = ['E', 'S', 'I', 'A', 'R', 'M'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export const ANALYSIS_RULE_IDS = [
  ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'],
  ...['S1', 'S2', 'S3', 'S4', 'S5'],
  ...['I1', 'I2', 'I3', 'I4', 'I5'],
  ...['A1', 'A2', 'A3', 'A4'],
  ...['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'],
  ...['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10', 'M11', 'M12', 'M13', 'M14'],
] as const;
export type AnalysisRuleId = (typeof ANALYSIS_RULE_IDS)[number];

export type FindingSeverity = 'error' | 'warning' | 'hint';

/** A value a finding's message is filled with; durations and shares are formatted by the UI. */
export type FindingParam =
  | { type: 'text'; value: string }
  | { type: 'count'; value: number }
  | { type: 'minutes'; value: number }
  | { type: 'share'; value: number }
  | { type: 'money'; value: number };

export type AnalysisFinding = {
  rule: AnalysisRuleId;
  severity: FindingSeverity;
  /**
   * Stable across edits that do not touch what it names: the rule id and the element ids, so a
   * dismissal (ProcessAnalysisData.dismissed) outlives moving a shape.
   */
  key: string;
  /** The steps (or connectors) it is about: a click selects and frames them on the map. */
  elementIds: string[];
  /** Named values of the message (`analysis.rules.<rule>.message`). */
  params: Record<string, FindingParam>;
  /** Variant of the message when a rule has two (e.g. R3's "A also does the work"). */
  variant?: string;
};

export type ProcessAnalysis = {
  figures: ProcessFigures;
  /** Every finding, dismissed ones included (see `dismissal`). */
  findings: AnalysisFinding[];
};
