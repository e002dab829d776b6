import type { ImportTextField } from './importedRole';

/*
 * The words both templates use for their labels and sections: the Chinese form-style
 * 职位说明书 and the English job description (US and GOV.UK wording). Matching is on a
 * normalised form (no numbering, spaces, colons or case), so "三、 工作职责：" and
 * "Key Responsibilities" find their section.
 */

/** Where a section's lines go. */
export type SectionKey =
  | 'basics'
  | 'purpose'
  | 'duties'
  | 'authority'
  | 'relations'
  | 'relationsInternal'
  | 'relationsExternal'
  | 'qualifications'
  | 'essential'
  | 'desirable'
  | 'workConditions'
  | 'kpis'
  | 'careerPath'
  | 'otherDuties'
  | 'supervisoryResponsibilities'
  | 'travel'
  | 'disclaimer'
  | 'location'
  | 'payRange'
  // Known, but not a field RoleFlow imports: shown as unplaced under their heading.
  | 'competencies'
  | 'signature';

const NUMBERING =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?:\.\d+)*\s*[、.．)]?|[a-z][.)]|第[一二三四五六七八九十\d]+[部分章节条])\s*/i;

/** The comparable form of a label or heading. */
export function normalise(text: string): string {
  return text
    .replace(NUMBERING, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[\s:：*＊。.,，;；'’"“”?？!！]/g, '');
}

const SECTIONS: Record<SectionKey, string[]> = {
  basics: [
    '基本信息',
    '岗位基本信息',
    '职位基本信息',
    '岗位信息',
    'jobinformation',
    'jobdetails',
    'keyfacts',
    'roledetails',
    'basicinformation',
  ],
  purpose: [
    '岗位目的',
    '职位目的',
    '岗位概述',
    '工作概述',
    '职位概要',
    '岗位使命',
    '岗位宗旨',
    '工作目标',
    '设置目的',
    'summary',
    'jobsummary',
    'jobpurpose',
    'purposeofthejob',
    'purposeoftherole',
    'purpose',
    'abouttherole',
    'abouttheroles',
    'abouttheJob',
    'rolepurpose',
    'overview',
    'mainpurpose',
    'mainpurposeofthejob',
    'theRole',
    'positionsummary',
  ].map((w) => w.toLowerCase()),
  duties: [
    '工作职责',
    '岗位职责',
    '主要职责',
    '职责描述',
    '工作内容',
    '主要工作内容',
    '职责与工作任务',
    '职责范围',
    'essentialfunctions',
    'keyresponsibilities',
    'mainduties',
    'responsibilities',
    'duties',
    'mainresponsibilities',
    'keytasks',
    'dutiesandresponsibilities',
    'mainresponsibilitiesandduties',
    'keyaccountabilities',
    'accountabilities',
    "whatyou'lldo",
    'whatyouwilldo',
    'keydutiesandresponsibilities',
    'roleresponsibilities',
  ],
  authority: [
    '工作权限',
    '岗位权限',
    '权限',
    '职权',
    '主要权限',
    'authority',
    'decisionmaking',
    'decision-making',
    'decisionmakingauthority',
    'authorities',
    'delegatedauthority',
  ],
  relations: [
    '工作关系',
    '工作协作关系',
    '内外部关系',
    '协调关系',
    '工作联系',
    'workingrelationships',
    'keyrelationships',
    'keycontacts',
    'relationships',
    'contacts',
  ],
  relationsInternal: [
    '内部关系',
    '内部协调关系',
    '内部联系',
    'internalrelationships',
    'internalcontacts',
    'internal',
  ],
  relationsExternal: [
    '外部关系',
    '外部协调关系',
    '外部联系',
    'externalrelationships',
    'externalcontacts',
    'external',
  ],
  qualifications: [
    '任职资格',
    '任职条件',
    '任职要求',
    '岗位要求',
    '资格要求',
    'qualifications',
    'minimumqualifications',
    'personspecification',
    'skillsandexperience',
    'requirements',
    'experienceandqualifications',
    'qualificationsandexperience',
    'whatweneed',
    "whatwe'relookingfor",
    'whatwearelookingfor',
  ],
  essential: [
    'essentialcriteria',
    'essential',
    'essentialskills',
    'essentialrequirements',
    'essentialqualifications',
  ],
  desirable: [
    'desirablecriteria',
    'desirable',
    'preferredqualifications',
    'desirableskills',
    'desirablerequirements',
    'preferred',
    'nicetohave',
  ],
  workConditions: [
    '工作条件',
    '工作环境',
    '工作条件/环境',
    '工作条件与环境',
    '工作条件和环境',
    '工作场所',
    'physicaldemandsandworkenvironment',
    'workingconditions',
    'workenvironment',
    'workingenvironment',
    'physicaldemands',
    'workingpattern',
    'workinghours',
  ],
  kpis: [
    '考核指标',
    '绩效考核指标',
    '关键绩效指标',
    '绩效指标',
    '考核要点',
    'kpi',
    'kpis',
    'keyperformanceindicators',
    'performancemeasures',
    'successmeasures',
  ],
  careerPath: [
    '职业发展',
    '晋升通道',
    '职业发展通道',
    '发展方向',
    '可晋升岗位',
    'careerpath',
    'careerdevelopment',
    'progression',
    'careerprogression',
  ],
  otherDuties: [
    '其他职责',
    '其他工作',
    '其它职责',
    'otherduties',
    'otherresponsibilities',
    'additionalduties',
  ],
  supervisoryResponsibilities: [
    '管理职责',
    '管理幅度',
    'supervisoryresponsibilities',
    'linemanagement',
    'linemanagementresponsibilities',
    'managementresponsibilities',
    'peoplemanagement',
  ],
  travel: ['出差要求', '出差', 'travel', 'travelrequirements'],
  disclaimer: ['声明', '说明', '备注', 'disclaimer', 'note', 'notes'],
  location: ['工作地点', 'location', 'worklocation', 'locations'],
  payRange: ['薪酬范围', '薪资范围', 'salary', 'salaryrange', 'payrange', 'pay', 'payandbenefits'],
  competencies: [
    '能力素质要求',
    '能力素质',
    '胜任能力',
    '胜任力要求',
    '素质要求',
    'competencies',
    'competencies(knowledge,skills,abilities)',
    'behaviours',
    'successprofile',
    'corecompetencies',
  ],
  signature: [
    '签字确认',
    '签字',
    '审批',
    '审核确认',
    '签署',
    'acknowledgement',
    'acknowledgment',
    'signature',
    'signatures',
    'signoff',
    'approval',
  ],
};

const SECTION_INDEX = new Map<string, SectionKey>(
  Object.entries(SECTIONS).flatMap(([key, words]) =>
    words.map((word) => [normalise(word), key as SectionKey] as const),
  ),
);

export function sectionOf(text: string): SectionKey | null {
  if (text.length > 60) return null;
  return SECTION_INDEX.get(normalise(text)) ?? null;
}

/** Labels of the basic-information grid and of labelled lines ("学历：本科"). */
export type LabelKey = ImportTextField | 'headcount' | 'gradeAndPay' | 'flsa';

const LABELS: Record<LabelKey, string[]> = {
  title: [
    '岗位名称',
    '职位名称',
    '岗位',
    '职位',
    'jobtitle',
    'title',
    'roletitle',
    'positiontitle',
    'position',
    'post',
    'jobrole',
  ],
  code: [
    '岗位编号',
    '职位编号',
    '岗位编码',
    '职位编码',
    '岗位代码',
    '编号',
    'jobcode',
    'code',
    'reference',
    'referencenumber',
    'positionnumber',
    'jobreference',
    'postreference',
  ],
  department: [
    '所属部门',
    '部门',
    '所在部门',
    '部门名称',
    'department',
    'team',
    'directorate',
    'businessunit',
    'division',
    'businessarea',
  ],
  reportsTo: [
    '直接上级',
    '汇报对象',
    '上级',
    '直接上级岗位',
    '上级岗位',
    '直属上级',
    'reportsto',
    'linemanager',
    'reportingto',
    'manager',
    'supervisor',
  ],
  directReports: [
    '直接下级',
    '下属',
    '直接下级岗位',
    '下级岗位',
    '直属下级',
    'directreports',
    'manages',
  ],
  headcount: [
    '岗位编制',
    '定员',
    '岗位编制/定员',
    '岗位定员',
    '编制',
    '编制人数',
    '定员人数',
    '岗位人数',
    'positions',
    'numberofposts',
    'headcount',
    'numberofpositions',
    'numberofroles',
  ],
  grade: [
    '职级',
    '岗位等级',
    '职等',
    '等级',
    '岗级',
    '职位等级',
    'grade',
    'band',
    'level',
    'paygrade',
    'payband',
  ],
  gradeAndPay: ['grade/payrange', '职级/薪酬范围'],
  flsa: ['flsastatus'],
  location: ['工作地点', 'location', 'worklocation', 'base', 'officelocation'],
  payRange: ['薪酬范围', '薪资范围', 'salary', 'salaryrange', 'payrange'],
  purpose: [
    '岗位目的',
    '职位目的',
    '岗位概述',
    '工作概述',
    '岗位使命',
    'jobpurpose',
    'purpose',
    'summary',
    'jobsummary',
  ],
  authority: ['工作权限', '岗位权限', '权限', 'authority'],
  relationsInternal: [
    '内部',
    '内部关系',
    '内部协调关系',
    '内部联系',
    'internal',
    'internalcontacts',
    'internalrelationships',
  ],
  relationsExternal: [
    '外部',
    '外部关系',
    '外部协调关系',
    '外部联系',
    'external',
    'externalcontacts',
    'externalrelationships',
  ],
  education: [
    '学历',
    '学历要求',
    '最低学历',
    '教育背景',
    '教育程度',
    'education',
    'educationalrequirements',
    'qualification',
  ],
  major: ['专业', '专业要求', '所学专业', 'fieldofstudy', 'subject', 'discipline'],
  experience: ['经验', '工作经验', '经验要求', '工作经历', 'experience', 'workexperience'],
  knowledge: ['知识', '专业知识', '知识要求', 'knowledge'],
  skills: [
    '技能',
    '技能/证书',
    '证书',
    '资格证书',
    '技能要求',
    '专业技能',
    '能力',
    'skills',
    'skills/certifications',
    'certifications',
    'licences',
    'licenses',
  ],
  training: ['培训', '培训要求', '培训经历', 'training', 'trainingrequirements'],
  preferredQualifications: ['preferredqualifications', 'desirable', '优先条件'],
  workConditions: ['工作条件', '工作环境', '工作条件/环境', 'workingconditions', 'workenvironment'],
  careerPath: ['职业发展', '晋升通道', '可晋升岗位', 'careerpath'],
  supervisoryResponsibilities: ['supervisoryresponsibilities'],
  otherDuties: ['其他职责', 'otherduties'],
  travel: ['出差要求', '出差', 'travel'],
  disclaimer: ['disclaimer'],
};

const LABEL_INDEX = new Map<string, LabelKey>(
  Object.entries(LABELS).flatMap(([key, words]) =>
    words.map((word) => [normalise(word), key as LabelKey] as const),
  ),
);

export function labelOf(text: string): LabelKey | null {
  if (text.length > 40 || text.includes('\n')) return null;
  return LABEL_INDEX.get(normalise(text)) ?? null;
}

/** "学历：本科及以上" / "Reports to: Head of HR" → the label and the value after it. */
export function labelledLine(line: string): { label: LabelKey; value: string } | null {
  const match = /^([^:：]{1,24})[:：]\s*(.+)$/s.exec(line.trim());
  if (!match) return null;
  const label = labelOf(match[1] ?? '');
  return label ? { label, value: (match[2] ?? '').trim() } : null;
}
