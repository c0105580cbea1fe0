// What the browser smoke scripts share (test:bundle, test:demo, test:stories): a static file server on a free
// local port, the strict Content-Security-Policy the widgets are checked under (scripts/vite/demo-csp.ts
// serves demo/csp.html with it too), and the ✔ / ✖ checklist they print. No dependencies beyond Node.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** No inline scripts or styles, nothing from elsewhere: what a careful partner site sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the files under `dir` (`/` and `…/` are `index.html`; anything outside `dir` is a 404) on 127.0.0.1.
 * `route(path, res)` answers a request itself when it returns true; `rewrite(path)` maps a path to another
 * one, or to null for a 404; `headers(path)` adds response headers. Resolves to the server and its origin.
 */
export async function serveDirectory(dir, { route, rewrite, headers } = {}) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (route && (await route(path, res))) return;
    if (rewrite) path = rewrite(path);
    if (path === null) return res.writeHead(404).end('not found');
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !(await stat(file).catch(() => undefined))?.isFile())
      return res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers?.(path),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** A checklist: `check(label, ok, detail)` prints ✔ or ✖ and keeps each failure (with its detail). */
export function checklist() {
  const failures = [];
  const check = (label, ok, detail = '') => {
    console.log(`${ok ? '✔' : '✖'} ${label}`);
    if (!ok) failures.push(`${label}${detail ? `: ${detail}` : ''}`);
  };
  return { failures, check };
}
