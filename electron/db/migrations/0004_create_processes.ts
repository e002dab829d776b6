import type { Migration } from './types';

/**
 * Process maps (工作流程): the process record, its graph as the editor's document (in its own
 * table so lists never read it), and the activity index written with the graph in the same
 * transaction, so roles ↔ activities can be queried.
 */
export const createProcesses: Migration = {
  version: 4,
  name: 'create_processes',
  up(db) {
    db.exec(`
      CREATE TABLE processes (
        id            INTEGER PRIMARY KEY,
        code          TEXT NOT NULL DEFAULT '',
        name          TEXT NOT NULL,
        class         TEXT CHECK (class IN ('key', 'general', 'auxiliary')),
        owner_role_id INTEGER REFERENCES roles(id) ON DELETE SET NULL,
        department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
        purpose       TEXT NOT NULL DEFAULT '',
        trigger_event TEXT NOT NULL DEFAULT '',
        output        TEXT NOT NULL DEFAULT '',
        kpis          TEXT NOT NULL DEFAULT '{}',
        status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
        version       INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX processes_by_department ON processes(department_id, name);
      CREATE INDEX processes_by_class ON processes(class, name);
      CREATE INDEX processes_by_owner ON processes(owner_role_id);

      CREATE TABLE process_graphs (
        process_id INTEGER PRIMARY KEY REFERENCES processes(id) ON DELETE CASCADE,
        document   TEXT NOT NULL
      );

      -- What an imported BPMN file holds beyond what the editor draws, written back on export.
      CREATE TABLE process_bpmn_sources (
        process_id INTEGER PRIMARY KEY REFERENCES processes(id) ON DELETE CASCADE,
        document   TEXT NOT NULL
      );

      CREATE TABLE process_activities (
        process_id    INTEGER NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        node_id       TEXT NOT NULL,
        label         TEXT NOT NULL,
        lane_id       TEXT,
        role_id       INTEGER REFERENCES roles(id) ON DELETE SET NULL,
        department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
        raci          TEXT NOT NULL DEFAULT '[]',
        work_minutes  REAL,
        wait_minutes  REAL,
        value_class   TEXT CHECK (value_class IN ('VA', 'BVA', 'NVA')),
        is_approval   INTEGER NOT NULL DEFAULT 0,
        is_inspection INTEGER NOT NULL DEFAULT 0,
        is_hand_off   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (process_id, node_id)
      ) WITHOUT ROWID;
      CREATE INDEX process_activities_by_role ON process_activities(role_id);

      CREATE TRIGGER processes_delete_revisions AFTER DELETE ON processes BEGIN
        DELETE FROM revisions WHERE entity_type = 'process' AND entity_id = old.id;
      END;

      CREATE VIRTUAL TABLE processes_fts USING fts5(
        name, code, content='processes', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER processes_fts_insert AFTER INSERT ON processes BEGIN
        INSERT INTO processes_fts(rowid, name, code) VALUES (new.id, new.name, new.code);
      END;
      CREATE TRIGGER processes_fts_delete AFTER DELETE ON processes BEGIN
        INSERT INTO processes_fts(processes_fts, rowid, name, code)
          VALUES ('delete', old.id, old.name, old.code);
      END;
      CREATE TRIGGER processes_fts_update AFTER UPDATE OF name, code ON processes BEGIN
        INSERT INTO processes_fts(processes_fts, rowid, name, code)
          VALUES ('delete', old.id, old.name, old.code);
        INSERT INTO processes_fts(rowid, name, code) VALUES (new.id, new.name, new.code);
      END;
    `);
  },
};
