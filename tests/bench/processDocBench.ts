import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProcessDocx } from '../../electron/export/process/processDocument';
import { createServices } from '../../electron/ipc/handlers';
import { LibrarySession } from '../../electron/library/librarySession';
import { seedSampleLibrary } from '../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../electron/services/libraryService';

/*
 * The 流程说明书 of the insurer's as-is map (35 steps, 5 lanes, 6 map pages) from the sample
 * library: gathering its context (analysis, roles, the map's pages rasterised at MAP_DPI) and
 * packing the .docx, timed apart, a few runs. Prints figures, never fails on them.
 */

export type ProcessDocBenchResult = {
  runs: number;
  contextMedianMs: number;
  docxMedianMs: number;
  mapPages: number;
  bytes: number;
};

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchProcessDoc(): Promise<ProcessDocBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-process-doc-bench-'));
  const session = new LibrarySession();
  try {
    const status = session.open(path.join(folder, 'library.sqlite'), { create: true });
    if (status.state !== 'open') throw new Error(status.message);
    seedSampleLibrary(session.repositories());
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
    const summary = services.processes
      .list({ processClass: null, departmentId: null })
      .find((p) => p.name.startsWith('保单签发（现状）'));
    if (!summary) throw new Error('the sample has no insurer as-is process');
    const process = services.processes.get(summary.id);
    const contextTimes: number[] = [];
    const docxTimes: number[] = [];
    let mapPages = 0;
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const ctx = services.processDocs.context(process, 'zh');
      const built = performance.now();
      const docx = await buildProcessDocx(ctx);
      contextTimes.push(built - start);
      docxTimes.push(performance.now() - built);
      mapPages = ctx.mapPages.length;
      bytes = docx.length;
    }
    return {
      runs: RUNS,
      contextMedianMs: median(contextTimes),
      docxMedianMs: median(docxTimes),
      mapPages,
      bytes,
    };
  } finally {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function printProcessDocFigures(result: ProcessDocBenchResult): void {
  console.log('\n流程说明书 (insurer as-is map, sample library)');
  console.log(
    `  context (analysis + ${result.mapPages} map pages rasterised): median ${Math.round(result.contextMedianMs)} ms of ${result.runs}`,
  );
  console.log(
    `  .docx packing: median ${Math.round(result.docxMedianMs)} ms; ${Math.round(result.bytes / 1024)} KB`,
  );
}
