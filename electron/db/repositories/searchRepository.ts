import type { Database, Statement } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/domain';
import { parseSearchTerms, toMatchLiteral, type SearchTerm } from '../searchTerms';
import { ROLE_SUMMARY_COLUMNS, toRoleSummary } from './roleRepository';

type HitRow = {
  id: number;
  title: string;
  code: string;
  department_id: number;
  reports_to_id: number | null;
  status: SearchHit['status'];
  duty_count: number;
  edit_version: number;
};

/** Roles whose title, code or one of whose duties contains term `n`. */
function termSubquery(term: SearchTerm, n: number): string {
  if (term.indexed) {
    return `SELECT rowid AS role_id FROM roles_fts WHERE roles_fts MATCH @t${n}
      UNION SELECT d.role_id FROM duties_fts JOIN duties d ON d.id = duties_fts.rowid
            WHERE duties_fts MATCH @t${n}`;
  }
  return `SELECT role_id FROM role_search WHERE instr(text, @t${n}) > 0`;
}

/**
 * Search over role titles, codes and duty text. A role matches when every term occurs in
 * its title, its code or one of its duties. Terms of 3+ characters go through the trigram
 * FTS5 index; shorter ones through instr() over each role's lowercased text. User text only ever reaches SQLite as a bound
 * parameter, quoted as an FTS5 string or escaped as a LIKE pattern.
 */
export class SearchRepository {
  private readonly db: Database;
  private readonly statements = new Map<string, Statement<Record<string, unknown>, HitRow>>();
  private readonly firstMatchingDuty: Statement<[number, string], { text: string }>;

  constructor(db: Database) {
    this.db = db;
    this.firstMatchingDuty = db.prepare(
      'SELECT text FROM duties WHERE role_id = ? AND instr(lower(text), ?) > 0 ORDER BY position LIMIT 1',
    );
  }

  search(input: string, limit: number): SearchHit[] {
    const terms = parseSearchTerms(input);
    const first = terms[0];
    if (!first) return [];
    const params: Record<string, unknown> = { first: first.text, limit };
    terms.forEach((term, n) => {
      // Short terms are matched literally by instr() against lowercased text: no pattern at all.
      params[`t${n}`] = term.indexed ? toMatchLiteral(term.text) : term.text;
    });
    const rows = this.statementFor(terms).all(params);
    return rows.map((row) => {
      const summary = toRoleSummary(row);
      const inHeading = terms.every(
        (t) =>
          summary.title.toLowerCase().includes(t.text) ||
          summary.code.toLowerCase().includes(t.text),
      );
      const duty = inHeading ? undefined : this.firstMatchingDuty.get(summary.id, first.text);
      return {
        roleId: summary.id,
        title: summary.title,
        code: summary.code,
        departmentId: summary.departmentId,
        status: summary.status,
        dutyCount: summary.dutyCount,
        matchedDuty: duty?.text ?? null,
      };
    });
  }

  /** One prepared statement per shape of query (how many terms, which of them indexed). */
  private statementFor(terms: SearchTerm[]): Statement<Record<string, unknown>, HitRow> {
    const shape = terms.map((t) => (t.indexed ? 'F' : 'L')).join('');
    let statement = this.statements.get(shape);
    if (!statement) {
      const matching = terms
        .map((term, n) => `SELECT role_id FROM (${termSubquery(term, n)})`)
        .join(' INTERSECT ');
      const order = `(instr(lower(r.title), @first) > 0 OR instr(lower(r.code), @first) > 0) DESC,
                     r.title COLLATE NOCASE, r.id`;
      // The inner query picks the page; summary columns are computed for that page only.
      statement = this.db.prepare(`
        SELECT ${ROLE_SUMMARY_COLUMNS}
        FROM (SELECT r.id FROM roles r WHERE r.id IN (${matching}) ORDER BY ${order} LIMIT @limit) AS page
        JOIN roles r ON r.id = page.id
        ORDER BY ${order}`);
      this.statements.set(shape, statement);
    }
    return statement;
  }
}
