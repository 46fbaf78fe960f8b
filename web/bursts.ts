/**
 * The bursts the viewer shows at a chosen γ (Time's select, `&gamma=` in the URL): at the build's γ = 1, what the
 * build stored (each entity's `burst`); at another γ, recomputed in the page by the build's own function
 * (strongestBursts, src/analysis/bursts.ts: Kleinberg, its default s = 2, over the whole graph's papers per year), once per graph
 * and γ. The Time list and the details panel's burst fact both read it.
 */
import { isBurst, strongestBursts } from '../src/analysis/bursts.ts';
import type { Burst, KnowledgeGraph } from '../src/model.ts';
import { BUILD_GAMMA } from './state.ts';

const memo = new WeakMap<KnowledgeGraph, Map<number, Map<string, Burst>>>();

/** Each entity's strongest burst at γ, by key (computed once per graph and γ). */
export function burstsAt(graph: KnowledgeGraph, gamma: number): Map<string, Burst> {
  let byGamma = memo.get(graph);
  if (!byGamma) memo.set(graph, (byGamma = new Map()));
  let bursts = byGamma.get(gamma);
  if (!bursts) {
    if (gamma === BUILD_GAMMA) {
      bursts = new Map();
      graph.forEachNode((key, a) => {
        if (a.kind !== 'paper' && isBurst(a.burst)) bursts!.set(key, a.burst);
      });
    } else {
      bursts = strongestBursts(graph, { gamma });
    }
    byGamma.set(gamma, bursts);
  }
  return bursts;
}
