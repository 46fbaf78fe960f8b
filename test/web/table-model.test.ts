import { describe, expect, it } from 'vitest';
import {
  filterOrder, filterWords, foldText, linkRows, LINK_COLUMNS, nextSort, nodeRows, NODE_COLUMNS, sortedOrder, tableToCsv, type NodeRow,
} from '../../web/features/table-model.ts';
import { DEFAULT_TABLE, decodeSort, encodeSort, LINK_COLUMN_IDS, NODE_COLUMN_IDS, setTable } from '../../web/table-state.ts';
import { decodeView, emptyUrlView, encodeView, stateFromUrl } from '../../web/url-state.ts';
import { initialState, EMPTY_FILTERS } from '../../web/state.ts';
import { computeVisible } from '../../web/filters.ts';
import { fold } from '../../web/search.ts';
import { pageRank } from '../../src/analysis/size-by.ts';
import { fixtureGraph } from './fixture.ts';

const graph = fixtureGraph();
const rank = pageRank(graph);
const nodes = (visible: Set<string> | null = null) => nodeRows(graph, { visible, pagerank: rank, bursts: new Map([['dataset:mvtecad', { begin: 2022, end: 2023, strength: 1.5 }]]) });
const keysOf = (rows: { key: string }[], order: ArrayLike<number>) => Array.from(order, (i) => rows[i].key);

describe('the data table: rows', () => {
  it('a node row: name, kind, papers, links (degree), PageRank, its cluster\u2019s label, years, burst; a paper\u2019s years its own', () => {
    const d = nodes();
    expect(d.rows).toHaveLength(graph.order);
    const mvtec = d.rows.find((r) => r.key === 'dataset:mvtecad')!;
    expect(mvtec).toMatchObject({ name: 'MVTec AD', kind: 'dataset', papers: 3, links: graph.degree('dataset:mvtecad'), cluster: 'industrial · MVTec AD', burst: { begin: 2022, end: 2023, strength: 1.5 } });
    expect(mvtec.pagerank).toBeCloseTo(rank['dataset:mvtecad']);
    const winclip = d.rows.find((r) => r.key === 'paper:winclip')!;
    expect(winclip).toMatchObject({ kind: 'paper', papers: 1, first: 2023, last: 2023, cluster: 'industrial · MVTec AD' });
    expect(winclip.burst).toBeUndefined();
    const byId = Object.fromEntries(NODE_COLUMNS.map((c) => [c.id, c.text(mvtec)]));
    expect(byId).toMatchObject({ name: 'MVTec AD', papers: '3', burst: '2022–2023 (1.5)', first: '' });
  });

  it('only the nodes the legend and filters show, and the links drawn: both ends shown, confidence at or above the filter\u2019s', () => {
    const visible = computeVisible(graph, { ...EMPTY_FILTERS, hiddenKinds: ['paper'] });
    expect(nodes(visible).rows.every((r) => r.kind !== 'paper')).toBe(true);
    expect(nodes(visible).rows).toHaveLength(visible!.size);
    const all = linkRows(graph, null, null);
    expect(all.rows).toHaveLength(graph.size);
    const video = computeVisible(graph, { ...EMPTY_FILTERS, domain: 'video' })!;
    const some = linkRows(graph, video, null).rows;
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((r) => video.has(r.source) && video.has(r.target))).toBe(true);
    const confident = linkRows(graph, null, 0.95).rows;
    expect(confident.every((r) => (r.confidence ?? 1) >= 0.95)).toBe(true);
    expect(confident.length).toBeLessThan(graph.size);
  });

  it('a link row: its ends\u2019 labels, relation, confidence, the year of its paper and the sentence', () => {
    const r = linkRows(graph, null, null).rows.find((x) => x.source === 'paper:patchcore-towards-total-recall' && x.target === 'dataset:mvtecad')!;
    expect(r).toMatchObject({ sourceLabel: 'Towards Total Recall in Industrial Anomaly Detection', targetLabel: 'MVTec AD', relation: 'evaluates-on', confidence: 0.9, year: 2022, evidence: 'PatchCore reaches 99.6% AUROC on MVTec AD and also works on VisA.' });
    expect(LINK_COLUMNS.find((c) => c.id === 'confidence')!.text(r)).toBe('0.90');
  });
});

describe('the data table: sorting and filtering', () => {
  it('sorts by a number, most first or reversed, ties by name; by a text A to Z, accents folded', () => {
    const d = nodes();
    const byPapers = keysOf(d.rows, sortedOrder(d, { column: 'papers', descending: true }));
    const papers = (k: string) => d.rows.find((r) => r.key === k)!.papers;
    for (let i = 1; i < byPapers.length; i++) expect(papers(byPapers[i - 1])).toBeGreaterThanOrEqual(papers(byPapers[i]));
    // MVTec AD and VisA both have 3 papers, and industrial too: by name among them
    expect(byPapers.slice(0, 3)).toEqual(['domain:industrial', 'dataset:mvtecad', 'dataset:visa']);
    const up = keysOf(d.rows, sortedOrder(d, { column: 'papers', descending: false }));
    expect(up.at(-1)).toBe('dataset:visa');
    const byName = sortedOrder(d, { column: 'name', descending: false });
    const names = Array.from(byName, (i) => d.rows[i].name);
    expect(names.indexOf('CLIP')).toBeLessThan(names.indexOf('Crème Brûlée'));
    expect(names.indexOf('Crème Brûlée')).toBeLessThan(names.indexOf('industrial'));
    expect(names[0]).toBe('A <b>hostile</b> title');
    // (kept: the same order object the second time)
    expect(sortedOrder(d, { column: 'name', descending: false })).toBe(byName);
  });

  it('rows without a value (no year, no burst) come last whichever the direction', () => {
    const d = nodes();
    for (const descending of [true, false]) {
      const order = keysOf(d.rows, sortedOrder(d, { column: 'burst', descending }));
      expect(order[0]).toBe('dataset:mvtecad');
      const years = Array.from(sortedOrder(d, { column: 'first', descending }), (i) => d.rows[i].first);
      const firstMissing = years.indexOf(undefined);
      expect(firstMissing).toBeGreaterThan(0);
      expect(years.slice(firstMissing).every((y) => y === undefined)).toBe(true);
    }
  });

  it('filters by every word of the query, accents and case ignored, keeping the sort', () => {
    const d = nodes();
    const order = sortedOrder(d, { column: 'papers', descending: true });
    expect(keysOf(d.rows, filterOrder(d, order, 'creme'))).toEqual(['dataset:cremebrulee']);
    expect(keysOf(d.rows, filterOrder(d, order, '  BRÛLÉE crè '))).toEqual(['dataset:cremebrulee']);
    expect(filterOrder(d, order, '')).toBe(order);
    expect(filterOrder(d, order, 'nothing like it')).toHaveLength(0);
    const anomaly = keysOf(d.rows, filterOrder(d, order, 'anomaly'));
    expect(anomaly.length).toBeGreaterThan(1);
    expect(anomaly).toEqual(keysOf(d.rows, order).filter((k) => anomaly.includes(k)));
    expect(filterWords(' Zero-Shot  CLIP ')).toEqual(['zero-shot', 'clip']);
    // (ASCII only lower-cased, the rest folded as search folds it: the same words)
    for (const t of ['PatchCore', 'Crème Brûlée', 'Ⅻ ﬁne', 'Zürich AUROC']) expect(foldText(t)).toBe(fold(t));
    // links: by their ends, relation and sentence
    const l = linkRows(graph, null, null);
    const hits = filterOrder(l, sortedOrder(l, DEFAULT_TABLE.linkSort), 'memory-bank method');
    expect(Array.from(hits, (i) => l.rows[i].evidence).every((s) => s.includes('memory-bank method'))).toBe(true);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('a click on a head sorts by it (numbers most first, texts A to Z), a second reverses', () => {
    const s = DEFAULT_TABLE.nodeSort;
    expect(nextSort(NODE_COLUMNS, s, 'papers')).toEqual({ column: 'papers', descending: true });
    expect(nextSort(NODE_COLUMNS, s, 'name')).toEqual({ column: 'name', descending: false });
    expect(nextSort(NODE_COLUMNS, { column: 'name', descending: false }, 'name')).toEqual({ column: 'name', descending: true });
  });

  it('writes the table as shown as CSV, formula-safe: heads, then the rows in order', () => {
    const d = nodes();
    const order = filterOrder(d, sortedOrder(d, { column: 'name', descending: false }), 'hostile crème');
    expect(order).toHaveLength(0);
    const two = filterOrder(d, sortedOrder(d, { column: 'papers', descending: true }), 'mvtec');
    const csv = tableToCsv(d, two);
    expect(csv.split('\r\n')[0]).toBe('"Name","Kind","Papers","Links","PageRank","Cluster","First year","Last year","Burst"');
    expect(csv.split('\r\n')[1]).toMatch(/^"MVTec AD","dataset","3",/);
    const evil = { ...d, rows: [{ ...(d.rows[0] as NodeRow), name: '=HYPERLINK("x")' }] };
    expect(tableToCsv(evil, [0]).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)"/);
  });
});

describe('the data table in the view state and the URL', () => {
  it('the column ids the URL reads are the columns\u2019', () => {
    expect(NODE_COLUMNS.map((c) => c.id)).toEqual([...NODE_COLUMN_IDS]);
    expect(LINK_COLUMNS.map((c) => c.id)).toEqual([...LINK_COLUMN_IDS]);
  });

  it('an unchanged view is the same state', () => {
    const s = setTable(initialState(), { open: true });
    expect(s.table.open).toBe(true);
    expect(setTable(s, { open: true, nodeSort: { column: 'links', descending: true } })).toBe(s);
    expect(setTable(s, { tab: 'links' })).not.toBe(s);
  });

  it('&table=TAB while open, &nsort / &lsort when not the default ("-" descending), read back; unknown ones read as defaults', () => {
    expect(encodeSort({ column: 'papers', descending: true })).toBe('-papers');
    expect(decodeSort('year', LINK_COLUMN_IDS, DEFAULT_TABLE.linkSort)).toEqual({ column: 'year', descending: false });
    expect(decodeSort('-bogus', NODE_COLUMN_IDS, DEFAULT_TABLE.nodeSort)).toBe(DEFAULT_TABLE.nodeSort);
    const table = { ...DEFAULT_TABLE, open: true, tab: 'links' as const, nodeSort: { column: 'papers', descending: true }, linkSort: { column: 'year', descending: false } };
    const search = encodeView({ ...emptyUrlView(), table });
    expect(search).toBe('?table=links&nsort=-papers&lsort=year');
    expect(decodeView(search).table).toEqual(table);
    expect(encodeView({ ...emptyUrlView(), table: DEFAULT_TABLE })).toBe('');
    expect(decodeView('').table).toBeUndefined();
    expect(decodeView('?table=bogus').table).toEqual({ ...DEFAULT_TABLE, open: true });
    expect(stateFromUrl(graph, initialState(), decodeView(search)).table).toEqual(table);
    expect(stateFromUrl(graph, initialState(), decodeView('')).table).toBe(DEFAULT_TABLE);
  });

  it('&nfilter / &lfilter: each tab\u2019s filter text as typed, open or closed; none left out', () => {
    const table = { ...DEFAULT_TABLE, nodeFilter: 'mvtec ad', linkFilter: 'memory bank & co' };
    const search = encodeView({ ...emptyUrlView(), table });
    expect(search).toBe('?nfilter=mvtec+ad&lfilter=memory+bank+%26+co');
    expect(decodeView(search).table).toEqual(table);
    expect(decodeView('?table=nodes&nfilter=%C3%A9cole').table).toEqual({ ...DEFAULT_TABLE, open: true, nodeFilter: 'école' });
    expect(stateFromUrl(graph, initialState(), decodeView('?table=links&lfilter=bank')).table).toEqual({ ...DEFAULT_TABLE, open: true, tab: 'links', linkFilter: 'bank' });
    // (a change of text is a change of view; the same text, the same state)
    const s = setTable(initialState(), { nodeFilter: 'mv' });
    expect(s.table.nodeFilter).toBe('mv');
    expect(setTable(s, { nodeFilter: 'mv' })).toBe(s);
  });
});
