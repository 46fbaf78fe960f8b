/** Messages between the page and web/features/pipeline.worker.ts. */
import type { ReadWarning, Reject } from '../../src/model.ts';
import type { Stage } from '../../src/pipeline.ts';
import type { CoauthorFormat, OutputFile } from '../../src/export/index.ts';

export interface PipelineRequest {
  type: 'run';
  inputs: { file: string; text: string }[];
  /** Year for dates that give none (HF page text); default: inferred by the readers, as the CLI does. */
  year?: number;
  /** The graph's name (graphNameFromFile of the first file); exports are named after it. */
  name?: string;
}

/** The co-authorship network of a graph (the viewer's Export menu): the CLI's renderCoauthorFormat, off the main thread. */
export interface CoauthorsRequest {
  type: 'coauthors';
  /** The graph (the filtered view) as graph.json text. */
  graphJson: string;
  format: CoauthorFormat;
}

export type CoauthorsMessage =
  | { type: 'coauthors-done'; files: OutputFile[]; authors: number; links: number; ms: number }
  | { type: 'error'; message: string };

export type PipelineMessage =
  | { type: 'progress'; stage: Stage; done: number; total: number }
  | {
      type: 'done';
      graphJson: string;
      papers: number;
      recordsIn: number;
      rejects: Reject[];
      warnings: ReadWarning[];
      ms: number;
    }
  | { type: 'error'; message: string };
