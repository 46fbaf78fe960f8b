/** The cluster checks of the brief (point 3), usable on any graph of the bundled corpus. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { normName, type KnowledgeGraph } from '../../src/model.ts';
import { ROOT } from './helpers.ts';

export interface Gold { title: string; domains: string[]; settings: string[]; models: { name: string }[] }
export const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'gold', 'seed-gold.json'), 'utf8')) as Gold[];

/** Communities of the papers the gold puts in a group (gold = ground truth of what a paper is about). */
export function communitiesOf(graph: KnowledgeGraph, pick: (g: Gold) => boolean): number[] {
  const titles = new Set(gold.filter(pick).map((g) => normName(g.title)));
  const out: number[] = [];
  graph.forEachNode((_k, a) => {
    if (a.kind === 'paper' && titles.has(normName(a.title))) out.push(a.community);
  });
  return out;
}

/** The share of the group in its most common community. */
export function majority(cs: number[]): { community: number; share: number } {
  const counts = new Map<number, number>();
  for (const c of cs) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [community, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return { community, share: n / cs.length };
}

export const GROUPS: Record<string, (g: Gold) => boolean> = {
  video: (g) => g.domains.includes('video') && !g.settings.includes('synthetic-data-detection'),
  'time-series': (g) => g.domains.includes('time-series'),
  'CLIP zero-shot industrial': (g) => g.models.some((m) => m.name === 'CLIP') && g.settings.includes('zero-shot') && g.domains.includes('industrial'),
};

/** The cluster checks of the brief, on any graph of the bundled corpus. */
export function checkClusters(graph: KnowledgeGraph): void {
  const clusters = graph.getAttribute('clusters');
  expect(clusters.length).toBeGreaterThan(3);
  expect(clusters.reduce((s, c) => s + c.size, 0)).toBe(graph.order);
  graph.forEachNode((k, a) => {
    expect(Number.isInteger(a.community) && a.community >= 0 && a.community < clusters.length, k).toBe(true);
  });
  for (const [name, pick] of Object.entries(GROUPS)) {
    const cs = communitiesOf(graph, pick);
    expect(cs.length, name).toBeGreaterThanOrEqual(2);
    expect(majority(cs).share, `${name} papers in communities ${cs.join(',')}`).toBeGreaterThan(0.5);
  }
  // Video and time series are different clusters.
  expect(majority(communitiesOf(graph, GROUPS.video)).community).not.toBe(majority(communitiesOf(graph, GROUPS['time-series'])).community);
}

