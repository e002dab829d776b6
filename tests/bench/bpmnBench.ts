import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBpmn } from '../../electron/interchange/bpmnImport';

/*
 * BPMN import figures: the time to import all 21 MIWG reference models
 * (../shared/corpora/bpmn-miwg beside the repository; target ≤ 1 s in total). Files are read
 * before timing, every model is imported once to warm up, then whole passes are timed and
 * the median pass is reported — the work of one import of each file: decoding and the guard,
 * bpmn-moddle's parse, the text index and the mapping to RoleFlow graphs.
 * Prints figures, never fails on them.
 */

export type BpmnBenchResult = { files: number; totalMs: number };

const CORPUS = path.resolve('..', 'shared', 'corpora', 'bpmn-miwg');
const PASSES = 5;

export async function benchBpmnImport(): Promise<BpmnBenchResult> {
  const files = fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((name) => name.endsWith('.bpmn'))
        .sort()
    : [];
  const contents = files.map((name) => fs.readFileSync(path.join(CORPUS, name)));
  for (const bytes of contents) await importBpmn(bytes);
  const passes: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    for (const bytes of contents) await importBpmn(bytes);
    passes.push(performance.now() - start);
  }
  passes.sort((a, b) => a - b);
  return { files: files.length, totalMs: passes[Math.floor(passes.length / 2)] ?? Number.NaN };
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/bpmnBench.ts` prints the figure beside its target.
  const { files, totalMs } = await benchBpmnImport();
  console.log(`BPMN import, ${files} MIWG reference models (warm, median of ${PASSES} passes)`);
  console.log(`  total   ${totalMs.toFixed(1)} ms   (target ≤ 1000 ms)`);
  console.log(`  per file ${(totalMs / Math.max(1, files)).toFixed(1)} ms`);
}
