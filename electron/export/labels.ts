import type { CompetencyKind, DutyCategory, DutyFrequency, Role } from '../../shared/domain';
import type { KpiPeriod } from '../../shared/roleDetails';

/*
 * The printed wording of both templates. These are the terms of DOMAIN.md exactly as HR
 * departments print them; the UI's i18n resources are for screens and may be phrased
 * differently, so the documents keep their own fixed wording (the printed norm is a fixed
 * format).
 */

export type ExportLanguage = 'zh' | 'en';

/** What an empty section prints: a discreet dash keeps the heading and the fixed format. */
export const EMPTY = '—';

/** 管理与执行 / 参与和协助: the method groups the four categories into two. */
export const CATEGORY_LABELS: Record<ExportLanguage, Record<DutyCategory, string>> = {
  zh: {
    manage: '管理与执行',
    execute: '管理与执行',
    participate: '参与和协助',
    assist: '参与和协助',
  },
  en: {
    manage: 'Manage / execute',
    execute: 'Manage / execute',
    participate: 'Participate / assist',
    assist: 'Participate / assist',
  },
};

export const FREQUENCY_LABELS: Record<ExportLanguage, Record<DutyFrequency, string>> = {
  zh: {
    daily: '每日',
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    yearly: '每年',
    asNeeded: '按需',
  },
  en: {
    daily: 'Daily',
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    yearly: 'Yearly',
    asNeeded: 'As needed',
  },
};

export const PERIOD_LABELS: Record<ExportLanguage, Record<KpiPeriod, string>> = {
  zh: { monthly: '月度', quarterly: '季度', halfYearly: '半年度', yearly: '年度' },
  en: { monthly: 'Monthly', quarterly: 'Quarterly', halfYearly: 'Half-yearly', yearly: 'Yearly' },
};

export const KIND_LABELS: Record<ExportLanguage, Record<CompetencyKind, string>> = {
  zh: { knowledge: '知识', skill: '技能', ability: '能力', attitude: '态度' },
  en: { knowledge: 'Knowledge', skill: 'Skill', ability: 'Ability', attitude: 'Attitude' },
};

/** "版本 3" / "Version 3"; a draft is not yet any version, whatever was approved before. */
export function versionLabel(role: Pick<Role, 'status' | 'version'>, lang: ExportLanguage): string {
  if (role.status === 'draft') return lang === 'zh' ? '草稿' : 'Draft';
  return lang === 'zh' ? `版本 ${role.version}` : `Version ${role.version}`;
}

/** The page header line: "人力资源经理 · 版本 3". */
export function headerLine(role: Pick<Role, 'title' | 'status' | 'version'>, lang: ExportLanguage) {
  return `${role.title.trim() || EMPTY} · ${versionLabel(role, lang)}`;
}

/** YYYY-MM-DD from an ISO timestamp or a Date, as printed on forms in both languages. */
export function isoDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value.slice(0, 10) : '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Chinese section numerals for "一、基本信息". */
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function zhNumeral(index: number): string {
  return ZH_NUMERALS[index] ?? String(index + 1);
}
