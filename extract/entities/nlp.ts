/**
 * compromise, used only where it earns its cost: judging a handful of candidate phrases per paper
 * (a multi-word title head, a capitalised sequence after "we propose"), never every word of every
 * abstract (tagging costs ~0.3 ms a phrase; the word-level passes are in sentences.ts).
 *
 * `compromise/two` is the tagger without the phrase-level plugins of the full build: it imports faster
 * and has what we need (part-of-speech tags: Verb, Imperative, Determiner, Acronym, ProperNoun, and
 * its English lexicon).
 *
 * It is loaded at the first phrase that needs tagging, not at start-up: evaluating it expands its whole
 * lexicon (~0.1-0.2 s of CPU), which a run whose papers never reach `looksLikeNamePhrase` need not pay.
 * `isKnownWord` does not need it at all: it reads the same lexicon's words from english-words.json.
 */
import type nlpTwo from 'compromise/two';
import englishWords from '../readers/english-words.json' with { type: 'json' };

type Nlp = typeof nlpTwo;

let nlp: Nlp | undefined;

function compromise(): Nlp {
  if (!nlp) {
    const mod = load() as Nlp | { default: Nlp };
    nlp = 'default' in mod ? mod.default : mod;
  }
  return nlp;
}

/** compromise/two's single-file build (one module instead of ~400), evaluated now. */
function load(): unknown {
  // Bundled (the CLI's esbuild bundle, the viewer's Rolldown worker): the bundler has resolved this literal
  // require() of an ES module and runs the module's top level here, at the first call only.
  if (typeof require === 'function' && require !== (globalThis as { require?: unknown }).require) {
    return require('../../node_modules/compromise/builds/two/compromise-two.mjs');
  }
  // From the sources (tsx, vitest): Node's require, resolving the package as the project does. (No
  // import.meta here: the viewer's worker also runs as a classic script.) 'compromise/two' gives
  // require() the UMD wrapping of the same build: the code between the wrappers is identical.
  const { createRequire } = process.getBuiltinModule('node:module');
  let error: unknown;
  for (const from of [process.argv[1], `${process.cwd()}/`]) {
    if (!from) continue;
    try {
      return createRequire(from)('compromise/two');
    } catch (e) {
      error ??= e;
    }
  }
  throw error;
}

const cache = new Map<string, boolean>();

/** Forget the verdicts given so far (a memo: the verdict of a phrase never changes). */
export function clearPhraseVerdicts(): void {
  cache.clear();
}

/**
 * Is this short capitalised phrase a name (a noun phrase: "Mixture Outlier Exposure", "Model soups",
 * "Anomaly Transformer") rather than a slogan or a clause ("Follow the Rules", "Diversify and Conquer",
 * "Search is All You Need")?
 */
export function looksLikeNamePhrase(phrase: string): boolean {
  let v = cache.get(phrase);
  if (v === undefined) {
    v = coinedSuffix(phrase) ?? judge(phrase);
    if (cache.size > 5000) cache.clear();
    cache.set(phrase, v);
  }
  return v;
}

/**
 * "Mechanics Complementary Model-based Framework-Zuruly": a name phrase with a coined suffix hyphenated to
 * its last word (a capitalised word of no English lexicon) is judged as the phrase before the suffix, the
 * suffix only naming it (as compromise tags it: a noun). Saves tagging such variants one by one.
 */
function coinedSuffix(phrase: string): boolean | undefined {
  const m = /^(\S.*\s\S+)-([A-Z][a-z]{2,})$/.exec(phrase);
  if (!m || isKnownWord(m[2])) return undefined;
  return looksLikeNamePhrase(m[1]);
}

/** compromise's terms (what `.json()` gives, without building the JSON: the tags are the same sets). */
interface Term {
  tags: Set<string>;
  /** What follows the word in the text (compromise splits "Severity-Regularized" into two terms, the first's post "-"). */
  post?: string;
}

const STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord'];

function judge(phrase: string): boolean {
  const terms = (compromise()(phrase) as unknown as { docs: Term[][] }).docs.flat();
  if (terms.length === 0) return false;
  for (let i = 0; i < terms.length; i++) {
    const tags = terms[i].tags;
    if (STOP_TAGS.some((g) => tags.has(g))) return false;
    if (tags.has('Imperative') || tags.has('Gerund')) return false;
    // ("Severity-Regularized Deep SVDD": the second half of a hyphenated compound modifies what follows)
    if (tags.has('Verb') && !tags.has('Noun') && !(i > 0 && /-\s*$/.test(terms[i - 1].post ?? '') && tags.has('PastTense'))) {
      // "Model soups": a verb-looking first word followed by a noun is a compound noun
      // ("Histogram Oriented Particle Flow": a participle between nouns modifies the noun after it)
      const next = terms[i + 1];
      const prev = terms[i - 1];
      if (!(next && next.tags.has('Noun') && !next.tags.has('Verb') && (i === 0 || (tags.has('PastTense') && prev.tags.has('Noun'))))) return false;
    }
  }
  return true;
}

/** compromise's lexicon words (english-words.json holds exactly its keys: a test checks it). Built at first use. */
let lexicon: Set<string> | undefined;

/** Is this (lower-case) word in compromise's English lexicon? "search" is, "crane" and "zoobot" are not. */
export function isKnownWord(w: string): boolean {
  lexicon ??= new Set(englishWords.words.split('\n'));
  return lexicon.has(w.toLowerCase());
}
