// `vite build --mode bundle`: the script-tag bundle from src/bundle.ts, fully minified, lit, @lit/context,
// valibot and d3 inlined: dist/blueprint-widgets.js (the entry, under 1 kB), dist/blueprint-widgets/core-
// <hash>.js (src/bundle-core.ts, loaded at once: see bundle-core.ts), one file per element loaded on first
// use, parse-<hash>.js (the validator, loaded with the first framework), and dist/blueprint-widgets.css (the
// pre-upgrade rules). Never empties dist/: the library build has written it first.
//
// Lib mode, so that Vite adds no preload helper around the dynamic imports (in an app build it does, and a
// failed import would then fire `vite:preloadError` on the partner's window: a Vite-built host page that
// reloads on it would loop). Lib mode leaves whitespace in `es` output; output.minify turns the full Oxc
// minifier back on.
import { mergeConfig, type UserConfig } from 'vite';
import { packageConfig } from './base.config.js';
import { bundleCore } from './bundle-core.js';
import { pendingStylesheet } from './pending-stylesheet.js';
import { quietValidatorLog } from './quiet-validator-log.js';
import { src } from './paths.js';

/** blueprint-widgets/<tag>-<hash>.js for each element loaded on first use, core-<hash>.js for the core. */
const chunkFileName = (chunk: { facadeModuleId: string | null }) =>
  `blueprint-widgets/${/[\\/]components[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`;

export function bundleConfig(): UserConfig {
  const core = bundleCore();
  return mergeConfig(packageConfig(), {
    plugins: [core.plugin, pendingStylesheet(), quietValidatorLog()],
    build: {
      emptyOutDir: false,
      minify: 'oxc',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: true,
      lib: { entry: { 'blueprint-widgets': src('bundle.ts') }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'strict', // keep bundle.ts's exports
        output: {
          format: 'es',
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: chunkFileName,
          codeSplitting: { groups: [{ name: core.chunkName, debugName: 'core' }] },
          comments: { legal: false, annotation: false, jsdoc: false },
          // V8's explicit compile hint (Chrome and Edge 136+; other engines read a comment): compile every
          // function of the file while the script streams in, on a background thread, instead of lazily on
          // the main thread at each function's first call. On the core (loaded at once) and on each file
          // loaded on first use (an element's, the validator's, ...), which is fetched when it is about to
          // run; not on the entry (a few imports) nor on the small shared files, where the comment's bytes
          // would outweigh what it saves. Measured on the version-1 demo page (seven widgets, k=8
          // interleaved, two helpers busy beside it): main-thread CPU from navigation until quiet 486 -> 441
          // ms, total blocking time 755 -> 457 ms; a page with only the bars 163 -> 155 ms (TBT 124 -> 76),
          // only the rubric 267 -> 246 ms (TBT 108 -> 77); JS heap +0.18 MiB (the bytecode of functions a
          // page never runs). After minification, so that the comment stays the file's first line.
          postBanner: (chunk) =>
            chunk.name === 'core' || chunk.isDynamicEntry ? '//# allFunctionsCalledOnLoad' : '',
        },
      },
    },
  } satisfies UserConfig);
}
