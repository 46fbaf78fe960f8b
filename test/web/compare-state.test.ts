import { describe, expect, it } from 'vitest';
import { decodeCompared, encodeCompared, setCompare, toggleCompared } from '../../web/compare-state.ts';
import { initialState } from '../../web/state.ts';

describe('the comparison in the view state', () => {
  it('toggles a paper in and out, in the order added; an emptied comparison closes', () => {
    let s = toggleCompared(initialState(), 'paper:a');
    s = toggleCompared(s, 'paper:b');
    expect(s.compare.papers).toEqual(['paper:a', 'paper:b']);
    s = setCompare(s, { open: true });
    s = toggleCompared(s, 'paper:a');
    expect(s.compare).toEqual({ papers: ['paper:b'], open: true, onlyDifferences: false });
    s = toggleCompared(s, 'paper:b');
    expect(s.compare).toEqual({ papers: [], open: false, onlyDifferences: false });
    // nothing to compare opens nothing
    expect(setCompare(initialState(), { open: true }).compare.open).toBe(false);
  });

  it('an unchanged comparison is the same state (no history write, no listener)', () => {
    const s = setCompare(initialState(), { papers: ['paper:a'] });
    expect(setCompare(s, { papers: ['paper:a'] })).toBe(s);
    expect(setCompare(s, { onlyDifferences: false })).toBe(s);
    expect(setCompare(s, { onlyDifferences: true })).not.toBe(s);
  });

  it('writes the keys joined with commas, a comma or % in a key escaped, and reads them back (repeats once)', () => {
    const keys = ['paper:a', 'paper:b,c', 'paper:100%'];
    expect(encodeCompared(keys)).toBe('paper:a,paper:b%2Cc,paper:100%25');
    expect(decodeCompared(encodeCompared(keys))).toEqual(keys);
    expect(decodeCompared('paper:a,,paper:a')).toEqual(['paper:a']);
    expect(decodeCompared(null)).toEqual([]);
  });
});
