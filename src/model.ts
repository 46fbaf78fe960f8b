/**
 * The types every stage shares: readers -> extractor -> graph builder -> analysis -> exporters -> viewer.
 * Declared once here and imported everywhere (extract/, src/, web/, test/). Types only: no runtime code
 * beyond the small constant vocabularies, so the browser bundle can import it freely.
 */
import type Graph from 'graphology';

// ---------------------------------------------------------------- readers

/** Input formats the readers understand. */
export type FormatName = 'hf-page' | 'jsonl' | 'json' | 'csv' | 'bibtex' | 'arxiv-atom' | 'ris' | 'wos' | 'endnote' | 'pubmed';

export type UrlKind = 'code' | 'project' | 'other';
export interface PaperUrl {
  url: string;
  kind: UrlKind;
}

/** Where a record starts: the file as the user named it and the 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One paper, as every reader yields it. */
export interface Paper {
  /** Stable slug of the title, suffixed (-2, -3, ...) on collision. */
  id: string;
  title: string;
  /** One paragraph, whitespace collapsed, PDF hyphenation mended. */
  abstract: string;
  authors?: string[];
  authorsCount?: number;
  /** ISO date: YYYY-MM-DD (or YYYY-MM, YYYY when that is all the input says). */
  date?: string;
  year?: number;
  upvotes?: number;
  doi?: string;
  arxivId?: string;
  /** The record's own landing page (arXiv abs page, DOI link, url column). */
  url?: string;
  /** Links found in the abstract (code, project pages, ...). */
  urls: PaperUrl[];
  source: SourceRef;
}

/** A record that could not be read: nothing is lost silently. */
export interface Reject {
  file: string;
  line: number;
  reason: string;
}

export interface ReadWarning {
  file: string;
  line?: number;
  message: string;
}

/** The same paper seen twice: `dropped` was merged into `kept`. */
export interface MergeNote {
  kept: string;
  dropped: SourceRef;
  reason: 'title' | 'doi' | 'arxiv-id';
}

export interface ReadResult {
  papers: Paper[];
  rejects: Reject[];
  warnings: ReadWarning[];
  merged: MergeNote[];
  /** Records seen in the input: papers.length + rejects.length + merged.length. */
  recordsIn: number;
}

// ---------------------------------------------------------------- extractor (gold schema)

export const DOMAINS = [
  'industrial', 'medical', 'video', 'time-series', '3d', 'natural-images', 'text', 'audio', 'tabular',
  'astronomy', 'finance', 'security', 'computing-systems', 'semiconductor', 'textile', 'retail', 'retrieval',
] as const;
export const SETTINGS = [
  'zero-shot', 'few-shot', 'unsupervised', 'weakly-supervised', 'supervised', 'multi-class', 'class-agnostic',
  'open-world', 'ood-detection', 'anomaly-localization', 'anomaly-classification', 'anomaly-generation',
  'synthetic-data-detection', 'reasoning', 'evaluation', 'open-set', 'novel-class-discovery', 'data-selection',
  'model-merging', 'cross-lingual', 'real-time',
] as const;
export const TECHNIQUES = [
  'vision-language', 'llm', 'multimodal-llm', 'prompt-learning', 'knowledge-distillation', 'reconstruction',
  'autoencoder', 'diffusion', 'contrastive-learning', 'self-supervised', 'memory-bank', 'nearest-neighbor',
  'normalizing-flow', 'density-estimation', 'synthetic-anomalies', 'outlier-exposure', 'active-learning',
  'isolation-forest', 'mixture-of-experts', 'gaussian-splatting', 'fine-tuning', 'foundation-model-features',
  'residual-learning', 'attention', 'graph-neural-network', 'reinforcement-learning', 'neural-architecture-search',
  'weight-averaging', 'sparse-convolution', 'embedding', 'clustering',
] as const;
export const METRICS = [
  'AUROC', 'pixel-AUROC', 'AUPR', 'pixel-AUPR', 'PRO', 'F1', 'IoU', 'NMI', 'ARI', 'accuracy', 'Recall@K',
  'FPR@95TPR', 'FID', 'Inception Score', 'latency', 'throughput',
] as const;

export type Domain = (typeof DOMAINS)[number];
export type Setting = (typeof SETTINGS)[number];
export type Technique = (typeof TECHNIQUES)[number];
/** The fixed metrics, plus a metric a paper itself proposes (e.g. PATE). */
export type Metric = (typeof METRICS)[number] | (string & {});

/** A named entity found in one paper. */
export interface EntityMention {
  /** Canonical name: the lexicon's, else the most frequent surface form. */
  name: string;
  /** Other spellings seen in this paper or known to the lexicon. */
  aliases?: string[];
  /** The sentence it came from (the title counts as a sentence). */
  evidence: string;
  confidence: number;
}

export type DatasetRole = 'introduced' | 'evaluated' | 'mentioned';
export interface DatasetMention extends EntityMention {
  role: DatasetRole;
  /** The dataset's domain when the lexicon knows it. */
  domain?: Domain;
  /** The scores the abstract reports on it (`paperweave extract --results` only; `build` puts them on the edge), each
   * with what it was measured under where the paper gives the metric under several settings ("zero-shot"), and the
   * method it is credited to where the sentence gives it to another method than the paper's own. */
  results?: { metric: string; value: string; evidence: string; setting?: string; method?: string }[];
}

/** A facet tag from a fixed vocabulary, with the sentence that justified it. */
export interface FacetTag<T extends string = string> {
  name: T;
  evidence: string;
  confidence: number;
}

/** What the extractor yields for one paper: the gold files' field names (see test/gold/GUIDELINE.md). */
export interface PaperEntities {
  /** The paper's id (Paper.id), so entities can be joined back to their paper. */
  id: string;
  title: string;
  methods_proposed: EntityMention[];
  methods_mentioned: EntityMention[];
  datasets: DatasetMention[];
  models: EntityMention[];
  domains: FacetTag<Domain>[];
  settings: FacetTag<Setting>[];
  techniques: FacetTag<Technique>[];
  metrics: FacetTag<Metric>[];
}

// ---------------------------------------------------------------- graph (graph.json)

export type EntityKind = 'method' | 'dataset' | 'model' | 'domain' | 'setting' | 'technique' | 'metric';
export type NodeKind = 'paper' | EntityKind;
export const NODE_KINDS: readonly NodeKind[] = [
  'paper', 'method', 'dataset', 'model', 'domain', 'setting', 'technique', 'metric',
];

/** paper -> entity relations, plus the two method-level relations the build derives. */
export type Relation =
  | 'proposes'
  | 'evaluates-on'
  | 'introduces'
  | 'uses-model'
  | 'in-domain'
  | 'has-setting'
  | 'uses-technique'
  | 'reports-metric'
  | 'mentions'
  /** method -> dataset: the method's proposing paper evaluates on the dataset. */
  | 'benchmarked-on'
  /** method -> method (stored once, source key < target key): datasets in common. */
  | 'shares-benchmark';

/** Attributes every node has: data first, then what is drawn (computed in one appearance step). */
export interface NodeBase {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  size: number;
  /** 'rgb(r,g,b)': GEXF-safe and sigma-readable. */
  color: string;
  /** Louvain community id (index into the graph's `clusters`). */
  community: number;
}

/** Node key `paper:<id>`. */
export interface PaperNode extends NodeBase {
  kind: 'paper';
  id: string;
  title: string;
  abstract: string;
  date?: string;
  year?: number;
  /** The authors as the reader gave them, in the paper's order ("Given Family"); absent where the input names none
   * (the Hugging Face page gives only their number, `authorsCount`). */
  authors?: string[];
  authorsCount?: number;
  upvotes?: number;
  doi?: string;
  url?: string;
  urls: PaperUrl[];
  source?: SourceRef;
}

/** A burst of attention: years begin..end (inclusive) and Kleinberg's weight, rounded to two decimals. */
export interface Burst {
  begin: number;
  end: number;
  strength: number;
}

/** Node key `<kind>:<norm>` where norm is normName(name) for named kinds and the vocabulary id for facets. */
export interface EntityNode extends NodeBase {
  kind: EntityKind;
  /** Canonical name (same as label). */
  name: string;
  aliases: string[];
  /** Number of papers linked to it. */
  papers: number;
  firstYear?: number;
  lastYear?: number;
  /** Its strongest burst of attention, in years (src/analysis/bursts.ts: Kleinberg's automaton over papers per year). */
  burst?: Burst;
  /** For datasets: the domain the lexicon gives. */
  domain?: string;
}

export type KGNode = PaperNode | EntityNode;

export interface RelationEdge {
  relation: Relation;
  /** The sentence behind the edge (for derived edges: the sentence of the first supporting paper). */
  evidence: string;
  confidence: number;
  /** Paper key the evidence comes from (derived edges: the first supporting paper). */
  paper?: string;
  /** For shares-benchmark: datasets in common; for benchmarked-on: supporting papers. Default 1. */
  weight?: number;
  /** For shares-benchmark: the shared dataset labels, joined with '; ' (GEXF/networkx forbid lists). */
  shared?: string;
  /**
   * For a paper -> dataset edge: the scores the abstract reports on the dataset, "AUROC 97.1%; pixel-AUROC 95.3%"
   * (metric of the fixed vocabulary, figure as written; see src/analysis/results.ts), and the sentence(s) they come from;
   * a figure's setting, where the paper gives the metric under several, in brackets after it: "AUROC (zero-shot) 91.3%".
   */
  results?: string;
  resultsEvidence?: string;
  size?: number;
  color?: string;
}

export interface Cluster {
  id: number;
  label: string;
  size: number;
  /** Labels of its most characteristic entities, best first. */
  topEntities: string[];
  color: string;
}

/**
 * What a node's size shows (Gephi's, VOSviewer's "size by"): its links (degree, as built), the papers that tag it
 * (VOSviewer's occurrences), or its PageRank (see sizeMap in src/analysis/size-by.ts). The viewer's buttons, its
 * exports and `paperweave export --size-by` take these.
 */
export type SizeBy = 'links' | 'papers' | 'pagerank';
export const SIZE_BY: readonly SizeBy[] = ['links', 'papers', 'pagerank'];

export interface GraphAttributes {
  /** Short name of the graph, e.g. 'anomaly-detection'. */
  name: string;
  title?: string;
  clusters: Cluster[];
  /** Creator line for exports. */
  generator?: string;
  /**
   * What the viewer sized nodes by when it exported this graph ('links', the degree: the nodes' own `size`; 'papers';
   * 'pagerank'): the viewer reopens it so unless its address says otherwise. Absent from a build's graph.json.
   */
  sizeBy?: SizeBy;
}

export type KnowledgeGraph = Graph<KGNode, RelationEdge, GraphAttributes>;

/** Normalised name: lower case, letters and digits only (the guideline's matching rule). */
/**
 * A named entity's identity: its normalised name and the "+" or "++" it ends on. "PointNet++" and PointNet, "SoftPatch+"
 * and SoftPatch, RD++ and RD are each two methods, an improved one and the one it improves (normName, the guideline's
 * matching rule, spells them alike).
 */
export function nameKey(name: string): string {
  const t = name.trim();
  const k = normName(t);
  return k && k + plusRun(t);
}

/** Node key of an entity: named kinds by normalised name (and a "+" or "++" it ends on), facets by their vocabulary id. */
export function entityKey(kind: EntityKind, name: string): string {
  const id = kind === 'domain' || kind === 'setting' || kind === 'technique' ? name.trim() : nameKey(name);
  return `${kind}:${id}`;
}

/** The "+" or "++" a name ends on ("" for none). */
export function plusRun(name: string): string {
  return name.endsWith('++') ? '++' : name.endsWith('+') ? '+' : '';
}

export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
