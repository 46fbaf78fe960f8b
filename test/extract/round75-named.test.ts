/**
 * The seventy-fifth session's named-entity rules, one table each: expected hits and explicit false positives, in
 * sentences as abstracts write them. Each row fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import type { Paper, PaperEntities } from '../../src/model.ts';
import { normName } from '../../src/model.ts';
import { extractEntities } from '../../extract/entities/index.ts';

function paper(title: string, abstract: string): Paper {
  return { id: normName(title).slice(0, 40) || 'p', title, abstract, urls: [], source: { file: 'test', line: 1 } };
}

type NamedField = 'methods_proposed' | 'methods_mentioned' | 'datasets' | 'models';

const norms = (list: { name: string; aliases?: string[] }[]) =>
  list.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(normName);

interface Row {
  why: string;
  title?: string;
  text: string;
  field: NamedField;
  has?: string[];
  not?: string[];
}

function check(rows: Row[]) {
  it.each(rows.map((r) => [r.why, r] as const))('%s', (_why, r) => {
    expect((r.has?.length ?? 0) + (r.not?.length ?? 0), 'a row names what it expects (has) or rules out (not)').toBeGreaterThan(0);
    const e: PaperEntities = extractEntities(paper(r.title ?? 'Notes on Things', r.text));
    const got = norms(e[r.field] as { name: string; aliases?: string[] }[]);
    for (const h of r.has ?? []) expect(got, `${r.field} should have ${h}`).toContain(normName(h));
    for (const n of r.not ?? []) expect(got, `${r.field} should not have ${n}`).not.toContain(normName(n));
  });
}

describe('a name before the words of a piece of software is a method', () => {
  check([
    { why: '"in the X package"', text: 'The method is available in the ConKit package (https://www.conkit.org).', field: 'methods_mentioned', has: ['ConKit'] },
    { why: '"the X toolbox"', text: 'The approach depends on the monitoring frequency, and is freely available in the HydroSight toolbox.', field: 'methods_mentioned', has: ['HydroSight'] },
    { why: '"the X tool", words between', text: 'This model is part of the ArtifactID tool, aimed at inline automatic detection of Gibbs ringing.', field: 'methods_mentioned', has: ['ArtifactID'] },
    { why: '"the X software package"', text: 'The code is distributed under an open-source license with the LeafCutter software package available online.', field: 'methods_mentioned', has: ['LeafCutter'] },
    { why: 'not a plain capitalised word ("the Python library")', text: 'We implemented the detector with the Python library and trained it on a laptop.', field: 'methods_mentioned', not: ['Python'] },
    { why: 'not a plain acronym ("the NASA platform")', text: 'The images were downloaded from the NASA platform for public use.', field: 'methods_mentioned', not: ['NASA'] },
  ]);
});
