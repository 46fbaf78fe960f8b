import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// One config for the viewer (web/ -> dist/) and for vitest (test/).
export default defineConfig({
  root: `${root}web`,
  base: './',
  publicDir: false,
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
  test: {
    root,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
