import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestResult, datasetResults, formatResults, lowerIsBetter, parseResults, reportedMetrics, methodResults, reportedResults, resultMethods, resultMetric, resultRuns, resultScore } from '../../src/analysis/results.ts';
import { matrixToCsv } from '../../src/export/matrix.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { createExtractor } from '../../extract/entities/index.ts';
import { toEdgesCSV } from '../../src/export/csv.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { methodDatasetMatrix, getCell } from '../../src/analysis/matrix.ts';
import type { Paper, PaperEntities } from '../../src/model.ts';

const MVTEC = { name: 'MVTec AD', aliases: ['MVTec-AD', 'MVTec'] };
const VISA = { name: 'VisA' };
const UCF = { name: 'UCF-Crime' };
const SQUAD2 = { name: 'SQuAD 2.0', aliases: ['SQuAD'] };
const CIFAR10 = { name: 'CIFAR-10' };
const IMAGENET = { name: 'ImageNet' };
const PIAD = { name: 'PIAD' };

/** The results of one abstract as "dataset: metric value" lines. */
function found(abstract: string, datasets = [MVTEC, VISA, UCF, SQUAD2, CIFAR10, IMAGENET, PIAD]): string[] {
  const out: string[] = [];
  for (const [d, list] of reportedResults({ abstract }, datasets)) for (const r of list) out.push(`${d}: ${resultMetric(r)} ${r.value}`);
  return out;
}

describe('reported results: a figure tied to one metric and one dataset', () => {
  const cases: [string, string[]][] = [
    ['ZorbNet achieves 97.1% I-AUROC on MVTec-AD.', ['MVTec AD: AUROC 97.1%']],
    ['On MVTec AD, our method reaches an image-level AUROC of 99.2% and a pixel-level AUROC of 98.1%.', ['MVTec AD: AUROC 99.2%', 'MVTec AD: pixel-AUROC 98.1%']],
    ['It achieves an image-level AUC of 83.9% and a pixel-level AUC of 95.9% on the VisA dataset, while MVTec AD is used for training.', ['VisA: AUROC 83.9%', 'VisA: pixel-AUROC 95.9%']],
    ['We report AUROC = 0.912 on UCF-Crime.', ['UCF-Crime: AUROC 0.912']],
    ['Our detector obtains 91.58% AUC on the UCF-Crime dataset and 83.2% AP on VisA.', ['UCF-Crime: AUROC 91.58%', 'VisA: AUPR 83.2%']],
    ['ZorbNet achieves a 21.1% PRO absolute gain (from 72.7% to 93.8%) on MVTec AD.', ['MVTec AD: PRO 93.8%']],
    ['It pushes the one-shot performance on MVTec-AD from an AUROC of 93.1% to 96.6%.', ['MVTec AD: AUROC 96.6%']],
    ['With 99.58% accuracy on MVTec AD, it is fast.', ['MVTec AD: accuracy 99.58%']],
    // margins, starting points and others' figures are no scores
    ['ZorbNet surpasses the previous best by +3.4% AUROC on MVTec AD.', []],
    ['It improves AUROC by 3.2% on MVTec AD.', []],
    ['It gains +3.4% AUROC on MVTec AD.', []],
    ['Noise costs it a drop of 2.1% AUROC on MVTec AD.', []],
    ['It brings a 12.7% improvement in AUROC on MVTec AD.', []],
    ['It yields an average improvement of 0.15 in F1 and 0.06 in AUC on MVTec AD.', []],
    ['ZorbNet reaches 96.0% AUROC on MVTec AD vs. 93.0% for PatchCore.', []],
    ['Our method is better than PatchCore, which achieves an AUROC of 99.1% on MVTec AD.', []],
    ['Most state-of-the-art detection models have near 50% accuracy on VisA.', []],
    ['It boosts the baseline by 5%, 6.6%, and 7.8% AUPR on MVTec AD.', []],
    ['We improve the state of the art by large margins, i.e., 6% AUPR on VisA and 20% AUPR on MVTec AD.', []],
    ['A model trained solely with a few thousand MVTec AD images had an AUC of 0.913 on the new benchmark.', []],
    ['SSDnet achieves 0.99 AUROC on MVTec-AD and 0.98 AUROC and 0.67 AUPRC on the fabric dataset.', ['MVTec AD: AUROC 0.99']],
    ['Its localization AUCROC score of 98.8% on MVTec AD, and the pixel ROC AUC rises from 0.733 to 0.751 on VisA.', ['MVTec AD: pixel-AUROC 98.8%', 'VisA: pixel-AUROC 0.751']],
    ['On MVTec AD it runs with a latency of 1.5 s per image.', []],
    ['The PRO AUC rises from 0.417 to 0.468 on MVTec AD.', ['MVTec AD: PRO 0.468']],
    ['A system that gets 86% F1 on SQuAD 1.1 is what we start from.', []],
    // a list read with "respectively": against as many datasets, or as many metrics, in order; else nothing
    ['It achieves image-level AUROC of 99.6% and 98.7% on MVTec AD and VisA, respectively.', ['MVTec AD: AUROC 99.6%', 'VisA: AUROC 98.7%']],
    ['ZorbNet reaches 99.1%, 97.0% and 91.2% AUROC on MVTec-AD, VisA and UCF-Crime respectively.', ['MVTec AD: AUROC 99.1%', 'VisA: AUROC 97.0%', 'UCF-Crime: AUROC 91.2%']],
    ['On MVTec AD, its AUROC and PRO are 97.1% and 93.2%, respectively.', ['MVTec AD: AUROC 97.1%', 'MVTec AD: PRO 93.2%']],
    ['Dinomaly achieves image-level AUROC of 99.6%, 98.7%, and 89.3% on the three datasets respectively.', []],
    ['It achieves AUROC of 99.6% and 98.7% on MVTec AD, VisA and UCF-Crime, respectively.', []],
    ['It improves AUROC by 1.6% and 3.2% on MVTec AD and VisA, respectively.', []],
    ['It outperforms existing approaches, achieving an average enhancement of 9.0% and 1.4% AUROC on MVTec AD and VisA, respectively.', []],
    ['It achieves 99.6% and 98.7% AUROC and 96.0% and 95.1% PRO on MVTec AD and VisA, respectively.', []],
    // no metric beside the figure, or no dataset it belongs to
    ['It runs 35% faster on MVTec AD.', []],
    ['It reaches an AUROC of 97.1% on our own data.', []],
    ['The proposed network achieves an AUC of 0.805 in classifying X-rays on the challenging NIH dataset.', []],
    // a dataset in a list of datasets does not take a figure meant for the list
    ['We use two datasets (VisA, Zorb-7) and our best system achieves 60.4% F1.', []],
    // a longer name the dataset's is part of, or a method named after it, is not the dataset
    ['It reaches 99.1% AUROC on MVTec LOCO.', []],
    ['It reaches 99.1% AUROC on CIFAR-10-C.', []],
    ['Results indicate that ImageNet-pretrained CNNs reach an F1 score of 0.926.', []],
    ['SEPIAD outperformed the PIAD baseline, achieving a ROC AUC of 0.95.', []],
    // a bound or a rise is no score
    ['Our method achieves over 97% accuracy on CIFAR-10.', []],
    ['It achieves an AUROC of 97.2% on MVTec AD, up 5.1% AUROC.', ['MVTec AD: AUROC 97.2%']],
    // others' figures: recent approaches, humans, a name before a colon in brackets
    ['Recent approaches such as PatchCore reach 99.1% AUROC on MVTec AD.', []],
    ['Human performance on SQuAD 2.0 is 89.5 F1.', []],
    ['It achieves an AUROC of 97.2% on MVTec AD (PatchCore: 96.1% AUROC).', ['MVTec AD: AUROC 97.2%']],
    // one figure over a list of datasets, or of two metrics together
    ['It achieves an average AUROC of 98.6% across MVTec AD and VisA.', []],
    ['It reaches 99.1% AUROC on both MVTec AD and VisA.', []],
    ['On VisA, our method achieves a harmonic mean of 63.7% of area under the curve (AUC) and partial AUC.', []],
    // the level before a figure names its metric's family
    ['On MVTec AD it reaches image-level 98.9% AU-ROC and pixel-level 98.4% AU-ROC.', ['MVTec AD: AUROC 98.9%', 'MVTec AD: pixel-AUROC 98.4%']],
    // a figure at an operating point, on other data, or on the data the model was trained on
    ['On ImageNet, we reach 95% top-1 accuracy at 80% coverage.', []],
    ['It attains 91.4% accuracy on the VisA dataset and 88.7% accuracy across all tested generators.', ['VisA: accuracy 91.4%']],
    ['We generated a synthetic dataset adhering to the VisA protocol, and reach an accuracy of 97.8%.', []],
    ['By re-training the VisA dataset, the model reaches an accuracy of 82% for bolt detection.', []],
    // a part of a dataset, an ablation's variant, a figure before "ours", a group of methods as the subject
    ['For the screw category of MVTec AD, it reaches 99.1% AUROC.', []],
    ['It achieves 99.1% AUROC on the textures of MVTec AD.', []],
    ['Averaged over all 15 categories of MVTec AD, it reaches 95.2% AUROC.', ['MVTec AD: AUROC 95.2%']],
    ['In the ablation, the variant without attention reaches 86.8% AUROC on MVTec AD.', []],
    ['On MVTec AD, PatchCore gets 96.8% AUROC and ours gets 99.1% AUROC.', ['MVTec AD: AUROC 99.1%']],
    ['Weakly supervised methods typically reach 86.1% AUC on UCF-Crime.', []],
    // a changed copy of a dataset, a named method before "our model", a starting point, a loss, a share
    ['It achieves an AUROC of 97.2% on clean MVTec AD and 93.1% AUROC on corrupted MVTec AD.', ['MVTec AD: AUROC 97.2%']],
    ['On SQuAD 2.0, BERT obtains 83.1 F1, and our model 86.2 F1.', ['SQuAD 2.0: F1 86.2']],
    ["On SQuAD 2.0, our model improves BERT's 83.1 F1 to 86.2.", []],
    ['It loses 1.2% accuracy on CIFAR-10.', []],
    ['It keeps 98% of the accuracy on CIFAR-10.', []],
    ['On MVTec AD, it achieves 97.2% AUROC, and 93.1% AUROC on corrupted MVTec AD.', []],
    ['On CIFAR-10, it achieves 97.2% AUROC, and 80.1% AUROC on CIFAR-10-C.', []],
    // a dataset a model came from, or one of unnamed others
    ['When transferred from MVTec AD to a new production line, it achieves 91% AUROC.', []],
    ['Using MVTec AD as auxiliary data, it achieves 91% AUROC.', []],
    ['Experiments on MVTec AD and other datasets show 97.2% AUROC.', []],
    ['Without requiring auxiliary data, it reaches 97.2% AUROC on the MVTec AD dataset.', ['MVTec AD: AUROC 97.2%']],
    ['We apply it on the VisA dataset to detect defects, with 97.2% accuracy.', ['VisA: accuracy 97.2%']],
    // reference points (an oracle, humans, chance, a challenge's winner), a subset's figure, a video-level AUC
    ['On UCF-Crime, an oracle achieves 95% AUC.', []],
    ['It was evaluated on UCF-Crime, where a human annotator achieves 95% AUC.', []],
    ['On UCF-Crime, random guessing gives 50% AUC.', []],
    ['The challenge winner achieved 87.5% AUC on UCF-Crime.', []],
    ['On UCF-Crime, it achieves 87.5% AUC and 30.1% AP on anomalous videos.', []],
    ['On UCF-Crime, the frame-level AUC is 87.5% and the video-level AUC is 92.1%.', ['UCF-Crime: AUROC 87.5%']],
    // a metric's style named after a dataset, a subset's metric, a detector's mAP
    ['Achieving MVTec AD style overall AP of 67.5%, it beats both baselines.', []],
    ['On VisA, it reaches a difficult\u2011subset AUROC of 0.831.', []],
    ['It achieves a mean average precision (mAP) of 97.9% on the VisA dataset.', []],
    ['It achieves 97.9% mAP on VisA.', []],
    // LaTeX's "\\%" is a percent: "0.8\\%" is 0.8%, not 0.8 (80 on the leaderboard's scale)
    ['It reaches an FPR95 of 0.8\\% on CIFAR-10.', ['CIFAR-10: FPR@95TPR 0.8%']],
    ['It achieves 97.2\\% AUROC and 95.1\\% AUPR on MVTec AD.', ['MVTec AD: AUROC 97.2%', 'MVTec AD: AUPR 95.1%']],
    // one class's figure or an extreme is not the dataset's
    ['On CIFAR-10, the worst class still reaches 80.1% AUROC.', []],
    ['On CIFAR-10, the median AUROC is 80.1%.', []],
    ['On CIFAR-10, it reaches 80.1% AUROC in the hardest class.', []],
    // (a dataset followed by another name that is not a list of datasets keeps its figure)
    ['Our detector reaches an F1-score of 94% on the VisA dataset and PatchCore scores 80% on Zorb-7.', ['VisA: F1 94%']],
    // another method as the sentence's subject, told by the contrast with the paper's own after it
    ['PatchCore achieves 99.1% AUROC on MVTec AD, but our method is faster.', []],
    ['PatchCore achieves 99.1% AUROC on MVTec AD, while ours needs no memory bank.', []],
    ['It achieves 99.1% AUROC on MVTec AD, while our small variant is faster.', ['MVTec AD: AUROC 99.1%']],
    // other hyphens, "percent", a margin before "from ... to", a comparison in brackets only
    ['It achieves an AUC of 91.34% on the UCF\u2011Crime benchmark.', ['UCF-Crime: AUROC 91.34%']],
    ['It delivers competitive results on VisA (96.4% I\u2011AUROC).', ['VisA: AUROC 96.4%']],
    ['It achieves an F1-score of 98.9 percent on the VisA dataset.', ['VisA: F1 98.9%']],
    ['It outperforms prior detectors by large margins, e.g. reducing the FPR95 by an absolute 30.6% from 48.3% to 17.7% on the CIFAR-10 dataset.', ['CIFAR-10: FPR@95TPR 17.7%']],
    ['It achieves superior classification on VisA (average AUC: 0.885) and accurate reports (GREEN score: 0.678 vs. SOTA: 0.634).', ['VisA: AUROC 0.885']],
    ['It achieves higher recall on VisA (AUC: 0.923 vs. 0.836).', []],
    ['It reaches an AUC of 0.923 on VisA vs. 0.836 for PatchCore (both in brackets: none).', []],
    ['This alone yields a chunk-level AUROC of 0.8994 for UCF-Crime.', []],
    // a list of figures with as many datasets right after it, without "respectively"; other metrics' scores in a list
    ['It achieves AUCs of 96.7%, 87.6%, and 71.5% on three benchmark datasets (MVTec AD, VisA, and UCF-Crime datasets).', ['MVTec AD: AUROC 96.7%', 'VisA: AUROC 87.6%', 'UCF-Crime: AUROC 71.5%']],
    ['It achieves AUCs of 98.1% and 89.8% on MVTec AD and VisA datasets.', ['MVTec AD: AUROC 98.1%', 'VisA: AUROC 89.8%']],
    ['It reaches 96.4% and 95.1% AUROC on MVTec AD and VisA.', ['MVTec AD: AUROC 96.4%', 'VisA: AUROC 95.1%']],
    ['It achieves AUCs of 98.1% and 89.8% on MVTec AD, VisA and UCF-Crime.', []],
    ['It improves AUROC by 1.6% and 3.2% on MVTec AD and VisA.', []],
    ['On MVTec AD, it achieves AUCs of 98.1% and 89.8% on MVTec AD and VisA.', []],
    ['Tested on three benchmarks, MVTec AD, VisA, and UCF-Crime, it attains 99.97% and 99.31% accuracy on MVTec AD and VisA, respectively.', ['MVTec AD: accuracy 99.97%', 'VisA: accuracy 99.31%']],
    ['It achieves a classification accuracy of 99.44%, precision of 99.46%, recall of 99.45%, and an F1 score of 99.45% on the VisA dataset.', ['VisA: accuracy 99.44%', 'VisA: F1 99.45%']],
    ['On the VisA dataset, it reaches an AUPRC of 0.81 and a recall of 0.85 on the held-out test set.', ['VisA: AUPR 0.81']],
    // a detector's mAP is tagged AUPR as a facet, but is no AUPR figure to rank beside one
    ['It reaches an mAP@0.5 of 87.5% and an mAP50 of 91.0% on the VisA dataset.', []],
    ['It reaches an AP of 87.5% on the VisA dataset.', ['VisA: AUPR 87.5%']],
    // two settings on one dataset: neither figure without its setting
    ['On VisA, it achieves 85.46% accuracy with RGB data alone and 89.70% with RGB and depth data.', []],
    ['On VisA, it achieves 85.46% accuracy with RGB data alone.', ['VisA: accuracy 85.46%']],
    ['On UCF-Crime, it reaches an AUC of 87.5% with I3D features and an AUC of 85.1% with C3D features.', []],
    ['It achieved 99.36% accuracy on the VisA dataset with FP16 precision. With INT8 precision, it achieved 95.62% accuracy on the VisA dataset.', []],
    ['It reaches 99.1% AUROC and 96.0% PRO on MVTec AD. With a smaller backbone it reaches 98.0% AUROC on MVTec AD.', ['MVTec AD: PRO 96.0%']],
    // a metric's long form with its acronym in brackets is one metric, of the acronym's tag
    ['It achieves an Area Under Curve (AUC) score of 0.996 on VisA.', ['VisA: AUROC 0.996']],
    ['It reaches an area under the ROC curve (AUROC) of 0.91 and an area under the precision-recall curve (AUPRC) of 0.85 on VisA.', ['VisA: AUROC 0.91', 'VisA: AUPR 0.85']],
    ['On VisA, it achieves an Average Precision (AP) of 80.5%.', ['VisA: AUPR 80.5%']],
    // a name of two parts, or with a digit, in another case after its first letter; a one-word name keeps its case
    ['It yields 78.27% and 84.16% frame-level AUC on UCF-crime and VisA datasets respectively.', ['UCF-Crime: AUROC 78.27%', 'VisA: AUROC 84.16%']],
    ['It reaches 99.1% AUROC on mvtec ad.', []],
    ['It reaches 99.1% AUROC on Visa.', []],
    // more words between a figure and its metric: "on", "Im.", "overall"; a dataset's head noun after one word
    ['On the VisA dataset, ZorbNet achieved 0.8382 on F1 score and 0.8473 on mIoU.', ['VisA: F1 0.8382', 'VisA: IoU 0.8473']],
    ['ZorbNet achieves a promising result of 99.5 Im.AUROC on the widely used MVTec AD.', ['MVTec AD: AUROC 99.5']],
    ['Employing the VisA inspection dataset, ZorbNet achieved an impressive 98.2% overall accuracy.', ['VisA: accuracy 98.2%']],
    // a figure for one thing and another for another, a novel class's figure, a challenge track's, a figure on several sets
    ['On VisA, it achieves a mean intersection over union (mIoU) of 61.38% for screws and 62.41% for nuts.', []],
    ['On VisA, it achieves an accuracy of 32.7% for the top one and 55.2% for the top five.', ['VisA: accuracy 32.7%']],
    ['It achieves a novel class average precision (AP) of 62.4% on the VisA dataset.', []],
    ['On VisA, it achieves an area under curve (AUC) score of 88.44% on blind test in the fusion track.', []],
    ['Across eight VisA datasets, it achieves an F1-score of 64.53%.', []],
    // figures paired by slashes: against as many metrics paired the same way, a pair a dataset ("respectively") or a
    // level ("for localization and detection"), or one metric at two levels; no margins
    ['Evaluated on MVTec AD and VisA, ZorbNet achieves IoU/F1-Scores of 0.864/0.844 and 0.845/0.814, respectively.', ['MVTec AD: IoU 0.864', 'MVTec AD: F1 0.844', 'VisA: IoU 0.845', 'VisA: F1 0.814']],
    ['It achieves 96.8/52.6 and 97.2/99.0 (AUROC/AP) for localization and detection respectively on multi-class MVTec-AD dataset.', ['MVTec AD: pixel-AUROC 96.8', 'MVTec AD: pixel-AUPR 52.6', 'MVTec AD: AUROC 97.2', 'MVTec AD: AUPR 99.0']],
    ['On VisA, it achieves 97.3/72.9 AP for image/pixel-level anomaly detection.', ['VisA: AUPR 97.3', 'VisA: pixel-AUPR 72.9']],
    ['On VisA, it reaches AUROC/PRO of 97.1/93.2.', ['VisA: AUROC 97.1', 'VisA: PRO 93.2']],
    ['It achieves IoU/F1 of 0.864/0.844 and 0.845/0.814 on MVTec AD and VisA.', []],
    ['On VisA, the maximum improvements in AUC/F1 are 27.47%/38.56%.', []],
    ['On VisA, it improves AUROC/PRO by 1.2/3.4.', []],
    // what the paper's method "outperformed ... with" is its own
    ['ZorbNet outperforms baselines on the VisA dataset with 99.2% accuracy.', ['VisA: accuracy 99.2%']],
    ['On VisA, it performs better than baselines with 99.2% accuracy.', []],
    // lists of figures each before its dataset, against as many metrics named together before them, in order
    ['The accuracy and detection performance (F1-measure) of the proposed method can reach 98.92% and 99.92% on the VisA dataset and 93.18% and 92.41% on the MVTec AD dataset.', ['VisA: accuracy 98.92%', 'VisA: F1 99.92%', 'MVTec AD: accuracy 93.18%', 'MVTec AD: F1 92.41%']],
    ['Its AUROC and PRO are 97.1% and 93.2% on MVTec AD.', ['MVTec AD: AUROC 97.1%', 'MVTec AD: PRO 93.2%']],
    ['Its AUROC and PRO reach 97.1% and 93.2% on MVTec AD and VisA.', []],
    ['It improves AUROC and PRO by 1.1% and 3.2% on MVTec AD.', []],
    ['Its AUROC and PRO are 97.1% and 93.2% on MVTec AD, and 95.0% on VisA.', []],
    // a figure without a metric after a score on one dataset, before its own dataset, is of the score's metric
    ['It also achieves an impressive 88.8% Im.AUROC on the MVTec AD dataset and a remarkable 96.0% on the VisA dataset.', ['MVTec AD: AUROC 88.8%', 'VisA: AUROC 96.0%']],
    ['It reaches F1-scores of 98.56% on VisA and 97.70% on UCF-Crime.', ['VisA: F1 98.56%', 'UCF-Crime: F1 97.70%']],
    ['It reaches 88.8% AUROC on MVTec AD and 96.0% on most categories.', ['MVTec AD: AUROC 88.8%']],
    // a metric, then its figures in brackets each beside its dataset
    ['ZorbNet achieves strong AUCs (97.98% VisA, 87.12% UCF‑Crime) using only 0.4M parameters.', ['VisA: AUROC 97.98%', 'UCF-Crime: AUROC 87.12%']],
    ['It achieves AUROC (MVTec AD: 99.1%, VisA: 97.0%).', ['MVTec AD: AUROC 99.1%', 'VisA: AUROC 97.0%']],
    ['It improves AUROC (1.1% MVTec AD, 2.0% VisA).', []],
    ['It reaches AUROC (97.98% VisA, 87.12% on most).', []],
    // the dataset right before "with" and the paper's own score; the paper's own data last in a "respectively" list
    ['The proposed model demonstrates state-of-the-art performance on UCF-Crime with an AUC of 87.24%, and VisA, where AP reaches up to 84.93%.', ['UCF-Crime: AUROC 87.24%']],
    ['It outperforms PatchCore on VisA with 76.20% I-AUROC and remains competitive on MVTec AD with 72.80% I-AUROC.', ['VisA: AUROC 76.20%', 'MVTec AD: AUROC 72.80%']],
    ['The traditional SVM approach did well on VisA with 0.78 F1-Score but performed poorly on UCF-Crime with 0.5 F1-Score.', []],
    ['It has a reasonable accuracy rate of 77.4 percent, 95.7 percent, and 88.2 percent, respectively, on the VisA, UCF-Crime, and our custom datasets.', ['VisA: accuracy 77.4%', 'UCF-Crime: accuracy 95.7%']],
    ['It has an accuracy of 77.4%, 95.7%, and 88.2%, respectively, on the VisA, UCF-Crime, and two other datasets.', []],
    // the best of the models a benchmark evaluates is not the paper's
    ['We evaluate 64 LVLMs on VisA and find that even the best-performing model, i.e., GPT-4o, only achieves 41.45% accuracy.', []],
    // figures each named by its level's task, of one metric with a form at each level
    ['Our method achieves competitive results on the challenging benchmark MVTec AD (97.8% for detection and 97.7% for localization, AUROC).', ['MVTec AD: AUROC 97.8%', 'MVTec AD: pixel-AUROC 97.7%']],
    ['It provides an AUROC score of 99.5% in anomaly detection and 98.5% in anomaly localization of MVTec AD benchmark.', ['MVTec AD: AUROC 99.5%', 'MVTec AD: pixel-AUROC 98.5%']],
    ['On VisA, it reaches F1 scores of 0.889 for detection and 0.814 for localization.', []],
    ['It improves AUROC by 1.8% for detection and 0.7% for localization on VisA.', []],
    // figures of one metric each read with its setting (a column of its own): a list against as many settings, or each
    // figure followed by its own; the settings must differ and be all the figures'
    ['On VisA, it reaches AUROC of 91.3% and 95.2% in the zero-shot and 4-shot settings, respectively.', ['VisA: AUROC (zero-shot) 91.3%', 'VisA: AUROC (4-shot) 95.2%']],
    ['It achieves recognition accuracies of 70.19% and 92.97% in 4-way 1-shot and 4-way 20-shot scenarios on VisA.', ['VisA: accuracy (4-way 1-shot) 70.19%', 'VisA: accuracy (4-way 20-shot) 92.97%']],
    ['ZorbNet achieves SOTA with 42.2% and 24.7% AP in zero-shot and closed scenes of VisA.', ['VisA: AUPR (zero-shot) 42.2%', 'VisA: AUPR (closed scenes) 24.7%']],
    ['Our model achieves an accuracy of 93.63% on the localization task and an accuracy of 87.48% on the anomaly detection task on VisA.', ['VisA: accuracy (localization task) 93.63%', 'VisA: accuracy (anomaly detection task) 87.48%']],
    ['We evaluate on VisA. Our model achieves an accuracy of 93.63% on the localization task and an accuracy of 87.48% on the anomaly detection task.', ['VisA: accuracy (localization task) 93.63%', 'VisA: accuracy (anomaly detection task) 87.48%']],
    ['It improves AUROC by 1.1% and 2.0% in the zero-shot and 4-shot settings on VisA.', []],
    ['On VisA, it reaches AUROC of 91.3%, 95.2% and 96.0% in the zero-shot and 4-shot settings.', []],
    // (or each of another variant of the paper's method, named as its subject)
    ['On VisA, our base model achieves an AUC of 91.34%, outperforming the previous state-of-the-art, and our fast version achieves an AUC of 88.87%.', ['VisA: AUROC (base model) 91.34%', 'VisA: AUROC (fast version) 88.87%']],
    ['On VisA, our base model achieves an AUC of 91.3%, and with pruning it achieves an AUC of 88.9%.', []],
    ['Replay achieved better results than other methods on VisA. It achieved an accuracy of 70.12% for the domain incremental scenario and an accuracy of 96.98% for the class incremental scenario.', []],
  ];
  it.each(cases)('%s', (abstract, expected) => {
    expect(found(abstract)).toEqual(expected);
  });

  it("knows another method named as the subject from the paper's own, by the paper's method names", () => {
    const methods = { proposed: [{ name: 'ZorbNet' }], mentioned: [{ name: 'PatchCore', aliases: ['Patch-Core'] }] };
    const read = (abstract: string) => [...reportedResults({ abstract }, [MVTEC], methods)].flatMap(([d, l]) => l.map((r) => `${d}: ${r.metric} ${r.value}${r.method ? ` by ${r.method}` : ''}`));
    // (never the paper's: kept as the other method's, which the sentence makes its subject without doubt)
    expect(read('PatchCore reaches 99.1% AUROC on MVTec AD.')).toEqual(['MVTec AD: AUROC 99.1% by PatchCore']);
    expect(read('On MVTec AD, the strong Patch-Core reaches 99.1% AUROC.')).toEqual(['MVTec AD: AUROC 99.1% by PatchCore']);
    expect(read('On MVTec AD, Patch-Core and the strong kNN reach 99.1% AUROC.')).toEqual([]);
    expect(read('ZorbNet reaches 99.6% AUROC on MVTec AD.')).toEqual(['MVTec AD: AUROC 99.6%']);
    expect(read('Built on PatchCore, ZorbNet reaches 99.6% AUROC on MVTec AD.')).toEqual(['MVTec AD: AUROC 99.6%']);
    expect(read('Unlike PatchCore, our method reaches 99.6% AUROC on MVTec AD.')).toEqual(['MVTec AD: AUROC 99.6%']);
    // (nor in a paper that proposes no method of its own: its figures are of the methods it compares)
    expect([...reportedResults({ abstract: 'PatchCore reaches 99.1% AUROC on MVTec AD.' }, [MVTEC], { mentioned: [{ name: 'PatchCore' }] })].length).toBe(1);
    // (without the names, a figure with no contrast after it stays)
    expect(found('PatchCore reaches 99.1% AUROC on MVTec AD.', [MVTEC])).toEqual(['MVTec AD: AUROC 99.1%']);
  });

  it("credits a figure to the method the sentence makes its subject, without doubt ('RANSynCoder achieves ...')", () => {
    const HAI = { name: 'HAI' };
    const SWAT = { name: 'SWaT' };
    const mentioned = [{ name: 'RANSynCoders', aliases: ['RANSynCoder'] }, { name: 'InterFusion' }, { name: 'USAD' }];
    const read = (abstract: string, proposed: { name: string }[] = []) =>
      [...reportedResults({ abstract }, [HAI, SWAT, MVTEC], { proposed, mentioned })].flatMap(([d, l]) => l.map((r) => `${d}: ${r.metric} ${r.value}${r.method ? ` by ${r.method}` : ''}`));
    // a comparative study (no method of its own): the figure is the method's, by its canonical name, in its own clause
    expect(read('For SWaT, InterFusion achieves the highest F1-score of 90.7% while RANSynCoder achieves the highest F1-score of 82.9% for HAI.')).toEqual(['SWaT: F1 90.7% by InterFusion', 'HAI: F1 82.9% by RANSynCoders']);
    expect(read('Results show that the RANSynCoder model consistently achieves an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9% by RANSynCoders']);
    // (a list read with "respectively" too)
    expect(read('RANSynCoder achieves F1-scores of 82.9% and 80.1% on HAI and SWaT, respectively.')).toEqual(['HAI: F1 82.9% by RANSynCoders', 'SWaT: F1 80.1% by RANSynCoders']);
    // (two methods' figures of one metric on one dataset are two rows, not a clash)
    expect(read('RANSynCoder achieves 82.9% F1 on HAI. USAD achieves 80.1% F1 on HAI.')).toEqual(['HAI: F1 82.9% by RANSynCoders', 'HAI: F1 80.1% by USAD']);
    // (but one credited to none may be any method's in a paper that proposes none: the two clash; in one that proposes
    // one, it is that method's, and they are apart)
    expect(read('RANSynCoder achieves 82.9% F1 on HAI. On HAI, the model reaches 80.1% F1.')).toEqual([]);
    expect(read('RANSynCoder achieves 82.9% F1 on HAI. On HAI, ZorbNet reaches 80.1% F1.', [{ name: 'ZorbNet' }])).toEqual(['HAI: F1 82.9% by RANSynCoders', 'HAI: F1 80.1%']);
    // anything less credits none: two methods in the clause, a method that is not the subject, a longer name, an apposition
    expect(read('RANSynCoder and USAD achieve an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('USAD outperforms RANSynCoder with an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('With RANSynCoder, the model achieves an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('The strongest baseline, RANSynCoder, achieves an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('RANSynCoder achieves an F1 of 82.9% on HAI and USAD 80.1% on SWaT.')).toEqual(['HAI: F1 82.9%', 'SWaT: F1 80.1%']);
    // (the last of a list of subjects, a variant of the method: dev-pool sentences the rule first credited wrongly)
    expect(read('InterFusion, RANSynCoder, and USAD achieve an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('On HAI, the improved USAD model achieved an F1 of 82.9%.')).toEqual(['HAI: F1 82.9%']);
    // a paper with a method of its own: another method's figure is kept only where it is that method's without doubt,
    // and then as its (never the paper's)
    const zorb = [{ name: 'ZorbNet' }];
    expect(read('USAD reaches 99.1% AUROC on MVTec AD.', zorb)).toEqual(['MVTec AD: AUROC 99.1% by USAD']);
    expect(read('USAD reaches 99.1% AUROC on MVTec AD, but our method reaches 99.6%.', zorb)).toEqual([]);
    expect(read('With USAD as its teacher, ZorbNet reaches 99.6% AUROC on MVTec AD.', zorb)).toEqual(['MVTec AD: AUROC 99.6%']);
    // a clause that goes on with "with" or "achieving" has the subject of the clause before it
    expect(read('Among the baselines, USAD outperformed, achieving an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9% by USAD']);
    expect(read('USAD achieved the best results of the baselines, with an F1 of 82.9% on HAI.', zorb)).toEqual(['HAI: F1 82.9% by USAD']);
    expect(read('ZorbNet beats USAD, with an F1 of 90.1% on HAI.', zorb)).toEqual(['HAI: F1 90.1%']);
    expect(read('USAD achieved the best results, with RANSynCoder reaching an F1 of 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('USAD fails on most attacks, with an F1 of 20.1% on HAI.')).toEqual(['HAI: F1 20.1%']);
  });

  it("credits a figure to the method a passive gives as its agent ('an F1 of 0.81 obtained by YOLOv3'), never to the paper", () => {
    const HAI = { name: 'HAI' };
    const mentioned = [{ name: 'YOLOv3' }, { name: 'RetinaNet' }, { name: 'USAD' }, { name: 'Decision Tree' }];
    const read = (abstract: string, proposed: { name: string }[] = []) =>
      [...reportedResults({ abstract }, [HAI], { proposed, mentioned })].flatMap(([d, l]) => l.map((r) => `${d}: ${r.metric} ${r.value}${r.method ? ` by ${r.method}` : ''}`));
    const zorb = [{ name: 'ZorbNet' }];
    // the agent after the figure, or after its dataset; the sentence opening on a result and its agent
    expect(read('On HAI, an F1 of 0.81 was obtained by YOLOv3.')).toEqual(['HAI: F1 0.81 by YOLOv3']);
    expect(read('On HAI, an F1 of 0.81 was obtained by YOLOv3.', zorb)).toEqual(['HAI: F1 0.81 by YOLOv3']);
    expect(read('An F1 of 0.81 and an AUROC of 0.90 on HAI were obtained by the RetinaNet model fine-tuned on COCO.', zorb)).toEqual(['HAI: F1 0.81 by RetinaNet', 'HAI: AUROC 0.90 by RetinaNet']);
    expect(read('The best result on HAI, achieved by USAD, is an F1 of 0.81.', zorb)).toEqual(['HAI: F1 0.81 by USAD']);
    expect(read('The best performance was achieved by Decision Tree, with a 0.99 F1 score on HAI.')).toEqual(['HAI: F1 0.99 by Decision Tree']);
    // (two agents, or a method that is no agent: none credited, and in a paper with a method of its own not the paper's)
    expect(read('An F1 of 0.81 on HAI was obtained by YOLOv3 and USAD.', zorb)).toEqual([]);
    expect(read('An F1 of 0.81 on HAI was obtained by YOLOv3, USAD and SSD.', zorb)).toEqual([]);
    expect(read('An F1 of 0.81 on HAI was obtained by combining YOLOv3 and USAD.', zorb)).toEqual([]);
    expect(read('An F1 of 0.81 on HAI was obtained by YOLOv3 and USAD.')).toEqual(['HAI: F1 0.81']);
    // (the paper's own method as the subject: the "by" is no agent of the figure)
    expect(read('ZorbNet reaches an F1 of 0.91 on HAI, obtained by USAD features.', zorb)).toEqual(['HAI: F1 0.91']);
    expect(read('Our method outperforms the result achieved by USAD, with an F1 of 0.91 on HAI.', zorb)).toEqual(['HAI: F1 0.91']);
    expect(read('We reach an F1 of 0.81 on HAI obtained by YOLOv3 features.', zorb)).toEqual(['HAI: F1 0.81']);
  });

  it("reads a dataset that is a clause alone ('For SWaT, ...') as the data of the clause right after it, in a sentence that names two", () => {
    const HAI = { name: 'HAI' };
    const SWAT = { name: 'SWaT' };
    const read = (abstract: string) =>
      [...reportedResults({ abstract }, [HAI, SWAT], { proposed: [{ name: 'ZorbNet' }], mentioned: [{ name: 'USAD' }] })].flatMap(([d, l]) => l.map((r) => `${d}: ${r.metric} ${r.value}${r.method ? ` by ${r.method}` : ''}`));
    expect(read('For SWaT, ZorbNet achieves an F1 of 90.7%, while USAD achieves an F1 of 82.9% on HAI.')).toEqual(['SWaT: F1 90.7%', 'HAI: F1 82.9% by USAD']);
    expect(read('ZorbNet reaches an F1 of 82.9% on HAI, and on the SWaT dataset, it reaches an F1 of 90.7%.')).toEqual(['HAI: F1 82.9%', 'SWaT: F1 90.7%']);
    // (not where the clause names data of its own, or the dataset is one of a list, or no clause of its own)
    expect(read('For SWaT, ZorbNet achieves an F1 of 90.7% on the HAI test split.')).toEqual(['HAI: F1 90.7%']);
    expect(read('For SWaT and HAI, ZorbNet achieves an F1 of 90.7%.')).toEqual([]);
    expect(read('For SWaT, HAI, ZorbNet achieves an F1 of 90.7%.')).toEqual([]);
    expect(read('For SWaT, ZorbNet achieves an F1 of 90.7% on the attack split, and 82.9% on HAI.')).toEqual(['HAI: F1 82.9%']);
    expect(read('Trained for SWaT, ZorbNet achieves an F1 of 90.7% while USAD reaches 82.9% for HAI.')).toEqual([]);
  });

  it("does not give one edition of a dataset an average over two ('across LivDet 2013 and 2015')", () => {
    const livdet = { name: 'LivDet 2013' };
    expect(found('It reaches an average accuracy of 98.87% across LivDet 2013 and 2015 sensors.', [livdet])).toEqual([]);
    expect(found('It reaches an accuracy of 98.87% on LivDet 2013 and the best latency.', [livdet])).toEqual(['LivDet 2013: accuracy 98.87%']);
  });

  it('gives no figure to a dataset whose two versions the sentence names under one name (CASIA 1 and CASIA 2)', () => {
    const casia = { name: 'CASIA', aliases: ['CASIA 1', 'CASIA 2'] };
    expect(found('The CNN model achieved an accuracy of 79% for CASIA 1 and 89% for CASIA 2.', [casia])).toEqual([]);
    expect(found('The CNN model achieved an accuracy of 79% on CASIA 1.', [casia])).toEqual(['CASIA: accuracy 79%']);
  });

  it("reads a dataset whose name holds another's short alias ('MVTec LOCO AD' holds MVTec AD's 'MVTec'), when both are the paper's", () => {
    const loco = { name: 'MVTec LOCO AD', aliases: ['MVTec LOCO'] };
    expect(found('It achieves an impressive 88.8% Im.AUROC on the MVTec LOCO AD dataset and a remarkable 96.0% on the VisA dataset.', [MVTEC, loco, VISA])).toEqual(['MVTec LOCO AD: AUROC 88.8%', 'VisA: AUROC 96.0%']);
    expect(found('It reaches 88.8% AUROC on MVTec LOCO AD.', [MVTEC])).toEqual([]);
  });

  it('reads a longer spelling of a dataset its short alias starts, when it is one of its names', () => {
    const etis = { name: 'ETIS-Larib', aliases: ['ETIS'] };
    expect(found('COTR achieved 86.87% F1-score on the ETIS-LARIB, and 92.60% F1-score on the CVC-ColonDB.', [etis])).toEqual(['ETIS-Larib: F1 86.87%']);
    expect(found('It reaches 80.2% F1-score on ETIS-Polyp.', [etis])).toEqual([]);
  });

  it('formats and parses the edge attribute both ways, and orders figures on one scale', () => {
    const list = [{ metric: 'AUROC', value: '97.1%', sentence: 's' }, { metric: 'pixel-AUROC', value: '0.953', sentence: 's' }];
    expect(formatResults(list)).toBe('AUROC 97.1%; pixel-AUROC 0.953');
    expect(parseResults('AUROC 97.1%; pixel-AUROC 0.953')).toEqual([{ metric: 'AUROC', value: '97.1%' }, { metric: 'pixel-AUROC', value: '0.953' }]);
    expect(parseResults(undefined)).toEqual([]);
    // (a figure's setting in brackets after its metric: a reader of the attribute takes the two for one column's name)
    const set = [{ metric: 'AUROC', value: '91.3%', sentence: 's', setting: 'zero-shot' }, { metric: 'AUROC', value: '95.2%', sentence: 's', setting: '4-shot' }];
    expect(formatResults(set)).toBe('AUROC (zero-shot) 91.3%; AUROC (4-shot) 95.2%');
    expect(parseResults(formatResults(set))).toEqual([{ metric: 'AUROC (zero-shot)', value: '91.3%' }, { metric: 'AUROC (4-shot)', value: '95.2%' }]);
    // (a figure credited to another method has it in brackets after the figure: a reader older than the credit skips
    // that figure, it does not give it to the paper's own method)
    const credited = [{ metric: 'F1', value: '82.9%', sentence: 's', method: 'RANSynCoders' }, { metric: 'AUROC', value: '0.91', sentence: 's', setting: 'zero-shot', method: 'Isolation Forest (iForest); v2' }];
    expect(formatResults(credited)).toBe('F1 82.9% (by RANSynCoders); AUROC (zero-shot) 0.91 (by Isolation Forest iForest v2)');
    expect(parseResults(formatResults(credited))).toEqual([{ metric: 'F1', value: '82.9%', method: 'RANSynCoders' }, { metric: 'AUROC (zero-shot)', value: '0.91', method: 'Isolation Forest iForest v2' }]);
    // (read for a panel: runs of figures with one credit, the method apart, to be written "F1 82.9% by RANSynCoders")
    expect(resultRuns('F1 82.9% (by RANSynCoders)')).toEqual([{ text: 'F1 82.9%', method: 'RANSynCoders' }]);
    expect(resultRuns('AUROC 90.1% (by Omega); PRO 70.2% (by Omega); AUROC 95.0%; PRO 80.2%')).toEqual([
      { text: 'AUROC 90.1%; PRO 70.2%', method: 'Omega' }, { text: 'AUROC 95.0%; PRO 80.2%' },
    ]);
    expect(resultRuns('AUROC 91.0%; PRO 80.2%')).toEqual([{ text: 'AUROC 91.0%; PRO 80.2%' }]);
    expect(resultRuns(undefined)).toEqual([]);
    const older = (attr: string) => attr.split(';').flatMap((part) => /^\s*(.+?)\s+(\d+(?:\.\d+)?%?)\s*$/.exec(part)?.slice(1) ?? []);
    expect(older(formatResults([...credited, ...list]))).toEqual(['AUROC', '97.1%', 'pixel-AUROC', '0.953']);
    expect(lowerIsBetter('FPR@95TPR (zero-shot)')).toBe(true);
    expect(lowerIsBetter('AUROC (zero-shot)')).toBe(false);
    expect(resultScore('0.953')).toBeCloseTo(95.3);
    expect(resultScore('97.1%')).toBeCloseTo(97.1);
    expect(resultScore('52.6')).toBeCloseTo(52.6);
  });
});

function paper(id: string, title: string, abstract: string): Paper {
  return { id, title, abstract, year: 2024, urls: [], source: { file: 'f.jsonl', line: 1 } };
}
function entities(id: string, title: string, over: Partial<PaperEntities> = {}): PaperEntities {
  return { id, title, methods_proposed: [], methods_mentioned: [], datasets: [], models: [], domains: [], settings: [], techniques: [], metrics: [], ...over };
}

describe('reported results in the graph', () => {
  const a = paper('a', 'ZorbNet', 'We propose ZorbNet. ZorbNet achieves 97.1% I-AUROC and 95.0% P-AUROC on MVTec AD.');
  const b = paper('b', 'BlipNet', 'We propose BlipNet. On MVTec AD, BlipNet reaches an image-level AUROC of 0.991. We also discuss VisA.');
  const ev = (name: string, evidence: string, role: 'evaluated' | 'mentioned' = 'evaluated') => ({ name, evidence, confidence: 0.9, role });
  const { graph } = buildGraph([a, b], [
    entities('a', a.title, { methods_proposed: [{ name: 'ZorbNet', evidence: 'We propose ZorbNet.', confidence: 0.9 }], datasets: [ev('MVTec AD', 'ZorbNet achieves 97.1% I-AUROC and 95.0% P-AUROC on MVTec AD.')] }),
    entities('b', b.title, { methods_proposed: [{ name: 'BlipNet', evidence: 'We propose BlipNet.', confidence: 0.9 }], datasets: [ev('MVTec AD', 'We propose BlipNet.'), ev('VisA', 'We also discuss VisA.', 'mentioned')] }),
  ]);

  it('puts them on the paper -> dataset edge, with their sentence', () => {
    expect(graph.getEdgeAttribute('paper:a>dataset:mvtecad', 'results')).toBe('AUROC 97.1%; pixel-AUROC 95.0%');
    expect(graph.getEdgeAttribute('paper:b>dataset:mvtecad', 'results')).toBe('AUROC 0.991');
    expect(graph.getEdgeAttribute('paper:b>dataset:mvtecad', 'resultsEvidence')).toBe('On MVTec AD, BlipNet reaches an image-level AUROC of 0.991.');
    expect(graph.getEdgeAttribute('paper:b>dataset:visa', 'results')).toBeUndefined();
  });

  it("gives a dataset's leaderboard, best first within a metric, and the matrix cell's figures", () => {
    expect(datasetResults(graph, 'dataset:mvtecad').map((r) => `${r.metric} ${r.value} ${r.paper}`)).toEqual([
      'AUROC 0.991 paper:b', 'AUROC 97.1% paper:a', 'pixel-AUROC 95.0% paper:a',
    ]);
    expect(datasetResults(graph, 'dataset:mvtecad', (p) => p !== 'paper:b').map((r) => r.paper)).toEqual(['paper:a', 'paper:a']);
    const m = methodDatasetMatrix(graph);
    expect(getCell(m, 'method:zorbnet', 'dataset:mvtecad')?.results).toEqual([
      { paper: 'paper:a', metric: 'AUROC', value: '97.1%' }, { paper: 'paper:a', metric: 'pixel-AUROC', value: '95.0%' },
    ]);
  });

  it('the matrix can show the best figure of a metric in each mark, and its CSV grid too', () => {
    const m = methodDatasetMatrix(graph);
    expect(reportedMetrics(Object.values(m.cells))).toEqual(['AUROC', 'pixel-AUROC']);
    expect(bestResult([{ metric: 'AUROC', value: '0.991' }, { metric: 'AUROC', value: '97.1%' }, { metric: 'F1', value: '99%' }], 'AUROC')).toBe('0.991');
    expect(bestResult([{ metric: 'FPR@95TPR', value: '12.1%' }, { metric: 'FPR@95TPR', value: '30%' }], 'FPR@95TPR')).toBe('12.1%');
    expect(bestResult([{ metric: 'F1', value: '99%' }], 'AUROC')).toBeUndefined();
    expect(matrixToCsv(m, { metric: 'pixel-AUROC' }).split('\r\n').slice(1, -1).sort()).toEqual(['BlipNet,', 'ZorbNet,95.0%']);
    expect(matrixToCsv(m).split('\r\n').slice(1, -1).sort()).toEqual(['BlipNet,1', 'ZorbNet,1']);
  });

  it('exports them in edges.csv and GEXF', () => {
    const csv = toEdgesCSV(graph);
    expect(csv.split('\r\n')[0]).toContain('"results","resultsEvidence"');
    expect(csv).toContain('"AUROC 0.991","On MVTec AD, BlipNet reaches an image-level AUROC of 0.991."');
    const gexf = toGEXF(graph);
    expect(gexf).toMatch(/<attribute id="results" title="results" type="string"\/>/);
    expect(gexf).toContain('value="AUROC 97.1%; pixel-AUROC 95.0%"');
  });
});

describe('reported results credited to another method, in the graph', () => {
  const c = paper('c', 'A Comparative Study', 'We compare five detectors on HAI. RANSynCoder achieves the highest F1-score of 82.9% on HAI.');
  const r = paper('r', 'RANSynCoder', 'We propose RANSynCoder. It is evaluated on SWaT.');
  const z = paper('z', 'ZorbNet', 'We propose ZorbNet. PatchCore achieves 96.1% AUROC on MVTec AD. ZorbNet reaches 99.2% AUROC on MVTec AD.');
  const ev = (name: string, evidence: string) => ({ name, evidence, confidence: 0.9, role: 'evaluated' as const });
  const m = (name: string, evidence: string, aliases?: string[]) => ({ name, evidence, confidence: 0.9, ...(aliases ? { aliases } : {}) });
  const { graph } = buildGraph([c, r, z], [
    entities('c', c.title, { methods_mentioned: [m('RANSynCoders', 'RANSynCoder achieves the highest F1-score of 82.9% on HAI.', ['RANSynCoder'])], datasets: [ev('HAI', 'We compare five detectors on HAI.')] }),
    entities('r', r.title, { methods_proposed: [m('RANSynCoders', 'We propose RANSynCoder.', ['RANSynCoder'])], datasets: [ev('SWaT', 'It is evaluated on SWaT.')] }),
    entities('z', z.title, { methods_proposed: [m('ZorbNet', 'We propose ZorbNet.')], methods_mentioned: [m('PatchCore', 'PatchCore achieves 96.1% AUROC on MVTec AD.')], datasets: [ev('MVTec AD', 'ZorbNet reaches 99.2% AUROC on MVTec AD.')] }),
  ]);

  it('writes the method after the figure on the edge, and every export keeps it', () => {
    expect(graph.getEdgeAttribute('paper:c>dataset:hai', 'results')).toBe('F1 82.9% (by RANSynCoders)');
    expect(graph.getEdgeAttribute('paper:z>dataset:mvtecad', 'results')).toBe('AUROC 96.1% (by PatchCore); AUROC 99.2%');
    expect(toEdgesCSV(graph)).toContain('"F1 82.9% (by RANSynCoders)"');
    expect(toGEXF(graph)).toContain('value="F1 82.9% (by RANSynCoders)"');
  });

  it("names the method in the dataset's results, instead of the paper's own", () => {
    const rows = datasetResults(graph, 'dataset:hai');
    expect(rows.map((x) => [x.paper, x.metric, x.value, x.method])).toEqual([['paper:c', 'F1', '82.9%', 'RANSynCoders']]);
    expect(resultMethods(graph, rows[0])).toEqual({ methods: ['method:ransyncoders'] });
    const mv = datasetResults(graph, 'dataset:mvtecad');
    expect(mv.map((x) => [x.value, resultMethods(graph, x)])).toEqual([['99.2%', { methods: ['method:zorbnet'] }], ['96.1%', { methods: ['method:patchcore'] }]]);
    // (a method the graph has no node for: its name alone)
    expect(resultMethods(graph, { paper: 'paper:c', method: 'USAD' })).toEqual({ methods: [], name: 'USAD' });
  });

  it("lists on a method's panel the figures other papers credit to it, and not those its own papers credit to others", () => {
    expect(methodResults(graph, 'method:ransyncoders')).toEqual([{ paper: 'paper:c', edge: 'paper:c>dataset:hai', text: 'F1 82.9%', credited: true }]);
    expect(methodResults(graph, 'method:zorbnet')).toEqual([{ paper: 'paper:z', edge: 'paper:z>dataset:mvtecad', text: 'AUROC 99.2%', credited: false }]);
    expect(methodResults(graph, 'method:patchcore')).toEqual([{ paper: 'paper:z', edge: 'paper:z>dataset:mvtecad', text: 'AUROC 96.1%', credited: true }]);
  });

  it("puts the figure in the method's row of the matrix, never in the paper's own method's", () => {
    const mx = methodDatasetMatrix(graph);
    const hai = getCell(mx, 'method:ransyncoders', 'dataset:hai');
    expect(hai?.papers).toEqual(['paper:c']);
    expect(hai?.results).toEqual([{ paper: 'paper:c', metric: 'F1', value: '82.9%', method: 'RANSynCoders' }]);
    expect(hai?.evidence.map((e) => e.relation)).toEqual(['mentions', 'evaluates-on']);
    expect(getCell(mx, 'method:zorbnet', 'dataset:mvtecad')?.results).toEqual([{ paper: 'paper:z', metric: 'AUROC', value: '99.2%' }]);
    expect(getCell(mx, 'method:patchcore', 'dataset:mvtecad')?.results).toEqual([{ paper: 'paper:z', metric: 'AUROC', value: '96.1%', method: 'PatchCore' }]);
    expect(matrixToCsv(mx, { metric: 'F1' }).split('\r\n').slice(1, -1).sort()).toEqual(['PatchCore,,,', 'RANSynCoders,,82.9%,', 'ZorbNet,,,']);
    // (the filter that hides the method hides its row, figure and all)
    expect(getCell(methodDatasetMatrix(graph, { nodeFilter: (k) => k !== 'method:ransyncoders' }), 'method:ransyncoders', 'dataset:hai')).toBeUndefined();
  });
});

describe('reported results on the bundled corpus', () => {
  const file = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');
  const { papers } = readInputs([{ file, text: readFileSync(file, 'utf8') }]);
  const ex = createExtractor();
  const { graph } = buildGraph(papers, papers.map((p) => ex(p)));
  const all: string[] = [];
  graph.forEachEdge((_k, e, s, t) => {
    if (e.results) all.push(`${s.slice(6, 31)} ${t}: ${e.results}`);
  });

  it('reads the scores its abstracts state, and no margin', () => {
    expect(all).toContain('anomalygpt-detecting-indu dataset:mvtecad: accuracy 86.1%; AUROC 94.1%; pixel-AUROC 95.3%');
    expect(all).toContain('simplenet-a-simple-networ dataset:mvtecad: AUROC 99.6%');
    expect(all).toContain('musc-zero-shot-industrial dataset:mvtecad: PRO 93.8%');
    expect(all).toContain('filo-zero-shot-anomaly-de dataset:visa: AUROC 83.9%; pixel-AUROC 95.9%');
    // "reducing the error by 55.5%", "surpass previous SoTA by +3.4%", "a 19.4% pixel-AP gain": margins
    expect(all.join('\n')).not.toMatch(/55\.5|3\.4%|19\.4|14\.7|21\.1/);
    expect(all.length).toBe(8);
  });
});

describe('reported results: a figure in a sentence after the one naming its dataset', () => {
  const read = (abstract: string, datasets: { name: string; aliases?: string[] }[] = [MVTEC], others: { name: string }[] = []) =>
    [...reportedResults({ abstract }, datasets, { proposed: [{ name: 'ZorbNet' }] }, { others })].flatMap(([d, l]) => l.map((r) => `${d}: ${resultMetric(r)} ${r.value}`));
  it.each([
    ['We evaluate on MVTec AD. Our method achieves 98.1% image-level AUROC.', ['MVTec AD: AUROC 98.1%']],
    ['Our method is experimented on MVTec AD and benchmarked against a detector. Results show that the proposed model achieves an AUROC of 0.874.', ['MVTec AD: AUROC 0.874']],
    // not a setting's figure, not a baseline's, not after data the model learned from, not pooled, not after other data
    ['We evaluate on MVTec AD. In the zero-shot setting, our method achieves 93.1% AUROC.', []],
    // (each figure with its own setting, read with it: two columns, not one figure too many)
    ['We evaluate on MVTec AD. Our method achieves 93.1% AUROC in the zero-shot setting and 99.0% in the few-shot one.', ['MVTec AD: AUROC (zero-shot) 93.1%', 'MVTec AD: AUROC (few-shot) 99.0%']],
    ['We evaluate on MVTec AD. The best baseline achieves 93.1% AUROC.', []],
    ['The network parameters trained on MVTec AD initialise the model. The model achieves 99.7% accuracy.', []],
    ['We evaluate on MVTec AD. Our method achieves an average AUROC of 93.1%.', []],
    ['We evaluate on MVTec AD. We also collect our own dataset. Our method achieves 93.1% AUROC.', []],
    ['We evaluate on MVTec AD and VisA. Our method achieves 93.1% AUROC.', []],
    ['We evaluate ZorbNet across eight VisA datasets. The results show that our method achieves an F1-Score of 64.53%.', []],
    // a "respectively" list against the datasets the sentence before names as one list, in order, or against as many
    // metrics with the one it names alone; not a list read against something its own sentence names, nor after a list
    // with other data in it, nor further back
    ['We evaluate on MVTec AD and VisA. Our method achieves 99.1% and 97.2% image-level AUROC, respectively.', ['MVTec AD: AUROC 99.1%', 'VisA: AUROC 97.2%']],
    ['Experiments are conducted on two public datasets, MVTec AD and VisA, with one protocol. The proposed model achieves AUROCs of 99.1% and 97.2%, respectively, surpassing prior methods.', ['MVTec AD: AUROC 99.1%', 'VisA: AUROC 97.2%']],
    ['We evaluate on MVTec AD. Its AUROC and PRO are 97.1% and 93.2%, respectively.', ['MVTec AD: AUROC 97.1%', 'MVTec AD: PRO 93.2%']],
    ['We evaluate on MVTec AD and VisA. Our method achieves 99.1% and 97.2% AUROC, respectively, for the CNN and LSTM variants.', []],
    // (a list of metrics some of which are outside the vocabulary: their figures are not read; every name must be a metric)
    ['We evaluate on MVTec AD. The presented model produced the Precision, Recall, F1-Score, and ROC-AUC of 77.00%, 100.00%, 87.01%, and 99.86%, respectively.', ['MVTec AD: F1 87.01%', 'MVTec AD: AUROC 99.86%']],
    ['We evaluate on MVTec AD. The presented model produced the precision, speed and ROC-AUC of 77.00%, 100.00% and 99.86%, respectively.', []],
    ['We evaluate on MVTec AD and VisA. At 1 and 5 shots, our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['We evaluate on MVTec AD, VisA and BTAD. Our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['We evaluate on datasets such as MVTec AD and VisA. Our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['We evaluate on three datasets, MVTec AD and VisA. Our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['The model is trained on MVTec AD and VisA. Our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['We evaluate on MVTec AD and VisA. We add a memory bank. Our method achieves 99.1% and 97.2% AUROC, respectively.', []],
    ['We evaluate on MVTec AD and VisA. The best baseline achieves 99.1% and 97.2% AUROC, respectively.', []],
  ] as [string, string[]][])('%s', (abstract, expected) => {
    expect(read(abstract, [MVTEC, VISA])).toEqual(expected);
  });
  it('reads the only dataset of a paper further back, but not where the paper names another', () => {
    const text = 'We evaluate on MVTec AD. We add a memory bank. Our method achieves 98.1% AUROC.';
    expect(read(text)).toEqual(['MVTec AD: AUROC 98.1%']);
    expect(read(text, [MVTEC], [{ name: 'ImageNet' }])).toEqual([]);
    // (a name made an adjective between them is no other data; a name is)
    expect(read('We evaluate on MVTec AD. It is an advance in AI-based inspection. Our method achieves 98.1% AUROC.')).toEqual(['MVTec AD: AUROC 98.1%']);
    expect(read('We evaluate on MVTec AD. It also runs in KSDD2 images. Our method achieves 98.1% AUROC.')).toEqual([]);
  });

  it('takes a short spelling of the dataset that ends in a data word for the data measured ("a DFU dataset"), not a long one', () => {
    const dfu = { name: 'DFU', aliases: ['DFU dataset'] };
    expect(read('This is the first time a DFU dataset with labels is introduced. Our method achieves 98.1% accuracy.', [dfu])).toEqual(['DFU: accuracy 98.1%']);
    const ble = { name: 'BLE-SAD', aliases: ['Bluetooth system to construct a large dataset'] };
    expect(read('We set up a Bluetooth system to construct a large dataset. Our method achieves 99.01% accuracy.', [ble])).toEqual([]);
  });

  it('reads figures each with its setting after a condition that only announces them ("for both tasks")', () => {
    const text = 'We evaluate on MVTec AD. Our method performed better for both classification tasks, with 90% accuracy in screw classification and 73% in bottle classification.';
    expect(read(text)).toEqual(['MVTec AD: accuracy (screw classification) 90%', 'MVTec AD: accuracy (bottle classification) 73%']);
    expect(read(text.replace('for both classification tasks', 'for the screw classification task'))).toEqual([]);
  });
});

describe('reported results: figures in TeX maths, bracketed lists and "with" lists', () => {
  const BTAD = { name: 'BTAD' };
  it.each([
    // figures in TeX's maths are figures, a list of them too
    ['Combining it with a pretrained deep representation yields state-of-the-art performance with a $99.1\\%, 93.7\\%$, and $85.9\\%$ AUROC on MVTec AD, VisA, and BTAD, respectively.', ['MVTec AD: AUROC 99.1%', 'VisA: AUROC 93.7%', 'BTAD: AUROC 85.9%']],
    ['Our model achieves an AUC of $0.926$ on VisA.', ['VisA: AUROC 0.926']],
    // (but not a power, a range or a margin)
    ['Our method outperforms the previous method by $1.29\\%$, $1.45\\%$, $0.69\\%$ AUROC on MVTec AD, VisA, and BTAD, respectively.', []],
    ['It estimates AUROC $2$-$4\\times$ more accurately on VisA.', []],
    // the scores of a "with" phrase right after a dataset that took the score before it share that dataset
    ['ZorbNet achieves 98.1% I-AUROC on MVTec AD, with 97.2% P-AUROC and 60.3% PRO.', ['MVTec AD: AUROC 98.1%', 'MVTec AD: pixel-AUROC 97.2%', 'MVTec AD: PRO 60.3%']],
    ['ZorbNet reaches 98.1% I-AUROC on the MVTec AD dataset, along with a P-AUROC of 97.2%.', ['MVTec AD: AUROC 98.1%', 'MVTec AD: pixel-AUROC 97.2%']],
    // (up to its one ", and": what follows is the next dataset's)
    ['Our method achieves 98.1% I-AUROC on MVTec AD, with 97.2% P-AUROC and 60.3% PRO, and 95.1% AUROC on VisA.', ['MVTec AD: AUROC 98.1%', 'MVTec AD: pixel-AUROC 97.2%', 'MVTec AD: PRO 60.3%', 'VisA: AUROC 95.1%']],
    // (a "with" score with its own dataset is that one's; a list that cannot be told apart gives nothing)
    ['Our method achieves 98.1% AUROC on MVTec AD, with 97.2% AUROC on VisA.', ['MVTec AD: AUROC 98.1%', 'VisA: AUROC 97.2%']],
    ['Our method achieves 98.1% I-AUROC on MVTec AD, along with 97.2% P-AUROC, 60.3% PRO, and 90.1% AUROC on VisA.', ['MVTec AD: AUROC 98.1%']],
    // a metric's figures in brackets right after it are read as if it had written "of"
    ['Our method achieves AUROC (98.1%, 97.3%, 95.2%) on MVTec AD, VisA and BTAD.', ['MVTec AD: AUROC 98.1%', 'VisA: AUROC 97.3%', 'BTAD: AUROC 95.2%']],
    ['Our method achieves I-AUROC/P-AUROC (99.1/98.2) on MVTec AD.', ['MVTec AD: AUROC 99.1', 'MVTec AD: pixel-AUROC 98.2']],
    ['On the external VisA benchmark, unsupervised anomaly segmentation achieves competitive Dice (0.200) and mIoU (0.117) scores, validating reproducibility.', ['VisA: IoU 0.117']],
    ['The proposed system outperforms the existing methods in accuracy (99.35%), detection rate (98.99%), precision (99.9%) and F-Score (99.08%) for the BTAD dataset.', ['BTAD: F1 99.08%']],
    // (with the same checks as any others: a clause of change, a count that differs, another's, a knowledge source)
    ['It improves AUROC (1.2%, 3.4% and 5.0%) on MVTec AD, VisA and BTAD.', []],
    ['Our method achieves AUROC (98.1%, 97.3%) on MVTec AD, VisA and BTAD.', []],
    ['PatchCore reaches AUROC (98.1%, 97.3%) on MVTec AD and VisA, while ours reaches 99.0%.', []],
    ['Our RAG approach, which integrated external domain knowledge from the internet and the VisA database, achieved the highest overall accuracy (0.86) and F1 score (0.85).', []],
    // a list of figures, then its datasets in brackets, as many, in order; or a metric, its datasets, then their figures in
    // brackets
    ['Our method achieves AUROCs of 98.1%, 97.3% and 95.2% (MVTec AD, VisA and BTAD).', ['MVTec AD: AUROC 98.1%', 'VisA: AUROC 97.3%', 'BTAD: AUROC 95.2%']],
    ['Our method achieves state-of-the-art image-level AUROC on MVTec AD, VisA and BTAD (98.1%, 97.3%, 95.2%).', ['MVTec AD: AUROC 98.1%', 'VisA: AUROC 97.3%', 'BTAD: AUROC 95.2%']],
    ['Our method achieves pixel-level AUROC on MVTec AD and VisA (99.1/98.2).', ['MVTec AD: pixel-AUROC 99.1', 'VisA: pixel-AUROC 98.2']],
    // (not margins, a count that differs, paired metrics, a dataset that is not the paper's, no metric)
    ['It improves AUROC by 1.1%, 2.3% and 3.2% (MVTec AD, VisA and BTAD).', []],
    ['It improves AUROC on MVTec AD and VisA (1.1%, 2.2%).', []],
    ['Our method achieves high AUROC on MVTec AD and VisA (99.1%, 98.2%, 97.0%).', []],
    ['Our method achieves high I-AUROC/P-AUROC on MVTec AD and VisA (99.1/98.2).', []],
    ['Our method achieves AUROCs of 98.1%, 97.3% and 95.2% (MVTec AD, VisA and 5 other sets).', []],
    ['We evaluate on MVTec AD and VisA (99.1%, 98.2%).', []],
  ] as [string, string[]][])('%s', (abstract, expected) => {
    expect(found(abstract, [MVTEC, VISA, BTAD])).toEqual(expected);
  });
});

describe('reported results: figures in brackets credited to the subject of their clause, in the sentence after the data', () => {
  const IOT = { name: 'RT-IoT2022' };
  const mentioned = [{ name: 'FedAvg' }, { name: 'SCAFFOLD' }];
  const read = (abstract: string, proposed: { name: string }[] = []) =>
    [...reportedResults({ abstract }, [IOT, MVTEC], { proposed, mentioned })].flatMap(([d, l]) => l.map((r) => `${d}: ${r.metric} ${r.value}${r.method ? ` by ${r.method}` : ''}`));
  const study = 'This study benchmarks four FL algorithms (FedAvg, SCAFFOLD, FedYogi, and AdaFedAdam) on the RT-IoT2022 dataset (123,117 samples, 12 attack classes).';
  it('gives the figures to the method named as the subject, not to the paper, and not to a method that does not score', () => {
    // ("benchmarks" a verb is no other data word; the brackets have the subject of the clause they open in)
    expect(read(`${study} SCAFFOLD achieves the most stable performance (Round 100: accuracy 0.7981, F1-score 0.7451, ROC-AUC 0.9396), while FedAvg converges slowly (accuracy 0.6959).`))
      .toEqual(['RT-IoT2022: accuracy 0.7981 by SCAFFOLD', 'RT-IoT2022: F1 0.7451 by SCAFFOLD', 'RT-IoT2022: AUROC 0.9396 by SCAFFOLD']);
    // (in a paper with a method of its own too, as the other method's)
    expect(read('We evaluate on the RT-IoT2022 dataset. SCAFFOLD reaches an F1-score of 0.7451.', [{ name: 'ZorbNet' }])).toEqual(['RT-IoT2022: F1 0.7451 by SCAFFOLD']);
    expect(read('SCAFFOLD achieves strong results on MVTec AD (AUROC 98.1%, PRO 93.2%).')).toEqual(['MVTec AD: AUROC 98.1% by SCAFFOLD', 'MVTec AD: PRO 93.2% by SCAFFOLD']);
    // not: a verb that is no scoring, two methods, the brackets naming a method of their own, a condition before it
    expect(read(`${study} FedAvg converges slowly (accuracy 0.6959).`)).toEqual([]);
    expect(read(`${study} SCAFFOLD and FedAvg achieve stable performance (accuracy 0.7981).`)).toEqual([]);
    expect(read(`${study} SCAFFOLD achieves the most stable performance (FedAvg: accuracy 0.6959).`)).toEqual([]);
    expect(read(`${study} In the 10-shot setting, SCAFFOLD achieves an accuracy of 0.7981.`)).toEqual([]);
    // (an acronym that names a loop, a framework or a pipeline is no data: "in the FL loop"; a name alone is)
    expect(read(`${study} Using a network with 10-fold cross-validation nested in the FL loop, SCAFFOLD achieves the most stable performance (Round 100: F1-score 0.7451).`)).toEqual(['RT-IoT2022: F1 0.7451 by SCAFFOLD']);
    expect(read(`${study} Using a network nested in the FLX, SCAFFOLD achieves the most stable performance (Round 100: F1-score 0.7451).`)).toEqual([]);
    // (a data word, not the verb: other data)
    expect(read('We evaluate on the RT-IoT2022 dataset. On the second benchmark, SCAFFOLD reaches an F1-score of 0.7451.')).toEqual([]);
  });
});
