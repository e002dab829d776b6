import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost } from '../../electron/host/server';
import { createHandlers, createServices } from '../../electron/ipc/handlers';
import type Database from 'better-sqlite3';
import { LibrarySession } from '../../electron/library/librarySession';
import { NO_DIALOGS } from '../../electron/services/libraryService';
import { generateLibrary, type LibrarySize } from './generateLibrary';
import { seededRandom } from './prng';
import { longQueries, shortQueries } from './queries';
import { openRawSearch } from './rawSearch';
import { benchSave } from './saveBench';
import { benchChecks } from './checksBench';
import { benchExport } from './exportBench';
import { benchBpmnImport } from './bpmnBench';
import { benchEditor } from './editorBench';
import { benchLayout } from './layoutBench';
import { benchAnalysis, printAnalysisFigures } from './analysisBench';
import { benchAlignment, printAlignmentFigures } from './alignmentBench';
import { benchChanges, printChangesFigures } from './changesBench';
import { benchInspection, printInspectionFigures } from './inspectionBench';
import { benchInspectionService, printInspectionServiceFigures } from './inspectionServiceBench';
import { benchInspectionReport, printInspectionReportFigures } from './inspectionReportBench';
import { benchLayoutQuality, printLayoutQuality } from './layoutQuality';
import { benchPictureExport, printPictureFigures } from './pictureBench';
import { benchImport, printImportFigures } from './importBench';
import { benchProcessDoc, printProcessDocFigures } from './processDocBench';
import { printDocumentFigures, printLayoutFigures, report } from './report';
import { elapsedMs, timeAsync, timePairSync, type Series } from './stats';

/*
 * `npm run bench`: builds a 10,000-role library and prints search and save latencies beside
 * their targets. It only ever prints figures; a slow machine must not fail a build.
 */

const SEED = 0x5eed2024;
const SIZE: LibrarySize = { roles: 10_000, duties: 100_000 };
const QUERIES = 1_000;
const WARM_UP_QUERIES = 100;
const SAVES = 500;
const WARM_UP_SAVES = 50;

const progress = (message: string) => process.stderr.write(`… ${message}\n`);

/** Every connection the bench opened, so a measurement can change a pragma on it. */
const connections: Database.Database[] = [];

function openSession(file: string, create: boolean): LibrarySession {
  const session = new LibrarySession({ onConnection: (db) => void connections.push(db) });
  const status = session.open(file, { create });
  if (status.state !== 'open') throw new Error(`library did not open: ${status.message}`);
  return session;
}

async function main(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-bench-'));
  const file = path.join(folder, 'library.sqlite');
  const random = seededRandom(SEED);
  try {
    progress(`generating ${SIZE.roles} roles and ${SIZE.duties} duties in ${file}`);
    const generating = openSession(file, true);
    let start = process.hrtime.bigint();
    generateLibrary(generating.repositories(), SIZE, random);
    const generateMs = elapsedMs(start);
    // close() runs wal_checkpoint(TRUNCATE), so the size below is the whole library.
    generating.close();
    const fileBytes = fs.statSync(file).size;

    // Reopen as the app does on start (quick_check included), and measure that library.
    start = process.hrtime.bigint();
    const session = openSession(file, false);
    const openMs = elapsedMs(start);
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });

    const long = longQueries(WARM_UP_QUERIES + QUERIES, random);
    const short = shortQueries(WARM_UP_QUERIES + QUERIES, random);
    const warm = (list: string[]) => list.slice(0, WARM_UP_QUERIES);
    const measured = (list: string[]) => list.slice(WARM_UP_QUERIES);
    const search = (text: string) => void services.search.query(text);

    // The service and the bare FTS5/LIKE queries run interleaved, term by term, so the
    // ratio against the target compares like with like.
    progress('search through SearchService.query, interleaved with raw FTS5 / LIKE');
    const raw = openRawSearch(file);
    let serviceLong: Series;
    let rawFts: Series;
    let serviceShort: Series;
    let rawLike: Series;
    const matches = new Map<string, number>();
    const hits = new Map<string, number>();
    try {
      [serviceLong, rawFts] = timePairSync(
        ['service 3+', 'raw FTS5 3+'],
        warm(long),
        measured(long),
        search,
        (t) => void raw.fts(t),
      );
      [serviceShort, rawLike] = timePairSync(
        ['service 1–2', 'raw LIKE 1–2'],
        warm(short),
        measured(short),
        search,
        (t) => void raw.like(t),
      );
      // Outside any timing: how many roles each term matches, and how many the page shows.
      for (const term of new Set(long)) matches.set(term, raw.fts(term).length);
      for (const term of new Set(short)) matches.set(term, raw.like(term).length);
      for (const term of matches.keys()) hits.set(term, services.search.query(term).length);
    } finally {
      raw.close();
    }

    progress('search through the browser host (POST /api/search:query)');
    // An empty folder of its own: the host serves static files from it, and the library
    // file beside it must not be one of them.
    const rendererDir = path.join(folder, 'renderer');
    fs.mkdirSync(rendererDir);
    const host = await startHost({ handlers: createHandlers(services), rendererDir });
    const post = async (text: string): Promise<void> => {
      const response = await fetch(`${host.url}api/search:query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-RoleFlow-Token': host.token },
        body: JSON.stringify({ text }),
      });
      const body = (await response.json()) as { ok: boolean };
      if (!body.ok) throw new Error(`search:query failed for ${JSON.stringify(text)}`);
    };
    let httpLong: Series;
    let httpShort: Series;
    try {
      httpLong = await timeAsync('HTTP 3+', warm(long), measured(long), post);
      httpShort = await timeAsync('HTTP 1–2', warm(short), measured(short), post);
    } finally {
      await host.close();
    }

    progress('saving a role with 12 duties through RoleService.save');
    // Saves as the app makes them (synchronous=FULL: durable), then the same with NORMAL,
    // so the report quotes what durability costs.
    const saves = benchSave(services, random, WARM_UP_SAVES, SAVES);
    const connection = connections[connections.length - 1];
    if (!connection || connection.pragma('synchronous', { simple: true }) !== 2) {
      throw new Error('the library was not opened with synchronous=FULL');
    }
    connection.pragma('synchronous = NORMAL');
    const savesNormal = benchSave(services, random, WARM_UP_SAVES, SAVES);
    connection.pragma('synchronous = FULL');
    const departments = services.departments.list().length;
    session.close();

    report({
      size: SIZE,
      departments,
      generateMs,
      fileBytes,
      openMs,
      series: {
        serviceLong,
        serviceShort,
        httpLong,
        httpShort,
        rawFts,
        rawLike,
        saves,
        savesNormal,
      },
      matches,
      hits,
    });

    progress('position-description checks over a 10,000-role library');
    const checks = await benchChecks();
    progress('Word export: one role, and a 500-role handbook');
    const exported = await benchExport();
    printDocumentFigures(checks, exported);

    progress('lane-aware auto-layout (with connector routing) of 200 and 500 steps');
    const layouts = await benchLayout();
    progress('BPMN import of the 21 reference models');
    const bpmn = await benchBpmnImport();
    progress('the process editor in Chromium: first render and panning');
    const editor = await benchEditor();
    printLayoutFigures(layouts, bpmn, editor);
    progress('layout quality beside elkjs: the insurer map and 20 generated lane maps');
    printLayoutQuality(await benchLayoutQuality());
    progress('picture export: the insurer map as a tiled A4 landscape PDF');
    printPictureFigures(await benchPictureExport());
    progress('Word import of 100 descriptions');
    printImportFigures(await benchImport());
    progress('流程说明书 of the insurer map: context with rasterised map pages, .docx');
    printProcessDocFigures(await benchProcessDoc());
    progress('process analysis: the insurer map, a 500-step map, a 200-process library');
    printAnalysisFigures(benchAnalysis());
    progress('library checks J1–J8 with position and process rules: 10,000 roles, 1,000 maps');
    printAlignmentFigures(benchAlignment());
    progress('impact preview of deleting a role used in 100 maps');
    printChangesFigures(benchChanges());
    progress('工作检查 dashboard: 1,000 processes × 24 periods');
    printInspectionFigures(benchInspection());
    progress('工作检查 dashboard through the service: the same library in a SQLite file');
    printInspectionServiceFigures(benchInspectionService());
    progress('检查报告 in Word: one process × 24 periods');
    printInspectionReportFigures(await benchInspectionReport());
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
