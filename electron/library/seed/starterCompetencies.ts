import type { Competency, CompetencyKind } from '../../../shared/domain';
import type { Repositories } from '../librarySession';
import { ABILITIES } from './starterDictionary/abilities';
import { ATTITUDES } from './starterDictionary/attitudes';
import { KNOWLEDGE } from './starterDictionary/knowledge';
import type { Row } from './starterDictionary/rows';
import { SKILLS } from './starterDictionary/skills';

/**
 * The starter competency dictionary (能力素质词典) every new library begins with. It is broad
 * on purpose — role-specific knowledge and skills sit next to the general abilities — so that
 * a role can be given the few competencies particular to it instead of one generic list copied
 * onto every role (千岗一面). Every text is given in Chinese and in English, [中文, English], so
 * a document prints the one of its language.
 */

export type StarterCompetency = Omit<Competency, 'id' | 'editVersion'>;

/** Names of the four proficiency levels every starter entry defines, lowest first. */
export const PROFICIENCY_LEVELS = [
  { level: 1, zh: '了解', en: 'Basic' },
  { level: 2, zh: '熟练', en: 'Proficient' },
  { level: 3, zh: '精通', en: 'Advanced' },
  { level: 4, zh: '专家', en: 'Expert' },
] as const;

function entries(kind: CompetencyKind, rows: readonly Row[]): StarterCompetency[] {
  return rows.map(([nameZh, nameEn, [descriptionZh, descriptionEn], indicators]) => ({
    kind,
    nameZh,
    nameEn,
    descriptionZh,
    descriptionEn,
    levels: indicators.map(([indicatorZh, indicatorEn], index) => ({
      level: index + 1,
      indicatorZh,
      indicatorEn,
    })),
  }));
}

/** The starter dictionary, grouped by kind: 知识, 技能, 能力, 素质. */
export const STARTER_COMPETENCIES: readonly StarterCompetency[] = [
  ...entries('knowledge', KNOWLEDGE),
  ...entries('skill', SKILLS),
  ...entries('ability', ABILITIES),
  ...entries('attitude', ATTITUDES),
];

/**
 * Adds the starter dictionary to a library in one transaction and returns the id of every
 * starter entry by its English name. Entries whose English name the library already has are
 * not added again, so seeding a library that was seeded at creation (or seeding the sample
 * library into it) never duplicates the dictionary.
 */
export function seedStarterDictionary(repositories: Repositories): Map<string, number> {
  return repositories.transaction(() => {
    const existing = new Map(repositories.competencies.list().map((c) => [c.nameEn, c.id]));
    const ids = new Map<string, number>();
    for (const competency of STARTER_COMPETENCIES) {
      const id = existing.get(competency.nameEn) ?? repositories.competencies.create(competency);
      ids.set(competency.nameEn, id);
    }
    return ids;
  });
}
