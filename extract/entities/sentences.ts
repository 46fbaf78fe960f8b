/**
 * Sentences and word tokens: the two cheap passes every abstract goes through.
 * Pure string code (no compromise): it runs over every word of every abstract, so it must be fast.
 */

export interface Sentence {
  text: string;
  /** The sentence as written, when `text` was cleaned for matching (LaTeX): what evidence quotes. */
  raw?: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
  /** 0 for the title, 1.. for the abstract's sentences. */
  index: number;
  /** Trigger words present (bit set, see triggers.ts): which patterns may match here. */
  flags?: number;
}

export interface Token {
  /** The surface characters (letters and digits only). */
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
}

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'al', 'fig', 'figs', 'eq', 'eqs', 'resp', 'cf', 'approx', 'no', 'sec', 'ref',
  'refs', 'viz', 'dr', 'mr', 'ms', 'prof', 'st', 'inc', 'ltd', 'jr', 'sr', 'u.s', 'ca', 'tab',
]);

const BOUNDARY = /([.!?])["')\]]?\s+(?=["'(\[]?[A-Z0-9\\])/g;

/** Split a paragraph into sentences. Abbreviations (e.g., et al., Fig.) and decimals do not end one. */
export function splitSentences(text: string, firstIndex = 1): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let index = firstIndex;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] === '.') {
      // the word before the period
      let i = m.index - 1;
      while (i >= start && !/\s/.test(text[i])) i--;
      const word = text.slice(i + 1, m.index).toLowerCase().replace(/^[("'\[\\]+/, '');
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
    }
    const s = text.slice(start, end).trim();
    if (s) out.push({ text: s, start, index: index++ });
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start, index: index++ });
  return out;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit at `i`: ASCII by char code, anything else by Unicode property. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return NON_ASCII_WORD.test(text[i]);
}

/** Runs of letters and digits, with their offsets (a hand-written loop: this runs over every character). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isWordAt(text, i)) i++;
    const t = text.slice(start, i);
    out.push({ text: t, lower: t.toLowerCase(), start, end: i });
  }
  return out;
}
