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
  toks: CueTok[];
  notAfter?: Set<string>;
  needsNumber?: boolean;
}

export interface CueHit {
  tag: string;
  cue: string;
  from: number;
  to: number;
}

export function parseCue(source: string, tag: string): Cue {
  let s = source.trim();
  const cue: Cue = { source, tag, toks: [] };
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
  private readonly prefix = new Map<string, Cue[]>();

  constructor(cues: Cue[]) {
    for (const c of cues) {
      const t = c.toks[0];
      if (t.k === 'prefix') {
        const key = t.w.slice(0, 3);
        if (t.w.length < 3) throw new Error(`facets.json: prefix cue '${c.source}' needs at least 3 letters`);
        push(this.prefix, key, c);
      } else if (t.k === 'exact' || t.k === 'case') push(this.exact, t.w.toLowerCase(), c);
    }
  }

  /** Cue hits in one sentence (`text` and its `tokens`). */
  scan(text: string, tokens: Token[]): CueHit[] {
    const out: CueHit[] = [];
    let hasNumber: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].lower;
      const a = this.exact.get(w);
      const b = w.length >= 3 ? this.prefix.get(w.slice(0, 3)) : undefined;
      if (!a && !b) continue;
      let bestEnd = -1;
      let best: Cue[] = [];
      for (const list of [a, b]) {
        if (!list) continue;
        for (const c of list) {
          if (c.notAfter && i > 0 && (c.notAfter.has(tokens[i - 1].lower) || (c.notAfter.has('#') && /^\d+$/.test(tokens[i - 1].lower)))) continue;
          if (c.needsNumber) {
            if (hasNumber === undefined) hasNumber = NUMBER.test(text);
            if (!hasNumber) continue;
          }
          const end = matchAt(c.toks, 0, tokens, i);
          if (end < 0) continue;
          if (end > bestEnd) {
            bestEnd = end;
            best = [c];
          } else if (end === bestEnd && !best.includes(c)) best.push(c);
        }
      }
      if (bestEnd < 0) continue;
      for (const c of best) out.push({ tag: c.tag, cue: c.source, from: i, to: bestEnd });
      i = bestEnd - 1;
    }
    return out;
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
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
