import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../main.ts';
import { BUNDLED_CORPUS, DEFAULT_OUT, ROOT, UsageError, type Io } from '../io.ts';
import { parseCommandArgs, portOption } from '../args.ts';
import { DIST, serveUntilStopped } from './serve.ts';

const help = `Usage: paperweave start [--port N] [--host H]

Build what is missing or stale, then serve the viewer:
  1. the bundled graph (graph-data/anomaly-detection/graph.json) when it is missing or older than the
     corpus or the code that builds it ('paperweave build');
  2. the viewer (dist/, with the graph inside) when it is missing or older than web/, the modules it
     uses or the graph (vite build);
  3. serve both and print the address (default http://127.0.0.1:5173/).

Options:
  --port N     port to listen on (default 5173; 0 picks a free one)
  --host H     address to bind (default 127.0.0.1, this machine only)
  -h, --help   this help`;

/** Newest modification time (ms) of a file or of any file under a directory; 0 when absent. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** The sources the viewer bundle is built from. */
export const VIEWER_INPUTS = ['web', 'src/model.ts', 'src/analysis', 'src/graph', 'src/export', 'extract', 'vite.config.ts', 'package-lock.json'].map((p) => join(ROOT, p));
/** The inputs of the bundled graph: the corpus and the code of every stage that builds it. */
export const GRAPH_INPUTS = [BUNDLED_CORPUS, ...['extract', 'src/model.ts', 'src/pipeline.ts', 'src/graph', 'src/analysis', 'src/export'].map((p) => join(ROOT, p))];

export function isStale(output: string, inputs: string[]): boolean {
  const out = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (!out) return true;
  return inputs.some((i) => newestMtime(i) > out);
}

/** vite build, programmatically, with the project's config (web/ -> dist/). */
export async function buildViewer(io: Io, outDir = DIST): Promise<void> {
  const { build } = await import('vite');
  io.stderr.write(`paperweave: building the viewer into ${outDir} ...\n`);
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export const command: Command = {
  summary: 'build what is missing or stale, then serve the viewer on the bundled graph',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = portOption(values.port) ?? 5173;
    const graphJson = join(DEFAULT_OUT, 'graph.json');
    if (isStale(graphJson, GRAPH_INPUTS)) {
      io.stderr.write(`paperweave: building the bundled graph into ${DEFAULT_OUT} ...\n`);
      // Through the dispatcher, so `start` works with whatever `build` the graph stage provides.
      const { main } = await import('../main.ts');
      const code = await main(['build'], io);
      if (code !== 0) {
        io.stderr.write(`paperweave start: 'paperweave build' failed (exit ${code}); nothing to serve\n`);
        return code;
      }
    }
    // After the graph, so the static site in dist/ carries the current graph at data/graph.json.
    if (isStale(join(DIST, 'index.html'), [...VIEWER_INPUTS, graphJson])) await buildViewer(io);
    return serveUntilStopped(io, DEFAULT_OUT, port, values.host ?? '127.0.0.1');
  },
};
