import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { createServices } from '../../../electron/ipc/handlers';
import { LibrarySession } from '../../../electron/library/librarySession';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { tempLibraryPath } from '../helpers/tempFiles';

/*
 * Migration 8 (issue 10) on a library file written at schema 7 with the old texts: after
 * opening, every role's 工作权限 clauses and 工作关系 relations are stored, the relations'
 * names bound to this library's roles and departments, and the texts are unchanged.
 */

const AUTHORITY =
  '费用报销和付款的审核权；单笔 20 万元以内付款的审批权；对违反财务制度的支出的拒付权。';
const INTERNAL = '总经理；出纳（日常付款）；人力资源部（薪资与社保核算）';
const EXTERNAL = '税务机关；开户银行';

function libraryAtSchema7(): string {
  const file = tempLibraryPath();
  const db = new Database(file);
  migrate(db, MIGRATIONS.slice(0, 7));
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare(
    "INSERT INTO departments (id, name, created_at) VALUES (1, '财务部', ?), (2, '人力资源部', ?)",
  ).run(now, now);
  const role = db.prepare(
    'INSERT INTO roles (id, department_id, title, created_at, updated_at) VALUES (?, 1, ?, ?, ?)',
  );
  role.run(1, '财务经理', now, now);
  role.run(2, '出纳', now, now);
  role.run(3, '总经理', now, now);
  const details = {
    authority: AUTHORITY,
    relationsInternal: INTERNAL,
    relationsExternal: EXTERNAL,
    location: '上海',
  };
  db.prepare('INSERT INTO role_details (role_id, document) VALUES (1, ?), (2, ?)').run(
    JSON.stringify(details),
    '{"authority": broken',
  );
  db.close();
  return file;
}

describe('migration 8: structure 工作权限 and 工作关系', () => {
  it('stores the structures read from the texts and leaves the texts and damaged documents alone', () => {
    const file = libraryAtSchema7();
    const session = new LibrarySession();
    const status = session.open(file, { create: false });
    expect(status.state).toBe('open');
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });

    const stored = JSON.parse(session.repositories().roles.storedDetails(1) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(stored.authority).toBe(AUTHORITY);
    expect(stored.relationsInternal).toBe(INTERNAL);
    expect(stored.location).toBe('上海');
    expect(stored.authorityClauses).toEqual([
      {
        text: '费用报销和付款的审核权',
        kind: 'recommend',
        object: '费用报销和付款',
        amountMax: null,
      },
      { text: '单笔 20 万元以内付款的审批权', kind: 'approve', object: '付款', amountMax: 200_000 },
      {
        text: '对违反财务制度的支出的拒付权。',
        kind: 'other',
        object: '违反财务制度的支出的拒付',
        amountMax: null,
      },
    ]);
    expect(stored.relations).toEqual([
      { text: '总经理', scope: 'internal', partner: { kind: 'role', roleId: 3 } },
      { text: '出纳（日常付款）', scope: 'internal', partner: { kind: 'role', roleId: 2 } },
      {
        text: '人力资源部（薪资与社保核算）',
        scope: 'internal',
        partner: { kind: 'department', departmentId: 2 },
      },
      { text: '税务机关', scope: 'external', partner: { kind: 'named', name: '税务机关' } },
      { text: '开户银行', scope: 'external', partner: { kind: 'named', name: '开户银行' } },
    ]);
    // A damaged document stays byte for byte, to be repaired by the user.
    expect(session.repositories().roles.storedDetails(2)).toBe('{"authority": broken');

    const role = services.roles.get(1);
    expect(role.details.authority).toBe(AUTHORITY);
    expect(role.details.authorityClauses).toHaveLength(3);
    session.close();
  });
});
