import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, namesAuthors } from '../../web/search.ts';
import { fixtureGraph } from './fixture.ts';

describe('search', () => {
  const index = buildSearchIndex(fixtureGraph());

  it('finds a method by its exact label first', () => {
    expect(index.search('PatchCore')[0].key).toBe('method:patchcore');
    expect(index.search('patchcore')[0].key).toBe('method:patchcore');
  });

  it('is accent- and case-insensitive', () => {
    expect(fold('Crème Brûlée')).toBe('creme brulee');
    expect(index.search('CREME brulee')[0].key).toBe('dataset:cremebrulee');
  });

  it('finds by alias and says which alias matched', () => {
    const hit = index.search('MVTec-AD')[0];
    expect(hit.key).toBe('dataset:mvtecad');
    expect(hit.via).toBe('MVTec-AD');
    // found by its label, nothing to say
    const byLabel = index.search('MVTec AD')[0];
    expect([byLabel.key, byLabel.via]).toEqual(['dataset:mvtecad', undefined]);
  });

  it('prefix search over paper titles', () => {
    const keys = index.search('total rec').map((s) => s.key);
    expect(keys).toContain('paper:patchcore-towards-total-recall');
  });

  it('finds a name split otherwise than the query splits it: "anomaly clip" is AnomalyCLIP, "ucfcrime" and "ucf crime" UCF-Crime', () => {
    expect(index.search('anomaly clip')[0].key).toBe('method:anomalyclip');
    expect(index.search('Win-CLIP')[0].key).toBe('method:winclip');
    expect(index.search('ucfcrime')[0].key).toBe('dataset:ucfcrime');
    expect(index.search('ucf crime')[0].key).toBe('dataset:ucfcrime');
    expect(index.search('mvtecad')[0].key).toBe('dataset:mvtecad');
    expect(index.search('shanghai tech')[0].key).toBe('dataset:shanghaitech');
  });

  it('an empty or unmatched query gives nothing', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });
});

describe('search by author', () => {
  const graph = fixtureGraph();
  graph.mergeNodeAttributes('paper:patchcore-towards-total-recall', { authors: ['Karsten Roth', 'Latha Pemula', 'Bernhard Schölkopf', 'Kaiming He'] });
  graph.mergeNodeAttributes('paper:winclip', { authors: ['Jongheon Jeong', 'Samuel Kim'] });
  graph.mergeNodeAttributes('paper:anomalyclip', { authors: ['Qihang Zhou', 'Kaiming Zhou'] });
  const index = buildSearchIndex(graph);

  it('knows whether the graph\'s papers name their authors (the no-match line says so)', () => {
    expect(namesAuthors(fixtureGraph())).toBe(false);
    const empty = fixtureGraph();
    empty.mergeNodeAttributes('paper:winclip', { authors: [] });
    expect(namesAuthors(empty)).toBe(false);
    expect(namesAuthors(graph)).toBe(true);
  });

  it('finds a paper by an author\'s name, in any case, and says which author', () => {
    for (const q of ['kaiming he', 'Kaiming He', 'KAIMING HE', 'he kaiming']) {
      expect(index.search(q), q).toEqual([{ key: 'paper:patchcore-towards-total-recall', label: 'Towards Total Recall in Industrial Anomaly Detection', kind: 'paper', via: 'author: Kaiming He' }]);
    }
  });

  it('ignores accents as names are matched, and takes the start of a name', () => {
    for (const q of ['scholkopf', 'Schölkopf', 'bernhard SCHÖLK']) expect(index.search(q)[0]?.via, q).toBe('author: Bernhard Schölkopf');
  });

  it('offers every paper of a given name, each with its own author', () => {
    const hits = index.search('kaiming');
    expect(hits.map((s) => [s.key, s.via]).sort()).toEqual([
      ['paper:anomalyclip', 'author: Kaiming Zhou'],
      ['paper:patchcore-towards-total-recall', 'author: Kaiming He'],
    ]);
  });

  it('a paper found by its title says nothing more; entities still come first', () => {
    expect(index.search('total recall')[0]).toEqual({ key: 'paper:patchcore-towards-total-recall', label: 'Towards Total Recall in Industrial Anomaly Detection', kind: 'paper' });
    expect(index.search('PatchCore')[0].key).toBe('method:patchcore');
    // (an author's name that starts like an entity's: the entity first)
    graph.mergeNodeAttributes('paper:video-anomaly-survey', { authors: ['Clipper Anders'] });
    expect(buildSearchIndex(graph).search('clip')[0].key).toBe('model:clip');
  });
});
