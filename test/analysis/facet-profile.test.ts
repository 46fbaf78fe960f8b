import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { facetProfile } from '../../src/analysis/facet-profile.ts';
import type { GraphAttributes, KGNode, KnowledgeGraph, NodeKind, Relation, RelationEdge } from '../../src/model.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

/** A small graph: papers a, b, c in domain:video, d outside it; `links` are paper -> entity relations. */
function smallGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({ type: 'directed' });
  const node = (key: string, kind: NodeKind, label: string) =>
    g.addNode(key, { kind, label, x: 0, y: 0, size: 1, color: 'rgb(0,0,0)', community: 0, ...(kind === 'paper' ? { id: key, title: label, abstract: '', urls: [] } : { name: label, aliases: [], papers: 1 }) } as KGNode);
  for (const p of ['a', 'b', 'c', 'd']) node(`paper:${p}`, 'paper', `Paper ${p}`);
  node('domain:video', 'domain', 'video');
  node('method:zeta', 'method', 'Zeta');
  node('method:alpha', 'method', 'alpha');
  node('method:beta', 'method', 'Beta');
  node('method:solo', 'method', 'Solo');
  node('dataset:ucf', 'dataset', 'UCF-Crime');
  node('dataset:msad', 'dataset', 'MSAD');
  node('model:clip', 'model', 'CLIP');
  const link = (p: string, e: string, relation: Relation) => g.addDirectedEdge(`paper:${p}`, e, { relation, evidence: '', confidence: 1 });
  for (const p of ['a', 'b', 'c']) link(p, 'domain:video', 'in-domain');
  link('a', 'method:zeta', 'proposes');
  link('b', 'method:zeta', 'proposes');
  link('c', 'method:beta', 'proposes');
  link('a', 'method:alpha', 'proposes');
  link('b', 'method:beta', 'mentions'); // a mention is not a method proposed in it
  link('d', 'method:solo', 'proposes'); // not in video
  link('d', 'method:zeta', 'proposes'); // not in video: Zeta counts 2, not 3
  link('a', 'dataset:ucf', 'evaluates-on');
  link('b', 'dataset:ucf', 'evaluates-on');
  link('c', 'dataset:msad', 'introduces');
  link('c', 'model:clip', 'uses-model');
  link('d', 'dataset:msad', 'evaluates-on');
  return g;
}

const labelled = (g: KnowledgeGraph, list: { key: string; count: number }[]) => list.map((x) => `${g.getNodeAttribute(x.key, 'label')} ${x.count}`);

describe('facetProfile', () => {
  it('counts, in the facet\'s papers alone, the methods they propose, the datasets they evaluate on or introduce and the backbones they use; by count, then label', () => {
    const g = smallGraph();
    const p = facetProfile(g, 'domain:video');
    expect(p.papers).toEqual(['paper:a', 'paper:b', 'paper:c']);
    // (alpha before Beta: labels compare without case)
    expect(labelled(g, p.methods)).toEqual(['Zeta 2', 'alpha 1', 'Beta 1']);
    expect(labelled(g, p.datasets)).toEqual(['UCF-Crime 2', 'MSAD 1']);
    expect(labelled(g, p.models)).toEqual(['CLIP 1']);
  });

  it('counts only the papers and links kept (the viewer\'s filters), ranked again', () => {
    const g = smallGraph();
    const p = facetProfile(g, 'domain:video', { keepPaper: (k) => k !== 'paper:b', keep: (_p, e) => e !== 'method:alpha' });
    expect(p.papers).toEqual(['paper:a', 'paper:c']);
    expect(labelled(g, p.methods)).toEqual(['Beta 1', 'Zeta 1']);
    expect(labelled(g, p.datasets)).toEqual(['MSAD 1', 'UCF-Crime 1']);
  });

  it('a facet no paper links to has empty lists; a missing node throws', () => {
    const g = smallGraph();
    g.dropEdge('paper:a', 'domain:video');
    g.dropEdge('paper:b', 'domain:video');
    g.dropEdge('paper:c', 'domain:video');
    expect(facetProfile(g, 'domain:video')).toEqual({ papers: [], methods: [], datasets: [], models: [] });
    expect(() => facetProfile(g, 'domain:nope')).toThrow(/no node 'domain:nope'/);
  });

  it('on the gold graph: video\'s methods and datasets (MSAD in two of its papers), time series\' with Chronos', () => {
    const g = goldGraph();
    const video = facetProfile(g, 'domain:video');
    expect(video.papers).toHaveLength(5);
    expect(labelled(g, video.methods)).toEqual(['AnomalyRuler 1', 'GS-MoE 1', 'LaGoVAD 1', 'SA2D 1']);
    expect(labelled(g, video.datasets)).toEqual(['MSAD 2', 'LOKI 1', 'PreVAD 1', 'UCF-Crime 1', 'XD-Violence 1']);
    const ts = facetProfile(g, 'domain:time-series');
    expect(labelled(g, ts.methods)).toEqual(['PATE 1', 'THEMIS 1', 'TimeRCD 1']);
    expect(labelled(g, ts.datasets)).toEqual(['MSL 1', 'SMAP 1', 'SWAT 1']);
    expect(labelled(g, ts.models)).toEqual(['Chronos 1']);
  });
});

describe('facetProfile of a backbone', () => {
  it('lists the methods its papers propose, where they evaluate, and the other backbones they use, not itself', () => {
    const g = smallGraph();
    g.addNode('model:dino', { kind: 'model', label: 'DINOv2', x: 0, y: 0, size: 1, color: 'rgb(0,0,0)', community: 0, name: 'DINOv2', aliases: [], papers: 1 } as KGNode);
    g.addDirectedEdge('paper:c', 'model:dino', { relation: 'uses-model', evidence: '', confidence: 1 });
    const clip = facetProfile(g, 'model:clip');
    expect(clip.papers).toEqual(['paper:c']);
    expect(labelled(g, clip.methods)).toEqual(['Beta 1']);
    expect(labelled(g, clip.datasets)).toEqual(['MSAD 1']);
    expect(labelled(g, clip.models)).toEqual(['DINOv2 1']);
  });

  it('on the gold graph: the methods built on CLIP, in its four papers, and the backbones beside it', () => {
    const g = goldGraph();
    const clip = facetProfile(g, 'model:clip');
    expect(clip.papers).toHaveLength(4);
    expect(labelled(g, clip.methods)).toEqual(['AnomalyCLIP 1', 'Crane 1', 'DictAS 1', 'model soups 1']);
    expect(labelled(g, clip.models)).toEqual(['ALIGN 1', 'DINOv2 1', 'ViT-G 1']);
  });
});
