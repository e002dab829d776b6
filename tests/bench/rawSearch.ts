import Database from 'better-sqlite3';

/*
 * The floor the service is compared against: the bare FTS5 lookup on the same file, on its
 * own connection, with none of the service's work (paging, ordering, summaries, matched duty).
 */
const FTS_SQL = `SELECT rowid FROM roles_fts WHERE roles_fts MATCH ?
  UNION SELECT d.role_id FROM duties_fts JOIN duties d ON d.id = duties_fts.rowid
        WHERE duties_fts MATCH ?`;

/* The bare LIKE scan that 1–2 character terms fall back to (for the analysis, no target). */
const LIKE_SQL = `SELECT id FROM roles WHERE title LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\'
  UNION SELECT role_id FROM duties WHERE text LIKE ? ESCAPE '\\'`;

/** An FTS5 string: the term in double quotes, inner quotes doubled, so nothing is syntax. */
export function ftsString(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type RawSearch = {
  /** Role ids whose title, code or a duty contain the term, via the trigram index. */
  fts(term: string): number[];
  /** The same via LIKE (what 1–2 character terms cost before any paging). */
  like(term: string): number[];
  close(): void;
};

export function openRawSearch(file: string): RawSearch {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const fts = db.prepare<[string, string], number>(FTS_SQL).pluck();
  const like = db.prepare<[string, string, string], number>(LIKE_SQL).pluck();
  return {
    // The service lowercases terms before quoting them; do the same so both run one query.
    fts: (term) => {
      const literal = ftsString(term.toLowerCase());
      return fts.all(literal, literal);
    },
    like: (term) => {
      const pattern = likePattern(term.toLowerCase());
      return like.all(pattern, pattern, pattern);
    },
    close: () => db.close(),
  };
}
