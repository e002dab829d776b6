import type { Migration } from './types';

/**
 * One library (issue 10): duties linked to the process steps that carry them out, the duty
 * fields the library-wide checks and staffing need, and the notes of changes made on the
 * user's behalf while an item waits for approval.
 *
 * - `duty_steps` names a step by its process and stable node id. It has no foreign key to the
 *   process on purpose: deleting a step or its process must flag the duty, not drop the link
 *   without a word. Deleting the duty (or its role) removes its links.
 * - `label` is the step's label when linked, so a renamed step is noticed on read.
 * - `pending_notes` hold 修订说明 for drafts until approval writes them into the revision.
 */
export const linkDutiesToSteps: Migration = {
  version: 7,
  name: 'link_duties_to_steps',
  up(db) {
    db.exec(`
      ALTER TABLE duties ADD COLUMN not_process_work INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE duties ADD COLUMN minutes_per_occurrence REAL;
      ALTER TABLE duties ADD COLUMN occurrences_per_year REAL;
      ALTER TABLE duties ADD COLUMN partner_role_ids TEXT NOT NULL DEFAULT '[]';

      CREATE TABLE duty_steps (
        duty_id    INTEGER NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
        process_id INTEGER NOT NULL,
        node_id    TEXT NOT NULL,
        label      TEXT NOT NULL,
        position   INTEGER NOT NULL,
        PRIMARY KEY (duty_id, process_id, node_id)
      ) WITHOUT ROWID;
      CREATE INDEX duty_steps_by_step ON duty_steps(process_id, node_id);

      CREATE TABLE pending_notes (
        id          INTEGER PRIMARY KEY,
        entity_type TEXT NOT NULL CHECK (entity_type IN ('role', 'process')),
        entity_id   INTEGER NOT NULL,
        note        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX pending_notes_by_entity ON pending_notes(entity_type, entity_id, id);

      CREATE TRIGGER roles_delete_pending_notes AFTER DELETE ON roles BEGIN
        DELETE FROM pending_notes WHERE entity_type = 'role' AND entity_id = old.id;
      END;
      CREATE TRIGGER processes_delete_pending_notes AFTER DELETE ON processes BEGIN
        DELETE FROM pending_notes WHERE entity_type = 'process' AND entity_id = old.id;
      END;
    `);
  },
};
