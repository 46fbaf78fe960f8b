/**
 * The graph's authors, VOSviewer's and CiteSpace's author view: each person who signs a paper, their names merged
 * case-, accent- and spacing-insensitively ('Piotr Dollár', 'piotr dollar', 'Piotr  Dollar.' are one author), named in
 * their most frequent spelling. Built once per graph (kept in a WeakMap), in the graph's order; the data table's Authors
 * tab (web/features/table-model.ts authorRows) counts from it what the filters leave, and a chosen author's papers stay
 * in colour as a chosen cluster's nodes do (the reducers' `members`). Pure.
 */
import type { KnowledgeGraph } from '../src/model.ts';
import { foldText } from './search.ts';

export interface AuthorIndex {
  /** Each author's key (authorKey: the name folded), by author id; ids in the order the graph first names them. */
  keys: string[];
  /** Each author's name as shown: its most frequent spelling (ties: the one with accents, then the first in code order). */
  names: string[];
  /** An author's id from its key. */
  byKey: Map<string, number>;
  /** The papers that name an author (node keys), in the graph's order. */
  paperKeys: string[];
  /** A paper's index in paperKeys. */
  paperIndex: Map<string, number>;
  /** Each paper's authors (ids, each once, in the paper's order), by paper index. */
  paperAuthors: number[][];
  /** Each author's papers (indexes into paperKeys, in the graph's order), by author id. */
  papers: number[][];
}

/** A name as the index merges it: accents and case off, dots and runs of spaces as one space ('Alexander C. Berg': 'alexander c berg'). */
export function authorKey(name: string): string {
  return foldText(name).replace(/[.\s\u00a0]+/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/g;
const accents = (s: string) => s.normalize('NFKD').match(NON_ASCII)?.length ?? 0;

const memo = new WeakMap<KnowledgeGraph, AuthorIndex>();

/** The graph's authors, memoised per graph (buildAuthorIndex once). */
export function authorIndex(graph: KnowledgeGraph): AuthorIndex {
  let index = memo.get(graph);
  if (!index) memo.set(graph, (index = buildAuthorIndex(graph)));
  return index;
}

/** The graph's authors, built (authorIndex keeps them). */
export function buildAuthorIndex(graph: KnowledgeGraph): AuthorIndex {
  const keys: string[] = [];
  const spellings: Map<string, number>[] = [];
  const papers: number[][] = [];
  const byKey = new Map<string, number>();
  const paperKeys: string[] = [];
  const paperIndex = new Map<string, number>();
  const paperAuthors: number[][] = [];
  // (each name as written read once: 58,000 bylines on the 10k bench graph are some 26,000 names)
  const seen = new Map<string, { id: number; name: string } | null>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'paper' || !a.authors?.length) return;
    const ids: number[] = [];
    const p = paperKeys.length;
    for (const raw of a.authors) {
      let known = seen.get(raw);
      if (known === undefined) {
        const name = raw.trim().replace(/\s+/g, ' ');
        const k = authorKey(name);
        if (!k) known = null;
        else {
          let id = byKey.get(k);
          if (id === undefined) {
            id = keys.length;
            byKey.set(k, id);
            keys.push(k);
            spellings.push(new Map());
            papers.push([]);
          }
          known = { id, name };
        }
        seen.set(raw, known);
      }
      if (known === null) continue;
      const s = spellings[known.id];
      s.set(known.name, (s.get(known.name) ?? 0) + 1);
      if (ids.includes(known.id)) continue; // (a name twice on one paper: one author, one paper)
      ids.push(known.id);
      papers[known.id].push(p);
    }
    if (!ids.length) return;
    paperKeys.push(key);
    paperIndex.set(key, p);
    paperAuthors.push(ids);
  });
  const names = spellings.map((s) => {
    if (s.size === 1) return s.keys().next().value as string;
    let best = '';
    let most = -1;
    for (const [name, n] of s) {
      if (n > most || (n === most && (accents(name) > accents(best) || (accents(name) === accents(best) && name < best)))) {
        best = name;
        most = n;
      }
    }
    return best;
  });
  return { keys, names, byKey, paperKeys, paperIndex, paperAuthors, papers };
}

/** An author's papers (node keys), found by its key or by any spelling of its name; null: no such author. */
export function authorPapers(graph: KnowledgeGraph, author: string | null): Set<string> | null {
  if (author === null) return null;
  const index = authorIndex(graph);
  const id = index.byKey.get(authorKey(author));
  return id === undefined ? null : new Set(index.papers[id].map((p) => index.paperKeys[p]));
}

/** An author's name as shown, from its key or any spelling (undefined: the graph names no such author). */
export function authorName(graph: KnowledgeGraph, author: string): string | undefined {
  const index = authorIndex(graph);
  const id = index.byKey.get(authorKey(author));
  return id === undefined ? undefined : index.names[id];
}
