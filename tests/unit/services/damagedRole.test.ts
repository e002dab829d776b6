import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Role } from '../../../shared/domain';
import { openTempSession } from '../helpers/tempFiles';

/*
 * A role whose stored sections (role details JSON) were damaged outside RoleFlow: it must
 * never read back empty and then be saved over (13,793 bytes once became 34).
 */
describe('a role whose stored sections fail their schema', () => {
  function setup() {
    const { session, file } = openTempSession();
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
    const handlers = createHandlers(services);
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = await dispatch(handlers, channel, payload);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.data as T;
    };
    const department = services.departments.create('人力资源部', null);
    const role = services.roles.create(department.id, '招聘主管');
    const {
      key: _k,
      status: _s,
      version: _v,
      editVersion: _e,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = role;
    services.roles.save(
      {
        ...draft,
        details: {
          ...role.details,
          authority: '审批部门内的招聘需求',
          education: '本科及以上',
          kpis: [{ name: '招聘及时率', target: '≥ 95%', period: 'monthly' }],
        },
      },
      role.editVersion,
    );
    return { services, call, handlers, file, role };
  }

  function damage(file: string, roleId: number, document: string): Database.Database {
    const raw = new Database(file);
    raw.prepare('UPDATE role_details SET document = ? WHERE role_id = ?').run(document, roleId);
    return raw;
  }

  it('opens read-only with what could be recovered, refuses saves, keeps the bytes, repairs', async () => {
    const { call, handlers, file, role } = setup();
    const raw = new Database(file);
    const read = raw.prepare('SELECT document FROM role_details WHERE role_id = ?');
    const stored = JSON.parse((read.get(role.id) as { document: string }).document) as object;
    // One field of the wrong type (a KPI period no version of RoleFlow wrote).
    const damaged = JSON.stringify({
      ...stored,
      kpis: [{ name: '招聘及时率', target: '≥ 95%', period: 'fortnightly' }],
    });
    damage(file, role.id, damaged).close();

    const opened = await call<Role>('role:get', { id: role.id });
    expect(opened.damaged).toEqual(['details']);
    // Not empty: every valid section is shown.
    expect(opened.details.authority).toBe('审批部门内的招聘需求');
    expect(opened.details.education).toBe('本科及以上');

    const {
      key: _k,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      damaged: _d,
      ...draft
    } = opened;
    const saved = await dispatch(handlers, 'role:save', {
      ...draft,
      title: '招聘经理',
      expectedVersion: editVersion,
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'DOCUMENT_DAMAGED' } });
    const approved = await dispatch(handlers, 'role:approve', {
      id: role.id,
      note: '',
      approver: '王芳',
      expectedVersion: editVersion,
    });
    expect(approved).toMatchObject({ ok: false, error: { code: 'DOCUMENT_DAMAGED' } });
    expect((read.get(role.id) as { document: string }).document).toBe(damaged);

    const repaired = await call<Role>('role:repair', { id: role.id });
    expect(repaired.damaged).toBeUndefined();
    expect(repaired.details.authority).toBe('审批部门内的招聘需求');
    const folder = path.dirname(file);
    const kept = fs.readdirSync(folder).filter((name) => name.includes('.damaged-role-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, kept[0] ?? ''), 'utf8')).toBe(damaged);
    await expect(
      call('role:save', { ...draft, title: '招聘经理', expectedVersion: repaired.editVersion }),
    ).resolves.toMatchObject({
      title: '招聘经理',
    });
    raw.close();
  });

  it('truncated text that is no JSON at all is damaged too, not an empty role', async () => {
    const { call, file, role } = setup();
    damage(file, role.id, '{"authority": "审批部门内的招聘').close();

    const opened = await call<Role>('role:get', { id: role.id });
    expect(opened.damaged).toEqual(['details']);
  });
});
