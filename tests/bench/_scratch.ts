import fs from 'node:fs';
import Database from 'better-sqlite3';
import { LibrarySession } from '../../electron/library/librarySession';
import { generateLibrary } from './generateLibrary';
import { seededRandom } from './prng';
import { longQueries, shortQueries } from './queries';
import { summarise } from './stats';
import { ROLE_SUMMARY_COLUMNS } from '../../electron/db/repositories/roleRepository';

const file = '/tmp/rfb/library.sqlite';
const random = seededRandom(0x5eed2024);
if (!fs.existsSync(file)) {
  const s = new LibrarySession(); s.open(file, { create: true });
  generateLibrary(s.repositories(), { roles: 10000, duties: 100000 }, random);
  s.close();
} else generateLibrary; 
const r2 = seededRandom(0x5eed2024);
// replicate random consumption roughly not needed; just get queries
const long = longQueries(1100, r2);
const short = shortQueries(1100, r2);
const session = new LibrarySession(); session.open(file, { create: false });
const repo = session.repositories().search;
const db = new Database(file);
const order = `(instr(lower(r.title), @first) > 0 OR instr(lower(r.code), @first) > 0) DESC, r.title COLLATE NOCASE, r.id`;
const matchingF = `SELECT role_id FROM (SELECT rowid AS role_id FROM roles_fts WHERE roles_fts MATCH @t0
      UNION SELECT d.role_id FROM duties_fts JOIN duties d ON d.id = duties_fts.rowid WHERE duties_fts MATCH @t0)`;
const svcSql = `SELECT ${ROLE_SUMMARY_COLUMNS} FROM (SELECT r.id FROM roles r WHERE r.id IN (${matchingF}) ORDER BY ${order} LIMIT @limit) AS page JOIN roles r ON r.id = page.id ORDER BY ${order}`;
console.log(db.prepare('EXPLAIN QUERY PLAN ' + svcSql).all({ t0: '"x"', first: 'x', limit: 50 }).map((r: any) => r.detail).join('\n'));
const raw = db.prepare(`SELECT rowid FROM roles_fts WHERE roles_fts MATCH ? UNION SELECT d.role_id FROM duties_fts JOIN duties d ON d.id = duties_fts.rowid WHERE duties_fts MATCH ?`).pluck();
const svc = db.prepare(svcSql);
const lit = (t: string) => `"${t.toLowerCase().replaceAll('"', '""')}"`;
const t = { raw: [] as number[], stmt: [] as number[], full: [] as number[] };
const time = (f: () => void) => { const s = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - s) / 1e6; };
for (let rep = 0; rep < 2; rep++) for (const term of long) {
  const l = lit(term);
  const a = time(() => raw.all(l, l));
  const b = time(() => svc.all({ t0: l, first: term.toLowerCase(), limit: 50 }));
  const c = time(() => repo.search(term, 50));
  if (rep === 1) { t.raw.push(a); t.stmt.push(b); t.full.push(c); }
}
for (const [k, v] of Object.entries(t)) { const s = summarise(v); console.log(k, s.p50.toFixed(3), s.p95.toFixed(3), s.p99.toFixed(3)); }
void short;
