/**
 * compromise, used only where it earns its cost: judging a handful of candidate phrases per paper
 * (a multi-word title head, a capitalised sequence after "we propose"), never every word of every
 * abstract (tagging costs ~0.3 ms a phrase; the word-level passes are in sentences.ts).
 *
 * `compromise/two` is the tagger without the phrase-level plugins of the full build: it imports faster
 * and has what we need (part-of-speech tags: Verb, Imperative, Determiner, Acronym, ProperNoun, and
 * its English lexicon).
 */
import type nlpTwo from 'compromise/two';
// The single-file build of compromise/two: one module instead of ~400 (its package "exports" give the
// bundle only to require()). Under the tsx loader this cuts the import from ~450 ms to ~130 ms.
// @ts-expect-error -- the bundle ships without its own .d.ts; it is typed as compromise/two below
import nlpBundle from '../../node_modules/compromise/builds/two/compromise-two.mjs';

const nlp = nlpBundle as typeof nlpTwo;

const cache = new Map<string, boolean>();

/**
 * Is this short capitalised phrase a name (a noun phrase: "Mixture Outlier Exposure", "Model soups",
 * "Anomaly Transformer") rather than a slogan or a clause ("Follow the Rules", "Diversify and Conquer",
 * "Search is All You Need")?
 */
export function looksLikeNamePhrase(phrase: string): boolean {
  let v = cache.get(phrase);
  if (v === undefined) {
    v = judge(phrase);
    if (cache.size > 5000) cache.clear();
    cache.set(phrase, v);
  }
  return v;
}

interface TermJson {
  text: string;
  tags: string[];
}

function judge(phrase: string): boolean {
  const terms: TermJson[] = (nlp(phrase).json() as { terms: TermJson[] }[]).flatMap((s) => s.terms);
  if (terms.length === 0) return false;
  const has = (t: TermJson, tag: string) => t.tags.includes(tag);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord'].some((g) => has(t, g))) {
      return false;
    }
    if (has(t, 'Imperative') || has(t, 'Gerund')) return false;
    if (has(t, 'Verb') && !has(t, 'Noun')) {
      // "Model soups": a verb-looking first word followed by a noun is a compound noun
      const next = terms[i + 1];
      if (!(i === 0 && next && has(next, 'Noun') && !has(next, 'Verb'))) return false;
    }
  }
  return true;
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/** Is this (lower-case) word in compromise's English lexicon? "search" is, "crane" and "zoobot" are not. */
export function isKnownWord(w: string): boolean {
  return Object.prototype.hasOwnProperty.call(LEXICON, w.toLowerCase());
}
