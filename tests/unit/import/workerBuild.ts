import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The import worker built as scripts/build.mjs builds it, into a temporary folder: the unit
 * tests run the real worker file, not the TypeScript source.
 */
export async function buildImportWorker(): Promise<string> {
  // Inside the worktree, so the worker's require('mammoth') finds node_modules as dist/ does.
  const folder = path.resolve('test-results', `import-worker-${process.pid}`);
  fs.mkdirSync(folder, { recursive: true });
  const outfile = path.join(folder, 'importWorker.cjs');
  await build({
    entryPoints: ['electron/import/importWorker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['mammoth', 'yauzl'],
  });
  return outfile;
}
