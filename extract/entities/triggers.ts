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

/*
 * Literal bits: a word holds one of a few letter strings anywhere (its lower case, that is). Tokens are the
 * maximal runs of letters and digits, so wherever a sentence holds such a string, in any case, one of its words
 * holds it: a clear bit rules out a substring test of the text, or a regular expression that cannot match
 * without the string, at no cost per sentence (the bits are memoised per word with the others). The test the
 * bit stands before still runs where it is set: these are gates, never a replacement.
 */
/** "averaging" */
export const L_AVERAGING = 1 << 10;
/** "accuracy" */
export const L_ACCURACY = 1 << 11;
/** A released-code sentence's words: "http", "github", "www.", "website", "project page". */
export const L_RELEASE = 1 << 12;
/** FUTURE_WORK's words: "future", "leave", "left". */
export const L_FUTURE = 1 << 13;
/** "image" (of "image- and pixel-AUROC") */
export const L_IMAGE = 1 << 14;
/** INSPIRED_CLAUSE's words: "inspired", "motivated", "borrow". */
export const L_INSPIRED = 1 << 15;
/** PRIOR_SUBJECT's words: "based", "recent", "existing", "previous", "prior". */
export const L_PRIOR = 1 << 16;
/** The words of "evaluated / tested / validated / benchmarked / experiments / results on". */
export const L_EVAL_ON = 1 << 17;
/** "pixel" */
export const L_PIXEL = 1 << 18;
/** PRIOR_PREDICATE's words: "rely", "relies", "focus", "limited", "concentrate", "demonstrate", "shown", "excel", "suffer", "adopt", "used", "developed", "employed". */
export const L_PREDICATE = 1 << 19;
/** COMPARED_LIST_BEFORE's comparison words: "compared", "comparison", "outperform", "surpass", "than", "versus", "vs". */
export const L_COMPARED = 1 << 20;
/** The article of an apposition (", a ...", " — an ..."): the word "a" or "an" (whole words: spaces on both sides). */
export const L_ARTICLE = 1 << 21;
/** MODEL_LIST's kinds of model: "VLMs", "LLMs", "LMMs", "VFMs", "... models", "backbones", "architectures", "backbone networks". */
export const L_MODEL_KIND = 1 << 22;
/** What opens a list of examples: "e.g." (the word "e"), "such as", "like" (whole words), "including". */
export const L_EXAMPLES = 1 << 23;

/** Metric words a metric-on pattern needs: "AUROC", "AU-ROC", "AUC", "AUPR(C)", "F1", "FPR", "mAP", "AP", "EER". */
export const L_METRIC = 1 << 24;
/** The verbs of "we address / tackle / solve / overcome / handle / meet this challenge with X". */
export const L_ADDRESS = 1 << 25;
/** CONTRAST_TECHNIQUE's words: "typically", "alternative", "contrast", "spite", "unlike", "contrary". */
export const L_CONTRAST = 1 << 26;
/** Words of a cue of others' work: "Following", "notably", "for instance", "in the spirit of", "re-implement", "exemplified by". */
export const L_LINEAGE = 1 << 27;
/** Singular heads of a kind of method that T_KIND lacks: "model", "attack", "architecture", "network", "tracker", "parser". */
export const L_HEAD_KIND = 1 << 28;
/** Heads of named data other than the data words: "collection", "archive", "recordings", "traces", "testbed". */
export const L_DATA_HEAD = 1 << 29;
/** The words of findCandidates' evaluation gate: "valuat", "enchmark", "eplicat", "mplement", "eproduc", "rerun"; "ran", "run",
 * "runs" (also of "re-run"), "together" (of "together with"). */
export const L_EVALUATES = 1 << 30;
/** EARLIER_WORK's gate words: "previous", "prior", "earlier", "original", "former". */
export const L_EARLIER = 1 << 31;

const LITERALS: [string, number][] = [
  ...['ypically', 'lternative', 'ontrast', 'spite', 'nlike', 'ontrary'].map((w): [string, number] => [w, L_CONTRAST]),
  ...['ollowing', 'otably', 'nstance', 'xample', 'spirit', 'mplement', 'eproduc', 'ified', 'ioneer', 'volved', 'nherit'].map((w): [string, number] => [w, L_LINEAGE]),
  ['veraging', L_AVERAGING],
  ['ccuracy', L_ACCURACY],
  ['ccuracies', L_ACCURACY],
  ...['http', 'github', 'www', 'ebsite', 'roject'].map((w): [string, number] => [w, L_RELEASE]),
  ...['uture', 'eave', 'left'].map((w): [string, number] => [w, L_FUTURE]),
  ['image', L_IMAGE],
  ...['nspired', 'otivated', 'orrow'].map((w): [string, number] => [w, L_INSPIRED]),
  ...['based', 'recent', 'existing', 'previous', 'prior'].map((w): [string, number] => [w, L_PRIOR]),
  ...['valuate', 'ested', 'alidate', 'enchmark', 'xperiments', 'esults'].map((w): [string, number] => [w, L_EVAL_ON]),
  ['pixel', L_PIXEL],
  ['point', L_PIXEL],
  ...['rely', 'reli', 'focus', 'limited', 'concentrat', 'demonstrat', 'shown', 'excel', 'suffer', 'adopt', 'used', 'develop', 'employ'].map((w): [string, number] => [w, L_PREDICATE]),
  ...['compar', 'outperform', 'surpass', 'than', 'versus', 'vs'].map((w): [string, number] => [w, L_COMPARED]),
  ...['vlms', 'llms', 'lmms', 'vfms', 'models', 'backbones', 'architectures', 'networks'].map((w): [string, number] => [w, L_MODEL_KIND]),
  ['including', L_EXAMPLES],
  ...['valuat', 'enchmark', 'eplicat', 'mplement', 'eproduc', 'rerun'].map((w): [string, number] => [w, L_EVALUATES]),
  ...['previous', 'prior', 'earlier', 'original', 'former'].map((w): [string, number] => [w, L_EARLIER]),
];
/** Literal bits of whole words: where the pattern has a space, a parenthesis or a period on both sides of the word. */
const EXACT_LITERALS: [string, number][] = [
  // ("We refer to this architecture as X": the verb itself, not "reference images")
  ['refer', T_NAMING],
  // ("an enhanced detection model known as X")
  ['known', T_NAMING],
  ['a', L_ARTICLE],
  ...['test', 'tests'].map((w): [string, number] => [w, L_EVAL_ON]),
  ...['model', 'attack', 'architecture', 'network', 'tracker', 'parser'].map((w): [string, number] => [w, L_HEAD_KIND]),
  ...['collection', 'collections', 'archive', 'recordings', 'traces', 'testbed'].map((w): [string, number] => [w, L_DATA_HEAD]),
  ['an', L_ARTICLE],
  ...['e', 'such', 'like'].map((w): [string, number] => [w, L_EXAMPLES]),
  // ("the Gaia DR3 XP spectra", "the DESI Early Data Release": a survey's data release)
  ...['release', 'split', 'subset', 'edr', 'edr3', 'dp0', 'dp1', ...Array.from({ length: 20 }, (_, i) => `dr${i + 1}`)].map((w): [string, number] => [w, T_DATASET]),
  ...['auroc', 'au', 'auc', 'aucroc', 'aupr', 'auprc', 'f1', 'fpr', 'fpr95', 'map', 'ap', 'eer'].map((w): [string, number] => [w, L_METRIC]),
  ...['ran', 'run', 'runs', 'together'].map((w): [string, number] => [w, L_EVALUATES]),
];

const STEMS: [string, number][] = [
  ...['propos', 'present', 'introduc', 'develop', 'design', 'devis', 'forward', 'forth', 'establish', 'contribut', 'construct', 'buil', 'creat', 'releas', 'curat', 'collect', 'offer', 'formulat', 'unveil', 'implement'].map((w): [string, number] => [w, T_PROPOSE]),
  ...['call', 'named', 'dub', 'dubb', 'term', 'coin', 'christen', 'namely', 'denot', 'referred', 'abbreviat', 'shorten', 'name', 'designated', 'hereafter', 'entitl'].map((w): [string, number] => [w, T_NAMING]),
  // ("The resulting method, SAMCD, ...": what the paper arrives at is its own)
  ...['our', 'proposed', 'resulting'].map((w): [string, number] => [w, T_OURS]),
  ...['dataset', 'benchmark', 'data', 'corpus', 'catalog', 'catalogue'].map((w): [string, number] => [w, T_DATASET]),
  ...['algorithm', 'method', 'framework', 'approach', 'detector', 'technique', 'pipeline', 'classifier', 'toolkit', 'broker'].map((w): [string, number] => [w, T_KIND]),
  ...['outperform', 'surpass', 'beats', 'beating', 'than', 'over', 'compar', 'against', 'versus', 'vs', 'baseline', 'such', 'like', 'including', 'e', 'eg', 'buil', 'based', 'extend', 'improv', 'include', 'adapted', 'derived', 'borrowed', 'exceed', 'superior', 'comparable', 'ahead', 'methods', 'approaches', 'techniques', 'models', 'algorithms', 'detectors', 'namely'].map((w): [string, number] => [w, T_BASELINE]),
  ...['such', 'like', 'including', 'e', 'eg', 'applica', 'crucial', 'critical', 'vital', 'essential', 'important', 'importance', 'fields', 'domains', 'sectors', 'industries', 'areas', 'applied', 'executed', 'role', 'roles', 'underpin', 'central', 'key'].map((w): [string, number] => [w, T_MOTIVATION]),
  ['modalit', T_MODALITY],
  ...['address', 'tackl', 'solv', 'overcom', 'handl', 'meet'].map((w): [string, number] => [w, L_ADDRESS]),
  ...['outperform', 'surpass', 'achiev', 'exceed', 'attain', 'beat', 'superior', 'state', 'sota', 'competitiv', 'best', 'remarkab', 'better', 'outstand', 'excellen', 'higher', 'effectiv', 'efficac', 'efficien', 'performs', 'advantag'].map((w): [string, number] => [w, T_RESULT]),
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
for (const [w, bit] of EXACT_LITERALS) EXACT.set(w, (EXACT.get(w) ?? 0) | bit);

/*
 * Gate bits (a second bit set, `Sentence.gates`): the words of a chain of substring tests that gates one pass, as the
 * literal bits above are (a clear bit: none of the chain's strings is in the sentence, in any case; a set bit: the chain
 * still runs).
 */
/** releasedToolPass's gate: "under" (of "under the name"), "package", "library", "toolkit", "toolbox". */
export const G_TOOL = 1;
/** variantWord's second half: "ariant", "ersion", "xtension", "ounterpart". */
export const G_VARIANT = 2;
/** " set of ", " sets of ", " other " (whole words). */
export const G_SET_OF = 4;
/** The model-head gate: "encoder", "backbone", "rained", "frozen". */
export const G_ENCODER = 8;
/** ownWrappedPass's words besides a proposal: "xtend", "ontribution", "eploy". */
export const G_EXTEND = 16;
/** The prior best's words: "state" (of "state-of-the-art"), "sota", "leading", "best", "previous" (of "previous best"), "strongest". */
export const G_PRIOR_BEST = 32;
/** LIMITED_SUBJECT's gate: "suffer", "fail", "struggl", "lack". */
export const G_LIMITED = 64;
/** An adaptation of existing work: "xtension", "ariant", "daptation", "eneraliz", "eneralis", "efinement", "odification". */
export const G_ADAPTATION = 128;
/** The evaluation setting's gate: "valuat" (of "valuate", "valuation"), "enchmark", "ssess", "omparison". */
export const G_EVALUATES_MANY = 256;
/** "ransfer" (of "transfer learning"). */
export const G_TRANSFER = 512;
/** "lassification". */
export const G_CLASSIFICATION = 1024;
/*
 * The gates of passes that each tested the whole sentence for a few strings (in findCandidates, and extractWith's teams
 * and BERT tests, sentenceFacets' supervised one): a clear bit skips those substring tests. Each costs ~0.2 to ~0.8 µs
 * on a sentence of ~160 characters, more where the string's first character is common, as a space is; together they
 * took ~5% of the extractor's time on 5,000 synthetic abstracts.
 */
/** SURVEY_HEAD_LIST's words (patterns.ts): "survey", "atlas", "archive", "catalog", "warehouse", "registry", "biobank", "challenge", "study". */
export const G_SURVEY = 1 << 11;
/** What a data set is made of: "consist", "contain", "compris", "composed", "includes". */
export const G_CONSIST = 1 << 12;
/** Software by its kind: "tool", "package", "library", "software". */
export const G_SOFTWARE = 1 << 13;
/** A contest: "hallenge", "ompetition", "hared" (of "shared task"). */
export const G_CONTEST = 1 << 14;
/** The data word of a coined name: "dataset", "bench", "corpus". */
export const G_DATA_WORD = 1 << 15;
/** A shared task's participants: "eams", "articipants", "ubmissions". */
export const G_TEAMS = 1 << 16;
/** "describe" */
export const G_DESCRIBE = 1 << 17;
/** "predecessor" */
export const G_PREDECESSOR = 1 << 18;
/** "combin" */
export const G_COMBIN = 1 << 19;
/** "ompar" */
export const G_OMPAR = 1 << 20;
/**
 * Whole words of a substring test with a space on both sides, " as ", " into ", " is ", " from " (such a string in the
 * text is a token of its own).
 */
export const G_AS = 1 << 21;
export const G_INTO = 1 << 22;
export const G_IS = 1 << 23;
export const G_FROM = 1 << 24;
/** The performance-on gate's words: "erformance", "ains" (of "gains on"), "largest". */
export const G_PERFORMANCE_ON = 1 << 25;
/** "bert" (of a coined name ending in BERT) */
export const G_BERT = 1 << 26;
/** "upervised" */
export const G_SUPERVISED = 1 << 27;
/** The whole words "new" and "novel" (of " new ", " novel "). */
export const G_NEW = 1 << 28;

const GATE_LITERALS: [string, number][] = [
  ...['under', 'package', 'library', 'toolkit', 'toolbox'].map((w): [string, number] => [w, G_TOOL]),
  ...['ariant', 'ersion', 'xtension', 'ounterpart'].map((w): [string, number] => [w, G_VARIANT]),
  ...['encoder', 'backbone', 'rained', 'frozen'].map((w): [string, number] => [w, G_ENCODER]),
  ...['xtend', 'ontribution', 'eploy'].map((w): [string, number] => [w, G_EXTEND]),
  ...['state', 'sota', 'leading', 'best', 'previous', 'strongest'].map((w): [string, number] => [w, G_PRIOR_BEST]),
  ...['suffer', 'fail', 'struggl', 'lack'].map((w): [string, number] => [w, G_LIMITED]),
  ...['xtension', 'ariant', 'daptation', 'eneraliz', 'eneralis', 'efinement', 'odification'].map((w): [string, number] => [w, G_ADAPTATION]),
  ...['valuat', 'enchmark', 'ssess', 'omparison'].map((w): [string, number] => [w, G_EVALUATES_MANY]),
  ['ransfer', G_TRANSFER],
  ['lassification', G_CLASSIFICATION],
  ...['survey', 'atlas', 'archive', 'catalog', 'warehouse', 'registry', 'biobank', 'challenge', 'study'].map((w): [string, number] => [w, G_SURVEY]),
  ...['consist', 'contain', 'compris', 'composed', 'includes'].map((w): [string, number] => [w, G_CONSIST]),
  ...['tool', 'package', 'library', 'software'].map((w): [string, number] => [w, G_SOFTWARE]),
  ...['hallenge', 'ompetition', 'hared'].map((w): [string, number] => [w, G_CONTEST]),
  ...['dataset', 'bench', 'corpus'].map((w): [string, number] => [w, G_DATA_WORD]),
  ...['eams', 'articipants', 'ubmissions'].map((w): [string, number] => [w, G_TEAMS]),
  ['describe', G_DESCRIBE],
  ['predecessor', G_PREDECESSOR],
  ['combin', G_COMBIN],
  ['ompar', G_OMPAR],
  ...['erformance', 'ains', 'largest'].map((w): [string, number] => [w, G_PERFORMANCE_ON]),
  ['bert', G_BERT],
  ['upervised', G_SUPERVISED],
];
const GATE_EXACT = new Map<string, number>([['set', G_SET_OF], ['sets', G_SET_OF], ['other', G_SET_OF], ['as', G_AS], ['into', G_INTO], ['is', G_IS], ['from', G_FROM], ['new', G_NEW], ['novel', G_NEW]]);

/** The gate bits of one lower-case word (callers memoise). */
export function wordGates(w: string): number {
  let f = GATE_EXACT.get(w) ?? 0;
  if (w.length >= 4) for (const [lit, bit] of GATE_LITERALS) if (w.includes(lit)) f |= bit;
  return f;
}

/** The trigger and literal bits of one lower-case word (callers memoise). */
export function wordFlags(w: string): number {
  let f = EXACT.get(w) ?? 0;
  if (w.length >= 4) for (const [stem, bit] of BY4.get(w.slice(0, 4)) ?? []) if (w.startsWith(stem)) f |= bit;
  if (w.length >= 2) for (const [lit, bit] of LITERALS) if (w.includes(lit)) f |= bit;
  return f;
}

export function triggerFlags(text: string, tokens: Token[]): number {
  let f = text.includes('(') ? T_PAREN : 0;
  for (const t of tokens) f |= wordFlags(t.lower);
  return f;
}
