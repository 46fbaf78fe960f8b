/**
 * Cue phrases over word tokens (facets.json syntax, see extract/lexicon/README.md):
 *   `zero shot`      words in sequence; a token is a run of letters/digits, so this also matches
 *                    "zero-shot" and "Zero-Shot"
 *   `distill*`       a word starting with "distill"
 *   `generat* _ anomalies`   `_` skips 0 to 3 words
 *   `=AP`            case-sensitive word
 *   `!self|weakly supervised`   the first word, not preceded by one of these words
 *   `%accuracy`      only in a sentence that reports a number (a percentage, "top-1")
 *   `recall #`       `#` is a number ("Recall@50"); in a `!` list, any number
 * At each position the longest cue wins and its words are consumed ("multimodal large language
 * models" is multimodal-llm, not also llm).
 */
import type { Token } from './sentences.ts';

type CueTok = { k: 'exact'; w: string } | { k: 'prefix'; w: string } | { k: 'gap' } | { k: 'case'; w: string } | { k: 'num' };

export interface Cue {
  source: string;
  tag: string;
  /** Facet group (domains, settings ...): the longest cue wins within a group. */
  group: number;
  toks: CueTok[];
  notAfter?: Set<string>;
  needsNumber?: boolean;
}

export interface CueHit {
  group: number;
  tag: string;
  cue: string;
  from: number;
  to: number;
}

export function parseCue(source: string, tag: string, group = 0): Cue {
  let s = source.trim();
  const cue: Cue = { source, tag, group, toks: [] };
  if (s.startsWith('%')) {
    cue.needsNumber = true;
    s = s.slice(1);
  }
  if (s.startsWith('!')) {
    const sp = s.indexOf(' ');
    cue.notAfter = new Set(s.slice(1, sp).split('|').map((w) => w.toLowerCase()));
    s = s.slice(sp + 1);
  }
  for (const raw of s.split(/\s+/)) {
    if (raw === '_') cue.toks.push({ k: 'gap' });
    else if (raw === '#') cue.toks.push({ k: 'num' });
    else if (raw.startsWith('=')) {
      for (const w of raw.slice(1).match(/[\p{L}\p{N}]+/gu) ?? []) cue.toks.push({ k: 'case', w });
    } else if (raw.endsWith('*')) {
      const parts = raw.slice(0, -1).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      parts.forEach((w, i) => cue.toks.push(i === parts.length - 1 ? { k: 'prefix', w } : { k: 'exact', w }));
    } else {
      for (const w of raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) cue.toks.push({ k: 'exact', w });
    }
  }
  if (cue.toks.length === 0 || cue.toks[0].k === 'gap' || cue.toks[0].k === 'num') throw new Error(`facets.json: cue '${source}' (${tag}) has no leading word`);
  return cue;
}

/** A reported figure: a percentage, "top-1", a decimal, or a time ("23ms", "2 seconds"). */
const NUMBER = /\d(?:\.\d+)?\s?%|\btop-?\s?1\b|\d\.\d|\d\s?(?:ms|milliseconds?|seconds?|sec)\b/i;

/** A cue as scanned: its first word's test and the rest of its words, with flat fields (one object shape). */
export interface ScanCue {
  cue: Cue;
  group: number;
  /** The first word is case-sensitive (`=AP`): the token's text must be exactly `caseWord`. */
  caseWord: string | null;
  /** The words after the first. */
  rest: CueTok[];
  notAfter: Set<string> | null;
  /** `#` in the `!` list: no number before it either. */
  notAfterNumber: boolean;
  needsNumber: boolean;
}

/**
 * The cues that may start at a word: those whose first word is that word (exact or `=`), then the prefix
 * cues whose prefix it starts with, each list in the order the cues were given. (The type is opaque to
 * callers: they get it from `candidates` and hand it back to `scan`.)
 */
export type CueCandidates = readonly ScanCue[];

export class CueSet {
  private readonly exact = new Map<string, ScanCue[]>();
  /** Prefix cues by their first three characters packed in a number (no string slicing per token). */
  private readonly prefix = new Map<number, ScanCue[]>();
  private readonly groups: number;
  /** Per distinct word: the cues that may start there, or null. */
  private readonly memo = new Map<string, CueCandidates | null>();
  /** Per-group scratch for `scan` (it does not call itself). */
  private readonly skip: Int32Array;
  private readonly bestEnd: Int32Array;
  private readonly best: ScanCue[][];

  constructor(cues: Cue[]) {
    this.groups = cues.reduce((m, c) => Math.max(m, c.group + 1), 1);
    for (const c of cues) {
      const t = c.toks[0];
      const k: ScanCue = {
        cue: c,
        group: c.group,
        caseWord: t.k === 'case' ? t.w : null,
        rest: c.toks.slice(1),
        notAfter: c.notAfter ?? null,
        notAfterNumber: c.notAfter?.has('#') ?? false,
        needsNumber: c.needsNumber === true,
      };
      if (t.k === 'prefix') {
        if (t.w.length < 3) throw new Error(`facets.json: prefix cue '${c.source}' needs at least 3 letters`);
        push(this.prefix, key3(t.w), k);
      } else if (t.k === 'exact' || t.k === 'case') push(this.exact, t.w.toLowerCase(), k);
    }
    this.skip = new Int32Array(this.groups);
    this.bestEnd = new Int32Array(this.groups);
    this.best = Array.from({ length: this.groups }, () => []);
  }

  /** Forget the memoised words (results never depend on them). */
  forgetWords(): void {
    this.memo.clear();
  }

  /** The cues that may start at this (lower-case) word, or null. Memoised. */
  candidates(w: string): CueCandidates | null {
    let v = this.memo.get(w);
    if (v === undefined) {
      const a = this.exact.get(w);
      const b = w.length >= 3 ? this.prefix.get(key3(w))?.filter((k) => w.startsWith((k.cue.toks[0] as { w: string }).w)) : undefined;
      v = a && b?.length ? [...a, ...b] : a ?? (b?.length ? b : null);
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(w, v);
    }
    return v;
  }

  /** Cue hits in one sentence (`text` and its `tokens`), every group in one pass. */
  scan(text: string, tokens: Token[], cands?: (CueCandidates | null)[]): CueHit[] {
    const out: CueHit[] = [];
    let hasNumber = -1;
    const groups = this.groups;
    const { skip, bestEnd, best } = this;
    skip.fill(0);
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const list = cands ? cands[i] : this.candidates(tokens[i].lower);
      if (!list) continue;
      let found = false;
      for (let ci = 0; ci < list.length; ci++) {
        const k = list[ci];
        const g = k.group;
        if (i < skip[g]) continue;
        if (k.notAfter !== null && i > 0) {
          const prev = tokens[i - 1].lower;
          if (k.notAfter.has(prev) || (k.notAfterNumber && isNumber(prev))) continue;
        }
        if (k.needsNumber) {
          if (hasNumber < 0) hasNumber = NUMBER.test(text) ? 1 : 0;
          if (hasNumber === 0) continue;
        }
        if (k.caseWord !== null && tokens[i].text !== k.caseWord) continue;
        const end = k.rest.length === 0 ? i + 1 : matchAt(k.rest, 0, tokens, i + 1, text);
        if (end < 0 || (end - i > 1 && crossesClause(text, tokens, i, end))) continue;
        if (!found) {
          found = true;
          bestEnd.fill(-1);
        }
        if (end > bestEnd[g]) {
          bestEnd[g] = end;
          best[g].length = 0;
          best[g].push(k);
        } else if (end === bestEnd[g] && !best[g].includes(k)) best[g].push(k);
      }
      if (!found) continue;
      for (let g = 0; g < groups; g++) {
        const e = bestEnd[g];
        if (e < 0) continue;
        for (const k of best[g]) out.push({ group: g, tag: k.cue.tag, cue: k.cue.source, from: i, to: e });
        skip[g] = e;
      }
    }
    return out;
  }
}

/** A cue's words run across a comma or a parenthesis ("fine-grained, image-specific" is not "fine-grained image"), other
 * than around an acronym set in parentheses inside it ("out-of-distribution (OOD) detection"). */
function crossesClause(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (k + 1 < to && parenAcronym(text, tokens, k)) {
      k++;
      continue;
    }
    for (let x = tokens[k - 1].end, e = tokens[k].start; x < e; x++) {
      const c = text.charCodeAt(x);
      // , ; : ( ) [ ]
      if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93) return true;
    }
  }
  return false;
}

/**
 * Is token i an acronym set in parentheses right after the word before it ("out-of-distribution (OOD)")? A cue's words
 * may run on over it: "out-of-distribution (OOD) detection" is out-of-distribution detection.
 */
function parenAcronym(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (the character tests first: this runs wherever a cue's next word does not match)
  if (i === 0 || text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41 || t.text.length > 8) return false;
  const gap = t.start - tokens[i - 1].end;
  if (gap > 2 || (gap === 2 && text.charCodeAt(t.start - 2) !== 32)) return false;
  return /^[A-Za-z]*[A-Z][A-Za-z]*$/.test(t.text);
}

/** All ASCII digits (a token is letters and digits, so this is /^\d+$/ on a token). */
function isNumber(w: string): boolean {
  if (w.length === 0) return false;
  for (let x = 0; x < w.length; x++) {
    const c = w.charCodeAt(x);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function key3(w: string): number {
  return w.charCodeAt(0) * 4294967296 + w.charCodeAt(1) * 65536 + w.charCodeAt(2);
}

function push<K, T>(m: Map<K, T[]>, k: K, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** End token index (exclusive) of the longest match of toks[ti..] at tokens[i..], or -1 (an acronym in parentheses
 * between two of the cue's words is passed over: see parenAcronym). */
function matchAt(toks: CueTok[], ti: number, tokens: Token[], i: number, text: string): number {
  for (; ti < toks.length; ti++, i++) {
    const t = toks[ti];
    if (t.k === 'gap') {
      let best = -1;
      for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) {
        const e = matchAt(toks, ti + 1, tokens, i + skip, text);
        if (e > best) best = e;
      }
      return best;
    }
    if (i >= tokens.length) return -1;
    let ok = tokOk(t, tokens[i]);
    if (!ok && i + 1 < tokens.length && parenAcronym(text, tokens, i)) {
      i++;
      ok = tokOk(t, tokens[i]);
    }
    if (!ok) return -1;
  }
  return i;
}

function tokOk(t: Exclude<CueTok, { k: 'gap' }>, tok: Token): boolean {
  return t.k === 'exact' ? tok.lower === t.w
    : t.k === 'prefix' ? tok.lower.startsWith(t.w)
      // (a count, not the whole part of a fraction: "Recall-0.68" reports a recall, no Recall@K)
      : t.k === 'num' ? isNumber(tok.lower) && tok.lower !== '0'
        : tok.text === t.w;
}
