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
  /** Gate words present (bit set, see `wordGates` in triggers.ts): which substring tests may pass here. */
  gates?: number;
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

/**
 * A sentence end: `.`, `!` or `?` (a closing quote or bracket may follow), then space and a capital, digit, opening
 * quote or bracket; or (copied text that lost its spaces: "... during training.Although the paradigm ...") a period
 * right between a lower-case word, a figure or a bracket and a capitalised word.
 */
const BOUNDARY = /([.!?])["')\]]?\s+(?=["'(\[]?[A-Z0-9\\])|\.(?<=(?:[a-z0-9][a-z]|[0-9]{2}|[0-9][%)]|[A-Za-z0-9]\))\.)(?=[A-Z][a-z]+\b)/g;

/** The brackets and quotes stripped before a word ahead of a period. */
const OPENERS = '("\'[\\';

/** `\s` of a JS regular expression, by char code. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [a-z] by char code. */
export function isLowerCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** [A-Z] by char code. */
export function isUpperCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Split a paragraph into sentences. Abbreviations (e.g., et al., Fig.) and decimals do not end one. */
export function splitSentences(text: string, firstIndex = 1): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let index = firstIndex;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] !== '!' && m[1] !== '?') {
      // the word before the period
      let i = m.index - 1;
      while (i >= start && !isSpace(text.charCodeAt(i))) i--;
      let word = text.slice(i + 1, m.index).toLowerCase();
      // (gate: the replace needs an opening bracket or quote first)
      if (word.length > 0 && OPENERS.includes(word[0])) word = word.replace(/^[("'\[\\]+/, '');
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
      // (with no space after the period, not inside a link, an address or a dotted name: "github.com/org/Repo.Name")
      if (m[1] === undefined && /[/@:]|[a-z]\.[a-z]/.test(word)) continue;
    }
    index = pushSentence(out, text, start, end, index);
    start = end;
  }
  pushSentence(out, text, start, text.length, index);
  return out;
}

/**
 * The title as sentences: itself, index 0, when it is at most MAX_SENTENCE characters long (every real title); else
 * its first piece is the title and the rest follow as sentences 1.. (no real title comes near: a title that long is
 * a field that took in other text, and the title's own rules, read once for each parenthesis in it, would take
 * quadratic time: 24,000 words took 1.7 s). The abstract's sentences then start at index 1 + the extra pieces.
 */
export function splitTitle(text: string): Sentence[] {
  const s = text.trim();
  if (s.length <= MAX_SENTENCE) return [{ text: s, start: 0, index: 0 }];
  const out: Sentence[] = [];
  pushSentence(out, s, 0, s.length, 0);
  return out;
}

/**
 * The longest sentence the passes read whole (characters). Real abstracts stay far below it (158k sentences of the
 * held-out sets: longest 1,667, 99.9% under 550); text with no sentence ends (a table, a keyword list, OCR) would
 * otherwise make one "sentence" of everything, and several passes read a sentence once for each parenthesis or
 * name in it: 12,000 such words took 0.9 s. Cut into pieces of at most this length, the work stays linear.
 */
export const MAX_SENTENCE = 2000;

/**
 * Push text[start, end), trimmed, as one sentence, or as several when it is longer than MAX_SENTENCE: each piece
 * ends after the last "; ", ", " or space of its first MAX_SENTENCE characters (in its second half), or at
 * MAX_SENTENCE exactly where there is none. Returns the next index.
 */
function pushSentence(out: Sentence[], text: string, start: number, end: number, index: number): number {
  for (;;) {
    const s = text.slice(start, end).trim();
    if (!s) return index;
    if (s.length <= MAX_SENTENCE) {
      out.push({ text: s, start, index });
      return index + 1;
    }
    // (from the first character of the trimmed text)
    while (isSpace(text.charCodeAt(start))) start++;
    const window = text.slice(start, start + MAX_SENTENCE);
    let cut = -1;
    for (const sep of ['; ', ', ', ' ']) {
      const at = window.lastIndexOf(sep);
      if (at >= MAX_SENTENCE / 2) {
        cut = at + sep.length;
        break;
      }
    }
    // (not between the two halves of a surrogate pair)
    if (cut < 0) cut = (text.charCodeAt(start + MAX_SENTENCE - 1) & 0xfc00) === 0xd800 ? MAX_SENTENCE - 1 : MAX_SENTENCE;
    out.push({ text: text.slice(start, start + cut).trim(), start, index: index++ });
    start += cut;
  }
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per UTF-16 code unit: 1 a letter, digit or mark (a word character), 2 an upper-case ASCII letter, 3 not
 * a word character, 0 not known yet. ASCII is filled here, the rest as it is met (one regex test each).
 */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = c >= 65 && c <= 90 ? 2 : (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : 3;

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) CLASS[c] = k = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 3;
  return k;
}

/**
 * Runs of letters and digits, with their offsets (a hand-written loop: this runs over every character).
 * With `hashes`, also each token's `wordHash` of its lower-cased text, computed as the characters are read
 * (a memo keyed by it needs no string hashing of the fresh token strings).
 */
export function tokenize(text: string, hashes?: number[]): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? CLASS[c] : classOf(c);
    if (k === 3) {
      i++;
      continue;
    }
    const start = i;
    // an ASCII run without capitals is its own lower case
    let plain = k === 1 && c < 128;
    let ascii = c < 128;
    let h = k === 2 ? c + 32 : c;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      k = c < 128 ? CLASS[c] : classOf(c);
      if (k === 3) break;
      if (c >= 128) plain = ascii = false;
      else if (k === 2) plain = false;
      h = (Math.imul(h, 31) + (k === 2 ? c + 32 : c)) | 0;
    }
    const t = text.slice(start, i);
    const lower = plain ? t : t.toLowerCase();
    out.push({ text: t, lower, start, end: i });
    if (hashes) hashes.push(ascii ? h & 0x3fffffff : wordHash(lower));
  }
  return out;
}

/** The hash `tokenize` gives a token whose lower-cased text is `w` (a 30-bit integer). */
export function wordHash(w: string): number {
  let h = w.charCodeAt(0);
  for (let i = 1; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}
