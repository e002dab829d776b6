import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FindingParam } from '../../../shared/analysis/types';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import {
  alignmentFinding,
  count,
  minutes,
  money,
  text,
  type AlignmentFinding,
  type AlignmentRuleId,
  type AlignmentVariant,
} from '../../../shared/rules/library/types';
import {
  alignmentFix,
  alignmentLine,
  alignmentMessage,
} from '../../../renderer/features/alignment/alignmentText';

/** i18next as the renderer sets it up, in one language. */
async function translator(locale: Locale) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    resources: { [locale]: { translation: MESSAGES[locale] } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Plain params: minutes as "N min", money as "¥N", the rest as given. */
const param = (value: FindingParam): string =>
  value.type === 'minutes'
    ? `${value.value} min`
    : value.type === 'money'
      ? `¥${value.value}`
      : String(value.value);

const finding = (
  rule: AlignmentRuleId,
  params: AlignmentFinding['params'],
  variant?: AlignmentVariant,
): AlignmentFinding =>
  alignmentFinding(rule, {
    roleId: 1,
    processId: 2,
    nodeIds: ['n1'],
    dutyId: null,
    target: { kind: 'step' },
    params,
    ...(variant ? { variant } : {}),
  });

/** One finding of each message the rules write (shared/rules/library), with its params. */
const EVERY_MESSAGE: AlignmentFinding[] = [
  finding('J1', { role: text('核保员') }),
  finding('J2', { a: text('核保'), role: text('核保员') }),
  finding('J3', { d: text('编制报表') }),
  finding('J4', { r1: text('定价员'), r2: text('出单员') }, 'missing'),
  finding('J4', { r1: text('定价员'), r2: text('出单员') }, 'neverHanded'),
  finding('J5', { role: text('财务总监'), a: text('审批') }, 'noClause'),
  finding(
    'J5',
    { role: text('财务总监'), a: text('审批'), amount: money(80000), limit: money(50000) },
    'bandExceeded',
  ),
  finding(
    'J5',
    { role: text('财务总监'), a: text('审批'), lower: text('部门经理'), amount: money(50000) },
    'filing',
  ),
  finding('J6', { role: text('出单员'), s: count(11) }),
  finding('J7', { d: text('核保'), w: count(40), t: count(70) }, 'share'),
  finding('J7', { role: text('核保员'), sum: count(90) }, 'weightsTotal'),
  finding('J8', { lt: minutes(1920), tl: minutes(1440) }, 'leadTime'),
  finding('J8', { sum: minutes(1920), tl: minutes(1440) }, 'stepLimits'),
  finding(
    'J8',
    { d: text('核保'), dl: minutes(480), a: text('核保'), al: minutes(960) },
    'dutyStandard',
  ),
];

describe('J finding texts (alignmentText)', () => {
  it.each(['zh-CN', 'en'] as const)('fills every message and fix in %s', async (locale) => {
    const t = await translator(locale);
    for (const found of EVERY_MESSAGE) {
      const line = alignmentLine(t, param, found);
      expect(line, found.key).not.toMatch(/\{\{|alignment\.checks/);
      expect(alignmentFix(t, found).length, found.key).toBeGreaterThan(0);
    }
  });

  it('reads a variant with its own message (J5 备案, §f3) and the rule message for the others', async () => {
    const zh = await translator('zh-CN');
    const filing = EVERY_MESSAGE.find((f) => f.variant === 'filing');
    const missing = EVERY_MESSAGE.find((f) => f.variant === 'missing');
    if (!filing || !missing) throw new Error('fixture lost a variant');
    expect(alignmentMessage(zh, param, filing)).toBe(
      '「部门经理」已有¥50000以内的审批权限,「财务总监」审批「审批」可改为备案。',
    );
    const en = await translator('en');
    expect(alignmentMessage(en, param, missing)).toBe(
      '定价员 hands work to 出单员, but its JD does not list 出单员 as a working relation.',
    );
  });
});
