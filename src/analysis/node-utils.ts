/** Small helpers shared by the matrix, gaps, timeline and author analyses and the viewer's search. Pure. */
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

/** Lower case, accents off: 'Crème Brûlée' and 'creme brulee' index the same. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** fold, with ASCII text only lower-cased: the same result, without normalising 100,000 sentences. */
const ASCII = /^[\x00-\x7f]*$/;
export const foldText = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : fold(s));
