/**
 * A KnowledgeGraph derived from the hand-annotated gold (test/gold/seed-gold.json) and the bundled corpus,
 * independent of the extractor and builder: the analyses (matrix, gaps, timeline) and exporters are tested
 * on known truth. Dates come from the corpus (HF page: "Oct 13, 2024" or "Apr 15", the latter meaning the
 * page's year, 2025); evidence is the first abstract sentence naming the entity (else the title).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import {
  normName,
  type EntityKind,
  type GraphAttributes,
  type KGNode,
  type KnowledgeGraph,
  type Relation,
  type RelationEdge,
} from '../../src/model.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface GoldNamed {
  name: string;
  aliases?: string[];
  role?: 'introduced' | 'evaluated' | 'mentioned';
}
interface GoldRecord {
  title: string;
  methods_proposed: GoldNamed[];
  methods_mentioned: GoldNamed[];
  datasets: GoldNamed[];
  models: GoldNamed[];
  domains: string[];
  settings: string[];
  techniques: string[];
  metrics: string[];
}

const DATASET_DOMAINS: Record<string, string> = {
  mvtecad: 'industrial', visa: 'industrial', realiad: 'industrial', mpdd: 'industrial', btad: 'industrial',
  mvtec3dad: 'industrial', eyecandies: 'industrial', dagm: 'industrial', mtd: 'industrial',
  msl: 'time-series', smap: 'time-series', swat: 'time-series',
  ucfcrime: 'video', xdviolence: 'video', msad: 'video',
  imagenet: 'natural-images', galaxyzoodecals: 'astronomy',
};

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DATE_LINE = new RegExp(`^(${MONTHS}) (\\d{1,2})(?:, (\\d{4}))?(?: \\d+)?$`);

function corpusDates(titles: string[]): Map<string, { date: string; year: number; abstract: string }> {
  const lines = readFileSync(`${ROOT}graph-data/corpus/hf-daily-papers-anomaly-detection.txt`, 'utf8').split('\n');
  const out = new Map<string, { date: string; year: number; abstract: string }>();
  for (const title of titles) {
    const i = lines.findIndex((l) => l.trim() === title);
    if (i < 0) continue;
    const abstract = (lines.slice(i + 1).find((l) => l.trim() !== '') ?? '').trim();
    for (let j = i + 1; j < Math.min(lines.length, i + 12); j++) {
      const m = DATE_LINE.exec(lines[j]!.trim());
      if (!m) continue;
      const year = m[3] ? Number(m[3]) : 2025;
      const month = String(MONTHS.split('|').indexOf(m[1]!) + 1).padStart(2, '0');
      out.set(title, { date: `${year}-${month}-${m[2]!.padStart(2, '0')}`, year, abstract });
      break;
    }
  }
  return out;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/).filter(Boolean);
}

function evidenceFor(title: string, abstract: string, names: string[]): string {
  const norms = names.map(normName).filter(Boolean);
  for (const s of [title, ...sentences(abstract)]) {
    const ns = normName(s);
    if (norms.some((n) => ns.includes(n))) return s;
  }
  return title;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** The gold graph: 54 papers, their methods, datasets, models and facets, with paper -> entity edges. */
export function goldGraph(): KnowledgeGraph {
  const gold = JSON.parse(readFileSync(`${ROOT}test/gold/seed-gold.json`, 'utf8')) as GoldRecord[];
  const dates = corpusDates(gold.map((g) => g.title));
  const graph: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({ type: 'directed', multi: false });
  graph.replaceAttributes({ name: 'anomaly-detection', title: 'gold', clusters: [{ id: 0, label: 'all', size: 0, topEntities: [], color: 'rgb(1,2,3)' }] });
  let n = 0;
  const pos = () => {
    n++;
    return { x: Math.cos(n) * n, y: Math.sin(n) * n };
  };
  const entity = (kind: EntityKind, name: string, aliases: string[] = []) => {
    const facet = kind === 'domain' || kind === 'setting' || kind === 'technique' || kind === 'metric';
    const key = `${kind}:${facet ? name : normName(name)}`;
    if (!graph.hasNode(key)) {
      graph.addNode(key, {
        kind, label: name, name, aliases, papers: 0, size: 3, color: 'rgb(100,100,200)', community: 0, ...pos(),
        ...(kind === 'dataset' && DATASET_DOMAINS[normName(name)] ? { domain: DATASET_DOMAINS[normName(name)] } : {}),
      } as KGNode);
    }
    return key;
  };
  for (const g of gold) {
    const d = dates.get(g.title);
    const id = slug(g.title);
    const paper = `paper:${id}`;
    const abstract = d?.abstract ?? '';
    graph.addNode(paper, {
      kind: 'paper', label: g.title, id, title: g.title, abstract, urls: [], size: 4, color: 'rgb(200,100,100)',
      community: 0, ...(d ? { date: d.date, year: d.year } : {}), ...pos(),
    } as KGNode);
    const link = (key: string, relation: Relation, names: string[]) => {
      if (graph.hasEdge(paper, key)) return;
      graph.addDirectedEdge(paper, key, { relation, evidence: evidenceFor(g.title, abstract, names), confidence: 1, paper });
      graph.updateNodeAttribute(key, 'papers' as never, (v: unknown) => ((v as number) ?? 0) + 1 as never);
    };
    for (const m of g.methods_proposed) link(entity('method', m.name, m.aliases), 'proposes', [m.name, ...(m.aliases ?? [])]);
    for (const m of g.methods_mentioned) link(entity('method', m.name, m.aliases), 'mentions', [m.name, ...(m.aliases ?? [])]);
    for (const ds of g.datasets) {
      const rel: Relation = ds.role === 'evaluated' ? 'evaluates-on' : ds.role === 'introduced' ? 'introduces' : 'mentions';
      link(entity('dataset', ds.name, ds.aliases), rel, [ds.name, ...(ds.aliases ?? [])]);
    }
    for (const m of g.models) link(entity('model', m.name, m.aliases), 'uses-model', [m.name, ...(m.aliases ?? [])]);
    for (const x of g.domains) link(entity('domain', x), 'in-domain', [x]);
    for (const x of g.settings) link(entity('setting', x), 'has-setting', [x]);
    for (const x of g.techniques) link(entity('technique', x), 'uses-technique', [x]);
    for (const x of g.metrics) link(entity('metric', x), 'reports-metric', [x]);
  }
  return graph;
}

/** The key of a gold paper by (a prefix of) its title. */
export function paperKeyByTitle(graph: KnowledgeGraph, titleStart: string): string {
  const key = graph.findNode((_k, a) => a.kind === 'paper' && a.label.startsWith(titleStart));
  if (!key) throw new Error(`no paper titled '${titleStart}...'`);
  return key;
}
