import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import { openTempSession } from '../helpers/tempFiles';

/*
 * 工作权限 / 工作关系 saved as structures through the contract (issue 10): main writes the texts
 * documents print from the structures, reads structures from texts when they are left out,
 * refuses values out of range, and unbinds a partner that no longer exists.
 */

function library() {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const run = <C extends Channel>(channel: C, request: RequestOf<C>) =>
    dispatch(handlers, channel, request, { validateResponses: true });
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await run(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ResponseOf<C>;
  };
  return { call, run, services };
}

function draftOf(role: ResponseOf<'role:get'>) {
  const {
    key: _k,
    status: _s,
    version: _v,
    editVersion,
    createdAt: _c,
    updatedAt: _u,
    pendingNotes: _p,
    ...draft
  } = role;
  return { ...draft, expectedVersion: editVersion };
}

async function setup() {
  const { call, run, services } = library();
  const finance = await call('department:create', { name: '财务部', parentId: null });
  const manager = await call('role:create', { departmentId: finance.id, title: '财务经理' });
  const clerk = await call('role:create', { departmentId: finance.id, title: '出纳' });
  return { call, run, services, finance, manager, clerk };
}

describe('saving 工作权限 and 工作关系', () => {
  it('writes the printed texts from the structures, one clause per line', async () => {
    const { call, finance, manager, clerk } = await setup();
    const saved = await call('role:save', {
      ...draftOf(manager),
      details: {
        ...manager.details,
        authority: 'stale text the editor no longer shows',
        authorityClauses: [
          {
            text: '单笔 20 万元以内付款的审批权',
            kind: 'approve',
            object: '付款',
            amountMax: 200_000,
          },
          {
            text: '财务人员考核建议权',
            kind: 'recommend',
            object: '财务人员考核',
            amountMax: null,
          },
        ],
        relations: [
          {
            text: '出纳（日常付款）',
            scope: 'internal',
            partner: { kind: 'role', roleId: clerk.id },
          },
          {
            text: '',
            scope: 'internal',
            partner: { kind: 'department', departmentId: finance.id },
          },
          { text: '开户银行', scope: 'external', partner: { kind: 'named', name: '开户银行' } },
        ],
      },
    });
    expect(saved.details.authority).toBe('单笔 20 万元以内付款的审批权\n财务人员考核建议权');
    expect(saved.details.relationsInternal).toBe('出纳（日常付款）\n财务部');
    expect(saved.details.relationsExternal).toBe('开户银行');
    const read = await call('role:get', { id: manager.id });
    expect(read.details.authorityClauses?.[0]?.amountMax).toBe(200_000);
    expect(read.details.relations?.[0]?.partner).toEqual({ kind: 'role', roleId: clerk.id });
  });

  it('reads the structures from the texts when a writer leaves them out', async () => {
    const { call, manager } = await setup();
    const saved = await call('role:save', {
      ...draftOf(manager),
      details: {
        ...manager.details,
        authority: '费用报销的审核权；5万元以下付款的审批权',
        authorityClauses: null,
        relationsExternal: '税务机关、开户银行',
        relations: null,
      },
    });
    expect(saved.details.authorityClauses?.map((c) => [c.kind, c.amountMax])).toEqual([
      ['recommend', null],
      ['approve', 50_000],
    ]);
    expect(saved.details.authority).toBe('费用报销的审核权\n5万元以下付款的审批权');
    expect(saved.details.relationsExternal).toBe('税务机关\n开户银行');
  });

  it('refuses a band out of range or an unknown kind at the contract', async () => {
    const { run, manager } = await setup();
    const clause = { text: '审批', kind: 'approve' as const, object: '', amountMax: -1 };
    const negative = await run('role:save', {
      ...draftOf(manager),
      details: { ...manager.details, authorityClauses: [clause] },
    });
    expect(negative.ok).toBe(false);
    const unknownKind = await run('role:save', {
      ...draftOf(manager),
      details: {
        ...manager.details,
        authorityClauses: [{ ...clause, amountMax: null, kind: 'veto' as 'approve' }],
      },
    });
    expect(unknownKind.ok).toBe(false);
  });

  it('unbinds a partner role that no longer exists to the name its sentence gives', async () => {
    const { call, manager } = await setup();
    const saved = await call('role:save', {
      ...draftOf(manager),
      details: {
        ...manager.details,
        relations: [
          { text: '会计（凭证）', scope: 'internal', partner: { kind: 'role', roleId: 9999 } },
        ],
      },
    });
    expect(saved.details.relations?.[0]?.partner).toEqual({ kind: 'named', name: '会计' });
    expect(saved.details.relationsInternal).toBe('会计（凭证）');
  });
});

describe('a writer that knows only the texts', () => {
  it('changes 工作权限 and 工作关系 by their texts; the structures are read again', async () => {
    const { call, manager, clerk } = await setup();
    const read = await call('role:get', { id: manager.id });
    const saved = await call('role:save', {
      ...draftOf(read),
      details: { ...read.details, authority: '审批部门内的招聘需求', relationsInternal: '出纳' },
    });
    expect(saved.details.authority).toBe('审批部门内的招聘需求');
    expect(saved.details.authorityClauses?.map((c) => c.kind)).toEqual(['approve']);
    expect(saved.details.relationsInternal).toBe('出纳');
    expect(saved.details.relations?.map((r) => r.partner)).toEqual([
      { kind: 'role', roleId: clerk.id },
    ]);
  });
});
