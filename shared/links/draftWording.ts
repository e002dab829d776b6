import type { StaffingSettings, TimeBasis } from '../analysis/settings';
import { verbOf, type VerbKind } from '../analysis/verbs';
import type { DutyFrequency, RoleTemplate } from '../domain';

/*
 * The words of a drafted duty (issue 10, duties drafted from steps), in the language of the
 * role's template: the step's verb and object as a duty sentence, 频次 from how often the
 * step runs, 工作标准 from its outputs and 时限. Written as a person would write them, so the
 * user edits a sentence rather than repairs one.
 */

/** What the duty is for, by the kind of its verb: the clause after the comma. */
const PURPOSE: Readonly<Record<RoleTemplate, Partial<Record<VerbKind, string>>>> = {
  zh: {
    approval: '，在权限内作出审批决定',
    inspection: '，确保资料真实、完整、准确',
    rekey: '，确保信息准确无误',
    passOn: '，确保及时、完整交接',
    inform: '，确保相关方及时知悉',
  },
  en: {
    approval: ', deciding within the authority delegated',
    inspection: ', making sure it is complete and correct',
    rekey: ', making sure the data are accurate',
    passOn: ', on time and complete',
    inform: ', so that those concerned know in time',
  },
};

/** "审核理赔申请" → "审核理赔申请，确保资料真实、完整、准确"; "review claim" → "Review claim, …". */
export function dutyText(label: string, template: RoleTemplate): string {
  const text = label.trim().replace(/[。.;；,，\s]+$/u, '');
  const kind = verbOf(text)?.kinds[0];
  const purpose = kind ? (PURPOSE[template][kind] ?? '') : '';
  const sentence = /^[a-z]/.test(text) ? text[0]?.toUpperCase() + text.slice(1) : text;
  return sentence + purpose;
}

/**
 * 频次 from occurrences a year: at least once a working day 每日, 52 a year 每周, 12 每月,
 * 4 每季, 1 每年; rarer is 不定期 with the count kept. Unknown volume: no frequency.
 */
export function frequencyOf(
  occurrences: number | null,
  settings: StaffingSettings,
): { frequency: DutyFrequency | null; occurrencesPerYear: number | null } {
  if (occurrences === null) return { frequency: null, occurrencesPerYear: null };
  const thresholds: [number, DutyFrequency][] = [
    [settings.workingDays, 'daily'],
    [52, 'weekly'],
    [12, 'monthly'],
    [4, 'quarterly'],
    [1, 'yearly'],
  ];
  for (const [least, frequency] of thresholds) {
    if (occurrences >= least) return { frequency, occurrencesPerYear: null };
  }
  return { frequency: 'asNeeded', occurrencesPerYear: Math.round(occurrences * 100) / 100 };
}

export type TimeLimit = { days: number | null; minutes: number | null };

/** "2个工作日" / "2 working days" + "30分钟" …; null without a limit. */
export function timeLimitText(
  limit: TimeLimit,
  basis: TimeBasis,
  template: RoleTemplate,
): string | null {
  const parts: string[] = [];
  const days = limit.days ?? 0;
  const minutes = limit.minutes ?? 0;
  if (days > 0) {
    if (template === 'zh') parts.push(`${days}${basis === 'working' ? '个工作日' : '天'}`);
    else parts.push(`${days} ${basis === 'working' ? 'working ' : ''}day${days === 1 ? '' : 's'}`);
  }
  if (minutes > 0) {
    const hours = minutes % 60 === 0 ? minutes / 60 : null;
    if (template === 'zh') parts.push(hours === null ? `${minutes}分钟` : `${hours}小时`);
    else
      parts.push(hours === null ? `${minutes} minutes` : `${hours} hour${hours === 1 ? '' : 's'}`);
  }
  if (parts.length === 0) return null;
  return template === 'zh' ? `${parts.join('')}内完成` : `completed within ${parts.join(' ')}`;
}

/** "输出：理赔审核意见；2个工作日内完成" / "Output: claim decision; completed within 2 working days". */
export function standardText(
  outputs: readonly string[],
  limit: string | null,
  template: RoleTemplate,
): string {
  const parts: string[] = [];
  if (outputs.length > 0) {
    parts.push(template === 'zh' ? `输出：${outputs.join('、')}` : `Output: ${outputs.join(', ')}`);
  }
  if (limit) parts.push(limit);
  const text = parts.join(template === 'zh' ? '；' : '; ');
  return template === 'en' && text ? text[0]?.toUpperCase() + text.slice(1) : text;
}
