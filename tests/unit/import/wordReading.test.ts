import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { WORD_LIMITS } from '../../../electron/import/limits';
import { WordWorker } from '../../../electron/import/wordWorker';
import { guardDocx } from '../../../electron/import/zipGuard';
import { zhContext } from '../export/sampleRoles';
import { buildImportWorker } from './workerBuild';
import { zipBomb } from './zipBomb';

/*
 * Word files are hostile input: a zip bomb, a truncated file, garbage, an old .doc and a file
 * that takes too long are refused with their code, in the worker, and the process goes on
 * reading the next good file.
 */

let worker: WordWorker;
let workerPath = '';

beforeAll(async () => {
  workerPath = await buildImportWorker();
  worker = new WordWorker(workerPath);
}, 60_000);

afterAll(() => worker.close());

async function refusal(bytes: Buffer, reader = worker): Promise<string> {
  const read = await reader.read(bytes);
  return read.ok ? 'read' : read.code;
}

describe('the zip guard', () => {
  it('refuses a 410 KB zip bomb by its declared sizes', async () => {
    const bomb = zipBomb(false);
    expect(bomb.length).toBeLessThan(450 * 1024);
    await expect(guardDocx(bomb, WORD_LIMITS)).rejects.toMatchObject({
      code: 'WORD_INFLATES_TOO_MUCH',
    });
  });

  it('refuses a zip bomb that lies about its sizes, while inflating', async () => {
    const before = process.memoryUsage().rss;
    await expect(guardDocx(zipBomb(true), WORD_LIMITS)).rejects.toMatchObject({
      code: 'WORD_INFLATES_TOO_MUCH',
    });
    // Counting stops at the first kilobytes past the declared size; nothing big was held.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses more entries than the cap', async () => {
    const limits = { ...WORD_LIMITS, entries: 3 };
    await expect(guardDocx(zipBomb(false), limits)).rejects.toMatchObject({
      code: 'WORD_TOO_MANY_PARTS',
    });
  });
});

describe('reading in the worker', () => {
  it('refuses bombs, truncated files, garbage, empty files and old .doc, then reads a good file', async () => {
    const good = await buildRoleDocx(zhContext());
    expect(await refusal(zipBomb(false))).toBe('WORD_INFLATES_TOO_MUCH');
    expect(await refusal(zipBomb(true))).toBe('WORD_INFLATES_TOO_MUCH');
    expect(await refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe('WORD_DAMAGED');
    expect(await refusal(Buffer.from('This is not a Word file at all.'.repeat(50)))).toBe(
      'WORD_DAMAGED',
    );
    expect(await refusal(Buffer.alloc(0))).toBe('WORD_EMPTY');
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect(await refusal(ole)).toBe('WORD_OLD_FORMAT');

    const read = await worker.read(good);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.blocks.some((b) => b.kind === 'table')).toBe(true);
  });

  it('refuses a zip that is not a Word document', async () => {
    const { zipStore } = await import('./zipStore');
    expect(await refusal(zipStore({ 'xl/workbook.xml': '<workbook/>' }))).toBe('WORD_NOT_DOCX');
  });

  it('ends a worker that takes too long and reads the next file with a fresh one', async () => {
    const good = await buildRoleDocx(zhContext());
    // A time limit no real read meets: the worker is ended with "took too long".
    const hurried = new WordWorker(workerPath, { ...WORD_LIMITS, millisPerFile: 1 });
    expect(await refusal(good, hurried)).toBe('WORD_TOO_SLOW');
    hurried.close();
    expect((await worker.read(good)).ok).toBe(true);
  });

  it('stops a read when the job is cancelled', async () => {
    const controller = new AbortController();
    const reading = worker.read(await buildRoleDocx(zhContext()), controller.signal);
    controller.abort();
    expect(await refusal(Buffer.alloc(0))).toBe('WORD_EMPTY');
    expect((await reading).ok).toBe(false);
  });
});
