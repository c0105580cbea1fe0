// `vite build`: the ESM library for npm consumers. dist/<same path as src>.js, one file per source module
// (preserveModules), readable and unminified (consumers' bundlers minify; but their minifiers leave template
// strings alone, so the templates' CSS and HTML are minified here), runtime dependencies and node builtins
// external, src/data/*.json copied to dist/data/. Empties dist/ first, so it runs before the bundle.
// Storybook loads this config too (through vite.config.ts, mode "development"/"production"); it keeps
// everything but `build` (of which only build.target): see .storybook/main.ts.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';
import { packageConfig } from './base.config.js';
import { root, src } from './paths.js';

/** Library entries: the public modules plus every component's class and define file (found, not listed). */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: src('index.ts'),
    all: src('all.ts'),
    'framework/index': src('framework', 'index.ts'),
    'framework/cli': src('framework', 'cli.ts'),
  };
  for (const dirent of readdirSync(src('components'), { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const tag = dirent.name;
    entries[`components/${tag}/${tag}`] = src('components', tag, `${tag}.ts`);
    entries[`components/${tag}/define`] = src('components', tag, 'define.ts');
  }
  return entries;
}

/** Runtime dependencies stay imports: lit, @lit/*, d3-*, valibot, anything in package.json
 * dependencies/peerDependencies, and node builtins (src/framework/cli.ts). */
function external(): (string | RegExp)[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const runtimeDeps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    /^lit($|\/)/,
    /^@lit\//,
    /^@lit-labs\//,
    /^d3-/,
    /^valibot($|\/)/,
    ...runtimeDeps.map((name) => new RegExp(`^${escape(name)}($|/)`)),
    /^node:/,
    ...builtinModules,
  ];
}

export function libraryConfig(): UserConfig {
  return mergeConfig(packageConfig(), {
    build: {
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      lib: { entry: libraryEntries(), formats: ['es'] },
      rolldownOptions: {
        external: external(),
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  } satisfies UserConfig);
}
