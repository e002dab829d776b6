import type { Migration } from './types';

/*
 * 工作检查 and 持续改进 (issue 12): inspection plans, inspections (检查记录), SERVQUAL surveys,
 * complaints (投诉) and improvement actions (整改措施) — aggregates of the library with a
 * stable `key`, an `edit_version` for conflicts between windows, and the process they belong
 * to by its stable key (the service checks it exists; a FOREIGN KEY would need the integer id,
 * which does not travel with an export). Columns for what lists filter and sort on; JSON only
 * where the shape is one value (a plan's KPIs, an inspection's measurements, a survey's
 * dimension scores, an action's where/source/answering revision). Deleting a process deletes
 * what was recorded about it, as it deletes its revisions.
 */
export const createInspections: Migration = {
  version: 11,
  name: 'create_inspections',
  up(db) {
    db.exec(`
      CREATE TABLE inspection_plans (
        id                INTEGER PRIMARY KEY,
        key               TEXT NOT NULL UNIQUE,
        process_key       TEXT NOT NULL,
        kpis              TEXT NOT NULL,
        frequency         TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'halfYear', 'custom')),
        every_months      INTEGER,
        inspector_role_id INTEGER,
        kind              TEXT NOT NULL CHECK (kind IN ('regular', 'special')),
        start_date        TEXT NOT NULL,
        grace_days        INTEGER NOT NULL,
        edit_version      INTEGER NOT NULL DEFAULT 0,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX inspection_plans_by_process ON inspection_plans(process_key);

      -- One inspection per plan and period: an import of a period already recorded adds to it.
      CREATE TABLE inspections (
        id                INTEGER PRIMARY KEY,
        key               TEXT NOT NULL UNIQUE,
        plan_key          TEXT NOT NULL REFERENCES inspection_plans(key) ON DELETE CASCADE,
        process_key       TEXT NOT NULL,
        period_start      TEXT NOT NULL,
        period_end        TEXT NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('regular', 'special')),
        method            TEXT NOT NULL,
        inspector_role_id INTEGER,
        inspector_name    TEXT NOT NULL DEFAULT '',
        measurements      TEXT NOT NULL DEFAULT '[]',
        notes             TEXT NOT NULL DEFAULT '',
        inspected_on      TEXT NOT NULL,
        edit_version      INTEGER NOT NULL DEFAULT 0,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (plan_key, period_start)
      );
      CREATE INDEX inspections_by_process ON inspections(process_key, period_start);

      CREATE TABLE inspection_surveys (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        process_key  TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end   TEXT NOT NULL,
        customers    TEXT NOT NULL CHECK (customers IN ('internal', 'external')),
        respondents  INTEGER NOT NULL,
        scale_min    INTEGER NOT NULL,
        scale_max    INTEGER NOT NULL,
        dimensions   TEXT NOT NULL,
        notes        TEXT NOT NULL DEFAULT '',
        edit_version INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX inspection_surveys_by_process ON inspection_surveys(process_key, period_start);

      CREATE TABLE complaints (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        process_key  TEXT NOT NULL,
        step_id      TEXT,
        category     TEXT NOT NULL,
        received_on  TEXT NOT NULL,
        description  TEXT NOT NULL DEFAULT '',
        resolution   TEXT NOT NULL DEFAULT '',
        resolved_on  TEXT,
        edit_version INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX complaints_by_process ON complaints(process_key, received_on);

      -- link_kind + link_subject: the revision the action opened (a process key, or a role id
      -- as text), indexed so an approval finds the actions it answers.
      CREATE TABLE improvement_actions (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        process_key  TEXT NOT NULL,
        source       TEXT NOT NULL,
        what         TEXT NOT NULL,
        why          TEXT NOT NULL DEFAULT '',
        who_role_id  INTEGER,
        scope        TEXT NOT NULL,
        due_date     TEXT,
        how          TEXT NOT NULL DEFAULT '',
        stage        TEXT NOT NULL CHECK (stage IN ('plan', 'do', 'check', 'act')),
        status       TEXT NOT NULL CHECK (status IN ('open', 'inProgress', 'done', 'cancelled')),
        link_kind    TEXT NOT NULL CHECK (link_kind IN ('processVariant', 'roleDraft', 'none')),
        link_subject TEXT,
        answered_by  TEXT,
        edit_version INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX improvement_actions_by_process ON improvement_actions(process_key);
      CREATE INDEX improvement_actions_by_link ON improvement_actions(link_kind, link_subject);

      CREATE TRIGGER processes_delete_inspections AFTER DELETE ON processes BEGIN
        DELETE FROM inspection_plans WHERE process_key = old.key;
        DELETE FROM inspections WHERE process_key = old.key;
        DELETE FROM inspection_surveys WHERE process_key = old.key;
        DELETE FROM complaints WHERE process_key = old.key;
        DELETE FROM improvement_actions WHERE process_key = old.key;
      END;
    `);
  },
};
