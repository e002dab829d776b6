import { describe, expect, it } from 'vitest';
import { pceBand, verdict } from '../../../../renderer/editor/analysis/judgement';

describe('judging the figures', () => {
  it.each([
    // the insurer as-is, under 1 % on either basis (§b2 oracle)
    [0.00708, 'low'],
    [0.0499, 'low'],
    [0.05, 'typical'],
    [0.099, 'typical'],
    [0.1, 'good'],
    [0.25, 'worldClass'],
  ] as const)('places a PCE of %d in the %s band', (pce, band) => {
    expect(pceBand(pce)).toBe(band);
  });

  it('calls a shorter lead time, fewer hand-offs and a lower cost better', () => {
    expect(verdict({ metric: 'leadTimeCritical', delta: -11000 })).toBe('better');
    expect(verdict({ metric: 'handOffs', delta: -10 })).toBe('better');
    expect(verdict({ metric: 'costPerCase', delta: 3 })).toBe('worse');
  });

  it('calls a higher PCE or rolled yield better', () => {
    expect(verdict({ metric: 'pceCritical', delta: 0.02 })).toBe('better');
    expect(verdict({ metric: 'rolledYield', delta: -0.1 })).toBe('worse');
  });

  it('judges no change, or an unknown one, neither way', () => {
    expect(verdict({ metric: 'roles', delta: 0 })).toBeNull();
    expect(verdict({ metric: 'annualCost', delta: null })).toBeNull();
  });
});
