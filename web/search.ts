/**
 * One search box over labels, aliases and paper titles (Gephi Lite's way: MiniSearch, lower-cased and
 * accent-folded, prefix and a little fuzziness). The index is built off the critical path.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
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
  /** The label and aliases each written as one word ('anomalygpt', 'ucfcrime'), for queries split otherwise. */
  joined: string;
}

/** A name as one word: spaces, hyphens, underscores, dots and slashes out ('Anomaly-GPT', 'anomaly gpt': 'anomalygpt'). */
const SEPARATORS = /[\s\-_./·]+/g;
const joinedName = (name: string): string => fold(name).replace(SEPARATORS, '');

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
      joined: a.kind === 'paper' ? '' : [a.label ?? '', ...(a.aliases ?? [])].map(joinedName).join(' '),
    });
  });
  const ms = new MiniSearch<Doc>({
    fields: ['label', 'aliases', 'title', 'joined'],
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
      const options: SearchOptions = {
        prefix: true,
        fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
        boost: { label: 3, aliases: 2, title: 1, joined: 2 },
        boostDocument: (id) => degreeBoost(String(id)),
      };
      const hits = ms.search(q, options);
      // A name split otherwise than the query splits it ('anomaly gpt' for AnomalyGPT, 'ucfcrime' for UCF-Crime):
      // the query as one word, against the names as one word.
      const joined = joinedName(q);
      const best = new Map<string, number>(hits.map((h) => [String(h.id), h.score]));
      if (joined.length > 2 && joined !== exact) {
        for (const h of ms.search(joined, { ...options, fields: ['joined'] })) {
          const key = String(h.id);
          best.set(key, Math.max(best.get(key) ?? 0, h.score));
        }
      }
      // An exact label (or alias) match always comes first, written as the query writes it or as one word.
      const scored = [...best].map(([key, score]) => {
        const a = graph.getNodeAttributes(key);
        const names = [a.label, ...(a.kind === 'paper' ? [] : a.aliases ?? [])];
        const isExact = names.some((n) => fold(n) === exact || joinedName(n) === joined);
        return { key, score: score * (isExact ? 100 : 1) };
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
