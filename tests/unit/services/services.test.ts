import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { LibrarySession } from '../../../electron/library/librarySession';
import { SettingsStore } from '../../../electron/library/settings';
import { NO_DIALOGS, type LibraryDialogs } from '../../../electron/services/libraryService';
import { openTempSession, tempFolder } from '../helpers/tempFiles';

function services() {
  const { session } = openTempSession();
  return createServices({ session, dialogs: NO_DIALOGS, settings: null });
}

describe('DepartmentService', () => {
  it('refuses to delete a department that still has roles or sub-departments, unless told what becomes of them', () => {
    const { departments, roles, usage } = services();
    const hr = departments.create('人力资源部', null);
    const child = departments.create('招聘组', hr.id);
    expect(() => usage.deleteDepartment(hr.id, undefined, 0)).toThrow(/in use/);
    roles.create(child.id, '招聘专员');
    expect(() => usage.deleteDepartment(child.id, undefined, 0)).toThrow(/in use/);
    expect(() => usage.deleteDepartment(child.id, { mode: 'unbind' }, 0)).toThrow(
      /still has roles/,
    );
    expect(departments.list()).toHaveLength(2);
  });

  it('refuses a parent that does not exist', () => {
    expect(() => services().departments.create('x', 999)).toThrow(/does not exist/);
  });
});

describe('RoleService', () => {
  it('refuses a reporting loop and a role reporting to itself', () => {
    const { departments, roles } = services();
    const hr = departments.create('HR', null);
    const boss = roles.create(hr.id, 'Boss');
    const staff = roles.create(hr.id, 'Staff');
    roles.save({ ...staff, reportsToId: boss.id, duties: [] }, 0);
    expect(() => roles.save({ ...boss, reportsToId: staff.id, duties: [] }, 0)).toThrow(/loop/);
    expect(() => roles.save({ ...boss, reportsToId: boss.id, duties: [] }, 0)).toThrow(/itself/);
  });

  it('refuses a duty without text and keeps what was saved', () => {
    const { departments, roles } = services();
    const hr = departments.create('HR', null);
    const role = roles.create(hr.id, 'Clerk');
    const blank = {
      text: '   ',
      category: null,
      weight: null,
      frequency: null,
      standard: '',
      kpi: '',
      source: 'typed' as const,
    };
    expect(() => roles.save({ ...role, title: 'Changed', duties: [blank] }, 0)).toThrow(
      /description/,
    );
    expect(roles.get(role.id).title).toBe('Clerk');
  });
});

describe('LibraryService', () => {
  function dialogs(newFile: string | null, existingFile: string | null): LibraryDialogs {
    return {
      chooseNewLibraryFile: () => Promise.resolve(newFile),
      chooseExistingLibraryFile: () => Promise.resolve(existingFile),
    };
  }

  it('opens the library remembered from last time', () => {
    const folder = tempFolder();
    const settings = new SettingsStore(folder);
    const first = new LibrarySession();
    createServices({ session: first, dialogs: NO_DIALOGS, settings }).library.openInitial(
      path.join(folder, 'default.sqlite'),
    );
    first.close();
    const other = path.join(folder, 'other.sqlite');
    const maker = new LibrarySession();
    maker.open(other, { create: true });
    maker.close();
    settings.write({ lastLibrary: other });

    const second = new LibrarySession();
    const status = createServices({
      session: second,
      dialogs: NO_DIALOGS,
      settings,
    }).library.openInitial(path.join(folder, 'default.sqlite'));
    expect(status).toMatchObject({ state: 'open', name: 'other.sqlite' });
    second.close();
  });

  it('creates a new library, remembers it, and never overwrites an existing file', async () => {
    const folder = tempFolder();
    const settings = new SettingsStore(folder);
    const target = path.join(folder, 'new.sqlite');
    const session = new LibrarySession();
    const library = createServices({ session, dialogs: dialogs(target, null), settings }).library;
    await expect(library.create()).resolves.toMatchObject({ state: 'open', name: 'new.sqlite' });
    expect(settings.read().lastLibrary).toBe(target);
    await expect(library.create()).rejects.toThrow(/already exists/);
    session.close();
  });

  it('keeps the open library when the chosen one cannot be opened', async () => {
    const folder = tempFolder();
    const broken = path.join(folder, 'broken.sqlite');
    fs.writeFileSync(broken, '');
    const { session } = openTempSession();
    const library = createServices({
      session,
      dialogs: dialogs(null, broken),
      settings: null,
    }).library;
    await expect(library.open()).rejects.toMatchObject({ code: 'LIBRARY_NOT_A_LIBRARY' });
    expect(session.status()).toMatchObject({ state: 'open' });
  });

  it('reports why when nothing could be opened', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'empty.sqlite');
    fs.writeFileSync(file, '');
    const session = new LibrarySession();
    expect(session.open(file, { create: false })).toMatchObject({
      state: 'error',
      code: 'LIBRARY_NOT_A_LIBRARY',
      name: 'empty.sqlite',
    });
    expect(() => session.repositories()).toThrow(/No library is open/);
  });

  it('says the browser host cannot show file dialogs', async () => {
    const library = services().library;
    await expect(library.open()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});

describe('SettingsStore', () => {
  it('survives a missing or garbled file', () => {
    const folder = tempFolder();
    const settings = new SettingsStore(folder);
    expect(settings.read()).toEqual({});
    fs.writeFileSync(path.join(folder, 'settings.json'), '{not json');
    expect(settings.read()).toEqual({});
    settings.write({ lastLibrary: '/x/库.sqlite' });
    expect(settings.read()).toEqual({ lastLibrary: '/x/库.sqlite' });
    expect(fs.readdirSync(folder)).toEqual(['settings.json']);
  });
});
