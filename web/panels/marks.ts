/**
 * Mark the extracted entities in an abstract: split the text into plain and marked segments (pure, so it is
 * unit-tested; the panel turns segments into text nodes and <mark> elements).
 */
export interface Term {
  /** Surface form to find (a label or an alias). */
  text: string;
  /** Node key it stands for. */
  key: string;
}

export interface Segment {
  text: string;
  key?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Longest terms first, case-insensitive, not inside a longer word ('CLIP' is not marked inside 'WinCLIP'
 * unless WinCLIP is itself a term, in which case WinCLIP wins), non-overlapping, left to right.
 */
export function markSegments(text: string, terms: Term[]): Segment[] {
  const usable = terms.filter((t) => t.text.trim().length >= 2);
  if (!usable.length || !text) return text ? [{ text }] : [];
  const byLower = new Map<string, string>();
  for (const t of [...usable].sort((a, b) => b.text.length - a.text.length || a.key.localeCompare(b.key))) {
    const k = t.text.toLowerCase();
    if (!byLower.has(k)) byLower.set(k, t.key);
  }
  const alternation = [...byLower.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: m[0], key: byLower.get(m[0].toLowerCase()) });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
