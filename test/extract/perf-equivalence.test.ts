/**
 * The word-level passes were rewritten for speed (cues.ts, phrase-index.ts, sentences.ts, nlp.ts); they
 * must give exactly what the straightforward versions gave. The references below are those versions (as
 * of commit a161595), compared on the held-out and reader fixtures, their mangled variants (case,
 * Unicode, joiners) and seeded random text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the single-file build of compromise/two ships without a .d.ts (as in extract/entities/nlp.ts)
import nlp from '../../node_modules/compromise/builds/two/compromise-two.mjs';
import facets from '../../extract/lexicon/facets.json' with { type: 'json' };
import datasets from '../../extract/lexicon/datasets.json' with { type: 'json' };
import methods from '../../extract/lexicon/methods.json' with { type: 'json' };
import models from '../../extract/lexicon/models.json' with { type: 'json' };
import generic from '../../extract/lexicon/generic.json' with { type: 'json' };
import { CueSet, parseCue, type Cue, type CueHit } from '../../extract/entities/cues.ts';
import { isKnownWord, looksLikeNamePhrase } from '../../extract/entities/nlp.ts';
import { PhraseIndex, normKey, type PhraseMatch } from '../../extract/entities/phrase-index.ts';
import { splitSentences, tokenize, wordHash, type Token } from '../../extract/entities/sentences.ts';
import { WordTable } from '../../extract/entities/word-table.ts';

// ---------------------------------------------------------------- inputs

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const FIXTURES = [
  'test/fixtures/heldout/heldout-b.jsonl',
  'test/fixtures/heldout/heldout-c.jsonl',
  'test/fixtures/heldout/heldout-d.jsonl',
  'test/fixtures/readers/papers.jsonl',
];

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const f of FIXTURES) {
    for (const line of readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8').split('\n')) {
      try {
        const o = JSON.parse(line) as { title?: unknown; abstract?: unknown };
        if (typeof o.title === 'string') out.push(o.title);
        if (typeof o.abstract === 'string') out.push(o.abstract);
      } catch {
        // malformed lines are the readers' business
      }
    }
  }
  return out;
}

const SWAPS: [string, string][] = [
  [' ', '\u00a0'], ['e', 'é'], ['-', '‐'], ['-', '–'], ['a', 'ä'], ['o', 'ö'], ['(', ' ( '], ['.', '. '], [' ', '  '],
  ['i', 'İ'], ['s', 'ß'], ['1', '١'], ['-', '/'], [' ', ', '], ['t', '\u{1d42d}'], ['n', 'n\u0303'], ['%', ' %'],
];

/** The fixtures, and each again upper-cased, lower-cased, title-cased and with characters swapped. */
function corpus(): string[] {
  const r = rng(7);
  const out: string[] = [];
  for (const t of fixtureTexts()) {
    out.push(t, t.toUpperCase(), t.toLowerCase(), t.replace(/\b\w/g, (c) => c.toUpperCase()));
    let m = t;
    for (let k = 0; k < 20; k++) {
      const [a, b] = SWAPS[Math.floor(r() * SWAPS.length)];
      const j = m.indexOf(a, Math.floor(r() * m.length));
      if (j >= 0) m = m.slice(0, j) + b + m.slice(j + a.length);
    }
    out.push(m);
  }
  const PIECES = ['MVTec-AD', 'MVTec AD', 'VisA-D&R', 'ViT-B/16', 'zero-shot', 'Zero Shot', 'AUROC', 'top-1', '99.6%', 'e.g.', 'et al.',
    'Ünïcödé', '日本語', '—', ':', ';', '(', ')', '[', ']', 'the', 'self-supervised', 'weakly supervised', 'Recall@50', 'F1-score',
    'CLIP', 'clip', 'GPT-4o', 'ResNet-50', 'MSAD-HN', 'Anomaly-ShapeNet', 'in VAD', 'brain MRI', 'x', '3', 'Fig.', 'No.', '\\eg',
    ...[' ', '\u00a0', '-', '‐', '‑', '–', '—', '&', '/', "'", '’', '.', '+', '_', ' - ', '++'].map((j) => `MVTec${j}AD`)];
  for (let n = 0; n < 500; n++) {
    out.push(Array.from({ length: Math.floor(r() * 40) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : '-'));
  }
  return out;
}

let texts: string[] | undefined;
let sentences: string[] | undefined;
/** Built at first use (the references below are defined further down). */
const TEXTS = () => (texts ??= corpus());
const SENTENCES = () => (sentences ??= TEXTS().flatMap((t) => refSplitSentences(t).map((s) => s.text)));

// ---------------------------------------------------------------- sentences.ts

const REF_ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'al', 'fig', 'figs', 'eq', 'eqs', 'resp', 'cf', 'approx', 'no', 'sec', 'ref',
  'refs', 'viz', 'dr', 'mr', 'ms', 'prof', 'st', 'inc', 'ltd', 'jr', 'sr', 'u.s', 'ca', 'tab',
]);
const REF_BOUNDARY = /([.!?])["')\]]?\s+(?=["'(\[]?[A-Z0-9\\])/g;

function refSplitSentences(text: string, firstIndex = 1) {
  const out: { text: string; start: number; index: number }[] = [];
  let start = 0;
  let index = firstIndex;
  REF_BOUNDARY.lastIndex = 0;
  for (let m = REF_BOUNDARY.exec(text); m; m = REF_BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] === '.') {
      let i = m.index - 1;
      while (i >= start && !/\s/.test(text[i])) i--;
      const word = text.slice(i + 1, m.index).toLowerCase().replace(/^[("'\[\\]+/, '');
      if (REF_ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
    }
    const s = text.slice(start, end).trim();
    if (s) out.push({ text: s, start, index: index++ });
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start, index: index++ });
  return out;
}

function refTokenize(text: string): Token[] {
  const isWordAt = (i: number) => {
    const code = text.charCodeAt(i);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    return /[\p{L}\p{N}\p{M}]/u.test(text[i]);
  };
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordAt(i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < text.length && isWordAt(i)) i++;
    const t = text.slice(start, i);
    out.push({ text: t, lower: t.toLowerCase(), start, end: i });
  }
  return out;
}

describe('sentences.ts as before', () => {
  it('splitSentences', () => {
    // (the fixtures' lines are parsed in a try: a fixture that no longer parses would leave only random text)
    expect(fixtureTexts().length).toBeGreaterThan(150);
    for (const t of TEXTS()) expect(splitSentences(t, 3)).toEqual(refSplitSentences(t, 3));
  });
  it('tokenize (whitespace of every kind, astral letters, combining marks)', () => {
    const odd = '\u2000a\u200ab\u2028c\u3000d\ufeffe\u1680f \u{1d42d}x\u0303y İZ ß١٢';
    for (const s of [...SENTENCES(), odd]) expect(tokenize(s)).toEqual(refTokenize(s));
  });
  it("tokenize's hashes are wordHash of each token's lower case (same tokens with or without them)", () => {
    const odd = 'K\u212aelvin Straße İZ ß١٢ ÉCOLE école MVTec mvtec';
    for (const s of [...SENTENCES(), odd]) {
      const hashes: number[] = [];
      const tokens = tokenize(s, hashes);
      expect(tokens).toEqual(refTokenize(s));
      expect(hashes).toEqual(tokens.map((t) => wordHash(t.lower)));
    }
    expect(wordHash('mvtec')).toBe(wordHash('MVTec'.toLowerCase()));
  });
});

// ---------------------------------------------------------------- cues.ts

function refScan(cues: Cue[], text: string, tokens: Token[]): CueHit[] {
  const NUMBER = /\d(?:\.\d+)?\s?%|\btop-?\s?1\b|\d\.\d/i;
  const groups = cues.reduce((m, c) => Math.max(m, c.group + 1), 1);
  type Tok = Cue['toks'][number];
  const matchAt = (toks: Tok[], ti: number, i: number): number => {
    if (ti === toks.length) return i;
    const t = toks[ti];
    if (t.k === 'gap') {
      let best = -1;
      for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) best = Math.max(best, matchAt(toks, ti + 1, i + skip));
      return best;
    }
    if (i >= tokens.length) return -1;
    const okAt = (j: number) => {
      const tok = tokens[j];
      return t.k === 'exact' ? tok.lower === t.w : t.k === 'prefix' ? tok.lower.startsWith(t.w) : t.k === 'num' ? /^\d+$/.test(tok.lower) && tok.lower !== '0' : tok.text === t.w;
    };
    if (okAt(i)) return matchAt(toks, ti + 1, i + 1);
    // an acronym in parentheses between two of the cue's words: "out-of-distribution (OOD) detection"
    if (ti > 0 && i + 1 < tokens.length && parenAcr(i) && okAt(i + 1)) return matchAt(toks, ti + 1, i + 2);
    return -1;
  };
  const parenAcr = (i: number) => i > 0 && /^[A-Za-z]*[A-Z][A-Za-z]*$/.test(tokens[i].text) && tokens[i].text.length <= 8 &&
    /^ ?\($/.test(text.slice(tokens[i - 1].end, tokens[i].start)) && text[tokens[i].end] === ')';
  const crosses = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) {
      if (k + 1 < to && parenAcr(k)) {
        k++;
        continue;
      }
      if (/[,;:()\[\]]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
    }
    return false;
  };
  // at a word: the cues whose first word is that word, then those whose first word is a prefix, each in order
  const ordered = [...cues.filter((c) => c.toks[0].k !== 'prefix'), ...cues.filter((c) => c.toks[0].k === 'prefix')];
  const out: CueHit[] = [];
  const skip = new Array<number>(groups).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const bestEnd = new Array<number>(groups).fill(-1);
    const best: Cue[][] = [];
    for (const c of ordered) {
      if (i < skip[c.group]) continue;
      if (c.notAfter && i > 0 && (c.notAfter.has(tokens[i - 1].lower) || (c.notAfter.has('#') && /^\d+$/.test(tokens[i - 1].lower)))) continue;
      if (c.needsNumber && !NUMBER.test(text)) continue;
      const end = matchAt(c.toks, 0, i);
      if (end < 0 || (end - i > 1 && crosses(i, end))) continue;
      const g = c.group;
      if (end > bestEnd[g]) {
        bestEnd[g] = end;
        best[g] = [c];
      } else if (end === bestEnd[g]) best[g].push(c);
    }
    for (let g = 0; g < groups; g++) {
      if (bestEnd[g] < 0) continue;
      for (const c of best[g]) out.push({ group: g, tag: c.tag, cue: c.source, from: i, to: bestEnd[g] });
      skip[g] = bestEnd[g];
    }
  }
  return out;
}

describe('cues.ts as before', () => {
  // the facet cues in the order the extractor compiles them (ties keep that order)
  const cues: Cue[] = [];
  const f = facets as unknown as Record<string, Record<string, string[]>>;
  ['domains', 'settings', 'techniques', 'metrics'].forEach((name, g) => {
    for (const [tag, list] of Object.entries(f[name])) for (const c of list) cues.push(parseCue(c, tag, g));
  });
  // and cues of every kind, the first word case-sensitive, a gap, a number, a negated start
  for (const [src, tag] of [['=AP', 'ap'], ['!self|weakly|# supervised', 'sup'], ['%accuracy', 'acc'], ['recall #', 'rec'], ['generat* _ anomalies', 'gen'], ['zero shot', 'zs'], ['zero shot anomaly', 'zsa']]) {
    cues.push(parseCue(src, tag, 3));
  }
  it('scan: the same hits, in the same order', () => {
    const set = new CueSet(cues);
    let hits = 0;
    for (const s of SENTENCES()) {
      const tokens = tokenize(s);
      const expected = refScan(cues, s, tokens);
      expect(set.scan(s, tokens)).toEqual(expected);
      expect(set.scan(s, tokens, tokens.map((t) => set.candidates(t.lower)))).toEqual(expected);
      hits += expected.length;
    }
    // the same hits, and hits there are (two empty lists are the same too)
    expect(hits).toBeGreaterThan(4000);
  });
});

// ---------------------------------------------------------------- phrase-index.ts

function refPhraseScan<T>(index: PhraseIndex<T>, forms: Map<string, { value: T; form: string; caseSensitive: boolean }[]>, prefixes: Set<string>, maxTokens: number, text: string, tokens: Token[]): PhraseMatch<T>[] {
  const JOINER = new Set([' ', '\u00a0', '-', '‐', '‑', '–', '&', '/', "'", '’', '.', '+', '·', '_']);
  const joined = (from: number, to: number) => {
    if (to - from > 2) return false;
    for (let k = from; k < to; k++) if (!JOINER.has(text[k])) return false;
    return true;
  };
  const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  const HYPHENS = new Set(['-', '‐', '‑']);
  const CONTINUES = /^(?!(?:\d+(?:[.]\d+)?[A-Za-z]?|[vV]\d+(?:[.]\d+)?|[BLHSGTM]|XL|XXL|XS|Tiny|Small|Base|Large|Huge|Giant|Mini|Medium)$)[A-Za-z0-9]*[A-Z]/;
  const partOfLonger = (i: number, j: number) => {
    const next = tokens[j + 1];
    if (next && next.start === tokens[j].end + 1 && HYPHENS.has(text[tokens[j].end]) && CONTINUES.test(next.text)) return true;
    const prev = tokens[i - 1];
    return !!(prev && prev.end === tokens[i].start - 1 && HYPHENS.has(text[prev.end]) && /^(?!(?:\d+(?:[.]\d+)?[A-Za-z]?|[vV]\d+(?:[.]\d+)?|[BLHSGTM]|XL|XXL|XS)$)[A-Za-z0-9]*[A-Z]/.test(prev.text));
  };
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i].lower;
    if (!prefixes.has(key)) continue;
    let best: PhraseMatch<T> | undefined;
    for (let j = i; j < tokens.length && j < i + maxTokens; j++) {
      if (j > i) {
        if (!joined(tokens[j - 1].end, tokens[j].start)) break;
        key += tokens[j].lower;
        if (!prefixes.has(key)) break;
      }
      const fs = forms.get(key);
      if (!fs || partOfLonger(i, j)) continue;
      const surface = text.slice(tokens[i].start, tokens[j].end);
      const lowerStart = j > i && tokens[i].text === tokens[i].lower;
      const ok = fs.filter((f) => {
        const accept = f.caseSensitive ? squash(surface) === squash(f.form) : !(surface === surface.toLowerCase() && f.form !== f.form.toLowerCase());
        const c = f.form.charCodeAt(0);
        // ("deep SVDD" is still "Deep SVDD": the same words, the first in lower case, the rest as spelt)
        const a = f.form.split(/[\s\-‐]+/);
        const b = surface.split(/[\s\-‐]+/);
        const sameButFirst = a.length >= 2 && a.length === b.length && a[0].toLowerCase() === b[0] && a.slice(1).every((w, k) => w === b[k + 1] && w !== w.toLowerCase());
        // ("RD++" is not "RD": a form ending in a plus needs the plus written after the surface)
        const plusOk = !f.form.endsWith('+') || text.charCodeAt(tokens[j].end) === 0x2b;
        // ("Log Anomaly Detection" is not LogAnomaly, "A 3D" not A3D: a one-word form is not read off spaced common words)
        const words = surface.split(/\s+/);
        const common = words.length > 1 && !/[\s\-‐‑]/.test(f.form) && (['A', 'An', 'The'].includes(words[0]) || words.every((w) => /^[A-Za-z][a-z]+$/.test(w) && isKnownWord(w)));
        // ("OC to" is not Octo: a capital written where a one-word form has a small letter)
        const sqS = squash(surface);
        const sqF = squash(f.form);
        const capOnSmall = words.length > 1 && !/[\s\-‐‑]/.test(f.form) && sqS.length === sqF.length && [...sqF].some((ch, k) => /[a-z]/.test(ch) && /[A-Z]/.test(sqS[k]));
        return accept && plusOk && !common && !capOnSmall && !(lowerStart && c >= 65 && c <= 90 && !sameButFirst);
      });
      if (ok.length) best = { forms: ok, surface, start: tokens[i].start, end: tokens[j].end, from: i, to: j + 1 };
    }
    if (best) {
      out.push(best);
      i = best.to - 1;
    }
  }
  expect(index.size).toBe(forms.size);
  return out;
}

describe('phrase-index.ts as before', () => {
  it('scan: the same longest matches, with and without the caller\'s start flags, while names are added', () => {
    const index = new PhraseIndex<string>();
    const forms = new Map<string, { value: string; form: string; caseSensitive: boolean }[]>();
    const prefixes = new Set<string>();
    let maxTokens = 1;
    const add = (form: string, value: string, caseSensitive: boolean) => {
      index.add(form, value, caseSensitive);
      const key = normKey(form);
      if (!key) return;
      const list = forms.get(key) ?? [];
      forms.set(key, list);
      if (!list.some((f) => f.value === value && f.form === form && f.caseSensitive === caseSensitive)) list.push({ value, form, caseSensitive });
      const parts = form.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      let acc = '';
      for (const p of parts) prefixes.add((acc += p));
      prefixes.add(key);
      maxTokens = Math.max(maxTokens, parts.length + 2);
    };
    const lexicon = [...datasets, ...methods, ...models, ...generic] as { name: string; aliases?: string[]; ambiguous?: string[] }[];
    for (const e of lexicon) {
      const amb = new Set(e.ambiguous ?? []);
      for (const f of [e.name, ...(e.aliases ?? [])]) {
        add(f, e.name, amb.has(f));
        add(f.toLowerCase(), e.name, false);
      }
      for (const a of amb) add(a, e.name, true);
    }
    for (const f of ['VisA-D&R', 'Vis Transformer', 'MVTec 3D', 'Anomaly-ShapeNet', 'InvAD', 'BrainMRI', 'MSAD', 'Ünïcödé Net']) add(f, f, false);
    let matches = 0;
    const check = () => {
      for (const s of SENTENCES()) {
        const tokens = tokenize(s);
        const expected = refPhraseScan(index, forms, prefixes, maxTokens, s, tokens);
        matches += expected.length;
        expect(index.scan(s, tokens)).toEqual(expected);
        expect(index.scan(s, tokens, tokens.map((t) => index.startsWith(t.lower)))).toEqual(expected);
        const hashes: number[] = [];
        tokenize(s, hashes);
        expect(index.scan(s, tokens, undefined, hashes)).toEqual(expected);
        expect(index.scan(s, tokens, tokens.map((t) => index.startsWith(t.lower)), hashes)).toEqual(expected);
      }
    };
    check();
    // the same matches, and matches there are (two empty lists are the same too)
    expect(matches).toBeGreaterThan(4000);
    // names added after scans (the extractor's per-paper index) are found too
    for (const f of ['Zero Shot Net', 'MVTec AD 2', 'Recall Net', 'the Proposed']) add(f, f, f === 'the Proposed');
    check();
  });
});

// ---------------------------------------------------------------- nlp.ts

describe('nlp.ts as before', () => {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  it('isKnownWord: a word of compromise\'s lexicon', () => {
    const words = new Set(SENTENCES().flatMap((s) => tokenize(s).map((t) => t.text)));
    for (const w of [...words, '__proto__', 'constructor', 'hasOwnProperty', 'toString', ':-O', ':-o', '20th century fox', 'Search', 'ZOOBOT', '']) {
      expect(isKnownWord(w), w).toBe(Object.prototype.hasOwnProperty.call(lexicon, w.toLowerCase()));
    }
  });
  it('looksLikeNamePhrase: the verdict from compromise\'s .json() tags', () => {
    const ref = (phrase: string) => {
      const terms = (nlp(phrase).json() as { terms: { tags: string[]; post?: string }[] }[]).flatMap((s) => s.terms);
      if (terms.length === 0) return false;
      for (let i = 0; i < terms.length; i++) {
        const has = (tag: string) => terms[i].tags.includes(tag);
        if (['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord'].some(has)) return false;
        if (has('Imperative') || has('Gerund')) return false;
        // (the second half of a hyphenated compound, a participle, modifies what follows: "Severity-Regularized Deep SVDD")
        if (has('Verb') && !has('Noun') && !(i > 0 && /-\s*$/.test(terms[i - 1].post ?? '') && has('PastTense'))) {
          const next = terms[i + 1];
          const prev = terms[i - 1];
          if (!(next && next.tags.includes('Noun') && !next.tags.includes('Verb') && (i === 0 || (has('PastTense') && prev.tags.includes('Noun'))))) return false;
        }
      }
      return true;
    };
    // capitalised runs of the fixtures' titles, and phrases of every verdict
    const phrases = new Set(['Mixture Outlier Exposure', 'Model soups', 'Anomaly Transformer', 'Follow the Rules', 'Diversify and Conquer', 'Search is All You Need', 'Soft Mining Loss', 'Advancing Anomaly Detection', 'Histogram Oriented Particle Flow', 'Gradient Boosted Trees', 'Severity-Regularized Deep Support Vector Data Description', '', '...']);
    for (const t of fixtureTexts()) for (const m of t.matchAll(/\b[A-Z][\w-]*(?: [A-Z][\w-]*)+/g)) phrases.add(m[0]);
    const verdicts = { true: 0, false: 0 };
    for (const p of [...phrases].slice(0, 400)) {
      const want = ref(p);
      expect(looksLikeNamePhrase(p), p).toBe(want);
      verdicts[`${want}`]++;
    }
    // phrases of both verdicts were compared
    expect(verdicts.true).toBeGreaterThan(50);
    expect(verdicts.false).toBeGreaterThan(50);
  });
  it('looksLikeNamePhrase: a participle ending a hyphenated compound modifies the words after it', () => {
    expect(looksLikeNamePhrase('Severity-Regularized Deep Support Vector Data Description')).toBe(true);
    expect(looksLikeNamePhrase('Knowledge-Guided Network')).toBe(true);
    expect(looksLikeNamePhrase('Follow the Rules')).toBe(false);
  });
});

// ---------------------------------------------------------------- word-table.ts (the word memo: a Map of words before)

describe('word-table.ts: one id per word, learnt once', () => {
  it('the same word the same id, other words (even of one hash) other ids, through growth and a fresh start', () => {
    const learnt: string[] = [];
    const t = new WordTable((table, id, w) => {
      learnt.push(w);
      table.flags[id] = w.length;
      table.cues[id] = null;
    });
    const words = [...new Set([...SENTENCES().flatMap((s) => tokenize(s).map((x) => x.lower)), ...Array.from({ length: 9000 }, (_, i) => `w${i}`)])];
    // every third word given the same hash as its neighbour: ids must still tell them apart
    const hashOf = (w: string, i: number) => (i % 3 === 0 ? 7 : wordHash(w));
    const ids = words.map((w, i) => t.id(w, hashOf(w, i)));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w, i) => t.id(w, hashOf(w, i)))).toEqual(ids);
    expect(learnt).toEqual(words);
    expect(words.every((w, i) => t.flags[ids[i]] === w.length)).toBe(true);
    t.clear();
    expect(t.id(words[5], hashOf(words[5], 5))).toBe(0);
    expect(learnt.length).toBe(words.length + 1);
  });
});
