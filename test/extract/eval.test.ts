/**
 * Scoring rules (test/gold/GUIDELINE.md), and the extractor scored against the gold: this test fails
 * when the bundled corpus or the held-out dev set drops below the goals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, type GoldRecord } from '../../extract/entities/index.ts';
import { evaluate, formatEvalReport } from '../../extract/eval.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { NEVER_LOOKED_AT } from '../../src/bench/heldout.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const gold = (f: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'gold', f), 'utf8')) as GoldRecord[];

function record(over: Partial<GoldRecord>): GoldRecord {
  return {
    title: 'A Paper', methods_proposed: [], methods_mentioned: [], datasets: [], models: [],
    domains: [], settings: [], techniques: [], metrics: [], ignore: [], ...over,
  };
}

describe('matching rules', () => {
  const g = record({
    methods_proposed: [{ name: 'AnoGen', aliases: ['Anomaly-driven Generation'] }],
    datasets: [{ name: 'MVTec AD', aliases: ['MVTec-AD', 'MVTec'], role: 'evaluated' }],
    domains: ['industrial'],
    metrics: ['AUPR'],
    ignore: ['ZSAD', 'FG-Des'],
  });

  it('reads how well confidences match how often predictions are right, named and facets apart (ignored names left out)', () => {
    const r = evaluate([{
      title: 'a paper',
      methods_proposed: [{ name: 'AnoGen', confidence: 0.9 }, { name: 'ZSAD', confidence: 0.5 }],
      datasets: [{ name: 'MVTec-AD', confidence: 0.8 }, { name: 'VisA', confidence: 0.8 }],
      domains: [{ name: 'industrial', confidence: 0.7 }],
      metrics: [{ name: 'auroc', confidence: 0.3 }, { name: 'aupr', confidence: 0.95 }],
    }], [g]);
    // named: 0.9 right; bin 0.8: one of two right against 0.8 -> |1 - 1.6| = 0.6; ZSAD ignored
    expect(r.confidence!.named.n).toBe(3);
    expect(r.confidence!.named.ece).toBeCloseTo((0.1 + 0.6) / 3, 6);
    expect(r.confidence!.named.brier).toBeCloseTo((0.01 + 0.04 + 0.64) / 3, 6);
    // facets: industrial right at 0.7, AUROC wrong at 0.3, AUPR right at 0.95 (metrics compared normalised)
    expect(r.confidence!.facets.n).toBe(3);
    expect(r.confidence!.facets.ece).toBeCloseTo((0.3 + 0.3 + 0.05) / 3, 6);
    expect(formatEvalReport(r)).toMatch(/^confidence: named expected calibration error 0\.233, Brier 0\.230 \(3\); facets expected calibration error 0\.217/m);
    // a gold-shaped prediction, with no confidences: nothing to read
    expect(evaluate([{ title: 'a paper', datasets: [{ name: 'VisA' }], domains: ['industrial'] }], [g]).confidence).toBeUndefined();
  });

  it.each([
    ['the name, normalised', 'mvtec-ad', 1, 0],
    ['an alias', 'MVTec', 1, 0],
    ['something else', 'VisA', 0, 1],
  ])('a dataset matching %s', (_, name, tp, fp) => {
    const r = evaluate([{ title: 'a paper', datasets: [{ name, role: 'evaluated' }] }], [g]);
    expect(r.fields.datasets.tp).toBe(tp);
    expect(r.fields.datasets.fp).toBe(fp);
  });

  it('a prediction in ignore is neither right nor wrong; a duplicate is not an error', () => {
    const r = evaluate(
      [{ title: 'A Paper', methods_proposed: [{ name: 'Anomaly-driven Generation' }, { name: 'AnoGen' }, { name: 'FG-Des' }] }],
      [g],
    );
    expect(r.fields.methods_proposed).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('two gold names spelt alike but for a "+" pair with two predictions so spelt (SoftPatch+ and SoftPatch: one was a miss)', () => {
    const two = record({ methods_proposed: [{ name: 'SoftPatch+' }, { name: 'SoftPatch' }] });
    expect(evaluate([{ title: 'A Paper', methods_proposed: [{ name: 'SoftPatch+' }, { name: 'SoftPatch' }] }], [two]).fields.methods_proposed).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // (one prediction pairs with one of them: the other is missed, and a repeat is still no error)
    expect(evaluate([{ title: 'A Paper', methods_proposed: [{ name: 'SoftPatch' }] }], [two]).fields.methods_proposed).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('accepts gold-shaped predictions (facets as plain strings) and scores facets as sets', () => {
    const r = evaluate([{ title: 'A Paper', domains: ['industrial', 'medical'], metrics: ['aupr'] }], [g]);
    expect(r.fields.domains).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.fields.metrics).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.fields.datasets).toMatchObject({ tp: 0, fn: 1 });
  });

  it('a gold paper without prediction counts all its entities as misses', () => {
    const r = evaluate([], [g]);
    expect(r.papers[0].predicted).toBe(false);
    expect(r.named.fn).toBe(2);
    expect(formatEvalReport(r)).toContain('[no prediction with this title]');
  });

  it('formats a table with per-field scores, both micro-averages and the misses', () => {
    const text = formatEvalReport(evaluate([{ title: 'A Paper', datasets: [{ name: 'VisA' }] }], [g]));
    for (const s of ['methods_proposed', 'datasets', 'named micro', 'facet micro', '- datasets: MVTec AD', '+ datasets: VisA']) {
      expect(text).toContain(s);
    }
  });
});

describe('the extractor against the gold', () => {
  const extract = createExtractor();

  it('bundled corpus: named micro-F1 >= 0.97, facet micro-F1 >= 0.92, methods/datasets/models F1 >= 0.95', () => {
    const text = readFileSync(join(ROOT, 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt'), 'utf8');
    const papers = readInputs([{ file: 'corpus.txt', text }]).papers;
    const r = evaluate(papers.map(extract), gold('seed-gold.json'));
    const why = formatEvalReport(r);
    expect(r.papers.every((p) => p.predicted), why).toBe(true);
    expect(r.named.f1, why).toBeGreaterThanOrEqual(0.97);
    expect(r.facets.f1, why).toBeGreaterThanOrEqual(0.92);
    for (const f of ['methods', 'datasets', 'models'] as const) expect(r.fields[f].f1, `${f}\n${why}`).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out dev set (annotated before the extractor saw it): named >= 0.92, facet >= 0.85', () => {
    const g = gold('heldout-dev.json');
    const papers = g.map((x, i) => ({ id: `h${i}`, title: x.title, abstract: x.abstract ?? '', urls: [], source: { file: 'heldout-dev.json', line: 1 } }));
    const r = evaluate(papers.map(extract), g);
    const why = formatEvalReport(r);
    expect(r.named.f1, why).toBeGreaterThanOrEqual(0.92);
    expect(r.facets.f1, why).toBeGreaterThanOrEqual(0.85);
  });

  // The held-out sets the extractor has been tuned on guard against regressions in general rules. (Sets
  // kept for honest measurement, never looked at while tuning, are left out: heldout-i, -aa, -ab, -ao to -ar, -as,
  // -av, -ax, -ba, -bb, -be, -bf, -bj, -bo, -bt, -cb, -cc, -cd, -ce, -ci to -cm, -co, -cn, -cq, -cr, -cs, -dd, -de,
  // -dj, -dk, -do, -dp, -dt, -du, -dx, -ea, -eb, -ef, -eg, -ek, -eo, -es, -ez, -fd, -fg, -fh, -fi, -fl, -fm, -fp, -fr, -ft, -fx, -fy, -gf, -gg, -gh, -gm, -gn, -gs, -gt, -gy, -ha, -hc, -he, -hh, -hk, -hq, -ht, -hw, -ig.) Sets added later (h, m-z, ac-an, at-aw, ay, az, bc, bd, bg, bh, bi, bk-bn, bp-bs, bu-bz, ca, cf, ch,
  // cg, cp, cu-cz, da-dc, df-dh, dl-dn, dq-ds, dv-dz, ec-ee, eh-ej, el-en, ep-er, et-ey, fa-ff, fj, fk, fn, fo, fq, fs, fu, fv, fw, fz, ga, gb, gc, gd, ge, gi, gj, gk, gl, go, gp, gq, gr, gu, gv, gw, gx, gz, hb, hd, hf, hg, hi, hj, hl-hp, hr-hs, hu-hv, hx-hz, ia-ic, ie, if, ij-im, in-iz, ja-jz, ka-kz, la-lu, lv-mv, mw-of, og-pv, pw-rn, ro-te, tf-uu, uv-wi, wj-xy, xz-zj, zk-zz, aaa-aap, aaq-ada, adb-adg, adi-ads, adu, adw-aef, aeh, aej, aem-aev, aex-afh, afj-afm, afo-afv, afx-agc, age, agf, agh, agi, agk-agp, agr-agt, agv, agw, agx, agz, aha, ahc, ahe, ahf, ahg-ahs, ahu, ahv), first scored before any tuning on them (their first scores are in extract/QUALITY.md), then looked
  // at, have a lower bar: they were annotated by other helpers with conventions of their own.
  const tuned: [string, number, number, { named?: number; facet?: number }?][] = [
    ...['b', 'c', 'd', 'e', 'f', 'g', 'j', 'k'].map((x): [string, number, number] => [x, 0.95, 0.83]),
    ...['h', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am'].map((x): [string, number, number] => [x, 0.85, 0.79]),
    // the broadest set (astronomy, particle physics, finance, security: names of surveys and detectors the lexicon lacks)
    ['an', 0.83, 0.79],
    // sets of the fifth session, scored blind first, then looked at
    ...['at', 'au', 'aw', 'az', 'bc', 'bd'].map((x): [string, number, number] => [x, 0.88, 0.82]),
    // an annotator who tags time-series only where the abstract says so (not ECG, telemetry, SCADA, light curves)
    ['ay', 0.9, 0.74],
    // 13 papers; and applications (wind, solar, rail, finance) whose domains the vocabulary lacks
    ['bg', 0.9, 0.72],
    ['bh', 0.8, 0.7],
    // sets of the sixth session, scored blind first, then looked at
    ...['bi', 'bk', 'bm'].map((x): [string, number, number] => [x, 0.9, 0.8]),
    // applications outside images (power grids, astronomy, fraud) and logs, KPIs and machine sounds
    ...['bl', 'bn'].map((x): [string, number, number] => [x, 0.88, 0.78]),
    ...['bq', 'br', 'bu'].map((x): [string, number, number] => [x, 0.88, 0.78]),
    // 12 papers of 2024-2026 VLM work; fraud, bots and intrusion; science (physics, astronomy, remote sensing)
    ...['bp', 'bs', 'bw'].map((x): [string, number, number] => [x, 0.85, 0.78]),
    // text, code and logs: an annotator who tags nearly every paper 'evaluation', and no domain for source code
    ['bv', 0.85, 0.72],
    ...['by', 'bz'].map((x): [string, number, number] => [x, 0.88, 0.76]),
    // LLM-based detection in logs, security and code (tools and code models the lexicon lacks)
    ['bx', 0.85, 0.72],
    // applications (energy, rail, agriculture, water): few names, food crops as datasets
    ['ca', 0.65, 0.8],
    // sets of the seventh session, scored blind first, then looked at: LLMs on systems, logs and security
    // (names of tools and models the lexicon lacks); video, 3D and medical
    ['cf', 0.88, 0.78],
    ['ch', 0.9, 0.8],
    // two fresh sets of the same session, never looked at until the end, then looked at: applications
    // (signals, sensors, science) and arXiv 2025-2026 (generated code and music, faults)
    ['cg', 0.85, 0.8],
    ['cp', 0.85, 0.8],
    // sets of the eighth session, scored blind first, then looked at: engineering applications (bearings, wind
    // turbines, grids, vehicles; few names, domains the vocabulary lacks), OOD and open-set recognition, and eight
    // Daily Papers-type papers (agents, MLLMs)
    ['cu', 0.83, 0.75],
    ['cv', 0.93, 0.84],
    ['cw', 0.93, 0.72],
    // graph, tabular and streaming detection at ML venues (a quarter surveys); video and medical (lesion synthesis,
    // pseudo-healthy images); LLM hallucination, backdoor and AIOps papers
    ['cx', 0.87, 0.8],
    ['cy', 0.93, 0.87],
    ['cz', 0.85, 0.8],
    // fraud, bots, spam and phishing on online platforms (domains the annotator left open); industrial inspection
    // (YOLO versions a method there, a model in the lexicon); time series and sensors
    ['da', 0.85, 0.74],
    ['db', 0.78, 0.85],
    ['dc', 0.89, 0.84],
    // video; medical (ECG and EEG as time series for this annotator); software systems and root-cause analysis
    ['df', 0.92, 0.85],
    ['dg', 0.83, 0.8],
    ['dh', 0.88, 0.8],
    // generated media and machine sounds; remote sensing, driving and point clouds (few domains in the
    // vocabulary); eleven papers that each name their method
    ['dl', 0.86, 0.82],
    ['dm', 0.9, 0.68],
    ['dn', 0.87, 0.76],
    // sets of the ninth session, scored blind first, then looked at: CLIP, diffusion and OOD on images; time series, graphs, logs and AIOps
    // (telecom networks and GPU clusters as computing systems for this annotator); hallucination and generated
    // content (text, code, images, audio, video) and anomaly generation
    ['dq', 0.92, 0.84],
    ['dr', 0.86, 0.78],
    ['ds', 0.86, 0.82],
    // seven 2025-2026 papers on inspection, medical images and video
    ['dv', 0.93, 0.85],
    // applications (energy, transport, health records, spacecraft; few names, domains the vocabulary lacks)
    ['dw', 0.75, 0.77],
    // speech spoofing, text hallucination and OOD at speech and NLP venues; graph, fraud and time series at data-mining venues
    ['dy', 0.86, 0.82],
    ['dz', 0.8, 0.82],
    // robots, driving, drones and LLM agents (domains the vocabulary lacks)
    ['ec', 0.88, 0.68],
    // medical images and signals; industry and infrastructure (bridges, sewers, grids and turbines as industrial
    // for this annotator)
    ['ed', 0.8, 0.84],
    ['ee', 0.75, 0.76],
    // sets of the tenth session, scored blind first, then looked at: hallucination and OOD on arXiv 2024-2026; deep
    // one-class, autoencoder, GAN and flow detectors of 2016-2022; engineering journals (bearings, gears, welds)
    ['eh', 0.93, 0.87],
    ['ei', 0.91, 0.79],
    ['ej', 0.83, 0.8],
    // medical images and signals (EEG, PPG, heart sounds); 3D and logical industrial; LLMs and foundation models for
    // security, logs and time series (an annotator who tags LLM agents reinforcement learning)
    ['el', 0.89, 0.84],
    ['em', 0.84, 0.83],
    ['en', 0.89, 0.74],
    // graph fraud, bots and spam (domains the annotator left open); NLP and LLM OOD and generated media; time series
    // (6 papers); Daily-Papers-type hallucination; surveys and benchmarks; remote sensing (no domain in the
    // vocabulary); anomalous sound (models and attribution methods the lexicon lacks); driving, robots and agents
    ['ep', 0.92, 0.76],
    ['eq', 0.89, 0.87],
    ['er', 0.78, 0.8],
    ['et', 0.85, 0.85],
    ['eu', 0.95, 0.85],
    ['ev', 0.95, 0.76],
    // (ew: an annotator who tags accuracy where a result praises it without a figure, which the bundled corpus does not)
    ['ew', 0.85, 0.68],
    ['ex', 0.71, 0.85],
    // (ey: 0.73 facet before the clustering senses of the sixteenth session, which lost one right tag there and removed 36 wrong ones in the pool)
    ['ey', 0.92, 0.71],
    // sets of the eleventh session, scored blind first, then looked at: AIOps (root-cause analysis, logs, metrics:
    // an annotator who leaves systems without a named domain); industrial inspection; OOD and open-set recognition
    ['fa', 0.9, 0.72],
    ['fb', 0.9, 0.82],
    ['fc', 0.85, 0.8],
    // medical images and signals (11 papers)
    ['ff', 0.8, 0.82],
    // time series and sensors (few names; an annotator who tags time-series from "sensor data" or "data stream")
    ['fe', 0.85, 0.76],
    // anomaly generation and synthesis (7 papers)
    ['fk', 0.78, 0.75],
    // zero- and few-shot CLIP, VLM and MLLM detection of 2023-2026, the bundled corpus's kind (13 papers)
    ['fj', 0.93, 0.86],
    // tabular outlier detection (classic detectors the annotator names: HBOS, EIF, CBRW)
    ['fo', 0.7, 0.8],
    // audio deepfakes and machine sounds
    ['fn', 0.93, 0.8],
    // arXiv 2024-2026 time series, security and logs
    ['fq', 0.93, 0.77],
    // arXiv 2025-2026 vision
    ['fs', 0.88, 0.84],
    // arXiv 2024-2026 non-vision (few names; domains the vocabulary lacks)
    ['fu', 0.93, 0.74],
    // arXiv 2025-2026 vision (22 and 18 papers)
    ['fv', 0.9, 0.84],
    ['fw', 0.92, 0.76],
    // arXiv 2024-2026 visual AD with foundation models (only 6 papers); time series, graphs, tabular and logs with
    // LLMs and transformers; video AD and anomaly segmentation in driving scenes
    ['fz', 0.85, 0.74],
    ['ga', 0.93, 0.8],
    ['gb', 0.95, 0.76],
    // 2019-2024 deep visual AD and OOD detection at CVPR, ICCV, ECCV and WACV (23 papers)
    ['gc', 0.92, 0.83],
    // less-covered corners (point clouds, robots, physics, hyperspectral, software) and well-known papers of 2018-2024
    ['gd', 0.84, 0.81],
    ['ge', 0.93, 0.85],
    // four ranges of the curated arXiv list (2025-2026, taken in file order: many papers only touch anomaly detection)
    ['gi', 0.83, 0.78],
    ['gj', 0.71, 0.8],
    ['gk', 0.83, 0.78],
    ['gl', 0.83, 0.81],
    ['go', 0.85, 0.8],
    ['gp', 0.83, 0.76],
    ['gq', 0.88, 0.83],
    ['gr', 0.79, 0.76],
    ['gu', 0.91, 0.77],
    ['gv', 0.77, 0.82],
    ['gw', 0.95, 0.75],
    ['gx', 0.88, 0.82],
    // three more ranges of the curated list (2025-2026; a third of their papers only touch anomaly detection)
    ['gz', 0.8, 0.77],
    ['hb', 0.9, 0.81],
    ['hd', 0.74, 0.77],
    ['hf', 0.9, 0.79],
    ['hg', 0.84, 0.73],
    ['hi', 0.8, 0.78],
    ['hj', 0.85, 0.73],
    // the same list with a stricter topic filter: detection is each paper's main task
    ['hl', 0.93, 0.78],
    ['hm', 0.86, 0.81],
    ['hn', 0.83, 0.83],
    ['ho', 0.9, 0.83],
    ['hp', 0.95, 0.77],
    // the early part of the list (papers with code) and the last unused stretches, strict filter (11 to 24 papers each)
    ['hr', 0.82, 0.86],
    ['hs', 0.88, 0.82],
    ['hu', 0.93, 0.84],
    ['hv', 0.7, 0.81],
    ['hx', 0.85, 0.78],
    ['hy', 0.85, 0.82],
    ['hz', 0.88, 0.78],
    ['ia', 0.9, 0.78],
    ['ib', 0.79, 0.77],
    ['ic', 0.79, 0.82],
    // search-based, 2024-2026 (the search index's papers on these topics were nearly all used already)
    ['ie', 0.9, 0.85],
    ['if', 0.85, 0.78],
    // the last unused stretches of the curated list, strict filter (6 to 21 papers)
    ['ij', 0.92, 0.82],
    ['ik', 0.94, 0.74],
    ['il', 0.9, 0.86],
    ['im', 0.58, 0.74],
    // second readers of the twenty-seventh session, scored blind first (extract/QUALITY.md), then looked at: media forensics, LLM
    // misuse, cybersecurity, remote sensing (no domain of its own), classic outlier detection, surveillance video
    ['in', 0.88, 0.86],
    ['io', 0.9, 0.8],
    ['ip', 0.9, 0.86],
    ['iq', 0.83, 0.8],
    ['ir', 0.85, 0.76],
    ['is', 0.87, 0.89],
    // the session's second batch: medical imaging, industrial VLMs, time series, logs and AIOps, graphs, OOD, 3D and driving,
    // machine condition monitoring (an annotator who tags vibration signals as time series)
    ['it', 0.88, 0.9],
    ['iu', 0.91, 0.87],
    ['iv', 0.87, 0.89],
    ['iw', 0.94, 0.8],
    ['ix', 0.9, 0.79],
    ['iy', 0.92, 0.83],
    ['iz', 0.91, 0.75],
    ['ja', 0.91, 0.66],
    // the third batch (cut short when the session's search budget ran out): fraud, biosignals, cyber-physical security,
    // the sciences, video with large models, streaming and continual detection, foundations, the web and social media
    ['jb', 0.79, 0.82],
    ['jc', 0.81, 0.87],
    ['jd', 0.83, 0.79],
    ['je', 0.79, 0.85],
    ['jf', 0.84, 0.83],
    ['jg', 0.91, 0.79],
    ['jh', 0.9, 0.73],
    ['ji', 0.89, 0.77], // (lowered from 0.79 in the thirty-sixth session: its reader tags no retail for fake reviews; across the dev pool readers tag it 33 times and leave it 21 times where the cue appears)
    // second readers of the twenty-eighth session, scored blind first (extract/QUALITY.md), then looked at: industrial multi-class and
    // logical anomalies, anomaly synthesis, tabular outliers, network intrusion, audio (machine sounds and spoofing),
    // generated-image and face-forgery detection, trajectories and telemetry, energy and power systems
    ['jj', 0.94, 0.85],
    ['jk', 0.92, 0.78],
    ['jl', 0.85, 0.81],
    ['jm', 0.88, 0.8],
    ['jn', 0.76, 0.77],
    ['jo', 0.94, 0.79],
    ['jp', 0.78, 0.75],
    ['jq', 0.81, 0.78],
    // the session's second batch: hallucination detection, machine-generated text and misinformation, surface defects,
    // environmental data, OOD and open-set text, healthcare signals and claims
    ['jr', 0.92, 0.76],
    ['js', 0.94, 0.8],
    ['jt', 0.89, 0.8],
    ['ju', 0.73, 0.8],
    ['jv', 0.8, 0.78],
    ['jw', 0.88, 0.83],
    // the third batch (cut short when the session's search budget ran out): hyperspectral images, robot failures,
    // adversarial and poisoned inputs, blockchains, user behaviour, pathology, retina and endoscopy
    ['jx', 0.9, 0.71],
    ['jy', 0.83, 0.66],
    ['jz', 0.91, 0.72],
    ['ka', 0.91, 0.88],
    ['kb', 0.78, 0.66],
    ['kc', 0.97, 0.8],
    // the fourth batch, in the field's mainstream of 2024-2026 (most of whose papers other sets already held): video,
    // time series, industrial detection with foundation models, graphs
    ['kd', 0.89, 0.84],
    ['ke', 0.95, 0.82],
    ['kf', 0.9, 0.82],
    ['kg', 0.95, 0.84],
    // the twenty-ninth session's first batch: civil infrastructure, manufacturing processes, the physical sciences, finance,
    // federated and edge detection, explainable detection, e-commerce abuse, the life sciences
    ['kh', 0.81, 0.72],
    ['ki', 0.82, 0.76],
    ['kj', 0.59, 0.74],
    ['kk', 0.82, 0.86],
    ['kl', 0.84, 0.67],
    ['km', 0.92, 0.73],
    ['kn', 0.82, 0.53],
    ['ko', 0.86, 0.75],
    // the second batch: software engineering, aerospace, smart buildings, human motion, data management, statistics,
    // telecommunications, thermal and other non-RGB sensors
    ['kp', 0.77, 0.57],
    ['kq', 0.54, 0.75],
    ['kr', 0.79, 0.65],
    ['ks', 0.74, 0.74],
    ['kt', 0.75, 0.55],
    ['ku', 0.67, 0.4],
    ['kv', 0.89, 0.72],
    ['kw', 0.79, 0.69],
    // the third batch: process industries, transportation, hardware security, text streams, clinical data, retail and
    // logistics, quantum and neuromorphic computing, radar, sonar and other specialised imaging
    ['kx', 0.89, 0.7],
    ['ky', 0.95, 0.74],
    ['kz', 0.88, 0.76],
    ['la', 0.87, 0.72],
    ['lb', 0.9, 0.76],
    ['lc', 0.71, 0.74],
    ['ld', 0.61, 0.78],
    ['le', 0.73, 0.72],
    // the fourth batch: biometric presentation attacks, host and provenance-graph intrusion, medical imaging modalities,
    // bioacoustics, chemistry and materials, monitoring deployed models, games and graphics, evaluation methodology
    ['lf', 0.81, 0.61],
    ['lg', 0.86, 0.67],
    ['lh', 0.8, 0.78],
    ['li', 0.87, 0.81],
    ['lj', 0.58, 0.69],
    ['lk', 0.93, 0.72],
    ['ll', 0.86, 0.72],
    ['lm', 0.92, 0.78],
    // the fifth batch (the session's search budget nearly spent): web and DNS security, the public sector and epidemiology,
    // video in real settings, knowledge graphs, research integrity
    ['ln', 0.71, 0.77],
    ['lo', 0.42, 0.52],
    ['lp', 0.81, 0.78],
    ['lq', 0.63, 0.62],
    ['lr', 0.63, 0.55],
    // the sixth batch (the session's search budget then spent): education and learning analytics, geoscience and
    // mineral exploration, neuroscience
    ['ls', 0.7, 0.65],
    ['lt', 0.45, 0.66],
    ['lu', 0.71, 0.72],
    // the thirtieth session's second readers: multimodal LLMs and agents, anomaly synthesis, robotics, astronomy and
    // particle physics, continual and federated detection, agriculture, insider threats, scientific experiments
    // (first scored on the session's start code; floors from the end code)
    ['lv', 0.91, 0.77],
    ['lw', 0.76, 0.74],
    ['lx', 0.68, 0.62],
    ['ly', 0.89, 0.82],
    ['lz', 0.92, 0.78],
    ['ma', 0.95, 0.73],
    ['mb', 0.85, 0.75],
    ['mc', 0.84, 0.76],
    // graphs, logical and structural industrial anomalies, 3D and multimodal sensing, failures of LLM systems
    ['md', 0.91, 0.79],
    ['me', 0.85, 0.74],
    ['mf', 0.86, 0.87],
    ['mg', 0.88, 0.77],
    // IoT streams on the edge, medical imaging beyond radiology, energy systems, accounting and audit fraud
    ['mh', 0.82, 0.75],
    ['mi', 0.76, 0.83],
    ['mj', 0.75, 0.63],
    ['mk', 0.71, 0.72],
    // video with large models, audio and speech, text OOD, maritime, aviation and space, physiological signals,
    // predictive maintenance, remote sensing, software operations
    ['ml', 0.88, 0.7],
    ['mm', 0.8, 0.73],
    ['mn', 0.8, 0.74],
    ['mo', 0.61, 0.66],
    ['mp', 0.92, 0.83],
    ['mq', 0.9, 0.76],
    ['mr', 0.72, 0.76],
    ['ms', 0.86, 0.81],
    // papers of 2026, medical zero- and few-shot segmentation, tabular data and logs with LLMs (the session's search
    // budget then spent)
    ['mt', 0.87, 0.86],
    ['mu', 0.86, 0.65],
    ['mv', 0.93, 0.82],
    // driving perception, blockchains, vehicles and industrial control, product inspection, density-based OOD, deepfakes, event sequences, imperfect training data
    ['mw', 0.92, 0.75],
    ['mx', 0.71, 0.78],
    ['my', 0.81, 0.7],
    ['mz', 0.71, 0.78],
    ['na', 0.88, 0.84],
    ['nb', 0.87, 0.85],
    ['nc', 0.61, 0.64],
    ['nd', 0.88, 0.79],
    // weakly supervised video, post-hoc OOD, industrial images, multivariate time series, social bots, intrusion detection on flows, open-set recognition, surveys
    ['ne', 0.88, 0.84],
    ['nf', 0.87, 0.81],
    ['ng', 0.95, 0.85],
    ['nh', 0.93, 0.85],
    ['ni', 0.95, 0.58],
    ['nj', 0.9, 0.83],
    ['nk', 0.91, 0.82],
    ['nl', 0, 0.73, { named: 2 }],
    // classic outlier detection, concept drift, KDD Cup 99-era intrusion detection, image forgery, AutoML for outlier detection, adversarial robustness of detectors, one-class video, semiconductor wafers
    ['nm', 0.8, 0.66],
    ['nn', 0.84, 0.82],
    ['no', 0.88, 0.81],
    ['np', 0.87, 0.48],
    ['nq', 0.83, 0.8],
    ['nr', 0.95, 0.76],
    ['ns', 0.91, 0.86],
    ['nt', 0.81, 0.63],
    // deep one-class, self-supervised images, Bayesian methods, low-rank methods, game cheating, environmental monitoring, railways, fake news
    ['nu', 0.91, 0.82],
    ['nv', 0.93, 0.78],
    ['nw', 0.7, 0.66],
    ['nx', 0.68, 0.77],
    ['ny', 0.87, 0.53],
    ['nz', 0.8, 0.69],
    ['oa', 0.85, 0.63],
    ['ob', 0.95, 0.8],
    // time-series discords, chest X-ray and CT, graph fraud detection, log anomaly detection (the session's search budget then spent)
    ['oc', 0.81, 0.74],
    ['od', 0.87, 0.88],
    ['oe', 0.82, 0.84],
    ['of', 0.92, 0.85],
    // backdoor and poisoning detection, adversarial example detection, mistakes in procedural video, open-world object detection, tabular card and claims fraud, phishing and malware as novelty, trajectories, spatial outliers
    ['og', 0.85, 0.83],
    ['oh', 0.85, 0.72],
    ['oi', 0.85, 0.72],
    ['oj', 0.91, 0.71],
    ['ok', 0.87, 0.66],
    ['ol', 0.76, 0.81],
    ['om', 0.73, 0.53],
    ['on', 0.31, 0.6],
    // dynamic graphs, failure prediction of classifiers, business process logs, EEG and ECG, diffusion models for images, time-series foundation models, dataset papers, hardware and data-centre failures
    ['oo', 0.77, 0.77],
    ['op', 0.9, 0.73],
    ['oq', 0.4, 0.65],
    ['or', 0.85, 0.77],
    ['os', 0.85, 0.83],
    ['ot', 0.88, 0.81],
    ['ou', 0.92, 0.73],
    ['ov', 0.83, 0.71],
    // water and pipeline leaks, falls and unseen activities, tax, customs and procurement fraud, backbone traffic statistics, battery faults, GNSS and sensor spoofing, wind turbines and solar plants, categorical and transactional outliers
    ['ow', 0.75, 0.77],
    ['ox', 0.9, 0.78],
    ['oy', 0.88, 0.59],
    ['oz', 0.59, 0.65],
    ['pa', 0.83, 0.6],
    ['pb', 0.91, 0.54],
    ['pc', 0.53, 0.79],
    ['pd', 0.77, 0.67], // (lowered from 0.69 in the fifty-sixth session: "estimating ... distributions" no longer reads as density estimation; where it alone gave the tag across the dev pool it was right 8 times and wrong 29)
    // cloud-native systems and configuration, novelty in text, remote-sensing time series, factory inspection with few defects, driving behaviour and traffic scenes, theory and contamination, surveillance of specific places and animals, graph-level and subgraph anomalies
    ['pe', 0.87, 0.79],
    ['pf', 0.92, 0.66],
    ['pg', 0.7, 0.72],
    ['ph', 0.79, 0.7],
    ['pi', 0.81, 0.74],
    ['pj', 0.91, 0.74],
    ['pk', 0.63, 0.82],
    ['pl', 0.87, 0.72], // (lowered from 0.73 in the thirty-sixth session: its reader tags no retail for fake reviews; across the dev pool readers tag it 33 times and leave it 21 times where the cue appears)
    // apps, web sessions and user interfaces, genomics and laboratory QC, ports, logistics and rolling stock, counterfeits and forged documents, visual analytics and labelling tools, seismology, small objects and rare events in imagery, LLM training infrastructure and data contamination
    ['pm', 0.85, 0.65],
    ['pn', 0.75, 0.32],
    ['po', 0.61, 0.51],
    ['pp', 0.77, 0.57],
    ['pq', 0.88, 0.83],
    ['pr', 0.84, 0.61],
    ['ps', 0.73, 0.64],
    ['pt', 0.9, 0.72],
    // match-fixing, doping and athlete monitoring, telecom fraud (the session's search budget then spent)
    ['pu', 0.23, 0.64],
    ['pv', 0.82, 0.61],
    // fusion and fission plants, behavioural biometrics, functional data, reinforcement learning, climate extremes, pathological speech, vandalism in wikis and maps, digital twins
    ['pw', 0.61, 0.49],
    ['px', 0.83, 0.78],
    ['py', 0.32, 0.65],
    ['pz', 0.51, 0.7],
    ['qa', 0.89, 0.63],
    ['qb', 0.9, 0.75],
    ['qc', 0.83, 0.6],
    ['qd', 0.87, 0.6],
    // vehicular networks, microscopy, mislabelled examples, two-sample tests, EV charging and feeders, oil and gas wells, power equipment, GNN uncertainty
    ['qe', 0.89, 0.66],
    ['qf', 0.83, 0.6],
    ['qg', 0.83, 0.74],
    ['qh', 0.86, 0.63],
    ['qi', 0.91, 0.57],
    ['qj', 0.85, 0.62],
    ['qk', 0.77, 0.58],
    ['ql', 0.9, 0.82],
    // careless survey responding, speech recognition errors, bioprocesses, financial and legal text, ships and underwater robots, activity recognition, wildlife, particle-physics data quality
    ['qm', 0.56, 0.42],
    ['qn', 0.86, 0.77],
    ['qo', 0.72, 0.62],
    ['qp', 0.84, 0.76],
    ['qq', 0.88, 0.57],
    ['qr', 0.89, 0.75],
    ['qs', 0.67, 0.65],
    ['qt', 0.75, 0.7],
    // printing and packaging, vehicle fleets, electricity markets, medical devices, Internet routing, planetary science, rogue devices, industrial robots
    ['qu', 0.81, 0.74],
    // (the forty-third session's background rule takes one real-time tag the reader kept from it: "Implementing real-time
    // health monitoring ... contributes to preventing ..." before "This study aims to achieve online monitoring")
    ['qv', 0.75, 0.44],
    ['qw', 0.78, 0.57],
    ['qx', 0.79, 0.78],
    ['qy', 0.78, 0.65],
    ['qz', 0.75, 0.38],
    ['ra', 0.73, 0.65],
    ['rb', 0.85, 0.72],
    // quantum hardware, meta-analysis and trial integrity, mining, elevators and building equipment, farm machinery and drones, non-destructive testing, machining, aquaculture
    ['rc', 0.49, 0.31],
    ['rd', 0.55, 0.48],
    ['re', 0.76, 0.62],
    ['rf', 0.61, 0.53],
    ['rg', 0.75, 0.54],
    ['rh', 0.7, 0.61],
    ['ri', 0.7, 0.58],
    ['rj', 0.39, 0.61], // (lowered from 0.5 in the thirty-fifth session: its reader files every detector, YOLO's too, with models; the dev pool's readers file YOLO versions with methods two times in three)
    // semiconductor equipment, weather radar, cultural heritage, ocean data (the session's search budget then spent)
    ['rk', 0.87, 0.77],
    // (0.37 -> 0.36 in the forty-fourth session: its reader tags no series in meteorological data and rainfall records,
    // which the dev readers tag 6 times against 3 and the environmental reader of heldout-age does)
    ['rl', 0.65, 0.36],
    ['rm', 0.8, 0.62],
    ['rn', 0.72, 0.65],
    // radiological threats, X-ray security screening, public-health surveillance, research integrity, educational-testing aberrance, official statistics, additive manufacturing, DNS abuse
    ['ro', 0.56, 0.68],
    ['rp', 0.89, 0.68],
    ['rq', 0.68, 0.74],
    ['rr', 0.74, 0.6],
    ['rs', 0.37, 0.52],
    ['rt', 0.23, 0.22],
    ['ru', 0.65, 0.78],
    ['rv', 0.86, 0.78],
    // freeway incidents, click fraud, data-cleaning errors, eye tracking, anti-money laundering, electric motors and drives, sleep disorders, fire and gas detection
    ['rw', 0.81, 0.74],
    ['rx', 0.91, 0.78],
    ['ry', 0.91, 0.71],
    ['rz', 0.76, 0.6],
    ['sa', 0.75, 0.84],
    ['sb', 0.8, 0.68],
    ['sc', 0.53, 0.76],
    ['sd', 0.87, 0.78],
    // RF spectrum monitoring, election forensics, construction sites, gravitational-wave glitches, relapse from passive sensing, electricity theft, gambling, romance and investment scams
    ['se', 0.68, 0.67],
    ['sf', 0.95, 0.11],
    ['sg', 0.82, 0.6],
    ['sh', 0.61, 0.77],
    ['si', 0.82, 0.76],
    ['sj', 0.95, 0.56],
    ['sk', 0.61, 0.7],
    ['sl', 0.73, 0.55],
    // bibliographic metadata, hydrological data, flight data monitoring, occupational fraud, alarm floods, software artefacts, shared mobility, satellite manoeuvres
    ['sm', 0.85, 0.68],
    ['sn', 0.64, 0.65],
    ['so', 0.66, 0.61],
    ['sp', 0.95, 0.68],
    ['sq', 0.95, 0.79],
    ['sr', 0.91, 0.63],
    ['ss', 0.75, 0.77], // (lowered from 0.84 in the thirty-fifth session: YOLO with models, as rj)
    ['st', 0.8, 0.42],
    // livestock sensors, audio surveillance, dam and slope monitoring, space weather, ATM and card fraud, smart-city sensors, turbomachinery, chemical and biological sensors
    ['su', 0.61, 0.61],
    ['sv', 0.86, 0.85],
    ['sw', 0.45, 0.57],
    ['sx', 0.85, 0.5],
    ['sy', 0.83, 0.72],
    ['sz', 0.8, 0.6],
    ['ta', 0.85, 0.58],
    ['tb', 0.9, 0.41],
    // online game economies, district heating, driver drowsiness and distraction (the session's search budget then spent)
    ['tc', 0, 0.45, { named: 3 }],
    ['td', 0, 0.63, { named: 2 }],
    ['te', 0.88, 0.69],
    // HVAC fault detection, shilling attacks on recommenders, Wi-Fi and radar sensing, clinical laboratory errors, radiotherapy QA, food and drug authenticity, market manipulation, signature verification
    ['tf', 0.67, 0.57],
    ['tg', 0.86, 0.4],
    ['th', 0.91, 0.82],
    ['ti', 0.77, 0.75],
    ['tj', 0.72, 0.67],
    ['tk', 0.8, 0.72],
    ['tl', 0.83, 0.81],
    ['tm', 0.9, 0.34],
    // video-game glitches and testing, false data injection in power grids, heart and lung sounds, fetal and obstetric imaging, technological novelty in patents and science, cold chains and refrigeration, drug diversion and prescriptions, public transport
    ['tn', 0.87, 0.43],
    ['to', 0.7, 0.52],
    ['tp', 0.8, 0.84],
    ['tq', 0.71, 0.76],
    ['tr', 0.7, 0.68],
    ['ts', 0.83, 0.54],
    ['tt', 0.85, 0.59],
    ['tu', 0.52, 0.74],
    // crowdsourcing spammers, retail loss prevention, surgical errors and adverse events, web bots and crawlers, database intrusion and SQL anomalies, web application attacks, display panel mura, tire and rubber defects
    ['tv', 0.87, 0.69],
    ['tw', 0.75, 0.72],
    ['tx', 0.77, 0.8],
    ['ty', 0.67, 0.6],
    ['tz', 0.56, 0.67],
    ['ua', 0.84, 0.74],
    ['ub', 0.77, 0.77],
    ['uc', 0.9, 0.74],
    // machine translation quality and hallucination, diabetes devices, 5G and O-RAN, authorship verification and style change, network telescopes and darknets, malicious packages and software supply chains, power quality disturbances, online exam proctoring
    ['ud', 0.71, 0.52],
    ['ue', 0.95, 0.6],
    ['uf', 0.83, 0.66],
    ['ug', 0.59, 0.7],
    ['uh', 0.84, 0.49],
    ['ui', 0.9, 0.65],
    ['uj', 0.68, 0.51],
    ['uk', 0.77, 0.61],
    // DeFi exploits, sensor degradation for autonomous perception, elderly care and dementia, particle accelerators, fibre-optic distributed acoustic sensing, beehives and pollinators, optical networks, dark vessels and illegal fishing
    ['ul', 0.75, 0.75],
    ['um', 0.83, 0.57],
    ['un', 0.88, 0.8],
    ['uo', 0.61, 0.39],
    ['up', 0.79, 0.55],
    ['uq', 0.7, 0.75],
    ['ur', 0.66, 0.55],
    ['us', 0.66, 0.54],
    // volcano monitoring, broadcast and streaming quality (the session's search budget then spent)
    ['ut', 0.61, 0.54],
    ['uu', 0.8, 0.68],
    ['uv', 0.61, 0.81],
    ['uw', 0.49, 0.47],
    ['ux', 0.82, 0.65],
    ['uy', 0.74, 0.69],
    ['uz', 0.78, 0.74],
    ['va', 0.71, 0.69],
    ['vb', 0.77, 0.82],
    ['vc', 0.87, 0.79],
    ['vd', 0.76, 0.67],
    ['ve', 0.87, 0.78],
    ['vf', 0.86, 0.61],
    ['vg', 0.75, 0.82],
    ['vh', 0.85, 0.78],
    ['vi', 0.79, 0.86],
    ['vj', 0.73, 0.83],
    ['vk', 0.76, 0.59],
    ['vl', 0.8, 0.66],
    ['vm', 0.82, 0.74],
    ['vn', 0.95, 0.63],
    ['vo', 0.61, 0.76],
    ['vp', 0.8, 0.75],
    ['vq', 0.89, 0.47],
    ['vr', 0.9, 0.47],
    ['vs', 0.91, 0.83],
    ['vt', 0.85, 0.78],
    ['vu', 0.9, 0.61],
    ['vv', 0.75, 0.13],
    ['vw', 0.81, 0.79],
    ['vx', 0.95, 0.7],
    ['vy', 0, 0.69, { named: 1 }],
    ['vz', 0.61, 0.8],
    ['wa', 0.95, 0.63],
    ['wb', 0.87, 0.33],
    ['wc', 0.81, 0.61],
    ['wd', 0.83, 0.77],
    ['we', 0.84, 0.52],
    ['wf', 0.88, 0.54],
    ['wg', 0.53, 0.79],
    ['wh', 0.81, 0.75],
    ['wi', 0.75, 0.73],
    ['wj', 0.95, 0.72],
    ['wk', 0.92, 0.83],
    ['wl', 0.81, 0.82],
    ['wm', 0.95, 0.52],
    ['wn', 0.95, 0.6],
    ['wo', 0.9, 0.68],
    ['wp', 0.83, 0.66],
    ['wq', 0.66, 0.75],
    ['wr', 0.95, 0.79],
    ['ws', 0.91, 0.79],
    ['wt', 0.91, 0.77],
    ['wu', 0.95, 0.83],
    ['wv', 0.91, 0.75],
    ['ww', 0.92, 0.85],
    ['wx', 0.91, 0.74],
    ['wy', 0.88, 0.75],
    ['wz', 0.82, 0.69],
    ['xa', 0.45, 0.72],
    ['xb', 0.79, 0.69],
    ['xc', 0.95, 0.56],
    ['xd', 0.83, 0.56],
    ['xe', 0.77, 0.66],
    ['xf', 0.91, 0.82],
    ['xg', 0.76, 0.69],
    ['xh', 0.72, 0.7],
    ['xi', 0.83, 0.71],
    ['xj', 0.87, 0.74],
    ['xk', 0.91, 0.52],
    ['xl', 0.95, 0.73],
    ['xm', 0.95, 0.75],
    ['xn', 0.73, 0.78],
    ['xo', 0.76, 0.72],
    ['xp', 0.83, 0.76],
    ['xq', 0.75, 0.79],
    ['xr', 0.71, 0.72],
    ['xs', 0.7, 0.25],
    ['xt', 0.87, 0.82],
    ['xu', 0.73, 0.58],
    ['xv', 0.73, 0, { facet: 9 }],
    ['xw', 0.8, 0.83],
    ['xx', 0.69, 0.67],
    ['xy', 0.6, 0.75],
    ['xz', 0.76, 0.66],
    ['ya', 0, 0.63, { named: 1 }],
    ['yb', 0.91, 0.78],
    ['yc', 0.79, 0.57],
    ['yd', 0.86, 0.67],
    ['ye', 0.92, 0.71],
    ['yf', 0.45, 0.42],
    ['yg', 0.78, 0.7],
    ['yh', 0.95, 0.85],
    ['yi', 0.82, 0.74],
    ['yj', 0.56, 0.48],
    ['yk', 0.82, 0.75],
    ['yl', 0.83, 0.77],
    ['ym', 0.78, 0.69],
    ['yn', 0.79, 0.85],
    ['yo', 0.89, 0.78],
    ['yp', 0.81, 0.63],
    ['yq', 0.8, 0.7],
    ['yr', 0.82, 0.79],
    ['ys', 0.87, 0.76],
    ['yt', 0.41, 0.62],
    ['yu', 0.83, 0.82],
    ['yv', 0.71, 0.81],
    ['yw', 0.82, 0.7],
    ['yx', 0.8, 0.74],
    ['yy', 0.61, 0.79],
    ['yz', 0.78, 0.85],
    ['za', 0.86, 0.78],
    ['zb', 0.71, 0.82],
    ['zc', 0.86, 0.77],
    ['zd', 0.78, 0.85],
    ['ze', 0.89, 0.8],
    ['zf', 0.78, 0.81],
    ['zg', 0.49, 0.79],
    ['zh', 0.8, 0.72],
    ['zi', 0.72, 0.72],
    ['zj', 0.86, 0.82],
    ['zk', 0.52, 0.64],
    ['zl', 0.85, 0.85],
    ['zm', 0.84, 0.68],
    ['zn', 0.91, 0.52],
    ['zo', 0.95, 0.73],
    ['zp', 0.75, 0.58],
    ['zq', 0.23, 0.78],
    ['zr', 0.78, 0.75],
    ['zs', 0.83, 0.61],
    ['zt', 0.73, 0.67],
    ['zu', 0.86, 0.81],
    ['zv', 0.79, 0.68],
    ['zw', 0.84, 0.64],
    ['zx', 0.82, 0.42],
    ['zy', 0.81, 0.8],
    ['zz', 0.86, 0.64],
    ['aaa', 0.45, 0.39],
    ['aab', 0.84, 0.72],
    ['aac', 0.84, 0.71],
    ['aad', 0.68, 0.7],
    ['aae', 0.71, 0.75],
    ['aaf', 0.78, 0.78],
    ['aag', 0.75, 0.72],
    ['aah', 0.87, 0.7],
    ['aai', 0.92, 0.58],
    ['aaj', 0.95, 0.84],
    ['aak', 0.61, 0.8],
    ['aal', 0.75, 0.71],
    ['aam', 0.9, 0.74],
    ['aan', 0.89, 0.34],
    ['aao', 0.61, 0.66],
    ['aap', 0.76, 0.81],
    ['aaq', 0.86, 0.56],
    ['aar', 0.85, 0.51],
    ['aas', 0.79, 0.63],
    ['aat', 0.8, 0.75],
    ['aau', 0.75, 0.47],
    ['aav', 0.81, 0.78],
    ['aaw', 0.85, 0.71],
    ['aax', 0.87, 0.66],
    ['aay', 0.84, 0.46],
    ['aaz', 0.83, 0.68],
    ['aba', 0.95, 0.68],
    ['abb', 0.13, 0.75],
    ['abc', 0.84, 0.64],
    ['abd', 0.81, 0.43],
    ['abe', 0.68, 0.44],
    ['abf', 0.78, 0.55],
    ['abg', 0.35, 0.69],
    ['abh', 0.64, 0.66],
    ['abi', 0.39, 0.72],
    ['abj', 0.72, 0.78],
    ['abk', 0.28, 0.24],
    ['abl', 0.45, 0.35],
    ['abm', 0.95, 0.45],
    ['abn', 0, 0.12, { named: 1 }],
    ['abo', 0.81, 0.65],
    ['abp', 0.82, 0.72],
    ['abq', 0.87, 0.72],
    ['abr', 0.95, 0.58],
    ['abs', 0.81, 0.57],
    ['abt', 0.55, 0.71],
    ['abu', 0.81, 0.76],
    // livestock and animal health, genomics outliers and single-cell doublets, structural health monitoring, data quality and entity resolution, wireless spoofing and rogue access points, software defects, flaky tests and misconfiguration, gas sensing and leaks, endoscopy, wounds and surgical video
    ['abv', 0.79, 0.77],
    ['abw', 0.89, 0.51],
    ['abx', 0.87, 0.69],
    ['aby', 0.78, 0.58],
    ['abz', 0.79, 0.73],
    ['aca', 0.91, 0.58],
    ['acb', 0.8, 0.56],
    ['acc', 0.63, 0.73],
    // space weather and ionospheric disturbances, transformers, cables and substations, wastewater, sewers and farm sensors, EEG, MEG and neural-recording artefacts, coordinated inauthentic behaviour, insurance, tax and benefit fraud, smart homes and assisted living, food adulteration and defects
    ['acd', 0.71, 0.48],
    ['ace', 0.55, 0.45],
    ['acf', 0.8, 0.62],
    ['acg', 0.75, 0.71],
    ['ach', 0.76, 0.66],
    ['aci', 0.66, 0.81],
    ['acj', 0.67, 0.47],
    ['ack', 0.84, 0.66],
    // telecom fraud, SMS spam and SIM boxes, HPC, disk and GPU failures and silent data corruption, video streaming QoE, cultural heritage, archaeology and art attribution, bioacoustics, camera traps and invasive species, in-vehicle networks and CAN intrusion, e-commerce fraud, generated scientific papers and image forgery
    ['acl', 0.68, 0.55],
    ['acm', 0.66, 0.79],
    ['acn', 0.66, 0.66],
    ['aco', 0.63, 0.62],
    ['acp', 0.55, 0.73],
    ['acq', 0.8, 0.73],
    ['acr', 0.84, 0.59],
    ['acs', 0.5, 0.73],
    // BGP hijacks, route leaks and internet outages, mobile app crashes, GUI bugs and app-store fraud, molecular and materials OOD, stuttering, dysarthria and mispronunciation, weather radar and station data quality, freeway incidents and traffic sensor faults, dental and retinal imaging, legal contracts, terms of service and legal hallucinations
    ['act', 0.85, 0.69],
    ['acu', 0.82, 0.6],
    ['acv', 0.71, 0.73],
    ['acw', 0.58, 0.79],
    ['acx', 0.52, 0.64],
    ['acy', 0.95, 0.65],
    ['acz', 0.71, 0.78],
    ['ada', 0.78, 0.66],
    // prompt injection and jailbreak detection for LLMs and agents, GPS trajectory and urban mobility outliers, credit card and loan fraud, valves, hydraulic and pneumatic faults and control-loop stiction, silent data corruption and soft errors in DNN accelerators and LLMs, fruit, grain and meat defect inspection
    ['adb', 0.86, 0.81],
    ['add', 0.75, 0.79],
    ['ade', 0.55, 0.85],
    ['adf', 0.95, 0.64],
    ['adg', 0.76, 0.4],
    ['adi', 0.83, 0.76],
    // microservice traces and API call sequences, smart contracts and DeFi exploits, errors in health records and clinical decision support, seismic and volcanic signals, crop disease and weeds from drones, oil spills, plumes and illegal dumping, autonomous-driving corner cases, LiDAR noise and radar ghosts, malicious packages in software supply chains
    ['adc', 0.68, 0.74],
    ['adj', 0.78, 0.78],
    ['adk', 0.66, 0.69],
    ['adl', 0.76, 0.57],
    ['adm', 0.76, 0.55],
    ['adn', 0.85, 0.51],
    ['ado', 0.57, 0.66],
    ['adp', 0.78, 0.63],
    // real estate, mortgage and appraisal fraud, membership inference, training-data extraction and contamination, freezing of gait, tremor and falls from wearables, ECG arrhythmia, heart sounds and cardiac imaging, clickbait, fake followers, web bots and CAPTCHAs
    ['adq', 0, 0.53, { named: 0 }],
    ['adr', 0.77, 0.76],
    ['ads', 0.81, 0.72],
    ['adu', 0.8, 0.82],
    ['adw', 0.65, 0.61],
    // sleep apnea and sleep-recording artefacts, floods and hydrological sensor quality control, electric-vehicle batteries and charging, pipeline leaks and in-line inspection, translation quality estimation and ASR errors, mass-spectrometry quality control and batch effects, aircraft engines and remaining useful life
    ['adx', 0.86, 0.83],
    ['ady', 0.81, 0.58],
    ['adz', 0.78, 0.52],
    ['aea', 0.48, 0.76],
    ['aeb', 0.75, 0.71],
    ['aec', 0.76, 0.67],
    ['aed', 0.85, 0.66],
    // glacier lakes, avalanches and sea ice, toxic and implicit hate speech under shift, cover songs, singing-voice deepfakes and music mistakes, satellite maneuvers and TLE outliers
    ['aee', 0.71, 0.67],
    ['aef', 0.82, 0.81],
    ['aeh', 0.82, 0.66],
    ['aej', 0.61, 0.56],
    // steel, strip, rail and metal surface defects, violence, fight and weapon detection in surveillance video, disk, SSD and memory failure prediction, DDoS and botnet detection, tokamak disruptions, magnet quenches and accelerator faults, misclassification detection and selective classification, memory leaks, software aging and performance regressions, hardware Trojans and side-channel attack detection
    ['aem', 0.87, 0.84],
    ['aen', 0.69, 0.75],
    ['aeo', 0.85, 0.72],
    ['aep', 0.85, 0.75],
    ['aeq', 0, 0.6, { named: 1 }],
    ['aer', 0.91, 0.69],
    ['aes', 0.71, 0.48],
    ['aet', 0.69, 0.73],
    // rumour detection and verification on social media, keystroke, mouse and touch dynamics for continuous authentication, software vulnerability detection in source code and binaries, software defect prediction, remote sensing change detection and building damage after disasters, localization integrity and SLAM degeneracy in robots, Android malware, obfuscation and repackaged apps
    ['aeu', 0.8, 0.79],
    ['aev', 0.79, 0.72],
    ['aex', 0.86, 0.78],
    ['aey', 0.77, 0.64],
    ['aez', 0.79, 0.51],
    ['afa', 0.75, 0.51],
    ['afb', 0.85, 0.86],
    // air quality sensor faults, calibration drift and pollution hotspots, cloud resource abuse, cryptojacking, idle and zombie machines and denial-of-wallet attacks, iris, fingerprint and vein presentation attack detection, counterfeit banknotes and coins, healthcare insurance claims fraud and DRG upcoding, solder joint and PCB assembly inspection, cheating in online and classroom exams
    ['afc', 0, 0.7, { named: 1 }],
    ['afd', 0.79, 0.72],
    ['afe', 0.83, 0.66],
    ['aff', 0.78, 0.4],
    ['afg', 0.8, 0.49],
    ['afh', 0.85, 0.76],
    ['afj', 0.56, 0.68],
    // spear-phishing, business email compromise and malicious macros, Parkinson's disease from voice, gait and handwriting, flight trajectory anomalies and air traffic safety, cyberbullying and online harassment, suicide risk and self-harm from posts and clinical notes, online extremism and radicalisation, CI build failures and flaky tests
    ['afk', 0.95, 0.75],
    ['afl', 0.84, 0.78],
    ['afm', 0.61, 0.53],
    ['afo', 0.78, 0.69],
    ['afp', 0.61, 0.77],
    ['afq', 0.39, 0.76],
    ['afr', 0.8, 0.66],
    // reward hacking, specification gaming and reward-model overoptimisation, code smells, anti-patterns and API and cryptographic misuse, retail inventory inaccuracy, phantom stock-outs and over-the-counter sales surveillance, crowdfunding and charity fraud
    ['aft', 0.7, 0.77],
    ['afu', 0.81, 0.79],
    ['afv', 0, 0.64, { named: 1 }],
    ['afx', 0.42, 0.64],
    ['afy', 0.75, 0.65],
    ['afz', 0.73, 0.64],
    ['aga', 0.83, 0.67],
    ['agb', 0.9, 0.69],
    ['agc', 0.83, 0.77],
    ['age', 0.61, 0.63],
    ['agf', 0.85, 0.73],
    ['agh', 0.86, 0.8],
    ['agi', 0.45, 0.78],
    ['agk', 0.52, 0.52],
    ['agl', 0.61, 0.65],
    ['agm', 0.8, 0.61],
    ['agn', 0, 0.67, { named: 2 }],
    ['ago', 0.83, 0.82],
    ['agp', 0.49, 0.65],
    ['agr', 0.64, 0.65],
    ['ags', 0.52, 0.59],
    ['agt', 0.92, 0.83],
    ['agv', 0.66, 0.61],
    ['agw', 0.95, 0.76],
    ['agx', 0.75, 0.6],
    ['agz', 0.75, 0.63],
    ['ahc', 0.85, 0.71],
    ['ahe', 0.61, 0.75],
    ['aha', 0.95, 0.78],
    ['ahf', 0.61, 0.71],
    ['ahg', 0.58, 0.62],
    ['ahh', 0.35, 0.77],
    ['ahi', 0.7, 0.79],
    ['ahj', 0.95, 0.69],
    ['ahk', 0.75, 0.68],
    ['ahl', 0.71, 0.61],
    ['ahm', 0.8, 0.44],
    ['ahn', 0.7, 0.56],
    ['aho', 0.61, 0.67],
    ['ahp', 0.13, 0.73],
    ['ahq', 0.71, 0.79],
    ['ahr', 0.7, 0.5],
    ['ahs', 0.2, 0.65],
    ['ahu', 0.75, 0.65],
    ['ahv', 0, 0.56, { named: 1 }],
  ];
  it('the tuned rows leave out every never-looked-at set, as the comment above says', () => {
    const rows = tuned.map(([x]) => x);
    expect(rows.length).toBeGreaterThan(700);
    expect(rows.filter((x) => NEVER_LOOKED_AT.includes(x))).toEqual([]);
  });
  // A bar of 0 cannot fail (a set with one name to find, missed, scores 0 whatever else is found): such a row bounds
  // that measure's errors instead, wrong and missed together, at what they are now.
  it.each(tuned)('held-out set heldout-%s: named >= %s, facet >= %s', (x, named, facet, errors) => {
    const g = gold(`heldout-${x}.json`);
    const file = join(ROOT, 'test', 'fixtures', 'heldout', `heldout-${x}.jsonl`);
    const papers = readInputs([{ file, text: readFileSync(file, 'utf8') }]).papers;
    const r = evaluate(papers.map(extract), g);
    const why = formatEvalReport(r);
    // every gold paper was read and extracted (a paper the readers lost counts only as misses, under a low bar)
    expect(r.papers.filter((p) => !p.predicted).map((p) => p.title), 'gold papers without a prediction').toEqual([]);
    expect(r.named.f1, why).toBeGreaterThanOrEqual(named);
    expect(r.facets.f1, why).toBeGreaterThanOrEqual(facet);
    if (named === 0) expect(errors?.named, 'a named bar of 0 needs a bound on the named errors').toBeTypeOf('number');
    if (facet === 0) expect(errors?.facet, 'a facet bar of 0 needs a bound on the facet errors').toBeTypeOf('number');
    if (errors?.named !== undefined) expect(r.named.fp + r.named.fn, `named errors\n${why}`).toBeLessThanOrEqual(errors.named);
    if (errors?.facet !== undefined) expect(r.facets.fp + r.facets.fn, `facet errors\n${why}`).toBeLessThanOrEqual(errors.facet);
  });
});
