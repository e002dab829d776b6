import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { MESSAGES } from '../../../shared/i18n';
import {
  emptyActivityDetails,
  emptyProcessKpis,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * References between roles, departments and processes, through the handlers a user's clicks
 * reach (dispatch validates requests and answers against the contract), on a real file.
 */

/** Writes that name the edit version they are based on. */
const VERSIONED = new Set<Channel>([
  'role:save',
  'role:delete',
  'process:save',
  'process:delete',
  'department:delete',
]);

type Versionless<C extends Channel> = Omit<RequestOf<C>, 'expectedVersion'> & {
  expectedVersion?: number;
};

function library() {
  const { session } = openTempSession();
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  const send = (channel: Channel, request: unknown) =>
    dispatch(handlers, channel, request, { validateResponses: true });
  // These tests are about references, not about two windows: a write is based on the item's
  // current edit version unless the test names one.
  const current = async (channel: Channel, request: Versionless<Channel>) => {
    if ('expectedVersion' in request || !('id' in request)) return request;
    const id = request.id as number;
    const read = (await send(
      channel.startsWith('role:')
        ? 'role:get'
        : channel.startsWith('process:')
          ? 'process:get'
          : 'department:list',
      channel.startsWith('department:') ? {} : { id },
    )) as {
      ok: true;
      data: { id: number; editVersion: number } | { id: number; editVersion: number }[];
    };
    const item = Array.isArray(read.data) ? read.data.find((d) => d.id === id) : read.data;
    return { ...request, expectedVersion: item?.editVersion ?? 0 };
  };
  const call = async <C extends Channel>(channel: C, request: Versionless<C>) => {
    const result = await send(
      channel,
      VERSIONED.has(channel) ? await current(channel, request) : request,
    );
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ResponseOf<C>;
  };
  const refused = async <C extends Channel>(channel: C, request: Versionless<C>) => {
    const result = await send(
      channel,
      VERSIONED.has(channel) ? await current(channel, request) : request,
    );
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error satisfies ApiError;
  };
  return { session, call, refused };
}

function step(id: string, label: string, laneId: string, raci: ProcessNode['activity']) {
  return {
    id,
    kind: 'activity' as const,
    label,
    laneId,
    x: 40,
    y: 40,
    width: 120,
    height: 60,
    activity: raci,
  };
}

function raci(entries: { roleId: number; letter: 'R' | 'A' | 'C' | 'I' }[]) {
  return { ...emptyActivityDetails(), raci: entries };
}

/** 保单签发: a clerk's lane and an underwriter's lane; the manager is consulted on the check. */
async function insurer() {
  const lib = library();
  const { call } = lib;
  const dept = await call('department:create', { name: '核保部', parentId: null });
  const role = (title: string) => call('role:create', { departmentId: dept.id, title });
  const clerk = await role('录入员');
  const underwriter = await role('核保员');
  const manager = await role('专案经理');
  const claims = await role('核赔员');
  await call('role:save', { ...draftOf(claims), reportsToId: underwriter.id });
  const process = await call('process:create', { name: '保单签发', departmentId: dept.id });
  const graph: ProcessGraph = {
    lanes: [
      { id: 'l1', name: '录入员', owner: { kind: 'role', roleId: clerk.id }, size: 160 },
      { id: 'l2', name: '核保员', owner: { kind: 'role', roleId: underwriter.id }, size: 160 },
    ],
    nodes: [
      step('enter', '录入投保信息', 'l1', raci([{ roleId: underwriter.id, letter: 'I' }])),
      step(
        'check',
        '审核投保资料',
        'l2',
        raci([
          { roleId: underwriter.id, letter: 'A' },
          { roleId: manager.id, letter: 'C' },
        ]),
      ),
    ],
    edges: [{ id: 'e1', source: 'enter', target: 'check', label: '' }],
  };
  const saved = await call('process:save', {
    ...basicsOf(process),
    ownerRoleId: underwriter.id,
    graph,
  });
  return { ...lib, dept, clerk, underwriter, manager, claims, process: saved };
}

function draftOf(role: ResponseOf<'role:get'>): Versionless<'role:save'> {
  const {
    key: _k,
    status: _s,
    version: _v,
    editVersion: _e,
    createdAt: _c,
    updatedAt: _u,
    ...draft
  } = role;
  return draft;
}

function basicsOf(process: ResponseOf<'process:get'>) {
  return {
    id: process.id,
    code: process.code,
    name: process.name,
    processClass: process.processClass,
    ownerRoleId: process.ownerRoleId,
    departmentId: process.departmentId,
    purpose: process.purpose,
    trigger: process.trigger,
    output: process.output,
    kpis: process.kpis ?? emptyProcessKpis(),
  };
}

describe('deleting a role that is used', () => {
  it('lists where the role is used: lanes, RACI entries, process owner, roles reporting to it', async () => {
    const { call, underwriter, claims, process } = await insurer();
    expect(await call('role:usage', { id: underwriter.id })).toEqual({
      processes: [
        { processId: process.id, processName: '保单签发', lanes: 1, raci: 2, owner: true },
      ],
      reports: [{ roleId: claims.id, title: '核赔员' }],
    });
  });

  it('is refused without a choice, and changes nothing', async () => {
    const { call, refused, underwriter, process } = await insurer();
    const error = await refused('role:delete', { id: underwriter.id });
    expect(error.code).toBe('ROLE_IN_USE');
    expect(error.params).toEqual({ title: '核保员' });
    expect((await call('process:get', { id: process.id })).graph).toEqual(process.graph);
  });

  it('hands lanes, RACI entries, ownership and reports to the chosen role; the map still saves', async () => {
    const { call, underwriter, manager, claims, process } = await insurer();
    await call('role:delete', {
      id: underwriter.id,
      onUsage: { mode: 'reassign', targetId: manager.id },
    });
    const after = await call('process:get', { id: process.id });
    expect(after.graph.lanes[1]).toMatchObject({
      name: '专案经理',
      owner: { kind: 'role', roleId: manager.id },
    });
    const [enter, check] = after.graph.nodes;
    expect(enter?.activity?.raci).toEqual([{ roleId: manager.id, letter: 'I' }]);
    // The manager already had an entry on this step: it keeps its own, no duplicate.
    expect(check?.activity?.raci).toEqual([{ roleId: manager.id, letter: 'C' }]);
    expect(after.ownerRoleId).toBe(manager.id);
    expect((await call('role:get', { id: claims.id })).reportsToId).toBe(manager.id);
    const activities = await call('role:activities', { id: manager.id });
    expect(activities.map((a) => a.label).sort()).toEqual(['审核投保资料', '录入投保信息']);

    const saved = await call('process:save', { ...basicsOf(after), graph: after.graph });
    expect(saved.notices).toEqual([]);
  });

  it('unbinds: lanes keep their name, its RACI entries go, owner and 直接上级 are cleared', async () => {
    const { call, underwriter, manager, claims, process } = await insurer();
    await call('role:delete', { id: underwriter.id, onUsage: { mode: 'unbind' } });
    const after = await call('process:get', { id: process.id });
    expect(after.graph.lanes[1]).toMatchObject({ name: '核保员', owner: { kind: 'none' } });
    expect(after.graph.nodes.map((n) => n.activity?.raci)).toEqual([
      [],
      [{ roleId: manager.id, letter: 'C' }],
    ]);
    expect(after.ownerRoleId).toBeNull();
    expect((await call('role:get', { id: claims.id })).reportsToId).toBeNull();
    const saved = await call('process:save', { ...basicsOf(after), graph: after.graph });
    expect(saved.notices).toEqual([]);
  });

  it('never makes a reporting loop: the one taking over reports where the deleted role did', async () => {
    const { call, dept, underwriter, claims } = await insurer();
    const chief = await call('role:create', { departmentId: dept.id, title: '总经理' });
    await call('role:save', { ...draftOf(underwriter), reportsToId: chief.id });
    await call('role:delete', {
      id: underwriter.id,
      onUsage: { mode: 'reassign', targetId: claims.id },
    });
    expect((await call('role:get', { id: claims.id })).reportsToId).toBe(chief.id);
  });

  it('refuses to hand a role over to itself', async () => {
    const { refused, underwriter } = await insurer();
    const error = await refused('role:delete', {
      id: underwriter.id,
      onUsage: { mode: 'reassign', targetId: underwriter.id },
    });
    expect(error.code).toBe('INVALID_REQUEST');
  });
});

describe('deleting a department that is used', () => {
  async function withDepartmentLane() {
    const lib = await insurer();
    const { call, dept, process } = lib;
    const sales = await call('department:create', { name: '销售部', parentId: null });
    const team = await call('department:create', { name: '核保一组', parentId: dept.id });
    const graph: ProcessGraph = {
      ...process.graph,
      lanes: [
        ...process.graph.lanes,
        {
          id: 'l3',
          name: '核保部',
          owner: { kind: 'department', departmentId: dept.id },
          size: 120,
        },
      ],
    };
    await call('process:save', { ...basicsOf(process), graph });
    return { ...lib, sales, team };
  }

  it('lists its processes, roles and sub-departments', async () => {
    const { call, dept, team, process } = await withDepartmentLane();
    const usage = await call('department:usage', { id: dept.id });
    expect(usage.processes).toEqual([
      { processId: process.id, processName: '保单签发', lanes: 1, department: true },
    ]);
    expect(usage.roles.map((r) => r.title).sort()).toEqual(
      ['专案经理', '录入员', '核保员', '核赔员'].sort(),
    );
    expect(usage.children).toEqual([{ departmentId: team.id, name: '核保一组' }]);
  });

  it('moves roles and sub-departments to the chosen department and rebinds its lanes', async () => {
    const { call, refused, dept, sales, team, clerk, process } = await withDepartmentLane();
    expect((await refused('department:delete', { id: dept.id })).code).toBe('DEPARTMENT_IN_USE');
    const unbind = await refused('department:delete', { id: dept.id, onUsage: { mode: 'unbind' } });
    expect(unbind).toMatchObject({
      code: 'DEPARTMENT_HAS_ROLES',
      params: { name: '核保部', count: 4 },
    });
    // A department below the deleted one cannot take over: its parent would be itself.
    const below = await refused('department:delete', {
      id: dept.id,
      onUsage: { mode: 'reassign', targetId: team.id },
    });
    expect(below.code).toBe('INVALID_REQUEST');

    await call('department:delete', {
      id: dept.id,
      onUsage: { mode: 'reassign', targetId: sales.id },
    });
    expect((await call('role:get', { id: clerk.id })).departmentId).toBe(sales.id);
    const departments = await call('department:list', {});
    expect(departments.find((d) => d.id === team.id)?.parentId).toBe(sales.id);
    const after = await call('process:get', { id: process.id });
    expect(after.departmentId).toBe(sales.id);
    expect(after.graph.lanes[2]).toMatchObject({
      name: '销售部',
      owner: { kind: 'department', departmentId: sales.id },
    });
  });

  it('unbinds a department without roles: lanes keep their name, sub-departments move up', async () => {
    const { call, sales, process } = await withDepartmentLane();
    const east = await call('department:create', { name: '华东区', parentId: sales.id });
    const graph: ProcessGraph = {
      ...process.graph,
      lanes: [
        {
          id: 'l9',
          name: '销售部',
          owner: { kind: 'department', departmentId: sales.id },
          size: 120,
        },
      ],
      nodes: [],
      edges: [],
    };
    await call('process:save', { ...basicsOf(process), departmentId: sales.id, graph });
    await call('department:delete', { id: sales.id, onUsage: { mode: 'unbind' } });
    const after = await call('process:get', { id: process.id });
    expect(after.departmentId).toBeNull();
    expect(after.graph.lanes).toEqual([
      { id: 'l9', name: '销售部', owner: { kind: 'none' }, size: 120 },
    ]);
    const departments = await call('department:list', {});
    expect(departments.find((d) => d.id === east.id)?.parentId).toBeNull();
  });
});

describe('a map that refers to what no longer exists', () => {
  it('still opens and saves: lanes are unbound with their name, and the save says so', async () => {
    // given a role deleted behind the editor's back (another window, an older version, a tool)
    const { call, session, underwriter, process } = await insurer();
    session.repositories().roles.delete(underwriter.id, underwriter.editVersion);
    const opened = await call('process:get', { id: process.id });
    // when the user saves what the editor holds (still naming the role as owner)
    const saved = await call('process:save', {
      ...basicsOf(opened),
      ownerRoleId: underwriter.id,
      graph: opened.graph,
    });
    // then the save goes through, the lane keeps its name and every unbinding is reported
    expect(saved.graph.lanes[1]).toEqual({
      id: 'l2',
      name: '核保员',
      owner: { kind: 'none' },
      size: 160,
    });
    expect(saved.ownerRoleId).toBeNull();
    expect(saved.notices).toEqual([
      { code: 'LANE_ROLE_MISSING', params: { lane: '核保员' } },
      { code: 'RACI_ROLE_MISSING', params: { step: '录入投保信息', count: 1 } },
      { code: 'RACI_ROLE_MISSING', params: { step: '审核投保资料', count: 1 } },
      { code: 'OWNER_ROLE_MISSING', params: {} },
    ]);
    for (const notice of saved.notices) {
      expect(MESSAGES.en.notices[notice.code]).toBeTruthy();
      expect(MESSAGES['zh-CN'].notices[notice.code]).toBeTruthy();
    }
  });

  it('refuses a sub-process link to a process that does not exist, naming the step', async () => {
    const { call, refused, process } = await insurer();
    const gone = await call('process:create', { name: '核赔', departmentId: null });
    await call('process:delete', { id: gone.id });
    const link = {
      id: 'sub',
      kind: 'subProcess' as const,
      label: '理赔子流程',
      laneId: 'l1',
      x: 300,
      y: 40,
      width: 120,
      height: 60,
      linkedProcessId: gone.id,
    };
    const graph = { ...process.graph, nodes: [...process.graph.nodes, link] };
    const error = await refused('process:save', { ...basicsOf(process), graph });
    expect(error).toMatchObject({ code: 'PROCESS_LINK_MISSING', params: { step: '理赔子流程' } });
    expect(MESSAGES.en.errors.PROCESS_LINK_MISSING).toContain('{{step}}');
    expect(MESSAGES['zh-CN'].errors.PROCESS_LINK_MISSING).toContain('{{step}}');
    expect((await call('process:get', { id: process.id })).graph.nodes).toHaveLength(2);

    // A link to a process that exists saves.
    const other = await call('process:create', { name: '核赔', departmentId: null });
    const linked = {
      ...graph,
      nodes: [...process.graph.nodes, { ...link, linkedProcessId: other.id }],
    };
    expect((await call('process:save', { ...basicsOf(process), graph: linked })).notices).toEqual(
      [],
    );
  });
});
