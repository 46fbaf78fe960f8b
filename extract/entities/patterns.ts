/**
 * Patterns for names the lexicon has never seen. Each returns candidates: a surface name, what kind of
 * thing the context says it is, whether this paper introduces it, and the sentence it came from.
 *
 *   title head            "FiLo: Zero-Shot ..."  "DRAEM -- A discriminatively ..."
 *   acronym definitions   "few-shot Anomaly-driven Generation (AnoGen)"  "APE (Anomaly detection via ...)"
 *   naming verbs          "called FiLo"  "named Robust ... (RTFM)"  "we call the results model soups"
 *   proposal verbs        "we propose Crane which"  "we introduce LOKI, a novel benchmark"
 *   apposition            "Our approach, CGE, ..."  "the evaluation benchmark, VisA-D&R"
 *   dataset contexts      "a dataset titled X"  "on the X dataset"  "datasets such as X and Y"
 *   baseline contexts     "outperforms X and Y"  "builds upon X"  "approaches, such as X"
 */
import type { Sentence } from './sentences.ts';
import { isKnownWord, looksLikeNamePhrase } from './nlp.ts';
import { isSpace } from './sentences.ts';
import { G_ADAPTATION, G_AS, G_COMBIN, G_CONSIST, G_CONTEST, G_DATA_WORD, G_DESCRIBE, G_ENCODER, G_EXTEND, G_FROM, G_INTO, G_IS, G_LIMITED, G_NEW, G_OMPAR, G_PERFORMANCE_ON, G_PREDECESSOR, G_PRIOR_BEST, G_SET_OF, G_SOFTWARE, G_SURVEY, G_TOOL, G_VARIANT, L_ACCURACY, L_ADDRESS, L_ARTICLE, L_COMPARED, L_CONTRAST, L_DATA_HEAD, L_EARLIER, L_EVAL_ON, L_EVALUATES, L_HEAD_KIND, L_INSPIRED, L_LINEAGE, L_EXAMPLES, L_METRIC, L_MODEL_KIND, L_PREDICATE, T_BASELINE, T_DATASET, T_KIND, T_NAMING, T_OURS, T_PAREN, T_PROPOSE, T_RESULT } from './triggers.ts';

export type CandidateKind = 'method' | 'dataset' | 'model' | 'unknown';

export interface Candidate {
  /** The name as written. */
  surface: string;
  /** A long form seen with it (acronym definitions). */
  longForm?: string;
  kind: CandidateKind;
  /** This paper introduces it (proposed method, introduced dataset). */
  own: boolean;
  confidence: number;
  sentence: Sentence;
  /** Which pattern found it (for debugging and tests). */
  rule: string;
  /** Whether the shape alone makes it a name (FiLo, MC4AD) or only the context does (Crane). */
  shape: Shape;
  /** The head noun the context gives it ("a novel evaluation metric" -> metric). */
  head?: string;
  /** A metric the paper proposes in a list of metrics, by its long form ("Alarm Accuracy" for AA). */
  metricName?: string;
  /** Own only because the title spells out its long form (an acronym definition outside a proposal). */
  byTitle?: boolean;
  /** Proposed in a sentence that goes on to a step or part of the work ("Next, an X model is proposed"): the paper's own
   * method only where it proposes no other. */
  part?: boolean;
}

export type Shape = 'strong' | 'weak' | 'phrase' | 'none';

export interface PatternVocab {
  generic: Set<string>; // normalised generic names (ZSAD, LLMs ...) and generic algorithms
  stop: Set<string>; // normalised never-names only (ZSAD, LLMs ...)
  genericExact: Set<string>; // capitalised common words, as spelt (Code, Extensive ...)
  taskHeads: Set<string>;
  partHeads: Set<string>;
  methodHeads: Set<string>;
  datasetHeads: Set<string>;
  isKnownWord(w: string): boolean;
  /** A method, dataset or model name the lexicon lists. */
  isLexiconName(name: string): boolean;
  /** A method the lexicon lists (not one of its ambiguous spellings). */
  isLexiconMethod(name: string): boolean;
  /** Do an acronym (as written, ambiguous or not) and a long form name one method entry of the lexicon? */
  sameLexiconMethod(acronym: string, longForm: string): boolean;
  /** A model the lexicon lists (an ambiguous spelling only as written: "CLIP", not "clip"). */
  isLexiconModel(name: string): boolean;
  /** A data set's name in the lexicon (not an ambiguous spelling). */
  isLexiconDataset(name: string): boolean;
}

// ------------------------------------------------------------------ shapes

/**
 * A name as written: letters and digits, hyphened or joined by "&" parts, a "+" or "++" after it; a size with a
 * decimal point and a letter inside a coined name ("IAD-LR-7.6K", "PandaFail-1.8k"; not a figure: "V 2.5").
 */
const NAME_SRC = String.raw`[A-Za-z0-9\u0391-\u03a9\u03b1-\u03c9\u03d1\u03d5\u03f5\u00b5][A-Za-z0-9]*(?:(?:[-‐‑_][A-Za-z0-9]+)|(?:–(?<=[A-Z0-9]–)(?=[A-Z])[A-Za-z0-9]+)|(?:&[A-Za-z0-9]+)|(?:\.(?<=[A-Za-z][\w-]*\d\.)\d+(?:[A-Za-z][A-Za-z0-9]*|(?![\w.‐-]))))*(?:(?:\+\+|\+)(?![A-Za-z0-9]))?`;
/** A list's lower-case generic first item and its comma, before a name: "random forests, " of "such as random forests, XGBoost". */
const LOWER_ITEM_FIRST_SRC = String.raw`(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+`;
const NAME_AT = new RegExp(NAME_SRC, 'y');
/** Head nouns of a whole method or system a paper makes (not of a part: "module", "loss"), for the patterns that name one. */
const WHOLE_KIND_SRC = 'method|approach|framework|algorithm|detector|technique|model|system|pipeline|network|architecture|autoencoder|monitor|scorer|estimator|classifier|agent|toolkit|tool|learner|library|package|platform|solution|defen[cs]e|procedure|protocol|design|guard|probe|recipe|policy|engine|generator';
/**
 * A title head's rest that calls it a method or a tool before any data word ("TBscreen: A passive cough classifier for
 * tuberculosis screening with a controlled dataset"): the head names the method, the data is what it comes with.
 */
const HEAD_METHOD_BEFORE_DATA = new RegExp(String.raw`^(?:an?|the)\b[^:;]*?\b(?:${WHOLE_KIND_SRC}|baseline|transformer)\b`, 'i');
/** The head noun of a whole method or tool right before a naming verb, which may then name it with an English word. */
const KNOWN_WORD_NAMED_BEFORE = new RegExp(String.raw`\b(?:${WHOLE_KIND_SRC})\s*,?\s*$`, 'i');
/** The number of capitals A-Z in a word (a loop: a global match built an array to count them). */
function countUpper(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}
/** A Greek letter (or the micro sign) opening a name, with its hyphen. */
const GREEK_LEAD = /^[\u0391-\u03a9\u03b1-\u03c9\u03d1\u03d5\u03f5\u00b5][-‐]?(?=[A-Z0-9])/;
/** "Secondly, a ...", "Finally, an ...", "Herein, an ...": a sentence adverb opening the sentence (not "Dinomaly, a ..."). */
const OPENING_ADVERB = /^(?:[A-Z][a-z]+(?:[^a]ly|ally)|Herein|Here|Hereby|Thereby|Thus|Hence|Therefore|Moreover|Furthermore|Nevertheless|Nonetheless|Meanwhile|However|Besides|Instead|Overall|Nowadays|Today|Then|Now|Still|Also|Likewise|Otherwise|Thereafter|Hereafter|Afterwards|Afterward|Next|Later|First|Second|Third|Indeed|Again|Further)$/;

/** The shape of a single-token name. */
export function shapeOf(s: string): Shape {
  // "µTAD", "β-SVDD", "Δ-Flow", "Ω-Net": a Greek letter before a name or a capitalised word coins one ("ν-score",
  // "γ-ray" are words)
  // (a cheap test first: shapes are asked for every candidate word, nearly all of them ASCII)
  const g = s.charCodeAt(0) > 0x7f ? GREEK_LEAD.exec(s) : null;
  if (g) return shapeOf(s.slice(g[0].length)) === 'none' ? 'none' : 'strong';
  if (!/^[A-Za-z0-9]/.test(s) || !/[A-Za-z]/.test(s)) return 'none';
  const uppers = countUpper(s);
  if (uppers >= 2) return 'strong';
  if (/\d/.test(s) && /[A-Za-z]/.test(s) && uppers >= 1) return 'strong';
  if (/[a-z][A-Z]/.test(s)) return 'strong';
  if (/^[A-Z][a-z]+(?:\+\+|\+)?$/.test(s)) return 'weak';
  return 'none';
}

/** The name token starting at `at` in `text`, if any. */
function nameAt(text: string, at: number): string | undefined {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(text);
  return m ? m[0] : undefined;
}

/** A capitalised word of a sequence ("Anomaly", "Multi-Anomaly", "SoftPatch+"). */
const CAP_WORD_SRC = String.raw`[A-Z][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*(?:\+\+|\+)?`;
const CAP_SEQUENCE = new RegExp(String.raw`${CAP_WORD_SRC}(?:\s+${CAP_WORD_SRC}){0,4}`, 'y');
const CAP_SEQUENCE_LONG = new RegExp(String.raw`${CAP_WORD_SRC}(?:\s+${CAP_WORD_SRC}){0,7}`, 'y');
/**
 * A sequence of 1-5 capitalised words starting at `at` ("Anomaly Transformer", "Universal Dependencies"); with `long`,
 * of up to 8 (a long name spelt out: "Severity-Regularized Deep Support Vector Data Description").
 */
function capSequenceAt(text: string, at: number, long = false): string | undefined {
  const re = long ? CAP_SEQUENCE_LONG : CAP_SEQUENCE;
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** A part noun right before a naming verb ("a loss function named ..."). */
const PART_BEFORE_NAMING = /\b(?:loss(?: function)?|module|block|layer|mechanism|component|head|branch|regulari[sz]er|regulari[sz]ation|term|objective)\s*,?\s*$/i;

/** '"Ask a Local", a novel hallucination detection method': a quoted capitalised phrase set off as a method or data. */
// (single quotes and LaTeX's ``...'' too; or a relative clause after it: '"Ask a Local", which detects ...')
const QUOTED_PROPOSAL = /\s*(?:the\s+)?(?:["“‘]|``|'(?=[A-Z]))([A-Z][^"”’',]{1,60}?)(?:(?:["”’]|''|')\s*,|,(?:["”’]|''))\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(method|framework|approach|model|system|technique|tool|detector|algorithm|pipeline|benchmark|dataset|forecaster|classifier|estimator|library|toolkit|package|metric|score)\b|(which|that)\s)/y;
/** Head nouns of a whole method, never of a part of one. */
const WHOLE_METHOD_HEAD = /^(?:method|framework|approach|algorithm|detector|pipeline)$/i;
/** Part head nouns that can also name a paper's whole method ("we present a novel X (ACR) paradigm"). */
const WHOLE_HEADS = new Set(['paradigm', 'scheme', 'strategy']);

/** Plural head nouns of a topic ("Vision-Language Models", "Graph Neural Networks"): a name is singular. */
const GENERIC_PLURAL_HEADS = new Set([
  'models', 'methods', 'networks', 'approaches', 'techniques', 'algorithms', 'systems', 'detectors', 'frameworks',
  'architectures', 'learners', 'classifiers', 'encoders', 'baselines',
]);

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'for', 'of', 'in', 'on', 'to', 'with', 'is', 'are', 'be', 'by', 'at', 'from', 'as', 'more',
  'less', 'all', 'you', 'your', 'my', 'we', 'our', 'what', 'how', 'why', 'when', 'do', 'does', 'not', 'towards', 'toward',
  'into', 'beyond', 'via', 'using', 'can', 'need', 'it', 'its', 'than', 'over', 'under', 'versus', 'vs', 'about', 'without', 'against',
]);

// ------------------------------------------------------------------ contexts

/** The paper's proposal verb: "we propose", "this paper presents", "Introducing ..." (or, however long the clause between
 * the subject and the verb, "This paper addresses ... by introducing X"). */
const PROPOSE =
  /(?:\b(?:we|this (?:paper|work|study|article|letter|research|thesis|dissertation|manuscript|chapter)|our (?:work|paper|study|research)|the (?:present |current )?(?:paper|study|article|authors|thesis|dissertation)|here)\b,?(?:\s+[\w()-]+,?){0,9}?\s+(?:propos|present|introduc|develop|(?<!\b(?:an?|the|this|that|our|its|their)\s+(?:(?!and\b|to\b)[\w()-]+\s+){0,4})design|devis|put(?:s)? (?:forward|forth)|establish|contribut|construct|buil[dt]|creat|releas|curat|collect|offer|formulat|unveil)\w*|^\s*(?:presenting|introducing|proposing)\b|\b(?:we|this (?:paper|work|study|article))\b[^.;]{60,240}?\bby\s+(?:introducing|proposing|developing|presenting)\b)/i;
/**
 * "We demonstrate that ..., and propose Out-of-Distribution Graph Attention Network (OODGAT)": a proposal verb
 * coordinated with the paper's earlier one, in its base form, before an article or a capitalised name
 * (case-sensitive: "... and present strong baselines" is not one).
 */
const COORD_PROPOSE = /\b[Ww]e\b[^.;]{0,150}?,?\s+and\s+(?:then\s+|further\s+|thus\s+|hence\s+|therefore\s+)?(?:propose|present|introduce|develop|design|devise)\s+(?=(?:a|an|the|our|two|three|several|new|novel)\b|[A-Z0-9])/;
/** "We address / tackle / overcome this challenge with X, a ..." (a name set off by an apposition, a relative clause
 * or the sentence's end: "We tackle this new problem with U3HS, which finds ..."). */
const ADDRESS_WITH = new RegExp(String.raw`\b[Ww]e\s+(?:address|tackle|solve|overcome|handle|meet)\s+(?:this|these|the|such|both|those)\s+(?:[\w-]+\s+){0,3}?(?:with|via|through|using|by introducing|by proposing)\s+(${NAME_SRC})(?:,\s+(?:a|an|which)\s|\s*\.?\s*$)`);
/** "we describe X, a practical two-stage recipe": the paper's description of a named whole method. */
const DESCRIBE_APPOS = new RegExp(String.raw`\b[Ww]e\s+(?:also\s+|further\s+)?describe\s+(${NAME_SRC}),\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,5}?(?:method|framework|approach|algorithm|detector|pipeline|recipe|system|tool|toolkit|model|classifier|library|platform|package|technique|architecture|monitor)\b`);
/** After a second proposal's name: a whole method set off by an apposition ("X, a supervised probe over ..."). */
const SECOND_WHOLE_APPOS = /^\s*,\s+(?:a|an)\s+(?:["“]?[\w-]+["”]?\s+){0,4}?(?:method|framework|approach|algorithm|detector|pipeline|probe|system|model|classifier|baseline|benchmark|metric|architecture)\b/i;
/** "we implement Patch3D, consisting of ...": "implement" proposes only a name-shaped name right after it. */
const IMPLEMENT_NAME = /\b[Ww]e\s+(?:then\s+|also\s+|further\s+)?implement\s+(?=[A-Z][A-Za-z]*(?:\d|[a-z][A-Z]))/;
/** A coordinated proposal phrase ending before `limit` in `text` ("..., and propose"). */
function coordBefore(text: string, limit: number): RegExpExecArray | null {
  const c = COORD_PROPOSE.exec(text);
  return c && c.index + c[0].length <= limit ? c : null;
}
/** A part set off after a name ("QuuxNorm, a module that ..."). */
const PART_APPOS_AFTER = /^\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:module|block|layer|component|unit|loss|strategy|mechanism|branch|head|scheme|regulari[sz]er|term|operator|plug-in)\b/i;
/**
 * An opening that goes on to another step or part of the proposal ("Firstly, ...", "We further ..."). Not "In addition,":
 * the entry written for it never matched (a word boundary after its comma), and matching it leaves the dev pool even (one
 * right name fewer, one wrong tag fewer).
 */
const ORDINAL_START =
  /^(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|moreover|furthermore|additionally|besides|also|specifically|meanwhile|subsequently|lastly|in particular|concretely)\b|we (?:first|also|further|then|additionally|next|finally|subsequently)\b)/i;
/** Words of earlier work ("following prior work", "Following the existing ..."). */
const EARLIER = 'prior|previous|earlier|recent|existing';
/** Someone else's proposal, however recent: "the recently proposed Deep Isolation Forest (DIF)". */
const RECENTLY_PROPOSED_SRC = 'recently (?:proposed|introduced|developed|published|presented)';
/** A verb of naming right before a definition: "called", "dubbed", "referred to as" (a quotation mark may follow). */
const NAMED_JUST_BEFORE = /\b(?:(?:called|named|dubbed|termed|coined)(?:\s+the)?|namely|we call|we term|we name|we dub|referred to as(?:\s+the)?|we refer to (?:it|them|this|the|our)(?: [\w-]+){0,3}? as)\s*["“]?\s*$/i;
/** "namely" and a comma right before a long form: "an efficient approximation algorithm, namely, ". */
const NAMELY_COMMA_JUST_BEFORE = /\bnamely,\s*$/i;
/** "a novel assessment algorithm, " right before a long form: a new thing's name set off after its head noun. */
const NOVEL_HEAD_BEFORE = /\b(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,3}(?:algorithm|method|approach|framework|model|system|technique|detector|network|architecture|scheme)\s*,\s*$/i;
/** "..., also presented in the article", "(X) proposed in this paper": the paper presents what was just named. */
const PRESENTED_HERE_AFTER = /^\s*,?\s*(?:(?:also|first|which is|that is)\s+)?(?:proposed|presented|introduced|developed|described)\s+in\s+(?:this|the present|the|our)\s+(?:paper|article|work|study|letter)\b/i;
/** The participles of a passive proposal ("X is proposed", "the framework Y was designed"). */
const MADE = 'proposed|introduced|presented|developed|designed|devised|built|constructed|put forward';
/** Head nouns of a whole method that a proposal or a naming verb names ("a novel framework, X", "we call this approach X"). */
const OBJECT_HEADS = 'method|approach|model|framework|algorithm|network|architecture|detector|technique';
/**
 * Regexes whose compiled native code is a large object (over V8's ~128 KB page limit): Node 20's V8 cannot save
 * such code in a start-up snapshot (its serializer aborts, "unreachable code"; a regex of that size built, run twice
 * and saved reproduces it). The CLI's snapshot runs the extractor once to warm it up, so before the heap is saved
 * forgetRegexCode() makes these regexes compile afresh at their next use. NAMING is one (its "called the X," lookahead
 * took its code over the limit), BASE another (its "in comparison with" and "This research compared" did). A regex
 * that grows past the limit shows as a failed snapshot build: `PAPERWEAVE_DEBUG=1` and the snapshot test say so.
 */
const LARGE_CODE: RegExp[] = [];
function largeCode(re: RegExp): RegExp {
  LARGE_CODE.push(re);
  return re;
}
/**
 * Drop the compiled code of the regexes too large for a snapshot: each is re-initialised with an equivalent source
 * (an empty group in front; V8 caches compiled regexes by source and flags, so the same source would get the old
 * code back). Matching is unchanged; for the CLI's snapshot (src/cli/snapshot.ts), called once.
 */
export function forgetRegexCode(): void {
  for (const re of LARGE_CODE) re.compile(`(?:)${re.source}`, re.flags);
}
const NAMED_HEADS = `(?:${OBJECT_HEADS}|scheme|strategy|system|pipeline|paradigm|metric|score|measure|procedure|defen[cs]e|design|recipe)s?`;
/** "We call such a graph-augmented normalizing flow approach X", "we name this framework X", "We refer to this architecture as X": a naming verb and its headed object. */
const WE_CALL_HEADED = String.raw`we (?:(?:call|name|term|dub) (?:such an?|this|these|the|our) (?:[\w-]+ ){0,4}?${NAMED_HEADS}|refer to (?:it|them|(?:such an?|this|these|the|our) (?:[\w-]+ ){0,4}?${NAMED_HEADS}) as)`;
// ("Named Entity Recognition", "named entities": a term, no naming)
const NAMING = largeCode(new RegExp(String.raw`(?:\(namely,|\b(?:(?:called|named(?!\s+entit)|dubbed|termed|coined|christened|entitled)(?: as)?|known as|namely,?|we refer to as|we denote as|we refer to (?:it|them|this|the|our)(?: [\w-]+){0,3}? as|denoted(?: as)?|designated as|referred to as|abbreviated(?: (?:as|by|to))?|shortened (?:as|to)|${WE_CALL_HEADED}|(?:we|and) (?:(?:shall|will|would) )?(?:call|name|coin|term|dub)(?: (?:it|them|(?:this|the|our)(?: (?:resulting |proposed |overall |whole |new )?[a-z]+)?))?|which we (?:collectively |simply |jointly |henceforth )?call(?: the(?= [A-Z]))?|hereafter(?:,)?(?: (?:called|referred to as|denoted(?: as)?))?|we term|we dub|(?:we )?coin the (?:name|acronym)|(?:we|which we|that we) coin|(?:which|that) we denote(?: as)?|we denote (?:it|them|this|the|our)(?: [\w-]+){0,3}? (?:${WHOLE_KIND_SRC})(?: as| by)?))\s+(?:the\s+(?=["“'‘]?[A-Z][\w-]*[A-Z0-9][\w-]*["”'’]?(?:[,.;)]|\s+(?:is|was|which|that|to|for|and)\b)))?["“'‘]?`, 'gi'));
/** Head nouns of a whole method before "abbreviated as" or "designated as", which then name it. */
const NAMED_BY_HEADS = 'architecture|network|framework|model|method|approach|algorithm|detector|pipeline|system';
const ABBREVIATED_HEAD = new RegExp(String.raw`\b(?:${NAMED_BY_HEADS})\b[^.;]{0,30}$`, 'i');
const DESIGNATED_HEAD = new RegExp(String.raw`\b(?:${NAMED_BY_HEADS})\s*,?\s*$`, 'i');
/** The ending of an English abstract noun: "normality", "awareness", "hallucination". */
const ABSTRACT_NOUN = /(?:ity|ness|tion|sion|ment|ence|ance|ism|ing)s?$/;
/** The head noun of a method right before a naming verb: "an approach called ...". */
const METHOD_HEAD_BEFORE = /\b(?:approach|method|technique|framework|algorithm|strategy|scheme|procedure|defen[cs]e|metric|score)\s*,?\s*$/i;
const OWN_HINT = /\b(?:we|our|this (?:paper|work|study))\b/i;
/** Words of existing work before a naming verb: "a standard baseline called", "compared with the classical method named". */
const PRIOR_NAMED_WORD = /\b(?:baselines?|compar(?:e|es|ed|ing)|against|existing|classical|well-known|little-known|lesser-known|popular|conventional|traditional|standard|previous|prior|recent|builds? (?:up)?on|built (?:up)?on|adopt(?:s|ed|ing)?|outperform\w*|surpass\w*)\b/gi;
/** Is the last word of existing work before a naming verb (in its clause) followed by none of the paper's own words? */
// (the word must belong to the named thing's own phrase: no comma or "with / via / by / using" between it and the naming
// verb; not "We address the limitations of existing methods with a framework called X", "Inspired by the recent success
// of diffusion models, a framework called X is proposed")
function priorNamed(near: string): boolean {
  const clause = near.slice(Math.max(near.lastIndexOf('.'), near.lastIndexOf(';'), near.lastIndexOf(':')) + 1);
  let last = -1;
  PRIOR_NAMED_WORD.lastIndex = 0;
  for (let m = PRIOR_NAMED_WORD.exec(clause); m; m = PRIOR_NAMED_WORD.exec(clause)) last = m.index + m[0].length;
  return last >= 0 && !/\b(?:our|ours|we|proposed|novel|new|newly)\b|,|\b(?:with|via|by|using|through|and)\b/i.test(clause.slice(last));
}
/**
 * "compared with the conventional anomaly detection method, namely Reed-Xiaoli (RX) detector": what the paper is compared
 * with, named after "namely", is existing work (not "compared with ..., our proposed method, namely X").
 */
const COMPARED_NAMELY = /\b(?:compared?|comparing|comparison|against|versus|outperform\w*|than)\b(?:(?!\b(?:our|ours|proposed|novel|new|we)\b)[^.;:]){0,80}?\b(?:method|approach|algorithm|detector|model|technique|baseline)s?\s*,?\s*namely\s*,?\s*$/i;
/** "Following prior work, we call ...", "Following Liu et al., ...": a naming that follows others' names existing work. */
const FOLLOWING_START = new RegExp(String.raw`^\s*Following\s+(?:(?:the\s+)?(?:${EARLIER})\b|the literature\b|[A-Z][\w-]+\s+et al\b)`);
/** "a technique developed within the computer vision community, namely ...": made in another field, right before the naming. */
const MADE_ELSEWHERE_BEFORE = /\b(?:developed|proposed|introduced|established|popular|widely used)\s+(?:with)?in\s+the\s+(?:[\w-]+\s+){0,4}?(?:community|literature|field|domain)\s*,?\s*$/i;
/** Right after a name: the paper's own passive proposal ("... called X is proposed in this paper"). */
// ("a system called Var-Gor has been developed with the aim of ...": the perfect too)
const PROPOSED_AFTER_NAME = new RegExp(String.raw`^\s*,?\s*(?:is|are|has been|have been)\s+(?:\w+\s+)?(?:${MADE})\b(?!\s+by\b)`, 'i');
/** After a name: someone else's ("... , was proposed by Kim et al.", "... in the literature", "(Lee et al., 2020)"). */
const PRIOR_AFTER_NAME = /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|has been|had been)\s+(?:recently\s+)?published\b|(?:was|were|is|are|has been|had been)\s+(?:\w+\s+)?(?:proposed|introduced|developed|presented|designed)\s+by\s+(?!(?:combining|using|leveraging|integrating|exploiting|adding|introducing|extending|applying)\b)(?:[A-Z]|the authors|prior|previous|earlier)|in (?:the )?(?:literature|prior work|previous work)\b|\(?[A-Z][\w-]+ et al\b|\[\d)/;

/** A sentence opening on a new thing ("A novel ...", "A new ...") up to an acronym's long form. */
// (after an opening phrase too: "In this work, a novel ..."; not a pre-trained model put to use: "A new pre-trained Quux
// Language Model (QLM) is used to encode the logs")
const NOVEL_START = /^\s*(?:(?:In this (?:work|paper|study|article)|Here|Specifically|To this end),\s+)?(?:an?|the)\s+(?:novel|new)\s+(?![^,;:()]*\bpre-?trained\b)[^,;:()]{0,100}$/i;
/** ... which the sentence then puts to use: "(3D-DVAE) model is employed to learn ...". */
const NOVEL_USED_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:is|are|was|were)\s+(?:then\s+|further\s+|also\s+)?(?:employed|used|utili[sz]ed|adopted|applied|leveraged|proposed|introduced|designed|developed|presented)\b/i;
/** A second object coordinated with the first: "... (InstructIAD) and a data organization approach for ...". */
const SECOND_OBJECT = /\b(?:and|as well as)\s+(?:an?|the|its|our|two|three)\b/i;
/** A data word and a naming verb right before a definition: "dataset, denoted as", "benchmark called". */
// (and a colon after the data word's phrase: "a new aircraft dataset for open set recognition: Aircraft 300 (Air-300)")
const DATA_NAMED_BEFORE = /\b(?:dataset|benchmark|corpus|database|data set)s?\s*,?\s*(?:denoted|called|named|termed|dubbed|namely|referred to)(?:\s+as)?\s*["“]?\s*$|\b(?:dataset|benchmark|corpus|database|data set)\b[^.;:()]{0,60}:\s*$/i;
/** Head nouns of a whole method after an acronym ("(HAGNN) model"), and a new method named before one. */
const SECOND_METHOD_AFTER = new Set(['model', 'framework', 'method', 'approach', 'baseline', 'system', 'network', 'algorithm', 'detector', 'architecture', 'pipeline']);
const ALSO_START = /^\s*(?:we (?:also|further|additionally)|(?:additionally|moreover|furthermore|in addition|besides|also),? we)\b/i;
const SECOND_METHOD_BEFORE = /\b(?:novel|new)\s+(?:[\w-]+\s+){0,2}(?:method|framework|model|approach|baseline)\b[^.;:()]*$/i;
/** A whole method's kind set off right after an acronym's definition: ", an end-to-end approach that". */
const WHOLE_KIND_APPOS_AFTER = /^\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:method|approach|framework|algorithm|model|detector|pipeline)\s+(?:that|which|to|for)\b/;
/** Right after a name: it is put to use ("(RTFM) is applied in the system"). */
const USED_PASSIVE_AFTER = /^\s*(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:applied|used|adopted|employed|utili[sz]ed|leveraged|deployed)\b/;
/** The paper's own words or a proposal or result verb, between a data word and a naming verb. */
const OWN_OR_VERB = /\b(?:our|we|present\w*|propos\w*|introduc\w*|design\w*|solution|strategy|scheme|technique|method|approach|demonstrat\w*|show\w*|prov\w*)\b/i;
const PASSIVE_PROPOSE = /\b(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:proposed|introduced|designed|constructed|presented|developed|built|created|collected|curated|released|put forward)\b/i;

/** Right after a long form and its acronym: "has been proposed", "have been widely developed" (the perfect of the field's work). */
// ("kernel PLS (KPLS) as an advanced version has been proposed for ...": with what it was proposed as)
/** Right after a definition, what it is, then the field's passive making: " is a machine learning pipeline that has been developed". */
const IS_A_KIND_DEVELOPED_AFTER = /^\s*(?:is|was)\s+(?:a|an)\s+[^.;:()]{0,60}?\b(?:that|which)\s+(?:has|had)\s+been\s+(?:\w+\s+)?(?:proposed|introduced|developed|designed|presented|deployed|used)\b/i;
const LITERATURE_PASSIVE = /^\s*(?:as\s+(?:an?|the)\s+[^,.;()]{0,40}?\s+)?(?:has|have)\s+been\s+(?:\w+\s+)?(?:proposed|introduced|developed|designed|presented)\b/i;
/** The last word of a long form that names a kind of thing, no method: "Intrusion Detection Systems", "Word Error Rate". */
const THING_LONG_FORM = /\b(?:[Ss]ystems|[Rr]ates?|[Uu]nits?|[Cc]ontrol|[Tt]hreats?|[Tt]rojans?|[Pp]rotocols?|[Ss]ervices?|[Tt]omography|[Aa]rrays?|[Ss]ensing|[Mm]onitoring|[Ss]cales?)$/;
/** ... and of one in a sentence of the paper's own work, where what it names is rarely the paper's method. */
const OWN_THING_LONG_FORM = /\b(?:[Rr]ates?|[Ii]maging|[Ii]ntelligence)$/;
/** ... and of a condition of health, in any sentence: "Autism Spectrum Disorder (ASD) presents significant challenges",
 * "atrial fibrillation (AF)", "heart failure (HF)": what a paper detects or screens for, never a method it names. */
const CONDITION_LONG_FORM = /\b(?:[Dd]isorders?|[Dd]iseases?|[Ss]yndromes?|[Ff]ibrillation|[Ff]ailure|[Pp]alsy|[Ss]clerosis|[Ii]nfections?|[Ii]njur(?:y|ies)|[Cc]ancers?|[Dd]ementia|[Ii]mpairments?|[Ii]nfarction|[Aa]rrhythmias?|[Pp]neumonia|[Dd]iabetes)$/;
/** A verb of proposing or naming shortly before a long form: "proposes an Evolving Explainable ..." (the acronym's long form may
 * leave out a word the name opens on). */
const PROPOSING_RIGHT_BEFORE = /\b(?:propos|introduc|present|develop|design|coin|call|nam|term|dub)\w*\s+(?:(?:an?|the|our)\s+)?(?:(?:new|novel)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Words of a title right before what it works by: "via", "using", "based on", "a" ("Development of a Logical Delta Check"). */
const TITLE_WORKS_BY_BEFORE = /(?:^|\s)(?:via|using|with|by|through|based on|an?)\s+$/;
/** What follows a name that opens a title: its end, "for", a colon or a dash. */
const TITLE_NAME_END = /^\s*(?:$|for\b|[:(]|--?\s|[–—])/;
/** A sentence about the paper's own work, or about something new or proposed (OWN_MARK, and more). */
const OWN_OR_NEW = new RegExp(String.raw`\b(?:we|our|ours|this (?:paper|work|study|article|letter|research|thesis)|here(?:in)?|the present (?:paper|work|study)|novel|new|newly)\b|` +
  // (a verb of making or naming, not the field's work, "have been developed", nor a noun, "brain development")
  String.raw`(?<!\b(?:has|have|had)\s+been\s+)\b(?:propos(?:e|es|ed|ing)|present(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|devis(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|buil[dt]s?|building|construct(?:s|ed|ing)?|creat(?:e|es|ed|ing)|formulat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|put forward|call(?:s|ed)?|nam(?:e|es|ed|ing)|dub(?:s|bed)?|term(?:s|ed)?|defin(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|offer(?:s|ed|ing)?)\b`, 'i');
/** Words that make a sentence the paper's own: "we", "our", "this paper", "here". */
const OWN_MARK = /\b(?:we|our|this (?:paper|work|study|article|letter|research|thesis)|here(?:in)?|the present (?:paper|work|study))\b/i;
/**
 * Right after a plural long form and its acronym: "are designed to", "are built to", "have been developed and applied
 * into" (what things of a kind are for: "Quadrotor unmanned aerial vehicles (UAVs) have been developed and ...").
 */
const KIND_MADE_FOR = /^\s*(?:are|were|have been)\s+(?:\w+\s+)?(?:designed|built|developed|created)\s+(?:to|for|and|in|into)\b/i;

/** Does the sentence introduce something ("we propose", "this paper presents", "X is introduced")? */
export function isProposalSentence(text: string, flags = T_PROPOSE): boolean {
  return (flags & T_PROPOSE) !== 0 && (PROPOSE.test(text) || otherProposal(text));
}
/** isProposalSentence's tests after PROPOSE (for a caller that has run PROPOSE itself). */
function otherProposal(text: string): boolean {
  return PASSIVE_PROPOSE.test(text) || COORD_PROPOSE.test(text) || IMPLEMENT_NAME.test(text);
}

/**
 * Is the name at [start, end) of `text` what its proposal sentence introduces? "this paper proposes deep
 * isolation forest.", "we introduce a new anomaly detection method—Deep Support Vector Data Description—",
 * "we propose a novel method called X, which ...", "we name our model a \"Robust Deep Autoencoder (RDA)\"".
 * Only the direct object: not "we propose to combine X with", "we propose an X-based detector".
 */
export function introducedAt(text: string, start: number, end: number): boolean {
  if (!/^\s*(?:$|[,.;:—–()"”'’]|\s-\s|\s(?:which|that)\b)/.test(text.slice(end))) return false;
  // ("we propose an SZZ (an algorithm originally developed to ...) based method": what the proposal is based on)
  if (/^\s*\([^()]*\)\s*[-‐]?\s*based\b/i.test(text.slice(end))) return false;
  // ("As a baseline we present Deep SVDD", "the classical approach, Deep SVDD": existing work the paper uses)
  if (NOT_INTRODUCED.test(text)) return false;
  // ("In previous work, we presented Deequ, a ... library": the authors' earlier paper, someone's here)
  if (PROPOSED_EARLIER.test(text)) return false;
  const naming = NAMED_OBJECT.exec(text.slice(0, start));
  if (naming) return true;
  const pm = PROPOSE.exec(text);
  if (!pm || pm.index + pm[0].length > start || !/(?:propos|introduc|present|develop|design|devis)\w*$/i.test(pm[0])) return false;
  const between = text.slice(pm.index + pm[0].length, start);
  if (broughtIn(text.slice(0, start), text.slice(end))) return false;
  return DIRECT_OBJECT.test(between) || HEADED_OBJECT.test(between);
}
/** Right after a known method's name, where the paper brings it: " (DDPG) algorithm on the ", " to the ". */
const BROUGHT_TO_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:(?:algorithm|method|model|technique|approach)\s+)?(?:on|to|into|in)\s+(?:the|a|an)\b/i;
/**
 * "This paper introduces the Deep Deterministic Policy Gradient (DDPG) algorithm on the IEEE ... model": "the" known method
 * brought to the paper's problem, not made by it (not "we introduce the Mechanics Complementary Model-based Framework ...
 * (MC4AD), which ...", a known method's own paper). `before` and `after` are the text on either side of the name.
 */
function broughtIn(before: string, after: string): boolean {
  return /\bintroduc(?:e|es|ed|ing)\s+the\s+$/i.test(before) && BROUGHT_TO_AFTER.test(after);
}
/** Words of a sentence about existing work the paper uses or compares with. */
// ("techniques for the state-of-the-art transformer-based model, AnomalyClip": the best of others' methods)
// ("We leverage the recently proposed Deep Isolation Forest (DIF)": someone else's proposal)
const NOT_INTRODUCED = new RegExp(String.raw`\b(?:baselines?|compar\w*|classical|existing|standard|popular|well-known|traditional|conventional|prior work|et al|following (?:${EARLIER})|state[- ]of[- ]the[- ]art|SOTA|leading|${RECENTLY_PROPOSED_SRC})\b`, 'i');
/** "propose (a new) X" */
const DIRECT_OBJECT = /^\s*(?:(?:a|an|the|our)\s+)?(?:(?:new|novel)\s+)?["“]?$/i;
/** "propose a new anomaly detection method—X", "a novel framework, X", "a method called X", "a model for controllable text generation called X" */
const HEADED_OBJECT = new RegExp(String.raw`^\s*(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}?(?:${OBJECT_HEADS})\s*(?:[—–:,]\s*|,?\s+(?:called|named|dubbed|termed)\s+|\s+(?:for|of|to|that|which)\s+[^,.;:()"“]{1,60}?,?\s+(?:called|named|dubbed|termed)\s+)["“]?$`, 'i');
/** "we name our model a \"X\"", "we call it X", "we call such a ... approach X" right before the name */
const NAMED_OBJECT = new RegExp(String.raw`\bwe\s+(?:call|name|term|dub|refer\s+to)\s+(?:it|them|this|(?:such\s+an?|this|these|the|our)\s+(?:[\w-]+\s+){0,4}?(?:${OBJECT_HEADS})s?)\s+(?:as\s+)?(?:an?\s+)?["“]?$`, 'i');

/** The sentence's trigger bits (computed by the extractor), or all bits when unknown. */
function flagsOf(s: Sentence): number {
  return s.flags ?? -1;
}
const IE_NAME = new RegExp(String.raw`\b(?:called|named|termed|dubbed)\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,7}[\w-]+),?\s+(?:i\.e\.|namely|or)\s*,?\s*(${NAME_SRC})`, 'gi');
/** The rest of a long form past a preposition, then its short name: " for Outlier Synthesis, or ARES". */
const LONG_FORM_THEN_SHORT = new RegExp(String.raw`^\s+(?:for|of|with|in|on|to|and|via)\s+[A-Z][^,.;:()]{0,60}?,?\s+(?:or|i\.e\.,?|namely)\s+(?:${NAME_SRC})\b`);
const OUR_NAME = new RegExp(String.raw`\b(?:[Tt]he (?:newly )?proposed|[Tt]he resulting|[Oo]ur(\s+(?:proposed|novel|new)(?:\s+(?:proposed|novel|new))?)?)\s+(${NAME_SRC})\b`, 'g');
/** A name of several capitalised words before the head of a whole method ("Soft Brownian Offset method"). */
const CAP_RUN_HEAD = /^((?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*)\s+(?:method|approach|framework|model|algorithm|technique|network|architecture|system|pipeline)\b/;
/** Heads HEADNAME takes only in lower case. */
const LOWER_ONLY_HEADS = new Set(['autoencoder', 'classifier', 'estimator', 'forecaster', 'package', 'platform', 'code']);
const HEADNAME = /\b(dataset|benchmark|corpus|data set|framework|method|model|approach|system|tool|toolkit|code|library|metric|network|pipeline|backbone|algorithm|architecture|detector|technique|agent|autoencoder|classifier|estimator|forecaster|package|platform)(?:\s*\(\s*i\.e\.,?\s*|\s*,?\s*["“‘'](?=[A-Za-z0-9])|\s*[–—]\s*(?:the\s+)?|(?<=metric),\s+the\s+|\s*(?:[,:]|\s(?:--?|[–—]))?\s+(?:(?:called|named|namely|dubbed)\s+)?)/gi;
const APPOS = new RegExp(String.raw`(?:^|[\s(])(${NAME_SRC})(?:(?:,|\s[-–—])\s+(?:a|an)|:\s+(?:A|An))\s+((?:[\w-]+\s+){0,6}?)(\w+)\b`, 'g');
/** A character a name needs somewhere after the sentence's first: a capital, a digit, a quote (/[A-Z0-9"“'‘]/, by a loop). */
function nameCharAfterFirst(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018) return true;
  }
  return false;
}
/** What any APPOS match contains (", a ", " - an "): a sentence without it skips APPOS's costlier scan. */
/** A lower-case describing word and a comma opening an appositive phrase, before another lower-case word: "novel, ". */
const COMMA_ADJECTIVES = /^([a-z][\w-]*),\s+(?=[a-z])/;
const APPOS_NEED = /(?:,|\s[-–—])\s+an?\s|:\s+An?\s/;
const OURS = new RegExp(String.raw`\b(?:our|the (?:newly\s+)?proposed|the resulting)\s+(?:[\w-]+\s+){0,3}?(${WHOLE_KIND_SRC}|dataset|benchmark),\s+(${NAME_SRC})\b`, 'gi');
const BASE = largeCode(/\b(?:(?:outperform\w*|surpass\w*)\s+(?:(?:the|existing|several|popular|other|state-of-the-art|SOTA|strong|classical|traditional|standard|recent|leading|robust)\s+){1,3}[a-z][\w-]*[a-z]s,?\s+(?:such as|like|including|e\.g\.,?)|outperform\w*|surpass\w*|beats|beating|than|(?:improvements?|superiority|advantages?|gains?|margin) over|compared (?:to|with|against)|comparing (?:to|with)|(?<=\b[Ii]n )comparison (?:to|with|against)|compare(?<=\b[Ww]e\s+(?:(?:also|further|then)\s+)?compare)\s+(?:with|to|against)|compar(?:e|es|ed|ing)\s+(?:it|them|this|these|ours|our\s+[\w-]+|(?:the\s+)?proposed\s+[\w-]+|[A-Z][\w-]*(?:'s\s+(?:performance|results))?|(?:its|our)\s+(?:performance|results))\s+(?:with|to|against)(?:\s+(?:those|that)\s+of)?|(?:evaluat|benchmark|test)(?:e|es|ed|ing|s)?\s+(?:it|them|ours|our\s+[\w-]+|[A-Z][\w-]*\s+)?against|defen[cd]\w*\s+against|versus|vs\.?|baselines?(?: such as| like| including|,\s+namely|,?\s+i\.e\.,?)?|(?:methods|methodologies|approaches|techniques|models|algorithms|tools|detectors|baselines|defen[cs]es|scanners|networks|architectures|alternatives|scores|attacks|evaluators|variants|competitors|counterparts|explainers|classifiers|estimators|guardrails|solutions|(?:prior|previous|existing|earlier|related|recent) works?|state[- ]of[- ]the[- ]art|(?:detection|state-of-the-art|SOTA|baseline|competing)\s+frameworks),?\s+(?:such as|like|including|e\.g\.,?|\\eg,?|namely|(?:that\s+|which\s+)?include)|(?:methods|approaches|techniques|models|algorithms|detectors|baselines|alternatives|competitors|solutions)\s+\(\s*(?:such as|e\.g\.,?|including)|(?:methods|approaches|techniques|algorithms|detectors|baselines|competitors|defen[cs]es)\s+\((?=[A-Z][\w+-]*(?:,\s*|\s+and\s+)[A-Z])|(?:adapted|derived|borrowed) from|builds? (?:up)?on|built (?:up)?on|building (?:up)?on|based on|extends?|extending|improves? (?:up)?on|\b(?:we|[Tt]his (?:research|study|paper|work))\s+(?:also\s+)?compar(?:e|es|ed)(?!\s+(?:with|to|against)\b)(?:\s+(?:modified|several|existing|popular|two|three|four|five|six))?(?=\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?,\s))(?:\s+|(?<=\())(?:the\s+)?(?:(?:latest|previous|prior|strongest|current|recent|leading)\s+(?:rivals?|competitors?)\s+)?/gi);

/** Others made it: "In response, they developed the Extended Isolation Forest (EIF)", "Liu et al. proposed the X (ACR)". */
const OTHERS_MADE_BEFORE = /\b(?:they|the authors|researchers|[A-Z][a-z]+ et al\.?)\s+(?:\w+\s+)?(?:developed|proposed|introduced|presented|designed)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,6}$/;
/** Words that mark an acronym's long form as existing work ("the popular X (ACR)"), within its clause. */
/** "a lightweight adaptation of the Deep Autoencoding Gaussian Mixture Model (DAGMM) framework": what is adapted is prior work. */
const ADAPTATION_OF = /\b(?:adaptation|adaption|(?<!\b(?:novel|new)\s)application|extension|variant|version|modification|improvement|generali[sz]ation|refinement|simplification)s?\s+of\s+(?:the\s+|an?\s+)?(?:(?:well-known|popular|classic|original|standard)\s+)?$/i;
/** "The first approach, ", "The second model, ": one of the paper's several proposals, before its name. */
const ORDINAL_KIND_APPOS = new RegExp(String.raw`^(?:[A-Z][a-z]+,\s+)?the\s+(?:first|second|third|fourth|other|former|latter)\s+(?:${WHOLE_KIND_SRC}|variant|one),\s*$`, 'i');
/** "strategies to enhance the performance of a time-series based X (ACR)": the existing model a paper improves. */
const IMPROVE_OF = /\b(?:enhanc|improv|boost)\w*\s+the\s+(?:performance|accuracy|robustness|efficiency|generali[sz]ation)\s+of\s+(?:the\s+|an?\s+)?(?!(?:[\w-]+\s+){0,3}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,3}$/i;
/** The plural kind of the names of a list, after its last item: " models", " baselines". */
const PLURAL_KIND_AFTER = /^\s+(?:models|methods|baselines|approaches|detectors|algorithms)\b/;
/** The paper's parts making up a whole, right before its name: "These objectives form ", "Together, these modules constitute ". */
const PARTS_FORM_BEFORE = /\b(?:these|our|the proposed)\s+(?:[\w-]+\s+){0,2}(?:objectives|components|modules|losses|designs|techniques|elements|parts|strategies|innovations|ideas|contributions)\s+(?:together\s+)?(?:form|constitute|compose|make up)\s+$/i;
/** A verb of comparison right before a long form: "Our method outperforms the Zorb Quux Network (ZQN)" (someone's). */
const OUTPERFORMS_BEFORE = /\b(?:outperform\w*|surpass\w*|beats?|beating|compared\s+(?:to|with|against)|versus|vs\.?)\s+(?:the\s+|an?\s+)?(?!(?:[\w-]+\s+){0,3}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,3}$/i;
/** A verb of building on existing work right before a long form ("which extends the ...", "built upon a ...", "we adapt"). */
const EXTENDS_BEFORE = /\b(?:extends?|extending|(?:we|to)\s+adapt|adapts|adapting|builds?\s+(?:up)?on|built\s+(?:up)?on|building\s+(?:up)?on)\s+(?:the\s+|an?\s+)?(?!(?:[\w-]+\s+){0,2}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,2}$/i;
/** "we introduce the Segment Anything Model (SAM) into face forgery detection": an existing thing the paper brings to a field
 * (the introduction verb, no word of novelty before the name; INTO_AFTER after it). */
const INTRODUCE_INTO_BEFORE = /\bintroduc(?:e|es|ed|ing)\s+(?:the\s+)?(?![^.;:()]*\b(?:novel|new|our|proposed|own)\b)(?:i\.e\.,?|e\.g\.,?|[^.;:()]){0,90}$/i;
/** "into" or "in" a field or a task right after a long form, not "in this paper" ("... (SAM) in face forgery detection"). */
const INTO_AFTER = /^\s+in(?:to)?\s+(?!(?:this|the present|our|the following|the next|section)\b)(?:the\s+)?(?:field|domain|task|area|context|problem|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:detection|localization|localisation|segmentation|recognition|analysis|diagnosis|classification|forecasting|inspection|monitoring))\b/i;
const PRIOR_ART_BEFORE = /\b(?:popular|well-known|widely[- ]used|off-the-shelf|classic|prevalent|mainstream)\b(?![^.;:]*\b(?:we|our|propos\w*|introduc\w*|present\w*|novel)\b)[^.;:]{0,80}$/i;
/** "Considering drawbacks of the ": the weak points of what the long form then names, someone's. */
const DRAWBACKS_OF_BEFORE = /\b(?:drawbacks?|limitations?|shortcomings?|weakness(?:es)?|deficienc(?:y|ies)|disadvantages?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "we proposed in a previous paper", "we have introduced in our earlier work": a proposal of the authors' earlier paper. */
const PROPOSED_EARLIER = /\bwe\s+(?:have\s+)?(?:proposed|presented|introduced|developed|designed)\s+in\s+(?:a|an|our)\s+(?:previous|prior|earlier|former)\s+(?:paper|work|study|article|publication)\b|\b[Ii]n\s+(?:a\s+|an\s+|our\s+)?(?:previous|prior|earlier|former)\s+(?:papers?|works?|stud(?:y|ies)|articles?|publications?),\s+we\s+(?:have\s+)?(?:proposed|presented|introduced|developed|designed)\b/;
/** The authors' earlier work, in any words: "we recently developed", "Recently, we introduced", "In our previous works, we proposed". */
const EARLIER_OWN = new RegExp(String.raw`\b[Ww]e\s+(?:have\s+)?(?:recently|previously|earlier)\s+(?:proposed|presented|introduced|developed|designed)\b|\b[Rr]ecently,?\s+we\s+(?:have\s+)?(?:proposed|presented|introduced|developed|designed)\b|${PROPOSED_EARLIER.source}`);
/** A counted proposal, then a colon: "two efficient VAD methods designed for edge deployment: " (searched from the end of the
 * proposal verb; the caller takes it only when it starts within 24 characters of it). */
/** A counted list of proposed metrics set off by a comma or a dash, right after the proposal verb. */
const PROPOSED_METRIC_LIST = /\s*(?:(?:a|an|the)\s+)?(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,3}?metrics\s*(?:,\s*(?:namely\s+|i\.e\.,?\s+)?|[—–]\s*|\s-+\s+)/y;
/** What the proposals of a counted list use, before its colon: "that involve two ... methods", "well known". */
const USED_KIND_LIST = /\b(?:(?:that|which)\s+(?:involve|use|combine|rely on|build on|employ|integrate|leverage)s?|well[- ]known|existing|popular|classic|standard)\b/i;
const PROPOSED_LIST = /\s*(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,3}?(?:methods|models|variants|approaches|frameworks|algorithms|detectors|versions|architectures|baselines|metrics|scores)\b[^.;:]{0,60}:\s+/g;
/**
 * "the existing" right before a long form, or a word or two before it; or "the recently proposed" ("We leverage the
 * recently proposed Deep Isolation Forest (DIF)": the proposal verb there is someone else's).
 */
const EXISTING_BEFORE = new RegExp(String.raw`\b(?:existing|(?:the|a) (?:most )?${RECENTLY_PROPOSED_SRC})\s+(?:[\w-]+\s+){0,2}$`, 'i');
/** "We use a recently proposed generative model known as neural rendering model (NRM)": others' recent work, however spelt. */
const RECENTLY_PROPOSED_BEFORE = new RegExp(String.raw`\b${RECENTLY_PROPOSED_SRC}\s+(?![^.;:()]*\b(?:we|our)\b)[^.;:()]{0,80}$`, 'i');
/** A kind of method "based on" a network named right after, not "the" one: "a ... method based on a " (before a long form). */
const BASED_ON_NEW_NET = /\b(?:method|approach|framework|model|system|scheme|technique|detector)\s+(?:[\w-]+\s+){0,4}?based\s+on\s+(?:an?\s+)?(?![^.;:()]*\b(?:the|existing|popular|well-known|classic|standard|pre-?trained)\b)(?:[\w-]+\s+){0,5}$/i;
/** A sentence opening on "Recently," (or "In recent years,"). */
const RECENTLY_OPENING = /^(?:Recently|More recently|In recent years|Lately)\b/;
/** A passive of making right after a definition: "(LSA) is presented", "(X) was proposed". */
const DONE_PASSIVE_AFTER = /^\s*(?:is|was|has been|have been|were|are)\s+(?:\w+\s+)?(?:presented|proposed|introduced|developed|designed)\b/;
/** A sentence opening on the kind of the paper's thing, set off, then its name: "The method, SAMSAD (...), leverages". */
const THE_KIND_OPENING = new RegExp(String.raw`^The\s+(${WHOLE_KIND_SRC}|dataset|benchmark),\s+(${NAME_SRC})\b`);
/** A new thing's kind, then its coined name: "propose a debiasing solution FNDCD.", "a new continual MMD method DaedCmd.". */
const NEW_KIND_THEN_NAME = new RegExp(String.raw`(?:\b(?:[Ww]e|[Tt]his (?:paper|work)|and)\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design|induce|build|devise|construct)s?\s+(?:a|an)\s+(?:(?:new|novel)\s+)?|\b(?:a|an)\s+(?:new|novel|improved)\s+)(?:[\w-]+\s+){0,4}?(${WHOLE_KIND_SRC})\s+(${NAME_SRC})(?=\s*[.,;:]|\s+(?:which|that|to|for|with|based|is|was|in|on)\b)`, 'g');
/** "a novel " right before a long form. */
const NOVEL_RIGHT_BEFORE = /\b(?:an?|the)\s+(?:new|novel)\s+$/i;
/** "as well as a recent state of the art approach (SSD)": a recent method of others named right before its acronym. */
const RECENT_KIND_BEFORE = /\b(?:a|the)\s+(?:more\s+|most\s+)?recent\s+(?:(?:state[- ]of[- ]the[- ]art|SOTA|sota|[\w-]+)\s+){0,3}(?:approach|method|model|framework|technique|detector|baseline|algorithm)\s*$/i;
/** The long form is an item of an example list ("variants like Patch-based DDPM (pDDPM), Masked DDPM (mDDPM)"). */
const EXAMPLE_LIST_BEFORE = /\b(?:such as|like|including|e\.g\.,?)\s+(?![^.;:]*\b(?:we|our|propos\w*|introduc\w*|present\w*|novel|is|are|was|were|has|have|had|for|to|that|which|in|on)\b)[^.;:]{0,120}$/i;
/** The long form right after a use verb ("We utilize Temporal Graph Attention Networks (TGAT)"). */
const USED_BEFORE = /\b(?:utiliz\w*|employ\w*|adopt\w*|leverag\w*|use|uses|using|apply|applies|applying)\s+(?:the\s+|an?\s+)?(?:(?:popular|existing|pre-?trained|off-the-shelf|standard|established)\s+)?$/i;
const PRIOR_ART_AFTER = /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:initially|originally|previously|first|recently)\s+(?:proposed|introduced|developed|designed)\b/i;
/** A use verb between the proposal verb and an acronym: the acronym is what the proposal uses. */
// ("a feature extractor trained via Deep Support Vector Data Description (DeepSVDD)": what it is trained with)
const USED_BETWEEN = /\b(?:leverag\w*|using|uses?|utiliz\w*|employ\w*|adopt\w*|applies|applying|based on|built (?:up)?on|builds? (?:up)?on|(?:trained|learned|learnt|optimi[sz]ed|pre-?trained|fine-?tuned)\s+(?:via|with|by))\b/i;

/** A verb of combining between the proposal verb and an acronym: what the proposal combines is used by it when it is a
 * network or model ("a framework incorporating Relational Graph Convolutional Networks (RGCN)"), and may be the
 * proposal's own parts otherwise ("a strategy that integrates Latent Space Refinement (LSR) and ..."). */
const COMBINED_BETWEEN = /\b(?:incorporat\w*|integrat\w*|repurpos\w*)\b/i;
/** The paper's own words right before a long form: "a novel ...", "our proposed ...". */
const OWN_BEFORE_DEF = /\b(?:novel|new|newly|our|proposed)\s+(?:[\w-]+\s+){0,4}$/i;

/** The rest of a long form up to its acronym: "... Encoder Representations from Transformers (BERT)". */
// (an acronym may start lower-case: "t-Distributed Stochastic Neighbor Embedding (t-SNE)")
const LONG_FORM_GOES_ON = /^(?:(?:\s+|-)(?:[A-Z]\w*|of|from|for|and|with|to|the|in|on)){1,12}\s*\((?:[A-Z]|[a-z]{1,2}-?[A-Z])[\w-]*\)/;
/** The definition is an item of a list of metrics the sentence introduces ("... metrics: A (X), B (Y), and"). */
const METRIC_LIST_BEFORE = /\b(?:metrics|measures)\s*(?::|,?\s*(?:namely|i\.e\.,?|including))\s*[^.;:]*$/i;
/** A sentence opening on a concession ("While ...", "Although ..."): what it says was developed is prior work. */
const CONCESSIVE_START = /^\s*(?:While|Although|Though|Despite|Whereas|Even though)\b/;
/** A title about existing work: what it names is not its proposal. */
const REVISIT_TITLE = /^\s*(?:Revisiting|Rethinking|On|Understanding|Analy[sz]ing|Benchmarking|Evaluating|Examining|Exploring|Investigating)\b/;
/** "... and SAM collaboration framework": a second name and the head noun of what the two make up. */
const COMBINED_HEAD = /^\s+and\s+[A-Z][\w-]*\s+(?:[a-z-]+\s+){0,2}(?:framework|paradigm|pipeline|approach|method|model|system|architecture)\b/;
/** ", a framework for ...", ", an open-source library that ...": what makes a lower-case word a name. */
const LOWER_NAME_APPOS = /^\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:framework|method|approach|system|tool|toolkit|library|package|pipeline|model|benchmark|dataset|algorithm|detector|network|architecture|ensemble)\b/i;
/** A verb of coining a name ("we call", "dubbed"), for a sentence whose name may be all in lower case. */
const LOWER_COINING = /\b(?:we (?:call|coin|dub|name)|dubbed|coined)\s+(?:(?:it|them|this)\s+)?[a-z][a-z0-9]*(?:\d|-[a-z0-9]+)[a-z0-9-]*\s*[,.;)]/;
/** A coined name in lower case: "sigllm", "dino4ad", "gspy-ssl", "tabfraud-ens" (a word no English has, or a digit; not "fine-tuning"). */
function coinedLower(tok: string, vocab: PatternVocab): boolean {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(tok) || tok.length < 4 || vocab.isKnownWord(tok)) return false;
  // ("an R package available at https://...": adjectives in -able and -ible, which the word list lacks, are no coined name)
  if (/[a-z](?:able|ible)$/.test(tok)) return false;
  if (!tok.includes('-')) return /^[a-z][a-z0-9]{3,}$/.test(tok);
  return /\d/.test(tok) || tok.split('-').some((w) => w.length >= 4 && !/\d/.test(w) && !vocab.isKnownWord(w));
}
/** The last word of a title head in sentence case that says what kind of work it is: a task, a kind of method. */
const SENTENCE_CASE_KIND_END = /^(?:identification|detection|segmentation|classification|locali[sz]ation|recognition|prediction|estimation|monitoring|diagnosis|analysis|imaging|inspection|assessment|screening|tracking|mapping|quantification|measurement|estimators?|detectors?|classifiers?|models?|methods?|approach(?:es)?|frameworks?|systems?|machines?|review|survey|overview|tutorial|perspective|commentary)$/;
/** The last word of a task's name ("... Anomaly Detection"): a title head so ended is a topic (not "... Learning": "Dual Prototype Learning" is a method). */
const TASK_WORDS = new Set(['detection', 'segmentation', 'classification', 'localization', 'localisation', 'generation', 'recognition', 'discovery', 'forecasting', 'surveillance', 'monitoring', 'inspection', 'mitigation', 'prevention', 'prediction', 'calibration']);
/** "TEC anomalies—Local TEC changes prior to earthquakes ...", "Financial statement errors: ...": what a title's head ends on when it names the phenomenon studied. */
const PHENOMENON_HEAD_ENDS = new Set(['anomalies', 'outliers', 'errors', 'faults', 'failures']);
/** "we propose Echo, a novel multi-expert framework": an English word the proposal names as a new thing. */
const NOVEL_APPOS = /^\s*,\s+an?\s+(?:novel|new)\b/;

// ("a highly specialized YOLO baseline": after a describing word or two too)
const THE_BASELINE = new RegExp(String.raw`\b(?:the|a|an|strong|competitive)\s+(?:(?:[a-z]+ly|specialized|specialised|dedicated|standard|strong|simple|competitive|popular|vanilla|fine-tuned|supervised|classic|classical)\s+){0,2}(${NAME_SRC})\s+baselines?\b`, 'g');

/** The last word of a long form that names a network or a model ("Temporal Graph Attention Networks"). */
const ARCH_WORDS = new Set(['network', 'networks', 'model', 'models', 'transformer', 'transformers', 'autoencoder', 'autoencoders']);

/** A title about another method ("Beyond PatchCore: ...", "Improving Deep SVDD ..."). */
const PRIOR_TITLE = /^\s*(?:Beyond|Improving|Revisiting|Rethinking|Towards|Toward|Enhancing|Boosting|Extending|On|Understanding|Analy[sz]ing|Evaluating)\b/i;
/** Does the text hold the word as written, not inside a longer word or hyphenated name ("MedAD" in "MedAD-R1")? */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\w-]/.test(text.charAt(at - 1)) && !/[\w-]/.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

/** Does the (lower-cased) title hold the name as a whole word? */
function inTitleWords(titleLower: string, name: string): boolean {
  const n = name.toLowerCase();
  const at = titleLower.indexOf(n);
  return at >= 0 && !/[a-z0-9]/.test(titleLower.charAt(at - 1)) && !/[a-z0-9]/.test(titleLower.charAt(at + n.length));
}

export function isComponentSentence(text: string): boolean {
  return ORDINAL_START.test(text.trim());
}

// ------------------------------------------------------------------ acronym definitions

export interface AcronymDef {
  acronym: string;
  longForm?: string;
  /** Offsets of the whole definition in the sentence. */
  start: number;
  end: number;
  /** Word right after the closing parenthesis (framework, module, dataset ...). */
  after: string;
  /** The acronym came first: "APE (Anomaly detection via ...)". */
  reversed: boolean;
}

const PAREN = /\(([^()]{1,160})\)/g;
/** The word right after a closing parenthesis (sticky: read at an offset, as `^` of the rest would). */
const WORD_AFTER = /\s*([A-Za-z-]+)/y;

/** Schwartz & Hearst's long-form search: the shortest word span whose letters spell the acronym in order. */
export function findLongForm(short: string, before: string, limitWords = true): string | undefined {
  const lf = spellLongForm(short, before, limitWords);
  // "Dynamic Decomposition with Diffusion Reconstruction (D3R)": a digit after a letter repeats it
  if (lf === undefined && /[A-Za-z][2-4](?![0-9])/.test(short)) {
    const expanded = short.replace(/([A-Za-z])([2-4])(?![0-9])/g, (_m, c: string, n: string) => c.repeat(Number(n)));
    const rep = spellLongForm(expanded, before, limitWords);
    if (rep !== undefined) return rep;
  }
  // "Coarse-to-Fine Pseudo-Labeling (C2FPL)", "Vision-Language Models for Time Series (VLM4TS)": 2 is "to", 4 is "for"
  if (lf === undefined && /[A-Za-z][24][A-Za-z]/.test(short)) {
    const spelt = short.replace(/([A-Za-z])2(?=[A-Za-z])/g, '$1T').replace(/([A-Za-z])4(?=[A-Za-z])/g, '$1F');
    const w = spellLongForm(spelt, before, limitWords);
    if (w !== undefined && (!/[A-Za-z]2[A-Za-z]/.test(short) || /(?:\b|-)to(?:\b|-)/i.test(w)) && (!/[A-Za-z]4[A-Za-z]/.test(short) || /\bfor\b/i.test(w))) return w;
  }
  // ("perturbatioN discrEpancy consisTency Evaluation (NETE)": capitals set inside the words spell the acronym)
  if (lf === undefined && limitWords) return capitalsSpell(short, before);
  return lf;
}

/**
 * The last words of `before` whose capital letters, in order, are exactly the acronym's letters, where some capital
 * stands inside a word (the writer marked the letters: "perturbatioN discrEpancy consisTency Evaluation" of NETE).
 */
function capitalsSpell(short: string, before: string): string | undefined {
  const letters = short.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 3 || letters.length !== short.replace(/[^A-Za-z0-9]/g, '').length) return undefined;
  const words = lastWords(before, letters.length + 3).split(' ');
  let caps = '';
  for (let i = words.length - 1; i >= 0; i--) {
    caps = words[i].replace(/[^A-Z]/g, '') + caps;
    if (caps.length > letters.length || !letters.endsWith(caps)) return undefined;
    if (caps === letters && /^[a-z]*[A-Z]/.test(words[i])) {
      const lf = words.slice(i).join(' ').replace(/^[("'“‘]+/, '');
      return MARKED_LETTER.test(lf) ? lf : undefined;
    }
  }
  return undefined;
}

/** Two lower-case words, each with a capital inside marking the letter an acronym takes ("perturbatioN discrEpancy"; not "kNN"). */
const MARKED_LETTER = /(?:^|\s)[a-z]{2,}[A-Z][a-z]*\s(?:\S+\s)*?[a-z]+[A-Z][a-z]*(?:\s|$)/;

/** A function word at the start of a would-be long form ("and Aggressive Rejection" of AAR). */
const LONG_FORM_FUNCTION_WORD = /^(?:and|or|of|the|for|to|in|on|with|a|an|by|via|as|at)\s/;

function spellLongForm(short: string, before: string, limitWords: boolean): string | undefined {
  const letters = short.replace(/[^A-Za-z0-9]/g, '');
  const cand = lastWords(before, limitWords ? Math.min(letters.length + 5, letters.length * 2) : 0);
  let s = short.length - 1;
  let l = cand.length - 1;
  while (s >= 0) {
    const c = short[s].toLowerCase();
    if (!/[a-z0-9]/.test(c)) {
      s--;
      continue;
    }
    while (
      l >= 0 &&
      (cand[l].toLowerCase() !== c || (s === 0 && l > 0 && /[A-Za-z0-9]/.test(cand[l - 1])))
    ) {
      l--;
    }
    if (l < 0) return undefined;
    // "Adaptive and Aggressive Rejection (AAR)": a long form does not start with a function word when a word
    // further left starts with the same letter
    if (s === 0 && LONG_FORM_FUNCTION_WORD.test(cand.slice(l))) {
      for (let k = l - 1; k >= 0; k--) {
        if (cand[k].toLowerCase() === c && (k === 0 || cand[k - 1] === ' ') && !LONG_FORM_FUNCTION_WORD.test(cand.slice(k))) {
          l = k;
          break;
        }
      }
    }
    l--;
    s--;
  }
  const start = cand.lastIndexOf(' ', l) + 1;
  const lf = cand.slice(start).replace(/^[("'“‘]+/, '').trim();
  if (!lf || normLetters(lf) === normLetters(short)) return undefined;
  return lf;
}

/**
 * The last `max` words of `s` (runs of non-space), joined by single spaces; all of them when `max` is 0:
 * `s.split(/\s+/).filter(Boolean).slice(-max).join(' ')`, reading only the words it keeps (the text before
 * an acronym can be a long sentence; its long form is in the last few words).
 */
function lastWords(s: string, max: number): string {
  const words: string[] = [];
  let i = s.length;
  while (max <= 0 || words.length < max) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const end = i;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    words.push(s.slice(i, end));
  }
  return words.reverse().join(' ');
}

/** The offset where the trailing whitespace of text[0, end) starts (`.replace(/\s+$/, '')` without the copy). */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** [A-Za-z0-9] */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * `/([A-Za-z0-9][A-Za-z0-9+&\-‐]*)\s*$/.exec(text.slice(0, end))` read backwards from `end`: the name-like
 * run of letters, digits, + & - ‐ right before `end` (trailing spaces allowed), from its first letter or
 * digit; its text and offset.
 */
function trailingName(text: string, end: number): { name: string; index: number } | null {
  const e = trimmedEnd(text, end);
  let r = e;
  for (; r > 0; r--) {
    const c = text.charCodeAt(r - 1);
    if (!(isAlnum(c) || c === 0x2b || c === 0x26 || c === 0x2d || c === 0x2010)) break;
  }
  while (r < e && !isAlnum(text.charCodeAt(r))) r++;
  return r < e ? { name: text.slice(r, e), index: r } : null;
}

/** "UCI benchmark datasets": a name followed by a data word is not a baseline. */
const DATA_AFTER = /^\s+(?:benchmarks?|datasets?|data|corpus|suite|repository)\b/;
/** "RGB-D methods such as ...": a word used as a modifier of a generic noun is not a name. */
const MODIFIER_AFTER = /^[\s-]+(?:methods?|approaches|models?|techniques?|features?|images?|networks?|architectures?|backbones?|baselines?|based|settings?|tasks?|modalit\w*|values)\b/i;

function normLetters(s: string): string {
  // (as s.toLowerCase().replace(/[^a-z0-9]/g, ''), by a loop that slices only when a character goes)
  const l = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (i > from) out += l.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? l : from < l.length ? out + l.slice(from) : out;
}

// (not across a relative clause to a data word modifying another: "Kernel Divergence Score (KDS), a novel method that
// quantifies dataset contamination")
const DATA_APPOS = /^\s*,\s*(?:to (?:the best of )?our knowledge,?\s+)?(?:a|an|the)\s+(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,5}?(?:dataset|benchmark|corpus|data set|database)s?\b(?![\s-]+(?:level|contamination|leakage|inference|shift|shifts|bias|distillation|condensation|pruning|curation|poisoning|membership|auditing|valuation)\b)/i;

/** After a title's acronym, a subtitle that calls it data: "(CAN)? A Continual Learning Benchmark of ...", not "A ... Database Copilot". */
const DATA_SUBTITLE_AFTER = /^\)?\s*[?:]\s*(?:An?|The)\s+(?:[\w-]+\s+){0,4}?(?:Benchmark|Dataset|Corpus|Database)(?=\s*(?:$|[,:;.(]|(?:for|of|on|in|with|from|over|under|across)\b))/;

/** "the Real Industrial Anomaly Detection (RIAD), a comprehensive IAD dataset": the definition names data. */
export function defNamesData(text: string, d: AcronymDef): boolean {
  return DATA_APPOS.test(text.slice(d.end, d.end + 120));
}

export function isAcronymShaped(s: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9+&\-‐]*$/.test(s) || s.length > 20) return false;
  const uppers = countUpper(s);
  return uppers >= 2 || (uppers >= 1 && /\d/.test(s));
}

const defsMemo = new Map<string, AcronymDef[]>();

/** The last "... and design" of a proposal: what follows it is the second thing proposed. */
const COORDINATED_PROPOSE = /^.*\band\s+(?:then\s+|further\s+|also\s+)?(?:propose|present|introduce|develop|design|devise|construct|build)\b/i;

/** Words after an acronym's definition that make it a task or problem setting. */
const TASK_AFTER = /^(?:paradigm|problem|setting|scenario|formulation|task)s?$/;

/** A metric or measure named right after an acronym's definition: "(STAUC) evaluation metric", "(X), a new metric". */
const METRIC_AFTER_ACRONYM = /^\s*(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(metric|measure)s?|(?:(?:evaluation|assessment|performance|quality)\s+)?(metric|measure))\b/i;

function metricAfter(rest: string): string | undefined {
  const m = METRIC_AFTER_ACRONYM.exec(rest);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}

/** Right after the paper's own acronym of the same sentence: "(DR-GCN) and a novel ..." (the next definition is coordinated with it). */
const AND_ANOTHER = /^\s*,?\s*(?:and|as well as)\s+(?:an?|the)\s+/i;
function coordinatedWithOwn(out: readonly Candidate[], s: Sentence, text: string, at: number): boolean {
  for (const c of out) {
    if (!c.own || c.sentence !== s || !c.rule.startsWith('acronym')) continue;
    const end = text.indexOf(`(${c.surface})`);
    if (end >= 0 && end < at && AND_ANOTHER.test(text.slice(end + c.surface.length + 2, at))) return true;
  }
  return false;
}

/** Do a phrase's initials open the acronym in the parenthesis that soon follows it ("Spectral Invariant Learning for ... (SILD)")? */
function initialsLead(phrase: string, after: string): boolean {
  const m = /^[^().;]{1,100}?\(([A-Za-z][\w-]*)\)/.exec(after);
  if (!m) return false;
  const initials = phrase.split(/[\s-‐]+/).map((w) => w[0]).join('').toUpperCase();
  return initials.length >= 2 && m[1].replace(/[^A-Za-z]/g, '').toUpperCase().startsWith(initials);
}
/** Is `at` inside an acronym definition of the sentence (its long form or its parentheses)? */
function inDefinition(text: string, fl: number, at: number): boolean {
  return (fl & T_PAREN) !== 0 && acronymDefs(text).some((d) => d.start <= at && at < d.end);
}

/** Acronym definitions of a sentence (memoised: the extractor and the patterns both ask). */
export function acronymDefs(text: string): AcronymDef[] {
  let v = defsMemo.get(text);
  if (!v) {
    v = findAcronymDefs(text);
    if (defsMemo.size > 2000) defsMemo.clear();
    defsMemo.set(text, v);
  }
  return v;
}

/** A title's rest that opens on one title-case name ending on its data word: "The Real ORNL ... Intrusion Detection Dataset". */
const TITLE_CASE_DATA_REST = /^(?:An?|The)\s+(?:[A-Z][\w-]*\s+){1,12}(?:Dataset|Benchmark|Corpus|Database)s?\b(?![\s-]+[A-Z])/;

/** "BUS-UCLM: Breast ultrasound lesion segmentation dataset": the whole rest a plain phrase that ends on its data word (not a clause: "WAT: Finding top-K discords in time series database"). */
const PLAIN_DATA_REST = /^(?!(?:an?|the)\s|[A-Za-z]+ing\s)(?:[\w'’-]+\s+){1,8}(?:dataset|data set|database|corpus)\s*$/i;
/** A title's rest ending on new data: "... in a New Brazilian Corpus", "... with a Large-Scale Dataset". */
const NEW_DATA_REST_END = /\b(?:in|on|with|and)\s+(?:a|an|the)\s+(?:new|novel|large-scale|first)\s+(?:[\w-]+\s+){0,3}(?:dataset|corpus|benchmark)\s*$/i;

/** A title head of words joined by hyphens around a function word ("Interaction-via-Actions", "One-to-More"). */
const SLOGAN_HEAD = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*-(?:via|to|for|and|of|in|on|as|by|with|from|the|a)-[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*$/i;

/** Acronyms in parentheses that end a list of class labels: "... and earthquake (EQ) classes". */
const CLASS_LABELS = /\([A-Z]{1,5}\),?\s+(?:and\s+)?[a-z][a-z -]{0,40}\([A-Z]{1,5}\)\s+(?:classes|categories|labels|groups)\b/;
/** A data word, then a comma and an indefinite description, right before a long form: "dataset, a high-accuracy ". */
const DATA_APPOS_BEFORE = /\b(?:dataset|benchmark|corpus|database)\s*,\s*(?:an?|the)\s+[^,.;()]{0,40}$/i;
/**
 * The data the sentence introduces, right before a long form: set off after it ("we introduce a novel dataset and
 * benchmark, Fact Extraction and VERification Over ... (FEVEROUS)") or what it holds ("we collect a dataset with new
 * Known-Unknown Questions (KUQ)").
 */
const DATA_INTRODUCED_BEFORE = /\b(?:introduc|present|propos|releas|construct|build|buil|collect|creat|curat)\w*\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:dataset|benchmark|corpus|database)(?:(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:dataset|benchmark|corpus|database))?\s*,\s*(?:[A-Z][^,.;()]{0,100})?|\s+(?:with|of|containing|comprising)\s+(?:(?:new|novel)\s+)?)$/i;

/** A title head ending on a kind of fraud, attack or misconduct: "Wangiri Fraud", "Kerberoasting Attack", "NFT Wash Trading". */
const THREAT_HEAD = /\s(?:Fraud|Frauds|Attacks?|Scams?|Threats?|Malware|Trading|Manipulation|Laundering|Plagiarism|Cheating|Spam|Tunnel+ing|Spoofing|Phishing|Poisoning|Jamming|Hijacking|Exfiltration|Forgeries|Deepfakes)$/;

/** A coined acronym with one capital after one to three lower-case letters: "hiNet", "deClone". */
const ONE_CAPITAL_COINED = /^[a-z]{1,3}[A-Z][a-z]{1,8}$/;
function findAcronymDefs(text: string): AcronymDef[] {
  const out: AcronymDef[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    // "(AnoGen)", "(or \"AbeT\" for short)", "(AbeT for short)", "(HC-GLAD in short)", "(abbreviated as X)", "(in short, BAE)"
    // ("(kBET; https://github.com/theislab/kBET )": a link after the acronym is no part of it)
    const inner = m[1].trim().replace(/^(?:or|abbreviated as|short:?|in short,?|for short,?|shortly,?|briefly,?|hereafter,?|hereinafter,?|henceforth,?)\s+/i, '').replace(/(?:\s+(?:model|method|framework|network|algorithm|approach|system|dataset|benchmark))?\s+(?:for|in) short$/i, '').replace(/^["“'‘](.*)["”'’]$/, '$1').replace(/\s*[;,]\s*https?:\/\/\S+$/, '');
    WORD_AFTER.lastIndex = m.index + m[0].length;
    const afterMatch = WORD_AFTER.exec(text);
    const after = afterMatch ? afterMatch[1].toLowerCase() : '';
    // ("the hybrid inference network (hiNet)", "the clone attack detection approach (deClone)": one capital after a short
    // lower-case start is a coined acronym too, where the words before spell it)
    const coined = !isAcronymShaped(inner) && ONE_CAPITAL_COINED.test(inner);
    if (isAcronymShaped(inner) || coined) {
      const before = text.slice(0, trimmedEnd(text, m.index));
      // (no long form across another parenthesis: "a run-time system (GPT-2C) that leverages large pre-trained models (GPT-2)")
      const spelt = findLongForm(inner, before);
      if (coined && spelt === undefined) continue;
      // (nor across a comma from a capitalised start to a lower-case word: "a Swin Transformer encoder, pretrained with masked
      // image modeling (SimMIM)" spells SimMIM from two phrases; a list in one case may: "Forgetting, Openness, Generalisation
      // Score (FOGS)", "self-monitoring, analysis and reporting technology (SMART)", or a list of three: "Approach to Spurious,
      // fine-grained, and Conventional OOD Detection (ASCOOD)")
      const lf = spelt !== undefined && (/[()]/.test(spelt) || (/^[A-Z]/.test(spelt) && /,\s+[a-z]/.test(spelt) && !/,[^,]*,\s*(?:and|or)\s/.test(spelt))) ? undefined : spelt;
      const lfAt = lf ? before.lastIndexOf(lf) : -1;
      out.push({ acronym: inner, longForm: lf, start: lfAt >= 0 ? lfAt : m.index, end: m.index + m[0].length, after, reversed: false });
      continue;
    }
    // reversed: NAME (Long Form) (a long form of several words: most parentheses hold one)
    const pre = /\s/.test(inner) ? trailingName(text, m.index) : null;
    if (pre && isAcronymShaped(pre.name)) {
      if (findLongForm(pre.name, inner, false) !== undefined && inner.length < 120) {
        out.push({ acronym: pre.name, longForm: inner, start: pre.index, end: m.index + m[0].length, after, reversed: true });
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ the patterns

export interface PatternContext {
  title: Sentence;
  sentences: Sentence[]; // abstract sentences (not the title)
  vocab: PatternVocab;
}

/** Does the abstract use this capitalised word as an ordinary lower-case word ("... semantic ...")? */
function usedLowerCase(sentences: Sentence[], w: string): boolean {
  const lw = w.toLowerCase();
  if (lw === w || !/^[a-z]+$/.test(lw)) return false;
  const re = new RegExp(`(?<![\\w-])${lw}(?![\\w-])`);
  return sentences.some((o) => o.index > 0 && re.test(o.text));
}
export function findCandidates(ctx: PatternContext): { candidates: Candidate[]; rejectedAcronyms: Set<string>; topics: string[] } {
  const out: Candidate[] = [];
  const rejected = new Set<string>();
  const topics: string[] = [];
  const { vocab } = ctx;
  // (a generic acronym's plural too: "Gated Recurrent Units (GRUs)")
  const generic = (s: string) => vocab.generic.has(normLetters(s)) || vocab.genericExact.has(s) || (PLURAL_ACRONYM.test(s) && vocab.generic.has(normLetters(s.slice(0, -1))));

  const titleLower = ctx.title.text.toLowerCase();
  /** Result-subject candidates, kept at the end if the paper proposes something. */
  const results: Candidate[] = [];
  let proposes = false;
  // ---- title head
  const head = titleHead(ctx.title.text);
  let ownMain = false;
  // ("Almost Right: Making First-Layer Kernels ...", "Digital Twin AI: Opportunities and Challenges ...": a title head of
  // English words that the abstract never uses again is a slogan or a topic, not a name)
  // (not one the rest of the title calls a method or data: "Composite Convolution: a Flexible Operator for ...", "CAD 100K:
  // A Comprehensive Multi-Task Dataset for ...")
  // (nor a name the lexicon knows: "Uninformed Students: Student-Teacher Anomaly Detection ...")
  // (of English words only: "Dual Zorb Learning: ..." coins a word, and a coined word names)
  // (the cheap tests first; the abstract is read last)
  const headUnused = head !== undefined && head.shape === 'phrase' && !HEAD_DESCRIBED.test(head.rest) &&
    head.name.split(/[\s-]+/).every((w) => vocab.isKnownWord(w.toLowerCase()) || generic(w) || usedLowerCase(ctx.sentences, w)) && !vocab.isLexiconName(head.name) &&
    // (the abstract writing the phrase in lower case, "we study concept drift", confirms a topic: only the title's
    // capitals, repeated, make a name)
    !ctx.sentences.some((o) => o.text.includes(head.name));
  // ("Stack Trace Deduplication: ...", "Internal Fraud Risk Reduction: ...", "Cryptocurrency malware hunting: ...": a head
  // of plain words ending on a process noun that the abstract never writes again, in any case or spacing ("Deep
  // Eyedentification" is the abstract's "DeepEyedentification"), names the work's task,
  // not a system; with known words only, headUnused has it already; here words the word list lacks too)
  // (not a head the rest of the title calls a method, nor a name the lexicon knows, nor one with digits or inner capitals,
  // nor a "Deep ..." name, "Deep Eyedentification: ...",
  // nor one with a coined word: "Dual Zorb Learning: ..."; a word the word list lacks must have an English ending,
  // "Deduplication", "Differentiable", or be written in lower case in the abstract, "stack traces", as is or in the plural)
  const headProcess = head !== undefined && head.shape === 'phrase' && !HEAD_DESCRIBED.test(head.rest) && !/^Deep\s/.test(head.name) &&
    PROCESS_HEAD_END.test(head.name) && head.name.split(/\s+/).every((w) => /^[A-Za-z][a-z]*(?:[-‐'’][A-Za-z][a-z]*)*$/.test(w) &&
      w.toLowerCase().split(/[-‐'’]/).every((part) => part.length <= 2 || vocab.isKnownWord(part) || ENGLISH_SUFFIX.test(part)) || usedLowerCase(ctx.sentences, w) || usedLowerCase(ctx.sentences, `${w}s`)) &&
    !vocab.isLexiconName(head.name) && !ctx.sentences.some((o) => o.index > 0 && normLetters(o.text).includes(normLetters(head.name)));
  // ("Cryptocurrency malware hunting: ...", "Surgical strike: ...", "Machine-learned epidemiology: ...": a head with a word
  // in lower case that the abstract never writes again is a phrase about the work, not a name)
  // (not one the rest of the title calls a method, nor a name the lexicon knows)
  const headLowerWord = head !== undefined && head.shape === 'phrase' && /\s[a-z]{4,}(?=\s|$)/.test(head.name) && !HEAD_DESCRIBED.test(head.rest) &&
    !vocab.isLexiconName(head.name) && !ctx.sentences.some((o) => o.index > 0 && normLetters(o.text).includes(normLetters(head.name)));
  // ("Hyperbolic Graph Embeddings: a Survey and an Evaluation on ...": a head of plain capitalised words, none coined,
  // before a survey is its topic, in title case too; readTitleHead sets aside the lower-case ones)
  const headTopic = head !== undefined && head.shape === 'phrase' && SURVEY_REST.test(head.rest) &&
    head.name.split(/\s+/).every((w) => /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$/.test(w));
  // ("Wangiri Fraud: Pattern Analysis and ...", "Online E-Commerce Fraud: A Large-scale Detection ...": a head naming a kind
  // of fraud or attack is what the paper detects)
  const headThreat = head !== undefined && THREAT_HEAD.test(head.name);
  // ("Putin’s peaks: Russian election data revisited": a person's or a thing's possessive before a lower-case word is a
  // phrase, no name)
  const headPossessive = head !== undefined && /^[A-Z][a-z]+['’]s\s+[a-z]/.test(head.name);
  // ("WangLab at MEDIQA-CORR 2024: Optimized LLM-based Programs ...", "FI Group at SemEval-2024 Task 8: ...": a team's
  // paper at a shared task's edition is evaluated on the task's data)
  const atEvent = titleEvent(ctx.title.text);
  if (atEvent !== undefined && !generic(atEvent)) out.push({ surface: atEvent, kind: 'dataset', own: false, confidence: 0.8, sentence: ctx.title, rule: 'title-at-event', shape: 'strong' });
  if (head && !generic(head.name) && !headUnused && !headProcess && !headLowerWord && !headTopic && !headThreat && !headPossessive) {
    const rest = head.rest;
    // "X: A Benchmark for ...", "X: Text Anomaly Detection Benchmark based on ...": the head names data
    // (not "X: Redefining Anomaly Localization Benchmarks with ...": what a verb does to benchmarks)
    // ("Déjà vu: a database of highly similar citations in the scientific literature": a database the head names)
    // (a database as the head of the rest, in lower case: not "An LLM-based Database Copilot System")
    const isDataset = (/^(?:an?|the)\b[^:;]*?\b(?:datasets?|benchmarks?|corpus|corpora|data sets?)\b/i.test(rest) ||
      /^(?:[Aa]n?|[Tt]he)\s[^:;A-Z]*?\bdatabases?(?=\s+(?:of|for|with|containing)\b|\s*$)/.test(rest) ||
      /^(?!Re[a-z]+ing\s)(?:[A-Z][\w-]*\s+(?:(?:and|of|&)\s+(?=[A-Z]))?){0,5}(?:Dataset|Benchmark|Corpus)s?\b(?![-‐])(?!\s+(?:for|of)\s+\w+\s+(?:methods?|models?))(?!\s+(?:Generation|Synthesis|Distillation|Selection|Pruning|Condensation|Augmentation|Purification|Cleaning|Cleansing|Filtering|Denoising|Debiasing)\b)/.test(rest)) &&
      !HEAD_METHOD_BEFORE_DATA.test(rest.split(/\b(?:datasets?|benchmarks?|corpus|corpora|data sets?|databases?)\b/i)[0]) ||
      // ("ROAD: The Real ORNL Automotive Dynamometer Controller Area Network Intrusion Detection Dataset": a title-case name
      // ending on its data word, whatever words it holds)
      // ("FakeRecogna Anomaly: Fake News Detection in a New Brazilian Corpus": the task on new data the head names)
      TITLE_CASE_DATA_REST.test(rest) || NEW_DATA_REST_END.test(rest) || PLAIN_DATA_REST.test(rest);
    // ("MAWIFlow Benchmark: Realistic Flow-Based Evaluation ...": a coined name and its data word head the title: the
    // data's name is the coined word)
    // ("SVDD Challenge 2024: ...", "GenAI Content Detection Task 1: ...": a challenge or a shared task the title names is
    // the data it releases)
    // ("ASVspoof 2019: Future Horizons in ...", "ADD 2023: the Second Audio Deepfake Detection Challenge": a name and a
    // year heading the title is an edition of a challenge or a benchmark, its data)
    // ("KVC-onGoing: Keystroke Verification Challenge": a coined head whose rest is the challenge's name in title case)
    const challenge = isChallengeName(head.name) || (head.shape === 'strong' && CHALLENGE_REST.test(rest));
    // ("TON_IoT Telemetry Dataset: A New Generation Dataset of ...": a word of what the data hold between them too)
    const dataHead = /^(\S+)(?:\s+[A-Z][a-z]+){0,2}\s+(?:Benchmark|Dataset|Corpus|Database)$/.exec(head.name);
    // ("Bot Wars Evolved: ..." over "We present "Bot Wars," a framework ...": a participle after a name the abstract uses
    // is the title's word, not the name's)
    const evolved = /^(.+?)\s+[A-Z][a-z]+ed$/.exec(head.name);
    const headName = dataHead && shapeOf(dataHead[1]) === 'strong' ? dataHead[1] :
      evolved && evolved[1].includes(' ') && ctx.sentences.some((o) => o.text.includes(evolved[1])) && !ctx.sentences.some((o) => o.text.includes(head.name)) ? evolved[1] : head.name;
    out.push({
      surface: headName,
      // (a head ending on its data word names data: its coined first word, or the whole head where that word is none,
      // "Suicidal Comment Tree Dataset: Enhancing Risk Assessment ...")
      kind: isDataset || challenge || (dataHead !== null && (headName === dataHead[1] || /^[A-Z]/.test(head.name))) ? 'dataset' : 'method',
      own: true,
      confidence: head.shape === 'strong' ? 0.95 : 0.85,
      sentence: ctx.title,
      rule: 'title-head',
      shape: head.shape,
    });
    ownMain = !isDataset && !challenge;
  } else {
    // "The voraus-AD Dataset for Anomaly Detection in ...", "The PartialSpoof Database and Countermeasures for ...": a
    // title that opens on its data's name (with "The": "A Scenario-Oriented Benchmark for ..." describes its data)
    // (not a critique of known data: "The NSL-KDD Dataset Revisited", "The KolektorSDD Dataset Is Too Easy")
    // ("The MVTec 3D-AD Dataset for ...": two words of a name, each name-shaped)
    const td = TITLE_DATA.exec(ctx.title.text);
    const shapes = td ? td[1].split(' ').map(shapeOf) : [];
    const sh = shapes.length === 1 ? shapes[0] : shapes.length === 2 && shapes.every((x) => x === 'strong') ? 'phrase' : 'none';
    if (td && !generic(td[1]) && (sh === 'strong' || sh === 'phrase' || (sh === 'weak' && !vocab.isKnownWord(td[1].toLowerCase())))) {
      out.push({ surface: td[1], kind: 'dataset', own: true, confidence: 0.85, sentence: ctx.title, rule: 'title-head', shape: sh });
    } else {
      // ("ZorbHED for Ransomware Detection: A Probabilistic Approach ...", "Anomaly Detection with ZorbRDA", "... using
      // ZorbCoAD": a coined name the title opens on before "for", or ends on after "with / using / via", is the paper's)
      const tc = TITLE_COINED.exec(ctx.title.text);
      // (or a coined name and its kind ending the title after a colon: "...: deARCE Method")
      const name = tc ? tc[1] ?? tc[2] ?? tc[3] : undefined;
      if (name && shapeOf(name) === 'strong' && COINED_SHAPE.test(name) && !generic(name) && !vocab.isLexiconName(name) && !modifierToken(name)) {
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: ctx.title, rule: 'title-head', shape: 'strong' });
        ownMain = true;
      }
    }
  }

  // the passes over each sentence read and write this (its sentence's fields set for each sentence)
  const p: SentencePass = {
    ctx, vocab, generic, titleLower, ownMain, out, rejected, results, topics,
    s: ctx.title, text: '', fl: 0, proposeMatch: null, proposal: false, component: false,
  };
  // (the title, then the abstract's sentences: indexed, without building the list)
  for (let si = -1; si < ctx.sentences.length; si++) {
    const s = si < 0 ? ctx.title : ctx.sentences[si];
    const text = s.text;
    const fl = flagsOf(s);
    const gates = s.gates ?? -1;
    // isProposalSentence, with PROPOSE's match kept (the patterns below read it)
    const proposeMatch = s.index > 0 && fl & T_PROPOSE ? PROPOSE.exec(text) : null;
    const proposal = proposeMatch !== null || (s.index > 0 && (fl & T_PROPOSE) !== 0 && otherProposal(text));
    // A sentence with no capital, digit or quote after its first letter, no apposition and no proposal
    // can give no name to any pattern below (they all need one of these): most sentences of an abstract.
    // (APPOS_NEED needs the word "a" or "an"; its answer is kept for the apposition pattern below)
    let apposNeed: boolean | undefined;
    // (nor one that coins a name in lower case: "which we call tabfraud-ens,")
    if (s.index > 0 && !proposal && !nameCharAfterFirst(text) && !(apposNeed = (fl & L_ARTICLE) !== 0 && APPOS_NEED.test(text)) &&
      !(fl & T_NAMING && LOWER_COINING.test(text))) continue;
    const component = s.index > 0 && isComponentSentence(text);
    p.s = s;
    p.text = text;
    p.fl = fl;
    p.proposeMatch = proposeMatch;
    p.proposal = proposal;
    p.component = component;
    p.proposedBefore = proposes;

    // ---- acronym definitions
    if (fl & T_PAREN) acronymPass(p);

    if (s.index === 0) continue;

    // ---- naming verbs: called X / named X / we call ... "X"
    NAMING.lastIndex = 0;
    if (fl & T_NAMING) namingPass(p);

    // ---- "called the memory-augmented autoencoder, i.e. MemAE"; "the proposed MemAE", "our ResAD++"
    if (fl & (T_NAMING | T_OURS)) ourNamePass(p);

    // ---- proposal verbs: "we propose X which", "we introduce X, a novel benchmark"
    // (the authors' earlier work, "we proposed in a previous paper ... FADE", is set aside at the end, with every pattern's)
    if (proposal) proposalPass(p);

    // ---- "xView3-SAR consists of nearly 1,000 analysis-ready SAR images": a name whose subject counts its images, videos or
    // recordings names a data set (the paper's when the title heads with it or the abstract presents a data set)
    // (gate: the test needs one of "consist", "contain", "compris", "composed", "includes")
    if ((gates & G_CONSIST) !== 0 && (text.includes('consist') || text.includes('contain') || text.includes('compris') || text.includes('composed') || text.includes('includes')) &&
      /\b(?:consists? of|contains?|comprises?|is composed of|includes)\s/.test(text)) {
      const m = DATA_COUNTED.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.isLexiconMethod(m[1]) && !vocab.isLexiconModel(m[1])) {
        const own = head?.name === m[1] || ctx.sentences.some((o) => PRESENTS_DATA.test(o.text));
        out.push({ surface: m[1], kind: 'dataset', own, confidence: 0.8, sentence: s, rule: 'dataset-named', shape: 'strong' });
      }
    }

    // ---- "Our dataset, LEN (Large Engagement Networks), is available": the paper's data named after its kind
    if (fl & T_OURS) {
      const m = OUR_DATA_APPOS.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.isLexiconMethod(m[1]) && !vocab.isLexiconModel(m[1])) {
        out.push({ surface: m[1], kind: 'dataset', own: true, confidence: 0.8, sentence: s, rule: 'dataset-named', shape: 'strong' });
      }
    }

    // ---- "we release an open-source Python package, skshift, which implements our method", "the R package “statcheck”",
    // "We implemented the methodology in a tool (GHAST)": software named by its kind; the paper's in its own words
    // (gate: the test needs "tool", "package", "library" or "software")
    if ((gates & G_SOFTWARE) !== 0 && (text.includes('tool') || text.includes('package') || text.includes('library') || text.includes('software')) && /\b(?:package|library|toolbox|tool|software)\b/.test(text)) {
      for (const m of text.matchAll(SOFTWARE_NAMED)) {
        const name = m[1] ?? m[2];
        // (not the initials of the words before it: "open-source software (OSS)")
        if (m[2] && /^[A-Z]{2,5}$/.test(m[2]) && initialsOf(text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + m[0].indexOf('('))).endsWith(m[2].toLowerCase())) continue;
        // (a package's name may be in lower case, "skshift", "fdaoutlier": the kind before it names it; not an English word)
        if (!name || generic(name) || (shapeOf(name) === 'none' && (name.length < 4 || vocab.isKnownWord(name.toLowerCase()))) || vocab.stop.has(normLetters(name)) || vocab.isLexiconModel(name)) continue;
        const own = OWN_SOFTWARE.test(text) || ctx.title.text.includes(name);
        out.push({ surface: name, kind: 'method', own, confidence: 0.75, sentence: s, rule: own ? 'propose' : 'baseline', shape: shapeOf(name) === 'strong' ? 'strong' : 'weak' });
      }
    }

    // ---- "two models—ForeNet-2d and ForeNet-3d—are proposed": names set off by dashes in a passive proposal
    // (gate: "are proposed" sets T_PROPOSE)
    if ((fl & T_PROPOSE) !== 0 && (text.includes('—') || text.includes('–')) && text.includes('are proposed')) {
      const m = DASHED_PROPOSED_LIST.exec(text);
      if (m) {
        for (const name of m[1].split(/,\s*(?:and\s+)?|\s+and\s+/)) {
          if (shapeOf(name) === 'strong' && !generic(name)) out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-list', shape: 'strong' });
        }
      }
    }
    // ---- "we propose two efficient methods designed for edge deployment: A and B": the names of a counted proposal
    // ("We propose two new metrics, Adherence and Correctness, to ...", "three metrics — A, B and C —": set off by a comma or dashes)
    if (proposeMatch !== null && text.includes('metrics')) {
      PROPOSED_METRIC_LIST.lastIndex = proposeMatch.index + proposeMatch[0].length;
      const m = PROPOSED_METRIC_LIST.exec(text);
      const names = m ? listAt(text, m.index + m[0].length) : [];
      if (names.length >= 2) {
        for (const name of names) {
          const sh = shapeOf(name);
          const phrase = name.includes(' ') && name.split(/\s+/).every((w) => /^[A-Z]/.test(w));
          if ((sh === 'strong' || sh === 'weak' || phrase) && !generic(name)) out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-list', shape: phrase ? 'phrase' : sh, head: 'metric' });
        }
      }
    }
    if (proposeMatch !== null && text.includes(':')) {
      PROPOSED_LIST.lastIndex = proposeMatch.index + proposeMatch[0].length;
      const m = PROPOSED_LIST.exec(text);
      // (not the methods the proposals use: "proposing three algorithms that involve two main well known drift detection
      // methods: ADWIN and KSWIN")
      if (m && m.index - (proposeMatch.index + proposeMatch[0].length) < 24 && !USED_KIND_LIST.test(m[0])) {
        for (const name of listAt(text, m.index + m[0].length)) {
          // ("two novel metrics to assess LLM hallucinations: Adherence and Correctness": capitalised words so listed name)
          const sh = shapeOf(name);
          // (a list of proposed metrics names metrics: the metric facet takes them)
          // ("six alternative methods: Topic modeling, Gaussian Naive Bayes, ...": a capitalised word that opens a lower-case
          // item is no name)
          if (sh === 'weak' && /^\s+(?!(?:and|or|as|in|to|for|with|are|is|which|that)\b)[a-z]/.test(text.slice(text.indexOf(name, m.index) + name.length))) continue;
          if ((sh === 'strong' || sh === 'weak') && !generic(name)) out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-list', shape: sh, head: /\bmetrics\b/i.test(m[0]) ? 'metric' : undefined });
        }
        // ("we present five novel approaches: Digital Twin-Based Meta-Learning (DTML), Federated Parameter Fusion (FPF),
        // ...": each item a long form with its acronym)
        // (each an item of the list itself, right after its colon, a comma or "and"; not "which use the Mahalanobis
        // Distance (MD)" inside an item; not "three baselines: ...", which are others' methods)
        if (!/baselines/i.test(m[0])) for (const d of acronymDefs(text)) {
          const lfAt = d.longForm ? text.lastIndexOf(d.longForm, d.start) : -1;
          if (d.start > m.index + m[0].length && lfAt >= 0 && /(?:[:,;]\s*|\band\s+)$/.test(text.slice(Math.max(0, lfAt - 6), lfAt)) && !generic(d.acronym)) {
            out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-list', shape: 'strong' });
          }
        }
      }
    }

    // ---- "We propose two compact detectors, EdgeGuard-S and EdgeGuard-L, obtained by ...", "We design a family of unified
    // detectors, SwinAD-T, SwinAD-S and SwinAD-B", "We propose two systems, referred to as AttrNet-A and AttrNet-B": the
    // names of a counted proposal set off by a comma, a dash, a parenthesis or a naming word
    if (proposeMatch !== null) {
      COUNTED_PROPOSAL.lastIndex = proposeMatch.index + proposeMatch[0].length;
      const m = COUNTED_PROPOSAL.exec(text);
      const names = m ? listAt(text, m.index + m[0].length) : [];
      const strong = names.filter((n) => shapeOf(n) === 'strong' && !generic(n) && !modifierToken(n));
      if (strong.length >= 2 && strong.length >= names.length - 1) {
        const kind = /\b(?:datasets|benchmarks|corpora)\b/i.test(m![0]) ? 'dataset' : 'method';
        for (const name of strong) out.push({ surface: name, kind, own: true, confidence: 0.8, sentence: s, rule: 'propose-list', shape: 'strong', head: /\b(?:metrics|scores)\b/i.test(m![0]) ? 'metric' : undefined });
      }
    }

    // ---- 'We introduce "Ask a Local", a novel hallucination detection method': a quoted phrase the proposal calls a method
    if (proposeMatch !== null && (text.includes('"') || text.includes('“') || text.includes('‘') || text.includes('`') || text.includes("'"))) {
      QUOTED_PROPOSAL.lastIndex = proposeMatch.index + proposeMatch[0].length;
      const m = QUOTED_PROPOSAL.exec(text);
      if (m && !generic(m[1])) {
        out.push({ surface: m[1], kind: m[2] && vocab.datasetHeads.has(m[2].toLowerCase()) ? 'dataset' : 'method', own: !component, part: component, confidence: 0.8, sentence: s, rule: 'naming', shape: 'phrase' });
      }
    }

    // ---- "we propose a one-stage X-ray image synthesis pipeline (Xsyn)", "we introduce a context-aware OOD intent detection
    // (Caro) framework": a coined word in parentheses, no acronym of the words before it, beside the kind the paper proposes
    if (proposal && text.includes('(')) {
      PROPOSE_KIND_PAREN.lastIndex = 0;
      for (let m = PROPOSE_KIND_PAREN.exec(text); m; m = PROPOSE_KIND_PAREN.exec(text)) {
        const name = m[1] ?? m[2];
        if (generic(name) || vocab.stop.has(normLetters(name)) || vocab.isKnownWord(name.toLowerCase()) || out.some((c) => c.surface === name)) continue;
        // (not a long form after its acronym, "a weakly supervised DTE (Detecting-Then-Explaining) model": English words)
        if (name.includes('-') && /\b[A-Z][A-Z0-9]+s?\s*\($/.test(text.slice(0, m.index + m[0].indexOf('(' + name) + 1))) continue;
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-paren', shape: 'strong' });
      }
    }

    // ---- "We address this challenge with RF-Deep, a random forest classifier that ...": what the paper meets its problem with
    if (fl & L_ADDRESS) {
      const m = ADDRESS_WITH.exec(text);
      // (only a name the paper uses again, in its title or another sentence: not "We address this imbalance with
      // SMOTE, an oversampling technique, before ...", a tool put to use)
      // (set off by a relative clause or ending the sentence, only a name the title gives or the paper calls its own:
      // "We tackle this problem with U3HS, which ... our U3HS"; not "We address this imbalance with ADASYN, which
      // ... ADASYN oversamples", a tool the paper uses and names again)
      const appos = m !== null && /,\s+an?\s$/.test(m[0]);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.stop.has(normLetters(m[1])) &&
        (ctx.title.text.includes(m[1]) || (appos && ctx.sentences.some((o) => o !== s && o.text.includes(m[1]))) ||
          (!appos && !ASCRIBED_AFTER.test(text.slice(m.index + m[0].length)) &&
            ctx.sentences.some((o) => o !== s && new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he proposed)\s+${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(o.text))))) {
        const end = m.index + m[0].lastIndexOf(m[1]) + m[1].length;
        out.push({ surface: m[1], kind: kindAfter(text.slice(end), vocab), own: true, confidence: 0.8, sentence: s, rule: 'address-with', shape: 'strong' });
      }
    }

    // ---- "we describe InterpGuard, a practical two-stage recipe that ...": a name the paper describes, set off as a whole
    // method, is its own
    if ((gates & G_DESCRIBE) !== 0 && text.includes('describe')) {
      const m = DESCRIBE_APPOS.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.stop.has(normLetters(m[1])) && !vocab.isLexiconName(m[1]) && !out.some((c) => c.surface === m[1])) {
        out.push({ surface: m[1], kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'describe-appos', shape: 'strong' });
      }
    }

    // ---- "an integrated two-strategy framework HeteGAD is proposed": the passive proposal of a head noun's name
    if (proposal && !proposeMatch) {
      // (not "the framework X was proposed by others", "Earlier, ... was proposed": someone else's)
      passiveProposals(p, PASSIVE_HEAD, 'passive-head', (m) => ASCRIBED_AFTER.test(text.slice(m.index + m[0].length)) ||
        /^\s+as\s+(?:a|an|the)\b/.test(text.slice(m.index + m[0].length)) || PRIOR_WORDS.test(text));
    }
    // "In the first stage, SS-FewSOME is proposed, a self-supervised technique", "ZorbNet is proposed to ...", "X was proposed
    // as a lightweight ... algorithm" (in the past tense too): a name
    // at the start of a clause, then a passive proposal verb (not in a sentence about others' work, "Recently, ...";
    // the words of prior work count before it or right after the verb: "... existing methods require" later does not)
    if (proposal) {
      passiveProposals(p, PASSIVE_NAME, 'passive-name', (m) => ASCRIBED_AFTER.test(text.slice(m.index + m[0].length)) ||
        OTHERS_OPENING.test(text) || PRIOR_WORDS.test(text.slice(0, m.index + m[0].length + 30)));
    }

    // "We introduce macrOData, a benchmark suite comprising OddBench, ...; OvRBench, ...; and SynBench": benchmarks
    // the proposal sentence names are the paper's data
    if (proposal && text.includes('Bench')) {
      for (const m of text.matchAll(BENCH_NAME)) {
        // (not one the proposal is evaluated on: "We propose ZorbNet and evaluate it on ADBench")
        // (unless the sentence says it is the paper's: "on the Owl-Bench established by us")
        if (EVALUATED_ON_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index)) && !OURS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 48))) continue;
        if (!generic(m[0]) && !out.some((c) => c.surface === m[0])) out.push({ surface: m[0], kind: 'dataset', own: true, confidence: 0.8, sentence: s, rule: 'propose', shape: 'strong' });
      }
    }

    // ---- "We publish the corrected labels as SKAB-R and Exathlon-R", "which we make publicly available as HomeIoT-22": data the
    // paper releases under a name
    if ((gates & G_AS) !== 0 && text.includes(' as ') && RELEASE_VERB.test(text)) releaseAsPass(p);
    if ((gates & G_TOOL) !== 0 && (text.includes('under the name') || ((text.includes('package') || text.includes('library') || text.includes('toolkit') || text.includes('toolbox')) && (text.includes(' as ') || text.includes(' in '))))) releasedToolPass(p);

    // ---- apposition: "X, a novel benchmark", "Our approach, X, ..."
    APPOS.lastIndex = 0;
    if (apposNeed ?? ((fl & L_ARTICLE) !== 0 && APPOS_NEED.test(text))) apposPass(p);
    OURS.lastIndex = 0;
    if (fl & T_OURS) oursPass(p);
    if (fl & T_OURS && (text.includes('revious') || text.includes('arlier') || text.includes('rior') || text.includes('riginal') || text.includes('onference') || text.includes('reliminary') || text.includes('ormer'))) {
      OUR_EARLIER_WORK.lastIndex = 0;
      for (let m = OUR_EARLIER_WORK.exec(text); m; m = OUR_EARLIER_WORK.exec(text)) {
        if (shapeOf(m[1]) !== 'strong' || generic(m[1])) continue;
        out.push({ surface: m[1], kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
      }
    }
    // ---- "We turn this intuition into a zero-shot detector, NextQ.", "The third part integrates both into HELIOS, a monitoring
    // system": what the authors make something into, named
    if ((gates & G_INTO) !== 0 && text.includes(' into ') && (fl & T_OURS || /\b(?:[Ww]e|[Tt]his (?:paper|work|thesis|study)|part)\b/.test(text))) {
      const m = INTO_NAME.exec(text);
      const name = m?.[1] ?? m?.[2];
      if (name && shapeOf(name) === 'strong' && !generic(name) && !vocab.isLexiconName(name) && !/\b(?:dataset|benchmark|corpus)\b/i.test(m![0])) {
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'head-name', shape: 'strong' });
      }
    }
    // ---- "The method, SAMSAD (Self-Attention MapS for Anomaly Detection), leverages ...": a sentence opening on the kind of
    // thing the paper has proposed, then its name
    // (once the paper has proposed something, or where the sentence spells the name out: not "The model, ZorbNet, is trained on ...")
    if (s.index > 0 && text.startsWith('The ')) {
      const m = THE_KIND_OPENING.exec(text);
      if (m && shapeOf(m[2]) === 'strong' && !generic(m[2]) && !vocab.isLexiconName(m[2]) && !/\b(?:et al|(?:proposed|introduced|developed) by)\b/.test(text) &&
        (proposes || /^\s*\([A-Z][^()]{6,}\)/.test(text.slice(m[0].length)))) {
        out.push({ surface: m[2], kind: /^(?:dataset|benchmark)$/i.test(m[1]) ? 'dataset' : 'method', own: true, confidence: 0.8, sentence: s, rule: 'ours-proposed', shape: 'strong' });
      }
    }
    // ---- "propose a debiasing solution FNDCD.", "we induce a new continual MMD method DaedCmd.": a coined name right after the
    // kind of thing the paper makes
    if ((proposal || ((gates & G_NEW) !== 0 && (text.includes(' new ') || text.includes(' novel ')))) && (fl & T_KIND || /\bsolution\b/.test(text))) {
      NEW_KIND_THEN_NAME.lastIndex = 0;
      for (let m = NEW_KIND_THEN_NAME.exec(text); m; m = NEW_KIND_THEN_NAME.exec(text)) {
        const name = m[2];
        if (shapeOf(name) !== 'strong' || !(COINED_SHAPE.test(name) || /^[A-Z]{3,}/.test(name)) || generic(name) || vocab.stop.has(normLetters(name)) || vocab.isLexiconName(name) || PLURAL_ACRONYM.test(name)) continue;
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'head-name', shape: 'strong' });
      }
    }
    // ---- "we propose LARM ... and extend it to ALARM, an advanced variant", "We further extend our model to R-QUPID": the
    // name the paper's own method is extended to is its own
    if ((gates & G_EXTEND) !== 0 && text.includes('xtend')) {
      EXTEND_OWN_TO.lastIndex = 0;
      for (let m = EXTEND_OWN_TO.exec(text); m; m = EXTEND_OWN_TO.exec(text)) {
        const name = m[1];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3 || PLURAL_ACRONYM.test(name) || vocab.isLexiconName(name)) continue;
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'extend-own', shape: 'strong' });
      }
    }
    // ---- "We introduce a new method for glitch classification: GlitchFlow, a conditional flow", "lessons learned on building
    // Ocean Guard: a Machine Learning-Enabled System": a name set off by a colon from the kind of thing the paper makes
    if (text.includes(': ') && (proposal || BUILDING_NAME.test(text))) {
      const m = PROPOSAL_COLON_NAME.exec(text) ?? BUILDING_NAME.exec(text);
      const name = m?.[1]?.trim();
      if (m && name && !generic(name) && (shapeOf(name) === 'strong' || (name.includes(' ') && isCapitalisedName(name, generic))) && !vocab.isLexiconName(name)) {
        out.push({ surface: name, kind: /\b(?:benchmark|dataset)\b/i.test(m[0]) ? 'dataset' : 'method', own: true, confidence: 0.75, sentence: s, rule: 'propose-colon', shape: name.includes(' ') ? 'phrase' : 'strong' });
      }
    }
    // ---- "We propose two ... baselines. The first, PCA-Res, scores ... The second, named KNN-Win, uses ...": the counted
    // proposals named in turn; "together with its federated variant FedGridMamba": the paper's own variant
    const variantWord = (gates & G_VARIANT) !== 0 && (text.includes(' its ') || text.includes('our ')) && (text.includes('ariant') || text.includes('ersion') || text.includes('xtension') || text.includes('ounterpart'));
    if ((proposes || proposal) && (text.startsWith('The ') || variantWord)) {
      const m = ORDINAL_NAME.exec(text) ?? (variantWord ? ITS_VARIANT_NAME.exec(text) : null);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.isLexiconName(m[1])) {
        out.push({ surface: m[1], kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'ordinal-name', shape: 'strong' });
      }
    }
    // ---- "TORAI is a multimodal RCA framework that requires no service call graph": a coined name the abstract has
    // not met before, opening its sentence as what a kind of method is
    if (si >= 0 && (gates & G_IS) !== 0 && text.charCodeAt(0) < 91 && text.includes(' is ')) copulaPass(p, si);

    // ---- "CoAD requires neither labelled examples nor ...", "GritBot learns rules from the training data": a coined name
    // the abstract has met before, opening its sentence as the subject of what a method does, is a method (the paper's own
    // where an earlier sentence proposes it)
    if (si > 0 && text.charCodeAt(0) < 91 && SUBJECT_ACTS.test(text)) subjectActsPass(p, si);

    // ---- a coined name as the subject of the paper's result: "experiments ... show that TransAnomaly outperforms
    // state-of-the-art baseline methods", "DualKD remarkably outperforms the advanced baselines" (kept below only
    // in a paper that proposes something, and for a name no comparison of the abstract takes as its object)
    RESULT_SUBJECT.lastIndex = 0;
    // ("... better than ours", "..., which our method addresses", "Ablations show that DZA achieves a 3% gain":
    // someone else's result, or a part of the method's)
    p.proposedBefore = proposes;
    if (fl & T_RESULT && resultVerb(text) && !RESULT_NOT_OURS.test(text) && !/\bablat/i.test(text)) resultSubjectPass(p);
    // (a paper that proposes only data, a benchmark or an evaluation has no method whose result it reports)
    if (proposal && !(DATA_PROPOSAL.test(text) && !METHOD_PROPOSAL.test(text))) proposes = true;

    // ---- dataset contexts
    let dctx = fl & (T_DATASET | L_DATA_HEAD) ? datasetContexts(text, vocab, si < 0) : NONE;
    // (records counted from a coined name: "799 T1w MRI scans from ABIDE 2", whatever data words the sentence has)
    if ((gates & G_FROM) !== 0 && text.includes(' from ')) {
      const counted = countedRecordsFrom(text, vocab);
      if (counted.length) dctx = [...dctx, ...counted];
    }
    // (a survey, an archive or a contest, whatever data words the sentence has)
    // (gate: SURVEY_SOURCE needs one of SURVEY_HEAD_LIST's words)
    if ((gates & G_SURVEY) !== 0 && SURVEY_HEAD_LIST.some((w) => text.includes(w))) {
      const surveys = surveySources(text, vocab);
      if (surveys.length) dctx = [...dctx, ...surveys];
    }
    // (a challenge, a competition or a shared task by its coined name, whatever data words the sentence has)
    if ((gates & G_CONTEST) !== 0 && (text.includes('hallenge') || text.includes('ompetition') || /hared\s+[Tt]ask/.test(text))) {
      const contests = contestSources(text, vocab);
      if (contests.length) dctx = [...dctx, ...contests];
    }
    // ("won 1st Place in the Drone vs. Bird Challenge": a contest named for what it tells apart, its data)
    if (fl & L_COMPARED && text.includes(' Challenge')) {
      VS_CHALLENGE.lastIndex = 0;
      for (let m = VS_CHALLENGE.exec(text); m; m = VS_CHALLENGE.exec(text)) dctx = [...dctx, { name: m[1], own: false, rule: 'dataset-named', shape: 'phrase' }];
    }
    // ("evaluated on the MPDataset", "using MUBench", "in CamBench", "on BEIR NFCorpus": a coined name that ends in its data
    // word is data, wherever it stands)
    // (not in the title, whose head the title rules read, nor one the abstract sets off as a method: "We introduce ZorbBench,
    // a simulation-based framework for ...")
    if (si >= 0 && (gates & G_DATA_WORD) !== 0 && (text.includes('Dataset') || text.includes('Bench') || text.includes('Corpus'))) {
      const coined = dataWordNames(text, vocab);
      if (coined.length) dctx = [...dctx, ...coined];
    }
    // (every phrase below ends in "ed on" or "ts on": two searches rule out most sentences before seven)
    // ("Table 1 summarises the performance on SMD, PSM and MSL", "Gains are largest on MPDD and BTAD")
    if ((fl & L_EVAL_ON && (text.includes('ed on') || text.includes('ts on')) &&
      (text.includes('valuated on') || text.includes('ested on') || text.includes('alidated on') || text.includes('enchmarked on') ||
      text.includes('xperiments on') || text.includes('xperiments conducted on') || text.includes('esults on')) && EVAL_ON_NEED.test(text)) ||
      ((gates & G_PERFORMANCE_ON) !== 0 && (text.includes('erformance on') || text.includes('ains on') || text.includes('largest on')) && PERFORMANCE_ON.test(text)) ||
      // ("Evaluations across QuuxSet and BlorpBench confirm ...")
      // (gate: "valuations" holds L_EVALUATES's "valuat")
      ((fl & L_EVALUATES) !== 0 && (text.includes('valuations on') || text.includes('valuations across')) && EVAL_ON_NEED.test(text)) ||
      ((text.startsWith('On ') || text.startsWith('Across ')) && /^(?:On|Across)\s+[A-Z0-9][\w-]*(?:,|\s+and\s)/.test(text))) dctx = [...dctx, ...evaluatedOn(text, vocab)];
    // ("the development set of DCASE 2023 Task 2", "SQuAD and five other QA datasets": a split of a name, a name beside other data)
    if ((gates & G_SET_OF) !== 0 && (text.includes(' set of ') || text.includes(' sets of ') || text.includes(' other '))) {
      const split = splitOf(text);
      if (split.length) dctx = [...dctx, ...split];
    }
    // ("achieves new state-of-the-art performance on ShanghaiTech and UCF-Crime.", "Experiments across ADNI and OASIS show ...":
    // what the paper's experiments run on, the list ending the sentence or before its verb)
    if ((fl & (T_RESULT | L_EVAL_ON) || (fl & L_PREDICATE && text.includes('tud')) || text.includes('%') || text.includes(' points on ') || text.startsWith('On ')) && (text.includes(' on ') || text.includes('across ') || text.startsWith('On '))) {
      const on = experimentsOn(text, vocab);
      if (on.length) dctx = [...dctx, ...on];
    }
    // ("+13% AUROC on HalluRAG", "FPR@95 reduction on ImageNet-C vs. Textures-C": what a metric is measured on)
    if (fl & (L_METRIC | L_ACCURACY) && text.includes(' on ')) {
      const onMetric = metricOn(text, vocab);
      if (onMetric.length) dctx = [...dctx, ...onMetric];
    }
    for (const c of dctx) {
      if (generic(c.name)) continue;
      out.push({ surface: c.name, longForm: c.longForm, kind: 'dataset', own: c.own, confidence: c.own ? 0.85 : 0.75, sentence: s, rule: c.rule, shape: c.shape });
    }

    // ---- pretrained models named as examples: "recent VLMs (e.g., Perception Encoder, Meta CLIP-2)"
    // (before the baselines: "foundation models such as X" is a model, whatever reads it as a baseline too)
    MODEL_LIST.lastIndex = 0;
    // (a kind of model and a word opening the examples: both are words of any match)
    if ((fl & L_MODEL_KIND && ((fl & T_BASELINE && fl & L_EXAMPLES) || text.includes('specifically') || text.includes('namely') || text.includes('s:') || text.includes('s ('))) ||
      (fl & T_PAREN && MODEL_PAREN_NEED.test(text))) modelListPass(p);
    // ---- "a pre-trained RepViT backbone", "the frozen BEATs encoder", "a SAM encoder": an unknown name before the head of a
    // pretrained network is a model
    if ((gates & G_ENCODER) !== 0 && (text.includes('encoder') || text.includes('backbone') || text.includes('rained ') || text.includes('frozen')) && MODEL_HEAD_NEED.test(text)) {
      MODEL_HEAD_NAME.lastIndex = 0;
      for (let m = MODEL_HEAD_NAME.exec(text); m; m = MODEL_HEAD_NAME.exec(text)) {
        const name = m[1] ?? m[2];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3 || PLURAL_ACRONYM.test(name) || PARTICIPLE_TOKEN.test(name)) continue;
        if (!(COINED_SHAPE.test(name) || /^[A-Z]{3,}$/.test(name)) || OWN_BEFORE_HEAD.test(text.slice(Math.max(0, m.index - 16), m.index + 1))) continue;
        out.push({ surface: name, kind: 'model', own: false, confidence: 0.6, sentence: s, rule: 'model-list', shape: 'strong' });
      }
    }

    // ---- "a novel OOD detection method for neural networks, GEM, which ...": a name set off by commas after "a novel ... method"
    // (only where the paper speaks of its own: a proposal, "our analysis motivates"; not "Smith et al. introduced
    // a novel ... method, X, which", "we build on / compare with a novel approach, X, which")
    if (proposal || (fl & T_KIND && (text.includes('novel') || text.includes('new')) && OUR_MOTIVATES.test(text))) novelAppositionPass(p);

    // ---- "Using the PineForest active anomaly detection algorithm": a name-shaped word before words of a kind of method
    THE_NAME_KIND.lastIndex = 0;
    // (not in a proposal: "we introduce a TMixup augmentation technique" is the paper's part, read above)
    // ---- "when employing the detection algorithm CBRW", "MCOKE algorithm assigns a data object to ...": a name after
    // "the ... algorithm", or opening the sentence before its head noun, outside a proposal, is someone's method
    if (fl & T_KIND && !proposal && !component && KIND_THEN_NAME.test(text)) {
      THE_KIND_NAME.lastIndex = 0;
      for (let m = THE_KIND_NAME.exec(text); m; m = THE_KIND_NAME.exec(text)) {
        const name = m[1] ?? m[2];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3 || PLURAL_ACRONYM.test(name)) continue;
        // (a name the paper defines opening its sentence is its own, read elsewhere: "HOD algorithm achieves ...")
        if (m[2] !== undefined && ctx.sentences.some((o) => o.text.includes(`(${name})`))) continue;
        out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
      }
    }
    // (in a proposal or a part's sentence, only what it builds on: "... into the EvoSeedRNSA algorithm"; and in any
    // sentence, a name after a word of others' work: "and the recent ItS2CLR method")
    if (fl & T_KIND) {
      if (!proposal && !component) nameKindPass(p, THE_NAME_KIND, false);
      else if (BUILT_WORD.test(text)) nameKindPass(p, THE_NAME_KIND, true);
    }
    // ("available in the ConKit package", "the HydroSight toolbox", "processed by the eDarkTrends platform": a name before
    // the words of a piece of software, outside a proposal, is someone's method)
    if (!proposal && !component && TOOL_WORD.test(text)) nameKindPass(p, THE_NAME_TOOL, false);
    // ("compared to the CNN-RNN-CTC model", "The YOLO11n deep learning model is utilized": a model, not where pretrained networks
    // are the topic, "the features of the ResNet101 model ... of the backbone", "the OmniLearn foundation model")
    if (!proposal && !component && text.includes(' model') && !PRETRAINED_WORDS.test(text)) nameKindPass(p, THE_NAME_MODEL, false);
    // ("the recent SgnQ test is more appropriate": a statistical test too)
    if ((fl & T_KIND || text.includes(' test')) && PRIOR_WORD.test(text)) nameKindPass(p, THE_PRIOR_NAME_KIND, false);
    // ---- "Results show that the GRU-SVM model performs ...", "the IPSO-LSSVM model can be used to predict ...": acronyms
    // joined by hyphens before a kind of method name a combination the paper reports; kept as its own only where it proposes
    // nothing else (the extractor defers them)
    // (not beside the paper's own unnamed method, as its baseline: "the CNN-LSTM model achieves lower accuracy than the proposed model")
    // (gate: COMPOSITE_HINT needs a hyphen or dash: "-", "–", "‐")
    if ((text.includes('-') || text.includes('–') || text.includes('‐')) && COMPOSITE_HINT.test(text) && !/\b(?:the proposed|our|ours)\b/i.test(text)) {
      THE_COMPOSITE_KIND.lastIndex = 0;
      for (let m = THE_COMPOSITE_KIND.exec(text); m; m = THE_COMPOSITE_KIND.exec(text)) {
        const name = m[1];
        const parts = name.split(/[-–‐]/);
        if (parts.length < 2 || !parts.every((x) => /^[A-Z]{1,2}$/.test(x) || countUpper(x) >= 2) || generic(name) || vocab.isLexiconName(name)) continue;
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.7, sentence: s, rule: 'composite-own', shape: 'strong' });
      }
    }
    // ---- "Results demonstrate that the MSADBO-CNN model achieved an accuracy of ...", "the EMD-TD-PCA method can effectively
    // improve ...": a coined name the paper reports results of, as "the X model", outside any comparison, is its own
    if (fl & T_RESULT && /\s(?:model|method|approach|algorithm|framework)\s/.test(text) && !RESULT_COMPARED.test(text) && !lineageWords(text, fl)) {
      THE_NAME_RESULT.lastIndex = 0;
      for (let m = THE_NAME_RESULT.exec(text); m; m = THE_NAME_RESULT.exec(text)) {
        // ("The rockburst early warning model V-soft achieves peak accuracy": the name after its kind too)
        const name = m[1] ?? m[2];
        if (shapeOf(name) !== 'strong' || generic(name) || name.split(/[-‐]/).every((x) => generic(x)) || vocab.isLexiconName(name) || modifierToken(name) ||
          PARTICIPLE_TOKEN.test(name) || PLURAL_ACRONYM.test(name) || /^[A-Z]{2,3}$/.test(name)) continue;
        out.push({ surface: name, kind: 'method', own: !component, part: component, confidence: 0.7, sentence: s, rule: 'result-name', shape: 'strong' });
      }
    }
    // ---- "we propose the JeAUG metric", "a simple yet effective EigenScore metric is proposed", "we introduce IMS
    // (Information Matching Score), a new MLLM-based metric": a metric the paper proposes is its own (a metric is no
    // component of its method)
    if (fl & T_PROPOSE && text.includes('metric') && OWN_METRIC_VERB.test(text)) {
      for (const rx of [NAME_METRIC, NAME_NEW_METRIC]) {
        rx.lastIndex = 0;
        for (let m = rx.exec(text); m; m = rx.exec(text)) {
          if (shapeOf(m[1]) === 'strong' && !generic(m[1]) && !PRIOR_METRIC_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(m[1])))) {
            out.push({ surface: m[1], kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'head-name', shape: 'strong', head: 'metric' });
          }
        }
      }
      // ("the development of the Space-Time Anomaly Score (STAS), a new metric", "we propose the MediHall Score, a new medical
      // evaluative metric": a capitalised score's name, or its acronym, set off as a new metric)
      PHRASE_NEW_METRIC.lastIndex = 0;
      for (let m = PHRASE_NEW_METRIC.exec(text); m; m = PHRASE_NEW_METRIC.exec(text)) {
        const phrase = m[1].trim();
        if (PRIOR_METRIC_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + 1))) continue;
        if (m[2] && shapeOf(m[2]) === 'strong' && !generic(m[2])) {
          out.push({ surface: m[2], longForm: phrase, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'head-name', shape: 'strong', head: 'metric' });
        } else if (!m[2] && isCapitalisedName(phrase, generic)) {
          out.push({ surface: phrase, kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'head-name', shape: 'phrase', head: 'metric' });
        }
      }
    }
    // ---- "an efficient federated anomaly detection algorithm, FLiForest, based on Isolation Forests has been developed":
    // a name set off after the head noun of a method, in a sentence that says nothing of the paper's own, is existing work
    // (not a passive proposal of the paper's own: "Here, a two-stage framework, ZorbTwo, is presented", "a novel
    // unsupervised algorithm, ZorbU, learns ...")
    if (fl & T_KIND && !component && text.includes(",") && !OWN_HINT.test(text) && !NEW_OR_PRESENTED.test(text)) {
      KIND_APPOS.lastIndex = 0;
      for (let m = KIND_APPOS.exec(text); m; m = KIND_APPOS.exec(text)) {
        if (shapeOf(m[1]) !== 'strong' || generic(m[1]) || vocab.stop.has(normLetters(m[1]))) continue;
        out.push({ surface: m[1], kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
      }
    }

    // ---- "exploit this observation to build a model-level detector, SpecScan, which ...", "We describe the deployment of a
    // hybrid detector, SR-DNN, ...", "extends our earlier ... framework to RD-MSP", "We extend TAM to TAM++", "Our contributions
    // are threefold: (1) ECG-FM-AD, ...": the paper's own method, named where no proposal verb is
    if (!component && (fl & T_PROPOSE || ((gates & G_EXTEND) !== 0 && (text.includes('xtend') || text.includes('ontribution') || text.includes('eploy')))) && (text.includes('we ') || text.includes('We ') || fl & T_OURS || text.includes('This paper')) && OWN_WRAPPED_NEED.test(text)) ownWrappedPass(p);
    // ---- "The method, AttrSST, is evaluated on ...", "This hyperbolic detector, HypOOD, is trained ...", "experiments show that
    // the framework, VAU-Agent, outperforms ...": a name set off after a definite kind of method, once the paper has proposed
    // one, names the paper's own (not "The popular detector, PatchCore, ...", "The method, X (Roth et al., 2022), ...")
    if (p.proposedBefore === true && !component && (fl & T_KIND || text.includes('design') || text.includes('strateg') || LATE_KIND_COMMA.test(text)) && text.indexOf(',') !== text.lastIndexOf(',') && DEF_KIND_APPOS_NEED.test(text)) {
      DEF_KIND_APPOS.lastIndex = 0;
      for (let m = DEF_KIND_APPOS.exec(text); m; m = DEF_KIND_APPOS.exec(text)) {
        const name = m[2];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || vocab.isLexiconName(name) || PRIOR_NP.test(m[1])) continue;
        out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'naming', shape: 'strong' });
      }
    }
    // ---- "compared to a recent lesion-aware augmentation technique, CarveMix", "than that of the leading model, MTH-IDS
    // (...)": a name set off after a kind of method the sentence calls someone else's, in any sentence
    // ("an AUC increase on VinDr-CXR over CARZero, the state-of-the-art zero-shot classification baseline": the name first)
    if ((gates & G_PRIOR_BEST) !== 0 && (text.includes(', the ') || text.includes(', a ')) && (text.includes('state-of-the-art') || text.includes('SOTA') || text.includes('leading') || text.includes('best-performing') || text.includes('previous best') || text.includes('strongest'))) {
      othersNamed(p, NAME_PRIOR_KIND);
    }
    if (fl & T_KIND && text.includes(',') && PRIOR_KIND_WORD.test(text)) {
      othersNamed(p, PRIOR_KIND_APPOS);
    }
    // ---- "GlimmerAD outperforms its predecessor PlinkoAD", "However, PlinkoAD suffers from high latency": a predecessor,
    // and a name whose flaws a sentence opens on, are someone's (or earlier) work
    if ((gates & G_PREDECESSOR) !== 0 && text.includes('predecessor')) othersNamed(p, PREDECESSOR);
    if ((gates & G_LIMITED) !== 0 && (text.includes('suffer') || text.includes('fail') || text.includes('struggl') || text.includes('lack'))) othersNamed(p, LIMITED_SUBJECT);
    // ---- "a baseline model that combines RelationNet and PatchCore", "combining time-series patching with Gated DeltaNet":
    // existing methods a combination takes (not the parts it is made of: "... combines ZorbNet modules")
    if ((gates & G_COMBIN) !== 0 && text.includes('combin')) othersNamed(p, COMBINES);
    // ---- "Building upon our prior LAMP framework", "the EAPCR and Time-EAPCR models proposed in previous research":
    // earlier work, the authors' own or not, is existing work
    // (each branch needs one of these words)
    if ((fl & L_EARLIER) !== 0 && (text.includes('previous') || text.includes('prior') || text.includes('earlier') || text.includes('original') || text.includes('former')) && EARLIER_WORK_NEED.test(text)) {
      EARLIER_WORK.lastIndex = 0;
      for (let m = EARLIER_WORK.exec(text); m; m = EARLIER_WORK.exec(text)) {
        for (const name of [m[1], m[2], m[3]]) {
          if (name && shapeOf(name) === 'strong' && !generic(name)) out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
        }
      }
    }
    // ---- "outperforms state-of-the-art supervised detectors—LineVul, LineVD, and LLMAO—": a list set off after a
    // plural kind of method in a comparison
    // ("we integrate FastRef with three prototype-based methods: PatchCore, FastRecon, WinCLIP and AnomalyDINO": counted others')
    // ("outperforms two strong baselines, DeepLog and LogRobust": set off by a comma too)
    if (fl & T_BASELINE && (text.includes('—') || text.includes('–') || text.includes(':') || text.includes('(') || text.includes('s, ')) &&
      (COMPARED_WORDS.test(text) || (!proposal && text.includes(':') && COUNTED_KINDS_COLON.test(text)))) kindListPass(p);

    // ---- baselines: "the X baseline", and strong names in comparison contexts
    THE_BASELINE.lastIndex = 0;
    if (fl & T_BASELINE && text.includes('baseline')) for (let m = THE_BASELINE.exec(text); m; m = THE_BASELINE.exec(text)) {
      if (shapeOf(m[1]) !== 'strong' || generic(m[1])) continue;
      out.push({ surface: m[1], kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
    }
    // ("a modified version of the BadDet attack", "built upon the AIVAD framework", "the FedM3 model for federated learning": a
    // coined name before the head of a kind of method, not the paper's own, is someone's method; "a" as "the")
    if (fl & (T_KIND | L_HEAD_KIND) && COINED_SHAPE.test(text)) {
      THE_COINED_KIND.lastIndex = 0;
      for (let m = THE_COINED_KIND.exec(text); m; m = THE_COINED_KIND.exec(text)) {
        const name = m[1];
        if (!COINED_SHAPE.test(name) || shapeOf(name) !== 'strong' || generic(name) || modifierToken(name) || /[-‐](?:pre-?trained|trained|tuned)$/i.test(name) || vocab.isLexiconModel(name) || OWN_BEFORE_HEAD.test(m[0].slice(0, m[0].length - m[2].length - name.length - 1))) continue;
        // ("the ResNet-101 model", "the pre-trained AlphaCLIP model": a network's name where pretrained networks are the topic)
        if ((m[2] === 'model' || m[2] === 'network' || m[2] === 'architecture') && (!/^(?:[Tt]he|[Aa]n?)\s+\S+\s+\S+$/.test(m[0]) || PRETRAINED_WORDS.test(text))) continue;
        out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
      }
    }
    BASE.lastIndex = 0;
    // ("S-MGAA, a novel lightweight extension of MGAA", "TinyGLASS, a lightweight adaptation of the GLASS framework": what
    // the paper's method extends or adapts is someone's)
    if ((gates & G_ADAPTATION) !== 0 && text.includes(' of ') && (text.includes('xtension') || text.includes('ariant') || text.includes('daptation') || text.includes('eneraliz') || text.includes('eneralis') || text.includes('efinement') || text.includes('odification'))) {
      VARIANT_OF.lastIndex = 0;
      for (let m = VARIANT_OF.exec(text); m; m = VARIANT_OF.exec(text)) {
        const name = m[1];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.isLexiconModel(name) || PLURAL_ACRONYM.test(name)) continue;
        // (not the first word of a long form, "an extension of Multi-Granularity Adaptive Attention (MGAA)", nor "human-AI")
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
        if (DATA_AFTER.test(rest.slice(0, 16)) || /^\s+[A-Z]/.test(rest) || LONG_FORM_GOES_ON.test(rest) || /^[a-z]+[-‐]/.test(name)) continue;
        out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
      }
    }
    // ("Unlike STPM, which ...", "Inspired by CoOp, we ...", "as in DOMINANT and AnomalyDAE": others' work the paper sets
    // itself against or follows)
    const lineage = (fl & (L_CONTRAST | L_INSPIRED)) !== 0 || lineageWords(text, fl);
    // (a name with its citation; a list a verb of evaluation takes: each test made once, here)
    const cited = text.includes('et al') || text.includes('[') || text.includes('(published');
    const evaluates = (fl & L_EVALUATES) !== 0 && (text.includes('valuat') || text.includes('enchmark') || text.includes(' ran ') || text.includes(' run ') || text.includes(' runs ') || text.includes('re-run') || text.includes('rerun') || text.includes('eplicat') || text.includes('mplement') || text.includes('eproduc') || text.includes('together with')) && EVALUATES_NEED.test(text);
    if (fl & T_BASELINE || lineage || cited || evaluates || text.includes('s (')) baselinePass(p, lineage, cited, evaluates);
    // ---- "using two generative time series models VRNN and GRU-NF": a counted kind of method, then its names
    // (the paper's own when the proposal verb counts them: "we propose two models, X and Y" is read above)
    if (KINDS_THEN_NAME.test(text) && COUNT_WORD.test(text)) {
      COUNTED_KIND_LIST.lastIndex = 0;
      for (let m = COUNTED_KIND_LIST.exec(text); m; m = COUNTED_KIND_LIST.exec(text)) {
        // (the list ends on its item after "and": "two GNN architectures, A and B, to detect ...")
        // (not set off where pretrained networks are spoken of: "two zero-shot vision-language baselines, CLIP and BLIP-2")
        if (m[0].includes(',') && PRETRAINED_NETWORK_WORDS.test(text)) continue;
        // (an item's long form in parentheses is passed over: "HINormer (Heterogeneous Information Network Transformer) and HybridGNN")
        const at = m.index + m[0].length;
        const names = walkList(text.includes('(') ? text.slice(0, at) + text.slice(at).replace(ITEM_LONG_FORM, (x) => ' '.repeat(x.length)) : text, at, true).names;
        // (generic architectures among the items are passed over: "four deep learning models, GRU, TCN, Transformer, and TSMixer")
        if (names.length < 2 || !names.every((x) => shapeOf(x) === 'strong' || generic(x)) || names.every((x) => generic(x))) continue;
        // ("Implemented on a ... robot, two of our methods, STFT2DCNN and STT3DCNN, achieved ...": the paper's own, counted)
        const own = (proposeMatch !== null && proposeMatch.index + proposeMatch[0].length >= m.index - 8 && proposeMatch.index < m.index) || OF_OURS.test(m[0]);
        for (const name of names) if (!generic(name)) out.push({ surface: name, kind: 'method', own, confidence: 0.7, sentence: s, rule: own ? 'propose-list' : 'baseline', shape: 'strong' });
      }
    }
    // ---- "by comparing Time-Conditioned Contraction Matching (TCCM) with Forest-Flow": what is compared with what
    if ((gates & G_OMPAR) !== 0 && text.includes('ompar')) {
      COMPARING_WITH.lastIndex = 0;
      for (let m = COMPARING_WITH.exec(text); m; m = COMPARING_WITH.exec(text)) {
        for (const name of [m[1], m[2], m[3]]) {
          if (name && shapeOf(name) === 'strong' && !generic(name) && !vocab.stop.has(normLetters(name))) out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
        }
      }
    }
    // ---- "Use the lightweight network EfficientNetLite0 as the backbone", "with RADIO as a backbone": a network the paper
    // puts in as its backbone is a pretrained model
    if ((gates & G_ENCODER) !== 0 && text.includes('backbone')) {
      BACKBONE_AS.lastIndex = 0;
      for (let m = BACKBONE_AS.exec(text); m; m = BACKBONE_AS.exec(text)) {
        const name = m[1];
        if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name))) continue;
        out.push({ surface: name, kind: 'model', own: false, confidence: 0.6, sentence: s, rule: 'backbone-as', shape: 'strong' });
      }
    }
    // ---- "outperforms the state-of-the-art CheXZero model", "the state-of-the-art transformer-based model, AnomalyClip",
    // "the state-of-the-art AI-generated code detector (GPTSniffer)": the name of the prior best
    if (fl & T_RESULT && (text.includes('tate-of-the-art') || text.includes('SOTA') || text.includes('SoTA'))) {
      for (const rx of [SOTA_NAME, SOTA_NAME_AFTER, SOTA_NAME_BY]) {
        rx.lastIndex = 0;
        for (let m = rx.exec(text); m; m = rx.exec(text)) {
          const name = m[1];
          const shape = shapeOf(name);
          // (a capitalised word set off after its kind is a name unless the word list knows it: "solution Forta,", not "method Transformer.")
          if ((shape !== 'strong' && !(rx === SOTA_NAME_AFTER && shape === 'weak' && !vocab.isKnownWord(name.toLowerCase()))) || generic(name) || vocab.stop.has(normLetters(name))) continue;
          out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape });
        }
      }
    }
  }
  if (proposes || ownMain) {
    for (const r of results) {
      const k = normLetters(r.surface);
      // ("We propose ZorbNet ... ZorbNet-S achieves 98% with half the parameters": a variant of the paper's own name)
      if (out.some((c) => c.own && r.surface.length > c.surface.length && r.surface.startsWith(c.surface) && /^[-‐]/.test(r.surface.slice(c.surface.length)))) continue;
      if (!out.some((c) => c.rule === 'baseline' && normLetters(c.surface) === k)) out.push(r);
    }
  }
  // ("Interaction-via-Actions: Cattle Interaction Detection ..." over "We, therefore, propose CattleAct, ...": a title head of
  // English words joined by hyphens, which the abstract never writes, is a slogan when the abstract proposes a coined name)
  const headAt = head && ownMain && SLOGAN_HEAD.test(head.name) ? out.findIndex((c) => c.rule === 'title-head' && c.surface === head.name) : -1;
  if (headAt >= 0 && !ctx.sentences.some((o) => o.text.includes(head!.name)) &&
    out.some((c) => c.own && c.kind === 'method' && c.sentence !== ctx.title && c.shape === 'strong' && COINED_SHAPE.test(c.surface) && !generic(c.surface))) {
    out.splice(headAt, 1);
  }
  // ("In our previous works, we proposed a machine learning framework named USmorph", "We recently developed FRASER, a
  // denoising autoencoder-based method ...", "we proposed in a previous paper an acoustic fall detection system, FADE": what
  // the authors made before is earlier work here, whatever pattern took it)
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c.own && c.sentence !== ctx.title && EARLIER_OWN.test(c.sentence.text)) out[k] = { ...c, own: false };
  }
  // ("we propose a novel Simplified Transformer with Cross-View Attention for ..., namely, CVTGAD": the capitalised words of
  // a proposal that goes on to name itself open the long form of that name, no name of their own)
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (c.rule !== 'propose-phrase' || !c.own) continue;
    const at = c.sentence.text.indexOf(c.surface);
    if (at < 0) continue;
    const after = c.sentence.text.slice(at + c.surface.length);
    if (out.some((o) => {
      if (o === c || !o.own || o.rule !== 'naming' || o.sentence !== c.sentence || o.shape !== 'strong') return false;
      const to = after.indexOf(o.surface);
      const between = after.slice(0, to);
      return to >= 0 && between.length <= 160 && !/[.;:()]/.test(between) && (NAMED_JUST_BEFORE.test(between) || NAMELY_COMMA_JUST_BEFORE.test(between));
    })) out.splice(k, 1);
  }
  // ("popular for industrial Spoken Dialogue Systems (SDS)", "such as the Word Error Rate (WER)", "Electronic Control Units
  // (ECUs)", "Air Traffic Control (ATC)"): someone else's acronym whose long form ends on a kind of system, a rate, a unit, a
  // control, a threat or a protocol names a thing the paper talks of, no method it names
  // (and in a sentence of the paper's own work, a rate, an imaging technique or an intelligence it names but does not
  // propose: "ensures the false discovery rate (FDR) control", "using hyperspectral imaging (HSI)", "with explainable
  // artificial intelligence (XAI)"; not "proposes an Evolving Explainable Artificial Intelligence (E-XAI)", nor "the
  // hallucination error rate (HER), a metric we introduce"); a condition of health in either (CONDITION_LONG_FORM)
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (c.kind !== 'method' || !c.longForm) continue;
    const condition = (c.rule === 'acronym' || c.rule === 'acronym-prior') && CONDITION_LONG_FORM.test(c.longForm);
    if (c.own ? c.rule !== 'acronym' || c.head === 'metric' || !(condition || OWN_THING_LONG_FORM.test(c.longForm)) || PROPOSING_RIGHT_BEFORE.test(c.sentence.text.slice(0, Math.max(0, c.sentence.text.indexOf(c.longForm))))
      : c.rule !== 'acronym-prior' || !(condition || THING_LONG_FORM.test(c.longForm))) continue;
    out.splice(k, 1);
    rejected.add(normLetters(c.surface));
  }
  return { candidates: out, rejectedAcronyms: rejected, topics };
}

/**
 * What the passes of findCandidates over one sentence read and write: one object per paper, its sentence's
 * fields set for each sentence. (The passes are small top-level functions, not one loop body: V8 optimises
 * a function only after running its bytecode for a while in proportion to its size, and findCandidates as
 * one ~25 KB function was never optimised; see PaperPass in extractor.ts for what it changes.)
 */
interface SentencePass {
  ctx: PatternContext;
  vocab: PatternVocab;
  generic: (s: string) => boolean;
  titleLower: string;
  ownMain: boolean;
  out: Candidate[];
  rejected: Set<string>;
  /** Result-subject candidates, kept at the end if the paper proposes something. */
  results: Candidate[];
  /** Long forms (lower case) of acronyms the abstract defines as what the title is about (acronymPass's topicOnly). */
  topics: string[];
  s: Sentence;
  text: string;
  fl: number;
  /** PROPOSE's match in the sentence (null in none, or in a proposal of another shape). */
  proposeMatch: RegExpExecArray | null;
  proposal: boolean;
  /** The sentence describes a component of the method (isComponentSentence). */
  component: boolean;
  /** Has an earlier sentence proposed something? */
  proposedBefore?: boolean;
}

/** Two or more words, each capitalised ("Subspace Nearest Neighbor"). */
const TITLE_CASE_WORDS = /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+$/;
/** The head word of a generic architecture's long form ("Deep Autoencoder", "Bidirectional Long Short-Term Memory"). */
const GENERIC_ARCH_HEAD = /(?:^|[\s-])(?:auto-?encoders?|encoders?|networks?|nets?|memory|machines?|transformers?|perceptrons?|forests?|classifiers?|regression|models?|trees?)$/i;

/**
 * A long form in which the paper spells a generic algorithm's letters as a name of its own: capitalised words, not
 * themselves a generic name, and not headed by a generic architecture ("Subspace Nearest Neighbor (SNN)" is no
 * spiking neural network; "Deep Autoencoder (DAE)", "Stacked Autoencoder (SAE)" are still autoencoders).
 */
export function spellsOwnName(longForm: string, generic: (s: string) => boolean): boolean {
  return TITLE_CASE_WORDS.test(longForm) && !generic(longForm) && !generic(longForm.replace(/s$/, '')) && !GENERIC_ARCH_HEAD.test(longForm);
}

/** "... a framework of " right before a long form. */
const FRAMEWORK_OF = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:framework|method|approach|algorithm)\s+of\s+$/i;
/** The last word of a long form that names a measure: "Forgetting, Openness, Generalisation Score". */
const PROPOSED_MEASURE = /\b(?:score|index|metric|error|kappa|measure)$/i;
/** A relative clause in a proposal's object: what it describes is computed or used by the proposal ("a detector that computes ..."). */
const RELATIVE_CLAUSE = /\b(?:that|which|who|whose)\b/i;
/** Right after an acronym's parenthesis, the end of its phrase: "(MSCAL), which", "(TWSA) to evaluate". */
const DEF_ENDS_PHRASE = /^\s*(?:[,.;:]|$|(?:which|that|to|for|as|is|are|and)\b)/;
/** A sentence that opens on a step of a sequence, where parts are listed: "Next, we present", "We first design". */
const SEQUENCE_START = /^(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|specifically),?\s|we (?:first|then|next|finally)\b)/i;
/** "... framework for " right before a long form. */
const FRAMEWORK_FOR = /\b(?:framework|method|approach|model|system|pipeline|detector)\s+for\s+(?:the\s+)?$/i;
/** A naming verb after a task, a setting or a problem: "a new task named ...", "a setting, called ...". */
const TASK_NAMED_BEFORE = /\b(?:task|problem|setting|scenario|paradigm)s?,?\s+(?:(?:is|was)\s+)?(?:called|named|dubbed|termed|coined|referred to as)(?:\s+as)?\s*["“]?[^,.;()]{0,80}$/i;
/** The candidates of the acronyms a sentence defines ("Zorb Quux Network (ZQN)"). */
/** An apposition that calls what precedes it a whole method: ", a novel method inspired by ...", ", a simple framework". */
const METHOD_APPOS_AFTER = /^\s*,\s+(?:a|an)\s+(?:[a-z][\w-]*,?\s+){0,3}?(?:method|framework|approach|algorithm|technique|detector|pipeline)\b/;
/** A verb or preposition of use before a data set's long form: "evaluated with the", "using the", "on the", "from the". */
const DATA_USED_BEFORE = /\b(?:us(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|evaluat(?:e|es|ed|ing)|test(?:s|ed|ing)?|validat(?:e|es|ed|ing)|experiments?|train(?:s|ed|ing)?|on|with|from)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:our|new|novel|proposed|this)\b)[\w-]+\s+){0,7}$/i;
function acronymPass(p: SentencePass): void {
  const { ctx, vocab, generic, titleLower, ownMain, out, rejected, s, text, proposal, component } = p;
  for (const d of acronymDefs(text)) {
    const beforeDef = text.slice(0, d.start);
    // ("to present an efficient approximation algorithm, namely, GRAPH-structured Matching Pursuit (GRAPH-MP)": "namely" and
    // a comma too, but not before a generic algorithm's letters: "four classifiers, namely, multilayer perceptron (MLP)")
    const namedBy = NAMED_JUST_BEFORE.exec(beforeDef) ?? (!generic(d.acronym) && !vocab.stop.has(normLetters(d.acronym)) ? NAMELY_COMMA_JUST_BEFORE.exec(beforeDef) : null);
    const namedHere = namedBy !== null;
    // a never-name (ZSAD, LLMs) is always rejected; a generic algorithm only unless the paper names it as its own
    // "we propose three metrics: Alarm Accuracy (AA), Alarm Latency (AL), and Alarm Contiguity (AC)"
    const metricList = proposal && d.longForm !== undefined && METRIC_LIST_BEFORE.test(beforeDef);
    // (not the letters of a generic algorithm that the paper's own proposal spells out otherwise: "we propose a
    // novel framework, Subspace Nearest Neighbor (SNN)" is no spiking neural network)
    const ownLetters = proposal && d.longForm !== undefined && spellsOwnName(d.longForm, generic);
    if (vocab.stop.has(normLetters(d.acronym)) || vocab.genericExact.has(d.acronym) || (generic(d.acronym) && !namedHere && !ownLetters)) {
      rejected.add(normLetters(d.acronym));
      // an acronym that is also a generic one ("AC"): the proposed metric goes by its long form
      if (metricList && /^[A-Z]/.test(d.longForm!) && !generic(d.longForm!)) {
        out.push({ surface: d.longForm!, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'acronym', shape: 'phrase', head: 'metric' });
      }
      continue;
    }
    // ("KPIs (Key Performance Indicators) record the states of services": a plural acronym of a plural long form is a kind
    // of thing, never a name)
    if (d.reversed && PLURAL_ACRONYM.test(d.acronym) && d.longForm !== undefined && /s$/.test(d.longForm) && !namedHere) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    const lf = d.longForm ?? '';
    const lowerLong = lf !== '' && lf === lf.toLowerCase();
    // ("Temporal Convolutional Auto Encoder (TCAE)": an auto-encoder in two words is one head, no encoder part)
    const lfWords = lf.toLowerCase().replace(/\bauto[\s-‐]+encoder/g, 'autoencoder').split(/[\s-‐]+/).filter(Boolean);
    const lastLf = lfWords[lfWords.length - 1] ?? '';
    // ("multi-pose anomaly detection (MAD) data set": the head in two words)
    // ("the Intermittent Small Baseline Subset (ISBAS) technique": a method's head right after it outweighs a data word ending it)
    const datasetish = (vocab.datasetHeads.has(d.after) || (vocab.datasetHeads.has(lastLf) && !vocab.methodHeads.has(d.after)) || (d.after === 'data' && /^\s*data\s+sets?\b/i.test(text.slice(d.end))) ||
      lfWords.some((w) => w === 'dataset' || w === 'benchmark' || w === 'corpus' || w === 'database') || /\bdata\s+sets?\b/i.test(lf) ||
      (!d.longForm && /\b(?:dataset|benchmark|corpus)\b(?:\s+\S+){0,3}\s*$/i.test(text.slice(0, d.start))) ||
      // ("a ... vulnerability dataset, denoted as CVEFunctionGraphEmbeddings (CVEFGE)")
      DATA_NAMED_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) ||
      // ("We also introduce a prompt evaluation dataset, a high-accuracy Topical and Toxic Prompt (TTP)": set off after its data word)
      (DATA_APPOS_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) && !/[()]/.test(d.longForm ?? '')) ||
      DATA_INTRODUCED_BEFORE.test(text.slice(Math.max(0, d.start - 160), d.start)) ||
      defNamesData(text, d) ||
      // ("the results of the IEEE BigData 2023 Keystroke Verification Challenge (KVC)": a challenge's acronym names its data)
      // ("Continually Adapt or Not (CAN)? A Continual Learning Benchmark of ...": a title's acronym its subtitle calls data)
      (lf !== '' && isChallengeName(lf)) || (s.index === 0 && DATA_SUBTITLE_AFTER.test(text.slice(d.end, d.end + 120)))) &&
      // ("we introduce Masked Corpus-level Pretraining Data Detection (MC-PDD), a novel method": an apposition calling it a
      // method outweighs a data word in or before its long form)
      // (not a long form that names data: "a Unified Benchmark for ... (UB-GOLD), a comprehensive evaluation framework"; a data
      // word hyphened to the next is a describing word, "Corpus-level")
      !(METHOD_APPOS_AFTER.test(text.slice(d.end, d.end + 80)) && !/\b(?:dataset|benchmark|corpus|database)s?\b(?![-‐])/i.test(lf));
    // "(TV-OOD) detection method": a method head one word on still says what the acronym names
    // ("Unsupervised Hybrid framework for ANomaly Detection (HAND)": a method head before the task's "for")
    const forAt = lfWords.indexOf('for');
    const methodish = vocab.methodHeads.has(d.after) || (forAt > 0 && lfWords.slice(0, forAt).some((w) => w === 'framework' || w === 'method' || w === 'approach')) ||
      (vocab.taskHeads.has(d.after) && vocab.methodHeads.has(/^\s*[A-Za-z-]+\s+([A-Za-z-]+)/.exec(text.slice(d.end))?.[1].toLowerCase() ?? ''));
    const part = vocab.partHeads.has(d.after) || (vocab.partHeads.has(lastLf) && !methodish);
    const named = namedHere ||
      // ("a framework ..., denoted Zorb Graph Network (ZGN)": in a proposal; not "the set of normal samples, denoted ...")
      (proposal && /\bdenoted(?: as)?\s*["“]?\s*$/i.test(beforeDef) && ARCH_HEAD_LF.test(lf)) ||
      /\b(?:called|named|dubbed|termed|namely|we call|we term)\s+["“]?[^,.;()]{0,80}$/i.test(beforeDef) && !/\)/.test(beforeDef.slice(-80));
    // "Improved Anomaly Detection via Mean Shift Density Enhancement" ... "Mean Shift Density Enhancement (MSDE)":
    // a long form the title spells out is what the paper is about
    // (not in "Revisiting X", "Rethinking X", "On X", "Understanding X": such a title is about existing work)
    // (or the title names the coined acronym itself: "... Text Detection Is GECScore" and "the Grammar Error
    // Correction Score (GECScore)")
    const inTitle = s.index > 0 && !REVISIT_TITLE.test(ctx.title.text) &&
      ((lf.includes(' ') && titleLower.includes(lf.toLowerCase()) && !vocab.taskHeads.has(lastLf) &&
        // (not the setting of a method the title names: "Source-Free Domain Adaptation Framework for ..." for "Source-free
        // domain adaptation (SFDA)", "Co-training partial domain adaptation networks" for "partial domain adaptation (PDA)")
        !TITLE_METHOD_AFTER.test(titleLower.slice(titleLower.indexOf(lf.toLowerCase()) + lf.length)) &&
        // (not a kind of data the title names: "... in HR Remote Sensing Images" for "Remote Sensing (RS)")
        // (nor what the title's task is about: "... for Detecting Freezing of Gait in Parkinson's Disease", "Parkinson's
        // Disease Freezing of Gait (FoG) Symptom Detection" for "Freezing of gait (FOG)" and "Parkinson's disease (PD)")
        !titleObject(titleLower, lf.toLowerCase()) &&
        // (nor things the title is about, in the plural and in lower case: "Printed circuit boards (PCBs)")
        !(/[A-Z]s$/.test(d.acronym) && lf.slice(1) === lf.slice(1).toLowerCase())) ||
        (lf !== '' && /[a-z]/.test(d.acronym) && /[A-Z].*[A-Z]/.test(d.acronym) && !/[A-Z]s$/.test(d.acronym) && !vocab.taskHeads.has(lastLf) &&
          // (not a known model the title names beside others: "Phishing Email Detection Using BERT and RoBERTa")
          // (nor the kind of data the title's method reads, "... Using sEMG Measurements", nor its task's object)
          standsAlone(ctx.title.text, d.acronym) && !vocab.isLexiconModel(d.acronym) && !titleObject(titleLower, d.acronym.toLowerCase())));
    // the proposal phrase before the definition: "we propose", or a coordinated "..., and propose"
    const pvA = proposal ? PROPOSE.exec(beforeDef) : null;
    const pv = pvA ?? (proposal ? coordBefore(text, d.start) : null);
    // ("While the Incremental LOF (ILOF) algorithm has been developed to ..., it remains ...": a concession about prior work)
    // (only inside the concession, before its comma: not "While existing methods rely on X, a Zorb Network (ZN) is proposed")
    const conceded = CONCESSIVE_START.test(text) && (text.indexOf(',') < 0 || d.start < text.indexOf(','));
    // ("Intrusion Detection Systems (IDS) are designed to detect ...": what such systems are made for, a plural long
    // form, no proposal; not "a ... dataset (X) and a ... approach (Y) are designed to ...", the paper's two things)
    const kindMadeFor = /[a-rt-z]s$/.test(lf) && KIND_MADE_FOR.test(text.slice(d.end));
    // ("Non-Intrusive Load Monitoring (NILM) has been proposed as an alternative to ...", "several Intrusion Detection Systems
    // (IDSs) have been proposed in the literature": the field's work, where nothing marks the paper's own or a new thing)
    // ("the Protection Assistant for Wildlife Security (PAWS) is a machine learning pipeline that has been developed as ...")
    const literature = () => (LITERATURE_PASSIVE.test(text.slice(d.end)) || IS_A_KIND_DEVELOPED_AFTER.test(text.slice(d.end))) && !OWN_MARK.test(text) && !/\b(?:novel|new)\b/i.test(beforeDef);
    // ("our method, DualZorb (DZ)", "The proposed framework, ..."; not "In our model, we employ ..."): set off after the paper's own kind
    const oursAppos = OURS_APPOS.test(beforeDef);
    const ownHere = (proposal && (pv !== null || (PASSIVE_PROPOSE.test(text.slice(d.end)) && !conceded && !kindMadeFor && !literature()))) || named ||
      // ("we motivate and describe Adaptive Label Error Detection (ALED), a novel method of detecting mislabeling": set off as new)
      (!lowerLong && !PLURAL_ACRONYM.test(d.acronym) && NOVEL_KIND_APPOS_AFTER.test(text.slice(d.end))) ||
      // ("this paper proposes two improvements. The first improvement is to propose a Corrected Reconstruction Algorithm (CRA)")
      OWN_CONTRIBUTION_BEFORE.test(beforeDef) ||
      // ("the hallucination error rate (HER), a metric we introduce to quantify ...": said to be the paper's, in lower case too)
      WE_INTRODUCE_APPOS_AFTER.test(text.slice(d.end)) ||
      // ("A novel 3-Dimensional Dynamic Variational Auto-Encoder (3D-DVAE) model is employed to ...": a new thing the
      // paper puts to use is its own)
      (NOVEL_START.test(beforeDef) && NOVEL_USED_AFTER.test(text.slice(d.end))) ||
      // (not behind a preposition: "We evaluated the performance of our method on Detection of Traffic Anomaly (DoTA) dataset")
      /\b(?:our|the proposed|this)\s+(?:(?!(?:on|in|with|from|to|over|against|across|using|via)\s)\w+[\s-]+){0,3}$/i.test(beforeDef) ||
      // ("employing a novel assessment algorithm, Iterative Assessment Algorithm (IAA), also presented in the article": a new
      // thing set off after its head noun, or one the sentence says the paper presents)
      NOVEL_HEAD_BEFORE.test(beforeDef) || PRESENTED_HERE_AFTER.test(text.slice(d.end)) ||
      // ("our proposed method learns ... using a novel Open-Set Locality Preserving Projection (OSLPP) algorithm": a new
      // thing named in capitals right after "a novel")
      (NOVEL_RIGHT_BEFORE.test(beforeDef) && /^[A-Z]/.test(lf)) ||
      // ("we present two novel methods ... The first approach, Scattering Transform with E-GraphSAGE (STEG), utilizes ...":
      // one of the paper's proposals, set off after its ordinal)
      (p.proposedBefore === true && ORDINAL_KIND_APPOS.test(beforeDef)) || oursAppos;
    // ("Adaptive Dual-Layer Web Application Firewall (ADL-WAF) Leveraging Machine Learning ...": a title that opens on a
    // long form and its acronym names what the paper is)
    // (not a survey's topic: "Anomaly Detection in Industrial Control Systems (ADICS): A Survey")
    // ("Health Monitoring of Li-ion Battery Systems: A Median Expectation Diagnosis Approach (MEDA)": or the title's rest after
    // its colon, a whole method's long form)
    const opensTitle = s.index === 0 && ((d.start <= 4 && !TOPIC_REST.test(text.slice(d.end).replace(/^\s*(?::|--?|[–—])\s*/, ''))) ||
      (/:\s+(?:An?\s+|The\s+)?$/.test(beforeDef) && /^[A-Z]/.test(lf) && WHOLE_METHOD_HEAD.test(lastLf)));
    // ("Segment Anything Model (SAM) for Digital Pathology: Assess Zero-shot Segmentation ...", "The segment anything model
    // (SAM) was released as a foundation model": a known pretrained model, spelt out, is what the paper studies or uses,
    // unless the paper's own verb proposes it or names it; the lexicon reads it as the model)
    // (nor one a proposal integrates or computes with: "a ... pipeline that integrates ... embeddings produced by Sentence-BERT
    // (SBERT)", only one the proposal verb makes: "We present Sentence-BERT (SBERT), a modification of ...")
    if (!named && lf !== '' && vocab.isLexiconModel(d.acronym) && vocab.isLexiconModel(lf) && (pv === null ||
      (!/\b(?:propos|present|introduc|develop|design|build|buil)\w*\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?$/i.test(beforeDef) && !/\b(?:our|novel|new|proposed)\s+(?:[\w-]+\s+){0,2}$/i.test(beforeDef)))) continue;
    // ("embeddings from the pre-trained Multi-Task Deep Neural Network (MT-DNN)": a network the sentence says is pretrained is
    // someone's model the paper uses, whatever it proposes)
    if (!named && lf !== '' && /^[A-Z]/.test(lf) && /(?:network|model|transformer|encoder)$/i.test(lf) && !PLURAL_ACRONYM.test(d.acronym) && /\bpre-?trained\s+$/i.test(beforeDef) && !/\b(?:our|novel|new|proposed)\s+pre-?trained\s+$/i.test(beforeDef)) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'model', own: false, confidence: 0.7, sentence: s, rule: 'model-list', shape: 'strong' });
      continue;
    }
    // ("a feature-based domain-adversarial neural networks (DANN) model was constructed": so too a known method spelt out and
    // put to use in the passive, where nothing marks it new or the paper's; someone's method the paper uses)
    // (not one the passive proposes: "a prior-based tensor approximation (PTA) is proposed")
    if (!named && pv === null && lf !== '' && vocab.sameLexiconMethod(d.acronym, lf) && !/\b(?:our|novel|new|proposed)\b/i.test(beforeDef) &&
      !/^\s*(?:[\w-]+\s+){0,2}?(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:proposed|presented|introduced|put forward)\b/i.test(text.slice(d.end))) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // ("IceWatch: Forecasting Glacial Lake Outburst Floods (GLOFs) ..." and "Glacial Lake Outburst Floods (GLOFs) pose a serious
    // threat", "... for Next-Generation SDN-Enabled Consumer Electronics" and "Consumer electronics (CE) connected to the Internet
    // of Things are ...": what the title is about, spelt out in a sentence that says nothing of the paper's own work or of
    // anything new, is its topic, no name the paper gives)
    // (not a name the title gives as what it works by, "... via Mean Shift Density Enhancement", or opens on as the subject of
    // its "for" or its colon, "Wasserstein normalized autoencoder for anomaly detection" (not "Lithium Metal Battery Quality
    // Control via ...", "Anti-Money Laundering in Bitcoin"), nor a coined acronym the title writes itself: "... Text
    // Detection Is GECScore")
    const titleWorksBy = () => {
      const lfAt = lf === '' ? -1 : titleLower.indexOf(lf.toLowerCase());
      return (lfAt === 0 && TITLE_NAME_END.test(titleLower.slice(lf.length))) || (lfAt > 0 && TITLE_WORKS_BY_BEFORE.test(titleLower.slice(0, lfAt))) || standsAlone(ctx.title.text, d.acronym);
    };
    const topicOnly = inTitle && !ownHere && !opensTitle && !titleWorksBy() && !OWN_OR_NEW.test(text);
    if (topicOnly) p.topics.push(lf.toLowerCase());
    const ownContext = ownHere || (inTitle && !topicOnly) || opensTitle;
    // ("using data from the Southern Photometric Local Universe Survey (S-PLUS)", "cutouts in the MeerKAT Galaxy Cluster
    // Legacy Survey (MGCLS)", "the Magnetospheric Multiscale mission (MMS)": a survey or a mission named in capitals is
    // where data come from, a data set, whatever the sentence proposes)
    // (or "the Deep Investigation of Neutral Gas Origins (DINGO) pilot survey": the survey's word right after the acronym)
    if (!lowerLong && lfWords.length >= 2 && (lastLf === 'survey' || lastLf === 'mission' || (/^\s+(?:pilot\s+)?survey\b/.test(text.slice(d.end)) && !/^(?:review|study|analysis|questionnaire|interview)$/.test(lastLf))) && /^[A-Z]/.test(lf) && !vocab.stop.has(normLetters(d.acronym))) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'dataset', own: false, confidence: 0.75, sentence: s, rule: 'acronym-data', shape: 'strong' });
      continue;
    }
    // ("classification into noise (NO), slope failure (SF), and earthquake (EQ) classes": the labels of classes, no names)
    if (lowerLong && !named && CLASS_LABELS.test(text)) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // ("a new task named power battery detection (PBD)", "a setting called continuously adaptive out-of-distribution (CAOOD)
    // detection": a name given to a task or a setting names no method)
    const taskNamed = named && TASK_NAMED_BEFORE.test(beforeDef);
    const taskLike = !methodish && !datasetish && (vocab.taskHeads.has(lastLf) || lowerLong) && (!named || taskNamed);
    // "we propose X for generalist anomaly detection (GAD)": a task named after the proposal verb
    // ("In this study, a Down-Up Sampling Network (DUS-Net) is proposed": passive, the clause before it)
    // ("we propose an approach for mining X and design a deep OSR Network (OSRNet)": the last coordinated verb,
    // not one in a relative clause: "a framework that extracts tracks and builds a Memory Module (TMM)")
    const coord = pv ? COORDINATED_PROPOSE.exec(beforeDef) : null;
    const pvEnd = pv ? pv.index + pv[0].length : 0;
    const afterVerb = coord && coord[0].length > pvEnd && !/\b(?:that|which|who)\b/i.test(beforeDef.slice(pvEnd, coord[0].length)) ? beforeDef.slice(coord[0].length)
      : pvA ? beforeDef.slice(pvA.index) : pv ? beforeDef.slice(pvEnd) : beforeDef.slice(Math.max(0, beforeDef.search(/[,;:][^,;:]*$/)));
    const objectPhrase = afterVerb.replace(PROPOSE, '');
    // (a preposition, not the inside of a compound: "a novel end-to-end semi-supervised Zorb Network (ZN)")
    const direct = !/(?<![\w-])(?:for|in|of|on|to|under|via|by|from|towards?)(?![\w-])/i.test(objectPhrase);
    // (after the proposal verb: "Observing that the original pool is comprised of class names, we construct a
    // conjugated semantic pool (CSP)" makes the pool, not a part of it)
    const componentOf = (COMPONENT_WORDS.test(beforeDef) && !(pv && !COMPONENT_WORDS.test(beforeDef.slice(pv.index)) && PRIOR_COMPOSED.test(beforeDef.slice(0, pv.index)))) ||
      // (not data named after the name: "our method, dubbed TRX-TCRnet, ... using the Detection of Aircraft Under Background
      // (DAUB) dataset")
      /\b(?:called|named|dubbed|termed)\s+["“]?[A-Za-z0-9][\w+-]*[^(]*$/i.test(beforeDef.replace(/\s+$/, '')) && !named && !datasetish;
    // "we extend our previous self-supervised predictive convolutional attentive block (SSPCAB)": earlier work
    if (/\bour (?:previous|prior|earlier)\b[^.;:]{0,120}$/i.test(beforeDef)) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // (a "block" or "module" the title is about is the proposal: "Self-Supervised Masked Convolutional Transformer Block for ...")
    // ("In this paper, we propose a Multi-Scale Convolutional Recurrent Encoder-Decoder (MSCRED), to ...": the
    // direct object of the paper's first proposal is the proposal, whatever its head noun)
    const firstProposal = proposal && direct && pv !== null && !ownMain && !ownMethodIn(out) &&
      lf !== '' && lf !== lf.toLowerCase() && (!vocab.partHeads.has(d.after) || WHOLE_HEADS.has(d.after));
    // ("Extended Histogram-based Outlier Score (EHBOS)" as the whole title's opening: what the paper is, not a part)
    // ("Our Position-based Attack Detection Scheme (PADS) is a probabilistic framework ...": a scheme a sentence opens on as
    // the paper's own is its method)
    const oursOpening = /^(?:Our|The proposed)\s+$/.test(beforeDef) && WHOLE_HEADS.has(lastLf);
    // ("a universal attack defense strategy ..., which we call QNN-based attack detection scheme (QADS)": what the paper
    // itself names with "we call" is the whole, whatever its head)
    const weCall = namedBy !== null && /\bwe\s+(?:call|term|name|dub)\b/i.test(namedBy[0]);
    // ("we propose a lightweight and effective approach named confidence estimation module (CEM)": what a whole kind of
    // method is named is the whole, whatever its head)
    const wholeNamed = namedBy !== null && KNOWN_WORD_NAMED_BEFORE.test(beforeDef.slice(0, namedBy.index));
    // ("We also introduce FOGS (Forgetting, Openness, Generalisation Score) to holistically evaluate ...": a score or measure
    // a proposal verb names is a metric the paper proposes, a method of its own, though a score is a part's word elsewhere;
    // not one the proposal computes: "a detector that computes a Statistical Feature Anomaly Score (SFAS)")
    const newMetric = pv !== null && direct && !lowerLong && PROPOSED_MEASURE.test(lf) && !RELATIVE_CLAUSE.test(objectPhrase);
    if ((part && !inTitle && !firstProposal && !opensTitle && !oursOpening && !weCall && !wholeNamed && !newMetric) || componentOf) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // existing work the paper uses: "leveraging two popular PEFTs, Low-Rank Adaptation (LoRA) and ...",
    // "Non-Parametric Transformers (NPTs), a model initially proposed for ...": mentioned, never proposed
    const afterDef = text.slice(d.end);
    // (a network or model so named, outside a proposal: "We employ a Dual Zorb Memory (DZM)" is the paper's part)
    const usedNamed = USED_BEFORE.test(beforeDef) && ARCH_WORDS.has(lastLf) && !proposal && !/[A-Z0-9]s$/.test(d.acronym);
    // ("which extends the Quux Temporal Network (QTN)", "evaluate a Quux Reconstruction Network (QRN) baseline":
    // what the paper builds on or compares to)
    // ("the high resource demands of the existing Student Teacher Feature Pyramid Matching (STFPM) approach")
    // ("a feature extraction algorithm called symbolic dynamic filtering (SDF) that was recently published": said to be
    // published work, whatever its spelling)
    // ("a recently proposed generative model known as neural rendering model (NRM)": in lower case too; not a task or data
    // so introduced: "the recently proposed ... Multi-class Unsupervised Anomaly Detection (MUAD) task")
    const recentWork = !datasetish && !(vocab.taskHeads.has(lastLf) && !vocab.methodHeads.has(lastLf) && !vocab.methodHeads.has(d.after)) && !/^(?:task|problem|setting|paradigm|benchmark|data)/.test(d.after) &&
      RECENTLY_PROPOSED_BEFORE.test(beforeDef);
    // ("Recently, ... a local-search heuristic based algorithm (LSA) is presented. However, ...": others' work the sentence
    // reports, spelt in lower case too)
    const reported = vocab.methodHeads.has(lastLf) && RECENTLY_OPENING.test(text) && DONE_PASSIVE_AFTER.test(afterDef) && !OWN_MARK.test(text);
    if (PRIOR_AFTER_NAME.test(afterDef) || recentWork || reported || (!lowerLong && (PRIOR_ART_BEFORE.test(beforeDef) || EXISTING_BEFORE.test(beforeDef) || RECENT_KIND_BEFORE.test(beforeDef) || OTHERS_MADE_BEFORE.test(beforeDef) || PRIOR_ART_AFTER.test(afterDef) || EXAMPLE_LIST_BEFORE.test(beforeDef) || usedNamed ||
      ADAPTATION_OF.test(beforeDef) || EXTENDS_BEFORE.test(beforeDef) || OUTPERFORMS_BEFORE.test(beforeDef) || IMPROVE_OF.test(beforeDef) || DRAWBACKS_OF_BEFORE.test(beforeDef) ||
      (INTO_AFTER.test(afterDef) && INTRODUCE_INTO_BEFORE.test(beforeDef)) ||
      // (a known method the paper brings to its problem: "introduces the ... (DDPG) algorithm on the IEEE ... model")
      (!datasetish && vocab.isLexiconMethod(d.acronym) && broughtIn(beforeDef, afterDef)) ||
      // ("a novel technique based on an on-line sequence memory algorithm called Hierarchical Temporal Memory (HTM)")
      (namedBy !== null && restsOnNamed(beforeDef.slice(0, namedBy.index), namedBy[0])) || d.after === 'baseline' || d.after === 'baselines'))) {
      // (someone else's data, where a data word follows it: "We leverage the recently introduced Large Engagement Networks
      // (LEN) dataset")
      // (or a long form that ends on a data word: "extending the Open Maritime Traffic Analysis Dataset (OMTAD) into a benchmark")
      const data = (vocab.datasetHeads.has(d.after) || vocab.datasetHeads.has(lastLf)) && !methodish;
      out.push({ surface: d.acronym, longForm: d.longForm, kind: data ? 'dataset' : 'method', own: false, confidence: 0.7, sentence: s, rule: data ? 'acronym-data' : 'acronym-prior', shape: 'strong' });
      continue;
    }
    // ("an effective framework for Universal vision Anomaly Detection (UniADet)": a coined acronym, not the task's
    // initials, that names the framework the proposal is for)
    const coinedFor = /[a-z]{2}/.test(d.acronym) && FRAMEWORK_FOR.test(beforeDef) && /\b(?:we|this (?:paper|work))\b[^.;]*\b(?:propos|present|introduc|develop)\w*\b/i.test(beforeDef);
    // ("retraining ... using the proposed Dual Centre Representation Learning (DCRL)": a capitalised long form right
    // after "the proposed" or "our" is the paper's own, whatever it ends on)
    const oursJustBefore = !lowerLong && /\b(?:our|the proposed)\s+(?:(?:new|novel)\s+)?$/i.test(beforeDef);
    // ("this paper proposes an unsupervised learning framework of dual attention embedded reconstruction distillation
    // (DAERD)": the long form a proposed framework is "of", in lower case too, is its name; not a task's)
    const kindOfProposal = pv !== null && lfWords.length >= 3 && !vocab.taskHeads.has(lastLf) && FRAMEWORK_OF.test(beforeDef);
    // ("we propose an unsupervised change detection (CD) method based on ...": the initials of a task in two lower-case
    // words name the task the method is for, whatever head follows)
    const taskInitials = lowerLong && lfWords.length === 2 && d.acronym.length === 2 && (vocab.taskHeads.has(lastLf) || vocab.methodHeads.has(d.after)) && !named;
    // ("a monitoring method for Additive Manufacturing (AM)", "a detector for Foreign Object Debris (FOD)": the initials of
    // what a kind of method is for, in capitals, name its object, not the method)
    if (proposal && !named && d.longForm !== undefined && /^[A-Z]{2,6}$/.test(d.acronym) && !ARCH_WORDS.has(lastLf) && !vocab.methodHeads.has(lastLf) &&
      !vocab.partHeads.has(lastLf) && !datasetish && METHOD_FOR_BEFORE.test(beforeDef)) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // ("Collaborative Representation Detection (CRD) is a very effective anomaly detection method": a long form ending on a
    // task word that the sentence calls a kind of method is someone's method, outside the paper's own words)
    // ("Attribute Value Frequency (AVF) is a simple yet fast and effective method for ...": so too whatever its last word)
    if (!taskInitials && !ownContext && !named && d.longForm !== undefined && !lowerLong && IS_A_METHOD_AFTER.test(afterDef)) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // ("we describe a new method for inpainting detection based on a Dense Feature Interaction Network (DeFI-Net)", "a DDoS
    // attack detection method based on Multi-scale Convolutional Neural Network (MSCNN)": a network the proposal's method is
    // built as, named and unknown, not "the" known one)
    // ("a novel method based on deep convolutional neural networks (Deep-ShrimpNet) is proposed": in the passive too, and a
    // coined name that spells no long form after the network it names)
    const ownNetBasis = proposal && (pv !== null || PASSIVE_PROPOSE.test(text)) && !taskInitials && (ARCH_WORDS.has(lastLf) || (lf === '' && ARCH_WORDS.has(/([A-Za-z]+)\s*$/.exec(beforeDef)?.[1].toLowerCase() ?? ''))) && BASED_ON_NEW_NET.test(beforeDef) &&
      !vocab.isLexiconName(d.acronym) && !(lf !== '' && vocab.isLexiconName(lf)) && !generic(d.acronym) && !PLURAL_ACRONYM.test(d.acronym);
    // ("we propose a ... detection method based on perturbatioN discrEpancy consisTency Evaluation (NETE)": letters marked in
    // capitals inside lower-case words coin the proposal's name)
    const markedLetters = pv !== null && MARKED_LETTER.test(lf);
    // ("presents a ... segmentation method based on Dual Separation and Domain Generalization (DSDGNet)": an acronym that adds
    // a network's suffix its long form does not spell coins the network, whatever word the long form ends on)
    const netCoined = proposal && lf !== '' && /[A-Z](?:Net|Former|GAN)$/.test(d.acronym) && !/(?:net|network|former|gan)s?$/i.test(lf);
    // ("the creation of a bag of hallucinations (BoH)", "our proposed diffusion-based synthesizer with energy and entropy
    // learning (DiffEEL)": capitals after a small letter coin a name, whatever task its long form reads as; not a plural,
    // "NIDSs", nor a compound, "RF-based")
    const mixedCoined = /[a-z][A-Z]/.test(d.acronym) && !PLURAL_ACRONYM.test(d.acronym) && !/[-‐]based$/i.test(d.acronym);
    if (taskInitials || (taskLike && !(taskNamed ? markedLetters || netCoined || mixedCoined : named || oursAppos || (ownContext && direct) || coinedFor || oursJustBefore || kindOfProposal || ownNetBasis || markedLetters || netCoined || mixedCoined))) {
      // ("based on the Empirical-Cumulative-Distribution-based Outlier Detection (ECOD) algorithm": a known method whose
      // long form ends on a task word is that method, someone's)
      if (!taskInitials && vocab.isLexiconMethod(d.acronym) && vocab.isLexiconMethod(d.longForm!)) {
        out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
        continue;
      }
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // ("The partial domain adaptation (PDA) challenge is frequently encountered", "We term this issue the adaptation-discrimination
    // paradox (ADP)": a problem the paper answers, no method)
    // (a challenge spelt in capitals is a contest and its data: "the Medical Out-of-Distribution (MOOD) Challenge")
    const problemWord = (w: string) => PROBLEM_WORDS.has(w) && (lowerLong || !/^challenges?$/.test(w));
    if ((problemWord(d.after) || problemWord(lastLf)) && !datasetish && !methodish) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // "we introduce the Open-World Sound Event Detection (OW-SED) paradigm": a new task, not a method
    // (a paradigm named after a task is the task: "the Open-World Sound Event Detection (OW-SED) paradigm")
    if (TASK_AFTER.test(d.after) && vocab.taskHeads.has(lastLf) && !datasetish && (!methodish || d.after === 'paradigm') && !named) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // "we propose X that leverages Y (ACR)": used by the proposal, not the proposal
    // (a network or model so used, or combined in, is a method the paper names: "using Relational Graph Convolutional Networks
    // (RGCN)"; not "incorporating a novel Relational Zorb Attention Network (RZAN)", "our proposed Dual Zorb Network (DZN)")
    const archUsed = proposal && !named && ARCH_WORDS.has(lastLf) && !OWN_BEFORE_DEF.test(beforeDef);
    // ("we propose CEDLog, a novel framework that integrates Elastic Weight Consolidation (EWC) for ...", "a framework that
    // combines: Extreme Gradient Boosting (XGBoost) for ..."): a method the lexicon knows, combined into the proposal, is used
    const combinedTail = proposal && !named ? /\b(?:incorporat|integrat|repurpos|combin)\w*\b(?![\s\S]*\b(?:incorporat|integrat|repurpos|combin)\w*\b)([\s\S]*)$/i.exec(objectPhrase) : null;
    // (or one spelt in lower case: "a method that combines robust deep auto-encoder (RDAE) model and density peak (DP)
    // clustering algorithm")
    // (not the name of the whole the sentence then says is proposed: "a new identification method combining two-step clustering
    // analysis and signed directed graph (TSCA-SDG) is proposed")
    if (combinedTail && !/\b(?:novel|new|newly|our|proposed)\b/i.test(combinedTail[1]) && !PROPOSED_AFTER_NAME.test(afterDef) &&
      (lowerLong || vocab.isLexiconMethod(d.acronym) || (lf !== '' && vocab.isLexiconMethod(lf)))) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // ("we propose an anomaly detection method based on graph neural network and dynamic threshold (GNN-DTAN)": an acronym
    // that spells no long form, nor a known name, after what the proposal is based on names the proposal)
    // ("we propose an ... architecture leveraging Separable Convolutional LSTM (SepConvLSTM)" under a title that ends "Using
    // Separable Convolutional LSTM": what the title spells is the proposal's own; not when the proposal has a name of its own
    // right after the verb, "we introduce TimeRCD, a novel foundation model ... built upon ... Relative Context Discrepancy (RCD)")
    const titleOwn = inTitle && !/^\s*(?:the\s+)?[A-Z][\w-]*[A-Z][\w-]*\s*,/.test(objectPhrase);
    const coinedWhole = d.longForm === undefined && !vocab.isLexiconMethod(d.acronym) && !vocab.isLexiconModel(d.acronym);
    if (proposal && !named && !ownNetBasis && !markedLetters && !netCoined && !coinedWhole && !titleOwn && (USED_BETWEEN.test(objectPhrase) || (archUsed && COMBINED_BETWEEN.test(objectPhrase)))) {
      if (!lowerLong && archUsed) out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // "presents a method to modify the sampling strategy of the model-agnostic meta-learning (MAML) algorithm":
    // a lower-case long form deep in the proposal's object is the existing work it modifies
    if (ownContext && pv && !direct && lowerLong && !named && !inTitle && !oursAppos && methodish &&
      /\b(?:of|upon|from)\s+(?:the\s+)?$/i.test(beforeDef) && !/\b(?:new|novel|our)\s+(?:[\w-]+\s+){0,3}$/i.test(beforeDef)) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    // (a coined acronym the proposal is "for" is the paper's own, whatever the sentence's other verbs: "this paper rethinks ...
    // and presents an ... framework for Universal vision Anomaly Detection (UniADet)")
    // ("evaluated with the driving anomaly dataset (DAD)", "By utilizing the car hacking dataset (CHD)": a data set defined in
    // passing, whose long form (or, where it spells none, the words before it) ends on a data word, is data the paper uses,
    // someone's; not a kind of data, the data word after the acronym: "results on the hyperspectral image (HSI) dataset")
    if (!ownContext && !coinedFor && datasetish && !named && /\b(?:dataset|database|corpus|data\s+sets?)\s*$/i.test(d.longForm ? lf : beforeDef) && DATA_USED_BEFORE.test(beforeDef)) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'dataset', own: false, confidence: 0.7, sentence: s, rule: 'acronym-data', shape: 'strong' });
      continue;
    }
    if (!ownContext && !coinedFor) continue; // an acronym defined in passing: a task, a component, prior work: not emitted
    // "presents a ... Multi-Modal Sensor Fusion (MSF) framework to detect ... in the surroundings of Autonomous
    // Vehicles (AV)": behind a preposition after the sentence's own proposal, what the proposal is about
    // (not a second object: "A dataset (InstructIAD) and a data organization approach for ... (CoT-M) are designed")
    if (!direct && !named && !inTitle && !datasetish) {
      let prev: Candidate | undefined;
      for (const c of out) if (c.own && c.sentence === s && c.rule.startsWith('acronym')) prev = c;
      const prevEnd = prev ? text.indexOf(`(${prev.surface})`) : -1;
      if (prevEnd >= 0 && prevEnd < d.start && !SECOND_OBJECT.test(text.slice(prevEnd, d.start))) continue;
    }
    // ("We also propose a Heterogeneous Attention GNN (HAGNN) model", "Furthermore, we present a new baseline model,
    // ANomaly Detection with Transformers (ANDT)": a second whole method, not a part of the first)
    // (only where the sentence adds it: "We also propose", "In addition, we present"; not the parts listed after
    // "First, we propose ... Second, we design ...")
    // ("Finally, we propose the Adaptive Quux Thresholding (AQT) method": a whole method's head after it names a method)
    // ("Then, we propose a degree-free graph convolutional neural network (DR-GCN) and a novel temporal message propagation
    // network (TMP)": a second network coordinated with the first the same proposal names)
    // ("We also propose Multi-Scale Contrastive Anchor Learning (MSCAL), which ...": the direct object of a proposal verb,
    // whole where its acronym ends the phrase, whatever words around it speak of parts; not an acronym inside a longer
    // phrase, "an Unbalanced Abnormal (UA) Text Prompt", nor a step of a sequence of parts: "Next, we present the
    // Corrective Force Prediction Network (CFP-Net)")
    const secondMethod = pv !== null && ((ALSO_START.test(text) && (SECOND_METHOD_AFTER.has(d.after) || SECOND_METHOD_BEFORE.test(beforeDef) || WHOLE_KIND_APPOS_AFTER.test(text.slice(d.end)))) ||
      WHOLE_METHOD_HEAD.test(d.after) || ((vocab.methodHeads.has(lastLf) || ARCH_WORDS.has(lastLf)) && coordinatedWithOwn(out, s, text, d.start)) ||
      (direct && DEF_ENDS_PHRASE.test(text.slice(d.end)) && !SEQUENCE_START.test(text)));
    // (and one the title names, whatever its words: "... Benchmark and Lateral Inhibition Module for ..." and "we propose the
    // Lateral Inhibition Module (LIM)")
    if (component && (ownMain || ownMethodIn(out)) && !datasetish && !secondMethod && !inTitle) {
      rejected.add(normLetters(d.acronym));
      continue;
    }
    // ("a weakly supervised ... model called Robust Temporal Feature Magnitude Learning (RTFM) is applied in the system": a
    // method so named and put to use, where nothing proposes it or marks it new, is someone else's)
    // ("... is compared with the conventional anomaly detection method, namely Reed-Xiaoli (RX) detector": what the paper
    // is compared with, so named, is someone else's)
    if ((named && pv === null && !datasetish && USED_PASSIVE_AFTER.test(text.slice(d.end)) && !/\b(?:our|novel|new|proposed)\b/i.test(beforeDef)) ||
      (named && !datasetish && COMPARED_NAMELY.test(beforeDef))) {
      out.push({ surface: d.acronym, longForm: d.longForm, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'acronym-prior', shape: 'strong' });
      continue;
    }
    out.push({
      surface: d.acronym,
      longForm: d.longForm,
      kind: datasetish ? 'dataset' : 'method',
      own: true,
      confidence: 0.9,
      sentence: s,
      rule: named ? 'acronym-named' : d.reversed ? 'acronym-reversed' : 'acronym',
      shape: 'strong',
      metricName: metricList ? d.longForm : undefined,
      head: metricList ? 'metric' : metricAfter(text.slice(d.end)),
      byTitle: !ownHere || undefined,
    });
  }
}

/**
 * Words of a task right before a phrase of the title ("Detecting", "Detection of", "in"; one word may come between:
 * "Detecting Audio Adversarial Examples", "in Residential-Scale Ambient Assisted Living"), or right after it ("(FoG)
 * Symptom Detection").
 */
const TASK_OBJECT_BEFORE = /\b(?:detecting|detection (?:of|for)|monitoring|predicting|prediction (?:of|for)|classifying|classification of|recogni[sz]ing|recognition of|diagnosing|diagnosis (?:of|for)|assessing|assessment of|in)\s+(?:[\w-]+\s+)?$/;
const TASK_NOUN_AFTER = /^\)?\s*(?:\([\w-]+\)\s*)?(?:[\w-]+\s+)?(?:detection|prediction|classification|recognition|monitoring|diagnosis|assessment|estimation)\b/;
/** A method's head right after a long form in the title (what the title names is a method for it). */
const TITLE_METHOD_AFTER = /^[\s-]*(?:framework|frameworks|networks?|methods?|approach|approaches|models?|algorithms?|system|systems|architecture|pipeline|strategy)\b/;
/** Words of a problem, a challenge or a phenomenon (after an acronym's definition, or ending its long form). */
const PROBLEM_WORDS = new Set(['challenge', 'challenges', 'problem', 'problems', 'issue', 'issues', 'dilemma', 'paradox', 'phenomenon', 'bottleneck', 'gap']);
/**
 * Is the title's phrase `lf` (lower case) what the title's method reads or works on rather than the method: a kind of data
 * after it ("... in HR Remote Sensing Images", "Using sEMG Measurements"), or the object of the title's task?
 */
function titleObject(titleLower: string, lf: string): boolean {
  const at = titleLower.indexOf(lf);
  if (at < 0) return false;
  const after = titleLower.slice(at + lf.length, at + lf.length + 40);
  return DATA_NOUN_AFTER.test(after) || TASK_NOUN_AFTER.test(after) || TASK_OBJECT_BEFORE.test(titleLower.slice(Math.max(0, at - 20), at));
}
/**
 * A kind of data after a phrase of a title ("Remote Sensing Images", "Point Cloud Data"), data made of it ("A wireless
 * capsule endoscopy dataset"), the systems or scenarios it
 * is set in ("... of KeyWord Spotting Systems", "... Ambient Assisted Living Scenarios"), or a kind of methods for it
 * ("Evaluation of Non-intrusive Load Monitoring Algorithms").
 */
const DATA_NOUN_AFTER = /^[\s-]+(?:images?|imagery|data|datasets?|data sets?|benchmarks?|corpus|corpora|databases?|videos?|scenes?|signals?|applications?|sensing|measurements?|recordings?|readings?|systems|scenarios|environments|algorithms|methods|techniques|approaches)\b/;

/** "..., is released to the community", "... is made publicly available": data so named is the paper's own. */
const RELEASED_AFTER_NAME = /^["”'’]?,?\s+(?:is|are)\s+(?:(?:also|now|hereby)\s+)?(?:released|published|made\s+(?:publicly\s+|freely\s+)?available|(?:publicly|freely)\s+available)\b/;
/** The paper's words of releasing something under a name: "we publish ... as", "which we make publicly available as". */
const RELEASE_VERB = /\b(?:publish|release|make|share|distribute)\b/i;
const RELEASE_AS = new RegExp(String.raw`\b(?:[Ww]e|[Ww]hich we|[Tt]hat we)\s+(?:also\s+|further\s+)?(?:publish|release|make|share|distribute)\s+((?:[\w-]+\s+){0,6}?)(?:(?:publicly|freely|openly)\s+)?(?:available\s+)?as\s+(?:the\s+)?(${NAME_SRC})`, 'g');
/** What is released is data ("the corrected labels", "the recordings"), not code ("the code as the package adkit"). */
const RELEASED_DATA = /\b(?:labels?|annotations?|data|dataset|datasets|benchmark|corpus|collection|recordings?|traffic|logs?|traces?|catalog(?:ue)?|images|videos|series|set|splits?)\b/i;
const RELEASED_CODE = /\b(?:code|package|library|tool|toolkit|toolbox|implementation|software|model|models|weights|checkpoints?|method|framework|pipeline|detector)\b/i;

/** "We publish the corrected labels as SKAB-R and Exathlon-R": every name of the list is the paper's data. */
function releaseAsPass(p: SentencePass): void {
  const { generic, out, s, text } = p;
  RELEASE_AS.lastIndex = 0;
  for (let m = RELEASE_AS.exec(text); m; m = RELEASE_AS.exec(text)) {
    // (the thing released is named before "as", or, after "which we make available as", before "which")
    const what = m[1] || text.slice(Math.max(0, m.index - 80), m.index);
    if (!RELEASED_DATA.test(what) || RELEASED_CODE.test(what)) continue;
    const at = m.index + m[0].length - m[2].length;
    for (const name of listAt(text, at)) {
      if (shapeOf(name) !== 'strong' || generic(name)) continue;
      out.push({ surface: name, kind: 'dataset', own: true, confidence: 0.8, sentence: s, rule: 'release-as', shape: 'strong' });
    }
  }
}
/** "All code is released as the Python package ramanomaly", "We release our system under the name Beacon": the paper's
 * tool, released under its name. */
function releasedToolPass(p: SentencePass): void {
  const { generic, out, s, text } = p;
  RELEASED_TOOL_NAME.lastIndex = 0;
  for (let m = RELEASED_TOOL_NAME.exec(text); m; m = RELEASED_TOOL_NAME.exec(text)) {
    const name = m[1];
    const sh = shapeOf(name);
    if (generic(name) || !(sh === 'strong' || (sh === 'weak' && !p.vocab.isKnownWord(name.toLowerCase())) || (sh === 'none' && coinedLower(name, p.vocab)))) continue;
    if (p.vocab.isLexiconName(name)) continue;
    out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'release-as', shape: sh === 'none' ? 'weak' : sh });
  }
}
/** "released as the (open-source) Python package X", "under the name X". */
const RELEASED_TOOL_NAME = new RegExp(String.raw`\b(?:(?:release[sd]?|available|distributed|provided|published|implemented)\s+(?:\w+\s+){0,2}?(?:as|in)\s+(?:an?\s+|the\s+|our\s+)?(?:(?:open-source|open source|Python|R|Julia|MATLAB|free)\s+)*(?:package|library|toolkit|toolbox|tool)|under the name)\s+["“'‘]?(${NAME_SRC})(?=["”'’]?\s*(?:[,.;:()]|$|(?:which|that|and|with|on|at|for)\b))`, 'g');

/** A count of things collected or recorded, then (within the clause) the naming: "We collect 3,100 radiographs from ..., which". */
const COLLECTED_THEN_NAMED = /\b(?:collect(?:ed)?|gather(?:ed)?|record(?:ed)?|curate[ds]?|assemble[ds]?|compile[ds]?|capture[ds]?)\s+(?:a\s+(?:new\s+)?(?:collection|set|corpus)\s+of\s+)?(?:over\s+|about\s+|nearly\s+|more than\s+)?\d[\d,.]*\s*[KkMm]?\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*s\b[^.;]{0,100},?\s*(?:which\s+)?$/;
/** Whether the candidates so far hold a method of the paper's own (a metric it proposes is no main method). */
function ownMethodIn(out: Candidate[]): boolean {
  return out.some((c) => c.own && c.kind === 'method' && c.head !== 'metric');
}

/** The proposal verb and the object's words right before "known as". */
const KNOWN_AS_PROPOSED = /\b(?:propos|present|introduc|develop|design|devis|buil)\w*\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,6}?[\w-]+,?\s*$/i;

/** Words of data the paper uses, before its naming: "using two publicly available datasets called". */
const USED_DATA_BEFORE = /\b(?:using|uses?|used|utili[sz]\w*|employ\w*|adopt\w*|publicly available|public|existing|well-known|open-source)\b[^.;]*$/i;
/** The second name after a named used data set: " (Pecan Street) and HUE". */
const USED_DATA_AND_NEXT = new RegExp(String.raw`^(?:\s*\([^()]{1,40}\))?\s+and\s+(${NAME_SRC})(?=\s*(?:[,.;)]|$|\s+(?:datasets?|data|which|to|for|in|on)\b))`);
/** The paper's own making of the data it then lists: "our datasets, namely", "we collect three new datasets, namely". */
// (the possessive or the newness on the data words themselves: not "We evaluate our method on three datasets, namely")
const OWN_DATA_BEFORE = /(?:\b(?:our|new|novel)\s+(?:[\w-]+\s+){0,2}(?:datasets?|benchmarks?|corpora|corpus|data\s*sets?)\b|\b(?:we|this (?:paper|work|study))\s+(?:\w+\s+)?(?:introduc|construct|collect|buil|creat|releas|curat|propos|present)\w*\b)[^.;]*$/i;

/** "NAME (network|model)? (is used|adopted ...)? as the/a (word)? backbone". */
const BACKBONE_AS = new RegExp(String.raw`\b(${NAME_SRC})\s+(?:network\s+|model\s+)?(?:is\s+|are\s+)?(?:used\s+|adopted\s+|employed\s+|chosen\s+|selected\s+)?as\s+(?:the|a|an|our)\s+(?:[\w-]+\s+)?backbone`, 'g');

/** "a novel technique based on an on-line sequence memory algorithm called X": what the paper's method rests on, named
 * (not "... based on a multilevel attention mechanism that we call X": the authors name their own). */
const BASED_ON_THEN_NAMED = /\b(?:based on|built (?:up)?on|relies on|relying on)\s+(?:an?|the)\s+(?!(?:[\w-]+\s+){0,8}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,8}?[\w-]+\s*$/i;
/** What `before` ends on is what the method rests on, and the verb of naming is not the authors' own ("we call"). */
function restsOnNamed(before: string, namingVerb: string): boolean {
  return BASED_ON_THEN_NAMED.test(before) && !/\bwe\b/i.test(namingVerb);
}
/** A thing the sentence uses, then a comma before the verb of naming ("using a zero-shot image-text matching model, called CLIP"). */
const USED_THEN_NAMED = /\b(?:using|uses|use|employ(?:s|ing)?|leverag(?:e|es|ing)|adopt(?:s|ing)?|utili[sz](?:e|es|ing))\s+(?:an?|the)\s+(?!(?:[\w-]+\s+){0,12}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,12}[\w-]+\s*,\s*$/i;
/** Up to four words before a head noun, none a word of newness or of the paper's own ("a Python platform", not "a novel tool"). */
const NOT_NEW_WORDS_SRC = String.raw`(?!(?:[\w-]+\s+){0,4}?(?:novel|new|our|proposed)\b)(?:[\w-]+\s+){0,4}?`;
/** "we choose a Python platform called", "using the open-source library named": a tool put to use, so named, is someone's. */
/** Verbs of putting something to use, in any form but "using": "use", "employed", "adopts", "utilizing", "leverages". */
const USE_VERB_SRC = String.raw`use[sd]?|employ\w*|adopt\w*|utili[sz]\w*|leverag\w*`;
const USED_TOOL_NAMED = new RegExp(String.raw`\b(?:(?:choos(?:e|es|ing)|chose|select(?:s|ed|ing)?|using|${USE_VERB_SRC})\s+(?:an?|the)\s+${NOT_NEW_WORDS_SRC}(?:platform|library|package|toolkit|toolbox|software|tool|solver)|use\s+of\s+(?:an?|the)\s+${NOT_NEW_WORDS_SRC}(?:platform|library|package|toolkit|toolbox|software|tool|solver|system))\s*,?\s*$`, 'i');
/** "the depth features generated by a large model named": what made the paper's input, so named, is existing work. */
const MADE_BY_NAMED = /\b(?:generated|produced|extracted|provided|computed|estimated|predicted)\s+(?:by|with|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:model|network|tool|system|estimator|detector)\s*,?\s*$/i;
/** Things and people that a naming verb may name, right before it: "a popular online game called", "hackers, called". */
const NOT_METHOD_NAMED = /\b(?:games?|compan(?:y|ies)|city|cities|country|countries|volcano(?:e?s)?|sites?|regions?|rivers?|lakes?|mountains?|locations?|provinces?|states?|hospitals?|universit(?:y|ies)|websites?|telescopes?|satellites?|missions?|spacecraft|ships?|vessels?|diseases?|persons?|people|users?|hackers?|attackers?|players?|animals?|species|planets?|stars?)\s*,?\s*$/i;
/** "propose two new efficient algorithms, ": a counted proposal of new things, right before "namely". */
const NEW_COUNTED_PROPOSAL = /\b(?:propos|present|introduc|develop|design)\w*\s+(?:two|three|four|several)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(?:methods|algorithms|approaches|models|frameworks|detectors|techniques|variants)\s*,?\s*$/i;
/** "this paper proposes a novel intelligent fall detection method, ": one new thing proposed, right before "namely". */
const NEW_ONE_PROPOSAL = /\b(?:propos|present|introduc|develop|design)\w*\s+(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,5}?(?:method|algorithm|approach|model|framework|detector|technique|system|scheme|network|architecture)\s*,?\s*$/i;
/** "we propose a novel Simplified Transformer with Cross-View Attention for ... Anomaly Detection, ": one new thing proposed,
 * by a long form in title case, right before "namely". */
const NEW_TITLED_PROPOSAL = /\b(?:propos|present|introduc|develop|design)\w*\s+(?:a|an)\s+(?:novel|new)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|with|of|and|in|via|on|to|the|from|under))*\s*,\s*$/;
/** Parts of a method, counted or listed, right before "namely". */
const PARTS_BEFORE_NAMELY = /\b(?:designs|components|modules|parts|stages|steps|strategies|mechanisms|blocks|losses|innovations|units|branches|phases|sub-?networks|submodules)\s*[,:]?\s*$/i;
/** Names given by a naming verb: called X / named X / we call ... "X". */
function namingPass(p: SentencePass): void {
  const { ctx, vocab, generic, titleLower, out, s, text } = p;
  for (let m = NAMING.exec(text); m; m = NAMING.exec(text)) {
    // ("we identify the most reliable measure, namely, VUS-PR", "the popular algorithms namely, Cluster based ...": "namely"
    // and a comma name only the new things a counted proposal makes)
    // (or the one new thing a proposal makes: "this paper proposes a novel ... method, namely, ESAEs-OCCCH")
    if (/^namely,/i.test(m[0]) && !NEW_COUNTED_PROPOSAL.test(text.slice(0, m.index)) && !NEW_ONE_PROPOSAL.test(text.slice(0, m.index)) && !NEW_TITLED_PROPOSAL.test(text.slice(0, m.index))) continue;
    // ("the so-called "outlier"": a word in lower case so called is a term, no name)
    if (/so[- ]$/i.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^["“'‘]?[a-z][a-z-]*["”'’]?(?![\w-])/.test(text.slice(m.index + m[0].length))) continue;
    // ("phenomena that have been called “crosstalk”", "are often termed “drift”": a word in lower case others' usage so
    // calls is a term, no name)
    if (/\b(?:(?:have|has)\s+been|(?:is|are)\s+(?:often|commonly|usually|sometimes|also|generally|collectively))\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      /^["“'‘]?[a-z][a-z-]*["”'’]?(?![\w-])/.test(text.slice(m.index + m[0].length))) continue;
    // ("the eDarkTrends Named Entity Recognition algorithm": a capitalised word in a name written in capitals, no naming verb)
    if (/^(?:Named|Called|Termed)\s/.test(m[0]) && m.index > 0 && /[A-Za-z]\s$/.test(text.slice(m.index - 2, m.index))) continue;
    let at = m.index + m[0].length;
    // ("a leakage detection algorithm, termed the Weeg algorithm": "the" before a capitalised name and its kind; "named a
    // Joint Auto-Encoder network": "a" before a name of up to three capitalised words and its kind)
    const theKind = THE_BEFORE_NAME_KIND.exec(text.slice(at, at + 60));
    if (theKind) at += theKind[0].length;
    // ("we call this phenomenon ZorbShift", "we term this effect X": a notion, not a method, is so named)
    if (/\b(?:this|the|our)\s+(?:phenomenon|effect|problem|issue|property|behaviou?r|setting|task|scenario|situation|condition|pattern|bias|gap)\s*$/i.test(m[0])) continue;
    // ("a popular online game called Quake 2", "greedy hackers, called Sybils": a thing or people so named, no method)
    if (NOT_METHOD_NAMED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // ("The proposed LESSON attack framework includes three key designs, namely Perturbing State Variables, ...": parts listed)
    if (/namely/i.test(m[0]) && PARTS_BEFORE_NAMELY.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // ("the mean time to detection, abbreviated to MTTD", "industrial control systems (abbreviated by ICS)":
    // abbreviating names a method only after a method's head noun: "a Siamese network architecture (abbreviated by X)")
    if (/abbreviated|shortened/i.test(m[0]) && (!ABBREVIATED_HEAD.test(text.slice(Math.max(0, m.index - 60), m.index)) ||
      /\b(?:systems|rate|time|detection|score|error)\b[\s,(]*$/i.test(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
    // ("we propose an enhanced detection model known as X": "known as" names the paper's own object right after its
    // proposal verb; not what is known so, "a phenomenon known as "hallucination"", "the method known as TimeVQVAE")
    if (/^known/i.test(m[0]) && !KNOWN_AS_PROPOSED.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
    // ("a ... neural network, designated as LGFN": designating names a method only after a method's head noun; not
    // "the samples designated as NG", "regions designated as ROI")
    if (/designated/i.test(m[0]) && !DESIGNATED_HEAD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    let name: string | undefined;
    let shape: Shape = 'none';
    const quoted = /^["“'‘]/.test(m[0].slice(-1)) ? /^([^"”'’]{2,40})["”'’]/.exec(text.slice(at)) : null;
    // (the sentence's stop inside the quotes is no part of the name: 'referred to as “glitches.”')
    if (quoted) quoted[1] = quoted[1].replace(/[.,;:!?]+$/, '');
    // (the definition must open the name: not "called GNNSE that integrates ... with graph neural networks (GNNs)")
    // (not one after the name's own parenthesis: "called MENSA (anoMaly dEtection aNd claSsificAtion) adopts a novel
    // Autoencoder-Generative Adversarial Network (GAN) architecture")
    if (!quoted && /^[^,.;()]{0,80}\(/.test(text.slice(at)) && acronymDefs(text).some((d) => d.start <= at + 80 && d.end > at &&
      !/^[A-Za-z0-9][\w+-]*\s+(?:that|which)\s/.test(text.slice(at, Math.max(at, d.start))) && !text.slice(at, Math.max(at, d.start)).includes('('))) continue;
    // ("an index called Internal, Relative Evaluation of Outlier Solutions (IREOS)": a long form that opens at the name, a
    // comma inside it, is the acronym's, which the definitions read)
    if (!quoted && /^[^.;()]{0,80}\(/.test(text.slice(at)) && acronymDefs(text).some((d) => d.longForm !== undefined && d.start <= at && d.end > at && d.longForm.includes(','))) continue;
    // "referred to as 'outlier nodes'": a quoted phrase of lower-case words is a term, not a name
    // ("the so-called "near-distribution" setting": a hyphenated compound of lower-case words too)
    // (not "a classifier called "confident-classifier"": a name the sentence gives to a thing)
    if (quoted && /^[a-z][a-z\s-]*$/.test(quoted[1]) && (quoted[1].includes(' ') || (quoted[1].includes('-') && /\bso-called\s*["“'‘]$/i.test(text.slice(Math.max(0, at - 12), at))))) continue;
    // ("collectively referred to as "hallucinations"", "commonly called "outliers"", "typical patterns within trained data,
    // named "normality"": a quoted word in lower case, no hyphen or digit, is a term or a notion, not a name)
    // (not after the head noun of a method: "an approach called "spotlighting"" names it)
    // (an English word: one the lexicon of words knows, or with the ending of an abstract noun; not a coined
    // "zorblib", which names)
    // (or a plural, "referred to as “glitches.”": things so called are a kind, not a method's name)
    if (quoted && /^[a-z]+$/.test(quoted[1]) && (vocab.isKnownWord(quoted[1]) || vocab.isKnownWord(quoted[1].replace(/s$/, '')) || /[^s]s$/.test(quoted[1]) || ABSTRACT_NOUN.test(quoted[1])) &&
      !METHOD_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (quoted) {
      name = quoted[1].replace(/[.,;]+$/, '');
      shape = 'phrase';
      // ('a so-called "incomplete event (IE)"': a long form with its acronym, quoted, is read as such above)
      const def = /^(.+?)\s*\(([A-Za-z0-9][\w-]*)\)$/.exec(name);
      if (def && isAcronymShaped(def[2]) && findLongForm(def[2], def[1]) !== undefined) continue;
    } else {
      const seq = capSequenceAt(text, at);
      const tok = nameAt(text, at);
      if (seq && seq.includes(' ') && /^\s*\(/.test(text.slice(at + seq.length))) continue; // long form (ACR): handled above
      // ("named Auxiliary Range Expansion for Outlier Synthesis, or ARES": the long form of the short name after it,
      // read whole by ourNamePass; its words up to the preposition are no name)
      if (seq && seq.includes(' ') && LONG_FORM_THEN_SHORT.test(text.slice(at + seq.length))) continue;
      if (tok) {
        shape = shapeOf(tok);
        name = tok;
        // (a strong first word too where the title repeats the phrase: "called H-Alpha Anomalyzer" under the
        // title "H-Alpha Anomalyzer: ...")
        // ("..., called SAM-enhanced PSD": a first word ending in a hyphened modifier opens the name)
        if (seq && seq.includes(' ') && (shape !== 'strong' || titleLower.includes(seq.toLowerCase()) || modifierToken(tok)) && looksLikeNamePhrase(seq)) {
          name = seq;
          shape = 'phrase';
        }
      }
    }
    // ("neurological disorders, namely Parkinson’s disease, Diplegia, ...": a person's name in the possessive before a noun
    // names a disease or a law, no method)
    if (name && !quoted && /^['’]s\s+[a-z]/.test(text.slice(at + name.length))) continue;
    // ("which we call tabfraud-ens,": a coined name in lower case after a verb of naming)
    // (a digit or a short coined part: not "fine-grained", "glitches")
    // (or a coined word of software: "We also introduce software called gnnad.", "a Python package named pyzorb")
    if (name && shape === 'none' && !quoted && coinedLower(name, vocab) && (/\d/.test(name) || name.split('-').slice(1).some((w) => w.length <= 4 && !vocab.isKnownWord(w)) ||
      /\b(?:software|package|library|toolkit|toolbox|tool)\s*,?\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) &&
      /^\s*[,.;)]/.test(text.slice(at + name.length))) shape = 'weak';
    // ("a novel Transformer network called non-stationary Transformer is proposed": lower-case words, then a capitalised
    // one, ending the phrase, are the name whole)
    if ((!name || shape === 'none') && !quoted) {
      const lm = LOWER_THEN_CAPITAL.exec(text.slice(at));
      // (after a kind of method the naming verb names: "a ... network called ...", "an approach, referred to as ...";
      // not "which is called spam SMS", "We call this proposal X")
      if (lm && !lm[1].split(/\s+/).slice(0, -1).some((w) => FUNCTION_WORDS.has(w) || KIND_NOUN.test(w)) && KIND_BEFORE_NAMING.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        name = lm[1];
        shape = 'phrase';
      }
    }
    if (!name || shape === 'none' || generic(name)) continue;
    // (unless a kind of method names it right before, and the name ends its phrase: "a ... detection method called Anchor,
    // which ...", "a tool called Jittery.", "a web-based monitoring system, called Monet,")
    if (shape === 'weak' && vocab.isKnownWord(name.toLowerCase()) && !quoted && !(KNOWN_WORD_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^\s*(?:[,.;:)]|$|\s+(?:that|which|to|for|is|was|can|uses?|leverag\w*)\b)/.test(text.slice(at + name.length)))) continue;
    // ("the so-called Industry 4.0", "the so-called Web 2.0": a capitalised word and a point version name an era, no method)
    if (shape === 'weak' && !quoted && /so[- ]$/i.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^ \d\.\d\b/.test(text.slice(at + name.length, at + name.length + 5))) continue;
    // ("three test-time adaptation methods, namely TENT, EATA and SAR": "namely" opening a list names others' work, not the
    // paper's own)
    // (datasets so listed are read as data: "on three datasets, namely A, B and C")
    if (/namely/i.test(m[0]) && !quoted && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z0-9]/.test(text.slice(at + name.length)) &&
      !/\b(?<!\bwe\s)(?:datasets?|benchmarks?|corpora|corpus|data)\b[^.;]{0,60}$/i.test(text.slice(0, m.index))) {
      // ("we ... propose two new efficient algorithms, namely, Graph-IHT and Graph-GHTP, to ...": the paper's own new ones)
      if (NEW_COUNTED_PROPOSAL.test(text.slice(0, m.index))) {
        for (const n2 of listAt(text, at)) {
          if (shapeOf(n2) === 'strong' && !generic(n2)) out.push({ surface: n2, kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'naming', shape: 'strong' });
        }
      }
      continue;
    }
    const before = text.slice(0, m.index);
    // "a loss function named Drift-Resilient Binary Cross-Entropy", "a module called X": a named part, no method
    if (PART_BEFORE_NAMING.test(before)) continue;
    // ("a gap we call the Detection Gap", "a phenomenon we term Early-step Activation Variation": a finding the paper
    // names, no method)
    if (PHENOMENON_BEFORE_NAMING.test(before)) continue;
    // "a dataset called X", "namely Texture AD benchmark": a data word before or right after the name
    // ("experiments on four benchmark datasets show that our approach, named X": the approach is named)
    // ("the first audio-visual dataset for traffic anomaly detection taken from real-world scenes, called MAVAD")
    // (not past the paper's own words: "experiments on the MVTec AD benchmark demonstrate ... our design, called X")
    // ("a new 18-month dataset from 40 buildings, which we name SmartBldg-18": the clause names the data)
    // ("a new set of 500 annotated intersections, called Cross-VAD": a new set of things)
    // (the last data word before the name: "two datasets: a SIXray dataset ... and our dataset, named CargoX")
    let dataBefore = /\b(?:dataset|benchmark|corpus|data set|catalog(?:ue)?|new set of|new collection of)s?\b(?![^,.;]*\b(?:dataset|benchmark|corpus|data set)s?\b)([^,.;]{0,80}),?\s*(?:which\s+)?$/i.exec(before);
    if (dataBefore && dataBefore[1].length > 30 && OWN_OR_VERB.test(dataBefore[1])) dataBefore = null;
    // ("We collect 3,100 radiographs ..., which we call VinShift", "We call this collection X": what was collected is named)
    const collected = COLLECTED_THEN_NAMED.test(before) || /\b(?:collection|corpus|dataset|database)\s*$/i.test(m[0].replace(/\s+(?:as|it)\s*$/i, ''));
    const kind: CandidateKind = collected || (dataBefore !== null && !/\b(?:approach|method|model|framework|system|network|detector|algorithm|pipeline|architecture|tool)\b/i.test(dataBefore[1])) ||
      // ("We name it NeuroSynGait video dataset": a word or two of what the data hold before the data word)
      /^\s*(?:(?!(?:for|of|on|in|with|to|and|or|that|which|from|by)\b)[a-z][\w-]*\s+){0,2}(?:dataset|benchmark|corpus|database)s?\b/i.test(text.slice(at + (quoted ? quoted[0].length : name.length))) ? 'dataset' : 'method';
    // ("The method, called Binoculars, ..." under the title "Spotting LLMs With Binoculars": the title names it too)
    // ("The whole network is termed as P-Net" under the title "... with P-Net for ...": so too)
    // ("The introduced approach, called TSAD-C", "This framework, named X": the paper's own; not "introduced by Liu et al.")
    // ("The model, referred to as FlawNet, ...": an abstract's sentence that opens on "The model," and names it
    // names the paper's own model)
    // ("we compare against a standard baseline called X": existing work the paper compares with)
    // ("We compare our approach against a strong baseline called X": the last word of existing work before the name
    // decides, unless the paper's own words follow it: "Compared with existing methods, our new approach, called X")
    // ("The model, referred to as X, was proposed by Kim et al.", "X in the literature": someone else's)
    const afterName = text.slice(at + (quoted ? quoted[0].length : name.length));
    // ("we compare the patches to the prompts using a zero-shot image-text matching model, called CLIP": what the paper
    // uses, so named, is existing work; not "using a novel network, called X", "We propose a novel solution using the
    // concept of mix-up technique for novelty detection, termed as Segregation Network")
    // ("We compare this new technique with another sequence-based approach called MOCS": another's, not this one)
    // ("A naive text-similarity baseline we call TxTemb": what the authors call so is theirs, whatever the words before)
    // (not following others: "Following prior work, we call such a teacher-student approach STPM")
    const weCall = /^we\s+(?:call|term|name|dub)\b/i.test(m[0]) && !FOLLOWING_START.test(text) && !MADE_ELSEWHERE_BEFORE.test(before);
    if (!weCall && ((priorNamed((before + m[0].replace(/^we\s+/i, '')).slice(-100)) || FOLLOWING_START.test(text)) && !PROPOSED_AFTER_NAME.test(afterName)) || PRIOR_AFTER_NAME.test(afterName) || COMPARED_NAMELY.test(before + m[0]) ||
      ANOTHER_KIND_BEFORE.test(before) || restsOnNamed(before, m[0]) || MADE_ELSEWHERE_BEFORE.test(before) || MADE_BY_NAMED.test(before) || USED_TOOL_NAMED.test(before) ||
      // (nor "we present the first ... approach using the MapReduce-based infrastructure, called DOD": the paper's approach)
      (before.includes(',') && USED_THEN_NAMED.test(before.slice(-90)) && !/\b(?:propos|novel|our|(?:we|this paper|this work)\s+(?:present|introduce|develop|design)s?\b|the first\b)/i.test(before))) {
      out.push({ surface: name, kind, own: false, confidence: 0.85, sentence: s, rule: 'naming', shape });
      continue;
    }
    // ("a log anomaly detection framework called X is proposed", "the resulting framework, dubbed X": the paper's own)
    // ("The model is named RATAD.", "The detector, called TwinGuard, combines ...", "It is named ProvMAE.": a sentence that
    // opens on the thing it names, after the paper's own proposal, names the paper's own)
    // (after the proposal only, and not under a title that goes beyond or revisits someone's method: "Beyond PatchCore: ...")
    // ("The catalogue, named EuclidQ1-Anom, is released to the community": data the paper releases)
    // ("validations on audio-visual deepfake datasets, namely A, B, C, and D, demonstrate the efficacy of our approach":
    // data listed after "namely" is the paper's own only when the words before say it made them)
    // (a list of two too: "on two medical image data sets, namely BRATS2020 and LUNA16 and compare our method with ...")
    const dataList = kind === 'dataset' && /namely/i.test(m[0]) && !quoted && /^\s*(?:,|and\s)/.test(afterName);
    // ("using two publicly available datasets called Dataport and HUE": data the paper uses, named, is not its own)
    const usedData = kind === 'dataset' && USED_DATA_BEFORE.test(before) && !OWN_DATA_BEFORE.test(before);
    // ("we employ a new transformer-based model called TranAD": a new thing put to use is someone's, however new; not what the
    // paper designs, "we design a new detector called X")
    const usedNew = !weCall && USE_NEW_BEFORE.test(before) && !/\b(?:our|propos\w*|we (?:design|develop|introduce|present|build))\b/i.test(before);
    const own = usedData || usedNew ? false : dataList ? OWN_DATA_BEFORE.test(before) || RELEASED_AFTER_NAME.test(afterName) : (kind === 'dataset' && RELEASED_AFTER_NAME.test(afterName)) || (p.proposedBefore === true && (THE_KIND_NAMED.test(before.trim()) || ONE_OF_THEM_NAMED.test(before.trim())) && !PRIOR_TITLE.test(ctx.title.text)) ||
      // ("Then, this SAM trained model can be integrated with any ... method ..., called SAM-enhanced PSD": after the paper's
      // proposal, a sentence opening on "this" goes on with the paper's own)
      // ("A naive text-similarity baseline we call TxTemb", "The main contribution is a computational scheme, called Reservoir
      // Transfer": a name the authors give, or their contribution's)
      (OWN_HINT.test(text) || PROPOSED_AFTER_NAME.test(afterName) || weCall || CONTRIBUTION_NAMED_BEFORE.test(before) || (p.proposedBefore === true && THIS_OPENING.test(text)) || /\bthe resulting (?:method|approach|framework|model|system|algorithm|detector|network|pipeline),?\s*$/i.test(before) ||
      // ("..., resulting in a robust framework named PDR": what the paper's work results in)
      /\b(?:resulting in|yielding|leading to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:method|approach|framework|model|system|algorithm|detector|network|pipeline)\s*,?\s*$/i.test(before) || /\b(?:novel|new|proposed|(?:introduced|presented)(?!\s+by\b))\b/i.test(before) ||
      /^this (?:method|approach|framework|model|system|algorithm|technique|network|architecture|pipeline),?$/i.test(before.trim()) ||
      (/^The (?:method|approach|framework|model|system|algorithm|technique|network|architecture|pipeline),$/.test(before.trim()) && !PRIOR_TITLE.test(ctx.title.text)) ||
      ((/^the (?:method|approach|framework|model|system|algorithm|technique),?$/i.test(before.trim()) || /^the (?:whole |overall |resulting |entire )?(?:method|approach|framework|model|system|algorithm|technique|network|architecture|pipeline)\s+(?:is|was)$/i.test(before.trim())) &&
        inTitleWords(titleLower, name) && !PRIOR_TITLE.test(ctx.title.text)));
    // ("introduces a new metric, termed Zorb-Score": a metric so named is a proposed metric)
    out.push({ surface: name, kind, own, confidence: 0.85, sentence: s, rule: 'naming', shape, head: /\bmetrics?\s*,?\s*$/i.test(before) ? 'metric' : undefined });
    // "we configured four datasets, namely ADFA-U, LOGEVOL-U and SynHDFS-U": every name of the list
    // ("two publicly available datasets called Dataport (Pecan Street) and HUE": and the other one)
    const andNext = usedData && !quoted ? USED_DATA_AND_NEXT.exec(text.slice(at + name.length)) : null;
    if (andNext && shapeOf(andNext[1]) === 'strong' && !generic(andNext[1])) out.push({ surface: andNext[1], kind, own, confidence: 0.8, sentence: s, rule: 'naming', shape: 'strong' });
    if (kind === 'dataset' && !quoted && /^\s*,/.test(text.slice(at + name.length))) {
      for (const n2 of listAt(text, at).slice(1)) {
        if (shapeOf(n2) === 'strong' && !generic(n2)) out.push({ surface: n2, kind, own, confidence: 0.8, sentence: s, rule: 'naming', shape: 'strong' });
      }
    }
  }
}

/** A sentence opening on "this" or "these" (after a linking adverb: "Then, this ..."). */
const THIS_OPENING = /^(?:(?:Then|Thus|Next|Finally|Hence|Therefore|Consequently|In turn),?\s+)?(?:this|these)\s/i;

/** "the " before a capitalised name and the kind it names: "the Weeg algorithm". */
const THE_BEFORE_NAME_KIND = /^(?:the\s+(?=[A-Z][\w-]*\s+(?:algorithm|method|approach|model|framework|system|technique|scheme|detector|index|score|metric)\b)|an?\s+(?=(?:[A-Z][\w-]*\s+){1,3}(?:algorithm|method|approach|model|framework|system|technique|scheme|detector|network)\b))/;

/** "called the memory-augmented autoencoder, i.e. MemAE"; "the proposed MemAE", "our ResAD++". */
function ourNamePass(p: SentencePass): void {
  const { vocab, generic, out, s, text, fl } = p;
  IE_NAME.lastIndex = 0;
  for (let m = IE_NAME.exec(text); m; m = IE_NAME.exec(text)) {
    if (shapeOf(m[2]) !== 'strong' || generic(m[2])) continue;
    out.push({ surface: m[2], longForm: m[1], kind: 'method', own: true, confidence: 0.85, sentence: s, rule: 'naming', shape: 'strong' });
  }
  OUR_NAME.lastIndex = 0;
  for (let m = OUR_NAME.exec(text); m; m = OUR_NAME.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    // ("The proposed Proser": a capitalised word that is no English word; kept only for a name known otherwise)
    // ("using our novel proposed Soft Brownian Offset method": a name of several capitalised words before a whole method's
    // head, after the paper's own words)
    if ((m[1] || !m[0].startsWith('ur', 1)) && /^\s+[A-Z]/.test(rest)) {
      const at = m.index + m[0].length - m[2].length;
      const run = CAP_RUN_HEAD.exec(text.slice(at));
      if (run && !generic(run[1]) && !vocab.isLexiconName(run[1]) && !inDefinition(text, fl, at)) {
        out.push({ surface: run[1], kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'ours-proposed', shape: 'phrase' });
        continue;
      }
    }
    const sh = shapeOf(m[2]);
    if (!(sh === 'strong' || (sh === 'weak' && !vocab.isKnownWord(m[2].toLowerCase()))) || generic(m[2]) || /^\s*\(/.test(rest)) continue;
    if (/^[\s-]+(?:dataset|benchmark|data|corpus)/i.test(rest)) continue;
    // "the proposed LSS module", "the proposed DFM criterion": a named part; "the proposed DeepWaves Ensemble":
    // the name goes on
    const nextWord = /^\s+([A-Za-z]+)/.exec(rest)?.[1];
    // ("The proposed IsoMax loss is isotropic": a loss of the paper's, its method if it proposes nothing else)
    if (nextWord === 'loss' && sh === 'strong' && !m[0].startsWith('he resulting', 1)) {
      out.push({ surface: m[2], kind: 'method', own: true, confidence: 0.75, sentence: s, rule: 'ours-loss', shape: sh });
      continue;
    }
    if (nextWord && (vocab.partHeads.has(nextWord.toLowerCase()) || PART_AFTER_OURS.has(nextWord.toLowerCase()) || /^[A-Z]/.test(nextWord))) continue;
    // "Our novel Classification-Reconstruction learning for Open-Set Recognition (CROSR)": the first word of a long form
    const nameStart = m.index + m[0].length - m[2].length;
    if (inDefinition(text, fl, nameStart)) continue;
    // kind unknown: "the proposed 3CAD" may be the paper's dataset; the extractor merges it with what it names.
    // "our X" alone needs the name found otherwise too; "our proposed X" names the paper's own.
    // ("Our CalibAD framework converts ...", "The proposed SkipDrop strategy is ...": the name before the head of a whole method)
    if (sh === 'strong' && nextWord && OWN_WHOLE_HEAD.test(nextWord) && !vocab.isLexiconName(m[2]) && !/[-‐](?:based|pretrained|pre-trained|like|style)$/i.test(m[2])) {
      out.push({ surface: m[2], kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'ours-proposed', shape: sh });
      continue;
    }
    // ("In the resulting MC-MIL algorithm we apply ...": only before the head of a whole method)
    if (m[0].startsWith('he resulting', 1)) continue;
    out.push({ surface: m[2], kind: 'unknown', own: true, confidence: 0.7, sentence: s, rule: m[1] || /^.he (?:newly )?proposed/.test(m[0]) ? 'ours-proposed' : 'ours-name', shape: sh });
  }
  // "Our approach SelfOracle is based on ...", "our proposed method ANEMONE": the paper's kind of method, then its name
  if (!(fl & T_OURS)) return;
  OUR_KIND_NAME.lastIndex = 0;
  for (let m = OUR_KIND_NAME.exec(text); m; m = OUR_KIND_NAME.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (shapeOf(m[1]) !== 'strong' || generic(m[1]) || vocab.stop.has(normLetters(m[1])) || m[1].length < 3 || PLURAL_ACRONYM.test(m[1]) || /^\s*\(/.test(rest)) continue;
    const nextWord = /^\s+([A-Za-z]+)/.exec(rest)?.[1];
    if (nextWord && (vocab.partHeads.has(nextWord.toLowerCase()) || PART_AFTER_OURS.has(nextWord.toLowerCase()) || /^[A-Z]/.test(nextWord))) continue;
    out.push({ surface: m[1], kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'ours-proposed', shape: 'strong' });
  }
}

/** Head nouns of a whole method after "our NAME" (not "baseline": "our PatchCore baseline" is someone's). */
const OWN_WHOLE_HEAD = new RegExp(`^(?:${WHOLE_KIND_SRC}|strategy|scheme)$`);
/** "Our approach SelfOracle", "our proposed method ANEMONE", "the proposed framework ZorbNet" (no comma: OURS reads that). */
const OUR_KIND_NAME = new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he proposed)\s+(?:(?:proposed|novel|new)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:${WHOLE_KIND_SRC})\s+(${NAME_SRC})\b`, 'g');

/** "a novel ... method based on structural commonality, CIF (" right after the proposal verb (sticky: read at its end). */
const PROPOSED_TAIL_NAME = new RegExp(String.raw`\s*(?:a|an)\s+(?:[\w-]+\s+){0,8}?(?:method|framework|approach|model|system|algorithm|detector|pipeline|architecture|network)\s+(?:based on|for|with|via|using|built on)\s+[^,;:()]{1,60}?,\s+(${NAME_SRC})\s*(?=\(|[.;]|$|,\s*(?:which|that|to|for|and)\b)`, 'y');
/** "We turn / integrate / combine / distil ... into a ... NOUN, X" or "into X, a ... NOUN". */
const INTO_NAME = new RegExp(String.raw`\b(?:[Ww]e|[Tt]his (?:paper|work|thesis|study)|[Tt]he (?:first|second|third|final|last) part)\s+(?:[\w-]+\s+){0,2}?(?:turn|turns|integrate|integrates|combine|combines|distil|distill|distils|distills|fuse|fuses|assemble|assembles|package|packages|cast|casts|build|builds|incorporate|incorporates)\s+(?:[\w-]+\s+){0,6}?into\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s*,\s+(${NAME_SRC})\s*(?=[,.;(]|$|which|that)|(${NAME_SRC}),\s+(?:a|an)\s+(?!(?:popular|existing|widely|well-known|standard|common|open-source|public|commercial|mature)\b))`);
/** Right after the proposal verb: "a/an ... NOUN, X,"  then a relative clause or the end (sticky). */
const PROPOSED_NOUN_APPOS = new RegExp(String.raw`\s*(?:a|an)\s+(?:[\w-]+\s+){0,5}?[a-z][\w-]*\s*,\s+(${NAME_SRC})\s*(?=[,.;(]|$|(?:which|that|in which|where|to)\b)`, 'y');
/** Right after the proposal verb: "a/an ... MODEL, Capitalised Words," then a clause (sticky). */
const KIND_APPOS_PHRASE = new RegExp(String.raw`\s*(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:${WHOLE_KIND_SRC})\s*,\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})\s*(?=,|\.|;|\s(?:which|that)\b)`, 'y');
/** Right after the proposal verb: "a/an ... METHOD, Long Form Words, or SHORT," then a clause (sticky). */
const KIND_APPOS_OR_SHORT = new RegExp(String.raw`\s*(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:${WHOLE_KIND_SRC})\s*,\s+([A-Z][^,.;:()]{2,90}?),?\s+or\s+(${NAME_SRC})\s*(?=,|\.|;|\s(?:which|that)\b)`, 'y');
/** "two models—ForeNet-2d and ForeNet-3d—are proposed": a counted kind, its names between dashes, a passive proposal. */
const DASHED_PROPOSED_LIST = new RegExp(String.raw`\b(?:two|three|four)\s+(?:new\s+|novel\s+)?(?:[\w-]+\s+)?(?:models|methods|approaches|algorithms|variants|frameworks|detectors)\s*[—–]\s*(${NAME_SRC}(?:,\s*${NAME_SRC})*,?\s+and\s+${NAME_SRC})\s*[—–]\s*are\s+proposed\b`);
/** A second proposal verb coordinated with the first: "... and propose", ", and further introduce". */
const NEXT_PROPOSAL = /(?:,\s*|\s)(?:and|then)\s+(?:(?:also|further|then|finally)\s+)?(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|devise|devises)\s+/g;
/** "and" going on in capitals to an acronym in parentheses: " and Road Network Interaction Anomaly Detection model (MTRI)". */
const AND_LONG_FORM_GOES_ON = /^\s+and\s+[A-Z][^,.;:()]{0,90}\(\s*[A-Z][\w-]*\s*\)/;
/** Right after a name: a comma, a stop or a relative clause sets it off as a whole. */
const SET_OFF_AFTER = /^\s*(?:[,.;]|which\b|that\b|to\b)/;
/** A capitalised phrase ending on a short data word, a benchmark's name: "RFC Bench", "ZQX Suite" ("We introduce RFC Bench, a benchmark"). */
const BENCH_WORD_END = /^[A-Z][\w-]*\s(?:Bench|Suite)$/;
/** A capitalised phrase ending on a tool's head, a tool's name: "IPD Integrity Tool" ("we developed the IPD Integrity Tool for ..."). */
const TOOL_WORD_END = /^[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}\s(?:Tool|Toolkit|Toolbox)$/;
/** A first word that ends in a hyphened participle or modifier ("Severity-Regularized", "CLIP-Driven", "Graph-Based"). */
const HYPHENED_MODIFIER_FIRST = /^[A-Z][\w]*(?:[-‐][A-Za-z]+)*[-‐](?:[A-Z][a-z]+ed|[Bb]ased|[Gg]uided|[Dd]riven|[Aa]ware|[Ff]ree|[Ee]nhanced|[Aa]ugmented|[Cc]onditioned|[Ii]nformed|[Aa]ssisted|[Pp]owered)$/;
/** A version written after a name with a space: " v2", " V3.1", " 2.0" (not a figure: " 2.0%", " 2.0 times"). */
const SPACED_VERSION_AFTER = /^ (?:[vV]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})(?=[,.;:)]|\s+(?:which|that|a|an|is|to|for|with)\b)/;

/** A parenthesis right after a name ("OS-Det3D (Open-set ...)"): its own long form or gloss. */
const OWN_PAREN = /^\s*\([^()]{1,120}\)/;
/** "(Open-set Camera 3D Object Detection), a two-stage training framework": a parenthesis after a name, then the name set off. */
const PAREN_THEN_APPOS = new RegExp(String.raw`${OWN_PAREN.source}(?=\s*,\s+(?:a|an)\s)`);
/** What follows a name past a parenthesis of its own, where an apposition would say what it is. */
function pastOwnParen(follow: string): string {
  const m = OWN_PAREN.exec(follow);
  return m ? follow.slice(m[0].length) : follow;
}
/** Names a proposal verb introduces: "we propose X which", "we introduce X, a novel benchmark". */
function proposalPass(p: SentencePass): void {
  const { vocab, generic, ownMain, out, s, text, fl, proposeMatch, component } = p;
  // ("We study class-incremental intrusion detection, where attack classes arrive over time, and propose X, which ...": a
  // proposal verb coordinated with the paper's sentence after a first clause too long for PROPOSE)
  const pm = proposeMatch ?? IMPLEMENT_NAME.exec(text) ?? (s.index > 0 ? COORD_PROPOSE.exec(text) : null);
  if (pm) {
    // the proposal's object, right after its verb
    const objectAt = (offset: number): void => {
      // ("we propose and implement Cerebro to detect ...": a second verb coordinated with the proposal's, before its object)
      const coordVerb = /^\s+and\s+(?:implement|develop|design|build|evaluate|validate|release)\s+(?=[A-Z])/.exec(text.slice(offset));
      if (coordVerb) offset += coordVerb[0].length;
      const after = text.slice(offset);
      const det = PROPOSED_DET.exec(after);
      const at = offset + (det ? det[0].length : 0);
      const seq = capSequenceAt(text, at);
      let tok = nameAt(text, at);
      const follow = (len: number) => text.slice(at + len);
      // "we propose a CLIP and SAM collaboration framework called ClipSAM": names coordinated inside an
      // indefinite description are what it combines, not its name
      if (tok && det && /\b(?:a|an)\s/i.test(det[0]) && COMBINED_HEAD.test(follow(tok.length))) tok = undefined;
      // ("We propose Zorb v2, a ...", "we present Zorb 2.0, which ...": a version after a space is part of the name)
      const spacedVersion = tok ? SPACED_VERSION_AFTER.exec(follow(tok.length)) : null;
      if (tok && spacedVersion) tok += spacedVersion[0];
      // ("We propose Zorb-X based on CLIP", "We introduce Zorb-X, using ...": what the proposal is built on or with follows its name)
      // ("Additionally, we introduce LLM-CMAE, which integrates ...", "We further introduce Adaptive Verified TPSC, which ...": a
      // name right after the verb of a sentence that adds to the proposal, not one set off as a part, is a second whole)
      const addedWhole = (len: number) => ALSO_START.test(text) && !(det && det[0].trim()) && !PART_APPOS_AFTER.test(follow(len));
      const endOk = (len: number) => /^\s*(?:[,.;:)]|which|that|with|to|for|as|in|by|and|—|–|-{1,2}\s|$)/.test(follow(len)) || /^\s+(?:is|was|a|an|based on|built (?:up)?on|on the basis of|on top of|using|leveraging|via|through)\b/.test(follow(len));
      const phraseHead = seq && seq.includes(' ') ? NAMED_HEAD_AFTER.exec(follow(seq.length)) : null;
      // ("This paper presents the SZU-AFS anti-spoofing system", "We propose the AntiBenford subgraph framework": after
      // "the" or "our", lower-case words may come between the name and the head of a whole method)
      const tokHead = tok && !phraseHead ? NAMED_HEAD_AFTER.exec(follow(tok.length)) ??
        (det && /^\s*(?:the|our)\s+$/i.test(det[0]) ? DESCRIBED_HEAD_AFTER.exec(follow(tok.length)) : null) : null;
      // "we present Zorb Quux for Anomaly Detection (ZQ-AD)": the words start a long form, the acronym is the name
      if (inDefinition(text, fl, at)) {
        // handled by the acronym definitions
      } else if (seq && seq.includes(' ') && (fl & T_PAREN) !== 0 && acronymDefs(text).some((d) => d.longForm !== undefined && d.start > at && d.start < at + seq.length && d.end > at + seq.length)) {
        // ("we propose a novel Dual Hyperbolic Contrastive Learning for Unsupervised Graph-Level Anomaly Detection (HC-GLAD)":
        // the acronym's long form starts inside the phrase; the acronym is the name, the phrase no other)
      } else if (seq && seq.includes(' ') && initialsLead(seq, follow(seq.length))) {
        // ("we propose Spectral Invariant Learning for Dynamic Graphs under Distribution Shifts (SILD)": the phrase opens a
        // long form too long to be read as one; the acronym after it is the name)
      } else if (seq && phraseHead && isCapitalisedName(seq, generic)) {
        // "we introduce a Dual-Image Enhanced CLIP approach": the capitalised phrase before the head
        // noun is the name, even when it ends in a known model's name or a word reads as a verb
        out.push({ surface: seq, kind: vocab.datasetHeads.has(phraseHead[1].toLowerCase()) ? 'dataset' : 'method', own: !component, part: component, confidence: 0.75, sentence: s, rule: 'propose-phrase', shape: 'phrase' });
      } else if (tok && tokHead && shapeOf(tok) === 'strong' && !generic(tok) && !modifierToken(tok) &&
        // ("we build FedIoT platform that ...": a platform or a toolkit is named by a coined word, not by plain capitals: "a DT platform")
        (!/^(?:platform|toolkit)$/i.test(tokHead[1]) || /[a-z]/.test(tok)) &&
        !tok.split(/[-‐]/).every((p) => generic(p) || /^\d+D$/i.test(p)) && !hyphenedDescriptor(tok, generic, vocab)) {
        // "we introduce a novel ZQ-TSAD approach": a name-shaped token right before a method head noun
        // ("Finally, ..., we propose the ALoRa-Loc method": a whole method's head names a second method, no part)
        // ("We also introduce the CodeHaluEval benchmark, which ...": data released beside the method is no part of it)
        if (!(component && !WHOLE_METHOD_HEAD.test(tokHead[1]) && !vocab.datasetHeads.has(tokHead[1].toLowerCase()) && (ownMain || ownMethodIn(out)))) {
          out.push({ surface: tok, kind: vocab.datasetHeads.has(tokHead[1].toLowerCase()) ? 'dataset' : 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-head', shape: 'strong' });
        }
      } else if (tok && !generic(tok) && shapeOf(tok) === 'none' && coinedLower(tok, vocab) &&
        LOWER_NAME_APPOS.test(follow(tok.length))) {
        // "We introduce sigllm, a framework for ...": a coined lower-case name the proposal defines
        out.push({ surface: tok, kind: kindAfter(follow(tok.length), vocab), own: !component, part: component, confidence: 0.75, sentence: s, rule: 'propose', shape: 'weak' });
      } else if (tok && !generic(tok) && !(modifierToken(tok) && /^\s+[a-z]/.test(follow(tok.length)))) {
        // (not a modifier of what follows: "we developed a GPT-4o-based tool" uses GPT-4o)
        // ("we propose Dinomaly-m, a ... extension of Dinomaly": a known method's name with a short lower-case suffix
        // is a new variant's name)
        const variantOfKnown = /^([A-Z][A-Za-z0-9]+)[-‐]([a-z0-9]{1,3})$/.exec(tok);
        const sh = variantOfKnown && shapeOf(tok) === 'none' && vocab.isLexiconMethod(variantOfKnown[1]) ? 'strong' : shapeOf(tok);
        // ("This paper introduces Severity-Regularized Deep Support Vector Data Description, an extension of ...": a first word
        // that ends in a hyphened participle or modifier opens the capitalised phrase set off as a whole, never a name of its own)
        const modRun = seq && seq.includes(' ') && HYPHENED_MODIFIER_FIRST.test(tok) ? capSequenceAt(text, at, true) : undefined;
        if (modRun && SET_OFF_AFTER.test(follow(modRun.length)) && looksLikeNamePhrase(modRun)) {
          out.push({ surface: modRun, kind: kindAfter(follow(modRun.length), vocab), own: !component, part: component, confidence: 0.75, sentence: s, rule: 'propose-phrase', shape: 'phrase' });
        } else if (seq && seq.includes(' ') &&
          // (a phrase opening on a name-shaped word too where the title repeats it: "we propose a Dual-Domain Network." under
          // "... Using a Dual-Domain Network")
          (sh !== 'strong' || titleNamesWhole(p.titleLower, seq.toLowerCase()) || BENCH_WORD_END.test(seq) || TOOL_WORD_END.test(seq)) && !/^\s*\(/.test(follow(seq.length)) && endOk(seq.length) && looksLikeNamePhrase(seq) &&
          // (not the first half of a long form joined by "and": "a Multi-scale Temporal and Road Network Interaction Anomaly
          // Detection model (MTRI)")
          !AND_LONG_FORM_GOES_ON.test(follow(seq.length))) {
          // ("This paper presents the Nexar Dashcam Collision Prediction Dataset and Challenge": a name ending in a data word is data)
          // ("we construct a Near-miss Incident DataBase for anticipation": in any capitals)
          const kind = /\s(?:Dataset|Benchmark|Corpus|Data[Bb]ase|Challenge)$/.test(seq) || BENCH_WORD_END.test(seq) ? 'dataset' : kindAfter(follow(seq.length), vocab);
          out.push({ surface: seq, kind, own: !component || addedWhole(seq.length), confidence: 0.75, sentence: s, rule: 'propose-phrase', shape: 'phrase' });
        } else if ((sh === 'strong' || (sh === 'weak' && (!vocab.isKnownWord(tok.toLowerCase()) || NOVEL_APPOS.test(follow(tok.length)) ||
          // ("We propose Mirror, which reconstructs ...": an English word right after the verb, capitalised, then set off, is a name)
          (!(det && det[0].trim()) && ENGLISH_NAME_AFTER.test(follow(tok.length)))))) && ((endOk(tok.length) && !/^\s*\(/.test(follow(tok.length))) || PAREN_THEN_APPOS.test(follow(tok.length)))) {
          // (the words that say what it is come after a parenthesis of its own: "We present OS-Det3D (Open-set Camera 3D Object
          // Detection), a two-stage training framework")
          // ("Besides, we propose VAU-Bench, the first ... benchmark": data released beside the method is no part of it)
          // ("we therefore release DeepInspect-1M.": what a paper releases, unless said to be a method or a tool, is data)
          let kind = kindAfter(pastOwnParen(follow(tok.length)), vocab);
          // (not the method the title names: "Lynx: An Open Source Hallucination Evaluation Model ... We release LYNX, HaluBench and ...")
          // ("We curate QuuxSet, comprising 20 categories of defects", "we collect ZorbLogs": what is curated or collected is data)
          // (nor the method an earlier sentence proposed: "We propose TRANSCENDENT, a rejection framework ... we release
          // TRANSCENDENT as open source")
          if (kind === 'method' && /releas|curat|collect/i.test(pm[0]) && !RELEASED_TOOL.test(follow(tok.length)) && !p.ctx.title.text.toLowerCase().includes(tok.toLowerCase()) &&
            !out.some((c) => c.own && c.kind === 'method' && c.surface === tok)) kind = 'dataset';
          // ("Additionally, we introduce AARF, a method that mitigates ...", "We further introduce DRIFT, a supervised probe":
          // a second proposal set off as a whole method is no part of the first)
          // (so is a name addedWhole reads as a second whole)
          if (!(component && kind !== 'dataset' && !/Bench$/.test(tok) && (ownMain || ownMethodIn(out)) && !SECOND_WHOLE_APPOS.test(follow(tok.length)) &&
            !addedWhole(tok.length))) {
            out.push({ surface: tok, kind, own: true, confidence: 0.85, sentence: s, rule: 'propose', shape: sh });
            // "we introduce MVTec-AC and VisA-AC, refined versions of ...": a coordinated name is proposed too
            const co = /^\s+and\s+/.exec(follow(tok.length));
            const tok2 = co ? nameAt(text, at + tok.length + co[0].length) : undefined;
            if (tok2 && shapeOf(tok2) === 'strong' && !generic(tok2) && endOk(tok.length + co![0].length + tok2.length)) {
              out.push({ surface: tok2, kind, own: true, confidence: 0.8, sentence: s, rule: 'propose', shape: 'strong' });
            }
          }
        }
      }
    };
    const before = out.length;
    objectAt(pm.index + pm[0].length);
    // ("We present, GEM, the first heterogeneous graph neural network approach ...": the name set off by commas right
    // after the verb)
    if (out.length === before) {
      VERB_COMMA_NAME.lastIndex = pm.index + pm[0].length;
      const m = VERB_COMMA_NAME.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.isLexiconName(m[1])) {
        out.push({ surface: m[1], kind: 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose', shape: 'strong' });
      }
    }
    // ("we introduce the data-driven ARGOS metric", "we propose a graph-based ZorbNet framework": describing words in lower
    // case, then a coined name before the head of what is proposed)
    if (out.length === before) {
      DESCRIBED_OBJECT.lastIndex = pm.index + pm[0].length;
      const m = DESCRIBED_OBJECT.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && (COINED_SHAPE.test(m[1]) || /[A-Z]{2}/.test(m[1])) && !generic(m[1]) && !modifierToken(m[1]) && !/[-‐][a-z]+ed$/.test(m[1]) && !vocab.isLexiconName(m[1]) &&
        !m[1].split(/[-‐]/).every((x) => generic(x) || /^\d+D$/i.test(x)) && !hyphenedDescriptor(m[1], generic, vocab) &&
        !/\b(?:improved|modified|enhanced|extended|existing|standard|classic|classical|popular|pre-?trained|well-known|conventional|traditional|vanilla|original)\b/.test(m[0]) &&
        !m[0].trim().split(/\s+/).slice(1, -2).some((w) => FUNCTION_WORDS.has(w) || /^[a-z]+ed$/.test(w)) &&
        !(component && !vocab.datasetHeads.has(m[2].toLowerCase()) && (ownMain || ownMethodIn(out)))) {
        const head = m[2].toLowerCase();
        out.push({ surface: m[1], kind: vocab.datasetHeads.has(head) ? 'dataset' : 'method', own: true, confidence: 0.8, sentence: s, rule: 'propose-head', shape: 'strong', head: head === 'metric' || head === 'score' ? 'metric' : undefined });
      }
    }
    // ("We formulate test-time adaptation for graphs and propose OTTA-DGAD", "We design a new loss and propose X": the
    // first verb's object names nothing, the next proposal verb's may)
    if (out.length === before) {
      NEXT_PROPOSAL.lastIndex = pm.index + pm[0].length;
      const next = NEXT_PROPOSAL.exec(text);
      if (next) objectAt(next.index + next[0].length);
    }
    // "we propose a novel ... detection method based on structural commonality, CIF (Commonality In Few)": the name set
    // off at the end of the proposal's description
    if (out.length === before) {
      PROPOSED_TAIL_NAME.lastIndex = pm.index + pm[0].length;
      const m = PROPOSED_TAIL_NAME.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1])) {
        out.push({ surface: m[1], kind: 'method', own: !component, part: component, confidence: 0.8, sentence: s, rule: 'head-name', shape: 'strong' });
      }
    }
    // ("We propose a curriculum, BoundaryCurr, which schedules ...", "we propose a standardized protocol, VADBench-FM, in
    // which ...": a coined name set off right after the proposal's object, whatever its head noun)
    if (out.length === before) {
      PROPOSED_NOUN_APPOS.lastIndex = pm.index + pm[0].length;
      const m = PROPOSED_NOUN_APPOS.exec(text);
      if (m && shapeOf(m[1]) === 'strong' && !generic(m[1]) && !vocab.isLexiconName(m[1]) && !/\b(?:dataset|benchmark|corpus|database|suite|collection|set)\b/i.test(m[0]) &&
        !/^\s*,?\s*(?:of|with|containing|comprising)\s+\S+\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|images|videos|series|samples|recordings)\b/.test(text.slice(m.index + m[0].length))) {
        // (a version or variant the paper adds is a proposal of its own, in a sentence of parts too: "We also propose an
        // enhanced version, SpecDetect++, which ...")
        // (and so is an attack or a framework the sentence proposes whole: "In particular, we propose a powerful poisoning
        // attack, MetaC, against ...")
        out.push({ surface: m[1], kind: 'method', own: !component || VARIANT_NOUN.test(m[0]) || WHOLE_APPOS_NOUN.test(m[0]), confidence: 0.75, sentence: s, rule: 'head-name', shape: 'strong' });
      }
    }
    // ("This study developed an unsupervised learning model, Multi-Anomaly GAN, based on GAN with ...": a capitalised phrase
    // with a coined word set off right after a whole method's kind)
    if (out.length === before) {
      KIND_APPOS_PHRASE.lastIndex = pm.index + pm[0].length;
      const m = KIND_APPOS_PHRASE.exec(text);
      if (m && m[1].split(/\s+/).some((w) => shapeOf(w) === 'strong' && !generic(w) && !modifierToken(w)) && !generic(m[1]) && !vocab.isLexiconName(m[1]) && looksLikeNamePhrase(m[1])) {
        out.push({ surface: m[1], kind: 'method', own: !component, part: component, confidence: 0.75, sentence: s, rule: 'head-name', shape: 'phrase' });
      }
    }
    // ("introduce a novel method, Foundation Object detection Model for the Open world, or FOMO, which ...": a long form set
    // off after a whole method's kind, then its short name after "or")
    if (out.length === before) {
      KIND_APPOS_OR_SHORT.lastIndex = pm.index + pm[0].length;
      const m = KIND_APPOS_OR_SHORT.exec(text);
      if (m && shapeOf(m[2]) === 'strong' && !generic(m[2]) && !vocab.isLexiconName(m[2]) && findLongForm(m[2], m[1]) === m[1]) {
        out.push({ surface: m[2], longForm: m[1], kind: 'method', own: !component, part: component, confidence: 0.8, sentence: s, rule: 'head-name', shape: 'strong' });
      }
    }
    // "we establish the first ... dataset, X, and the evaluation benchmark, Y" / "we release our code Zoobot"
    HEADNAME.lastIndex = pm.index;
    for (let h = HEADNAME.exec(text); h; h = HEADNAME.exec(text)) {
      const headWord = h[1].toLowerCase();
      // ("we design a multi-turn LLM agent, Agro-Reflective, that ...": an agent so named is the proposal; not "Agent
      // Workflow", a capitalised name that starts with the word, nor "we build on an existing LLM agent, ReAct")
      if (headWord === 'agent' && (h[1] !== 'agent' ||
        /\b(?:existing|prior|previous|popular|standard|well-known|off-the-shelf|build(?:s|ing)? (?:up)?on|built (?:up)?on)\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(Math.max(0, h.index - 60), h.index)))) continue;
      // ("a frozen backbone, RepViT-M1": a backbone is the proposal only as "a novel / our ... backbone")
      if (headWord === 'backbone' && !/\b(?:new|novel|our)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, h.index))) continue;
      // ("a graph convolutional autoencoder, OscNet, in which ..."; not the capitalised end of a long form: "Recovery Autoencoder Ensemble")
      if (h[1] !== headWord && LOWER_ONLY_HEADS.has(headWord)) continue;
      // ("improves on the state-of-the-art detector QuuxDet", "the popular algorithm QuuxForest": an algorithm,
      // architecture, detector or technique is the proposal only as "a / an / our ... detector X")
      const theBefore = /\bthe\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(Math.max(0, h.index - 60), h.index));
      if (OWN_DET_HEADS.has(headWord) && (!/\b(?:a|an|our)\s+(?:[\w-]+\s+){0,6}$/i.test(text.slice(Math.max(0, h.index - 80), h.index)) || theBefore)) {
        // (the one so named after "the" is someone else's: "based on the spectrum autoencoder architecture SPENDER, which
        // reliably captures ...")
        if (h[1] === headWord && theBefore) {
          const t = nameAt(text, h.index + h[0].length);
          const r = t ? text.slice(h.index + h[0].length + t.length) : '';
          if (t && shapeOf(t) === 'strong' && !generic(t) && /^\s*[,.;)]|^\s+(?:which|that|to|for|in|on|is|was)\b/.test(r)) {
            out.push({ surface: t, kind: 'method', own: false, confidence: 0.7, sentence: s, rule: 'baseline', shape: 'strong' });
          }
        }
        continue;
      }
      const p = h.index + h[0].length;
      const t2 = nameAt(text, p);
      if (!t2 || generic(t2)) continue;
      const sh = shapeOf(t2);
      // ("a context-aware video anomaly detection algorithm, Trinity, specifically ...": a capitalised English
      // word set off by commas right after the head noun names it)
      const rest = text.slice(p + t2.length);
      const commaSet = /,\s*$/.test(h[0]) && rest.startsWith(',');
      // ("we propose an approach Deeper which leverages ...": a capitalised word right after the head of what the paper
      // proposes, before the relative clause that describes it, names it)
      const indefinite = /\b(?:a|an)\s+(?:[\w-]+\s+){0,5}$/i.test(text.slice(Math.max(0, h.index - 70), h.index));
      const relativeNamed = sh === 'weak' && h[1] === headWord && indefinite && /^\s+(?:which|that)\s/.test(rest) && /^\w+\s+$/.test(h[0]);
      if (sh === 'none' || (sh === 'weak' && vocab.isKnownWord(t2.toLowerCase()) && !commaSet && !relativeNamed)) continue;
      // ("(i) Dataset Integrity: with 1070 high-quality time series ..., (ii) Benchmark Breadth: ...": a capitalised head and
      // a capitalised word before a colon head a point of a list, and name nothing)
      if (sh === 'weak' && h[1] !== headWord && /^\s*:/.test(rest)) continue;
      // ("a novel unsupervised framework: AEGIS (adversarial graph differentiation networks)": the name set
      // after the head noun, spelt out after it, is the proposal whatever its long form reads as)
      const parenAfter = /^\s*\(/.test(rest);
      const spelt = parenAfter && /[,:]\s*$/.test(h[0]) && sh === 'strong' &&
        /\b(?:novel|new|our|proposed)\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(Math.max(0, h.index - 60), h.index)) &&
        !/\b(?:existing|public|popular|standard|well-known)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, h.index - 60), h.index)) &&
        acronymDefs(text).some((d) => d.reversed && d.acronym === t2);
      // ("presents a deep-learning-based automatic detection model SeMaCNN for classification": a name-shaped token
      // after the head noun may go on into the proposal's purpose)
      // (only a name the sentence itself introduces: "a ... model X for", not "the state-of-the-art method X for", not
      // data "on the benchmark X to", not a generic architecture "model CNN-LSTM for")
      // (a capitalised word the language does not know, after "a novel ... algorithm", too: "a novel machine learning based
      // algorithm Precog for ...")
      const goesOn = (sh === 'strong' || (sh === 'weak' && !vocab.isKnownWord(t2.toLowerCase()) && /\b(?:novel|new)\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(Math.max(0, h.index - 60), h.index)))) &&
        /^\s+(?:for|to|based|with|using|via|along with)\s/.test(rest) && !vocab.datasetHeads.has(headWord) &&
        /\b(?:a|an|our)\s+(?:[\w-]+\s+){0,6}$/i.test(text.slice(Math.max(0, h.index - 80), h.index)) &&
        !/\bthe\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(Math.max(0, h.index - 60), h.index)) &&
        !t2.split(/[-‐]/).every((x) => generic(x) || /^\d+D$/i.test(x));
      if (!spelt && (parenAfter || !(/^\s*(?:[,.;:)"”’']|[-–—]\s|[–—]|which|that|is|was|$)/.test(rest) || goesOn))) continue;
      // ("a new method for detecting defects on the MVTec AD benchmark, ZorbDet, which": the head noun ends the
      // name of someone's data; the name after it is in apposition to the method, not to the data)
      // (not after an indefinite article: "we introduce a high-quality Deepfake dataset, SR-DF, which" names no one's data)
      if (vocab.datasetHeads.has(headWord) && /\b[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, h.index - 30), h.index)) &&
        !/\b(?:our|new|novel|proposed|a|an)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, h.index - 40), h.index))) continue;
      const kind: CandidateKind = vocab.datasetHeads.has(headWord) ? 'dataset' : 'method';
      // ("We apply the model-agnostic anomaly detection method Cathode - originally developed for particle physics": a
      // method the paper applies, made by others, is mentioned)
      // (or the best of others' methods: "techniques for the state-of-the-art transformer-based model, AnomalyClip")
      const applied = kind === 'method' && !spelt && (APPLIED_BEFORE.test(text.slice(Math.max(0, h.index - 80), h.index)) || ORIGINALLY_AFTER.test(rest) ||
        PRIOR_NP_BEFORE.test(text.slice(Math.max(0, h.index - 80), h.index)));
      out.push(spelt ? { surface: t2, kind, own: true, confidence: 0.8, sentence: s, rule: 'head-appos', shape: sh }
        // (the head noun's name after a proposal verb is the paper's own, in a sentence of the method's parts too: "First, we
        // propose a novel detection model Dual-GAN, which ..."; a part so named is the gold's to ignore, never someone else's)
        : { surface: t2, kind, own: !applied, confidence: 0.8, sentence: s, rule: applied ? 'baseline' : 'head-name', shape: sh, head: headWord === 'metric' ? 'metric' : undefined });
    }
  }
}

/** A use verb before something new and its naming verb: "we employ a new transformer-based model ". */
const USE_NEW_BEFORE = new RegExp(String.raw`\b(?:${USE_VERB_SRC})\s+(?:a|an|the)\s+(?:new|novel|recent|recently proposed)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s*$`, 'i');
/** The paper's contribution said to be what follows: "The main contribution of this work is ". */
const CONTRIBUTION_IS_SRC = String.raw`\b(?:the|our)\s+(?:(?:main|key|major|primary|principal|core|central|chief|first|second|third)\s+)?contributions?(?:\s+of\s+(?:this|our|the present|the current)\s+(?:work|paper|study|article|letter|research))?\s+(?:is|are|was)\s+`;
const CONTRIBUTION_IS_BEFORE = new RegExp(String.raw`${CONTRIBUTION_IS_SRC}(?:the\s+)?$`, 'i');
/** "The main contribution is a computational scheme, " before a naming verb: what the paper contributes is named. */
const CONTRIBUTION_NAMED_BEFORE = new RegExp(String.raw`${CONTRIBUTION_IS_SRC}(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s*$`, 'i');
/** Names in apposition: "X, a novel benchmark", "Our approach, X, ...". */
function apposPass(p: SentencePass): void {
  const { vocab, generic, out, s, text, proposal } = p;
  for (let m = APPOS.exec(text); m; m = APPOS.exec(text)) {
    // (the name, the words before the head, the head; set off by a comma or a dash, or by a colon: "CS2CD: A labelled dataset")
    const [g1, g2, g3] = [m[1], m[2], m[3]];
    // (a colon after a coined name only: not a heading, "Subjects and Methods: A semi-automatic method")
    if (m[0].charCodeAt(m[0].indexOf(g1) + g1.length) === 58 && shapeOf(g1) !== 'strong') continue;
    let name = g1;
    let sh = shapeOf(name);
    // ("We also introduce Relative Loss of Robustness - a novel measure": capitalised words joined by "of" are one name)
    const nameAt = m.index + m[0].indexOf(name);
    const ofBefore = /(?:^|\s)((?:[A-Z][a-z][\w-]*\s+){1,3}of\s+)$/.exec(text.slice(Math.max(0, nameAt - 60), nameAt));
    if (ofBefore && /^[A-Z][a-z]/.test(name) && !name.includes(' ')) {
      name = ofBefore[1] + name;
      sh = 'phrase';
    }
    if (sh === 'none' || generic(name)) continue;
    // (also opening a clause after a semicolon or a colon: "...; Secondly, a coordinated attention network is introduced")
    if (sh === 'weak' && (m.index === 0 || /[;:]\s*$/.test(text.slice(Math.max(0, nameAt - 4), nameAt))) && OPENING_ADVERB.test(name)) continue;
    // "... with Location-based Random Embeddings, a ...": the last word of a capitalised phrase is no name
    if (sh === 'weak' && /[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(name)))) continue;
    let after = text.slice(m.index + m[0].length - g2.length - g3.length);
    // ("FineW3, a novel, comprehensive dataset", "ReSCOPED, a lightweight, diffusion-based framework": a comma between two
    // describing words does not end the phrase its head closes)
    if (after.includes(',')) after = after.replace(COMMA_ADJECTIVES, (x, w: string) => (vocab.datasetHeads.has(w) || vocab.methodHeads.has(w) ? x : `${x.slice(0, x.indexOf(','))} `));
    const hk = headAfter(after, vocab);
    if (!hk) continue;
    const isData = hk === 'dataset';
    // ("To evaluate the proposed MSA-STGCN, a skeleton violence action dataset: Filtered NTU RGB+D was constructed": a
    // colon after the head noun opens the name of what the head names, not the name before it)
    if (/^[^,.;:()]*:/.test(after)) continue;
    const headWord = (/^[^,.;:()]*/.exec(after)![0].toLowerCase().split(/[\s-]+/).find((w) => vocab.datasetHeads.has(w) || vocab.methodHeads.has(w)) ?? '');
    if (sh === 'weak' && vocab.isKnownWord(name.toLowerCase())) continue;
    // ("In this Letter, a novel machine learning technique ...": the kind of publication the paper is, no name)
    if (sh === 'weak' && /\bthis\s+$/i.test(text.slice(Math.max(0, nameAt - 8), nameAt))) continue;
    const mods = g2.toLowerCase();
    // "we introduce X, a framework that leverages Y, a multimodal LLM": Y is what the proposal uses
    const pv = proposal ? PROPOSE.exec(text) : null;
    const usedBy = pv !== null && pv.index < m.index && USED_BETWEEN.test(text.slice(pv.index + pv[0].length, m.index));
    // ("BlinkAD, a novel student-teacher anomaly detector, processes ...": a name set off as a novel one is the paper's,
    // in a proposal sentence or not; not "..., a novel detector proposed by Li et al.")
    const novel = /\b(?:novel|new)\b/.test(`${mods} ${g3.toLowerCase()}`) && !/\b(?:proposed|introduced|presented|developed) by\b|\bet al\b/.test(after);
    // ("We apply ZorbScore, a method originally developed for image retrieval, to ...": someone else's, put to use)
    const others = /^\s*(?:originally|initially|previously|first)\s+(?:developed|proposed|introduced|designed)\b/i.test(after) ||
      (pv !== null && /\b(?:apply|applies|applied|adopt\w*|employ\w*)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index + (m[0].startsWith(' ') || m[0].startsWith('(') ? 1 : 0))));
    // ("features from SpectralGPT, a foundation model pretrained on multispectral imagery", "RoentGen, a Stable Diffusion model
    // fine-tuned on MIMIC-CXR": a pretrained network the paper uses, unless the proposal verb takes it as its object)
    if (!isData && PRETRAINED_APPOS.test(after) && !PROPOSED_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(name)))) {
      if (sh === 'strong') out.push({ surface: name, kind: 'model', own: false, confidence: 0.6, sentence: s, rule: 'model-list', shape: 'strong' });
      continue;
    }
    // ("Recently, GraphRfi, a GNN-based recommender system, was proposed and shown to ...": others' work, in a sentence that
    // opens on it)
    // ("These objectives form ROSETTA, a robust open-set test-time adaptation method": what the paper's parts make up)
    const formed = PARTS_FORM_BEFORE.test(text.slice(0, m.index + m[0].indexOf(name)));
    // ("The main contribution of this work is I-FUND, a faulty node detection algorithm that ...": the paper's contribution)
    const contributed = CONTRIBUTION_IS_BEFORE.test(text.slice(0, m.index + m[0].indexOf(name)));
    const own = (proposal || novel || formed || contributed) && !usedBy && !others && !/\b(?:popular|existing|previous|prior|classic|common|standard|widely|well-known|little-known|recent|recently)\b/.test(`${mods} ${g3.toLowerCase()}`) &&
      !(OTHERS_OPENING.test(text) && !OWN_HINT.test(text));
    out.push({ surface: name, kind: isData ? 'dataset' : 'method', own, confidence: own ? 0.85 : 0.7, sentence: s, rule: 'apposition', shape: sh, head: headWord });
  }
}

/** "an open-source Python package, skshift,", "R package “statcheck”", "in a tool (GHAST)", "annotation software (SoundAnn)". */
const SOFTWARE_NAMED = new RegExp(String.raw`\b(?:Python|R|MATLAB|Julia|Java)\s+(?:package|library|toolbox)\s*,?\s*["“]?(${NAME_SRC})["”]?(?=\s*[,.;:()]|\s+(?:is|was|which|that|for|to|and|available|implements|provides)\b)|\b(?:tool|software|package|library|toolbox)\s+\((${NAME_SRC})\)`, 'g');
/** The first letters of the words (hyphen parts too) of a phrase, in lower case. */
const initialsOf = (phrase: string): string => (phrase.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w[0].toLowerCase()).join('');
/** The paper's own software: "we release", "we implemented", "was developed", "our". */
const OWN_SOFTWARE = /\b(?:we|our)\b[^.;]*\b(?:releas|implement|develop|introduc|present|propos|provid|build|buil|creat|design)\w*|\b(?:was|were|has been|is)\s+(?:\w+\s+)?(?:developed|released|implemented|created|designed|introduced)\b|\bthe new\b/i;
/** "X consists of nearly 1,000 ... images": a name, then a count of data items (see the pass). */
const DATA_COUNTED = new RegExp(String.raw`(?:^|[.;]\s+)(?:The\s+)?(${NAME_SRC})\s+(?:dataset\s+|benchmark\s+|corpus\s+)?(?:consists? of|contains?|comprises?|is composed of|includes)\s+(?:(?:nearly|about|over|more than|approximately|around|roughly|almost|up to)\s+)?[\d][\d,.]*\s*(?:k|K|M|million|thousand|billion)?\s+(?:[\w-]+\s+){0,3}?(?:images|videos|video clips|clips|samples|recordings|frames|scans|sequences|hours|documents|records|instances|annotations|packages|transactions|traces|scenes|utterances|sentences|pairs|subjects|patients|signatures|time series)\b`);
/** An abstract that presents a data set ("We present the largest labeled dataset for ..."). */
const PRESENTS_DATA = /\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:present|introduce|release|propose|build|construct|collect|curate|create)s?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:dataset|data set|benchmark|corpus)\b/;
/** A proposal verb right before a name ("and by presenting X", "we pretrain X"). */
const PROPOSED_RIGHT_BEFORE = /\b(?:propos|present|introduc|develop|design|buil[dt]|releas|pre-?train|train|contribut|offer|unveil)\w*\s+(?:the\s+|our\s+)?$/i;
/** After "X, a": a pretrained network ("... foundation model", "... model pretrained / fine-tuned on"). */
const PRETRAINED_APPOS = /^(?:[\w-]+\s+){0,5}?(?:(?:foundation|language|vision(?:-language)?|diffusion|generative|speech|audio)\s+model|model|encoder|transformer|network|LLM|VLM)\s*,?\s+(?:pre-?trained|trained|fine-?tuned)\s+(?:on|with|from|using)\b|^(?:[\w-]+\s+){0,4}?foundation\s+model\b/;
/** A finding before a verb of naming: "a gap we call", "this phenomenon, which we term", "an effect dubbed". */
const PHENOMENON_BEFORE_NAMING = /\b(?:gap|phenomenon|phenomena|effect|paradox|dilemma|illusion|trap|curse)\s*,?\s*(?:(?:which|that)\s+)?(?:we\s+)?$/i;
/** "our method X", "our dataset, X". */
function oursPass(p: SentencePass): void {
  const { vocab, generic, out, s, text } = p;
  // "The proposed algorithm, Manifold Projection-Diffusion Recovery (MPDR), first perturbs ...": a long form in capitals and
  // its acronym after the paper's kind of method (read on the same match, pushed after the single names)
  const longs: Candidate[] = [];
  const paren = text.includes('(');
  for (let m = OURS.exec(text); m; m = OURS.exec(text)) {
    const name = m[2];
    const sh = shapeOf(name);
    const rest = text.slice(m.index + m[0].length);
    const long = paren && /^[A-Z]/.test(name) ? LONG_FORM_ACRONYM_REST.exec(rest) : null;
    if (long && !OUR_EARLIER.test(m[0]) && isAcronymShaped(long[2]) && !generic(long[2])) {
      const longForm = findLongForm(long[2], name + long[1]);
      if (longForm !== undefined) longs.push({ surface: long[2], longForm, kind: vocab.datasetHeads.has(m[1].toLowerCase()) ? 'dataset' : 'method', own: true, confidence: 0.85, sentence: s, rule: 'ours', shape: 'strong' });
    }
    if (sh === 'none' || generic(name) || /^\s*\(/.test(rest)) continue;
    if (sh === 'weak' && (!/^\s*[,.;]/.test(rest) || vocab.isKnownWord(name.toLowerCase()))) continue;
    // ("On our dataset, DangerDet achieves 71.0% mAP": an opening phrase on the paper's data, then the subject of the
    // sentence and its verb; the name is no name of the data)
    // ("Evaluated on our phishing dataset, DeepTx achieves ...": so too after a participle)
    if (/^\s*(?:(?:[A-Z][a-z]+ed)\s+(?:on|in|with|using|over|across)|On|In|For|Across|Over|With|Using)\s+$/.test(text.slice(0, m.index + m[0].search(/\S/))) && /^\s+[a-z]+(?:s|ed)\b/.test(rest)) continue;
    // ("Our previous system, Argus, used ...": the authors' earlier work is cited, not proposed)
    const earlier = OUR_EARLIER.test(m[0]);
    out.push({ surface: name, kind: vocab.datasetHeads.has(m[1].toLowerCase()) ? 'dataset' : 'method', own: !earlier, confidence: earlier ? 0.6 : 0.85, sentence: s, rule: earlier ? 'baseline' : 'ours', shape: sh });
  }
  out.push(...longs);
  // ("ZorbNet, our proposed method, detects ...": the name before the paper's own kind of method, set off by commas)
  NAME_THEN_OURS.lastIndex = 0;
  for (let m = NAME_THEN_OURS.exec(text); m; m = NAME_THEN_OURS.exec(text)) {
    if (shapeOf(m[1]) !== 'strong' || generic(m[1]) || OUR_EARLIER.test(m[2])) continue;
    out.push({ surface: m[1], kind: vocab.datasetHeads.has(m[3].toLowerCase()) ? 'dataset' : 'method', own: true, confidence: 0.8, sentence: s, rule: 'ours', shape: 'strong' });
  }
}
/** "ZorbNet, our proposed method, ...": a name, then the paper's own kind of thing set off by commas. */
const NAME_THEN_OURS = new RegExp(String.raw`(?<![\w-])(${NAME_SRC}),\s+((?:our|the proposed)\s+(?:[\w-]+\s+){0,2}?)(${WHOLE_KIND_SRC}|dataset|benchmark)\s*,`, 'g');
/**
 * "our method, ", "the proposed framework, ", "our proposed algorithm, " right before a name: the paper's own kind of
 * thing, the name set off after it (any whole kind of method: "guides our proposed algorithm, TIGRE (Target-Induced ...)").
 */
const OURS_APPOS = new RegExp(String.raw`\b(?:our|the proposed)\s+(?:(?:proposed|new|novel)\s+)?(?:${WHOLE_KIND_SRC}|dataset|benchmark)\s*,(?!\s*we\s)\s*[^,]*$`, 'i');
/** After the first word of "our <kind>, Long Form (ACR),": its other capitalised words and the acronym. */
const LONG_FORM_ACRONYM_REST = /^((?:\s+[A-Z][\w-]*){1,6})\s*\(([A-Za-z0-9][\w-]{1,14})\)\s*[,.;]/;
/** Words of the authors' earlier work after "our". */
const OUR_EARLIER_SRC = 'previous|earlier|prior|original|conference|preliminary|former';
/** "In our previous work, GANomaly, we ...", "extends our earlier conference work, MemFlow, which ...": the authors' earlier method. */
const OUR_EARLIER_WORK = new RegExp(String.raw`\bour\s+(?:[\w-]+\s+)?(?:${OUR_EARLIER_SRC})\s+(?:[\w-]+\s+){0,2}?(?:work|paper|study|version|system|method|model|framework|approach),?\s+(${NAME_SRC})(?=\s*[,(.;]|\s+(?:which|that)\b)`, 'gi');
/** "our previous / earlier / prior / original / conference ..." */
const OUR_EARLIER = new RegExp(`^our\\s+(?:[\\w-]+\\s+)*?(?:${OUR_EARLIER_SRC})\\b`, 'i');

/** "We introduce a new method for glitch classification: GlitchFlow, ...". */
const PROPOSAL_COLON_NAME = new RegExp(String.raw`\b(?:propos|present|introduc|develop|design|build|buil)\w*\s+(?:a|an)\s+(?:(?:new|novel)\s+)?(?:[\w-]+\s+){0,3}?(?:method|framework|approach|model|system|tool|algorithm|detector|pipeline|benchmark|dataset)\b[^:.;]{0,60}:\s+(${NAME_SRC})(?=\s*[,(.;]|\s+[-–—])`);
/** "on building Ocean Guard: a Machine Learning-Enabled System". */
const BUILDING_NAME = /\b(?:[Bb]uilding|[Dd]eveloping|[Pp]resenting|[Ii]ntroducing|[Dd]eploying)\s+((?:[A-Z][\w-]*\s?){1,3}):\s+an?\s+(?:[\w-]+\s+){0,4}?(?:[Ss]ystem|[Ff]ramework|[Tt]ool|[Pp]latform|[Mm]ethod|[Aa]pproach|[Pp]ipeline)\b/;
/** "extend it to ALARM", "extend our model to R-QUPID", "extended the proposed method into ZorbX". */
const EXTEND_OWN_TO = /\b(?:[Ww]e\s+(?:\w+\s+)?|and\s+(?:\w+\s+)?)[Ee]xtend(?:s|ed)?\s+(?:it|this|them|(?:our|the proposed)\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|metric|algorithm|detector))\s+(?:to|into)\s+(?:an?\s+|the\s+)?([A-Z][\w+-]*[\w+])(?![\w-]*\s+(?:setting|scenario|task|problem|case|domain|dataset|benchmark|data)s?\b)/g;

/** Does the (lower-case) title name this (lower-case) phrase as a whole thing, after an article ("... Using a Dual-Domain
 * Network") or, with `opening`, only as its opening words ("Consistency Margin Adapter for ...", "A ... Network for ...")? */
export function titleNamesWhole(titleLower: string, phrase: string, opening = false): boolean {
  const i = titleLower.indexOf(phrase);
  if (i < 0 || /^[\w-]/.test(titleLower.slice(i + phrase.length, i + phrase.length + 1))) return false;
  return i === 0 || (opening ? /^(?:an?|the)\s+$/ : /(?:^|\s)(?:a|an|the)\s$/).test(titleLower.slice(0, i));
}
/** A version or variant of the paper's method: "an enhanced version, X", "a lightweight variant, X". */
const VARIANT_NOUN = /\b(?:version|variant|extension)\s*,?\s+\S+$/;
/** A whole method's head noun right before its name set off: "a powerful poisoning attack, MetaC". */
const WHOLE_APPOS_NOUN = /\b(?:attack|framework|method|approach|algorithm|detector|model|system|pipeline)\s*,\s+\S+$/;
/** "The first, PCA-Res, scores ...", "The second, named RelCheck, ...". */
const ORDINAL_NAME = new RegExp(String.raw`^(?:The\s+)?(?:first|second|third|former|latter)(?:\s+one)?,\s+(?:(?:named|called|dubbed|termed)\s+)?(${NAME_SRC}),`);
/** "together with its federated variant FedGridMamba", "our lightweight version, ZorbNet-Lite". */
const ITS_VARIANT_NAME = new RegExp(String.raw`\b(?:its|our)\s+(?:[\w-]+\s+){0,2}?(?:variant|version|extension|counterpart)\s*,?\s+(${NAME_SRC})\b`);
/** A sentence opening on the thing it names: "The model is", "The detector,", "The resulting scheme, hereafter", "It is". */
/** Kinds of the paper's whole method it may name later, after a definite article ("The hierarchical forecaster, called X"). */
const NAMED_LATE_KIND_SRC = `${WHOLE_KIND_SRC}|scheme|variant|forecaster|encoder|curriculum|strategy`;
// (also in a result clause: "experiments show that the framework, dubbed UNDA, improves ...")
const THE_KIND_NAMED = new RegExp(String.raw`(?:^|\b(?:that|where|while|and)\s+)(?:(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:${NAMED_LATE_KIND_SRC})\s*,?(?:\s+(?:is|was))?|it\s+(?:is|was))$`, 'i');
/** A kind of method and "for" or "on" right before a long form: "a monitoring method for ", "a detector on the ". */
const METHOD_FOR_BEFORE = /\b(?:method|approach|framework|detector|model|system|technique|algorithm|pipeline|scheme|strategy|tool|way)s?\s+(?:for|on)\s+(?:the\s+)?$/i;
/** Right after an acronym's definition, a new thing's kind set off by a comma: ", a novel method of", ", a new framework that". */
const NOVEL_KIND_APPOS_AFTER = /^\s*,\s*(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,3}?(?:method|approach|framework|algorithm|technique|model|system|detector|metric|measure|score)\b/;
/** One of the paper's contributions, then what it is, right before a long form: "The first improvement is to propose a ". */
const OWN_CONTRIBUTION_BEFORE = /\b(?:the|our)\s+(?:first|second|third|fourth|main|key|other|last|final)\s+(?:improvement|contribution|innovation|novelty)\s+(?:is|was)\s+(?:to\s+(?:propose|introduce|develop|design|build)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** Right after a definition, its kind and the paper's verb: ", a metric we introduce", ", a new score that we propose". */
const WE_INTRODUCE_APPOS_AFTER = /^\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:method|approach|framework|algorithm|technique|model|system|detector|metric|measure|score|index)\s+(?:that\s+)?we\s+(?:introduce|propose|define|develop|design|present)\b/;
/** Right after an acronym's definition: "is a (very effective) anomaly detection method", "is a popular algorithm". */
const IS_A_METHOD_AFTER = /^\s*(?:is|was|has been)\s+(?:a|an|one of the)\s+(?:[\w-]+\s+|\([A-Z][\w-]*\)\s+){0,6}?(?:methods?|algorithms?|detectors?|approach(?:es)?|techniques?|pipelines?)\b/;
/** A kind of method right before a naming verb: "network ", "approach, ". */
const KIND_BEFORE_NAMING = /\b(?:approach|method|technique|framework|algorithm|strategy|scheme|network|model|architecture|representation|detector|system|pipeline)\s*,?\s*$/i;
/** A kind noun, which a name's words never are: "proposal", "method". */
const KIND_NOUN = /^(?:proposal|method|approach|model|framework|technique|network|system|algorithm|variant|version)s?$/;
/** One or two lower-case words, then a capitalised word, ending a naming's phrase: "non-stationary Transformer is". */
const LOWER_THEN_CAPITAL = /^([a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z][\w-]*)(?=\s*(?:[,.;)]|$)|\s+(?:is|was|which|that|for|to|and)\b)/;
/** After the paper's proposal of two or more: "One is called X, ..., and the other is called Y", "The second is named Z". */
const ONE_OF_THEM_NAMED = /(?:^|[,;]\s*(?:and\s+|while\s+|whereas\s+)?)(?:the\s+)?(?:one|other|first|second|third|former|latter)(?:\s+one)?\s+(?:is|was)$/i;
/** "EventADL is an end-to-end framework for event data.": a sentence opening on a name, then "is a / an ... framework". */
const COPULA_NAME = new RegExp(String.raw`^([A-Z][\w+-]*[\w+])\s+is\s+(?:an?|the\s+first)\s+((?:[\w-]+\s+){0,5}?)(?:${WHOLE_KIND_SRC}|transformer)\b`);
/** Words between that make it someone's, or no name's: "X is a popular method", "X is a task in which the model". */
const COPULA_NOT_OURS = /(?:^|\s)(?:in|which|that|of|for|to|with|the|by|popular|widely|widely-used|classic|classical|well-known|standard|existing|recent|state-of-the-art|common|commonly|traditional|conventional|baseline|seminal|established|representative|prior|previous|known)(?=\s)/i;

/** A coined name first met as the subject of "is a ... framework": the paper presents it (not one defined or used before). */
function copulaPass(p: SentencePass, si: number): void {
  const { ctx, vocab, generic, out, s, text } = p;
  const m = COPULA_NAME.exec(text);
  if (!m || COPULA_NOT_OURS.test(m[2])) return;
  const name = m[1];
  if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3 || PLURAL_ACRONYM.test(name) ||
    SIZE_SUFFIX_NAME.test(name) || vocab.isLexiconName(name)) return;
  for (let i = 0; i < si; i++) if (ctx.sentences[i].text.includes(name)) return;
  out.push({ surface: name, kind: 'method', own: true, confidence: 0.7, sentence: s, rule: 'copula-name', shape: 'strong' });
}

/** A coined name opening its sentence, then a verb of what a method does ("CoAD requires", "GritBot learns"). */
const SUBJECT_ACTS = /^([A-Z][\w-]*[A-Z][\w-]*)\s+(?:also\s+)?(?:uses|learns|leverages|employs|relies|requires|computes|detects|combines|exploits|captures|integrates|utili[sz]es|incorporates|adopts|models|treats|builds|extracts|operates|identifies|trains|can be (?:trained|used|applied|generali[sz]ed)|is able)\b/;
/** A verb of use shortly before a name, in its clause ("using the interpretable Component Features ("). */
const USING_BEFORE_NAME = /\b(?:using|uses|use|applying|applies|apply|adopting|adopts|employing|employs|utili[sz]ing|utili[sz]es)\s+[^,;:.]{0,60}$/i;
/** What a source of data is followed by ("PMU data", "SCADA logs", "the SWaT testbed"). */
const DATA_SOURCE_AFTER = /^\s+(?:data|datasets?|logs?|measurements?|signals?|readings?|records?|recordings?|traces?|streams?|devices?|sensors?|testbeds?)\b/;
/** The method of SUBJECT_ACTS, where the abstract named it before. */
function subjectActsPass(p: SentencePass, si: number): void {
  const { ctx, vocab, generic, out, results, s, text } = p;
  const name = SUBJECT_ACTS.exec(text)![1];
  if (shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3 || PLURAL_ACRONYM.test(name) ||
    SIZE_SUFFIX_NAME.test(name) || /[-‐](?:based|like|style|driven)$/i.test(name) || vocab.isLexiconName(name)) return;
  const before = [ctx.title, ...ctx.sentences.slice(0, si)].filter((o) => o.text.includes(name));
  if (!before.length) return;
  // (not a source of data the abstract named before: "We study faults in PMU data. PMU models the grid state")
  if (before.some((o) => DATA_SOURCE_AFTER.test(o.text.slice(o.text.indexOf(name) + name.length)))) return;
  // ("Here we demonstrate a framework ... (DeepSPM)", "introducing an innovative ... method, abbreviated as EMNCD")
  // (not one the sentence uses: "this work shows how ... using the interpretable Component Features (ComFe) approach")
  if (before.some((o) => o.index > 0 && (isProposalSentence(o.text, o.flags) || (OWN_OR_NEW.test(o.text) && !NOT_INTRODUCED.test(o.text) &&
    !USING_BEFORE_NAME.test(o.text.slice(0, o.text.indexOf(name))))))) {
    results.push({ surface: name, kind: 'unknown', own: true, confidence: 0.7, sentence: s, rule: 'result-subject', shape: 'strong' });
  } else out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'subject-acts', shape: 'strong' });
}

/** The coined names that are subjects of a result clause (kept in `results`). */
function resultSubjectPass(p: SentencePass): void {
  const { generic, results, s, text } = p;
  for (let m = RESULT_SUBJECT.exec(text); m; m = RESULT_SUBJECT.exec(text)) {
    const name = m[1];
    if (shapeOf(name) !== 'strong' || generic(name) || name.length < 3 || PLURAL_ACRONYM.test(name) || SIZE_SUFFIX_NAME.test(name)) continue;
    // ("However, QuuxNet achieves only 60% ...", "ZorbSet exceeds existing datasets in scale")
    const after = text.slice(m.index + m[0].length);
    if (/^\s*only\b/i.test(after) || DATA_OBJECT.test(after)) continue;
    // ("Notably, RWKV has achieved competitive results ... We propose a detector that adapts RWKV": before the
    // paper's proposal, the present perfect tells of others' work)
    if (!p.proposedBefore && /^\s+(?:has|have|exhibits?|provides?)\s/.test(m[0].slice(m[0].lastIndexOf(name) + name.length))) continue;
    // ("Results show that NeuTraL exhibits better robustness than other backbones": one backbone among others)
    if (/^[^.;]*\bthan (?:the )?other (?:backbones|baselines|base models|encoders|architectures)\b/i.test(after)) continue;
    results.push({ surface: name, kind: 'unknown', own: true, confidence: 0.7, sentence: s, rule: 'result-subject', shape: 'strong' });
  }
  // "Experiments on three public datasets validate the effectiveness of NormNet, which ...": the paper's own
  // (only in a sentence that says so: a verb of showing, of the proposal's effectiveness or superiority)
  // (only after the paper's proposal: "Several works have shown the advantages of FlorpAD over memory banks" is prior work)
  if (!p.proposedBefore || !effectivenessWord(text)) return;
  EFFECTIVENESS_OF.lastIndex = 0;
  for (let m = EFFECTIVENESS_OF.exec(text); m; m = EFFECTIVENESS_OF.exec(text)) {
    const name = m[1];
    if (shapeOf(name) !== 'strong' || generic(name) || name.length < 3 || PLURAL_ACRONYM.test(name) || SIZE_SUFFIX_NAME.test(name)) continue;
    if (/^[-‐]/.test(text.slice(m.index + m[0].length))) continue;
    results.push({ surface: name, kind: 'unknown', own: true, confidence: 0.7, sentence: s, rule: 'result-subject', shape: 'strong' });
  }
}

/** Pretrained models named as examples: "recent VLMs (e.g., Perception Encoder, Meta CLIP-2)". */
function modelListPass(p: SentencePass): void {
  const { generic, out, s, text } = p;
  for (let m = MODEL_LIST.exec(text); m; m = MODEL_LIST.exec(text)) {
    const at = m.index + m[0].length;
    for (const name of listAt(text, at)) {
      if (generic(name) || name.split(/\s+/).some((w) => !/^[A-Z0-9]/.test(w))) continue;
      // ("such as Generative Pre-trained Transformer 4 (GPT-4)": a long form, its acronym read elsewhere)
      const i = text.indexOf(name, at);
      if (name.includes(' ') && /^\s*(?:\d[\w.]*\s*)?\(/.test(text.slice(i + name.length, i + name.length + 12))) continue;
      const sh = shapeOf(name);
      if (sh !== 'strong' && !(name.includes(' ') && isCapitalisedName(name, generic))) continue;
      out.push({ surface: name, kind: 'model', own: false, confidence: 0.6, sentence: s, rule: 'model-list', shape: sh === 'strong' ? 'strong' : 'phrase' });
    }
  }
}

/** "a novel OOD detection method for neural networks, GEM, which ...". */
function novelAppositionPass(p: SentencePass): void {
  if (p.fl & T_KIND && (p.text.includes('novel') || p.text.includes('new'))) appositions(p, NOVEL_HEAD_APPOS, 'novel-appos');
  if (p.proposal) appositions(p, PROPOSED_HEAD_APPOS, 'propose-appos');
  // ("we present a new anomaly detection algorithm, the Anomaly Detection Forest, optimized for ...", "We develop a new
  // machine learning algorithm, Via Machinae, to identify ...": a capitalised phrase set off the same way)
  if (p.proposal && (p.text.includes('new ') || p.text.includes('novel '))) {
    PROPOSED_HEAD_PHRASE.lastIndex = 0;
    for (let m = PROPOSED_HEAD_PHRASE.exec(p.text); m; m = PROPOSED_HEAD_PHRASE.exec(p.text)) {
      const name = m[1];
      if (p.generic(name) || name.split(/\s+/).every((w) => p.generic(w)) || NOT_OURS_BEFORE.test(p.text.slice(0, m.index))) continue;
      p.out.push({ surface: name, kind: 'method', own: true, confidence: 0.75, sentence: p.s, rule: 'propose-appos', shape: 'phrase' });
    }
  }
}

/** The coined names a pattern of others' work sets off (each of its groups): someone else's methods. */
function othersNamed(p: SentencePass, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    for (const name of m.slice(1)) {
      if (!name || shapeOf(name) !== 'strong' || p.generic(name) || p.vocab.stop.has(normLetters(name))) continue;
      p.out.push({ surface: name, kind: 'method', own: false, confidence: 0.6, sentence: p.s, rule: 'baseline', shape: 'strong' });
    }
  }
}

/** The names an apposition pattern sets off after a kind of method (group 1), unless someone else's work comes first. */
function appositions(p: SentencePass, re: RegExp, rule: string): void {
  const { generic, out, s, text } = p;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    if (shapeOf(name) !== 'strong' || generic(name) || name.length < 3 || NOT_OURS_BEFORE.test(text.slice(0, m.index))) continue;
    out.push({ surface: name, kind: 'method', own: true, confidence: 0.8, sentence: s, rule, shape: 'strong' });
  }
}

/** "This paper presents a framework for online deep anomaly detection, ARCUS, which": a proposal verb, a kind of
 * method, then its name set off by commas (a name may join two with "++": "VAE++ESDD"). */
const PROPOSED_HEAD_APPOS = new RegExp(String.raw`\b(?:propos|present|introduc|develop|design)\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,8}?(?:${WHOLE_KIND_SRC}|baseline|score|metric|measure)(?:\s+(?:for|to|of|on|in|with)\s+[^,.;:()]{0,60}?)?,\s+([A-Za-z0-9][\w-]*(?:\+\+?[A-Za-z0-9][\w-]*)*(?:\+\+|\+)?),\s+(?:which|that|whose|where|based|built|using|with)\b`, 'g');

/** A verb of putting to use right before "the ... method X": "We apply the model-agnostic ... method". */
const APPLIED_BEFORE = /\b(?:apply|applies|applied|use|uses|used|employ\w*|adopt\w*|utiliz\w*|leverag\w*)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}$/i;
/** A determiner phrase of others' method right before its head noun: "the state-of-the-art transformer-based ". */
const PRIOR_NP_BEFORE = /\b(?:the|a)\s+(?:current\s+)?(?:state-of-the-art|SOTA|existing|previous|recent|leading|popular|well-known)\s+(?:[\w-]+\s+){0,4}$/i;
/** Someone else's work, right after its name: " - originally developed for", ", first proposed in". */
const ORIGINALLY_AFTER = /^\s*(?:[-–—,(]\s*)?(?:originally|initially|previously|first)\s+(?:developed|proposed|introduced|designed)\b/i;
/** The same with a phrase of two to four capitalised words ("..., the Anomaly Detection Forest, optimized for"). */
const PROPOSED_HEAD_PHRASE = new RegExp(String.raw`\b(?:propos|present|introduc|develop|design)\w*\s+(?:a|an)\s+(?:new\s+|novel\s+)(?:[\w-]+\s+){0,6}?(?:method|approach|framework|algorithm|detector|technique|model|system|pipeline),\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})(?:,\s+(?:which|that|to|optimi[sz]ed|designed|based|built|using|with|for|tailored|suited|and)\b|\s*(?:[.;]|$))`, 'g');
/** The names a passive proposal pattern finds (group 1), unless `othersWork` says the sentence gives someone else's. */
function passiveProposals(p: SentencePass, re: RegExp, rule: string, othersWork: (m: RegExpExecArray) => boolean): void {
  const { generic, out, s, text, component } = p;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (shapeOf(m[1]) !== 'strong' || generic(m[1]) || othersWork(m)) continue;
    out.push({ surface: m[1], kind: 'method', own: !component, part: component, confidence: 0.8, sentence: s, rule, shape: 'strong' });
  }
}

/** "Using the PineForest active anomaly detection algorithm", "the recent ItS2CLR method". */
/** Agencies and standards bodies whose acronyms stand before "framework", "platform", "method" ("the NASA framework"). */
const ORGANISATION_ACRONYMS = new Set(['NASA', 'ESA', 'JAXA', 'NOAA', 'USGS', 'NIST', 'IEEE', 'ISO', 'IEC', 'CERN', 'DARPA', 'NSF', 'FDA', 'WHO', 'EPA', 'IBM', 'ECMWF', 'ITU', 'ETSI', 'OECD', 'NIH', 'CDC']);
function nameKindPass(p: SentencePass, re: RegExp, builtOnOnly: boolean): void {
  const { generic, vocab, out, s, text, fl } = p;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    // (in a proposal or a part's sentence, without a word of others' work, only what the proposal builds on:
    // "integrates a quantum genetic algorithm into the EvoSeedRNSA algorithm")
    if (builtOnOnly && !BUILT_ON_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (shapeOf(name) !== 'strong' || generic(name) || name.length < 3 || modifierToken(name) || PARTICIPLE_TOKEN.test(name) || PLURAL_ACRONYM.test(name)) continue;
    // "the NASA ... framework", "the TF-IDF method", "the STL decomposition method": a plain acronym is an
    // organisation or a generic algorithm as often as a method's name
    // (but an acronym of three letters or more right before the kind noun, "the KAER framework", "the FTDA algorithm", is the
    // method's own name, unless an agency's: "the NASA framework"; generic algorithms are known by name, "the EM algorithm")
    // (one the abstract defines in parentheses, "... networks (HCNN)", is read where it is defined: the paper's own, mostly)
    if (/^[A-Z]{2,5}(?:[-‐][A-Z]{2,5})?$/.test(name) && !(/^[A-Z]{3,5}$/.test(name) && !ORGANISATION_ACRONYMS.has(name) && /^\s+[a-z]+$/.test(m[0].slice(m[0].indexOf(name, m[0].search(/\s/)) + name.length)) &&
      !p.ctx.sentences.some((o) => o.text.includes(`(${name})`) || o.text.includes(`(${name}s)`)))) continue;
    // "the KNN-distance method": a generic name and English words
    if (name.split(/[-‐]/).every((p) => generic(p) || /^[a-z]+$/.test(p))) continue;
    // "a Local-Global contrastive learning approach", "a Coarse-Fine strategy": capitalised English words joined by a
    // hyphen describe the approach
    // (an English word the lexicon of words knows, or one with an adjective's ending: "Local")
    if (name.split(/[-‐]/).every((p) => /^[A-Z][a-z]+$/.test(p) && (vocab.isKnownWord(p.toLowerCase()) || /[a-z](?:al|ic|ive|ous|ar)$/.test(p)))) continue;
    if (inDefinition(text, fl, m.index + m[0].indexOf(name))) continue;
    out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'name-kind', shape: 'strong' });
  }
}

/** Baselines listed after a plural kind of method in a comparison ("detectors—LineVul, LineVD, and LLMAO—"). */
/** "two of our methods, ", "both of the proposed models, ": the paper's own, counted (in a counted list's match). */
const OF_OURS = /\bof\s+(?:our|the proposed)\s/i;
function kindListPass(p: SentencePass): void {
  const { generic, out, s, text } = p;
  KIND_LIST.lastIndex = 0;
  for (let m = KIND_LIST.exec(text); m; m = KIND_LIST.exec(text)) {
    const { names, end } = walkList(text, m.index + m[0].length, false);
    if (names.length < 2 || !/^\s*(?:[—–:),.;]|--)/.test(text.slice(end))) continue;
    for (const name of names) {
      if (shapeOf(name) !== 'strong' || generic(name)) continue;
      out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
    }
  }
}

/** What a compared list's items are kinds of: "we compare L1, L2, and SSIM losses". */
const COMPARED_KINDS = /^\s*(?:losses|loss functions|variants|settings|datasets|splits|backbones|strategies|metrics|configurations|architectures|versions|objectives|augmentations|encoders|features)\b/i;
/** A head noun of a method written alone, capitalised in a list ("..., AdaBoost Classifier"). */
const BARE_HEAD = /^(?:Classifiers?|Regressors?|Estimators?|Detectors?|Networks?|Models?|Algorithms?|Methods?|Machines?|Trees?|Forests?|Ensembles?)$/;

/** A verb of evaluation right before a list of names ("evaluates A, B, C and D"); its cheap test first. */
const EVALUATES_NEED = /(?:valuat\w*|enchmark\w*|\bre-?run|\bran|\bruns?|eplicat\w*|mplement\w*|eproduc\w*|ogether with)\s+[A-Z0-9][\w-]*,/;
const EVALUATES_LIST = /\b(?:(?:re-?)?evaluat(?:e|es|ed|ing)|benchmark(?:s|ed|ing)|re-?run|ran|runs?|replicat(?:e|es|ed|ing)|re-?implement(?:s|ed|ing)?|reproduc(?:e|es|ed|ing)|together with)\s+(?=[A-Z0-9][\w-]*,)/g;
/** Examples after any noun: "..., such as X, Y and Z" (taken only for a list of two or more names). */
const ANY_EXAMPLES = new RegExp(String.raw`,?\s+(?:such as|e\.g\.,?|including)\s+(?:${LOWER_ITEM_FIRST_SRC})?(?=[A-Z0-9])`, 'g');
/** Kinds of data, task, place, device or thing, whose examples are no methods ("datasets such as", "modalities such as"). */
const NOT_METHOD_EXAMPLES = /\b(?:datasets?|benchmarks?|corpora|corpus|data|modalit(?:y|ies)|applications?|domains?|fields?|tasks?|languages?|areas?|sectors?|industr(?:y|ies)|scenarios?|platforms?|devices?|sensors?|metrics?|measures?|attacks?|diseases?|compan(?:y|ies)|organi[sz]ations?|countries|cities|formats?|sources?|systems?|images?|videos?|objects?|categories|classes|protocols?|services?|libraries|frameworks?|tools?|software|hardware|operating|vendors?|providers?|institutions?|agencies|surveys?|missions?|telescopes?|instruments?|cameras?|vehicles?|robots?|games?|websites?|sites?|social|repositories|archives?|suites?|challenges?|competitions?|products?|brands?|models?|LLMs|VLMs|MLLMs|backbones?|encoders?|standards?|requirements?|regulations?|laws?|polic(?:y|ies)|guidelines?|pollutants?|gas(?:es)?|chemicals?|compounds?|elements?|molecules?|ions|metals?|minerals?|nutrients?|substances?|genes?|proteins?)\W*(?:\w+\W+){0,1}$/i;
/** A plural kind of pretrained or generative model a few words before examples. */
const MODELS_SHORTLY_BEFORE = /\b(?:LLMs|VLMs|MLLMs|LMMs|LVLMs|LDMs|(?:language|diffusion|generative|foundation|vision(?:-language)?|pre-?trained)\s+models)\b[^.;:]{0,30}$/;
/** A plural kind of method, then a short phrase of what it is for, ending where the examples begin. */
const KIND_THEN_PURPOSE = /\b(?:methods|approaches|detectors|techniques|algorithms|baselines)\s+(?:developed|designed|proposed|built|tailored|trained|used|made)\s+(?:for|on|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?$/i;
/** A name, then its citation: "DeepSVDD (Ruff et al., 2018)", "STPM [4]". */
const CITED_NAME = new RegExp(String.raw`(?<![\w-])(${NAME_SRC})\s*(?:\((?:[A-Z][\w'-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][\w'-]+)?,?\s+(?:19|20)\d\d[a-z]?|(?:published|proposed|presented)\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+(?:19|20)\d\d)\)|\[\d+(?:\s*[,–-]\s*\d+)*\])`, 'g');
/** Words of a cue of others' work that the comparison words miss (a cheap test before LINEAGE). */
function lineageWords(t: string, fl: number): boolean {
  return (fl & L_LINEAGE) !== 0 || t.includes('as in ') || t.includes('done in');
}
/** "Unlike X", "In contrast to X", "Inspired by X", "Following X,", "in the spirit of X", "as in X", ", notably X": others' work. */
const LINEAGE = /(?:(?:^|[,;:(]\s*|\b(?:and|but|while|which|that)\s+)(?:[Uu]nlike|[Ii]n contrast (?:to|with)|[Cc]ontrary to|[Ss]imilar(?:ly)? to|[Ii]nspired by|[Mm]otivated by|[Ff]ollowing|[Bb]uilding on)|\b(?:methods|approaches|work|works|detectors|models|baselines|techniques|algorithms|studies)\s*[,(]\s*(?:notably|for instance|for example),?|\bin the spirit of|\bas (?:done )?in|\b(?:exemplified|typified|pioneered) by|\bevolved from|\binherit(?:s|ed)? from|\b[Ww]e (?:also )?(?:re-?implement|reproduce))\s+(?:the\s+)?(?=[A-Z0-9])/g;

/** A singular kind of language model before a parenthesis ("a Large Language Model (GPT-3.5)"). */
const MODEL_PAREN_NEED = /\b(?:LLM|VLM|MLLM|LMM|LVLM|[Mm]odel)\s*\(/;
/** A name before the head of a pretrained network: "pre-trained X model", "the frozen X encoder", "a X backbone". */
const MODEL_HEAD_NAME = new RegExp(String.raw`\b(?:(?:pre-?trained|frozen|off-the-shelf)\s+(${NAME_SRC})\s+(?:model|encoder|backbone|network)|(?:the|a|an)\s+(?:(?:frozen|single|pre-?trained|pretrained)\s+)?(${NAME_SRC})\s+(?:backbone|encoder|image encoder|visual encoder|text encoder))\b`, 'g');
const MODEL_HEAD_NEED = /\b(?:encoder|backbone|model|network)\b/;
/** The paper's own words right before such a head ("the proposed X encoder", "our X backbone"): its part, no model. */
const OWN_BEFORE_HEAD = /\b(?:proposed|our|novel|new)\s+$/i;
/** The head of a kind of method right after a name ("the RawNet2 model", "fAnoGAN baselines"). */
const KIND_HEAD_AFTER = /^\s+(?:model|method|approach|network|baselines?|detector|framework)\b/;
/** A title that opens on a name before "for", or ends on one after "with / using / via". */
const TITLE_COINED = new RegExp(String.raw`^(${NAME_SRC})\s+[Ff]or\s|\s(?:[Ww]ith|[Uu]sing|[Vv]ia)\s+(${NAME_SRC})\s*\.?$|:\s+(${NAME_SRC})\s+(?:[Mm]ethod|[Ff]ramework|[Aa]pproach|[Aa]lgorithm)\s*\.?$`);
/** A coined name's shape: inner capitals after lower case, or letters and digits together ("RawNet2", "fAnoGAN"). */
const COINED_SHAPE = /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]/;
/** "the (one or two lower-case words) X attack / algorithm / framework ...": a coined name before the head of a kind of method
 * (after "a" as after "the": "passed through a GraphSAGE model to capture ..."). */
const THE_COINED_KIND = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?(${NAME_SRC})\s+(attack|algorithm|method|approach|framework|detector|tracker|classifier|parser|model|network|architecture)\b`, 'g');
/** Words of a pretrained network in the sentence: "the X model" there is more often a backbone than a method. */
const PRETRAINED_WORDS = /pre-?trained|foundation|language|vision|backbone|encoder|embedding|frozen|checkpoint|LLM|VLM|fine-?tun|GPT|BERT|CLIP/;
/** Words of pretrained networks themselves (not of their parts, such as embeddings or encoders). */
const PRETRAINED_NETWORK_WORDS = /pre-?trained|foundation|vision[- ]language|language models?|LLMs?\b|VLMs?\b|backbone|frozen|checkpoint/;
/** Strong names in comparison contexts ("outperforms X", "baselines such as X"). */
function baselinePass(p: SentencePass, lineage: boolean, cited: boolean, evaluates: boolean): void {
  const { vocab, generic, out, s, text } = p;
  // ("e.g., DeepSVDD (Ruff et al., 2018) suffers from ...", "FAPM [12] and MINT-AD [13] use memory banks": a name the
  // sentence cites is someone's work)
  if (cited) {
    CITED_NAME.lastIndex = 0;
    for (let m = CITED_NAME.exec(text); m; m = CITED_NAME.exec(text)) {
      const name = m[1];
      if (shapeOf(name) !== 'strong' || generic(name) || PLURAL_ACRONYM.test(name)) continue;
      if (DATA_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
    }
  }
  // ("combining a lightweight network with adaptive aggregation methods, FedAdam, FedMedian, and ClusterAvg": the methods
  // of a kind, listed after a comma; not the paper's own: "we propose two new methods, X and Y")
  if (KIND_COMMA_NEED.test(text)) {
    KIND_COMMA_LIST.lastIndex = 0;
    for (let m = KIND_COMMA_LIST.exec(text); m; m = KIND_COMMA_LIST.exec(text)) {
      if (OWN_KIND_PLURAL.test(m[1]) || PROPOSED_KIND_BEFORE.test(text.slice(0, m.index + m[1].length))) continue;
      const { names, end } = walkList(text, m.index + m[0].length);
      // (a whole list to the sentence's end or a clause's: "..., FedAdam, FedMedian, and ClusterAvg.")
      if (names.length < 3 || !/^\s*(?:[.;:)]|,\s+(?:which|that|and|to|for|while|respectively)\b|$)/.test(text.slice(end))) continue;
      if (!names.every((n) => shapeOf(n) === 'strong' && !generic(n))) continue;
      for (const name of names) out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: 'strong' });
    }
  }
  // ("compared to state-of-the-art baselines (Cyberian, NetGuardian)": the baselines named in parentheses)
  if (text.includes('s (')) {
    BASELINES_PAREN.lastIndex = 0;
    for (let m = BASELINES_PAREN.exec(text); m; m = BASELINES_PAREN.exec(text)) {
      const { names } = parenItems(text, m.index + m[0].length);
      if (names.length < 2) continue;
      for (const name of names) {
        // (a capitalised word of no English is a name there too: "Cyberian")
        const sh = shapeOf(name);
        if (!(sh === 'strong' || (sh === 'weak' && !vocab.isKnownWord(name.toLowerCase()) && !DERIVED_WORD.test(name))) || generic(name) || BARE_HEAD.test(name)) continue;
        out.push({ surface: name, kind: 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: sh });
      }
    }
  }
  // ("improves the affiliation F1 by 6.3 points over D3R", "compared with the streaming detectors RRCF and xStream": read
  // by a second, smaller expression, only where its words are)
  const matches: RegExpExecArray[] = [];
  if (p.fl & T_BASELINE) for (let m = BASE.exec(text); m; m = BASE.exec(text)) matches.push(m);
  if (lineage) {
    LINEAGE.lastIndex = 0;
    for (let m = LINEAGE.exec(text); m; m = LINEAGE.exec(text)) matches.push(m);
  }
  // ("this work evaluates SSIM-AE, CFLOW, STFPM, RD-OCE and DRAEM on leather defects": three or more coined names a verb of
  // evaluation takes directly)
  if (evaluates) {
    EVALUATES_LIST.lastIndex = 0;
    for (let m = EVALUATES_LIST.exec(text); m; m = EVALUATES_LIST.exec(text)) {
      const { names, end } = walkList(text, m.index + m[0].length, false, true);
      const coined = names.filter((n) => !n.includes(' ') && (COINED_SHAPE.test(n) || /^[A-Z]{2,}[a-z]{2}/.test(n)) && shapeOf(n) === 'strong' && !generic(n));
      if (coined.length >= 3 && coined.length >= names.length - 1 && !DATA_AFTER.test(text.slice(end, end + 16))) matches.push(m);
    }
  }
  // ("contrastive pre-training, such as SimSiam, MoCo and SimCLR", "techniques that rely on log templates such as DeepLog and
  // LogBERT": examples after any noun that is no kind of data, task or thing, when two or more of them are coined names)
  if (p.fl & L_EXAMPLES && (text.includes('such as') || text.includes('e.g.') || text.includes('including'))) {
    ANY_EXAMPLES.lastIndex = 0;
    for (let m = ANY_EXAMPLES.exec(text); m; m = ANY_EXAMPLES.exec(text)) {
      // ("Unsupervised methods developed for industrial images, such as X and Y": a kind of method, then what it is for)
      const win = text.slice(Math.max(0, m.index - 60), m.index);
      if (NOT_METHOD_EXAMPLES.test(win) && !(KIND_THEN_PURPOSE.test(win) && !/\b(?:datasets?|benchmarks?|corpora|data)\b/i.test(win))) continue;
      // ("three prominent LLMs of varying size, including X", "the most advanced LLMs from OpenAI, including X": models)
      if (MODELS_SHORTLY_BEFORE.test(win)) continue;
      // ("16 datasets from the TU graph collection, including PROTEINS, DD, ...": examples of data a few words after its word)
      if (m[0].includes('including') && /\b(?:datasets?|benchmarks?|corpora|collections?|archives?)\b/i.test(win)) continue;
      const { names } = walkList(text, m.index + m[0].length, false, true);
      // (coined one-word names only: not "Graph Neural Networks (GNNs)"; the walk may take one word past the list: "..., to")
      const coined = names.filter((n) => !n.includes(' ') && shapeOf(n) === 'strong' && !generic(n)).length;
      if (coined >= 2 && coined >= names.length - 1 && shapeOf(names[names.length - 1]) !== 'phrase') matches.push(m);
    }
  }
  if (p.fl & T_BASELINE && (text.includes('over') || text.includes('ompar') || text.includes('xceed') || text.includes('perior') || text.includes('ahead'))) {
    BASE_MORE.lastIndex = 0;
    for (let m = BASE_MORE.exec(text); m; m = BASE_MORE.exec(text)) matches.push(m);
  }
  for (const m of matches) {
    let at = m.index + m[0].length;
    // ("outperforms the fully supervised LogRobust", "Compared with the object-centric Accurate-AD": describing words in
    // lower case before the name are no part of it)
    BASE_DESCRIBED.lastIndex = at;
    const described = BASE_DESCRIBED.exec(text);
    if (described) at += described[0].length;
    // ("tree based models such as random forests, XGBoost, and LightGBM": a generic item in lower case opens the list)
    else if (EXAMPLES_END.test(m[0])) {
      LOWER_ITEM_FIRST.lastIndex = at;
      if (LOWER_ITEM_FIRST.test(text)) at = LOWER_ITEM_FIRST.lastIndex;
    }
    const { names: list, end } = PAREN_EXAMPLES.test(m[0]) ? parenItems(text, at) : walkList(text, at, false, true);
    // ("won 1st Place in the Drone vs. Bird Challenge": "vs." inside the name of a contest, no comparison)
    if (/^(?:vs\.?|versus)\s/i.test(m[0].trim() + ' ') && /^\s*(?:[A-Z][\w-]*\s+){0,3}(?:Challenge|Competition|Contest)\b/.test(text.slice(at))) continue;
    // "we compare L1, L2, and SSIM losses": kinds of a thing, not baselines
    if (/^we\s/i.test(m[0]) && list.length && COMPARED_KINDS.test(text.slice(end))) continue;
    const head = /^we\s/i.test(m[0]) ? titleHead(p.ctx.title.text)?.name : undefined;
    // ("both models are tested against TRITIUM, INFERNO and SOREL-20M": a compared list with a known data set and no
    // known method or model holds data sets)
    const dataList = list.length >= 2 && list.some((n) => vocab.isLexiconDataset(n)) && !list.some((n) => vocab.isLexiconMethod(n) || vocab.isLexiconModel(n));
    for (let name of list) {
      // (the paper's own method and its variants in the compared list: "We compare ZorbNet, KlimAD, and ZorbNet-Lite")
      if (head && (name === head || name.startsWith(`${head}-`))) continue;
      const nameAt0 = text.indexOf(name, at);
      const after = text.slice(nameAt0 + name.length, nameAt0 + name.length + 24);
      // ("compared to the RawNet2 model", "outperforms VAE, VQGAN and fAnoGAN baselines": a coined name before the head of
      // a kind of method is that method)
      // ("outperforming PTJN, DPN, MTP-CLNN, and DWG models": the last of a list of names, then their kind in the plural)
      const listKind = list.length >= 3 && PLURAL_KIND_AFTER.test(after) && shapeOf(name) === 'strong' && !generic(name);
      if (DATA_AFTER.test(after) || (MODIFIER_AFTER.test(after) && !listKind && !(KIND_HEAD_AFTER.test(after) && COINED_SHAPE.test(name) && !generic(name)))) continue;
      // "models like Denoising Diffusion Probabilistic Model (DDPM)": the start of a long form (the acronym is read above)
      if (LONG_FORM_GOES_ON.test(text.slice(nameAt0 + name.length, nameAt0 + name.length + 100))) continue;
      // ("based on perturbatioN discrEpancy consisTency Evaluation (NETE)", "models based on Self-Monitoring analysis and
      // Reporting Technology (SMART) attributes": a word that a long form goes on after is a part of it; not the last word,
      // "A novel optimization method based on STASVDD (N-STASVDD)")
      // ("named ADoPT (Anomaly Detection based on Point-level Temporal consistency)": inside a long form in parentheses too)
      if (acronymDefs(text).some((d) => d.longForm !== undefined && (d.reversed ? nameAt0 > text.indexOf('(', d.start) && nameAt0 < d.end && name !== d.longForm :
        nameAt0 >= d.start && nameAt0 + name.length < trimmedEnd(text, text.lastIndexOf('(', d.end))))) continue;
      // "built on Qwen2.5-VL 3B": the name goes on past a version point, so "Qwen2" is only its start
      if (VERSION_GOES_ON.test(after)) continue;
      // "surpasses SoTA UniAD": a generic word before the name is no part of it
      const lead = /^(\S+)\s+(?=\S)/.exec(name);
      // ("built on the Model Context Protocol (MCP)": not the rest of a long form whose acronym follows, read above)
      if (lead && generic(lead[1]) && /^\s*\([A-Z][\w-]*\)/.test(after)) continue;
      if (lead && generic(lead[1])) name = name.slice(lead[0].length);
      const sh = shapeOf(name);
      if (generic(name)) continue;
      // ("builds on CLIP ViT-L/14": a known model and its backbone, which the lexicon and the model families read, no baseline)
      if (name.includes(' ') && vocab.isLexiconModel(name.slice(0, name.indexOf(' ')))) continue;
      // "AdaBoost Classifier" after a generic name, "based on 1D CNN-LSTM": a head noun or a dimension is no name
      if (BARE_HEAD.test(name) || /^[1-4]D$/.test(name)) continue;
      // ("features derived from Automatic Speech Recognition (ASR) outputs": a task's long form, no method)
      if (name.includes(' ') && /^\s*\([A-Z][\w-]*\)/.test(after) && vocab.taskHeads.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) continue;
      // "methods based on Large Vision-Language Models": a plural topic, not a baseline
      if (name.includes(' ') && GENERIC_PLURAL_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) continue;
      // ("techniques, including Statistical (Z-Score), Machine Learning (...)": an English adjective or noun the
      // lexicon of words lacks, by its ending, is a kind of method)
      // ("a 14.8% improvement over Luna, the previous state-of-the-art encoder": a word set off as the prior best is a name)
      // (a word set off so may be an English word too: "Luna")
      const weakOk = sh === 'weak' && !DERIVED_WORD.test(name) && ((/(?:such as|like|including|e\.g\.)/i.test(m[0]) && !vocab.isKnownWord(name.toLowerCase())) ||
        (PRIOR_BEST_AFTER.test(text.slice(nameAt0 + name.length, nameAt0 + name.length + 48)) && !TECHNIQUE_NOUN.test(name)));
      if (sh !== 'strong' && !weakOk) continue;
      // ("such as Bayesian uncertainty estimation and activation pattern analysis": a capitalised word before a noun
      // phrase in lower case describes a kind of method)
      if (sh === 'weak' && WEAK_WORD_MODIFIES.test(after)) continue;
      // ("techniques, including Reversible Jump Markov Chain Monte Carlo and ...": a capitalised word the list walk took
      // alone from a longer phrase in title case is the phrase's first word, no name)
      if (sh === 'weak' && /^\s+[A-Z][a-z]/.test(after)) continue;
      // ("based on the Dunedin CO2 time-series dataset": a name before its data word, in lower case words or none, is data)
      const dataNext = DATA_WORD_NEXT.test(text.slice(nameAt0 + name.length, nameAt0 + name.length + 48));
      out.push({ surface: name, kind: dataList || dataNext ? 'dataset' : 'unknown', own: false, confidence: 0.6, sentence: s, rule: 'baseline', shape: sh });
    }
  }
}

/** "a (lightweight / Bayesian ...) extension / variant / adaptation / generalization of (the) X". */
const VARIANT_OF = new RegExp(String.raw`\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:extension|variant|adaptation|generali[sz]ation|refinement|modification)\s+of\s+(?:the\s+)?(?:(?:well-known|popular|classic|original|standard|recent|vanilla)\s+)?(${NAME_SRC})`, 'g');
const LOWER_ITEM_FIRST = new RegExp(String.raw`${LOWER_ITEM_FIRST_SRC}(?=[A-Z0-9])`, 'y');
/** Up to two lower-case words (no preposition: not " on three benchmarks"), then a data word: " time-series dataset". */
const DATA_WORD_NEXT = /^\s+(?:(?!(?:on|in|across|over|with|for|from|of|and|or|using|at|to|by|than|as)\b)[a-z][\w-]*\s+){0,2}(?:dataset|data set|benchmark|corpus|database)s?\b/;
/** A match of BASE that ends on a word of examples. */
const EXAMPLES_END = /(?:such as|like|including|e\.g\.,?)\s*$/i;
/** Lower-case words describing a compared method, right before its name (case-sensitive: not "Deep SVDD"). */
const BASE_DESCRIBED = /(?:(?:fully|weakly|semi|self)[- ]supervised|unsupervised|supervised|[a-z]+(?:-[a-z]+)?-(?:based|supervised|centric|modal|aware|driven|guided|oriented)|contrastive|discriminative|generative|multimodal|earlier|recent|deep|popular|classical|strong|competitive|well-known|widely[- ]used)\s+(?:(?:and|or)\s+)?(?:(?:[a-z]+[- ])?[a-z]+(?:-[a-z]+)?-(?:based|supervised|centric|modal|aware|driven|guided|oriented)\s+)?(?=[A-Z0-9])/y;
/** Comparison phrases kept out of BASE (which runs on most sentences): "by 6.3 points over", "improves AUC over",
 * "compared with the streaming detectors". */
const BASE_MORE = /\b(?:(?:points?|pp)\s+over|improv(?:es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?over|compar(?:e|ed|es|ing)\s+(?:it\s+|them\s+)?(?:with|to|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:detectors|methods|baselines|approaches|algorithms))\s+(?:the\s+)?|(?:%|\b\d+(?:\.\d+)?)\s+over\s+(?:the\s+)?|\b(?:exceed(?:s|ed|ing)?|(?:superior|comparable)\s+to|ahead\s+of)\s+(?:the\s+)?/gi;
/** A plural kind of method after its describing words, then a comma and a name: "adaptive aggregation methods, ". */
const KIND_COMMA_LIST = /\b((?:[a-z][\w-]*\s+){1,3})(?:methods|approaches|algorithms|strategies|techniques|baselines|detectors)\s*,\s+(?=[A-Z])/g;
/** What any KIND_COMMA_LIST match contains (its costlier scan tries one to three words at every word). */
const KIND_COMMA_NEED = /(?:methods|approaches|algorithms|strategies|techniques|baselines|detectors)\s*,\s+[A-Z]/;
/** Words before such a plural that make the methods the paper's: "two new", "our", "the proposed". */
const OWN_KIND_PLURAL = /\b(?:our|new|novel|proposed|two|three|four|five|several)\b/i;
/** ... or a proposal verb governing it: "We present unsupervised detection methods, ". */
const PROPOSED_KIND_BEFORE = /\b(?:propos|present|introduc|develop|design|devis)\w*\s+(?:[\w-]+\s+){0,3}$/i;
/** "state-of-the-art baselines (Cyberian, NetGuardian)", "competing methods (ZorbA, ZorbB)": baselines in parentheses. */
const BASELINES_PAREN = /\b(?:baselines|competitors|(?:state-of-the-art|SOTA|SoTA|existing|prior|previous|recent|competing|leading)\s+(?:[\w-]+\s+)?(?:methods|approaches|detectors|models|systems|algorithms)|[a-z][\w-]*\s+(?:methods|approaches|techniques|detectors|parsers|generators|classifiers|algorithms|tools|frameworks|networks|architectures))\s+\((?=[A-Z])/g;

/** A counted or collective proposal right after the proposal verb, then its names set off ("two compact detectors, "). */
const COUNTED_PROPOSAL = /\s*(?:(?:a|an|the)\s+)?(?:two|three|four|five|six|several|both|(?:a|an)\s+(?:family|suite|set|pair)\s+of)\s+(?:[\w-]+\s+){0,4}?(?:methods|models|variants|approaches|frameworks|algorithms|detectors|versions|architectures|networks|systems|metrics|scores|tools|pipelines|classifiers|datasets|benchmarks|corpora)\s*(?:,\s*(?:namely\s+|i\.e\.,?\s+|(?:referred to as|called|named|dubbed|termed)\s+)?|[—–]\s*|\s-+\s+|\(\s*|\s+(?:referred to as|called|named|dubbed|termed)\s+)(?=[A-Za-z0-9])/y;
/** The ending of an English word the word list may lack: "deduplication", "differentiable", "technosignatures". */
const ENGLISH_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ancy|ency|able|ible|ive|ous|ful|less|ing|ed|er|or|ist|ism|ize|ise|al|ic|ary|ory|ly|logy|graphy|ship|hood|ure|age)s?$/;
/** The last word of a head that is a process or a quality, an abstract noun: "Deduplication", "Screening", "Clarity". */
const PROCESS_HEAD_END = /[a-z](?:ity|ness|tion|sion|ment|ence|ance|ism|ing)$/;
/** The rest of a title that calls its head a method or data: "an Unsupervised Approach to ...", "A ... Dataset for ...". */
const HEAD_DESCRIBED = /^(?:an?|the)\s+(?:[\w-]+\s+){0,6}?(?:framework|approach|method|operator|dataset|benchmark|model|network|detector|architecture|system|pipeline|algorithm|toolkit|library)\b/i;

/** A title that opens on the name of its data: "The voraus-AD Dataset for ...", or its subtitle does: "From Seedling to Harvest: The GrowingSoy Dataset for ...", "...: the FLAME dataset". */
const TITLE_DATA = new RegExp(String.raw`(?:^\s*The|:\s+[Tt]he)\s+(${NAME_SRC}(?:\s+${NAME_SRC})?)\s+(?:Dataset|Data Set|Benchmark|Database|Corpus|dataset|data set|benchmark|database|corpus)(?=\s*(?:for|of|and|on|in|with)\b|\s*[:—–]|\s+-|\s*$)`);

/** Words of a new thing or of the paper presenting it, in a sentence without "we" or "our". */
const NEW_OR_PRESENTED = /\b(?:novel|new|propos\w*|present(?:s|ed)?|put forward|introduc\w*|here|herein)\b/i;
/** "a ... detection algorithm, FLiForest, based on ...": a name set off by commas after the head noun of a method. */
/** "over CARZero, the state-of-the-art zero-shot classification baseline": a name, then others' best kind of method
 * (not one set off before the next name: "the specially designed RCA-agent, the best-performing model, Claude 3.5"). */
const NAME_PRIOR_KIND = new RegExp(String.raw`(?:^|[\s(])(${NAME_SRC}),\s+(?:the|a)\s+(?:current\s+|previous\s+)?(?:state-of-the-art|SOTA|leading|best-performing|previous best|strongest)\s+(?:[\w-]+\s+){0,4}?(?:method|model|approach|baseline|detector|framework|algorithm|technique)s?\b(?!\s*,\s*[A-Z])`, 'g');
const PRIOR_KIND_WORD = /recent|existing|leading|previous|prior|popular|state-of-the-art|best-performing|well-known|strongest|top-performing|competing/;
/** "a recent ... technique, CarveMix.", "the leading model, MTH-IDS (": a name set off after others' kind of method. */
/** "combines RelationNet and PatchCore", "combining time-series patching with PlinkoAD" (the name ends its phrase). */
const COMBINES = new RegExp(String.raw`\bcombin(?:es|ed|ing|e)\s+(?:(?:the|a)\s+)?(?:(${NAME_SRC})\s+(?:and|with)\s+(?:the\s+)?|(?:[a-z][\w-]*\s+){1,4}with\s+(?:the\s+)?)(${NAME_SRC})(?=\s*(?:[,.;:]|$))`, 'g');
/** "its predecessor PlinkoAD", "the predecessor of our method, PlinkoAD". */
const PREDECESSOR = new RegExp(String.raw`\b(?:its|their|our|the)\s+predecessors?\s*,?\s+(${NAME_SRC})(?=\s*(?:[,.;:(]|and\b|$))`, 'g');
/** "However, PlinkoAD suffers from ...", "PlinkoAD fails to ...": a name a sentence opens on, then its flaw. */
const LIMITED_SUBJECT = new RegExp(String.raw`(?:^|[;:]\s+|\b(?:However|But|Yet|Unfortunately|Nevertheless|Still),?\s+)(?:the\s+)?(${NAME_SRC})\s+(?:(?:still|often|also|however|usually|generally),?\s+)?(?:suffers?|suffered|fails?|failed|struggles?|struggled|lacks?|lacked)\b`, 'g');
const PRIOR_KIND_APPOS = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:recent|existing|leading|previous|prior|popular|state-of-the-art|best-performing|well-known|strongest|top-performing|competing)\s+(?:[\w-]+\s+){0,4}?(?:algorithm|method|model|detector|framework|approach|system|technique|architecture|baseline)\s*,\s*(${NAME_SRC})(?=\s*(?:[,.;:(]|$))`, 'g');
const OWN_WRAPPED_NEED = /\b(?:to|and)\s+(?:build|design|develop|construct|create|devise|derive)\b|\b(?:design|deployment|implementation|development) of\b|\bextend|\bcontributions?\b/;
/** "to build a model-level detector, X", "the deployment of a hybrid detector, X": a name set off after the kind the paper builds. */
const WRAPPED_KIND_NAME = new RegExp(String.raw`\b(?:(?:to|and)\s+(?:build|design|develop|construct|create|devise|derive)|(?:describe|report|present)\s+the\s+(?:design|deployment|implementation|development)\s+of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}?(?:${WHOLE_KIND_SRC})\s*,\s*(${NAME_SRC})(?=\s*(?:[,.;(]|$))`, 'g');
/** "extends our earlier ... framework to X", "We extend TAM to TAM++": the name extended to is the paper's own, the name extended is earlier work. */
const EXTEND_TO = new RegExp(String.raw`\bextend(?:s|ed)?\s+(?:(${NAME_SRC})|our\s+(?:earlier|previous|prior|original)\s+(?:[\w-]+\s+){0,4}?(?:${WHOLE_KIND_SRC}))\s+(?:to|into)\s+(${NAME_SRC})(?=\s*(?:[,.;(]|$|\s+(?:which|that|by|with)\b))`, 'g');
/** "Our contributions are threefold: (1) X, ...": the first contribution named. */
const CONTRIBUTION_NAME = new RegExp(String.raw`\bcontributions?\s+(?:are|is|include)\s*(?:\w+\s*)?:?\s*\((?:1|i|a)\)\s*(${NAME_SRC})(?=\s*[,:;(])`, 'g');

/** The paper's own method named in a construction no proposal verb reads (the patterns above). */
function ownWrappedPass(p: SentencePass): void {
  const { generic, out, s, text, vocab } = p;
  const take = (name: string | undefined, own: boolean) => {
    if (!name || shapeOf(name) !== 'strong' || generic(name) || vocab.stop.has(normLetters(name)) || name.length < 3) return;
    if (own && vocab.isLexiconName(name)) return;
    out.push({ surface: name, kind: 'method', own, confidence: own ? 0.8 : 0.6, sentence: s, rule: own ? 'naming' : 'baseline', shape: 'strong' });
  };
  for (const rx of [WRAPPED_KIND_NAME, CONTRIBUTION_NAME]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) take(m[1], true);
  }
  EXTEND_TO.lastIndex = 0;
  for (let m = EXTEND_TO.exec(text); m; m = EXTEND_TO.exec(text)) {
    // (not a setting or data extended to: "extend it to the multi-class setting", "extend X to MVTec AD")
    // (nor one written the same but for a "+": "TAM to TAM++" is one name to the scorer; the title reads it)
    if (m[1] !== undefined && normLetters(m[2]) === normLetters(m[1])) continue;
    if (/^(?:the|a|an|it|them)$/i.test(m[2]) || vocab.isLexiconName(m[2])) continue;
    take(m[2], true);
    take(m[1], false);
  }
}

/** The kinds DEF_KIND_APPOS takes that the trigger bits do not mark, right before a comma (a cheap test). */
const LATE_KIND_COMMA = /\b(?:model|encoder|network|system|architecture|forecaster|variant|scheme|curriculum)\s*,/;
/** A definite kind of method, then a name set off by commas (or "for short,"), then the sentence goes on in lower case. */
const DEF_KIND_APPOS = new RegExp(String.raw`(?:^|\b(?:that|where|while)\s+)((?:The|This|the|this)\s+(?:[\w-]+\s+){0,3}?(?:${NAMED_LATE_KIND_SRC}))\s*,\s*(${NAME_SRC})(?:\s*\([^()]{2,80}\))?(?:\s+for\s+short)?\s*,\s+(?=[a-z])`, 'g');
const DEF_KIND_APPOS_NEED = /\b(?:The|This|the|this)\s[^,]{0,60},\s*[A-Za-z0-9][^,]{0,100},\s+[a-z]/;
/** Words of others' work in a noun phrase ("The popular detector", "the previous state-of-the-art method"). */
const PRIOR_NP = /\b(?:popular|previous|prior|existing|baseline|state-of-the-art|SOTA|recent|original|classic|classical|well-known|standard|conventional|traditional|leading|competing|strongest)\b/i;
const KIND_APPOS = new RegExp(String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:algorithm|method|model|detector|framework|approach|system|tool|architecture|technique)\s*,\s*(${NAME_SRC})\s*,`, 'g');

/** A proposal verb of the paper's own, or a passive one, in a sentence naming a metric. */
const OWN_METRIC_VERB = /\b(?:we|this (?:paper|work|study)|this leads to)\b[^.;]{0,80}\b(?:propos|introduc|develop|design|present|devis)\w*|\b(?:is|are)\s+(?:\w+\s+)?(?:proposed|introduced|developed|designed)\b/i;
/** "the JeAUG metric", "a simple yet effective EigenScore metric" (a name right before "metric"). */
const NAME_METRIC = new RegExp(String.raw`\b(?:the|a|an)\s+(?:(?:simple|new|novel|effective|yet|and|robust|unified|principled)\s+){0,4}(${NAME_SRC})\s+metric\b`, 'g');
/** "IMS (Information Matching Score), a new MLLM-based metric" (a name set off as a new metric). */
/** "(the) Capitalised Words Score (ACR), a new ... metric" or "the X Score, a new ... metric". */
const PHRASE_NEW_METRIC = new RegExp(String.raw`\b(?:the\s+)?((?:[A-Z][\w-]*\s+){1,5}?(?:Score|Index|Measure|Metric|Distance|Criterion|Statistic|Rate|Curve))(?:\s+\((${NAME_SRC})\))?,\s+(?:a|an)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(?:metric|score|measure|criterion|index)\b`, 'g');
const NAME_NEW_METRIC = new RegExp(String.raw`(?:^|[\s(])(${NAME_SRC})(?:\s+\([^()]{3,80}\))?,\s+(?:a|an)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?metric\b`, 'g');
/** Words of existing work right before a metric's name ("the standard F1 metric", "the widely used PA%K metric"). */
const PRIOR_METRIC_BEFORE = /\b(?:standard|existing|common|conventional|widely[- ]used|popular|traditional|classical|usual|previous|established)\s+(?:[\w-]+\s+)?$/i;
/** "our prior LAMP framework"; "the EAPCR and Time-EAPCR models proposed in previous research". */
const EARLIER_WORK = new RegExp(String.raw`\bour\s+(?:prior|previous|earlier|original|former)\s+(${NAME_SRC})\s+(?:framework|method|model|approach|system|algorithm|architecture|tool|detector)s?\b|\b(${NAME_SRC})(?:\s+and\s+(${NAME_SRC}))?\s+(?:models?|methods?|approaches|frameworks?|algorithms?)\s+(?:proposed|introduced|developed|presented)\s+in\s+(?:our\s+)?(?:previous|prior|earlier)\s+(?:research|work|works|studies|study|papers?)\b`, 'g');
/** What either branch of EARLIER_WORK needs, without its names (a name at every word start is its cost): a cheap test first. */
const EARLIER_WORK_NEED = /\bour\s+(?:prior|previous|earlier|original|former)\s|(?:proposed|introduced|developed|presented)\s+in\s+(?:our\s+)?(?:previous|prior|earlier)\s+(?:research|work|works|studies|study|papers?)\b/;
/** The subject of a result clause: "(show that) X (consistently) outperforms / surpasses / achieves ...". */
const RESULT_SUBJECT = new RegExp(String.raw`(?:^|^(?:Compared (?:to|with)|In comparison (?:to|with)|On|Across)\s+[^,.;:()]{1,60},\s+|\bthat\s+[^,.;:]{0,60},\s+|\b(?:that|where|then|(?:show|shows|showed|demonstrate|demonstrates|indicate|indicates|confirm|confirms|verify|verifies|reveal|reveals))\s+|\b(?:Notably|Moreover|Furthermore|Additionally|Overall|Specifically|In particular|As a result|Consequently|Finally|In addition|Empirically|Experimentally|Remarkably|Importantly),\s+)(?:(?:the proposed|our(?:\s+proposed)?|the fine-tuned)\s+)?(${NAME_SRC})\s+(?:(?:has|have)\s+)?(?:(?:consistently|significantly|substantially|clearly|remarkably|notably|also|further|even|greatly|largely|markedly|considerably|generally)\s+)?(?:outperform\w*|surpass\w*|exceed\w*|beats?\b|achiev\w*|attain\w*|reach\w*|sets?\s+(?:a\s+)?new|performs?\s+(?:on par|better|best|favou?rably|competitively|comparably)\b|(?:demonstrat\w*|shows?|yields?|delivers?|obtains?|exhibits?)\s+(?:superior|state-of-the-art|SOTA|competitive|the best|significantly better|remarkabl\w*|excellent|outstanding)|(?:exhibits?|has|provides?)\s+(?:(?:an?|much|significantly|consistently)\s+)?(?:superior|outstanding|excellent|better|higher|the best|state-of-the-art|competitive)\s+(?:[\w-]+\s+)?(?:performance|accuracy|results?|detection|robustness|generali[sz]ation))`, 'g');
/** Words that make an acronym's definition a part of something: "consists of", "modules", "including". */
const COMPONENT_WORDS = /\b(?:compris\w*|consist\w* of|composed of|components?|modules?|including|includes)\b/i;
/** "the original semantic pool is comprised of ...": what existing work is made of (before the proposal verb). */
const PRIOR_COMPOSED = /\b(?:original|existing|conventional|standard|previous|prior|traditional)\b[^,;]*\b(?:compris\w*|consist\w* of|composed of)/i;
/** Two words in lower case right after a name ("Bayesian| uncertainty estimation"): the name modifies them. */
const WEAK_WORD_MODIFIES = /^\s+(?!(?:and|or|with|on|in|for|to|by|as|is|are|was|were|which|that|has|have|achieves?|outperforms?)\s)[a-z][\w-]*\s+(?!(?:and|or)\b)[a-z][\w-]*/;
/** An English noun of a technique ("Diffusion", "Transformer", "Clustering"), no name even when set off as the prior best. */
const TECHNIQUE_NOUN = /(?:ion|ment|ness|ity|ing|ers?|ism)$/;
/** ", the previous state-of-the-art ..." right after a name. */
const PRIOR_BEST_AFTER = /^,\s+(?:the\s+(?:previous|prior|former|current|existing)\s+(?:state-of-the-art|best|SOTA|strongest|leading)|an?\s+state-of-the-art)\b/i;
/** The prior best named before its head noun or after it, set off: "the state-of-the-art X model", "the state-of-the-art ... model, X"
 * (or right after it before a stop: "the previous state-of-the-art solution Forta, with ...", "the state-of-the-art tool Pyradon."). */
const SOTA_OPENING = String.raw`(?:\bthe\s+)?(?:current\s+|previous\s+|existing\s+)?\b(?:state-of-the-art|SOTA|SoTA)\s+(?:[\w-]+\s+){0,4}?`;
const SOTA_NAME = new RegExp(String.raw`${SOTA_OPENING}(?:(${NAME_SRC})\s+(?:model|method|detector|approach|baseline|framework)s?\b)`, 'g');
const SOTA_NAME_AFTER = new RegExp(String.raw`${SOTA_OPENING}(?:model|method|detector|approach|baseline|framework|tracker|classifier|segmenter|solution|technique|tool|algorithm|system)\s*(?:,\s*(?:i\.e\.,?\s*)?|\(\s*|\s)(${NAME_SRC})(?=\s*[),.;])`, 'g');
/** "outperforms the state-of-the-art ZorbAD by 2.1%", "over the previous SOTA ZorbAD on ...": the prior best, named alone. */
const SOTA_NAME_BY = new RegExp(String.raw`\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|over|than)\s+(?:the\s+)?(?:current\s+|previous\s+|prior\s+|existing\s+|recent\s+)?(?:state-of-the-art|SOTA|SoTA)\s+(${NAME_SRC})(?=\s+(?:by|on|in|across|with|at|under)\b|\s*[,.;(])`, 'g');
/** A word with an English derivational ending ("Statistical", "Generative", "Isolation"). */
const DERIVED_WORD = /^[A-Z][a-z]+(?:ical|ional|ative|itive|ing)$/;
/** "demonstrate the effectiveness of NAME", "verify the superiority of the proposed NAME". */
const EFFECTIVENESS_OF = new RegExp(String.raw`\b(?:demonstrat\w*|validat\w*|verif\w*|confirm\w*|show\w*|prov(?:e|es|ed|en|ing)|highlight\w*|evaluat\w*)\s+the\s+(?:effectiveness|superiority|efficacy|efficiency|advantages?)\s+of\s+(?:(?:the proposed|our(?:\s+proposed)?)\s+)?(${NAME_SRC})(?=\s*(?:[.;)]|$)|\s*,?\s+(?:which|that)\s+(?!we\b|is\s+used|are\s+used)|\s+(?:across|over|on|compared|against|using)\b)`, 'g');
/** Could the sentence hold a verb RESULT_SUBJECT needs? (a cheap superset test: most sentences hold none) */
function resultVerb(t: string): boolean {
  return t.includes('outperform') || t.includes('surpass') || t.includes('exceed') || t.includes('beat') || t.includes('achiev') ||
    t.includes('attain') || t.includes('reach') || (t.includes('set') && t.includes('new')) ||
    t.includes('superior') || t.includes('state-of-the-art') || t.includes('SOTA') || t.includes('competitive') || t.includes('the best') ||
    t.includes('significantly better') || t.includes('remarkabl') || t.includes('performs ') ||
    // ("X exhibits outstanding performance", "X has better detection performance")
    ((t.includes('better') || t.includes('higher') || t.includes('outstanding') || t.includes('excellent')) &&
      (t.includes('exhibit') || t.includes('has ') || t.includes('have ') || t.includes('provide'))) ||
    effectivenessWord(t);
}
/** Could the sentence hold EFFECTIVENESS_OF? */
function effectivenessWord(t: string): boolean {
  return t.includes(' of ') && (t.includes('effectiveness') || t.includes('efficacy') || t.includes('efficiency') || t.includes('advantage') || t.includes('superiority'));
}
/** What makes a result's subject someone else's: a comparison with the paper's own ("better than ours", "which our method
 * addresses"), a ranking among models ("the best among open-source models"). */
const RESULT_NOT_OURS = /\b(?:than ours|than our\b|our (?:method|approach|model|framework) (?:addresses|removes|overcomes|fixes|solves)|among (?:[\w-]+\s+){0,3}(?:models|LLMs|MLLMs|VLMs|methods|baselines))\b/i;
/** "Falcon3-10B", "Quux-VL-72B": a model's size; such a name is a pretrained model, not the paper's method. */
const SIZE_SUFFIX_NAME = /[-‐]\d+(?:\.\d+)?[BMK]$/;
/** What a result's verb compares against when the subject is data: "exceeds existing datasets in scale". */
const DATA_OBJECT = /^\s*(?:(?:existing|other|previous|prior|current|all|most|many|popular|public|standard|the|these|those|comparable|similar)\s+){0,3}(?:datasets?|benchmarks?|corpora|corpus)\b/i;
/** A plural kind of method, then a list set off by a dash, a colon, a parenthesis or a comma. */
// (what they are for may come between before a dash, a colon or a parenthesis: "static analysis tools for cryptographic API
// misuse detection—CryptoGuard, CogniCrypt, and Snyk Code—")
const KIND_LIST = /\b(?:methods|detectors|baselines|approaches|models|tools|algorithms|techniques|frameworks|competitors)(?:\s*,|(?:\s+for\s+(?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*)?\s*(?:[—–:(]|--))\s*(?:(?:e\.g\.,?|i\.e\.,?|including|such as)\s+)?/g;
/** A counted kind of methods before a colon: "three competitive prototype-based methods:". */
const COUNTED_KINDS_COLON = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,6}?(?:methods|detectors|baselines|approaches|algorithms|techniques|competitors|models|frameworks)\s*:/i;
/** A comparison with other methods somewhere in the sentence. */
const COMPARED_WORDS = /\b(?:outperform\w*|surpass\w*|compared|comparison|comparative|than|versus|against|baselines?|competitors?)\b/i;
/** "Our analytical framework motivates a novel ... method": the paper's own analysis leading to its method. */
const OUR_MOTIVATES = /\bour\b[^.;]{0,60}\b(?:motivat\w*|leads? to|yields?|gives? rise to)\b/i;
/** "with another sequence-based approach called": the naming of another's method. */
const ANOTHER_KIND_BEFORE = new RegExp(String.raw`\banother\s+(?:[\w-]+\s+){0,3}(?:${WHOLE_KIND_SRC})\s*,?\s*$`, 'i');
/** Someone else's work or a comparison before a name: "Smith et al. introduced", "we build on", "we compare with". */
// (not "Based on these findings, we propose ...": what the paper found, no one's method)
const NOT_OURS_BEFORE = /\bet al\b|\b(?:buil\w* (?:up)?on|based on)\b(?!\s+(?:these|this|the|our|such)\s+(?:[\w-]+\s+)?(?:findings?|observations?|insights?|analys[ie]s|results?|evidence|ideas?|principles?|considerations?|experiments?)\b)|\bcompar\w*|\bextend\w*|\bexisting\b|\bprevious\w*|\bprior\b/i;
/** "a novel OOD detection method for neural networks, GEM, which": a new kind of method, then its name set off by commas. */
const NOVEL_HEAD_APPOS = new RegExp(String.raw`\b(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,5}?(?:method|approach|framework|algorithm|detector|technique)(?:\s+(?:for|to|of|on|in|with)\s+[^,.;:()]{0,60}?)?,\s+(${NAME_SRC}),\s+(?:which|that|whose|where|based|built|using|with)\b`, 'g');
/** "the PineForest active anomaly detection algorithm": the, a name, up to four lower-case words, a kind of method. */
// (the kind noun heads the name's own noun phrase: not "the topN accuracy of the proposed method")
/** A preposition or verb of building on right before "the X algorithm": into, upon, extends, improves ... */
const PRIOR_WORD = /recent|existing|popular|previous|prior|original|well-known|classic|standard|conventional|baseline/;
const BUILT_WORD = /into |upon |extend|improv|modif|enhanc|replac|upgrade|extension/;
const BUILT_ON_BEFORE = /\b(?:into|upon|extends?|extending|improv(?:es|ing)|modif(?:ies|ying)|enhanc(?:es|ing)|replac(?:es|ing)|(?:upgrade|extension)s?\s+(?:to|of))\s+$/i;
/** Cheap tests before the two below: a kind of method, or a plural one (a comma may follow it), right before a capitalised word. */
const KIND_THEN_NAME = /(?:algorithm|method|approach|detector|technique)\s+[A-Z0-9]|^\s*\S+\s+(?:algorithm|method|approach|detector)\s/;
const KINDS_THEN_NAME = /(?:models|methods|algorithms|approaches|detectors|baselines|architectures|frameworks),?\s+[A-Z]/;
/** "the detection algorithm CBRW" (a name right after the head noun, ending its phrase), "MCOKE algorithm assigns ...". */
const THE_KIND_NAME = new RegExp(String.raw`\bthe\s+(?:[a-z][\w-]*\s+){0,3}?(?:algorithm|method|approach|detector|technique)\s+(${NAME_SRC})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|for|with|which|that|is|was|on)\b)|^\s*(${NAME_SRC})\s+(?:algorithm|method|approach|detector)\s+(?:is|was|has|assigns|uses|relies|computes|achieves|learns|builds|detects|works|performs)\b`, 'g');
const THE_NAME_KIND = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(${NAME_SRC})\s+(?:(?!(?:of|the|for|in|on|with|to|by|and|or|from|than|learning|software|programming)\s)[a-z][\w-]*\s+){0,4}?(?:algorithm|method|approach|detector|technique|framework|pipeline|classifier|toolkit|broker)\b`, 'g');
/** The words of a piece of software (a cheap test before THE_NAME_TOOL). */
const TOOL_WORD = /\s(?:package|toolbox|software|library|platform|tool)\b/;
/** "the ConKit package", "the Skyline proteomics software", "the eDarkTrends platform". */
const THE_NAME_TOOL = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(${NAME_SRC})\s+(?:(?!(?:of|the|for|in|on|with|to|by|and|or|from|than)\s)[a-z][\w-]*\s+){0,3}?(?:package|toolbox|software|library|platform|tool)\b`, 'g');
/** "the CNN-RNN-CTC model", "the YOLO11n deep learning model" (not "a Large-Language model", nor capitalised words joined). */
const THE_NAME_MODEL = new RegExp(String.raw`\b[Tt]he\s+(?![A-Z][a-z]+(?:[-‐][A-Z][a-z]+)+\s)(${NAME_SRC})\s+(?:(?!(?:of|the|for|in|on|with|to|by|and|or|from|than)\s)[a-z][\w-]*\s+){0,3}?model\b`, 'g');
/** The same after a word of others' work: "the recent ItS2CLR method" (run only where such a word is). */
const THE_PRIOR_NAME_KIND = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:recent|existing|popular|previous|prior|original|well-known|classical|classic|standard|conventional|baseline)\s+(${NAME_SRC})\s+(?:(?!(?:of|the|for|in|on|with|to|by|and|or|from|than)\s)[a-z][\w-]*\s+){0,4}?(?:algorithm|method|approach|detector|technique|test)\b`, 'g');
/** Words of a comparison in a sentence of results ("than", "compared with", "baselines"). */
const RESULT_COMPARED = /\b(?:than|compared|comparison|versus|vs\.?|baselines?|over|against|existing|previous|prior|state-of-the-art|SOTA)\b/i;
/** "the MSADBO-CNN model achieved", "the EMD-TD-PCA method can effectively improve", "the ... model V-soft achieves": a name
 * and its kind (either way round), a verb of results. */
const THE_NAME_RESULT = new RegExp(String.raw`\b[Tt]he\s+(?:(${NAME_SRC})\s+(?:model|method|approach|algorithm|framework)|(?:[a-z][\w-]*\s+){0,4}?(?:model|method|approach|algorithm|framework)\s+(${NAME_SRC}))\s+(?:can\s+(?:\w+\s+)?|could\s+(?:\w+\s+)?)?(?:achieve[sd]?|outperform(?:s|ed)?|shows?|showed|demonstrates?|demonstrated|yields?|yielded|obtains?|obtained|exhibits?|exhibited|improves?|improved|reach(?:es|ed)?|attain(?:s|ed)?|surpass(?:es|ed)?|effectively|accurately|successfully)\b`, 'g');
/** A hyphen between a capital or digit and a capital ("GRU-SVM"): THE_COMPOSITE_KIND's cheap gate. */
const COMPOSITE_HINT = /[A-Z0-9][-–‐][A-Z]/;
/** "the GRU-SVM model", "the PCA-EWMA method", "the SAE-CNN-SVM model": acronyms joined before a kind of method. */
const THE_COMPOSITE_KIND = /\b[Tt]he\s+([A-Z][A-Za-z0-9]*(?:[-–‐][A-Z][A-Za-z0-9]*)+)\s+(?:(?!(?:of|the|for|in|on|with|to|by|and|or|from|than)\s)[a-z][\w-]*\s+){0,3}?(?:model|method|algorithm|approach|framework|network|classifier|scheme|architecture|detector)\b/g;
/** "ImageNet-pretrained", "CIFAR-10-trained": a participle made from a name. */
const PARTICIPLE_TOKEN = /[-‐](?:pretrained|pre-trained|trained|finetuned|fine-tuned|tuned|initiali[sz]ed|generated|labell?ed)$/i;
/** The kinds PROPOSE_KIND_PAREN names. */
const PROPOSE_KIND_PAREN_KIND = 'framework|method|model|approach|pipeline|network|system|algorithm|architecture|detector|technique|scheme|mechanism|tool|toolkit|platform';
/** "we propose a ... pipeline (Xsyn)", "we introduce a ... (Caro) framework": a coined word, capitalised and with lower-case
 * letters (an acronym is read by the acronym pass), in parentheses right after or before the kind the paper proposes (not
 * past what the proposal uses: "a generative model that uses a ... network (StyleGAN2)"). */
const PROPOSE_KIND_PAREN = new RegExp(String.raw`\b(?:[Ww]e|[Tt]his (?:paper|work|study|article|letter))\s+(?:[a-z]+ly\s+)?(?:propose|present|introduce|develop|design|build|devise)[sd]?\s+(?:an?|the|our)\s+(?:(?!\b(?:that|which|uses?|using|with|via|by|based|built|upon|existing|state-of-the-art|pre-?trained)\b)[^.;()]){0,100}?(?:\b(?:${PROPOSE_KIND_PAREN_KIND})\s*\(([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9-]*)\)|\(([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9-]*)\)\s*(?:${PROPOSE_KIND_PAREN_KIND})\b)`, 'g');
/** "framework X is proposed": a head noun, its name, a passive proposal verb. */
const PASSIVE_HEAD = new RegExp(String.raw`\b(?:framework|method|model|approach|network|algorithm|architecture|detector|system|pipeline)\s+(${NAME_SRC})\s+(?:is|was|has been)\s+(?:\w+\s+)?(?:${MADE})\b`, 'g');
/** "ZorbNet is proposed", "In the first stage, ZorbNet is proposed": a name opening a clause, then a passive proposal. */
const PASSIVE_NAME = new RegExp(String.raw`(?:^|[.;:]\s+|,\s+|\b(?:In this (?:paper|work|study|article|letter)|Hence|Thus|Therefore|Here)\s+)(?:(?:[Tt]he|[Oo]ur)\s+(?:proposed\s+)?|[Aa]n?\s+(?:(?:novel|new)\s+)?(?=(?:${NAME_SRC})\s+(?:model|method|framework|approach|algorithm|network|scheme)\s))?(${NAME_SRC})(?:\s+(?:model|method|framework|approach|algorithm|network|scheme)(?:\s+[a-z]+ing\s+[^,.;()]{0,80}?)?)?(?:\s*,)?\s+(?:is|are|was|were)\s+(?:(?:\w+ly|therefore|thus|first|hereby|then|further|also|hence)\s+)?(?:proposed|introduced|presented|developed|designed|devised|constructed|built)\b`, 'g');
/** Who proposed it, right after a passive proposal: "by Smith et al.", "in 2018", "into ...". */
// (or what is put to use as a part: "the VGG model is introduced as the backbone network")
const ASCRIBED_AFTER = /^\s+(?:by\b|in\s+(?:19|20)\d\d|into\b|as\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:backbone|feature extractor|encoder|teacher|student|base model|baseline)s?\b)/;
/** Words of earlier work around a passive proposal. */
const PRIOR_WORDS = /\b(?:earlier|previously|prior|existing|originally|formerly|widely|baselines?|remains?)\b/i;
/** A sentence about others' work: "Recently, X was proposed", "Among them, X ...", "However, X was designed for ...". */
const OTHERS_OPENING = /^\s*(?:Recently|Among them|However|Previously|Traditionally|Conventionally|Originally|In (?:19|20)\d\d|Lately|Nowadays|Currently)\b/i;
/** Head nouns after which a name is the proposal only with the paper's own determiner ("a new detector X", not "the detector X"). */
const OWN_DET_HEADS = new Set(['algorithm', 'architecture', 'detector', 'technique']);
/** The last word of a method's long form ("... Graph Neural Network", "... Framework"). */
const ARCH_HEAD_LF = /\b(?:network|networks|framework|model|method|approach|algorithm|detector|transformer|autoencoder|architecture)$/i;
/** A proposal of data ("we construct a benchmark of 20 log datasets", "we introduce a new dataset"). */
const DATA_PROPOSAL = /\b(?:datasets?|benchmarks?|corpus|corpora|data sets?|suite|leaderboard|evaluation|study|survey|analysis)\b/i;
/** A proposal of a method ("a framework", "a new approach", "a detector"). */
const METHOD_PROPOSAL = /\b(?:method|methods|approach|approaches|framework|model|network|detector|algorithm|architecture|technique|pipeline|system|strategy|paradigm|module|loss|mechanism|scheme)\b/i;
/** "GNNs", "TSFMs": a plural acronym names a kind of model, not one. */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** A kind of pretrained model followed by examples: "VLMs (e.g., X, Y)", "foundation models such as X and Y". */
// (with the kind's acronym between: "Vision-Language Models (VLMs) like CLIP"; a colon's list after a plural kind of pretrained
// model: "time-series foundation models: MOMENT, Chronos, TimesFM"; names in parentheses after a kind of language model:
// "multiple LLMs (LLaMa2, Mistral)", "a Large Language Model (GPT-3.5)", "the fine-tuned LLM (GPT-3)")
const MODEL_LIST = /\b(?:VLMs|LLMs|MLLMs|LMMs|LVLMs|VFMs|(?:vision[- ]language|foundation|foundational|language|multimodal|vision foundation|pretrained|pre-trained) models(?:\s+(?:pre-?trained|trained)\s+on\s+[^,;.()]{1,40})?|backbones|(?:DNN |CNN |neural |network |deep |backbone )?architectures|backbone networks)(?:\s*\((?:VLMs|LLMs|MLLMs|LMMs|LVLMs|VFMs|FMs|TSFMs)\))?\s*(?:\(\s*(?:e\.g\.,?|such as|including)\s*|,?\s+(?:such as|like|including|e\.g\.,?|specifically|namely)\s+)|\b(?:LLMs|VLMs|MLLMs|LMMs|LVLMs|(?:foundation|language|vision[- ]language) models)\s*(?::\s*|\((?=[A-Z0-9][\w.-]*\s*[,)]))|\b(?:LLM|VLM|MLLM|LMM|LVLM|[Ll]arge [Ll]anguage [Mm]odel|[Ll]anguage [Mm]odel|[Mm]ultimodal [Ll]arge [Ll]anguage [Mm]odel|[Ff]oundation [Mm]odel|[Bb]ase [Mm]odel)\s*\((?=[A-Z0-9][\w.-]*\))/gi;

/** ".5-VL", ".1": a version point right after a name, which the name pattern stops before */
const VERSION_GOES_ON = /^\.\d/;

/** First words of hyphened descriptors ("Multi-Agent", "Cross-Domain", "Zero-Shot", "Human-in-the-Loop"). */
const DESCRIPTOR_FIRST = new Set(['multi', 'cross', 'self', 'semi', 'non', 'pre', 'post', 'inter', 'intra', 'co', 'bi', 'tri', 'uni', 'zero', 'few', 'one', 'two', 'sub', 'meta', 'anti', 'human', 'training', 'plug', 'end']);

/**
 * "a robust Zero-Shot framework", "an interpretable Multi-Agent framework", "a Human-in-the-Loop framework": a hyphened
 * descriptor of English words, not a coined name ("a novel Look-Twice framework").
 */
function hyphenedDescriptor(tok: string, generic: (s: string) => boolean, vocab: PatternVocab): boolean {
  const parts = tok.split(/[-‐]/);
  return parts.length > 1 && DESCRIPTOR_FIRST.has(parts[0].toLowerCase()) &&
    parts.every((p) => generic(p) || vocab.isKnownWord(p.toLowerCase()) || DESCRIPTOR_FIRST.has(p.toLowerCase()) || p.toLowerCase() === 'loop');
}
/** After a proposal verb: a determiner and a few evaluative adjectives ("a novel LEC-VAD", "a simple yet effective X"). */
// ("a groundbreaking SingGraph model", "a versatile ZorbNet": an evaluative adjective or two before the name)
// (sentence case, not /i: "We introduce Universal Anomaly Detector" keeps its first word)
const PROPOSED_DET = /^\s*(?:(?:[Tt]he|[Aa]n?|[Oo]ur)\s+)?(?:(?:[Nn]ovel|[Nn]ew|[Ss]imple|[Ee]ffective|[Ee]fficient|[Uu]nified|[Ll]ightweight|(?:[Ss]imple\s+)?[Yy]et\s+[Ee]ffective|groundbreaking|pioneering|innovative|powerful|versatile|flexible|scalable|practical|principled|generic|universal|robust|interpretable|explainable|open|open-source|public|large-scale|comprehensive|challenging|realistic)\s+)*/;
/** The head noun right after a capitalised phrase: "a Dual-Image Enhanced CLIP approach". */
/** Right after a proposal verb: ", X, the / a ..." (sticky). */
const VERB_COMMA_NAME = new RegExp(String.raw`,\s+(${NAME_SRC}),\s+(?:the|a|an)\s`, 'y');
/** Right after a proposal verb: "(a|an|the) (one to three lower-case words) X (head)" (sticky). */
const DESCRIBED_OBJECT = new RegExp(String.raw`\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}(${NAME_SRC})[\s-]+(approach|framework|method|model|system|pipeline|architecture|detector|algorithm|metric|score|benchmark|dataset|toolkit|library)\b(?=\s*(?:[,.;:(]|$|\s(?:that|which|for|to|with|in|on|based|as|and|by|from|of|comprising|containing|consisting|including|covering|featuring|spanning|built|collected|constructed|designed|tailored)\b))`, 'y');
const NAMED_HEAD_AFTER = /^[\s-]+(approach|framework|method|model|system|pipeline|architecture|paradigm|detector|algorithm|benchmark|dataset|platform|toolkit)\b/i;
/** Lower-case words, then the head of a whole method: " anti-spoofing system", " subgraph framework". */
const DESCRIBED_HEAD_AFTER = /^\s+(?:[a-z][\w-]*\s+){1,2}(approach|framework|method|model|system|pipeline|architecture|detector|algorithm)\b/;
/** "CLIP-based", "LLM-guided": a modifier made from a name, not a name. */
const MODIFIER_SUFFIX = /[-‐](?:based|guided|driven|aware|like|style|free|enabled|specific|level|wise|only|powered|assisted|centric|informed|inspired|oriented|conditioned|enhanced|augmented|accelerated)$/i;
/** The same modifier glued to capitals where a PDF lost the hyphen: "the first LLMdriven system" (in lower case: not "SearchFromFree"). */
const GLUED_MODIFIER = /(?<=[A-Z]{2})(?:based|guided|driven|aware|free|enabled|powered|assisted|centric|informed|inspired|oriented|enhanced|augmented)$/;
/** A modifier made from a name ("CLIP-based", "LLMdriven"), not a name. */
function modifierToken(tok: string): boolean {
  return MODIFIER_SUFFIX.test(tok) || GLUED_MODIFIER.test(tok);
}

/** Last words that make a capitalised phrase a generic kind of network, not a name ("Graph Neural Network model"). */
const GENERIC_LAST = new Set(['model', 'network', 'networks', 'learning', 'module', 'transformer', 'encoder', 'decoder', 'autoencoder', 'detection', 'fusion']);

/** 2-5 capitalised words, one of them name-shaped (Dual-Image, MVTec), not a generic term. */
function isCapitalisedName(seq: string, generic: (s: string) => boolean): boolean {
  const words = seq.split(/\s+/);
  if (words.length < 2 || words.length > 5 || generic(seq)) return false;
  const last = words[words.length - 1].toLowerCase();
  if (GENERIC_PLURAL_HEADS.has(last) || GENERIC_LAST.has(last)) return false;
  return words.some((w) => shapeOf(w) === 'strong' && !generic(w));
}

/** What an apposition after a name says it is: "X, a novel benchmark ..." -> dataset. */
/** A name's long form set off by a dash before an apposition: " - Bio-Image Near-Duplicate Examples Repository". */
const DASHED_LONG_FORM = /^\s+[-–—]\s+(?:[A-Z][\w-]*\s+){1,8}?[A-Z][\w-]*(?=\s*,)/;
function kindAfter(follow: string, vocab: PatternVocab): CandidateKind {
  // ("we introduce BINDER - Bio-Image Near-Duplicate Examples Repository, a novel dataset to ...": the apposition comes
  // after the name's long form, set off by a dash)
  follow = follow.replace(DASHED_LONG_FORM, '');
  if (!/^\s*,/.test(follow)) return 'method';
  const rest = follow.replace(/^\s*,\s*/, '');
  // ("We propose ZorbNet, which outperforms PatchCore on the MVTec AD dataset": a relative clause says what it does, its
  // data words are someone's data; only "which is a / an ... dataset" calls it data)
  // (not a clause about data of its own kind: "we propose Wilds-FS-X, which extends these evaluations to real-world datasets")
  if (/^(?:which|that)\b/i.test(rest) && NAMED_DATA_IN_CLAUSE.test(/^[^.;:()]*/.exec(rest)![0])) return 'method';
  const head = headAfter(rest, vocab);
  if (head) return head;
  // "X, the first large-scale, multi-modal, and multi-center benchmark for ...": commas between adjectives
  // (the phrase ends at a preposition, a new apposition ", a ..." or a second name: "X, a detector, and
  // release Zorb-AD, a dataset" is no dataset X)
  const np = /^(?:an?|the)\s+[^.;:()]*?(?=\s+(?:which|that|for|to|with|of|in|on|from|by|designed|built|featuring|including|covering)\b|,\s*(?:and\s+)?(?:an?|the)\s|,?\s+and\s+[a-z]+\s+[A-Z]|[.;:()]|$)/i.exec(rest);
  const last = np && np[0].length < 120 ? /([A-Za-z]+)\s*$/.exec(np[0])?.[1].toLowerCase() : undefined;
  // ("X, a small evaluation set of 620 images", "X, a held-out test set": a set of data)
  if (last === 'set' && DATA_SET_BEFORE.test(np![0])) return 'dataset';
  // ("X (No-Answer Questions), a set of 80 no-answer questions spanning 8 categories": a counted set of things)
  if (last === 'set' && /^an?\s+set$/i.test(np![0]) && /^\s+of\s+(?:over\s+|about\s+|nearly\s+|more than\s+)?\d/.test(rest.slice(np![0].length))) return 'dataset';
  return last && vocab.datasetHeads.has(last) ? 'dataset' : 'method';
}
const DATA_SET_BEFORE = /\b(?:evaluation|test|testing|training|validation|benchmark|annotated|labell?ed|held-out|challenge|image|video)\s+set$/i;

/** After an English word the proposal names: ", which ...", ", a / an ..." (not a noun phrase going on). */
const ENGLISH_NAME_AFTER = /^\s*,\s*(?:which|that|an?)\s/;
/** What a released name is said to be when it is no data: "X, an open-source toolkit", "X, a library". */
const RELEASED_TOOL = /^\s*,\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,4}?(?:method|framework|model|tool|toolkit|library|package|system|approach|code|implementation|platform|detector)\b/i;
/** "on ", "using the ", "across " right before a name: data something is run on. */
/** "... established by us", "..., which we built": the paper's own, said right after the name. */
const OURS_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:established|built|constructed|created|collected|curated|proposed|introduced|released)\s+by\s+us\b|^\s*,?\s*(?:which|that)\s+we\s+(?:\w+\s+)?(?:establish|buil|construct|creat|collect|curat|propos|introduc|releas)/;
const EVALUATED_ON_BEFORE = /\b(?:on|using|across|over)\s+(?:the\s+)?$/;
/** A named data set in a clause: "on the MVTec AD dataset", "on the HDFS benchmark". */
/** "Our dataset, LEN (Large Engagement Networks), is …", "our new benchmark, X, covers …": the paper's data, by name. */
const OUR_DATA_APPOS = new RegExp(String.raw`\b[Oo]ur\s+(?:(?:new|novel|proposed|curated|released|public|open|large-scale|annotated)\s+)?(?:dataset|benchmark|corpus|database|data set)\s*,\s*(${NAME_SRC})(?:\s*\([^()]{2,80}\))?\s*,\s`);
const NAMED_DATA_IN_CLAUSE = /\b[A-Z][\w-]*\s+(?:dataset|benchmark|data set|corpus)\b/;
/** What a data word modifies rather than heads: "dataset-level", "dataset contamination", "dataset inference". */
const DATA_WORD_MODIFIES = /^(?:level|contamination|leakage|inference|shift|shifts|bias|distillation|condensation|pruning|curation|poisoning|membership|auditing|valuation)$/;
/** Words for a group of things whose head is what they gather ("a suite of detectors", "a family of models"). */
const GATHERING_OF = new Set(['suite', 'family', 'collection']);
/** The first head noun among the next words ("a novel evaluation benchmark designed to" -> dataset). */
function headAfter(text: string, vocab: PatternVocab): 'dataset' | 'method' | undefined {
  const words = /^[^,.;:()]*/.exec(text)![0].toLowerCase().split(/[\s-]+/).slice(0, 10);
  let gathered = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // ("X, the first suite of hallucination detection models": what the suite gathers is the head)
    // (in the plural: "models", "detectors")
    if (GATHERING_OF.has(w) && words[i + 1] === 'of') {
      i++;
      gathered = w;
      continue;
    }
    if (i >= 8) break;
    if (gathered && w.endsWith('s') && vocab.methodHeads.has(w.slice(0, -1))) return 'method';
    // ("FAR-FD, the first work to integrate a subset of important features": a verb's object is no head)
    // (only in an appositive phrase: "X, which extends these evaluations to real-world datasets, offering a testbed" is data)
    if (i > 0 && (w === 'to' || w === 'that' || w === 'which' || w === 'who') && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) return undefined;
    // ("a novel hybrid database O&M system", "a dataset generation pipeline": a data word before a method head modifies it)
    // ("PRISM, a test that detects dataset-level non-membership": a data word modifying what the thing detects is no head)
    if (vocab.datasetHeads.has(w) && !(vocab.methodHeads.has(words[i + 1] ?? '') || vocab.methodHeads.has(words[i + 2] ?? '')) && !DATA_WORD_MODIFIES.test(words[i + 1] ?? '')) return 'dataset';
    if (vocab.methodHeads.has(w)) return 'method';
  }
  // ("X, a suite of 12 tasks": a suite of no method is data)
  return gathered && vocab.datasetHeads.has(gathered) ? 'dataset' : undefined;
}

/**
 * Names in a list starting at `at`: "X, Y and Z", "X and Y", "(X, Y, Z and W)", "X/Y", and where the list
 * ends. `coordinated`: the list ends with the item after its "and" / "or" ("X and Y, Z outperformed ..." is X, Y),
 * and takes no opening parenthesis or slash.
 */
function walkList(text: string, at: number, coordinated = false, described = false, aliased = false): { names: string[]; end: number } {
  const names: string[] = [];
  let p = at;
  if (!coordinated && text[p] === '(') p++;
  let end = p;
  let last = false;
  // where the item before the last one ended, and whether the last separator was a bare comma
  let prevEnd = p;
  let bareComma = false;
  for (let n = 0; n < 8; n++) {
    // ("outperforms GDN and the spatio-temporal autoencoder STGAE", "the transformer-based UIA-ViT"): a baseline
    // set off by what it is
    if (described) {
      DESCRIBED_ITEM.lastIndex = p;
      if (DESCRIBED_ITEM.test(text)) p = DESCRIBED_ITEM.lastIndex;
    }
    const seq = capSequenceAt(text, p);
    const tok = nameAt(text, p);
    let name = seq && seq.includes(' ') && seq.split(/\s+/).length <= 3 ? seq : tok;
    if (!name) break;
    // ("CERT r4.2, CERT r5.2, and PicoDomain": a release number goes with its name)
    VERSION_TAIL.lastIndex = p + name.length;
    const version = text.charCodeAt(p + name.length) === 32 ? VERSION_TAIL.exec(text) : null;
    if (version) name += version[0];
    names.push(name);
    p += name.length;
    // ("higher than MaxLogit (0.726), MaxEnergy (0.724), and SS OOD (0.476)": a figure in parentheses after each name)
    const fig = FIGURE_IN_PARENS.exec(text.slice(p, p + 24));
    if (fig) p += fig[0].length;
    // ("INSIDE (EigenScore), CCS and HaloScope": another name of an item, in parentheses, before the next item)
    else if ((described || aliased) && text.charCodeAt(p + 1) === 40) {
      // ("the recently published methods FANCI (a random forest based on human-engineered features) and LSTM.MI (a deep
      // learning approach)": what an item is, in parentheses)
      // ("datasets, such as BRACOL (Weakly-unstructured) and PlantVillage (Unstructured)": in a list of data, capitalised words)
      const alt = ITEM_ALIAS.exec(text.slice(p, p + 48)) ?? (described ? ITEM_DESCRIPTION.exec(text.slice(p, p + 100)) : null);
      if (alt) p += alt[0].length;
    }
    end = p;
    if (last) break;
    const sep = LIST_SEP.exec(text.slice(p));
    if (!sep || (coordinated && sep[3] !== undefined)) break;
    last = coordinated && (sep[1] !== undefined || sep[2] !== undefined);
    prevEnd = p;
    bareComma = sep[1] === undefined && sep[2] === undefined && sep[3] === undefined;
    p += sep[0].length;
  }
  // ("Trained only on FaceForensics++, TempoTrace reaches AUCs of ...": after a bare comma, a name its verb follows is
  // the subject of the main clause, not the list's last item)
  if (bareComma && names.length >= 2 && CLAUSE_VERB_AFTER.test(text.slice(end, end + 40))) {
    names.pop();
    end = prevEnd;
  }
  return { names, end };
}
/** A verb right after a name (an adverb may come between): the name is a clause's subject. */
const CLAUSE_VERB_AFTER = /^\s+(?:[a-z]+ly\s+)?(?:is|was|has|achieves|achieved|reaches|reached|outperforms|outperformed|surpasses|surpassed|detects|detected|improves|improved|obtains|obtained|attains|attained|yields|yielded|identifies|identified|finds|found|recovers|recovered|remains|runs|uses|learns|scores|ranks|exceeds|exceeded|generalizes|generalises|matches|requires)\b/;
/** What a listed baseline is, before its name: "the spatio-temporal autoencoder ", "the transformer-based ". */
const DESCRIBED_ITEM = /(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:autoencoder|detector|model|approach|method|baseline|network|framework|system|algorithm|classifier|parser|attack|defen[cs]e|technique|tool|variant)s?\s+(?:of\s+)?(?=[A-Z0-9])|(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:approach|method|model|detector|triage|framework|algorithm|heuristics|trees)\s+of\s+(?=[A-Z0-9])|(?:the\s+)?[\w-]*-(?:based|specific|style|aware)\s+(?=[A-Z])/y;
/** Another name of a listed item in parentheses, followed by the next item: " (EigenScore)" before ", CCS". */
/** What an item of a list is, in parentheses after it: " (a random forest based on ...)", " (a deep learning approach)". */
const ITEM_DESCRIPTION = /^\s\((?:a|an)\s[^()]{1,80}\)(?=\s*,|\s+(?:and|or)\s|\s*[.;]|$)/;
const ITEM_ALIAS = /^\s\([A-Z][\w-]*(?:\s[A-Z][\w-]*)?\)(?=\s*,|\s+(?:and|or)\s)/;
/** A release number after a listed name: " r4.2", " v1.5", " 2.0". */
const VERSION_TAIL = /\s(?:[rv]\d+(?:\.\d+)*|[1-9]\d?\.\d{1,2})(?![\w.%])/y;
/** A figure in parentheses right after a listed name: " (0.726)", " (92.1%)". */
// (or a citation, a venue and year: "PaDiM [12]", "PaDiM (ICPR 2021)")
const FIGURE_IN_PARENS = /^\s*(?:\(\s*[+-]?\d+(?:\.\d+)?\s*%?\s*\)|\[\d+(?:\s*[,–-]\s*\d+)*\]|\((?:[A-Z][A-Za-z-]*\s+)?(?:19|20)\d{2}[a-z]?\))/;
const LIST_SEP = /^(?:\s*,\s*(and\s+|or\s+)?|\s+(and|or|&)\s+|\s*(\/)\s*)/;
/** A comparison's examples opened in parentheses: "methods (such as ". */
const PAREN_EXAMPLES = /\(\s*(?:such as|e\.g\.,?|including)\s*$/;
/**
 * The names among the items of a parenthesised list up to its ")" ("GAN-based sampling, BRF, SAAD, HAN)"): an item
 * that is not a name as a whole (a description) is passed over, not the end of the list.
 */
function parenItems(text: string, at: number): { names: string[]; end: number } {
  const close = text.indexOf(')', at);
  if (close < 0 || close - at > 240 || text.slice(at, close).includes('(')) return { names: [], end: at };
  const names: string[] = [];
  for (const raw of text.slice(at, close).split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
    const item = raw.trim();
    if (item && (capSequenceAt(item, 0) === item || nameAt(item, 0) === item)) names.push(item);
  }
  return { names, end: close };
}
/** An acronym in parentheses ending a list's item. */
const ITEM_ACRONYM_END = /\s+\([A-Z][A-Za-z0-9-]{1,11}\)$/;
/** A note of one to three words in lower case in parentheses ending a list's item (" (public)", " (classic control)"). */
const ITEM_NOTE_END = /\s+\([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\)$/;
/** One item of a list and where it starts. */
const LIST_ITEM_SEP = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;
const LEADING_CAPS = /^(?:[A-Z0-9][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*(?:\+\+|\+)?)(?:\s+[A-Z0-9][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*(?:\+\+|\+)?){0,2}/;
const TRAILING_CAPS = /(?:^|\s)((?:[A-Z0-9][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*(?:\+\+|\+)?)(?:\s+[A-Z0-9][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*(?:\+\+|\+)?){0,2})$/;
/**
 * "this work evaluates SSIM Autoencoder, CFLOW, STFPM, RDOCE, and DRAEM performances": in a list with `minKnown` or more
 * of the lexicon's names of one kind (`methods`, spans in `text`) and none of its names of another (`others`), the other
 * name-shaped items are of that kind too. The first item may follow words of the sentence, the last be followed by them;
 * the items between are whole names.
 */
export function listPeers(text: string, methods: [number, number][], others: [number, number][], minKnown: number, dataKind = false): string[] {
  // the sentence cut at its separators, each piece with its offset
  const pieces: { text: string; start: number; coordinated: boolean }[] = [];
  let at = 0;
  let coordinated = false;
  LIST_ITEM_SEP.lastIndex = 0;
  for (let m = LIST_ITEM_SEP.exec(text); m; m = LIST_ITEM_SEP.exec(text)) {
    pieces.push({ text: text.slice(at, m.index), start: at, coordinated });
    at = m.index + m[0].length;
    coordinated = /\b(?:and|or)\b/.test(m[0]);
  }
  pieces.push({ text: text.slice(at), start: at, coordinated });
  // (a list holds at least one name besides the known ones it needs)
  if (pieces.length <= minKnown) return [];
  // (an item's acronym in parentheses is no part of its name: "AutoDock Vina, InteractionGraphNet (IGN), and DeepDTA")
  // (nor an article before each item: "three databases, the PINUM, the CBIS-DDSM, and the DDSM")
  for (const p of pieces) {
    p.text = p.text.replace(ITEM_ACRONYM_END, '');
    // (in a list of data, nor a note in lower case after an item: "(Siena (public) and Juntendo (private))", "CrossRoad
    // (path-finding), and AngryBirds (physical reasoning)")
    if (dataKind) p.text = p.text.replace(ITEM_NOTE_END, '');
    if (p.text.startsWith('the ') && p !== pieces[0]) {
      p.text = p.text.slice(4);
      p.start += 4;
    }
    // (or "a" / "an" before a data set's name: "on CIFAR-10, Mammals, and an ImageNet subset", "(Kia Soul and a Chevrolet Spark)")
    const article = dataKind && p !== pieces[0] ? /^an? (?=[A-Z])/.exec(p.text) : null;
    if (article) {
      p.text = p.text.slice(article[0].length);
      p.start += article[0].length;
    }
  }
  // each piece's name: the whole piece, or (at a run's ends) its trailing or leading capitalised words
  // (a piece that is a known name as a whole counts as a name in any case: "UCF crime, UCSD-Peds, UMN, and CityScene")
  const known = (p: { text: string; start: number }) => methods.some(([a, b]) => a === p.start && b === p.start + p.text.length);
  // (a known name ending the opening piece opens the run: "four datasets, i.e., UCF crime, ...")
  const knownEnd = (p: { text: string; start: number }) => methods.find(([a, b]) => a >= p.start && b === p.start + p.text.length);
  // (a longer capitalised name that ends on a data word is one item too, and the list goes on after it: "CIC-AndMal 2017,
  // Malware Capture Facility Project Dataset, and CICIDS-2012")
  const whole = pieces.map((p) => {
    const words = p.text.split(/\s+/).length;
    return ((capSequenceAt(p.text, 0) === p.text || nameAt(p.text, 0) === p.text) && (words <= 3 || (words <= 6 && DATA_WORD_END.test(p.text)))) || known(p);
  });
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    // a run: an opening piece ending on a name, whole names, a closing piece starting with one
    const head = TRAILING_CAPS.exec(pieces[i].text);
    const kEnd = head ? undefined : knownEnd(pieces[i]);
    if (!head && !kEnd) {
      i++;
      continue;
    }
    // (a capitalised word of grammar opening the sentence is no part of the first name: "On ProcessBench, PRM800K, ...")
    // (nor a plural acronym naming the kind of the items: "using the four real-world KGs YAGO-1, KBpedia, ...")
    const headName = head ? head[1].replace(/^(\S+)\s+/, (w, x: string) => (FUNCTION_WORDS.has(x.toLowerCase()) || /^[A-Z]{2,}s$/.test(x) ? '' : w)) : '';
    const items: { name: string; start: number }[] = [head ? { name: headName, start: pieces[i].start + pieces[i].text.length - headName.length } : { name: text.slice(kEnd![0], kEnd![1]), start: kEnd![0] }];
    let j = i + 1;
    // (the item after "and" / "or" is the list's last: "On both benchmarks, MVTec AD and VisA, QuuxAD surpasses ..." ends
    // at VisA)
    let closed = false;
    while (j < pieces.length && whole[j] && !closed) {
      items.push({ name: pieces[j].text, start: pieces[j].start });
      closed = pieces[j].coordinated;
      j++;
    }
    if (j < pieces.length && !closed) {
      const tail = LEADING_CAPS.exec(pieces[j].text);
      // (not the first words of a longer name: "..., and Vector-Quantized Generative Adversarial Networks")
      // (in a list of data, a name of two capitalised words joined by "in" or "of" is one: "..., OULU-NPU and Spoof in Wild")
      const joined = dataKind && tail ? JOINED_NAME_REST.exec(pieces[j].text.slice(tail[0].length)) : null;
      const name = tail && joined && /^[A-Z][a-z]+$/.test(tail[0]) ? tail[0] + joined[0] : tail?.[0];
      if (tail && name && !/^\s+[A-Z]/.test(pieces[j].text.slice(name.length))) items.push({ name, start: pieces[j].start });
    }
    i = Math.max(j, i + 1);
    if (items.length <= minKnown) continue;
    const inSpan = (x: { name: string; start: number }, spans: [number, number][]) => spans.some(([a, b]) => a < x.start + x.name.length && x.start < b);
    if (items.some((x) => inSpan(x, others))) continue;
    const known = items.filter((x) => inSpan(x, methods)).length;
    if (known < minKnown) continue;
    for (const x of items) {
      // (not a count of the known one's items: "799 T1w MRI scans from ABIDE 2 and 750 T1w MRI scans from ADHD-200")
      if (inSpan(x, methods) || /^\d+\s/.test(x.name)) continue;
      // a name-shaped token among its words ("RDOCE", "SSIM Autoencoder"), not plain capitalised words
      // (but one capitalised word among three or more known methods is one too: "Drain, Spell, IPLoM, AEL and Brain",
      // "DOMINANT, CoLA, AnomalyDAE and Radar")
      // (or a capitalised name ending on a data word: "Malware Capture Facility Project Dataset")
      // (and one among two known names, neither the sentence's first word nor a word before a noun in lower case: "Particularly,
      // OpenMax and PROSER", "..., Cumulative, and Joint training"; "Turnitin, GPTZero, and Moss", "ResNet, MobileNet, and
      // Inception networks")
      // (and one beside a known data set in a list the data word names: "on Twitter and Weibo datasets", "two publicly
      // available datasets, i.e., Twitter and Weibo", "two widely used datasets (Twitter and Weibo)")
      // (not a word before a noun in lower case: "... OULU-NPU and Spoof in Wild")
      const afterX = text.slice(x.start + x.name.length, x.start + x.name.length + 24);
      const dataNamed = dataKind && known >= 1 && x.start > 0 && !(LOWER_WORD_AFTER.test(afterX) && !/^\s+(?:and|or)\s/.test(afterX)) && (DATA_WORD_AFTER_LIST.test(text.slice(items[items.length - 1].start + items[items.length - 1].name.length)) ||
        DATA_WORD_BEFORE_LIST.test(text.slice(Math.max(0, items[0].start - 40), items[0].start)));
      if (JOINED_NAME.test(x.name)) {
        if (known >= 2 || dataNamed) out.push(x.name);
        continue;
      }
      if (!x.name.split(/\s+/).some((w) => shapeOf(w) === 'strong') && !((known >= 3 || dataNamed || (known >= 2 && x.start > 0 && !LOWER_WORD_AFTER.test(text.slice(x.start + x.name.length, x.start + x.name.length + 24)))) && /^[A-Z][a-z]{2,}$/.test(x.name) && !NOT_LISTED_NAME.has(x.name)) && !DATA_WORD_END.test(x.name)) continue;
      out.push(x.name);
    }
  }
  return out;
}
/** "in Wild" after a capitalised word: the rest of a data set's name of two words joined by "in" or "of". */
const JOINED_NAME_REST = /^\s+(?:in|of)\s+(?:the\s+)?[A-Z][a-z]+(?![\w-])/;
/** A name of two capitalised words joined by "in" or "of" ("Spoof in Wild"). */
const JOINED_NAME = /^[A-Z][a-z]+\s+(?:in|of)\s+(?:the\s+)?[A-Z][a-z]+$/;
/** The plural data word right after a list ("... and Weibo datasets", "(Twitter and Weibo) datasets"). */
const DATA_WORD_AFTER_LIST = /^\)?\s+(?:datasets|data sets|databases|corpora)\b/;
/** The plural data word just before a list ("datasets, i.e., ", "datasets (", "datasets: "). */
const DATA_WORD_BEFORE_LIST = /\b(?:datasets|data sets|databases|corpora)\s*(?:[:(]|,\s*(?:i\.e\.|namely|e\.g\.),?)\s*$/;
/** A word in lower case after a listed word, not the plural kind of the list's items (" training", " in Wild"; not " networks"). */
const LOWER_WORD_AFTER = /^\s+(?!(?:networks|models|architectures|backbones|datasets|benchmarks|corpora|methods|algorithms|detectors|baselines|tools|systems|agents)\b)[a-z]/;
/** Capitalised words that end a list of methods without naming one ("..., ViM and Others"). */
const NOT_LISTED_NAME = new Set(['Others', 'Ours', 'Random', 'Human', 'Humans', 'Baseline', 'Baselines', 'Oracle', 'Average', 'Mean', 'Median', 'Ensemble', 'Ensembles', 'Supervised', 'Unsupervised', 'None', 'All', 'Both', 'Transformer', 'Transformers']);
function listAt(text: string, at: number): string[] {
  return walkList(text, at).names;
}

/** "we introduce two new" right before a dataset head noun. */
// (a verb, not "the proposed" as an adjective: "We examine the proposed method on two comprehensive benchmarks: GenImage and DF40")
const INTRODUCED_BEFORE = /\b(?:we|this (?:paper|work|study))\s+(?:\w+\s+){0,2}?(?<!\b(?:the|our|an?)\s+)(?:introduc|propos|present|releas|construct|buil[dt]|collect|curat|creat|establish|contribut)\w*\s+(?:[\w-]+\s+){0,4}$/i;

/** A citation's number ending the words before a data word: " [3]", " [12, 14]". */
const CITATION_NUMBER_END = /\s*\[\d+(?:\s*[,–-]\s*\d+)*\]$/;
/** A word of a country or region before a name ("Italian INSTANCE"). */
const PLACE_ADJECTIVE = /^(?:Italian|Chinese|European|Danish|German|French|Japanese|Korean|American|British|Spanish|Swiss|Dutch|Indian|Brazilian|Canadian|Australian|Norwegian|Swedish|Finnish|Greek|Turkish|Iranian|Taiwanese|Californian|Alpine)\s+(.+)$/;
// (not the first part of a compound adjective: "outperforms dataset-specific detectors")
const DATASET_HEAD = /\b(?:dataset|datasets|benchmark|benchmarks|data set|data sets|corpus|database|databases|catalog|catalogue|collection|collections|archive|recordings|traces|testbed|Dataset|Benchmark|Data Set|Corpus|Database|Catalog|Catalogue)\b(?![-‐](?:specific|agnostic|level|wise|driven|dependent|independent|free|aware|centric|based|oriented|scale|sized?|like|wide|tailored|adaptive|invariant)\b)(?!(?<=traces)\s+(?:the|a|an|its|their|his|her|how|what|which|each|all|both|only|every|when|where|whether)\b)/g;

interface DatasetCtx {
  name: string;
  /** The long form of an acronym name ("the Crowds-By-Examples (CBE) dataset"). */
  longForm?: string;
  own: boolean;
  rule: string;
  shape: Shape;
}

// "benchmark" only as a noun ("on the benchmark X"), not the verb ("we benchmark GPT-4o and ...")
const DATASET_OF = new RegExp(String.raw`\b(?:datasets?\s+of|data sets?\s+of|(?:the|on|a|new|challenging|public)\s+benchmarks?|(?:the|on|a|new|challenging|public)\s+(?:[a-z0-9][\w-]*\s+){0,3}?datasets?(?!\s+of\b))\s+(${NAME_SRC})`, 'gi');
/** What may follow the name: the end of its phrase, a coordination or the sentence's verb. */
// (or a citation: "a Sentinel-1 SAR image dataset OpenSARUrban [1]")
const DATASET_OF_END = /^(?:\s*[,.;:)]|\s*(?:--|—|–)|\s*$|\s*\[\d|\s+(?:and|or|show\w*|demonstrat\w*|reveal\w*|indicat\w*|confirm\w*|prove\w*|suggest\w*|verif\w*|validat\w*|collected|constructed|curated|gathered|recorded|released|containing|comprising|consisting|with|which|that)\b)/;

/** The words before a data set's name that end the walk back over a list ("the", "our new", "on", "using"). */
const DET_WORDS = 'the proposed|our(?: new)?|the new|a new|the|a|an|on|in|from|of|with|using|to|across|over|among';
/** An item's determiner and its name ("on the X", "and X"). */
const ITEM_DET = new RegExp(String.raw`^(?:.*\s)?(${DET_WORDS}|and)\s+(.+)$`, 'i');
/** The determiner right before a long form held together. */
const HELD_DET = new RegExp(String.raw`(?:^|\s)(${DET_WORDS})\s*$`, 'i');
/** The heads of named data other than the data words (read without the describing words after a name). */
/** "data (collected / obtained) from the <Name> Project / Laboratory / Observatory / Information System" (the head ends
 * the name: not "the New York Independent System Operator"). */
const DATA_FROM_SOURCE = /\b(?:data(?:\s+sets?)?|dataset|measurements|recordings|readings)\s+(?:(?:collected|obtained|gathered|acquired|recorded|drawn)\s+)?from\s+the\s+((?:[A-Z][\w.-]*\s+){1,5}(?:Project|Laboratory|Lab|Observatory|Information System|Initiative))(?!\s+[A-Z])\b/g;
/** "data (collected / obtained) from the X repository". */
const DATA_REPOSITORY = /\bdata\s+(?:(?:collected|obtained|drawn|sourced|downloaded)\s+)?from\s+the\s+([A-Z][\w.-]*[\w])\s+[Rr]epository\b/;
const OTHER_DATA_HEAD = /^(?:collections?|archive|recordings|traces|testbed)$/i;
/**
 * Words every pattern of datasetContexts needs (in lower case; TITLED, DATASET_OF and LIST ignore case): a
 * sentence with none of them (its data word is "data" alone: "normal data", "training data") has no match.
 */
function hasDataHead(text: string): boolean {
  const l = text.toLowerCase();
  return l.includes('dataset') || l.includes('data set') || l.includes('benchmark') || l.includes('corpus') || l.includes('database') || l.includes('catalog') || l.includes('collection') || l.includes('archive') || l.includes('recordings') || l.includes('traces') || l.includes('testbed') || l.includes(' split,') || l.includes(' subset,');
}

/** A year right after a data set's capitalised name: " 2024" (not a figure: "2024.5", "2024,3", "2024%"). */
const NAME_YEAR_AFTER = /^\s(?:19|20)\d\d(?!\w|[.,]\d|%)/;
/** "on a publicly available dataset (NEU ATR)": a name of capitals in parentheses right after a data word (someone's data; a
 * new one is NEW_DATA_PAREN's). */
const DATA_PAREN_NAME = /\b(?:dataset|data set|benchmark|database|corpus)\s*\(([A-Z][A-Z0-9-]+(?:\s[A-Z][A-Z0-9-]+)?)\)/g;
/** "a new dataset (HLS-CMDS)", "our novel benchmark (ZorbBench)": the name of new data in parentheses. */
const NEW_DATA_PAREN = new RegExp(String.raw`\b(?:an?|our)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(?:dataset|benchmark|corpus|database)\s*\((${NAME_SRC})\)`, 'gi');
/** "to curate MM-TS, the first large-scale ... dataset", "we build X, a new benchmark": a name a verb of making sets off as new data
 * (not "X, a novel hybrid database O&M system": a data word modifying a method's head). */
const MADE_DATA_APPOS = new RegExp(String.raw`\b(?:curat|construct|build|buil|creat|collect|releas|introduc|present|propos|develop|assembl|contributions?\s+(?:is|are|includes?))\w*\s+(${NAME_SRC}),\s+(?:the\s+first|an?\s+(?:new|novel|large-scale))\s+(?:[\w-]+\s+){0,6}?(?:dataset|benchmark|corpus|database)\b(?!\s+(?:\S+\s+)?(?:system|framework|method|approach|model|tool|pipeline|platform|agent|assistant)\b)`, 'gi');
/**
 * "the Gaia DR3 XP spectra", "YSE DR1", "the DESI Early Data Release", "Zwicky Transient Facility DR3": a survey's data
 * release, named as written (a release number is evidence enough of data).
 */
const DATA_RELEASE = /\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+((?:[EP]?DR|DP)\d{1,2}(?:\.\d)?|(?:Early|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Public)\s+Data\s+Release|Data\s+Release\s+\d{1,2})(?![\w-])/g;
function dataReleases(text: string, vocab: PatternVocab): DatasetCtx[] {
  let out: DatasetCtx[] | undefined;
  DATA_RELEASE.lastIndex = 0;
  for (let m = DATA_RELEASE.exec(text); m; m = DATA_RELEASE.exec(text)) {
    // the name's words, from the first that is no function word ("In the Gaia DR3 ..." is "Gaia DR3")
    const words = m[1].split(/\s+/);
    while (words.length && (FUNCTION_WORDS.has(words[0].toLowerCase()) || (words.length > 1 && vocab.isKnownWord(words[0].toLowerCase()) && !/[A-Z].*[A-Z]|\d/.test(words[0])))) words.shift();
    if (!words.length) continue;
    const first = words[0];
    if (!(shapeOf(first) === 'strong' || (shapeOf(first) === 'weak' && !vocab.isKnownWord(first.toLowerCase())))) continue;
    (out ??= []).push({ name: `${words.join(' ')} ${m[2]}`, own: false, rule: 'dataset-named', shape: 'phrase' });
  }
  return out ?? NONE;
}
/**
 * "MPDataset", "CamBench", "OLTP-Bench", "NFCorpus": one word, a coined name glued to a capitalised data word (not a
 * compound of an English word, "Multi-Dataset", "Cross-Corpus", nor a part of an address, ".../HSS-IAD-Dataset").
 */
const DATA_WORD_NAME = /(?<![\w/.‐-])([A-Z][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*?)([-‐]?)(?:Dataset|DataSet|Bench|Corpus)(?![\w/.‐-])/g;
function dataWordNames(text: string, vocab: PatternVocab): DatasetCtx[] {
  let out: DatasetCtx[] | undefined;
  DATA_WORD_NAME.lastIndex = 0;
  for (let m = DATA_WORD_NAME.exec(text); m; m = DATA_WORD_NAME.exec(text)) {
    // (the coined part: capitals or a digit beyond its first letter, or a word of no English)
    if (m[1].length < 2 || (!/[A-Z0-9]/.test(m[1].slice(1)) && (m[2] !== '' || vocab.isKnownWord(m[1].toLowerCase())))) continue;
    // (kindAfter reads what an apposition calls the name, past a parenthesis of its own)
    const after = pastOwnParen(text.slice(m.index + m[0].length));
    if (/^\s*,\s*(?:a|an|the)\s/.test(after) && kindAfter(after, vocab) === 'method') continue;
    (out ??= []).push({ name: m[0], own: false, rule: 'dataset-named', shape: 'strong' });
  }
  return out ?? NONE;
}
/** "the PHM 2008 challenge data": a name and a year before "challenge data / dataset". */
/** "Drone vs. Bird Challenge", "Drone vs. Bird Detection Challenge": a contest named for what it tells apart. */
const VS_CHALLENGE = /\b([A-Z][a-z]+\s+(?:vs\.?|versus)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Challenge)\b/g;
const CHALLENGE_DATA = /\b((?:[A-Z][\w-]*\s+){1,2}(?:19|20)\d{2})\s+[Cc]hallenge\s+(?:data(?:sets?)?|benchmark)\b/g;
/** "A new dataset, HydroAD, is collected from ...": new data named between commas. */
// ("a new, large-scale Thermal Imaging Concealed Weapon dataset, TICW,", "a curated dataset, VentiVul, comprising ...")
const NEW_DATA_APPOS = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:new|novel|curated|self-built|self-collected|self-constructed|self-designed),?\s+(?:[\w-]+,?\s+){0,5}?(?:dataset|benchmark|corpus|database|split|subset|collection|test set)(?:\s+of\s+[^,.;:()]{1,80}?)?\s*,\s+(${NAME_SRC}),`, 'g');
/** A singular data word after describing words, then a name ending the phrase: "defect dataset NEU,". */
// (or before what it holds in parentheses or its verb: "a large-scale multimodal dataset Chat-AD (620k+ samples)", "the newly
// introduced dataset LabLiquidVolume is available at")
const DATA_WORD_THEN_NAME = new RegExp(String.raw`\b(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,5}(?:dataset|benchmark|corpus)\s+(${NAME_SRC})(?=\s*[,.;)]|\s+(?:and|which|that|with|from|containing|consisting)\b|\s+\(|\s+(?:is|are|was|were)\s)`, 'g');
/** "a dataset titled X", "benchmark entitled X" */
const TITLED = /\b(?:dataset|benchmark|corpus)\s+(?:titled|entitled)\s+/gi;

/** What data are drawn from, named: "clinical-trial data from the ClinicalTrials.gov repository" (not a code repository,
 * "our GitHub repository"), "real data collected from the Intel Berkeley Research Laboratory", "sensor data from the
 * Great Duck Island Project", "a public data set from the AGASA Observatory". */
function dataSources(text: string, vocab: PatternVocab): DatasetCtx[] {
  const out: DatasetCtx[] = [];
  const repo = text.includes('epository') ? DATA_REPOSITORY.exec(text) : null;
  if (repo && shapeOf(repo[1]) !== 'none' && !/^git(?:hub|lab)$/i.test(repo[1]) && !vocab.isKnownWord(repo[1].toLowerCase())) {
    out.push({ name: repo[1], own: false, rule: 'dataset-named', shape: shapeOf(repo[1]) });
  }
  DATA_FROM_SOURCE.lastIndex = 0;
  for (let m = DATA_FROM_SOURCE.exec(text); m; m = DATA_FROM_SOURCE.exec(text)) {
    const name = m[1].trim();
    if (!name.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) out.push({ name, own: false, rule: 'dataset-named', shape: 'phrase' });
  }
  return out;
}
/**
 * "799 T1w MRI scans from ABIDE 2", "over 23,000 images from Chest-14", "26,025 entries from MOFxDB": counted records taken
 * from a coined name (a name alone, not one that goes on: "scans from the UK Biobank study").
 */
const COUNTED_FROM = new RegExp(String.raw`\b\d[\d,{}]*\s+(?:[\w-]+\s+){0,3}?(?:images|scans|entries|records|samples|recordings|videos|reports|subjects|patients|sequences|clips|spectra|light curves|frames|transactions|documents|articles|utterances|traces|posts|reviews)\s+from\s+(?:the\s+)?(${NAME_SRC}(?:\s\d{1,4}(?![\w.,]\d))?)(?!\s+[A-Z(])`, 'g');
function countedRecordsFrom(text: string, vocab: PatternVocab): DatasetCtx[] {
  let out: DatasetCtx[] | undefined;
  COUNTED_FROM.lastIndex = 0;
  for (let m = COUNTED_FROM.exec(text); m; m = COUNTED_FROM.exec(text)) {
    const head = m[1].split(' ')[0];
    if (shapeOf(head) !== 'strong' || vocab.stop.has(normLetters(head)) || PLURAL_ACRONYM.test(head)) continue;
    // (not a compound describing the source, "from the FMCW-type ionosonde", nor a place, "from the Asia-Pacific region")
    if (/[-‐][a-z]+$/.test(head) || head.split(/[-‐]/).every((w) => /^[A-Z][a-z]+$/.test(w))) continue;
    (out ??= []).push({ name: m[1], own: false, rule: 'dataset-named', shape: 'strong' });
  }
  return out ?? NONE;
}
/** Words that end the name of a survey, an archive or a contest whose data papers use. */
const SURVEY_HEADS = 'Survey|Atlas|Archive|Catalog(?:ue)?|Warehouse|Registry|Biobank|Challenge|Study';
/** SURVEY_HEADS' words, one of which SURVEY_SOURCE needs (substring tests: the alternation scanned every sentence slowly). */
const SURVEY_HEAD_LIST = SURVEY_HEADS.split('|').map((w) => w.replace('(?:ue)?', ''));
/**
 * "images obtained from the Southern Photometric Local Universe Survey", "in the First Year of the EMU Survey", "from the
 * US Veterans Administration Central Data Warehouse", "in the Kepler Planet Candidate Catalog": a survey, an archive, a
 * registry or a contest named in capitals after "from / in / of / on / using the" is where data come from (not a name
 * that goes on: "the Transiting Exoplanet Survey Satellite", "the Physionet Challenge 2016 dataset", "the Radiology
 * Archive of the Department", "the International Best Track Archive for Climate Stewardship").
 */
const SURVEY_SOURCE = new RegExp(String.raw`\b(?:from|in|of|on|using|with)\s+the\s+((?:[A-Z][\w-]*\s+)(?:(?:[A-Z][\w-]*|of|for|and)\s+){0,6}?(?:${SURVEY_HEADS}))(?![\w-]|\s+(?:[A-Z0-9(]|(?:of|for)\s+(?:the\s+)?[A-Z]|data\s+release))`, 'g');
function surveySources(text: string, vocab: PatternVocab): DatasetCtx[] {
  let out: DatasetCtx[] | undefined;
  SURVEY_SOURCE.lastIndex = 0;
  for (let m = SURVEY_SOURCE.exec(text); m; m = SURVEY_SOURCE.exec(text)) {
    const words = m[1].split(/\s+/);
    // (a name, not English words in title case: "the Present Study", "the Whole Survey")
    if (words.length === 2 && vocab.isKnownWord(words[0].toLowerCase()) && !/[A-Z].*[A-Z]|\d/.test(words[0])) continue;
    (out ??= []).push({ name: m[1], own: false, rule: 'dataset-named', shape: 'phrase' });
  }
  return out ?? NONE;
}
/**
 * "on the WMT21 QE shared task", "our submission to the COOOL competition", "the CLPsych 2024 Shared Task", "the LivDet
 * competitions": a challenge, a competition or a shared task called by a coined name (with its edition's year or number)
 * is the data its entries are evaluated on, named without the contest's word. Not words in title case ("the Keystroke
 * Verification Challenge" is the title's), nor "challenges" in lower case, which are difficulties ("the CPDP challenges").
 */
// (each word taken whole, once: `(?=(x))\2` is an atomic group. The alternatives overlap ("VGG16" is both a word with a
// digit and one of capitals), and a run of capitalised words not before the contest's word was tried every way they
// split: ten words in capitals in a sentence saying "challenge" took 36 s, each more about four times that)
const CONTEST_NAMED = /\b((?=([A-Z][\w@.+'-]*[A-Z0-9][\w@.+'-]*|[A-Z][a-z]+[A-Z][\w-]*))\2(?:\s+(?=([A-Z][\w-]*\d[\w-]*|[A-Z]{2,}[\w-]*|(?:19|20)\d\d|\d{1,2}(?:\.\d)?))\3)*)\s+(?:[Cc]hallenge(?!s)|Challenges|[Cc]ompetitions?|[Ss]hared\s+[Tt]asks?)\b/g;
/** Conferences whose challenges are called after them (their data has a name of its own). */
const CONTEST_VENUES = new Set(['ICIP', 'ICASSP', 'CVPR', 'ICCV', 'ECCV', 'WACV', 'NeurIPS', 'NIPS', 'ICML', 'ICLR', 'AAAI', 'IJCAI', 'ACCV', 'BMVC', 'ICME', 'ICPR']);
/** Words of taking part in a contest ("our submission to", "ranked second in", "the winning entry of", "the track of"). */
const CONTEST_ENTRY = /\b(?:particip\w*|submi(?:t|ts|tted|ssions?)|entr(?:y|ies|ant\w*)|rank(?:s|ed|ing)?|won|win(?:s|ning|ner\w*)?|(?:1st|2nd|3rd|\d+th|first|second|third)\s+place|leaderboard|track|organi[sz]\w*|hosted|held)\b/i;
function contestSources(text: string, vocab: PatternVocab): DatasetCtx[] {
  let out: DatasetCtx[] | undefined;
  CONTEST_NAMED.lastIndex = 0;
  for (let m = CONTEST_NAMED.exec(text); m; m = CONTEST_NAMED.exec(text)) {
    const head = m[1].split(/\s+/)[0];
    // (a name that goes on before it is another's: "the IEEE BigData 2023 Keystroke Verification Challenge")
    const prev = /(?:^|\s)([A-Z0-9][\w-]*)\s+$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (prev && !FUNCTION_WORDS.has(prev[1].toLowerCase())) continue;
    // (a conference's contest names its venue, not its data: "open data from the ICIP 2022 Challenge")
    if (CONTEST_VENUES.has(head)) continue;
    // (a "challenge" in lower case with no edition and no entry is a difficulty too: "the COVID-19 challenge", "the
    // GDPR challenge of data minimisation"; nor a word's end after a hyphen: "the non-IID challenge")
    if (text.charCodeAt(m.index - 1) === 45) continue;
    if (m[0].endsWith('challenge') && !/\s(?:(?:19|20)\d\d|\d)/.test(m[1]) && !CONTEST_ENTRY.test(text)) continue;
    if (shapeOf(head) !== 'strong' || vocab.stop.has(normLetters(head)) || vocab.generic.has(normLetters(m[1])) || PLURAL_ACRONYM.test(head) ||
      vocab.isLexiconMethod(m[1]) || vocab.isLexiconModel(m[1])) continue;
    (out ??= []).push({ name: m[1], own: false, rule: 'dataset-named', shape: 'strong' });
  }
  return out ?? NONE;
}
/** A verb right after a name (or after its head noun), making it the subject of what is said of data: " handles", " estimator uses". */
const SUBJECT_VERB_AFTER = /^(?:\s+[a-z][\w-]*)?\s+(?:uses|handles|requires|needs|processes|employs|leverages|exploits|supports|accepts|treats|targets|covers|tackles|addresses|fits|scales|adapts|generali[sz]es|works|operates|analy[sz]es|outperforms|surpasses)\b/;
/** A company's name as the never-names list has it, which may open the name of its data. */
const MAKER_NAME = /^(?:OpenAI|Google|Microsoft|Anthropic|DeepMind|NVIDIA|Alibaba|Baidu|Tencent|Huawei|IBM)$/;
function datasetContexts(text: string, vocab: PatternVocab, inTitle: boolean): DatasetCtx[] {
  const releases = text.includes('DR') || text.includes('Data Release') ? dataReleases(text, vocab) : NONE;
  const sources = text.includes(' from the ') ? dataSources(text, vocab) : NONE;
  const found = sources.length ? [...releases, ...sources] : releases;
  if (!hasDataHead(text)) return found;
  const out: DatasetCtx[] = found === NONE ? [] : found;
  const accept = (name: string): Shape => {
    const words = name.split(/\s+/);
    if (words.length > 1) {
      if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return 'none';
      // "6 OOD datasets", "3 ID datasets": a count and a generic acronym describe data, they do not name it
      // ("BenTech AD": a generic acronym after a name-shaped first word is part of the name; "Industrial AD" is not)
      // ("the IBM Console dataset", "Microsoft Cloud Monitoring dataset": a maker's name, a never-name alone, opens the name of
      // its data)
      if (/^\d+$/.test(words[0]) || (words.some((w) => vocab.stop.has(normLetters(w))) &&
        !((shapeOf(words[0]) === 'strong' && !vocab.stop.has(normLetters(words[0])) || MAKER_NAME.test(words[0])) &&
          words.slice(1).every((w) => !vocab.stop.has(normLetters(w)) || /^[A-Z]*AD$/.test(w))))) return 'none';
      return words.every((w) => /^[A-Z0-9]/.test(w)) ? 'phrase' : 'none';
    }
    const sh = shapeOf(name);
    if (sh === 'weak' && vocab.isKnownWord(name.toLowerCase())) return 'none';
    // ("different IND/OOD datasets", "a new VAD/VAU benchmark": short acronyms joined by a slash, one of them a task's or
    // a kind's, say what the data are for)
    if (name.includes('/')) {
      const parts = name.split('/');
      if (parts.every((w) => /^[A-Z]{2,4}s?$/.test(w)) && parts.some((w) => vocab.stop.has(normLetters(w)))) return 'none';
    }
    // "Self-Generated dataset", "Hand-Labeled data": a participle compound of English words describes data
    const pp = /^([A-Za-z][a-z]+)-([a-z]+ed)$/i.exec(name);
    if (pp && vocab.isKnownWord(pp[1].toLowerCase()) && vocab.isKnownWord(pp[2].toLowerCase())) return 'none';
    // ("Conforming and Non-Conforming datasets": a negated English word describes data)
    const neg = /^(?:Non|Un|Anti|Semi|Pre|Post|Multi|Cross|Self)-([A-Za-z][a-z]+)$/.exec(name);
    if (neg && (vocab.isKnownWord(neg[1].toLowerCase()) || /[a-z](?:ing|ed)$/.test(neg[1]))) return 'none';
    // ("an augmented and LLM-filtered dataset": a lower-case participle after a hyphen says how the data were made)
    if (/[-‐][a-z]{2,}ed$/.test(name)) return 'none';
    return sh;
  };
  // "We recorded a new dataset (HLS-CMDS)": a name in parentheses right after a new dataset; "... a pipeline to curate
  // MM-TS, the first large-scale multimodal time series dataset": new data a verb of making names
  // ("the PHM 2008 challenge data", "the AIOps 2020 challenge dataset": a challenge's data, named with its year)
  if (text.includes('hallenge')) {
    CHALLENGE_DATA.lastIndex = 0;
    for (let m = CHALLENGE_DATA.exec(text); m; m = CHALLENGE_DATA.exec(text)) {
      const first = m[1].split(/\s+/)[0];
      if (shapeOf(first) === 'strong' || (shapeOf(first) === 'weak' && !vocab.isKnownWord(first.toLowerCase()))) out.push({ name: `${m[1]} Challenge`, own: false, rule: 'dataset-named', shape: 'phrase' });
    }
  }
  if (text.includes('(')) {
    DATA_PAREN_NAME.lastIndex = 0;
    for (let m = DATA_PAREN_NAME.exec(text); m; m = DATA_PAREN_NAME.exec(text)) {
      // (not a new data set's, nor the acronym of the words before it: "the Numenta Anomaly Benchmark (NAB)" is read as
      // an acronym's definition)
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (/\b(?:new|novel|our|own)\b[^,.;]*$/i.test(before) || findLongForm(m[1].replace(/\s/g, ''), text.slice(0, m.index + m[0].indexOf('(')).trimEnd()) !== undefined) continue;
      const sh = accept(m[1]);
      if (sh !== 'none' && !vocab.stop.has(normLetters(m[1]))) out.push({ name: m[1], own: false, rule: 'dataset-named', shape: sh });
    }
  }
  for (const rx of [NEW_DATA_PAREN, MADE_DATA_APPOS, NEW_DATA_APPOS]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      if (shapeOf(m[1]) === 'strong') out.push({ name: m[1], own: true, rule: 'dataset-titled', shape: 'strong' });
    }
  }
  // ("a real-world steel surface defect dataset NEU, the proposed method ...": a coined name right after a singular data word,
  // ending its phrase)
  DATA_WORD_THEN_NAME.lastIndex = 0;
  for (let m = DATA_WORD_THEN_NAME.exec(text); m; m = DATA_WORD_THEN_NAME.exec(text)) {
    if (shapeOf(m[1]) === 'strong' && m[1].length >= 3 && !vocab.stop.has(normLetters(m[1])) && !vocab.generic.has(normLetters(m[1])) && !PLURAL_ACRONYM.test(m[1])) {
      out.push({ name: m[1], own: false, rule: 'dataset-named', shape: 'strong' });
    }
  }
  // "a dataset titled X", "dataset called X" (naming handled elsewhere), "the proposed X dataset"
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    const name = capSequenceAt(text, m.index + m[0].length) ?? nameAt(text, m.index + m[0].length);
    if (name) out.push({ name, own: true, rule: 'dataset-titled', shape: accept(name) === 'none' ? 'weak' : accept(name) });
  }
  // "(on the|our|the proposed) X, Y and Z (datasets|benchmarks)": walk the list back from each head word
  DATASET_HEAD.lastIndex = 0;
  for (let h = DATASET_HEAD.exec(text); h; h = DATASET_HEAD.exec(text)) {
    // ("in the MDACE [3] dataset": a citation's number between the name and its data word is no part of the name)
    const pre = text.slice(Math.max(0, h.index - 160), h.index).replace(/\s+$/, '').replace(CITATION_NUMBER_END, '');
    // ("TempoTrace reaches cross-dataset AUCs", "multi-benchmark": a head word joined to a lower-case word before it is a
    // compound, no head; not "the Sewer-ML-dataset")
    if (!pre || /[,;:(]$|(?:^|[\s(])[a-z]+[-‐]$/.test(pre)) continue;
    // ("a variety of QA datasets", "nine InD-OOD dataset pairs": a kind of data, counted or sorted, not a name)
    if (KIND_OF_DATA_BEFORE.test(pre) || KIND_OF_DATA_AFTER.test(text.slice(h.index + h[0].length, h.index + h[0].length + 14))) continue;
    // ("SLIM outperforms benchmark methods on out-of-domain datasets": a benchmark method is a baseline, no data)
    if (/^benchmark$/i.test(h[0]) && BENCHMARK_METHODS.test(text.slice(h.index + h[0].length, h.index + h[0].length + 14))) continue;
    // ("the Aeronautical Laboratory Failures and Anomalies (ALFA) dataset": a conjunction inside the long form of the
    // acronym before the data word joins no list; its words are held together while the list is split)
    const tailAcr = pre.endsWith(')') ? /\(([A-Za-z0-9][\w-]*)\)$/.exec(pre) : null;
    const tailLf = tailAcr && isAcronymShaped(tailAcr[1]) ? findLongForm(tailAcr[1], pre.slice(0, tailAcr.index).trimEnd()) : undefined;
    const held = tailLf !== undefined && /\s(?:and|or|&)\s/.test(tailLf) && /^[A-Z]/.test(tailLf) ? tailLf : undefined;
    // (the list before it is split; the long form and its acronym end its last item)
    const heldAt = held ? pre.lastIndexOf(held) : -1;
    const items = (held ? pre.slice(0, heldAt) : pre).split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/);
    if (held) items[items.length - 1] += pre.slice(heldAt);
    // ("a public vehicle trajectory dataset (inD dataset)": a parenthesis opened right before one name starts it; not a
    // long form spelt there, "the CovidMis20 dataset (COVID-19 Misinformation 2020 dataset)", which names the same data)
    const lastItem = items[items.length - 1];
    const open = lastItem.lastIndexOf('(');
    if (open >= 0 && !lastItem.includes(')', open) && /^(?:the\s+)?\S+$/.test(lastItem.slice(open + 1).trim())) items[items.length - 1] = lastItem.slice(open + 1);
    const found: { name: string; longForm?: string; own?: boolean }[] = [];
    let own = false;
    // (whether the last name had describing words after it: "the ISIC2016 skin lesion and BraTS2019 brain tumor datasets")
    let trailed = false;
    for (let k = items.length - 1; k >= 0 && found.length < 8; k--) {
      if (held && k === items.length - 1) {
        found.push({ name: tailAcr![1], longForm: held });
        const det = HELD_DET.exec(items[k].slice(0, items[k].lastIndexOf(held)));
        if (det) {
          const d = det[1].toLowerCase();
          own = d.startsWith('the proposed') || d.startsWith('our') || ((d === 'a new' || d === 'the new') && isProposalSentence(text));
          break;
        }
        continue;
      }
      // "the Crowds-By-Examples (CBE) dataset": the acronym names it (its definition links the long form)
      const par = items[k].endsWith(')') ? /^(.*\S)\s*\(([A-Za-z0-9][\w-]*)\)$/.exec(items[k].trim()) : null;
      let item = par ? par[1] : items[k].trim();
      // (a capitalised "New" begins a name: "the New York Times Annotated Dataset")
      const det = ITEM_DET.exec(item);
      if (det && / New$/.test(det[1])) {
        det[1] = det[1].slice(0, -4);
        det[2] = `New ${det[2]}`;
      }
      // ("the Yahoo A1 to A4 benchmarks": the end of a range of parts, no name)
      if (det && det[1] === 'to' && /[A-Z][\w-]*\d\s+to\s+\S+$/.test(items[k].trim())) break;
      // ("on the Kaggle Parkinson’s Freezing of Gait dataset": "of" inside a name in title case is no determiner, and the
      // words after it alone are no name)
      // (not a place's data: "the University of Bonn dataset" is Bonn's)
      if (det && !par && det[1] === 'of' && /(?:^|\s)(?!Universit|Institut|College|Department|School|Hospital)[A-Z][\w’'-]*\s+of\s+$/.test(item.slice(0, item.length - det[2].length))) break;
      if (det) item = det[2];
      // "on the real-world MIMIC-II dataset", "the publicly available X and Y datasets": a describing word is no part of the name
      // (but "the clinical ICU dataset", "a public UAV dataset": a plain acronym so described is the kind of data)
      if (det) {
        // ("the Italian INSTANCE dataset": a word of a place before a known name is no part of it)
        // ("the Korean dysarthric speech QoLT database": nor before lower-case words describing a coined name)
        const placed = PLACE_ADJECTIVE.exec(item);
        if (placed && (vocab.isLexiconName(placed[1]) || /^(?:[a-z][\w-]*\s+){1,2}\S+$/.test(placed[1]))) item = placed[1];
        const bare = item.replace(DATA_ADJECTIVES, '');
        // (not when the words say it is one known set: "an open-access DASE database", "the widely used UCSD dataset")
        if (bare !== item && /^[A-Z]{2,6}$/.test(bare) && !KNOWN_SET_WORDS.test(item.slice(0, item.length - bare.length)) && !(/^(?:the|our)$/i.test(det[1]) && coinedAcronym(bare, vocab))) break;
        item = bare;
        // ("on the single-scene ComplexVAD dataset": lower-case words describing a coined name are no part of it)
        // ("an exclusive 57-day Internet2 dataset": a span of time among them too)
        const described = /^(?:(?:[a-z]|\d+[-‐][a-z])[\w-]*\s+){1,2}(\S+)$/.exec(item);
        // (a plain acronym so described is the kind of data: "a public CXR dataset", "the large-scale MIA dataset")
        // (only before "dataset": "a standard Buy-and-Hold benchmark" in a trading paper is a baseline strategy)
        if (described && h[0].startsWith('data') && shapeOf(described[1]) === 'strong' && !/^[A-Z]{2,6}s?$/.test(described[1])) item = described[1];
      } else if (/^[a-z]/.test(item)) {
        // ("the challenging and widely used MVTec AD benchmark": describing words joined by "and" are no part of the name)
        const bare = item.replace(DATA_ADJECTIVES, '');
        if (bare !== item && !bare.includes(' ') && shapeOf(bare) === 'strong') item = bare;
      }
      // ("on the CASAS and ARAS smart home datasets": lower-case words between the last name and the data word describe the data)
      // (not before the heads that may be verbs' objects or nouns of a description: "X first distinguishes which traces")
      if ((k === items.length - 1 || trailed) && !par && !OTHER_DATA_HEAD.test(h[0])) {
        const trailing = /^(\S+)(?:\s+[a-z][a-z-]*){1,3}$/.exec(item) ?? describedByAcronyms(item);
        // (not a describing compound or a short acronym: "3D-printed parts", "the EV charging dataset", "DDoS attack")
        // (nor words of a phrase: "the F1 score for most datasets")
        if (trailing && shapeOf(trailing[1]) === 'strong' && !/[-‐][a-z]+$/.test(trailing[1]) && !/^[A-Z][A-Za-z]{0,2}s?$/.test(trailing[1]) &&
          // (nor a count: "BPVAE learns two datasets' features")
          !item.slice(trailing[1].length).trim().split(/\s+/).some((w) => FUNCTION_WORDS.has(w) || w === 'most' || w === 'all' || w === 'some' || COUNT_WORDS.has(w)) &&
          // (nor what made the data: "LMDG generated datasets improve upon existing ones"; not after a determiner: "the
          // DCSASS synthesized shoplifting dataset" is DCSASS)
          !(!det && /^\s+(?:generated|produced|created|synthesi[sz]ed|simulated|derived|built|constructed)\b/.test(item.slice(trailing[1].length))) &&
          // (nor the subject of a verb: "the MRCT estimator handles high-dimensional datasets", "ZorbNet uses datasets")
          !SUBJECT_VERB_AFTER.test(item.slice(trailing[1].length))) {
          item = trailing[1];
          trailed = true;
        }
      }
      // ("On the EPED (Electrical Power Equipment Dataset) and MPDD datasets": an acronym spelt out after it)
      const rev = item.endsWith(')') ? /^([A-Za-z0-9][\w-]*)\s*\(([^()]+)\)$/.exec(item) : null;
      const revLong = rev && isAcronymShaped(rev[1]) && findLongForm(rev[1], rev[2]) !== undefined ? rev[2] : undefined;
      if (revLong !== undefined) item = rev![1];
      // ("on 78 out of all 85 UCR datasets": a count before the name right before the data word is no part of it)
      if (k === items.length - 1 && !par && /\d\s/.test(item)) {
        // (lower-case words and numbers only before it: not "DCASE 2020 ASD", a release's part)
        const counted = /^(?:(?:[a-z][\w-]*|\d[\d,]*)\s+)*?(\d[\d,]*)\s+(\S+)$/.exec(item);
        if (counted && !/^(?:19|20)\d\d$/.test(counted[1]) && shapeOf(counted[2]) === 'strong') item = counted[2];
      }
      // ("Current SVDD datasets face challenges", "Existing VAD benchmarks": a kind of data, no name)
      if (!det && KIND_OPENER.test(item)) break;
      // ("a novel Radiological Visual Understanding and Question Answering benchmark": English words after "and" before a
      // singular data word end one long name, no second data set)
      // (two words or more in capitals, whatever they are: "the Fish Detection and Weight Estimation dataset")
      if (k > 0 && k === items.length - 1 && /^(?:benchmark|dataset|corpus|database)$/.test(h[0]) && /[A-Z][a-z]+\s*$/.test(items[k - 1]) &&
        item.split(/\s+/).every((w) => /^[A-Z][a-z]+$/.test(w) && (vocab.isKnownWord(w.toLowerCase()) || item.includes(' '))) &&
        text.includes(`${items[k - 1].trim().split(/\s+/).pop()} and ${item} ${h[0]}`)) break;
      const sh = accept(item);
      // ("the Parkinson’s disease smartwatch (PADS) dataset": an acronym its words spell names the data, whatever the words)
      // (a capitalised long form, one set of data: not "hyperspectral image (HSI) datasets", "NIDSs datasets")
      const parLong = par !== null && isAcronymShaped(par[2]) && !PLURAL_ACRONYM.test(par[2]) && !vocab.stop.has(normLetters(par[2])) ? findLongForm(par[2], par[1]) : undefined;
      // (before a data word itself, not "testbed"; not a task's initials, "a Deepfake Speech Detection (DSD) model ... datasets")
      const parSpelt = parLong !== undefined && /^[A-Z]/.test(parLong) && /^(?:dataset|benchmark|database|corpus|data set)$/i.test(h[0]) &&
        !vocab.taskHeads.has(parLong.split(/[\s-‐]+/).pop()!.toLowerCase()) && !COUNTED_HEAD.test(`${par![1]} `);
      // "GenImage, WildFake, DiTFake and Chameleon datasets": a single capitalised word inside the list (an
      // English word as a name) neither ends the walk nor is taken (the lexicon knows such names)
      // (a capitalised word of no English inside the list is taken, as after a determiner: "the Bugzilla, Columba and JDT
      // datasets", "on the Foo and Quux datasets")
      // (in a list that holds a coined name: not the parts of a benchmark, "Brain, Retina, Lung, and Breast datasets")
      const coinedWord = sh === 'weak' && k > 0 && !det && /^[A-Z][a-z]{3,}$/.test(item) && items.some((x) => shapeOf(x.trim().split(/\s+/).pop() ?? '') === 'strong');
      if (!parSpelt && (sh === 'none' || (sh === 'weak' && !coinedWord)) && k > 0 && !det && /^[A-Z][a-z]+$/.test(item)) continue;
      // (a longer capitalised name after a determiner: "on the Los Alamos National Laboratory Cyber Security dataset")
      // (a capitalised word of no English after a determiner is a name too: "the Galar and the Kvasir-Capsule datasets")
      if (!parSpelt && (sh === 'none' || (sh === 'weak' && !det && !coinedWord) || item.split(/\s+/).length > (det && sh === 'phrase' ? 6 : 3))) break;
      // (the long form spelt from the whole item: "the Defects of Printed Boards (DPB)", not "Printed Boards")
      if (par && isAcronymShaped(par[2])) found.push({ name: par[2], longForm: findLongForm(par[2], par[1]) });
      else if (revLong !== undefined) found.push({ name: item, longForm: revLong });
      // ("using the Metaverse Financial Transactions Dataset": a capitalised data word after a capitalised phrase
      // the lexicon does not know is the end of its name)
      // (after one coined word too, or a word of no English: "the COPYNet Dataset", "the publicly available Medetec Dataset";
      // not an adjective, "the Optimal Dataset")
      // ("The GDXray Welds Dataset was used ..." opening an abstract's sentence too, not a title's capitals)
      // (otherwise a capitalised data word names nothing: "a large-scale Fraudulent Transactions Dataset" describes data)
      else if (/^[A-Z]/.test(h[0])) {
        if (k === items.length - 1 && !inTitle && (det?.[1] === 'the' || (det?.[1] === 'The' && det.index === 0 && items.length === 1 && pre.startsWith('The '))) &&
          (sh === 'phrase' || sh === 'strong' || (sh === 'weak' && !vocab.isKnownWord(item.toLowerCase()) && !ADJECTIVE_END.test(item))) && !vocab.isLexiconName(item) && !NAME_GOES_ON.test(text.slice(h.index + h[0].length, h.index + h[0].length + 12))) {
          // (with the year of its release: "the CIC EV Charger Attack Dataset 2024 (CICEVSE2024)")
          const year = NAME_YEAR_AFTER.exec(text.slice(h.index + h[0].length, h.index + h[0].length + 8));
          found.push({ name: `${item} ${h[0]}${year ? year[0] : ''}` });
        }
        break;
      } else found.push({ name: item });
      if (det) {
        const d = det[1].toLowerCase();
        own = d.startsWith('the proposed') || d.startsWith('our') || ((d === 'a new' || d === 'the new') && isProposalSentence(text));
        // ("on the standard CRMI13-Skeleton and our PDMB-Skeleton datasets": the paper's own set joined last to others' is
        // its own; the list goes on before it, others' sets)
        if (own && k === items.length - 1 && k > 0 && found.length > 0 && items[k].trim().startsWith(det[1]) && /\sand$/.test(pre.slice(0, pre.length - items[k].trim().length).trimEnd())) {
          found[found.length - 1].own = true;
          own = false;
          continue;
        }
        break;
      }
    }
    for (const f of found.reverse()) out.push({ name: f.name, longForm: f.longForm, own: f.own ?? own, rule: 'dataset-named', shape: /^[A-Z]/.test(h[0]) && f.name.endsWith(` ${h[0]}`) ? 'phrase' : accept(f.name) });
  }
  // "the two-version dataset of LOGEVOL-Hadoop", "on the benchmark XYZ-10": a name-shaped token right
  // after the data word (capitals with a hyphen or digit, or 4+ characters), ending its phrase
  DATASET_OF.lastIndex = 0;
  for (let m = DATASET_OF.exec(text); m; m = DATASET_OF.exec(text)) {
    const name = m[1];
    if (shapeOf(name) !== 'strong' || vocab.stop.has(normLetters(name))) continue;
    if (name.length < 4 && !/[-‐\d]/.test(name)) continue;
    // "a real dataset of WDMs": a plural acronym counts things of a kind, it does not name a dataset
    if (/^[A-Z][A-Z0-9]*s$/.test(name)) continue;
    if (!DATASET_OF_END.test(text.slice(m.index + m[0].length))) continue;
    out.push({ name, own: false, rule: 'dataset-of', shape: 'strong' });
  }
  // "datasets such as X and Y", "benchmark data sets (X, Y, Z and W)", "benchmarks, including X, Y, and Z"
  const LIST = /\b(?:datasets|data sets|benchmarks|benchmark datasets|benchmark data sets|databases)\s*(?:,?\s*(?:such as|like|including|e\.g\.,?|i\.e\.,?|namely)\s+|\(\s*(?:(?:e\.g\.|i\.e\.),?\s*|(?:such as|including|namely)\s+)?|:\s*|(\s?[—–]\s?|-(?=[A-Z])|(?<=\s)-\s(?=[A-Z]))|(,)\s*)/gi;
  for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
    const from = countedFrom(text, m);
    if (from < 0) continue;
    // "we introduce two datasets, X and Y", "we release two benchmarks (X, Y)": this paper's data
    const own = INTRODUCED_BEFORE.test(text.slice(0, from));
    const commaOnly = m[2] !== undefined;
    // ("ITD datasets-CERT r4.2, CERT r5.2, and PicoDomain-demonstrate": a list set off by a dash takes
    // name-shaped items only: not "benchmarks-Brain, Retina, Lung, and Breast datasets")
    const dashed = m[1] !== undefined;
    // ("two additional public benchmarks, Tecator and Kvasir2": a counted data word before a comma enumerates
    // its names; a capitalised word of no English among them is one: not "three datasets, which ...")
    // ("three industrial food inspection datasets—Carrot, Corn, and Pistachio—demonstrate": counted, set off by dashes, the
    // same; the list ends at its closing dash)
    const counted = (commaOnly || dashed) && !own && COUNTED_HEAD.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (commaOnly && !own && !counted) continue;
    let listText = text;
    if (dashed) {
      const close = m[1].trim() === '-' ? /-(?=[a-z])/g : /\s?[—–]/g;
      close.lastIndex = m.index + m[0].length;
      const c = close.exec(text);
      if (c) listText = text.slice(0, c.index);
    }
    const walked = walkList(listText, m.index + m[0].length, false, false, true);
    const names = walked.names;
    // ("six datasets: BrainMRI, LiverCT and RESC for anomaly localization, and ChestXray, HIS and OCT17 for ...": a colon's
    // list goes on past what its first part is for)
    if (m[0].includes(':') && names.length >= 2) {
      const more = /^\s+for\s+[^,;.:()]{1,60},?\s+and\s+/.exec(listText.slice(walked.end));
      if (more) names.push(...walkList(listText, walked.end + more[0].length).names);
    }
    // (a counted list has two names or more: "Across four benchmarks, ZorbFraud consistently beats ..." names no data)
    if (counted && names.length < 2) continue;
    // (not "four diverse benchmarks-Brain, Retina, Lung, and Breast datasets-": kinds of data, their data word inside)
    const kindsOfData = dashed && /\b(?:datasets?|benchmarks?|data)\b/i.test(listText.slice(m.index + m[0].length));
    for (let name of names) {
      // ("... and FooAD-demonstrate": the closing dash glues the next word on)
      if (dashed) name = name.replace(/[-‐][a-z][\w-]*$/, '');
      const sh = accept(name);
      if (sh === 'none' || ((commaOnly || dashed) && sh !== 'strong' && !(counted && !kindsOfData && sh === 'weak'))) continue;
      out.push({ name, own, rule: 'dataset-list', shape: sh });
    }
  }
  // "on two standard benchmarks for few-shot logical anomaly detection, MVTec LOCO and CAD-SD": a counted data word, what
  // it is for in lower case, then its names after a comma
  if (COUNT_WORD.test(text)) {
    COUNTED_PP_LIST.lastIndex = 0;
    for (let m = COUNTED_PP_LIST.exec(text); m; m = COUNTED_PP_LIST.exec(text)) {
      const names = listAt(text, m.index + m[0].length);
      if (names.length < 2) continue;
      for (const name of names) {
        const sh = accept(name);
        if (sh === 'strong' || sh === 'weak' || sh === 'phrase') out.push({ name, own: false, rule: 'dataset-list', shape: sh });
      }
    }
  }
  // "two large datasets featuring real-world surveillance scenarios (UCF-Crime and XD-Violence)", "several datasets for
  // industrial quality inspection: KolektorSDD, DAGM and Severstal", "experiments on telemetry and ECG signals (SMD, SMAP,
  // MSL)": names in parentheses or after a colon a few words after the data word, all of them name-shaped (a capitalised
  // phrase or a capitalised word too, beside a coined name: "two public iris image databases ...: Notre Dame and IIIT-Delhi")
  if (text.includes('(') || text.includes(':')) {
    DATA_WORDS_THEN.lastIndex = 0;
    for (let m = DATA_WORDS_THEN.exec(text); m; m = DATA_WORDS_THEN.exec(text)) {
      // (not a kind of method between: "on these datasets against strong baselines (PatchCore, SimpleNet)")
      if (KIND_BETWEEN.test(m[0])) continue;
      const at = m.index + m[0].length;
      const names = m[0].trimEnd().endsWith('(') ? parenItems(text, at).names : listAt(text, at);
      const shapes = names.map((n) => accept(n));
      if (names.length < 2 || !shapes.every((sh) => sh === 'strong' || sh === 'phrase' || sh === 'weak') || !shapes.some((sh, i) => sh === 'strong' || (sh === 'weak' && !vocab.isKnownWord(names[i].toLowerCase())))) continue;
      const own = INTRODUCED_BEFORE.test(text.slice(0, m.index));
      for (let i = 0; i < names.length; i++) out.push({ name: names[i], own, rule: 'dataset-list', shape: shapes[i] });
    }
  }
  // "two typical industrial datasets of MVTec AD and BenTech AD demonstrate ...": a plural head "of" its names,
  // the list ending its phrase (not "datasets of Chinese and English logs", "datasets of Android apps")
  DATASETS_OF.lastIndex = 0;
  for (let m = DATASETS_OF.exec(text); m; m = DATASETS_OF.exec(text)) {
    if (countedFrom(text, m) < 0) continue;
    const { names, end } = walkList(text, m.index + m[0].length, true);
    if (!names.length || !DATASET_OF_END.test(text.slice(end))) continue;
    for (const name of names) {
      const sh = accept(name);
      if (sh !== 'none' && sh !== 'weak') out.push({ name, own: false, rule: 'datasets-of', shape: sh });
    }
  }
  return out;
}
/** Words after "the proposed X" that make X a part of the method, beyond the part heads ("the proposed DFM criterion"). */
const PART_AFTER_OURS = new Set(['criterion', 'criteria', 'score', 'term', 'regularizer', 'regulariser', 'objective', 'operator', 'scheme', 'unit', 'units', 'stage', 'step',
  // "the proposed PatchCore extension", "the proposed Mamba variant": what the paper builds on
  'extension', 'extensions', 'variant', 'variants', 'version', 'versions', 'adaptation', 'modification', 'adapter', 'adapters', 'backbone', 'baseline', 'baselines']);
/**
 * "the POWDER RF fingerprinting dataset", "the NOVA brain MRI benchmark": a coined name, then lower-case words and
 * acronyms of what the data hold (one lower-case word at least) before the data word.
 */
function describedByAcronyms(item: string): RegExpExecArray | null {
  const m = /^(\S+)(?:\s+(?:[a-z][a-z-]*|[A-Z]{2,5})){1,4}$/.exec(item);
  return m && /\s[a-z]/.test(item.slice(m[1].length)) ? m : null;
}
/** Words of a count before a data word ("two datasets", "several benchmarks"): how many, no name. */
const COUNT_WORDS = new Set('two three four five six seven eight nine ten twelve several many multiple various both numerous'.split(' '));
/** "a variety / range / number of X datasets": kinds of data. */
const KIND_OF_DATA_BEFORE = /\b(?:variety|range|number|host|wide array|array|couple|mix|suite) of\s+\S+$/i;
/** The endings of an adjective ("Optimal", "Synthetic", "Extensive", "Bidirectional"): a word that describes, not a coined name. */
export const ADJECTIVE_ENDINGS = 'al|ic|ive|ous|ar|ed|ing|ful|less|able|ible';
const ADJECTIVE_END = new RegExp(`(?:${ADJECTIVE_ENDINGS})$`);
/** "the European Space Agency Benchmark for Anomaly Detection ...": a capitalised name that goes on past its data word. */
const NAME_GOES_ON = /^\s+(?:for|of|on|in|and)\s+[A-Z]/;
/** "X dataset pairs / splits / types": the data word qualifies what follows. */
const KIND_OF_DATA_AFTER = /^\s+(?:pairs?|splits?|types?|categories|families|kinds?|formats?)\b/;
/** Kinds of method after "benchmark": "benchmark methods", "benchmark models" are baselines. */
const BENCHMARK_METHODS = /^\s+(?:methods?|models?|approaches|algorithms?|detectors?|techniques?|baselines?|systems?|classifiers?)\b/;
/** A capitalised word opening a phrase that names a kind of data ("Current SVDD datasets"), not one of them. */
const KIND_OPENER = /^(?:Current|Existing|Previous|Prior|Recent|Most|Many|Several|Popular|Public|Common|Standard|Typical|Traditional|Conventional|Other|Such|Some|All|These|Those|Various|Mainstream|Classical|Classic)\s/;
/**
 * A plain acronym of four to six capitals that names no kind of data the vocabulary knows ("the public DRIMDB database"),
 * where a short or known one is the kind ("a public CXR dataset", "the large-scale MIA dataset"). Asked only after "the" or "our":
 * "a public SCADA dataset" is one of a kind.
 */
function coinedAcronym(name: string, vocab: PatternVocab): boolean {
  return name.length >= 4 && !vocab.generic.has(normLetters(name)) && !vocab.stop.has(normLetters(name)) && !vocab.isKnownWord(name.toLowerCase());
}
/** Lower-case words that describe data before its name ("the real-world X dataset", "a large Foursquare dataset"). */
const DATA_ADJECTIVES = /^(?:(?:(?:more|most|very|highly|the most)\s+)?(?:real-world|real|large|big|small|public|publicly[- ]available|publically[- ]available|standard|recent|open|open-source|open-access|large-scale|widely[- ]used|well-known|popular|challenging|famous|classic|commonly[- ]used|comprehensive|established|well-established|widely[- ]adopted|(?:newly|recently)[- ](?:released|published|collected|constructed|created|built|curated|proposed|introduced)|clinical|private|in-house|proprietary|internal|external)\s+)+(?=[A-Z0-9])/;
/** Describing words that make a plain acronym after them one known data set, not a kind of data. */
const KNOWN_SET_WORDS = /\b(?:publicly[- ]available|publically[- ]available|standard|open-access|widely[- ](?:used|adopted)|well-known|popular|famous|classic|commonly[- ]used|(?:well-)?established)\b/;
const DATASETS_OF = /\b(?:datasets|data sets|benchmarks|databases)(?:\s+(?:(?:of|from)\s+)?|\s*(?:--|—|–|:)\s*)(?=[A-Z])/g;
/** "two generative time series models VRNN and GRU-NF": a count, a plural kind of method, then names (or a comma first:
 * "two state-of-the-art heterogeneous GNN architectures, HINormer and HybridGNN"). */
const COUNTED_KIND_LIST = /\b(?:two|three|four|five|six|seven|eight|\d+)\s+(?:[\w-]+\s+){0,4}?(?:models|methods|algorithms|approaches|detectors|baselines|architectures|frameworks),?\s+(?=[A-Z])/g;
/** A listed item's long form in parentheses, capitalised words: " (Heterogeneous Information Network Transformer)". */
const ITEM_LONG_FORM = /(?<=[\w)])\s\((?:[A-Z][\w-]*\s){1,6}[A-Z][\w-]*\)(?=\s*,|\s+(?:and|or)\s)/g;
/** "comparing Time-Conditioned Contraction Matching (TCCM) with Forest-Flow", "compare ZorbA with ZorbB". */
const COMPARING_WITH = new RegExp(String.raw`\bcompar(?:e|es|ed|ing)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,5}\((${NAME_SRC})\)|(${NAME_SRC}))\s+(?:with|to|against|and)\s+(?:the\s+)?(${NAME_SRC})?`, 'g');
const COUNT_WORD = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s/i;
const COUNTED_PP_LIST = /\b(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks|data sets)\s+(?:for|on|in|from|of)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*\s*,\s*(?=[A-Z0-9])/g;
/** A count, and up to four describing words, right before a data word: "two additional public", "three". */
const COUNTED_HEAD = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,6}$/i;
/** A count before "databases": "three public databases", "5 databases". */
const COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * Where a data-list match really starts: its own index, or for "databases" (read as data only when counted:
 * "three databases: X, Y and Z", not "relational databases such as MySQL") the count before it; -1 when uncounted.
 */
function countedFrom(text: string, m: RegExpExecArray): number {
  if (m[0].slice(0, 9).toLowerCase() !== 'databases') return m.index;
  const count = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
  return count ? m.index - count[0].length : -1;
}

/**
 * "Experiments on the Quux Zorb and Anomaly Plates (QZAP) dataset": the walked names are one long form joined by "and",
 * spelt by the acronym in parentheses after them (read as one data set where the data word is read).
 */
function heldAcronymAfter(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end + 1) !== 40) return false;
  const acr = /^\s\(([A-Za-z0-9][\w-]*)\)/.exec(text.slice(end, end + 40));
  return acr !== null && isAcronymShaped(acr[1]) && /\s(?:and|or|&)\s/.test(findLongForm(acr[1], text.slice(at, end)) ?? '');
}
/**
 * "Evaluated on RSDDs-I and RSDDs-II, X outperformed ...": two or more name-shaped items right after "evaluated /
 * tested on", ending the phrase, are the data (not "evaluated on ResNet and ViT backbones").
 */
function evaluatedOn(text: string, vocab: PatternVocab): DatasetCtx[] {
  const out: DatasetCtx[] = [];
  EVAL_ON.lastIndex = 0;
  for (let m = EVAL_ON.exec(text); m; m = EVAL_ON.exec(text)) {
    const at = m.index + m[0].length;
    const { names, end } = walkList(text, at, true);
    if (heldAcronymAfter(text, at, end)) continue;
    // ("Results on Vexa-7 and Trillo confirm ...": a capitalised word of no English beside a coined name is a name too)
    const nameLike = (n: string) => (shapeOf(n) === 'strong' || (shapeOf(n) === 'weak' && !vocab.isKnownWord(n.toLowerCase()))) && !vocab.stop.has(normLetters(n)) && !/[-‐]\d+(?:\.\d+)?[BM]$/.test(n);
    // ("On COMPAS, Adult and CelebA, FairSVDD reduces ...": a sentence opening on a list of data; an English word among
    // strong names stays in the list but is left to the lexicon)
    const opening = m[0].startsWith('On') || m[0].startsWith('Across');
    if (names.length < 2 || !names.some((n) => shapeOf(n) === 'strong') || !names.every((n) => nameLike(n) || (opening && /^[A-Z][a-z]+$/.test(n)))) continue;
    if (opening && names.filter((n) => shapeOf(n) === 'strong').length < 2) continue;
    // ("Experiments on PadChest-GR and MS-CXR show that ...": after "experiments / results on", the sentence's verb may end the list)
    const loose = /^(?:experiments|results|evaluations)/i.test(m[0]);
    if (!/^\s*(?:[,.;:]|$)/.test(text.slice(end)) && !(loose && DATASET_OF_END.test(text.slice(end)))) continue;
    // ("Tested on Raspberry Pi and Jetson Nano, it runs at 30 FPS": devices; "Evaluated on Falcon3-7B and ...": models)
    // (after "experiments / results on", only the words around the list: "... show that our model ..." is the paper's)
    if (NOT_DATA_CONTEXT.test(loose ? text.slice(Math.max(0, m.index - 40), end + 24) : text)) continue;
    // ("Experiments on QuuxNet and ZooDet show that the attack ...", "on Jetson Orin and Raspberry Pi demonstrate
    // real-time inference", "both assistants leak": systems under test, not data)
    // (the paper's own method named beside it is no system under test: "... demonstrate the effectiveness of the proposed method")
    if (loose && (LOOSE_NOT_DATA.test(text.replace(OWN_METHOD_PHRASE, '')) || names.some((n) => METHOD_SUFFIX_NAME.test(n)))) continue;
    for (const name of names) if (nameLike(name)) out.push({ name, own: false, rule: 'evaluated-on', shape: 'strong' });
  }
  return out;
}
/** Names after the words of the paper's experiments and "on" or "across", ending the sentence or before its verb. */
/** "the development set of DCASE 2023 Task 2", "the evaluation set of ASVspoof 2019"; "mixtures of SQuAD and five other QA
 * datasets": a name whose split is used, or beside other data. */
function splitOf(text: string): DatasetCtx[] {
  const out: DatasetCtx[] = [];
  SPLIT_OF.lastIndex = 0;
  for (let m = SPLIT_OF.exec(text); m; m = SPLIT_OF.exec(text)) {
    const name = m[1] ?? m[2];
    if (shapeOf(name) === 'strong' && name.length >= 3 && !PLURAL_ACRONYM.test(name)) {
      out.push({ name, own: false, rule: 'dataset-of', shape: 'strong' });
      // ("the cross-domain testing sets of DocTamper-FCD and DocTamper-SCD": a second split named after "and")
      const second = m[1] ? SPLIT_SECOND.exec(text.slice(m.index + m[0].length)) : null;
      if (second && shapeOf(second[1]) === 'strong' && second[1].length >= 3 && !PLURAL_ACRONYM.test(second[1])) out.push({ name: second[1], own: false, rule: 'dataset-of', shape: 'strong' });
    }
  }
  return out;
}
function experimentsOn(text: string, vocab: PatternVocab): DatasetCtx[] {
  const out: DatasetCtx[] = [];
  EXPERIMENTS_ON.lastIndex = 0;
  for (let m = EXPERIMENTS_ON.exec(text); m; m = EXPERIMENTS_ON.exec(text)) {
    const { names, end } = walkList(text, m.index + m[0].length, true);
    if (!names.length || !EXPERIMENTS_ON_END.test(text.slice(end))) continue;
    if (heldAcronymAfter(text, m.index + m[0].length, end)) continue;
    // (what a method is built on is no data: "outperforms methods based on CLIP and DINO.")
    if (RESTS_ON_BEFORE.test(text.slice(Math.max(0, m.index + m[0].length - 24), m.index + m[0].length))) continue;
    // (not a known name with its data word, read elsewhere: "the MVTec AD Dataset")
    // (nor a maker's devices, a name ending on a plural acronym: "results on Xilinx FPGAs")
    if (!names.every((n) => !DATA_WORD_END.test(n) && shapeOf(n) === 'strong' && n.length >= 3 && !vocab.stop.has(normLetters(n)) && !PLURAL_ACRONYM.test(n.slice(n.lastIndexOf(' ') + 1)) && !CHECKPOINT_NAME.test(n) && !METHOD_SUFFIX_NAME.test(n))) continue;
    // (not devices, models or systems under test: "runs in real time on Jetson Orin.", "attacks on QuuxNet and ZooDet")
    if (NOT_DATA_CONTEXT.test(text.slice(Math.max(0, m.index - 40), end + 24)) || LOOSE_NOT_DATA.test(text.slice(0, end + 40).replace(OWN_METHOD_PHRASE, ''))) continue;
    for (const name of names) out.push({ name, own: false, rule: 'evaluated-on', shape: 'strong' });
  }
  // ("image-level AUROC scores of 99.6% on MVTec AD and 98.4% on VisA", "achieving 97.4% for UCSD Ped2", "On XD-Violence, our
  // model achieves an AP of 80.5%": a figure measured on a name)
  // (or a result without a figure: "On UAV-SEAD, AeroTSBoost achieves the strongest AUPRC")
  if (PERCENT_OR_FIGURE.test(text) || OPENING_RESULT.test(text)) {
    FIGURE_ON.lastIndex = 0;
    for (let m = FIGURE_ON.exec(text); m; m = FIGURE_ON.exec(text)) {
      // (the first name only, and what follows it: the walk may run on past "and 98.4%")
      const n = walkList(text, m.index + m[0].length, true).names[0];
      if (!n) continue;
      const end = text.indexOf(n, m.index + m[0].length) + n.length;
      if (!FIGURE_ON_END.test(text.slice(end))) continue;
      // (not a metric, nor a lettered part: "F1-score", "Housing A and B")
      if (FIGURE_NOT_DATA.test(n) || DATA_WORD_END.test(n) || shapeOf(n) !== 'strong' || n.length < 3 || vocab.stop.has(normLetters(n)) || PLURAL_ACRONYM.test(n) || CHECKPOINT_NAME.test(n) || METHOD_SUFFIX_NAME.test(n)) continue;
      if (NOT_DATA_CONTEXT.test(text.slice(Math.max(0, m.index - 30), end + 16).replace(OWN_METHOD_PHRASE, ''))) continue;
      out.push({ name: n, own: false, rule: 'evaluated-on', shape: 'strong' });
    }
  }
  return out;
}
/** A figure, then up to two words, then "on" and a name ("98.4% on VisA", "86.2% mAD on MVTec AD"); or a sentence opening on one name before a comma. */
// (or after a semicolon, and a name of up to four words: "...; on Pneumonia CXR, ROC-AUC rises from ...")
const FIGURE_ON = /(?:\d(?:\.\d+)?\s?%|\b0\.\d+|\b\d+(?:\.\d+)?\s+(?:percentage\s+)?(?:points|pp))(?:\s+[\w-]+){0,2}?(?:\s*\([\w@ -]{1,12}\))?\s+on\s+(?:the\s+)?(?=[A-Z0-9])|(?:^\s*(?:On|In)|;\s+(?:and\s+)?on)\s+(?:the\s+)?(?=[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3},)/g;
const FIGURE_NOT_DATA = /^(?:F1|AUROC|AUC|AUPRC?|AUC[-‐ ]?(?:PR|ROC)C?|AU[-‐ ]?PRC?|(?:PR|ROC)[-‐ ]?AUC|mAP|AP|EER|FPR\d*|TPR|IoU|PRO|ROC)(?:[-‐ ]?scores?)?$|\s[A-Z]$/i;
const PERCENT_OR_FIGURE = /\d\s?%|\b0\.\d|\d\s+(?:percentage\s+)?(?:points|pp)\b/;
/** A sentence opening on one name, then a result: "On UAV-SEAD, AeroTSBoost achieves ...". */
const OPENING_RESULT = /^\s*On\s+(?:the\s+)?[A-Z0-9][^,;]{0,40},\s+(?:[\w-]+\s+){0,3}(?:achiev|reach|outperform|attain|improv|surpass|obtain|yield|rais|rise|increas)/;
/** What may follow a name a figure was measured on. */
const FIGURE_ON_END = /^\s*(?:[,.;()]|(?:and|respectively|while|with|dataset|benchmark|in terms|for|under)\b|$)/;
/** A capitalised name's last word that makes it a data set's: "... Project Dataset", "... Speech Corpus". */
const DATA_WORD_END = /\s(?:Dataset|Datasets|Benchmark|Benchmarks|Corpus|Database|Data)$/;
/** "the development / evaluation / test set of X"; "X and five other (QA) datasets". */
const SPLIT_OF = new RegExp(String.raw`\b(?:development|evaluation|test|testing|training|validation|dev|eval)\s+(?:sets?|splits?|partitions?)\s+of\s+(?:the\s+)?(${NAME_SRC})|\b(${NAME_SRC})\s+and\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|data sets|corpora)\b`, 'g');
/** A second name of such a split, after "and", ending its phrase. */
const SPLIT_SECOND = new RegExp(String.raw`^\s+and\s+(?:the\s+)?(${NAME_SRC})(?=\s*(?:[,.;:)]|$))`);
const KIND_BETWEEN = /\b(?:methods?|approaches|baselines?|detectors?|models?|algorithms?|techniques?|competitors|frameworks?)\b/i;
/** A data word (or experiments on ...), a few words, then a parenthesis or a colon opening names. */
const DATA_WORDS_THEN = /\b(?:(?:datasets|data sets|benchmarks|databases|corpora)\b[^.;:()]{1,80}?|(?:experiments|evaluated|evaluation)\s+on\s+[^.;:()]{1,60}?)(?:\(\s*|:\s+)(?=[A-Z0-9])/gi;
/** Words of the paper's experiments, then "on" or "across" and the names they run on. */
const EXPERIMENTS_ON = /\b(?:[Ee]xperiments?|[Ee]valuations?|results?|performance|tested|evaluated|validated|[Ee]valuates?|[Tt]ests?|[Vv]alidates?|[Bb]enchmarks?|achiev(?:es|ed|ing)|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)|conducted|state[- ]of[- ]the[- ]art|SOTA|AUROC|AUC|accuracy|[Ss]tud(?:y|ies)|improvements?|gains?)\b[^.;:()]{0,60}?\b(?:on|across)\s+(?:the\s+)?(?:(?:public|widely[- ]used|popular|challenging|real-world|large-scale|standard)\s+)*(?=[A-Z0-9])/g;
const RESTS_ON_BEFORE = /\b(?:based|built|relying|rel(?:y|ies)|depend(?:s|ing)?|focus(?:es|ed|ing)?|conditioned|grounded)\s+on\s+(?:the\s+)?$/;
/** What may follow the names: the end of the sentence, ", respectively", a result after a comma, or the sentence's verb. */
const EXPERIMENTS_ON_END = /^\s*(?:[.;(]|(?:in|with|under|using)\s+(?:[\w-]+\s+){1,4}?(?:show|shows|showed|demonstrate|demonstrates|demonstrated|confirm|confirms|reveal|reveals|indicate|indicates|verify|verifies)\b|,?\s*from\s+(?:the\s+)?[A-Z]|(?:have|has)\s+(?:\w+ly\s+)?(?:verified|validated|demonstrated|shown|confirmed|proven|proved|revealed|indicated)\b|,\s*(?:respectively|achieving|demonstrating|showing|outperforming|yielding|reaching|attaining|obtaining|surpassing|and|while|whereas|but)\b|$|(?:demonstrate|demonstrates|demonstrated|show|shows|showed|reveal|reveals|confirm|confirms|indicate|indicates|verify|verifies|validate|validates|prove|proves|suggest|suggests|highlight|highlights)\b)/;
/**
 * "yielding a 15 pp AUROC gain on ImageNet-C vs. Textures-C", "by up to +13% AUROC on HalluRAG": name-shaped items
 * right after a metric (and "on"), ending the phrase, are what it was measured on (not "AUC on GNN for fraud
 * detection", "accuracy on KKs"; a model size is no data: "accuracy on Llama-2-7B").
 */
function metricOn(text: string, vocab: PatternVocab): DatasetCtx[] {
  const out: DatasetCtx[] = [];
  METRIC_ON.lastIndex = 0;
  for (let m = METRIC_ON.exec(text); m; m = METRIC_ON.exec(text)) {
    const first = walkList(text, m.index + m[0].length, true);
    let { names, end } = first;
    // ("ImageNet-C vs. Textures-C": the in- and out-of-distribution sets of one test)
    const vs = names.length === 1 ? /^\s+(?:vs\.?|versus)\s+/.exec(text.slice(end)) : null;
    const other = vs ? walkList(text, end + vs[0].length, true) : null;
    if (other?.names.length === 1) {
      names = [...names, ...other.names];
      end = other.end;
    }
    if (!names.length || !names.every((n) => shapeOf(n) === 'strong' && !vocab.stop.has(normLetters(n)) && !/^[A-Z][A-Z0-9]*s$/.test(n) && !CHECKPOINT_NAME.test(n))) continue;
    // ("AUROC on Vicuna-13B-v1.5": the name goes on past a version point)
    if (/^\.\d/.test(text.slice(end))) continue;
    if (!DATASET_OF_END.test(text.slice(end)) && !/^\s+(?:compared|relative|over|against|by|\()/.test(text.slice(end))) continue;
    for (const name of names) out.push({ name, own: false, rule: 'metric-on', shape: 'strong' });
  }
  return out;
}
/** A model checkpoint's name: a size anywhere ("Llama-2-7b-chat", "OLMo-7B-Instruct") or a chat / instruct / base suffix. */
const CHECKPOINT_NAME = /[-‐]\d+(?:\.\d+)?[BbMm](?:[-‐]|$)|[-‐](?:chat|instruct|it|base|hf)$/i;
const METRIC_ON = /\b(?:AU-?ROC|AUCROC|AUC|AU-?PRC?|F1(?:[- ]scores?)?|accuracy|FPR(?:@?95(?:TPR)?)?|mAP|AP|EER)(?:\s+(?:scores?|gains?|improvements?|reductions?|points|drop))?\s+on\s+(?:the\s+)?(?=[A-Z])/g;
/** The paper's own method, named as such ("the proposed method", "our approach"). */
const OWN_METHOD_PHRASE = /\b(?:our|(?:the\s+)?proposed)\s+(?:[\w-]+\s+)?(?:methods?|approach|framework|model|detector)\b/gi;
const LOOSE_NOT_DATA = /\b(?:detectors?|methods?|attacks?|real-time|inference|power|assistants?|chatbots?|agents?|the former|the latter)\b/i;
const METHOD_SUFFIX_NAME = /(?:Net|Det|Former|GPT|LM|Chat|Bot)$/;
const NOT_DATA_CONTEXT = /\b(?:fps|gpus?|cpus?|devices?|hardware|edge|runs?|latency|speed|llms?|models?|backbones?|platforms?)\b|\d\s?ms\b/i;
const NONE: DatasetCtx[] = [];
const EVAL_ON_NEED = /\b(?:evaluated|tested|validated|benchmarked|experiments(?:\s+conducted)?|results) on\b|\bevaluations (?:on|across)\b/i;
const EVAL_ON = /\b(?:[Ee]valuated|[Tt]ested|[Vv]alidated|[Bb]enchmarked|[Ee]xperiments(?:\s+[Cc]onducted)?|[Rr]esults|[Pp]erformance|[Gg]ains(?:\s+are\s+largest)?|largest)\s+[Oo]n\s+(?:[Tt]he\s+)?|\b[Ee]valuations\s+(?:[Oo]n|across)\s+(?:[Tt]he\s+)?|^(?:On|Across)\s+(?=[A-Z0-9][\w-]*(?:,|\s+and\s))/g;
/** "the performance on", "Gains are largest on": results reported on what follows. */
const PERFORMANCE_ON = /\b(?:performance|[Gg]ains(?:\s+are\s+largest)?|largest)\s+on\s+/;

/** "FiLo: Zero-Shot ...", "DRAEM -- A discriminatively ...": the head if it reads as a name. */
/** A benchmark's name: "OddBench", "VAU-Bench", "MVTec-AD-Bench" (not the word "Bench" alone). */
const BENCH_NAME = /\b[A-Z][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*[-‐]?Bench\b(?![-‐][A-Za-z0-9])/g;
/** Title heads that name the paper's genre or call for attention, not a method ("Experience Report:", "Warning:"). */
const GENRE_HEADS = new Set(['experience report', 'technical report', 'technical note', 'research note', 'brief communication', 'short communication', 'research letter', 'case report', 'case study', 'descriptor', 'data descriptor', 'position paper', 'short paper', 'tutorial', 'survey', 'review', 'perspective', 'extended abstract', 'work in progress', 'vision paper',
  'warning', 'caution', 'beware', 'commentary', 'editorial', 'opinion', 'erratum', 'correction', 'overview']);

/** Heads of a stated result, not a method ("Fence Theorem", "Manifold Hypothesis"). */
const STATEMENT_HEADS = new Set(['theorem', 'hypothesis', 'lemma', 'principle', 'conjecture', 'law', 'paradox']);
/** A subtitle announcing a survey (": A review and new outlooks", ": A Comprehensive Survey"). */
const SURVEY_REST = /^(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:Review|Survey|Overview|Tutorial|Primer|Study|Comparison)\b(?!\s+(?:Approach|Method|Framework|Model|System)\b)/i;
/** An adverb ending a title head ("Wisely", "Twice"), not a noun in -ly ("Anomaly", "Assembly", "Family"). */
const SLOGAN_ADVERB = /^(?:[A-Z][a-z]{2,}ly|Twice|Again|Better|Faster|Together|Ahead)$/;
const SLOGAN_NOT_ADVERB = /(?:^|-)(?:anomaly|family|assembly|supply|monopoly|rally|reply|jelly|belly|lily|bully|folly|italy|poly|only|early|daily|weekly|monthly|yearly|friendly|holy|ugly|silly|fly|butterfly|firefly|dragonfly|ally|tally|apply|comply|multiply|imply)$/i;
/** Verbs that end a slogan title head ("Cloze Test Helps", "Context Matters", "Simplicity Wins"). */
const SLOGAN_VERBS = new Set(['helps', 'matters', 'works', 'suffices', 'counts', 'wins', 'fails', 'pays', 'beats', 'rules', 'needs', 'learns', 'sees', 'knows', 'meets', 'talks', 'speaks', 'thinks', 'says', 'lies', 'goes', 'tells', 'makes', 'does', 'beware']);

export type TitleHead = { name: string; rest: string; shape: Shape };

/** The last title read and its head: the extractor asks up to three times per paper (callers only read it). */
let lastTitle: string | undefined;
let lastHead: TitleHead | undefined;

/** A task, then a generic kind of system: "Industrial Anomaly Detection System", "Log Anomaly Detection Framework". */
const TASK_SYSTEM_HEAD = /\b(?:anomaly|anomalies|outlier|defect|fault|intrusion|novelty|change|fraud|ood|out-of-distribution|malware|attack)\s+detection\s+(?:system|framework|model|method|approach|pipeline|platform|toolkit|toolbox|library|algorithm|benchmark)s?$/i;

export function titleHead(title: string): TitleHead | undefined {
  if (title !== lastTitle) {
    lastHead = readTitleHead(title);
    lastTitle = title;
  }
  return lastHead;
}

/**
 * "the ASVspoof 2021 LA and DF datasets", "on ASVspoof 2019 LA, PA and ...": a track's code written alone after a data
 * name that ends in another (as a candidate of `pool` names it) is that name's other track, not data of its own.
 */
export function resolveTrackCodes(targets: Candidate[], pool: Candidate[]): void {
  for (const c of targets) {
    if (c.kind !== 'dataset' || !TRACK_CODE.test(c.surface)) continue;
    TRACK_LIST.lastIndex = 0;
    for (let m = TRACK_LIST.exec(c.sentence.text); m; m = TRACK_LIST.exec(c.sentence.text)) {
      if (!m[3].split(/[\s,]+/).includes(c.surface)) continue;
      // (the name before the first code, as a candidate names it: "ASVspoof 2021 LA" of "on the ASVspoof 2021 LA")
      const words = m[1].trim().split(/\s+/);
      const stem = words.map((_, k) => words.slice(k).join(' ') + ' ').find((st) => pool.some((o) => o !== c && o.kind === 'dataset' && o.sentence === c.sentence && o.surface === st + m![2]));
      if (stem === undefined) continue;
      c.surface = stem + c.surface;
      break;
    }
  }
}
/** Two capitals alone (a track's code: "LA", "DF"); a name of words ending in one, then more codes ("ASVspoof 2021 LA, DF"). */
const TRACK_CODE = /^[A-Z]{2}$/;
const TRACK_LIST = /(?<![\w-])((?:[A-Za-z0-9][\w-]*\s){1,4})([A-Z]{2})((?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]{2}(?![\w-]))+)/g;
/** A name and a year, alone: "ASVspoof 2019", "ESDD 2026" (a year after a space: not "YOLO-2024" nor "Zorb2024"). */
const EDITION_HEAD = /^[A-Za-z][\w-]*[A-Za-z]\s(?:19|20)\d\d$/;
/** A title's rest that is a challenge's or a competition's name in title case: "Keystroke Verification Challenge". */
const CHALLENGE_REST = /^(?:(?:The|the|A|An)\s+)?(?:[A-Z0-9][\w-]*\s+){0,6}(?:Challenge|Competition)(?:\s+(?:19|20)\d\d)?\s*$/;
/** A challenge or a shared task by its name: "SVDD Challenge 2024", "GenAI Content Detection Task 1", "X Shared Task". */
const CHALLENGE_NAME = /\s(?:Challenge(?:\s+\d{4})?|Task\s*~?\d+|Shared Task|Competition)$/;
/** A title head naming a challenge, a shared task or an edition of one ("SVDD Challenge 2024", "ASVspoof 2019"). */
export function isChallengeName(name: string): boolean {
  return CHALLENGE_NAME.test(name) || EDITION_HEAD.test(name);
}

/** What a title's team is "at" before the colon: "WangLab at MEDIQA-CORR 2024:", "FI Group at SemEval-2024 Task 8:". */
const TITLE_AT = /^[^:]{2,60}?\sat\s+([A-Z][^:]{1,40}?)\s*:/;
/** The shared task's edition a title's team is at ("MEDIQA-CORR 2024", "GenAI Detection Task 1"; not "at Scale:"). */
export function titleEvent(title: string): string | undefined {
  const m = TITLE_AT.exec(title);
  return m && isChallengeName(m[1]) ? m[1] : undefined;
}
/** The rest of a title after a survey's topic: "A Survey", "Benchmarks, Methods and Open Problems". */
const TOPIC_REST = /^(?:an?\s+)?(?:(?:systematic|comprehensive|critical|brief|short)\s+)?(?:survey|review|overview|tutorial|primer)\b|^(?:benchmarks?|methods|taxonomy|challenges|open problems|opportunities|progress|advances)\b/i;

/** Lower-case letters with a number run into them, a coined name ("dacl1k", "word2vec"). */
const LOWER_COINED_NUMBERED = /^[a-z]{3,}\d+[a-z]{0,3}$/;
/** Prefixes that make an English word of another, not a coined name ("Anti-spoofing", "Re-identification"). */
const WORD_PREFIXES = new Set(['anti', 'multi', 'non', 're', 'de', 'pre', 'post', 'self', 'cross', 'co', 'semi', 'sub', 'inter', 'over', 'under', 'e', 'meta', 'cyber', 'auto', 'micro', 'macro', 'mini', 'ultra', 'hyper', 'super', 'out', 'on', 'off', 'in', 'real', 'long', 'short', 'high', 'low', 'fine', 'open', 'zero', 'few', 'one', 'two', 'deep']);
/** One word of a title head that coins a name: lower case with a number run in, lower case and unknown, or hyphenated
 * with an unknown part of 3+ letters. */
function coinedHead(name: string): boolean {
  if (LOWER_COINED_NUMBERED.test(name)) return true;
  if (/^[a-z][a-z0-9]{3,}$/.test(name)) return !isKnownWord(name);
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)+$/.test(name)) return false;
  const parts = name.toLowerCase().split(/[-‐]/);
  return !WORD_PREFIXES.has(parts[0]) && parts.some((p) => p.length >= 3 && /^[a-z]+$/.test(p) && !isKnownWord(p));
}
function readTitleHead(title: string): TitleHead | undefined {
  // "Did You Hear That? Introducing AADG: A Framework for ...": after a question or exclamation, and an
  // "Introducing" before the name, the head is the name
  const lead = /^[^:?!]{1,60}[?!]\s+(?:Introducing\s+)?(?=[^:]{1,60}(?::|\s--?\s|\s[—–]\s))/.exec(title);
  if (lead) title = title.slice(lead[0].length);
  else title = title.replace(/^\s*Introducing\s+(?=[^:]{1,60}:)/, '');
  // (an em dash unspaced too: "ART 2—an unsupervised neural network for ..."; a hyphen right after the name before an
  // article: "EventDetectR- An Open-Source Event Detection System")
  const m = /^\s*([^:]{1,60}?)\s*(?::|\s--?\s|\s[—–]\s|—|(?<=\w)-(?=\s+(?:An?|The)\s))\s*(.+)$/.exec(title);
  if (!m) return undefined;
  // ("Spotting the Unexpected (STU): A 3D LiDAR Dataset ...", "Retrieval Augmented Anomaly Detection (RAAD): ...": a
  // long form and its acronym head the title; the acronym is the name)
  const spelt = /^(.*\S)\s*\(([A-Za-z][\w-]{1,15})\)$/.exec(m[1].trim());
  // (not a survey's topic: "Multivariate Time Series Anomaly Detection (MTSAD): Benchmarks, Methods and Open Problems")
  if (spelt && isAcronymShaped(spelt[2]) && findLongForm(spelt[2], spelt[1]) !== undefined && !TOPIC_REST.test(m[2])) return { name: spelt[2], rest: m[2], shape: 'strong' };
  // ("The Seismic Purifier: An Unsupervised Approach ...": the article is no part of the name)
  // ("Isolation Forest (iForest): A Reproducibility Study": a parenthesis the long form does not spell is no part of it)
  const name = (spelt ? spelt[1] : m[1].trim()).replace(/^["“]|["”]$/g, '').replace(/^The\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$)(?![^]*\b(?:Benchmark|Dataset|Datasets|Corpus|Challenge|Database)$)/, '');
  const rest = m[2];
  const words = name.split(/\s+/);
  // ("Warning: Humans Cannot Reliably Detect Speech Deepfakes", "Experience Report: ...": a call to attention or the paper's genre)
  if (GENRE_HEADS.has(name.toLowerCase())) return undefined;
  // ("Population Protocols Revisited: ...": a topic revisited; "1 Particle - 1 Qubit: ...": a count of a thing, no name)
  if (/\s(?:Revisited|Reconsidered|Rethought|Re-examined|Reexamined)$/.test(name) || /^\d+\s+[A-Za-z]/.test(name)) return undefined;
  // ("Capsule Vision 2024 Challenge: Multi-Class Abnormality Classification ...", "The Clickbait Challenge 2017: ...": a
  // challenge's name in title case, its edition's year among its words, heads the title of the challenge's report: the
  // data it releases; without the article)
  if (words.length > 1 && words.length <= 6 && isChallengeName(name) && words.every((w) => /^[A-Z0-9]/.test(w)) && /\s(?:19|20)\d\d\b/.test(name)) return { name: name.replace(/^The\s+/, ''), rest, shape: 'phrase' };
  if (words.length === 1) {
    const sh = shapeOf(name);
    // ("dacl1k: Real-World Bridge Damage Dataset ...": letters and a number run together in lower case coin a name; so do
    // "astromorph: Self-supervised machine learning pipeline ...", "mlinspect: a Data Distribution Debugger", "D-vlog: Multimodal
    // Vlog Dataset", "Bot-pelganger: ...": a word in lower case, or words joined by hyphens, that the lexicon does not know;
    // not a capitalised topic word, "Deepfakes: ...", nor a prefixed one, "Anti-spoofing: ...")
    if (sh === 'none' && coinedHead(name)) return { name, rest, shape: 'strong' };
    if (sh === 'none') return undefined;
    return { name, rest, shape: sh };
  }
  // ("Interpretable Anomaly Detection with DIFFI: Depth-based Isolation Forest Feature Importance": an acronym ending the
  // head after a word like "with", and spelt out right after the colon, is the paper's)
  if (words.length > 1) {
    const last = words[words.length - 1];
    const exp = rest.split(/\s+(?:for|in|on|with|via|to|and|under|towards?|from)\s+|[,;:(]/)[0];
    // (after a word like "with" or "via", so the head is a phrase, not a name: "MVTec AD — A Comprehensive ... Dataset")
    if (isAcronymShaped(last) && words.slice(0, -1).some((w) => FUNCTION_WORDS.has(w.toLowerCase())) && /\s/.test(exp.trim()) &&
      !/^\s*(?:an?|the)\s/i.test(exp) && findLongForm(last, exp) !== undefined && !TOPIC_REST.test(rest)) return { name: last, rest, shape: 'strong' };
  }
  if (words.length > 4) return undefined;
  // "Open-world machine learning: A review and new outlooks": the topic of a survey, not a name
  if (SURVEY_REST.test(rest) && words.some((w) => /^[a-z]+$/.test(w))) return undefined;
  // "Reward Once, Penalize Once: ...": a slogan in clauses, not a name; "Experience Report: ...": the paper's genre
  if (name.includes(',')) return undefined;
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return undefined;
  // "Time Series Foundational Models: ...": a plural generic head names a topic, not one system
  if (GENERIC_PLURAL_HEADS.has(words[words.length - 1].toLowerCase())) return undefined;
  // "LLM-Enhanced Log Anomaly Detection: A Benchmark ...": a task is the topic, not a name
  // ("Insider Threats Mitigation: Role of Penetration Testing": so is what a task prevents)
  if (TASK_WORDS.has(words[words.length - 1].toLowerCase())) return undefined;
  // ("TEC anomalies—Local TEC changes prior to earthquakes or ...?": the anomalies, errors or faults studied, no name)
  if (PHENOMENON_HEAD_ENDS.has(words[words.length - 1].toLowerCase())) return undefined;
  // "Cloze Test Helps: ...", "Context Matters: ...": a clause ending in its verb, a slogan
  if (SLOGAN_VERBS.has(words[words.length - 1].toLowerCase())) return undefined;
  // "Choose Wisely: ...", "Think Twice: ...": a clause ending in its adverb, a slogan
  if (SLOGAN_ADVERB.test(words[words.length - 1]) && !SLOGAN_NOT_ADVERB.test(words[words.length - 1]) && !/^[A-Z0-9]+$/.test(words[0])) return undefined;
  // "Fence Theorem: ...": a theorem or a principle the paper states, not a method
  if (STATEMENT_HEADS.has(words[words.length - 1].toLowerCase())) return undefined;
  // "Industrial Anomaly Detection System: A Multicase ...": a task and a kind of system describe, they do not name
  // (not "OpenZorb Anomaly Detection Framework": a coined word before the task names it)
  if (TASK_SYSTEM_HEAD.test(name) && !words.some((w) => shapeOf(w) === 'strong')) return undefined;
  if (!/^[A-Z0-9]/.test(words[0])) return undefined;
  // ("Route leak identification: A step toward ...", "Sequential keypoint density estimator: ...": a head in sentence case,
  // its words after the first in lower case and none coined, ending on a task or on a kind of method, describes the work;
  // not "Model soups: averaging weights of ...", a coined name in lower case)
  // (an acronym of a thing opening three or more such words too: "ATM cash flow prediction: Exploratory Data Analysis ...")
  if (words.slice(1).every((w) => /^[a-z][a-z-]*$/.test(w)) && (!words.some((w) => shapeOf(w) === 'strong') || (words.length >= 4 && /^[A-Z]{2,5}$/.test(words[0]))) &&
    SENTENCE_CASE_KIND_END.test(words[words.length - 1])) return undefined;
  // ("Empowering AIOps: Leveraging Large Language Models ...": a verb's -ing form and its object, a slogan, no name)
  if (/^[A-Z][a-z]{2,}ing$/.test(words[0]) && words.slice(1).some((w) => shapeOf(w) === 'strong')) return undefined;
  if (!looksLikeNamePhrase(name)) return undefined;
  return { name, rest, shape: 'phrase' };
}
