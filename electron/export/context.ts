import type { Competency, Duty, Role, RoleCompetency } from '../../shared/domain';
import { EMPTY } from './labels';
import { sumWeights } from '../../shared/weights';
import { textIn } from '../../shared/bilingualText';

/** Everything one position description prints: the role and what the library knows around it. */
export type RoleExportContext = {
  role: Role;
  departmentName: string;
  /** 直接上级: the title of the role this one reports to. */
  managerTitle: string | null;
  /** 直接下级 as derived from the library (roles whose manager is this role). */
  subordinateTitles: string[];
  /** The competency dictionary; the role's competencies refer to it by id. */
  competencies: Competency[];
  template: 'zh' | 'en';
  /**
   * The Chinese template's layout: the compact bordered form of Chinese practice (the
   * default), or the sectioned document with ruled headings. The English template has one.
   */
  layout?: ChineseLayout;
  exportedAt: Date;
  /**
   * The approval of the version printed (version, date, approver), printed in the running
   * header; null for a draft. Absent: not known (older callers), nothing printed.
   */
  approval?: { version: number; date: string; approver: string | null } | null;
  /** The organisation's name, the role's document number and the confidentiality line. */
  identity?: DocumentIdentity;
};

/** What the running header and footer print of the organisation (library settings). */
export type DocumentIdentity = {
  organisationName: string;
  /** The scheme filled in for this role ("HR-JD-R-0001"); "" when the library has none. */
  documentNumber: string;
  confidentiality: string;
};

export type ChineseLayout = 'form' | 'sectioned';

export type CompetencyLine = {
  name: string;
  kind: Competency['kind'] | null;
  requiredLevel: number;
  /** Highest level the dictionary defines, so "3 / 5" can be printed. */
  maxLevel: number | null;
  /**
   * The dictionary's behavioural indicator for the required level, in the document's language
   * (the other language's only when the entry has none in this one).
   */
  indicator: string;
  importance: number;
};

/**
 * The role's competencies resolved against the dictionary, most important first. A
 * competency deleted from the dictionary since still prints, by id, rather than vanishing
 * from a signed document.
 */
export function competencyLines(
  required: readonly RoleCompetency[],
  dictionary: readonly Competency[],
  lang: 'zh' | 'en',
): CompetencyLine[] {
  const byId = new Map(dictionary.map((c) => [c.id, c]));
  return [...required]
    .sort((a, b) => b.importance - a.importance)
    .map((rc) => {
      const entry = byId.get(rc.competencyId);
      if (entry === undefined) {
        return {
          name: `#${rc.competencyId}`,
          kind: null,
          requiredLevel: rc.requiredLevel,
          maxLevel: null,
          indicator: '',
          importance: rc.importance,
        };
      }
      const name = textIn(lang, entry.nameZh, entry.nameEn);
      const levels = entry.levels.map((l) => l.level);
      const required = entry.levels.find((l) => l.level === rc.requiredLevel);
      return {
        name,
        kind: entry.kind,
        requiredLevel: rc.requiredLevel,
        maxLevel: levels.length > 0 ? Math.max(...levels) : null,
        indicator: required ? textIn(lang, required.indicatorZh, required.indicatorEn) : '',
        importance: rc.importance,
      };
    });
}

/** Sum of the duties' weights, or null when no duty has one (prints "—", not "0%"). */
export function weightTotal(duties: readonly Duty[]): number | null {
  const weights = duties.map((d) => d.weight).filter((w): w is number => w !== null);
  return weights.length === 0 ? null : sumWeights(weights);
}

export function percent(value: number | null): string {
  return value === null ? EMPTY : `${value}%`;
}

/**
 * 直接下级: the roles the library says report here, and what the author wrote, without
 * saying the same title twice.
 */
export function directReportsText(derived: readonly string[], written: string, sep: string) {
  const text = written.trim();
  const missing = derived.filter((title) => !text.includes(title));
  return [missing.join(sep), text].filter((part) => part !== '').join(sep);
}

/** Essential functions "by importance": heaviest first; equal or missing weights keep their order. */
export function byImportance(duties: readonly Duty[]): Duty[] {
  return [...duties].sort((a, b) => (b.weight ?? -1) - (a.weight ?? -1));
}
