/*
 * Interface text of the library-wide checks J1–J8 (PROCESS-ANALYSIS.md §c7). The Chinese
 * message is the catalogue's 消息 (zh) verbatim and the English its Message (en); a rule's
 * second message (the finding's `variant`: J4 neverHanded, J5 bandExceeded / filing, J7
 * weightsTotal, J8 stepLimits / dutyStandard) is keyed by the variant. Params are the
 * finding's (shared/rules/library), formatted by the renderer.
 */
const en = {
  section: {
    title: 'Descriptions against processes',
    intro:
      'What each position description claims, read against the process maps its role works in (rules J1–J8).',
    empty: 'Descriptions and processes agree: no findings.',
    families: {
      coverage: 'Steps and duties',
      relations: 'Working relations and authority',
      time: 'Workload and time limits',
    },
    inProcess: 'in {{process}}',
    openRole: 'Open the description',
    heading: 'Against the processes',
    summary: '{{count}} findings on {{roles}} roles',
    showAll: 'Show all {{count}}',
    unsaved: 'Checked against the saved maps; the map shows its findings as last saved.',
  },
  rules: {
    J1: {
      title: 'Role without a description',
      message: '{{role}} has no position description.',
      fix: 'Create it, or map the lane to an existing role.',
    },
    J2: {
      title: 'Step not in the duties',
      message: '{{a}} is not covered by any duty of {{role}}.',
      fix: 'Link it to a duty, or draft one from the activity.',
    },
    J3: {
      title: 'Duty without a process',
      message: 'Duty {{d}} is backed by no process.',
      fix: 'Link it, or mark it as non-process.',
    },
    J4: {
      title: 'Hand-off not in the working relations',
      message:
        '{{r1}} hands work to {{r2}}, but its JD does not list {{r2}} as a working relation.',
      neverHanded:
        '{{r1}} lists {{r2}} as a working relation, but no process hands work between them.',
      fix: 'Update 工作关系, or question the hand-off.',
    },
    J5: {
      title: 'Approval without authority',
      message: '{{role}} approves {{a}} without an authority clause in its JD.',
      bandExceeded: '{{role}} approves {{a}} up to {{amount}}, beyond its authority of {{limit}}.',
      filing:
        '{{lower}} already approves up to {{amount}}: the approval {{a}} by {{role}} could become filing (备案).',
      fix: 'Add or adjust 工作权限, or reassign the approval.',
    },
    J6: {
      title: 'Saturation outside the band',
      message: '{{role}} is at {{s}} % saturation.',
      fix: 'Re-staff (定编) or regroup duties.',
    },
    J7: {
      title: 'Weight against time',
      message: 'Duty {{d}} weighs {{w}} % but takes {{t}} % of process time.',
      weightsTotal:
        'The duty weights of {{role}} add up to {{sum}} %; they cannot be set against process time.',
      fix: 'Re-weight the duty, or re-check the times.',
    },
    J8: {
      title: 'Time-limit chain',
      message: 'The critical path ({{lt}}) exceeds the process time limit ({{tl}}).',
      stepLimits:
        'The step time limits on the critical path add up to {{sum}}, over the process time limit ({{tl}}).',
      dutyStandard: 'Duty {{d}} states a time limit of {{dl}}, but its step {{a}} has {{al}}.',
      fix: 'Cut waits (E5), parallelise (I4), or revise the 时限.',
    },
  },
};

const zhCN: typeof en = {
  section: {
    title: '一岗一流程',
    intro: '逐岗对照职位说明书与其所在流程的实际工作（规则 J1–J8）。',
    empty: '职位说明书与流程一致，未发现问题。',
    families: {
      coverage: '流程步骤与岗位职责',
      relations: '工作关系与工作权限',
      time: '工作量与时限',
    },
    inProcess: '所在流程：{{process}}',
    openRole: '打开职位说明书',
    heading: '对照流程',
    summary: '{{roles}} 个岗位共 {{count}} 项发现',
    showAll: '显示全部 {{count}} 项',
    unsaved: '按已保存的流程图检查；流程图的发现以最近一次保存为准。',
  },
  rules: {
    J1: {
      title: '岗位无职位说明书',
      message: '「{{role}}」无职位说明书。',
      fix: '新建该岗位的职位说明书，或将泳道对应到已有岗位。',
    },
    J2: {
      title: '步骤未写入职责',
      message: '「{{a}}」未体现在「{{role}}」的岗位职责中。',
      fix: '将其关联到一条职责，或由该活动起草职责。',
    },
    J3: {
      title: '职责无流程支撑',
      message: '职责「{{d}}」无流程支撑。',
      fix: '关联流程步骤，或标记为非流程工作。',
    },
    J4: {
      title: '交接未列入工作关系',
      message: '「{{r1}}」与「{{r2}}」有交接,但工作关系未列明。',
      neverHanded: '「{{r1}}」的工作关系列有「{{r2}}」,但各流程中两者没有交接。',
      fix: '更新工作关系，或重新审视该交接。',
    },
    J5: {
      title: '审批无权限依据',
      message: '「{{role}}」审批「{{a}}」无权限依据。',
      bandExceeded: '「{{role}}」审批「{{a}}」金额至{{amount}},超出其权限{{limit}}。',
      filing: '「{{lower}}」已有{{amount}}以内的审批权限,「{{role}}」审批「{{a}}」可改为备案。',
      fix: '增补或调整工作权限，或改由其他岗位审批。',
    },
    J6: {
      title: '饱和度超出区间',
      message: '「{{role}}」饱和度{{s}}%。',
      fix: '重新定编，或调整职责组合。',
    },
    J7: {
      title: '权重与耗时不符',
      message: '职责「{{d}}」权重{{w}}%,流程耗时占比{{t}}%。',
      weightsTotal: '「{{role}}」的职责权重合计{{sum}}%,无法与流程耗时对账。',
      fix: '调整职责权重，或复核工时数据。',
    },
    J8: {
      title: '时限链',
      message: '关键路径{{lt}}超过流程时限{{tl}}。',
      stepLimits: '关键路径上各步骤时限合计{{sum}},超过流程时限{{tl}}。',
      dutyStandard: '职责「{{d}}」的工作标准时限{{dl}}与步骤「{{a}}」的时限{{al}}不一致。',
      fix: '压缩等待（E5）、并行处理（I4），或修订时限。',
    },
  },
};

export const alignmentCheckMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': zhCN,
};
