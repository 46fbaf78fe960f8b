/**
 * The graph's authors, VOSviewer's and CiteSpace's author view: each person who signs a paper, their names merged
 * case-, accent- and spacing-insensitively ('Piotr Dollár', 'piotr dollar', 'Piotr  Dollar.' are one author), named in
 * their most frequent spelling. Built once per graph (kept in a WeakMap), in the graph's order; the data table's Authors
 * tab (web/features/table-model.ts authorRows) counts from it what the filters leave, and a chosen author's papers stay
 * in colour as a chosen cluster's nodes do (the reducers' `members`). Pure.
 */
import type { KnowledgeGraph } from '../src/model.ts';
import { fold } from './search.ts';

export interface AuthorIndex {
  /** Each author's key (authorKey: the name folded), by author id; ids in the order the graph first names them. */
  keys: string[];
  /** Each author's name as shown: its most frequent spelling (ties: the one with accents, then the first in code order). */
  names: string[];
  /** Each author's papers (node keys, the graph's order). */
  papers: string[][];
  /** An author's id from its key. */
  byKey: Map<string, number>;
  /** Each paper's authors (ids, each once, in the paper's order). */
  paperAuthors: Map<string, number[]>;
}

/** A name as the index merges it: accents and case off, dots and runs of spaces as one space ('Alexander C. Berg': 'alexander c berg'). */
export function authorKey(name: string): string {
  return fold(name).replace(/[.\s\u00a0]+/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/g;
const accents = (s: string) => s.normalize('NFKD').match(NON_ASCII)?.length ?? 0;

const memo = new WeakMap<KnowledgeGraph, AuthorIndex>();

/** The graph's authors (memoised per graph). */
export function authorIndex(graph: KnowledgeGraph): AuthorIndex {
  let index = memo.get(graph);
  if (index) return index;
  const keys: string[] = [];
  const spellings: Map<string, number>[] = [];
  const papers: string[][] = [];
  const byKey = new Map<string, number>();
  const paperAuthors = new Map<string, number[]>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'paper' || !a.authors?.length) return;
    const ids: number[] = [];
    for (const raw of a.authors) {
      const name = raw.trim().replace(/\s+/g, ' ');
      const k = authorKey(name);
      if (!k) continue;
      let id = byKey.get(k);
      if (id === undefined) {
        id = keys.length;
        byKey.set(k, id);
        keys.push(k);
        spellings.push(new Map());
        papers.push([]);
      }
      const s = spellings[id];
      s.set(name, (s.get(name) ?? 0) + 1);
      if (ids.includes(id)) continue; // (a name twice on one paper: one author, one paper)
      ids.push(id);
      papers[id].push(key);
    }
    if (ids.length) paperAuthors.set(key, ids);
  });
  const names = spellings.map((s) => {
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
  index = { keys, names, papers, byKey, paperAuthors };
  memo.set(graph, index);
  return index;
}

/** An author's papers (node keys), found by its key or by any spelling of its name; null: no such author. */
export function authorPapers(graph: KnowledgeGraph, author: string | null): Set<string> | null {
  if (author === null) return null;
  const index = authorIndex(graph);
  const id = index.byKey.get(authorKey(author));
  return id === undefined ? null : new Set(index.papers[id]);
}

/** An author's name as shown, from its key or any spelling (undefined: the graph names no such author). */
export function authorName(graph: KnowledgeGraph, author: string): string | undefined {
  const index = authorIndex(graph);
  const id = index.byKey.get(authorKey(author));
  return id === undefined ? undefined : index.names[id];
}
