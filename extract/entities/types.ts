/**
 * Types of the extractor's data: the lexicon (extract/lexicon/*.json) and the gold files
 * (test/gold/*.json, see test/gold/GUIDELINE.md).
 */
import type { Domain, Technique } from '../../src/model.ts';

export type ModelFamily =
  | 'vlm' | 'llm' | 'mllm' | 'vision-backbone' | 'detector' | 'segmenter' | 'diffusion' | 'text-encoder'
  | 'time-series-fm' | 'tabular-fm' | 'audio';

interface LexiconEntryBase {
  name: string;
  aliases?: string[];
  /** Forms that are also common words: matched case-sensitively, and (datasets) only in dataset context. */
  ambiguous?: string[];
  ref?: string;
}
export interface DatasetEntry extends LexiconEntryBase {
  domain?: Domain | string;
  /** Further domains of its data, besides `domain` (MVTec 3D-AD: industrial, and 3d point clouds). */
  alsoDomains?: (Domain | string)[];
  benchmark?: boolean;
}
export interface MethodEntry extends LexiconEntryBase {
  techniques?: string[];
}
export interface ModelEntry extends LexiconEntryBase {
  family?: ModelFamily | string;
  /** An architecture class named as a model only in a list of named models (Latent Diffusion Model). */
  listedOnly?: boolean;
}
/** A generic algorithm (Local Outlier Factor, U-Net ...): never a named method; may imply a technique. */
export interface GenericEntry {
  name: string;
  aliases?: string[];
  technique?: Technique | string;
}

export interface Lexicon {
  datasets: DatasetEntry[];
  methods: MethodEntry[];
  models: ModelEntry[];
  generic: GenericEntry[];
}

export type NamedKind = 'method' | 'dataset' | 'model' | 'generic';

// ------------------------------------------------------------------ gold records

export interface GoldEntity {
  name: string;
  aliases?: string[];
  role?: 'introduced' | 'evaluated' | 'mentioned';
}

/** One annotated paper (test/gold/GUIDELINE.md). Held-out files may carry the abstract too. */
export interface GoldRecord {
  title: string;
  abstract?: string;
  methods_proposed: GoldEntity[];
  methods_mentioned: GoldEntity[];
  datasets: GoldEntity[];
  models: GoldEntity[];
  domains: string[];
  settings: string[];
  techniques: string[];
  metrics: string[];
  ignore?: string[];
}
