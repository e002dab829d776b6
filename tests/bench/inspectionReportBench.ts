import { pathToFileURL } from 'node:url';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/documentSettings';
import { addMonths } from '../../shared/inspection/calendar';
import { inspectionReportModel } from '../../shared/inspection/reportModel';
import type { Inspection } from '../../shared/inspection/types';
import { buildInspectionReportDocx } from '../../electron/export/inspection/reportDocument';
import { findCjkFont, systemCjkFonts } from '../../electron/export/picture/cjkFont';
import { insurerReportInput } from '../unit/export/inspection/reportFixture';
import { seededRandom } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * The inspection report of one process with 24 periods (issue 12 benchmark): the sample
 * insurer's plan, survey, complaints and actions with 24 monthly inspections of its three
 * KPIs; the model assembled, three KPI charts and the SERVQUAL chart drawn by ECharts in Node
 * and rasterised, the .docx packed. Warm: one untimed run loads the CJK font and ECharts.
 */

const PERIODS = 24;
const RUNS = 7;
const SEED = 0x2e9047;
const START = '2023-07-01';

function reportInput() {
  // The sample's report input (the unit tests' fixture), over 24 monthly periods instead: its
  // plan, survey and inspections come from one call, so their keys agree.
  const base = insurerReportInput();
  const random = seededRandom(SEED);
  const [template] = base.inspections;
  const [survey] = base.surveys;
  if (!template || !survey) throw new Error('the sample has inspections and a survey');
  const inspections: Inspection[] = Array.from({ length: PERIODS }, (_, i) => ({
    ...template,
    key: `bench-${i}`,
    period: { start: addMonths(START, i), end: addMonths(START, i + 1) },
    measurements: template.measurements.map((m) => ({
      ...m,
      value: Math.round(m.value * (0.5 + random.next()) * 10) / 10,
    })),
  }));
  return {
    ...base,
    inspections,
    surveys: [{ ...survey, period: { start: '2024-07-01', end: '2024-10-01' } }],
    range: { start: START, end: addMonths(START, PERIODS) },
    modelled: new Map<string, number>(),
  };
}

export type InspectionReportBenchResult = { p50: number; p95: number; bytes: number };

export async function benchInspectionReport(): Promise<InspectionReportBenchResult> {
  const input = reportInput();
  const font = findCjkFont(systemCjkFonts()) ?? null;
  const once = async () =>
    buildInspectionReportDocx(inspectionReportModel(input), {
      lang: 'zh',
      documents: DEFAULT_DOCUMENT_SETTINGS,
      exportedAt: new Date('2025-07-25T00:00:00Z'),
      font,
    });
  let bytes = (await once()).length;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    bytes = (await once()).length;
    samples.push(elapsedMs(start));
  }
  const { p50, p95 } = summarise(samples);
  return { p50, p95, bytes };
}

export function printInspectionReportFigures(result: InspectionReportBenchResult): void {
  console.log(`\n检查报告 (Word): one process × ${PERIODS} periods, 3 KPIs, warm`);
  console.log(
    table(
      ['report', 'runs', 'median', 'p95'],
      [
        [
          `${Math.round(result.bytes / 1024)} KB .docx, 4 charts`,
          String(RUNS),
          `${ms(result.p50)} ms`,
          `${ms(result.p95)} ms`,
        ],
      ],
    ),
  );
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/inspectionReportBench.ts` prints the figure.
  printInspectionReportFigures(await benchInspectionReport());
}
