import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../shared/analysis';
import type { AnalysisFinding } from '../../../shared/analysis/types';
import { INSURER_DEPARTMENTS, INSURER_ROLES } from '../../../electron/library/seed/insurerCase';
import { insurerProcesses } from '../../../electron/library/seed/insurerProcess';
import { paramValues } from './esiaHelpers';
import { libraryOf } from './graphs';

/*
 * The ESIA findings on the insurer pair (DOMAIN.md's case), with ids made up for the seed's
 * roles and departments. Asserts what holds however the sample's probabilities and waits are
 * tuned: the as-is file checked three times, keyed into three systems, through five
 * departments in short steps; the case manager's redesign free of those findings.
 */

const departmentId = (key: string) => INSURER_DEPARTMENTS.findIndex((d) => d.key === key) + 1;
const roleId = (code: string) => {
  const index = INSURER_ROLES.findIndex((role) => role.code === code);
  if (index < 0) throw new Error(`unknown role ${code}`);
  return index + 1;
};
const library = libraryOf(
  INSURER_ROLES.map((role, i) => ({
    id: i + 1,
    title: role.title,
    departmentId: departmentId(role.department),
  })),
);
const [asIs, caseManager] = insurerProcesses({ department: departmentId, role: roleId }).map(
  (process) => analyseProcess({ graph: process.graph, library }).findings,
);
const of = (findings: AnalysisFinding[] | undefined, rule: string) =>
  (findings ?? []).filter((found) => found.rule === rule);

describe('ESIA on the insurer as-is map', () => {
  it('I1: a run of short steps goes through several roles', () => {
    const runs = of(asIs, 'I1');
    expect(runs.length).toBeGreaterThan(0);
    for (const found of runs) expect(paramValues(found).n).toBeGreaterThanOrEqual(3);
  });

  it('E2: customer service and underwriting check the same application', () => {
    const found = of(asIs, 'E2').find((f) => f.elementIds.includes('cs-check'));
    expect(found?.elementIds).toEqual(expect.arrayContaining(['cs-check', 'uw-check']));
    expect(paramValues(found).obj).toBe('投保申请书');
  });

  it('A2: the application is keyed in three times, twice again after the first', () => {
    const found = of(asIs, 'A2');
    expect(found.map((f) => f.elementIds.at(-1))).toEqual(['rating-key', 'issue-key']);
    for (const again of found) expect(again.elementIds[0]).toBe('cs-key');
  });

  it('I2: the customer deals with the clerks who return, request and mail', () => {
    const [found] = of(asIs, 'I2');
    expect(found?.elementIds).toEqual(
      expect.arrayContaining(['cs-return', 'uw-request', 'issue-mail']),
    );
    expect(found?.elementIds).not.toContain('credit-assess');
  });

  it('S1: a case passes five departments', () => {
    const [found] = of(asIs, 'S1');
    expect(paramValues(found).ND).toBe(5);
  });

  it('E5: the file waits days before steps of minutes', () => {
    expect(of(asIs, 'E5').filter((f) => f.variant !== 'process').length).toBeGreaterThan(0);
  });
});

describe('ESIA on the case-manager map', () => {
  it('has no serial approvals, repeated checks, run across roles or too many hands', () => {
    for (const rule of ['E1', 'E2', 'I1', 'S1']) expect(of(caseManager, rule)).toEqual([]);
  });
});
