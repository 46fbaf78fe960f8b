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

const NUMBER = /\d(?:\.\d+)?\s?%|\btop-?\s?1\b|\d\.\d/i;

export class CueSet {
  private readonly exact = new Map<string, Cue[]>();
  /** Prefix cues by their first three characters packed in a number (no string slicing per token). */
  private readonly prefix = new Map<number, Cue[]>();

  constructor(cues: Cue[]) {
    this.groups = cues.reduce((m, c) => Math.max(m, c.group + 1), 1);
    for (const c of cues) {
      const t = c.toks[0];
      if (t.k === 'prefix') {
        const key = key3(t.w);
        if (t.w.length < 3) throw new Error(`facets.json: prefix cue '${c.source}' needs at least 3 letters`);
        push(this.prefix, key, c);
      } else if (t.k === 'exact' || t.k === 'case') push(this.exact, t.w.toLowerCase(), c);
    }
  }

  private readonly groups: number;
  /** Per distinct word: the cues that may start there (exact and prefix lists), or null. */
  private readonly memo = new Map<string, [Cue[] | undefined, Cue[] | undefined] | null>();

  /** The cues that may start at this (lower-case) word: [exact, prefix] lists, or null. Memoised. */
  candidates(w: string): [Cue[] | undefined, Cue[] | undefined] | null {
    let v = this.memo.get(w);
    if (v === undefined) {
      const a = this.exact.get(w);
      const b = w.length >= 3 ? this.prefix.get(key3(w)) : undefined;
      v = a || b ? [a, b] : null;
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(w, v);
    }
    return v;
  }

  /** Cue hits in one sentence (`text` and its `tokens`), every group in one pass. */
  scan(text: string, tokens: Token[], cands?: ([Cue[] | undefined, Cue[] | undefined] | null)[]): CueHit[] {
    const out: CueHit[] = [];
    let hasNumber: boolean | undefined;
    const skip = new Array<number>(this.groups).fill(0);
    const bestEnd = new Array<number>(this.groups);
    const best: Cue[][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const both = cands ? cands[i] : this.candidates(tokens[i].lower);
      if (!both) continue;
      const [a, b] = both;
      bestEnd.fill(-1);
      for (const list of [a, b]) {
        if (!list) continue;
        for (const c of list) {
          if (i < skip[c.group]) continue;
          if (c.notAfter && i > 0 && (c.notAfter.has(tokens[i - 1].lower) || (c.notAfter.has('#') && /^\d+$/.test(tokens[i - 1].lower)))) continue;
          if (c.needsNumber) {
            if (hasNumber === undefined) hasNumber = NUMBER.test(text);
            if (!hasNumber) continue;
          }
          const end = matchAt(c.toks, 0, tokens, i);
          if (end < 0 || (end - i > 1 && crossesClause(text, tokens, i, end))) continue;
          const g = c.group;
          if (end > bestEnd[g]) {
            bestEnd[g] = end;
            best[g] = [c];
          } else if (end === bestEnd[g] && !best[g].includes(c)) best[g].push(c);
        }
      }
      for (let g = 0; g < this.groups; g++) {
        if (bestEnd[g] < 0) continue;
        for (const c of best[g]) out.push({ group: g, tag: c.tag, cue: c.source, from: i, to: bestEnd[g] });
        skip[g] = bestEnd[g];
      }
    }
    return out;
  }
}

const CLAUSE_MARK = /[,;:()\[\]]/;

/** A cue's words run across a comma or a parenthesis ("fine-grained, image-specific" is not "fine-grained image"). */
function crossesClause(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (CLAUSE_MARK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  return false;
}

function key3(w: string): number {
  return w.charCodeAt(0) * 4294967296 + w.charCodeAt(1) * 65536 + w.charCodeAt(2);
}

function push<K, T>(m: Map<K, T[]>, k: K, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** End token index (exclusive) of the longest match of toks[ti..] at tokens[i..], or -1. */
function matchAt(toks: CueTok[], ti: number, tokens: Token[], i: number): number {
  if (ti === toks.length) return i;
  const t = toks[ti];
  if (t.k === 'gap') {
    let best = -1;
    for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) {
      const e = matchAt(toks, ti + 1, tokens, i + skip);
      if (e > best) best = e;
    }
    return best;
  }
  if (i >= tokens.length) return -1;
  const tok = tokens[i];
  const ok =
    t.k === 'exact' ? tok.lower === t.w
      : t.k === 'prefix' ? tok.lower.startsWith(t.w)
        : t.k === 'num' ? /^\d+$/.test(tok.lower)
          : tok.text === t.w;
  return ok ? matchAt(toks, ti + 1, tokens, i + 1) : -1;
}
