import { randomUUID } from 'node:crypto';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../../electron/services/libraryService';
import { emptyGraph, type Process } from '../../../../shared/process';
import type {
  Complaint,
  ImprovementAction,
  Inspection,
  InspectionPlan,
  Survey,
} from '../../../../shared/inspection/types';
import { openTempSession } from '../../helpers/tempFiles';

/*
 * A real library file with the insurer's as-is process, its to-be variant and a role, and
 * builders of each inspection aggregate (new: editVersion 0, key fresh) for the store tests.
 */

const STAMP = '2024-01-01T00:00:00.000Z';

export function storeLibrary() {
  const { session, file } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const department = services.departments.create('新契约部', null);
  const manager = services.roles.create(department.id, '新契约经理');
  const caseManager = services.roles.create(department.id, '专案经理');
  const asIs = services.processes.create('保单签发（现状）', department.id);
  const created = services.processes.create('保单签发（专案经理）', department.id);
  const variant = variantOf(services, created, asIs);
  const other = services.processes.create('理赔', department.id);
  return {
    session,
    file,
    services,
    handlers,
    department,
    manager,
    caseManager,
    asIs,
    variant,
    other,
  };
}

export type StoreLibrary = ReturnType<typeof storeLibrary>;

/** The sample library in a real file, its services, and a call through IPC dispatch. */
export function sampleStore() {
  const { session } = openTempSession();
  seedSampleLibrary(session.repositories());
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(handlers, channel, payload);
    if (!result.ok) throw result.error;
    return result.data;
  };
  return { services, call };
}

function variantOf(
  services: ReturnType<typeof createServices>,
  process: Process,
  asIs: Process,
): Process {
  const { code, name, processClass, ownerRoleId, departmentId, purpose, trigger, output } = process;
  const basics = { code, name, processClass, ownerRoleId, departmentId, purpose, trigger, output };
  const graph = { ...emptyGraph(), analysis: { variantOfId: asIs.id } };
  services.processes.save(
    process.id,
    { ...basics, kpis: process.kpis },
    graph,
    process.editVersion,
  );
  return services.processes.get(process.id);
}

const stamps = () => ({ key: randomUUID(), editVersion: 0, createdAt: STAMP, updatedAt: STAMP });

export function newPlan(processKey: string, fields: Partial<InspectionPlan> = {}): InspectionPlan {
  return {
    ...stamps(),
    processKey,
    kpis: [
      { key: randomUUID(), kind: 'timeLimit', name: '平均办理周期', target: '≤ 5 天' },
      { key: randomUUID(), kind: 'satisfaction', name: '客户满意度', target: '≥ 95%' },
    ],
    frequency: 'quarterly',
    everyMonths: null,
    inspectorRoleId: null,
    kind: 'regular',
    startDate: '2024-01-01',
    graceDays: 15,
    ...fields,
  };
}

export function newInspection(
  plan: InspectionPlan,
  period: { start: string; end: string },
  values: readonly number[],
): Inspection {
  return {
    ...stamps(),
    planKey: plan.key,
    processKey: plan.processKey,
    period,
    kind: 'regular',
    method: 'dataAnalysis',
    inspectorRoleId: null,
    inspectorName: '质量经理',
    measurements: values.map((value, index) => ({
      kpiKey: plan.kpis[index]?.key ?? '',
      value,
      sampleSize: 100,
    })),
    notes: '',
    inspectedOn: period.end,
  };
}

export function newSurvey(processKey: string): Survey {
  const scores = (expectation: number, perception: number) => ({
    expectation,
    perception,
    weight: 20,
  });
  return {
    ...stamps(),
    processKey,
    period: { start: '2024-07-01', end: '2024-10-01' },
    customers: 'external',
    respondents: 320,
    scale: { min: 1, max: 7 },
    dimensions: {
      tangibles: scores(5.2, 5),
      reliability: scores(6.4, 4.9),
      responsiveness: scores(6.3, 3.1),
      assurance: scores(6.1, 5.4),
      empathy: scores(5.7, 4.2),
    },
    notes: '',
  };
}

export function newComplaint(processKey: string): Complaint {
  return {
    ...stamps(),
    processKey,
    stepId: 'uw-wait',
    category: 'management',
    receivedOn: '2024-11-04',
    description: '等待体检结果期间无人跟进。',
    resolution: '',
    resolvedOn: null,
  };
}

export function newAction(
  processKey: string,
  link: ImprovementAction['link'],
  what = '由一名专案经理负责保单签发全过程。',
): ImprovementAction {
  return {
    ...stamps(),
    processKey,
    source: { kind: 'none' },
    what,
    why: '平均办理周期 16.8 天，目标 ≤ 5 天。',
    whoRoleId: null,
    where: { stepIds: ['credit-wait'], roleIds: [] },
    dueDate: '2024-12-31',
    how: '绘制专案经理方案。',
    stage: 'do',
    status: 'inProgress',
    link,
    answeredBy: null,
  };
}
