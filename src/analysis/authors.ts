/**
 * The graph's authors, VOSviewer's and CiteSpace's author view: each person who signs a paper, their names merged
 * case-, accent- and spacing-insensitively ('Piotr Dollár', 'piotr dollar', 'Piotr  Dollar.' are one author), named in
 * their most frequent spelling, in the graph's order. One index for the viewer (web/authors.ts keeps it per graph: the
 * data table's Authors tab, a chosen author) and the exports (src/analysis/coauthors.ts: the co-authorship network). Pure.
 */
import type { KnowledgeGraph } from '../model.ts';
import { foldText } from './node-utils.ts';

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

/** The graph's authors, built (web/authors.ts authorIndex keeps them per graph). */
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
