import type { InspectionErrorCode } from '../errors';
import type { Locale } from './locales';

/*
 * 工作检查 and 持续改进 (issue 12): the names of the inspection vocabulary and the messages
 * of its pure core (shared/inspection/*) — why a KPI target cannot be read, and what is wrong
 * with a row of a measurement import. Import errors render as `importRow` around the reason,
 * so every message names the row and the column. Mounted as `inspection`.
 */

const en = {
  kpiKinds: {
    cost: 'Cost',
    timeLimit: 'Time limit',
    accuracy: 'Accuracy',
    satisfaction: 'Satisfaction',
  },
  frequencies: {
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    halfYear: 'Half-yearly',
    custom: 'Every {{count}} months',
  },
  inspectionKinds: { regular: 'Regular inspection', special: 'Special inspection' },
  methods: {
    survey: 'Questionnaire',
    observation: 'Observation',
    dataAnalysis: 'Data analysis',
    comparison: 'Comparison',
  },
  dimensions: {
    tangibles: 'Tangibles',
    reliability: 'Reliability',
    responsiveness: 'Responsiveness',
    assurance: 'Assurance',
    empathy: 'Empathy',
  },
  customers: { internal: 'Internal customers', external: 'External customers' },
  complaintCategories: {
    productQuality: 'Product quality',
    rules: 'Rules and procedures',
    serviceAttitude: 'Service attitude',
    management: 'Management',
    other: 'Other',
  },
  pdcaStages: { plan: 'Plan', do: 'Do', check: 'Check', act: 'Act' },
  actionStatuses: { open: 'Open', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  periodStates: { running: 'Running', due: 'Due', overdue: 'Overdue', recorded: 'Recorded' },
  targetStatus: { met: 'Met', missed: 'Missed' },
  targetUnreadable: {
    empty: 'No target is written.',
    noNumber: 'The target has no number.',
    noComparison: 'The target does not say “at most” or “at least” (≤, ≥, <, >, 不超过, 以上 …).',
    range: 'The target is a range; write the limit to hold, e.g. “≤ 5 days”.',
    several: 'The text holds several targets; measure each as its own KPI.',
  },
  importRow: 'Row {{row}}, column “{{column}}”: {{reason}}',
  importSheet: 'Row {{row}}: {{reason}}',
  importErrors: {
    emptySheet: 'The sheet is empty; the first row must hold the column headings.',
    missingColumn: 'this column is missing from the heading row.',
    noRows: 'The sheet has no measurements under its headings.',
    required: 'this cell must not be empty.',
    notADate: '“{{value}}” is not a date (write e.g. 2024-03-31).',
    endBeforeStart: 'the period ends before it starts ({{start}}).',
    notAPlanPeriod:
      'the period is not one of the plan’s; the plan’s period here is {{start}} to {{end}}.',
    notANumber: '“{{value}}” is not a number.',
    outOfRange: 'the number must lie between {{min}} and {{max}}.',
    notAWholeNumber: 'the sample size must be a whole number.',
    unknownKpi: '“{{value}}” is not a KPI of the plan ({{known}}).',
    duplicate: 'this KPI and period are already measured in row {{firstRow}}.',
  },
  /** The approve dialog's note starts with this line for each action the revision answers. */
  actionNote: 'Improvement action: {{what}}',
  /** The name of the to-be variant an improvement action opens. */
  variantName: '{{name}} (improved)',
  /** The measurement import template (.xlsx). */
  template: {
    sheet: 'Measurements',
    instructions:
      'One row per KPI and period. Write the period’s first and last day; KPI names as in the plan: {{kpis}}.',
  },
  errors: {
    INSPECTION_PROCESS_UNKNOWN:
      'The process of this record is no longer in the library; nothing was saved.',
    INSPECTION_PLAN_UNKNOWN:
      'The inspection plan is no longer in the library, or belongs to another process; nothing was saved.',
    INSPECTION_KPI_UNKNOWN:
      'A measured value names a KPI the plan does not measure; nothing was saved.',
    INSPECTION_PERIOD_TAKEN:
      'The period {{start}} to {{end}} already has its inspection; open that one instead. Nothing was saved.',
    INSPECTION_FILE_UNREADABLE:
      '{{name}} cannot be read as an .xlsx workbook or a .csv file; nothing was imported.',
    INSPECTION_ACTION_LINKED:
      'The action “{{what}}” already opened a revision; open that one instead. Nothing was created.',
    INSPECTION_RECORD_DAMAGED:
      'A stored inspection record of this process is damaged (changed outside RoleFlow), so its records cannot be shown. Nothing was changed; the record is kept as it is (key {{key}}).',
  } satisfies Record<InspectionErrorCode, string>,
};

type InspectionMessages = typeof en;

const zhCN: InspectionMessages = {
  kpiKinds: { cost: '成本', timeLimit: '时限', accuracy: '准确性', satisfaction: '满意度' },
  frequencies: {
    monthly: '每月',
    quarterly: '每季度',
    halfYear: '每半年',
    custom: '每 {{count}} 个月',
  },
  inspectionKinds: { regular: '常规检查', special: '专项检查' },
  methods: {
    survey: '问卷调查',
    observation: '观察法',
    dataAnalysis: '数据分析法',
    comparison: '比较法',
  },
  dimensions: {
    tangibles: '有形性',
    reliability: '可靠性',
    responsiveness: '响应性',
    assurance: '保证性',
    empathy: '移情性',
  },
  customers: { internal: '内部客户', external: '外部客户' },
  complaintCategories: {
    productQuality: '产品质量',
    rules: '制度规定',
    serviceAttitude: '服务态度',
    management: '管理',
    other: '其他',
  },
  pdcaStages: { plan: '计划（P）', do: '执行（D）', check: '检查（C）', act: '处理（A）' },
  actionStatuses: { open: '未开始', inProgress: '进行中', done: '已完成', cancelled: '已取消' },
  periodStates: { running: '进行中', due: '待检查', overdue: '已逾期', recorded: '已检查' },
  targetStatus: { met: '达标', missed: '未达标' },
  targetUnreadable: {
    empty: '未填写目标值。',
    noNumber: '目标值中没有数字。',
    noComparison: '目标值未说明上限或下限（≤、≥、<、>、不超过、以上等）。',
    range: '目标值是一个区间；请写出要守住的界限，如“≤ 5 天”。',
    several: '这段文字包含多个目标值；请分别作为单独的指标检查。',
  },
  importRow: '第 {{row}} 行“{{column}}”列：{{reason}}',
  importSheet: '第 {{row}} 行：{{reason}}',
  importErrors: {
    emptySheet: '工作表为空；第一行应为列标题。',
    missingColumn: '标题行缺少此列。',
    noRows: '标题行下没有测量数据。',
    required: '此单元格不能为空。',
    notADate: '“{{value}}”不是日期（请写成 2024-03-31 这样的格式）。',
    endBeforeStart: '期间结束早于开始（{{start}}）。',
    notAPlanPeriod: '该期间不是检查计划中的期间；此处计划的期间为 {{start}} 至 {{end}}。',
    notANumber: '“{{value}}”不是数字。',
    outOfRange: '数值须在 {{min}} 与 {{max}} 之间。',
    notAWholeNumber: '样本量须为整数。',
    unknownKpi: '“{{value}}”不是该计划的指标（{{known}}）。',
    duplicate: '该指标和期间已在第 {{firstRow}} 行填写。',
  },
  actionNote: '整改措施：{{what}}',
  variantName: '{{name}}（改进方案）',
  template: {
    sheet: '测量数据',
    instructions:
      '每个指标每个期间填一行；填写期间的第一天和最后一天；指标名称须与计划一致：{{kpis}}。',
  },
  errors: {
    INSPECTION_PROCESS_UNKNOWN: '该记录所属的流程已不在库中，本次未保存。',
    INSPECTION_PLAN_UNKNOWN: '检查计划已不在库中，或属于其他流程，本次未保存。',
    INSPECTION_KPI_UNKNOWN: '有测量值对应的指标不在检查计划中，本次未保存。',
    INSPECTION_PERIOD_TAKEN:
      '{{start}} 至 {{end}} 这一期间已有检查记录，请打开该记录。本次未保存。',
    INSPECTION_FILE_UNREADABLE: '无法将 {{name}} 读取为 .xlsx 工作簿或 .csv 文件，未导入任何数据。',
    INSPECTION_ACTION_LINKED: '整改措施“{{what}}”已关联一个修订，请打开该修订。本次未新建。',
    INSPECTION_RECORD_DAMAGED:
      '此流程有一条检查相关记录已损坏（在 RoleFlow 之外被改动），因此无法显示其记录。未做任何改动，该记录原样保留（键 {{key}}）。',
  },
};

export const inspectionMessages: Record<Locale, InspectionMessages> = { en, 'zh-CN': zhCN };
