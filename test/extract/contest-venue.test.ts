/**
 * The contest rule (extract/entities/patterns.ts contestSources): a conference's challenge ("the ICIP 2022 Challenge")
 * names the venue, not the data (test/extract/eval.test.ts's heldout-zn floor failed on it).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../extract/entities/index.ts';
import type { Paper } from '../../src/model.ts';

const paper = (abstract: string): Paper => ({ id: 'p', title: 'Zorb: copy-move detection', abstract, urls: [], source: { file: 'test', line: 1 } });
const datasets = (text: string) => extractEntities(paper(text)).datasets.map((d) => d.name);

describe('contest names: a conference\u2019s challenge is no data', () => {
  it('not "ICIP 2022" from "open data from the ICIP 2022 Challenge"', () => {
    expect(datasets('We created a dataset, named ZorbEgg, using open data from the ICIP 2031 Challenge to verify its performance.')).not.toContain('ICIP 2031');
  });
  it('a contest of its own name stays ("the DCASE 2023 Challenge")', () => {
    expect(datasets('We took part in the DCASE 2031 Challenge.')).toContain('DCASE 2031');
  });
});
