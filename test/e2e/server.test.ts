/** The static server behind `paperweave serve` (no browser needed). */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeJoin, startServer, type RunningServer } from '../../src/cli/server.ts';

describe('static server', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paperweave-server-'));
    mkdirSync(join(dir, 'site', 'assets'), { recursive: true });
    mkdirSync(join(dir, 'graph'));
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'site', 'assets', 'a.js'), 'export {}');
    writeFileSync(join(dir, 'graph', 'graph.json'), '{"nodes":[],"edges":[]}');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    server = await startServer({ siteDir: join(dir, 'site'), graphDir: join(dir, 'graph'), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on loopback and serves index.html with a CSP that forbids inline script', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves the graph directory at /data/ and assets with their types', async () => {
    const g = await fetch(`${server.url}data/graph.json`);
    expect(g.status).toBe(200);
    expect(await g.json()).toEqual({ nodes: [], edges: [] });
    const js = await fetch(`${server.url}assets/a.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves a file outside its roots', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/data/..%2f..%2fsecret.txt', '/data/%2e%2e/%2e%2e/secret.txt']) {
      const res = await fetch(server.url.replace(/\/$/, '') + p);
      expect(res.status).not.toBe(200);
      expect(await res.text()).not.toBe('secret');
    }
    expect(safeJoin('/srv/site', '/../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(safeJoin('/srv/site', '/%00')).toBeNull();
  });

  it('a missing graph.json is a 404 that says how to build one', async () => {
    const res = await fetch(`${server.url}data/missing.json`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('paperweave build');
  });
});
