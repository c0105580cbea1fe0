/** Types of scripts/minify-templates.mjs (imported by scripts/vite/minify-templates.ts). */
export function minifyTemplates(
  code: string,
  fileName: string,
): Promise<{ code: string; map: import('magic-string').SourceMap } | undefined>;

/** An esbuild plugin: our sources with their templates minified. */
export const minifiedTemplates: import('esbuild').Plugin;
