import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../web/features/progress-chart.ts';

describe("the progress chart's axis", () => {
  it.each([
    [91.6, 100.4, [90, 95, 100, 105]],
    [93.5, 96.5, [93, 94, 95, 96, 97]],
    [10, 60, [0, 20, 40, 60]],
    [98.6, 100.6, [98.5, 99, 99.5, 100, 100.5, 101]],
  ] as [number, number, number[]][])('ticks at 1, 2 or 5 × 10^k covering %s to %s', (lo, hi, ticks) => {
    expect(niceTicks(lo, hi)).toEqual(ticks);
  });
  it('covers a single value', () => {
    expect(niceTicks(95, 95)).toEqual([95]);
  });
});
