/** `paperweave stats [GRAPH.json]`: counts, the largest entities per kind, the clusters with their labels, and the strongest bursts. */
import type { Command } from '../main.ts';
import type { Io } from '../io.ts';
import { gammaOption, intOption, parseCommandArgs } from '../args.ts';
import { UsageError, plural } from '../io.ts';
import type { EntityKind, EntityNode, KnowledgeGraph } from '../../model.ts';
import { ENTITY_KINDS } from '../../analysis/appearance.ts';
import { graphCounts } from '../../pipeline.ts';
import { graphOrDefault } from './graph-file.ts';
import { parseResults } from '../../analysis/results.ts';
import { burstYears, entityBursts } from '../../analysis/bursts.ts';

/** Clusters the text lists by default: the viewer's sidebar names as many (3,058 papers made 469, 201 of one paper). */
export const CLUSTERS_LISTED = 24;

/** Bursts the text lists by default, strongest first (CiteSpace's "top references with the strongest bursts"). */
export const BURSTS_LISTED = 10;

const HELP = `Usage: paperweave stats [GRAPH.json] [--top N] [--clusters N] [--bursts N] [--gamma X] [--json]

Print a built graph's counts (nodes per kind, edges per relation, reported results per metric), its largest entities per kind
(by number of papers), its clusters with their labels and the entities' bursts of attention (Kleinberg's burst
detection over papers per year, as CiteSpace: s = 2). Default GRAPH: the built bundled graph; '-' reads
standard input.

Options:
  --top N       entities listed per kind (default 5)
  --clusters N  clusters listed, largest first (default ${CLUSTERS_LISTED}, as the viewer's sidebar; 0 lists them all),
                the rest counted on one line
  --bursts N    bursts listed, strongest first (default ${BURSTS_LISTED}; 0 lists them all), the rest counted on one line
  --gamma X     the burst detector's cost of going up, γ·ln(years), γ from 0 to 1 (default 1; lower finds weaker bursts)
  --json        print the same as JSON (every cluster, every burst)
  -h, --help    this help
`;

export interface GraphStats {
  name: string;
  nodes: number;
  edges: number;
  papers: number;
  entities: Record<EntityKind, number>;
  edgesByRelation: Record<string, number>;
  largest: Record<EntityKind, { label: string; papers: number }[]>;
  clusters: { id: number; label: string; size: number; papers: number; topEntities: string[] }[];
  /** The scores papers report on datasets (src/analysis/results.ts): figures, the links holding them, per metric. */
  results: { figures: number; links: number; byMetric: Record<string, number> };
  /** Every burst (src/analysis/bursts.ts), strongest first, and the detector's parameters. */
  bursts: { s: number; gamma: number; list: { key: string; label: string; kind: string; begin: number; end: number; strength: number }[] };
}

export function graphStats(graph: KnowledgeGraph, top = 5, opts: { gamma?: number } = {}): GraphStats {
  const counts = graphCounts(graph);
  const byKind = new Map<EntityKind, EntityNode[]>(ENTITY_KINDS.map((k) => [k, []]));
  const clusterPapers = new Map<number, number>();
  graph.forEachNode((_k, a) => {
    if (a.kind === 'paper') clusterPapers.set(a.community, (clusterPapers.get(a.community) ?? 0) + 1);
    else byKind.get(a.kind)!.push(a);
  });
  const largest = Object.fromEntries(ENTITY_KINDS.map((k) => [k, byKind.get(k)!
    .sort((a, b) => b.papers - a.papers || (a.label < b.label ? -1 : 1))
    .slice(0, top)
    .map((e) => ({ label: e.label, papers: e.papers }))])) as GraphStats['largest'];
  const results = { figures: 0, links: 0, byMetric: {} as Record<string, number> };
  graph.forEachEdge((_e, a) => {
    const list = parseResults(a.results);
    if (!list.length) return;
    results.links++;
    for (const r of list) {
      results.figures++;
      results.byMetric[r.metric] = (results.byMetric[r.metric] ?? 0) + 1;
    }
  });
  results.byMetric = Object.fromEntries(Object.entries(results.byMetric).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return {
    name: graph.getAttribute('name'),
    nodes: graph.order,
    edges: graph.size,
    papers: counts.papers,
    entities: counts.entities,
    edgesByRelation: counts.edgesByRelation as Record<string, number>,
    largest,
    clusters: graph.getAttribute('clusters').map((c) => ({ id: c.id, label: c.label, size: c.size, papers: clusterPapers.get(c.id) ?? 0, topEntities: c.topEntities })),
    results,
    bursts: { s: 2, gamma: opts.gamma ?? 1, list: entityBursts(graph, { s: 2, gamma: opts.gamma ?? 1 }) },
  };
}

function burstLines(b: GraphStats['bursts'], listed: number): string[] {
  const head = `Bursts (Kleinberg, s = ${b.s}, γ = ${b.gamma})`;
  if (!b.list.length) return [`${head}: none${b.gamma > 0 ? ' (a lower --gamma finds weaker ones)' : ''}`];
  const entities = new Set(b.list.map((x) => x.key)).size;
  const shown = listed > 0 ? b.list.slice(0, listed) : b.list;
  const rest = b.list.length - shown.length;
  return [
    `${head}: ${plural(b.list.length, 'burst')} of ${plural(entities, 'entity', 'entities')}, strongest first:`,
    ...shown.map((x) => `  ${x.strength.toFixed(2).padStart(6)}  ${burstYears(x).padEnd(9)}  ${x.kind.padEnd(10)} ${x.label}`),
    ...(rest > 0 ? [`  … and ${plural(rest, 'weaker burst')}: --bursts 0 lists them all`] : []),
  ];
}

export function formatStats(s: GraphStats, clustersListed = CLUSTERS_LISTED, burstsListed = BURSTS_LISTED): string {
  const bySize = [...s.clusters].sort((a, b) => b.size - a.size || a.id - b.id);
  const listed = clustersListed > 0 ? bySize.slice(0, clustersListed) : bySize;
  const rest = bySize.slice(listed.length);
  const restNodes = rest.reduce((n, c) => n + c.size, 0);
  const restPapers = rest.reduce((n, c) => n + c.papers, 0);
  const lines = [
    `${s.name}: ${plural(s.nodes, 'node')} (${plural(s.papers, 'paper')}, ${plural(s.nodes - s.papers, 'entity', 'entities')}), ${plural(s.edges, 'edge')}`,
    '',
    'Nodes per kind:',
    `  paper      ${s.papers}`,
    ...ENTITY_KINDS.map((k) => `  ${k.padEnd(10)} ${s.entities[k]}`),
    '',
    'Edges per relation:',
    ...Object.entries(s.edgesByRelation).map(([r, n]) => `  ${r.padEnd(17)} ${n}`),
    '',
    `Reported results: ${plural(s.results.figures, 'figure')} on ${plural(s.results.links, 'paper-dataset link')}${s.results.figures ? ` (${Object.entries(s.results.byMetric).map(([m, n]) => `${m} ${n}`).join(', ')})` : ''}`,
    '',
    'Largest entities (papers):',
    ...ENTITY_KINDS.map((k) => `  ${k.padEnd(10)} ${s.largest[k].map((e) => `${e.label} (${e.papers})`).join(', ') || '-'}`),
    '',
    `Clusters (${s.clusters.length}):`,
    ...listed.map((c) => `  #${String(c.id).padEnd(3)} ${String(c.size).padStart(4)} node${c.size === 1 ? ' ' : 's'} ${String(c.papers).padStart(4)} paper${c.papers === 1 ? ' ' : 's'}  ${c.label}`),
    ...(rest.length
      ? [`  … and ${plural(rest.length, 'smaller cluster')} (${plural(restNodes, 'node')}, ${plural(restPapers, 'paper')}; the largest of ${plural(rest[0].size, 'node')}): --clusters 0 lists them all`]
      : []),
    '',
    ...burstLines(s.bursts, burstsListed),
  ];
  return lines.join('\n') + '\n';
}

export const command: Command = {
  summary: 'counts, reported results per metric, largest entities per kind, clusters and their labels, bursts',
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      top: { type: 'string' }, clusters: { type: 'string' }, bursts: { type: 'string' }, gamma: { type: 'string' }, json: { type: 'boolean' },
    });
    if (positionals.length > 1) throw new UsageError('expects at most one GRAPH.json');
    const top = intOption(values.top, 'top', { min: 1 }) ?? 5;
    const clusters = intOption(values.clusters, 'clusters') ?? CLUSTERS_LISTED;
    const bursts = intOption(values.bursts, 'bursts') ?? BURSTS_LISTED;
    const gamma = gammaOption(values.gamma);
    const stats = graphStats(await graphOrDefault(positionals[0], io), top, { gamma });
    io.stdout.write(values.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats, clusters, bursts));
    return 0;
  },
};
