/**
 * Interface text of 工作权限 clauses, 工作关系 partners and the notes of changes waiting for
 * approval (issue 10); en and zh-CN have the same keys.
 */
const en = {
  authority: {
    hint: 'One sentence per clause. RoleFlow reads the kind, the object and the amount limit; correct them if they are wrong.',
    clause: 'Clause {{n}}',
    kind: 'Kind of clause {{n}}',
    object: 'Object of clause {{n}}',
    amount: 'Amount limit of clause {{n}} (yuan)',
    objectPlaceholder: 'What is approved',
    amountPlaceholder: 'No limit',
    placeholder: 'e.g. Approve expense claims up to ¥50,000',
    add: 'Add a clause',
    remove: 'Remove clause {{n}}',
    up: 'Move clause {{n}} up',
    down: 'Move clause {{n}} down',
    amountRange: 'An amount limit is between 0 and 10,000,000,000,000 yuan.',
    kinds: { approve: 'Approve', recommend: 'Recommend', decide: 'Decide', other: 'Other' },
  },
  relations: {
    internal: 'Internal',
    external: 'External',
    partner: 'Partner of relation {{n}}',
    sentence: 'Relation {{n}}',
    partnerPlaceholder: 'Role, department or a name',
    sentencePlaceholder: 'What the two work on together',
    add: 'Add a relation',
    remove: 'Remove relation {{n}}',
    roles: 'Roles',
    departments: 'Departments',
    named: 'Named: {{name}}',
  },
  pending: {
    count_one: '{{count}} change awaiting approval',
    count_other: '{{count}} changes awaiting approval',
    title: 'Changes made since the last approval',
    historyTitle: 'Awaiting approval',
  },
};

export const roleStructureMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': {
    authority: {
      hint: '每条权限写一句话。RoleFlow 读出权限类型、对象和金额上限，读错了可以直接改。',
      clause: '第 {{n}} 条权限',
      kind: '第 {{n}} 条权限的类型',
      object: '第 {{n}} 条权限的对象',
      amount: '第 {{n}} 条权限的金额上限（元）',
      objectPlaceholder: '审批什么',
      amountPlaceholder: '不限额',
      placeholder: '例如：对 5 万元以下的费用报销有审批权',
      add: '添加一条权限',
      remove: '删除第 {{n}} 条权限',
      up: '第 {{n}} 条权限上移',
      down: '第 {{n}} 条权限下移',
      amountRange: '金额上限应在 0 到 10 万亿元之间。',
      kinds: { approve: '审批', recommend: '建议', decide: '决定', other: '其他' },
    },
    relations: {
      internal: '内部',
      external: '外部',
      partner: '第 {{n}} 项关系的协作对象',
      sentence: '第 {{n}} 项关系',
      partnerPlaceholder: '职位、部门或名称',
      sentencePlaceholder: '双方在哪些工作上协作',
      add: '添加一项关系',
      remove: '删除第 {{n}} 项关系',
      roles: '职位',
      departments: '部门',
      named: '名称：{{name}}',
    },
    pending: {
      count_one: '{{count}} 项变更待审批',
      count_other: '{{count}} 项变更待审批',
      title: '上次批准以来的变更',
      historyTitle: '待审批',
    },
  },
};
