/**
 * A dictionary of multi-word names matched over a token stream, longest match first.
 *
 * Keys are normalised names (lower case, letters and digits only: the guideline's matching rule), so
 * "MVTec-AD", "MVTec AD" and "mvtec ad" are one key and "MVTec3D" matches "MVTec 3D". A scan walks the
 * tokens once; at each token it extends the concatenation while it is a prefix of some key (one Set
 * lookup per token in the common case), so the cost does not grow with the size of the dictionary.
 */
import { isLowerCode, isUpperCode, wordHash, type Token } from './sentences.ts';
import { isKnownWord } from './nlp.ts';
import { plusRun } from '../../src/model.ts';

export interface PhraseForm<T> {
  value: T;
  /** The form as written in the dictionary. */
  form: string;
  /** Match only this exact spelling (letters' case and all), e.g. forms that are also common words. */
  caseSensitive: boolean;
  /** A one-word form that also matches its all-lower-case spelling as one word ("deepwalk" for DeepWalk). */
  lowerOneWord?: boolean;
}

export interface PhraseMatch<T> {
  forms: PhraseForm<T>[];
  /** Surface text as it appears in the sentence. */
  surface: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

/**
 * Characters allowed between the tokens of one name ("MVTec-AD", "VisA-D&R", "ViT-B/16", "TON_IoT"): at most 2 of
 * these: space, no-break space, - ‐ ‑ – & / ' ’ ‘ ("KDD Cup ‘99") . + · ("DALL·E 3") _; or a spaced ampersand
 */
function joined(text: string, from: number, to: number): boolean {
  // (or a spaced ampersand: "Fishyscapes Lost & Found")
  if (to - from > 2) return to - from === 3 && text.charCodeAt(from + 1) === 0x26 && text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 2) === 0x20;
  for (let k = from; k < to; k++) {
    switch (text.charCodeAt(k)) {
      case 0x20: case 0xa0: case 0x2d: case 0x2010: case 0x2011: case 0x2013: case 0x26: case 0x2f: case 0x27: case 0x2019: case 0x2018: case 0x2e: case 0x2b: case 0xb7: case 0x5f:
        continue;
      default:
        return false;
    }
  }
  return true;
}

function squash(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A prefix of some key, reached by appending tokens: `key` is the concatenation, `forms` the dictionary's
 * forms when it is a whole key. `next` memoises the step to the next token (null: no key goes on so),
 * which is what a scan would otherwise recompute as a string concatenation and two lookups.
 */
interface Node<T> {
  key: string;
  forms: PhraseForm<T>[] | undefined;
  /** Per form: starts with a capital (see acceptForms). */
  formsUpper: boolean[] | undefined;
  /**
   * Bit (c & 31) set for the first character c of every string that appended to `key` gives a prefix:
   * a next token whose first character's bit is clear leads nowhere (no lookup needed).
   */
  nextChars: number;
  /** The steps taken, by the next token's wordHash. */
  next: Map<number, Step<T>> | undefined;
  /** A root of the same wordHash as this one (roots are kept by the hash of their word). */
  alt: Node<T> | undefined;
}

/** A memoised step: appending `tok` leads to `to` (null: nowhere); `alt` a step of the same hash. */
interface Step<T> {
  tok: string;
  to: Node<T> | null;
  alt: Step<T> | undefined;
}

/** Scans after which an index memoises its steps (a per-paper index is scanned a few times only). */
const MEMO_AFTER = 50;
/** Memoised steps kept at most (then the memo starts afresh). */
const MAX_STEPS = 200_000;

export class PhraseIndex<T> {
  private readonly full = new Map<string, PhraseForm<T>[]>();
  private readonly prefixes = new Set<string>();
  /** wordHash of each prefix: a token whose hash is not here starts no name (no string hashing to tell). */
  private readonly prefixHashes = new Set<number>();
  private maxTokens = 1;
  /** Nodes of the words names start with, and the steps taken from them (see Node). */
  private roots = new Map<number, Node<T>>();
  private steps = 0;
  /** The prefixes in code-unit order (those that start with a key are consecutive), made at first need. */
  private sorted: string[] | null = null;
  /** Scans since the last `add`. */
  private scans = 0;
  /**
   * Forms that may stand inside a longer hyphenated name whose next part is short and capitalised (a known data
   * set's variant: "TSB-AD-U", "VisA-LT"); the extractor names the variant as written. Others do not ("MSAD" in
   * "MSAD-HN" unless it says so).
   */
  variantOk: ((value: T) => boolean) | undefined;
  /**
   * Forms that an all-lower-case spelling of their several words may stand for, where the words' initials follow in
   * parentheses ("deep embedded clustering (DEC)", "a temporal shift module (TSM)": the name spelt out before the
   * acronym it defines); others need their capitals ("feature pyramid network" is words).
   */
  spelledOutOk: ((value: T) => boolean) | undefined;

  add(form: string, value: T, caseSensitive = false, lowerOneWord = false): void {
    const key = normKey(form);
    if (!key) return;
    // the memoised steps read the dictionary: start them afresh
    if (this.steps || this.roots.size) {
      this.roots = new Map();
      this.steps = 0;
    }
    this.sorted = null;
    this.scans = 0;
    let list = this.full.get(key);
    if (!list) this.full.set(key, (list = []));
    if (!list.some((f) => f.value === value && f.form === form && f.caseSensitive === caseSensitive)) {
      list.push(lowerOneWord ? { value, form, caseSensitive, lowerOneWord } : { value, form, caseSensitive });
    }
    // prefixes at the form's token boundaries: a scan only extends while it is inside some form
    const parts = (form.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    let acc = '';
    for (const part of parts) {
      acc += part;
      this.prefixes.add(acc);
      this.prefixHashes.add(wordHash(acc));
    }
    this.prefixes.add(key);
    this.prefixHashes.add(wordHash(key));
    const n = parts.length;
    if (n + 2 > this.maxTokens) this.maxTokens = n + 2;
  }

  get size(): number {
    return this.full.size;
  }

  /** Forget the memoised steps (they are rebuilt as scans need them; results never depend on them). */
  forgetSteps(): void {
    this.roots = new Map();
    this.steps = 0;
    this.scans = 0;
  }

  lookup(name: string): PhraseForm<T>[] | undefined {
    return this.full.get(normKey(name));
  }

  /** Can a name start with this (lower-case) word? */
  startsWith(word: string): boolean {
    return this.prefixes.has(word);
  }

  private root(w: string, h: number): Node<T> {
    let node = this.roots.get(h);
    while (node !== undefined && node.key !== w) node = node.alt;
    if (node === undefined) {
      node = this.node(w);
      node.alt = this.roots.get(h);
      this.roots.set(h, node);
    }
    return node;
  }

  private node(key: string): Node<T> {
    const forms = this.full.get(key);
    return { key, forms, formsUpper: forms?.map((f) => startsUpper(f.form)), nextChars: this.nextChars(key), next: undefined, alt: undefined };
  }

  private nextChars(key: string): number {
    const s = (this.sorted ??= [...this.prefixes].sort());
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    let mask = 0;
    for (let k = lo; k < s.length && s[k].startsWith(key); k++) {
      if (s[k].length > key.length) mask |= 1 << (s[k].charCodeAt(key.length) & 31);
    }
    return mask;
  }

  /** All longest, non-overlapping matches in `text` (whose tokens are `tokens`). */
  /**
   * `starts[i]`, when given, is startsWith(tokens[i].lower) computed by the caller; else `hashes[i]`, when
   * given, is the token's wordHash (as `tokenize` gives it).
   */
  scan(text: string, tokens: Token[], starts?: boolean[], hashes?: number[]): PhraseMatch<T>[] {
    // memoise the steps only for an index scanned again and again (not a per-paper one)
    const memo = ++this.scans > MEMO_AFTER;
    const out: PhraseMatch<T>[] = [];
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const first = tokens[i];
      const w = first.lower;
      if (starts ? !starts[i] : (hashes !== undefined && !this.prefixHashes.has(hashes[i])) || !this.prefixes.has(w)) continue;
      let node = memo ? this.root(w, hashes !== undefined ? hashes[i] : wordHash(w)) : null;
      let key = w;
      let best: PhraseMatch<T> | undefined;
      const jEnd = Math.min(n, i + this.maxTokens);
      for (let j = i; j < jEnd; j++) {
        if (j > i) {
          if (!joined(text, tokens[j - 1].end, tokens[j].start)) break;
          const t = tokens[j].lower;
          if (node === null) {
            key += t;
            if (!this.prefixes.has(key)) break;
          } else {
            if ((node.nextChars & (1 << (t.charCodeAt(0) & 31))) === 0) break;
            const th = hashes !== undefined ? hashes[j] : wordHash(t);
            let st = node.next?.get(th);
            while (st !== undefined && st.tok !== t) st = st.alt;
            let nx: Node<T> | null;
            if (st === undefined) {
              const k = node.key + t;
              nx = this.prefixes.has(k) ? this.node(k) : null;
              if (++this.steps > MAX_STEPS) {
                this.roots = new Map();
                this.steps = 0;
              } else {
                const steps = (node.next ??= new Map());
                steps.set(th, { tok: t, to: nx, alt: steps.get(th) });
              }
            } else nx = st.to;
            if (nx === null) break;
            node = nx;
          }
        }
        const forms = node === null ? this.full.get(key) : node.forms;
        if (!forms) continue;
        // a name does not stop inside a longer hyphenated name ("MSAD" in "MSAD-HN", "ShapeNet" in
        // "Anomaly-ShapeNet"); a lower-case suffix ("CLIP-based", "MSAD-like") leaves it whole
        if (partOfLonger(text, tokens, i, j) && !(this.variantOk && shortPartAfter(text, tokens, i, j) && forms.some((f) => this.variantOk!(f.value)))) continue;
        const surface = text.slice(first.start, tokens[j].end);
        // "in VAD" is not InvAD, "brain MRI" not BrainMRI: a name spread over several words starts as it is spelt
        const lowerStart = j > i && first.text === first.lower;
        let ok = acceptForms(forms, node === null ? null : node.formsUpper!, surface, lowerStart, text.charCodeAt(tokens[j].end) === 0x2b);
        if (!ok.length && this.spelledOutOk && j > i && surface === surface.toLowerCase() && initialsAfter(text, tokens[j].end, tokens, i, j)) {
          ok = forms.filter((f) => !f.caseSensitive && this.spelledOutOk!(f.value) && /[\s\-‐]/.test(f.form));
        }
        if (ok.length) best = { forms: ok, surface, start: first.start, end: tokens[j].end, from: i, to: j + 1 };
      }
      if (best) {
        out.push(best);
        i = best.to - 1;
      }
    }
    return out;
  }
}

/**
 * The forms that accept this surface, in order. Case rules: a case-sensitive form must be spelled exactly;
 * any other form matches case-insensitively, except that an all-lower-case surface does not match a form
 * that has capitals ("clip" is not CLIP, "shoes" is not Shoes). With `lowerStart`, no form starting with a
 * capital (`upper[k]`, when given) matches.
 */
function acceptForms<T>(forms: PhraseForm<T>[], upper: boolean[] | null, surface: string, lowerStart: boolean, plusAfter: boolean): PhraseForm<T>[] {
  const ok: PhraseForm<T>[] = [];
  let lowerSurface: boolean | undefined;
  let squashed: string | undefined;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k];
    // "RD++" is not "RD" nor "R&D": a form that ends in a plus needs the plus written after the surface
    if (!plusAfter && f.form.charCodeAt(f.form.length - 1) === 0x2b) continue;
    // "MMS" (a space mission) is not "M&Ms", nor "RD" "R&D": a form joined by an ampersand needs the ampersand written
    // (its other spellings are forms of their own: "VisA-DR", "Who and When")
    if (f.form.includes('&') && !surface.includes('&')) continue;
    // ("leveraging ViT’s global modeling" is not ViT-S: a possessive spells no form written without its apostrophe)
    if (POSSESSIVE_END.test(surface) && !/['’]/.test(f.form)) continue;
    // (and a spaced ampersand joins only the words of a form that has one: "Lost & Found", not "MVTec & VisA")
    if (!f.form.includes('&') && surface.includes(' & ')) continue;
    if (lowerStart && (upper === null ? startsUpper(f.form) : upper[k]) && !sameButFirstWord(f.form, surface)) continue;
    if (!ONE_WORD_BREAK.test(f.form) && ONE_WORD_BREAK.test(surface) && (commonWords(surface) || (surface.includes(' ') && lowerWordOnCapitals(f.form, surface)))) continue;
    if (f.caseSensitive) {
      squashed ??= squash(surface);
      if (squashed !== squash(f.form)) continue;
    } else {
      lowerSurface ??= surface === surface.toLowerCase();
      if (lowerSurface && f.form !== f.form.toLowerCase() && !(f.lowerOneWord && !ONE_WORD_BREAK.test(surface))) continue;
    }
    ok.push(f);
  }
  return ok;
}

/** An acronym in parentheses right after tokens[i..j] made of their words' first letters: " (DEC)" after "deep embedded clustering". */
function initialsAfter(text: string, end: number, tokens: Token[], i: number, j: number): boolean {
  const m = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(end, end + 10));
  if (!m) return false;
  let initials = '';
  for (let k = i; k <= j; k++) initials += tokens[k].text[0];
  return initials.toUpperCase() === m[1];
}

/**
 * "deep SVDD" for "Deep SVDD": the same words, the first in lower case (a capital starts a sentence, not a
 * name) and the rest spelt exactly as the form ("in VAD" is not "InvAD": other words).
 */
function sameButFirstWord(form: string, surface: string): boolean {
  const a = form.split(/[\s\-‐]+/);
  const b = surface.split(/[\s\-‐]+/);
  if (a.length < 2 || a.length !== b.length || a[0].toLowerCase() !== b[0]) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] || a[i] === a[i].toLowerCase()) return false;
  return true;
}

/**
 * "Online Log Anomaly Detection" is not LogAnomaly, "A 3D LiDAR Dataset" not A3D, "its Hot-Spot Temperature" not HotSpot:
 * a one-word form is not read off spaced or hyphened words that are an article and a word, or common words ("Log anomaly
 * detection"; "MVTec 3D" and "Deep SVDD" are read).
 */
function commonWords(surface: string): boolean {
  const words = surface.split(/[\s\-‐‑]+/);
  if (ARTICLE.has(words[0])) return true;
  for (const w of words) if (!COMMON_WORD.test(w) || !isKnownWord(w)) return false;
  return true;
}
const ARTICLE = new Set(['A', 'An', 'The']);

/**
 * "OOD is" is not OoDIS: a one-word form is not read off spaced words of which a later one is spelt in lower case
 * where the form has capitals ("MVTec 3D", "Deep Walk" are read), nor off spaced words with a capital where the form has
 * a small letter ("OC to" is not Octo).
 */
function lowerWordOnCapitals(form: string, surface: string): boolean {
  const words = surface.split(/\s+/);
  const f = squash(form);
  // ("the results of OC to the regular classifiers" is not Octo: a capital written where the form has a small letter)
  const sqs = squash(surface);
  if (sqs.length === f.length) for (let k = 0; k < f.length; k++) if (isUpperCode(sqs.charCodeAt(k)) && isLowerCode(f.charCodeAt(k))) return true;
  let at = squash(words[0]).length;
  for (let w = 1; w < words.length; w++) {
    const sq = squash(words[w]);
    if (sq && sq === sq.toLowerCase() && sq !== sq.toUpperCase()) {
      const part = f.slice(at, at + sq.length);
      if (part !== part.toLowerCase()) return true;
    }
    at += sq.length;
  }
  return false;
}
const COMMON_WORD = /^[A-Za-z][a-z]+$/;
/** A word's possessive ending ("ViT’s", "BERT's"). */
const POSSESSIVE_END = /['’]s$/;

const HYPHENS = new Set(['-', '‐', '‑']);
/** What splits a surface into words (a one-word form's lower-case spelling must be one word). */
const ONE_WORD_BREAK = /[\s\-‐‑]/;
/**
 * A capitalised word or acronym continues a name ("-HN", "-Violence"); a size, number or version
 * ("-7B", "-8x22B", "-50", "-L", "-XL", "-V2", "-Chat") only qualifies it.
 */
const QUALIFIERS = String.raw`\d+(?:[.]\d+)?[A-Za-z]?|\d+x\d+(?:[.]\d+)?[BM]|[vV]\d+(?:[.]\d+)?|[BLHSGTM]|XL|XXL|XS|Chat|Instruct`;
const CONTINUES_NAME = new RegExp(String.raw`^(?!(?:${QUALIFIERS}|Tiny|Small|Base|Large|Huge|Giant|Mini|Medium)$)[A-Za-z0-9]*[A-Z]`);
/** Before a name, a size word is a part of a longer one ("Tiny-Dinomaly"); after it, a checkpoint ("Chronos-Bolt-Small"). */
const STARTS_NAME = new RegExp(String.raw`^(?!(?:${QUALIFIERS})$)[A-Za-z0-9]*[A-Z]`);

function startsUpper(form: string): boolean {
  const c = form.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Tokens i..j are glued by a hyphen to a capitalised token on either side. */
/** The hyphened next part is a letter code or a number ("-U", "-LT", "-MET", "-2"; not a word: "-Zorb"), and no part is
 * hyphened before the name. */
function shortPartAfter(text: string, tokens: Token[], i: number, j: number): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.end === tokens[i].start - 1 && HYPHENS.has(text[prev.end])) return false;
  const next = tokens[j + 1];
  return next !== undefined && /^[A-Z]{1,4}\d*$|^\d{1,3}[A-Za-z]?$/.test(next.text) && !(tokens[j + 2] && tokens[j + 2].start === next.end + 1 && HYPHENS.has(text[next.end]));
}
function partOfLonger(text: string, tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (next && next.start === tokens[j].end + 1 && HYPHENS.has(text[tokens[j].end]) && CONTINUES_NAME.test(next.text)) return true;
  const prev = tokens[i - 1];
  if (prev && prev.end === tokens[i].start - 1 && HYPHENS.has(text[prev.end]) && STARTS_NAME.test(prev.text)) return true;
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * normKey's results by their input: the extractor normalises the same names, surfaces and long forms again and
 * again (~30 times each per 5,000 papers). A pure function's memo (bounded): results never depend on it.
 */
const normKeys = new Map<string, string>();

/** Forget the memoised keys. */
export function forgetNormKeys(): void {
  normKeys.clear();
}

export function normKey(s: string): string {
  let k = normKeys.get(s);
  if (k === undefined) {
    k = computeNormKey(s);
    if (normKeys.size >= 20_000) normKeys.clear();
    normKeys.set(s, k);
  }
  return k;
}

/**
 * The key of one entity in a paper: normKey, and the "+" or "++" a name ends on ("SoftPatch+" beside SoftPatch,
 * "PointNet++" beside PointNet, "RD++" beside RD are two methods each, an improved one and the one it improves).
 */
export function entKey(s: string): string {
  const k = normKey(s);
  return k && k + plusRun(s);
}

function computeNormKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
