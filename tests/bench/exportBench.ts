import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildHandbook } from '../../electron/export/handbook';
import { buildRoleDocx } from '../../electron/export/roleDocument';
import { manyContexts, zhContext } from '../unit/export/sampleRoles';

/*
 * Export figures: one position description (median of 50 warm runs; target ≤ 25 ms) and a
 * 500-role handbook's time and peak memory (targets ≤ 10 s and ≤ 400 MB). Prints figures,
 * never fails on them.
 *
 * Peak memory is the handbook child process's `process.resourceUsage().maxRSS` (the kernel's
 * high-water mark of resident memory, so no sample can miss a spike). The child runs this
 * file bundled by esbuild under plain `node`, as the app runs bundled code: a TypeScript
 * loader (tsx) in the child would add its own ~40-60 MB and measure the loader, not the export.
 * The figure includes Node itself (~45 MB with docx loaded).
 */

export type ExportBenchResult = {
  oneRoleMedianMs: number;
  handbookRoles: number;
  handbookMs: number;
  handbookPeakRssMb: number;
};

const WARM_UP = 10;
const RUNS = 50;
const HANDBOOK_ROLES = 500;
const CHILD_FLAG = '--export-bench-handbook';

const run = promisify(execFile);
const progress = (message: string) => process.stderr.write(`… ${message}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

async function oneRoleMedianMs(): Promise<number> {
  const ctx = zhContext();
  for (let i = 0; i < WARM_UP; i++) await buildRoleDocx(ctx);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await buildRoleDocx(ctx);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

type ChildResult = { ms: number; maxRssKb: number; bytes: number };

/** In the child: builds the handbook once and reports time and peak RSS as JSON. */
async function handbookChild(roles: number): Promise<void> {
  const contexts = manyContexts(roles);
  // Departments of 25 roles, as an organisation's handbook has them.
  const groups = Array.from({ length: Math.ceil(roles / 25) }, (_, i) => ({
    name: `部门 ${i + 1}`,
    roles: contexts.slice(i * 25, (i + 1) * 25),
  }));
  const start = performance.now();
  const buffer = await buildHandbook({
    title: '职位说明书汇编',
    departmentName: null,
    groups,
    lang: 'zh',
  });
  const result: ChildResult = {
    ms: performance.now() - start,
    maxRssKb: process.resourceUsage().maxRSS,
    bytes: buffer.length,
  };
  process.stdout.write(JSON.stringify(result));
}

async function handbookInChild(roles: number): Promise<ChildResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-export-bench-'));
  try {
    const bundle = path.join(folder, 'exportBench.mjs');
    // Imported here only: the bundle itself never needs esbuild.
    const { build } = await import('esbuild');
    await build({
      entryPoints: [fileURLToPath(import.meta.url)],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['esbuild'],
      logLevel: 'warning',
    });
    const { stdout } = await run(process.execPath, [bundle, CHILD_FLAG, String(roles)], {
      timeout: 120_000,
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(stdout) as ChildResult;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function benchExport(): Promise<ExportBenchResult> {
  progress(`one position description, ${RUNS} warm runs`);
  const oneRole = await oneRoleMedianMs();
  progress(`a ${HANDBOOK_ROLES}-role handbook in a child process`);
  const handbook = await handbookInChild(HANDBOOK_ROLES);
  return {
    oneRoleMedianMs: oneRole,
    handbookRoles: HANDBOOK_ROLES,
    handbookMs: handbook.ms,
    handbookPeakRssMb: handbook.maxRssKb / 1024,
  };
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (process.argv.includes(CHILD_FLAG)) {
  await handbookChild(Number(process.argv[process.argv.indexOf(CHILD_FLAG) + 1]));
} else if (isMain) {
  // `npx tsx tests/bench/exportBench.ts` prints the figures beside their targets.
  const r = await benchExport();
  const line = (name: string, value: string, target: string) =>
    console.log(`${name.padEnd(28)}${value.padStart(12)}   target ${target}`);
  line('one role, median', `${r.oneRoleMedianMs.toFixed(1)} ms`, '≤ 25 ms');
  line(`handbook, ${r.handbookRoles} roles`, `${(r.handbookMs / 1000).toFixed(2)} s`, '≤ 10 s');
  line('handbook, peak RSS', `${r.handbookPeakRssMb.toFixed(0)} MB`, '≤ 400 MB');
}
