import { describe, expect, it } from 'vitest';
import { contrast, heatColour } from '../../../../renderer/editor/analysis/heat';

describe('hand-off heat colour', () => {
  it('is white for none and deepens with the count', () => {
    expect(heatColour(0, 5).background).toBe('#ffffff');
    const levels = [1, 2, 3, 4, 5].map((value) => heatColour(value, 5).rgb[0] ?? 0);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(new Set(levels).size).toBe(5);
  });

  it('marks any non-zero count visibly, however small against the largest', () => {
    expect(heatColour(0.01, 100).background).not.toBe('#ffffff');
  });

  it('keeps the number readable (WCAG 4.5:1) on every shade', () => {
    for (let value = 0; value <= 20; value += 1) {
      const heat = heatColour(value, 20);
      const ink = heat.color === '#ffffff' ? [255, 255, 255] : [0, 0, 0];
      expect(contrast(heat.rgb, ink), `level ${value}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('treats an empty matrix as blank', () => {
    expect(heatColour(0, 0).background).toBe('#ffffff');
  });
});
