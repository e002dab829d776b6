import { beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../electron/library/librarySession';
import { newRoleBasics } from '../../../shared/domain';
import { draft, duty } from '../helpers/fixtures';
import { openTempSession, tempLibraryPath } from '../helpers/tempFiles';
import { openLibrary } from '../../../electron/db/openLibrary';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { SearchRepository } from '../../../electron/db/repositories/searchRepository';

let repositories: Repositories;
let departmentId: number;

function addRole(title: string, code: string, duties: string[] = []): number {
  const basics = { ...newRoleBasics(departmentId, title), code };
  const id = repositories.roles.create(basics);
  repositories.roles.save(
    draft(
      id,
      basics,
      duties.map((text) => duty(text)),
    ),
    0,
  );
  return id;
}

const titles = (query: string) => repositories.search.search(query, 50).map((hit) => hit.title);

beforeEach(() => {
  repositories = openTempSession().session.repositories();
  departmentId = repositories.departments.create('人力资源部', null).id;
  addRole('人力资源经理', 'HR-001', ['制定年度招聘计划并组织实施', '审核部门薪酬预算']);
  addRole('招聘专员', 'HR-002', ['筛选简历，安排面试']);
  addRole('Payroll Specialist', 'FIN-010', ['Reconcile monthly payroll and report variances']);
  addRole('R&D 50% plan owner', 'RD_1', ['Owns the "quarterly" NEAR(review) cycle']);
});

describe('search', () => {
  it('finds Chinese substrings of three or more characters in titles', () => {
    expect(titles('资源经')).toEqual(['人力资源经理']);
  });

  it('finds Chinese text inside duties and says which duty matched', () => {
    const [hit] = repositories.search.search('招聘计划', 50);
    expect(hit?.title).toBe('人力资源经理');
    expect(hit?.matchedDuty).toBe('制定年度招聘计划并组织实施');
  });

  it('puts title matches before duty matches', () => {
    expect(titles('招聘')).toEqual(['招聘专员', '人力资源经理']);
  });

  it('finds one- and two-character Chinese terms', () => {
    expect(titles('薪')).toEqual(['人力资源经理']);
    expect(titles('面试')).toEqual(['招聘专员']);
  });

  it('finds English case-insensitively, by any part of a word', () => {
    expect(titles('PAYROLL')).toEqual(['Payroll Specialist']);
    expect(titles('ecia')).toEqual(['Payroll Specialist']);
    expect(titles('variances')).toEqual(['Payroll Specialist']);
    expect(titles('ro')).toContain('Payroll Specialist');
  });

  it('finds codes', () => {
    expect(titles('FIN-010')).toEqual(['Payroll Specialist']);
    expect(titles('hr-00').sort()).toEqual(['人力资源经理', '招聘专员'].sort());
  });

  it('needs every term to match', () => {
    expect(titles('人力 预算')).toEqual(['人力资源经理']);
    expect(titles('人力 面试')).toEqual([]);
  });

  it.each([
    '"',
    '""',
    'NEAR(',
    'NEAR(review',
    '*',
    'pay*',
    '-x',
    '- payroll',
    'a OR b',
    'AND',
    '^start',
    'title:经理',
    '{title code}',
    "'; DROP TABLE roles; --",
    '\\',
    '\u0000',
    'pay\u0000roll',
    '(((',
    ')',
    '  ',
    '🙂',
  ])('treats %j literally and never fails', (query) => {
    expect(() => repositories.search.search(query, 50)).not.toThrow();
    expect(repositories.roles.list(null)).toHaveLength(4);
  });

  it('matches operator characters as text, not syntax', () => {
    expect(titles('"quarterly"')).toEqual(['R&D 50% plan owner']);
    expect(titles('NEAR(review)')).toEqual(['R&D 50% plan owner']);
    expect(titles('50%')).toEqual(['R&D 50% plan owner']);
    expect(titles('D_1')).toEqual(['R&D 50% plan owner']);
    // `_` and `%` are not wildcards.
    expect(titles('R_D')).toEqual([]);
    expect(titles('R_')).toEqual([]);
    expect(titles('5%')).toEqual([]);
    // NUL acts as a separator: both halves must match.
    expect(titles('Payroll\u0000Special')).toEqual(['Payroll Specialist']);
  });

  it('stays in step with edits and deletes', () => {
    const id = addRole('培训主管', 'HR-003', ['组织内部培训']);
    expect(titles('培训主')).toEqual(['培训主管']);
    expect(titles('培训')).toEqual(['培训主管']);
    const role = repositories.roles.get(id);
    if (!role) throw new Error('role missing');
    repositories.roles.save(
      draft(id, { ...role, title: '学习发展主管' }, [duty('设计领导力课程')]),
      role.editVersion,
    );
    expect(titles('培训主')).toEqual([]);
    expect(titles('内部培训')).toEqual([]);
    expect(titles('领导力课程')).toEqual(['学习发展主管']);
    expect(titles('培训')).toEqual([]);
    expect(titles('课程')).toEqual(['学习发展主管']);
    repositories.roles.delete(id, role.editVersion + 1);
    expect(titles('领导力课程')).toEqual([]);
    expect(titles('课程')).toEqual([]);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(titles('')).toEqual([]);
    expect(repositories.search.search('HR', 1)).toHaveLength(1);
  });
});

describe('search after migrating an older library', () => {
  it('finds short terms in roles written before the short-term index existed', () => {
    const file = tempLibraryPath();
    const older = MIGRATIONS.slice(0, 2);
    const db = openLibrary(file, { create: true, migrations: older });
    // Rows as that schema held them (today's repositories write columns it did not have).
    db.exec(`
      INSERT INTO departments (id, name, position, created_at) VALUES (1, '财务部', 0, 'then');
      INSERT INTO roles (id, department_id, title, code, created_at, updated_at)
        VALUES (1, 1, '出纳', 'FIN-2', 'then', 'then');
      INSERT INTO duties (role_id, position, text) VALUES (1, 0, '办理现金收付');
    `);
    db.close();

    const upgraded = openLibrary(file, { create: false });
    const search = new SearchRepository(upgraded);
    expect(search.search('收付', 10).map((hit) => hit.title)).toEqual(['出纳']);
    expect(search.search('纳', 10).map((hit) => hit.title)).toEqual(['出纳']);
    upgraded.close();
  });
});
