#!/usr/bin/env node
// The `paperweave` command.
//
// The code is TypeScript. To start fast (the extractor's speed goal counts start-up), the CLI runs from
// an esbuild bundle cached in node_modules/.cache/paperweave/, rebuilt automatically whenever a source
// file is newer than it (about 0.3 s, once). If esbuild is unavailable or the build fails, it falls back
// to tsx, which compiles each file on the fly and reports errors against the sources.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', 'paperweave');

/** Newest modification time and count of the sources the CLI is built from. */
function sourceState() {
  let newest = 0;
  let count = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|mts|json|mjs|js)$/.test(entry.name)) {
        count++;
        newest = Math.max(newest, statSync(p).mtimeMs);
      }
    }
  };
  for (const d of ['src', 'extract']) walk(join(root, d));
  newest = Math.max(newest, statSync(join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return `${Math.floor(newest)}-${count}`;
}

async function bundled() {
  if (process.env.PAPERWEAVE_NO_BUNDLE) return null;
  const dir = join(cacheDir, `cli-${sourceState()}`);
  const entry = join(dir, 'main.js');
  if (existsSync(entry)) return entry;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    await esbuild.build({
      entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir: tmp,
      logLevel: 'silent',
      // Development tools stay outside: they are loaded only by the commands that use them.
      external: ['vite', 'playwright-core', 'esbuild', 'tsx'],
      banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
    });
    mkdirSync(cacheDir, { recursive: true });
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process built it first
    }
    // Drop bundles of older sources (kept for an hour: a process may still be loading from one).
    for (const name of readdirSync(cacheDir)) {
      const p = join(cacheDir, name);
      if (p !== dir && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
    }
    return existsSync(entry) ? entry : null;
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    return null;
  }
}

const entry = await bundled();
let main;
if (entry) {
  ({ main } = await import(pathToFileURL(entry).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
