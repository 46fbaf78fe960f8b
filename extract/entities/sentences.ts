/**
 * Sentences and word tokens: the two cheap passes every abstract goes through.
 * Pure string code (no compromise): it runs over every word of every abstract, so it must be fast.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
  /** 0 for the title, 1.. for the abstract's sentences. */
  index: number;
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

const WORD = /[\p{L}\p{N}]+/gu;

/** Runs of letters and digits, with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
