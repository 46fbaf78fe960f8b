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

/** What may stand between the words of a name: "MVTec AD" is also written "MVTec-AD", "MVTecAD" or "MVTec_AD". */
const SEPARATORS = '[\\s\\-\u2010\u2011\u2013_]';
const separatorRun = new RegExp(`${SEPARATORS}+`, 'gu');
/** A name with its separators taken out, lower-cased: the spellings of one name share it. */
const squash = (s: string) => s.toLowerCase().replace(separatorRun, '');

/**
 * Longest terms first, case-insensitive, not inside a longer word ('CLIP' is not marked inside 'WinCLIP'
 * unless WinCLIP is itself a term, in which case WinCLIP wins), non-overlapping, left to right. A term's
 * words may be split otherwise in the text ('MVTec AD' marks "MVTec-AD" whole, not its "MVTec" alone).
 */
export function markSegments(text: string, terms: Term[]): Segment[] {
  const usable = terms.filter((t) => squash(t.text).length >= 2);
  if (!usable.length || !text) return text ? [{ text }] : [];
  const bySquashed = new Map<string, { key: string; pattern: string }>();
  for (const t of [...usable].sort((a, b) => b.text.length - a.text.length || a.key.localeCompare(b.key))) {
    const k = squash(t.text);
    if (bySquashed.has(k)) continue;
    const words = t.text.split(separatorRun).filter(Boolean).map(escapeRe);
    bySquashed.set(k, { key: t.key, pattern: words.join(`${SEPARATORS}*`) });
  }
  const alternation = [...bySquashed.entries()].sort((a, b) => b[0].length - a[0].length).map(([, v]) => v.pattern).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: m[0], key: bySquashed.get(squash(m[0]))?.key });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
