import { splitBilingual } from '../../../shared/bilingualText';
import type { Migration } from './types';

/*
 * The competency dictionary per language (issue 11). Until now a description and each level's
 * behavioural indicator were one field, and the starter dictionary wrote them "中文 / English",
 * so every document printed both languages. Each text now has a Chinese and an English column.
 * An existing text is split by the rule of shared/bilingualText.ts; a text that is not
 * recognisably "中文 / English" moves whole, as written, to the language it is written in.
 * Nothing is dropped: the old column goes only after every row has been copied.
 */

type DescriptionRow = { id: number; description: string };
type IndicatorRow = { competency_id: number; level: number; indicator: string };

export const splitDictionaryLanguages: Migration = {
  version: 9,
  name: 'split_dictionary_languages',
  up(db) {
    db.exec(`
      ALTER TABLE competencies ADD COLUMN description_zh TEXT NOT NULL DEFAULT '';
      ALTER TABLE competencies ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
      ALTER TABLE competency_levels ADD COLUMN indicator_zh TEXT NOT NULL DEFAULT '';
      ALTER TABLE competency_levels ADD COLUMN indicator_en TEXT NOT NULL DEFAULT '';
    `);
    const descriptions = db
      .prepare('SELECT id, description FROM competencies')
      .all() as DescriptionRow[];
    const writeDescription = db.prepare(
      'UPDATE competencies SET description_zh = ?, description_en = ? WHERE id = ?',
    );
    for (const row of descriptions) {
      const { zh, en } = splitBilingual(row.description);
      writeDescription.run(zh, en, row.id);
    }
    const indicators = db
      .prepare('SELECT competency_id, level, indicator FROM competency_levels')
      .all() as IndicatorRow[];
    const writeIndicator = db.prepare(
      'UPDATE competency_levels SET indicator_zh = ?, indicator_en = ? WHERE competency_id = ? AND level = ?',
    );
    for (const row of indicators) {
      const { zh, en } = splitBilingual(row.indicator);
      writeIndicator.run(zh, en, row.competency_id, row.level);
    }
    db.exec(`
      ALTER TABLE competencies DROP COLUMN description;
      ALTER TABLE competency_levels DROP COLUMN indicator;
    `);
  },
};
