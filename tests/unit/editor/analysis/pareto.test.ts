import { describe, expect, it } from 'vitest';
import type { StepFigures } from '../../../../shared/analysis/types';
import { paretoRows } from '../../../../renderer/editor/analysis/pareto';

function stepFigures(nodeId: string, values: Partial<StepFigures>): StepFigures {
  return {
    nodeId,
    label: nodeId,
    stepNumber: null,
    actorKey: null,
    visits: 1,
    workMinutes: null,
    waitMinutes: null,
    elapsedMinutes: null,
    valueClass: null,
    costPerExecution: null,
    costPerCase: null,
    nvaCostPerCase: null,
    annualHours: null,
    onCriticalPath: false,
    ...values,
  };
}

const steps = [
  stepFigures('a', { stepNumber: 10, workMinutes: 5, elapsedMinutes: 485, costPerCase: 10 }),
  stepFigures('b', { stepNumber: 20, workMinutes: 30, visits: 2, elapsedMinutes: 60 }),
  stepFigures('c', { stepNumber: 30, workMinutes: 5, elapsedMinutes: 485, costPerCase: 30 }),
  stepFigures('d', { stepNumber: 40, elapsedMinutes: 0, nvaCostPerCase: 0 }),
];

describe('Pareto tables', () => {
  it('sorts by elapsed time, largest first, ties by step number, and drops empty rows', () => {
    expect(paretoRows(steps, 'elapsed').map((row) => row.step.nodeId)).toEqual(['a', 'c', 'b']);
  });

  it('counts work by its repeats', () => {
    const rows = paretoRows(steps, 'work');
    expect(rows.map((row) => [row.step.nodeId, row.value])).toEqual([
      ['b', 60],
      ['a', 5],
      ['c', 5],
    ]);
  });

  it('gives each row its share and the running share to 100 %', () => {
    const rows = paretoRows(steps, 'cost');
    expect(rows.map((row) => row.step.nodeId)).toEqual(['c', 'a']);
    expect(rows.map((row) => row.share)).toEqual([0.75, 0.25]);
    expect(rows.map((row) => row.cumulative)).toEqual([0.75, 1]);
  });

  it('is empty when no step has the figure', () => {
    expect(paretoRows(steps, 'nvaCost')).toEqual([]);
  });
});
