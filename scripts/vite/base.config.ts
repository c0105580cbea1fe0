// The settings the builds share, in two layers: `baseConfig` for every build (the package and the demo
// pages) and `packageConfig` on top of it for the two builds of the package (library and script-tag
// bundle), which write dist/. Each job's config (library.config.ts, bundle.config.ts, demo.config.ts)
// merges its own settings over one of them.
import { mergeConfig, type UserConfig } from 'vite';
import { copyData } from './copy-data.js';
import { minifiedTemplates } from './minify-templates.js';

/** Every build: no public/ folder, ES2022 output. */
export function baseConfig(): UserConfig {
  return { publicDir: false, build: { target: 'es2022' } };
}

/** The package's builds: our templates minified, output to dist/, src/data/*.json copied to dist/data/. */
export function packageConfig(): UserConfig {
  return mergeConfig(baseConfig(), {
    plugins: [minifiedTemplates(), copyData('dist', 'data')],
    build: { outDir: 'dist', copyPublicDir: false },
  });
}
