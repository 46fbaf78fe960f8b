/**
 * One search box over labels, aliases and paper titles (Gephi Lite's way: MiniSearch, lower-cased and
 * accent-folded, prefix and a little fuzziness). The index is built off the critical path.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeGraph, NodeKind } from '../src/model.ts';

export interface Suggestion {
  key: string;
  label: string;
  kind: NodeKind;
  /** What matched when it was not the label (an alias or a title). */
  via?: string;
}

interface Doc {
  id: string;
  label: string;
  aliases: string;
  title: string;
}

/** Lower case, accents off: 'Crème Brûlée' and 'creme brulee' index the same. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface SearchIndex {
  search(query: string, limit?: number): Suggestion[];
}

export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const docs: Doc[] = [];
  graph.forEachNode((key, a) => {
    docs.push({
      id: key,
      label: a.label ?? '',
      aliases: a.kind === 'paper' ? '' : (a.aliases ?? []).join(' · '),
      title: a.kind === 'paper' ? a.title : '',
    });
  });
  const ms = new MiniSearch<Doc>({
    fields: ['label', 'aliases', 'title'],
    storeFields: [],
    processTerm: (term) => {
      const t = fold(term);
      return t.length ? t : null;
    },
  });
  ms.addAll(docs);
  const degreeBoost = (id: string) => 1 + Math.log1p(graph.degree(id)) / 8;
  return {
    search(query, limit = 8) {
      const q = query.trim();
      if (!q) return [];
      const exact = fold(q);
      const hits = ms.search(q, {
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
        boost: { label: 3, aliases: 2, title: 1 },
        boostDocument: (id) => degreeBoost(String(id)),
      });
      // An exact label (or alias) match always comes first.
      const scored = hits.map((h) => {
        const key = String(h.id);
        const a = graph.getNodeAttributes(key);
        const names = [a.label, ...(a.kind === 'paper' ? [] : a.aliases ?? [])].map(fold);
        return { key, score: h.score * (names.includes(exact) ? 100 : 1) };
      });
      scored.sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
      return scored.slice(0, limit).map(({ key }) => {
        const a = graph.getNodeAttributes(key);
        const s: Suggestion = { key, label: a.label, kind: a.kind };
        if (a.kind !== 'paper') {
          const alias = (a.aliases ?? []).find((al) => fold(al).includes(exact) && !fold(a.label).includes(exact));
          if (alias) s.via = alias;
        }
        return s;
      });
    },
  };
}
