/** Latencies of one measured series, in milliseconds, plus what each call was for. */
export type Series = { label: string; samples: number[]; inputs: string[] };

export type Summary = {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
};

/** Nearest-rank percentile: always a latency that was actually observed. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
  };
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading), sub-microsecond precise. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Times `run` once per input; the warm-up inputs run first and are not recorded. */
export function timeSync<I>(
  label: string,
  warmUp: readonly I[],
  inputs: readonly I[],
  run: (input: I) => void,
  describe: (input: I) => string = String,
): Series {
  for (const input of warmUp) run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    run(input);
    samples.push(elapsedMs(start));
  }
  return { label, samples, inputs: inputs.map(describe) };
}

/**
 * Times two implementations on the same inputs in one pass, alternating which runs first.
 * Their ratio is then immune to drift on a shared machine (another tenant, a CPU governor)
 * and neither gets the other's freshly warmed caches every time.
 */
export function timePairSync<I>(
  labels: readonly [string, string],
  warmUp: readonly I[],
  inputs: readonly I[],
  runA: (input: I) => void,
  runB: (input: I) => void,
): [Series, Series] {
  for (const input of warmUp) {
    runA(input);
    runB(input);
  }
  const a: number[] = [];
  const b: number[] = [];
  inputs.forEach((input, i) => {
    const timeA = () => a.push(timeOnce(runA, input));
    const timeB = () => b.push(timeOnce(runB, input));
    if (i % 2 === 0) {
      timeA();
      timeB();
    } else {
      timeB();
      timeA();
    }
  });
  const described = inputs.map(String);
  return [
    { label: labels[0], samples: a, inputs: described },
    { label: labels[1], samples: b, inputs: described },
  ];
}

function timeOnce<I>(run: (input: I) => void, input: I): number {
  const start = process.hrtime.bigint();
  run(input);
  return elapsedMs(start);
}

/** As `timeSync`, one call at a time (never overlapping), for calls over HTTP. */
export async function timeAsync<I>(
  label: string,
  warmUp: readonly I[],
  inputs: readonly I[],
  run: (input: I) => Promise<void>,
  describe: (input: I) => string = String,
): Promise<Series> {
  for (const input of warmUp) await run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await run(input);
    samples.push(elapsedMs(start));
  }
  return { label, samples, inputs: inputs.map(describe) };
}

/** Median latency per distinct input, slowest first: which terms make the tail. */
export function slowestInputs(
  series: Series,
  count: number,
): { input: string; median: number; n: number }[] {
  const byInput = new Map<string, number[]>();
  series.inputs.forEach((input, i) => {
    const list = byInput.get(input) ?? [];
    list.push(series.samples[i] ?? 0);
    byInput.set(input, list);
  });
  return [...byInput]
    .map(([input, samples]) => ({ input, median: summarise(samples).p50, n: samples.length }))
    .sort((a, b) => b.median - a.median)
    .slice(0, count);
}
