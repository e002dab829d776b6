import type { Migration } from './types';

/** Title, code and every duty of a role, lowercased, with a separator no term can span. */
const roleText = (roleId: string) => `
  coalesce((SELECT lower(title || char(31) || code) FROM roles WHERE id = ${roleId}), '')
  || char(31) ||
  coalesce((SELECT group_concat(lower(text), char(31)) FROM duties WHERE role_id = ${roleId}), '')`;

/**
 * One row of searchable text per role, for terms of one or two characters, which the trigram
 * index cannot answer. Scanning 10,000 role rows with instr() is several times cheaper than
 * LIKE over 100,000 duty rows. Kept in step by triggers, like the FTS5 tables.
 */
export const addRoleSearchText: Migration = {
  version: 3,
  name: 'add_role_search_text',
  up(db) {
    db.exec(`
      CREATE TABLE role_search (
        role_id INTEGER PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
        text    TEXT NOT NULL
      );
      INSERT INTO role_search (role_id, text) SELECT id, ${roleText('roles.id')} FROM roles;

      CREATE TRIGGER role_search_role_insert AFTER INSERT ON roles BEGIN
        INSERT INTO role_search (role_id, text) VALUES (new.id, ${roleText('new.id')});
      END;
      CREATE TRIGGER role_search_role_update AFTER UPDATE OF title, code ON roles BEGIN
        UPDATE role_search SET text = ${roleText('new.id')} WHERE role_id = new.id;
      END;
      CREATE TRIGGER role_search_duty_insert AFTER INSERT ON duties BEGIN
        UPDATE role_search SET text = ${roleText('new.role_id')} WHERE role_id = new.role_id;
      END;
      CREATE TRIGGER role_search_duty_update AFTER UPDATE OF text, role_id ON duties BEGIN
        UPDATE role_search SET text = ${roleText('old.role_id')} WHERE role_id = old.role_id;
        UPDATE role_search SET text = ${roleText('new.role_id')} WHERE role_id = new.role_id;
      END;
      CREATE TRIGGER role_search_duty_delete AFTER DELETE ON duties BEGIN
        UPDATE role_search SET text = ${roleText('old.role_id')} WHERE role_id = old.role_id;
      END;
    `);
  },
};
