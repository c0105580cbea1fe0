/**
 * Three builds from one file (`--mode` picks one):
 *
 *   vite build                 ESM library: dist/<same path as src>.js, one file per source module
 *                              (preserveModules), runtime deps and node builtins external, src/data/*.json
 *                              copied to dist/data/. Empties dist/ first, so it runs before the others.
 *   vite build --mode bundle   the script-tag bundle from src/bundle.ts, fully minified, lit, @lit/context,
 *                              valibot and d3 inlined: dist/blueprint-widgets.js (the entry, under 1 kB),
 *                              dist/blueprint-widgets/core-<hash>.js (src/bundle-core.ts, loaded at once),
 *                              one file per element loaded on first use, and dist/blueprint-widgets.css
 *                              (the pre-upgrade rules, src/internal/pending.ts). Never empties dist/.
 *   vite --mode demo           dev server for demo/*.html (http://localhost:5173/ redirects to /demo/). The
 *                              partner pages (index, bele, csp) load the BUILT script-tag bundle from
 *                              ../dist/ (`npm start` builds it first); demo/app.ts imports the package's
 *                              entry points, aliased to the sources. demo/csp.html gets a strict CSP header.
 *   vite build --mode demo     the demo pages to dist-demo/ (same layout: dist-demo/demo/index.html, and the
 *                              bundle with its samples in dist-demo/dist/), `vite preview --mode demo` serves it.
 *
 * Storybook also loads this file (mode "production"/"development"); it keeps only `plugins` and
 * `build.target`, so the data-copy plugin checks its output directory and does nothing there.
 */
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { PENDING_CSS } from './src/internal/pending.js';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { STRICT_CSP } from './scripts/smoke-kit.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = (...p: string[]) => join(root, 'src', ...p);

/** Library entries: the public modules plus every component class and define file (found, not listed). */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: src('index.ts'),
    all: src('all.ts'),
    'framework/index': src('framework', 'index.ts'),
    'framework/cli': src('framework', 'cli.ts'),
  };
  const componentsDir = src('components');
  if (existsSync(componentsDir)) {
    for (const dirent of readdirSync(componentsDir, { withFileTypes: true })) {
      if (!dirent.isDirectory()) continue;
      const tag = dirent.name;
      for (const file of [`${tag}.ts`, 'define.ts']) {
        if (existsSync(src('components', tag, file))) {
          entries[`components/${tag}/${file.slice(0, -3)}`] = src('components', tag, file);
        }
      }
    }
  }
  // An entry that does not exist yet (the tree is being written) is skipped rather than failing the build.
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
}

/** Runtime dependencies stay imports in the ESM build: lit, @lit/*, d3-*, valibot, anything in
 * package.json dependencies/peerDependencies, and node builtins (src/framework/cli.ts). */
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const runtimeDeps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const external: (string | RegExp)[] = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^d3-/,
  /^valibot($|\/)/,
  ...runtimeDeps.map((name) => new RegExp(`^${escape(name)}($|/)`)),
  /^node:/,
  ...builtinModules,
];

/** Copies src/data/*.json to `<outDir>/<dest>` after a build whose output directory is `outDir`. */
function copyData(outDir: string, dest: string): Plugin {
  return {
    name: 'bp-copy-data',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir || resolve(options.dir) !== resolve(root, outDir)) return; // e.g. storybook-static
      const from = src('data');
      if (!existsSync(from)) return;
      const to = resolve(root, outDir, dest);
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(from)) if (f.endsWith('.json')) cpSync(join(from, f), join(to, f));
    },
  };
}

/**
 * Minifies the CSS (Lightning CSS) and HTML inside Lit's `css` / `html` / `svg` templates of our own
 * sources. JavaScript minifiers leave template strings as written, indentation and all; for a library of
 * text-heavy widgets that is a large share of the bytes. Build-time only: nothing of it ships. How:
 * scripts/minify-templates.mjs.
 */
const minifiedTemplates: Plugin = {
  name: 'bp-minify-templates',
  enforce: 'pre',
  apply: 'build',
  async transform(code, id) {
    if (!id.startsWith(src()) || !id.endsWith('.ts')) return null;
    const result = await minifyTemplates(code, id);
    return result ? { code: result.code, map: result.map } : null;
  },
};

/** Chunk name of the script-tag bundle's shared core: 'core' for src/bundle-core.ts and every module it
 * reaches through static imports, else null (rolldown's default placement: the entry, src/bundle.ts, stays
 * a file of its own, and so does each lazily loaded element). */
function coreChunk(
  id: string,
  ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
): string | null {
  if (!eagerModules) {
    eagerModules = new Set([src('bundle-core.ts')]);
    const queue = [src('bundle-core.ts')];
    for (let next = queue.pop(); next; next = queue.pop()) {
      for (const dep of ctx.getModuleInfo(next)?.importedIds ?? []) {
        if (!eagerModules.has(dep)) {
          eagerModules.add(dep);
          queue.push(dep);
        }
      }
    }
  }
  return eagerModules.has(id) ? 'core' : null;
}
let eagerModules: Set<string> | undefined;

/** Writes dist/blueprint-widgets.css: the pre-upgrade rules (reserved space, delayed fade) for a <link>.
 * Also empties dist/blueprint-widgets/ first. */
const pendingStylesheet: Plugin = {
  name: 'bp-pending-stylesheet',
  apply: 'build',
  buildStart() {
    eagerModules = undefined; // a rebuild (watch mode) computes the core's modules again
    // The chunks' names carry content hashes: a rebuild must not leave the previous ones beside the new.
    rmSync(join(root, 'dist', 'blueprint-widgets'), { recursive: true, force: true });
  },
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'blueprint-widgets.css',
      source: `/* blueprint-widgets: how widgets look before they upgrade. Optional: <link rel="stylesheet"> it in <head>. */\n${PENDING_CSS}\n`,
    });
  },
};

/** The package's published entry points (package.json `exports`), as sources: for demo/app.ts. */
const packageAliases = [
  { find: /^blueprint-widgets$/, replacement: src('index.ts') },
  { find: /^blueprint-widgets\/framework$/, replacement: src('framework', 'index.ts') },
  { find: /^blueprint-widgets\/all\.js$/, replacement: src('all.ts') },
  { find: /^blueprint-widgets\/data\/(.*)\.json$/, replacement: `${src('data')}/$1.json` },
  { find: /^blueprint-widgets\/([a-z-]+)\/define\.js$/, replacement: `${src('components')}/$1/define.ts` },
  { find: /^blueprint-widgets\/([a-z-]+)\.js$/, replacement: `${src('components')}/$1/$1.ts` },
];

/** demo/csp.html is served with the strict policy (STRICT_CSP), in dev and preview alike, as the smoke
 * scripts serve it. */
const cspHeader = (
  req: { url?: string },
  res: { setHeader(k: string, v: string): void },
  next: () => void,
) => {
  if (req.url?.split('?')[0]?.endsWith('/demo/csp.html'))
    res.setHeader('Content-Security-Policy', STRICT_CSP);
  next();
};
const demoHeaders: Plugin = {
  name: 'bp-demo-headers',
  configureServer: (server) => void server.middlewares.use(cspHeader),
  configurePreviewServer: (server) => void server.middlewares.use(cspHeader),
};

/** The partner pages load the built script-tag bundle (../dist/blueprint-widgets.js, left alone by Vite
 * through `vite-ignore`): `vite build --mode demo` copies it, with its chunks and samples, to dist-demo/dist/. */
const copyBundle: Plugin = {
  name: 'bp-demo-copy-bundle',
  apply: 'build',
  writeBundle() {
    const from = join(root, 'dist');
    if (!existsSync(join(from, 'blueprint-widgets.js'))) {
      this.warn('dist/blueprint-widgets.js is missing: run `npm run build` first; the partner pages need it');
      return;
    }
    const to = join(root, 'dist-demo', 'dist');
    for (const f of ['blueprint-widgets.js', 'blueprint-widgets.css', 'blueprint-widgets', 'data'])
      cpSync(join(from, f), join(to, f), { recursive: true });
  },
};

/**
 * The validator's dynamic import (src/context/validator.ts) splits it out for npm pages without a provider.
 * Where a provider is on the page (the script tag carries one, demo/app.ts uses one) it is imported
 * statically too, on purpose, and rolldown's note that the dynamic import moves nothing is expected.
 */
const quietValidatorLog = (
  level: 'info' | 'warn' | 'debug',
  log: { code?: string; message: string },
  handler: (level: 'info' | 'warn' | 'debug' | 'error', log: { code?: string; message: string }) => void,
): void => {
  if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('framework/parse.ts')) return;
  handler(level, log);
};

/** `/` on the demo dev/preview server goes to /demo/. */
const demoRedirect: Plugin = {
  name: 'bp-demo-redirect',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
};

function demoPages(): Record<string, string> {
  const dir = join(root, 'demo');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -5), join(dir, f)]),
  );
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'demo') {
    return {
      // The project root is the server root, so a page at /demo/ can load /src/all.ts (or ../src/all.ts)
      // and fetch /src/data/*.json exactly as in the source tree.
      root,
      base: './',
      appType: 'mpa',
      publicDir: false,
      plugins: [demoRedirect, demoHeaders, copyData('dist-demo', 'src/data'), copyBundle],
      // demo/app.ts imports the package by its published names; here they are the sources.
      resolve: { alias: packageAliases },
      server: { fs: { strict: true, allow: [root] } },
      build: {
        outDir: 'dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: demoPages(), onLog: quietValidatorLog },
      },
    };
  }

  if (mode === 'bundle') {
    // Lib mode, so that Vite adds no preload helper around the dynamic imports (in an app build it does, and
    // a failed import would then fire `vite:preloadError` on the partner's window: a Vite-built host page
    // that reloads on it would loop). Lib mode leaves whitespace in `es` output; output.minify turns the
    // full Oxc minifier back on.
    return {
      publicDir: false,
      plugins: [minifiedTemplates, copyData('dist', 'data'), pendingStylesheet],
      build: {
        outDir: 'dist',
        emptyOutDir: false, // the ESM build has already written dist/
        target: 'es2022',
        minify: 'oxc',
        sourcemap: false,
        copyPublicDir: false,
        modulePreload: false,
        reportCompressedSize: true,
        lib: { entry: { 'blueprint-widgets': src('bundle.ts') }, formats: ['es'] },
        rolldownOptions: {
          preserveEntrySignatures: 'strict', // keep bundle.ts's exports
          onLog: quietValidatorLog,
          output: {
            format: 'es',
            minify: true,
            entryFileNames: '[name].js',
            // blueprint-widgets/<tag>-<hash>.js for each element loaded on first use, core-<hash>.js shared.
            chunkFileNames: (chunk) =>
              `blueprint-widgets/${/[\\/]components[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
            // src/bundle-core.ts and all it imports statically go to ONE shared chunk, which the entry and
            // the lazily loaded elements import by a relative URL without a query string: the entry file
            // itself may be loaded under several URLs (`?ver=…`, two embeds) and the page still runs one
            // copy. Modules only the lazy elements use stay in their chunks (rolldown's default splitting).
            codeSplitting: { groups: [{ name: coreChunk, debugName: 'core' }] },
            comments: { legal: false, annotation: false, jsdoc: false },
          },
        },
      },
    };
  }

  // Default: the ESM library for npm consumers (readable code, unminified: consumers' bundlers minify; but
  // their minifiers leave template strings alone, so the templates' CSS and HTML are minified here).
  return {
    publicDir: false,
    plugins: [minifiedTemplates, copyData('dist', 'data')],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      lib: { entry: libraryEntries(), formats: ['es'] },
      rolldownOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
