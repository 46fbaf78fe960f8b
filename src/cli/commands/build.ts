/**
 * `paperweave build [INPUT...] [--out DIR]`: read -> extract -> build -> clusters -> layout -> export.
 * Only wiring: the stages are src/pipeline.ts (pure) and src/export/ (pure); this file reads and writes.
 */
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from '../main.ts';
import { BUNDLED_CORPUS, DEFAULT_OUT, InputError, ROOT, UsageError, displayName, noAbstractHint, plural, progressBar, readInputs, writeAtomic, type Io } from '../io.ts';
import { confidenceOption, parseCommandArgs, readerOptions, seedOption, sizeByOption } from '../args.ts';
import { FORMAT_NAMES, UnreadableInputError } from '../../../extract/readers/index.ts';
import type { FormatName, SizeBy } from '../../model.ts';
import { runPipeline, type PipelineReport, type Stage } from '../../pipeline.ts';
import { EXPORT_FORMATS, FORMAT_FILES, jsonl, renderFormat, type OutputFile } from '../../export/index.ts';
import { sizedBy } from '../../export/sized.ts';
import { ENTITY_KINDS } from '../../analysis/appearance.ts';

const HELP = `Usage: paperweave build [INPUT...] [options]

Read paper abstracts, extract methods, datasets, models and facets, and build the knowledge graph:
clusters (Louvain, labelled by their most characteristic entities), a ForceAtlas2 layout, and exports.
Without INPUT, builds the bundled anomaly-detection corpus. '-' reads standard input.

Options:
  --out DIR        where to write (default: graph-data/anomaly-detection/ for the bundled corpus, else
                   graph-data/NAME/ after the first input's file name: papers.bib -> graph-data/papers/)
  --format F       read every input as F: ${FORMAT_NAMES.join(', ')} (default: detected per file)
  --year Y         year for dates that give none (Hugging Face page 'May 14')
  --seed N         seed of the clustering and layout (default 42)
  --name NAME      graph name, which the viewer's exports are named after (default: the out directory's
                   name, so anomaly-detection for the bundled corpus)
  --min-confidence X
                   leave out entities whose confidence is below X (0 to 1; calibrated: at 0.8, facet
                   tags were right 92% of the time on unseen papers); the count goes to report.json
  --size-by S      what node sizes show in graph.gexf, graph.graphml and nodes.csv, as the viewer's
                   "size by": links (the degree; the default), papers or pagerank; graph.json keeps
                   the built sizes and records the choice, which the viewer opens it with
  -h, --help       this help

Writes DIR/graph.json (the viewer's input), graph.gexf (Gephi), graph.graphml, nodes.csv, edges.csv,
graph.vosviewer.json (VOSviewer Online), vosviewer-map.txt and vosviewer-network.txt (VOSviewer), papers.jsonl, entities.jsonl and report.json (counts, rejects with file:line:reason, warnings, merged,
clusters, timings per stage). The same input gives byte-identical files (report.json's timings aside).
`;

export function summaryLines(report: PipelineReport, seconds: number): string[] {
  // With no paper read nothing is written (no report.json): every reject and warning is listed here.
  const all = !report.counts.papers;
  const c = report.counts;
  const lines = [
    `paperweave build: ${plural(c.papers, 'paper')} from ${plural(c.recordsIn, 'record')} (${c.rejects} rejected, ${c.merged} merged, ${c.isolated} isolated)`,
    `  entities: ${ENTITY_KINDS.map((k) => `${k} ${c.entities[k]}`).join(' · ')}`,
    `  graph: ${plural(c.nodes, 'node')}, ${plural(c.edges, 'edge')}${c.edges ? ` (${Object.entries(c.edgesByRelation).map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`,
    `  clusters: ${c.clusters} (modularity ${report.modularity})${c.clusters ? `; largest: ${report.clusters.slice(0, 3).map((k) => `${k.label} (${k.size})`).join('; ')}` : ''}`,
  ];
  if (report.minConfidence) lines.push(`  entities under confidence ${report.minConfidence.threshold} left out: ${report.minConfidence.leftOut}`);
  if (c.isolated) lines.push(`  isolated papers (no entity found): ${report.isolated.slice(0, 5).join(', ')}${c.isolated > 5 ? ', ...' : ''}`);
  for (const r of all ? report.rejects : report.rejects.slice(0, 5)) lines.push(`  rejected ${r.file}:${r.line}: ${r.reason}`);
  if (report.rejects.length > 5 && !all) lines.push(`  ... and ${report.rejects.length - 5} more rejects in report.json`);
  // (the readers' warnings named like the rejects, the first five: an in-press paper read undated says where it is)
  for (const w of all ? report.warnings : report.warnings.slice(0, 5)) lines.push(`  warning ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  const more = (all ? 0 : Math.max(0, report.warnings.length - 5)) + report.buildWarnings.length;
  if (more) lines.push(`  ${report.warnings.length ? `... and ${plural(more, 'more warning')}` : plural(more, 'warning')} in report.json`);
  const t = report.timings;
  lines.push(`  time: ${seconds.toFixed(2)} s (${(['read', 'extract', 'build', 'clusters', 'layout', 'export'] as Stage[]).map((s) => `${s} ${Math.round(t[s] ?? 0)} ms`).join(', ')})`);
  return lines;
}

/**
 * The graph's default name: its directory's ("--out graphs/my-survey" is my-survey), so that a graph built from
 * one's own papers is not named after the bundled corpus (the viewer names its exports after the graph).
 */
export function graphName(out: string): string {
  return basename(resolve(out)) || 'graph';
}

/**
 * Where a build writes without --out: the bundled corpus into graph-data/anomaly-detection/ (what `npm start` serves),
 * one's own papers into graph-data/<first input's name>/ ("papers.bib": graph-data/papers/), never over the
 * bundled graph.
 */
export function defaultOut(inputs: readonly string[]): string {
  if (!inputs.length || resolve(inputs[0]) === BUNDLED_CORPUS) return DEFAULT_OUT;
  const stem = inputs[0] === '-' ? 'stdin' : basename(inputs[0]).replace(/\.[^.]*$/, '') || 'graph';
  const dir = join(ROOT, 'graph-data', stem);
  return dir === DEFAULT_OUT || stem === 'corpus' || stem === 'bench' ? `${dir}-graph` : dir;
}

export interface BuildRun {
  report: PipelineReport;
  files: string[];
}

/** Run the pipeline on the inputs and write every output into `out`. Used by `build` and `bench`. */
export function buildTo(
  inputs: { file: string; text: string }[],
  out: string,
  opts: { format?: FormatName; year?: number; seed?: number; name?: string; minConfidence?: number; sizeBy?: SizeBy; onProgress?(stage: Stage, done: number, total: number): void },
): BuildRun {
  let result;
  try {
    result = runPipeline(inputs, opts);
  } catch (err) {
    if (err instanceof UnreadableInputError) throw new InputError(err.message);
    throw err;
  }
  // No paper read (every record rejected, or none found): write nothing, so a mistaken input does not replace a
  // good graph with an empty one. The caller reports the rejects.
  if (!result.report.counts.papers) return { report: result.report, files: [] };
  const t = performance.now();
  // (papers.jsonl, entities.jsonl and each format's files)
  const total = 2 + EXPORT_FORMATS.reduce((n, f) => n + FORMAT_FILES[f], 0);
  opts.onProgress?.('export', 0, total);
  // One file at a time, so a big graph's serialisations are never all in memory together.
  const names: string[] = [];
  const write = (files: OutputFile[]) => {
    for (const f of files) {
      writeAtomic(join(out, f.name), f.content);
      names.push(f.name);
    }
  };
  write([{ name: 'papers.jsonl', content: jsonl(result.papers) }]);
  write([{ name: 'entities.jsonl', content: jsonl(result.entities) }]);
  // (sized once for the formats that draw the size: PageRank is the costly one)
  const drawn = sizedBy(result.graph, opts.sizeBy);
  for (const format of EXPORT_FORMATS) {
    write(renderFormat(result.graph, format, { sizeBy: opts.sizeBy, drawn }));
    opts.onProgress?.('export', names.length, total);
  }
  result.report.timings.export = Math.round((performance.now() - t) * 10) / 10;
  writeAtomic(join(out, 'report.json'), JSON.stringify(result.report, null, 2) + '\n');
  opts.onProgress?.('export', total, total);
  return { report: result.report, files: [...names, 'report.json'] };
}

/**
 * How the user runs paperweave from where they are: `npx paperweave` inside the repository, where npx finds its bin;
 * elsewhere npx does not, so the script's path (README: "from elsewhere, run node /path/to/paperweave/src/cli/paperweave.mjs").
 */
export function commandName(cwd = process.cwd()): string {
  const rel = relative(ROOT, cwd);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? 'npx paperweave' : `node ${join(ROOT, 'src', 'cli', 'paperweave.mjs')}`;
}

export const command: Command = {
  summary: 'build the knowledge graph (graph.json, GEXF, GraphML, CSV, report)',
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      year: { type: 'string' },
      seed: { type: 'string' },
      name: { type: 'string' },
      'min-confidence': { type: 'string' },
      'size-by': { type: 'string' },
    });
    const { format, year } = readerOptions(values);
    const seed = seedOption(values.seed);
    const minConfidence = confidenceOption(values['min-confidence']);
    const sizeBy = sizeByOption(values['size-by']);
    const out = values.out ?? defaultOut(positionals);
    // (the name titles the viewer and the exports: an empty one gave a graph called "")
    if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name expects a name for the graph, got an empty one');
    const start = performance.now();
    const inputs = await readInputs(positionals, io);
    const bar = progressBar(io, 'building');
    const weights: Record<Stage, [number, number]> = {
      read: [0, 5], extract: [5, 40], build: [40, 45], clusters: [45, 50], layout: [50, 90], export: [90, 100],
    };
    let run: BuildRun;
    try {
      run = buildTo(inputs, out, {
        format, year, seed, name: values.name ?? graphName(out), minConfidence, sizeBy,
        onProgress(stage, done, total) {
          const [a, b] = weights[stage];
          bar.update(a + (b - a) * (total ? done / total : 1), 100, stage);
        },
      });
    } finally {
      bar.done();
    }
    const lines = summaryLines(run.report, (performance.now() - start) / 1000);
    if (run.report.counts.papers) {
      lines.push(`  wrote ${displayName(out)}/: ${run.files.join(' ')}`);
      if (resolve(out) !== DEFAULT_OUT) lines.push(`  view it: ${commandName()} serve --graph ${displayName(out)}`);
    }
    else {
      lines.push(`  no paper could be read: nothing written, ${displayName(out)}/ is left as it was`);
      const hint = noAbstractHint(0, run.report.rejects);
      if (hint) lines.push(`  hint: ${hint}`);
    }
    io.stderr.write(lines.join('\n') + '\n');
    return run.report.counts.papers > 0 ? 0 : 1;
  },
};
