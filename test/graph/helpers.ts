/**
 * Test helpers: the bundled corpus as Paper records, and the seed gold turned into PaperEntities
 * (evidence = the first sentence of the paper containing the name, else the title) so the graph stages can
 * be tested on known entities independently of the extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normName, type Paper, type PaperEntities, type Domain, type Setting, type Technique } from '../../src/model.ts';
import { readInputs } from '../../extract/readers/index.ts';
import type { GoldEntity, GoldRecord } from '../../extract/entities/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');

export function corpusPapers(): Paper[] {
  const read = readInputs([{ file: 'corpus.txt', text: readFileSync(CORPUS, 'utf8') }], { year: 2025 });
  return read.papers;
}

export function sentencesOf(p: Paper): string[] {
  return [p.title, ...p.abstract.split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/)];
}

export function goldEntities(papers: Paper[]): PaperEntities[] {
  const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'gold', 'seed-gold.json'), 'utf8')) as GoldRecord[];
  const byTitle = new Map(gold.map((g) => [normName(g.title), g]));
  return papers.map((p) => {
    const g = byTitle.get(normName(p.title));
    const sentences = sentencesOf(p).slice(1);
    const evidence = (name: string) => sentences.find((s) => s.toLowerCase().includes(name.toLowerCase())) ?? p.title;
    const named = (list: GoldEntity[] = []) => list.map((n) => ({ name: n.name, aliases: n.aliases ?? [], evidence: evidence(n.name), confidence: 0.9 }));
    const facet = <T extends string>(list: string[] = []) => list.map((name) => ({ name: name as T, evidence: p.title, confidence: 0.8 }));
    return {
      id: p.id,
      title: p.title,
      methods_proposed: named(g?.methods_proposed),
      methods_mentioned: named(g?.methods_mentioned),
      datasets: (g?.datasets ?? []).map((d) => ({ ...named([d])[0], role: d.role ?? 'mentioned' })),
      models: named(g?.models),
      domains: facet<Domain>(g?.domains),
      settings: facet<Setting>(g?.settings),
      techniques: facet<Technique>(g?.techniques),
      metrics: facet(g?.metrics),
    };
  });
}

import { buildAnalysedGraph, layoutGraph } from '../../src/analysis/analyse.ts';
import type { KnowledgeGraph } from '../../src/model.ts';

/** The bundled corpus with the gold entities, analysed and laid out (seed 42). */
export function goldGraph(seed = 42): { graph: KnowledgeGraph; papers: Paper[]; entities: PaperEntities[]; isolated: string[] } {
  const papers = corpusPapers();
  const entities = goldEntities(papers);
  const a = buildAnalysedGraph(papers, entities, { seed });
  layoutGraph(a.graph, { seed });
  return { graph: a.graph, papers, entities, isolated: a.isolated };
}
