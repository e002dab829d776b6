import type { Migration } from './types';

/**
 * The first schema: departments, roles with their duties, the competency dictionary and
 * role ↔ competency, and the trigram search indexes. Processes and revisions come in later
 * migrations; `duties.source_activity_id` is the hook a derived duty will point through.
 */
export const createLibrary: Migration = {
  version: 1,
  name: 'create_library',
  up(db) {
    db.exec(`
      CREATE TABLE departments (
        id         INTEGER PRIMARY KEY,
        parent_id  INTEGER REFERENCES departments(id) ON DELETE RESTRICT,
        name       TEXT NOT NULL,
        position   INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE INDEX departments_by_parent ON departments(parent_id, position);

      CREATE TABLE roles (
        id            INTEGER PRIMARY KEY,
        department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        title         TEXT NOT NULL,
        code          TEXT NOT NULL DEFAULT '',
        reports_to_id INTEGER REFERENCES roles(id) ON DELETE SET NULL,
        headcount     INTEGER CHECK (headcount IS NULL OR headcount >= 0),
        grade         TEXT NOT NULL DEFAULT '',
        purpose       TEXT NOT NULL DEFAULT '',
        template      TEXT NOT NULL DEFAULT 'zh' CHECK (template IN ('zh', 'en')),
        status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
        version       INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX roles_by_department ON roles(department_id, title);
      CREATE INDEX roles_by_manager ON roles(reports_to_id);

      CREATE TABLE duties (
        id                 INTEGER PRIMARY KEY,
        role_id            INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        position           INTEGER NOT NULL,
        text               TEXT NOT NULL,
        category           TEXT CHECK (category IN ('manage', 'execute', 'participate', 'assist')),
        weight             INTEGER CHECK (weight IS NULL OR weight BETWEEN 0 AND 100),
        frequency          TEXT CHECK (frequency IN
                             ('daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'asNeeded')),
        standard           TEXT NOT NULL DEFAULT '',
        kpi                TEXT NOT NULL DEFAULT '',
        source             TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'process')),
        source_activity_id INTEGER
      );
      CREATE INDEX duties_by_role ON duties(role_id, position);

      CREATE TABLE competencies (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('knowledge', 'skill', 'ability', 'attitude')),
        name_zh     TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE competency_levels (
        competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
        indicator     TEXT NOT NULL,
        PRIMARY KEY (competency_id, level)
      ) WITHOUT ROWID;

      CREATE TABLE role_competencies (
        role_id        INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        competency_id  INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
        required_level INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 9),
        importance     INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
        PRIMARY KEY (role_id, competency_id)
      ) WITHOUT ROWID;
      CREATE INDEX role_competencies_by_competency ON role_competencies(competency_id);

      -- Search: external-content FTS5 tables over the rows above, kept in step by triggers.
      -- The trigram tokenizer makes any 3+ character substring searchable, Chinese included.
      CREATE VIRTUAL TABLE roles_fts USING fts5(
        title, code, content='roles', content_rowid='id', tokenize='trigram'
      );
      CREATE VIRTUAL TABLE duties_fts USING fts5(
        text, content='duties', content_rowid='id', tokenize='trigram'
      );

      CREATE TRIGGER roles_fts_insert AFTER INSERT ON roles BEGIN
        INSERT INTO roles_fts(rowid, title, code) VALUES (new.id, new.title, new.code);
      END;
      CREATE TRIGGER roles_fts_delete AFTER DELETE ON roles BEGIN
        INSERT INTO roles_fts(roles_fts, rowid, title, code)
          VALUES ('delete', old.id, old.title, old.code);
      END;
      CREATE TRIGGER roles_fts_update AFTER UPDATE OF title, code ON roles BEGIN
        INSERT INTO roles_fts(roles_fts, rowid, title, code)
          VALUES ('delete', old.id, old.title, old.code);
        INSERT INTO roles_fts(rowid, title, code) VALUES (new.id, new.title, new.code);
      END;

      CREATE TRIGGER duties_fts_insert AFTER INSERT ON duties BEGIN
        INSERT INTO duties_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER duties_fts_delete AFTER DELETE ON duties BEGIN
        INSERT INTO duties_fts(duties_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER duties_fts_update AFTER UPDATE OF text ON duties BEGIN
        INSERT INTO duties_fts(duties_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO duties_fts(rowid, text) VALUES (new.id, new.text);
      END;
    `);
  },
};
