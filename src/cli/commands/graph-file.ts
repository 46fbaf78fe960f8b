/** Loading a graph.json for the commands that read one (export, stats, shared). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_CORPUS, DEFAULT_OUT, InputError, displayName, readStdin, readTextFile, type Io } from '../io.ts';
import type { KnowledgeGraph } from '../../model.ts';
import { GraphJSONError, loadGraphJSON } from '../../export/json.ts';
import { runPipeline } from '../../pipeline.ts';

export const DEFAULT_GRAPH = join(DEFAULT_OUT, 'graph.json');

/** Read and validate a graph.json; errors name the file and what is wrong (exit 2). */
export function readGraphFile(path: string): KnowledgeGraph {
  return parseGraph(readTextFile(path), displayName(resolve(path)));
}

function parseGraph(text: string, name: string): KnowledgeGraph {
  try {
    return loadGraphJSON(text);
  } catch (err) {
    if (err instanceof GraphJSONError) throw new InputError(`${name}: ${err.message}`);
    throw err;
  }
}

/** readGraphFile, where '-' is standard input (as for every command's inputs). */
export async function readGraphInput(path: string, io: Io): Promise<KnowledgeGraph> {
  return path === '-' ? parseGraph(await readStdin(io.stdin), '<stdin>') : readGraphFile(path);
}

/** The named graph; without one, the built bundled graph, or (not built yet) the bundled corpus built in memory. */
export async function graphOrDefault(path: string | undefined, io: Io): Promise<KnowledgeGraph> {
  if (path) return readGraphInput(path, io);
  if (existsSync(DEFAULT_GRAPH)) return readGraphFile(DEFAULT_GRAPH);
  io.stderr.write(`note: ${displayName(DEFAULT_GRAPH)} not built yet; building the bundled corpus in memory ('paperweave build' saves it)\n`);
  return runPipeline([{ file: displayName(BUNDLED_CORPUS), text: readFileSync(BUNDLED_CORPUS, 'utf8') }]).graph;
}
