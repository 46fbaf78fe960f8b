import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold } from '../../web/search.ts';
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
  });

  it('prefix search over paper titles', () => {
    const keys = index.search('total rec').map((s) => s.key);
    expect(keys).toContain('paper:patchcore-towards-total-recall');
  });

  it('an empty or unmatched query gives nothing', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });
});
