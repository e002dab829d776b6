import type { AnalysisRuleId } from '../analysis/types';
import type { RuleText } from './analysis';

/*
 * Texts of the ESIA rules (PROCESS-ANALYSIS.md §c1–c4). Messages are §c's 消息 (zh) and
 * Message (en) columns verbatim, filled with the finding's params ({{a}}, {{wait}} …);
 * durations come formatted with their unit in the time basis and shares as percentages, so
 * E6's "{extra}分钟" is "{{extra}}" here. A rule's second message is named by its variant.
 */

export type EsiaRuleId = Extract<AnalysisRuleId, `${'E' | 'S' | 'I' | 'A'}${number}`>;

const en: Record<EsiaRuleId, RuleText> = {
  E1: {
    title: 'Serial approvals',
    message:
      '{{n}} approvals in a row ({{a1}} → {{a2}}) by {{roles}}, with nothing of value between them. Keep one approval; turn the others into after-the-fact filing.',
    fix: 'Keep the approval by the RACI A (or by the authority J5 finds). Delete the others and add their roles as I (备案).',
  },
  E2: {
    title: 'Repeated checks',
    message: '{{obj}} is checked {{n}} times ({{a}}, {{b}}) and does not change in between.',
    fix: 'Keep the check nearest the result (结果检查), or merge both into one checklist.',
  },
  E3: {
    title: 'Pass-on step',
    message: '{{a}} only passes {{obj}} from {{prev}} to {{next}} and changes nothing.',
    noObject: '{{a}} only passes the work from {{prev}} to {{next}} and changes nothing.',
    fix: 'Delete the step: the step before hands directly to the step after, or the system routes it. Drop the role from the process if this was its only step.',
  },
  E4: {
    title: 'Non-value step without output',
    message: '{{a}} adds no value and produces no output.',
    fix: 'Eliminate it, or reclassify it as BVA with a reason (law, regulation).',
  },
  E5: {
    title: 'Long wait',
    message: '{{a}} waits {{wait}} before starting: {{k}} times its work time.',
    noWork: '{{a}} waits {{wait}} before starting, and has no work time of its own.',
    process: 'Waiting is {{share}} of the lead time ({{wait}} per case).',
    fix: 'Find the queue cause (batching, inbox, paper transport, approval backlog). Set a 时限, notify automatically.',
  },
  E6: {
    title: 'Rework loop',
    message:
      'When {{check}} fails, work returns to {{target}} (rework rate {{p}}): {{extra}} extra per case.',
    unset:
      'When {{check}} fails, work returns to {{target}}; the rework rate is not given (an even split gives {{extra}} extra per case).',
    fix: 'Write a 工作标准/作业指导书 for the upstream step, check at the source, raise %C&A.',
  },
  E7: {
    title: 'Ping-pong',
    message: 'Work bounces between {{r1}} and {{r2}} ({{n}} times).',
    fix: 'Give the first role complete inputs up front, or let one role do both steps.',
  },
  E8: {
    title: 'Duplicated step',
    message: '{{a}} and {{b}} do the same action on the same object.',
    fix: 'Keep one. Across processes, extract a shared sub-process.',
  },
  E9: {
    title: 'Approval that rarely rejects',
    message:
      '{{a}} pre-approves every case but rejects only {{p}}. Check results afterwards (sampling) instead.',
    fix: 'Use a post-hoc result check at a sampling rate; move the authority to the performer; keep pre-approval only for exception triggers.',
  },
  S1: {
    title: 'Too many hands',
    message: 'One case passes through {{NR}} roles in {{ND}} departments.',
    fix: 'Reduce involvement: case manager or case team; regroup duties.',
  },
  S2: {
    title: 'Form filled twice',
    message: '{{form}} is filled in twice ({{a}}, {{b}}).',
    fix: 'Fill one form once; later steps read it.',
  },
  S3: {
    title: 'Inform-only step',
    message: '{{a}} only informs; record {{role}} as Informed on the previous step instead.',
    fix: 'Remove the step; add the role as I; let the system notify.',
  },
  S4: {
    title: 'Inspection of every case',
    message:
      '{{a}} checks every case but fails only {{p}}. Route routine cases past it and check exceptions only.',
    fix: 'Triage: an XOR on a case attribute (amount, risk); sample routine cases.',
  },
  S5: {
    title: 'Many approvals',
    message: '{{NA}} of {{N}} activities are approvals ({{pct}}).',
    fix: 'Review the authority table (工作权限); tier approvals by amount; 备案 for the low tiers.',
  },
  I1: {
    title: 'Simple steps across roles',
    message: '{{k}} simple steps ({{a1}} … {{ak}}) pass through {{n}} roles with {{h}} hand-offs.',
    fix: 'Give the run to one role (case manager 专案经理) backed by a system; update the JDs.',
  },
  I2: {
    title: 'Many customer contacts',
    message: 'The customer deals with {{n}} roles ({{roles}}).',
    fix: 'Single point of contact (单点接触): the case manager owns all contact.',
  },
  I3: {
    title: 'Many hand-offs',
    message: '{{H}} hand-offs per case ({{ratio}} per activity).',
    fix: 'Integrate runs (I1), case team, co-location.',
  },
  I4: {
    title: 'Could run in parallel',
    message: "{{b}} does not use {{a}}'s output; run them in parallel.",
    fix: 'Add an AND split (同步工程).',
  },
  I5: {
    title: 'Single-step role',
    message: '{{role}} does a single {{work}}-minute step ({{a}}) in this process.',
    fix: 'Absorb it into an adjacent role, unless segregation of duties requires it.',
  },
  A1: {
    title: 'Automation candidate',
    message: '{{a}} takes about {{H}} h/yr of repetitive work; consider a system.',
    fix: 'Automate it (system or RPA); mark the JD duty as "system-supported".',
  },
  A2: {
    title: 'Re-keying',
    message: '{{a}} re-keys information {{src}} already produced.',
    fix: 'Shared information system; capture once at the source.',
  },
  A3: {
    title: 'Waiting after a hand-off',
    message: 'After the hand-off {{a}} → {{b}} the case waits {{wait}}.',
    fix: 'Electronic routing, shared case file, automatic notification.',
  },
  A4: {
    title: 'Eliminate before automating',
    message: 'Eliminate or simplify {{a}} before automating it.',
    fix: 'Apply E, S, I first.',
  },
};

const zhCN: typeof en = {
  E1: {
    title: '多级审批',
    message:
      '「{{a1}}」后紧接「{{a2}}」等{{n}}级审批({{roles}}),其间无增值活动。可保留一级审批,其余改为备案。',
    fix: '保留 RACI 中 A（或工作权限所定审批人）的审批，删除其余审批，将其岗位改为知会（I，备案）。',
  },
  E2: {
    title: '重复检查',
    message: '「{{obj}}」被检查{{n}}次(「{{a}}」「{{b}}」),其间未被修改。',
    fix: '只保留最接近结果的一次检查（结果检查），或把两次检查合并为一张检查清单。',
  },
  E3: {
    title: '传递性步骤',
    message: '「{{a}}」只是把{{obj}}从「{{prev}}」转给「{{next}}」,未改变内容。',
    noObject: '「{{a}}」只是把工作从「{{prev}}」转给「{{next}}」,未改变内容。',
    fix: '删除该步骤：由前一步直接交给后一步，或由系统流转。若这是该岗位在本流程的唯一步骤，将该岗位移出流程。',
  },
  E4: {
    title: '无输出的非增值活动',
    message: '「{{a}}」为非增值活动且无输出成果。',
    fix: '取消该活动；或说明理由（法律、法规要求）后改为必要非增值（BVA）。',
  },
  E5: {
    title: '等待过长',
    message: '「{{a}}」开始前等待{{wait}},是其工作时间的{{k}}倍。',
    noWork: '「{{a}}」开始前等待{{wait}},本身没有工作时间。',
    process: '本流程等待时间占周期时间的{{share}}(每件{{wait}})。',
    fix: '查明排队原因（批量处理、待办积压、纸面传递、审批积压），设定时限并自动通知。',
  },
  E6: {
    title: '返工循环',
    message: '「{{check}}」不通过时返回「{{target}}」(返工率{{p}}),每件平均多耗{{extra}}。',
    unset:
      '「{{check}}」不通过时返回「{{target}}」,未填写返工率(按平均分流估算,每件多耗{{extra}})。',
    fix: '为上游步骤编写工作标准/作业指导书，在源头检查，提高一次合格率（%C&A）。',
  },
  E7: {
    title: '来回传递',
    message: '工作在「{{r1}}」与「{{r2}}」之间来回传递{{n}}次。',
    fix: '让前一个岗位一次拿到完整输入，或由一个岗位完成这两步。',
  },
  E8: {
    title: '重复活动',
    message: '「{{a}}」与「{{b}}」为同一动作、同一对象。',
    fix: '只保留一个。跨流程重复时，提取为共用子流程。',
  },
  E9: {
    title: '前置审批驳回率低',
    message: '「{{a}}」对全部案件事前审批,驳回率仅{{p}},可改为事后结果检查(抽查)。',
    fix: '改为按抽查比例的事后结果检查，把权限下放给执行人；仅对例外情况保留事前审批。',
  },
  S1: {
    title: '经手岗位过多',
    message: '一件业务经过{{NR}}个岗位、{{ND}}个部门。',
    fix: '减少参与方：设专案经理或专案小组，重组职责。',
  },
  S2: {
    title: '表单重复填写',
    message: '「{{form}}」在「{{a}}」与「{{b}}」中重复填写。',
    fix: '表单只填写一次，后续步骤直接读取。',
  },
  S3: {
    title: '仅为通知的步骤',
    message: '「{{a}}」仅为通知,可改为前一步的“知会(I)”。',
    fix: '删除该步骤，把该岗位设为前一步的知会（I），由系统自动通知。',
  },
  S4: {
    title: '全数检查',
    message: '「{{a}}」对全部案件检查,不合格率仅{{p}},可分流:例行件抽查、例外件详查。',
    fix: '分流：按案件属性（金额、风险）设排他网关，例行件抽查。',
  },
  S5: {
    title: '审批过多',
    message: '本流程{{N}}个活动中有{{NA}}个审批({{pct}})。',
    fix: '复核工作权限表，按金额分级审批，低级别改为备案。',
  },
  I1: {
    title: '简单工作跨岗位',
    message: '「{{a1}}」…「{{ak}}」{{k}}步简单工作依次经过{{n}}个岗位,交接{{h}}次。',
    fix: '把这段工作交给一个岗位（专案经理），以信息系统支持，并更新相应岗位说明书。',
  },
  I2: {
    title: '客户多头接触',
    message: '客户需与{{n}}个岗位打交道({{roles}})。',
    fix: '单点接触：由专案经理负责与客户的全部联系。',
  },
  I3: {
    title: '交接过多',
    message: '每件平均交接{{H}}次(每活动{{ratio}})。',
    fix: '整合连续步骤（I1），设专案小组，集中办公。',
  },
  I4: {
    title: '可并行',
    message: '「{{b}}」不依赖「{{a}}」的输出,可并行。',
    fix: '加并行网关（同步工程）。',
  },
  I5: {
    title: '只做一步的岗位',
    message: '「{{role}}」在本流程只做一步「{{a}}」({{work}}分钟)。',
    fix: '并入相邻岗位，除非职责分离要求保留。',
  },
  A1: {
    title: '可自动化',
    message: '「{{a}}」每年约{{H}}小时重复性工作,可交给系统。',
    fix: '用系统或 RPA 自动完成；在岗位说明书中把该职责标为“系统支持”。',
  },
  A2: {
    title: '重复录入',
    message: '「{{a}}」将「{{src}}」已产生的信息再次录入。',
    fix: '共享信息系统，信息在源头一次采集。',
  },
  A3: {
    title: '交接后等待',
    message: '「{{a}}」→「{{b}}」交接后等待{{wait}}。',
    fix: '电子流转、共享案卷、自动通知。',
  },
  A4: {
    title: '先清除再自动化',
    message: '应先取消或简化「{{a}}」,再考虑自动化。',
    fix: '先做清除、简化、整合，再做自动化。',
  },
};

export const esiaRuleMessages = { en, 'zh-CN': zhCN };
