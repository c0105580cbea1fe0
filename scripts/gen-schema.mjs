#!/usr/bin/env node
// Writes the published JSON Schemas (src/data/framework.schema.json, src/data/profile.schema.json) from the
// same valibot schemas that type and validate documents at run time (src/framework/schema.ts): one source.
// `--check` fails when the committed files differ from what the source generates (run by `npm run lint`).
import { build } from 'esbuild';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const dir = await mkdtemp(join(tmpdir(), 'bp-schema-'));
const entry = `
  import { toJsonSchema } from '@valibot/to-json-schema';
  import * as s from './src/framework/schema.ts';
  // Cross-field and cross-reference rules (unique ids, references, contiguous ranks, "levelId when rated")
  // are checked by the library and the validate CLI; a JSON Schema cannot say them.
  const definitions = {
    Id: s.IdSchema, Name: s.NameSchema, Text: s.TextSchema, Url: s.UrlSchema, Locale: s.LocaleSchema, Level: s.LevelSchema,
    Capacity: s.CapacitySchema, Group: s.GroupSchema, Descriptor: s.DescriptorSchema,
    EquityConsideration: s.EquityConsiderationSchema, Action: s.ActionSchema, Resource: s.ResourceSchema,
    Provider: s.ProviderSchema, Anchor: s.AnchorSchema, Rating: s.RatingSchema,
  };
  export const framework = toJsonSchema(s.FrameworkSchema, { errorMode: 'ignore', definitions });
  export const profile = toJsonSchema(s.ProfileSchema, { errorMode: 'ignore', definitions });
`;
try {
  const out = join(dir, 'schema.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'warning',
  });
  const { framework, profile } = await import(pathToFileURL(out).href);
  const base = 'https://unpkg.com/blueprint-widgets/dist/data/';
  const files = {
    'framework.schema.json': {
      $schema: framework.$schema,
      $id: base + 'framework.schema.json',
      ...framework,
    },
    'profile.schema.json': { $schema: profile.$schema, $id: base + 'profile.schema.json', ...profile },
  };
  let stale = [];
  for (const [name, schema] of Object.entries(files)) {
    const path = join(root, 'src/data', name);
    const text = JSON.stringify(schema, null, 2) + '\n';
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== text) stale.push(`src/data/${name}`);
    } else if ((await readFile(path, 'utf8').catch(() => '')) !== text) {
      // Only when it changed: `npm test` runs the browser tests (which fetch these files) beside the build.
      await writeFile(path, text);
      console.log(`wrote src/data/${name}`);
    } else console.log(`src/data/${name} is up to date`);
  }
  if (stale.length) {
    console.error(
      `${stale.join(', ')} out of date with src/framework/schema.ts: run \`npm run schema\` and commit.`,
    );
    process.exitCode = 1;
  } else if (check) console.log('JSON Schemas are up to date with src/framework/schema.ts');
} finally {
  await rm(dir, { recursive: true, force: true });
}
