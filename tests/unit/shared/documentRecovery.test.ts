import { describe, expect, it } from 'vitest';
import { recoverGraph } from '../../../shared/documentRecovery';

const lane = { id: 'l1', name: '经办人', owner: { kind: 'none' }, size: 160 };
const step = {
  id: 's1',
  kind: 'activity',
  label: '受理',
  laneId: 'l1',
  x: 200,
  y: 40,
  width: 140,
  height: 64,
};

describe('recoverGraph', () => {
  it('reads an intact vertical map with phases, routes and step numbers as it was stored', () => {
    const stored = {
      orientation: 'vertical',
      lanes: [lane],
      phases: [{ id: 'p1', name: '受理阶段', size: 400 }],
      nodes: [{ ...step, stepNumber: 10, phaseId: 'p1' }],
      edges: [],
    };
    expect(recoverGraph(JSON.stringify(stored))).toEqual({ value: stored, intact: true });
  });

  it('keeps the orientation and the valid phases of a damaged map', () => {
    const damaged = {
      orientation: 'vertical',
      lanes: [lane, { id: 'bad' }],
      phases: [{ id: 'p1', name: '受理阶段', size: 400 }, { name: 'no id' }],
      nodes: [step],
      edges: [{ id: 'e1', source: 's1', target: 'gone', label: '' }],
    };
    const recovered = recoverGraph(JSON.stringify(damaged));
    expect(recovered.intact).toBe(false);
    expect(recovered.value.orientation).toBe('vertical');
    expect(recovered.value.phases).toEqual([{ id: 'p1', name: '受理阶段', size: 400 }]);
    expect(recovered.value.lanes).toEqual([lane]);
    expect(recovered.value.edges).toEqual([]);
  });

  it('refuses a connector route that is not a list of points', () => {
    const stored = {
      lanes: [lane],
      nodes: [step, { ...step, id: 's2' }],
      edges: [{ id: 'e1', source: 's1', target: 's2', label: '', waypoints: [{ x: 'a' }] }],
    };
    const recovered = recoverGraph(JSON.stringify(stored));
    expect(recovered.intact).toBe(false);
    expect(recovered.value.edges).toEqual([]);
    expect(recovered.value.nodes).toHaveLength(2);
  });

  it('keeps the analysis inputs and dismissals of a damaged map', () => {
    const analysis = {
      annualVolume: 10000,
      timeLimitDays: 5,
      variantOfId: 3,
      dismissed: [{ key: 'E1|s1', reason: '监管要求', at: '2026-12-01T10:00:00.000Z' }],
    };
    const damaged = { lanes: [lane, { id: 'bad' }], nodes: [step], edges: [], analysis };
    const recovered = recoverGraph(JSON.stringify(damaged));
    expect(recovered.intact).toBe(false);
    expect(recovered.value.analysis).toEqual(analysis);
  });

  it('drops analysis inputs that are out of range instead of the whole map', () => {
    const damaged = { lanes: [lane], nodes: [step], edges: [], analysis: { annualVolume: -5 } };
    const recovered = recoverGraph(JSON.stringify(damaged));
    expect(recovered.intact).toBe(false);
    expect(recovered.value.analysis).toBeUndefined();
    expect(recovered.value.nodes).toHaveLength(1);
  });
});
