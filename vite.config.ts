import { defineConfig, type Plugin } from 'vitest/config';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The bundled graph, built by `paperweave build` (or `npm start`). */
const BUNDLED_GRAPH = `${root}graph-data/anomaly-detection/graph.json`;

/**
 * The page reads `data/graph.json` beside itself. `vite build` copies the bundled graph there, so dist/ is a
 * complete static site; `vite` (dev) serves it at the same address. (`paperweave serve` serves any graph
 * directory at /data/ instead.)
 */
function bundledGraph(): Plugin {
  return {
    name: 'paperweave-bundled-graph',
    configureServer(server) {
      server.middlewares.use('/data/graph.json', (_req, res) => {
        if (!existsSync(BUNDLED_GRAPH)) {
          res.statusCode = 404;
          res.end(`${BUNDLED_GRAPH} not found: run 'paperweave build' first\n`);
          return;
        }
        res.setHeader('content-type', 'application/json; charset=utf-8');
        createReadStream(BUNDLED_GRAPH).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(BUNDLED_GRAPH)) {
        this.warn(`${BUNDLED_GRAPH} not found: dist/ has no data/graph.json (run 'paperweave build', or open the page with ?graph=URL)`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: 'data/graph.json', source: readFileSync(BUNDLED_GRAPH) });
    },
  };
}

// One config for the viewer (web/ -> dist/) and for vitest (test/).
export default defineConfig({
  root: `${root}web`,
  base: './',
  publicDir: false,
  plugins: [bundledGraph()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      onwarn(warning, warn) {
        // extract/readers/parsers.ts imports the format parsers lazily for the CLI; the page imports them
        // all through extract/readers/index.ts, on purpose (its readers are synchronous).
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /parsers-\w+\.ts/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1' },
  worker: { format: 'es' },
  test: {
    root,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests poll the page for a state to arrive. vitest's default (1 s) is short on a loaded 2-core CI
    // machine running every test file at once: a popstate's redraw in software WebGL took longer there (one failed
    // CI run, Back to the matrix). A longer wait costs nothing when the state arrives, and a wrong state still fails.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
  },
});
