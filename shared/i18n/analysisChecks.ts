import type { RuleText } from './analysis';

/*
 * Texts of the RACI (R1–R8) and modelling (M1–M14) rules, PROCESS-ANALYSIS.md §c5–c6. The
 * Chinese message is the catalogue's 消息 (zh) verbatim, the English its Message (en); params
 * are the finding's (shared/analysis/rules/raci.ts, modelling*.ts). A variant names a second
 * message of the same rule (e.g. R3 `aDoesWork`).
 */

export type CheckRuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'M1'
  | 'M2'
  | 'M3'
  | 'M4'
  | 'M5'
  | 'M6'
  | 'M7'
  | 'M8'
  | 'M9'
  | 'M10'
  | 'M11'
  | 'M12'
  | 'M13'
  | 'M14';

const en: Record<CheckRuleId, RuleText> = {
  R1: {
    title: 'No Accountable',
    message: '{{a}} has no Accountable role.',
    fix: 'Assign exactly one A.',
    notFilled:
      'RACI is not filled in: {{n}} steps. Each lane’s role counts as Responsible; add the Accountable, Consulted and Informed roles to check the responsibilities.',
  },
  R2: {
    title: 'Several Accountables',
    message: '{{a}} has {{n}} Accountable roles; exactly one is allowed.',
    fix: 'Keep one A; make the others C or I.',
  },
  R3: {
    title: 'No Responsible',
    message: '{{a}} has no Responsible role.',
    fix: 'Assign at least one R.',
    aDoesWork: '{{a}} has no Responsible role: the Accountable also does the work.',
  },
  R4: {
    title: 'Lane is not R or A',
    message: 'The lane of {{a}} ({{lane}}) is neither R nor A.',
    fix: 'Move the activity to the R’s lane, or fix the letters.',
  },
  R5: {
    title: 'Several letters',
    message: '{{role}} has several letters ({{letters}}) on {{a}}.',
    fix: 'Keep one letter.',
  },
  R6: {
    title: 'Approver is not A',
    message: 'The approval {{a}} is not performed by the Accountable role.',
    fix: 'Make the approver the A, or relabel the activity.',
  },
  R7: {
    title: 'Too many consulted',
    message: '{{a}} consults too many roles ({{n}}).',
    fix: 'Cut C to those who must give input.',
  },
  R8: {
    title: 'No process owner',
    message: 'The process has no owner.',
    fix: 'Set the process owner in the process details.',
  },
  M1: { title: 'Missing label', message: '{{id}} has no label.', fix: 'Add a label.' },
  M2: {
    title: 'Not verb + object',
    message: '{{a}} should be named verb + object.',
    fix: 'Rename, e.g. “Check expense claim” (审核报销单).',
  },
  M3: {
    title: 'Start or end missing',
    message: 'The process lacks a start or end event.',
    fix: 'Add one start and one end.',
    manyStarts: 'The process has {{n}} start events.',
  },
  M4: { title: 'Not connected', message: '{{id}} is not connected.', fix: 'Connect or delete it.' },
  M5: {
    title: 'Implicit split or join',
    message: '{{a}} splits or joins implicitly.',
    fix: 'Use a gateway.',
    join: '{{a}} joins implicitly: several flows lead into it.',
  },
  M6: { title: 'Superfluous gateway', message: 'Superfluous gateway {{g}}.', fix: 'Remove it.' },
  M7: { title: 'OR gateway', message: 'Avoid OR gateways.', fix: 'Use XOR or AND.' },
  M8: {
    title: 'Too large',
    message: '{{n}} elements; split into sub-processes.',
    fix: 'Extract sub-processes.',
  },
  M9: { title: 'No role', message: '{{a}} has no role.', fix: 'Put it in a role lane.' },
  M10: {
    title: 'Analysis data missing',
    message: '{{a}} lacks work, wait or value data; the analysis is incomplete.',
    fix: 'Fill in the fields (the summary box shows coverage %).',
  },
  M11: {
    title: 'Branch probabilities',
    message: 'Branch probabilities at {{g}} sum to {{s}} %.',
    fix: 'Fix the percentages.',
  },
  M12: { title: 'Duplicate name', message: 'Duplicate name {{a}}.', fix: 'Rename, or see E8.' },
  M13: {
    title: 'Flag not set',
    message: '{{a}} looks like a {{kind}}; set the flag?',
    fix: 'One-click set.',
    approval: '{{a}} looks like an approval; set the flag?',
    inspection: '{{a}} looks like an inspection; set the flag?',
    handOff: '{{a}} looks like a hand-off; set the flag?',
  },
  M14: {
    title: 'Loop with no way out',
    message: 'No case can leave this loop ({{n}} shapes); lead time and PCE cannot be computed.',
    fix: 'Give the loop a way out, or a probability above 0 on the way out.',
  },
};

const zhCN: Record<CheckRuleId, RuleText> = {
  R1: {
    title: '缺少负责批准人',
    message: '「{{a}}」没有负责批准人(A)。',
    fix: '指定且只指定一个A。',
    notFilled:
      '尚未填写RACI:共{{n}}个活动。泳道岗位默认为执行人(R);请补充负责批准人(A)、咨询方(C)和知会方(I),以检查职责分工。',
  },
  R2: {
    title: 'A不唯一',
    message: '「{{a}}」有{{n}}个A,只能有一个。',
    fix: '保留一个A,其余改为C或I。',
  },
  R3: {
    title: '缺少执行人',
    message: '「{{a}}」没有执行人(R)。',
    fix: '至少指定一个R。',
    aDoesWork: '「{{a}}」没有执行人(R):由负责批准人(A)亲自执行。',
  },
  R4: {
    title: '泳道岗位不是R或A',
    message: '「{{a}}」所在泳道「{{lane}}」不是R或A。',
    fix: '把活动移到R所在泳道,或更正RACI。',
  },
  R5: {
    title: '一个岗位多个角色',
    message: '「{{role}}」在「{{a}}」上同时为{{letters}}。',
    fix: '只保留一个字母。',
  },
  R6: {
    title: '审批人不是A',
    message: '审批活动「{{a}}」的执行岗位不是A。',
    fix: '把审批人设为A,或修改活动名称。',
  },
  R7: {
    title: '咨询方过多',
    message: '「{{a}}」咨询方过多({{n}}个C)。',
    fix: '只保留必须提供意见的C。',
  },
  R8: {
    title: '缺少流程负责人',
    message: '流程未指定流程负责人。',
    fix: '在流程基本信息中指定流程Owner。',
  },
  M1: { title: '缺少名称', message: '「{{id}}」缺少名称。', fix: '补充名称。' },
  M2: {
    title: '名称不是动词+对象',
    message: '「{{a}}」名称应以动词开头(动词+对象)。',
    fix: '重新命名,例如“审核报销单”。',
  },
  M3: {
    title: '缺少开始或结束',
    message: '流程缺少开始/结束事件。',
    fix: '添加一个开始事件和一个结束事件。',
    manyStarts: '流程有{{n}}个开始事件。',
  },
  M4: { title: '未连接', message: '「{{id}}」未连接。', fix: '连接或删除。' },
  M5: {
    title: '隐式分支/合并',
    message: '「{{a}}」隐式分支/合并。',
    fix: '使用网关。',
    join: '「{{a}}」隐式合并:有多条连线汇入。',
  },
  M6: { title: '多余的网关', message: '多余的网关「{{g}}」。', fix: '删除该网关。' },
  M7: { title: '“或”网关', message: '尽量避免“或”网关。', fix: '改用“异或”或“并行”网关。' },
  M8: {
    title: '流程过大',
    message: '流程元素{{n}}个,建议拆分子流程。',
    fix: '提取子流程。',
  },
  M9: { title: '未指定岗位', message: '「{{a}}」未指定岗位。', fix: '放入岗位泳道。' },
  M10: {
    title: '分析数据不全',
    message: '「{{a}}」缺少工时/等待/价值分类,分析不完整。',
    fix: '补充这些字段(汇总框显示覆盖率)。',
  },
  M11: {
    title: '分支概率',
    message: '网关「{{g}}」分支概率合计{{s}}%。',
    fix: '更正各分支的百分比。',
  },
  M12: { title: '名称重复', message: '名称重复:「{{a}}」。', fix: '重新命名,或参见E8。' },
  M13: {
    title: '未标记类型',
    message: '「{{a}}」似为{{kind}},是否标记?',
    fix: '一键标记。',
    approval: '「{{a}}」似为审批,是否标记?',
    inspection: '「{{a}}」似为检查,是否标记?',
    handOff: '「{{a}}」似为交接,是否标记?',
  },
  M14: {
    title: '无法退出的循环',
    message: '没有案件能离开这个含{{n}}个节点的循环,无法计算周期和流程周期效率。',
    fix: '为循环增加出口,或让出口分支的概率大于0。',
  },
};

export const checkRuleMessages = { en, 'zh-CN': zhCN };
