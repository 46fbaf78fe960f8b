#!/usr/bin/env node
// The `paperweave` command.
//
// The code is TypeScript. To start fast (the extractor's speed goal counts start-up), the CLI runs from
// an esbuild bundle cached in node_modules/.cache/paperweave/, rebuilt automatically whenever a source
// file is newer than it (about 0.3 s, once). If esbuild is unavailable or the build fails, it falls back
// to tsx, which compiles each file on the fly and reports errors against the sources.
//
// The commands that read papers (extract, eval, read, build, export, stats) start from a V8 start-up
// snapshot built next to the bundle (src/cli/snapshot.ts says what it holds): a child `node
// --snapshot-blob` runs them with the bundle evaluated, compromise's lexicon expanded and the extractor
// compiled, which saves ~0.25 s on a run of a hundred papers or more (on a single paper its 30 MB cost ~0.15 s more than
// they save; README, Speed and memory). Without the snapshot (it failed to build, PAPERWEAVE_NO_SNAPSHOT=1)
// they run from the bundle, with the same output.
import { spawn, spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import { V8_FLAGS } from './v8-flags.mjs';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// fewer, later optimising compiles (v8-flags.mjs says why)
for (const f of V8_FLAGS) v8.setFlagsFromString(f);
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

/** The commands that start from the snapshot: they read papers and need nothing outside the bundle. */
const SNAPSHOT_COMMANDS = new Set(['extract', 'eval', 'read', 'build', 'export', 'stats']);

/**
 * The start-up snapshot beside the bundle in `dir`, built on first use; null when it cannot be built.
 * Its name carries the project root, which the snapshot has baked in (a moved checkout builds its own),
 * and Node's version (a snapshot loads only in the V8 that made it).
 */
async function snapshot(dir) {
  const key = createHash('sha1').update(`${root}\0${process.version}\0${process.arch}\0${V8_FLAGS.join(' ')}`).digest('hex').slice(0, 12);
  const blob = join(dir, `snapshot-${key}.blob`);
  if (existsSync(blob)) return blob;
  // a failed build is remembered for ten minutes (it may have been transient: memory, disk, a kill)
  const failed = `${blob}.failed`;
  if (existsSync(failed) && Date.now() - (statSync(failed, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 600_000) {
    debug(`no start-up snapshot: its build failed less than ten minutes ago (${failed})`);
    return null;
  }
  // One process builds it; the others meanwhile run the plain way (many CLI runs starting at once, as in a
  // test suite on a fresh clone, would otherwise all build it together). A lock older than two minutes is
  // a builder that died.
  const lock = `${blob}.lock`;
  const takeLock = () => {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch {
      return false;
    }
  };
  if (!takeLock()) {
    try {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < 120_000) {
        debug(`no start-up snapshot yet: another process is building it (${lock})`);
        return null;
      }
      rmSync(lock, { force: true });
    } catch {
      return null; // a cache this user cannot write: run the plain way
    }
    if (!takeLock()) return null;
  }
  // another process may have finished it between the first look and the lock
  if (existsSync(blob)) {
    releaseLock(lock);
    return blob;
  }
  const tmp = `${blob}.tmp-${process.pid}`;
  try {
    const esbuild = await import('esbuild');
    // One CommonJS file: a snapshot's entry may require only Node's own modules.
    await esbuild.build({
      entryPoints: [join(root, 'src', 'cli', 'snapshot.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: `${tmp}.cjs`,
      logLevel: 'silent',
      external: ['vite', 'playwright-core', 'esbuild', 'tsx'],
      // A CommonJS bundle has no import.meta: io.ts (the one module that reads import.meta.url, to find the
      // project root) gets its own URL. Any other module using import.meta.url would get io.ts's too.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src', 'cli', 'io.ts')).href) },
    });
    const r = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', `${tmp}.cjs`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0 || !existsSync(tmp)) {
      const how = r.error ? String(r.error) : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      // (V8's message opens its report, the stack of native frames follows: both ends are kept)
      const err = r.stderr.length > 4000 ? `${r.stderr.slice(0, 2000)}\n...\n${r.stderr.slice(-2000)}` : r.stderr;
      throw new Error(`node --build-snapshot: ${how}${err ? `\n${err}` : ''}`);
    }
    renameSync(tmp, blob);
    // the snapshots of older sources go now (18 MB each; a run reads its blob once, at start-up)
    for (const name of readdirSync(cacheDir)) {
      const other = join(cacheDir, name);
      if (other === dir || !statSync(other).isDirectory()) continue;
      for (const f of readdirSync(other)) if (f.startsWith('snapshot-')) rmSync(join(other, f), { force: true });
    }
    return blob;
  } catch (err) {
    rmSync(tmp, { force: true });
    debug(`no start-up snapshot: ${err?.message ?? err}`);
    try {
      // remembered, with the reason: not tried again for a while
      writeFileSync(failed, `${new Date().toISOString()} pid ${process.pid}: ${err?.stack ?? err}\n`);
    } catch {
      /* a read-only cache: nothing to remember with */
    }
    return null;
  } finally {
    rmSync(`${tmp}.cjs`, { force: true });
    releaseLock(lock);
  }
}

/** Say on stderr why a run goes without the snapshot, under PAPERWEAVE_DEBUG. */
function debug(message) {
  if (process.env.PAPERWEAVE_DEBUG) process.stderr.write(`paperweave: ${message}\n`);
}

/** Remove the build lock if it is still this process's (a stale-lock takeover may have replaced it). */
function releaseLock(lock) {
  try {
    if (readFileSync(lock, 'utf8') === String(process.pid)) rmSync(lock, { force: true });
  } catch {
    /* gone already */
  }
}

/** Run the command in a child started from the snapshot; its exit code, or null when it could not run. */
function runFromSnapshot(blob) {
  // NODE_EXTRA_CA_CERTS makes Node read and parse a certificate bundle at start-up (~25 ms here); these
  // commands open no TLS connection, so the child goes without it
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  debug(`start-up snapshot ${blob}`);
  const child = spawn(process.execPath, [...V8_FLAGS, '--snapshot-blob', blob, ...process.argv.slice(2)], { stdio: 'inherit', env });
  // a signal sent to this process alone (a supervisor's SIGTERM) goes on to the child, which does the work
  const forward = (sig) => child.kill(sig);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of signals) process.on(sig, forward);
  return new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', (code, signal) => {
      for (const sig of signals) process.off(sig, forward);
      if (signal) {
        process.kill(process.pid, signal); // end as the child ended, where the default action ends us
        resolve(128 + (osConstants.signals[signal] ?? 0));
      } else resolve(code ?? 1);
    });
  });
}

const entry = await bundled();
// (Not under Node options of the caller's, on the command line or in NODE_OPTIONS, such as --inspect or
// --max-old-space-size: a snapshot loads only with the V8 configuration it was built with.)
if (entry && SNAPSHOT_COMMANDS.has(process.argv[2]) && !process.env.PAPERWEAVE_NO_SNAPSHOT && process.execArgv.length === 0 && !process.env.NODE_OPTIONS) {
  const blob = await snapshot(dirname(entry));
  const code = blob ? await runFromSnapshot(blob) : null;
  if (code === 14) {
    // Node could not load the snapshot (this V8 is configured otherwise): drop it, remember that (a fresh
    // marker: not tried again for ten minutes), run the plain way
    try {
      writeFileSync(`${blob}.failed`, `${new Date().toISOString()} pid ${process.pid}: the snapshot did not load (exit 14)\n`);
      rmSync(blob, { force: true });
    } catch {
      /* a read-only cache */
    }
  } else if (code !== null) process.exit(code);
}
let main;
if (entry) {
  ({ main } = await import(pathToFileURL(entry).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err); // as the snapshot's runner reports it
  process.exitCode = 1;
}
