/**
 * Locating the independent GEXF checker (../shared/tools/check-gexf, or $CHECK_GEXF) and its Debian
 * packages. Tests that need it skip with a message naming what is missing, but fail under CI=true.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CANDIDATES = [process.env.CHECK_GEXF, `${ROOT}../shared/tools/check-gexf`, `${ROOT}tools/check-gexf`, '/work/shared/tools/check-gexf'];

/** Whether a missing tool must fail rather than skip: CI=true, or CI=1 as some runners set it (as browserAvailability reads it). */
export function isCI(env: Record<string, string | undefined> = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

export function findCheckGexf(): { path: string | null; missing: string | null } {
  const path = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
  if (!path) return { path: null, missing: 'the check-gexf script (set CHECK_GEXF=/path/to/check-gexf)' };
  if (spawnSync('xmllint', ['--version']).status !== 0) return { path, missing: 'Debian package libxml2-utils (xmllint)' };
  if (spawnSync('/usr/bin/python3', ['-c', 'import networkx']).status !== 0) return { path, missing: 'Debian package python3-networkx' };
  return { path, missing: null };
}

/** Runs check-gexf; returns its exit status and output. */
export function runCheckGexf(path: string, files: string[], requireViz = true): { status: number; output: string } {
  const r = spawnSync(path, [...(requireViz ? ['--require-viz'] : []), ...files], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/**
 * Expects check-gexf (--require-viz unless told otherwise) to pass on the files. Where the checker or one of its
 * packages is missing it throws under CI and otherwise warns and returns false; true when it ran.
 */
export function expectCheckGexf(files: string[], requireViz = true): boolean {
  const check = findCheckGexf();
  if (check.missing) {
    if (isCI()) throw new Error(`check-gexf needs ${check.missing}`);
    console.warn(`skipping check-gexf: install ${check.missing}`);
    return false;
  }
  const r = runCheckGexf(check.path!, files, requireViz);
  expect(r.status, r.output).toBe(0);
  return true;
}
