import type { RuleId } from '../rules/positionChecks';
import type { Locale } from './locales';

/** What the interface says about one rule: a short title, why it fired, and how to fix it. */
export type RuleMessage = { title: string; reason: string; fix: string };

/**
 * Text for the position-description checks (shared/rules/positionChecks.ts), in i18next
 * syntax: {{name}} is a finding's params entry. Typed by RuleId, so a new rule cannot ship
 * without its text in both languages. The Chinese uses the method's own terms.
 */
export const checksMessages: Record<Locale, Record<RuleId, RuleMessage>> = {
  en: {
    dutyEmpty: {
      title: 'Empty duty',
      reason: 'This duty has no description.',
      fix: 'Say what is done, to what, with what result — or delete the row.',
    },
    dutyNoVerb: {
      title: 'No action verb',
      reason: 'The duty does not start with an action verb, so it names a topic, not work.',
      fix: 'Start with a verb such as Develop, Prepare, Review or Monitor, then the object and result.',
    },
    dutyWeakVerb: {
      title: 'Weak or vague wording',
      reason: '“{{phrase}}” says what the role owns, not what it does or to what result.',
      fix: 'Replace “{{phrase}}” with a specific action, e.g. “Develop the annual hiring plan”.',
    },
    dutyNoFrequency: {
      title: 'No frequency',
      reason: 'The duty does not say how often it is done.',
      fix: 'Pick daily, weekly, monthly, quarterly, yearly or as needed.',
    },
    dutyNoStandard: {
      title: 'No standard',
      reason: 'The duty has no standard or output, so nobody can tell when it is done well.',
      fix: 'State the result or standard, e.g. “submitted by the 5th, no errors”.',
    },
    dutyDuplicate: {
      title: 'Duty copied from other roles',
      reason: 'Other roles with exactly this duty: {{others}}.',
      fix: 'Say what this role does in it and to what result, or confirm the duty is truly shared.',
    },
    weightsTotal: {
      title: 'Weights do not add up to 100%',
      reason: 'The duty weights add up to {{total}}%, not 100%.',
      fix: 'Adjust the weights so that they total 100%.',
    },
    weightsMissing: {
      title: 'Weights missing',
      reason: 'Duties without a weight: {{missing}} of {{duties}}.',
      fix: 'Give every duty its share of time in %, 100% in total.',
    },
    tooManyDuties: {
      title: 'Too many duties',
      reason: 'This role lists {{count}} duties; more than {{max}} blurs its main functions.',
      fix: 'Merge related duties, or group minor ones into a single supporting duty.',
    },
    titleMissing: {
      title: 'No job title',
      reason: 'The position description has no job title.',
      fix: 'Enter the job title.',
    },
    purposeMissing: {
      title: 'No job purpose',
      reason: 'The job purpose is empty, so the duties have no “why”.',
      fix: 'Say in one or two sentences why this role exists.',
    },
    dutiesMissing: {
      title: 'No duties',
      reason: 'A position description needs at least one duty.',
      fix: 'Add the role’s main duties, each starting with an action verb.',
    },
    authorityMissing: {
      title: 'No authority',
      reason: 'The decisions and approvals this role holds are not stated.',
      fix: 'List what the role may decide, approve or propose.',
    },
    educationMissing: {
      title: 'No education requirement',
      reason: 'The qualifications do not state the education required.',
      fix: 'Enter the minimum education for the role.',
    },
    experienceMissing: {
      title: 'No experience requirement',
      reason: 'The qualifications do not state the experience required.',
      fix: 'Enter the minimum experience, e.g. “3 years in payroll”.',
    },
    kpisMissing: {
      title: 'No KPIs',
      reason: 'The role has no performance indicators to be assessed on.',
      fix: 'Add at least one KPI with its target and period.',
    },
    workConditionsMissing: {
      title: 'No physical demands or work environment',
      reason: 'The job description does not state the physical demands and work environment.',
      fix: 'Describe the physical demands and the work environment, even if it is an office.',
    },
    sameCompetencies: {
      title: 'Same competencies as many roles',
      reason: '{{count}} roles require exactly this set of competencies.',
      fix: 'Bring out what is particular to this role and set levels for it: the right person for the right post.',
    },
  },
  'zh-CN': {
    dutyEmpty: {
      title: '职责描述为空',
      reason: '这一项工作职责没有填写职责描述。',
      fix: '写明做什么、对什么、达到什么结果，或删除这一项。',
    },
    dutyNoVerb: {
      title: '职责描述缺少动词',
      reason: '职责描述没有以行为动词开头，只写了事项，看不出具体做什么。',
      fix: '以行为动词开头，如“制定”“编制”“审核”“监控”，并写明对象和结果。',
    },
    dutyWeakVerb: {
      title: '职责描述笼统',
      reason: '“{{phrase}}”只说明归属，没有说明具体做什么、达到什么结果。',
      fix: '把“{{phrase}}”改为具体的行为动词，如“制定年度招聘计划并组织实施”。',
    },
    dutyNoFrequency: {
      title: '未填写频次',
      reason: '这项职责没有填写频次。',
      fix: '选择频次：每日、每周、每月、每季度、每年或按需。',
    },
    dutyNoStandard: {
      title: '未填写工作标准',
      reason: '这项职责没有工作标准/输出成果，无法检查做到什么程度。',
      fix: '写明应达到的工作标准或输出成果，如“每月 5 日前提交，差错为零”。',
    },
    dutyDuplicate: {
      title: '职责与其他岗位重复',
      reason: '另有 {{others}} 个岗位写有完全相同的职责描述。',
      fix: '写明本岗位在这件事上具体做什么、达到什么结果，或确认这项职责确应共有。',
    },
    weightsTotal: {
      title: '权重合计不是 100%',
      reason: '各项职责的权重合计为 {{total}}%，应为 100%。',
      fix: '调整各项职责的权重，使合计为 100%。',
    },
    weightsMissing: {
      title: '未填写权重',
      reason: '共 {{duties}} 项职责，其中 {{missing}} 项没有填写权重。',
      fix: '为每项职责填写权重（%），合计 100%。',
    },
    tooManyDuties: {
      title: '职责项过多',
      reason: '本岗位有 {{count}} 项职责，超过 {{max}} 项会冲淡岗位的主要职能。',
      fix: '合并相近的职责，或把次要事项归为一项参与和协助类职责。',
    },
    titleMissing: {
      title: '未填写岗位名称',
      reason: '职位说明书没有岗位名称。',
      fix: '填写岗位名称。',
    },
    purposeMissing: {
      title: '未填写岗位目的',
      reason: '岗位目的为空，看不出这个岗位为什么存在。',
      fix: '用一两句话写明岗位目的。',
    },
    dutiesMissing: {
      title: '没有工作职责',
      reason: '职位说明书至少要有一项工作职责。',
      fix: '添加本岗位的主要职责，每项以行为动词开头。',
    },
    authorityMissing: {
      title: '未填写工作权限',
      reason: '工作权限为空，看不出本岗位有哪些决策和审批权。',
      fix: '写明本岗位可以决定、审批或提议的事项。',
    },
    educationMissing: {
      title: '任职资格缺少学历',
      reason: '任职资格没有写明学历要求。',
      fix: '填写本岗位要求的最低学历。',
    },
    experienceMissing: {
      title: '任职资格缺少经验',
      reason: '任职资格没有写明工作经验要求。',
      fix: '填写本岗位要求的工作经验，如“3 年以上薪酬核算经验”。',
    },
    kpisMissing: {
      title: '未填写考核指标',
      reason: '本岗位没有考核指标，无法检查工作效果。',
      fix: '至少添加一项考核指标，并写明目标值和考核周期。',
    },
    workConditionsMissing: {
      title: '未填写工作条件',
      reason: '没有写明体力要求和工作环境。',
      fix: '描述体力要求和工作环境，办公室环境也应写明。',
    },
    sameCompetencies: {
      title: '千岗一面',
      reason: '{{count}} 个岗位要求完全相同的一组能力素质（千岗一面）。',
      fix: '突出本岗位特有的能力素质并按岗位设定等级，做到适才适所。',
    },
  },
};
