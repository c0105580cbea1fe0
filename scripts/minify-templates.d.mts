/** Types of scripts/minify-templates.mjs (imported by vite.config.ts). */
export function minifyTemplates(
  code: string,
  fileName: string,
): Promise<{ code: string; map: import('magic-string').SourceMap } | undefined>;
