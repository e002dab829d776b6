import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../../shared/analysis/settings';
import type { AnalysisLibrary } from '../../../shared/analysis/types';
import type { Role } from '../../../shared/domain';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { openTempSession } from '../helpers/tempFiles';

/*
 * What the analysis inputs send to main, through dispatch on a real library file: a role's
 * annual cost and monthly wage (role:save → role:get → the rate analysis:library gives) and
 * the library's analysis settings (analysis:setSettings → analysis:library).
 */

const DEFAULT_THRESHOLDS_COPY = { ...DEFAULT_ANALYSIS_SETTINGS.thresholds };

function setup() {
  const { session, file } = openTempSession();
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, payload, { validateResponses: true });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as T;
  };
  const refused = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
  return { call, refused, file };
}

type Cost = { annualCost: number | null; monthlyWage: number | null };

/** role:save's request for `role` with the given cost (everything else as created). */
function draftOf(role: Role, departmentId: number, cost: Cost) {
  return {
    expectedVersion: role.editVersion,
    id: role.id,
    title: role.title,
    code: '',
    departmentId,
    reportsToId: null,
    headcount: 3,
    grade: '',
    purpose: '',
    template: 'zh',
    details: { ...emptyRoleDetails(), ...cost },
    competencies: [],
    duties: [],
  };
}

async function roleWithCost(call: ReturnType<typeof setup>['call'], cost: Cost) {
  const claims = await call<{ id: number }>('department:create', {
    name: '理赔部',
    parentId: null,
  });
  const role = await call<Role>('role:create', { departmentId: claims.id, title: '理赔员' });
  const saved = await call<Role>('role:save', draftOf(role, claims.id, cost));
  return { saved, departmentId: claims.id };
}

describe('a role’s cost', () => {
  it('round-trips through role:save and gives the hourly rate of §b4', async () => {
    const { call } = setup();
    const { saved } = await roleWithCost(call, { annualCost: 120000, monthlyWage: 8000 });
    const read = await call<Role>('role:get', { id: saved.id });
    expect(read.details).toMatchObject({ annualCost: 120000, monthlyWage: 8000 });
    const library = await call<AnalysisLibrary>('analysis:library', {});
    // The annual cost wins: 120,000 ÷ 2,000 h.
    expect(library.roles.find((r) => r.id === saved.id)?.hourlyRate).toBe(60);
  });

  it('falls back to the monthly wage ÷ (21.75 × 8) when no annual cost is given', async () => {
    const { call } = setup();
    const { saved } = await roleWithCost(call, { annualCost: null, monthlyWage: 8700 });
    const library = await call<AnalysisLibrary>('analysis:library', {});
    expect(library.roles.find((r) => r.id === saved.id)?.hourlyRate).toBe(50);
  });

  it('refuses a negative annual cost instead of storing it', async () => {
    const { call, refused } = setup();
    const { saved, departmentId } = await roleWithCost(call, { annualCost: 1, monthlyWage: null });
    const draft = draftOf(saved, departmentId, { annualCost: -1, monthlyWage: null });
    const result = await refused('role:save', draft);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // The same draft with a valid cost is accepted: the refusal was the cost.
    await call('role:save', { ...draft, details: { ...draft.details, annualCost: 2 } });
    const read = await call<Role>('role:get', { id: saved.id });
    expect(read.details.annualCost).toBe(2);
  });
});

describe('the library’s analysis settings', () => {
  it('default to the working day, 2,000 hours and the default thresholds', async () => {
    const { call } = setup();
    const library = await call<AnalysisLibrary>('analysis:library', {});
    expect(library.settings).toEqual(DEFAULT_ANALYSIS_SETTINGS);
  });

  it('round-trip through analysis:setSettings, and standard hours change the rates', async () => {
    const { call } = setup();
    const { saved: role } = await roleWithCost(call, { annualCost: 96000, monthlyWage: null });
    const settings = {
      timeBasis: 'calendar' as const,
      standardHours: 1920,
      thresholds: { ...DEFAULT_ANALYSIS_SETTINGS.thresholds, longWaitMinutes: 960, runLength: 4 },
      staffing: {
        ...DEFAULT_ANALYSIS_SETTINGS.staffing,
        preset: 'calendar2025' as const,
        workingDays: 248,
      },
    };
    expect(await call('analysis:setSettings', settings)).toEqual(settings);
    const library = await call<AnalysisLibrary>('analysis:library', {});
    expect(library.settings).toEqual(settings);
    expect(library.roles.find((r) => r.id === role.id)?.hourlyRate).toBe(50);
  });

  it.each([
    ['an unknown time basis', { timeBasis: 'lunar' }],
    ['zero standard hours', { standardHours: 0 }],
    ['a threshold out of range', { thresholds: { ...DEFAULT_THRESHOLDS_COPY, approvalShare: 2 } }],
    ['a fractional count', { thresholds: { ...DEFAULT_THRESHOLDS_COPY, manyRoles: 2.5 } }],
    ['an unknown key', { extra: true }],
  ])('refuses %s and keeps what was stored', async (_label, change) => {
    const { call, refused } = setup();
    const result = await refused('analysis:setSettings', {
      ...DEFAULT_ANALYSIS_SETTINGS,
      ...change,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const library = await call<AnalysisLibrary>('analysis:library', {});
    expect(library.settings).toEqual(DEFAULT_ANALYSIS_SETTINGS);
  });

  it('fall back to the defaults when the stored value is damaged (a missing threshold alone)', async () => {
    const { call, file } = setup();
    const store = (value: string) => {
      const raw = new Database(file);
      raw
        .prepare(
          "INSERT INTO library_settings (key, value) VALUES ('analysis', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(value);
      raw.close();
    };
    store('{not json');
    expect((await call<AnalysisLibrary>('analysis:library', {})).settings).toEqual(
      DEFAULT_ANALYSIS_SETTINGS,
    );
    // A threshold a newer RoleFlow added is missing: the others are kept, it takes its default.
    const { runLength: _missing, ...older } = DEFAULT_ANALYSIS_SETTINGS.thresholds;
    store(JSON.stringify({ timeBasis: 'calendar', standardHours: 1920, thresholds: older }));
    expect((await call<AnalysisLibrary>('analysis:library', {})).settings).toEqual({
      ...DEFAULT_ANALYSIS_SETTINGS,
      timeBasis: 'calendar',
      standardHours: 1920,
    });
    store(JSON.stringify({ timeBasis: 'calendar', standardHours: -5 }));
    expect((await call<AnalysisLibrary>('analysis:library', {})).settings).toEqual(
      DEFAULT_ANALYSIS_SETTINGS,
    );
  });
});
