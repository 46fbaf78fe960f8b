/**
 * The data table's Authors tab (web/authors.ts, web/features/table-model.ts authorRows): one row per author, spellings
 * merged, counted on the papers the filters show; the selected author in the state and the URL.
 */
import { describe, expect, it } from 'vitest';
import { authorIndex, authorKey, authorName, authorPapers } from '../../web/authors.ts';
import { AUTHOR_COLUMNS, authorRows, filterOrder, nodeRows, sortedOrder, tableToCsv, type AuthorRow } from '../../web/features/table-model.ts';
import { computeVisible } from '../../web/filters.ts';
import { clusterMembers, litClusters } from '../../web/reducers.ts';
import { clickStage, EMPTY_FILTERS, initialState, selectAuthor, selectCluster, selectNode } from '../../web/state.ts';
import { DEFAULT_TABLE } from '../../web/table-state.ts';
import { decodeView, emptyUrlView, encodeView, stateFromUrl } from '../../web/url-state.ts';
import type { KnowledgeGraph } from '../../src/model.ts';
import { fixtureGraph } from './fixture.ts';

const PATCHCORE = 'paper:patchcore-towards-total-recall';
const WINCLIP = 'paper:winclip';
const ANOMALYCLIP = 'paper:anomalyclip';
const SURVEY = 'paper:video-anomaly-survey';

/** The fixture graph (no author anywhere) with authors on four of its five papers, one name in four spellings. */
function withAuthors(): KnowledgeGraph {
  const g = fixtureGraph();
  const set = (k: string, a: string[]) => g.mergeNodeAttributes(k, { authors: a } as never);
  set(PATCHCORE, ['Karsten Roth', 'Bernhard Schölkopf', 'Peter Gehler']); // 2022
  set(WINCLIP, ['Jongheon Jeong', 'Bernhard Scholkopf', 'peter gehler']); // 2023
  set(ANOMALYCLIP, ['Qihang Zhou', 'Peter Gehler', 'Qihang  Zhou']); // 2024 (a name twice: one author)
  set(SURVEY, ['Peter Gehler.']); // 2021
  return g;
}
const row = (rows: AuthorRow[], name: string) => rows.find((r) => r.name === name);

describe('the authors of a graph', () => {
  it('names merged whatever their case, accents, dots and spaces, shown in their most frequent spelling (a tie: the accented one)', () => {
    expect(authorKey('  Piotr   Dollár ')).toBe('piotr dollar');
    expect(authorKey('Alexander C. Berg')).toBe(authorKey('alexander c berg'));
    const g = withAuthors();
    const index = authorIndex(g);
    expect(index.names).toEqual(['Karsten Roth', 'Bernhard Schölkopf', 'Peter Gehler', 'Jongheon Jeong', 'Qihang Zhou']);
    expect(authorIndex(g)).toBe(index); // (once per graph)
    expect(authorName(g, 'PETER GEHLER')).toBe('Peter Gehler');
    expect(authorName(g, 'bernhard scholkopf')).toBe('Bernhard Schölkopf');
    expect(authorName(g, 'Nobody')).toBeUndefined();
    expect([...authorPapers(g, 'peter gehler')!]).toEqual([PATCHCORE, WINCLIP, ANOMALYCLIP, SURVEY]);
    expect(authorPapers(g, null)).toBeNull();
  });

  it('a row per author: papers, distinct co-authors, first and last year, the methods and datasets their papers link to most', () => {
    const { rows } = authorRows(withAuthors(), null, null);
    expect(rows.map((r) => r.name)).toEqual(['Karsten Roth', 'Bernhard Schölkopf', 'Peter Gehler', 'Jongheon Jeong', 'Qihang Zhou']);
    expect(row(rows, 'Peter Gehler')).toMatchObject({ author: 'peter gehler', papers: 4, coauthors: 4, first: 2021, last: 2024 });
    expect(row(rows, 'Bernhard Schölkopf')).toMatchObject({ papers: 2, coauthors: 3, first: 2022, last: 2023 });
    expect(row(rows, 'Qihang Zhou')).toMatchObject({ papers: 1, coauthors: 1, first: 2024, last: 2024 });
    // (both of Schölkopf's papers evaluate on MVTec AD; ties by label; methods and datasets only, at most three)
    const top = row(rows, 'Bernhard Schölkopf')!.top;
    expect(top[0]).toEqual({ label: 'MVTec AD', papers: 2 });
    expect(top).toHaveLength(3);
    const byId = Object.fromEntries(AUTHOR_COLUMNS.map((c) => [c.id, c.text(row(rows, 'Peter Gehler')!)]));
    expect(byId).toMatchObject({ name: 'Peter Gehler', papers: '4', coauthors: '4', first: '2021', last: '2024' });
    expect(byId.top).toMatch(/^MVTec AD \(3\), /);
  });

  it('sorted, filtered (names and what they work on, accents ignored) and written as CSV as the other tabs are', () => {
    const data = authorRows(withAuthors(), null, null);
    const names = (order: ArrayLike<number>) => Array.from(order, (i) => data.rows[i].name);
    const byPapers = sortedOrder(data, { column: 'papers', descending: true });
    expect(names(byPapers).slice(0, 2)).toEqual(['Peter Gehler', 'Bernhard Schölkopf']);
    expect(names(sortedOrder(data, { column: 'name', descending: false }))).toEqual(['Bernhard Schölkopf', 'Jongheon Jeong', 'Karsten Roth', 'Peter Gehler', 'Qihang Zhou']);
    expect(names(filterOrder(data, byPapers, 'scholk'))).toEqual(['Bernhard Schölkopf']);
    expect(names(filterOrder(data, byPapers, 'anomalyclip'))).toEqual(['Qihang Zhou']);
    const csv = tableToCsv(data, filterOrder(data, byPapers, 'gehler'));
    expect(csv.split('\r\n')[0]).toBe('"Author","Papers","Co-authors","First year","Last year","Mostly on"');
    expect(csv.split('\r\n')[1]).toMatch(/^"Peter Gehler","4","4","2021","2024","MVTec AD \(3\), /);
  });

  it('counted on the papers the filters show: the year range, the legend\u2019s papers, the links\u2019 confidence', () => {
    const g = withAuthors();
    const years = authorRows(g, computeVisible(g, { ...EMPTY_FILTERS, yearMin: 2023 }), null).rows;
    expect(row(years, 'Peter Gehler')).toMatchObject({ papers: 2, coauthors: 3, first: 2023, last: 2024 });
    expect(row(years, 'Karsten Roth')).toBeUndefined(); // (2022 only)
    expect(authorRows(g, computeVisible(g, { ...EMPTY_FILTERS, hiddenKinds: ['paper'] }), null).rows).toEqual([]);
    // (above every link's confidence: the papers stay, linked to nothing)
    const high = authorRows(g, computeVisible(g, { ...EMPTY_FILTERS, minConfidence: 0.99 }), 0.99).rows;
    expect(row(high, 'Peter Gehler')).toMatchObject({ papers: 4, top: [] });
    // (a kind hidden in the legend is not named)
    const noDatasets = authorRows(g, computeVisible(g, { ...EMPTY_FILTERS, hiddenKinds: ['dataset'] }), null).rows;
    expect(row(noDatasets, 'Peter Gehler')!.top.map((t) => t.label)).not.toContain('MVTec AD');
  });

  it('the Nodes tab names a paper\u2019s authors in a column of its own, only where the graph\u2019s papers name them', () => {
    const input = { visible: null, pagerank: {}, bursts: new Map() };
    const named = nodeRows(withAuthors(), input);
    expect(named.columns.map((c) => c.id).at(-1)).toBe('authors');
    expect(named.rows.find((r) => r.key === WINCLIP)!.authors).toBe('Jongheon Jeong, Bernhard Scholkopf, peter gehler');
    expect(named.rows.find((r) => r.key === 'dataset:mvtecad')!.authors).toBeUndefined();
    const bare = nodeRows(fixtureGraph(), input);
    expect(bare.columns.map((c) => c.id)).not.toContain('authors');
    expect(tableToCsv(bare, [0]).split('\r\n')[0]).not.toContain('Authors');
  });

  it('a graph whose papers name no author: no row, and its Authors tab asked for by a link is the Nodes tab', () => {
    const g = fixtureGraph();
    expect(authorRows(g, null, null).rows).toEqual([]);
    expect(authorIndex(g).keys).toEqual([]);
    expect(stateFromUrl(g, initialState(), decodeView('?table=authors&author=Peter+Gehler')).table.tab).toBe('nodes');
    expect(stateFromUrl(g, initialState(), decodeView('?author=Peter+Gehler')).author).toBeNull();
  });
});

describe('the selected author', () => {
  it('chosen: the node, edge and cluster selected cleared; a node chosen afterwards keeps it for Esc; Esc then clears it; a cluster replaces it', () => {
    const s = selectAuthor({ ...selectNode(initialState(), WINCLIP), cluster: 0 }, 'Peter Gehler');
    expect(s).toMatchObject({ author: 'Peter Gehler', selected: [], selectedEdge: null, cluster: null });
    expect(selectAuthor(s, 'Peter Gehler')).toBe(s);
    const node = selectNode(s, PATCHCORE);
    expect(node.author).toBe('Peter Gehler');
    expect(clickStage(node)).toMatchObject({ selected: [], author: 'Peter Gehler' });
    expect(clickStage(clickStage(node)).author).toBeNull();
    expect(selectCluster(s, 1)).toMatchObject({ cluster: 1, author: null });
  });

  it('the cluster labels that stay lit, as the nodes in colour: a chosen author\u2019s papers\u2019 clusters, a chosen cluster itself; none chosen, none faded', () => {
    const g = withAuthors();
    // (Karsten Roth's one paper, PatchCore, is in cluster 0; Peter Gehler's four in 0 and 1, the survey's)
    expect(litClusters(g, authorPapers(g, 'Karsten Roth'))).toEqual(new Set([0]));
    expect(litClusters(g, authorPapers(g, 'Peter Gehler'))).toEqual(new Set([0, 1]));
    expect(litClusters(g, clusterMembers(g, 1))).toEqual(new Set([1]));
    expect(litClusters(g, null)).toBeNull();
  });

  it('&author=NAME, any spelling read as the author, in the spelling shown; the Authors tab\u2019s sort and filter: &asort= &afilter=', () => {
    const g = withAuthors();
    const table = { ...DEFAULT_TABLE, open: true, tab: 'authors' as const, authorSort: { column: 'last', descending: true }, authorFilter: 'gehl' };
    const search = encodeView({ ...emptyUrlView(), author: 'Bernhard Schölkopf', table });
    expect(search).toBe('?author=Bernhard+Sch%C3%B6lkopf&table=authors&asort=-last&afilter=gehl');
    expect(decodeView(search)).toMatchObject({ author: 'Bernhard Schölkopf', table });
    const s = stateFromUrl(g, initialState(), decodeView(search));
    expect(s.author).toBe('Bernhard Schölkopf');
    expect(s.table).toEqual(table);
    expect(stateFromUrl(g, initialState(), decodeView('?author=bernhard+scholkopf')).author).toBe('Bernhard Schölkopf');
    expect(stateFromUrl(g, initialState(), decodeView('?author=Nobody')).author).toBeNull();
    expect(encodeView({ ...emptyUrlView(), table: { ...DEFAULT_TABLE, authorSort: DEFAULT_TABLE.authorSort } })).toBe('');
  });
});
