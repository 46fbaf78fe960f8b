/**
 * Classes of errors found on unseen papers, one table each: expected hits and explicit false positives.
 * The sentences are short and made up (Zorblax, QuuxNet ... are not real); each shows a class, not a paper.
 */
import { describe, expect, it } from 'vitest';
import type { Paper, PaperEntities } from '../../src/model.ts';
import { normName } from '../../src/model.ts';
import { createExtractor, defaultLexicon, extractEntities } from '../../extract/entities/index.ts';
import { splitSentences } from '../../extract/entities/sentences.ts';

function paper(title: string, abstract: string): Paper {
  return { id: normName(title).slice(0, 40) || 'p', title, abstract, urls: [], source: { file: 'test', line: 1 } };
}

type NamedField = 'methods_proposed' | 'methods_mentioned' | 'datasets' | 'models';
type FacetField = 'domains' | 'settings' | 'techniques' | 'metrics';

const norms = (list: { name: string; aliases?: string[] }[]) =>
  list.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(normName);

interface Row<F> {
  why: string;
  title?: string;
  text: string;
  field: F;
  has?: string[];
  not?: string[];
}

function check<F extends NamedField | FacetField>(rows: Row<F>[]) {
  it.each(rows.map((r) => [r.why, r] as const))('%s', (_why, r) => {
    const e: PaperEntities = extractEntities(paper(r.title ?? 'Notes on Things', r.text));
    const got = norms(e[r.field] as { name: string; aliases?: string[] }[]);
    for (const h of r.has ?? []) expect(got, `${r.field} should have ${h}`).toContain(normName(h));
    for (const n of r.not ?? []) expect(got, `${r.field} should not have ${n}`).not.toContain(normName(n));
  });
}

describe('junk names', () => {
  check<NamedField>([
    { why: 'a sentence adverb at an apposition slot is not a method', text: 'We propose Zorblax for detection. Secondly, a post-processing filter algorithm is proposed to remove noise.', field: 'methods_proposed', has: ['Zorblax'], not: ['Secondly'] },
    { why: '... nor an "-ally" adverb', text: 'Additionally, a lightweight scoring module is proposed.', field: 'methods_proposed', not: ['Additionally'] },
    { why: 'a name ending in -aly is still a name', text: 'We introduce a compact framework, namely Quuxomaly, which uses frozen features.', field: 'methods_proposed', has: ['Quuxomaly'] },
    { why: 'a lexicon name does not start at a lower-case word ("in VAD" is not InvAD)', text: 'Progress in VAD has been fast, and we study it on the UCF-Crime dataset.', field: 'methods_mentioned', not: ['InvAD'] },
    { why: 'a count and a generic acronym are not a dataset', text: 'Experiments on 9 benchmark datasets (3 ID datasets and 6 OOD datasets) show gains.', field: 'datasets', not: ['6 OOD', '3 ID'] },
    { why: 'an imaging modality written in lower case is not the dataset of that name', text: 'The benchmark spans five medical domains (i.e. brain MRI, liver CT and chest X-ray).', field: 'datasets', not: ['BrainMRI'] },
    { why: 'the dataset written as a name still is one', text: 'We evaluate on the BrainMRI and Br35H datasets.', field: 'datasets', has: ['BrainMRI', 'Br35H'] },
    { why: 'a plural topic at the head of the title is not a proposed method', title: 'Graph Foundational Models: Their Role in Anomaly Detection', text: 'This paper critically evaluates graph foundational models for anomaly detection.', field: 'methods_proposed', not: ['Graph Foundational Models'] },
    { why: 'a lexicon name does not stop inside a longer hyphenated name', text: 'We introduce two hard normal benchmarks (UCF-HN, MSAD-HN) to evaluate scene overfitting.', field: 'datasets', has: ['UCF-HN', 'MSAD-HN'], not: ['MSAD'] },
    { why: '... nor start inside one', text: 'We build Anomaly-QuuxNet, a dataset of point clouds, from ShapeNet meshes.', field: 'datasets', has: ['ShapeNet'] },
    { why: 'a lower-case suffix leaves the name whole', text: 'Our CLIP-based detector runs in real time.', field: 'models', has: ['CLIP'] },
    { why: 'a size suffix leaves the name whole', text: 'We fine-tune Qwen2.5-VL-7B on the images.', field: 'models', has: ['Qwen2.5-VL'], not: ['Qwen2'] },
  ]);
});

describe('model versions', () => {
  it('a version joined to a known model is part of its name, the model as an alias', () => {
    const e = extractEntities(paper('Notes on Things', 'We probe recent models such as Meta CLIP-3 on the images.'));
    expect(e.models.map((m) => m.name)).toEqual(['Meta CLIP-3']);
    expect(e.models[0].aliases).toContain('MetaCLIP');
    expect(e.methods_mentioned).toEqual([]);
  });
  it.each(['We run CLIP-10% faster than before.', 'We adopt CLIP-2 stage training for the detector.', 'The loop runs CLIP-2 times per image.'])(
    '... not a count, a range or a number of stages after it: %s',
    (text) => {
      expect(extractEntities(paper('Notes on Things', text)).models.map((m) => m.name)).toEqual(['CLIP']);
    },
  );
  it('a named part in a list of models is no model', () => {
    const e = extractEntities(paper('Notes on Things', 'We compare vision-language models such as Zorb Encoder and Quux Module on the images.'));
    expect(e.models.map((m) => m.name)).toContain('Zorb Encoder');
    expect(e.models.map((m) => m.name)).not.toContain('Quux Module');
  });
});

describe('dataset editions', () => {
  const edition = (text: string) => extractEntities(paper('Notes on Things', text)).datasets;
  it('a year after a dataset name is its own edition, named as written, the dataset as alias', () => {
    const d = edition('Experiments on the ISIC 2016 skin lesion and BraTS 2019 brain tumor datasets show gains.');
    expect(d.map((x) => x.name)).toEqual(['ISIC 2016', 'BraTS 2019']);
    expect(d[1].aliases).toContain('BraTS');
    expect(d.every((x) => x.domain === 'medical' && x.role === 'evaluated')).toBe(true);
  });
  it('two editions are two datasets; the bare name beside them is one of them', () => {
    const d = edition('We evaluate on BraTS 2020 and BraTS 2021. On BraTS, our method is best.');
    expect(d.map((x) => x.name)).toEqual(['BraTS 2020', 'BraTS 2021']);
  });
  it('an edition the lexicon spells as an alias is still its own dataset', () => {
    const lexicon = { ...defaultLexicon, datasets: [...defaultLexicon.datasets.filter((d) => d.name !== 'BraTS'), { name: 'BraTS', aliases: ['BraTS20', 'BraTS21', 'BraTS 2021'], domain: 'medical', ref: 'test' }] };
    const d = createExtractor({ lexicon })(paper('Notes on Things', 'Evaluations on the BraTS20, BraTS21 and BraTS 2021 datasets show gains.')).datasets;
    expect(d.map((x) => x.name)).toEqual(['BraTS20', 'BraTS21', 'BraTS 2021']);
  });
  it('a dataset whose name ends in a number has no edition; a bare name stays bare', () => {
    expect(edition('We evaluate on Camelyon16 and on BraTS.').map((x) => x.name)).toEqual(['Camelyon16', 'BraTS']);
    expect(edition('We evaluate on ImageNet 2012.').map((x) => x.name)).toEqual(['ImageNet 2012']);
    expect(edition('We sample from ImageNet 2000 images per class.').map((x) => x.name)).toEqual(['ImageNet']);
  });
  it('a bare name folds into its editions wherever it comes', () => {
    const d = edition('We evaluate on ISIC and BraTS. Results on ISIC 2016 and BraTS 2019 are strong.');
    expect(d.map((x) => x.name).sort()).toEqual(['BraTS 2019', 'ISIC 2016']);
  });
});

describe('names stated plainly', () => {
  check<NamedField>([
    { why: '"we introduce two datasets, X and Y": introduced datasets', text: 'To facilitate this, we introduce two datasets, Zorb-AD and Zorb-Violence, to challenge models.', field: 'datasets', has: ['Zorb-AD', 'Zorb-Violence'] },
    { why: 'a comma list after "datasets" without a proposal verb is not a list of names', text: 'Existing datasets, Zorb-AD among them, are small.', field: 'datasets', not: ['Zorb-AD'] },
    { why: '"In this study, a Long Form Network (ACR) is proposed": a passive proposal after an opening phrase', text: 'In this study, a Zorb-Quux Sampling Network (ZQS-Net) is proposed to reconstruct point clouds.', field: 'methods_proposed', has: ['ZQS-Net'] },
    { why: 'an acronym defined in an example list is a mentioned method, not the proposal', text: 'Generative models like Zorb Quux Model (ZQM) and their variants like Patch-based ZQM (pZQM), Masked ZQM (mZQM) are popular. We propose a new detector.', field: 'methods_mentioned', has: ['pZQM', 'mZQM'] },
    { why: '... and the start of its long form is not a baseline name', text: 'Models like Zorbish Quuxing Probabilistic Model (ZQPM) work well; we propose a new one.', field: 'methods_mentioned', not: ['Zorbish'] },
    { why: 'a named network the paper uses is a mentioned method', text: 'Then, we utilize Temporal Zorb Attention Networks (TZAT) with a gate to model risk propagation.', field: 'methods_mentioned', has: ['TZAT'] },
    { why: '... but the plural acronym of a kind of network is not', text: 'We utilize Zorb Neural Networks (ZNNs) to model the graph.', field: 'methods_mentioned', not: ['ZNNs'] },
    { why: '"Our proposed method, Long Form (ACR), ...": the proposal', text: 'Our proposed method, Concept Zorbing with Quux (CZQ), employs neutral prompts.', field: 'methods_proposed', has: ['CZQ'] },
    { why: '"we propose Word, a novel ... framework": an English word named as new is the proposal', text: 'To address this, we propose Echo, a novel multi-expert framework for inspection. Echo integrates four modules.', field: 'methods_proposed', has: ['Echo'] },
    { why: 'the long form of an acronym that the title spells out is the paper\'s method', title: 'Improved Anomaly Detection via Zorb Shift Quux Enhancement', text: 'Features are refined via Zorb Shift Quux Enhancement (ZSQE), an iterative procedure.', field: 'methods_proposed', has: ['ZSQE'] },
    { why: '"(ACR) detection method": a method head a word after the acronym', text: 'This paper introduces a novel method for robust models, the Total Zorb Out-of-Distribution (TZ-OOD) detection method.', field: 'methods_proposed', has: ['TZ-OOD'] },
    { why: '"we introduce X and Y, refined versions of ...": both are introduced', text: 'To address this, we introduce MVTec-AC and VisA-AC, refined versions of the MVTec AD and VisA datasets.', field: 'datasets', has: ['MVTec-AC', 'VisA-AC'] },
    { why: 'a title head before "... Benchmark based on" is a dataset', title: 'Zorb-ADBench: Text Anomaly Detection Benchmark based on Embeddings', text: 'We evaluate many detectors on text data.', field: 'datasets', has: ['Zorb-ADBench'] },
    { why: 'names coordinated inside "a X and Y collaboration framework called Z" are not the proposal', title: 'QuuxSAM: A Study', text: 'In this work, we propose a CLIP and SAM collaboration framework called QuuxSAM for segmentation.', field: 'methods_proposed', has: ['QuuxSAM'], not: ['CLIP'] },
    { why: 'a task acronym after an example list of models is no mentioned method', text: 'Recently, foundational models such as CLIP and SAM have shown promising performance for the task of Zero-Shot Zorb Segmentation (ZSZS).', field: 'methods_mentioned', not: ['ZSZS'] },
    { why: 'a title head ending in a task is a topic, not a name', title: 'LLM-Enhanced Log Anomaly Detection: A Comprehensive Benchmark of LLMs', text: 'We benchmark language models on logs.', field: 'datasets', not: ['LLM-Enhanced Log Anomaly Detection'] },
    { why: '"we introduce X, the first large-scale, multi-modal benchmark": a dataset despite the commas', text: 'To overcome this, we introduce Zorb-38K, the first large-scale, multi-modal, and multi-center benchmark for medical reasoning.', field: 'datasets', has: ['Zorb-38K'] },
    { why: '"surpasses SoTA X": the generic word is not part of the baseline name', text: 'Our model surpasses SoTA QuuxAD by +3.0 on the benchmark.', field: 'methods_mentioned', has: ['QuuxAD'], not: ['SoTA QuuxAD'] },
    { why: 'a name ending in "Bench" is a benchmark, a dataset', title: 'ZorbBench: Probing Fake Image Detection via Multimodal Models', text: 'We present a multimodal database, the ZorbBench, to probe detectors.', field: 'datasets', has: ['ZorbBench'] },
    { why: '... unless it is introduced as a framework', title: 'ZorbBench: A Benchmarking Framework for Anomaly Synthesis', text: 'We present a modular framework to compare methods.', field: 'methods_proposed', has: ['ZorbBench'] },
    { why: '"We introduce xname, a framework for ...": a coined lower-case name', text: 'We introduce zorbllm, a framework for time series anomaly detection using language models.', field: 'methods_proposed', has: ['zorbllm'] },
    { why: '"namely X benchmark": a dataset', text: 'Our experiments are conducted on a dataset that provides many subclasses, namely Zorb AD benchmark.', field: 'datasets', has: ['Zorb AD'] },
    { why: 'a position paper\'s "Position:" is no name', title: 'Position: Untrained Machine Learning for Anomaly Detection', text: 'We argue for untrained models.', field: 'methods_proposed', not: ['Position'] },
    { why: 'an English word in a list of datasets does not stop the names before it', text: 'Evaluations on GenZorb, WildQuux, DiTZorb, GPT-ZorbEval and Chameleon datasets demonstrate strong generalization.', field: 'datasets', has: ['DiTZorb', 'GPT-ZorbEval', 'WildQuux'] },
    { why: 'models named as examples of a kind ("VLMs (e.g., X, Y)") are models', text: 'We find that recent VLMs (e.g., Zorb Encoder, QuuxCLIP) align synthetic images with forgery concepts.', field: 'models', has: ['Zorb Encoder', 'QuuxCLIP'] },
    { why: 'a title head with a preposition is a slogan, not a name', title: 'Zorbs Over Tricks: Simple Prompts for Effective Detection', text: 'We study prompts for detection.', field: 'methods_proposed', not: ['Zorbs Over Tricks'] },
    { why: 'a quoted phrase of lower-case words is a term, not a name', text: 'The key idea is to generate pseudo anomaly nodes, referred to as \'outlier nodes\', for training.', field: 'methods_proposed', not: ['outlier nodes'] },
    { why: '... not a mentioned one either', text: 'The key idea is to generate pseudo anomaly nodes, referred to as \'outlier nodes\', for training.', field: 'methods_mentioned', not: ['outlier nodes'] },
    { why: '"We propose QuuxNet, a plug-in module, and a benchmark": still a method', text: 'We propose ZorbNet, a plug-in module, and a large benchmark of defects.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"we propose a X and demonstrate ...": the coordination is of verbs, X is the proposal', text: 'In this work, we propose a ZorbNet and demonstrate its effectiveness on defects.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: 'a part the paper employs is not a mentioned method', text: 'We employ a Dual Zorb Memory (DZM) to store prototypes of normal patches.', field: 'methods_mentioned', not: ['DZM'] },
    { why: 'a long form in a "Revisiting ..." title is existing work, not the proposal', title: 'Revisiting Zorbic Feature Memory for Anomaly Detection', text: 'Zorbic Feature Memory (ZFM) stores normal features. We show that ZFM fails on logical anomalies.', field: 'methods_proposed', not: ['ZFM'] },
    { why: 'a title head ending in "Learning" can be a method', title: 'Dual Zorb Learning: Open-Set Anomaly Detection via Prototypes', text: 'We learn two prototype sets for open-set detection.', field: 'methods_proposed', has: ['Dual Zorb Learning'] },
    { why: 'a "...ADBench" title head is a benchmark', title: 'ZorbADBench: A Benchmark for Text Anomalies', text: 'We evaluate many detectors on text data.', field: 'datasets', has: ['ZorbADBench'] },
    { why: 'the last word of a capitalised long form before ", a" is no name', title: 'ZORBLE: Region Aware Attention with Random Embeddings for Detection', text: 'In this work, we propose ZORBLE: Region Aware Attention with Random Embeddings, a weakly supervised method.', field: 'methods_proposed', has: ['ZORBLE'], not: ['Embeddings'] },
    { why: '"built upon the X framework": a mentioned method', text: 'We present QuuxDet, a novel method built upon the ZB-VAD framework.', field: 'methods_mentioned', has: ['ZB-VAD'] },
    { why: 'LoRA is a named method the paper uses', text: 'We adapt the model with Low-Rank Adaptation (LoRA) on four log datasets.', field: 'methods_mentioned', has: ['LoRA'] },
    { why: 'TSPulse is a named time-series model', text: 'We examine MOMENT, Chronos and TSPulse.', field: 'models', has: ['MOMENT', 'Chronos', 'TSPulse'] },
    { why: 'a bare family name used as one network is a model', text: 'On a CIFAR-10 pre-trained DenseNet, the score reduces the FPR by 10%.', field: 'models', has: ['DenseNet'] },
    { why: '"(in short, ACR)": an acronym given after "in short"', text: 'To overcome these limits we develop a Zorb-based Quux Ensemble approach (in short, ZQE). ZQE builds a cascade.', field: 'methods_proposed', has: ['ZQE'] },
    { why: '"(ACR for short)" too', text: 'We develop a Zorb-based Quux Ensemble (ZQE for short) for outliers.', field: 'methods_proposed', has: ['ZQE'] },
    { why: '"we show that ..., and propose X (ACR)": the verb coordinated with an earlier one is a proposal', text: 'We demonstrate that the connection patterns in graphs are informative for outlier detection, and propose Zorbic Graph Quux Network (ZGQN), a novel GNN model.', field: 'methods_proposed', has: ['ZGQN'] },
    { why: '"we propose an approach for mining X and design a Y Network (ACR)": the second proposal is the network', text: 'In this work, we propose a novel approach for mining a hard negative set and design a deep Zorb Network (ZorbNet) to harness it.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"Coarse-to-Fine ... (C2F...)": a 2 in an acronym stands for "to"', text: 'The proposed coarse-to-fine zorb labeller (C2FZL) employs clustering to identify anomalous segments.', field: 'methods_proposed', has: ['C2FZL'] },
    { why: '"... for Time Series (...4TS)": a 4 stands for "for"', text: 'We propose Zorb Language Models for Time Series (ZLM4TS), a detector that reads plots.', field: 'methods_proposed', has: ['ZLM4TS'] },
    { why: '"we introduce the X Detection (ACR) paradigm": a new task is no method', text: 'Inspired by open-world learning, we introduce the Open-World Zorb Event Detection (OW-ZED) paradigm, where models must detect unseen events.', field: 'methods_proposed', not: ['OW-ZED'] },
    { why: '"the recently proposed ... Anomaly Detection (ACR) task": a task, not the proposal', text: 'This work studies the recently proposed challenging and practical Multi-class Zorb Anomaly Detection (MZAD) task, which only requires normal images.', field: 'methods_proposed', not: ['MZAD'] },
    { why: '... but "a novel X Distillation (ACR) paradigm" is the method', text: 'To this end, we present a novel Multi-Modal Zorb Distillation (MMZD) paradigm that consists of a frozen teacher and a student.', field: 'methods_proposed', has: ['MMZD'] },
    { why: 'a data type spelt out in the title ("Multivariate Time Series (MTS)") is no method', title: 'Deep Zorb Networks for Multivariate Time Series Anomaly Detection', text: 'Anomaly detection within multivariate time series (MTS) is an essential task in data mining.', field: 'methods_proposed', not: ['MTS'] },
    { why: 'a detection or segmentation architecture the paper builds on is a mentioned method', text: 'We integrate contextual information into a conventional Faster R-CNN and compare with Mask R-CNN.', field: 'methods_mentioned', has: ['Faster R-CNN', 'Mask R-CNN'] },
    { why: '... not a model', text: 'We integrate contextual information into a conventional Faster R-CNN and compare with Mask R-CNN.', field: 'models', not: ['Faster R-CNN', 'Mask R-CNN'] },
    { why: 'an ambiguous dataset name the paper defines as an acronym of something else is not that dataset', title: 'ZorbSet: A Novel Dataset for Traffic Analysis', text: 'We refine detection using Context Mining (CM) and Augmented Context Mining (ACM). We observe +6.20% for ACM on ZorbSet.', field: 'datasets', not: ['ACM'] },
    { why: '"the Long Form (ACR) dataset" in a list of datasets: the dataset, by its acronym with the long form', text: 'The data from the BIWI Walking Pedestrian dataset and the Zorbs-By-Quux (ZBQ) dataset were used.', field: 'datasets', has: ['ZBQ', 'Zorbs-By-Quux'] },
    { why: 'a title head that is a clause ending in its verb is a slogan, no name', title: 'Cloze Test Helps: Effective Video Anomaly Detection via Completion', text: 'We propose Video Event Completion (VEC) for video anomaly detection.', field: 'methods_proposed', has: ['VEC'], not: ['Cloze Test Helps'] },
    { why: '"the NVIDIA AI City leaderboard" names the AI City Challenge', text: 'Our framework was ranked first in the NVIDIA AI CITY 2021 leaderboard for traffic anomaly detection.', field: 'datasets', has: ['AI City Challenge'] },
    { why: '"datasets of X and Y" names its datasets, a generic acronym after a name-shaped word included', text: 'Extensive experiments on two typical industrial datasets of MVTec AD and ZorbTech AD demonstrate that our framework is effective.', field: 'datasets', has: ['ZorbTech AD'] },
    { why: '... but not "Industrial AD" with a plain first word', text: 'Extensive experiments on two datasets of Industrial AD and Medical AD show gains.', field: 'datasets', not: ['Industrial AD', 'Medical AD'] },
    { why: '"Evaluated on X and Y," with name-shaped items: the data', text: 'Anomaly detection is hard. Evaluated on ZRDs-I and ZRDs-II, ZorbDiff outperformed state-of-the-art baselines.', field: 'datasets', has: ['ZRDs-I', 'ZRDs-II'] },
    { why: '... not names followed by a head noun ("evaluated on X and Y backbones")', text: 'Anomaly detection is hard. Zorb is evaluated on ZorbNet-50 and QuuxViT-B backbones for fairness.', field: 'datasets', not: ['ZorbNet-50', 'QuuxViT-B'] },
    { why: 'a lower-case long form deep in the proposal\'s object is the existing work it modifies', text: 'Anomaly detection is hard. Our work presents a method to modify the episodic sampling strategy of the model-agnostic zorb-learning (MAZL) algorithm for few-shot tasks.', field: 'methods_proposed', not: ['MAZL'] },
    { why: '"we implement X, consisting of ..." is the proposal', text: 'Anomaly detection is hard. Guided by this result, we implement Zorb3D, consisting of cutting and matching modules.', field: 'methods_proposed', has: ['Zorb3D'] },
    { why: 'a theorem the paper states is no method', title: 'Zorb Theorem: Towards Isolation in Preprocessing for 3D Anomaly Detection', text: 'We establish the Zorb Theorem, formalizing preprocessing as an isolator.', field: 'methods_proposed', not: ['Zorb Theorem'] },
    { why: 'a long form with "framework" before "for ... Detection" is a method, not a task ("a novel backbone - X")', title: 'Unsupervised Hybrid framework for ANomaly Zorbing (HANZ) -- applied to Screening', text: 'Anomaly detection is hard. Inspired by hybrid architectures, we developed a novel backbone - HANZ, for detecting OOD mammograms.', field: 'methods_proposed', has: ['HANZ'] },
    { why: 'a participle compound before "dataset" describes data, it names none', text: 'The BIWI Walking Pedestrian dataset and Self-Generated dataset have been used for experimentation.', field: 'datasets', not: ['Self-Generated'] },
  ]);

  it('"the Long Form (ACR) datasets" naming a known dataset is that dataset, not a second one', () => {
    const e = extractEntities(paper('Notes on Things', 'We test on the Secure Water Treatment (SWaT) and the Water Distribution (WADI) datasets.'));
    expect(e.datasets.map((d) => d.name)).toEqual(['SWaT', 'WADI']);
  });

  it('"(ACR) evaluation metric is proposed": a metric the paper proposes, two words before its head', () => {
    const e = extractEntities(paper('A New Dataset for Zorb Detection', 'A new spatial-temporal area under zorb (STAUZ) evaluation metric is proposed and used with our data.'));
    expect(e.metrics.map((m) => m.name)).toContain('STAUZ');
  });

  it('a metric the paper proposes is both its method and a metric', () => {
    const e = extractEntities(paper('Rethinking Evaluation', 'We develop a Delay-aware Zorb Precision (DaZP) metric that rewards early and accurate detection.'));
    expect(norms(e.methods_proposed)).toContain('dazp');
    expect(e.metrics.map((m) => m.name)).toContain('DaZP');
  });
});

describe('method field: only what this paper introduces is proposed', () => {
  check<NamedField>([
    { why: 'a known method the paper introduces after "a new ... method—" is its proposal', text: 'In this paper we introduce a new anomaly detection method—Deep Support Vector Data Description—, which is trained on an anomaly detection objective.', field: 'methods_proposed', has: ['Deep SVDD'] },
    { why: 'a known method the paper names as its model ("we name our model a \\"X (ACR)\\"") is its proposal', text: 'Since such splitting increases robustness, we name our model a "Robust Deep Autoencoder (RDA)".', field: 'methods_proposed', has: ['RDA'] },
    { why: '... but a known method the proposal combines is not', text: 'We propose to combine PatchCore with a text encoder for zero-shot detection.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: '... nor one the proposal is based on', text: 'We propose a PatchCore-based detector for point clouds.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: 'existing techniques the proposal leverages ("two of the most popular X") are mentioned', text: 'We present a study of leveraging two of the most popular adapters, Quux Adaptation (QuA) and Zorb Fine-tuning (ZoFT), for log anomaly detection.', field: 'methods_mentioned', has: ['QuA', 'ZoFT'] },
    { why: '... and not proposed', text: 'We present a study of leveraging two of the most popular adapters, Quux Adaptation (QuA) and Zorb Fine-tuning (ZoFT), for log anomaly detection.', field: 'methods_proposed', not: ['QuA', 'ZoFT'] },
    { why: '"X (ACR), a model initially proposed for ..." is mentioned', text: 'We propose a novel detector for tabular data that leverages Quux Zorb Networks (QZNs), a model initially proposed for supervised tasks.', field: 'methods_mentioned', has: ['QZNs'] },
    { why: '... and not proposed', text: 'We propose a novel detector for tabular data that leverages Quux Zorb Networks (QZNs), a model initially proposed for supervised tasks.', field: 'methods_proposed', not: ['QZNs'] },
    { why: 'a method the paper names is still proposed', text: 'We propose a novel method called Zorb Quux Detection (ZQD) for tabular data.', field: 'methods_proposed', has: ['ZQD'] },
    { why: 'named components go nowhere: not proposed', text: 'We propose a novel method called Zorblax, comprising two components: Fine-Grained Quuxing (FG-Qx) and High-Quality Zorbing (HQ-Zb).', field: 'methods_proposed', has: ['Zorblax'], not: ['FG-Qx', 'HQ-Zb'] },
    { why: '... and not mentioned', text: 'We propose a novel method called Zorblax, comprising two components: Fine-Grained Quuxing (FG-Qx) and High-Quality Zorbing (HQ-Zb).', field: 'methods_mentioned', not: ['FG-Qx', 'HQ-Zb'] },
  ]);
});

describe('domains: motivation lists are not the paper\'s domain', () => {
  check<FacetField>([
    { why: '"challenging tasks such as image classification" in a background sentence is motivation', text: 'Deep neural networks achieve superior performance in challenging tasks such as image classification. We detect OOD inputs from early layers.', field: 'domains', not: ['natural-images'] },
    { why: '"Borrowing the concept from CV and NLP" is the idea\'s source, not the data', text: 'Borrowing the concept from CV and NLP, we define OOD nodes as nodes with unseen labels in a graph.', field: 'domains', not: ['text'] },
    { why: '"Codes, images and videos are published on the project website" is what is released, not the data', text: 'We detect defects in steel plates under noise. Codes, images and videos are published on the project website at: https://example.org/zorb.', field: 'domains', not: ['video'] },
    { why: '"a variety of applications – from X, over Y to Z" is a motivation list', text: 'Time series are ubiquitous and occur naturally in a variety of applications – from data recorded by sensors in manufacturing processes, over financial data streams to climate data.', field: 'domains', not: ['finance'] },
    { why: 'text-attributed graphs are text data', title: 'Text-Attributed Graph Anomaly Detection via Contrastive Learning', text: 'We detect anomalous nodes whose attributes are documents.', field: 'domains', has: ['text'] },
    { why: 'crowd scenes are video', text: 'We propose a two-stream network for abnormal behavior detection in crowded scenes.', field: 'domains', has: ['video'] },
    { why: 'optical flow is computed on video', text: 'A network uses density heat-maps and optical flow information to classify abnormal events.', field: 'domains', has: ['video'] },
    { why: 'unstructured logs are computing systems', title: 'Self-Attentive Anomaly Detection in Unstructured Logs', text: 'We learn log representations from auxiliary data.', field: 'domains', has: ['computing-systems'] },
    { why: '"practical applications in X, Y and Z" is motivation', text: 'Anomaly detection has practical applications in industrial inspection, video surveillance and medical diagnosis. We evaluate on brain scans.', field: 'domains', has: ['medical'], not: ['industrial', 'video'] },
    { why: 'an example list in a background sentence is motivation', text: 'Graph methods identify abnormal events such as fraud, security breaches, and system faults.', field: 'domains', not: ['security', 'finance'] },
    { why: 'an example list about the paper\'s own datasets is its domain', text: 'We evaluate on datasets such as surveillance videos of crowds.', field: 'domains', has: ['video'] },
    { why: 'a modality word next to a specific domain adds nothing', text: 'Seven medical datasets with five image modalities are curated.', field: 'domains', has: ['medical'], not: ['natural-images'] },
    { why: 'listed modalities are domains', text: 'The benchmark encompasses video, image, 3D, text, and audio modalities.', field: 'domains', has: ['video', 'natural-images', '3d', 'text', 'audio'] },
    { why: 'a cue does not run across a comma', text: 'The model combines general knowledge and fine-grained, image-specific knowledge for industrial inspection.', field: 'domains', has: ['industrial'], not: ['natural-images'] },
    { why: 'log anomaly detection is about computing systems', text: 'Log-based anomaly detection identifies system issues through log data.', field: 'domains', has: ['computing-systems'] },
  ]);
});

describe('techniques and metrics: not from surface words', () => {
  check<FacetField>([
    { why: '"synthetic outliers" replacing input data are synthetic anomalies', text: 'We define four types of synthetic outliers and replace a portion of input data with one of them.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: 'reconstructing request paths is no reconstruction technique', text: 'Traces can precisely reconstruct user request paths in distributed microservice systems.', field: 'techniques', not: ['reconstruction'] },
    { why: 'a server cluster is no clustering', text: 'We evaluate on a local dataset collected from an ARM server cluster.', field: 'techniques', not: ['clustering'] },
    { why: 'estimating the posterior distribution of latent variables is variational inference, no density estimation', text: 'Finally, we implement a variational inference process to estimate the posterior distribution of latent variables.', field: 'techniques', not: ['density-estimation'] },
    { why: '"More recent methods that use X also face ..." is prior work', text: 'We store normal patterns in memory. More recent methods that use contrastive learning with negative sampling also face high computational costs.', field: 'techniques', not: ['contrastive-learning'] },
    { why: 'non-contrastive learning is not contrastive learning', title: 'Focus Your Distribution: Coarse-to-Fine Non-Contrastive Learning for Anomaly Detection', text: 'We learn compact features without negatives.', field: 'techniques', not: ['contrastive-learning'] },
    { why: 'Gaussian noise generation is no density estimation', text: 'Our approach introduces a local multivariate Gaussian noise generation module to simulate sensor noise.', field: 'techniques', not: ['density-estimation'] },
    { why: '"averaging 1.12 seconds" is "on average", no weight averaging', text: 'Naive Bayes is the fastest level two classifier averaging 1.12 seconds.', field: 'techniques', not: ['weight-averaging'] },
    { why: 'a teacher decoder and a student decoder are knowledge distillation', text: 'We integrate a teacher decoder and a student decoder into our architecture, leveraging their discrepancy.', field: 'techniques', has: ['knowledge-distillation'] },
    { why: 'an anomaly injection mechanism is synthetic anomalies', text: 'Zorbnet utilizes an anomaly injection mechanism that enhances generalization.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"OOD exposure" with auxiliary samples is outlier exposure', text: 'We introduce Zorbnet, a framework that leverages language models for OOD exposure in graph OOD detection.', field: 'techniques', has: ['outlier-exposure'] },
    { why: '"latency thresholds" of a monitored system are its data, not a metric', text: 'Our approach combines latency thresholds with other techniques to learn the normal behavior of microservices.', field: 'metrics', not: ['latency'] },
    { why: '... but "low-latency anomaly detection" is the method\'s latency', text: 'We reach 99.8% I-AUROC, enabling efficient, low-latency anomaly detection on edge devices.', field: 'metrics', has: ['latency'] },
    { why: 'a per-item time in milliseconds is latency', text: 'Zorbnet detects anomalous beats with an AUC of 0.95 and very fast inference (2.6 ms per beat).', field: 'metrics', has: ['latency'] },
    { why: 'a plural possessive before "attention to" is the idiom', text: 'Zorbnet routes doctors\' attention to anomalous time ticks.', field: 'techniques', not: ['attention'] },
    { why: 'a technique named as future work is not used', text: 'We detect anomalies in railway logs. The paper discusses avenues for future improvement, such as model fine-tuning and prompt enrichment.', field: 'techniques', not: ['fine-tuning'] },
    { why: '... but "a baseline for future research" after the technique keeps it', text: 'We provide a zero-shot LLM framework, establishing a strong baseline for future research.', field: 'techniques', has: ['llm'] },
    { why: '"X methods have gained prominence" opening a sentence is prior work', text: 'We distil a language model into a detector. Self-supervised methods have gained prominence in time series anomaly detection.', field: 'techniques', not: ['self-supervised'] },
    { why: 'an acronym cue the paper defines as something else is not that technique (SSL)', text: 'Semi-supervised learning (SSL) leverages unlabeled data. We improve SSL with outliers.', field: 'techniques', not: ['self-supervised'] },
    { why: '... but an acronym defined as the technique is (MLLM)', text: 'We develop multi-modal LLM (MLLM)-based detectors for complex environments.', field: 'techniques', has: ['multimodal-llm'] },
    { why: 'an acronym defined otherwise is not the generic algorithm (KD)', text: 'Our prompts use a knowledge-driven (KD) loss function.', field: 'techniques', not: ['knowledge-distillation'] },
    { why: 'KD defined as distillation is', text: 'We train the student with Knowledge Distillation (KD) from a frozen teacher.', field: 'techniques', has: ['knowledge-distillation'] },
    { why: 'a cue inside a model name is not a technique (Time-MoE)', text: 'We examine MOMENT, Chronos, TimesFM and Time-MoE.', field: 'techniques', not: ['mixture-of-experts'] },
    { why: 'a model\'s own long form is not a technique (CLIP)', text: 'The contrastive language-image pre-training (CLIP) model transfers well.', field: 'techniques', has: ['vision-language'], not: ['contrastive-learning'] },
    { why: 'contrastive learning stated is', text: 'We train the encoder with contrastive learning.', field: 'techniques', has: ['contrastive-learning'] },
    { why: 'a generic word inside a specific name\'s long form is not the generic algorithm', text: 'We leverage Quux Zorb Transformers (QZTs), a model initially proposed for supervised tasks.', field: 'techniques', not: ['attention'] },
    { why: '"a transformer" as a common noun does not state attention', text: 'The visible patches are sent to a transformer for reconstruction.', field: 'techniques', has: ['reconstruction'], not: ['attention'] },
    { why: 'a verb "reward" is not reinforcement learning', text: 'Current metrics fail to reward early detection of anomalies.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'a reward function is', text: 'The agent learns from a reward function that favours rare events.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: '"learnable \'no\' prompt": a gapped prompt-learning cue', text: 'We design a novel learnable "no" prompt and a text encoder.', field: 'techniques', has: ['prompt-learning'] },
  ]);
  check<FacetField>([
    { why: 'a metric word as a modifier is not the metric ("latency-aware")', text: 'We develop a latency-aware precision score.', field: 'metrics', not: ['latency'] },
    { why: 'latency stated is a metric', text: 'Our detector reduces the latency to 5 ms per frame.', field: 'metrics', has: ['latency'] },
    { why: 'object-level and pixel-level AUROC: both', text: 'We achieve object-level and pixel-level AUROC improvements of 3.2% and 13.1%.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: 'image-level and pixel-level ... as measured by AUROC: both', text: 'We improve both image-level and pixel-level detection, as measured by AUROC.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: 'image-level AUROC alone is not pixel-AUROC', text: 'We achieve an image-level AUROC of 99%.', field: 'metrics', has: ['AUROC'], not: ['pixel-AUROC'] },
  ]);
});

describe('settings: coordinated and study phrasing', () => {
  check<FacetField>([
    { why: '"supervised anomalous node detection" is supervised', text: 'We introduce a benchmark tool dedicated to supervised anomalous node detection.', field: 'settings', has: ['supervised', 'evaluation'] },
    { why: 'self-supervised anomaly detection is not supervised', text: 'We study self-supervised anomaly detection on graphs.', field: 'settings', not: ['supervised'] },
    { why: 'a paper that critically evaluates is an evaluation', text: 'This paper critically evaluates the efficacy of foundation models in anomaly detection.', field: 'settings', has: ['evaluation'] },
    { why: '... or critically examines', text: 'We critically examine the performance of five popular model families.', field: 'settings', has: ['evaluation'] },
    { why: 'standard evaluation measures are not an evaluation study', text: 'We run experiments on benchmark datasets through standard evaluation measures.', field: 'settings', not: ['evaluation'] },
    { why: '"Multi-category 3D Anomaly Detection" is the multi-class setting', title: 'Zorb: A Unified Model for Multi-category 3D Anomaly Detection', text: 'We detect defects in point clouds of many categories.', field: 'settings', has: ['multi-class'] },
    { why: '"without any retraining or with few-shot fine-tuning": the alternative after "or with" is not negated', text: 'A pre-trained Zorb model can be transferred to new applications without any retraining or with few-shot fine-tuning.', field: 'settings', has: ['few-shot'] },
    { why: 'a setting naming the current methods a sentence is about is not the paper\'s', text: 'We propose a prompt-based detector for open vocabulary video anomaly detection. Although current weakly-supervised VAD methods offer partial alleviation, they are closed-set.', field: 'settings', not: ['weakly-supervised'] },
    { why: '... nor "existing zero-shot approaches"', text: 'We propose a trained detector. Existing zero-shot approaches fail on small defects.', field: 'settings', not: ['zero-shot'] },
    { why: '... but the paper\'s own setting in its title stays', title: 'Zorb: Weakly-Supervised Video Anomaly Detection', text: 'Although current weakly-supervised methods use MIL, we propose a new loss.', field: 'settings', has: ['weakly-supervised'] },
  ]);
});

describe('evidence is verbatim', () => {
  it('a sentence with LaTeX is quoted as written, and matched as cleaned', () => {
    const p = paper('Zorblax: Fast Detection', 'We propose \\emph{Zorblax}, which reaches 95.1\\% AUROC on the MVTec AD dataset. It is fast.');
    const e = extractEntities(p);
    const all = [...e.methods_proposed, ...e.datasets, ...e.metrics];
    expect(e.metrics.map((m) => m.name)).toContain('AUROC');
    for (const x of all) expect(x.evidence === p.title || p.abstract.includes(x.evidence), x.evidence).toBe(true);
    expect(e.metrics.find((m) => m.name === 'AUROC')!.evidence).toContain('95.1\\%');
    expect(splitSentences(p.abstract)).toHaveLength(2);
  });
});

describe('baselines named plainly', () => {
  check<NamedField>([
    { why: '"the X baseline" is a mentioned method', text: 'Our detector improves the ZorbNet baseline by 4 points on the VisA dataset.', field: 'methods_mentioned', has: ['ZorbNet'] },
    { why: '"compared with X and Y"', text: 'Compared with QuuxAD and ZorbNet, our method is faster.', field: 'methods_mentioned', has: ['QuuxAD', 'ZorbNet'] },
    { why: 'a generic acronym before "baseline" is not a name', text: 'We improve the CNN baseline by 4 points.', field: 'methods_mentioned', not: ['CNN'] },
  ]);
});

describe("the title's spelled-out name", () => {
  check<NamedField>([
    { why: 'a lexicon name inside the expansion of the title head is the paper\'s own name, not a model', title: 'StaDifZ: Stable Diffusion with Feature Zapping for Anomaly Detection', text: 'We propose StaDifZ for unsupervised anomaly detection.', field: 'models', not: ['Stable Diffusion'] },
    { why: 'the same name outside the expansion still counts', title: 'QuuxAD: Anomaly Detection with Stable Diffusion', text: 'We propose QuuxAD for anomaly detection.', field: 'models', has: ['Stable Diffusion'] },
  ]);
});

describe('study papers and LVLMs', () => {
  check<FacetField>([
    { why: '"we investigate the capabilities of X" is an evaluation', text: 'In this paper, we investigate the capabilities of large language models in detecting anomalies.', field: 'settings', has: ['evaluation'] },
    { why: 'a method with capabilities is not', text: 'Our method improves the reasoning of the detector.', field: 'settings', not: ['evaluation'] },
  ]);
  check<FacetField>([
    { why: 'an LVLM is a vision-language model and a multimodal LLM', text: 'We build a unified LVLM for industrial anomaly detection.', field: 'techniques', has: ['vision-language', 'multimodal-llm'] },
  ]);
});

describe('components go nowhere', () => {
  const fields: NamedField[] = ['methods_proposed', 'methods_mentioned', 'datasets', 'models'];
  it.each([
    ['a named loss', 'We propose Zorblax, a novel detector. Additionally, we propose a Soft Quux Loss to weigh hard samples.', 'Soft Quux Loss'],
    ['a module whose acronym is also a dataset name', 'We propose Zorblax. The model consists of the Diffusion Anomaly Generation Module (DAGM) and a scorer.', 'DAGM'],
    ['an acronym the paper defines on a backbone name', 'Zorblax includes the CLIP visual encoder with V-V attention (CLIP-VV) and an adapter.', 'CLIP-VV'],
  ])('%s', (_why, text, name) => {
    const e = extractEntities(paper('Zorblax: Detecting Anomalies', text));
    for (const f of fields) expect(norms(e[f] as { name: string }[]), f).not.toContain(normName(name));
  });
  it('a plural topic after "based on" is not a baseline', () => {
    const e = extractEntities(paper('A Study', 'Recently, some methods based on Large Vision-Language Models (LVLMs) have been proposed.'));
    expect(norms(e.methods_mentioned)).not.toContain(normName('Large Vision-Language Models'));
  });
});

describe('size and version suffixes keep the name', () => {
  check<NamedField>([
    { why: 'a size letter', text: 'We use the DINOv2-B backbone and a CLIP-L text encoder.', field: 'models', has: ['DINOv2', 'CLIP'] },
  ]);
});

describe('prior-art words before the paper\'s own acronym', () => {
  check<NamedField>([
    { why: '"unlike popular methods, we propose X (ACR)" is still proposed', text: 'Unlike popular reconstruction methods, we propose a novel Zorb Quux Network (ZQN) for anomaly detection.', field: 'methods_proposed', has: ['ZQN'] },
    { why: '"existing" is not enough to make an acronym prior work', text: 'Unlike existing approaches, this paper presents Quux Zorb Detection (QZD), a framework for logs.', field: 'methods_proposed', has: ['QZD'] },
  ]);
});

describe('a standard setting is still the setting', () => {
  check<FacetField>([
    { why: '"under the standard zero-shot setting"', text: 'We evaluate under the standard zero-shot setting on industrial images.', field: 'settings', has: ['zero-shot'] },
    { why: 'a new evaluation measure is an evaluation', text: 'We propose a new evaluation measure for time-series detectors.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe("the paper's own applications", () => {
  check<FacetField>([
    { why: '"we demonstrate applications in medical imaging" is the paper\'s domain', text: 'We demonstrate applications in medical imaging and report a 5% gain.', field: 'domains', has: ['medical'] },
  ]);
});

describe('a hyphenated name ending in a task acronym is still the proposal', () => {
  check<NamedField>([
    { why: '"we present a novel X-VAD, <long form>"', text: 'We present a novel ZQ-VAD, Zorb Quux for Video Anomaly Detection, which encodes events. Our ZQ-VAD improves results.', field: 'methods_proposed', has: ['ZQ-VAD'], not: ['VAD'] },
    { why: '"we propose a simple yet effective X-IAD"', text: 'We propose a simple yet effective Quux-IAD for defect detection.', field: 'methods_proposed', has: ['Quux-IAD'] },
    { why: 'the task acronym alone is no name', text: 'We present a novel approach to VAD, which encodes events.', field: 'methods_proposed', not: ['VAD'] },
  ]);
});

describe('a capitalised multiword name before a method head noun', () => {
  check<NamedField>([
    { why: '"we introduce a <Name> approach", ending in a model name', text: 'In this work, we introduce a Dual-Zorb Enhanced CLIP approach, leveraging a joint scoring system.', field: 'methods_proposed', has: ['Dual-Zorb Enhanced CLIP'], not: ['CLIP'] },
    { why: '... the model it ends in is still a model', text: 'In this work, we introduce a Dual-Zorb Enhanced CLIP approach, leveraging a joint scoring system.', field: 'models', has: ['CLIP'] },
    { why: '"we propose a <Name> framework"', text: 'We propose a Multi-Quux Zorb Alignment framework for logs.', field: 'methods_proposed', has: ['Multi-Quux Zorb Alignment'] },
    { why: 'a generic kind of network before the head noun is no name', text: 'We propose a Graph Neural Network model for fraud.', field: 'methods_proposed', not: ['Graph Neural Network'] },
    { why: '... nor a capitalised generic phrase without a name-shaped word', text: 'We introduce a Simple Feature Alignment method for images.', field: 'methods_proposed', not: ['Simple Feature Alignment'] },
  ]);
});

describe('an unknown name-shaped dataset after a data word', () => {
  check<NamedField>([
    { why: '"the dataset of X"', text: 'Our results on the two-version dataset of ZORBLOG-Quux show that the model is better.', field: 'datasets', has: ['ZORBLOG-Quux'] },
    { why: '"on the benchmark X"', text: 'We report gains on the benchmark Quux-10K and on two others.', field: 'datasets', has: ['Quux-10K'] },
    { why: 'a plural acronym counts things of a kind', text: 'Our experiments on a real dataset of WZMs show that sparse convolution helps.', field: 'datasets', not: ['WZMs'] },
    { why: 'a modality before its noun is no dataset', text: 'We collect a dataset of MRI scans from two hospitals.', field: 'datasets', not: ['MRI'] },
  ]);
});

describe('a known model with a parameter size is that model', () => {
  check<NamedField>([
    { why: 'InternVL3-8B: the sized name, the family as alias', text: 'We improve over the base model (InternVL3-8B) by 7%.', field: 'models', has: ['InternVL3-8B', 'InternVL3'] },
    { why: 'LLaVA-1.5-13B', text: 'We fine-tune LLaVA-1.5-13B on defect captions.', field: 'models', has: ['LLaVA-1.5-13B', 'LLaVA-1.5'], not: ['LLaVA'] },
    { why: 'Llama-3-8B', text: 'We use Llama-3-8B as the language model.', field: 'models', has: ['Llama 3'] },
    { why: 'a resolution or patch size is no parameter size', text: 'We use the ViT-L/14 encoder of CLIP.', field: 'models', has: ['ViT-L/14'], not: ['ViT-L/14-14'] },
  ]);
});

describe('recent methods, models and datasets of the lexicon', () => {
  check<NamedField>([
    { why: 'GRPO is a mentioned method', text: 'We train the detector with Group Relative Policy Optimization (GRPO).', field: 'methods_mentioned', has: ['GRPO'] },
    { why: 'the RX detector is a mentioned method', text: 'We compare with four RX-based detectors and the classic RX on line scans.', field: 'methods_mentioned', has: ['RX'] },
    { why: 'a model the proposal leverages is a model, not the proposal', text: 'We introduce Zorbly, a framework that leverages VLM-R1, a multimodal large language model, for inspection.', field: 'models', has: ['VLM-R1'] },
    { why: '... and not a proposed method', text: 'We introduce Zorbly, a framework that leverages VLM-R1, a multimodal large language model, for inspection.', field: 'methods_proposed', has: ['Zorbly'], not: ['VLM-R1'] },
    { why: 'log datasets', text: 'Experiments on the HDFS, BGL and Thunderbird datasets and on LOGEVOL show gains.', field: 'datasets', has: ['HDFS', 'BGL', 'Thunderbird', 'LogEvol'] },
  ]);
});

describe('a lexicon acronym the paper defines as its own dataset', () => {
  check<NamedField>([
    { why: '"we introduce the <long form> (RIAD), a ... dataset": the dataset, not the method RIAD', text: 'We propose Zorbly for inspection. Furthermore, we introduce the Real Industrial Anomaly Detection (RIAD), a comprehensive dataset with descriptions. Experiments on RIAD show gains.', field: 'datasets', has: ['RIAD'] },
    { why: '... and no method of that name', text: 'We propose Zorbly for inspection. Furthermore, we introduce the Real Industrial Anomaly Detection (RIAD), a comprehensive dataset with descriptions. Experiments on RIAD show gains.', field: 'methods_mentioned', not: ['RIAD'] },
    { why: 'the method RIAD named plainly stays a method', text: 'Our detector outperforms RIAD and DRAEM on MVTec AD.', field: 'methods_mentioned', has: ['RIAD'] },
  ]);
});

describe('an ambiguous dataset spelling in a title-case title needs dataset context', () => {
  check<NamedField>([
    { why: '"Brain MRI" in a title is the modality', title: 'Zorbing the Quux to Enhance Unsupervised Brain MRI Anomaly Detection', text: 'We detect lesions in brain scans with diffusion models.', field: 'datasets', not: ['BrainMRI'] },
    { why: 'the dataset in a dataset context is still found', text: 'We evaluate on the Brain MRI dataset and on BraTS.', field: 'datasets', has: ['BrainMRI'] },
  ]);
});

describe('a named method the paper works through gives its techniques', () => {
  check<FacetField>([
    { why: '"through DDIM Inversion" is diffusion', text: 'Our method enables controlled defect synthesis through DDIM Inversion.', field: 'techniques', has: ['diffusion'] },
    { why: 'a baseline it builds upon does not state its technique', text: 'Our method builds upon DRAEM and improves segmentation.', field: 'techniques', not: ['reconstruction'] },
  ]);
});

describe('an acronym the paper defines as a task is not the lexicon entity of that name', () => {
  check<NamedField>([
    { why: '"Anomalous Sound Detection (ASD)" is the task, not the server dataset ASD', text: 'Anomalous Sound Detection (ASD) aims at finding faulty machines. We evaluate our ASD system on the DCASE 2023 Task 2 dataset.', field: 'datasets', has: ['DCASE'], not: ['ASD'] },
    { why: 'the dataset named plainly is still found', text: 'Experiments on SMD, ASD and PSM datasets show gains.', field: 'datasets', has: ['ASD', 'SMD'] },
  ]);
  check<FacetField>([
    { why: '... and gives no time-series domain', text: 'Anomalous Sound Detection (ASD) aims at finding faulty machines. We evaluate our ASD system on the DCASE 2023 Task 2 dataset.', field: 'domains', has: ['audio'], not: ['time-series'] },
  ]);
});

describe('domains from why the task matters, prior work and architectures are not the paper\'s', () => {
  check<FacetField>([
    { why: '"crucial to assessing the security of systems" is motivation', text: 'Log anomaly detection finds atypical patterns in log data that are crucial to assessing the security of systems. We propose Zorblog for system logs.', field: 'domains', has: ['computing-systems'], not: ['security'] },
    { why: '... but the paper\'s own security data is its domain', text: 'We propose Zorbnet, which detects intrusions in network traffic.', field: 'domains', has: ['security'] },
    { why: 'a prior-work sentence lists other methods\' data', text: 'Current detectors excel with industrial data but struggle with natural images. We propose Quuxnet for brain MRI scans.', field: 'domains', has: ['medical'], not: ['industrial', 'natural-images'] },
    { why: '"3D brain MRI" is medical imaging, not the 3d domain', text: 'We detect tumours in 3D brain MRI volumes with 3D convolutional networks.', field: 'domains', has: ['medical'], not: ['3d'] },
    { why: 'a point cloud paper is 3d', text: 'We detect defects in 3D point clouds of industrial parts.', field: 'domains', has: ['3d'] },
    { why: 'an LLM that helps a vision-language model does not make the data text', text: 'We prompt a large language model to write class descriptions for CLIP and detect out-of-distribution samples zero-shot.', field: 'domains', not: ['text'] },
    { why: 'an LLM paper with no other data is about text', text: 'We study whether large language models can find anomalies in reviews.', field: 'domains', has: ['text'] },
  ]);
});

describe('facet cues that name a tool, a community or another kind of data', () => {
  check<FacetField>([
    { why: 'a Gaussian mixture that learns boundaries is no density estimation', text: 'We devise regularities that leverage an anomaly-aware Gaussian mixture to learn precise event boundaries.', field: 'techniques', not: ['density-estimation'] },
    { why: 'a Gaussian mixture fitted to features is density estimation', text: 'We fit a Gaussian mixture to the normal features and score samples by their likelihood.', field: 'techniques', has: ['density-estimation'] },
    { why: 'temporal localization in a video is not anomaly localization', text: 'Our detector pinpoints temporal intervals of abnormal events using only video-level labels.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'pixel-level localization still is', text: 'Our detector localizes anomalies at the pixel level on industrial images.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'a pre-trained segmentation model is a tool, not the setting', text: 'Our maps need no pre-trained segmentation model.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"recent zero-shot techniques" are prior work', text: 'We propose a score leveraging recent Zero-Shot and memory-based techniques.', field: 'settings', not: ['zero-shot'] },
    { why: '"in the zero-shot setting" is the paper\'s own', text: 'We evaluate Zorbnet in the zero-shot setting.', field: 'settings', has: ['zero-shot'] },
    { why: '"academia and industry" is no industrial data', text: 'Anomalous sound detection has gained interest from both academia and industry. We detect faults in machine sounds.', field: 'domains', has: ['audio'], not: ['industrial'] },
    { why: '"industrial time series" is time-series data', text: 'We present Zorbshape for industrial time series anomaly detection.', field: 'domains', has: ['time-series'], not: ['industrial'] },
    { why: 'industrial images are industrial', text: 'We present Zorbshape for industrial defect inspection.', field: 'domains', has: ['industrial'] },
  ]);
});

describe('standard wordings of facets', () => {
  check<FacetField>([
    { why: '"AUC-PR" is AUPR', text: 'Our method gains 6% on AUC-PR and 2% on AUC-ROC.', field: 'metrics', has: ['AUPR', 'AUROC'] },
    { why: 'an acronym the paper defines as something else is no metric', text: 'The proactive prediction of anomalies (AP) in sensor data is hard. We improve AP lead time.', field: 'metrics', not: ['AUPR'] },
    { why: '"average precision (AP)" still is', text: 'We report average precision (AP) on two sets.', field: 'metrics', has: ['AUPR'] },
    { why: '"lines per second" is throughput', text: 'Zorbx processes 561 lines per second on an edge device.', field: 'metrics', has: ['throughput'] },
    { why: 'defect generation is anomaly generation', text: 'We propose a background-aware defect generation framework that synthesizes realistic defect samples.', field: 'settings', has: ['anomaly-generation'] },
    { why: '... with synthetic anomalies', text: 'We propose a background-aware defect generation framework that synthesizes realistic defect samples.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: 'a soft prompt is prompt learning', text: 'For few-shot detection, Zorbx integrates a soft prompt into the model.', field: 'techniques', has: ['prompt-learning'] },
    { why: '"between vision and language" is vision-language', text: 'Zorbx encodes semantics between vision and language for video events.', field: 'techniques', has: ['vision-language'] },
  ]);
});

describe('metric acronyms defined by metric words stay metrics', () => {
  check<FacetField>([
    { why: '"image-level AUROC (I-AUROC)"', text: 'We report image-level AUROC (I-AUROC) and pixel-level AUROC (P-AUROC) on MVTec AD.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
  ]);
});

describe('image words that name no natural-images domain', () => {
  check<FacetField>([
    { why: 'a kind of images in a list is not the image modality', text: 'We curate seven datasets of five image modalities, including chest X-rays, brain MRIs, dermatoscopic images, and histopathology images, for medical evaluation.', field: 'domains', has: ['medical'], not: ['natural-images'] },
    { why: 'modalities listed as such still give the domains', text: 'Zorbx handles video, image, text and audio modalities for medical records.', field: 'domains', has: ['natural-images', 'text'] },
    { why: '"from natural imagery to medical images": the source domain is not the paper\'s', text: 'Our adaptation moves the focus from object semantics in natural imagery to anomaly identification in medical images.', field: 'domains', has: ['medical'], not: ['natural-images'] },
  ]);
});

describe('background clauses and idioms', () => {
  check<FacetField>([
    { why: '"equal attention to" is the idiom, not the mechanism', text: 'Zorbx uses filter banks ensuring equal attention to all frequency ranges.', field: 'techniques', not: ['attention'] },
    { why: 'an attention module is the mechanism', text: 'Zorbx uses a cross-attention module over patches.', field: 'techniques', has: ['attention'] },
    { why: 'a "While ..." sentence describes what models already do', text: 'While multimodal models show strong vision-language reasoning abilities, their use in inspection is limited. We propose Zorbx for defects.', field: 'techniques', not: ['vision-language'] },
    { why: 'an experimental comparison is an evaluation', text: 'In this paper, we report on an experimental comparison of a fine-tuned LLM and alternative models for log anomaly detection.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('guards of the new name rules', () => {
  check<NamedField>([
    { why: '"we benchmark X and Y": the verb, not a dataset', text: 'We benchmark Zorb-7B and Quux-13B on defect questions.', field: 'datasets', not: ['Zorb-7B'] },
    { why: 'a known model before a head noun is used, not proposed', text: 'We build a Grounding DINO pipeline for defect boxes.', field: 'methods_proposed', not: ['Grounding DINO'] },
    { why: '... and stays a model', text: 'We build a Grounding DINO pipeline for defect boxes.', field: 'models', has: ['Grounding DINO'] },
    { why: 'a task-like long form before "dataset" keeps the lexicon dataset', text: 'We evaluate on the Pose-agnostic Anomaly Detection (PAD) dataset and on MVTec AD.', field: 'datasets', has: ['PAD', 'MVTec AD'] },
  ]);
});

describe('a name-shaped token before a method head noun after a proposal verb', () => {
  check<NamedField>([
    { why: '"we introduce a novel X-TSAD approach"', text: 'In this paper, we introduce a novel ZQ-TSAD approach for sensor streams.', field: 'methods_proposed', has: ['ZQ-TSAD'] },
    { why: 'the words of a long form are not a second name', text: 'We present Zorb Quux for Anomaly Detection (ZQ-AD), which learns prototypes.', field: 'methods_proposed', has: ['ZQ-AD'], not: ['Zorb Quux'] },
    { why: 'generic parts joined by a hyphen are no name', text: 'We propose a novel CNN-LSTM model for sensor data.', field: 'methods_proposed', not: ['CNN-LSTM'] },
    { why: '... nor dimensions', text: 'We propose a novel 2D-3D approach for point clouds.', field: 'methods_proposed', not: ['2D-3D'] },
    { why: 'a modifier made from a model name is no name', text: 'We propose a novel CLIP-based framework for defects.', field: 'methods_proposed', not: ['CLIP'] },
    { why: '... and the model stays a model', text: 'We propose a novel CLIP-based framework for defects.', field: 'models', has: ['CLIP'] },
  ]);
});

describe('domains named as the source of an idea or as a means of the method', () => {
  check<FacetField>([
    { why: '"Inspired by the success of LLMs in NLP, ...": the idea\'s source, not the paper\'s data', text: 'Inspired by the success of language models in natural language processing, we build Zorbx for sensor time series.', field: 'domains', has: ['time-series'], not: ['text'] },
    { why: '... also when motivated by it', text: 'Motivated by progress in image classification, we propose Zorbx for server logs in time series form.', field: 'domains', not: ['natural-images'] },
    { why: 'a domain after the inspiration clause is still the paper\'s', text: 'Inspired by masked modelling, we propose Zorbx for natural language processing corpora.', field: 'domains', has: ['text'] },
    { why: '"retrieval-augmented": retrieval as a means, not a retrieval task', text: 'We propose a retrieval-augmented detector, Zorbx, for sensor time series.', field: 'domains', not: ['retrieval'] },
    { why: '... "retrieval based" likewise', text: 'Zorbx is a retrieval based scorer for sensor time series.', field: 'domains', not: ['retrieval'] },
    { why: 'composed image retrieval is the retrieval domain', text: 'We study composed image retrieval with text feedback and propose Zorbx.', field: 'domains', has: ['retrieval'] },
  ]);
});

describe('a neighbourhood is not nearest-neighbour search', () => {
  check<FacetField>([
    { why: 'graph neighbourhoods are the graph\'s structure', text: 'We propose Zorbx, which learns unified neighborhood prompts for graph anomaly detection.', field: 'techniques', not: ['nearest-neighbor'] },
    { why: 'a local neighbourhood of points is a receptive field', text: 'Zorbx aggregates local neighbourhood context of each point to capture geometry.', field: 'techniques', not: ['nearest-neighbor'] },
    { why: 'the technique\'s own words still tag it', text: 'Zorbx scores each patch by its k-nearest neighbor distance to a bank of normal features.', field: 'techniques', has: ['nearest-neighbor'] },
  ]);
});

describe('fine-grained visual abilities are not the fine-grained classification domain', () => {
  check<FacetField>([
    { why: '"fine-grained visual understanding" is an ability of the model', text: 'We first tune Zorbx for fine-grained visual understanding of defects on printed boards.', field: 'domains', not: ['natural-images'] },
    { why: '"fine-grained visual discrimination" likewise', text: 'Zorbx bridges the gap to the fine-grained visual discrimination needed for subtle defects.', field: 'domains', not: ['natural-images'] },
    { why: 'fine-grained visual classification is the domain', text: 'We evaluate Zorbx as an open-set detector for fine-grained visual classification of birds.', field: 'domains', has: ['natural-images'] },
    { why: '... and fine-grained visual categorization', text: 'Zorbx improves fine-grained visual categorization under distribution shift.', field: 'domains', has: ['natural-images'] },
  ]);
});

describe('modality words naming the parts of a model are not data domains', () => {
  check<FacetField>([
    { why: '"image and text encoders" are a model\'s parts', text: 'Zorbx detects defects on industrial parts. It adds a module following image and text encoders to align visual and text embeddings.', field: 'domains', has: ['industrial'], not: ['text'] },
    { why: '"image, video and text modalities" are the data\'s kinds', text: 'Zorbx handles image, video and text modalities for anomaly detection in industrial settings.', field: 'domains', has: ['text'] },
  ]);
});

describe('a name that goes on past a version point is not cut at the point', () => {
  check<NamedField>([
    { why: '"built on Qwen2.5-VL 3B" is no baseline "Qwen2"', text: 'We propose Zorbx, a tiny multimodal model built on Qwen2.5-VL 3B.', field: 'methods_mentioned', not: ['Qwen2'] },
    { why: '... the model is still found', text: 'We propose Zorbx, a tiny multimodal model built on Qwen2.5-VL 3B.', field: 'models', has: ['Qwen2.5-VL'] },
    { why: 'an unknown versioned baseline is not cut to its stem', text: 'Zorbx outperforms BlorpDet and QuuxNet2.1 on both benchmarks.', field: 'methods_mentioned', has: ['BlorpDet'], not: ['QuuxNet2'] },
  ]);
});

describe('a new name made of a known dataset and a letter-code suffix is a dataset', () => {
  check<NamedField>([
    { why: '"we present ImageNet-X" introduces a variant of ImageNet', text: 'We introduce new benchmarks. First, we present ImageNet-X, designed to evaluate detectors under semantic shift.', field: 'datasets', has: ['ImageNet-X'] },
    { why: '... and is no proposed method', text: 'We introduce new benchmarks. First, we present ImageNet-X, designed to evaluate detectors under semantic shift.', field: 'methods_proposed', not: ['ImageNet-X'] },
    { why: 'a method named after a model keeps being a method', text: 'We propose CLIP-AD, a method for zero-shot detection.', field: 'methods_proposed', has: ['CLIP-AD'] },
    { why: 'a suffix that is a word is no dataset variant', text: 'We present MVTec-Zorb, designed to evaluate detectors.', field: 'datasets', not: ['MVTec-Zorb'] },
  ]);
});

describe('a method paper\'s experiments are no evaluation study', () => {
  check<FacetField>([
    { why: '"comprehensive evaluation across datasets demonstrates" reports experiments', text: 'We propose Zorbx for defect detection. Comprehensive evaluation across multiple industrial datasets demonstrates gains.', field: 'settings', not: ['evaluation'] },
    { why: '"through comprehensive analysis and experiments, we verify" likewise', text: 'We propose Zorbx. Through comprehensive analysis and experiments, we verify that it works.', field: 'settings', not: ['evaluation'] },
    { why: '"a comprehensive analysis of X" studies X', text: 'We present a comprehensive analysis of contemporary LLM capabilities in time series anomaly detection.', field: 'settings', has: ['evaluation'] },
    { why: '"a comprehensive evaluation of X" likewise', text: 'This paper offers a comprehensive evaluation of anomaly detectors on medical images.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('a technique the paper avoids or only matches is not its own', () => {
  check<FacetField>([
    { why: '"while avoiding fine-tuning" says it is not used', text: 'Zorbx adapts frozen models to new series while avoiding domain-dependent fine-tuning.', field: 'techniques', not: ['fine-tuning'] },
    { why: '"comparable to fine-tuning" compares with it', text: 'Zorbx achieves a performance comparable to in-domain fine-tuning on sensor data.', field: 'techniques', not: ['fine-tuning'] },
    { why: 'a technique the paper uses is still tagged', text: 'We adapt the encoder by fine-tuning it on normal samples.', field: 'techniques', has: ['fine-tuning'] },
  ]);
});

describe('"However, existing ..." sentences describe prior work', () => {
  check<FacetField>([
    { why: '"However, existing methods use node embeddings": prior work\'s technique', text: 'We study fraud on graphs. However, existing graph fraud detection methods typically use preprocessed node embeddings and fixed structures. We propose Zorbx, which reads raw attributes.', field: 'techniques', not: ['embedding'] },
    { why: '"However, current methods rely on reconstruction" likewise', text: 'We study defects. However, current methods rely on reconstruction of normal images. We propose Zorbx, a scoring rule.', field: 'techniques', not: ['reconstruction'] },
    { why: 'a "However," sentence about the paper\'s own design still counts', text: 'We study defects. However, we adopt knowledge distillation between a teacher and a student.', field: 'techniques', has: ['knowledge-distillation'] },
  ]);
});

describe('a variant of a known dataset takes its domain', () => {
  check<FacetField>([
    { why: '"we present ImageNet-X" is natural images like ImageNet', text: 'We introduce new benchmarks. First, we present ImageNet-X, designed to evaluate detectors under semantic shift.', field: 'domains', has: ['natural-images'] },
  ]);
});

describe('a paper introducing benchmarks with words between is an evaluation paper', () => {
  check<FacetField>([
    { why: '"three novel OOD detection benchmarks"', text: 'To address this, we introduce three novel OOD detection benchmarks that reflect real-world conditions.', field: 'settings', has: ['evaluation'] },
    { why: '"a novel benchmark" still', text: 'We introduce a novel benchmark for logical anomalies.', field: 'settings', has: ['evaluation'] },
    { why: 'results on benchmarks are not a new benchmark', text: 'Zorbx achieves novel state-of-the-art results on standard benchmarks.', field: 'settings', not: ['evaluation'] },
  ]);
});

describe('standard wordings of prompt learning and reinforcement learning', () => {
  check<FacetField>([
    { why: '"prompt-driven" like "prompt-guided"', title: 'Zorbx: Robust Prompt-driven Multi-Class Anomaly Detection', text: 'We propose Zorbx for defects.', field: 'techniques', has: ['prompt-learning'] },
    { why: '"a fine-grained reward mechanism" is reinforcement learning', text: 'We develop a fine-grained reward mechanism that turns binary feedback into continuous signals.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: '"reward optimization" likewise', title: 'Zorbx: Multimodal Models for Anomaly Detection via Fine-Grained Reward Optimization', text: 'We propose Zorbx.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: 'a reward in plain English is no reinforcement learning', text: 'The reward of this design is a simpler pipeline.', field: 'techniques', not: ['reinforcement-learning'] },
  ]);
});

describe('a multimodal language model is a multimodal LLM, not a text LLM', () => {
  check<FacetField>([
    { why: '"a tiny multimodal language model" is multimodal-llm', text: 'We propose Zorbx, a customized tiny multimodal language model for logical anomaly detection.', field: 'techniques', has: ['multimodal-llm'], not: ['llm'] },
    { why: 'a plain language model is still llm', text: 'We prompt a language model to explain log anomalies.', field: 'techniques', has: ['llm'] },
  ]);
});

describe('a sentence whose subject is prior work gives no technique, wherever it starts', () => {
  check<FacetField>([
    { why: '"To do so, the most recent effort relies on a reconstruction task"', text: 'We study tabular data. To do so, the most recent effort relies on a learnable mask strategy with a reconstruction task. We propose Zorbx, which disentangles features.', field: 'techniques', not: ['reconstruction'] },
    { why: '"In practice, existing methods use memory banks"', text: 'We study defects. In practice, existing methods use memory banks of patch features. We propose Zorbx, a scoring rule.', field: 'techniques', not: ['memory-bank'] },
    { why: 'the paper\'s own use next to prior work still counts', text: 'Unlike a single bank, our Zorbx keeps a memory bank per class, which existing methods lack.', field: 'techniques', has: ['memory-bank'] },
    { why: 'a comparison with existing methods is the paper\'s result', text: 'Zorbx with knowledge distillation outperforms existing methods on four datasets.', field: 'techniques', has: ['knowledge-distillation'] },
  ]);
});

describe('"3D" naming an architecture is no 3d domain', () => {
  check<FacetField>([
    { why: '"outperforms 2D and 3D models" compares architectures', text: 'For large brain volumes, our Zorbx outperforms the state-of-the-art 2D and 3D models in memory use.', field: 'domains', not: ['3d'] },
    { why: '3D data is still 3d', text: 'We detect anomalies in 3D point clouds of industrial parts with Zorbx.', field: 'domains', has: ['3d'] },
  ]);
});

describe('a vision-language model\'s text embeddings are no embedding technique', () => {
  check<FacetField>([
    { why: '"CLIP embedding distance" is the VLM\'s similarity', text: 'Zorbx selects class labels nearest to the ID classes in terms of CLIP embedding distance.', field: 'techniques', not: ['embedding'] },
    { why: '"text embeddings" of the prompts likewise', text: 'Zorbx matches image features with the text embeddings of two prompts.', field: 'techniques', not: ['embedding'] },
    { why: 'a learned embedding space is the technique', text: 'Zorbx learns a compact feature embedding space where normal samples cluster.', field: 'techniques', has: ['embedding'] },
  ]);
});

describe('an LLM paper on graphs is not about text data', () => {
  check<FacetField>([
    { why: 'LLMs that enrich a GNN\'s nodes: the data is a graph', title: 'Zorbx: LLM Enhanced Graph Fraud Detection', text: 'Graph Neural Networks (GNNs) model relations among accounts. We propose Zorbx, which uses LLMs to enrich node attributes for a GNN.', field: 'domains', not: ['text'] },
    { why: 'an LLM paper with no other data is still text', title: 'Zorbx: Detecting Anomalous Reviews with LLMs', text: 'We prompt large language models to flag anomalous reviews.', field: 'domains', has: ['text'] },
  ]);
});

describe('supervised learning as the contrast, reasoning as a model ability', () => {
  check<FacetField>([
    { why: 'prior work based on supervised learning is not the paper\'s setting', text: 'State-of-the-art approaches are mostly based on supervised learning making use of large annotated datasets. We propose Zorbx, trained on normal scans only.', field: 'settings', not: ['supervised'] },
    { why: 'a cost of supervised learning is not the paper\'s setting', text: 'Collecting annotated data for supervised learning is exceptionally cumbersome. Zorbx predicts future frames.', field: 'settings', not: ['supervised'] },
    { why: 'the paper\'s own supervised setting is', text: 'We propose Zorbx for supervised anomaly detection with a few labelled defects.', field: 'settings', has: ['supervised'] },
    { why: 'a supervised title is', title: 'Zorbx: Open-set Supervised Anomaly Detection', text: 'We learn from seen anomaly classes.', field: 'settings', has: ['supervised'] },
    { why: 'the reasoning capabilities of MLLMs are what the models can do', text: 'We leverage the understanding and reasoning capabilities of multimodal large language models to shape a negative space.', field: 'settings', not: ['reasoning'] },
    { why: 'their semantic reasoning likewise', text: 'Researchers use MLLMs for this, leveraging their high-level semantic reasoning. We propose Zorbx.', field: 'settings', not: ['reasoning'] },
    { why: 'reasoning in a list of tasks models do', text: 'Large multimodal models have shown perception abilities on vision tasks such as image captioning, visual understanding, visual reasoning, etc. We propose Zorbx for inspection.', field: 'settings', not: ['reasoning'] },
    { why: 'a benchmark that tests reasoning capabilities sets reasoning', text: 'Telling real from synthetic data tests the perception, knowledge, and reasoning capabilities of LMMs.', field: 'settings', has: ['reasoning'] },
    { why: 'the paper\'s reasoning task is reasoning', text: 'We propose Zorbx, which explains anomalies through chain-of-thought reasoning.', field: 'settings', has: ['reasoning'] },
  ]);
});

describe('idioms of attention; graph attention networks', () => {
  check<FacetField>([
    { why: '"lots of attention" is interest', text: 'Graph-based fraud detection approaches have escalated lots of attention recently. We propose Zorbx.', field: 'techniques', not: ['attention'] },
    { why: '"a great deal of attention" likewise', text: 'This task has received a great deal of attention. We propose Zorbx.', field: 'techniques', not: ['attention'] },
    { why: 'a graph attention network is a GNN built on attention', text: 'We propose Zorbx, a graph attention network over sensors.', field: 'techniques', has: ['graph-neural-network', 'attention'] },
    { why: 'network flows are not normalizing flows', text: 'We apply GNNs to network intrusion detection using flow-based data.', field: 'techniques', not: ['normalizing-flow'] },
    { why: 'a flow-based generative model is one', text: 'Zorbx is a flow-based generative model of normal features.', field: 'techniques', has: ['normalizing-flow'] },
  ]);
});

describe('operations data and fake images', () => {
  check<FacetField>([
    { why: 'KPIs of web applications are time series of computing systems', title: 'Zorbx: Anomaly Detection for Seasonal KPIs in Web Applications', text: 'Internet companies monitor KPIs to keep services reliable.', field: 'domains', has: ['time-series', 'computing-systems'] },
    { why: 'fake image detectors work on natural images', title: 'Towards Universal Fake Image Detectors', text: 'We detect fake images from many generative models with a nearest-neighbour classifier.', field: 'domains', has: ['natural-images'] },
    { why: 'fake image detectors are synthetic-data detection', title: 'Towards Universal Fake Image Detectors', text: 'We detect fake images from many generative models.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'image forgery detection likewise', title: 'Zorbx: Explainable Image Forgery Detection and Localization', text: 'Zorbx judges image authenticity and masks tampered regions.', field: 'domains', has: ['natural-images'] },
    { why: 'deepfake video detection is video only', title: 'Zorbx: Deepfake Detection in Videos', text: 'We detect manipulated faces in video frames and images.', field: 'domains', has: ['video'], not: ['natural-images'] },
    { why: 'open-set recognition on image datasets is natural images', text: 'We propose Zorbx for open set recognition. Experiments on several standard image datasets show gains.', field: 'domains', has: ['natural-images'] },
    { why: 'open-set recognition of text is not', text: 'We propose Zorbx for open set recognition of intents in dialogue text.', field: 'domains', not: ['natural-images'] },
  ]);
});

describe('a challenge task is named with its edition', () => {
  it.each([
    ['Experiments on the DCASE 2020 Challenge Task 2 dataset show gains.', 'DCASE 2020 Challenge Task 2', 'DCASE 2020'],
    ['Using a frozen encoder on the DCASE 2023 Task 2 development set, we compare backends.', 'DCASE 2023 Task 2', 'DCASE 2023'],
    ['Results on the MIMII and DCASE2022 task 2 datasets are strong.', 'DCASE2022 task 2', 'DCASE2022'],
  ])('%s', (text, name, alias) => {
    const e = extractEntities(paper('Notes on Sounds', text));
    const d = e.datasets.find((x) => normName(x.name) === normName(name));
    expect(d, JSON.stringify(e.datasets)).toBeDefined();
    expect(d!.aliases?.map(normName)).toContain(normName(alias));
  });
  it('an edition without a task stays the edition', () => {
    const e = extractEntities(paper('Notes on Sounds', 'The pattern reproduces on the DCASE 2025 development data.'));
    expect(e.datasets.map((d) => d.name)).toEqual(['DCASE 2025']);
  });
});

describe('data used, labels had, classes seen', () => {
  check<FacetField>([
    { why: 'a dataset the paper uses gives its domain', text: 'Using the MVTec-3D dataset, we contribute a comparison between point cloud and image feature extractors.', field: 'domains', has: ['industrial'] },
    { why: 'a few labelled anomalies are weak supervision, not a few-shot setting', text: 'They cannot leverage prior knowledge (e.g., a few labeled anomalies) when it is available. We propose Zorbx.', field: 'settings', not: ['few-shot'] },
    { why: 'few-shot stated is few-shot', text: 'We propose Zorbx for few-shot anomaly detection.', field: 'settings', has: ['few-shot'] },
    { why: 'unseen anomaly classes are no classification task', text: 'Models trained on seen anomalies fail to generalise to unseen anomaly classes. We propose Zorbx.', field: 'settings', not: ['anomaly-classification'] },
    { why: 'classifying anomaly types is', text: 'Zorbx performs anomaly classification, assigning each defect to its type.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'an industrial dataset of transactions is data from industry', title: 'Zorbx: Transaction Fraud Detection', text: 'Experiments on a large industrial dataset of transactions show Zorbx beats XGBoost.', field: 'domains', has: ['finance'], not: ['industrial'] },
    { why: 'industrial inspection images stay industrial', text: 'Zorbx detects defects in industrial inspection images on MVTec AD.', field: 'domains', has: ['industrial'] },
  ]);
});

describe('benchmarks beside a method, benchmark and study titles', () => {
  check<NamedField>([
    { why: '"Besides, we propose X-Bench, the first ... benchmark" is released data, not a part of the method', text: 'We introduce Zorb-R1, a framework for video anomaly reasoning. Besides, we propose VAU-Bench, the first Chain-of-Thought benchmark tailored for video anomaly reasoning.', field: 'datasets', has: ['VAU-Bench'] },
    { why: 'a module after "Besides" stays a part', text: 'We introduce Zorb-R1, a framework for video anomaly reasoning. Besides, we propose QuuxNorm, a module that rescales features.', field: 'methods_proposed', not: ['QuuxNorm'] },
  ]);
  check<FacetField>([
    { why: 'a benchmark released beside the method sets evaluation', text: 'We introduce Zorb-R1, a framework for video anomaly reasoning. Besides, we propose VAU-Bench, the first Chain-of-Thought benchmark tailored for video anomaly reasoning.', field: 'settings', has: ['evaluation'] },
    { why: 'a title that is a benchmark of methods', title: 'Classical Out-of-Distribution Detection Methods Benchmark in Text Classification Tasks', text: 'We evaluated eight OOD detection methods that are easily integrable into NLP systems.', field: 'settings', has: ['evaluation'] },
    { why: 'a method that generalises across benchmarks is no benchmark', title: 'Zorbx: Deepfake Detection that Generalizes Across Benchmarks', text: 'We propose Zorbx, which fine-tunes only normalisation layers.', field: 'settings', not: ['evaluation'] },
    { why: 'a study after the colon', title: 'Robustness of Deepfake Detection: A Study with Diffusion Models', text: 'We collect fake celebrity faces and test detectors on them.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('settings that prior work has, in what it is said to do', () => {
  check<FacetField>([
    { why: '"Existing works mostly rely on ... in an unsupervised setting"', text: 'Existing works mostly rely on training deep models with video-level supervision or in an unsupervised setting. We propose Zorbx, which prompts an LLM.', field: 'settings', not: ['unsupervised'] },
    { why: '"Although CLIP demonstrates zero-/few-shot performance"', text: 'Although CLIP demonstrates outstanding zero-shot performance on many tasks, it falls short on medical images. We propose Zorbx.', field: 'settings', not: ['zero-shot'] },
    { why: '"existing methods are limited to anomaly localization"', text: 'However, existing MLLM-based methods are largely limited to anomaly localization or post-hoc description. We propose Zorbx.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'the setting inside the subject is the paper\'s field', text: 'Current multi-class unsupervised anomaly detection methods rely on training encoder-decoder models. We propose Zorbx.', field: 'settings', has: ['unsupervised', 'multi-class'] },
    { why: 'a contrast after "while" is the paper\'s point', text: 'Existing advancements primarily focus on model architectures, while devoting insufficient attention to evaluation metrics and benchmarks.', field: 'settings', has: ['evaluation'] },
    { why: 'the paper speaking of itself keeps the setting', text: 'Existing methods rely on labels; we demonstrate zero-shot anomaly detection with Zorbx.', field: 'settings', has: ['zero-shot'] },
  ]);
});

describe('distilling is not knowledge distillation; "no X" is no X', () => {
  check<FacetField>([
    { why: '"distilling it into reusable frameworks" is a metaphor', text: 'Zorbx builds a knowledge base and distills it into reusable analysis frameworks.', field: 'techniques', not: ['knowledge-distillation'] },
    { why: '"a hint distilled from a pretrained model" likewise', text: 'Zorbx enriches the input with a hint distilled from a pretrained encoder.', field: 'techniques', not: ['knowledge-distillation'] },
    { why: 'knowledge distillation is', text: 'Zorbx uses knowledge distillation from a teacher network.', field: 'techniques', has: ['knowledge-distillation'] },
    { why: 'a distillation-based method is', title: 'Distillation-based Fabric Anomaly Detection', text: 'We detect defects in fabrics.', field: 'techniques', has: ['knowledge-distillation'] },
    { why: '"require no fine-tuning" is no fine-tuning', text: 'The framework is practical and requires no fine-tuning, prompts, or supervision.', field: 'techniques', not: ['fine-tuning'] },
  ]);
});

describe('LLM agents, generation titles, accuracy as a result, spatial localization', () => {
  check<FacetField>([
    { why: 'MLLM agents prompt models; they are not trained by reward', text: 'We propose Zorbx, a framework that integrates Multimodal Large Language Model (MLLM) agents to analyse traffic videos.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'a multi-agent LLM framework likewise', title: 'Zorbx: A Multi-Agent LLM Framework for Time Series Anomalies', text: 'Specialised analysers collaborate.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'a search agent encouraged to take actions is RL', text: 'A controller, which acts as a search agent, is encouraged to take actions that maximise detection performance.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: 'the Curiosity rover is no curiosity-driven learning', text: 'We use telemetry from the Mars Science Laboratory rover, Curiosity.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'a defect generation title', title: 'Zorbx: Realistic Defect Generation with Inpainting Diffusion', text: 'We synthesise defects on normal parts.', field: 'settings', has: ['anomaly-generation'] },
    { why: 'prompt generation is no anomaly generation', title: 'Zero-Shot Anomaly Segmentation with Image-Aware Prompt Generation', text: 'We generate prompts per image.', field: 'settings', not: ['anomaly-generation'] },
    { why: 'accuracy as a virtue of the design is no reported metric', text: 'Finally, it employs an LLM to re-check detected anomalous logs, thereby improving accuracy.', field: 'metrics', not: ['accuracy'] },
    { why: 'accuracy reported is', text: 'Zorbx achieves an accuracy of 97.6% on MMAD.', field: 'metrics', has: ['accuracy'] },
    { why: 'spatial localization beside temporal localization is localization', text: 'We define three tasks: temporal localization of the accident, its spatial localization, and collision type classification.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'temporal localization alone is not', text: 'Zorbx pinpoints temporal intervals of anomalous events with video-level labels.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'category-agnostic is class-agnostic', text: 'Differentiating anomalies is harder under category-agnostic conditions; Zorbx handles them.', field: 'settings', has: ['class-agnostic'] },
  ]);
});

describe('a Transformer backbone states no attention technique', () => {
  check<FacetField>([
    { why: 'a memory-guided Transformer is a backbone', title: 'Zorbx: Memory-guided Transformer for Multivariate Time Series Anomaly Detection', text: 'We propose Zorbx, a reconstruction-based approach.', field: 'techniques', not: ['attention'] },
    { why: 'a ViT backbone likewise', text: 'Zorbx utilises a ViT backbone pre-trained on AudioSet.', field: 'techniques', not: ['attention'] },
    { why: 'self-attention stated is attention', text: 'Zorbx adds a multi-head self-attention module to the Transformer.', field: 'techniques', has: ['attention'] },
  ]);
});

describe('"Some recent studies have shown" is prior work', () => {
  check<FacetField>([
    { why: 'what recent studies did with VLMs', text: 'Some recent studies have shown that large pre-trained vision-language models generalise well to industrial defects. We propose Zorbx, which learns residuals from a few normal samples.', field: 'techniques', not: ['vision-language'] },
  ]);
});

describe('model variants and known names the paper defines', () => {
  check<NamedField>([
    { why: 'a name built on a family ("ViT4TS") is not a variant of it', text: 'We propose a two-stage solution with (1) ViT4TS, a vision-screening stage built on a pretrained vision encoder.', field: 'models', not: ['ViT4TS'] },
    { why: 'sizes and versions stay variants', text: 'We compare with Qwen2.5-VL-7B, ResNet-50, GPT-4o and ViT-B/16.', field: 'models', has: ['Qwen2.5-VL-7B', 'ResNet-50', 'GPT-4o', 'ViT-B/16'] },
    { why: 'a known method the paper presents and defines is proposed', title: 'Deep Semi-Supervised Anomaly Detection', text: 'In this work we present Deep SAD, an end-to-end deep methodology for general semi-supervised anomaly detection.', field: 'methods_proposed', has: ['Deep SAD'] },
  ]);
});

describe('embeddings in image papers are features; in graph, text, log and audio papers a technique', () => {
  check<FacetField>([
    { why: 'text embeddings of prompts in an industrial VLM paper', text: 'Zorbx aligns language-level semantic embeddings with visual features to segment defects in industrial images on MVTec AD.', field: 'techniques', not: ['embedding'] },
    { why: 'patch embeddings from an encoder in a medical paper', text: 'The embedding patches extracted from the encoder are compared with a memory bank of normal brain MRI scans.', field: 'techniques', not: ['embedding'] },
    { why: 'node embeddings in a graph paper', text: 'Zorbx models intra-community information into node embeddings with a GCN encoder.', field: 'techniques', has: ['embedding'] },
    { why: 'log vector embeddings in a log paper', text: 'We map system log messages into log vector embeddings with a pre-trained language model.', field: 'techniques', has: ['embedding'] },
  ]);
});

describe('natural images as the field or the pretraining source of an industrial, medical or video paper', () => {
  check<FacetField>([
    { why: '"anomalies in natural images" in an industrial dataset paper', text: 'The unsupervised detection of anomalies in natural images is a challenging problem. We introduce a dataset of industrial inspection images with logical anomalies.', field: 'domains', has: ['industrial'], not: ['natural-images'] },
    { why: 'a teacher pretrained on natural images', text: 'Student networks regress a teacher pretrained on patches from natural images to detect defects on the MVTec AD dataset.', field: 'domains', has: ['industrial'], not: ['natural-images'] },
    { why: 'a natural image dataset the paper evaluates on keeps the tag', text: 'Experiments on MVTec AD and CIFAR-10 show gains.', field: 'domains', has: ['industrial', 'natural-images'] },
  ]);
});

describe('"localized" as an adjective is no localization', () => {
  check<FacetField>([
    { why: '"localized defect features"', text: 'Zorbx enables precise capture of detailed, localized defect features.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"the subtle, localized nature of defects"', text: 'Inspection is difficult due to the subtle, localized nature of many defects. We propose Zorbx.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"anomalies are localized to a part of a frame" is localization', text: 'Since anomalies are usually localized to a part of a frame, Zorbx scores regions.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"localize anomalies" is', text: 'Zorbx can localize anomalies at the pixel level.', field: 'settings', has: ['anomaly-localization'] },
  ]);
});

describe('question titles, multi-class classification, gained attention', () => {
  check<FacetField>([
    { why: 'a question title with no method of its own is an evaluation', title: 'Can LLMs Serve As Time Series Anomaly Detectors?', text: 'We study how well large language models flag anomalies in series.', field: 'settings', has: ['evaluation'] },
    { why: 'a question title with the paper\'s method is not', title: 'Can LLMs Find Fraudsters? Zorbx: LLM Enhanced Graph Fraud Detection', text: 'We propose Zorbx, which enriches node features with LLMs.', field: 'settings', not: ['evaluation'] },
    { why: 'multi-class classification problems are not the multi-class setting', text: 'Although transfer learning is well established in multi-class classification problems, one-class classification is less explored. We propose Zorbx.', field: 'settings', not: ['multi-class'] },
    { why: 'a unified multi-scale module is not a unified multi-class model', text: 'We introduce a Unified Multi-scale Cross-modal Interaction module.', field: 'settings', not: ['multi-class'] },
    { why: 'a unified model for multi-class anomaly detection is', text: 'Zorbx is a unified model for multi-class anomaly detection.', field: 'settings', has: ['multi-class'] },
    { why: '"quickly gained attention and interest" is interest', text: 'Due to its superior performance in object segmentation, SAM quickly gained attention and interest. We test it on defects.', field: 'techniques', not: ['attention'] },
  ]);
});

describe('open-world as the reason OOD detection matters', () => {
  check<FacetField>([
    { why: '"critical for deploying models in the open world"', text: 'Out-of-distribution detection is a critical task for deploying machine learning models in the open world. We propose Zorbx.', field: 'settings', not: ['open-world'], },
    { why: 'an open-world setting the paper works in', title: 'Zorbx: Language-guided Open-world Video Anomaly Detection', text: 'We detect anomalies whose definition changes at test time.', field: 'settings', has: ['open-world'] },
    { why: 'a technique that prior pipelines rely on is theirs', text: 'Unlike conventional pipelines relying on reconstruction, Zorbx treats detection as a question to a language model.', field: 'techniques', not: ['reconstruction'] },
  ]);
});

describe('"The method, called X" under a title that names X; CIFAR; SATLAS', () => {
  check<NamedField>([
    { why: 'the method the title names is the proposal', title: 'Spotting LLMs With Binoculars: Zero-Shot Detection of Machine-Generated Text', text: 'The method, called Binoculars, achieves state-of-the-art accuracy without any training data.', field: 'methods_proposed', has: ['Binoculars'] },
    { why: 'a method called X (no apposition) that the title does not name is not', title: 'Notes on Text Detection', text: 'Detectors differ. The method called Quuxscope flags machine text.', field: 'methods_proposed', not: ['Quuxscope'] },
    { why: 'CIFAR alone is a dataset', text: 'DROCC is effective on images (CIFAR and ImageNet), audio and time series.', field: 'datasets', has: ['CIFAR', 'ImageNet'] },
    { why: 'SATLAS is a pretrained model', text: 'We train an inpainting model built upon the SATLAS foundation model.', field: 'models', has: ['SATLAS'] },
  ]);
});

describe('machine-generated text detection is synthetic-data detection', () => {
  check<FacetField>([
    { why: 'detecting machine-generated text', title: 'Zorbx: Zero-Shot Detection of Machine-Generated Text', text: 'We contrast two language models to separate human and machine text.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'text ghostwritten by LLMs', title: 'Zorbx: Detecting Text Ghostwritten by Large Language Models', text: 'We train a classifier on token probabilities.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'generated text used as training data is not', text: 'We augment training with text generated by an LLM to detect anomalous logs.', field: 'settings', not: ['synthetic-data-detection'] },
  ]);
});

describe('a second reading of the rules above: the cases that must still come out right', () => {
  check<FacetField>([
    { why: 'power generation is no anomaly generation', title: 'Anomaly Detection in Wind Power Generation Systems', text: 'We monitor turbines with sensors.', field: 'settings', not: ['anomaly-generation'] },
    { why: 'a generative detector is no anomaly generation', title: 'Generative Anomaly Detection for Industrial Images', text: 'We model normal images.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: 'text generation of an LLM is no anomaly generation', title: 'Detecting Anomalies in LLM Text Generation via Attention Maps', text: 'We read attention maps.', field: 'settings', not: ['anomaly-generation'] },
    { why: 'a question title over a proposed method is no evaluation', title: 'Do We Really Need Labels? Self-Supervised Video Anomaly Detection', text: 'We propose a self-supervised framework for video anomaly detection.', field: 'settings', not: ['evaluation'] },
    { why: 'a results sentence keeps its setting', text: 'We propose Zorbx. Experimental results demonstrate that it outperforms current state-of-the-art methods in few-shot settings.', field: 'settings', has: ['few-shot'] },
    { why: 'a participle clause is the paper\'s own', text: 'We propose Zorbx. While relying only on normal samples, the model excels at unsupervised anomaly localization.', field: 'settings', has: ['unsupervised', 'anomaly-localization'] },
    { why: '"no" negates its noun phrase only', text: 'Our method requires no anomalous samples and handles few-shot anomaly detection.', field: 'settings', has: ['few-shot'] },
    { why: '"no" negates its noun phrase only (techniques)', text: 'Our model learns normal patterns from data with no anomalies by reconstruction.', field: 'techniques', has: ['reconstruction'] },
    { why: '"no re-training or parameter fine-tuning" negates both', text: 'Zorbx requires no re-training or parameter fine-tuning for new categories.', field: 'techniques', not: ['fine-tuning'] },
    { why: '"detected and localized without labels" is localization', text: 'Defects can be accurately detected and localized without any pixel-level labels.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"are localized based on" is localization', text: 'Anomalous regions are then localized based on the feature discrepancy.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'accuracy measured is a metric', text: 'Performance is measured by accuracy, precision, recall and F1-score.', field: 'metrics', has: ['accuracy', 'F1'] },
    { why: 'accuracy obtained is a metric', text: 'The proposed classifier obtains an accuracy of 0.97 on the NSL-KDD dataset.', field: 'metrics', has: ['accuracy'] },
    { why: 'a web application deploying an industrial detector is no computing-systems paper', text: 'We propose a defect detection method for industrial products. It is deployed as a web application for factory workers.', field: 'domains', has: ['industrial'], not: ['computing-systems'] },
    { why: 'a GAN discriminator on fake images is no synthetic-data detection', text: 'The discriminator learns to separate real from fake images while Zorbx detects defects on industrial products.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'distilling the knowledge of a teacher is knowledge distillation', text: 'We distill the knowledge of a pretrained teacher into a lightweight student.', field: 'techniques', has: ['knowledge-distillation'] },
    { why: 'a flow-based anomaly detector is a normalizing flow', text: 'Zorbx is a flow-based anomaly detector that models the likelihood of features.', field: 'techniques', has: ['normalizing-flow'] },
    { why: '"not only on reconstruction but also" keeps both', text: 'Our model relies not only on reconstruction but also on contrastive learning.', field: 'techniques', has: ['reconstruction', 'contrastive-learning'] },
    { why: 'an approach named after the colon is no study', title: 'Time Series Anomaly Detection: A Principal Component Analysis Approach', text: 'We project series onto principal components.', field: 'settings', not: ['evaluation'] },
    { why: 'industrial, medical and natural images listed as the data', text: 'Our method generalizes across industrial, medical and natural images without any training.', field: 'domains', has: ['natural-images'] },
    { why: 'OOD on graphs, unlike images, is no natural-images paper', text: 'We study out-of-distribution detection on graphs. Unlike images, graph data are non-Euclidean.', field: 'domains', not: ['natural-images'] },
    { why: 'a graph embedding of trajectories in video is the technique', text: 'We propose a graph embedding method for detecting anomalous trajectories in surveillance videos.', field: 'techniques', has: ['embedding'] },
    { why: 'a Q-learning agent that queries an LLM is still RL', text: 'A deep Q-learning agent explores the unlabeled data and queries an LLM for explanations.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: 'supervised coordinated with unsupervised settings', text: 'Experiments on MVTec AD demonstrate the superiority of the method in both unsupervised and supervised settings.', field: 'settings', has: ['supervised', 'unsupervised'] },
    { why: 'reasoning to improve MLLMs is the paper\'s reasoning', text: 'We introduce explicit step-by-step reasoning to improve the capability of MLLMs for defect inspection.', field: 'settings', has: ['reasoning'] },
    { why: 'its own chain-of-thought reasoning is reasoning', text: 'Zorbx explains each anomaly through its chain-of-thought reasoning.', field: 'settings', has: ['reasoning'] },
  ]);
  check<NamedField>([
    { why: 'a baseline the title goes beyond is no proposal', title: 'Beyond PatchCore: Towards Robust Industrial Anomaly Detection', text: 'The method, called PatchCore, stores nominal patch features. We propose a noise-robust alternative.', field: 'methods_proposed', not: ['PatchCore'] },
  ]);
  it('a challenge task and its bare edition are one dataset', () => {
    const e = extractEntities(paper('Notes on Sounds', 'We evaluate on the DCASE 2020 Challenge Task 2 dataset. On DCASE 2020, our method achieves 90% AUC.'));
    expect(e.datasets.map((d) => d.name)).toEqual(['DCASE 2020 Challenge Task 2']);
  });
});

describe('vision LLMs, vision-language foundation models, hand-made prompts', () => {
  check<FacetField>([
    { why: 'Vision-LLMs are multimodal LLMs', title: 'Evaluation of Vision-LLMs in Surveillance Video', text: 'We test models on clips.', field: 'techniques', has: ['multimodal-llm'], not: ['llm'] },
    { why: 'visual-language foundation models are VLMs, not foundation-model features', title: 'Customizing Visual-Language Foundation Models for Multi-modal Anomaly Detection and Reasoning', text: 'We adapt models to anomalies.', field: 'techniques', not: ['foundation-model-features'] },
    { why: 'a vision foundation model still is', text: 'Zorbx uses DINOv2, a vision foundation model, to extract patch features.', field: 'techniques', has: ['foundation-model-features'] },
    { why: 'hand-made text prompts are not prompt learning', text: 'This is often done through handmade text prompts and category-specific procedures. We propose Zorbx.', field: 'techniques', not: ['prompt-learning'] },
    { why: 'learnable text prompts are', text: 'To improve semantic alignment, learnable text prompts are employed to link visual features.', field: 'techniques', has: ['prompt-learning'] },
  ]);
});

describe('motivation, adversarial attacks, prior methods', () => {
  check<FacetField>([
    { why: '"of great importance in ... industrial applications" is motivation', text: 'We study density estimation. Unsupervised anomaly detection on high-dimensional data is of great importance in both fundamental research and industrial applications.', field: 'domains', not: ['industrial'] },
    { why: 'adversarial attacks are no security data', title: 'Zorbx: Detecting Out-of-Distribution Samples and Adversarial Attacks', text: 'We fit class-conditional Gaussians to features.', field: 'domains', not: ['security'] },
    { why: 'network attacks are', text: 'Zorbx detects attacks in network traffic of IoT devices.', field: 'domains', has: ['security'] },
    { why: '"gained ample academic and industrial attention" is interest', text: 'The detection of anomalies in time series has gained ample academic and industrial attention. We present a benchmark suite.', field: 'techniques', not: ['attention'] },
    { why: 'accuracy of prior methods is theirs', text: 'Recent methods for this task have demonstrated excellent accuracy but come with a latency trade-off. We propose Zorbx.', field: 'metrics', not: ['accuracy'] },
    { why: 'memory-based prior approaches are theirs', text: 'Memory based approaches like PatchCore require an external memory bank, which lengthens execution time. We propose Zorbx.', field: 'techniques', not: ['memory-bank'] },
    { why: 'what contemporary approaches rely on is theirs', text: 'Contemporary approaches frequently rely on video-level weak supervision. We propose Zorbx for scene-aware detection.', field: 'settings', not: ['weakly-supervised'] },
  ]);
});

describe('security and retrieval domains from what the data are', () => {
  check<FacetField>([
    { why: '"malicious inputs" to ML models are no security data', text: 'Deployed machine learning applications are often subject to uncontrolled and even malicious inputs. We detect out-of-domain text.', field: 'domains', not: ['security'] },
    { why: 'network intrusion is security', text: 'Zorbx detects network intrusion from flow records.', field: 'domains', has: ['security'] },
    { why: 'denial of service attacks in network traffic', text: 'We detect denial of service attacks in network traffic.', field: 'domains', has: ['security'] },
    { why: 'retrieval as a means is no retrieval domain', text: 'Zorbx stores normal features in a memory and detects anomalies through multi-level retrieval.', field: 'domains', not: ['retrieval'] },
    { why: 'composed image retrieval is', title: 'Composed Image Retrieval with Text Feedback', text: 'We retrieve target images.', field: 'domains', has: ['retrieval'] },
  ]);
});

describe('"(namely, X)", benchmark names in a proposal, slogan and genre title heads', () => {
  check<NamedField>([
    { why: '"(namely, HilBERT)" names the proposal', title: 'Improving Log-Based Anomaly Detection by Pre-Training Hierarchical Transformers', text: 'In this work, we propose a pre-trained log representation model with hierarchical bidirectional encoder transformers (namely, HilBERT). HilBERT outperforms baselines.', field: 'methods_proposed', has: ['HilBERT'] },
    { why: '"the measure, namely, VUS-PR" identified is no proposal', text: 'By revealing issues in evaluation measures, we identify the most reliable measure, namely, VUS-PR for time series.', field: 'methods_proposed', not: ['VUS-PR'] },
    { why: 'benchmarks the proposal sentence names are introduced data', title: 'Zorbdata: New Benchmarks for Tabular Outlier Detection', text: 'We introduce Zorbdata, a benchmark suite comprising three components: OddBench, with 790 datasets; OvRBench, with 856 datasets; and SynBench, with 800 synthetic datasets.', field: 'datasets', has: ['OddBench', 'OvRBench', 'SynBench'] },
    { why: 'a slogan title head is no name', title: 'Reward Once, Penalize Once: Rectifying Time Series Anomaly Detection', text: 'We rectify point adjustment.', field: 'methods_proposed', not: ['Reward Once, Penalize Once'] },
    { why: 'a genre title head is no name', title: 'Experience Report: Deep Learning-based System Log Analysis for Anomaly Detection', text: 'We study log anomaly detectors.', field: 'methods_proposed', not: ['Experience Report'] },
  ]);
});

describe('architectures named as examples, newer lexicon entries', () => {
  check<NamedField>([
    { why: 'networks listed after "DNN architectures such as" are models', text: 'We evaluate OOD detection across different DNN architectures such as ResNet34, WideResNet, DenseNet, and LeNet5.', field: 'models', has: ['ResNet34', 'WideResNet', 'DenseNet', 'LeNet5'] },
    { why: 'AI-text detectors evaluated on Dolly 2.0 and Palmyra outputs', text: 'We test on text generated by Dolly 2.0 and Palmyra.', field: 'models', has: ['Dolly 2.0', 'Palmyra'] },
    { why: 'the Fishyscapes subsets are their own datasets', text: 'We evaluate on Fishyscapes Lost and Found and Fishyscapes Static.', field: 'datasets', has: ['Fishyscapes Lost and Found', 'Fishyscapes Static'] },
    { why: 'retinal OCT datasets', text: 'Experiments on the Kermany and RETOUCH datasets show gains.', field: 'datasets', has: ['Kermany', 'RETOUCH'] },
    { why: 'an astronomy survey is data', text: 'We search for outlier galaxy images in the Dark Energy Survey.', field: 'datasets', has: ['Dark Energy Survey'] },
  ]);
});

describe('"our" before a known model', () => {
  check<NamedField>([
    { why: '"our CLIP fine-tuning procedures" use CLIP', title: 'Detecting AI-Generated Images via CLIP', text: 'We fine-tune CLIP on real and generated images. Our CLIP fine-tuning procedures require no architecture changes.', field: 'models', has: ['CLIP'] },
    { why: 'and do not propose it', title: 'Detecting AI-Generated Images via CLIP', text: 'We fine-tune CLIP on real and generated images. Our CLIP fine-tuning procedures require no architecture changes.', field: 'methods_proposed', not: ['CLIP'] },
  ]);
});

describe('fourth round: known names in proposal patterns, lists, versions, appositions', () => {
  check<NamedField>([
    { why: 'a known model after a head noun in a proposal sentence is the model used', title: 'Zorb-AD: Zero-Shot Anomaly Detection', text: 'We propose a framework called Zorb-AD to leverage the zero-shot capabilities of the large vision-language model CLIP.', field: 'models', has: ['CLIP'] },
    { why: 'and not the proposal', title: 'Zorb-AD: Zero-Shot Anomaly Detection', text: 'We propose a framework called Zorb-AD to leverage the zero-shot capabilities of the large vision-language model CLIP.', field: 'methods_proposed', has: ['Zorb-AD'], not: ['CLIP'] },
    { why: 'a known model in apposition to "model" is still the model', text: 'This paper presents a novel method that leverages a visual-language model, CLIP, as a data source.', field: 'methods_proposed', not: ['CLIP'] },
    { why: 'research fields are not baselines', text: 'Techniques based on Deep Learning and Natural Language Processing have demonstrated effectiveness.', field: 'methods_mentioned', not: ['Deep Learning', 'Natural Language Processing'] },
    { why: 'a digit in an acronym repeats its letter (Q3R = Q, Q, Q, R)', text: 'We propose Quux Quantile with Quorum Reconstruction (Q3R), a novel anomaly detection method.', field: 'methods_proposed', has: ['Q3R'], not: ['Quux Quantile'] },
    { why: 'a list after "datasets ..., namely" is all datasets', text: 'To evaluate Zorblax, we configured four datasets for this task, namely ZORB-U, QUUX-U, and FOOB-U.', field: 'datasets', has: ['ZORB-U', 'QUUX-U', 'FOOB-U'] },
    { why: 'and none of them a method', text: 'To evaluate Zorblax, we configured four datasets for this task, namely ZORB-U, QUUX-U, and FOOB-U.', field: 'methods_proposed', not: ['ZORB-U'] },
    { why: '"our proposed X" names the proposal on its own', text: 'On five trace datasets from a top Internet company, our proposed QuuxVAE achieves excellent F-scores.', field: 'methods_proposed', has: ['QuuxVAE'] },
    { why: '"our X" alone does not', text: 'On five trace datasets, our QuuxVAE achieves excellent F-scores.', field: 'methods_proposed', not: ['QuuxVAE'] },
    { why: 'a point version of a known model is that version', text: 'On the unseen split, Zorblax improves the average score from 45.0 to 57.5, surpassing GPT-5.4.', field: 'models', has: ['GPT-5.4'] },
    { why: 'a decimal figure after a model is no version', text: 'GPT-5 scores 45.0 while Zorblax scores 57.5.', field: 'models', has: ['GPT-5'], not: ['GPT-5.0'] },
    { why: '"X (long form), to the best of our knowledge the first ... dataset" is data', text: 'We introduce ZQVAD (Zorb Quux Video Anomaly Detection), to the best of our knowledge the first multi-view video dataset for industrial inspection.', field: 'datasets', has: ['ZQVAD'] },
    { why: 'and no method', text: 'We introduce ZQVAD (Zorb Quux Video Anomaly Detection), to the best of our knowledge the first multi-view video dataset for industrial inspection.', field: 'methods_proposed', not: ['ZQVAD'] },
    { why: 'a title head naming a method is the method, even when a known dataset has that name', title: 'MOOD: Multi-level Out-of-distribution Detection', text: 'We propose a multi-level OOD detection framework with dynamic early exits.', field: 'methods_proposed', has: ['MOOD'] },
    { why: 'and is then no dataset', title: 'MOOD: Multi-level Out-of-distribution Detection', text: 'We propose a multi-level OOD detection framework with dynamic early exits.', field: 'datasets', not: ['MOOD'] },
    { why: 'a title head described by an article phrase stays the known dataset', title: 'MedIAnomaly: A comparative study of anomaly detection in medical images', text: 'We compare anomaly detection methods on seven medical datasets.', field: 'datasets', has: ['MedIAnomaly'] },
    { why: '"the whole network is termed as X" under a title with X is the proposal', title: 'Encoding Texture with Q-Net for Anomaly Detection in Retinal Images', text: 'The whole network is termed as Q-Net because it has a Q shape.', field: 'methods_proposed', has: ['Q-Net'] },
  ]);
});

describe('fourth round: levels and figures of metrics, motivation, security', () => {
  check<FacetField>([
    { why: '"image- and pixel-level" with AUC/AP gives the pixel metrics', text: 'Zorblax outperforms state-of-the-art methods by at least 3%-5% AUC/AP in both image- and pixel-level tasks.', field: 'metrics', has: ['AUROC', 'AUPR', 'pixel-AUROC', 'pixel-AUPR'] },
    { why: 'figures between "pixel-level" and the metric', text: 'Zorblax achieves image-level 77.1/88.0 and pixel-level 68.0/76.6 AU-ROCs on the two datasets.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: '"localization AUROC" is pixel-AUROC', text: 'Zorblax achieves a detection AUROC of 99.7% and a localization AUROC of 98.8%.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: '"point-level AUROC" of a point cloud is pixel-AUROC', text: 'Zorblax reaches an object-level AUROC of 79.9% and a point-level AUROC of 71.2%.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: 'segmentation benchmarks are data, their ROC-AUC no pixel metric', text: 'On the BraTS-2017 and ISLES-2015 segmentation benchmarks, Zorblax achieves unsupervised ROC-AUCs of 0.95 and 0.89.', field: 'metrics', has: ['AUROC'], not: ['pixel-AUROC'] },
    { why: 'a segmentation technique is a tool, its detection AUROC no pixel metric', text: 'With this new segmentation technique we achieve a detection AUROC of 95.3% on the dataset.', field: 'metrics', not: ['pixel-AUROC'] },
  ]);
  check<FacetField>([
    { why: '"various fields, from X to Y" is a motivation list', text: 'Time series anomalies matter in various fields, from finance and aerospace to the IT, security, and medical domains. We propose Zorblax for sensor data.', field: 'domains', not: ['finance', 'medical', 'security'] },
    { why: 'security as a value of a system is no security data', text: 'System logs are valuable for maintaining the security and stability of computer systems.', field: 'domains', not: ['security'] },
    { why: 'intrusions in network security logs are', text: 'We detect intrusions in network security logs.', field: 'domains', has: ['security'] },
    { why: '"industry" alone is no industrial data', text: 'Anomaly detection is of great value to industry. We study tabular records.', field: 'domains', not: ['industrial'] },
    { why: 'models learned on large natural image datasets are not natural-images data', text: 'Deep features learned by discriminative models on large natural image datasets describe normality well.', field: 'domains', not: ['natural-images'] },
  ]);
  check<FacetField>([
    { why: 'defect classification is anomaly-classification', text: 'The benchmark supports anomaly detection, defect classification and object classification.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'to pinpoint a cause is no localization', text: 'Zorblax helps operators pinpoint the root cause of service failures.', field: 'settings', not: ['anomaly-localization'] },
  ]);
  check<FacetField>([
    { why: 'Video-LLMs are multimodal LLMs', text: 'We evaluate Video Large Language Models (Video-LLMs) on video anomaly understanding.', field: 'techniques', has: ['multimodal-llm'] },
  ]);
});

describe('fourth round: proposals after a long clause, blocks the title is about, parts of known names', () => {
  check<NamedField>([
    { why: '"we extend ... (NAS) paradigm and propose X" is a proposal', text: 'Then, we extend the neural architecture search (NAS) paradigm and propose Zorb-NAS to search fusion strategies.', field: 'methods_proposed', has: ['Zorb-NAS'] },
    { why: 'a block the title is about is the proposal', title: 'Self-Supervised Zorbed Quux Block for Anomaly Detection', text: 'We present a novel self-supervised zorbed quux block (SSZQB) that comprises the reconstruction at a core architectural level.', field: 'methods_proposed', has: ['SSZQB'] },
    { why: 'a block the title is not about stays a part', title: 'Zorblax: Anomaly Detection with Memory', text: 'We present Zorblax, which uses a self-supervised zorbed quux block (SSZQB) inside its encoder.', field: 'methods_proposed', not: ['SSZQB'] },
    { why: '"our previous X (ACR)" is earlier work', title: 'Self-Supervised Zorbed Quux Block for Anomaly Detection', text: 'In this work, we extend our previous self-supervised predictive quux block (SSPQB) with a 3D masked layer.', field: 'methods_mentioned', has: ['SSPQB'] },
    { why: 'a generator introduced beside a dataset is proposed', title: 'Zorb Spectrum: A Granular Look of Large-Scale Defect Datasets', text: 'In this paper, we introduce the Zorb Spectrum, a comprehensive benchmark. Furthermore, we introduce Quux-Gen, a two-stage diffusion-based generator.', field: 'methods_proposed', has: ['Quux-Gen'] },
    { why: 'part of a longer known name is no name', text: 'Evaluations on benchmarks including Fishyscapes Lost and Found, Segment-Me-If-You-Can, and RoadAnomaly show gains.', field: 'datasets', has: ['Fishyscapes Lost and Found'], not: ['Fishyscapes Lost'] },
  ]);
});

describe('fourth round: counted names, titles that open with a question', () => {
  check<NamedField>([
    { why: 'a count of categories is no part of a dataset name', text: 'Evaluation of Zorblax on the 15-category MVTec-AD dataset and the 12-category VisA dataset shows gains.', field: 'datasets', has: ['MVTec AD', 'VisA'], not: ['15-category MVTec-AD', '12-category VisA'] },
    { why: '"Question? Introducing X: ..." names X', title: 'Did You Hear That? Introducing ZQAG: A Framework for Generating Benchmark Data in Audio Anomaly Detection', text: 'We introduce a novel, general-purpose audio generation framework for anomaly detection.', field: 'methods_proposed', has: ['ZQAG'] },
    { why: 'a question title with no head names nothing', title: 'Can Zorbs Understand Time Series Anomalies?', text: 'We study whether zorbs detect anomalies.', field: 'methods_proposed', not: ['Can Zorbs Understand Time Series Anomalies'] },
  ]);
});

describe('fourth round: accuracy with its figure, density by likelihood, outliers generated, VLMs', () => {
  check<FacetField>([
    { why: '"a classification accuracy of 80.4%" is accuracy', text: 'Zorblax achieves a state-of-the-art anomaly classification accuracy of 80.4% on the benchmark.', field: 'metrics', has: ['accuracy'] },
    { why: '"97.2% accuracy" is accuracy', text: 'Zorblax runs at 57 fps with 97.2% accuracy on four datasets.', field: 'metrics', has: ['accuracy'] },
    { why: '"42% higher accuracy (in terms of AUC)" is no accuracy figure', text: 'Zorblax provides 42%-48% higher accuracy (in terms of AUC) than the baselines.', field: 'metrics', not: ['accuracy'] },
    { why: 'accuracy as a goal, with no figure, is no metric', text: 'Detection accuracy is essential for safe driving.', field: 'metrics', not: ['accuracy'] },
  ]);
  check<FacetField>([
    { why: 'a flow that estimates density is density estimation', text: 'Zorblax leverages features extracted by a network to estimate their density using normalizing flows.', field: 'techniques', has: ['density-estimation', 'normalizing-flow'] },
    { why: 'models that assign likelihoods', text: 'We show that deep generative models often assign higher likelihoods to OOD inputs than to their training data.', field: 'techniques', has: ['density-estimation'] },
    { why: 'density-based scoring', text: 'Zorblax combines reconstruction with density-based anomaly scoring.', field: 'techniques', has: ['density-estimation'] },
    { why: 'a distribution estimated per dimension', text: 'Zorblax first estimates the underlying distribution of the input data in a nonparametric fashion.', field: 'techniques', has: ['density-estimation'] },
    { why: 'outliers generated by a diffusion model are synthetic anomalies', text: 'We propose Zorblax, which produces challenging outliers through semantic outlier generation with diffusion models.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: 'a patch pasted to mimic anomalies', text: 'We crop a patch from the image and paste it on the normal image to mimic the anomalies.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: 'a frozen VLM is vision-language', text: 'We propose Zorblax, a training-free framework that operates with a single frozen VLM.', field: 'techniques', has: ['vision-language'] },
    { why: 'text-guided detection is vision-language', title: 'Text-Guided Multimodal Unified Industrial Anomaly Detection', text: 'We propose a unified multimodal framework guided by text semantics.', field: 'techniques', has: ['vision-language'] },
  ]);
});

describe('fourth round: evaluation titles, the setting a paper is set against, unsupervised parts', () => {
  check<FacetField>([
    { why: '"Evaluation of X" in the title is evaluation', title: 'Evaluation of Zorb Models in Surveillance Video', text: 'We test zorb models on anomalous events.', field: 'settings', has: ['evaluation'] },
    { why: '"Towards Unbiased Evaluation of" is', title: 'Towards Unbiased Evaluation of Time-series Anomaly Detectors', text: 'We propose a fair adjustment protocol.', field: 'settings', has: ['evaluation'] },
    { why: '"A Critical Review of" is', title: 'A Critical Review of Common Log Data Sets', text: 'We review log data sets.', field: 'settings', has: ['evaluation'] },
    { why: '"Noise Evaluation" as a method is not', title: 'Unsupervised Anomaly Detection for Tabular Data Using Noise Evaluation', text: 'We evaluate how much noise is in the data.', field: 'settings', not: ['evaluation'] },
    { why: '"the usual unsupervised approach" is the contrast', title: 'Zorblax: Few-Shot Anomaly Detection', text: 'The usual unsupervised anomaly detection approach is to train a model for each class. We propose Zorblax for few-shot detection.', field: 'settings', has: ['few-shot'], not: ['unsupervised'] },
    { why: '"an alternative to unsupervised approaches" is', text: 'Large language models provide a promising training-free alternative to unsupervised approaches.', field: 'settings', not: ['unsupervised'] },
    { why: '"contrasting to the explored unsupervised" is', text: 'We consider a semi-supervised scenario, contrasting to the extensively explored unsupervised setting.', field: 'settings', not: ['unsupervised'] },
    { why: 'unsupervised pre-training is a part', text: 'We improve the AUROC from 66% to 77% using transformers and unsupervised pre-training.', field: 'settings', not: ['unsupervised'] },
    { why: 'an unsupervised segmentation model is a part', text: 'We segment images into components with an unsupervised semantic segmentation model.', field: 'settings', not: ['unsupervised'] },
    { why: 'an unsupervised feature learning framework is the setting', text: 'We introduce an unsupervised feature learning framework based on auto-encoders.', field: 'settings', has: ['unsupervised'] },
    { why: 'unsupervised representation learning for AD is the setting', text: 'Unsupervised representation learning has proved to be a critical component of anomaly detection in images.', field: 'settings', has: ['unsupervised'] },
    { why: 'a weakly supervised paper speaking of most such models keeps its setting', text: 'Most models for weakly supervised video anomaly detection rely on multiple instance learning.', field: 'settings', has: ['weakly-supervised'] },
  ]);
});

describe('fourth round: where anomalies are, and localization that is not theirs', () => {
  check<FacetField>([
    { why: 'lesion regions detected are localization', text: 'We study detection of lesion regions in an unsupervised manner with auto-encoders.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"anomaly detection and location" is', text: 'Zorblax achieves state-of-the-art performance in anomaly detection and location.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'pixel-precise ground truth is', text: 'In addition, we provide pixel-precise ground truth regions for all anomalies.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'anomalous image segments are', text: 'Zorblax identifies anomalous images and image segments.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'object localization as a sub-task is not', text: 'Video anomaly detection involves sub-tasks such as motion representation, object localization and action recognition.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'part segmentation is not', title: 'Few Shot Part Segmentation Reveals Compositional Logic for Industrial Anomaly Detection', text: 'We count parts to find logical anomalies.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'a spatial anomaly embedding is no localization', text: 'We propose Spatial Anomaly Embedding, a learnable anomaly embedding for generation.', field: 'settings', not: ['anomaly-localization'] },
  ]);
});

describe('fourth round: datasets of two domains, coordinated natural images, comparative analyses', () => {
  check<FacetField>([
    { why: 'a 3D industrial dataset evaluated gives industrial and 3d', text: 'Extensive experiments on the MVTec 3D-AD and Eyecandies datasets demonstrate the effectiveness of Zorblax.', field: 'domains', has: ['industrial', '3d'] },
    { why: 'only mentioned, it gives neither', text: 'Unlike MVTec 3D-AD, our new dataset contains only RGB images of fabrics.', field: 'domains', not: ['3d'] },
    { why: '"natural and medical images" are both domains', text: 'We evaluate the proposed method using natural and medical images.', field: 'domains', has: ['natural-images', 'medical'] },
    { why: 'a comparative analysis on a dataset evaluates on it', title: 'Out of Distribution Detection on ImageNet-O', text: 'We perform a comparative analysis of OOD detection methods on ImageNet-O, a first of its kind dataset.', field: 'domains', has: ['natural-images'] },
  ]);
});

describe('fourth round: reasoning as a model mechanism is not the reasoning setting', () => {
  check<FacetField>([
    { why: 'semantic relational reasoning across systems is a mechanism', text: 'We propose Zorblax, a model that incorporates semantic relational reasoning across multiple systems.', field: 'settings', not: ['reasoning'] },
    { why: 'cross-modal reasoning is', text: 'We perform video anomaly detection through cross-modal reasoning with CLIP.', field: 'settings', not: ['reasoning'] },
    { why: 'distance-based reasoning is', text: 'Zorb flows inherit the distance-based reasoning of one-class methods.', field: 'settings', not: ['reasoning'] },
    { why: 'math reasoning tasks an LLM is tested on are', text: 'We evaluate across natural language reasoning, code and math reasoning tasks.', field: 'settings', not: ['reasoning'] },
    { why: 'multimodal reasoning over anomaly evidence is the setting', text: 'We propose Zorblax, a framework that grounds subtle anomaly evidence into multimodal reasoning.', field: 'settings', has: ['reasoning'] },
    { why: 'chain-of-thought reasoning about anomalies is', text: 'Zorblax generates step-by-step reasoning that explains each detected anomaly.', field: 'settings', has: ['reasoning'] },
  ]);
});

describe('fourth round: prompts in the title', () => {
  check<FacetField>([
    { why: 'prompts a title names are the method\'s', title: 'Zero-shot Generalist Graph Anomaly Detection with Unified Neighborhood Prompts', text: 'We detect anomalies on unseen graphs.', field: 'techniques', has: ['prompt-learning'] },
    { why: 'a prompt-enhanced feature is', title: 'Learning Prompt-Enhanced Context Features for Weakly-Supervised Video Anomaly Detection', text: 'We learn context features.', field: 'techniques', has: ['prompt-learning'] },
    { why: 'an image given as the prompt is not', title: 'Learning to Detect Multi-class Anomalies with Just One Normal Image Prompt', text: 'We reconstruct features.', field: 'techniques', not: ['prompt-learning'] },
    { why: 'prompt strategies for an LLM are not', title: 'Interpretable Online Log Analysis Using Large Language Models with Prompt Strategies', text: 'We analyse logs.', field: 'techniques', not: ['prompt-learning'] },
  ]);
});

describe('fourth round: language models on graphs, logs and multi-modal data', () => {
  check<FacetField>([
    { why: 'LLMs on dynamic graphs are no text data', title: 'ZorbLLM: Few-shot Anomaly Edge Detection for Dynamic Graphs using Large Language Models', text: 'We reprogram edges with the prototypes of word embeddings in large language models.', field: 'domains', not: ['text'] },
    { why: 'LLMs for multi-modal OOD detection are no text data', title: 'Exploring Large Language Models for Multi-Modal Out-of-Distribution Detection', text: 'Large language models can be prompted to generate descriptive features for each class.', field: 'domains', not: ['text'] },
    { why: 'log analysis is computing systems', title: 'Interpretable Online Log Analysis Using Large Language Models', text: 'We analyse streams with an LLM.', field: 'domains', has: ['computing-systems'], not: ['text'] },
    { why: 'LLMs on texts alone still give text', title: 'Zorb: Zero-Shot Detection of Machine-Generated Text', text: 'We detect passages written by large language models.', field: 'domains', has: ['text'] },
  ]);
});

describe('fourth round: pre-trained language models are not LLMs', () => {
  check<FacetField>([
    { why: 'a pre-trained language model such as BERT is no LLM', text: 'This paper studies how to adapt the pre-trained language model BERT for log analysis.', field: 'techniques', not: ['llm'] },
    { why: 'a large language model is', text: 'We prompt a large language model to explain each anomaly.', field: 'techniques', has: ['llm'] },
  ]);
});

describe('fourth round: a lower-case first word of a known name, a proposal named by its part noun', () => {
  check<NamedField>([
    { why: '"a deep SVDD model" is Deep SVDD', text: 'Zorblax trains a GGNN-based deep SVDD model on traces and logs.', field: 'methods_mentioned', has: ['Deep SVDD'] },
    { why: '"in VAD" is still not InvAD', text: 'Recent progress in VAD relies on weak labels.', field: 'methods_mentioned', not: ['InvAD'] },
    { why: 'the direct object of the first proposal is the proposal, whatever its head noun', text: 'In this paper, we propose a Multi-Scale Zorbed Recurrent Encoder-Decoder (MSZRED), to perform anomaly detection in multivariate time series.', field: 'methods_proposed', has: ['MSZRED'] },
    { why: 'a module the paper constructs is still a part', text: 'To this end, we first construct a temporal context aggregation (TCA) module that captures context.', field: 'methods_proposed', not: ['TCA'] },
  ]);
});

describe('fourth round: task words and known names with a task word', () => {
  check<NamedField>([
    { why: 'a known dataset and a task word are no new name', text: 'For instance, on CIFAR-100 vs CIFAR-10 OOD detection, we improve the AUROC from 85% to 96%.', field: 'methods_mentioned', not: ['CIFAR-10 OOD'] },
    { why: 'near-OOD is a kind of data, not a dataset', text: 'Zorblax achieves an AUROC of 88% on near-OOD datasets.', field: 'datasets', not: ['near-OOD'] },
    { why: 'VAU is a task', title: 'Holmes-ZAU: Towards Long-term Video Anomaly Understanding', text: 'Video anomaly understanding (VAU) explains anomalies. We propose Holmes-ZAU.', field: 'methods_proposed', has: ['Holmes-ZAU'], not: ['VAU'] },
  ]);
});

describe('fourth round: text and astronomy named by their tasks', () => {
  check<FacetField>([
    { why: 'out-of-scope intent detection is text', title: 'Zorb: Dual Representation for Out-of-Scope Intent Detection', text: 'Detecting out-of-scope user utterances is essential for dialogue systems.', field: 'domains', has: ['text'] },
    { why: 'anomaly detection in text is', title: 'A Robust Autoencoder Ensemble for Anomaly Detection in Text', text: 'We detect anomalous documents in corpora.', field: 'domains', has: ['text'] },
    { why: 'a video-text anomaly dataset is no text data', text: 'We construct a fine-grained video-text anomaly dataset derived from ShanghaiTech.', field: 'domains', not: ['text'] },
    { why: 'gravitational-wave glitches are astronomy', title: "Detection of anomalies amongst LIGO's glitch populations with autoencoders", text: 'Gravitational wave interferometers are disrupted by transient glitches.', field: 'domains', has: ['astronomy'] },
  ]);
});

describe('fourth round: open classification, synthetic images and texts, classes of a classifier, averaging', () => {
  check<FacetField>([
    { why: 'deep open classification is open-set', title: 'DOC: Deep Open Classification of Text Documents', text: 'We reject documents of unseen classes.', field: 'settings', has: ['open-set'] },
    { why: 'open intent classification is', text: 'We study open intent classification with an adaptive decision boundary.', field: 'settings', has: ['open-set'] },
    { why: 'synthetic image detection is synthetic-data detection', text: 'We study the problem of generalizable synthetic image detection.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'ChatGPT-generated answers detected are, and their data is text', text: 'We build detectors for ChatGPT-generated answers.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'LLM-generated text detection gives text', text: 'We propose Zorblax for LLM-generated text detection across 21 domains.', field: 'domains', has: ['text'] },
    { why: 'multi-class open set classification is no multi-class AD', title: 'Generative Zorb for Multi-Class Open Set Classification', text: 'We reject unknown classes.', field: 'settings', has: ['open-set'], not: ['multi-class'] },
    { why: 'multi-class anomaly classification is', text: 'We propose Zorblax, a multi-class anomaly classification network.', field: 'settings', has: ['multi-class'] },
    { why: 'token averaging is no weight averaging', text: 'We propose Avg-Avg, which uses token averaging and layer combination for sentence embeddings.', field: 'techniques', not: ['weight-averaging'] },
  ]);
});

describe('fourth round: generators are what a detector of generated content detects', () => {
  check<FacetField>([
    { why: 'diffusion models as the generators detected are no technique', title: 'Zorb: Robust Detection of AI-Generated Images', text: 'The rapid advancement of GANs and diffusion models has enabled highly realistic synthetic images. We propose Zorb, a frequency-aware detector of fake images.', field: 'techniques', not: ['diffusion'] },
    { why: 'a diffusion model the detector uses is', title: 'Zorb: Detecting Fake Images by Reconstruction', text: 'We leverage pre-trained diffusion models to reconstruct inputs and measure residuals to detect fake images.', field: 'techniques', has: ['diffusion'] },
    { why: 'AIGC detection is synthetic-data detection', title: 'Zorb-Net: A Spatial-Spectral Fusion Framework for Cross-Model AIGC Detection', text: 'We fuse spatial and spectral cues.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'detecting latent diffusion images is', title: 'Zorb: Training-Free Detection of Latent Diffusion Images Using Autoencoder Reconstruction Error', text: 'We measure reconstruction errors.', field: 'settings', has: ['synthetic-data-detection'] },
  ]);
});

describe('fourth round: speech models, face manipulation methods, a middle dot in a name', () => {
  check<NamedField>([
    { why: 'self-supervised speech models are models', text: 'Large discriminative models such as XLS-R, UniSpeech-SAT and WavLM consistently outperform other models.', field: 'models', has: ['XLS-R', 'UniSpeech-SAT', 'WavLM'] },
    { why: 'and not methods', text: 'Large discriminative models such as XLS-R, UniSpeech-SAT and WavLM consistently outperform other models.', field: 'methods_mentioned', not: ['XLS-R', 'UniSpeech-SAT'] },
    { why: 'face manipulation methods are methods', text: 'We evaluate on Deepfakes, Face2Face, FaceSwap and NeuralTextures manipulations.', field: 'methods_mentioned', has: ['Face2Face', 'FaceSwap', 'NeuralTextures'] },
    { why: '"DALL·E 3" with a middle dot is DALL-E 3', text: 'Images were generated with DALL·E 3 and Midjourney.', field: 'models', has: ['DALL-E 3', 'Midjourney'] },
  ]);
  check<NamedField>([
    { why: 'a title naming a benchmark its abstract never names stays the dataset', title: 'FaceForensics++: Learning to Detect Manipulated Facial Images', text: 'To standardize the evaluation of detection methods, we propose an automated benchmark for facial manipulation detection.', field: 'datasets', has: ['FaceForensics++'] },
  ]);
});

describe('fourth round: sizes at a sentence end, organisations', () => {
  check<NamedField>([
    { why: 'a size at the end of a sentence still names the sized model', text: 'We test open-source models such as GPT-NeoX-20B and LLaMa-13B.', field: 'models', has: ['LLaMa-13B'] },
    { why: 'and it is no method', text: 'We test open-source models such as GPT-NeoX-20B and LLaMa-13B.', field: 'methods_mentioned', not: ['LLaMa-13B'] },
    { why: 'an organisation is no baseline', text: "Zorblax outperforms OpenAI's own classifier, which is trained on millions of texts.", field: 'methods_mentioned', not: ['OpenAI'] },
  ]);
});

describe('fourth round: a method paradigm, metric names', () => {
  check<NamedField>([
    { why: '"we present a novel X (ACR) paradigm" is the proposal', title: 'Rethinking Reverse Distillation for Multi-Modal Anomaly Detection', text: 'To this end, we present a novel Multi-Modal Reverse Distillation (MMRD) paradigm that consists of a frozen teacher encoder.', field: 'methods_proposed', has: ['MMRD'] },
    { why: 'a standard metric is no method', text: 'We compared the proposed method with existing methods through the intersection over union (IoU) metric commonly used in segmentation.', field: 'methods_proposed', not: ['IoU'] },
    { why: 'a metric the paper proposes still is', text: 'We propose a novel metric, the Zorb Overlap Score (ZOS), for time series.', field: 'methods_proposed', has: ['ZOS'] },
  ]);
});

describe('fourth round: baselines\' techniques, ECG and SCADA data', () => {
  check<FacetField>([
    { why: 'a generic algorithm compared against is a baseline, not the technique', text: 'Compared to Isolation Forest and Principal Components Analysis, two popular algorithms, we observe superior performance.', field: 'techniques', not: ['isolation-forest'] },
    { why: 'a generic algorithm the paper uses is', text: 'We score each event with an Isolation Forest trained on normal traffic.', field: 'techniques', has: ['isolation-forest'] },
    { why: 'ECG signals are medical time series', title: 'Multi-scale Framework for Electrocardiogram Anomaly Detection', text: 'Electrocardiogram (ECG) is a widely used diagnostic tool.', field: 'domains', has: ['medical', 'time-series'] },
    { why: 'SCADA data are time series', text: 'We capture temporal patterns from high-dimensional SCADA data of wind turbines.', field: 'domains', has: ['time-series'] },
  ]);
});

describe('fourth round: a video dataset in a paper that never speaks of video', () => {
  check<FacetField>([
    { why: 'face-forgery images from video datasets are natural images', title: 'Detecting Deepfakes with Zorb-Blended Images', text: 'We synthesize forged face images from pristine ones. We compare with state-of-the-art methods on FF++, CDF and DFDC datasets.', field: 'domains', has: ['natural-images'], not: ['video'] },
    { why: 'a video detector on the same datasets is video', title: 'Zorb: Temporal Deepfake Video Detection', text: 'We model temporal inconsistencies across frames. Experiments on FF++, CDF and DFDC datasets show gains.', field: 'domains', has: ['video'] },
  ]);
});

describe('fourth round: the paper evaluating its own method is no evaluation study', () => {
  check<FacetField>([
    { why: '"a comprehensive analysis of our method" is not', text: 'We provide a comprehensive analysis of our method quantitatively and qualitatively on these benchmarks.', field: 'settings', not: ['evaluation'] },
    { why: '"serving as a benchmark for future research" is not', text: 'Our approach has been rigorously evaluated, serving as a benchmark for future research in this domain.', field: 'settings', not: ['evaluation'] },
    { why: '"across multiple evaluation metrics" is not', text: 'Zorblax consistently outperforms existing methods across multiple evaluation metrics.', field: 'settings', not: ['evaluation'] },
    { why: 'data that serve as a benchmark for applications are', text: 'The data produced using the framework serves as a benchmark for anomaly detection applications.', field: 'settings', has: ['evaluation'] },
    { why: 'a comprehensive analysis of existing detectors is', text: 'We present a comprehensive analysis of existing deepfake detectors under distribution shift.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('fourth round: telling kinds of anomalies apart', () => {
  check<FacetField>([
    { why: 'anomaly detection and classification', title: 'ZorbADC: A Unified Framework for Anomaly Detection and Classification', text: 'We detect anomalous regions and identify their categories.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'detect and categorize anomalies', text: 'We aim to detect and categorize seen and unseen anomalies in videos.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'anomalous activity recognition', text: 'We report baselines on anomalous activity recognition of 13 activities.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'a collision type classification task', text: 'We define three tasks: temporal localization, spatial localization and collision type classification.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'binary detection alone is not', text: 'We detect anomalies in surveillance videos with weak labels.', field: 'settings', not: ['anomaly-classification'] },
  ]);
});

describe('fourth round: video datasets of a video AD paper, natural images as the contrast', () => {
  check<FacetField>([
    { why: 'a video AD dataset in a paper not on generated content keeps video', title: 'ZorbDiM: a Patch Distribution Modeling Framework for Anomaly Detection and Localization', text: 'We evaluate on MVTec AD and ShanghaiTech Campus datasets and outperform the state of the art.', field: 'domains', has: ['industrial', 'video'] },
    { why: '"the divergence between natural and medical images" is no natural-images data', text: 'However, the substantial domain divergence between natural and medical images limits these methods.', field: 'domains', not: ['natural-images'] },
  ]);
});

describe('a second reading of this session\'s rules: the cases a reviewer found them wrong on', () => {
  it('many figures after "pixel-level" take no time (no nested quantifier)', () => {
    const t = performance.now();
    const e = extractEntities(paper('Notes on Things', 'On MVTec AD it reaches an image-level AUROC of 99.21 and pixel-level 98.41, 97.32, 96.23, 95.14, 94.05, 93.87, 92.78, 91.69, 90.50, 89.41 and 93.96 PRO on the texture classes.'));
    expect(performance.now() - t).toBeLessThan(2000);
    expect(e.metrics.map((m) => m.name)).not.toContain('pixel-AUROC');
  });
  check<FacetField>([
    { why: 'detecting defects using synthetic images is no synthetic-data detection', text: 'We train a segmentation network to detect defects using synthetic images of scratches on metal surfaces.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'detecting log anomalies with ChatGPT is not either', text: 'We propose LogGPT, which detects log anomalies with ChatGPT. Experiments on HDFS and BGL show strong results.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'and its logs are no text', text: 'We propose LogGPT, which detects log anomalies with ChatGPT. Experiments on HDFS and BGL show strong results.', field: 'domains', not: ['text'] },
    { why: 'GPS spoofing detection is no synthetic-data detection', text: 'We propose a lightweight anomaly detector for GPS spoofing detection on unmanned aerial vehicles using flight telemetry.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'voice spoofing detection is', text: 'We study voice spoofing detection with self-supervised speech features.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: '"typically ... so we address unsupervised AD" keeps the paper\'s setting', text: 'Labels are typically unavailable in practice so we address unsupervised anomaly detection with a novel reconstruction network.', field: 'settings', has: ['unsupervised'] },
    { why: '"typically scarce so we focus on few-shot AD" keeps it too', text: 'Labeled anomalies are typically scarce so we focus on few-shot anomaly detection with a memory bank.', field: 'settings', has: ['few-shot'] },
    { why: 'an unsupervised machine learning approach is unsupervised', text: 'We propose an unsupervised machine learning approach for detecting anomalies in sensor data.', field: 'settings', has: ['unsupervised'] },
    { why: 'an unsupervised clustering-based AD method is', text: 'We propose an unsupervised clustering-based anomaly detection method for network traffic.', field: 'settings', has: ['unsupervised'] },
    { why: 'an unsupervised domain-agnostic detector is', text: 'We propose an unsupervised domain-agnostic anomaly detector trained only on normal images.', field: 'settings', has: ['unsupervised'] },
    { why: 'unsupervised domain adaptation is a part', text: 'We adapt the detector with unsupervised domain adaptation to the target factory.', field: 'settings', not: ['unsupervised'] },
    { why: '"outperforms all baselines by using contrastive learning" keeps the technique', text: 'We propose Zorblax for anomaly detection. Zorblax outperforms all baselines by using contrastive learning on normal images.', field: 'techniques', has: ['contrastive-learning'] },
    { why: 'a prompt-free title is no prompt learning', title: 'Prompt-Free Zero-Shot Anomaly Detection', text: 'We detect anomalies without prompts.', field: 'techniques', not: ['prompt-learning'] },
    { why: 'jailbreak prompts detected are not either', title: 'Detecting Jailbreak Prompts in Large Language Models', text: 'We detect attacks on LLMs.', field: 'techniques', not: ['prompt-learning'] },
    { why: 'a CLIP-based forgery detector is no video paper', text: 'We propose a CLIP-based detector for face forgery detection. Experiments on FaceForensics++, Celeb-DF and DFDC show strong generalization.', field: 'domains', has: ['natural-images'], not: ['video'] },
    { why: '"Quality Evaluation of Solar Panels" is no evaluation study', title: 'Deep Anomaly Detection for Quality Evaluation of Solar Panels', text: 'We inspect panels.', field: 'settings', not: ['evaluation'] },
    { why: 'detecting and classifying vehicles is no anomaly classification', text: 'A YOLO detector is used to detect and classify vehicles in each frame before the anomaly scoring.', field: 'settings', not: ['anomaly-classification'] },
    { why: 'fine-grained categorization of birds is not either', text: 'We study out-of-distribution detection in fine-grained categorization, using CUB-200.', field: 'settings', not: ['anomaly-classification'] },
    { why: 'root-cause localization is no anomaly localization', text: 'We detect anomalies in microservice traces and then perform root-cause localization.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'crowd density is no density model', text: 'We estimate the crowd density in each frame of surveillance videos to find anomalies.', field: 'techniques', not: ['density-estimation'] },
    { why: 'density-based clustering is not either', text: 'We detect anomalous trajectories using density-based clustering of GPS points.', field: 'techniques', not: ['density-estimation'] },
    { why: 'a distribution shift estimated is not either', text: 'We estimate the distribution shift between training and test data.', field: 'techniques', not: ['density-estimation'] },
    { why: 'text prompts to GPT-4 on logs are no vision-language', text: 'We feed carefully designed text prompts to GPT-4 to detect anomalies in system logs.', field: 'techniques', not: ['vision-language'] },
    { why: '"out of scope for this work" is no text', text: 'Theoretical guarantees are out of scope for this work, but we show strong results on sensor data.', field: 'domains', not: ['text'] },
    { why: 'an autoencoder generating errors for outliers makes no synthetic anomalies', text: 'The autoencoder generates larger errors for outliers, which we use as scores.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: 'fakes a detector detects are no synthetic anomalies', text: 'GAN-based face swapping produces synthesized fake faces. We propose a frequency-aware detector.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: 'fakes made to train on are', text: 'We augment the training data with online synthesized fake images containing generalizable artifacts.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"across domains from industrial images to medical images" names the data', text: 'We transfer across domains from industrial images to medical images with a shared encoder.', field: 'domains', has: ['medical'] },
  ]);
  check<NamedField>([
    { why: 'a baseline for tabular datasets is a method', title: 'KNN-AD: A Simple Yet Effective Baseline for Anomaly Detection on Tabular Datasets', text: 'We propose KNN-AD, a simple baseline.', field: 'methods_proposed', has: ['KNN-AD'] },
    { why: 'a detector across datasets is a method', title: 'OmniAD: A Universal Anomaly Detector across Industrial Datasets', text: 'We propose OmniAD for industrial inspection.', field: 'methods_proposed', has: ['OmniAD'] },
    { why: '"experiments on benchmark datasets show that our approach, named X" names a method', text: 'Extensive experiments on four benchmark datasets show that our approach, named GraphZ, outperforms strong baselines.', field: 'methods_proposed', has: ['GraphZ'] },
  ]);
});

describe('fifth round: known models in parentheses, named parts, point adjustment, data after an ambiguous name', () => {
  check<NamedField>([
    { why: 'a known model in parentheses after its kind is the model', text: 'We build a novel pixelwise-annotated dataset and fine-tune a pre-trained Vision Transformer (DINOv2) via LoRA for segmentation.', field: 'models', has: ['DINOv2'] },
    { why: 'and not a proposal', text: 'We build a novel pixelwise-annotated dataset and fine-tune a pre-trained Vision Transformer (DINOv2) via LoRA for segmentation.', field: 'methods_proposed', not: ['DINOv2'] },
    { why: 'a loss function named X is a part', text: 'We propose a loss function named Zorb-Resilient Binary Cross-Entropy, an improvement to the classical loss.', field: 'methods_proposed', not: ['Zorb-Resilient'] },
    { why: 'point adjustment (PA) is no method', text: 'Anomaly predictions are adjusted, called point adjustment (PA), before the F1-score evaluation.', field: 'methods_mentioned', not: ['PA'] },
    { why: '"on Kepler data" is the Kepler dataset', title: 'Density-based outlier scoring on Kepler data', text: 'We score all long cadence light curves.', field: 'datasets', has: ['Kepler'] },
    { why: 'NASA\'s Kepler Mission is too', text: "We apply this method to long cadence lightcurves from NASA's Kepler Mission.", field: 'datasets', has: ['Kepler'] },
  ]);
});

describe('fifth round: baselines listed in a comparison, tool-augmented detection, applicability lists', () => {
  check<FacetField>([
    { why: 'techniques of baselines listed after "compared to approaches such as" are not the paper\'s', text: 'Our model is compared to 4 anomaly detection approaches such as K-Means, Box-Plot, Local Outlier Factor and Isolation Forest.', field: 'techniques', not: ['clustering', 'isolation-forest'] },
    { why: 'representations compared with the real data are the method\'s own', text: 'At testing time the real data are compared with both the appearance and the motion representations reconstructed by our GANs and abnormal areas are detected by computing local differences.', field: 'techniques', has: ['reconstruction'] },
    { why: 'baselines a benchmark provides are what it studies', text: 'We provide a diverse set of baselines, including heuristic, motion-aware, and vision-language approaches.', field: 'techniques', has: ['vision-language'] },
    { why: 'tool-augmented anomaly detection makes no synthetic anomalies', text: 'A key design is a hybrid inference mechanism for tool-augmented anomaly detection.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: 'careful attention of analysts is no attention mechanism', text: 'Each alert investigation requires from the fraud analysts careful attention and specialized knowledge.', field: 'techniques', not: ['attention'] },
  ]);
  check<FacetField>([
    { why: 'data a method "can be executed on" are its applicability, not its data', title: 'The weirdest galaxies: results from an outlier detection algorithm', text: 'It can be executed on imaging, time-series, and other spectroscopic data, and is easily parallelisable.', field: 'domains', not: ['time-series'] },
    { why: '"Industry Anomaly Detection" in a title is industrial', title: 'ZorbSeeker: A Knowledge-Grounded Framework for Industry Anomaly Detection', text: 'We detect defects on products.', field: 'domains', has: ['industrial'] },
  ]);
});

describe('a second reader\'s cases against this session\'s rules', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'a verb in a relative clause ("that ... and builds X (ACR)") is no second proposal: X is a part', text: pre + 'We propose a framework for video anomaly detection that extracts object tracks and builds a Temporal Zorb Module (TZM) to store normal patterns.', field: 'methods_proposed', not: ['TZM'] },
    { why: '"we agree that ... and present strong baselines, here we introduce X": the real proposal wins', text: pre + 'While we agree that large pretrained vision transformers are powerful feature extractors and present strong baselines, here we introduce ZorbMix, a lightweight alternative.', field: 'methods_proposed', has: ['ZorbMix'] },
    { why: '"... and develop slowly in the X (ACR) videos" is no coordinated proposal', text: pre + 'We show that existing detectors are biased toward scene context, and that events are rare and develop slowly over long horizons in the Long-Horizon Zorb Footage (LHZF) videos. We propose QuuxNet.', field: 'methods_proposed', not: ['LHZF'] },
    { why: 'a long form with "of" in a dataset list is spelt whole, not cut at "of"', text: pre + 'We evaluate on MVTec AD and the Defects of Zorbed Boards (DZB) dataset.', field: 'datasets', has: ['DZB'], not: ['Zorbed Boards'] },
    { why: 'an ambiguous known dataset whose long form the paper spells otherwise is still that dataset (MOOD)', text: pre + 'We evaluate on the Medical Out-of-Distribution (MOOD) challenge data and BraTS.', field: 'datasets', has: ['MOOD', 'BraTS'] },
  ]);
  check<FacetField>([
    { why: '"The proposed techniques have been evaluated" is the paper\'s own, not prior work', text: pre + 'The proposed techniques have been evaluated using synthetic anomalies injected into normal images from MVTec AD.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"To facilitate future research, we release ..." keeps the techniques after it', text: pre + 'To facilitate future research, we release a benchmark with synthetic anomalies and evaluate reconstruction-based methods on HDFS.', field: 'techniques', has: ['synthetic-anomalies', 'reconstruction'] },
    { why: '"injects learnable anomaly-aware prompts" is prompt learning, not synthetic anomalies', text: pre + 'We propose ZorbAD, which injects learnable anomaly-aware prompts into CLIP.', field: 'techniques', has: ['prompt-learning'], not: ['synthetic-anomalies'] },
    { why: 'a model\'s attention ("the transformers\' attention to") is the mechanism', text: pre + 'Our module guides the transformers\' attention to defect regions.', field: 'techniques', has: ['attention'] },
    { why: 'an acronym defined by a long form that is itself a cue of the tag keeps the tag (LMM)', text: pre + 'Existing methods have relied heavily on a Large Multimodal Model (LMM) for explanation. In this paper, we fine-tune an LMM with anomaly-aware instructions.', field: 'techniques', has: ['multimodal-llm'] },
    { why: '"evaluated on downstream tasks such as ..." is the paper\'s own data', text: pre + 'Zorbnet is evaluated on downstream tasks such as ECG arrhythmia detection and EEG seizure detection in time series.', field: 'domains', has: ['time-series'] },
  ]);
});

describe('a second reader\'s cases against the later rules', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'a known method implemented for comparison is no proposal', text: pre + 'For comparison, we implement Deep SVDD, which is a strong baseline.', field: 'methods_proposed', not: ['Deep SVDD'] },
    { why: '"we first present the classical approach, X" is existing work', text: pre + 'We first present the classical approach, Deep SVDD, and then show that it collapses.', field: 'methods_proposed', not: ['Deep SVDD'] },
    { why: '"we introduce X for a new application" uses a known method', text: pre + 'We introduce Deep SVDD for fault detection in wind turbines and analyse its failure cases.', field: 'methods_proposed', not: ['Deep SVDD'] },
    { why: '"we also implemented the X (ACR) of prior work" is no proposal', text: pre + 'For comparison, we also implemented the Temporal Hierarchical Zorb Network (THZN) of prior work.', field: 'methods_proposed', not: ['THZN'] },
    { why: 'devices after "tested on" are no datasets', text: pre + 'Tested on Raspberry Pi and Jetson Nano, it runs at 30 FPS.', field: 'datasets', not: ['Raspberry Pi', 'Jetson Nano'] },
    { why: '"datasets of Chinese and English logs" names no dataset', text: pre + 'We use two datasets of Chinese and English logs.', field: 'datasets', not: ['English', 'Chinese'] },
    { why: '"a lightweight adaptation of the X (ACR) framework" is the prior work adapted', text: pre + 'To address this, we present ZSN-QUUX, a lightweight adaptation of the Deep Zorbing Quux Model (DZQM) framework for 5G networks.', field: 'methods_proposed', has: ['ZSN-QUUX'], not: ['DZQM'] },
    { why: '"a ... framework -- X," names the proposal', text: pre + 'In this paper, we propose a spectral convolution and deconvolution based framework -- ZorbAE, to project the attributed network into a tailored space.', field: 'methods_proposed', has: ['ZorbAE'] },
    { why: 'a frozen backbone the proposal reuses is not the proposal', text: pre + 'We propose a lightweight detector that reuses a frozen backbone, RepZorb-M1, and adds a memory bank.', field: 'methods_proposed', not: ['RepZorb-M1'] },
    { why: 'a task long form without "for" is still a task ("method-agnostic anomaly detection (MAAD)")', text: pre + 'We propose a new benchmark for method-agnostic anomaly detection (MAAD) in industrial images.', field: 'methods_mentioned', not: ['MAAD'] },
    { why: 'the paper\'s own lower-case acronym after "with a" stays its proposal', text: pre + 'We propose to detect anomalies with a dual-stream zorb network (DSZN) model.', field: 'methods_proposed', has: ['DSZN'] },
    { why: 'a modality acronym does not join an unknown name ("OCTA MRI")', text: pre + 'We evaluate on datasets such as OCTA MRI and ISIC AD.', field: 'datasets', not: ['OCTA MRI'] },
  ]);
  check<FacetField>([
    { why: '"Latency measurements show it processes a frame in 3 ms" is the method\'s latency', text: pre + 'Latency measurements show that it processes a frame in 3 ms.', field: 'metrics', has: ['latency'] },
    { why: '"Unlike existing methods ..., the proposed X uses contrastive learning" keeps the technique', text: pre + 'Unlike existing methods that rely on labels, the proposed ZorbGuard uses contrastive learning and an isolation forest.', field: 'techniques', has: ['contrastive-learning', 'isolation-forest'] },
    { why: 'non-contrastive learning is no contrastive learning, in the generic list too', text: pre + 'We propose a detector trained with non-contrastive learning.', field: 'techniques', not: ['contrastive-learning'] },
    { why: '"the implementation is evaluated on publicly available brain MRI scans" keeps the domain', text: pre + 'The implementation is evaluated on publicly available brain MRI scans from three hospitals.', field: 'domains', has: ['medical'] },
  ]);
});


describe('sixth round: a coined name as the subject of the result, a name after "algorithm"', () => {
  const pre = 'Anomaly detection is hard. We propose a new approach to it. ';
  check<NamedField>([
    { why: 'a coined name that outperforms the baselines is the paper\'s method', text: pre + 'Extensive experiments on several public datasets show that ZorbFormer outperforms state-of-the-art baseline methods.', field: 'methods_proposed', has: ['ZorbFormer'] },
    { why: 'an adverb between the name and the verb changes nothing', text: pre + 'Experiments on four datasets verify that QuuxKD remarkably outperforms the advanced baselines.', field: 'methods_proposed', has: ['QuuxKD'] },
    { why: '"X demonstrates superior performance" is a result of the paper\'s method', text: pre + 'ZorbNet demonstrates superior performance with a 10% improvement across all metrics.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: 'an acronym read as a part, then the subject of the result, is the method', text: pre + 'Our approach introduces a new framework based on a collaborative zorb teacher network (ZorTNet), an adaptive fusion module, and a noise generation module. ZorTNet demonstrates superior performance on mainstream benchmarks.', field: 'methods_proposed', has: ['ZorTNet'] },
    { why: 'a known method as a result\'s subject is not the paper\'s', text: pre + 'On MVTec AD, PatchCore achieves 99% image AUROC, but fails on logical anomalies.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: 'a name the abstract compares with is a baseline, even as a subject', text: pre + 'Our method outperforms QuuxGAN by 4 points. QuuxGAN achieves high recall at a cost in precision.', field: 'methods_proposed', not: ['QuuxGAN'] },
    { why: 'a name coordinated with a known method ("DRAEM and X achieved") is a peer of it', text: pre + 'Our generated anomalies improve downstream models, e.g., DRAEM and ZorbSeg achieved a 5.8% and 1.5% improvement.', field: 'methods_proposed', not: ['ZorbSeg'] },
    { why: 'prior work as the subject of a result is not the paper\'s', text: pre + 'Previous methods such as QuuxFlow achieve strong results but need labels.', field: 'methods_proposed', not: ['QuuxFlow'] },
    { why: 'a plural acronym names a kind of model, not one', text: pre + 'Our results demonstrate that TSFMs outperform task-specific baselines.', field: 'methods_proposed', not: ['TSFMs'] },
    { why: 'without a proposal, a result\'s subject is no proposal', text: 'We compare detectors on ten datasets. ZorbFormer outperforms the others on most of them.', field: 'methods_proposed', not: ['ZorbFormer'] },
    { why: '"we develop an ... algorithm X, which" names the algorithm', text: 'Anomaly detection is hard. In this paper, we develop an unsupervised anomaly detection algorithm ZorbAnomaly, which integrates a transformer and a VAE.', field: 'methods_proposed', has: ['ZorbAnomaly'] },
  ]);
});

describe('sixth round: "The proposed X", data named after describing words, a proposal renamed as data', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"The proposed X" at a sentence start is the paper\'s own, as in mid-sentence', text: pre + 'We propose a new detector. The proposed ZorbNet-2 generates novel classes by mixup.', field: 'methods_proposed', has: ['ZorbNet-2'] },
    { why: '"The proposed X" may name an acronym the paper defined as a part-like long form', text: pre + 'To develop an effective detector, we leverage an external unlabeled set and design a concise framework featured by unsupervised zorb grouping (UZG) for the joint modeling of ID and OOD data. The proposed UZG can enrich the semantic knowledge of the model.', field: 'methods_proposed', has: ['UZG'] },
    { why: '"the proposed X module" is a named part, not the method', text: pre + 'We propose ZorbAD. The proposed QZM module integrates cascaded state space blocks.', field: 'methods_proposed', has: ['ZorbAD'], not: ['QZM'] },
    { why: '"the proposed X criterion" is a named part, not the method', text: pre + 'We propose ZorbAD. The proposed QZC criterion is also discriminative.', field: 'methods_proposed', not: ['QZC'] },
    { why: '"Our novel X learning for Y (ACR)": the first word of a long form is no name', text: pre + 'Our novel Zorb-Quux learning for Open-Set Recognition (ZQOSR) utilizes latent representations.', field: 'methods_proposed', has: ['ZQOSR'], not: ['Zorb-Quux'] },
    { why: '"a ... algorithm, Trinity, specifically ...": an English word set off by commas after the head noun is the name', text: pre + 'Here, we propose a context-aware video anomaly detection algorithm, Trinity, specifically targeted to these scenarios.', field: 'methods_proposed', has: ['Trinity'] },
    { why: '"the real-world X dataset" names X', text: pre + 'Extensive experiments are also conducted on the real-world ZORB-II dataset, which shows that the method works.', field: 'datasets', has: ['ZORB-II'] },
    { why: '"extended to X and Y datasets" names both', text: pre + 'The method achieves 96.9% on MVTec AD and is extended to ZorbTWICE and DAGM datasets.', field: 'datasets', has: ['ZorbTWICE', 'DAGM'] },
    { why: '"a standard X benchmark" in a trading paper is a baseline strategy, not data', text: pre + 'The top model achieves a 6.70% gain, significantly outperforming a standard Buy-and-Hold benchmark.', field: 'datasets', not: ['Buy-and-Hold'] },
    { why: 'a proposal later named as "the X benchmarks" is the paper\'s data', text: pre + 'To overcome these drawbacks, we re-design the benchmarks and propose the semantically coherent zorb detection (SC-ZORB). On the SC-ZORB benchmarks, existing methods suffer from large degradation.', field: 'datasets', has: ['SC-ZORB'] },
    { why: 'a quoted hyphenated term after "so-called" is a term, not a name', text: pre + 'Existing models fail under the so-called "near-distribution" setting, where the differences are subtle.', field: 'methods_mentioned', not: ['near-distribution'] },
    { why: 'a quoted hyphenated name after "a classifier called" is a name', text: pre + 'One of the recent approaches proposes training a classifier called "zorb-classifier" by minimizing the cross-entropy loss.', field: 'methods_mentioned', has: ['zorb-classifier'] },
  ]);
});

describe('sixth round: lower-case camel-case names, "the X ... algorithm", "a new metric—the X—"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'a one-word camel-case name in lower case is the name ("deepwalk embeddings")', text: pre + 'We evaluate classifiers based on curated features, deepwalk embeddings, and node2vec embeddings.', field: 'methods_mentioned', has: ['DeepWalk', 'node2vec'] },
    { why: 'but not as two lower-case words ("fast flow of data" is not FastFlow)', text: pre + 'Sensors report a fast flow of data from the plant.', field: 'methods_mentioned', not: ['FastFlow'] },
    { why: 'an acronym in lower case is still not the acronym ("clip" is not CLIP)', text: pre + 'We cut each clip into frames.', field: 'models', not: ['CLIP'] },
    { why: '"Using the X active anomaly detection algorithm" names a method the paper uses', text: pre + 'Using the ZorbForest active anomaly detection algorithm, we analysed four selected fields.', field: 'methods_mentioned', has: ['ZorbForest'] },
    { why: '"the KNN-distance method": a generic name and an English word are no name', text: pre + 'With the best feature extractor, the KNN-distance method surpasses other models.', field: 'methods_mentioned', not: ['KNN-distance'] },
    { why: 'a proposal\'s "we introduce a X technique" is no mentioned method', text: pre + 'Moreover, we introduce a ZorbMix spectrogram augmentation technique to enhance sensitivity.', field: 'methods_mentioned', not: ['ZorbMix'] },
    { why: '"introduces a new metric—the X—for ..." names the proposed metric', text: pre + 'This paper proposes a methodology and introduces a new metric—the Zorb-Score—for fraud detection.', field: 'methods_proposed', has: ['Zorb-Score'] },
  ]);
});

describe('sixth round: "dubbed X", database lists, "datasets from X and Y"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"a method ..., dubbed X, which" names the proposal ("dubbed" is a naming word)', text: pre + 'We propose a graph-based method for unsupervised log anomaly detection, dubbed Logs2Zorbs, which first converts event logs into graphs.', field: 'methods_proposed', has: ['Logs2Zorbs'] },
    { why: '"carried out on three databases: X, Y, and Z" names the data', text: pre + 'Extensive evaluations are carried out on three databases: A3Zorb, PASCAL QUUX, and PROZORB.', field: 'datasets', has: ['A3Zorb', 'PASCAL QUUX', 'PROZORB'] },
    { why: '"the datasets from X and Y" names the data', text: pre + 'We demonstrate concept drift on various disk models based on the datasets from Zorbblaze and Quux Cloud.', field: 'datasets', has: ['Quux Cloud'] },
  ]);
});

describe('sixth round: "the battery-pack dataset X", "our newly released X dataset"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"On the battery-pack dataset X," names the data', text: pre + 'On the battery-pack dataset Zorb-Cable, it achieves 99.86% image-level AUROC.', field: 'datasets', has: ['Zorb-Cable'] },
    { why: '"the two-version dataset of X" still names X', text: pre + 'We evaluate on the two-version dataset of ZORBEVOL-Hadoop.', field: 'datasets', has: ['ZORBEVOL-Hadoop'] },
    { why: '"Evaluated on our newly released X dataset" names the paper\'s data', text: pre + 'Evaluated on our newly released Zorb3D-AD dataset, which captures realistic sensor noise, we see similar gains.', field: 'datasets', has: ['Zorb3D-AD'] },
  ]);
});

describe('sixth round: "databases X, Y and Z", "the clinical X dataset", the start of the paper\'s longer name', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"in three public databases X, Y, and Z," names them all', text: pre + 'We obtain results similar to the state of the art in three public databases Zorb Fight, RLZSD, and QWF-2000, achieving an accuracy of 97.3%.', field: 'datasets', has: ['RLZSD', 'QWF-2000'] },
    { why: '"on the clinical X dataset" names X', text: pre + 'The proposed model outperforms binary classifiers on the clinical X-ZORB dataset that contains 5,977 cases.', field: 'datasets', has: ['X-ZORB'] },
    { why: '"we introduce X-Y ... The proposed X can" keeps only the paper\'s full name', text: pre + 'We introduce ZLAN-QC, a Dynamic Zorb Aggregation Network with Quux Clusterer, for anomaly detection. First, the proposed ZLAN can learn high-level features.', field: 'methods_proposed', has: ['ZLAN-QC'], not: ['ZLAN'] },
  ]);
  check<FacetField>([
    { why: 'accuracy with its figure needs no cue ("achieving 94.6% detection accuracy")', text: pre + 'Experiments on three public datasets show our approach achieving 94.6% detection accuracy and a BLEU-4 score of 0.421.', field: 'metrics', has: ['accuracy'] },
  ]);
});

describe('sixth round: medical signals and images, security and finance words, e-commerce is no retail data', () => {
  check<FacetField>([
    { why: 'EEG recordings are medical data', text: 'We detect artifacts in EEG recordings with an autoencoder.', field: 'domains', has: ['medical'] },
    { why: 'ECG heartbeats are medical data', text: 'We detect anomalous heartbeats in ECG signals.', field: 'domains', has: ['medical'] },
    { why: 'fundus images and diabetic retinopathy are medical', text: 'We screen fundus images for diabetic retinopathy and reject out-of-distribution inputs.', field: 'domains', has: ['medical'] },
    { why: 'dermoscopic images are medical', text: 'We detect out-of-distribution dermoscopic images of skin.', field: 'domains', has: ['medical'] },
    { why: 'a botnet is a security threat', text: 'We detect and classify botnet traffic with a deep network.', field: 'domains', has: ['security'] },
    { why: 'insider threats are security', text: 'We detect insider threats from user behaviour logs.', field: 'domains', has: ['security'] },
    { why: 'money laundering is finance', text: 'We characterise money laundering activities on the Bitcoin network.', field: 'domains', has: ['finance'] },
    { why: 'e-commerce fraud is finance, not retail data', text: 'We detect fraudulent transactions in e-commerce with contrastive learning.', field: 'domains', has: ['finance'], not: ['retail'] },
  ]);
});

describe('sixth round: a supervised classifier is supervised', () => {
  check<FacetField>([
    { why: '"we propose a supervised classification approach" is supervised', text: 'Second, we propose a supervised classification approach based on dummy anomalies.', field: 'settings', has: ['supervised'] },
    { why: '"combined with supervised machine learning" is supervised', text: 'We compare anomaly detection with supervised machine learning techniques on collider events.', field: 'settings', has: ['supervised'] },
    { why: 'a semi-supervised classifier is not supervised', text: 'We train a semi-supervised classifier on a few labelled signatures.', field: 'settings', not: ['supervised'] },
  ]);
});

describe('sixth round: software vulnerabilities are security, out-of-scope intents are OOD detection', () => {
  check<FacetField>([
    { why: 'source code vulnerability detection is security', text: 'We propose a graph neural network for source code vulnerability detection.', field: 'domains', has: ['security'] },
    { why: '"the vulnerability of deep models to attacks" is no software security data', text: 'We study the vulnerability of deep anomaly detectors to adversarial perturbations of images.', field: 'domains', not: ['security'] },
    { why: 'out-of-scope intent detection is OOD detection', text: 'We fine-tune sentence transformers for intent recognition and out-of-scope detection in dialogue systems.', field: 'settings', has: ['ood-detection'] },
    { why: 'COVID-19 misinformation is no medical data', text: 'We detect COVID-19 fake news in social media posts with XLNet.', field: 'domains', not: ['medical'] },
  ]);
});

describe('a second reader\'s cases against the sixth round\'s rules', () => {
  const pre = 'Anomaly detection is hard. We propose a new approach to it. ';
  check<NamedField>([
    { why: 'a benchmark paper has no proposed method: the model it evaluates best is no proposal', text: 'Log anomaly detection is hard. We construct a benchmark of 20 log datasets and evaluate 15 LLMs. Surprisingly, Falcon3-10B surpasses GPT-4 in zero-shot settings.', field: 'methods_proposed', not: ['Falcon3-10B'] },
    { why: 'a new dataset that "exceeds existing datasets" is no method', text: 'Anomaly detection is hard. We introduce a new dataset of 10,000 industrial images with 12 defect types. ZorbSet exceeds existing datasets in scale and diversity.', field: 'methods_proposed', not: ['ZorbSet'] },
    { why: '"However, X achieves only 60% ..., which our method addresses" is a baseline', text: pre + 'However, QuuxNet achieves only 60% AUROC on logical anomalies, which our method addresses.', field: 'methods_proposed', not: ['QuuxNet'] },
    { why: '"For example, X achieves high accuracy but requires labels" is prior work', text: pre + 'For example, QuuxNet achieves high accuracy but requires labels.', field: 'methods_proposed', not: ['QuuxNet'] },
    { why: '"... better results than ours" is a competitor', text: pre + 'On the other hand, when trained with labels, QuuxNet achieves better results than ours.', field: 'methods_proposed', not: ['QuuxNet'] },
    { why: 'the second subject of "X achieves A, while Y achieves only B" is a baseline', text: pre + 'Experiments on MVTec AD show that ZorbNet achieves 99.1% AUROC, while QuuxFormer achieves only 95.2%.', field: 'methods_proposed', has: ['ZorbNet'], not: ['QuuxFormer'] },
    { why: 'a model ranked "among open-source models" is a pretrained model, not the proposal', text: pre + 'In the zero-shot setting, InternQuux-8B achieves the best results among open-source models.', field: 'methods_proposed', not: ['InternQuux-8B'] },
    { why: '"results show X outperforms" (no "that") is the paper\'s result', text: pre + 'Experimental results show ZorbNet outperforms all competitors.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"X sets a new state of the art" is the paper\'s result', text: pre + 'Experiments show that ZorbNet sets a new state of the art on MVTec AD.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: 'a size variant of the paper\'s own name is no second proposal', text: 'Anomaly detection is hard. We propose ZorbNet. Experiments show that ZorbNet-S achieves 98% AUROC with half the parameters.', field: 'methods_proposed', has: ['ZorbNet'], not: ['ZorbNet-S'] },
    { why: '"improves on the state-of-the-art detector X" names what it improves on', text: 'Anomaly detection is hard. We present an approach that improves on the state-of-the-art detector QuuxDet, which requires labels.', field: 'methods_proposed', not: ['QuuxDet'] },
    { why: '"a new training technique for the popular algorithm X" names what it trains', text: 'Anomaly detection is hard. We propose a new training technique for the popular algorithm QuuxForest, which is widely deployed.', field: 'methods_proposed', not: ['QuuxForest'] },
    { why: '"The proposed PatchCore extension" builds on PatchCore', text: 'Anomaly detection is hard. We propose a new detector. The proposed PatchCore extension reduces memory by half.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: 'a named part defined with "module", then "The proposed X", stays a part', text: 'Anomaly detection is hard. We propose a multi-scale feature fusion (MSFF) module and a zorb alignment (ZA) loss. The proposed MSFF improves pixel AUROC by 2%.', field: 'methods_proposed', not: ['MSFF'] },
    { why: 'an ablation\'s subject is a part of the method', text: 'Anomaly detection is hard. We propose ZorbNet with a Dual-Zorb Adapter (DZA) module. Ablations show that DZA consistently achieves a 3% gain.', field: 'methods_proposed', has: ['ZorbNet'], not: ['DZA'] },
    { why: '"the clinical ICU dataset" names no dataset', text: 'Anomaly detection is hard. We propose ZorbNet. Experiments on the clinical ICU dataset show a 5% gain.', field: 'datasets', not: ['ICU'] },
    { why: '"a public UAV dataset" names no dataset', text: 'Anomaly detection is hard. We propose ZorbNet. Experiments on a large-scale SCADA dataset and a public UAV dataset show a 5% gain.', field: 'datasets', not: ['UAV', 'SCADA'] },
    { why: 'database systems are no data', text: 'Database workloads are complex. We detect anomalous queries against relational databases such as MySQL, PostgreSQL and Oracle.', field: 'datasets', not: ['MySQL', 'PostgreSQL'] },
    { why: '"the ImageNet-pretrained detector" names no method', text: 'Anomaly detection is hard. We evaluate on MVTec AD with the ImageNet-pretrained detector.', field: 'methods_mentioned', not: ['ImageNet-pretrained'] },
    { why: '"the PyTorch deep learning framework" is software, no method', text: 'Anomaly detection is hard. All models are implemented in the PyTorch deep learning framework.', field: 'methods_mentioned', not: ['PyTorch'] },
    { why: '"the TF-IDF method", "the STL decomposition method" are generic algorithms', text: 'Anomaly detection is hard. Logs are embedded with the TF-IDF method and seasonality is removed with the STL decomposition method.', field: 'methods_mentioned', not: ['TF-IDF', 'STL'] },
    { why: '"The X ... algorithm" at a sentence start names a method the paper uses', text: 'Anomaly detection is hard. The ZorbForest active anomaly detection algorithm was used to analyse four fields.', field: 'methods_mentioned', has: ['ZorbForest'] },
    { why: '"a new metric, the X, for ..." names the proposed metric', text: 'Anomaly detection is hard. This paper introduces a new metric, the Zorb-Score, for fraud detection.', field: 'methods_proposed', has: ['Zorb-Score'] },
    { why: 'a known name ending in "++" is not matched by "R&D"', text: 'We demonstrate the approach on the LHC Olympics R&D dataset.', field: 'methods_mentioned', not: ['RD++'] },
  ]);
  check<FacetField>([
    { why: '"a new metric, termed X" is a proposed metric', text: 'Anomaly detection is hard. This paper introduces a new metric, termed Zorb-Score, for fraud detection.', field: 'metrics', has: ['Zorb-Score'] },
    { why: 'the hospitality industry is no hospital', text: 'Anomaly detection in hotel bookings is hard. We propose an unsupervised detector for the hospitality industry.', field: 'domains', not: ['medical'] },
    { why: 'ultrasonic inspection of welds is no medical data', text: 'Weld inspection is hard. We propose an unsupervised detector for ultrasound inspection of welds in steel pipes.', field: 'domains', not: ['medical'] },
    { why: 'industrial CT scans of castings are no medical data', text: 'Casting inspection is hard. We propose an unsupervised detector for industrial CT scans of aluminium castings.', field: 'domains', has: ['industrial'], not: ['medical'] },
    { why: 'a pandemic as motivation is no medical data', text: 'Stock markets showed many anomalies during the COVID-19 pandemic. We propose an unsupervised detector for stock price series.', field: 'domains', not: ['medical'] },
  ]);
});

describe('sixth round: a metric in parentheses after a figure, "a novel ... method, X, which"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<FacetField>([
    { why: '"by 16.57% (FPR95)" reports FPR@95TPR', text: pre + 'On CIFAR-100, our method outperforms a competitive baseline by 16.57% (FPR95).', field: 'metrics', has: ['FPR@95TPR'] },
    { why: '"the proactive prediction of anomalies (AP)" is still no metric', text: pre + 'We study the proactive prediction of anomalies (AP) in cloud systems.', field: 'metrics', not: ['AUPR'] },
  ]);
  check<NamedField>([
    { why: '"motivates a novel OOD detection method for neural networks, X, which" names the proposal', text: pre + 'Our analytical framework motivates a novel OOD detection method for neural networks, ZEM, which demonstrates both theoretical and empirical superiority.', field: 'methods_proposed', has: ['ZEM'] },
  ]);
});

describe('sixth round: "abbreviated by X", "building upon X"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"(abbreviated by X)" names the proposal', text: pre + 'This paper presents a transformer-based Siamese network architecture (abbreviated by ZorbFormer) for change detection from remote sensing images.', field: 'methods_proposed', has: ['ZorbFormer'] },
    { why: '"shortened to X" names the proposal', text: pre + 'We propose the Zorb Quux Network, shortened to ZQNet, for change detection.', field: 'methods_proposed', has: ['ZQNet'] },
  ]);
});

describe('sixth round: visual inspection by people is no industrial data', () => {
  check<FacetField>([
    { why: '"recommendations for visual inspection" of galaxy spectra is no industrial inspection', text: 'We use an active learning package that provides outlier recommendations for visual inspection of galaxy spectra.', field: 'domains', not: ['industrial'] },
    { why: '"visual inspection of products" is industrial', text: 'Automated visual inspection of products on production lines needs anomaly detection.', field: 'domains', has: ['industrial'] },
  ]);
});

describe('sixth round: "Experiments on X and Y show", a defined data set written in two words', () => {
  const pre = 'Anomaly detection is hard. We propose ZorbGround. ';
  check<NamedField>([
    { why: '"Experiments on X and Y show that" names both as evaluation data', text: pre + 'Experiments on PadZorb-GR and MS-QXR show that ZorbGround achieves strong zero-shot transfer.', field: 'datasets', has: ['PadZorb-GR', 'MS-QXR'] },
    { why: '"Experiments on X and Y models show" names no data', text: pre + 'Experiments on Zorb-7B and Quux-13B models show that our prompts transfer.', field: 'datasets', not: ['Zorb-7B', 'Quux-13B'] },
  ]);
});

describe('sixth round: a long form ending in "Data Set" names data', () => {
  check<NamedField>([
    { why: '"the Text-Augmented Zorb Data Set (TAZD)" is the paper\'s data', text: 'Anomaly detection is hard. We first collect a large-scale defect data set with textual descriptions, namely, the Text-Augmented Zorb Data Set (TAZD), to fine-tune an LVLM.', field: 'datasets', has: ['TAZD'] },
  ]);
});

describe('sixth round: "denoted X (ACR)", "framework: X (long form)", "framework X is proposed"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"a framework ..., denoted Long Form (ACR)" names the proposal', text: pre + 'We propose a learning framework based on graph neural networks, denoted Zorb Graph Network (ZGN), for learning representations.', field: 'methods_proposed', has: ['ZGN'] },
    { why: '"a novel unsupervised framework: X (lower-case long form)" names the proposal', text: pre + 'In this study, we propose to tackle inductive anomaly detection on attributed networks with a novel unsupervised framework: AGZIS (adversarial graph zorbing networks).', field: 'methods_proposed', has: ['AGZIS'] },
    { why: '"an integrated framework X is proposed" names the proposal', text: pre + 'In this work, an integrated two-strategy framework HeteZAD is proposed to balance homophily and heterophily.', field: 'methods_proposed', has: ['HeteZAD'] },
    { why: '"the framework X was proposed by Smith" in prior work is no proposal of this paper', text: pre + 'Earlier, the framework QuuxGAD was proposed by others for fraud; we study its failure modes.', field: 'methods_proposed', not: ['QuuxGAD'] },
  ]);
});

describe('sixth round: baseline and dataset lists set off by a dash', () => {
  const pre = 'Anomaly detection is hard. We propose ZorbVIL. ';
  check<NamedField>([
    { why: '"outperforms state-of-the-art detectors—X, Y, and Z—" names the baselines', text: pre + 'On the PrimeVul dataset, ZorbVIL outperforms state-of-the-art supervised detectors—LineZul, LineZD, and LLMZO—achieving 2x higher accuracy.', field: 'methods_mentioned', has: ['LineZul', 'LineZD', 'LLMZO'] },
    { why: '"compared to static analysis tools like X and Y" names the baselines', text: pre + 'ZorbVIL achieves superior performance compared to static analysis tools like Zythril and Quuxer.', field: 'methods_mentioned', has: ['Zythril'] },
    { why: 'a dash-set list of English words ("benchmarks-Brain, Retina, Lung, and Breast datasets") names no dataset', text: pre + 'Extensive experiments on four diverse benchmarks-Brain, Retina, Lung, and Breast datasets-demonstrate the effectiveness of our approach.', field: 'datasets', not: ['Brain', 'Retina', 'Lung', 'Breast'] },
  ]);
});

describe('sixth round: model versions and tiers, dataset releases', () => {
  check<NamedField>([
    { why: '"Gemini Pro 1.5" keeps its point version; "Gemini-3-Flash" its tier', text: 'We evaluate Gemini Pro 1.5 and Gemini-3-Flash on the task.', field: 'models', has: ['Gemini Pro 1.5', 'Gemini-3-Flash'] },
    { why: 'a figure after a model is no version ("CLIP 0.91 AUROC")', text: 'Zero-shot CLIP 0.91 AUROC is reported on MVTec AD.', field: 'models', has: ['CLIP'], not: ['CLIP 0.91'] },
    { why: '"CERT r4.2, CERT r5.2": releases of a dataset are its editions', text: 'Experiments on three public datasets, CERT r4.2, CERT r5.2 and LANL, show gains.', field: 'datasets', has: ['CERT r4.2', 'CERT r5.2'] },
  ]);
});

describe('sixth round: metric spellings ("F-scores", "AUCROC"), "image- and pixel-AUROC", "(AUROC)" after "respectively"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<FacetField>([
    { why: '"its best F-scores range from 0.75 to 0.9" reports F1', text: pre + 'Its best F-scores range from 0.75 to 0.9 for the studied KPIs.', field: 'metrics', has: ['F1'] },
    { why: '"0.779 AUCROC" reports AUROC', text: pre + 'The model is able to detect all diseases with 0.779 AUCROC.', field: 'metrics', has: ['AUROC'] },
    { why: '"both image- and pixel-AUROC" reports both', text: pre + 'Our method achieves state-of-the-art results in both image- and pixel-AUROC.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: '"by +13.5% and +6.9%, respectively (AUROC)" reports AUROC', text: pre + 'In the semi-supervised setting, we outperform the state of the art by +13.5% and +6.9%, respectively (AUROC).', field: 'metrics', has: ['AUROC'] },
  ]);
});

describe('a second reader\'s cases against the later sixth-round rules', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"Smith et al. introduced a novel ... method, X, which" is someone else\'s', text: pre + 'Recently, Smith et al. introduced a novel OOD detection method for neural networks, QuuxOOD, which relies on energy scores. We show that it fails on far-OOD data.', field: 'methods_proposed', not: ['QuuxOOD'] },
    { why: '"we build on a novel approach ..., DOMINANT, which" uses a known method', text: pre + 'We build on a novel approach for graph anomaly detection, DOMINANT, which uses autoencoders.', field: 'methods_proposed', not: ['DOMINANT'] },
    { why: '"The algorithm X was introduced in 2019 and remains a strong baseline" is prior work', text: pre + 'The algorithm QuuxForest was introduced in 2019 and remains a strong baseline. Here we study its robustness.', field: 'methods_proposed', not: ['QuuxForest'] },
    { why: '"A novel model PatchCore is introduced into the pipeline" uses a known method', text: pre + 'A novel model PatchCore is introduced into the pipeline to score patches.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: 'scores after model names are no versions ("CLIP 91.2")', text: pre + 'ZorbNet reaches an AUROC of 96.4, compared with CLIP 91.2 and DINOv2 88.7 on MVTec AD.', field: 'models', has: ['CLIP', 'DINOv2'], not: ['CLIP 91.2'] },
    { why: 'a tier word after a name with no version is no tier ("CLIP Pro features")', text: pre + 'ZorbNet with CLIP Pro features improves AUROC.', field: 'models', has: ['CLIP'], not: ['CLIP Pro'] },
    { why: '"Experiments on X and Y show that the attack ..." tests systems, not data', text: pre + 'We propose a universal adversarial patch. Experiments on QuuxNet and ZooDet show that the attack reduces AUROC by 30%.', field: 'datasets', not: ['QuuxNet', 'ZooDet'] },
    { why: '"Experiments on Jetson Orin and Raspberry Pi demonstrate real-time inference" names devices', text: pre + 'We propose ZorbNet. Experiments on Jetson Orin and Raspberry Pi demonstrate real-time inference at low power.', field: 'datasets', not: ['Jetson Orin', 'Raspberry Pi'] },
    { why: '"the mean time to detection, abbreviated to MTTD" is a metric, no method', text: pre + 'We propose ZorbNet, which lowers the mean time to detection, abbreviated to MTTD, by 40%.', field: 'methods_proposed', has: ['ZorbNet'], not: ['MTTD'] },
    { why: '"industrial control systems (abbreviated by ICS)" is a domain, no method', text: pre + 'We study industrial control systems (abbreviated by ICS) and propose ZorbICS.', field: 'methods_proposed', not: ['ICS'] },
    { why: '"The set of normal samples, denoted Normal Training Set (NTS)" is notation, no method', text: pre + 'We propose ZorbNet. The set of normal samples, denoted Normal Training Set (NTS), is small.', field: 'methods_proposed', not: ['NTS'] },
    { why: '"an existing framework: X (long form)" is no proposal', text: pre + 'We build our method on an existing framework: QGAD (quux graph anomaly detection).', field: 'methods_proposed', not: ['QGAD'] },
    { why: 'a dash-set list does not glue the next verb onto its last item', text: pre + 'We propose ZorbNet. Extensive experiments on benchmarks-ZorbSet, QuuxBench and FooAD-demonstrate its effectiveness.', field: 'datasets', not: ['FooAD-demonstrate'] },
    { why: '"outperforms state-of-the-art methods—including X, Y, and Z—" names the baselines', text: pre + 'We propose ZorbNet. ZorbNet outperforms state-of-the-art methods—including QuuxNet, ZooDet, and BarAD—by 5%.', field: 'methods_mentioned', has: ['QuuxNet', 'ZooDet', 'BarAD'] },
    { why: '"frameworks like PyTorch and TensorFlow" are software, no baselines', text: pre + 'We propose ZorbNet. We compare against frameworks like PyTorch and TensorFlow in speed.', field: 'methods_mentioned', not: ['PyTorch', 'TensorFlow'] },
  ]);
  check<FacetField>([
    { why: '"respectively (AP)" reports AUPR even when a long form could be made up before it', text: pre + 'We propose ZorbNet. It achieves 93.1% and 94.2% on MVTec AD and VisA, respectively (AP).', field: 'metrics', has: ['AUPR'] },
    { why: '"image- and pixel-AUPR" reports AUPR at both levels, and adds no AUROC', text: pre + 'ZorbNet reaches 98.7% pixel-AUROC and 94.2% PRO on MVTec AD, and improves image- and pixel-AUPR on VisA.', field: 'metrics', has: ['AUPR', 'pixel-AUPR', 'pixel-AUROC'], not: ['AUROC'] },
    { why: '"manual visual inspection of printed circuit boards" is industrial', text: 'Manual visual inspection of printed circuit boards is slow and error-prone. We propose ZorbNet, an unsupervised detector that localizes anomalies on boards.', field: 'domains', has: ['industrial'] },
  ]);
});

describe('sixth round, last: a name after someone\'s named benchmark, "fully supervised", "a new approach ..., X, based on"', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"a new method for ... on the MVTec AD benchmark, ZorbDet, which" names the method, not data', text: pre + 'We propose a new method for detecting defects on the MVTec AD benchmark, ZorbDet, which is fast.', field: 'datasets', has: ['MVTec AD'], not: ['ZorbDet'] },
    { why: '"our new benchmark, ZorbBench, which" still names the paper\'s data', text: pre + 'We release our new benchmark, ZorbBench, which covers 12 domains.', field: 'datasets', has: ['ZorbBench'] },
    { why: '"motivates a new approach for OOD detection, X, based on energy scores" names the proposal', text: pre + 'Our analysis motivates a new approach for OOD detection, ZorbOOD, based on energy scores.', field: 'methods_proposed', has: ['ZorbOOD'] },
  ]);
  check<FacetField>([
    { why: '"a fully supervised classifier on labelled defect images" is supervised', text: pre + 'We train a fully supervised classifier on labelled defect images.', field: 'settings', has: ['supervised'] },
  ]);
});

describe('seventh round: language models are no text data where they work on systems or are only praised; motivation, averages, acoustics', () => {
  const pre = 'Anomaly detection is hard. ';
  check<FacetField>([
    { why: 'an LLM applied to a network\'s faults gives no text domain', title: 'Automated Fault Detection in Zorb Core Networks Using Large Language Models', text: 'We fine-tune a large language model to flag faults in network function records.', field: 'domains', not: ['text'] },
    { why: '... nor one that watches agents', title: 'Detecting Silent Failures in Multi-Agent Zorb Pipelines', text: 'Multi-agent systems powered by large language models (LLMs) fail silently. We detect such failures.', field: 'domains', not: ['text'] },
    { why: 'an LLM paper on its own hallucinations is still about text', title: 'Can LLMs Detect Their Own Hallucinations?', text: 'We study whether large language models (LLMs) can flag their own hallucinated answers.', field: 'domains', has: ['text'] },
    { why: '"LLMs have revolutionised natural language processing" praises the models; no text data', title: 'Zorb: Explainable Intrusion Detection', text: 'Large Language Models (LLMs) have revolutionised natural language processing tasks. We propose Zorb, which explains network intrusion alerts.', field: 'domains', has: ['security'], not: ['text'] },
    { why: '"applying NLP advances to log analysis" is log data', title: 'Zorb: Log Anomaly Detection', text: 'Applying NLP advancements to log analysis directly is hard. We propose Zorb for system log anomalies.', field: 'domains', not: ['text'] },
    { why: 'an NLP benchmark is still text', title: 'ZorbBench: NLP Anomaly Detection Benchmark', text: 'We evaluate detectors on eight NLP datasets.', field: 'domains', has: ['text'] },
    { why: '"plays a vital role in surveillance, ..., healthcare" lists motivations, no domains', text: 'Anomaly recognition plays a vital role in surveillance, transportation, healthcare, and public safety. We propose ZorbNet for violent video events.', field: 'domains', has: ['video'], not: ['medical'] },
    { why: '"acoustic shadows" of ultrasound images are no audio', text: 'The interpretation of ultrasound images is often complicated by acoustic shadows and speckle noise. We propose ZorbNet for fetal brain scans.', field: 'domains', has: ['medical'], not: ['audio'] },
    { why: 'graph fraud detection on review graphs with no word of money is no finance', title: 'Dual-channel Message Passing for Graph Fraud Detection', text: 'Fraudsters camouflage themselves among benign users of review platforms. We propose ZorbGNN, which separates homophilic and heterophilic edges.', field: 'domains', not: ['finance'] },
    { why: '... but transaction fraud is finance', title: 'Graph Fraud Detection with ZorbGNN', text: 'Fraudsters hide among millions of card transactions. We propose ZorbGNN for fraud detection.', field: 'domains', has: ['finance'] },
    { why: '"a range of image and tabular datasets" names natural images among the data', text: 'We propose ZorbGAN. It achieves state-of-the-art performance on a range of image and tabular datasets.', field: 'domains', has: ['natural-images'] },
    { why: '... not in a paper on industrial images', text: 'We propose ZorbGAN for defect inspection. It works on image and audio data of the MVTec AD benchmark.', field: 'domains', has: ['industrial'], not: ['natural-images'] },
    { why: 'acoustic signals still are audio', text: 'We detect faulty machines from their acoustic signals.', field: 'domains', has: ['audio'] },
  ]);
  check<FacetField>([
    { why: '"a minor decrease averaging at 1.7%" is an average, no weight averaging', text: pre + 'We also evaluate image anonymization, showing only a minor decrease in performance averaging at 1.7%.', field: 'techniques', not: ['weight-averaging'] },
    { why: '"fault detection and classification" sets anomaly classification', text: pre + 'We leverage large language models to automate network fault detection and classification.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"detect anomalies and identify abnormal categories" too', text: pre + 'Weakly supervised video anomaly detection aims to detect anomalies and identify abnormal categories with only video-level labels.', field: 'settings', has: ['anomaly-classification'] },
    { why: '... not "object detection and classification"', text: pre + 'Current vision-based algorithms for object detection and classification cannot detect unknown objects.', field: 'settings', not: ['anomaly-classification'] },
    { why: '... nor the DCASE challenge\'s long name', text: pre + 'We evaluate on the Detection and Classification of Acoustic Scenes and Events (DCASE) 2024 Challenge dataset.', field: 'settings', not: ['anomaly-classification'] },
    { why: '"spatiotemporal reasoning" of a convolutional network is no reasoning task', text: pre + 'A temporal convolutional network learns long-range dependencies, enabling robust spatiotemporal reasoning.', field: 'settings', not: ['reasoning'] },
    { why: '"operators that embed thermodynamic constraints" build in; no embedding technique', text: pre + 'We propose ZorbRules, whose crossover operators embed thermodynamic and control constraints.', field: 'techniques', not: ['embedding'] },
    { why: '"embed the transformed data into a semantic space" is the embedding technique', text: pre + 'The key idea is to embed the transformed data into a semantic space.', field: 'techniques', has: ['embedding'] },
    { why: '"strong reasoning and semantic capturing capabilities" of LLMs is what they can do, no reasoning task', text: pre + 'LLMs possess strong reasoning and semantic capturing capabilities. We use them to encode system events for threat detection.', field: 'settings', not: ['reasoning'] },
    { why: '"the capabilities of LLMs in language understanding, reasoning, and generalization" neither', text: pre + 'The strong capabilities of large language models in natural language understanding, reasoning, and multi-task generalization open new opportunities for trace analysis.', field: 'settings', not: ['reasoning'] },
    { why: '"textual features" of a text-attributed graph are no vision-language', text: pre + 'We propose ZorbGAD, a GNN that fuses the textual features of nodes with their graph structure.', field: 'techniques', not: ['vision-language'] },
    { why: '... but text-guided RGB-3D inspection is', text: pre + 'We propose ZorbNet for RGB-3D inspection, guided by text semantics through a textual features adaptor.', field: 'techniques', has: ['vision-language'] },
    { why: '"generated synthetic defects" are synthetic anomalies', text: pre + 'The method learns from good products and generated synthetic defects.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"injecting synthetic bugs into correct programs" too', text: pre + 'We train ZorbBug by injecting synthetic bugs into correct programs.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"artificially simulated abnormal samples" too', text: pre + 'ZorbSeg introduces artificially simulated abnormal samples to assist learning.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"pretraining with anomaly-centric synthetic priors" too', text: pre + 'We introduce ZorbTab, an in-context detector based on pretraining with anomaly-centric synthetic priors.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '... but results "on synthetic datasets" alongside real ones are no technique', text: pre + 'Our models outperform the baselines on synthetic datasets and are competitive on real-world datasets.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: '"self-attentive graph convolution" and "attentional" networks use attention', text: pre + 'We propose ZorbG, a network based on self-attentive graph convolution and an attentional fusion.', field: 'techniques', has: ['attention'] },
    { why: '"a LoRA-guided diffusion model" is fine-tuned', text: pre + 'A LoRA-guided diffusion model generates diverse RGB samples.', field: 'techniques', has: ['fine-tuning'] },
    { why: '... not the LoRa radio of an IoT network', text: pre + 'Sensors send readings over a LoRa network to the gateway.', field: 'techniques', not: ['fine-tuning'] },
    { why: 'a memory-augmented autoencoder uses a memory bank', text: pre + 'We propose a memory-augmented autoencoder that stores prototypes of normal patterns.', field: 'techniques', has: ['memory-bank'] },
    { why: 'a long short-term memory network is no memory bank', text: pre + 'We propose a long short-term memory network for sensor streams.', field: 'techniques', not: ['memory-bank'] },
  ]);
});

describe('seventh round: names', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'a coined acronym the title names and the abstract defines is the paper\'s ("... Detection Is ZorbScore")', title: 'Who Wrote This? The Key to Zero-Shot Text Detection Is ZorbScore', text: pre + 'This approach involves calculating the Zorb Error Correction Score (ZorbScore) for the given text.', field: 'methods_proposed', has: ['ZorbScore'] },
    { why: '"A novel Long Form (ACR) model is employed" is the paper\'s own', text: pre + 'A novel 3-Dimensional Zorb Variational Auto-Encoder (3D-ZVAE) model is employed to learn distributions from point clouds.', field: 'methods_proposed', has: ['3D-ZVAE'] },
    { why: '... not "A novel view is given by the Long Form (ACR) of prior work" (no use after it)', text: pre + 'A novel view of the problem comes from the Quux Energy Model (QEM), which prior work proposed.', field: 'methods_proposed', not: ['QEM'] },
    { why: 'an acronym behind a preposition after the sentence\'s own proposal is what it is about', text: pre + 'This paper presents a generative Zorb Sensor Fusion (ZSF) framework to detect novel situations in the surroundings of Autonomous Vehicles (AV).', field: 'methods_proposed', has: ['ZSF'], not: ['AV'] },
    { why: '... but a second coordinated object is proposed too', text: pre + 'A tuning dataset for inspection (ZorbSet) and a data organization approach for Chain-of-Thought with manufacturing (CoT-Z) are designed to use the process.', field: 'methods_proposed', has: ['CoT-Z'] },
    { why: '"a ... dataset, denoted as LongName (ACR)" names data', text: pre + 'We present a curated source code vulnerability dataset, denoted as ZorbFunctionGraphs (ZFG), to aid in developing models.', field: 'datasets', has: ['ZFG'] },
    { why: '"We also propose a Long Form (ACR) model" after a first proposal is a second method, not a part', text: pre + 'This paper presents Zorb Abstract Graphs (ZAGs) as a representation of source code. We also propose a Heterogeneous Attention QNN (HAQNN) model that combines subgraphs.', field: 'methods_proposed', has: ['HAQNN'] },
    { why: '... but "We further introduce a Long Form (ACR) module" is a part', text: pre + 'We propose ZorbNet for detection. We further introduce a Consistency-Guided Quux Optimization (CGQO) module that helps.', field: 'methods_proposed', has: ['ZorbNet'], not: ['CGQO'] },
    { why: '"the first ... dataset for X taken from real-world scenes, called Y" names data', text: pre + 'We introduce the first audio-visual dataset for traffic anomaly detection taken from real-world scenes, called ZORBAV, with diverse weather.', field: 'datasets', has: ['ZORBAV'] },
  ]);
  check<NamedField>([
    { why: '"on the Los Alamos National Laboratory Cyber Security dataset" names a long dataset', text: pre + 'We propose ZorbNet. We observe superior performance on the Los Alamos National Laboratory Cyber Security dataset.', field: 'datasets', has: ['Los Alamos National Laboratory Cyber Security'] },
    { why: '"on the single-scene ZorbVAD dataset": a describing word is no part of the name', text: pre + 'We propose ZorbNet. We further demonstrate generalizability on the single-scene QuuxVAD dataset.', field: 'datasets', has: ['QuuxVAD'] },
    { why: '... but "a public CXR dataset" describes a kind of data', text: pre + 'We propose ZorbNet and test it on a public CXR dataset.', field: 'datasets', not: ['CXR'] },
    { why: '"the Zorbal and the Kvasir-Capsule datasets": a capitalised non-word after "the" is a dataset too', text: pre + 'We propose ZorbNet. The methods are validated on the two largest public datasets of capsule endoscopy images, the Zorbal and the Kvasir-Capsule dataset. ZorbNet reaches 76.98% on the Zorbal dataset.', field: 'datasets', has: ['Zorbal', 'Kvasir-Capsule'] },
    { why: '"a new ... dataset for X: Long Form (ACR)" names the paper\'s data', text: pre + 'We construct a new large-scale challenging vessel dataset for open set recognition: Zorb Vessel 300 (ZV-300).', field: 'datasets', has: ['ZV-300'] },
    { why: '"retinal OCT images" is a modality, not the OCT2017 dataset', text: pre + 'Experiments show that generated images are indistinguishable from real retinal OCT images.', field: 'datasets', not: ['OCT2017'] },
    { why: '"three different Brain MRI datasets" counts a kind of data', text: pre + 'Our method surpasses the prior state of the art in three different Brain MRI datasets.', field: 'datasets', not: ['BrainMRI'] },
    { why: '"the credit card fraud detection problem" is a task', text: pre + 'We study deep learning methods for the credit card fraud detection problem on an unbalanced dataset.', field: 'datasets', not: ['Credit Card Fraud'] },
    { why: '... but "the Credit Card Fraud Detection dataset" is data', text: pre + 'We evaluate ZorbNet on the Credit Card Fraud Detection dataset.', field: 'datasets', has: ['Credit Card Fraud'] },
    { why: 'an ambiguous name starting a longer capitalised name ("Mahalanobis Transform") is not the entity', text: pre + 'At the patch level, memory banks enhanced by the Mahalanobis Transform (MT) preserve normal features.', field: 'methods_mentioned', not: ['Mahalanobis'] },
    { why: 'a tier and then its version ("Claude Sonnet 3.7") is one model name', text: pre + 'We use the large language model Claude Sonnet 3.7 to synthesize logs.', field: 'models', has: ['Claude Sonnet 3.7'] },
    { why: '... not a count after a tier ("Gemini Pro 3 times")', text: pre + 'ZorbNet runs faster than Gemini Pro 3 times over.', field: 'models', not: ['Gemini Pro 3'] },
  ]);
});

describe('a second reader\'s cases against the seventh-round rules', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'a title in title case keeps its model ("Adapting CLIP For ...")', title: 'Adapting CLIP For Zero-Shot Industrial Anomaly Detection', text: 'We propose ZorbCLIP, which learns prompts for zero-shot anomaly detection.', field: 'models', has: ['CLIP'] },
    { why: '"frozen CLIP Image Encoder features" keeps CLIP', text: pre + 'Our method uses frozen CLIP Image Encoder features.', field: 'models', has: ['CLIP'] },
    { why: '"our design, called X" after a benchmark sentence is still the method', text: pre + 'Extensive experiments on the MVTec AD benchmark demonstrate the effectiveness of our design, called ZorbNet.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"15 ODDS datasets" names the collection', text: pre + 'We propose ZorbNet. Experiments on 15 ODDS datasets show that ZorbNet outperforms baselines.', field: 'datasets', has: ['ODDS'] },
    { why: '"the credit card fraud dataset" is data', text: pre + 'We propose ZorbNet and train it on the credit card fraud dataset.', field: 'datasets', has: ['Credit Card Fraud'] },
    { why: '"healthy Cam-CAN scans" names the dataset', text: pre + 'We propose ZorbNet, train it on healthy Cam-CAN scans and test it on BraTS.', field: 'datasets', has: ['Cam-CAN'] },
    { why: '"First, we propose ... (QR) model. Second, we design ... (QSeg) model": the second is a part', text: pre + 'ZorbNet consists of two parts. First, we propose a Quux Reconstruction (QR) model to restore images. Second, we design a Quux Segmentation (QSeg) model.', field: 'methods_proposed', not: ['QSeg'] },
    { why: '"We also propose a Long Form (ACR) network" is a second method', text: pre + 'We propose ZorbNet for logs. We also propose a Quux Attention Graph (QAG) network that scores nodes.', field: 'methods_proposed', has: ['QAG'] },
    { why: '"In this work, a novel Long Form (ACR) is employed" is the paper\'s', text: pre + 'In this work, a novel Zorb Variational Autoencoder (ZVAE) is employed to learn normal distributions.', field: 'methods_proposed', has: ['ZVAE'] },
    { why: '"A new pre-trained Long Form (ACR) is used" is not', text: pre + 'A new pre-trained Quux Language Model (QLM) is used to encode the log messages.', field: 'methods_proposed', not: ['QLM'] },
  ]);
  check<FacetField>([
    { why: 'an LLM spam detector on social networks is about text', title: 'Detecting Spam in Social Networks with Large Language Models', text: 'We prompt a large language model (LLM) to classify posts as spam or benign.', field: 'domains', has: ['text'] },
    { why: 'praise of NLP in a paper with no other data still gives text', title: 'Zorb: Anomalous Sentence Detection', text: 'Transformers have achieved great success in NLP. We propose Zorb, which detects anomalous sentences in documents.', field: 'domains', has: ['text'] },
    { why: '"To improve the capability of MLLMs, we propose X, which performs explicit reasoning" sets reasoning', text: pre + 'To improve the capability of MLLMs, we propose Zorb-R1, which performs explicit reasoning before answering.', field: 'settings', has: ['reasoning'] },
    { why: 'fraud in ledgers and audits is finance', text: 'Auditors must find fraudulent journal entries among millions of ledger records. We propose ZorbAudit.', field: 'domains', has: ['finance'] },
    { why: '"anomaly detection, classification and localization" classifies anomalies', text: pre + 'We propose Zorb, which supports anomaly detection, classification and localization on MVTec AD.', field: 'settings', has: ['anomaly-classification'] },
    { why: '... not "vehicle detection and classification"', text: pre + 'Zorb first performs vehicle detection and classification before flagging abnormal trajectories.', field: 'settings', not: ['anomaly-classification'] },
    { why: 'text prompts for MRI lesions are vision-language', title: 'Zorb: Text-Guided Zero-Shot Lesion Detection in Brain MRI', text: 'Zorb uses text prompts describing normal and abnormal tissue to guide lesion segmentation of MRI scans.', field: 'techniques', has: ['vision-language'] },
    { why: '"on both synthetic and real anomalous time series" is evaluation data, no technique', text: pre + 'We evaluate Zorb on both synthetic and real anomalous time series.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: '"a range of image, tabular and time-series datasets" includes natural images', text: pre + 'We propose Zorb, which achieves state-of-the-art performance on a range of image, tabular and time-series datasets.', field: 'domains', has: ['natural-images'] },
    { why: '"we embed samples using a pretrained encoder" is embedding', text: pre + 'We embed samples using a pretrained encoder and score them by kNN distance.', field: 'techniques', has: ['embedding'] },
    { why: '"fine-tune CLIP with low-rank adapters" is fine-tuning', text: pre + 'We fine-tune CLIP with low-rank adapters.', field: 'techniques', has: ['fine-tuning'] },
    { why: '"fabricated" news is no textile', text: pre + 'We detect whether a news article is fabricated.', field: 'domains', not: ['textile'] },
  ]);
});

describe('seventh round, last: cases from two fresh sets turned into dev sets (junk baselines, generated code and music, datasets)', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"based on t-Distributed-Stochastic Neighbor Embedding (t-SNE)": the start of a long form is no baseline', text: pre + 'Then, dimensions are reduced based on t-Distributed-Stochastic Neighbor Embedding (t-SNE).', field: 'methods_mentioned', not: ['t-Distributed-Stochastic'] },
    { why: '"including Random Forest, AdaBoost Classifier": a capitalised head noun alone is no name', text: pre + 'ZorbAE outperforms alternative techniques, including Decision Trees, Random Forest, AdaBoost Classifier, and Quadratic Discriminant Analysis.', field: 'methods_mentioned', not: ['Classifier'] },
    { why: '"based on 1D CNN-LSTM": a dimension is no name', text: pre + 'Next, a regression model based on 1D CNN-LSTM is designed to extract features.', field: 'methods_mentioned', not: ['1D'] },
    { why: '"a Sentinel-1 SAR image dataset ZorbSAR [1]" names data', text: pre + 'We propose ZorbNet. It is validated on a Sentinel-1 SAR image dataset QuuxSARUrban [1].', field: 'datasets', has: ['QuuxSARUrban'] },
    { why: '"the New York ... dataset": a capitalised New begins the name', text: pre + 'We propose ZorbNov and test it on the New Quux Annotated dataset.', field: 'datasets', has: ['New Quux Annotated'] },
    { why: '"which extends the Long Form (ACR)" is what the paper builds on', text: pre + 'We propose ZorbNet, which extends the Quux Temporal Network (QTN) with memory.', field: 'methods_proposed', has: ['ZorbNet'], not: ['QTN'] },
    { why: '"evaluate a Long Form (ACR) baseline" is a baseline', text: pre + 'We introduce ZorbBench and evaluate a Quux Reconstruction Network (QRN) baseline on it.', field: 'methods_proposed', not: ['QRN'] },
    { why: '... but "extends a novel Long Form (ACR)" is the paper\'s', text: pre + 'We propose ZorbNet, which extends a novel Quux Memory Module (QMM) to video.', field: 'methods_proposed', has: ['QMM'] },
    { why: '"The Seismic Purifier: ..." as a title head is the method', title: 'The Seismic Purifier: An Unsupervised Approach to Seismic Signal Detection', text: 'We present an unsupervised approach to seismic signal detection.', field: 'methods_proposed', has: ['Seismic Purifier'] },
    { why: '... but "The Fishyscapes Benchmark: ..." is no method', title: 'The Quuxscapes Benchmark: Measuring Blind Spots in Semantic Segmentation', text: 'We present a benchmark for anomaly segmentation.', field: 'methods_proposed', not: ['Quuxscapes Benchmark'] },
  ]);
  check<FacetField>([
    { why: 'detecting machine-generated code is synthetic-data detection', title: 'ZorbDet: Detecting Machine-Generated Code in Many Languages', text: 'Large language models now write much of our code. We propose ZorbDet.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: '"remains attentive to subtle changes" is no attention mechanism', text: pre + 'We propose a detector that remains attentive to subtle texture changes.', field: 'techniques', not: ['attention'] },
    { why: 'machine-generated music detection is too, and music is audio', title: 'M9: Machine-Generated Music Detection Databases', text: 'Machine-generated music has become a powerful tool. We release databases of music from many generators.', field: 'domains', has: ['audio'] },
  ]);
});

describe('eighth round: cases from three fresh dev sets (engineering applications, OOD and open-set, Daily Papers-type)', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: 'the letters of a generic algorithm that the proposal spells out otherwise are the proposal ("Subspace Nearest Neighbor (SNN)")', text: pre + 'To combat this problem, we propose a novel framework, Subspace Nearest Neighbor (SNN), for OOD detection. SNN reduces FPR95.', field: 'methods_proposed', has: ['SNN'] },
    { why: '... but "based on Spiking Neural Networks (SNN)" is the generic algorithm', text: pre + 'We propose a detector based on Spiking Neural Networks (SNN).', field: 'methods_proposed', not: ['SNN'] },
    { why: '"We propose the OpenHybrid framework": a known method the paper proposes is its own', text: 'Open set recognition requires a classifier to detect unknown samples. We propose the OpenHybrid framework, which is composed of an encoder, a classifier and a flow-based density estimator.', field: 'methods_proposed', has: ['OpenHybrid'] },
    { why: '... but "we build a Grounding DINO pipeline" uses a known model', text: pre + 'We build a Grounding DINO pipeline that localises anomalies.', field: 'methods_proposed', not: ['Grounding DINO'] },
  ]);
  check<FacetField>([
    { why: 'bearings and rotating machinery are industrial', text: pre + 'Bearing fault diagnosis in rotating machinery is critical for safe operation.', field: 'domains', has: ['industrial'] },
    { why: 'monitoring wind turbine main bearings is industrial', title: 'Anomaly-based fault detection in wind turbine main bearings', text: 'We monitor temperatures to detect faults early.', field: 'domains', has: ['industrial'] },
    { why: 'the Industrial IoT (IIoT) is industrial', text: pre + 'We propose ZorbNet for anomaly detection in IIoT deployments.', field: 'domains', has: ['industrial'] },
    { why: '"an image bearing lesions" is no machine part', text: pre + 'A constraint maps an image bearing lesions close to its healthy version.', field: 'domains', not: ['industrial'] },
    { why: '"generalized category discovery" is novel-class discovery', title: 'Generalized Category Discovery', text: 'We categorize the unlabelled images, which may come from novel classes.', field: 'settings', has: ['novel-class-discovery'] },
  ]);
});

describe('eighth round: LLM security and hallucination papers', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"on three LLM-generated datasets" describes data, it names none', text: pre + 'ZorbSpam outperforms baselines on three LLM-generated datasets.', field: 'datasets', not: ['LLM-generated'] },
  ]);
  check<FacetField>([
    { why: 'backdoors in language models are security, not text data', title: 'Inverting Trojans in LLMs', text: 'Backdoor attacks implant hidden triggers in large language models. We propose ZorbInv to recover the triggers.', field: 'domains', has: ['security'], not: ['text'] },
    { why: 'jailbreak detection is security', title: 'Rethinking Jailbreak Detection of Large Vision Language Models', text: 'We propose ZorbGuard, which flags jailbreak prompts.', field: 'domains', has: ['security'] },
  ]);
});

describe('eighth round: comparisons, lesion synthesis, medical volumes', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"We compare it with A, B" names baselines', text: pre + 'We propose ZorbNet. We compare it with FooNet and BarGAN on three benchmarks.', field: 'methods_mentioned', has: ['FooNet', 'BarGAN'] },
    { why: '"is evaluated against A and B" names baselines', text: pre + 'We propose ZorbNet. It is evaluated against FooNet and BarGAN.', field: 'methods_mentioned', has: ['FooNet', 'BarGAN'] },
    { why: '"presents a framework for X, NAME, which" is the proposal, with no "novel"', text: pre + 'This paper presents a framework for online deep anomaly detection, ZORCUS, which can be instantiated with any autoencoder.', field: 'methods_proposed', has: ['ZORCUS'] },
    { why: '"a novel method, VAE++ESDD, which": a name may join two with "++"', text: pre + 'This paper presents a novel method, ZAE++QDD, which employs incremental learning.', field: 'methods_proposed', has: ['ZAE++QDD'] },
    { why: 'nnU-Net is a segmentation method trained for the task, not a pretrained model', text: pre + 'The generated lesions improve a downstream nnU-Net segmenter.', field: 'methods_mentioned', has: ['nnU-Net'] },
  ]);
  check<FacetField>([
    { why: 'lesion synthesis generates anomalies', title: 'ZorbLes: Controllable Lesion Synthesis for Brain MRI', text: 'We synthesize lesions of many shapes to train segmenters.', field: 'settings', has: ['anomaly-generation'] },
    { why: '... with synthetic anomalies', title: 'ZorbLes: Controllable Lesion Synthesis for Brain MRI', text: 'We synthesize lesions of many shapes to train segmenters.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"3D brain MRI" volumes are medical imaging, not 3D shape data', title: 'Unsupervised 3D Brain Anomaly Detection', text: 'We detect anomalies in volumetric brain MRI scans with a 3D autoencoder.', field: 'domains', has: ['medical'], not: ['3d'] },
    { why: '... but point clouds of anatomy are 3D data', title: 'Zorb: Anomaly Detection on 3D Point Clouds of Teeth', text: 'We detect anomalies in dental point clouds from intraoral medical scans.', field: 'domains', has: ['3d'] },
  ]);
});

describe('a second reader\'s cases against the eighth-round rules', () => {
  const pre = 'Anomaly detection is hard. ';
  const ids = 'We propose an unsupervised intrusion detection method that combines a ';
  check<NamedField>([
    { why: '"a Deep Autoencoder (DAE)" is still the generic autoencoder', text: ids + 'Deep Autoencoder (DAE) with a threshold selection scheme.', field: 'methods_proposed', not: ['DAE'] },
    { why: '"a Bidirectional Long Short-Term Memory (BiLSTM)" is still an LSTM', text: ids + 'Bidirectional Long Short-Term Memory (BiLSTM) with a threshold selection scheme.', field: 'methods_proposed', not: ['BiLSTM'] },
    { why: '"We propose a GRPO framework" builds on GRPO', text: pre + 'We propose a GRPO framework that trains a multimodal LLM to reason about industrial anomalies.', field: 'methods_proposed', not: ['GRPO'] },
    { why: '"We introduce a LoRA approach" builds on LoRA', text: pre + 'We introduce a LoRA approach to adapt CLIP for zero-shot anomaly detection.', field: 'methods_proposed', not: ['LoRA'] },
    { why: '"a vision-language model, CLIP, which" is the model used', text: pre + 'We propose a prompt-based framework for zero-shot anomaly detection with a vision-language model, CLIP, which is frozen.', field: 'models', has: ['CLIP'] },
    { why: '"a framework for the water treatment testbed, SWaT, which" evaluates on SWaT', text: pre + 'We develop an anomaly detection framework for the water treatment testbed, SWaT, which contains 51 sensors.', field: 'methods_proposed', not: ['SWaT'] },
    { why: '"a diffusion model for anomaly synthesis, ZorbNet, that": a model head noun', text: pre + 'We introduce a diffusion model for anomaly synthesis, ZorbNet, that generates realistic defects.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '... and six modifiers before the head noun', text: pre + 'We propose a lightweight and interpretable unsupervised anomaly detection framework for multivariate sensor streams, ZorbNet, which adapts to drift.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"three GPT-4-generated datasets" names no dataset', text: pre + 'We propose QuuxDet. Experiments on three GPT-4-generated datasets show QuuxDet outperforms baselines.', field: 'datasets', not: ['GPT-4-generated'] },
    { why: '"We evaluate X against A, B" names baselines', text: pre + 'We propose ZorbNet. We evaluate ZorbNet against FlumNet and GraxAD.', field: 'methods_mentioned', has: ['FlumNet', 'GraxAD'] },
    { why: '"We compare X\'s performance with A, B" names baselines', text: pre + 'We propose ZorbNet. We compare ZorbNet\'s performance with FlumNet and GraxAD.', field: 'methods_mentioned', has: ['FlumNet', 'GraxAD'] },
    { why: '"Rotation Prediction" is a generic pretext task', text: pre + 'We propose ZorbOOD, which revisits Rotation Prediction as a pretext task for OOD detection.', field: 'methods_mentioned', not: ['RotPred'] },
  ]);
  check<FacetField>([
    { why: '"an in-depth analysis" and lesion "shapes" are no 3D shape data', title: 'QuuxAD: Volumetric Anomaly Detection in Medical Imaging', text: 'We propose QuuxAD, a 3D anomaly detection framework for medical volumes. We provide an in-depth analysis on brain MRI. Lesions of various shapes are detected.', field: 'domains', not: ['3d'] },
    { why: 'a 3D paper on industrial parts and organs keeps 3d', title: 'ZorbNet: Unified Industrial and Medical Anomaly Detection', text: 'We propose ZorbNet for 3D anomaly detection across industrial parts and medical organs, evaluated on liver CT.', field: 'domains', has: ['3d'] },
    { why: '"generates lesion masks" is segmentation, not anomaly generation', text: pre + 'We propose QuuxAD, a weakly supervised method for brain MRI that generates lesion masks from image-level labels.', field: 'settings', not: ['anomaly-generation'] },
    { why: '"backdoor adjustment" is causal inference, not security', text: pre + 'ZorbOOD applies backdoor adjustment to remove the confounding effect of spurious features.', field: 'domains', not: ['security'] },
    { why: 'IIoT in a motivation list of a time-series paper is no domain', text: 'Time series anomaly detection matters for smart grids, IIoT, and finance. We propose ZorbNet, a forecasting-based detector evaluated on SMD and SMAP.', field: 'domains', not: ['industrial'] },
    { why: '"the core machinery of modern detectors" is an idiom', title: 'Graph-based Tabular Anomaly Detection', text: 'Deep neural networks are the core machinery of modern anomaly detectors. We propose ZorbNet for tabular data.', field: 'domains', not: ['industrial'] },
  ]);
});

describe('eighth round, last: fraud, inspection and time-series dev sets', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"a ... detection model SeMaCNN for classification": the name after the head noun goes on into its purpose', text: pre + 'This paper presents a deep-learning-based automatic detection model ZorbCNN for classification and segmentation of defects.', field: 'methods_proposed', has: ['ZorbCNN'] },
    { why: '"a multi-agent framework TSAD-Agents to ..."', text: pre + 'We propose a MLLMs-based multi-agent framework Zorb-Agents to detect anomalies.', field: 'methods_proposed', has: ['Zorb-Agents'] },
    { why: '"more than 100K images" is a count', text: pre + 'We present a dataset which contains more than 100K high-resolution images.', field: 'methods_mentioned', not: ['100K'] },
    { why: '"(I) ... and (II) ..." is an enumeration', text: pre + 'We propose SybilZorb, which aggregates over (I) her choices of targets and (II) these targets\' responses.', field: 'methods_proposed', not: ['II'] },
    { why: '"Industrial Anomaly Detection System: ..." as a title head is a description', title: 'Industrial Anomaly Detection System: A Multicase Algorithm Library', text: 'We collect algorithms for industrial inspection.', field: 'methods_proposed', not: ['Industrial Anomaly Detection System'] },
  ]);
  check<FacetField>([
    { why: 'account takeover is security', title: 'Account Takeover Detection on E-Commerce Platforms', text: 'Attackers take over user accounts to commit fraud. We propose ZorbATO.', field: 'domains', has: ['security'] },
  ]);
});

describe('eighth round, video, medical and systems dev sets', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"In the first stage, X is proposed, a ... technique": a name opening a clause, then a passive proposal', text: pre + 'In the first stage, SS-ZorbNet is proposed, a self-supervised technique that learns normality, requiring fewer labels than existing methods require.', field: 'methods_proposed', has: ['SS-ZorbNet'] },
    { why: '"ZorbNet is proposed to ..."', text: pre + 'ZorbNet is proposed to learn normality from healthy scans.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '... but "X was proposed by Roth et al." is someone else\'s', text: pre + 'PatchCore was proposed by Roth et al. to use memory banks.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: '"the specially designed RCA-agent": an ambiguous name hyphened to a head noun starts a compound name', text: pre + 'Even with the specially designed RCA-agent, the best model solves only 11% of failures.', field: 'methods_mentioned', not: ['RCA'] },
    { why: '... but "CLIP-based" keeps CLIP', text: pre + 'We propose a CLIP-based detector for zero-shot anomaly detection.', field: 'models', has: ['CLIP'] },
    { why: '"the Radiological Society of North America Pneumonia Detection Challenge dataset" is RSNA', text: pre + 'We use radiographs from the Radiological Society of North America Pneumonia Detection Challenge dataset.', field: 'datasets', has: ['RSNA Pneumonia Detection'] },
  ]);
});

describe('a second reader\'s cases against the later eighth-round rules', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"Recently, PatchCore was proposed to ..." is prior work', title: 'On the Failure of Memory Banks', text: pre + 'Recently, PatchCore was proposed to detect industrial defects with a memory bank. However, it is slow.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: '"Recently, X has been proposed ..., but" is prior work', text: 'Recently, ZorbLog has been proposed to parse logs with LLMs, but it is costly. We propose QuuxLog.', field: 'methods_proposed', has: ['QuuxLog'], not: ['ZorbLog'] },
    { why: '"However, CLIP was designed for ..." keeps CLIP a model', title: 'QuuxAD: Local Prompts for Zero-Shot Anomaly Detection', text: 'However, CLIP was designed for image-level alignment. We propose QuuxAD, which adds patch prompts.', field: 'models', has: ['CLIP'] },
    { why: '"X is therefore proposed to ..."', text: pre + 'ZorbNet is therefore proposed to detect defects.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"In this paper X is proposed as a unified framework"', text: pre + 'In this paper ZorbNet is proposed as a unified framework for detection.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"outperforms the state-of-the-art method X for ..." is a baseline', title: 'ZorbNet: Zero-Shot Detection', text: 'We propose ZorbNet, which outperforms the state-of-the-art method QuuxAD for zero-shot detection.', field: 'methods_proposed', not: ['QuuxAD'] },
    { why: '"evaluate it on the public benchmark VisA to ..." evaluates', title: 'ZorbNet: Zero-Shot Detection', text: 'We propose ZorbNet and evaluate it on the public benchmark VisA to assess generalization.', field: 'datasets', has: ['VisA'] },
    { why: '"an intrusion detection model CNN-LSTM for ..." is a generic architecture', text: pre + 'This paper proposes an intrusion detection model CNN-LSTM for industrial control networks.', field: 'methods_proposed', not: ['CNN-LSTM'] },
    { why: '"a ... model ZorbCNN with dual attention"', text: pre + 'This paper presents a deep-learning-based automatic detection model ZorbCNN with dual attention.', field: 'methods_proposed', has: ['ZorbCNN'] },
    { why: '"more than 7B parameters" is a count', text: pre + 'We fine-tune a language model with more than 7B parameters on system logs.', field: 'methods_mentioned', not: ['7B'] },
    { why: '"Video Anomaly Detection Toolbox:" is a description', title: 'Video Anomaly Detection Toolbox: A Unified Codebase', text: 'We collect algorithms and report results.', field: 'methods_proposed', not: ['Video Anomaly Detection Toolbox'] },
    { why: '... but "OpenZorb Anomaly Detection Framework:" names one', title: 'OpenZorb Anomaly Detection Framework: A Unified Codebase', text: 'We collect algorithms and report results.', field: 'methods_proposed', has: ['OpenZorb Anomaly Detection Framework'] },
    { why: '"a SAM-tool", "a CLIP-module" use the models', title: 'ZorbAgent: Tool-Using Agents for Zero-Shot Defect Inspection', text: pre + 'We propose ZorbAgent, in which a planner invokes a SAM-tool for defect segmentation and a CLIP-module for zero-shot scoring.', field: 'models', has: ['SAM', 'CLIP'] },
    { why: '"the RCA agent" (a space, not a hyphen) is no RCA either', text: pre + 'Even with the specially designed RCA agent, the best model solves only 11% of failures.', field: 'methods_mentioned', not: ['RCA'] },
  ]);
  check<FacetField>([
    { why: '"compromised social media accounts" is security', text: 'We propose ZorbNet to detect compromised social media accounts.', field: 'domains', has: ['security'] },
  ]);
});

describe('eighth round: inline LaTeX of abstracts copied from arXiv', () => {
  check<NamedField>([
    { why: '"DALL$\\cdot$E 2" is DALL-E 2', text: 'We test four text-to-image models, including DALL$\\cdot$E 2, Stable Diffusion and GLIDE.', field: 'models', has: ['DALL-E 2'], not: ['DALL'] },
  ]);
  check<FacetField>([
    { why: '"$k$-means" is k-means clustering', text: 'We propose ZorbNet, a $k$-means variant for log anomalies.', field: 'techniques', has: ['clustering'] },
  ]);
});

describe('ninth round: cases from three fresh dev sets (generated content, systems and time series)', () => {
  const pre = 'Anomaly detection is hard. ';
  check<NamedField>([
    { why: '"Adaptive and Aggressive Rejection (AAR)": the long form starts at "Adaptive", not at "and"; no "Adaptive" method', text: pre + 'To address these limitations, we propose Adaptive and Aggressive Rejection (AAR), a novel method that excludes anomalies. AAR outperforms the state of the art.', field: 'methods_proposed', has: ['AAR'], not: ['Adaptive'] },
    { why: '"Qwen3.5-2B": a size after a point version', text: pre + 'Our fine-tuned Qwen3.5-2B detector reaches 0.689 span-F1 on the test set.', field: 'models', has: ['Qwen3.5-2B'] },
    { why: 'hallucination benchmarks the lexicon lists', text: pre + 'It reaches 81.8 RAGTruth example-F1 and 0.724 English PsiloQA IoU.', field: 'datasets', has: ['RAGTruth', 'PsiloQA'] },
    { why: '"AnomalySD: ... with Stable Diffusion Model" and "Stable Diffusion (SD)": a known model the title names is used, not proposed', title: 'ZorbSD: Few-Shot Anomaly Detection with Stable Diffusion Model', text: pre + 'To address these issues, we seek help from Stable Diffusion (SD) model due to its inpainting ability. A framework that adopts Stable Diffusion model is proposed, named ZorbSD.', field: 'models', has: ['Stable Diffusion'] },
    { why: '... and so no proposed method', title: 'ZorbSD: Few-Shot Anomaly Detection with Stable Diffusion Model', text: pre + 'To address these issues, we seek help from Stable Diffusion (SD) model due to its inpainting ability. A framework that adopts Stable Diffusion model is proposed, named ZorbSD.', field: 'methods_proposed', has: ['ZorbSD'], not: ['Stable Diffusion'] },
    { why: '"is comprised of" before the proposal verb does not make the proposal a component', title: 'Conjugated Semantic Pool Improves OOD Detection', text: pre + 'Observing that the original semantic pool is comprised of class names, we correspondingly construct a conjugated semantic pool (CSP) consisting of superclass names.', field: 'methods_proposed', has: ['CSP'] },
    { why: '"ImageNet-scale datasets" is no dataset of that name', text: pre + 'It is not applicable to ImageNet-scale datasets due to the cost of training.', field: 'datasets', not: ['ImageNet-scale'] },
    { why: '"the results demonstrate that X exhibits outstanding performance": a name the proposal left unnamed is the paper\'s', text: pre + 'We propose a novel dual-view graph method to mitigate Message imbalance in Fraud Detection (ZorbFD). Finally, the results demonstrate that ZorbFD exhibits outstanding performance in fraud detection.', field: 'methods_proposed', has: ['ZorbFD'] },
    { why: '"results show that X has better detection performance than ..."', text: pre + 'This paper presents a detection framework based on graph edge-conditioned convolutional networks (GZCCN). Simulation results show that GZCCN has better detection performance than other methods.', field: 'methods_proposed', has: ['GZCCN'] },
    { why: '"validate the effectiveness of X, which outperforms ..."', text: pre + 'We propose a label-free approach to lesion segmentation. From the pairs we learn a normalcy-recognizing network (ZormNet) that separates normal tissue. Our experiments on three public datasets validate the effectiveness of ZormNet, which outperforms unsupervised methods.', field: 'methods_proposed', has: ['ZormNet'] },
    { why: '... not a name that modifies a noun ("the effectiveness of PET anomaly detection")', title: 'ZorbFlow: A Normalizing Flow Based Method for 3D PET Anomaly Detection', text: pre + 'We model normal scans with a normalizing flow. Results on 3D PET data validated the effectiveness of PET anomaly detection with flows.', field: 'methods_proposed', not: ['PET'] },
    { why: '... nor a known model', text: pre + 'We adapt a vision-language model to defects. Experiments demonstrate the effectiveness of CLIP, which transfers to new products.', field: 'methods_proposed', not: ['CLIP'] },
    { why: '"the topN accuracy of the proposed method": the kind noun heads another noun phrase', text: pre + 'The experiments were conducted on two hospital records, and the topN accuracy of the proposed method increased by 3.91%.', field: 'methods_mentioned', not: ['topN'] },
    { why: '... but "the ZorbNet detection method" keeps its name', text: pre + 'We compare with the ZorbNet detection method on two datasets.', field: 'methods_mentioned', has: ['ZorbNet'] },
    { why: '"techniques, including Statistical (Z-Score), Machine Learning (...)": a kind of method', text: pre + 'The study compares different anomaly detection techniques, including Statistical (Z-Score), Machine Learning (One class SVM) and Deep Learning (LSTM autoencoder).', field: 'methods_mentioned', not: ['Statistical'] },
    { why: '"we present a groundbreaking SingGraph model": an evaluative adjective before the name', text: pre + 'To bridge the gap, we present a groundbreaking ZorbGraph model. The model combines two encoders.', field: 'methods_proposed', has: ['ZorbGraph'] },
    { why: '"Moreover, X has also achieved ...": a result\'s subject after an auxiliary', text: pre + 'We propose a multiplex graph model for loan default prediction. Moreover, ZorbDP has also achieved a performance improvement of 9.37% on the KS metric.', field: 'methods_proposed', has: ['ZorbDP'] },
    { why: 'spoofing-aware speaker verification and speech corpora the lexicon lists', text: pre + 'We evaluate on the SASV 2022 Challenge and on Switchboard with MERT features.', field: 'datasets', has: ['SASV 2022', 'Switchboard'] },
    { why: 'Grad-CAM is a named method, not a generic algorithm', text: pre + 'We visualise the detector with Grad-CAM.', field: 'methods_mentioned', has: ['Grad-CAM'] },
  ]);
  check<FacetField>([
    { why: 'Gemini and GPT-4o as the generators of text in a paper on text alone are language models', text: 'Large language models such as GPT-4o, Claude and Gemini write fluent text. We propose ZorbDetect to detect LLM-generated text.', field: 'techniques', has: ['llm'], not: ['multimodal-llm'] },
    { why: 'system calls of a host are computing systems', text: 'We propose ZorbIDS to detect intrusions from sequences of system calls on a host.', field: 'domains', has: ['computing-systems'] },
    { why: '... but "a system called X" is not a system call', text: 'We propose a system called ZorbFace to uncover review manipulators on online review sites.', field: 'domains', not: ['computing-systems'] },
    { why: 'radio access and telecom networks are computing systems', text: 'Mobile network operators manage Radio Access Networks with many cells. We propose ZorbRAN to find faulty cells.', field: 'domains', has: ['computing-systems'] },
    { why: '... 5G core networks too', text: 'We propose ZorbCore, which uses language models to detect faults in 5G core networks.', field: 'domains', has: ['computing-systems'] },
    { why: '"we introduce an artificial defect generation module": a part that synthesises training anomalies, not an anomaly-generation paper', title: 'ZorbNet: Defect Detection on Printed Circuit Boards', text: 'We propose ZorbNet for PCB defect segmentation. We further introduce an artificial defect generation module that creates six types of PCB defects to improve robustness.', field: 'settings', not: ['anomaly-generation'] },
    { why: '... "a mask-constrained pseudo-anomaly generation strategy is adopted" too', title: 'ZorbNet: Defect Detection on Printed Circuit Boards', text: 'We propose ZorbNet for surface defects. A mask-constrained main body pseudo-anomaly generation strategy is adopted so that the model focuses on texture.', field: 'settings', not: ['anomaly-generation'] },
    { why: '... and it is synthetic-anomalies', title: 'ZorbNet: Defect Detection on Printed Circuit Boards', text: 'We propose ZorbNet for PCB defect segmentation. We further introduce an artificial defect generation module that creates six types of PCB defects to improve robustness.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '... but a paper whose proposal is generating anomalies keeps the setting', text: 'Existing anomaly generation methods lack fidelity. We propose ZorbGen, a training-free anomaly generation framework based on diffusion.', field: 'settings', has: ['anomaly-generation'] },
    { why: '"defects that could lead to substantial financial losses": a cost, not financial data', text: 'Smart contracts may hold undiscovered defects that could lead to substantial financial losses if exploited. We propose ZorbAudit, which finds defects with language models.', field: 'domains', not: ['finance'] },
    { why: 'speech anti-spoofing is synthetic-data detection', text: 'Automatic speaker verification is vulnerable to spoofing attacks. We propose ZorbCM, an anti-spoofing countermeasure for spoofed speech.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: '... but face anti-spoofing with printed photos is not', text: 'Face recognition systems are vulnerable to spoofing attacks with printed photos and replayed videos. We propose ZorbFace, a face anti-spoofing network.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'detection of synthetic speech and fake audio', text: 'We propose ZorbNet for the detection of synthetic speech and fake audio.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'an audio language model is a multimodal LLM', text: 'We propose ZorbALM, an audio language model for deepfake detection grounded in acoustic reasoning.', field: 'techniques', has: ['multimodal-llm'], not: ['llm'] },
    { why: 'a heterogeneous graph transformer is a graph neural network', text: 'We propose ZorbFraud, a heterogeneous graph transformer for fraud detection on transaction graphs.', field: 'techniques', has: ['graph-neural-network'] },
    { why: '... and message passing over a graph', text: 'We propose ZorbBot, which detects social bots by message passing over the follower graph.', field: 'techniques', has: ['graph-neural-network'] },
    { why: '... but not where the method "eliminates the necessity for message-passing"', text: 'We propose ZorbPrem, which eliminates the necessity for message-passing propagation during training and uses a simple contrastive loss.', field: 'techniques', not: ['graph-neural-network'] },
    { why: 'a model named only as what the proposal beats gives no technique', text: 'We propose ZorbFAC, a robot failure analysis framework trained on our dataset. Experimental results demonstrate that ZorbFAC outperforms GPT-4o by 34.1% on our evaluation benchmark.', field: 'techniques', not: ['multimodal-llm'] },
    { why: '"To systematically evaluate the framework, we create a dataset": the paper\'s own method evaluated', text: 'We propose ZorbFlect, a framework that summarizes robot experiences to explain failures. To systematically evaluate the framework, we create the ZorbFail dataset with many tasks.', field: 'settings', not: ['evaluation'] },
    { why: '"Videos of our results are available on our website" announces a release, not video data', text: 'We propose ZorbVAE, a supervised variational autoencoder for robot anomaly detection from multimodal sensors. Videos of our results are available on our website: https://example.org/zorb.', field: 'domains', not: ['video'] },
    { why: 'wind turbines are industrial machines, in a time-series paper too', text: 'We propose ZorbWT, a variational autoencoder that detects anomalies in SCADA time series of wind turbines.', field: 'domains', has: ['industrial', 'time-series'] },
    { why: 'BGP hijacks and route leaks are security', text: 'We propose ZorbRoute to detect BGP hijacks and route leaks from route announcements.', field: 'domains', has: ['security'] },
    { why: '... but a paper on images keeps multimodal-llm', text: 'We prompt GPT-4o with images of industrial products to detect defects.', field: 'techniques', has: ['multimodal-llm'] },
  ]);
});

describe('a second reader\'s cases against the ninth-round rules', () => {
  check<NamedField>([
    { why: '"demonstrate the effectiveness of ADASYN in handling ...": a tool the proposal uses', text: 'We propose a credit card fraud detection framework that balances the data with ADASYN and classifies transactions with a deep network. Experiments demonstrate the effectiveness of ADASYN in handling class imbalance.', field: 'methods_proposed', not: ['ADASYN'] },
    { why: '"confirm the efficacy of AlignScore, which we use as the verifier"', text: 'We propose a hallucination detector for RAG systems that verifies claims against retrieved passages. Experiments on RAGTruth confirm the efficacy of AlignScore, which we use as the verifier.', field: 'methods_proposed', not: ['AlignScore'] },
    { why: '"X exhibits better robustness than other backbones": one backbone among others', text: 'We propose a plug-in contrastive loss for self-supervised tabular anomaly detection and apply it to several backbones. Results show that ZorbTraL exhibits better robustness than other backbones, and our loss improves all of them.', field: 'methods_proposed', not: ['ZorbTraL'] },
    { why: '"ZorbNet consists of two branches, for which we design X (FRN)": parts of the proposal', text: 'We propose ZorbNet for video anomaly detection. ZorbNet consists of two branches, for which we design a Frequency Reconstruction Network (FRN) and a Spatial Memory Network (SMN).', field: 'methods_proposed', has: ['ZorbNet'], not: ['FRN', 'SMN'] },
    { why: '"The RS-Hash is a well-known algorithm" keeps its name', text: 'Streaming anomaly detection is hard. The QuuxHash is a well-known algorithm for streaming outlier detection, but it assumes stationarity. We propose ZorbStream, which adapts to drift.', field: 'methods_mentioned', has: ['QuuxHash'] },
    { why: 'a coined baseline name that ends like an English word ("Nonstationary") stays', text: 'We evaluate time series forecasting models such as Informer, Autoformer, Pyraformer and Nonstationary as anomaly detectors.', field: 'methods_mentioned', has: ['Nonstationary'] },
  ]);
  check<FacetField>([
    { why: '"We propose DefGen, a novel anomaly generation method": a generation paper keeps the setting', title: 'DefGen', text: 'Anomaly detection requires abnormal samples which are rare. We propose DefGen, a novel anomaly generation method based on diffusion models, which produces realistic anomalies. Experiments on MVTec AD show that DefGen improves downstream detection.', field: 'settings', has: ['anomaly-generation'] },
    { why: 'LLaVA and InstructBLIP are multimodal whatever words the paper uses', title: 'Mitigating Object Hallucination via Contrastive Decoding', text: 'Object hallucination remains a challenge. We evaluate LLaVA-1.5 and InstructBLIP on POPE and propose ZorbDecode, a training-free decoding strategy that reduces hallucinated objects.', field: 'techniques', has: ['multimodal-llm'], not: ['llm'] },
    { why: 'GPT-4V on satellite imagery is multimodal', text: 'We study zero-shot anomaly detection in satellite imagery. We prompt GPT-4V to describe each tile and flag unusual structures, and propose ZorbSat.', field: 'techniques', has: ['multimodal-llm'] },
    { why: 'GPT-4o on surveillance footage is multimodal', text: 'Detecting anomalies in surveillance footage is labour-intensive. We prompt GPT-4o and Gemini to reason about abnormal events and propose ZorbVAD.', field: 'techniques', has: ['multimodal-llm'] },
    { why: 'GPT-4o on series rendered as plots is multimodal', text: 'Time series anomaly detection with language models is costly. We render each series as a line plot and ask GPT-4o and Gemini to mark anomalous intervals, which outperforms text-based prompting.', field: 'techniques', has: ['multimodal-llm'] },
  ]);
});

describe('a second reader\'s cases against the later ninth-round rules', () => {
  const title = 'ZorbAD: Industrial anomaly detection';
  const wrap = (x: string) => `We propose ZorbAD for industrial anomaly detection. ${x} Results on MVTec AD show state-of-the-art AUROC.`;
  check<NamedField>([
    { why: '"a robust Zero-Shot framework": a descriptor of English words is no name', text: 'We propose a robust Zero-Shot framework for industrial anomaly detection. Extensive experiments confirm the effectiveness.', field: 'methods_proposed', not: ['Zero-Shot'] },
    { why: '... nor "an interpretable Multi-Agent framework"', text: 'We present an interpretable Multi-Agent framework for log anomaly detection. Extensive experiments confirm the effectiveness.', field: 'methods_proposed', not: ['Multi-Agent'] },
    { why: '... nor "a robust Human-in-the-Loop framework"', text: 'We propose a robust Human-in-the-Loop framework for fraud detection. Extensive experiments confirm the effectiveness.', field: 'methods_proposed', not: ['Human-in-the-Loop'] },
    { why: '"Notably, RWKV has achieved competitive results" before the proposal is someone else\'s', title: 'Lightweight log anomaly detection with linear recurrent models', text: 'Transformers dominate sequence modeling but scale quadratically. Notably, QuuxKV has achieved competitive results with linear complexity. We propose a lightweight log anomaly detector that adapts QuuxKV to system logs. Experiments on HDFS and BGL show that the proposed detector outperforms baselines.', field: 'methods_proposed', not: ['QuuxKV'] },
    { why: '"a light CNN backbone" is no LCNN', title: 'ZorbDefect: Real-time defect detection', text: 'We propose ZorbDefect, which uses a light CNN backbone to detect surface defects on edge devices. ZorbDefect achieves 98% accuracy on NEU-DET.', field: 'methods_mentioned', not: ['LCNN'] },
  ]);
  check<FacetField>([
    { why: '"eliminates background noise with a cross-attention module" keeps attention', title, text: wrap('ZorbAD eliminates background noise with a cross-attention module.'), field: 'techniques', has: ['attention'] },
    { why: '"eliminates costly pixel annotations through weakly supervised training" keeps the setting', title, text: wrap('ZorbAD eliminates costly pixel annotations through weakly supervised training.'), field: 'settings', has: ['weakly-supervised'] },
    { why: 'anti-spoofing on ASVspoof2021 is synthetic speech', title: 'ZorbCM: Generalizable anti-spoofing', text: 'Anti-spoofing countermeasures are vulnerable to unseen attacks. We propose ZorbCM, a graph attention back-end on self-supervised features. On ASVspoof2021 LA and DF, ZorbCM achieves an EER of 0.8%.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'SIP flooding and spoofing attacks on VoIP are intrusions', title: 'ZorbIDS: Intrusion detection for VoIP networks', text: 'Voice over IP (VoIP) services are exposed to SIP flooding and spoofing attacks. We propose ZorbIDS, an unsupervised intrusion detector for VoIP traffic.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'synthetic speech as augmentation data is no synthetic-data detection', title: 'ZorbSAD: Speech anomaly detection with limited data', text: 'Detecting anomalous utterances in dysarthric speech is hampered by scarce data. We augment training with synthetic speech generated by a TTS model and propose ZorbSAD, an autoencoder-based detector.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: 'MPI message passing is no graph network', title: 'ZorbHPC: Anomaly detection for HPC jobs', text: 'We propose ZorbHPC, which monitors Message Passing Interface (MPI) communication traces and flags anomalous jobs with an isolation-based detector.', field: 'techniques', not: ['graph-neural-network'] },
    { why: '"Extreme financial losses are central to market risk" is finance', title: 'ZorbRisk: Anomalous regime detection for tail risk', text: 'Extreme financial losses are central to market risk management. We propose ZorbRisk, a normalizing-flow model of portfolio loss distributions.', field: 'domains', has: ['finance'] },
    { why: '... but "defects could lead to substantial financial losses" is not', text: 'Smart contracts may hold undiscovered defects that could lead to substantial financial losses if exploited. We propose ZorbAudit, which finds defects with language models.', field: 'domains', not: ['finance'] },
  ]);
});

describe('a third reader\'s cases against the ninth-round rules as a whole', () => {
  check<NamedField>([
    { why: 'an acronym the title spells out is the proposal even when a known model shares its letters ("Semantic Anomaly Mining (SAM)")', title: 'Semantic Anomaly Mining for Zero-Shot Anomaly Segmentation', text: 'Zero-shot anomaly segmentation remains challenging for industrial inspection. In this paper, Semantic Anomaly Mining (SAM) mines abnormal semantics from text prompts without any training images. Extensive experiments on MVTec AD and VisA demonstrate its superiority.', field: 'methods_proposed', has: ['SAM'] },
    { why: '"It has been shown that X provides superior accuracy" before the proposal is prior work', text: 'Transformer-based detectors have become popular for multivariate time series. It has been shown that FlorpFormer provides superior accuracy on such data, but at a high computational cost. We propose a lightweight alternative based on state space models.', field: 'methods_proposed', not: ['FlorpFormer'] },
    { why: '"Several works have shown the advantages of X over ..." before the proposal is prior work', text: 'Several works have shown the advantages of FlorpAD over memory banks. However, its inference is slow. We propose a one-step distillation approach for fast anomaly detection.', field: 'methods_proposed', not: ['FlorpAD'] },
    { why: '"We introduce Universal Anomaly Detector, ...": a capitalised first word is part of the name', text: 'We introduce Universal Anomaly Detector, a single model that detects anomalies across images, time series and graphs without retraining.', field: 'methods_proposed', has: ['Universal Anomaly Detector'] },
    { why: '"a novel Look-Twice framework": a coined hyphened name stays a name', text: 'Anomaly detection is hard. We propose a novel Look-Twice framework for anomaly detection.', field: 'methods_proposed', has: ['Look-Twice'] },
  ]);
  check<FacetField>([
    { why: 'GPT-4V on memes is multimodal', title: 'Can GPT-4V Spot Hateful Memes?', text: 'Hateful memes spread quickly on social media. We evaluate GPT-4V and Gemini Pro as zero-shot hateful meme detectors on the Hateful Memes Challenge. Both models struggle with implicit hate and sarcasm.', field: 'techniques', has: ['multimodal-llm'] },
    { why: '"even GPT-4 struggles" in a benchmark is a model the paper evaluates', title: 'ZorbBench: Long-Document Hallucination Detection', text: 'We introduce ZorbBench, a benchmark of long-document hallucinations. We find that even GPT-4 struggles, detecting fewer than half of the fabricated claims.', field: 'techniques', has: ['llm'] },
    { why: '"Rather than fine-tuning CLIP, we learn prompts" uses CLIP', text: 'Rather than fine-tuning CLIP, we learn a small set of prompts for zero-shot anomaly detection. Our method achieves state-of-the-art results on MVTec AD.', field: 'techniques', has: ['vision-language'] },
    { why: 'MPI message passing between compute nodes is no graph network', title: 'Anomaly Detection in HPC Systems', text: 'HPC applications exchange data through MPI message passing between compute nodes. We detect performance anomalies from node-level telemetry with an autoencoder.', field: 'techniques', not: ['graph-neural-network'] },
    { why: '"a mobile network via distillation" is a compact network, not telecom', title: 'Compact Industrial Anomaly Detection', text: 'Industrial anomaly detection on edge devices needs compact models. We compress a teacher into a mobile network via distillation.', field: 'domains', not: ['computing-systems'] },
    { why: '"We systematically evaluate them on five datasets" evaluates others\' detectors', title: 'Hallucination Detectors Revisited', text: 'Many hallucination detectors have been proposed. We systematically evaluate them on five datasets and find that simple baselines remain competitive.', field: 'settings', has: ['evaluation'] },
    { why: '"The annotated dashcam videos are publicly available at ..." releases video data', title: 'ZorbTAD: A Dataset for Accident Anticipation', text: 'We introduce ZorbTAD, a new dataset for traffic accident anticipation. The 1,500 annotated dashcam videos are publicly available at https://github.com/x/zorbtad.', field: 'domains', has: ['video'] },
  ]);
});

describe('tenth round: cases from fresh dev sets', () => {
  check<NamedField>([
    { why: '"a new dataset X collected by us" names the dataset', text: 'We evaluate on three public benchmark datasets and a new dataset ZorbLace collected by us.', field: 'datasets', has: ['ZorbLace'] },
    { why: '"outperforms state-of-the-art AI-generated code detector (X)" names the prior best', text: 'We propose FooNet for detection. Our best model outperforms state-of-the-art AI-generated code detector (ZorbSniffer) and achieves an F1 score of 0.9.', field: 'methods_mentioned', has: ['ZorbSniffer'] },
    { why: '"the state-of-the-art transformer-based model, X" names the prior best', text: 'We propose FooNet for detection. We apply normalization techniques for the state-of-the-art transformer-based model, ZorbClip.', field: 'methods_mentioned', has: ['ZorbClip'] },
    { why: '"the state-of-the-art X model" names the prior best', text: 'We propose FooNet. FooNet outperforms the state-of-the-art ZorbZero model, achieving gains.', field: 'methods_mentioned', has: ['ZorbZero'] },
    { why: '"the state-of-the-art anomaly detection model" names none', text: 'We propose FooNet. It surpasses the state-of-the-art anomaly detection model in accuracy.', field: 'methods_mentioned', not: ['anomaly'] },
    { why: '"collectively referred to as "hallucinations"" names the field\'s term, not a method', text: 'Large language models often produce errors, collectively referred to as "hallucinations". We probe their internal states.', field: 'methods_mentioned', not: ['hallucinations'] },
    { why: '"a variety of QA datasets" names a kind of data', text: 'We evaluate ZorbCheck across a variety of QA datasets from different domains.', field: 'datasets', not: ['QA'] },
    { why: '"nine InD-OOD dataset pairs" counts pairs of data, no dataset', text: 'Extensive experiments on nine InD-OOD dataset pairs show that ZorbOOD lowers false positive rates.', field: 'datasets', not: ['InD-OOD'] },
    { why: '"on the UCF-Crime dataset" still names one', text: 'Extensive experiments on the UCF-Crime dataset show that ZorbVAD detects anomalies.', field: 'datasets', has: ['UCF-Crime'] },
    { why: 'a mixture of experts\' active parameters ("Qwen3.5-397B-A17B") qualify the known model, with a non-breaking hyphen too', text: 'Using the Qwen3.5\u2011397B\u2011A17B Mixture\u2011of\u2011Experts model, the agent returns justifications.', field: 'models', has: ['Qwen3.5-397B-A17B'] },
    { why: 'a mixture-of-experts size ("Mixtral-8x22B") qualifies the known model', text: 'Experiments on seven LLMs, including Llama 3 and Mixtral-8x22B models, show the gains.', field: 'models', has: ['Mixtral-8x22B'] },
    { why: 'a chat tier ("Llama2-Chat") qualifies the known model', text: 'We annotate outputs of ChatGPT and Llama2-Chat (70B, 7B) for hallucinations.', field: 'models', has: ['Llama2-Chat'] },
    { why: '"Remote Sensing (RS)" is the kind of data the title names ("... Remote Sensing Images"), not the paper\'s method', title: 'Adapting SAM for Change Detection in HR Remote Sensing Images', text: 'Vision foundation models allow zero-shot segmentation. However, their direct use in many Remote Sensing (RS) applications is often unsatisfactory. We propose a convolutional adaptor for change detection.', field: 'methods_proposed', not: ['RS'] },
    { why: 'a long form the title spells out is still the paper\'s method', title: 'Improved Anomaly Detection via Mean Shift Density Enhancement', text: 'Anomaly detection is hard. Mean Shift Density Enhancement (MSDE) iteratively refines densities.', field: 'methods_proposed', has: ['MSDE'] },
    { why: '"Open-world machine learning: A review ..." names a survey\'s topic', title: 'Open-world machine learning: A review and new outlooks', text: 'Machine learning has achieved remarkable success in closed worlds. We review open-world machine learning.', field: 'methods_proposed', not: ['Open-world machine learning'] },
    { why: '"X: Automated Hallucination Dataset Generation" names a generator, not a dataset', title: 'ZorbHall: Automated Hallucination Dataset Generation for Large Language Models', text: 'Annotating hallucinations by hand is costly. We automatically construct model-specific hallucination data from fact-checking sources.', field: 'methods_proposed', has: ['ZorbHall'] },
    { why: '"HaluEval 2.0" is a release of its own, as "CERT r4.2" is', title: 'An Empirical Study on Factuality Hallucination', text: 'We construct a new hallucination benchmark HaluEval 2.0 and study the sources of hallucination.', field: 'datasets', has: ['HaluEval 2.0'] },
    { why: '"Audio-Visual HuBERT (AV-HuBERT)" defines a known model variant, not the paper\'s method', title: 'ZorbSync+: Leveraging AV-HuBERT to Exploit Multimodal Inconsistency for Video Deepfake Detection', text: 'This study proposes a new method based on a self-supervised feature extractor for multimodal video forgery detection. We use the transformer-based SSL pre-trained Audio-Visual HuBERT (AV-HuBERT) model as a visual and acoustic feature extractor.', field: 'methods_proposed', not: ['AV-HuBERT'] },
    { why: '... and the model it names is a model', title: 'ZorbSync+: Leveraging AV-HuBERT to Exploit Multimodal Inconsistency for Video Deepfake Detection', text: 'This study proposes a new method based on a self-supervised feature extractor for multimodal video forgery detection. We use the transformer-based SSL pre-trained Audio-Visual HuBERT (AV-HuBERT) model as a visual and acoustic feature extractor.', field: 'models', has: ['AV-HuBERT'] },
    { why: '"Current SVDD datasets face challenges" names a kind of data, not a dataset', title: 'ZorbSVDD: A Benchmark Dataset for Singing Voice Deepfake Detection', text: 'Current SVDD datasets face challenges due to limited controllability. We introduce ZorbSVDD, a large-scale collection of bonafide and deepfake singing vocals.', field: 'datasets', not: ['Current SVDD'] },
    { why: '"The introduced approach, called X" is the paper\'s own', title: 'Contaminated Multivariate Time-Series Anomaly Detection', text: 'Training data is often contaminated. This paper presents a practical detector for contaminated data. The introduced approach, called ZorbAD-C, is devoid of access to abnormality labels.', field: 'methods_proposed', has: ['ZorbAD-C'] },
    { why: '"The approach introduced by Liu et al., called X" is someone else\'s', title: 'Contaminated Multivariate Time-Series Anomaly Detection', text: 'Training data is often contaminated. The approach introduced by Liu et al., called ZorbAD-C, needs clean labels.', field: 'methods_proposed', not: ['ZorbAD-C'] },
    { why: 'a title head ending in an adverb ("Choose Wisely:") is a slogan, not a name', title: 'Choose Wisely: An Extensive Evaluation of Model Selection for Anomaly Detection in Time Series', text: 'We compare 17 classifiers used as model selectors over 1800 time series.', field: 'methods_proposed', not: ['Choose Wisely'] },
    { why: 'a title head ending in a noun in -ly ("Zorb Anomaly:") stays a name', title: 'Zorb Assembly: Detecting Anomalies in Assembly Lines', text: 'We propose a detector for assembly lines.', field: 'methods_proposed', has: ['Zorb Assembly'] },
    { why: '"We address this challenge with X, a ... classifier" proposes X', title: 'Random Forest-Based OOD Detection for Robust Segmentation', text: 'Segmentation models degrade on out-of-distribution scans. We address this challenge with ZorbDeep, a random forest classifier that utilizes deep features of the segmentation encoder. ZorbDeep detected OOD cases with an FPR95 of 18%. The ZorbDeep classifier is simple.', field: 'methods_proposed', has: ['ZorbDeep'] },
    { why: '"We address this gap with X, a benchmark" introduces a dataset', title: 'ZorbBench: A Benchmark for Anomaly Detection', text: 'Benchmarks are scarce. We address this gap with ZorbBench, a benchmark of 5,000 images for anomaly detection.', field: 'datasets', has: ['ZorbBench'] },
    { why: '"We address this with CLIP, a ..." uses a known model, proposes nothing', title: 'Zero-Shot Defect Detection', text: 'Defects are rare. We address this problem with CLIP, a vision-language model, prompted with defect descriptions.', field: 'methods_proposed', not: ['CLIP'] },
    { why: '"the recently published X dataset": the describing words are no part of the name', text: 'We report the first multi-task results using the recently published Zorbal dataset for capsule endoscopy.', field: 'datasets', has: ['Zorbal'] },
    { why: 'BigBird is a pretrained model', text: 'We fine-tune pretrained language models on system calls. Models with larger context sizes, such as BigBird and Longformer, achieve superior accuracy.', field: 'models', has: ['BigBird', 'Longformer'] },
    { why: '"an improvement over Luna, the previous state-of-the-art encoder" names a baseline, an English-looking word too', text: 'We present ZorbDetect for hallucination detection in RAG. It achieves a 14.8% improvement over Luna, the previous state-of-the-art encoder-based architecture.', field: 'methods_mentioned', has: ['Luna'] },
    { why: '"an improvement over Transformers" with no appositive stays no name', text: 'We present ZorbDetect for hallucination detection in RAG. It achieves a 14.8% improvement over Transformers on long documents.', field: 'methods_mentioned', not: ['Transformers'] },
    { why: '"+13% AUROC on X" names what the metric was measured on', text: 'We propose FooNet for hallucination detection in RAG systems. FooNet outperforms prior methods by up to +13% AUROC on ZorbRAG.', field: 'datasets', has: ['ZorbRAG'] },
    { why: '"an AUROC gain on X vs. Y": both sets of the test', text: 'We propose FooNet for test-time OOD detection. It yields a 15 pp AUROC gain on ImageNet-C vs. Zorb-C compared to established baselines.', field: 'datasets', has: ['ImageNet-C', 'Zorb-C'] },
    { why: '"Y" of "X vs. Y" is no method', text: 'We propose FooNet for test-time OOD detection. It yields a 15 pp AUROC gain on ImageNet-C vs. Zorb-C compared to established baselines.', field: 'methods_mentioned', not: ['Zorb-C'] },
    { why: '"AUC on GNN for fraud detection" is no dataset', text: 'Maximizing AUC on GNN for fraud detection tasks is hard. We propose FooNet.', field: 'datasets', not: ['GNN'] },
    { why: '"accuracy on Zorb-7B" is a model, not data', text: 'We propose FooNet. It improves accuracy on Zorb-7B, a language model.', field: 'datasets', not: ['Zorb-7B'] },
  ]);
  check<FacetField>([
    { why: 'weld X-ray images are industrial inspection, not medical imaging', title: 'CNN-Based Weld Defect Detection on X-ray Images', text: 'Automating weld defect detection matters because manual X-ray inspections are error-prone. A ResNet-50 is fine-tuned on X-ray images of welds.', field: 'domains', not: ['medical'] },
    { why: 'chest X-ray images stay medical', title: 'Abnormality Detection in X-ray Images', text: 'We detect abnormalities in X-ray images of the chest with an autoencoder trained on healthy scans.', field: 'domains', has: ['medical'] },
    { why: 'gearbox fault diagnosis is industrial', title: 'Fault Diagnosis on Gearboxes', text: 'Gearboxes are mechanical devices used in vehicle transmissions. We reduce the training time of a deep fault diagnosis system.', field: 'domains', has: ['industrial'] },
    { why: 'fault diagnosis from raw vibration signals is industrial, in a time-series paper too', title: 'Fault Diagnosis on Raw Vibration Signals', text: 'The proposed network takes raw vibration signals as input time series and classifies faults under noise.', field: 'domains', has: ['industrial'] },
    { why: '"Contrary to density-based methods, X ..." sets the paper against density estimation', title: 'ZorbFlow: One-Class Flow for Anomaly Detection', text: 'We propose ZorbFlow, a one-class flow that finds a minimal-volume region. Contrary to density-based methods, ZorbFlow does not depend on the structure of outliers.', field: 'techniques', not: ['density-estimation'] },
    { why: '"existing methods typically rely on supervised fine-tuning" is prior work\'s technique', title: 'Training-Free Proxy Alignment for Text Detection', text: 'Detecting machine-generated text with proxy models is promising. Existing proxy alignment methods typically rely on supervised fine-tuning of the proxy, which is costly. We propose a training-free alignment with nearest neighbours.', field: 'techniques', not: ['fine-tuning'] },
    { why: '"the model\'s typical set" is no contrast (the adjective)', title: 'Detecting OOD Inputs to Deep Generative Models Using Typicality', text: 'Deep generative models assign high likelihood to OOD inputs. We posit that this is caused by a mismatch between the model\'s typical set and its areas of high probability density.', field: 'techniques', has: ['density-estimation'] },
    { why: '"reducing financial burden on the government" is a cost avoided, not financial data', title: 'Deep Video Anomaly Detection: Opportunities and Challenges', text: 'Intelligent surveillance systems could save human resources, reducing financial burden on the government, and identify abnormal behaviours in time.', field: 'domains', not: ['finance'] },
    { why: '", recent works proposed to incorporate large language models" is prior work\'s technique', title: 'ZorbToken: Detecting Hallucination in Image Descriptions', text: 'Large vision-language models hallucinate objects. To address this problem, recent works proposed to incorporate computationally costly Large (Vision) Language Models in order to detect hallucinations on a sentence level. In this work, we introduce ZorbToken, a lightweight binary classifier on token statistics.', field: 'techniques', not: ['llm'] },
    { why: '"Most existing methods suffer from ... for the open world" is prior work\'s shortcoming, not the paper\'s setting', title: 'Generalized Few-Shot Out-of-Distribution Detection', text: 'Few-shot OOD detection matters. Most existing few-shot OOD detection methods suffer from insufficient generalization capability for the open world. We propose a framework that distils general knowledge.', field: 'settings', not: ['open-world'] },
    { why: '"The prevalent methods mainly investigate the reconstruction ..." is prior work\'s technique', title: 'A Video Anomaly Detection Framework based on Appearance-Motion Semantics', text: 'Video anomaly detection is hard. The prevalent methods mainly investigate the reconstruction difference between normal and abnormal patterns but ignore semantics. We propose a two-stream framework that matches appearance and motion semantics.', field: 'techniques', not: ['reconstruction'] },
    { why: '"Some other works detect anomalies based on reconstructing ..." is prior work\'s technique', title: 'Multivariate Time Series Anomaly Detection via Dynamic Graphs', text: 'Graph-based detectors model inter-series relations. Some other works detect anomalies based on reconstructing a list of inter-series graphs, which weakens temporal modelling. We propose a dynamic graph forecaster.', field: 'techniques', not: ['reconstruction'] },
    { why: '"Reconstruction-Free", "circumvents explicit reconstruction": what the method does without', title: 'Reconstruction-Free Anomaly Detection with Diffusion Models', text: 'We propose an inversion-based approach that circumvents explicit reconstruction. We model detection under a reconstruction-free formulation with DDIM inversion.', field: 'techniques', not: ['reconstruction'] },
    { why: '"most of the current studies adopt unsupervised learning" is prior work\'s setting', title: 'Few-shot Insider Threat Detection', text: 'Insiders are rare. Most of the current studies adopt unsupervised learning approaches to detect insiders from audit data. We propose a few-shot detector trained with a handful of labelled insiders.', field: 'settings', not: ['unsupervised'] },
    { why: '"existing methods are predominately developed in an unsupervised manner" is prior work\'s setting', title: 'Few-shot Network Anomaly Detection via Meta-learning', text: 'Due to the labelling cost, existing methods are predominately developed in an unsupervised manner. We use a few labelled anomalies from related networks.', field: 'settings', not: ['unsupervised'] },
    { why: 'EEG recordings are time series (and medical)', title: 'Diagnosing Epileptogenesis with Deep Anomaly Detection', text: 'We detect epileptogenesis from EEG recordings of rats with an autoencoder trained on healthy animals.', field: 'domains', has: ['time-series', 'medical'] },
    { why: 'PPG signals are medical time series', title: 'Personalized Anomaly Detection in PPG Data', text: 'We learn representations of photoplethysmography signals from wearables to flag abnormal heart rhythms per user.', field: 'domains', has: ['time-series', 'medical'] },
    { why: 'heart sounds are medical audio', title: 'Unsupervised Heart Abnormality Detection', text: 'We detect abnormal heart sounds in phonocardiogram recordings with an unsupervised model.', field: 'domains', has: ['audio', 'medical'] },
    { why: 'robot-assisted surgery is medical; "feature surgery" of a network is not', title: 'Open-Set Surgical Activity Recognition', text: 'We recognise activities in robot-assisted surgery and reject unseen ones.', field: 'domains', has: ['medical'] },
    { why: '"architecture and feature surgery" of a model is no medicine', title: 'A Staged Dual-Path Model for Zero-Shot Anomaly Detection', text: 'We introduce a staged dual-path model that applies architecture and feature surgery to CLIP for zero-shot anomaly detection on industrial images.', field: 'domains', not: ['medical'] },
    { why: '"compared against several other ... unsupervised methods": the setting of the methods compared with', title: 'Weakly-Supervised PET Anomaly Detection', text: 'We propose a class-guided diffusion model trained with image-level labels. Our method was compared against several other deep learning based unsupervised methods and thresholding.', field: 'settings', not: ['unsupervised'] },
    { why: '"point-wise AU-ROC" (hyphened AU-ROC) is pixel-level AUROC', title: 'Multi-View Reconstruction for 3D Anomaly Detection', text: 'We propose ZorbNet. It achieves 89.6% object-wise AU-ROC and 95.7% point-wise AU-ROC on Real3D-AD.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
    { why: '"pixel-sPRO" (saturated PRO) is PRO', title: 'Logical Anomaly Detection', text: 'We propose ZorbNet for logical anomalies. It achieves 95.7% pixel-sPRO on MVTec LOCO AD.', field: 'metrics', has: ['PRO'] },
    { why: '"generate contrastive views" is contrastive learning', title: 'Frequency-Augmented Transformer for Time Series Anomaly Detection', text: 'We propose ZorbCT. ZorbCT utilizes patch operations to generate contrastive views and aligns time and frequency domains.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"deepfakes pose severe security threats" is why the problem matters, not security data', title: 'Spotting Lip-Sync Deepfakes', text: 'DeepFake technology has advanced, and these methods also pose potential and severe security threats to humanity. We detect temporal inconsistency between audio and lips in videos.', field: 'domains', not: ['security'] },
    { why: '"detecting security threats in network logs" is security', title: 'Log-Based Threat Detection', text: 'We detect security threats in enterprise network logs with a graph model.', field: 'domains', has: ['security'] },
    { why: '"classifying real and deep network generated images" detects synthetic data', title: 'Fourier Spectrum Discrepancies in Generated Images', text: 'We propose a detection method based on the frequency spectrum that classifies real and deep network generated images from various GAN and VAE architectures.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: 'an audio-visual deepfake detector on DFDC works on video, not frames as images', title: 'Statistics-aware Audio-visual DeepFake Detector', text: 'We propose a statistical feature loss for audio-visual deepfake detection. Experiments on the DFDC and FakeAVCeleb datasets demonstrate the relevance of the proposed method.', field: 'domains', not: ['natural-images'] },
    { why: '"multilingual" data is no cross-lingual transfer', title: 'Increasing the Robustness of Multilingual Machine-Generated Text Detectors', text: 'We fine-tune multilingual detectors of machine-generated text and test them on obfuscated texts.', field: 'settings', not: ['cross-lingual'] },
    { why: '"cross-lingual adaptation" is the setting', title: 'Multilingual Detection', text: 'We leverage cross-lingual adaptation to detect machine-generated text in unseen languages.', field: 'settings', has: ['cross-lingual'] },
    { why: '"reconstruction residuals" are errors, not residual learning', title: 'Fusion-Restoration for Multimodal Anomaly Detection', text: 'The model learns nominal feature reconstruction and localizes anomalies from the reconstruction residuals at inference.', field: 'techniques', not: ['residual-learning'] },
    { why: '"a stock laptop", "rolling stock" are no finance', title: 'Anomaly Detection in Railway Infrastructure', text: 'Maintenance of the rolling stock is essential. Our detector processes millions of edges within 2 seconds on a stock laptop.', field: 'domains', not: ['finance'] },
    { why: '"stock prices" are finance', title: 'Anomalies in Markets', text: 'We detect anomalies in stock prices with a transformer trained on daily returns.', field: 'domains', has: ['finance'] },
    { why: '"healthcare" among applications is no medical data', title: 'Outlier Detection for Mixed-Type Data', text: 'Outlier detection matters in domains such as healthcare, finance and manufacturing. We propose a detector for mixed categorical and numerical data.', field: 'domains', not: ['medical'] },
    { why: '"multiclass classification" is no multi-class anomaly detection; "multiclass industrial anomaly detection" is', title: 'Residual Anomaly Synthesis for Multiclass Industrial Anomaly Detection', text: 'We propose one model for all categories.', field: 'settings', has: ['multi-class'] },
    { why: '"denial of service" in a list of graph anomalies is no security data', title: 'Anomaly Detection in Dynamic Graphs', text: 'Anomalies in dynamic graphs include spam, fraud and denial of service. We propose a fast detector for edge streams.', field: 'domains', not: ['security'] },
    { why: '"high-throughput quality assurance" is no throughput metric', title: 'Efficient 3D Point Cloud Anomaly Detection', text: 'Reliable anomaly detection is essential for high-throughput quality assurance. We propose a two-step detector.', field: 'metrics', not: ['throughput'] },
    { why: '"generate different outputs in anomalous regions" synthesises no anomalies', title: 'Asymmetric Distillation for Image Anomaly Detection', text: 'The student network has different inductive abilities, which can generate different outputs in anomalous regions.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: '"generating anomalous samples" synthesises anomalies', title: 'ZorbAD', text: 'We train the detector by generating anomalous samples from normal images with random masks.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: 'an agent\'s "search space" is no architecture search', title: 'Flow-of-Action: SOP Enhanced LLM-Based Multi-Agent System for Root Cause Analysis', text: 'The SOP narrows the search space of the agents and reduces hallucination in root cause analysis.', field: 'techniques', not: ['neural-architecture-search'] },
    { why: 'a guardrail for web agents is about language-model agents, no reinforcement learning', title: 'WebGuard: Building a Generalizable Guardrail for Web Agents', text: 'Autonomous web agents can take harmful actions. We build a dataset of risky actions and train a guardrail model to flag them.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'failure attribution in multi-agent systems is about language-model agents', title: 'Rethinking Failure Attribution in Multi-Agent Systems', text: 'Multi-agent systems fail in complex ways. We build a benchmark of failure logs and evaluate attribution methods.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: 'an agent trained with rewards is reinforcement learning', title: 'Anomaly Detection with an Active Agent', text: 'We train an agent with a reward for finding anomalies in sequential sensor data.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: 'segmenting organs is no anomaly localization', title: 'Zero-Shot Organ Segmentation with Foundation Models', text: 'We evaluate the out-of-the-box zero-shot capabilities of a foundation model for medical image segmentation on an abdominal CT organ segmentation task.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"downstream segmentation performance" of a synthesis paper is no anomaly localization', title: 'Lesion Synthesis with Diffusion', text: 'Augmenting training sets with synthesised data enhances downstream segmentation performance compared to geometric augmentations.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'segmenting lesions is anomaly localization', title: 'Brain MRI Analysis', text: 'We perform segmentation of lesions in brain MRI with a conditioned diffusion model.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"competitive segmentation performance" in an anomaly-detection paper is its localization result', title: 'Dual-Modality Anomaly Synthesis for 3D Anomaly Detection', text: 'Our method outperforms the state of the art in detection precision and achieves competitive segmentation performance on MVTec 3D-AD.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'unexpected objects in segmentation are anomalies to segment', title: 'Identifying Unexpected Road Obstacles in Urban-Scene Segmentation', text: 'Identifying unexpected objects on roads is crucial in safety-critical applications. Retraining segmentation networks on images of unexpected objects is costly; we standardise max logits per class instead.', field: 'settings', has: ['anomaly-localization'] },
  ]);
});

describe('a second reader\'s cases against the tenth-round rules', () => {
  check<NamedField>([
    { why: '"We address this imbalance with SMOTE, an oversampling technique" uses a tool the paper does not name again', text: 'Fraud is rare. We address this imbalance with SMOTE, an oversampling technique, before training a gradient-boosted classifier. The classifier reaches 0.9 F1.', field: 'methods_proposed', not: ['SMOTE'] },
    { why: '"AUROC on Llama-2-7b-chat and Vicuna-13B-v1.5": model checkpoints, not data', text: 'We propose ZorbHD for hallucination detection. It improves AUROC on Llama-2-7b-chat and Vicuna-13B-v1.5 compared to probing baselines.', field: 'datasets', not: ['Llama-2-7b-chat', 'Vicuna-13B-v1'] },
    { why: '"AUROC on OLMo-7B-Instruct": a checkpoint, not data', text: 'We propose ZorbHD for hallucination detection. It improves AUROC on OLMo-7B-Instruct over strong baselines.', field: 'datasets', not: ['OLMo-7B-Instruct'] },
    { why: '"Diffusion, the previous state-of-the-art approach" is a technique, no baseline name', text: 'We propose ZorbGen for brain MRI. It outperforms Diffusion, the previous state-of-the-art generative approach on BraTS.', field: 'methods_mentioned', not: ['Diffusion'] },
  ]);
  check<FacetField>([
    { why: '"ZorbNet typically stores ... in a memory bank" is the paper\'s own technique', title: 'ZorbNet', text: 'We propose ZorbNet for industrial images. In practice, ZorbNet typically stores only 1% of patch features in a memory bank.', field: 'techniques', has: ['memory-bank'] },
    { why: '"Typical defects such as scratches" describes data, not prior work', title: 'ZorbAD: Industrial Anomaly Detection', text: 'Industrial defects are rare. Typical defects such as scratches and dents occupy few pixels, so we use a memory bank of patch features.', field: 'techniques', has: ['memory-bank'] },
    { why: '"circumvents label scarcity via synthetic anomalies": the means is the paper\'s', title: 'ZorbTS', text: 'Labels are scarce in time series. Our framework circumvents label scarcity via synthetic anomalies injected into normal series.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Although ZorbCLIP adopts a zero-shot protocol": the method\'s own setting', title: 'ZorbCLIP', text: 'We propose ZorbCLIP. Although ZorbCLIP adopts a zero-shot protocol, it rivals few-shot methods on MVTec AD and VisA.', field: 'settings', has: ['zero-shot'] },
    { why: '"Evaluations on the most widely used zero-shot benchmarks demonstrate that ZorbAD ..." is the paper\'s result', title: 'ZorbAD: Anomaly Detection with Vision-Language Models', text: 'We propose ZorbAD, which needs no training images. Evaluations on the most widely used zero-shot anomaly detection benchmarks demonstrate that ZorbAD sets a new state of the art.', field: 'settings', has: ['zero-shot'] },
    { why: '"98.2% for segmentation on MVTec AD" reports localization', title: 'ZorbAD: Unsupervised Anomaly Detection', text: 'We propose ZorbAD. It achieves 99.1% image-level AUROC for detection and 98.2% for segmentation on MVTec AD.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"competitive segmentation performance" under an inspection title reports localization', title: 'ZorbCore: Towards Total Recall in Industrial Inspection', text: 'We propose ZorbCore. ZorbCore also achieves competitive segmentation performance on MVTec AD.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"segmentation of hemorrhages and infarcts" segments lesions', title: 'Brain MRI Anomaly Detection', text: 'We perform segmentation of hemorrhages and infarcts with a model trained on healthy scans.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"Segment Anything Model2 (SAM2) for segmentation" is a tool put to use', title: 'Zero-/Few-Shot Anomaly Classification for Transistors', text: 'Utilizing Segment Anything Model2 (SAM2) for segmentation, we create precise masks for each part.', field: 'settings', not: ['anomaly-localization'] },
    { why: 'an end-to-end "pipeline" is no X-rayed goods: hand X-rays stay medical', title: 'Anomaly Detection in X-ray Images', text: 'We propose an unsupervised detector for X-rays of the hand and an end-to-end pipeline for preprocessing.', field: 'domains', has: ['medical'] },
    { why: '"with surgical precision" is no surgery', title: 'Model Editing for Hallucination Mitigation', text: 'We edit language models with surgical precision to remove hallucinated facts.', field: 'domains', not: ['medical'] },
    { why: 'vibration signals of wrist-worn accelerometers are no machine', title: 'Tremor Detection from Wearables', text: 'We detect Parkinsonian tremor episodes from vibration signals recorded by wrist-worn accelerometers of patients.', field: 'domains', not: ['industrial'] },
  ]);
});

describe('a second reader\'s cases against the later tenth-round rules', () => {
  check<NamedField>([
    { why: '"We address this challenge with X, a ..." proposes X when the abstract names X again', text: 'Anomalies are subtle. We address this challenge with SymNetZ, a symmetric network for anomaly detection. Experiments on MVTec AD show SymNetZ outperforms PatchCore.', field: 'methods_proposed', has: ['SymNetZ'] },
    { why: '"We present Echocardiography CLIP (EchoCLIP)" proposes the model, whatever the lexicon knows', text: 'We present Echocardiography CLIP (EchoCLIP), a vision-language foundation model for echocardiography.', field: 'methods_proposed', has: ['EchoCLIP'] },
    { why: '"SWaT 4.2 points" is no edition of SWaT', text: 'We propose ZorbTS. It improves F1 on SWaT 4.2 points over the best baseline and on WADI 3.1 points.', field: 'datasets', has: ['SWaT', 'WADI'], not: ['SWaT 4.2'] },
  ]);
  check<FacetField>([
    { why: '"trained from scratch" names no anomaly to segment', title: 'Efficient Semantic Segmentation', text: 'Our segmentation backbone, trained from scratch, runs at 120 FPS on Cityscapes.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"dental" is no dent', title: 'ZorbDent: Dental Image Analysis', text: 'We train a tooth segmentation network for dental panoramic radiographs.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"circumvents the need for fine-tuning" goes without fine-tuning', title: 'ZorbAD', text: 'Our method circumvents the need for fine-tuning by using frozen CLIP features.', field: 'techniques', not: ['fine-tuning'] },
    { why: '"bypasses reconstruction" goes without it', title: 'ZorbAD', text: 'ZorbAD bypasses reconstruction entirely and scores anomalies with a memory bank.', field: 'techniques', not: ['reconstruction'] },
    { why: '"Although WinCLIP adopts a zero-shot protocol" in a paper on another method is a baseline\'s setting', title: 'ZorbAD', text: 'Although WinCLIP adopts a zero-shot protocol, it needs handcrafted prompts. We propose ZorbAD, which learns prompts from few-shot normal samples.', field: 'settings', not: ['zero-shot'] },
    { why: 'prior work\'s weakly-supervised setting under an unsupervised title is not the paper\'s', title: 'ZorbAD: Unsupervised Video Anomaly Detection', text: 'Current weakly-supervised video anomaly detection methods rely on video-level labels. We propose ZorbAD, which needs no labels.', field: 'settings', not: ['weakly-supervised'] },
    { why: '"component detection and segmentation" is no anomaly localization', title: 'ZorbAD: Visual Inspection of Printed Circuit Boards', text: 'We train a YOLO detector for component detection and segmentation before comparing boards.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"the discriminator learns to distinguish real and generated images" trains a GAN', title: 'GAN-Based Anomaly Detection', text: 'The discriminator learns to distinguish real and generated images, while the generator reconstructs normal data.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: '"we mix real and synthetic images" trains a detector', title: 'Defect Detection with Synthetic Data', text: 'We mix real and synthetic images of defects to train a defect detector.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: '"evaluate it zero-shot on multilingual test sets" transfers across languages', title: 'Hallucination Detection Across Languages', text: 'We train a detector on English data and evaluate it zero-shot on multilingual test sets covering 15 languages.', field: 'settings', has: ['cross-lingual'] },
    { why: '"daily stock data" is finance', title: 'Market Anomalies', text: 'We detect pump-and-dump schemes from daily stock data.', field: 'domains', has: ['finance'] },
    { why: '"generates anomalous data" synthesises anomalies', title: 'ZorbAD', text: 'Our method generates anomalous data from normal samples to train the detector.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"a unified multiclass AD model" is multi-class', title: 'ZorbAD', text: 'We build a unified multiclass AD model for all product categories.', field: 'settings', has: ['multi-class'] },
  ]);
});

describe('a third reader\'s cases against the tenth-round rules, on papers like the bundled corpus', () => {
  check<NamedField>([
    { why: '"MVTec AD 1.0" is the dataset itself, not an edition', text: 'We propose ZorbAD. It reaches 99.0 on MVTec AD 1.0 and VisA.', field: 'datasets', has: ['MVTec AD'], not: ['MVTec AD 1.0'] },
  ]);
  check<FacetField>([
    { why: '"one unified model for multiclass images" is the multi-class setting', title: 'Towards Unified Anomaly Detection for Many Categories', text: 'Recent work highlights anomaly detection with one unified model for multiclass images. We propose OneRec. It reaches 99.0% image-level AUROC on MVTec AD.', field: 'settings', has: ['multi-class'] },
    { why: '"multiclass web attack detection" is no multi-class setting', title: 'Web Payload Classification', text: 'We introduce an AI-driven multiclass web attack detection framework.', field: 'settings', not: ['multi-class'] },
    { why: 'segmenting foreign objects localizes anomalies', title: 'FOD-Net: Detecting Foreign Objects on Conveyor Belts', text: 'We propose FOD-Net for segmentation of foreign objects on coal conveyor belts. FOD-Net reaches 0.82 IoU.', field: 'settings', has: ['anomaly-localization'] },
    { why: 'segmenting novel objects localizes anomalies', title: 'OpenSeg: Segmenting Novel Objects in Driving Scenes', text: 'OpenSeg performs segmentation of novel objects in driving scenes using CLIP features.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"Although X adopts a few-shot protocol" keeps the setting of the method the paper proposes', title: 'Exploring Intrinsic Normal Cues for Universal Anomaly Detection', text: 'We propose IN-Former, which extracts normal prototypes from the test image. Although IN-Former adopts a few-shot protocol, it needs no training on target categories.', field: 'settings', has: ['few-shot'] },
    { why: 'a search space of outlier detectors is architecture search', title: 'AutoOutlier: Automated Outlier Detection', text: 'We propose AutoOutlier, which searches for an optimal network within a predefined search space of outlier detectors.', field: 'techniques', has: ['neural-architecture-search'] },
    { why: '"classify real and generated images, combining frequency and CLIP features" detects generated images', title: 'Detecting Generated Images', text: 'We train a classifier to classify real and generated images, combining frequency and CLIP features.', field: 'settings', has: ['synthetic-data-detection'] },
  ]);
});


describe('eleventh round: a method the lexicon knows, named by the paper that introduces it', () => {
  check<NamedField>([
    { why: '"We call such a ... approach X" names the paper\'s own method', title: 'Graph-Augmented Flows for Time Series', text: 'We model the series with a graph. We call such a graph-augmented normalizing flow approach ZorbFlow and propose joint estimation of the graph.', field: 'methods_proposed', has: ['ZorbFlow'] },
    { why: '... and so for a method the lexicon knows', title: 'Memory Banks for Industrial Inspection', text: 'We store patch features of normal images. We call such a memory-bank approach PatchCore and evaluate it on MVTec AD.', field: 'methods_proposed', has: ['PatchCore'] },
    { why: '"we call this phenomenon X" names no method', title: 'Why Detectors Fail', text: 'Detectors overfit to texture. We call this phenomenon ZorbShift and analyse it on five datasets.', field: 'methods_proposed', not: ['ZorbShift'] },
    { why: '"present a model for ... called X": a known method the proposal names is the paper\'s own', title: 'Defending Against Fake Reviews', text: 'We thus present a model for controllable text generation called Grover. Humans find its articles trustworthy.', field: 'methods_proposed', has: ['Grover'] },
    { why: '"a baseline for ... called X" is still someone else\'s', title: 'Defending Against Fake Reviews', text: 'We compare against a standard baseline for anomaly detection called PatchCore.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: 'the paper\'s code repository names its own method, one the lexicon knows too', title: 'Hierarchical Vector Quantized Transformer for Multi-class Anomaly Detection', text: 'We propose a hierarchical vector quantized prototype-oriented Transformer. It surpasses the state of the art on MVTec AD. The code is available at https://github.com/someone/PatchCore.', field: 'methods_proposed', has: ['PatchCore'] },
    { why: '... and a project page on github.io too', title: 'Exploring Plain ViT Reconstruction', text: 'We instantiate a plain ViT-based symmetric PatchCore structure. Code is available at https://someone.github.io/projects/PatchCore.', field: 'methods_proposed', has: ['PatchCore'] },
    { why: 'a repository named otherwise leaves a baseline a baseline', title: 'Hierarchical Vector Quantized Transformer for Multi-class Anomaly Detection', text: 'We propose ZorbTrans. It surpasses PatchCore on MVTec AD. The code is available at https://github.com/someone/ZorbTrans.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: '"we propose a framework incorporating X Networks (ACR)": what the proposal incorporates is no proposal', title: 'Graph Networks in Fraud Workflows', text: 'To address these limitations, we propose a fraud detection framework incorporating Relational Zorb Convolutional Networks (RZCN) to enhance accuracy.', field: 'methods_proposed', not: ['RZCN'] },
    { why: '... but a method it names', title: 'Graph Networks in Fraud Workflows', text: 'To address these limitations, we propose a fraud detection framework incorporating Relational Zorb Convolutional Networks (RZCN) to enhance accuracy.', field: 'methods_mentioned', has: ['RZCN'] },
    { why: '"a strategy that integrates X Refinement (ACR) and Y Augmentation (ACR)" proposes its own parts by name', title: 'Generalizable Audio Deepfake Detection via Latent Space Refinement and Augmentation', text: 'To address this, we propose a novel strategy that integrates Latent Zorb Refinement (LZR) and Latent Zorb Augmentation (LZA) to improve generalization.', field: 'methods_proposed', has: ['LZR', 'LZA'] },
    { why: '"a framework that repurposes the X language model (ACR)" uses it', title: 'ZorbProxy: Training-Free Proxy Alignment', text: 'We propose the nearest neighbor proxy (ZorbProxy), a training-free framework that repurposes the Zorb language model (Zorb-LM) retrieval mechanism as a domain adapter.', field: 'methods_proposed', has: ['ZorbProxy'], not: ['Zorb-LM'] },
    { why: '"The model, referred to as X, ..." in an abstract names its own model', title: 'Deep semi-supervised learning of dynamics for defect detection', text: 'We learn the dynamics of the melt pool from video. The model, referred to as ZorbNet, measures offsets between predicted and observed states.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});

describe('eleventh round: cases from the fresh dev sets fa, fb, fc', () => {
  check<NamedField>([
    { why: 'a "-Tiny" or "-Huge" size of a known family is a model variant', title: 'Deep Models in the Wild', text: 'We compare three frozen encoders: ResNet-50, ConvNeXt-Tiny and ViT-Huge, using a linear probe.', field: 'models', has: ['ConvNeXt-Tiny'] },
    { why: '"the existing X (ACR) approach" is prior work the proposal improves on', title: 'ZorbTe: Efficient Anomaly Detection at the Edge', text: 'We introduce a novel algorithm, Partially Shared Zorb-student (ZorbTe), designed to address the high resource demands of the existing Student Zorb Feature Matching (SZFM) approach.', field: 'methods_proposed', has: ['ZorbTe'], not: ['SZFM'] },
    { why: '... and is mentioned', title: 'ZorbTe: Efficient Anomaly Detection at the Edge', text: 'We introduce a novel algorithm, Partially Shared Zorb-student (ZorbTe), designed to address the high resource demands of the existing Student Zorb Feature Matching (SZFM) approach.', field: 'methods_mentioned', has: ['SZFM'] },
    { why: '"existing methods and an OOD-data-free model, namely X (ACR)" still proposes X', title: 'Backgrounds as Proxies for OOD Data', text: 'We propose a general framework to interpret many existing methods and an OOD-data-free model, namely Self-supervised Zorb Sampling (SZS).', field: 'methods_proposed', has: ['SZS'] },
    { why: '"X: Redefining ... Benchmarks" names a metric or method, not a benchmark', title: 'ZorbMO: Redefining Anomaly Localization Benchmarks with High Speed', text: 'We propose the Area Under the Per-Zorb Overlap (ZorbMO) as a recall metric.', field: 'datasets', not: ['ZorbMO'] },
    { why: '... which is the paper\'s proposal', title: 'ZorbMO: Redefining Anomaly Localization Benchmarks with High Speed', text: 'We propose the Area Under the Per-Zorb Overlap (ZorbMO) as a recall metric.', field: 'methods_proposed', has: ['ZorbMO'] },
    { why: '"X: A Benchmark for ..." still names data', title: 'ZorbBench: A Benchmark for Logical Anomalies', text: 'We introduce ZorbBench with 5,000 images.', field: 'datasets', has: ['ZorbBench'] },
    { why: '"we compare modified A, B, and C" names three compared methods', title: 'Deep Models in the Wild', text: 'For incremental learning, we compare modified ZorbPR, ZorbCo, and ZorbCM using a frozen ResNet-50. ZorbCM achieves 84.7% accuracy.', field: 'methods_mentioned', has: ['ZorbPR', 'ZorbCo', 'ZorbCM'] },
    { why: '... none of them the paper\'s', title: 'Deep Models in the Wild', text: 'For incremental learning, we compare modified ZorbPR, ZorbCo, and ZorbCM using a frozen ResNet-50. ZorbCM achieves 84.7% accuracy.', field: 'methods_proposed', not: ['ZorbCM'] },
    { why: '"we propose two efficient methods designed for ...: A and B" proposes both', title: 'Efficient Visual Anomaly Detection at the Edge', text: 'To overcome these limitations, we propose two efficient VAD methods designed for edge deployment: ZorbCore-Lite and Zadim-Lite, based on the popular PatchCore and PaDiM models.', field: 'methods_proposed', has: ['ZorbCore-Lite', 'Zadim-Lite'], not: ['PatchCore'] },
    { why: '"we evaluate two baselines on ...: A and B" proposes none', title: 'Efficient Visual Anomaly Detection at the Edge', text: 'We evaluate two popular methods on edge devices: ZorbCore and Zadim.', field: 'methods_proposed', not: ['ZorbCore', 'Zadim'] },
    { why: '"While the X (ACR) algorithm has been developed to ..., it remains ..." concedes prior work', title: 'An Efficient Outlier Detection Algorithm for Data Streaming', text: 'While the Incremental Zorb (IZOF) algorithm has been developed to tackle online anomaly detection, it remains computationally expensive. In this paper, we propose a novel approach named the Efficient Incremental Zorb (EIZOF) algorithm.', field: 'methods_proposed', has: ['EIZOF'], not: ['IZOF'] },
    { why: 'V-JEPA 2 and Cosmos-Reason1 are pretrained models', title: 'World Models for Video Anomaly Anticipation', text: 'Off-the-shelf VLMs such as Cosmos-Reason1 exhibit near-zero recall. The bridge maps V-JEPA 2 physical tensors into a text-aligned space.', field: 'models', has: ['Cosmos-Reason1', 'V-JEPA 2'] },
    { why: '"the Mobile Segment Anything Model (MobileSAM)" is MobileSAM, not SAM', title: 'ZorbAD: Anomaly Detection on Embedded Devices', text: 'We present ZorbAD, which uses the power of the Mobile Segment Anything Model (MobileSAM) for image-based anomaly detection.', field: 'models', has: ['MobileSAM'], not: ['SAM'] },
    { why: 'FGSM and PGD are named adversarial attacks', title: 'Federated Anomaly Detection under Attack', text: 'Two white-box attack methods, Fast Gradient Sign Method (FGSM) and Projected Gradient Descent (PGD), are employed to perturb the data.', field: 'methods_mentioned', has: ['FGSM', 'PGD'] },
    { why: 'LAION-2B is a dataset', text: 'ImageNet, JFT-300M, LAION-2B do not correlate well with the domain of surfaces and materials.', field: 'datasets', has: ['LAION-2B'] },
    { why: '"ImageNet-hard" is ImageNet-Hard, not ImageNet', text: 'Across CUB, FGVC-Aircraft, and ImageNet-hard, ZorbRej reduces false acceptance.', field: 'datasets', has: ['ImageNet-Hard'], not: ['ImageNet'] },
    { why: '"We refer to this architecture as X" names the paper\'s own', title: 'Multi-Head Networks for Multi-Time Series Anomaly Detection', text: 'We design a network with one head per sensor. We refer to this architecture as Multi-head Zorb-RNN.', field: 'methods_proposed', has: ['Multi-head Zorb-RNN'] },
    { why: '... and so for a method the lexicon knows', title: 'Memory Banks for Inspection', text: 'We store patch features of normal images. We refer to our method as PatchCore.', field: 'methods_proposed', has: ['PatchCore'] },
    { why: '"refers to X as" in prior work names no proposal', title: 'Memory Banks for Inspection', text: 'The literature refers to this family of methods as ZorbBanks. We study their failure modes.', field: 'methods_proposed', not: ['ZorbBanks'] },
    { why: '"Warning: ..." and "Survey: ..." title heads are a call to attention and a genre, no names', title: 'Warning: Humans Cannot Reliably Detect Speech Deepfakes', text: 'We ran a study with 529 listeners on English and Mandarin deepfakes.', field: 'methods_proposed', not: ['Warning'] },
    { why: '... a one-word coined head stays a name', title: 'Zorbwarn: Detecting Speech Deepfakes', text: 'We propose a detector of speech deepfakes.', field: 'methods_proposed', has: ['Zorbwarn'] },
    { why: '"In-The-Wild" in a list of audio deepfake datasets is the In-the-Wild dataset', title: 'Generalizable Audio Deepfake Detection', text: 'We evaluated our approach on four representative datasets, i.e. ASVspoof 2019 LA, ASVspoof 2021 LA and DF, and In-The-Wild.', field: 'datasets', has: ['In-the-Wild'] },
    { why: '"A Challenging Mandarin Dataset" names the data\'s language, no dataset', title: 'ZorbFC-A: A Challenging Mandarin Dataset for Synthetic Speech Detection', text: 'We release ZorbFC-A, a dataset of 50,000 synthetic utterances.', field: 'datasets', not: ['Mandarin'], has: ['ZorbFC-A'] },
    { why: '"Across 24 benchmark datasets" counts datasets, names none', title: 'Robust Isolation Forests', text: 'Across 24 benchmark datasets, experiments demonstrate the consistent outperformance of ZorbForest.', field: 'datasets', not: ['Across 24'] },
    { why: '"outperforming the latest rival X" names a baseline', title: 'ZorbScale: Adaptive Scaling for OOD Detection', text: 'ZorbScale achieves state-of-the-art performance, outperforming the latest rival ZorbFS by 14.94% in near-OOD.', field: 'methods_mentioned', has: ['ZorbFS'] },
  ]);
});

describe('eleventh round: facets from the fresh dev sets', () => {
  check<FacetField>([
    { why: '"searching to synthesize OOD data" synthesises outliers', title: 'ZorbOOD: Implicit Outlier Transformation', text: 'It leads to a min-max scheme, searching to synthesize OOD data that leads to worst judgments.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Generate high-quality OOD utterances" synthesises outliers', title: 'Unknown Intent Detection with Data Manipulation', text: 'We propose a data manipulation framework to Generate high-quality OOD utterances with importance weights (ZOT).', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"pseudo-open samples" are synthetic outliers', title: 'ZorbPrompt: Open-Set Domain Generalization in CLIP', text: 'We train specialized prompts with systematically synthesized pseudo-open samples.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"achieves state-of-the-art accuracy" with no figure praises the method, it reports no metric', title: 'ZorbNet: Brain Health from MRI', text: 'We propose ZorbNet for brain MRI. Trained on 1297 healthy subjects, ZorbNet achieves state-of-the-art accuracy.', field: 'metrics', not: ['accuracy'] },
    { why: '"achieves 94.1% accuracy" reports it', title: 'ZorbNet: Brain Health from MRI', text: 'We propose ZorbNet for brain MRI. ZorbNet achieves 94.1% accuracy on the test set.', field: 'metrics', has: ['accuracy'] },
    { why: '"outperforms ... in terms of accuracy" names it as the measure', title: 'ZorbNet: Brain Health from MRI', text: 'We propose ZorbNet for brain MRI. ZorbNet outperforms the baselines in terms of accuracy and recall.', field: 'metrics', has: ['accuracy'] },
    { why: '"Extensive experiments show that ... achieves further improved accuracy" reports it (as the bundled corpus is annotated)', title: 'ZorbNet: Brain Health from MRI', text: 'We propose ZorbNet for brain MRI. Extensive experiments show that ZorbNet achieves further improved accuracy when equipped with priors.', field: 'metrics', has: ['accuracy'] },
    { why: '"an ensemble on state words and prompt templates" prompts CLIP', title: 'ZorbCLIP: Zero-Shot Anomaly Classification', text: 'We propose window-based CLIP (ZorbCLIP) with a compositional ensemble on state words and prompt templates.', field: 'techniques', has: ['prompt-learning'] },
    { why: '"dynamic local visual prompting" learns prompts', title: 'ZorbVP: Zero-Shot Anomaly Detection via Dynamic Local Visual Prompting', text: 'This paper proposes a dynamic local visual prompting method based on CLIP.', field: 'techniques', has: ['prompt-learning'] },
    { why: '"a few normal reference images as visual prompts" learns no prompt (as the bundled corpus is annotated)', title: 'ZorbAS: Few-Shot Anomaly Segmentation via Dictionary Lookup', text: 'We propose ZorbAS, which detects anomalies in unseen categories without retraining, only employing a few normal reference images as visual prompts.', field: 'techniques', not: ['prompt-learning'] },
    { why: '"features from the speech foundation X model" uses a foundation model\'s features, as "vision foundation" does', title: 'Multi-level Feature Gating for Audio Deepfake Detection', text: 'We propose a gating mechanism extracting relevant features from the speech foundation ZorbLS model as a front-end feature extractor.', field: 'techniques', has: ['foundation-model-features'] },
    { why: '"telemetry data (e.g., logs, traces, and metrics)" of a cloud system is its monitoring data, not time series', title: 'ZorbCAN: Diagnosing Batch Failures for Cloud Systems', text: 'Manual investigation over a large volume of telemetry data (e.g., logs, traces, and metrics) is labor-intensive. We propose ZorbCAN for cloud systems.', field: 'domains', not: ['time-series'], has: ['computing-systems'] },
    { why: '"spacecraft telemetry" stays time series', title: 'Deep Anomaly Detection in Spacecraft Telemetry', text: 'We detect anomalies in spacecraft telemetry with an LSTM forecaster.', field: 'domains', has: ['time-series'] },
    { why: '"synthesize the masked image ... the synthesized one for OOD detection" reconstructs, it makes no outliers', title: 'ZorbCat: OOD Detection under Masking', text: 'ZorbCat masks the image and uses a generative model to synthesize the masked image. It then compares the original image and the synthesized one for OOD detection.', field: 'techniques', not: ['synthetic-anomalies'] },
  ]);
});

describe('a second reader\'s cases against the eleventh-round rules', () => {
  check<NamedField>([
    { why: '"We compare our approach against a strong baseline called X": the baseline is someone else\'s', title: 'Anomaly Detection', text: 'We compare our approach against a strong baseline called ZorbSimple.', field: 'methods_mentioned', has: ['ZorbSimple'] },
    { why: '"Our method outperforms a popular detector named X"', title: 'Anomaly Detection', text: 'Our method outperforms a popular detector named ZorbDet by 4%.', field: 'methods_proposed', not: ['ZorbDet'] },
    { why: '"We refer to the baseline approach as X and propose Y"', title: 'Anomaly Detection', text: 'We refer to the baseline approach as ZorbBase and propose ZorbPlus, which adds attention.', field: 'methods_proposed', has: ['ZorbPlus'], not: ['ZorbBase'] },
    { why: '"Following prior work, we call such a ... approach X" names existing work, a known method too', title: 'Anomaly Detection', text: 'Following prior work, we call such a teacher-student approach STPM, and show that it is brittle under noise. We propose ZorbST.', field: 'methods_proposed', has: ['ZorbST'], not: ['STPM'] },
    { why: '"The model, referred to as X in the literature" is someone else\'s', title: 'A Survey of Video Anomaly Detection', text: 'We review 120 methods. The model, referred to as ZorbVAD in the literature, remains the most cited baseline.', field: 'methods_proposed', not: ['ZorbVAD'] },
    { why: '"builds on a recent method ... called X"', title: 'Anomaly Detection', text: 'Our framework builds on a recent method for video anomaly detection called ZorbVid.', field: 'methods_proposed', not: ['ZorbVid'] },
    { why: '"The method, called X, was introduced by Lee et al."', title: 'Revisiting Reconstruction for Anomaly Detection', text: 'The method, called ZorbRecon, was introduced by Lee et al.', field: 'methods_proposed', not: ['ZorbRecon'] },
    { why: '"Our implementation is based on https://github.com/x/UniAD" links code the paper builds on', title: 'ZorbTrans: Vector Quantized Transformers', text: 'We propose ZorbTrans, which surpasses UniAD on MVTec AD. Our implementation is based on https://github.com/someone/UniAD.', field: 'methods_proposed', has: ['ZorbTrans'], not: ['UniAD'] },
    { why: 'a repository named after a known method, in a paper with a method of its own named otherwise, is no proposal', title: 'ZorbTrans: Vector Quantized Transformers', text: 'We propose ZorbTrans, which surpasses UniAD on MVTec AD. Code: https://github.com/someone/UniAD.', field: 'methods_proposed', not: ['UniAD'] },
    { why: '"we propose three variants that differ in the teacher backbone: A, B and C" lists pretrained models', title: 'Teacher Backbones for Anomaly Detection', text: 'We propose three variants that differ in the teacher backbone: ResNet-18, WideResNet-50 and EfficientNet-B4.', field: 'models', has: ['ResNet-18', 'WideResNet-50', 'EfficientNet-B4'] },
    { why: '... and proposes none of them', title: 'Teacher Backbones for Anomaly Detection', text: 'We propose three variants that differ in the teacher backbone: ResNet-18, WideResNet-50 and EfficientNet-B4.', field: 'methods_proposed', not: ['ResNet-18'] },
    { why: '"we propose two complementary metrics ...: A and B" proposes both (a metric is a method)', title: 'Metrics at the Edge', text: 'We propose two complementary metrics for evaluating detectors at the edge: ZorbLat and ZorbMem.', field: 'methods_proposed', has: ['ZorbLat', 'ZorbMem'] },
    { why: '"a framework incorporating a novel X Network (ACR)" incorporates its own network', title: 'Fraud Detection', text: 'We propose a fraud detection framework incorporating a novel Relational Zorb Attention Network (RZAN) that models heterogeneous edges.', field: 'methods_mentioned', not: ['RZAN'] },
    { why: '"a detector incorporating our proposed X Network (ACR)" too', title: 'Anomaly Detection', text: 'We present an anomaly detector incorporating our proposed Dual Zorb Network (DZN) for feature alignment.', field: 'methods_mentioned', not: ['DZN'] },
    { why: '"X: Bridging Medical Anomaly Detection Benchmarks" that unifies datasets into X introduces a benchmark', title: 'ZorbMed: Bridging Medical Anomaly Detection Benchmarks', text: 'We unify seven public medical imaging datasets into ZorbMed, a benchmark with standardized splits, and evaluate 20 methods.', field: 'datasets', has: ['ZorbMed'] },
    { why: '"We compare X-S, X-M, and X-L" compares the paper\'s own variants', title: 'ZorbNet: Scalable Detection', text: 'We propose ZorbNet, which has two variants. We compare ZorbNet-S, ZorbNet-M, and ZorbNet-L in terms of AUROC.', field: 'methods_mentioned', not: ['ZorbNet-S', 'ZorbNet-L'] },
    { why: '"We compare L1, L2, and SSIM losses" compares kinds of loss', title: 'Anomaly Detection', text: 'We propose ZorbNet. We compare L1, L2, and SSIM losses for reconstruction.', field: 'methods_mentioned', not: ['L1', 'L2'] },
    { why: '"We compare Deep SVDD, A, and B" takes a two-word first name', title: 'Anomaly Detection', text: 'We propose ZorbNet. We compare Deep SVDD, ZorbPR, and ZorbFlow on MVTec AD.', field: 'methods_mentioned', has: ['Deep SVDD', 'ZorbPR', 'ZorbFlow'] },
    { why: 'a non-breaking hyphen (U+2011) joins a name as a hyphen does', title: 'Distributed Hierarchical Temporal Memory', text: 'We introduce Distributed Hierarchical Zorb Memory (D\u2011HZM), a neuromorphic framework for preemptive warning. D\u2011HZM works online.', field: 'methods_proposed', has: ['D-HZM'] },
    { why: '"Compared with existing methods, our new approach, called X" is still the paper\'s', title: 'Anomaly Detection', text: 'Compared with existing methods, our new approach, called ZorbNew, is faster.', field: 'methods_proposed', has: ['ZorbNew'] },
  ]);
});

describe('a second reader\'s facet cases against the eleventh-round cues', () => {
  check<FacetField>([
    { why: '"outperforms ... in accuracy and F1-score" names accuracy beside another metric', title: 'ZorbNet', text: 'We propose ZorbNet. ZorbNet outperforms state-of-the-art methods in accuracy and F1-score.', field: 'metrics', has: ['accuracy', 'F1'] },
    { why: '"accuracy, precision, recall, and F-score are considered" reports it', title: 'ZorbNet', text: 'We propose ZorbNet. The performance parameters such as accuracy, precision, recall, and F-score are considered.', field: 'metrics', has: ['accuracy'] },
    { why: '"differences in their accuracy and reliability" names no metric', title: 'ZorbHalu: Code Hallucinations', text: 'By evaluating 17 popular LLMs using this benchmark, we reveal significant differences in their accuracy and reliability.', field: 'metrics', not: ['accuracy'] },
    { why: '"OOD synthesis methods often produce unrealistic samples" criticises prior work', title: 'ZorbOOD: Data-Free OOD Detection', text: 'OOD synthesis methods often produce unrealistic samples, which motivates our data-free ZorbOOD.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: '"the pseudo open-set problem" makes no samples', title: 'ZorbOOD', text: 'We address the pseudo open-set problem, in which test classes overlap with training classes.', field: 'techniques', not: ['synthetic-anomalies'] },
    { why: '"receives synthetically corrupted normal images" trains on synthetic anomalies', title: 'ZorbNet: Denoising Reconstruction for Industrial Anomaly Detection', text: 'During training, the network receives synthetically corrupted normal images and is asked to reconstruct the clean targets.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"real and synthetically augmented unsafe cases" synthesise anomalies', title: 'Hybrid Detection of Unsafe Traffic Cones', text: 'The dataset comprises 6,000 labelled frames that include both real and synthetically augmented unsafe cases.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"synthesizes outliers" makes outliers', title: 'ZorbOOD', text: 'ZorbOOD synthesizes outliers to regularize the classifier.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Unlike prompt learning methods ... that learn prompt tokens" learns none', title: 'ZorbCLIP', text: 'Unlike prompt learning methods such as CoOp that learn prompt tokens, ZorbCLIP is training-free and uses only fixed hand-crafted text.', field: 'techniques', not: ['prompt-learning'] },
    { why: '"point and box visual prompts to guide SAM" learn no prompt', title: 'ZorbSeg', text: 'ZorbSeg uses point and box visual prompts to guide SAM towards defect regions.', field: 'techniques', not: ['prompt-learning'] },
  ]);
});

describe('a third reader\'s cases against the guards of the eleventh round', () => {
  check<NamedField>([
    { why: '"X, a novel student-teacher anomaly detector, processes ..." outside a proposal sentence is the paper\'s (a reworded bundled paper)', title: 'Accurate Visual Anomaly Detection at Millisecond-Level Latencies', text: 'Anomaly detection needs speed. BlinkAD, a novel student-teacher anomaly detector, processes an image in less than a millisecond.', field: 'methods_proposed', has: ['BlinkAD'] },
    { why: '"X, a novel detector proposed by Li et al." is someone else\'s', title: 'Anomaly Detection', text: 'We compare against strong baselines. ZorbLi, a novel detector proposed by Li et al., is the strongest.', field: 'methods_proposed', not: ['ZorbLi'] },
    { why: '"Inspired by the recent success of ..., a framework called X is proposed in this paper" is the paper\'s', title: 'Video Anomaly Detection with Diffusion', text: 'Inspired by the recent success of diffusion models, a diffusion-based framework called ZorbDiff is proposed in this paper for video anomaly detection.', field: 'methods_proposed', has: ['ZorbDiff'] },
    { why: '"We address the limitations of existing methods with a framework called X" is the paper\'s', title: 'Anomaly Detection', text: 'We address the limitations of existing methods with a framework called ZorbX.', field: 'methods_proposed', has: ['ZorbX'] },
    { why: '"Our method, which consistently outperforms existing baselines, is named X" is the paper\'s', title: 'Anomaly Detection', text: 'Our method, which consistently outperforms existing baselines, is named ZorbGAD.', field: 'methods_proposed', has: ['ZorbGAD'] },
    { why: '"a framework named X is developed by leveraging ..." is the paper\'s (no author after "by")', title: 'Anomaly Detection', text: 'In this paper, a framework named ZorbMem is developed by leveraging a memory bank of normal patches.', field: 'methods_proposed', has: ['ZorbMem'] },
    { why: '"To overcome the limitations of existing approaches, a framework called X is proposed"', title: 'Anomaly Detection', text: 'To overcome the limitations of existing approaches, a log anomaly detection framework called ZorbLog is proposed.', field: 'methods_proposed', has: ['ZorbLog'] },
    { why: '"the resulting framework, dubbed X" is the paper\'s', title: 'Anomaly Detection', text: 'Compared with state-of-the-art methods, the resulting framework, dubbed ZorbOSR, improves AUROC by 3%.', field: 'methods_proposed', has: ['ZorbOSR'] },
    { why: '"While existing methods rely on ..., a Zorb Network (ACR) is proposed in this paper": the concession ends at the comma', title: 'Adaptive Thresholding for Log Anomaly Detection', text: 'While existing methods rely on fixed thresholds, a Dynamic Zorb Thresholding Network (DZTN) is proposed in this paper to adapt thresholds online.', field: 'methods_proposed', has: ['DZTN'] },
    { why: '"incorporating a newly designed X Network (ACR)" is the paper\'s own', title: 'Fraud Detection', text: 'We propose a fraud detection framework incorporating a newly designed Relational Zorb Attention Network (RZAN).', field: 'methods_mentioned', not: ['RZAN'] },
    { why: '"Code to reproduce our results is available at github.com/x/Crane" releases the paper\'s own code', title: 'Context-Guided Prompt Learning for Zero-Shot Anomaly Detection', text: 'We learn prompts for CLIP. Code to reproduce our results is available at https://github.com/someone/Crane.', field: 'methods_proposed', has: ['Crane'] },
    { why: '"We compare ZorbNet, A, and B" skips the paper\'s own method only', title: 'ZorbNet: Fast Anomaly Detection', text: 'We propose ZorbNet. We compare ZorbNet, KlimAD, and FrobFlow on MVTec AD and VisA.', field: 'methods_mentioned', has: ['KlimAD', 'FrobFlow'], not: ['ZorbNet'] },
  ]);
  check<FacetField>([
    { why: '"outperforms existing methods in accuracy and image-level AUC" reports accuracy (a reworded bundled paper)', title: 'ZorbChat: Detecting Industrial Anomalies with LVLMs', text: 'With one normal shot it outperforms existing methods in accuracy and image-level AUC on MVTec-AD.', field: 'metrics', has: ['accuracy', 'AUROC'] },
    { why: '"outperforms existing methods in accuracy on X" reports it', title: 'ZorbChat', text: 'ZorbChat outperforms existing methods in accuracy on MVTec-AD.', field: 'metrics', has: ['accuracy'] },
    { why: 'telemetry that the paper models as multivariate time series keeps the time-series domain', title: 'ZorbTS: Anomaly Detection for Cloud Services', text: 'Cloud platforms continuously emit telemetry such as CPU usage, memory usage and request latency. We model these multivariate time series with ZorbTS.', field: 'domains', has: ['time-series', 'computing-systems'] },
    { why: '"optimizes a small set of prompt tokens" learns prompts', title: 'ZorbCLIP', text: 'ZorbCLIP optimizes a small set of prompt tokens while keeping the CLIP encoders frozen.', field: 'techniques', has: ['prompt-learning'] },
    { why: '"an OOD synthesis approach" synthesises outliers', title: 'ZorbOOD', text: 'We propose ZorbOOD, an OOD synthesis approach that perturbs in-distribution embeddings.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Extensive experiments on X and Y demonstrate that Z improves accuracy" reports it (as the bundled corpus is annotated)', title: 'ZorbNet', text: 'We propose ZorbNet. Extensive experiments on CIFAR-10 and ImageNet demonstrate that ZorbNet improves accuracy while reducing FPR95.', field: 'metrics', has: ['accuracy'] },
  ]);
});


describe('twelfth round: facets from the dev pool', () => {
  check<FacetField>([
    { why: '"outperforms ... in terms of detection accuracy" reports accuracy (detection accuracy is accuracy)', title: 'ZorbTS: Diffusion for Time Series', text: 'We propose ZorbTS. The results demonstrate that ZorbTS significantly outperforms state-of-the-art approaches in terms of detection accuracy and timeliness.', field: 'metrics', has: ['accuracy'] },
    { why: '"achieving accuracies of 99.8% and 99.1%" reports accuracy in the plural', title: 'ZorbBot', text: 'We propose ZorbBot. Experiments show ZorbBot achieving accuracies of 99.8% and 99.1% on two datasets.', field: 'metrics', has: ['accuracy'] },
    { why: '"improves anomaly detection accuracy by up to 22%" reports it', title: 'ZorbPool', text: 'In experiments with ten data sets, ZorbPool improved the anomaly detection accuracy of streaming detectors by up to 22%.', field: 'metrics', has: ['accuracy'] },
    { why: '"approaches still struggle ... in terms of detection accuracy" is what methods fall short of', title: 'ZorbHR: High-Resolution Industrial Anomaly Detection', text: 'However, these approaches still struggle to meet the practical demands of industrial scenarios in terms of detection accuracy and efficiency.', field: 'metrics', not: ['accuracy'] },
    { why: '"it often underperforms ... in terms of per-class detection accuracy" too', title: 'ZorbMC: Multi-class Anomaly Detection', text: 'When a single model is trained to handle multiple classes, it often underperforms compared to class-specific models in terms of per-class detection accuracy.', field: 'metrics', not: ['accuracy'] },
    { why: '"faults and cyberattacks" in power systems (one word) are security data', title: 'Differentiation Between Faults and Cyberattacks in Power Systems', text: 'We tell faults from cyberattacks with ZorbGrid using measurements of phasor units.', field: 'domains', has: ['security'] },
    { why: '"Byzantine-robust ... against poisoning attacks" in federated learning is security', title: 'ZorbGuard: Byzantine-Robust Federated Learning', text: 'ZorbGuard defends federated anomaly detection against model poisoning and data poisoning attacks.', field: 'domains', has: ['security'] },
    { why: 'KPIs of online service systems are computing-systems data', title: 'ZorbKPI: Robust KPI Anomaly Detection', text: 'We detect anomalies in the KPIs of large online service systems with ZorbKPI.', field: 'domains', has: ['computing-systems'] },
    { why: 'serverless and cloud-native architectures are computing systems', title: 'Denial of Wallet Attacks', text: 'We review attacks on serverless architectures and cloud-native applications.', field: 'domains', has: ['computing-systems'] },
    { why: 'telco and mobile networks are computing systems', title: 'ZorbTel: Telco Anomaly Detection', text: 'ZorbTel monitors KPIs across mobile networks of a telco operator.', field: 'domains', has: ['computing-systems'] },
    { why: '"anomalous sound detection" is on audio', title: 'ZorbASD: Domain-Generalized Anomalous Sound Detection', text: 'We propose ZorbASD for anomalous sound detection under domain shift.', field: 'domains', has: ['audio'] },
    { why: '"identify OOD nodes", "out-of-distribution objects" are OOD detection', title: 'Learning on Graphs with Unknown Nodes', text: 'We identify OOD nodes in the graph during training and inference.', field: 'settings', has: ['ood-detection'] },
    { why: '"generalize to out-of-distribution data" is generalisation, no OOD detection', title: 'ZorbFake: Robust Deepfake Voice Recognition', text: 'ZorbFake generalizes well to out-of-distribution data from unseen generators.', field: 'settings', not: ['ood-detection'] },
    { why: '"a controlled comparison of sixteen architectures" evaluates', title: 'Hierarchical Attention for Sparse Volumetric Anomaly Detection', text: 'This study presents a controlled comparison of sixteen architectures on volumetric scans.', field: 'settings', has: ['evaluation'] },
    { why: '"Benchmarking anomaly detection methods on these datasets" evaluates', title: 'Detecting Silent Failures in Multi-Agent Systems', text: 'We curate two datasets of agent traces. Benchmarking anomaly detection methods on these datasets, we find that supervised methods perform best.', field: 'settings', has: ['evaluation'] },
    { why: '"a contrastive multiple-instance learning objective" is contrastive learning', title: 'ZorbFormer: Video Anomaly Detection', text: 'ZorbFormer optimizes a contrastive multiple-instance learning objective over snippets.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"supervised contrastive regularization" is contrastive learning', title: 'ZorbMeta: Few-Shot Defect Detection', text: 'We propose a meta-learning framework with supervised contrastive regularization for industrial defects.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"Contrastive Generation" of novelties is no contrastive learning (the bundled corpus)', title: 'Novelty Exploration via Contrastive Generation', text: 'We propose ZorbCGE, which generates novel samples to explore what is new in a dataset.', field: 'techniques', not: ['contrastive-learning'] },
    { why: '"in terms of Area Under Curve" and "area under the curve" report AUROC', title: 'ZorbAE: Residual Autoencoder for Video Anomaly Detection', text: 'ZorbAE reaches 96% for the ShanghaiTech dataset in term of Area Under Curve. It improves area under the curve by 10%.', field: 'metrics', has: ['AUROC'] },
    { why: '"a multi-scale cross-restoration framework" restores its input: reconstruction', title: 'Multi-scale Cross-restoration Framework for ECG Anomaly Detection', text: 'This paper introduces a novel multi-scale cross-restoration framework for ECG anomaly detection.', field: 'techniques', has: ['reconstruction'] },
    { why: '"multiple pretext tasks" are self-supervised', title: 'Video Anomaly Detection via Sequentially Learning Multiple Pretext Tasks', text: 'Learning multiple pretext tasks is a popular approach to video anomaly detection. We propose ZorbSeq.', field: 'techniques', has: ['self-supervised'] },
    { why: '"learning these mappings sets forth a challenging pretext task" names the difficulty, no self-supervision (the bundled corpus)', title: 'Learning to Be a Transformer to Pinpoint Anomalies', text: 'Indeed, learning these mappings sets forth a challenging pretext task that small-capacity models are unlikely to accomplish on anomalous images.', field: 'techniques', not: ['self-supervised'] },
    { why: '"a hypergraph neural network" is a graph neural network', title: 'Hyperedge Anomaly Detection with Hypergraph Neural Network', text: 'We propose ZorbHyper, a hypergraph neural network for hyperedge anomalies.', field: 'techniques', has: ['graph-neural-network'] },
    { why: '"graph-based deep learning" is a graph neural network', title: 'ZorbTraLog: Microservice Anomaly Detection', text: 'ZorbTraLog detects anomalies through graph-based deep learning over traces and logs.', field: 'techniques', has: ['graph-neural-network'] },
    { why: '... and a graph autoencoder stays an autoencoder', title: 'Graph Anomaly Detection', text: 'We train a graph autoencoder on normal graphs.', field: 'techniques', has: ['autoencoder'] },
    { why: '"large-scale pre-trained models" are foundation models used for their features', title: 'Training-Free Deepfake Voice Recognition', text: 'We study the potential of large-scale pre-trained models for audio deepfake detection.', field: 'techniques', has: ['foundation-model-features'] },
    { why: '"frozen pre-trained self-supervised (SSL) encoders" too', title: 'Out-of-Domain Audio Deepfake Detection', text: 'Detectors based on frozen pre-trained self-supervised encoders generalise poorly to new corpora. We propose ZorbSSL.', field: 'techniques', has: ['foundation-model-features'] },
    { why: '"a CNN pre-trained on ImageNet" is no foundation model (the bundled corpus)', title: 'Modeling the Distribution of Normal Data in Pre-Trained Deep Features', text: 'We use deep features of a CNN pre-trained on ImageNet and fit a multivariate Gaussian to them.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '"Standard reconstruction-based methods, including sequence VAEs, ... mix" is prior work', title: 'ZorbStream: Dual-Path Routing for Time Series Anomaly Detection', text: 'Standard reconstruction-based methods, including sequence variational autoencoders, use a single latent process and mix time scales. ZorbStream routes slow and fast dynamics to two paths.', field: 'techniques', not: ['reconstruction'] },
    { why: '"due to their potential industrial applications" is where detectors may be used, no industrial data', title: 'Random Word Augmentation with CLIP for Zero-Shot Anomaly Detection', text: 'Tremendous efforts have been put towards developing anomaly detectors due to their potential industrial applications. We propose ZorbWord.', field: 'domains', not: ['industrial'] },
    { why: '"our method suits industrial applications" is the paper\'s own claim and keeps it', title: 'ZorbInspect', text: 'Our method suits industrial applications such as surface inspection.', field: 'domains', has: ['industrial'] },
    { why: '"multivariate data streams" and "multivariate monitoring metrics" are time series', title: 'Real-time Anomaly Detection for Multivariate Data Streams', text: 'We present ZorbStream, a real-time anomaly detector for multivariate data streams.', field: 'domains', has: ['time-series'] },
    { why: '"brain imaging", "brain magnetic resonance imaging" are medical data', title: 'ZorbFlow: Rectified Flows for Brain Anomaly Correction', text: 'Unsupervised anomaly detection in brain imaging is crucial for identifying pathologies. We propose ZorbFlow.', field: 'domains', has: ['medical'] },
    { why: '"optically detected magnetic resonance (ODMR)" of a magnetometer is physics, no medical imaging', title: 'Diamond Vector Magnetometry', text: 'Vector magnetometers based on the optically detected magnetic resonance of nitrogen-vacancy centers are developed for navigation.', field: 'domains', not: ['medical'] },
    { why: '"anomaly detection in dynamic graphs underpins financial fraud analysis, intrusion detection" lists motives, no data', title: 'Amortised Explanation for Dynamic Graph Anomaly Detectors', text: 'Anomaly detection in dynamic graphs underpins financial fraud analysis, intrusion detection, and platform integrity. We propose ZorbExplain.', field: 'domains', not: ['finance', 'security'] },
    { why: '"phishing detection" is security', title: 'ZorbPhish: Multimodal Phishing Detection', text: 'We study phishing detection on web pages with ZorbPhish.', field: 'domains', has: ['security'] },
    { why: '"image-based plant disease diagnosis" is no medical data', title: 'Image-based Plant Disease Diagnosis with Anomaly Detection', text: 'We detect plant disease from leaf images with ZorbLeaf.', field: 'domains', not: ['medical'] },
    { why: '"fake news detection", "rumor detection", "phishing emails" are on text', title: 'ZorbNews: Fake News Detection with Topic Distributions', text: 'We study fake news detection and rumor detection on social media, and phishing emails.', field: 'domains', has: ['text'] },
    { why: '"fake news" as a motive of face-forgery detection names no text data', title: 'ZorbFace: Detecting Manipulated Facial Images', text: 'Manipulated faces feed fake news. We detect forged face images with ZorbFace.', field: 'domains', not: ['text'] },
    { why: '"accounting journal entries", "cryptocurrencies", "wash trading in NFT markets" are finance', title: 'ZorbLedger: Anomalies in Accounting Journal Entries', text: 'We detect anomalies in accounting journal entries and in cryptocurrency multigraphs.', field: 'domains', has: ['finance'] },
    { why: '"accounting for" is a verb', title: 'ZorbPose: Skeleton-Based Video Anomaly Detection', text: 'Accounting for the motion of joints, ZorbPose models skeleton sequences.', field: 'domains', not: ['finance'] },
    { why: '"dense anomaly detection" is pixel-level (anomaly segmentation of driving scenes)', title: 'ZorbSeg: Hybrid Anomaly Detection', text: 'Unfortunately, dense anomaly detection requires translational equivariance and very large input resolutions.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"a dense outlier map" and "dense out-of-distribution detection" too', title: 'ZorbSeg', text: 'Recent advances in dense out-of-distribution detection focus on road scenes. We recover a dense outlier map alongside the primary task.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"Our demonstration video can be found here: https://..." releases a video, the data are no video', title: 'ZorbTFD: Fraud Detection with Graph Transformers', text: 'We propose ZorbTFD for fraud detection on transaction graphs. Our demonstration video can be found here: https://example.org/v.', field: 'domains', not: ['video'] },
    { why: '"OoD detection tasks on both vision and language datasets" uses no vision-language model', title: 'Deep Hybrid Models for OOD Detection', text: 'This is the first work to reach 100% in OoD detection tasks on both vision and language datasets.', field: 'techniques', not: ['vision-language'] },
    { why: '"the autonomous agent equipped with such a segmentation model" learns from no reward', title: 'Detecting Anomalies in Semantic Segmentation', text: 'Missing such anomalies may lead to dangerous behaviors of the autonomous agent equipped with such a segmentation model.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: '"an agent-based generator" simulates, "traffic agents" drive', title: 'Synthetic Transactions', text: 'We calibrated this agent-based generator to match real transactions. The framework tracks all traffic agents in videos.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: '"variations in appearance ... limiting detection accuracy" praises no result (the bundled corpus)', title: 'ZorbRef: Reference-based Anomaly Detection', text: 'However, variations in appearance and positioning often complicate the alignment of these references with the test image, limiting detection accuracy.', field: 'metrics', not: ['accuracy'] },
  ]);
});

describe('twelfth round: names from the fresh dev sets ga and gb', () => {
  check<NamedField>([
    { why: '"a ... network, designated as X, is proposed" names the paper\'s network', title: 'Learning in Two Scales for Time Series Anomaly Detection', text: 'In this paper, a multi-scale feature extraction and reconstruction network, designated as ZorbFN, is proposed. ZorbFN is compact.', field: 'methods_proposed', has: ['ZorbFN'] },
    { why: '"We tackle this new problem with X, which ..." meets the problem with the paper\'s own method (named again later)', title: 'Segmenting Unknown Objects', text: 'Panoptic segmentation assigns a known class to each pixel. We tackle this new problem with ZorbHS, which finds unknowns as uncertain regions. Our ZorbHS is trained without unknown categories.', field: 'methods_proposed', has: ['ZorbHS'] },
    { why: '"We address this imbalance with SMOTE, which ..." is a tool put to use, named once', title: 'Fraud Detection with Gradient Boosting', text: 'Fraud labels are rare. We address this imbalance with SMOTE, which oversamples the minority class.', field: 'methods_proposed', not: ['SMOTE'] },
    { why: '"typical patterns within trained data, named "normality"": a quoted lower-case word names a notion', title: 'Remembering Normality: Memory-guided Distillation', text: 'The student produces representations of typical patterns within trained data, named "normality", and the discrepancy is identified as anomalies. We propose ZorbKD.', field: 'methods_mentioned', not: ['normality'] },
    { why: '"We also introduce an approach called "spotlighting"" names the approach, in lower case too', title: 'Multi-Stage Prompt Inference Attacks on LLM Systems', text: 'We also introduce an approach called "spotlighting" that uses input transformations to isolate untrusted prompt content.', field: 'methods_proposed', has: ['spotlighting'] },
    { why: '"a novel ... generation method X along with contrastive learning" names the method', title: 'Universal Novelty Detection', text: 'We propose a novel probabilistic auto-negative pair generation method ZorbAug along with contrastive learning to yield a universal novelty detector.', field: 'methods_proposed', has: ['ZorbAug'] },
    { why: 'Wide-ResNet is the WideResNet backbone', title: 'Rethinking Reconstruction for OOD Detection', text: 'We propose ZorbRec. The FPR95 of CIFAR-100 vs. TinyImageNet on Wide-ResNet is 0.2%.', field: 'models', has: ['WideResNet'] },
    { why: '"an architecture adapted from X, which was recently proposed for ..." builds on existing work', title: 'ZorbClean: Removing Outliers from Point Clouds', text: 'We base our approach on a deep learning architecture adapted from ZorbPCP, which was recently proposed for estimating local shape properties.', field: 'methods_mentioned', has: ['ZorbPCP'] },
    { why: '"outlier detection methods that include Isolation Forest, X, PCA" lists existing methods', title: 'A Configurable Pipeline for Outlier Detection in Scientific Data', text: 'The pipeline supports outlier detection methods that include Isolation Forest, ZorbMUD, PCA, and probabilistic autoencoders.', field: 'methods_mentioned', has: ['ZorbMUD'] },
    { why: '"The X Dataset for ..." as a title introduces its data', title: 'The zorb-AD Dataset for Anomaly Detection in Robot Applications', text: 'We introduce a dataset of robot motions with labelled collisions.', field: 'datasets', has: ['zorb-AD'] },
    { why: '"An Evaluation Dataset for ..." names no data', title: 'An Evaluation Dataset for Intent Classification', text: 'We introduce a dataset of queries with out-of-scope labels.', field: 'datasets', not: ['Evaluation'] },
    { why: '"Almost Right: Making First-Layer Kernels ..." is a slogan of English words the abstract never uses again', title: 'Almost Right: Making First-Layer Kernels Nearly Orthogonal Improves Generalization', text: 'We constrain the first-layer kernels of a network to be nearly orthogonal and show better generalization.', field: 'methods_proposed', not: ['Almost Right'] },
    { why: '... but a head the rest of the title calls a method stays a name ("Composite Convolution: a Flexible Operator")', title: 'Composite Convolution: a Flexible Operator for Deep Learning on 3D Point Clouds', text: 'We present a new convolution for point clouds.', field: 'methods_proposed', has: ['Composite Convolution'] },
    { why: 'a LaTeX command that lost its braces ("(\\emphContext-aware ...)") is no part of the long form', title: 'Scalable Graph Attention for Anomaly Detection', text: 'We propose C-ZTAD-GAT (\\emphContext-aware Zorb Time-series Anomaly Detection with Graph Attention), a framework that runs as one shared model. On the TELCO dataset released with DC-VAE \\citegarcia2023onemodel, C-ZTAD-GAT raises F1.', field: 'methods_proposed', has: ['C-ZTAD-GAT'] },
    { why: '"five commonly used datasets: MVTec-AD, Visa, MPDD, MAD and Real-IAD" names the MAD data set (of the PAD benchmark)', title: 'ZorbADS: Defect-aware Supervision for Multi-type Anomaly Detection', text: 'ZorbADS outperforms zero-shot methods on five commonly used datasets: MVTec-AD, Visa, MPDD, MAD and Real-IAD.', field: 'datasets', has: ['MAD'] },
    { why: '"multi-pose anomaly detection (MAD) data set" defines data, "data set" in two words', title: 'ZorbPose & Detect: Pose-Agnostic 3D Anomaly Detection', text: 'We evaluate ZorbPose on the recently proposed benchmark and its multi-pose anomaly detection (MAD) data set.', field: 'datasets', has: ['MAD'] },
    { why: '"we design a multi-turn LLM agent, X, that ..." names the paper\'s agent', title: 'ZorbWorld: A Tools Protocol for Agricultural Reasoning', text: 'On top of this environment, we design a multi-turn LLM agent, Zorb-Reflective, that iteratively writes code and refines its analysis.', field: 'methods_proposed', has: ['Zorb-Reflective'] },
    { why: '"agents derived from Agent Workflow" names no agent "Workflow"', title: 'ZorbABC: Multi-Agent Root Cause Analysis', text: 'We propose ZorbABC. Seven specialized agents derived from Agent Workflow each provide insights.', field: 'methods_proposed', not: ['Workflow'] },
    { why: '"we present three novel approaches: A (ACR), B (ACR) and C (ACR)" proposes each', title: 'Digital Twin Federated Anomaly Detection', text: 'Specifically, we present three novel approaches: Zorb Twin Learning (ZTL), Federated Zorb Fusion (FZF), and Layer-wise Zorb Exchange (LZE).', field: 'methods_proposed', has: ['ZTL', 'FZF', 'LZE'] },
    { why: '"defenses such as X and Y" list existing work', title: 'Model Multiplicity for Poisoning Detection', text: 'Model multiplicity detects poisoning earlier than classical defenses such as ZorbFlanders and ZorbGuard.', field: 'methods_mentioned', has: ['ZorbFlanders', 'ZorbGuard'] },
    { why: '"outperforming X, a state-of-the-art scanner" names the prior best, an English word too', title: 'ZorbWall: A Behavioral Firewall for Agents', text: 'ZorbWall lowers the attack success rate to 2.2%, outperforming Aegis, a state-of-the-art stateless scanner.', field: 'methods_mentioned', has: ['Aegis'] },
    { why: '"an efficient federated anomaly detection algorithm, X, based on Isolation Forests has been developed" is existing work', title: 'Federated Isolation Forest for Edge Devices', text: 'Recently, an efficient federated anomaly detection algorithm, ZorbForest, based on Isolation Forests has been developed.', field: 'methods_mentioned', has: ['ZorbForest'] },
    { why: '... but "A novel anomaly detection framework, X, is proposed" stays the paper\'s', title: 'Anomaly Detection', text: 'A novel anomaly detection framework, ZorbNet, is proposed to detect defects. ZorbNet outperforms baselines.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"A ViT-Base/16 encoder" is ViT-B/16, not a bare ViT-B', title: 'ZorbSAR: Temporal Anomaly Detection in SAR Stacks', text: 'A ViT-Base/16 encoder is domain-adapted on 39,300 patches.', field: 'models', has: ['ViT-B/16'] },
    { why: '"Descriptor:" heads an IEEE data-descriptor paper: a genre, no name', title: 'Descriptor: Multi-Regional Cloud Honeypot Dataset', text: 'This dataset collects honeypot logs from multiple cloud regions.', field: 'datasets', not: ['Descriptor'] },
    { why: '"information from the SIMBAD database", "the ASVspoof 2021 Logical Access ... databases" name data', title: 'Stellar Outliers', text: 'We complement the colors with information from the ZORBAD database to identify stellar populations.', field: 'datasets', has: ['ZORBAD'] },
    { why: '"We recorded a new dataset (X)" introduces X', title: 'Cardiorespiratory Signal Processing', text: 'We recorded a new dataset (ZORB-CMDS) and developed several AI models for sound separation.', field: 'datasets', has: ['ZORB-CMDS'] },
    { why: '"a pipeline to curate X, the first large-scale ... dataset" introduces X', title: 'Multimodal Time Series Analysis', text: 'To support this, we develop an automated data construction pipeline to curate ZorbTS, the first large-scale multimodal time series dataset spanning six domains.', field: 'datasets', has: ['ZorbTS'] },
    { why: '"In response, they developed the X (ACR)" is others\' work', title: 'Anomaly Detection', text: 'Isolation Forest has ghost clusters. In response, they developed the Extended Zorb Forest (EZF), which solves these issues. We propose ZorbIF.', field: 'methods_mentioned', has: ['EZF'] },
    { why: 'ECML/PKDD 2007 is a web-attack dataset, with its slash', title: 'Detecting Malicious HTTP Requests', text: 'We evaluated the model on public datasets such as CSIC 2010, ECML/PKDD 2007, and BGL.', field: 'datasets', has: ['CSIC 2010', 'ECML/PKDD 2007', 'BGL'] },
  ]);
});

describe('a second reader\'s cases against the twelfth-round rules', () => {
  it('"The X Dataset Revisited: ..." critiques known data, it introduces none', () => {
    const d = extractEntities(paper('The NSL-KDD Dataset Revisited: Flaws in Intrusion Benchmarks', 'We revisit the dataset and show label errors.')).datasets;
    expect(d.find((x) => x.name === 'NSL-KDD')?.role).not.toBe('introduced');
    const z = extractEntities(paper('The ZorbKDD Dataset Revisited: Flaws in Intrusion Benchmarks', 'We revisit the dataset and show label errors.')).datasets;
    expect(z.map((x) => x.name)).not.toContain('ZorbKDD');
  });
  check<NamedField>([
    { why: '"The ZorbTec 3D-AD Dataset for ..." introduces a two-word name', title: 'The ZorbTec 3D-AD Dataset for Unsupervised 3D Anomaly Detection and Localization', text: 'We introduce the first comprehensive 3D dataset for unsupervised anomaly detection.', field: 'datasets', has: ['ZorbTec 3D-AD'] },
    { why: '"We address this imbalance with ADASYN, which ..." uses a tool, named again or not', title: 'Fraud Detection with Boosting', text: 'Fraud labels are rare. We address this imbalance with ADASYN, which oversamples hard examples. ADASYN improves recall.', field: 'methods_proposed', not: ['ADASYN'] },
    { why: '"We tackle this problem with X, which was proposed by Lee et al." is someone else\'s', title: 'Domain Adaptation for Anomaly Detection', text: 'We tackle this problem with ZorbAdapt, which was proposed by Lee et al. for domain adaptation. ZorbAdapt improves results.', field: 'methods_proposed', not: ['ZorbAdapt'] },
    { why: '"a toolkit called "zorblib"" coins a lower-case name', title: 'ZorbLib', text: 'We release a toolkit called "zorblib" for log anomaly detection. zorblib is fast.', field: 'methods_proposed', has: ['zorblib'] },
    { why: '"samples ... designated as NG" labels data, it names no method', title: 'Defect Inspection', text: 'Samples that fail inspection are designated as NG and the rest as OK. We propose ZorbInspect.', field: 'methods_mentioned', not: ['NG'] },
  ]);
  check<FacetField>([
    { why: '"improves detection accuracy by 4.2% over UniAD, which underperforms ..." reports accuracy: the shortfall is the baseline\'s, after it', title: 'ZorbMC', text: 'We propose ZorbMC. ZorbMC improves detection accuracy by 4.2% over UniAD, which underperforms on small defects.', field: 'metrics', has: ['accuracy'] },
    { why: '"Improving Detection Accuracy of ..." as a title is an aim, no metric', title: 'Improving Detection Accuracy of Log Anomaly Detectors', text: 'We propose ZorbLog.', field: 'metrics', not: ['accuracy'] },
    { why: '"a 2.5x speed-up without sacrificing accuracy" reports speed, not accuracy', title: 'ZorbFast', text: 'We propose ZorbFast, which achieves a 2.5x speed-up without sacrificing accuracy.', field: 'metrics', not: ['accuracy'] },
    { why: '"an autonomous agent learns a policy that maximises the cumulative reward" is reinforcement learning', title: 'ZorbRL', text: 'We propose ZorbRL, in which an autonomous agent learns a policy that maximises the cumulative reward.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: '"exploits both vision and language cues" uses a vision-language model', title: 'ZorbVL', text: 'We propose ZorbVL, which exploits both vision and language cues for anomaly detection.', field: 'techniques', has: ['vision-language'] },
    { why: '"sparse and dense outliers" of point clouds are many, not pixel-level', title: 'ZorbClean', text: 'Point clouds contain sparse and dense outliers, which we remove with ZorbClean.', field: 'settings', not: ['anomaly-localization'] },
  ]);
});

describe('a third reader\'s cases against the twelfth-round cues and rules', () => {
  check<NamedField>([
    { why: '"distributed systems such as Hadoop and Spark" are software, no baselines', title: 'ZorbLog: Log Anomaly Detection', text: 'Logs of distributed systems such as Hadoop and Spark record failures. We propose ZorbLog.', field: 'methods_mentioned', not: ['Hadoop', 'Spark'] },
    { why: '"we provide three baselines: ... Invariant Mining (IM) and Log Clustering (LogCluster)" proposes none of them', title: 'A Log Anomaly Detection Benchmark', text: 'We propose ZorbLog and provide three baselines: Principal Component Analysis (PCA), Invariant Mining (IM) and Log Clustering (LogCluster).', field: 'methods_proposed', not: ['IM', 'LogCluster'] },
    { why: '"two methods: the first uses the Mahalanobis Distance (MD) ..." proposes no distance', title: 'Anomaly Detection', text: 'We propose two methods: the first uses the Mahalanobis Distance (MD) and the Kullback-Leibler Divergence (KLD), the second a Self-Organizing Map (SOM).', field: 'methods_proposed', not: ['MD', 'KLD', 'SOM'] },
    { why: '"We build on an existing LLM agent, ReAct," names existing work', title: 'ZorbRCA: Root Cause Analysis with Agents', text: 'We build on an existing LLM agent, ReAct, and add tool memory to it.', field: 'methods_proposed', not: ['ReAct'] },
    { why: '"Here, a two-stage framework, X, is presented" is no prior work', title: 'Wind Turbine Anomaly Detection', text: 'Here, a two-stage anomaly detection framework, ZorbTwo, is presented for wind turbines.', field: 'methods_mentioned', not: ['ZorbTwo'] },
  ]);
  it('"the MAD of anomaly scores on each dataset" is a median absolute deviation, no data set', () => {
    const d = extractEntities(paper('Robust Scoring', 'We compute the MAD of anomaly scores on each dataset and threshold them with ZorbScore. On five benchmark datasets, replacing the standard deviation with the MAD helps.')).datasets;
    expect(d.map((x) => x.name)).toEqual([]);
  });
  check<FacetField>([
    { why: '"OOD classification accuracy on PACS" is domain generalisation, no OOD detection', title: 'ZorbDG: Domain Generalisation', text: 'ZorbDG improves OOD classification accuracy on PACS and VLCS.', field: 'settings', not: ['ood-detection'] },
    { why: '"generalizes to OOD nodes" too', title: 'ZorbGraph', text: 'Our model generalizes to OOD nodes unseen in training.', field: 'settings', not: ['ood-detection'] },
    { why: '"a comparison of different backbones" in a method paper is an ablation, no evaluation study', title: 'ZorbNet: Anomaly Detection', text: 'We propose ZorbNet. A comparison of different backbones shows that larger encoders help.', field: 'settings', not: ['evaluation'] },
    { why: '"missing heartbeats of failed nodes" of a cluster are no medical data', title: 'ZorbCluster', text: 'Nodes exchange heartbeat messages, and ZorbCluster flags missing heartbeats of failed nodes in the cluster.', field: 'domains', not: ['medical'] },
    { why: '"an InfoNCE loss" is contrastive learning', title: 'ZorbCL', text: 'ZorbCL aligns normal views with an InfoNCE loss.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"phishing websites" are security data', title: 'ZorbPhish', text: 'ZorbPhish classifies phishing websites from their HTML and URLs.', field: 'domains', has: ['security'] },
    { why: '"lightweight mobile networks such as MobileNetV3" are compact models, no telecom', title: 'ZorbEdge', text: 'We distill the teacher into lightweight mobile networks such as MobileNetV3 for edge inspection of defects.', field: 'domains', not: ['computing-systems'] },
  ]);
});

describe('thirteenth round: names from the dev pool and the fresh dev sets gz, hb, hd', () => {
  check<NamedField>([
    { why: 'SHAP and LIME are named explainers that abstracts cite by name (moved from the generic algorithms)', title: 'Explaining Network Alerts', text: 'We explain the alerts of the detector with SHAP and LIME.', field: 'methods_mentioned', has: ['SHAP', 'LIME'] },
    { why: 'Integrated Gradients is a named attribution method', title: 'Faithful Explanations for Acoustic Anomalies', text: 'We compare saliency maps from Integrated Gradients with occlusion.', field: 'methods_mentioned', has: ['Integrated Gradients'] },
    { why: 'the Extended Isolation Forest (EIF) and HBOS are named detectors, unlike the generic isolation forest', title: 'Rotated Forests for Outliers', text: 'Isolation forest and the Extended Isolation Forest (EIF) have axis bias. We compare ZorbForest with EIF and HBOS.', field: 'methods_mentioned', has: ['Extended Isolation Forest', 'Histogram-based Outlier Score'] },
    { why: 'the matrix profile is a named method for time-series discords', title: 'Discords in Telemetry', text: 'The Matrix Profile finds discords in one pass; we extend it to multivariate streams.', field: 'methods_mentioned', has: ['Matrix Profile'] },
    { why: '"a lightweight (non-ML) algorithm" negates a class of methods: no name', title: 'ZorbAlpha: Solar Image Checks', text: 'We introduce a lightweight (non-ML) anomaly-detection algorithm, ZorbAlpha, for solar images.', field: 'methods_proposed', not: ['non-ML'] },
    { why: '"non-GAN approaches" neither', title: 'Weakly-Supervised PET Anomaly Detection', text: 'Our model outperforms non-GAN approaches and ZorbGAN.', field: 'methods_mentioned', not: ['non-GAN'] },
    { why: '"called H-Alpha Anomalyzer" under that title is the whole phrase, not its hyphened first word', title: 'H-Alpha Anomalyzer: An Explainable Anomaly Detector for Solar Observations', text: 'In this study, we introduce a lightweight anomaly-detection algorithm, called H-Alpha Anomalyzer, designed to flag anomalous observations.', field: 'methods_proposed', has: ['H-Alpha Anomalyzer'], not: ['H-Alpha'] },
    { why: '"outperforming state-of-the-art aggregators such as X, Y and Z" lists baselines, whatever the plural noun', title: 'Hybrid Reputation Aggregation for Federated Learning', text: 'ZorbHRA reaches 98.7% accuracy, outperforming state-of-the-art aggregators such as Krum, Zorbmean, and Bulyan by large margins.', field: 'methods_mentioned', has: ['Krum', 'Zorbmean', 'Bulyan'] },
    { why: 'the Rubin Observatory\'s Legacy Survey of Space and Time (LSST) is survey data', title: 'Bayesian Anomaly Detection for Supernova Cosmology', text: 'Automated curation is needed for the Vera C. Rubin Observatory Legacy Survey of Space and Time (LSST).', field: 'datasets', has: ['LSST'] },
    { why: '"BeanTech AD" is BTAD', title: 'Industrial Image Anomaly Detection with a ViT Autoencoder', text: 'Experiments on two public datasets, MVTec AD and BeanTech AD, show the effectiveness.', field: 'datasets', has: ['MVTec AD', 'BTAD'] },
  ]);
});

describe('thirteenth round: security from named attacks and malicious parties (dev pool)', () => {
  check<FacetField>([
    { why: '"False Data Injection Attacks in Power Systems" are attacks on a grid: security', title: 'Identifying False Data Injection Attacks in Power Systems', text: 'We propose ZorbGrid, which locates the attacked buses.', field: 'domains', has: ['security'] },
    { why: '"mitigates Byzantine attacks by filtering malicious updates" is security', title: 'ZorbFed: Robust Federated Learning for Batteries', text: 'ZorbFed mitigates Byzantine attacks by filtering malicious updates.', field: 'domains', has: ['security'] },
    { why: '"threatened by Sybil attacks" too', title: 'Graph-Based Detection of Fake Accounts', text: 'Online social networks are threatened by Sybil attacks, which create fake accounts.', field: 'domains', has: ['security'] },
    { why: '"expanded their attack surfaces" and "complex attack vectors" too', title: 'ZorbAudit: Monitoring Multi-Agent Systems', text: 'Agentic systems have expanded their attack surfaces. ZorbAudit monitors their messages.', field: 'domains', has: ['security'] },
    { why: '"to robustly distinguish malicious behavior" of network switches too', title: 'Detection of Misreporting in Software-Defined Networks', text: 'The detector combines unsupervised scoring with supervised classification to robustly distinguish malicious behavior.', field: 'domains', has: ['security'] },
    { why: '"protect the systems from malicious attacks or failures", the motive of a log paper, is no security cue', title: 'ZorbLog: Log Anomaly Detection', text: 'Detecting anomalies in logs is crucial to protect systems from malicious attacks or failures. We propose ZorbLog for system logs.', field: 'domains', not: ['security'] },
  ]);
});

describe('thirteenth round: a capitalised data word ends a data set\'s name', () => {
  check<NamedField>([
    { why: '"using the Zorbverse Payment Transactions Dataset" names the data with its capitalised head word', title: 'Quantum Optimisation for Negative Selection', text: 'Empirical evaluations using the Zorbverse Payment Transactions Dataset demonstrate that ZorbNSA achieves superior accuracy.', field: 'datasets', has: ['Zorbverse Payment Transactions Dataset'] },
    { why: '"The Zorb Welds Dataset was used ..." at the start of an abstract\'s sentence too', title: 'Weld Defect Detection on X-ray Images', text: 'The Zorb Welds Dataset was used to fine-tune a ResNet-50 model.', field: 'datasets', has: ['Zorb Welds Dataset'] },
    { why: '"a large-scale Fraudulent Transactions Dataset" describes data in title case', title: 'TransZorb: Transformer-Based Fraud Detection', text: 'The approach is tested on a large-scale Fraudulent Transactions Dataset with 99.31% accuracy.', field: 'datasets', not: ['Fraudulent Transactions', 'Fraudulent Transactions Dataset'] },
    { why: '"The Zorb Space Agency Benchmark for Anomaly Detection ... (ZSA-ADB)" goes on past "Benchmark"', title: 'Zorb Space Agency Benchmark for Anomaly Detection in Satellite Telemetry', text: 'The Zorb Space Agency Benchmark for Anomaly Detection in Satellite Telemetry (ZSA-ADB) aims to address this challenge.', field: 'datasets', not: ['Zorb Space Agency Benchmark'] },
    { why: 'a known name before a capitalised data word stays the known name', title: 'ZorbAD: Industrial Anomaly Detection', text: 'Experiments on the MVTec AD Dataset show gains.', field: 'datasets', has: ['MVTec AD'], not: ['MVTec AD Dataset'] },
  ]);
});

describe('thirteenth round: names from the fresh dev sets hf, hg, hi, hj', () => {
  check<NamedField>([
    { why: '"the spectroscopic quasar anomaly detection (SQuAD) algorithm" is no question-answering data', title: 'Anomalous Seyfert Galaxies from SDSS DR17', text: 'These anomalies were detected via the spectroscopic quasar anomaly detection (SQuAD) algorithm, which employed principal component analysis.', field: 'datasets', not: ['SQuAD'] },
    { why: '... but "the Stanford Question Answering Dataset (SQuAD)" is', title: 'Hallucination Detection in Question Answering', text: 'We evaluate ZorbQA on the Stanford Question Answering Dataset (SQuAD).', field: 'datasets', has: ['SQuAD'] },
    { why: '"Hyperbolic Graph Embeddings: a Survey and an Evaluation on ..." heads a survey with its topic', title: 'Hyperbolic Graph Embeddings: a Survey and an Evaluation on Anomaly Detection', text: 'We review hyperbolic graph embedding models and evaluate them on anomaly detection.', field: 'methods_proposed', not: ['Hyperbolic Graph Embeddings'] },
    { why: '... a coined head before a survey still names (data, here)', title: 'ZorbBench: A Survey and Benchmark of Log Anomaly Detection', text: 'We present ZorbBench and survey log anomaly detection.', field: 'datasets', has: ['ZorbBench'] },
    { why: '"a Local-Global contrastive learning approach" describes the approach, it names none', title: 'AMAD: AutoMasked Attention for Time Series Anomaly Detection', text: 'This framework is further enhanced by a Max-Min training strategy and a Local-Global contrastive learning approach.', field: 'methods_mentioned', not: ['Local-Global', 'Max-Min'] },
    { why: '... but "the PineForest active anomaly detection algorithm" names one', title: 'Dataset of Artefacts for Astronomy', text: 'The artefact dataset was compiled using the PineForest active anomaly detection algorithm.', field: 'methods_mentioned', has: ['PineForest'] },
  ]);
});

describe('thirteenth round: baselines listed in parentheses', () => {
  check<NamedField>([
    { why: '"methods (such as GAN-based sampling, BRF, ZorbSAAD, ZorbHAN)" lists baselines past a description', title: 'Addressing Class Imbalance with Graphical Models', text: 'Our model is compared with a variety of advanced imbalanced classification methods (such as GAN-based sampling, ZorbSAAD, ZorbHAN).', field: 'methods_mentioned', has: ['ZorbSAAD', 'ZorbHAN'], not: ['GAN-based sampling', 'GAN-based'] },
    { why: '"statistical alternatives (such as ETS, ARIMA, TBATS, Prophet)" too', title: 'ZorbCast: In-Database Forecasting', text: 'ZorbCast outperforms well-established statistical alternatives (such as ARIMA, TBATS, Prophet) on 42 datasets.', field: 'methods_mentioned', has: ['TBATS', 'Prophet'] },
    { why: 'the Depth-based Isolation Forest Feature Importance (DIFFI) explains an isolation forest', title: 'Explainable Anomaly Detection for Charging Stations', text: 'This work applies Isolation Forest and employs the Depth-based Isolation Forest Feature Importance (DIFFI) method to rank features.', field: 'methods_mentioned', has: ['DIFFI'] },
  ]);
});

describe('thirteenth round: a bare model family listed with named models', () => {
  check<NamedField>([
    { why: '"LLMs such as GPT, Claude, and Gemini": GPT listed with named models is one of them', title: 'Detecting LLM-Generated Text', text: 'Modern large language models (LLMs) such as GPT, Claude, and Gemini have transformed text generation.', field: 'models', has: ['GPT', 'Claude', 'Gemini'] },
    { why: '"Evaluations across LLaMA, GPT, Gemini, and Claude" too', title: 'LLM Agents for Workflow Provenance', text: 'Evaluations across LLaMA, GPT, Gemini, and Claude cover diverse queries.', field: 'models', has: ['GPT'] },
    { why: '"GPT models" and "GPT-based" name a kind, listed or not', title: 'Log Anomaly Detection', text: 'We compare Claude and GPT models on logs, and GPT-based agents with Gemini.', field: 'models', not: ['GPT'] },
    { why: 'a bare GPT alone stays generic', title: 'Fraud Detection with Transformers', text: 'Recent generative models such as GPT may be used to fabricate transactions.', field: 'models', not: ['GPT'] },
  ]);
});

describe('thirteenth round: underscores in names and catalogues of data', () => {
  check<NamedField>([
    { why: '"TON_IoT" with its underscore is the lexicon\'s TON_IoT, outside a data context too', title: 'Generalisation of Intrusion Detection', text: 'Random Forest reached 99.79% accuracy on UNSW-NB15 and on TON_IoT.', field: 'datasets', has: ['UNSW-NB15', 'TON_IoT'] },
    { why: '"events from the GWTC-4.0 catalog": a catalogue is data', title: 'Template-Free Gravitational Wave Detection', text: 'We train and evaluate our model on LIGO data comprising confirmed events from the ZWTC-4.0 catalog.', field: 'datasets', has: ['ZWTC-4.0'] },
    { why: '"the Zorb Source Catalog" with its capitalised head', title: 'A Poisson Process AutoDecoder for X-ray Sources', text: 'We apply the model to light curves from the Zorb Source Catalog.', field: 'datasets', has: ['Zorb Source Catalog'] },
  ]);
});

describe('thirteenth round: earlier work, lists set off by dashes, capitalised modifiers (dev sets hl-hp)', () => {
  check<NamedField>([
    { why: '"Building upon our prior ZorbLAMP framework" names earlier work, the authors\' own', title: 'Prescriptive Agents for Maintenance (ZorbPARAM)', text: 'Building upon our prior ZorbLAMP framework for numerical data analysis, we develop a comprehensive solution.', field: 'methods_mentioned', has: ['ZorbLAMP'] },
    { why: '"the X and Y models proposed in previous research" too', title: 'Time-ZAP-T: A Universal Approach for Anomaly Detection', text: 'This study applies the ZAP and Time-ZAP models proposed in previous research and introduces a new model, Time-ZAP-T.', field: 'methods_mentioned', has: ['ZAP', 'Time-ZAP'] },
    { why: '"datasets--A, B, and C--" lists data set off by dashes', title: 'ZorbCAN: Intrusion Detection on Vehicle Buses', text: 'Experiments on public CAN intrusion datasets--Zorb-Hacking, Zorb-Survival, and can-train-and-test--demonstrate competitive accuracy.', field: 'datasets', has: ['Zorb-Hacking', 'Zorb-Survival'] },
    { why: '"such as Bayesian uncertainty estimation and ..." is a kind of method, "Bayesian" no name', title: 'Pre-trained Encoders for Attack Detection', text: 'Existing detection methods, such as Bayesian uncertainty estimation and activation pattern analysis, rely on handcrafted features.', field: 'methods_mentioned', not: ['Bayesian'] },
  ]);
});

describe('thirteenth round: industrial plants and machines (dev pool)', () => {
  check<FacetField>([
    { why: '"In the Industrial Internet of Things (IIoT), ..." sensor series are industrial data', title: 'ZorbEdge: Early Fault Detection from Sensor Graphs', text: 'In the Industrial Internet of Things (IIoT), condition monitoring produces multivariate sensor time series.', field: 'domains', has: ['industrial', 'time-series'] },
    { why: '"Anomaly Detection in Industrial Control Systems" of sensor series too', title: 'Time Series Anomaly Detection Models for Industrial Control Systems', text: 'We compare recurrent models on multivariate sensor time series.', field: 'domains', has: ['industrial', 'time-series'] },
    { why: '"sounds from different machine types" of anomalous sound detection are machines\'', title: 'Self-Supervised Learning for Anomalous Sound Detection', text: 'We model the time-frequency characteristics of sounds from different machine types.', field: 'domains', has: ['industrial'] },
    { why: '... and localising in an ICS\'s series is no anomaly localization', title: 'ZorbICS: Anomaly Detection in Industrial Control Systems', text: 'ZorbICS detects and localizes abnormal patterns in multivariate time series of industrial control systems.', field: 'settings', not: ['anomaly-localization'] },
  ]);
});

describe('thirteenth round: a second proposal verb in one sentence', () => {
  check<NamedField>([
    { why: '"We formulate test-time adaptation for graphs and propose X": the second verb\'s object is the proposal', title: 'Online Test-Time Adaptation for Dynamic Graph Anomaly Detection', text: 'We formulate online test-time adaptation for generalizable DGAD and propose ZORB-DGAD.', field: 'methods_proposed', has: ['ZORB-DGAD'] },
    { why: '"We design a new loss and propose X" too', title: 'Anomaly Detection with a New Loss', text: 'We design a new contrastive loss and propose ZorbNet.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});

describe('thirteenth round: a named metric the paper uses', () => {
  check<FacetField>([
    { why: '"using ZATE, a recently proposed threshold-free evaluation metric" measures with ZATE', title: 'Tri-ZorbLLM: A Tri-Branch Framework', text: 'We evaluate Tri-ZorbLLM on several public benchmark datasets using ZATE, a recently proposed threshold-free evaluation metric.', field: 'metrics', has: ['ZATE'] },
  ]);
  check<NamedField>([
    { why: '... and ZATE is no method', title: 'Tri-ZorbLLM: A Tri-Branch Framework', text: 'We evaluate Tri-ZorbLLM on several public benchmark datasets using ZATE, a recently proposed threshold-free evaluation metric.', field: 'methods_mentioned', not: ['ZATE'] },
  ]);
});

describe('thirteenth round: names at the end of a proposal, coined acronyms of a task (dev sets hr-hv)', () => {
  check<NamedField>([
    { why: '"we propose a novel ... detection method based on structural commonality, ZIF (Zorbality In Few)": the name set off at the end', title: 'Zorbality in Few: Few-Shot Multimodal Anomaly Detection', text: 'In this paper, we propose a novel few-shot multimodal industrial anomaly detection method based on structural commonality, ZIF (Zorbality In Few).', field: 'methods_proposed', has: ['ZIF'] },
    { why: '"an effective framework for Universal vision Anomaly Detection (UniZorbDet)": a coined acronym names the framework, not the task', title: 'One Foundation Model Is Enough for Universal Vision Anomaly Detection', text: 'This paper presents a simple and effective framework for Universal vision Anomaly Detection (UniZorbDet). UniZorbDet learns only decoupled weights.', field: 'methods_proposed', has: ['UniZorbDet'] },
    { why: '... but "a framework for Video Anomaly Detection (VAD)" spells the task', title: 'A Framework for Video Anomaly Detection', text: 'This paper presents a simple framework for Video Anomaly Detection (VAD).', field: 'methods_proposed', not: ['VAD'] },
  ]);
});

describe('thirteenth round: titles that spell their acronym, modifiers after a proposal verb (dev sets hx-ic)', () => {
  check<NamedField>([
    { why: '"Extended Zorb-based Outlier Score (EZBOS)" as the whole title is the paper\'s method, not a part named "score"', title: 'Extended Zorb-based Outlier Score (EZBOS)', text: 'In this paper, we propose the Extended Zorb-Based Outlier Score (EZBOS), which enhances ZBOS with two-dimensional histograms.', field: 'methods_proposed', has: ['EZBOS'] },
    { why: '"Spotting the Unexpected (STU): A 3D LiDAR Dataset for ..." heads the title with its acronym: the data\'s name', title: 'Spotting the Zorbected (STZ): A 3D LiDAR Dataset for Anomaly Segmentation', text: 'We introduce a novel dataset for anomaly segmentation in driving scenarios.', field: 'datasets', has: ['STZ'] },
    { why: '"Retrieval Augmented Zorb Detection (RAZD): Nimble Model Adjustment ..." names the method', title: 'Retrieval Augmented Zorb Detection (RAZD): Nimble Model Adjustment Without Retraining', text: 'We adjust detectors to feedback without retraining them.', field: 'methods_proposed', has: ['RAZD'] },
    { why: '"we developed a GPT-4o-based tool" uses GPT-4o; it proposes no GPT-4o', title: 'Leveraging GPT-4o for Detecting Rework Anomalies', text: 'In our study, we developed a GPT-4o-based tool capable of transforming event logs.', field: 'methods_proposed', not: ['GPT-4o'] },
    { why: '"methods, including XGBoost, Shapley values, and Random Forest": Shapley values are no method\'s name', title: 'Feature Attribution for Arctic Melt Anomalies', text: 'The attributions are evaluated against feature ranking methods, including XGBoost, Shapley values, and Random Forest.', field: 'methods_mentioned', not: ['Shapley'] },
  ]);
});

describe('thirteenth round: ambiguous names in title case, standards, coined data heads (dev sets hx, ib)', () => {
  check<NamedField>([
    { why: '"... Multi-Agent Copilot for Causal Diagnostics": title case capitalises an English word the lexicon knows as a name; the abstract never writes it so', title: 'ZorbPulse: An Industrial-Grade Neurosymbolic Multi-Agent Copilot for Causal Diagnostics', text: 'We present ZorbPulse, an industry-grade multi-agent copilot for smart manufacturing.', field: 'methods_mentioned', not: ['GitHub Copilot'] },
    { why: '... but a name the abstract writes as the title does stays', title: 'Beyond Copilot: Agents for Code Review', text: 'We compare ZorbAgent with Copilot on code review tasks.', field: 'methods_mentioned', has: ['GitHub Copilot'] },
    { why: '"NIST SP 800-53 controls" is a standard, no NIST data set', title: 'ZorbShield: Securing Government Chatbots', text: 'We map the framework to NIST SP 800-53 controls across 14 families, and evaluate using ablation analysis.', field: 'datasets', not: ['NIST16'] },
    { why: '"ZorbFlow Benchmark: Realistic Flow-Based Evaluation ..." heads the title with coined data: ZorbFlow', title: 'ZorbFlow Benchmark: Realistic Flow-Based Evaluation for Network Intrusion Detection', text: 'This paper introduces ZorbFlow, a flow-based benchmark derived from public traffic.', field: 'datasets', has: ['ZorbFlow'] },
  ]);
  check<NamedField>([
    { why: '... and no method "ZorbFlow Benchmark"', title: 'ZorbFlow Benchmark: Realistic Flow-Based Evaluation for Network Intrusion Detection', text: 'This paper introduces ZorbFlow, a flow-based benchmark derived from public traffic.', field: 'methods_proposed', not: ['ZorbFlow Benchmark'] },
  ]);
});

describe('thirteenth round: acronyms spelt after data names, whole versions in lists of models (dev sets ie, if)', () => {
  check<NamedField>([
    { why: '"On the ZPED (Zorb Power Equipment Dataset) and MPDD datasets": the acronym spelt out after it is in the list', title: 'ZorbCLIP: Zero-Shot Industrial Anomaly Detection', text: 'On the ZPED (Zorb Power Equipment Dataset) and MPDD datasets, ZorbCLIP outperforms the second-best methods.', field: 'datasets', has: ['ZPED', 'MPDD'] },
    { why: '"models such as Gemma 4, Qwen3.5-Omni, GPT-4o": a whole version and a tier in a list are each model\'s', title: 'Zero-Shot Retail Theft Detection', text: 'Operators can swap between models such as Gemma 4, Qwen3.5-Omni, GPT-4o, or future releases.', field: 'models', has: ['Gemma 4', 'Qwen3.5-Omni', 'GPT-4o'] },
    { why: '... not a count after a name: "Gemma 4 times faster"', title: 'Zorb Notes', text: 'ZorbLM runs Gemma 4 times faster than before.', field: 'models', not: ['Gemma 4'] },
  ]);
});

describe('a second reader\'s cases against the thirteenth-round rules', () => {
  check<NamedField>([
    { why: '"Masked Feature Modeling for ..." repeated by an abstract that revisits it is a technique, no proposal', title: 'Masked Feature Modeling for Video Anomaly Detection', text: 'We revisit Masked Feature Modeling. Masked Feature Modeling reconstructs features. We find Masked Feature Modeling helps on ShanghaiTech.', field: 'methods_proposed', not: ['Masked Feature Modeling'] },
    { why: '"Whisper Features for ..." keeps the model the abstract paraphrases', title: 'Whisper Features for Audio Deepfake Detection', text: 'We extract features from a pretrained speech encoder and evaluate on ASVspoof 2019.', field: 'models', has: ['Whisper'] },
    { why: '"Multivariate Time Series Anomaly Detection (MTSAD): Benchmarks, Methods and Open Problems" names a survey\'s topic, no data', title: 'Multivariate Time Series Anomaly Detection (MTSAD): Benchmarks, Methods and Open Problems', text: 'We review benchmarks and methods for multivariate time series anomaly detection.', field: 'datasets', not: ['MTSAD'] },
    { why: '"Anomaly Detection in Industrial Control Systems (ADICS): A Survey" proposes nothing', title: 'Anomaly Detection in Industrial Control Systems (ADICS): A Survey', text: 'We survey anomaly detection methods for industrial control systems.', field: 'methods_proposed', not: ['ADICS'] },
    { why: '"Mistral 7 or more agents" counts agents, no Mistral 7', title: 'Multi-Agent Log Analysis', text: 'We compare Mistral 7 or more agents on log triage.', field: 'models', not: ['Mistral 7'] },
  ]);
});

describe('thirteenth round: security of routing, ransomware and encrypted signals', () => {
  check<FacetField>([
    { why: '"Detecting BGP Routing Anomalies" is network security', title: 'Using Bursty Announcements for Detecting BGP Routing Anomalies', text: 'We propose ZorbBGP, which flags bursts of announcements.', field: 'domains', has: ['security'] },
    { why: '"Ransomware Detection" too', title: 'Hierarchical Entropy Disruption for Ransomware Detection', text: 'We propose ZorbRansom, an entropy-based detector.', field: 'domains', has: ['security'] },
    { why: '"detecting attacks using encrypted signals" too', title: 'Anomaly Detection with Encrypted Control', text: 'Detecting attacks using encrypted signals is challenging; we propose ZorbLWE.', field: 'domains', has: ['security'] },
  ]);
});

describe('thirteenth round: title heads that name no method', () => {
  check<NamedField>([
    { why: '"Zorb Protocols Revisited: ..." revisits a topic', title: 'Zorb Protocols Revisited: Parity and Beyond', text: 'We explore the parity problem for zorb protocols.', field: 'methods_proposed', not: ['Zorb Protocols Revisited'] },
    { why: '"1 Particle - 1 Qubit: ..." counts things, it names none', title: '1 Particle - 1 Qubit: Particle Physics Data Encoding for Quantum Machine Learning', text: 'We introduce ZorbQ, a quantum data encoding scheme.', field: 'methods_proposed', not: ['1 Particle'] },
  ]);
});

describe('thirteenth round: a title that opens on its long form and acronym, venues (dev sets ij-im)', () => {
  check<NamedField>([
    { why: '"Adaptive Zorb Firewall (AZF) Leveraging Machine Learning for ..." names the paper\'s method without a colon', title: 'Adaptive Dual-Layer Zorb Firewall (ADL-ZF) Leveraging Machine Learning for Enhanced Threat Detection', text: 'Web application firewalls protect web applications against a wide range of cyber threats.', field: 'methods_proposed', has: ['ADL-ZF'] },
    { why: '"datasets (based on ICLR 2021)": a venue is no method', title: 'Detecting Collusion in Peer Review', text: 'Evaluating our technique with large-scale datasets (based on ICLR 2021) shows its capacity to identify collusion.', field: 'methods_mentioned', not: ['ICLR'] },
  ]);
});

describe('thirteenth round: a title head with a parenthesis its long form does not spell', () => {
  check<NamedField>([
    { why: '"Isolation Forest (iForest): A Reproducibility Study" studies a generic algorithm, it proposes nothing', title: 'Isolation Forest (iForest): A Reproducibility Study', text: 'We reproduce the isolation forest on twenty benchmark datasets.', field: 'methods_proposed', not: ['Isolation Forest (iForest)', 'iForest', 'Isolation Forest'] },
  ]);
});

describe('thirteenth round: metrics the paper proposes', () => {
  check<NamedField>([
    { why: '"Additionally, we propose the ZeAUG metric": a metric the paper proposes is its own, no component', title: 'ZAGU: LLM-Based Benchmark for Video Anomaly Understanding', text: 'We propose ZorbTS, a framework. Additionally, we propose the ZeAUG metric, which jointly evaluates semantic interpretation.', field: 'methods_proposed', has: ['ZeAUG'] },
    { why: '"a simple yet effective ZigenScore metric is proposed" too', title: 'ZINSIDE: Hallucination Detection', text: 'In particular, a simple yet effective ZigenScore metric is proposed to better evaluate responses.', field: 'methods_proposed', has: ['ZigenScore'] },
    { why: '"the standard F1 metric" is no proposal', title: 'ZorbNet', text: 'We propose ZorbNet and evaluate it with the standard ZF1 metric.', field: 'methods_proposed', not: ['ZF1'] },
  ]);
  check<FacetField>([
    { why: '... and the proposed metric is a metric', title: 'ZINSIDE: Hallucination Detection', text: 'In particular, a simple yet effective ZigenScore metric is proposed to better evaluate responses.', field: 'metrics', has: ['ZigenScore'] },
  ]);
});

describe('thirteenth round: an architecture class named as a model only in a list', () => {
  check<NamedField>([
    { why: '"... via Mask-Guided Latent Diffusion for ..." builds on the class: no model named', title: 'Reconstruction-Shift Discrimination via Mask-Guided Latent Diffusion for Medical Anomaly Detection', text: 'We propose ZorbShift, which reconstructs scans with a latent diffusion model.', field: 'models', not: ['Latent Diffusion Model'] },
    { why: '... but "images from StyleGAN2 and Latent Diffusion" names the generator among others', title: 'Detecting Synthetic Images', text: 'We collect images generated by StyleGAN2 and Latent Diffusion for three concepts.', field: 'models', has: ['Latent Diffusion Model'] },
  ]);
});

describe('thirteenth round: architectures a paper trains are methods', () => {
  check<NamedField>([
    { why: '"compared with PointNet++ and DGCNN" names point-cloud networks trained for the task: mentioned methods', title: 'Deep Learning-Based 3D Reconstruction for Defect Detection', text: 'ZorbPC is compared with PointNet++ and DGCNN on reconstructed point clouds.', field: 'methods_mentioned', has: ['PointNet++', 'DGCNN'] },
    { why: '"a DeepLabV3+ segmentation network" too', title: 'Tunnel Crack Segmentation', text: 'The second step uses a DeepLabV3+ network to segment the cracks.', field: 'methods_mentioned', has: ['DeepLabv3+'] },
  ]);
});

describe('thirteenth round: UniTS is a pretrained time-series model', () => {
  check<NamedField>([
    { why: '"foundation models such as UniTS" names a pretrained multi-task time-series model', title: 'Transformer-Based Foundation Models for Time Series Anomaly Detection', text: 'We fine-tune foundation models such as UniTS and MOMENT on sensor data.', field: 'models', has: ['UniTS'] },
  ]);
});

describe('fourteenth round: a hyphenated compound is no preposition', () => {
  check<NamedField>([
    { why: '"we propose a novel end-to-end semi-supervised Zorb Detection Network (ZDN)": the "to" of "end-to-end" does not put the acronym behind a preposition', title: 'Zorb Fraud Detection on e-Commerce Platforms', text: 'Based on this, we propose a novel end-to-end semi-supervised Group-based Zorb Detection Network (GZDN) to support such fraud detection.', field: 'methods_proposed', has: ['GZDN'] },
    { why: '... while "we propose a method for Zorb Detection Networks (ZDN)" still names a task', title: 'Zorb Fraud Detection on e-Commerce Platforms', text: 'We propose a method for semi-supervised Zorb Detection Networks (ZDN).', field: 'methods_proposed', not: ['ZDN'] },
  ]);
});

describe('fourteenth round: a long form right after "the proposed"', () => {
  check<NamedField>([
    { why: '"retraining ... using the proposed Dual Zorb Representation Learning (DZRL)": the paper\'s own, though it ends on "learning"', title: 'An AI System for Zorb Grading', text: 'We propose a three-stage system. The final stage involves retraining on pseudo labelled data using the proposed Dual Zorb Representation Learning (DZRL) which learns two centres.', field: 'methods_proposed', has: ['DZRL'] },
    { why: '... not "using multiple instance learning (MIL)": a lower-case long form is a task', title: 'An AI System for Zorb Grading', text: 'The final stage involves retraining on pseudo labelled data using the proposed multiple instance learning (MIL) loss.', field: 'methods_proposed', not: ['MIL'] },
  ]);
});

describe('fourteenth round: a title head of words the abstract uses in lower case', () => {
  check<NamedField>([
    { why: '"Semantic Zorbity: ..." whose abstract writes both words in lower case, apart, is a topic, not a name', title: 'Semantic Zorbity: Linguistic Invariances for Zorbity Estimation', text: 'We introduce a zorbity measure that is semantic rather than lexical. The zorbity of answers predicts their accuracy.', field: 'methods_proposed', not: ['Semantic Zorbity'] },
    { why: '... while "Dual Zorb Learning: ..." keeps a coined word the abstract never writes in lower case', title: 'Dual Zorb Learning: Open-Set Anomaly Detection via Prototypes', text: 'We learn two prototype sets for dual open-set detection.', field: 'methods_proposed', has: ['Dual Zorb Learning'] },
  ]);
});

describe('fourteenth round: a counted data word before a comma enumerates names', () => {
  check<NamedField>([
    { why: '"two additional public benchmarks, Zorbator and Quxvision": a count before the data word makes the comma list its names', title: 'LUMIR: an Agent Framework for Spectral Analysis', text: 'The framework was validated on two additional public benchmarks, Zorbator and Quxvision.', field: 'datasets', has: ['Zorbator', 'Quxvision'] },
    { why: '"tested on three datasets, ZORBWELC, GDXray, and a private dataset": the names, not the description', title: 'Weld Defect Classification', text: 'The model was tested on three datasets, ZORBWELC, GDXray, and a private dataset of low image quality.', field: 'datasets', has: ['ZORBWELC', 'GDXray'] },
    { why: '... but an uncounted "datasets, X" is no list ("on the datasets, Zorbator says")', title: 'Weld Defect Classification', text: 'We test our model on public datasets, Zorbator reports, with success.', field: 'datasets', not: ['Zorbator'] },
    { why: '... nor a clause after the comma', title: 'Weld Defect Classification', text: 'We evaluate on three datasets, which are publicly available.', field: 'datasets', not: ['which'] },
  ]);
});

describe('fourteenth round: a method name right before a data word names the data', () => {
  check<NamedField>([
    { why: '"achieving high generalization on the DADA dataset": the driving data, not the method DADA', title: 'Text-Driven Traffic Anomaly Detection', text: 'Our ZorbTTHF outperforms competitors on the DoTA dataset and generalizes on the DADA dataset.', field: 'datasets', has: ['DADA'] },
    { why: '... so it is no method there', title: 'Text-Driven Traffic Anomaly Detection', text: 'Our ZorbTTHF outperforms competitors on the DoTA dataset and generalizes on the DADA dataset.', field: 'methods_mentioned', not: ['DADA'] },
    { why: '... while "DADA outperforms" is the method still', title: 'Time Series Anomaly Detection', text: 'We compare ZorbTS with DADA on the UCR archive; DADA is a strong baseline.', field: 'methods_mentioned', has: ['DADA'] },
  ]);
});

describe('fourteenth round: a result figure on an ambiguous data name', () => {
  check<NamedField>([
    { why: '"On Thunderbird, FAME reaches F1 = 99.95": a result on the log data names it', title: 'ZorbFAME: Mixture-of-Experts for Log Anomaly Detection', text: 'We propose ZorbFAME. On Thunderbird, ZorbFAME reaches F1 = 99.95 with perfect recall.', field: 'datasets', has: ['Thunderbird'] },
    { why: '... not the mail client without a figure', title: 'Mail Client Telemetry', text: 'We propose ZorbMail. On Thunderbird, users report phishing messages by hand.', field: 'datasets', not: ['Thunderbird'] },
  ]);
  it('a dataset in a sentence reporting a metric figure is evaluated', () => {
    const r = extractEntities({ id: 't', title: 'ZorbFAME: Mixture-of-Experts for Log Anomaly Detection', abstract: 'We propose ZorbFAME. On Thunderbird, ZorbFAME reaches F1 = 99.95 with perfect recall.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'Thunderbird')?.role).toBe('evaluated');
  });
});

describe('fourteenth round: "the recent X method" is someone else\'s, even in a proposal', () => {
  check<NamedField>([
    { why: '"compare them with FS-SIL, WS-SIL, and the recent ZorbCLR method": a prior method, though the sentence is about the paper\'s study', title: 'One-Class Representation Learning for Zorb Detection', text: 'Specifically, we evaluate two one-class approaches and compare them with the recent ZorbCLR method.', field: 'methods_mentioned', has: ['ZorbCLR'] },
    { why: '... while "we propose the ZorbX detection method" is no mention of prior work', title: 'Zorb Detection', text: 'In this paper, we propose the ZorbX detection method for lesions.', field: 'methods_mentioned', not: ['ZorbX'] },
  ]);
});

describe('fourteenth round: "a recent ... approach (ACR)" is prior work', () => {
  check<NamedField>([
    { why: '"we present our algorithm, ZorbLOF, as well as a recent state of the art approach (ZSD)": the acronym names others\' method', title: 'Unsupervised Approaches for Zorb Lesion Detection', text: 'Here, we present our unsupervised OOD detection algorithm, ZorbLOF, as well as a recent state of the art approach (ZSD), applied on medical images.', field: 'methods_mentioned', has: ['ZSD'] },
    { why: '... so it is not proposed', title: 'Unsupervised Approaches for Zorb Lesion Detection', text: 'Here, we present our unsupervised OOD detection algorithm, ZorbLOF, as well as a recent state of the art approach (ZSD), applied on medical images.', field: 'methods_proposed', not: ['ZSD'], has: ['ZorbLOF'] },
  ]);
});

describe('fourteenth round: a name set off after a recent or leading method of others', () => {
  check<NamedField>([
    { why: '"compared to a recent lesion-aware data augmentation technique, ZorbMix.": a mentioned method at the sentence\'s end', title: 'Subject-Specific Lesion Generation', text: 'We propose ZorbGen. Augmenting with our images improves segmentation compared to a recent lesion-aware data augmentation technique, ZorbMix.', field: 'methods_mentioned', has: ['ZorbMix'] },
    { why: '... while "a novel augmentation technique, ZorbMix," of the paper\'s own is no mention', title: 'Subject-Specific Lesion Generation', text: 'We propose a novel augmentation technique, ZorbMix, for lesions.', field: 'methods_mentioned', not: ['ZorbMix'] },
  ]);
});

describe('fourteenth round: a figure in parentheses after each compared name', () => {
  check<NamedField>([
    { why: '"higher than ZorbLogit (0.726), ZorbEnergy (0.724), and ZS OOD (0.476)": the figures do not end the list', title: 'Out-of-Distribution Detection in Radiographs', text: 'We propose ZorbIDV. ZorbIDV had an AUC of 0.913, which was higher than ZorbLogit (0.726), ZorbEnergy (0.724), and ZS OOD (0.476).', field: 'methods_mentioned', has: ['ZorbLogit', 'ZorbEnergy', 'ZS OOD'] },
  ]);
});

describe('fourteenth round: the unknown names of a list of known methods', () => {
  check<NamedField>([
    { why: '"this work evaluates SSIM Autoencoder, CFLOW, STFPM, ZORBOCE, and DRAEM performances": peers of known methods are methods', title: 'Automatic Defect Detection in Leather', text: 'Moreover, this work evaluates SSIM Autoencoder, CFLOW, STFPM, ZORBOCE, and DRAEM performances on leather defects.', field: 'methods_mentioned', has: ['ZORBOCE', 'SSIM Autoencoder', 'DRAEM'] },
    { why: '... "saliency maps, ZorbGrad, Integrated Gradients, ZradSHAP, and Grad-CAM" too, past the lower-case items', title: 'Faithful Explanations in Acoustic Anomaly Detection', text: 'We applied several attribution methods, including error maps, saliency maps, ZorbGrad, Integrated Gradients, ZradSHAP, and Grad-CAM.', field: 'methods_mentioned', has: ['ZorbGrad', 'ZradSHAP'] },
    { why: '... but not a list that also names data ("PatchCore and PaDiM on MVTec AD, VisA and ZorbData")', title: 'Benchmarking Zorb Detection', text: 'We run PatchCore, PaDiM, MVTec AD, VisA and ZORBDATA in one table.', field: 'methods_mentioned', not: ['ZORBDATA'] },
  ]);
});

describe('fourteenth round: the unknown names of a list of known data sets', () => {
  check<NamedField>([
    { why: '"CIFAR-100, SVHN, ZorbNet2010, Places365, or ImageNet-O (as outliers)": a peer of known data sets is data', title: 'Why OOD Detection Does Not Like Zorbs', text: 'We used CIFAR-10 as known data, and CIFAR-100, SVHN, ZorbNet2010, Places365, or ImageNet-O as outliers.', field: 'datasets', has: ['ZorbNet2010'] },
    { why: '... and not a method', title: 'Why OOD Detection Does Not Like Zorbs', text: 'We used CIFAR-10 as known data, and CIFAR-100, SVHN, ZorbNet2010, Places365, or ImageNet-O as outliers.', field: 'methods_mentioned', not: ['ZorbNet2010'] },
  ]);
});

describe('fourteenth round: a second proposal named with a whole method\'s head', () => {
  check<NamedField>([
    { why: '"Finally, ..., we propose the ZorbRa-Loc method, a novel approach ...": a whole method after the first, no part', title: 'Low Rank Transformer for Time Series Anomaly Detection and Localization', text: 'We propose ZorbRa-T, a transformer. Finally, to enable anomaly localization, we propose the ZorbRa-Loc method, a novel approach that associates anomalies to variables.', field: 'methods_proposed', has: ['ZorbRa-T', 'ZorbRa-Loc'] },
    { why: '... while "Finally, we design a ZorbAttn module" stays a part', title: 'Low Rank Transformer for Time Series Anomaly Detection and Localization', text: 'We propose ZorbRa-T, a transformer. Finally, we design a ZorbAttn module to fuse features.', field: 'methods_proposed', not: ['ZorbAttn'] },
  ]);
});

describe('fourteenth round: a quoted name the proposal sets off as a method', () => {
  check<NamedField>([
    { why: 'We introduce "Ask a Zorb", a novel hallucination detection method: the quotes hold the name, function words and all', title: 'Ask a Zorb: Detecting Hallucinations With Model Divergence', text: 'We introduce "Ask a Zorb", a novel hallucination detection method exploiting the surprise of specialized models.', field: 'methods_proposed', has: ['Ask a Zorb'] },
    { why: '... not a quoted slogan the sentence does not call a method', title: 'Detecting Hallucinations', text: 'We introduce "Know What You Know" as a guiding principle for detectors.', field: 'methods_proposed', not: ['Know What You Know'] },
  ]);
});

describe('fourteenth round: the unknown names of a list of known models', () => {
  check<NamedField>([
    { why: '"vision models such as ResNet-18, MobileNet-V3, ZorbNet-V2, Convnext-Zorb, GoogLeNet": peers of known models are models', title: 'Deepfake Audio Detection Using Spectrograms', text: 'The second approach is transfer learning from computer vision models such as ResNet-18, MobileNet-V3, ZorbNet-V2, Convnext-Zorb, GoogLeNet, RegNet.', field: 'models', has: ['ZorbNet-V2', 'Convnext-Zorb'] },
    { why: '... not methods', title: 'Deepfake Audio Detection Using Spectrograms', text: 'The second approach is transfer learning from computer vision models such as ResNet-18, MobileNet-V3, ZorbNet-V2, Convnext-Zorb, GoogLeNet, RegNet.', field: 'methods_mentioned', not: ['ZorbNet-V2', 'Convnext-Zorb'] },
    { why: '... and the paper\'s own name in such a list stays its method', title: 'ZorbFormer: Deformable Attention for Video Anomaly Detection', text: 'ZorbFormer outperforms baselines on UCF-Crime, XD-Violence, and ShanghaiTech.', field: 'methods_proposed', has: ['ZorbFormer'] },
  ]);
});

describe('fourteenth round: a known data set hyphened to a short part is a variant of it', () => {
  check<NamedField>([
    { why: '"the comprehensive TSB-AD-M benchmark": the multivariate part of TSB-AD, named as written', title: 'ZorbLSTMAD: A Method for Anomaly Detection', text: 'We evaluate our method on the comprehensive TSB-AD-M benchmark, which spans 17 real-world datasets.', field: 'datasets', has: ['TSB-AD-M'] },
    { why: '... but "MIAS-SAM" is a method built on SAM, no data set', title: 'Zorb Mammography Segmentation', text: 'We propose MIAS-SAM, which adapts SAM to mammograms.', field: 'datasets', not: ['MIAS-SAM', 'MIAS'] },
  ]);
});

describe('fourteenth round: "&" between listed names; knowledge-graph benchmarks', () => {
  check<NamedField>([
    { why: '"benchmarks (HR-ZorbTech & HR-Quxnormal)": "&" joins two items', title: 'Motion Guided Normalizing Flow for Video Anomaly Detection', text: 'Extensive experiments on benchmarks (HR-ZorbTech & HR-Quxnormal) demonstrate that ZorbFlow works.', field: 'datasets', has: ['HR-ZorbTech', 'HR-Quxnormal'] },
    { why: '"three real-world KGs: WN18RR, FB15K, and NELL-995" are the standard knowledge-graph benchmarks', title: 'ZorbKG: Anomaly Detection in Knowledge Graphs', text: 'We conduct empirical studies on three real-world KGs: WN18RR, FB15K, and NELL-995.', field: 'datasets', has: ['WN18RR', 'FB15k', 'NELL-995'] },
  ]);
});

describe('fourteenth round: a counted data word, what it is for, then its names', () => {
  check<NamedField>([
    { why: '"on two standard benchmarks for few-shot logical anomaly detection, MVTec LOCO and ZAD-SD": the names after the comma', title: 'ZorbCore: Few-shot Logical Anomaly Detection', text: 'ZorbCore improves over prior methods on two standard benchmarks for few-shot logical anomaly detection, MVTec LOCO and ZAD-SD, attaining high AUROC.', field: 'datasets', has: ['ZAD-SD'] },
    { why: '... not a clause after the comma', title: 'ZorbCore: Few-shot Logical Anomaly Detection', text: 'We use three datasets from different domains, Which is a choice we explain.', field: 'datasets', not: ['Which'] },
  ]);
});

describe('fourteenth round: a "...Bench" the abstract calls a framework is a method, wherever the title names it', () => {
  check<NamedField>([
    { why: '"ZorbBench: Controlled Evaluation of ..." and then "We introduce ZorbBench, a simulation-based framework": the framework is the method', title: 'ZorbBench: Controlled Evaluation of LLM Agents for Root-Cause Attribution', text: 'We introduce ZorbBench, a simulation-based framework for generating controlled root-cause attribution tasks.', field: 'methods_proposed', has: ['ZorbBench'] },
    { why: '... so it is no data set', title: 'ZorbBench: Controlled Evaluation of LLM Agents for Root-Cause Attribution', text: 'We introduce ZorbBench, a simulation-based framework for generating controlled root-cause attribution tasks.', field: 'datasets', not: ['ZorbBench'] },
    { why: '... while "ZorbBench, a benchmark of 2,000 clips" stays data', title: 'ZorbBench: Video Anomaly Understanding', text: 'We introduce ZorbBench, a benchmark of 2,000 annotated clips.', field: 'datasets', has: ['ZorbBench'] },
  ]);
  check<FacetField>([
    { why: '... and the paper is an evaluation either way', title: 'ZorbBench: Controlled Evaluation of LLM Agents for Root-Cause Attribution', text: 'We introduce ZorbBench, a simulation-based framework for generating controlled root-cause attribution tasks.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('fourteenth round: a data word modifying a method\'s head', () => {
  check<NamedField>([
    { why: '"we present ZorbOps, a novel hybrid database O&M system": a system for databases, no data set', title: 'ZorbOps: A Reasoning LLM-Enhanced Database Operation and Maintenance System', text: 'We present ZorbOps, a novel hybrid database O&M system that combines reasoning LLMs with knowledge graphs.', field: 'methods_proposed', has: ['ZorbOps'] },
    { why: '... so no data', title: 'ZorbOps: A Reasoning LLM-Enhanced Database Operation and Maintenance System', text: 'We present ZorbOps, a novel hybrid database O&M system that combines reasoning LLMs with knowledge graphs.', field: 'datasets', not: ['ZorbOps'] },
    { why: '... while "we release ZorbSet, a new benchmark of 500 scenes" is data', title: 'Zorb Scenes', text: 'We release ZorbSet, a new benchmark of 500 annotated scenes.', field: 'datasets', has: ['ZorbSet'] },
  ]);
});

describe('fourteenth round: a counted list of proposed metrics', () => {
  check<NamedField>([
    { why: '"We introduce two novel metrics to assess hallucinations: Zorbness and Quxness": capitalised words so listed are the paper\'s metrics', title: 'ZorbPoll: Hallucination Detection', text: 'We introduce two novel metrics to assess LLM hallucinations: Zorbness and Quxness.', field: 'methods_proposed', has: ['Zorbness', 'Quxness'] },
  ]);
  check<FacetField>([
    { why: '... and they are metrics', title: 'ZorbPoll: Hallucination Detection', text: 'We introduce two novel metrics to assess LLM hallucinations: Zorbness and Quxness.', field: 'metrics', has: ['Zorbness', 'Quxness'] },
  ]);
});

describe('fourteenth round: a capitalised phrase set off after a new kind of method', () => {
  check<NamedField>([
    { why: '"we present a new anomaly detection algorithm, the Zorb Detection Forest, optimized for ...": the phrase names it', title: 'Zorb Detection Forest', text: 'In this paper, we present a new anomaly detection algorithm, the Zorb Detection Forest, optimized for the one-class learning problem.', field: 'methods_proposed', has: ['Zorb Detection Forest'] },
    { why: '"We develop a new machine learning algorithm, Via Zorbinae, to identify ..." too', title: 'Searching for Stellar Streams', text: 'We develop a new machine learning algorithm, Via Zorbinae, to identify cold stellar streams in data from the Gaia telescope.', field: 'methods_proposed', has: ['Via Zorbinae'] },
    { why: '... not a generic class set off the same way ("a new detection algorithm, Graph Neural Networks, which ...")', title: 'Traffic Anomalies', text: 'We develop a new detection algorithm, Graph Neural Networks, which we apply to traffic.', field: 'methods_proposed', not: ['Graph Neural Networks'] },
  ]);
});

describe('fourteenth round: "The resulting method, X," is the paper\'s own', () => {
  check<NamedField>([
    { why: '"The resulting method, ZAMCD, obtains superior accuracy": what the paper arrives at', title: 'Adapting Segment Anything for Change Detection', text: 'We adapt a foundation model to change detection. The resulting method, ZAMCD, obtains superior accuracy compared to the SOTA methods.', field: 'methods_proposed', has: ['ZAMCD'] },
  ]);
});

describe('fourteenth round: model sizes after a space or in lower case, omni versions', () => {
  check<NamedField>([
    { why: '"Qwen 2.5 7B Instruct, and GPT-OSS 20B": a size after a space, then a tier, is part of the model named', title: 'Security Log Anomaly Detection', text: 'Three instruction-tuned LLMs, Qwen 2.5 7B Instruct, and GPT-OSS 20B, were evaluated.', field: 'models', has: ['Qwen 2.5 7B Instruct', 'GPT-OSS 20B'] },
    { why: '"ChatGPT-4o, LLaVa-13b": an omni version and a lower-case size', title: 'Zero-Shot Anomaly Detection in Thermal Images', text: 'We evaluate three VQA models (ChatGPT-4o, LLaVa-13b, and BLIP-2).', field: 'models', has: ['ChatGPT-4o', 'LLaVa-13b', 'BLIP-2'] },
  ]);
});

describe('fourteenth round: what a proposal is trained with or built on', () => {
  check<NamedField>([
    { why: '"combines a feature extractor trained via Deep Support Vector Data Description (DeepSVDD) with ...": the training objective is used, not proposed', title: 'ZORB-HIDS: A Lightweight Intrusion Detection Framework', text: 'This paper proposes ZORB-HIDS, a lightweight framework that combines a compressed feature extractor trained via Deep Support Vector Data Description (DeepSVDD) with a novelty detector.', field: 'methods_mentioned', has: ['Deep SVDD'] },
    { why: '... so not proposed', title: 'ZORB-HIDS: A Lightweight Intrusion Detection Framework', text: 'This paper proposes ZORB-HIDS, a lightweight framework that combines a compressed feature extractor trained via Deep Support Vector Data Description (DeepSVDD) with a novelty detector.', field: 'methods_proposed', not: ['Deep SVDD'] },
    { why: '"a novel approach that integrates X into the ZorbSeedNSA algorithm": the algorithm it builds on is mentioned', title: 'Quantum Optimization for Negative Selection', text: 'This paper presents QZNSA, a novel approach that integrates a quantum optimizer into the ZorbSeedNSA algorithm, replacing its classical optimization.', field: 'methods_mentioned', has: ['ZorbSeedNSA'] },
  ]);
});

describe('fourteenth round: a method the paper applies, made by others', () => {
  check<NamedField>([
    { why: '"We apply the model-agnostic anomaly detection method Zathode - originally developed for particle physics": mentioned', title: 'A Search for Stellar Streams in Gaia', text: 'We apply the model-agnostic anomaly detection method Zathode - originally developed for particle physics - to search for stellar streams.', field: 'methods_mentioned', has: ['Zathode'] },
    { why: '... not proposed', title: 'A Search for Stellar Streams in Gaia', text: 'We apply the model-agnostic anomaly detection method Zathode - originally developed for particle physics - to search for stellar streams.', field: 'methods_proposed', not: ['Zathode'] },
    { why: '... while "we develop a new detection method ZorbStream for ..." is the paper\'s own', title: 'A Search for Stellar Streams in Gaia', text: 'We develop a new anomaly detection method ZorbStream for stellar streams.', field: 'methods_proposed', has: ['ZorbStream'] },
  ]);
});

describe('fourteenth round: GraphSAGE is a named method', () => {
  check<NamedField>([
    { why: '"Euclidean methods like DOMINANT and GraphSage struggle": a specific named architecture, mentioned (the dev gold: four mentions to two ignores)', title: 'Hyperbolic Graph Embeddings for Anomaly Detection', text: 'In contrast, Euclidean methods like DOMINANT and GraphSage struggle with complex data.', field: 'methods_mentioned', has: ['GraphSAGE'] },
  ]);
});

describe('fourteenth round: a known method the proposal integrates is used', () => {
  check<NamedField>([
    { why: '"we propose ZorbLog, a novel framework that integrates Elastic Weight Consolidation (EWC) for continual learning": EWC is used', title: 'Distributed Log Anomaly Detection', text: 'We propose ZorbLog, a novel practical framework that integrates Elastic Weight Consolidation (EWC) for continual learning.', field: 'methods_mentioned', has: ['EWC'] },
    { why: '... so not proposed', title: 'Distributed Log Anomaly Detection', text: 'We propose ZorbLog, a novel practical framework that integrates Elastic Weight Consolidation (EWC) for continual learning.', field: 'methods_proposed', not: ['EWC'], has: ['ZorbLog'] },
    { why: '... while "integrates a novel Zorb Attention Module (ZAM)" is the paper\'s own part, never a mention', title: 'Distributed Log Anomaly Detection', text: 'We propose ZorbLog, a framework that integrates a novel Zorb Attention Module (ZAM).', field: 'methods_mentioned', not: ['ZAM'] },
  ]);
});

describe('fourteenth round: lower-case words are no ambiguous data name', () => {
  check<NamedField>([
    { why: '"using the IBM credit card transaction dataset": "credit card" squashes to "creditcard" but names no Kaggle set', title: 'Graph Neural Networks in Fraud Detection Workflows', text: 'Our experiments are conducted using the IBM credit card transaction dataset to evaluate the approach.', field: 'datasets', not: ['Credit Card Fraud'] },
    { why: '... while "the Credit Card Fraud dataset" names it', title: 'Fraud Detection with Autoencoders', text: 'Our experiments are conducted on the Credit Card Fraud dataset.', field: 'datasets', has: ['Credit Card Fraud'] },
  ]);
});

describe('fourteenth round: a size tier joined to a known model', () => {
  check<NamedField>([
    { why: '"using the BiT-S model": the small Big Transfer model, named as written', title: 'ZorbViM: Out-Of-Distribution with Virtual Logits', text: 'In particular, using the BiT-S model, our method gets an average AUROC of 90.91%.', field: 'models', has: ['BiT-S'] },
    { why: '... not a word going on ("BiT-Based features")', title: 'ZorbViM: Out-Of-Distribution with Virtual Logits', text: 'We use BiT-Based features for scoring.', field: 'models', not: ['BiT-B'] },
  ]);
});

describe('fourteenth round: others\' state-of-the-art methods named beside the proposal', () => {
  check<NamedField>([
    { why: '"an AUC increase on VinDr-CXR over ZARZero, the state-of-the-art zero-shot classification baseline": mentioned', title: 'ZORB-CLIP: Improving Normal Detection in Radiology', text: 'ZORB-CLIP achieves a 0.61 AUC increase on VinDr-CXR over ZARZero, the state-of-the-art zero-shot classification baseline.', field: 'methods_mentioned', has: ['ZARZero'] },
    { why: '... not "the specially designed ZCA-agent, the best-performing model, Claude 3.5": the apposition is the next name\'s', title: 'ZorbRCA: Can Language Models Locate Root Causes?', text: 'Even with the specially designed ZCA-agent, the best-performing model, Claude 3.5, solved only 11% of cases.', field: 'methods_mentioned', not: ['ZCA-agent'] },
    { why: '"we propose generalization techniques for the state-of-the-art transformer-based model, AnomalyClip": a known method others made', title: 'Enhancing Generalization in Video Anomaly Detection', text: 'In this work, we propose novel generalization techniques for the state-of-the-art transformer-based model, AnomalyClip.', field: 'methods_mentioned', has: ['AnomalyCLIP'] },
    { why: '... so not proposed', title: 'Enhancing Generalization in Video Anomaly Detection', text: 'In this work, we propose novel generalization techniques for the state-of-the-art transformer-based model, AnomalyClip.', field: 'methods_proposed', not: ['AnomalyCLIP'] },
  ]);
});

describe('fourteenth round: a second reader against the list rules', () => {
  check<NamedField>([
    { why: '"Across four benchmarks, ZorbFraud consistently beats ...": a counted data word then one name is no list of data', title: 'Graph Fraud Detection', text: 'We design a graph learner, ZorbFraud. Across four benchmarks, ZorbFraud consistently beats CARE-GNN and PC-GNN.', field: 'datasets', not: ['ZorbFraud'] },
    { why: '"In extensive experiments on three datasets, ZorbNet outperforms PatchCore" too', title: 'Industrial Inspection', text: 'Industrial inspection needs fast detectors. In extensive experiments on three datasets, ZorbNet outperforms PatchCore.', field: 'datasets', not: ['ZorbNet'] },
    { why: '"On both benchmarks, MVTec AD and VisA, QuuxAD surpasses DRAEM": the list of data ends at the item after "and"', title: 'Industrial Inspection', text: 'On both benchmarks, MVTec AD and VisA, QuuxAD surpasses DRAEM.', field: 'datasets', not: ['QuuxAD'] },
    { why: '"Baselines include DeepLog, LogAnomaly, CNN-LSTM and 1D-CNN": generic architectures among known methods stay generic', title: 'Log Anomaly Detection', text: 'Baselines include DeepLog, LogAnomaly, CNN-LSTM, GRU-AE and 1D-CNN.', field: 'methods_mentioned', not: ['CNN-LSTM', 'GRU-AE', '1D-CNN'] },
  ]);
});

describe('fourteenth round: a title head the abstract writes in lower case is a topic', () => {
  check<NamedField>([
    { why: '"Concept Drift: Detecting Anomalies in Evolving Streams" with "we study concept drift": a topic the abstract writes in lower case', title: 'Concept Drift: Detecting Anomalies in Evolving Streams', text: 'We study concept drift in streams and propose a detector.', field: 'methods_proposed', not: ['Concept Drift'] },
    { why: '... while a head the abstract repeats with its capitals names the method', title: 'Zorb Drift: Detecting Anomalies in Evolving Streams', text: 'We propose Zorb Drift, a detector. Zorb Drift adapts to streams.', field: 'methods_proposed', has: ['Zorb Drift'] },
  ]);
});

describe('fourteenth round: a second reader against the proposal and comparison rules', () => {
  check<NamedField>([
    { why: '"Finally, we propose the Adaptive Quux Thresholding (AQT) method": a whole method\'s head after the acronym', title: 'Zorb Detection', text: 'We propose ZorbNet. Finally, we propose the Adaptive Quux Thresholding (AQT) method to set thresholds.', field: 'methods_proposed', has: ['AQT'] },
    { why: '"outperforms a recent baseline, QuuxBase." names a baseline', title: 'Zorb Detection', text: 'Our method outperforms a recent baseline, QuuxBase.', field: 'methods_mentioned', has: ['QuuxBase'] },
    { why: '"PaDiM (ICPR 2021) and QuuxAD (AAAI 2024)": a venue and year do not end the list', title: 'Zorb Detection', text: 'ZorbNet outperforms PatchCore (CVPR 2022), PaDiM (ICPR 2021) and QuuxAD (AAAI 2024).', field: 'methods_mentioned', has: ['QuuxAD'] },
    { why: '"QuuxA [12], QuuxB [13] and QuuxC [14]": nor do citations', title: 'Zorb Detection', text: 'ZorbNet outperforms QuuxA [12], QuuxB [13] and QuuxC [14].', field: 'methods_mentioned', has: ['QuuxA', 'QuuxB', 'QuuxC'] },
    { why: "single quotes and LaTeX quotes hold a name too (\"We introduce 'Ask a Zorb', a novel ... method\")", title: 'Zorb Detection', text: "We introduce 'Ask a Zorb', a novel hallucination detection method.", field: 'methods_proposed', has: ['Ask a Zorb'] },
    { why: '... and a relative clause after the quotes', title: 'Zorb Detection', text: 'We introduce "Ask a Zorb", which detects hallucinations.', field: 'methods_proposed', has: ['Ask a Zorb'] },
  ]);
});

describe('fourteenth round: a relative clause naming someone\'s data does not make the proposal data', () => {
  check<NamedField>([
    { why: '"We propose ZorbNet, which outperforms PatchCore on the MVTec AD dataset": the method, evaluated on named data', title: 'Zorb Detection', text: 'We propose ZorbNet, which outperforms PatchCore on the MVTec AD dataset.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '... not an introduced data set', title: 'Zorb Detection', text: 'We present ZorbNet, which we evaluate on the MVTec AD benchmark.', field: 'datasets', not: ['ZorbNet'] },
    { why: '... while "we propose Zorbs-FS-X, which extends these evaluations to real-world datasets" stays data', title: 'A Benchmark for Real-World OOD Detection', text: 'Finally, we propose Zorbs-FS-X, which extends these evaluations to real-world datasets.', field: 'datasets', has: ['Zorbs-FS-X'] },
  ]);
});

describe('fourteenth round: a "...Bench" the proposal is evaluated on', () => {
  check<NamedField>([
    { why: '"We propose ZorbNet and evaluate it on ADBench": evaluated data, not introduced', title: 'Zorb Detection', text: 'We propose ZorbNet and evaluate it on ADBench.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
  it('ADBench is evaluated there, and "the Owl-Bench established by us" introduced', () => {
    const a = extractEntities({ id: 'a', title: 'Zorb Detection', abstract: 'We propose ZorbNet and evaluate it on ADBench.' } as Paper);
    expect(a.datasets.find((d) => d.name === 'ADBench')?.role).toBe('evaluated');
    const b = extractEntities({ id: 'b', title: 'ZWL: A Language Model for IT Operations', abstract: 'Further, we evaluate the performance of ZWL on the Zwl-Bench established by us and open benchmarks.' } as Paper);
    expect(b.datasets.find((d) => d.name === 'Zwl-Bench')?.role).toBe('introduced');
  });
});

describe('fourteenth round: a known model and its backbone are no baseline', () => {
  check<NamedField>([
    { why: '"We propose ZorbCLIP, which builds on CLIP ViT-L/14": the model and its backbone, no method "CLIP ViT-L"', title: 'ZorbCLIP for Zero-Shot Anomaly Detection', text: 'We propose ZorbCLIP, which builds on CLIP ViT-L/14 to localize anomalies.', field: 'methods_mentioned', not: ['CLIP ViT-L'] },
    { why: '... they are models', title: 'ZorbCLIP for Zero-Shot Anomaly Detection', text: 'We propose ZorbCLIP, which builds on CLIP ViT-L/14 to localize anomalies.', field: 'models', has: ['CLIP', 'ViT-L/14'] },
  ]);
});

describe('fourteenth round: pluses after a known name', () => {
  check<NamedField>([
    { why: '"the Elliptic++ cryptocurrency dataset": the extended data set, named as written', title: 'Temporal Graph Attention for Cryptocurrency Fraud', text: 'Experiments on the Elliptic++ cryptocurrency dataset demonstrate that ZorbGAT achieves an AUC of 0.913.', field: 'datasets', has: ['Elliptic++'] },
    { why: '"Mahalanobis++: Improving OOD Detection ..." proposes Mahalanobis++, not the Mahalanobis distance', title: 'Mahalanobis++: Improving OOD Detection via Feature Normalization', text: 'We propose Mahalanobis++, which normalizes features before the Mahalanobis distance.', field: 'methods_proposed', has: ['Mahalanobis++'] },
    { why: '... while "the GCN+GRU framework" keeps both generic parts (no name)', title: 'Explaining Dynamic Graph Detectors', text: 'We explain AddGraph, the foundational GCN+GRU framework for edge-level anomaly detection.', field: 'methods_mentioned', not: ['GCN+'] },
  ]);
});

describe('fourteenth round: each size of one model is its own', () => {
  check<NamedField>([
    { why: '"We fine-tune Qwen2.5-7B-Instruct and Qwen2.5-72B-Instruct": both sizes named', title: 'LLM Log Anomaly Detection', text: 'We fine-tune Qwen2.5-7B-Instruct and Qwen2.5-72B-Instruct.', field: 'models', has: ['Qwen2.5-7B-Instruct', 'Qwen2.5-72B-Instruct'] },
    { why: '"SAM-B and SAM-H encoders": both tiers', title: 'Zero-Shot Segmentation of Defects', text: 'We use SAM-B and SAM-H encoders.', field: 'models', has: ['SAM-B', 'SAM-H'] },
  ]);
});

describe('fourteenth round: a counted list of proposed metrics set off by a comma or a dash', () => {
  check<NamedField>([
    { why: '"We propose two new metrics, Zorbness and Quxness, to evaluate explanations"', title: 'Zorb Explanations', text: 'We propose two new metrics, Zorbness and Quxness, to evaluate explanations.', field: 'methods_proposed', has: ['Zorbness', 'Quxness'] },
    { why: '"two novel evaluation metrics, namely Zorb Recall and Quux Precision"', title: 'Zorb Explanations', text: 'We introduce two novel evaluation metrics, namely Zorb Recall and Quux Precision, for explanations.', field: 'methods_proposed', has: ['Zorb Recall', 'Quux Precision'] },
    { why: '... not "two new metrics, which we validate"', title: 'Zorb Explanations', text: 'We propose two new metrics, Which we validate.', field: 'methods_proposed', not: ['Which'] },
  ]);
  check<FacetField>([
    { why: '... and they are metrics', title: 'Zorb Explanations', text: 'We propose two new metrics, Zorbness and Quxness, to evaluate explanations.', field: 'metrics', has: ['Zorbness', 'Quxness'] },
  ]);
});

describe('fourteenth round: a capitalised phrase set off after a new kind of method, at the sentence end or before "and"', () => {
  check<NamedField>([
    { why: '"we propose a novel framework, the Zorb Memory Network."', title: 'Zorb Detection', text: 'In this paper, we propose a novel framework, the Zorb Memory Network.', field: 'methods_proposed', has: ['Zorb Memory Network'] },
    { why: '"..., the Zorb Memory Network, and evaluate it on MVTec AD"', title: 'Zorb Detection', text: 'We propose a novel framework, the Zorb Memory Network, and evaluate it on MVTec AD.', field: 'methods_proposed', has: ['Zorb Memory Network'] },
    { why: '"..., tailored to sensors"', title: 'Zorb Detection', text: 'We propose a new method, the Quux Consistency Network, tailored to sensors.', field: 'methods_proposed', has: ['Quux Consistency Network'] },
  ]);
});

describe('fourteenth round: a method the paper applies, set off as made by others', () => {
  check<NamedField>([
    { why: '"We apply ZorbScore, a method originally developed for image retrieval, to OOD detection": mentioned', title: 'OOD Detection with Retrieval Scores', text: 'We apply ZorbScore, a method originally developed for image retrieval, to OOD detection.', field: 'methods_mentioned', has: ['ZorbScore'] },
    { why: '... not proposed; "We propose ZorbScore, a method for OOD detection" is', title: 'OOD Detection with Retrieval Scores', text: 'We apply ZorbScore, a method originally developed for image retrieval, to OOD detection.', field: 'methods_proposed', not: ['ZorbScore'] },
  ]);
});

describe('fourteenth round: question answering is a kind of data', () => {
  check<NamedField>([
    { why: '"three Q&A datasets: TriviaQA, SQuAD and Natural Questions": Q&A is the kind, not a data set', title: 'Hallucination Detection in QA', text: 'We evaluate on three Q&A datasets: TriviaQA, SQuAD and Natural Questions.', field: 'datasets', not: ['Q&A'], has: ['TriviaQA', 'SQuAD'] },
  ]);
});

describe('fourteenth round: counted kinds of method with their names; what is compared with what', () => {
  check<NamedField>([
    { why: '"using two generative time series models ZRNN and GRU-ZF": a counted kind of method, then its names', title: 'Real-Time Video Motion Transfer', text: 'We forecast keypoints using two generative time series models ZRNN and GRU-ZF.', field: 'methods_mentioned', has: ['ZRNN', 'GRU-ZF'] },
    { why: '... the paper\'s own when the proposal counts them', title: 'Zorb Detection', text: 'We propose two models ZorbA and ZorbB for detection.', field: 'methods_proposed', has: ['ZorbA', 'ZorbB'] },
    { why: '"by comparing Time-Conditioned Zorb Matching (TCZM) with Forest-Zorb": both compared methods are mentioned', title: 'Flow Matching for Tabular Anomaly Detection', text: 'We study flow matching under contaminated training data by comparing Time-Conditioned Zorb Matching (TCZM) with Forest-Zorb and evaluating scores.', field: 'methods_mentioned', has: ['TCZM', 'Forest-Zorb'] },
  ]);
});

describe('fourteenth round: a known method with a short suffix; a benchmark paper with a baseline of its own', () => {
  check<NamedField>([
    { why: '"we propose Dinomaly-m, a ... extension of Dinomaly": the variant is the proposal, the known method mentioned', title: 'ZorbNet: A Large-Scale Multi-Domain Benchmark for Anomaly Detection', text: 'To address this, we propose Dinomaly-m, a context-guided Mixture-of-Experts extension of Dinomaly.', field: 'methods_proposed', has: ['Dinomaly-m'] },
  ]);
  check<FacetField>([
    { why: '"ZorbNet: A Large-Scale ... Benchmark for ..." is an evaluation though it proposes a baseline too', title: 'ZorbNet: A Large-Scale Multi-Domain Benchmark for Anomaly Detection', text: 'We introduce ZorbNet, a benchmark of 380 categories. To address its difficulty, we propose Dinomaly-m, a context-guided extension of Dinomaly.', field: 'settings', has: ['evaluation'] },
  ]);
});

describe('fourteenth round: a name after "the ... algorithm", or opening its sentence before the head noun', () => {
  check<NamedField>([
    { why: '"especially when employing the detection algorithm ZBRW": someone\'s method', title: 'Outlier Detection in Categorical Data', text: 'We compare solutions and show one is usually preferred, especially when employing the detection algorithm ZBRW.', field: 'methods_mentioned', has: ['ZBRW'] },
    { why: '"ZCOKE algorithm assigns a data object to multiple clusters": the subject names it', title: 'Overlapping Clustering for Outliers', text: 'ZCOKE algorithm assigns a data object to multiple clusters and is known for its simplicity.', field: 'methods_mentioned', has: ['ZCOKE'] },
    { why: '... not the paper\'s own acronym opening a later sentence ("ZOD algorithm achieves higher accuracy")', title: 'Index Based Zorb Outlier Detection', text: 'We exploit a candidate set based zorb outlier detection (ZOD) algorithm. ZOD algorithm achieves higher accuracy with comparable running time.', field: 'methods_mentioned', not: ['ZOD'] },
  ]);
});

describe('fourteenth round: a known data set inside a longer name with a letter code', () => {
  check<NamedField>([
    { why: '"Experiments on TSB-AD-U show gains": the univariate part of TSB-AD, though no data word follows', title: 'Zorb Time Series Detection', text: 'Experiments on TSB-AD-U show gains.', field: 'datasets', has: ['TSB-AD-U'] },
    { why: '"We evaluate on VisA-LT": a letter code after a known data set', title: 'Zorb Long-Tail Detection', text: 'We evaluate on VisA-LT.', field: 'datasets', has: ['VisA-LT'] },
  ]);
});

describe('fifteenth round: a coined name first met opening "X is a ... framework"', () => {
  check<NamedField>([
    { why: '"ZorbEvent is an end-to-end framework for event data": the thesis presents it (a hyphened "end-to-end" is no preposition)', title: 'Anomaly Detection and Root Cause Analysis for Microservice Systems', text: 'This thesis addresses these limitations. ZorbEvent is an end-to-end framework for event data. QUIRAI is a multimodal RCA framework that requires no call graph.', field: 'methods_proposed', has: ['ZorbEvent', 'QUIRAI'] },
    { why: '... not a name the abstract defined before ("evidential zorb learning (EZL). EZL is a DL approach")', title: 'Uncertainty for Jet Tagging', text: 'We study uncertainty based on evidential zorb learning (EZL) for jets. EZL is a DL approach that treats learning as evidence acquisition.', field: 'methods_proposed', not: ['EZL'] },
    { why: '... nor one the sentence calls popular', title: 'Outlier Study', text: 'Detection matters in practice. ZORF is a popular algorithm for outliers.', field: 'methods_proposed', not: ['ZORF'] },
  ]);
});

describe('fifteenth round: what the paper extends its own method to', () => {
  check<NamedField>([
    { why: '"and extend it to ZALARM, an advanced variant": the extension is the paper\'s too', title: 'Exploring Time-Series Anomaly Detection Evaluation', text: 'To close this gap, we propose ZLARM, a flexible metric that provably satisfies all properties, and extend it to ZALARM, an advanced variant meeting stricter requirements.', field: 'methods_proposed', has: ['ZLARM', 'ZALARM'] },
    { why: '"We further extend our model to R-ZUPID": the robust version is proposed', title: 'ZUPID: A Partitioned Quantum Neural Network for Anomaly Detection', text: 'We propose ZUPID, a partitioned quantum network. We further extend our model to R-ZUPID, which adds robustness.', field: 'methods_proposed', has: ['R-ZUPID'] },
    { why: '... not the setting it is extended to', title: 'ZorbNet for Anomaly Detection', text: 'We propose ZorbNet. We extend it to MVTec AD setting and beyond.', field: 'methods_proposed', not: ['MVTec AD'] },
  ]);
});

describe('fifteenth round: "our approach X" without a comma', () => {
  check<NamedField>([
    { why: '"Our approach ZorbOracle is based on ...": the paper\'s kind of method, then its name', title: 'Misbehaviour Prediction for Autonomous Driving Systems', text: 'Our approach ZorbOracle is based on a novel concept of self-assessment oracle.', field: 'methods_proposed', has: ['ZorbOracle'] },
    { why: '"our proposed method ANEMONE": a name the lexicon knows is still the paper\'s own here', title: 'From Unsupervised to Few-shot Graph Anomaly Detection', text: 'Experiments on benchmarks show that our proposed method ANEMONE outperforms the baselines.', field: 'methods_proposed', has: ['ANEMONE'] },
    { why: '... not a named part ("our framework ZorbNet module")', title: 'Zorb Detection', text: 'We propose ZorbDet. Our framework ZAM module refines features.', field: 'methods_proposed', not: ['ZAM'] },
  ]);
});

describe('fifteenth round: lists of data set off by dashes, opened by a known name, with release numbers', () => {
  check<NamedField>([
    { why: '"three industrial food inspection datasets—Carrot, Corn, and Pistachio—demonstrate": a counted list between dashes', title: 'Semi-Supervised Hyperspectral Food Anomaly Detection', text: 'Extensive experiments on three industrial food inspection datasets—Zarrot, Corn, and Pistachio—demonstrate that the proposed method outperforms baselines.', field: 'datasets', has: ['Zarrot', 'Corn', 'Pistachio'] },
    { why: '... not kinds of data with their data word inside ("four benchmarks-Brain, Retina, Lung, and Breast datasets-")', title: 'Medical Anomaly Detection with CLIP', text: 'Extensive experiments on four diverse benchmarks-Brain, Retina, Lung, and Breast datasets-demonstrate the effectiveness of our approach.', field: 'datasets', not: ['Brain', 'Retina', 'Lung', 'Breast'] },
    { why: '"ITD datasets-CERT r4.2, CERT r5.2, and ZicoDomain-demonstrate": a release number goes with its name, the list ends at the dash', title: 'Insider Threat Detection with LLM Agents', text: 'Comprehensive experiments conducted on three publicly available ITD datasets-CERT r4.2, CERT r5.2, and ZicoDomain-demonstrate the superiority of our method.', field: 'datasets', has: ['CERT r4.2', 'CERT r5.2', 'ZicoDomain'] },
    { why: '"four datasets, i.e., UCF crime, UCSD-Zeds, UMN, and ZityScene": a known name written in lower case opens the list of peers', title: 'Relational Learning for Video Anomaly Detection', text: 'We conduct experiments on four datasets, i.e., UCF crime, UCSD-Zeds, UMN, and ZityScene, and show state-of-the-art performance.', field: 'datasets', has: ['UCSD-Zeds', 'ZityScene'] },
    { why: '"on the ETTh1, ETTm1, and Weather benchmarks": the ETT subsets are named as written', title: 'Agentic Architecture Generation for Forecasting', text: 'Experiments on the ETTh1, ETTm1, and Weather benchmarks demonstrate gains.', field: 'datasets', has: ['ETTh1', 'ETTm1'], not: ['ETT'] },
  ]);
  check<NamedField>([
    { why: '... a figure after a metric is no release number ("versus ROC-AUC 0.7663")', title: 'One-Class Scoring in CWT Latent Space', text: 'Our score reaches 0.81, versus ROC-AUC 0.7663 and PR-AUC 0.52 for the baselines, ZorbA, ZorbB and ZorbC.', field: 'methods_mentioned', not: ['ROC-AUC 0.7663'] },
  ]);
});

describe('fifteenth round: baselines after "namely", and in parentheses', () => {
  check<NamedField>([
    { why: '"outperforms five established baselines, namely HDAD, ZDHD, One-Class SVM, ...": every named baseline', title: 'Zorb-AD: A Hybrid Model for Streaming Data', text: 'Furthermore, Zorb-AD consistently outperforms five established baselines, namely HDAD, ZDHD, One-Class SVM, Isolation Forest, and Autoencoders, across all evaluated datasets.', field: 'methods_mentioned', has: ['HDAD', 'ZDHD'] },
    { why: '"compared to state-of-the-art baselines (Zyberian, NetZuardian)": the baselines in parentheses, a capitalised word of no English too', title: 'Learning the APT Kill Chain', text: 'StageFinder reduces prediction volatility by 31% compared to state-of-the-art baselines (Zyberian, NetZuardian).', field: 'methods_mentioned', has: ['Zyberian', 'NetZuardian'] },
    { why: '... not operating systems named as examples ("systems such as Linux, Windows and Android")', title: 'System Calls for Malware Detection', text: 'We collect system calls from operating systems such as Linux, Windows and Android.', field: 'methods_mentioned', not: ['Linux', 'Windows', 'Android'] },
  ]);
});

describe('fifteenth round: compare with, copula models, naming verbs, checkpoint names as written', () => {
  check<NamedField>([
    { why: '"We compare with CheckZ2, GUNZ, and ..." names the baselines ("compare with", not only "compared with")', title: 'Chimera Detection in Genomes', text: 'We compare with CheckZ2, GUNZ, and Conterminator on simulated chimeric genomes.', field: 'methods_mentioned', has: ['CheckZ2', 'GUNZ'] },
    { why: '"HEPZlow is a normalizing-flow model for ...": a coined name first met as a model is the paper\'s', title: 'Background Estimation in Resonant Searches', text: 'Resonant searches need background estimates. HEPZlow is a normalizing-flow model for background estimation in resonant new-physics searches.', field: 'methods_proposed', has: ['HEPZlow'] },
    { why: '"a new detector that we coin GlitchZunter": coining names', title: 'Glitch Classification for Gravitational Waves', text: 'This yields a new detector that we coin GlitchZunter, which generalises to new glitch classes.', field: 'methods_proposed', has: ['GlitchZunter'] },
    { why: '"and name the resulting system CALZ-Grid"', title: 'Grid Forecasting', text: 'We instantiate it on top of a temporal fusion transformer and name the resulting system CALZ-Grid.', field: 'methods_proposed', has: ['CALZ-Grid'] },
  ]);
  check<NamedField>([
    { why: 'a checkpoint\'s qualifiers as written: "DeBERTa-large", "Llama-2-7B-chat", "Gemma-2-9B-it"', title: 'LLM Detection', text: 'We use DeBERTa-large, Llama-2-7B-chat and Gemma-2-9B-it as backbones.', field: 'models', has: ['DeBERTa-large', 'Llama-2-7B-chat', 'Gemma-2-9B-it'] },
    { why: '"Phi-3.5-mini-instruct", "Mistral-7B-Instruct-v0.2", "WavLM Large", "MOMENT-1-large"', title: 'LLM Detection', text: 'We evaluate Phi-3.5-mini-instruct and Mistral-7B-Instruct-v0.2, with features from MOMENT-1-large and WavLM Large.', field: 'models', has: ['Phi-3.5-mini-instruct', 'Mistral-7B-Instruct-v0.2', 'MOMENT-1-large', 'WavLM Large'] },
    { why: '... not a date stamp, nor a pronoun after a space ("GPT-4o-2024-08-06", "use GPT-4 it")', title: 'LLM Detection', text: 'We query GPT-4o-2024-08-06 and find it strong.', field: 'models', has: ['GPT-4o'] },
  ]);
});

describe('fifteenth round: facets of the paper\'s own evaluation, and of prior work set against its own setting', () => {
  check<FacetField>([
    { why: '"We systematically evaluate ZorbDiff on BraTS 2021": the paper evaluating its own method by name is no evaluation study', title: 'ZorbDiff: Wavelet Diffusion for Brain MRI Anomaly Detection', text: 'We propose ZorbDiff, a denoising diffusion model for unsupervised anomaly detection in brain MRI. We systematically evaluate ZorbDiff on BraTS 2021 and ATLAS.', field: 'settings', not: ['evaluation'] },
    { why: '"Weakly-supervised ... methods require video-level labels ... We instead propose ..., a fully unsupervised framework": the prior setting is not the paper\'s', title: 'Motion Cues for Video Anomaly Detection', text: 'Weakly-supervised video anomaly detection methods require video-level labels, which are expensive to collect. We instead propose ZorbGuard, a fully unsupervised framework that learns from normal videos.', field: 'settings', has: ['unsupervised'], not: ['weakly-supervised'] },
  ]);
});

describe('fifteenth round: security stated as firewalls, tampering, attack types, physical-layer security', () => {
  check<FacetField>([
    { why: '"Web Application Firewalls are crucial for protecting web applications"', title: 'Adaptive Dual-Layer Web Application Firewall Leveraging Machine Learning', text: 'Web Application Firewalls are crucial for protecting web applications against a wide range of threats.', field: 'domains', has: ['security'] },
    { why: '"physical layer security ... anti-tampering solutions"', title: 'Anomaly Detection for Sensing', text: 'Various approaches in the field of physical layer security involve anomaly detection, such as authentication and anti-tampering solutions.', field: 'domains', has: ['security'] },
    { why: '"The method is evaluated under multiple typical attack types"', title: 'Behavioral Anomaly Detection in Distributed Systems via Federated Learning', text: 'The method is evaluated under multiple typical attack types.', field: 'domains', has: ['security'] },
    { why: '... not "deep prompt injection" of a model\'s own prompts', title: 'Audio Deepfake Detection with Prompt Tuning', text: 'By integrating base, frequency, and texture streams through deep prompt injection, our model captures acoustic artifacts.', field: 'domains', not: ['security'] },
  ]);
});

describe('fifteenth round: computing systems stated as clusters, databases, CI pipelines, DevOps', () => {
  check<FacetField>([
    { why: '"Due to the increasing complexity of computing clusters"', title: 'Detection of Cluster Anomalies With ML Techniques', text: 'Due to the increasing complexity of computing clusters, it becomes more challenging to identify erroneous behavior inside them.', field: 'domains', has: ['computing-systems'] },
    { why: '"slow queries in cloud database systems"', title: 'Ranking Root Causes of Slow Queries', text: 'With the continued migration of storage to cloud database systems, the impact of slow queries on services grows.', field: 'domains', has: ['computing-systems'] },
    { why: '"unsupervised anomaly detection in continuous integration pipelines"', title: 'Build Failure Analysis', text: 'We study unsupervised anomaly detection in continuous integration pipelines of embedded software.', field: 'domains', has: ['computing-systems'] },
  ]);
});

describe('fifteenth round: techniques and settings the paper sets aside', () => {
  check<FacetField>([
    { why: '"does not use graph neural networks": a generic name\'s technique, negated', title: 'Zorb Detection on Attributed Graphs', text: 'We propose an anomaly detector for attributed graphs that does not use graph neural networks.', field: 'techniques', not: ['graph-neural-network'] },
    { why: '"No fine-tuning, prompt learning or auxiliary data are required": every item of the list opened by "No"', title: 'Zorb Detection', text: 'We propose ZorbAD for industrial images. No fine-tuning, prompt learning or auxiliary data are required.', field: 'techniques', not: ['prompt-learning', 'fine-tuning'] },
    { why: '"Our method does not rely on anomaly synthesis"', title: 'Zorb Detection', text: 'We propose ZorbAD for industrial images. Our method does not rely on anomaly synthesis.', field: 'settings', not: ['anomaly-generation'] },
    { why: '... but "existing GCN-based methods suffer from ..." still names the technique (the gold tags it)', title: 'Trajectory Dynamics for Graph Anomaly Detection', text: 'However, existing GCN-based methods suffer from contamination propagation through message passing.', field: 'techniques', has: ['graph-neural-network'] },
  ]);
});

describe('fifteenth round: roles of data tested on', () => {
  it('"We test on BDD100K ... and StreetHazards": data tested on is evaluated', () => {
    const r = extractEntities({ id: 't', title: 'Zorb Road Anomaly Segmentation', abstract: 'We propose ZorbSeg. We test on BDD100K and StreetHazards.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'StreetHazards')?.role).toBe('evaluated');
  });
  it('"We use CIFAR-10 as in-distribution and SVHN as out-of-distribution data": evaluated', () => {
    const r = extractEntities({ id: 't', title: 'Zorb OOD Scores', abstract: 'We propose ZorbScore. We use CIFAR-10 as in-distribution and SVHN as out-of-distribution data.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'SVHN')?.role).toBe('evaluated');
  });
});

describe('fifteenth round: coined names in lower case', () => {
  check<NamedField>([
    { why: '"We present zino4ad, a lightweight detector": a digit in a lower-case coined name', title: 'Frozen Features for Anomaly Detection', text: 'We present zino4ad, a lightweight detector built on frozen features.', field: 'methods_proposed', has: ['zino4ad'] },
    { why: '"We introduce gzpy-ssl, a self-supervised framework": a hyphened coined name', title: 'Glitch Classification', text: 'We introduce gzpy-ssl, a self-supervised framework for glitch classification.', field: 'methods_proposed', has: ['gzpy-ssl'] },
    { why: '"which we call tabzraud-ens,": a verb of naming before a lower-case name with a short coined part', title: 'Fraud Detection with Ensembles', text: 'We combine three learners into an ensemble, which we call tabzraud-ens, for fraud detection.', field: 'methods_proposed', has: ['tabzraud-ens'] },
  ]);
  check<NamedField>([
    { why: '... not English words ("we propose fine-tuning, a simple method"; "termed fine-grained, ...")', title: 'Zorb Detection', text: 'We propose fine-tuning, a simple method. Errors of this kind, which we call fine-grained, are rare.', field: 'methods_proposed', not: ['fine-tuning', 'fine-grained'] },
  ]);
});

describe('fifteenth round: the lexicon reaches the sciences and AI systems', () => {
  check<NamedField>([
    { why: 'single-cell foundation models', title: 'Outlier Cells', text: 'We benchmark scGPT and Geneformer embeddings as inputs to the outlier detector.', field: 'models', has: ['scGPT', 'Geneformer'] },
    { why: 'molecular property data', title: 'OOD Molecules', text: 'We evaluate on QM9 and ProteinGym.', field: 'datasets', has: ['QM9', 'ProteinGym'] },
    { why: 'jailbreak defences compared with', title: 'Jailbreak Detection', text: 'Our detector outperforms SmoothLLM and Gradient Cuff on AdvBench.', field: 'methods_mentioned', has: ['SmoothLLM', 'Gradient Cuff'] },
    { why: 'gravitational-wave search pipelines compared with', title: 'Glitch-Robust Searches', text: 'Its sensitivity is compared with the PyCBC and GstLAL search pipelines.', field: 'methods_mentioned', has: ['PyCBC', 'GstLAL'] },
  ]);
});

describe('fifteenth round: data named by common words, drawn from or reported on', () => {
  check<NamedField>([
    { why: '"light curves from Kepler and TESS": data drawn from it', title: 'Exoplanet Anomaly Detection', text: 'We apply the method to light curves from Kepler and TESS sectors 1-26.', field: 'datasets', has: ['Kepler', 'TESS'] },
    { why: '"outperforms all baselines on Weibo and Reddit": a result on a list of such names', title: 'Rumour Detection', text: 'Our method outperforms all baselines on Weibo and Reddit by a large margin.', field: 'datasets', has: ['Weibo', 'Reddit'] },
    { why: '... not the platforms named in passing', title: 'Rumour Detection', text: 'We discuss Reddit and Weibo posts in general.', field: 'datasets', not: ['Weibo', 'Reddit'] },
  ]);
});

describe('fifteenth round: a paradigm the paper develops is a whole method', () => {
  check<NamedField>([
    { why: '"we develop a weakly supervised temporal discriminative (WZTD) paradigm, that ...": the proposal, not a part', title: 'Weakly Supervised Video Anomaly Detection via Self-Guided Temporal Discrimination', text: 'In this article, we develop a weakly supervised temporal discriminative (WZTD) paradigm, that aims to leverage both temporal relation and feature discrimination.', field: 'methods_proposed', has: ['WZTD'] },
  ]);
});

describe('fifteenth round: a name set off by a colon from the kind of thing made', () => {
  check<NamedField>([
    { why: '"We introduce a new method for glitch classification: GlitchZlow, a conditional flow"', title: 'Glitch Classification', text: 'We introduce a new method for glitch classification: GlitchZlow, a conditional flow trained on spectrograms.', field: 'methods_proposed', has: ['GlitchZlow'] },
    { why: '"lessons learned on building Ocean Zuard: a Machine Learning-Enabled System"', title: 'MLOps with Microservices: A Case Study', text: 'This case study describes challenges and lessons learned on building Ocean Zuard: a Machine Learning-Enabled System (MLES) for anomaly detection in the maritime domain.', field: 'methods_proposed', has: ['Ocean Zuard'] },
  ]);
});

describe('fifteenth round: "our fine-tuned Evo 2 model, X,"', () => {
  check<NamedField>([
    { why: 'three words between "our" and the head noun', title: 'Off-Target Prediction', text: 'Our fine-tuned Evo 2 model, OffTarget-Zvo, outperforms CRISPR-Net.', field: 'methods_proposed', has: ['OffTarget-Zvo'] },
  ]);
});

describe('fifteenth round: what a paper releases, and subsets', () => {
  check<NamedField>([
    { why: '"we therefore release DeepInzpect-1M.": what a paper releases is data', title: 'Defect Inspection at Scale', text: 'Existing benchmarks are saturated; we therefore release DeepInzpect-1M.', field: 'datasets', has: ['DeepInzpect-1M'] },
    { why: '... not a toolkit it releases', title: 'Anomaly Detection Tools', text: 'We release ZorbKit, an open-source toolkit for anomaly detection.', field: 'methods_proposed', has: ['ZorbKit'] },
    { why: '"We also present TSB-Zard, a curated subset of 120 difficult series": a subset is data', title: 'Hard Time Series', text: 'We propose ZorbTS. We also present TSB-Zard, a curated subset of 120 difficult series.', field: 'datasets', has: ['TSB-Zard'] },
  ]);
});

describe('fifteenth round: LaTeX marks glued to names', () => {
  check<NamedField>([
    { why: '"\\textsc{PhazeAD}$^\\dagger$": the mark goes', title: 'Phase-Based Detection', text: 'We propose \\textsc{PhazeAD}$^\\dagger$, a phase-based detector.', field: 'methods_proposed', has: ['PhazeAD'] },
    { why: '"Zermes$^{*}$" and "ZNVIL\\textsuperscript{1}"', title: 'Gray Failures', text: 'We propose Zermes$^{*}$, a system for gray failures. We also release ZNVIL\\textsuperscript{1}, a detector.', field: 'methods_proposed', has: ['Zermes', 'ZNVIL'] },
    { why: '"M$^3$-AD": a superscript digit stays part of the name', title: 'Multimodal Detection', text: 'We propose Z$^3$-AD, a multimodal detector.', field: 'methods_proposed', has: ['Z3-AD'] },
    { why: '"MVTec AD$\\rightarrow$VisA": an arrow between data sets', title: 'Cross-Dataset Detection', text: 'We evaluate under the MVTec AD$\\rightarrow$VisA cross-dataset setting.', field: 'datasets', has: ['MVTec AD', 'VisA'] },
  ]);
});

describe('fifteenth round: a baseline the paper proposes, named after a comma', () => {
  check<NamedField>([
    { why: '"We further propose a simple yet strong baseline, NormZite, which requires no training."', title: 'Benchmarking Normality', text: 'We further propose a simple yet strong baseline, NormZite, which requires no training.', field: 'methods_proposed', has: ['NormZite'] },
  ]);
});

describe('fifteenth round: checkpoint names after a version', () => {
  check<NamedField>([
    { why: '"InternVideo2.5-Chat-8B", "Gemini 2.0 Flash-Lite", "Llama 3.2 11B Vision", "Moirai-1.1-R-large" as written', title: 'Video LLMs for Anomaly Detection', text: 'We use InternVideo2.5-Chat-8B, Gemini 2.0 Flash-Lite, Llama 3.2 11B Vision and Moirai-1.1-R-large.', field: 'models', has: ['InternVideo2.5-Chat-8B', 'Gemini 2.0 Flash-Lite', 'Llama 3.2 11B Vision', 'Moirai-1.1-R-large'] },
  ]);
});

describe('fifteenth round: what the paper beats', () => {
  check<NamedField>([
    { why: '"Our method beats GraphZoRA-AD, FreeZAD and UniGAD by 4% AUROC"', title: 'Graph Anomaly Detection', text: 'Our method beats GraphZoRA-AD, FreeZAD and UniGAD by 4% AUROC.', field: 'methods_mentioned', has: ['GraphZoRA-AD', 'FreeZAD', 'UniGAD'] },
  ]);
});
describe('fifteenth round: roles beside a pretraining clause', () => {
  it('"We pre-train the encoder on ImageNet-1K and evaluate on MVTec AD": MVTec AD evaluated, ImageNet not', () => {
    const r = extractEntities({ id: 't', title: 'Zorb Pretraining', abstract: 'We pre-train the encoder on ImageNet-1K and evaluate on MVTec AD.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'MVTec AD')?.role).toBe('evaluated');
    expect(r.datasets.find((d) => d.name === 'ImageNet')?.role).toBe('mentioned');
  });
  it('"... yielded by ImageNet pretraining": still not evaluated', () => {
    const r = extractEntities({ id: 't', title: 'Zorb Pretraining', abstract: 'Current methods rely on features yielded by ImageNet pretraining and achieve state-of-the-art results.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'ImageNet')?.role).toBe('mentioned');
  });
});

describe('fifteenth round: techniques by their standard description', () => {
  check<FacetField>([
    { why: '"we fit a Gaussian density to the patch features": density estimation', title: 'Zorb Density Detection', text: 'We fit a Gaussian density to the patch features of normal images.', field: 'techniques', has: ['density-estimation'] },
    { why: '"a mixture density network": density estimation', title: 'Trace Latency Anomalies', text: 'We model span durations with a mixture density network.', field: 'techniques', has: ['density-estimation'] },
    { why: '"synthetic lesion insertion": synthetic anomalies', title: 'Brain MRI Anomaly Detection', text: 'We train the detector with synthetic lesion insertion on healthy scans.', field: 'techniques', has: ['synthetic-anomalies'] },
  ]);
});

describe('fifteenth round: diffusion in other senses', () => {
  check<FacetField>([
    { why: '"information diffusion patterns on social media"', title: 'Rumour Detection on Social Media', text: 'We model information diffusion patterns of rumours on social media with a graph network.', field: 'techniques', not: ['diffusion'] },
    { why: '"Diffusion-weighted MRI captures microstructure"', title: 'White Matter Anomalies', text: 'Diffusion-weighted MRI captures microstructural properties of white matter; we train a 3D convolutional autoencoder.', field: 'techniques', not: ['diffusion'] },
    { why: '... but a diffusion model still is one', title: 'Zorb Diffusion', text: 'We reconstruct normal images with a diffusion model.', field: 'techniques', has: ['diffusion'] },
  ]);
});

describe('fifteenth round: metric wordings, and results opening on their data', () => {
  check<FacetField>([
    { why: '"processes 50,000 points per second": throughput', title: 'Streaming Detection', text: 'ZorbStream processes 50,000 points per second on one core.', field: 'metrics', has: ['throughput'] },
    { why: '"average AUCPR": AUPR', title: 'Tabular Detection', text: 'ZorbTab improves the average AUCPR by 4 points.', field: 'metrics', has: ['AUPR'] },
    { why: '"object-level and point-level AUROC": both levels', title: 'Point Cloud Detection', text: 'ZorbPC reaches 0.91 in both object-level and point-level AUROC.', field: 'metrics', has: ['AUROC', 'pixel-AUROC'] },
  ]);
  it('"On MVTec AD and VisA, ZorbAD ranks first": the data opening the sentence is evaluated', () => {
    const r = extractEntities({ id: 't', title: 'ZorbAD for Few-Shot Detection', abstract: 'We propose ZorbAD. On MVTec AD and VisA, ZorbAD ranks first in 11 of 12 few-shot settings.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'VisA')?.role).toBe('evaluated');
  });
});

describe('fifteenth round: latency the method barely adds', () => {
  check<FacetField>([
    { why: '"adds negligible latency": no latency reported', title: 'Zorb Detection', text: 'ZorbAD adds negligible latency to the pipeline.', field: 'metrics', not: ['latency'] },
    { why: '... but "a latency of 12 ms" is', title: 'Zorb Detection', text: 'ZorbAD reaches a latency of 12 ms per image.', field: 'metrics', has: ['latency'] },
  ]);
});

describe('fifteenth round: classifying attacks, faults and anomaly types', () => {
  check<FacetField>([
    { why: '"joint anomaly detection and attack classification"', title: 'Federated Detection and Attack Classification', text: 'We propose a framework for joint anomaly detection and attack classification in IoT networks.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"The system classifies fault types (inner race, outer race, ...)"', title: 'Maintenance Agents', text: 'The system classifies fault types (inner race, outer race, ball, cage faults) and assesses severity levels.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"detecting multiple fault types"', title: 'Motor Fault Detection', text: 'The focus is on detecting multiple fault types under varying load conditions.', field: 'settings', has: ['anomaly-classification'] },
  ]);
});

describe('fifteenth round: the PeMS districts are named as written', () => {
  check<NamedField>([
    { why: '"on PEMS04 and PEMS08": two data sets, not one PeMS', title: 'Traffic Anomalies', text: 'We evaluate on PEMS04 and PEMS08.', field: 'datasets', has: ['PEMS04', 'PEMS08'], not: ['PeMS'] },
  ]);
});

describe('fifteenth round: data the paper releases under a name of a known data set, or names in a clause', () => {
  it('"This paper introduces Kvasir-AD, an endoscopic anomaly detection dataset": a known data set\'s variant, introduced', () => {
    const r = extractEntities({ id: 't', title: 'Endoscopy Anomalies', abstract: 'This paper introduces Kvasir-AD, an endoscopic anomaly detection dataset.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'Kvasir-AD')?.role).toBe('introduced');
  });
  check<NamedField>([
    { why: '"a new 18-month dataset from 40 buildings, which we name SmartZldg-18"', title: 'Building Anomalies', text: 'We collect a new 18-month dataset from 40 commercial buildings, which we name SmartZldg-18.', field: 'datasets', has: ['SmartZldg-18'] },
  ]);
});

describe('fifteenth round: a contribution that is data', () => {
  check<NamedField>([
    { why: '"Our second contribution is CityZD-2024, the first city-scale change detection dataset"', title: 'City Change Detection', text: 'Our second contribution is CityZD-2024, the first city-scale change detection dataset.', field: 'datasets', has: ['CityZD-2024'] },
  ]);
});

describe('fifteenth round: an English word the proposal names', () => {
  check<NamedField>([
    { why: '"We propose Mirror, which reconstructs ...": capitalised right after the verb, then set off', title: 'Symmetry for Anomaly Detection', text: 'We propose Mirror, which reconstructs the symmetric counterpart of each object.', field: 'methods_proposed', has: ['Mirror'] },
    { why: '... not after an article ("We propose a Mirror, which ...")', title: 'Symmetry for Anomaly Detection', text: 'We propose a Mirror, which reconstructs the symmetric counterpart.', field: 'methods_proposed', not: ['Mirror'] },
  ]);
});

describe('fifteenth round (reader E): names given after the proposal, in turn, or by its kind', () => {
  check<NamedField>([
    { why: '"... The model is named ZATAD.": a sentence opening on the thing it names, after the proposal', title: 'Retrieval-Augmented Tabular Anomaly Detection', text: 'We build a retrieval-augmented transformer for tabular anomaly detection. The model is named ZATAD.', field: 'methods_proposed', has: ['ZATAD'] },
    { why: '"The detector, called TwinZuard, combines ..."', title: 'Physics-Informed Detection', text: 'We design a physics-informed detector. The detector, called TwinZuard, combines physics residuals with learned features.', field: 'methods_proposed', has: ['TwinZuard'] },
    { why: '"It is named ProvZAE."', title: 'Provenance Graph Detection', text: 'We propose a masked autoencoder over provenance graphs. It is named ProvZAE.', field: 'methods_proposed', has: ['ProvZAE'] },
    { why: '"Our detector, MeltZatch, uses ...": more heads of the paper\'s own kind', title: 'Melt Pool Monitoring', text: 'Our detector, MeltZatch, uses a cross-modal transformer.', field: 'methods_proposed', has: ['MeltZatch'] },
    { why: '"We develop a variational quantum autoencoder, QZAE-HEP, that ..."', title: 'Quantum Jets', text: 'We develop a variational quantum autoencoder, QZAE-HEP, that compresses jets.', field: 'methods_proposed', has: ['QZAE-HEP'] },
    { why: '"The first, PCZ-Res, ... The second, KNZ-Win, ...": counted proposals named in turn', title: 'Simple Baselines', text: 'We propose two strong yet simple baselines. The first, PCZ-Res, scores residuals. The second, KNZ-Win, uses windows.', field: 'methods_proposed', has: ['PCZ-Res', 'KNZ-Win'] },
    { why: '"together with its federated variant FedGridZamba"', title: 'Grid State Spaces', text: 'We present GridZamba, a state-space model, together with its federated variant FedGridZamba.', field: 'methods_proposed', has: ['GridZamba', 'FedGridZamba'] },
  ]);
  check<NamedField>([
    { why: '... not someone\'s model named in an opening sentence ("The model, named BERT, was proposed by Devlin et al.")', title: 'Log Anomaly Detection', text: 'We propose ZorbLog. The model, named ZERT, was proposed by Devlin et al. for language understanding.', field: 'methods_proposed', not: ['ZERT'] },
  ]);
});

describe('fifteenth round (reader E): data named plainly', () => {
  check<NamedField>([
    { why: '"A new dataset, HydroZD, is collected from 8 turbines"', title: 'Hydro Turbine Anomalies', text: 'A new dataset, HydroZD, is collected from 8 turbines.', field: 'datasets', has: ['HydroZD'] },
    { why: '"Results on Vexa-7 and Trillo confirm the gains": a capitalised word of no English beside a coined name', title: 'Zorb Detection', text: 'Results on Vexa-7 and Trillo confirm the gains.', field: 'datasets', has: ['Vexa-7', 'Trillo'] },
    { why: '"on the CAZAS and ARAZ smart home datasets": lower-case words before the data word describe the data', title: 'Smart Home Anomalies', text: 'Evaluation on the CAZAS and ARAZ smart home datasets shows gains.', field: 'datasets', has: ['CAZAS', 'ARAZ'] },
  ]);
  it('"We apply it to the SECOM dataset", "We use the ... and the LEAD 1.0 dataset": evaluated', () => {
    const r = extractEntities({ id: 't', title: 'Zorb', abstract: 'We propose ZorbAD. We apply it to the SECOM dataset. We use the Building Data Genome Project 2 and the LEAD 1.0 dataset of labelled meter anomalies.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'SECOM')?.role).toBe('evaluated');
    expect(r.datasets.find((d) => d.name === 'LEAD 1.0')?.role).toBe('evaluated');
  });
});

describe('fifteenth round (reader E): a maker named before its model', () => {
  check<NamedField>([
    { why: '"Amazon\'s Chronos, Google\'s TimesFM": the maker is no data set', title: 'Time Series Foundation Models', text: 'We benchmark Amazon\'s Chronos and Google\'s TimesFM on TSB-AD.', field: 'datasets', not: ['Amazon'], has: ['TSB-AD'] },
    { why: '"Mistral AI\'s Mixtral 8x22B": the maker is no Mistral 7B', title: 'LLM Detectors', text: 'We query Mistral AI\'s Mixtral 8x22B.', field: 'models', not: ['Mistral 7B'] },
    { why: '... but "CLIP\'s generalization" is the model', title: 'Zero-Shot Detection', text: 'We exploit CLIP\'s generalization ability for zero-shot detection.', field: 'models', has: ['CLIP'] },
  ]);
});

describe('fifteenth round (reader E): what the paper improves over', () => {
  check<NamedField>([
    { why: '"improves the affiliation F1 by 6.3 points over D3R and DiffusionZE"', title: 'Zorb Streams', text: 'It improves the affiliation F1 by 6.3 points over D3R and DiffusionZE.', field: 'methods_mentioned', has: ['DiffusionZE'] },
    { why: '"improves AUC over MIDAS-Z and F-FADE"', title: 'Zorb Streams', text: 'It improves AUC over MIDAS-Z and F-FADE.', field: 'methods_mentioned', has: ['MIDAS-Z'] },
    { why: 'SPOT and DSPOT are two methods', title: 'Zorb Thresholds', text: 'ZorbPOT is compared with SPOT, DSPOT and POT.', field: 'methods_mentioned', has: ['SPOT', 'DSPOT'] },
  ]);
});

describe('fifteenth round (reader E): foundation models named after what they were pretrained on', () => {
  check<NamedField>([
    { why: '"Foundation models pretrained on network traffic, such as ZetFound, ZT-BERT and ZaTC"', title: 'Traffic Detection', text: 'Foundation models pretrained on network traffic, such as ZetFound, ZT-BERT and ZaTC, transfer poorly.', field: 'models', has: ['ZetFound', 'ZT-BERT', 'ZaTC'] },
  ]);
});

describe('fifteenth round (reader E): rarer naming verbs', () => {
  check<NamedField>([
    { why: '"Our system, christened OrbitZatch, detects ..."', title: 'Orbit Monitoring', text: 'We build an orbit monitor. Our system, christened OrbitZatch, detects 95% of manoeuvres.', field: 'methods_proposed', has: ['OrbitZatch'] },
    { why: '"..., which we refer to as HighlightZrompt, improves ..."', title: 'Visual Prompting for Time Series', text: 'A simple visual prompting strategy that overlays the anomaly window, which we refer to as HighlightZrompt, improves accuracy.', field: 'methods_proposed', has: ['HighlightZrompt'] },
  ]);
});

describe('fifteenth round (reader E): challenge data and lists of data used', () => {
  check<NamedField>([
    { why: '"the AIOps 2020 challenge dataset": a challenge\'s data named with its year', title: 'Zorb Ops', text: 'We evaluate on the ZIOps 2020 challenge dataset.', field: 'datasets', has: ['ZIOps 2020 Challenge'] },
  ]);
  it('"We use the CWRU, Paderborn University and XJTU-SY bearing datasets": used data are evaluated', () => {
    const r = extractEntities({ id: 't', title: 'Zorb Bearings', abstract: 'We propose ZorbBear. We use the CWRU, Paderborn University and XJTU-SY bearing datasets.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'XJTU-SY')?.role).toBe('evaluated');
  });
});

describe('fifteenth round (reader C): results reported on data without a verb of evaluating', () => {
  check<NamedField>([
    { why: '"Table 1 summarises the performance on ZMD, PZM and MZL"', title: 'Zorb Series', text: 'Table 1 summarises the performance on ZMD, PZM and MZL.', field: 'datasets', has: ['ZMD', 'PZM', 'MZL'] },
    { why: '"Gains are largest on ZPDD and BZAD"', title: 'Zorb Inspection', text: 'Gains are largest on ZPDD and BZAD, where defects are small.', field: 'datasets', has: ['ZPDD', 'BZAD'] },
  ]);
});

describe('fifteenth round (reader C): a sentence opening on a list of data', () => {
  check<NamedField>([
    { why: '"On ZOMPAS, Adult and CelebA, FairSVDD reduces ...": the strong names of the list are data', title: 'Fair Anomaly Detection', text: 'On ZOMPAS, Adult and CelebA, FairSVDD reduces the disparity.', field: 'datasets', has: ['ZOMPAS', 'CelebA'] },
    { why: '... not days of the week', title: 'Traffic Peaks', text: 'On Monday, Tuesday and Friday, traffic peaks.', field: 'datasets', not: ['Monday', 'Tuesday', 'Friday'] },
  ]);
});

describe('sixteenth round: the paper\'s own supervised approach', () => {
  check<FacetField>([
    { why: '"we propose SDZAD, a supervised framework"', title: 'Dynamic Graphs', text: 'We propose SDZAD, a supervised framework with three components.', field: 'settings', has: ['supervised'] },
    { why: '"we present ZairosAD, a novel supervised approach"', title: 'Embedded Inspection', text: 'We present ZairosAD, a novel supervised approach for image-based anomaly detection.', field: 'settings', has: ['supervised'] },
    { why: '"we study supervised adaptation of CLIP"', title: 'Medical Detection', text: 'In this work, we study supervised adaptation of CLIP for medical anomaly detection.', field: 'settings', has: ['supervised'] },
    { why: '... not a pseudo-supervised one', title: 'Post-hoc OOD', text: 'This paper presents an online pseudo-supervised framework that learns class prototypes.', field: 'settings', not: ['supervised'] },
    { why: '... nor self-supervised', title: 'Graph Detection', text: 'We present a self-supervised framework for graph anomaly detection.', field: 'settings', not: ['supervised'] },
  ]);
});

describe('sixteenth round: anomalies made, not found', () => {
  check<FacetField>([
    { why: '"a scalable pipeline for generating realistic and subtle 3D anomalies"', title: '3D Inspection', text: 'We propose a scalable pipeline for generating realistic and subtle 3D anomalies.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"augmented with ... the proposed artificial defects"', title: 'Surface Inspection', text: 'The encoder is augmented with the defect discriminative ability by the proposed artificial defects.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"simulated OOD visual representations"', title: 'OOD Detection', text: 'Background features are extracted from ID images as simulated OOD visual representations during training.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"a technique of generating OOD objects"', title: 'LiDAR OOD', text: 'We develop a simple but effective technique of generating OOD objects for a given detector.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"two common anomaly types are injected into real flight data"', title: 'UAV Data', text: 'Two common anomaly types are injected into real UAV flight datasets to verify the method.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"synthetic and open-domain outlier augmentation"', title: 'Intent Detection', text: 'DROIZ incorporates both synthetic and open-domain outlier augmentation.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '... but "generative OOD detection models" are not made anomalies', title: 'Skin Images', text: 'We compare against state-of-the-art generative OOD detection models.', field: 'techniques', not: ['synthetic-anomalies'] },
  ]);
});

describe('sixteenth round: a one-word name is not read off spaced common words', () => {
  check<NamedField>([
    { why: '"Online Log Anomaly Detection" is no LogAnomaly', title: 'ZMLog: Online Log Anomaly Detection for Evolving Systems', text: 'We propose ZMLog.', field: 'methods_mentioned', not: ['LogAnomaly'] },
    { why: '"Log anomaly detection is ..." is no LogAnomaly', title: 'Zorb Logs', text: 'Log anomaly detection is essential for reliable systems.', field: 'methods_mentioned', not: ['LogAnomaly'] },
    { why: '... but LogAnomaly written as one word is', title: 'Zorb Logs', text: 'We compare with DeepLog and LogAnomaly.', field: 'methods_mentioned', has: ['LogAnomaly'] },
    { why: '"MVTec 3D" is still MVTec 3D-AD', title: 'Zorb 3D', text: 'We evaluate on MVTec 3D and Eyecandies.', field: 'datasets', has: ['MVTec 3D-AD'] },
  ]);
});

describe('sixteenth round (reader B): the paper\'s own name after a head noun of security, ops and LLM papers', () => {
  check<NamedField>([
    { why: '"We then propose a certified defence, RS-ZCS, based on ..."', title: 'Certified Detection', text: 'We then propose a certified defence, RS-ZCS, based on randomized smoothing of the input window.', field: 'methods_proposed', has: ['RS-ZCS'] },
    { why: '"a conformal calibration procedure, ConfZlert, that ..."', title: 'Calibrated Alerts', text: 'We propose a conformal calibration procedure, ConfZlert, that turns the predictive quantiles into alarms.', field: 'methods_proposed', has: ['ConfZlert'] },
    { why: '"Our defence, ProjZefend, is evaluated on ..."', title: 'Federated Poisoning', text: 'Our defence, ProjZefend, is evaluated on FEMNIST and CIFAR-10.', field: 'methods_proposed', has: ['ProjZefend'] },
    { why: '"We release our guard, ZuardLM, which ..."', title: 'Prompt Injection', text: 'We release our guard, ZuardLM, which flags injected prompts.', field: 'methods_proposed', has: ['ZuardLM'] },
  ]);
});

describe('sixteenth round (reader B): coordinated naming verbs', () => {
  check<NamedField>([
    { why: '"... and call it RAF-ZD."', title: 'Retrieval for Forecast-based Detection', text: 'We implement the approach for Chronos and Moirai and call it RAF-ZD. It improves F1 on SMD.', field: 'methods_proposed', has: ['RAF-ZD'] },
    { why: '"..., and call the resulting detector LOBZuard."', title: 'Limit Order Books', text: 'We model order-book events with a point process, and call the resulting detector LOBZuard. LOBZuard flags spoofing.', field: 'methods_proposed', has: ['LOBZuard'] },
    { why: '"We refer to the resulting training procedure as CleanZS."', title: 'Clean Training', text: 'We drop suspicious windows during training. We refer to the resulting training procedure as CleanZS. It is simple.', field: 'methods_proposed', has: ['CleanZS'] },
  ]);
});

describe('sixteenth round (readers A, B): baselines set off by what they are, and more verbs of comparing', () => {
  check<NamedField>([
    { why: '"outperforms DCRNN, GDN and the spatio-temporal autoencoder STGZE"', title: 'Zorb Graph', text: 'STEM outperforms DCRNN, GDN and the spatio-temporal autoencoder STGZE, improving AUPR by 0.12.', field: 'methods_mentioned', has: ['STGZE'] },
    { why: '"comparable to the software model LUZID and superior to NetZeacon"', title: 'Zorb Switch', text: 'BNN4P achieves an F1 of 0.96, comparable to the software model LUZID and superior to NetZeacon.', field: 'methods_mentioned', has: ['LUZID', 'NetZeacon'] },
    { why: '"exceeding EfficientAD, PZAD and ComZD"', title: 'Zorb Logic', text: 'HiLoAD reaches 92.7% AUROC, exceeding EfficientAD, PZAD and ComZD.', field: 'methods_mentioned', has: ['PZAD', 'ComZD'] },
    { why: '"outperforms the embedding-based error detectors KGZtm and CAZED"', title: 'Zorb KG', text: 'Our model outperforms the embedding-based error detectors KGZtm and CAZED.', field: 'methods_mentioned', has: ['KGZtm', 'CAZED'] },
    { why: '"beats ... and the transformer-based UIA-ZiT"', title: 'Zorb Fakes', text: 'It beats Xception, F3-Net, SRM and the transformer-based UIA-ZiT.', field: 'methods_mentioned', has: ['UIA-ZiT'] },
    { why: '... not "outperforms existing methods on MVTec AD"', title: 'Zorb Inspection', text: 'ZorbNet outperforms existing detection methods on MVTec AD.', field: 'methods_mentioned', not: ['MVTec AD'] },
  ]);
});

describe('sixteenth round (reader A): baselines in parentheses after a kind of methods', () => {
  check<NamedField>([
    { why: '"video-level methods (FTZN, AltZreezing, TAZL)"', title: 'Zorb Deepfakes', text: 'We evaluate 14 detectors, including image-level methods (Xception, EfficientNet-B4) and video-level methods (FTZN, AltZreezing, TAZL).', field: 'methods_mentioned', has: ['FTZN', 'AltZreezing', 'TAZL'] },
    { why: '... not generic names', title: 'Zorb Nets', text: 'Deep learning methods (CNN, LSTM) are widely used.', field: 'methods_mentioned', not: ['CNN', 'LSTM'] },
  ]);
});

describe('sixteenth round (reader C): a survey\'s data release is data', () => {
  check<NamedField>([
    { why: '"the Gaia DR3 XP spectra"', title: 'Weirdness in the Spectra', text: 'We search the Gaia DR3 XP spectra for outliers with a variational autoencoder.', field: 'datasets', has: ['Gaia DR3'] },
    { why: '"the DESI Early Data Release"', title: 'Spectral Outliers', text: 'We demonstrate it on the DESI Early Data Release.', field: 'datasets', has: ['DESI Early Data Release'] },
    { why: '"the S-ZLUS DR4 data"', title: 'SED Outliers', text: 'We apply it to the S-ZLUS DR4 data.', field: 'datasets', has: ['S-ZLUS DR4'] },
    { why: '... not a grade of diabetic retinopathy', title: 'Retina Screening', text: 'Stage DR3 is severe and In DR2 it is mild.', field: 'datasets', not: ['Stage DR3', 'In DR2'] },
  ]);
});

describe('sixteenth round (reader C): a named tool before more head nouns', () => {
  check<NamedField>([
    { why: '"inspired by the LLM-Zodulo framework"', title: 'Audio Data Generation', text: 'To generate such data, we use a method inspired by the LLM-Zodulo framework.', field: 'methods_mentioned', has: ['LLM-Zodulo'] },
    { why: '"the ZnadPipe anomaly detection pipeline"', title: 'Transients', text: 'We apply the ZnadPipe anomaly detection pipeline to the light curves.', field: 'methods_mentioned', has: ['ZnadPipe'] },
    { why: '"the AutoZetter classifier"', title: 'Exoplanets', text: 'Candidates are vetted with the AutoZetter classifier.', field: 'methods_mentioned', has: ['AutoZetter'] },
    { why: '... not a plain acronym ("the NASA framework")', title: 'Space Ops', text: 'We follow the NASA framework for anomaly reporting.', field: 'methods_mentioned', not: ['NASA'] },
  ]);
});

describe('sixteenth round (reader B): lists of compared names with asides', () => {
  check<NamedField>([
    { why: '"over SelfCheckGPT, INZIDE (EigenZcore), ZorbAA and HaloZcope": an item\'s other name in parentheses', title: 'Zorb Hallucinations', text: 'HiddenZOD outperforms SelfCheckGPT, INZIDE (EigenZcore), ZorbAA and HaloZcope.', field: 'methods_mentioned', has: ['ZorbAA', 'HaloZcope'] },
    { why: '"by 7.5 points over TraceAnomaly, 5.1 over the GNN-based CRZSP and 3.8 over TraceZRL"', title: 'Zorb Traces', text: 'TraceZormer improves F1 by 7.5 points over TraceAnomaly, 5.1 over the GNN-based CRZSP and 3.8 over TraceZRL.', field: 'methods_mentioned', has: ['CRZSP', 'TraceZRL'], not: ['GNN-based CRZSP'] },
    { why: '"compared with the DBN-based Elliptical Envelope": a describing compound is no part of the name', title: 'EEG Tasks', text: 'Compared to the DBN-based Elliptical Envelope and Local Outlier Factor, the detector is better.', field: 'methods_mentioned', not: ['DBN-based Elliptical Envelope'] },
    { why: '... but "(as known data)" is no other name: the list ends', title: 'OOD in CNNs', text: 'We study ResNet-101 based on CIFAR-10 and ImageNet (as known data), and CIFAR-100, SVHN and ImageNet2010 (as outliers).', field: 'methods_mentioned', not: ['ImageNet2010'] },
  ]);
});

describe('sixteenth round (reader D): a kind of baseline compared with is no technique or setting of the paper', () => {
  check<FacetField>([
    { why: '"improving over AnoDDPM and a VAE baseline"', title: 'Zorb Brain MRI', text: 'ZorbDiff detects lesions, improving over AnoDDPM and a VAE baseline.', field: 'techniques', not: ['autoencoder'] },
    { why: '"by 8.3 points over zero-shot baselines"', title: 'Zorb Endoscopy', text: 'EndoZD improves the AUROC by 8.3 points over zero-shot baselines.', field: 'settings', not: ['zero-shot'] },
    { why: '... but the paper\'s own "autoencoder baseline" is its technique', title: 'Zorb Sound', text: 'We propose a simple autoencoder baseline for machine sound monitoring.', field: 'techniques', has: ['autoencoder'] },
  ]);
});

describe('sixteenth round (reader D): clusters found are no clustering done', () => {
  check<FacetField>([
    { why: '"normal patterns form compact clusters"', title: 'Zorb Adaptation', text: 'Contrastive learning creates feature spaces where normal patterns form compact clusters.', field: 'techniques', not: ['clustering'] },
    { why: '"deployed on eBay\'s microservices cluster"', title: 'Zorb Traces', text: 'We have deployed the algorithm on the microservices cluster of a large company.', field: 'techniques', not: ['clustering'] },
    { why: '"radio emission in galaxy clusters"', title: 'Zorb Radio', text: 'Diffuse radio emission in galaxy clusters is a key tracer of turbulence.', field: 'techniques', not: ['clustering'] },
    { why: '"we cluster LVLM responses" is', title: 'Zorb Hallucination', text: 'We cluster LVLM responses based on their semantic content.', field: 'techniques', has: ['clustering'] },
    { why: '"clustered by expectation maximization" is', title: 'Zorb Manifolds', text: 'Normal manifolds are generated by an autoencoder and clustered by expectation maximization.', field: 'techniques', has: ['clustering'] },
    { why: '"PTS selects cluster centres" is', title: 'Zorb Selection', text: 'PTS selects cluster centres and hard examples to form the training set.', field: 'techniques', has: ['clustering'] },
    { why: '"Auto-Prov clusters unseen log types" is', title: 'Zorb Provenance', text: 'Auto-Zrov clusters unseen log types and extracts their fields.', field: 'techniques', has: ['clustering'] },
  ]);
});

describe('sixteenth round: language models of other things are no LLM', () => {
  check<FacetField>([
    { why: '"Exploiting Point-Language Models"', title: 'Exploiting Point-Language Models with Dual-Prompts for 3D Anomaly Detection', text: 'We adapt a point-language model to zero-shot 3D inspection.', field: 'techniques', not: ['llm'] },
    { why: '"protein language models"', title: 'Protein Anomalies', text: 'We apply these protein language models to detect anomalies in function.', field: 'techniques', not: ['llm'] },
    { why: '"Recurrent Neural Network Language Models"', title: 'Recurrent Neural Network Language Models for Event-Level Cyber Anomaly Detection', text: 'We model log lines token by token.', field: 'techniques', not: ['llm'] },
    { why: '... but "hallucinations of language models" are', title: 'Hallucination Detection', text: 'Language models hallucinate; we detect it with sampled answers.', field: 'techniques', has: ['llm'] },
  ]);
});

describe('sixteenth round (reader A): "namely" opening a list names others\' work', () => {
  check<NamedField>([
    { why: '"three test-time adaptation methods, namely TENT, EATA and ZAR": not the paper\'s own', title: 'Zorb TTA', text: 'We benchmark three test-time adaptation methods, namely TENT, EATA and ZAR, on corrupted inputs.', field: 'methods_proposed', not: ['Tent', 'EATA'] },
    { why: '... but mentioned', title: 'Zorb TTA', text: 'We benchmark three test-time adaptation methods, namely TENT, EATA and ZAR, on corrupted inputs.', field: 'methods_mentioned', has: ['Tent', 'EATA'] },
    { why: '"a novel method, namely ZorbNet," is still its own', title: 'Zorb Own', text: 'We propose a novel method, namely ZorbNet, for video anomaly detection.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});

describe('sixteenth round (reader B): a proposal coordinated after a long first clause', () => {
  check<NamedField>([
    { why: '"We study ..., where attack classes arrive over time, and propose GenReplay-IZS, which ..."', title: 'Zorb IDS', text: 'We study class-incremental intrusion detection, where attack classes arrive over time, and propose GenReplay-IZS, which trains a conditional diffusion model on flow features of past classes.', field: 'methods_proposed', has: ['GenReplay-IZS'] },
    { why: '"We analyse 30 days of anonymised request logs from an LLM API provider and propose QueryZhift, which ..."', title: 'Zorb API', text: 'We analyse 30 days of anonymised request logs from an LLM API provider and propose QueryZhift, which detects anomalous client behaviour.', field: 'methods_proposed', has: ['QueryZhift'] },
  ]);
});

describe('sixteenth round (reader B): a capitalised word among three or more known methods', () => {
  check<NamedField>([
    { why: '"DOMINANT, CoLA, AnomalyDAE, CONAD, GAAN, OCGNN and Radar"', title: 'Zorb Graphs', text: 'ZorbGAD outperforms baselines including DOMINANT, CoLA, AnomalyDAE, CONAD, GAAN, OCGNN and Radar on the TwiBot-20 dataset.', field: 'methods_mentioned', has: ['Radar'] },
    { why: '... not "Others"', title: 'Zorb Graphs', text: 'We report DOMINANT, CoLA, AnomalyDAE and Others in Table 2.', field: 'methods_mentioned', not: ['Others'] },
    { why: '"8 different LLMs (Pythia, Dolly 2.0, Palmyra, Heron, GPT-J, LLaMA, and Vicuna)": an English word among known models', title: 'Zorb Text Detection', text: 'Evaluated with 8 different LLMs (Pythia, Dolly 2.0, Palmyra, Heron, GPT-J, Dolly 1.0, LLaMA, and Vicuna), ZADAR outperforms existing detectors.', field: 'models', has: ['Heron'] },
  ]);
});

describe('sixteenth round (readers A, B): new data without a data word beside its name, and longer descriptions', () => {
  check<NamedField>([
    { why: '"we construct LOCO-Zount, a small evaluation set of 620 images"', title: 'Zorb Logic', text: 'Furthermore, we construct LOCO-Zount, a small evaluation set of 620 images with controlled counting violations.', field: 'datasets', has: ['LOCO-Zount'] },
    { why: '"a new set of 500 annotated intersections, called Cross-ZAD"', title: 'Zorb Traffic', text: 'We also release a new set of 500 annotated intersections, called Cross-ZAD.', field: 'datasets', has: ['Cross-ZAD'] },
    { why: '"the public TabZormer synthetic credit card dataset"', title: 'Zorb Fraud', text: 'We evaluate on the public TabZormer synthetic credit card dataset.', field: 'datasets', has: ['TabZormer'] },
    { why: '... not "the F1 score for most datasets"', title: 'Zorb Laundering', text: 'We achieve an uplift in the F1 score for most datasets.', field: 'datasets', not: ['F1'] },
  ]);
  it('a new evaluation set is introduced data', () => {
    const r = extractEntities({ id: 't', title: 'Zorb Logic', abstract: 'Furthermore, we construct LOCO-Zount, a small evaluation set of 620 images with controlled counting violations.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'LOCO-Zount')?.role).toBe('introduced');
    expect(r.methods_proposed.map((m) => m.name)).not.toContain('LOCO-Zount');
  });
});

describe('sixteenth round (reader B): a size word after a known name is its checkpoint', () => {
  check<NamedField>([
    { why: '"Chronos-Bolt-Small and Chronos-Bolt-Base"', title: 'Zorb TSFM', text: 'We compare Chronos-Bolt-Small and Chronos-Bolt-Base as frozen encoders.', field: 'models', has: ['Chronos-Bolt-Small', 'Chronos-Bolt-Base'] },
    { why: '"VMamba-Tiny"', title: 'Zorb Distillation', text: 'The student uses a VMamba-Tiny backbone.', field: 'models', has: ['VMamba-Tiny'] },
    { why: '... but "Tiny-Dinomaly" is no Dinomaly', title: 'Zorb Driving', text: 'Notably, Tiny-Dinomaly achieves the best accuracy-efficiency trade-off.', field: 'methods_mentioned', not: ['Dinomaly'] },
  ]);
});

describe('sixteenth round (reader D): metrics in more of their written forms', () => {
  check<FacetField>([
    { why: '"precision-recall AUC" is AUPR', title: 'Zorb Series', text: 'ZorbTS achieves the best average F1 and precision-recall AUC among 12 baselines.', field: 'metrics', has: ['AUPR'] },
    { why: '"The pixel-level AUPRC improves by 9 points"', title: 'Zorb Inspection', text: 'The pixel-level AUPRC improves by 9 points.', field: 'metrics', has: ['pixel-AUPR'] },
    { why: '"a pixel-level average precision of 0.52"', title: 'Zorb Inspection', text: 'ZorbSeg reaches a pixel-level average precision of 0.52.', field: 'metrics', has: ['pixel-AUPR'] },
    { why: '"processes over one million edges per second"', title: 'Zorb Streams', text: 'TeZem processes over one million edges per second.', field: 'metrics', has: ['throughput'] },
    { why: '"Inference takes 1.2 seconds per image"', title: 'Zorb Inspection', text: 'Inference takes 1.2 seconds per image on an A100 GPU.', field: 'metrics', has: ['latency'] },
  ]);
});

describe('sixteenth round (reader D): techniques by their standard descriptions', () => {
  check<FacetField>([
    { why: '"scoring test patches by their distance to the nearest stored neighbour"', title: 'Zorb Patches', text: 'We score test patches by their distance to the nearest stored neighbour.', field: 'techniques', has: ['nearest-neighbor'] },
    { why: '"a Gaussian fitted to pretrained CNN features"', title: 'Zorb Retina', text: 'Our baseline uses a Gaussian fitted to pretrained CNN features of healthy scans.', field: 'techniques', has: ['density-estimation'] },
    { why: '"patches from healthy slides populate a memory of normal appearance"', title: 'Zorb Pathology', text: 'Patches from healthy slides populate a memory of normal appearance.', field: 'techniques', has: ['memory-bank'] },
    { why: '"We instruction-tune Qwen2-VL"', title: 'Zorb MLLM', text: 'We instruction-tune Qwen2-VL on 40k generated question-answer pairs.', field: 'techniques', has: ['fine-tuning'] },
    { why: '"outlier objects cut from COCO and pasted into Cityscapes scenes"', title: 'Zorb Driving', text: 'The head is trained on outlier objects cut from COCO and pasted into Cityscapes scenes.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Mixture of Forecasting Experts"', title: 'Mixture of Forecasting Experts for Telemetry Anomaly Detection', text: 'A router assigns each window to one expert.', field: 'techniques', has: ['mixture-of-experts'] },
  ]);
});

describe('sixteenth round (reader C): more naming formulas', () => {
  check<NamedField>([
    { why: '"(hereafter z-CAZ)"', title: 'Zorb Spectra', text: 'We train a convolutional autoencoder conditioned on redshift (hereafter z-CAZ) on SDSS spectra.', field: 'methods_proposed', has: ['z-CAZ'] },
    { why: '"which we collectively call SymZD"', title: 'Zorb Symbols', text: 'We combine symbolic regression with density scores, which we collectively call SymZD.', field: 'methods_proposed', has: ['SymZD'] },
    { why: '"We introduce a hybrid score, NBM-Zusion, that ..."', title: 'Zorb Score', text: 'We introduce a hybrid score, NBM-Zusion, that combines both detectors.', field: 'methods_proposed', has: ['NBM-Zusion'] },
  ]);
});

describe('sixteenth round (reader A): networks and architectures such as ...', () => {
  check<NamedField>([
    { why: '"supervised networks such as DNANet and UIU-Zet"', title: 'Zorb Infrared', text: 'IRSTD-AD approaches the performance of supervised networks such as DNANet and UIU-Zet while using no target annotations.', field: 'methods_mentioned', has: ['UIU-Zet'] },
  ]);
});

describe('sixteenth round (reader B): a compared name after what it is of', () => {
  check<NamedField>([
    { why: '"the PU-learning approach of LEZAD"', title: 'Zorb PU', text: 'ZorbAD outperforms semi-supervised baselines such as DeepSAD and the PU-learning approach of LEZAD.', field: 'methods_mentioned', has: ['LEZAD'], not: ['PU-learning'] },
    { why: '"Compared with DeepZriage and the LLM-based triage of COZET"', title: 'Zorb Triage', text: 'Compared with DeepZriage and the LLM-based triage of COZET, our approach is faster.', field: 'methods_mentioned', has: ['COZET'] },
    { why: '"outperforms TabBERT and the event-sequence model of CoZES"', title: 'Zorb Events', text: 'Our model, TxnBERT-2, outperforms TabBERT and the event-sequence model of CoZES on two banks.', field: 'methods_mentioned', has: ['CoZES'] },
    { why: '... not "the approach of Smith et al."', title: 'Zorb People', text: 'ZorbAD outperforms the approach of Smith et al. and the method of Lagrange multipliers.', field: 'methods_mentioned', not: ['Smith', 'Lagrange'] },
  ]);
});

describe('sixteenth round (reader A): a colon\'s list of data in two parts', () => {
  check<NamedField>([
    { why: '"six datasets: A, B and C for localization, and D, E and F for classification"', title: 'Zorb Medical', text: 'We evaluate on six datasets: BrainZRI, LiverZT and REZC for anomaly localization, and ChestZray, HZS and OCT1Z for anomaly classification.', field: 'datasets', has: ['ChestZray', 'HZS', 'OCT1Z'] },
  ]);
});

describe('sixteenth round (reader D): domain cues', () => {
  check<FacetField>([
    { why: '"coded hate speech" is text, no audio', title: 'Zorb Slurs', text: 'Online communities invent new slurs and coded hate speech faster than moderators adapt.', field: 'domains', has: ['text'], not: ['audio'] },
    { why: '"mobile LiDAR produces billions of points" is 3d', title: 'Zorb Inspection', text: 'Infrastructure inspection with mobile LiDAR produces billions of points per survey.', field: 'domains', has: ['3d'] },
    { why: '... and speech itself is audio', title: 'Zorb Voice', text: 'We detect spoofed speech with a lightweight classifier.', field: 'domains', has: ['audio'] },
  ]);
});

describe('sixteenth round (reader A): new data set off after a split, a subset or a description', () => {
  check<NamedField>([
    { why: '"adding a new near-OOD split, VOC-Zear, with ..."', title: 'Zorb Near', text: 'We re-split PASCAL VOC, adding a new near-OOD split, VOC-Zear, with visually similar unknown classes.', field: 'datasets', has: ['VOC-Zear'] },
    { why: '"a new benchmark of 312 manually labeled unusual events in Europe, EuroZhange-U, which we release"', title: 'Zorb Earth', text: 'We evaluate on the DynamicEarthNet dataset and a new benchmark of 312 manually labeled unusual events in Europe, EuroZhange-U, which we release.', field: 'datasets', has: ['EuroZhange-U'] },
  ]);
});

describe('sixteenth round (reader C): an ambiguous survey named with what it observed', () => {
  check<NamedField>([
    { why: '"light curves observed by the Kepler space telescope"', title: 'Zorb Stars', text: 'We search light curves observed by the Kepler space telescope for anomalies.', field: 'datasets', has: ['Kepler'] },
    { why: '"K2 and TESS light curves"', title: 'Zorb Stars', text: 'We apply the method to K2 and TESS light curves.', field: 'datasets', has: ['K2', 'TESS'] },
    { why: '... not Kepler\'s laws', title: 'Zorb Orbits', text: 'The orbits follow Kepler laws closely.', field: 'datasets', not: ['Kepler'] },
  ]);
});

describe('seventeenth round (reader D): data the paper releases under a name', () => {
  check<NamedField>([
    { why: '"We publish the corrected labels as ZKAB-R and Zexathlon-R"', title: 'Zorb Labels', text: 'We publish the corrected labels as ZKAB-R and Zexathlon-R.', field: 'datasets', has: ['ZKAB-R', 'Zexathlon-R'] },
    { why: '"which we make publicly available as HomeZoT-22"', title: 'Zorb Homes', text: 'We collect traffic at our own smart-home testbed with 14 devices, which we make publicly available as HomeZoT-22.', field: 'datasets', has: ['HomeZoT-22'] },
    { why: '"The catalogue, named ZuclidQ1-Anom, is released"', title: 'Zorb Sky', text: 'We present a catalogue of 1,200 anomalous objects. The catalogue, named ZuclidQ1-Anom, is released to the community.', field: 'datasets', has: ['ZuclidQ1-Anom'] },
    { why: '... but code released as a package is no data', title: 'Zorb Code', text: 'We release the code as the Python package ZorbKit.', field: 'datasets', not: ['ZorbKit'] },
    { why: '"outperforms dataset-specific detectors": no data word before the name', title: 'Zorb Zero-Shot', text: 'Without any fine-tuning, TimeZCD outperforms dataset-specific detectors on the TSB-AD benchmark.', field: 'datasets', not: ['TimeZCD'] },
    { why: '"ZorbLogBench-X" is no ZorbLogBench', title: 'Zorb Logs', text: 'We present ZorbLogBench-X, a benchmark of 30 log datasets.', field: 'datasets', has: ['ZorbLogBench-X'], not: ['ZorbLogBench'] },
  ]);
});

describe('seventeenth round (reader A): cues of contrast, lineage and citation name others\' work', () => {
  check<NamedField>([
    { why: '"Unlike ZorbSTPM, which ..."', title: 'Zorb Distillation', text: 'Unlike ZorbSTPM, which matches student and teacher layer by layer, our method reverses the flow.', field: 'methods_mentioned', has: ['ZorbSTPM'] },
    { why: '"Inspired by ZorbCoOp, we introduce ..."', title: 'Zorb Anchors', text: 'Inspired by ZorbCoOp, we introduce AnchorZeg, which learns text anchors.', field: 'methods_mentioned', has: ['ZorbCoOp'] },
    { why: '"Following ZorbDINO, we extract patch tokens"', title: 'Zorb Patches', text: 'Following ZorbDINO, we extract patch tokens from a frozen backbone.', field: 'methods_mentioned', has: ['ZorbDINO'] },
    { why: '"in the spirit of ZorbSVDD"', title: 'Zorb One-Class', text: 'It learns a one-class objective in the spirit of ZorbSVDD.', field: 'methods_mentioned', has: ['ZorbSVDD'] },
    { why: '"as in ZorbINANT and ZorbDAE"', title: 'Zorb Graphs', text: 'Graph detectors, as in ZorbINANT and ZorbDAE, reconstruct node attributes.', field: 'methods_mentioned', has: ['ZorbINANT', 'ZorbDAE'] },
    { why: '"We re-implement ZorbRD4AD and ZorbEffAD"', title: 'Zorb Teachers', text: 'We re-implement ZorbRD4AD and ZorbEffAD with the same teacher.', field: 'methods_mentioned', has: ['ZorbRD4AD', 'ZorbEffAD'] },
    { why: '"Prior work, notably ZorbFAPM and ZorbMINT, ..."', title: 'Zorb Memory', text: 'Prior work, notably ZorbFAPM and ZorbMINT, relies on memory banks.', field: 'methods_mentioned', has: ['ZorbFAPM', 'ZorbMINT'] },
    { why: '"exemplified by ZorbSVDD"', title: 'Zorb Flows', text: 'Deep one-class classification, exemplified by ZorbSVDD, learns compact representations.', field: 'methods_mentioned', has: ['ZorbSVDD'] },
    { why: '"ZorbFAPM [12] and ZorbMINT [13] use memory banks": cited names', title: 'Zorb Memory', text: 'ZorbFAPM [12] and ZorbMINT [13] use memory banks.', field: 'methods_mentioned', has: ['ZorbFAPM', 'ZorbMINT'] },
    { why: '"e.g., ZorbSVDD (Ruff et al., 2018) suffers from ..."', title: 'Zorb Collapse', text: 'The second approach, e.g., ZorbSVDD (Ruff et al., 2018) suffers from representation collapse.', field: 'methods_mentioned', has: ['ZorbSVDD'] },
    { why: '"A popular OCC method, ZorbSVDD, advocates ..."', title: 'Zorb Adaptation', text: 'A popular OCC method, ZorbSVDD, advocates specialized architectures.', field: 'methods_mentioned', has: ['ZorbSVDD'] },
    { why: '"Jailbreak attacks such as ZorbGCG and AutoZAN"', title: 'Zorb Guard', text: 'Jailbreak attacks such as ZorbGCG and AutoZAN craft adversarial prompts.', field: 'methods_mentioned', has: ['ZorbGCG', 'AutoZAN'] },
    { why: '"frameworks, namely ZAST, ZRD4AD and ZfAnoVAE"', title: 'Zorb Medical', text: 'We compare our method with four state-of-the-art anomaly detection frameworks, namely ZAST, ZRD4AD and ZfAnoVAE.', field: 'methods_mentioned', has: ['ZAST', 'ZRD4AD', 'ZfAnoVAE'] },
    { why: '"those of ZeepLog (published in CCS, 2017)"', title: 'Zorb Federated Logs', text: 'We then evaluate our scheme against those of ZeepLog (published in CCS, 2017) in federated settings.', field: 'methods_mentioned', has: ['ZeepLog'] },
    { why: '"comparable to a highly specialized ZOLO8 baseline"', title: 'Zorb Gloves', text: 'Our model reaches an mAP of 0.63, comparable to a highly specialized ZOLO8 baseline.', field: 'methods_mentioned', has: ['ZOLO8'] },
    { why: '... not data after "Following"', title: 'Zorb Protocol', text: 'Following MVTec AD, we report image-level AUROC.', field: 'methods_mentioned', not: ['MVTec AD'] },
    { why: '... nor a person', title: 'Zorb Protocol', text: 'Following Zhang et al., we report the PRO score.', field: 'methods_mentioned', not: ['Zhang'] },
    { why: '... nor operating systems "such as" (systems is no kind of method)', title: 'Zorb Hosts', text: 'The agent runs on systems such as Linux and Windows.', field: 'methods_mentioned', not: ['Linux', 'Windows'] },
  ]);
});

describe('seventeenth round (masked dev pool): coined names given as examples or listed after a kind', () => {
  check<NamedField>([
    { why: '"contrastive pre-training, such as ZimSiam, ZoCo and ZimCLR"', title: 'Zorb Differences', text: 'Our regularizer adapts contrastive self-supervised pre-training, such as ZimSiam, ZoCo and ZimCLR, to anomaly detection.', field: 'methods_mentioned', has: ['ZimSiam', 'ZoCo', 'ZimCLR'] },
    { why: '"log templates such as ZeepLog and ZogBERT"', title: 'Zorb Semantics', text: 'Techniques that rely on log templates such as ZeepLog and ZogBERT fail to capture semantics.', field: 'methods_mentioned', has: ['ZeepLog', 'ZogBERT'] },
    { why: '... not modalities', title: 'Zorb Scans', text: 'We use modalities such as MRI and CT.', field: 'methods_mentioned', not: ['MRI', 'CT'] },
    { why: '... nor regulations', title: 'Zorb Compliance', text: 'Organizations must meet regulatory requirements such as GDPR and HIPAA.', field: 'methods_mentioned', not: ['GDPR', 'HIPAA'] },
    { why: '"three prototype-based methods: ZatchCore, ZastRecon and ZinCLIP"', title: 'Zorb References', text: 'We integrate FastZef with three competitive prototype-based methods: ZatchCore, ZastRecon and ZinCLIP.', field: 'methods_mentioned', has: ['ZatchCore', 'ZastRecon', 'ZinCLIP'] },
    { why: '"five representative models: ZnterFusion, ZANSynCoder and ZUSAD"', title: 'Zorb Comparative Study', text: 'We conduct a comparative study of five representative time series anomaly detection models: ZnterFusion, ZANSynCoder and ZUSAD.', field: 'methods_mentioned', has: ['ZnterFusion', 'ZANSynCoder', 'ZUSAD'] },
    { why: '"classical log parsers (ZDrain, ZSpell, ZAEL)"', title: 'Zorb Parsers', text: 'We evaluate classical log parsers (ZDrain, ZSpell, ZAEL) combined with machine learning classifiers.', field: 'methods_mentioned', has: ['ZDrain', 'ZSpell', 'ZAEL'] },
    { why: '"compared to the ZawNet2 model": a coined name before the head of a kind', title: 'Zorb Speech', text: 'Compared to the ZawNet2 model, this approach reduces the equal error rate.', field: 'methods_mentioned', has: ['ZawNet2'] },
    { why: '"outperforms VAE, VQGAN, and ZfAnoGAN baselines"', title: 'Zorb Retina', text: 'Our method substantially outperforms VAE, VQGAN, and ZfAnoGAN baselines.', field: 'methods_mentioned', has: ['ZfAnoGAN'] },
  ]);
});

describe('seventeenth round (masked dev pool): names the experiments run on, with no data word', () => {
  check<NamedField>([
    { why: '"Extensive experiments on ZorbTec and ZorbVisA demonstrate the effectiveness of the proposed method"', title: 'Zorb Inspection', text: 'Extensive experiments on ZorbTec and ZorbVisA demonstrate the effectiveness of the proposed method.', field: 'datasets', has: ['ZorbTec', 'ZorbVisA'] },
    { why: '"achieves the best AUROC across ZorbTech and ZorbCrime, respectively."', title: 'Zorb Video', text: 'Our method achieves the best AUROC across ZorbTech and ZorbCrime, respectively.', field: 'datasets', has: ['ZorbTech', 'ZorbCrime'] },
    { why: '"Our empirical study on the ZorbTec demonstrates ..."', title: 'Zorb Patches', text: 'Our empirical study on the ZorbTec demonstrates that the algorithm generalizes.', field: 'datasets', has: ['ZorbTec'] },
    { why: '... not a device it runs on', title: 'Zorb Edge', text: 'Our detector achieves real-time performance on JetZon Orin.', field: 'datasets', not: ['JetZon Orin', 'JetZon'] },
  ]);
});

describe('seventeenth round (reader B): the paper\'s own method named late', () => {
  check<NamedField>([
    { why: '"The hierarchical forecaster, called HiZore, is validated ..."', title: 'Zorb Forecasts', text: 'We propose a hierarchical forecaster for telemetry. The hierarchical forecaster, called HiZore, is validated on the SMAP and MSL datasets.', field: 'methods_proposed', has: ['HiZore'] },
    { why: '"Experiments show that the framework, dubbed UZDA, improves ..."', title: 'Zorb Adaptation', text: 'We propose a new domain adaptation approach. Experiments show that the framework, dubbed UZDA, improves NMI by 11%.', field: 'methods_proposed', has: ['UZDA'] },
    { why: '"The method, AttrZST, is evaluated ..." after a proposal', title: 'Zorb Sounds', text: 'We propose a self-supervised framework for anomalous sound detection. The method, AttrZST, is evaluated on the DCASE2023 Task 2 dataset.', field: 'methods_proposed', has: ['AttrZST'] },
    { why: '"This hyperbolic detector, HypZOD, is trained ..."', title: 'Zorb Hierarchies', text: 'We propose a hyperbolic detector. This hyperbolic detector, HypZOD, is trained with a hierarchical contrastive loss.', field: 'methods_proposed', has: ['HypZOD'] },
    { why: '... but "The popular detector, ZorbCore, ..." is someone\'s', title: 'Zorb Memory', text: 'We propose a new detector. The popular detector, ZorbCore, stores patch features.', field: 'methods_proposed', not: ['ZorbCore'] },
    { why: '"which we denote FactoryZiT"', title: 'Zorb Factory', text: 'We release the pretrained weights, which we denote FactoryZiT, to the community.', field: 'methods_proposed', has: ['FactoryZiT'] },
    { why: '"We denote the framework MoZro-OOD."', title: 'Zorb Prototypes', text: 'We denote the framework MoZro-OOD.', field: 'methods_proposed', has: ['MoZro-OOD'] },
    { why: '"We coin the name CrossZap for this approach"', title: 'Zorb Maps', text: 'We coin the name CrossZap for this approach.', field: 'methods_proposed', has: ['CrossZap'] },
    { why: '"Our CalibZD framework converts ..."', title: 'Zorb Calibration', text: 'We study calibration. Our CalibZD framework converts any anomaly score into a calibrated probability.', field: 'methods_proposed', has: ['CalibZD'] },
    { why: '"Based on these findings, we propose a partial fine-tuning recipe, FreezeZost, ..."', title: 'Zorb Fine-Tuning', text: 'Based on these findings, we propose a partial fine-tuning recipe, FreezeZost, which freezes most layers.', field: 'methods_proposed', has: ['FreezeZost'] },
    { why: '"Retail Shelf Anomalies:" is the topic when the abstract names ShelfZatch', title: 'Retail Shelf Anomalies: Detecting Misplaced Products with Few-Shot Set Matching', text: 'Misplaced products hurt sales. We propose ShelfZatch, a few-shot set matching detector.', field: 'methods_proposed', has: ['ShelfZatch'], not: ['Retail Shelf Anomalies'] },
  ]);
});

describe('seventeenth round: models by context, sizes and plurals', () => {
  check<NamedField>([
    { why: '"a pre-trained ZorbI3D backbone"', title: 'Zorb Video', text: 'The proposed model utilizes a pre-trained ZorbI3D backbone.', field: 'models', has: ['ZorbI3D'] },
    { why: '"using the ZorbSAM encoder"', title: 'Zorb Masks', text: 'Features are extracted from normal data using the ZorbSAM encoder.', field: 'models', has: ['ZorbSAM'] },
    { why: '"LLMs, specifically ZorbGPT4 and ZorbLLaMA3"', title: 'Zorb Logs', text: 'We investigate the capabilities of LLMs, specifically ZorbGPT4 and ZorbLLaMA3, in detecting anomalies.', field: 'models', has: ['ZorbGPT4', 'ZorbLLaMA3'] },
    { why: '"time-series foundation models: ZoMENT, ZhronosX and ZimesFM"', title: 'Zorb Foundation Models', text: 'We examine five families of time-series foundation models: ZoMENT, ZhronosX and ZimesFM.', field: 'models', has: ['ZoMENT', 'ZhronosX', 'ZimesFM'] },
    { why: '"a Large Language Model (ZorbGPT35)"', title: 'Zorb Prompts', text: 'We combine knowledge from a Large Language Model (ZorbGPT35) with image features.', field: 'models', has: ['ZorbGPT35'] },
    { why: '"Vision-Language Models (VLMs) like ZorbCLIP"', title: 'Zorb OOD', text: 'Vision-Language Models (VLMs) like ZorbCLIP have changed OOD detection.', field: 'models', has: ['ZorbCLIP'] },
    { why: '... not a long form before its acronym', title: 'Zorb Text', text: 'Large language models (LLMs), such as Generative Pre-trained Transformer 4 (GPT-4), changed academic writing.', field: 'models', not: ['Generative Pre-trained Transformer'] },
    { why: '... nor "an ImageNet-pretrained backbone"', title: 'Zorb Features', text: 'We use an ImageNet-pretrained backbone.', field: 'models', not: ['ImageNet-pretrained'] },
    { why: '"ConvNeXt-T and VMamba-T": -T is the tiny checkpoint', title: 'Zorb Backbones', text: 'We use ConvNeXt-T and VMamba-T backbones.', field: 'models', has: ['ConvNeXt-T', 'VMamba-T'] },
    { why: '"vision transformers (ViTs)" is no ViT-S', title: 'Zorb Transformers', text: 'Vision transformers (ViTs) outperform CNNs here.', field: 'models', not: ['ViT-S'] },
  ]);
});

describe('seventeenth round (readers C, D): facets and a quantity spelt out', () => {
  check<FacetField>([
    { why: '"a temporal graph network" is a GNN', title: 'Zorb Accounts', text: 'We model account interactions with a temporal graph network.', field: 'techniques', has: ['graph-neural-network'] },
    { why: '"A contrastive encoder is trained on normal breathing"', title: 'Zorb Breathing', text: 'A contrastive encoder is trained on normal breathing.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"sea-surface temperature (SST) anomalies" are no text', title: 'Zorb Heatwaves', text: 'We detect marine heatwaves from sea-surface temperature (SST) anomalies. We validate on the NOAA SST product and on CMIP6 projections.', field: 'domains', not: ['text'] },
  ]);
  check<NamedField>([
    { why: '"sea-surface temperature (SST)" is no SST-2', title: 'Zorb Heatwaves', text: 'We detect marine heatwaves from sea-surface temperature (SST) anomalies. We validate on the NOAA SST product and on CMIP6 projections.', field: 'datasets', not: ['SST-2'] },
    { why: 'lexicon: Phishpedia and PhishIntention', title: 'Zorb Phishing', text: 'ZorbPhish outperforms Phishpedia and PhishIntention.', field: 'methods_mentioned', has: ['Phishpedia', 'PhishIntention'] },
    { why: 'lexicon: MovieLens-1M and the Netflix Prize data', title: 'Zorb Shilling', text: 'Experiments on MovieLens-1M and the Netflix Prize dataset show gains.', field: 'datasets', has: ['MovieLens', 'Netflix Prize'] },
  ]);
});

describe('seventeenth round (reader D): dataset roles', () => {
  const role = (abstract: string, name: string) => extractEntities({ id: 't', title: 'Zorb Study', abstract } as Paper).datasets.find((d) => d.name === name)?.role;
  it('"Data were drawn from the SWaT testbed": evaluated', () => {
    expect(role('We propose ZorbVul. Data were drawn from the SWaT testbed.', 'SWaT')).toBe('evaluated');
  });
  it('"We use census data (the Adult income dataset), the German Credit ... datasets": evaluated past the parenthesis', () => {
    expect(role('We propose ZorbVul. We use census data (the Adult income dataset), the German Credit and Bank Marketing datasets.', 'German Credit')).toBe('evaluated');
  });
  it('"Deep vulnerability detectors report high F1 on benchmarks such as Big-Vul, but ...": mentioned', () => {
    expect(role('Deep vulnerability detectors report high F1 on benchmarks such as Big-Vul, but these datasets contain label noise. We propose ZorbVul.', 'Big-Vul')).toBe('mentioned');
  });
  it('"We publish the corrected labels as ZKAB-R": introduced', () => {
    expect(role('We publish the corrected labels as ZKAB-R.', 'ZKAB-R')).toBe('introduced');
  });
});

describe('seventeenth round (masked dev pool): a figure measured on a name', () => {
  check<NamedField>([
    { why: '"AUROC scores of 99.6% on ZorbTec and 98.4% on ZorbVisA"', title: 'Zorb Structure', text: 'We propose StructZore. StructZore achieves image-level AUROC scores of 99.6% on ZorbTec and 98.4% on ZorbVisA, demonstrating robustness.', field: 'datasets', has: ['ZorbTec', 'ZorbVisA'] },
    { why: '"86.2% mAD on ZorbTec, 80.7% mAD on ZorbVisA"', title: 'Zorb Unified', text: 'We propose ZorbUni. It achieves 86.2% mAD on ZorbTec, 80.7% mAD on ZorbVisA and 73.1% mAD on ZorbReal.', field: 'datasets', has: ['ZorbTec', 'ZorbVisA'] },
    { why: '... not a metric, nor a lettered part', title: 'Zorb Bearings', text: 'We propose ZorbFault. It reaches 99.5% on Housing A and B, respectively.', field: 'datasets', not: ['Housing A'] },
  ]);
});

describe('seventeenth round (reader B): the paper\'s own method named where no proposal verb is', () => {
  check<NamedField>([
    { why: '"exploit this observation to build a model-level detector, SpecZcan, which ..."', title: 'Zorb Backdoors', text: 'We find that backdoored models exhibit anomalous spectra and exploit this observation to build a model-level detector, SpecZcan, which needs no clean data.', field: 'methods_proposed', has: ['SpecZcan'] },
    { why: '"We describe the deployment of a hybrid detector, SR-ZNN, ..."', title: 'Zorb Radio', text: 'We describe the deployment of a hybrid detector, SR-ZNN, which transforms spectra.', field: 'methods_proposed', has: ['SR-ZNN'] },
    { why: '"Our contributions are threefold: (1) ECG-ZM-AD, ..."', title: 'Zorb Hearts', text: 'Our contributions are threefold: (1) ECG-ZM-AD, the pretrained model and detector; (2) a benchmark of 12 tasks.', field: 'methods_proposed', has: ['ECG-ZM-AD'] },
    { why: '"extends our earlier reverse distillation framework to RD-ZSP"', title: 'Zorb Distillation', text: 'This paper extends our earlier reverse distillation framework to RD-ZSP, which learns multi-scale projections.', field: 'methods_proposed', has: ['RD-ZSP'] },
    { why: '... not a setting extended to', title: 'Zorb Classes', text: 'We extend PatchCore to the multi-class setting.', field: 'methods_proposed', not: ['PatchCore'] },
  ]);
});

describe('seventeenth round (reader A): a known long form inside a longer one the paper defines', () => {
  check<NamedField>([
    { why: '"Graph Deviation Networks (GDN)" names no DevNet', title: 'Zorb Sensors', text: 'We compare ZorbTS with Graph Deviation Networks (GDN) on SWaT.', field: 'methods_mentioned', has: ['GDN'], not: ['DevNet'] },
    { why: '... but "Deviation Networks (DevNet)" does', title: 'Zorb Tables', text: 'We compare ZorbTab with Deviation Networks (DevNet) on Thyroid.', field: 'methods_mentioned', has: ['DevNet'] },
  ]);
});

describe('seventeenth round (reader D): the bounds of data names', () => {
  check<NamedField>([
    { why: '"the Photometric LSST ... Challenge (PLAsTiCC)" names no LSST', title: 'Zorb Transients', text: 'We propose ZorbSky. We train a transformer on the Photometric LSST Astronomical Time-series Classification Challenge (PLAsTiCC) simulations.', field: 'datasets', has: ['PLAsTiCC'], not: ['LSST'] },
    { why: '"the MIT-BIH Supraventricular Arrhythmia ... databases" names no ODDS Arrhythmia', title: 'Zorb Hearts', text: 'We propose ZorbECG. Evaluated on the MIT-BIH Arrhythmia, the MIT-BIH Supraventricular Arrhythmia and the Long-Term AF databases, it improves F1.', field: 'datasets', not: ['Arrhythmia'] },
    { why: '... but "ODDS Arrhythmia" is Arrhythmia', title: 'Zorb Tables', text: 'We evaluate ZorbTab on the ODDS Arrhythmia dataset.', field: 'datasets', has: ['Arrhythmia'] },
    { why: '"the Yahoo A1 to A4 benchmarks" names no A4', title: 'Zorb Series', text: 'We propose ZorbTS and evaluate on the Yahoo A1 to A4 benchmarks.', field: 'datasets', not: ['A4'] },
    { why: '"the Italian INSTANCE dataset" is INSTANCE', title: 'Zorb Quakes', text: 'We propose ZorbQuake. We evaluate it on the Italian INSTANCE dataset.', field: 'datasets', not: ['Italian INSTANCE'] },
  ]);
});

describe('seventeenth round (masked dev pool): more ways of naming the data a result is on', () => {
  check<NamedField>([
    { why: '"benchmark datasets - ZqHDFS, ZqBGL, and ZqThunderbird - where": a list set off by spaced hyphens', title: 'Zorb Logs', text: 'We propose ZorbLog. The framework is evaluated on three widely-used benchmark datasets - ZqHDFS, ZqBGL, and ZqThunderbird - where it consistently achieves competitive results.', field: 'datasets', has: ['ZqHDFS', 'ZqBGL', 'ZqThunderbird'] },
    { why: '"On ZqCIFAR and ZqminiImageNet, it achieves ..."', title: 'Zorb Classes', text: 'We propose ZorbSeen. On ZqCIFAR and ZqminiImageNet, it achieves substantial gains.', field: 'datasets', has: ['ZqCIFAR', 'ZqminiImageNet'] },
    { why: '"Across ZqShanghaiTech, ZqXDViolence, and ZqUCFCrime, ..."', title: 'Zorb Video', text: 'We propose ZorbV. Across ZqShanghaiTech, ZqXDViolence, and ZqUCFCrime, only few comparisons matter.', field: 'datasets', has: ['ZqShanghaiTech', 'ZqXDViolence', 'ZqUCFCrime'] },
    { why: '"89.37% AUC on ZqUCFCrime (+1.29%)"', title: 'Zorb Video', text: 'We propose DeZC. DeZC achieves 89.37% AUC on ZqUCFCrime (+1.29%) and 87.18% AP on ZqXDViolence (+2.22%).', field: 'datasets', has: ['ZqUCFCrime', 'ZqXDViolence'] },
    { why: '... not "On the other hand"', title: 'Zorb Hands', text: 'On the other hand, ZorbX works.', field: 'datasets', not: ['other hand'] },
  ]);
});

describe('seventeenth round (masked dev pool): names a few words after the data word', () => {
  check<NamedField>([
    { why: '"two large datasets featuring real-world surveillance scenarios (ZqUCFCrime and ZqXDViolence)"', title: 'Zorb Video', text: 'We evaluate ZorbVAD on two large datasets featuring real-world surveillance scenarios (ZqUCFCrime and ZqXDViolence), showing gains.', field: 'datasets', has: ['ZqUCFCrime', 'ZqXDViolence'] },
    { why: '"several datasets for industrial quality inspection: ZqKolektorSDD, ZqDAGM and ZqSeverstal"', title: 'Zorb Steel', text: 'The method is evaluated on several datasets for industrial quality inspection: ZqKolektorSDD, ZqDAGM and ZqSeverstal.', field: 'datasets', has: ['ZqKolektorSDD', 'ZqDAGM', 'ZqSeverstal'] },
    { why: '... not methods in parentheses after a kind of method', title: 'Zorb Memory', text: 'We evaluate on these datasets against strong baselines (ZatchCore, ZimpleNet).', field: 'datasets', not: ['ZatchCore', 'ZimpleNet'] },
  ]);
});

describe('seventeenth round (masked dev pool): names a verb of evaluation takes directly', () => {
  check<NamedField>([
    { why: '"this work evaluates ZqSSIMAE, ZqCFLOW, ZqSTFPM, ZqRDOCE, and ZqDRAEM performances"', title: 'Zorb Leather', text: 'Moreover, this work evaluates ZqSSIMAE, ZqCFLOW, ZqSTFPM, ZqRDOCE, and ZqDRAEM performances on leather defects.', field: 'methods_mentioned', has: ['ZqCFLOW', 'ZqSTFPM', 'ZqDRAEM'] },
    { why: '... not data so listed', title: 'Zorb Sets', text: 'We evaluate ZqMVTec, ZqVisA, ZqBTAD and ZqMPDD datasets.', field: 'methods_mentioned', not: ['ZqVisA', 'ZqBTAD', 'ZqMPDD'] },
  ]);
});

describe('seventeenth round (masked dev pool): a split of a name, a name beside other data, a figure with its metric', () => {
  check<NamedField>([
    { why: '"on the development set of ZqDCASE2023T2"', title: 'Zorb Sounds', text: 'We propose ZorbASD. Experimental results on the development set of ZqDCASE2023T2 outperform the baseline.', field: 'datasets', has: ['ZqDCASE2023T2'] },
    { why: '"mixtures of ZqSQuAD and five other QA datasets"', title: 'Zorb Questions', text: 'We evaluate on mixtures of ZqSQuAD and five other QA datasets.', field: 'datasets', has: ['ZqSQuAD'] },
    { why: '"24.2% (FPR95) on ZqCIFAR10": a figure with its metric in parentheses', title: 'Zorb OOD', text: 'We propose ZorbOOD. It improves the relative performance by 42.0% and 24.2% (FPR95) on ZqCIFAR10 and ZqCIFAR100, respectively.', field: 'datasets', has: ['ZqCIFAR10'] },
    { why: '... not a set of things', title: 'Zorb Rules', text: 'We learn a compact set of ZorbRules for each class.', field: 'datasets', not: ['ZorbRules'] },
  ]);
});

describe('eighteenth round (masked dev pool): what the experiments run on, in more wordings', () => {
  check<NamedField>([
    { why: '"We evaluate ZorbFuse on ZqHD, ZqBG, and ZqLib."', title: 'Zorb Logs', text: 'We evaluate ZorbFuse on ZqHD, ZqBG, and ZqLib.', field: 'datasets', has: ['ZqHD', 'ZqBG', 'ZqLib'] },
    { why: '"Experiments on ZqCrime and ZqViolence demonstrate ... among training-free methods": a kind of method after the verb', title: 'Zorb Video', text: 'Experiments on ZqCrime and ZqViolence demonstrate that ZorbVAD achieves competitive performance among training-free methods.', field: 'datasets', has: ['ZqCrime', 'ZqViolence'] },
    { why: '"two widely used industrial anomaly detection benchmarks, ZqAD and ZqVis,": five words between the count and the data word', title: 'Zorb Parts', text: 'Extensive experiments are conducted on two widely used industrial anomaly detection benchmarks, ZqAD and ZqVis, demonstrating its superiority.', field: 'datasets', has: ['ZqAD', 'ZqVis'] },
    { why: '"the challenging and widely used ZqAD benchmark"', title: 'Zorb Parts', text: 'Extensive experiments on the challenging and widely used ZqAD benchmark show that ZorbPRN outperforms current methods.', field: 'datasets', has: ['ZqAD'] },
    { why: '"studies on ZqAD and ZqEye have verified"', title: 'Zorb Points', text: 'Extensive comparative and ablation studies on ZqAD and ZqEye have verified the effectiveness of the proposed method.', field: 'datasets', has: ['ZqAD', 'ZqEye'] },
    { why: '"On ZqViolence, our model achieves an AP of 80.5%": the paper\'s own model after the name', title: 'Zorb Video', text: 'On ZqViolence, our model achieves an Average Precision (AP) of 80.5%, outperforming other unsupervised methods.', field: 'datasets', has: ['ZqViolence'] },
    { why: '"the ZqISIC skin lesion and ZqBraTS brain tumor datasets": describing words after each name', title: 'Zorb Lesions', text: 'Experimental results on the ZqISIC skin lesion and ZqBraTS brain tumor datasets validate our framework, achieving AUCs of 95.79% and 96.05%.', field: 'datasets', has: ['ZqISIC', 'ZqBraTS'] },
    { why: '"on the comprehensive ZqTSB benchmark"', title: 'Zorb Series', text: 'We evaluate ZorbCALM on the comprehensive ZqTSB benchmark.', field: 'datasets', has: ['ZqTSB'] },
    { why: '"results on the ZqESABench (14 years, 76 channels)": a parenthesis after the name', title: 'Zorb Telemetry', text: 'We report preliminary results on the ZqESABench (14 years, 76 channels, 118 labeled faults).', field: 'datasets', has: ['ZqESABench'] },
    { why: '"achieves first place in 11/12 few-shot settings on ZqAD and ZqVis."', title: 'Zorb Prompts', text: 'ZorbPrompt achieves first place in 11/12 few-shot settings on ZqAD and ZqVis.', field: 'datasets', has: ['ZqAD', 'ZqVis'] },
    { why: '... not what methods are based on', title: 'Zorb Prompts', text: 'It outperforms methods based on ZqCLIP and ZqDINO.', field: 'datasets', not: ['ZqCLIP', 'ZqDINO'] },
    { why: '... nor the devices a test runs on', title: 'Zorb Edge', text: 'We test ZorbNet on Jetson Orin and Raspberry Pi devices.', field: 'datasets', not: ['Jetson Orin'] },
  ]);
  it('"studies on ZqAD and ZqEye have verified ...": the data of the experiments is evaluated', () => {
    const e = extractEntities(paper('Zorb Points', 'Extensive comparative and ablation studies on ZqAD and ZqEye have verified the effectiveness of the proposed method.'));
    expect(e.datasets.map((d) => [d.name, d.role])).toEqual([['ZqAD', 'evaluated'], ['ZqEye', 'evaluated']]);
  });
});

describe('eighteenth round (masked dev pool): a coined name before the head of a kind of method', () => {
  check<NamedField>([
    { why: '"a modified version of the ZadDet attack"', title: 'Zorb Detectors', text: 'We explore the vulnerability of object detectors by implementing a modified version of the ZadDet attack: a patch-based poisoning attack.', field: 'methods_mentioned', has: ['ZadDet'] },
    { why: '"the ZedM3 model for federated learning and the ZWCDRA algorithm"', title: 'Zorb Ships', text: 'The system integrates the ZedM3 model for federated learning and the ZWCDRA algorithm for trajectory compression.', field: 'methods_mentioned', has: ['ZedM3', 'ZWCDRA'] },
    { why: '"the deep learning ZAR2SAR algorithm"', title: 'Zorb Radar', text: 'The speckle is first removed through the deep learning ZAR2SAR algorithm.', field: 'methods_mentioned', has: ['ZAR2SAR'] },
    { why: '... not the paper\'s own ("the proposed ZorbEDL method")', title: 'Zorb Logs', text: 'To evaluate the proposed ZorbEDL method, we conduct extensive experiments.', field: 'methods_mentioned', not: ['ZorbEDL'] },
    { why: '... nor a pretrained network where such networks are the topic ("the pre-trained ZlphaCLIP model")', title: 'Zorb Defects', text: 'It extracts general features by incorporating the pre-trained ZlphaCLIP model.', field: 'methods_mentioned', not: ['ZlphaCLIP'] },
    { why: '... nor "the ZesNet101 model" beside a backbone', title: 'Zorb Features', text: 'The features of the ZesNet101 model at the last two layers of the backbone are used.', field: 'methods_mentioned', not: ['ZesNet101'] },
  ]);
});

describe('eighteenth round (reader A): the paper\'s own names in counted proposals, released tools and more head nouns', () => {
  check<NamedField>([
    { why: '"We propose two compact detectors, ZdgeGuard-S and ZdgeGuard-L, obtained by ..."', title: 'Zorb Edge', text: 'We propose two compact detectors, ZdgeGuard-S and ZdgeGuard-L, obtained by distilling a teacher into students.', field: 'methods_proposed', has: ['ZdgeGuard-S', 'ZdgeGuard-L'] },
    { why: '"We propose two systems, referred to as ZttrNet-A and ZttrNet-B."', title: 'Zorb Attributes', text: 'We propose two systems, referred to as ZttrNet-A and ZttrNet-B.', field: 'methods_proposed', has: ['ZttrNet-A', 'ZttrNet-B'] },
    { why: '"We propose two new methods, ZorbNet and ZorbFlow."', title: 'Zorb Methods', text: 'We propose two new methods, ZorbNet and ZorbFlow.', field: 'methods_proposed', has: ['ZorbNet', 'ZorbFlow'] },
    { why: '... not baselines counted after a comparison verb', title: 'Zorb Patches', text: 'We compare against two strong baselines, ZatchCore and ZaDiM, which store normal patch features.', field: 'methods_proposed', not: ['ZatchCore', 'ZaDiM'] },
    { why: '"All code is released as the Python package zamanomaly"', title: 'Zorb Spectra', text: 'All code is released as the Python package zamanomaly, which integrates with laboratory systems.', field: 'methods_proposed', has: ['zamanomaly'] },
    { why: '"We release the pipeline as the open-source package Zalaxy-Sieve."', title: 'Zorb Galaxies', text: 'We release the pipeline as the open-source package Zalaxy-Sieve.', field: 'methods_proposed', has: ['Zalaxy-Sieve'] },
    { why: '"We release our system under the name Zeacon"', title: 'Zorb Logs', text: 'We release our system under the name Zeacon, together with a synthetic log generator.', field: 'methods_proposed', has: ['Zeacon'] },
    { why: '... not a known library the work is built in', title: 'Zorb Logs', text: 'The detectors are implemented in the Python library PyOD.', field: 'methods_proposed', not: ['PyOD'] },
    { why: '"a graph convolutional autoencoder, ZscNet, in which ..."', title: 'Zorb Grids', text: 'This paper proposes a graph convolutional autoencoder, ZscNet, in which the measurement units are nodes.', field: 'methods_proposed', has: ['ZscNet'] },
    { why: '... not the capitalised end of a long form ("Recovery Autoencoder Ensemble")', title: 'Zorb Text', text: 'For finding contextual anomalies, we propose ZoSAE, a Robust Subspace Local Recovery Autoencoder Ensemble.', field: 'methods_proposed', has: ['ZoSAE'], not: ['Ensemble'] },
  ]);
});

describe('eighteenth round (reader B): describing words between a comparison cue and the compared name', () => {
  check<NamedField>([
    { why: '"outperforms the fully supervised ZogRobust"', title: 'Zorb Logs', text: 'Our method outperforms the fully supervised ZogRobust on unseen log formats.', field: 'methods_mentioned', has: ['ZogRobust'] },
    { why: '"Compared with the object-centric ZccurateAD, ..."', title: 'Zorb Slots', text: 'Compared with the object-centric ZccurateAD, SlotZAD improves AUROC by 2.4 points.', field: 'methods_mentioned', has: ['ZccurateAD'] },
    { why: '"outperforms the semi-supervised ZevNet by 5 points"', title: 'Zorb Claims', text: 'Our model outperforms the semi-supervised ZevNet by 5 points.', field: 'methods_mentioned', has: ['ZevNet'] },
    { why: '... a name that starts with a capitalised describing word keeps it ("Deep SVDD")', title: 'Zorb Spheres', text: 'Our model outperforms Deep SVDD by 5 points.', field: 'methods_mentioned', has: ['Deep SVDD'], not: ['SVDD'] },
  ]);
});

describe('eighteenth round (reader C): data named by a head other than "dataset"', () => {
  check<NamedField>([
    { why: '"the ZqSource and ZqLink collections"', title: 'Zorb Graphs', text: 'We evaluate ZorbGraph on the ZqSource and ZqLink collections.', field: 'datasets', has: ['ZqSource', 'ZqLink'] },
    { why: '"the ZqPhilly traces"', title: 'Zorb Clusters', text: 'Using the ZqPhilly traces, we show that ZorbJob finds failing jobs early.', field: 'datasets', has: ['ZqPhilly'] },
    { why: '"the ZqLeak recordings that accompany this paper"', title: 'Zorb Pipes', text: 'The deployment produced the ZqLeak recordings, with 19 leaks confirmed by excavation.', field: 'datasets', has: ['ZqLeak'] },
    { why: '... not a verb: "ZorbDSV captures the alignment"', title: 'Zorb Losses', text: 'ZorbDSV captures the alignment between an augmentation and the anomalies.', field: 'datasets', not: ['ZorbDSV'] },

  ]);
});

describe('eighteenth round (reader C): result sentences in more shapes', () => {
  check<NamedField>([
    { why: '"by 4.9 points on ZqAD and 6.2 points on ZqVis"', title: 'Zorb Augment', text: 'ZorbAug improves the image-level AUROC of ZatchCore by 4.9 points on ZqAD and 6.2 points on ZqVis.', field: 'datasets', has: ['ZqAD', 'ZqVis'] },
    { why: '"Experiments on ZqAD and ZqVis in class-incremental order show"', title: 'Zorb Prompts', text: 'Experiments on ZqAD and ZqVis in class-incremental order show that ZorbPrompt reduces forgetting.', field: 'datasets', has: ['ZqAD', 'ZqVis'] },
    { why: '"We evaluate on ZqIDS2017 and ZqIDS2018 from the Canadian Institute for Cybersecurity."', title: 'Zorb Flows', text: 'We evaluate on ZqIDS2017 and ZqIDS2018 from the Canadian Institute for Cybersecurity.', field: 'datasets', has: ['ZqIDS2017', 'ZqIDS2018'], not: ['Canadian Institute for Cybersecurity'] },
    { why: '"improves the AUROC on ZqOOD by 3%"', title: 'Zorb Energy', text: 'Our method improves the AUROC on ZqOOD by 3% over the energy score.', field: 'datasets', has: ['ZqOOD'] },
    { why: '... not "On average, ... by 4 points"', title: 'Zorb Average', text: 'On average, ZorbNet improves the F1 by 4 points.', field: 'datasets', not: ['average'] },
  ]);
});

describe('eighteenth round (reader D): a pretrained network set off after its name', () => {
  check<NamedField>([
    { why: '"ZoentGen, a Stable Diffusion model fine-tuned on MIMIC-CXR"', title: 'Zorb Radiographs', text: 'We compare a model trained from scratch with the publicly available ZoentGen, a Stable Diffusion model fine-tuned on MIMIC-CXR.', field: 'models', has: ['ZoentGen'] },
    { why: '... and no method', title: 'Zorb Radiographs', text: 'We compare a model trained from scratch with the publicly available ZoentGen, a Stable Diffusion model fine-tuned on MIMIC-CXR.', field: 'methods_mentioned', not: ['ZoentGen'] },
    { why: '"from ZpectralGPT, a foundation model pretrained on ...": no proposal of the paper', title: 'Zorb Pixels', text: 'We propose ZpecFound-AD, which represents each pixel by its embedding from ZpectralGPT, a foundation model pretrained on multispectral satellite imagery.', field: 'methods_proposed', has: ['ZpecFound-AD'], not: ['ZpectralGPT'] },
    { why: '... but the paper\'s own foundation model stays its proposal', title: 'Zorb Vibrations', text: 'We present ZibFM, a transformer foundation model for vibration signals, pretrained on 30,000 hours of recordings.', field: 'methods_proposed', has: ['ZibFM'] },
    { why: '... also after a second proposal verb ("and by presenting ZniDG, a ... foundation model")', title: 'Zorb Defects', text: 'We address these challenges by introducing ZDG, a large-scale dataset, and by presenting ZniDG, a universal defect generation foundation model.', field: 'methods_proposed', has: ['ZniDG'] },
    { why: '... and "ZicroRank first distinguishes which traces are abnormal" names no data', title: 'ZicroRank: Latency Issue Localization', text: 'This paper proposes a novel system, named ZicroRank. ZicroRank first distinguishes which traces are abnormal.', field: 'datasets', not: ['ZicroRank'] },
  ]);
});

describe('eighteenth round (reader A): the authors\' earlier method is cited, not proposed', () => {
  check<NamedField>([
    { why: '"Our previous system, ZorbArgus, used ..."', title: 'Zorb Metrics', text: 'Our previous system, ZorbArgus, used a fixed forecasting model per metric. Here we present an online selector.', field: 'methods_mentioned', has: ['ZorbArgus'] },
    { why: '... and is no proposal', title: 'Zorb Metrics', text: 'Our previous system, ZorbArgus, used a fixed forecasting model per metric. Here we present an online selector.', field: 'methods_proposed', not: ['ZorbArgus'] },
    { why: '"In our previous work, ZorbGAN, we proposed ..."', title: 'Zorb Adversaries', text: 'In our previous work, ZorbGAN, we proposed an adversarially trained network. Here we propose ZorbSkip.', field: 'methods_mentioned', has: ['ZorbGAN'] },
    { why: '... while "Our framework, ZorbMem, extends ..." is the paper\'s own', title: 'Zorb Memory', text: 'Our framework, ZorbMem, extends normalizing flows with a memory.', field: 'methods_proposed', has: ['ZorbMem'] },
  ]);
});

describe('eighteenth round (reader B): lists of methods under verbs of running and replicating', () => {
  check<NamedField>([
    { why: '"We replicate these three methods together with ZeepLog, ZogRobust and ZLELog"', title: 'Zorb Logs', text: 'We replicate these three methods together with ZeepLog, ZogRobust and ZLELog under a common evaluation pipeline.', field: 'methods_mentioned', has: ['ZeepLog', 'ZogRobust', 'ZLELog'] },
    { why: '"we ran ZqDonut, ZqBagel, ZqSR-CNN and an ensemble of statistical rules side by side"', title: 'Zorb KPIs', text: 'In a production study, we ran ZqDonut, ZqBagel, ZqSR-CNN and an ensemble of statistical rules side by side on 4,000 KPIs.', field: 'methods_mentioned', has: ['ZqDonut', 'ZqBagel', 'ZqSR-CNN'] },
    { why: '"We re-run ZqLSTM-NDT, ZqOmniAnomaly, ZqTranAD and a seasonal ARIMA baseline"', title: 'Zorb Telemetry', text: 'We re-run ZqLSTM-NDT, ZqOmniAnomaly, ZqTranAD and a seasonal ARIMA baseline under identical preprocessing.', field: 'methods_mentioned', has: ['ZqLSTM-NDT', 'ZqOmniAnomaly', 'ZqTranAD'] },
    { why: '... not data so listed', title: 'Zorb Sets', text: 'We re-run the detectors on ZqSMD, ZqSMAP, ZqMSL and ZqPSM datasets.', field: 'methods_mentioned', not: ['ZqSMD', 'ZqSMAP', 'ZqMSL'] },
  ]);
});

describe('eighteenth round (readers A and B): names set off by quotes or "i.e.", and examples after a kind of method with its purpose', () => {
  check<NamedField>([
    { why: '"We present a feature-editing approach (i.e., ZAFE) that ..."', title: 'Zorb Editing', text: 'We present a feature-editing approach (i.e., ZAFE) that, instead of reconstructing features, edits only the anomalous ones.', field: 'methods_proposed', has: ['ZAFE'] },
    { why: '"an AI-based inspection system, \'ZisionQ\', and its deployment"', title: 'Zorb Inspection', text: "This paper reports the development of an AI-based inspection system, 'ZisionQ', and its deployment on a production line.", field: 'methods_proposed', has: ['ZisionQ'] },
    { why: '"We introduce “ZimeSeer”, a probabilistic forecaster that ..."', title: 'Zorb Forecasts', text: 'We introduce “ZimeSeer”, a probabilistic forecaster that outputs a full predictive distribution.', field: 'methods_proposed', has: ['ZimeSeer'] },
    { why: '"Unsupervised methods developed for industrial images, such as ZatchCore and ZimpleNet, ..."', title: 'Zorb Anatomy', text: 'Unsupervised methods developed for industrial images, such as ZatchCore and ZimpleNet, transfer poorly because anatomy varies between patients.', field: 'methods_mentioned', has: ['ZatchCore', 'ZimpleNet'] },
    { why: '... not data collected for images', title: 'Zorb Sets', text: 'Datasets collected for industrial images, such as ZqAD and ZqVis, are small.', field: 'methods_mentioned', not: ['ZqAD', 'ZqVis'] },
  ]);
});

describe('eighteenth round (readers A and D): a coined name set off after the object of a proposal, or what the authors make something into', () => {
  check<NamedField>([
    { why: '"We propose a curriculum, ZoundaryCurr, which schedules ..."', title: 'Zorb Curricula', text: 'We propose a curriculum, ZoundaryCurr, which schedules the distance of synthetic anomalies.', field: 'methods_proposed', has: ['ZoundaryCurr'] },
    { why: '"propose a standardized protocol, ZADBench-FM, in which ..."', title: 'Zorb Protocols', text: 'We therefore propose a standardized protocol, ZADBench-FM, in which every detector sees the same data.', field: 'methods_proposed', has: ['ZADBench-FM'] },
    { why: '... not a known method so set off', title: 'Zorb Memory', text: 'We propose a simple remedy, PatchCore, which stores features.', field: 'methods_proposed', not: ['PatchCore'] },
    { why: '"We turn this intuition into a zero-shot detector, ZextQ."', title: 'Zorb Questions', text: 'We turn this intuition into a zero-shot detector, ZextQ.', field: 'methods_proposed', has: ['ZextQ'] },
    { why: '"The third part integrates both into ZELIOS, a monitoring system ..."', title: 'Zorb Thesis', text: 'The third part integrates both into ZELIOS, a monitoring system that correlates telemetry and log anomalies.', field: 'methods_proposed', has: ['ZELIOS'] },
    { why: '... not a popular library the detector is put into', title: 'Zorb Library', text: 'We integrate our detector into ZomaLib, a popular library.', field: 'methods_proposed', not: ['ZomaLib'] },
  ]);
});
describe('eighteenth round (reader C): a reduced suite of datasets set off after the proposal is no method', () => {
  check<NamedField>([
    { why: '"propose a reduced suite, ZDBench-Hard, of 12 datasets"', title: 'Zorb Tables', text: 'We identify the datasets that still separate methods, and propose a reduced suite, ZDBench-Hard, of 12 datasets.', field: 'methods_proposed', not: ['ZDBench-Hard'] },
  ]);
});
describe('eighteenth round (reader C): what the authors collected, then named, is data', () => {
  check<NamedField>([
    { why: '"We collect 3,100 radiographs ..., which we call ZinShift"', title: 'Zorb Radiographs', text: 'We collect 3,100 radiographs from a regional hospital in Vietnam, which we call ZinShift, and release them to the community.', field: 'datasets', has: ['ZinShift'] },
    { why: '... and no method', title: 'Zorb Radiographs', text: 'We collect 3,100 radiographs from a regional hospital in Vietnam, which we call ZinShift, and release them to the community.', field: 'methods_proposed', not: ['ZinShift'] },
    { why: '... while "We propose a new detector, which we call ZorbDet" names a method', title: 'Zorb Detectors', text: 'We propose a new detector, which we call ZorbDet.', field: 'methods_proposed', has: ['ZorbDet'] },
  ]);
});
describe('eighteenth round (masked dev pool): what the paper\'s method extends or adapts is someone\'s', () => {
  check<NamedField>([
    { why: '"S-ZGAA, a novel lightweight extension of ZqMGAA"', title: 'Zorb Greetings', text: 'We propose Short-ZGAA (S-ZGAA), a novel lightweight extension of ZqMGAA, designed to enhance discriminative representations.', field: 'methods_mentioned', has: ['ZqMGAA'] },
    { why: '"a lightweight adaptation of the ZqGLASS framework"', title: 'Zorb Tiny', text: 'This work introduces TinyZLASS, a lightweight adaptation of the ZqGLASS framework designed for real-time inspection.', field: 'methods_mentioned', has: ['ZqGLASS'] },
    { why: '... not the first word of a long form', title: 'Zorb Greetings', text: 'We propose S-ZGAA, an extension of Multi-Granularity Adaptive Attention (ZGAA).', field: 'methods_mentioned', not: ['Multi-Granularity'] },
    { why: '... nor a lower-case compound', title: 'Zorb Care', text: 'The framework is an adaptation of human-AI collaboration to caregiving.', field: 'methods_mentioned', not: ['human-AI'] },
  ]);
});
describe('eighteenth round (masked dev pool): coined names as examples after "including"', () => {
  check<NamedField>([
    { why: '"LLM-based chatbots, including ChatGPT, ZhatPDF, and ZotebookLM"', title: 'Zorb Chat', text: 'Results demonstrate significant improvements over state-of-the-art LLM-based chatbots, including ChatGPT, ZhatPDF, and ZotebookLM.', field: 'methods_mentioned', has: ['ZhatPDF', 'ZotebookLM'] },
    { why: '... not models ("three prominent LLMs of varying size, including ...")', title: 'Zorb Logs', text: 'We tap into three prominent LLMs of varying size, including ZoBERTa, ZqGPT2, and ZqLlama3, for parameter-efficient detection.', field: 'methods_mentioned', not: ['ZoBERTa', 'ZqGPT2', 'ZqLlama3'] },
  ]);
});
describe('eighteenth round (dev pool and reader D): metrics the paper proposes', () => {
  check<NamedField>([
    { why: '"we introduce the data-driven ZARGOS metric"', title: 'Zorb Selection', text: 'In this paper, we introduce the data-driven ZARGOS metric, which has a sound theoretical foundation.', field: 'methods_proposed', has: ['ZARGOS'] },
    { why: '"we propose the ZediHall Score, a new medical evaluative metric"', title: 'Zorb Hallucinations', text: 'Furthermore, we propose the ZediHall Score, a new medical evaluative metric designed to assess hallucinations.', field: 'methods_proposed', has: ['ZediHall Score'] },
    { why: '... and a metric proposed first is no main method that makes the next proposal a part', title: 'Zorb Hallucinations', text: 'Furthermore, we propose the ZediHall Score, a new medical evaluative metric designed to assess hallucinations. We also present ZorbDetector, a novel medical LVLM engineered for precise hallucination detection.', field: 'methods_proposed', has: ['ZediHall Score', 'ZorbDetector'] },
    { why: '... not "the usage of the ZqFormer architecture" (the object is a usage)', title: 'Zorb Bottleneck', text: 'We propose the usage of the ZqFormer architecture as the bottleneck.', field: 'methods_proposed', not: ['ZqFormer'] },
    { why: '... nor "an improved Skip-ZAN algorithm"', title: 'Zorb Rails', text: 'This paper proposed an improved Skip-ZAN algorithm to perform unsupervised detection of defects.', field: 'methods_proposed', not: ['Skip-ZAN'] },
  ]);
});
describe('eighteenth round (dev pool): a foundation model the paper builds is no foundation-model features', () => {
  check<FacetField>([
    { why: '"A Graph Foundation Model for Unified Anomaly Detection"', title: 'A Graph Foundation Model for Unified Anomaly Detection', text: 'We pretrain a single model on many graphs and apply it to unseen graphs without tuning.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '"we introduce a novel graph foundation model"', title: 'Zorb Graphs', text: 'We introduce a novel graph foundation model for anomaly detection.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '... while adapting time series foundation models uses their features', title: 'Adapting Multivariate Time Series Foundation Models for Anomaly Prediction', text: 'We adapt pretrained forecasters to anomaly prediction with a light head.', field: 'techniques', has: ['foundation-model-features'] },
  ]);
});
describe('eighteenth round (dev pool): cue phrases that gave more false tags than right ones, dropped', () => {
  check<FacetField>([
    { why: '"a comparative analysis" alone is no evaluation paper', title: 'Zorb Logs', text: 'We propose ZorbLog and provide a comparative analysis of its components.', field: 'settings', not: ['evaluation'] },
    { why: '"programming languages" is no text domain', title: 'Zorb Code', text: 'ZorbVuln detects vulnerable functions in five programming languages.', field: 'domains', not: ['text'] },
    { why: '"5G networks" alone is no computing-systems domain', title: 'Zorb Radio', text: 'ZorbRadio detects jamming in 5G networks from spectrograms.', field: 'domains', not: ['computing-systems'] },
  ]);
});
describe('eighteenth round (dev pool): "accurate" is no accuracy metric', () => {
  check<FacetField>([
    { why: '"enables accurate report generation (GREEN score: 0.678)"', title: 'Zorb Reports', text: 'This unified approach achieves superior disease classification (average AUC: 0.885) and enables accurate report generation (GREEN score: 0.678).', field: 'metrics', not: ['accuracy'] },
    { why: '... while "an accuracy of 92.5%" is', title: 'Zorb Cells', text: 'Our model achieves an accuracy of 92.5% on the validation subset.', field: 'metrics', has: ['accuracy'] },
  ]);
});
describe('eighteenth round (dev pool): three more cue phrases with no right tag, dropped', () => {
  check<FacetField>([
    { why: '"graph representation learning" is no GNN', title: 'Zorb Graphs', text: 'Anomaly detection is a core problem of graph representation learning.', field: 'techniques', not: ['graph-neural-network'] },
    { why: '"distributed systems" alone is no computing-systems domain', title: 'Zorb Ledger', text: 'Blockchains are distributed systems that record transactions.', field: 'domains', not: ['computing-systems'] },
    { why: '"lightweight mobile networks" are architectures, not telecom', title: 'Zorb Edge', text: 'We distil the detector into lightweight mobile networks for edge cameras.', field: 'domains', not: ['computing-systems'] },
  ]);
});
describe('eighteenth round (reader C): data given as examples after "including" is no method', () => {
  check<NamedField>([
    { why: '"16 datasets from the TU graph collection, including ZqPROTEINS, ZqDD, ZqNCI1"', title: 'Zorb Molecules', text: 'We evaluate on 16 datasets from the TU graph collection, including ZqPROTEINS, ZqDD, ZqNCI1 and ZqAIDS.', field: 'methods_mentioned', not: ['ZqPROTEINS', 'ZqNCI1', 'ZqAIDS'] },
  ]);
});
describe('eighteenth round (dev pool): a metric set off as new keeps its acronym', () => {
  check<NamedField>([
    { why: '"the development of the Space-Time Zorb Score (STZS), a new metric"', title: 'Zorb Localization', text: 'This paper introduces a novel transformer-based model. This leads to the development of the Space-Time Zorb Score (STZS), a new metric inspired by space-time statistical models.', field: 'methods_proposed', has: ['STZS'] },
  ]);
});
describe('eighteenth round (dev pool): a name set off by commas right after the proposal verb', () => {
  check<NamedField>([
    { why: '"We present, ZorbGEM, the first heterogeneous graph neural network approach"', title: 'Zorb Accounts', text: 'We present, ZorbGEM, the first heterogeneous graph neural network approach for detecting malicious accounts.', field: 'methods_proposed', has: ['ZorbGEM'] },
  ]);
});
describe('nineteenth round (reader 19b): a known name that goes on in a decimal point is another name', () => {
  check<NamedField>([
    { why: '"the C4.5 classifier" is no C4 corpus', title: 'Zorb Phishing', text: 'The feature sets are evaluated using the C4.5 classifier, whereby the URL category performs best.', field: 'datasets', not: ['C4'] },
    { why: '... while "the C4 corpus." at the end of a sentence is', title: 'Zorb Text', text: 'The language model was pretrained on the C4 corpus. It detects toxic text.', field: 'datasets', has: ['C4'] },
    { why: '... and a model so spelt is its version ("GPT-5.4")', title: 'Zorb Agents', text: 'We evaluate the agent with GPT-5.4 on all tasks.', field: 'models', has: ['GPT-5.4'] },
  ]);
});
describe('nineteenth round (reader 19a): a closed-set detector the paper improves, builds on or beats is a method it names', () => {
  check<NamedField>([
    { why: 'title "An Improved YOLOv8 Model for ..."', title: 'An Improved YOLOv8 Model for Strip Steel Surface Defect Detection', text: 'We add an attention block to the neck and a new loss.', field: 'methods_mentioned', has: ['YOLOv8'] },
    { why: '"a detection method based on the YOLOv5 model"', title: 'Zorb Cells', text: 'A detection method based on the YOLOv5 model is explored for solar cell defects.', field: 'methods_mentioned', has: ['YOLOv5'] },
    { why: '"surpassing mainstream models such as YOLOv8"', title: 'Zorb Steel', text: 'The method achieves 44.3% mAP, significantly surpassing mainstream models such as YOLOv8.', field: 'methods_mentioned', has: ['YOLOv8'] },
    { why: '"compared to the original YOLOv7"', title: 'Zorb Insulators', text: 'Our approach attains 85.7% mAP, a 7.2% increase over the original YOLOv7.', field: 'methods_mentioned', has: ['YOLOv7'] },
    { why: '"a BiFPN-style architecture within the YOLOv5 backbone": the network the paper builds from', title: 'Zorb Defects', text: 'We adopt a BiFPN-style architecture to strengthen feature aggregation within the YOLOv5 backbone.', field: 'methods_mentioned', has: ['YOLOv5'] },
    { why: '... not a detector used as it is ("We employ the YOLOv8 model to extract person boxes")', title: 'Zorb Shops', text: 'We employ the YOLOv8 model to extract person boxes and an LSTM to classify behaviour.', field: 'models', has: ['YOLOv8'] },
    { why: '... nor an open-set detector, whatever the wording ("based on Grounding DINO")', title: 'Zorb Boxes', text: 'Our zero-shot pipeline is based on Grounding DINO.', field: 'models', has: ['Grounding DINO'] },
  ]);
});
describe('nineteenth round (reader 19a): more wordings of the paper\'s own proposal', () => {
  check<NamedField>([
    { why: '"we propose an enhanced detection model known as ZOLO-BSPB"', title: 'Zorb Steel', text: 'To improve defect detection in steel strips, we propose an enhanced detection model known as ZOLO-BSPB.', field: 'methods_proposed', has: ['ZOLO-BSPB'] },
    { why: '... not what is known so elsewhere ("the cutting-edge generation method known as ZimeVQVAE")', title: 'Zorb Series', text: 'The prior model is adapted from the cutting-edge time series generation method known as ZimeVQVAE.', field: 'methods_proposed', not: ['ZimeVQVAE'] },
    { why: '"this research introduces an improved model, EB-ZorbNet, for ...": "this research" is the paper', title: 'Zorb Steel', text: 'To address these issues, this research introduces an improved model, EB-ZorbNet, for steel surfaces.', field: 'methods_proposed', has: ['EB-ZorbNet'] },
  ]);
});
describe('nineteenth round (reader 19a): a bare family name listed after a generic one, beside named models', () => {
  check<NamedField>([
    { why: '"four CNNs —AlexNet, VGG, ResNet, and DenseNet— are trained": DenseNet follows the generic ResNet', title: 'Zorb Lesions', text: 'Methods: To this end, four convolutional neural networks (CNNs) —AlexNet, VGG, ResNet, and DenseNet— are trained using public datasets.', field: 'models', has: ['AlexNet', 'VGG', 'DenseNet'] },
    { why: '... not a family name listed with no model ("the ResNet and DenseNet families differ")', title: 'Zorb Lesions', text: 'Residual and dense connections differ, as ResNet and DenseNet show.', field: 'models', not: ['DenseNet'] },
  ]);
});
describe('nineteenth round (reader 19c): data named after describing words or in apposition after an indefinite article', () => {
  check<NamedField>([
    { why: '"evaluated on an open-access ZASE database": the words say it is one known set', title: 'Zorb Sounds', text: 'Feature sets were extracted and evaluated on an open-access ZASE database, which contains nine audio events.', field: 'datasets', has: ['ZASE'] },
    { why: '"on the publicly available ZILDA database"', title: 'Zorb Fabric', text: 'Evaluations are performed on the publicly available ZILDA database.', field: 'datasets', has: ['ZILDA'] },
    { why: '... while "a public CXR dataset" is a kind of data', title: 'Zorb Chests', text: 'We train on a public CXR dataset and test on private scans.', field: 'datasets', not: ['CXR'] },
    { why: '"we introduce a high-quality Deepfake dataset, ZR-DF, which ..."', title: 'Zorb Faces', text: 'To stimulate research, we introduce a high-quality Deepfake dataset, ZR-DF, which consists of 4,000 DeepFake videos.', field: 'datasets', has: ['ZR-DF'] },
  ]);
});
describe('nineteenth round (reader 19c): a known name of three capitalised words ending a longer one', () => {
  check<NamedField>([
    { why: '"A Singing Voice Deepfake Detection Challenge" is no Deepfake Detection Challenge (DFDC)', title: 'ZVDD Challenge 2024: A Singing Voice Deepfake Detection Challenge Evaluation Plan', text: 'We describe the tracks, the data and the metrics of the challenge.', field: 'datasets', not: ['DFDC'] },
    { why: '... while "on the Deepfake Detection Challenge" is', title: 'Zorb Faces', text: 'We evaluate our detector on the Deepfake Detection Challenge and report AUC.', field: 'datasets', has: ['DFDC'] },
  ]);
});
describe('nineteenth round (reader 19c): a challenge the title names, and a proposed name ending in a data word, are data', () => {
  check<NamedField>([
    { why: 'title "ZVDD Challenge 2024: A ... Challenge Evaluation Plan"', title: 'ZVDD Challenge 2024: A Singing Voice Deepfake Detection Challenge Evaluation Plan', text: 'We describe the tracks, the data and the metrics of the challenge.', field: 'datasets', has: ['ZVDD Challenge 2024'] },
    { why: '... not a method', title: 'ZVDD Challenge 2024: A Singing Voice Deepfake Detection Challenge Evaluation Plan', text: 'We describe the tracks, the data and the metrics of the challenge.', field: 'methods_proposed', not: ['ZVDD Challenge 2024'] },
    { why: '"This paper presents the Zexar Dashcam Collision Prediction Dataset and Challenge"', title: 'Zexar Dashcam Collision Prediction Dataset and Challenge', text: 'This paper presents the Zexar Dashcam Collision Prediction Dataset and Challenge, designed to support research in traffic event analysis.', field: 'datasets', has: ['Zexar Dashcam Collision Prediction Dataset'] },
    { why: '... while a title head named otherwise stays the method', title: 'ZorbNet: Learning to Spot Defects', text: 'We propose ZorbNet for industrial inspection.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});
describe('nineteenth round (reader 19c): a long form read whole before its short name, and "the X <words> system"', () => {
  check<NamedField>([
    { why: '"named Zuxiliary Range Expansion for Outlier Synthesis, or ZARES": one proposal', title: 'Zorb Outliers', text: 'In this paper, we propose a novel methodology for OOD detection named Zuxiliary Range Expansion for Outlier Synthesis, or ZARES.', field: 'methods_proposed', has: ['ZARES'], not: ['Zuxiliary Range Expansion'] },
    { why: '"This paper presents the ZZU-AFS anti-spoofing system, designed for ..."', title: 'Zorb Spoofing', text: 'This paper presents the ZZU-AFS anti-spoofing system, designed for Track 1 of the challenge.', field: 'methods_proposed', has: ['ZZU-AFS'] },
    { why: '... not "a CLIP-based anomaly detection framework": a modifier after "a"', title: 'Zorb Parts', text: 'We propose a CLIP-based anomaly detection framework for parts.', field: 'methods_proposed', not: ['CLIP-based', 'CLIP'] },
  ]);
});
describe('nineteenth round (reader 19b): formats, protocols and languages are no method names', () => {
  check<NamedField>([
    { why: '"features based on URLs, HTML, and JavaScript"', title: 'Zorb Phishing', text: 'We combine blacklists and machine learning with abnormal features based on URLs, HTML, and JavaScript to rank web pages.', field: 'methods_mentioned', not: ['URLs', 'JavaScript', 'HTML'] },
    { why: '"compared to ZyWebCopy Python library": the language is no part of the name', title: 'Zorb Phishing', text: 'Our tool fetches more webpage resources compared to ZyWebCopy Python library, which provides webpage content.', field: 'methods_mentioned', has: ['ZyWebCopy'], not: ['ZyWebCopy Python'] },
  ]);
});
describe('nineteenth round (reader 19a): an ambiguous short name the paper spells out otherwise, and pairs of dimensions', () => {
  check<NamedField>([
    { why: '"Moving Least Squares (MLS)" is no MaxLogit (whose MLS is the maximum logit score)', title: 'Zorb Surfaces', text: 'We compare Random Sample Consensus (RANSAC), Moving Least Squares (MLS), and deep learning methods.', field: 'methods_mentioned', not: ['MaxLogit'] },
    { why: '"Audio Spectrogram Transformer (AST)" is no Asymmetric Student-Teacher', title: 'Zorb Sounds', text: 'We use YOLOv8, ByteTrack, and the Audio Spectrogram Transformer (AST) for the first version.', field: 'methods_mentioned', not: ['AST'] },
    { why: '... while "the pre-trained masked autoencoder (MAE)" stays MAE (its lexicon entry has no long form to differ from)', title: 'Zorb Scans', text: 'We propose ZAMAE, a two-stage algorithm for adaptation of the pre-trained masked autoencoder (MAE) to anomaly detection.', field: 'models', has: ['MAE'] },
    { why: '"methods based on 3D-to-2D residual mapping (ZentNet)": a pair of dimensions is no name', title: 'Zorb Surfaces', text: 'This review compares deep learning methods based on 3D-to-2D residual mapping (ZentNet) with classic ones.', field: 'methods_mentioned', not: ['3D-to-2D'] },
  ]);
});
describe('nineteenth round (reader 19c): data listed after "namely" is evaluated unless the paper made it', () => {
  it('"validations on ... datasets, namely A, B, C, and D, demonstrate the efficacy of our approach": evaluated', () => {
    const e = extractEntities(paper('Zorb Fakes', 'Thorough experimental validations on audio-visual deepfake datasets, namely ZakeAVCeleb, ZV-Deepfake1M, ZVIL, and ZAV-DF datasets, demonstrate the efficacy of our approach.'));
    expect(e.datasets.map((d) => d.role)).toEqual(['evaluated', 'evaluated', 'evaluated', 'evaluated']);
  });
  it('... and "We evaluate our method on three datasets, namely A, B and C" evaluates them ("our" is the method\'s)', () => {
    const e = extractEntities(paper('Zorb Logs', 'We evaluate our method on three datasets, namely ZorbA, ZorbB and ZorbC.'));
    expect(e.datasets.map((d) => d.role)).toEqual(['evaluated', 'evaluated', 'evaluated']);
  });
  it('... while "we collect three new datasets, namely A, B and C" introduces them', () => {
    const e = extractEntities(paper('Zorb Logs', 'We collect three new datasets, namely ZADFA-U, ZLOGEVOL-U and ZSynHDFS-U, for evaluation.'));
    expect(e.datasets.map((d) => [d.name, d.role])).toEqual([['ZADFA-U', 'introduced'], ['ZLOGEVOL-U', 'introduced'], ['ZSynHDFS-U', 'introduced']]);
  });
});
describe('nineteenth round (reader 19a): YOLO versions with a size or a written version', () => {
  check<NamedField>([
    { why: '"We use YOLOv8s and YOLOv5l": size variants are models', title: 'Zorb Boxes', text: 'We use YOLOv8s and YOLOv5l for detection.', field: 'models', has: ['YOLOv8s', 'YOLOv5l'] },
    { why: '"an optimized YOLOv8s algorithm": a variant the paper improves is a method it names', title: 'Zorb Steel', text: 'This paper proposes an optimized YOLOv8s algorithm for defect detection on hot-rolled steel strips.', field: 'methods_mentioned', has: ['YOLOv8s'] },
    { why: '"based on the YOLO-v8 algorithm" names no bare YOLO', title: 'Zorb Timber', text: 'This paper introduces a feature fusion network based on the YOLO-v8 algorithm.', field: 'methods_mentioned', not: ['YOLO'] },
  ]);
});
describe('nineteenth round (reader 19a): YOLO written out', () => {
  check<NamedField>([
    { why: '"on the basis of the original You Only Look Once version 5 algorithm"', title: 'Zorb Profiles', text: 'On the basis of the original You Only Look Once version 5 algorithm, this study detects surface defects on aluminum profiles.', field: 'methods_mentioned', has: ['YOLOv5'] },
  ]);
});
describe('nineteenth round (reader 19b): what systems of a kind are designed for is no proposal', () => {
  check<NamedField>([
    { why: '"Intrusion Detection Systems (IDS) are designed to detect ..."', title: 'Zorb Intrusions', text: 'Intrusion Detection Systems (IDS) are designed to detect the real-time intrusions and to stop the attack.', field: 'methods_proposed', not: ['IDS'] },
    { why: '... while "a Zorb Graph Network (ZGN) is designed to ..." in the paper\'s proposal stays its own', title: 'Zorb Graphs', text: 'In this paper, a novel Zorb Graph Network (ZGN) is designed to detect anomalous nodes.', field: 'methods_proposed', has: ['ZGN'] },
  ]);
});
describe('nineteenth round (reader 19a): a known name the proposal modifies is not its name', () => {
  check<NamedField>([
    { why: '"we propose a lightweight YOLOv7 insulator defect detection algorithm"', title: 'Zorb Insulators', text: 'We propose a lightweight YOLOv7 insulator defect detection algorithm for fast inspection.', field: 'methods_proposed', not: ['YOLOv7'] },
    { why: '... while "we propose ZorbNet, a lightweight detector" names it', title: 'Zorb Insulators', text: 'We propose ZorbNet, a lightweight detector for fast inspection.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});
describe('nineteenth round (reader 19a): a network put in as the backbone is a pretrained model', () => {
  check<NamedField>([
    { why: '"Use the lightweight network ZfficientNetLite0 as the backbone network"', title: 'Zorb Boards', text: 'Use the lightweight network ZfficientNetLite0 as the backbone network of the model and add a detection head.', field: 'models', has: ['ZfficientNetLite0'] },
    { why: '"with ZADIO as a backbone, ZorbVFM achieves ..."', title: 'Zorb Parts', text: 'More specifically, with ZADIO as a backbone, ZorbVFM achieves an average AUROC of 94.1%.', field: 'models', has: ['ZADIO'] },
    { why: '... not the paper\'s own network set up as a backbone for others', title: 'Zorb Series', text: 'We propose ZimesNet with ZimesBlock as a task-general backbone for time series analysis.', field: 'models', not: ['ZimesNet'] },
  ]);
});
describe('nineteenth round (reader 19b): the paper\'s own acronym in its proposal sentence, whatever else rejected it', () => {
  check<NamedField>([
    { why: 'title "... Via Behavior Zorb Aggregation Network (BZAN) On ...", then "we propose a novel behavior zorb aggregation network (BZAN)"', title: 'Fraudulent User Detection Via Behavior Zorb Aggregation Network (BZAN) On Large-Scale Financial Social Network', text: 'In this paper, we propose a novel behavior zorb aggregation network (BZAN) to combine the user behaviors with other user features.', field: 'methods_proposed', has: ['BZAN'] },
    { why: '... not a generic network so defined ("we propose a method built on graph neural networks (GNN)")', title: 'Fraud Detection Via Graph Neural Networks (GNN)', text: 'In this paper, we propose a fraud detector built on graph neural networks (GNN).', field: 'methods_proposed', not: ['GNN'] },
  ]);
});
describe('twentieth round (masked pool): a coined name before a kind of method after "a" as after "the"', () => {
  check<NamedField>([
    { why: '"passed through a ZraphSAGE model to capture ..."', title: 'Zorb Bots', text: 'These are combined with behavioral features and passed through a ZraphSAGE model to capture both local and global patterns.', field: 'methods_mentioned', has: ['ZraphSAGE'] },
    { why: '"located by a ZkipGAN network trained on normal images"', title: 'Zorb Rails', text: 'The defects are then located by a ZkipGAN network trained on normal images.', field: 'methods_mentioned', has: ['ZkipGAN'] },
    { why: '... not "a ZesNet50 model" where pretrained networks are the topic', title: 'Zorb Parts', text: 'Features come from a ZesNet50 model pre-trained on ImageNet.', field: 'methods_mentioned', not: ['ZesNet50'] },
  ]);
});
describe('twentieth round (dev pool): a version the paper adds, and "one ... the other" named after its proposal', () => {
  check<NamedField>([
    { why: '"We also propose an enhanced version, ZpecBoost, which ...": a sentence of parts, but a version is a proposal', title: 'ZpecDetect: Fast Detection of Generated Text', text: 'We propose ZpecDetect, a training-free detector. We also propose an enhanced version, ZpecBoost, which incorporates a sampling discrepancy mechanism.', field: 'methods_proposed', has: ['ZpecBoost'] },
    { why: '... while "We also propose a gating module, ZateNet, which ..." stays a part', title: 'ZorbDet: Spotting Defects', text: 'We propose ZorbDet for defect detection. We also propose a gating module, ZateNet, which weighs the features.', field: 'methods_proposed', not: ['ZateNet'] },
    { why: '"One is called ZetectLLM-LRR, ..., and the other is called ZetectLLM-NPR" after "we propose two methods"', title: 'ZetectLLM: Zero-Shot Detection of Machine-Generated Text', text: 'We propose two simple but effective zero-shot methods. One is called ZetectLLM-LRR, which is fast and efficient, and the other is called ZetectLLM-NPR, which is more accurate.', field: 'methods_proposed', has: ['ZetectLLM-LRR', 'ZetectLLM-NPR'] },
    { why: '... not without a proposal before ("Two detectors exist: one is called ZoloDet")', title: 'A study of detectors', text: 'Two detectors are popular. One is called ZoloDet, which is fast, and the other is called ZastDet.', field: 'methods_proposed', not: ['ZoloDet', 'ZastDet'] },
  ]);
});
describe('twentieth round (masked pool): a list of others\' methods that opens on a generic item in lower case', () => {
  check<NamedField>([
    { why: '"tree based models such as random forests, ZGBoost, and ZightGBM have been ..."', title: 'Zorb Fraud', text: 'Traditionally, tree based models such as random forests, ZGBoost, and ZightGBM have been the backbone of fraud detection.', field: 'methods_mentioned', has: ['ZGBoost', 'ZightGBM'] },
    { why: '"boosting, such as random forests, ZGBoost, and ZightGBM"', title: 'Zorb Fraud', text: 'Earlier work used boosting, such as random forests, ZGBoost, and ZightGBM.', field: 'methods_mentioned', has: ['ZGBoost', 'ZightGBM'] },
    { why: '... not data so listed ("benchmarks such as tabular data, ZDD-99 and ZSL-KDD")', title: 'Zorb Intrusions', text: 'We evaluate on benchmarks such as tabular data, ZDD-99 and ZSL-KDD datasets.', field: 'methods_mentioned', not: ['ZDD-99', 'ZSL-KDD'] },
  ]);
});
describe('twentieth round (reader 20b): the initials of a two-word task are no method name', () => {
  check<NamedField>([
    { why: '"we propose an unsupervised change detection (CD) method based on ..."', title: 'Zorb Radar', text: 'In this paper, we propose an unsupervised change detection (CD) method based on difference images for radar data.', field: 'methods_proposed', not: ['CD'] },
    { why: '... while a coined name so defined stays ("a multi-scale zorb detection (MSZD) method")', title: 'Zorb Radar', text: 'In this paper, we propose a multi-scale zorb detection (MSZD) method for radar data.', field: 'methods_proposed', has: ['MSZD'] },
  ]);
});
describe('twentieth round (readers 20a, 20c): process and threat words of the domains', () => {
  check<FacetField>([
    { why: '"quality of welds during welding processes"', text: 'We monitor the quality of welds during welding processes with a camera.', field: 'domains', has: ['industrial'] },
    { why: '"tool wear monitoring in milling operations"', text: 'We study tool wear monitoring in milling operations.', field: 'domains', has: ['industrial'] },
    { why: '"errors of 3D printers", "laser powder bed fusion"', text: 'We detect errors of 3D printers in laser powder bed fusion.', field: 'domains', has: ['industrial'] },
    { why: '"accelerometer and gyroscope data"', text: 'We classify accelerometer and gyroscope data from phones.', field: 'domains', has: ['time-series'] },
    { why: '"detecting sabotage attacks"', text: 'The process can be tampered with; we focus on detecting sabotage attacks.', field: 'domains', has: ['security'] },
    { why: '"spam accounts", "malicious executables"', text: 'We detect spam accounts and malicious executables.', field: 'domains', has: ['security'] },
    { why: '"the review text"', text: 'We flag generated reviews from the review text alone.', field: 'domains', has: ['text'] },
  ]);
});
describe('twentieth round (reader 20a): paper-type labels heading a title, and PolitiFact', () => {
  check<NamedField>([
    { why: 'title "Experience: Improving Opinion Spam Detection by ..."', title: 'Experience: Improving Opinion Spam Detection by Cumulative Relative Frequency Distribution', text: 'We study opinion spam on review sites.', field: 'methods_proposed', not: ['Experience'] },
    { why: 'title "WiP: Generative Adversarial Network for Oversampling ..."', title: 'WiP: Generative Adversarial Network for Oversampling Data in Credit Card Fraud Detection', text: 'We oversample the minority class.', field: 'methods_proposed', not: ['WiP'] },
    { why: '... while a coined head stays ("ZorbSpam: Improving ...")', title: 'ZorbSpam: Improving Opinion Spam Detection', text: 'We study opinion spam on review sites.', field: 'methods_proposed', has: ['ZorbSpam'] },
    { why: '"an f1 score of 0.91 on PolitiFact and 0.93 on the GossipCop dataset"', title: 'Zorb News', text: 'The proposed approach reaches an f1 score of 0.91 on PolitiFact and 0.93 on the GossipCop dataset.', field: 'datasets', has: ['PolitiFact', 'GossipCop'] },
  ]);
});
describe('twentieth round (reader 20b): a long form ending on a task word that the sentence calls a method', () => {
  check<NamedField>([
    { why: '"Zollaborative Representation Detection (ZRD) is a very effective anomaly detection method"', title: 'Zorb Hyperspectral', text: 'Zollaborative Representation Detection (ZRD) is a very effective anomaly detection method. The proposed method outperforms the ZRD method.', field: 'methods_mentioned', has: ['ZRD'] },
    { why: '... not a task so defined ("Hyperspectral Anomaly Detection (HAD) is a challenging task")', title: 'Zorb Hyperspectral', text: 'Hyperspectral Anomaly Detection (HAD) is a challenging task in remote sensing.', field: 'methods_mentioned', not: ['HAD'] },
  ]);
});
describe('twentieth round (reader 20c): a data name of common words before a task word is the task', () => {
  check<NamedField>([
    { why: 'title "Machine Learning Model for Road Anomaly Detection Using Smartphone Accelerometer Data"', title: 'Machine Learning Model for Road Anomaly Detection Using Smartphone Accelerometer Data', text: 'We classify potholes and bumps from phone sensors.', field: 'datasets', not: ['RoadAnomaly'] },
    { why: '... and so in a sentence about data ("a photorealistic dataset for road anomaly segmentation")', title: 'Zorb Roads', text: 'We release a photorealistic dataset for Road Anomaly Segmentation in videos.', field: 'datasets', not: ['RoadAnomaly'] },
    { why: '... while "on the Road Anomaly dataset" is the data set', title: 'Zorb: Obstacle Segmentation', text: 'We evaluate on the Road Anomaly dataset and Fishyscapes.', field: 'datasets', has: ['RoadAnomaly'] },
  ]);
});
describe('twentieth round (reader 20c): more data names of common words that need a word of data', () => {
  check<NamedField>([
    { why: '"Anomalies caused by Extreme Weather events" (title case) is no ExtremeWeather', title: 'Zorb Grids', text: 'Anomalies caused by Extreme Weather events damage the grid.', field: 'datasets', not: ['ExtremeWeather'] },
    { why: '"Partial spoof attacks are hard to detect" is no PartialSpoof', title: 'Zorb Voices', text: 'Partial spoof attacks are hard to detect.', field: 'datasets', not: ['PartialSpoof'] },
    { why: '... while "on the PartialSpoof database" is', title: 'Zorb Voices', text: 'We evaluate on the PartialSpoof database.', field: 'datasets', has: ['PartialSpoof'] },
  ]);
});
describe('twentieth round (reader 20a): a compared list with a known data set holds data sets', () => {
  check<NamedField>([
    { why: '"tested against ZRITIUM, ZNFERNO and SOREL-20M": data, not methods', title: 'Zorb Malware', text: 'Both models are tested against ZRITIUM, ZNFERNO and SOREL-20M.', field: 'datasets', has: ['ZRITIUM', 'ZNFERNO', 'SOREL-20M'] },
    { why: '... and no methods', title: 'Zorb Malware', text: 'Both models are tested against ZRITIUM, ZNFERNO and SOREL-20M.', field: 'methods_mentioned', not: ['ZRITIUM', 'ZNFERNO'] },
    { why: '... while "compared with ZeepLog, PatchCore and ZogBERT" stays methods', title: 'Zorb Logs', text: 'Our detector is compared with ZeepLog, PatchCore and ZogBERT.', field: 'methods_mentioned', has: ['ZeepLog', 'ZogBERT'] },
  ]);
});
describe('twentieth round (readers 20a-c): acronyms of what a method is for, of processes and of media are no methods', () => {
  check<NamedField>([
    { why: '"a monitoring method for Additive Manufacturing (AM)"', title: 'Zorb Printing', text: 'This paper proposes a monitoring method for Additive Manufacturing (AM) based on acoustic signals.', field: 'methods_proposed', not: ['AM'] },
    { why: '"a detector for Foreign Object Debris (FOD) on runways"', title: 'Zorb Runways', text: 'We present a detector for Foreign Object Debris (FOD) on airfield runways.', field: 'methods_proposed', not: ['FOD'] },
    { why: '... while "a framework for anomaly detection, Zorb Graph Network (ZGN)" is the proposal', title: 'Zorb Graphs', text: 'We propose a novel Zorb Graph Network (ZGN) for anomaly detection on graphs.', field: 'methods_proposed', has: ['ZGN'] },
    { why: '"a novel unsupervised dimensionality reduction (DR) method": two lower-case words of a process', title: 'Zorb Outliers', text: 'We propose a novel unsupervised dimensionality reduction (DR) method for outlier detection.', field: 'methods_proposed', not: ['DR'] },
    { why: '"Synthetic Aperture Radar (SAR) images": a kind of imaging, as MRI and CT', title: 'Zorb Ships', text: 'Our method uses Synthetic Aperture Radar (SAR) images to find ships.', field: 'methods_proposed', not: ['SAR'] },
    { why: '"spam Short Message Service (SMS) messages"', title: 'Zorb Spam', text: 'We detect the spam Short Message Service (SMS) messages by proposing a modified Transformer model.', field: 'methods_proposed', not: ['SMS'] },
  ]);
});
describe('twentieth round (readers 20a, 20c): a participle inside a named phrase, known models a title names, "Big Data"', () => {
  check<NamedField>([
    { why: '"an algorithm called Zistogram Oriented Particle Flow for motion detection": the whole phrase, not its first word', title: 'A Novel Algorithm for Crowds', text: 'We proposed an algorithm called Zistogram Oriented Particle Flow for motion detection.', field: 'methods_proposed', has: ['Zistogram Oriented Particle Flow'], not: ['Zistogram'] },
    { why: 'title "... Using BERT and RoBERTa" and "the Robustly Optimized BERT Pretraining Approach (RoBERTa)": a model, not the proposal', title: 'Phishing Email Detection Using BERT and RoBERTa', text: 'We fine-tuned two transformer models, Bidirectional Encoder Representations from Transformers (BERT) and the Robustly Optimized BERT Pretraining Approach (RoBERTa), for binary classification.', field: 'methods_proposed', not: ['RoBERTa'] },
    { why: '... while a coined acronym the title names stays the proposal', title: 'Phishing Email Detection Using ZhishBERTa', text: 'We present the Zhishing Optimized BERT Approach (ZhishBERTa), for binary classification.', field: 'methods_proposed', has: ['ZhishBERTa'] },
    { why: '"large datasets—Big Data—under the Industry 4.0 framework"', title: 'Zorb Milling', text: 'The utilization of considerable large datasets—Big Data—under the Industry 4.0 framework is discussed.', field: 'datasets', not: ['Big Data'] },
  ]);
});
describe('twentieth round (reader 20b): a known name inside a link\'s word is part of the link', () => {
  check<NamedField>([
    { why: '"available at https://github.com/x/Unsupervised-Anomaly-Detection-in-Brain-MRI"', title: 'A review of deep learning-based unsupervised anomaly detection in brain MRI', text: 'Our collection, featuring public data sets, research studies, and open implementations, is available at our GitHub repository https://github.com/zorb/Unsupervised-Anomaly-Detection-in-Brain-MRI .', field: 'datasets', not: ['BrainMRI'] },
    { why: '... while a repository named after the method is that name ("github.com/x/HVQ-Trans")', title: 'Zorb Transformers for Anomaly Detection', text: 'We propose a hierarchical quantized transformer. Code is available at https://github.com/zorb/HVQ-Trans.', field: 'methods_proposed', has: ['HVQ-Trans'] },
  ]);
});
describe('twentieth round (readers 20a, 20c): attention in plain English, frame rates in Hz, "ACC" with a figure', () => {
  check<FacetField>([
    { why: '"requires a great deal of human attention"', text: 'Inspecting runways requires a great deal of human attention. We detect debris with a camera.', field: 'techniques', not: ['attention'] },
    { why: '... while "an attention module" is the technique', text: 'We add an attention module to the detector.', field: 'techniques', has: ['attention'] },
    { why: '"Our system operates at 22 Hz"', text: 'Our system operates at 22 Hz on a laptop.', field: 'metrics', has: ['throughput'] },
    { why: '... not a sampling rate ("signals sampled at 100 Hz")', text: 'The signals are sampled at 100 Hz.', field: 'metrics', not: ['throughput'] },
    { why: '"achieves the highest ACC (99%)"', text: 'The CNN-LSTM model achieves the highest ACC (99%).', field: 'metrics', has: ['accuracy'] },
  ]);
});
describe('twentieth round (readers 20a, 20b): "un-supervised", families of malware, minority oversampling', () => {
  check<FacetField>([
    { why: '"we also review supervised and un-supervised techniques"', text: 'We also review supervised and un-supervised techniques as well as semi-supervised methods.', field: 'settings', has: ['unsupervised'] },
    { why: '"classifying ransomware variants into families"', text: 'We focus on classifying ransomware variants into families with limited training data.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"69% for malware family classification"', text: 'The model reaches 69% for malware family classification.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"Synthetic Minority Oversampling Technique (SMOTE)"', text: 'The Synthetic Minority Oversampling Technique (SMOTE) balances the fraud class.', field: 'techniques', has: ['synthetic-anomalies'] },
  ]);
});
describe('twentieth round (dev pool): Yelp and the Weather and Electricity forecasting sets, as data only where data is spoken of', () => {
  check<NamedField>([
    { why: '"publicly available Amazon and Yelp datasets"', title: 'Zorb Fraud', text: 'Experiments are conducted on publicly available Amazon and Yelp datasets.', field: 'datasets', has: ['Amazon', 'Yelp'] },
    { why: '"on the ETTh1, ETTm1, and Weather benchmarks"', title: 'Zorb Series', text: 'Experiments on the ETTh1, ETTm1, and Weather benchmarks show the gains.', field: 'datasets', has: ['ETTh1', 'ETTm1', 'Weather'] },
    { why: '... not weather or a company in passing', title: 'Zorb Grids', text: 'Weather changes and Yelp reviews shift the load of the grid.', field: 'datasets', not: ['Weather', 'Yelp'] },
  ]);
});
describe('twentieth round (dev pool): data the paper uses, named with "called", is not its own, and both names count', () => {
  check<NamedField>([
    { why: '"using two publicly available datasets called Zataport (Pecan Street) and ZUE"', title: 'Zorb Energy', text: 'We demonstrate these approaches using two publicly available datasets called Zataport (Pecan Street) and ZUE.', field: 'datasets', has: ['Pecan Street', 'ZUE'] },
    { why: '... while "we collect a new dataset called ZorbSet" is the paper\'s own', title: 'Zorb Energy', text: 'We collect a new dataset called ZorbSet from 40 buildings.', field: 'datasets', has: ['ZorbSet'] },
  ]);
});
describe('twentieth round (dev pool): a capitalised phrase the title names whole is the proposal', () => {
  check<NamedField>([
    { why: '"we propose a Zual-Domain Network." under "... Using a Zual-Domain Network"', title: 'Change Detection in Radar Images Using a Zual-Domain Network', text: 'To tackle the above two challenges, we propose a Zual-Domain Network. Experiments on three datasets show its effectiveness.', field: 'methods_proposed', has: ['Zual-Domain Network'] },
    { why: '"We introduce a Zonsistency Margin Adapter that ..." under a title that opens on it (an adapter, though a part\'s head)', title: 'Zonsistency Margin Adapter for Few-Shot Medical Anomaly Detection', text: 'We introduce a Zonsistency Margin Adapter that aligns multi-layer visual representations with normal prompts.', field: 'methods_proposed', has: ['Zonsistency Margin Adapter'] },
    { why: '... not a part the title lists after "by" ("... by Zeometry-Aware Prompt and ...")', title: 'ZS-CLIP: Zero-shot 3D Anomaly Detection by Zeometry-Aware Prompt and Synergistic View Representation', text: 'We propose a Zeometry-Aware Prompt module. It guides the text branch.', field: 'methods_proposed', not: ['Zeometry-Aware Prompt'] },
  ]);
});
describe('twentieth round (dev pool): a name that opens on lower-case words after a kind of method and a naming verb', () => {
  check<NamedField>([
    { why: '"a novel Transformer network called non-stationary Zransformer is proposed"', title: 'A novel transformer network for anomaly detection of wind turbines', text: 'In this paper, a novel Transformer network called non-stationary Zransformer is proposed for anomaly detection of wind turbines.', field: 'methods_proposed', has: ['non-stationary Zransformer'] },
    { why: '"a hybrid approach, referred to as hybrid ZDC-AE, which extends ZDC"', title: 'Hybrid Zorb Autoencoders', text: 'Expanding on this foundation, we propose a hybrid autoencoder-based approach, referred to as hybrid ZDC-AE, which extends ZDC.', field: 'methods_proposed', has: ['hybrid ZDC-AE'] },
    { why: '... not "unwanted messages, which are called spam SMS"', title: 'Zorb Spam', text: 'Unwanted SMS, which is called spam SMS, can disturb mobile phone users.', field: 'methods_mentioned', not: ['spam SMS'] },
  ]);
});
describe('twentieth round (reader 20c): compared baselines set off by a comma after their plural kind', () => {
  check<NamedField>([
    { why: '"outperforms two strong baselines, ZeepLog and ZogRobust."', title: 'Zorb Logs', text: 'Our method outperforms two strong baselines, ZeepLog and ZogRobust.', field: 'methods_mentioned', has: ['ZeepLog', 'ZogRobust'] },
    { why: '"We compare against state-of-the-art detectors, ZineVul and ZineVD."', title: 'Zorb Code', text: 'We compare against state-of-the-art detectors, ZineVul and ZineVD.', field: 'methods_mentioned', has: ['ZineVul', 'ZineVD'] },
    { why: '... not the sentence going on after the kind ("outperforms existing methods, and ZorbNet runs faster")', title: 'ZorbNet: Fast Detection', text: 'ZorbNet outperforms existing methods, and ZorbNet runs faster on GPUs.', field: 'methods_mentioned', not: ['ZorbNet'] },
  ]);
});
describe('twentieth round (reader 20b, dev pool): "a dataset X" with no word between', () => {
  check<NamedField>([
    { why: '"results for a dataset ZIDER with the four disaster categories"', title: 'Zorb Disasters', text: 'We show numerous training and test results for a dataset ZIDER with the four disaster categories.', field: 'datasets', has: ['ZIDER'] },
    { why: '"uses a medical dataset ZbnormalHeartbeat that contains audio signals"', title: 'Zorb Hearts', text: 'The proposed experiments use a medical dataset ZbnormalHeartbeat that contains audio signals obtained from the stethoscope.', field: 'datasets', has: ['ZbnormalHeartbeat'] },
    { why: '... not a kind word ("the dataset GPU memory")', title: 'Zorb Memory', text: 'We report the dataset size and the GPU memory used.', field: 'datasets', not: ['GPU'] },
  ]);
});
describe('twenty-first round (reader 21b): a counted kind of method, a comma, then its names', () => {
  check<NamedField>([
    { why: '"two state-of-the-art heterogeneous GNN architectures, ZINormer and ZybridGNN"', title: 'Zorb Claims', text: 'We employ two state-of-the-art heterogeneous GNN architectures, ZINormer and ZybridGNN, to detect fraud.', field: 'methods_mentioned', has: ['ZINormer', 'ZybridGNN'] },
    { why: '"two ... GNN architectures, ZINormer (Zeterogeneous Information Network Transformer) and ZybridGNN, along with ... relation embeddings"', title: 'Zorb Claims', text: 'We employ two heterogeneous GNN architectures, ZINormer (Zeterogeneous Information Network Transformer) and ZybridGNN, along with a GNN with relation embeddings.', field: 'methods_mentioned', has: ['ZINormer', 'ZybridGNN'] },
    { why: '"two GNN architectures, ZINormer and ZybridGNN, to": the list ends after "and"', title: 'Zorb Claims', text: 'We use two GNN architectures, ZINormer and ZybridGNN, to model risk.', field: 'methods_mentioned', has: ['ZINormer', 'ZybridGNN'] },
    { why: '"we evaluate four deep learning models, GRU, TCN, Transformer, and ZqTSMixer" (generic items passed over)', title: 'Zorb Grids', text: 'In this study, we evaluate four deep learning models, GRU, TCN, Transformer, and ZqTSMixer.', field: 'methods_mentioned', has: ['ZqTSMixer'], not: ['GRU', 'TCN'] },
    { why: '... not pretrained networks set off so ("two zero-shot vision-language baselines, ZLIP and ZLIP-2")', title: 'Zorb Cars', text: 'We also evaluate two zero-shot vision-language baselines, ZLIP and ZLIP-2, to establish a reference.', field: 'methods_mentioned', not: ['ZLIP', 'ZLIP-2'] },
  ]);
});
describe('twenty-first round (reader 21a): a curve or a matrix of scores is no method', () => {
  check<NamedField>([
    { why: '"The assessment is based on ROC-AUC Curve, Confusion Matrix, Sensitivity, and Specificity."', title: 'Zorb Faults', text: 'The assessment is based on ROC-AUC Curve, Confusion Matrix, Sensitivity, and Specificity.', field: 'methods_mentioned', not: ['ROC-AUC Curve', 'Confusion Matrix'] },
    { why: '"plotted as a Precision-Recall Curve"', title: 'Zorb Faults', text: 'Results are compared with ZorbNet and plotted as a Precision-Recall Curve.', field: 'methods_mentioned', not: ['Precision-Recall Curve'] },
  ]);
});
describe('twenty-first round (reader 21c): defects of programs are no industrial domain', () => {
  check<FacetField>([
    { why: '"Software Defect Prediction via Convolutional Neural Network"', text: 'Software defect prediction aims to find defect-prone modules before release.', field: 'domains', not: ['industrial'] },
    { why: '"just-in-time defect prediction" on commits', text: 'We study just-in-time defect prediction on commits of open source projects.', field: 'domains', not: ['industrial'] },
    { why: '"Identifying Different Types of Code Defects During Automated Code Review"', text: 'Detecting code defects during automated code review is hard.', field: 'domains', not: ['industrial'] },
    { why: '"features from commit messages and code changes ... to identify defects": a paper on programs', text: 'ZorbJIT extracts features from commit messages and code changes and uses them to identify defects.', field: 'domains', not: ['industrial'] },
    { why: '... while "surface defects on steel strips" stay industrial', text: 'We detect surface defects on steel strips.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('twenty-first round (reader 21c): a capitalised word right after the head of what the paper proposes', () => {
  check<NamedField>([
    { why: '"we propose an approach Deeper which leverages deep learning"', title: 'Deep Learning for Just-In-Time Defect Prediction', text: 'In this paper, we propose an approach Deeper which leverages deep learning techniques to predict defect-prone changes.', field: 'methods_proposed', has: ['Deeper'] },
    { why: '"a novel machine learning based algorithm Zrecog for ..."', title: 'Zorb Regressions', text: 'We introduce a novel machine learning based algorithm Zrecog for detecting performance regressions.', field: 'methods_proposed', has: ['Zrecog'] },
    { why: '... not an English word going on into the purpose ("a new method Using ...")', title: 'Zorb Regressions', text: 'We introduce a new method Using the logs for detecting regressions.', field: 'methods_proposed', not: ['Using'] },
  ]);
});
describe('twenty-first round (reader 21a): a data set\'s capitalised name keeps the year of its release', () => {
  check<NamedField>([
    { why: '"utilizing the CIC EV Charger Attack Dataset 2024 (CICEVSE2024)"', title: 'Zorb Chargers', text: 'We evaluate the detector utilizing the Zorb EV Charger Attack Dataset 2024 (ZORBEVSE2024).', field: 'datasets', has: ['Zorb EV Charger Attack Dataset 2024'] },
    { why: '... not a figure after it ("the Zorb Attack Dataset 2024.5 times larger")', title: 'Zorb Chargers', text: 'We evaluate on the Zorb Attack Dataset 2024.5 hours of data were used.', field: 'datasets', not: ['Zorb Attack Dataset 2024'] },
  ]);
});
describe('twenty-first round (dev pool, reader 21b): e-commerce platforms are retail', () => {
  check<FacetField>([
    { why: '"Account Takeover Detection on E-Commerce Platforms"', text: 'We detect account takeover on e-commerce platforms from login sequences.', field: 'domains', has: ['retail'] },
    { why: '... not a list of applications ("such as social networks and e-commerce platforms")', text: 'Graph anomalies matter in domains such as social networks and e-commerce platforms. We propose ZorbGAD for citation graphs.', field: 'domains', not: ['retail'] },
  ]);
});
describe('twenty-first round (reader 21a, dev pool): a recall written with its fraction is no Recall@K', () => {
  check<FacetField>([
    { why: '"Accuracy-0.97, F1 Score-0.73, Precision-0.79, Recall-0.68"', text: 'The model reaches Accuracy-0.97, F1 Score-0.73, Precision-0.79, Recall-0.68 on the test data.', field: 'metrics', not: ['Recall@K'] },
    { why: '... while "Recall@10" is', text: 'ZorbRank improves Recall@10 by 4 points.', field: 'metrics', has: ['Recall@K'] },
  ]);
});
describe('twenty-first round (readers 21a-c, dev pool): words of techniques and metrics in other senses', () => {
  check<FacetField>([
    { why: '"We then applied a KD-tree to efficiently identify pairs of ships"', text: 'We then applied a KD-tree to efficiently identify pairs of ships.', field: 'techniques', not: ['knowledge-distillation'] },
    { why: '... while "knowledge distillation (KD)" is', text: 'We compress the detector with knowledge distillation (KD).', field: 'techniques', has: ['knowledge-distillation'] },
    { why: '"By embedding the transformer into the recursive mechanism of LSTM"', text: 'By embedding the transformer into the recursive mechanism of LSTM, the model captures long-range patterns.', field: 'techniques', not: ['embedding'] },
    { why: '... while "embedding the logs into a vector space" is', text: 'We detect anomalies by embedding the logs into a vector space.', field: 'techniques', has: ['embedding'] },
    { why: '"such encounters sensibly motivate extra attention"', text: 'Multiple occurrences of such encounters sensibly motivate extra attention from the operators.', field: 'techniques', not: ['attention'] },
    { why: '"an evident shift of consumer attention from bricks and mortar to clicks"', text: 'There is an evident shift of consumer attention from bricks and mortar to clicks.', field: 'techniques', not: ['attention'] },
    { why: '"Disk error (such as sector error and latency error)"', text: 'Disk errors (such as sector error and latency error) are predicted from SMART data.', field: 'metrics', not: ['latency'] },
  ]);
});
describe('twenty-first round (reader 21b, dev pool): signals of wearables and glucose monitors are time series', () => {
  check<FacetField>([
    { why: '"extract features from different channels of wearable sensor data"', text: 'We extract features from different channels of wearable sensor data to detect falls.', field: 'domains', has: ['time-series'] },
    { why: '"the artifacts that are often present in CGM data" of continuous glucose monitors', text: 'Continuous glucose monitoring sensors record the glucose of patients with diabetes.', field: 'domains', has: ['time-series'] },
  ]);
});
describe('twenty-first round (reader 21a, dev pool): inference, response, detection and processing times with a figure are latency', () => {
  check<FacetField>([
    { why: '"the inference time of just 23ms per image"', text: 'The detector keeps the inference time at just 23 ms for each image.', field: 'metrics', has: ['latency'] },
    { why: '"an average response time of 1.2 seconds"', text: 'The system achieves an average response time of 1.2 seconds.', field: 'metrics', has: ['latency'] },
    { why: '... not a time spoken of without a figure ("the response time, which is a crucial variable")', text: 'We also consider the response time, which is a crucial variable of the operators.', field: 'metrics', not: ['latency'] },
  ]);
});
describe('twenty-first round (readers 21b, 21c): plagiarism, database systems, performance counters, thermal and depth cameras', () => {
  check<FacetField>([
    { why: '"intrinsic plagiarism detection ... stylistic changes within a given document"', text: 'We study intrinsic plagiarism detection from stylistic changes within a given document.', field: 'domains', has: ['text'] },
    { why: '"an automatic DBMS diagnosis system that detects anomaly periods"', text: 'We build an automatic DBMS diagnosis system that detects anomaly periods with abnormal metrics.', field: 'domains', has: ['computing-systems'] },
    { why: '"performance counters ... CPU utilization, Disk I/O"', text: 'The detector reads performance counters of the load test.', field: 'domains', has: ['computing-systems'] },
    { why: '"non-invasive sensing modalities, thermal camera and depth cameras"', text: 'We use non-invasive sensing modalities, a thermal camera and depth cameras, to detect falls.', field: 'domains', has: ['video'] },
  ]);
});
describe('twenty-first round (reader 21c, dev pool): word embeddings, and machine-generated text as synthetic data', () => {
  check<FacetField>([
    { why: '"encoded as numerical vectors via mapping and word embedding"', text: 'The tokens are encoded as numerical vectors via mapping and word embedding.', field: 'techniques', has: ['embedding'] },
    { why: '"detecting machine-generated text"', text: 'We study detecting machine-generated text in student essays.', field: 'settings', has: ['synthetic-data-detection'] },
  ]);
});
describe('twenty-first round (readers 16-21): names in other names and in modalities, what a network was trained on, lexicon spellings', () => {
  check<NamedField>([
    { why: '"Enhanced Graph Deviation Networks for ..." names GDN, no DevNet (Deviation Networks)', title: 'Enhanced Graph Deviation Networks for Anomaly Detection in Sensor Data', text: 'We propose an enhanced Graph Deviation Network (GDN) architecture for sensor data.', field: 'methods_mentioned', not: ['DevNet'] },
    { why: '"brain MRI, liver CT, retinal OCT, chest X-ray": modalities, no OCT2017', title: 'Zorb Medical', text: 'We evaluate on the BMAD benchmark, covering brain MRI, liver CT, retinal OCT, chest X-ray and histopathology.', field: 'datasets', not: ['OCT2017'] },
    { why: '... while "the Retinal-OCT medical dataset" is it', title: 'Zorb Medical', text: 'Our framework is validated on MVTec AD and the Retinal-OCT medical dataset.', field: 'datasets', has: ['OCT2017'] },
    { why: '"compare them with ImageNet-pretrained ResNet-50 features"', title: 'Zorb Pathology', text: 'We evaluate UNI and CONCH and compare them with ImageNet-pretrained ResNet-50 features.', field: 'methods_mentioned', not: ['ImageNet-pretrained', 'ImageNet-pretrained ResNet-50'] },
    { why: '"open-set AUROC of 95.6% on CIFAR+50 and 90.1% on TinyImageNet"', title: 'Zorb Open Sets', text: 'ZorbOSR achieves an open-set AUROC of 95.6% on CIFAR+50 and 90.1% on TinyImageNet.', field: 'datasets', has: ['CIFAR+50'], not: ['CIFAR'] },
    { why: '"On the PhysioNet/Computing in Cardiology Challenge 2019 dataset"', title: 'Zorb Sepsis', text: 'On the PhysioNet/Computing in Cardiology Challenge 2019 dataset, ZorbAlarm detects sepsis early.', field: 'datasets', has: ['PhysioNet 2019'], not: ['PhysioNet'] },
  ]);
});
describe('twenty-first round (reader 21c, dev pool): "This paper addresses ... by introducing X" however long the clause between', () => {
  check<NamedField>([
    { why: '"This paper addresses this challenge of online detection of memory leaks ... by introducing a novel machine learning based algorithm Zrecog."', title: 'Online Memory Leak Detection in the Cloud', text: 'This paper addresses this challenge of online detection of memory leaks in cloud-based infrastructure without having any internal application knowledge by introducing a novel machine learning based algorithm Zrecog.', field: 'methods_proposed', has: ['Zrecog'] },
    { why: '... not others\' work introduced ("Prior studies addressed this ... by introducing ZorbOld")', title: 'Online Memory Leak Detection in the Cloud', text: 'Prior studies of memory leaks in cloud-based infrastructure with internal application knowledge addressed this by introducing the ZorbOld detector.', field: 'methods_proposed', not: ['ZorbOld'] },
  ]);
});
describe('twenty-first round (reader 21a): a known method the paper improves is someone\'s', () => {
  check<NamedField>([
    { why: '"we propose an enhanced Graph Deviation Network (GDN) architecture"', title: 'Enhanced Graph Deviation Networks for Anomaly Detection in Sensor Data', text: 'We propose an enhanced Graph Deviation Network (GDN) architecture for multivariate sensor data.', field: 'methods_mentioned', has: ['GDN'] },
    { why: '... and not the paper\'s own', title: 'Enhanced Graph Deviation Networks for Anomaly Detection in Sensor Data', text: 'We propose an enhanced Graph Deviation Network (GDN) architecture for multivariate sensor data.', field: 'methods_proposed', not: ['GDN'] },
  ]);
});
describe('twenty-first round (dev pool): "real time series" is a real time series, no real-time setting', () => {
  check<FacetField>([
    { why: '"the discriminator ... calculating the probability of being the real time series"', text: 'The discriminator calculates the probability of being the real time series.', field: 'settings', not: ['real-time'] },
    { why: '... while "detects anomalies in real time" is', text: 'ZorbStream detects anomalies in real time on sensor streams.', field: 'settings', has: ['real-time'] },
  ]);
});
describe('twenty-first round (dev pool): the news of language models as motivation is no technique of the paper', () => {
  check<FacetField>([
    { why: '"The rapid development of autoregressive Large Language Models (LLMs) has significantly improved the quality of generated text."', text: 'The rapid development of autoregressive Large Language Models (LLMs) has significantly improved the quality of generated text.', field: 'techniques', not: ['llm'] },
    { why: '... while "we prompt an LLM" is', text: 'With the emergence of large language models, we prompt an LLM to explain each anomaly.', field: 'techniques', has: ['llm'] },
  ]);
});
describe('twenty-first round (reader 21a): Faster and Mask R-CNN spelt out', () => {
  check<NamedField>([
    { why: '"obtained based on the Faster region-based convolutional neural network"', title: 'Zorb Lines', text: 'The candidate regions were obtained based on the Faster region-based convolutional neural network.', field: 'methods_mentioned', has: ['Faster R-CNN'] },
    { why: '"a Mask Region-based Convolutional Neural Network"', title: 'Zorb Lines', text: 'The defects are segmented with a Mask Region-based Convolutional Neural Network.', field: 'methods_mentioned', has: ['Mask R-CNN'] },
  ]);
});
describe('twenty-first round (reader 21b): a name cut short at a letter outside ASCII is part of a word', () => {
  check<NamedField>([
    { why: '"simpler algorithms such as Naïve Bayes and K-NN"', title: 'Zorb Audits', text: 'Deep models outperform simpler algorithms such as Naïve Bayes and K-NN.', field: 'methods_mentioned', not: ['Na'] },
    { why: '... while names in a sentence with accented words stay ("on the Québec data")', title: 'Zorb Audits', text: 'We compare with ZorbNet and DeepZorb on the Québec data.', field: 'methods_mentioned', has: ['ZorbNet', 'DeepZorb'] },
  ]);
});
describe('twenty-first round (masked proposal pool): a coined name the title opens on before "for", or ends on after "with / using / via"', () => {
  check<NamedField>([
    { why: '"HED for Ransomware Detection: A Probabilistic Approach to Behavioral Anomaly Isolation"', title: 'ZorbHED for Ransomware Detection: A Probabilistic Approach to Behavioral Anomaly Isolation', text: 'Ransomware is a growing threat. Experiments on real traces show strong results.', field: 'methods_proposed', has: ['ZorbHED'] },
    { why: '"Anomaly Detection with RDA"', title: 'Anomaly Detection with ZorbRDA', text: 'Anomaly detection is important. Experiments show strong results.', field: 'methods_proposed', has: ['ZorbRDA'] },
    { why: '"Template-free search for gravitational wave events using CoAD"', title: 'Template-free search for gravitational wave events using ZorbCoAD', text: 'Gravitational waves are rare. Experiments show strong results.', field: 'methods_proposed', has: ['ZorbCoAD'] },
    { why: '... not a known method the title ends on ("Anomaly Detection with PatchCore")', title: 'Anomaly Detection with PatchCore', text: 'Anomaly detection is important. Experiments show strong results.', field: 'methods_proposed', not: ['PatchCore'] },
  ]);
});
describe('twenty-first round (dev pool): "abbreviated X" names, and a thing "devised" is made', () => {
  check<NamedField>([
    { why: '"A deep probabilistic graphical model abbreviated SCNF is first devised for unsupervised density estimation."', title: 'Deep Probabilistic Graphical Modeling for Robust Multivariate Time Series Anomaly Detection', text: 'A deep probabilistic graphical model abbreviated ZorbSCNF is first devised for unsupervised density estimation.', field: 'methods_proposed', has: ['ZorbSCNF'] },
    { why: '... not a task abbreviated in lower case ("anomaly detection, abbreviated AD")', title: 'Zorb Survey', text: 'Anomaly detection, abbreviated AD, is a broad field.', field: 'methods_proposed', not: ['AD'] },
  ]);
});
describe('twenty-second round (dev pool): real time out of others\' reach, or in a product\'s name, is no setting', () => {
  check<FacetField>([
    { why: '"their high computational cost and lack of domain adaptation hinder real-time deployment"', text: 'Deep detectors work well. However, their high computational cost and lack of domain adaptation hinder real-time deployment and reliability.', field: 'settings', not: ['real-time'] },
    { why: '"restricting their use in real-time or embedded systems"', text: 'Vision-language models help. Yet they are memory-heavy, restricting their use in real-time or embedded systems.', field: 'settings', not: ['real-time'] },
    { why: '"integrated into ... the Real-time Compute Platform for Apache Flink"', text: 'We propose ZorbAgent. It has been integrated into the Real-time Compute Platform of Zorb Cloud.', field: 'settings', not: ['real-time'] },
    { why: '... while the need the paper answers stays ("cannot meet the real-time requirements of the industry")', text: 'Reconstruction is slow. The above methods require a longer inference time, which cannot meet the real-time requirements of the industry.', field: 'settings', has: ['real-time'] },
    { why: '... and the paper\'s own ("we cannot ... so we design a real-time detector")', text: 'Inspection is slow. We design a lightweight detector that cannot be fooled and runs in real time.', field: 'settings', has: ['real-time'] },
  ]);
});
describe('twenty-second round (reader 22a, dev pool): a kind of method compared with is not the paper\'s technique', () => {
  check<FacetField>([
    { why: '"achieves results on par with recent diffusion models"', text: 'We propose ZorbAE, a simple masked autoencoder. ZorbAE achieves results on par with recent diffusion models.', field: 'techniques', not: ['diffusion'] },
    { why: '"outperforms reconstruction-based methods"', text: 'We propose ZorbKD, a distillation detector. ZorbKD outperforms reconstruction-based methods on MVTec AD.', field: 'techniques', not: ['reconstruction'] },
    { why: '... while the paper\'s own stays ("our diffusion model outperforms GAN-based methods")', text: 'We propose ZorbDiff. Our diffusion model outperforms GAN-based methods.', field: 'techniques', has: ['diffusion'] },
  ]);
});
describe('twenty-second round (reader 22c): AU-PRC is the area under the precision-recall curve', () => {
  check<FacetField>([
    { why: '"superior performance ... (+10.8% AU-PRC)"', text: 'ZorbGuard improves on prior guard models by 10.8% AU-PRC.', field: 'metrics', has: ['AUPR'] },
  ]);
});
describe('twenty-second round (readers 16d, 17b): "The model, X, ..." and "The encoder, X, ..." name the paper\'s own once it has proposed one', () => {
  check<NamedField>([
    { why: '"We introduce a spatially conditioned flow ... The model, NormOCT, is trained on 9,800 healthy volumes"', title: 'Retinal OCT Anomaly Detection via Normative Modeling', text: 'We introduce a spatially conditioned flow that accounts for position. The model, ZormOCT, is trained on 9,800 healthy volumes.', field: 'methods_proposed', has: ['ZormOCT'] },
    { why: '"This work introduces a memory-augmented temporal graph encoder ... The encoder, MemTGAD, is updated online"', title: 'Anomaly Detection in Dynamic Graphs', text: 'This work introduces a memory-augmented temporal graph encoder. The encoder, ZemTGAD, is updated online.', field: 'methods_proposed', has: ['ZemTGAD'] },
    { why: '... not before the paper proposes anything ("The model, ZorbNet, is trained on ImageNet")', title: 'A Study of Shifts', text: 'The model, ZorbNet, is trained on natural images. We study its failures.', field: 'methods_proposed', not: ['ZorbNet'] },
  ]);
});
describe('twenty-second round (readers 17b, 18a, 18d, dev pool): a Greek letter before a name or a capitalised word coins one', () => {
  check<NamedField>([
    { why: '"We propose µTAD, a multivariate detector that combines a linear state-space model ..."', title: 'Lightweight Multivariate Anomaly Detection for IoT Gateways', text: 'Deep detectors like USAD are large. We propose µZAD, a multivariate detector that combines a linear state-space model with a small correction.', field: 'methods_proposed', has: ['µZAD'] },
    { why: 'title "Δ-Flow: Anomaly Detection from Differences Between Consecutive Point Clouds"', title: 'Δ-Zlow: Anomaly Detection from Differences Between Consecutive Point Clouds', text: 'We detect anomalies in point clouds.', field: 'methods_proposed', has: ['Δ-Zlow'] },
    { why: 'title "ϵ-Diagnosis: Unsupervised and Real-time Diagnosis of Small-window Long-tail Latency"', title: 'ϵ-Ziagnosis: Unsupervised and Real-time Diagnosis of Small-window Long-tail Latency', text: 'We diagnose latency in large microservice platforms.', field: 'methods_proposed', has: ['ϵ-Ziagnosis'] },
    { why: '... not a Greek letter before a word in lower case ("γ-ray bursts", "the ν-score of each event")', title: 'Zorb Bursts', text: 'We propose ZorbBurst, which ranks γ-ray bursts by the ν-score of each event.', field: 'methods_proposed', not: ['γ-ray', 'ν-score'] },
  ]);
});
describe('twenty-second round (readers 16-18): a name its verb follows after a bare comma is the clause\'s subject, no list item; "cross-dataset" is no data head', () => {
  check<NamedField>([
    { why: '"which we release as HalluCite, CiteCheck detects fabricated citations"', title: 'Detecting Hallucinated Citations', text: 'We propose ZiteCheck, which parses each generated citation. On a dataset of 6,000 citations, which we release as ZalluCite, ZiteCheck detects fabricated citations with an F1 of 0.95.', field: 'methods_proposed', has: ['ZiteCheck'] },
    { why: '"Trained only on FaceForensics++, TempoTrace reaches cross-dataset AUCs of 0.93"', title: 'Spotting Deepfake Videos', text: 'We propose ZempoTrace, which measures the temporal smoothness of features. Trained only on FaceForensics++, ZempoTrace reaches cross-dataset AUCs of 0.93 on Celeb-DF v2.', field: 'methods_proposed', has: ['ZempoTrace'] },
    { why: '... while "the state-of-the-art Sewer-ML-dataset" is data', title: 'Zorb Sewers', text: 'We test our models on the state-of-the-art Zewer-ML-dataset and obtain a high true positive rate.', field: 'datasets', has: ['Zewer-ML'] },
  ]);
});
describe('twenty-second round (reader 22c): a title head a known data set shares is the paper\'s method when the title calls it a framework', () => {
  check<NamedField>([
    { why: '"JADES: A Universal Framework for Jailbreak Assessment via Decompositional Scoring" (JADES is also a JWST survey)', title: 'JADES: A Universal Framework for Jailbreak Assessment via Decompositional Scoring', text: 'We introduce JADES (Jailbreak Assessment via Decompositional Scoring), a universal jailbreak evaluation framework. JADES decomposes each harmful prompt into sub-questions.', field: 'methods_proposed', has: ['JADES'] },
    { why: '... while "MedIAnomaly: A comparative study of ..." stays what it describes', title: 'MedIAnomaly: A comparative study of anomaly detection in medical images', text: 'We build MedIAnomaly, a benchmark of seven medical datasets. MedIAnomaly covers five image modalities.', field: 'methods_proposed', not: ['MedIAnomaly'] },
  ]);
});
describe('twenty-second round (dev pool): accuracy listed with other measures of a result is the accuracy metric', () => {
  check<FacetField>([
    { why: '"achieving higher accuracy, precision, recall, and F1-Scores"', text: 'ZorbCheck consistently outperforms baseline models, achieving higher accuracy, precision, recall, and F1-Scores.', field: 'metrics', has: ['accuracy'] },
    { why: '"significantly outperforms state-of-the-art baselines in both accuracy and F1 score"', text: 'ZorbSig significantly outperforms state-of-the-art baselines in both accuracy and F1 score.', field: 'metrics', has: ['accuracy'] },
    { why: '"demonstrate superior precision, recall, F1 score, IoU, and overall accuracy"', text: 'Evaluations on three datasets demonstrate superior precision, recall, F1 score, IoU, and overall accuracy.', field: 'metrics', has: ['accuracy'] },
    { why: '... not accuracy measured by another metric ("42%-48% higher accuracy (in terms of AUC)")', text: 'ZorbDAS provides 42%-48% higher accuracy (in terms of AUC) and better recall than state-of-the-art approaches.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('twenty-second round (dev pool): a title comparing methods announces an evaluation', () => {
  check<FacetField>([
    { why: 'title "Comparison of novelty detection methods for multispectral images in rover-based planetary exploration missions"', title: 'Comparison of novelty detection methods for multispectral images in rover-based exploration', text: 'Science teams have limited time for analyzing new data.', field: 'settings', has: ['evaluation'] },
    { why: 'title "Unsupervised Anomaly Detection for Smart IoT Devices: Performance and Resource Comparison"', title: 'Unsupervised Anomaly Detection for Smart IoT Devices: Performance and Resource Comparison', text: 'Signature-based systems miss zero-day threats.', field: 'settings', has: ['evaluation'] },
    { why: '... not a method that compares features ("...: Anomaly Localization with Global and Local Feature Comparison", "Multi-Scale Memory Comparison for ...")', title: 'Multi-Scale Memory Comparison for Zero-/Few-Shot Anomaly Detection', text: 'We propose ZorbMMC, which compares patch features with a memory.', field: 'settings', not: ['evaluation'] },
  ]);
});
describe('twenty-second round (dev pool): the paper evaluating a number or a range of others\' methods is an evaluation', () => {
  check<FacetField>([
    { why: '"We evaluate eleven representative LVLMs on this benchmark"', text: 'We introduce ZorbLens, a fine-grained benchmark. We evaluate eleven representative LVLMs on this benchmark.', field: 'settings', has: ['evaluation'] },
    { why: '"we benchmark state-of-the-art anomaly detection methods under three settings"', text: 'We benchmark state-of-the-art anomaly detection methods under three settings: unsupervised, weakly-supervised and video-understanding.', field: 'settings', has: ['evaluation'] },
    { why: '"We assess various zero-shot detectors using both white-box detection ..."', text: 'We assess various zero-shot detectors using both white-box and black-box detection.', field: 'settings', has: ['evaluation'] },
    { why: '... not the paper evaluating its own ("We evaluate our method on three datasets")', text: 'We propose ZorbNet. We evaluate our method on three datasets and it outperforms prior methods.', field: 'settings', not: ['evaluation'] },
  ]);
});
describe('twenty-second round (dev pool): road and street scenes, unknown objects and fake images are natural images', () => {
  check<FacetField>([
    { why: '"OoDDINO: A Multi-level Framework for Anomaly Segmentation on Complex Road Scenes"', text: 'We segment anomalies on complex road scenes.', field: 'domains', has: ['natural-images'] },
    { why: '"Out-of-Distribution Object Detection in Street-Scenes via Synthetic Outlier Exposure"', text: 'We detect out-of-distribution objects in street scenes.', field: 'domains', has: ['natural-images'] },
    { why: '"the detection and segmentation of ... out-of-distribution (OoD) objects"', text: 'Segmentation models must segment OOD objects that were never seen in training.', field: 'domains', has: ['natural-images'] },
    { why: '"The ever higher quality and wide diffusion of fake images have spawn a quest for reliable forensic tools"', text: 'The wide diffusion of fake images has spawned a quest for forensic tools.', field: 'domains', has: ['natural-images'] },
    { why: '... not unknown objects in LiDAR point clouds ("Out-of-Distribution Objects for 3D LiDAR Anomaly Segmentation")', text: 'We identify OOD objects in LiDAR point clouds for anomaly segmentation.', field: 'domains', not: ['natural-images'] },
  ]);
});
describe('twenty-second round (dev pool): classifying the type of an anomaly is anomaly classification', () => {
  check<FacetField>([
    { why: '"it is crucial not only to identify anomalous items but also to classify the type of anomaly"', text: 'It is crucial not only to identify anomalous items but also to classify the type of anomaly.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"... and classify the type of each defect"', text: 'ZorbNet locates surface defects and classifies the types of each defect.', field: 'settings', has: ['anomaly-classification'] },
  ]);
});
describe('twenty-second round (dev pool): supervised graph learning, supervised and semi-supervised settings', () => {
  check<FacetField>([
    { why: '"leveraging unsupervised anomaly detection and supervised graph learning tailored for automotive CAN traffic"', text: 'We present a framework leveraging unsupervised anomaly detection and supervised graph learning for CAN traffic.', field: 'settings', has: ['supervised'] },
    { why: '"we evaluate supervised and semi-supervised, traditional and deep detectors"', text: 'In this paper, we evaluate supervised and semi-supervised detectors on ten datasets.', field: 'settings', has: ['supervised'] },
    { why: '... not weakly supervised graph learning', text: 'We propose weakly supervised graph learning for fraud detection.', field: 'settings', not: ['supervised'] },
  ]);
});
describe('twenty-second round (dev pool): a paper whose title presents its own foundation model uses no foundation model\'s features', () => {
  check<FacetField>([
    { why: '"Lens: A Foundation Model for Network Traffic"', title: 'Zens: A Foundation Model for Network Traffic', text: 'We present Zens, a foundation model pre-trained on large traffic corpora.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '"TimeRadar: A Domain-Rotatable Foundation Model for Time Series Anomaly Detection"', title: 'ZimeRadar: A Domain-Rotatable Foundation Model for Time Series Anomaly Detection', text: 'Foundation models for time series transfer poorly across domains.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '... while "ChronosAD: Leveraging Time Series Foundation Models for ..." uses one', title: 'ZhronosAD: Leveraging Time Series Foundation Models for Accurate Anomaly Detection', text: 'We build on features of a pretrained time series foundation model.', field: 'techniques', has: ['foundation-model-features'] },
  ]);
});
describe('twenty-second round (dev pool, readers): relations, evidence and geometry put back together are no reconstruction technique', () => {
  check<FacetField>([
    { why: '"The Trigger in the Haystack: Extracting and Reconstructing LLM Backdoor Triggers"', text: 'We propose a method for extracting and reconstructing backdoor triggers of language models.', field: 'techniques', not: ['reconstruction'] },
    { why: '"By reconstructing these interactions using knowledge graphs, DecoAD achieves a deeper understanding"', text: 'By reconstructing these interactions using knowledge graphs, ZecoAD understands behaviours and contexts.', field: 'techniques', not: ['reconstruction'] },
    { why: '"Joint attitude estimation and 3D neural reconstruction of non-cooperative space objects"', text: 'We perform 3D neural reconstruction of non-cooperative space objects.', field: 'techniques', not: ['reconstruction'] },
    { why: '... while reconstructing a graph\'s structure stays ("reconstructs the graph structure and node attributes")', text: 'ZorbGAD reconstructs the graph structure and node attributes and scores nodes by their errors.', field: 'techniques', has: ['reconstruction'] },
  ]);
});
describe('twenty-second round (dev pool): language processing as a tool is no text domain', () => {
  check<FacetField>([
    { why: '"our model uses the BERT model of Transformers, a prominent natural language processing technique" (on URLs)', text: 'In the URL analysis phase, our model uses a transformer, a prominent natural language processing technique, to score web requests.', field: 'domains', not: ['text'] },
    { why: '"combines visual feature extraction with natural language processing" (as a tool: "... natural language processing techniques")', text: 'The system combines visual feature extraction with natural language processing techniques to interpret satellite images.', field: 'domains', not: ['text'] },
    { why: '... while a paper on documents keeps it ("NLP techniques to extract targeted information ... from PRB documents")', text: 'We use neural NLP techniques to extract targeted information from incident documents.', field: 'domains', has: ['text'] },
  ]);
});
describe('twenty-second round (dev pool): a language model in a paper that never speaks of a large one is no LLM', () => {
  check<FacetField>([
    { why: '"Language Models for Novelty Detection in System Call Traces"', title: 'Language Models for Novelty Detection in System Call Traces', text: 'We train small recurrent language models on system call sequences and flag unlikely traces.', field: 'techniques', not: ['llm'] },
    { why: '"We leverage a log-tailored language model to facilitate log representation learning"', title: 'Zorb Logs', text: 'We leverage a log-tailored language model to facilitate log representation learning.', field: 'techniques', not: ['llm'] },
    { why: '... while a paper on large ones keeps it ("... language models ... such as GPT-4")', title: 'Zorb Hallucinations', text: 'We probe language models such as GPT-4 for anomalous answers.', field: 'techniques', has: ['llm'] },
    { why: '... and a paper on their hallucinations ("Hallucination Detection in Black-Box Language Models")', title: 'ZAC3: Reliable Hallucination Detection in Black-Box Language Models', text: 'We check the consistency of sampled answers.', field: 'techniques', has: ['llm'] },
  ]);
});
describe('twenty-second round (dev pool): 3D printing, 3D autoencoders and transformers, 3D MRIs are no 3D data', () => {
  check<FacetField>([
    { why: '"five case studies: metallic pan surface inspection, 3D printing extrusion profile analysis, ..."', text: 'We evaluate the detector on metallic pan surface inspection and 3D printing extrusion profile analysis.', field: 'domains', not: ['3d'] },
    { why: '"Background Reconstruction via 3D-Transformer Network for Hyperspectral Anomaly Detection"', text: 'We reconstruct the background of hyperspectral images with a 3D transformer network.', field: 'domains', not: ['3d'] },
    { why: '"representing approximately 7800 3D MRIs"', text: 'We compare OOD detectors on about 7800 3D MRIs of the brain.', field: 'domains', not: ['3d'] },
    { why: '... while "3D point clouds" stay', text: 'We detect anomalies in 3D point clouds of industrial parts.', field: 'domains', has: ['3d'] },
  ]);
});
describe('twenty-second round (dev pool): an open list of applications is motivation, no domain', () => {
  check<FacetField>([
    { why: '"widely used in online shopping, financial transactions, communication networks, and so on"', text: 'Anomaly detection on attributed networks is widely used in online shopping, financial transactions, communication networks, and so on.', field: 'domains', not: ['finance'] },
    { why: '"solutions for financial risk control, social security management, and other fields"', text: 'The results can provide efficient anomaly detection solutions for financial risk control, social security management, and other fields.', field: 'domains', not: ['finance'] },
    { why: '... while a closed statement of the data stays ("on credit card transactions of a bank")', text: 'We detect fraud in credit card transactions of a large bank.', field: 'domains', has: ['finance'] },
  ]);
});
describe('twenty-second round (dev pool): R followed by a figure is recall at K only as "R@K"', () => {
  check<FacetField>([
    { why: '"near-linear scalability (R^2=0.97)": a coefficient of determination', text: 'Runtime grows near-linearly with the number of services (R^2=0.97).', field: 'metrics', not: ['Recall@K'] },
    { why: '"P=99.7%, R=99.8%, F1=0.998": a plain recall', text: 'The detector reaches P=99.7%, R=99.8%, F1=0.998 on the attack set.', field: 'metrics', not: ['Recall@K'] },
    { why: '... while "R@1" is', text: 'ZorbRet improves R@1 by 4 points on the retrieval benchmark.', field: 'metrics', has: ['Recall@K'] },
  ]);
});
describe('twenty-second round (bundled corpus): language models that generate examples are LLMs', () => {
  check<FacetField>([
    { why: '"adapt language models ... CGE can generate examples that highlight novel characteristics"', title: 'Zorb Novelty', text: 'Fine-tuning is widely used to adapt language models. Our approach generates examples that highlight novel characteristics of the data.', field: 'techniques', has: ['llm'] },
  ]);
});
describe('twenty-third round (readers 16b, 21c, dev pool): a capitalised word of no English inside a list of data sets that holds a coined name is a data set', () => {
  check<NamedField>([
    { why: '"datasets from six large open source projects, i.e., Bugzilla, Columba, JDT, Platform, Mozilla, and PostgreSQL"', title: 'Zorb: Just-in-Time Defect Prediction', text: 'We use the Zugzilla, Zolumba, JDT and PostgreSQL datasets.', field: 'datasets', has: ['Zugzilla', 'Zolumba', 'JDT', 'PostgreSQL'] },
    { why: '"Anomaly-ShapeNet, Real3D-AD and Eyecandies datasets"', title: 'Zorb3D: Point Cloud Anomaly Detection', text: 'Experiments on the Anomaly-ShapeNet, Real3D-AD and Zyecandies datasets show gains.', field: 'datasets', has: ['Zyecandies'] },
    { why: '... not the parts of a benchmark named by English words ("four diverse benchmarks-Brain, Retina, Lung, and Breast datasets")', title: 'Zorb Medical', text: 'Extensive experiments on four diverse benchmarks-Brain, Retina, Lung, and Breast datasets-demonstrate the effectiveness of our approach.', field: 'datasets', not: ['Retina', 'Lung', 'Breast'] },
  ]);
});
describe('twenty-third round (reader 22c): "Our <two words> model X" names the paper\'s own, a name the lexicon knows too', () => {
  check<NamedField>([
    { why: '"Our hallucination detection model HDM-2 validates LLM responses"', title: 'HalluciNot: Hallucination Detection Through Context and Common Knowledge Verification', text: 'This paper introduces a system for detecting hallucinations. Our hallucination detection model HDM-2 validates LLM responses. HDM-2 outperforms existing approaches.', field: 'methods_proposed', has: ['HDM-2'] },
    { why: '... as for a name the lexicon knew before ("Our few-shot detection model GraphCore")', title: 'Few-Shot Anomaly Detection', text: 'We study few-shot anomaly detection. Our few-shot detection model GraphCore uses rotation-invariant features.', field: 'methods_proposed', has: ['GraphCore'] },
  ]);
});
describe('twenty-third round (dev pool): machine condition monitoring and the sounds of machines are industrial', () => {
  check<FacetField>([
    { why: '"anomalous sound detection (ASD) methods for machine condition monitoring under domain-shifted conditions"', text: 'This paper presents an ensemble of two unsupervised anomalous sound detection methods for machine condition monitoring.', field: 'domains', has: ['industrial'] },
    { why: '"detect unknown abnormal sounds of machines from normal sounds"', text: 'Unsupervised anomalous sound detection aims to detect unknown abnormal sounds of machines from normal sounds.', field: 'domains', has: ['industrial'] },
    { why: 'title "Low-Power, Neuromorphic, Acoustic Anomaly Detection for Persistent Machine Monitoring"', title: 'Low-Power, Neuromorphic, Acoustic Anomaly Detection for Persistent Machine Monitoring', text: 'Persistent acoustic monitoring can detect faults without contact.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('twenty-third round (dev pool): the data of phasor measurement units are time series', () => {
  check<FacetField>([
    { why: '"Real-time Anomaly Detection and Classification in Streaming PMU Data"', title: 'Real-time Anomaly Detection and Classification in Streaming PMU Data', text: 'We learn a dynamical model of the power system.', field: 'domains', has: ['time-series'] },
    { why: '"the data streams from distribution-level phasor measurement units, a.k.a., micro-PMUs"', text: 'A data-driven method is proposed to detect events in the data streams from distribution-level phasor measurement units, a.k.a., micro-PMUs.', field: 'domains', has: ['time-series'] },
  ]);
});
describe('twenty-third round (readers 17a, 18d, 23c): a capitalised word of grammar opening the sentence is no part of a list\'s first name', () => {
  check<NamedField>([
    { why: '"On ProcessBench, PRM800K, HaluEval, and TruthfulQA, both models outperform ..."', title: 'Where Does Reasoning Break? Step-Level Hallucination Detection', text: 'We propose ZSTG, a detector. On ZrocessBench, PRM800K, HaluEval, and TruthfulQA, both models outperform entropy-based baselines.', field: 'datasets', has: ['ZrocessBench'], not: ['On ZrocessBench'] },
  ]);
});
describe('twenty-third round (reader 23c): a lower-case path of a link is a slug, no spelling of a name', () => {
  check<NamedField>([
    { why: '"Our code and dataset can be found in https://github.com/GAIR-NLP/factool ." (Halu-J\'s abstract)', title: 'Halu-J: Critique-Based Hallucination Judge', text: 'We propose Halu-J. Our code and dataset can be found in https://github.com/GAIR-NLP/factool .', field: 'methods_mentioned', not: ['FacTool'] },
    { why: '... while a repository spelt as the method is named stays ("github.com/x/HVQ-Trans")', title: 'Zorb: anomaly detection', text: 'We propose Zorb. Our code builds on https://github.com/x/HVQ-Trans .', field: 'methods_mentioned', has: ['HVQ-Trans'] },
  ]);
});
describe('twenty-third round (readers 23a, 23c, 20b): ADM\'s other name "Guided Diffusion" counts only in a list of named models', () => {
  check<NamedField>([
    { why: 'title "Structured guided diffusion models for industrial defect image generation"', title: 'Structured guided diffusion models for industrial defect image generation', text: 'This paper presents the Structured Guided Diffusion Model (Structured-GDM) for generating high-quality defect images.', field: 'models', not: ['ADM'] },
    { why: 'title "GOOD: Training-Free Guided Diffusion Sampling for Out-of-Distribution Detection"', title: 'GOOD: Training-Free Guided Diffusion Sampling for Out-of-Distribution Detection', text: 'We guide a diffusion model to sample outliers.', field: 'models', not: ['ADM'] },
    { why: '... while a list of generators names it ("StyleGAN, BigGAN, Guided diffusion, LDM and GLIDE")', title: 'Zorb: Detecting Generated Images', text: 'We evaluate on images from StyleGAN, BigGAN, Guided diffusion, LDM and GLIDE.', field: 'models', has: ['ADM'] },
  ]);
});
describe('twenty-third round (reader 23a, dev pool): what the paper uses, named by "called X" after a comma, is existing work', () => {
  check<NamedField>([
    { why: '"we compare the cropped product image patches to the generated prompts using a zero-shot image-text matching model, called CLIP"', title: 'Automatic Prompt Generation and Grounding Object Detection for Zero-Shot Image Anomaly Detection', text: 'We propose a training-free approach. Finally, we compare the cropped patches to the generated prompts using a zero-shot image-text matching model, called CLIP, to identify anomalies.', field: 'methods_proposed', not: ['CLIP'] },
    { why: '"we utilize a CL version of the well-established PatchCore model, called PatchCoreCL"', title: 'Towards Continual Visual Anomaly Detection in the Medical Domain', text: 'In this work, we utilize a CL version of the well-established PatchCore model, called ZatchCoreCL, and evaluate its performance.', field: 'methods_mentioned', has: ['ZatchCoreCL'] },
    { why: '... not the paper\'s own ("We propose a novel solution using the concept of mix-up technique for novelty detection, termed as Segregation Network")', title: 'Multi-class Novelty Detection Using Mix-up Technique', text: 'We propose a novel solution using the concept of mix-up technique for novelty detection, termed as Zegregation Network.', field: 'methods_proposed', has: ['Zegregation Network'] },
  ]);
});
describe('twenty-third round (reader 23a): "The proposed <kind>, Long Form (ACR)," names the paper\'s own', () => {
  check<NamedField>([
    { why: '"The proposed algorithm, Manifold Projection-Diffusion Recovery (MPDR), first perturbs a data point"', title: 'Energy-Based Models for Anomaly Detection: A Manifold Diffusion Recovery Approach', text: 'We present a new method of training energy-based models. The proposed algorithm, Manifold Projection-Diffusion Recovery (MPDR), first perturbs a data point along a manifold.', field: 'methods_proposed', has: ['MPDR'] },
    { why: '... not the authors\' earlier work ("Our previous model, Graph Zorbing Network (GZN), ...")', title: 'Zorb detection', text: 'We study graphs. Our previous model, Graph Zorbing Network (GZN), was trained on citations.', field: 'methods_proposed', not: ['GZN'] },
  ]);
});
describe('twenty-third round (dev pool): a decimal figure of accuracy, and accuracy listed with true and false positive rates, is the accuracy metric', () => {
  check<FacetField>([
    { why: '"our model achieved 0.9470 Accuracy and 0.9807 AUC-ROC"', text: 'Using real transaction data, our model achieved 0.9470 Accuracy and 0.9807 AUC-ROC, outperforming all baselines.', field: 'metrics', has: ['accuracy'] },
    { why: '"a good recall of 88%, accuracy and true negative rate of 93%, and a false positive rate of 6.9%"', text: 'The results show a good recall of 88%, accuracy and true negative rate of 93%, and a false positive rate of 6.9%.', field: 'metrics', has: ['accuracy'] },
    { why: '... not a figure of something else before the word ("in 3 accuracy-critical settings")', text: 'We study the detector in 3 accuracy-critical settings.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('twenty-third round (dev pool): multi-type anomalies and fine-grained classification are anomaly classification', () => {
  check<FacetField>([
    { why: 'title "Explainable Deep Convolutional Multi-Type Anomaly Detection"', title: 'Explainable Deep Convolutional Multi-Type Anomaly Detection', text: 'Explainable methods localise anomalies in an image.', field: 'settings', has: ['anomaly-classification'] },
    { why: 'title "MAU-GPT: Enhancing Multi-type Industrial Anomaly Understanding via ..."', title: 'ZAU-GPT: Enhancing Multi-type Industrial Anomaly Understanding via Anomaly-aware Experts', text: 'We introduce a dataset for industrial anomaly understanding.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"an Explainable Fine-grained Video Anomaly Detection approach that combines fine-grained classification with detailed explanations"', text: 'We propose Zx-VAD, an approach that combines fine-grained classification with detailed explanations of anomalies.', field: 'settings', has: ['anomaly-classification'] },
  ]);
});
describe('twenty-third round (reader 23c): the paper conducting an evaluation of a number of others\' methods is an evaluation', () => {
  check<FacetField>([
    { why: '"we conduct a large-scale evaluation spanning twenty-two detection methods"', text: 'Large language models hallucinate with confidence. We conduct a large-scale evaluation spanning twenty-two detection methods across six benchmarks.', field: 'settings', has: ['evaluation'] },
    { why: '... not an evaluation of the paper\'s own ("We conduct a comprehensive evaluation of our method on three benchmarks")', text: 'We propose ZorbNet. We conduct a comprehensive evaluation of our method on three benchmarks.', field: 'settings', not: ['evaluation'] },
  ]);
});
describe('twenty-third round (dev pool, reader 23b): domains ranging from one kind of data to another are motivation', () => {
  check<FacetField>([
    { why: '"identify graphs with abnormal properties in various domains, ranging from fraudulent social networks to malicious botnets"', text: 'Graph-level anomaly detection is a critical task to identify graphs with abnormal properties in various domains, ranging from fraudulent social networks to malicious botnets.', field: 'domains', not: ['security'] },
    { why: '"Deep learning has shown its capacity in a number of domains, ranging from acoustics, images, to natural language processing"', text: 'Deep learning has shown its capacity in a number of domains, ranging from acoustics, images, to natural language processing.', field: 'domains', not: ['text'] },
  ]);
});
describe('twenty-third round (reader 23c): a second proposal set off as a whole method is no part of the first', () => {
  check<NamedField>([
    { why: '"We further introduce DRIFT, a supervised probe over inter-layer hidden-state transitions"', title: 'PARALLAX: Separating Genuine Progress from Benchmark Artifacts in Hallucination Detection', text: 'We find benchmark artifacts. We further introduce ZRIFT, a supervised probe over inter-layer hidden-state transitions, as a point of comparison.', field: 'methods_proposed', has: ['ZRIFT'] },
    { why: '... while a named part stays a part ("Second, we propose ZorbLoss, which aligns the two branches")', title: 'ZorbNet: Anomaly Detection', text: 'We propose ZorbNet, a detector. Second, we propose ZorbLoss, which aligns the two branches.', field: 'methods_proposed', not: ['ZorbLoss'] },
  ]);
});
describe('twenty-fourth round (reader 23a): NEU-CLS and NEU-DET, the classification and the detection release, are two data sets', () => {
  check<NamedField>([
    { why: '"on the NEU-CLS and NEU-DET datasets"', title: 'Zorb: steel defect detection', text: 'We propose Zorb. Experiments on the NEU-CLS and NEU-DET datasets show gains.', field: 'datasets', has: ['NEU-CLS', 'NEU-DET'] },
    { why: '... and the database by its long name is still NEU-DET ("On the NEU surface defect database")', title: 'Zorb: steel defect detection', text: 'We propose Zorb. On the NEU surface defect database, Zorb reaches 97% accuracy.', field: 'datasets', has: ['NEU-DET'], not: ['NEU-CLS'] },
  ]);
});
describe('twenty-fourth round (reader 24a): a vision-language release after a model\'s point version is part of its name', () => {
  check<NamedField>([
    { why: '"+3.52 pp on Qwen3.5-VL-27B"', title: 'ZorbClaw: agents for anomaly detection', text: 'We propose ZorbClaw. It delivers gains on every backbone: +6.23 pp on GPT-5.5 and +3.52 pp on Qwen3.5-VL-27B.', field: 'models', has: ['Qwen3.5-VL-27B'], not: ['Qwen3.5'] },
    { why: '... and a release the lexicon lists keeps its size as before ("Qwen2.5-VL-7B")', title: 'ZorbClaw: agents for anomaly detection', text: 'We propose ZorbClaw and run it on Qwen2.5-VL-7B.', field: 'models', has: ['Qwen2.5-VL-7B'] },
  ]);
});
describe('twenty-fourth round (readers 24a, 16c): a size with a decimal point and a letter ("-7.6K", "-1.8k") is part of a coined name', () => {
  check<NamedField>([
    { why: '"We further construct IAD-LR-7.6K, an instruction dataset containing 1,600 images"', title: 'Latent reasoning for industrial anomaly detection', text: 'We propose ZR-IAD. We further construct IAD-ZR-7.6K, an instruction dataset containing 1,600 images across 38 industrial categories.', field: 'datasets', has: ['IAD-ZR-7.6K'], not: ['IAD-ZR-7'] },
    { why: '... not a figure after a name ("MiniCPM-Llama3-V 2.5" keeps no cut "V 2")', title: 'Prompting is not enough', text: 'We prompt GPT-4V, Claude 3 Opus, LLaVA-1.6-34B, CogVLM2 and MiniCPM-Llama3-V 2.5 with carefully designed instructions.', field: 'models', not: ['MiniCPM-Llama3-V 2'] },
  ]);
});
describe('twenty-fourth round (reader 24a, dev pool): "ROCAUC" written as one word is AUROC, at pixel level too; "Self-Supervising" is self-supervised', () => {
  check<FacetField>([
    { why: '"(pixel ROCAUC: 99.2%, PRO: 95.9% on MVTec 3D-AD)"', text: 'Zorb sets the state of the art (pixel ROCAUC: 99.2%, PRO: 95.9% on MVTec 3D-AD).', field: 'metrics', has: ['pixel-AUROC'] },
    { why: '"an image ROCAUC of 98.1%"', text: 'Zorb reaches an image ROCAUC of 98.1% on MVTec AD.', field: 'metrics', has: ['AUROC'] },
    { why: 'title "Self-Supervising Pixelwise Classification ..."', title: 'Zorb: Self-Supervising Pixelwise Classification for Anomaly Detection', text: 'We detect defects.', field: 'techniques', has: ['self-supervised'] },
  ]);
});
describe('twenty-fourth round (reader 24a, readers 16b, 17c, dev pool): averaging predictions or scores is no merging of models', () => {
  check<FacetField>([
    { why: '"The final prediction is obtained by the weighted averaging of the predictions of the two networks"', text: 'The final prediction is obtained by the weighted averaging of the predictions of the two networks.', field: 'settings', not: ['model-merging'] },
    { why: '... (nor weight averaging)', text: 'The final prediction is obtained by the weighted averaging of the predictions of the two networks.', field: 'techniques', not: ['weight-averaging'] },
    { why: '... while averaging the weights of models is ("we average the weights of the fine-tuned models")', text: 'We average the weights of the fine-tuned models into one detector.', field: 'techniques', has: ['weight-averaging'] },
  ]);
});
describe('twenty-fourth round (bundled corpus, after the bare "averaging" cue went): weight-space ensembles are weight averaging', () => {
  check<FacetField>([
    { why: '"we closely examine WiSE-FT, a popular weight space ensemble method that interpolates between a pre-trained and a fine-tuned model"', text: 'In this study, we closely examine WiSE-FT, a popular weight space ensemble method that interpolates between a pre-trained and a fine-tuned model.', field: 'techniques', has: ['weight-averaging'] },
  ]);
});
describe('twenty-fourth round (reader 24b, dev pool): a network\'s embedding layer is no embedding technique', () => {
  check<FacetField>([
    { why: '"By replacing the original embedding layer with our hybrid encoder"', text: 'By replacing the original embedding layer with our hybrid encoder, Zorb captures local patterns.', field: 'techniques', not: ['embedding'] },
    { why: '... while embedding the data is ("we embed each log sequence into a vector space")', text: 'We embed each log sequence into a vector space and score its distance to normal ones.', field: 'techniques', has: ['embedding'] },
  ]);
});
describe('twenty-fourth round (reader 24b): a plural acronym before its plural long form is a kind of thing, no name', () => {
  check<NamedField>([
    { why: '"KPIs (Key Performance Indicators) record the states of different services"', title: 'TS-Zorb: Anomaly Detection based on KPI Invariants', text: 'KPIs (Key Performance Indicators) record the states of different services and are presented as time series. We propose TS-Zorb, an interpretable framework.', field: 'methods_proposed', not: ['KPIs'] },
    { why: '... while the paper\'s own probes keep their plural acronym ("Semantic Entropy Probes (SEPs)")', title: 'Detecting hallucinations cheaply', text: 'We propose Semantic Entropy Probes (SEPs), a cheap and reliable method for uncertainty quantification.', field: 'methods_proposed', has: ['SEPs'] },
  ]);
});
describe('twenty-fourth round (reader 24c): "Deepfake" before a data word is the task, no data set', () => {
  check<NamedField>([
    { why: '"our approach demonstrates promising generalizability on challenging Deepfake datasets"', title: 'Zorb: deepfake detection with foundation models', text: 'We propose Zorb. Our approach demonstrates promising generalizability on challenging Deepfake datasets.', field: 'datasets', not: ['Deepfake'] },
  ]);
});
describe('twenty-fourth round (dev pool): a paper that introduces a data set is an evaluation only where its title says benchmark', () => {
  check<FacetField>([
    { why: 'title "The MVTec 3D-AD Dataset for Unsupervised 3D Anomaly Detection and Localization" (an earlier round read every such paper as an evaluation; the dev pool\'s annotators do so for 11 of 34)', title: 'The Zorb-3D Dataset for Unsupervised 3D Anomaly Detection', text: 'We introduce Zorb-3D, a dataset of 4,000 scans of industrial objects.', field: 'settings', not: ['evaluation'] },
    { why: '... while a benchmark the title names is ("Zorb: A Comprehensive Benchmark for Synthetic Data Detection")', title: 'Zorbench-X: A Comprehensive Benchmark for Synthetic Data Detection', text: 'We introduce Zorbench-X, a dataset of 18K images across nine modalities.', field: 'settings', has: ['evaluation'] },
  ]);
});
describe('twenty-fourth round (reader 24d, dev pool): a name joined by an ampersand needs the ampersand ("MMS" is no "M&Ms")', () => {
  check<NamedField>([
    { why: '"transition layers through NASA\'s MMS mission observations" (the Magnetospheric Multiscale mission)', title: 'Anomalies in space plasma', text: 'We study transients and transition layers through NASA\'s MMS mission observations.', field: 'datasets', not: ['M&Ms'] },
    { why: '... while the cardiac challenge keeps its name ("on the M&Ms dataset")', title: 'Zorb: cardiac segmentation anomalies', text: 'We propose Zorb and evaluate it on the M&Ms dataset.', field: 'datasets', has: ['M&Ms'] },
  ]);
});
describe('twenty-fourth round (reader 24f): a so-called capitalised word with a point version is an era, no method', () => {
  check<NamedField>([
    { why: '"the fourth industrial revolution, creating the so-called Industry 4.0, opens a variety of novel use cases"', title: 'Anomaly detection for operations', text: 'Furthermore, the fourth industrial revolution, creating the so-called Industry 4.0, opens a variety of novel use and business cases.', field: 'methods_mentioned', not: ['Industry'] },
    { why: '... while a name the paper gives keeps its version ("a detector called Zorbix 2.0")', title: 'Anomaly detection for operations', text: 'We propose a detector called Zorbix 2.0 for logs.', field: 'methods_proposed', has: ['Zorbix'] },
  ]);
});
describe('twenty-fourth round (dev pool, reader 24d): a survey or a mission named in capitals before its acronym is a data set', () => {
  check<NamedField>([
    { why: '"we present an unsupervised machine learning approach ... using data from the Southern Photometric Local Universe Survey (S-PLUS)"', title: 'An Unsupervised Machine Learning Approach to Identify Spectroscopic Candidates', text: 'In this context, we present an unsupervised machine learning approach to identify candidates for spectroscopic follow-up using data from the Southern Photometric Local Universe Survey (S-PLUS).', field: 'datasets', has: ['S-PLUS'] },
    { why: '"Larger missions such as the Magnetospheric Multiscale mission (MMS) aim to solve this problem"', title: 'Generalized time-series analysis for in situ spacecraft observations', text: 'Larger missions such as the Magnetospheric Zorbiscale mission (MZS) aim to solve this problem.', field: 'datasets', has: ['MZS'] },
    { why: '... not a literature survey\'s topic in lower case ("a comprehensive survey (CS)")', title: 'Anomaly detection: methods and open problems', text: 'We present a comprehensive survey (CS) of the field.', field: 'datasets', not: ['CS'] },
  ]);
});
describe('twenty-fourth round (readers 24e, 16b, 18b): a long form the title detects or is set in is the task\'s object, not the paper\'s name', () => {
  check<NamedField>([
    { why: 'title "Deep Learning Approaches for Detecting Freezing of Gait in Parkinson\'s Disease"; "Freezing of gait (FOG) is one of the most incapacitating motor symptoms in Parkinson\'s disease (PD)."', title: 'Deep Learning Approaches for Detecting Freezing of Gait in Parkinson\'s Disease', text: 'Freezing of gait (FOG) is one of the most incapacitating motor symptoms in Parkinson\'s disease (PD). We compare deep networks on wearable data.', field: 'methods_proposed', not: ['FOG', 'PD'] },
    { why: 'title "Parkinson\'s Disease Freezing of Gait (FoG) Symptom Detection Using Machine Learning ..."', title: 'Parkinson\'s Disease Freezing of Gait (FoG) Symptom Detection Using Machine Learning from Wearable Sensor Data', text: 'Freezing of gait (FoG) is a special symptom found in patients with Parkinson\'s disease. We train classifiers on accelerometer data.', field: 'methods_proposed', not: ['FoG'] },
    { why: '... while a long form the title names as its method stays the paper\'s ("Deep Zorbing Forest for Anomaly Detection")', title: 'Deep Zorbing Forest for Anomaly Detection', text: 'We present Deep Zorbing Forest (DZF), a detector. DZF outperforms baselines.', field: 'methods_proposed', has: ['DZF'] },
  ]);
});
describe('twenty-fourth round (reader 24e): a measure, a signal or an object of analysis spelt out before its acronym is no name', () => {
  check<NamedField>([
    { why: '"including a Mean Absolute Error (MAE) of less than 1 beat per minute" (MAE is also the masked autoencoder)', title: 'ALPHA: Anomalous Physiological Health Assessment Using Large Language Models', text: 'Our findings reveal that LLMs perform well, including a Mean Absolute Error (MAE) of less than 1 beat per minute for heart rate.', field: 'models', not: ['MAE'] },
    { why: '... while the masked autoencoder by its short name stays ("We pre-train MAE on ImageNet")', title: 'Zorb: masked image modelling for defects', text: 'We pre-train MAE on ImageNet and fine-tune it on defects.', field: 'models', has: ['MAE'] },
    { why: 'title "... Detection Algorithm for a Short-Duration Poor Posture Using sEMG Measurements"; "The surface electromyography (sEMG) signals have been widely used"', title: 'A Weak Monotonicity Based Muscle Fatigue Detection Algorithm for a Short-Duration Poor Posture Using sEMG Measurements', text: 'The surface electromyography (sEMG) signals have been widely used to detect muscle fatigue.', field: 'methods_proposed', not: ['sEMG'] },
    { why: '"This paper proposes an unsupervised way for Phonocardiogram (PCG) analysis"', title: 'Unsupervised Phonocardiogram Analysis With Density Based Autoencoders', text: 'This paper proposes an unsupervised way for Phonocardiogram (PCG) analysis, which uses a revised auto encoder.', field: 'methods_proposed', not: ['PCG'] },
  ]);
});
describe('twenty-fourth round (reader 24e): electromyography is medical and a time series, as ECG and EEG are', () => {
  check<FacetField>([
    { why: '"The automatic detection of noisy channels in surface Electromyogram (sEMG) signals ... is very critical"', text: 'The automatic detection of noisy channels in surface Electromyogram (sEMG) signals, at the time of recording, is very critical.', field: 'domains', has: ['medical', 'time-series'] },
  ]);
});
describe('twenty-fourth round (reader 24f): what the paper adopts, described at length and then "called X", is existing work', () => {
  check<NamedField>([
    { why: '"we adopt a recent technique to interpret the decision process of a deep learning model, called Integrated Gradients"', title: 'Explainable intrusion detection', text: 'In this paper, we adopt a recent technique to interpret the decision process of a deep learning model, called Zintegrated Gradients, to explain alerts.', field: 'methods_mentioned', has: ['Zintegrated Gradients'] },
    { why: '... while the paper\'s own stays its own ("we adopt a new two-stage design for the decision process of a detector, called ZorbNet")', title: 'Explainable intrusion detection', text: 'In this paper, we adopt a new two-stage design for the decision process of a detector, called ZorbNet, to explain alerts.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});
describe('twenty-fourth round (dev pool, reader 24e): the potential of something for real time is a prospect, no claim', () => {
  check<FacetField>([
    { why: '"This approach shows significant potential for real-time detection in high-stakes environments"', text: 'We propose Zorb. This approach shows significant potential for real-time detection in high-stakes environments.', field: 'settings', not: ['real-time'] },
    { why: '"While participants recognized the potential of ML for real-time anomaly detection, ..."', text: 'While participants recognized the potential of ML for real-time anomaly detection, findings reveal skepticism toward full automation.', field: 'settings', not: ['real-time'] },
    { why: '... while a claim stays ("Zorb detects anomalies in real time on an edge device")', text: 'We propose Zorb. Zorb detects anomalies in real time on an edge device.', field: 'settings', has: ['real-time'] },
  ]);
});
describe('twenty-fourth round (reader 24f): a multi-class intrusion detector or prediction approach classifies; it is no multi-class setting', () => {
  check<FacetField>([
    { why: '"the proposed multi-class cyber-intrusion detection framework outperforms ..."', text: 'The proposed multi-class cyber-intrusion detection framework outperforms the baselines.', field: 'settings', not: ['multi-class'] },
    { why: '"we propose a multi-class prediction approach to detect failures beforehand"', text: 'We propose a multi-class prediction approach to detect failures beforehand.', field: 'settings', not: ['multi-class'] },
    { why: '... while one model for many categories stays ("a unified multi-class anomaly detection model")', text: 'We propose a unified multi-class anomaly detection model for industrial images.', field: 'settings', has: ['multi-class'] },
  ]);
});
describe('twenty-fourth round (reader 24e): the health data sets the lexicon lacked (PhysioNet 2015, FAERS, ICBHI 2017, the Saarbruecken Voice Database)', () => {
  check<NamedField>([
    { why: '"The dataset used is from Reducing False Arrhythmia Alarms in the ICU: the PhysioNet/Computing in Cardiology Challenge 2015."', title: 'Zorb: false alarm reduction', text: 'We propose Zorb. The dataset used is from Reducing False Arrhythmia Alarms in the ICU: the PhysioNet/Computing in Cardiology Challenge 2015.', field: 'datasets', has: ['PhysioNet 2015'], not: ['PhysioNet'] },
    { why: '"biased records in FAERS (U.S. Food and Drug Administration Adverse Event Reporting System)"', title: 'Zorb: adverse drug events', text: 'We propose Zorb and train it on biased records in FAERS (U.S. Food and Drug Administration Adverse Event Reporting System).', field: 'datasets', has: ['FAERS'] },
    { why: '"pre-trained on a source domain using ICBHI 2017, the largest publicly available database of lung sounds"', title: 'Zorb: crackle detection', text: 'We propose Zorb, pre-trained on a source domain using ICBHI 2017, the largest publicly available database of lung sounds.', field: 'datasets', has: ['ICBHI 2017'] },
    { why: '... and "SVD" stays the decomposition ("Novelty Detection Via Blurring": SVD-RND)', title: 'Novelty Detection Via Blurring', text: 'We propose SVD-RND, which blurs images with SVD before random network distillation.', field: 'datasets', not: ['Saarbruecken Voice Database', 'SVD-RND'] },
  ]);
});
describe('twenty-fourth round (reader 24i): a second network coordinated with the first in one proposal is the paper\'s too', () => {
  check<NamedField>([
    { why: '"Then, we propose a degree-free graph convolutional neural network (DR-GCN) and a novel temporal message propagation network (TMP)"', title: 'Vulnerability detection on normalized code graphs', text: 'We normalise program graphs. Then, we propose a degree-free graph convolutional neural network (DR-GCN) and a novel temporal message propagation network (TMP) to learn from the normalized graphs for vulnerability detection.', field: 'methods_proposed', has: ['DR-GCN', 'TMP'] },
    { why: '... while a part listed after the first stays a part ("First, we propose ZorbNet (ZN), which consists of a feature encoder (FE) and a scoring head (SH)")', title: 'ZorbNet: anomaly detection', text: 'First, we propose ZorbNet (ZN), which consists of a feature encoder (FE) and a scoring head (SH).', field: 'methods_proposed', not: ['SH'] },
  ]);
});
describe('twenty-fourth round (reader 24h): a name in apposition in a sentence that opens on others\' work is theirs', () => {
  check<NamedField>([
    { why: '"Recently, GraphRfi, a GNN-based recommender system, was proposed and shown to effectively mitigate the impact of injected fake users."', title: 'Towards adversarially robust recommendation', text: 'Recently, ZraphRfi, a GNN-based recommender system, was proposed and shown to effectively mitigate the impact of injected fake users. However, we demonstrate that ZraphRfi remains vulnerable to attacks.', field: 'methods_mentioned', has: ['ZraphRfi'] },
    { why: '... while the paper\'s own stays ("In this paper, ZorbRec, a robust recommender system, is proposed")', title: 'Towards adversarially robust recommendation', text: 'In this paper, ZorbRec, a robust recommender system, is proposed to resist injected fake users.', field: 'methods_proposed', has: ['ZorbRec'] },
  ]);
});
describe('twenty-fourth round (reader 24i, dev pool, reader 20a): the diffusion of something is its spread, no diffusion model', () => {
  check<FacetField>([
    { why: '"the diffusion of malicious software"', text: 'Malware threatens users through the diffusion of malicious software across networks.', field: 'techniques', not: ['diffusion'] },
    { why: '... while the diffusion of noise in a generative model stays ("the diffusion of noise in a denoising model")', text: 'We model the diffusion of noise in a denoising model to reconstruct normal images.', field: 'techniques', has: ['diffusion'] },
  ]);
});
describe('twenty-fifth round (reader 25b, dev pool): an acronym in parentheses inside a cue phrase does not break it', () => {
  check<FacetField>([
    { why: '"we frame the problem as sequential out-of-distribution (OOD) detection" (no cue phrase ran across "(OOD)")', text: 'To identify failures from successful training data alone, we frame the problem as sequential out-of-distribution (OOD) detection.', field: 'settings', has: ['ood-detection'] },
    { why: '"We propose a method for out-of-distribution (OoD) detection."', text: 'We propose a method for out-of-distribution (OoD) detection.', field: 'settings', has: ['ood-detection'] },
    { why: '... while a comma still ends a cue ("out-of-distribution, (b) detection of drift" is no OOD detection)', text: 'We study (a) data that are out-of-distribution, (b) detection of drift.', field: 'settings', not: ['ood-detection'] },
  ]);
});
describe('twenty-fifth round (reader 25e, dev pool): a video of the work, available at a link, is no video data', () => {
  check<FacetField>([
    { why: '"The video describing our system is available at https://youtu.be/..."', text: 'We present Zorb, a detector of machine-generated text. The video describing our system is available at https://youtu.be/xyz.', field: 'domains', not: ['video'] },
    { why: '"A video illustrating our approach is available at: http://groups.csail.mit.edu/rrg/videos/..."', text: 'We propose a novelty detector for a robot navigating with images. A video illustrating our approach is available at: http://example.org/videos.', field: 'domains', not: ['video'] },
    { why: '... while video data stays video ("We detect anomalies in surveillance videos")', text: 'We detect anomalies in surveillance videos. Code is available at https://github.com/x/y.', field: 'domains', has: ['video'] },
  ]);
});
describe('twenty-fifth round (reader 25a, dev pool): the acronym of what the title detects or is set in, or of a kind of thing, is no proposal', () => {
  check<NamedField>([
    { why: 'title "Few-Shot Open-Set Learning for On-Device Customization of KeyWord Spotting Systems"; "A personalized KeyWord Spotting (KWS) pipeline typically requires ..."', title: 'Few-Shot Open-Set Learning for On-Device Customization of KeyWord Spotting Systems', text: 'A personalized KeyWord Spotting (KWS) pipeline typically requires the training of a deep learning model on a large set of user-defined speech utterances.', field: 'methods_proposed', not: ['KWS'] },
    { why: 'title "Towards Visualizing and Detecting Audio Adversarial Examples for Automatic Speech Recognition"; "audio adversarial examples (AEs) have emerged as a serious security threat"', title: 'Towards Visualizing and Detecting Audio Adversarial Examples for Automatic Speech Recognition', text: 'Automatic speech recognition systems are widely used. However, audio adversarial examples (AEs) have emerged as a serious security threat.', field: 'methods_proposed', not: ['AEs'] },
    { why: 'title "... Elderly Monitoring in Residential-Scale Ambient Assisted Living Scenarios"; "Ambient Assisted Living (AAL) has become a powerful alternative"', title: 'Real-Time Distributed Architecture for Remote Acoustic Elderly Monitoring in Residential-Scale Ambient Assisted Living Scenarios', text: 'Many elderly people live alone. Ambient Assisted Living (AAL) has become a powerful alternative to improving their life quality.', field: 'methods_proposed', not: ['AAL'] },
    { why: '"Quadrotor unmanned aerial vehicles (UAVs) have been developed and applied into several types of workplaces"', title: 'An Audio-Based Fault Diagnosis Method for Quadrotors Using Convolutional Neural Network and Transfer Learning', text: 'Quadrotor unmanned aerial vehicles (UAVs) have been developed and applied into several types of workplaces, such as warehouses.', field: 'methods_proposed', not: ['UAVs'] },
    { why: '... while the title\'s own long form stays the paper\'s ("Detecting Anomalies Using Zorbing Context Forests")', title: 'Detecting Anomalies Using Zorbing Context Forests', text: 'Sound anomalies are rare. The Zorbing Context Forest (ZCF) splits spectrograms.', field: 'methods_proposed', has: ['ZCF'] },
    { why: '... and a paper\'s own plural networks stay its own ("Zorb networks (ZNs) have been developed in this paper for")', title: 'Anomaly detection with Zorb networks', text: 'Novel Zorbing Quux Networks (ZQNs) are proposed in this paper to detect anomalies.', field: 'methods_proposed', has: ['ZQNs'] },
  ]);
});
describe('twenty-fifth round (reader 25b): a known method "recently proposed" in the paper\'s sentence is someone else\'s', () => {
  check<NamedField>([
    { why: '"We leverage the recently proposed Deep Isolation Forest (DIF), an anomaly detection algorithm that ..."', title: 'Unsupervised Learning for Detection of Rare Driving Scenarios', text: 'This research explores an unsupervised framework. We leverage the recently proposed Deep Isolation Forest (DIF), an anomaly detection algorithm, to identify complex anomalies.', field: 'methods_mentioned', has: ['DIF'] },
    { why: '... while a known method the paper itself proposes by name stays its own ("this paper proposes Deep Isolation Forest (DIF), a new ... method")', title: 'Deep Isolation Forest for Anomaly Detection', text: 'To address this, this paper proposes Deep Isolation Forest (DIF), a new anomaly detection method. It uses random representations.', field: 'methods_proposed', has: ['DIF'] },
  ]);
});
describe('twenty-fifth round (reader 25d): an X-ray of circuit boards, solder joints or batteries is inspection, not medicine', () => {
  check<FacetField>([
    { why: 'title "Detecting Anomalous Solder Joints in Multi-sliced PCB X-ray Images: A Deep Learning Based Approach"', title: 'Detecting Anomalous Solder Joints in Multi-sliced PCB X-ray Images: A Deep Learning Based Approach', text: 'Solder joint defect detection is of vital importance for electronics manufacturing.', field: 'domains', not: ['medical'] },
    { why: '... while a chest X-ray stays medical ("anomalies in chest X-ray images")', title: 'Detecting anomalies in chest X-ray images', text: 'We detect anomalies in chest X-ray images of patients.', field: 'domains', has: ['medical'] },
  ]);
});
describe('twenty-fifth round (reader 25a): sound-based detection, sound samples and microphones are audio', () => {
  check<FacetField>([
    { why: '"An intelligent sound-based early fault detection system has been proposed for vehicles"', text: 'An intelligent sound-based early fault detection system has been proposed for vehicles.', field: 'domains', has: ['audio'] },
    { why: '"The system uses a microphone to capture the sound emitted by the vehicle"', text: 'The system uses a microphone to capture the sound emitted by the vehicle.', field: 'domains', has: ['audio'] },
    { why: '"We collected noisy and normal sound samples of the car engine"', text: 'We collected noisy and normal sound samples of the car engine under abnormal conditions.', field: 'domains', has: ['audio'] },
    { why: '... while "sound" in its other sense stays out ("a sound theoretical basis")', text: 'Our method rests on a sound theoretical basis for tabular outliers.', field: 'domains', not: ['audio'] },
  ]);
});
describe('twenty-fifth round (reader 25f, dev pool): data "used for training and testing" are evaluated on', () => {
  it('"The bearing dataset from Case Western Reserve University (CWRU) is used for training and testing the proposed CNN and CINN Models."', () => {
    const r = extractEntities({ id: 't', title: 'Classification of Bearing Fault Signals in Rotating Machinery Using Neural Networks', abstract: 'This paper proposes a deep-learning model. The bearing dataset from Case Western Reserve University (CWRU) is used for training and testing the proposed models.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'CWRU')?.role).toBe('evaluated');
  });
  it('... while data only named stay mentioned ("The CWRU bearing dataset is widely known.")', () => {
    const r = extractEntities({ id: 't', title: 'Bearing faults', abstract: 'We propose ZorbNet for bearings. The CWRU bearing dataset is widely known in the field.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'CWRU')?.role).toBe('mentioned');
  });
});
describe('twenty-fifth round (reader 25f, dev pool): what "has been proposed" in the field, or a kind of methods the title names, is no proposal', () => {
  check<NamedField>([
    { why: 'title "Evaluation of Non-intrusive Load Monitoring Algorithms for Appliance-level Anomaly Detection"; "Non-Intrusive Load Monitoring (NILM) has been proposed as an alternative to submetering"', title: 'Evaluation of Non-intrusive Load Monitoring Algorithms for Appliance-level Anomaly Detection', text: 'Non-Intrusive Load Monitoring (NILM) has been proposed as an alternative to submetering. We propose AEM, an anomaly detector for appliances.', field: 'methods_proposed', has: ['AEM'], not: ['NILM'] },
    { why: '"Consequently, several Intrusion Detection Systems (IDSs) have been proposed in the literature to detect such cyber-attacks on vehicles."', title: 'An Anomaly Detection System Based on Generative Classifiers for Controller Area Network', text: 'Modern vehicles are exposed to attacks. Consequently, several Zorbing Detection Systems (ZDSs) have been proposed in the literature to detect such cyber-attacks on vehicles.', field: 'methods_proposed', not: ['ZDSs'] },
    { why: '... while a new one the paper puts forward stays its own ("In this paper, a novel Zorbing Quux Network (ZQN) has been proposed")', title: 'Anomaly detection for vehicles', text: 'In this paper, a novel Zorbing Quux Network (ZQN) has been proposed to detect attacks.', field: 'methods_proposed', has: ['ZQN'] },
  ]);
});
describe('twenty-fifth round (reader 25f): an unspaced em dash ends a title\'s head as a colon does', () => {
  check<NamedField>([
    { why: 'title "ART 2—an unsupervised neural network for PD pattern recognition and classification"', title: 'ART 2—an unsupervised neural network for PD pattern recognition and classification', text: 'Partial discharge patterns are classified. It is shown that the ART 2 network is able to classify the PD patterns.', field: 'methods_proposed', has: ['ART 2'] },
    { why: '... while a topic before the dash stays no name ("Detection of overdose and underdose prescriptions—An unsupervised machine learning approach")', title: 'Detection of overdose and underdose prescriptions—An unsupervised machine learning approach', text: 'Prescription errors are common. We cluster prescriptions to find outliers.', field: 'methods_proposed', not: ['Detection of overdose and underdose prescriptions'] },
  ]);
});
describe('twenty-fifth round (reader 25i, dev pool): mixed-type data, categorical and nominal attributes are tabular', () => {
  check<FacetField>([
    { why: 'title "Outlier detection for mixed-type data: A novel approach"', text: 'Outlier detection for mixed-type data is hard. We score records by attribute associations.', field: 'domains', has: ['tabular'] },
    { why: '"specific datasets constructed by different type of columns - categorical and continuous variables"', text: 'The reconstruction uses datasets constructed by different types of columns - categorical and continuous variables.', field: 'domains', has: ['tabular'] },
    { why: '"outliers in data with categorical attributes"', text: 'We find outliers in data with categorical attributes by frequent patterns.', field: 'domains', has: ['tabular'] },
    { why: '... while "nominal data" (the normal data of a detector) stays no domain', text: 'Density estimators directly model the likelihood of nominal data.', field: 'domains', not: ['tabular'] },
  ]);
});
describe('twenty-fifth round (reader 25k): the Raspberry Pi Zero is a board, not the pi0 robot policy', () => {
  check<NamedField>([
    { why: '"we deploy A-THENA on the Raspberry Pi Zero 2 W"', title: 'A-THENA: intrusion detection on the edge', text: 'We deploy A-THENA on the Raspberry Pi Zero 2 W, demonstrating real-time intrusion detection.', field: 'models', not: ['pi0'] },
    { why: '... while the policy by its name stays a model ("three VLA policies: OpenVLA, π0 and π0.5")', title: 'Failure detection for robot policies', text: 'We monitor three VLA policies: OpenVLA, π0 and π0.5.', field: 'models', has: ['pi0'] },
  ]);
});
describe('twenty-fifth round (readers 25k, 25i): the stream-learning and outlier methods the lexicon lacked (EDDM, KSWIN, LSHiForest, Adaptive Random Forest)', () => {
  check<NamedField>([
    { why: '"drift detection algorithms (viz., DDM, EDDM, and ADWIN) are employed"', title: 'Zorb: online fault detection', text: 'We propose Zorb. To handle drift, drift detection algorithms (viz., DDM, EDDM, and ADWIN) are employed.', field: 'methods_mentioned', has: ['EDDM', 'ADWIN'] },
    { why: '"In terms of model efficacy, Adaptive Random Forest consistently outperformed other models"', title: 'Zorb: online fault detection', text: 'We propose Zorb. In terms of model efficacy, Adaptive Random Forest consistently outperformed other models.', field: 'methods_mentioned', has: ['Adaptive Random Forest'] },
    { why: '"the LSHiForest framework" and "KSWIN" as earlier work', title: 'Anomalies Detection Using Isolation in Concept-Drifting Data Streams', text: 'We propose Zorb. It extends LSHiForest and uses KSWIN to detect drift.', field: 'methods_mentioned', has: ['LSHiForest', 'KSWIN'] },
  ]);
});
describe('twenty-fifth round (reader 25h): accuracies with figures, data "used for this work", the object a title\'s detection is for, what a proposal combines', () => {
  check<FacetField>([
    { why: '"The developed multi-task model produced 98.89%, 99.12%, and 99.24% accuracies in the testing set"', text: 'The developed multi-task model produced 98.89%, 99.12%, and 99.24% accuracies in the testing set.', field: 'metrics', has: ['accuracy'] },
    { why: '... while accuracies without a figure stay out ("accuracies vary across tasks")', text: 'We find that detection accuracies vary across tasks.', field: 'metrics', not: ['accuracy'] },
  ]);
  check<NamedField>([
    { why: 'title "Early Failure Detection for Air Production Unit in Metro Trains"; "using publicly available Air Production Unit (APU) data from Porto metro trains"', title: 'Early Failure Detection for Air Production Unit in Metro Trains', text: 'We propose a forecasting approach. We validate our approach using publicly available Air Production Unit (APU) data from Porto metro trains.', field: 'methods_proposed', not: ['APU'] },
    { why: '"This paper proposes a method that combines robust deep auto-encoder (RDAE) model and density peak (DP) clustering algorithm"', title: 'Identifying Anomaly Aircraft Trajectories in Terminal Areas', text: 'This paper proposes a method that combines robust deep auto-encoder (RDAE) model and density peak (DP) clustering algorithm.', field: 'methods_mentioned', has: ['RDAE'] },
    { why: '... and the combined parts are no proposal', title: 'Identifying Anomaly Aircraft Trajectories in Terminal Areas', text: 'This paper proposes a method that combines robust deep auto-encoder (RDAE) model and density peak (DP) clustering algorithm.', field: 'methods_proposed', not: ['RDAE', 'DP'] },
  ]);
  it('"The MetroPT dataset was used for this work.": evaluated', () => {
    const r = extractEntities({ id: 't', title: 'A multi-task model for failure identification in metro trains', abstract: 'We propose a multi-task model. The MetroPT dataset was used for this work.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'MetroPT')?.role).toBe('evaluated');
  });
});
describe('twenty-fifth round (readers 25h, 25k; masked dev pool): a sentence or a clause opening on a name and a result names the data', () => {
  check<NamedField>([
    { why: '"On UAV-SEAD, AeroTSBoost achieves the strongest AUPRC among all methods"', title: 'AeroTSBoost: Temporal-Statistical Boosting for Real-World UAV Telemetry Anomaly Mining', text: 'We propose AeroTSBoost. On UAV-SEAD, AeroTSBoost achieves the strongest AUPRC among all methods.', field: 'datasets', has: ['UAV-SEAD'] },
    { why: '"On COVID-CXR, ROC-AUC improves from 0.9489 to 0.9982; on Pneumonia CXR, ROC-AUC rises from 0.6834 to 0.8968"', title: 'I Detect What I Don\'t Know', text: 'We propose Zorb. On COVID-CXR, ROC-AUC improves from 0.9489 to 0.9982; on Pneumonia CXR, ROC-AUC rises from 0.6834 to 0.8968.', field: 'datasets', has: ['COVID-CXR', 'Pneumonia CXR'] },
    { why: '... while a device or a backbone so opened stays no data ("On GPUs, Zorb runs faster"; "On the other hand, ...")', title: 'Zorb: fast anomaly detection', text: 'We propose Zorb. On GPUs, Zorb achieves a higher throughput. On the other hand, Zorb improves recall.', field: 'datasets', not: ['GPUs'] },
  ]);
});
describe('twenty-fifth round (reader 25j): a name ending a title\'s head after "with" and spelt out after the colon is the paper\'s', () => {
  check<NamedField>([
    { why: 'title "Interpretable Anomaly Detection with DIFFI: Depth-based Isolation Forest Feature Importance"', title: 'Interpretable Anomaly Detection with DIFFI: Depth-based Isolation Forest Feature Importance', text: 'In this work we propose effective, yet computationally inexpensive, methods to define feature importance scores for the Isolation Forest.', field: 'methods_proposed', has: ['DIFFI'] },
    { why: '... while a data set\'s name before a dash and a description stays the data set ("MVTec AD — A Comprehensive Real-World Dataset ...")', title: 'MVTec AD — A Comprehensive Real-World Dataset for Unsupervised Anomaly Detection', text: 'We introduce the MVTec Anomaly Detection (MVTec AD) dataset containing 5354 images.', field: 'methods_proposed', not: ['AD', 'MVTec AD'] },
  ]);
});
describe('twenty-fifth round (reader 25c): a data word in the object of an appositive\'s verb is no head ("the first work to integrate a subset of ...")', () => {
  check<NamedField>([
    { why: '"we propose FAR-FD, the first work to integrate a subset of important features in Retrieval Augmented Classification (RAC)"', title: 'FAR-FD: Feature Augmented Retrieval for Fraud Detection', text: 'To address these limitations, we propose FAR-FD, the first work to integrate a subset of important features in Retrieval Augmented Classification (RAC).', field: 'methods_proposed', has: ['FAR-FD'] },
    { why: '... while a released set so described stays data ("we propose Wilds-FS-X, which extends these evaluations to real-world datasets")', title: 'A Benchmark for Real-World Out-of-Distribution Detection', text: 'We propose Wilds-FS-X, which extends these evaluations to real-world datasets, offering a more comprehensive testbed.', field: 'datasets', has: ['Wilds-FS-X'] },
  ]);
});
describe('twenty-fifth round (reader 25b, dev pool): a name opening a parenthesis before its data word is the data set ("(inD dataset)")', () => {
  check<NamedField>([
    { why: '"A case study using a public vehicle trajectory dataset (inD dataset) demonstrates ..."', title: 'Automatic Identification of Anomalous Driving Events from Trajectory Data', text: 'We propose a detector. A case study using a public vehicle trajectory dataset (inD dataset) demonstrates the method.', field: 'datasets', has: ['inD'] },
    { why: '"we constructed a high-resolution dataset with time-series images ... (the AnomalyCDD dataset)"', title: 'AnomalyCD: A benchmark for Earth anomaly change detection', text: 'To benchmark AnomalyCD, we constructed a high-resolution dataset with time-series images dedicated to various Earth anomalies (the AnomalyCDD dataset).', field: 'datasets', has: ['AnomalyCDD'] },
    { why: '... while words in a parenthesis that name no data stay out ("(see the supplementary dataset)")', title: 'Zorb: anomaly detection', text: 'We propose Zorb and release our code (see the supplementary dataset).', field: 'datasets', not: ['see', 'supplementary'] },
    { why: '... and a long form spelt in the parenthesis names the same data ("the CovidMis20 dataset (COVID-19 Misinformation 2020 dataset)", reader 24h)', title: 'CovidMis20: COVID-19 Misinformation Detection System on Twitter Tweets', text: 'This research presents the CovidMis20 dataset (COVID-19 Misinformation 2020 dataset), which consists of 1,375,592 tweets.', field: 'datasets', not: ['COVID-19 Misinformation 2020'] },
  ]);
});
describe('twenty-fifth round (reader 25e): the code language models PolyCoder and SantaCoder', () => {
  check<NamedField>([
    { why: '"the smaller code language model like PolyCoder-160M performs as a universal code detector"', title: 'Zero-Shot Detection of Machine-Generated Codes', text: 'We find that the smaller code language model like PolyCoder-160M performs as a universal code detector.', field: 'models', has: ['PolyCoder-160M'] },
    { why: '"code generated by SantaCoder and StarCoder"', title: 'Detecting machine-generated code', text: 'We detect code generated by SantaCoder and StarCoder.', field: 'models', has: ['SantaCoder', 'StarCoder'] },
  ]);
});
describe('twenty-fifth round (reader 25k, dev pool): a time in microseconds is latency', () => {
  check<FacetField>([
    { why: '"these techniques can achieve intrusion detection times of up to 727 μs using a Raspberry Pi 4"', text: 'The results show that these techniques can achieve intrusion detection times of up to 727 μs using a Raspberry Pi 4.', field: 'metrics', has: ['latency'] },
    { why: '"with training under 4 seconds and inference as low as 4 µs" (the micro sign)', text: 'It is orders of magnitude faster, with training under 4 seconds and inference as low as 4 µs.', field: 'metrics', has: ['latency'] },
  ]);
});
describe('twenty-fifth round (reader 25h, dev pool): a time to process or infer one item is latency', () => {
  check<FacetField>([
    { why: '"its simplified version only requires less than 1 ms to process an image"', text: 'Its simplified version only requires less than 1 ms to process an image at the cost of a trivial accuracy drop.', field: 'metrics', has: ['latency'] },
    { why: '"took 43 seconds for training and 1 second for inferencing for test data"', text: 'The model took 43 seconds for training and 1 second for inferencing for test data.', field: 'metrics', has: ['latency'] },
    { why: '... while a training time alone stays no latency ("took 43 seconds for training")', text: 'The model took 43 seconds for training on the whole data set.', field: 'metrics', not: ['latency'] },
  ]);
});
describe('twenty-fifth round (reader 25c, dev pool): "prior to" is "before", no prior work negating a cue', () => {
  check<FacetField>([
    { why: '"an innovative self-supervised pretraining strategy (FRAUDCL-FTT) ... prior to supervised fine-tuning"', text: 'We propose an innovative self-supervised pretraining strategy prior to supervised fine-tuning.', field: 'techniques', has: ['self-supervised', 'fine-tuning'] },
    { why: '... while prior work still negates ("unlike prior fine-tuning methods, we freeze the encoder")', text: 'Unlike prior fine-tuning methods, we freeze the encoder.', field: 'techniques', not: ['fine-tuning'] },
  ]);
});
describe('twenty-sixth round (reader 26h, dev pool): bearing, gearbox and chemical-process data sets are industrial data, whatever their signals', () => {
  check<FacetField>([
    { why: '"demonstrated on the benchmark Tennessee Eastman Process" (process monitoring of a chemical plant)', title: 'Explainability: Relevance based Dynamic Deep Learning Algorithm for Fault Detection and Diagnosis', text: 'We propose a relevance-based algorithm for fault detection and diagnosis, demonstrated on the benchmark Tennessee Eastman Process.', field: 'domains', has: ['industrial'], not: ['time-series'] },
    { why: '"Through extensive experiments on the CWRU and XJTU-SY datasets" (bearing vibration data)', title: 'Frequency guidance for domain generalization in fault diagnosis', text: 'Through extensive experiments on the CWRU and XJTU-SY datasets, our method outperforms the baselines.', field: 'domains', has: ['industrial'], not: ['time-series'] },
    { why: '... while the paper\'s own words still say time series ("faults in multivariate time series ... evaluate our detector on the Tennessee Eastman process")', title: 'Fault detection in processes', text: 'We detect faults in multivariate time series and evaluate our detector on the Tennessee Eastman process.', field: 'domains', has: ['industrial', 'time-series'] },
  ]);
});
describe('twenty-sixth round (reader 26f, dev pool): a one-word name is not read off words whose lower-case word stands on its capitals ("OOD is" is not OoDIS)', () => {
  check<NamedField>([
    { why: '"... to detect whether an input is OOD is crucial" (read as the OoDIS benchmark)', title: 'Out-of-distribution detection with energy', text: 'Deciding whether an input is OOD is crucial for safe deployment. We propose Zorb.', field: 'datasets', not: ['OoDIS'] },
    { why: '... while spaced spellings of a one-word name are still read ("MVTec 3D" for MVTec3D, "Deep SVDD")', title: 'Zorb: point cloud anomaly detection', text: 'Experiments on MVTec 3D show that Zorb outperforms Deep SVDD.', field: 'datasets', has: ['MVTec 3D-AD'] },
  ]);
});
describe('twenty-sixth round (reader 26a): a known data name the paper defines as its own network is its method', () => {
  check<NamedField>([
    { why: '"we propose a Dual-Path Frequency Discriminators (DFD) network ...; our DFD surpasses ..." (DFD is also a deepfake data set)', title: 'Dual-path Frequency Discriminators for Few-shot Anomaly Detection', text: 'In this paper, we propose a Dual-Path Frequency Discriminators (DFD) network from a frequency perspective. Extensive experiments conducted on MVTec AD and VisA benchmarks demonstrate that our DFD surpasses current state-of-the-art methods.', field: 'datasets', has: ['MVTec AD', 'VisA'], not: ['DFD'] },
    { why: '... the same paper\'s method', title: 'Dual-path Frequency Discriminators for Few-shot Anomaly Detection', text: 'In this paper, we propose a Dual-Path Frequency Discriminators (DFD) network from a frequency perspective. Extensive experiments conducted on MVTec AD and VisA benchmarks demonstrate that our DFD surpasses current state-of-the-art methods.', field: 'methods_proposed', has: ['DFD'] },
  ]);
});
describe('twenty-sixth round (readers 26h, 26c, 26l, dev pool): "contrast learning" and "contrast loss" are contrastive learning, rotary machines industrial, "f1score" F1', () => {
  check<FacetField>([
    { why: '"Self-supervised pretraining via contrast learning for intelligent incipient fault detection of bearings"', text: 'We propose self-supervised pretraining via momentum contrast learning (MCL) for incipient fault detection.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '"a contrast loss is designed to ..." (video anomaly detection)', text: 'A contrast loss is designed to separate normal and abnormal snippets.', field: 'techniques', has: ['contrastive-learning'] },
    { why: '... while "in contrast" is no contrastive learning ("In contrast learning-free methods ...")', text: 'In contrast learning-free methods fail on bearings.', field: 'techniques', not: ['contrastive-learning'] },
    { why: '"Intelligent fault diagnosis for rotary machinery"', text: 'Intelligent fault diagnosis for rotary machinery is essential. We adapt a source model without source data.', field: 'domains', has: ['industrial'] },
    { why: '"the f1score reaches 0.93"', text: 'On the test set, the f1score of our detector reaches 0.93.', field: 'metrics', has: ['F1'] },
  ]);
});
describe('twenty-sixth round (reader 26i): a long form joined by "and" before its acronym and the data word is one data set', () => {
  check<NamedField>([
    { why: '"detected on the Aeronautical Laboratory Failures and Anomalies (ALFA) dataset" (cut at "and" before)', title: 'Anomaly Detection of UAV State Data', text: 'Anomalies are detected on the Aeronautical Laboratory Failures and Anomalies (ALFA) dataset with high accuracy.', field: 'datasets', has: ['ALFA'], not: ['Aeronautical Laboratory Failures', 'Anomalies'] },
    { why: '... also after "experiments on" ("Experiments on the Quux Zorb and Anomaly Plates (QZAP) dataset")', title: 'Plate inspection', text: 'Experiments on the Quux Zorb and Anomaly Plates (QZAP) dataset show gains.', field: 'datasets', has: ['QZAP'], not: ['Quux Zorb', 'Anomaly Plates'] },
    { why: '... while two names joined by "and" stay two ("Experiments on ZorbSet and QuuxSet show gains")', title: 'Plate inspection', text: 'Experiments on ZorbSet and QuuxSet show gains.', field: 'datasets', has: ['ZorbSet', 'QuuxSet'] },
  ]);
});
describe('twenty-sixth round (reader 26f, dev pool): a known method spelt out inside the long form of the paper\'s new acronym is part of the new name', () => {
  check<NamedField>([
    { why: '"we propose a Conditional Graph Anomaly Diffusion Model (CGADM)" (AnomalyDiffusion is not mentioned)', title: 'Conditional Diffusion Anomaly Modeling on Graphs', text: 'In this paper, we propose a Conditional Graph Anomaly Diffusion Model (CGADM) that refines node representations.', field: 'methods_mentioned', not: ['AnomalyDiffusion'] },
    { why: '"two critical components: a Dual-Decoder Reverse Distillation Network (DRD-Net) and ..." (RD4AD is not mentioned)', title: 'Memory-Augmented Dual-Decoder Networks', text: 'This network includes two critical components: a Dual-Decoder Reverse Distillation Network (DRD-Net) and a Class-aware Memory Module (CMM).', field: 'methods_mentioned', not: ['RD4AD'] },
    { why: '... while a part named after the method it uses keeps it ("Barlow Twins diversity loss (BTD)")', title: 'Multi-head graph anomaly detection', text: 'We introduce a dual regularization that combines teacher-student contrastive learning (TSC) and Barlow Twins diversity loss (BTD) to enforce orthogonality.', field: 'methods_mentioned', has: ['Barlow Twins'] },
    { why: '... and the spelt-out name standing alone stays mentioned ("We compare with Reverse Distillation and propose Zorb")', title: 'Zorb', text: 'We compare with Reverse Distillation and propose Zorb, a new detector.', field: 'methods_mentioned', has: ['RD4AD'] },
  ]);
});
describe('twenty-sixth round (readers 26h, 26k): MAE among metrics or before a figure is the mean absolute error, no masked autoencoder', () => {
  check<NamedField>([
    { why: '"with low errors (RMSE 0.0365, MAE 0.0204)"', title: 'Remaining useful life with anomaly onset', text: 'Our model predicts the remaining useful life with low errors (RMSE 0.0365, MAE 0.0204) on the test set.', field: 'models', not: ['MAE'] },
    { why: '"evaluated by accuracy, precision, recall, F1-score, ROC AUC, and MAE scores"', title: 'Anomalous Water Use Detection Using Machine Learning', text: 'The performance of each model was evaluated by accuracy, precision, recall, F1-score, ROC AUC, and MAE scores.', field: 'models', not: ['MAE'] },
    { why: '... while the masked autoencoder stays a model ("We pretrain a ViT with MAE and fine-tune it")', title: 'Self-supervised anomaly detection', text: 'We pretrain a ViT with MAE and fine-tune it for anomaly detection.', field: 'models', has: ['MAE'] },
  ]);
});
describe('twenty-sixth round (reader 26k, dev pool): LoRa, the long-range radio, is not LoRA, the low-rank adaptation', () => {
  check<NamedField>([
    { why: '"The gateway utilizes LoRa and 4G modules for wireless data transmission"', title: 'An LSTM-AE gateway for water monitoring', text: 'The gateway utilizes LoRa and 4G modules for wireless data transmission.', field: 'methods_mentioned', not: ['LoRA'] },
    { why: '... while the adapters stay LoRA ("We fine-tune the model with LoRA")', title: 'Parameter-efficient anomaly detection', text: 'We fine-tune the vision encoder with LoRA for anomaly detection.', field: 'methods_mentioned', has: ['LoRA'] },
  ]);
  check<FacetField>([
    { why: 'title "WaggleNet: A LoRa and MQTT-Based Monitoring System for ... Beehive Conditions" (no fine-tuning)', title: 'WaggleNet: A LoRa and MQTT-Based Monitoring System for Beehive Conditions', text: 'We monitor hives with LoRa sensors.', field: 'techniques', not: ['fine-tuning'] },
  ]);
});
describe('twenty-sixth round (reader 26i, dev pool): data the study "utilizes" are data it works on', () => {
  it('"The study utilizes five diverse and realistic datasets, namely KDD Cup-99, NSL-KDD, ... to simulate real-world intrusion scenarios"', () => {
    const r = extractEntities({ id: 't', title: 'Novel Approach for Intrusion Detection Attacks on Small Drones Using ConvLSTM Model', abstract: 'We propose a ConvLSTM detector. The study utilizes five diverse and realistic datasets, namely KDD Cup-99, NSL-KDD and CICIDS2017, to simulate real-world intrusion scenarios.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'NSL-KDD')?.role).toBe('evaluated');
  });
  it('... while data only named stay mentioned ("NSL-KDD is an old dataset")', () => {
    const r = extractEntities({ id: 't', title: 'Intrusion detection', abstract: 'We propose ZorbIDS. NSL-KDD is an old dataset with known flaws.' } as Paper);
    expect(r.datasets.find((d) => d.name === 'NSL-KDD')?.role).toBe('mentioned');
  });
});
describe('twenty-sixth round (readers 26i, 26j, dev pool): real time as a prospect, a foundation or a future direction is no claim', () => {
  check<FacetField>([
    { why: '"This framework ... paves the way to the development of general-purpose vehicular accident detection algorithms in real-time."', text: 'We propose ZorbNet. This framework was found effective and paves the way to the development of general-purpose vehicular accident detection algorithms in real-time.', field: 'settings', not: ['real-time'] },
    { why: '"... lays a strong foundation for developing real-time intrusion detection systems"', text: 'We propose ZorbNet. The model lays a strong foundation for developing real-time intrusion detection systems.', field: 'settings', not: ['real-time'] },
    { why: '"Furthermore, challenges and future directions ... are discussed, addressing issues such as data heterogeneity, scalability, interpretability, and real-time processing."', text: 'We review detectors. Furthermore, challenges and future directions are discussed, addressing issues such as data heterogeneity, scalability, interpretability, and real-time processing.', field: 'settings', not: ['real-time'] },
    { why: '... while a detector the paper runs in real time stays real-time ("ZorbNet detects accidents in real time at 30 FPS")', text: 'We propose ZorbNet. ZorbNet detects accidents in real time at 30 FPS on a single GPU.', field: 'settings', has: ['real-time'] },
  ]);
});
describe('twenty-sixth round (reader 26d): the plural of a generic acronym is generic too ("Gated Recurrent Units (GRUs)")', () => {
  check<NamedField>([
    { why: '"This paper presents a hybrid model that integrates Gated Recurrent Units (GRUs), temporal convolutional layers, and an attention-guided fusion mechanism"', title: 'Temporal-Spatial Anomaly Detection via Image Encoding and Self-Supervised Learning', text: 'This paper presents a hybrid model that integrates Gated Recurrent Units (GRUs), temporal convolutional layers, and an attention-guided fusion mechanism.', field: 'methods_proposed', not: ['GRUs'] },
    { why: '... while a coined plural name stays the paper\'s ("Novel Zorbing Quux Networks (ZQNs) are proposed")', title: 'Anomaly detection with Zorb networks', text: 'Novel Zorbing Quux Networks (ZQNs) are proposed in this paper to detect anomalies.', field: 'methods_proposed', has: ['ZQNs'] },
  ]);
});
describe('twenty-sixth round (reader 26d, dev pool): signal transforms and decompositions are generic algorithms, no proposals', () => {
  check<NamedField>([
    { why: '"we propose an empirical mode decomposition (EMD) plus Attention Variational Auto-Encoder (E-AVAE) model"', title: 'E-AVAE for time series anomaly detection', text: 'We propose an empirical mode decomposition (EMD) plus Attention Variational Auto-Encoder (E-AVAE) model for anomaly detection.', field: 'methods_proposed', has: ['E-AVAE'], not: ['EMD'] },
    { why: '"features from the Short-Time Fourier Transform (STFT)" (dev pool: such transforms are in the gold\'s ignore lists)', title: 'PhaseNet: phase-aware anomaly detection', text: 'We propose PhaseNet, which reads phase features from the Short-Time Fourier Transform (STFT) of machine sounds.', field: 'methods_proposed', has: ['PhaseNet'], not: ['STFT'] },
  ]);
});
describe('twenty-sixth round (reader 26h, dev pool): a problem, an issue or a paradox with an acronym is no method, nor the setting of the method the title names', () => {
  check<NamedField>([
    { why: '"The partial domain adaptation (PDA) challenge is frequently encountered in industrial fault diagnosis"', title: 'Co-training partial domain adaptation networks for industrial Fault Diagnosis', text: 'The partial domain adaptation (PDA) challenge is frequently encountered in industrial fault diagnosis. We propose a co-training network.', field: 'methods_proposed', not: ['PDA'] },
    { why: '"We term this issue the adaptation-discrimination paradox (ADP)"', title: 'Asymmetric Adaptation-based Real-time Fault Diagnosis', text: 'We term this issue the adaptation-discrimination paradox (ADP). To solve it, we propose an asymmetric adaptation.', field: 'methods_proposed', not: ['ADP'] },
    { why: 'title "Source-Free Domain Adaptation Framework for Rotary Machine Fault Diagnosis"; "Source-free domain adaptation (SFDA) has been exploited ..."', title: 'Source-Free Domain Adaptation Framework for Rotary Machine Fault Diagnosis', text: 'Source-free domain adaptation (SFDA) has been exploited to protect data privacy. We propose a framework.', field: 'methods_proposed', not: ['SFDA'] },
    { why: '... while a capitalised challenge stays the contest\'s data ("We introduce the Medical-Out-Of-Distribution-Analysis-Challenge (MOOD) as an open benchmark")', title: 'MOOD 2020: A Public Benchmark for Out-of-Distribution Detection', text: 'We introduce the Medical-Out-Of-Distribution-Analysis-Challenge (MOOD) as an open, fair, and unbiased benchmark for OoD methods.', field: 'datasets', has: ['MOOD 2020'] },
    { why: '... and the title\'s own long form stays the paper\'s method ("Masked Zorb Quux for anomaly detection"; "We propose Masked Zorb Quux (MZQ)")', title: 'Masked Zorb Quux for anomaly detection', text: 'We propose Masked Zorb Quux (MZQ) to detect anomalies.', field: 'methods_proposed', has: ['MZQ'] },
  ]);
});
describe('twenty-sixth round (reader 26h): diagnosis, monitoring, inspection and forecasting are tasks, whose acronyms name no method', () => {
  check<NamedField>([
    { why: '"Intelligent fault diagnosis (IFD) ... we propose a novel IFD approach"', title: 'Overcoming Negative Transfer by Online Selection', text: 'Intelligent fault diagnosis (IFD) is vital for machines. We propose a novel IFD approach based on online selection.', field: 'methods_proposed', not: ['IFD'] },
    { why: '"indirect structural health monitoring (iSHM)" (dev pool)', title: 'Transformer-Based Indirect Structural Health Monitoring of Rail Infrastructure', text: 'Indirect structural health monitoring (iSHM) uses sensors on trains. We propose a transformer for iSHM.', field: 'methods_proposed', not: ['iSHM'] },
  ]);
});
describe('twenty-sixth round (reader 26f): a metric in parentheses after "performance" is that metric; "FPR at fixed TPR" is FPR@95TPR', () => {
  check<FacetField>([
    { why: '"it boosts the detection performance (AUROC) from a baseline of 79.7% to 94.9%"', text: 'On the benchmark, it boosts the detection performance (AUROC) from a baseline of 79.7% to 94.9% and reduces FPR95 by 30%.', field: 'metrics', has: ['AUROC', 'FPR@95TPR'] },
    { why: '"We extend common OOD evaluation metrics, like AUROC and FPR at fixed TPR rates"', text: 'We extend common OOD evaluation metrics, like AUROC and FPR at fixed TPR rates.', field: 'metrics', has: ['AUROC', 'FPR@95TPR'] },
    { why: '... while an acronym of no metric stays none ("the proactive prediction of anomalies (AP)")', text: 'We study the proactive prediction of anomalies (AP) in cloud systems.', field: 'metrics', not: ['AUPR'] },
  ]);
});
describe('twenty-sixth round (readers 26c, 26i): near-neighbour search is nearest neighbours; auto-associative networks and self-encoders are autoencoders', () => {
  check<FacetField>([
    { why: '"anomalies are scored by approximate near neighbor search" (incremental coding length paper)', text: 'Anomalies are scored by approximate near neighbor search over normal features.', field: 'techniques', has: ['nearest-neighbor'] },
    { why: '"using the Auto-Associative Deep Random Neural Network"', text: 'We detect cyberattacks in real time with an auto-associative neural network trained on normal traffic.', field: 'techniques', has: ['autoencoder'] },
    { why: '"a variational self-encoder models normal flight data"', text: 'A variational self-encoder models normal flight data.', field: 'techniques', has: ['autoencoder'] },
  ]);
});
describe('twenty-sixth round (reader 26l): an accuracy with its figure in parentheses is reported', () => {
  check<FacetField>([
    { why: '"the model achieves high accuracy (85%)"', text: 'The model achieves high accuracy (85%) on the test set.', field: 'metrics', has: ['accuracy'] },
    { why: '"accuracy: 0.93"', text: 'On held-out claims our detector reaches accuracy: 0.93.', field: 'metrics', has: ['accuracy'] },
    { why: '... while accuracy with no figure stays out ("high accuracy is needed")', text: 'High accuracy is needed for fraud detection in insurance.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('twenty-sixth round (reader 26e, dev pool): ACC is accuracy, unless the paper defines it otherwise', () => {
  check<FacetField>([
    { why: '"MLAS achieves superior performances, measured by ACC, AUROC, and OSCR"', text: 'MLAS achieves superior performances, measured by ACC, AUROC, and OSCR.', field: 'metrics', has: ['accuracy', 'AUROC'] },
    { why: '... while the Adaptive Cruise Control (ACC) is no metric', text: 'For electric vehicles, the Adaptive Cruise Control (ACC) is designed to keep distance. We detect attacks on ACC.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('twenty-sixth round (reader 26g): a family name with its version after a space is that version, no bare family', () => {
  check<NamedField>([
    { why: '"evaluated using the Llama 3 and GPT-4 models" (a second, bare "Llama")', title: 'eX-NIDS: explainable intrusion detection with LLMs', text: 'The framework was evaluated using the Llama 3 and GPT-4 models.', field: 'models', has: ['Llama 3', 'GPT-4'], not: ['LLaMA'] },
    { why: '... while the bare family after "the" stays a model ("We fine-tune the Llama on logs")', title: 'Log anomaly detection', text: 'We fine-tune the Llama on logs.', field: 'models', has: ['LLaMA'] },
  ]);
});
describe('twenty-sixth round (reader 26g): TinyViT and Darknet-53 are pretrained backbones', () => {
  check<NamedField>([
    { why: '"while the strongest backbones (TinyViT-21M, ConvNeXtV2-T) gain only 0.6-0.8 points"', title: 'Diffusion versus GAN augmentation for wafer maps', text: 'While the strongest backbones (TinyViT-21M, ConvNeXtV2-T) gain only 0.6 points, weaker ones gain more.', field: 'models', has: ['TinyViT-21M', 'ConvNeXtV2-T'] },
    { why: '"three existing object detection algorithms, including Faster R-CNN ResNet101, YOLO V3 DarkNet-53"', title: 'Conditional TransGAN for PCB defect detection', text: 'We evaluate three existing object detection algorithms, including Faster R-CNN ResNet101 and YOLO V3 DarkNet-53.', field: 'models', has: ['Darknet-53'] },
  ]);
});
describe('twenty-seventh round (dev pool): a release or a year written alone after a data set\'s versioned name is another release of it', () => {
  check<NamedField>([
    { why: '"Experiments on CERT r4.2 and r5.2 datasets demonstrate that DMFI outperforms ..."', title: 'DMFI: insider threat detection with LLMs', text: 'Experiments on CERT r4.2 and r5.2 datasets demonstrate that DMFI outperforms state-of-the-art methods.', field: 'datasets', has: ['CERT r4.2', 'CERT r5.2'] },
    { why: '"Experiments on the ASVspoof 2019 and 2021 datasets validate ..." (an entry of its own)', title: 'Temporal dynamics of speech representations for spoofing detection', text: 'Experiments on the ASVspoof 2019 and 2021 datasets validate the benefits of the proposed method.', field: 'datasets', has: ['ASVspoof 2019', 'ASVspoof 2021'] },
    { why: '"on DCASE 2020, 2021 and 2022" (years the family\'s entry spells: each its own edition)', title: 'Machine sound anomaly detection', text: 'We evaluate on DCASE 2020, 2021 and 2022.', field: 'datasets', has: ['DCASE 2020', 'DCASE 2021', 'DCASE 2022'] },
    { why: '"on the ICBHI 2017 and 2018 datasets" (another year of an entry named with its year: its own name, no spelling of ICBHI 2017)', title: 'Respiratory sound anomalies', text: 'Experiments on the ICBHI 2017 and 2018 datasets show gains.', field: 'datasets', has: ['ICBHI 2017', 'ICBHI 2018'] },
    { why: '... while a figure of another shape stays none ("on CERT r4.2 and 5.2% fewer alarms")', title: 'Insider threat detection', text: 'Our detector raises 12% and 5.2% fewer alarms on CERT r4.2 and 5.2 times faster.', field: 'datasets', has: ['CERT r4.2'], not: ['CERT r5.2', 'CERT 5.2'] },
  ]);
});
describe('twenty-seventh round (readers 27a, 27e, 27f): metric names, benchmark methods and a quoted long form name no data and no method', () => {
  check<NamedField>([
    { why: '"In extensive tests on seven major real-world TSAD datasets, CARLA shows superior performance (F1 and AU-PR) over ..."', title: 'CARLA: Contrastive Representation Learning for Time Series Anomaly Detection', text: 'In extensive tests on seven major real-world TSAD datasets, CARLA shows superior performance (F1 and AU-PR) over state-of-the-art self-supervised methods.', field: 'datasets', not: ['F1', 'AU-PR'] },
    { why: '"When the feature encoders are frozen, SLIM outperforms benchmark methods on out-of-domain datasets"', title: 'SLIM: Style-Linguistics Mismatch Model for Generalized Audio Deepfake Detection', text: 'SLIM first employs self-supervised pretraining on only real samples. When the feature encoders are frozen, SLIM outperforms benchmark methods on out-of-domain datasets.', field: 'datasets', not: ['SLIM'] },
    { why: '... the title\'s name stays the proposal', title: 'SLIM: Style-Linguistics Mismatch Model for Generalized Audio Deepfake Detection', text: 'SLIM first employs self-supervised pretraining on only real samples. When the feature encoders are frozen, SLIM outperforms benchmark methods on out-of-domain datasets.', field: 'methods_proposed', has: ['SLIM'] },
    { why: '"an average performance improvement of 6.1% on AUC-PR and 2.1% on AUROC" (dev pool)', title: 'Disentangling tabular data', text: 'Experiments on 20 tabular datasets show an average performance improvement of 6.1% on AUC-PR and 2.1% on AUC-ROC.', field: 'datasets', not: ['AUC-PR', 'AUC-ROC'] },
    { why: '"using an augmented and LLM-filtered dataset on the same technology stack, XGBoost reaches 99.59% accuracy" (dev pool)', title: 'Web payload classification', text: 'Results show that using an augmented and LLM-filtered dataset on the same technology stack, XGBoost reaches 99.59% accuracy.', field: 'datasets', not: ['LLM-filtered'] },
    { why: '"Gscore also generalizes well with different IND/OOD datasets"; "we introduce Pistachio, a new VAD/VAU benchmark" (dev pool)', title: 'Pistachio: synthetic video anomaly benchmark', text: 'Gscore also generalizes well with different IND/OOD datasets. In this paper, we introduce Pistachio, a new VAD/VAU benchmark.', field: 'datasets', has: ['Pistachio'], not: ['IND/OOD', 'VAD/VAU'] },
    { why: '... while a data name with a slash stays one ("on the Zorb/Quux dataset")', title: 'A detector', text: 'Experiments on the ZorbSet/V2 dataset show gains.', field: 'datasets', has: ['ZorbSet/V2'] },
    { why: '"The proposed method in this paper is based on Anomaly Detection with partially Observed Anomalies" (a task, capitalised, names no method; reader 27u)', title: 'Anomaly Detection with Partially Observed Anomaly Types', text: 'The proposed method in this paper is based on Anomaly Detection with partially Observed Anomalies and is available in the new setting.', field: 'methods_mentioned', not: ['Anomaly Detection'] },
    { why: '"We propose a Novel Framework for Time Series Anomaly Detection" (a head noun, capitalised in title case, names nothing)', title: 'A study of anomaly detection', text: 'We propose a Novel Framework for Time Series Anomaly Detection.', field: 'methods_proposed', not: ['Framework'] },
    { why: '... while a baseline so introduced stays one ("is based on Zorbix with a new loss")', title: 'A detector', text: 'The proposed method is based on Zorbix-AD and uses a new loss.', field: 'methods_mentioned', has: ['Zorbix-AD'] },
    { why: '... while a benchmark named before its data word stays data ("on the Zorb benchmark, our method ...")', title: 'A detector', text: 'On the Zorb-7 benchmark, our method improves AUROC by 3%.', field: 'datasets', has: ['Zorb-7'] },
    { why: '\'This enables a so-called "incomplete event (IE)" to be completed\' (a quoted long form with its acronym is no name of its own)', title: 'A Novel Unsupervised Video Anomaly Detection Framework', text: 'This enables a so-called "incomplete event (IE)" to be completed. The model predicts erased patches in IEs.', field: 'methods_mentioned', not: ['incomplete event (IE)'] },
  ]);
});
describe('twenty-seventh round (reader 27m): a spaced ampersand joins the words of a name the lexicon spells with one', () => {
  check<NamedField>([
    { why: '"semantic segmentation experiments on three existing datasets (StreetHazards, WD-Pascal, Fishyscapes Lost & Found)"', title: 'Dense open-set recognition with synthetic outliers', text: 'We report semantic segmentation experiments on three existing datasets (StreetHazards, WD-Pascal, Fishyscapes Lost & Found).', field: 'datasets', has: ['Fishyscapes Lost and Found'], not: ['Fishyscapes Lost'] },
    { why: '"as well as Lost & Found"', title: 'Road obstacles', text: 'We evaluate on the Lost & Found benchmark.', field: 'datasets', has: ['Lost and Found'] },
    { why: '... while two names joined by one stay two ("on MVTec & VisA")', title: 'Zorb', text: 'We evaluate Zorb on MVTec & VisA.', field: 'datasets', has: ['MVTec AD', 'VisA'] },
  ]);
});
describe('twenty-seventh round (reader 27l, dev pool): a data name spelt with a task acronym, written spaced before the task noun, is the shorter name and the task', () => {
  check<NamedField>([
    { why: '"Experiments on the large-scale ImageNet OOD detection benchmarks demonstrate the superiority of our LoCoOp"', title: 'LoCoOp: Few-Shot Out-of-Distribution Detection via Prompt Learning', text: 'Experiments on the large-scale ImageNet OOD detection benchmarks demonstrate the superiority of our LoCoOp.', field: 'datasets', has: ['ImageNet'], not: ['ImageNet-OOD'] },
    { why: '... while the data set so named stays itself ("results on ImageNet-OOD")', title: 'A detector', text: 'We report results on ImageNet-OOD and on ImageNet OOD benchmarks.', field: 'datasets', has: ['ImageNet-OOD'] },
  ]);
});
describe('twenty-seventh round (readers 27l, 27u): a known method inside the paper\'s own long form in its title, or in a code link\'s account, is not mentioned', () => {
  check<NamedField>([
    { why: 'title "Meta OOD Learning for Continuously Adaptive OOD Detection"; "we develop meta OOD learning (MOL)"', title: 'Meta OOD Learning for Continuously Adaptive OOD Detection', text: 'To address CAOOD, we develop meta OOD learning (MOL) by designing a learning-to-adapt diagram.', field: 'methods_mentioned', not: ['Meta-OoD'] },
    { why: '... the paper\'s own acronym stays its proposal', title: 'Meta OOD Learning for Continuously Adaptive OOD Detection', text: 'To address CAOOD, we develop meta OOD learning (MOL) by designing a learning-to-adapt diagram.', field: 'methods_proposed', has: ['MOL'] },
    { why: '... while an acronym that carries the method\'s name builds on it ("Patch distribution modeling framework adaptive cosine estimator (PaDiM-ACE)")', title: 'Patch distribution modeling framework adaptive cosine estimator (PaDiM-ACE) for anomaly detection in SAR imagery', text: 'We expand upon the patch distribution modeling framework adaptive cosine estimator (PaDiM-ACE).', field: 'methods_mentioned', has: ['PaDiM'] },
    { why: '"The code for PARs tool is available at https://github.com/NSIBF/PARs-EXAD" (the account, no mention of NSIBF)', title: 'PARs: Predicate-based Association Rules for Anomaly Explanation', text: 'We present PARs. The code for PARs tool is available at https://github.com/NSIBF/PARs-EXAD.', field: 'methods_mentioned', not: ['NSIBF'] },
    { why: '... while a repository named after a method stays its mention ("github.com/x/HVQ-Trans")', title: 'A detector', text: 'We present Zorb. See also github.com/x/HVQ-Trans.', field: 'methods_mentioned', has: ['HVQ-Trans'] },
  ]);
});
describe('twenty-seventh round (reader 27t): names listed in parentheses right after "methods" or "baselines" are those methods', () => {
  check<NamedField>([
    { why: '"We benchmark robust and open-set TTA methods (SAR, OSTTA, UniEnt, and SoTTA) on ..."', title: 'A Closer Look at OOD Accuracy for Open-Set Test-Time Adaptation', text: 'We benchmark robust and open-set TTA methods (SAR, OSTTA, UniEnt, and SoTTA) on the standard corruption benchmarks of CIFAR-10-C.', field: 'methods_mentioned', has: ['OSTTA', 'UniEnt', 'SoTTA'] },
    { why: '... while an acronym defined in them stays the method\'s ("self-supervised methods (SSMs) are ...")', title: 'A study', text: 'Recent self-supervised methods (SSMs) are strong. We propose Zorbix.', field: 'methods_mentioned', not: ['SSMs'] },
  ]);
});
describe('twenty-seventh round (reader 27s): what a proposal is built on or with may follow its name', () => {
  check<NamedField>([
    { why: '"we further develop Cue-R1 based on R1-style reinforcement fine-tuning"', title: 'CueBench: Advancing Unified Understanding of Context-Aware Video Anomalies', text: 'To address the challenges underlying CueBench, we further develop Cue-R1 based on R1-style reinforcement fine-tuning.', field: 'methods_proposed', has: ['Cue-R1'] },
    { why: '"We propose ZorbNet using a memory bank of normal features"', title: 'Memory for anomaly detection', text: 'We propose ZorbNet using a memory bank of normal features.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '... while a generic network so described stays none ("We propose an LSTM based on attention")', title: 'Attention for time series', text: 'We propose LSTM based on attention for anomaly detection.', field: 'methods_proposed', not: ['LSTM'] },
  ]);
});
describe('twenty-seventh round: the state of the art on a data set, hyphened or not, is a result on it', () => {
  check<NamedField>([
    { why: '"Zorb sets a new state of the art on QuuxSet"', title: 'Zorb: a detector', text: 'We propose Zorb. Zorb sets a new state of the art on QuuxSet.', field: 'datasets', has: ['QuuxSet'] },
  ]);
});
describe('twenty-seventh round (readers 27b, 27c): a coined name ending in BERT that the lexicon lacks is a pretrained language model, unless the paper names it as its own', () => {
  check<NamedField>([
    { why: '"Then, URLBERT and SecBERT are respectively utilized to extract their semantic features"', title: 'WADBERT: Dual-channel Web Attack Detection Based on BERT Models', text: 'In this paper, we propose an effective web attack detection model, named WADBERT. Then, URLBERT and SecBERT are respectively utilized to extract their semantic features.', field: 'models', has: ['URLBERT', 'SecBERT'], not: ['WADBERT'] },
    { why: '... the paper\'s own stays its proposal', title: 'WADBERT: Dual-channel Web Attack Detection Based on BERT Models', text: 'In this paper, we propose an effective web attack detection model, named WADBERT. Then, URLBERT and SecBERT are respectively utilized to extract their semantic features.', field: 'methods_proposed', has: ['WADBERT'] },
    { why: '"fine-tune three distinct encoder architectures: a Turkish-specific ModernBERT, TurkEmbed4STS, and multilingual EuroBERT"', title: 'Turk-LettuceDetect: hallucination detection for Turkish RAG', text: 'We fine-tune three distinct encoder architectures: a Turkish-specific ModernBERT, TurkEmbed4STS, and multilingual EuroBERT.', field: 'models', has: ['EuroBERT'] },
    { why: '... while a name the abstract proposes is no model ("we propose ZorbBERT, a log anomaly detector")', title: 'Log anomaly detection with transformers', text: 'We propose ZorbBERT, a log anomaly detector trained on normal logs.', field: 'models', not: ['ZorbBERT'] },
  ]);
});
describe('twenty-seventh round (probing): a version written after a proposal\'s name with a space is part of the name', () => {
  check<NamedField>([
    { why: '"We propose Zorb v2, a novel framework for anomaly detection"', title: 'A study of anomaly detection', text: 'We propose Zorb v2, a novel framework for anomaly detection.', field: 'methods_proposed', has: ['Zorb v2'] },
    { why: '"We present Zorb 2.0, which ..."', title: 'A study of anomaly detection', text: 'We present Zorb 2.0, which detects anomalies in logs.', field: 'methods_proposed', has: ['Zorb 2.0'] },
    { why: '... while a figure stays none ("We propose Zorb, 2.0 times faster")', title: 'A study of anomaly detection', text: 'We propose Zorb, which is 2.0 times faster.', field: 'methods_proposed', has: ['Zorb'], not: ['Zorb 2.0'] },
  ]);
});
describe('twenty-seventh round (probing): a name set off before "our proposed method" is the paper\'s own', () => {
  check<NamedField>([
    { why: '"ZorbNet, our proposed method, detects anomalies"', title: 'A study of anomaly detection in logs', text: 'Logs are important. ZorbNet, our proposed method, detects anomalies.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '... while the authors\' earlier work stays theirs, no proposal ("ZorbNet, our previous method, ...")', title: 'A study of anomaly detection in logs', text: 'Logs are important. ZorbNet, our previous method, missed rare events. We propose QuuxNet.', field: 'methods_proposed', not: ['ZorbNet'] },
  ]);
});
describe('twenty-eighth round (reader 28e, dev pool): a name and a year heading the title is an edition of a challenge, its data', () => {
  check<NamedField>([
    { why: '"ASVspoof 2019: Future Horizons in Spoofed and Fake Audio Detection"', title: 'ASVspoof 2019: Future Horizons in Spoofed and Fake Audio Detection', text: 'ASVspoof 2019 attracted the participation of 63 research teams.', field: 'datasets', has: ['ASVspoof 2019'] },
    { why: '"ESDD 2026: Environmental Sound Deepfake Detection Challenge Evaluation Plan" (unknown to the lexicon)', title: 'ESDD 2026: Environmental Sound Deepfake Detection Challenge Evaluation Plan', text: 'We present two different tracks covering various challenges encountered in real-life scenarios.', field: 'datasets', has: ['ESDD 2026'] },
    { why: '... and no method', title: 'ESDD 2026: Environmental Sound Deepfake Detection Challenge Evaluation Plan', text: 'We present two different tracks covering various challenges encountered in real-life scenarios.', field: 'methods_proposed', not: ['ESDD 2026'] },
    { why: '... while a name glued to its year stays a method ("Zorb2024: a detector for ...")', title: 'Zorb2024: A Detector for Log Anomalies', text: 'We propose Zorb2024, which detects anomalies in logs.', field: 'methods_proposed', has: ['Zorb2024'] },
  ]);
});
describe('twenty-eighth round (reader 28e): a track\'s code written alone after a data name that ends in another is that name\'s other track', () => {
  check<NamedField>([
    { why: '"on the ASVspoof 2021 LA, DF, and In-the-Wild benchmarks"', title: 'XLSR-MamBo: Scaling the Hybrid Mamba-Attention Backbone for Audio Deepfake Detection', text: 'The configuration achieves competitive performance compared to other state-of-the-art systems on the ASVspoof 2021 LA, DF, and In-the-Wild benchmarks.', field: 'datasets', has: ['ASVspoof 2021 LA', 'ASVspoof 2021 DF', 'In-the-Wild'], not: ['DF'] },
    { why: '"on the ASVspoof 2021 LA and DF datasets"', title: 'XLSR-Mamba: A Dual-Column Bidirectional State Space Model for Spoofing Attack Detection', text: 'Our approach achieves competitive results and faster inference on the ASVspoof 2021 LA and DF datasets.', field: 'datasets', has: ['ASVspoof 2021 DF'], not: ['DF'] },
    { why: '... while two-capital names after another data name stay their own ("on UCSD Ped2, CUHK Avenue, and UCF")', title: 'A video detector', text: 'We evaluate on Zorb QA, ST and Quux.', field: 'datasets', not: ['Zorb ST'] },
  ]);
});
describe('twenty-eighth round (reader 28d): a second release the lexicon names apart is a data set of its own', () => {
  it('"four real-world databases (NF-Bot-IoT, NF-Bot-IoT-v2, NF-CSE-CIC-IDS2018, and NF-CSE-CIC-IDS2018-v2)": four data sets', () => {
    const e = extractEntities(paper('Applying Self-supervised Learning to Network Intrusion Detection', 'Detailed experiments conducted on four real-world databases (NF-Bot-IoT, NF-Bot-IoT-v2, NF-CSE-CIC-IDS2018, and NF-CSE-CIC-IDS2018-v2) compare our model with the state of the art.'));
    expect(e.datasets.map((d) => d.name)).toEqual(['NF-BoT-IoT', 'NF-BoT-IoT-v2', 'NF-CSE-CIC-IDS2018', 'NF-CSE-CIC-IDS2018-v2']);
  });
  it('"Compared with ADD 2022, ADD 2023 focuses on ...": the second challenge is not the first', () => {
    const e = extractEntities(paper('ADD 2023: the Second Audio Deepfake Detection Challenge', 'Compared with ADD 2022, ADD 2023 focuses on localizing the manipulated intervals.'));
    expect(e.datasets.map((d) => d.name).sort()).toEqual(['ADD 2022', 'ADD 2023']);
  });
});
describe('twenty-eighth round (probing): "design" after an article is a noun, no proposal', () => {
  check<NamedField>([
    { why: '"We adopt a Mixture of Experts (MoE) design with Low-Rank Adaptation (LoRA)" (LoRA is used, not proposed)', title: 'Detecting anomalies in complex systems', text: 'Anomalies are rare. We adopt a Mixture of Experts (MoE) design with Low-Rank Adaptation (LoRA).', field: 'methods_proposed', not: ['LoRA'] },
    { why: '... while the verb stays one ("We design a Zorb Frob Network (ZFN)")', title: 'Detecting anomalies in complex systems', text: 'Anomalies are rare. We design a Zorb Frob Network (ZFN) for logs.', field: 'methods_proposed', has: ['ZFN'] },
  ]);
});
describe('twenty-eighth round (readers 28j, 28k, 28l, 28m): things, substances and data words are no names of methods', () => {
  check<NamedField>([
    { why: '"Printed circuit boards (PCBs) with tiny defect detection ..." under a title about them (things, in the plural, in lower case)', title: 'CSS-YOLOv8: An efficient detection model for printed circuit boards with tiny defects', text: 'Printed circuit boards (PCBs) with tiny defect detection face the problems of frequent omission and false detection.', field: 'methods_proposed', has: ['CSS-YOLOv8'], not: ['PCBs'] },
    { why: '... while a coined plural name the title spells stays the proposal ("Deep Hybrid Models (DHMs)")', title: 'Deep Hybrid Models for Out-of-Distribution Detection', text: 'We propose Deep Hybrid Models (DHMs) for out-of-distribution detection.', field: 'methods_proposed', has: ['DHMs'] },
    { why: '"increases in pollutants such as CO, NOx, NO, O, and PM2.5" (substances, no methods)', title: 'Deep Learning Models Detecting Hidden Anomalies in Pollution Data', text: 'Pollution leads to harmful increases in pollutants such as CO, NOx, NO, O, and PM2.5.', field: 'methods_mentioned', not: ['CO', 'NOx', 'NO'] },
    { why: '"we construct BEARD, a new Benchmark dataset for EARD" (a capitalised data word names nothing)', title: 'Early Rumor Detection Using Neural Hawkes Process with a New Benchmark Dataset', text: 'To reverse such situation, we construct BEARD, a new Benchmark dataset for EARD, based on claims from fact-checking websites.', field: 'datasets', has: ['BEARD'], not: ['Benchmark'] },
    { why: '"MOSLD-Bench: Multilingual Open-Set Learning and Discovery Benchmark for ..." (a title in title case with "and" before its data word)', title: 'MOSLD-Bench: Multilingual Open-Set Learning and Discovery Benchmark for Text Categorization', text: 'We release our benchmark for research on open-set learning.', field: 'datasets', has: ['MOSLD-Bench'] },
    { why: '... and no method', title: 'MOSLD-Bench: Multilingual Open-Set Learning and Discovery Benchmark for Text Categorization', text: 'We release our benchmark for research on open-set learning.', field: 'methods_proposed', not: ['MOSLD-Bench'] },
    { why: '"based on the Dunedin CO2 time-series dataset obtained through ..." (what a result is based on, before its data word, is data)', title: 'LSTM-Autoencoder based anomaly detection for indoor air quality time series', text: 'Our experimental results, based on the Dunedin CO2 time-series dataset obtained through a real-world deployment, demonstrate a high accuracy.', field: 'datasets', has: ['Dunedin CO2'] },
  ]);
});
describe('twenty-eighth round (readers 28i, 28m, dev pool): jailbreaks and out-of-domain utterances are text; a challenge\'s own paper is an evaluation', () => {
  check<FacetField>([
    { why: '"GradSafe: Detecting Jailbreak Prompts for LLMs" (attacks written in language, beside security)', title: 'GradSafe: Detecting Jailbreak Prompts for LLMs via Safety-Critical Gradient Analysis', text: 'Large Language Models (LLMs) face threats from jailbreak prompts. We propose GradSafe, which detects jailbreak prompts by scrutinizing the gradients of safety-critical parameters in LLMs.', field: 'domains', has: ['text'] },
    { why: '... while a deepfake-audio paper that mentions jailbreaks stays audio only', title: 'Audio deepfakes in the wild', text: 'Speech synthesis with large language models enables jailbreak attacks on voice assistants. We benchmark audio deepfake detectors on recorded speech.', field: 'domains', not: ['text'] },
    { why: '"Adversarial Self-Supervised Learning for Out-of-Domain Detection" of utterances ("out-of-domain intents")', title: 'Adversarial Self-Supervised Learning for Out-of-Domain Detection', text: 'Detecting out-of-domain (OOD) intents is crucial for the deployed task-oriented dialogue system.', field: 'domains', has: ['text'] },
    { why: '... while out-of-domain detection of sounds is no text ("audio out-of-domain detection")', title: 'Deepfake speech detection', text: 'We study audio out-of-domain detection for deepfake speech.', field: 'domains', not: ['text'] },
    { why: '"SVDD Challenge 2024: A Singing Voice Deepfake Detection Challenge Evaluation Plan"', title: 'SVDD Challenge 2024: A Singing Voice Deepfake Detection Challenge Evaluation Plan', text: 'The challenge features two tracks of singing voice deepfakes.', field: 'settings', has: ['evaluation'] },
    { why: '"Description and Discussion on DCASE 2022 Challenge Task 2: ..."', title: 'Description and Discussion on DCASE 2022 Challenge Task 2: Unsupervised Anomalous Sound Detection for Machine Condition Monitoring', text: 'We present the task description and discuss the results of the challenge.', field: 'settings', has: ['evaluation'] },
    { why: '... while a method for a challenge is none ("SuperAD: A Training-free ... Method for CVPR 2025 VAND 3.0 Challenge")', title: 'SuperAD: A Training-free Anomaly Classification and Segmentation Method for CVPR 2025 VAND 3.0 Challenge Track 1', text: 'We propose SuperAD, a training-free method based on DINOv2.', field: 'settings', not: ['evaluation'] },
  ]);
});
describe('twenty-eighth round (readers 28q, 28r, 28s): "the paper proposes", a name called before a relative clause, and data words a method works on', () => {
  check<NamedField>([
    { why: '"To address these limitations, the paper proposes Hawk, a server-side FPS anti-cheat framework"', title: 'Identify As A Human Does: A Pathfinder of Next-Generation Anti-Cheat Framework', text: 'To address these limitations, the paper proposes Hawk, a server-side FPS anti-cheat framework for the popular game CS:GO.', field: 'methods_proposed', has: ['Hawk'] },
    { why: '"the present study introduces a novel vulnerability detection framework called GNNSE that integrates symbolic execution with graph neural networks (GNNs)"', title: 'Smart Contract Vulnerability Detection Based on Symbolic Execution and Graph Neural Networks', text: 'To address this limitation, the present study introduces a novel vulnerability detection framework called GNNSE that integrates symbolic execution with graph neural networks (GNNs).', field: 'methods_proposed', has: ['GNNSE'] },
    { why: '... while a long form so named keeps its acronym ("a network called Zorb Frob Network (ZFN)")', title: 'A detector', text: 'We propose a network called Zorb Frob Network (ZFN) for logs.', field: 'methods_proposed', has: ['ZFN'] },
    { why: '"FLARE: Toward Universal Dataset Purification against Backdoor Attacks" (purifying data is a method, not data)', title: 'FLARE: Toward Universal Dataset Purification against Backdoor Attacks', text: 'Motivated by this understanding, we propose FLARE, a universal purification method to counter various backdoor attacks.', field: 'methods_proposed', has: ['FLARE'] },
  ]);
});
describe('twenty-eighth round (readers 28q, 28s): detecting adversarial examples and cheating is security', () => {
  check<FacetField>([
    { why: '"Beating Attackers At Their Own Games: Adversarial Example Detection Using Adversarial Gradient Directions"', title: 'Beating Attackers At Their Own Games: Adversarial Example Detection Using Adversarial Gradient Directions', text: 'We propose a detector of adversarial examples based on gradient directions.', field: 'domains', has: ['security'] },
    { why: '"VADNet: Visual-Based Anti-Cheating Detection Network in FPS Games"', title: 'VADNet: Visual-Based Anti-Cheating Detection Network in FPS Games', text: 'We propose VADNet, which detects cheaters from rendered frames.', field: 'domains', has: ['security'] },
    { why: '... while robustness to adversarial attacks is no security data ("robust to adversarial attacks")', title: 'Robust anomaly detection', text: 'Our detector is robust to adversarial attacks on MVTec AD.', field: 'domains', not: ['security'] },
  ]);
});
describe('twenty-eighth round (probing): coining a name for the approach, and curating or collecting data', () => {
  check<NamedField>([
    { why: '"We coin this approach ZorbNet."', title: 'Anomaly detection in logs', text: 'Anomalies are rare. We coin this approach ZorbNet.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"We term the resulting detector ZorbNet."', title: 'Anomaly detection in logs', text: 'Anomalies are rare. We term the resulting detector ZorbNet.', field: 'methods_proposed', has: ['ZorbNet'] },
    { why: '"We curate QuuxSet, comprising 20 categories of defects." (what is curated is data)', title: 'Anomaly detection in images', text: 'Anomalies are rare. We curate QuuxSet, comprising 20 categories of defects.', field: 'datasets', has: ['QuuxSet'] },
    { why: '... and no method', title: 'Anomaly detection in images', text: 'Anomalies are rare. We curate QuuxSet, comprising 20 categories of defects.', field: 'methods_proposed', not: ['QuuxSet'] },
  ]);
});
describe('twenty-eighth round (probing): the prior best named alone, the strongest baseline set off, and detectors named after "namely"', () => {
  check<NamedField>([
    { why: '"Our method outperforms the state-of-the-art PlinkoAD by 2.1% AUROC."', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Our method outperforms the state-of-the-art PlinkoAD by 2.1% AUROC.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '... while a task acronym before a kind of method stays none ("outperforms the state-of-the-art AD methods by 3%")', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Our method outperforms the state-of-the-art AD methods by 3%.', field: 'methods_mentioned', not: ['AD'] },
    { why: '"Our method improves over the strongest baseline, PlinkoAD, by 3.2%."', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Our method improves over the strongest baseline, PlinkoAD, by 3.2%.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '"Existing detectors, namely PlinkoAD and QuibbleNet, fail."', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Existing detectors, namely PlinkoAD and QuibbleNet, fail on logical anomalies.', field: 'methods_mentioned', has: ['PlinkoAD', 'QuibbleNet'] },
  ]);
});
describe('twenty-eighth round (probing, dev pool): evaluations on or across names are experiments on data', () => {
  check<NamedField>([
    { why: '"Evaluations across QuuxSet and BlorpBench confirm the gains."', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Evaluations across QuuxSet and BlorpBench confirm the gains.', field: 'datasets', has: ['QuuxSet', 'BlorpBench'] },
    { why: '... while systems under test stay none ("Evaluations on Jetson Orin and Raspberry Pi confirm real-time inference")', title: 'GlimmerAD: Anomaly detection with prompts', text: 'We propose GlimmerAD, a new method. Evaluations on Jetson Orin and Raspberry Pi confirm real-time inference.', field: 'datasets', not: ['Jetson Orin', 'Raspberry Pi'] },
  ]);
});
describe('twenty-eighth round (readers 28s, dev pool): data a tool generates, participle modifiers, and a proposal in a sentence of parts', () => {
  check<NamedField>([
    { why: '"LMDG generated datasets improves upon existing ones" (what made the data is no data)', title: 'LMDG: Advancing Lateral Movement Detection Through High-Fidelity Dataset Generation', text: 'We propose LMDG, a reproducible framework for generating high-fidelity LM datasets. LMDG generated datasets improves upon existing ones by offering diverse attacks.', field: 'datasets', not: ['LMDG'] },
    { why: '... the tool stays the proposal', title: 'LMDG: Advancing Lateral Movement Detection Through High-Fidelity Dataset Generation', text: 'We propose LMDG, a reproducible framework for generating high-fidelity LM datasets. LMDG generated datasets improves upon existing ones by offering diverse attacks.', field: 'methods_proposed', has: ['LMDG'] },
    { why: '... while a data name so described after a determiner stays data ("on the DCSASS synthesized shoplifting dataset")', title: 'Zero-shot retail theft detection', text: 'We evaluate the VLM component on the DCSASS synthesized shoplifting dataset (169 clips).', field: 'datasets', has: ['DCSASS'] },
    { why: '"The MI-informed framework successfully identifies ..." (a participle modifier names nothing)', title: 'Mutual information informed novelty estimation of materials', text: 'The MI-informed framework successfully identifies and differentiates chemical and structural novelty.', field: 'methods_mentioned', not: ['MI-informed'] },
    { why: '"First, we propose a novel detection model Dual-GAN, which ..." (the proposal in a sentence of parts is no one else\'s)', title: 'RCC-Dual-GAN: An Efficient Approach for Outlier Detection with Few Identified Anomalies', text: 'First, we propose a novel detection model Dual-GAN, which can directly utilize the potential information in identified anomalies.', field: 'methods_mentioned', not: ['Dual-GAN'] },
    { why: '... it is the paper\'s own', title: 'RCC-Dual-GAN: An Efficient Approach for Outlier Detection with Few Identified Anomalies', text: 'First, we propose a novel detection model Dual-GAN, which can directly utilize the potential information in identified anomalies.', field: 'methods_proposed', has: ['Dual-GAN'] },
  ]);
});
describe('twenty-eighth round (reader 28l): a coined lower-case word named as software is a name', () => {
  check<NamedField>([
    { why: '"We also introduce software called gnnad."', title: 'Graph Neural Network-Based Anomaly Detection for River Network Systems', text: 'We propose a graph-based detector. We also introduce software called gnnad.', field: 'methods_proposed', has: ['gnnad'] },
    { why: '... while an English word so named stays none ("software called graphs")', title: 'A study', text: 'We also introduce software called monitor.', field: 'methods_proposed', not: ['monitor'] },
  ]);
});
describe('twenty-ninth round (readers 29d, 29g, dev pool): an agent in a paper without rewards, policies or language models is an actor, not reinforcement learning', () => {
  check<FacetField>([
    { why: '"the probabilistic market manipulation gain of a spoofing agent"', title: 'Learning the Spoofability of Limit Order Books', text: 'Next, we propose a spoofing detection framework based on the probabilistic market manipulation gain of a spoofing agent.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: '"Web traffic has evolved to include both human users and automated agents"', title: 'In-Application Defense Against Evasive Web Scans', text: 'Web traffic has evolved to include both human users and automated agents, ranging from benign web crawlers to scanners.', field: 'techniques', not: ['reinforcement-learning'] },
    { why: '... while an agent that learns a policy stays one', title: 'Anomaly search with agents', text: 'We train a search agent that learns a policy to find anomalies quickly.', field: 'techniques', has: ['reinforcement-learning'] },
    { why: '... and a multi-agent framework stays as before', title: 'ZorbAgent: A Multi-agent Framework for End-to-end Anomaly Detection', text: 'We present ZorbAgent, in which agents collaborate to build detection pipelines.', field: 'techniques', has: ['reinforcement-learning'] },
  ]);
});
describe('twenty-ninth round (reader 29b): computed tomography of tires and printed parts is inspection, not medicine', () => {
  check<FacetField>([
    { why: '"Ml-based detection of critical defects in additively manufactured parts via X-ray computed tomography"', title: 'Ml-based detection of critical defects in additively manufactured parts via X-ray computed tomography', text: 'Porosity limits the use of printed metal parts.', field: 'domains', has: ['industrial'], not: ['medical'] },
    { why: '"Defect Detection of Tire X-ray Images Based on Image Processing"', title: 'Defect Detection of Tire X-ray Images Based on Image Processing', text: 'Tire defects threaten driving safety.', field: 'domains', not: ['medical'] },
    { why: '... while computed tomography of patients stays medical', title: 'Lesion detection in computed tomography', text: 'We detect lesions in computed tomography scans of patients.', field: 'domains', has: ['medical'] },
  ]);
});
describe('twenty-ninth round (readers 29c, 29f): a quoted kind, a capitalised word cut from a longer phrase, and a data name inside another name are no entities', () => {
  check<NamedField>([
    { why: '"observed several sudden changes in test mass acceleration, referred to as “glitches.”"', title: 'Maximum Likelihood Detection of Instrumental Glitches in LISA TDI Data', text: 'LISA Pathfinder observed several sudden changes in test mass acceleration, referred to as “glitches.” In this paper, we describe an optimization technique.', field: 'methods_proposed', not: ['glitches'] },
    { why: '"Bayesian techniques, including Reversible Jump Markov Chain Monte Carlo and parallel tempering" (no "Reversible")', title: 'A pipeline for searching and fitting instrumental glitches in LISA data', text: 'Our methodology employs advanced Bayesian techniques, including Reversible Jump Markov Chain Monte Carlo and parallel tempering to find and characterize glitches.', field: 'methods_mentioned', not: ['Reversible'] },
    { why: '... while single coined names in such a list stay baselines', title: 'A pipeline for logs', text: 'We use detectors including Zorbify and Quuxor for comparison.', field: 'methods_mentioned', has: ['Zorbify', 'Quuxor'] },
    { why: '"we present a new approach called x-PACS" (no PACS data set)', title: 'Explaining Anomalies in Groups with Characterizing Subspace Rules', text: 'To this end, we present a new approach called x-PACS (for eXplaining Patterns of Anomalies with Characterizing Subspaces). We show the effectiveness of x-PACS on real-world datasets.', field: 'datasets', not: ['PACS'] },
    { why: '... while a dash between words keeps the data ("three benchmark datasets-MVTec AD, VisA, and BTAD")', title: 'A detector', text: 'Experiments across three benchmark datasets-MVTec AD, VisA, and BTAD show gains.', field: 'datasets', has: ['MVTec AD', 'VisA', 'BTAD'] },
  ]);
});
describe('twenty-ninth round (readers 29i, 29j, 29l, 29n): known methods spelt out, possessives, modifiers, and data names in title case', () => {
  check<NamedField>([
    { why: '"based on the Empirical-Cumulative-Distribution-based Outlier Detection (ECOD) unsupervised anomaly detection algorithm" (a known method whose long form ends on a task word)', title: 'Application of ECOD algorithm for detection of aircraft unstable approach', text: 'The model is based on the Empirical-Cumulative-Distribution-based Outlier Detection (ECOD) unsupervised anomaly detection algorithm. The ECOD model is compared with iForest.', field: 'methods_mentioned', has: ['ECOD'] },
    { why: '... while a task spelt out before its acronym stays no method ("Open-Vocabulary Video Anomaly Detection (OVVAD)")', title: 'Zorb: open vocabulary detection in videos', text: 'We study Open-Vocabulary Video Anomaly Detection (OVVAD), which aims to detect unseen anomalies.', field: 'methods_mentioned', not: ['OVVAD'] },
    { why: '"a data-driven method ... is proposed using OpenSky\'s open-source aviation surveillance data set" (no possessive in the name)', title: 'Detecting unstable approaches', text: 'A data-driven method for unstable approaches detection is proposed using OpenSky\'s open-source aviation surveillance data set.', field: 'datasets', has: ['OpenSky Network'], not: ["OpenSky's"] },
    { why: '"we develop a GPU-accelerated framework for interpretable early failure detection"', title: 'Interpretable Early Failure Detection via Machine Learning and Trace Checking-based Monitoring', text: 'By exploiting such a result, we develop a GPU-accelerated framework for interpretable early failure detection based on vectorized trace checking.', field: 'methods_proposed', not: ['GPU-accelerated'] },
    { why: '"constructed based on NTU RGB+D120" (the larger release, no method "NTU RGB")', title: 'Skeleton-based violence action recognition', text: 'A skeleton violence action dataset was constructed based on NTU RGB+D120.', field: 'datasets', has: ['NTU RGB+D 120'] },
    { why: '... and no method', title: 'Skeleton-based violence action recognition', text: 'A skeleton violence action dataset was constructed based on NTU RGB+D120.', field: 'methods_mentioned', not: ['NTU RGB'] },
    { why: '"To evaluate the performance of the proposed MSA-STGCN, a skeleton violence action dataset: Filtered NTU RGB+D was constructed" (the method is no data)', title: 'Multi-scale and attention enhanced graph convolution network for skeleton-based violence action recognition', text: 'In this paper, a novel multi-scale attention spatiotemporal GCN (MSA-STGCN) is proposed for human violence action recognition. To evaluate the performance of the proposed MSA-STGCN, a skeleton violence action dataset: Filtered NTU RGB+D was constructed.', field: 'datasets', not: ['MSA-STGCN'] },
    { why: '... it stays the proposal', title: 'Multi-scale and attention enhanced graph convolution network for skeleton-based violence action recognition', text: 'In this paper, a novel multi-scale attention spatiotemporal GCN (MSA-STGCN) is proposed for human violence action recognition. To evaluate the performance of the proposed MSA-STGCN, a skeleton violence action dataset: Filtered NTU RGB+D was constructed.', field: 'methods_proposed', has: ['MSA-STGCN'] },
    { why: '"on the Kaggle Parkinson’s Freezing of Gait dataset" (no data set "Gait")', title: 'Freezing of Gait Symptom Detection from Wearable Sensor Data', text: 'On the Kaggle Parkinson’s Freezing of Gait dataset, the proposed fusion model produced 92.6% accuracy.', field: 'datasets', not: ['Gait'] },
    { why: '... while a place\'s data stay named after it ("the University of Zorbville dataset")', title: 'EEG detection', text: 'Experiments on the University of Zorbville dataset show 98% accuracy.', field: 'datasets', has: ['Zorbville'] },
    { why: '"the EM algorithm", "GPS almanac data", "GNSS": generic', title: 'GNSS interference detection', text: 'We update the covariance matrix as in the EM algorithm. The approach outperforms GPS and GNSS baselines.', field: 'methods_mentioned', not: ['EM', 'GPS', 'GNSS'] },
  ]);
});
describe('twenty-ninth round (readers 29a, 29d, 29e, 29f, 29g, 29q): proposals said otherwise, and data sets of other fields', () => {
  check<NamedField>([
    { why: '"A novel optimization method based on STASVDD (N-STASVDD) is put forward in this paper"', title: 'A Lightweight Anomaly Detection Method Based on SVDD for Wireless Sensor Networks', text: 'A novel optimization method based on STASVDD (N-STASVDD) is put forward in this paper. Results revealed that N-STASVDD achieves low time complexity.', field: 'methods_proposed', has: ['N-STASVDD'] },
    { why: '"The fine-tuned CrackSAM shows excellent performance ... CrackSAM exhibits remarkable superiority"', title: 'Fine-tuning vision foundation model for crack segmentation in civil infrastructures', text: 'In this work, a vision foundation model is introduced for crack segmentation. The fine-tuned CrackSAM shows excellent performance on different scenes and materials. CrackSAM exhibits remarkable superiority under dim lighting.', field: 'methods_proposed', has: ['CrackSAM'] },
    { why: '"employing a novel assessment algorithm, Iterative Assessment Algorithm (IAA), also presented in the article"', title: 'An expert system for detecting automobile insurance fraud using social network analysis', text: 'Fraudulent entities are found by employing a novel assessment algorithm, Iterative Assessment Algorithm (IAA), also presented in the article.', field: 'methods_proposed', has: ['IAA'] },
    { why: '"which we call the Mondrian \\Polya{} Forest" (a word written as a macro; "we call the X")', title: 'Interpretable Anomaly Detection with Mondrian Pólya Forests on Data Streams', text: 'To solve these issues, we contextualise these methods in a probabilistic framework which we call the Mondrian \\Polya{} Forest for estimating the underlying probability density function.', field: 'methods_proposed', has: ['Mondrian Polya Forest'] },
    { why: '... while "a setting which we call the open world" names nothing', title: 'Detecting unknowns', text: 'We study a setting which we call the open world.', field: 'methods_proposed', not: ['open world'] },
    { why: '"We conducted experiments on the MovieLens 100K and Netflix Dataset"', title: 'Efficient Detection of Shilling Attacks in Collaborative Filtering Recommendation Systems', text: 'We conducted experiments on the MovieLens 100K and Netflix Dataset with different levels of attacks and types.', field: 'datasets', has: ['MovieLens', 'Netflix Prize'] },
    { why: '"the Tennessee Eastman process (TEP)" is the process-monitoring benchmark', title: 'Process monitoring with graph networks', text: 'Experiments on the Tennessee Eastman process (TEP) show that the method detects 20 faults.', field: 'datasets', has: ['Tennessee Eastman Process'] },
  ]);
});
describe('twenty-ninth round (readers 29q, 29r, 29x): passive and named proposals in process monitoring, literature passives, quoted names', () => {
  check<NamedField>([
    { why: '"In this paper, RT‐STRPCA model integrating temporal periodicity and spatial similarity is proposed"', title: 'Real-time passenger flow anomaly detection in metro system', text: 'In this paper, RT‐STRPCA model integrating temporal periodicity and spatial similarity is proposed to address the above issues.', field: 'methods_proposed', has: ['RT-STRPCA'] },
    { why: '"a modified PCA ... is proposed, referred to as weighted PCA (WPCA)"', title: 'Fault Detection Approach Based on Weighted Principal Component Analysis', text: 'To solve this problem, a modified PCA which considering variance maximization is proposed, referred to as weighted PCA (WPCA). WPCA can obtain the slow features information of observed data.', field: 'methods_proposed', has: ['WPCA'] },
    { why: '"kernel PLS (KPLS) as an advanced version has been proposed for nonlinear processes" (the literature\'s)', title: 'Quality-Related Process Monitoring Based on Total Kernel PLS Model', text: 'To enhance the adaptivity of PLS, kernel PLS (KPLS) as an advanced version has been proposed for nonlinear processes.', field: 'methods_proposed', not: ['KPLS'] },
    { why: '"the Dempster-Shafer theory" is generic', title: 'A Taxi Driving Fraud Detection System', text: 'We combine the evidence with the Dempster-Shafer theory and compare against Dempster-Shafer baselines.', field: 'methods_mentioned', not: ['Dempster-Shafer'] },
  ]);
});
describe('twenty-ninth round (reader 29x): a closing quotation mark is no part of a name', () => {
  it('"from the \'Galaxy Zoo - The Galaxy Challenge\' dataset"', () => {
    const e = extractEntities(paper('AnomalyMatch: Discovering Rare Objects of Interest', "We compare to the established Astronomaly software on selected 'odd' galaxies from the 'Galaxy Zoo - The Galaxy Challenge' dataset."));
    expect(e.datasets.length).toBeGreaterThan(0);
    expect(e.datasets.filter((d) => /['’"”]/.test(d.name))).toEqual([]);
  });
});
describe('twenty-ninth round (probing, dev pool): prior work named after "prior work such as", "existing solutions (e.g., ...)", a predecessor, a flaw, a combination', () => {
  const pre = 'Anomaly detection matters. We propose GlimmerAD, a new method. ';
  check<NamedField>([
    { why: '"In contrast to prior work such as PlinkoAD, GlimmerAD is training-free"', title: 'GlimmerAD: Anomaly detection with prompts', text: pre + 'In contrast to prior work such as PlinkoAD, GlimmerAD is training-free.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '"Existing solutions (e.g., PlinkoAD) depend on labels"', title: 'GlimmerAD: Anomaly detection with prompts', text: pre + 'Existing solutions (e.g., PlinkoAD) depend on labels.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '"GlimmerAD outperforms its predecessor PlinkoAD"', title: 'GlimmerAD: Anomaly detection with prompts', text: pre + 'GlimmerAD outperforms its predecessor PlinkoAD.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '"However, PlinkoAD suffers from high latency"', title: 'GlimmerAD: Anomaly detection with prompts', text: pre + 'However, PlinkoAD suffers from high latency.', field: 'methods_mentioned', has: ['PlinkoAD'] },
    { why: '... while the paper\'s own method named before its flaw stays its own ("GlimmerAD fails only on ...")', title: 'GlimmerAD: Anomaly detection with prompts', text: pre + 'GlimmerAD fails only on tiny defects.', field: 'methods_proposed', has: ['GlimmerAD'] },
    { why: '"we introduce a baseline model that combines RelationNet and PatchCore"', title: 'Anomaly Multi-classification in Industrial Scenarios', text: 'Anomaly detection matters. We introduce a baseline model that combines RelationNet and PatchCore.', field: 'methods_mentioned', has: ['RelationNet'] },
    { why: '"a novel architecture combining time-series patching with PlinkoNet"', title: 'Patched forecasting for anomalies', text: 'In this paper, we propose GlimmerNet, a novel architecture combining time-series patching with PlinkoNet.', field: 'methods_mentioned', has: ['PlinkoNet'] },
  ]);
});
describe('twenty-ninth round (readers 29ab, 29ac, 29af): generic long forms, metrics\' curves and a model spelt out', () => {
  check<NamedField>([
    { why: '"integrates an out-of-distribution detector for neural networks (ODIN) with Monte Carlo (MC) dropout" (no method "MC")', title: 'Novelty detection in underwater acoustics', text: 'We propose a method that integrates an out-of-distribution detector for neural networks (ODIN) with Monte Carlo (MC) dropout.', field: 'methods_proposed', not: ['MC'] },
    { why: '"we utilize Monte Carlo dropout (MCDO) to quantify the uncertainty"', title: 'Novelty Detection in Underwater Acoustic Environments', text: 'Specifically, we utilize Monte Carlo dropout (MCDO) to quantify the uncertainty in the model\'s predictions.', field: 'methods_proposed', not: ['MCDO'] },
    { why: '"classical criteria based on Receiver Operating Characteristic (ROC) or Precision-Recall (PR) curves"', title: 'How to Evaluate the Quality of Unsupervised Anomaly Detection Algorithms?', text: 'When sufficient labeled data are available, classical criteria based on Receiver Operating Characteristic (ROC) or Precision-Recall (PR) curves can be used.', field: 'methods_mentioned', not: ['Receiver Operating Characteristic', 'Precision-Recall'] },
    { why: '"such as Bidirectional Encoder Representations from Transformers (BERT) and ..." (the model, not its first three words)', title: 'Large Language Models for Adverse Drug Events', text: 'Recent advancements in large language models, including transformer-based architectures such as Bidirectional Encoder Representations from Transformers (BERT), have improved extraction.', field: 'models', has: ['BERT'], not: ['Bidirectional Encoder Representations'] },
    { why: '"the representations from pre-trained state-of-the-art Self-Supervised models" (a kind of model, no name)', title: 'A study on the impact of Self-Supervised Learning on automatic dysarthric speech assessment', text: 'We are the first to evaluate the representations from pre-trained state-of-the-art Self-Supervised models across three downstream tasks.', field: 'methods_mentioned', not: ['Self-Supervised'] },
  ]);
});
describe('twenty-ninth round (dev pool): a survey speaks of real-time detection; it runs nothing in real time', () => {
  check<FacetField>([
    { why: '"Hyperspectral Anomaly Detection: A survey" on real-time needs', title: 'Hyperspectral Anomaly Detection: A survey', text: 'Many applications require real-time detection. This survey reviews classical and deep detectors.', field: 'settings', not: ['real-time'] },
    { why: '"we provide a comprehensive review of ..." with real-time monitoring as the field\'s goal', title: 'Autonomous Threat Detection and Response in Cloud Security', text: 'Cloud platforms need real-time threat detection. In this paper, we provide a comprehensive review of autonomous detection and response.', field: 'settings', not: ['real-time'] },
    { why: '... while a method that runs in real time stays so', title: 'ZorbNet: Fast Log Anomaly Detection', text: 'We propose ZorbNet, which detects anomalies in real time on a single CPU.', field: 'settings', has: ['real-time'] },
  ]);
});
describe('twenty-ninth round (dev pool): a paper about its own proposed method is no evaluation study', () => {
  check<FacetField>([
    { why: '"Offline evaluations in two datasets show the proposed method outperforms all the competitive baselines"', title: 'BotSpot: A Hybrid Learning Framework to Uncover Bot Install Fraud in Mobile Advertising', text: 'We propose BotSpot. Offline evaluations in two datasets show the proposed method outperforms all the competitive baseline methods. A comparative study is also carried out.', field: 'settings', not: ['evaluation'] },
    { why: '... while a benchmark titled so stays an evaluation, proposed method or not', title: 'ZorbBench: A Benchmark for Log Anomaly Detection', text: 'We build a comprehensive benchmark to compare twelve detectors and evaluate the proposed method against them.', field: 'settings', has: ['evaluation'] },
  ]);
});
describe('twenty-ninth round (readers 29ag, 29ah, 29ak, dev pool): a title head naming a field or an activity is the topic, no method', () => {
  check<NamedField>([
    { why: '"Image Forensics: Detecting duplication of scientific images with manipulation-invariant image similarity"', title: 'Image Forensics: Detecting duplication of scientific images with manipulation-invariant image similarity', text: 'Manipulation and re-use of images in scientific publications is a concerning problem. We propose a method to detect duplicated images.', field: 'methods_proposed', not: ['Image Forensics'] },
    { why: '"Election forensics: Using machine learning and synthetic data for possible election anomaly detection"', title: 'Election forensics: Using machine learning and synthetic data for possible election anomaly detection', text: 'Assuring the integrity of elections is essential. We train classifiers on synthetic data.', field: 'methods_proposed', not: ['Election forensics'] },
    { why: '"Energy-Aware Pattern Disentanglement: A Generalizable Pattern Assisted ..."', title: 'Energy-Aware Pattern Disentanglement: A Generalizable Pattern Assisted Architecture for Multivariate Time Series Analysis', text: 'We design a novel architecture for multivariate time series.', field: 'methods_proposed', not: ['Energy-Aware Pattern Disentanglement'] },
    { why: '... while a head the abstract writes stays the proposal ("Semantic Density: ..." with "we propose semantic density")', title: 'Semantic Density: Uncertainty Quantification for Large Language Models', text: 'In this paper, we propose semantic density, a new framework that extracts uncertainty information.', field: 'methods_proposed', has: ['Semantic Density'] },
    { why: '... and a coined head stays ("ZorbNet: ...")', title: 'ZorbNet: Detecting duplication of scientific images', text: 'We detect duplicated images with a new network.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});
describe('twenty-ninth round (readers 29aj, 29ak): knowledge bases and bibliographic databases are data', () => {
  check<NamedField>([
    { why: '"A Study of the Quality of Wikidata"', title: 'A Study of the Quality of Wikidata', text: 'We assess the quality of Wikidata with statistical checks of its statements.', field: 'datasets', has: ['Wikidata'] },
    { why: '"experiments on NELL and Freebase"', title: 'Generic Statistical Relational Entity Resolution in Knowledge Graphs', text: 'Experiments on NELL and Freebase show that the method resolves entities accurately.', field: 'datasets', has: ['Freebase'] },
    { why: '"data from Retraction Watch and the Microsoft Academic Graph"', title: 'Are Widely Known Findings Easier to Retract?', text: 'Using data from the Retraction Watch database and the Microsoft Academic Graph, we study retractions.', field: 'datasets', has: ['Retraction Watch', 'Microsoft Academic Graph'] },
  ]);
});
describe('twenty-ninth round (reader 29g, dev pool): fraud on e-commerce platforms without money is no finance', () => {
  check<FacetField>([
    { why: '"Fraudulent User Detection with Time-enhanced Graph Neural Networks on E-Commerce Platforms" (users and items, no money)', title: 'Fraudulent User Detection with Time-enhanced Graph Neural Networks on E-Commerce Platforms', text: 'Fraudulent users on e-commerce platforms post fake reviews and manipulate item rankings. We model user-item interactions over time.', field: 'domains', not: ['finance'] },
    { why: '... while fraudulent payments on such platforms stay finance', title: 'Fraud detection and risk assessment of online payment transactions on e-commerce platforms', text: 'We detect fraudulent payment transactions on e-commerce platforms.', field: 'domains', has: ['finance'] },
  ]);
});
describe('twenty-ninth round (reader 29g, probing): a whole attack proposed in a sentence of parts, what the work results in, and items described in parentheses', () => {
  check<NamedField>([
    { why: '"In particular, we propose a powerful poisoning attack, MetaC, against both GNN-based and MF-based recommender systems"', title: 'Towards Adversarially Robust Recommendation from Adaptive Fraudster Detection', text: 'Recommender systems are vulnerable. In particular, we propose a powerful poisoning attack, MetaC, against both GNN-based and MF-based recommender systems.', field: 'methods_proposed', has: ['MetaC'] },
    { why: '"This module can serve as a plug-in for different recommender systems, resulting in a robust framework named PDR"', title: 'Towards Adversarially Robust Recommendation from Adaptive Fraudster Detection', text: 'We design an adaptive fraudster detection module. This module can serve as a plug-in for different recommender systems, resulting in a robust framework named PDR.', field: 'methods_proposed', has: ['PDR'] },
    { why: '"the recently published methods ZorbA (a random forest based on human-engineered features) and QuuxB (a deep learning approach)"', title: 'Evading DGA classifiers', text: 'We evaluate against the recently published methods ZorbA (a random forest based on human-engineered features) and QuuxB (a deep learning approach).', field: 'methods_mentioned', has: ['ZorbA', 'QuuxB'] },
  ]);
});
describe('twenty-ninth round (reader 29u): a repository data are drawn from is data', () => {
  check<NamedField>([
    { why: '"Demonstrations utilize publicly available clinical-trial data from the ClinicalTrials.gov repository"', title: 'Web-Centric Cloud Framework for Real-Time Monitoring of Clinical Trials', text: 'Demonstrations utilize publicly available clinical-trial data from the ClinicalTrials.gov repository.', field: 'datasets', has: ['ClinicalTrials.gov'] },
    { why: '... while a code repository is none ("available in our GitHub repository")', title: 'A detector', text: 'Our code and data from the experiments are available in our GitHub repository.', field: 'datasets', not: ['GitHub'] },
  ]);
});
describe('twenty-ninth round (reader 29n): "light curve data from the Kepler telescope" is data', () => {
  check<NamedField>([
    { why: '"detect exoplanets from light curve data from the Kepler telescope"', title: 'A linear time method for the detection of point and collective anomalies', text: 'We demonstrate the usefulness of CAPA through its ability to detect exoplanets from light curve data from the Kepler telescope.', field: 'datasets', has: ['Kepler'] },
  ]);
});
describe('twenty-ninth round (readers 29c, 29e, 29p): a named project, laboratory or observatory data come from is data', () => {
  check<NamedField>([
    { why: '"real data collected from the Intel Berkeley Research Laboratory"', title: 'An Online Outlier Detection Technique for Wireless Sensor Networks', text: 'Experiments with both synthetic and real data collected from the Intel Berkeley Research Laboratory show that our technique works.', field: 'datasets', has: ['Intel Berkeley Research Laboratory'] },
    { why: '"sensor data from the Great Duck Island Project"', title: 'Quarter sphere based distributed anomaly detection in wireless sensor networks', text: 'We demonstrate using sensor data from the Great Duck Island Project that our distributed approach works.', field: 'datasets', has: ['Great Duck Island Project'] },
    { why: '"fire-news data from the European Forest Fire Information System (EFFIS)"', title: 'A Fully Automatic Instantaneous Fire Hotspot Detection Processor', text: 'The processor is validated with fire-news data from the European Forest Fire Information System (EFFIS).', field: 'datasets', has: ['European Forest Fire Information System'] },
    { why: '... while a name going on past the head is none ("data from the New York Independent System Operator")', title: 'Load anomalies', text: 'We use data from the New York Independent System Operator.', field: 'datasets', not: ['New York Independent System'] },
  ]);
});
describe('twenty-ninth round (readers 29al, 29am): an opening phrase on the paper\'s data, and a classic seismic detector', () => {
  check<NamedField>([
    { why: '"On our dataset, DangerDet achieves 71.0% mAP" (the subject of the sentence, no name of the data)', title: 'Student Dangerous Behavior Detection in School', text: 'We propose a novel end-to-end dangerous behavior detection method, named DangerDet. On our dataset, DangerDet achieves 71.0% mAP with about 11 FPS.', field: 'datasets', not: ['DangerDet'] },
    { why: '... while "our dataset, ZorbSet, contains ..." names it', title: 'Student behaviour', text: 'We build our dataset, ZorbSet, from surveillance videos.', field: 'datasets', has: ['ZorbSet'] },
    { why: '"compared with the classic short-term average/long-term average (STA/LTA) method" (generic)', title: 'Bidirectional recurrent neural networks for seismic event detection', text: 'Our network outperforms the short-term average (STA) / long-term average (LTA) detector and the STA/LTA method.', field: 'methods_mentioned', not: ['STA', 'LTA', 'STA/LTA'] },
  ]);
});
describe('thirtieth round (probing): descriptive title-case words before "datasets" name no data', () => {
  check<NamedField>([
    { why: '"Experiments on Real-World datasets show gains"', title: 'Detecting anomalies in industrial images', text: 'We propose a new detector. Experiments on Real-World datasets show gains.', field: 'datasets', not: ['Real-World'] },
    { why: '"Experiments on Zero-Shot benchmarks", "on Time-Series datasets"', title: 'Detecting anomalies', text: 'We propose a new detector. Experiments on Zero-Shot benchmarks and on Time-Series datasets show gains.', field: 'datasets', not: ['Zero-Shot', 'Time-Series'] },
    { why: '"Extensive experiments on Industrial and Medical datasets"', title: 'Detecting anomalies', text: 'We propose a new detector. Extensive experiments on Industrial and Medical datasets show gains.', field: 'datasets', not: ['Industrial', 'Medical'] },
    { why: '... while a known data set of such words stays ("Open Images")', title: 'Detecting anomalies', text: 'We evaluate on Open Images and MVTec AD.', field: 'datasets', has: ['Open Images', 'MVTec AD'] },
  ]);
  check<NamedField>([
    { why: '"Evaluation of Various Open-Set Medical Imaging Tasks with Deep Neural Networks" (a setting, no method)', title: 'Evaluation of Various Open-Set Medical Imaging Tasks with Deep Neural Networks', text: 'We compare open-set recognition methods on Open-Set medical imaging tasks.', field: 'methods_mentioned', not: ['Open-Set'] },
  ]);
});
describe('thirtieth round (readers 30e, 30f, 30g, 30h): methods listed after their kind, another\'s method named, the newly proposed one', () => {
  check<NamedField>([
    { why: '"advanced deep learning techniques (DeepTrans and MiSiCNet)"', title: 'A New Hyperspectral Unmixing Benchmark for Weak Signal Meat Contamination', text: 'We evaluate various unmixing algorithms, including advanced deep learning techniques (DeepTrans and MiSiCNet).', field: 'methods_mentioned', has: ['DeepTrans', 'MiSiCNet'] },
    { why: '"combining a lightweight neural network with adaptive aggregation methods, FedAdam, FedMedian, and ClusterAvg"', title: 'A new adaptive federated learning approach for UAV networks', text: 'This work presents BANCO-FL, a balanced federated learning framework combining a lightweight neural network with adaptive aggregation methods, FedAdam, FedMedian, and ClusterAvg.', field: 'methods_mentioned', has: ['FedAdam', 'FedMedian', 'ClusterAvg'] },
    { why: '... while the paper\'s own methods so listed are not another\'s ("We present unsupervised detection methods, ZorbA, ZorbB, and ZorbC")', title: 'Three detectors', text: 'We present unsupervised detection methods, ZorbA, ZorbB, and ZorbC.', field: 'methods_mentioned', not: ['ZorbA', 'ZorbB', 'ZorbC'] },
    { why: '"We compare this new technique with another sequence-based approach called MOCS"', title: 'Sequence-Based Masquerade Detection for Different User Groups', text: 'In this research, we also take into account typing similar commands, in the newly proposed method, MUCS. We compare this new technique with another sequence-based approach called MOCS.', field: 'methods_mentioned', has: ['MOCS'] },
    { why: '... and "in the newly proposed method, MUCS" is the paper\'s', title: 'Sequence-Based Masquerade Detection for Different User Groups', text: 'In this research, we also take into account typing similar commands in a command sequence, but in an unordered way, in the newly proposed method, MUCS.', field: 'methods_proposed', has: ['MUCS'] },
    { why: '"namely KDD Cup ‘99 and NSL-KDD" (an opening quotation mark for the apostrophe)', title: 'Detection of Compromised Online Social Network Accounts', text: 'Our proposed model is evaluated using the standard benchmark datasets, namely KDD Cup ‘99 and NSL-KDD.', field: 'datasets', has: ['KDDCup99', 'NSL-KDD'] },
  ]);
});
describe('thirtieth round (readers 30a, 30d, 30e, 30j, probing): long forms the paper adapts, applies, compares with or builds on are someone\'s', () => {
  check<NamedField>([
    { why: '"we adapt Positive Congruent Training (PCT) to the CL setting"', title: 'Regression-aware Continual Learning for Android Malware Detection', text: 'Specifically, we adapt Positive Congruent Training (PCT) to the CL setting, preserving prior predictive behavior.', field: 'methods_mentioned', has: ['PCT'] },
    { why: '"we investigate the application of the New Physics Learning Machine (NPLM) algorithm"', title: 'Robust resonant anomaly detection with NPLM', text: 'In this study, we investigate the application of the New Physics Learning Machine (NPLM) algorithm as an alternative.', field: 'methods_mentioned', has: ['NPLM'] },
    { why: '... while "a novel application of Hierarchical Robust Principal Component Analysis (HrPCA)" is no one else\'s', title: 'Hierarchical Robust PCA for Scalable Data Quality Monitoring', text: 'We present a novel application of Hierarchical Robust Principal Component Analysis (HrPCA) as a scalable, unsupervised anomaly detection technique.', field: 'methods_mentioned', not: ['HrPCA'] },
    { why: '"Our method outperforms the Zorb Quux Network (ZQN) by 3%"', title: 'Detecting anomalies', text: 'Our method outperforms the Zorb Quux Network (ZQN) by 3%.', field: 'methods_mentioned', has: ['ZQN'] },
    { why: '... and is not the paper\'s', title: 'Detecting anomalies', text: 'Experiments show that our method outperforms the Zorb Quux Network (ZQN).', field: 'methods_proposed', not: ['ZQN'] },
    { why: '"RadFabric is built on the Model Context Protocol (MCP)" (no "Context Protocol" cut from the long form)', title: 'RadFabric: Agentic AI System with Reasoning Capability for Radiology', text: 'RadFabric is built on the Model Context Protocol (MCP), enabling modularity.', field: 'methods_mentioned', not: ['Context Protocol'] },
    { why: '"The first approach, Scattering Transform with E-GraphSAGE (STEG), utilizes ..." after "we present two novel methods"', title: 'Advancing Network Intrusion Detection: Integrating Graph Neural Networks with Scattering Transform', text: 'In this paper, we present two novel methods in intrusion detection using graph neural networks. The first approach, Scattering Transform with E-GraphSAGE (STEG), utilizes the scattering transform.', field: 'methods_proposed', has: ['STEG'] },
  ]);
  check<NamedField>([
    { why: '"the VGG model is introduced as the backbone network"', title: 'Industrial Anomaly Detection via Teacher Student Network', text: 'We use knowledge distillation. In detail, the VGG model is introduced as the backbone network for anomaly detection.', field: 'methods_proposed', not: ['VGG'] },
  ]);
});
describe('thirtieth round (readers 30m, 30p): what the paper\'s method rests on, the methods its proposals use, and English words in a title', () => {
  check<NamedField>([
    { why: '"a novel anomaly detection technique based on an on-line sequence memory algorithm called Hierarchical Temporal Memory (HTM)"', title: 'Real-Time Anomaly Detection for Streaming Analytics', text: 'We present a novel anomaly detection technique based on an on-line sequence memory algorithm called Hierarchical Temporal Memory (HTM). We show results from a live application.', field: 'methods_mentioned', has: ['HTM'] },
    { why: '... and not the paper\'s', title: 'Real-Time Anomaly Detection for Streaming Analytics', text: 'We present a novel anomaly detection technique based on an on-line sequence memory algorithm called Hierarchical Temporal Memory (HTM).', field: 'methods_proposed', not: ['HTM'] },
    { why: '... while "a novel technique called Zorb Quux Memory (ZQM)" is', title: 'Streaming', text: 'We present a novel anomaly detection technique called Zorb Quux Memory (ZQM).', field: 'methods_proposed', has: ['ZQM'] },
    { why: '"by proposing three algorithms that involve two main well known drift detection methods: ADWIN and KSWIN"', title: 'Anomalies Detection Using Isolation in Concept-Drifting Data Streams', text: 'Moreover, we extended the IForestASD algorithm to handle drifting data by proposing three algorithms that involve two main well known drift detection methods: ADWIN and KSWIN.', field: 'methods_proposed', not: ['ADWIN', 'KSWIN'] },
    { why: '... while "we propose two new metrics: Zorb and Quux" names the proposals', title: 'Metrics', text: 'We propose two new metrics: ZorbScore and QuuxScore.', field: 'methods_proposed', has: ['ZorbScore', 'QuuxScore'] },
    { why: '"An Enhanced Focal Loss Function to Mitigate Class Imbalance" (the verb, not the method MITIGATE)', title: 'An Enhanced Focal Loss Function to Mitigate Class Imbalance in Auto Insurance Fraud Detection', text: 'We propose an enhanced focal loss for imbalanced claims.', field: 'methods_mentioned', not: ['MITIGATE'] },
    { why: '... while the name in capitals stays', title: 'Comparing detectors', text: 'We compare our detector with MITIGATE on two benchmarks.', field: 'methods_mentioned', has: ['MITIGATE'] },
  ]);
});
describe('thirtieth round (readers 30a, 30b, 30g, dev pool): authentication, masquerade and baggage screening are security; defect samples generated for training are synthetic anomalies', () => {
  check<FacetField>([
    { why: '"Masquerade detection on GUI-based Windows systems"', title: 'Masquerade detection on GUI-based Windows systems', text: 'We model mouse and keystroke behaviour of each user.', field: 'domains', has: ['security'] },
    { why: '"Hopper: Modeling and Detecting Lateral Movement"', title: 'Hopper: Modeling and Detecting Lateral Movement', text: 'We present a system that analyses internal logins.', field: 'domains', has: ['security'] },
    { why: '"Evaluating and Enhancing Risk-Based Authentication on a Real-World Large-Scale Online Service"', title: 'Pump Up Password Security! Evaluating and Enhancing Risk-Based Authentication', text: 'Risk-based authentication (RBA) checks each login attempt.', field: 'domains', has: ['security'] },
    { why: '"an Analysis of Authentication Logs and Detection of Bruteforce Attacks"', title: 'Who is Trying to Compromise Your SSH Server? An Analysis of Authentication Logs and Detection of Bruteforce Attacks', text: 'We analyse login records of a university server.', field: 'domains', has: ['security'] },
    { why: '"Towards Vision-Language Model for Real-World X-ray Baggage Security Inspection" ("prohibited items")', title: 'Detecting prohibited items in X-ray scans', text: 'Automatic X-ray prohibited items detection is vital and widely studied.', field: 'domains', has: ['security'] },
  ]);
  check<FacetField>([
    { why: '"Electroluminescence defect image augmentation method of solar cell based on cycleGAN"', title: 'Electroluminescence defect image augmentation method of solar cell based on cycleGAN', text: 'We improve the recognition of EL defects with more training images.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"Defective samples simulation through Neural Style Transfer"', title: 'Defective samples simulation through Neural Style Transfer for automatic surface defect segment', text: 'We propose a simulation algorithm that needs only a few defect samples.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"The PGGAN model was used to expand the dataset of wood defect images"', title: 'Defect identification method for poplar veneer', text: 'The PGGAN model was used to expand the dataset of wood defect images.', field: 'techniques', has: ['synthetic-anomalies'] },
    { why: '"We first introduce an anomaly generator to perturb the normal graphs"', title: 'Federated graph anomaly detection', text: 'We first introduce an anomaly generator to perturb the normal graphs to be anomalous.', field: 'techniques', has: ['synthetic-anomalies'] },
  ]);
});
describe('thirtieth round (readers 30b, 30h, 30o, 30u, 30v, 30r, 30s, dev pool): defect images generated as the task, machine signals, a task written with its object, a model the paper improves, a list\'s last name before its kind', () => {
  check<FacetField>([
    { why: '"Defective samples simulation through Neural Style Transfer" (generating defects is the task)', title: 'Defective samples simulation through Neural Style Transfer for automatic surface defect segment', text: 'We propose a simulation algorithm that needs only a few defect samples.', field: 'settings', has: ['anomaly-generation'] },
    { why: '"vibration signals from five components of a combine harvester"', title: 'Application of Composite Spectrum in Agricultural Machines', text: 'In this work, vibration signals from five components of a combine harvester are obtained by four accelerometers.', field: 'domains', has: ['time-series'] },
    { why: '"detect anomalies in the power signals coming from multiple High Voltage Converter Modulators"', title: 'Multi-module based CVAE to predict HVCM faults in the SNS accelerator', text: 'We present a framework to detect anomalies in the power signals coming from multiple modulators.', field: 'domains', has: ['time-series'] },
    { why: '"a deep-learning approach using voltage signals"', title: 'Detection and Classification of Power Quality Disturbances', text: 'This paper proposes a deep-learning approach using voltage signals, without pre-processing.', field: 'domains', has: ['time-series'] },
  ]);
  check<NamedField>([
    { why: '"A Robust Method for Speech Replay Attack Detection" (an attack, not the Replay-Attack data)', title: 'A Robust Method for Speech Replay Attack Detection', text: 'We detect replay attacks on speaker verification systems.', field: 'datasets', not: ['Replay-Attack'] },
    { why: '... while the data so named in a list of data stays', title: 'Face anti-spoofing', text: 'Experiments on the Replay-Attack and CASIA-FASD datasets show gains.', field: 'datasets', has: ['Replay-Attack'] },
    { why: '"We present a GTCS-detection method based on median-filtered variance estimates" (a task, no name)', title: 'Detection of generalized tonic-clonic seizures from ear-EEG', text: 'Method: We present a GTCS-detection method based on median-filtered variance estimates on surface EMG measurements.', field: 'methods_proposed', not: ['GTCS-detection'] },
    { why: '"strategies to enhance the performance of a time-series based Diffusion convolution recurrent neural network (DCRNN) model"', title: 'Improving self-supervised pretraining models for epileptic seizure detection', text: 'This paper presents various self-supervision strategies to enhance the performance of a time-series based Diffusion convolution recurrent neural network (DCRNN) model.', field: 'methods_mentioned', has: ['DCRNN'] },
    { why: '"outperforming PTJN, DPN, MTP-CLNN, and DWG models"', title: 'New intent discovery', text: 'Our method achieves gains, outperforming PTJN, ZorbNet, MTP-CLNN, and DWG models on the Banking77 and Clinc150 datasets.', field: 'methods_mentioned', has: ['DWG', 'PTJN'] },
  ]);
});
describe('thirtieth round (readers 30d, 30r, 30u): survey data of astronomy, an EEG corpus\'s long name, a modality compound, an attack defended against', () => {
  check<NamedField>([
    { why: '"using data from the Gaia telescope"', title: 'SkyCURTAINs: Model agnostic search for Stellar Streams with Gaia data', text: 'We present a method to search for stellar streams using data from the Gaia telescope.', field: 'datasets', has: ['Gaia'] },
    { why: '"datasets from the Catalina Real-time Transient Survey, All-Sky Automated Survey for Supernovae, and the Lincoln Near-Earth Asteroid Research"', title: 'Controlling Outlier Contamination In Multimessenger Time-domain Searches', text: 'We use datasets from the Catalina Real-time Transient Survey, All-Sky Automated Survey for Supernovae, and the Lincoln Near-Earth Asteroid Research.', field: 'datasets', has: ['CRTS', 'ASAS-SN', 'LINEAR'] },
    { why: '... while "a LINEAR model" and "linear regression" are none', title: 'Linear models', text: 'We fit a LINEAR model. Linear regression works.', field: 'datasets', not: ['LINEAR'] },
    { why: '"Experimental results on the Temple University EEG corpus and the CHB-MIT dataset"', title: 'CRIA: A Cross-View Interaction and Instance-Adapted Pre-training Framework', text: 'Experimental results on the Temple University EEG corpus and the CHB-MIT dataset show that CRIA outperforms existing methods.', field: 'datasets', has: ['TUH EEG Corpus'] },
    { why: '"The reference standard was the evaluation of video-EEG recordings by trained experts" (a modality, no data)', title: 'Automated real-time detection of tonic-clonic seizures using a wearable EMG device', text: 'The reference standard was the evaluation of video-EEG recordings by trained experts, who were blinded to data from the device.', field: 'datasets', not: ['video-EEG'] },
    { why: '"a filter for defending against DolphinAttack"', title: 'Defending voice assistants', text: 'We propose a filter for defending against DolphinAttack and other attacks.', field: 'methods_mentioned', has: ['DolphinAttack'] },
  ]);
});
describe('thirtieth round (reader 30z): a known pretrained model spelt out with its initials is the model the paper studies', () => {
  check<NamedField>([
    { why: '"Segment Anything Model (SAM) for Digital Pathology: Assess Zero-shot Segmentation on Whole Slide Imaging"', title: 'Segment Anything Model (SAM) for Digital Pathology: Assess Zero-shot Segmentation on Whole Slide Imaging', text: 'The segment anything model (SAM) was released as a foundation model for image segmentation. We evaluate it on pathology slides.', field: 'methods_proposed', not: ['SAM'] },
    { why: '... and SAM is a model', title: 'Segment Anything Model (SAM) for Digital Pathology: Assess Zero-shot Segmentation on Whole Slide Imaging', text: 'The segment anything model (SAM) was released as a foundation model for image segmentation. We evaluate it on pathology slides.', field: 'models', has: ['SAM'] },
    { why: '... while a coined model the paper proposes so stays its own', title: 'Zorb Quux Model (ZQM) for Digital Pathology', text: 'We propose the Zorb Quux Model (ZQM) for segmentation.', field: 'methods_proposed', has: ['ZQM'] },
  ]);
});
describe('thirtieth round (reader 30s, dev pool): posts on Twitter and microblogs are texts, its bots and accounts are not', () => {
  check<FacetField>([
    { why: '"Extracting News Events from Microblogs" ("Twitter stream has become a large source of information")', title: 'Extracting News Events from Microblogs', text: 'Twitter stream has become a large source of information for many people. We cluster the stream into events.', field: 'domains', has: ['text'] },
    { why: '"Detecting influenza outbreaks by analyzing Twitter messages"', title: 'Detecting influenza outbreaks by analyzing Twitter messages', text: 'We analyze over 500 million messages to detect outbreaks early.', field: 'domains', has: ['text'] },
    { why: '... while "Twitter Bot Detection" is about accounts', title: 'BotRGCN: Twitter Bot Detection with Relational Graph Convolutional Networks', text: 'Twitter bots are automated accounts. We build a heterogeneous graph of users.', field: 'domains', not: ['text'] },
  ]);
});
describe('thirtieth round (reader 30z): English words after "and" end one long benchmark name', () => {
  check<NamedField>([
    { why: '"we introduce RadVUQA, a novel Radiological Visual Understanding and Question Answering benchmark"', title: 'Beyond the Hype: A dispassionate look at vision-language models in medical scenario', text: 'In this study, we introduce RadVUQA, a novel Radiological Visual Understanding and Question Answering benchmark, to comprehensively evaluate existing LVLMs.', field: 'datasets', not: ['Question Answering'] },
    { why: '... while "the Numenta Anomaly Benchmark, Microsoft Cloud Monitoring dataset, ..." lists data', title: 'Benchmarking Anomaly Detection Across Heterogeneous Cloud Telemetry Datasets', text: 'The models are tested across four telemetry datasets: the Numenta Anomaly Benchmark, Microsoft Cloud Monitoring dataset, Exathlon dataset, and IBM Console dataset.', field: 'datasets', has: ['Microsoft Cloud Monitoring'] },
  ]);
});
describe('thirtieth round (readers 30e, 30p): what the paper\'s parts form, and the authors\' own naming after "based on"', () => {
  check<NamedField>([
    { why: '"These objectives form ROSETTA, a robust open-set test-time adaptation method"', title: 'Mitigating the ID-OOD Tradeoff in Open-Set Test-Time Adaptation', text: 'We then introduce an angular loss to regulate feature norm magnitudes, along with a feature-norm loss. These objectives form ROSETTA, a robust open-set test-time adaptation method.', field: 'methods_proposed', has: ['ROSETTA'] },
    { why: '"a health insurance fraud detection model based on a multilevel attention mechanism that we call MHAMFD" (the authors name their model)', title: 'Health insurance fraud detection by using an attributed heterogeneous information network', text: 'We propose a health insurance fraud detection model based on a multilevel attention mechanism that we call MHAMFD.', field: 'methods_proposed', has: ['MHAMFD'] },
  ]);
});
describe('thirtieth round (dev pool): a category of data, a misspelt adaptation, and work said to be published', () => {
  check<NamedField>([
    { why: '"improvements on Classical, CV, and NLP datasets in ADBench"', title: 'NNG-Mix: Improving Semi-supervised Anomaly Detection with Pseudo-anomaly Generation', text: 'NNG-Mix yields up to 16.4%, 8.8%, and 8.0% improvements on Classical, CV, and NLP datasets in ADBench.', field: 'datasets', not: ['Classical'] },
    { why: '"We propose an adaption of the Path Rank Algorithm (PRA), named the Corroborative Path Rank Algorithm (CPRA)"', title: 'Anomaly Detection and Classification in Knowledge Graphs', text: 'We propose an adaption of the Path Rank Algorithm (PRA), named the Corroborative Path Rank Algorithm (CPRA), which ranks paths.', field: 'methods_mentioned', has: ['PRA'] },
    { why: '"a feature extraction algorithm called symbolic dynamic filtering (SDF) that was recently published ... The SDF-based algorithm ..., the proposed"', title: 'Anomaly detection in flight recorder data: A dynamic data-driven approach', text: 'The underlying algorithm utilizes a feature extraction algorithm called symbolic dynamic filtering (SDF) that was recently published. The SDF-based algorithm of feature extraction is used, and the proposed method is validated on flight data.', field: 'methods_proposed', not: ['SDF'] },
    { why: '... while "we propose ... (MIM-GAN) ... the proposed MIM-GAN-based method" stays the paper\'s', title: 'Anomaly detection for multivariate time series', text: 'In this paper, we propose a new detector, MIM-GAN. Experiments show that the proposed MIM-GAN-based method achieves the best results.', field: 'methods_proposed', has: ['MIM-GAN'] },
  ]);
});
describe('thirty-first round (readers 31c, 31f, 31e, dev pool): attack kinds, a model brought into a field, a family name in a title, recent work of others, a count of data', () => {
  check<NamedField>([
    { why: '"cyber-attacks which include Denial-of-Service (DoS), Distributed-Denial-of-Service (DDoS), Man-in-the-Middle (MitM) attacks" (kinds of attack)', title: 'Detection of Man-in-the-Middle (MitM) Cyber-Attacks in Oil and Gas Process Control Networks', text: 'The process control network has been subjected to amorphous cyber-attacks which include Denial-of-Service (DoS), Distributed-Denial-of-Service (DDoS), Man-in-the-Middle (MitM) attacks.', field: 'methods_mentioned', not: ['Denial-of-Service', 'Distributed-Denial-of-Service', 'Man-in-the-Middle'] },
    { why: '... while the paper\'s own such name stays', title: 'Hide-and-Seek: failure localisation for robot policies', text: 'We propose Hide-and-Seek, a method that localises failures without step-level annotation.', field: 'methods_proposed', has: ['Hide-and-Seek'] },
    { why: '"we introduce the well-trained vision segmentation foundation model, i.e., Segment Anything Model (SAM) in face forgery detection" (SAM is used)', title: 'Detect Any Deepfakes: Segment Anything Meets Face Forgery Detection and Localization', text: 'To address this challenge, we introduce the well-trained vision segmentation foundation model, i.e., Segment Anything Model (SAM) in face forgery detection and localization. Based on SAM, we propose the Detect Any Deepfakes (DADF) framework.', field: 'methods_proposed', not: ['SAM'], has: ['DADF'] },
    { why: '... a coined name so brought into a task is someone\'s', title: 'Face forgery', text: 'To address this challenge, we introduce the Zorb Quux Model (ZQM) into face forgery detection. We then propose the DADF framework.', field: 'methods_proposed', not: ['ZQM'] },
    { why: '... while "We introduce the Zorb Quux Model (ZQM) in this paper" is the paper\'s', title: 'Face forgery', text: 'We introduce the Zorb Quux Model (ZQM) in this paper for face forgery detection.', field: 'methods_proposed', has: ['ZQM'] },
    { why: '"Fine-Grained DINO Tuning ..." over an abstract on DINOv2 (the title\'s DINO is DINOv2)', title: 'Fine-Grained DINO Tuning with Dual Supervision for Face Forgery Detection', text: 'While DINOv2 shows promise for detection, existing fine-tuning approaches treat it as generic binary classification. We propose a DeepFake Fine-Grained Adapter (DFF-Adapter) for DINOv2.', field: 'models', not: ['DINO'], has: ['DINOv2'] },
    { why: '... while DINO named in the abstract beside DINOv2 stays', title: 'Comparing self-supervised features', text: 'We compare DINO and DINOv2 features for anomaly detection.', field: 'models', has: ['DINO', 'DINOv2'] },
    { why: '"We use a recently proposed generative model known as neural rendering model (NRM)"', title: 'Out-of-Distribution Detection Using Neural Rendering Generative Models', text: 'We use a recently proposed generative model known as neural rendering model (NRM) and derive metrics for OoD. We show that NRM unifies both approaches.', field: 'methods_mentioned', has: ['NRM'] },
    { why: '... and not the paper\'s', title: 'Out-of-Distribution Detection Using Neural Rendering Generative Models', text: 'We use a recently proposed generative model known as neural rendering model (NRM) and derive metrics for OoD. We show that NRM unifies both approaches.', field: 'methods_proposed', not: ['NRM'] },
    { why: '... while "the recently proposed ... Multi-class Unsupervised Anomaly Detection (MUAD) task" names a task', title: 'Exploring Plain ViT Reconstruction for Multi-class Unsupervised Anomaly Detection', text: 'This work studies the recently proposed challenging and practical Multi-class Unsupervised Anomaly Detection (MUAD) task, which only requires normal images for training.', field: 'methods_mentioned', not: ['MUAD'] },
    { why: '"BPVAE learns two datasets\' features" (a count of data, no data set)', title: 'Bigeminal Priors Variational auto-encoder', text: 'In this work, we introduce a new model, namely Bigeminal Priors Variational auto-encoder (BPVAE), to address this phenomenon. BPVAE learns two datasets\'features, assigning a higher likelihood for the training dataset.', field: 'datasets', not: ['BPVAE'] },
  ]);
  check<FacetField>([
    { why: '"power side-channel measurements ... to detect tampering"', title: 'Out-of-Band Power Side-Channel Detection for Semiconductor Supply Chain Integrity', text: 'We introduce a non-destructive screening method that uses power side-channel measurements and generative modeling to detect tampering.', field: 'domains', has: ['security'] },
    { why: '"In cryptographic traffic analysis, violations are defined ..."', title: 'INTACT: Intent-Aware Representation Learning', text: 'In cryptographic traffic analysis, however, violations are defined not by rarity.', field: 'domains', has: ['security'] },
  ]);
});
describe('thirty-first round (readers 31i, 31j, 31l, 31o, 31q, 31a, 31n): auto encoders in two words, a novel long form after a proposal, the resulting algorithm, a head variant of a known data set, a loss that is the method', () => {
  check<NamedField>([
    { why: '"a novel approach, termed Temporal Convolutional Auto Encoder (TCAE), is introduced" (an auto encoder, no encoder part)', title: 'Unlocking Long-Term Temporal Patterns: TCAE for Anomaly Detection in Multivariate Time Series Data', text: 'To address the above challenge in this study, a novel approach, termed Temporal Convolutional Auto Encoder (TCAE), is introduced. TCAE utilizes Temporal Convolution Networks (TCN).', field: 'methods_proposed', has: ['TCAE'] },
    { why: '"our proposed method learns ... using a novel Open-Set Locality Preserving Projection (OSLPP) algorithm"', title: 'Progressively Select and Reject Pseudo-labelled Samples for Open-Set Domain Adaptation', text: 'To solve the problem, our proposed method learns discriminative common subspaces for the source and target domains using a novel Open-Set Locality Preserving Projection (OSLPP) algorithm.', field: 'methods_proposed', has: ['OSLPP'] },
    { why: '"In the resulting MC-MIL algorithm we apply a multiple camera combined loss function"', title: 'A MIL Approach for Anomaly Detection in Surveillance Videos from Multiple Camera Views', text: 'We combine Multiple Instance Learning (MIL) and Multiple Camera Views (MC). In the resulting MC-MIL algorithm we apply a multiple camera combined loss function to train a regression network.', field: 'methods_proposed', has: ['MC-MIL'] },
    { why: '"a DDoS attack detection method" (an attack\'s kind, no method)', title: 'DDoS Attack Detection Method Based on Multi-scale Convolutional Neural Network', text: 'This paper proposes a DDoS attack detection method based on a multi-scale network. The model is trained on the CICDDoS2019 dataset.', field: 'methods_mentioned', not: ['DDoS'] },
    { why: '"FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection" (the method, not a variant of the FEVER data)', title: 'FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection', text: 'Modern machine learning models fail on unknown inputs. We propose a method that eliminates vulnerabilities of the free energy score.', field: 'methods_proposed', has: ['FEVER-OOD'] },
    { why: '... and no data set', title: 'FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection', text: 'Modern machine learning models fail on unknown inputs. We propose a method that eliminates vulnerabilities of the free energy score.', field: 'datasets', not: ['FEVER-OOD'] },
    { why: '"we propose replacing SoftMax loss with a novel loss function ... The proposed IsoMax loss is isotropic" (the loss is the method)', title: 'Entropic Out-of-Distribution Detection', text: 'In the opposite direction, we propose replacing SoftMax loss with a novel loss function that does not suffer from the mentioned weaknesses. The proposed IsoMax loss is isotropic and provides high entropy posterior probability distributions.', field: 'methods_proposed', has: ['IsoMax'] },
    { why: '... while a loss of a paper that proposes a framework is a part', title: 'Zorb framework', text: 'We propose ZorbNet, a novel framework for anomaly detection. The proposed QuuxAlign loss aligns features.', field: 'methods_proposed', has: ['ZorbNet'], not: ['QuuxAlign'] },
    { why: '"adversarial sample based on Jacobian-based Saliency Map Attack (JSMA) and Fast Gradient Sign Attack (FGSM)"', title: 'Adversarial Training Against Adversarial Attacks for Machine Learning-Based Intrusion Detection Systems', text: 'This is achieved by first creating adversarial sample based on Jacobian-based Saliency Map Attack (JSMA) and Fast Gradient Sign Attack (FGSM) using NSLKDD.', field: 'methods_mentioned', has: ['JSMA', 'FGSM'], not: ['Saliency Map Attack'] },
    { why: '"Snort, Suricata and Wazuh" (intrusion detection systems)', title: 'Testing of network intrusion detection systems in maritime environments', text: 'We evaluated Snort, Suricata and Wazuh in the maritime network.', field: 'methods_mentioned', has: ['Snort', 'Suricata', 'Wazuh'] },
    { why: '"algorithms such as Rapid Fuzz and Levenshtein distance" (an edit distance, no method)', title: 'YouTube Spam Comments Detection and Deletion', text: 'We propose a novel approach to detect spam using algorithms such as Rapid Fuzz and Levenshtein distance.', field: 'methods_mentioned', not: ['Levenshtein'] },
    { why: '"Mapillary Traffic Sign Dataset (MTSD) and Tsinghua-Tencent 100K (TT100K)"', title: 'Hierarchical Novelty Detection for Traffic Sign Recognition', text: 'Our model beats state-of-the art approaches on two large scale traffic sign benchmarks, Mapillary Traffic Sign Dataset (MTSD) and Tsinghua-Tencent 100K (TT100K).', field: 'datasets', has: ['Mapillary Traffic Sign Dataset', 'TT100K'], not: ['Mapillary Vistas'] },
  ]);
});
describe('thirty-first round (reader 31j): a head variant of known data defined in the abstract, several capitalised words after "our proposed"', () => {
  check<NamedField>([
    { why: '"We refer to these techniques as Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection (FEVER-OOD)" under the title "FEVER-OOD: ..."', title: 'FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection', text: 'We introduce novel regularisation to maximize the least singular value of the final linear layer. We refer to these techniques as Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection (FEVER-OOD). Our experiments show that FEVER-OOD techniques achieve state of the art OOD detection in Imagenet-100.', field: 'datasets', not: ['FEVER-OOD'], has: ['ImageNet-100'] },
    { why: '... the paper\'s method', title: 'FEVER-OOD: Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection', text: 'We introduce novel regularisation to maximize the least singular value of the final linear layer. We refer to these techniques as Free Energy Vulnerability Elimination for Robust Out-of-Distribution Detection (FEVER-OOD). Our experiments show that FEVER-OOD techniques achieve state of the art OOD detection in Imagenet-100.', field: 'methods_proposed', has: ['FEVER-OOD'] },
    { why: '"transforms them using our novel proposed Soft Brownian Offset method"', title: 'Out-of-distribution Detection and Generation using Soft Brownian Offset Sampling and Autoencoders', text: 'Our approach first generates suitable representations of an in-distribution dataset using an autoencoder and then transforms them using our novel proposed Soft Brownian Offset method.', field: 'methods_proposed', has: ['Soft Brownian Offset'] },
    { why: '"using our novel proposed ZorbNet method" (two words of the paper\'s own)', title: 'OOD generation', text: 'Our approach transforms them using our novel proposed ZorbNet method.', field: 'methods_proposed', has: ['ZorbNet'] },
  ]);
});
describe('thirty-first round (readers 31s, 31t, 31v, 31o, dev pool): the paper\'s approach named after what it uses, names joined by "of", a long form too long to read, amounts, a network the method is built as', () => {
  check<NamedField>([
    { why: '"we present the first distributed distance-based outlier detection approach using the MapReduce-based infrastructure, called DOD"', title: 'Multi-Tactic Distance-based Outlier Detection', text: 'In this work, we present the first distributed distance-based outlier detection approach using the MapReduce-based infrastructure, called DOD. DOD features a single-pass execution framework.', field: 'methods_proposed', has: ['DOD'] },
    { why: '... while "we compare the patches to the prompts using a zero-shot image-text matching model, called CLIP" stays someone\'s', title: 'Zero-shot inspection', text: 'We compare the patches to the prompts using a zero-shot image-text matching model, called ZorbMatch.', field: 'methods_proposed', not: ['ZorbMatch'] },
    { why: '"We also introduce Relative Loss of Robustness - a novel measure for evaluating ... drift detectors"', title: 'Adversarial Concept Drift Detection under Poisoning Attacks for Robust Data Stream Mining', text: 'It is based on the augmented Restricted Boltzmann Machine. We also introduce Relative Loss of Robustness - a novel measure for evaluating the performance of concept drift detectors under poisoning attacks.', field: 'methods_proposed', has: ['Relative Loss of Robustness'], not: ['Robustness'] },
    { why: '"we propose Spectral Invariant Learning for Dynamic Graphs under Distribution Shifts (SILD)" (one method, named by its acronym)', title: 'Spectral Invariant Learning for Dynamic Graphs under Distribution Shifts', text: 'To address these challenges, we propose Spectral Invariant Learning for Dynamic Graphs under Distribution Shifts (SILD), which can handle distribution shifts on dynamic graphs.', field: 'methods_proposed', has: ['SILD'], not: ['Spectral Invariant Learning'] },
    { why: '"ACE algorithm requires less than 4MB memory" (an amount, no name)', title: 'Arrays of (locality-sensitive) Count Estimators (ACE): High-Speed Anomaly Detection', text: 'ACE algorithm requires less than 4MB memory, to dynamically compress the full data information into a set of count arrays. These tiny 4MB arrays of counts are sufficient.', field: 'methods_mentioned', not: ['4MB'] },
    { why: '"a DDoS attack detection method based on Multi-scale Convolutional Neural Network (MSCNN)" (the network the method is)', title: 'DDoS Attack Detection Method Based on Multi-scale Convolutional Neural Network', text: 'This paper proposes a DDoS attack detection method based on Multi-scale Convolutional Neural Network (MSCNN). The model is trained on the CICDDoS2019 dataset.', field: 'methods_proposed', has: ['MSCNN'] },
    { why: '"a novel image tampering detection method based on deep multi-scale discriminative networks (MSD-Nets)"', title: 'Deep Multi-scale Discriminative Networks for Double JPEG Compression Forensics', text: 'In this paper, we propose a novel image tampering detection method based on deep multi-scale discriminative networks (MSD-Nets). The multi-scale module is designed to extract features.', field: 'methods_proposed', has: ['MSD-Nets'] },
    { why: '... while "based on the ... (ACR)" and a plural kind ("(DGCNNs)") are not the paper\'s', title: 'Behavioral Malware Detection', text: 'In this paper, we propose a novel behavioral malware detection method based on Deep Graph Convolutional Neural Networks (DGCNNs) to learn from API call sequences. We also propose a detector based on the Zorb Quux Network (ZQN).', field: 'methods_proposed', not: ['DGCNNs', 'ZQN'] },
  ]);
});
describe('thirty-first round (readers 31w, 31x, 31s): a count before a data name, a pair of numbered data sets, parts listed after "namely", work a sentence reports as recent', () => {
  check<NamedField>([
    { why: '"on 78 out of all 85 UCR datasets"', title: 'TimeAutoML: Autonomous Representation Learning for Multivariate Irregularly Sampled Time Series', text: 'In fact, it achieves the best anomaly detection performance among all comparison algorithms on 78 out of all 85 UCR datasets.', field: 'datasets', has: ['UCR'] },
    { why: '... while "the DCASE 2020 ASD dataset" keeps its release', title: 'Machine sounds', text: 'We evaluate on the DCASE 2020 ASD dataset.', field: 'datasets', has: ['DCASE 2020 ASD'] },
    { why: '"The average of all OOD detection metrics on CIFAR10/100 shows an increase"', title: 'Diffusion Denoised Smoothing for Certified and Adversarial Robust Out-of-Distribution Detection', text: 'The average of all OOD detection metrics on CIFAR10/100 shows an increase of 13% relative to previous approaches.', field: 'datasets', has: ['CIFAR-10', 'CIFAR-100'] },
    { why: '"three key designs, namely Perturbing State Variables, Tailored Loss Function Design, and Change of Variables" (parts)', title: 'LESSON: Multi-Label Adversarial False Data Injection Attack', text: 'The proposed LESSON attack framework includes three key designs, namely Perturbing State Variables, Tailored Loss Function Design, and Change of Variables, which help find the attack.', field: 'methods_proposed', not: ['Perturbing', 'Perturbing State Variables'] },
    { why: '"Recently, ... a local-search heuristic based algorithm (LSA) is presented. However, the LSA algorithm is still very time-consuming"', title: 'A Fast Greedy Algorithm for Outlier Mining', text: 'Recently, the problem of outlier detection in categorical data is defined as an optimization problem and a local-search heuristic based algorithm (LSA) is presented. However, the LSA algorithm is still very time-consuming on very large datasets.', field: 'methods_mentioned', has: ['LSA'] },
  ]);
});
describe('thirty-first round (readers 31ac, 31ae, 31ah, 31ab, 31b): a kind then its coined name, "The method, X", things and people a naming verb names, eponym adjectives', () => {
  check<NamedField>([
    { why: '"we identify biases ... and propose a debiasing solution FNDCD."', title: 'Unseen Fake News Detection Through Casual Debiasing', text: 'To address this, we identify biases in training data tied to specific domains and propose a debiasing solution FNDCD. Originating from causal analysis, FNDCD employs a reweighting strategy.', field: 'methods_proposed', has: ['FNDCD'] },
    { why: '"Accordingly, we induce a new continual MMD method DaedCmd."', title: 'Remember Past, Anticipate Future: Learning Continual Multimodal Misinformation Detectors', text: 'Accordingly, we induce a new continual MMD method DaedCmd. Extensive experiments demonstrate that DaedCmd can consistently outperform the compared methods.', field: 'methods_proposed', has: ['DaedCmd'] },
    { why: '"The method, SAMSAD (Self-Attention MapS for Anomaly Detection), leverages ..."', title: 'Self-Supervised Vision Transformers for Scalable Anomaly Detection over Images', text: 'We leverage self-supervised pre-trained Vision Transformers (ViTs) and their self-attention maps to build a novel anomaly detection algorithm. The method, SAMSAD (Self-Attention MapS for Anomaly Detection), leverages the ability of pre-trained ViTs.', field: 'methods_proposed', has: ['SAMSAD'] },
    { why: '"we conduct a case study of a popular online game called Quake 2" (a game, no method)', title: 'Game Bot Detection via Avatar Trajectory Analysis', text: 'To evaluate the proposed scheme\'s performance, we conduct a case study of a popular online game called Quake 2. The results show that the scheme can achieve a high detection rate.', field: 'methods_mentioned', not: ['Quake', 'Quake 2'] },
    { why: '"greedy hackers, called Sybils, to create multiple accounts" (people, no method)', title: 'Fighting Sybils in Airdrops', text: 'This naturally induces greedy hackers, called Sybils, to create multiple accounts for more shares.', field: 'methods_mentioned', not: ['Sybils'] },
    { why: '"We introduce a Bayesian inference method for outlier detection" (an adjective, no name)', title: 'Bayesian outlier detection with Dirichlet process mixtures', text: 'We introduce a Bayesian inference method for outlier detection using Dirichlet process mixtures.', field: 'methods_proposed', not: ['Bayesian'] },
    { why: '"PU-Detector: A PU Learning-based Framework" (positive-unlabelled learning, no name)', title: 'PU-Detector: A PU Learning-based Framework for Real Money Trading Detection in MMORPG', text: 'We propose a framework that learns from positive and unlabelled samples.', field: 'methods_proposed', not: ['PU'], has: ['PU-Detector'] },
  ]);
});
describe('thirty-first round (readers 31ae, 31af): a coined name set off by a colon from its kind, "referred to as the X (ACR)"', () => {
  check<NamedField>([
    { why: '"we introduce and publicly release CS2CD: A labelled dataset of 795 matches"', title: 'AntiCheatPT: A Transformer-Based Approach to Cheat Detection in Competitive Computer Games', text: 'To support this, we introduce and publicly release CS2CD: A labelled dataset of 795 matches. Using this dataset, 90,707 context windows are made.', field: 'datasets', has: ['CS2CD'] },
    { why: '... while a heading ("Subjects and Methods: A semi-automatic segmentation method") names nothing', title: 'Automatic Measurement of Fetal Brain Development', text: 'Subjects and Methods: A semi-automatic segmentation method based on region growing was used.', field: 'methods_proposed', not: ['Methods'] },
    { why: '"We propose a method for estimating methane emission durations ..., referred to as the Probabilistic Duration Model (PDM)"', title: 'Estimating Methane Emission Durations Using Continuous Monitoring Systems', text: 'We propose a method for estimating methane emission durations on oil and gas sites, referred to as the Probabilistic Duration Model (PDM), that uses concentration data from continuous monitoring systems (CMS).', field: 'methods_proposed', has: ['PDM'] },
  ]);
});
describe('thirty-first round (reader 31al, dev pool): a log data set written with its logs or a capitalised data word', () => {
  check<NamedField>([
    { why: '"achieving 97.0 F1 score on HDFS Dataset and 97.2 F1 score on BGL"', title: 'LightLog: A Lightweight Temporal Convolutional Network for Log Anomaly Detection', text: 'Our LightLog outperforms several benchmarking methods, namely DeepLog, LogAnomaly and RobustLog, by achieving 97.0 F1 score on HDFS Dataset and 97.2 F1 score on BGL with smallest model size.', field: 'datasets', has: ['HDFS', 'BGL'], not: ['HDFS Dataset'] },
    { why: '"on detecting anomaly in Hadoop Distributed File System (HDFS) logs"', title: 'Detecting Anomaly in Big Data System Logs Using Convolutional Neural Network', text: 'We compare our approach to other approaches using LSTM and MLP on detecting anomaly in Hadoop Distributed File System (HDFS) logs.', field: 'datasets', has: ['HDFS'] },
    { why: '... while "the INCART 12-lead Arrhythmia Database" is no ODDS Arrhythmia', title: 'Trustworthy diagnosis of Electrocardiography signals', text: 'Empirical validation using both the MIT-BIH Arrhythmia Database and the INCART 12-lead Arrhythmia Database demonstrated high sensitivity.', field: 'datasets', not: ['Arrhythmia'] },
  ]);
});
describe('thirty-first round (reader 31ai): work introduced recently or little known, and eponyms', () => {
  check<NamedField>([
    { why: '"we discuss MERLIN, a recently introduced algorithm" (someone\'s)', title: 'Discord discovery', text: 'However, in this work we discuss ZorbMerl, a recently introduced algorithm that can efficiently and exactly find discords.', field: 'methods_proposed', not: ['ZorbMerl'] },
    { why: '"by exploiting a little-known indexing technique called Orchard’s algorithm" (an eponym, no name)', title: 'MERLIN++: parameter-free discovery of time series anomalies', text: 'Moreover, we show that by exploiting a little-known indexing technique called Orchard’s algorithm, we can create a new algorithm called MERLIN++, which is an order of magnitude faster.', field: 'methods_mentioned', not: ['Orchard'] },
    { why: '... nor the paper\'s', title: 'MERLIN++: parameter-free discovery of time series anomalies', text: 'Moreover, we show that by exploiting a little-known indexing technique called Orchard’s algorithm, we can create a new algorithm called MERLIN++, which is an order of magnitude faster.', field: 'methods_proposed', not: ['Orchard'], has: ['MERLIN++'] },
  ]);
});
describe('thirty-first round (readers 31u, 31g): an acronym after its words without parentheses, Petri nets', () => {
  check<NamedField>([
    { why: '"other similar algorithms, including Genetic Algorithm GA and Greedy Algorithm FGA"', title: 'A Novel Feature-Selection Approach Based on Particle Swarm Optimization', text: 'In comparison with other similar algorithms, including Genetic Algorithm GA and Greedy Algorithm FGA. The results show that the PBPSO extracts fewer features.', field: 'methods_mentioned', not: ['Genetic Algorithm GA', 'Greedy Algorithm FGA'] },
    { why: '"Online Conformance Checking for Petri Nets and Event Streams" (Petri nets, a formalism)', title: 'Online Conformance Checking for Petri Nets and Event Streams', text: 'Most approaches currently available (for imperative models, such as Petri nets) perform just a-posteriori analyses.', field: 'methods_mentioned', not: ['Petri', 'Petri Nets'] },
  ]);
});
describe('thirty-first round (reader 31af, dev pool): a title head set off by a hyphen before an article, hyphenated participles in a name', () => {
  check<NamedField>([
    { why: '"EventDetectR- An Open-Source Event Detection System"', title: 'EventDetectR- An Open-Source Event Detection System', text: 'This paper presents EventDetectR, an R package for detecting events in water quality time series.', field: 'methods_proposed', has: ['EventDetectR'] },
    { why: '... while "Self-Supervised" in a title is no head', title: 'Self-Supervised Learning for Time Series', text: 'We study pretext tasks.', field: 'methods_proposed', not: ['Self'] },
    { why: '"CLIP-Driven Universal Model for Organ Segmentation and Tumor Detection" (a hyphenated participle is no verb of a slogan)', title: 'CLIP-Driven Universal Model for Organ Segmentation and Tumor Detection', text: 'To address these issues, we propose the CLIP-Driven Universal Model, which incorporates text embedding learned from Contrastive Language-Image Pre-training (CLIP) to segmentation models.', field: 'methods_proposed', has: ['CLIP-Driven Universal Model'] },
  ]);
});
describe('thirty-second round (readers 32a, 32b, 32c, 32g, 32h, dev pool): hyphened modifiers opening a name, letters marked inside words, makers and places, a dash with no space', () => {
  check<NamedField>([
    { why: '"This paper introduces Severity-Regularized Deep Support Vector Data Description, an extension of ..."', title: 'Not all anomalies are equal', text: 'This paper introduces Severity-Regularized Deep Support Vector Data Description, an extension of deep support vector data description that uses graded labels.', field: 'methods_proposed', has: ['Severity-Regularized Deep Support Vector Data Description'] },
    { why: '"We propose Severity-Regularized Deep SVDD, which learns ..." (a known method after a hyphened modifier)', title: 'Graded anomaly scores', text: 'We propose Severity-Regularized Deep SVDD, which learns graded anomaly scores.', field: 'methods_proposed', has: ['Severity-Regularized Deep SVDD'] },
    { why: '... while "a Graph-Based Fraud Detection Model with Dual-Path Graph Filtering (DPF-GFD)" is the long form, no name of its own', title: 'Graph-Based Fraud Detection with Dual-Path Graph Filtering', text: 'To address these challenges, this paper proposes a Graph-Based Fraud Detection Model with Dual-Path Graph Filtering (DPF-GFD). DPF-GFD first applies a wavelet filter.', field: 'methods_proposed', not: ['Graph-Based Fraud Detection Model'] },
    { why: '"a ... detection method based on perturbatioN discrEpancy consisTency Evaluation (NETE)" (capitals inside the words spell it)', title: 'Backdoor Samples Detection Based on Perturbation Discrepancy Consistency in Pre-trained Language Models', text: 'To address this limitation, we propose a backdoor sample detection method based on perturbatioN discrEpancy consisTency Evaluation (NETE). This is a novel detection method.', field: 'methods_proposed', has: ['NETE'] },
    { why: '... and "perturbatioN" is no name', title: 'Backdoor Samples Detection Based on Perturbation Discrepancy Consistency in Pre-trained Language Models', text: 'To address this limitation, we propose a backdoor sample detection method based on perturbatioN discrEpancy consisTency Evaluation (NETE). This is a novel detection method.', field: 'methods_mentioned', not: ['perturbatioN'] },
    { why: '"Then, this SAM trained model can be ... integrated with any off-the-shelf PSD method ..., called SAM-enhanced PSD."', title: 'Reliable Poisoned Sample Detection against Backdoor Attacks Enhanced by Sharpness Aware Minimization', text: 'We propose to train one model using the Sharpness-Aware Minimization (SAM) algorithm. Then, this SAM trained model can be seamlessly integrated with any off-the-shelf PSD method that extracts discriminative features from the trained model for detection, called SAM-enhanced PSD.', field: 'methods_proposed', has: ['SAM-enhanced PSD'], not: ['SAM-enhanced'] },
    { why: '"This study developed an unsupervised learning model, Multi-Anomaly GAN, based on GAN"', title: 'Identifying unsafe behaviors of construction workers', text: 'This study developed an unsupervised learning model, Multi-Anomaly GAN, based on GAN with five pseudo anomaly synthesizers to detect unsafe behaviors.', field: 'methods_proposed', has: ['Multi-Anomaly GAN'] },
    { why: '"this paper proposes a Multi-scale Temporal and Road Network Interaction Anomaly Detection model (MTRI)" (one long form)', title: 'Enhancing Road Safety and Sustainability', text: 'To address these issues, this paper proposes a Multi-scale Temporal and Road Network Interaction Anomaly Detection model (MTRI). Our framework leverages trajectories.', field: 'methods_proposed', has: ['MTRI'], not: ['Multi-scale Temporal'] },
    { why: '"an open-set recognition technique developed within the computer vision community, namely MaxLogit" (another field\'s)', title: 'Malware families discovery via Open-Set Recognition', text: 'In particular, we combine an open-set recognition technique developed within the computer vision community, namely MaxLogit, with a tree-based Gradient Boosting classifier.', field: 'methods_proposed', not: ['MaxLogit'] },
  ]);
  check<NamedField>([
    { why: '"We test our defense on Mozilla’s CommonVoice dataset" (the maker is no part of the name)', title: 'Detecting Audio Attacks on ASR Systems with Dropout Uncertainty', text: 'We test our defense on Mozilla’s CommonVoice dataset, the UrbanSound dataset, and an excerpt of the LibriSpeech dataset.', field: 'datasets', has: ['Common Voice', 'UrbanSound', 'LibriSpeech'], not: ['Mozilla’s CommonVoice'] },
    { why: '"a GPS dataset of about 23,000 taxis in Shenzhen, China" (a place, no chest X-rays)', title: 'A New Framework for Traffic Anomaly Detection', text: 'We conduct intensive experiments on a large real-world GPS dataset of about 23,000 taxis in Shenzhen, China to demonstrate the performance.', field: 'datasets', not: ['Shenzhen Chest X-ray'] },
    { why: '"MisEngine yields EPIC-KITCHENS-M and Ego4D-M—two datasets that ..."', title: 'Mistake Attribution', text: 'Applied to large egocentric corpora, MisEngine yields EPIC-KITCHENS-M and Ego4D-M—two datasets that are up to two orders of magnitude larger than prior mistake datasets.', field: 'datasets', has: ['EPIC-KITCHENS-M', 'Ego4D-M'], not: ['Ego4D-M—two'] },
    { why: '"we collect a new egocentric 4D dataset CaptainCook4D" (4D is no name)', title: 'CaptainCook4D: A Dataset for Understanding Errors in Procedural Activities', text: 'To this end, we collect a new egocentric 4D dataset CaptainCook4D comprising 384 recordings.', field: 'datasets', has: ['CaptainCook4D'], not: ['4D'] },
    { why: 'lexicon: "the industrial Meccano dataset", "Youtube-VIS 2019"', title: 'Procedural mistakes', text: 'Our approach is validated on the industrial Meccano dataset. We evaluate on Youtube-VIS 2019.', field: 'datasets', has: ['MECCANO', 'YouTube-VIS 2019'] },
    { why: 'lexicon: SeqFormer, RF-DETR, SaTScan', title: 'Detectors', text: 'We integrate them into the recent SeqFormer and enable state-of-the-art RF-DETR. The analysis is performed by using SaTScan 9.5.', field: 'methods_mentioned', has: ['SeqFormer', 'RF-DETR', 'SaTScan'] },
    { why: 'lexicon: "Baidu DeepSpeech", "open-set detectors such as GDINO"', title: 'Speech and detection', text: 'The white-box attack is a gradient-based method on Baidu DeepSpeech. We integrate state-of-the-art open-set detectors such as GDINO.', field: 'models', has: ['DeepSpeech', 'Grounding DINO'] },
  ]);
});
describe('thirty-second round (readers 32l, 32o, 32p, dev pool): words inside a long form, frequency bands, data named in a title with what it holds, generic words joined by a slash', () => {
  check<NamedField>([
    { why: '"models based on Self-Monitoring analysis and Reporting Technology (SMART) attributes" (a word of a long form)', title: 'Deep Learning for HDD Health Assessment', text: 'Several approaches have been proposed, mostly exploiting models based on Self-Monitoring analysis and Reporting Technology (SMART) attributes.', field: 'methods_mentioned', not: ['Self-Monitoring'] },
    { why: '... while the last word of a long form stays someone\'s method: "A novel optimization method based on STASVDD (N-STASVDD)"', title: 'A Lightweight Anomaly Detection Method Based on SVDD for Wireless Sensor Networks', text: 'Support vector data description based on spatiotemporal and attribute correlations (STASVDD) can efficiently detect outliers. A novel optimization method based on STASVDD (N-STASVDD) is put forward in this paper.', field: 'methods_mentioned', has: ['STASVDD'] },
    { why: '"the ripple band (80-250Hz)" (a frequency band)', title: 'Automatic ictal HFO detection', text: 'We propose a novel method for the automatic detection of ictal HFOs in the ripple band (80-250Hz) based on matched sub-space filtering.', field: 'methods_proposed', not: ['80-250Hz'] },
    { why: '"TON_IoT Telemetry Dataset: A New Generation Dataset of IoT and IIoT ..." (the coined word names the data)', title: 'TON_IoT Telemetry Dataset: A New Generation Dataset of IoT and IIoT for Data-Driven Intrusion Detection Systems', text: 'This paper addresses this issue and proposes a new data-driven IoT/IIoT dataset with the ground truth. The proposed dataset, which is named TON_IoT, includes Telemetry data of IoT/IIoT services.', field: 'datasets', has: ['TON_IoT'], not: ['TON_IoT Telemetry Dataset', 'IoT/IIoT', 'IIoT'] },
    { why: '"ROAD: The Real ORNL Automotive Dynamometer Controller Area Network Intrusion Detection Dataset" (a title-case data name, whatever words it holds)', title: 'ROAD: The Real ORNL Automotive Dynamometer Controller Area Network Intrusion Detection Dataset (with a comprehensive CAN IDS dataset survey & guide)', text: 'In this work we present the first comprehensive survey of publicly available CAN intrusion datasets. We present the Real ORNL Automotive Dynamometer (ROAD) CAN Intrusion Dataset, providing the first dataset with real, advanced attacks to the existing collection of open datasets.', field: 'methods_proposed', not: ['ROAD'] },
    { why: 'lexicon: "the complete BIH-MIT arrhythmia database, the CU database, and the files 7001 – 8210 of the AHA database"', title: 'Detecting ventricular fibrillation by time-delay methods', text: 'We used the complete BIH-MIT arrhythmia database, the CU database, and the files 7001 – 8210 of the AHA database.', field: 'datasets', has: ['MIT-BIH Arrhythmia', 'CUDB', 'AHA Database'], not: ['CU'] },
  ]);
});
describe('thirty-second round (readers 32g, 32d): an open benchmark created, the drawbacks of a named method, a long form then its short name after "or"', () => {
  check<NamedField>([
    { why: '"we create an open Stream Anomaly Benchmark on the basis of large-scale real-world data"', title: 'On Real-time Detecting Passenger Flow Anomalies', text: 'In addition, for the convenience of method evaluation and comparison, we create an open Stream Anomaly Benchmark on the basis of large-scale real-world data.', field: 'datasets', has: ['Stream Anomaly Benchmark'] },
    { why: '"Considering drawbacks of the isolation-Based Anomalous Trajectory (iBAT) algorithm, this paper made further improvements" (someone\'s)', title: 'A taxi detour trajectory detection model based on iBAT and DTW algorithm', text: 'Considering drawbacks of the isolation-Based Anomalous Trajectory (iBAT) algorithm, this paper made further improvements in trajectory anomaly detection. In this study, three methods including the iBAT and iBAT + DTW are compared.', field: 'methods_mentioned', has: ['iBAT'] },
    { why: '"introduce a novel method, Foundation Object detection Model for the Open world, or FOMO, which ..."', title: 'Open World Object Detection in the Era of Foundation Models', text: 'We explore the inherent connection between classes in application-driven datasets and introduce a novel method, Foundation Object detection Model for the Open world, or FOMO, which identifies unknown objects based on their shared attributes with the base known objects.', field: 'methods_proposed', has: ['FOMO'] },
  ]);
});
describe('thirty-second round (readers 32r, 32t, 32v): the authors\' earlier paper, "that we shall call", a scheme the paper opens on, a long form in parentheses, capitals the lexicon\'s form does not have', () => {
  check<NamedField>([
    { why: '"we proposed in a previous paper an acoustic fall detection system, FADE" (the authors\' earlier work)', title: 'Acoustic fall detection using one-class classifiers', text: 'To address this concern we proposed in a previous paper an acoustic fall detection system, FADE, composed of a microphone array and a motion detector. FADE may help the elderly living alone.', field: 'methods_proposed', not: ['FADE'] },
    { why: '... mentioned', title: 'Acoustic fall detection using one-class classifiers', text: 'To address this concern we proposed in a previous paper an acoustic fall detection system, FADE, composed of a microphone array and a motion detector. FADE may help the elderly living alone.', field: 'methods_mentioned', has: ['FADE'] },
    { why: '"We propose a novel and efficient method, that we shall call TopRank in the following paper"', title: 'Detection and localization of change-points in high-dimensional network traffic data', text: 'We propose a novel and efficient method, that we shall call TopRank in the following paper, for detecting change-points in high-dimensional data.', field: 'methods_proposed', has: ['TopRank'] },
    { why: '"Our Position-based Attack Detection Scheme (PADS) is a probabilistic framework"', title: 'GNSS Spoofing Detection Based on Opportunistic Position Information', text: 'Our Position-based Attack Detection Scheme (PADS) is a probabilistic framework that uses regression and uncertainty analysis for detecting spoofing.', field: 'methods_proposed', has: ['PADS'] },
    { why: '"named ADoPT (Anomaly Detection based on Point-level Temporal consistency)" (words of the long form are no name)', title: 'ADoPT: LiDAR Spoofing Attack Detection Based on Point-Level Temporal Consistency', text: 'To overcome these limitations, we propose a novel framework, named ADoPT (Anomaly Detection based on Point-level Temporal consistency), which quantitatively measures temporal consistency across consecutive frames.', field: 'methods_mentioned', not: ['Point-level Temporal'] },
  ]);
  check<NamedField>([
    { why: '"We compared the results of OC to the regular (two-class) classifiers" (not the Octo model)', title: 'Acoustic fall detection using one-class classifiers', text: 'In our experiments we used three one-class (OC) classifiers. We compared the results of OC to the regular (two-class) classifiers on two datasets.', field: 'models', not: ['Octo'] },
  ]);
});
describe('thirty-second round (readers 32q, 32u, 32x, dev pool): a proposal coordinated after a long first clause, "X (ACR) is a ... method", "termed the X algorithm", a long form after a title\'s colon', () => {
  check<NamedField>([
    { why: '"We define a measure called FPOF (...) to detect the outlier transactions and propose the FindFPOF algorithm"', title: 'FP-Outlier: Frequent Pattern Based Outlier Detection', text: 'An outlier in a dataset is an observation. We define a measure called FPOF (Frequent Pattern Outlier Factor) to detect the outlier transactions and propose the FindFPOF algorithm to discover outliers.', field: 'methods_proposed', has: ['FindFPOF'] },
    { why: '"Attribute Value Frequency (AVF) is a simple yet fast and effective method for detecting outliers" (someone\'s)', title: 'One Pass Outlier Detection for Streaming Categorical Data', text: 'Attribute Value Frequency (AVF) is a simple yet fast and effective method for detecting outliers in categorical data.', field: 'methods_mentioned', has: ['AVF'] },
    { why: '"developing and testing a leakage detection algorithm, termed the Weeg algorithm"', title: 'Micro Leak Detection of Natural Gas for Residential Users Based on Gas Flowmeters', text: 'This paper presents a novel approach to detecting small residential gas leaks by developing and testing a leakage detection algorithm, termed the Weeg algorithm.', field: 'methods_proposed', has: ['Weeg'] },
    { why: '"Health Monitoring of Li-ion Battery Systems: A Median Expectation Diagnosis Approach (MEDA)"', title: 'Health Monitoring of Li-ion Battery Systems: A Median Expectation Diagnosis Approach (MEDA)', text: 'The operations of Li-ion Battery Management System (BMS) are highly dependent on sensors.', field: 'methods_proposed', has: ['MEDA'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: "the popular hydraulic simulator EPANET", "FedAvg and FedAvgM"', title: 'Water and federated learning', text: 'This is the first DL approach to emulate the popular hydraulic simulator EPANET. We used FedAvg and FedAvgM, widely studied optimization approaches.', field: 'methods_mentioned', has: ['EPANET', 'FedAvgM'] },
  ]);
});
describe('thirty-second round (readers 32z, 32ac, 32ad, dev pool): a title\'s task on new data, "In our model, we employ", a model that made the input, a unit after its number', () => {
  check<NamedField>([
    { why: '"FakeRecogna Anomaly: Fake News Detection in a New Brazilian Corpus" (the head names the corpus)', title: 'FakeRecogna Anomaly: Fake News Detection in a New Brazilian Corpus', text: 'The advances in technology have allowed fake news to spread.', field: 'datasets', has: ['FakeRecogna Anomaly'] },
    { why: '... not a method', title: 'FakeRecogna Anomaly: Fake News Detection in a New Brazilian Corpus', text: 'The advances in technology have allowed fake news to spread.', field: 'methods_proposed', not: ['FakeRecogna Anomaly'] },
    { why: '"In our model, we employ Model Agnostic Meta-Learning (MAML)" (used, not the paper\'s)', title: 'Meta Learning-Driven Iterative Refinement for Robust Anomaly Detection in Industrial Inspection', text: 'In our model, we employ Model Agnostic Meta-Learning (MAML) and an iterative refinement process through an Inter-Quartile Range rejection scheme.', field: 'methods_proposed', not: ['MAML'] },
    { why: '... while "Our approach, Zorb Quux Network (ZQN), ..." stays the paper\'s', title: 'Zorb', text: 'Our approach, Zorb Quux Network (ZQN), detects anomalies.', field: 'methods_proposed', has: ['ZQN'] },
    { why: '"the monocular depth features generated by a large model named Depth-Anything" (the model that made the input)', title: 'Physical Depth-aware Early Accident Anticipation', text: 'To address this limitation, we propose a physical depth-aware learning framework that incorporates the monocular depth features generated by a large model named Depth-Anything to introduce more fine-grained spatial 3D information.', field: 'methods_proposed', not: ['Depth Anything', 'Depth-Anything'] },
    { why: '"4,500 encounters are mined from a 275 GB database" (a unit)', title: 'Extraction of V2V Encountering Scenarios from Naturalistic Driving Database', text: '4,500 encounters are mined from a 275 GB database collected in the Safety Pilot Model Program in Ann Arbor Michigan, USA.', field: 'datasets', not: ['GB'] },
    { why: 'lexicon: "In the PAN-PC-2011 competition, this system (second place) achieved ..."', title: 'Intrinsic Plagiarism Detection Using Character Trigram Distance Scores', text: 'In the PAN-PC-2011 competition, this system (second place) achieved a competitive recall.', field: 'datasets', has: ['PAN-PC-11'] },
  ]);
});
describe('thirty-second round (reader 32af, dev pool): new things counted, then "namely," and their names', () => {
  check<NamedField>([
    { why: '"propose two new efficient algorithms, namely, Graph-IHT and Graph-GHTP, to optimize ..."', title: 'Technical Report: Graph-Structured Sparse Optimization for Connected Subgraph Detection', text: 'In this paper, we explore efficient approximate projection oracles for connected subgraphs, and propose two new efficient algorithms, namely, Graph-IHT and Graph-GHTP, to optimize a generic nonlinear objective function subject to connectivity constraint.', field: 'methods_proposed', has: ['Graph-IHT', 'Graph-GHTP'] },
    { why: '... while "three test-time adaptation methods, namely TENT, EATA and SAR" stay others\'', title: 'Adaptation', text: 'We evaluate three test-time adaptation methods, namely TENT, EATA and SAR, on the data.', field: 'methods_proposed', not: ['TENT', 'EATA'] },
    { why: '... and "the popular outlier detection algorithms namely, Cluster based outlier detection" names nothing', title: 'A Comparative Study of Cluster Based Outlier Detection, Distance Based Outlier Detection and Density Based Outlier Detection Techniques', text: 'This paper studies and compares the popular outlier detection algorithms namely, Cluster based outlier detection, Distance based outlier detection and Density based outlier detection.', field: 'methods_proposed', not: ['Cluster'] },
    { why: '... nor "five different volcanoes, namely, Etna (Italy), Popocatépetl (Mexico)" (places)', title: 'Detection of Subtle Thermal Anomalies', text: 'We employ a supervised UNET network trained with the largest labeled dataset of ASTER TIR images from five different volcanoes, namely, Etna (Italy), Popocatépetl (Mexico), Lascar (Chile).', field: 'datasets', not: ['Etna'] },
  ]);
});
describe('thirty-second round (reader 32ae, dev pool): "We, therefore, propose", a slogan of hyphened words over a coined name', () => {
  check<NamedField>([
    { why: '"We, therefore, propose CattleAct, a data-efficient method for interaction detection"', title: 'Interaction-via-Actions: Cattle Interaction Detection with Joint Learning of Action-Interaction Latent Space', text: 'This paper introduces a method for detecting behavioral interactions between grazing cattle. We, therefore, propose CattleAct, a data-efficient method for interaction detection by decomposing interactions into the combinations of actions.', field: 'methods_proposed', has: ['CattleAct'], not: ['Interaction-via-Actions'] },
    { why: '... while a head of hyphened words the paper proposes by that name stays ("Learn-to-Distance: ...")', title: 'Learn-to-Distance: Distance Learning for Detecting LLM-Generated Text', text: 'We propose a novel distance learning method for detecting text written by large language models.', field: 'methods_proposed', has: ['Learn-to-Distance'] },
  ]);
});
describe('thirty-second round (readers 32ah, 32al, 32an, 32af, dev pool): names joined by an underscore, suspended compounds, class labels, data set off after its data word', () => {
  check<NamedField>([
    { why: '"upgraded versions of previously published models such as CREIME_RT" (an underscore joins a name)', title: 'SAIPy: A Python Package for Single-Station Earthquake Monitoring', text: 'We introduce upgraded versions of previously published models such as CREIME_RT capable of identifying earthquakes.', field: 'methods_mentioned', has: ['CREIME_RT'], not: ['CREIME'] },
    { why: '"Building on ARC, we further introduce ARC_zero for the zero-shot generalist GAD setting"', title: 'From Few-Shot to Zero-Shot: Towards Generalist Graph Anomaly Detection', text: 'We propose ARC, a generalist method. Building on ARC, we further introduce ARC_zero for the zero-shot generalist GAD setting.', field: 'methods_proposed', has: ['ARC_zero'] },
    { why: '"signal classification into noise (NO), slope failure (SF), and earthquake (EQ) classes" (labels of classes)', title: 'Near-real-time automated classification of seismic signals of slope failures', text: 'We propose a continuous classifier. We investigate algorithm performance for signal classification into noise (NO), slope failure (SF), and earthquake (EQ) classes.', field: 'methods_proposed', not: ['SF', 'EQ'] },
    { why: '"We also introduce a prompt evaluation dataset, a high-accuracy Topical and Toxic Prompt (TTP), and a transformer-based model (HarmFormer)"', title: 'Towards Safer Pretraining: Analyzing and Filtering Harmful Content in Webscale datasets', text: 'We also introduce a prompt evaluation dataset, a high-accuracy Topical and Toxic Prompt (TTP), and a transformer-based model (HarmFormer) for content filtering.', field: 'datasets', has: ['TTP'], not: ['HarmFormer'] },
  ]);
  check<NamedField>([
    { why: '"8851 ENCODE ChIP-, RNA-, and DNase-seq datasets" (the first part of a compound)', title: 'Detecting sample swaps in diverse NGS data types', text: 'Application of Crosscheck to 8851 ENCODE ChIP-, RNA-, and DNase-seq datasets enabled us to identify and correct dozens of mislabeled samples.', field: 'datasets', not: ['RNA-', 'RNA', 'ChIP-'] },
  ]);
});
describe('thirty-second round (reader 32am): "vs." inside the name of a contest', () => {
  check<NamedField>([
    { why: '"the proposed technique won 1st Place in the Drone vs. Bird Challenge" (a contest\'s data, no compared method)', title: 'DroBoost: An Intelligent Score and Model Boosting Method for Drone Detection', text: 'Furthermore, the proposed technique won 1st Place in the Drone vs. Bird Challenge (Workshop on Small-Drone Surveillance, Detection and Counteraction Techniques at ICIAP 2021).', field: 'datasets', has: ['Drone vs. Bird Challenge'] },
    { why: '... not "Bird Challenge" as a method', title: 'DroBoost: An Intelligent Score and Model Boosting Method for Drone Detection', text: 'Furthermore, the proposed technique won 1st Place in the Drone vs. Bird Challenge (Workshop on Small-Drone Surveillance, Detection and Counteraction Techniques at ICIAP 2021).', field: 'methods_mentioned', not: ['Bird Challenge'] },
  ]);
});
describe('thirty-second round (reader 32af, dev pool): "namely," before a long form and its acronym', () => {
  check<NamedField>([
    { why: '"this is the first work to present an efficient approximation algorithm, namely, GRAPH-structured Matching Pursuit (GRAPH-MP)"', title: 'A Generalized Matching Pursuit Approach for Graph-Structured Sparsity', text: 'To the best of our knowledge, this is the first work to present an efficient approximation algorithm, namely, GRAPH-structured Matching Pursuit (GRAPH-MP), to optimize a general nonlinear function subject to graph-structured constraints.', field: 'methods_proposed', has: ['GRAPH-MP'] },
    { why: '... while "four supervised classifiers, namely, multilayer perceptron (MLP)" names no method of the paper', title: 'Cluster analysis and concept drift detection in malware', text: 'We propose drift-aware retraining. In each scenario, we consider four supervised classifiers, namely, multilayer perceptron (MLP), support vector machine (SVM), random forest, and XGBoost.', field: 'methods_proposed', not: ['MLP', 'SVM'] },
  ]);
});
describe('thirty-second round (readers 32w, 32ah): a link inside an acronym\'s parentheses, names between dashes in a passive proposal', () => {
  check<NamedField>([
    { why: '"a ... k -nearest-neighbor batch-effect test (kBET; https://github.com/theislab/kBET )"', title: 'A test metric for assessing single-cell RNA-seq batch correction', text: 'Here we present a user-friendly, robust and sensitive k -nearest-neighbor batch-effect test (kBET; https://github.com/theislab/kBET ) for quantification of batch effects.', field: 'methods_proposed', has: ['kBET'] },
    { why: '"two models—ForeNet-2d and ForeNet-3d—are proposed"', title: 'RUL forecasting for wind turbine predictive maintenance', text: 'By employing a multi-parametric attention-based DL approach that bypasses feature engineering, two models—ForeNet-2d and ForeNet-3d—are proposed. These models successfully forecast the RUL.', field: 'methods_proposed', has: ['ForeNet-2d', 'ForeNet-3d'] },
  ]);
});
describe('thirty-second round (dev pool): lexicon data sets readers name', () => {
  check<NamedField>([
    { why: 'lexicon: "12 well-known univariate time series datasets from NASA, Yahoo, Numenta, and UCR" (Numenta: the NAB data)', title: 'Auto-Encoder with Regression', text: 'We compare the methods on 12 well-known univariate time series datasets from NASA, Yahoo, Numenta, and UCR.', field: 'datasets', has: ['NAB'] },
    { why: 'lexicon: "experiments conducted on the IEEE 14-bus and IEEE 118-bus standard test systems"', title: 'False data injection', text: 'Extensive experiments conducted on the IEEE 14-bus and IEEE 118-bus standard test systems demonstrate the approach.', field: 'datasets', has: ['IEEE 14-bus', 'IEEE 118-bus'] },
    { why: 'lexicon: NTHU-DDD, Europarl, Free Music Archive (FMA), LlamaPartialSpoof, Peliculas', title: 'Several', text: 'Our method is experimented on NTHU-DDD. We use WMT13 and Europarl. We evaluate our detectors on the large open-source Free Music Archive (FMA). In LlamaPartialSpoof, the most challenging benchmark, it leads. From experiments on Hockey Fight, Peliculas and our data, it works.', field: 'datasets', has: ['NTHU-DDD', 'Europarl', 'Free Music Archive', 'LlamaPartialSpoof', 'Movies Fight'] },
  ]);
});
describe('thirty-second round (reader 32ap, dev pool): a title head naming a kind of fraud or attack', () => {
  check<NamedField>([
    { why: '"Wangiri Fraud: Pattern Analysis and Machine-Learning-Based Detection" (what the paper detects)', title: 'Wangiri Fraud: Pattern Analysis and Machine-Learning-Based Detection', text: 'Wangiri fraud is a telecom scam in which fraudsters place short calls. We analyse its patterns and train classifiers.', field: 'methods_proposed', not: ['Wangiri Fraud'] },
  ]);
});
describe('thirty-second round (reader 32af): a statistical test named after a word of others\' work', () => {
  check<NamedField>([
    { why: '"We show that the recent SgnQ test is more appropriate for such a setting" (someone\'s test)', title: 'Phase Transition for Detecting a Small Community in a Large Network', text: 'We show that the recent SgnQ test is more appropriate for such a setting.', field: 'methods_mentioned', has: ['SgnQ'] },
  ]);
});
describe('thirty-second round (dev pool): the bare word "Mahalanobis"', () => {
  check<NamedField>([
    { why: '"Why Out-of-distribution Detection in CNNs Does Not Like Mahalanobis -- and What to Use Instead" (readers never list the bare word)', title: 'Why Out-of-distribution Detection in CNNs Does Not Like Mahalanobis -- and What to Use Instead', text: 'Convolutional neural networks applied for real-world classification tasks need to recognize inputs that are far or out-of-distribution.', field: 'methods_mentioned', not: ['Mahalanobis'] },
    { why: '... while "Mahalanobis++" stays the paper\'s', title: 'Mahalanobis++: Improving OOD Detection via Feature Normalization', text: 'We propose Mahalanobis++, which normalizes features before the Mahalanobis distance.', field: 'methods_proposed', has: ['Mahalanobis++'] },
  ]);
});
describe('thirty-second round (readers 32k, dev pool): word2vec, a generic embedding algorithm', () => {
  check<NamedField>([
    { why: '"we propose the usage of word2vec encoding and One-Class Classification algorithms" (readers put word2vec in ignore)', title: 'Anomaly detection on event logs with a scarcity of labels', text: 'In this work, we propose the usage of word2vec encoding and One-Class Classification algorithms to detect anomalies by relying on normal behavior.', field: 'models', not: ['word2vec'] },
  ]);
});
describe('thirty-third round (readers 33a, 33c, 33d, 33k, 33m, dev pool): "X (ACR) is a ... (ACR) algorithm", "recently developed ... method", a new thing set off after its definition, "puts forth", a name after a colon, a decimal version', () => {
  check<NamedField>([
    { why: '"Functional Isolation Forest (FIF) is a recent state-of-the-art Anomaly Detection (AD) algorithm" (another acronym between)', title: 'Signature Isolation Forest', text: 'Functional Isolation Forest (FIF) is a recent state-of-the-art Anomaly Detection (AD) algorithm designed for functional data. This work addresses these challenges by introducing Signature Isolation Forest, a novel AD algorithm class.', field: 'methods_mentioned', has: ['FIF'] },
    { why: '"the recently developed auto associative bilateral kernel regression (AABKR) method ... is improved" (someone\'s, a task word ending the long form)', title: 'Fault Detection by Signal Reconstruction in Nuclear Power Plants', text: 'In this work, the recently developed auto associative bilateral kernel regression (AABKR) method for on-line condition monitoring of systems is improved.', field: 'methods_mentioned', has: ['AABKR'] },
    { why: '... not the paper\'s', title: 'Fault Detection by Signal Reconstruction in Nuclear Power Plants', text: 'In this work, the recently developed auto associative bilateral kernel regression (AABKR) method for on-line condition monitoring of systems is improved.', field: 'methods_proposed', not: ['AABKR'] },
    { why: '"we motivate and describe Adaptive Label Error Detection (ALED), a novel method of detecting mislabeling"', title: 'Adaptive Label Error Detection: A Bayesian Approach to Mislabeled Data Detection', text: 'In this work, we motivate and describe Adaptive Label Error Detection (ALED), a novel method of detecting mislabeling. ALED extracts an intermediate feature space.', field: 'methods_proposed', has: ['ALED'] },
    { why: '... not "Cyber-physical systems (CPSs), a new computing system to control ..." (a kind of system in the plural)', title: 'Intrusion detection in cyber-physical systems', text: 'Cyber-physical systems (CPSs), a new computing system to control industrial infrastructures, face threats.', field: 'methods_proposed', not: ['CPSs'] },
    { why: '"this work puts forth the SDTC method, which ..."', title: 'Sybil Attack Detection in VANET Using Machine Learning Approach', text: 'In this regard, this work puts forth the SDTC method, which completely relies on machine learning techniques to prevent Sybil attacks.', field: 'methods_proposed', has: ['SDTC'] },
    { why: '"we propose a framework for uncertainty-based OOD classification: UBOOD." (a name after a colon, without "novel")', title: 'Uncertainty-Based Out-of-Distribution Classification in Deep Reinforcement Learning', text: 'Modelling this problem as a one-class classification problem, we propose a framework for uncertainty-based OOD classification: UBOOD. It is based on the effect that an agent\'s epistemic uncertainty is reduced.', field: 'methods_proposed', has: ['UBOOD'] },
    { why: '"We present EVScout2.0, a framework ..." (a decimal version is part of the name)', title: 'Electric Vehicle Profiling Through Charging Profile', text: 'We present EVScout2.0, a framework for profiling electric vehicles from their charging profile.', field: 'methods_proposed', has: ['EVScout2.0'], not: ['EVScout2'] },
    { why: '"namely Gunetti & Picardi’s and Buffalo’s SVM algorithms" (authors\' names in the possessive)', title: 'Benchmarking Keystroke Authentication Algorithms', text: 'We present a novel keystroke dynamics algorithm and contrast it with two other state-of-the-art algorithms, namely Gunetti & Picardi’s and Buffalo’s SVM algorithms.', field: 'methods_proposed', not: ['Gunetti'] },
  ]);
  check<NamedField>([
    { why: '"the six pollutants (PM2.5, PM10, SO2, ...)" (no method names)', title: 'Probabilistic Automatic Outlier Detection for Surface Air Quality Measurements', text: 'The outliers can have a significant impact on the annual mean concentrations of PM2.5, with differences exceeding 10 μg m-3 at 66 sites.', field: 'methods_mentioned', not: ['PM2.5'] },
    { why: '"the Snatch 1.0 data set": a decimal version after a name', title: 'Early action detection', text: 'We evaluate on the Snatch1.0 dataset and the UCF-Crime dataset.', field: 'datasets', has: ['Snatch1.0'], not: ['Snatch1'] },
  ]);
});
describe('thirty-third round (dev pool, readers 33a-33o): lexicon names readers list', () => {
  check<NamedField>([
    { why: 'lexicon: ANODE, Inductive Monitoring System, SolvingSet, Farrington, EarthFormer, NGBoost', title: 'Prior work', text: 'We compare with CWoLa Hunting and ANODE. Data driven tools, including the Inductive Monitoring System (IMS), have been applied. We analyse BruteForce and SolvingSet. The Farrington algorithm is popular in Europe. A Transformer model, EarthFormer, forecasts well. We use natural gradient boosting (NGBoost).', field: 'methods_mentioned', has: ['ANODE', 'Inductive Monitoring System', 'SolvingSet', 'Farrington algorithm', 'EarthFormer', 'NGBoost'] },
    { why: 'lexicon: speech, keystroke, distribution-feeder and reanalysis data', title: 'Data', text: 'By treating the UASPEECH and TORGO corpora as the source and target domains. Crowdsourcing datasets from Coswara and COUGHVID are used. Experiments on the Aalto mobile keystroke database and KBOC. Studies on the IEEE 123-node test feeder. Variables from the ERA5 and GLDAS2 reanalyses and the IMERG satellite observations.', field: 'datasets', has: ['UASpeech', 'TORGO', 'Coswara', 'COUGHVID', 'Aalto Keystroke Databases', 'KBOC', 'IEEE 123-node test feeder', 'GLDAS', 'IMERG'] },
    { why: 'lexicon: "large machine learning (ML) models, such as GraphCast and AIFS"', title: 'Weather models', text: 'In recent years, large machine learning (ML) models, such as GraphCast and AIFS, have emerged as effective tools for global weather prediction.', field: 'models', has: ['GraphCast', 'AIFS'] },
  ]);
});
describe('thirty-third round (readers 33r, 33t, 33u, 33w, dev pool): the field\'s pipeline, a metric the paper introduces, a benchmark named with "Bench", methodologies named, a task\'s long form and a participle', () => {
  check<NamedField>([
    { why: '"the Protection Assistant for Wildlife Security (PAWS) is a machine learning pipeline that has been developed as ..." (someone\'s)', title: 'Stay Ahead of Poachers: Illegal Wildlife Poaching Prediction and Patrol Planning Under Uncertainty', text: 'To help combat poaching, the Protection Assistant for Wildlife Security (PAWS) is a machine learning pipeline that has been developed as a data-driven approach to identify areas at high risk of poaching.', field: 'methods_mentioned', has: ['PAWS'] },
    { why: '... not the paper\'s', title: 'Stay Ahead of Poachers: Illegal Wildlife Poaching Prediction and Patrol Planning Under Uncertainty', text: 'To help combat poaching, the Protection Assistant for Wildlife Security (PAWS) is a machine learning pipeline that has been developed as a data-driven approach to identify areas at high risk of poaching.', field: 'methods_proposed', not: ['PAWS'] },
    { why: '"the hallucination error rate (HER), a metric we introduce to quantify hallucinations" (a lower-case long form the paper says it introduces)', title: 'Demystifying Hallucination in Speech Foundation Models', text: 'We examine how factors such as distribution shifts and model size influence the hallucination error rate (HER), a metric we introduce to quantify hallucinations.', field: 'methods_proposed', has: ['HER'] },
    { why: '"We introduce RFC Bench, a benchmark for evaluating ..." (a name with its short data word)', title: 'A Benchmark for Reference-Free Counterfactual Financial Misinformation Detection', text: 'We introduce RFC Bench, a benchmark for evaluating large language models on financial misinformation.', field: 'datasets', has: ['RFC Bench'] },
    { why: '"a comparative analysis of two cutting-edge deep learning methodologies, namely LiBeamsNet and MissBeamNet"', title: 'Data-Driven Strategies for Coping with Incomplete DVL Measurements', text: 'This paper presents a comparative analysis of two cutting-edge deep learning methodologies, namely LiBeamsNet and MissBeamNet, alongside a model-based average estimator.', field: 'methods_mentioned', has: ['LiBeamsNet', 'MissBeamNet'] },
    { why: '"features derived from Automatic Speech Recognition (ASR) outputs" (a task\'s long form)', title: 'Adopting Whisper for Confidence Estimation', text: 'Research has primarily focused on lightweight models known as Confidence Estimation Modules (CEMs), which rely on hand-engineered features derived from Automatic Speech Recognition (ASR) outputs.', field: 'methods_mentioned', not: ['Automatic Speech Recognition'] },
    { why: '"based on the ASR-decoded text" (a participle made from a name)', title: 'Device-Directed Speech Detection for Follow-up Conversations Using Large Language Models', text: 'We model the first query when making inference about the follow-ups (based on the ASR-decoded text), via prompting of a pretrained LLM.', field: 'methods_mentioned', not: ['ASR-decoded'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: "a Python platform called Optuna"', title: 'Contamination detection in fermentation', text: 'We choose a Python platform called Optuna, to enable the parallel execution of hyperparameter optimization.', field: 'methods_mentioned', has: ['Optuna'] },
    { why: 'lexicon: "the benchmark penicillin fermentation process Pensim", "the IARPA OpenKWS 2016 competition", "the end-to-end SLU dataset SLURP"', title: 'Process and speech data', text: 'The approaches are tested on the benchmark penicillin fermentation process Pensim. Experiments use one of the submissions to the IARPA OpenKWS 2016 competition. We modify the SLU dataset SLURP.', field: 'datasets', has: ['PenSim', 'OpenKWS', 'SLURP'] },
    { why: 'lexicon: "methods combining MegaDetector with one or more classifiers"', title: 'Towards Zero-Shot Camera Trap Image Categorization', text: 'Next, we evaluate methods combining MegaDetector with one or more classifiers and Segment Anything.', field: 'models', has: ['MegaDetector'] },
  ]);
});
describe('thirty-third round (readers 33aa, 33ab, 33ac, 33ae, 33af, dev pool): counted methods of the paper\'s own, a coined platform, "we refer to our X as", a sentence-case title head, an opening "Since", a known method introduced with "the"', () => {
  check<NamedField>([
    { why: '"Implemented on a ... robot, two of our methods, STFT2DCNN and STT3DCNN, achieved over 95% accuracy"', title: 'Tactile Gesture Recognition with Built-in Joint Sensors for Industrial Robots', text: 'Implemented on a Franka Emika Research robot, two of our methods, STFT2DCNN and STT3DCNN, achieved over 95% accuracy in contact detection.', field: 'methods_proposed', has: ['STFT2DCNN', 'STT3DCNN'] },
    { why: '"we build FedIoT platform that contains a synthesized dataset"', title: 'Federated Learning for Internet of Things', text: 'In this paper, to further push forward this direction, we build FedIoT platform that contains a synthesized dataset using N-BaIoT and a system design.', field: 'methods_proposed', has: ['FedIoT'] },
    { why: '... not "This paper presents a DT platform designed for ..." (plain capitals before "platform")', title: 'The Dark Side of Digital Twins', text: 'This paper presents a DT platform designed for a Spanish water supply network.', field: 'methods_proposed', not: ['DT'] },
    { why: '"We refer to this framework as Zorb Quux Network (ZQN)."', title: 'Quux detection', text: 'We refer to this framework as Zorb Quux Network (ZQN). ZQN is trained on normal data only.', field: 'methods_proposed', has: ['ZQN'] },
    { why: '"Route leak identification: A step toward ..." (a title head in sentence case describes the work)', title: 'Route leak identification: A step toward making inter-domain routing more reliable', text: 'Route leaks are one of the causes of Internet outages.', field: 'methods_proposed', not: ['Route leak identification'] },
    { why: '"This paper introduces the Deep Deterministic Policy Gradient (DDPG) algorithm on the IEEE three-bus ... model" (a known method brought in)', title: 'Modeling of Collusion Behavior in the Electrical Market Based on Deep Deterministic Policy Gradient', text: 'This paper introduces the Deep Deterministic Policy Gradient (DDPG) algorithm on the IEEE three-bus electrical market model.', field: 'methods_mentioned', has: ['DDPG'] },
    { why: '... not the paper\'s', title: 'Modeling of Collusion Behavior in the Electrical Market Based on Deep Deterministic Policy Gradient', text: 'This paper introduces the Deep Deterministic Policy Gradient (DDPG) algorithm on the IEEE three-bus electrical market model.', field: 'methods_proposed', not: ['DDPG'] },
    { why: '"comparing with the IQ-based and FFT-based RFFI schemes" (I/Q samples, no method)', title: 'Radio Frequency Fingerprint Identification for LoRa', text: 'By comparing with the IQ-based and FFT-based RFFI schemes, our spectrogram-based scheme can reach the best accuracy.', field: 'methods_mentioned', not: ['IQ'] },
  ]);
  check<NamedField>([
    { why: '... while "we introduce the Real Industrial Anomaly Detection (RIAD), a comprehensive IAD dataset" stays the paper\'s data', title: 'VMAD: Visual-enhanced Multimodal Large Language Model for Zero-Shot Anomaly Detection', text: 'Furthermore, we introduce the Real Industrial Anomaly Detection (RIAD), a comprehensive IAD dataset with detailed anomaly descriptions.', field: 'datasets', has: ['RIAD'] },
    { why: '"Since RFF collection is being carried out in uncontrolled deployment environments" (the opening word is no part of a name)', title: 'Robustness of Radio Frequency Fingerprint Identification', text: 'Since RFF collection is being carried out in uncontrolled deployment environments, RFFI systems are vulnerable.', field: 'datasets', not: ['Since RFF'] },
    { why: '"the skewness-adjusted boxplot of Hubert and Vandervieren (2008)" (an author, not the HuBERT model)', title: 'Robust functional principal component analysis for detecting anomalous supply curves', text: 'A key innovation lies in applying the skewness-adjusted boxplot of Hubert and Vandervieren (2008) to the residuals from robust FPCA.', field: 'models', not: ['HuBERT'] },
  ]);
});
describe('thirty-third round (readers 33ai, 33aj, 33ak, 33am, 33an): a coined name the paper reports results of, a method head after a long form ending on "Subset", a tracker named as the prior best, water parameters', () => {
  check<NamedField>([
    { why: '"Results demonstrate that the MSADBO-CNN model achieved an accuracy of 98.7%" (the paper\'s, reported on)', title: 'Coal and gas outburst risk prediction based on improved DBO optimized CNN', text: 'Results demonstrate that the MSADBO-CNN model achieved an accuracy of 98.7% on the training set.', field: 'methods_proposed', has: ['MSADBO-CNN'] },
    { why: '"The results show that the EMD-TD-PCA method can effectively improve the chiller fault detection efficiency"', title: 'Chiller sensor fault detection using denoising-based improved principal component analysis', text: 'The results show that the EMD-TD-PCA method can effectively improve the chiller fault detection efficiency.', field: 'methods_proposed', has: ['EMD-TD-PCA'] },
    { why: '... not in a comparison: "the CNN-LSTM model achieves lower accuracy than ours"', title: 'Gas outburst prediction', text: 'The CNN-LSTM model achieves lower accuracy than the proposed model.', field: 'methods_proposed', not: ['CNN-LSTM'] },
    { why: '"Our method outperforms the current state-of-the-art pedestrian tracker, BoostTrack, for both salmon tracking challenges"', title: 'A Multi-purpose Tracking Framework for Salmon Welfare Monitoring', text: 'Our method outperforms the current state-of-the-art pedestrian tracker, BoostTrack, for both salmon tracking challenges.', field: 'methods_mentioned', has: ['BoostTrack'] },
  ]);
  check<NamedField>([
    { why: '"Here we present the Intermittent Small Baseline Subset (ISBAS) technique on ... InSAR data" (a technique, no data set)', title: 'Advanced analysis of satellite data reveals ground deformation precursors', text: 'Here we present the Intermittent Small Baseline Subset (ISBAS) technique on satellite-based interferometric synthetic aperture radar (InSAR) data.', field: 'datasets', not: ['ISBAS'] },
    { why: '"Extensive experiments were conducted for temperature, dissolved oxygen, and pH parameters" (no data set)', title: 'Anomaly Detection on Univariate Sensing Time Series Data for Smart Aquaculture', text: 'Extensive experiments were conducted on real-world sensor datasets for temperature, dissolved oxygen, and pH parameters.', field: 'datasets', not: ['pH'] },
    { why: 'lexicon: "the experimental data of the chiller (the ASHRAE 1043-RP project)", "The experimental data of ASHRAE RP-1312 were used"', title: 'Building fault detection', text: 'This study evaluated eight FDD classification methods based on the experimental data of the chiller (the ASHRAE 1043-RP project). The experimental data of ASHRAE RP-1312 were used to evaluate the scheme.', field: 'datasets', has: ['ASHRAE RP-1043', 'ASHRAE RP-1312'] },
    { why: 'lexicon: "fuzzy adaptive resonance (Fuzzy ART) neural network", "the Performer encoder", "Spectral-Residual Convolutional Neural Network"', title: 'Methods', text: 'Then, fuzzy adaptive resonance (Fuzzy ART) neural network is employed. We integrate a BiGRU and the Performer encoder. Four techniques, including Autoencoder and Spectral-Residual Convolutional Neural Network, were analysed.', field: 'methods_mentioned', has: ['Fuzzy ART', 'Performer', 'SR-CNN'] },
  ]);
});
describe('thirty-third round (readers 33ap, 33aq, 33ar, dev pool): a genre heading a title, quality control\'s letters, a system put to use and named, an activity in -ing, lexicon data', () => {
  check<NamedField>([
    { why: '"Technical Note: Space–time statistical quality control of extreme precipitation observations" (the genre)', title: 'Technical Note: Space–time statistical quality control of extreme precipitation observations', text: 'Extreme precipitation observations are checked against neighbouring stations.', field: 'methods_proposed', not: ['Technical Note'] },
    { why: '"The present paper describes a quality control (QC) procedure which evaluates ..." (readers put QC in ignore)', title: 'Real-Time Quality Control of Current Velocity Data on Individual Grid Cells', text: 'The present paper describes a quality control (QC) procedure which evaluates the data of an array-type HF radar system in near real time.', field: 'methods_proposed', not: ['QC'] },
    { why: '"the use of a robotic system called aIRview that can be utilized to automatically acquire ..." (a system put to use)', title: 'Monitoring of historical frescoes by timed infrared imaging analysis', text: 'One important feature of this study is the use of a robotic system called aIRview that can be utilized to automatically acquire and process thermal images.', field: 'methods_proposed', not: ['aIRview'] },
    { why: '"features derived from Hidden-Markov-Tree-modeling of the paintings’ wavelet coefficients" (an activity)', title: 'Detection of Forgery in Paintings Using Supervised Learning', text: 'We demonstrate that supervised machine learning on features derived from Hidden-Markov-Tree-modeling of the paintings’ wavelet coefficients has the potential to distinguish copies from originals.', field: 'methods_mentioned', not: ['Hidden-Markov-Tree-modeling'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: IGRA, UDASH, SOCCOM, BGC-Argo', title: 'Ocean and radiosonde data', text: 'The network was trained on the Unified Database for Arctic and Subarctic Hydrography (UDASH). The SOCCOM project has deployed 194 floats, one of the largest contributors to global BGC-Argo. We used the Integrated Global Radiosonde Archive.', field: 'datasets', has: ['UDASH', 'SOCCOM', 'BGC-Argo', 'IGRA'] },
  ]);
});
describe('thirty-third round (readers 33b, 33a, 33i, 33ag, 33ah, 33ai): a challenge named by a title, a whole method over a part\'s reading, "which we call" over a part\'s head, the paper\'s improvements, a tool, a name after its kind in a result', () => {
  check<NamedField>([
    { why: '"KVC-onGoing: Keystroke Verification Challenge" (the challenge and its data)', title: 'KVC-onGoing: Keystroke Verification Challenge', text: 'This article presents the Keystroke Verification Challenge - onGoing (KVC-onGoing), on which researchers can easily benchmark their systems.', field: 'datasets', has: ['KVC-onGoing'] },
    { why: '... no method', title: 'KVC-onGoing: Keystroke Verification Challenge', text: 'This article presents the Keystroke Verification Challenge - onGoing (KVC-onGoing), on which researchers can easily benchmark their systems.', field: 'methods_proposed', not: ['KVC-onGoing'] },
    { why: '"this work puts forth the SDTC method ... SDTC (Sybil node detecting the use of Classification) mechanism uses ..." (the whole method, whatever a part\'s reading)', title: 'Sybil Attack Detection in VANET Using Machine Learning Approach', text: 'In this regard, this work puts forth the SDTC method, which completely relies on machine learning techniques to prevent Sybil assaults in VANETs. SDTC (Sybil node detecting the use of Classification) mechanism uses a few vehicle-specific features.', field: 'methods_proposed', has: ['SDTC'] },
    { why: '"a universal attack defense strategy ..., which we call QNN-based attack detection scheme (QADS)"', title: 'Detecting quantum hacking attacks for continuous-variable quantum key distribution', text: 'In this paper, we propose a universal attack defense strategy based on a quantum neural network (QNN), which we call QNN-based attack detection scheme (QADS). Specifically, the classical data is first encoded.', field: 'methods_proposed', has: ['QADS'] },
    { why: '"this paper proposes two improvements. The first improvement is to propose a Corrected Reconstruction Algorithm (CRA) ... The second improvement is a cyclic PCA (CPCA) monitoring model"', title: 'Improved PCA model for multiple fault detection, isolation and reconstruction of sensors in nuclear power plant', text: 'Based on the principal component analysis (PCA) model, this paper proposes two improvements. The first improvement is to propose a Corrected Reconstruction Algorithm (CRA) to improve the accuracy of the reconstruction. The second improvement is a cyclic PCA (CPCA) monitoring model to detect multi-sensor failures.', field: 'methods_proposed', has: ['CRA', 'CPCA'] },
    { why: '"Thus, we developed the IPD Integrity Tool for detecting integrity issues" (a tool\'s capitalised name)', title: 'Development of the individual participant data integrity tool', text: 'Thus, we developed the IPD Integrity Tool for detecting integrity issues in randomised trials with IPD available.', field: 'methods_proposed', has: ['IPD Integrity Tool'] },
    { why: '"The rockburst early warning model RB-Net achieves peak accuracy" (a name after its kind, reported on)', title: 'Event recognition and short-term rockburst early warning', text: 'The rockburst early warning model RB-Net achieves peak accuracy and F1 scores of 0.9394 and 0.9173, respectively.', field: 'methods_proposed', has: ['RB-Net'] },
  ]);
});
describe('thirty-third round (reader 33n): an ambiguous data name before "database"', () => {
  check<NamedField>([
    { why: '"The events used in this work are a part of the 3W database developed by Petrobras" (a data word right after the name)', title: 'Data-driven detection and identification of undesirable events in subsea oil wells', text: 'The events used in this work are a part of the 3W database developed by Petrobras, considered the world third-largest oil producer.', field: 'datasets', has: ['3W'] },
  ]);
});
describe('thirty-third round (readers 33a, 33s, 33ai, dev pool): industrial plants and processes', () => {
  check<FacetField>([
    { why: '"Abnormal Event Detection in Nuclear Power Plants via Attention Networks"', title: 'Abnormal Event Detection in Nuclear Power Plants via Attention Networks', text: 'Ensuring the safety of operators requires fast diagnosis of abnormal events.', field: 'domains', has: ['industrial'] },
    { why: '"Nonlinear Batch Process Monitoring Using Phase-Based Kernel-Independent Component Analysis"', title: 'Nonlinear Batch Process Monitoring Using Phase-Based Kernel-Independent Component Analysis', text: 'In this article, the statistical modeling and online monitoring of nonlinear batch processes are studied.', field: 'domains', has: ['industrial'] },
    { why: '"Deep learning-based damage detection of mining conveyor belt"', title: 'Deep learning-based damage detection of mining conveyor belt', text: 'Belt damage causes long stoppages; we detect it from images.', field: 'domains', has: ['industrial'] },
    { why: '... not "batch processing" of data', title: 'Real-time fraud detection on transaction streams', text: 'Traditional batch processing methods often struggle to capture the rapid evolution of fraud patterns.', field: 'domains', not: ['industrial'] },
  ]);
});
describe('thirty-third round (readers 33b, 33i, dev pool): an accuracy reported with its figure a few words on', () => {
  check<FacetField>([
    { why: '"Specifically, the Accuracy reaches 97.53%, the Precision is 97.50%"', title: 'Ship trajectory anomaly detection', text: 'The model shows good performance in the case of noisy data. Specifically, the Accuracy reaches 97.53%, the Precision is 97.50%.', field: 'metrics', has: ['accuracy'] },
    { why: '"The accuracy of identification was 99.05%, 97.05%, and 99.10%, respectively"', title: 'Wood defect detection', text: 'We detect the defects of live knots, dead knots, and insect holes. The accuracy of identification was 99.05%, 97.05%, and 99.10%, respectively.', field: 'metrics', has: ['accuracy'] },
    { why: '... not "higher accuracy and 40.6% latency reduction" (the figure is another measure\'s)', title: 'Agentic diagnosis', text: 'Experiments demonstrate AIDR achieves higher accuracy and 40.6% latency reduction versus Chain-of-Thought.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('thirty-third round (reader 33c, dev pool): a known method\'s name as the whole title', () => {
  check<NamedField>([
    { why: '"Functional Isolation Forest" as the whole title (the paper is the method\'s own)', title: 'Functional Isolation Forest', text: 'The primary goal of this paper is to extend the popular Isolation Forest (IF) approach to functional data.', field: 'methods_proposed', has: ['Functional Isolation Forest'] },
    { why: '"Simulation Assisted Likelihood-free Anomaly Detection" as the whole title (SALAD\'s long form)', title: 'Simulation Assisted Likelihood-free Anomaly Detection', text: 'Given the lack of evidence for new particle discoveries at the Large Hadron Collider, it is critical to broaden the search program.', field: 'methods_proposed', has: ['SALAD'] },
  ]);
});
describe('thirty-third round (review): a known method introduced by its own paper stays its own', () => {
  check<NamedField>([
    { why: '"we introduce the Mechanics Complementary Model-based Framework for the 3D-AD task (MC4AD), which ..." (no "on the ..." after it: the paper\'s own; its later module no proposal)', title: 'Examining the Source of Defects from a Mechanical Perspective for 3D Anomaly Detection', text: 'Therefore, we introduce the Mechanics Complementary Model-based Framework for the 3D-AD task (MC4AD), which generates internal and external corrective forces for each point. Next, we present the Corrective Force Prediction Network (CFP-Net), which uses complementary representations for point-level analysis.', field: 'methods_proposed', has: ['MC4AD'], not: ['CFP-Net'] },
  ]);
});
describe('thirty-fourth round (readers 34b, 34p, dev pool): "namely," after one new thing proposed, a passive proposal of "a X model", a coined word in parentheses beside the kind proposed, "our dataset, named X" after other data, section headings, a title in capitals', () => {
  check<NamedField>([
    { why: '"this paper proposes a novel intelligent fall detection method, namely, ESAEs-OCCCH" (one new thing, "namely" and a comma)', title: 'Intelligent fall detection method based on accelerometer data', text: 'Based on one-class classification, this paper proposes a novel intelligent fall detection method, namely, ESAEs-OCCCH, which is based on accelerometer data from a wrist-worn smart watch.', field: 'methods_proposed', has: ['ESAEs-OCCCH'] },
    { why: '... not "we identify the most reliable measure, namely, VUS-PR" (no new thing proposed)', title: 'Evaluation of time-series anomaly detection', text: 'In this paper, we identify the most reliable measure, namely, VUS-PR, for the evaluation of detectors.', field: 'methods_proposed', not: ['VUS-PR'] },
    { why: '"In this paper, a novel DDI-YOLO model is proposed for effective steel surface defect detection" (a passive proposal of "a X model")', title: 'Steel surface defect detection', text: 'In this paper, a novel DDI-YOLO model is proposed for effective steel surface defect detection. DDI-YOLO improves the neck of the detector.', field: 'methods_proposed', has: ['DDI-YOLO'] },
    { why: '"we propose a one-stage X-ray security image synthesis pipeline (Xsyn) based on text-to-image generation" (a coined word, no acronym of the words before it)', title: 'Taming Generative Synthetic Data for X-ray Prohibited Item Detection', text: 'In this paper, we propose a one-stage X-ray security image synthesis pipeline (Xsyn) based on text-to-image generation, which incorporates two effective strategies.', field: 'methods_proposed', has: ['Xsyn'] },
    { why: '"we introduce a context-aware OOD intent detection (Caro) framework" (the coined word before the kind)', title: 'Out-of-Domain Intent Detection Considering Multi-Turn Dialogue Contexts', text: 'In this paper, we introduce a context-aware OOD intent detection (Caro) framework to model multi-turn contexts in OOD intent detection tasks.', field: 'methods_proposed', has: ['Caro'] },
    { why: '... not "we proposed a generative model that uses a state-of-the-art generative network (StyleGAN2)" (what the proposal uses)', title: 'Unsupervised anomaly detection with generative adversarial networks in mammography', text: 'Accordingly, we proposed a generative model that uses a state-of-the-art generative network (StyleGAN2) to create high-quality synthetic mammographic images.', field: 'methods_proposed', not: ['StyleGAN2'] },
    { why: '"FIRE DETECTION USING A GAS SENSOR ARRAY WITH SENSOR FUSION ALGORITHMS" (a title in capitals names no FIRE)', title: 'FIRE DETECTION USING A GAS SENSOR ARRAY WITH SENSOR FUSION ALGORITHMS', text: 'Conventional fire alarms are based on smoke detection.', field: 'methods_mentioned', not: ['FIRE'] },
  ]);
  check<NamedField>([
    { why: '"on two ... datasets: a Security Inspection X-ray (SIXray) dataset ... and our dataset, named CargoX" (the last data word decides)', title: 'MFA-net: Object detection for complex X-ray cargo and baggage security imagery', text: 'We tested the performance of the MFA-net on two large-scale X-ray security image datasets from different domains: a Security Inspection X-ray (SIXray) dataset in the baggage domain and our dataset, named CargoX, in the cargo domain.', field: 'datasets', has: ['SIXray', 'CargoX'] },
    { why: '"METHODS: A new dataset was collected" (a structured abstract\'s heading)', title: 'Limits on transfer learning from photographic image data to X-ray threat detection', text: 'BACKGROUND: X-ray imaging is used in transport security. METHODS: A new dataset was collected, consisting of 1901 matched pairs of photo & X-ray images of 501 common objects. RESULTS: Transfer learning helps.', field: 'datasets', not: ['METHODS', 'RESULTS', 'BACKGROUND'] },
  ]);
});
describe('thirty-fourth round (readers 34c, 34d, 34f, 34i, 34k, 34l, 34o, 34p, dev pool): lexicon names readers list', () => {
  check<NamedField>([
    { why: 'lexicon: pharmacovigilance, spreadsheet, gaze, gas-sensor and traffic data', title: 'Data', text: 'Spontaneous reporting systems such as EudraVigilance and VigiBase are used. We analyse the Vaccine Safety Datalink. We use the EUSES spreadsheet corpus. Experiments on GazeCom show gains. We evaluate on the UCI Gas Sensor Array Drift Dataset. We use data from the Mobile Century experiment.', field: 'datasets', has: ['EudraVigilance', 'VigiBase', 'Vaccine Safety Datalink', 'EUSES', 'GazeCom', 'UCI Gas Sensor Array Drift Dataset', 'Mobile Century'] },
    { why: 'lexicon: surveillance, integrity, data-quality and incident-detection methods', title: 'Methods', text: 'We compare EBGM and the Gamma Poisson Shrinker. TreeScan is used for vaccine safety. The EARS C1 method is compared with CUSUM. Papers generated by SCIgen are flagged by the Problematic Paper Screener. We build on Deequ and HoloClean. Four AID systems: California Algorithm 8 and the McMaster Algorithm.', field: 'methods_mentioned', has: ['EBGM', 'Gamma Poisson Shrinker', 'TreeScan', 'EARS', 'SCIgen', 'Problematic Paper Screener', 'Deequ', 'HoloClean', 'California algorithm', 'McMaster algorithm'] },
    { why: '... not "EARS" in lower case or as a word in capitals elsewhere ("ears")', title: 'Hearing', text: 'The ears of the animals were scanned.', field: 'methods_mentioned', not: ['EARS'] },
  ]);
});
describe('thirty-fourth round (readers 34a, 34b, 34c, 34h, 34j, 34k, 34n, 34o, dev pool): security screening and radiological threats, DNS abuse, click fraud, public health, sleep and neurological disorders, spreadsheets, electric motors', () => {
  check<FacetField>([
    { why: '"Radiation Portal Monitors are deployed ... to detect radiological material in motion" (security, no medical)', title: 'A robust hypothesis test for the sensitive detection of constant speed radiation moving sources', text: 'Radiation Portal Monitors are deployed in linear networks to detect radiological material in motion.', field: 'domains', has: ['security'], not: ['medical'] },
    { why: '"Towards Automatic Threat Detection: A Survey of Advances of Deep Learning within X-ray Security Imaging"', title: 'Towards Automatic Threat Detection: A Survey of Advances of Deep Learning within X-ray Security Imaging', text: 'X-ray security screening is widely used to maintain aviation and transport security.', field: 'domains', has: ['security'] },
    { why: '"LLMs for Domain Generation Algorithm Detection"', title: 'LLMs for Domain Generation Algorithm Detection', text: 'This work analyzes the use of large language models for detecting domain generation algorithms.', field: 'domains', has: ['security'] },
    { why: '"Deep Learning-Based Click Fraud Detection in Mobile Advertising"', title: 'Deep Learning-Based Click Fraud Detection in Mobile Advertising', text: 'Click fraud drains advertising budgets.', field: 'domains', has: ['security'] },
    { why: '"Revisiting Non-Specific Syndromic Surveillance" (public health)', title: 'Revisiting Non-Specific Syndromic Surveillance', text: 'Infectious disease surveillance is of great importance for the prevention of major outbreaks.', field: 'domains', has: ['medical'] },
    { why: '"Detecting Adverse Drug Reactions on Twitter" (pharmacovigilance)', title: 'Detecting Adverse Drug Reactions on Twitter with Convolutional Neural Networks', text: 'We detect mentions of reactions to drugs in tweets.', field: 'domains', has: ['medical'] },
    { why: '"Sleep Apnea Monitoring System Based on Commodity WiFi Devices"', title: 'Sleep Apnea Monitoring System Based on Commodity WiFi Devices', text: 'We monitor breathing with WiFi signals.', field: 'domains', has: ['medical'] },
    { why: '"ExceLint: Automatically Finding Spreadsheet Formula Errors" (tabular)', title: 'ExceLint: Automatically Finding Spreadsheet Formula Errors', text: 'Spreadsheets are one of the most widely used programming environments.', field: 'domains', has: ['tabular'] },
    { why: '"Broken rotor bar detection in induction motors" (industrial)', title: 'Detection of broken rotor bars in induction motors using transient current analysis', text: 'We analyse the startup current with a convolutional neural network.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('thirty-fourth round, second part (readers 34d, 34k, 34o, 34r, 34s, 34u, 34w, dev pool): the authors\' earlier work, a database the title names, a possessive title head, an ambiguous English word in a title, back propagation, word2vec', () => {
  check<NamedField>([
    { why: '"In previous work, we presented Deequ, a Spark-based library ..." (the authors\' earlier paper, someone\'s here)', title: 'Differential Data Quality Verification on Partitioned Data', text: 'In previous work, we presented Deequ, a Spark-based library for automating the verification of data quality at scale. We therefore present a differential generalization of the computational model of Deequ.', field: 'methods_mentioned', has: ['Deequ'] },
    { why: '... not the paper\'s', title: 'Differential Data Quality Verification on Partitioned Data', text: 'In previous work, we presented Deequ, a Spark-based library for automating the verification of data quality at scale. We therefore present a differential generalization of the computational model of Deequ.', field: 'methods_proposed', not: ['Deequ'] },
    { why: '"Putin’s peaks: Russian election data revisited" (a possessive before a lower-case word is a phrase)', title: 'Putin’s peaks: Russian election data revisited', text: 'A number of anomalies are identified that persistently skew the results.', field: 'methods_proposed', not: ['Putin’s peaks'] },
    { why: '"... under the Tower Crane" (an ambiguous method name, an English word after a capitalised noun in a title)', title: 'Bird\'s-Eye View Safety Monitoring for the Construction Top under the Tower Crane', text: 'The tower crane is involving more automated and intelligent operation procedure.', field: 'methods_mentioned', not: ['Crane'] },
    { why: '... but "via Bidirectional Mamba" is Mamba (an adjective before it)', title: 'MIDS: Detecting Stealthy Masquerade and Tampering Attacks on CAN Bus via Bidirectional Mamba', text: 'We propose the Mamba Intrusion Detection System (MIDS), an innovative dual-stream framework.', field: 'methods_mentioned', has: ['Mamba'] },
    { why: '"a back propagation (BP) neural network model is built" (a generic network)', title: 'Sleep Apnea Monitoring System Based on Commodity WiFi Devices', text: 'Finally, several important statistical characteristics are extracted, and a back propagation (BP) neural network model is built to identify apnea state.', field: 'methods_proposed', not: ['BP'] },
    { why: 'lexicon: "generating word vectors via Word2Vec with TF-IDF" (a named method, dev readers name it 7 times and ignore it 9, never neither)', title: 'Identification and Detection of Illegal Gambling Websites', text: 'The method extracts key data from post messages, generating word vectors via Word2Vec with TF-IDF.', field: 'methods_mentioned', has: ['word2vec'] },
  ]);
  check<NamedField>([
    { why: '"Déjà vu: a database of highly similar citations in the scientific literature" (the title head names a database)', title: 'Déjà vu: a database of highly similar citations in the scientific literature', text: 'We built a database of highly similar citations.', field: 'datasets', has: ['Déjà vu'] },
    { why: '... not "GaussMaster: An LLM-based Database Copilot System" (a database\'s tool)', title: 'GaussMaster: An LLM-based Database Copilot System', text: 'Database systems need operators. We present GaussMaster, an LLM-based system.', field: 'datasets', not: ['GaussMaster'] },
    { why: '... nor "DBSherlock: A Performance Diagnostic Tool for Transactional Databases"', title: 'DBSherlock: A Performance Diagnostic Tool for Transactional Databases', text: 'We present DBSherlock, a performance explanation framework.', field: 'datasets', not: ['DBSherlock'] },
    { why: 'lexicon: "the 2nd e-Prevention challenge"', title: 'Unsupervised Relapse Detection Using Wearable-Based Digital Phenotyping', text: 'We evaluate on the dataset of the 2nd e-Prevention challenge.', field: 'datasets', has: ['e-Prevention'] },
  ]);
  check<FacetField>([
    { why: '"Detecting 5G Signal Jammers Using Spectrograms" (jamming is an attack)', title: 'Detecting 5G Signal Jammers Using Spectrograms with Supervised and Unsupervised Learning', text: 'We detect signal jammers in spectrograms.', field: 'domains', has: ['security'] },
    { why: '"Detecting Wandering Behavior of People with Dementia"', title: 'Detecting Wandering Behavior of People with Dementia', text: 'Wandering is a problematic behavior.', field: 'domains', has: ['medical'] },
    { why: '"generating word vectors via Word2Vec" (embedding)', title: 'Illegal gambling websites', text: 'We generate word vectors via Word2Vec.', field: 'techniques', has: ['embedding'] },
  ]);
});
describe('thirty-fourth round, third part (readers 34q, 34t, 34x): a quoted name with its comma inside the quotes, a participle after a name heading a title, an upgrade to a named pipeline', () => {
  check<NamedField>([
    { why: '"We present "Bot Wars," a framework using ..." (the comma inside the quotes)', title: 'Countering phone scams with LLMs', text: 'We present "Bot Wars," a framework using Large Language Models (LLMs) scam-baiters to counter phone scams through simulated adversarial dialogues.', field: 'methods_proposed', has: ['Bot Wars'] },
    { why: '"Bot Wars Evolved: ..." with "We present "Bot Wars," ..." (the title\'s participle is no part of the name)', title: 'Bot Wars Evolved: Orchestrating Competing LLMs in a Counterstrike Against Phone Scams', text: 'We present "Bot Wars," a framework using Large Language Models (LLMs) scam-baiters to counter phone scams.', field: 'methods_proposed', has: ['Bot Wars'], not: ['Bot Wars Evolved'] },
    { why: '"We present a two-stage upgrade to the PySTAMPAS pipeline" (what the paper upgrades is someone\'s)', title: 'Enhanced long-duration gravitational-wave transient sources search pipeline', text: 'We present a two-stage upgrade to the PySTAMPAS pipeline that boosts the search for long-duration transients.', field: 'methods_mentioned', has: ['PySTAMPAS'] },
    { why: 'lexicon: "SAIFE, an unsupervised spectrum anomaly detector"', title: 'A Radio Anomaly Detection Algorithm', text: 'Our detector outperforms SAIFE on real spectrum recordings.', field: 'methods_mentioned', has: ['SAIFE'] },
  ]);
});
describe('thirty-fourth round, fourth part (readers 34y, 34ab, 34ac, 34ad, 34ae, 34af, dev pool): a capitalised word opening a lower-case list item, a negated English word before "datasets", IP, scholarly and knowledge-graph data', () => {
  check<NamedField>([
    { why: '"We present six alternative methods: Topic modeling, Gaussian Naive Bayes, ..." (the item is a lower-case phrase)', title: 'Automated Duplicate Bug Report Detection in Large Open Bug Repositories', text: 'We present six alternative methods: Topic modeling, Gaussian Naive Bayes, deep learning, time-based organization, clustering, and summarization.', field: 'methods_proposed', not: ['Topic'] },
    { why: '... while "two novel metrics to assess LLM hallucinations: Adherence and Correctness" stay named', title: 'Chainpoll: A high efficacy method for LLM hallucination detection', text: 'We introduce two novel metrics to assess LLM hallucinations: Adherence and Correctness.', field: 'methods_proposed', has: ['Adherence', 'Correctness'] },
  ]);
  check<NamedField>([
    { why: '"the Empirical Distribution of additional Conforming and Non-Conforming datasets" (a negated word describes data)', title: 'Recalibration of the Lusk & Halperin Benford Screening Intervals', text: 'We offer a recalibrated screening protocol founded only on the Empirical Distribution of additional Conforming and Non-Conforming datasets reported in the literature.', field: 'datasets', not: ['Non-Conforming'] },
    { why: '"crowdsourced Wi-Fi, Bluetooth, cellular, and IP databases" (the Internet Protocol, no data set)', title: 'Guardian Positioning System (GPS) for Location Based Services', text: 'Modern mobile platforms rely on terrestrial and satellite infrastructures (e.g., crowdsourced Wi-Fi, Bluetooth, cellular, and IP databases) for correct positioning.', field: 'datasets', not: ['IP'] },
    { why: 'lexicon: scholarly databases and knowledge graphs readers list as data', title: 'Metadata', text: 'We compare OpenAlex with Web of Science and Scopus. Records from Crossref and Europeana are analysed. We link CiteSeerX records. Errors are found in NELL and YAGO. We study ORCID records in the OpenAIRE Research Graph.', field: 'datasets', has: ['OpenAlex', 'Web of Science', 'Scopus', 'Crossref', 'Europeana', 'CiteSeerX', 'NELL', 'YAGO', 'ORCID', 'OpenAIRE Research Graph'] },
    { why: 'lexicon: bike-share and process data', title: 'Data', text: 'We use the CitiBike open data and the Capital Bikeshare data set. The method is tested on the Vinyl Acetate Monomer process.', field: 'datasets', has: ['CitiBike', 'Capital Bikeshare', 'Vinyl Acetate Monomer process'] },
    { why: 'lexicon: Double DQN, SGP4, MooBench', title: 'Methods', text: 'We train a Double Deep Q Network (DDQN) agent. Orbits are propagated with SGP4. Results of MooBench are analysed.', field: 'methods_mentioned', has: ['Double DQN', 'SGP4', 'MooBench'] },
  ]);
});
describe('thirty-fourth round, fifth part (readers 34y, 34z, 34ad, dev pool): "named a X network", an ambiguous data name before "repository", software and hydrological domains', () => {
  check<NamedField>([
    { why: '"we propose a deep learning model, named a Joint Auto-Encoder network" ("a" before the name and its kind)', title: 'Outlier Detection for Water Supply Data Based on Joint Auto-Encoder', text: 'In this paper, we propose a deep learning model, named a Joint Auto-Encoder network, to solve the problem of outlier detection in water supply data.', field: 'methods_proposed', has: ['Joint Auto-Encoder'] },
    { why: '... while "namely the Matrix Profile algorithm and anomaly transformer" stays someone\'s', title: 'A Robust and Explainable Data-Driven Anomaly Detection Approach For Power Electronics', text: 'We further present two anomaly detection and classification approaches, namely the Matrix Profile algorithm and anomaly transformer, which are applied in the context of a power electronic converter dataset.', field: 'methods_proposed', not: ['Matrix Profile'] },
    { why: '"a collection from the DBLP repository" (a data word right after an ambiguous data name)', title: 'Whois? Deep Author Name Disambiguation using Bibliographic Data', text: 'To this end, we use a collection from the DBLP repository that contains more than 5 million bibliographic records.', field: 'datasets', has: ['DBLP'] },
  ]);
  check<FacetField>([
    { why: '"Can We Classify Flaky Tests Using Only Test Code?" (software systems)', title: 'Can We Classify Flaky Tests Using Only Test Code? An LLM-Based Empirical Study', text: 'Flaky tests are tests that yield different outcomes when run on the same version of a program.', field: 'domains', has: ['computing-systems'] },
    { why: '"Continental Scale Streamflow Quality Control" (a hydrological series)', title: 'A Foundation Model for Continental Scale Streamflow Quality Control', text: 'Advances in sensor networks have enabled monitoring of rivers at scale.', field: 'domains', has: ['time-series'] },
  ]);
});
describe('thirty-fourth round, sixth part (readers 34ag, 34ah, 34ai, 34aj, 34ak, 34an): genres and acronym-led task heads in titles, a coined name and its kind ending a title, CART, UV, lexicon names', () => {
  check<NamedField>([
    { why: '"Animal board invited review: precision livestock farming ..." (a genre heading the title)', title: 'Animal board invited review: precision livestock farming for dairy cows', text: 'We review sensors used on dairy farms.', field: 'methods_proposed', not: ['Animal board invited review'] },
    { why: '"ATM cash flow prediction: Exploratory Data Analysis ..." (an acronym of a thing and a task in sentence case)', title: 'ATM cash flow prediction: Exploratory Data Analysis and results from sequence-bases predictions', text: 'We predict the cash demand of ATMs.', field: 'methods_proposed', not: ['ATM cash flow prediction'] },
    { why: '"...: deARCE Method" (a coined name and its kind end the title)', title: 'Automatic Burst Detection in Solar Radio Spectrograms Using Deep Learning: deARCE Method', text: 'We detect radio bursts in spectrograms.', field: 'methods_proposed', has: ['deARCE'] },
    { why: '"eight ... methods (Linear Discriminant Analysis, ..., Classification and Regression Trees, ...)" (a generic algorithm, not two names)', title: 'Comparison of machine learning methods to predict udder health status', text: 'We compared eight different machine learning methods (Linear Discriminant Analysis, Naive Bayes, Classification and Regression Trees, k-Nearest Neighbors and Random Forest).', field: 'methods_mentioned', not: ['Classification', 'Regression Trees'] },
    { why: '"Complementing techniques like UV laser induced bio fluorescence" (ultraviolet)', title: 'Elastic lidar systems for Bio aerosol detection', text: 'Complementing techniques like UV laser induced bio fluorescence are needed for the verification process.', field: 'methods_mentioned', not: ['UV'] },
    { why: 'lexicon: Wave-U-Net, ShotSpotter, NEIMS, the hydrostatic-season-time model', title: 'Methods', text: 'Our detector builds on Wave-U-Net. Systems such as ShotSpotter are costly. We compare with NEIMS. The hydrostatic-season-time model is the usual baseline.', field: 'methods_mentioned', has: ['Wave-U-Net', 'ShotSpotter', 'NEIMS', 'HST model'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: MassBank, AirBox, DCASE 2017', title: 'Data', text: 'Spectra from MassBank are used. We evaluate on the AirBox sensing system. Experiments use the DCASE2017 rare sound event data.', field: 'datasets', has: ['MassBank', 'AirBox', 'DCASE'] },
  ]);
});
describe('thirty-fourth round, seventh part (readers 34ag, 34am, dev pool): accelerometer signals are time series, pumps and turbomachinery industrial', () => {
  check<FacetField>([
    { why: '"Falls as anomalies? An experimental evaluation using smartphone accelerometer data"', title: 'Falls as anomalies? An experimental evaluation using smartphone accelerometer data', text: 'We treat falls as anomalies in daily activity.', field: 'domains', has: ['time-series'] },
    { why: '"3D accelerometers have been the most extensively used technologies in dairy calves" (three axes, no 3-D data)', title: 'Technologies for calf monitoring', text: 'Automatic milk feeding systems and 3D accelerometers have been the most extensively used technologies in dairy calves.', field: 'domains', not: ['3d'] },
    { why: '"Review: Measurement-Based Monitoring and Fault Identification in Centrifugal Pumps"', title: 'Review: Measurement-Based Monitoring and Fault Identification in Centrifugal Pumps', text: 'Condition based maintenance is one of the solutions.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('thirty-fourth round, eighth part (reader 34f): a lower-case term "so-called"', () => {
  check<NamedField>([
    { why: '"(the so-called "outlier")" (a term, no name)', title: 'Treatment of Outliers in Business Surveys', text: 'If one of the data which greatly diverges from the rest of the data (the so-called "outlier") does not represent the population, the estimates could diverge.', field: 'methods_mentioned', not: ['outlier'] },
  ]);
});
describe('thirty-fourth round, ninth part (reader 34b, dev pool): a name of capitals in parentheses after a data word', () => {
  check<NamedField>([
    { why: '"Experimental results on a publicly available dataset (NEU ATR) demonstrate ..." (someone\'s data so named)', title: 'Contraband Materials Detection Within Volumetric 3D Computed Tomography Baggage Security Screening Imagery', text: 'Experimental results on a publicly available dataset (NEU ATR) demonstrate the effectiveness of both 3D U-Net and PointNet++.', field: 'datasets', has: ['NEU ATR'] },
    { why: '... and "the Numenta Anomaly Benchmark (NAB)" stays the acronym of its long form', title: 'Streaming anomaly detection', text: 'We evaluate on the Numenta Anomaly Benchmark (NAB) and report the NAB score.', field: 'datasets', has: ['NAB'], not: ['Numenta Anomaly Benchmark (NAB)'] },
  ]);
});
describe('thirty-fourth round, tenth part (dev pool): others\' work listed with "and" in parentheses after a plural kind', () => {
  check<NamedField>([
    { why: '"by 30 to 80% relative to state-of-the-art defenses (RDFL and LPSF)"', title: 'FL-PBM: Pre-Training Backdoor Mitigation for Federated Learning', text: 'Experimental evaluations on image-based datasets demonstrate that FL-PBM reduces attack success rates by up to 95% compared to baseline federated learning (FedAvg) and by 30 to 80% relative to state-of-the-art defenses (RDFL and LPSF).', field: 'methods_mentioned', has: ['RDFL', 'LPSF'] },
  ]);
});
describe('thirty-fifth round (readers 35a, 35e, 35f, 35n, 35o, 35w, 35x, dev pool): detectors papers train are methods, SSD beside SSD+, a known method spelt out in a passive, a capitalised "Named", quantities and currencies', () => {
  check<NamedField>([
    { why: '"We train three defect detection models (YOLOv5, SSD, and Faster-RCNN)" (detectors a paper trains are methods it names)', title: 'Synthetic defect data for detection', text: 'We train three defect detection models (YOLOv5, SSD, and Faster-RCNN) with original data and synthetic data.', field: 'methods_mentioned', has: ['YOLOv5', 'SSD', 'Faster R-CNN'] },
    { why: '... and no model', title: 'Synthetic defect data for detection', text: 'We train three defect detection models (YOLOv5, SSD, and Faster-RCNN) with original data and synthetic data.', field: 'models', not: ['YOLOv5'] },
    { why: '"the YOLO object detectors, namely YOLOv5, YOLOv6, YOLOv7 and YOLOv8" (a list of versions compared)', title: 'Wind turbine blade defects', text: 'The dataset is trained with different YOLO object detectors, namely YOLOv5, YOLOv6, YOLOv7 and YOLOv8.', field: 'methods_mentioned', has: ['YOLOv5', 'YOLOv6', 'YOLOv7', 'YOLOv8'] },
    { why: '... not a detector put to use as it is ("WildfireVLM employs YOLOv12 to detect fire zones")', title: 'WildfireVLM', text: 'WildfireVLM employs YOLOv12 to detect fire zones and smoke plumes.', field: 'models', has: ['YOLOv12'] },
    { why: '... nor one named as pretrained ("a pre-trained YOLOv7 model")', title: 'Bleeding detection', text: 'We fine-tune a pre-trained YOLOv7 model on laparoscopic frames.', field: 'models', has: ['YOLOv7'] },
    { why: '... nor an open-set detector (Grounding DINO)', title: 'Open-set detection', text: 'We compare with Grounding DINO and train our detector.', field: 'models', has: ['Grounding DINO'] },
    { why: '"compared to a strong baseline SSD+" (the plus sign after the name tells it from the detector SSD)', title: 'Out-of-Distribution Detection with Deep Nearest Neighbors', text: 'Our method reduces the false positive rate by 24.77% compared to a strong baseline SSD+, which uses a parametric approach.', field: 'methods_mentioned', has: ['SSD+'] },
    { why: '"a feature-based domain-adversarial neural networks (DANN) model was constructed" (a known method spelt out and put to use in the passive)', title: 'Cross-unit soft fault diagnosis for VRF systems using deep transfer learning: a comparative study', text: 'Second, a feature-based domain-adversarial neural networks (DANN) model was constructed with unlabeled target domain data.', field: 'methods_mentioned', has: ['DANN'] },
    { why: '... not the paper\'s', title: 'Cross-unit soft fault diagnosis for VRF systems using deep transfer learning: a comparative study', text: 'Second, a feature-based domain-adversarial neural networks (DANN) model was constructed with unlabeled target domain data.', field: 'methods_proposed', not: ['DANN'] },
    { why: '"using eDarkTrends Named Entity Recognition algorithm" (a capitalised "Named" inside a name is no naming verb)', title: 'Listed for sale', text: 'Collected data were processed using eDarkTrends Named Entity Recognition algorithm to identify opioid drugs.', field: 'methods_mentioned', not: ['Entity Recognition'] },
    { why: '"more than 2C higher than the recommended temperature" (a quantity)', title: 'Retail display cabinets', text: 'Cabinets were subjected to temperature abuse (more than 2C higher than the recommended preservation temperature), and differences of more than 5C were measured.', field: 'methods_mentioned', not: ['2C', '5C'] },
    { why: '"more than 1200 billion USD" (a currency beside an amount)', title: 'Detection of Counterfeit Medicines Using Hyperspectral Sensing', text: 'Worldwide revenue of pharmaceutical market is more than 1200 billion USD and is expected to cross USD 1,500 billion.', field: 'methods_mentioned', not: ['USD'] },
    { why: '... but "USD: Unsupervised Soft Contrastive Learning ..." heads its title', title: 'USD: Unsupervised Soft Contrastive Learning for Fault Detection in Multivariate Time Series', text: 'We propose USD, a method of soft contrastive learning.', field: 'methods_proposed', has: ['USD'] },
  ]);
  check<NamedField>([
    { why: '"In breast treatments, Cherenkov images identified fractions ..." (English words, not INbreast)', title: 'Cherenkov imaging in radiation therapy', text: 'In breast treatments, Cherenkov images identified fractions when treatment delivery resulted in dose on the contralateral breast.', field: 'datasets', not: ['INbreast'] },
    { why: '"Color Mura Defect Detection Method" (mura, a display defect, is not the MURA radiographs)', title: 'Color Mura Defect Detection Method Based on Channel Contrast Sensitivity Function Filtering', text: 'Mura defects on LCD panels are hard to see. We evaluate the method on panel images.', field: 'datasets', not: ['MURA'] },
    { why: '"on set-A of the 2013 Physionet/Computing in Cardiology Challenge" and "the 2016 PhysioNet/CinC Challenge dataset" (a challenge\'s year before its name)', title: 'Fetal and heart sounds', text: 'Results reach 99.6% on set-A of the 2013 PhysioNet/Computing in Cardiology Challenge. It attains 87.5% on the 2016 PhysioNet/CinC Challenge dataset.', field: 'datasets', has: ['PhysioNet 2013', 'PhysioNet 2016'], not: ['PhysioNet'] },
    { why: 'lexicon: data sets of signatures, lung sounds, bibliographies and forecasting', title: 'Data', text: 'Experiments on DeepSignDB and MCYT-100 show gains. We use GPDS-960. We report results on HF_Lung_V1 and SPRSound. We analyse MEDLINE and INSPEC records. We evaluate on Science4Cast.', field: 'datasets', has: ['DeepSignDB', 'MCYT', 'GPDS-960', 'HF_Lung_V1', 'SPRSound', 'MEDLINE', 'INSPEC', 'Science4Cast'] },
    { why: 'lexicon: methods of text, testing and bibliometrics', title: 'Methods', text: 'We compare with ULMFiT and BERTopic and Anchored CorEx. We build on Go-Explore. GraphicsFuzz and TESTAR are used; the iv4XR framework is extended. We compute the CD index.', field: 'methods_mentioned', has: ['ULMFiT', 'BERTopic', 'CorEx', 'Go-Explore', 'GraphicsFuzz', 'TESTAR', 'iv4XR', 'CD index'] },
  ]);
});
describe('thirty-fifth round, second part (readers 35y, 35aa, 35ab, 35ac, 35ad, 35af, dev pool): a network named as pretrained, a known model a proposal integrates, "propose and implement X", O-RAN and IPv4, lexicon names', () => {
  check<NamedField>([
    { why: '"combines syntactic trees and the pre-trained Multi-Task Deep Neural Network (MT-DNN)" (someone\'s model)', title: 'Rich Style Embedding for Intrinsic Plagiarism Detection', text: 'In this paper, we present a novel embedding that combines syntactic trees and the pre-trained Multi-Task Deep Neural Network (MT-DNN).', field: 'models', has: ['MT-DNN'] },
    { why: '... not the paper\'s', title: 'Rich Style Embedding for Intrinsic Plagiarism Detection', text: 'In this paper, we present a novel embedding that combines syntactic trees and the pre-trained Multi-Task Deep Neural Network (MT-DNN).', field: 'methods_proposed', not: ['MT-DNN'] },
    { why: '... nor a generic plural ("pre-trained language models (PLMs)")', title: 'Point-language models', text: 'We adapt pre-trained Point-Language Models (PLMs) to anomaly detection.', field: 'models', not: ['PLMs'] },
    { why: '"a feature based pipeline that integrates ... embeddings produced by Sentence-BERT (SBERT)" (a known model the proposal uses)', title: 'Style Change Detection Using Graph and Structural Linguistic Features', text: 'We propose a handcrafted, feature based pipeline that integrates graph based properties and similarity metrics computed over embeddings produced by Sentence-BERT (SBERT).', field: 'models', has: ['Sentence-BERT'] },
    { why: '... not the paper\'s', title: 'Style Change Detection Using Graph and Structural Linguistic Features', text: 'We propose a handcrafted, feature based pipeline that integrates graph based properties and similarity metrics computed over embeddings produced by Sentence-BERT (SBERT).', field: 'methods_proposed', not: ['Sentence-BERT'] },
    { why: '"we propose and implement Cerebro to detect malicious packages" (a second verb before the name)', title: 'Killing Two Birds with One Stone: Malicious Package Detection in NPM and PyPI', text: 'To address the two challenges, we propose and implement Cerebro to detect malicious packages in NPM and PyPI.', field: 'methods_proposed', has: ['Cerebro'] },
    { why: '"Experiments on O-RAN-compliant testbed" (an architecture\'s name, no data)', title: 'SAJD: Self-Adaptive Jamming Attack Detection in AI/ML Integrated 5G O-RAN Networks', text: 'Experiments on O-RAN-compliant testbed demonstrate that the SAJD framework works.', field: 'datasets', not: ['O-RAN-compliant', 'O-RAN'] },
    { why: '"identification methods based on the IPv4 iteration process of ZMap" (an address family; ZMap someone\'s tool)', title: 'Identifying and characterizing ZMap scans', text: 'We present novel identification methods based on the IPv4 iteration process of ZMap.', field: 'methods_mentioned', has: ['ZMap'], not: ['IPv4'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: telescopes, translation bias, adult skills and shared-task data', title: 'Data', text: 'We analyse two weeks of data from the UCSD Network Telescope and the Merit Network Telescope. We evaluate toxicity with HolisticBias. We use PIAAC process data. Experiments on the PAN 2015 dataset show gains.', field: 'datasets', has: ['UCSD Network Telescope', 'Merit Network Telescope', 'HolisticBias', 'PIAAC', 'PAN 2015'] },
    { why: 'lexicon: tools of scanning, verification, model scanning and assessment', title: 'Tools', text: 'We compare with S-TaLiRo. Honeypots built on Conpot are scanned. Fickling flags malicious pickles. TeSLA is used in pilots.', field: 'methods_mentioned', has: ['S-TaLiRo', 'Conpot', 'Fickling', 'TeSLA'] },
    { why: 'lexicon: gaze and translation models', title: 'Models', text: 'Gaze is estimated with L2CS-Net. We translate with M2M-100.', field: 'models', has: ['L2CS-Net', 'M2M-100'] },
  ]);
});
describe('thirty-fifth round, third part (readers 35ag, 35ah, 35aj, 35ak, 35al, 35am, 35an, dev pool): a name that counts its images, "Evaluated on our dataset, X achieves", "1-D", lexicon names', () => {
  check<NamedField>([
    { why: '"We present the largest labeled dataset ... xView3-SAR consists of nearly 1,000 analysis-ready SAR images" (a name that counts its images is data)', title: 'xView3-SAR: Detecting Dark Fishing Activity Using Synthetic Aperture Radar Imagery', text: 'We present the largest labeled dataset for training ML models to detect vessels in SAR imagery. xView3-SAR consists of nearly 1,000 analysis-ready SAR images from the Sentinel-1 mission.', field: 'datasets', has: ['xView3-SAR'] },
    { why: '... not a method of the paper', title: 'xView3-SAR: Detecting Dark Fishing Activity Using Synthetic Aperture Radar Imagery', text: 'We present the largest labeled dataset for training ML models to detect vessels in SAR imagery. xView3-SAR consists of nearly 1,000 analysis-ready SAR images from the Sentinel-1 mission.', field: 'methods_proposed', not: ['xView3-SAR'] },
    { why: '"Evaluated on our phishing dataset, DeepTx achieves high precision" (the subject after the data phrase is the method)', title: 'DeepTx: Real-Time Transaction Risk Analysis via Multi-Modal Features and LLM Reasoning', text: 'We present DeepTx, a real-time transaction analysis system. Evaluated on our phishing dataset, DeepTx achieves high precision and recall.', field: 'datasets', not: ['DeepTx'] },
    { why: '"based on 1-D CNN" (a dimension, no name)', title: 'Recognition of Third-Party Interference in Cable Monitoring', text: 'We classify the vibration events with a 1-D CNN and compare it with 2-D spectrogram models.', field: 'methods_mentioned', not: ['1-D', '2-D'] },
  ]);
  check<NamedField>([
    { why: 'lexicon: simulation codes, detectors, event recognition, optical planning, DeFi attack detection', title: 'Methods', text: 'Losses are simulated with FLUKA. We evaluate EPNet++ on the data. We compare with RTEC. Planning uses GNPy. DeFiRanger detects price manipulation.', field: 'methods_mentioned', has: ['FLUKA', 'EPNet', 'RTEC', 'GNPy', 'DeFiRanger'] },
    { why: 'lexicon: adverse-weather, fisheye, night-light, beehive and DeFi data', title: 'Data', text: 'We evaluate on the Seeing Through Fog dataset and WoodScape. We use VIIRS Boat Detection data. Recordings come from NU-Hive. We test on the Damn Vulnerable DeFi challenges.', field: 'datasets', has: ['Seeing Through Fog', 'WoodScape', 'VIIRS Boat Detection', 'NU-Hive', 'Damn Vulnerable DeFi'] },
  ]);
});
describe('thirty-fifth round, fourth part (readers 35aj, 35ao, dev pool): seismic signals, ARIMA, physiological signals and SHM are time series; game economies and attackers security; face forgery and JPEG images; machining and process monitoring industrial; Medicare tabular; qubits computing systems', () => {
  check<FacetField>([
    { why: '"Microseismic event detection based on multiscale detection convolutional networks" (seismic records are time series)', title: 'Microseismic event detection based on multiscale detection convolutional networks', text: 'We detect events in continuous records from downhole arrays.', field: 'domains', has: ['time-series'] },
    { why: '"Clustering activity at Mt Etna based on volcanic tremor"', title: 'Clustering activity at Mt Etna based on volcanic tremor: A case study', text: 'This paper deals with the classification of the activity of the volcano.', field: 'domains', has: ['time-series'] },
    { why: '"Online Forecasting and Anomaly Detection Based on the ARIMA Model"', title: 'Online Forecasting and Anomaly Detection Based on the ARIMA Model', text: 'We forecast the next value and flag large residuals.', field: 'domains', has: ['time-series'] },
    { why: '"Detecting Gold Farming in Massively Multiplayer Online Games" (game economies are security)', title: 'Detecting gold farmers in massively multiplayer online role-playing games', text: 'Gold farming undermines the economy of the game.', field: 'domains', has: ['security'] },
    { why: '"Face forgery detection" (natural images)', title: 'Generalizable face forgery detection with frequency clues', text: 'We detect manipulated faces in compressed JPEG images.', field: 'domains', has: ['natural-images'] },
    { why: '"Chatter detection in milling" (machining is industrial)', title: 'Chatter detection in milling with vibration features', text: 'Machining stability is monitored during milling.', field: 'domains', has: ['industrial'] },
    { why: '"Medicare fraud detection" (claims tables)', title: 'Medicare fraud detection using machine learning', text: 'We use Medicare Part B claims to find fraudulent providers.', field: 'domains', has: ['tabular'] },
    { why: '"Detecting qubit errors" (quantum hardware is computing systems)', title: 'Anomaly detection for qubit readout', text: 'We flag anomalous qubits in superconducting processors for quantum error correction.', field: 'domains', has: ['computing-systems'] },
  ]);
});
describe('thirty-fifth round, fifth part (dev pool): space weather and space objects are astronomy; a video game is no video', () => {
  check<FacetField>([
    { why: '"Forecasting solar flares and coronal mass ejections" (space weather)', title: 'Deep learning for space weather: detecting coronal mass ejections', text: 'Solar flares and the solar wind drive geomagnetic storms.', field: 'domains', has: ['astronomy'] },
    { why: '"resident space objects" (space situational awareness)', title: 'Anomaly detection for resident space objects', text: 'Space situational awareness needs to flag manoeuvring space objects.', field: 'domains', has: ['astronomy'] },
    { why: '"Visual glitch detection in video games" (a game, not video data)', title: 'Automated visual glitch detection in video games', text: 'We render screenshots of the game and detect rendering bugs.', field: 'domains', not: ['video'] },
    { why: '... but gameplay videos are video', title: 'Detecting anomalies in gameplay videos', text: 'We analyse recorded gameplay videos.', field: 'domains', has: ['video'] },
  ]);
});
describe('thirty-fifth round, sixth part (readers 35l, 35w, dev pool): bare ResNet and DenseNet in a list of named networks are models', () => {
  check<NamedField>([
    { why: '"compared using two different CNN architectures, AlexNet and ResNet"', title: 'Transfer learning for defect classification', text: 'The proposed method is compared using two different CNN architectures, AlexNet and ResNet.', field: 'models', has: ['AlexNet', 'ResNet'] },
    { why: '"We tested several backbones (i.e. ResNet, DenseNet and DPN)"', title: 'Deep-Learning Architectures for Placenta Vessel Segmentation in TTTS Fetoscopic Images', text: 'We tested several backbones (i.e. ResNet, DenseNet and DPN), for a total of 9 experiments.', field: 'models', has: ['ResNet', 'DenseNet'] },
    { why: '... not a residual network alone ("a ResNet backbone extracts features")', title: 'Anomaly detection', text: 'A ResNet backbone extracts features from each patch.', field: 'models', not: ['ResNet'] },
  ]);
});
describe('thirty-fifth round, seventh part (reader 35ad, dev pool): software named by its kind ("Python package, X", "R package X", "a tool (X)")', () => {
  check<NamedField>([
    { why: '"we release an open-source Python package, skshift, which implements our method" (a lower-case name after its kind)', title: 'Explanation Shift', text: 'Additionally, we release an open-source Python package, skshift, which implements our method and provides usage tutorials.', field: 'methods_proposed', has: ['skshift'] },
    { why: '"We implemented the methodology in a tool (GHAST)"', title: 'Automatic Security Assessment of GitHub Actions Workflows', text: 'We implemented the methodology in a tool (GHAST) and applied it on 50 open-source projects.', field: 'methods_proposed', has: ['GHAST'] },
    { why: '"An open-source Python package, CoTeDe, was developed to implement the tests"', title: 'A Machine Learning Approach to Quality Control Oceanographic Data', text: 'An open-source Python package, CoTeDe, was developed to implement the Anomaly Detection and other tests.', field: 'methods_proposed', has: ['CoTeDe'] },
    { why: '... not software the paper uses ("built with the R package caret")', title: 'Fraud scores', text: 'The models were built with the R package caret.', field: 'methods_proposed', not: ['caret'] },
    { why: '... nor the initials of the words before it ("open-source software (OSS)")', title: 'Supply chains', text: 'Attacks on open-source software (OSS) supply chains grow.', field: 'methods_mentioned', not: ['OSS'] },
  ]);
});
describe('thirty-fifth round, eighth part (dev pool): lexicon methods readers mention', () => {
  check<NamedField>([
    { why: 'lexicon: architectures, pooling, rejection, score networks, simulators, libraries, detectors of generated text, trackers', title: 'Methods', text: 'We combine SENet with an LSTM. We compare with FoldingNet and HaloNet. Pooling uses MHFA. Rejection relies on ExCeeD. A noise conditional score network (NCSN) is trained. Data come from Simu5G. We use PyCaret. Copyleaks and GPTKit detect generated text. AdaBN adapts the model. We adapt ForecastNet. MissionGNN is faster. The Maximally Divergent Interval (MDI) algorithm finds intervals. The TrackletNet Tracker extracts trajectories.', field: 'methods_mentioned', has: ['SENet', 'FoldingNet', 'HaloNet', 'MHFA', 'ExCeeD', 'NCSN', 'Simu5G', 'PyCaret', 'Copyleaks', 'GPTKit', 'AdaBN', 'ForecastNet', 'MissionGNN', 'MDI', 'TrackletNet Tracker'] },
  ]);
});
describe('thirty-fifth round, ninth part (dev pool): lexicon data sets readers list', () => {
  check<NamedField>([
    { why: 'lexicon: CAN, OOD, medical, fire, database, spreadsheet, music, meme, chest X-ray, gait, underwater, ocean and music-metadata data', title: 'Data', text: 'Using UNSW-NB15 and ROAD for automotive networks. We evaluate on the nuScenes OOD benchmark and HealthBench. Fire data come from EFFIS. We use the TPC-H benchmark and TPC-C. We test on VEnron2. We evaluate on MusicCaps and MemeTracker. Patches come from the Indiana University Chest X-Ray Collection. Silhouettes come from OU-MVLP. We use SUIM data. We scan the World Ocean Database. We merge data from Freebase and MusicBrainz. We test on the Yahoo Webscope benchmark.', field: 'datasets', has: ['ROAD', 'nuScenes OOD', 'HealthBench', 'EFFIS', 'TPC-H', 'TPC-C', 'VEnron', 'MusicCaps', 'MemeTracker', 'IU X-Ray', 'OU-MVLP', 'SUIM', 'World Ocean Database', 'MusicBrainz', 'Yahoo S5'] },
    { why: '... not "road" or "Road" as a word ("on the road", "Road Anomaly" is its own)', title: 'Driving', text: 'Vehicles on the road send CAN frames. The ROAD to safety is long.', field: 'datasets', not: ['ROAD'] },
  ]);
});
describe('thirty-fifth round, tenth part (dev pool): two names hyphened before a term of mathematics are an eponym', () => {
  check<NamedField>([
    { why: '"Forman-Ricci curvature", "Ollivier-Ricci curvature" (eponyms of a curvature)', title: 'Lower Ricci Curvature for Hypergraphs', text: 'Combinatorial approaches such as Forman-Ricci curvature capture only coarse features, whereas geometric methods like Ollivier-Ricci curvature offer richer expressivity.', field: 'methods_mentioned', not: ['Forman-Ricci', 'Ollivier-Ricci'] },
    { why: '"the Neyman-Pearson Lemma" in a title', title: 'Unsupervised Detection of Anomalous Sound Based on Deep Learning and the Neyman-Pearson Lemma', text: 'This paper proposes a novel optimization principle.', field: 'methods_mentioned', not: ['Neyman-Pearson'] },
  ]);
});
describe('thirty-fifth round, eleventh part (dev pool): a name right after the verb of a sentence that adds to the proposal is a second whole method', () => {
  check<NamedField>([
    { why: '"Additionally, we introduce LLM-CMAE, which integrates ... into CMAE" (after the paper\'s CMAE)', title: 'Payload-Aware Intrusion Detection with CMAE and Large Language Models', text: 'We propose the Convolutional Multi-Head Attention Ensemble (CMAE) for payload-aware detection. Additionally, we introduce LLM-CMAE, which integrates pre-trained Large Language Model (LLM) tokenizers into CMAE.', field: 'methods_proposed', has: ['CMAE', 'LLM-CMAE'] },
    { why: '... not a part the paper details ("Specifically, we design ZorbGate, which ...")', title: 'ZorbNet for anomaly detection', text: 'We propose ZorbNet, a detector for logs. Specifically, we design ZorbGate, which filters the tokens.', field: 'methods_proposed', has: ['ZorbNet'], not: ['ZorbGate'] },
  ]);
});
describe('thirty-sixth round (dev pool): power-quality disturbances, distributed acoustic sensing, gauges, earthquake monitoring and ionospheric disturbances are time series', () => {
  check<FacetField>([
    { why: '"Detection and Classification of Power Quality Disturbances Using Sparse Signal Decomposition" (voltage waveforms)', title: 'Detection and classification of power quality disturbances using sparse signal decomposition', text: 'Sags, swells and harmonics are classified.', field: 'domains', has: ['time-series'] },
    { why: '"Event Detection for Distributed Acoustic Sensing" (fibre signals, not audio)', title: 'Event detection for distributed acoustic sensing', text: 'We classify intrusion events along the fibre.', field: 'domains', has: ['time-series'], not: ['audio'] },
    { why: '"Automating Tide Gauge Quality Control"', title: 'Automating tide gauge quality control', text: 'Spikes and shifts in sea-level records are flagged.', field: 'domains', has: ['time-series'] },
    { why: '"Spatio-Temporal Graph Structure Learning for Earthquake Detection"', title: 'Graph learning for earthquake detection', text: 'Stations of a network record ground motion.', field: 'domains', has: ['time-series'] },
    { why: '"Detection of GNSS Ionospheric Scintillations Based on Machine Learning"', title: 'Detection of GNSS ionospheric scintillations based on machine learning', text: 'Receivers flag amplitude scintillation.', field: 'domains', has: ['time-series'] },
    { why: '... not damage seen in images after an earthquake', title: 'Post-earthquake structural damage recognition from images', text: 'We classify photographs of damaged buildings.', field: 'domains', not: ['time-series'] },
  ]);
});
describe('thirty-sixth round, second part (readers 36b, 36g, 36h, 36j, 36m, 36o): a known method the paper releases as "our ... X toolkit", a finding the paper names, survey data from projects and catalogues, a name cut at its hyphen, a challenge\'s year after its name', () => {
  check<NamedField>([
    { why: '"we release our large-scale TaskTracker toolkit" (a lexicon name the paper releases as its own)', title: 'Get my drift? Catching LLM Task Drift with Activation Deltas', text: 'We study LLM activations as a solution to detect task drift. To encourage further research, we release our large-scale TaskTracker toolkit, featuring a dataset of over 500K instances.', field: 'methods_proposed', has: ['TaskTracker'] },
    { why: '"a gap we call the Detection Gap" (a finding, no method)', title: 'Do SAE Features Actually Help Detect Jailbreaks?', text: 'SAE features consistently hurt detection compared to simple linear probes on raw activations, a gap we call the Detection Gap, which is negative on every model we test.', field: 'methods_proposed', not: ['Gap', 'Detection Gap'] },
    { why: '"catalogs of variable stars of known type from the MACHO and OGLE projects" (survey data)', title: 'Finding outlier light curves in catalogs of periodic variable stars', text: 'We performed the analysis on catalogs of variable stars of known type from the MACHO and OGLE projects and established that our method correctly identifies outliers.', field: 'datasets', has: ['MACHO', 'OGLE'] },
    { why: '"The WPS-dataset is evaluated" under the title "WPS-Dataset: ..." (no "WPS-")', title: 'WPS-Dataset: A Benchmark for Wood Plate Segmentation in Bark Removal Processing', text: 'A benchmark dataset named the WPS-dataset containing 4863 images was constructed. The WPS-dataset is evaluated by training six typical semantic segmentation models.', field: 'datasets', has: ['WPS-Dataset'], not: ['WPS-', 'WPS'] },
    { why: '"the Automatic Speaker Verification Spoofing and Countermeasures (ASVspoof) Challenge 2015" (that year\'s data, not the 2019 edition)', title: 'Anti-spoofing Methods for Automatic Speaker Verification System', text: 'We compared several spoofing detection systems on the development and evaluation datasets of the Automatic Speaker Verification Spoofing and Countermeasures (ASVspoof) Challenge 2015.', field: 'datasets', has: ['ASVspoof 2015'], not: ['ASVspoof 2019'] },
    { why: '"for the PhysioNet/Computing in Cardiology 2015 Challenge" (the year before "Challenge")', title: 'Reducing false arrhythmia alarms in the ICU', text: 'This study assessed the feasibility of using multimodal data for reducing false alarms in the ICU for the PhysioNet/Computing in Cardiology 2015 Challenge.', field: 'datasets', has: ['PhysioNet 2015'] },
  ]);
});
describe('thirty-sixth round, third part (readers 36a, 36c, 36d, 36e, 36i, 36j, 36l, 36m): lexicon names', () => {
  check<NamedField>([
    { why: 'lexicon: operator networks, attention GANs, bot detectors, instance discrimination, augmentation, box refinement', title: 'Methods', text: 'We compare with DeepONet and SAGAN. Accounts were scored by Botometer, DeBot and BotWalk. Features were learned with NPID. We augment images with GridMask and refine boxes with SABL.', field: 'methods_mentioned', has: ['DeepONet', 'SAGAN', 'Botometer', 'DeBot', 'BotWalk', 'NPID', 'GridMask', 'SABL'] },
    { why: 'lexicon: pretrained speech and multimodal models', title: 'Models', text: 'We extract features with the pre-trained Mockingjay model and the ONE-PEACE model.', field: 'models', has: ['Mockingjay', 'ONE-PEACE'] },
    { why: 'lexicon: sewer, robot, eye and speech-synthesis data', title: 'Data', text: 'We evaluate on Sewer-ML. Policies are tested on LIBERO-Long, LIBERO-Spatial and BEHAVIOR-1K. Fundus photographs come from the AREDS dataset. Synthetic speech comes from the Blizzard Challenge.', field: 'datasets', has: ['Sewer-ML', 'LIBERO-Long', 'LIBERO-Spatial', 'BEHAVIOR-1K', 'AREDS', 'Blizzard Challenge'] },
  ]);
});
describe('thirty-sixth round, fourth part (readers 36k, 36f, dev pool): power-line inspection and nuclear plants are industrial', () => {
  check<FacetField>([
    { why: '"Object detection-based inspection of power line insulators"', title: 'Object detection-based inspection of power line insulators', text: 'Drones photograph the lines and a detector finds broken insulators.', field: 'domains', has: ['industrial'] },
    { why: '"A UAV-based bird nest detection on power transmission lines"', title: 'A UAV-based bird nest detection on power transmission lines', text: 'Nests on towers cause outages.', field: 'domains', has: ['industrial'] },
    { why: '"Abnormal Event Detection in Nuclear Power Plants via Attention Networks"', title: 'Abnormal event detection in nuclear power plants via attention networks', text: 'Transients are identified from plant signals.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('thirty-sixth round, fifth part (readers 36r, 36v, 36w, 36x): lexicon names', () => {
  check<NamedField>([
    { why: 'lexicon: robust PCA, peptide search, generators, graph similarity', title: 'Methods', text: 'Outliers are flagged with ROBPCA. Spectra are searched with MS-GF+. Defect maps are generated with StyleGAN2-ADA. Reviewer similarity is computed with SimRank.', field: 'methods_mentioned', has: ['ROBPCA', 'MS-GF+', 'StyleGAN2-ADA', 'SimRank'] },
    { why: 'lexicon: ransomware data', title: 'Data', text: 'We evaluate on the UGRansome dataset.', field: 'datasets', has: ['UGRansome'] },
  ]);
});
describe('thirty-sixth round, sixth part (readers 36q, 36r, 36w, dev pool): hardware Trojans are semiconductors and security, cryptojacking is security and no finance, fake reviews are retail', () => {
  check<FacetField>([
    { why: '"HTnet: Transfer Learning for Golden Chip-Free Hardware Trojan Detection"', title: 'HTnet: Transfer learning for golden chip-free hardware Trojan detection', text: 'Trojans inserted by untrusted foundries are detected from side channels.', field: 'domains', has: ['semiconductor', 'security'] },
    { why: '"CoinPolice: Detecting Hidden Cryptojacking Attacks with Neural Networks" (mining malware, no money)', title: 'CoinPolice: Detecting hidden cryptojacking attacks with neural networks', text: 'Malicious websites mine cryptocurrency in visitors\' browsers.', field: 'domains', has: ['security'], not: ['finance'] },
    { why: '... but cryptocurrency markets are finance', title: 'Detecting pump-and-dump schemes in cryptocurrency markets', text: 'Prices of cryptocurrencies are manipulated.', field: 'domains', has: ['finance'] },
    { why: '"Detecting product review spammers using rating behaviors"', title: 'Detecting product review spammers using rating behaviors', text: 'Fake reviews mislead customers.', field: 'domains', has: ['retail'] },
  ]);
});
describe('thirty-sixth round, seventh part (readers 36y, 36ac, 36ab, dev pool): no adjective for a released package\'s name, the words of a spelt-out data name are no name of their own, lexicon names', () => {
  check<NamedField>([
    { why: '"implemented in an R package available at https://..." (no package named "available")', title: 'Mining adverse events in large frequency tables with ontology', text: 'The proposed method is implemented in an R package available at https://github.com/umich-biostatistics/zGPS.AO.', field: 'methods_proposed', not: ['available'] },
    { why: '"a dataset called University of Houston Camera Tampering Detection dataset (UHCTD)" (one name, not its tail as another)', title: 'UHCTD: A Comprehensive Dataset for Camera Tampering Detection', text: 'We propose a large scale synthetic dataset called University of Houston Camera Tampering Detection dataset (UHCTD) for development and testing of camera tampering detection methods.', field: 'datasets', has: ['UHCTD'], not: ['Houston Camera Tampering Detection'] },
    { why: 'lexicon: pharmacovigilance, trial-registry and endoscopy-challenge data', title: 'Data', text: 'Posts come from the SMM4H shared task. Reports come from CAERS and JADER. Trials are listed on ClinicalTrials.gov. We evaluate on EndoCV 2022 and EAD2019.', field: 'datasets', has: ['SMM4H', 'CAERS', 'JADER', 'ClinicalTrials.gov', 'EndoCV 2022', 'EAD2019'] },
    { why: 'lexicon: a span-level language model', title: 'Models', text: 'We fine-tune the pre-trained SpanBERT model.', field: 'models', has: ['SpanBERT'] },
  ]);
});
describe('thirty-sixth round, eighth part (readers 36z, 36aa, dev pool): security smells and access-control policies are security; doping and athlete passports medical', () => {
  check<FacetField>([
    { why: '"GLITCH: Automated Polyglot Security Smell Detection in Infrastructure as Code"', title: 'GLITCH: Automated polyglot security smell detection in infrastructure as code', text: 'Scripts for Ansible and Chef are analysed.', field: 'domains', has: ['security'] },
    { why: '"Baaz: A System for Detecting Access Control Misconfigurations"', title: 'Baaz: A system for detecting access control misconfigurations', text: 'We compare access control policies of users in an organisation.', field: 'domains', has: ['security'] },
    { why: '"Factors Confounding the Athlete Biological Passport"', title: 'Factors confounding the athlete biological passport: a systematic review', text: 'Haematological markers of blood doping vary with altitude.', field: 'domains', has: ['medical'] },
  ]);
});
describe('thirty-sixth round, ninth part (readers 36ah, 36ak, 36am, 36an, 36aj): a place noun after an ambiguous data name, lexicon names', () => {
  check<NamedField>([
    { why: '"deforestation in the Amazon rainforest" (a place, not the Amazon reviews data)', title: 'Evaluation of deep learning techniques for deforestation detection in the Amazon rainforest', text: 'We map clearings in the Amazon rainforest with Landsat images.', field: 'datasets', not: ['Amazon'] },
    { why: '"Research on 1D-CNN Detection Methods ..." (no CNNDetection)', title: 'Research on 1D-CNN Detection Methods of High-Speed Railway Catenary Dropper Faults', text: 'A one-dimensional network classifies acceleration signals.', field: 'methods_mentioned', not: ['CNNDetection'] },
    { why: 'lexicon: MOOC, deforestation, fire, forensics and identity-document data', title: 'Data', text: 'We use KDD Cup 2015 and OULAD. Labels come from PRODES, MTBS and Global Forest Change. We test on CASIA 2 and WildWeb. Documents come from MIDV-500 and MIDV-2020.', field: 'datasets', has: ['KDD Cup 2015', 'OULAD', 'PRODES', 'MTBS', 'Global Forest Change', 'CASIA', 'WildWeb', 'MIDV-500', 'MIDV-2020'] },
    { why: 'lexicon: breakpoint detection in satellite time series', title: 'Methods', text: 'Breakpoints are found with BFAST.', field: 'methods_mentioned', has: ['BFAST'] },
    { why: 'lexicon: the 2018 PhysioNet challenge on sleep arousals (the year before the name)', title: 'Sleep arousal detection', text: 'The proposed algorithm is validated on the 2018 PhysioNet challenge dataset.', field: 'datasets', has: ['PhysioNet 2018'], not: ['PhysioNet'] },
  ]);
});
describe('thirty-sixth round, tenth part (readers 36ag, 36aj, 36ak, dev pool): forgeries of real images and documents are no generated content; fuel cells are industrial', () => {
  check<FacetField>([
    { why: '"Copy Move Forgery Detection through Graph Neighborhood Degree" (an edit of a real photograph)', title: 'Copy move forgery detection through graph neighborhood degree', text: 'Image forgery detection finds duplicated regions in a photograph.', field: 'settings', not: ['synthetic-data-detection'] },
    { why: '... still natural images', title: 'Copy move forgery detection through graph neighborhood degree', text: 'Image forgery detection finds duplicated regions in natural images.', field: 'domains', has: ['natural-images'] },
    { why: '... but forged images a diffusion model made are generated content', title: 'Forgery detection for diffusion-edited images', text: 'Forgery localization must cope with images generated by diffusion models.', field: 'settings', has: ['synthetic-data-detection'] },
    { why: '"Diagnosis of Fuel Cell Health Status with Deep Sparse Auto-Encoder"', title: 'Diagnosis of fuel cell health status with deep sparse auto-encoder', text: 'Flooding and drying faults of PEMFC stacks are classified.', field: 'domains', has: ['industrial'] },
  ]);
});
describe('thirty-sixth round, eleventh part (dev pool): vibrations and dynamic time warping are time series; a vibration paper keeps its industrial tag', () => {
  check<FacetField>([
    { why: '"Bridge damage detection from vibrations"', title: 'Damage detection in bridges from traffic-induced vibrations', text: 'Accelerations recorded on the deck are compared over months.', field: 'domains', has: ['time-series'] },
    { why: '"anomaly detection with dynamic time warping"', title: 'Anomaly detection in telemetry with dynamic time warping', text: 'Distances between windows flag outliers.', field: 'domains', has: ['time-series'] },
    { why: '"Condition monitoring of industrial fans from vibrations" (industrial beside time series)', title: 'Condition monitoring of industrial fans from vibrations', text: 'Industrial fans are monitored by their vibrations.', field: 'domains', has: ['time-series', 'industrial'] },
  ]);
});
describe('thirty-sixth round, twelfth part (dev pool): signature verification, malicious users and code, injection attacks, identity documents, telecom fraud and biometrics are security', () => {
  check<FacetField>([
    { why: '"Offline handwritten signature verification" (skilled forgeries)', title: 'Writer-independent offline handwritten signature verification', text: 'Genuine signatures are told from skilled forgeries.', field: 'domains', has: ['security'] },
    { why: '"Detecting malicious packages in PyPI"', title: 'Detecting malicious packages in the PyPI ecosystem', text: 'We flag packages that steal credentials.', field: 'domains', has: ['security'] },
    { why: '"SQL injection attacks"', title: 'Detection of SQL injection attacks with machine learning', text: 'Queries are classified as benign or not.', field: 'domains', has: ['security'] },
    { why: '"fraud in identity documents"', title: 'Weakly supervised training for hologram verification in identity documents', text: 'Holograms are checked on ID cards.', field: 'domains', has: ['security'] },
    { why: '"telecom fraud from call detail records"', title: 'Telecom fraud detection from call detail records', text: 'SIM-box numbers make unusual calls.', field: 'domains', has: ['security'] },
  ]);
});
describe('thirty-sixth round, thirteenth part (dev pool): refrigerants, power plants, acoustic emission and HVAC are industrial (acoustic emission no audio); machine translation, quality estimation, authorship verification, sentiment and shared tasks are text', () => {
  check<FacetField>([
    { why: '"Refrigerant leak detection in supermarket refrigeration"', title: 'Refrigerant leak detection in supermarket refrigeration systems', text: 'Charge loss is flagged early.', field: 'domains', has: ['industrial'] },
    { why: '"Acoustic emission monitoring of grinding" (stress waves in materials, not sound data)', title: 'Tool wear monitoring based on wavelet transform of acoustic emission', text: 'Signals are recorded during grinding.', field: 'domains', has: ['industrial'], not: ['audio'] },
    { why: '"Critical error detection in neural machine translation"', title: 'Critical error detection for neural machine translation', text: 'We flag translations that distort the meaning.', field: 'domains', has: ['text'] },
    { why: '"Authorship verification as one-class classification"', title: 'Authorship verification as a one-class classification problem', text: 'We decide whether a disputed document was written by the author.', field: 'domains', has: ['text'] },
    { why: '... not the negative texts of a vision-language model', title: 'Mind the way you select negative texts for OOD detection', text: 'CLIP scores images against negative labels.', field: 'domains', not: ['text'] },
  ]);
});
describe('thirty-sixth round, fourteenth part (readers 35am, dev pool): optical networks are computing systems', () => {
  check<FacetField>([
    { why: '"Machine Learning for Real-Time Anomaly Detection in Optical Networks"', title: 'Machine learning for real-time anomaly detection in optical networks', text: 'Soft failures of links are flagged from monitoring data.', field: 'domains', has: ['computing-systems'] },
  ]);
});
describe('thirty-sixth round, fifteenth part (dev pool): lexicon names readers list; RT-DETR and OpenPose are pretrained models', () => {
  check<NamedField>([
    { why: 'lexicon: a web application firewall, a game-playing framework', title: 'Methods', text: 'Requests are filtered by ModSecurity. Agents are built on GVG-AI.', field: 'methods_mentioned', has: ['ModSecurity', 'GVG-AI'] },
    { why: 'lexicon: heart sounds, a shared task on generated text, linked data', title: 'Data', text: 'We evaluate on the PASCAL Classifying Heart Sounds Challenge. Systems were submitted to GenAI Content Detection Task 1. Links are drawn from the LOD Cloud.', field: 'datasets', has: ['PASCAL Classifying Heart Sounds Challenge', 'GenAI Content Detection Task 1', 'LOD Cloud'] },
    { why: 'RT-DETR and OpenPose used as they are: models', title: 'Models', text: 'We use the pretrained RT-DETR detector and OpenPose to extract skeletons.', field: 'models', has: ['RT-DETR', 'OpenPose'] },
  ]);
});
describe('thirty-seventh round (readers 37b, 37d, 37f, 37j): the paper\'s own set last in a list of others\', a second method set off as an approach, a framework "of" a long form, the paper\'s stated contribution, a named method put to use', () => {
  check<NamedField>([
    { why: '"on the standard CRMI13-Skeleton and our PDMB-Skeleton datasets" (the first is others\')', title: 'Cross-skeleton interaction network for mouse social behaviour', text: 'Experimental results on the standard CRMI13-Skeleton and our PDMB-Skeleton datasets show that our proposed model outperforms other approaches.', field: 'datasets', has: ['CRMI13-Skeleton', 'PDMB-Skeleton'] },
    { why: '... but not a name inside another phrase before "and our": "variations of SSIVD-Net and Salient Classifier on our SCVD dataset"', title: 'Violence detection in surveillance footage', text: 'We evaluate variations of SSIVD-Net and Salient Classifier on our SCVD dataset and benchmark against other models.', field: 'datasets', not: ['SSIVD-Net'] },
    { why: '"We further combine DBE with ... to propose Variational Disentangled Behavior Embedding (VDBE), an end-to-end approach that" (a second method, not a part)', title: 'Learning disentangled behavior embeddings', text: 'In this paper, we design Disentangled Behavior Embedding (DBE) to learn robust behavioral embeddings. We further combine DBE with a stochastic temporal model to propose Variational Disentangled Behavior Embedding (VDBE), an end-to-end approach that learns discrete behavior representations.', field: 'methods_proposed', has: ['DBE', 'VDBE'] },
    { why: '"this paper proposes an unsupervised learning framework of dual attention embedded reconstruction distillation (DAERD)" (a lower-case long form the framework is "of")', title: 'Dual attention embedded reconstruction distillation for unsupervised yarn-dyed fabric defect detection', text: 'To solve this problem, this paper proposes an unsupervised learning framework of dual attention embedded reconstruction distillation (DAERD). The teacher network is pretrained.', field: 'methods_proposed', has: ['DAERD'] },
    { why: '... not a task the framework is "of"', title: 'A study of fabric inspection', text: 'This paper proposes a framework of fabric defect detection (FDD) that uses autoencoders.', field: 'methods_proposed', not: ['FDD'] },
    { why: '"The main contribution of this work is I-FUND, a faulty node detection algorithm that ..."', title: 'Fault tolerant complex event detection in WSNs', text: 'The main contribution of this work is I-FUND, a faulty node detection algorithm that takes feature vectors as input.', field: 'methods_proposed', has: ['I-FUND'] },
    { why: '"a weakly supervised ... model called Robust Temporal Feature Magnitude Learning (RTFM) is applied in the system" (put to use, someone else\'s)', title: 'Benchmarking edge devices with an end-to-end video anomaly detection system', text: 'Regarding anomaly detectors, a weakly supervised video-based deep learning model called Robust Temporal Feature Magnitude Learning (RTFM) is applied in the system.', field: 'methods_mentioned', has: ['RTFM'] },
    { why: '... no proposal of the paper', title: 'Benchmarking edge devices with an end-to-end video anomaly detection system', text: 'Regarding anomaly detectors, a weakly supervised video-based deep learning model called Robust Temporal Feature Magnitude Learning (RTFM) is applied in the system.', field: 'methods_proposed', not: ['RTFM'] },
  ]);
});
describe('thirty-seventh round, second part (readers 37g, 37k, 37r, 37t): a coined network name after the network it names in a passive proposal, a gerund and its object heading a title, an English word inside an acronym\'s spelt-out list', () => {
  check<NamedField>([
    { why: '"a novel method based on deep convolutional neural networks (Deep-ShrimpNet) is proposed"', title: 'Soft-shell shrimp recognition for quality evaluation', text: 'To circumvent this problem, a novel method based on deep convolutional neural networks (Deep-ShrimpNet) is proposed.', field: 'methods_proposed', has: ['Deep-ShrimpNet'] },
    { why: '"an automatic RFI identification method is proposed based on a siamese-type deep convolutional neural network (Siam-CNN-RIM)"', title: 'Automatic RFI identification for Sentinel-1 using repeat-pass images', text: 'In this paper, an automatic RFI identification method is proposed based on a siamese-type deep convolutional neural network (Siam-CNN-RIM).', field: 'methods_proposed', has: ['Siam-CNN-RIM'] },
    { why: '"Empowering AIOps: Leveraging Large Language Models ..." (a gerund and its object, no name)', title: 'Empowering AIOps: Leveraging Large Language Models for IT Operations Management', text: 'We review how language models serve IT operations.', field: 'methods_proposed', not: ['Empowering AIOps'] },
    { why: '"Deep learning hyperspectral imaging: a rapid and reliable alternative ..." (a description in sentence case)', title: 'Deep learning hyperspectral imaging: a rapid and reliable alternative to conventional techniques', text: 'We review food inspection with hyperspectral cameras.', field: 'methods_proposed', not: ['Deep learning hyperspectral imaging'] },
    { why: '"BSR (Buzz, Squeak, Rattle)" (the noises, not the Buzz graph method)', title: 'Noise classification in vehicles', text: 'There are three types of noise generated inside the vehicle: BSR (Buzz, Squeak, Rattle).', field: 'methods_mentioned', not: ['Buzz'] },
    { why: '... but a known name the acronym spells too stays: "BAG-CLIP (Bifurcated Attention Graph-Enhanced CLIP)"', title: 'Zero-shot industrial anomaly detection', text: 'This paper proposes BAG-CLIP (Bifurcated Attention Graph-Enhanced CLIP), a dual-path zero-shot anomaly detection method.', field: 'models', has: ['CLIP'] },
  ]);
});
describe('thirty-seventh round, third part (readers 37c, 37d, 37e, 37f, 37m, 37o): lexicon names', () => {
  check<NamedField>([
    { why: 'lexicon: water-quality event detection and animal pose tools', title: 'Methods', text: 'Events are detected with CANARY. Poses are tracked with DeepLabCut and SLEAP, then clustered by B-SOiD and MoSeq. Mice are followed by LiveMouseTracker.', field: 'methods_mentioned', has: ['CANARY', 'DeepLabCut', 'SLEAP', 'B-SOiD', 'MoSeq', 'LiveMouseTracker'] },
    { why: 'lexicon: sensor-network, behaviour, crowd, name-disambiguation and knowledge-graph data', title: 'Data', text: 'We use data from the Intel Berkeley Research Laboratory. We evaluate on MABe 2022. Results on the Violent-Flows dataset are reported. We test on WhoIsWho and CaLiGraph.', field: 'datasets', has: ['Intel Berkeley Research Lab', 'MABe 2022', 'Violent Flows', 'WhoIsWho', 'CaLiGraph'] },
    { why: 'lexicon: a pathology foundation model', title: 'Models', text: 'Virchow2 and H-Optimus-1 are the most effective models overall.', field: 'models', has: ['H-optimus-1'] },
  ]);
});
describe('thirty-seventh round, fourth part (readers 37s, 37u): a lower-case coined name with a number heading a title; lexicon names', () => {
  check<NamedField>([
    { why: '"dacl1k: Real-World Bridge Damage Dataset ..." (letters and a number in lower case coin a name)', title: 'dacl1k: Real-World Bridge Damage Dataset Putting Open-Source Data to the Test', text: 'We test such models on our dataset of building inspections.', field: 'datasets', has: ['dacl1k'] },
    { why: '... not a plain lower-case word', title: 'beyond: Notes on Bridge Damage Data', text: 'We test such models on bridges.', field: 'datasets', not: ['beyond'] },
    { why: 'lexicon: an EfficientNetV2 size written without its hyphen, keypoint matchers', title: 'Models', text: 'We use EfficientNetV2B0 to classify locations. Points are matched by LightGlue with SuperPoint features.', field: 'models', has: ['EfficientNetV2-B0', 'LightGlue', 'SuperPoint'] },
    { why: 'lexicon: an instance segmentation method', title: 'Methods', text: 'We compare with PointRend and Mask Transfiner.', field: 'methods_mentioned', has: ['Mask Transfiner'] },
  ]);
});
describe('thirty-seventh round, fifth part (readers 37a, 37e, 37u, 37v, dev pool): identifying the type of a fault and classifying damage are anomaly classification', () => {
  check<FacetField>([
    { why: '"put into the LSTM network to identify the types of faults"', title: 'Fault detection and diagnosis using an autoencoder and LSTM', text: 'The faulty data are put into the LSTM network to identify the types of faults.', field: 'settings', has: ['anomaly-classification'] },
    { why: '"visual inspection tasks such as ... damage classification"', title: 'Visual container inspection with deep learning', text: 'We address inspection tasks such as text recognition and damage classification.', field: 'settings', has: ['anomaly-classification'] },
  ]);
});
describe('thirty-seventh round, sixth part (readers 37g, 37m, dev pool): a paper that speaks of nothing anomalous localizes no anomaly', () => {
  check<FacetField>([
    { why: '"Urban Change Detection for Multispectral Earth Observation" (changes located, nothing anomalous)', title: 'Urban change detection for multispectral earth observation using convolutional neural networks', text: 'We segment the pixels that changed between two satellite images and localize new buildings.', field: 'settings', not: ['anomaly-localization'] },
    { why: '... but defects localized are', title: 'Fabric defect segmentation', text: 'We segment the pixels of defects in fabric images and localize them.', field: 'settings', has: ['anomaly-localization'] },
    { why: '"a novel method" says nothing anomalous ("CLIP-Driven Universal Model for Organ Segmentation")', title: 'A universal model for organ segmentation', text: 'We propose a novel method that segments and localizes organs in CT scans.', field: 'settings', not: ['anomaly-localization'] },
  ]);
});
describe('thirty-seventh round, seventh part (readers 37aa, 37ab, 37ac, 37ad, 37y, 37z): lexicon names; orbits are no names', () => {
  check<NamedField>([
    { why: 'lexicon: the dialogue breakdown detection challenges and a follow-up question set', title: 'Data', text: 'We took part in the Fourth Dialogue Breakdown Detection Challenge (DBDC4). Results on DBDC5 and the Learning to Identify Follow-Up Questions dataset LIF are reported.', field: 'datasets', has: ['DBDC4', 'DBDC5', 'LIF'] },
    { why: 'lexicon: skin lesions, motion forecasting data (not the Waymo Open Dataset)', title: 'Data', text: 'We apply the estimators to ISIC 2020 and MILK10k. Evaluations use the Waymo Open Motion Dataset.', field: 'datasets', has: ['MILK10k', 'Waymo Open Motion Dataset'], not: ['Waymo Open Dataset'] },
    { why: 'lexicon: a pretrained detector', title: 'Models', text: 'A pre-trained DetectNet model finds defects.', field: 'models', has: ['DetectNet'] },
    { why: 'lexicon: a safety model, a continual-learning method, a socialbot', title: 'Methods', text: 'Scenarios are falsified against Responsibility Sensitive Safety. Forgetting is reduced with memory-aware synapses. We study Chirpy Cardinal.', field: 'methods_mentioned', has: ['Responsibility-Sensitive Safety', 'Memory Aware Synapses', 'Chirpy Cardinal'] },
    { why: '"based on Low Earth Orbit (LEO) networks" (an orbit, no method)', title: 'Intermittent jamming of satellite telemetry', text: 'Satellite communication systems, especially based on Low Earth Orbit (LEO) networks, become promising.', field: 'methods_mentioned', not: ['LEO', 'Low Earth Orbit'] },
  ]);
});
describe('thirty-seventh round, eighth part (readers 37k, 37m, dev pool): a paper that builds a foundation model uses no foundation model\'s features', () => {
  check<FacetField>([
    { why: '"SeisLM: a Foundation Model for Seismic Waveforms"', title: 'SeisLM: a Foundation Model for Seismic Waveforms', text: 'We pretrain a foundation model on unlabelled seismic waveforms with self-supervised learning.', field: 'techniques', not: ['foundation-model-features'] },
    { why: '... but a detector built on one does', title: 'ChronosAD: Leveraging Time Series Foundation Models for Accurate Anomaly Detection', text: 'We use features from pretrained foundation models to score anomalies.', field: 'techniques', has: ['foundation-model-features'] },
  ]);
});
describe('thirty-seventh round, ninth part (readers 37ai, 37aj, 37ak, 37al, 37ae): no long form across another parenthesis; lexicon names', () => {
  check<NamedField>([
    { why: '"a run-time system (GPT-2C) that leverages large pre-trained models (GPT-2)" (GPT-2 is no proposal spelt out)', title: 'GPT-2C: A GPT-2 parser for Cowrie honeypot logs', text: 'In this paper, we present a run-time system (GPT-2C) that leverages large pre-trained models (GPT-2) to parse dynamic logs generated by a Cowrie SSH honeypot.', field: 'methods_proposed', has: ['GPT-2C'], not: ['GPT-2'] },
    { why: 'lexicon: plagiarism detectors, scanners, honeypots, a super-resolution GAN, an attack, segmentation networks, crystallography tools', title: 'Methods', text: 'Submissions are compared with MOSS, JPlag, Plaggie and CCFinder. Attackers scan with Nmap and Nessus. Logs come from Cowrie, GridPot and Capture-HPC. Images are enhanced by SRGAN. We evaluate against BPDA. We use U2-Net and Fast-SCNN. Models are refined with Phenix and PDB-REDO.', field: 'methods_mentioned', has: ['MOSS', 'JPlag', 'Plaggie', 'CCFinder', 'Nmap', 'Nessus', 'Cowrie', 'GridPot', 'Capture-HPC', 'SRGAN', 'BPDA', 'U2-Net', 'Fast-SCNN', 'Phenix', 'PDB-REDO'] },
    { why: '... not the plant', title: 'Lichens on roofs', text: 'Moss grows on the stones of old roofs.', field: 'methods_mentioned', not: ['MOSS'] },
    { why: 'lexicon: parallel text, microscopy archives', title: 'Data', text: 'Sentences come from MultiUN. Maps archived in the EMDB (Electron Microscopy Data Bank) and EMPIAR are analysed.', field: 'datasets', has: ['MultiUN', 'EMDB', 'EMPIAR'] },
  ]);
});
describe('thirty-seventh round, tenth part (readers 37ah, 37t, 37x, dev pool): a recognition or classification rate with its figure is accuracy; a kind of misconduct heading a title is no name', () => {
  check<FacetField>([
    { why: '"the recognition rate of this method reaches 87.75%"', title: 'Campus fighting behavior detection based on skeleton sequences', text: 'The experimental results show that the recognition rate of this method reaches 87.75%.', field: 'metrics', has: ['accuracy'] },
    { why: '... not a rate without its figure', title: 'Campus fighting behavior detection based on skeleton sequences', text: 'We aim to maximise the classification rate.', field: 'metrics', not: ['accuracy'] },
  ]);
  check<NamedField>([
    { why: '"NFT Wash Trading: Quantifying suspicious behaviour in NFT markets" (a kind of misconduct, the topic)', title: 'NFT Wash Trading: Quantifying suspicious behaviour in NFT markets', text: 'We study trades between colluding accounts.', field: 'methods_proposed', not: ['NFT Wash Trading'] },
  ]);
});
describe('thirty-seventh round, eleventh part (dev pool): a sensor\'s 3D axes, a hyperspectral cube, 3D graphics and games, a pseudo-3D network are no 3D data', () => {
  check<FacetField>([
    { why: '"3D acceleration for heat detection in dairy cows" (an accelerometer\'s axes)', title: '3D acceleration for heat detection in dairy cows', text: 'Collars record the movement of cows.', field: 'domains', not: ['3d'] },
    { why: '"Scriptless Testing for an Industrial 3D Sandbox Game"', title: 'Scriptless testing for an industrial 3D sandbox game', text: 'Agents explore the game to find bugs.', field: 'domains', not: ['3d'] },
    { why: '... but 3D scans are', title: 'Defect detection on 3D scans of castings', text: 'We detect defects on 3D scans of metal parts.', field: 'domains', has: ['3d'] },
  ]);
});
describe('thirty-seventh round, twelfth part (dev pool): a reasoning speed, reasoning errors, statistical or symbolic reasoning and a model\'s inner reasoning are no reasoning setting', () => {
  check<FacetField>([
    { why: '"the fastest reasoning speed based on MobileNet is 56 FPS" (inference speed)', title: 'ArcMask: a fast image-based method for pantograph arc detection', text: 'The fastest reasoning speed based on MobileNet is 56 FPS.', field: 'settings', not: ['reasoning'] },
    { why: '"objective methods based on solid statistical reasoning"', title: 'Statistical methods for detecting outlying studies in meta-analysis', text: 'We proposed objective methods based on solid statistical reasoning for identifying outlying studies.', field: 'settings', not: ['reasoning'] },
    { why: '... but reasoning the paper asks of a model is', title: 'Anomaly reasoning with multimodal large language models', text: 'The model must reason about anomalies and explain its chain-of-thought reasoning.', field: 'settings', has: ['reasoning'] },
  ]);
});
describe('thirty-seventh round, thirteenth part (readers 37am, 37an, 37ao, 37ap): a known method\'s name glued to one letter is another name; lexicon names', () => {
  check<NamedField>([
    { why: '"GANs ... on e-MERLIN data" (a telescope, not the MERLIN discord method)', title: 'Trialling generative adversarial networks for RFI identification', text: 'We trial GANs on e-MERLIN data.', field: 'methods_mentioned', not: ['MERLIN'] },
    { why: 'lexicon: RFI flaggers, a licence-plate reader, an action segmenter', title: 'Methods', text: 'Flags come from SumThreshold and SSINS. Plates are read by OpenALPR. Actions are segmented by MS-TCN.', field: 'methods_mentioned', has: ['SumThreshold', 'SSINS', 'OpenALPR', 'MS-TCN'] },
    { why: 'lexicon: journal citation data, a gait video data set', title: 'Data', text: 'Data come from the Journal Citation Reports. We evaluate on the Gait Abnormality Video Dataset (GAVD).', field: 'datasets', has: ['Journal Citation Reports', 'GAVD'] },
  ]);
});
describe('thirty-seventh round, fourteenth part (reader 37ap, dev pool): a title head ending on surveillance, monitoring or inspection is the topic', () => {
  check<NamedField>([
    { why: '"Next-Gen Traffic Surveillance: AI-assisted Mobile Traffic Violation Detection"', title: 'Next-Gen Traffic Surveillance: AI-assisted Mobile Traffic Violation Detection', text: 'We detect violations from a moving camera.', field: 'methods_proposed', not: ['Next-Gen Traffic Surveillance'] },
  ]);
});
describe('thirty-seventh round, fifteenth part (reader 37ao, dev pool): solar radio bursts, the 21-cm signal and radio arrays are astronomy', () => {
  check<FacetField>([
    { why: '"Automatic burst detection in solar radio spectrograms"', title: 'Automatic burst detection in solar radio spectrograms using deep learning', text: 'Users can check whether a solar radio burst has taken place.', field: 'domains', has: ['astronomy'] },
    { why: '"RFI in 21 cm Epoch of Reionization power spectra"', title: 'Ultra-faint interference in deep 21 cm power spectra', text: 'We flag interference in observations of the Epoch of Reionization.', field: 'domains', has: ['astronomy'] },
    { why: '... not interference in a GNSS receiver', title: 'Machine learning baselines for GNSS RFI detection', text: 'Radio frequency interference degrades GNSS receivers.', field: 'domains', not: ['astronomy'] },
  ]);
});
describe('thirty-eighth round (readers 38a, 38b, 38c, 38g, dev pool): the anomalies or errors a title\'s head names, what a task prevents, a slogan\'s "Beware", what a paper is compared with "namely"', () => {
  check<NamedField>([
    { why: '"TEC anomalies—Local TEC changes prior to earthquakes ..." (the phenomenon studied)', title: 'TEC anomalies—Local TEC changes prior to earthquakes or TEC response to solar and geomagnetic activity changes?', text: 'We study total electron content (TEC) before strong earthquakes.', field: 'methods_proposed', not: ['TEC anomalies'] },
    { why: '"Financial statement errors: evidence from ..."', title: 'Financial statement errors: evidence from the distributional properties of financial statement numbers', text: 'We test whether reported numbers conform to Benford\'s law.', field: 'methods_proposed', not: ['Financial statement errors'] },
    { why: '"Insider Threats Mitigation: Role of Penetration Testing" (what a task prevents, the topic)', title: 'Insider Threats Mitigation: Role of Penetration Testing', text: 'We review how penetration testing reduces insider risks.', field: 'methods_proposed', not: ['Insider Threats Mitigation'] },
    { why: '"Backers Beware: Characteristics and Detection of Fraudulent Crowdfunding Campaigns" (a slogan)', title: 'Backers Beware: Characteristics and Detection of Fraudulent Crowdfunding Campaigns', text: 'We collect and analyse fraudulent campaigns.', field: 'methods_proposed', not: ['Backers Beware'] },
    { why: '... but a coined head still names the method', title: 'ZorbGuard: Detecting Fraudulent Crowdfunding Campaigns', text: 'We propose ZorbGuard to flag fraudulent campaigns.', field: 'methods_proposed', has: ['ZorbGuard'] },
    { why: '"compared with the conventional anomaly detection method, namely Reed-Xiaoli (RX) detector" (what the paper is compared with)', title: 'Hyperspectral anomaly detection method based on auto-encoder', text: 'In this paper, we propose a novel anomaly detection method. The proposed anomaly detection method is compared with the conventional anomaly detection method, namely Reed-Xiaoli (RX) detector.', field: 'methods_mentioned', has: ['RX'] },
    { why: '... and so not the paper\'s own', title: 'Hyperspectral anomaly detection method based on auto-encoder', text: 'In this paper, we propose a novel anomaly detection method. The proposed anomaly detection method is compared with the conventional anomaly detection method, namely Reed-Xiaoli (RX) detector.', field: 'methods_proposed', not: ['RX'] },
    { why: '... but "our proposed method, namely X" after a comparison is the paper\'s', title: 'Fast hyperspectral anomaly detection', text: 'Compared with existing methods, our proposed method, namely Zorbnet, is faster.', field: 'methods_proposed', has: ['Zorbnet'] },
  ]);
});
describe('thirty-eighth round, second part (reader 38x, dev pool): a team\'s paper at a shared task\'s edition is evaluated on the task\'s data', () => {
  check<NamedField>([
    { why: '"WangLab at MEDIQA-CORR 2024: ..."', title: 'WangLab at MEDIQA-CORR 2024: Optimized LLM-based Programs for Medical Error Detection and Correction', text: 'We detect and correct errors in clinical notes.', field: 'datasets', has: ['MEDIQA-CORR 2024'] },
    { why: '... not "at Scale", "at Petascale" (no edition)', title: 'Ad Injection at Scale: Assessing Deceptive Advertisement Modifications', text: 'We study injected ads.', field: 'datasets', not: ['Scale'] },
  ]);
  it('"FI Group at SemEval-2024 Task 8: ..." evaluates on the task\'s data', () => {
    const r = extractEntities(paper('FI Group at SemEval-2024 Task 8: A Syntactically Motivated Architecture for Multilingual Machine-Generated Text Detection', 'We detect machine-generated text with syntactic features.'));
    expect(r.datasets.map((d) => [d.name, d.role])).toContainEqual(['SemEval-2024 Task 8', 'evaluated']);
  });
});
describe('thirty-eighth round, third part (reader 38r): a data word that modifies what a method measures or detects is no data head', () => {
  check<NamedField>([
    { why: '"Kernel Divergence Score (KDS), a novel method that quantifies dataset contamination"', title: 'How Contaminated Is Your Benchmark? Quantifying Dataset Leakage in Large Language Models with Kernel Divergence', text: 'To address this problem, we propose Kernel Divergence Score (KDS), a novel method that quantifies dataset contamination by computing the divergence between kernel similarity matrices.', field: 'methods_proposed', has: ['KDS'] },
    { why: '"PRISM, a test that detects dataset-level non-membership"', title: 'Detecting Non-Membership in LLM Training Data via Rank Correlations', text: 'We address this gap by introducing PRISM, a test that detects dataset-level non-membership using only grey-box access to model logits.', field: 'methods_proposed', has: ['PRISM'] },
    { why: '... but "X, a benchmark for dataset contamination detection" is data', title: 'Notes on Things', text: 'We introduce ZorbBench, a benchmark for dataset contamination detection.', field: 'datasets', has: ['ZorbBench'] },
  ]);
});
describe('thirty-eighth round, fourth part (readers 38j, 38l, 38s, dev pool): a possessive after a naming word, a data word after a word of what the data hold, a modifier glued to capitals, "X-block"', () => {
  check<NamedField>([
    { why: '"neurological disorders, namely Parkinson’s disease, Diplegia, ..." (a disease, no method)', title: 'Detection of Gait Abnormalities caused by Neurological Disorders', text: 'We leverage gait to detect some of the important neurological disorders, namely Parkinson’s disease, Diplegia, Hemiplegia, and Huntington’s Chorea.', field: 'methods_proposed', not: ['Parkinson'] },
    { why: '"We name it NeuroSynGait video dataset" (data, named)', title: 'Detection of Gait Abnormalities caused by Neurological Disorders', text: 'We build a synthetic video dataset of persons mimicking the gait of persons with such disorders. We name it NeuroSynGait video dataset.', field: 'datasets', has: ['NeuroSynGait'] },
    { why: '... and not a method', title: 'Detection of Gait Abnormalities caused by Neurological Disorders', text: 'We build a synthetic video dataset of persons mimicking the gait of persons with such disorders. We name it NeuroSynGait video dataset.', field: 'methods_proposed', not: ['NeuroSynGait'] },
    { why: '"the first LLMdriven system" (a hyphen a PDF lost)', title: 'Deficient peer review detection', text: 'This study presents the first LLMdriven system for detecting deficient reviews.', field: 'methods_proposed', not: ['LLMdriven'] },
    { why: '... not a coined name ending in a capitalised word', title: 'Attacks on energy theft detection', text: 'We design the SearchFromFree framework that consists of two parts.', field: 'methods_proposed', has: ['SearchFromFree'] },
    { why: '"manipulated variables (X-block)" (a block of a regression, not the XBlock data)', title: 'Nonlinear monitoring and prediction model in an industrial environmental process', text: 'Eleven process and manipulated variables (X-block) were used to model three output variables (Y-block).', field: 'datasets', not: ['XBlock-ETH'] },
  ]);
});
describe('thirty-eighth round, fifth part (readers 38ab, 38ac, dev pool): a title head ending on prediction or calibration, a survey named by its acronym and "survey", an ambiguous name spelt out as something else', () => {
  check<NamedField>([
    { why: '"Sepsis Prediction: An Attention-Based Interpretable Approach" (the task, the topic)', title: 'Sepsis Prediction: An Attention-Based Interpretable Approach', text: 'We predict sepsis in intensive care patients.', field: 'methods_proposed', not: ['Sepsis Prediction'] },
    { why: '"Uncertainty-Aware Online Extrinsic Calibration: A Conformal Prediction Approach"', title: 'Uncertainty-Aware Online Extrinsic Calibration: A Conformal Prediction Approach', text: 'We calibrate camera and LiDAR online with uncertainty.', field: 'methods_proposed', not: ['Uncertainty-Aware Online Extrinsic Calibration'] },
    { why: '"the Deep Investigation of Neutral Gas Origins (DINGO) pilot survey" (a sky survey, data; not the gravitational-wave method DINGO)', title: 'Discovery of peculiar radio morphologies with unsupervised learning', text: 'We search the Deep Investigation of Neutral Gas Origins (DINGO) pilot survey for peculiar sources.', field: 'datasets', has: ['DINGO'] },
    { why: '... not the method', title: 'Discovery of peculiar radio morphologies with unsupervised learning', text: 'We search the Deep Investigation of Neutral Gas Origins (DINGO) pilot survey for peculiar sources.', field: 'methods_mentioned', not: ['DINGO'] },
    { why: '... and a literature review\'s acronym before "survey" is no data', title: 'Methods for anomaly detection', text: 'We run a Systematic Literature Review (SLR) survey of methods.', field: 'datasets', not: ['SLR'] },
  ]);
});
describe('thirty-eighth round, sixth part (readers 38ag, 38ai): the PhysioNet / Computing in Cardiology challenges by their year; standards bodies are no names', () => {
  check<NamedField>([
    { why: '"the PhysioNet/Computing in Cardiology Challenge 2011" (a yearly challenge\'s data, named as written)', title: 'An algorithm for assessment of quality of ECGs acquired via mobile telephones', text: 'We evaluate on the PhysioNet/Computing in Cardiology Challenge 2011 data.', field: 'datasets', has: ['PhysioNet/Computing in Cardiology Challenge 2011'] },
    { why: '"digital method based on the IEC 61850 standard" (a standard, no method)', title: 'Analysis of IEC 61850-9-2LE measured values using a neural network', text: 'The test proposes a communication analysis with the digital method based on the IEC 61850 standard.', field: 'methods_mentioned', not: ['IEC'] },
  ]);
});
describe('thirty-eighth round, seventh part (readers 38d, 38l, 38r, 38u, 38w, 38z, 38ab): lexicon data; a plural acronym naming the kind of a list\'s items is no part of the first', () => {
  check<NamedField>([
    { why: 'lexicon: pose, membership-inference, event-camera, clinical, biomedical-graph, acoustic data and power-system test cases', title: 'Data', text: 'We evaluate on Human3.6M, 3DPW, WikiMIA and DSEC. Records come from the MIMIC database, SemMedDB and PharmKG-8k. Vessel sounds come from VTUAD. The method is tested on the IEEE 39-bus system and the WECC 179-bus benchmark system.', field: 'datasets', has: ['Human3.6M', '3DPW', 'WikiMIA', 'DSEC', 'MIMIC', 'SemMedDB', 'PharmKG', 'VTUAD', 'IEEE 39-bus', 'WECC 179-bus'] },
    { why: '"using the four real-world KGs YAGO-1, KBpedia, Wikidata, and DSKG"', title: 'Anomaly detection and classification in knowledge graphs', text: 'We evaluate both approaches using the four real-world KGs YAGO-1, KBpedia, Wikidata, and DSKG to demonstrate gains.', field: 'datasets', has: ['YAGO-1', 'KBpedia', 'DSKG'], not: ['KGs YAGO-1'] },
  ]);
});
describe('thirty-eighth round, eighth part (reader 38ai): a name with its own parenthesis after "called" is named, whatever acronym the sentence defines further on', () => {
  check<NamedField>([
    { why: '"The proposed IDS called MENSA (anoMaly dEtection aNd claSsificAtion) adopts a novel Autoencoder-Generative Adversarial Network (GAN) architecture"', title: 'A unified deep learning anomaly detection and classification approach for smart grid environments', text: 'We present an intrusion detection system for grids. The proposed IDS called MENSA (anoMaly dEtection aNd claSsificAtion) adopts a novel Autoencoder-Generative Adversarial Network (GAN) architecture.', field: 'methods_proposed', has: ['MENSA'] },
  ]);
});
describe('thirty-eighth round, ninth part (readers 38d, 38g, 38j, 38k, 38q, 38r, 38t, 38y, 38ab, 38ae, 38ah): lexicon methods and models', () => {
  check<NamedField>([
    { why: 'lexicon: recommenders, conformal intervals, saliency, membership inference, segmentation, proposals, flows, box fusion, change detection, a blocklist service', title: 'Methods', text: 'We build on MMoE and Bayesian Personalized Ranking. Intervals come from EnbPI and saliency from Eigen-CAM. We attack with LiRA. Baselines are Stochastic Segmentation Networks, RangeViT and SalsaNext. Proposals come from EdgeBoxes and Selective Search. We compare Masked Autoregressive Flows and FFJORD. Boxes are merged by Weighted Box Fusion. We test ChangeOS. URLs are checked against Google Safe Browsing.', field: 'methods_mentioned', has: ['MMoE', 'Bayesian Personalized Ranking', 'EnbPI', 'Eigen-CAM', 'LiRA', 'Stochastic Segmentation Networks', 'RangeViT', 'SalsaNext', 'EdgeBoxes', 'Selective Search', 'Masked Autoregressive Flow', 'FFJORD', 'Weighted Box Fusion', 'ChangeOS', 'Google Safe Browsing'] },
    { why: 'lexicon: an open LLM and a SAR foundation model', title: 'Models', text: 'We probe OpenLLaMA and SARATR-X.', field: 'models', has: ['OpenLLaMA', 'SARATR-X'] },
  ]);
});
describe('thirty-eighth round, tenth part (reader 38u, dev pool): "the reasoning behind" a finding is no reasoning setting', () => {
  check<FacetField>([
    { why: '"We explain the reasoning behind this knowledge difference"', title: 'Localizing single and multiple oscillatory sources', text: 'We explain the reasoning behind this knowledge difference as well.', field: 'settings', not: ['reasoning'] },
  ]);
});
describe('thirty-ninth round (dev pool): a case study, "Understanding X" and "Exploring X" titles are no evaluation', () => {
  check<FacetField>([
    { why: '"...: A Case Study on Shearographic Data" (one application, not methods evaluated)', title: 'Unsupervised Learning for Industrial Defect Detection: A Case Study on Shearographic Data', text: 'We detect defects in shearographic images with an autoencoder.', field: 'settings', not: ['evaluation'] },
    { why: '"A Case Study of ..." at the head', title: 'A Case Study of Outlier Detection in Groundwater Levels', text: 'We detect outliers in groundwater level records.', field: 'settings', not: ['evaluation'] },
    { why: '"Understanding Rug Pulls: ..." (a phenomenon studied)', title: 'Understanding Rug Pulls: Behaviour of Fraudulent NFT Creators', text: 'We characterise fraudulent creators of tokens.', field: 'settings', not: ['evaluation'] },
    { why: '"Exploring Diffusion Models for Unsupervised Video Anomaly Detection" (a method explored)', title: 'Exploring Diffusion Models for Unsupervised Video Anomaly Detection', text: 'We detect anomalies in videos with a diffusion model.', field: 'settings', not: ['evaluation'] },
    { why: '... but "An Empirical Study of ..." still is', title: 'An Empirical Study of Anomaly Detectors for Logs', text: 'We run many detectors on logs.', field: 'settings', has: ['evaluation'] },
    { why: '... and "Revisiting ..." still is', title: 'Revisiting Reconstruction-Based Anomaly Detection', text: 'We test reconstruction methods again.', field: 'settings', has: ['evaluation'] },
  ]);
});
describe('thirty-ninth round, second part (dev pool): "3D" before a physical model, space, a game world, an architecture or a pose is no 3D data', () => {
  check<FacetField>([
    { why: '"A 3D transient FE wheel-track model is employed"', title: 'Automatic detection of corrugation in rails', text: 'A 3D transient FE wheel-track model is employed to find theoretical signature tunes of the system.', field: 'domains', not: ['3d'] },
    { why: '"3D heat transfer-unsaturated flow numerical simulations"', title: 'Detecting leakages in water infrastructure', text: 'Transient 3D heat transfer-unsaturated flow numerical simulations showed that temperature alterations reveal leaks.', field: 'domains', not: ['3d'] },
    { why: '"a specific 3D space vector PWM"', title: 'Fault-tolerant control of inverters', text: 'The 4-leg topology uses a specific 3D space vector PWM to handle vehicle requirements.', field: 'domains', not: ['3d'] },
    { why: '"Learning to Identify Perceptual Bugs in 3D Video Games"', title: 'Learning to Identify Perceptual Bugs in 3D Video Games', text: 'We detect rendering bugs in games with a classifier.', field: 'domains', not: ['3d'] },
    { why: '"18M 3D hand poses" (a pose, no scanned shape)', title: 'A dataset of assembly videos', text: 'Sequences are annotated with more than 100K coarse action segments and 18M 3D hand poses.', field: 'domains', not: ['3d'] },
    { why: '"Three Dimensional Convolutional Variational Autoencoder" (an architecture)', title: 'Spectral anomaly detection via 3D CVAE', text: 'We use a 3D CVAE on spectral images.', field: 'domains', not: ['3d'] },
    { why: '... but "3D point clouds" still are', title: 'Anomaly detection on scans', text: 'We detect anomalies in 3D point clouds of parts.', field: 'domains', has: ['3d'] },
    { why: '... and "3D object-centric representations" too', title: 'Odd-One-Out detection', text: 'We propose a method that generates 3D object-centric representations for each instance.', field: 'domains', has: ['3d'] },
  ]);
});
describe('thirty-ninth round, third part (dev pool): data picked for a study or an experiment is no data-selection setting', () => {
  check<FacetField>([
    { why: '"1) data selection from the OSC and approximation of the pre-processed data"', title: 'Anomaly Detection in a Supernova Catalog', text: 'The analysis consists of the following steps: 1) data selection from the OSC and approximation of the pre-processed data with Gaussian processes.', field: 'settings', not: ['data-selection'] },
    { why: '"Tested with selected data, Naive Bayes classification accuracy ..."', title: 'Marine Vessel Telemetry Data Processing', text: 'Tested with selected data, Naive Bayes classification accuracy in irregularities detection is up to 92%.', field: 'settings', not: ['data-selection'] },
    { why: '"Selective Data Editing of Continuous Variables" (editing, not selecting)', title: 'Selective Data Editing of Continuous Variables with Random Forests', text: 'We flag suspicious survey values for review.', field: 'settings', not: ['data-selection'] },
    { why: '... but "algorithmically selected data subsets used for training" is', title: 'Universal Transformation of One-Class Classifiers', text: 'The only changes are algorithmically selected data subsets used for training.', field: 'settings', has: ['data-selection'] },
    { why: '... and "a framework for data selection under hybrid noise scenarios" too', title: 'Detecting Mislabeled and Corrupted Data', text: 'This paper proposes a mutual information-based framework for data selection under hybrid noise scenarios.', field: 'settings', has: ['data-selection'] },
  ]);
});
describe('thirty-ninth round, fourth part (dev pool): a title head a known data set shares, described as an autoencoder, a transformer, a classifier, a tool or a library, is the paper\'s method', () => {
  check<NamedField>([
    { why: '"SEED: A Transformers-Based Autoencoder Enhanced by Masking ..." (not the SEED EEG data)', title: 'SEED: A Transformers-Based Autoencoder Enhanced by Masking and Self-Distillation for Business Process Anomaly Detection', text: 'We conduct extensive experiments on synthetic and real-life logs, showcasing SEED\'s superior performance over state-of-the-art methods.', field: 'methods_proposed', has: ['SEED'] },
    { why: '... and no data set', title: 'SEED: A Transformers-Based Autoencoder Enhanced by Masking and Self-Distillation for Business Process Anomaly Detection', text: 'We conduct extensive experiments on synthetic and real-life logs, showcasing SEED\'s superior performance over state-of-the-art methods.', field: 'datasets', not: ['SEED'] },
  ]);
});
describe('thirty-ninth round, fifth part (readers 39k, 39t): a known model spelled out before its acronym is used, whatever the sentence proposes', () => {
  check<NamedField>([
    { why: '"by pre-training a Bidirectional Encoder Representations from Transformer (BERT) model on reports"', title: 'SafeAeroBERT: Towards a Safety-Informed Aerospace-Specific Language Model', text: 'In this research, we work towards developing a safety-informed aerospace-specific language model by pre-training a Bidirectional Encoder Representations from Transformer (BERT) model on reports.', field: 'methods_proposed', has: ['SafeAeroBERT'], not: ['BERT'] },
    { why: '... BERT is a model', title: 'SafeAeroBERT: Towards a Safety-Informed Aerospace-Specific Language Model', text: 'In this research, we work towards developing a safety-informed aerospace-specific language model by pre-training a Bidirectional Encoder Representations from Transformer (BERT) model on reports.', field: 'models', has: ['BERT'] },
    { why: '"In the proposed approach, the Decoding-enhanced BERT with Disentangled Attention (DeBERTa), a novel transformer-based model is used"', title: 'Transformer-Based Vulnerability Detection in IoT Firmware Binaries', text: 'In the proposed approach, the Decoding-enhanced BERT with Disentangled Attention (DeBERTa), a novel transformer-based model is used to detect vulnerabilities in firmware binaries.', field: 'models', has: ['DeBERTa'] },
    { why: '... and no proposal', title: 'Transformer-Based Vulnerability Detection in IoT Firmware Binaries', text: 'In the proposed approach, the Decoding-enhanced BERT with Disentangled Attention (DeBERTa), a novel transformer-based model is used to detect vulnerabilities in firmware binaries.', field: 'methods_proposed', not: ['DeBERTa'] },
  ]);
});
describe('thirty-ninth round, sixth part (readers 39i-39y): names built on BERT are models; lexicon data, methods and models of the readers\' fields', () => {
  check<NamedField>([
    { why: '"against models like BioBERT, DocBERT, BioClinicalBERT" (pretrained models of the BERT family the lexicon lacks)', title: 'Benchmarking LLMs for Predictive Applications in the Intensive Care Units', text: 'This study compares large language models against models like BioBERT, DocBERT, BioClinicalBERT, Word2Vec, and Doc2Vec.', field: 'models', has: ['DocBERT', 'BioClinicalBERT'] },
    { why: 'lexicon data: genomes, handwriting and signatures, dental X-rays, solar patches, radio surveys, disordered speech, food alerts, camera traps, engines', title: 'Data', text: 'We use Genome in a Bottle, NA12878, RefSeq and GenBank. Writers come from the IAM Handwriting Database and the CVL Database; signatures from SVC2004 and CEDAR. X-rays come from DENTEX. We use SHARPs and SMARPs. Candidates come from LOTAAS, CRAFTS and the GPPS survey. Speech comes from PC-GITA, KSoF and LibriStutter. Alerts come from RASFF. Images come from Caltech Camera Traps, NACTI and LILA BC. Engines come from the NASA Commercial Modular Aero-Propulsion System Simulation dataset.', field: 'datasets', has: ['Genome in a Bottle', 'NA12878', 'RefSeq', 'GenBank', 'IAM', 'CVL', 'SVC2004', 'CEDAR', 'DENTEX', 'SHARP', 'SMARP', 'LOTAAS', 'CRAFTS', 'GPPS', 'PC-GITA', 'KSoF', 'LibriStutter', 'RASFF', 'Caltech Camera Traps', 'NACTI', 'LILA BC', 'C-MAPSS'] },
    { why: 'lexicon methods: commit archaeology, variant callers, sequence cleaning, fMRI denoising, transient search, animal pose, time warping, detection', title: 'Methods', text: 'We compare SZZ and V-SZZ. Variants are called with GATK, DeepVariant and DRAGEN. Chimeras are found with UCHIME and contaminants with decontam and Kraken2. Scans are analysed in AFNI and cleaned with CompCor, ICA-AROMA and ICA-FIX. Pulses are searched with Heimdall. Poses come from T-LEAP. We align with Soft-DTW and detect with Grid R-CNN.', field: 'methods_mentioned', has: ['SZZ', 'V-SZZ', 'GATK', 'DeepVariant', 'DRAGEN', 'UCHIME', 'decontam', 'Kraken2', 'AFNI', 'CompCor', 'ICA-AROMA', 'ICA-FIX', 'Heimdall', 'T-LEAP', 'Soft-DTW', 'Grid R-CNN'] },
    { why: 'lexicon models: re-identification and biology foundation models', title: 'Models', text: 'Baselines are MegaDescriptor and BioCLIP 2.', field: 'models', has: ['MegaDescriptor', 'BioCLIP 2'] },
  ]);
});
describe('thirty-ninth round, sixth part, review: a name built on BERT among methods stays a method', () => {
  check<NamedField>([
    { why: '"compared with DeepLog, PatchCore and ZogBERT" (no list of models)', title: 'Log anomaly detection', text: 'We compared with DeepLog, PatchCore and ZogBERT on three logs.', field: 'methods_mentioned', has: ['ZogBERT'] },
  ]);
});
describe('thirty-ninth round, seventh part (reader 39y): a known method the proposal is based on, after its parenthesis, is no proposal', () => {
  check<NamedField>([
    { why: '"we propose an SZZ (an algorithm originally developed to find bug introducing commits) based method"', title: 'A Vulnerability Introducing Commit Dataset for Java', text: 'In this paper, we propose an SZZ (an algorithm originally developed to find bug introducing commits) based method with a specific filtering mechanism.', field: 'methods_proposed', not: ['SZZ'] },
    { why: '... it is mentioned', title: 'A Vulnerability Introducing Commit Dataset for Java', text: 'In this paper, we propose an SZZ (an algorithm originally developed to find bug introducing commits) based method with a specific filtering mechanism.', field: 'methods_mentioned', has: ['SZZ'] },
  ]);
});
describe('thirty-ninth round, eighth part (readers 39d, 39e): a new name that is data by its last word, or by the apposition after its dashed long form', () => {
  check<NamedField>([
    { why: '"we construct a Near-miss Incident DataBase for anticipation"', title: 'Anticipating Traffic Accidents', text: 'Additionally, we construct a Near-miss Incident DataBase for anticipation.', field: 'datasets', has: ['Near-miss Incident DataBase'] },
    { why: '... no method', title: 'Anticipating Traffic Accidents', text: 'Additionally, we construct a Near-miss Incident DataBase for anticipation.', field: 'methods_mentioned', not: ['Near-miss Incident DataBase'] },
    { why: '"we introduce BINDER - Bio-Image Near-Duplicate Examples Repository, a novel dataset to help researchers ..."', title: 'On Identification of Near-Duplicate Biological Images', text: 'In this work we introduce BINDER - Bio-Image Near-Duplicate Examples Repository, a novel dataset to help researchers develop models.', field: 'datasets', has: ['BINDER'] },
    { why: '... no proposed method', title: 'On Identification of Near-Duplicate Biological Images', text: 'In this work we introduce BINDER - Bio-Image Near-Duplicate Examples Repository, a novel dataset to help researchers develop models.', field: 'methods_proposed', not: ['BINDER'] },
  ]);
});
describe('thirty-ninth round, ninth part (readers 39h, 39n, dev pool): a challenge\'s acronym, or a title\'s acronym its subtitle calls a benchmark, names data', () => {
  check<NamedField>([
    { why: '"the results of the IEEE BigData 2023 Keystroke Verification Challenge (KVC)"', title: 'IEEE BigData 2023 Keystroke Verification Challenge (KVC)', text: 'This paper describes the results of the IEEE BigData 2023 Keystroke Verification Challenge (KVC), that considers the biometric verification performance of keystroke dynamics.', field: 'datasets', has: ['KVC'] },
    { why: '... no method', title: 'IEEE BigData 2023 Keystroke Verification Challenge (KVC)', text: 'This paper describes the results of the IEEE BigData 2023 Keystroke Verification Challenge (KVC), that considers the biometric verification performance of keystroke dynamics.', field: 'methods_proposed', not: ['KVC'] },
    { why: '"Continually Adapt or Not (CAN)? A Continual Learning Benchmark of Camera Trap Species Classification"', title: 'Continually Adapt or Not (CAN)? A Continual Learning Benchmark of Camera Trap Species Classification over Time', text: 'In this paper, we present a novel benchmark for these challenges.', field: 'datasets', has: ['CAN'] },
    { why: '... no method', title: 'Continually Adapt or Not (CAN)? A Continual Learning Benchmark of Camera Trap Species Classification over Time', text: 'In this paper, we present a novel benchmark for these challenges.', field: 'methods_proposed', not: ['CAN'] },
  ]);
});
describe('thirty-ninth round, tenth part (readers 39b1, 39b4, 39b5, 39b6, 39b8): lexicon data, methods and models of the readers\' fields', () => {
  check<NamedField>([
    { why: 'lexicon data: maps, depression interviews and speech, eighteenth-century texts', title: 'Data', text: 'We use OpenStreetMap, DAIC-WOZ and the Androids Corpus, and texts of Eighteenth Century Collections Online.', field: 'datasets', has: ['OpenStreetMap', 'DAIC-WOZ', 'Androids Corpus', 'Eighteenth Century Collections Online'] },
    { why: '... and OSM is OpenStreetMap, no method', title: 'Map cleaning with GPS trajectories', text: 'We detect missing roads in OSM with vehicle traces.', field: 'datasets', has: ['OpenStreetMap'] },
    { why: 'lexicon methods: acoustic features, planet vetting, hyperparameter search, light-curve systematics', title: 'Methods', text: 'Features come from eGeMAPS and openSMILE. Candidates are vetted with vespa, the Kepler Robovetter, Astronet and TRICERATOPS. We tune with Hyperband and correct light curves with k2sc.', field: 'methods_mentioned', has: ['eGeMAPS', 'openSMILE', 'vespa', 'Robovetter', 'Astronet', 'TRICERATOPS', 'Hyperband', 'k2sc'] },
    { why: 'lexicon models: a byte-level text model and respiratory-acoustic foundation models', title: 'Models', text: 'We fine-tune ByT5 and compare OPERA-CT, OPERA-CE, OPERA-GT and HeAR.', field: 'models', has: ['ByT5', 'OPERA-CT', 'OPERA-CE', 'OPERA-GT', 'HeAR'] },
    { why: '... but "Did You Hear That?" and "HEAR" are no model', title: 'Did You Hear That? Learning to Hear Broken Motors with HEAR', text: 'We hear motors.', field: 'models', not: ['HeAR'] },
  ]);
});
describe('thirty-ninth round, eleventh part (dev pool): "localized" as an adjective of extent is no anomaly localization', () => {
  check<FacetField>([
    { why: '"Sub-Band Spectral Matching with Localized Score Aggregation"', title: 'Sub-Band Spectral Matching with Localized Score Aggregation for Robust Anomalous Sound Detection', text: 'We detect anomalous machine sounds.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"to detect sharp and localized anomalies such as tumors"', title: 'Simulation-based evaluation of unsupervised anomaly detection', text: 'These approaches have been widely applied in neuroimaging to detect sharp and localized anomalies such as tumors.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"for strong localized RFI, the approach is spectrogram blanking"', title: 'RFI detection algorithms in microwave radiometry', text: 'On one side, for strong localized RFI, the approach is spectrogram blanking.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"the integrated systemwide EDA outperformed the use of only the localized EDA"', title: 'Integrated Systemwide Model-Based Event Detection Algorithm', text: 'The integrated systemwide EDA outperformed the use of only the localized EDA for a series of detection thresholds.', field: 'settings', not: ['anomaly-localization'] },
    { why: '... but "The detector localized PRAs using a bounding-box-based object detection" is a verb', title: 'Detection of Periapical Lesions on Panoramic Radiographs', text: 'The detector localized PRAs using a bounding-box-based object detection network.', field: 'settings', has: ['anomaly-localization'] },
    { why: '... and "Anomalies are localized using the voxel-wise probability" is', title: 'Implicit field learning for unsupervised anomaly detection', text: 'Anomalies are localized using the voxel-wise probability predicted by the model.', field: 'settings', has: ['anomaly-localization'] },
    { why: '... and "casting defects to be localised" too', title: 'Deep learning-based defect detection in industrial CT', text: 'This requires casting defects to be localised and their statistical properties to be determined.', field: 'settings', has: ['anomaly-localization'] },
  ]);
});
describe('thirty-ninth round, twelfth part (dev pool): localizing objects or sources is no anomaly localization', () => {
  check<FacetField>([
    { why: '"its ability to localize and classify objects precisely in 3D"', title: 'Revisiting Out-of-Distribution Detection in LiDAR-based 3D Object Detection', text: 'LiDAR-based 3D object detection has become an essential part of automated driving due to its ability to localize and classify objects precisely in 3D.', field: 'settings', not: ['anomaly-localization'] },
    { why: '"challenges in localizing unseen 3D objects"', title: 'UOD: Unseen Object Detection in 3D Point Cloud', text: 'Existing 3D object detectors encounter extreme challenges in localizing unseen 3D objects and recognizing them as unseen.', field: 'settings', not: ['anomaly-localization'] },
    { why: '... but "localize anomalous objects in the scene" is', title: 'Zorb anomaly segmentation', text: 'Our method can localize anomalous objects in the scene.', field: 'settings', has: ['anomaly-localization'] },
  ]);
});
describe('thirty-ninth round, thirteenth part (dev pool): accuracy the paper\'s method achieves, in a sentence of no contrast, is a metric', () => {
  check<FacetField>([
    { why: '"the proposed method achieves competitive detection accuracy comparable to ..."', title: 'Unlocking CLIP for deepfake detection', text: 'We train on one dataset. Evaluated in a cross-dataset fashion, the proposed method achieves competitive detection accuracy comparable to much more complex approaches.', field: 'metrics', has: ['accuracy'] },
    { why: '"SVD-RND combined with geometric transform achieves near-perfect detection accuracy on the CelebA dataset"', title: 'Novelty Detection Via Blurring', text: 'We propose SVD-RND. Finally, SVD-RND combined with geometric transform achieves near-perfect detection accuracy on the CelebA dataset.', field: 'metrics', has: ['accuracy'] },
    { why: '... not "existing approaches often attain high accuracy"', title: 'Explainable detection', text: 'Although existing approaches often attain high accuracy, they typically operate as black boxes.', field: 'metrics', not: ['accuracy'] },
    { why: '... nor "to achieve high detection accuracy" (an aim)', title: 'Semi-supervised outlier detection', text: 'We focus on outlier detection with few identified anomalies, in the hope of using limited labels to achieve high detection accuracy.', field: 'metrics', not: ['accuracy'] },
    { why: '... nor "L-FUSION achieves superior segmentation accuracy" (another task\'s accuracy)', title: 'Fetal ultrasound segmentation', text: 'Evaluations show that L-FUSION achieves superior segmentation accuracy and consistent uncertainty quantification.', field: 'metrics', not: ['accuracy'] },
    { why: '... nor "detectors ... have reached strong accuracy, yet ..." (others\' past)', title: 'Explaining dynamic graph anomaly detectors', text: 'Deep learning detectors for anomalies in dynamic graphs have reached strong accuracy, yet they remain opaque.', field: 'metrics', not: ['accuracy'] },
  ]);
});
describe('thirty-ninth round, fourteenth part (dev pool): unsupervised methods as the subject of a shortcoming are others\', no setting of the paper', () => {
  check<FacetField>([
    { why: '"However, unsupervised methods lack sufficient anomaly awareness"', title: 'Enhancing Tabular Anomaly Detection via Pseudo-Label-Guided Generation', text: 'However, unsupervised methods lack sufficient anomaly awareness, while current generation approaches compute anomalies globally.', field: 'settings', not: ['unsupervised'] },
    { why: '"It is hard for unsupervised methods to handle the complex specs and patterns of tires"', title: 'TireNet: A High Recall Rate Method for Tire Defect Type Classification', text: 'It is hard for unsupervised methods to handle the complex specs and patterns of tires, while the supervised methods suffered from a lack of enough data.', field: 'settings', not: ['unsupervised'] },
    { why: '... but "we detect anomalies with an unsupervised autoencoder" is the paper\'s', title: 'Anomaly detection in logs', text: 'We detect anomalies with an unsupervised autoencoder trained on normal logs.', field: 'settings', has: ['unsupervised'] },
  ]);
});
describe('thirty-ninth round, fifteenth part (dev pool): reasoning in a paper with no model that reasons in words is a method\'s inference, no reasoning setting', () => {
  check<FacetField>([
    { why: '"an improved evidence theory combined with fuzzy rule reasoning is proposed to classify the cracks"', title: 'A novel underwater dam crack detection and classification approach', text: 'We segment cracks in underwater images. Finally, an improved evidence theory combined with fuzzy rule reasoning is proposed to classify the cracks.', field: 'settings', not: ['reasoning'] },
    { why: '"it utilizes the BiLSTM network for temporal reasoning training"', title: 'Intelligent quality control method for marine observation data', text: 'We flag suspicious records. Subsequently, it utilizes the BiLSTM network for temporal reasoning training to capture dynamic changes.', field: 'settings', not: ['reasoning'] },
    { why: '... but "prompted to engage in explicit reasoning" with LLMs is', title: 'Can LLMs Understand Time Series Anomalies?', text: 'We study large language models on series. LLMs demonstrate enhanced performance when prompted to engage in explicit reasoning about time series analysis.', field: 'settings', has: ['reasoning'] },
    { why: '... and a title that makes reasoning its subject keeps it', title: 'A Unified Reasoning Framework for Holistic Zero-Shot Video Anomaly Analysis', text: 'We chain detection, localization and explanation. The framework supports reasoning over the detected events.', field: 'settings', has: ['reasoning'] },
  ]);
});
