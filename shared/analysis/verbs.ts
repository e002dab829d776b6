import { ACTION_VERBS_EN, ACTION_VERBS_ZH } from '../rules/actionVerbs';

/*
 * What the label of a step says it does (PROCESS-ANALYSIS.md §c shared definitions): `verb(a)`
 * is the longest prefix of the label found in the dictionary, and the kind of the verb is what
 * the ESIA rules reason about (an approval, an inspection, a step that only passes work on or
 * informs, a re-keying). English labels are read by their first word.
 */

export const VERB_KINDS = [
  'approval',
  'inspection',
  'passOn',
  'inform',
  'rekey',
  'repetitive',
] as const;
export type VerbKind = (typeof VERB_KINDS)[number];

const ZH_KINDS: Readonly<Record<VerbKind, readonly string[]>> = {
  approval: ['审批', '批准', '核准', '签批', '审定', '会签'],
  inspection: ['审核', '复核', '检查', '核对', '校验', '验收', '抽查'],
  passOn: ['转交', '传递', '递交', '移交', '送交', '转送', '交接', '转发', '移送'],
  inform: ['通知', '告知', '知会', '抄送', '汇报', '报送'],
  rekey: ['录入', '登记', '填写'],
  // Rule A1's work a system could do (re-keying counts too).
  repetitive: ['复制', '计算', '汇总', '统计', '打印', '归档'],
};

const EN_KINDS: Readonly<Record<VerbKind, readonly string[]>> = {
  approval: ['approve', 'authorise', 'authorize', 'sign', 'countersign', 'endorse'],
  inspection: ['check', 'review', 'verify', 'inspect', 'validate', 'audit', 'reconcile'],
  passOn: ['forward', 'pass', 'send', 'transfer', 'hand', 'route', 'deliver'],
  inform: ['notify', 'inform', 'report', 'copy', 'tell'],
  rekey: ['enter', 'key', 're-key', 'rekey', 'register', 'log', 'record', 'fill'],
  repetitive: ['print', 'file', 'calculate', 'compute', 'summarise', 'summarize', 'archive'],
};

/** Every Chinese verb the step labels may open with: the kinds above and the duty verbs. */
const ZH_VERBS: readonly string[] = [
  ...new Set([
    ...Object.values(ZH_KINDS).flat(),
    ...ACTION_VERBS_ZH,
    '接收',
    '受理',
    '寄送',
    '邮寄',
    '发出',
    '发函',
    '等待',
    '提请',
    '调取',
    '确认',
    '签发',
    '评估',
    '查询',
    '打印',
    // Steps of real as-is maps: a file sent back, copied, or waiting in an in-tray.
    '退回',
    '复印',
    '排队',
  ]),
].sort((a, b) => b.length - a.length);

export type LabelVerb = { verb: string; kinds: VerbKind[] };

/** The verb a label opens with (longest match) and its kinds; null when it opens with none. */
export function verbOf(label: string): LabelVerb | null {
  const text = label.trim();
  if (!text) return null;
  if (/^[A-Za-z]/.test(text)) {
    const word = text.split(/[\s,.;:]+/)[0]?.toLowerCase() ?? '';
    const kinds = VERB_KINDS.filter((kind) => EN_KINDS[kind].includes(word));
    return isEnglishVerb(word) || kinds.length > 0 ? { verb: word, kinds } : null;
  }
  const verb = ZH_VERBS.find((candidate) => withoutAdverb(text).startsWith(candidate));
  if (!verb) return null;
  return { verb, kinds: VERB_KINDS.filter((kind) => ZH_KINDS[kind].includes(verb)) };
}

/** 重新 / 再次 / 第三次 before the verb: "第三次录入保单信息" re-keys (rule A2). */
const ZH_REPEAT_ADVERB = /^(?:重新|再次|第[一二三四五六七八九十两\d]+次)/;

/** The label less a leading 重新 / 再次 / 第N次, when a verb follows it. */
function withoutAdverb(text: string): string {
  const rest = text.replace(ZH_REPEAT_ADVERB, '');
  return rest !== text && ZH_VERBS.some((verb) => rest.startsWith(verb)) ? rest : text;
}

export function hasVerbKind(label: string, kind: VerbKind): boolean {
  return verbOf(label)?.kinds.includes(kind) ?? false;
}

/**
 * `obj(a)`: the label without its verb and the names given (roles, departments), with spaces,
 * punctuation and 的 removed, so "核对保单" and "核对 保单。" name the same object.
 */
export function objectOf(label: string, removeNames: readonly string[] = []): string {
  const verb = verbOf(label)?.verb ?? '';
  let rest = /^[A-Za-z]/.test(label.trim()) ? label.trim() : withoutAdverb(label.trim());
  if (verb && rest.toLowerCase().startsWith(verb)) rest = rest.slice(verb.length);
  for (const name of removeNames) if (name) rest = rest.split(name).join('');
  return rest
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/的/g, '')
    .toLowerCase();
}

const EN_VERBS: ReadonlySet<string> = new Set([
  ...ACTION_VERBS_EN.map((verb) => verb.toLowerCase()),
  ...Object.values(EN_KINDS).flat(),
  ...[
    'receive',
    'assess',
    'request',
    'wait',
    'issue',
    'mail',
    'price',
    'rate',
    'decide',
    'consult',
  ],
]);

/** An English label's first word is a verb when the duty verbs or the kinds above know it. */
function isEnglishVerb(word: string): boolean {
  return EN_VERBS.has(word);
}
