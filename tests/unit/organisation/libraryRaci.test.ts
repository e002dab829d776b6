import { describe, expect, it } from 'vitest';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { organisationLibrary } from './organisationLibrary';

/*
 * RACI across the library on a real file: the scopes (one process, a department's maps and
 * the maps its roles work in, the whole library), the problems of rules R1–R3, and one cell
 * written back into the map through dispatch — a stale version is refused, an approved map
 * becomes a draft, the lane's role cannot be left without a letter.
 */

function library() {
  const lib = organisationLibrary();
  const { services, newMap } = lib;
  const sales = services.departments.create('销售部', null);
  const finance = services.departments.create('财务部', null);
  const rep = services.roles.create(sales.id, '销售代表');
  const manager = services.roles.create(sales.id, '销售经理');
  const accountant = services.roles.create(finance.id, '会计');
  const order = newMap(
    '订单处理',
    sales.id,
    graphOf(
      { l1: `role:${rep.id}` },
      [
        start(),
        step('a', 'l1', { label: '录入订单', raci: [{ roleId: manager.id, letter: 'A' }] }),
        step('b', 'l1', { label: '确认交期' }),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    ),
  );
  const invoice = newMap(
    '开票',
    finance.id,
    graphOf(
      { l2: `role:${accountant.id}` },
      [start('s', 'l2'), step('i', 'l2', { label: '开具发票' }), end('e', 'l2')],
      [flow('s', 'i'), flow('i', 'e')],
    ),
  );
  return { ...lib, sales, finance, rep, manager, accountant, order, invoice };
}

describe('RACI across the library', () => {
  it('shows roles × steps for a process, a department and the library', async () => {
    const { call, order, invoice, rep, manager, accountant, sales } = library();
    const one = await call('organisation:raci', {
      scope: { kind: 'process', processId: order.id },
    });
    expect(one.roles.map((r) => r.title)).toEqual(['销售代表', '销售经理']);
    expect(one.processes).toHaveLength(1);
    const [a, b] = one.processes[0]?.steps ?? [];
    expect(a?.label).toBe('录入订单');
    expect(a?.cells).toEqual([
      { roleId: manager.id, letters: ['A'] },
      { roleId: rep.id, letters: ['R'] },
    ]);
    expect(a?.problems).toEqual([]);
    // Not filled in: the lane's role is R, and the R rules stay quiet (lead's decision, issue 9).
    expect(b?.cells).toEqual([{ roleId: rep.id, letters: ['R'] }]);
    expect(b?.problems).toEqual([]);

    const department = await call('organisation:raci', {
      scope: { kind: 'department', departmentId: sales.id },
    });
    expect(department.processes.map((p) => p.name)).toEqual(['订单处理']);
    const all = await call('organisation:raci', { scope: { kind: 'library' } });
    expect(all.processes.map((p) => p.processId).sort()).toEqual([order.id, invoice.id].sort());
    // Columns by department in tree order, then title.
    expect(all.roles.map((r) => r.id)).toEqual([rep.id, manager.id, accountant.id]);
  });

  it('writes a letter into the map and refuses a stale version', async () => {
    const { call, refused, services, order, manager, rep } = library();
    services.processes.approve(order.id, '初版', services.processes.get(order.id).editVersion);
    const stored = services.processes.get(order.id);
    const saved = await call('organisation:setRaci', {
      processId: order.id,
      nodeId: 'a',
      roleId: manager.id,
      letter: 'C',
      expectedVersion: stored.editVersion,
    });
    const a = saved.steps.find((s) => s.nodeId === 'a');
    expect(a?.cells).toContainEqual({ roleId: manager.id, letters: ['C'] });
    expect(a?.problems).toEqual(['noA']);
    const map = services.processes.get(order.id);
    expect(map.status).toBe('draft');
    expect(map.graph.nodes.find((n) => n.id === 'a')?.activity?.raci).toEqual([
      { roleId: manager.id, letter: 'C' },
    ]);

    const stale = await refused('organisation:setRaci', {
      processId: order.id,
      nodeId: 'a',
      roleId: manager.id,
      letter: 'A',
      expectedVersion: stored.editVersion,
    });
    expect(stale.code).toBe('EDIT_CONFLICT');
    const laneRole = await refused('organisation:setRaci', {
      processId: order.id,
      nodeId: 'a',
      roleId: rep.id,
      letter: null,
      expectedVersion: saved.editVersion,
    });
    expect(laneRole).toMatchObject({
      code: 'INVALID_REQUEST',
      params: { reason: 'laneRoleNeedsLetter' },
    });
    const badLetter = await refused('organisation:setRaci', {
      processId: order.id,
      nodeId: 'a',
      roleId: rep.id,
      // @ts-expect-error: a letter outside R/A/C/I is refused by the contract
      letter: 'X',
      expectedVersion: saved.editVersion,
    });
    expect(badLetter.code).toBe('INVALID_REQUEST');
  });
});
