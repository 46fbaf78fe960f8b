/**
 * Browser test helpers: Debian's chromium driven by playwright-core (never a downloaded browser), and the
 * project's own static server on a free loopback port.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/server.ts';
import { ROOT } from '../../src/cli/io.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/**
 * Whether browser tests can run. On a user's machine without chromium they are skipped with a message naming
 * the Debian package; under CI=true a missing browser is a failure, not a skip.
 */
export function browserAvailability(
  path = CHROMIUM,
  env: Record<string, string | undefined> = process.env,
): { ok: true } | { ok: false; reason: string } {
  if (existsSync(path)) return { ok: true };
  const reason = `browser tests need ${path}: install the Debian package 'chromium' (apt-get install chromium)`;
  if (env.CI === 'true' || env.CI === '1') throw new Error(`${reason} (CI=true: not skipping)`);
  console.warn(`skipping: ${reason}`);
  return { ok: false, reason };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface Session {
  browser: Browser;
  server: RunningServer;
  close(): Promise<void>;
}

export async function launch(siteDir: string, graphDir: string): Promise<Session> {
  const server = await startServer({ siteDir, graphDir, port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }); // a fresh temp profile by default
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    server,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Open the viewer and wait until the graph has been rendered once. Page errors are collected. */
export async function openViewer(session: Session, query = '', size = { width: 1280, height: 800 }, opts: { hasTouch?: boolean } = {}): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await session.browser.newPage({ viewport: size, ...opts });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(session.server.url + query);
  await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
  return { page, errors, dialogs };
}

/**
 * Hover, click and let go of a node drawn at page point (x, y) with no other near it: hovered, then selected, its
 * details panel titled with its label and the URL naming it in view `view` (`&view=`); Esc clears the selection.
 */
export async function hoverClickAndClear(page: Page, node: { key: string; x: number; y: number }, view: string): Promise<void> {
  const label = await page.evaluate((k) => window.paperweave!.graph.getNodeAttribute(k, 'label'), node.key);
  await page.mouse.move(node.x, node.y);
  await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.hovered)).toBe(node.key);
  await page.mouse.click(node.x, node.y);
  await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([node.key]);
  expect(await page.locator('[data-testid=details] h2').textContent()).toBe(label);
  const url = new URL(page.url());
  expect(url.searchParams.getAll('sel')).toEqual([node.key]);
  expect(url.searchParams.get('view')).toBe(view);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([]);
}

/** Viewport position of a node, from the renderer (graph coordinates -> viewport pixels). */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const pw = window.paperweave!;
    const a = pw.graph.getNodeAttributes(k);
    const box = pw.renderer.getContainer().getBoundingClientRect();
    // Recompute the matrix from the camera's current state (the cached one updates at the next frame).
    const p = pw.renderer.graphToViewport({ x: a.x, y: a.y }, { cameraState: pw.renderer.getCamera().getState() });
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/**
 * For the bench scripts: run `act` in the page (a click, a keystroke, as code), then wait for the next frame; ms from the
 * act to the frame, and the data table's own timings (web/features/table-panel.ts timings()).
 */
export async function tableStep(page: Page, act: string): Promise<{ frame: number; js: Record<string, number | undefined> }> {
  return page.evaluate(async (code) => {
    const t0 = performance.now();
    new Function(code)();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { frame: performance.now() - t0, js: window.paperweave!.beyond!.table.timings() as Record<string, number | undefined> };
  }, act);
}

/** A click on the first element `sel` matches, as code for tableStep. */
export const click = (sel: string): string => `document.querySelector(${JSON.stringify(sel)}).click()`;

/** Run a command in the repository; reject with its stderr when it fails. */
export function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', fail);
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${err}`))));
  });
}

/**
 * For the calling test file: the viewer built by vite (as `npm run build:web` does) and the bundled graph built by
 * `paperweave build` (named as `npm start`'s graph-data/anomaly-detection/ is), both into a temp dir before its tests and
 * removed after them (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead, PW_SITE_DIR=DIR an existing `vite build`
 * output, as beyond.test.ts does). `from`: the graph built from these input files (paths from the repository's root)
 * and named so instead (PAPERWEAVE_E2E_GRAPH does not apply). Nothing is built where the browser is missing.
 */
export function useBuiltViewer(prefix: string, from?: { inputs: string[]; name: string }): { tmp: string; site: string; graphDir: string } {
  const built = { tmp: '', site: '', graphDir: '' };
  beforeAll(async () => {
    if (!browserAvailability().ok) return;
    built.tmp = mkdtempSync(join(tmpdir(), prefix));
    if (process.env.PW_SITE_DIR) built.site = resolve(process.env.PW_SITE_DIR);
    else {
      built.site = join(built.tmp, 'site');
      await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', built.site, '--emptyOutDir']);
    }
    if (from) {
      built.graphDir = join(built.tmp, 'graph');
      await run(process.execPath, [join(ROOT, 'src', 'cli', 'paperweave.mjs'), 'build', ...from.inputs.map((f) => join(ROOT, f)), '--out', built.graphDir, '--name', from.name]);
    } else if (process.env.PAPERWEAVE_E2E_GRAPH) {
      built.graphDir = resolve(process.env.PAPERWEAVE_E2E_GRAPH);
    } else {
      built.graphDir = join(built.tmp, 'graph');
      // (not named after the temporary directory: the screenshot shows the name)
      await run(process.execPath, [join(ROOT, 'src', 'cli', 'paperweave.mjs'), 'build', '--out', built.graphDir, '--name', 'anomaly-detection']);
    }
    expect(existsSync(join(built.graphDir, 'graph.json'))).toBe(true);
  }, 300_000);
  afterAll(() => {
    if (built.tmp) rmSync(built.tmp, { recursive: true, force: true });
  });
  return built;
}

/**
 * For the calling describe block: a browser and server on a useBuiltViewer's site and graph, launched before its tests
 * and closed after them; `session` is set once they start.
 */
export function useSession(built: { site: string; graphDir: string }): { session: Session } {
  const held = {} as { session: Session };
  beforeAll(async () => {
    held.session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await held.session?.close();
  });
  return held;
}
