import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import {
  rememberExportFolder,
  SettingsStore,
  sweepExportFolders,
} from '../../../electron/library/settings';
import type { FileDelivery } from '../../../electron/services/exportService';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession, tempFolder } from '../helpers/tempFiles';

afterEach(() => vi.restoreAllMocks());

/** The desktop app's export path: the user picked `target` in the save dialog. */
function exportTo(target: string) {
  const { session } = openTempSession();
  const delivery: FileDelivery = { chooseTarget: () => Promise.resolve(target) };
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null, delivery });
  const handlers = createHandlers(services);
  const department = services.departments.create('人力资源部', null);
  const role = services.roles.create(department.id, '招聘专员');
  return () => dispatch(handlers, 'export:roleDocx', { id: role.id, version: null });
}

describe('exported files', () => {
  it('are synced to the disk before they are renamed into place', async () => {
    const folder = tempFolder();
    const target = path.join(folder, '招聘专员.docx');
    const exportRole = exportTo(target);
    const order: string[] = [];
    const fsync = fs.fsyncSync.bind(fs);
    const rename = fs.renameSync.bind(fs);
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
      order.push('fsync');
      fsync(fd);
    });
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      order.push(`rename ${path.basename(String(to))}`);
      rename(from, to);
    });

    expect(await exportRole()).toMatchObject({ ok: true });

    expect(order.slice(0, 2)).toEqual(['fsync', 'rename 招聘专员.docx']);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(folder)).toEqual(['招聘专员.docx']);
  });

  it('leave no temporary file behind when writing fails', async () => {
    const folder = tempFolder();
    // A folder where the file should go: the rename fails after the bytes were written.
    const target = path.join(folder, 'taken.docx');
    fs.mkdirSync(target);

    const result = await exportTo(target)();

    expect(result.ok).toBe(false);
    expect(fs.readdirSync(folder)).toEqual(['taken.docx']);
  });

  it('that a crash left half-written are removed at the next start', () => {
    const data = tempFolder();
    const documents = tempFolder();
    const settings = new SettingsStore(data);
    rememberExportFolder(settings, documents);
    // What a RoleFlow killed mid-export leaves (its pid is long gone), and one still writing.
    const abandoned = `.招聘专员.docx.${2 ** 22 + 17}-0a1b2c3d.roleflow-tmp`;
    const running = `.手册.docx.${process.pid}-0a1b2c3d.roleflow-tmp`;
    for (const name of [abandoned, running, 'keep.docx']) {
      fs.writeFileSync(path.join(documents, name), 'partial');
    }

    expect(sweepExportFolders(settings)).toBe(1);

    expect(fs.readdirSync(documents).sort()).toEqual([running, 'keep.docx'].sort());
  });
});
