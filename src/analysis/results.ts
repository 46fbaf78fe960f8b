/**
 * Reported results: the scores an abstract gives for a dataset ("LSFA achieves 97.1% I-AUROC on MVTec-3D"), as a
 * metric of the fixed vocabulary, the figure as written and the sentence it stands in. They go on the paper ->
 * dataset edge, so the method x dataset matrix can show what each paper reports, as Papers with Code's tables do,
 * with the sentence behind each figure.
 *
 * A figure is taken only where the sentence ties it to one metric and one dataset without doubt; anything less is
 * left out (a wrong figure in a results table is worse than a missing one):
 *  - the figure stands next to its metric: "97.1% I-AUROC", "99.2% in AUROC", "a pixel-level AUC of 95.9%",
 *    "AUROC = 0.91", "an AUPR score of 0.87";
 *  - it is a score, not a margin: not "by 3.4%", "+3.4%", "a 12.7% improvement", "9.5% ARI gain", "from 91.7%"
 *    (the "to 93.8%" that follows is the score);
 *  - it is one figure, not a list ("AUROC of 96.4% and 95.1%"), unless "respectively" reads the list against as many
 *    datasets or metrics named in the sentence, in order;
 *  - it is not another method's: nothing like "than", "compared to", "versus", "while", "whereas" before it in its
 *    clause;
 *  - its dataset is the only one the sentence names, the one right after it ("... 95.3% on the MVTec-AD dataset"), or
 *    one that is a clause of its own right before the figure's ("For SWaT, InterFusion achieves ... 90.7% while ...").
 * Figures laid out in a table's order are read in that order, each only when the layout is whole: pairs by slashes
 * ("MIoU/F1 of 0.864/0.844 and 0.845/0.814, respectively"), lists each before its dataset ("98.92% and 99.92% on the
 * Netflix dataset and 93.18% and 92.41% on the Amazon dataset"), figures in brackets beside their datasets ("AUCs (97.98%
 * ShanghaiTech, 87.12% UCF-Crime)"), figures in brackets after their datasets ("AUROC on MVTec AD and VisA (99.1/98.2)"),
 * and figures named by their level's task ("97.8% for detection and 97.7% for localization, AUROC"). A metric's figures in
 * brackets right after it read as if it had written "of" ("AUROC (98.1%, 97.3%, 95.2%) on ..."), figures in TeX's maths
 * as figures ("$0.926$"), and the scores of a "with" phrase right after a dataset that took the score before it as that
 * dataset's ("98.1% I-AUROC on MVTec AD, with 97.2% P-AUROC and 60.3% PRO").
 *
 * Pure: the same paper and dataset names give the same results.
 */
import facets from '../../extract/lexicon/facets.json' with { type: 'json' };
import { CueSet, parseCue } from '../../extract/entities/cues.ts';
import { splitSentences, tokenize } from '../../extract/entities/sentences.ts';
import { entityKey } from '../model.ts';

/** One figure a paper reports for a dataset. */
export interface ReportedResult {
  /** A metric of the guideline's vocabulary (AUROC, pixel-AUROC, AUPR, PRO, F1 ...). */
  metric: string;
  /** The figure as the abstract writes it: "97.1%", "0.912". */
  value: string;
  /** The sentence it comes from. */
  sentence: string;
  /** What the figure was measured under, where the paper reports the same metric on the dataset under several
   * ("zero-shot", "4-way 1-shot", "localization task"): without it the figures could not be told apart. */
  setting?: string;
  /** The method the figure is of, where it is not the paper's own: the canonical name of a method the paper names,
   * which the sentence makes the figure's subject without doubt ("RANSynCoder achieves the highest F1-score of 82.9% for
   * HAI", in a comparative study that proposes no method). Absent, the figure is the paper's (its proposed method's). */
  method?: string;
}

/** The paper's methods, as the extractor gives them: the ones it proposes and the others it names. */
export interface MethodNames {
  proposed?: readonly { name: string; aliases?: readonly string[] }[];
  mentioned?: readonly { name: string; aliases?: readonly string[] }[];
}

/** A dataset of the paper: its canonical name and the spellings to look for. */
export interface DatasetNames {
  name: string;
  aliases?: readonly string[];
}

let metricCues: CueSet | undefined;
function cues(): CueSet {
  metricCues ??= new CueSet(
    Object.entries((facets as unknown as { metrics: Record<string, string[]> }).metrics)
      // (not facets.json's looseMetrics: a detector's "mAP" is tagged AUPR as a facet, but a table of figures keeps it
      // apart, mAP@0.5 over classes being no AUPR to rank beside one)
      .flatMap(([tag, list]) => list.map((c) => parseCue(c, tag, 0)))
      // (the facet's accuracy cues leave out "99.58% accuracy", which the facet finds by its own test)
      .concat(['accuracy', 'accuracies', '=Acc', '=ACC'].map((c) => parseCue(c, 'accuracy', 0))),
  );
  return metricCues;
}

/** Metrics whose figure needs a unit the figure alone does not carry ("1.5 s", "20 FPS"): never read. */
const WITH_UNIT = new Set(['latency', 'throughput']);

/** A figure: a percentage up to 100, or a decimal ("0.912", "97.1"); not part of a range, a version or a date. */
const figureRe = (notAfter: string) => new RegExp(String.raw`(?<![${notAfter}])(\d{1,3}(?:\.\d+)?)(\s?\\?%)?(?![\w.]?\d|\.\d)`, 'g');
const FIGURE = figureRe(String.raw`\w.,/+±−-`);
/** ... and after a slash too ("0.864/0.844"). */
const SLASHED_FIGURE = figureRe(String.raw`\w.,+±−-`);
/** Before a figure: a margin ("by 3.4%", "+3.4%", "up to"), a starting point ("from 91.7%"), another's score. */
const NOT_A_SCORE_BEFORE = /(?:\bby|\bfrom|\bup(?:\s+to)?|\bdown|[+±]|\bwithin|\bonly|\bjust|\bover|\babove|\bbelow|\bunder|\bbeyond|\bexceeding|\b(?:more|greater|higher|less|lower|fewer)\s+than|\bat\s+(?:least|most)|\b(?:gains?|improvements?|enhancements?|increases?|boosts?|margins?|reductions?|decreases?|drops?|differences?|gaps?|inflation)\s+of)\s*$/i;
/** After a figure (and its metric): a margin. */
const MARGIN_AFTER = /^\s*(?:%\s*)?(?:absolute\s+|relative\s+|average\s+)?(?:gains?|improvements?|increases?|boosts?|higher|lower|better|worse|points?|pp\b|margin|reductions?|decreases?|drops?|more|less|fewer|over\b|above\b|relative)/i;
/** Before a figure in its clause: the figure is someone else's, or a comparison's. */
const OTHERS_BEFORE = /\b(?:(?:state-of-the-art|SOTA|existing|current|popular|leading|most|recent)\s+(?:[\w-]+\s+){0,3}?(?:models|methods|approaches|detectors|systems)\b|humans|human[\s-](?:performance|annotators?|experts?|raters?|baselines?|level|accuracy)|radiologists?|clinicians?|oracles?|upper[\s-]bounds?|random\s+(?:guess\w*|classifiers?|baselines?|chance)|chance(?:[\s-]level)?|winners?|winning\s+(?:teams?|entry|entries)|top[\s-](?:teams?|ranked)|unlike|(?:improv\w*|enhanc\w*|gains?|increases?|boosts?|reduc\w*|margins?)\s+(?:of|by)\b|than|versus|vs\.?|compared\s+(?:to|with)|in\s+comparison|while|whereas|baselines?|previous|prior|existing|competing|other\s+methods?|outperform\w*|surpass\w*|exceed\w*|beat\w*)\b/i;
/** Between a figure and its metric: "97.1% I-AUROC", "99.2% in AUROC", "95.1% in terms of the AUC", "0.8382 on F1 score",
 * "99.5 Im.AUROC", "98.2% overall accuracy". */
const FIGURE_THEN_METRIC = /^\s*(?:in\s+(?:terms\s+of\s+)?|for\s+|on\s+)?(?:the\s+)?(?:image[- ]level\s+|im\.\s*|mean\s+|average\s+|overall\s+)?$/i;
/** Between a metric and its figure: "AUC of 95.9%", "AUROC = 0.91", "AUPR score of 0.87", "AUROC reaching 97%". */
const METRIC_THEN_FIGURE = /^\s*(?:\(\w+\)\s*)?(?:scores?\s+|values?\s+|results?\s+)?(?:of|=|:|reaching|reaches|reached|achieving|achieves|achieved|is|was|scores?|equals?|equal\s+to|up\s+to)?\s*(?:about|approximately|around|nearly|roughly|~|≈)?\s*$/i;
/** Between a score on one dataset and a figure without a metric for another ("... on the MVTec LOCO AD dataset and a
 * remarkable 96.0% on the BTAD dataset"), and after that figure: its own dataset. */
const CARRY_BETWEEN = /^\s*(?:on|in|for)\s+(?:the\s+)?[^,;()]{1,50}?\s*,?\s*and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const CARRY_AFTER = /^\s*(?:on|in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z]/;
/** Figures read as a list: "96.4% and 95.1%", "68.0/76.6". */
const LIST_AFTER = /^\s*%?\s*(?:,|\/|and\b|&)\s*\d/;
const LIST_BEFORE = /\d\s*%?\s*(?:,\s*and|,|\/|and|&)\s*$/;
/** "improve the state of the art by large margins, i.e., 6% AUPR on ...": every figure after it is a margin. */
const BY_MARGINS = /\bby\s+(?:a\s+)?(?:\w+\s+){0,2}?margins?\b/i;
/** "trained solely with a few thousand ImageNet images": data a model learned from, not where a figure was measured. */
const TRAINED_ON_BEFORE = /\btrain(?:ed|ing)\s+(?:(?:\w+\s+){0,2}?(?:on|with|using|from)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i;
/** Between a figure (with its metric) and its dataset: "on the", "in", "for". */
const THEN_DATASET = /^\s*\)?\s*(?:\([^()]{0,20}\)\s*)?(?:,\s*)?(?:on|in|for|over|across|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** Between a dataset that took the scores right before it and scores of its own: ", with", ", along with". */
const WITH_AFTER_DATASET = /^\s*(?:datasets?|benchmarks?)?\s*,?\s*(?:(?:along|together)\s+)?with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** Between two scores of one dataset: ", and a", ", an", " and ". */
const JOINED = /^\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:an?\s+|the\s+)?$/i;
/** Scores of metrics outside the vocabulary in a list with the vocabulary's ("an accuracy of 99.44%, precision of
 * 99.46%, recall of 99.45%, and an F1 score of 99.45% on NEU-CLS"): they do not break the list. */
const OTHER_SCORES = /^(?:\s*,?\s*(?:and\s+)?(?:an?\s+|the\s+)?(?!(?:on|in|for|at|with|over|across|to|from|by|than|and|or)\b)[A-Za-z][\w-]*(?:\s+[\w-]+)?\s+(?:of\s+|=\s*|:\s*)?\d{1,3}(?:\.\d+\s?%?|\s?%)(?![\w.]))*/i;
/** Between a list of figures and the datasets it is read against, in order, without "respectively": "AUCs of 96.7%,
 * 87.6% and 71.5% on three benchmark datasets (UCSD Ped2, CUHK Avenue, and ShanghaiTech)", "AUROCs of 98.1%, 97.3% and
 * 95.2% (MVTec AD, VisA and BTAD)". */
const LIST_THEN_DATASETS = /^\s*(?:(?:on|in|for)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:datasets?|benchmarks?)\s*\(\s*)?|\(\s*)$/i;
/** Before a dataset that is a clause alone, the data of the clause after it: "For SWaT, ...", ", and on VisA, ...". */
const FRONTED_BEFORE = /^\s*(?:and\s+|but\s+)?(?:for|on|in)\s+(?:the\s+)?$/i;
/** A clause edge: the "than"/"while" words count within the figure's clause only. */
const CLAUSE_EDGE = /[;:]|,(?!\s*(?:which|that|who)\b)|\b(?:while|whereas)\b/g;
/** "(from 72.7% to 93.8%)": the figure a margin led to is a score of the margin's metric. */
const FROM_TO_BEFORE = /\bfrom\s+\d{1,3}(?:\.\d+)?\s?%?\s+to\s*$/i;
/** Between the metric and "from": "AUC from", "PRO absolute gain (from", "reduction in FPR95 (from", "accuracy increase from",
 * "FPR95 by an absolute 30.6% from". */
const METRIC_THEN_FROM = /^\s*(?:by\s+(?:an?\s+)?(?:absolute\s+|relative\s+)?\d{1,3}(?:\.\d+)?\s?%?\s+)?(?:(?:absolute|relative)\s+)?(?:gains?|improvements?|increases?|reductions?|decreases?|boosts?|drops?|rises?)?\s*\(?\s*$/i;
/** Figures in TeX's maths, alone or as a list: "$0.926$", "$99.1\\%, 93.7\\%$" (not "$2$-$4\\times$", not "deg$2$"). */
const TEX_FIGURES = /(?<![\w$])\$\s*(\d{1,3}(?:\.\d+)?\s*(?:\\?%)?(?:\s*,\s*\d{1,3}(?:\.\d+)?\s*(?:\\?%)?)*)\s*\$(?![\w$-])/g;
/** A figure of a comparison ("0.563 vs. 0.98"): the sentence holds two settings or two methods, read neither (a
 * comparison in brackets, "(GREEN score: 0.678 vs. SOTA: 0.634)", hides the figures in its brackets only). */
const COMPARISON_IN_BRACKETS = /\([^()]*\b(?:vs\.?|versus)\s[^()]*\)/gi;
const COMPARISON = /\b(?:vs\.?|versus)(?=\s)/i;
/** A dataset word: between a figure and the dataset before it, another dataset the lexicon does not know (not the verb:
 * "This study benchmarks four FL algorithms on the RT-IoT2022 dataset"). */
const DATASET_WORD = /\b(?:datasets?|benchmarks?(?!\s+(?:the|an?|our|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|multiple)\b)|corpus|corpora|database)\b/gi;
/** After a figure: "in Train Ticket", "on HDFS", "on the fabric dataset": a target of its own that is not one of the paper's datasets. */
const OTHER_TARGET_AFTER = /^\s*\)?\s*(?:\w+\s+)?(?:on|in|for|across)\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+){1,2}(?:datasets?|benchmarks?|data|corpus|set|split|subset|videos|images|samples|frames|clips|classes|categories|scenes|sequences|subjects|patients|cases)\b)/;

/** After a dataset's name: a longer name it is part of ("CIFAR-10-C", "ImageNet-pretrained"), or a method named after it
 * ("the PIAD baseline"). */
const NAME_GOES_ON = /^-[\p{L}\p{N}]/u;
const NAME_OF_A_METHOD = /^\s+(?:baselines?|models?|methods?|approach|detectors?|networks?|framework|style)\b/i;
/** After a short spelling of a dataset ("MVTec" for MVTec AD): another dataset of the family ("MVTec LOCO", "MVTec 3D"). */
const FAMILY_MEMBER = /^[\s-]?(?:[A-Z]{2,}|\d[\w-]*)(?![\p{L}\p{N}])/u;
/** Right before a figure: the level it is measured at ("pixel-level 98.4% AU-ROC", "image-level 98.9% AU-ROC"). */
const PIXEL_LEVEL_BEFORE = /\b(?:pixel|point|segmentation|locali[sz]ation)(?:[- ](?:level|wise))?\s*$/i;
const IMAGE_LEVEL_BEFORE = /\b(?:image|sample|object|detection)(?:[- ](?:level|wise))?\s*$/i;
/** After a figure and its metric: an operating point ("95% accuracy at 80% coverage", "TPR of 92% at 5% FPR"). */
const AT_OPERATING_POINT = /^\s*\)?\s*at\s+(?:an?\s+|the\s+)?(?:(?:recall|precision|coverage|FPR|TPR|threshold)\s+(?:of\s+)?)?\d{1,3}(?:\.\d+)?\s?%/i;
/** "(PatchCore: 96.1% AUROC)": a figure a name before a colon owns, inside brackets. */
const NAMED_IN_BRACKETS = /\(\s*([\p{L}][\p{L}\p{N}-]*)\s*:\s*$/u;
/** Data of the paper's own, named in the sentence: a figure without a dataset after it may be on them. */
const OWN_DATA = /\b(?:our|synthetic|private|in-house|proprietary|custom|self-collected|simulated)\s+(?:[\w-]+\s+){0,2}?(?:datasets?|data|benchmarks?|corpus|test\s+sets?)\b/gi;

/** Before a dataset: a part of it ("the screw category of MVTec AD", "the textures of"), not all of it ("15 categories of"). */
const PART_OF_BEFORE = /(?<!\b(?:all|each|every|\d+|five|ten|twelve|fifteen)\s+(?:[\w-]+\s+)?)\b(?:categor(?:y|ies)|class(?:es)?|subsets?|splits?|textures?|objects?|parts?|portions?|scenes?|sequences?|subjects?|sections?|machines?)\s+(?:in|of|from)\s+(?:the\s+)?$/i;
/** A figure in an ablation is a variant's; one before "ours" is another's ("PatchCore gets 96.8% and ours 99.1%"). */
const ABLATION = /\bablat\w*|\bw\/o\b/i;
const OURS = /\bours\b|\bour\s+(?:[\w-]+\s+)?(?:models?|methods?|approach|systems?|framework|detectors?|networks?)\b(?=[^;]*?\d)/i;
/** Before a dataset: a changed copy of it ("corrupted MVTec AD", "noisy CIFAR-10"), whose figures are not the dataset's. */
const VARIANT_BEFORE = /\b(?:corrupted|noisy|perturbed|augmented|modified|shifted|contaminated|adversarial|poisoned|subsampled|imbalanced|long-tailed|degraded|occluded|rotated|blurred|compressed)\s+(?:versions?\s+of\s+)?(?:the\s+)?$/i;
/** A verb of change right before a figure: "loses 1.2% accuracy", "gains 3.4% AUROC". */
const CHANGE_BEFORE = /\b(?:los(?:es|e|ing|t)|sacrific\w*|costs?|gain(?:s|ed|ing)?|improv(?:es|ed|ing)|boost(?:s|ed|ing)?|increas(?:es|ed|ing)|decreas(?:es|ed|ing)|reduc(?:es|ed|ing)|lower(?:s|ed|ing)|rais(?:es|ed|ing)|drop(?:s|ped|ping)?)(?:\s+(?:only|just|about|approximately|nearly|roughly|around))?\s*$/i;
/** A generic group of methods as the subject: "Weakly supervised methods reach 86.1% AUC". */
const METHODS_SUBJECT = /^\s*(?:(?!our\b|the\s+proposed\b)[\w-]+\s+){0,3}(?:methods|approaches|detectors|techniques|algorithms)\b/i;

/** A method named as the subject of a figure's clause (see creditedMethod): what may stand before it in the clause, a
 * "but", a "that" ("Results show that"), an article and up to two words ("the supervised"), but no "and" (the last of
 * a list of subjects: "GB, LightGBM, and XGBoost achieved 98.90%") and no word that makes it a variant of the method
 * ("the improved Faster R-CNN model", "our modified YOLOv5"); ... */
const BEFORE_SUBJECT = /^(?!\s*(?:and|or|&)\b)\s*(?:(?:but|yet)\s+)?(?:[\w\s-]{0,60}?\b(?:that|where)\s+)?(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?$/i;
const VARIANT_OF = /\b(?:improved|modified|enhanced|optimi[sz]ed|extended|adapted|customi[sz]ed|refined|revised|upgraded|augmented|lightweight|proposed|novel|new|our|ours|we)\b/i;
/** ... and between it and the figure: an acronym or a head noun, an adverb, and a verb of scoring ("achieves",
 * "obtained", "outperforms"), then no other verb, subject or contrast up to the figure. */
const SUBJECT_THEN_VERB = /^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:models?|methods?|approach|detectors?|networks?|algorithms?|framework|classifiers?|architecture)\s+)?(?:(?:also|consistently|still|further|clearly|notably|significantly|overall|alone)\s+)?(?:achiev(?:es|ed)|attain(?:s|ed)|reach(?:es|ed)|obtain(?:s|ed)|yield(?:s|ed)|scor(?:es|ed)|record(?:s|ed)|gets|got|deliver(?:s|ed)|show(?:s|ed)|demonstrat(?:es|ed)|perform(?:s|ed)|provid(?:es|ed)|exhibit(?:s|ed)|produc(?:es|ed)|outperform(?:s|ed)|surpass(?:es|ed)|excel(?:s|led)|leads|led|ranks|ranked)\b/i;
const NOT_ONE_SUBJECT = /[,;:]|\b(?:but|while|whereas|than|compared|versus|vs|unlike|however|we|our|ours|it|its|they|their|achiev(?:es|ed)|attain(?:s|ed)|reach(?:es|ed)|obtain(?:s|ed)|yield(?:s|ed)|gets|got|deliver(?:s|ed)|perform(?:s|ed)|outperform(?:s|ed)|surpass(?:es|ed))\b/i;

/**
 * The method a figure at `at` in sentence `t` is of, among the methods the paper names (`named`: each canonical name
 * with a pattern of its spellings), or undefined: only one of them is named in the figure's clause, once, before the
 * figure, as the clause's subject, right before its verb of scoring ("..., while RANSynCoder achieves the highest
 * F1-score of 82.9% for HAI"), not as part of a longer name ("LSTM-based", "YOLO+CLIP"), and nothing between the verb
 * and the figure that could bring in another subject; or the one such method a passive gives as the figure's agent
 * (agentAfter, agentBefore), `ends` being where the figure, its metric or its dataset end. Two different ones, or
 * anything less, give none: a figure credited to the wrong method is worse than one left the paper's.
 */
function creditedMethod(t: string, at: number, named: readonly { name: string; re: RegExp }[], ends: readonly number[] = []): string | undefined {
  const active = subjectMethod(t, at, named);
  const passive = agentBefore(t, at, named) ?? ends.map((end) => agentAfter(t, end, named)).find((x) => x);
  return active && passive && active !== passive ? undefined : active ?? passive;
}

/** A clause that goes on with the figure of the one before it: ", with 95.08% accuracy", ", achieving an F1 of". */
const WITH_THE_FIGURE = /^\s*(?:with|achieving|reaching|attaining|scoring|yielding|obtaining|recording)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?$/i;

/** A verb of scoring in the passive, then "by": "obtained by", "was achieved by", ", given by". */
const SCORED_BY = String.raw`(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:achieved|obtained|attained|reached|yielded|recorded|delivered|produced|scored|given)\s+by\s+(?:the\s+)?`;
/** After a figure (and its metric, or the dataset right after them): its agent, "an F1 of 0.81 obtained by YOLOv3",
 * "60%, given by YOLOv7". */
const AGENT_AFTER = new RegExp(String.raw`^\s*(?:datasets?\s+|benchmarks?\s+)?\)?\s*,?\s*(?:(?:which|that)\s+)?${SCORED_BY}`, 'i');
/** Before a figure, the sentence opening on a result and its agent, then the figure in a phrase of its own: "The best
 * performance was achieved by Decision Tree, with a 0.99 F1 score", "The best result, achieved by X, is an F1 of 0.81". */
const AGENT_BEFORE = new RegExp(String.raw`^\s*(?:(?:overall|finally|notably|moreover|in\s+particular)\s*,?\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+|\s*,\s*))?${SCORED_BY}$`, 'i');
const AGENT_THEN_FIGURE = /^\s*(?:(?:models?|methods?|approach|classifiers?|algorithms?|detectors?|networks?)\s*)?(?:,\s*)?(?:(?:with|achieving|reaching|attaining|scoring|yielding)\s+|(?:is|was|were|are)\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?$/i;
/** After an agent's name: its head noun, then the end of the phrase, not a longer name ("by YOLO+CLIP"), another agent
 * ("by RetinaNet and YOLOv3") or a noun it qualifies ("by USAD features"). */
const AGENT_ENDS = /^(?:\s+(?:models?|methods?|approach|classifiers?|algorithms?|detectors?|networks?|architecture))?(?:\s*(?:$|[.;:)]|,(?!\s*(?:and\s+)?(?:the\s+)?[A-Z\d]))|\s+(?:on|in|for|with|when|using|at|across|over|while|whereas|which|that|was|is|were|are|fine-tuned|trained|followed)\b|\s+and\s+(?:the|an?|its|their)\s+(?![A-Z\d]))/;
/** The one method the paper names whose spelling starts at `at`, the longest, or undefined. */
function methodAt(t: string, at: number, named: readonly { name: string; re: RegExp }[]): { name: string; to: number } | undefined {
  let hit: { name: string; to: number } | undefined;
  for (const m of named) {
    m.re.lastIndex = 0;
    for (const x of t.matchAll(m.re)) if (x.index === at && (!hit || x[0].length > hit.to - at)) hit = { name: m.name, to: at + x[0].length };
  }
  return hit;
}

/** The method a passive gives as the agent of a figure that ends at `end` ("an F1 of 0.81 obtained by YOLOv3"), or
 * undefined: a method the paper names, right after "by", and no other with it. */
function agentAfter(t: string, end: number, named: readonly { name: string; re: RegExp }[]): string | undefined {
  const m = AGENT_AFTER.exec(t.slice(end, end + 60));
  if (!m) return undefined;
  const hit = methodAt(t, end + m[0].length, named);
  return hit && AGENT_ENDS.test(t.slice(hit.to)) ? hit.name : undefined;
}

/** The method a sentence opening on a result gives as its agent, before a figure at `at` in a phrase of its own ("The
 * best performance was achieved by Decision Tree, with a 0.99 F1 score"), or undefined: nothing of the paper's own, no
 * verb and no figure before it, and no other name between it and the figure. */
function agentBefore(t: string, at: number, named: readonly { name: string; re: RegExp }[]): string | undefined {
  const head = t.slice(0, at);
  const by = [...head.matchAll(/\bby\s+(?:the\s+)?/gi)].pop();
  if (!by) return undefined;
  const lead = head.slice(0, by.index! + by[0].length);
  if (!AGENT_BEFORE.test(lead) || /\d/.test(lead) || OWN_SUBJECT.test(lead)) return undefined;
  const hit = methodAt(t, by.index! + by[0].length, named);
  if (!hit || hit.to > at || !AGENT_ENDS.test(t.slice(hit.to))) return undefined;
  const between = t.slice(hit.to, at);
  if (!AGENT_THEN_FIGURE.test(between) || named.some((m) => ((m.re.lastIndex = 0), m.re.test(between)))) return undefined;
  return hit.name;
}

/** The method named as the subject of the clause of a figure at `at` (see creditedMethod). */
function subjectMethod(t: string, at: number, named: readonly { name: string; re: RegExp }[]): string | undefined {
  // ("SCAFFOLD achieves the most stable performance (Round 100: accuracy 0.7981, F1-score 0.7451)": figures in brackets
  // that name no method have the subject of the clause the brackets open in)
  const open = at > 0 ? t.lastIndexOf('(', at - 1) : -1;
  const close = t.indexOf(')', at);
  if (open >= 0 && !t.slice(open + 1, at).includes(')') && !named.some((m) => ((m.re.lastIndex = 0), m.re.test(t.slice(open, close < 0 ? t.length : close))))) return subjectMethod(t, open, named);
  const start = clauseStart(t, at);
  // ("Among the DL algorithms, InceptionTime outperformed, achieving 82% accuracy on GSTRIDE": a clause that goes on with
  // "with" or "achieving" has the subject of the clause before it, and no name of its own before the figure)
  if (t[start - 1] === ',' && WITH_THE_FIGURE.test(t.slice(start, at)) && !named.some((m) => ((m.re.lastIndex = 0), m.re.test(t.slice(start, at))))) return subjectMethod(t, start - 1, named);
  CLAUSE_EDGE.lastIndex = at;
  const edge = CLAUSE_EDGE.exec(t);
  const clause = t.slice(0, edge ? edge.index : t.length);
  let hit: { name: string; from: number; to: number } | undefined;
  for (const m of named) {
    m.re.lastIndex = 0;
    for (const x of clause.matchAll(m.re)) {
      if (x.index! < start) continue;
      if (hit && (hit.name !== m.name || hit.from !== x.index)) return undefined;
      hit = { name: m.name, from: x.index!, to: x.index! + x[0].length };
    }
  }
  if (!hit || hit.to > at) return undefined;
  const lead = t.slice(start, hit.from);
  if (/[-+/&]$/.test(t.slice(0, hit.from)) || /^[-+/&]\S/.test(t.slice(hit.to, hit.to + 2)) || !BEFORE_SUBJECT.test(lead) || VARIANT_OF.test(lead)) return undefined;
  const verb = SUBJECT_THEN_VERB.exec(t.slice(hit.to, at));
  if (!verb) return undefined;
  // (brackets between the verb and the figure are left aside: "(F1)")
  const between = t.slice(hit.to + verb[0].length, at).replace(/\([^()]*\)/g, ' ');
  return NOT_ONE_SUBJECT.test(between) ? undefined : hit.name;
}

/** The paper's own method named before a figure, or a word that points to it ("our", "we", "it", "the proposed"). */
const OWN_SUBJECT = /\b(?:our|ours|we|us|it|its|this|these|the\s+proposed|proposed|the\s+(?:new|resulting|final)\s+\w+)\b/i;
/** After another's figure: "..., but our method ...", "while ours ...": the contrast tells the figure before it is not the paper's. */
const BUT_OURS_AFTER = /\b(?:but|while|whereas|yet|however)\b[^;]*?\b(?:ours|our|we|the\s+proposed)\b/i;

/** A sentence where a dataset is where a model came from, not where it was measured: "transferred from MVTec AD to
 * ...", "with MVTec AD as auxiliary data", "fine-tuned on MVTec AD", "integrated external domain knowledge from the
 * internet and the MITRE CWE database": a figure without a dataset after it is not its. */
const SOURCE_DATA = /(?<!\b(?:without|no)\s+(?:\w+\s+){0,2})\b(?:transfer\w*|auxiliary|(?:source|target)\s+(?:domains?|datasets?|data)|fine-?tun\w*\s+(?:\w+\s+)?on|for\s+training|as\s+(?:the\s+)?training|knowledge\s+(?:[\w-]+\s+){0,3}?from)\b/i;
/** After a dataset: others not named ("MVTec AD and other datasets"), or where data went ("from MVTec AD to"). */
const AND_OTHERS_AFTER = /^\s*(?:datasets?\s+)?(?:,\s*)?(?:and|or)\s+(?:\w+\s+)?(?:other|more|additional|further)\b/i;

/** After a figure (and its metric): its setting, then another figure of another setting ("85.46% accuracy with Sentinel-1
 * data alone and 89.70% with combined Sentinel-1 and Sentinel-2 data", "a mIoU of 61.38% for oil spill detection and 62.41% for
 * look-alike detection"): neither figure is the dataset's without it. */
const SETTING_THEN_ANOTHER = /^\s*(?:with|using|under|when|for(?!\s+(?:the\s+)?top\b))\b[^;]{0,80}?\band\s+(?:an?\s+)?\d{1,3}(?:\.\d+)?\s?%?\s+(?:with|using|under|when|for)\b/i;
/** After a figure: a track of a challenge it was measured in ("88.44% on blind test in the fusion track"). */
const IN_A_TRACK = /^[^.;]{0,30}?\b(?:in|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?track\b/i;

/** A figure of one class or an extreme, not the dataset's: "the worst class reaches 80.1%", "the median AUROC is",
 * "80.1% AUROC in the hardest class". */
const EXTREME_BEFORE = /\b(?:worst|lowest|minimum|median|hardest|easiest)\b|\bbest[\s-](?:class|category|case|object|scene|run|seed)\b/i;
/** The best of the models a benchmark evaluates, before a figure: "even the best-performing model, i.e., GPT-4o". */
const BEST_OF_SEVERAL = /\b(?:the|even\s+the)\s+best(?:[\s-]performing)?\s+(?:[\w-]+\s+)?(?:models?|methods?|systems?|approach(?:es)?|LLMs?|LVLMs?|MLLMs?)\b/i;
const EXTREME_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:in|on|for)\s+(?:the\s+)?(?:worst|hardest|easiest|best|most\s+[\w-]+)\s+(?:class|category|case|object|scene)/i;

/** A figure in a sentence that names no data, read against the dataset a sentence before it named ("We evaluate on MVTec
 * AD. Our method achieves 98.1% image-level AUROC."): */
/** - words pooling several sets or runs ("an average of 64.53% IoU" over flood sites, "cross-model evaluation ... with an
 * average accuracy of 0.81", "a mean AUC of 0.570 +- 0.070"); */
const POOLED = /\b(?:average[sd]?|mean|overall|across|all|both|each|every|combined|respectively)\b/i;
/** - the paper's own model as the subject ("The model achieved ..."), not another's ("the best model", "the baseline model"); */
const THE_MODEL = /\bthe\s+(?:[\w-]+\s+){0,2}?(?:models?|system|method|approach|framework|network|classifier|detector|pipeline|algorithm|architecture)\b/i;
const NOT_THE_OWN = /\b(?:best|highest|lowest|worst|strongest|top|other|competing|existing|previous|original|baselines?|teacher|commercial|state-of-the-art|SOTA|comparable)\b/i;
/** - a condition the figure is measured under, before it ("With INT8 precision, it achieved", "On seen sites, ...") or right
 * after it ("98.1% AUROC in the zero-shot setting", "93.63% on the localization task", "at 662 fps"): the figure is a
 * setting's, or on something the sentence names itself; */
const CONDITION_BEFORE = /\b(?:with|using|under|when|in|for|on|at|after|without)\s+(?:the\s+|a\s+|an\s+)?(?:[\w(),-]+\s+){0,4}?(?:settings?|scenarios?|tasks?|modes?|protocols?|splits?|subsets?|categor(?:y|ies)|class(?:es)?|conditions?|configurations?|regimes?|precision|features?|versions?|variants?|sites?|levels?|backbones?|shots?|folds?|rounds?|epochs?|noise|modalit(?:y|ies)|views?)\b/i;
const CONDITION_AFTER = /^\s*\)?\s*(?:[\w-]+\s+)?(?:on|in|for|across|under|with|using|at|when|over|during|among|within|after|without|per|by)\b/i;
/** - data the sentence names itself: a data word that does not point back ("a dataset collected ...", "the fabric dataset",
 * but not "this dataset", "the dataset"), the paper's own data, or a name after "on"/"in" ("on HDFS", "in Train Ticket"). */
const BACK_REFERENCE = /\b(?:this|that|these|those|the(?:\s+same)?|same|its)\s+$/i;
// (a name made an adjective is no target: "advance in AI-based approaches", "in CNN-driven systems"; nor one that names a
// loop, a framework or a pipeline: "nested in the FL loop")
const NAMED_TARGET = /\b(?:on|in|across|over)\s+(?:the\s+)?(?![\w-]*-(?:based|driven|powered|enabled|guided|assisted|like)\b)(?![\w-]+\s+(?:loops?|frameworks?|paradigms?|pipelines?|training|process)\b)(?:[A-Z][a-z]*[A-Z\d][\w-]*|[A-Z]{2,}[\w-]*)/;
const OWN_DATA_ONE = new RegExp(OWN_DATA.source, 'i');
/** - a label or another figure right after it ("0.94 (Siamese-CNN) and 0.95 (Siamese-LSTM)"): figures of several settings; */
const LABEL_AFTER = /^\s*\(([^()]{1,40})\)/;
const ANOTHER_FIGURE_AFTER = /^[^.;]{0,30}?(?:\band|,)\s*\d{1,3}(?:\.\d+)?\s?%?(?![\w.]?\d)/;
/** - a dataset named where a model learned from it ("parameters trained ... on ImageNet", "fine-tuned on", "pre-trained"):
 * it is not the data measured. */
const MEASURED_ON = /\b(?:evaluat\w*|experiment\w*|test(?:s|ed|ing)?|assess\w*|validat\w*|benchmark\w*|verif\w*|conduct\w*|us(?:e|es|ed|ing)|utili[sz]\w*|employ\w*|appl(?:y|ies|ied|ying)|results?|performs?|performance|measured|achiev\w*)\b/i;
const TRAINING = /\b(?:pre-?train\w*|train(?:s|ed|ing)?|initiali[sz]\w*|fine-?tun\w*)\b/i;
/** - or named as one part of data put together ("We curated four collections ..., utilizing the Medetec Dataset, and
 * supplemented with additional data"): the figure after it is on the whole. */
const DATA_PUT_TOGETHER = /\b(?:additional|extra|supplement\w*|augment\w*|enrich\w*|combin\w*|merg\w*|curat\w*|collect(?:s|ed|ing|ions?)?|compil\w*|(?:together|along)\s+with)\b/i;

/** Whether a sentence without the paper's datasets names data of its own (see above). */
function namesData(t: string): boolean {
  if (OWN_DATA_ONE.test(t)) return true;
  for (const m of t.matchAll(DATASET_WORD)) if (!BACK_REFERENCE.test(t.slice(Math.max(0, m.index! - 12), m.index!))) return true;
  if (!NAMED_TARGET.test(t)) return false;
  // (a metric's name is no data: "in AUROC", "on F1")
  let blank = t;
  for (const m of metrics(t)) blank = blank.slice(0, m.from) + ' '.repeat(m.to - m.from) + blank.slice(m.to);
  return NAMED_TARGET.test(blank);
}

/** The dataset a sentence names alone as the data measured, for a figure in a sentence after it, or undefined: one of
 * the paper's datasets, by one name, not in a list, not where a model was trained or transferred from, and every data
 * word in the sentence its own ("the MVTec AD dataset", "the benchmark MVTec AD") or pointing back. */
function namedAlone(t: string, ds: DatasetSpan[], at: number, sentence: string): { name: string; at: number; sentence: string } | undefined {
  const names = new Set(ds.map((d) => d.name));
  if (names.size !== 1 || names.has('') || SOURCE_DATA.test(t) || TRAINING.test(t) || DATA_PUT_TOGETHER.test(t) || OWN_DATA_ONE.test(t)) return undefined;
  // (named as the data measured: "evaluated on", "experiments on", "using the X dataset", not "a model to detect NoSQL
  // injections")
  // (the data word may end the name found, a short one: "a DFU dataset" where "DFU dataset" is one of its spellings)
  const measured = (d: DatasetSpan) => MEASURED_ON.test(t.slice(Math.max(0, d.from - 50), d.from)) || /^[\s-]*(?:datasets?|benchmarks?|corpus|database|data\s+set)\b/i.test(t.slice(d.to, d.to + 14)) ||
    /^[^\s-]+(?:[\s-][^\s-]+){0,2}[\s-](?:datasets?|benchmarks?|corpus|database)$/i.test(t.slice(d.from, d.to)) ||
    /\b(?:datasets?|benchmarks?|corpus|database)\s+(?:named\s+|called\s+)?$/i.test(t.slice(Math.max(0, d.from - 20), d.from));
  if (!ds.some(measured)) return undefined;
  for (const d of ds) {
    const lead = t.slice(Math.max(0, d.from - 60), d.from);
    // (another edition after it: "LivDet 2013 and 2015 CrossMatch sensors")
    if (/^\s*(?:,|and|&|\/)\s*(?:v?\d|(?:19|20)\d\d)/.test(t.slice(d.to, d.to + 12))) return undefined;
    if (inList(t, d) || AND_OTHERS_AFTER.test(t.slice(d.to, d.to + 40)) || TRAINED_ON_BEFORE.test(lead)) return undefined;
    if (/\bfrom\s+(?:the\s+)?$/i.test(lead) && /^\s*(?:datasets?\s+)?to\b/i.test(t.slice(d.to, d.to + 12))) return undefined;
  }
  for (const m of t.matchAll(DATASET_WORD)) {
    const from = m.index!;
    const to = from + m[0].length;
    if (ds.some((d) => (from >= d.from && to <= d.to) || (from >= d.to && from - d.to <= 12 && /^[\s\w()-]*$/.test(t.slice(d.to, from))))) continue;
    if (ds.some((d) => d.from >= to && d.from - to <= 30 && /^[\s,:(]*(?:(?:namely|called|named|i\.e\.)[\s,:]*)?(?:the\s+)?$/i.test(t.slice(to, d.from)))) continue;
    if (BACK_REFERENCE.test(t.slice(Math.max(0, from - 12), from))) continue;
    return undefined;
  }
  return { name: [...names][0], at, sentence };
}

/** A count of data sets before a data word: "three publicly available datasets", "two benchmarks". */
const COUNTED_DATA = /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks|corpora|databases|data\s+sets)\b/gi;
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The datasets a sentence names as one list, in order, as the data measured, for a "respectively" list of figures in
 * the sentence after it ("We evaluate on PUMP, SWaT, and WADI. Our method achieves 99.0%, 93.1%, and 78.7% F1-Score,
 * respectively."), or undefined: two or more of the paper's datasets, each once, joined by commas or "and" and nothing
 * else, with no other name before or after the list ("such as", "and other datasets"), no data word that is not the
 * list's own ("the A and B datasets", "three datasets: A, B and C", with as many as it counts), no figure, and not
 * where a model was trained or data put together. */
function namedList(t: string, ds: DatasetSpan[], at: number, sentence: string): { names: string[]; at: number; sentence: string } | undefined {
  const names = ds.map((d) => d.name);
  if (ds.length < 2 || new Set(names).size !== ds.length || names.includes('') || figures(t).length) return undefined;
  if (SOURCE_DATA.test(t) || TRAINING.test(t) || DATA_PUT_TOGETHER.test(t) || OWN_DATA_ONE.test(t)) return undefined;
  for (let i = 1; i < ds.length; i++) if (!/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i.test(t.slice(ds[i - 1].to, ds[i].from))) return undefined;
  const first = ds[0];
  const last = ds[ds.length - 1];
  const lead = t.slice(Math.max(0, first.from - 60), first.from);
  if (/(?<!\b(?:datasets?|benchmarks?|corpora|databases?|data\s+sets?))(?:,|\band|\bor|&|\/)\s*(?:the\s+)?$|\b(?:such\s+as|e\.g\.|i\.e\.|like|including|includes|include|for\s+example|for\s+instance)[\s,:]*(?:the\s+)?$/i.test(lead)) return undefined;
  if (/^\s*(?:datasets?\s+|benchmarks?\s+)?(?:,\s*(?:(?:and|or)\s+)?(?:the\s+)?(?:[A-Z\d]|(?:other|more|additional|further|several|many)\b)|and\b|or\b|&|\/|etc\b)/.test(t.slice(last.to, last.to + 30)) || AND_OTHERS_AFTER.test(t.slice(last.to, last.to + 40))) return undefined;
  // (named as the data measured: "evaluate on", "experiments on", "using")
  if (!MEASURED_ON.test(lead)) return undefined;
  // (every data word the list's own: right after its last name, or right before its first)
  for (const m of t.matchAll(DATASET_WORD)) {
    const from = m.index!;
    const to = from + m[0].length;
    if (from >= last.to && from - last.to <= 12 && /^[\s-]*$/.test(t.slice(last.to, from))) continue;
    if (to <= first.from && first.from - to <= 30 && /^[\s,:(]*(?:(?:namely|called|named)[\s,:]*)?(?:the\s+)?$/i.test(t.slice(to, first.from))) continue;
    return undefined;
  }
  for (const m of t.matchAll(COUNTED_DATA)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNT_WORDS.indexOf(m[1].toLowerCase()) + 2;
    if (n !== ds.length) return undefined;
  }
  return { names, at, sentence };
}

interface Span { from: number; to: number }
interface Figure extends Span { value: string }
interface MetricSpan extends Span { tag: string }
interface DatasetSpan extends Span {
  name: string;
  /** A span named as a part of the dataset ("the closed scenes of MMIO"): no name, the dataset's here. */
  partOf?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern that allows its hyphen/space variants ("MVTec AD" = "MVTec-AD"), on word edges. */
function namePattern(names: string[]): RegExp | null {
  const forms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!forms.length) return null;
  // (a name of two parts or with a digit in it is read in any case after its first letter: "UCF-crime", "UCSDped2"; a
  // one-word name keeps its case, "Avenue" is not "avenue")
  const anyCase = (part: string) => [...part].map((c) => (c.toLowerCase() === c.toUpperCase() ? escape(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
  const body = forms
    .map((n) => {
      const parts = n.split(/[\s-]+/);
      if (parts.length < 2 && !/\d/.test(n)) return parts.map(escape).join('[\\s-]?');
      return parts.map((w, i) => (i === 0 ? escape(w[0]) + anyCase(w.slice(1)) : anyCase(w))).join('[\\s-]?');
    })
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** (with `slashed`, a figure after a slash too: "0.864/0.844") */
function figures(text: string, slashed = false): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(slashed ? SLASHED_FIGURE : FIGURE)) {
    const percent = m[2] !== undefined;
    const num = Number(m[1]);
    if (percent ? num > 100 : !m[1].includes('.') || num > 100) continue;
    out.push({ from: m.index!, to: m.index! + m[0].length, value: percent ? `${m[1]}%` : m[1] });
  }
  return out;
}

function metrics(text: string): MetricSpan[] {
  const tokens = tokenize(text);
  const out: MetricSpan[] = [];
  for (const h of cues().scan(text, tokens)) {
    const span = { tag: h.tag, from: tokens[h.from].start, to: tokens[h.to - 1].end };
    // "PRO AUC", "AUPRO AUC": two metric words in a row name the first one's measure
    const last = out[out.length - 1];
    if (last && /^[\s-]*$/.test(text.slice(last.to, span.from))) last.to = span.to;
    else if (last && /^[\s-]*(?:(?:precision|recall|curves?|receiver|operating|characteristics?)[\s-]*){0,4}\($/i.test(text.slice(last.to, span.from)) && /^\s*\)/.test(text.slice(span.to, span.to + 3))) {
      // "Area Under Curve (AUC)", "average precision (AP)": a long form and its acronym in brackets are one metric, of the
      // acronym's tag ("area under the curve (AUPRC)"), but a level the long form names stays ("pixel-level AUC (AUC)")
      last.to = span.to + /^\s*\)/.exec(text.slice(span.to))![0].length;
      if (last.tag !== `pixel-${span.tag}`) last.tag = span.tag;
    } else out.push(span);
  }
  return out;
}

/** Text between a dataset and a figure names other data ("... Facebook pages ...; with the U.S. 2016 election dataset,
 * we obtain ..."): a dataset word other than the dataset's own head noun right after its name. */
function namesOtherData(between: string): boolean {
  DATASET_WORD.lastIndex = 0;
  // (the head noun may follow one word of description: "Edge-IIoTset cybersecurity dataset")
  for (let m = DATASET_WORD.exec(between); m; m = DATASET_WORD.exec(between)) if (m.index > 12 && !/^[\s-]*[\w-]+\s+$/.test(between.slice(0, m.index))) return true;
  return false;
}

/** A dataset named in a list ("(TIMIT, L2-arctic)", "our dataset and Thraws"), or as several ("eight UCI datasets"): a
 * figure after the list may be any of its members', and the others are not all names the paper's datasets hold. */
function inList(text: string, d: Span): boolean {
  // (or several sets under the name, counted: "eight UCI machine-learning repository datasets")
  if (/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|various)\s+$/i.test(text.slice(Math.max(0, d.from - 14), d.from)) && /^[\s-]*(?:datasets|benchmarks|data\s+sets|corpora)\b/i.test(text.slice(d.to, d.to + 12))) return true;
  return /^\s*(?:(?:,|&|\/|and\b)\s*[A-Z][\w.-]*(?:\s*[,)/&]|\s+and\b)|\/)/.test(text.slice(d.to, d.to + 40)) || /(?:,|\band|&|\/)\s*$/.test(text.slice(Math.max(0, d.from - 6), d.from));
}

/** A metric read together with another for one figure: "AUC and partial AUC", "AUROC and AUPR of 97%". */
function joinedMetric(text: string, m: MetricSpan, ms: MetricSpan[]): boolean {
  const after = /^\s*(?:\([^()]{0,12}\)\s*)?(?:and|&|\/)\s*(?:the\s+)?/.exec(text.slice(m.to, m.to + 30));
  if (after) {
    const at = m.to + after[0].length;
    const word = /^[\w-]+\s+/.exec(text.slice(at, at + 20));
    if (ms.some((x) => x.from === at || (word && x.from === at + word[0].length))) return true;
  }
  const before = /(?:and|&|\/)\s*(?:the\s+)?(?:[\w-]+\s+)?$/.exec(text.slice(Math.max(0, m.from - 30), m.from));
  if (before) {
    const at = m.from - before[0].length;
    if (ms.some((x) => x !== m && /^\s*(?:\([^()]{0,12}\)\s*)?$/.test(text.slice(x.to, at)) && x.to <= at)) return true;
  }
  return false;
}

/** Right after a metric, its figures in brackets, one or a list: "AUROC (98.1%, 97.3%, 95.2%)", "I-AUROC/P-AUROC (99.1/98.2)". */
const BRACKETED_FIGURES = /^\s*\(\s*\d{1,3}(?:\.\d+)?\s?%?(?:\s*(?:,\s*(?:and\s+)?|\/|and\s+)\s*\d{1,3}(?:\.\d+)?\s?%?)*\s*\)/;

/**
 * A sentence with the brackets around a metric's figures taken off, as if it had written "of" ("AUROC (98.1%, 97.3%,
 * 95.2%) on MVTec AD, VisA and BTAD" reads as "AUROC: 98.1%, 97.3%, 95.2% on ..."), so that the figures are read as any
 * others, and with the same checks; not in a clause of change ("improves AUROC (1.2%, 3.4%)": margins). The text keeps
 * its length (the brackets become ":" and a space), so every span found in it stays where it was.
 */
function unbracketFigures(t: string): string {
  if (!/\(\s*\d/.test(t)) return t;
  for (const m of metrics(t)) {
    const b = BRACKETED_FIGURES.exec(t.slice(m.to));
    if (!b || PAIR_MARGIN.test(t.slice(clauseStart(t, m.from), m.from))) continue;
    const open = m.to + b[0].indexOf('(');
    const close = m.to + b[0].length - 1;
    t = `${t.slice(0, open)}:${t.slice(open + 1, close)} ${t.slice(close + 1)}`;
  }
  return t;
}

/** The start of the clause the position is in. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(text); m && m.index < at; m = CLAUSE_EDGE.exec(text)) start = m.index + m[0].length;
  return start;
}

/** The metric a figure belongs to, by the words between them, or undefined. */
function metricOf(text: string, f: Figure, ms: MetricSpan[]): MetricSpan | undefined {
  // "97.1% I-AUROC": the first metric after the figure
  const after = ms.find((m) => m.from >= f.to);
  if (after && after.from - f.to <= 40 && FIGURE_THEN_METRIC.test(text.slice(f.to, after.from))) return after;
  // "a pixel-level AUC of 95.9%": the last metric before it
  let before: MetricSpan | undefined;
  for (const m of ms) if (m.to <= f.from) before = m;
  if (before && f.from - before.to <= 40 && METRIC_THEN_FIGURE.test(text.slice(before.to, f.from))) return before;
  return undefined;
}

/**
 * The scores a paper reports on the datasets it evaluates on or introduces, read with its extracted entities: what
 * `build` puts on the paper's links to those datasets and `extract --results` on its datasets (one reading for both).
 */
export function paperResults(
  paper: { abstract?: string },
  e: { datasets?: readonly (DatasetNames & { role?: string })[]; methods_proposed?: MethodNames['proposed']; methods_mentioned?: MethodNames['mentioned'] },
): Map<string, ReportedResult[]> {
  const ds = (e.datasets ?? []).filter((d) => d.role !== 'mentioned' && (d.name ?? '').trim());
  const others = (e.datasets ?? []).filter((d) => d.role === 'mentioned' && (d.name ?? '').trim());
  return reportedResults(paper, ds, { proposed: e.methods_proposed, mentioned: e.methods_mentioned }, { others });
}

/** What else a reading needs to know of the paper. */
export interface ResultOptions {
  /** Its other datasets, the ones it only mentions: a sentence that names one names other data. */
  others?: readonly DatasetNames[];
}

/**
 * The results each dataset gets in a paper's abstract, keyed by the dataset's canonical name, in the
 * order the abstract gives them. Datasets without any are absent.
 */
export function reportedResults(paper: { abstract?: string }, datasets: readonly DatasetNames[], methods: MethodNames = {}, opts: ResultOptions = {}): Map<string, ReportedResult[]> {
  const out = new Map<string, ReportedResult[]>();
  const text = paper.abstract ?? '';
  if (!datasets.length || !text || !/\d/.test(text)) return out;
  // the paper's methods and the others it names (a name of both is the paper's)
  const names = (list: MethodNames['proposed']) => (list ?? []).flatMap((m) => [m.name, ...(m.aliases ?? [])]);
  const ownRe = namePattern(names(methods.proposed));
  const ownForms = new Set(names(methods.proposed).map((n) => n.trim().toLowerCase()));
  // (only in a paper that proposes a method of its own: one that proposes none, such as a comparison of existing
  // detectors, reports its figures with theirs: "YOLO+CLIP achieved the highest F1 score of 0.72 on ...")
  const mentionedRe = namePattern(names(methods.mentioned).filter((n) => !ownForms.has(n.trim().toLowerCase())));
  const othersRe = ownForms.size ? mentionedRe : null;
  // (each other method by its canonical name: the one a figure may be credited to, see creditedMethod)
  const named = (methods.mentioned ?? [])
    .map((m) => ({ name: m.name.trim(), re: namePattern([m.name, ...(m.aliases ?? [])].filter((n) => !ownForms.has(n.trim().toLowerCase()))) }))
    .filter((m): m is { name: string; re: RegExp } => m.re !== null && m.name !== '' && !ownForms.has(m.name.toLowerCase()));
  const creditOf = (t: string, at: number, ends: number[] = []) => (named.length ? creditedMethod(t, at, named, ends) : undefined);
  // (a passive's agent after a figure is not its, where the figure's clause makes the paper's own method its subject:
  // "ZorbNet reaches an F1 of 0.91, obtained by USAD features")
  const agentEnds = (t: string, at: number, ends: number[]) => {
    const clause = t.slice(clauseStart(t, at), at);
    return OWN_SUBJECT.test(clause) || has(ownRe, clause) ? [] : ends;
  };
  // (... and in a paper with a method of its own, a figure whose agent is another method it names, but not one it can be
  // credited to, is not the paper's: "an F1 of 0.81 obtained by YOLOv3 and USAD", "obtained by YOLO+CLIP")
  const byOthers = (t: string, ends: number[]) =>
    ends.some((end) => {
      const m = AGENT_AFTER.exec(t.slice(end, end + 60));
      if (!m) return false;
      CLAUSE_EDGE.lastIndex = end + m[0].length;
      const edge = CLAUSE_EDGE.exec(t);
      return has(othersRe, t.slice(end + m[0].length, edge ? edge.index : t.length));
    });
  const has = (re: RegExp | null, at: string) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(at);
  };
  const norm = (n: string) => n.replace(/[\s-]/g, '').toLowerCase();
  const patterns = datasets.map((d) => ({ name: d.name, re: namePattern([d.name, ...(d.aliases ?? [])]), forms: new Set([d.name, ...(d.aliases ?? [])].map(norm)) }));
  // (the paper's other datasets, the ones it only mentions: a sentence that names one names other data)
  const otherRes = (opts.others ?? []).map((d) => namePattern([d.name, ...(d.aliases ?? [])])).filter((re): re is RegExp => re !== null);
  // (a paper whose abstract has one dataset of its own and names no other: a figure of its own is on it, however many
  // sentences after its name, as long as none between names other data)
  const onlyDataset = patterns.length === 1 && !otherRes.length ? patterns[0].name : undefined;
  // the last sentence that named data: the one dataset it names, alone and as the data measured, or none
  let lastNamed: { name: string; at: number; sentence: string } | undefined;
  // ... or the datasets it names as one list, in order
  let lastListed: { names: string[]; at: number; sentence: string } | undefined;
  // (the variant of the paper's method a figure is of, "our base model", "our fast version": its setting, should the
  // paper give the metric on the dataset twice)
  const variants = new Map<ReportedResult, string>();
  const add = (dataset: string, metric: string, value: string, sentence: string, setting?: string, variant?: string, method?: string) => {
    const list = out.get(dataset) ?? [];
    if (!list.some((r) => r.metric === metric && r.value === value && r.setting === setting && r.method === method)) {
      const r: ReportedResult = { metric, value, sentence, ...(setting ? { setting } : {}), ...(method ? { method } : {}) };
      list.push(r);
      if (variant) variants.set(r, variant);
    }
    out.set(dataset, list);
  };
  /** The figures of a sentence that are scores, each with its metric. */
  const scorePairs = (t: string, fs: Figure[], ms: MetricSpan[]) => {
    const pairs: { f: Figure; metric: MetricSpan; end: number }[] = [];
    for (const f of fs) {
      const head = t.slice(Math.max(0, f.from - 24), f.from);
      if (FROM_TO_BEFORE.test(head)) {
        // "a 21.1% PRO absolute gain (from 72.7% to 93.8%)": the metric is the gain's, before "from"
        const from = f.from - head.length + head.search(FROM_TO_BEFORE);
        let metric: MetricSpan | undefined;
        for (const m of ms) if (m.to <= from && METRIC_THEN_FROM.test(t.slice(m.to, from))) metric = m;
        if (metric) pairs.push({ f, metric, end: f.to });
        continue;
      }
      if (NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, f.from - 12), f.from)) || CHANGE_BEFORE.test(t.slice(Math.max(0, f.from - 30), f.from))) continue;
      if (ABLATION.test(t.slice(0, f.from)) || OURS.test(t.slice(f.to)) || METHODS_SUBJECT.test(t.slice(clauseStart(t, f.from), f.from))) continue;
      // another method as the subject: "PatchCore achieves 99.1% AUROC on MVTec AD" (a method the paper names but does not
      // propose, and nothing of the paper's own before the figure), or "X achieves 99.1% ..., but our method ...": not the
      // paper's figure, kept only where the sentence gives it to that method without doubt (creditedMethod), with it
      const subject = t.slice(0, f.from);
      const contrasted = BUT_OURS_AFTER.test(t.slice(f.to));
      if (!OWN_SUBJECT.test(subject) && !has(ownRe, subject) && (has(othersRe, subject) || contrasted) && (contrasted || !creditOf(t, f.from))) continue;
      const margins = BY_MARGINS.exec(t);
      if (margins && margins.index < f.from) continue;
      // "from an AUROC of 93.1% to 96.6%": the first is where it started, the second the score, of the first's metric
      if (/^\s*%?\s*to\s+\d/.test(t.slice(f.to, f.to + 8))) continue;
      if (/\bto\s*$/.test(head)) {
        const before = fs.filter((x) => x.to <= f.from).pop();
        const m = before && /^\s*%?\s*to\s*$/.test(t.slice(before.to, f.from)) && /\bfrom\b/.test(t.slice(clauseStart(t, before.from), before.from)) ? metricOf(t, before, ms) : undefined;
        if (m) {
          pairs.push({ f, metric: m, end: f.to });
          continue;
        }
      }
      if (LIST_AFTER.test(t.slice(f.to, f.to + 8)) || LIST_BEFORE.test(t.slice(Math.max(0, f.from - 8), f.from))) continue;
      // ("88.8% Im.AUROC on the MVTec LOCO AD dataset and a remarkable 96.0% on the BTAD dataset": a figure without a
      // metric, after a score on one dataset and before its own dataset, is of the score's metric)
      const prev = pairs[pairs.length - 1];
      const carried = prev && fs.indexOf(prev.f) === fs.indexOf(f) - 1 && CARRY_BETWEEN.test(t.slice(prev.end, f.from)) && CARRY_AFTER.test(t.slice(f.to, f.to + 40)) ? { tag: prev.metric.tag, from: f.to, to: f.to } : undefined;
      let metric = metricOf(t, f, ms) ?? carried;
      if (!metric || WITH_UNIT.has(metric.tag)) continue;
      // (a point-adjusted F1 is not the F1 of the vocabulary: "PA-F1 of 0.822")
      if (/\b(?:PA|point[\s-]adjust\w*)[\s-]*$/i.test(t.slice(Math.max(0, metric.from - 16), metric.from))) continue;
      // ("a ROC-AUC of 0.947 at a PR-AUC of 0.458": the second is the operating point of the first)
      if (metric.to <= f.from && /\bat\s+(?:an?\s+|the\s+)?$/i.test(t.slice(Math.max(0, metric.from - 8), metric.from))) continue;
      // "pixel-level 98.4% AU-ROC": the level before the figure names the metric's family
      const lead = t.slice(Math.max(0, f.from - 24), f.from);
      if (metric.from >= f.to && PIXEL_LEVEL_BEFORE.test(lead)) {
        if (metric.tag === 'AUROC' || metric.tag === 'AUPR') metric = { ...metric, tag: `pixel-${metric.tag}` };
      } else if (metric.from >= f.to && IMAGE_LEVEL_BEFORE.test(lead) && metric.tag.startsWith('pixel-')) continue;
      if (joinedMetric(t, metric, ms)) continue;
      // (a video-level AUC is not the frame-level one a video dataset's AUC means)
      // (nor is a subset's AUROC the dataset's: "difficult-subset AUROC 0.831 on HAI", "a novel class AP of 62.4%")
      if (/\b(?:video|clip|event|segment|chunk|snippet)[\s-](?:level|wise)\s*$|\bsub-?sets?[\s\u2010-\u2012-]*$|\b(?:novel|base|unseen|seen)[\s-]class(?:es)?\s*$/i.test(t.slice(Math.max(0, Math.min(f.from, metric.from) - 16), Math.min(f.from, metric.from)))) continue;
      // (a detector's mAP, averaged over classes and IoU thresholds, is not the AUPR of the vocabulary)
      if (metric.tag === 'AUPR' && /\bmAP\b|\bmean\s+average\s+precision/i.test(t.slice(Math.max(0, metric.from - 5), metric.to + 8))) continue;
      const named = NAMED_IN_BRACKETS.exec(t.slice(Math.max(0, f.from - 30), f.from));
      if (named) {
        const at = f.from - named[0].length + named[0].indexOf(named[1]);
        if (!ms.some((x) => x.from <= at && x.to > at)) continue;
      }
      const end = Math.max(f.to, metric.to);
      if (MARGIN_AFTER.test(t.slice(end, end + 24)) || AT_OPERATING_POINT.test(t.slice(end, end + 40)) || SETTING_THEN_ANOTHER.test(t.slice(end, end + 200)) || IN_A_TRACK.test(t.slice(end, end + 60))) continue;
      // "improves BERT's 83.1 F1 to 86.2": a starting point, with its metric between it and the "to"
      if (/^\s*\)?\s*to\s+\d/.test(t.slice(end, end + 10))) continue;
      if (OTHERS_BEFORE.test(ownPart(t.slice(clauseStart(t, f.from), Math.min(f.from, metric.from))))) continue;
      if (EXTREME_BEFORE.test(t.slice(clauseStart(t, f.from), Math.min(f.from, metric.from))) || EXTREME_AFTER.test(t.slice(end, end + 50))) continue;
      // (the best of the models a benchmark evaluates: "even the best-performing model, i.e., GPT-4o, only achieves 41.45%")
      if (BEST_OF_SEVERAL.test(t.slice(0, Math.min(f.from, metric.from)))) continue;
      pairs.push({ f, metric, end });
    }
    return pairs;
  };
  const sentences = splitSentences(text);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // (hyphens of other code points are hyphens: "UCF\u2011Crime"; "77.4 percent" is 77.4%; figures in TeX's maths are
    // figures: "an AUC of $0.926$", "a $99.1\%, 93.7\%$, and $85.9\%$ AUROC")
    let t = s.text
      .replace(/[\u2010\u2011\u2012]/g, '-')
      .replace(/(\d)\s*(?:percent|per\s+cent)\b/gi, '$1%')
      .replace(TEX_FIGURES, (_, inner: string) => inner.replace(/\s*\\%/g, '%'))
      .replace(COMPARISON_IN_BRACKETS, (m) => ' '.repeat(m.length));
    t = unbracketFigures(t);
    const sentence = (s.raw ?? s.text).trim();
    const ds: DatasetSpan[] = [];
    for (const p of patterns) {
      if (!p.re) continue;
      p.re.lastIndex = 0;
      for (const m of t.matchAll(p.re)) {
        const to = m.index! + m[0].length;
        // ("SQuAD 1.1" is not SQuAD 2.0: a name written without its version, then another version)
        if (!/\d/.test(m[0]) && /^[\s-]?v?\d/.test(t.slice(to, to + 4))) continue;
        // (unless the longer name is one of the dataset's own, in another case: "ETIS-LARIB" for ETIS-Larib)
        const longer = /^[\s-][\p{L}\p{N}]+/u.exec(t.slice(to, to + 30));
        if (longer && p.forms.has(norm(m[0] + longer[0]))) {
          if (NAME_OF_A_METHOD.test(t.slice(to + longer[0].length, to + longer[0].length + 14))) continue;
          ds.push({ name: p.name, from: m.index!, to: to + longer[0].length });
          continue;
        }
        // (other data named after the dataset, or a method: it takes no figure, and the figures near it are not the
        // dataset's, so it stays in the list as a nameless target)
        const lead = t.slice(Math.max(0, m.index! - 40), m.index!);
        const other = NAME_GOES_ON.test(t.slice(to, to + 2)) || NAME_OF_A_METHOD.test(t.slice(to, to + 14)) || PART_OF_BEFORE.test(lead) || VARIANT_BEFORE.test(lead) ||
          (norm(m[0]) !== norm(p.name) && FAMILY_MEMBER.test(t.slice(to, to + 12)));
        // (a part of the dataset keeps its name aside, for the figures of its parts each read with the part as their
        // setting: "42.2% and 24.7% AP in zero-shot and closed scenes of MMIO")
        const part = PART_OF_BEFORE.test(lead) && !NAME_GOES_ON.test(t.slice(to, to + 2)) && !NAME_OF_A_METHOD.test(t.slice(to, to + 14)) && !VARIANT_BEFORE.test(lead);
        ds.push({ name: other ? '' : p.name, from: m.index!, to, ...(other && part ? { partOf: p.name } : {}) });
      }
    }
    // (a nameless span inside one of the paper's datasets' is that dataset: "MVTec" of MVTec AD in "MVTec LOCO AD", when
    // MVTec LOCO AD is the paper's too)
    for (let i = ds.length - 1; i >= 0; i--) if (!ds[i].name && ds.some((x) => x.name && x.from <= ds[i].from && x.to >= ds[i].to)) ds.splice(i, 1);
    ds.sort((a, b) => a.from - b.from || b.to - a.to);
    // (two versions of a dataset the lexicon keeps as one, "79% for CASIA 1 and 89% for CASIA 2": neither is the dataset's)
    const version = (x: DatasetSpan) => (t.slice(x.from, x.to).match(/\d+/g) ?? []).join('.');
    const base = (x: DatasetSpan) => norm(t.slice(x.from, x.to)).replace(/[\dv.]+$/g, '');
    const versions = ds.filter((d) => d.name && ds.some((x) => x.name === d.name && base(x) === base(d) && version(x) !== version(d)));
    for (const d of versions) d.name = '';
    const others = otherRes.some((re) => {
      re.lastIndex = 0;
      return re.test(t);
    });
    // (what a figure of a sentence without data of its own may be on: the data the last sentence to name any named)
    const before = lastNamed;
    const beforeList = lastListed;
    const namesNoData = !ds.length && !others && !namesData(t);
    if (!namesNoData) {
      lastNamed = ds.length && !others ? namedAlone(t, ds, k, sentence) : undefined;
      lastListed = ds.length && !others ? namedList(t, ds, k, sentence) : undefined;
    }
    if (!/\d/.test(t) || COMPARISON.test(t)) continue;
    const respectively = /\brespectively\b/i.test(t);
    const fs = figures(t);
    if (!fs.length) continue;
    const ms = metrics(t);
    if (!ms.length) continue;
    if (!ds.length) {
      // "We evaluate on MVTec AD. Our method achieves 98.1% image-level AUROC.": the paper's own figure in a sentence that
      // names no data, right after one that names one dataset alone (or anywhere after the only dataset of a paper that
      // names no other), with nothing between the figure and its metric and no condition after it
      if (!namesNoData) continue;
      if (respectively) {
        // "We evaluate on PUMP, SWaT, and WADI. Our method achieves 99.0%, 93.1%, and 78.7% F1-Score, respectively.": a
        // "respectively" list read against the datasets the sentence right before names as one list, in order, or against
        // as many metrics with the one dataset it names alone ("The accuracy and F1 score are 97.1% and 93.2%,
        // respectively.")
        const carriedFrom = beforeList && beforeList.at === k - 1 ? beforeList : before && (before.at === k - 1 || before.name === onlyDataset) ? { ...before, names: [before.name] } : undefined;
        const reads = carriedFrom ? carriedRespectively(t, fs, ms, carriedFrom.names) : [];
        if (!reads.length) continue;
        const subject = t.slice(0, Math.min(fs[0].from, ...ms.map((m) => m.from)));
        const own = OWN_SUBJECT.test(subject) || has(ownRe, subject) || THE_MODEL.test(subject) || !ownForms.size;
        if (!own || NOT_THE_OWN.test(subject) || has(mentionedRe, subject) || CONDITION_BEFORE.test(subject) || POOLED.test(t.replace(/\brespectively\b/gi, ''))) continue;
        lastNamed = lastListed = undefined;
        const next = sentences[k + 1]?.text ?? '';
        const nextTags = /\d/.test(next) && figures(next).length && !namesData(next) ? new Set(metrics(next).map((m) => m.tag)) : new Set<string>();
        if (reads.some((r) => nextTags.has(r.metric))) continue;
        const evidence = carriedFrom!.at === k - 1 ? `${carriedFrom!.sentence} ${sentence}` : `${carriedFrom!.sentence} … ${sentence}`;
        for (const r of reads) add(r.dataset, r.metric, r.value, evidence);
        continue;
      }
      if (!before || (before.at !== k - 1 && before.name !== onlyDataset)) continue;
      // (the first sentence with figures after the dataset's takes them; a later one is another run's: "Random Forest
      // performed exceptionally well with an AUC of 0.996 ... Naive Bayes achieved moderate results: AUC 0.742")
      lastNamed = undefined;
      const evidence = before.at === k - 1 ? `${before.sentence} ${sentence}` : `${before.sentence} … ${sentence}`;
      // ("Our model achieves an accuracy of 93.63% on the localization task and an accuracy of 87.48% on the anomaly
      // detection task": figures each with its setting, of the paper's own)
      const set = readSettings(t, fs, ms, [], before.name);
      if (set.length) {
        const subject = t.slice(0, Math.min(fs[0].from, ...ms.map((m) => m.from)));
        const own = OWN_SUBJECT.test(subject) || has(ownRe, subject) || THE_MODEL.test(subject) || !ownForms.size;
        // (not a pronoun for the winner the sentence before names: "Replay achieved better results than other methods in
        // the DCASE data. It achieved ...": the best of several, not the paper's)
        const winner = /^\s*(?:it|they)\b/i.test(subject) && /\b(?:better|best|than|outperform\w*|surpass\w*)\b/i.test(before.sentence);
        // (a condition that only announces the settings read is none: "performed better for both classification tasks,
        // with 90% accuracy in ischaemia classification and 73% in infection classification")
        const condition = CONDITION_BEFORE.test(subject.replace(ANNOUNCED_SETTINGS, ' '));
        if (own && !winner && !NOT_THE_OWN.test(subject) && !has(mentionedRe, subject) && !condition) for (const r of set) add(r.dataset, r.metric, r.value, evidence, r.setting);
        continue;
      }
      if (POOLED.test(t)) continue;
      // (nor when the next sentence gives the same metric's figures, without data of its own: another run's or setting's)
      const next = sentences[k + 1]?.text ?? '';
      const nextTags = /\d/.test(next) && figures(next).length && !namesData(next) ? new Set(metrics(next).map((m) => m.tag)) : new Set<string>();
      const carried = scorePairs(t, fs, ms);
      if (carried.some((p) => nextTags.has(p.metric.tag))) continue;
      for (const p of carried) {
        const subject = t.slice(0, p.f.from);
        // (in a paper that proposes no method, any figure of the work's own, but not the best of several: "The best-performing
        // approach achieves", "The best method achieves")
        const own = OWN_SUBJECT.test(subject) || has(ownRe, subject) || THE_MODEL.test(subject) || !ownForms.size;
        const at = Math.min(p.f.from, p.metric.from);
        const ends = agentEnds(t, at, [p.end]);
        const method = creditOf(t, at, ends);
        // (a figure the sentence gives another method the paper names without doubt is that method's: "We benchmark four
        // FL algorithms on RT-IoT2022. ..., SCAFFOLD achieves the most stable performance (accuracy 0.7981, F1-score
        // 0.7451)")
        if (!method && (!own || NOT_THE_OWN.test(subject) || has(mentionedRe, subject))) continue;
        if (BUT_OURS_AFTER.test(t.slice(p.f.to)) || CONDITION_BEFORE.test(subject)) continue;
        const after = t.slice(p.end, p.end + 40);
        const label = LABEL_AFTER.exec(after);
        if (CONDITION_AFTER.test(after) || OTHER_TARGET_AFTER.test(after) || ANOTHER_FIGURE_AFTER.test(after) || (label && !metrics(label[1]).length)) continue;
        if (method || !byOthers(t, ends)) add(before.name, p.metric.tag, p.f.value, evidence, undefined, undefined, method);
      }
      continue;
    }
    const distinct = new Set(ds.map((d) => d.name));
    // the sentence's layout, the first of these that reads it: figures paired by slashes with paired metrics or two levels
    // ("MIoU/F1-Scores of 0.864/0.844 and 0.845/0.814"); figures each named by its level's task ("97.8% for detection and
    // 97.7% for localization, AUROC"); figures in brackets beside their datasets; a "respectively" list (read or not, the
    // sentence ends there); a list of figures with as many datasets right after it, read the same way without the word;
    // lists of figures, each before its dataset, against as many metrics named together before them
    const layouts = [
      () => readPairs(t, ms, ds),
      () => readLevels(t, fs, ms, ds),
      () => readBracketed(t, fs, ms, ds),
      () => readDatasetsThenFigures(t, ms, ds),
      () => readSettings(t, fs, ms, ds),
      () => readRespectively(t, fs, ms, ds, !respectively),
      () => (respectively ? [] : readListsPerDataset(t, fs, ms, ds)),
    ];
    let laid: Read[] = [];
    for (const layout of layouts) if ((laid = layout()).length) break;
    if (laid.length || respectively) {
      // (the method the sentence gives them to, if any: "RANSynCoder achieves F1-scores of 82.9% and 80.1% on HAI and
      // SWaT, respectively")
      const method = laid.length ? creditOf(t, fs[0].from) : undefined;
      for (const r of laid) add(r.dataset, r.metric, r.value, sentence, r.setting, undefined, method);
      continue;
    }
    const pairs = scorePairs(t, fs, ms);
    // "an image-level AUC of 83.9% and a pixel-level AUC of 95.9% on the VisA dataset": scores joined by "and" or a
    // comma share the dataset after the last of them
    // (a figure whose dataset came right after it: the sentence ties figures to datasets that way, and a later figure
    // without one is on something else: "91.4% accuracy on GenImage, 88.7% accuracy across all generators")
    let tiedAfter = false;
    const withBefore = (p: { f: Figure; metric: MetricSpan }) => {
      const at = Math.min(p.f.from, p.metric.from);
      const d = ds.filter((x) => x.to <= at).pop();
      if (!d || !d.name || inList(t, d) || !/\b(?:on|in)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, d.from - 8), d.from))) return undefined;
      // (the paper's own figure: "The proposed BN-WVAD model ...", not "The traditional SVM approach did well on VHA with")
      if (!OWN_SUBJECT.test(t.slice(0, d.from)) && !has(ownRe, t.slice(0, d.from))) return undefined;
      return /^\s*(?:datasets?\s+|benchmarks?\s+)?,?\s*with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$/i.test(t.slice(d.to, at)) ? d.name : undefined;
    };
    // "For SWaT, InterFusion achieves the highest F1-score of 90.7% while RANSynCoder achieves ... 82.9% for HAI": a clause
    // that is a dataset alone, after "for", "on" or "in", is the data of the clause right after it, where that clause names
    // no data of its own
    const fronted = (p: { f: Figure; metric: MetricSpan }, end: number) => {
      const at = Math.min(p.f.from, p.metric.from);
      const start = clauseStart(t, at);
      if (t[start - 1] !== ',') return undefined;
      const d = ds.filter((x) => x.to <= start).pop();
      if (!d || !d.name || !FRONTED_BEFORE.test(t.slice(clauseStart(t, d.from), d.from)) || !/^\s*(?:datasets?|benchmarks?)?\s*,$/i.test(t.slice(d.to, start))) return undefined;
      CLAUSE_EDGE.lastIndex = end;
      const edge = CLAUSE_EDGE.exec(t);
      const stop = edge ? edge.index : t.length;
      if (ds.some((x) => x.from >= start && x.from < stop) || OTHER_TARGET_AFTER.test(t.slice(end, end + 40)) || namesOtherData(t.slice(start, stop))) return undefined;
      return d.name;
    };
    const ownData = [...t.matchAll(OWN_DATA)].some((m) => !ds.some((d) => d.from < m.index! + m[0].length && d.to > m.index!));
    // (the dataset the scores before were tied to, right after them: "98.1% I-AUROC on MVTec AD, with 97.2% P-AUROC and
    // 60.3% PRO": the scores of a "with" phrase after it share it)
    let tied: DatasetSpan | undefined;
    for (let i = 0; i < pairs.length; ) {
      let j = i;
      const joins = (between: string) => JOINED.test(between.slice(OTHER_SCORES.exec(between)![0].length));
      const joints: string[] = [];
      for (let b = ''; j + 1 < pairs.length && joins((b = t.slice(pairs[j].end, Math.min(pairs[j + 1].f.from, pairs[j + 1].metric.from)))); j++) joints.push(b);
      const withDataset = tied && WITH_AFTER_DATASET.test(t.slice(tied.to, Math.min(pairs[i].f.from, pairs[i].metric.from))) ? tied.name : undefined;
      tied = undefined;
      // (other metrics' scores after the last: "an accuracy of 99.63%, precision of 99.24% on ...")
      let end = pairs[j].end + OTHER_SCORES.exec(t.slice(pairs[j].end))![0].length;
      let next = ds.find((d) => d.from >= end);
      if (withDataset && next && next.name !== withDataset && next.from - end <= 60 && THEN_DATASET.test(t.slice(end, next.from)) && joints.some((b) => b.includes(','))) {
        // ("..., with 97.2% P-AUROC and 60.3% PRO, and 95.1% AUROC on VisA": the "with" phrase ends at its one ", and",
        // the rest is the next dataset's; any other list of them cannot be told apart)
        const cut = joints.findIndex((b) => b.includes(','));
        if (joints.filter((b) => b.includes(',')).length !== 1 || !/^\s*,\s*and\s/i.test(joints[cut])) {
          i = j + 1;
          continue;
        }
        j = i + cut;
        end = pairs[j].end;
        next = undefined;
      }
      const ownEnd = pairs[j].end;
      let dataset: string | undefined;
      if (next && next.from - end <= 60 && THEN_DATASET.test(t.slice(end, next.from))) {
        // (but not one of a list: "an average AUROC of 98.6% across XSum and Writing Prompts")
        // (another dataset of the paper's, or a name with "dataset" after it, joined to it)
        // (or another year's edition of it: "across LivDet 2013 and 2015 CrossMatch sensors")
        const joined = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\/\s*)(?:the\s+)?(?=[A-Z]|(?:19|20)\d\d\b)/.exec(t.slice(next.to, next.to + 30));
        const rest = joined ? t.slice(next.to + joined[0].length, next.to + joined[0].length + 50) : '';
        const listed = joined && (ds.some((d) => d.from === next.to + joined[0].length) || /^[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:datasets?|benchmarks?|corpora)\b/.test(rest) || (/\d$/.test(t.slice(next.from, next.to)) && /^(?:19|20)\d\d\b/.test(rest)));
        if (!inList(t, next) && !listed) {
          dataset = next.name;
          tied = next;
        }
        tiedAfter = true;
      } else if (withDataset) {
        dataset = withDataset;
      } else if (withBefore(pairs[i])) {
        // "on UCF-Crime with an AUC of 87.24%": the dataset right before "with" and the score
        dataset = withBefore(pairs[i]);
      } else if (fronted(pairs[i], ownEnd)) {
        dataset = fronted(pairs[i], ownEnd);
      } else if (!tiedAfter && !ownData && distinct.size === 1 && !SOURCE_DATA.test(t) && !AND_OTHERS_AFTER.test(t.slice(ds[0].to, ds[0].to + 40)) &&
        !(/\bfrom\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, ds[0].from - 10), ds[0].from)) && /^\s*(?:datasets?\s+)?to\b/i.test(t.slice(ds[0].to, ds[0].to + 12))) && ds[0].to <= pairs[i].f.from && !inList(t, ds[0]) && !TRAINED_ON_BEFORE.test(t.slice(Math.max(0, ds[0].from - 60), ds[0].from)) && !OTHER_TARGET_AFTER.test(t.slice(ownEnd, ownEnd + 40)) &&
        !namesOtherData(t.slice(ds[ds.length - 1].to, pairs[i].f.from))) dataset = ds[0].name;
      for (; i <= j; i++) {
        const variant = VARIANT_SUBJECT.exec(t.slice(i > 0 ? pairs[i - 1].end : 0, Math.min(pairs[i].f.from, pairs[i].metric.from)));
        // (the agent of a passive after the figures or their dataset: "an F1 of 0.81 on HAI obtained by YOLOv3")
        const at = Math.min(pairs[i].f.from, pairs[i].metric.from);
        const ends = agentEnds(t, at, next && dataset === next.name ? [end, next.to] : [end]);
        const method = creditOf(t, at, ends);
        if (dataset && (method || !byOthers(t, ends))) add(dataset, pairs[i].metric.tag, pairs[i].f.value, sentence, undefined, variant?.[1], method);
      }
    }
  }
  // two figures of one metric on one dataset are two settings or two models ("87.5% with I3D features and 85.1% with
  // C3D", "99.36% with FP16 precision ... 95.62% with INT8"): a results table cannot tell them apart without the
  // setting, and the best of them would stand for a setting the table does not show, so neither is kept (figures each
  // read with its own setting are apart: a setting is a column of its own)
  // (unless each is of another variant of the paper's method, named before it: "our base model achieves an AUC of 91.34%
  // ..., and our fast version achieves an AUC of 88.87%": the variant is then the setting)
  for (const [dataset, list] of out) {
    // (figures of two methods are apart, as rows of a table are: "RANSynCoder achieves 82.9% F1 on HAI. USAD achieves
    // 80.1% F1 on HAI."; and so are one credited to another method and one of the paper's own method, in a paper that
    // proposes one: in a paper that proposes none, a figure credited to none may be any of the methods')
    const apart = (a: ReportedResult, b: ReportedResult) => a.method !== b.method && ((a.method && b.method) || ownForms.size > 0);
    const clash = (r: ReportedResult) => list.filter((x) => x.metric === r.metric && x.setting === r.setting && !apart(x, r) && Math.abs(resultScore(x.value) - resultScore(r.value)) > 1e-6);
    for (const r of list) {
      const group = [r, ...clash(r)];
      const named = group.map((x) => variants.get(x));
      if (group.length > 1 && named.every((v) => v) && new Set(named).size === group.length) group.forEach((x, i) => (x.setting = named[i]));
    }
    const kept = list.filter((r) => !clash(r).length);
    if (kept.length) out.set(dataset, kept);
    else out.delete(dataset);
  }
  return out;
}

/** The sentences of an abstract that state a figure with a metric of the vocabulary in them (where results can be):
 * what the recall sample of src/bench/results.ts draws from. */
export function scoreSentences(abstract: string): string[] {
  return splitSentences(abstract).filter((s) => /\d/.test(s.text) && figures(s.text).length && metrics(s.text).length).map((s) => s.text);
}

/** The level a word names: image (detection, classification) or pixel (localization, segmentation). */
const LEVEL = '(image|pixel|sample|object|detection|classification|locali[sz]ation|segmentation)';
const levelOf = (w: string): 'image' | 'pixel' => (/^(?:pixel|locali[sz]ation|segmentation)$/i.test(w) ? 'pixel' : 'image');
/** After paired figures and their metric: the two levels they are at ("AP for image/pixel-level", "at the image/pixel level"). */
const LEVEL_PAIR = new RegExp(`^\\s*(?:for|at|in|on)?\\s*(?:the\\s+)?${LEVEL}(?:[\\s-](?:level|wise))?\\s*\\/\\s*${LEVEL}\\b`, 'i');
/** After a list of paired figures: the levels it is read against ("for localization and detection respectively"). */
const LEVEL_LIST = new RegExp(`^\\s*(?:for|in|on)\\s+(?:the\\s+)?(?:anomaly\\s+)?${LEVEL}(?:[\\s-]level)?\\s+(?:and|&)\\s+(?:anomaly\\s+)?${LEVEL}(?:[\\s-]level)?\\s*,?\\s*(?:respectively\\b)?`, 'i');
/** Before paired figures, in their clause: they are margins ("improvements in AUC/F1 are 27.47%/38.56%"). */
const PAIR_MARGIN = /\b(?:improv\w*|gains?|increases?|boosts?|margins?|reductions?|decreases?|drops?|by)\b/i;

/** "X outperformed state-of-the-art baselines with MIoU/F1-Scores of": what the paper's method did it with is its own. */
const OUTPERFORMED_WITH = /\b(?:outperform\w*|surpass\w*|beat\w*)\b[^,;]*?\b(?:with|achieving|reaching|attaining)\s+/gi;

/** The part of a clause before a figure that may tell it is another's: after "outperformed ... with", if any. */
function ownPart(clause: string): string {
  let from = 0;
  for (const m of clause.matchAll(OUTPERFORMED_WITH)) from = m.index! + m[0].length;
  return clause.slice(from);
}

/** A metric at a level: the pixel level's AUROC is pixel-AUROC; a metric with no pixel form at the pixel level, none. */
function atLevel(tag: string, level: 'image' | 'pixel' | undefined): string | undefined {
  if (!level) return tag;
  if (level === 'pixel') return tag === 'AUROC' || tag === 'AUPR' ? `pixel-${tag}` : tag.startsWith('pixel-') || tag === 'PRO' ? tag : undefined;
  return tag.startsWith('pixel-') || tag === 'PRO' ? undefined : tag;
}

/** A result a table layout reads off a sentence. */
type Read = { dataset: string; metric: string; value: string; setting?: string };

/**
 * Figures paired by slashes, each pair read against as many metrics paired the same way, or one metric at two levels:
 * "MIoU/F1-Scores of 0.864/0.844 and 0.845/0.814, respectively" (one pair a dataset, in order), "96.8/52.6 and 97.2/99.0
 * (AUROC/AP) for localization and detection respectively on MVTec-AD" (one pair a level), "97.3/72.9 AP for
 * image/pixel-level anomaly detection". One pair takes the dataset right after it, or the sentence's only one.
 */
function readPairs(t: string, ms: MetricSpan[], ds: DatasetSpan[]): Read[] {
  // figures joined by "/" ...
  const groups: Figure[][] = [];
  for (const f of figures(t, true)) {
    const last = groups[groups.length - 1];
    if (last && /^\s*\/\s*$/.test(t.slice(last[last.length - 1].to, f.from))) last.push(f);
    else groups.push([f]);
  }
  const paired = groups.filter((g) => g.length > 1);
  if (!paired.length) return [];
  // ... and the pairs joined by "and" or a comma into one list
  const chain = [paired[0]];
  for (const g of paired.slice(1)) {
    const prev = chain[chain.length - 1];
    if (groups.indexOf(g) === groups.indexOf(prev) + 1 && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(t.slice(prev[prev.length - 1].to, g[0].from))) chain.push(g);
    else return [];
  }
  const k = chain[0].length;
  if (chain.some((g) => g.length !== k)) return [];
  const first = chain[0][0];
  const lastGroup = chain[chain.length - 1];
  let end = lastGroup[k - 1].to;
  // the metrics: as many joined by "/" right before the list ("MIoU/F1-Scores of") or after it ("(AUROC/AP)"), or one
  // metric beside it and two levels after ("AP for image/pixel-level")
  const runs: MetricSpan[][] = [];
  for (const m of ms) {
    const last = runs[runs.length - 1];
    if (last && /^\s*\/\s*$/.test(t.slice(last[last.length - 1].to, m.from))) last.push(m);
    else runs.push([m]);
  }
  let tags: string[] | undefined;
  let levels: ('image' | 'pixel' | undefined)[] = new Array(k).fill(undefined);
  let start = first.from;
  const before = runs.find((r) => r[r.length - 1].to <= first.from && /^\s*(?:scores?\s+|values?\s+)?(?:of|=|:|are|were)?\s*$/i.test(t.slice(r[r.length - 1].to, first.from)));
  const after = runs.find((r) => r[0].from >= end && /^\s*\(?\s*$/.test(t.slice(end, r[0].from)));
  const run = before ?? after;
  if (!run) return [];
  if (run === before) start = run[0].from;
  else end = run[run.length - 1].to + (/^\s*\)/.exec(t.slice(run[run.length - 1].to))?.[0].length ?? 0);
  if (run.length === k) tags = run.map((m) => m.tag);
  else if (run.length === 1) {
    const lv = LEVEL_PAIR.exec(t.slice(end, end + 40));
    if (!lv || k !== 2 || levelOf(lv[1]) === levelOf(lv[2])) return [];
    tags = [run[0].tag, run[0].tag];
    levels = [levelOf(lv[1]), levelOf(lv[2])];
    end += lv[0].length;
  } else return [];
  if (tags.some((x) => WITH_UNIT.has(x))) return [];
  // (margins, others' figures, as for a figure alone)
  const clause = t.slice(clauseStart(t, start), start);
  if (NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, first.from - 12), first.from)) || BY_MARGINS.test(t) || PAIR_MARGIN.test(clause) || OTHERS_BEFORE.test(ownPart(clause))) return [];
  if (MARGIN_AFTER.test(t.slice(end, end + 24))) return [];
  // which pair is whose: a list reads against the levels after it, or, with "respectively", as many datasets
  let pairLevel: ('image' | 'pixel' | undefined)[] = chain.map(() => undefined);
  let pairDataset: (string | undefined)[] = chain.map(() => undefined);
  const list = LEVEL_LIST.exec(t.slice(end, end + 60));
  if (chain.length > 1) {
    if (list && chain.length === 2 && levelOf(list[1]) !== levelOf(list[2])) {
      pairLevel = [levelOf(list[1]), levelOf(list[2])];
      end += list[0].length;
    } else {
      const names = [...new Set(ds.map((d) => d.name))];
      const afterNames = [...new Set(ds.filter((d) => d.from >= end).map((d) => d.name))];
      const order = afterNames.length === chain.length ? afterNames : names.length === chain.length ? names : undefined;
      if (!/\brespectively\b/i.test(t) || !order || order.includes('')) return [];
      pairDataset = order;
    }
  }
  if (pairDataset.some((d) => d === undefined)) {
    // one dataset for the list: the one right after it, or the sentence's only one
    const next = ds.find((d) => d.from >= end);
    const names = new Set(ds.map((d) => d.name));
    const dataset = next && next.from - end <= 60 && THEN_DATASET.test(t.slice(end, next.from).replace(/^\s*respectively\b/i, '')) ? next.name : names.size === 1 ? [...names][0] : undefined;
    if (!dataset || (next && inList(t, next) && dataset === next.name)) return [];
    pairDataset = chain.map(() => dataset);
  }
  const out: Read[] = [];
  chain.forEach((g, i) =>
    g.forEach((f, j) => {
      const metric = atLevel(tags![j], pairLevel[i] ?? levels[j]);
      if (metric && (pairLevel[i] === undefined || levels[j] === undefined)) out.push({ dataset: pairDataset[i]!, metric, value: f.value });
    }),
  );
  return out;
}

/**
 * Lists of figures each followed by its dataset, read against as many metrics named together before them, in order:
 * "the classification accuracy and detection performance (F1-measure) ... can reach 98.92% and 99.92% on the Netflix
 * dataset and 93.18% and 92.41% on the Amazon dataset".
 */
function readListsPerDataset(t: string, fs: Figure[], ms: MetricSpan[], ds: DatasetSpan[]): Read[] {
  const lists: Figure[][] = [];
  for (const f of fs) {
    const last = lists[lists.length - 1];
    if (last && /^\s*%?\s*(?:,\s*and|,|and|&)\s*$/.test(t.slice(last[last.length - 1].to, f.from))) last.push(f);
    else lists.push([f]);
  }
  const k = lists[0].length;
  if (k < 2 || lists.some((l) => l.length !== k)) return [];
  const first = lists[0][0];
  // the metrics: k of them before the first figure, named together ("AUROC and PRO", "accuracy and detection performance
  // (F1-measure)"), and none after it
  const named = ms.filter((m) => m.to <= first.from);
  if (named.length !== k || named.length !== ms.length || new Set(named.map((m) => m.tag)).size !== k) return [];
  for (let i = 1; i < k; i++) if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[\w-]+\s+){0,2}\(?\s*$/i.test(t.slice(named[i - 1].to, named[i].from))) return [];
  if (!/^\s*\)?\s*(?:scores?\s+|values?\s+)?(?:of\s+(?:the\s+)?(?:proposed\s+)?(?:[\w-]+\s+){0,2}?)?(?:(?:can|could)\s+)?(?:of|=|:|are|were|reach(?:es|ed)?|achieve[sd]?|attain(?:s|ed)?)?\s*$/i.test(t.slice(named[k - 1].to, first.from))) return [];
  const tags = named.map((m) => m.tag);
  if (tags.some((x) => WITH_UNIT.has(x))) return [];
  // (margins, others' figures, as for a figure alone)
  if (BY_MARGINS.test(t) || NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, first.from - 12), first.from)) || OTHERS_BEFORE.test(ownPart(t.slice(clauseStart(t, named[0].from), named[0].from)))) return [];
  const out: Read[] = [];
  for (const l of lists) {
    const end = l[k - 1].to;
    if (MARGIN_AFTER.test(t.slice(end, end + 24))) return [];
    // each list right before its dataset, alone
    const next = ds.find((d) => d.from >= end);
    if (!next || !next.name || next.from - end > 40 || !THEN_DATASET.test(t.slice(end, next.from)) || inList(t, next)) return [];
    if (/^\s*(?:datasets?\s+)?(?:,\s*(?:and\s+)?|and\s+|&\s*|\/\s*)(?:the\s+)?[A-Z]/.test(t.slice(next.to, next.to + 30))) return [];
    l.forEach((f, i) => out.push({ dataset: next.name, metric: tags[i], value: f.value }));
  }
  return out;
}

/**
 * A metric, then its figures in brackets each beside its dataset: "strong AUCs (97.98% ShanghaiTech, 87.12% UCF-Crime)",
 * "AUROC (MVTec AD: 99.1%, VisA: 97.0%)". Every item in the brackets must be such a pair.
 */
function readBracketed(t: string, fs: Figure[], ms: MetricSpan[], ds: DatasetSpan[]): Read[] {
  for (const m of ms) {
    const open = /^\s*\(\s*/.exec(t.slice(m.to, m.to + 4));
    if (!open || WITH_UNIT.has(m.tag)) continue;
    const out: Read[] = [];
    let at = m.to + open[0].length;
    for (;;) {
      const f = fs.find((x) => x.from === at);
      const d = ds.find((x) => x.from === (f ? at + /^\s*/.exec(t.slice(f.to))![0].length + f.to - at : at));
      if (f && d && d.name) {
        out.push({ dataset: d.name, metric: m.tag, value: f.value });
        at = d.to;
      } else {
        // ("MVTec AD: 99.1%")
        const d2 = ds.find((x) => x.from === at);
        const sep = d2 && /^\s*[:=]?\s*/.exec(t.slice(d2.to))!;
        const f2 = d2 && sep && fs.find((x) => x.from === d2.to + sep[0].length);
        if (!d2 || !d2.name || !f2) {
          out.length = 0;
          break;
        }
        out.push({ dataset: d2.name, metric: m.tag, value: f2.value });
        at = f2.to;
      }
      const next = /^\s*(?:,|;|and\b)\s*(?:and\s+)?/.exec(t.slice(at, at + 8));
      if (next) {
        at += next[0].length;
        continue;
      }
      if (!/^\s*\)/.test(t.slice(at, at + 3))) out.length = 0;
      break;
    }
    if (!out.length) continue;
    const clause = t.slice(clauseStart(t, m.from), m.from);
    if (BY_MARGINS.test(t) || PAIR_MARGIN.test(clause) || OTHERS_BEFORE.test(ownPart(clause)) || CHANGE_BEFORE.test(clause)) return [];
    return out;
  }
  return [];
}

/**
 * A metric, the datasets it is measured on, then their figures in brackets, as many, in order: "image-level AUROC on
 * MVTec AD, VisA and BTAD (98.1%, 97.3%, 95.2%)", "AUROC on MVTec AD and VisA (99.1/98.2)". The brackets hold the figures
 * alone, the datasets are the paper's, each once, joined by commas or "and", and the metric stands right before them.
 */
function readDatasetsThenFigures(t: string, ms: MetricSpan[], ds: DatasetSpan[]): Read[] {
  for (const b of t.matchAll(/\(\s*(\d{1,3}(?:\.\d+)?\s?%?(?:\s*(?:,\s*(?:and\s+)?|\/|and\s+)\s*\d{1,3}(?:\.\d+)?\s?%?)+)\s*\)/g)) {
    const open = b.index!;
    const list = figures(t, true).filter((f) => f.from > open && f.to <= open + b[0].length);
    // the datasets right before the brackets, from the last back
    const names: DatasetSpan[] = [];
    let at = open;
    for (;;) {
      const d = ds.find((x) => x.to <= at && /^\s*$/.test(t.slice(x.to, at)));
      if (!d) break;
      names.unshift(d);
      const sep = /(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i.exec(t.slice(Math.max(0, d.from - 10), d.from));
      at = d.from;
      if (!sep) break;
      at -= sep[0].length;
    }
    if (names.length < 2 || names.length !== list.length || names.some((d) => !d.name) || new Set(names.map((d) => d.name)).size !== names.length) continue;
    // the metric right before them: "AUROC on", "AUC scores across the"
    const lead = /(?:\s+(?:scores?|values?|results?))?\s+(?:on|in|for|across|over)\s+(?:the\s+)?$/i.exec(t.slice(Math.max(0, at - 30), at));
    const m = lead && ms.find((x) => x.to === at - lead[0].length);
    if (!m || WITH_UNIT.has(m.tag) || joinedMetric(t, m, ms) || /\/\s*$/.test(t.slice(Math.max(0, m.from - 3), m.from))) continue;
    // (margins, others' figures, as for a figure alone)
    const clause = t.slice(clauseStart(t, m.from), m.from);
    if (BY_MARGINS.test(t) || PAIR_MARGIN.test(clause) || OTHERS_BEFORE.test(ownPart(clause)) || CHANGE_BEFORE.test(clause) || MARGIN_AFTER.test(t.slice(open + b[0].length, open + b[0].length + 24))) return [];
    // (a level before the metric: "pixel-level AUROC on ...")
    const tag = PIXEL_LEVEL_BEFORE.test(t.slice(Math.max(0, m.from - 24), m.from)) && (m.tag === 'AUROC' || m.tag === 'AUPR') ? `pixel-${m.tag}` : m.tag;
    return list.map((f, i) => ({ dataset: names[i].name, metric: tag, value: f.value }));
  }
  return [];
}

/** Before figures read with their settings: words that announce them ("for both classification tasks", "in all settings"). */
const ANNOUNCED_SETTINGS = /\b(?:for|in|on|across|under)\s+(?:both|all|each|the\s+two|two|three)\s+(?:[\w-]+\s+)?(?:settings|scenarios|tasks)\b/gi;
/** Before a figure: a variant of the paper's method as the subject, "our base model", "our fast version". */
const VARIANT_SUBJECT = /\bour\s+(?!(?:proposed|own|new)\b)([\w-]+\s+(?:model|version|variant))\b(?![^,;]*\bour\b)/i;
/** A setting named by its shots: "zero-shot", "10-shot", "4-way 1-shot", "full-shot". */
const SHOT = String.raw`(?:\d{1,3}-way\s+)?(?:zero|one|two|three|four|five|ten|few|full|many|\d{1,3})[\s-]shots?`;
const SHOT_ONLY = new RegExp(`^${SHOT}$`, 'i');
/** The head noun of a setting's name ("the localization task", "ischaemia classification", "closed scenes"); the generic
 * ones are left out of the name ("the zero-shot setting" is "zero-shot"). */
const SETTING_HEAD = String.raw`(?:settings?|scenarios?|scenes?|tasks?|regimes?|protocols?|configurations?|classification|prompting)`;
const GENERIC_HEAD = /^(?:settings?|scenarios?|regimes?|configurations?)$/i;
/** After a figure (and its metric): the setting it was measured under, "on the localization task", "in the 10-shot
 * setting", "in ischaemia classification". */
const SETTING_AFTER = new RegExp(String.raw`^\s*(on|in|for|under|with|at)\s+(?:the\s+|an?\s+)?(${SHOT}(?:\s+${SETTING_HEAD})?|(?:[\w-]+\s+){1,2}?${SETTING_HEAD})(?![\w-])`, 'i');
/** After a list of figures (and its metric): as many settings, with their head noun: "in 4-way 1-shot and 4-way 20-shot
 * scenarios", "in zero-shot and closed scenes". */
const SETTINGS_AFTER = new RegExp(String.raw`^\s*,?\s*(in|under|for|with|at|on)\s+(?:the\s+)?((?:[\w-]+\s*,?\s*(?:and\s+)?){2,12}?)(${SETTING_HEAD})?(?![\w-])(\s*,?\s*respectively\b)?`, 'i');

/** A setting's name: the words that tell it, with its head noun unless that is generic or the words are shots. */
function settingName(words: string, head: string | undefined): string {
  const w = words.trim().replace(/\s+/g, ' ');
  return !head || GENERIC_HEAD.test(head) || SHOT_ONLY.test(w) ? w : `${w} ${head}`;
}

/**
 * Figures of one metric on one dataset, each read with the setting it was measured under: each figure followed by its
 * own ("an accuracy of 93.63% on the localization task and an accuracy of 87.48% on the anomaly detection task", "90%
 * accuracy in ischaemia classification and 73% in infection classification"), or a list followed by as many settings
 * ("accuracies of 70.19% and 92.97% in 4-way 1-shot and 4-way 20-shot scenarios, respectively"). Every figure of the
 * sentence must be read so, the settings must differ, and the dataset is the one right after them, the sentence's only
 * one, or (`carried`) the one a sentence before named.
 */
function readSettings(t: string, fs: Figure[], ms: MetricSpan[], ds: DatasetSpan[], carried?: string): Read[] {
  if (fs.length < 2) return [];
  let reads: Read[] = [];
  let end = 0;
  let start = fs[0].from;
  // each figure with its own setting
  let tag: string | undefined;
  let prep: string | undefined;
  let prev = -1;
  for (const f of fs) {
    const m = metricOf(t, f, ms);
    if (m ? (tag && m.tag !== tag) : !tag) break;
    tag ??= m!.tag;
    const from = m && m.to <= f.from ? m.from : f.from;
    if (prev < 0) start = from;
    else if (!/^\s*,?\s*(?:and\s+)?(?:an?\s+|the\s+)?$/i.test(t.slice(prev, from))) break;
    const to = m && m.from >= f.to ? m.to : f.to;
    const st = SETTING_AFTER.exec(t.slice(to, to + 80));
    if (!st || (prep && st[1].toLowerCase() !== prep)) break;
    prep = st[1].toLowerCase();
    const head = new RegExp(`${SETTING_HEAD}$`, 'i').exec(st[2]);
    reads.push({ dataset: '', metric: tag, value: f.value, setting: settingName(head ? st[2].slice(0, head.index) : st[2], head?.[0]) });
    prev = end = to + st[0].length;
  }
  if (reads.length !== fs.length) {
    // a list of figures, then as many settings
    reads = [];
    for (let i = 1; i < fs.length; i++) if (!/^\s*%?\s*(?:,\s*and|,|and|&)\s*$/.test(t.slice(fs[i - 1].to, fs[i].from))) return [];
    const last = fs[fs.length - 1];
    const before = metricOf(t, fs[0], ms);
    const after = ms.find((m) => m.from >= last.to && FIGURE_THEN_METRIC.test(t.slice(last.to, m.from)));
    const m = before && before.to <= fs[0].from ? before : after;
    if (!m) return [];
    start = Math.min(m.from, fs[0].from);
    const to = Math.max(last.to, m.to);
    const st = SETTINGS_AFTER.exec(t.slice(to, to + 120));
    if (!st) return [];
    const items = st[2].trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    if (items.length !== fs.length || items.some((x) => x.split(/\s+/).length > 3 || /\d%?$/.test(x) && !SHOT_ONLY.test(x))) return [];
    // (without a head noun, only shots name settings: "in 1-shot and 5-shot")
    if (!st[3] && !items.every((x) => SHOT_ONLY.test(x))) return [];
    reads = fs.map((f, i) => ({ dataset: '', metric: m.tag, value: f.value, setting: settingName(items[i], st[3]) }));
    end = to + st[0].length;
    // (the settings are no data and no metric)
    if (ds.some((d) => d.from < end && d.to > to) || ms.some((x) => x.from < end && x.to > to && x !== m)) return [];
  }
  if (WITH_UNIT.has(reads[0].metric) || new Set(reads.map((r) => r.setting)).size !== reads.length) return [];
  // (margins, others' figures, as for a figure alone)
  const clause = t.slice(clauseStart(t, start), start);
  if (BY_MARGINS.test(t) || PAIR_MARGIN.test(clause) || OTHERS_BEFORE.test(ownPart(clause)) || CHANGE_BEFORE.test(t.slice(Math.max(0, start - 30), start))) return [];
  if (fs.some((f) => NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, f.from - 12), f.from))) || MARGIN_AFTER.test(t.slice(end, end + 24))) return [];
  // the dataset: right after the settings, else the sentence's only one, else the one carried
  const next = ds.find((d) => d.from >= end);
  const names = new Set(ds.map((d) => d.name));
  // (or, where the settings are its parts, "in zero-shot and closed scenes of MMIO", the dataset they are parts of)
  const dataset = next && next.from - end <= 40 && /^\s*,?\s*(?:respectively\s*,?\s*)?(?:of|on|in|for)\s+(?:the\s+)?$/i.test(t.slice(end, next.from)) ? next.name || (next.from - end <= 5 ? next.partOf : undefined)
    : names.size === 1 && !inList(t, ds[0]) ? [...names][0] : !ds.length ? carried : undefined;
  if (!dataset) return [];
  return reads.map((r) => ({ ...r, dataset }));
}

/** After a figure: the level it is at, named by its task ("97.8% for detection", "97.7% for localization"). */
const FOR_LEVEL = /^\s*(?:for|in|on)\s+(?:the\s+)?(?:anomaly\s+)?(detection|classification|locali[sz]ation|segmentation)\b(?:\s+tasks?\b)?/i;

/**
 * Figures each named by its level's task, of one metric before or after them: "MVTec AD (97.8% for detection and 97.7%
 * for localization, AUROC)", "an AUROC of 97.8% for detection and 97.7% for localization on MVTec AD". Every figure must
 * have a level, the levels must differ, and the metric must have a form at each (AUROC, AUPR).
 */
function readLevels(t: string, fs: Figure[], ms: MetricSpan[], ds: DatasetSpan[]): Read[] {
  const list: { f: Figure; level: 'image' | 'pixel'; end: number }[] = [];
  for (const f of fs) {
    const lv = FOR_LEVEL.exec(t.slice(f.to, f.to + 40));
    const prev = list[list.length - 1];
    if (lv && (!prev || /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+)?$/.test(t.slice(prev.end, f.from)))) list.push({ f, level: levelOf(lv[1]), end: f.to + lv[0].length });
    else if (list.length) break;
  }
  if (list.length !== fs.length || list.length < 2 || new Set(list.map((x) => x.level)).size < 2) return [];
  const first = list[0].f;
  let end = list[list.length - 1].end;
  // the metric: right before the first figure ("an AUROC of"), or right after the last level (", AUROC)")
  const before = ms.filter((m) => m.to <= first.from).pop();
  const after = ms.find((m) => m.from >= end);
  let metric: MetricSpan | undefined;
  let start = first.from;
  if (before && METRIC_THEN_FIGURE.test(t.slice(before.to, first.from))) {
    metric = before;
    start = before.from;
  } else if (after && /^\s*,?\s*(?:in\s+(?:terms\s+of\s+)?)?(?:the\s+)?$/i.test(t.slice(end, after.from))) {
    metric = after;
    end = after.to;
  }
  if (!metric || ms.length !== 1 || WITH_UNIT.has(metric.tag)) return [];
  const clause = t.slice(clauseStart(t, start), start);
  if (BY_MARGINS.test(t) || PAIR_MARGIN.test(clause) || OTHERS_BEFORE.test(ownPart(clause)) || MARGIN_AFTER.test(t.slice(end, end + 24))) return [];
  // the dataset: the one the brackets follow ("MVTec AD (97.8% ..."), the one right after, or the sentence's only one
  const closing = /^\s*\)/.exec(t.slice(end, end + 3));
  const opened = ds.find((d) => closing && /^\s*\(\s*$/.test(t.slice(d.to, Math.min(first.from, start))));
  const next = ds.find((d) => d.from >= end);
  const names = new Set(ds.map((d) => d.name));
  const dataset = opened ? opened.name : next && next.from - end <= 60 && THEN_DATASET.test(t.slice(end, next.from)) ? next.name : names.size === 1 ? [...names][0] : undefined;
  if (!dataset) return [];
  const out = list.map((x) => ({ dataset, metric: atLevel(metric!.tag, x.level), value: x.f.value }));
  return out.every((r) => r.metric) ? (out as Read[]) : [];
}

/**
 * A "respectively" list of figures in a sentence that names no data, read against datasets a sentence before it named
 * (`names`, in order; see readRespectively): nothing may stand between the list and "respectively" but its metric, nor
 * after "respectively" what the list could be read against instead ("..., respectively, for CNNs and ConvLSTM models"),
 * nor another list or figure before it ("at 24, 12, and 6 h before onset, achieving AUROCs of ...").
 */
function carriedRespectively(t: string, fs: Figure[], ms: MetricSpan[], names: string[]): Read[] {
  let reads = readRespectively(t, fs, ms, names.map((name) => ({ name, from: -1, to: -1 })));
  let start = fs[0].from;
  if (!reads.length && names.length === 1) {
    const listed = readMetricList(t, fs, ms);
    reads = listed.reads.map((r) => ({ ...r, dataset: names[0] }));
    start = listed.start;
  }
  if (!reads.length) return [];
  const first = { from: start };
  const last = fs[fs.length - 1];
  // (the metrics blanked: the list's own names may be joined by "and")
  let blank = t;
  for (const m of ms) blank = blank.slice(0, m.from) + ' '.repeat(m.to - m.from) + blank.slice(m.to);
  const before = ms.filter((m) => m.to <= first.from);
  const pre = before.length ? blank.slice(0, before[0].from) + t.slice(before[0].from, first.from).replace(/[^,]/g, ' ') : blank.slice(0, first.from);
  if (/\b(?:and|or)\b|\d/i.test(pre.replace(/\s+/g, ' '))) return [];
  const tail = /^[\s%]*(?:scores?\s+|values?\s+)?,?\s*respectively\b\s*(?:$|[.;]|,(?!\s*(?:for|on|in|with|under|at|when|using|across|over|of|among|from|to|after|before)\b))/i.exec(blank.slice(last.to));
  return tail ? reads : [];
}

/** A metric outside the vocabulary, named in a list with the vocabulary's ("Precision, Recall, F1-Score, and ROC-AUC"):
 * it takes its figure of the list, which is not read. */
const OTHER_METRIC_AT_END = /(?<![\w-])(?:(?:macro|micro|weighted|balanced|overall|positive|negative|true|false)[\s-]+)?(?:precision|recall|sensitivity|specificity|selectivity|kappa|MCC|G-?mean|TPR|FPR|TNR|FNR|PPV|NPV|predictivity|predictive\s+value|error\s+rate|detection\s+rate|false\s+alarm\s+rate|miss\s+rate|Dice|Jaccard)(?:[\s-]+(?:rates?|scores?|values?|coefficients?))?\s*$/i;

/**
 * A "respectively" list of figures against as many metrics named together right before it, some outside the vocabulary:
 * "the Precision, Recall, F1-Score, and ROC-AUC of 77.00%, 100.00%, 87.01%, and 99.86%, respectively" gives F1 87.01%
 * and AUROC 99.86% (`dataset` left empty: the caller's). Every name of the list must be a metric; `start` is where the
 * list of names starts.
 */
function readMetricList(t: string, fs: Figure[], ms: MetricSpan[]): { reads: Read[]; start: number } {
  const none = { reads: [], start: 0 };
  if (fs.length < 2 || !/\brespectively\b/i.test(t)) return none;
  for (let i = 1; i < fs.length; i++) if (!/^\s*%?\s*(?:,\s*and|,|and|&)\s*$/.test(t.slice(fs[i - 1].to, fs[i].from))) return none;
  const first = fs[0];
  const last = fs[fs.length - 1];
  const joint = /(?:\s+(?:scores?|values?|rates?))?\s*(?:of|=|:|are|were|was|is|reach(?:ed|es)?|achiev\w*)\s*$/i.exec(t.slice(0, first.from));
  if (!joint) return none;
  // the names, from the last back: a metric of the vocabulary or another metric, each after a comma or "and"
  const items: (string | undefined)[] = [];
  let at = joint.index;
  for (;;) {
    const m = ms.find((x) => x.to === at);
    const other = m ? null : OTHER_METRIC_AT_END.exec(t.slice(Math.max(0, at - 40), at));
    if (!m && !other) return none;
    items.unshift(m ? m.tag : undefined);
    at = m ? m.from : at - other![0].length;
    const sep = /(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/i.exec(t.slice(Math.max(0, at - 8), at));
    if (!sep) break;
    at -= sep[0].length;
  }
  const tags = items.filter((x): x is string => x !== undefined);
  if (items.length !== fs.length || !tags.length || new Set(tags).size !== tags.length || tags.some((x) => WITH_UNIT.has(x))) return none;
  // (margins, others' figures, as for a figure alone)
  if (NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, at - 12), at)) || BY_MARGINS.test(t) || OTHERS_BEFORE.test(ownPart(t.slice(clauseStart(t, at), at)))) return none;
  if (MARGIN_AFTER.test(t.slice(last.to, last.to + 24)) || /^\s*%?\s*to\s+\d/.test(t.slice(last.to, last.to + 8))) return none;
  const reads: Read[] = [];
  items.forEach((tag, i) => tag && reads.push({ dataset: '', metric: tag, value: fs[i].value }));
  return { reads, start: at };
}

/**
 * A sentence that reads its figures with "respectively": one list of figures, and either one metric and as many
 * datasets, named in the order of the figures ("AUROC of 99.6%, 98.7% and 89.3% on MVTec-AD, VisA and Real-IAD,
 * respectively"), or one dataset and as many metrics ("AUROC and PRO of 97.1% and 93.2% on MVTec AD, respectively").
 * Anything else (two lists, a count that does not match, datasets named in another sentence: "on the three datasets
 * respectively", a margin) gives nothing.
 */
function readRespectively(t: string, fs: Figure[], ms: MetricSpan[], ds: DatasetSpan[], implicit = false): Read[] {
  const lists: Figure[][] = [];
  for (const f of fs) {
    const last = lists[lists.length - 1];
    if (last && /^\s*%?\s*(?:,\s*and|,|and|\/|&)\s*$/.test(t.slice(last[last.length - 1].to, f.from))) last.push(f);
    else lists.push([f]);
  }
  const multi = lists.filter((l) => l.length > 1);
  if (multi.length !== 1 || lists.length !== 1) return [];
  const list = multi[0];
  const first = list[0];
  const last = list[list.length - 1];
  // (margins, starting points, others' figures, as for a figure alone)
  if (NOT_A_SCORE_BEFORE.test(t.slice(Math.max(0, first.from - 12), first.from)) || /^\s*%?\s*to\s+\d/.test(t.slice(last.to, last.to + 8))) return [];
  if (BY_MARGINS.test(t) || OTHERS_BEFORE.test(ownPart(t.slice(clauseStart(t, first.from), first.from)))) return [];
  if (ms.some((m) => MARGIN_AFTER.test(t.slice(m.to, m.to + 24))) || MARGIN_AFTER.test(t.slice(last.to, last.to + 24))) return [];
  const tags = [...new Set(ms.map((m) => m.tag))];
  const names = [...new Set(ds.map((d) => d.name))];
  if (tags.some((x) => WITH_UNIT.has(x))) return [];
  // (the datasets named after the figures, when the sentence named more before them: "three benchmarks, A, B and C,
  // ... attaining 99.97% and 99.31% accuracy on A and B, respectively")
  const after = [...new Set(ds.filter((d) => d.from >= last.to).map((d) => d.name))];
  if (implicit) {
    // (without "respectively": one metric, every dataset after the list, and the list's metric then "on" between)
    const firstDs = ds[0];
    const metricAfter = ms.find((m) => m.from >= last.to);
    const from = metricAfter && metricAfter.to <= firstDs.from && FIGURE_THEN_METRIC.test(t.slice(last.to, metricAfter.from)) ? metricAfter.to : last.to;
    if (tags.length !== 1 || after.length !== names.length || after.length !== list.length || after.includes('') || !LIST_THEN_DATASETS.test(t.slice(from, firstDs.from))) return [];
    if (!ms.some((m) => m.to <= first.from && /^\s*(?:\(\w+\)\s*)?(?:scores?\s+|values?\s+)?(?:of|=|:)\s*$/i.test(t.slice(m.to, first.from))) && from === last.to) return [];
    return list.map((f, i) => ({ dataset: after[i], metric: tags[0], value: f.value }));
  }
  if (tags.length === 1 && names.length !== list.length && after.length === list.length && !after.includes('')) return list.map((f, i) => ({ dataset: after[i], metric: tags[0], value: f.value }));
  // ("77.4 percent, 95.7 percent, and 88.2 percent, respectively, on the Weizmann, KTH, and our custom datasets": the
  // paper's own data last in the list of datasets takes the last figure)
  const lastDs = ds[ds.length - 1];
  const own = lastDs && lastDs.from >= last.to ? /^\s*,?\s*(?:and\s+)?(?:on\s+|in\s+)?(?:the\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:datasets?|data|benchmarks?|corpus)\b/i.exec(t.slice(lastDs.to, lastDs.to + 50)) : null;
  if (own && tags.length === 1 && after.length === names.length && after.length + 1 === list.length && !after.includes('')) return after.map((d, i) => ({ dataset: d, metric: tags[0], value: list[i].value }));
  if (tags.length === 1 && names.length === list.length) return list.map((f, i) => ({ dataset: names[i], metric: tags[0], value: f.value }));
  if (names.length === 1 && tags.length === list.length) return list.map((f, i) => ({ dataset: names[0], metric: tags[i], value: f.value }));
  return [];
}

/** Results as one edge attribute (GEXF and networkx forbid lists): "AUROC 97.1%; pixel-AUROC 95.3%"; a figure's setting
 * in brackets after its metric, "AUROC (zero-shot) 91.3%; AUROC (4-shot) 95.2%", so that a reader of the attribute,
 * parseResults or an older one, takes "AUROC (zero-shot)" for a metric of its own: a table never puts figures of two
 * settings in one column; the method a figure is credited to (ReportedResult.method) in brackets after the figure,
 * "F1 82.9% (by RANSynCoder)", so that a reader older than the credit, which reads "metric figure" to the end of each
 * part, skips that figure rather than give it to the paper's own method. */
export function formatResults(results: readonly ReportedResult[]): string {
  return results.map((r) => `${resultMetric(r)} ${r.value}${r.method ? ` (by ${methodText(r.method)})` : ''}`).join('; ');
}

/** A method's name as the attribute writes it: without the brackets and semicolons that delimit it. */
function methodText(name: string): string {
  return name.replace(/[();]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A result's metric with its setting, as tables and the edge attribute name it: "AUROC", "AUROC (zero-shot)". */
export function resultMetric(r: { metric: string; setting?: string }): string {
  return r.setting ? `${r.metric} (${r.setting})` : r.metric;
}

/** The edge attribute read back: [{ metric, value }] (what formatResults wrote, or [] for an absent attribute); the
 * metric of a figure with a setting keeps it ("AUROC (zero-shot)"); a figure credited to another method has it as
 * `method` ("F1 82.9% (by RANSynCoder)"). */
export function parseResults(attr: string | undefined): { metric: string; value: string; method?: string }[] {
  if (!attr) return [];
  const out: { metric: string; value: string; method?: string }[] = [];
  for (const part of attr.split(';')) {
    const m = /^\s*(.+?)\s+(\d+(?:\.\d+)?%?)(?:\s+\(by\s+([^()]+?)\s*\))?\s*$/.exec(part);
    if (m) out.push({ metric: m[1], value: m[2], ...(m[3] ? { method: m[3] } : {}) });
  }
  return out;
}

/** A figure on one scale for ordering: "97.1%" and "0.971" both 97.1. */
export function resultScore(value: string): number {
  const n = Number.parseFloat(value);
  return value.endsWith('%') || n > 1 ? n : n * 100;
}

/** Metrics where a lower figure is the better one. */
const LOWER_IS_BETTER = new Set(['FPR@95TPR', 'FID']);

/** Whether a lower figure is the better one in this metric (FPR@95TPR, FID), with a setting or not ("FID (zero-shot)"). */
export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.has(metric.replace(/\s+\([^()]*\)$/, ''));
}

/** Best first: < 0 when figure a of this metric is better than b. */
export function compareFigures(metric: string, a: string, b: string): number {
  const d = resultScore(b) - resultScore(a);
  return lowerIsBetter(metric) ? -d : d;
}

export interface LeaderboardRow {
  /** Paper node key and its edge to the dataset. */
  paper: string;
  edge: string;
  metric: string;
  value: string;
  /** The method the paper credits the figure to, where it is not the paper's own (see ReportedResult.method). */
  method?: string;
}

/**
 * What the papers of a graph report on one dataset, as Papers with Code's tables give it: one row per paper and
 * metric, metrics by name, best figure first within a metric (lowest for FPR@95TPR and FID).
 * `pass` keeps only the papers a filter shows.
 */
export function datasetResults(
  graph: { forEachInEdge(node: string, cb: (edge: string, attr: { results?: string }, source: string) => void): void },
  dataset: string,
  pass: (paper: string) => boolean = () => true,
): LeaderboardRow[] {
  const rows: LeaderboardRow[] = [];
  graph.forEachInEdge(dataset, (edge, attr, source) => {
    if (!attr.results || !pass(source)) return;
    for (const r of parseResults(attr.results)) rows.push({ paper: source, edge, metric: r.metric, value: r.value, ...(r.method ? { method: r.method } : {}) });
  });
  return rows.sort((a, b) => {
    if (a.metric !== b.metric) return a.metric < b.metric ? -1 : 1;
    return compareFigures(a.metric, a.value, b.value) || (a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : 0);
  });
}

/**
 * Whose a dataset's result is, as a leaderboard names it: the method nodes the paper proposes (`methods`), or, for a
 * figure the paper credits to another method, that method's node, if the graph has one, else its name alone (`name`).
 */
export function resultMethods(
  graph: { outEdges(node: string): string[]; getEdgeAttribute(edge: string, name: 'relation'): string; target(edge: string): string; hasNode(node: string): boolean },
  row: { paper: string; method?: string },
): { methods: string[]; name?: string } {
  if (row.method) {
    const key = entityKey('method', row.method);
    return graph.hasNode(key) ? { methods: [key] } : { methods: [], name: row.method };
  }
  return { methods: graph.outEdges(row.paper).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'proposes').map((e) => graph.target(e)) };
}

/**
 * The edge attribute in runs for a reader: consecutive figures with the same credit joined as the attribute joins them
 * ("AUROC 95.0%; PRO 80.2%"), each run with the method its figures are credited to, if any. A panel writes a run's
 * method as a link after its figures ("F1 82.9%" by RANSynCoders) instead of the attribute's "F1 82.9% (by
 * RANSynCoders)"; an attribute without credits is one run of its own text.
 */
export function resultRuns(attr: string | undefined): { text: string; method?: string }[] {
  const runs: { text: string; method?: string }[] = [];
  for (const r of parseResults(attr)) {
    const last = runs[runs.length - 1];
    const fig = `${r.metric} ${r.value}`;
    if (last && last.method === r.method) last.text += `; ${fig}`;
    else runs.push({ text: fig, ...(r.method ? { method: r.method } : {}) });
  }
  return runs;
}

/**
 * What a method's panel lists, Papers with Code's method page: per paper -> dataset link (by paper, then edge key), the
 * figures the papers proposing the method report as their own, and the figures other papers credit to it
 * (`credited`), each link's as its attribute writes them ("AUROC 99.6%; PRO 93.2%").
 */
export function methodResults(
  graph: {
    inEdges(node: string): string[]; outEdges(node: string): string[]; source(edge: string): string; target(edge: string): string;
    getEdgeAttribute(edge: string, name: 'relation'): string; getEdgeAttribute(edge: string, name: 'results'): string | undefined;
    getNodeAttribute(node: string, name: 'kind'): string;
  },
  method: string,
): { paper: string; edge: string; text: string; credited: boolean }[] {
  const out: { paper: string; edge: string; text: string; credited: boolean }[] = [];
  const papers = [...new Set(graph.inEdges(method).map((e) => graph.source(e)))].filter((p) => graph.getNodeAttribute(p, 'kind') === 'paper').sort();
  for (const paper of papers) {
    const link = graph.inEdges(method).find((e) => graph.source(e) === paper)!;
    const proposes = graph.getEdgeAttribute(link, 'relation') === 'proposes';
    for (const edge of graph.outEdges(paper).sort()) {
      const parts = parseResults(graph.getEdgeAttribute(edge, 'results'))
        .filter((r) => (proposes ? !r.method : r.method !== undefined && entityKey('method', r.method) === method));
      if (parts.length) out.push({ paper, edge, text: parts.map((r) => `${r.metric} ${r.value}`).join('; '), credited: !proposes });
    }
  }
  return out;
}

/** The best figure of one metric among a cell's results ("97.1%"), or undefined (lowest for FPR@95TPR, FID). */
export function bestResult(results: readonly { metric: string; value: string }[], metric: string): string | undefined {
  let best: string | undefined;
  for (const r of results) {
    if (r.metric !== metric) continue;
    if (best === undefined || compareFigures(metric, r.value, best) < 0) best = r.value;
  }
  return best;
}

/** The metrics a matrix's cells report, most reported first (then by name): what its cells can show. */
export function reportedMetrics(cells: Iterable<{ results: readonly { metric: string }[] }>): string[] {
  const n = new Map<string, number>();
  for (const c of cells) for (const m of new Set(c.results.map((r) => r.metric))) n.set(m, (n.get(m) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([m]) => m);
}
