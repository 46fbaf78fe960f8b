/**
 * Bursts: which entities had a burst of attention, and when, as CiteSpace lists them ("burst 2023–2024,
 * strength 3.1").
 *
 * Kleinberg's two-state automaton for batched arrivals: J. Kleinberg, "Bursty and Hierarchical Structure in
 * Streams", KDD 2002 (Data Mining and Knowledge Discovery 7(4), 2003, 373–397), section "Enumerating bursts".
 * The batches are the corpus's years, from its first dated paper to its last (years without a paper included):
 * in year t, d_t dated papers, r_t of them linked to the entity. State 0 emits at the base rate p0 = Σr / Σd,
 * state 1 at p1 = s·p0; a year's cost in state i is −ln[C(d_t, r_t) p_i^r_t (1 − p_i)^(d_t − r_t)], going up
 * from state 0 to 1 costs γ·ln(n) (n years), coming down is free. The cheapest state sequence (Viterbi, from
 * state 0) marks the bursts: the maximal runs of state 1. A burst's strength is Kleinberg's weight, the cost it
 * saves over staying in state 0: Σ over its years of σ(0, t) − σ(1, t) (the binomial coefficient cancels).
 * Defaults s = 2, γ = 1, as CiteSpace. Ties go to state 0 (a burst is no longer than its papers make it).
 *
 * Pure: functions of the graph or of the counts, deterministic.
 */
import type { Burst, EntityNode, KnowledgeGraph } from '../model.ts';
import { compareLabels, paperYear, type NodeFilter } from './node-utils.ts';

/** The detector's defaults, the build's: state 1 at twice the base rate, going up at a cost of 1·ln(n). */
export const DEFAULT_BURST_S = 2;
export const DEFAULT_BURST_GAMMA = 1;

export interface BurstOptions {
  /** Rate of state 1 over the base rate (default DEFAULT_BURST_S). */
  s?: number;
  /** Cost of going up, in units of ln(n) (default DEFAULT_BURST_GAMMA). */
  gamma?: number;
}

/** A burst over a series: begin and end are indices into it (inclusive). */
export interface SeriesBurst {
  begin: number;
  end: number;
  strength: number;
}

/** State 1's rate is capped below 1 (an entity in most papers cannot be twice as frequent). */
const MAX_RATE = 0.9999;

/**
 * Bursts of `relevant` (r_t) among `totals` (d_t), index by index, in order. Fewer than two batches (one year's rate
 * is the base rate: state 1 never saves anything there), no relevant item, or a base rate that state 1 cannot
 * double: none.
 */
export function kleinbergBursts(relevant: readonly number[], totals: readonly number[], opts: BurstOptions = {}): SeriesBurst[] {
  const n = totals.length;
  if (relevant.length !== n) throw new Error(`kleinbergBursts: ${relevant.length} relevant counts for ${n} totals`);
  if (n < 2) return [];
  const s = opts.s ?? DEFAULT_BURST_S;
  const gamma = opts.gamma ?? DEFAULT_BURST_GAMMA;
  let R = 0;
  let D = 0;
  for (let t = 0; t < n; t++) {
    if (!(relevant[t]! >= 0 && relevant[t]! <= totals[t]!)) throw new Error(`kleinbergBursts: ${relevant[t]} of ${totals[t]} at ${t}`);
    R += relevant[t]!;
    D += totals[t]!;
  }
  if (R === 0) return [];
  const p0 = R / D;
  const p1 = Math.min(s * p0, MAX_RATE);
  if (p1 <= p0) return [];
  const up = gamma * Math.log(n);
  const gainR = Math.log(p1 / p0);
  const gainRest = Math.log((1 - p1) / (1 - p0));
  // saving[t] = σ(0, t) − σ(1, t): what state 1 saves in year t (negative where the entity is not frequent).
  const saving = relevant.map((r, t) => (r ? r * gainR : 0) + (totals[t]! - r ? (totals[t]! - r) * gainRest : 0));

  // Viterbi over two states with costs relative to state 0's (σ(0, t) is common to both and dropped).
  let c0 = 0;
  let c1 = Infinity; // start in state 0
  const from0 = new Uint8Array(n); // previous state when in state 0 at t
  const from1 = new Uint8Array(n); // previous state when in state 1 at t
  for (let t = 0; t < n; t++) {
    // state 0 at t: from 0 (free) or from 1 (coming down is free); ties to 0
    const n0 = Math.min(c0, c1);
    from0[t] = c1 < c0 ? 1 : 0;
    // state 1 at t: from 0 (pay γ ln n) or from 1; ties to 0 (enter as late as the papers allow)
    const via0 = c0 + up;
    from1[t] = c1 < via0 ? 1 : 0;
    const n1 = Math.min(via0, c1) - saving[t]!;
    c0 = n0;
    c1 = n1;
  }
  const states = new Uint8Array(n);
  let state = c1 < c0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = state ? from1[t]! : from0[t]!;
  }

  const out: SeriesBurst[] = [];
  for (let t = 0; t < n; t++) {
    if (!states[t]) continue;
    const begin = t;
    let strength = 0;
    while (t < n && states[t]) strength += saving[t++]!;
    out.push({ begin, end: t - 1, strength });
  }
  return out;
}

export type { Burst };

export interface EntityBurst extends Burst {
  key: string;
  label: string;
  kind: string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Dated papers per year over the corpus's years: the first year and the counts (years without a paper count 0). */
function paperYears(graph: KnowledgeGraph, nodeFilter?: NodeFilter): { first: number; totals: number[]; yearOf: Map<string, number> } | undefined {
  const yearOf = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((key, a) => {
    if (a.kind !== 'paper' || (nodeFilter && !nodeFilter(key))) return;
    const y = paperYear(a);
    if (y === undefined) return;
    yearOf.set(key, y);
    if (y < min) min = y;
    if (y > max) max = y;
  });
  if (!yearOf.size) return undefined;
  const totals = new Array<number>(max - min + 1).fill(0);
  for (const y of yearOf.values()) totals[y - min]!++;
  return { first: min, totals, yearOf };
}

/**
 * Every burst of every entity (optionally only some kinds), strongest first (then earliest, then by label):
 * each entity's papers per year against all dated papers per year. Undated papers count in neither.
 */
export function entityBursts(
  graph: KnowledgeGraph,
  opts: BurstOptions & { kinds?: readonly string[]; nodeFilter?: NodeFilter } = {},
): EntityBurst[] {
  const years = paperYears(graph, opts.nodeFilter);
  if (!years || years.totals.length < 2) return [];
  const { first, totals, yearOf } = years;
  const out: EntityBurst[] = [];
  const counts = new Array<number>(totals.length);
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') return;
    if (opts.kinds && !opts.kinds.includes(a.kind)) return;
    if (opts.nodeFilter && !opts.nodeFilter(key)) return;
    counts.fill(0);
    let any = false;
    graph.forEachNeighbor(key, (n) => {
      const y = yearOf.get(n); // papers only: entities have no year here
      if (y === undefined) return;
      counts[y - first]!++;
      any = true;
    });
    if (!any) return;
    for (const b of kleinbergBursts(counts, totals, opts)) {
      out.push({ key, label: a.label, kind: a.kind, begin: first + b.begin, end: first + b.end, strength: round2(b.strength) });
    }
  });
  return out.sort(compareBursts);
}

/** Strongest first, then earliest, then by label and key: the order stats and the viewer list bursts in. */
export function compareBursts(a: Burst & { label: string; key: string }, b: Burst & { label: string; key: string }): number {
  return b.strength - a.strength || a.begin - b.begin || compareLabels(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Each entity's strongest burst ({begin, end, strength}), by key: what the build stores as `burst`, and the viewer at another γ. */
export function strongestBursts(graph: KnowledgeGraph, opts: BurstOptions = {}): Map<string, Burst> {
  const strongest = new Map<string, Burst>();
  for (const b of entityBursts(graph, opts)) {
    if (!strongest.has(b.key)) strongest.set(b.key, { begin: b.begin, end: b.end, strength: b.strength });
  }
  return strongest;
}

/**
 * Sets each entity's `burst` attribute to its strongest burst ({begin, end, strength}) and removes it from
 * entities without one. Returns the number of entities with a burst.
 */
export function assignBursts(graph: KnowledgeGraph, opts: BurstOptions = {}): number {
  const strongest = strongestBursts(graph, opts);
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') return;
    const b = strongest.get(key);
    if (b) graph.mergeNodeAttributes(key, { burst: b });
    else if (a.burst !== undefined) {
      graph.updateNodeAttributes(key, (attrs) => {
        const { burst: _stale, ...rest } = attrs as EntityNode;
        return rest;
      });
    }
  });
  return strongest.size;
}

/** Whether a value is a burst (a graph.json from elsewhere may hold anything under `burst`). */
export function isBurst(v: unknown): v is Burst {
  const b = v as Burst | null | undefined;
  return typeof b === 'object' && b !== null && Number.isFinite(b.begin) && Number.isFinite(b.end) && Number.isFinite(b.strength);
}

/** "2024–2025" or "2024". */
export function burstYears(b: Burst): string {
  return b.begin === b.end ? String(b.begin) : `${b.begin}–${b.end}`;
}
