import { describe, expect, it } from 'vitest';
import { TextEdits } from '../../../electron/interchange/textEdits';

describe('TextEdits', () => {
  it('copies everything between edits unchanged', () => {
    const edits = new TextEdits();
    edits.replace(4, 7, 'XYZ');
    edits.insert(0, '>');
    edits.remove(9, 10);
    expect(edits.apply('abc defgh ijk')).toBe('>abc XYZghijk');
  });

  it('drops edits inside a removed range but keeps insertions at its edges', () => {
    const edits = new TextEdits();
    edits.remove(2, 8);
    edits.replace(3, 4, 'never');
    edits.insert(5, 'never');
    edits.insert(2, '[');
    edits.insert(8, ']');
    expect(edits.apply('0123456789')).toBe('01[]89');
  });

  it('keeps insertions at one place in the order they were made', () => {
    const edits = new TextEdits();
    edits.insert(1, 'a');
    edits.insert(1, 'b');
    edits.replace(1, 2, 'X');
    expect(edits.apply('0123')).toBe('0abX23');
  });

  it('refuses partly overlapping edits (a bug, not a file problem)', () => {
    const edits = new TextEdits();
    edits.replace(0, 5, 'a');
    edits.replace(3, 8, 'b');
    expect(() => edits.apply('0123456789')).toThrow(/overlapping/);
  });
});
