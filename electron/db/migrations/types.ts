import type { Database } from 'better-sqlite3';

/** One forward-only schema step. `up` runs inside a transaction opened by the runner. */
export type Migration = {
  /** Consecutive from 1; becomes `PRAGMA user_version` once applied. */
  version: number;
  /** verb_noun, matching the file name `NNNN_verb_noun.ts`. */
  name: string;
  up(db: Database): void;
};
