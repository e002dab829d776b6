import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRoleDocx } from '../../electron/export/roleDocument';
import { WordWorker } from '../../electron/import/wordWorker';
import { createServices } from '../../electron/ipc/handlers';
import { LibrarySession } from '../../electron/library/librarySession';
import { ImportService } from '../../electron/services/importService';
import { NO_DIALOGS } from '../../electron/services/libraryService';
import { confirmedRoleOf, initialChoice } from '../../shared/import/confirm';
import { TEAM_DOCUMENTS } from '../fixtures/wordDocuments';
import { manyContexts } from '../unit/export/sampleRoles';

/*
 * Word import of 100 descriptions (a folder: 80 RoleFlow exports, Chinese and English, and 20
 * written by the team) through the import service and the built worker
 * (dist/electron/importWorker.cjs; `npm run bench` builds first): the time to read them all
 * as one job, and to store the 100 confirmed roles. Prints figures, never fails on them.
 */

export type ImportBenchResult = { files: number; readMs: number; commitMs: number; read: number };

const FILES = 100;
const progress = (message: string) => process.stderr.write(`… ${message}\n`);

async function writeFolder(folder: string): Promise<void> {
  const exported = [...manyContexts(40, 'zh'), ...manyContexts(40, 'en')];
  for (const [index, ctx] of exported.entries()) {
    fs.writeFileSync(path.join(folder, `export-${index}.docx`), await buildRoleDocx(ctx));
  }
  const team = Object.values(TEAM_DOCUMENTS);
  for (let index = 0; exported.length + index < FILES; index += 1) {
    const make = team[index % team.length];
    if (make) fs.writeFileSync(path.join(folder, `team-${index}.docx`), await make());
  }
}

export async function benchImport(): Promise<ImportBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-import-bench-'));
  const session = new LibrarySession();
  const worker = new WordWorker(path.resolve('dist/electron/importWorker.cjs'));
  try {
    const files = path.join(folder, 'descriptions');
    fs.mkdirSync(files);
    progress(`writing ${FILES} Word descriptions`);
    await writeFolder(files);
    const status = session.open(path.join(folder, 'library.sqlite'), { create: true });
    if (status.state !== 'open') throw new Error(status.message);
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
    const picker = { chooseWordFiles: () => Promise.resolve([files]) };
    const imports = new ImportService(session, services.roles, picker, worker);

    progress(`importing ${FILES} Word descriptions`);
    let start = process.hrtime.bigint();
    const { pickId } = await imports.pickWord('folder');
    const { jobId } = imports.startWord({ kind: 'picked', pickId });
    let job = imports.job(jobId);
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = imports.job(jobId);
    }
    const readMs = Number(process.hrtime.bigint() - start) / 1e6;

    const confirmed = job.files.flatMap((file) => {
      const role =
        file.preview && confirmedRoleOf(file.fileName, file.preview, initialChoice(file.preview));
      return role ? [role] : [];
    });
    start = process.hrtime.bigint();
    imports.commitWord(confirmed);
    const commitMs = Number(process.hrtime.bigint() - start) / 1e6;
    return { files: FILES, readMs, commitMs, read: confirmed.length };
  } finally {
    worker.close();
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function printImportFigures(r: ImportBenchResult): void {
  const line = (name: string, value: string, note: string) =>
    console.log(`${name.padEnd(56)}${value.padStart(12)}   ${note}`);
  console.log('\nWord import (80 RoleFlow exports, 20 written by the team)\n');
  line(
    `read ${r.files} descriptions (one job, worker)`,
    `${(r.readMs / 1000).toFixed(2)} s`,
    `${(r.readMs / r.files).toFixed(0)} ms a file`,
  );
  line(
    `store ${r.read} confirmed roles`,
    `${r.commitMs.toFixed(0)} ms`,
    'one transaction per role',
  );
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) printImportFigures(await benchImport());
