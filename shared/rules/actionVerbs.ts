/*
 * Action verbs for duty descriptions (职责描述). The method wants every duty to open with an
 * action verb and to say object and result: "制定年度招聘计划并组织实施", "Develop the annual
 * hiring plan". The lists are generous with real verbs, because a false "no verb" error on a
 * good duty teaches users to ignore the check, and strict with weak openers (负责, "responsible
 * for"), which name an area of ownership rather than what is done.
 */

/** Splits a whitespace-separated word list: long lists stay readable and diffable. */
function wordList(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}

/** What a duty's opening says about it. `verb` / `phrase` are as found, for the message. */
export type DutyOpening =
  { kind: 'strong'; verb: string } | { kind: 'weak'; phrase: string } | { kind: 'none' };

/**
 * Chinese action verbs. Only words of two or more characters: single characters (审, 编, 管)
 * begin too many nouns to be told apart without a dictionary.
 */
export const ACTION_VERBS_ZH: readonly string[] = [
  // The method's own examples first.
  ...wordList(`
    指导 制定 分析 确认 监控 组织 审核 编制 协调 执行 检查 策划 实施 管理 推动
    评估 监督 维护 建立 完善 优化 跟踪 汇总 处理 培训 招聘 审批 统筹 落实 参与
    协助 配合
  `),
  // Planning and deciding.
  ...wordList(`
    制订 拟定 拟订 起草 草拟 编写 撰写 设计 规划 筹划 筹备 筹建 组建 决策 决定
    批准 核准 审定 审议 审查 审阅 评审 评定 评价 论证 预测 测算 核定 修订 修改
    更新 发布 下达 分解 部署 指派 委派 授权 选择 确定 明确
  `),
  // Leading and coordinating.
  ...wordList(`
    领导 带领 主持 牵头 召集 召开 指挥 调度 调配 安排 分配 督促 督导 督办 督查
    辅导 带教 培养 激励 引导 沟通 联络 对接 协同 协商 谈判 洽谈 接洽 签订 签署
    推进 促进 跟进 开展 进行 实行 贯彻 宣贯 宣传 推广 传达 传递 通知 反馈 汇报
    报告 上报 报送 提交 提出 提供 支持 服务
  `),
  // Checking and controlling.
  ...wordList(`
    控制 管控 把控 把关 监测 检验 检测 测试 巡检 巡查 排查 抽查 稽核 审计 核查
    核实 核对 复核 核算 核销 清查 清理 盘点 验收 考核 考察 调查 调研 研究 识别
    防范 预防 整改 纠正 改进 改善 提高 提升 降低 减少 确保 保证 保障 解决 处置
    调解 受理 办理 承办 协办 答复 回复 解答 解释
  `),
  // Records, money, people and things.
  ...wordList(`
    统计 整理 归档 保管 保存 备份 收集 搜集 采集 录入 登记 记录 建档 备案 填报
    申报 缴纳 支付 发放 结算 报销 付款 收款 催收 采购 询价 比价 议价 供应 交付
    配送 运输 储存 发运 收发 分发 选拔 甄选 面试 录用 引进 配置 配备 招募 建设
    搭建 开发 研发 实现 运营 运维 维修 保养 修理 安装 调试 操作 运行 使用 编排
    排产 开拓 拓展 挖掘 维系 走访 拜访 回访 接待 参加 出席 列席 总结 梳理 归纳
    汇编 编辑 翻译 校对 制作 整合 申请 购置 掌握 了解 遵守 执行 达成 完成 满足
    推行 健全 规范 制止 处罚 奖惩 讲授 授课
  `),
  // Changing, building up, and the shop floor.
  ...wordList(`
    调整 调动 补充 增加 扩大 缩短 节约 压缩 加强 强化 深化 巩固 维持 保持 保护 设立
    设置 构建 打造 塑造 营造 培育 提炼 发起 倡导 主导 引领 率领 带队 推荐 引入 导入
    宣讲 讲解 演示 复盘 分享 传授 输出 收取 收回 回收 接收 签发 核发 报价 投标
    招标 评标 签约 履行 追踪 跟催 催办 监管 应对 响应 协作 联系 关注 发掘 储备
    变更 修正 校验 校准 计量 化验 取样 抽样 分拣 包装 装卸 搬运 装配 加工 制造
    焊接 组装 清点 交接 移交 值守 巡逻 驾驶 预订 安置 招待 聘用 聘任 任免 解聘 续签
    终止 晋升 表彰 奖励 考评 预警 演练 检修 测量 上传 公布 布置 订购
  `),
];

/**
 * Chinese openers that name an area without saying what is done: 负责 above all (the method
 * calls it weak), and the "do it well" family (做好招聘工作).
 */
export const WEAK_OPENERS_ZH: readonly string[] =
  wordList(`负责 分管 主管 主抓 承担 做好 搞好 抓好`);

/** Endings that make a duty vague whatever its verb: 协助处理相关事宜, 完成领导交办的其他工作. */
export const VAGUE_PHRASES_ZH: readonly string[] = wordList(`
    相关事宜 相关事务 相关事项 有关事宜 有关事项 其他事宜 其他事务 其他事项 其他工作
    其他任务 其它工作 其它事项 其它任务 交办的工作 交办的任务 交办事项 交办的事项
    日常事务 日常工作
  `);

/**
 * Words that may stand before the verb without changing who acts: time and frequency (每月,
 * 定期), manner (全面, 积极), and the omitted subject written out (本岗位). Stripped before the
 * verb is looked for, repeatedly, so "每月定期核对工资" still opens with 核对.
 */
const LEADING_MODIFIERS_ZH: readonly string[] = wordList(`
    本岗位 本职位 该岗位 任职者 每日 每天 每周 每月 每季度 每季 每半年 每年 每次
    不定期 定期 按需 按月 按季度 按季 按年 按周 按日 按时 按期 及时 适时 随时
    日常 全面 全权 积极 主动 认真 切实 有效 严格 独立 统一 持续 不断 具体 直接
    亲自 准确 高效 合理 科学 妥善 充分 深入 进一步 主要 共同 同时 并且
  `);

/**
 * Prepositions that open an adverbial before the verb: 根据公司战略，制定…; 对供应商进行评估;
 * 与各部门协调用人需求.
 */
const PREPOSITIONS_ZH: readonly string[] = wordList(`
    按照 根据 依据 依照 遵照 遵循 结合 围绕 针对 通过 基于 会同 对于 关于 在 对
    就 与 同 向 为 从 以
  `);

/** Nouns that turn a verb into a topic when they follow it at once: 招聘工作 is "recruitment work". */
const GENERIC_NOUNS_ZH: readonly string[] = ['工作', '事务', '事宜', '事项', '业务'];

/** English action verbs, base form; -s, -es, -ies and -ing forms are recognised too. */
export const ACTION_VERBS_EN: readonly string[] = [
  // The common job-description verbs.
  ...wordList(`
    develop lead analyse analyze prepare review approve monitor coordinate co-ordinate manage
    conduct ensure maintain design implement evaluate plan train recruit negotiate reconcile
    report assist support participate administer draft oversee track deliver supervise direct
    guide coach mentor advise consult establish create build define formulate set identify
    assess audit inspect verify check validate confirm calculate process compile collect
    gather record document file update organise organize schedule arrange facilitate
    communicate liaise present promote market sell source procure purchase order invoice pay
    allocate budget forecast estimate control reduce improve optimise optimize streamline
    resolve investigate respond answer escalate interview hire onboard select screen appoint
    assign delegate authorise authorize sign execute perform operate run install configure
    test troubleshoot repair service deploy launch introduce initiate drive champion own
    represent chair convene attend contribute collaborate partner cooperate co-operate engage
    research study measure benchmark compute prioritise prioritize decide determine recommend
    propose submit publish issue distribute circulate notify inform brief instruct teach
    educate motivate comply enforce uphold protect safeguard secure prevent mitigate minimise
    minimize maximise maximize increase grow expand achieve attain meet exceed provide produce
    generate write edit translate proofread draw model map migrate integrate automate simplify
    standardise standardize consolidate merge close post book enter input capture extract
    transfer ship dispatch receive store count replenish clean serve greet welcome host
    demonstrate explain interpret revise amend upgrade modify adjust align mediate counsel
    settle recover reject accept certify observe patrol transport load unload pack label sort
    calibrate sample diagnose treat examine specify structure outline compare classify
    categorise categorize archive retain balance disburse bill quote price tender contract
    renew terminate induct appraise reward discipline survey summarise summarize visit acquire
    hold keep follow apply adopt embed roll accompany act advocate carry chase cultivate
    formalise formalize foster lift obtain orchestrate pilot prospect qualify raise rank rate
    refine register regulate reinforce reorganise reorganize restructure retrieve reply scope shape
    supply
    solve spearhead steer strengthen tailor tune undertake unify use utilise utilize
  `),
];

/** English verbs that are weak however they are inflected: "Handles payroll", "Help with". */
export const WEAK_VERBS_EN: readonly string[] = ['handle', 'help', 'deal', 'work', 'do', 'look'];

/**
 * English weak openers of more than one word, after a leading is/are/be/will be is dropped.
 * "Responsible for" is the method's 负责 in English.
 */
export const WEAK_PHRASES_EN: readonly string[] = [
  'responsible for',
  'primarily responsible for',
  'solely responsible for',
  'fully responsible for',
  'accountable for',
  'in charge of',
  'involved in',
  'get involved in',
  'has responsibility for',
  'have responsibility for',
  'responsibility for',
  'responsibilities include',
  'duties include',
  'take care of',
  'takes care of',
];

/** Vague objects that make a duty weak whatever its verb: "Perform other duties as assigned". */
const VAGUE_PHRASES_EN =
  /\b(?:other|miscellaneous|various|related) (?:duties|tasks|matters|affairs)\b/i;

/** Words before the verb that do not change who acts: modals, a written-out "to". */
const LEADING_WORDS_EN: ReadonlySet<string> = new Set(['will', 'shall', 'must', 'to', 'also']);

/** Forms of "be" that can precede a weak phrase: "Is responsible for", "Will be responsible". */
const BE_FORMS_EN: ReadonlySet<string> = new Set(['is', 'are', 'be', 'being']);

/** List markers: "1.", "(2)", "3、", "（4）", "①", "一、", "-", "•". */
const LIST_MARKER =
  /^\s*(?:[(（]?\d{1,2}[)）.、．]|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．]|[-–—*•·▪●])\s*/u;

/** Clause separators in Chinese text. */
const CLAUSE_BREAK = /[，,；;：:]/;

/** Nothing but punctuation and space from `lastIndex` to the end (sticky: no slicing). */
const ONLY_PUNCTUATION = /[。．.；;，,！!、\s]*$/uy;

const ASCII_LETTER = /[A-Za-z]/;

/** English words of the opening, lower case; a run of other script (年度计划) counts as a word. */
const ENGLISH_WORD = /[a-z][a-z'-]*|[\u0080-\uffff]+/g;

/** How many words of an English duty are read to find its verb. */
const ENGLISH_WORDS_READ = 12;

/**
 * Words grouped by first character, longest first within a group: a lookup reads one group,
 * not the whole list, and 对于 / 每季度 win over the shorter 对 / 每季 they begin with.
 */
type PrefixTable = ReadonlyMap<string, readonly string[]>;

function prefixTable(list: readonly string[]): PrefixTable {
  const table = new Map<string, string[]>();
  for (const word of new Set(list)) {
    const group = table.get(word.charAt(0)) ?? [];
    group.push(word);
    table.set(word.charAt(0), group);
  }
  for (const group of table.values()) group.sort((a, b) => b.length - a.length);
  return table;
}

/** The longest word of `table` that `text` has at `at`, if any. */
function prefixAt(text: string, table: PrefixTable, at = 0): string | undefined {
  return table.get(text.charAt(at))?.find((word) => text.startsWith(word, at));
}

const ZH_VERBS = prefixTable(ACTION_VERBS_ZH);
const ZH_WEAK = prefixTable(WEAK_OPENERS_ZH);
const ZH_MODIFIERS = prefixTable(LEADING_MODIFIERS_ZH);
const ZH_PREPOSITIONS = prefixTable(PREPOSITIONS_ZH);
const ZH_GENERIC_NOUNS = prefixTable(GENERIC_NOUNS_ZH);
const ZH_VAGUE = new RegExp(VAGUE_PHRASES_ZH.join('|'), 'u');
const EN_VERBS: ReadonlySet<string> = new Set(ACTION_VERBS_EN);
const EN_WEAK_VERBS: ReadonlySet<string> = new Set(WEAK_VERBS_EN);
/** Weak English phrases by their first word, longest first. */
const EN_WEAK_PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set(WEAK_PHRASES_EN.map((phrase) => phrase.split(' ')[0] ?? ''))].map((first) => [
    first,
    WEAK_PHRASES_EN.filter((phrase) => phrase.startsWith(`${first} `)).sort(
      (a, b) => b.length - a.length,
    ),
  ]),
);

/**
 * Classifies how a duty opens: with an action verb (strong), a weak or vague opener (负责,
 * "responsible for", 相关事宜), or no verb at all (招聘工作, "Payroll."). The script of the first
 * character decides the language, so a Chinese template may hold an English duty and vice versa.
 */
export function classifyDutyOpening(text: string): DutyOpening {
  const body = text.replace(LIST_MARKER, '').trim();
  if (body === '') return { kind: 'none' };
  return ASCII_LETTER.test(body.charAt(0)) ? classifyEnglish(body) : classifyChinese(body);
}

/** Drops leading time, manner and subject words (每月, 全面, 本岗位), however many are stacked. */
function stripZhModifiers(text: string): string {
  let rest = text.trim();
  for (let word = prefixAt(rest, ZH_MODIFIERS); word; word = prefixAt(rest, ZH_MODIFIERS)) {
    rest = rest.slice(word.length).trim();
  }
  return rest;
}

/** True when nothing but punctuation follows `at`: a verb there has no object. */
function isEndAt(text: string, at: number): boolean {
  ONLY_PUNCTUATION.lastIndex = at;
  return ONLY_PUNCTUATION.test(text);
}

/**
 * A verb at `at` that really acts on something. One followed by nothing, or at once by
 * 工作 / 事务 (招聘工作: "recruitment work"), names a topic instead.
 */
function zhActingVerbAt(text: string, at: number): string | undefined {
  const verb = prefixAt(text, ZH_VERBS, at);
  if (verb === undefined) return undefined;
  const end = at + verb.length;
  return isEndAt(text, end) || prefixAt(text, ZH_GENERIC_NOUNS, end) ? undefined : verb;
}

function classifyChinese(body: string): DutyOpening {
  const opening = classifyZhFrom(body);
  if (opening.kind !== 'strong') return opening;
  const vague = ZH_VAGUE.exec(body);
  return vague === null ? opening : { kind: 'weak', phrase: vague[0] };
}

/**
 * Reads clause by clause: a clause that is only an adverbial (根据公司战略，…) hands over to
 * the next one, where the verb is.
 */
function classifyZhFrom(body: string): DutyOpening {
  let rest = body;
  for (;;) {
    const cut = rest.search(CLAUSE_BREAK);
    const opening = classifyZhClause(cut < 0 ? rest : rest.slice(0, cut), cut >= 0);
    if (opening !== 'adverbial') return opening;
    rest = rest.slice(cut + 1);
  }
}

/** One clause's opening, or 'adverbial' for a prepositional clause with more text after it. */
function classifyZhClause(raw: string, more: boolean): DutyOpening | 'adverbial' {
  const clause = stripZhModifiers(raw);
  const weak = prefixAt(clause, ZH_WEAK);
  if (weak !== undefined) return { kind: 'weak', phrase: weak };
  const verb = zhActingVerbAt(clause, 0);
  if (verb !== undefined) return { kind: 'strong', verb };
  const preposition = prefixAt(clause, ZH_PREPOSITIONS);
  if (preposition === undefined) return { kind: 'none' };
  return more ? 'adverbial' : scanZhClause(clause, preposition.length);
}

/** Finds the verb inside a prepositional clause: 对供应商进行评估, 对招聘结果负责 (weak). */
function scanZhClause(clause: string, from: number): DutyOpening {
  for (let at = from; at < clause.length; at++) {
    const weak = prefixAt(clause, ZH_WEAK, at);
    if (weak !== undefined) return { kind: 'weak', phrase: weak };
  }
  for (let at = from; at < clause.length; at++) {
    const verb = zhActingVerbAt(clause, at);
    if (verb !== undefined) return { kind: 'strong', verb };
  }
  return { kind: 'none' };
}

/**
 * Whether `word` is one of `verbs` as written or inflected: develops, analyses, identifies,
 * managing, planning.
 */
function isVerbIn(word: string, verbs: ReadonlySet<string>): boolean {
  if (verbs.has(word)) return true;
  if (word.endsWith('s')) {
    if (verbs.has(word.slice(0, -1))) return true;
    if (word.endsWith('es') && verbs.has(word.slice(0, -2))) return true;
    if (word.endsWith('ies') && verbs.has(`${word.slice(0, -3)}y`)) return true;
  }
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    if (verbs.has(stem) || verbs.has(`${stem}e`)) return true;
    if (stem.at(-1) === stem.at(-2) && verbs.has(stem.slice(0, -1))) return true;
  }
  return false;
}

/** Lower-case words of the opening; a dozen are plenty to find the verb. */
function englishWords(body: string): string[] {
  const words = body.slice(0, 160).toLowerCase().match(ENGLISH_WORD) ?? [];
  return words.length > ENGLISH_WORDS_READ ? words.slice(0, ENGLISH_WORDS_READ) : words;
}

/** Drops "will", "to", a leading "is/are/be", and -ly adverbs before a verb (Regularly review). */
function stripEnglishLead(words: string[]): string[] {
  let start = 0;
  for (; start < words.length; start++) {
    const word = words[start] ?? '';
    const adverb = word.endsWith('ly') && start + 1 < words.length && !isVerbIn(word, EN_VERBS);
    if (!LEADING_WORDS_EN.has(word) && !BE_FORMS_EN.has(word) && !adverb) break;
  }
  return start === 0 ? words : words.slice(start);
}

/** The weak phrase the words open with ("responsible for", "in charge of"), if any. */
function weakPhraseEn(words: readonly string[]): string | undefined {
  const phrases = EN_WEAK_PHRASES.get(words[0] ?? '');
  if (phrases === undefined) return undefined;
  const opening = `${words.slice(0, 4).join(' ')} `;
  return phrases.find((phrase) => opening.startsWith(`${phrase} `));
}

function classifyEnglish(body: string): DutyOpening {
  const words = stripEnglishLead(englishWords(body));
  const [first] = words;
  if (first === undefined) return { kind: 'none' };
  const weakPhrase = weakPhraseEn(words);
  if (weakPhrase !== undefined) return { kind: 'weak', phrase: weakPhrase };
  if (isVerbIn(first, EN_WEAK_VERBS)) return { kind: 'weak', phrase: first };
  // A verb with nothing after it ("Recruit.") names a topic, not a duty.
  if (!isVerbIn(first, EN_VERBS) || words.length < 2) return { kind: 'none' };
  const vague = VAGUE_PHRASES_EN.exec(body);
  return vague === null
    ? { kind: 'strong', verb: first }
    : { kind: 'weak', phrase: vague[0].toLowerCase() };
}
