import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices, type Handlers } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { ERROR_CODES, type ApiResult } from '../../../shared/errors';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import { FIELD_LISTS, FIELD_NAMES, VALUE_PROBLEMS } from '../../../shared/requestIssues';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { errorText } from '../../../shared/i18n/errorText';
import { translator as plainTranslator } from '../../../shared/i18n/translate';
import { openTempSession } from '../helpers/tempFiles';

/** i18next set up as the renderer sets it up, fixed to one language. */
async function translator(locale: Locale) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { [locale]: { translation: MESSAGES[locale] }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
  });
  return (key: string, options?: Record<string, unknown>) => instance.t(key, options);
}

/** What the user reads for a failed answer, in `locale`. */
async function shown(result: ApiResult<unknown>, locale: Locale): Promise<string> {
  if (result.ok) throw new Error('expected a failure');
  return errorText(await translator(locale), result.error.code, result.error.params);
}

function handlers(): Handlers {
  const { session } = openTempSession();
  return createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
}

/** Latin words of two letters or more; "RoleFlow" and "KPI" are names, not English prose. */
function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !['RoleFlow', 'KPI'].includes(word));
}

async function roleWithDuty(h: Handlers, duty: Record<string, unknown>) {
  const department = await dispatch(h, 'department:create', { name: '人力资源部', parentId: null });
  if (!department.ok) throw new Error('no department');
  const departmentId = (department.data as { id: number }).id;
  const role = await dispatch(h, 'role:create', { departmentId, title: '招聘专员' });
  if (!role.ok) throw new Error('no role');
  const draft = {
    id: (role.data as { id: number }).id,
    expectedVersion: 0,
    title: '招聘专员',
    code: '',
    departmentId,
    reportsToId: null,
    headcount: null,
    grade: '',
    purpose: '',
    template: 'zh',
    details: emptyRoleDetails(),
    competencies: [],
    duties: [
      {
        text: '组织招聘',
        category: null,
        weight: null,
        frequency: null,
        standard: '',
        kpi: '',
        source: 'typed',
        ...duty,
      },
    ],
  };
  return dispatch(h, 'role:save', draft);
}

describe('messages from main', () => {
  it('has a message for every error code, field, list and problem in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const m = MESSAGES[locale];
      for (const code of ERROR_CODES) expect(m.errors[code], `${locale} ${code}`).toBeTruthy();
      for (const f of FIELD_NAMES) expect(m.errorFields[f], `${locale} ${f}`).toBeTruthy();
      for (const l of FIELD_LISTS) expect(m.errorLists[l], `${locale} ${l}`).toBeTruthy();
      for (const p of VALUE_PROBLEMS) expect(m.errorProblems[p], `${locale} ${p}`).toBeTruthy();
    }
  });

  it('says in Chinese, without English, that a process needs a name', async () => {
    // given: a process saved back with an empty name
    const h = handlers();
    const created = await dispatch(h, 'process:create', { name: '招聘流程', departmentId: null });
    if (!created.ok) throw new Error('not created');
    const {
      status: _s,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      key: _k,
      editVersion,
      ...process
    } = created.data as Record<string, unknown>;
    // when
    const result = await dispatch(h, 'process:save', {
      ...process,
      expectedVersion: editVersion,
      name: '   ',
    });
    // then: the code names the field and the problem, and each language says it its way
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', params: { field: 'name', problem: 'required' } },
    });
    const zh = await shown(result, 'zh-CN');
    expect(zh).toBe('名称：必填。');
    expect(englishWords(zh)).toEqual([]);
    expect(await shown(result, 'en')).toBe('Name: required.');
  });

  it('names the duty and the limit when a weight is out of range', async () => {
    const result = await roleWithDuty(handlers(), { weight: 150 });
    expect(result).toMatchObject({
      ok: false,
      error: { params: { field: 'weight', list: 'duties', n: 1, problem: 'tooBig', limit: 100 } },
    });
    expect(await shown(result, 'zh-CN')).toBe('第 1 项职责的权重：不能大于 100。');
    expect(await shown(result, 'en')).toBe('Duty 1, Weight: must be at most 100.');
  });

  it('takes a weight with one decimal and refuses two', async () => {
    const h = handlers();
    const ok = await roleWithDuty(h, { weight: 12.5 });
    expect(ok).toMatchObject({ ok: true, data: { duties: [{ weight: 12.5 }] } });
    const refused = await roleWithDuty(h, { weight: 12.55 });
    expect(refused).toMatchObject({
      ok: false,
      error: { params: { problem: 'decimals', limit: 1 } },
    });
    expect(await shown(refused, 'zh-CN')).toBe('第 1 项职责的权重：最多保留 1 位小数。');
    const negative = await roleWithDuty(h, { weight: -20 });
    expect(await shown(negative, 'zh-CN')).toBe('第 1 项职责的权重：不能小于 0。');
  });

  it('asks for a whole number where the contract takes one', async () => {
    const h = handlers();
    const made = await dispatch(h, 'department:create', { name: '财务部', parentId: null });
    const departmentId = (made as { data: { id: number } }).data.id;
    const role = await dispatch(h, 'role:create', { departmentId, title: '会计' });
    const {
      key: _k,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = (role as { data: Record<string, unknown> }).data;
    const result = await dispatch(h, 'role:save', {
      ...draft,
      expectedVersion: editVersion,
      headcount: 2.5,
    });
    expect(await shown(result, 'zh-CN')).toBe('岗位编制：须为整数。');
    expect(await shown(result, 'en')).toBe('Headcount: must be a whole number.');
  });

  it('says the same without i18next, as main does for a failed menu action', async () => {
    const result = await dispatch(handlers(), 'role:get', { id: 999 });
    if (result.ok) throw new Error('expected a failure');
    const { code, params } = result.error;
    expect(errorText(plainTranslator(MESSAGES['zh-CN']), code, params)).toBe(
      await shown(result, 'zh-CN'),
    );
    const tooBig = await roleWithDuty(handlers(), { weight: 150 });
    if (tooBig.ok) throw new Error('expected a failure');
    expect(
      errorText(plainTranslator(MESSAGES['zh-CN']), 'INVALID_REQUEST', tooBig.error.params),
    ).toBe('第 1 项职责的权重：不能大于 100。');
  });

  it('falls back to the code’s message for a reason it has no words for', async () => {
    const t = await translator('zh-CN');
    expect(errorText(t, 'CONFLICT', { reason: 'somethingNew' })).toBe(
      MESSAGES['zh-CN'].errors.CONFLICT,
    );
    expect(errorText(t, 'INVALID_REQUEST', { problem: 'somethingNew', field: 'x' })).toBe(
      '某个字段：无效。',
    );
  });

  it('says which item is missing, in the interface language', async () => {
    const result = await dispatch(handlers(), 'role:get', { id: 999 });
    expect(await shown(result, 'zh-CN')).toBe('该岗位已不存在，可能已被删除。');
    expect(await shown(result, 'en')).toBe('This role no longer exists; it may have been deleted.');
  });

  it('explains a refused department deletion with its name', async () => {
    const h = handlers();
    const made = await dispatch(h, 'department:create', { name: '财务部', parentId: null });
    const id = (made as { data: { id: number } }).data.id;
    await dispatch(h, 'department:create', { name: '会计组', parentId: id });
    const result = await dispatch(h, 'department:delete', { id, expectedVersion: 0 });
    const zh = await shown(result, 'zh-CN');
    expect(zh).toBe('部门“财务部”仍有岗位、下级部门或流程泳道。请选择移交还是解除关联。');
    expect(englishWords(zh)).toEqual([]);
  });

  it('renders every service error of a session in Chinese without English', async () => {
    const h = handlers();
    const made = await dispatch(h, 'department:create', { name: '财务部', parentId: null });
    const departmentId = (made as { data: { id: number } }).data.id;
    const role = await dispatch(h, 'role:create', { departmentId, title: '会计' });
    const roleId = (role as { data: { id: number } }).data.id;
    const failures = [
      await dispatch(h, 'role:revision', { id: roleId, version: 3 }),
      await dispatch(h, 'export:startHandbook', { departmentId: 999 }),
      await dispatch(h, 'process:get', { id: 999 }),
      await roleWithDuty(h, { text: '   ' }),
      await dispatch(h, 'competency:create', {
        kind: 'skill',
        nameZh: '沟通',
        nameEn: '',
        descriptionZh: '',
        descriptionEn: '',
        levels: [{ level: 2, indicatorZh: '', indicatorEn: '' }],
      }),
    ];
    for (const result of failures) {
      const zh = await shown(result, 'zh-CN');
      expect(zh, zh).not.toBe(MESSAGES['zh-CN'].errors.INTERNAL);
      expect(englishWords(zh), zh).toEqual([]);
    }
  });
});
