import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import {
  emptyActivityDetails,
  emptyProcessKpis,
  type Process,
  type ProcessBasics,
  type ProcessGraph,
} from '../../../shared/process';
import { numberSteps } from '../../../shared/stepNumbers';
import { openTempSession } from '../helpers/tempFiles';

function setup() {
  const { session, file } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const underwriting = services.departments.create('核保部', null);
  const clerk = services.roles.create(underwriting.id, '录入员');
  const underwriter = services.roles.create(underwriting.id, '核保员');
  const manager = services.roles.create(underwriting.id, '专案经理');
  return { services, session, file, underwriting, clerk, underwriter, manager };
}

function first<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('empty list');
  return item;
}

function basics(name: string, departmentId: number | null): ProcessBasics {
  return {
    code: 'P-001',
    name,
    processClass: 'key',
    ownerRoleId: null,
    departmentId,
    purpose: '',
    trigger: '客户提交投保单',
    output: '保单',
    kpis: { ...emptyProcessKpis(), timeLimit: '≤ 1 天' },
  };
}

function policyIssuing(clerk: number, underwriter: number, manager: number): ProcessGraph {
  const activity = (id: string, label: string, laneId: string, work: number, wait: number) => ({
    id,
    kind: 'activity' as const,
    label,
    laneId,
    x: 0,
    y: 0,
    width: 120,
    height: 60,
    activity: {
      ...emptyActivityDetails(),
      workMinutes: work,
      waitMinutes: wait,
      valueClass: 'VA' as const,
    },
  });
  return {
    lanes: [
      { id: 'lane-clerk', name: '录入员', owner: { kind: 'role', roleId: clerk }, size: 160 },
      { id: 'lane-uw', name: '核保员', owner: { kind: 'role', roleId: underwriter }, size: 160 },
    ],
    nodes: [
      {
        id: 'start',
        kind: 'start',
        label: '收到投保单',
        laneId: 'lane-clerk',
        x: 0,
        y: 0,
        width: 40,
        height: 40,
      },
      activity('enter', '录入投保信息', 'lane-clerk', 5, 600),
      {
        ...activity('check', '审核投保资料', 'lane-uw', 7, 1440),
        activity: {
          ...emptyActivityDetails(),
          workMinutes: 7,
          raci: [{ roleId: manager, letter: 'A' as const }],
          isApproval: true,
        },
      },
      {
        id: 'end',
        kind: 'end',
        label: '出单',
        laneId: 'lane-uw',
        x: 0,
        y: 0,
        width: 40,
        height: 40,
      },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'enter', label: '' },
      { id: 'e2', source: 'enter', target: 'check', label: '' },
      { id: 'e3', source: 'check', target: 'end', label: '通过' },
    ],
  };
}

describe('processes', () => {
  it('saves a graph with its activity index, and answers what a role does', () => {
    const { services, underwriting, clerk, underwriter, manager } = setup();
    const created = services.processes.create('保单签发', underwriting.id);
    const graph = policyIssuing(clerk.id, underwriter.id, manager.id);
    const saved = services.processes.save(
      created.id,
      basics('保单签发', underwriting.id),
      graph,
      0,
    );
    expect(saved.graph).toEqual(numberSteps(graph));
    expect(services.processes.list({ processClass: null, departmentId: null })).toEqual([
      expect.objectContaining({ name: '保单签发', processClass: 'key', stepCount: 2 }),
    ]);
    expect(services.processes.activitiesOf(clerk.id)).toEqual([
      {
        processId: created.id,
        processName: '保单签发',
        nodeId: 'enter',
        label: '录入投保信息',
        raci: 'R',
      },
    ]);
    expect(services.processes.activitiesOf(manager.id)).toEqual([
      expect.objectContaining({ nodeId: 'check', raci: 'A' }),
    ]);

    // Redrawn without the clerk's step: the index follows in the same save.
    const shorter = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'enter'), edges: [] };
    services.processes.save(created.id, basics('保单签发', underwriting.id), shorter, 1);
    expect(services.processes.activitiesOf(clerk.id)).toEqual([]);
  });

  it('filters by class and department', () => {
    const { services, underwriting } = setup();
    const key = services.processes.create('保单签发', underwriting.id);
    services.processes.save(
      key.id,
      basics('保单签发', underwriting.id),
      { lanes: [], nodes: [], edges: [] },
      0,
    );
    const other = services.processes.create('办公用品申领', null);
    services.processes.save(
      other.id,
      { ...basics('办公用品申领', null), processClass: 'auxiliary' },
      { lanes: [], nodes: [], edges: [] },
      0,
    );
    const names = (processClass: 'key' | 'auxiliary' | null, departmentId: number | null) =>
      services.processes.list({ processClass, departmentId }).map((p) => p.name);
    expect(names('key', null)).toEqual(['保单签发']);
    expect(names('auxiliary', null)).toEqual(['办公用品申领']);
    expect(names(null, underwriting.id)).toEqual(['保单签发']);
  });

  it.each([
    [
      'a node in a missing lane',
      (g: ProcessGraph) => ({ ...g, nodes: [{ ...first(g.nodes), laneId: 'nowhere' }] }),
    ],
    [
      'an edge to a missing step',
      (g: ProcessGraph) => ({
        ...g,
        edges: [{ id: 'x', source: 'start', target: 'gone', label: '' }],
      }),
    ],
    [
      'a duplicate id',
      (g: ProcessGraph) => ({ ...g, edges: [...g.edges, { ...first(g.edges), source: 'start' }] }),
    ],
  ])('refuses %s and keeps the saved graph', (_label, breakGraph) => {
    const { services, underwriting, clerk, underwriter, manager } = setup();
    const process = services.processes.create('保单签发', underwriting.id);
    const graph = policyIssuing(clerk.id, underwriter.id, manager.id);
    services.processes.save(process.id, basics('保单签发', underwriting.id), graph, 0);
    expect(() =>
      services.processes.save(
        process.id,
        basics('保单签发', underwriting.id),
        breakGraph(graph),
        1,
      ),
    ).toThrow();
    expect(services.processes.get(process.id).graph).toEqual(numberSteps(graph));
  });

  it('approves into versions with history, and deletes with its index', () => {
    const { services, underwriting, clerk, underwriter, manager } = setup();
    const process = services.processes.create('保单签发', underwriting.id);
    services.processes.save(
      process.id,
      basics('保单签发', underwriting.id),
      policyIssuing(clerk.id, underwriter.id, manager.id),
      0,
    );
    expect(services.processes.approve(process.id, '现状流程', 1)).toMatchObject({
      status: 'approved',
      version: 1,
    });
    expect(services.processes.history(process.id).map((h) => h.note)).toEqual(['现状流程']);
    services.processes.delete(process.id, 2);
    expect(services.processes.activitiesOf(clerk.id)).toEqual([]);
    expect(() => services.processes.get(process.id)).toThrow(/does not exist/);
  });

  it('opens a process whose stored graph is damaged read-only, keeps the bytes, and repairs it', async () => {
    const { services, session, file, underwriting, clerk, underwriter, manager } = setup();
    const handlers = createHandlers(services);
    const process = services.processes.create('保单签发', underwriting.id);
    const graph = policyIssuing(clerk.id, underwriter.id, manager.id);
    services.processes.save(process.id, basics('保单签发', underwriting.id), graph, 0);
    // Damaged outside RoleFlow: one step's width is no longer a number, the rest is fine.
    const stored = JSON.stringify({
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'enter' ? { ...n, width: 'wide' } : n)),
    });
    const raw = new Database(file);
    const write = raw.prepare('UPDATE process_graphs SET document = ? WHERE process_id = ?');
    write.run(stored, process.id);

    // Shown with what could be recovered, and marked damaged: never as an empty map.
    const opened = await dispatch(handlers, 'process:get', { id: process.id });
    if (!opened.ok) throw new Error(opened.error.message);
    const shown = opened.data as Process;
    expect(shown.damaged).toEqual(['graph']);
    expect(shown.graph.nodes.map((n) => n.id)).toEqual(['start', 'check', 'end']);
    expect(shown.graph.lanes).toHaveLength(2);

    // A save is refused, and the stored bytes stay exactly as they were.
    const {
      id: _i,
      key: _k,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      damaged: _d,
      ...rest
    } = shown;
    const saved = await dispatch(handlers, 'process:save', {
      id: process.id,
      ...rest,
      expectedVersion: editVersion,
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'DOCUMENT_DAMAGED' } });
    const read = raw.prepare('SELECT document FROM process_graphs WHERE process_id = ?');
    expect((read.get(process.id) as { document: string }).document).toBe(stored);

    // Repair: the original goes to a file beside the library, the recovered map is saved.
    const repaired = await dispatch(handlers, 'process:repair', { id: process.id });
    expect(repaired).toMatchObject({ ok: true });
    const kept = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.damaged-process-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(file), kept[0] ?? ''), 'utf8')).toBe(stored);
    const after = services.processes.get(process.id);
    expect(after.damaged).toBeUndefined();
    expect(after.graph.nodes.map((n) => n.id)).toEqual(['start', 'check', 'end']);
    expect(() =>
      services.processes.save(
        process.id,
        basics('保单签发', underwriting.id),
        after.graph,
        after.editVersion,
      ),
    ).not.toThrow();
    raw.close();
    session.close();
  });

  it('a graph that is not even JSON reads as damaged, not as an empty map to save over', () => {
    const { services, file, underwriting } = setup();
    const process = services.processes.create('保单签发', underwriting.id);
    const raw = new Database(file);
    raw
      .prepare('UPDATE process_graphs SET document = ? WHERE process_id = ?')
      .run('{"nodes": [', process.id);
    raw.close();
    const opened = services.processes.get(process.id);
    expect(opened.damaged).toEqual(['graph']);
    expect(() =>
      services.processes.save(
        process.id,
        basics('保单签发', underwriting.id),
        opened.graph,
        opened.editVersion,
      ),
    ).toThrow(/damaged/);
  });
});
