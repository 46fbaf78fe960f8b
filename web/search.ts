/**
 * One search box over labels, aliases, paper titles and papers' authors (Gephi Lite's way: MiniSearch, lower-cased and
 * accent-folded, prefix and a little fuzziness). The index is built off the critical path.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { KnowledgeGraph, NodeKind } from '../src/model.ts';
import { fold, foldText } from '../src/analysis/node-utils.ts';

export interface Suggestion {
  key: string;
  label: string;
  kind: NodeKind;
  /** What matched when it was not the label: an alias, or a paper's author ("author: Kaiming He"). */
  via?: string;
}

interface Doc {
  id: string;
  label: string;
  aliases: string;
  title: string;
  /** A paper's authors, one after another ('Kaiming He · Xinlei Chen'). */
  authors: string;
  /** The label and aliases each written as one word ('anomalygpt', 'ucfcrime'), for queries split otherwise. */
  joined: string;
}

/** A name as one word: spaces, hyphens, underscores, dots and slashes out ('Anomaly-GPT', 'anomaly gpt': 'anomalygpt'). */
const SEPARATORS = /[\s\-_./·]+/g;
const joinedName = (name: string): string => fold(name).replace(SEPARATORS, '');

/** MiniSearch's own tokenizer (its default): a text's words as the index holds them, once folded. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const words = (text: string): string[] => fold(text).split(SPACE_OR_PUNCTUATION).filter(Boolean);

/**
 * The author a paper was found by, when its title alone does not answer the query (every query word the start of a word
 * of the title): of the words the hit matched in the authors, the author holding the most ("kaiming he": Kaiming He).
 */
function matchedAuthor(hit: SearchResult, authors: readonly string[], title: string, query: string): string | undefined {
  const byAuthor = Object.keys(hit.match).filter((term) => hit.match[term].includes('authors'));
  if (!byAuthor.length) return undefined;
  const titleWords = words(title);
  if (words(query).every((q) => titleWords.some((w) => w.startsWith(q)))) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const name of authors) {
    const own = new Set(words(name));
    const n = byAuthor.filter((t) => own.has(t)).length;
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}

// (the folding is the graph's too: src/analysis/node-utils.ts, where the author index's names are merged with it)
export { fold, foldText };

export interface SearchIndex {
  search(query: string, limit?: number): Suggestion[];
}

/** Whether any paper of the graph names its authors: the search then says it looked at them too. */
export function namesAuthors(graph: KnowledgeGraph): boolean {
  return graph.someNode((_key, a) => a.kind === 'paper' && (a.authors?.length ?? 0) > 0);
}

export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const docs: Doc[] = [];
  graph.forEachNode((key, a) => {
    docs.push({
      id: key,
      label: a.label ?? '',
      aliases: a.kind === 'paper' ? '' : (a.aliases ?? []).join(' · '),
      title: a.kind === 'paper' ? a.title : '',
      authors: a.kind === 'paper' && a.authors?.length ? a.authors.join(' · ') : '',
      joined: a.kind === 'paper' ? '' : [a.label ?? '', ...(a.aliases ?? [])].map(joinedName).join(' '),
    });
  });
  const ms = new MiniSearch<Doc>({
    fields: ['label', 'aliases', 'title', 'authors', 'joined'],
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
        // (an author below a title: "sam" finds the SAM model and the titles naming it before a Samuel's papers)
        boost: { label: 3, aliases: 2, title: 1, authors: 0.5, joined: 2 },
        boostDocument: (id) => degreeBoost(String(id)),
      };
      const hits = ms.search(q, options);
      const hitOf = new Map(hits.map((h) => [String(h.id), h]));
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
        } else if (a.authors?.length && hitOf.has(key)) {
          const author = matchedAuthor(hitOf.get(key)!, a.authors, a.title, q);
          if (author) s.via = `author: ${author}`;
        }
        return s;
      });
    },
  };
}
