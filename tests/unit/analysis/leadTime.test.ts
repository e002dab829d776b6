import { describe, expect, it } from 'vitest';
import { decision, end, flow, graphOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

const lane = { l1: '' };
const parallel = (id: string) => decision(id, 'l1', { gateway: 'parallel' });

/** Maps with their lead times by hand: [critical, best, expected] and the critical path. */
const cases = [
  {
    name: 'a sequence: every lead time is the sum',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 10, waitMinutes: 20 }),
        step('b', 'l1', { workMinutes: 5, waitMinutes: 0 }),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    ),
    lead: [35, 35, 35],
    path: ['start', 'a', 'b', 'end'],
  },
  {
    name: 'XOR 30/70: max, min, and the weighted mean',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 10 }),
        decision('d', 'l1'),
        step('b', 'l1', { workMinutes: 100 }),
        step('c', 'l1', { workMinutes: 20 }),
        step('e', 'l1', { workMinutes: 5 }),
        end(),
      ],
      [
        flow('start', 'a'),
        flow('a', 'd'),
        flow('d', 'b', { probability: 30 }),
        flow('d', 'c', { probability: 70 }),
        flow('b', 'e'),
        flow('c', 'e'),
        flow('e', 'end'),
      ],
    ),
    lead: [115, 35, 10 + 0.3 * 100 + 0.7 * 20 + 5],
    path: ['start', 'a', 'd', 'b', 'e', 'end'],
  },
  {
    name: 'an AND block: the longer branch, in every lead time',
    graph: graphOf(
      lane,
      [
        start(),
        parallel('split'),
        step('a', 'l1', { workMinutes: 10, waitMinutes: 50 }),
        step('b', 'l1', { workMinutes: 30 }),
        parallel('join'),
        end(),
      ],
      [
        flow('start', 'split'),
        flow('split', 'a'),
        flow('split', 'b'),
        flow('a', 'join'),
        flow('b', 'join'),
        flow('join', 'end'),
      ],
    ),
    lead: [60, 60, 60],
    path: ['start', 'split', 'a', 'join', 'end'],
  },
  {
    name: 'an activity with two outgoing flows is an implicit AND split',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 1 }),
        step('b', 'l1', { workMinutes: 10 }),
        step('c', 'l1', { workMinutes: 40 }),
        end('end'),
        end('end2'),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('a', 'c'), flow('b', 'end'), flow('c', 'end2')],
    ),
    lead: [41, 41, 41],
    path: ['start', 'a', 'c', 'end2'],
  },
  {
    name: 'a rework loop taken with p = 0.2: D × 1.25, the best case without it',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 10 }),
        step('check', 'l1', { workMinutes: 5, isInspection: true }),
        decision('d', 'l1'),
        end(),
      ],
      [
        flow('start', 'a'),
        flow('a', 'check'),
        flow('check', 'd'),
        flow('d', 'a', { probability: 20, outcome: 'reject' }),
        flow('d', 'end', { probability: 80, outcome: 'pass' }),
      ],
    ),
    lead: [18.75, 15, 18.75],
    path: ['start', 'a', 'check', 'd', 'end'],
  },
  {
    name: 'a rework branch through a fix step: its time joins the decision it leaves',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 10 }),
        step('check', 'l1', { workMinutes: 5 }),
        decision('d', 'l1'),
        step('fix', 'l1', { workMinutes: 8 }),
        end(),
      ],
      [
        flow('start', 'a'),
        flow('a', 'check'),
        flow('check', 'd'),
        flow('d', 'fix', { probability: 20 }),
        flow('fix', 'a'),
        flow('d', 'end', { probability: 80 }),
      ],
    ),
    // fix is visited 0.25 times per case: 0.25 × 8 = 2 minutes on top of 1.25 × 15.
    lead: [20.75, 15, 20.75],
    path: ['start', 'a', 'check', 'd', 'end'],
  },
  {
    name: 'nested loops: repeats multiply (inner 50 %, outer 20 %)',
    graph: graphOf(
      lane,
      [
        start(),
        step('a', 'l1', { workMinutes: 10 }),
        step('b', 'l1', { workMinutes: 10 }),
        decision('d1', 'l1'),
        step('c', 'l1', { workMinutes: 10 }),
        decision('d2', 'l1'),
        end(),
      ],
      [
        flow('start', 'a'),
        flow('a', 'b'),
        flow('b', 'd1'),
        flow('d1', 'b', { probability: 50 }),
        flow('d1', 'c', { probability: 50 }),
        flow('c', 'd2'),
        flow('d2', 'a', { probability: 20 }),
        flow('d2', 'end', { probability: 80 }),
      ],
    ),
    // v(a) = 1.25, v(b) = 2.5, v(c) = 1.25.
    lead: [50, 30, 50],
    path: ['start', 'a', 'b', 'd1', 'c', 'd2', 'end'],
  },
];

describe('lead times (§b2)', () => {
  it.each(cases)('$name', ({ graph, lead, path }) => {
    const f = figuresOf(graph);
    const [critical, best, expected] = lead;
    expect(f.leadTime?.critical).toBeCloseTo(critical ?? NaN, 10);
    expect(f.leadTime?.best).toBeCloseTo(best ?? NaN, 10);
    expect(f.leadTime?.expected).toBeCloseTo(expected ?? NaN, 10);
    expect(f.criticalPath).toEqual(path);
    for (const row of f.steps) expect(row.onCriticalPath).toBe(path.includes(row.nodeId));
  });

  it('an inclusive decision is no loop: its branches keep their shares, no repeats', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          decision('d', 'l1', { gateway: 'inclusive' }),
          step('b1', 'l1', { workMinutes: 10 }),
          step('b2', 'l1', { workMinutes: 20 }),
          end(),
        ],
        [
          flow('start', 'd'),
          flow('d', 'b1', { probability: 60 }),
          flow('d', 'b2', { probability: 70 }),
          flow('b1', 'end'),
          flow('b2', 'end'),
        ],
      ),
    );
    expect(f.visits.b2).toBeCloseTo(0.7, 12);
    expect(f.leadTime?.critical).toBeCloseTo(20, 12);
    expect(f.leadTime?.best).toBeCloseTo(10, 12);
  });

  it('a loop no case can leave: no hang, no lead time, no PCE', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [start(), step('a', 'l1', { workMinutes: 5 }), step('b', 'l1', { workMinutes: 5 })],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'a')],
      ),
    );
    expect(f.endlessLoops).toHaveLength(1);
    expect(f.leadTime).toBeNull();
    expect(f.criticalPath).toEqual([]);
    expect(f.pce).toEqual({ critical: null, expected: null });
    expect(f.touchRatio).toBeNull();
  });

  it('a map with no flow has no lead time and no PCE', () => {
    const f = figuresOf(graphOf(lane, [step('a', 'l1', { workMinutes: 5 })], []));
    // The lone step is its own start and end.
    expect(f.leadTime).toEqual({ critical: 5, best: 5, expected: 5 });
    const empty = figuresOf(graphOf(lane, [], []));
    expect(empty.leadTime).toBeNull();
    expect(empty.pce).toEqual({ critical: null, expected: null });
  });
});

describe('PCE and touch ratio (§b2)', () => {
  it('counts VA work on the critical path (× repeats) and VAT over the expected lead time', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10, waitMinutes: 30, valueClass: 'VA' }),
          decision('d', 'l1'),
          step('b', 'l1', { workMinutes: 60, valueClass: 'NVA' }),
          step('c', 'l1', { workMinutes: 20, valueClass: 'VA' }),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'd'),
          flow('d', 'b', { probability: 25 }),
          flow('d', 'c', { probability: 75 }),
          flow('b', 'end'),
          flow('c', 'end'),
        ],
      ),
    );
    // Critical: a → b (100 min), VA on it = 10. Expected: 40 + 0.25·60 + 0.75·20 = 70.
    expect(f.pce.critical).toBeCloseTo(10 / 100, 12);
    expect(f.pce.expected).toBeCloseTo((10 + 0.75 * 20) / 70, 12);
    expect(f.touchRatio).toBeCloseTo((10 + 15 + 15) / 70, 12);
  });

  it('multiplies VA work by the repeats of its loop', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10, waitMinutes: 30, valueClass: 'VA' }),
          decision('d', 'l1'),
          end(),
        ],
        [flow('start', 'a'), flow('a', 'd'), flow('d', 'a', { probability: 20 }), flow('d', 'end')],
      ),
    );
    // VA on the path 10 × 1.25 = 12.5 over (10 + 30) × 1.25 = 50.
    expect(f.leadTime?.critical).toBeCloseTo(50, 12);
    expect(f.pce.critical).toBeCloseTo(0.25, 12);
    expect(f.pce.expected).toBeCloseTo(0.25, 12);
  });
});
