/** Small helpers shared by the matrix, gaps and timeline analyses. Pure. */
import type { KGNode, PaperNode } from '../model.ts';

/** Decides whether a node is in the current view (filters, year window ...). */
export type NodeFilter = (key: string) => boolean;

/** Deterministic, locale-independent label order (case-insensitive, then exact). */
export function compareLabels(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A paper's year: `year`, else the leading YYYY of `date`. */
export function paperYear(attrs: Partial<KGNode>): number | undefined {
  const p = attrs as Partial<PaperNode>;
  if (typeof p.year === 'number' && Number.isFinite(p.year)) return p.year;
  const m = typeof p.date === 'string' ? /^(\d{4})/.exec(p.date) : null;
  return m ? Number(m[1]) : undefined;
}
