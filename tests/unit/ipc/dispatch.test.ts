import { describe, expect, it, vi } from 'vitest';
import { createHandlers, createServices, type Handlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { CHANNELS } from '../../../shared/contract';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { openTempSession } from '../helpers/tempFiles';
import { inspectionCalls } from './inspectionCalls';

function realHandlers(): Handlers {
  const { session } = openTempSession();
  return createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
}

/** Handlers whose every entry is a spy, to prove nothing runs for a refused request. */
function spyHandlers(): Handlers {
  const spies = Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn(() => [])]));
  return spies as unknown as Handlers;
}

describe('dispatch', () => {
  it('answers a valid request with { ok: true, data }', async () => {
    const handlers = realHandlers();
    const created = await dispatch(handlers, 'department:create', {
      name: '财务部',
      parentId: null,
    });
    expect(created).toEqual({ ok: true, data: expect.objectContaining({ name: '财务部' }) });
  });

  it.each([
    ['wrong type', 'department:create', { name: 42, parentId: null }],
    ['missing key', 'department:create', { name: 'x' }],
    ['extra key', 'department:create', { name: 'x', parentId: null, admin: true }],
    ['__proto__ as own key', 'search:query', JSON.parse('{"text":"a","__proto__":{"polluted":1}}')],
    ['constructor key', 'search:query', { text: 'a', constructor: 'x' }],
    ['negative id', 'role:get', { id: -1 }],
    ['fractional id', 'role:get', { id: 1.5 }],
    ['string id', 'role:get', { id: '1' }],
    ['null payload', 'role:get', null],
    ['array payload', 'role:get', [1]],
    ['string payload', 'department:list', 'all'],
    ['undefined payload', 'department:list', undefined],
    ['too long', 'search:query', { text: 'x'.repeat(501) }],
    ['blank name', 'department:create', { name: '   ', parentId: null }],
  ])('refuses %s without running a handler', async (_label, channel, payload) => {
    const handlers = spyHandlers();
    const result = await dispatch(handlers, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    for (const spy of Object.values(handlers)) expect(spy).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([['fs:readFile'], ['__proto__'], ['constructor'], ['toString'], [42], [null]])(
    'refuses the unknown channel %j',
    async (channel) => {
      const result = await dispatch(spyHandlers(), channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    },
  );

  it('passes an AppError through with its code, message and params', async () => {
    const handlers = realHandlers();
    const result = await dispatch(handlers, 'role:get', { id: 999 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Role 999 does not exist.', params: { what: 'role' } },
    });
  });

  it('hides the details of an unexpected error', async () => {
    const handlers = spyHandlers();
    handlers['department:list'] = () => {
      throw new Error('SQLITE_IOERR at /home/someone/secret/path');
    };
    const log = vi.fn();
    const result = await dispatch(handlers, 'department:list', {}, { log });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers every channel of a real session within the contract', async () => {
    const handlers = realHandlers();
    const options = { validateResponses: true };
    const called = new Set<string>();
    const call = async (channel: string, payload: unknown) => {
      called.add(channel);
      const result = await dispatch(handlers, channel, payload, options);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.data as Record<string, unknown>;
    };
    const hr = await call('department:create', { name: '人力资源部', parentId: null });
    const team = await call('department:create', { name: '招聘组', parentId: hr.id });
    await call('department:rename', { id: team.id, name: '招聘与配置组', expectedVersion: 0 });
    const role = await call('role:create', { departmentId: hr.id, title: '人力资源经理' });
    const saved = await call('role:save', {
      expectedVersion: role.editVersion,
      id: role.id,
      title: '人力资源经理',
      code: 'HR-01',
      departmentId: hr.id,
      reportsToId: null,
      headcount: 1,
      grade: 'M2',
      purpose: '建设人才队伍',
      template: 'zh',
      details: { ...emptyRoleDetails(), annualCost: 200000 },
      competencies: [],
      duties: [
        {
          text: '制定招聘计划',
          category: 'manage',
          weight: 100,
          frequency: 'yearly',
          standard: '按时完成',
          kpi: '到岗率',
          source: 'typed',
        },
      ],
    });
    expect((saved.duties as unknown[]).length).toBe(1);
    await call('role:get', { id: role.id });
    await call('role:list', { departmentId: null });
    await call('search:query', { text: '招聘计划' });
    await call('department:list', {});
    await call('library:status', {});
    await call('library:retry', {});
    await call('library:setSettings', { defaultTemplate: 'en' });
    expect(await call('library:settings', {})).toEqual({ defaultTemplate: 'en' });
    const analysis = await call('analysis:library', {});
    // 200,000 a year over the 2,000 standard hours of the default settings.
    expect(analysis.roles).toEqual([
      { id: role.id, title: '人力资源经理', departmentId: hr.id, hourlyRate: 100 },
    ]);
    const settings = analysis.settings as Record<string, unknown>;
    await call('analysis:setSettings', { ...settings, timeBasis: 'calendar', standardHours: 1920 });
    expect(await call('analysis:library', {})).toMatchObject({
      settings: { timeBasis: 'calendar', standardHours: 1920 },
      roles: [{ hourlyRate: 200000 / 1920 }],
    });
    await call('app:setLocale', { locale: 'en' });
    const {
      key: _k,
      status: _s,
      version: _v,
      editVersion: savedVersion,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = saved;
    await call('checks:draft', { draft });
    const { id: _id, ...copy } = draft;
    const copied = await call('role:saveCopy', { ...copy, title: '人力资源经理（我的副本）' });
    await call('checks:library', {});
    await call('alignment:checkRole', { draft });
    await call('alignment:checkLibrary', {});
    await call('role:approve', {
      id: role.id,
      note: '首次发布',
      approver: '王芳',
      expectedVersion: savedVersion,
    });
    await call('role:history', { id: role.id });
    // Nothing is damaged here: a repair answers with the role as it is.
    await call('role:repair', { id: role.id });
    await call('role:revision', { id: role.id, version: 1 });
    const skill = await call('competency:create', {
      kind: 'skill',
      nameZh: '沟通能力',
      nameEn: 'Communication',
      descriptionZh: '',
      descriptionEn: '',
      levels: [{ level: 1, indicatorZh: '清楚表达', indicatorEn: '' }],
    });
    const { editVersion: skillVersion, ...skillFields } = skill;
    await call('competency:update', {
      ...skillFields,
      nameEn: 'Communicating',
      expectedVersion: skillVersion,
    });
    await call('competency:usage', { id: skill.id });
    await call('competency:list', {});
    const documents = await call('documentSettings:get', {});
    await call('documentSettings:set', { ...documents, organisationName: '示例保险公司' });
    await call('export:roleDocx', { id: role.id, version: 1 });
    const { jobId } = await call('export:startHandbook', {
      departmentId: null,
      versions: 'latest',
      template: 'own',
    });
    await call('export:cancel', { jobId });
    await call('export:job', { jobId });
    const process = await call('process:create', { name: '招聘流程', departmentId: hr.id });
    const {
      id: _pid,
      key: _pk,
      status: _ps,
      version: _pv,
      editVersion: processVersion,
      createdAt: _pc,
      updatedAt: _pu,
      ...processFields
    } = process;
    await call('process:save', {
      id: process.id,
      ...processFields,
      processClass: 'general',
      expectedVersion: processVersion,
    });
    const processCopy = await call('process:saveCopy', {
      ...processFields,
      name: '招聘流程（副本）',
    });
    await call('process:get', { id: process.id });
    await call('alignment:checkProcess', { processId: process.id });
    await call('links:candidates', { roleId: role.id });
    await call('links:ofProcess', { processId: process.id });
    await call('links:draftDuties', { roleId: role.id });
    await call('organisation:raci', { scope: { kind: 'library' } });
    await call('organisation:staffing', { departmentId: null });
    await call('organisation:redesignPairs', {});
    await call('organisation:redesign', { asIsId: process.id, toBeId: processCopy.id });
    // No step of the map and no accepted row: refused with a code, inside the contract.
    const letter = await dispatch(
      handlers,
      'organisation:setRaci',
      {
        processId: process.id,
        nodeId: 'missing',
        roleId: role.id,
        letter: 'C',
        expectedVersion: 1,
      },
      options,
    );
    expect(letter.ok === false && letter.error.code).toBeTruthy();
    called.add('organisation:setRaci');
    const redesign = await dispatch(
      handlers,
      'organisation:applyRedesign',
      { asIsId: process.id, toBeId: processCopy.id, roleIds: [role.id], expectedVersions: [] },
      options,
    );
    expect(redesign.ok || redesign.error.code !== 'INTERNAL').toBe(true);
    called.add('organisation:applyRedesign');
    const temporary = await call('role:create', { departmentId: hr.id, title: '临时岗位' });
    const rename = { kind: 'renameRole', roleId: temporary.id, title: '招聘专员' };
    const preview = await call('changes:preview', { change: rename });
    await call('changes:apply', { change: rename, basis: preview.basis, locale: 'zh-CN' });
    await call('export:processPicture', {
      format: 'svg',
      options: { mode: 'fit', paper: 'A4', pageOrientation: 'landscape' },
      graph: process.graph,
      info: { name: '招聘流程', code: 'HR-01', version: '0' },
      locale: 'zh-CN',
    });
    await call('export:sheet', { kind: 'roles', departmentId: null, locale: 'zh-CN' });
    await call('process:list', { processClass: 'general', departmentId: null });
    await call('process:approve', { id: process.id, note: '首次发布', expectedVersion: 1 });
    await call('process:history', { id: process.id });
    // 工作检查 and 持续改进 (issue 12): every inspection channel (the store's own tests are in
    // tests/unit/inspection/store/).
    await inspectionCalls(call, String(process.key));
    await call('export:processDoc', { id: process.id, locale: 'en' });
    const processBook = await call('export:startProcessHandbook', {
      departmentId: hr.id,
      locale: 'zh-CN',
    });
    await call('export:cancelProcessHandbook', { jobId: processBook.jobId });
    await call('export:processHandbookJob', { jobId: processBook.jobId });
    await call('process:revision', { id: process.id, version: 1 });
    await call('process:repair', { id: process.id });
    await call('role:activities', { id: role.id });
    await call('process:delete', { id: process.id, expectedVersion: 2 });
    await call('process:delete', { id: processCopy.id, expectedVersion: processCopy.editVersion });
    await call('role:usage', { id: role.id });
    await call('role:delete', { id: role.id, onUsage: { mode: 'unbind' }, expectedVersion: 2 });
    await call('role:delete', { id: copied.id, expectedVersion: copied.editVersion });
    await call('department:usage', { id: team.id });
    await call('department:delete', { id: team.id, expectedVersion: 1 });
    // Word import (its files and worker have their own tests in tests/unit/import/): a text
    // file is skipped without the worker; the browser host has no dialog to pick with.
    const word = await call('import:startWord', {
      source: { kind: 'uploaded', files: [{ fileName: 'notes.txt', data: null, refused: null }] },
    });
    await call('import:cancel', { jobId: word.jobId });
    await call('import:job', { jobId: word.jobId });
    const picked = await dispatch(handlers, 'import:pickWord', { mode: 'folder' }, options);
    expect(picked.ok === false && picked.error.code).toBe('UNSUPPORTED');
    called.add('import:pickWord');
    const { departmentId: _department, ...importedFields } = copy;
    await call('import:commitWord', {
      roles: [
        {
          fileName: '招聘专员.docx',
          department: { kind: 'new', name: '人力资源部' },
          role: { ...importedFields, title: '招聘专员（导入）', reportsToId: null },
        },
      ],
    });

    // Every channel but those that need a host's file dialog has been exercised.
    // BPMN import and export have their own service tests (tests/unit/services/bpmn.test.ts).
    // Quitting is the desktop app's: the browser host (these handlers) says it cannot.
    const quit = await dispatch(handlers, 'app:quit', {}, options);
    expect(quit.ok === false && quit.error.code).toBe('UNSUPPORTED');
    called.add('app:quit');
    const needDialogs = [
      'library:create',
      'library:open',
      'library:createSample',
      'process:previewBpmn',
      'process:importBpmn',
      'process:exportBpmn',
    ];
    expect([...called, ...needDialogs].sort()).toEqual([...CHANNELS].sort());
  });
});
