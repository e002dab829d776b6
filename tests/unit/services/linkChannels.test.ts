import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import {
  INSURER_AS_IS_CODE,
  INSURER_ROLE_CODES,
} from '../../../electron/library/seed/insurerCommon';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Role } from '../../../shared/domain';
import type { StepCandidate, StepDuty } from '../../../shared/links/candidates';
import type { DraftedDuty } from '../../../shared/links/draftDuties';
import type { ProcessGraph } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * The links channels through dispatch on the sample library (issue 10): the underwriter's
 * steps, duties drafted from them, two accepted and saved, then seen from the process's side;
 * renaming and deleting the step flags the duty instead of losing the link.
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
  const refused = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
  const roleId = seeded.roleIds.get(INSURER_ROLE_CODES.underwriter) ?? 0;
  // The clerk's steps are drafted from: the sample links few of them to duties.
  const clerkId = seeded.roleIds.get(INSURER_ROLE_CODES.serviceClerk) ?? 0;
  const processId = seeded.processIds.get(INSURER_AS_IS_CODE) ?? 0;
  const editMap = (edit: (graph: ProcessGraph) => ProcessGraph) => {
    const current = services.processes.get(processId);
    const { id: _id, graph, ...basics } = current;
    void _id;
    services.processes.save(processId, basics, edit(graph), current.editVersion);
  };
  return { call, refused, services, roleId, clerkId, processId, editMap };
}

async function acceptTwo(context: ReturnType<typeof setup>) {
  const { call, services, clerkId: roleId } = context;
  const drafts = await call<DraftedDuty[]>('links:draftDuties', { roleId });
  const accepted = drafts.slice(0, 2);
  // Accepted in the editor, then saved with the role (role:save's own tests cover the channel).
  const role = services.roles.get(roleId);
  const saved: Role = services.roles.save(
    { ...role, duties: [...role.duties, ...accepted.map((d) => d.duty)] },
    role.editVersion,
  );
  return { drafts, accepted, saved };
}

describe('the links channels on the sample library', () => {
  it('list the underwriter’s steps with their letters, across the processes', async () => {
    const { call, roleId, processId } = setup();
    const steps = await call<StepCandidate[]>('links:candidates', { roleId });
    const inAsIs = steps.filter((step) => step.processId === processId);
    expect(inAsIs.map((step) => step.label)).toContain('发函要求客户补充体检报告');
    expect(inAsIs.every((step) => step.letter === 'R')).toBe(true);
    expect(inAsIs.map((step) => step.stepNumber)).toEqual(
      [...inAsIs.map((step) => step.stepNumber)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });

  it('draft duties, and once two are saved no longer draft them', async () => {
    const context = setup();
    const { call, clerkId: roleId, processId } = context;
    const { drafts, accepted, saved } = await acceptTwo(context);
    expect(drafts.length).toBeGreaterThan(2);
    expect(drafts.every((d) => d.duty.source === 'process' && d.duty.steps.length > 0)).toBe(true);
    const linked = saved.duties.filter((duty) => duty.steps.length > 0);
    expect(linked.map((duty) => duty.steps[0]?.state)).toEqual(['ok', 'ok']);

    const after = await call<DraftedDuty[]>('links:draftDuties', { roleId });
    expect(after.map((d) => d.key)).toEqual(drafts.slice(2).map((d) => d.key));
    const steps = await call<StepCandidate[]>('links:candidates', { roleId });
    const first = accepted[0]?.duty.steps[0];
    const covered = steps.find(
      (s) => s.processId === first?.processId && s.nodeId === first.nodeId,
    );
    expect(covered?.dutyIds).toEqual([linked[0]?.id]);

    const served = await call<StepDuty[]>('links:ofProcess', { processId });
    expect(served.filter((s) => s.nodeId === first?.nodeId)).toEqual([
      {
        nodeId: first?.nodeId,
        roleId,
        roleTitle: saved.title,
        dutyId: linked[0]?.id,
        dutyText: accepted[0]?.duty.text,
        state: 'ok',
      },
    ]);
  });

  it('flag the duty when its step is renamed, then deleted', async () => {
    const context = setup();
    const { call, processId, editMap } = context;
    const { accepted } = await acceptTwo(context);
    const nodeId = accepted[0]?.duty.steps[0]?.nodeId ?? '';
    const served = async () =>
      (await call<StepDuty[]>('links:ofProcess', { processId })).find((s) => s.nodeId === nodeId);

    editMap((graph) => ({
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === nodeId ? { ...n, label: `${n.label}（改）` } : n)),
    }));
    expect((await served())?.state).toBe('stepRenamed');

    editMap((graph) => ({
      ...graph,
      nodes: graph.nodes.filter((n) => n.id !== nodeId),
      edges: graph.edges.filter((e) => e.source !== nodeId && e.target !== nodeId),
    }));
    expect((await served())?.state).toBe('stepDeleted');
  });

  it('answer NOT_FOUND for a role or process that does not exist, and refuse bad ids', async () => {
    const { refused } = setup();
    const missing = await refused('links:draftDuties', { roleId: 99_999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const noProcess = await refused('links:ofProcess', { processId: 99_999 });
    expect(noProcess).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await refused('links:candidates', { roleId: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
