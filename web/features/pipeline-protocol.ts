/** Messages between the page and web/features/pipeline.worker.ts. */
import type { ReadWarning, Reject } from '../../src/model.ts';
import type { Stage } from '../../src/pipeline.ts';

export interface PipelineRequest {
  type: 'run';
  inputs: { file: string; text: string }[];
  /** Year for dates that give none (HF page text); default: inferred by the readers, as the CLI does. */
  year?: number;
  /** The graph's name (graphNameFromFile of the first file); exports are named after it. */
  name?: string;
}

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
