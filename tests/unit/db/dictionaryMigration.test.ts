import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { LibrarySession } from '../../../electron/library/librarySession';
import { tempLibraryPath } from '../helpers/tempFiles';

/*
 * Migration 9 (issue 11) on a library file written at schema 8, when the dictionary kept both
 * languages in one field: after opening, each text is in its language's field, split only where
 * it is recognisably "中文 / English", and nothing is lost.
 */

const STARTER_STYLE =
  '能清楚表达自己的意见 / Expresses their views clearly in meetings and in writing.';
const SLASH_INSIDE = '熟练使用 Word/Excel / Uses Word/Excel fluently.';
const ENGLISH_SEPARATORS = '沟通协调 / Communication / coordination';
const CHINESE_ONLY = '能协调跨部门分歧，推动达成一致';
const ENGLISH_ONLY = 'Designs HR dashboards / reports that drive decisions';
const ENGLISH_FIRST = 'Negotiation / 谈判';

function libraryAtSchema8(): string {
  const file = tempLibraryPath();
  const db = new Database(file);
  migrate(db, MIGRATIONS.slice(0, 8));
  const competency = db.prepare(
    'INSERT INTO competencies (id, kind, name_zh, name_en, description) VALUES (?, ?, ?, ?, ?)',
  );
  competency.run(1, 'ability', '沟通协调', 'Communication', ENGLISH_SEPARATORS);
  competency.run(2, 'skill', '数据分析', 'Data analysis', ENGLISH_ONLY);
  competency.run(3, 'skill', '谈判', 'Negotiation', '');
  const level = db.prepare(
    'INSERT INTO competency_levels (competency_id, level, indicator) VALUES (?, ?, ?)',
  );
  level.run(1, 1, STARTER_STYLE);
  level.run(1, 2, SLASH_INSIDE);
  level.run(1, 3, CHINESE_ONLY);
  level.run(2, 1, ENGLISH_ONLY);
  level.run(3, 1, ENGLISH_FIRST);
  db.close();
  return file;
}

describe('migration 9: the competency dictionary per language', () => {
  it('splits "中文 / English" texts and keeps any other text whole in its own language', () => {
    const session = new LibrarySession();
    expect(session.open(libraryAtSchema8(), { create: false }).state).toBe('open');
    const [communication, analysis, negotiation] = session
      .repositories()
      .competencies.list()
      .slice()
      .sort((a, b) => a.id - b.id);

    expect(communication).toMatchObject({
      descriptionZh: '沟通协调',
      descriptionEn: 'Communication / coordination',
      levels: [
        {
          level: 1,
          indicatorZh: '能清楚表达自己的意见',
          indicatorEn: 'Expresses their views clearly in meetings and in writing.',
        },
        { level: 2, indicatorZh: '熟练使用 Word/Excel', indicatorEn: 'Uses Word/Excel fluently.' },
        { level: 3, indicatorZh: CHINESE_ONLY, indicatorEn: '' },
      ],
    });
    expect(analysis).toMatchObject({
      descriptionZh: '',
      descriptionEn: ENGLISH_ONLY,
      levels: [{ level: 1, indicatorZh: '', indicatorEn: ENGLISH_ONLY }],
    });
    // Not "Chinese / English": whole, in the language that has Chinese characters.
    expect(negotiation).toMatchObject({
      descriptionZh: '',
      descriptionEn: '',
      levels: [{ level: 1, indicatorZh: ENGLISH_FIRST, indicatorEn: '' }],
    });
    session.close();
  });

  it('drops the combined columns and saves new entries in both languages', () => {
    const file = libraryAtSchema8();
    const session = new LibrarySession();
    session.open(file, { create: false });
    const { competencies } = session.repositories();
    const id = competencies.create({
      kind: 'skill',
      nameZh: '面试技巧',
      nameEn: 'Interviewing',
      descriptionZh: '结构化面试',
      descriptionEn: 'Structured interviews',
      levels: [{ level: 1, indicatorZh: '能按提纲提问', indicatorEn: 'Follows the guide' }],
    });
    expect(competencies.list().find((c) => c.id === id)).toMatchObject({
      descriptionZh: '结构化面试',
      descriptionEn: 'Structured interviews',
      levels: [{ level: 1, indicatorZh: '能按提纲提问', indicatorEn: 'Follows the guide' }],
    });
    session.close();
    const db = new Database(file, { readonly: true });
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('competencies')).not.toContain('description');
    expect(columns('competency_levels')).not.toContain('indicator');
    db.close();
  });
});
