/**
 * The contest rule (extract/entities/patterns.ts CONTEST_NAMED) on a sentence with a long run of words in capitals: it
 * must not try every way the run splits (exponential: ten such words took 36 s).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../extract/entities/index.ts';
import type { Paper } from '../../src/model.ts';

const paper = (abstract: string): Paper => ({ id: 'p', title: 'Notes on Things', abstract, urls: [], source: { file: 'test', line: 1 } });

describe('contest names: no catastrophic backtracking', () => {
  it('a run of words in capitals beside "challenge" is read in linear time', () => {
    const t0 = performance.now();
    extractEntities(paper(`It remains a challenge for ${Array(8).fill('DETECTION').join(' ')} of defects.`));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('the contest is still found after such a run', () => {
    const e = extractEntities(paper('We describe our entry to the ZorbPsych 2031 Shared Task and its results.'));
    expect(e.datasets.map((d) => d.name)).toContain('ZorbPsych 2031');
  });
});
