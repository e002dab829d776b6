import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import { emptyActivityDetails, emptyProcessKpis, type ProcessGraph } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * A BPMN file leaves one library and enters another: lanes and RACI entries name roles by
 * stable key and name, so they bind to the right roles there — by key when the library shares
 * the role (even renamed), else by name — never by the numeric id of the library that wrote it.
 */

function library() {
  const { session } = openTempSession();
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(handlers, channel, request, { validateResponses: true });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ResponseOf<C>;
  };
  const role = async (departmentId: number, title: string) =>
    call('role:create', { departmentId, title });
  return { call, role };
}

/** Library A: 录入员 and 核保员 lanes; the 专案经理 is consulted (C) on the check. */
async function libraryA() {
  const a = library();
  const dept = await a.call('department:create', { name: '核保部', parentId: null });
  const clerk = await a.role(dept.id, '录入员');
  const underwriter = await a.role(dept.id, '核保员');
  const manager = await a.role(dept.id, '专案经理');
  const process = await a.call('process:create', { name: '保单签发', departmentId: dept.id });
  const activity = (id: string, label: string, laneId: string, x: number) => ({
    id,
    kind: 'activity' as const,
    label,
    laneId,
    x,
    y: 40,
    width: 120,
    height: 60,
    activity: { ...emptyActivityDetails(), raci: [{ roleId: manager.id, letter: 'C' as const }] },
  });
  const graph: ProcessGraph = {
    lanes: [
      { id: 'l1', name: '录入员', owner: { kind: 'role', roleId: clerk.id }, size: 160 },
      { id: 'l2', name: '核保员', owner: { kind: 'role', roleId: underwriter.id }, size: 160 },
    ],
    nodes: [
      activity('enter', '录入投保信息', 'l1', 40),
      activity('check', '审核投保资料', 'l2', 240),
    ],
    edges: [{ id: 'e1', source: 'enter', target: 'check', label: '' }],
  };
  await a.call('process:save', {
    id: process.id,
    code: '',
    name: '保单签发',
    processClass: null,
    ownerRoleId: null,
    departmentId: dept.id,
    purpose: '',
    trigger: '',
    output: '',
    kpis: emptyProcessKpis(),
    graph,
    expectedVersion: 0,
  });
  const exported = await a.call('process:exportBpmn', { id: process.id });
  const xml = Buffer.from(exported.data ?? '', 'base64').toString('utf8');
  return { ...a, dept, clerk, underwriter, manager, xml };
}

/** Imports as a user does who accepts every proposed lane owner in the import dialog. */
async function importInto(lib: ReturnType<typeof library>, xml: string) {
  const data = Buffer.from(xml, 'utf8').toString('base64');
  const fileName = 'exchange.bpmn';
  const preview = await lib.call('process:previewBpmn', { data, fileName });
  const lanes = preview.lanes.map((lane) => ({ name: lane.name, choice: lane.proposal }));
  const summary = await lib.call('process:importBpmn', { data, fileName, lanes });
  const [id] = summary.processIds;
  if (id === undefined) throw new Error('nothing imported');
  return { summary, process: await lib.call('process:get', { id }) };
}

describe('BPMN between libraries', () => {
  it('writes stable keys and names, never numeric ids', async () => {
    const { xml, underwriter, manager } = await libraryA();
    expect(xml).toContain(`roleKey="${underwriter.key}"`);
    expect(xml).toContain(`roleKey="${manager.key}" roleName="专案经理"`);
    expect(xml).not.toMatch(/roleId=/);
  });

  it('binds lanes and RACI entries by name in a library with other ids', async () => {
    const { xml, underwriter } = await libraryA();
    // given library B with the same titles under other ids — and, under the id library A
    // gave its 核保员, a different role
    const b = library();
    const dept = await b.call('department:create', { name: '新契约部', parentId: null });
    const decoys: number[] = [];
    while (decoys.length < underwriter.id + 2)
      decoys.push((await b.role(dept.id, `岗位${decoys.length}`)).id);
    const managerB = await b.role(dept.id, '专案经理');
    const underwriterB = await b.role(dept.id, '核保员');
    const clerkB = await b.role(dept.id, '录入员');
    expect(underwriterB.id).not.toBe(underwriter.id);
    const rolesBefore = (await b.call('role:list', { departmentId: null })).length;

    const { process } = await importInto(b, xml);

    expect(process.graph.lanes.map((lane) => lane.owner)).toEqual([
      { kind: 'role', roleId: clerkB.id },
      { kind: 'role', roleId: underwriterB.id },
    ]);
    for (const node of process.graph.nodes) {
      expect(node.activity?.raci).toEqual([{ roleId: managerB.id, letter: 'C' }]);
    }
    expect(await b.call('role:list', { departmentId: null })).toHaveLength(rolesBefore);
  });

  it('binds by key in the library that shares the role, even after it was renamed', async () => {
    const a = await libraryA();
    await a.call('role:save', { ...(await draftOf(a, a.underwriter.id)), title: '高级核保员' });
    await a.call('role:save', {
      ...(await draftOf(a, a.manager.id)),
      title: '专案经理（新契约）',
    });
    const rolesBefore = (await a.call('role:list', { departmentId: null })).length;

    const { process } = await importInto(a, a.xml);

    expect(process.graph.lanes[1]?.owner).toEqual({ kind: 'role', roleId: a.underwriter.id });
    expect(process.graph.nodes[0]?.activity?.raci).toEqual([{ roleId: a.manager.id, letter: 'C' }]);
    // No role "核保员" was made for the lane: the key found the renamed one.
    expect(await a.call('role:list', { departmentId: null })).toHaveLength(rolesBefore);
  });

  it('reads an older file that names RACI roles by numeric id, but never binds by that id', async () => {
    const { xml, manager } = await libraryA();
    const older = xml.replace(/roleKey="[^"]*" roleName="[^"]*"/g, `roleId="${manager.id}"`);
    expect(older).toContain(`roleId="${manager.id}" letter="C"`);
    // the same library, so the id even exists here: it is still not trusted
    const b = library();
    const dept = await b.call('department:create', { name: '核保部', parentId: null });
    for (let i = 0; i <= manager.id; i += 1) await b.role(dept.id, `岗位${i}`);

    const { summary, process } = await importInto(b, older);

    for (const node of process.graph.nodes) expect(node.activity?.raci).toEqual([]);
    expect(summary.problems.filter((p) => p.code === 'raciForeignId')).toHaveLength(2);
  });
});

describe('BPMN from another tool, edited here', () => {
  it('names a lane added in RoleFlow by key; the lanes of the file keep their bytes', async () => {
    const lib = library();
    const bytes = fs.readFileSync(path.resolve('tests/unit/interchange/fixtures/A.4.1.bpmn'));
    const { process } = await importInto(lib, bytes.toString('utf8'));
    const dept = await lib.call('department:create', { name: '核保部', parentId: null });
    const manager = await lib.role(dept.id, '专案经理');
    const lane = {
      id: 'rf_lane',
      name: '专案经理',
      owner: { kind: 'role' as const, roleId: manager.id },
      size: 120,
    };
    const {
      id,
      key: _k,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      graph,
      ...basics
    } = process;
    await lib.call('process:save', {
      id,
      ...basics,
      graph: { ...graph, lanes: [...graph.lanes, lane] },
      expectedVersion: editVersion,
    });
    const exported = await lib.call('process:exportBpmn', { id });
    const xml = Buffer.from(exported.data ?? '', 'base64').toString('utf8');
    expect(xml.match(/roleKey="[^"]*"/g)).toEqual([`roleKey="${manager.key}"`]);

    // renamed, the role is still found by its key when the file comes back
    await lib.call('role:save', { ...(await draftOf(lib, manager.id)), title: '专案经理（新）' });
    const back = await importInto(lib, xml);
    const added = back.process.graph.lanes.find((l) => l.id === 'rf_lane');
    expect(added?.owner).toEqual({ kind: 'role', roleId: manager.id });
  });
});

async function draftOf(lib: ReturnType<typeof library>, id: number) {
  const {
    key: _k,
    status: _s,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    editVersion: expectedVersion,
    ...draft
  } = await lib.call('role:get', { id });
  return { ...draft, expectedVersion };
}
