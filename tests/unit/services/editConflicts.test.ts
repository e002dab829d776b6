import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { emptyGraph } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/**
 * Two windows on one library, as the browser host and Electron serve them: both read an item,
 * the first saves, the second saves the copy it read. Every request goes through dispatch with
 * the contract's validation, against a real SQLite file.
 */
function library() {
  const { session } = openTempSession();
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  const options = { validateResponses: true };
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(handlers, channel, request, options);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ResponseOf<C>;
  };
  const refused = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(handlers, channel, request, options);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  };
  return { call, refused };
}

const conflict = (what: string, name: string): Partial<ApiError> => ({
  code: 'EDIT_CONFLICT',
  params: { what, name },
});

/** A role as its editor sends it back, without what only the library sets. */
function draftOf(role: ResponseOf<'role:get'>) {
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

function processFieldsOf(process: ResponseOf<'process:get'>) {
  const {
    id: _id,
    key: _k,
    status: _s,
    version: _v,
    editVersion: _e,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = process;
  return fields;
}

describe('roles in two windows', () => {
  it('counts every save, and refuses a stale save without changing anything', async () => {
    const { call, refused } = library();
    const hr = await call('department:create', { name: '人力资源部', parentId: null });
    const created = await call('role:create', { departmentId: hr.id, title: '招聘专员' });
    expect(created.editVersion).toBe(0);

    // Both windows open the role.
    const inA = await call('role:get', { id: created.id });
    const inB = await call('role:get', { id: created.id });
    const savedByA = await call('role:save', {
      ...draftOf(inA),
      purpose: 'A 的目的',
      expectedVersion: inA.editVersion,
    });
    expect(savedByA.editVersion).toBe(1);

    const error = await refused('role:save', {
      ...draftOf(inB),
      title: 'B 改的标题',
      expectedVersion: inB.editVersion,
    });
    expect(error).toMatchObject(conflict('role', '招聘专员'));
    const stored = await call('role:get', { id: created.id });
    expect(stored).toEqual(savedByA);
    expect((await call('role:list', { departmentId: null }))[0]?.editVersion).toBe(1);
  });

  it('never turns an approved role back into a draft because of a stale save', async () => {
    const { call, refused } = library();
    const hr = await call('department:create', { name: '人力资源部', parentId: null });
    const role = await call('role:create', { departmentId: hr.id, title: '薪酬主管' });
    const inB = await call('role:get', { id: role.id });
    const approved = await call('role:approve', {
      id: role.id,
      note: '首次发布',
      approver: '王芳',
      expectedVersion: role.editVersion,
    });
    expect(approved).toMatchObject({ status: 'approved', version: 1, editVersion: 1 });

    const error = await refused('role:save', { ...draftOf(inB), expectedVersion: inB.editVersion });
    expect(error.code).toBe('EDIT_CONFLICT');
    expect(await call('role:get', { id: role.id })).toMatchObject({ status: 'approved' });
    // Approving what the window saw, and deleting it, are refused the same way.
    expect(
      await refused('role:approve', {
        id: role.id,
        note: '',
        approver: '王芳',
        expectedVersion: inB.editVersion,
      }),
    ).toMatchObject(conflict('role', '薪酬主管'));
    expect(
      await refused('role:delete', { id: role.id, expectedVersion: inB.editVersion }),
    ).toMatchObject(conflict('role', '薪酬主管'));
    expect(await call('role:history', { id: role.id })).toHaveLength(1);
  });

  it('keeps the stale window’s copy as a new draft role, duties and all', async () => {
    const { call } = library();
    const hr = await call('department:create', { name: '人力资源部', parentId: null });
    const role = await call('role:create', { departmentId: hr.id, title: '培训主管' });
    const duty = {
      text: '组织新员工培训',
      category: 'execute' as const,
      weight: 100,
      frequency: 'monthly' as const,
      standard: '',
      kpi: '',
      source: 'typed' as const,
    };
    const original = await call('role:save', {
      ...draftOf(role),
      duties: [duty],
      expectedVersion: role.editVersion,
    });
    const { id: _id, ...mine } = draftOf(original);
    const copy = await call('role:saveCopy', { ...mine, title: '培训主管 (my copy)' });

    expect(copy).toMatchObject({ title: '培训主管 (my copy)', status: 'draft', editVersion: 1 });
    expect(copy.id).not.toBe(original.id);
    expect(copy.duties.map((d) => d.text)).toEqual(['组织新员工培训']);
    // The copy's duties are its own rows: the original keeps its duty.
    expect(copy.duties[0]?.id).not.toBe(original.duties[0]?.id);
    expect((await call('role:get', { id: original.id })).duties).toEqual(original.duties);
  });
});

describe('processes in two windows', () => {
  it('refuses a stale save, approval or delete, and keeps a copy on request', async () => {
    const { call, refused } = library();
    const created = await call('process:create', { name: '招聘流程', departmentId: null });
    const inA = await call('process:get', { id: created.id });
    const inB = await call('process:get', { id: created.id });
    const graphA = {
      ...emptyGraph(),
      lanes: [{ id: 'l1', name: 'HR', owner: { kind: 'none' as const }, size: 200 }],
    };
    const savedByA = await call('process:save', {
      id: inA.id,
      ...processFieldsOf(inA),
      graph: graphA,
      expectedVersion: inA.editVersion,
    });
    expect(savedByA.editVersion).toBe(1);
    const { notices: _n, ...storedByA } = savedByA;

    const stale = { id: inB.id, ...processFieldsOf(inB), name: 'B 的名称' };
    expect(
      await refused('process:save', { ...stale, expectedVersion: inB.editVersion }),
    ).toMatchObject(conflict('process', '招聘流程'));
    expect(await call('process:get', { id: created.id })).toEqual(storedByA);
    expect(
      await refused('process:approve', { id: inB.id, note: '', expectedVersion: inB.editVersion }),
    ).toMatchObject(conflict('process', '招聘流程'));
    expect(
      await refused('process:delete', { id: inB.id, expectedVersion: inB.editVersion }),
    ).toMatchObject(conflict('process', '招聘流程'));

    const { id: _id, ...mine } = stale;
    const copy = await call('process:saveCopy', { ...mine, name: 'B 的名称 (my copy)' });
    expect(copy).toMatchObject({ name: 'B 的名称 (my copy)', status: 'draft', editVersion: 1 });
    const names = (await call('process:list', { processClass: null, departmentId: null })).map(
      (p) => [p.name, p.editVersion],
    );
    expect(names).toEqual([
      ['B 的名称 (my copy)', 1],
      ['招聘流程', 1],
    ]);
  });
});

describe('competencies in two windows', () => {
  it('refuses a stale update, and accepts one based on the newest version', async () => {
    const { call, refused } = library();
    const created = await call('competency:create', {
      kind: 'skill',
      nameZh: '沟通能力',
      nameEn: 'Communication',
      descriptionZh: '',
      descriptionEn: '',
      levels: [{ level: 1, indicatorZh: '清楚表达', indicatorEn: '' }],
    });
    const { id, editVersion, ...fields } = created;
    expect(editVersion).toBe(0);
    const byA = await call('competency:update', {
      id,
      ...fields,
      descriptionZh: 'A',
      expectedVersion: 0,
    });
    expect(byA.editVersion).toBe(1);

    const stale = { id, ...fields, levels: [], descriptionZh: 'B', expectedVersion: 0 };
    expect(await refused('competency:update', stale)).toMatchObject(
      conflict('competency', '沟通能力'),
    );
    expect((await call('competency:list', {})).find((c) => c.id === id)).toEqual(byA);

    // Overwriting on purpose: the window resends based on the version it now knows.
    const overwritten = await call('competency:update', { ...stale, expectedVersion: 1 });
    expect(overwritten).toMatchObject({ descriptionZh: 'B', levels: [], editVersion: 2 });
  });
});

describe('departments in two windows', () => {
  it('refuses a stale rename or delete', async () => {
    const { call, refused } = library();
    const hr = await call('department:create', { name: '人力资源部', parentId: null });
    expect(hr.editVersion).toBe(0);
    const renamed = await call('department:rename', {
      id: hr.id,
      name: '人力资源中心',
      expectedVersion: 0,
    });
    expect(renamed.editVersion).toBe(1);

    expect(
      await refused('department:rename', { id: hr.id, name: '人事部', expectedVersion: 0 }),
    ).toMatchObject(conflict('department', '人力资源中心'));
    expect(await refused('department:delete', { id: hr.id, expectedVersion: 0 })).toMatchObject(
      conflict('department', '人力资源中心'),
    );
    expect(await call('department:list', {})).toEqual([renamed]);
    await call('department:delete', { id: hr.id, expectedVersion: 1 });
    expect(await call('department:list', {})).toEqual([]);
  });
});
