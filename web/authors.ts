/**
 * The graph's authors in the viewer (src/analysis/authors.ts builds the index, the exports' too): built once per graph
 * (kept in a WeakMap); the data table's Authors tab (web/features/table-model.ts authorRows) counts from it what the
 * filters leave, and a chosen author's papers stay in colour as a chosen cluster's nodes do (the reducers' `members`). Pure.
 */
import type { KnowledgeGraph } from '../src/model.ts';
import { authorKey, buildAuthorIndex, type AuthorIndex } from '../src/analysis/authors.ts';

export { authorKey, type AuthorIndex };

const memo = new WeakMap<KnowledgeGraph, AuthorIndex>();

/** The graph's authors, memoised per graph (buildAuthorIndex once). */
export function authorIndex(graph: KnowledgeGraph): AuthorIndex {
  let index = memo.get(graph);
  if (!index) memo.set(graph, (index = buildAuthorIndex(graph)));
  return index;
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
