/**
 * The extractor, table-driven: expected hits and explicit false positives (compromise's test style).
 * Names in these sentences that are not in the lexicon (Zorblax, QuuxBench ...) are made up on purpose:
 * they must come out of the patterns alone.
 */
import { describe, expect, it } from 'vitest';
import type { Paper, PaperEntities } from '../../src/model.ts';
import { normName } from '../../src/model.ts';
import { createExtractor, defaultLexicon, extractEntities } from '../../extract/entities/index.ts';
import { MAX_SENTENCE, splitSentences, splitTitle } from '../../extract/entities/sentences.ts';
import { acronymDefs, findLongForm, shapeOf, titleHead } from '../../extract/entities/patterns.ts';

function paper(title: string, abstract: string): Paper {
  return { id: normName(title).slice(0, 40) || 'p', title, abstract, urls: [], source: { file: 'test', line: 1 } };
}

const names = (list: { name: string }[]) => list.map((e) => e.name);
const norms = (list: { name: string; aliases?: string[] }[]) =>
  list.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(normName);

const FILO = paper(
  'FiLo: Zero-Shot Anomaly Detection by Fine-Grained Description and High-Quality Localization',
  'Zero-shot anomaly detection (ZSAD) methods entail detecting anomalies directly without access to any known normal or abnormal samples. ' +
    'To address these issues, we propose a novel ZSAD method called FiLo, comprising two components: adaptively learned Fine-Grained Description (FG-Des) and position-enhanced High-Quality Localization (HQ-Loc). ' +
    'FG-Des introduces fine-grained anomaly descriptions for each category using Large Language Models (LLMs). ' +
    'HQ-Loc, utilizing Grounding DINO for preliminary localization, facilitates more accurate localization. ' +
    'Experimental results on datasets like MVTec and VisA demonstrate that FiLo achieves an image-level AUC of 83.9% and a pixel-level AUC of 95.9% on the VisA dataset and on MVTec-AD.',
);

describe('named entities: expected hits', () => {
  const e = extractEntities(FILO);
  it.each([
    ['methods_proposed', 'FiLo'],
    ['models', 'Grounding DINO'],
    ['datasets', 'MVTec AD'],
    ['datasets', 'VisA'],
  ] as const)('%s has %s', (field, name) => {
    expect(norms(e[field])).toContain(normName(name));
  });

  it('MVTec, MVTec-AD and MVTec AD are one dataset, named by the lexicon', () => {
    const mv = e.datasets.filter((d) => norms([d]).some((n) => n.startsWith('mvtec')));
    expect(mv).toHaveLength(1);
    expect(mv[0].name).toBe('MVTec AD');
    expect(mv[0].role).toBe('evaluated');
  });

  it('every entity carries its evidence sentence and a confidence in [0, 1]', () => {
    const sentences = [FILO.title, ...splitSentences(FILO.abstract).map((s) => s.text)];
    const all = [...e.methods_proposed, ...e.methods_mentioned, ...e.datasets, ...e.models, ...e.domains, ...e.settings, ...e.techniques, ...e.metrics];
    expect(all.length).toBeGreaterThan(8);
    for (const x of all) {
      expect(sentences).toContain(x.evidence);
      expect(x.confidence).toBeGreaterThanOrEqual(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('named entities: explicit false positives', () => {
  const cases: { what: string; title: string; abstract: string; not: string[]; fields?: (keyof PaperEntities)[] }[] = [
    {
      what: 'task acronyms, generic plurals and sub-module names',
      title: FILO.title,
      abstract: FILO.abstract,
      not: ['ZSAD', 'LLMs', 'Large Language Models', 'Fine-Grained Description', 'FG-Des', 'HQ-Loc', 'High-Quality Localization'],
    },
    {
      what: 'generic algorithms, even capitalised',
      title: 'Deep Open-Set Recognition for Silicon Wafer Production Monitoring',
      abstract:
        'We propose a pipeline based on a Submanifold Sparse Convolutional Network. A Gaussian Mixture Model estimates the density of known classes, and an isolation forest and the Local Outlier Factor serve as baselines. IAD and VAD are related tasks.',
      not: ['Gaussian Mixture Model', 'isolation forest', 'Local Outlier Factor', 'IAD', 'VAD'],
    },
    {
      what: 'slogans at the head of a title',
      title: 'Follow the Rules: Reasoning for Video Anomaly Detection with Large Language Models',
      abstract: 'We propose AnomalyRuler, a novel rule-based reasoning framework for video anomaly detection with LLMs.',
      not: ['Follow the Rules', 'LLMs'],
    },
    {
      what: 'file formats, section titles and modifiers of generic nouns',
      title: 'Notes on Anomalies',
      abstract:
        'In Section 3 we present Experiments on Images. This paper presents HTML, JSON and API tools. Results improve compared with RGB-D methods such as QuuxNet.',
      not: ['Section', 'Experiments', 'Images', 'HTML', 'JSON', 'API', 'RGB-D'],
    },
    {
      what: 'a benchmark-only paper proposes no method',
      title: 'QuuxBench: A Comprehensive Benchmark for Anomaly Detection in Tabular Data',
      abstract: 'In response, we introduce QuuxBench, a novel benchmark designed to evaluate detectors on 40 tabular datasets.',
      not: ['QuuxBench'],
      fields: ['methods_proposed', 'methods_mentioned'],
    },
  ];
  it.each(cases)('$what', ({ title, abstract, not, fields }) => {
    const e = extractEntities(paper(title, abstract));
    const where = fields ?? (['methods_proposed', 'methods_mentioned', 'datasets', 'models'] as const);
    const got = where.flatMap((f) => norms(e[f as 'datasets']));
    for (const n of not) expect(got, `${n} should not be a name`).not.toContain(normName(n));
  });

  it('CLIP is a model, not a method', () => {
    const e = extractEntities(
      paper('Zorblax: Object-agnostic Prompts for Zero-shot Anomaly Detection', 'We adapt CLIP with learnable prompts. Zorblax outperforms WinCLIP on VisA.'),
    );
    expect(names(e.models)).toContain('CLIP');
    expect(norms([...e.methods_proposed, ...e.methods_mentioned])).not.toContain('clip');
    expect(names(e.methods_proposed)).toEqual(['Zorblax']);
    expect(names(e.methods_mentioned)).toContain('WinCLIP');
  });
});

describe('names the lexicon has never seen come from the patterns', () => {
  const table: { rule: string; title: string; abstract: string; proposed?: string[]; datasets?: [string, string][]; aliases?: [string, string] }[] = [
    { rule: 'title head', title: 'Zorblax: Learning to Spot Defects', abstract: 'Defects are rare.', proposed: ['Zorblax'] },
    { rule: 'title head with --', title: 'GLIMMR -- A reconstruction approach to anomaly detection', abstract: 'It works.', proposed: ['GLIMMR'] },
    { rule: 'we propose X which', title: 'Learning Anomalies', abstract: 'In this paper, we propose Quillon which tackles both problems.', proposed: ['Quillon'] },
    { rule: 'called X', title: 'Learning Anomalies', abstract: 'We propose a lightweight method called PixelWarden that runs in real time.', proposed: ['PixelWarden'] },
    { rule: 'named Long Form (ACR)', title: 'Learning Anomalies', abstract: 'We introduce a novel method, named Robust Feature Gating (RFG), for video.', proposed: ['RFG'], aliases: ['RFG', 'Robust Feature Gating'] },
    { rule: 'long form (acronym)', title: 'Few-Shot Anomaly Synthesis', abstract: 'We propose a few-shot Defect-aware Synthesis Network (DeSyN) method, which guides a diffusion model.', proposed: ['DeSyN'], aliases: ['DeSyN', 'Defect-aware Synthesis Network'] },
    { rule: 'long form (or "ACR" for short)', title: 'Energy Anomalies', abstract: 'In this paper we introduce Ablated Learned Quux Energy (or "AbQE" for short), a method which combines prior methods.', proposed: ['AbQE'] },
    { rule: 'ACR (long form)', title: 'Event Anomalies', abstract: 'We propose a probabilistic model KEVA (Knowledge Embedding for Variable Anomalies) that models events.', proposed: ['KEVA'] },
    { rule: 'ACR (a long long form)', title: 'Event Anomalies', abstract: 'Unlike previous work, we propose a unified probabilistic model ZEPA (Zero-shot Estimation via Probabilistic pairwise interaction and Entity Affinity) that models events.', proposed: ['ZEPA'] },
    { rule: 'LaTeX markup in arXiv abstracts', title: 'Learning Anomalies', abstract: 'Technically, we propose the \\emph{Glimmer Transformer} with a new \\emph{Glimmer-Attention} mechanism.', proposed: ['Glimmer Transformer'] },
    { rule: 'X, a novel framework', title: 'Learning Anomalies', abstract: 'We present Vantor, a novel framework for anomaly detection in logs.', proposed: ['Vantor'] },
    { rule: 'our approach, X', title: 'Learning Anomalies', abstract: 'Our approach, Contrastive Drift Estimation (CoDE), assumes no access to the data.', proposed: ['CoDE'] },
    {
      rule: 'we introduce X, a benchmark',
      title: 'Anomaly Benchmarks',
      abstract: 'We introduce QuuxBench, a novel benchmark designed to evaluate detectors. Experiments on QuuxBench show large gaps.',
      datasets: [['QuuxBench', 'introduced']],
    },
    {
      rule: 'others\' set and our own in one list',
      title: 'Mouse Social Behaviour',
      abstract: 'Experimental results on the standard CRMI13-Skeleton and our PDMB-Skeleton datasets show that our proposed model outperforms other approaches.',
      datasets: [['CRMI13-Skeleton', 'evaluated'], ['PDMB-Skeleton', 'introduced']],
    },
    {
      rule: 'a dataset titled X',
      title: 'Defects in 3D',
      abstract: 'We contribute a dataset titled Widget-Variance, which incorporates intraclass variance to evaluate our model.',
      datasets: [['Widget-Variance', 'introduced']],
    },
    {
      rule: 'on the X dataset',
      title: 'Spurious Features',
      abstract: 'We demonstrate the effect of diverse spurious features on a MultiHueDigits dataset, and our experiments are consistent with the analysis.',
      datasets: [['MultiHueDigits', 'evaluated']],
    },
    {
      rule: 'benchmarks, including X, Y and Z',
      title: 'Sparse Transfer',
      abstract: 'It outperforms adapters in zero-shot transfer on a series of benchmarks, including Foonli, BarNER, and Baz Dependencies.',
      datasets: [['Foonli', 'evaluated'], ['BarNER', 'evaluated'], ['Baz Dependencies', 'evaluated']],
    },
  ];
  const ex = createExtractor({ lexicon: { ...defaultLexicon, methods: [] } });
  it.each(table)('$rule', ({ title, abstract, proposed, datasets, aliases }) => {
    expect((proposed?.length ?? 0) + (datasets?.length ?? 0), 'a row names what it expects').toBeGreaterThan(0);
    const e = ex(paper(title, abstract));
    if (proposed) expect(names(e.methods_proposed)).toEqual(proposed);
    if (aliases) expect(norms(e.methods_proposed)).toEqual(expect.arrayContaining(aliases.map(normName)));
    for (const [n, role] of datasets ?? []) {
      const d = e.datasets.find((x) => norms([x]).includes(normName(n)));
      expect(d, `${n} found`).toBeDefined();
      expect(d!.role).toBe(role);
    }
  });
});

describe('alias resolution', () => {
  it('a long form and its acronym are one entity (Anomaly-OV = Anomaly-OneVision)', () => {
    const e = extractEntities(
      paper(
        'Towards Zero-Shot Anomaly Detection and Reasoning with Multimodal Large Language Models',
        'To address this, we propose Anomaly-OneVision (Anomaly-OV), the first specialist visual assistant. Anomaly-OV leverages a Look-Twice Feature Matching (LTFM) mechanism. Anomaly-OV achieves significant improvements.',
      ),
    );
    expect(e.methods_proposed).toHaveLength(1);
    expect(e.methods_proposed[0].name).toBe('Anomaly-OV');
    expect(e.methods_proposed[0].aliases).toContain('Anomaly-OneVision');
    expect(norms([...e.methods_proposed, ...e.methods_mentioned])).not.toContain('ltfm');
  });

  it('case, hyphen and space variants merge; the canonical name is the most frequent surface form', () => {
    const e = createExtractor({ lexicon: { ...defaultLexicon, methods: [] } })(
      paper('GlintNet: Spotting Anomalies', 'We propose GlintNet, a novel network. Glint-Net is fast. GLINTNET is accurate. GlintNet wins.'),
    );
    expect(e.methods_proposed).toHaveLength(1);
    expect(e.methods_proposed[0].name).toBe('GlintNet');
  });

  it('model variants: listed ones by their lexicon name, a parameter size kept with the family as alias, unlisted numbered ones by family, no duplicates', () => {
    const e = extractEntities(paper('A Study', 'We fine-tune Qwen2.5-VL-7B and compare ResNet-34 and ViT-B/16 backbones with GPT-4V and Gemini 1.5 Pro.'));
    const m = names(e.models);
    expect(m).toEqual(expect.arrayContaining(['Qwen2.5-VL-7B', 'ResNet-34', 'ViT-B/16', 'GPT-4V', 'Gemini 1.5 Pro']));
    expect(new Set(m.map(normName)).size).toBe(m.length);
    expect(e.models.find((x) => x.name === 'Qwen2.5-VL-7B')?.aliases).toContain('Qwen2.5-VL');
    expect(m).not.toContain('Qwen2.5-VL');
  });

  it('a known name with pluses the lexicon does not spell names the extension, as written (ResAD++ is not ResAD)', () => {
    // (the guideline's matching drops the pluses, so a score is the same either way; the graph shows what the paper wrote)
    const e = extractEntities(paper('ResAD++: Towards Class Agnostic Anomaly Detection', 'We propose ResAD++ for new classes.'));
    expect(names(e.methods_proposed)).toEqual(['ResAD++']);
  });
});

describe('facets', () => {
  const table: { text: string; field: 'domains' | 'settings' | 'techniques' | 'metrics'; has?: string[]; not?: string[] }[] = [
    { text: 'We report segmentation AUROC and image-level AUC on all categories of the benchmark.', field: 'metrics', has: ['pixel-AUROC', 'AUROC'] },
    { text: 'We use a student-teacher approach to detect anomalous features.', field: 'techniques', has: ['knowledge-distillation'] },
    { text: 'Inspired by active learning, we resample the clusters in every iteration with k-means clustering.', field: 'techniques', has: ['clustering'], not: ['active-learning'] },
    { text: 'A controller acts as a search agent, and we add an experience replay mechanism based on self-imitation learning.', field: 'techniques', has: ['reinforcement-learning'] },
    { text: 'Synthetic data detection has garnered widespread attention in recent years.', field: 'techniques', not: ['attention'] },
    { text: 'Outlier detection has applications such as intrusion detection, credit card fraud detection, and video surveillance.', field: 'domains', not: ['security', 'video', 'finance'] },
    { text: 'Unlike the traditional unsupervised AD setting, zero-shot AD needs no normal samples.', field: 'settings', has: ['zero-shot'], not: ['unsupervised'] },
    { text: 'Our zero-shot approach outperforms most of the few-shot approaches.', field: 'settings', has: ['zero-shot'], not: ['few-shot'] },
    { text: 'It reaches a throughput of 600 images per second at a latency of two milliseconds.', field: 'metrics', has: ['throughput', 'latency'] },
    { text: 'We evaluate on the MVTec AD and VisA datasets.', field: 'domains', has: ['industrial'] },
    { text: 'It reaches image-level 77.1/88.0 AU-ROCs on the two benchmarks.', field: 'metrics', has: ['AUROC'] },
    { text: 'Multivariate time series anomaly detection aims to identify and localize abnormal patterns in industrial control systems.', field: 'settings', not: ['anomaly-localization'] },
    // (an industrial control system is an industrial plant: the dev pool's gold tags its series industrial 18 times to 4)
    { text: 'Multivariate time series anomaly detection aims to identify and localize abnormal patterns in industrial control systems.', field: 'domains', has: ['time-series', 'industrial'] },
    { text: 'Multivariate time series anomaly detection aims to identify abnormal patterns in modern industrial applications.', field: 'domains', has: ['time-series'], not: ['industrial'] },
    { text: 'We detect and localize defects in images of industrial products.', field: 'settings', has: ['anomaly-localization'] },
    // (anomaly localization named in so many words is the task, in a series too: the dev readers tag it, 5 of 5 in the forty-fourth session)
    { text: 'Multivariate time series anomaly localization finds where in the series an anomaly lies.', field: 'settings', has: ['anomaly-localization'] },
    { text: 'We identify and localize abnormal patterns in multivariate time series of servers.', field: 'settings', not: ['anomaly-localization'] },
    { text: 'A decoder with Locality-Enhanced modules restores the features.', field: 'settings', not: ['anomaly-localization'] },
    { text: 'Anomaly detection has many real-world uses, including fraud detection, medical diagnosis, and industrial monitoring.', field: 'domains', not: ['medical', 'industrial'] },
    { text: 'Reconstruction-based methods still dominate, but they reconstruct anomalies too well.', field: 'techniques', not: ['reconstruction'] },
    { text: 'We detect fraudulent transactions in credit card data with a graph network.', field: 'domains', has: ['finance'] },
    { text: 'We study the detection of AI-generated images from diffusion models.', field: 'domains', has: ['natural-images'] },
    { text: 'We prompt SAM with boxes to segment the defects.', field: 'techniques', has: ['foundation-model-features'] },
    { text: 'DINOv3 is employed as the visual backbone to extract patch tokens.', field: 'techniques', has: ['foundation-model-features'] },
    { text: 'A ResNet-50 backbone extracts the features.', field: 'techniques', not: ['foundation-model-features'] },
    { text: 'We segment the organs with nnU-Net and compare against Mask R-CNN.', field: 'techniques', not: ['foundation-model-features'] },
    { text: 'Unlike Chronos, which needs large-scale pretraining, we train a small detector from scratch.', field: 'techniques', not: ['foundation-model-features'] },
    { text: 'The decoder uses the attention to fuse features from the two branches.', field: 'techniques', has: ['attention'] },
    { text: 'Trained only on healthy scans, our model achieves strong tumor segmentation on BraTS.', field: 'settings', has: ['anomaly-localization'] },
    { text: 'We localize anomalous regions in video frames and report the timestamps of each anomaly map.', field: 'settings', has: ['anomaly-localization'] },
    { text: 'We synthesize fake images of defects to train an industrial inspection model on MVTec AD.', field: 'domains', not: ['natural-images'] },
    { text: 'The achievements of deep models have captivated the attention of both academia and industry.', field: 'techniques', not: ['attention'] },
    { text: 'Our method surpasses state-of-the-art methods in both accuracy and speed.', field: 'metrics', not: ['accuracy'] },
    { text: 'We propose a new detector. Most importantly, it relies on self-supervised pretext tasks.', field: 'techniques', has: ['self-supervised'] },
    { text: 'We propose a new detector. Most methods rely on self-supervised pretext tasks.', field: 'techniques', not: ['self-supervised'] },
    { text: 'We propose a reconstruction-based detector with attention, inspired by human perception.', field: 'techniques', has: ['reconstruction', 'attention'] },
    { text: 'Motivated by this we propose a contrastive framework with self-attention for detection.', field: 'techniques', has: ['attention'] },
    { text: 'We compute cross-attention from text tokens to image patches.', field: 'techniques', has: ['attention'] },
    { text: 'We design a token compression approach based on reverse attention to handle sparse anomalies.', field: 'techniques', has: ['attention'] },
    { text: 'The module directs the model\'s attention to regions relevant to motion.', field: 'techniques', not: ['attention'] },
    { text: 'The loss ensures equal attention to all frequency ranges.', field: 'techniques', not: ['attention'] },
    { text: 'We propose ZorbNet for defect detection. Our empirical analysis reveals its limits.', field: 'settings', not: ['evaluation'] },
    { text: 'Video anomaly detection aims to localize abnormal events on the timeline of surveillance videos.', field: 'settings', not: ['anomaly-localization'] },
    { text: 'The engine combines manual video segmentation with free-text annotation.', field: 'settings', not: ['anomaly-localization'] },
    { text: 'Time series anomaly detection is of interest across many industries, including finance, healthcare, and manufacturing.', field: 'domains', not: ['finance', 'medical', 'industrial'] },
    { text: 'Inspired by the success of contrastive learning in vision, we design a new detector for sensors.', field: 'techniques', not: ['contrastive-learning'] },
    { text: 'We propose a graph detector. Detecting anomalous nodes is essential for identifying fraud, misinformation, and spam in domains such as social networks.', field: 'domains', not: ['finance'] },
    { text: 'Text anomaly detection matters, with applications spanning fraud detection and content moderation.', field: 'domains', not: ['finance'] },
    { text: 'Most models report an F-measure greater than 0.9 on the dataset.', field: 'metrics', has: ['F1'] },
    { text: 'Our method reduces the false positive rate (FPR@TPR95) by 24.77%.', field: 'metrics', has: ['FPR@95TPR'] },
  ];
  it.each(table)('$field of "$text"', ({ text, field, has, not }) => {
    expect((has?.length ?? 0) + (not?.length ?? 0), 'a row names what it expects (has) or rules out (not)').toBeGreaterThan(0);
    const e = extractEntities(paper('Notes on Anomalies', text));
    const got = e[field].map((t) => t.name as string);
    for (const h of has ?? []) expect(got).toContain(h);
    for (const n of not ?? []) expect(got).not.toContain(n);
  });
});

describe('facets from what the paper contributes', () => {
  it.each([
    ['A Sanity Check for AI-generated Image Detection', 'We revisit detectors of generated images on a new test set.'],
    ['An Empirical Study of Zorb Detectors on Logs', 'We compare twelve log detectors.'],
    ['Evaluating Zero-Shot Anomaly Detection with CLIP in Brain MRI', 'We evaluate CLIP-based models on brain tumour scans.'],
    ['The Zorb-3D Benchmark for Unsupervised 3D Anomaly Detection', 'We introduce Zorb-3D, a dataset of 4,000 scans of industrial objects.'],
  ])('"%s": an evaluation paper', (title, text) => {
    expect(extractEntities(paper(title, text)).settings.map((t) => t.name)).toContain('evaluation');
  });
  it.each([
    ['An Analysis-by-Synthesis Framework for Zorb Detection', 'We propose ZorbNet, a generative detector.'],
    ['A Comparison-Free Detector for Defects', 'We propose ZorbNet, a detector that needs no reference image.'],
    ['Dataset Distillation for Anomaly Detection', 'We distill a dataset of normal images into a few synthetic ones.'],
  ])('"%s": not an evaluation paper', (title, text) => {
    expect(extractEntities(paper(title, text)).settings.map((t) => t.name)).not.toContain('evaluation');
  });
  it('"Exploring X" with a proposed method is a method paper', () => {
    const e = extractEntities(paper('Exploring Plain ViT Reconstruction for Anomaly Detection', 'We propose ZorbViT, a plain vision transformer for reconstruction.'));
    expect(e.settings.map((t) => t.name)).not.toContain('evaluation');
  });
  it('a time-series paper whose title makes localization its task keeps the setting', () => {
    const e = extractEntities(paper('Transformer-based Multivariate Time Series Anomaly Localization', 'We localize anomalies in multivariate time series at the time-step, window and segment level.'));
    expect(e.settings.map((t) => t.name)).toContain('anomaly-localization');
  });
  it('metrics a paper proposes in a list are proposed methods and metrics, by their long forms', () => {
    const e = extractEntities(paper('Evaluating Detectors for Telemetry', 'We reformulate evaluation at the window level and propose three user-oriented metrics: Zorb Accuracy (ZA), Zorb Latency (ZL), and Alarm Contiguity (AC), which quantify alarm quality.'));
    const metrics = e.metrics.map((t) => t.name as string);
    expect(metrics).toEqual(expect.arrayContaining(['Zorb Accuracy', 'Zorb Latency', 'Alarm Contiguity']));
    expect(metrics).not.toContain('accuracy');
    expect(metrics).not.toContain('latency');
    expect(e.methods_proposed.flatMap((m) => [m.name, ...(m.aliases ?? [])])).toEqual(expect.arrayContaining(['ZA', 'ZL', 'Alarm Contiguity']));
  });
  it('a paper that introduces a benchmark and proposes no method is an evaluation', () => {
    const e = extractEntities(paper('ZorbBench: Probing Fake Image Detectors', 'We present ZorbBench, a database of 6,000 images with descriptions of their forgeries.'));
    expect(e.methods_proposed).toEqual([]);
    expect(e.settings.map((t) => t.name)).toContain('evaluation');
  });
  it('... but a method paper with its own dataset is not', () => {
    const e = extractEntities(paper('Notes on Defects', 'We propose QuuxNet, a detector, and release Zorb-AD, a new dataset of defects.'));
    expect(e.methods_proposed.map((m) => m.name)).toEqual(['QuuxNet']);
    expect(e.datasets.map((d) => [d.name, d.role])).toEqual([['Zorb-AD', 'introduced']]);
    expect(e.settings.map((t) => t.name)).not.toContain('evaluation');
  });
});

describe('building blocks', () => {
  it('splits sentences but not at e.g., et al. or decimals', () => {
    const s = splitSentences('We follow Roth et al. in this. It reaches 99.6% AUROC, e.g. on MVTec AD. Code is available.');
    expect(s.map((x) => x.text)).toEqual(['We follow Roth et al. in this.', 'It reaches 99.6% AUROC, e.g. on MVTec AD.', 'Code is available.']);
  });

  it('splits copied text that lost the space after a period, but not links, abbreviations or versions', () => {
    const split = (t: string) => splitSentences(t).map((x) => x.text);
    expect(split('We use video-level labels during training.Although it works, it fails.Extensive experiments follow.')).toEqual([
      'We use video-level labels during training.', 'Although it works, it fails.', 'Extensive experiments follow.',
    ]);
    expect(split('It reaches 88.54%.The model (AUROC).Next we go.')).toEqual(['It reaches 88.54%.', 'The model (AUROC).', 'Next we go.']);
    expect(split('Code at https://github.com/org/Repo.Name for all.')).toHaveLength(1);
    expect(split('As in Roth et al.Thus we go, e.g.The method.')).toHaveLength(1);
    expect(split('The U.S.Army runs Node.js and v1.5.Then it works.')).toHaveLength(1);
  });

  it('cuts text with no sentence ends into pieces of at most MAX_SENTENCE characters, at a comma or a space', () => {
    const words = Array.from({ length: 6000 }, (_, i) => ['the', 'Model', 'of', 'Data,', 'and', 'X-Net', 'with', '(ABC)', 'on', 'MVTec AD'][i % 10]);
    const text = `  ${words.join(' ')}`;
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(10);
    for (const x of s) {
      expect(x.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(x.text.length).toBeGreaterThan(MAX_SENTENCE / 2 - 20);
      // (at its offset, whole words: each piece but the last ends on a comma, none starts inside a word)
      expect(text.slice(x.start).trimStart().startsWith(x.text)).toBe(true);
      expect(/\s/.test(text[x.start - 1] ?? ' ') || x.start === 0).toBe(true);
    }
    for (const x of s.slice(0, -1)) expect(x.text.endsWith(',')).toBe(true);
    expect(s.map((x) => x.text).join(' ')).toBe(words.join(' '));
    expect(s.map((x) => x.index)).toEqual(s.map((_, i) => i + 1));
    // a long real sentence stays whole; a word of no spaces is cut at the limit
    const long = `We evaluate ${Array.from({ length: 120 }, (_, i) => `Method${i}`).join(', ')} on MVTec AD.`;
    expect(long.length).toBeGreaterThan(1200);
    expect(splitSentences(long).map((x) => x.text)).toEqual([long]);
    expect(splitSentences('A'.repeat(2 * MAX_SENTENCE + 5)).map((x) => x.text.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 5]);
  });

  it('reads names in text with no sentence ends, piece by piece', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => ['the', 'data', 'of', 'a', 'model'][i % 5]).join(' ');
    const e = extractEntities({ id: 'long', title: 'A study', abstract: `${filler} we propose ZorbNet, a novel framework, and evaluate it on the MVTec AD dataset ${filler}`, urls: [], source: { file: 'long', line: 1 } });
    expect(e.methods_proposed.map((x) => x.name)).toContain('ZorbNet');
    expect(e.datasets.map((x) => x.name)).toContain('MVTec AD');
  });

  it('keeps a real title whole and cuts an overlong one: its first piece is the title, the rest sentences 1..', () => {
    expect(splitTitle('  PatchCore: Towards Total Recall in Industrial Anomaly Detection ')).toEqual([{ text: 'PatchCore: Towards Total Recall in Industrial Anomaly Detection', start: 0, index: 0 }]);
    const words = Array.from({ length: 6000 }, (_, i) => ['the', 'Model', 'of', 'Data,', 'and', 'X-Net', 'with', '(ABC)', 'on', 'MVTec AD'][i % 10]);
    const t = splitTitle(words.join(' '));
    expect(t.length).toBeGreaterThan(10);
    expect(t.map((x) => x.index)).toEqual(t.map((_, i) => i));
    for (const x of t) expect(x.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(t.map((x) => x.text).join(' ')).toBe(words.join(' '));
  });

  it('reads names all along an overlong title, and numbers the abstract after its pieces', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => ['the', 'data', 'of', 'a', 'model'][i % 5]).join(' ');
    const e = extractEntities({ id: 'long', title: `ZorbNet (Zorb Network): ${filler} on the MVTec AD dataset`, abstract: 'We propose ZorbNet. It runs on VisA.', urls: [], source: { file: 'long', line: 1 } });
    expect(e.title.startsWith('ZorbNet (Zorb Network): the data')).toBe(true);
    expect(e.methods_proposed.map((x) => x.name)).toContain('ZorbNet');
    expect(e.datasets.map((x) => x.name)).toEqual(expect.arrayContaining(['MVTec AD', 'VisA']));
  });

  it.each([
    ['FiLo', 'strong'], ['MC4AD', 'strong'], ['ResAD++', 'strong'], ['Anomaly-OV', 'strong'], ['Crane', 'weak'], ['anomaly', 'none'],
  ])('shape of %s is %s', (s, shape) => expect(shapeOf(s)).toBe(shape));

  it('finds long forms of acronyms (Schwartz & Hearst)', () => {
    expect(findLongForm('AnoGen', 'we propose a few-shot Anomaly-driven Generation')).toBe('Anomaly-driven Generation');
    expect(findLongForm('BANG', 'a novel method called BAlaNced averaGing')).toBe('BAlaNced averaGing');
    expect(acronymDefs('the Normal-Abnormal Generalist Learning (NAGL) framework')[0]).toMatchObject({ acronym: 'NAGL', after: 'framework' });
    // (no long form across a comma from a capitalised start to a lower-case word; a list in one case keeps its own)
    expect(acronymDefs('a Swin Transformer encoder, pretrained with masked image modeling (SimMIM) on scans')[0].longForm).toBeUndefined();
    expect(acronymDefs('a threshold-based system named self-monitoring, analysis and reporting technology (SMART).')[0].longForm).toBe('self-monitoring, analysis and reporting technology');
    expect(acronymDefs('We introduce Forgetting, Openness, Generalisation Score (FOGS) to evaluate')[0].longForm).toBe('Forgetting, Openness, Generalisation Score');
    expect(acronymDefs('we present a unified Approach to Spurious, fine-grained, and Conventional OOD Detection (ASCOOD).')[0].longForm).toBe('Approach to Spurious, fine-grained, and Conventional OOD Detection');
    // ("(PDCN model for short)": the kind word before "for short" is no part of the acronym)
    expect(acronymDefs('our paper mill detection model (PDCN model for short) integrates text')[0]).toMatchObject({ acronym: 'PDCN' });
    expect(acronymDefs('a Pick and Choose Graph Neural Network (PC-GNN for short) for graphs')[0]).toMatchObject({ acronym: 'PC-GNN', longForm: 'Pick and Choose Graph Neural Network' });
  });

  it.each([
    ['Diversify and Conquer: Diversity-Centric Data Selection', undefined],
    ['Mixture Outlier Exposure: Towards OOD Detection', 'Mixture Outlier Exposure'],
    ['Model soups: averaging weights of multiple fine-tuned models', 'Model soups'],
    ['DRAEM -- A discriminatively trained reconstruction embedding', 'DRAEM'],
  ])('title head of "%s" is %s', (title, head) => expect(titleHead(title)?.name).toBe(head));

  it('is deterministic and does not touch its input', () => {
    const p = paper(FILO.title, FILO.abstract);
    const frozen = JSON.stringify(p);
    const a = JSON.stringify(createExtractor()(p));
    const b = JSON.stringify(createExtractor()(p));
    expect(a).toBe(b);
    expect(JSON.stringify(p)).toBe(frozen);
  });
});
