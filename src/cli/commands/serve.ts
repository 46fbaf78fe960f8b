import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from '../main.ts';
import { DEFAULT_OUT, InputError, ROOT, UsageError, type Io } from '../io.ts';
import { parseCommandArgs, portOption } from '../args.ts';
import { startServer } from '../server.ts';

export const DIST = join(ROOT, 'dist');

const help = `Usage: paperweave serve [--port N] [--host H] [--graph DIR]

Serve the built viewer (dist/, from 'npm run build:web' or 'npm start') with a built graph.

Options:
  --port N     port to listen on (default 5173; 0 picks a free one)
  --host H     address to bind (default 127.0.0.1, this machine only)
  --graph DIR  a directory holding graph.json (default graph-data/anomaly-detection)
  -h, --help   this help

The page is at http://HOST:PORT/ and reads DIR/graph.json at /data/graph.json.
Stop with Ctrl-C.`;

/** Serve until the process is interrupted. Shared with `start`. */
export async function serveUntilStopped(io: Io, graphDir: string, port: number, host: string): Promise<number> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new InputError(`${DIST} has no index.html: build the viewer with 'npm run build:web' (or run 'npm start')`);
  }
  if (!existsSync(join(graphDir, 'graph.json'))) {
    throw new InputError(`${join(graphDir, 'graph.json')}: no such file. Build it with 'paperweave build' (or run 'npm start')`);
  }
  let running;
  try {
    running = await startServer({ siteDir: DIST, graphDir, port, host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new InputError(`port ${port} is in use: pick another with --port N (or --port 0 for any free one)`);
    throw err;
  }
  io.stdout.write(`paperweave: serving ${running.url}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

export const command: Command = {
  summary: 'serve the built viewer with a built graph (http://127.0.0.1:5173/)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      graph: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}' (the graph directory goes after --graph)`);
    const port = portOption(values.port) ?? 5173;
    const graphDir = values.graph ? resolve(values.graph) : DEFAULT_OUT;
    return serveUntilStopped(io, graphDir, port, values.host ?? '127.0.0.1');
  },
};
