import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordWorker } from '../../../electron/import/wordWorker';
import { createServices } from '../../../electron/ipc/handlers';
import { ImportService } from '../../../electron/services/importService';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { contract } from '../../../shared/contract';
import type { ConfirmedRole, WordJob } from '../../../shared/contract/importChannels';
import { confirmedRoleOf, initialChoice } from '../../../shared/import/confirm';
import { TEAM_DOCUMENTS } from '../../fixtures/wordDocuments';
import { openTempSession, tempFolder } from '../helpers/tempFiles';
import { buildImportWorker } from '../import/workerBuild';
import { zipBomb } from '../import/zipBomb';

/*
 * The import service as both hosts use it: a folder read as a job (per-file results, a bomb
 * refused, a text file skipped), nothing stored until the user confirms, then one draft role
 * per confirmed file.
 */

let worker: WordWorker;
beforeAll(async () => {
  worker = new WordWorker(await buildImportWorker());
}, 60_000);
afterAll(() => worker.close());

async function finished(service: ImportService, jobId: string): Promise<WordJob> {
  for (;;) {
    const job = service.job(jobId);
    // Every answer is one the contract lets through to the page.
    contract['import:job'].response.parse(job);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function folderOfDescriptions(): Promise<string> {
  const folder = tempFolder();
  fs.writeFileSync(path.join(folder, '招聘专员.docx'), await TEAM_DOCUMENTS['招聘专员.docx']());
  fs.writeFileSync(
    path.join(folder, 'finance-officer.docx'),
    await TEAM_DOCUMENTS['finance-officer.docx'](),
  );
  fs.writeFileSync(path.join(folder, 'bomb.docx'), zipBomb(true));
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a description');
  return folder;
}

function setUp(folder: string) {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const picker = { chooseWordFiles: () => Promise.resolve([folder]) };
  const imports = new ImportService(session, services.roles, picker, worker);
  return { services, imports };
}

describe('importing a folder of Word descriptions', () => {
  it('reports per file, stores nothing until confirmed, then creates draft roles', async () => {
    const { services, imports } = setUp(await folderOfDescriptions());
    const hr = services.departments.create('人力资源部', null);
    const manager = services.roles.create(hr.id, '人力资源经理');

    const pick = await imports.pickWord('folder');
    expect(pick.fileNames).toEqual([
      'bomb.docx',
      'finance-officer.docx',
      'notes.txt',
      '招聘专员.docx',
    ]);
    const job = await finished(
      imports,
      imports.startWord({ kind: 'picked', pickId: pick.pickId }).jobId,
    );

    expect(job).toMatchObject({ state: 'done', done: 4, total: 4 });
    expect(job.files.map((f) => [f.fileName, f.state, f.code ?? f.skipped])).toEqual([
      ['bomb.docx', 'refused', 'WORD_INFLATES_TOO_MUCH'],
      ['finance-officer.docx', 'read', null],
      ['notes.txt', 'skipped', 'notDocx'],
      ['招聘专员.docx', 'read', null],
    ]);
    const recruiter = job.files[3]?.preview;
    expect(recruiter).toMatchObject({ departmentId: hr.id, reportsToId: manager.id });
    expect(job.files[1]?.preview).toMatchObject({ departmentId: null, reportsToId: null });
    // Read, not stored: the library still has its one role.
    expect(services.roles.list(null)).toHaveLength(1);

    const confirmed: ConfirmedRole[] = job.files.flatMap((file) => {
      const role =
        file.preview && confirmedRoleOf(file.fileName, file.preview, initialChoice(file.preview));
      return role ? [role] : [];
    });
    const request = contract['import:commitWord'].request.parse({ roles: confirmed });
    const { results } = imports.commitWord(request.roles);
    expect(results.map((r) => [r.fileName, r.error])).toEqual([
      ['finance-officer.docx', null],
      ['招聘专员.docx', null],
    ]);
    const recruiterRole = services.roles.get(results[1]?.roleId ?? 0);
    expect(recruiterRole).toMatchObject({
      title: '招聘专员',
      code: 'HR-003',
      departmentId: hr.id,
      reportsToId: manager.id,
      headcount: 2,
      status: 'draft',
    });
    expect(recruiterRole.duties.map((d) => d.weight)).toEqual([20, 40, 25, 15]);
    expect(recruiterRole.details.education).toBe('大专及以上');
    const finance = services.departments.list().find((d) => d.name === 'Finance');
    expect(services.roles.get(results[0]?.roleId ?? 0).departmentId).toBe(finance?.id);
  });

  it('stops when cancelled and lists the files it did not read', async () => {
    const folder = tempFolder();
    const bytes = await TEAM_DOCUMENTS['policy-adviser.docx']();
    for (let i = 0; i < 8; i += 1) fs.writeFileSync(path.join(folder, `role-${i}.docx`), bytes);
    const { imports } = setUp(folder);
    const pick = await imports.pickWord('folder');
    const { jobId } = imports.startWord({ kind: 'picked', pickId: pick.pickId });
    imports.cancel(jobId);
    const job = await finished(imports, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.files.every((f) => f.state === 'skipped' && f.skipped === 'stopped')).toBe(true);
  });

  it('reads uploaded files, refusing what the page could not send', async () => {
    const { imports } = setUp(tempFolder());
    const data = (await TEAM_DOCUMENTS['薪酬专员.docx']()).toString('base64');
    const { jobId } = imports.startWord({
      kind: 'uploaded',
      files: [
        { fileName: 'folder/薪酬专员.docx', data, refused: null },
        { fileName: 'huge.docx', data: null, refused: 'WORD_BATCH_FULL' },
        {
          fileName: 'garbage.docx',
          data: Buffer.from('garbage').toString('base64'),
          refused: null,
        },
      ],
    });
    const job = await finished(imports, jobId);
    expect(job.files.map((f) => [f.fileName, f.state, f.code])).toEqual([
      ['薪酬专员.docx', 'read', null],
      ['huge.docx', 'refused', 'WORD_BATCH_FULL'],
      ['garbage.docx', 'refused', 'WORD_DAMAGED'],
    ]);
  });
});
