/**
 * How far apart the layout keeps the clusters, and what it costs: for each graph.json given, lay it out again from
 * its seeded start (src/analysis/layout.ts, as `paperweave build` does; `--as-is` measures the stored positions
 * instead) and print
 * - neighbourhood purity (src/analysis/layout-quality.ts): of each node's k nearest nodes in the layout, the share in
 *   its own Louvain community (of those it could have: min(k, cluster size − 1)); the raw share; and chance, the raw
 *   share a random placement would get;
 * - edge stretch: the mean edge length over the mean distance between two random nodes (lower: edges shorter), for
 *   all edges, those inside a cluster and those between clusters;
 * - label places: of the 24 largest labelled clusters (the ones the viewer labels), how many have a place where at
 *   least a fifth of the nodes around are their own (the viewer's clusterCentres and MIN_LABEL_SHARE, web/filters.ts:
 *   a label is drawn there, else left out), and the mean share at those places;
 * - the layout's wall time (ForceAtlas2 + noverlap).
 *
 *   npx tsx src/bench/layout-quality.ts graph-data/anomaly-detection/graph.json graph-data/bench/10000/graph.json
 *   npx tsx src/bench/layout-quality.ts --as-is --k 10 GRAPH.json
 */
import { readFileSync } from 'node:fs';
import { loadGraphJSON } from '../export/json.ts';
import { runLayout } from '../analysis/layout.ts';
import { edgeStretch, neighbourhoodPurity } from '../analysis/layout-quality.ts';
import { DEFAULT_SEED } from '../analysis/rng.ts';
import { clusterCentres, MIN_LABEL_SHARE } from '../../web/filters.ts';
import type { KnowledgeGraph } from '../model.ts';

export interface LabelPlaces {
  clusters: number;
  drawn: number;
  meanShare: number;
}

/** The viewer's cluster-label places for its 24 largest labelled clusters (web/app.ts computeCentroids). */
export function labelPlaces(graph: KnowledgeGraph, top = 24): LabelPlaces {
  const present = new Set<number>();
  graph.forEachNode((_k, a) => present.add(a.community));
  const clusters = [...(graph.getAttribute('clusters') ?? [])].filter((c) => present.has(c.id) && c.label).sort((a, b) => b.size - a.size).slice(0, top);
  const centres = clusterCentres(graph, null, new Set(clusters.map((c) => c.id)));
  const shares = clusters.map((c) => centres.get(c.id)!.share);
  return {
    clusters: clusters.length,
    drawn: shares.filter((s) => s >= MIN_LABEL_SHARE).length,
    meanShare: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0,
  };
}

function main(argv: string[]): void {
  let asIs = false;
  let k = 10;
  let seed = DEFAULT_SEED;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--as-is') asIs = true;
    else if (a === '--k') k = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: npx tsx src/bench/layout-quality.ts [--as-is] [--k 10] [--seed 42] GRAPH.json...\n');
      return;
    } else files.push(a);
  }
  if (!files.length || !Number.isInteger(k) || k < 1) throw new Error('layout-quality: give one or more graph.json files (and --k a positive integer)');
  const f3 = (v: number) => v.toFixed(3);
  process.stdout.write(`| graph | nodes | edges | clusters | purity@${k} | raw | chance | edge stretch: all, within, between clusters | labels drawn (of top 24) | mean label share | layout (s) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n`);
  for (const file of files) {
    const graph = loadGraphJSON(readFileSync(file, 'utf8'));
    let secs = '';
    if (!asIs) {
      const t0 = performance.now();
      runLayout(graph, { seed });
      secs = ((performance.now() - t0) / 1000).toFixed(1);
    }
    const p = neighbourhoodPurity(graph, k);
    const l = labelPlaces(graph);
    const e = edgeStretch(graph);
    const clusters = new Set<number>();
    graph.forEachNode((_key, a) => clusters.add(a.community));
    process.stdout.write(
      `| ${file} | ${graph.order} | ${graph.size} | ${clusters.size} | ${f3(p.purity)} | ${f3(p.rawPurity)} | ${f3(p.chance)} | ${[e.all, e.within, e.between].map((v) => v.toFixed(2)).join(', ')} | ${l.drawn}/${l.clusters} | ${f3(l.meanShare)} | ${secs || 'as is'} |\n`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main(process.argv.slice(2));
