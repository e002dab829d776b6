import type { AlignmentFinding, AlignmentRuleId } from '../../../shared/rules/library';
import type { AlignmentLibrary, AlignmentProcess } from '../../../shared/alignment/library';
import type { Duty, LinkedStep, Role } from '../../../shared/domain';
import type { ProcessGraph } from '../../../shared/process';
import { roleDetailsSchema, type RoleDetails } from '../../../shared/roleDetails';
import { libraryOf } from '../analysis/graphs';

/*
 * Small whole libraries for the J-rule tests: roles with duties written as
 * `dutyOf('审核保单', {steps: [linkTo(1, 'a')]})`, processes as graphs of ../analysis/graphs.
 */

export function linkTo(processId: number, nodeId: string, label = nodeId): LinkedStep {
  return { processId, nodeId, label, processName: null, currentLabel: label, state: 'ok' };
}

let dutyIds = 0;
export function dutyOf(text: string, fields: Partial<Duty> = {}): Duty {
  dutyIds += 1;
  return {
    id: dutyIds,
    text,
    category: 'execute',
    weight: null,
    frequency: 'daily',
    standard: '',
    kpi: '',
    source: 'typed',
    steps: [],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
    ...fields,
  };
}

type RoleFields = Partial<Omit<Role, 'details'>> & { id: number; details?: Partial<RoleDetails> };

export function roleOf({ details, ...fields }: RoleFields): Role {
  return {
    key: `key-${fields.id}`,
    title: `role ${fields.id}`,
    code: `R${fields.id}`,
    departmentId: 1,
    reportsToId: null,
    headcount: null,
    grade: '',
    purpose: '',
    template: 'zh',
    status: 'approved',
    version: 1,
    editVersion: 1,
    duties: [],
    competencies: [],
    createdAt: '',
    updatedAt: '',
    ...fields,
    details: { ...roleDetailsSchema.parse({}), relations: [], authorityClauses: [], ...details },
  };
}

export function processOf(
  id: number,
  graph: ProcessGraph,
  name = `process ${id}`,
): AlignmentProcess {
  return {
    id,
    code: `P${id}`,
    name,
    processClass: null,
    ownerRoleId: null,
    departmentId: null,
    status: 'approved',
    graph,
  };
}

export function libraryWith(roles: Role[], processes: AlignmentProcess[]): AlignmentLibrary {
  return {
    roles,
    processes,
    departments: [
      { id: 1, key: 'd1', parentId: null, name: '核保部', position: 0, editVersion: 1 },
      { id: 2, key: 'd2', parentId: null, name: '销售部', position: 1, editVersion: 1 },
    ],
    analysis: libraryOf(
      roles.map((role) => ({ id: role.id, title: role.title, departmentId: role.departmentId })),
    ),
  };
}

/** The findings of one rule. */
export function findingsOf(
  findings: AlignmentFinding[],
  rule: AlignmentRuleId,
): AlignmentFinding[] {
  return findings.filter((finding) => finding.rule === rule);
}
