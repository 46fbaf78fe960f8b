/**
 * Trigger words: one pass over a sentence's tokens sets a bit for each family of keywords present, so
 * the regular expressions of a pattern only run on the few sentences that could match. A gate is a
 * superset test: a set bit means "maybe", a clear bit means "certainly not".
 */
import type { Token } from './sentences.ts';

export const T_PROPOSE = 1;
export const T_NAMING = 2;
export const T_OURS = 4;
export const T_DATASET = 8;
export const T_BASELINE = 16;
export const T_MOTIVATION = 32;
export const T_MODALITY = 64;
export const T_PAREN = 128;
export const T_RESULT = 256;
export const T_KIND = 512;

const STEMS: [string, number][] = [
  ...['propos', 'present', 'introduc', 'develop', 'design', 'devis', 'forward', 'establish', 'contribut', 'construct', 'buil', 'creat', 'releas', 'curat', 'collect', 'offer', 'formulat', 'unveil', 'implement'].map((w): [string, number] => [w, T_PROPOSE]),
  ...['call', 'named', 'dub', 'dubb', 'term', 'coin', 'namely', 'denot', 'referred', 'abbreviat', 'shorten', 'name'].map((w): [string, number] => [w, T_NAMING]),
  ...['our', 'proposed'].map((w): [string, number] => [w, T_OURS]),
  ...['dataset', 'benchmark', 'data', 'corpus'].map((w): [string, number] => [w, T_DATASET]),
  ...['algorithm', 'method', 'framework', 'approach', 'detector', 'technique'].map((w): [string, number] => [w, T_KIND]),
  ...['outperform', 'surpass', 'than', 'over', 'compar', 'versus', 'vs', 'baseline', 'such', 'like', 'including', 'e', 'eg', 'buil', 'based', 'extend', 'improv', 'methods', 'approaches', 'techniques', 'models', 'algorithms'].map((w): [string, number] => [w, T_BASELINE]),
  ...['such', 'like', 'including', 'e', 'eg', 'applica', 'crucial', 'critical', 'vital', 'essential', 'important', 'importance', 'fields', 'domains', 'sectors', 'industries', 'areas', 'applied', 'executed', 'role', 'roles'].map((w): [string, number] => [w, T_MOTIVATION]),
  ['modalit', T_MODALITY],
  ...['outperform', 'surpass', 'achiev', 'exceed', 'attain', 'beat', 'superior', 'state', 'sota', 'competitiv', 'best', 'remarkab'].map((w): [string, number] => [w, T_RESULT]),
];

/** Exact words (stems shorter than 4 letters) and stems by their first 4 letters. */
const EXACT = new Map<string, number>();
const BY4 = new Map<string, [string, number][]>();
for (const [w, bit] of STEMS) {
  if (w.length < 4) EXACT.set(w, (EXACT.get(w) ?? 0) | bit);
  else {
    const k = w.slice(0, 4);
    const l = BY4.get(k);
    if (l) l.push([w, bit]);
    else BY4.set(k, [[w, bit]]);
  }
}
/** The trigger bits of one lower-case word (callers memoise). */
export function wordFlags(w: string): number {
  let f = EXACT.get(w) ?? 0;
  if (w.length >= 4) for (const [stem, bit] of BY4.get(w.slice(0, 4)) ?? []) if (w.startsWith(stem)) f |= bit;
  return f;
}

export function triggerFlags(text: string, tokens: Token[]): number {
  let f = text.includes('(') ? T_PAREN : 0;
  for (const t of tokens) f |= wordFlags(t.lower);
  return f;
}
