/**
 * `npm run results:sample`: how many reported results (src/analysis/results.ts) the held-out dev pool gives, and a
 * seeded random sample of them to judge by hand (the README's precision figure is such a judgement).
 *
 *   npx tsx src/bench/results.ts [--sample N] [--seed S]
 *   npx tsx src/bench/results.ts --recall N [--seed S] [--with-datasets]   abstracts to judge for recall
 *   npx tsx src/bench/results.ts --judged FILE [--judged FILE]   precision and recall against judged abstracts
 *
 * Only the dev pool's papers: the never-looked-at sets' abstracts stay unread. Each line of the sample is
 * `dataset | metric figure | sentence`, with `(by METHOD)` after the figure the sentence credits to another method; under
 * `--judged` such a figure has a line of its own too, `credited to METHOD`, to be checked by eye (the judgements name
 * no method).
 *
 * `--recall N` draws N abstracts (seeded) among those with a sentence that states a figure with a metric of the
 * vocabulary, and prints each with its datasets and what results.ts reads from it, for a reader to write down what a
 * careful curator would record. `--judged FILE` reads such judgements (src/bench/results-judged.json: per paper its
 * set, title and the results as "dataset | metric | figure", with " | setting" where the figure needs its setting to be
 * told from another one on the same dataset ("I3D features"); a metric outside the vocabulary written "other:NAME")
 * and prints precision and recall, the misses split by cause (the dataset is not one of the paper's links, the
 * metric is not in the vocabulary, the figure needs its setting, or the reader missed it), and each wrong or missed
 * result. A figure read with a setting is matched by dataset, metric and figure, and its setting printed beside the
 * judged one, to be checked by eye (both are free text).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor } from '../../extract/entities/index.ts';
import { paperResults, scoreSentences } from '../analysis/results.ts';
import type { Paper } from '../model.ts';
import { loadSets, NEVER_LOOKED_AT } from './heldout.ts';

const { values } = parseArgs({
  options: {
    sample: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    recall: { type: 'string' },
    judged: { type: 'string', multiple: true },
    'with-datasets': { type: 'boolean', default: false },
  },
});
const never = new Set(NEVER_LOOKED_AT);
const ex = createExtractor();

/** The dev pool's papers, each once (a paper in two sets counts in the first). */
function devPool(): { set: string; paper: Paper }[] {
  const seen = new Set<string>();
  const out: { set: string; paper: Paper }[] = [];
  for (const set of loadSets()) {
    if (never.has(set.name)) continue;
    for (const p of set.papers) {
      const id = `${p.title}\u0001${(p.abstract ?? '').slice(0, 200)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ set: set.name, paper: p });
    }
  }
  return out;
}

let seed = Number(values.seed);
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** What results.ts reads from a paper, as "dataset | metric | figure" keys (each with the setting read, if any), and
 * the datasets it links. */
function read(p: Paper): { keys: string[]; settings: Map<string, string>; credits: Map<string, string>; datasets: { name: string; role?: string }[] } {
  const e = ex(p);
  const datasets = e.datasets;
  const keys: string[] = [];
  const settings = new Map<string, string>();
  // (the method a figure is credited to, where it is not the paper's: printed beside it, to be checked by eye)
  const credits = new Map<string, string>();
  for (const [dataset, list] of paperResults(p, e)) {
    for (const r of list) {
      const k = `${dataset} | ${r.metric} | ${r.value}`;
      keys.push(k);
      if (r.setting) settings.set(k, r.setting);
      if (r.method) credits.set(k, r.method);
    }
  }
  return { keys, settings, credits, datasets };
}

if (values.judged) {
  const pool = devPool();
  let tp = 0;
  let fp = 0;
  let bare = 0;
  let papers = 0;
  const fn = { unlinked: 0, unknownMetric: 0, conditional: 0, missed: 0 };
  const lines: string[] = [];
  for (const file of values.judged) {
    const judged = JSON.parse(readFileSync(file, 'utf8')) as { papers: { set: string; title: string; results: string[] }[] };
    for (const j of judged.papers) {
      const hit = pool.find((x) => x.set === j.set && x.paper.title === j.title);
      if (!hit) throw new Error(`not in the dev pool: ${j.set} ${j.title}`);
      papers++;
      const { keys, settings, credits, datasets } = read(hit.paper);
      const linked = new Set(datasets.filter((d) => d.role !== 'mentioned').map((d) => d.name));
      // "dataset | metric | figure", and the setting a figure needs to be told from another, if any
      const gold = new Map<string, string>(j.results.map((r) => {
        const [dataset, metric, value, setting] = r.split('|').map((x) => x.trim());
        return [`${dataset} | ${metric} | ${value}`, setting ?? ''];
      }));
      for (const k of keys) {
        if (credits.has(k)) lines.push(`  ${gold.has(k) ? 'right' : 'wrong'}, credited to ${credits.get(k)}  ${k}   (${j.title})`);
        if (gold.has(k)) {
          tp++;
          // (a setting read is printed beside the judged one, to be checked by eye: they are free text)
          if (gold.get(k) && settings.has(k)) lines.push(`  right, with a setting: read "${settings.get(k)}", judged "${gold.get(k)}"  ${k}   (${j.title})`);
          else if (gold.get(k)) {
            bare++;
            lines.push(`  right, without its setting (${gold.get(k)})  ${k}   (${j.title})`);
          } else if (settings.has(k)) lines.push(`  right, with a setting the judge did not need: "${settings.get(k)}"  ${k}   (${j.title})`);
        } else {
          fp++;
          lines.push(`  wrong  ${k}   (${j.title})`);
        }
      }
      for (const [g, setting] of gold) {
        if (keys.includes(g)) continue;
        const [dataset, metric] = g.split(' | ');
        const cause = metric.startsWith('other:') ? 'unknownMetric' : !linked.has(dataset) ? 'unlinked' : setting ? 'conditional' : 'missed';
        fn[cause]++;
        lines.push(`  miss (${cause})  ${g}${setting ? ` [${setting}]` : ''}   (${j.title})`);
      }
    }
  }
  const gold = tp + fn.unlinked + fn.unknownMetric + fn.conditional + fn.missed;
  const inScope = tp + fn.missed;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`${papers} judged abstracts, ${gold} results a curator records; read ${tp + fp}: ${tp} right (${bare} of them without the setting they need), ${fp} wrong`);
  console.log(`precision ${tp}/${tp + fp} = ${pct(tp, tp + fp)}%`);
  console.log(`recall ${tp}/${gold} = ${pct(tp, gold)}% (misses: ${fn.unlinked} on a dataset that is not one of the paper's links, ${fn.unknownMetric} of a metric outside the vocabulary, ${fn.conditional} that need their setting, ${fn.missed} others)`);
  console.log(`recall of what the reader can give (a linked dataset, a metric of the vocabulary, no setting needed) ${tp - bare}/${inScope - bare} = ${pct(tp - bare, inScope - bare)}%`);
  for (const l of lines) console.log(l);
} else if (values.recall) {
  // (--with-datasets: only abstracts where the extractor finds a dataset, of any role, too)
  const pool = devPool().filter((x) => scoreSentences(x.paper.abstract ?? '').length && (!values['with-datasets'] || ex(x.paper).datasets.length));
  console.log(`dev pool: ${pool.length} abstracts with a sentence that states a figure with a metric${values['with-datasets'] ? ' and a dataset the extractor finds' : ''}`);
  for (let i = 0; i < Number(values.recall) && pool.length; i++) {
    const { set, paper } = pool.splice(Math.floor(next() * pool.length), 1)[0];
    const { keys, datasets } = read(paper);
    console.log(`\n### ${i + 1}. [${set}] ${paper.title}`);
    console.log(`datasets: ${datasets.map((d) => `${d.name} (${d.role})`).join('; ') || '-'}`);
    console.log(`read: ${keys.join('; ') || '-'}`);
    console.log(paper.abstract);
  }
} else {
  const rows: string[] = [];
  let papers = 0;
  let withResults = 0;
  for (const { paper: p } of devPool()) {
    papers++;
    const e = ex(p);
    const found = paperResults(p, e);
    if (found.size) withResults++;
    for (const [dataset, list] of found) for (const r of list) rows.push(`${dataset} | ${r.metric}${r.setting ? ` (${r.setting})` : ''} ${r.value}${r.method ? ` (by ${r.method})` : ''} | ${r.sentence}`);
  }
  console.log(`dev pool: ${papers} papers, ${withResults} with reported results, ${rows.length} results`);
  for (let i = 0; i < Number(values.sample) && rows.length; i++) console.log(`${i + 1}. ${rows.splice(Math.floor(next() * rows.length), 1)[0]}`);
}
