/**
 * Browser test helpers: Debian's chromium driven by playwright-core (never a downloaded browser), and the
 * project's own static server on a free loopback port.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/cli/server.ts';

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
export async function openViewer(session: Session, query = '', size = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await session.browser.newPage({ viewport: size });
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
