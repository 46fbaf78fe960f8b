import { describe, expect, it } from 'vitest';
import { normName } from '../../src/model.ts';
import { logLikelihood, characteristicEntities } from '../../src/analysis/labels.ts';
import { detectClusters } from '../../src/analysis/clusters.ts';
import { CLUSTER_PALETTE } from '../../src/analysis/appearance.ts';
import { goldGraph } from './helpers.ts';
import { checkClusters, communitiesOf, GROUPS, majority } from './cluster-checks.ts';

describe('clusters on the bundled corpus (gold entities)', () => {
  const { graph } = goldGraph();

  it('puts the video, the time-series and the CLIP zero-shot industrial papers mostly in one cluster each', () => {
    checkClusters(graph);
  });

  it('labels each cluster with its most characteristic entities', () => {
    const clusters = graph.getAttribute('clusters');
    const ts = clusters[majority(communitiesOf(graph, GROUPS['time-series'])).community];
    expect(ts.label.split(' · ')).toContain('time-series');
    const video = clusters[majority(communitiesOf(graph, GROUPS.video)).community];
    expect(video.label.split(' · ')).toContain('video');
    for (const c of clusters) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.label.split(' · ').length).toBeLessThanOrEqual(3);
      expect(c.color).toBe(CLUSTER_PALETTE[c.id % CLUSTER_PALETTE.length]);
      expect(new Set(c.topEntities.map(normName)).size).toBe(c.topEntities.length);
    }
    // Sorted by size, ids 0..n-1.
    clusters.forEach((c, i) => {
      expect(c.id).toBe(i);
      if (i) expect(clusters[i - 1].size).toBeGreaterThanOrEqual(c.size);
    });
  });

  it('is the same for the same seed', () => {
    const again = goldGraph().graph;
    expect(again.getAttribute('clusters')).toEqual(graph.getAttribute('clusters'));
    const before = graph.getAttribute('clusters');
    detectClusters(again, { seed: 42 });
    expect(again.getAttribute('clusters')).toEqual(before);
  });
});

describe('clusters of a graph without edges', () => {
  it('gives modularity 0, not NaN (which report.json would write as null)', () => {
    const { graph } = goldGraph();
    const papersOnly = graph.copy();
    papersOnly.clearEdges();
    papersOnly.forEachNode((key, attr) => {
      if (attr.kind !== 'paper') papersOnly.dropNode(key);
    });
    expect(papersOnly.size).toBe(0);
    expect(detectClusters(papersOnly).modularity).toBe(0);
  });
});

describe('log-likelihood labels', () => {
  it('scores over-represented entities higher, and zero when the cluster looks like the rest', () => {
    expect(logLikelihood(5, 0, 5, 50)).toBeGreaterThan(logLikelihood(3, 2, 5, 50));
    expect(logLikelihood(1, 9, 5, 50)).toBeCloseTo(0, 10);
  });

  it('keeps only entities that occur more often inside than outside', () => {
    const { graph } = goldGraph();
    // no limit: every entity the filter lets through, not only the best-scored ten
    const top = characteristicEntities(graph, Infinity);
    // "more often" as a share: of the cluster's papers inside, of the other papers outside
    const sizes = new Map<number, number>();
    let total = 0;
    graph.forEachNode((_k, a) => {
      if (a.kind !== 'paper') return;
      sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1);
      total++;
    });
    expect(top.size).toBe(sizes.size);
    let scored = 0;
    for (const [c, list] of top) {
      const n = sizes.get(c)!;
      for (const e of list) {
        expect(e.inside).toBeGreaterThan(0);
        if (n < total) expect(e.inside / n, `${e.label} in cluster ${c}`).toBeGreaterThan(e.outside / (total - n));
        // inside and outside count the entity's paper links, all of them
        expect(e.inside + e.outside, e.key).toBe(graph.inEdges(e.key).filter((x) => graph.getNodeAttribute(graph.source(x), 'kind') === 'paper').length);
        scored++;
      }
      for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    }
    expect(scored).toBeGreaterThan(top.size);
  });
});
