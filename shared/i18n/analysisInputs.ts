import type { RuleThresholds, TimeBasis } from '../analysis/settings';
import type { BranchOutcome, GatewayType } from '../process';

/*
 * Texts of the fields the process analysis's data is entered in (issue 9): a step's wait,
 * fixed cost, first-pass yield and repetitive flag, a decision's gateway type, a branch's
 * probability and outcome, the process's volume, 时限 and as-is process, a role's cost, and
 * the library's analysis settings (PROCESS-ANALYSIS.md §0). Terms as in DOMAIN.md.
 */

type ThresholdText = { label: string; unit: string };

export type AnalysisInputTexts = {
  step: {
    waitDays: string;
    dayBasis: string;
    fixedCost: string;
    firstPassYield: string;
    repetitive: string;
  };
  gateway: { label: string; hint: string } & Record<GatewayType, string>;
  branch: {
    probability: string;
    outcome: string;
    outcomes: Record<BranchOutcome, string>;
    sum: string;
    notHundred: string;
    undeclared: string;
    inclusive: string;
    parallel: string;
  };
  process: {
    title: string;
    annualVolume: string;
    timeLimitDays: string;
    timeLimitHours: string;
    variantOf: string;
    variantOfHint: string;
  };
  role: {
    annualCost: string;
    monthlyWage: string;
    rate: string;
    fromAnnual: string;
    fromWage: string;
    noRate: string;
  };
  basis: Record<TimeBasis, string>;
  /** The basis named in a sentence ("calendar day"). */
  basisName: Record<TimeBasis, string>;
  settings: {
    menu: string;
    title: string;
    timeBasis: string;
    standardHours: string;
    standardHoursHint: string;
    thresholds: string;
    rule: string;
    value: string;
    defaultValue: string;
    reset: string;
    save: string;
    saved: string;
    fields: Record<keyof RuleThresholds, ThresholdText>;
  };
};

const en: AnalysisInputTexts = {
  step: {
    waitDays: 'Waiting (days)',
    dayBasis: 'A day counts {{minutes}} minutes ({{basis}}, a library setting).',
    fixedCost: 'Fixed cost per run (yuan)',
    firstPassYield: 'First-pass yield (%)',
    repetitive: 'Repetitive work',
  },
  gateway: {
    label: 'Gateway type',
    hint: 'How the cases leave this decision.',
    exclusive: 'Exclusive: one way out',
    parallel: 'Parallel: every way out at once',
    inclusive: 'Inclusive: one or more ways out',
  },
  branch: {
    probability: 'Probability (%)',
    outcome: 'Outcome',
    outcomes: { pass: 'Pass', reject: 'Reject (back for rework)', other: 'Other' },
    sum: 'Branches of “{{name}}”: {{sum}} % in all',
    notHundred: 'They add up to {{sum}} %, not 100 %.',
    undeclared: '{{count}} branch(es) without a probability share what is left.',
    inclusive: 'Inclusive: each branch’s share of the cases on its own (they may add up to more).',
    parallel: 'Parallel: every case takes every branch, so a branch has no probability.',
  },
  process: {
    title: 'Analysis data',
    annualVolume: 'Annual volume (cases a year)',
    timeLimitDays: 'Time limit (days)',
    timeLimitHours: 'Time limit (hours)',
    variantOf: 'To-be variant of',
    variantOfHint: 'The as-is process this map redesigns; the two open together in a comparison.',
  },
  role: {
    annualCost: 'Annual cost (yuan)',
    monthlyWage: 'Monthly wage (yuan)',
    rate: '{{rate}} yuan an hour',
    fromAnnual: 'annual cost ÷ {{hours}} h',
    fromWage: 'monthly wage ÷ (21.75 days × 8 h)',
    noRate: 'No hourly rate: give the annual cost or the monthly wage.',
  },
  basis: { working: 'working day, 480 minutes', calendar: 'calendar day, 1,440 minutes' },
  basisName: { working: 'working day', calendar: 'calendar day' },
  settings: {
    menu: 'Process analysis settings…',
    title: 'Process analysis settings',
    timeBasis: 'A day of waiting or of 时限 is',
    standardHours: 'Standard hours a year',
    standardHoursHint: 'An annual role cost pays for these hours (2,000 = 250 days × 8 h).',
    thresholds: 'Rule thresholds',
    rule: 'Threshold',
    value: 'Value',
    defaultValue: 'Default',
    reset: 'Reset to defaults',
    save: 'Save',
    saved: 'Analysis settings saved',
    fields: {
      longWaitMinutes: { label: 'E5 long wait', unit: 'minutes' },
      waitToWorkRatio: { label: 'E5 wait ÷ work', unit: '×' },
      processWaitShare: { label: 'E5 wait share of lead time', unit: '0–1' },
      trivialWorkMinutes: { label: 'E3, S3 trivial pass-on or inform step', unit: 'minutes' },
      rareRejectPercent: { label: 'E9, S4 rare reject branch', unit: '%' },
      manyRoles: { label: 'S1 roles per case', unit: 'roles' },
      manyDepartments: { label: 'S1 departments per case', unit: 'departments' },
      approvalShare: { label: 'S5 approvals share of steps', unit: '0–1' },
      manyApprovals: { label: 'S5 approvals per case', unit: 'approvals' },
      runLength: { label: 'I1 run of simple steps', unit: 'steps' },
      simpleWorkMinutes: { label: 'I1 work of a simple step', unit: 'minutes' },
      handOffRatio: { label: 'I3 hand-offs per step', unit: '×' },
      manyHandOffs: { label: 'I3 hand-offs per case', unit: 'hand-offs' },
      singleStepMinutes: { label: 'I5 a role’s single short step', unit: 'minutes' },
      automationHours: { label: 'A1 repetitive work a year', unit: 'hours' },
      maxConsulted: { label: 'R7 consulted roles', unit: 'roles' },
      maxElements: { label: 'M8 elements on one map', unit: 'elements' },
    },
  },
};

const zhCN: AnalysisInputTexts = {
  step: {
    waitDays: '等待时间（天）',
    dayBasis: '一天按 {{minutes}} 分钟计（{{basis}}，库设置）。',
    fixedCost: '固定成本（元/次）',
    firstPassYield: '一次通过率（%）',
    repetitive: '重复性工作',
  },
  gateway: {
    label: '网关类型',
    hint: '案件从此判断流出的方式。',
    exclusive: '排他：只走一条',
    parallel: '并行：同时走全部',
    inclusive: '包容：走一条或多条',
  },
  branch: {
    probability: '概率（%）',
    outcome: '结果',
    outcomes: { pass: '通过', reject: '退回（返工）', other: '其他' },
    sum: '“{{name}}”各分支合计 {{sum}}%',
    notHundred: '合计为 {{sum}}%，不等于 100%。',
    undeclared: '{{count}} 个分支未填概率，平分剩余部分。',
    inclusive: '包容网关：每个分支的概率各自独立，合计可超过 100%。',
    parallel: '并行网关：每个案件走全部分支，分支没有概率。',
  },
  process: {
    title: '分析数据',
    annualVolume: '年业务量（件/年）',
    timeLimitDays: '时限（天）',
    timeLimitHours: '时限（小时）',
    variantOf: '优化方案（to-be），对应现状流程',
    variantOfHint: '本图重新设计的现状流程；两者可在对比中一起打开。',
  },
  role: {
    annualCost: '年人工成本（元）',
    monthlyWage: '月工资（元）',
    rate: '每小时 {{rate}} 元',
    fromAnnual: '年人工成本 ÷ {{hours}} 小时',
    fromWage: '月工资 ÷（21.75 天 × 8 小时）',
    noRate: '尚无小时费率：请填写年人工成本或月工资。',
  },
  basis: { working: '工作日 480 分钟', calendar: '日历日 1,440 分钟' },
  basisName: { working: '工作日', calendar: '日历日' },
  settings: {
    menu: '流程分析设置…',
    title: '流程分析设置',
    timeBasis: '等待和时限的一天按',
    standardHours: '年制度工时（小时）',
    standardHoursHint: '年人工成本所对应的工时（2,000 = 250 天 × 8 小时）。',
    thresholds: '规则阈值',
    rule: '阈值',
    value: '取值',
    defaultValue: '默认',
    reset: '恢复默认',
    save: '保存',
    saved: '流程分析设置已保存',
    fields: {
      longWaitMinutes: { label: 'E5 长时间等待', unit: '分钟' },
      waitToWorkRatio: { label: 'E5 等待 ÷ 作业', unit: '倍' },
      processWaitShare: { label: 'E5 等待占周期时间比例', unit: '0–1' },
      trivialWorkMinutes: { label: 'E3、S3 简单传递或告知步骤', unit: '分钟' },
      rareRejectPercent: { label: 'E9、S4 罕见退回分支', unit: '%' },
      manyRoles: { label: 'S1 每件涉及岗位数', unit: '个岗位' },
      manyDepartments: { label: 'S1 每件涉及部门数', unit: '个部门' },
      approvalShare: { label: 'S5 审批步骤占比', unit: '0–1' },
      manyApprovals: { label: 'S5 每件审批次数', unit: '次' },
      runLength: { label: 'I1 连续简单步骤', unit: '步' },
      simpleWorkMinutes: { label: 'I1 简单步骤的作业时间', unit: '分钟' },
      handOffRatio: { label: 'I3 每步交接次数', unit: '倍' },
      manyHandOffs: { label: 'I3 每件交接次数', unit: '次' },
      singleStepMinutes: { label: 'I5 岗位仅有的短步骤', unit: '分钟' },
      automationHours: { label: 'A1 每年重复性工作', unit: '小时' },
      maxConsulted: { label: 'R7 咨询（C）岗位数', unit: '个岗位' },
      maxElements: { label: 'M8 单张图元素数', unit: '个' },
    },
  },
};

export const analysisInputMessages = { en, 'zh-CN': zhCN };
