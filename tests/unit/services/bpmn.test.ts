import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { LaneChoice } from '../../../shared/bpmnImport';
import { openTempSession } from '../helpers/tempFiles';
import { manyPools, oneProcess } from './bpmnFiles';

const FIXTURES = path.resolve('tests', 'unit', 'interchange', 'fixtures');
const ALL = { processClass: null, departmentId: null };

function setup() {
  const { session, file } = openTempSession();
  return { file, services: createServices({ session, dialogs: NO_DIALOGS, settings: null }) };
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const text = (xml: string) => Buffer.from(xml, 'utf8');

async function exportedXml(services: ReturnType<typeof setup>['services'], id: number) {
  const exported = await services.bpmn.exportFile(id);
  return Buffer.from(exported.data ?? '', 'base64').toString('utf8');
}

describe('BPMN import: preview, then import with the user’s lane choices', () => {
  it('proposes owners by name and creates no role or department on its own', async () => {
    const { services } = setup();
    const bytes = fixture('A.4.1.bpmn');
    const rolesBefore = services.roles.list(null).length;
    const departmentsBefore = services.departments.list().length;

    const preview = await services.bpmn.preview(bytes, 'A.4.1.bpmn');
    expect(preview.lanes.length).toBeGreaterThan(0);
    for (const lane of preview.lanes) expect(lane.proposal).toEqual({ kind: 'none' });

    const { processIds } = await services.bpmn.importFile(bytes, 'A.4.1.bpmn', []);
    expect(processIds.length).toBeGreaterThan(0);
    expect(services.roles.list(null)).toHaveLength(rolesBefore);
    expect(services.departments.list()).toHaveLength(departmentsBefore);
    for (const id of processIds) {
      const process = services.processes.get(id);
      expect(process.graph.nodes.length).toBeGreaterThan(0);
      // Unmatched lanes keep their names and belong to nobody.
      for (const lane of process.graph.lanes) expect(lane.owner).toEqual({ kind: 'none' });
      // The preserved source stays in main; the editor gets only what it draws.
      expect(process.graph).not.toHaveProperty('bpmn');
    }
  });

  it('binds lanes as chosen: an existing role, a department, or a new role only when asked', async () => {
    const { services } = setup();
    const bytes = fixture('A.4.1.bpmn');
    const preview = await services.bpmn.preview(bytes, 'A.4.1.bpmn');
    const [first, second, third] = preview.lanes;
    if (!first || !second || !third) throw new Error('A.4.1 has three lane names');
    const department = services.departments.create('Sales', null);
    const role = services.roles.create(department.id, first.name);

    // Now the role exists under the lane's name: it is proposed.
    const again = await services.bpmn.preview(bytes, 'A.4.1.bpmn');
    expect(again.lanes[0]?.proposal).toEqual({ kind: 'role', roleId: role.id });

    const choices: { name: string; choice: LaneChoice }[] = [
      { name: first.name, choice: { kind: 'role', roleId: role.id } },
      { name: second.name, choice: { kind: 'department', departmentId: department.id } },
      { name: third.name, choice: { kind: 'newRole' } },
    ];
    const rolesBefore = services.roles.list(null).length;
    const { processIds } = await services.bpmn.importFile(bytes, 'A.4.1.bpmn', choices);
    expect(services.roles.list(null)).toHaveLength(rolesBefore + 1);
    const lanes = processIds.flatMap((id) => services.processes.get(id).graph.lanes);
    const ownerOf = (name: string) => lanes.find((lane) => lane.name.trim() === name)?.owner;
    expect(ownerOf(first.name)).toEqual({ kind: 'role', roleId: role.id });
    expect(ownerOf(second.name)).toEqual({ kind: 'department', departmentId: department.id });
    const made = services.roles.list(null).find((r) => r.title === third.name);
    expect(ownerOf(third.name)).toEqual({ kind: 'role', roleId: made?.id });
  });

  it('exports an imported process back', async () => {
    const { services } = setup();
    const { processIds } = await services.bpmn.importFile(fixture('A.4.1.bpmn'), 'A.4.1.bpmn');
    const [first] = processIds;
    if (first === undefined) throw new Error('nothing imported');
    const exported = await services.bpmn.exportFile(first);
    expect(Buffer.from(exported.data ?? '', 'base64').toString('utf8')).toContain(
      'bpmndi:BPMNDiagram',
    );
    expect(exported.fileName.endsWith('.bpmn')).toBe(true);
  });
});

describe('BPMN import refusals: a code and values the interface renders, nothing stored', () => {
  it('refuses hostile XML, naming the line', async () => {
    const { services } = setup();
    const hostile = text(
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    );
    await expect(services.bpmn.preview(hostile, 'x.bpmn')).rejects.toMatchObject({
      code: 'BPMN_DOCTYPE',
      params: { line: 2 },
    });
    await expect(services.bpmn.importFile(hostile, 'x.bpmn')).rejects.toMatchObject({
      code: 'BPMN_DOCTYPE',
    });
    expect(services.processes.list(ALL)).toEqual([]);
  });

  it.each([
    ['a PNG picture', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')],
    ['a JPEG picture', Buffer.from('ffd8ffe000104a46494600010100', 'hex')],
    ['a .docx (ZIP)', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])],
    ['plain text', text('Minutes of the meeting\n')],
    ['XML that is not BPMN', text('<html><body/></html>')],
  ])('calls %s "not a BPMN file"', async (_name, bytes) => {
    const { services } = setup();
    await expect(services.bpmn.preview(bytes, 'picked.bpmn')).rejects.toMatchObject({
      code: 'BPMN_NOT_BPMN',
    });
  });

  it('refuses a file with no process it could show', async () => {
    const { services } = setup();
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
      <collaboration id="c"><participant id="black_box" name="Bank"/></collaboration>
    </definitions>`;
    await expect(services.bpmn.preview(text(xml), 'bank.bpmn')).rejects.toMatchObject({
      code: 'BPMN_NO_PROCESS',
    });
  });
});

describe('BPMN import limits: a file beyond the editor’s limits is refused, not stored empty', () => {
  it.each([
    ['101 lanes', oneProcess({ lanes: 101 }), 'BPMN_TOO_MANY_LANES', { count: 101, max: 100 }],
    [
      '10,001 elements',
      oneProcess({ tasks: 10_001 }),
      'BPMN_TOO_MANY_STEPS',
      { count: 10_001, max: 10_000 },
    ],
    [
      '20,001 flows',
      oneProcess({ flows: 20_001 }),
      'BPMN_TOO_MANY_FLOWS',
      { count: 20_001, max: 20_000 },
    ],
    ['a step at x = 2,000,000', oneProcess({ taskX: 2e6 }), 'BPMN_TOO_FAR', { max: 1e6 }],
  ])('refuses %s, naming the limit', async (_name, xml, code, params) => {
    const { services } = setup();
    await expect(services.bpmn.preview(text(xml), 'big.bpmn')).rejects.toMatchObject({
      code,
      params: { process: 'P', ...params },
    });
    await expect(services.bpmn.importFile(text(xml), 'big.bpmn')).rejects.toMatchObject({ code });
    expect(services.processes.list(ALL)).toEqual([]);
  });

  it('imports a file at the limits, and it reads back whole', async () => {
    const { services } = setup();
    const xml = oneProcess({ lanes: 100, tasks: 200, flows: 300 });
    const [id] = (await services.bpmn.importFile(text(xml), 'full.bpmn')).processIds;
    if (id === undefined) throw new Error('nothing imported');
    const graph = services.processes.get(id).graph;
    expect([graph.lanes.length, graph.nodes.length, graph.edges.length]).toEqual([100, 200, 300]);
  });
});

describe('BPMN import of a file with several pools', () => {
  it('names each process after the file and its pool, and says so', async () => {
    const { services } = setup();
    const xml = manyPools(3, (i) => ['Pool', 'Pool', 'Supplier'][i] ?? '');
    const preview = await services.bpmn.preview(text(xml), 'Order handling.bpmn');
    expect(preview.processes.map((p) => p.name)).toEqual([
      'Order handling · Pool',
      'Order handling · Pool (2)',
      'Order handling · Supplier',
    ]);
    expect(preview.problems[0]).toEqual({
      code: 'poolsGrouped',
      params: { file: 'Order handling', count: 3 },
      line: null,
    });
    const { processIds } = await services.bpmn.importFile(text(xml), 'Order handling.bpmn');
    expect(processIds.map((id) => services.processes.get(id).name)).toEqual(
      preview.processes.map((p) => p.name),
    );
    // The name given at import is not a rename: an unchanged export keeps the pool's name.
    const xmlOut = await exportedXml(services, processIds[2] ?? 0);
    expect(xmlOut).toContain('name="Supplier"');
    expect(xmlOut).not.toContain('Order handling');
  });

  it('stores the source once per file: 400 pools grow the library by about the file size', async () => {
    const { services, file } = setup();
    const xml = manyPools(400, (i) => `Pool ${i}`);
    const size = () =>
      [file, `${file}-wal`].reduce(
        (sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0),
        0,
      );
    const before = size();
    const { processIds } = await services.bpmn.importFile(text(xml), 'many.bpmn');
    expect(processIds).toHaveLength(400);
    const growth = size() - before;
    console.info(`400 pools: file ${Buffer.byteLength(xml)} bytes, library grew ${growth} bytes`);
    // Measured: a 0.34 MB file grows the library by 0.9 MB (graphs, activity index, WAL);
    // a copy of the source per process was 400 × 0.34 MB = 138 MB.
    expect(growth).toBeLessThan(6 * Buffer.byteLength(xml));

    // Every process exports from the one kept source, also once the process holding it is gone.
    const last = processIds[399] ?? 0;
    expect(await exportedXml(services, last)).toContain('Check request 399');
    const first = processIds[0] ?? 0;
    services.processes.delete(first, services.processes.get(first).editVersion);
    expect(await exportedXml(services, last)).toContain('Check request 399');
    expect(await exportedXml(services, processIds[1] ?? 0)).toContain('Check request 1');
  });
});
