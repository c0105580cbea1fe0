// bp-demo-redirect: `/` on the demo dev and preview servers answers with a redirect to /demo/, since the
// server root is the repository root (so the pages can load /src/… and /dist/… as in the tree).
import type { Connect, Plugin } from 'vite';

const toDemo: Connect.NextHandleFunction = (req, res, next) => {
  if (req.url !== '/') return next();
  res.statusCode = 302;
  res.setHeader('Location', '/demo/');
  res.end();
};

export function demoRedirect(): Plugin {
  return {
    name: 'bp-demo-redirect',
    configureServer: (server) => void server.middlewares.use(toDemo),
    configurePreviewServer: (server) => void server.middlewares.use(toDemo),
  };
}
