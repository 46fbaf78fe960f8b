/**
 * `npm run eval:heldout`: the README's pooled figures on the held-out sets, reproducible from a clone.
 *
 * Every set test/gold/heldout-X.json (abstracts in test/fixtures/heldout/heldout-X.jsonl, or in the gold
 * file itself for heldout-dev) is extracted and scored with the guideline's matching (extract/eval.ts);
 * the counts are then pooled over two groups:
 * - never looked at: the sets kept for honest measurement, whose misses no one has read (NEVER_LOOKED_AT);
 * - dev pool: every other set, looked at while writing rules (their figures flatter).
 * A never-looked-at paper that also occurs in a looked-at set, or in an earlier never-looked-at set (sets
 * ordered as they were collected: a-z, then aa-az, ba-bz, ...), is left out of the pooled figures: its
 * title or the start of its abstract, normalised, is the same. `--sets` prints one line per set too;
 * `--json` prints the pooled counts as JSON; `--readme` rewrites the README's summary table and the per-set table
 * of extract/QUALITY.md with the figures.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normName, type Paper } from '../model.ts';
import { createExtractor, type GoldRecord } from '../../extract/entities/index.ts';
import { evaluate, goldPapers, REPORT_FIELDS, score, type ReportField } from '../../extract/eval.ts';
import { readInputs } from '../../extract/readers/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = join(ROOT, 'test', 'gold');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'heldout');

/** The sets no one has looked at (the README's list, in collection order). */
export const NEVER_LOOKED_AT = (
  'i aa ab ao ap aq ar as av ax ba bb be bf bj bo bt cb cc cd ce ci cj ck cl cm cn co cq cr cs dd de dj dk do dp dt ' +
  'du dx ea eb ef eg ek eo es ez fd fg fh fi fl fm fp fr ft fx fy gf gg gh gm gn gs gt gy ha hc he hh hk hq ht hw ig'
).split(' ');

/** Collection order: one-letter names, then two-letter names, alphabetically ('dev' was the first set). */
export function setOrder(a: string, b: string): number {
  const ka = a === 'dev' ? '' : a;
  const kb = b === 'dev' ? '' : b;
  return ka.length - kb.length || (ka < kb ? -1 : ka > kb ? 1 : 0);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
type FieldCounts = Record<ReportField, Counts> & { roles: { correct: number; total: number }; papers: number };

function emptyCounts(): FieldCounts {
  const c = Object.fromEntries(REPORT_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ReportField, Counts>;
  return { ...c, roles: { correct: 0, total: 0 }, papers: 0 };
}

function add(into: FieldCounts, from: FieldCounts): void {
  for (const f of REPORT_FIELDS) {
    into[f].tp += from[f].tp;
    into[f].fp += from[f].fp;
    into[f].fn += from[f].fn;
  }
  into.roles.correct += from.roles.correct;
  into.roles.total += from.roles.total;
  into.papers += from.papers;
}

/** Precision, recall and F1 of pooled counts (extract/eval.ts's score). */
function f1(c: Counts): { p: number; r: number; f: number } {
  const r = score(c.tp, c.fp, c.fn);
  return { p: r.precision, r: r.recall, f: r.f1 };
}

const sum = (c: FieldCounts, fs: readonly ReportField[]): Counts =>
  fs.reduce((a, f) => ({ tp: a.tp + c[f].tp, fp: a.fp + c[f].fp, fn: a.fn + c[f].fn }), { tp: 0, fp: 0, fn: 0 });
export const namedOf = (c: FieldCounts) => sum(c, ['methods', 'datasets', 'models']);
export const facetOf = (c: FieldCounts) => sum(c, ['domains', 'settings', 'techniques', 'metrics']);

interface HeldSet {
  name: string;
  gold: GoldRecord[];
  papers: Paper[];
}

export function loadSets(): HeldSet[] {
  const names = readdirSync(GOLD)
    .filter((f) => /^heldout-[a-z]+\.json$/.test(f))
    .map((f) => f.slice('heldout-'.length, -'.json'.length))
    .sort(setOrder);
  return names.map((name) => {
    const gold = JSON.parse(readFileSync(join(GOLD, `heldout-${name}.json`), 'utf8')) as (GoldRecord & { abstract?: string })[];
    let papers: Paper[];
    if (name === 'dev') {
      papers = goldPapers(gold, 'heldout-dev.json');
    } else {
      const file = join(FIXTURES, `heldout-${name}.jsonl`);
      papers = readInputs([{ file, text: readFileSync(file, 'utf8') }]).papers;
    }
    return { name, gold, papers };
  });
}

/** Keys by which one paper is recognised in another set: its title and the start of its abstract, normalised. */
function paperKeys(p: Paper): string[] {
  const keys = [`t:${normName(p.title)}`];
  const a = normName(p.abstract ?? '').slice(0, 160);
  if (a.length >= 80) keys.push(`a:${a}`);
  return keys;
}

export interface PoolResult {
  /** Per set: its pooled counts (copies left out) and its counts as a whole (the README's per-set table). */
  sets: { name: string; never: boolean; counts: FieldCounts; whole: FieldCounts; left: number }[];
  never: FieldCounts;
  dev: FieldCounts;
}

type Extract = (p: Paper) => ReturnType<ReturnType<typeof createExtractor>>;

/** Score predictions of some of a set's papers against their gold records. */
function countsOf(papers: Paper[], preds: Map<Paper, ReturnType<Extract>>, gold: GoldRecord[]): FieldCounts {
  const titles = new Set(papers.map((p) => normName(p.title)));
  const g = gold.filter((x) => titles.has(normName(x.title)));
  const r = evaluate(papers.map((p) => preds.get(p)!), g);
  const c = emptyCounts();
  for (const f of REPORT_FIELDS) c[f] = { tp: r.fields[f].tp, fp: r.fields[f].fp, fn: r.fields[f].fn };
  c.roles = { ...r.datasetRoles };
  c.papers = g.length;
  return c;
}

/**
 * The never-looked-at papers left out of the pooled figures: those also in a looked-at set, or in an earlier
 * never-looked-at set (by title or by the start of the abstract, paperKeys).
 */
export function copiesLeftOut(sets: HeldSet[]): Set<Paper> {
  const never = new Set(NEVER_LOOKED_AT);
  const seen = new Set<string>();
  for (const s of sets) if (!never.has(s.name)) for (const p of s.papers) for (const k of paperKeys(p)) seen.add(k);
  const left = new Set<Paper>();
  for (const s of sets) {
    if (!never.has(s.name)) continue;
    for (const p of s.papers) {
      const ks = paperKeys(p);
      if (ks.some((k) => seen.has(k))) left.add(p);
      for (const k of ks) seen.add(k);
    }
  }
  return left;
}

export function poolHeldout(sets: HeldSet[], extract: Extract): PoolResult {
  const never = new Set(NEVER_LOOKED_AT);
  const copies = copiesLeftOut(sets);
  const out: PoolResult = { sets: [], never: emptyCounts(), dev: emptyCounts() };
  for (const s of sets) {
    const isNever = never.has(s.name);
    const preds = new Map(s.papers.map((p) => [p, extract(p)]));
    const papers = isNever ? s.papers.filter((p) => !copies.has(p)) : s.papers;
    const left = s.papers.length - papers.length;
    const c = countsOf(papers, preds, s.gold);
    out.sets.push({ name: s.name, never: isNever, counts: c, whole: left ? countsOf(s.papers, preds, s.gold) : c, left });
    add(isNever ? out.never : out.dev, c);
  }
  return out;
}

const TABLE_HEAD = '| gold set | papers | use | methods_proposed | methods_mentioned | datasets | models | domains | settings | techniques | metrics | **named micro-F1** | **facet micro-F1** |';
const SUMMARY_HEAD = '| measured on | papers | methods_proposed | methods_mentioned | datasets | models | domains | settings | techniques | metrics | **named micro-F1** | **facet micro-F1** |';

/** A row's figures: F1 per field, then named and facet micro-F1 in bold. */
function cells(c: FieldCounts): string[] {
  return [...(['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics'] as const).map((f) => f1(c[f]).f.toFixed(3)),
    `**${f1(namedOf(c)).f.toFixed(3)}**`, `**${f1(facetOf(c)).f.toFixed(3)}**`];
}

/** The rows of the Markdown table whose header row is `header` in `text`: [first row's line, line after the last]. */
function tableRows(lines: string[], header: string, file: string): [number, number] {
  const head = lines.indexOf(header);
  if (head < 0) throw new Error(`${file}: the table's header row was not found (${header.slice(0, 40)}...)`);
  let end = head + 2;
  while (end < lines.length && lines[end].startsWith('| ')) end++;
  return [head + 2, end];
}

/**
 * The README's summary table ("The figures with the current code"): the bundled corpus, the never-looked-at sets
 * pooled and the dev pool pooled, each row written anew.
 */
export function updateSummary(readme: string, r: PoolResult, bundled: FieldCounts): string {
  const lines = readme.split('\n');
  const [start, end] = tableRows(lines, SUMMARY_HEAD, 'README.md');
  const count = (what: boolean) => r.sets.filter((s) => s.never === what).length;
  const row = (label: string, c: FieldCounts) => `| ${label} | ${c.papers.toLocaleString('en-US')} | ${cells(c).join(' | ')} |`;
  const rows = [
    row('bundled corpus (test/gold/seed-gold.json)', bundled),
    row(`**never looked at** (${count(true)} sets, copies left out): unseen papers`, r.never),
    row(`dev pool (${count(false)} sets, looked at while writing rules)`, r.dev),
  ];
  return [...lines.slice(0, start), ...rows, ...lines.slice(end)].join('\n');
}

/**
 * extract/QUALITY.md's per-set table ("Every set with the current code") with new figures: each row keeps its place
 * and its "use" words; a set the table lacks is added at the end of its looked-at rows. `bundled` is the bundled
 * corpus's counts.
 */
export function updateTable(doc: string, r: PoolResult, bundled: FieldCounts): string {
  const lines = doc.split('\n');
  const [start, end] = tableRows(lines, TABLE_HEAD, 'extract/QUALITY.md');
  const bySet = new Map(r.sets.map((s) => [`heldout-${s.name}`, s]));
  const rows = lines.slice(start, end).map((row) => {
    const parts = row.split(' | ');
    const name = parts[0].slice(2);
    const s = bySet.get(name);
    bySet.delete(name);
    const c = s ? s.whole : name.startsWith('bundled') ? bundled : undefined;
    if (!c) return row;
    return `| ${name} | ${c.papers} | ${parts[2]} | ${cells(c).join(' | ')} |`;
  });
  const lastTuned = rows.map((x) => x.includes('never looked at')).lastIndexOf(false);
  const added = [...bySet.values()].map((s) => `| heldout-${s.name} | ${s.whole.papers} | ${s.never ? '**never looked at**' : 'tuned on (after a blind score)'} | ${cells(s.whole).join(' | ')} |`);
  rows.splice(lastTuned + 1, 0, ...added);
  return [...lines.slice(0, start), ...rows, ...lines.slice(end)].join('\n');
}

function describe(label: string, c: FieldCounts): string {
  const n = namedOf(c);
  const fa = facetOf(c);
  const nf = f1(n);
  const lines = [
    `${label}: ${c.papers} papers; named ${nf.f.toFixed(4)} (P ${nf.p.toFixed(3)} R ${nf.r.toFixed(3)}; ${n.tp}/${n.fp}/${n.fn}), ` +
      `facet ${f1(fa).f.toFixed(4)} (${fa.tp}/${fa.fp}/${fa.fn}); roles ${c.roles.correct}/${c.roles.total}`,
  ];
  for (const f of REPORT_FIELDS) lines.push(`  ${f.padEnd(18)} ${f1(c[f]).f.toFixed(3)}  ${c[f].tp}/${c[f].fp}/${c[f].fn}`);
  return lines.join('\n');
}

function main(argv: string[]): void {
  const sets = loadSets();
  const extract = createExtractor();
  const r = poolHeldout(sets, extract);
  if (argv.includes('--readme')) {
    const corpus = join(ROOT, 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');
    const papers = readInputs([{ file: corpus, text: readFileSync(corpus, 'utf8') }]).papers;
    const seed = JSON.parse(readFileSync(join(GOLD, 'seed-gold.json'), 'utf8')) as GoldRecord[];
    const bundled = countsOf(papers, new Map(papers.map((p) => [p, extract(p)])), seed);
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, updateSummary(readFileSync(readme, 'utf8'), r, bundled));
    const quality = join(ROOT, 'extract', 'QUALITY.md');
    writeFileSync(quality, updateTable(readFileSync(quality, 'utf8'), r, bundled));
    process.stdout.write('README.md: summary table updated; extract/QUALITY.md: per-set table updated\n');
  }
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ never: r.never, dev: r.dev, sets: r.sets }, null, 1) + '\n');
    return;
  }
  if (argv.includes('--sets')) {
    for (const s of r.sets) {
      process.stdout.write(
        `${s.never ? 'N' : 'd'} ${s.name.padEnd(4)} ${String(s.counts.papers).padStart(4)} papers` +
          `${s.left ? ` (${s.left} left out)` : ''}  named ${f1(namedOf(s.counts)).f.toFixed(3)}  facet ${f1(facetOf(s.counts)).f.toFixed(3)}\n`,
      );
    }
  }
  const left = r.sets.reduce((a, s) => a + s.left, 0);
  process.stdout.write(
    describe(`never looked at (${NEVER_LOOKED_AT.length} sets; ${left} papers left out as copies)`, r.never) +
      '\n' +
      describe(`dev pool (${sets.length - NEVER_LOOKED_AT.length} sets)`, r.dev) +
      '\n',
  );
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
