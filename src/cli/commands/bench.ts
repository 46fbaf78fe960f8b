/**
 * `paperweave bench`: build synthetic corpora (1k and 10k papers by default, made from the bundled abstracts,
 * seeded) through the same code as `paperweave build`, and report per stage: papers per second, wall time
 * and peak memory (process RSS sampled at every progress tick and stage end). Prints a Markdown table and
 * writes it to graph-data/bench/bench.md; each size's files go to graph-data/bench/<size>/ (the 10k
 * graph.json is the viewer's performance fixture).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../main.ts';
import { BUNDLED_CORPUS, ROOT, UsageError, displayName, writeAtomic, type Io } from '../io.ts';
import { intOption, parseCommandArgs, seedOption } from '../args.ts';
import { readInputs as readTexts } from '../../../extract/readers/index.ts';
import { extractEntities } from '../../../extract/entities/index.ts';
import { synthCorpus } from '../../bench/synth.ts';
import { STAGES, type Stage } from '../../pipeline.ts';
import { buildTo } from './build.ts';

/**
 * The largest corpus a run builds: twice the default's largest. Memory grows with the corpus (10,000 papers peak at
 * 1.3–1.7 GB, the README's table) against Node's default heap of about 4 GB: by that measure (not run), a corpus much
 * past 20,000 papers would run out of it after minutes of work, and graph.json (9 KB a paper) past about 59,000 is
 * longer than V8's longest string; a mistyped "--sizes 1000000" was accepted and started a run that could not finish.
 */
export const MAX_BENCH_SIZE = 20_000;
/** The most abstracts for the `paperweave extract` run: about two and a half minutes a run at 700/s, three runs. */
export const MAX_EXTRACT_SIZE = 100_000;

const HELP = `Usage: paperweave bench [--sizes 1000,10000] [--extract-size 5000] [--out DIR] [--seed N]

Benchmark the pipeline on synthetic corpora generated from the bundled abstracts (entity names varied,
seeded). For each size and stage (read, extract, build, clusters, layout, export): papers per second, wall
time, peak memory (RSS). Then the extractor's own figure: 'paperweave extract' run as a user runs it, on
a JSONL of --extract-size abstracts, start-up included (best and median of 3 runs, output discarded).
Prints a Markdown table and writes DIR/bench.md and DIR/<size>/ (graph files).

Options:
  --sizes LIST        comma-separated corpus sizes, each 1 to ${MAX_BENCH_SIZE} (default 1000,10000)
  --extract-size N    abstracts for the 'paperweave extract' run, 0 to ${MAX_EXTRACT_SIZE} (default 5000; 0 skips it)
  --out DIR           output directory (default graph-data/bench)
  --seed N            seed of the synthetic corpus and the layout (default 1)
  -h, --help          this help
`;

export interface BenchRow {
  size: number;
  papers: number;
  nodes: number;
  edges: number;
  clusters: number;
  stages: Record<Stage, { ms: number; papersPerSec: number; peakRssMB: number }>;
  totalMs: number;
  peakRssMB: number;
  /** Size of the written graph.json (the viewer's input). */
  graphJsonMB: number;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export function benchMarkdown(rows: BenchRow[], meta: string): string {
  const lines = [
    '# paperweave bench',
    '',
    meta,
    '',
    '| corpus | papers | nodes | edges | clusters | stage | wall time (ms) | papers/s | peak RSS (MB) |',
    '|---:|---:|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const r of rows) {
    for (const s of STAGES) {
      const st = r.stages[s];
      lines.push(`| ${r.size} | ${r.papers} | ${r.nodes} | ${r.edges} | ${r.clusters} | ${s} | ${st.ms.toFixed(0)} | ${st.papersPerSec.toLocaleString('en-US')} | ${st.peakRssMB} |`);
    }
    lines.push(`| ${r.size} | ${r.papers} | ${r.nodes} | ${r.edges} | ${r.clusters} | **total** | **${r.totalMs.toFixed(0)}** | **${Math.round(r.papers / (r.totalMs / 1000)).toLocaleString('en-US')}** | **${r.peakRssMB}** |`);
  }
  lines.push('', ...rows.map((r) => `- ${r.size} papers: graph.json ${r.graphJsonMB} MB (${r.nodes} nodes, ${r.edges} edges, ${r.clusters} clusters)`));
  return lines.join('\n') + '\n';
}

export const command: Command = {
  summary: 'benchmark each stage on synthetic 1k and 10k corpora',
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      sizes: { type: 'string' },
      'extract-size': { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const sizes = (values.sizes ?? '1000,10000').split(',').map((s) => intOption(s.trim(), 'sizes', { min: 1, max: MAX_BENCH_SIZE })!);
    const seed = seedOption(values.seed) ?? 1;
    const extractSize = intOption(values['extract-size'], 'extract-size', { max: MAX_EXTRACT_SIZE }) ?? 5000;
    const out = values.out ?? join(ROOT, 'graph-data', 'bench');

    // Templates: the bundled corpus through the real reader and extractor.
    const bundled = readTexts([{ file: displayName(BUNDLED_CORPUS), text: readFileSync(BUNDLED_CORPUS, 'utf8') }]);
    const templates = bundled.papers.map((paper) => ({ paper, entities: extractEntities(paper) }));

    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const text = synthCorpus(templates, size, seed);
      const peak: Partial<Record<Stage, number>> = {};
      let overall = 0;
      const sample = (stage: Stage) => {
        const rss = process.memoryUsage().rss;
        peak[stage] = Math.max(peak[stage] ?? 0, rss);
        overall = Math.max(overall, rss);
      };
      (globalThis as { gc?: () => void }).gc?.();
      io.stderr.write(`bench: ${size} papers ...\n`);
      const t0 = performance.now();
      let current: Stage = 'read';
      const run = buildTo([{ file: `synthetic-${size}.jsonl`, text }], join(out, sizeName(size)), {
        seed,
        onProgress(stage) {
          if (stage !== current) sample(current);
          current = stage;
          sample(stage);
        },
      });
      sample(current);
      const totalMs = performance.now() - t0;
      const r = run.report;
      const stages = Object.fromEntries(STAGES.map((s) => {
        const ms = r.timings[s] ?? 0;
        return [s, { ms, papersPerSec: Math.round(r.counts.papers / Math.max(ms / 1000, 1e-6)), peakRssMB: mb(peak[s] ?? 0) }];
      })) as BenchRow['stages'];
      const graphJsonMB = mb(statSync(join(out, sizeName(size), 'graph.json')).size);
      rows.push({ size, papers: r.counts.papers, nodes: r.counts.nodes, edges: r.counts.edges, clusters: r.counts.clusters, stages, totalMs, peakRssMB: mb(overall), graphJsonMB });
    }
    const meta = `Synthetic corpora from the ${templates.length} bundled abstracts (seed ${seed}); Node ${process.version}, ${process.platform}/${process.arch}. ` +
      'Wall time per stage from the build report; papers/s = papers / stage time; peak RSS sampled at each progress tick of the stage.';
    let md = benchMarkdown(rows, meta);
    if (extractSize > 0) {
      const file = join(out, `extract-${sizeName(extractSize)}.jsonl`);
      writeAtomic(file, synthCorpus(templates, extractSize, seed));
      io.stderr.write(`bench: paperweave extract on ${extractSize} abstracts ...\n`);
      const rows: ExtractRow[] = [{ how: 'as run (all cores: V8 compiles and collects garbage on helper threads)', ms: timeExtractCli(file) }];
      // the same, pinned to one core (taskset, where there is one): the single-core figure
      const pinned = hasTaskset() ? timeExtractCli(file, 3, true) : null;
      if (pinned) rows.push({ how: 'pinned to one core (`taskset -c 0`)', ms: pinned });
      md += '\n' + extractMarkdown(rows, extractSize);
    }
    writeAtomic(join(out, 'bench.md'), md);
    io.stdout.write(md);
    io.stderr.write(`wrote ${displayName(join(out, 'bench.md'))}\n`);
    return 0;
  },
};

/** Is `taskset` (util-linux) there to pin a process to one core? */
function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * Wall times (ms) of `paperweave extract FILE > /dev/null`, as a user runs it: a new process each time;
 * with `oneCore`, under `taskset -c 0` (the process and all its threads on one core).
 */
export function timeExtractCli(file: string, runs = 3, oneCore = false): number[] {
  const bin = join(ROOT, 'src', 'cli', 'paperweave.mjs');
  const [cmd, args] = oneCore ? ['taskset', ['-c', '0', process.execPath, bin, 'extract', file]] : [process.execPath, [bin, 'extract', file]];
  const once = () => {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`paperweave extract failed (exit ${r.status}): ${String(r.stderr).trim()}`);
    return performance.now() - t0;
  };
  once(); // warm-up: builds the CLI's cached bundle if the sources changed
  return Array.from({ length: runs }, once);
}

export interface ExtractRow {
  how: string;
  ms: number[];
}

export function extractMarkdown(rows: ExtractRow[], size: number): string {
  const rate = (t: number) => Math.round(size / (t / 1000)).toLocaleString('en-US');
  const lines = [
    `## paperweave extract, start-up included`,
    '',
    `\`paperweave extract\` on ${size} synthetic abstracts (JSONL), a new process each run, output discarded; ${rows[0]?.ms.length ?? 0} runs.`,
    '',
    '| abstracts | run | best wall (ms) | median wall (ms) | abstracts/s (best) | abstracts/s (median) |',
    '|---:|---|---:|---:|---:|---:|',
  ];
  for (const { how, ms } of rows) {
    const sorted = [...ms].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    lines.push(`| ${size} | ${how} | ${sorted[0].toFixed(0)} | ${median.toFixed(0)} | ${rate(sorted[0])} | ${rate(median)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function sizeName(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}
