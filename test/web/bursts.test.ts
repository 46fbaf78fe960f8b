import { describe, expect, it } from 'vitest';
import { burstsAt } from '../../web/bursts.ts';
import { strongestBursts } from '../../src/analysis/bursts.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

describe('the viewer\'s bursts at a γ (web/bursts.ts)', () => {
  it('at γ = 1 reads what the build stored; at another γ recomputes them with the build\'s function, once per graph and γ', () => {
    const g = goldGraph();
    g.mergeNodeAttributes('dataset:visa', { burst: { begin: 2023, end: 2023, strength: 9.99 } }); // stored: read as is
    expect([...burstsAt(g, 1)]).toEqual([['dataset:visa', { begin: 2023, end: 2023, strength: 9.99 }]]);
    const half = burstsAt(g, 0.5);
    expect(half).toEqual(strongestBursts(g, { s: 2, gamma: 0.5 }));
    expect(half.size).toBe(4);
    expect(half.get('technique:llm')).toEqual({ begin: 2024, end: 2024, strength: 2.07 });
    expect(burstsAt(g, 0.5)).toBe(half); // memoised
    expect(burstsAt(g, 2).size).toBe(0);
  });
});
