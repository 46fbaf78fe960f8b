/** `paperweave shared METHOD [GRAPH.json]`: the methods that share benchmarks with METHOD. */
import type { Command } from '../main.ts';
import { UsageError, type Io } from '../io.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { normName } from '../../model.ts';
import { findMethod, methodBenchmarks, sharedBenchmarks } from '../../graph/shared-benchmarks.ts';
import { graphOrDefault } from './graph-file.ts';

const HELP = `Usage: paperweave shared METHOD [GRAPH.json] [--top N] [--json]

List the methods benchmarked on the same datasets as METHOD, ranked by datasets in common, then by
Jaccard similarity of their benchmark sets. A method is benchmarked on each dataset its proposing paper
evaluates on (or introduces). METHOD is matched by normalised name or alias ('anomaly clip' finds
AnomalyCLIP). Default GRAPH: the built bundled graph; '-' reads standard input.

Options:
  --top N     at most N methods (default: all)
  --json      print JSON
  -h, --help  this help
`;

export const command: Command = {
  summary: 'methods that share benchmarks with a method',
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { top: { type: 'string' }, json: { type: 'boolean' } });
    if (!positionals.length) throw new UsageError('missing METHOD');
    if (positionals.length > 2) throw new UsageError('expects METHOD and at most one GRAPH.json');
    const top = intOption(values.top, 'top', { min: 1 });
    const graph = await graphOrDefault(positionals[1], io);
    const key = findMethod(graph, positionals[0]);
    if (!key) {
      const q = normName(positionals[0]);
      const near = graph.filterNodes((_k, a) => a.kind === 'method' && q.length > 1 && (normName(a.label).includes(q) || q.includes(normName(a.label))))
        .map((k) => graph.getNodeAttribute(k, 'label')).slice(0, 5);
      io.stderr.write(`paperweave shared: no method named '${positionals[0]}' in the graph${near.length ? `; did you mean ${near.join(', ')}?` : ''}\n`);
      return 1;
    }
    const label = graph.getNodeAttribute(key, 'label');
    const benches = methodBenchmarks(graph, key).map((d) => graph.getNodeAttribute(d, 'label'));
    const rows = sharedBenchmarks(graph, key).slice(0, top ?? Infinity);
    if (values.json) {
      io.stdout.write(JSON.stringify({ method: key, label, benchmarks: benches, shared: rows }, null, 2) + '\n');
      return 0;
    }
    const lines = [`${label}: benchmarked on ${benches.length ? benches.join(', ') : 'no dataset'}`];
    if (!rows.length) lines.push('No other method shares a benchmark with it.');
    else {
      const w = Math.max(6, ...rows.map((r) => r.label.length));
      lines.push('', `rank  ${'method'.padEnd(w)}  shared  jaccard  datasets in common`);
      rows.forEach((r, i) => lines.push(`${String(i + 1).padStart(4)}  ${r.label.padEnd(w)}  ${String(r.count).padStart(6)}  ${r.jaccard.toFixed(3).padStart(7)}  ${r.datasets.join(', ')}`));
    }
    io.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
