/**
 * The paper comparison as the researcher left it (web/features/compare-panel.ts): the papers picked, in the order they
 * were added, whether the dialog is open and whether it shows only the rows that differ. In the view state and the URL
 * (&compare=KEY,KEY &comparison=open &cdiff=1), so a link reopens it and Back and Forward bring it back. Pure.
 */
import type { ViewState } from './state.ts';

export interface CompareView {
  /** Paper node keys, in the order they were added (the table's columns). */
  papers: string[];
  open: boolean;
  /** Only the rows where the papers differ. */
  onlyDifferences: boolean;
}

export const DEFAULT_COMPARE: CompareView = { papers: [], open: false, onlyDifferences: false };

/** Change the comparison; unchanged: the same state (no history write, no listener). An emptied comparison closes. */
export function setCompare(state: ViewState, patch: Partial<CompareView>): ViewState {
  const next: CompareView = { ...state.compare, ...patch };
  if (!next.papers.length) next.open = false;
  const cur = state.compare;
  const same = next.open === cur.open && next.onlyDifferences === cur.onlyDifferences && next.papers.length === cur.papers.length && next.papers.every((k, i) => k === cur.papers[i]);
  return same ? state : { ...state, compare: next };
}

/** Add a paper to the comparison (at the end), or take it out. */
export function toggleCompared(state: ViewState, paper: string): ViewState {
  const papers = state.compare.papers;
  return setCompare(state, { papers: papers.includes(paper) ? papers.filter((k) => k !== paper) : [...papers, paper] });
}

/** The papers as the address writes them: keys joined with commas (a comma or % in a key escaped). */
export function encodeCompared(papers: readonly string[]): string {
  return papers.map((k) => k.replace(/[%,]/g, (c) => (c === '%' ? '%25' : '%2C'))).join(',');
}

export function decodeCompared(s: string | null): string[] {
  if (!s) return [];
  const keys = s.split(',').map((k) => k.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ',')).replace(/ +$/, (m) => '+'.repeat(m.length))).filter(Boolean);
  return [...new Set(keys)];
}
