/*
 * 工作检查 and 持续改进 (issue 12): the aggregates a quality manager keeps beside a process —
 * inspection plans, inspections (检查记录) with their measurements, SERVQUAL surveys,
 * complaints (投诉) and improvement actions (5W1H, PDCA). Like shared/process.ts each has a
 * stable key (UUID) that names it outside the library and an editVersion for conflicts between
 * windows. Processes are referred to by key, roles by the library's role id (as process.ts
 * does), steps by the node ids of the process graph. Dates without a time are calendar dates
 * 'YYYY-MM-DD' in the library's time zone (see schedule.ts); instants are ISO strings.
 */

/** The four KPI kinds a process carries (ProcessKpis in shared/process.ts). */
export const KPI_KINDS = ['cost', 'timeLimit', 'accuracy', 'satisfaction'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

/**
 * monthly, quarterly (calendar quarters), halfYear (上半年 / 下半年 — what the method's "a
 * term" means in a company: 学期 is a school's word, and a firm's term is its half-year),
 * custom: every `everyMonths` months counted from the plan's start date.
 */
export const FREQUENCIES = ['monthly', 'quarterly', 'halfYear', 'custom'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** 常规检查 / 专项检查. */
export const INSPECTION_KINDS = ['regular', 'special'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 问卷调查 / 观察法 / 数据分析法 / 比较法. */
export const INSPECTION_METHODS = ['survey', 'observation', 'dataAnalysis', 'comparison'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/** A calendar date 'YYYY-MM-DD'. */
export type CalendarDate = string;

/** A period of a plan: from `start` (inclusive) to `end` (exclusive, the next period's start). */
export type Period = { start: CalendarDate; end: CalendarDate };

type Aggregate = {
  /** Stable key (UUID). */
  key: string;
  /** Counts every write (EditVersioned in shared/domain.ts). */
  editVersion: number;
  createdAt: string;
  updatedAt: string;
};

/**
 * One KPI the plan measures. The target text is copied from the process's KPI when the plan
 * is made and kept here, so findings of past periods do not change when the process's target
 * is later rewritten; a process KPI may hold several targets ("常规件 ≤ 4 小时；疑难件 ≤ 1 个
 * 工作日"), and the plan measures each as its own KPI.
 */
export type PlanKpi = {
  key: string;
  kind: KpiKind;
  /** What is measured, as the user names it: "平均办理周期", "差错率". */
  name: string;
  /** The target as written ("≤ 5 天"); target.ts reads it. */
  target: string;
};

export type InspectionPlan = Aggregate & {
  processKey: string;
  kpis: PlanKpi[];
  frequency: Frequency;
  /** Only for `custom`: 1–24 months. */
  everyMonths: number | null;
  inspectorRoleId: number | null;
  kind: InspectionKind;
  startDate: CalendarDate;
  /** Days after a period ends during which its inspection is due; overdue after. */
  graceDays: number;
};

export type Measurement = {
  kpiKey: string;
  value: number;
  /** Cases, respondents or observations behind the value; null when not counted. */
  sampleSize: number | null;
};

/** 检查记录. */
export type Inspection = Aggregate & {
  planKey: string;
  processKey: string;
  period: Period;
  kind: InspectionKind;
  method: InspectionMethod;
  inspectorRoleId: number | null;
  /** The inspector's name as signed, when the role alone does not say who. */
  inspectorName: string;
  measurements: Measurement[];
  notes: string;
  inspectedOn: CalendarDate;
};

export const SERVQUAL_DIMENSIONS = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
] as const;
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

export type DimensionScores = {
  /** Mean expectation score of the respondents. */
  expectation: number;
  /** Mean perception score of the respondents. */
  perception: number;
  /** Importance points the respondents gave the dimension (SERVQUAL: 100 over five); null = unweighted. */
  weight: number | null;
};

export const CUSTOMER_SIDES = ['internal', 'external'] as const;
export type CustomerSide = (typeof CUSTOMER_SIDES)[number];

export type LikertScale = { min: number; max: number };

export type Survey = Aggregate & {
  processKey: string;
  period: Period;
  customers: CustomerSide;
  respondents: number;
  scale: LikertScale;
  dimensions: Record<ServqualDimension, DimensionScores>;
  notes: string;
};

/** 产品质量 / 制度规定 / 服务态度 / 管理 / 其他. */
export const COMPLAINT_CATEGORIES = [
  'productQuality',
  'rules',
  'serviceAttitude',
  'management',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** 投诉. */
export type Complaint = Aggregate & {
  processKey: string;
  /** The step complained about, when known. */
  stepId: string | null;
  category: ComplaintCategory;
  receivedOn: CalendarDate;
  description: string;
  /** How it was resolved; empty while open. */
  resolution: string;
  resolvedOn: CalendarDate | null;
};

export const PDCA_STAGES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaStage = (typeof PDCA_STAGES)[number];

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What the action came from. */
export type ActionSource =
  | { kind: 'inspection'; inspectionKey: string; kpiKey: string | null }
  | { kind: 'survey'; surveyKey: string }
  | { kind: 'complaint'; complaintKey: string }
  | { kind: 'none' };

/** The revision the action opened: a to-be variant of the process or a role's new draft. */
export type ActionLink =
  | { kind: 'processVariant'; processKey: string }
  | { kind: 'roleDraft'; roleId: number }
  | { kind: 'none' };

/** The approved revision that answered the action (its revision note names the action). */
export type AnsweringRevision = {
  kind: 'process' | 'role';
  /** The process key, or the role id as text. */
  subject: string;
  version: number;
  approvedAt: string;
};

/** 整改措施, written as 5W1H. */
export type ImprovementAction = Aggregate & {
  processKey: string;
  source: ActionSource;
  what: string;
  why: string;
  whoRoleId: number | null;
  where: { stepIds: string[]; roleIds: number[] };
  dueDate: CalendarDate | null;
  how: string;
  stage: PdcaStage;
  status: ActionStatus;
  link: ActionLink;
  answeredBy: AnsweringRevision | null;
};
