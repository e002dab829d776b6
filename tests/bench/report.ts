import os from 'node:os';
import { ROLES_PER_BATCH, type LibrarySize } from './generateLibrary';
import { slowestInputs, summarise, type Series, type Summary } from './stats';
import { ms, table } from './table';

/** The targets from the brief; printed beside the figures, never enforced. */
const TARGET_RATIO_TO_RAW = 1.3;
const TARGET_SHORT_P95_MS = 20;
const TARGET_SAVE_P95_MS = 10;

export type ReportInput = {
  size: LibrarySize;
  departments: number;
  generateMs: number;
  fileBytes: number;
  openMs: number;
  series: {
    serviceLong: Series;
    serviceShort: Series;
    httpLong: Series;
    httpShort: Series;
    rawFts: Series;
    rawLike: Series;
    saves: Series;
    /** The same saves with synchronous=NORMAL: what durable saves (FULL) cost. */
    savesNormal: Series;
  };
  /** Roles each term matches in all (no page limit), from the raw queries. */
  matches: Map<string, number>;
  /** Hits the service returned for each term (one page, 50 by default). */
  hits: Map<string, number>;
};

const count = (n: number) => n.toLocaleString('en-US');

function verdict(value: number, limit: number): string {
  return value <= limit ? 'within' : `over (${(value / limit).toFixed(1)}× the limit)`;
}

function latencyRow(name: string, s: Summary, target: string, status: string): string[] {
  return [name, count(s.n), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), target, status];
}

/** The terms that make each tail, with how much they match: the clue to why they are slow. */
function slowestTable(input: ReportInput, series: Series): string {
  const rows = slowestInputs(series, 8).map(({ input: term, median, n }) => [
    term,
    count(n),
    ms(median),
    count(input.matches.get(term) ?? 0),
    count(input.hits.get(term) ?? 0),
  ]);
  return table(['term', 'queries', 'median ms', 'roles matched', 'hits returned'], rows);
}

function matchProfile(input: ReportInput, series: Series): string {
  const matched = series.inputs.map((term) => input.matches.get(term) ?? 0);
  const none = matched.filter((m) => m === 0).length;
  const mean = matched.reduce((a, b) => a + b, 0) / Math.max(1, matched.length);
  return `${series.label}: ${count(new Set(series.inputs).size)} distinct terms, mean ${count(Math.round(mean))} roles matched per query, ${((100 * none) / matched.length).toFixed(0)} % of queries match nothing`;
}

export function report(input: ReportInput): void {
  const { series } = input;
  const s = {
    serviceLong: summarise(series.serviceLong.samples),
    serviceShort: summarise(series.serviceShort.samples),
    httpLong: summarise(series.httpLong.samples),
    httpShort: summarise(series.httpShort.samples),
    rawFts: summarise(series.rawFts.samples),
    rawLike: summarise(series.rawLike.samples),
    saves: summarise(series.saves.samples),
    savesNormal: summarise(series.savesNormal.samples),
  };
  const rawLimit = TARGET_RATIO_TO_RAW * s.rawFts.p95;
  const ratio = (p95: number) => `${(p95 / s.rawFts.p95).toFixed(2)}× raw`;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';

  console.log(`\nRoleFlow benchmark — Node ${process.version}, ${os.cpus().length} × ${cpu}\n`);
  console.log(
    table(
      ['library', 'value'],
      [
        [
          'roles / duties / departments',
          `${count(input.size.roles)} / ${count(input.size.duties)} / ${input.departments}`,
        ],
        [
          `generation (repositories, ${ROLES_PER_BATCH} roles per transaction)`,
          `${(input.generateMs / 1000).toFixed(1)} s`,
        ],
        [
          'generation rate',
          `${count(Math.round(input.size.duties / (input.generateMs / 1000)))} duties/s`,
        ],
        [
          'file size after wal_checkpoint(TRUNCATE)',
          `${(input.fileBytes / 1024 / 1024).toFixed(1)} MB`,
        ],
        ['reopen (pragmas + quick_check)', `${ms(input.openMs)} ms`],
      ],
    ),
  );
  console.log('');
  console.log(
    table(
      ['latency (ms)', 'n', 'p50', 'p95', 'p99', 'max', 'target', 'p95 against target'],
      [
        latencyRow(
          'search 3+ chars, SearchService.query',
          s.serviceLong,
          `p95 ≤ ${TARGET_RATIO_TO_RAW}× raw (${ms(rawLimit)})`,
          `${ratio(s.serviceLong.p95)}, ${verdict(s.serviceLong.p95, rawLimit)}`,
        ),
        latencyRow(
          'search 3+ chars, HTTP /api/search:query',
          s.httpLong,
          `p95 ≤ ${TARGET_RATIO_TO_RAW}× raw (${ms(rawLimit)})`,
          `${ratio(s.httpLong.p95)}, ${verdict(s.httpLong.p95, rawLimit)}`,
        ),
        latencyRow('raw FTS5 3+ chars (same terms)', s.rawFts, 'baseline', '-'),
        latencyRow(
          'search 1–2 chars, SearchService.query',
          s.serviceShort,
          `p95 ≤ ${TARGET_SHORT_P95_MS}`,
          verdict(s.serviceShort.p95, TARGET_SHORT_P95_MS),
        ),
        latencyRow(
          'search 1–2 chars, HTTP /api/search:query',
          s.httpShort,
          `p95 ≤ ${TARGET_SHORT_P95_MS}`,
          verdict(s.httpShort.p95, TARGET_SHORT_P95_MS),
        ),
        latencyRow('raw LIKE 1–2 chars (same terms)', s.rawLike, 'baseline', '-'),
        latencyRow(
          'save role with 12 duties, RoleService.save',
          s.saves,
          `p95 ≤ ${TARGET_SAVE_P95_MS}`,
          verdict(s.saves.p95, TARGET_SAVE_P95_MS),
        ),
        latencyRow('same saves, synchronous=NORMAL', s.savesNormal, 'comparison', '-'),
      ],
    ),
  );
  console.log('');
  console.log(
    `search p95 ÷ raw FTS5 p95: service ${ratio(s.serviceLong.p95)}, HTTP ${ratio(s.httpLong.p95)} (target ${TARGET_RATIO_TO_RAW}×)`,
  );
  console.log(
    `durable saves (synchronous=FULL, the app's setting) vs NORMAL: p50 ${s.saves.p50.toFixed(2)} vs ${s.savesNormal.p50.toFixed(2)} ms, p95 ${s.saves.p95.toFixed(2)} vs ${s.savesNormal.p95.toFixed(2)} ms (${signed(s.saves.p50 - s.savesNormal.p50)} ms at p50)`,
  );
  console.log(matchProfile(input, series.serviceLong));
  console.log(matchProfile(input, series.serviceShort));
  console.log('\nslowest 3+ character terms (SearchService.query)');
  console.log(slowestTable(input, series.serviceLong));
  console.log('\nslowest 1–2 character terms (SearchService.query)');
  console.log(slowestTable(input, series.serviceShort));
  console.log('');
}

/** Checks and Word export figures beside their targets. */
export function printDocumentFigures(
  checks: { roles: number; duties: number; ms: number },
  exported: {
    oneRoleMedianMs: number;
    handbookRoles: number;
    handbookMs: number;
    handbookPeakRssMb: number;
  },
): void {
  const line = (name: string, value: string, target: string) =>
    console.log(`${name.padEnd(36)}${value.padStart(12)}   ${target}`);
  console.log('\nPosition descriptions\n');
  line(
    `checks, ${checks.roles} roles / ${checks.duties} duties`,
    `${checks.ms.toFixed(0)} ms`,
    '(median of 5)',
  );
  line(
    'Word export, one role (median)',
    `${exported.oneRoleMedianMs.toFixed(1)} ms`,
    'target ≤ 25 ms',
  );
  line(
    `handbook, ${exported.handbookRoles} roles`,
    `${(exported.handbookMs / 1000).toFixed(2)} s`,
    'target ≤ 10 s',
  );
  line('handbook, peak RSS', `${exported.handbookPeakRssMb.toFixed(0)} MB`, 'target ≤ 400 MB');
}

/** Process-map figures beside their targets. */
export function printLayoutFigures(
  runs: { nodes: number; edges: number; lanes: number; warmMs: number }[],
  bpmn: { files: number; totalMs: number },
  editor: { nodes: number; edges: number; firstRenderMs: number[]; panFps: number },
): void {
  const line = (name: string, value: string, target: string) =>
    console.log(`${name.padEnd(56)}${value.padStart(12)}   ${target}`);
  console.log('\nProcess maps\n');
  for (const run of runs) {
    line(
      `auto-layout, ${run.nodes} steps / ${run.edges} connectors / ${run.lanes} lanes`,
      `${run.warmMs.toFixed(1)} ms`,
      'target ≤ 300 ms (500 steps, warm)',
    );
  }
  line(
    `BPMN import, all ${bpmn.files} reference models`,
    `${bpmn.totalMs.toFixed(0)} ms`,
    'target ≤ 1 s',
  );
  line(
    `editor first render, ${editor.nodes} steps / ${editor.edges} connectors`,
    editor.firstRenderMs.map((ms) => ms.toFixed(0)).join(' / ') + ' ms',
    'target ≤ 700 ms (runs 1 / 2 / 3)',
  );
  line('editor panning at zoom 1', `${editor.panFps.toFixed(0)} fps`, 'target ≥ 55 fps');
}

/** A difference with its sign, for the durable-save line. */
function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;
}
