/**
 * The entity extractor: Paper -> PaperEntities (the gold schema of test/gold/GUIDELINE.md).
 *
 *   1. sentences and tokens (sentences.ts): the title is sentence 0
 *   2. lexicon names, longest match over the tokens (phrase-index.ts)
 *   3. pattern candidates for names the lexicon has never seen (patterns.ts, compromise for phrases)
 *   4. resolution: aliases, long forms and acronyms, case/hyphen/space variants are one entity; the
 *      canonical name is the lexicon's or the most frequent surface form (resolve below)
 *   5. facets from cue phrases (cues.ts, extract/lexicon/facets.json) and from the entities
 *      (a dataset's domain, a model's family, a generic algorithm's technique)
 */
import type {
  DatasetMention, DatasetRole, Domain, EntityMention, FacetTag, Metric, Paper, PaperEntities, Setting, Technique,
} from '../../src/model.ts';
import { DOMAINS, METRICS, SETTINGS, TECHNIQUES, plusRun } from '../../src/model.ts';
import { CueSet, parseCue, type Cue, type CueCandidates, type CueHit } from './cues.ts';
import { WordTable } from './word-table.ts';
import { isKnownWord } from './nlp.ts';
import {
  G_BERT, G_CLASSIFICATION, G_EVALUATES_MANY, G_SUPERVISED, G_TEAMS, G_TRANSFER, L_ACCURACY, L_AVERAGING, L_COMPARED, L_CONTRAST, L_FUTURE, L_IMAGE, L_INSPIRED, L_PIXEL, L_PREDICATE, L_PRIOR, L_RELEASE, T_MODALITY, T_MOTIVATION, T_NAMING, T_PAREN, T_PROPOSE, wordFlags, wordGates,
} from './triggers.ts';
import { ADJECTIVE_ENDINGS, acronymDefs, defNamesData, type AcronymDef, findCandidates, listPeers, findLongForm, introducedAt, isChallengeName, isComponentSentence, isProposalSentence, resolveTrackCodes, shapeOf, spellsOwnName, titleEvent, titleHead, titleNamesWhole, type Candidate, type PatternVocab } from './patterns.ts';
import { PhraseIndex, entKey, normKey, type PhraseMatch } from './phrase-index.ts';
import { isLowerCode, splitSentences, splitTitle, tokenize, type Sentence, type Token } from './sentences.ts';
import type { DatasetEntry, GenericEntry, Lexicon, MethodEntry, ModelEntry } from './types.ts';

/** Size words of a model variant ("ViT-Large", "ConvNeXt-Tiny"). */
const MODEL_SIZE_WORDS = 'Large|Base|Small|Tiny|Huge|XL|XXL';
/** A capitalised name with version, size or letter suffixes: a candidate model variant (ResNet-50, ViT-B/16, Qwen2.5-VL-7B). */
const VARIANT = new RegExp(String.raw`\b[A-Z][A-Za-z]*(?:[-‐ ]?(?:v?\d[\d.]*(?:[A-Z]\b|(?![A-Z])\w*)|[A-Z]{1,2}(?:\/\d+)?|${MODEL_SIZE_WORDS}))+\b`, 'g');
/**
 * A checkpoint's qualifier after a hyphen: a chat / instruct / size / release tag ("chat", "it", "large", "v0.2"), or its
 * release date as written ("2507", "0613", "20240620"); the end of the tag included.
 */
const CHECKPOINT_TAG = String.raw`(?:[Cc]hat|[Ii]nstruct|it|[Tt]urbo|[Mm]ini|[Ll]arge|[Bb]ase|[Ss]mall|[Tt]iny|[Mm]edium|[Hh]uge|XL|XXL|hf|[vV]\d+(?:\.\d+)*|\d{4}(?:\d{4})?)(?!\w|\.\d)`;
/** A parameter-count suffix right after a model name: "InternVL3-8B", "LLaVA-1.5-13B", "Qwen2.5-VL-7B", a mixture of experts' active parameters too ("Qwen3-30B-A3B"). */
// (after a space too: "GPT-OSS 20B", "Qwen 2.5 7B Instruct"; a lower-case b as written: "LLaVa-13b")
// (after an en dash or an ollama tag's colon: "Llama-2–13B", "llama3.3:70b"; a lower-case b before a checkpoint's tag too:
// "qwen2.5:7b-instruct")
const SIZE_SUFFIX = new RegExp(String.raw`^[-‐– :]((?:\d+x)?\d+(?:\.\d+)?(?:[BM]|[bm](?!\w|[-‐](?!${CHECKPOINT_TAG})))(?:[-‐]A\d+(?:\.\d+)?B)?)(?!\w|\.\d)`);
/** A size tier joined to a model's name: "BiT-S", "SAM-H", "DINOv2-L/14", "VMamba-Tiny" (not a word going on: "-Based"). */
const SIZE_LETTER = /^[-‐](?:S|M|L|B|H|G|T|Ti|XL|XXL|Tiny|Small|Base|Large|Huge|Giant)(?:\/\d{1,2})?(?![\w-])/;
/** A version joined to a model's name ("-2", "-3.5"), not a range or a count ("-2x", "-10%"). */
// (an "o" of an omni version: "ChatGPT-4o")
const VERSION_SUFFIX = /^[-‐]\d{1,2}(?:\.\d+)?o?(?![\w%]|\.\d|\s+(?:times|stages?|layers?|shots?|ways?|fold|steps?|x)\b)/;
/** A point version after a model name that ends in a digit ("GPT-5" + ".4"), not a decimal figure or a sentence end. */
const POINT_VERSION = /^\.\d{1,2}(?![\w%]|\.\d)/;
/** "image- and pixel-AUROC", "image- and pixel-wise AP": a metric at both levels, written once. */
const IMAGE_AND_PIXEL = /\bimage-\s*(?:and|&|\/)\s*pixel-(?:level\s+|wise\s+)?(AUROC|AUC|AU-ROC|ROC-AUC|AUPR|AP|AU-PR)\b/i;
/** "Gemini Pro 1.5", "Claude 3.5": a point version after a space (not "GPT-4 2.5 times", not a figure "CLIP 0.91"). */
const SPACED_VERSION = /^ [1-9]\.\d(?![\w%]|\.\d|\s*(?:times|x|points?|pp|AUROC|AUC|F1|AP|mAP|accuracy)\b|\s*%)/;
/** "Gemma 4, Qwen3.5-Omni, ...": a whole version after a space, as one item of a list of models. */
const SPACED_LISTED_VERSION = /^ [1-9](?=\s*(?:,|\band\b|\bor\b)\s*(?:and\s+|or\s+)?[A-Z]|\s*\))/;
/** "-Flash", "-mini", " Turbo": a model's tier written after its name and version. */
const MODEL_TIER = /^[-‐ ](?:Flash|Pro|Mini|mini|Turbo|Nano|nano|Lite|Ultra|Max|Plus|Sonnet|Opus|Haiku|Chat|Instruct|Omni)\b(?![-‐]\w)/;
/** The version after a tier ("Sonnet 3.7", "Opus 4"), not a count or a score ("Pro 3 times", "Pro 4%"). */
const TIER_VERSION = /^ [1-9](?:\.\d)?(?![\w%]|\.\d|\s*(?:times|stages?|layers?|x|points?|pp|AUROC|AUC|F1|AP|mAP|accuracy)\b|\s*%)/;
/** A checkpoint's qualifier joined by a hyphen: "-chat", "-it", "-large", "-v0.2", "-2507". */
const CHECKPOINT_TAIL = new RegExp(String.raw`^[-‐]${CHECKPOINT_TAG}`);
/**
 * A checkpoint's name as code spells it, in underscores: "efficientnet_b2", "mobilenetv3_large_100", "YOLOv7_6w";
 * in lower case or digits only ("YOLOv8_BiFPN" is a name of its own, built on YOLOv8).
 */
const UNDERSCORE_TAIL = /^(?:_[a-z0-9]+)+(?![\w-])/;
/** The same after a space, capitalised or a "v" release only: "WavLM Large", "TabPFN v2" (not "... it"). */
const SPACED_CHECKPOINT_TAIL = /^ (?:Large|Base|Small|Tiny|Huge|Instruct|Chat|Turbo|v\d+(?:\.\d+)*)(?![\w-]|\.\d)/;
/** After a version: a size, a tier or a vision-language release, hyphened or spaced ("-8B", " Flash", "-Lite", " Vision", "Qwen3.5" + "-VL"). */
const VERSIONED_TAIL = /^(?:[-‐](?:\d+(?:\.\d+)?[BM]|Lite|Vision|Flash|Pro|R|VL)|\s(?:\d+(?:\.\d+)?B|Flash|Pro|Vision|Lite))(?![\w]|\.\d)/;
const MODIFIER_SUFFIX = /^[-‐](?:aware|based|sensitive|constrained|driven|oriented|guided|critical)\b/i;
/** "image-level and pixel-level", "image- and pixel-level", "image and pixel level", "image-/pixel-level" */
const COORDINATED_LEVELS = /\b(?:image|object|sample|instance)(?:[- ]level\s*|-\s*|\s+)(?:and|&|\/)\s*(?:pixel|point)[- ]level\b|\bpixel[- ]level\s*(?:and|&|\/)\s*(?:image|object|sample|instance)[- ]level\b/i;
/** A sentence in which the paper uses a model ("we leverage pre-trained diffusion models to reconstruct"). */
const DIFFUSION_USED = /\b(?:we|our|propos\w*|leverag\w*|utili[sz]\w*|employ\w*|reconstruct\w*)\b/i;
/** Words inside or right after a density cue that make it no density model. */
const NOT_DENSITY_OF = new Set(['crowd', 'traffic', 'population', 'vehicle', 'pedestrian', 'point', 'people', 'posterior']);
const NOT_DENSITY_AFTER = new Set(['clustering', 'dbscan', 'shift', 'shifts', 'drift', 'gap', 'mismatch', 'noise']);
/** A sentence about images, for the vision-language reading of "text prompts". */
/** Words of a paper on images: visual data, video, point clouds, industrial inspection, medical imaging. */
const VISUAL_WORDS = /\b(?:image|images|visual|vision|clip|pixel|patch|patches|video|frames?|rgb|point[- ]clouds?|industrial|defects?|inspection|mri|ct|x-?rays?|scans?|radiograph\w*|radiology|ultrasound|histopatholog\w*|endoscop\w*|fundus|dermoscop\w*|lesions?)\b/i;
/** Words of a paper on more than text (besides VISUAL_WORDS): modalities, audio, speech, multimodal models, videos. */
const MULTIMODAL_WORDS = /\b(?:videos|surveillance|multi-?modal\w*|modalit\w*|audio|speech|acoustic|sound|spectrogram\w*|vlms?|mllms?|lvlms?|vision-language|imagery|footage|charts?|plots?|infographics?|photos?|photographs?|screenshots?|satellite|remote sensing|visuals?|memes?|diagrams?|cameras?|dashcams?|snapshots?|screens?|artworks?|line graphs?|panels?)\b/i;
/** General-purpose assistant models that also read images, used on text alone as often (GPT-4o, Gemini, Claude 3, Grok). */
const GENERAL_ASSISTANT = /^(?:GPT|Gemini|Claude|Grok|o[134]\b)(?!.*(?:\dV\b|Vision))/;
/** Detectors that are used as they are, by their text prompts (open-set, grounded): never a base to improve. */
const OPEN_SET_DETECTOR = /\b(?:Grounding|World|MDETR|YOLOE)\b/;
/** Closed-set detectors papers train for their own task (YOLO versions and kin): a method wherever they are not pretrained. */
const TRAINED_DETECTOR = /^(?:YOLO|DAMO-YOLO|Gold-YOLO|PP-YOLOE|CenterNet|FCOS|RTMDet)/;
/** Words before a detector's name that improve, build on or compare with it. */
const DETECTOR_BASE_BEFORE = /\b(?:improv\w*|upgraded|optimi[sz]ed|enhanced|modified|lightweight|original|base|baseline|vanilla|traditional|conventional|standard|based on|on the basis of|compared (?:to|with)|over|than|surpass\w*|outperform\w*|(?:methods|models|algorithms|detectors),?\s+such as|such as)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,1}\(?$/i;

/** Does `test` hold at some place where one of the entity's surfaces is written in the sentence (the surface and its start)? */
function atSomeSurface(text: string, e: Ent, test: (sf: string, at: number) => boolean): boolean {
  for (const sf of e.surfaces.keys()) {
    for (let at = text.indexOf(sf); at >= 0; at = text.indexOf(sf, at + 1)) if (test(sf, at)) return true;
  }
  return false;
}

/** "Improved YOLOv8", "based on YOLOv5", "compared to the original YOLOv7", "YOLOv5-based": a detector built on or beaten. */
const detectorBuiltOn = (text: string, e: Ent): boolean => atSomeSurface(text, e, (sf, at) =>
  DETECTOR_BASE_BEFORE.test(text.slice(Math.max(0, at - 48), at)) ||
  // ("YOLOv5-based", "within the YOLOv5 backbone": what the paper's network is built from)
  /^(?:[-‐\s]based|\s+backbone)\b/i.test(text.slice(at + sf.length, at + sf.length + 10)));

/** "a pre-trained YOLOv7 model", "YOLOv8 pretrained on COCO": a detector named as pretrained. */
const pretrainedIn = (text: string, e: Ent): boolean => atSomeSurface(text, e, (sf, at) =>
  /\bpre-?trained\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 40), at)) ||
  /^\S*\s+(?:(?:model|detector|network)\s+)?(?:pre-?trained|trained on (?:the )?(?:MS[- ]?)?COCO)\b/i.test(text.slice(at, at + sf.length + 40)));

/** "We employ the YOLOv8 model to ...", "using YOLOv8, ByteTrack and ...", "YOLOv7 was utilized to ...": a detector put to use as it is. */
const usedAsIs = (text: string, e: Ent): boolean => atSomeSurface(text, e, (sf, at) =>
  USE_VERB_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || USED_AFTER.test(text.slice(at + sf.length, at + sf.length + 40)));
/** A verb of use right before a name (up to two words between). */
const USE_VERB_BEFORE = /\b(?:us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|utili[sz](?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|appl(?:y|ies|ied|ying))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A passive of use right after a name ("YOLOv7 was utilized"). */
const USED_AFTER = /^\S*\s+(?:(?:model|detector|network|algorithm)\s+)?(?:is|was|are|were)\s+(?:then\s+)?(?:used|employed|utili[sz]ed|applied|adopted|integrated)\b/i;

/** Is the entity named in the sentence as what something beats ("outperforms GPT-4o by", "the second-best model (GPT-4o")? */
function beatenIn(text: string, e: Ent): boolean {
  for (const sf of e.surfaces.keys()) {
    const at = text.indexOf(sf);
    if (at >= 0 && BEATEN_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}
const BEATEN_BEFORE = /\b(?:outperform\w*|surpass\w*|exceed\w*|beats?|second-best\s+(?:\w+\s+)?\(?)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}\(?$/i;
/** The paper's own method as the object of an evaluation verb ("evaluate the framework", "evaluate it"). */
const OWN_OBJECT = /^\s+(?:the\s+proposed\s+\w+|the\s+(?:framework|method|approach|pipeline)|our\s+\w+)\b/i;
/** Words of graph data ("message passing" is a graph network's only among them). */
const GRAPH_WORDS = /\b(?:graphs?|multigraphs?|gnns?|neighbo\w*|node[- ]level|node (?:features?|embeddings?|representations?|classification)|edges?)\b/i;
/** Nouns after "financial" that name a cost of failures ("financial losses"). */
const FINANCIAL_COST = new Set(['loss', 'losses', 'damage', 'damages', 'cost', 'costs', 'burden']);
/** What failures lead to ("could lead to", "causing", "to minimize", "suffer"), or how much they cost ("severe", "huge"), right before such a cost. */
const COST_OF_FAILURE = /\b(?:(?:lead(?:s|ing)?\s+to|led\s+to|caus(?:e|es|ed|ing)|result(?:s|ed|ing)?\s+in|incur\w*|suffer\w*|minimi[sz](?:e|es|ing)|reduc(?:e|es|ing)|prevent(?:s|ing)?|avoid(?:s|ing)?|mitigat(?:e|es|ing))\s+(?:[\w-]+\s+){0,3}|(?:severe|significant|substantial|huge|enormous|massive|considerable|serious|heavy|great|major|billions of dollars in)\s+)$/i;
/** Nouns after "financial" that name why people act ("for financial gain", "financial incentives"): a motive, not financial data. */
const FINANCIAL_MOTIVE = new Set(['gain', 'gains', 'incentive', 'incentives', 'motivation', 'motivations', 'motive', 'motives']);
/** Spoofing cues of synthetic-data-detection that need a paper on speech. */
const SPOOF_CUES = new Set(['spoofing countermeasure*', 'spoofed speech', 'spoofed audio', 'spoofing aware']);
/** Words of a paper on speech or voice. */
const SPEECH_WORDS = /\b(?:speech|spoken|speakers?|voices?|audio|utterances?|waveforms?|asv|sasv|asvspoof\w*|vocoders?|tts|text-to-speech|singing|wav2vec\w*)\b/i;
/** Satellite positioning and navigation receivers: their spoofing is of signals, not of synthetic media ("GPS spoofing detection"
 * anywhere in the paper; facets.json's spoofing cues leave these words to this check). */
const NAVIGATION_WORDS = /\b(?:GPS|GNSS|GLONASS|BeiDou|Galileo satellites?|INS\/GNSS|satellite navigation|global navigation satellite|global positioning system|positioning, navigation,? and timing|PNT|C\/N0)\b/i;
/** A part's head noun after an anomaly-generation phrase ("... generation module", "... synthesis strategy"). */
const GENERATION_PART = /^\s+(?:module|strategy|mechanism|block|branch|component|unit|scheme|method)\b/i;
/** A title about detecting, segmenting or locating (not about generating). */
const DETECTION_TITLE = /\b(?:detect\w*|segment\w*|locali[sz]\w*|inspection|recognition|monitoring)\b/i;
/** A sentence about video (a clip, not CLIP: the second test is case-sensitive). */
const VIDEO_WORDS = /\bvideos?\b|\bframes?\b|\bsurveillance\b|\baudio-?visual\b|\blip[- ]sync/i;
const CLIP_WORD = /\b[Cc]lips?\b/;
function anySentence(sents: readonly SentTokens[], re: RegExp): boolean {
  return sents.some((x) => re.test(x.s.text));
}
/** A title on a foundation model itself ("A Foundation Model for ...", "Towards Foundation Models for ...", "X Foundation Model"). */
const FOUNDATION_MODEL_TITLE = /(?:^|:\s*)(?:towards?\s+(?:building\s+)?|paving the way toward\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,5}?foundation(?:al)?\s+models?(?:\s+(?:for|with|approach)\b|\s*$|\s*\(|\s*:)/i;
/** In-context learning: a pretrained model that predicts from the examples in its prompt. */
const IN_CONTEXT_LEARNING = /\bin-?\s?context\s+learn/i;
/** A title on anomalies, outliers, novelties or out-of-distribution data. */
const ANOMALY_TITLE = /anomal|outlier|\bOOD\b|out-of-distribution|novelty/i;
/** Words of something anomalous anywhere in a paper (an anomaly, a defect, a fault, an attack, an error, a lesion, a novel class ...; not "a novel method"). */
const ANOMALOUS_WORDS = /anomal|defect|foreign object|inspection|MVTec|abnormal|outlier|novelty|novel (?:class|object|categor|sample|instance|input|event|pattern)|fault|damage|crack|out-of-distribution|\bOOD\b|forg|tamper|manipulat|intrus|attack|fraud|unexpect|leak|accident|metasta|fake|hallucinat|trojan|malicious|spoof|obstacle|hazard|error|misbehav|failure|violat|unusual|rare\b|suspicious|threat|unknown|artifact|artefact|corros|knot|banding|flicker|smoke|fire|glitch|lesion/i;
/** A model that reconstructs its input, or what its reconstruction gives ("autoencoder", "decoder", "reconstruction error"). */
const RECONSTRUCTING_MODEL = /autoencod|auto-encod|\bV?AEs?\b|\bGANs?\b|generative|diffusion|decoder|encoder|reconstruction[- ](?:error|loss|residual|score|deviation|difference|based|probabilit)|reconstruct\w* (?:the )?normal/i;
/** A word (its start) naming what is anomalous: what a segmentation segments to be anomaly localization. */
const SEG_OBJECT = /^(?:anomal|abnormal|defect|fault|outlier|novelt|lesion|tumou?r|patholog|crack|damage|polyp|ha?emorrhag|infarct|nodule|contaminat|corrosion)|^(?:ood|out-of-distribution|unknown|unexpected|scratches|dents|flaws?)$/;
/** Words after "segmentation" that make it a reported result ("segmentation performance"). */
const SEG_RESULT = new Set(['performance', 'results', 'accuracy']);
/** Anomalous things named by two words ("foreign objects", "novel obstacles"). */
const SEG_OBJECT_PHRASE = /\b(?:foreign (?:objects?|bod(?:y|ies)|matter)|novel (?:objects?|obstacles?|classes|categor\w+|instances?))\b/i;
/** Words before "detection and segmentation" that make them the tasks reported on ("in both detection and segmentation"). */
const SEG_BEFORE = new Set(['both', 'in', 'for', 'on', 'of', 'the', 'and']);
/**
 * "segmentation performance", "on / in segmentation", "98.2% for segmentation", "(both) detection and segmentation" (not
 * "component detection and segmentation"): segmentation as a task the paper reports results on.
 */
function segmentationReported(tokens: Token[], from: number, to: number): boolean {
  if (SEG_RESULT.has(tokens[to]?.lower ?? '')) return true;
  const p1 = tokens[from - 1]?.lower ?? '';
  if (p1 === 'on' || p1 === 'in') return true;
  if (p1 === 'for') return /^(?:\d+(?:\.\d+)?%?|%)$/.test(tokens[from - 2]?.text ?? '');
  if (p1 !== 'and' || tokens[from - 2]?.lower !== 'detection') return false;
  const p3 = tokens[from - 3]?.lower ?? '';
  return SEG_BEFORE.has(p3) || SEG_OBJECT.test(p3);
}
/** Does the text open (after "the", "our" or "the proposed") on a name of the paper's own method? */
function ownNamedAfter(after: string, proposed: readonly EntityMention[]): boolean {
  if (!proposed.length) return false;
  const rest = after.replace(/^\s+(?:(?:the\s+)?proposed\s+|our\s+|the\s+)?/i, '');
  return proposed.some((e) => [e.name, ...(e.aliases ?? [])].some((n) => rest.startsWith(n) && !/^[\w-]/.test(rest.slice(n.length))));
}
/** A title about detecting anomalies. */
const SEG_TITLE = /anomal|abnormal|defect|unexpected|out-of-distribution|inspection/i;
const ANOMALY_WORD = /^(?:anomal|abnormal|defect|fault|attack|fraud|intrusion|outlier|novel)/;
/** Words after an evaluation cue that make it the paper's own method ("analysis of our method"). */
const OWN_AFTER = new Set(['our', 'its']);
/** Words before "evaluation metrics" that make them the usual set of results ("across multiple evaluation metrics"). */
const EVAL_COUNT_BEFORE = new Set(['multiple', 'various', 'several', 'standard', 'common', 'different', 'all', 'two', 'three', 'four', 'five', 'six', 'seven']);
/** A comparison right before a name in its clause: the name is a baseline. */
const COMPARED_BEFORE = /\b(?:compared (?:to|with)|comparison (?:to|with)|outperform\w*|surpass\w*|than|versus|vs\.?|baselines?(?: such as| like| including)?)\b(?:(?!\b(?:by|via|through|using|with|since|because|thanks|we|our)\b)[^.;:,])*$/i;
/** A list of the approaches the paper is compared with ("compared to 4 anomaly detection approaches such as
 * K-Means, ..."; "outperforms methods like ..."), up to a name in it. */
function comparedList(text: string, at: number, flags: number): boolean {
  return (flags & L_COMPARED) !== 0 && COMPARED_LIST_BEFORE.test(text.slice(Math.max(0, at - 160), at));
}
const COMPARED_LIST_BEFORE = /\b(?:compared (?:to|with)|comparison (?:to|with)|outperform\w*|surpass\w*|than|versus|vs\.?)\b[^.;:]{0,80}\b(?:methods|approaches|baselines|algorithms|techniques|models|detectors)\b[^.;:]{0,20}\b(?:such as|like|including|e\.g\.)[^.;:]*$/i;
/** "compared against several other ..." right before a setting of the methods compared with. */
const COMPARED_WITH_BEFORE = /\b(?:compared|comparing|comparison)\s+(?:to|with|against)\s+(?:[\w-]+\s+){0,8}$/i;
/** Words right before a setting that make it the approach the paper is set against. */
/** The rest of a contrast clause up to the cue: no word of the paper's own ("we", "our", "so", "which") and no break. */
const CONTRAST_CLAUSE = String.raw`(?:(?!\b(?:we|our|so|thus|hence|therefore|while|whereas|which|that)\b)[^.;:,—–()]){0,60}$`;
const CONTRAST_BEFORE = new RegExp(String.raw`\b(?:usual|typical(?:ly)?|classical|traditional|conventional|alternative to|contrast(?:ing|ed)? (?:to|with)|in spite of|unlike)\b${CONTRAST_CLAUSE}`, 'i');
/** The same for a technique: "typically" of methods ("existing methods typically rely on"), not the paper's own ("ZorbNet typically
 * stores") nor the adjective ("the model's typical set"). */
const CONTRAST_TECHNIQUE = new RegExp(String.raw`\b(?:(?:methods|approaches|works|models|detectors|techniques|studies|solutions|pipelines|systems|frameworks)\s+(?:\w+\s+)?typically|alternative to|contrast(?:ing|ed)? (?:to|with)|in spite of|unlike|contrary to)\b${CONTRAST_CLAUSE}`, 'i');
/** Nouns after "unsupervised" that name a part trained without labels, not the detection setting. */
const UNSUPERVISED_PART = new Set(['pre', 'pretraining', 'semantic', 'segmentation', 'component', 'dbscan', 'threshold', 'thresholding']);
/** The bare "supervised" cue: words after it that make it a training step, a loss or a signal of a method (supervised fine-tuning,
 * supervised contrastive learning, supervised losses), not the setting the paper works in. */
const SUPERVISED_PART = new Set(['fine', 'finetuning', 'finetuned', 'finetune', 'tuning', 'contrastive', 'contrastively', 'signal', 'signals', 'loss', 'losses', 'by', 'nature', 'evaluation', 'thresholding', 'pretraining', 'pre', 'restoration', 'performance', 'information']);
/** The bare cue's source in facets.json. */
const BARE_SUPERVISED = '!self|weakly|semi|un|pseudo|non|fully|partially|deeply|minimally supervised';
/** "unsupervised domain generalization": a part; "an unsupervised domain-agnostic detector" is not (nor "unsupervised domain
 * adaptation", which readers take as the setting: no labels in the target domain). */
const UNSUPERVISED_DOMAIN_PART = new Set(['generalization', 'generalisation']);
/** Prompts in a title ("Simple Prompts for ...", "Prompt-Enhanced ..."), not prompt generation, strategies or guidance. */
const TITLE_PROMPT = /\bprompts?\b(?![- ](?:generation|strateg\w*|guided|engineering|injection|free|less|agnostic))/i;
/** An image or sample given as the prompt: in-context examples, not learned prompts. */
const IMAGE_PROMPT = /\b(?:image|sample|one|visual|normal|jailbreak|malicious|adversarial|harmful|toxic)[- ]prompts?\b/i;
/** Words of another measure or of a shortfall, around a figure that is then no accuracy ("40.6% latency reduction"). */
const NOT_ACCURACY_SRC = 'latency|precision|recall|F1|F-score|AUC|AUROC|speed|reduction|correlation|MOTA|error|time|below|faster|fewer|less|lower|smaller';
/**
 * Accuracy reported with its figure (not "42% higher accuracy"; "the Accuracy reaches 97.53%" a few words on).
 * (further on too, as a percentage, in percent or as a fraction, with no other measure between: "The accuracy of the proposed
 * method was approximately 88%", "detection accuracy around 92 percent", "the Accuracy and the True Positive Rate of our IDS
 * reach 0.996 and 0.993", "0.91 (accuracy)"; not "high accuracy (precision: 0.85 and recall: 0.86)")
 */
const ACCURACY_FIGURE = new RegExp(String.raw`\baccuracy\s*(?:score\s+)?(?:of\s+|\(\s*|[:=]\s*)?(?:up to\s+)?\d|\baccurac(?:y|ies)\b(?:(?!\b(?:${NOT_ACCURACY_SRC})\b)[^;]){0,80}?(?:\d+(?:\.\d+)?\s?(?:%|percent(?:age points?)?\b)|\b0?\.\d{2,}\b)(?!\s*(?:[\w-]+\s+)?(?:${NOT_ACCURACY_SRC})\b)|\d(?:\.\d+)?\s?(?:%|percent)\s+(?:of\s+)?(?:(?:classification|detection|top-?\d|average|overall|mean|balanced)\s+)?accurac(?:y|ies)\b|\b0?\.\d{2,}\s+(?:\(\s*)?(?:(?:classification|detection|average|overall|mean|balanced)\s+)?accurac(?:y|ies)\b`, 'i');
/** Segmentation or localization as the task a figure is reported on. */
const SEGMENTATION_TASK = /\b(?:segmentation|locali[sz]ation)\b(?!\s+(?:benchmarks?|datasets?|techniques?|models?|networks?|masks?|labels?|annotations?|maps?)\b)/i;
/** "pixel-level 68.0/76.6 AU-ROCs": figures between the level and the metric */
const PIXEL_FIGURES_AUROC = /\bpixel[- ]?(?:level|wise)\s+(?:\d+(?:\.\d+)?(?![\d.])%?\s*(?:\/|,|and)?\s*)+(?:AU-?ROCs?|AUCs?|ROC-?AUCs?)\b/i;

/**
 * Is the family name at token i an item of a list whose neighbouring item is a model named in this sentence
 * ("such as GPT, Claude, and Gemini")? Not a modifier ("GPT-based", "GPT models").
 */
function listedWithModel(pc: PaperPass, s: Sentence, tokens: Token[], i: number): boolean {
  const t = s.text;
  const after = t.slice(tokens[i].end, tokens[i].end + 40);
  if (/^[-‐]|^\s+(?!(?:and|or)\s)[a-z]/.test(after)) return false;
  // (the item before may be a generic one the list also holds: "AlexNet, VGG, ResNet, and DenseNet")
  const prev = /(?:([\w.-]+)\s*,\s*)?([\w.-]+)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\(\s*)$/.exec(t.slice(Math.max(0, tokens[i].start - 60), tokens[i].start));
  const next = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\w.-]+)/.exec(after);
  if (!prev && !next) return false;
  const isModel = (w: string | undefined) => w !== undefined && pc.ents.some((e) => e.kind === 'model' && e.seen.includes(s) && e.surfaces.has(w));
  return isModel(prev?.[2]) || isModel(next?.[1]?.replace(/[.]+$/, '')) || (prev?.[1] !== undefined && /^[A-Z]/.test(prev[2]) && isModel(prev[1]));
}

/** A kind word after a bare family name ("GPT models", "the GPT family"). */
const FAMILY_KIND_AFTER = /^\s+(?:models?|family)\b/;

/**
 * A bare family name (the token `t` of `text`) named with its kind, "Claude and GPT models", "OpenAI's GPT family", or
 * spelt out before it (`def`, the paper's definition of it), "a fine-tuned Generative Pre-trained Transformer (GPT) model":
 * the model the paper uses or discusses; not a version's first part, "generative pre-trained transformer (GPT)-3.5",
 * "Visual Geometric Group (VGG) 19".
 */
function familyWithKind(text: string, t: Token, def: AcronymDef | undefined): boolean {
  if (FAMILY_KIND_AFTER.test(text.slice(t.end, t.end + 12))) return true;
  return def?.longForm !== undefined && text.charAt(t.start - 1) === '(' && /^\)(?!\s*[-‐]?\s*\d)/.test(text.slice(t.end, t.end + 4));
}

/** Words before a bare family name that make it one network ("the DenseNet", "pre-trained WideResNet"). */
const BARE_BEFORE = new Set(['the', 'trained', 'pretrained']);

/** "15-category MVTec-AD", "12-class VisA": a count before a name. */
const COUNT_PREFIX = /^\d+[-‐](?:categor(?:y|ies)|class(?:es)?|objects?|domains?|subsets?)\s+(?=\S)/i;

/** The words of a name, camel case split and plurals cut: "MaxLogit" -> max, logit; "Masked Autoencoders" -> masked, autoencoder. */
function nameWords(n: string): string[] {
  return n.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3).map((w) => w.replace(/s$/, ''));
}

/** A long form that shares fewer than half its words with the spellings of a lexicon entry that has words ("Moving Least Squares" and MaxLogit's "Max Logit"). */
function spelledOtherwise(longForm: string, entry: LexRef['entry']): boolean {
  // (only spellings with words: an acronym alone tells nothing of its long form)
  const known = [entry.name, ...(entry.aliases ?? [])].filter((f) => /[a-z]/.test(f)).flatMap(nameWords);
  // ("a Mean Absolute Error (MAE) of less than 1 beat per minute": a measure spelt out is no model, whatever the entry's spellings)
  if (!known.length) return MEASURE_LONG_FORM.test(longForm);
  const lw = nameWords(longForm);
  // ("Deep Investigation of Neutral Gas Origins (DINGO)" against "Deep INference for Gravitational-wave Observations": one
  // word in common of five is another long form)
  return lw.filter((w) => known.includes(w)).length * 2 < lw.length;
}

/** A long form that names a measure: "Mean Absolute Error", "Equal Error Rate", "Structural Similarity Index". */
const MEASURE_LONG_FORM = /\b(?:error|errors|rate|score|loss|ratio|distance|coefficient|index|deviation)$/i;

/** A name, then the programming language it is written in: "PyWebCopy Python". */
const LANGUAGE_AFTER = /^(\S+)\s+(?:Python|Java|JavaScript|MATLAB|Julia|Rust|C\+\+)$/;

/** "AutoML-only", "RTFM-enabled", "CLIP-based": the name is the stem. */
const SUFFIX = /[-‐](?:based|only|like|style|free|guided|driven|aware|enabled|specific|level|wise|scale)$/i;

/** extract/lexicon/facets.json */
export interface FacetData {
  domains: Record<string, string[]>;
  settings: Record<string, string[]>;
  techniques: Record<string, string[]>;
  metrics: Record<string, string[]>;
  negators: string[];
  genericNames: string[];
  taskHeads: string[];
  partHeads: string[];
  methodHeads: string[];
  datasetHeads: string[];
  modelFamilies?: string[];
  /** A sentence starting with one of these describes prior work: its technique cues are not the paper's. */
  priorWorkStarts?: string[];
  /** Domain cues read in the title alone (the paper's own subject there, too loose a word in its abstract). */
  titleDomains?: Record<string, string[]>;
  /** Metric cues the readers follow only some of the time (a detector's "mAP" as AUPR): tagged at a lower confidence, and
   * no reported result's metric (src/analysis/results.ts reads `metrics` alone). */
  looseMetrics?: Record<string, string[]>;
}

export interface ExtractorOptions {
  lexicon: Lexicon;
  facets: FacetData;
}

type LexKind = 'method' | 'dataset' | 'model' | 'generic';
interface LexRef {
  kind: LexKind;
  entry: MethodEntry | DatasetEntry | ModelEntry | GenericEntry;
  ambiguous: boolean;
}

interface Ent {
  kind: 'method' | 'dataset' | 'model';
  lex?: LexRef;
  surfaces: Map<string, number>;
  longForms: Set<string>;
  own: boolean;
  confidence: number;
  evidence: Sentence;
  /** Sentences where it is mentioned. */
  seen: Sentence[];
  order: number;
  metricHead: boolean;
  /** The name of a proposed metric as its list gives it ("Alarm Accuracy"), when not the entity's name. */
  metricName?: string;
  /** A sized variant of a lexicon model as written ("InternVL3-8B"): named so, the family as alias. */
  sized?: string;
  /** A yearly edition of a lexicon dataset as written ("BraTS 2019"): named so, the dataset as alias. */
  edition?: string;
  /** The edition is a variant written with a part ("TSB-AD-M", "Elliptic++"), not a year or a release: bare mentions stay. */
  variant?: boolean;
  /** The edition without its task ("DCASE 2020" of "DCASE 2020 Challenge Task 2"). */
  editionAlias?: string;
  /** The domain of the known dataset a new dataset name is a variant of ("ImageNet-X": ImageNet's). */
  parentDomain?: string;
}

interface Compiled {
  lex: PhraseIndex<LexRef>;
  /** Normalised never-names (facets.json genericNames) and generic algorithms (generic.json). */
  generic: Set<string>;
  /** Only the never-names. */
  stopNames: Set<string>;
  genericExact: Set<string>;
  vocab: PatternVocab;
  /** All facet cues; hit.group: 0 domains, 1 settings, 2 techniques, 3 metrics. */
  cues: CueSet;
  /** facets.json's titleDomains: domain cues read in the title alone. */
  titleCues: CueSet;
  /** facets.json's looseMetrics cues (their source text), which tag their metric at a lower confidence. */
  looseMetricCues: Set<string>;
  negators: Set<string>;
  priorWork: RegExp;
  modelFamily: RegExp | undefined;
  /** Lower-cased first words of the model families (a sentence without one skips the variant search). */
  familyStarts: Set<string>;
  /** Single-word family names as spelt (DenseNet, WideResNet): a model when used as one network. */
  familyNames: Set<string>;
  /** What each distinct word means to the passes, by word id (bounded). */
  words: WordTable;
}

const G_DOMAIN = 0, G_SETTING = 1, G_TECHNIQUE = 2, G_METRIC = 3;

/** A word of data, anywhere in a text. */
const DATA_WORD = /\b(?:datasets?|data\s+sets?|benchmarks?|corpus|corpora|database|data)\b/i;
/** A short part hyphened to a name: "-M", "-FS", "-Peds", "-MET", "-2", "-10C" (not a lower-case word: "-based"). */
// (not a benchmark named after it: "TAD-Bench" is no variant of TAD)
const HYPHEN_VARIANT = /^[-‐](?!Bench\b)(?:[A-Z][A-Za-z]{0,4}|\d{1,3}[A-Za-z]?)(?![\w-])/;
/** Parts that make a data set's variant though generic words: "HMDB-AD" (its anomaly-detection version). */
const DATA_PART = /^(?:AD|OOD|C)$/;
/** A singular data word right after a name: " dataset", " benchmark", " data set", " corpus". */
const DATA_WORD_AFTER = /^\s+(?:dataset|data set|benchmark|corpus)\b/;
/** ... and any data word, singular or plural, in any case ("data set", "datasets", "Database", "corpora"), for the aliases it gives. */
const DATA_WORDS_AFTER = /^\s(?:data\s?sets?|databases?|corpus|corpora|benchmarks?)\b/i;
/** Data drawn from a source right before its name: "light curves from", "tweets collected from Kepler and", "catalogs ... from the". */
const DATA_FROM_BEFORE = /\b(?:light curves?|observations|spectra|recordings|posts|tweets|reviews|records|time series|traces|transactions|sessions|catalogs?|catalogues?)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?(?:,\s*|\s+and\s+))*$/;
/** "on" before a list of names ending at this one: "on Weibo and ", "on Wikipedia, Reddit and ". */
const ON_LIST_BEFORE = /\b[Oo]n\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?(?:,\s*|\s+and\s+|\s+or\s+))*$/;
/** Words of a result on the data. */
const RESULT_WORDS = /\b(?:outperform\w*|surpass\w*|improv\w*|achiev\w*|beats?|AUROC|AUC|F1|accuracy)\b/;
/**
 * "We pre-train the encoder on ImageNet-1K and evaluate on MVTec AD": a sentence with a pretraining word is still an
 * evaluation of a data set its pretraining clause does not name.
 */
function pretrainElsewhere(text: string, e: Ent): boolean {
  if (!PRETRAIN_CONTEXT.test(text) || !(EVAL_CONTEXT.test(text) || ON_DATASET.test(text))) return false;
  for (const sf of e.surfaces.keys()) {
    const at = text.indexOf(sf);
    if (at < 0) continue;
    return !PRETRAINED_ON_BEFORE.test(text.slice(Math.max(0, at - 80), at)) && !/^[\s-]*(?:pre-?train|initiali[sz])/i.test(text.slice(at + sf.length, at + sf.length + 20));
  }
  return false;
}
/** A pretraining clause right before a name: "pre-trained on", "pretrain the encoder on the", "trained on large-scale". */
const PRETRAINED_ON_BEFORE = /\b(?:pre-?)?train\w*\b(?:(?!\b(?:and|evaluat\w*|test\w*|then)\b)[^;.])*?\b(?:on|with|from|using)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:[\w-]+,\s+(?:i\.e\.|e\.g\.|such as),?\s+)?$|\((?:[\w-]+\s+)?$/i;
/** A maker's possessive or "AI" right after a name: "Amazon's", "Mistral AI's", "Mistral AI". */
const VENDOR_AFTER = /^(?:['’]s\b|\s+AI\b)/;
/** "on " or "On the " right before a name. */
const ON_BEFORE = /\b[Oo]n\s+(?:the\s+)?$/;
/** A result figure: a percentage or a metric with its number ("F1 = 99.95", "an AUROC of 0.91"). */
const RESULT_FIGURE = /\d\s*%|\b(?:AUROC|AUC|AUPR|F1(?:-score)?|accuracy|precision|recall|mAP|AP)\b[^.;]{0,16}\d/;
/** Right before a survey's or instrument's name: "observed by (the)", "observations from (the)". */
const OBSERVED_BY_BEFORE = /\b(?:observed|imaged|recorded|detected)\s+(?:by|with)\s+(?:the\s+)?$|\bobservations\s+(?:from|of|by)\s+(?:the\s+)?$/i;
/** Right after it: what it produced ("light curves", "spectra", "space telescope") or what it is ("survey", "projects"), maybe after a coordinated name. */
const OBSERVATIONS_AFTER = /^(?:\s*(?:,|and)\s+[A-Z][\w-]*)?\s+(?:light\s+curves?|spectra|spectroscopy|photometry|observations|space\s+telescope|survey\s+data|alerts|(?:sky\s+)?surveys?|catalogs?|catalogues?|projects)\b/;
const DATASET_CONTEXT = /\b(?:datasets?|data sets?|benchmarks?|corpus|corpora|evaluat\w*|experiments?)\b/i;
const EVAL_CONTEXT =
  /\b(?:experiment\w*|evaluat\w*|results?|achiev\w*|outperform\w*|surpass\w*|state[- ]of[- ]the[- ]art|sota|benchmark\w*|tested|test set|validat\w*|verif\w*|stud(?:y|ies) on|demonstrat\w*|report\w*|accuracy|auroc|auc|performance|improv\w*|trained on|conducted|show|comparative analysis|assess\w*|tests? on|testing on|in-distribution|applied to|beats?|gains?|collected (?:from|at)|obtained from|drawn from|sourced from|test (?:it|them) on|appl(?:y|ied) (?:it|them|(?:our|the) [\w-]+) to|(?:is|are|was|were) used (?:for|in) (?:the )?(?:training|testing|evaluation|experiments?)|(?:is|are|was|were) used (?:for|in) (?:this|our|the present) (?:work|study|paper|research)|training and testing)\b/i;
/** "Using the MVTec-3D dataset, we compare ...": data the paper works on */
// (past a parenthesis: "We use census data (the Adult income dataset), the German Credit and Bank Marketing datasets")
const USING_DATASET = /\b(?:using|uses?|used|adopt\w*|employ\w*|utili[sz]\w*|appl(?:y|ies|ying)\s+(?:it|them|\w+)\s+to)\s+(?:the\s+)?(?:[^.;]|\.\d){0,80}\b(?:datasets?|benchmarks?|data sets?|atlas|atlases|archive|repository)\b/i;
/** "We focus on the CWRU dataset", "we have analyzed the standard NSL-KDD intrusion dataset", "applied Melford to ... the
 * EUSES corpus", "We use ... and the publicly available BraTs 2019 data set for our study": data the paper works on. */
const WORKS_ON_DATA = /\b(?:analy[sz](?:e|es|ed|ing)|examin(?:e|es|ed|ing)|focus(?:es|ed|ing)? on|work(?:s|ed|ing)? (?:with|on)|appl(?:y|ies|ied|ying) [A-Z][\w-]* to|us(?:e|es|ed|ing))\s+(?:[^.;]|\.\d){0,120}\b(?:datasets?|data sets?|corpus|corpora|database|benchmarks?)\b/i;
/** "We use data from Microsoft Academic Graph", "using data from the Southern Photometric Local Universe Survey (S-PLUS)". */
const DATA_FROM = /\b(?:us(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|appl(?:y|ied|ication) to)\s+(?:[\w-]+\s+){0,3}?data\s+(?:from|of)\b/i;
/** "Using UK Biobank, we investigated ...": a sentence opening on the data the paper goes on to use. */
const USING_NAME_WE = /^\s*(?:Using|With)\s+(?:the\s+)?[A-Z][\w-]*[^,.;]{0,60},\s+we\b/;
/** "The GDXray Welds Dataset was used to fine-tune a ResNet-50 model". */
const USED_TO = /\b(?:was|were|is|are)\s+used\s+to\s+(?:train|fine-?tune|evaluate|test|validate|build|develop|assess)\b/i;
/** "Across CUB, FGVC-Aircraft, and ImageNet-hard, EGUR-A substantially reduces ...": a sentence opening on the data it reports on. */
const ACROSS_START = /^\s*Across\s+(?:the\s+)?[A-Z][\w-]*[^,.;]{0,60},/;
/** "The dataset used consists of log records from the Blue Gene/L (BGL) supercomputer", "Coswara and COUGHVID are used as the
 * cough sound data for our study", "a dataset named drunkImagesWebp was used" (not data "used by previous methods"). */
const DATA_USED = /\b(?:(?:datasets?|data sets?|data|corpus|database)\s+used\b(?!\s+(?:by|in)\s+(?:previous|prior|existing|other|many|most))|(?:is|are|was|were)\s+used\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:data|dataset|training|test|testing|input|benchmark)\b|(?:named|called)\s+\S+\s+(?:was|were)\s+used\b)/i;
/** "The study was performed on a Secure Water Treatment testbed (SWaT) dataset". */
const PERFORMED_ON = /\b(?:performed|conducted|carried out|run|ran)\s+on\s+(?:[^.;]){0,80}?\b(?:datasets?|data sets?|data|corpus|database|benchmarks?)\b/i;
/** "Data come from SisFall, a publicly available dataset ...". */
const DATA_COME_FROM = /\b[Dd]ata\s+(?:come|comes|came|(?:are|is|were|was)\s+(?:collected|taken|drawn|obtained))\s+from\b/;
/** "We apply the algorithm Bootstrap Your Own Latent to Galaxy Zoo DECaLS images", "An application to FDA FAERS data". */
const APPLIED_TO_DATA = /\bappl(?:y|ies|ied|ying|ication)\s+(?:(?:it|them|this|the|our|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:data|datasets?|images|records|observations|logs|spectra)\b/i;
/** "our proposed framework was ranked 1st in the NVIDIA AI CITY 2021 leaderboard". */
const RANKED = /\branked\s+(?:\$?\d|first|second|third|top|1st|2nd|3rd)/i;
/** An out-of-distribution set-up: "CIFAR-10 vs CIFAR-100", "CIFAR-10 (inlier) and SVHN (OOD) images", "ImageNet (as known data)". */
const OOD_PAIR = /\b(?:vs\.?|versus)\s+[A-Z]|\((?:inliers?|outliers?|OOD|ID|in-distribution|out-of-distribution|known|unknown)(?:\s+data)?\)|\bas\s+(?:the\s+)?(?:known|in-distribution|ID|OOD|out-of-distribution|outlier|inlier)\s+(?:data|set|dataset|samples)\b/;
/** "NSL KDD and Kubernetes based attacks datasets have been employed in this research", "Data from three databases were used". */
const PASSIVE_EMPLOYED = /\b(?:datasets?|data\s+sets?|data|databases?|corpus|corpora|benchmarks?)\s+(?:have\s+been|has\s+been|were|was|are|is)\s+(?:\w+\s+)?(?:employed|used|utili[sz]ed|adopted|exploited|selected|chosen)\b/i;
/** "As a working example, we consider the DarkMachines challenge dataset", "We split the ImageNet-1k dataset into ten folds". */
const CONSIDER_DATA = /\b(?:we|this (?:paper|work|study))\s+(?:\w+\s+)?(?:consider|split|partition|select|choose|chose|take)\s+(?:the\s+)?(?:[^.;]){0,60}?\b(?:datasets?|data\s+sets?|data|database|corpus|benchmark)\b/i;
const PRETRAIN_CONTEXT = /\bpre-?train\w*|\bpretrain\w*/i;
const PERCENT = /\d(?:\.\d+)?\s?%/;

/** "On MVTec AD and VisA, ...", "On BraTS, ...": a sentence opening on names (not "On the other hand"). */
const ON_DATA_START = /^\s*On\s+(?:the\s+)?[A-Z][\w-]*[^,.;]{0,60},/;
/** A sentence that reports experiments on what it names ("pre-trained on ImageNet" does not, unless it reports a figure). */
const ON_DATASET = /\bon (?:the |a |an )?[^,.;()]{0,40}\b(?:datasets?|benchmarks?|data sets?|atlas|atlases|archive)\b/i;

/** Words of a metric's long form ("average precision", "area under the curve", "frames per second"). */
const METRIC_WORDS = /\b(?:precision|recall|area|curve|score|rate|accuracy|error|overlap|union|distance|second|operating|au\w*|f1|iou|pro|fpr\w*|tpr|fid|map|ap|performance|metrics?|measures?)\b/i;

/** The task named in so many words ("anomaly localization", "fault detection and localization"), not "without anomaly localization". */
const ANOMALY_LOCALIZATION = /(?<!without\s)\banomaly locali[sz]ation\b|\b(?:anomaly|fault|attack|failure|intrusion|defect|leak|damage) detection and locali[sz]ation\b|\b(?:failure|leak) locali[sz]ation\b|\blocali[sz]ation of (?:the )?(?:[\w-]+ )?(?:failures?|anomal\w*|leaks?)\b/i;
/** A sentence about when, not where, in a video. */
const SPATIAL = /\bspatial(?:ly)?\s+(?:locali[sz]\w*|grounding|position|location)|\bspatio-?temporal\s+locali[sz]\w*|\bpixel-level\b/i;
const TEMPORAL = /\b(?:temporal\w*|video-level|frame-level|snippet-level|untrimmed|timeline)\b/i;

/** Density cues that name a tool more often than a density model ("Gaussian mixture", "Mahalanobis"). */
const DENSITY_BY_USE = new Set(['gaussian mixture', 'mahalanobis']);
const DENSITY_CONTEXT = /\b(?:densit\w*|likelihood\w*|probabilit\w*|fit(?:ted|ting|s)?\b|distribution of (?:the )?normal|normal (?:data )?distribution|model(?:s|ing|ling)? the distribution)/i;

/** Words right after "3D" that make it an architecture ("3D models", "3D networks"). */
const ARCH_3D = new Set(['model', 'models', 'network', 'networks', 'architecture', 'architectures', 'backbone', 'backbones', 'autoencoder', 'autoencoders', 'transformer', 'transformers', 'convnet', 'convnets', 'resnet', 'resnets', 'vae', 'cvae']);
/**
 * Words after "3D" that make it no shape data: a sensor's axes, a cube of spectral bands, rendering, a game or its
 * world; a physical model or simulation ("3D heat transfer", "a 3D velocity model", "3D transient FE model"); space and
 * its geometry rather than scanned shapes ("3D space vector", "3D coordinates", "the 3D sphere", "3D connectivity",
 * "3D ROC analysis"); a body's pose ("3D hand poses", "3D facial reconstruction").
 */
const NOT_SHAPE_3D = new Set(['acceleration', 'accelerations', 'accelerometer', 'accelerometers', 'orientation', 'gyroscope', 'gyroscopes', 'magnetometer', 'hyperspectral', 'graphics', 'cylindrical', 'game', 'games', 'sandbox',
  'video', 'videos', 'environment', 'environments', 'world', 'worlds', 'third-person', 'navigation',
  'heat', 'velocity', 'transient', 'elastodynamic', 'finite', 'simulation', 'simulations', 'flow', 'fluid',
  'space', 'coordinates', 'coordinate', 'sphere', 'convex', 'connectivity', 'roc', 'power-map',
  'pose', 'poses', 'hand', 'hands', 'facial', 'face', 'faces', 'body', 'gaze']);
/** What is placed after a localizing word when it is no anomaly: objects, sources. */
const LOCALIZED_OTHER = /^\s+(?:and\s+(?:classify|classifying|recognize|recognizing|identify|identifying|track|tracking)\s+)?(?:[\w-]+\s+){0,3}?(?:objects?|sources?)\b/i;
/** Unsupervised methods as the subject of a shortcoming. */
const UNSUPERVISED_SHORTFALL = /\bunsupervised\s+(?:[\w-]+\s+)?(?:methods|approaches|models|techniques|training|learning)\s+(?:\w+\s+)?(?:lacks?|suffers?|struggles?|yields?|fails?|is prone|are prone|cannot|can not|work much less|have difficulty)\b|\b(?:hard|difficult|challenging)\s+for\s+unsupervised\b/i;
/** A title that makes reasoning its subject ("A Unified Reasoning Framework for ...", "Reasoning-Aware AI for ..."). */
const REASONING_TITLE = /\breason(?:ing|s)?\b/i;
/** What selected data are for when selecting them is the setting: training, or cleaning a noisy or redundant collection. */
const DATA_SELECTION_PURPOSE = /\b(?:train\w*|fine-tun\w*|pre-?train\w*|nois\w*|clean\w*|curat\w*|redundan\w*|label\w*|quality|strateg\w*|filter\w*)\b/i;
/** Words after "3D" that make it a medical volume ("3D brain MRI", "3D CT scans"). */
const MEDICAL_3D = new Set(['mri', 'mris', 'ct', 'brain', 'medical', 'pet', 'ultrasound', 'mr', 'cbct', 'oct', 'angiography']);

/** A long form naming a task ("Anomalous Sound Detection", "Time Series Anomaly Prediction"). */
const TASK_LAST = /\b(?:detection|segmentation|classification|locali[sz]ation|recognition|prediction)$/i;

/** Right before a named method the paper uses: "synthesis through DDIM Inversion", "via difficulty-aware GRPO". */
const USED_VIA = /\b(?:via|through|with|using|utiliz\w*|leverag\w*|integrat\w*|employ\w*|adopt\w*)\s+(?:[\w-]+\s+){0,2}$/i;

function evalSentence(text: string): boolean {
  // ("On MVTec AD and VisA, PromptAD++ ranks first ...": a sentence opening on the data it reports on)
  return PERCENT.test(text) || ON_DATA_START.test(text) || ACROSS_START.test(text) || RESULT_FIGURE.test(text) || RANKED.test(text) ||
    ((EVAL_CONTEXT.test(text) || ON_DATASET.test(text) || USING_DATASET.test(text) || WORKS_ON_DATA.test(text) || DATA_FROM.test(text) ||
      USING_NAME_WE.test(text) || USED_TO.test(text) || DATA_USED.test(text) || PERFORMED_ON.test(text) || DATA_COME_FROM.test(text) ||
      APPLIED_TO_DATA.test(text) || OOD_PAIR.test(text) || PASSIVE_EMPLOYED.test(text) || CONSIDER_DATA.test(text)) && !PRETRAIN_CONTEXT.test(text));
}
/** words of a coordinated modality list ("image, video and text") */
const MODALITY_WORDS = new Set(['image', 'images', 'text', 'texts', 'visual', 'textual', 'video', 'audio', 'and', 'or']);
/** nouns after a modality list that make it the parts of a model ("image and text encoders") */
const MODEL_PARTS = new Set(['encoder', 'encoders', 'embedding', 'embeddings', 'feature', 'features', 'branch', 'branches', 'tower', 'towers', 'token', 'tokens', 'prompt', 'prompts', 'representation', 'representations', 'backbone', 'backbones']);
/** "the most recent effort relies on ...", "existing methods use ...": a sentence about prior work wherever it starts */
/** "Self-supervised methods have gained prominence ...": a kind of method opening the sentence as its subject. */
const PRIOR_KIND_START = /^\s*(?!(?:the|these|those|both|such|our|its|their|this|proposed|all)\b)[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:methods|approaches|techniques)\s+(?:have|has)\s+(?:\w+\s+)?(?:gained|become|attracted|received|emerged|been)\b/i;
/** Prior work opening a sentence: "More recent methods ...", "Existing approaches ...". */
const PRIOR_OPENING = /^\s*(?:(?:the|some|many|several|more|most)\s+)?(?:recent|existing|previous|prior|current|conventional|traditional)\s+(?:[\w-]+\s+){0,2}?(?:efforts?|works?|methods?|approaches|studies|techniques|models|solutions|detectors)\b/i;
/** Prior work as the sentence's subject (PRIOR_SUBJECT, or a kind of method opening the sentence). */
function priorSubject(text: string, flags: number): boolean {
  return ((flags & L_PRIOR) !== 0 && PRIOR_SUBJECT.test(text)) || ((text.includes(' ha')) && PRIOR_KIND_START.test(text));
}
const PRIOR_SUBJECT = /^\s*(?:[A-Z][\w-]*[- ]based|[A-Z]\w+ing-based) (?:methods|approaches|models|techniques|detectors)\b|^\s*(?:However, )?(?:Standard|Conventional|Traditional|Typical|Classical|Current|Most|Many|for most) (?:[\w-]+ ){0,2}?[\w-]+[- ]based (?:methods|approaches|models|techniques|detectors)\b|(?:^|,\s*)recent (?:efforts|works|methods|approaches|studies)\b|\b(?:(?:the|some|many|several|more) (?:most )?recent (?:efforts?|works?|methods?|approaches|studies)|existing (?:methods|approaches|works|techniques|models|solutions)|previous (?:methods|approaches|works?|studies)|prior (?:methods|approaches|works?|studies))\b/i;
/** the paper speaking of itself, or comparing itself with prior work */
const OWN_WORDS = /\b(?:we|our|ours|this (?:paper|work|study)|outperform\w*|surpass\w*|compared|than)\b/i;
/** the paper as the subject: "we", "our", "this paper", "the proposed" */
const OWN_SUBJECT = /\b(?:we|our|ours|this (?:paper|work|study|article|letter)|the proposed|propos\w+)\b/i;
/** "Inspired by the success of X in Y," (up to the clause's comma): the source of an idea, not the paper's data. */
const INSPIRED_CLAUSE = /\b(?:(?:inspired|motivated) by|borrow(?:ing|ed|s)? (?:the )?(?:concepts?|ideas?) (?:from|of))\b(?:(?!\b(?:we|our|this (?:paper|work|study))\b)[^,;.])*/i;
/** Does the sentence describe prior work ("Existing methods ...", "Although X has shown ...")? Not the title.
 * ("Most importantly, it outperforms ...": the paper's own claim, not "Most methods ...") */
function isPriorWork(c: Compiled, s: Sentence): boolean {
  return s.index > 0 && c.priorWork.test(s.text) && !OWN_ADVERB_START.test(s.text);
}
/** A comparison with other work ("Unlike X", "compared with X", "outperforms X"). */
const COMPARED = /\b(?:unlike|compared (?:to|with)|outperform\w*|surpass\w*|than|versus|vs\.)\b/i;
/** A title that announces an evaluation rather than a method ("Comparison of novelty detection methods for ...", "...:
 * Performance and Resource Comparison" too). */
const EVALUATION_TITLE = /\bcomparison of (?:[\w-]+\s+){0,4}?(?:methods|models|algorithms|approaches|techniques|detectors)\b|:\s*(?:[\w-]+\s+){0,3}comparison$|\b(?:benchmarking|how far are we|(?:an?\s+)?(?:empirical|comparative|systematic) (?:study|analysis|evaluation|comparison)|critical (?:review|analysis|look|evaluation|assessment))\b|(?:^|:\s*)(?!(?:Development|Design|Implementation|Construction|Creation|Modell?ing)\s+and\s)(?:(?:an?|the|towards?)\s+)?(?:[\w-]+\s+){0,2}?evaluation of\b|\bevaluation metrics?\b|\bmetrics\s+(?:and|&)\s+benchmarks\b/i;
/** "A Comparative Study of X", "An Empirical Analysis of X", "A Sanity Check for X" (not "An Analysis-by-Synthesis Framework"; nor a
 * plain, pilot or exploratory study or analysis: "A Study on Software Bugs in ...", "An Analysis of Malicious Packages ...",
 * which the dev pool's readers tag as evaluations about one time in four). */
const STUDY_NOUN_TITLE = /^\s*An?\s+(?!Case\s)(?:(?:[\w-]+\s+)?(?:Comparative|Comparison|Detailed|Empirical|Systematic|Experimental|Performance|Benchmark(?:ing)?|Quantitative|Critical)\s+(?:Study|Analysis)|(?:[\w-]+\s+){0,2}(?:Sanity Check|Comparison|Evaluation))(?:\s+(?:of|on|into|for|in|with)\b|\s*:)/i;
/** "...: An Empirical Study", "...: A Comparative Analysis" after the colon (with no method of its own;
 * not "...: A Principal Component Analysis Approach") */
const STUDY_SUBTITLE = /:\s*An?\s+(?!(?:[\w-]+\s+)?Case\s)(?:(?:[\w-]+\s+)?(?:Comparative|Comparison|Detailed|Empirical|Systematic|Experimental|Performance|Benchmark(?:ing)?|Quantitative|Critical)\s+(?:Study|Analysis)|(?:[\w-]+\s+){0,2}(?:Comparison|Evaluation))\b(?!\s+(?:Approach|Method|Framework|Model|Perspective|Based|Network|Technique|Pipeline|System)\b)/i;
/** "Few-Shot Anomaly Image Generation", "Realistic Defect Generation", "Generating Realistic Anomalies",
 * "Pseudo Anomalies ...: Diffusion-Based Generation" (not "Anomaly Detection in Power Generation", "Generative ...") */
const ANOMALY_GENERATION_TITLE = /\b(?:anomal(?:y|ies|ous)|defects?)\s+(?:(?:image|sample|data|mask|video)s?\s+)?(?:(?:-?\s*\w+\s+)?pairs?\s+)?(?:generation|synthesis)\b|\b(?:generat(?:e|es|ed|ing)|synthesi[sz](?:e|es|ed|ing))\s+(?:(?:realistic|aligned|unseen|visual|diverse|logical)\s+)?(?:anomal\w*|defects?)\b|^Pseudo[- ]Anomal\w*\b.*\bGeneration\b|\b(?:anomal\w*|defects?)[- ](?:driven|aware)\s+generation\b/i;
/** A title that is a benchmark ("X Methods Benchmark in Text Classification"), unless the benchmarks are where a method is tested. */
const BENCHMARK_TITLE = /\bBenchmarks?\b/;
const NOT_BENCHMARK_TITLE = /\b(?:across|beyond|over|on)\s+(?:the\s+)?benchmarks?\b/i;
/** A title that explores or re-examines: an evaluation when the paper proposes no method, its abstract proposes nothing and it
 * tests, compares or analyses (STUDY_WORDS; "Rethinking Polyp Segmentation from an Out-of-Distribution Perspective" that does none
 * of these is no evaluation: on the dev pool such titles alone were right 3 times in 15). */
const STUDY_TITLE = /^\s*(?:Examining|Revisiting|Rethinking)\b/;
/** What a revisiting title's abstract does where it evaluates: tests, compares, benchmarks, evaluates, analyses what there is. */
const STUDY_WORDS = /\b(?:test(?:s|ed)?|compar(?:e|es|ed|ing|ison)|benchmark(?:s|ed|ing)?|evaluat(?:e|es|ed|ing|ion)|analy[sz](?:e|es|ed|ing|is))\b/i;
/** "Evaluating X": a title that says the paper evaluates, whatever else its abstract proposes (but no method of its own). */
const EVALUATING_TITLE = /^\s*Evaluating\b/;
/** A question title ("Can LLMs Serve As ...?"), an evaluation unless the abstract proposes something. */
const ABSTRACT_PROPOSES = /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design|devise)\b|\ba novel\b/i;
/** "Most importantly, ...", "Most notably, ...": a sentence adverb, not the prior-work start "Most methods". */
const OWN_ADVERB_START = /^\s*Most (?:importantly|notably|remarkably|significantly|strikingly|crucially)\b/;
/** INSPIRED_CLAUSE's match, looked for only where its words are (most sentences have neither). */
function inspiredClause(text: string, flags: number): RegExpExecArray | null {
  return (flags & L_INSPIRED) === 0 ? null : text.includes('nspired') || text.includes('otivated') || text.includes('NSPIRED') || text.includes('OTIVATED') || text.includes('orrow') ? INSPIRED_CLAUSE.exec(text) : null;
}
/** Words after "reasoning" that make it inference speed, a kind of error or the reasons for something ("the reasoning behind"), and before it a method of argument or a model's workings. */
const NOT_TASK_REASONING_AFTER = new Set(['speed', 'speeds', 'time', 'times', 'latency', 'errors', 'error', 'behind']);
const NOT_TASK_REASONING_BEFORE = new Set(['statistical', 'symbolic', 'formal', 'inner', 'decision', 'probabilistic', 'bayesian', 'fuzzy', 'case-based']);
/** "reasoning abilities", "reasoning and generalization capabilities", "their semantic reasoning", "tasks such as
 * captioning and visual reasoning": reasoning as what models are able to do (not "its chain-of-thought reasoning",
 * "reasoning to improve the capability of MLLMs"). */
function modelAbility(tokens: Token[], from: number, to: number): boolean {
  const n1 = tokens[to]?.lower ?? '';
  if (ABILITY.test(n1)) return true;
  if ((n1 === 'and' || n1 === ',') && ABILITY.test(tokens[to + 2]?.lower ?? '')) return true;
  // ("strong reasoning and semantic capturing capabilities", "the capabilities of LLMs in natural language
  // understanding, reasoning, and ...": an ability named a few words on, or before in the same list)
  if (n1 === 'and') for (let i = to + 1; i < Math.min(tokens.length, to + 5); i++) if (ABILITY_NOUN.test(tokens[i].lower)) return true;
  // (not across a clause of the paper's own: "To improve the capability of MLLMs, we propose Zorb-R1, which performs
  // explicit reasoning", "the ability to perform step-by-step reasoning")
  for (let i = from - 1; i >= Math.max(0, from - 10); i--) {
    if (OWN_CLAUSE_WORDS.has(tokens[i].lower)) break;
    if (ABILITY_NOUN.test(tokens[i].lower)) return true;
  }
  for (let i = from - 1; i >= Math.max(0, from - 4); i--) if (tokens[i].lower === 'their') return true;
  for (let i = from - 1; i >= Math.max(0, from - 12); i--) if (tokens[i].lower === 'such' && tokens[i - 1]?.lower === 'tasks') return true;
  return false;
}
const ABILITY = /^(?:abilit|capabilit|capacit|skill|power)/;
/** (not "powerful": "LLMs offer powerful contextual reasoning") */
const OWN_CLAUSE_WORDS = new Set(['we', 'our', 'which', 'that', 'to', 'perform', 'performs', 'propose', 'proposes', 'enable', 'enables', 'conduct', 'conducts']);
const ABILITY_NOUN = /^(?:abilit|capabilit|capacit|skills?$)/;
const TESTS = /\b(?:tests?|testing|evaluat\w*|assess\w*|benchmark\w*|measur\w*|prob(?:e|es|ing))\b/i;

/** Is the text before `at` a clause about prior work, with the paper not speaking of itself in between: its
 * subject existing, mainstream or current work, said to do something ("Existing works rely on ..."), or a sentence
 * opening "Although", "Existing", ... ("Although CLIP demonstrates zero-shot performance")? Not a results sentence
 * ("Experiments demonstrate it outperforms current methods in few-shot settings"). */
function priorClause(text: string, at: number, c: Compiled, flags: number, f: FacetCtx): boolean {
  // (no word PRIOR_PREDICATE needs: no predicate, so no prior clause; the tests below have no side effects)
  if ((flags & L_PREDICATE) === 0) return false;
  const before = text.slice(0, at);
  // ("... focus on architectures, while devoting insufficient attention to evaluation": the contrast is the paper's point)
  const pred = PRIOR_PREDICATE.exec(before);
  // ("Current multi-class unsupervised methods rely on ...": a setting inside prior work's subject is the paper's field too)
  if (!pred) return false;
  if (OWN_SUBJECT.test(before) || CONTRAST.test(before.slice(pred.index)) || RESULTS_WORDS.test(text)) return false;
  const subj = PRIOR_WORK_SUBJECT.exec(before);
  if (subj && subj.index < pred.index) return true;
  // ("Although ZorbCLIP adopts a zero-shot protocol, ...": what a method adopts or uses is prior work's only when
  // prior work is its subject)
  // (but "Although WinCLIP adopts a zero-shot protocol, it needs ..." in a paper on ZorbAD is a baseline's: the subject
  // after the opener is the paper's own only when the title names it or the paper proposes it)
  if (WEAK_PREDICATE.test(pred[0])) {
    const subject = /^\s*(?:Although|Though|While|Whereas|Even though|Despite)\s+([A-Z][\w-]*)/.exec(text)?.[1];
    if (!subject || f.title.text.includes(subject) || f.proposed.some((m) => m.name === subject || m.aliases?.includes(subject))) return false;
  }
  // ("While relying only on normal samples, the model excels at ...": a participle clause, the paper's own)
  return c.priorWork.test(text) && !OWN_ADVERB_START.test(text) && !PARTICIPLE_START.test(text);
}
/** What prior work is said to do, before the cue: "rely on", "focus on", "are limited to", "demonstrates" */
/** PRIOR_PREDICATE's verbs that any method may have ("adopts", "is used"): prior work's only after a prior subject. */
const WEAK_PREDICATE_SRC = String.raw`adopt(?:s|ed)?|(?:have|has|are|were)\s+(?:been\s+)?(?:\w+\s+)?(?:used|developed|employed)`;
const PRIOR_PREDICATE = new RegExp(String.raw`\b(?:rel(?:y|ies|ied|ying)\s+(?:\w+\s+)?on|focus(?:es|ed|ing)?\s+(?:\w+\s+)?on|limited\s+to|concentrat\w*\s+on|demonstrat\w*|(?:have|has)\s+(?:\w+\s+)?shown|excel\w*\s+(?:in|at)|suffer\w*\s+from|${WEAK_PREDICATE_SRC})\b`, 'i');
const WEAK_PREDICATE = new RegExp(`^(?:${WEAK_PREDICATE_SRC})$`, 'i');
/** Settings a title names, each by its words. */
const TITLE_SETTING_RX = new Map<string, RegExp>([['unsupervised', /\bunsupervised\b/i], ['weakly-supervised', /\bweakly[- ]?supervised\b/i], ['zero-shot', /\bzero[- ]?shot\b/i], ['few-shot', /\bfew[- ]?shot\b/i]]);
/** Does the title name a setting of that group other than `tag`, and not `tag` itself? */
function otherTitleSetting(f: FacetCtx, tag: string): boolean {
  const named = (f.titleSettings ??= [...TITLE_SETTING_RX].filter(([, rx]) => rx.test(f.title.text)).map(([t]) => t));
  return named.length > 0 && !named.includes(tag);
}
/** A sentence opening on a kind of methods that need or lack something: "Weakly-supervised video anomaly detection methods require ...". */
const PLAIN_PRIOR_SUBJECT = /^(?:(?:However|Yet|But),?\s+)?(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Tt]hese|[Ss]uch)\s+)?(?:[\w-]+\s+){0,5}?(?:methods|approaches|models|detectors|techniques|frameworks)\s+(?:\w+\s+)?(?:require|rely|suffer|struggle|lag|fail|assume|need|depend|are limited|cannot)\b/;
/** Does a sentence of the paper's own ("we", "our") name a setting of that group other than `tag`, and not `tag`? */
function otherOwnSetting(f: FacetCtx, tag: string, not: Sentence): boolean {
  let other = false;
  for (const { s } of f.sents) {
    if (s === not || !OWN_SUBJECT.test(s.text)) continue;
    for (const [t, rx] of TITLE_SETTING_RX) {
      if (!rx.test(s.text)) continue;
      if (t === tag) return false;
      other = true;
    }
  }
  return other;
}
/** Is `at` inside a prior-work subject ("Current weakly-supervised ... methods") that a prior predicate follows? */
function inPriorSubject(text: string, at: number): boolean {
  const subj = PRIOR_SUBJECT_LONG.exec(text);
  if (!subj || subj.index > at || subj.index + subj[0].length <= at) return false;
  return PRIOR_PREDICATE.test(text.slice(subj.index + subj[0].length)) && !OWN_SUBJECT.test(text.slice(0, subj.index));
}
const CONTRAST = /[,;]\s*(?:while|whereas|but|yet)\b/i;
/** "both supervised ...", "unsupervised and supervised", "zero-shot or supervised": coordinated with a setting */
function coordinatedSetting(tokens: Token[], from: number): boolean {
  const p1 = tokens[from - 1]?.lower ?? '';
  if (p1 === 'both') return true;
  return (p1 === 'and' || p1 === 'or') && /(?:supervised|shot)$/.test(tokens[from - 2]?.lower ?? '');
}
/**
 * Is `longForm` the known model's own spelled-out name ("Bidirectional Encoder Representations from Transformers (BERT)",
 * "Decoding-enhanced BERT with Disentangled Attention (DeBERTa)")? A paper that spells out a known model uses it, whatever
 * its sentence proposes ("by pre-training a Bidirectional Encoder Representations from Transformer (BERT) model").
 */
function knownSpelling(c: Compiled, longForm: string, entry: unknown): boolean {
  return (c.lex.lookup(longForm) ?? []).some((f) => f.value.entry === entry);
}
/** "models like", "language models such as", "models including": a list of models follows. */
const MODELS_LISTED = /\bmodels,?\s+(?:like|such as|including|e\.g\.,?)\s/i;
/** A name built on BERT ("DocBERT", "BioClinicalBERT", "SecRoBERTa"): a pretrained language model of that family. */
const BERT_BUILT = /^[A-Z][A-Za-z]*?(?:BERT|BERTa)(?:[-‐]?(?:base|large|v?\d))?$/;
/**
 * "Audio-Visual HuBERT (AV-HuBERT)": a long form ending in a known model's name that the acronym also spells ("HuBERT"
 * in "AV-HuBERT") defines a variant of that model, not the paper's own method.
 */
function longFormEndsInModel(c: Compiled, longForm: string, acronym: string): boolean {
  const last = /([A-Za-z][\w-]*)\s*$/.exec(longForm)?.[1];
  if (!last || last.length < 4 || !acronym.toLowerCase().includes(last.toLowerCase())) return false;
  return (c.lex.lookup(last) ?? []).some((f) => f.value.kind === 'model');
}
/** Is `word` an acronym the paper defines with a long form that does not say `tag` ("Semi-supervised learning
 * (SSL)" for self-supervised)? */
function otherAcronym(c: Compiled, word: string, tag: string, defined: Map<string, AcronymDef>): boolean {
  if (!/^[A-Z][A-Za-z]*[A-Z]s?$/.test(word)) return false;
  const lf = defined.get(normKey(word))?.longForm;
  if (lf === undefined) return false;
  const key = `${tag}\u0000${word}\u0000${lf}`;
  let memo = otherMemos.get(c);
  if (!memo) otherMemos.set(c, (memo = new Map()));
  let v = memo.get(key);
  if (v === undefined) {
    const l = lf.toLowerCase().replace(/\bllms?\b/g, 'language model').replace(/[^a-z]/g, '');
    v = word.toLowerCase().replace(/s$/, '') !== tag && !tag.replace('llm', 'language-model').split('-').every((w) => l.includes(w)) &&
      // the long form a cue of the tag itself ("Large Multimodal Model", "Graph Convolutional Network")
      !c.cues.scan(lf, tokenize(lf)).some((h) => h.tag === tag);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}
/** Per compiled extractor: whether a long form is a cue of a tag (results never depend on what came before). */
const otherMemos = new WeakMap<Compiled, Map<string, boolean>>();
/** Does a long form name a method or a process ("Augmented Context Mining", "Graph Attention Network")? */
function processName(c: Compiled, lf: string): boolean {
  const last = lf.toLowerCase().split(/[\s-‐]+/).pop() ?? '';
  return /ing$/.test(last) || c.vocab.methodHeads.has(last) || c.vocab.partHeads.has(last);
}
/** A sentence announcing released code or material ("Code and videos are available at https://..."). */
// ("Videos of our results are available on our website: https://...")
// ("A video illustrating our approach is available at: http://...", "The video describing our system is available at https://youtu.be/...")
// (not data so released: "The annotated dashcam videos are publicly available at ...")
const RELEASE_SENTENCE = /\b(?:codes?|implementation|source code|(?:^|an? |the |our )video(?! data)|videos? of (?:our |the )?(?:results|experiments|method)|demo(?:nstration)? videos?|demos?|supplementary materials?)\b[^;]{0,80}\b(?:available|published|released|found)\b[^;]{0,40}\b(?:at|on|via|here)\b[^;]{0,60}(?:https?:|github|www\.|website|project page)/i;
/** Is `name` written (first) right before a letter outside ASCII, so a piece of a longer word ("Na" of "Naïve")? */
function cutAtLetter(text: string, name: string): boolean {
  if (!NON_ASCII_CHAR.test(text)) return false;
  const i = text.indexOf(name);
  return i >= 0 && i + name.length < text.length && text.charCodeAt(i + name.length) > 127 && LETTER.test(text[i + name.length]);
}
const NON_ASCII_CHAR = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
/** Is `name` written right after "an improved / enhanced / modified / extended (version of the)"? */
function improvedBefore(text: string, name: string): boolean {
  const i = text.indexOf(name);
  return i > 0 && IMPROVED_BEFORE.test(text.slice(Math.max(0, i - 48), i));
}
const IMPROVED_BEFORE = /\b(?:an?|the)\s+(?:improved|enhanced|modified|extended|adapted|refined)\s+(?:version\s+of\s+(?:the\s+)?)?$/i;
/**
 * Words that describe data or a setting, not name it: "experiments on Real-World datasets", "on Zero-Shot benchmarks",
 * "on Industrial and Medical datasets" (a title-cased abstract's words, no names).
 */
const DESCRIPTOR_WORDS = new Set(
  ('real world life large scale small multi class modal modality high low dimensional synthetic industrial medical tabular ' +
    'image images text textual video videos audio time series zero few shot open set source long tailed cross domain public depth ' +
    'standard popular challenging diverse various multiple several different natural sequential multivariate univariate ' +
    'imbalanced noisy clean unlabeled labeled classical').split(' '),
);
/** An amount written with its unit: "4MB", "2.5GHz", "30FPS", "10ms", "175B", a range: "80-250Hz". */
const AMOUNT_UNIT = /^\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)?(?:[KMGTP]i?B|[kKMG]?Hz|[mµn]?s|fps|FPS|[KMGT]?FLOPs?|[KMBT]|kWh|W|mAh|dB)$/;
/** A data word in capitals right after a name: "on HDFS Dataset". */
const CAPITAL_DATA_WORD_AFTER = /^\s+(?:Datasets?|Data\s?[Ss]ets?|Benchmarks?|Corpus|Database|Logs?)\b/;
/** An acronym and a task word written apart ("CNN Detection"). */
const SPACED_ACRONYM_TASK = /^[A-Z0-9]{2,}\s+(?:Detection|Classification|Segmentation|Recognition|Locali[sz]ation|Prediction|Generation)$/;
/** Cities named around a word: "cities", "New York City". */
const CITIES_AROUND = /\bcities\b|\b[A-Z][a-z]+ City\b/;
/** A country, a city's kind or a place noun right after a place name: ", China", " City", " rainforest". */
const PLACE_AFTER = /^(?:,\s+(?:the\s+)?(?:China|Japan|Korea|South Korea|India|USA|US|U\.S\.A?\.?|United States|UK|United Kingdom|Germany|France|Italy|Spain|Canada|Australia|Brazil|Mexico|Russia|Taiwan|Singapore|Netherlands|Switzerland|Sweden|Norway|Denmark|Finland|Portugal|Greece|Turkey|Iran|Israel|Egypt|Nigeria|Kenya|South Africa|Indonesia|Malaysia|Thailand|Vietnam|Pakistan|Bangladesh|Chile|Argentina|Colombia|Peru)\b|\s+(?:City|Province|County|Prefecture|Metropolitan)\b|\s+(?:[Rr]ain-?forests?|[Ff]orests?|[Bb]asin|[Bb]iome|[Rr]iver|[Dd]elta|[Rr]egion)\b)/;
/** A name, then an em or en dash and a lower-case word with no space: "Ego4D-M—two". */
const DASH_CLAUSE_AFTER = /^([^\s—–]+)[—–][a-z][a-z-]*$/;
/** A second author named in the possessive right after a name: " & Picardi’s", " and Smith's". */
const AUTHOR_PAIR_AFTER = /^\s+(?:&|and)\s+[A-Z][a-z]+['’]s\b/;
/** A subordinating or linking word opening a sentence, then a space: "Since ", "While ", "Although ". */
const LEADING_SUBORDINATOR = /^(?:Since|While|Whereas|Although|Though|Because|When|Once|Unless|Until|If|After|Before|Unlike|Thus|Hence|Therefore|However|Moreover|Furthermore)\s+(?=\S)/;
/** A plural of data ending a phrase ("Basic Safety Messages", "Microscopy Images", "Log Data"). */
const DATA_PLURAL_END = / (?:Images|Data|Messages|Signals|Records|Logs|Measurements|Gasses|Gases|Readings|Traces|Texts|Reports)$/;
/** A maker's possessive opening a name: "Mozilla’s CommonVoice". */
const MAKER_POSSESSIVE = /^[A-Z][A-Za-z]+['’]s\s+([A-Z][\w.+-]*)$/;
/** The kind of technique after a person's name in the possessive: "Orchard’s algorithm", "Kleinberg's burst model". */
const EPONYM_HEAD_AFTER = /^\s+(?:[a-z][\w-]*\s+)?(?:algorithm|method|rule|test|theorem|law|model|criterion|distance|inequality|bound|filter|transform)s?\b/;
/** Capitalised words, then an acronym of (at least) their initials: "Genetic Algorithm GA", "Greedy Algorithm FGA". */
const TRAILING_INITIALS = /^((?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+)\s+([A-Z]{2,6})$/;
/** A version right after a model family's name: "v2" of DINOv2, " 3.1" of "Llama 3.1 8B", "-4" of GPT-4. */
const VERSION_AFTER = /^(?:[-‐ ]?[vV]?\d)/;
/** "Denial-of-Service", "Man-in-the-Middle": English words hyphenated around a function word, a kind of thing. */
const HYPHENED_PHRASE = /^(?:\p{Lu}?\p{Ll}+[-‐])+(?:of|in|the|to|for|and|on|at|by|or)(?:[-‐]\p{Lu}?\p{Ll}+)+$/u;
/** An object and a task joined by a hyphen: "GTCS-detection", "ECG-classification". */
const TASK_COMPOUND = /^[A-Z][A-Za-z0-9]*-(?:detection|classification|prediction|segmentation|recognition|localization|localisation|monitoring|diagnosis|forecasting)$/;
/** A modality's initials, in a compound of such words ("video-EEG", "RGB-depth"). */
const MODALITY_INITIALS = new Set(['EEG', 'ECG', 'EMG', 'MRI', 'CT', 'PET', 'RGB', 'IR']);
/** A name made only of such words, each written as a word ("Real-World", "Time-Series", "Multivariate"). */
function descriptorOnly(s: string): boolean {
  const parts = s.split(/[\s-]+/);
  // ("referred to long-term video-EEG monitoring": a modality's initials among them too, not alone)
  return parts.every((w) => (/^[A-Z]?[a-z]+$/.test(w) && DESCRIPTOR_WORDS.has(w.toLowerCase())) || (parts.length > 1 && MODALITY_INITIALS.has(w)));
}
/** A word of a name that says what a network was trained or tuned on: "ImageNet-pretrained", "FakeBench-tuned". */
const TRAINED_ON_WORD = /[-‐](?:pre-?trained|trained|tuned|fine-?tuned|finetuned|initiali[sz]ed|decoded|encoded|transcribed|extracted|predicted)(?=\s|$)/i;
/**
 * The news of a field: "the rapid development of", "the remarkable achievements of", "the advent of" (read for
 * language models only: other techniques so praised are as often the paper's own).
 */
const LLM_NEWS = /\b(?:(?:rapid|recent|remarkable|growing|increasing|unprecedented|impressive|tremendous|widespread|explosive|fast)\s+(?:\w+\s+)?(?:development|developments|advances?|advancements?|achievements?|progress|popularity|success|emergence|rise|proliferation|adoption|growth)|advent|emergence|proliferation)\s+(?:of|in)\b/i;
/** Words that make "embedding" a verb when they follow it: its object's determiner ("embedding the transformer into"). */
const EMBEDDING_OBJECT = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'these', 'those', 'its', 'their', 'our', 'some', 'each']);
/** Words after "latency" that make it a monitored quantity. */
const SYSTEM_QUANTITY = /^(?:thresholds?|spikes?|series|sla|slas|traces?|monitoring|errors?|faults?|issues?)$/;
/** A name of a stated result ("Fence Theorem", "Manifold Hypothesis"). */
const STATEMENT_NAME = /\s(?:Theorem|Hypothesis|Lemma|Principle|Conjecture|Law|Paradox)$/i;
/** Plural nouns of models whose attention is the mechanism. */
const MODEL_POSSESSORS = new Set(['transformers', 'models', 'heads', 'networks', 'vits', 'layers', 'encoders', 'decoders', 'llms', 'vlms', 'mllms']);
/** A sentence about future work. */
const FUTURE_WORK = /\b(?:avenues? for future|future (?:work|improvements?|directions?|extensions?)\b(?!\s*,?\s*(?:we|our)\b)|(?:leave|leaves|left)\b[^.;]{0,60}\bfor future)\b/i;
/** Words that make "X methods" prior work, and the nouns for methods. */
const PRIOR_DET = new Set(['current', 'existing', 'previous', 'prior', 'traditional', 'conventional', 'mainstream']);
const PRIOR_NOUN = new Set(['methods', 'approaches', 'works', 'models', 'detectors', 'techniques', 'solutions', 'frameworks', 'studies']);
const RESULTS_WORDS = /\b(?:experiment\w*|results?)\b/i;
const PARTICIPLE_START = /^\s*(?:While|Although|Though)\s+\w+ing\b/;
/** A prior-work subject's opening word and head noun, at most `gap` words apart ("existing ... methods"). */
function priorSubjectSrc(gap: number, heads: string): string {
  return String.raw`\b(?:existing|previous|prior|traditional|conventional|mainstream|current|contemporary|most)\s+(?:[\w-]+\s+){0,${gap}}?(?:${heads})\b`;
}
const PRIOR_WORK_SUBJECT = new RegExp(`${priorSubjectSrc(3, 'works?|methods|approaches|models|techniques|benchmarks|studies|solutions|detectors|systems')}|${String.raw`\b(?:LLMs|MLLMs|LMMs|VLMs|models|methods)\)?\s+(?:have|has)\s+(?:\w+\s+)?(?:shown|demonstrated|exhibited|achieved)\b`}`, 'i');
/** The same subject with up to five words between, of methods only ("Current weakly-supervised video anomaly detection methods"). */
const PRIOR_SUBJECT_LONG = new RegExp(priorSubjectSrc(5, 'works?|methods|approaches|models|techniques|solutions|detectors|systems'), 'i');

/** Is "localized" before `at` an adjective of the next word ("localized defects", "the localized nature"), not a
 * verb ("are localized without labels", "detected and localized", "localized to", "localized effectively")? */
function adjectival(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 2]?.lower ?? '';
  const next = tokens[at];
  // (a capitalised next word too: "Localized Score Aggregation", "the localized EDA", "strong localized RFI")
  if (next === undefined || !/^[A-Za-z]/.test(next.text) || NOT_NOUN_AFTER.has(next.lower) || /ly$/.test(next.lower)) return false;
  // (before a capitalised word only after a capitalised one or a function word: "The detector localized PRAs" is a verb)
  if (/^[A-Z]/.test(next.text) && at >= 2 && !/^[A-Z]/.test(tokens[at - 2].text) && !FUNCTION_BEFORE.has(prev)) return false;
  // ("sharp and localized anomalies": coordinated with an adjective, not with a verb as in "detected and localized")
  if ((prev === 'and' || prev === 'or') && at >= 3 && !/ed$/.test(tokens[at - 3].lower)) return true;
  return !BE_OR_AND.has(prev);
}
/** Words after which "localized" before a capitalised word is an adjective: function words, adjectives of strength or size. */
const FUNCTION_BEFORE = new Set(['the', 'a', 'an', 'with', 'via', 'for', 'of', 'and', 'or', 'in', 'on', 'by', 'to', 'from', 'its', 'their', 'our', 'this', 'these', 'strong', 'weak', 'small', 'large']);
const NOT_NOUN_AFTER = new Set(['to', 'by', 'in', 'at', 'on', 'within', 'and', 'or', 'with', 'without', 'using', 'via', 'through', 'from', 'as', 'for', 'based', 'even', 'when', 'while', 'if', 'across', 'per', 'under', 'into', 'onto', 'than', 'then', 'only']);
const BE_OR_AND = new Set(['is', 'are', 'be', 'been', 'being', 'was', 'were', 'and', 'or', 'then', 'also', 'accurately', 'precisely', 'correctly', 'further']);

/**
 * "pay attention to", "equal attention to all ranges", "the attention of (both) academia", "attention
 * from the community": the idiom, not the mechanism ("reverse attention to handle ..." is the mechanism).
 */
function attentionIdiom(tokens: Token[], from: number, after: number): boolean {
  // "have escalated lots of attention", "a great deal of attention": how much interest, not the mechanism
  if (from > 1 && tokens[from - 1].lower === 'of' && AMOUNT_OF.has(tokens[from - 2].lower)) return true;
  // "has garnered huge attention recently", "attracts many researchers' attention", "has received continuous attention",
  // "a major subject of attention", "Attention-deficit hyperactivity disorder": interest in a topic, or the disorder
  if (tokens[after]?.lower === 'deficit' || /^attention[-‐]deficit/.test(tokens[from].lower)) return true;
  if (from > 1 && tokens[from - 1].lower === 'of' && FOCUS_OF.has(tokens[from - 2].lower)) return true;
  // (not the mechanism's parts after it: "the decoder gains attention maps from the encoder")
  if (!ATTENTION_PART.test(tokens[after]?.lower ?? '')) for (let i = from - 1; i >= 0 && i >= from - 4; i--) {
    const t = tokens[i].lower;
    if (INTEREST_VERB.test(t)) return true;
    if (MECHANISM_WORD.test(t) || !/^[a-z]+['’]?$/.test(t)) break;
  }
  // ("unusual conditions requiring their attention", "we focus our attention on real data"): a person's attention asked for
  // or turned (not "its attention", a model's)
  if (from > 1 && /^(?:their|our|his|her|your)$/.test(tokens[from - 1].lower) && INTEREST_VERB.test(tokens[from - 2].lower)) return true;
  const w = tokens[after]?.lower;
  // ("Attention is also given to how the data are integrated", "attention is centered on a three-class problem", "our
  // attention shifts to training"): a person's attention, said in the passive or as a subject that moves
  if ((w === 'is' || w === 'was') && tokens.slice(after + 1, after + 3).some((t) => HUMAN_ATTENTION_AFTER.has(t.lower))) return true;
  if (w === 'shifts' || w === 'shifted') return true;
  if (w === 'to') return from > 0 && IDIOM_BEFORE.has(tokens[from - 1].lower);
  if (w !== 'of' && w !== 'from') return false;
  return tokens.slice(after + 1, after + 4).some((t) => COMMUNITY.has(t.lower));
}
/** Participles after "attention is" of a person's attention ("attention is given to", "attention is centered on"). */
const HUMAN_ATTENTION_AFTER = new Set(['given', 'paid', 'devoted', 'centered', 'centred', 'drawn', 'focused', 'focussed', 'directed']);
const AMOUNT_OF = new Set(['lot', 'lots', 'plenty', 'deal', 'amount', 'amounts', 'level', 'levels', 'degree']);
/** Verbs of a topic's drawing interest, before "attention" with only describing words between. */
const INTEREST_VERB = /^(?:attract(?:s|ed|ing)?|garner(?:s|ed|ing)?|gain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gather(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|captur(?:e|es|ed|ing)|earn(?:s|ed|ing)?|arous(?:e|es|ed|ing)|spark(?:s|ed|ing)?|deserv(?:e|es|ed|ing)|increased|increasing|growing|rising|requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|demand(?:s|ed|ing)?|warrant(?:s|ed|ing)?|pa(?:y|ys|id|ying)|devot(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|focus(?:es|ed)?|shift(?:s|ed)?)$/;
/** Parts of the mechanism named after "attention". */
const ATTENTION_PART = /^(?:maps?|mechanisms?|modules?|layers?|heads?|weights?|blocks?|networks?|scores?|pooling|fusion|based|matrix|matrices|units?|branch(?:es)?|gates?)$/;
/** Nouns whose "of attention" is interest: "a major subject of attention", "the focus of attention". */
const FOCUS_OF = new Set(['focus', 'subject', 'forefront', 'center', 'centre', 'spotlight', 'object', 'topic']);
/** Words that make "attention" the mechanism when they stand before it ("spatial attention", "multi-head self-attention"). */
const MECHANISM_WORD = /^(?:self|cross|multi|head|heads|spatial|channel|temporal|graph|dual|local|global|sparse|linear|masked|window|pixel|patch|feature|visual|co|axial|deformable|hierarchical|scale|frequency|gated|soft|hard|additive|causal|bidirectional|relation|relational|semantic|contextual|with|via|using|and|of|its|their|our)$/;
/** The word before "attention to" in the idiom. */
const IDIOM_BEFORE = new Set(['s', 'its', 'their', 'his', 'her', 'pay', 'pays', 'paid', 'paying', 'draw', 'draws', 'drew', 'drawn', 'devote', 'devotes', 'devoted', 'give', 'gives', 'gave', 'given', 'giving', 'equal', 'due', 'careful', 'bring', 'brings', 'brought', 'call', 'calls', 'called', 'enough', 'sufficient', 'insufficient', 'limited']);
const COMMUNITY = new Set(['academia', 'academic', 'academics', 'industry', 'researchers', 'research', 'community', 'communities', 'scholars', 'practitioners', 'people', 'public']);

/** Language models in the sentence or the title of an agent ("LLM agents", "a multi-agent LLM framework"). */
const LLM_AGENT = /\b(?:LLMs?|MLLMs?|LMMs?|LVLMs?|VLMs?|GPT[\w.-]*|(?:large |multimodal |vision[- ])?language models?)\b|\bagentic\b|\b(?:web|tool-using|software|coding|conversational|LLM-based) agents?\b|\bagent (?:tool|guardrails?)\b|\bprompt injection\b|\btool (?:selection|use|calls?|calling)\b|\bmulti-agent systems?\b/i;
/**
 * Models that reason in words: the language models and agents of LLM_AGENT, models by name, chains of thought and
 * step-by-step rationales, any agent, rewards, question answering, vision-language and multimodal models.
 */
const REASONING_MODELS = new RegExp(String.raw`\b(?:ChatGPT|Qwen[\w.-]*|LLaVA[\w.-]*|Gemini|Claude|DeepSeek[\w-]*|o1|chain[- ]of[- ]thought|CoT|step[- ]by[- ]step|rationales?|thinking|agents?|rewards?|question answering|VQA|QA|vision-language|multimodal|multi-modal)\b|` + LLM_AGENT.source, 'i');
/** Reward-trained agents stay reinforcement learning ("a deep Q-learning agent", "the agent's policy"). */
const RL_WORDS = /\b(?:q-?learning|polic(?:y|ies)|rewards?|markov decision|actor-critic)\b/i;
/** The cues of a microblogging platform's posts. */
const TWEET_CUES = new Set(['twitter', 'tweet', 'tweets', 'microblog*']);
/** Bots and accounts: a platform's users, not its texts. */
const ACCOUNT_WORDS = /\b(?:bots?|accounts?)\b/i;
/** A paper whose agents may learn from rewards or prompt language models: RL words, language models, AI agents
 * ("a multi-agent framework", "AI agents", "VBFDD-Agent"); without them an agent is a trader, a vehicle or a process. */
const LEARNING_AGENT = new RegExp(String.raw`\b(?:reinforcement|D?RL|q[- ]?learning|polic(?:y|ies)|rewards?|markov decision|MDPs?|actor-critic|bandits?|multi-?agents?|AI agents?|\w+-agents?|(?:take|takes|taking|took)\s+actions?)\b|` + LLM_AGENT.source, 'i');
function llmAgent(text: string, title: string): boolean {
  return !RL_WORDS.test(text) && (LLM_AGENT.test(text) || LLM_AGENT.test(title));
}
/** An accuracy reported as a measure: with a figure, named as the measure ("in terms of accuracy", "accuracy metric"),
 * beside another metric ("accuracy and image-level AUC"), in a comparison ("outperforms existing methods in accuracy"),
 * or in an experiments-show sentence (as the bundled corpus is annotated). */
const ACCURACY_BESIDE = 'F1|precision|recall|AUC|AUROC|AUPRC?|sensitivity|specificity';
/**
 * A result achieved in accuracy: "achieves high accuracy", "obtaining a detection accuracy", "reached ... accuracy" (not an
 * aim or others' past: "to achieve high detection accuracy", "have now achieved impressive accuracy", "the achievable
 * accuracy"; nor another task's accuracy: "segmentation accuracy", "forecasting accuracy").
 */
const ACCURACY_ACHIEVED = /(?<!\b(?:to|have|has|had|now)\s+)\b(?:achiev(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|attain(?:s|ed|ing)?|reach(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?(?<!(?:segmentation|reconstruction|forecasting|prediction|boundary|linking|localization)\s+)accura(?:cy|cies)\b/i;
/** A sentence that sets accuracy against something, credits others with it or praises it with no figure ("achieves state-of-the-art accuracy"). */
const ACCURACY_CONTRAST = /\b(?:(?:state-of-the-art|SOTA|leading)\s+accuracy|trade-?offs?|balance|although|however|existing|prior|previous|while|most|can achieve|challenging|generali[sz]\w*|speed and|efficiency and|and (?:speed|efficiency))\b/i;
/** Where accuracy is what methods fall short of, not a figure reported. */
const ACCURACY_SHORTFALL = /\b(?:struggl\w*|underperform\w*|suffer(?:s|ed|ing)?\s+from|limiting|trade-?offs?|without\s+(?:sacrificing|compromising))\b/i;
const ACCURACY_REPORTED = new RegExp(String.raw`\d(?:\.\d+)?\s?%|\d\.\d+|\b(?:in terms of|an accuracy of|metrics?|measured|top-?\d|(?:experiments|(?:experimental|empirical)\s+results)\b[^.;]{0,80}?\b(?:show(?:s|ed|n)?|demonstrat\w*)|(?:outperform\w*|surpass\w*|exceed\w*)\b[^.;]{0,60}?\bin\s+(?:terms\s+of\s+)?(?:both\s+)?accuracy|accuracy\s*(?:,|and|&)\s*(?:the\s+)?(?:[\w-]+\s+)?(?:${ACCURACY_BESIDE})|(?:${ACCURACY_BESIDE})(?:[- ]scores?)?\s*(?:,|and|&)\s*(?:\w+\s*,\s*)?(?:and\s+)?accuracy)\b`, 'i');
/** "the proposed method", "our proposed framework": the paper's own method. */
const PROPOSED_METHOD_WORDS = /\b(?:the|our) proposed (?:method|approach|framework|model|system|scheme|algorithm|technique|detector|network)s?\b/i;
/** A title with a word of evaluation: "Evaluating ...", "... Benchmark", "... Metrics", "A Comparative ...", "A Taxonomy of ...". */
const EVALUATION_WORD_TITLE = /\b(?:[Bb]enchmark\w*|[Ee]valuat\w*|[Mm]etrics?|[Cc]omparative|[Cc]omparison|[Tt]axonomy)\b/;
/** A title of a survey, a review or a tutorial ("...: A Survey", "A Review of ...", "An Overview of ..."). */
const SURVEY_TITLE = /\b(?:[Ss]urvey|[Rr]eview|[Tt]utorial)\b|\bAn? (?:Comprehensive |Systematic )?Overview\b/;
/** An abstract that says it is a survey or a review ("This survey ...", "we review ...", "a systematic literature review"). */
const SURVEY_WORDS = /\b(?:this|our|the present) (?:survey|review)\b|\bwe (?:survey|review)\b|\bsystematic (?:literature )?review\b|\b(?:provides?|presents?|offers?|conducts?) an? (?:[\w-]+ ){0,2}(?:survey|review|overview) of\b/i;
/** A sentence whose time-series cue is telemetry alone (no series, sequence or temporal word). */
const SYSTEM_TELEMETRY = /^(?![^]*\b(?:time[- ]series|temporal|sequences?|sensors?|signals?)\b)[^]*\btelemetry\b/i;
/** Words that say the data are series. */
const SERIES_WORDS = /\b(?:time[- ]series|multivariate series|series data|temporal sequences?)\b/i;
/** Domains that say what the data are more precisely than "natural images". */
/** A title on systems, agents, logs, code or processes: what a language model is applied to there is no text data. */
const LLM_ON_SYSTEMS = /\b(?:agents?|agentic|multi-agent|logs?|traces?|workflows?|systems?|(?<!neural )networks?|sensors?|HVAC|buildings?|code|contracts?|bugs?|compilers?|business process\w*|process (?:mining|behaviou?r|models?))\b/i;
/** The text domain's cues that name the field of language processing rather than text data. */
/** Language a title may be about even on a network or a system: spam, posts, hallucinations, prompts, clauses ... */
const TEXT_OBJECTS = /\b(?:spam|posts?|comments?|e-?mails?|messages|misinformation|fake news|rumou?rs?|hallucinat\w*|toxic\w*|jailbreak\w*|prompts?|quer(?:y|ies)|questions?|answers?|dialog\w*|conversation\w*|chat\w*|clauses?|legal|reviews?|news|texts?|textual|sentences?|documents?|reasoning|retrieval-augmented|RAG|social)\b/i;
/** A title naming a competition, not set first as a common noun ("Competition and Appraisal Inflation" is on markets). */
const COMPETITION_TITLE = /(?<!^)\b[Cc]ompetition\b/;
/** A team's entry to a competition: its place or its solution. */
const TEAM_ENTRY_TITLE = /\b(?:place|solution|ranked|winning|winner)\b/i;
/** A challenge's task or plan in a title beyond its head ("on DCASE 2023 Challenge Task 2: ...", "... Challenge Evaluation
 * Plan", "Task 3: ... Challenge"); a head naming a challenge is patterns.ts's isChallengeName. */
const CHALLENGE_TITLE = /\bChallenge\s+(?:(?:19|20)\d\d\s*)?(?:Task\s*\d|Evaluation Plan)|\bTask\s*\d+:[^:]*\bChallenge\b/;
/** The overview of a shared task or a competition: "Overview of the ... Task at PAN 2020", "Overview of the DAGPap22 Shared Task". */
const OVERVIEW_TITLE = /^Overview of the\b.*\b(?:Task|Tasks|Competition|Challenge|Cup|Track|Lab)\b/i;
/** Teams that took part in a shared task or a competition ("36 teams made official submissions", "participating teams"). */
const TEAMS_TOOK_PART = /\bparticipating teams\b|\bteams (?:participated|took part)\b|\b(?:\d+|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?) (?:registered |participating )?teams(?: and individuals)? (?:from|participated|registered|made|submitted|took part)\b|\battract\w* \d+ (?:participants|teams)\b|\bsubmissions from\b/i;
/** A team's own ranking among others: "ranked 7th among 974 teams". */
const AMONG_TEAMS = /\b(?:among|of|out of) (?:\d+|[a-z]+ty) (?:participating )?teams\b/i;
/** Supervised learning in a list of learning paradigms: "supervised, semi-supervised, and unsupervised", "unsupervised and supervised". */
const PARADIGM_LIST = /(?<![\w-])(?<!weakly |semi |self )(?:fully )?supervised,? (?:semi-supervised,? |weakly[- ]supervised,? |self-supervised,? )*and (?:semi-supervised|unsupervised|reinforcement|hybrid|deep|combined)|(?<![\w-])(?<!weakly |semi |self )(?:fully )?supervised, (?:semi[- ]supervised|unsupervised)|(?:unsupervised|semi-supervised),? and (?<![\w-])supervised\b/i;
/** Words of a sentence about others' work or the field's habits, not the paper's own ("existing", "however", "often"). */
const OTHERS_OR_HABIT = 'outperform|existing|previous|prior|current|however|although|while|traditional|often';
/** A list of paradigms that others' methods follow: beaten, compared, existing, or the field's habit. */
const PARADIGM_OTHERS = new RegExp(`${OTHERS_OR_HABIT}|surpass|better than|compared|baselines?|state-of-the-art|most of|suffer|numerous|approaches include|recent advances|validation ind`, 'i');
/** A pretrained network named beside transfer learning: "pre-trained", "ImageNet", "ResNet50", "VGG16", "BERT"; or a convolutional
 * network or a YOLO detector, which transfer learning carries over from their pretraining ("We train a deep CNN model through
 * transfer learning", "QC-Automator uses convolutional neural networks along with transfer learning"). */
const TRANSFER_PRETRAINED = /\bpre-?trained\b|\b(?:CNNs?|ConvNets?|convolutional|YOLO\w*|ImageNet|ResNet[\w-]*|VGG[\w-]*|Inception[\w-]*|GoogLeNet|MobileNet[\w-]*|EfficientNet[\w-]*|DenseNet[\w-]*|AlexNet|Xception|NASNet\w*|BERT|wav2vec[\w.]*)\b/i;
/** A transferred network read for its features, or transfer learning as the field's habit or others' work. */
const TRANSFER_NOT_TUNED = new RegExp(`\\bextract\\w*|\\bfeature extractors?\\b|${OTHERS_OR_HABIT}|common|literature|premise|inspir`, 'i');
/** Jailbreaking a language model: "jailbreak prompts", "jailbreak attacks", "jailbreaking". */
const JAILBREAK = /\bjailbreak(?:s|ing|ed)?\b/i;
/** Detection and classification of anomalies, written with commas or with an anomaly word (not "vehicle detection and classification"). */
const DETECT_AND_CLASSIFY = /\b(?:anomal\w*|abnormal\w*|defects?|faults?|failures?|attacks?|intrusions?|events?|accidents?)\s+detection,?\s+(?:locali[sz]ation,?\s+)?(?:and\s+)?classification\b|\bdetection,?\s+(?:locali[sz]ation,?\s+)?(?:and\s+)?classification(?:,?\s+and\s+[\w-]+)?\s+of\s+(?:\w+\s+)?(?:anomal\w*|abnormal\w*|defects?|faults?|failures?|attacks?|events?)\b/i;
/** What language processing is as a tool (after the cue). */
const NLP_AS_TOOL = new Set(['technique', 'techniques', 'method', 'methods', 'tool', 'tools', 'toolkit', 'ability', 'abilities', 'capability', 'capabilities', 'chatbot', 'chatbots', 'library', 'libraries', 'pipeline', 'approaches']);
const NLP_CUES = new Set(['natural language processing', 'nlp', 'nlu', 'nlg', 'language understanding', 'language generation', 'downstream language task*', 'language tasks']);
const NLP_FAME = /\b(?:revolutioni[sz]\w*|taken over|(?:demonstrated|shown|achieved|exhibit\w*)\s+(?:[\w-]+\s+){0,3}?(?:success\w*|potential|performance|capabilit\w*|effectiveness|results)|success(?:es)?\s+(?:of|in)|capabilit\w*\s+(?:of|in))\b/i;
/** What image classification is known for ("CNNs have shown remarkable performance in image classification", "tremendous
 * achievements in image classification and object detection"): language processing's praise, and words of the same kind. */
const VISION_FAME = new RegExp(`${NLP_FAME.source}|\\b(?:achievements?\\s+in|(?:excellent|remarkable|impressive|outstanding|great|tremendous)\\s+(?:[\\w-]+\\s+){0,2}?(?:performance|progress|success|results)|push(?:ed|es)?\\s+the\\s+state[- ]of[- ]the[- ]art)\\b`, 'i');
/** Kinds of imagery other than photographs of everyday scenes, said before "image classification" ("hyperspectral image
 * classification", "SAR image classification", "remote sensing image classification", "thermal image classification"). */
const OTHER_IMAGERY = new Set(['hyperspectral', 'multispectral', 'spectral', 'sar', 'radar', 'sonar', 'satellite', 'aerial', 'sensing', 'thermal', 'infrared', 'astronomical', 'galaxy', 'microscopy', 'microscopic']);
/** Natural-images cues that name a vision task rather than the images themselves. */
const VISION_TASK_CUES = new Set(['image classification', 'object recognition', 'image classifier*']);
/** Language processing as where a method or an analogy comes from: "As in NLP problems, the embeddings ...", "Transformer
 * models were first developed for Natural Language Processing (NLP)", "NLP-Inspired Representations". */
const NLP_ORIGIN = /\b(?:as in|like in|(?:first|originally|initially)\s+(?:developed|proposed|introduced|designed)\s+for)\s+(?:the\s+)?(?:field of\s+)?(?:NLP|natural language processing)\b|\bNLP[- ]inspired\b/i;
const LOG_WORDS = /\b(?:logs?|tracing|traces)\b/i;
/** Words between "averaging" and its figure ("averaging at 1.7%", "averaging about 3 s"). */
const ABOUT = new Set(['at', 'about', 'around', 'approximately', 'roughly', 'nearly', 'over', 'under', 'only', 'just']);
/** Words after "circumvents" that do not begin its object ("circumvents label scarcity via ...": a preposition ends it). */
const CIRCUMVENT_NOT_OBJECT = new Set(['via', 'by', 'with', 'through', 'using', 'and', 'or', 'to', 'in', 'for', 'of', 'on']);
/** Verbs of telling real from generated data apart. */
const TELL_APART = /\b(?:detect|distinguish|classif|discriminat(?!or)|separat|differentiat|identif|tell)\w*/i;
/** A GAN's training or a data mix, not a detector of generated data. */
const GAN_TRAINING = /\b(?:discriminators?|generators?|mix(?:es|ed|ing)?|combin\w*|augment\w*)\b/i;
/** A transfer across languages ("trained on English", "other / unseen / low-resource languages", "zero-shot"). */
const LANGUAGE_TRANSFER = /\b(?:transfer\w*|trained on English|(?:other|unseen|new|target|low-resource)\s+languages|zero-shot|cross-?lingual)\b/i;
/** Words of what an autoencoder is or does: a generative model, encoding, reconstructing, a latent space (memo: FacetCtx.autoencoderWords). */
const AUTOENCODER_WORDS = /auto-?encod|encoder|reconstruct|latent|generative/i;
/** A name that is an acronym alone: "AE", "VAEs". */
const ACRONYM_SURFACE = /^[A-Z]{2,5}s?$/;
/** Words of LiDAR scans and point clouds (memo: FacetCtx.pointWords). */
const POINT_WORDS = /\b(?:lidar|point[- ]clouds?)\b/i;
/** Words of a paper on machines (memo: FacetCtx.machineWords). */
const MACHINE_WORDS = /\b(?:machine\w*|bearings?|gear\w*|motors?|pumps?|turbines?|engines?|compressors?|spindles?|rotors?|rotating|mechanical|industrial|fault diagnosis)\b/i;
/** Cues of forgery, which only say generated content where the paper speaks of generation. */
const FORGERY_CUES = new Set(['forged image*', 'forgery detection', 'forgery locali*']);
/** Words of forged images (the forgery cues of synthetic-data-detection, read as words). */
const FORGERY_WORDS = /\b(?:image forger|forged images?\b|forgery detection|forgery locali)/i;
/** Words of generated or synthesised content. */
const GENERATED_CONTENT = /generat|deep-?fake|deep fake|\bGANs?\b|diffusion|\bAI-|synthes|AIGC|\bfake|\bfac(?:e|ial) (?:forg|swap|manipul|reenact)|FaceForensics|Celeb-?DF|\bDFDC\b|DeeperForensics/i;
/** Covert mining of cryptocurrency on others' machines. */
const CRYPTOJACKING = /\bcrypto-?jack\w*|\b(?:crypto|coin)-?min(?:ing|ers?)\b|\bmin(?:e|es|ing) (?:crypto-?currenc|monero)|\bcryptocurrency min(?:ing|ers?)\b/i;
/** Things X-rayed outside medicine: welds, castings, luggage and prohibited items, packaged goods, circuit boards, solder joints and ball grid arrays, batteries, test specimens, freeze-dried goods, cargo and containers, paintings, composites, threats in security images, meat. */
const XRAY_GOODS = /\b(?:weld\w*|castings?|tires?|tyres?|additive(?:ly)?[- ]manufactur\w*|3D[- ]printed|powder[- ]bed|baggage|luggage|parcels?|packaged|foreign objects?|security screening|aluminium|aluminum|pcbs?|printed circuit|circuit boards?|solder\w*|batter(?:y|ies)|semiconductor\w*|wafers?|prohibited items?|security inspection|specimens?|ball grid arrays?|freeze-dried|cargo|containers?|paintings?|artworks?|threat objects?|threats?|security images?|composites?|composite materials|concealed|contraband|meat|pork|poultry)\b/i;
const ULTRASOUND = /\bultraso\w*|\bsonograph\w*|\bechocardiog\w*/i;
/** What follows "embed" where it maps data to vectors: "... into a semantic space", "and analyze ... graphs". */
const EMBED_DATA = /^[^.;]{0,60}?\binto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:space|spaces|vectors?|representations?|embeddings?|manifold)\b|^\s+(?:\w+\s+){0,3}(?:graphs?|nodes?|edges?|events?|logs?|words?|tokens?|sentences?|items?|entities|users?|samples?|images?|patches|series|sequences?|inputs?|documents?|instances?|points?|trajectories|signals?|frames?|sessions?)\b/i;
/** The rest of a long form up to its acronym in parentheses, one phrase with no coordination, clause or naming verb in it. */
const LONG_FORM_RUNS_ON = /^(?![^(]*\b(?:and|or|that|which|who|called|named|termed|dubbed|namely)\b)[^,.;:()]*?[A-Za-z][^,.;:()]*?\(\s*([A-Za-z][\w-]*?)\s*(?:\)|,|\s(?:in|for) short)/;
/** An image generator that text prompts condition, anywhere in a paper: diffusion, text-to-image, inpainting. */
const IMAGE_GENERATOR_WORDS = /\b(?:diffusion|text-to-image|T2I|inpaint\w*)\b/i;
/** Vision-language models by name or kind: what makes a text prompt image-text matching. */
const VLM_WORDS = /\b(?:CLIP|vision[- ]language|VLMs?|LVLMs?|MLLMs?|multimodal large|multi-modal large)\b/i;
/** Words of attacks, intruders and threats: a paper about security. */
const SECURITY_THEME = /\b(?:insider|threats?|intrusions?|attacks?|attackers?|malicious|honeypots?|robots?|bots?|compromised|phishing|malware|cyber\w*)\b/i;
/** Vision-language cues that name only the text side: the technique only in a paper on images or video. */
const TEXT_SIDE_CUES = new Set(['text prompt*', 'text features', 'textual features', 'text guided', 'language guided']);
/** Words of money: a fraud paper that uses none is about reviews, accounts or bots, not finance. */
const MONEY_WORDS = /\b(?:financ\w*|transactions?|transactional|credit|bank\w*|payments?|money|monetary|insurance|loans?|lending|borrow\w*|trading|fintech|cryptocurrenc\w*|bitcoin|ethereum|blockchain|accounting|audit\w*|ledgers?|invoices?|cash|funds|tax|wire|card|alipay|paypal|wallets?)\b/i;
/** Images coordinated with another kind of data, or the standard image benchmarks. */
const IMAGE_DATA_KIND = /\b(?:image(?:\s*,\s*(?:tabular|text|textual|document|audio|graph|time[- ]series|video))*,?\s+(?:and|or)\s+(?:tabular|text|textual|document|audio|graph|time[- ]series|video)(?:\s+classification)?|(?:tabular|text|textual|document|audio|graph|time[- ]series|video)\s+(?:and|or)\s+image)\s+(?:datasets?|benchmarks?|data)\b|\bimage\s+data\s+and\s+(?:[\w-]+\s+){0,3}?(?:audio|tabular|text|time[- ]series)\s+data\b|\bstandard\s+image\s+(?:benchmark\s+)?(?:datasets?|benchmarks?)\b/i;
/** A capitalised word right after a name ("Mahalanobis Transform"), not a sentence's or a list's next item. */
const CAPITAL_WORD_AFTER = /^[ -‐](?:([A-Z][a-z]+)\b(?![-‐]?\d)|([A-Z]{2,}) \d)/;
/**
 * A capitalised word after a name that continues it into a longer name ("Mahalanobis Transform"), not a word of
 * title case ("CLIP For ..."), nor a part or kind the name is the model of ("CLIP Image Encoder", "DINO
 * Pretrained weights", "Whisper Large-v3", "a Mamba Backbone"). (Titles, written in title case, are not asked.)
 */
function capitalNameAfter(text: string, end: number): boolean {
  // (or a code and a number: "NIST SP 800-53" is a standard, no data)
  const m = CAPITAL_WORD_AFTER.exec(text.slice(end, end + 24));
  return m !== null && !NOT_NAME_CONTINUATION.has((m[1] ?? m[2]).toLowerCase());
}
const NOT_NAME_CONTINUATION = new Set([
  'for', 'with', 'in', 'to', 'on', 'of', 'and', 'or', 'at', 'by', 'from', 'as', 'via', 'using', 'based', 'meets', 'versus', 'is', 'are', 'can', 'does',
  'image', 'text', 'visual', 'vision', 'language', 'encoder', 'encoders', 'backbone', 'backbones', 'feature', 'features', 'model', 'models', 'large',
  'base', 'small', 'tiny', 'huge', 'giant', 'pretrained', 'weights', 'embeddings', 'embedding', 'tokens', 'prompt', 'prompts', 'adapter', 'adapters',
  'layers', 'layer', 'head', 'heads', 'network', 'networks', 'architecture', 'family', 'variants', 'series', 'version', 'checkpoint', 'checkpoints',
]);
const DATA_DOMAINS: Domain[] = ['industrial', 'medical', '3d', 'video', 'text', 'audio', 'time-series', 'tabular', 'computing-systems', 'astronomy', 'semiconductor', 'textile'];
/** "industrial, medical and natural images": natural images listed among the paper's data */
const LISTED_NATURAL = /\b(?:industrial|medical)\b[^.;]{0,40}(?:,|\band\b|\bor\b)\s+natural\b|\bnatural\s+(?:images?\s+)?(?:and|or)\s+(?:industrial|medical)\b/i;
const IMAGES = /\bimages?\b|\bimagery\b/i;
/** Industrial cues that name machines and their parts or industrial plants, not industry at large (as facets.json spells them: a test checks). */
export const MACHINE_CUES = new Set(['gearbox*', 'gear fault*', 'vibration signal*', 'machinery part*', 'machinery fault*', 'industrial machinery', 'rotating machine*', 'machine tool*', 'bearings', 'bearing fault*', 'bearing anomal*', 'rolling bearing*', 'wind turbine*',
  // industrial processes and plants (SCADA: their supervisory control, whose readers tag industrial beside security), and the
  // machines of sound data: their series are industrial data
  'tennessee eastman', 'industrial control system*', 'scada', 'supervisory control and data acquisition', 'industrial internet of things', 'machine types']);
/**
 * Industrial cues that name a production process or a plant's operation, not the field at large ("manufacturing
 * processes", "process monitoring", "welding", "nuclear power plants"): a time-series paper so cued reads a process's
 * sensor series, industrial data (unlike "across numerous industrial domains" or "real-world industrial datasets").
 */
const PROCESS_CUES = new Set(['manufacturing', 'process monitoring', 'statistical process monitoring', 'multivariate process monitoring',
  'industrial process', 'industrial processes', 'batch process', 'batch processes', 'chemical process', 'chemical processes', 'production line*',
  'machining', 'milling', 'welding', 'tool wear', 'chatter detection', 'machine monitoring', 'nuclear power', 'nuclear power plant*',
  'programmable logic controller*', 'induction motor*', 'electric motor*', 'electrical motor*', 'boiler feed pump*', 'centrifugal pump*',
  // (the series of metallurgical plants and of mines: furnaces, mills, casters, electrolytic cells, hoists and fans)
  'belt conveyor*', 'blast furnace*', 'ironmaking', 'steelmaking', 'steel plant*', 'steel mill*', 'steel industry', 'steel production', 'rolling mill*',
  'tandem mill*', 'continuous casting', 'aluminum electroly*', 'aluminium electroly*', 'aluminum smelt*', 'aluminium smelt*', 'electrolytic cell*',
  'grinding mill*', 'mine hoist*', 'mine fan*', 'mine shovel*', 'underground mine*',
  'chemical plant*', 'process plant*', 'process industr*', 'petrochemical*', 'distillation column*', 'catalytic crack*', 'stirred tank*', 'cstr', 'cstrs', 'oil well*', 'submersible pump*']);
/** A classification accuracy kept, lost or bounded, not reported: "while maintaining ... on known classes", "degrades". */
const ACCURACY_KEPT = /\b(?:maintain\w*|preserv\w*|retain\w*|without|harm\w*|degrad\w*|deteriorat\w*|drops?|loss|side effects?|limited|bound to|known|ID|in-distribution|balanc\w*|fail\w*|sacrific\w*|compromis\w*|recent advancements?)\b/i;
/** Words of 3D shape data (not volumes of medical imaging). */
/** A network named by its three-dimensional kernels ("3D ResNet", "Inflated 3D ConvNet", "C3D", "a 3D CNN", "3D U-Net"). */
const THREE_D_NETWORK = /\b(?:3D|3-D|three-dimensional)[- ](?:conv\w*|CNNs?|ResNe\w*|ConvNets?|(?:deep\s+)?neural\s+networks?|U-?Net\w*)\b|\b(?:C3D|I3D)\b(?!-)|\bConvolutional 3D\b/i;
const SHAPE_WORDS = /\b(?:point[- ]clouds?|meshe?s?|surface (?:meshes|models|reconstruction)|rgb-?d|depth (?:maps?|images?|data)|multi-view|3d shapes?|lidar)\b/i;
/** Data that are sequences, records or text, where "industrial" says where they come from. */
const NON_SPATIAL: Domain[] = ['time-series', 'finance', 'security', 'text', 'tabular', 'computing-systems'];
/** "embeddings from pre-trained models", "patch embeddings from normal images": embeddings taken from a network as the data the detector works on. */
const EMBEDDINGS_FROM = /\bembeddings\s+(?:extracted\s+|taken\s+|obtained\s+)?from\b/i;
/** Embeddings that are the technique even in a video or image paper ("a graph embedding of trajectories"). */
const OWN_EMBEDDING = /\b(?:graph|node|trajectory|word|entity|sentence|event|log)\s+embeddings?\b/i;
/** Domains whose data is spatial (images, shapes): where anomaly localization means a region. */
const SPATIAL_DOMAINS: Domain[] = ['industrial', 'medical', '3d', 'natural-images', 'video'];
/** Data where embeddings are a technique (in papers on images or video, "embedding" names the features). */
const NON_VISUAL: Domain[] = [...NON_SPATIAL, 'audio'];
/** the word after "retrieval" that makes it a means of the method ("retrieval-augmented"), not a retrieval task */
const RETRIEVAL_AS_MEANS = new Set(['augmented', 'augmentation', 'based', 'enhanced', 'guided']);
/** "applications such as ...", "in fields like ...": a list of motivations, not the paper's domain. */
const MOTIVATION = /\bcan be (?:applied|executed|used|extended|run)\s+(?:on|to)\b|\b(?:applications?|uses|domains|fields|sectors|industries|areas|scenarios|settings)\s*,?\s*(?:such as|like|including|spanning|e\.g\.)|(?<!\bdownstream\s|\bon\s)\btasks such as\b|\b(?:fields|sectors|industries|areas|applications)\s*,?\s*(?:[-–—]\s*)?(?:ranging\s+|spanning\s+)?from\b(?=[^.;]{1,140}\bto\b)|\b(?:domains|disciplines)\s*,?\s*(?:[-–—]\s*)?(?:ranging|spanning)\s+from\b(?=[^.;]{1,140}\bto\b)|\(e\.g\.|\bapplicable in\b/i;
/** "with practical applications in industrial inspection, video surveillance ...": motivation, outside the paper's own data. */
const APPLICATIONS_IN = /\bapplications?\s+in\b/i;
/** "to identify abnormal events such as fraud, security breaches ...": an example list ... */
const EXAMPLES = /\b(?:such as|e\.g\.|for example|for instance)\s/i;
/** The sentence's own passive verb of what its data are, after a list of examples: "... are modelled as", "is represented by". */
const EXAMPLES_END = /\s(?:are|is|were|was)\s+(?:then\s+|first\s+|jointly\s+)?(?:modell?ed|represented|treated|formulated|encoded|organi[sz]ed|transformed|converted|cast)\s+(?:as|by|into)\s/;
/** "patterns in log data that are crucial to assessing the security of systems": why the task matters ... */
// ("plays a vital role in surveillance, transportation, healthcare, ...": a list of three or more; not "plays an
// important role in modern security applications, such as ...": the paper's own field)
const IMPORTANCE = /\b(?:crucial|critical|vital|essential|important|central|key|(?:of\s+(?:great|vital|critical|significant|paramount)\s+)?importance)\s+(?:to|for|in)\b|\bunderpin(?:s|ned|ning)?\b|\bplay(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}roles?\s+in\b(?=[^.;,]{1,40},[^.;,]{1,40},)/i;
/** ... is the paper's own data only in a sentence about its experiments or its method. */
const OWN_DATA = /\b(?:we|our|this (?:paper|work|study)|datasets?|benchmarks?|experiments?|evaluat\w*)\b/i;

/** Rules whose candidate stands though its acronym was rejected as a part, task or prior work: it is named outright. */
const NAMES_OVER_REJECTION = new Set(['title-head', 'naming', 'head-appos', 'propose-list']);
/** ... or said to be the paper's own ("The proposed X", "X outperforms"), unless defined as a named part. */
const OWN_OVER_REJECTION = new Set(['result-subject', 'ours-proposed']);
/** A one-word camel-case name: "DeepWalk", "PatchCore", "ImageNet" (a lower-case run, then a capital and more). */
const CAMEL_NAME = /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z0-9]+)+$/;
/** A model's name of three letters or more and a version or size: "Llama-3.3", "ResNet-50", "EfficientNet-B2". */
const VERSIONED_MODEL = /^[A-Za-z]{3,}[^\s]*\d/;

export function compile(opts: ExtractorOptions): Compiled {
  const { lexicon, facets } = opts;
  const lex = new PhraseIndex<LexRef>();
  // (a known data set's name may head a variant: "TSB-AD-U", named as written by the lexicon pass)
  lex.variantOk = (v) => v.kind === 'dataset';
  // (a known method's words spelt in lower case before their acronym: "deep embedded clustering (DEC)")
  lex.spelledOutOk = (v) => v.kind === 'method';
  // "ZSAD", "LLMs", "T-S" match normalised; plain capitalised words ("Code", "Extensive") only as spelt,
  // so that they do not block a real acronym that normalises the same ("CoDE").
  const isWord = (n: string) => /^[A-Z][a-z]+$/.test(n);
  const stopNames = new Set<string>(facets.genericNames.filter((n) => !isWord(n)).map(normKey));
  const generic = new Set<string>(stopNames);
  const genericExact = new Set<string>(facets.genericNames.filter(isWord));
  const addEntry = (kind: LexKind, entry: LexRef['entry']) => {
    const amb = new Set((('ambiguous' in entry && entry.ambiguous) || []).map((a) => a));
    const forms = [entry.name, ...(entry.aliases ?? [])];
    for (const f of forms) {
      const isAmb = amb.has(f);
      // ("deepwalk embeddings", "patchcore": a one-word camel-case name written in lower case is still the name,
      // as one word and where the lower-case spelling is no English word; "clip" is still not CLIP)
      // ("llama3.3", "qwen2.5", "resnet50": a model's versioned name as code and model hubs write it, one word in lower case)
      const lowerOneWord = kind !== 'generic' && !isAmb && ((CAMEL_NAME.test(f) && !isKnownWord(f.toLowerCase())) || (kind === 'model' && VERSIONED_MODEL.test(f)));
      lex.add(f, { kind, entry, ambiguous: isAmb }, isAmb, lowerOneWord);
      if (kind === 'generic') lex.add(f.toLowerCase(), { kind, entry, ambiguous: false }, false);
    }
    for (const a of amb) if (!forms.includes(a)) lex.add(a, { kind, entry, ambiguous: true }, true);
  };
  for (const e of lexicon.datasets) addEntry('dataset', e);
  for (const e of lexicon.methods) addEntry('method', e);
  for (const e of lexicon.models) addEntry('model', e);
  for (const e of lexicon.generic) {
    addEntry('generic', e);
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      const k = normKey(f);
      generic.add(k);
      // ("Variational Autoencoders", "K-Nearest Neighbor", "k-nearest neighbour": a generic phrase's other number and its
      // other spelling of "neighbour" are the same algorithm; not an acronym's, whose plural the aliases list)
      if (!/[\s-]/.test(f)) continue;
      for (const v of [k, k.endsWith('s') ? k.slice(0, -1) : `${k}s`]) {
        generic.add(v);
        generic.add(v.includes('neighbour') ? v.replace(/neighbour/g, 'neighbor') : v.replace(/neighbor/g, 'neighbour'));
      }
    }
  }
  const cues: Cue[] = [];
  const group = (rec: Record<string, string[]>, allowed: readonly string[] | null, file: string, g: number, into: Cue[] = cues) => {
    for (const [tag, list] of Object.entries(rec)) {
      if (allowed && !allowed.includes(tag)) throw new Error(`facets.json: ${file}: '${tag}' is not in the vocabulary`);
      for (const c of list) into.push(parseCue(c, tag, g));
    }
  };
  group(facets.domains, DOMAINS, 'domains', G_DOMAIN);
  group(facets.settings, SETTINGS, 'settings', G_SETTING);
  group(facets.techniques, TECHNIQUES, 'techniques', G_TECHNIQUE);
  group(facets.metrics, METRICS, 'metrics', G_METRIC);
  group(facets.looseMetrics ?? {}, METRICS, 'looseMetrics', G_METRIC);
  const titleCues: Cue[] = [];
  group(facets.titleDomains ?? {}, DOMAINS, 'titleDomains', G_DOMAIN, titleCues);
  const families = facets.modelFamilies ?? [];
  const modelFamily = families.length
    ? new RegExp(String.raw`^(?:${families.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]?')).join('|')})(?:[-‐ ]?(?:v?\d[\w.]*|[A-Z]{1,2}(?:\/\d+)?|${MODEL_SIZE_WORDS}))+$`)
    : undefined;
  const cueSet = new CueSet(cues);
  const titleCueSet = new CueSet(titleCues);
  const familyStarts = new Set(families.map((f) => f.toLowerCase().split(/[^a-z0-9]+/)[0]));
  return {
    lex,
    generic,
    stopNames,
    genericExact,
    vocab: {
      generic,
      stop: stopNames,
      genericExact,
      taskHeads: new Set(facets.taskHeads),
      partHeads: new Set(facets.partHeads),
      methodHeads: new Set(facets.methodHeads),
      datasetHeads: new Set(facets.datasetHeads),
      isKnownWord,
      isLexiconName: (name: string) => (lex.lookup(name) ?? []).some((f) => f.value.kind !== 'generic'),
      isLexiconMethod: (name: string) => (lex.lookup(name) ?? []).some((f) => f.value.kind === 'method' && !f.value.ambiguous),
      isLexiconModel: (name: string) => (lex.lookup(name) ?? []).some((f) => f.value.kind === 'model' && (!f.value.ambiguous || f.form === name)),
      isLexiconDataset: (name: string) => (lex.lookup(name) ?? []).some((f) => f.value.kind === 'dataset' && !f.value.ambiguous),
      sameLexiconMethod: (acronym: string, longForm: string) => {
        const own = new Set((lex.lookup(acronym) ?? []).filter((f) => f.value.kind === 'method' && (!f.value.ambiguous || f.form === acronym)).map((f) => f.value.entry));
        return own.size > 0 && (lex.lookup(longForm) ?? []).some((f) => f.value.kind === 'method' && own.has(f.value.entry));
      },
    },
    cues: cueSet,
    titleCues: titleCueSet,
    looseMetricCues: new Set(Object.values(facets.looseMetrics ?? {}).flat()),
    negators: new Set(facets.negators),
    priorWork: new RegExp(`^(?:${(facets.priorWorkStarts ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})\\b`, 'i'),
    modelFamily,
    familyStarts,
    familyNames: new Set(families.filter((f) => !f.includes(' '))),
    words: new WordTable((t, id, w) => {
      t.flags[id] = wordFlags(w);
      t.gates[id] = wordGates(w);
      t.cues[id] = cueSet.candidates(w);
      t.titleCues[id] = titleCueSet.candidates(w);
      t.bits[id] = (lex.startsWith(w) ? 1 : 0) | (familyStarts.has(w) || /^[a-z]+\d/.test(w) ? 2 : 0);
    }),
  };
}

interface SentTokens {
  s: Sentence;
  tokens: Token[];
  /** wordHash of each token. */
  hashes: number[];
  cues: (CueCandidates | null)[];
  /** The title's own cues that may start at each token (the title only). */
  titleCues: (CueCandidates | null)[] | undefined;
  starts: boolean[];
  family: boolean;
}

/** A web link: "https://...", "www...", "github.com/...". */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|ai|edu)\/\S*/g;
/** A task word right after a name: " Detection", " segmentation". */
const TASK_WORD_AFTER = /^\s+(?:[Dd]etection|[Ss]egmentation|[Cc]lassification|[Ll]ocali[sz]ation|[Rr]ecognition)\b/;
/** A sentence linking code the paper builds on or compares with, not its own. */
const OTHERS_CODE = /\b(?:based on|built (?:up)?on|builds (?:up)?on|adapted from|borrow\w*|fork\w*|third-party)\b/i;
/** ... and, in a sentence without "our", official or reproduced code, or baselines' ("Code to reproduce our results" is the paper's). */
const OTHERS_CODE_NOT_OURS = /\b(?:official|reproduc\w*|original implementation|baselines?)\b/i;
/** A code repository's name: github.com/owner/NAME, owner.github.io/.../NAME. */
const REPOSITORY = /\bgithub\.com\/[\w.-]+\/([\w.-]+)|\b[\w-]+\.github\.io\/(?:[\w.-]+\/)*([\w.-]+)/g;

/** Two or more plain capitalised words, none coined: "Retail Shelf Anomalies", "Watermark-Free Provenance". */
const PLAIN_TITLE_WORDS = /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)+$/;

/** Plain words (an acronym may open them) ending on the noun of a field or an activity: "Image Forensics", "Systematic
 * Serendipity", "Energy-Aware Pattern Disentanglement", "Deepfake Geography" (not "-ing": "Learning", "Hashing" head methods). */
const ACTIVITY_HEAD = /^(?:[A-Z]{2,5}|[A-Z][a-z]+)(?:-[A-Za-z][a-z]+)*(?:\s+[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*)*\s+[A-Za-z][a-z]*(?:ics|ity|ment|graphy)$/;
/** A capitalised word of lower-case letters right before a name, inside a sentence (not its first word). */
const TITLE_WORD_BEFORE = /\S\s+[A-Z][a-z]{3,}\s$/;
/** A capitalised noun right before, no adjective's ending: "under the Tower " (not "via Bidirectional "). */
const TITLE_NOUN_BEFORE = new RegExp(String.raw`\S\s+[A-Z][a-z]{3,}(?<!${ADJECTIVE_ENDINGS})\s$`);
/** A capitalised word right before a known long form: it may be the start of a longer one ("Graph Deviation Networks"). */
const LONGER_BEFORE = /(?:^|\s)([A-Z][A-Za-z-]*)\s$/;

export function extractWith(c: Compiled, paper: Paper): PaperEntities {
  // matching reads the cleaned text; evidence quotes the sentence as written (a substring of the paper)
  // (a title past the longest sentence read whole goes on as sentences of its own: splitTitle)
  const [title, ...titleRest] = splitTitle(paper.title).map(withClean);
  const abstractSents = [...titleRest, ...splitSentences(paper.abstract ?? '', 1 + titleRest.length).map(withClean)];
  const sents: SentTokens[] = [title, ...abstractSents].map((s, si) => {
    const hashes: number[] = [];
    const tokens = tokenize(s.text, hashes);
    // one memo lookup per word gives everything the passes need about it
    const n = tokens.length;
    const cues = new Array<CueCandidates | null>(n);
    const starts = new Array<boolean>(n);
    let flags = s.text.includes('(') ? T_PAREN : 0;
    let gates = 0;
    let bits = 0;
    const words = c.words;
    const titleCues = si === 0 ? new Array<CueCandidates | null>(n) : undefined;
    for (let i = 0; i < n; i++) {
      const id = words.id(tokens[i].lower, hashes[i]);
      const b = words.bits[id];
      cues[i] = words.cues[id];
      if (titleCues) titleCues[i] = words.titleCues[id];
      starts[i] = (b & 1) !== 0;
      flags |= words.flags[id];
      gates |= words.gates[id];
      bits |= b;
    }
    const family = (bits & 2) !== 0;
    s.flags = flags;
    s.gates = gates;
    return { s, tokens, hashes, cues, titleCues, starts, family };
  });

  const ents: Ent[] = [];
  const byKey = new Map<string, Ent>();
  const genericTechniques: { tag: string; s: Sentence; tokens: Token[]; surface: string; from: number; to: number; start: number }[] = [];
  /** Spans of named models and datasets: a cue inside a name ("Time-MoE", CLIP's long form) is not a facet. */
  const nameSpans = new Map<Sentence, [number, number][]>();

  const register = (e: Ent, name: string) => {
    const k = entKey(name);
    if (k && !byKey.has(k)) byKey.set(k, e);
  };
  const mention = (e: Ent, surface: string, s: Sentence) => {
    e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
    if (!e.seen.includes(s)) e.seen.push(s);
    register(e, surface);
  };

  // Acronyms this paper defines with a long form, read once:
  //  - definedHere: all of them, with their definitions; a family variant the paper defines (CLIP-VV) is its own name
  //  - definedParts: parts of its method (long form or next word is a part head: "... Module (DAGM)")
  //  - definedOtherwise: long form not a generic algorithm's ("knowledge-driven (KD)" is not KD)
  //  - longFormSpans: long forms of specific names ("Non-Parametric Transformers (NPTs)")
  //  - nameSpans: long forms of named models and datasets ("contrastive language-image pre-training (CLIP)")
  const definedHere = new Map<string, AcronymDef>();
  const nonMetric = new Set<string>();
  const definedParts = new Set<string>();
  const definedOtherwise = new Set<string>();
  /** Acronyms the paper defines as data ("... (RIAD), a comprehensive IAD dataset"), with their long forms. */
  const definedData = new Map<string, string>();
  const longFormSpans = new Map<Sentence, [number, number][]>();
  const lexSpans = new Map<Sentence, [number, number][]>();
  const pc: PaperPass = {
    ents, byKey, order: 0, register, mention, nameSpans, lexSpans, definedHere, nonMetric, definedParts, definedOtherwise, definedData,
    longFormSpans, knownLongForms: new Map(), genericTechniques, abstract: abstractSents, methodSpans: new Map(), dataSpans: new Map(), modelSpans: new Map(), otherSpans: new Map(),
    ownLosses: [], partProposals: [],
  };
  for (const { s, tokens } of sents) {
    if ((s.flags ?? 0) & T_PAREN) readDefinitions(c, pc, s, tokens);
  }

  // ---- 2. lexicon
  // "LafitE: Latent Diffusion Model with Feature Editing ...": the title spells out its own name; a
  // lexicon name inside that expansion ("Latent Diffusion Model") is not mentioned by the title
  const ownExpansion = titleExpansion(title.text);
  for (const st of sents) lexiconPass(c, pc, st, title, ownExpansion);

  // "The Web of Science (WoS) was ... We assess metadata quality in OpenAlex and WoS": an acronym the paper defines for a
  // name the lexicon knows is that name wherever the paper writes it (not an acronym the generic list has, nor one the
  // lexicon has unless as an ambiguous spelling: "WOS", Wuppertal Obstacle Sequences)
  for (const [ak, d] of definedHere) {
    if (d.reversed || !d.longForm || byKey.has(ak) || c.generic.has(ak) || c.stopNames.has(ak) || c.lex.lookup(d.acronym)?.some((f) => !f.value.ambiguous)) continue;
    const e = byKey.get(entKey(d.longForm));
    if (!e?.lex || !e.surfaces.has(d.longForm)) continue;
    register(e, d.acronym);
    const word = new RegExp(String.raw`(?<![\w-])${escapeRegExp(d.acronym)}(?![\w-])`);
    for (const { s } of sents) if (s !== title && !e.seen.includes(s) && word.test(s.text)) mention(e, d.acronym, s);
  }
  // model variants of known families not in the lexicon (ResNet-50, ViT-B/16, Qwen2.5-VL-7B)
  if (c.modelFamily) {
    for (const { s, tokens, family } of sents) {
      if (!family) continue;
      for (const m of s.text.matchAll(VARIANT)) {
        const surf = m[0].trim();
        if (!c.modelFamily.test(surf) || byKey.has(entKey(surf))) continue;
        // (nor the start of a name a plus goes on: "CLIP-FSAC++" is the paper's method, no CLIP variant)
        if (s.text.charCodeAt((m.index ?? 0) + m[0].length) === 0x2b) continue;
        // "the CLIP visual encoder with V-V attention (CLIP-VV)": a name the paper defines is its own
        if (definedHere.has(normKey(surf))) continue;
        // a longer spelling of a name the lexicon already matched here ("Qwen2.5-VL-7B") is that name
        const a = m.index ?? 0, b = a + m[0].length;
        if ((lexSpans.get(s) ?? []).some(([x, y]) => x < b && a < y)) continue;
        const e = newEnt('model', s, 0.7, pc.order++);
        ents.push(e);
        mention(e, surf, s);
      }
      // a bare family name used as one network: "on the DenseNet", "a CIFAR-10 pre-trained WideResNet"
      // (or listed with other named models: "LLMs such as GPT, Claude, and Gemini", "across LLaMA, GPT, Gemini")
      for (let i = 1; i < tokens.length; i++) {
        const surf = tokens[i].text;
        if (!c.familyNames.has(surf)) continue;
        const bare = BARE_BEFORE.has(tokens[i - 1].lower);
        // (a bare name the lexicon knows is the lexicon pass's to take or leave)
        const unknown = !c.lex.lookup(surf)?.length;
        const k = normKey(surf);
        const listed = !bare && unknown && listedWithModel(pc, s, tokens, i);
        const kinded = !bare && !listed && unknown && familyWithKind(s.text, tokens[i], definedHere.get(k));
        if (!bare && !listed && !kinded) continue;
        // (nor a version written after it: "YOLO-v8", "YOLO v5", "the Llama 3 and GPT-4 models")
        if (/^(?:[-‐ ]?\d|[-‐ ][vV]\d)/.test(s.text.slice(tokens[i].end, tokens[i].end + 3))) continue;
        if ((c.stopNames.has(k) && !listed && !kinded) || byKey.has(k)) continue;
        const e = newEnt('model', s, 0.65, pc.order++);
        ents.push(e);
        mention(e, surf, s);
      }
    }
  }
  // "URLBERT and SecBERT are respectively utilized to extract their semantic features", "a multilingual EuroBERT": a coined
  // name ending in BERT the lexicon lacks is a pretrained language model, unless the paper names it as its own (the title
  // gives it, or a proposal or naming sentence does: "we propose ... a model, named WADBERT")
  for (const { s } of sents) {
    // (not where names are compared or given as examples: "log templates such as ZeepLog and ZogBERT" are methods)
    if (s === title || ((s.gates ?? -1) & G_BERT) === 0 || !s.text.includes('BERT') || COMPARED_OR_EXAMPLES.test(s.text)) continue;
    for (const m of s.text.matchAll(CODED_BERT)) {
      const k = normKey(m[1]);
      if (byKey.has(k) || definedHere.has(k) || title.text.includes(m[1]) || sents.some((o) => o.s.text.includes(m[1]) && OWN_NAMING_BEFORE.test(o.s.text.slice(0, o.s.text.indexOf(m[1]))))) continue;
      const e = newEnt('model', s, 0.65, pc.order++);
      ents.push(e);
      mention(e, m[1], s);
    }
  }

  // ---- 3. patterns
  const { candidates, rejectedAcronyms, topics } = findCandidates({
    title,
    sentences: abstractSents,
    vocab: c.vocab,
  });
  // "this work evaluates SSIM Autoencoder, CFLOW, STFPM, RDOCE, and DRAEM": the unknown names of a list of known methods
  // ("on UCF-Crime, UCSD-Peds, UMN, and CityScene": of known data sets, data sets)
  // ("vision models such as ResNet-18, MobileNet-V3, SuffleNet-V2, Convnext-Tiny": of known models, models)
  // (first: a list of known models makes its unknown items models, whatever kind a comparison gave them)
  const peers: Candidate[] = [];
  const kinds = [[pc.methodSpans, 'method'], [pc.dataSpans, 'dataset'], [pc.modelSpans, 'model']] as const;
  for (const [spansOf, kind] of kinds) {
    for (const [s, spans] of spansOf) {
      // (one known data set or method is enough to read its list's other names as its kind, in a list of two too: "on
      // ILGAD, Anomaly-ShapeNet, and IEC3D", "PharmKG-8k, DiseaseKG, and DiaKG", "on Spider and BIRD", "the MK-MMSD and CDAN
      // are employed"; models keep two in a list of three: a list with one known model mixes kinds)
      const minKnown = kind === 'model' ? 2 : 1;
      if (spans.length < minKnown || s === title) continue;
      const others = [...(pc.otherSpans.get(s) ?? [])];
      for (const [o, k] of kinds) if (k !== kind) others.push(...(o.get(s) ?? []));
      for (const surface of listPeers(s.text, spans, others, minKnown, kind === 'dataset')) {
        peers.push({ surface, kind, own: false, confidence: 0.6, sentence: s, rule: 'list-peer', shape: 'strong' });
      }
    }
  }
  // ("the ASVspoof 2021 LA and DF datasets", "ASVspoof 2021 LA, DF, and In-the-Wild": a track's code beside its name's other track)
  const walked = [...candidates, ...peers];
  resolveTrackCodes(walked, walked);
  // (never the paper's own names: "VigilFormer ..., UCF-Crime, and XD-Violence" keeps the title's method)
  if (peers.length) {
    const ownKeys = new Set(candidates.filter((x) => x.own).map((x) => normKey(x.surface)));
    // (nor a generic architecture in the list: "DeepLog, LogAnomaly, CNN-LSTM and 1D-CNN")
    // (nor words joined to a generic one, in data: "datasets such as OCTA MRI and ISIC AD")
    const keptPeers = peers.filter((x) => !ownKeys.has(normKey(x.surface)) &&
      !(/[-‐]/.test(x.surface) && x.surface.split(/[-‐]/).every((p) => c.generic.has(normKey(p)) || /^\d+D$/i.test(p))) &&
      !(x.kind === 'dataset' && x.surface.includes(' ') && x.surface.split(/\s+/).some((w) => c.generic.has(normKey(w)))));
    candidates.unshift(...keptPeers.filter((x) => x.kind === 'model'));
    candidates.push(...keptPeers.filter((x) => x.kind !== 'model'));
  }
  // "Retail Shelf Anomalies: Detecting Misplaced Products ..." under an abstract that proposes ShelfMatch: a title head of
  // plain capitalised words that the abstract never writes is the paper's topic when the abstract names its own method
  const head = candidates.findIndex((x) => x.rule === 'title-head' && x.kind === 'method' && x.shape === 'phrase');
  // ("Image Forensics: Detecting duplication ...", "Deepfake Geography: Detecting AI-Generated ...", "Election forensics:
  // Using ...": a head of plain words ending on a field's noun that the abstract never writes, in any case, is the topic too)
  if (head >= 0) {
    const surface = candidates[head].surface;
    const lower = surface.toLowerCase();
    if (!abstractSents.some((a) => a.text.includes(surface)) &&
      ((PLAIN_TITLE_WORDS.test(surface) && candidates.some((x) => x.own && x.kind === 'method' && x.shape === 'strong' && x.sentence !== title)) ||
      // ("Ocean Port Congestion Indicators - A Machine Learning Approach" and "... to calculate the Port Congestion Indicators
      // (PCIs)": a head that holds what the abstract spells out as the title's topic, no name of the paper's, is that topic)
      (PLAIN_TITLE_WORDS.test(surface) && topics.some((t) => lower.includes(t))) ||
      (ACTIVITY_HEAD.test(surface) && !abstractSents.some((a) => a.text.toLowerCase().includes(lower))))) candidates.splice(head, 1);
  }
  // ("Results show that the GRU-SVM model performs ...": a combination of acronyms the paper reports, its own only where
  // it proposes nothing else)
  const composites = candidates.filter((x) => x.rule === 'composite-own');
  if (composites.length) for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].rule === 'composite-own') candidates.splice(i, 1);
  const created: Ent[] = [];
  for (const cand of candidates) takeCandidate(c, pc, cand, candidates, rejectedAcronyms, created, title);
  // ("on the Farmland and River datasets", "in AIOpsLab and ITBench (two SRE benchmark suites)": a data set the patterns found
  // makes its list's other names data sets too, as a lexicon's data set does above)
  const patternData = created.filter((e) => e.kind === 'dataset' && !e.lex);
  if (patternData.length) {
    const added: Candidate[] = [];
    for (const s of abstractSents) {
      const known = [...(pc.dataSpans.get(s) ?? [])];
      const before = known.length;
      for (const e of patternData) {
        if (!e.seen.includes(s)) continue;
        for (const surf of e.surfaces.keys()) {
          const at = s.text.indexOf(surf);
          if (at >= 0 && !known.some(([a, b]) => a < at + surf.length && at < b)) known.push([at, at + surf.length]);
        }
      }
      if (known.length === before) continue;
      const others = [...(pc.otherSpans.get(s) ?? []), ...(pc.methodSpans.get(s) ?? []), ...(pc.modelSpans.get(s) ?? [])];
      for (const e of ents) {
        if (e.kind === 'dataset' || !e.seen.includes(s)) continue;
        for (const surf of e.surfaces.keys()) {
          const at = s.text.indexOf(surf);
          if (at >= 0) others.push([at, at + surf.length]);
        }
      }
      for (const surface of listPeers(s.text, known, others, 1, true)) {
        if (pc.byKey.has(entKey(surface)) || surface.split(/\s+/).some((w) => c.generic.has(normKey(w)))) continue;
        // (not a list the word of another kind ends: "the test sets of QuuxAD and ZorbNet models")
        const at = s.text.indexOf(surface);
        if (/^\)?\s+(?:models|networks|architectures|backbones|methods|algorithms|detectors|baselines|tools|systems)\b/.test(s.text.slice(at + surface.length))) continue;
        added.push({ surface, kind: 'dataset', own: false, confidence: 0.6, sentence: s, rule: 'list-peer', shape: 'strong' });
      }
    }
    for (const cand of added) takeCandidate(c, pc, cand, added, rejectedAcronyms, created, title);
  }
  // ("we propose replacing SoftMax loss with a novel loss function ... The proposed IsoMax loss", "by proposing a novel loss,
  // namely Hierarchical Cosine Loss": a named loss is the paper's method when it proposes nothing else)
  if (pc.ownLosses.length && !ents.some((e) => e.own && e.kind === 'method')) {
    pc.takingLosses = true;
    for (const cand of pc.ownLosses) takeCandidate(c, pc, cand, candidates, rejectedAcronyms, created, title);
  }
  // ("Photovoltaic faults are costly. Next, an MSCNet model is proposed to extract ...": a step's proposal is a part of
  // the paper's method where it has one, the method itself where it proposes nothing else)
  if (pc.partProposals.length && !ents.some((e) => e.own && e.kind === 'method')) {
    for (const e of pc.partProposals) if (e.kind === 'method' && !e.lex) e.own = true;
  }
  if (composites.length && !ents.some((e) => e.own && e.kind === 'method')) {
    // (not a name another rule has read already, someone's: "compared to the CNN-RNN-CTC model")
    for (const cand of composites) if (!pc.byKey.has(entKey(cand.surface))) takeCandidate(c, pc, cand, candidates, rejectedAcronyms, created, title);
  }
  // "we propose a chaotic variational autoencoder (C-VAE)", "compared with the transfer-learning cascade neural network
  // (TL-CNN) method": an acronym spelt out as a method (its long form's head a network, model, algorithm ..., or the word
  // after its parenthesis one: "a ... federated transfer (DSHFT) scheme") that no rule above claims is a method's name, the
  // paper's own where it says so or where the title spells it (on the dev pool: 92 right, 2 wrong, and about 420 the gold
  // leaves to `ignore`, most of them parts of a paper's method; the word after: 33 right, 0 wrong, about 80 more in `ignore`)
  // (not the letters of a generic algorithm, nor a name the lexicon knows, nor a kind in the plural, "Binarized Neural
  // Networks (BNNs)", nor two letters, "Standard Model (SM)"; not a part of the paper's own method: "Then we propose the
  // Mutual Scoring Mechanism (MSM)", "Next, an Object Matching Model (OMM) is proposed" once the paper has a method: an own
  // name, or one in a sentence isComponentSentence reads as a step of the method)
  const hasOwnMethod = () => ents.some((x) => x.own && x.kind === 'method');
  for (const s of [title, ...abstractSents]) {
    if (!((s.flags ?? 0) & T_PAREN)) continue;
    for (const d of acronymDefs(s.text)) {
      if (d.reversed || d.longForm === undefined || /[A-Z0-9]s$/.test(d.acronym) || d.acronym.replace(/[^A-Za-z0-9]/g, '').length < 3) continue;
      const lf = d.longForm;
      // (two words at least: "decision trees (TREE)" spells no name)
      if (!(SPELT_METHOD_HEADS.has(/([A-Za-z]+)$/.exec(lf)?.[1].toLowerCase() ?? '') || SPELT_METHOD_AFTER.test(d.after)) || NOT_A_METHOD_SPELT.test(lf) || !/\S[\s‐-]+\S/.test(lf)) continue;
      const ka = normKey(d.acronym);
      const kl = normKey(lf);
      if (!ka || !kl || byKey.has(ka) || byKey.has(kl) || c.generic.has(ka) || c.generic.has(kl) || c.generic.has(kl.replace(/s$/, '')) ||
        c.genericExact.has(d.acronym) || c.lex.lookup(d.acronym) || c.lex.lookup(lf)) continue;
      const own = SPELT_OWN_BEFORE.test(s.text.slice(0, d.start)) || s === title || (!hasOwnMethod() && SPELT_OWN_AFTER.test(s.text.slice(d.end)));
      if ((own || isComponentSentence(s.text)) && hasOwnMethod()) continue;
      const e = newEnt('method', s, 0.5, pc.order++);
      // (one the title spells is the paper's too: "Index Based Hidden Outlier Detection ..." ... "we exploit a candidate set
      // based hidden outlier detection (HOD) algorithm"; dev pool: 12 more right of the paper's own, 4 wrong)
      e.own = own || normKey(title.text).includes(kl);
      ents.push(e);
      created.push(e);
      mention(e, d.acronym, s);
      e.longForms.add(lf);
      register(e, lf);
    }
  }
  // every mention of the new names, for counts and evidence
  if (created.length) {
    const dyn = new PhraseIndex<Ent>();
    for (const e of created) {
      for (const sf of e.surfaces.keys()) dyn.add(sf, e);
      for (const lf of e.longForms) dyn.add(lf, e);
    }
    for (const { s, tokens, hashes } of sents) {
      for (const h of dyn.scan(s.text, tokens, undefined, hashes)) {
        // (the "+" or "++" after a mention says which of two names it is: "SoftPatch and SoftPatch+")
        const plus = plusRunAt(s.text, h);
        const form = h.forms.find((f) => plusRun(f.form) === plus);
        if (!form) continue;
        const e = form.value;
        const surface = h.surface.endsWith('+') ? h.surface : h.surface + plus;
        if (!e.seen.includes(s)) e.seen.push(s);
        if (!e.longForms.has(surface)) e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
      }
    }
  }

  // "The code is available at https://github.com/RuiyingLu/HVQ-Trans": the paper's own repository names its own
  // method, even one the lexicon knows (on 104 held-out sets a repository named like a gold entity named the
  // paper's proposed method 232 times, its dataset 27 times, a method it only mentions never)
  // (not a repository the paper builds on: "Our implementation is based on https://github.com/x/UniAD"; and only
  // when the paper has no other method of its own: a fork keeps the upstream name)
  for (const { s } of sents) {
    if (!((s.flags ?? 0) & L_RELEASE) || !s.text.includes('github') || OTHERS_CODE.test(s.text) || (!/\bour\b/i.test(s.text) && OTHERS_CODE_NOT_OURS.test(s.text))) continue;
    for (const m of s.text.matchAll(REPOSITORY)) {
      const e = byKey.get(entKey((m[1] ?? m[2]).replace(/(?:\.git)?\.*$/, '')));
      if (e && e.kind === 'method' && !e.own && !ents.some((x) => x !== e && x.own && x.kind === 'method')) e.own = true;
    }
  }

  // ---- 4. output entities
  // "BraTS 2019 ... on BraTS": a bare name beside its named editions is one of them, not another dataset
  // (not a variant: "MVTec-FS" is built from MVTec AD, which the paper also names)
  const editions = ents.filter((x) => x.edition !== undefined && !x.variant);
  if (editions.length) {
    const folded = new Set<Ent>();
    for (const ed of editions) {
      const bare = ents.find((x) => x.edition === undefined && x.lex !== undefined && x.lex.entry === ed.lex?.entry && !folded.has(x));
      if (!bare) continue;
      folded.add(bare);
      for (const s of bare.seen) if (!ed.seen.includes(s)) ed.seen.push(s);
      if (bare.order < ed.order) ed.order = bare.order;
    }
    // (every bare mention of a dataset that has editions goes, not only the first edition's)
    for (let i = ents.length - 1; i >= 0; i--) {
      const x = ents[i];
      if (folded.has(x) || (x.edition === undefined && x.lex !== undefined && editions.some((ed) => ed.lex?.entry === x.lex?.entry))) ents.splice(i, 1);
    }
  }
  // "Fine-Grained DINO Tuning for ..." over an abstract on DINOv2: a family's bare name, only in the title, is the version
  // the abstract names
  for (let i = ents.length - 1; i >= 0; i--) {
    const x = ents[i];
    if (x.kind !== 'model' || x.seen.some((s) => s !== title)) continue;
    const bare = [...x.surfaces.keys()].map((n) => n.toLowerCase());
    const versioned = (y: Ent) => [...y.surfaces.keys()].some((n) => bare.some((b) => n.toLowerCase().startsWith(b) && VERSION_AFTER.test(n.slice(b.length))));
    if (ents.some((y) => y !== x && y.kind === 'model' && y.seen.some((s) => s !== title) && versioned(y))) ents.splice(i, 1);
  }
  // "a novel framework namely Graph-Jigsaw Conditioned Diffusion Model for Skeleton-based Video Anomaly Detection (GiCiSAD)",
  // "a novel method, named Multi-scale Temporal Network trained with ... Learning (MTN-KMIL)": a found proposal's name that
  // runs on without a break into the long form of a proposed acronym with its first letter is that long form's start, no
  // second name (not a known name, nor one coordinated with the long form: "Table-BERT and Latent Program Algorithm (LPA)")
  for (let i = ents.length - 1; i >= 0; i--) {
    const a = ents[i];
    if (a.kind !== 'method' || !a.own || a.lex || a.surfaces.size !== 1) continue;
    const [surface] = a.surfaces.keys();
    const at = a.evidence.text.indexOf(surface);
    const m = at < 0 ? null : LONG_FORM_RUNS_ON.exec(a.evidence.text.slice(at + surface.length, at + surface.length + 160));
    if (!m || m[1].charAt(0).toLowerCase() !== surface.charAt(0).toLowerCase()) continue;
    const acronym = normKey(m[1]);
    if (ents.some((b) => b !== a && b.kind === 'method' && b.own && [...b.surfaces.keys()].some((n) => normKey(n) === acronym))) ents.splice(i, 1);
  }
  ents.sort((a, b) => a.order - b.order);
  const methods_proposed: EntityMention[] = [];
  const methods_mentioned: EntityMention[] = [];
  const datasets: DatasetMention[] = [];
  const models: EntityMention[] = [];
  const techniqueFromEntities: { tag: string; s: Sentence; conf: number; general?: boolean }[] = [];
  const domainFromEntities: { tag: string; s: Sentence; conf: number }[] = [];
  const metricFromEntities: { tag: string; s: Sentence; conf: number }[] = [];
  const seenNames = new Set<string>();
  const o: OutputLists = { seenNames, methods_proposed, methods_mentioned, datasets, models, techniqueFromEntities, domainFromEntities, metricFromEntities };
  for (const e of ents) outputEntity(c, e, o);

  // ---- 5. facets
  const domains = new FacetAcc<Domain>();
  const settings = new FacetAcc<Setting>();
  const techniques = new FacetAcc<Technique>();
  const metrics = new FacetAcc<Metric>();
  const modalitySents: Sentence[] = [];
  const fctx: FacetCtx = { title, domains, settings, techniques, metrics, modalitySents, nameSpans, longFormSpans, nonMetric, sents, visual: undefined, definedHere, proposed: methods_proposed };
  for (const st of sents) sentenceFacets(c, st, fctx);
  // "industrial control systems", "modern industrial applications" in a time-series paper: where the series
  // come from, not industrial inspection data (a paper on an industrial dataset keeps the tag)
  // (likewise "a real-world industrial dataset" of transactions in a fraud paper: data from industry)
  // (not the signals of machines themselves: "wind turbine main bearings", "rotating machinery")
  // (nor the series of a production process or a plant: "sensor data of manufacturing lines", "arc welding", "fault detection
  // in nuclear power plants": in a time-series paper these are industrial data)
  if (NON_SPATIAL.some((d) => domains.has(d)) && domains.has('industrial') && !domainFromEntities.some((d) => d.tag === 'industrial') && !fctx.machines &&
    !(fctx.processes && domains.has('time-series')) &&
    !SPATIAL_DOMAINS.some((d) => d !== 'industrial' && domains.has(d))) domains.delete('industrial');
  // "anomalies in natural images" in a paper on industrial, medical or video data, a teacher "pretrained on
  // natural images": natural images as the field or the pretraining source, not the paper's data (a natural
  // image dataset the paper uses keeps the tag)
  if (domains.has('natural-images') && !domainFromEntities.some((d) => d.tag === 'natural-images') &&
    (['industrial', 'medical', 'video'] as Domain[]).some((d) => domains.has(d) || domainFromEntities.some((x) => x.tag === d)) &&
    !LISTED_NATURAL.test(domains.get('natural-images')!.evidence)) domains.delete('natural-images');
  // "3D brain MRI", "volumetric CT", "a 3D GAN" in a medical paper: volumes of medical imaging, not 3D shape data
  // (a paper on point clouds, meshes or surfaces of anatomy keeps the tag, as does a 3D dataset it uses)
  if (domains.has('3d') && domains.has('medical') && !domains.has('industrial') && !domainFromEntities.some((d) => d.tag === '3d') && !anySentence(sents, SHAPE_WORDS)) domains.delete('3d');
  // ("3D ResNet with Ranking Loss Function for Abnormal Activity Detection", "The C3D (Convolutional 3D) neural network is used
  // for feature extraction", "A 3D U-Net Deep Learning Model"): a network whose kernels span time or depth, not 3D shape data
  // (a paper on point clouds, meshes or depth keeps the tag, as does a 3D dataset it uses; dev pool: 5 tags fewer wrong, none fewer right)
  if (domains.has('3d') && !domainFromEntities.some((d) => d.tag === '3d') && domains.sources('3d').every((i) => THREE_D_NETWORK.test(sents[i]?.s.text ?? '')) && !anySentence(sents, SHAPE_WORDS)) domains.delete('3d');
  // "telemetry data (e.g., logs, traces, and metrics)" of a cloud or HPC system: the system's monitoring data, not time
  // series as the paper's data (a spacecraft's telemetry keeps the tag, as does a time-series dataset the paper uses)
  // (unless the paper also says its data are series: "We model these multivariate time series with ...")
  // (likewise the telemetry of a network or a host in a security paper: "unlabeled network telemetry data", "Malicious domain
  // detection from DNS telemetry", "a telemetry-driven behavioral anomaly detection firewall"; dev pool: 14 tags fewer wrong,
  // none fewer right)
  if (domains.has('time-series') && (domains.has('computing-systems') || domains.has('security')) && SYSTEM_TELEMETRY.test(domains.get('time-series')!.evidence) && !anySentence(sents, SERIES_WORDS)) domains.delete('time-series');
  // "evaluated on Celeb-DF-v2, DFDC, FFIW" by a detector of forged face images that never speaks of video:
  // frames of the video dataset are its images
  const framesAsImages = settings.has('synthetic-data-detection') && !anySentence(sents, VIDEO_WORDS) && !anySentence(sents, CLIP_WORD);
  for (const d of domainFromEntities) domains.add((framesAsImages && d.tag === 'video' ? 'natural-images' : d.tag) as Domain, d.s, d.conf);
  // "identify and localize abnormal patterns" in a time series or a log: where in the sequence, which is the
  // detection itself; anomaly localization is spatial, in images or shapes
  // (unless the paper names the task in so many words, in its title or a sentence: "Multivariate Time Series Anomaly
  // Localization", "to enable anomaly localization, we propose ...", or places failures or leaks in a network: "soft-failure
  // localization in optical networks", "Leak Localization in Water Distribution Networks", "Localization of Node Failures";
  // not root-cause or fault localization in software, which the readers tag one way as often as the other: dev pool +13/-10)
  // (industrial data of machines or plants in such a paper are series too: "industrial control systems")
  if (settings.has('anomaly-localization') && (domains.has('time-series') || domains.has('computing-systems')) &&
    !SPATIAL_DOMAINS.some((d) => domains.has(d) && !(d === 'industrial' && fctx.machines)) && !anySentence(sents, ANOMALY_LOCALIZATION)) settings.delete('anomaly-localization');
  // ("Urban Change Detection for Multispectral Earth Observation", "Tiny Object Detection in Aerial Images", "Segment Any
  // Change": changes or objects located in a paper that speaks of nothing anomalous, no defect, fault, attack, error or
  // lesion, are no anomalies localized)
  if (settings.has('anomaly-localization') && !anySentence(sents, ANOMALOUS_WORDS)) settings.delete('anomaly-localization');
  // ("Multi-channel, multi-template event reconstruction for SuperCDMS data", "photogrammetric reconstructions of the
  // tower", "reconstruct past in-orbit breakups": rebuilding events, shapes or histories in a paper that speaks of nothing
  // anomalous, and of no model that reconstructs its input, is no reconstruction-based detection; dev pool: 28 tags
  // fewer wrong, 7 fewer right)
  if (techniques.has('reconstruction') && !anySentence(sents, ANOMALOUS_WORDS) && !anySentence(sents, RECONSTRUCTING_MODEL)) techniques.delete('reconstruction');
  // ("SeisLM: a Foundation Model for Seismic Waveforms", "Towards Generalisable Foundation Models for Brain MRI": a paper
  // that builds a foundation model, not one whose features a detector puts to use)
  if (techniques.has('foundation-model-features') && FOUNDATION_MODEL_TITLE.test(title.text) && !DETECTION_TITLE.test(title.text) && !ANOMALY_TITLE.test(title.text)) techniques.delete('foundation-model-features');
  // "video, image, text and audio modalities": image and text are the data's kinds when listed as
  // modalities, or when nothing more specific (medical, industrial ...) is said ("five image modalities")
  const noDomain = domains.size() === 0;
  for (const modalityAt of modalitySents) {
    const none = noDomain;
    const toks = tokenize(modalityAt.text);
    const text = modalityAt.text;
    const listed = (i: number) =>
      (i > 0 && (/,/.test(text.slice(toks[i - 1].end, toks[i].start)) || /^(?:and|or)$/.test(toks[i - 1].lower))) ||
      (i + 1 < toks.length && (/,/.test(text.slice(toks[i].end, toks[i + 1].start)) || /^(?:and|or)$/.test(toks[i + 1].lower)));
    // "dermatoscopic images, and histopathology images": a kind of images, not the image modality itself
    const modified = (i: number) => i > 0 && text.slice(toks[i - 1].end, toks[i].start) === ' ' && !/^(?:and|or)$/.test(toks[i - 1].lower);
    // "image and text encoders", "visual and text embeddings": the parts of a model, not the data's kinds
    const ofModel = (i: number) => {
      let j = i + 1;
      while (j < toks.length && MODALITY_WORDS.has(toks[j].lower)) j++;
      return j < toks.length && MODEL_PARTS.has(toks[j].lower);
    };
    toks.forEach((t, i) => {
      if (!none && (!listed(i) || modified(i))) return;
      if ((t.lower === 'image' || t.lower === 'images' || t.lower === 'text') && ofModel(i)) return;
      if (t.lower === 'image' || t.lower === 'images') domains.add('natural-images', modalityAt, 0.7);
      if (t.lower === 'text') domains.add('text', modalityAt, 0.7);
    });
  }
  // "LLMs such as GPT, Claude, Gemini" in a paper on text alone: a natively multimodal model used on text is a language model
  let onText: boolean | undefined;
  for (const t of techniqueFromEntities) {
    if (!(TECHNIQUES as readonly string[]).includes(t.tag)) continue;
    if (t.tag === 'multimodal-llm' && t.general && (onText ??= !(fctx.visual ??= anySentence(sents, VISUAL_WORDS)) && !anySentence(sents, MULTIMODAL_WORDS))) techniques.add('llm', t.s, t.conf);
    else techniques.add(t.tag as Technique, t.s, t.conf);
  }
  // ("ICLAD: In-Context Learning for Unified Tabular Anomaly Detection", "a Transformer model pretrained to perform
  // in-context learning on fresh tabular classification problems": a pretrained model that predicts from examples in its
  // context, not one whose features a detector puts to use (a named one too: TabPFN); dev pool: 9 tags fewer wrong, none fewer right)
  if (techniques.has('foundation-model-features') && sents.some((x) => x.s.text.includes('ontext') && IN_CONTEXT_LEARNING.test(x.s.text))) techniques.delete('foundation-model-features');
  for (const g of genericTechniques) {
    if (!(TECHNIQUES as readonly string[]).includes(g.tag)) continue;
    // "a transformer", "transformers": a one-word common noun names a backbone, not a technique the paper
    // states; the name as a name ("Transformer-based", "LOF") or a technique's phrase ("isolation forest") does
    if (g.surface === g.surface.toLowerCase() && !/[\s-]/.test(g.surface)) continue;
    // "knowledge-driven (KD)": an acronym the paper defines otherwise is not the generic algorithm
    if (definedOtherwise.has(normKey(g.surface))) continue;
    // "Non-Parametric Transformers (NPTs)": a word of a specific name's long form is not the generic algorithm
    if (longFormSpans.get(g.s)?.some(([a, b]) => g.from >= a && g.to <= b)) continue;
    // "Inspired by the success of contrastive learning, ...": the idea's source
    const gFlags = g.s.flags ?? -1;
    const insp = inspiredClause(g.s.text, gFlags);
    if (insp && g.start >= insp.index && g.start < insp.index + insp[0].length) continue;
    // "Compared to Isolation Forest and PCA, two popular algorithms, we ...", "outperforms LOF": a baseline's technique
    if (COMPARED_BEFORE.test(g.s.text.slice(Math.max(0, g.start - 60), g.start)) || comparedList(g.s.text, g.start, gFlags)) continue;
    // ("improving over AnoDDPM and a VAE baseline")
    if (comparedBaseline(g.s.text, g.tokens, g.from, g.to) || comparedKind(g.s.text, g.tokens, g.from, g.to)) continue;
    // "More recent methods that use contrastive learning ... also face high costs": prior work's technique
    // (prior work opening the sentence, not "Unlike existing methods, the proposed X uses contrastive learning")
    if (g.s.index > 0 && PRIOR_OPENING.test(g.s.text) && !OWN_WORDS.test(g.s.text)) continue;
    // "trained with non-contrastive learning"
    if (/\bnon[-‐\s]$/i.test(g.s.text.slice(Math.max(0, g.start - 4), g.start))) continue;
    // "AE signals" (acoustic emission), "AE narratives" (adverse events), "ISO/SAE 21434", "monitor COVID-19 vaccine VAEs": an
    // autoencoder's acronym of another sense, in a paper with no word of generative models, encoding, reconstruction or a
    // latent space (a title's "VAE-based" names it)
    if (g.tag === 'autoencoder' && g.s !== title && ACRONYM_SURFACE.test(g.surface) && !(fctx.autoencoderWords ??= anySentence(sents, AUTOENCODER_WORDS))) continue;
    // "a multivariate Gaussian noise generation module": noise drawn from a distribution, no density model
    if (g.tag === 'density-estimation' && /^\s*noise\b/i.test(g.s.text.slice(g.start + g.surface.length))) continue;
    // "does not use graph neural networks", "Unlike isolation forest, ...": a technique named only to set it aside
    if (negated(g.s.text, g.tokens, g.from, TRUE_NEGATORS, false)) continue;
    techniques.add(g.tag as Technique, g.s, 0.8);
  }
  for (const m of metricFromEntities) metrics.add(m.tag, m.s, m.conf);
  // "Benchmarking X", "How Far Are We?", "An Empirical Study of X": the title says the paper evaluates
  // ("Examining X", "Revisiting X", "Rethinking X", as a question title, only where the abstract proposes nothing:
  // "Rethinking Unsupervised Outlier Detection via Multiple Thresholding ... we propose ...")
  // ("X Methods Benchmark in Text Classification": a title that is a benchmark, with no method of its own;
  // "Can LLMs Serve As Time Series Anomaly Detectors?": a question the paper answers by evaluating)
  if (EVALUATION_TITLE.test(title.text) || STUDY_NOUN_TITLE.test(title.text) ||
    ((EVALUATING_TITLE.test(title.text) || ((title.text.includes('?') || (STUDY_TITLE.test(title.text) && abstractSents.some((x) => STUDY_WORDS.test(x.text)))) && !abstractSents.some((x) => ABSTRACT_PROPOSES.test(x.text))) || STUDY_SUBTITLE.test(title.text) || (BENCHMARK_TITLE.test(title.text) && !NOT_BENCHMARK_TITLE.test(title.text))) && !methods_proposed.length)) {
    settings.add('evaluation', title, 0.75);
  }
  // "SVDD Challenge 2024: ...", "ESDD 2026: ... Challenge Evaluation Plan", "... on DCASE 2023 Challenge Task 2": a
  // challenge's own paper evaluates the entries, unless it proposes a method of its own
  // ("ICDAR 2021 Competition on On-Line Signature Verification", "The iWildCam 2020 Competition Dataset", "Review of the
  // Fingerprint Liveness Detection (LivDet) competition series": a competition's own paper evaluates its entries, not a
  // team's placed solution to one, "... 8th Place Solution for Kaggle's ... Competition"; dev pool: 11 tags more right, none more wrong)
  if (!methods_proposed.length && (CHALLENGE_TITLE.test(title.text) || isChallengeName(titleHead(title.text)?.name ?? '') ||
    (COMPETITION_TITLE.test(title.text) && !TEAM_ENTRY_TITLE.test(title.text)))) settings.add('evaluation', title, 0.7);
  // "Overview of the Style Change Detection Task at PAN 2020", "... attracted 127 teams from more than 15 countries",
  // "Participating teams from ten institutions submitted ...": the overview of a shared task or a competition evaluates
  // the teams' systems (not a team's own entry: "our solution ranked 7th among 974 teams")
  else if (OVERVIEW_TITLE.test(title.text)) settings.add('evaluation', title, 0.7);
  // (a cheap word test first: every paper's sentences pass here)
  else {
    const teams = abstractSents.find((x) => ((x.gates ?? -1) & G_TEAMS) !== 0 && (x.text.includes('eams') || x.text.includes('articipants') || x.text.includes('ubmissions from')) &&
      TEAMS_TOOK_PART.test(x.text) && !AMONG_TEAMS.test(x.text));
    if (teams) settings.add('evaluation', teams, 0.7);
  }
  // "Few-Shot Anomaly Image Generation", "Realistic Defect Generation", "Pseudo Anomalies ...: Diffusion-Based
  // Generation": a title about making anomalies is an anomaly-generation paper that synthesises anomalies
  if (ANOMALY_GENERATION_TITLE.test(title.text) && !settings.has('synthetic-data-detection')) {
    settings.add('anomaly-generation', title, 0.7);
    techniques.add('synthetic-anomalies', title, 0.7);
  }
  // "... with Unified Neighborhood Prompts", "Hybrid Prompt Regularization", "Prior Normality Prompt Transformer":
  // prompts in the title are the method's (not an image given as a prompt, prompt generation or strategies)
  if (TITLE_PROMPT.test(title.text) && !IMAGE_PROMPT.test(title.text)) techniques.add('prompt-learning', title, 0.7);
  // a paper whose contribution is a benchmark (it introduces one, proposes no method, and its title says benchmark) is an
  // evaluation (not a data set alone: "The MVTec 3D-AD Dataset for Unsupervised 3D Anomaly Detection and Localization")
  // (or a benchmarking framework the paper proposes: "We introduce TraceBench, a simulation-based framework ...")
  const introducedBench = datasets.find((d) => d.role === 'introduced' && /Bench(?:mark)?\b/.test(d.name)) ??
    methods_proposed.find((m) => /\wBench$/.test(m.name));
  // (a "...Bench" the paper releases beside its method is an evaluation too: "we propose VAU-Bench, the first ...")
  // (or a benchmark the title names by its head, beside a baseline the paper proposes: "ADNet: A Large-Scale ...
  // Benchmark for ..." with "we propose Dinomaly-m")
  const titleBench = /^[^:]{2,40}:\s+(?:an?\s+)?(?:[\w-]+\s+){0,6}Benchmark\b/.test(title.text) && datasets.some((d) => d.role === 'introduced' && title.text.startsWith(d.name));
  if (introducedBench || titleBench || (!methods_proposed.length && datasets.some((d) => d.role === 'introduced') && (/\bbenchmarks?\b/i.test(title.text) &&
    !/\band\s+(?:an?\s+)?(?:method|model|framework|approach|baseline)\b/i.test(title.text)))) {
    settings.add('evaluation', introducedBench ? { text: introducedBench.evidence, start: 0, index: -1 } : title, 0.7);
  }
  // "patch embeddings", "text embeddings of the prompts", "a feature embedding space": in a paper on images
  // or video, embeddings are the features every method has, not the embedding technique annotators tag
  // (node, word, log or sound embeddings in graph, text, log and audio papers are)
  // (and so are embeddings the paper takes from a network: "informative embeddings from foundational models")
  if (techniques.has('embedding') && SPATIAL_DOMAINS.some((d) => domains.has(d)) && !NON_VISUAL.some((d) => domains.has(d)) &&
    !OWN_EMBEDDING.test(techniques.get('embedding')!.evidence) && !anySentence(sents, EMBEDDINGS_FROM)) techniques.delete('embedding');
  // "The rapid advancement of GANs and diffusion models has enabled realistic synthetic images": in a paper
  // that detects generated content, the generators are what it detects, not a technique it uses (unless the
  // title names it, or the paper says it uses one: "we leverage pre-trained diffusion models to reconstruct")
  if (settings.has('synthetic-data-detection') && techniques.has('diffusion')) {
    const ev = techniques.get('diffusion')!.evidence;
    if (ev !== title.text && !DIFFUSION_USED.test(ev)) techniques.delete('diffusion');
  }
  // a paper about language models with no other data domain is about text, unless the models work on
  // images too (an LLM that writes labels for CLIP is no text data), or on graphs (an LLM that enriches a
  // graph's nodes for a GNN: the data is the graph)
  // (nor a title on graphs or on multi-modal data: "... Edge Detection for Dynamic Graphs using LLMs")
  // (nor one that applies the models to systems, not to language: "Fault Detection in 5G Core Networks Using
  // LLMs", "LLM-based Anomaly Detection in ECU Logs", "Detecting Silent Failures in Multi-Agent AI", "Business
  // Processes Using LLMs": the data is the system's, which the paper may not name in the guideline's words)
  // ("L4: Diagnosing Large-scale LLM Training Failures", "Fail-slow Problems in LLM Training Cluster", "GPU clusters used for
  // training large language models"): the language models are the workload of the systems the paper keeps running, not a
  // technique it uses
  if (techniques.has('llm') && anySentence(sents, LLM_TRAINING_SYSTEMS)) techniques.delete('llm');
  if (techniques.has('llm') && domains.size() === 0 && !techniques.has('vision-language') && !techniques.has('multimodal-llm') &&
    !techniques.has('graph-neural-network') && !/\bgraphs?\b|\bmulti-?modal\b/i.test(title.text) && !(LLM_ON_SYSTEMS.test(title.text) && !TEXT_OBJECTS.test(title.text))) {
    const t = techniques.get('llm')!;
    domains.add('text', { text: t.evidence, start: 0, index: -1 }, 0.6);
  }

  // "detecting jailbreak prompts", "jailbreak attacks on LLMs": attacks written in language, on language models, are
  // text data (beside the security the cue gives), unless the paper's data are sounds
  if (!domains.has('text') && !domains.has('audio') && techniques.has('llm')) {
    const ev = sents.find(({ s }) => JAILBREAK.test(s.text));
    if (ev) domains.add('text', ev.s, 0.6);
  }
  // "on a range of image and tabular datasets", "both image and document datasets", "standard image benchmark
  // datasets": images named as one kind of the evaluation data are natural images, where no more specific
  // image domain (industrial, medical ...) is said
  if (!domains.has('natural-images') && !(['industrial', 'medical', 'video', '3d', 'semiconductor', 'astronomy', 'textile'] as Domain[]).some((d) => domains.has(d))) {
    // (every match holds the word "image": a sentence without its literal bit cannot match)
    const ev = sents.find(({ s }) => ((s.flags ?? 0) & L_IMAGE) !== 0 && IMAGE_DATA_KIND.test(s.text));
    if (ev) domains.add('natural-images', ev.s, 0.65);
  }
  // language processing named only in praise of language models is the paper's data where it names no other
  if (fctx.praisedText && domains.size() === 0) domains.add('text', fctx.praisedText, 0.6);
  // a paper on telling fake, generated or forged images from real ones, or on OOD / open-set recognition
  // of images) that names no more specific data: its data are natural images
  if (!domains.has('natural-images') && !DATA_DOMAINS.some((d) => domains.has(d)) &&
    (settings.has('synthetic-data-detection') || settings.has('ood-detection') || settings.has('open-set') || sents.some(({ s }) => FORGERY_WORDS.test(s.text)))) {
    // (not from a motivation list: "superior performance in challenging tasks such as image classification")
    // (IMAGES needs "image" too)
    const ev = sents.find(({ s }) => ((s.flags ?? 0) & L_IMAGE) !== 0 && IMAGES.test(s.text) && !/\b(?:unlike|compared (?:to|with))\b/i.test(s.text) && !/\bgraphs?\b|\bmolecul/i.test(s.text) &&
      !(s.index > 0 && MOTIVATION.test(s.text)));
    if (ev) domains.add('natural-images', ev.s, 0.65);
  }
  // ("Misconfigurations of cloud services are regularly followed by downtimes, breaches, and financial losses", "Anomalies in
  // oil production wells can cause significant financial impacts": what the problem costs; the paper's data are financial
  // only where a sentence says more of finance than its losses)
  // (not the losses of markets or money itself: "Extreme financial losses are central to market risk management", "Rug pull
  // scams have emerged as a persistent threat to cryptocurrency, causing significant financial losses")
  // (or what else it costs, gains or risks: "financial and emotional harm", "reaping high financial rewards", "shilling attacks
  // ... because of financial reasons", "a huge impact financially and operationally"; dev pool: 17 tags fewer wrong, 1 fewer right)
  if (domains.has('finance') && domains.sources('finance').every((i) => FINANCIAL_CONSEQUENCE.test(sents[i].s.text) && !MONEY_ITSELF.test(sents[i].s.text))) domains.delete('finance');
  // ("Experiments on a large-scale industrial dataset demonstrate ..." of a fraud-detection graph, "public and industrial
  // datasets" of web services): data from a company, not from industry's machines and products (a paper that speaks of
  // products, defects, machines, sensors or images keeps it)
  if (domains.has('industrial') && domains.sources('industrial').every((i) => INDUSTRY_DATA.test(sents[i]?.s.text ?? '')) && !anySentence(sents, FACTORY_WORDS)) domains.delete('industrial');
  // ("successful application to such areas as computer vision and natural language processing", "Unlike natural language
  // process (NLP) and computer vision (CV), ..."): the fields named side by side, where methods come from, not the paper's
  // text data
  if (domains.has('text') && domains.sources('text').every((i) => FIELDS_NAMED.test(sents[i]?.s.text ?? '') && NLP_FIELD.test(sents[i]?.s.text ?? ''))) domains.delete('text');
  // ("Click Fraud Detection in Mobile Advertising", "SIMBox bypass fraud in cellular networks", "view fraud in video portals"):
  // fraud on clicks, views or calls is abuse of a platform, not financial data, however much money it costs advertisers
  // (unless the paper speaks of money itself: payments, transactions, banks, credit ...)
  // ("Detection of Fraudulent Sellers in Online Marketplaces", "Supply Chain Fraud Prediction", "a major type of retail fraud ...
  // known as sweethearting"): fraud against shops, marketplaces or supply chains is retail abuse, not financial data
  // (unless the paper speaks of money itself: payments, credit, banks, trading, invoices, finance, fraudulent transactions ...;
  // dev pool: 10 tags fewer wrong, none fewer right)
  if (domains.has('finance') && anySentence(sents, RETAIL_PLACES) && !anySentence(sents, MONEY_MATTERS)) domains.delete('finance');
  if (domains.has('finance') && anySentence(sents, PLATFORM_FRAUD) && !anySentence(sents, MONEY_ITSELF) && !anySentence(sents, TRANSACTIONS)) domains.delete('finance');
  // ("a mean Average Precision (mAP) of 96.8% at IoU 0.5", "mAP at IoU thresholds 0.5-0.95": the overlap a detection needs
  // to count for average precision, not the IoU metric)
  if (metrics.has('IoU') && metrics.sources('IoU').every((i) => AP_AT_IOU.test(sents[i].s.text))) metrics.delete('IoU');
  // ("identifies complex failure modes, such as latency anomalies", "key metric distributions such as latency tails", "delays
  // in receiving the labels of training examples (verification latency)", "the inherent challenges of latency, scalability, and
  // concept drift"): latency as what the data measure or as a problem named, not a latency the paper reports (dev pool: 9 tags
  // fewer wrong, none fewer right)
  if (metrics.has('latency') && metrics.sources('latency').every((i) => LATENCY_NOT_REPORTED.test(sents[i]?.s.text ?? ''))) metrics.delete('latency');
  // ("Our demonstration video is hosted at https://youtu.be/...", "Supplementary video: https://..."): a video shown with
  // the paper, not video data
  // (not data released there: "The 1,500 annotated dashcam videos are publicly available at https://...")
  if (domains.has('video') && domains.sources('video').every((i) => i > 0 && LINKED.test(sents[i].s.text) && !VIDEO_DATA_WORDS.test(sents[i].s.text))) domains.delete('video');
  // ("Abnormality Classification for Video Capsule Endoscopy", "polyps from colonoscopy video sequences"): the frames of an
  // endoscope are medical images, read one by one (a paper that models time across them keeps the tag: "Temporal-Spatial
  // Self-correction ... for Colonoscopy Video Detection"; dev pool: 7 tags fewer wrong, none fewer right)
  if (domains.has('video') && domains.has('medical') && domains.sources('video').every((i) => ENDOSCOPY.test(sents[i]?.s.text ?? '')) && !anySentence(sents, ACROSS_FRAMES)) domains.delete('video');
  // ("Business Process Event Log Anomaly Detection based on Statistical Leverage", "event-log anomalies ... of the automated
  // process discovery"): the event log of a business process records the work of an organisation, not a computer system's
  // (a sentence on the software, servers or networks that run it keeps the tag; dev pool: 8 tags fewer wrong, 1 fewer right)
  // ("Keystroke dynamics systems on free-text data", "keystroke data ... of tweet-long sequences of variable transcript text"):
  // what a keystroke paper learns from is the timing of the keys, not the text typed (a paper that also classifies the texts
  // keeps the tag: "through a combination of keystroke detection and synthetic text classification"; dev pool: 10 tags fewer
  // wrong, none fewer right)
  // ("Distributed Optical Fiber Acoustic Sensing", "repurposing submarine telecommunication cables as large-scale acoustic sensor
  // arrays"): a fibre's strain read as a signal along its length, not sound recorded (dev pool: 7 tags fewer wrong, none fewer
  // right)
  if (domains.has('audio') && domains.sources('audio').every((i) => FIBER_ACOUSTIC.test(sents[i]?.s.text ?? '') || DAS_ACRONYM.test(sents[i]?.s.text ?? ''))) domains.delete('audio');
  if (domains.has('text') && anySentence(sents, KEYSTROKES) && domains.sources('text').every((i) => !TEXT_CLASSIFIED.test(sents[i]?.s.text ?? ''))) domains.delete('text');
  if (domains.has('computing-systems') && anySentence(sents, BUSINESS_PROCESS) && domains.sources('computing-systems').every((i) => !COMPUTER_SYSTEM.test(sents[i]?.s.text ?? '') && !IT_ACRONYM.test(sents[i]?.s.text ?? ''))) domains.delete('computing-systems');
  // ("OOD detection is critical for the reliable operation of open-world intelligent systems", "5G delivers faster speeds,
  // lower latency, and improved service", "Anomalies ... usually need real-time actions", "the embedded models suffer the
  // prohibitive storage of the memory bank structure. In this paper, we ..."): what the abstract's opening sentences, before
  // it turns to the paper's own work, say of the field, its needs or its methods, read there and nowhere else, is
  // background, not what the paper measures, works in or builds on
  // (not the zero- or few-shot setting: "Recent vision-language models have enhanced zero- and few-shot anomaly detection.
  // However, these approaches ... we introduce ..." is the task the paper takes up; the dev readers keep it as often as not)
  const ownAt = sents.findIndex((x, i) => i > 0 && (OWN_SUBJECT.test(x.s.text) || OWN_PASSIVE.test(x.s.text)));
  if (ownAt > 1) {
    for (const m of BACKGROUND_METRICS) if (metrics.onlyWithin(m, 1, ownAt)) metrics.delete(m);
    for (const t of BACKGROUND_SETTINGS) if (settings.onlyWithin(t, 1, ownAt)) settings.delete(t);
    for (const t of BACKGROUND_TECHNIQUES) if (techniques.onlyWithin(t, 1, ownAt)) techniques.delete(t);
  }

  // ("Large-Scale Shill Bidder Detection in E-commerce", "Neural OCR Post-Hoc Correction of Historical Corpora", "Malicious
  // Data Attacks on Power System State Estimation"): a domain the title names in words too loose to count in an abstract
  // (facets.json titleDomains), outside a name the paper gives
  const inTitleName = nameSpans.get(title);
  for (const h of c.titleCues.scan(title.text, sents[0].tokens, sents[0].titleCues)) {
    if (!inTitleName?.some(([a, b]) => h.from >= a && h.to <= b)) domains.add(h.tag as Domain, title, 0.75);
  }

  return {
    id: paper.id,
    title: paper.title,
    methods_proposed,
    methods_mentioned,
    datasets,
    models,
    domains: domains.list(),
    settings: settings.list(),
    techniques: techniques.list(),
    metrics: metrics.list(),
  };
}

/**
 * What extractWith's per-sentence and per-candidate steps share for one paper. (The steps are top-level
 * functions, not parts of one body: V8 optimises a function only after running its bytecode for a while
 * in proportion to its size, and extractWith as one ~27 KB function was never optimised. A one-core CLI run
 * of 5,000 papers takes as long either way; under V8's default tiering, a warm pass over them takes ~20%
 * less, 1,150 -> 930 ms, once the steps are optimised.)
 */
interface PaperPass {
  ents: Ent[];
  byKey: Map<string, Ent>;
  /** The order in which the entities were found (the next one's). */
  order: number;
  register: (e: Ent, name: string) => void;
  mention: (e: Ent, surface: string, s: Sentence) => void;
  /** Spans of named models and datasets: a cue inside a name ("Time-MoE", CLIP's long form) is not a facet. */
  nameSpans: Map<Sentence, [number, number][]>;
  lexSpans: Map<Sentence, [number, number][]>;
  definedHere: Map<string, AcronymDef>;
  nonMetric: Set<string>;
  definedParts: Set<string>;
  definedOtherwise: Set<string>;
  /** Acronyms the paper defines as data ("... (RIAD), a comprehensive IAD dataset"), with their long forms. */
  definedData: Map<string, string>;
  longFormSpans: Map<Sentence, [number, number][]>;
  /** Long forms of acronyms the lexicon knows, by characters, with the entries they name ("Photometric LSST ... (PLAsTiCC)"). */
  knownLongForms: Map<Sentence, { start: number; end: number; entries: Set<unknown> }[]>;
  genericTechniques: { tag: string; s: Sentence; tokens: Token[]; surface: string; from: number; to: number; start: number }[];
  /** The abstract's sentences (not the title). */
  abstract: Sentence[];
  /** Per sentence, the spans of the lexicon's names taken as methods (not ambiguous ones), as data, as models. */
  methodSpans: Map<Sentence, [number, number][]>;
  dataSpans: Map<Sentence, [number, number][]>;
  modelSpans: Map<Sentence, [number, number][]>;
  /** ... and of ambiguous methods (a list with one is no list of methods, nor of anything else). */
  otherSpans: Map<Sentence, [number, number][]>;
  /** The paper's own named losses, held back: its method only if it proposes no other ("The proposed IsoMax loss"). */
  ownLosses: Candidate[];
  /** Set while the held-back losses are taken. */
  takingLosses?: boolean;
  /** Methods proposed in a sentence that reads as a step of the work ("Next, an X model is proposed"), in order. */
  partProposals: Ent[];
}

/** Step 1 for one sentence with a parenthesis: the acronyms it defines, into the paper's tables (PaperPass). */
function readDefinitions(c: Compiled, pc: PaperPass, s: Sentence, tokens: Token[]): void {
  const { nameSpans, definedHere, nonMetric, definedParts, definedOtherwise, definedData, longFormSpans } = pc;
  for (const d of acronymDefs(s.text)) {
    // (a metric in parentheses after a figure or "respectively" defines nothing: "by 16.57% (FPR95)",
    // "93.1% and 94.2% on MVTec AD and VisA, respectively (AP)", whatever long form its letters seem to spell)
    const paren = s.text.indexOf('(', d.start);
    if (paren >= 0 && /(?:\d\s?%?|respectively,?)\s*$/.test(s.text.slice(Math.max(0, paren - 16), paren))) continue;
    // "the proactive prediction of anomalies (AP)": an acronym defined by words of no metric
    if (!METRIC_WORDS.test(d.longForm ?? s.text.slice(Math.max(0, d.start - 48), d.start))) nonMetric.add(normKey(d.acronym));
    if (!d.longForm) continue;
    const ak = normKey(d.acronym);
    definedHere.set(ak, d);
    const last = d.longForm.toLowerCase().split(/[\s-‐]+/).pop() ?? '';
    if (c.vocab.partHeads.has(last) || c.vocab.partHeads.has(d.after)) definedParts.add(ak);
    if (!c.generic.has(normKey(d.longForm))) definedOtherwise.add(ak);
    // "the Real Industrial Anomaly Detection (RIAD), a ... dataset", "Anomalous Sound Detection (ASD) aims":
    // an acronym the paper defines as its own data or as a task is not the lexicon entity of that name
    const headAfter = c.vocab.datasetHeads.has(d.after) || c.vocab.methodHeads.has(d.after);
    if (defNamesData(s.text, d) || (TASK_LAST.test(d.longForm) && !headAfter)) definedData.set(ak, d.longForm);
    if (c.generic.has(ak)) continue;
    const from = tokens.findIndex((t) => t.start >= d.start);
    if (from < 0) continue;
    let to = from;
    while (to < tokens.length && tokens[to].end <= d.end) to++;
    const span: [number, number] = [from, to];
    push(longFormSpans, s, span);
    const acrForms = c.lex.lookup(d.acronym);
    if (acrForms?.length) {
      const list = pc.knownLongForms.get(s) ?? [];
      list.push({ start: d.start, end: d.start + d.longForm.length, entries: new Set(acrForms.map((f) => f.value.entry)) });
      pc.knownLongForms.set(s, list);
    }
    if (acrForms?.some((f) => f.value.kind === 'model' || f.value.kind === 'dataset')) {
      const longEntries = new Set((c.lex.lookup(d.longForm) ?? []).map((f) => f.value.entry));
      if (acrForms.some((f) => (f.value.kind === 'model' || f.value.kind === 'dataset') && longEntries.has(f.value.entry))) push(nameSpans, s, span);
    }
  }
}

/** A title in title case: its words of four letters or more all capitalised. */
const TITLE_CASE = /^(?!.*(?:^|[\s(-])[a-z]{4,})/;
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Does the abstract write this name in lower case only (a common noun), never as capitalised? */
function lowerOnlyInAbstract(abstract: readonly Sentence[], surface: string): boolean {
  const rx = new RegExp(String.raw`(?<![\w-])${escapeRegExp(surface)}(?![\w-])`, 'i');
  let lower = false;
  for (const a of abstract) {
    const m = rx.exec(a.text);
    if (!m) continue;
    if (m[0] === surface || a.text.includes(surface)) return false;
    lower = true;
  }
  return lower;
}

/** Is this lexicon hit an item of a list with another of the sentence's known names ("StyleGAN2 and Latent Diffusion")? */
function listedWithName<H extends { start: number; end: number; forms: readonly { value: LexRef }[] }>(text: string, hits: readonly H[], h: H): boolean {
  // (along the whole list, and with one name that is more than a bare family: "as ResNet and DenseNet show" lists two
  // families and no named model)
  const adjacent = (a: H, b: H) => a.end <= b.start ? LIST_GAP.test(text.slice(a.end, b.start)) : b.end <= a.start && LIST_GAP.test(text.slice(b.end, a.start));
  // (a name the lexicon has no entry for may sit between two items: "AlexNet, VGG, ResNet, and DenseNet")
  const between = (a: H, b: H) => LIST_NAMES_GAP.test(a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
  const seen = new Set<H>([h]);
  const queue = [h];
  while (queue.length) {
    const x = queue.pop()!;
    for (const o of hits) {
      if (seen.has(o)) continue;
      if (between(x, o)) return true;
      if (!adjacent(x, o)) continue;
      if (o.forms.some((f) => !(f.value.kind === 'model' && (f.value.entry as ModelEntry).listedOnly))) return true;
      seen.add(o);
      queue.push(o);
    }
  }
  return false;
}
const LIST_GAP = /^\s*,\s*(?:and\s+|or\s+)?$|^\s+(?:and|or)\s+$/;
/** One or two capitalised names between two items of a list ("AlexNet, VGG, ResNet"). */
const LIST_NAMES_GAP = /^\s*,\s*(?:[A-Z][A-Za-z0-9.+-]*\s*,\s*){1,2}(?:and\s+|or\s+)?$/;

/** Two capitalised words right before a name (the first captured). */
const TWO_CAPITALISED_BEFORE = /(?:^|\s)([A-Z][a-z]+)\s+[A-Z][a-z]+\s$/;
/** A title-case word that starts no name: "On the Deepfake Detection Challenge". */
const TITLE_CASE_FUNCTION_WORD = /^(?:On|In|For|From|With|Towards?|Using|Via|And|The|Of|At|To)$/;
/** 0-9 */
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Metric names (with a figure) and a list's comma or "and" right before a short name: "RMSE 0.0365, ", "precision, recall, and ". */
const METRIC_NAMES_SRC = String.raw`(?:R?MSE|MAPE|SMAPE|RMSLE|R2|R²|accuracy|precision|recall|F1(?:[- ]?score)?|(?:ROC[- ])?AUC|AUROC|AUPRC?|MCC|specificity|sensitivity)`;
const METRIC_BEFORE = new RegExp(String.raw`\b${METRIC_NAMES_SRC}(?:\s*[=:]?\s*\d[\d.]*%?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)$`, 'i');
/** Another metric's name right after a short name (and its figure): "MAE and RMSE", "MAE 0.0204, RMSE 0.0365" (not "CLIP 91.2 and DINOv2"). */
const METRIC_AFTER = new RegExp(String.raw`^(?:\s*[=:]?\s*(?:\d*\.\d+|\d+(?:\.\d+)?\s?%))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)${METRIC_NAMES_SRC}\b`, 'i');

/** A citation in parentheses: surnames (with "et al." or "and"), then a year: "(Lim, Loh and Shih, 2000)", "(Liu et al., 2008)". */
const CITATION = /\(((?:[A-Z][a-z]+(?:\s+et\s+al\.?)?(?:,\s*|\s+(?:and|&)\s+))+(?:[A-Z][a-z]+(?:\s+et\s+al\.?)?,?\s+)?(?:19|20)\d\d[a-z]?)\)/g;
/** What follows the Amazon as a region: "the Amazon Rainforest", "the Amazon basin". */
const AMAZON_REGION_AFTER = /^\s+(?:[Rr]ainforest|[Rr]ain\s+[Ff]orest|[Bb]asin|[Rr]iver|[Ff]orests?|[Rr]egion|[Bb]iome)\b/;
/** A short name compared with a figure: "a MAE lower than 4 mm", "an MAE of 0.12" (not "CLIP 91.2" nor "MAE pre-training"). */
const METRIC_VALUE_AFTER = /^\s+(?:of|lower than|higher than|smaller than|greater than|less than|below|above|under|within)\s+(?:about\s+|approximately\s+|only\s+|~\s*)?[\d.]+\s*(?:%|mm|cm|m|km|s|ms|h|days?|°C|K|dB)?(?![\w-])/;
/** Whether a match lies inside the long form that an acronym the text defines is followed by ("BSR (Buzz, Squeak, Rattle)"). */
function insideLongForm(text: string, h: { start: number; end: number }): boolean {
  for (const d of acronymDefs(text)) {
    if (d.longForm === undefined || !d.reversed) continue;
    const a = text.lastIndexOf(d.longForm, d.end);
    // (not a name the acronym spells too: "BAG-CLIP (Bifurcated Attention Graph-Enhanced CLIP)" builds on CLIP)
    if (a >= 0 && h.start >= a && h.end <= a + d.longForm.length && !d.acronym.includes(text.slice(h.start, h.end))) return true;
  }
  return false;
}

/** Is the hit strictly inside the long form of an acronym this sentence defines, one the lexicon does not know (not of a part)? */
function insideOtherLongForm(c: Compiled, text: string, h: { start: number; end: number; forms: { value: LexRef }[] }): boolean {
  for (const d of acronymDefs(text)) {
    if (d.longForm === undefined || d.reversed) continue;
    // (nor a variant named with the method's own name: "Patch distribution modeling framework adaptive cosine estimator (PaDiM-ACE)")
    if (/[-‐]/.test(d.acronym) && d.acronym.split(/[-‐]/).some((part) => h.forms.some((f) => normKey(f.value.entry.name) === normKey(part)))) continue;
    const a = d.start, b = d.start + d.longForm.length;
    // (not a part named after the method it uses: "Barlow Twins diversity loss (BTD)")
    if (c.vocab.partHeads.has(d.longForm.slice(d.longForm.lastIndexOf(' ') + 1).toLowerCase())) continue;
    if (h.start >= a && h.end <= b && (h.start > a || h.end < b) && !(c.lex.lookup(d.acronym) ?? []).length) return true;
  }
  return false;
}

/** A capitalised English word ("Mitigate") matched to a lexicon name spelt only in capitals (MITIGATE). */
function wordForCapitals(h: PhraseMatch<LexRef>, shouted: boolean, writtenLower: (w: string) => boolean): boolean {
  if (!((/^[A-Z][a-z]{4,}$/.test(h.surface) || (shouted && /^[A-Z]{3,}$/.test(h.surface))) && h.forms.every((f) => /^[A-Z]{3,}$/.test(f.form) && (shouted || f.form.length >= 5)))) return false;
  const w = h.surface.toLowerCase();
  // ("Anode Effect Prediction in Hall-Héroult Cells" with "the anode effect" in the abstract: a word the paper itself writes
  // in lower case is a word, whether compromise's lexicon has it or not)
  return isKnownWord(w) || writtenLower(w);
}
/** A sentence written all in capitals ("FIRE DETECTION USING A GAS SENSOR ARRAY"): its capitals say nothing of names. */
function shoutedSentence(text: string): boolean {
  return !/[a-z]/.test(text) && text.indexOf(' ') !== text.lastIndexOf(' ');
}
/** Step 2 for one sentence: the lexicon's names in it, as entities (and generic techniques). */
/** A dot, a capital and a dot right after a name: the name goes on as a dotted acronym (".S." of "RUN.S.A.F.E."). */
const DOTTED_ON = /^\.[A-Z]\./;
function lexiconPass(c: Compiled, pc: PaperPass, st: SentTokens, title: Sentence, ownExpansion: [number, number] | undefined): void {
  const { s, tokens, starts, hashes } = st;
  const { ents, register, mention, nameSpans, lexSpans, definedHere, definedParts, definedData, genericTechniques } = pc;
  let hits = c.lex.scan(s.text, tokens, starts, hashes);
  if (s === title && ownExpansion) hits = hits.filter((h) => h.end <= ownExpansion[0] || h.start >= ownExpansion[1]);
  // ("Meta OOD Learning for Continuously Adaptive OOD Detection" with "we develop meta OOD learning (MOL)": a known method
  // inside a title phrase the abstract spells out before an acronym is part of that longer name: no Meta-OoD)
  if (s === title && definedHere.size && hits.length) {
    const lower = s.text.toLowerCase();
    // (unless the acronym carries the method's name: "Patch distribution modeling framework adaptive cosine estimator
    // (PaDiM-ACE)" builds on PaDiM)
    const spans: [number, number, string][] = [];
    for (const d of definedHere.values()) {
      const at = d.longForm?.includes(' ') ? lower.indexOf(d.longForm.toLowerCase()) : -1;
      if (at >= 0) spans.push([at, at + d.longForm!.length, normKey(d.acronym)]);
    }
    if (spans.length) {
      hits = hits.filter((h) => !(h.forms.every((f) => f.value.kind === 'method') && spans.some(([a, b, acr]) => h.start >= a && h.end <= b && (h.start > a || h.end < b) &&
        !h.forms.some((f) => acr.includes(normKey(f.value.entry.name))))));
    }
  }
  // ("Runway Safety Assistant Foreseeing Excursions (RUN.S.A.F.E.)": a name's letters that go on into a dotted acronym are
  // that acronym's first letters, no mention of the name)
  if (hits.length && s.text.includes('.')) hits = hits.filter((h) => !(s.text.charCodeAt(h.end) === 0x2e && DOTTED_ON.test(s.text.slice(h.end, h.end + 3))));
  // ("available at https://github.com/x/Anomaly-Detection-in-Brain-MRI": a name inside a link's word is part of the link)
  if (hits.length && (s.text.includes('/') || s.text.includes('www.'))) {
    const links: [number, number][] = [];
    for (const m of s.text.matchAll(LINK)) links.push([m.index, m.index + m[0].length]);
    // (not a whole part of its path, a repository named after the method: "github.com/x/HVQ-Trans"; but a path in lower
    // case is a slug, no spelling of a name: "github.com/GAIR-NLP/factool" in another paper's abstract)
    // (nor the account a repository lives under: "github.com/NSIBF/PARs-EXAD" is the code of PARs, no mention of NSIBF)
    if (links.length) {
      hits = hits.filter((h) => !links.some(([a, b]) => h.start >= a && h.end <= b && !(s.text[h.start - 1] === '/' && /^(?:[/#.]|$)/.test(s.text.slice(h.end, b).slice(0, 1)) && /[A-Z]/.test(h.surface) &&
        !(s.text[h.end] === '/' && CODE_HOST_BEFORE.test(s.text.slice(a, h.start))))));
    }
  }
  // ("on the large-scale ImageNet OOD detection benchmarks": a data name the lexicon spells with a task's acronym, written
  // spaced before the task's noun, is the shorter name and the task: ImageNet, not ImageNet-OOD)
  if (hits.some((h) => h.to - h.from > 1 && TASK_NOUN_AFTER.test(s.text.slice(h.end, h.end + 14)))) {
    hits = hits.flatMap((h) => {
      const last = tokens[h.to - 1];
      if (h.to - h.from < 2 || s.text.charCodeAt(last.start - 1) !== 0x20 || !c.stopNames.has(normKey(last.text)) ||
        !TASK_NOUN_AFTER.test(s.text.slice(h.end, h.end + 14)) || !h.forms.every((f) => f.value.kind === 'dataset')) return [h];
      const prev = tokens[h.to - 2];
      const surface = s.text.slice(h.start, prev.end);
      const forms = (c.lex.lookup(surface) ?? []).filter((f) => f.value.kind === 'dataset');
      return forms.length ? [{ ...h, forms, surface, end: prev.end, to: h.to - 1 } as PhraseMatch<LexRef>] : [];
    });
  }
  // ("An Enhanced Focal Loss Function to Mitigate Class Imbalance": an English word capitalised in a title or at a sentence's
  // start is not the name the lexicon spells in capitals, MITIGATE; nor, in a title all in capitals, "FIRE DETECTION USING
  // ..." the name FIRE)
  const shouted = hits.length > 0 && shoutedSentence(s.text);
  const writtenLower = (w: string) => [title, ...pc.abstract].some((x) => x !== s && new RegExp(`(?<![\\w-])${w}(?![\\w-])`).test(x.text));
  if (hits.some((h) => wordForCapitals(h, shouted, writtenLower))) hits = hits.filter((h) => !wordForCapitals(h, shouted, writtenLower));
  if (hits.length) lexSpans.set(s, hits.map((h) => [h.start, h.end]));
  let datasetsHere = 0;
  for (const h of hits) if (h.forms.some((f) => f.value.kind === 'dataset' && !ambiguousForm(f.value, h.surface))) datasetsHere++;
  for (const h of hits) {
    // ("with Gram Matrices", "the Gram matrix": an ambiguous one-word name before a term of mathematics is an eponym there)
    if (!h.surface.includes(' ') && h.forms.every((f) => ambiguousForm(f.value, h.surface)) && EPONYM_TERM_AFTER.test(s.text.slice(h.end, h.end + 24))) continue;
    // ("Deforestation Areas in the Amazon Rainforest", "fire spots in forest areas as in the Amazon, ...", "the Brazilian
    // Legal Amazon": the region, not the Amazon reviews data)
    if (h.surface === 'Amazon' && (AMAZON_REGION_AFTER.test(s.text.slice(h.end, h.end + 16)) ||
      /\b(?:Brazilian|Legal|Peruvian|Colombian|Ecuadorian|Bolivian|[Ss]outhern|[Nn]orthern|[Ee]astern|[Ww]estern|[Cc]entral)\s+$/.test(s.text.slice(Math.max(0, h.start - 12), h.start)) ||
      (/\b(?:in|across|of|over)\s+the\s+$/.test(s.text.slice(Math.max(0, h.start - 12), h.start)) && /^\s*(?:[,.;)]|but\b|$)/.test(s.text.slice(h.end, h.end + 5))))) continue;
    // ("Recall@20% and Effort@20%", "Precision@k": a known name right before "@" and a cut-off is a measure's, no mention;
    // not a model at its input size, "ViT-L/14@336px")
    if (s.text.charCodeAt(h.end) === 0x40 && /^@(?:\d+(?:\.\d+)?%?(?![\w.])|[kKnN](?![\w-]))/.test(s.text.slice(h.end, h.end + 8))) continue;
    // The "+" or "++" right after a known name (or none) says which name it is, as it does for the names the patterns find:
    // "We propose PatchCore++" names another method than PatchCore, "a strong baseline SSD+" is not the detector SSD, and
    // "We compare with PointNet" not PointNet++ (not a combination: "the GCN+GRU framework" names both). A data set's
    // plus is often left off or added: a data set so spelt is read as the data set (an extended one as its variant, below).
    const plus = plusRunAt(s.text, h);
    const agreeing = h.forms.filter((f) => plusRun(f.form) === plus);
    const plusForms = agreeing.length ? agreeing : h.forms.filter((f) => f.value.kind === 'dataset');
    if (!plusForms.length) continue;
    // "the C4.5 classifier", "OpenOOD v1.5": a known data set or method whose name goes on in a decimal point and a digit
    // is the start of another name (a version, an algorithm), not the known one (a model so spelt is its version, read
    // with the model variants: "GPT-5.4", "Qwen3.5-2B")
    if (s.text.charCodeAt(h.end) === 0x2e && isDigitCode(s.text.charCodeAt(h.end + 1)) && h.forms.every((f) => f.value.kind !== 'model')) continue;
    // "a new approach called x-PACS": a known data set's name glued by a hyphen to the word before it is part of another
    // name, not the data set
    // (a short prefix: not a dash between words, "three benchmark datasets-MVTec AD, VisA, and BTAD")
    // (a method's name too after one lower-case letter: "GANs on e-MERLIN data", a telescope, not the MERLIN method)
    if (h.start > 1 && s.text.charCodeAt(h.start - 1) === 0x2d && /(?:^|[^A-Za-z0-9])[A-Za-z0-9]{1,3}$/.test(s.text.slice(Math.max(0, h.start - 5), h.start - 1)) &&
      (h.forms.every((f) => f.value.kind === 'dataset') ||
        (/(?:^|[^A-Za-z0-9])[a-z]$/.test(s.text.slice(Math.max(0, h.start - 3), h.start - 1)) && h.forms.every((f) => f.value.kind === 'method')))) continue;
    // "the Photometric LSST Astronomical Time-series Classification Challenge (PLAsTiCC)": a known name inside the long form of
    // another known name is part of that name
    const known = pc.knownLongForms.get(s);
    if (known && known.some((k) => h.start >= k.start && h.end <= k.end && (h.start > k.start || h.end < k.end) && !h.forms.some((f) => k.entries.has(f.value.entry)))) continue;
    // "Gradient Aligned Context Optimization (GaCoOp)": a known method's spelt-out name inside the long form of an acronym the
    // paper defines, of no name the lexicon knows, is a part of that new name (CoOp is not mentioned)
    if (definedHere.size && h.surface.includes(' ') && (s.flags ?? 0) & T_PAREN && h.forms.every((f) => f.value.kind === 'method') && insideOtherLongForm(c, s.text, h)) continue;
    // ("BSR (Buzz, Squeak, Rattle)": an ambiguous name, an English word, inside the long form that an acronym the sentence
    // defines is followed by is a word of that long form)
    // (or a data name inside the long form before the acronym: "a dataset with new Known-Unknown Questions (KUQ)" holds no
    // Questions data; not a method's or a model's: "Adaptive State-Space Mamba (ASSM)" builds on Mamba)
    if ((s.flags ?? 0) & T_PAREN && !h.surface.includes(' ') && h.forms.every((f) => ambiguousForm(f.value, h.surface)) && (insideLongForm(s.text, h) || (h.forms.every((f) => f.value.kind === 'dataset') && insideOtherLongForm(c, s.text, h)))) continue;
    // "the MIT-BIH Supraventricular Arrhythmia database": an ambiguous one-word data name after a capitalised word (not an
    // acronym: "UCI Thyroid", "ODDS Arrhythmia") is the end of a longer name
    // (so too an ambiguous method's name, an English word, in a title: "Safety Monitoring ... under the Tower Crane")
    // (after a noun, not an adjective: "via Bidirectional Mamba" is Mamba)
    if (!h.surface.includes(' ') && h.start > 0) {
      const before = s.text.slice(Math.max(0, h.start - 30), h.start);
      const methodInTitle = s.index === 0 && /^[A-Z][a-z]+$/.test(h.surface) && TITLE_NOUN_BEFORE.test(before);
      if (TITLE_WORD_BEFORE.test(before) && h.forms.every((f) => ambiguousForm(f.value, h.surface) && (f.value.kind === 'dataset' || (f.value.kind === 'method' && methodInTitle)))) continue;
    }
    // ("Effort-aware just-in-time defect prediction", "The Buzz of Deep Learning", "... Microcalcifications in Mammography
    // Imaging": an ambiguous method or data name, a capitalised English word, that only the title holds, not as its head before
    // a colon nor before a data word, "on Kepler data", is the word there)
    if (s.index === 0 && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(h.surface) && h.forms.every((f) => ambiguousForm(f.value, h.surface) && f.value.kind !== 'model') &&
      !/^\s*:/.test(s.text.slice(h.end, h.end + 3)) && !/^\s+(?:data|datasets?|data\s+sets?|database|corpus|archive|light\s+curves?)\b/i.test(s.text.slice(h.end, h.end + 16)) &&
      !pc.abstract.some((x) => x.text.includes(h.surface))) continue;
    // "Graph Deviation Networks (GDN)": a known long form inside a longer one the paper defines for another acronym is no
    // mention of it (not DevNet)
    // (only where the acronym starts with the word before, not with the known name: "The Web of Science (WoS)" is Web of Science)
    const longer = h.surface.includes(' ') ? LONGER_BEFORE.exec(s.text.slice(Math.max(0, h.start - 24), h.start)) : null;
    if (longer) {
      const acr = /^\s*\(([A-Z][A-Za-z0-9-]{1,12})\)/.exec(s.text.slice(h.end, h.end + 16));
      const first = acr?.[1].charAt(0).toUpperCase();
      const startsBefore = first !== undefined && first === longer[1].charAt(0).toUpperCase() && first !== h.surface.charAt(0).toUpperCase();
      if (acr && startsBefore && !h.forms.some((f) => (c.lex.lookup(acr[1]) ?? []).some((x) => x.value.entry === f.value.entry))) continue;
    }
    // ("A Singing Voice Deepfake Detection Challenge": a known name of three or more capitalised words right after
    // two more capitalised words is the end of a longer name, not the known one; not at a title's head)
    // (cheap tests first: a lower-case letter and a space right before, then two spaces in the name)
    if (h.start > 1 && s.text.charCodeAt(h.start - 1) === 32 && isLowerCode(s.text.charCodeAt(h.start - 2)) && h.surface.indexOf(' ') !== h.surface.lastIndexOf(' ') &&
      /^[A-Z]/.test(h.surface)) {
      const longer = TWO_CAPITALISED_BEFORE.exec(s.text.slice(Math.max(0, h.start - 40), h.start));
      if (longer && !TITLE_CASE_FUNCTION_WORD.test(longer[1])) continue;
    }
    // "vision transformers (ViTs)": the plural of a family, not its small checkpoint ViT-S
    if (h.surface.length > 2 && /[A-Z]s$/.test(h.surface) && h.forms.every((f) => /[A-Z]S$/.test(f.form.replace(/[-‐ ]/g, '')))) continue;
    let forms = plusForms.map((f) => f.value);
    // ("Amazon's Chronos", "Mistral AI's Mixtral", "Google's TimesFM": an ambiguous name as the maker of what follows is a
    // company, no data set or model)
    // (a capitalised word only: "CLIP's generalization" is the model's)
    if (/^[A-Z][a-z]+$/.test(h.surface) && h.forms.some((f) => f.caseSensitive) && VENDOR_AFTER.test(s.text.slice(h.end, h.end + 6))) {
      forms = forms.filter((f) => !(f.kind !== 'method' && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // ("1D-CNN Detection Methods": an acronym and a task word apart are no one-word name squashed, CNNDetection)
    if (SPACED_ACRONYM_TASK.test(h.surface)) {
      const spaced = new Set(h.forms.filter((f) => /\s/.test(f.form)).map((f) => f.value));
      forms = forms.filter((f) => spaced.has(f));
      if (!forms.length) continue;
    }
    // ("GPS data of about 23,000 taxis in Shenzhen, China": an ambiguous name as a place, its country after it, is no data set)
    // (nor one a place noun follows: "the Amazon rainforest", "the Amazon basin")
    // (nor one listed among cities: "datasets from Shenzhen, New York City, and Chicago", "four big cities in China, namely
    // Beijing, Shanghai, Guangzhou, and Shenzhen")
    if (/^[A-Z][a-z]+$/.test(h.surface) && forms.some((f) => f.kind === 'dataset' && ambiguousForm(f, h.surface)) &&
      (PLACE_AFTER.test(s.text.slice(h.end, h.end + 24)) || CITIES_AROUND.test(s.text.slice(Math.max(0, h.start - 80), h.end + 40)))) {
      forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // "Bayesian Latent Diffusion for ...", "a Mask-Guided Latent Diffusion": an architecture class the lexicon lists as
    // a model is one only beside other named models ("StyleGAN2 and Latent Diffusion"); alone it is the technique
    if (forms.some((f) => f.kind === 'model' && (f.entry as ModelEntry).listedOnly) && !listedWithName(s.text, hits, h)) {
      forms = forms.filter((f) => !(f.kind === 'model' && (f.entry as ModelEntry).listedOnly));
      if (!forms.length) continue;
    }
    // ambiguous dataset forms (common words) only in a dataset context
    // ("Brain MRI" in a title-case title is the ambiguous spelling even though it also squashes to "BrainMRI")
    // ("outlier scoring on Kepler data": a data word right after the name is context enough)
    // ("On Thunderbird, FAME reaches F1 = 99.95": a result figure on it is context enough)
    forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)) || datasetsHere > 0 || DATASET_CONTEXT.test(s.text) ||
      // ("detecting anomaly in Hadoop Distributed File System (HDFS) logs": a system's logs are its data)
      // ("a part of the 3W database developed by Petrobras": a data word right after the name)
      /^\)?\s+(?:data|logs|database|databases|repository|records)\b/.test(s.text.slice(h.end, h.end + 14)) ||
      // ("the PAN 2021 Authorship Verification task", "the multi-lingual PAN 2014 author identification task": a yearly edition
      // written after it)
      EDITION_YEAR_AFTER.test(s.text.slice(h.end, h.end + 14)) || (ON_BEFORE.test(s.text.slice(Math.max(0, h.start - 8), h.start)) && RESULT_FIGURE.test(s.text)) ||
      // ("light curves from Kepler and TESS", "outperforms all baselines on Weibo and Reddit": data drawn from it, a
      // result on a list of such names)
      DATA_FROM_BEFORE.test(s.text.slice(Math.max(0, h.start - 60), h.start)) ||
      (ON_LIST_BEFORE.test(s.text.slice(Math.max(0, h.start - 40), h.start)) && RESULT_WORDS.test(s.text)) ||
      // ("K2 and TESS light curves", "observed by the Kepler space telescope": what an instrument or a survey produced)
      OBSERVED_BY_BEFORE.test(s.text.slice(Math.max(0, h.start - 24), h.start)) || OBSERVATIONS_AFTER.test(s.text.slice(h.end, h.end + 40)));
    // (nor words in lower case that only squash to an ambiguous one-word spelling: "the IBM credit card transaction
    // dataset" is no "creditcard")
    if (forms.some((f) => f.kind === 'dataset' && ambiguousForm(f, h.surface)) && h.surface.includes(' ') && h.surface === h.surface.toLowerCase() &&
      h.forms.every((f) => !/[\s-]/.test(f.form))) {
      forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // (nor a capitalised data name's words written as a common phrase, lower-case first, with no data word after it: "brain MRI,
    // liver CT, retinal OCT, chest X-ray and histopathology" are modalities; "the retinal OCT dataset" stays data)
    if (forms.some((f) => f.kind === 'dataset' && ambiguousForm(f, h.surface)) && h.surface.includes(' ') && /^[a-z]/.test(h.surface) &&
      h.forms.every((f) => f.value.kind !== 'dataset' || /^[A-Z]/.test(f.form)) && !/^\s+(?:datasets?|data sets?|benchmarks?|database)\b/i.test(s.text.slice(h.end, h.end + 12))) {
      forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // ... and even there, not a kind of data: "retinal OCT images" (a modality), "three different Brain MRI datasets"
    // (a count of such data), "the credit card fraud detection problem" (a task written in lower case)
    // (nor a quantity: "the MAD of anomaly scores", "replacing the standard deviation with the MAD")
    // (nor the object of a task word right after it: "Machine Learning Model for Road Anomaly Detection Using ...")
    if (forms.some((f) => f.kind === 'dataset' && ambiguousForm(f, h.surface)) &&
      (kindOfData(s.text, h.start, h.end, h.surface) || quantityUse(s.text, h.start, h.end) || TASK_WORD_AFTER.test(s.text.slice(h.end, h.end + 16)))) {
      forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)));
    }
    // "Augmented Context Mining (ACM)": an ambiguous dataset name the paper defines as a method or a process
    // (not "the University of California San Diego (UCSD) Pedestrian datasets", "the Medical Out-of-Distribution
    // (MOOD) challenge data": long forms of the data, spelt otherwise than the lexicon)
    // (any known data name so defined and then called a method: "the spectroscopic quasar anomaly detection (SQuAD)
    // algorithm" is no question-answering data)
    if (definedHere.size && forms.some((f) => f.kind === 'dataset')) {
      const def = definedHere.get(normKey(h.surface));
      const lf = def?.longForm;
      const methodAfter = def !== undefined && METHOD_AFTER_DEFINITION.has(def.after);
      if (lf !== undefined && (processName(c, lf) || methodAfter) && !c.vocab.datasetHeads.has(def!.after)) {
        const spelt = c.lex.lookup(lf) ?? [];
        forms = forms.filter((f) => !(f.kind === 'dataset' && (ambiguousForm(f, h.surface) || methodAfter)) || spelt.some((x) => x.value.entry === f.entry));
      }
      // ("sea-surface temperature (SST) anomalies": a short data name the paper spells out in lower-case words as a quantity
      // or a concept is that, not the sentiment treebank)
      else if (lf !== undefined && /^[a-z][a-z -]*$/.test(lf) && !(c.lex.lookup(lf) ?? []).length) {
        forms = forms.filter((f) => !(f.kind === 'dataset' && ambiguousForm(f, h.surface)));
      }
    }
    // ("Moving Least Squares (MLS)": an ambiguous short name of a method or model that the paper spells out in words none
    // of the entry's spellings has is not that method; MaxLogit's "MLS" is the maximum logit score)
    if (definedHere.size && forms.some((f) => f.kind !== 'dataset' && f.kind !== 'generic' && ambiguousForm(f, h.surface))) {
      const lf = definedHere.get(normKey(h.surface))?.longForm;
      if (lf !== undefined && normKey(lf) !== normKey(h.surface)) {
        forms = forms.filter((f) => f.kind === 'dataset' || f.kind === 'generic' || !ambiguousForm(f, h.surface) || !spelledOtherwise(lf, f.entry));
      }
    }
    if (!forms.length) continue;
    // "Diffusion Anomaly Generation Module (DAGM)": the paper's own part, not the dataset of that name
    if (definedParts.size && definedParts.has(normKey(h.surface)) && !forms.some((f) => f.kind === 'generic')) continue;
    // "the Real Industrial Anomaly Detection (RIAD), a ... dataset": the paper's data, not the method RIAD;
    // "Anomalous Sound Detection (ASD)": the task, not the server dataset ASD
    if (definedData.size && !forms.some((f) => f.kind === 'generic')) {
      const lf = definedData.get(normKey(h.surface));
      if (lf !== undefined && !(c.lex.lookup(lf) ?? []).some((f) => forms.includes(f.value))) continue;
    }
    // "the specially designed RCA-agent": an ambiguous name hyphened to a lower-case word starts a compound name
    // (not a model: "a SAM-tool", "a CLIP-module" use the model)
    if (forms.some((f) => (f.kind === 'method' || f.kind === 'dataset') && ambiguousForm(f, h.surface)) && COMPOUND_HEAD_AFTER.test(s.text.slice(h.end, h.end + 12))) {
      forms = forms.filter((f) => !((f.kind === 'method' || f.kind === 'dataset') && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // "... Multi-Agent Copilot for Causal Diagnostics" over "a multi-agent copilot": an ambiguous name (an English word)
    // capitalised only by a title's title case, which the abstract writes in lower case, names nothing
    // (a model the abstract does not name again keeps its name: "Whisper Features for ...")
    // (a word title case explains: "Copilot", "Reverse Distillation", not "CLIP")
    if (s === title && forms.some((f) => f.kind !== 'generic' && ambiguousForm(f, h.surface)) && TITLE_CASE.test(s.text) && /(?:^|\s)[A-Z][a-z]+(?=\s|$)/.test(h.surface) &&
      lowerOnlyInAbstract(pc.abstract, h.surface)) {
      forms = forms.filter((f) => f.kind === 'generic' || !ambiguousForm(f, h.surface));
      if (!forms.length) continue;
    }
    // "the Mahalanobis Transform (MT)", "MCD (Mahalanobis Contrastive Detection)": an ambiguous name that starts a
    // longer capitalised name is a word of that name, not the entity
    // (not a data word in capitals after it: "97.0 F1 score on HDFS Dataset")
    if (s !== title && forms.some((f) => f.kind !== 'generic' && ambiguousForm(f, h.surface)) && capitalNameAfter(s.text, h.end) &&
      !MODEL_TIER.test(s.text.slice(h.end, h.end + 20)) &&
      !(CAPITAL_DATA_WORD_AFTER.test(s.text.slice(h.end, h.end + 14)) && /\b(?:on|of|the|from|in|and|using|with)\s+$/.test(s.text.slice(Math.max(0, h.start - 8), h.start)))) {
      forms = forms.filter((f) => f.kind === 'generic' || !ambiguousForm(f, h.surface));
      if (!forms.length) continue;
    }
    // "achieving high generalization on the DADA dataset": a method's name that also names data, right before a data
    // word, is the data (the dataset patterns name it), not the method
    if (forms.some((f) => f.kind === 'method' && ambiguousForm(f, h.surface)) && !forms.some((f) => f.kind === 'dataset') &&
      DATA_WORD_AFTER.test(s.text.slice(h.end, h.end + 12))) {
      forms = forms.filter((f) => !(f.kind === 'method' && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    // "(RMSE 0.0365, MAE 0.0204)", "accuracy, precision, recall, F1-score, ROC AUC, and MAE scores": an ambiguous short name
    // in a list of metrics is the metric (mean absolute error), no masked autoencoder
    if (forms.some((f) => (f.kind === 'model' || f.kind === 'method') && ambiguousForm(f, h.surface)) && /^[A-Z]{2,5}$/.test(h.surface) &&
      (METRIC_BEFORE.test(s.text.slice(Math.max(0, h.start - 40), h.start)) || METRIC_AFTER.test(s.text.slice(h.end, h.end + 40)) ||
        METRIC_VALUE_AFTER.test(s.text.slice(h.end, h.end + 40)))) {
      forms = forms.filter((f) => !((f.kind === 'model' || f.kind === 'method') && ambiguousForm(f, h.surface)));
      if (!forms.length) continue;
    }
    const pick = forms.find((f) => f.kind !== 'generic') ?? forms[0];
    if (pick.kind === 'generic') {
      const t = (pick.entry as GenericEntry).technique;
      // ("Semi-supervised learning (SSL)": not the SSL of the generic list, self-supervised learning)
      if (t && !(definedHere.size && otherAcronym(c, h.surface, t, definedHere))) genericTechniques.push({ tag: t, s, tokens, surface: h.surface, from: h.from, to: h.to, start: h.start });
      continue;
    }
    if (pick.kind === 'model' || pick.kind === 'dataset') push(nameSpans, s, [h.from, h.to]);
    // "BraTS 2019", "ISIC 2016", "DCASE2023": a yearly edition of a dataset is its own data, named as written
    let edition = pick.kind === 'dataset' ? editionOf(pick.entry.name, h.surface, s.text.slice(h.end, h.end + 24)) : undefined;
    // ("the ASVspoof Challenge 2015" under an entry named by another year: the lexicon's own entry of that year)
    const editionEntry = edition ? (c.lex.lookup(edition) ?? []).find((f) => f.value.kind === 'dataset' && f.value.entry !== pick.entry)?.value : undefined;
    if (editionEntry) {
      pc.mention(lexiconEntity(pc, editionEntry, 'dataset', s), edition!, s);
      continue;
    }
    // "TSB-AD-M", "MVTec-FS", "UCSD-Peds", "BraTS-MET": a known data set's name hyphened to a short capitalised or numbered
    // part is another data set, named as written (a variant of it); hyphened to a model's or a method's name
    // ("MIAS-SAM", "AVA-DINO", "STC-LSTM") it names a method built on it, not the data
    let variant = false;
    if (pick.kind === 'dataset' && !edition) {
      const ch = s.text.charCodeAt(h.end);
      // ("the Elliptic++ cryptocurrency dataset", "LEVIR-CD+": pluses after a name the lexicon spells without them)
      const plus = ch === 0x2b && !pick.entry.name.endsWith('+') ? /^\++(?![A-Za-z0-9])/.exec(s.text.slice(h.end, h.end + 3)) : null;
      if (plus) {
        edition = h.surface + plus[0];
        variant = true;
      }
      const v = !plus && (ch === 0x2d || ch === 0x2010) ? HYPHEN_VARIANT.exec(s.text.slice(h.end, h.end + 8)) : null;
      if (v) {
        const part = v[0].slice(1);
        if ((c.lex.lookup(part) ?? []).some((f) => f.value.kind !== 'dataset') || (c.generic.has(normKey(part)) && !DATA_PART.test(part))) continue;
        // ("FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection": a title headed by the
        // variant, whose rest speaks of no data, names the paper's method)
        // (and wherever the abstract writes it: "We refer to these techniques as ... (FEVER-OOD)")
        if (!DATA_WORD.test(title.text) && normKey(titleHead(title.text)?.name ?? '') === normKey(h.surface + v[0])) continue;
        // ("the MIT-BIH Arrhythmia Database (MIT-BIH-AR) ... on MIT-BIH-AR": the data set's short name, set in parentheses
        // right after its name, is that data set, wherever the abstract writes it)
        const written = h.surface + v[0];
        const known = pc.byKey.get(entKey(written));
        if (known && known.lex?.entry === pick.entry && known.edition === undefined) {
          mention(known, written, s);
          continue;
        }
        if (shortNameAfter(s.text, h.start, written.length, pick.entry)) {
          const e = lexiconEntity(pc, pick, pick.kind, s);
          mention(e, written, s);
          pc.register(e, written);
          continue;
        }
        edition = written;
        variant = true;
      }
    }
    // "DCASE 2020 Challenge Task 2", "DCASE 2023 Task 2": a challenge's task is the data, named with it
    let editionAlias: string | undefined;
    if (edition) {
      const task = TASK_AFTER.exec(s.text.slice(h.end + edition.length - h.surface.length, h.end + edition.length - h.surface.length + 24));
      if (task) {
        editionAlias = edition;
        edition += task[0];
      }
    }
    if (edition) {
      const ek = normKey(edition);
      // one edition however often it is written with or without its task ("DCASE 2020 Challenge Task 2 ... On DCASE 2020")
      const ak = editionAlias ? normKey(editionAlias) : undefined;
      let ed = ents.find((x) => x.edition !== undefined && x.lex?.entry === pick.entry &&
        (normKey(x.edition) === ek || (x.editionAlias !== undefined && normKey(x.editionAlias) === ek) || (ak !== undefined && normKey(x.edition) === ak)));
      if (ed && editionAlias && ed.editionAlias === undefined) {
        ed.editionAlias = ed.edition;
        ed.edition = edition;
      }
      if (!ed) {
        ed = newEnt('dataset', s, 0.95, pc.order++);
        ed.lex = pick;
        ed.edition = edition;
        ed.editionAlias = editionAlias;
        ed.variant = variant;
        ents.push(ed);
      }
      mention(ed, h.surface, s);
      if (!editionAlias && !variant) elidedEditions(c, pc, pick, edition, s, h.end + edition.length - h.surface.length);
      continue;
    }
    const e = lexiconEntity(pc, pick, pick.kind, s);
    mention(e, h.surface, s);
    if (pick.kind === 'dataset') {
      elidedEditions(c, pc, pick, h.surface, s, h.end);
      slashSibling(c, pc, pick, h.surface, s, h.end);
    }
    push(pick.kind === 'method' ? (pick.ambiguous ? pc.otherSpans : pc.methodSpans) : pick.kind === 'dataset' ? pc.dataSpans : pc.modelSpans, s, [h.start, h.end]);
    // "this paper proposes deep isolation forest.", "we introduce a new method—Deep Support Vector Data
    // Description—": a known method is this paper's own where its proposal introduces it by name
    // ("Functional Isolation Forest" as the whole title: the paper is the method's own)
    if (pick.kind === 'method' && !e.own && (((s.flags ?? 0) & (T_PROPOSE | T_NAMING) && introducedAt(s.text, h.start, h.end)) ||
      (s.index === 0 && h.start === 0 && s.text.slice(h.end).trim() === ''))) {
      e.own = true;
      e.evidence = s;
    }
    if (pick.kind === 'model') {
      // "InternVL3-8B": a size; "Meta CLIP-2": a version the lexicon does not list (its name ends in no digit);
      // "GPT-5.4": a point version of one that does
      const after = s.text.slice(h.end, h.end + 40);
      // ("Gemini Pro 1.5": a point version after a space; "Gemini-3-Flash", "GPT-4o-mini": a tier after the name)
      const sz = SIZE_SUFFIX.exec(after) ?? SIZE_LETTER.exec(after) ?? (/\d$/.test(pick.entry.name) ? (/\d$/.test(h.surface) ? POINT_VERSION.exec(after) : null) : VERSION_SUFFIX.exec(after) ?? SPACED_VERSION.exec(after) ?? SPACED_LISTED_VERSION.exec(after));
      let len = sz ? sz[0].length : 0;
      // ("Qwen3.5-2B": a size after a point version)
      if (len && sz !== null && sz[0].startsWith('.')) len += SIZE_SUFFIX.exec(after.slice(len))?.[0].length ?? 0;
      // (a tier only after a version: "Gemini-3-Flash", "GPT-4o-mini"; not "CLIP Pro features")
      const tier = len || /\d[a-z]?$/.test(h.surface) ? MODEL_TIER.exec(after.slice(len)) : null;
      if (tier) len += tier[0].length;
      // ("Claude Sonnet 3.7", "Claude Opus 4": a tier and then its version)
      else if (!len) {
        const t = MODEL_TIER.exec(after);
        const v = t ? TIER_VERSION.exec(after.slice(t[0].length)) : null;
        if (t && v) len = t[0].length + v[0].length;
      }
      // ("Llama-2-7B-chat", "Gemma-2-9B-it", "Phi-3.5-mini-instruct", "Mistral-7B-Instruct-v0.2", "DeBERTa-large",
      // "GPT-3.5-turbo", "WavLM Large", "TabPFN v2": a checkpoint's qualifiers as written, each in turn)
      // ("InternVideo2.5-Chat-8B", "Gemini 2.0 Flash-Lite", "Llama 3.2 11B Vision": a size or a tier after a version too)
      const versioned = len > 0 || /\d[a-z]?$/.test(h.surface);
      for (let n = 0; n < 3; n++) {
        // (every tail opens with a hyphen, or a space before a capital, a "v" or a digit: most names stop here)
        const c = s.text.charCodeAt(h.end + len);
        const d = s.text.charCodeAt(h.end + len + 1);
        if (!(c === 45 || c === 0x2010 || c === 95 || (c === 32 && ((d >= 65 && d <= 90) || d === 118 || (d >= 48 && d <= 57))))) break;
        const rest = after.slice(len);
        const q = c === 95 ? UNDERSCORE_TAIL.exec(rest) : CHECKPOINT_TAIL.exec(rest) ?? SPACED_CHECKPOINT_TAIL.exec(rest) ?? (versioned ? VERSIONED_TAIL.exec(rest) : null);
        if (!q) break;
        len += q[0].length;
      }
      if (len) {
        const sized = h.surface + s.text.slice(h.end, h.end + len);
        if (!e.sized) {
          e.sized = sized;
          register(e, e.sized);
        } else if (normKey(e.sized) !== normKey(sized)) {
          // ("Qwen2.5-7B-Instruct and Qwen2.5-72B-Instruct", "SAM-B and SAM-H": each size of one model is its own)
          const sk = normKey(sized);
          let x = ents.find((o) => o.lex?.entry === pick.entry && o.sized !== undefined && normKey(o.sized) === sk);
          if (!x) {
            x = newEnt('model', s, pick.ambiguous ? 0.8 : 0.95, pc.order++);
            x.lex = pick;
            x.sized = sized;
            ents.push(x);
            register(x, sized);
          }
          mention(x, h.surface, s);
        }
      }
    }
  }
}

/** Words right after a definition "long form (ACR)" that make it a method: "the ... (SQuAD) algorithm". */
const METHOD_AFTER_DEFINITION = new Set(['algorithm', 'method', 'approach', 'framework', 'model', 'technique', 'detector', 'pipeline', 'network', 'architecture', 'module', 'mechanism', 'strategy', 'scheme', 'classifier']);
/** "non-ML", "non-GAN": the negation of a class of methods, not a name. */
const NEGATED_CLASS = /^non[-‐]?(?=[A-Z])/;

/** A term of mathematics right after an eponym ("Lemma", "curvature", "statistic"). */
const EPONYM_TERM_AFTER = /^\s+(?:lemma|theorem|curvature|criterion|inequality|bound|bounds|equation|equations|statistic|statistics|coefficient|coefficients|divergence|distance|transform|matrix|matrices|conjecture|principle|formula|dimension|similarity|smoothing|index|penali[sz]ed)\b/i;
/** Codes of currencies, and an amount right before one ("1200 billion ", "50 "). */
const CURRENCY = /^(?:USD|EUR|GBP|RMB|CNY|JPY|INR|AUD|CAD|CHF|KRW)$/;
const AMOUNT_BEFORE = /\d(?:[\d,.]*)(?:\s+(?:thousand|million|billion|trillion|k|m|bn))?\s*$/i;
/** The head nouns of a long form that spells a method's acronym ("... Variational Autoencoder (C-VAE)"). */
const SPELT_METHOD_HEADS = new Set(['network', 'networks', 'model', 'autoencoder', 'detector', 'method', 'algorithm', 'framework', 'approach',
  'architecture', 'technique', 'scheme', 'strategy', 'pipeline', 'estimator', 'classifier', 'transformer', 'filter', 'analysis', 'machine',
  'machines', 'forest', 'factor', 'encoder', 'decoder', 'mechanism', 'test', 'regression', 'estimation', 'tool', 'toolkit', 'library',
  'platform', 'package', 'software', 'agent', 'optimizer', 'solver', 'engine', 'simulator', 'generator', 'discriminator', 'predictor',
  'explainer', 'attack', 'tree', 'trees', 'boosting', 'clustering', 'kernel']);
/** The word after such an acronym's parenthesis that names a method when the long form's own head does not ("... (DSHFT) scheme"). */
const SPELT_METHOD_AFTER = /^(?:algorithm|model|method|approach|framework|scheme|tool|library)$/i;
/**
 * Long forms with such a head that name no method: networks and machines of things, not of neurons ("Wireless Local Area
 * Network (WLAN)", "Online Social Networks (OSNs)", "Software-Defined Network (SDN)", "Automated Teller Machines (ATMs)"),
 * models of the world ("Standard Model (SM)", "Digital Elevation Model (DEM)"), and data ("International Dataset of Flaky
 * Tests (IDoFT)").
 */
const NOT_A_METHOD_SPELT = /\b(?:data ?sets?|benchmark|corpus|database)\b|\b(?:teller\s+machines?|standard\s+model|elevation\s+model|defined\s+networks?|organi[sz]ing\s+networks?)$|\b(?:area|social|access|sensor|communications?|radio|mobile|cellular|wireless|telecommunications?|computer|power|distribution|delivery|content|private|overlay|peer-to-peer|vehicular|satellite|monitoring|observing|observation)\s+networks?$/i;
/**
 * The paper's own words right before such a long form, with at most a few words between: "we propose a", "we propose in
 * this work a context-guided", "our", "a novel", "a novel application of" (not "a method for", "based on the", "a new
 * pre-trained").
 */
const SPELT_OWN_BEFORE = /(?:\b(?:we|this (?:paper|work|study|article))\s+(?:\w+\s+)?(?:propose|present|introduce|design|develop|build|devise|construct)\w*\s+(?:(?:in this (?:work|paper|study|article)|here),?\s+)?(?:(?:an?|the)\s+)?|\bour\s+|\b(?:an?|the)\s+(?:novel|new|proposed)\s+(?:(?:application|use|adaptation|extension|variant)\s+of\s+(?:the\s+)?)?)(?:(?!(?:pre-?trained|for|of|on|based|from|with|in|by|to|using|via|and|or)\b)[\w-]+,?\s+){0,4}$/i;
/**
 * A proposal said in the passive after such an acronym: "a domain separation-based heterogeneous federated transfer
 * (DSHFT) scheme is introduced", "... WER estimation (SIWE) is proposed" (the paper's own, where it has no other).
 */
const SPELT_OWN_AFTER = /^[^.;:()]{0,60}?\b(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:proposed|introduced|presented|developed|designed|devised|put forward)\b/i;
/** Step 3 for one candidate name: merged into an entity, or a new one (listed in `created`), or set aside. */
function takeCandidate(c: Compiled, pc: PaperPass, cand: Candidate, candidates: Candidate[], rejectedAcronyms: Set<string>, created: Ent[], title: Sentence): void {
  const { ents, byKey, register, mention, lexSpans, definedParts } = pc;
  // ("... are publicly available at https://github.com/misahub2023/Benchmarking-Codes-of-the-WCEBleedGen-dataset": a web
  // address is where a name is kept, never a name)
  if (cand.surface.includes('://') || /^www\./i.test(cand.surface)) return;
  // ("more than 2C higher", "5G networks", "4K video": digits and one capital letter are a quantity or a standard, no name)
  if (/^\d+(?:\.\d+)?[-‐]?[A-Z]$/.test(cand.surface)) return;
  // ("variants such as Flush+Reload, Flush+Flush", "the proposed PCC+EB controller": a name written only joined to another
  // by a "+" is a part of a combination, not a name of its own; "SoftPatch+" ends on its plus)
  if (cand.sentence.text.includes('+') && !cand.surface.endsWith('+') && onlyJoinedByPlus(cand.sentence.text, cand.surface)) return;
  // ("The WPS-dataset is evaluated by ...": a name cut at its hyphen goes on with the word after it; a name is never
  // written with a hyphen at its end)
  if (/[-‐]$/.test(cand.surface)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    const word = at < 0 ? null : /^[A-Za-z0-9]+/.exec(cand.sentence.text.slice(at + cand.surface.length));
    if (!word) return;
    // ("the SolidiFI-benchmark dataset": before a data word, the name is what precedes the hyphen, unless the title heads
    // with the data word written into the name: "WPS-Dataset: A Benchmark for ...")
    const whole = (cand.surface + word[0]).toLowerCase();
    cand.surface = /^(?:datasets?|data|benchmarks?|corpus|database)$/i.test(word[0]) && !candidates.some((o) => o.rule === 'title-head' && o.surface.toLowerCase() === whole) ? cand.surface.slice(0, -1) : cand.surface + word[0];
  }
  // ("the Neyman-Pearson Lemma", "Forman-Ricci curvature", "the Kolmogorov-Smirnov statistic": two names hyphened before a
  // term of mathematics are an eponym of the term, no method)
  // (one name too: "the Gram matrix", "Jaccard similarity", "Jelinek-Mercer smoothing")
  if (!cand.own && /^[A-Z][a-z]+(?:[-‐–][A-Z][a-z]+)?$/.test(cand.surface)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    if (at >= 0 && EPONYM_TERM_AFTER.test(cand.sentence.text.slice(at + cand.surface.length, at + cand.surface.length + 24))) return;
  }
  // ("among 32 classification algorithms (Lim, Loh and Shih, 2000)": surnames in a citation are its authors, no names)
  if (/^[A-Z][a-z]+$/.test(cand.surface) && cand.sentence.text.includes('(')) {
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(cand.sentence.text); m; m = CITATION.exec(cand.sentence.text)) {
      if (m[1].split(/[^A-Za-z]+/).includes(cand.surface)) return;
    }
  }
  // ("a novel RND-based OOD detector, SVD-RND", "a GNN-based UDA framework", "our UQ-supported MLLM-based VAD framework called
  // ALARM": a task's acronym after what it is based on says what kind of system the proposal is, no name)
  if (/[-‐]based\s+[A-Z]{2,}s?$/.test(cand.surface)) return;
  // ("Experiments on O-RAN-compliant testbed": a name hyphened to an adjective's suffix describes what follows it)
  if (/[-‐](?:compliant|enabled|capable|compatible|ready|grade|aware|driven|oriented|specific|like|powered|assisted|inspired)$/.test(cand.surface)) return;
  // ("more than 1200 billion USD", "USD 17.61 billion": a currency's code beside an amount, no name)
  if (CURRENCY.test(cand.surface)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    if (at >= 0 && (AMOUNT_BEFORE.test(cand.sentence.text.slice(Math.max(0, at - 24), at)) || /^\s*\$?\d/.test(cand.sentence.text.slice(at + cand.surface.length, at + cand.surface.length + 4)))) return;
  }
  // ("a little-known indexing technique called Orchard’s algorithm", "Kleinberg's burst model": someone's name in the
  // possessive before a kind of technique is an eponym of a classic one, no name here)
  if (!cand.own && /^[A-Z][a-z]+(?:['’]s)?$/.test(cand.surface)) {
    const bare = cand.surface.replace(/['’]s$/, '');
    let at = cand.sentence.text.indexOf(`${bare}’s`);
    if (at < 0) at = cand.sentence.text.indexOf(`${bare}'s`);
    if (at >= 0 && EPONYM_HEAD_AFTER.test(cand.sentence.text.slice(at + bare.length + 2, at + bare.length + 42))) return;
  }
  // ("features derived from Hidden-Markov-Tree-modeling of the paintings’ wavelet coefficients": a compound ending on a
  // lower-case word in -ing names an activity, no method)
  if (/[-‐][a-z]+ing$/.test(cand.surface) && !c.vocab.isLexiconName(cand.surface)) return;
  // ("Since RFF collection is carried out in ...": a subordinating word opening the sentence is no part of the name)
  const opener = LEADING_SUBORDINATOR.exec(cand.surface);
  if (opener) cand = { ...cand, surface: cand.surface.slice(opener[0].length) };
  // ("namely Gunetti & Picardi’s and Buffalo’s SVM algorithms": the first of two authors named in the possessive is no name)
  if (/^[A-Z][a-z]+$/.test(cand.surface)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    if (at >= 0 && AUTHOR_PAIR_AFTER.test(cand.sentence.text.slice(at + cand.surface.length, at + cand.surface.length + 40))) return;
  }
  // "using OpenSky's open-source aviation surveillance data set": a possessive ending is no part of the name
  if (/[A-Za-z0-9]['’]s$/.test(cand.surface)) cand = { ...cand, surface: cand.surface.slice(0, -2) };
  // "from the 'Galaxy Zoo - The Galaxy Challenge' dataset": a quotation mark closing a quoted name is no part of it
  else if (/[A-Za-z0-9]['’"”]$/.test(cand.surface)) cand = { ...cand, surface: cand.surface.slice(0, -1) };
  // ("MisEngine yields EPIC-KITCHENS-M and Ego4D-M—two datasets that ...": a word after a dash with no space opens a clause)
  const dashed = DASH_CLAUSE_AFTER.exec(cand.surface);
  if (dashed) cand = { ...cand, surface: dashed[1] };
  // ("We test our defense on Mozilla’s CommonVoice dataset": the maker in the possessive is no part of the name)
  const maker = MAKER_POSSESSIVE.exec(cand.surface);
  if (maker && shapeOf(maker[1]) === 'strong') cand = { ...cand, surface: maker[1] };
  // ("other similar algorithms, including Genetic Algorithm GA and Greedy Algorithm FGA": an acronym written after its words
  // without parentheses; the words are the name)
  const trailingAcr = TRAILING_INITIALS.exec(cand.surface);
  if (trailingAcr && trailingAcr[2].toUpperCase().endsWith(trailingAcr[1].split(/\s+/).map((w) => w[0]).join('').toUpperCase())) cand = { ...cand, surface: trailingAcr[1] };
  // "the 15-category MVTec-AD dataset": a count of its categories is no part of the name
  const counted = COUNT_PREFIX.exec(cand.surface);
  if (counted) cand.surface = cand.surface.slice(counted[0].length);
  // "compared to PyWebCopy Python library": the language a tool is written in is no part of its name
  const inLanguage = LANGUAGE_AFTER.exec(cand.surface);
  if (inLanguage && shapeOf(inLanguage[1]) === 'strong') cand.surface = inLanguage[1];
  const stem = cand.surface.replace(SUFFIX, '');
  if (stem !== cand.surface) {
    if (shapeOf(stem) === 'none') return;
    // ("a feature extraction algorithm called symbolic dynamic filtering (SDF) that was recently published ... The SDF-based
    // algorithm ... the proposed": what the paper's method is based on, read as someone's, stays someone's; not "we
    // propose ... (MIM-GAN) ... the proposed MIM-GAN-based method")
    if (cand.own && /[-‐](?:based|guided|driven|inspired)$/i.test(cand.surface)) {
      const sk = normKey(stem);
      if (candidates.some((o) => !o.own && o.rule === 'acronym-prior' && normKey(o.surface) === sk)) cand = { ...cand, own: false };
    }
    cand.surface = stem;
  }
  const k = normKey(cand.surface);
  const ek = entKey(cand.surface);
  // ("This paper introduces Kvasir-AD, an endoscopic anomaly detection dataset": a variant of a known data set, named as
  // written by the lexicon pass, that the paper releases is its own)
  if (cand.own && cand.kind === 'dataset') {
    const ed = ents.find((x) => x.edition !== undefined && x.variant && normKey(x.edition) === k);
    if (ed) {
      if (!ed.own) {
        ed.own = true;
        ed.evidence = cand.sentence;
      }
      return;
    }
  }
  if (!k || c.stopNames.has(k) || c.genericExact.has(cand.surface)) return;
  // ("8851 ENCODE ChIP-, RNA-, and DNase-seq datasets": the first part of a compound whose end is written once, no name)
  if (/[-‐]$/.test(cand.surface)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    if (at >= 0 && /^\s*(?:,|and\b|or\b)/.test(cand.sentence.text.slice(at + cand.surface.length))) return;
  }
  // ("a new data-driven IoT/IIoT dataset": words that are no names, joined by a slash, are none either)
  if (cand.surface.includes('/') && cand.surface.split('/').every((w) => c.stopNames.has(normKey(w)) || c.genericExact.has(w))) return;
  if (descriptorOnly(cand.surface) && !c.vocab.isLexiconName(cand.surface)) return;
  // ("We present a GTCS-detection method based on ...": a task written with its object, no name)
  if (TASK_COMPOUND.test(cand.surface) && !c.vocab.isLexiconName(cand.surface)) return;
  // ("cyber-attacks which include Denial-of-Service (DoS), Man-in-the-Middle (MitM) attacks": someone's such phrase names a
  // kind of thing; the paper's own stays a name: "we propose Hide-and-Seek")
  if (!cand.own && HYPHENED_PHRASE.test(cand.surface) && !c.vocab.isLexiconName(cand.surface)) return;
  // "compare them with ImageNet-pretrained ResNet-50 features", "FakeBench-tuned LLaVA": what a network was trained on
  // describes it, no name
  if (TRAINED_ON_WORD.test(cand.surface)) return;
  // ("requires less than 4MB memory", "runs at 30FPS": an amount and its unit, no name)
  if (AMOUNT_UNIT.test(cand.surface)) return;
  // ("over A100 GPUs", "on Xilinx FPGAs": processors, no names; "models (FP32, INT8)": number formats, none either)
  if (/\s(?:GPU|CPU|TPU|NPU|FPGA|MCU)s?$/.test(cand.surface) || /^(?:FP|INT|UINT|BF|TF)\d{1,2}$/.test(cand.surface)) return;
  // ("mined from a 275 GB database": a unit after its number is no name)
  if (/^[KMGTP]i?B$/.test(cand.surface) && new RegExp(`\\d\\s*${cand.surface}\\b`).test(cand.sentence.text)) return;
  // "simpler algorithms such as Naïve Bayes and K-NN": a name cut short at a letter outside ASCII is part of a word
  if (cutAtLetter(cand.sentence.text, cand.surface)) return;
  // "we propose an enhanced Graph Deviation Network (GDN) architecture": a known method the paper improves is someone's
  if (cand.own && cand.kind !== 'dataset' && c.vocab.isLexiconMethod(cand.surface) && improvedBefore(cand.sentence.text, cand.longForm ?? cand.surface)) cand.own = false;
  // "a Soft Mining Loss", "the Spatial Fusion Module": a named part of a method is no method
  // (a pretrained model may end in one: "Perception Encoder")
  const sp = cand.surface.lastIndexOf(' ');
  const lastWord = cand.surface.slice(sp + 1).toLowerCase();
  // (nor a metric the paper proposes: "the MediHall Score, a new ... metric")
  // (unless the title opens on it, the paper's whole method: "Consistency Margin Adapter for Few-Shot ...")
  if (sp > 0 && !(cand.kind === 'model' && lastWord === 'encoder') && !(cand.head === 'metric' && cand.own) && c.vocab.partHeads.has(lastWord) &&
    !(cand.own && titleNamesWhole(title.text.toLowerCase(), cand.surface.toLowerCase(), true)) && !(pc.takingLosses && lastWord === 'loss')) {
    if (cand.own && lastWord === 'loss' && cand.kind !== 'dataset' && !pc.takingLosses) pc.ownLosses.push(cand);
    return;
  }
  if (cand.rule === 'ours-loss' && !pc.takingLosses) {
    pc.ownLosses.push(cand);
    return;
  }
  // a generic algorithm's name is not a method, unless this paper explicitly names it as its own
  // ("an approach we call Outlier Exposure (OE)")
  // ("we propose ... Subspace Nearest Neighbor (SNN)": an acronym this paper defines as its own long form is
  // not the generic algorithm of the same letters, spiking neural networks)
  if (c.generic.has(k) && !(cand.own && (cand.rule === 'acronym-named' || cand.rule === 'naming' || cand.rule === 'title-head' || (cand.longForm !== undefined && spellsOwnName(cand.longForm, (x) => c.generic.has(normKey(x))))))) return;
  // (an acronym read as a part, but the subject of the paper's result: "... framework based on a heterogeneous
  // teacher network (HetNet), an adaptive fusion module ... HetNet demonstrates superior performance")
  // (not an acronym the paper defines as a named part: "a multi-scale feature fusion (MSFF) module ... The proposed MSFF")
  // (nor a metric the paper sets off as new: "the Space-Time Anomaly Score (STAS), a new metric")
  // (nor the paper's own acronym in its proposal sentence when something else rejected it: "Fraudulent User Detection Via
  // Behavior Information Aggregation Network (BIAN) On ..." as a title, then "we propose a novel behavior information
  // aggregation network (BIAN)")
  // (nor one read as a part, "SDTC (...) mechanism", that the proposal verb names with a whole method's head: "this work
  // puts forth the SDTC method")
  if (rejectedAcronyms.has(k) && !NAMES_OVER_REJECTION.has(cand.rule) && !(OWN_OVER_REJECTION.has(cand.rule) && !definedParts.has(k)) && !(cand.head === 'metric' && cand.own) &&
    !(cand.rule === 'propose-head' && definedParts.has(k)) &&
    !(cand.rule === 'acronym' && cand.own && cand.sentence.index > 0 && !definedParts.has(k) && isProposalSentence(cand.sentence.text, cand.sentence.flags))) return;
  // "We establish the Fence Theorem": a theorem or principle is a result, not a method
  if (STATEMENT_NAME.test(cand.surface)) return;
  // "a lightweight (non-ML) algorithm", "non-GAN approaches": a negated class of methods, no name
  if (NEGATED_CLASS.test(cand.surface)) return;
  // "Fishyscapes Lost" of "including Fishyscapes Lost and Found, ...": a part of a longer known name is no name
  if (!byKey.has(ek) && insideLexiconName(lexSpans.get(cand.sentence), cand.sentence.text, cand.surface)) return;
  // ("a large scale synthetic dataset called University of Houston Camera Tampering Detection dataset (UHCTD)": the words
  // of a long form another candidate of the sentence spells out are part of that name, no name of their own)
  if (cand.rule === 'dataset-named' && !byKey.has(ek) && candidates.some((o) => o.sentence === cand.sentence && o.longForm !== undefined &&
    o.longForm.length > cand.surface.length && o.longForm.includes(cand.surface))) return;
  // "CIFAR-10 OOD" of "CIFAR-100 vs CIFAR-10 OOD detection": a known name and a generic word are no new name
  if (!byKey.has(ek) && !cand.own && knownNameThenGeneric(c, cand.surface, byKey)) return;
  // ("models including Extreme Gradient Boosting (XGBoost), Multi-Layer Perceptron (MLP)": words written out before a known
  // name in parentheses spell that name out, whatever its letters, and are no name of their own)
  if (!cand.own && !byKey.has(ek)) {
    const at = cand.sentence.text.indexOf(cand.surface);
    const paren = at < 0 ? null : /^\s*\(([^()\s][^()]{0,30})\)/.exec(cand.sentence.text.slice(at + cand.surface.length));
    const known = paren ? byKey.get(entKey(paren[1])) : undefined;
    // (not a pretrained model's: "Masked Autoencoders (MAE)" is also the way of training the paper uses)
    if (known?.lex && known.kind !== 'model') {
      register(known, cand.surface);
      return;
    }
  }
  let e = byKey.get(ek) ?? (cand.longForm ? byKey.get(normKey(cand.longForm)) : undefined);
  // a result's subject adds only a name found nowhere else, and not in prior work ("PatchCore achieves ...",
  // "Recently, FooNet surpassed ..."): a known or otherwise found name keeps what its other mentions say
  if (cand.rule === 'result-subject' && (e || isPriorWork(c, cand.sentence))) return;
  // ("A novel model PatchCore is introduced into the pipeline", "we build on a novel approach, DOMINANT, which":
  // a known method so placed is what the paper uses)
  if ((cand.rule === 'passive-head' || cand.rule === 'novel-appos') && e?.lex) return;
  // "we introduce DLAN-AC ... The proposed DLAN can ...": the start of the paper's longer name is a part of it
  if ((cand.rule === 'ours-name' || cand.rule === 'ours-proposed') && !e &&
    candidates.some((o) => o.own && o.surface.length > cand.surface.length && o.surface.startsWith(cand.surface) && /^[-‐ ]/.test(o.surface.slice(cand.surface.length)))) return;
  // "The proposed Proser": a capitalised word after "our" / "the proposed" confirms a name known otherwise only
  if (cand.shape === 'weak' && (cand.rule === 'ours-name' || cand.rule === 'ours-proposed') && !e) return;
  // "we build a Grounding DINO pipeline": a known name before a head noun is what the proposal uses
  // ("we present Deep SAD, an end-to-end deep methodology": a known name the proposal defines is the proposal)
  // ("We propose the OpenHybrid framework", "we release our large-scale TaskTracker toolkit": a known method the paper
  // proposes with the definite article or as its own is its own; "We propose a GRPO framework", "a LoRA approach" build on
  // the known one)
  if (e?.lex && (cand.rule === 'propose-phrase' || (cand.rule === 'propose-head' && !(e.lex.kind === 'method' && theOrOurBefore(cand)))) && !definedAfter(cand)) return;
  // ("we propose a lightweight YOLOv7 insulator defect detection algorithm": a known name after an indefinite article and
  // before lower-case words is what the proposal modifies, not its name)
  if (e?.lex && cand.rule === 'propose' && knownBeforeDescription(cand)) return;
  // "we propose three variants that differ in the teacher backbone: ResNet-18, WideResNet-50 and EfficientNet-B4": the
  // pretrained models the proposals are built from
  if (cand.rule === 'propose-list' && (e?.lex?.kind === 'model' || (c.modelFamily?.test(cand.surface) ?? false))) return;
  // "ZorbNet is proposed to ...": a known method or model so described is someone else's ("CLIP is designed for ...");
  // "We address this problem with CLIP, a vision-language model": a known one the paper puts to use
  if (e?.lex && (cand.rule === 'passive-name' || cand.rule === 'address-with')) return;
  // "a vision-language model, CLIP, which", "the water treatment testbed, SWaT, which": a known model or dataset so
  // set off is what the proposal uses
  if (e?.lex && e.lex.kind !== 'method' && cand.rule === 'propose-appos') return;
  // "our CLIP fine-tuning procedures", "our ResNet backbone", "we propose X to leverage the vision-language
  // model CLIP": a known model the paper uses, not its proposal
  // ("fine-tune a pre-trained Vision Transformer (DINOv2)": a known model in parentheses, with no long form)
  // ("AnomalySD: ... with Stable Diffusion Model" and "we seek help from Stable Diffusion (SD) model": a known model
  // the title names is no proposal for that alone)
  if (e?.lex?.kind === 'model' && (cand.rule === 'ours-name' || cand.rule === 'ours-proposed' || cand.rule === 'head-name' ||
    (cand.rule.startsWith('acronym') && (!cand.longForm || knownSpelling(c, cand.longForm, e.lex.entry) ||
      (longFormEndsInModel(c, cand.longForm, cand.surface) && !isProposalSentence(cand.sentence.text)))))) return;
  // "MOOD: Multi-level Out-of-distribution Detection": a title head naming a method is the paper's own method,
  // even when a known dataset goes by the same name (the MOOD challenge)
  // (not "MedIAnomaly: A comparative study of ...": a title head described by an article phrase names what it describes,
  // unless the phrase is a kind of method: "JADES: A Universal Framework for Jailbreak Assessment ...")
  // (and only when the abstract uses the name too: "FaceForensics++: Learning to Detect Manipulated Facial Images"
  // names in its title the benchmark its abstract describes without naming it)
  if (e?.lex?.kind === 'dataset' && cand.rule === 'title-head' && cand.kind === 'method' && e.edition === undefined &&
    (!/^\s*(?:an?|the)\s/i.test(titleHead(title.text)?.rest ?? 'a ') || ARTICLE_METHOD_REST.test(titleHead(title.text)!.rest)) &&
    // (the abstract's use may be its proposal, which the lexicon leaves to the patterns: "we propose FLARE, a ... method")
    (e.seen.some((x) => x.index > 0) || candidates.some((o) => o !== cand && o.own && o.kind === 'method' && o.sentence.index > 0 && normKey(o.surface) === normKey(cand.surface)))) {
    e.lex = undefined;
    e.kind = 'method';
  }
  // ("we propose a novel framework ..., termed as Document Tampering Detector (DTD)": the paper's own acronym, spelt out
  // otherwise than a known name of the same letters spells it (DTD, the Describable Textures Dataset), names the paper's
  // thing, not the known one; only where the lexicon knows a long form to differ from: "the Battle of the Attack Detection
  // Algorithms (BATADAL)" is the known BATADAL)
  if (e?.lex && e.edition === undefined && e.sized === undefined && cand.own && cand.rule.startsWith('acronym') && cand.longForm && !knownSpelling(c, cand.longForm, e.lex.entry) &&
    [e.lex.entry.name, ...(e.lex.entry.aliases ?? [])].some((f) => /\S\s+\S/.test(f) && !f.toLowerCase().includes(cand.surface.toLowerCase()))) {
    e.lex = undefined;
    e.kind = cand.kind === 'dataset' ? 'dataset' : 'method';
  }
  // ("We address these challenges by introducing UDG, a large-scale dataset of ...": the paper's own data, set off as data,
  // under the letters of a known method is the paper's data)
  if (e?.lex?.kind === 'method' && e.edition === undefined && cand.own && cand.kind === 'dataset' && (cand.rule === 'apposition' || cand.rule === 'dataset-titled')) {
    e.lex = undefined;
    e.kind = 'dataset';
  }
  if (!e) {
    if (!acceptNew(cand)) return;
    if (cand.rule === 'ours-name' && cand.kind === 'unknown' && !candidates.some((o) => o !== cand && normKey(o.surface) === k && o.rule !== 'ours-name') &&
      !(cand.shape === 'strong' && pc.definedHere.has(k))) {
      // "our X" alone does not make a name: it confirms one found otherwise (or an acronym the paper defines, though in
      // passing: "..., seeds cleansing Constrained Nonnegative Matrix Factorization (sc-CNMF). ... Our sc-CNMF yields ...")
      return;
    }
    // (not a title's head method whose title speaks of no data: "FEVER-OOD: Free Energy Vulnerability Elimination for ...")
    const parent = cand.rule === 'title-head' && cand.kind === 'method' && !DATA_WORD.test(title.text) ? undefined : derivedDataset(c, cand.surface);
    // ("against models like BioBERT, DocBERT, BioClinicalBERT": a name built on BERT that the paper does not propose, listed
    // as one of some models, is a pretrained model of that family; not "compared with DeepLog and LogBERT")
    const bertModel = !cand.own && cand.kind !== 'dataset' && BERT_BUILT.test(cand.surface) && MODELS_LISTED.test(cand.sentence.text);
    e = newEnt(cand.kind === 'model' || bertModel ? 'model' : cand.kind === 'dataset' || parent || benchName(cand, candidates) ? 'dataset' : 'method', cand.sentence, cand.confidence, pc.order++);
    if (parent) e.parentDomain = parent.domain;
    ents.push(e);
    created.push(e);
  }
  if (cand.own) {
    if (!e.own || e.evidence.index > cand.sentence.index) e.evidence = cand.sentence;
    e.own = true;
    if (e.kind === 'model' && cand.kind !== 'dataset') e.kind = 'method';
    if ((cand.kind === 'dataset' || benchName(cand, candidates)) && !e.lex) e.kind = 'dataset';
    e.confidence = Math.max(e.confidence, cand.confidence);
  }
  // "we propose the semantically coherent OOD detection (SC-OOD). On the SC-OOD benchmarks, ...": a name the
  // paper proposes and then names as data ("the X benchmarks", "the X dataset") is its data
  if (!cand.own && cand.rule === 'dataset-named' && e.own && e.kind === 'method' && !e.lex && !e.metricHead) e.kind = 'dataset';
  if (cand.head === 'metric' || cand.head === 'measure') e.metricHead = true;
  if (cand.metricName) e.metricName ??= cand.metricName;
  // (not a part swapped in: "Finally, DySample is introduced to replace traditional sampling operations")
  if (cand.part && !e.own && !pc.partProposals.includes(e) && !/\breplac|\binstead of\b|\bin place of\b/i.test(cand.sentence.text)) pc.partProposals.push(e);
  mention(e, cand.surface, cand.sentence);
  if (cand.longForm && !c.generic.has(normKey(cand.longForm))) {
    e.longForms.add(cand.longForm);
    register(e, cand.longForm);
  }
}

/** The output lists extractWith fills from its entities, and the facets the entities give. */
interface OutputLists {
  /** kind:normalised canonical name of the entities listed */
  seenNames: Set<string>;
  methods_proposed: EntityMention[];
  methods_mentioned: EntityMention[];
  datasets: DatasetMention[];
  models: EntityMention[];
  /** (general: a general-purpose assistant model that also reads images: GPT-4o, Gemini, Claude 3) */
  techniqueFromEntities: { tag: string; s: Sentence; conf: number; general?: boolean }[];
  domainFromEntities: { tag: string; s: Sentence; conf: number }[];
  metricFromEntities: { tag: string; s: Sentence; conf: number }[];
}

/**
 * The sentence an entity's evidence quotes: where it was found, except for the paper's own method or data found in the
 * title ("MuSc: Zero-Shot Industrial Anomaly Classification ..."), whose evidence is the abstract's first sentence that
 * proposes it by name ("we propose a novel zero-shot method, named MuSc, ..."), when there is one: the sentence that
 * says what it is, where the title only names it.
 */
function ownEvidence(e: Ent): Sentence {
  if (!e.own || e.evidence.index !== 0) return e.evidence;
  let best: Sentence | undefined;
  for (const s of e.seen) if (s.index > 0 && (best === undefined || s.index < best.index) && isProposalSentence(s.text, s.flags)) best = s;
  return best ?? e.evidence;
}

/** Step 4 for one entity: its mention in the output lists, and the facets it gives (once per canonical name). */
function outputEntity(c: Compiled, e: Ent, o: OutputLists): void {
  const { seenNames, methods_proposed, methods_mentioned, datasets, models, techniqueFromEntities, domainFromEntities, metricFromEntities } = o;
  const { name, aliases } = canonical(e);
  const nk = `${e.kind}:${entKey(name)}`;
  if (seenNames.has(nk)) return;
  seenNames.add(nk);
  const base: EntityMention = { name, evidence: quote(ownEvidence(e)), confidence: round(e.confidence) };
  if (aliases.length) base.aliases = aliases;
  if (e.kind === 'method') {
    // ("based on Basic Safety Messages (BSM) sequences", "based on Microscopy Images (MIs)": words that end on a plural of
    // data name what a method reads, not a method; dev pool: 7 wrong, none right)
    if (!e.lex && DATA_PLURAL_END.test(name)) return;
    // "using PATE, a recently proposed threshold-free evaluation metric": a named metric the paper uses is a metric,
    // no method (one of the lexicon's methods keeps its kind)
    if (!e.own && e.metricHead && !e.lex) {
      metricFromEntities.push({ tag: e.metricName ?? name, s: e.evidence, conf: 0.7 });
      return;
    }
    (e.own ? methods_proposed : methods_mentioned).push(base);
    // a named method the paper works through gives its techniques (README point 5): named in the title
    // ("A GRPO-based ...") or right after a use word ("through DDIM Inversion"); a comparison or a
    // baseline it merely builds upon ("builds upon DRAEM") does not state the technique
    const mt = !e.own && e.lex ? (e.lex.entry as MethodEntry).techniques : undefined;
    if (mt?.length) {
      const use = e.seen.find((s) => s.index === 0 || [...e.surfaces.keys()].some((sf) => {
        const at = s.text.indexOf(sf);
        return at > 0 && USED_VIA.test(s.text.slice(Math.max(0, at - 48), at));
      }));
      if (use) for (const t of mt) techniqueFromEntities.push({ tag: t, s: use, conf: 0.7 });
    }
    if (e.own && e.metricHead) metricFromEntities.push({ tag: e.metricName ?? name, s: e.evidence, conf: 0.8 });
  } else if (e.kind === 'model') {
    // "An Improved YOLOv8 Model for ...", "based on YOLOv5", "surpassing mainstream models such as YOLOv8": a closed-set
    // detector the paper improves, builds on or compares with is a method it names, not a pretrained model it uses
    // (the lexicon README: architectures papers build on and train for their task are methods)
    // (a size variant of a YOLO version too: "an optimized YOLOv8s algorithm", "Improved YOLOv7-tiny")
    // (a detector of the closed-set families papers train for their task, YOLO's above all, whatever the words around it,
    // unless named as pretrained: the dev pool's readers file YOLO versions with methods two times in three)
    if ((e.lex ? (e.lex.entry as ModelEntry).family === 'detector' : /^YOLO/.test(name)) && !OPEN_SET_DETECTOR.test(name) &&
      (e.seen.some((s) => detectorBuiltOn(s.text, e)) || (TRAINED_DETECTOR.test(name) && !e.seen.some((s) => pretrainedIn(s.text, e) || usedAsIs(s.text, e))))) {
      methods_mentioned.push(base);
      return;
    }
    models.push(base);
    const fam = e.lex ? (e.lex.entry as ModelEntry).family : undefined;
    const t = fam === 'vlm' ? 'vision-language' : fam === 'mllm' ? 'multimodal-llm' : fam === 'llm' ? 'llm' : fam === 'diffusion' ? 'diffusion' : undefined;
    // (not a model named only as what the proposal beats: "outperforms GPT-4o by 34.1%", "surpasses the second-best
    // model (GPT-4o)")
    if (t && !(e.seen.length > 0 && e.seen.every((x) => beatenIn(x.text, e)))) techniqueFromEntities.push({ tag: t, s: e.seen[0] ?? e.evidence, conf: 0.85, general: fam === 'mllm' && GENERAL_ASSISTANT.test(name) });
    // a foundation model whose features the paper uses: a promptable segmenter (SAM), a time-series or
    // tabular foundation model (TabPFN), a self-supervised vision foundation model (the DINO family)
    // (named where the paper uses it, not only in a comparison or in prior work: "Unlike Chronos, ...")
    const foundation = (fam === 'segmenter' && /^(?:SAM\b|SAM\s?2|Segment Anything|MobileSAM|EfficientSAM|HQ-SAM|FastSAM|MedSAM|SAM-)/.test(name)) ||
      fam === 'time-series-fm' || fam === 'tabular-fm' || (fam === 'vision-backbone' && /^DINO/.test(name));
    if (foundation && e.seen.some((s) => !COMPARED.test(s.text) && !isPriorWork(c, s))) {
      techniqueFromEntities.push({ tag: 'foundation-model-features', s: e.seen[0] ?? e.evidence, conf: 0.75 });
    }
  } else {
    const role = datasetRole(e);
    // a found data set goes by its name with the data word too, as the text writes it ("the Qatar University dataset"):
    // readers name it either way (dev pool: 10 more right, 25 fewer wrong)
    if (!e.lex) {
      const extra = dataWordForms(e);
      if (extra.length) base.aliases = [...(base.aliases ?? []), ...extra];
    }
    // (the keys in base's order, then the role: an object literal, not a spread of base's two shapes)
    const d: DatasetMention = base.aliases
      ? { name, evidence: base.evidence, confidence: base.confidence, aliases: base.aliases, role }
      : { name, evidence: base.evidence, confidence: base.confidence, role };
    if (role === 'introduced') d.evidence = quote(e.evidence);
    else {
      const ev = e.seen.find((s) => evalSentence(s.text)) ?? e.seen[0] ?? e.evidence;
      d.evidence = quote(ev);
    }
    const dom = e.lex ? (e.lex.entry as DatasetEntry).domain : e.parentDomain;
    if (dom && (DOMAINS as readonly string[]).includes(dom)) {
      d.domain = dom as Domain;
      if (role !== 'mentioned') domainFromEntities.push({ tag: dom, s: e.seen[0] ?? e.evidence, conf: 0.9 });
    }
    // "experiments on MVTec 3D-AD": industrial data, and 3D point clouds
    const also = e.lex ? (e.lex.entry as DatasetEntry).alsoDomains : undefined;
    if (also && role !== 'mentioned') for (const x of also) domainFromEntities.push({ tag: x, s: e.seen[0] ?? e.evidence, conf: 0.9 });
    datasets.push(d);
  }
}

interface FacetCtx {
  title: Sentence;
  domains: FacetAcc<Domain>;
  settings: FacetAcc<Setting>;
  techniques: FacetAcc<Technique>;
  metrics: FacetAcc<Metric>;
  modalitySents: Sentence[];
  nameSpans: Map<Sentence, [number, number][]>;
  longFormSpans: Map<Sentence, [number, number][]>;
  nonMetric: Set<string>;
  /** The paper's sentences (title first). */
  sents: readonly SentTokens[];
  /** Whether the paper speaks of images, video, inspection or medical imaging anywhere: looked up on first need. */
  visual: boolean | undefined;
  /** Does the paper speak of speech or voice (read when a spoofing cue is hit)? */
  speech?: boolean;
  /** Does the paper speak of satellite positioning (read when a spoofing cue is hit)? */
  navigation?: boolean;
  /** Whether any sentence speaks of money (memo of MONEY_WORDS). */
  money?: boolean;
  /** The supervision settings the title names (memo of TITLE_SETTING_RX). */
  titleSettings?: string[];
  /** Whether any sentence speaks of machines (memo of MACHINE_WORDS). */
  machineWords?: boolean;
  /** Words of large language models anywhere in the paper (memo). */
  largeLM?: boolean;
  /** Words of models that reason in words anywhere in the paper: language models, agents, question answering (memo). */
  reasoningModels?: boolean;
  /** Whether the paper is a survey or a review (memo of SURVEY_TITLE, SURVEY_WORDS). */
  survey?: boolean;
  /** Whether the paper speaks of its proposed method (memo of PROPOSED_METHOD_WORDS). */
  ownMethodWords?: boolean;
  /** Words of reward learning or of language-model agents anywhere in the paper (memo of LEARNING_AGENT). */
  learningAgent?: boolean;
  /** Whether any sentence speaks of bots or accounts (memo of ACCOUNT_WORDS). */
  accountWords?: boolean;
  /** Whether any sentence speaks of a model reconstructing its input (memo of MODEL_RECONSTRUCTION). */
  modelReconstruction?: boolean;
  /** Whether any sentence speaks of plagiarised programs or music (memo of NON_TEXT_PLAGIARISM). */
  codePlagiarism?: boolean;
  /** Words of texts (documents, posts, queries ...) anywhere in the paper (memo). */
  textObjects?: boolean;
  /** Words of LiDAR or point clouds anywhere in the paper (memo). */
  pointWords?: boolean;
  /** Whether any sentence speaks of programs (memo of SOFTWARE_WORDS). */
  softwareWords?: boolean;
  /** The paper's proposed methods (named before the facets are read). */
  proposed: readonly EntityMention[];
  /** Whether any sentence speaks of attacks, intrusions, faults, defects, failures or malware (memo of HARM_KINDS). */
  harmKinds?: boolean;
  /** Whether any sentence speaks of X-rayed goods or welds (memo of XRAY_GOODS). */
  xrayGoods?: boolean;
  /** (the paper is about covert cryptocurrency mining: cryptojacking) */
  cryptojacking?: boolean;
  /** (the paper speaks of generated or synthesised content) */
  generatedContent?: boolean;
  /** Whether the industrial tag came from machines themselves (machinery, bearings, machine tools). */
  machines?: boolean;
  /** An industrial cue named a production process or a plant's operation (PROCESS_CUES). */
  processes?: boolean;
  /** The first sentence that names language processing only to praise language models (the text domain held back). */
  praisedText?: Sentence;
  /** The acronyms the paper defines with a long form, by normalised acronym. */
  definedHere: Map<string, AcronymDef>;
  /** Words of autoencoders anywhere in the paper (memo of AUTOENCODER_WORDS). */
  autoencoderWords?: boolean;
  /** A text-to-image generator and no vision-language model anywhere in the paper (memo of IMAGE_GENERATOR_WORDS, VLM_WORDS). */
  promptedGenerator?: boolean;
  /** Words of attacks, intruders and threats anywhere in the paper (memo of SECURITY_THEME). */
  securityTheme?: boolean;
}

/** Step 5 for one sentence: the facet cues it holds, less those the rules set aside. */
function sentenceFacets(c: Compiled, st: SentTokens, f: FacetCtx): void {
  const { s, tokens, cues } = st;
  const fl = s.flags ?? 0;
  const gates = s.gates ?? -1;
  let hits = c.cues.scan(s.text, tokens, cues);
  // "the fastest classifier, averaging 1.12 seconds", "a minor decrease averaging at 1.7%": "averaging" before a
  // number is "on average", no weight averaging
  if (hits.length && fl & L_AVERAGING && s.text.includes('veraging')) {
    hits = hits.filter((h) => !(h.to - h.from === 1 && tokens[h.from].lower === 'averaging' &&
      (/^\d/.test(tokens[h.to]?.text ?? '') || (ABOUT.has(tokens[h.to]?.lower ?? '') && /^\d/.test(tokens[h.to + 1]?.text ?? '')))));
  }
  // a sentence with no cue gives no facet (only, perhaps, a list of modalities)
  // "a classification accuracy of 80.4%", "97.2% accuracy", "achieving 94.6% detection accuracy": accuracy with
  // its figure needs no cue
  // (or accuracy listed with other measures of results: "achieving higher accuracy, precision, recall, and F1-Scores",
  // "outperforms ... in both accuracy and F1 score"; not accuracy measured by another: "higher accuracy (in terms of AUC)")
  // (or a rate of correct classification reported with its figure: "the recognition rate of this method reaches 87.75%",
  // "a correct classification rate of 92.74%")
  // (or higher accuracy a result claims: "VarParser achieves higher accuracy compared to existing methods", "the BiLSTM
  // model provided higher accuracy for detecting fake reviews", "outperforms ... with higher accuracy and fewer false alarms"; not
  // "to achieve higher accuracy", a goal; nor in a sentence with a percentage, another measure's figure where ACCURACY_FIGURE
  // finds none of accuracy: "achieves higher accuracy and 40.6% latency reduction"; dev pool: 40 tags more right, 11 more wrong)
  // (or accuracy praised as very high, or as "a high accuracy": "detects LDDoS flows ... with very high accuracy", "Our model
  // shows a high accuracy in detecting fixed tennis matches"; not what others claim: "These models typically claim very high
  // detection accuracy"; dev pool: 13 tags more right, 2 more wrong)
  const accuracyFigure = ((fl & L_ACCURACY) !== 0 && s.text.includes('ccurac') && !accuracyAsOther(s.text) && (ACCURACY_FIGURE.test(s.text) || (ACCURACY_LISTED.test(s.text) && !ACCURACY_BY_OTHER.test(s.text)) ||
    (s.text.includes('igher') && !s.text.includes('%') && HIGHER_ACCURACY.test(s.text)) ||
    (s.text.includes(' high ') && VERY_HIGH_ACCURACY.test(s.text) && !ACCURACY_CLAIMED_BY_OTHERS.test(s.text)))) ||
    (s.text.includes(' rate') && s.text.includes('%') && RATE_FIGURE.test(s.text));
  // "requiring <1ms to process a single spectrogram", "the recognition time is only 0.52 s": the time the work takes, with
  // its figure, is a latency the paper reports (not a span of its data: "64 ms windowed segments")
  if (DIGIT_TIME.test(s.text) && TIME_SPENT.test(s.text) && !TIME_OF_DATA.test(s.text)) f.metrics.add('latency', s, 0.7);
  // "can process up to 67 images/s", "the detection speed of Insu-YOLO is 87 frames/s": work per second is throughput
  if ((s.text.includes('second') || s.text.includes('/s') || s.text.includes('fps')) && RATE_SPENT.test(s.text)) f.metrics.add('throughput', s, 0.7);
  // "anomaly detection, classification and localization", "fault detection and classification", "the detection,
  // localization, and classification of defects": the anomalies are classified (cue phrases do not cross commas)
  if ((gates & G_CLASSIFICATION) !== 0 && s.text.includes('lassification') && DETECT_AND_CLASSIFY.test(s.text)) f.settings.add('anomaly-classification', s, 0.75);
  // "NGUARD exploits a combination of supervised and unsupervised methods", "we compare supervised, semi-supervised and
  // unsupervised criteria", "a comprehensive overview ... including supervised, semi-supervised, and unsupervised learning":
  // a list of learning paradigms the paper uses, compares or reviews has the supervised one (not the methods it beats or the
  // field's habits: "outperforms existing supervised and unsupervised methods", "current approaches are supervised and ...")
  if ((gates & G_SUPERVISED) !== 0 && s.text.includes('upervised') && PARADIGM_LIST.test(s.text) && !PARADIGM_OTHERS.test(s.text)) f.settings.add('supervised', s, 0.7);
  // "transfer learning with EfficientNet_B2", "used transfer learning to adapt the network", "a pre-trained Transfer Learning
  // (TL) ... DenseNet201": a pretrained network carried over to the paper's task is fine-tuned (not a frozen one read for
  // features: "a pretrained CNN ... extracting important video features", nor the field's habit)
  if ((gates & G_TRANSFER) !== 0 && (s.text.includes('ransfer learning') || s.text.includes('ransfer Learning')) && TRANSFER_PRETRAINED.test(s.text) && !TRANSFER_NOT_TUNED.test(s.text)) f.techniques.add('fine-tuning', s, 0.7);
  // "We evaluate eleven representative LVLMs on this benchmark", "we benchmark state-of-the-art anomaly detection methods
  // under three settings", "We assess various zero-shot detectors": the paper evaluates others' methods
  // ("We conduct a large-scale evaluation spanning twenty-two detection methods": the noun after a verb of doing, its
  // words first)
  if ((gates & G_EVALUATES_MANY) !== 0 && (s.text.includes('valuate') || s.text.includes('enchmark') || s.text.includes('ssess') ||
    ((s.text.includes('valuation') || s.text.includes('omparison')) && (s.text.includes('onduct') || s.text.includes('erform') || s.text.includes('rovide') || s.text.includes('resent') || s.text.includes('arry out')))) &&
    EVALUATES_MANY.test(s.text)) f.settings.add('evaluation', s, 0.75);
  if (!hits.length) {
    if (fl & T_MODALITY) f.modalitySents.push(s);
    if (accuracyFigure) f.metrics.add('accuracy', s, 0.75);
    return;
  }
  // what the rules below read of the sentence, each only where a cue of its group is there
  let hasDomain = false;
  let hasTechnique = false;
  for (const h of hits) {
    if (h.group === G_DOMAIN) hasDomain = true;
    else if (h.group === G_TECHNIQUE) hasTechnique = true;
  }
  const mot = hasDomain && fl & T_MOTIVATION ? MOTIVATION.exec(s.text) : null;
  let motivationAt = mot ? mot.index : Infinity;
  // (where the examples end: "Resource metric data such as CPU utilization ... are modelled as multivariate time series" goes
  // on past its list to say what the paper's data are)
  let motivationEnd = Infinity;
  // "... is essential for identifying fraud, ... in domains such as ...": the earliest of these marks
  if (hasDomain && s.index > 0 && fl & T_MOTIVATION && !OWN_DATA.test(s.text)) {
    for (const re of [EXAMPLES, APPLICATIONS_IN, IMPORTANCE]) {
      const ex = re.exec(s.text);
      if (ex && ex.index < motivationAt) {
        motivationAt = ex.index;
        const end = re === EXAMPLES ? EXAMPLES_END.exec(s.text.slice(ex.index)) : null;
        motivationEnd = end ? ex.index + end.index : Infinity;
      }
    }
  }
  const priorWork = (hasDomain || hasTechnique) && isPriorWork(c, s);
  // "the most recent effort relies on a reconstruction task": prior work's technique, not the paper's
  const priorTechnique = hasTechnique && (priorWork || (s.index > 0 && priorSubject(s.text, fl) && !OWN_WORDS.test(s.text)));
  const insp = hasDomain || hasTechnique ? inspiredClause(s.text, fl) : null;
  const inspiredFrom = insp ? insp.index : -1;
  const inspiredTo = insp ? insp.index + insp[0].length : -1;
  // a sentence announcing released code (a URL, GitHub, a project page); where a future-work phrase ends
  const releaseSentence = hasDomain && s.index > 0 && (fl & L_RELEASE) !== 0 && (s.text.includes('http') || s.text.includes('github') || s.text.includes('www.') ||
    s.text.includes('ebsite') || s.text.includes('roject page')) && RELEASE_SENTENCE.test(s.text);
  const fw = hasTechnique && s.index > 0 && (fl & L_FUTURE) !== 0 && (s.text.includes('uture') || s.text.includes('eave') || s.text.includes('left')) ? FUTURE_WORK.exec(s.text) : null;
  const futureEnd = fw ? fw.index + fw[0].length : Infinity;
  const mh: typeof hits = [];
  const inName = f.nameSpans.get(s);
  const x: HitPass = { c, f, s, tokens, hits, fl, motivationAt, motivationEnd, releaseSentence, priorWork, priorTechnique, inspiredFrom, inspiredTo, futureEnd, mh };
  for (const h of hits) {
    if (inName && inName.some(([a, b]) => h.from >= a && h.to <= b)) continue;
    if (h.group === G_DOMAIN) domainHit(x, h);
    else if (h.group === G_SETTING) settingHit(x, h);
    else if (h.group === G_TECHNIQUE) techniqueHit(x, h);
    else metricHit(x, h);
  }
  // "image-level and pixel-level AUROC": a coordinated level applies the metric at both levels
  if (mh.length && fl & L_PIXEL && COORDINATED_LEVELS.test(s.text)) {
    for (const h of mh) {
      if (h.tag === 'pixel-AUROC') f.metrics.add('AUROC', s, 0.75);
      if (h.tag === 'pixel-AUPR') f.metrics.add('AUPR', s, 0.75);
      if (h.tag === 'AUROC') f.metrics.add('pixel-AUROC', s, 0.75);
      if (h.tag === 'AUPR') f.metrics.add('pixel-AUPR', s, 0.75);
    }
  }
  if (fl & T_MODALITY) f.modalitySents.push(s);
  // "both image- and pixel-AUROC", "image- and pixel-wise AP": the one metric at both levels
  const ip = fl & L_PIXEL && s.text.includes('image-') ? IMAGE_AND_PIXEL.exec(s.text) : null;
  if (ip) {
    const auc = /^(?:AUROC|AUC|AU-ROC|ROC-AUC)$/i.test(ip[1]);
    f.metrics.add(auc ? 'AUROC' : 'AUPR', s, 0.75);
    f.metrics.add(auc ? 'pixel-AUROC' : 'pixel-AUPR', s, 0.75);
  }
  // "AUROC in classification and segmentation": the segmentation figure is pixel-AUROC
  // (not "on the BraTS segmentation benchmarks", "this new segmentation technique": segmentation as a kind of data or tool)
  if (mh.some((h) => h.tag === 'AUROC') && SEGMENTATION_TASK.test(s.text)) f.metrics.add('pixel-AUROC', s, 0.7);
  if (fl & L_PIXEL && mh.some((h) => h.tag === 'AUROC') && PIXEL_FIGURES_AUROC.test(s.text)) f.metrics.add('pixel-AUROC', s, 0.7);
  if (accuracyFigure) f.metrics.add('accuracy', s, 0.75);
}

/**
 * What the rules for one cue of a sentence read (sentenceFacets' per-sentence findings). (The rules of each
 * group are a small top-level function, not a branch of sentenceFacets: V8 optimises a function only after
 * running its bytecode for a while in proportion to its size; see PaperPass.)
 */
interface HitPass {
  c: Compiled;
  f: FacetCtx;
  s: Sentence;
  tokens: Token[];
  hits: CueHit[];
  fl: number;
  motivationAt: number;
  /** Where an example list that set `motivationAt` gives way to the sentence's own verb of its data. */
  motivationEnd: number;
  releaseSentence: boolean;
  priorWork: boolean;
  priorTechnique: boolean;
  inspiredFrom: number;
  inspiredTo: number;
  futureEnd: number;
  /** The metric cues kept. */
  mh: CueHit[];
}

/** Words of an attack on what sensors report ("falsified sensor measurements", "an attacker ... hijacking a subset of sensor
 * measurements", "sensor measurements ... may be attacked by adversaries"). */
const ATTACKED_READINGS = /\b(?:falsif\w*|manipulat\w*|attack\w*|hijack\w*|spoof\w*|tamper\w*|compromis\w*|adversar\w*)/i;
/** Words after "industrial" of where something is used, not of industrial data. */
const INDUSTRIAL_USE = /^(?:applications?|contexts?|scenarios?|problems?|usage|practices?|settings?|deployments?|use)$/;
/** A domain cue: the domain, unless the sentence says it only in passing (motivation, prior work, a name ...). */
function domainHit(x: HitPass, h: CueHit): void {
  const { f, s, tokens, hits, motivationAt, motivationEnd, releaseSentence, priorWork, inspiredFrom, inspiredTo } = x;
  const inInspired = (at: number) => at >= inspiredFrom && at < inspiredTo;
  // applications listed only as motivation ("in fields such as medical ...") are not domains
  if (tokens[h.from].start > motivationAt && tokens[h.from].start < motivationEnd) return;
  // "Codes, images and videos are published on the project website": what is released, not the data
  if (releaseSentence) return;
  // "widely used in online shopping, financial transactions, communication networks, and so on", "solutions for
  // financial risk control, social security management, and other fields": a list of applications, as motivation
  // (its words first, a cheap test: the expression tries every comma of the rest)
  const rest = s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 140);
  if ((rest.includes('so on') || rest.includes('etc') || rest.includes(' other ')) && OPEN_LIST_END.test(rest)) return;
  // "insider threat detection based on ... behavior log analysis", "SSH log analysis", "offline web log analysis" of web
  // robots: logs of users and attackers read for security, not the computing systems that wrote them
  if (h.tag === 'computing-systems' && h.cue === 'log analysis' && (f.securityTheme ??= anySentence(f.sents, SECURITY_THEME))) return;
  // "from object semantics in natural imagery to anomalies in medical images": the source domain
  if (fromTo(tokens, hits, h)) return;
  // "Current methods excel with industrial data but struggle with natural images": prior work's data
  if (priorWork) return;
  // "due to their potential industrial applications", "in both educational and industrial contexts": where a method may
  // be used, in a sentence that says nothing of the paper's own data
  if (h.tag === 'industrial' && h.cue === 'industrial' && INDUSTRIAL_USE.test(tokens[h.to]?.lower ?? '') && !OWN_SUBJECT.test(s.text)) return;
  // "Graph Fraud Detection" on review and social graphs (YelpChi, Amazon reviews): fraud is finance only where the
  // paper speaks of money (transactions, credit cards, banks, insurance, payments ...)
  if (h.tag === 'finance' && h.cue === 'fraud*' && !(f.money ??= anySentence(f.sents, MONEY_WORDS))) return;
  // "Twitter bot detection", "compromised accounts on Twitter": the platform's accounts, not its texts (posts on Twitter
  // are texts: "first story detection in news and Twitter", "influenza outbreaks from Twitter messages")
  if (h.tag === 'text' && TWEET_CUES.has(h.cue) && (f.accountWords ??= anySentence(f.sents, ACCOUNT_WORDS))) return;
  // ("Source Code Plagiarism Detection Based on Abstract Syntax Tree", "Music Plagiarism Detection"): copied programs and
  // melodies are no text data (copied prose, essays and translations are)
  if (h.tag === 'text' && h.cue === 'plagiarism' && (f.codePlagiarism ??= anySentence(f.sents, NON_TEXT_PLAGIARISM))) return;
  // ("Visual glitch detection in video games", "a video game testing agent": a game, not video data)
  // ("Metacritic PC Videogames", "the online video gaming ecosystem", "Subjects were videotaped", "by videoing gamblers",
  // "(demo video: https://...)": games, filming done to label other data, a demonstration; no video data)
  if (h.tag === 'video' && h.cue === 'video*' && (/^(?:games?|gaming)$/.test(tokens[h.to]?.lower ?? '') || /^video(?:gam|tap|ing$)/.test(tokens[h.from].lower) ||
    (h.from > 0 && /^demo/.test(tokens[h.from - 1].lower)))) return;
  // ("CoinPolice: Detecting Hidden Cryptojacking Attacks", "browsers that mine cryptocurrency": malware that mines coins on
  // others' machines is security, not financial data)
  if (h.tag === 'finance' && h.cue === 'cryptocurrenc*' && (f.cryptojacking ??= anySentence(f.sents, CRYPTOJACKING))) return;
  // ("for financial gain", "financial incentives have created a market for spammers": why people cheat, not the data)
  if (h.tag === 'finance' && h.cue === 'financ*' && FINANCIAL_MOTIVE.has(tokens[h.to]?.lower ?? '')) return;
  // "defects that could lead to substantial financial losses", "needs to be improved to minimize financial loss", "suffer
  // ... severe financial damage": what failures cost, not financial data (not "Extreme financial losses are central to
  // market risk")
  if (h.tag === 'finance' && FINANCIAL_COST.has(tokens[h.to]?.lower ?? '') &&
    COST_OF_FAILURE.test(s.text.slice(Math.max(0, tokens[h.from].start - 80), tokens[h.from].start))) return;
  // "weld defect detection on X-ray images", "packaged food X-ray images", "X-ray baggage screening": X-ray inspection
  // of goods and welds, not medical imaging ("chest X-ray" stays medical)
  if (h.tag === 'medical' && (h.cue === 'x ray image*' || h.cue === 'x rays' || h.cue === 'computed tomography') && (f.xrayGoods ??= anySentence(f.sents, XRAY_GOODS))) return;
  // ("spoofing attacks" on speaker verification: a voice anti-spoofing paper's data is speech, not security data)
  if (h.tag === 'security' && h.cue === 'spoofing attack*' && (f.speech ??= anySentence(f.sents, SPEECH_WORDS))) return;
  // "deepfakes pose potential and severe security threats to humanity": why the problem matters, not security data
  if (h.tag === 'security' && h.cue === 'security threat*' && h.from > 0 &&
    tokens.slice(Math.max(0, h.from - 5), h.from).some((t) => /^pos(?:e|es|ed|ing)$/.test(t.lower))) return;
  // "tremor from vibration signals of wrist-worn accelerometers": vibration is a machine's only in a paper on machines
  if (h.tag === 'industrial' && h.cue === 'vibration signal*' && !(f.machineWords ??= anySentence(f.sents, MACHINE_WORDS))) return;
  // "Out-of-Distribution Objects for 3D LiDAR Anomaly Segmentation": unknown objects in point clouds are no images
  if (h.tag === 'natural-images' && h.cue.endsWith('object*') && (f.pointWords ??= anySentence(f.sents, POINT_WORDS))) return;
  // "ultrasound images ... complicated by acoustic shadows": the physics of the imaging, not sound data
  if (h.tag === 'audio' && h.cue === 'acoustic*' && ULTRASOUND.test(s.text)) return;
  // "retrieval-augmented", "retrieval-based": retrieval as a means of the method, not a retrieval task
  if (h.tag === 'retrieval' && RETRIEVAL_AS_MEANS.has(tokens[h.to]?.lower ?? '')) return;
  // "Inspired by the success of LLMs in natural language processing, ...": where the idea comes from
  if (inInspired(tokens[h.from].start)) return;
  // "LLMs have revolutionised natural language processing tasks", "BERT, exhibiting excellent natural language
  // processing performance": what language models are known for, not the paper's data; "applying NLP
  // advancements to log analysis", "distributed tracing data analysis and NLP": language processing of logs
  // (praise in a paper that names no other data is kept for the end: "Transformers have achieved great success in
  // NLP. We propose Zorb, which detects anomalous sentences")
  if (h.tag === 'text' && NLP_CUES.has(h.cue) && LOG_WORDS.test(s.text)) return;
  // "As in NLP problems, the embeddings learned ... on the darknet traffic", "Transformer models were first developed for
  // Natural Language Processing (NLP) ... gained popularity for general sequence modeling": where the idea comes from
  if (h.tag === 'text' && NLP_CUES.has(h.cue) && NLP_ORIGIN.test(s.text)) return;
  // "the BERT model of Transformers, a prominent natural language processing technique", "employs NLP techniques",
  // "a natural language processing chatbot", "the natural language processing ability of LLM": language processing as
  // a tool the paper uses, not text data
  // (not in a paper that names texts it processes: "NLP techniques to extract targeted information ... from PRB documents")
  if (h.tag === 'text' && (h.cue === 'natural language processing' || h.cue === 'nlp') && NLP_AS_TOOL.has(tokens[h.to]?.lower ?? '') && !(f.textObjects ??= anySentence(f.sents, TEXT_OBJECTS))) return;
  // "CNNs have shown remarkable performance in image classification tasks, offering a promising solution for ... coffee bean
  // grading": what the networks are known for, not the paper's images (as language processing's praise above)
  if (h.tag === 'natural-images' && VISION_TASK_CUES.has(h.cue) && VISION_FAME.test(s.text)) return;
  // ("Few-Shot Hyperspectral Image Classification With Unknown Classes", "The traditional SAR image classification methods"):
  // the task on another kind of imagery
  if (h.tag === 'natural-images' && VISION_TASK_CUES.has(h.cue) && h.from > 0 && OTHER_IMAGERY.has(tokens[h.from - 1].lower)) return;
  if (h.tag === 'text' && NLP_CUES.has(h.cue) && NLP_FAME.test(s.text)) {
    f.praisedText ??= s;
    return;
  }
  // "A model-based windowed chi-squared procedure is proposed for identifying falsified sensor measurements", "an attacker ...
  // will alter sensor measurements": readings as what an attack forges, in a sentence of the attack, not series the paper reads
  if (h.tag === 'time-series' && (h.cue === 'sensor measurements' || h.cue === 'sensor readings') && ATTACKED_READINGS.test(s.text)) return;
  // (vibrations are what machines and structures give off: the series of a vibration paper are its machines', so an industrial
  // tag stays beside time series)
  if (h.tag === 'time-series' && (h.cue === 'vibration' || h.cue === 'vibrations')) f.machines = true;
  if (h.tag === 'industrial') {
    // "Software Defect Prediction via ...", "code defects", "just-in-time defect prediction": faults of programs
    // (or anywhere in a paper on programs: "extracts features from commit messages and code changes ... to identify defects")
    if (h.cue.startsWith('defect') && (SOFTWARE_BEFORE_DEFECT.has(tokens[h.from - 1]?.lower ?? '') || SOFTWARE_DEFECT_AFTER.has(tokens[h.from + 1]?.lower ?? '') ||
      (f.softwareWords ??= anySentence(f.sents, SOFTWARE_WORDS)))) return;
    if (MACHINE_CUES.has(h.cue)) f.machines = true;
    if (PROCESS_CUES.has(h.cue)) f.processes = true;
    // "interest from both academia and industry": the research community, not the data
    if (tokens.slice(Math.max(0, h.from - 3), h.to + 3).some((t) => t.lower === 'academia' || t.lower === 'academic')) return;
    // "industrial time series", "industrial machine sounds": the data is the other domain's kind
    if (hits.some((o) => o.group === G_DOMAIN && o.from === h.to && (o.tag === 'time-series' || o.tag === 'audio'))) return;
  }
  // "3D brain MRI volumes", "3D CT scans": medical imaging; "3D convolutional networks": an architecture
  if (h.tag === '3d' && tokens.slice(h.to, h.to + 2).some((t) => MEDICAL_3D.has(t.lower) || t.lower.startsWith('convol') || t.lower === 'cnn' || t.lower === 'cnns')) return;
  // "2D and 3D models", "a 3D network": a kind of architecture, not 3D data
  if (h.tag === '3d' && ARCH_3D.has(tokens[h.to]?.lower ?? '')) return;
  // "3D printing extrusion profile analysis", "real 3D printed object images": additive manufacturing, whose products
  // are inspected in images, not 3D data
  // ("3D-acceleration, 3D-orientation ... sensor data", "the 3D hyperspectral image datacube", "a 3D graphics software",
  // "Pseudo-3D Residual Network": nor a sensor's axes, a cube of bands, rendering or a video network)
  if (h.tag === '3d' && h.cue === '3d') {
    const next = tokens[h.to]?.lower ?? '';
    if (/^print/.test(next) || NOT_SHAPE_3D.has(next) || tokens[h.from - 1]?.lower === 'pseudo') return;
  }
  f.domains.add(h.tag as Domain, s, 0.8);
  // "natural and medical images": the coordinated adjective is the natural-images domain too
  // (not "the domain divergence between natural and medical images": the contrast, not the data)
  if (h.from >= 2 && tokens[h.from - 2].lower === 'natural' && (tokens[h.from - 1].lower === 'and' || tokens[h.from - 1].lower === 'or') &&
    /^imag/.test(tokens[h.to]?.lower ?? '') && tokens[h.from - 3]?.lower !== 'between' && tokens[h.from - 3]?.lower !== 'from') f.domains.add('natural-images', s, 0.8);
}

/** A title's rest that describes its head as a kind of method: "A Universal Framework for ...", "An Efficient Detector of ...". */
const ARTICLE_METHOD_REST = /^\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:framework|method|approach|model|detector|system|pipeline|algorithm|network|architecture|toolkit|autoencoder|transformer|classifier|technique|scheme|strategy|library|tool|agent)\b/i;

/** A rate of correct classification or recognition with its percentage, before or after it. */
const RATE_FIGURE = /\b(?:classification|recognition|identification) rates?\b[^.;]{0,40}\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?%[^.;]{0,25}\b(?:classification|recognition|identification) rates?\b/i;
/** A digit before a unit of time ("ms", "millisecond", "sec", "s" alone): what TIME_SPENT needs before it is tried. */
const DIGIT_TIME = /\d\s?(?:ms|mil|sec|s\b)/;
/** A figure, whole: "0.32", "20.3 " (not the end of "v1.5" or "x2"). */
const FIGURE_SRC = String.raw`(?<![\w.])\d+(?:\.\d+)?\s?`;
/** A figure in seconds: "0.32 s", "2.2 seconds", "1.2 sec" (not "2-s windows"). */
const SECONDS_SRC = String.raw`${FIGURE_SRC}(?:s|sec|secs|seconds?)\b(?![-‐])`;
/**
 * The time something takes, with its figure: in milliseconds anywhere ("requiring <1ms to process a single spectrogram",
 * "an inference speed of 20.3 ms", "performs inferences within 1 millisecond"); in seconds where the sentence says what
 * took it ("the processing speed of a single image is 0.32 s", "the maximum time to process a wood plate is 2.2 seconds",
 * "took 1.53 seconds to explain", "0.03 s per image"), not where something happens within so many seconds ("detect
 * attackers within 40 seconds": a delay of detection).
 */
const TIME_SPENT = new RegExp(String.raw`${FIGURE_SRC}(?:ms|milliseconds?)\b|` +
  String.raw`${SECONDS_SRC}[^.]{0,40}\b(?:to process|to classify|to explain|per (?:image|frame|sample|query|scan|sequence|instance))\b|` +
  String.raw`\b(?:inference|processing|computation|computational|execution|running|run|prediction|response|calculation|classification|recognition|localization|diagnosis) (?:time|speed|latency)\b[^.]{0,40}${SECONDS_SRC}|` +
  String.raw`\b(?:takes?|took|requir\w*)\s+(?:only\s+|about\s+|approximately\s+|less than\s+|under\s+)?${SECONDS_SRC}|` +
  String.raw`\b(?:time|speed)\b[^.]{0,30}\b(?:is|was|of|reach\w*)\s+(?:only\s+|about\s+|approximately\s+|less than\s+|under\s+)?${SECONDS_SRC}|` +
  String.raw`\bspeed of [^.]{0,12}${SECONDS_SRC}`, 'i');
/**
 * Words of a span of the data or of training, not of the work a method does on an input: "64 ms Hamming windowed segments",
 * "a 100 ms snapshot of HPC data", "predicted up to 720 ms ahead", "ranging from 20 ms to 640 ms", "a 500 ms acquisition
 * slot", "1 frame/0.5s", "a training time of 92 seconds".
 */
const TIME_OF_DATA = /\b(?:windows?|windowed|segments?|snapshots?|durations?|ahead|prior|before|intervals?|resolution|ranged?|ranging|slots?|lasting|long|lead|training)\b|frame\//i;
/**
 * A rate of work with its figure: "can process 30 to 60 examples per second", "handle more than 100 DT instances per
 * second", "87 frames/s", "a detection speed of 108fps" (a word the cue "fps" does not reach); not a speed of motion,
 * "5 meters per second".
 */
const RATE_SPENT = /(?<![\w.])\d[\d,.]*(?:\^\d+)?\s(?:(?:to|-|–)\s?\d[\d,.]*\s)?(?:[A-Za-z-]+\s){0,2}?(?!(?:meters?|metres?|m|km|kilometers?|miles?|feet|foot|cycles?|revolutions?|rotations?|times?|degrees?)\s)[A-Za-z-]+\sper\s(?:second|sec)\b|\d\s?(?:frames?|images?|fps|samples?)\s?\/\s?s(?:ec)?\b|\d\s?fps\b/i;
/** Accuracy in a list with other measures of a result. */
const ACCURACY_LISTED = /\baccuracy,?\s+(?:(?:and|or)\s+)?(?:[\w-]+,\s+){0,3}(?:(?:and|or)\s+)?(?:precision|recall|F1|F-1|F-?scores?|IoU|specificity|sensitivity|(?:true|false) (?:positive|negative) rates?)\b|\b(?:precision|recall|F1|F-1|F-?score|IoU|specificity|sensitivity|(?:true|false) (?:positive|negative) rates?)(?:[- ]scores?)?,?\s+(?:[\w-]+(?:\s+scores?)?,\s+){0,4}(?:and\s+)?(?:overall\s+|detection\s+|classification\s+|balanced\s+)?accuracy\b/i;
/** Higher accuracy claimed as a result: after a verb of showing or having it ("achieves higher accuracy", "shows significantly
 * higher detection accuracy"), or "with" it in a comparison ("outperforms ... with higher accuracy", "with higher accuracy than";
 * not "exploring ... detection with higher accuracy", a goal). */
const HIGHER_ACCURACY_SRC = String.raw`(?:a\s+)?(?:(?:significantly|much|slightly|substantially|considerably)\s+)?higher\s+(?:(?:detection|classification|prediction|recognition)\s+)?accuracy\b`;
const HIGHER_ACCURACY = new RegExp(String.raw`(?<!\bto\s)\b(?:achiev\w*|show\w*|demonstrat\w*|obtain\w*|reach\w*|provid\w*|deliver\w*|yield\w*|exhibit\w*|attain\w*|has|have|had)\s+${HIGHER_ACCURACY_SRC}|\b(?:outperform\w*|surpass\w*|than|compared|over)\b[^.;]{0,80}\bwith\s+${HIGHER_ACCURACY_SRC}|\bwith\s+${HIGHER_ACCURACY_SRC}[^.;]{0,80}\b(?:than|compared|outperform\w*)\b`, 'i');
/** Accuracy praised as very high, or as "a high accuracy", the paper's result ("detects LDDoS flows ... with very high accuracy",
 * "Our model shows a high accuracy in detecting fixed tennis matches"); bare "high accuracy" is as often a goal or the field's
 * habit. */
const VERY_HIGH_ACCURACY = /\b(?:(?:very|extremely)\s+high|a\s+high)\s+(?:(?:detection|classification|prediction|predictive|recognition|identification)\s+)?accuracy\b/i;
/** A sentence that credits others, or the field, with the accuracy, or sets it against a flaw. */
const ACCURACY_CLAIMED_BY_OTHERS = /\b(?:typically|usually|often|claim\w*|report(?:s|ed)?|while|although|however|though|could|may|might)\b/i;
/**
 * Accuracy named only as the word for another metric that gives its figure: "competitive accuracy (F1: 0.683)", "excellent
 * accuracy (AUC >= 0.99)", "an 11.13% increase in average accuracy (AP)", "The AUROC accuracy improved 6.36%", "high detection
 * accuracy i.e., above 93% AUC score".
 */
const ACCURACY_AS_OTHER = /\baccura(?:cy|cies)\s*\(\s*(?:mAP|AP|F1|F-?1?[- ]?scores?|AUC|AUROC|AU-?ROC|ROC|IoU|mIoU)\b|\b(?:AUROC|AUC|mAP|F1)\s+accuracy\b|\baccuracy,?\s+i\.e\.,?[^.;]{0,40}\b(?:AUC|AUROC|F1|mAP)\b/i;
/** The sentence names accuracy only as the word for another metric (ACCURACY_AS_OTHER), and once. */
function accuracyAsOther(text: string): boolean {
  const i = text.indexOf('ccura');
  return i >= 0 && text.indexOf('ccura', i + 5) < 0 && ACCURACY_AS_OTHER.test(text);
}
/** Accuracy measured by another metric, or traded off against speed. */
const ACCURACY_BY_OTHER = /\baccuracy\s*\((?:in terms of\s+|ROC\s+)?(?:AUC|AUROC|ROC)|\b(?:speed|efficiency|latency|time)\s+and\s+accuracy\b/i;

/** The paper evaluating a number or a range of others' methods or models. */
const EVALUATES_MANY = /\b(?:we|this (?:study|paper|work))\s+(?:\w+\s+)?(?:evaluate|benchmark|assess)\s+(?:the\s+(?:performance|effectiveness|robustness)\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|many|numerous|a (?:wide )?(?:range|variety|set|suite) of|state-of-the-art|existing|popular|representative|leading|frontier)\s+(?:[\w-]+\s+){0,3}?(?:methods|models|LLMs|MLLMs|VLMs|LVLMs|detectors|algorithms|approaches|schemes|baselines|techniques|classifiers)\b|\b(?:we|this (?:study|paper|work))\s+(?:\w+\s+)?(?:conduct|perform|present|provide|carry out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:evaluation|benchmark(?:ing)?|comparison)\s+(?:of|spanning|covering|across|on)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty[\w-]*|several|multiple|various|many|numerous|a (?:wide )?(?:range|variety|set|suite) of)\s+(?:[\w-]+\s+){0,3}?(?:methods|models|LLMs|MLLMs|VLMs|LVLMs|detectors|algorithms|approaches|schemes|baselines|techniques|classifiers)\b/i;

/** A title head set off as a foundation model ("X: A ... Foundation Model", "X: An Evaluation Foundation Model to ..."). */
const OWN_FOUNDATION_TITLE = /^[^:]{1,40}:\s*An?\s+(?:[\w-]+\s+){0,5}Foundation(?:al)?\s+Models?\b/;

/** What is put back together other than data: relations, evidence, geometry. */
const RECON_OTHER_OBJECT = new Set(['relationship', 'relationships', 'relations', 'chain', 'chains', 'trigger', 'triggers', 'evidence', 'interactions', 'provenance', 'timeline', 'timelines', 'scene', 'scenes', 'surface', 'surfaces', 'geometry', 'mesh', 'meshes']);
const RECON_OTHER_BEFORE = new Set(['surface', '3d', 'neural', 'evidence', 'scene', 'mesh', 'geometric', 'tomographic']);

/** Words of large language models, names of them, or of what they are used for (prompts, hallucinations, watermarks,
 * generated text) (memo: FacetCtx.largeLM). */
const LARGE_LM_WORDS = /\b(?:[Ll]arge [Ll]anguage|LLMs?\b|GPT|ChatGPT|LLaMA|Llama|Qwen|Mistral|Gemini|Claude|[Hh]allucinat|[Ww]atermark|[Pp]araphras|(?:machine|AI|model|LM)[- ]generated|[Pp]rompt(?:s|ed|ing)?\b|[Gg]enerat\w*\s+(?:\w+\s+)?(?:examples|texts?|outputs|responses|content|sentences)\b)/;

/** The rest of a list of applications left open ("..., and so on", "... and other fields"). */
const OPEN_LIST_END = /^[^.;:]{0,120}?,[^.;:]{0,60}?\b(?:and so on|etc\b|and (?:many |various |several )?other (?:fields|domains|areas|applications|sectors|industries|scenarios|disciplines))/i;

/** Words of programs before "defect(s)", and words of predicting defects after it: no product's defect. */
const SOFTWARE_BEFORE_DEFECT = new Set(['software', 'code', 'program', 'programs', 'source', 'gui', 'ui', 'app', 'apps', 'script', 'scripts', 'iac']);
const SOFTWARE_DEFECT_AFTER = new Set(['prediction', 'predictions', 'predictor', 'predictors', 'prone', 'proneness', 'introducing', 'inducing']);
/** Words of a paper on programs (memo: FacetCtx.softwareWords). */
const SOFTWARE_WORDS = /\b(?:software (?:defects?|quality|projects?|engineering|modules?|metrics|repositor\w+)|source code|code (?:changes?|reviews?|defects?|smells?)|commits|commit messages?|bug reports?|defect prediction|mobile apps?|android apps?|graphical user interfaces?|GUI|infrastructure[- ]as[- ]code)\b/i;
/** Words before an OOD phrase of carrying a model over to other data. */
const OOD_GENERALISATION = /\b(?:generali[sz]\w*|robust\w*|transfer\w*|adapt\w*|fail\w*|accuracy|shifts?)\b[^.;]{0,25}$/i;
/** Words of detecting, flagging or rejecting. */
const DETECT_WORDS = /\b(?:detect\w*|identif\w*|flag\w*|reject\w*|distinguish\w*|recogni[sz]\w*)\b/i;
const CLUSTER_NOUN = new Set(['cluster', 'clusters', 'clustered']);
const CLUSTER_TECH_NEXT = new Set(['centre', 'center', 'centres', 'centers', 'centroid', 'centroids', 'membership', 'analysis', 'assignment', 'assignments', 'label', 'labels', 'based', 'aware', 'adaptive', 'score', 'scores', 'head', 'loss', 'wise', 'level', 'guided', 'driven']);
const CLUSTER_VERB_AFTER = new Set(['by', 'using', 'with', 'via', 'according', 'based']);
const CLUSTER_VERB_BEFORE = new Set(['we', 'then', 'which', 'that', 'it', 'they', 'and', 'automatically', 'further', 'first', 'also']);
/** The auxiliary of a passive before "clustered" ("are clustered", "be clustered", "are then clustered"). */
const CLUSTER_PASSIVE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'then']);
/** How data lie, not what a method does ("samples of one class are clustered tightly"). */
const CLUSTER_SHAPE_AFTER = new Set(['tightly', 'closely', 'densely', 'near', 'around']);
const CLUSTER_NOT_OBJECT = new Set(['of', 'in', 'within', 'together', 'around', 'into', 'and', 'or', 'are', 'is', 'that', 'which', 'with', 'for', 'on', 'to', 'at']);
/** "we cluster sites ...", "clustered by expectation maximization", "cluster centres", "inter-cluster": clustering done. */
function clusteringDone(tokens: Token[], at: number): boolean {
  const w = tokens[at].lower;
  const next = tokens[at + 1]?.lower ?? '';
  const prev = tokens[at - 1]?.lower ?? '';
  if (CLUSTER_TECH_NEXT.has(next) || prev === 'inter' || prev === 'intra' || prev === 'micro') return true;
  // ("the anomalous regions are then clustered", "features ... are clustered to identify patterns": the passive verb; not
  // "defects of one class are clustered tightly", how the data lie)
  if (w === 'clustered') return CLUSTER_VERB_AFTER.has(next) || (next === 'into' && CLUSTER_VERB_BEFORE.has(prev)) || (CLUSTER_PASSIVE_BEFORE.has(prev) && !CLUSTER_SHAPE_AFTER.has(next));
  // a verb: after a subject or "to", before its object ("Auto-Prov clusters unseen log types", "to cluster the features")
  return next !== '' && !CLUSTER_NOT_OBJECT.has(next) && (CLUSTER_VERB_BEFORE.has(prev) || prev === 'to' || (at > 0 && /^[A-Z]/.test(tokens[at - 1].text) && w === 'clusters'));
}

/**
 * "improving over AnoDDPM and a VAE baseline", "by 8.3 points over zero-shot baselines", "than fine-tuning-based
 * baselines": a kind of baseline the paper compares with, not its own technique or setting.
 */
function comparedBaseline(text: string, tokens: Token[], from: number, to: number): boolean {
  let next = tokens[to]?.lower;
  if (next === 'based') next = tokens[to + 1]?.lower;
  return (next === 'baseline' || next === 'baselines') && COMPARING.test(text.slice(0, tokens[from].start));
}
/**
 * "on par with recent diffusion models", "outperforms reconstruction-based methods": a kind of method the sentence
 * compares with, a few words after the comparison, not the paper's own technique.
 */
function comparedKind(text: string, tokens: Token[], from: number, to: number): boolean {
  let next = to;
  if (tokens[next]?.lower === 'based') next++;
  // (the cue may end on the plural kind itself: "diffusion models")
  if (!PRIOR_NOUN.has(tokens[next]?.lower ?? '') && !PRIOR_NOUN.has(tokens[to - 1].lower)) return false;
  return COMPARED_SHORTLY_BEFORE.test(text.slice(Math.max(0, tokens[from].start - 60), tokens[from].start));
}
const COMPARED_SHORTLY_BEFORE = /\b(?:than|over|on par with|comparable to|compared (?:to|with)|outperform\w*|surpass\w*|exceed\w*|against|beat\w*)\s+(?:(?:the|other|existing|recent|current|previous|prior|conventional|traditional|several|many|most|all|state-of-the-art|sota|leading|popular|strong|competing|advanced)\s+)*(?:[\w-]+\s+)?$/i;
const COMPARING = /\b(?:over|than|versus|vs|compared|comparing|outperform\w*|surpass\w*|exceed\w*|against|beat\w*)\b/i;

/**
 * "their high computational cost ... hinder real-time deployment", "restricting their use in real-time or embedded
 * systems", "A laboratory inspection cannot obtain results in real time": what keeps others' methods from real time,
 * in a sentence that says nothing of the paper's own; "the Real-time Compute Platform for Apache Flink": a product's name.
 */
function realTimeElsewhere(text: string, tokens: Token[], h: CueHit): boolean {
  const at = tokens[h.from].start;
  if (/^R/.test(tokens[h.from].text) && /^[A-Z]/.test(tokens[h.to]?.text ?? '') && h.from > 0 && /^[a-z]/.test(tokens[h.from - 1].text)) return true;
  // ("cannot meet the real-time requirements of the industry", "limited computational resources and real-time
  // constraints": the need the paper answers)
  if (REAL_TIME_NEED.test(tokens[h.to]?.lower ?? '')) return false;
  // ("This approach shows significant potential for real-time detection", "participants recognized the potential of ML for
  // real-time anomaly detection": a prospect, no claim)
  if (REAL_TIME_PROSPECT.test(text.slice(Math.max(0, at - 140), at))) return true;
  return REAL_TIME_BARRED.test(text.slice(Math.max(0, at - 70), at)) && !OWN_SUBJECT.test(text);
}
/** Words of a prospect right before a real-time cue: "potential for", "the promise of ... for". */
// (or further on after a way paved, a foundation laid, a goal, a direction or the future: "paves the way to ... algorithms in
// real-time", "establishes a robust foundation for real-time risk management", "Our ultimate goal is to develop a scalable,
// real-time ...", "In the future, ... could be integrated with real-time monitoring systems", "future directions ... such as
// ... real-time processing")
const REAL_TIME_PROSPECT = /(?:\b(?:potential|promise|prospects?)\s+(?:[\w-]+\s+){0,6}|\b(?:paves?\s+the\s+way|(?:foundation|groundwork)\s+for|promising\s+(?:direction|avenue|step)|ultimate\s+goal|in\s+the\s+future|future\s+(?:work|directions?|research))\b[^.;]{0,110}?\s+)$/i;
/** A method's throughput compared, given as a figure or named among the measures reported. */
const THROUGHPUT_MEASURED = /\b(?:higher|greater|better|faster|superior|improv\w*|(?:×|x|times)|speed\w*\s+up)\b[^.;]{0,40}\bthroughput\b|\bthroughput\b[^.;]{0,20}?(?:\bof\s+(?:over\s+|more than\s+|up to\s+|about\s+)?|[:=]\s*|>|~)\d|\bthroughput\b[^.;]{0,60}\b(?:than|compared|outperform\w*|exceed\w*|measured)\b|\b(?:in terms of|metrics?\s+(?:such as|including|like)|achiev\w*|attain\w*|reach\w*|deliver\w*|sustain\w*)\b[^.;]{0,40}\bthroughput\b/i;
/** Metrics, settings and techniques an abstract's opening sentences name as the field's needs or methods (see their rule in extractWith). */
const BACKGROUND_METRICS: readonly Metric[] = ['latency', 'throughput'];
/** A paper's own work in the present passive, the voice of abstracts with no "we" ("an abnormal behaviour recognition method ... is
 * designed", "A neural network structure ... is constructed"). */
const OWN_PASSIVE = /\b(?:is|are) (?:designed|constructed|developed|built|introduced|presented|established|put forward|devised)\b/;
/** What follows "OOD classification" when it is classifying shifted data, not detecting it ("OOD classification accuracy"). */
const OOD_CLASSIFICATION_SCORE = new Set(['accuracy', 'accuracies', 'performance', 'error', 'errors', 'results', 'benchmarks', 'benchmark']);
const BACKGROUND_SETTINGS: readonly Setting[] = ['real-time', 'open-world', 'reasoning'];
const BACKGROUND_TECHNIQUES: readonly Technique[] = ['attention', 'memory-bank', 'reinforcement-learning'];
/** What a problem costs in money: "financial losses", "financial damage", "the loss of money", "economic costs". */
const FINANCIAL_CONSEQUENCE = /\bfinancial(?:ly)?\s+(?:and\s+[\w-]+\s+)?(?:loss|losses|damages?|costs?|impacts?|burden|burdens|consequences|repercussions|penalt\w+|well-being|harm|stability|implications|rewards?|gains?|reasons?|motives?|detriment|disruptions?|liabilit(?:y|ies)|risks?|threats?|worth|assistance|planning|constraints?|standpoint|resources)\b|\b(?:technically|operationally)\s+and\s+financially\b|\bfinancially\s+and\s+operationally\b|\bloss(?:es)? of money\b|\beconomic (?:loss|losses|damages?|costs?)\b/i;
/** Data sets that come from industry ("a large-scale industrial dataset", "industrial-scale graphs"). */
const INDUSTRY_DATA = /\bindustri(?:al|y)(?:-scale)?\s+(?:datasets?|data\s+sets?|graphs?|benchmarks?)\b|\bindustrial-scale\b/i;
/** What industrial data come from: products, defects, machines, plants, sensors, their signals, curves and images. */
const FACTORY_WORDS = /\b(?:defects?|defective|manufactur\w*|products?|factor(?:y|ies)|production|machines?|machinery|equipment|sensors?|plants?|inspection|MVTec|VisA|surfaces?|images?|curves?|signals?|spectr\w*|fault diagnosis|process(?:es)?)\b/i;
/** Plagiarism of programs or music, not of prose ("source code plagiarism", "plagiarism in programming assignments"). */
const NON_TEXT_PLAGIARISM = /\b(?:source[- ]code|code|software|program|music|melody)\s+plagiari\w*|\bplagiari\w*\s+(?:detection\s+)?(?:in|of|for)\s+(?:(?:the|student|students'?)\s+)?(?:source\s+code|code|programs?|programming|software|music|songs?)\b|\bprogramming\s+(?:assignments?|submissions?|courses?|classes)\b/i;
/** Computer vision named as a field, beside natural language processing in a list of fields. */
const FIELDS_NAMED = /\bcomputer vision\b|\bCV\b/i;
/** Natural language processing named as a field. */
const NLP_FIELD = /\bnatural language process\w*|\bNLP\b/i;
/** An image generator conditioned on prompts: diffusion, text-to-image, the generation of images (not "Prompt Synthesis"). */
const PROMPTED_GENERATOR = /\bdiffusion\b|\btext-to-image\b|\bT2I\b|\bgeneration of\b|\bguide[sd]?\s+the\s+generation\b/i;
/** Prompts learned, tuned or adapted. */
const LEARNED_PROMPT = /\blearn\w*|\btun(?:e|ed|es|ing)\b|\badaptive\b|\boptimi[sz]\w*/i;
/** What is rebuilt from measurements: shapes, surfaces, scenes, volumes, particles, events. */
const PHYSICAL_RECONSTRUCTION = /\b(?:3D|3-D|three-dimensional|surfaces?|scenes?|mesh\w*|point[- ]clouds?|tomograph\w*|particles?|tracks?|neurons?|sessions?|flow field|fragmentation|post-disaster|momentum|geometr\w*|shapes?|volumes?|volumetric)\b/i;
/** A reconstruction in a sentence on anomalies, normal data or features: the detector's. */
const RECONSTRUCTION_FOR_DETECTION = /\b(?:anomal\w*|abnormal\w*|features?|unsupervised|normal)\b/i;
/** A model that reconstructs its input: reconstruction errors and losses, autoencoders. */
const MODEL_RECONSTRUCTION = /\breconstruction[- ](?:errors?|loss\w*|based|residuals?|scores?|probabilit\w*)|\breconstruct\w*\s+(?:the\s+)?(?:input|normal|original|masked|clean)\b|\bauto-?encod\w*|\bVAEs?\b|\bGANs?\b/i;
/** A sentence that speaks of settings, or of the one-class setting beside the multi-class one. */
const MULTI_CLASS_SETTING = /\bsettings?\b|\bone-class\b/i;
/** What follows "multi-class" when it is the setting: the anomaly detected, or the setting itself. */
const MULTI_CLASS_TASK = /^(?:anomal\w*|abnormal\w*|defect\w*|novel\w*|outlier\w*|ood|uad|muad|ad|detection|detectors?|unsupervised|settings?|scenarios?|unified)$/;
/** Fraud on a platform's clicks, views, installs or calls (advertising and telecom fraud), not on money. */
const PLATFORM_FRAUD = /\b(?:click|ad|ads|advertis\w*|advertisement|impression|view|download|install|SIM\s?box|bypass|interconnect)[- ]fraud\w*|\bfraudulent clicks?\b|\bmalicious clicks?\b|\bclick spam\b/i;
/** Latency measured in the data, or named as a problem or a delay of labels. */
const LATENCY_NOT_REPORTED = /\blatency (?:tails?|statistics|spikes?|distributions?|values|series)\b|\b(?:such as|including|like|e\.g\.,?)\s+(?:(?:response|request|network|end-to-end|service|tail)\s+)?latency\b|\bverification latency\b|\blabel(?:ing)? latency\b|\bchallenges? (?:of|such as) latency\b/i;
/** Shops, marketplaces and supply chains ("stores" only as a noun: "online stores", not "a memory stores prototypes"). */
const RETAIL_PLACES = /\bretail\w*|\be-?commerce\b|\bmarketplaces?\b|\bsupply chains?\b|\bsellers?\b|\bmerchants?\b|\bshops?\b|\b(?:online|web|app|grocery|department|convenience|physical)\s+stores?\b/i;
/** Money itself and its institutions, in any sentence of a paper (not "investigate", "taxonomy", "cryptography"). */
const MONEY_MATTERS = /\bcredit\b|\bbank\w*|\bloans?\b|\bpayments?\b|\bstocks?\b|\bmarket manipulation\b|\binvest(?:s|ed|ing)?\s+in\b|\binvest(?:ments?|ors?)\b|\binsurance\b|\bfinanc\w*|\bmoney\b|\bcrypto(?:s|currenc(?:y|ies)|-?assets?)?\b|\bNFTs?\b|\bblockchains?\b|\bethereum\b|\bbitcoin\b|\btrad(?:ing|ers?)\b|\baccounting\b|\btax(?:es|ed|ation|payers?)?\b|\binvoic\w*|\bvendors?\b|\bfraudulent transactions?\b|\btransaction fraud\b/i;
/** Transactions: money moving, whatever the platform. */
const TRANSACTIONS = /\btransactions?\b/i;
/** Markets, money and its instruments, in a sentence on financial losses. */
const MONEY_ITSELF = /\b(?:markets?|portfolios?|trading|stocks?|banks?|banking|credit|loans?|DeFi|decentralized finance|crypto\w*|payments?|investors?|assets?|insurance)\b/i;
/** Average precision counted at an IoU threshold ("mAP@IoU = 0.50", "AP at an Intersection over Union threshold of 0.5"). */
const AP_AT_IOU = /^(?=.*(?:average[- ]precision|\bmAP|\bAP\b|AP[.@_]?\d)).*(?:(?:at|@|across)\s+(?:an?\s+|the\s+|different\s+|multiple\s+)?(?:IoU|intersection[- ]over[- ]union)|(?:IoU|intersection[- ]over[- ]union)(?:\s*\(IoU\))?\s*(?:thresholds?|=\s*0?\.\d))/i;
/** A web address in a sentence. */
/** Distributed acoustic sensing on an optical fibre (DAS). */
const FIBER_ACOUSTIC = /\bdistributed\s+(?:optical\s+)?(?:fib(?:er|re)[- ](?:optic(?:al)?\s+)?)?acoustic\s+sens\w*/i;
/** DAS in capitals, FIBER_ACOUSTIC's acronym (its /i would take the German 'das'). */
const DAS_ACRONYM = /\bDAS\b/;
/** Keys pressed: keystroke dynamics, typing rhythm. */
const KEYSTROKES = /\bkeystrokes?\b|\btyping (?:behaviou?rs?|dynamics|rhythms?|patterns?)\b/i;
/** Texts themselves classified. */
const TEXT_CLASSIFIED = /\btext classification\b|\bclassif\w* (?:the |of )?texts?\b/i;
/** Business processes, whose event logs process mining reads. */
const BUSINESS_PROCESS = /\bbusiness[- ]process\w*|\bprocess[- ]mining\b|\bprocess[- ]aware\b|\bprocess discovery\b/i;
/** Computers and what runs on them. */
const COMPUTER_SYSTEM = /\b(?:software|servers?|cloud|microservices?|operating systems?|kernels?|HPC|data cent(?:er|re)s?|virtual machines?|(?<!\b(?:neural|graph|bayesian|deep|convolutional|recurrent|adversarial|siamese|residual|attention)\s)networks?|computers?|system logs?|syslogs?)\b/i;
/** "IT" (information technology) in capitals: COMPUTER_SYSTEM's /i would take every "it". */
const IT_ACRONYM = /\bIT\b/;
/** An endoscope's examination: its videos are frames of medical images. */
const ENDOSCOPY = /\b(?:endoscop\w*|colonoscop\w*|gastroscop\w*)\b/i;
/** Time modelled across a video's frames. */
const ACROSS_FRAMES = /\btempor\w*|\bconsecutive frames\b|\binter-?frame\b|\bspatio-?temporal\b|\btracking\b|\breal-time\b/i;
const LINKED = /\bhttps?:\/\/|\bwww\.|\byoutu\.?be\b/i;
/** Words of video as data: "annotated dashcam videos", "video dataset", "footage", "clips". */
const VIDEO_DATA_WORDS = /\b(?:annotated|dataset|datasets|data|footage|clips|recordings|frames|dashcam|surveillance|cctv)\b/i;
const REAL_TIME_NEED = /^(?:requirements?|constraints?|demands?|needs?|deadlines?)$/;
const REAL_TIME_BARRED = /\b(?:hinder\w*|restrict\w*|limit(?:s|ed|ing)?|imped\w*|prevent\w*|prohibit\w*|preclud\w*|unsuitable|impractical|infeasible|cannot|unable)\b(?:(?!\b(?:enabl\w*|allow\w*|achiev\w*|while|but|whereas)\b)[^.;])*$/i;

/** A title that names a setting of less supervision ("Unsupervised Flood Detection ...", "Zero-Shot ... Detection"). */
const OTHER_SUPERVISION_TITLE = /\b(?:unsupervised|semi[- ]?supervised|self[- ]?supervised|weakly[- ]?supervised|zero[- ]?shot|few[- ]?shot)\b/i;
/** Words of a contrast or of others' work in a sentence ("outperforming a supervised baseline", "most methods adopt a supervised setting"). */
/** "were trained", "was employed", "are trained", "is adopted": what a study did or does, said in the passive (not "have been developed": others before it). */
const PASSIVE_USE = /\b(?:is|are|were|was) (?:trained|used|applied|employed|evaluated|adopted|developed|built|utili[sz]ed|explored|investigated|tested|implemented|constructed)\b/;
const SUPERVISED_CONTRAST = /\b(?:compar\w*|outperform\w*|surpass\w*|than|vs\.?|versus|baselines?|existing|most|traditional|conventional|current|previous|prior|requir\w*|rel(?:y|ies|ying)|however|while|whereas|unlike|instead|manner|fashion|setting|way|limited|limitations?|lack\w*|costly|expensive|difficult|hard|labou?r)\b/i;
/** What follows "localization" as a measure or a part of a detector ("localization accuracy", "localization loss"). */
const LOCALIZATION_MEASURE = new Set(['accuracy', 'loss', 'losses', 'confidence', 'error', 'errors', 'precision', 'potential', 'process', 'stream', 'head', 'branch', 'quality']);
/** Words of an anomaly, a defect or a lesion in a sentence ("novelty", not the "novel" of "a novel method"). */
const ANOMALY_THING = /anomal|abnormal|defect|fault|lesion|tumou?r|crack|damage|outlier|novelt|out-of-distribution|\bOOD\b|forg(?!et)|tamper|leak/i;
/** Language models as the workload of training systems ("LLM training failures", "clusters used for training LLMs"). */
const LLM_TRAINING_SYSTEMS = /\b(?:LLMs?|large[- ]language[- ]models?|large[- ]models?)(?: \(LLMs?\))? (?:pre-?)?training (?:failures?|platforms?|clusters?|infrastructures?|jobs?|workloads?)\b|\b(?:clusters?|GPUs?|infrastructures?|platforms?) (?:used )?(?:for|to) train(?:ing)? (?:the |modern )?(?:LLMs?|large[- ]language[- ]models?)\b/i;
/** What follows "fine-tune" where settings are adjusted, not a model trained ("the hyperparameters", "the decision boundary"). */
const FIGURATIVE_TUNING = /^\s+(?:the\s+|its\s+|their\s+|of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:hyper-?parameters?|thresholds?|boundar(?:y|ies)|sensitivity|labels|metrics|performance)\b|^\s+parameters\b/i;
/** Words of the kinds of harm a detector tells apart (attacks, faults, defects ...). */
const HARM_KINDS = /\b(?:attacks?|intrusions?|faults?|defects?|failures?|malware)\b/i;
/** A setting cue: the setting, unless negated, prior work's, or another sense of the words. */
function settingHit(x: HitPass, h: CueHit): void {
  const { c, f, s, tokens, fl } = x;
  if (negated(s.text, tokens, h.from, c.negators)) return;
  if (comparedBaseline(s.text, tokens, h.from, h.to)) return;
  // "the probability of being the real time series", "Results from the real-time series dataset": real data, a time series
  if (h.cue === 'real time' && tokens[h.to]?.lower === 'series') return;
  // ("Copy-move forgery detection through graph neighborhood degree", "forged passports": edits of real images and documents
  // are no generated content, unless the paper speaks of generation: "forgery detection for diffusion-edited images")
  if (h.tag === 'synthetic-data-detection' && FORGERY_CUES.has(h.cue) && !(f.generatedContent ??= anySentence(f.sents, GENERATED_CONTENT))) return;
  if (h.tag === 'real-time' && s.index > 0 && realTimeElsewhere(s.text, tokens, h)) return;
  // ("binary and multi-class classification of network flows", "a multiclass classification of combined fault conditions"):
  // classes of attacks, faults or defects told apart is anomaly classification; classes of anything else ("multi-class
  // classification of skin lesions", "of phishing text messages") are a classifier's labels
  if (h.tag === 'anomaly-classification' && h.cue.endsWith('class classification') && !(f.harmKinds ??= anySentence(f.sents, HARM_KINDS))) return;
  // "data selection from the OSC", "tested with selected data", "the selected data sets", "a new data subset": data picked
  // for a study or an experiment; selecting data is the setting where it is what a model trains on or what a noisy or
  // redundant collection is cleaned of ("selected data subsets used for training", "data selection under hybrid noise")
  if (h.tag === 'data-selection' && s.index > 0 && !DATA_SELECTION_PURPOSE.test(s.text)) return;
  // ("Deep Learning for Anomaly Detection in Log Data: A Survey", "we provide a comprehensive review of ..."): a survey
  // speaks of the field's need for real-time detection; it runs nothing in real time itself
  // (not where the title itself names real-time detection as what is surveyed: "A survey on real-time event detection from the
  // Twitter data stream", "A systematic review of real-time detection and classification of power quality disturbances")
  if (h.tag === 'real-time' && s.index > 0 && (f.survey ??= SURVEY_TITLE.test(f.title.text) || anySentence(f.sents, SURVEY_WORDS))) return;
  // ("Experimental results ... demonstrate the effectiveness of our proposed method"): a paper about its own method is no
  // evaluation study, whatever it evaluates or compares along the way (unless its title says it evaluates or benchmarks)
  if (h.tag === 'evaluation' && !EVALUATION_WORD_TITLE.test(f.title.text) && (f.ownMethodWords ??= anySentence(f.sents, PROPOSED_METHOD_WORDS))) return;
  // "generalize to OOD nodes", "robustness to OOD images from ImageNet-R", "OOD classification accuracy on PACS": data a
  // model is carried over to, not a detection of it (unless the sentence detects, flags or rejects something)
  // ("higher out-of-distribution classification accuracy on PACS": classifying data of other domains, no detection of them)
  if (h.tag === 'ood-detection' && h.cue.endsWith('classification') && OOD_CLASSIFICATION_SCORE.has(tokens[h.to]?.lower ?? '')) return;
  if (h.tag === 'ood-detection' && OOD_GENERALISATION.test(s.text.slice(Math.max(0, tokens[h.from].start - 40), tokens[h.from].start)) && !DETECT_WORDS.test(s.text)) return;
  // "pinpointing temporal intervals ... with video-level labels": temporal localization of events in
  // a video is the detection task itself, not localizing the anomaly in the image
  // ("anomaly localization" in so many words stays: "temporal supervision ... to enable accurate anomaly localization")
  // ("temporal localization of the accident, its spatial localization": spatial still is)
  if (h.tag === 'anomaly-localization' && TEMPORAL.test(s.text) && !SPATIAL.test(s.text) && !(h.from > 0 && /^anomal/.test(tokens[h.from - 1].lower))) return;
  // ("Composite anomaly maps further show coherent pre-onset patterns", "geochemical anomaly maps", "Estimating Traffic and
  // Anomaly Maps via Network Tomography": a map of where a quantity departs from its norm over a region or a network, in a
  // paper on no images, is no localization of anomalies in an image)
  if (h.tag === 'anomaly-localization' && h.cue === 'anomaly map*' && !(f.visual ??= anySentence(f.sents, VISUAL_WORDS))) return;
  // "unsupervised methods lack sufficient anomaly awareness", "It is hard for unsupervised methods to handle ...",
  // "unsupervised approaches usually work much less efficiently": the shortcoming of a class of others' methods
  if (h.tag === 'unsupervised' && UNSUPERVISED_SHORTFALL.test(s.text)) return;
  // "localize and classify objects", "localizing unseen 3D objects", "localize GW signal sources": what a
  // detector or a search places, no anomaly ("localize anomalous objects" still is)
  if (h.tag === 'anomaly-localization' && /^locali[sz]/.test(tokens[h.from].lower)) {
    const m = LOCALIZED_OTHER.exec(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 70));
    if (m && !/anomal|abnormal|defect|damage|lesion|fault/i.test(m[0])) return;
  }
  // "classifying real and deep network generated images": telling them apart is synthetic-data detection; "the
  // discriminator separates real and generated images", "we mix real and synthetic images" train a model
  if (h.tag === 'synthetic-data-detection' && h.cue.startsWith('real and') && (!TELL_APART.test(s.text) ||
    GAN_TRAINING.test(s.text.slice(Math.max(0, tokens[h.from].start - 60), tokens[h.to - 1].end)))) return;
  // "multilingual test sets" are languages, not a transfer across them ("trained on English, evaluated on other languages")
  if (h.tag === 'cross-lingual' && h.cue === 'multilingual' && !LANGUAGE_TRANSFER.test(s.text)) return;
  // "anti-spoofing", "spoofing attacks" are synthetic speech only in a paper on speech or voice (not face
  // anti-spoofing with printed photos, nor GPS spoofing)
  if (h.tag === 'synthetic-data-detection' && (SPOOF_CUES.has(h.cue) || h.cue.endsWith('anti spoofing')) && !(f.speech ??= anySentence(f.sents, SPEECH_WORDS))) return;
  // ("a proof-of-concept spoofing detection strategy based on ... satellite C/N0", "the spoofing detection phase" of an
  // INS/GNSS filter: spoofed positioning signals, whichever sentence names the receiver)
  if (h.tag === 'synthetic-data-detection' && h.cue.includes('spoof') && (f.navigation ??= anySentence(f.sents, NAVIGATION_WORDS))) return;
  // "a mask-constrained pseudo-anomaly generation strategy is adopted", "we introduce an artificial defect
  // generation module": one part of a detector that synthesises its training anomalies (synthetic-anomalies), not
  // a paper about generating anomalies ("existing anomaly generation methods" of such a paper is the field)
  // (in a paper whose title is about detecting, not generating: "We propose DefGen, a novel anomaly generation method")
  if (h.tag === 'anomaly-generation' && s.index > 0 && DETECTION_TITLE.test(f.title.text) && !ANOMALY_GENERATION_TITLE.test(f.title.text) && GENERATION_PART.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 24)) &&
    /\b(?:an?|our|the proposed)\s+(?:[\w-]+\s+){0,4}(?:\w+-)?$/i.test(s.text.slice(Math.max(0, tokens[h.from].start - 60), tokens[h.from].start))) return;
  // "critical for deploying models in the open world", "future work ... for open-world surveillance": why
  // OOD detection matters, not an open-world setting the paper works in
  if (h.tag === 'open-world' && /\bdeploy\w*|\bfuture work\b/i.test(s.text)) return;
  // "multi-class classification problems": classifying many classes, not one detector for many categories
  // ("Multi-Class Open Set Classification", "multi-class integration", "a multi-class cyber-intrusion detection framework",
  // "a multi-class prediction approach": classes of a classifier, not categories of products)
  // ("multi-class anomaly classification" is the setting)
  if (h.tag === 'multi-class' && !/^(?:anomal|defect)/.test(tokens[h.to]?.lower ?? '') &&
    tokens.slice(h.to, h.to + 3).some((t) => /^(?:classif|recogni|integrat|interact|intrusion|attack|fault|predict|cyber)/.test(t.lower))) return;
  // ("a multi-class CNN", "KVASIR: A Multi-Class Image Dataset", "a weighted multi-class model", "multi-class artifact
  // segmentation"): "multi-class" alone is the setting only where an anomaly, a defect or a novelty, or the setting
  // itself, follows within a few words ("multi-class unsupervised anomaly detection", "multi-class point cloud anomaly
  // detection", "the multi-class setting"; or a sentence on settings beside the one-class one: "evaluated under three AD
  // settings including unlabeled one-class, unlabeled multi-class, and labeled multi-class")
  if (h.tag === 'multi-class' && h.cue === 'multi class' && !tokens.slice(h.to, h.to + 4).some((t) => MULTI_CLASS_TASK.test(t.lower)) && !MULTI_CLASS_SETTING.test(s.text)) return;
  // "localized defect features", "the subtle, localized nature of defects": the adjective (small, local)
  // "an abdominal CT organ segmentation task", "enhances downstream segmentation performance", "object detection and
  // segmentation": segmenting something that is not an anomaly (the sentence names no anomaly, lesion, defect ...);
  // an anomaly-detection paper's "competitive segmentation performance" or "surpassing them on segmentation" is its own
  // localization result
  if (h.tag === 'anomaly-localization' && h.cue.startsWith('!') && h.cue.endsWith('segmentation') && !tokens.some((t) => SEG_OBJECT.test(t.lower)) && !SEG_OBJECT_PHRASE.test(s.text) &&
    !(SEG_TITLE.test(f.title.text) && segmentationReported(tokens, h.from, h.to))) return;
  if (h.tag === 'anomaly-localization' && h.to - h.from === 1 && /^locali[sz]ed$/.test(tokens[h.from].lower) && adjectival(tokens, h.to)) return;
  // ("a hybrid encoder was added to improve localization accuracy", "a localization loss with normalized Wasserstein distance",
  // "adjust localization confidence"): the box regression of an object detector, measured or trained, in a sentence that
  // names no anomaly, defect or lesion
  if (h.tag === 'anomaly-localization' && h.to - h.from === 1 && /^locali[sz]ation$/.test(tokens[h.from].lower) && LOCALIZATION_MEASURE.has(tokens[h.to]?.lower ?? '') &&
    !ANOMALY_THING.test(s.text)) return;
  // "Existing works mostly rely on ... in an unsupervised setting", "Mainstream methods ... for open-set
  // discrimination", "Although CLIP demonstrates zero-/few-shot performance": what prior work does
  if (s.index > 0 && priorClause(s.text, tokens[h.from].start, c, fl, f)) return;
  // "Although current weakly-supervised VAD methods offer ...", "existing zero-shot approaches": the setting
  // names the prior methods the sentence is about
  if (s.index > 0 && PRIOR_DET.has(tokens[h.from - 1]?.lower ?? '') && tokens.slice(h.to, h.to + 3).some((t) => PRIOR_NOUN.has(t.lower))) return;
  // "Current weakly-supervised VAD methods rely on video-level labels" under the title "... Unsupervised Video Anomaly
  // Detection": a setting in prior work's subject is the paper's field, unless the title gives the paper another one
  // ("Weakly-supervised video anomaly detection methods require video-level labels ... We instead propose ..., a fully
  // unsupervised framework": so too where the paper's own sentence gives it another)
  if (s.index > 0 && TITLE_SETTING_RX.has(h.tag) && (inPriorSubject(s.text, tokens[h.from].start) && (otherTitleSetting(f, h.tag) || otherOwnSetting(f, h.tag, s)) ||
    (PLAIN_PRIOR_SUBJECT.test(s.text) && otherOwnSetting(f, h.tag, s)))) return;
  // "compared against several other deep learning based weakly-supervised or unsupervised methods": the setting of
  // the methods compared with
  if (s.index > 0 && fl & L_COMPARED && tokens.slice(h.to, h.to + 3).some((t) => PRIOR_NOUN.has(t.lower)) &&
    COMPARED_WITH_BEFORE.test(s.text.slice(Math.max(0, tokens[h.from].start - 100), tokens[h.from].start))) return;
  // "The usual unsupervised approach", "an alternative to unsupervised approaches", "contrasting to the
  // extensively explored unsupervised GAD": the setting the paper is set against
  if (s.index > 0 && CONTRAST_BEFORE.test(s.text.slice(Math.max(0, tokens[h.from].start - 80), tokens[h.from].start))) return;
  // "supervised fine-tuning", "a supervised contrastive loss", "supervised signals": the bare word before a training step, a
  // loss or a signal of a method, not the setting; nor a compound of another word ("Colorimeter-Supervised Skin Tone
  // Estimation": what guides a model)
  if (h.cue === BARE_SUPERVISED && (SUPERVISED_PART.has(tokens[h.to]?.lower ?? '') || s.text.charCodeAt(tokens[h.from].start - 1) === 45)) return;
  // "an unsupervised feature fusion", "unsupervised pre-training", "an unsupervised semantic segmentation
  // model": a part trained without labels, not the detection setting
  if (h.tag === 'unsupervised' && (UNSUPERVISED_PART.has(tokens[h.to]?.lower ?? '') ||
    (tokens[h.to]?.lower === 'domain' && UNSUPERVISED_DOMAIN_PART.has(tokens[h.to + 1]?.lower ?? '')))) return;
  // "a comprehensive analysis of our method", "serving as a benchmark for future research", "across multiple
  // evaluation metrics": the paper evaluating its own method, not an evaluation study
  if (h.tag === 'evaluation' && s.index > 0 && (OWN_AFTER.has(tokens[h.to]?.lower ?? '') || OWN_AFTER.has(tokens[h.to + 1]?.lower ?? '') ||
    (tokens[h.from - 1]?.lower === 'as' && tokens.slice(h.to, h.to + 3).some((t) => t.lower === 'future')) ||
    (h.cue.startsWith('evaluation metric') && EVAL_COUNT_BEFORE.has(tokens[h.from - 1]?.lower ?? '')) ||
    // ("To systematically evaluate the framework, we create ...", "we systematically evaluate it on"): the paper's own
    OWN_OBJECT.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 40)) ||
    // ("We systematically evaluate WaveDiff on BraTS 2021", "a comprehensive evaluation of ZorbNet"): the paper's own, named
    ownNamedAfter(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 60), f.proposed))) return;
  // "State-of-the-art approaches are mostly based on supervised learning", "collecting annotated data
  // for supervised learning is cumbersome": supervised learning is the contrast anomaly detection is
  // set against; it is the paper's setting where the paper says so (or its title)
  // ("in both unsupervised and supervised settings": coordinated with the paper's settings, it is one of them)
  // ("A supervised Random Forest model trained on the collected motion data was ...", "The problem ... was posed as a supervised
  // learning task": one supervised thing, named with "a" in a sentence with no contrast or others' work, is the paper's)
  // ("Seven supervised classifiers (random forest, XGBoost, ...) were trained and evaluated using 5-fold cross-validation":
  // what a sentence with no contrast says was trained or used, in the passive, is the study's own work too)
  // ("compared to a supervised model" under "Unsupervised Flood Detection on SAR Time Series": under a title of less
  // supervision, supervised learning in the abstract is the contrast, unless coordinated with the paper's settings)
  if (h.tag === 'supervised' && s.index > 0 && !coordinatedSetting(tokens, h.from) && (OTHER_SUPERVISION_TITLE.test(f.title.text) ||
    (!OWN_SUBJECT.test(s.text) && !((tokens[h.from - 1]?.lower === 'a' || PASSIVE_USE.test(s.text)) && !SUPERVISED_CONTRAST.test(s.text))))) return;
  // "the understanding and reasoning capabilities of MLLMs", "leveraging their semantic reasoning":
  // what the models can do, not a reasoning task the paper sets (an explanation, a chain of thought)
  // (a benchmark that "tests the perception and reasoning capabilities of LMMs" does set it)
  if (h.tag === 'reasoning' && s.index > 0 && modelAbility(tokens, h.from, h.to) && !TESTS.test(s.text.slice(0, tokens[h.from].start))) return;
  // ("the fastest reasoning speed ... is 56 FPS", "logical and reasoning errors", "solid statistical reasoning", "formal
  // symbolic reasoning", "the inner reasoning of machine learning models": inference speed, an error's kind, a method of
  // argument or a model's workings, no reasoning the paper asks for)
  if (h.tag === 'reasoning' && (NOT_TASK_REASONING_AFTER.has(tokens[h.to]?.lower ?? '') || NOT_TASK_REASONING_BEFORE.has(tokens[h.from - 1]?.lower ?? ''))) return;
  // "fuzzy rule reasoning", "a weight reasoning algorithm based on dynamic Bayesian network", "temporal reasoning training"
  // of a BiLSTM, "counterfactual reasoning": in a paper with no language or vision-language model, no agent and no
  // question answering, reasoning is a method's inference, not the reasoning setting of models that explain in words
  // (unless the title makes reasoning its subject)
  if (h.tag === 'reasoning' && s.index > 0 && !REASONING_TITLE.test(f.title.text) && !(f.reasoningModels ??= anySentence(f.sents, REASONING_MODELS))) return;
  // "detect and classify vehicles in each frame", "fine-grained categorization of birds": kinds of anomalies
  // only when anomalies are what is classified
  if (h.tag === 'anomaly-classification' && (h.cue.startsWith('detect* and') || h.cue.startsWith('fine grained')) &&
    !tokens.slice(h.to, h.to + 5).some((t) => ANOMALY_WORD.test(t.lower)) && !(h.cue.startsWith('fine grained') && tokens.some((t) => ANOMALY_WORD.test(t.lower)))) return;
  // "the Detection and Classification of Acoustic Scenes and Events (DCASE) challenge": a challenge's name
  if (h.tag === 'anomaly-classification' && tokens[h.to]?.lower === 'of' && tokens[h.to + 1]?.lower === 'acoustic') return;
  f.settings.add(h.tag as Setting, s, 0.75);
  // "machine-generated text detection", "ChatGPT-generated answers": the data is text
  if (h.tag === 'synthetic-data-detection' && /\btext|chatgpt|ghostwritten/.test(h.cue)) f.domains.add('text', s, 0.7);
}

/**
 * Words after "diffusion" of a kind of scan ("diffusion-weighted", "diffusion tensor", "Diffusion MR Images"), or of the
 * diffusion of physics and of graphs ("diffusion maps", "diffusion distance", "Diffusion Convolution Recurrent Neural
 * Network", "diffusion equations", "diffusion extended Kalman filter"): no diffusion model.
 */
const DIFFUSION_SCAN = new Set(['weighted', 'tensor', 'mri', 'mr', 'imaging', 'volumes', 'coefficient', 'coefficients', 'kurtosis',
  'maps', 'map', 'distance', 'distances', 'convolution', 'convolutional', 'equation', 'equations', 'extended']);
/** Words after "diffusion of" that keep it a generative model's ("the diffusion of noise", "diffusion of latent codes"). */
const DIFFUSION_OF_MODEL = /^(?:models?|noise|probabilit|latent|score|denois|generat)/;
/** Words before "agent" of something that acts in the world, not a learner of rewards. */
const AGENT_IN_WORLD = new Set(['autonomous', 'traffic', 'road', 'driving']);
const REWARD_WORDS = /\b(?:rewards?|polic(?:y|ies)|reinforcement)\b/i;
/** Nouns after "both vision and language" of two kinds of data, each on its own. */
const TWO_KINDS_OF_DATA = new Set(['datasets', 'data', 'tasks', 'benchmarks', 'domains', 'modalities']);
/** Cues that say multimodal large language model in so many words (not "large vision-language model", which prior work names loosely). */
const MLLM_OWN_WORDS = new Set(['mllm*', 'multimodal large language model*', 'multi modal large language model*', 'multimodal llm*']);
/** A technique cue: the technique, unless negated, prior work's, a baseline's, an idiom ... */
function techniqueHit(x: HitPass, h: CueHit): void {
  // "message passing over this graph" is a graph network's; "MPI message passing", "microservices communicate through
  // asynchronous message passing" is not
  if (h.cue === 'message passing' && !GRAPH_WORDS.test(x.s.text)) return;
  const { c, f, s, tokens, fl, priorTechnique, futureEnd, inspiredFrom, inspiredTo } = x;
  // "the autonomous agent equipped with such a model", "traffic agents", "an agent-based generator": agents that act in
  // the world or in a simulation, not an agent that learns from rewards
  // (not where the agent learns from rewards: "an autonomous agent learns a policy that maximises the cumulative reward")
  if (h.tag === 'reinforcement-learning' && h.cue === 'agent*' && ((h.from > 0 && AGENT_IN_WORLD.has(tokens[h.from - 1].lower)) ||
    /^-?\s*based\b/.test(s.text.slice(tokens[h.from].end))) && !REWARD_WORDS.test(s.text)) return;
  // "The rapid development of Large Language Models (LLMs) has ...", "With the emergence of large language models, ...": the
  // field's news as motivation, not a model the paper uses (unless the sentence speaks of the paper: "we", "our")
  if (h.tag === 'llm' && LLM_NEWS.test(s.text) && !OWN_SUBJECT.test(s.text)) return;
  // "Language Models for Novelty Detection in System Call Traces", "a log-tailored language model": a language model in a
  // paper that never speaks of a large one (nor names one) is a small sequence model, not an LLM
  if (h.tag === 'llm' && (h.cue.endsWith('language model') || h.cue.endsWith('language models')) && !(f.largeLM ??= anySentence(f.sents, LARGE_LM_WORDS))) return;
  // "Lens: A Foundation Model for Network Traffic", "TimeRadar: A Domain-Rotatable Foundation Model for ...": a title that
  // presents the paper's own foundation model, not features of one the paper uses
  // (in any sentence of such a paper: "We present Lens, a foundation model pre-trained on network traffic")
  if (h.tag === 'foundation-model-features' && OWN_FOUNDATION_TITLE.test(f.title.text)) return;
  // "OoD detection tasks on both vision and language datasets": two kinds of data, each on its own
  // (not "exploits both vision and language cues")
  if (h.cue === 'vision and language' && h.from > 0 && tokens[h.from - 1].lower === 'both' && TWO_KINDS_OF_DATA.has(tokens[h.to]?.lower ?? '')) return;
  // ("diffusion-weighted MRI", "diffusion tensor imaging", "diffusion maps": a kind of scan or a diffusion of physics or graphs,
  // no diffusion model)
  if (h.tag === 'diffusion' && h.to - h.from === 1 && DIFFUSION_SCAN.has(tokens[h.to]?.lower ?? '')) return;
  // ("the diffusion of malicious software", "the diffusion of fake news": a spread, no diffusion model)
  if (h.tag === 'diffusion' && h.to - h.from === 1 && tokens[h.to]?.lower === 'of' && !DIFFUSION_OF_MODEL.test(tokens[h.to + 1]?.lower ?? '')) return;
  // "galaxy clusters", "normal patterns form compact clusters", "the microservices cluster": a cluster as a thing found or
  // a group of machines; the technique is clustering done ("we cluster the responses", "clustered by expectation
  // maximization", "cluster centres", "Cluster-Aware", "micro-clusters")
  if (h.tag === 'clustering' && h.to - h.from === 1 && CLUSTER_NOUN.has(tokens[h.from].lower) && !clusteringDone(tokens, h.from)) return;
  // ("node count, edge density, and clustering coefficient", "Recipient Clustering Coefficient"): a graph's measure of
  // closed triangles; ("a clustered sensor network comprises cluster members and one cluster head"): nodes that relay a
  // group's readings; neither groups data
  if (h.tag === 'clustering' && (/^coefficients?$/.test(tokens[h.to]?.lower ?? '') ||
    (/^cluster$/.test(tokens[h.to - 1].lower) && /^(?:heads?|members?)$/.test(tokens[h.to]?.lower ?? '') && /\b(?:sensors?|nodes?|wireless)\b/i.test(s.text)))) return;
  const inInspired = (at: number) => at >= inspiredFrom && at < inspiredTo;
  // ("Although multimodal large language models (MLLMs) have advanced industrial anomaly detection, ...", "Recent MLLM-based
  // methods have shown promising open-world generalization, but ..."): a paper that sets itself against multimodal LLMs in
  // so many words works on them; its readers tag the technique though the sentence is of prior work
  if (priorTechnique && !(h.tag === 'multimodal-llm' && MLLM_OWN_WORDS.has(h.cue))) return;
  if (negated(s.text, tokens, h.from, c.negators, false)) return;
  if (comparedBaseline(s.text, tokens, h.from, h.to) || comparedKind(s.text, tokens, h.from, h.to)) return;
  // "Semi-supervised learning (SSL) ... SSL": an acronym cue the paper defines as something else
  if (f.definedHere.size && h.to - h.from === 1 && otherAcronym(c, tokens[h.from].text, h.tag, f.definedHere)) return;
  // "avenues for future improvement, such as model fine-tuning": what the paper leaves for later
  // ("establishing a strong baseline for future research" after the technique is the paper's own)
  if (futureEnd <= tokens[h.from].start) return;
  // "precisely reconstructing user request paths", "reconstruction of anomaly propagation paths": a path, not data
  if (h.tag === 'reconstruction' && tokens.slice(h.to, h.to + 4).some((t) => t.lower === 'path' || t.lower === 'paths')) return;
  // "reconstruct synergy relationship-oriented graphs", "reconstructing complex lateral attack chains", "Extracting and
  // Reconstructing LLM Backdoor Triggers", "layer-wise surface reconstruction", "3D neural reconstruction of space
  // objects": relations, evidence or geometry put back together, not data reconstructed to score anomalies
  if (h.tag === 'reconstruction' && (tokens.slice(h.to, h.to + 4).some((t) => RECON_OTHER_OBJECT.has(t.lower)) || RECON_OTHER_BEFORE.has(tokens[h.from - 1]?.lower ?? ''))) return;
  // "a detector that remains attentive to subtle changes": the adjective of care, no attention mechanism
  if (h.tag === 'attention' && h.cue === 'attentive' && tokens[h.to]?.lower === 'to') return;
  // "operators that embed thermodynamic constraints", "we embed a ... language model downstream": to build in,
  // not to map data to vectors ("embed the transformed data into a semantic space", "embed and analyze graphs" are)
  // (the gerund too: "By embedding the transformer into the recursive mechanism of LSTM")
  if (h.tag === 'embedding' && (h.cue === 'embed' || (tokens[h.from].lower === 'embedding' && h.to === h.from + 1 && EMBEDDING_OBJECT.has(tokens[h.to]?.lower ?? ''))) &&
    !EMBED_DATA.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 80))) return;
  // "visualised with t-distributed stochastic neighbor embedding (t-SNE)": a plot of the features, no embedding technique
  if (h.tag === 'embedding' && h.from > 0 && /^neighbou?r$/.test(tokens[h.from - 1].lower)) return;
  // "By replacing the original embedding layer with our hybrid encoder": a network's input layer, no embedding technique
  if (h.tag === 'embedding' && h.to === h.from + 1 && tokens[h.from].lower === 'embedding' && (tokens[h.to]?.lower === 'layer' || tokens[h.to]?.lower === 'layers')) return;
  // "an anomaly-aware Gaussian mixture to learn event boundaries", "the Mahalanobis distance between
  // reconstructions": a density technique only where the sentence is about density or likelihood
  if (h.tag === 'density-estimation' && DENSITY_BY_USE.has(h.cue) && !DENSITY_CONTEXT.test(s.text)) return;
  // "estimates the crowd density", "density-based clustering", "estimate the distribution shift": no density model
  if (h.tag === 'density-estimation' && (tokens.slice(h.from, h.to).some((t) => NOT_DENSITY_OF.has(t.lower)) || NOT_DENSITY_AFTER.has(tokens[h.to]?.lower ?? ''))) return;
  // "text prompts to GPT-4 for log anomalies": prompts of a language model, not image-text matching
  // ("textual features" of a text-attributed graph, "text-guided" log parsing: text with no image is no vision-language)
  // (an industrial inspection paper is about images: "Text-Guided Multimodal Unified Industrial Anomaly Detection")
  if (h.tag === 'vision-language' && TEXT_SIDE_CUES.has(h.cue) && !(f.visual ??= anySentence(f.sents, VISUAL_WORDS))) return;
  // "Given a normal image, mask and a simple text prompt, AAG can generate realistic anomalies", "a latent diffusion model
  // synthesizes defects using text prompts": the prompt of a text-to-image generator, no image-text matching model
  if (h.tag === 'vision-language' && h.cue === 'text prompt*' &&
    (f.promptedGenerator ??= anySentence(f.sents, IMAGE_GENERATOR_WORDS) && !anySentence(f.sents, VLM_WORDS))) return;
  // "compared to approaches such as K-Means, LOF and Isolation Forest": the baselines' techniques
  if (s.index > 0 && comparedList(s.text, tokens[h.from].start, fl)) return;
  // "Contrary to density-based methods, OneFlow ...", "Unlike reconstruction-based approaches, ...": what the paper is set against
  // (a literal bit first: most sentences have none of the words)
  if (s.index > 0 && fl & L_CONTRAST && CONTRAST_TECHNIQUE.test(s.text.slice(Math.max(0, tokens[h.from].start - 80), tokens[h.from].start))) return;
  // "face swapping produces synthesized fake faces": the fakes a detector detects; "we augment the training
  // data with synthesized fake images": fakes made to train on
  if (h.tag === 'synthetic-anomalies' && h.cue.startsWith('synthesized') && !/\b(?:augment\w*|train\w*|we)\b/i.test(s.text)) return;
  // "ensuring equal attention to all frequency ranges": the English idiom, not the mechanism
  // ("captivated the attention of academia", "attention from the community": the idiom too)
  if (h.tag === 'attention' && tokens[h.to - 1].lower === 'attention' && attentionIdiom(tokens, h.from, h.to)) return;
  // "routes doctors' attention to anomalous ticks": a plural possessive before "attention to" is the idiom too
  // (not a model's: "guides the transformers' attention to defect regions" is the mechanism)
  if (h.tag === 'attention' && tokens[h.to]?.lower === 'to' && /s['’]\s+$/.test(s.text.slice(0, tokens[h.from].start)) &&
    !MODEL_POSSESSORS.has(tokens[h.from - 1]?.lower ?? '')) return;
  // "Inspired by the success of LLMs in NLP, ...": where the idea comes from, not what the paper uses
  if (inInspired(tokens[h.from].start)) return;
  // "LLM agents", "a multi-agent LLM framework", "an agentic system": agents that prompt language models,
  // not agents trained by reward (an RL agent is "a search agent ... encouraged to take actions"); but "an agentic
  // framework" is what the readers tag reinforcement learning (dev pool: 10 of 11 papers)
  if (h.tag === 'reinforcement-learning' && h.cue.startsWith('agent') && h.cue !== 'agentic framework*' && llmAgent(s.text, f.title.text)) return;
  // "a spoofing agent", "rogue agents", "communication between agents", "automated agents, from benign web crawlers":
  // in a paper with no word of rewards, policies or language models an agent is an actor, not a learner
  if (h.tag === 'reinforcement-learning' && h.cue.startsWith('agent') && !(f.learningAgent ??= anySentence(f.sents, LEARNING_AGENT))) return;
  // "the SOP narrows the search space of the agents": a search space of architectures, networks or models only
  if (h.tag === 'neural-architecture-search' && h.cue === 'search space' && !/\b(?:architectures?|networks?|models?|detectors?|operations?)\b/i.test(s.text)) return;
  // "Reconstruction-Free Anomaly Detection", "a tuning-free ..." : the technique is what the method does without
  if (/^[-‐]free\b/i.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 6))) return;
  // ("circumvents explicit reconstruction", "circumvents the need for fine-tuning", "bypasses reconstruction": the verb's
  // object; not "circumvents label scarcity via synthetic anomalies", "bypasses the autoencoder bottleneck")
  if (h.from > 0 && (/^(?:circumvent|bypass)/.test(tokens[h.from - 1].lower) ||
    (h.from > 1 && tokens[h.from - 2].lower.startsWith('circumvent') && /^[a-z]+$/.test(tokens[h.from - 1].lower) && !CIRCUMVENT_NOT_OBJECT.has(tokens[h.from - 1].lower)) ||
    /\bcircumvent\w*\s+the\s+need\s+(?:for|of)\s+$/i.test(s.text.slice(Math.max(0, tokens[h.from].start - 40), tokens[h.from].start)))) return;
  // ("a latent diffusion model synthesizes realistic defects using text prompts", "text-to-image diffusion models generate
  // images reflecting text prompts"): prompts that condition an image generator, not prompts learned or tuned for a task
  // (unless the sentence learns, tunes or adapts them)
  if (h.tag === 'prompt-learning' && PROMPTED_GENERATOR.test(s.text) && !LEARNED_PROMPT.test(s.text)) return;
  // ("3D point cloud reconstruction of the pipe", "the reconstruction of low transverse momentum particles", "neuron
  // reconstruction from electron microscopy volumes", "session reconstruction"): rebuilding a shape, a scene or an event
  // from measurements, not a model that reconstructs its input to score anomalies (unless the sentence speaks of
  // anomalies, normal data or features, or the paper of reconstruction errors, losses or autoencoders)
  if (h.tag === 'reconstruction' && PHYSICAL_RECONSTRUCTION.test(s.text) && !RECONSTRUCTION_FOR_DETECTION.test(s.text) &&
    !(f.modelReconstruction ??= anySentence(f.sents, MODEL_RECONSTRUCTION))) return;
  // ("uses the fine-tuned hyperparameters to detect anomalies", "fine-tunes parameters through the WOA", "fine-tune the temporal
  // boundary of anomalies", "fine-tuning the sensitivity of the detection mechanism"): settings adjusted by hand or by a
  // search, no pretrained model trained further
  if (h.tag === 'fine-tuning' && (h.cue === 'fine tun*' || h.cue === 'finetun*') && FIGURATIVE_TUNING.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 50))) return;
  f.techniques.add(h.tag as Technique, s, 0.75);
  // "Graph Attention Network": a graph network built on attention states both
  if (h.tag === 'graph-neural-network' && h.cue.startsWith('graph attention')) f.techniques.add('attention', s, 0.75);
  // "a graph autoencoder", "Variational Graph Auto-Encoders (VGAE)": an autoencoder whose encoder is a graph network
  if (h.tag === 'autoencoder' && h.from > 0 && tokens[h.from - 1].lower === 'graph') f.techniques.add('graph-neural-network', s, 0.75);
}

/** A metric cue: the metric (listed in `mh` too), unless it names or modifies something else. */
function metricHit(x: HitPass, h: CueHit): void {
  const { c, f, s, tokens, mh } = x;
  if (f.longFormSpans.get(s)?.some(([a, b]) => h.from > a && h.to <= b)) return;
  // "latency-aware precision", "F1-based": the metric word modifies something else
  if (MODIFIER_SUFFIX.test(s.text.slice(tokens[h.to - 1].end, tokens[h.to - 1].end + 12))) return;
  // "the proactive prediction of anomalies (AP)": an acronym the paper defines as something else
  // "the proactive prediction of anomalies (AP)": the paper's AP is no metric, here or later
  if (h.to - h.from === 1 && f.nonMetric.size && f.nonMetric.has(normKey(tokens[h.from].text))) return;
  // "R@1", "Recall@10", "recall @ 5" are recall at K; "R^2 = 0.97" a coefficient of determination, "P=99.7%, R=99.8%",
  // "recall 94.8%", "Recall: 98.72%" a plain recall
  if (h.tag === 'Recall@K' && (h.cue === '=R #' || h.cue === 'recall #') && !s.text.slice(tokens[h.from].end, tokens[h.to - 1].start).includes('@')) return;
  // "develop a framework that proactively detects throughput drops", "I/O Throughput Prediction for HPC Applications",
  // "increase the throughput of OCT imaging": throughput as the quantity a paper watches or a process's rate, no measure of
  // the method; it is one where the method's throughput is compared or given ("higher throughput than", "2.4x greater
  // throughput", "a throughput of 2.5 million inferences/s")
  if (h.tag === 'throughput' && h.cue.endsWith(' throughput') && !THROUGHPUT_MEASURED.test(s.text)) return;
  // "thereby improving accuracy", "enhances accuracy and robustness": accuracy as a virtue of the design;
  // the metric is reported where results are ("achieves 86.1% accuracy", "outperforms ... in accuracy"), not where a
  // result praises it ("achieves state-of-the-art accuracy")
  // (nor where methods fall short of it before it is named: "approaches still struggle to meet ... in terms of detection
  // accuracy"; not "improves detection accuracy by 4.2% over UniAD, which underperforms ...")
  // (a result the paper's method achieves, in a sentence of no contrast: "the proposed method achieves competitive detection
  // accuracy", "SVD-RND ... achieves near-perfect detection accuracy on the CelebA dataset"; not "existing approaches often
  // attain high accuracy", "a better balance between detection accuracy and ...")
  // ("to improve the classification accuracy", "shows high classification accuracy for all cases": the accuracy of a
  // classification the paper runs is a measure it reports, praised or not; not the known classes' accuracy an open-set
  // method keeps, "while maintaining high classification accuracy on known classes", nor one that drops or degrades)
  if (h.tag === 'accuracy' && s.index > 0 && (!(ACCURACY_REPORTED.test(s.text) || (ACCURACY_ACHIEVED.test(s.text) && !ACCURACY_CONTRAST.test(s.text)) ||
    (tokens[h.from - 1]?.lower === 'classification' && !ACCURACY_KEPT.test(s.text))) ||
    ACCURACY_SHORTFALL.test(s.text.slice(0, tokens[h.from].start)) || isPriorWork(c, s))) return;
  // "the Inner-IoU loss function", "a Soft IoU-Aware mechanism", "we apply the Wise-IOU v3 bounding box loss": IoU as a loss
  // or a part of training, or a loss named after it (a word joined before the bare IoU by a hyphen; "open-mIoU" is a mean IoU),
  // not the measure reported
  if (h.tag === 'IoU' && (IOU_PART_AFTER.has(tokens[h.to]?.lower ?? '') ||
    (h.cue === 'iou' && h.from > 0 && s.text[tokens[h.from].start - 1] === '-' && !IOU_OF.has(tokens[h.from - 1].lower)))) return;
  // "an average precision of 89.1%, a recall of 82.4%": precision averaged over classes or runs, beside recall, not AP
  if (h.tag === 'AUPR' && h.cue === 'average precision' && AVERAGED_PRECISION.test(s.text.slice(tokens[h.from].start))) return;
  // "competitive accuracy (F1: 0.683)", "excellent accuracy (AUC >= 0.99)": the figure is another metric's
  if (h.tag === 'accuracy' && accuracyAsOther(s.text)) return;
  // ("Improving Detection Accuracy of ...": a title's aim; the title's accuracy is the metric only on its own)
  if (h.tag === 'accuracy' && s.index === 0 && h.from > 0 && /^(?:detection|classification)$/.test(tokens[h.from - 1].lower)) return;
  // "latency thresholds", "latency metrics" of a monitored system: the data, not a metric of the method
  if (h.tag === 'latency' && SYSTEM_QUANTITY.test(tokens[h.to]?.lower ?? '')) return;
  mh.push(h);
  // (a loose cue, "an mAP@0.5 of 87.5%" as AUPR, which the readers tag about two times in three (dev pool: 59 of 93), at a
  // lower confidence than a metric named as such)
  f.metrics.add(h.tag as Metric, s, c.looseMetricCues.has(h.cue) ? 0.6 : 0.85);
}

/** Words after IoU that make it a part of training or matching, not a measure: "IoU loss", "IoU-aware", "IoU-matching". */
const IOU_PART_AFTER = new Set(['loss', 'losses', 'aware', 'matching', 'guided']);
/** Measures an IoU is taken of, joined to it ("mask-IoU", "box-IoU"): still the measure (not a coined loss, "Wise-IoU"). */
const IOU_OF = new Set(['mean', 'class', 'pixel', 'box', 'mask', 'instance', 'object', 'frame', 'point', 'voxel', 'image', 'region', 'semantic']);
/**
 * Precision averaged and given beside recall: "an average precision of 89.1%, a recall of 82.4%", "the average precision
 * and recall to be 87.5% and 88.52%", "an average precision, recall, and F1 score of 0.88" (read from the cue on).
 */
const AVERAGED_PRECISION = /^average precision\b(?!\s*\()(?:\s+(?:score|rate|value)s?)?(?:\s+(?:of|was|is|reached|=)\s+[^,;]{0,25})?,?\s+(?:and\s+|an?\s+)*(?:average\s+)?recall\b/i;
/** A year written after a dataset's name: " 2019", "-2016", "2023" (not a longer number). */
const YEAR_AFTER = /^[ -‐]?(?:19|20)\d\d(?!\w|\.\d|,\d|\s+(?:images|samples|videos|frames|clips|examples|instances|classes|categories|patients|scans|subjects|points|series|logs|nodes|graphs|training|test|per)\b)/;
/** A challenge's task after an edition: " Challenge Task 2", " Task 2", " challenge task 2". */
const TASK_AFTER = /^\s(?:[Cc]hallenge\s)?[Tt]ask\s?\d{1,2}\b/;
const EDITION_DIGITS = /^(?:(?:19|20)\d\d|[12]\d)$/;

/**
 * The yearly edition a dataset mention names, as written ("BraTS 2019", "ISIC 2016", "DCASE2023"), or
 * undefined. Only for a dataset whose own name carries no number (Camelyon16, DAGM 2007 are names).
 */
function editionOf(name: string, surface: string, after: string): string | undefined {
  // ("the ASVspoof Challenge 2015", "Countermeasures (ASVspoof) Challenge 2015": a challenge's year after its name, even
  // where the lexicon names the family by one of its years)
  const challenge = CHALLENGE_YEAR_AFTER.exec(after);
  if (challenge && !/\d$/.test(surface)) return `${surface} ${challenge[1]}`;
  if (/\d$/.test(name)) return undefined;
  // the surface is the name and a year ("ISIC 2016", "BraTS2021") or its two digits ("BraTS20")
  const nk = normKey(name);
  const sk = normKey(surface);
  if (sk.length > nk.length && sk.startsWith(nk) && EDITION_DIGITS.test(sk.slice(nk.length))) return surface;
  // ("CERT r4.2", "CERT r5.2": releases of a dataset are editions of it, each its own data)
  const m = YEAR_AFTER.exec(after) ?? RELEASE_AFTER.exec(after);
  return m ? surface + m[0] : undefined;
}
/** "Challenge 2015" after a challenge's name (or after its acronym in parentheses). */
const CHALLENGE_YEAR_AFTER = /^(?:\)|\s*\([A-Za-z][\w-]{1,15}\))?\s+Challenge\s+((?:19|20)\d\d)(?!\w|\.\d)/;
/** A dataset's release written after its name: " r4.2", " v2.1", "-v2", " 2.0" (not a model's "V2" alone: a lower-case r or v). */
const RELEASE_AFTER = /^[ -‐](?:(?:r|v)\d{1,2}(?:\.\d{1,2})?|[2-9]\.0(?!\s+(?:points?|times|million|pp|percent|x)\b))(?![\w.%×])/;

/** Whether every time `name` is written in `text` it is joined to another name by a "+" ("Flush+Reload", "Flush+Flush"). */
function onlyJoinedByPlus(text: string, name: string): boolean {
  let seen = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const joinedAfter = text.charCodeAt(end) === 0x2b && ALNUM.test(text.charAt(end + 1));
    const joinedBefore = text.charCodeAt(at - 1) === 0x2b && ALNUM.test(text.charAt(at - 2));
    if (!joinedAfter && !joinedBefore) return false;
    seen = true;
  }
  return seen;
}
const ALNUM = /^[A-Za-z0-9]$/;

/** The "+" or "++" a match ends on, in its surface or right after it in the text ("SoftPatch+," but not "GCN+GRU"). */
function plusRunAt(text: string, h: { surface: string; end: number }): string {
  if (h.surface.endsWith('+')) return plusRun(h.surface);
  if (text.charCodeAt(h.end) !== 0x2b) return '';
  return /^\+\+?(?![A-Za-z0-9+])/.exec(text.slice(h.end, h.end + 3))?.[0] ?? '';
}

/**
 * Is the name written at `start` (`length` characters) set in parentheses right after another name of `entry`, as its short
 * name: "the MIT-BIH Arrhythmia Database (MIT-BIH-AR)", "the MIT-BIH arrhythmia dataset (MIT-BIH-AR)"?
 */
function shortNameAfter(text: string, start: number, length: number, entry: { name: string; aliases?: string[] }): boolean {
  if (text[start - 1] !== '(' || text[start + length] !== ')') return false;
  const before = text.slice(Math.max(0, start - 121), start - 1).trimEnd().toLowerCase().replace(/\s+(?:dataset|database|data set|benchmark|corpus)$/, '');
  return [entry.name, ...(entry.aliases ?? [])].some((n) => {
    const l = n.toLowerCase();
    return before.endsWith(l) && !/[\w-]/.test(before[before.length - l.length - 1] ?? ' ');
  });
}

/** The entity of a lexicon entry in this paper (not an edition of it), made on its first mention. */
function lexiconEntity(pc: PaperPass, pick: LexRef, kind: Ent['kind'], s: Sentence): Ent {
  const { ents, byKey, register } = pc;
  const key = `${pick.kind}:${pick.entry.name}`;
  let e = byKey.get(entKey(pick.entry.name));
  if (!e || e.lex?.entry !== pick.entry || e.edition !== undefined) {
    e = ents.find((x) => x.lex && x.edition === undefined && `${x.lex.kind}:${x.lex.entry.name}` === key);
  }
  if (!e) {
    e = newEnt(kind, s, pick.ambiguous ? 0.8 : 0.95, pc.order++);
    e.lex = pick;
    ents.push(e);
    for (const f of [pick.entry.name, ...(pick.entry.aliases ?? [])]) register(e, f);
  }
  return e;
}

/** A code host's address right before a path's first part (the account): "github.com/", "huggingface.co/". */
const CODE_HOST_BEFORE = /(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)\/$/i;

/** A coined name ending in BERT: "SecBERT", "URLBERT", "EuroBERT" (not BERT itself, nor "BERT-based"). */
const CODED_BERT = /(?<![\w-])([A-Z][A-Za-z0-9]*[A-Za-z0-9]BERT)(?![\w-])/g;

/** Words of a comparison or of examples in a sentence. */
const COMPARED_OR_EXAMPLES = /\b(?:such as|compared?|comparing|comparison|outperform\w*|surpass\w*|baselines?|than|versus|vs\.?|including|e\.g\.|like)\b/i;

/** A proposal or naming verb a few words before a name: "we propose an effective ... model, named ". */
const OWN_NAMING_BEFORE = /\b(?:propos|introduc|present|develop|design|buil|nam|call|dub|term)\w*\s+(?:[\w-]+,?\s+){0,8}$/i;

/** The noun of a task right after a name: " detection", " segmentation". */
const TASK_NOUN_AFTER = /^ (?:detection|segmentation|locali[sz]ation)\b/;

/** A year or a release ending a data set's name as written ("ASVspoof 2019", "CERT r4.2", "CERT 4.2"). */
const RELEASE_TAIL = /(?<=^|[ -‐])(?:(?:19|20)\d\d|[rv]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})$/;
/** Another one written alone after it, in a list: ", 2020", " and r5.2", " or 2021" (not a figure: "4.2 and 5.2%"). */
const ELIDED_RELEASE = /^(?:,\s*|,?\s+(?:and|or|&)\s+)((?:19|20)\d\d|[rv]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})(?![\w%]|\.\d|\s*(?:%|points?|times|x|pp)\b)/;

/** "on CIFAR10/100", "CIFAR-10/100": the other data set of a pair whose names differ in their number, after a slash. */
function slashSibling(c: Compiled, pc: PaperPass, pick: LexRef, written: string, s: Sentence, end: number): void {
  const m = /^\/(\d{1,4})(?![\w.])/.exec(s.text.slice(end, end + 6));
  const num = m ? /\d+$/.exec(written) : null;
  if (!m || !num) return;
  const name = written.slice(0, num.index) + m[1];
  const sib = (c.lex.lookup(name) ?? []).find((f) => f.value.kind === 'dataset' && f.value.entry !== pick.entry)?.value;
  if (sib) pc.mention(lexiconEntity(pc, sib, 'dataset', s), name, s);
}

/**
 * "Experiments on the CERT r4.2 and r5.2 datasets", "the ASVspoof 2019 and 2021 datasets": a release or a year written
 * alone after a data set's versioned name, in the same shape, is another release of that data set, named in full
 * (the lexicon's entry where it has one, else an edition of the first).
 */
function elidedEditions(c: Compiled, pc: PaperPass, pick: LexRef, written: string, s: Sentence, end: number): void {
  const tail = RELEASE_TAIL.exec(written);
  if (!tail) return;
  const shape = (v: string) => v.replace(/\d/g, '0');
  const stem = written.slice(0, written.length - tail[0].length);
  for (let at = end; ; ) {
    const m = ELIDED_RELEASE.exec(s.text.slice(at, at + 24));
    if (!m || shape(m[1]) !== shape(tail[0])) return;
    at += m[0].length;
    const name = stem + m[1];
    // (an entry of its own: "ASVspoof 2021"; not the family's entry that lists its years as spellings: "DCASE2021")
    const own = (c.lex.lookup(name) ?? []).find((f) => f.value.kind === 'dataset' && f.value.entry !== pick.entry)?.value;
    if (own) {
      pc.mention(lexiconEntity(pc, own, 'dataset', s), name, s);
      continue;
    }
    let ed = pc.ents.find((x) => x.edition !== undefined && normKey(x.edition) === normKey(name));
    if (!ed) {
      ed = newEnt('dataset', s, 0.9, pc.order++);
      ed.lex = pick;
      ed.edition = name;
      // (another year of an entry named with its year, "ICBHI 2017 and 2018", is no spelling of that entry: a variant)
      ed.variant = normKey(pick.entry.name).endsWith(normKey(tail[0]));
      pc.ents.push(ed);
    }
    pc.mention(ed, name, s);
  }
}

/** LaTeX text-formatting commands: with their braces ("\\emph{X}"), or glued to their word where a copy lost them. */
const LATEX_FORMAT = 'emph|textit|textbf|textsc|texttt|mathrm|mathbf|text';
const LATEX_FORMAT_BRACED = new RegExp(String.raw`\\(?:${LATEX_FORMAT})\{([^{}]*)\}`, 'g');
const LATEX_FORMAT_GLUED = new RegExp(String.raw`\\(?:${LATEX_FORMAT})(?=[A-Z0-9])`, 'g');
/** arXiv abstracts keep some LaTeX: "\\emph{Anomaly Transformer}" reads as "Anomaly Transformer", "95\\%" as "95%". */
function delatex(text: string): string {
  if (!text.includes('\\') && !text.includes('$')) return text;
  return text
    .replace(LATEX_FORMAT_BRACED, '$1')
    // ("\emphContext-aware ...", "\textttPHAZE", "\citegarcia2023onemodel": a copy that lost the braces glues the
    // command to its word; the citation key goes, the formatted word stays)
    .replace(/\\cite[pt]?[a-z]+\d{4}[a-z]*/g, '')
    // ("PhaseAD$^\dagger$", "Hermes$^{*}$", "ANVIL\textsuperscript{1}", "X\footnote{...}": marks glued to a name go; a
    // superscript letter or digit stays part of it: "M$^3$-AD" is M3-AD)
    .replace(/\\footnote\{[^{}]*\}|\\textsuperscript\{[^{}]*\}|\$\^\{?(?:\\dagger|\\ddagger|\\star|\\ast|\*)\}?\$/g, '')
    .replace(/\$\^\{?([A-Za-z0-9])\}?\$/g, '$1')
    .replace(LATEX_FORMAT_GLUED, '')
    // ("the Mondrian \Polya{} Forest": a word written as a macro, for its accent, is the word)
    .replace(/\\([A-Z][a-z]{2,})\{\}/g, '$1')
    .replace(/\\([a-zA-Z]+)\b/g, (m, w: string) => LATEX_SYMBOLS[w] ?? m)
    .replace(/\\([%&_#$])/g, '$1')
    // "DALL$·$E 2", "$k$-means", "$17.0%$": short inline math is its text
    .replace(/(?<!\\)\$([^$\n]{1,24})\$/g, '$1');
}
/** Symbols of inline math written as LaTeX commands ("DALL$\\cdot$E 2", "$2\\times$ faster"). */
const LATEX_SYMBOLS: Record<string, string> = {
  rightarrow: '→', to: '→', leftarrow: '←', Rightarrow: '⇒', cdot: '·', times: '×', sim: '~', approx: '≈', pm: '±', leq: '≤', geq: '≥', le: '≤', ge: '≥', ell: 'ℓ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω',
};

/** "CIFAR-10 OOD", "MVTec AD benchmark": a lexicon name followed only by never-names or generic words. */
function knownNameThenGeneric(c: Compiled, surface: string, known: Map<string, Ent>): boolean {
  const words = surface.split(/\s+/);
  for (let i = words.length - 1; i >= 1; i--) {
    const rest = words.slice(i);
    // ("97.0 F1 score on HDFS Dataset": a known data set's name and a data word are that data set)
    const dataWord = rest.length === 1 && /^(?:datasets?|benchmarks?|corpus|database)$/i.test(rest[0]);
    if (!dataWord && !rest.every((w) => c.stopNames.has(normKey(w)) || c.generic.has(normKey(w)))) break;
    // (the data word only beside a data set the paper already names: "the UCSD Dataset" stays when UCSD alone is no mention)
    const head = words.slice(0, i).join(' ');
    if (dataWord ? known.get(normKey(head))?.kind === 'dataset' : c.lex.lookup(head)?.some((f) => f.value.kind !== 'generic')) return true;
  }
  return false;
}

/** Is the span at start..end a quantity ("the MAD of anomaly scores", "replacing the standard deviation with the MAD"),
 * not data named ("the MAD dataset")? */
function quantityUse(text: string, start: number, end: number): boolean {
  return (/^\s+of\b/.test(text.slice(end, end + 4)) || /\bwith\s+the\s+$/i.test(text.slice(Math.max(0, start - 10), start))) &&
    !/^\s*(?:dataset|data set|benchmark)/i.test(text.slice(end, end + 12));
}

/** Does every occurrence of `surface` in the sentence lie inside a longer lexicon name found there? */
function insideLexiconName(spans: [number, number][] | undefined, text: string, surface: string): boolean {
  if (!spans?.length) return false;
  let seen = false;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (!spans.some(([a, b]) => a <= i && i + surface.length <= b && b - a > surface.length)) return false;
    seen = true;
  }
  return seen;
}

/** A year right after a name ("PAN 2021", "PAN 2014"): the name's yearly edition. */
const EDITION_YEAR_AFTER = /^\s*(?:19|20)\d{2}(?![\d.,%])/;
/** An ambiguous dataset name used for a kind of data: before a modality noun, after a count, or a lower-case task. */
function kindOfData(text: string, start: number, end: number, surface: string): boolean {
  // (a one-word name before "datasets" or "scans" is a collection or a dataset: "15 ODDS datasets", "Cam-CAN scans")
  if (!surface.includes(' ')) return false;
  const after = text.slice(end, end + 32);
  if (MODALITY_NOUN_AFTER.test(after)) return true;
  // (the count and a plural after the name: "three different Brain MRI datasets", not "two public datasets, CERT ...")
  if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && /^\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|data sets|corpora|collections)\b/i.test(after)) return true;
  // ("the credit card fraud dataset": a data word a word or two on still names data)
  return surface === surface.toLowerCase() && !/^\s+(?:[\w-]+\s+){0,2}(?:dataset|data set|data|benchmark|corpus)\b/i.test(after);
}
const MODALITY_NOUN_AFTER = /^\s+(?:images?|scans?|imaging|volumes?|slices?|modalit(?:y|ies)|sequences|recordings|signals)\b/i;
const COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many)\s+(?:[a-z-]+\s+){0,1}$/i;

/** Is this lexicon form, as written here, one of its entry's ordinary-word spellings? */
function ambiguousForm(f: LexRef, surface: string): boolean {
  return f.ambiguous || ambiguousSurface(f.entry, surface);
}

/** Is this surface one of the entry's ambiguous spellings (up to case, hyphens and spaces)? */
function ambiguousSurface(entry: LexRef['entry'], surface: string): boolean {
  const amb = 'ambiguous' in entry ? entry.ambiguous : undefined;
  if (!amb?.length || !/[\s-‐]/.test(surface)) return false;
  const k = normKey(surface);
  return amb.some((a) => normKey(a) === k);
}

/** A domain cue inside "from X to Y", where Y is another domain's cue: X is where the paper comes from. */
function fromTo(tokens: Token[], hits: { group: number; tag: string; from: number; to: number }[], h: { tag: string; from: number; to: number }): boolean {
  let from = -1;
  for (let j = h.from - 1; j >= Math.max(0, h.from - 5); j--) if (tokens[j].lower === 'from') from = j;
  if (from < 0) return false;
  return hits.some((o) => {
    if (o.group !== G_DOMAIN || o.tag === h.tag || o.from < h.to || o.from - h.to > 8) return false;
    for (let j = h.to; j < o.from; j++) if (tokens[j].lower === 'to') return true;
    return false;
  });
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Offsets of the words after a title head that spell the head ("HDM: Hybrid Diffusion Model for ..."). */
function titleExpansion(title: string): [number, number] | undefined {
  const head = titleHead(title);
  if (!head || head.shape !== 'strong') return undefined;
  // the expansion starts with the head's first letter ("HDM: Hybrid ..."); most titles stop here
  if (head.rest.charAt(0).toLowerCase() !== head.name.charAt(0).toLowerCase()) return undefined;
  const at = title.lastIndexOf(head.rest);
  const words = head.rest.split(/\s+/);
  const letters = head.name.replace(/[^A-Za-z0-9]/g, '').length;
  for (let k = 2; k <= Math.min(words.length, letters + 2); k++) {
    const prefix = words.slice(0, k).join(' ');
    if (findLongForm(head.name, prefix, false) === prefix) return [at, at + prefix.length];
  }
  return undefined;
}

/** The hyphen and non-breaking hyphen characters (U+2010, U+2011). */
const UNICODE_HYPHENS = /[\u2010\u2011]/g;

/** A sentence cleaned for matching, keeping what was written for evidence. */
/** A comma or semicolon between a word (or a bracket) and a word, with no space after it. */
const JOINED_COMMA = /(?<=[A-Za-z)\]])([,;])(?=[A-Za-z(])/g;
/** What any JOINED_COMMA match contains (no look-behind: a quick scan). */
const JOINED_COMMA_NEED = /[,;][A-Za-z(]/;
function withClean(s: Sentence): Sentence {
  // (a hyphen or non-breaking hyphen character, U+2010 / U+2011, as pages encode it: "D‑HTM" is D-HTM)
  // (and a comma or semicolon that lost its space between words, as some journals' copied text has it:
  // "Therefore,ConPatch,a method ..." reads as "Therefore, ConPatch, a method ...")
  let t = delatex(s.text);
  // (gates: UNICODE_HYPHENS needs U+2010 or U+2011; JOINED_COMMA needs a comma or semicolon before a letter or "(")
  if (t.includes('\u2010') || t.includes('\u2011')) t = t.replace(UNICODE_HYPHENS, '-');
  if (JOINED_COMMA_NEED.test(t)) t = t.replace(JOINED_COMMA, '$1 ');
  return t === s.text ? s : { ...s, text: t, raw: s.text };
}

/** The evidence string of a sentence: verbatim from the paper. */
function quote(s: Sentence): string {
  return s.raw ?? s.text;
}

function newEnt(kind: Ent['kind'], s: Sentence, confidence: number, order: number): Ent {
  return { kind, surfaces: new Map(), longForms: new Set(), own: false, confidence, evidence: s, seen: [], order, metricHead: false };
}

/** "ImageNet-X", "CIFAR-10-Q", "Wilds-FS-X": a new name made of a known dataset and a suffix is a variant of that data. */
function derivedDataset(c: Compiled, surface: string): DatasetEntry | undefined {
  const m = DERIVED.exec(surface);
  if (!m) return undefined;
  // "MIAS-SAM": a known dataset joined to a known model or method names a method built with it, not a variant of the data
  const suffixes = surface.slice(m[1].length + 1).split('-');
  if (suffixes.some((x) => (c.lex.lookup(x) ?? []).some((f) => f.value.kind === 'model' || f.value.kind === 'method'))) return undefined;
  const f = (c.lex.lookup(m[1]) ?? []).find((f) => f.value.kind === 'dataset' && !f.value.ambiguous);
  return f ? (f.value.entry as DatasetEntry) : undefined;
}
/** the stem before the last hyphen-joined suffix of 1-3 capitals (a letter code, not a word: "-X", "-FS-X", "-OOD") */
const DERIVED = /^([A-Za-z][\w]*(?:-\d+)?)(?:-[A-Z]{1,3})+$/;

/**
 * "FakeBench", "Text-ADBench", "VANE-Bench": a name ending in "Bench" is a benchmark (data), unless the
 * sentence that introduces it calls it a framework, a library or a tool ("ASBench, a benchmarking framework").
 */
function benchName(c: Candidate, all: Candidate[]): boolean {
  if (!/\wBench$/.test(c.surface)) return false;
  // what a sentence naming it calls it, right after the name ("X: A Benchmarking Framework", "X, an open toolkit")
  // (any of them: "TraceBench: Controlled Evaluation of ..." and then "We introduce TraceBench, a simulation-based framework")
  return !all.some((o) => o.surface === c.surface && (o === c || o.own) && frameworkAfter(o));
}
function frameworkAfter(c: Candidate): boolean {
  const at = c.sentence.text.indexOf(c.surface);
  const after = at < 0 ? '' : c.sentence.text.slice(at + c.surface.length, at + c.surface.length + 80);
  return /^[\s:,-]*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:framework|library|toolkit|toolbox|platform|codebase|package|tool)\b/i.test(after);
}

/** The candidate's name followed by an apposition that says what it is: "X, an end-to-end method". */
function definedAfter(c: Candidate): boolean {
  const at = c.sentence.text.indexOf(c.surface);
  return at >= 0 && /^\s*,\s*(?:an?|the)\s/i.test(c.sentence.text.slice(at + c.surface.length, at + c.surface.length + 8));
}

/** "a lightweight YOLOv7 insulator defect detection algorithm": the name after "a/an" and up to two words, lower-case words after it. */
function knownBeforeDescription(c: Candidate): boolean {
  const t = c.sentence.text;
  const at = t.indexOf(c.surface);
  return at > 0 && /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(Math.max(0, at - 40), at)) &&
    /^\s+[a-z][\w-]*\s+[a-z]/.test(t.slice(at + c.surface.length, at + c.surface.length + 40));
}

function acceptNew(c: Candidate): boolean {
  if (c.shape === 'none') return false;
  // "on three LLM-generated datasets", "two CLIP-based baselines": a name and a participle describe, they do not name
  if (DESCRIPTIVE_COMPOUND.test(c.surface)) return false;
  // "more than 100K images": a count is no name
  if (COUNT_TOKEN.test(c.surface)) return false;
  // "(I) her choices ... and (II) these targets' responses": an enumeration, not a name
  if (ROMAN_NUMERAL.test(c.surface)) return false;
  // "3D-to-2D residual mapping", "2D/3D": a pair of dimensions is a modifier, no name
  if (/^\d[Dd](?:[-‐](?:to|and)[-‐]|\/)\d[Dd]$/.test(c.surface)) return false;
  if (c.rule === 'baseline') return c.shape === 'strong' || c.shape === 'weak';
  return true;
}

/** The candidate's name right after "the" or "our" ("We propose the OpenHybrid framework", "we release our large-scale
 * TaskTracker toolkit"). */
function theOrOurBefore(cand: Candidate): boolean {
  const t = cand.sentence.text;
  const at = t.indexOf(cand.surface);
  return at > 0 && /\b(?:the\s+(?:(?:proposed|novel|new)\s+)?|our\s+(?:[a-z][\w-]*\s+)?)$/i.test(t.slice(Math.max(0, at - 32), at));
}

/** A hyphen and a head noun after a name: the start of a compound name ("RCA-agent", "MSP-net"; not "CLIP-based"). */
const COMPOUND_HEAD_AFTER = /^[-‐ ](?:agents?|modules?|nets?|networks?|frameworks?|detectors?|tools?|systems?)\b/;
/** A count written with a magnitude letter ("100K", "1.2M"). */
const COUNT_TOKEN = /^\d+(?:\.\d+)?[KMB]\+?(?:[-‐][a-z]+)?$/;
/** A Roman numeral of an enumeration ("(II)", "Type III"). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
/** A word joined to a participle of making or using ("LLM-generated", "GPT-4-written", "CLIP-based"). */
const DESCRIPTIVE_COMPOUND = /^[\w.+-]+?-(?:generated|based|written|guided|driven|labell?ed|annotated|synthesi[sz]ed|created|produced|augmented|enhanced|assisted|powered|crafted|simulated)$/i;

/** A found data set's names with the data word the text writes after them ("the Irish data set", "the Qatar University dataset"). */
function dataWordForms(e: Ent): string[] {
  const out: string[] = [];
  const have = new Set([...e.surfaces.keys(), ...e.longForms].map(normKey));
  for (const sf of e.surfaces.keys()) {
    for (const s of e.seen) {
      let at = s.text.indexOf(sf);
      while (at >= 0) {
        const m = DATA_WORDS_AFTER.exec(s.text.slice(at + sf.length, at + sf.length + 24));
        // (the whole name, not the end of a longer word)
        if (m && (at === 0 || /\W/.test(s.text[at - 1]))) {
          const f = sf + m[0];
          const k = normKey(f);
          if (!have.has(k)) { have.add(k); out.push(f); }
        }
        at = s.text.indexOf(sf, at + 1);
      }
    }
  }
  return out;
}

/** The lexicon's name, else the most frequent surface form (ties: the first seen). */
function canonical(e: Ent): { name: string; aliases: string[] } {
  let name: string;
  if (e.edition) {
    // the edition's own spellings and the dataset's name; not the dataset's other editions
    // (a variant is another data set: "MSAD-HN" does not go by MSAD, nor "TSB-AD-M" by TSB-AD)
    const aliases = [...new Set([...(e.editionAlias ? [e.editionAlias] : []), ...(e.variant ? [] : [e.lex!.entry.name]), ...(e.variant ? [] : e.surfaces.keys())])].filter((a) => normKey(a) !== normKey(e.edition!));
    return { name: e.edition, aliases };
  }
  if (e.sized) name = e.sized;
  else if (e.lex) name = e.lex.entry.name;
  else {
    let best = '';
    let n = -1;
    for (const [sf, k] of e.surfaces) if (k > n) [best, n] = [sf, k];
    name = best;
  }
  const key = normKey(name);
  const aliases: string[] = [];
  const seen = new Set([key]);
  for (const a of [...(e.sized && e.lex ? [e.lex.entry.name] : []), ...e.surfaces.keys(), ...e.longForms, ...(e.lex?.entry.aliases ?? [])]) {
    const k = normKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    aliases.push(a);
  }
  return { name, aliases };
}

function datasetRole(e: Ent): DatasetRole {
  if (e.own || e.seen.some((s) => madeHere(s, e))) return 'introduced';
  // ("Overview of the DAGPap22 Shared Task on ...", "Description and Discussion on DCASE 2024 Challenge Task 2: ...",
  // "SemEval-2017 Task 8: RumourEval: ...": the organisers' paper releases the shared task's data)
  const title = e.seen.find((s) => s.index === 0)?.text;
  if (title !== undefined && (title.startsWith('Overview') || title.startsWith('Description') || title.startsWith('SemEval'))) {
    const m = ORGANISERS_TITLE.exec(title);
    const event = m?.[1] ?? m?.[2];
    // (the task's own name, not data a study of other things uses: "Overview of Detectors on the X Shared Task Data")
    if (event !== undefined && [...e.surfaces.keys()].some((x) => event.includes(x) && !/\b(?:on|using|with)\b/.test(event.slice(0, event.indexOf(x))))) return 'introduced';
  }
  // ("Deep vulnerability detectors report high F1 on benchmarks such as Big-Vul and Devign, but these datasets contain label
  // noise", "Most published methods are evaluated on SECOM": others' evaluation, in a sentence with none of the paper's words)
  // (nor the data new data is built from, nor what a model was pretrained on elsewhere in an evaluation sentence)
  if (e.seen.some((s) => pretrainElsewhere(s.text, e) || (!othersEvaluation(s.text) && !sourceOfNewData(s.text, e) && (evalSentence(s.text) || drawnFrom(s.text, e))))) return 'evaluated';
  // ("CIC-NLP at GenAI Detection Task 1: ...": the shared task's data a team's title says it took part in)
  const atEvent = titleEvent(e.seen.find((s) => s.index === 0)?.text ?? '');
  if (atEvent !== undefined && [...e.surfaces.keys()].some((x) => atEvent.includes(x))) return 'evaluated';
  // ("Density-based outlier scoring on Kepler data", "Errors in the CICIDS2017 dataset and ...", "Supernova search with
  // active learning in ZTF DR3": data the title names is what the paper works on)
  // (not a name the title uses as a model's: "Detection of Historical Building Crack Using CDNet Model")
  if (e.seen.some((s) => s.index === 0 && !atSomeSurface(s.text, e, (sf, at) => MODEL_WORD_AFTER.test(s.text.slice(at + sf.length))))) return 'evaluated';
  // ("We describe our contribution to the 2nd e-Prevention challenge", "the systems developed by the BiTeM team for the CLEF
  // eRisk Task 1 and 2": a team's entry is evaluated on the challenge's data)
  if (e.seen.some((s) => CHALLENGE_ENTRY.test(s.text))) return 'evaluated';
  // ("we implement Evo-Defender on two realistic CPS testbeds: the Tennessee Eastman process ...", "we performed the analysis
  // on catalogs of variable stars from the MACHO and OGLE projects": data the paper says it used, after its verb)
  if (e.seen.some((s) => s.index > 0 && usedByUs(s.text, e))) return 'evaluated';
  return 'mentioned';
}
/** The organisers' overview of a shared task, the task named up to the title's colon: "Overview of the X Shared Task on ...",
 * "Description and Discussion on X Challenge Task 2:", "SemEval-2019 Task 7: X, ..." (not "Overview of the X Dataset"). */
const ORGANISERS_TITLE = /^(?:(?:Overview of|Description and Discussion on) (?:the )?([^:]{2,140}?\b(?:[Ss]hared [Tt]asks?|Task \d+|Challenge|Competition)\b[^:]*)|SemEval-\d{4} Task \d+:\s*([^:,]{2,80}))/;
/** "we use / apply / analyse / train / test / implement ... X", "our method uses X": data named after the paper's verb of use. */
function usedByUs(text: string, e: Ent): boolean {
  const m = WE_USE.exec(text);
  if (!m || othersEvaluation(text)) return false;
  const from = m.index + m[0].length;
  // (not what a backbone was pretrained on, "a ViT backbone pre-trained on AudioSet", nor the source of new data)
  return atSomeSurface(text, e, (sf, at) => at >= from && !/pre-?train/i.test(text.slice(Math.max(0, at - 50), at + sf.length + 30)) &&
    !SOURCE_BEFORE.test(text.slice(Math.max(0, at - 60), at)) && !NEW_DATA_MADE.test(text));
}
const WE_USE = /\b(?:we|our (?:method|model|approach|framework|system|pipeline|detector))\b[^.;]{0,80}?\b(?:us(?:e|es|ed|ing)|employ\w*|appl(?:y|ies|ied|ying)|analy[sz]\w*|perform\w*|train\w*|test\w*|run|ran|implement\w*|obtain\w*|extract\w*|process\w*)\b/i;
const MODEL_WORD_AFTER = /^\s+(?:model|network|method|algorithm|architecture|detector)s?\b/i;
/** A team's entry to a challenge or a shared task. */
const CHALLENGE_ENTRY = /\b(?:our|the)\s+(?:contribution|submission|entry|participation|approach|system|solution|method)s?\s+(?:to|for|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:challenge|shared task|competition|task|track)\b|\b(?:developed|submitted)\s+(?:by\s+(?:the\s+)?[\w-]+\s+team\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:challenge|shared task|competition|task|track)\b/i;

/** Does the paper take its data from this one here ("a 3D branch on silhouettes from OU-MVLP", "learns normal traffic
 * patterns from the ... collection", "Our analysis is based on the UCSD network telescope", "The database was provided by
 * the PhysioNet/CinC Challenge 2016")? Not in prior work, not what a model was pretrained on ("features learned from
 * ImageNet classification"); datasetRole has set aside others' data and the source of new data. */
function drawnFrom(text: string, e: Ent): boolean {
  if (PRIOR_OPENING.test(text) || /\btransfer\s+learning\b/i.test(text)) return false;
  return atSomeSurface(text, e, (sf, at) => DRAWN_FROM_BEFORE.test(text.slice(Math.max(0, at - 80), at)) &&
    !/^[\s-]*(?:pre-?train|classification|initiali[sz])/i.test(text.slice(at + sf.length, at + sf.length + 24)));
}
const DRAWN_FROM_BEFORE = /\b(?:data|records|samples|images|observations|measurements|scans|signals|traffic|variables|features|logs|spectra|videos|recordings|silhouettes|frames|sequences|profiles|readings)\s+(?:[\w-]+\s+){0,3}?(?:from|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:based on|provided by|learns?\s+(?:[\w-]+\s+){0,4}?from|analy[sz](?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?(?:of|from|in))\s+(?:the\s+)?$/i;

/**
 * Data the sentence says the paper made, named right after the verb or its new data ("we construct the first ... benchmark,
 * i.e., VAD-Instruct50k", "we create the RoboFail dataset", "we introduce with NINCO a novel test OOD dataset", "a novel
 * annotated dataset of dangerous scenarios called the Precarious Pedestrian dataset"), as newly made ("a newly constructed
 * Scam Report dataset", "WorldFloods: a newly compiled dataset"), as the paper's ("..., the latter of which we introduce in
 * this work"), or heading the title as "The X Dataset: ..." (not "The NSL-KDD Dataset Revisited").
 */
function madeHere(s: Sentence, e: Ent): boolean {
  const text = s.text;
  if (s.index === 0) return atSomeSurface(text, e, (sf, at) => /^(?:The\s+)?$/.test(text.slice(0, at)) && TITLE_DATA_AFTER.test(text.slice(at + sf.length)));
  if (!MADE_WORDS.test(text)) return false;
  return atSomeSurface(text, e, (sf, at) => {
    // (a whole word: not "PHEME" of "PHEMEPlus", nor "CRAFTS" of "CRAFTS-FRT")
    if (/^(?:\w|[-‐]\w)/.test(text.slice(at + sf.length, at + sf.length + 2))) return false;
    const before = text.slice(Math.max(0, at - 200), at);
    return MADE_BEFORE.test(before) || NEWLY_BEFORE.test(before) || MADE_AFTER.test(text.slice(at + sf.length, at + sf.length + 90));
  });
}
const MADE_WORDS = /\b(?:construct|creat|collect|introduc|present|releas|buil[dt]|compil|curat|contribut)\w*|\bnewly\b/i;
const MADE_BEFORE = /\b(?:we|this (?:paper|work|study|article|letter))\s+(?:\w+\s+){0,2}?(?:construct|creat|collect|introduc|present|releas|buil[dt]|compil|curat|contribut)\w*\s+(?:(?:an?|the|our)\s+(?:[\w-]+\s+){0,8}?(?:new|novel|first|own)\s+(?:[\w-]+\s+){0,8}?(?:datasets?|benchmarks?|corpus|database|data\s+set|collection)(?:\s+(?:of|with|for|on)\s+[^.;,()]{0,50}?)?(?:,?\s*(?:i\.e\.,?|namely|called|named|dubbed|termed|titled|entitled)\s+|,\s+|\s*\(\s*|:\s*|\s+))?(?:with\s+)?(?:the\s+)?["'“‘]?$/i;
const NEWLY_BEFORE = /\b(?:newly\s+(?:constructed|collected|compiled|created|curated|built)|our\s+(?:own|new|novel))\s+(?:[\w-]+\s+){0,2}?$/i;
const MADE_AFTER = /^\s*(?:(?:dataset|benchmark|corpus|database)\s*)?(?:,\s*(?:the latter of\s+)?which we (?:introduce|collect|construct|create|release|present|build|curate)|[:,]\s*(?:an?\s+)?(?:newly\s+(?:compiled|constructed|collected|created|curated|built|released)|new|novel)\s+(?:[\w-]+\s+){0,3}?(?:dataset|benchmark|corpus|database)\b)/i;
const TITLE_DATA_AFTER = /^\s+(?:Dataset|Benchmark|Corpus|Database|Data Set)s?\s*(?::|--|[—–]|\s+(?:for|of|and|with|in|on)\b|$)/;

/** Is the data, in this sentence, the source of new data the paper makes ("we construct an appropriative PartialSpoof-NER
 * dataset based on the existing PartialSpoof dataset", "we present LibriStutter: a disfluency dataset based on the public
 * LibriSpeech dataset", "an explainability-driven extension of the widely used FaceForensics++ (FF++) dataset")? */
function sourceOfNewData(text: string, e: Ent): boolean {
  // (not one the same sentence evaluates on: "We reorganize the DoTA dataset and aim to validate ...")
  if (!NEW_DATA_MADE.test(text) || SOURCE_EVALUATED.test(text)) return false;
  return atSomeSurface(text, e, (_sf, at) => SOURCE_BEFORE.test(text.slice(Math.max(0, at - 60), at)));
}
const NEW_DATA_MADE = /\b(?:we|this (?:paper|work|study))\s+(?:\w+\s+){0,2}?(?:construct|present|propos|introduc|buil[dt]|creat|releas|curat|develop|establish|reorgani[sz])\w*\b[^.;]*\b(?:datasets?|benchmarks?|corpus|corpora|data\s+sets?|database)\b|\b(?:datasets?|benchmarks?|corpus)\b[^.;]*\b(?:was|were|is|are)\s+(?:constructed|built|created|curated|derived)\b/i;
const SOURCE_EVALUATED = /\b(?:evaluat|validat|fine-?tun|experiment)\w*|\btest(?:s|ed|ing)?\b/i;
const SOURCE_BEFORE = /\b(?:based\s+on|derived\s+from|extension\s+of|extends|extending|built\s+(?:up)?on|on\s+top\s+of|constructed\s+from|(?:re-?)?generated\s+from|reorgani[sz]\w*|adapted\s+from|subset\s+of|versions?\s+of|variant\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/** A sentence about others' evaluation or the state of the data, without the paper's own words. */
function othersEvaluation(text: string): boolean {
  return !OWN_EVAL_WORDS.test(text) && (OTHERS_EVAL.test(text) || OTHERS_TESTED_ON.test(text));
}
/** "datasets ... that have been used by researchers to evaluate ...", "these models perform well on many real-world benchmarks
 * like MVBench", "benchmark datasets such as CIFAR, MNIST, and ImageNet serve as critical tools for model evaluation" (in a
 * sentence with none of the paper's words: not "Many SSL techniques have been proposed and ...", which "proposed" makes
 * the paper's). */
const OTHERS_TESTED_ON = /\b(?:(?:have|has) been (?:\w+ )?used by (?:the )?(?:researchers|others|many|prior|previous|existing)|(?:methods|models|techniques|approaches|systems|detectors)\s+(?:\w+\s+){0,3}?(?:have shown|showed|shows?|perform(?:s|ed)? well|are (?:being )?(?:developed and )?(?:tested|evaluated|benchmarked))\s+(?:[\w-]+\s+){0,4}?on\b|(?:serves?|serve) as (?:critical |standard |common )?(?:tools|benchmarks|testbeds))/i;
const OTHERS_EVAL = /\b(?:(?:existing|prior|previous|most(?: published| existing)?|many|current|deep [\w-]+) (?:[\w-]+ ){0,2}?(?:methods|detectors|approaches|works|studies|models) (?:\w+ )?(?:report|are (?:\w+ )?evaluated|achieve|reach|saturate)|future work|call for|have shown|are saturated|label noise|outdated)\b/i;
const OWN_EVAL_WORDS = /\b(?:we|our|us|this (?:paper|work|study)|proposed)\b/i;
/** Words that end the noun phrase "no" negates ("no anomalies and handles ...", "no anomalies by ..."). */
const NO_STOP = new Set(['and', 'by', 'with', 'using', 'via', 'through', 'but', 'to', 'while']);
/** How far back (in words, within the clause) a negator reaches. */
const NEG_WINDOW = 6;
/** What closes a list opened by "No": "... are required", "... is needed". */
const NO_LIST_REQUIRED = /^[^.;:]*?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:required|needed|used|necessary|involved)\b/;
/** A verb or a subject between "No" and the item: a clause of its own. */
const CLAUSE_WORD = /\b(?:is|are|was|were|we|our|it|they|has|have)\b/i;
/** The words that set a technique aside outright (not those of prior work: "existing GCN-based methods" still names it). */
const TRUE_NEGATORS = new Set(['not', 'without', 'nor', 'neither', 'unlike', 'avoid', 'avoids', 'avoiding', 'obviating', 'eliminating', 'instead']);
const SETTING_PREP = new Set(['in', 'under', 'for', 'on']);

/** A negator ("unlike", "inspired", "outperforms") in the NEG_WINDOW words before, within the same clause. */
function negated(text: string, tokens: Token[], from: number, negators: Set<string>, setting = true): boolean {
  // "outperforms adapters in zero-shot transfer": the setting is the paper's own
  // (not for a technique: "Unlike pipelines relying on reconstruction" is theirs)
  // (not after a verb so negated: "does not rely on anomaly synthesis")
  if (setting && from > 0 && SETTING_PREP.has(tokens[from - 1].lower) &&
    !(from > 2 && (tokens[from - 3].lower === 'not' || tokens[from - 3].lower === 'never') && /^(?:rely|relies|depend|depends|based|focus|require|requires)$/.test(tokens[from - 2].lower))) return false;
  // "No fine-tuning, prompt learning or auxiliary data are required": every item of a list the sentence opens with "No"
  if (from > 0 && tokens[0].lower === 'no' && NO_LIST_REQUIRED.test(text.slice(tokens[from].end)) && !CLAUSE_WORD.test(text.slice(tokens[0].end, tokens[from].start))) return true;
  // "requires no fine-tuning": "no" negates the word it stands before, not a clause ("no anomalies and handles few-shot")
  for (let i = from - 1; i >= Math.max(0, from - 6); i--) {
    const w = tokens[i].lower;
    if (w === 'no') return true;
    if (NO_STOP.has(w) || punctuationIn(text, tokens[i].end, tokens[i + 1].start, true)) break;
  }
  for (let i = from - 1; i >= Math.max(0, from - NEG_WINDOW); i--) {
    if (punctuationIn(text, tokens[i].end, tokens[i + 1].start, false)) return false;
    // "relies not only on reconstruction but also on ...": no negation
    if (tokens[i].lower === 'not' && tokens[i + 1]?.lower === 'only') continue;
    // "without any retraining or with few-shot fine-tuning": the alternative after "or with" is not negated
    if ((tokens[i].lower === 'or' || tokens[i].lower === 'but') && tokens[i + 1]?.lower === 'with') return false;
    // ("a self-supervised pretraining strategy prior to supervised fine-tuning": "prior to" is "before", no prior work)
    if (tokens[i].lower === 'prior' && tokens[i + 1]?.lower === 'to') continue;
    if (negators.has(tokens[i].lower)) return true;
  }
  return false;
}

/** Is there a comma, semicolon or colon (or, with `period`, a full stop) in text[from, to)? (no slice per word) */
function punctuationIn(text: string, from: number, to: number, period: boolean): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 44 || ch === 59 || ch === 58 || (period && ch === 46)) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

class FacetAcc<T extends string> {
  private readonly m = new Map<T, FacetTag<T>>();
  /** The sentences (by index; 0 is the title) each tag was read from. */
  private readonly at = new Map<T, number[]>();
  add(tag: T, s: Sentence, conf: number): void {
    const where = this.at.get(tag);
    if (!where) this.at.set(tag, [s.index]);
    else if (!where.includes(s.index)) where.push(s.index);
    const cur = this.m.get(tag);
    if (!cur) this.m.set(tag, { name: tag, evidence: quote(s), confidence: conf });
    else if (conf > cur.confidence) cur.confidence = Math.min(0.99, conf);
    else cur.confidence = Math.min(0.99, round(cur.confidence + 0.05));
  }
  has(tag: T): boolean {
    return this.m.has(tag);
  }
  /** The indexes of the sentences the tag was read from (empty when it was not read). */
  sources(tag: T): readonly number[] {
    return this.at.get(tag) ?? [];
  }
  /** Whether the tag was read only from sentences whose index lies in [from, to). */
  onlyWithin(tag: T, from: number, to: number): boolean {
    const where = this.at.get(tag);
    return where !== undefined && where.every((i) => i >= from && i < to);
  }
  delete(tag: T): void {
    this.m.delete(tag);
    this.at.delete(tag);
  }
  get(tag: T): FacetTag<T> | undefined {
    return this.m.get(tag);
  }
  size(): number {
    return this.m.size;
  }
  list(): FacetTag<T>[] {
    return [...this.m.values()];
  }
}
