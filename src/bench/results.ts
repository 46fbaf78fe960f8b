/**
 * `npm run results:sample`: how many reported results (src/analysis/results.ts) the held-out dev pool gives, and a
 * seeded random sample of them to judge by hand (the README's precision figure is such a judgement).
 *
 *   npx tsx src/bench/results.ts [--sample N] [--seed S]
 *
 * Only the dev pool's papers: the never-looked-at sets' abstracts stay unread. Each line is
 * `dataset | metric figure | sentence`.
 */
import { parseArgs } from 'node:util';
import { createExtractor } from '../../extract/entities/index.ts';
import { reportedResults } from '../analysis/results.ts';
import { loadSets, NEVER_LOOKED_AT } from './heldout.ts';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } } });
const never = new Set(NEVER_LOOKED_AT);
const ex = createExtractor();
const seen = new Set<string>();
const rows: string[] = [];
let papers = 0;
let withResults = 0;
for (const set of loadSets()) {
  if (never.has(set.name)) continue;
  for (const p of set.papers) {
    // (a paper in two sets counts once)
    const id = `${p.title}\u0001${(p.abstract ?? '').slice(0, 200)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    papers++;
    const found = reportedResults(p, ex(p).datasets.filter((d) => d.role !== 'mentioned'));
    if (found.size) withResults++;
    for (const [dataset, list] of found) for (const r of list) rows.push(`${dataset} | ${r.metric} ${r.value} | ${r.sentence}`);
  }
}
console.log(`dev pool: ${papers} papers, ${withResults} with reported results, ${rows.length} results`);
let seed = Number(values.seed);
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = 0; i < Number(values.sample) && rows.length; i++) console.log(`${i + 1}. ${rows.splice(Math.floor(next() * rows.length), 1)[0]}`);
