/**
 * A small static server for the viewer (node:http, no dependencies): the built site (dist/) at /, and the
 * graph directory at /data/ (so the page's default `data/graph.json` is the chosen graph). Loopback only by
 * default. Every response carries a Content-Security-Policy that forbids inline script.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface ServeOptions {
  /** The built viewer (index.html + assets). */
  siteDir: string;
  /** A built graph directory (holding graph.json), served at /data/. */
  graphDir: string;
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Resolve a URL path inside a root, or null when it would escape it. */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const abs = resolve(root, '.' + normalize('/' + decoded));
  const base = resolve(root);
  return abs === base || abs.startsWith(base + sep) ? abs : null;
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
    const path = (req.url ?? '/').split(/[?#]/)[0];
    let file: string | null;
    if (path.startsWith('/data/')) file = safeJoin(opts.graphDir, path.slice('/data'.length));
    else file = safeJoin(opts.siteDir, path);
    if (!file) return send(400, 'bad path\n');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === '/favicon.ico' && !existsSync(file)) {
      res.writeHead(204, { 'content-security-policy': CSP });
      return res.end();
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      return send(404, path.startsWith('/data/')
        ? `not found: ${path} (no such file in ${opts.graphDir}; build a graph with 'paperweave build')\n`
        : `not found: ${path}\n`);
    }
    const st = statSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': st.size,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 0);
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        server,
        port,
        url: `http://${shownHost}:${port}/`,
        close: () => new Promise<void>((r) => {
          server.closeAllConnections?.();
          server.close(() => r());
        }),
      });
    });
  });
}
