/**
 * One Vite config per job, picked by `--mode` (each in scripts/vite/, over the shared base in
 * scripts/vite/base.config.ts; every plugin is a file of its own there, named `bp-*`):
 *
 *   vite build                 the ESM library for npm (scripts/vite/library.config.ts); empties dist/
 *   vite build --mode bundle   the script-tag bundle dist/blueprint-widgets.js (scripts/vite/bundle.config.ts)
 *   vite --mode demo           the demo pages: dev server, `vite build --mode demo` to dist-demo/ and
 *                              `vite preview --mode demo` (scripts/vite/demo.config.ts)
 *
 * Any other mode (Storybook's "development"/"production") gets the library config.
 */
import { defineConfig } from 'vite';
import { bundleConfig } from './scripts/vite/bundle.config.js';
import { demoConfig } from './scripts/vite/demo.config.js';
import { libraryConfig } from './scripts/vite/library.config.js';

export default defineConfig(({ mode }) =>
  mode === 'bundle' ? bundleConfig() : mode === 'demo' ? demoConfig() : libraryConfig(),
);
