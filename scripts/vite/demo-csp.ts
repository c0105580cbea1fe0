// bp-demo-csp: demo/csp.html is served with the strict Content-Security-Policy (STRICT_CSP from
// scripts/smoke-kit.mjs), in dev and preview alike, exactly as the smoke scripts serve it: the page shows
// the widgets working with no inline script, no eval and `style-src 'self'`.
import type { Connect, Plugin } from 'vite';
import { STRICT_CSP } from '../smoke-kit.mjs';

const cspHeader: Connect.NextHandleFunction = (req, res, next) => {
  if (req.url?.split('?')[0]?.endsWith('/demo/csp.html'))
    res.setHeader('Content-Security-Policy', STRICT_CSP);
  next();
};

export function demoCsp(): Plugin {
  return {
    name: 'bp-demo-csp',
    configureServer: (server) => void server.middlewares.use(cspHeader),
    configurePreviewServer: (server) => void server.middlewares.use(cspHeader),
  };
}
