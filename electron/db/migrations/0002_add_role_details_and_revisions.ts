import type { Migration } from './types';

/**
 * The full position description: the remaining 职位说明书 / job-description sections as one
 * JSON document per role, approved versions kept as revisions (持续改进), and library-wide
 * settings such as the default template.
 */
export const addRoleDetailsAndRevisions: Migration = {
  version: 2,
  name: 'add_role_details_and_revisions',
  up(db) {
    db.exec(`
      -- Kept out of the roles table so lists and search, which read many role rows, never
      -- page through the long section texts.
      CREATE TABLE role_details (
        role_id  INTEGER PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
        document TEXT NOT NULL
      );

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY,
        entity_type TEXT NOT NULL CHECK (entity_type IN ('role', 'process')),
        entity_id   INTEGER NOT NULL,
        version     INTEGER NOT NULL CHECK (version >= 1),
        snapshot    TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        UNIQUE (entity_type, entity_id, version)
      );

      -- Revisions outlive a deleted role on purpose only until the role is gone: clean up.
      CREATE TRIGGER roles_delete_revisions AFTER DELETE ON roles BEGIN
        DELETE FROM revisions WHERE entity_type = 'role' AND entity_id = old.id;
      END;

      CREATE TABLE library_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
