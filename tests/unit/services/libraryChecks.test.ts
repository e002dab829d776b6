import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import {
  INSURER_AS_IS_CODE,
  INSURER_ROLE_CODES,
} from '../../../electron/library/seed/insurerCommon';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { RoleDraft } from '../../../shared/domain';
import type { AlignmentFinding } from '../../../shared/rules/library';
import { openTempSession } from '../helpers/tempFiles';

/*
 * The checks J1–J8 through dispatch on the sample library (issue 10): what the sample is seeded
 * to show (19 people on the insurer's as-is, 定价员 → 出单员 missing, 定价主管 without a
 * clause, the 报销 备案 proposal), a role's draft checked before it is saved, and a map's findings.
 */

function setup() {
  const { session } = openTempSession();
  const seeded = seedSampleLibrary(session.repositories());
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, payload, { validateResponses: true });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as T;
  };
  const roleId = (code: string) => seeded.roleIds.get(code) ?? 0;
  return { call, handlers, services, seeded, roleId };
}

type LibraryAnswer = {
  findings: AlignmentFinding[];
  roles: { id: number; name: string }[];
  processes: { id: number; name: string }[];
};

const text = (finding: AlignmentFinding | undefined, name: string) => {
  const param = finding?.params[name];
  return param?.type === 'text' ? param.value : undefined;
};

describe('the library checks channels on the sample library', () => {
  it('report the seeded J4, J5 and 备案 findings with the names they need', async () => {
    const { call, roleId } = setup();
    const answer = await call<LibraryAnswer>('alignment:checkLibrary', {});
    const rater = answer.findings.filter(
      (f) => f.rule === 'J4' && f.roleId === roleId(INSURER_ROLE_CODES.rater),
    );
    expect(rater.map((f) => [f.variant, text(f, 'r2')])).toEqual([['missing', '出单员']]);
    const j5 = answer.findings.filter((f) => f.rule === 'J5');
    expect(j5.map((f) => [f.variant, text(f, 'role'), text(f, 'a')]).sort()).toEqual([
      ['filing', '财务经理', '财务经理审批费用报销'],
      ['noClause', '定价主管', '审批保费'],
    ]);
    const named = new Set(answer.roles.map((r) => r.id));
    expect(answer.findings.every((f) => f.roleId === null || named.has(f.roleId))).toBe(true);
    const processes = new Set(answer.processes.map((p) => p.id));
    expect(answer.findings.every((f) => f.processId === null || processes.has(f.processId))).toBe(
      true,
    );
  });

  it('puts 19 people on the as-is and shows their saturation far under the band (J6)', async () => {
    const { call, services, seeded, roleId } = setup();
    const asIs = services.processes.get(seeded.processIds.get(INSURER_AS_IS_CODE) ?? 0);
    const involved = new Set<number>();
    for (const lane of asIs.graph.lanes)
      if (lane.owner.kind === 'role') involved.add(lane.owner.roleId);
    for (const node of asIs.graph.nodes)
      for (const entry of node.activity?.raci ?? []) involved.add(entry.roleId);
    const people = [...involved].reduce(
      (sum, id) => sum + (services.roles.get(id).headcount ?? 0),
      0,
    );
    expect(people).toBe(19);
    const { findings } = await call<LibraryAnswer>('alignment:checkLibrary', {});
    const flagged = new Set(findings.filter((f) => f.rule === 'J6').map((f) => f.roleId));
    // Every involved role is under 70 %, except 新契约部经理: A only, no work minutes of its own.
    const silent = [...involved].filter((id) => !flagged.has(id));
    expect(silent).toEqual([roleId(INSURER_ROLE_CODES.newBusinessManager)]);
  });

  it('checks a draft as edited: listing 出单员 clears the rater’s J4 before saving', async () => {
    const { call, services, roleId } = setup();
    const rater = services.roles.get(roleId(INSURER_ROLE_CODES.rater));
    const relations = [
      ...(rater.details.relations ?? []),
      {
        text: '出单员',
        scope: 'internal' as const,
        partner: { kind: 'named' as const, name: '出单员' },
      },
    ];
    const draft: RoleDraft = {
      id: rater.id,
      title: rater.title,
      code: rater.code,
      departmentId: rater.departmentId,
      reportsToId: rater.reportsToId,
      headcount: rater.headcount,
      grade: rater.grade,
      purpose: rater.purpose,
      template: rater.template,
      duties: rater.duties.map(
        ({ id, text: dutyText, category, weight, frequency, standard, kpi, source }) => ({
          id,
          text: dutyText,
          category,
          weight,
          frequency,
          standard,
          kpi,
          source,
        }),
      ),
      details: { ...rater.details, relations },
      competencies: rater.competencies,
    };
    const before = await call<AlignmentFinding[]>('alignment:checkRole', {
      draft: { ...draft, details: rater.details },
    });
    expect(before.some((f) => f.rule === 'J4')).toBe(true);
    const after = await call<AlignmentFinding[]>('alignment:checkRole', { draft });
    expect(after.some((f) => f.rule === 'J4')).toBe(false);
    expect(after.every((f) => f.roleId === rater.id)).toBe(true);
  });

  it('lists a map’s findings on its steps, and refuses an unknown or invalid process', async () => {
    const { call, handlers, seeded } = setup();
    const expenses = seeded.processIds.get('FIN-P01') ?? 0;
    const findings = await call<AlignmentFinding[]>('alignment:checkProcess', {
      processId: expenses,
    });
    expect(findings.find((f) => f.variant === 'filing')?.nodeIds).toEqual(['exp-fin', 'exp-dept']);
    expect(findings.every((f) => f.processId === expenses)).toBe(true);
    const missing = await dispatch(handlers, 'alignment:checkProcess', { processId: 999999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const invalid = await dispatch(handlers, 'alignment:checkProcess', { processId: -1 });
    expect(invalid.ok ? null : invalid.error.code).toBe('INVALID_REQUEST');
  });
});
