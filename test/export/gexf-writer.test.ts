/**
 * Our GEXF writer (src/export/gexf.ts) against graphology-gexf's, which it replaces for speed and memory: on real
 * graphs and on one built to hit every branch (escapes, colours of each notation, missing viz, a mixed graph,
 * integer and double attributes), the two give the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import write from 'graphology-gexf/common/writer.js';
import { parse } from 'graphology-gexf';
import type { EntityNode, KGNode, KnowledgeGraph, RelationEdge } from '../../src/model.ts';
import { knowledgeGraphFromGexf } from '../../src/export/gexf-import.ts';
import { flatEdgeAttributes, flatNodeAttributes, toGEXF, xmlSafe } from '../../src/export/gexf.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { goldGraph, ROOT } from '../graph/helpers.ts';

/** What toGEXF was before: graphology-gexf's writer with the same formatters. */
function libraryGEXF(graph: KnowledgeGraph): string {
  const g = graph.copy();
  const name = graph.getAttribute('name') ?? 'graph';
  g.replaceAttributes({
    creator: graph.getAttribute('generator') ?? 'paperweave',
    description: xmlSafe(graph.getAttribute('title') ?? `paperweave knowledge graph: ${name}`),
    keywords: name,
  } as never);
  return write<KGNode, RelationEdge>(g as unknown as Parameters<typeof write<KGNode, RelationEdge>>[0], {
    version: '1.3',
    pedantic: true,
    pretty: true,
    formatNode: (_key, attr) => ({
      label: xmlSafe(attr.label),
      viz: { color: attr.color, size: attr.size, x: attr.x, y: attr.y },
      attributes: flatNodeAttributes(attr),
    }),
    formatEdge: (_key, attr) => ({
      label: attr.relation,
      weight: attr.weight ?? 1,
      viz: { ...(attr.color ? { color: attr.color } : {}), ...(attr.size !== undefined ? { thickness: attr.size } : {}) },
      attributes: flatEdgeAttributes(attr),
    }),
  });
}

/** The first place two strings differ, with context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && a.length === b.length ? '' : `at ${i}: ${JSON.stringify(a.slice(i - 80, i + 80))} vs ${JSON.stringify(b.slice(i - 80, i + 80))}`;
}

describe('GEXF writer', () => {
  it('writes the bundled gold graph byte for byte as graphology-gexf does', () => {
    const { graph } = goldGraph();
    expect(firstDifference(toGEXF(graph), libraryGEXF(graph))).toBe('');
  });

  it('writes a graph built from 400 held-out abstracts byte for byte as graphology-gexf does', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'heldout');
    const lines = readdirSync(dir)
      .sort()
      .slice(0, 20)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
      .slice(0, 400);
    expect(lines).toHaveLength(400);
    const { graph } = runPipeline([{ file: 'heldout.jsonl', text: lines.join('\n') + '\n' }], { name: 'held "out" & <more>' });
    expect(graph.order).toBeGreaterThan(500);
    expect(firstDifference(toGEXF(graph), libraryGEXF(graph))).toBe('');
  });

  it('writes every branch as graphology-gexf does: escapes, colour notations, missing viz, mixed edges, number types', () => {
    const g = new Graph({ type: 'mixed', multi: true }) as unknown as KnowledgeGraph;
    g.replaceAttributes({ name: 'x & <y>', generator: 'paperweave "test"', title: 'bad \u0001 char' } as never);
    const paper = (id: string, extra: Record<string, unknown>) =>
      ({ kind: 'paper', id, community: 0, title: `T ${id}`, abstract: 'A\t"quoted" & <tagged>\r\nline \u{1F600} \u0007', urls: [], label: `L ${id}`, ...extra }) as unknown as KGNode;
    g.addNode('p:1', paper('1', { color: '#a1b2c3', size: 3.25, x: -1.5, y: 2, year: 2024, upvotes: 3_000_000_000, date: '2024-01-02' }));
    g.addNode('p:2', paper('2', { color: 'rgba(1, 2, 3, 0.5)', x: 0, label: '' }));
    g.addNode('p:3', paper('3', { color: 'not a colour', y: 0, doi: '10.1/x"y', urls: [{ url: 'https://a.b/?q=1&r=2', kind: 'code' }], source: { file: 'f.csv', line: 7 } }));
    g.addNode('m:a', { kind: 'method', name: 'A&B <net>', aliases: ["A'B", 'A"B'], papers: 2, community: 1, firstYear: 2020, lastYear: 2024, label: 'A&B <net>', color: 'rgb(10,20,30)', size: 5, x: 1, y: 1 } as unknown as KGNode);
    g.addNode('d:x', { kind: 'dataset', name: 'X', aliases: [], papers: 1, community: 2.5, domain: 'industrial', label: 'X' } as unknown as KGNode);
    g.addDirectedEdge('p:1', 'm:a', { relation: 'proposes', evidence: 'We "propose" A&B\n<net>.', confidence: 0.9, paper: 'p:1', weight: 2, color: 'rgb(1,1,1)', size: 0.5 } as RelationEdge);
    g.addUndirectedEdge('m:a', 'd:x', { relation: 'evaluated-on', evidence: '', confidence: 1, shared: 'a\tb' } as unknown as RelationEdge);
    g.addDirectedEdge('p:2', 'd:x', { relation: '', evidence: 'e', confidence: 0.25, weight: 0 } as unknown as RelationEdge);
    const ours = toGEXF(g);
    expect(ours).toContain('type="undirected"');
    expect(ours).toContain('hex="#a1b2c3"');
    expect(ours).toContain('a="0.5"');
    expect(ours).toContain('type="double"');
    expect(firstDifference(ours, libraryGEXF(g))).toBe('');
  });

  it('writes an entity\'s burst as burstBegin, burstEnd and burstStrength, which the GEXF import reads back', () => {
    const g = goldGraph().graph;
    g.mergeNodeAttributes('technique:llm', { burst: { begin: 2024, end: 2025, strength: 2.07 } });
    const gexf = toGEXF(g);
    expect(gexf).toContain('<attribute id="burstStrength" title="burstStrength" type="double"/>');
    expect(firstDifference(gexf, libraryGEXF(g))).toBe('');
    const back = knowledgeGraphFromGexf(parse(Graph, gexf) as never, 'back');
    expect((back.getNodeAttributes('technique:llm') as EntityNode).burst).toEqual({ begin: 2024, end: 2025, strength: 2.07 });
    expect('burst' in back.getNodeAttributes('dataset:mvtecad')).toBe(false);
  });
});
