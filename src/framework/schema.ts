/**
 * The framework and profile documents, version 1 (framework-format.md), written once with valibot.
 * From these schemas come the TypeScript types (`InferOutput`), the runtime validation of shapes
 * (parse.ts adds the cross-reference rules a schema cannot express) and the published JSON Schema
 * (scripts/gen-schema.mjs → src/data/*.schema.json). Objects are `looseObject`s: unknown fields are kept.
 */
import * as v from 'valibot';
import { FRAMEWORK_SCHEMA_ID, ID_PATTERN, PROFILE_SCHEMA_ID, SAFE_URL_PATTERN } from './constants.js';

export {
  FRAMEWORK_SCHEMA_ID,
  PROFILE_SCHEMA_ID,
  LIBRARY_EXTENSION,
  MAX_PRIORITIES,
  ID_PATTERN,
  SAFE_URL_PATTERN,
  isSafeUrl,
} from './constants.js';

const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export const IdSchema = v.pipe(
  v.string('expected an id (a string)'),
  v.regex(
    ID_PATTERN,
    'expected an id: lowercase letters, digits, "-" or "_", starting with a letter or digit',
  ),
  v.maxLength(64, 'expected an id of at most 64 characters'),
);

export const LocaleSchema = v.pipe(
  v.string('expected a BCP-47 language tag (a string)'),
  v.regex(LOCALE_PATTERN, 'expected a BCP-47 language tag such as "en" or "es-MX"'),
);

export const TextSchema = v.union(
  [
    v.string(),
    v.pipe(
      v.record(LocaleSchema, v.string('expected a string for this language')),
      v.minEntries(1, 'expected at least one language in this text'),
    ),
  ],
  'expected text: a string, or an object of language tags to strings such as {"en": "…", "es": "…"}',
);

const TextListSchema = v.array(TextSchema, 'expected a list of texts');

export const UrlSchema = v.pipe(
  v.string('expected a URL (a string)'),
  v.regex(SAFE_URL_PATTERN, 'expected an http:, https: or relative URL'),
);

const DateSchema = v.union(
  [v.pipe(v.string(), v.isoDate()), v.pipe(v.string(), v.isoTimestamp())],
  'expected a date (YYYY-MM-DD) or an ISO date-time',
);
const DateTimeSchema = v.pipe(
  v.string('expected an ISO date-time (a string)'),
  v.isoTimestamp('expected an ISO date-time such as 2026-11-23T18:40:00Z'),
);

const ColorSchema = v.pipe(
  v.string('expected a CSS color (a string)'),
  v.minLength(1, 'expected a CSS color'),
);

export const LevelSchema = v.looseObject({
  id: IdSchema,
  rank: v.pipe(
    v.number('expected a rank (a number)'),
    v.integer('expected a whole-number rank'),
    v.minValue(0, 'expected a rank of 0 or more'),
  ),
  label: TextSchema,
  shortLabel: v.optional(TextSchema),
  summary: v.optional(TextSchema),
  color: v.optional(ColorSchema),
});

export const DescriptorSchema = v.looseObject({
  summary: TextSchema,
  indicators: v.optional(TextListSchema),
});

export const CapacitySchema = v.looseObject({
  id: IdSchema,
  label: TextSchema,
  definition: v.optional(TextSchema),
  lookFors: v.optional(TextListSchema),
  descriptors: v.optional(
    v.record(v.string(), DescriptorSchema, 'expected an object of level ids to descriptors'),
  ),
  prompts: v.optional(TextListSchema),
});

export const GroupSchema = v.looseObject({
  id: IdSchema,
  label: TextSchema,
  summary: v.optional(TextSchema),
  color: v.optional(ColorSchema),
  capacities: v.pipe(
    v.array(CapacitySchema, 'expected a list of capacities'),
    v.minLength(1, 'expected at least one capacity in the group'),
  ),
});

export const EquityConsiderationSchema = v.looseObject({
  groupId: IdSchema,
  levelId: IdSchema,
  capacityId: v.optional(IdSchema),
  items: TextListSchema,
});

export const ActionSchema = v.looseObject({
  id: IdSchema,
  capacityId: IdSchema,
  levelId: IdSchema,
  title: TextSchema,
  detail: v.optional(TextSchema),
  resourceIds: v.optional(v.array(IdSchema, 'expected a list of resource ids')),
});

const IdListSchema = v.array(IdSchema, 'expected a list of ids');

export const ResourceSchema = v.looseObject({
  id: IdSchema,
  title: TextSchema,
  url: v.optional(UrlSchema),
  summary: v.optional(TextSchema),
  publisher: v.optional(v.string('expected a string')),
  type: v.optional(IdSchema),
  format: v.optional(IdSchema),
  cost: v.optional(IdSchema),
  audience: v.optional(IdListSchema),
  languages: v.optional(v.array(LocaleSchema, 'expected a list of language tags')),
  minutes: v.optional(
    v.pipe(
      v.number('expected a number of minutes'),
      v.minValue(0, 'expected 0 minutes or more'),
      v.finite('expected a finite number'),
    ),
  ),
  capacityIds: v.optional(IdListSchema),
  levelIds: v.optional(IdListSchema),
  groupIds: v.optional(IdListSchema),
  tags: v.optional(v.array(v.string('expected a string tag'), 'expected a list of tags')),
  providerId: v.optional(IdSchema),
  updated: v.optional(DateSchema),
});

export const VocabularyEntrySchema = v.looseObject({ id: IdSchema, label: TextSchema });

export const ProviderSchema = v.looseObject({
  id: IdSchema,
  name: TextSchema,
  url: v.optional(UrlSchema),
  capacityIds: v.optional(IdListSchema),
  competencies: v.optional(TextListSchema),
});

export const AnchorSchema = v.looseObject({
  id: IdSchema,
  label: TextSchema,
  summary: v.optional(TextSchema),
});

const optionalString = v.optional(v.string('expected a string'));

export const FrameworkSchema = v.pipe(
  v.looseObject(
    {
      $schema: v.optional(
        v.pipe(v.string('expected a string'), v.description('Editor hint; ignored by widgets.')),
      ),
      schema: v.pipe(
        v.literal(FRAMEWORK_SCHEMA_ID, `expected "${FRAMEWORK_SCHEMA_ID}"`),
        v.description('Format and version of this document.'),
      ),
      id: IdSchema,
      version: v.pipe(v.string('expected a version string'), v.description("The framework's own version.")),
      title: TextSchema,
      summary: v.optional(TextSchema),
      source: v.optional(
        v.looseObject({
          publisher: optionalString,
          url: v.optional(UrlSchema),
          citation: optionalString,
          license: optionalString,
          retrieved: optionalString,
        }),
      ),
      defaultLocale: v.optional(LocaleSchema),
      levels: v.pipe(
        v.array(LevelSchema, 'expected a list of levels'),
        v.minLength(2, 'expected at least 2 levels'),
        v.maxLength(7, 'expected at most 7 levels'),
        v.description('One ordered scale shared by every capacity; ranks 0..n-1.'),
      ),
      groups: v.pipe(
        v.array(GroupSchema, 'expected a list of groups'),
        v.minLength(1, 'expected at least one group'),
        v.description('Capacity groups, in display order.'),
      ),
      equityConsiderations: v.optional(v.array(EquityConsiderationSchema, 'expected a list')),
      actions: v.optional(v.array(ActionSchema, 'expected a list of actions')),
      resources: v.optional(v.array(ResourceSchema, 'expected a list of resources')),
      vocabularies: v.optional(
        v.record(
          v.string(),
          v.array(VocabularyEntrySchema, 'expected a list of { id, label }'),
          'expected an object',
        ),
      ),
      providers: v.optional(v.array(ProviderSchema, 'expected a list of providers')),
      anchors: v.optional(v.array(AnchorSchema, 'expected a list of anchors')),
      extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
    },
    'expected a framework document (a JSON object)',
  ),
  v.title('blueprint-widgets framework document, version 1'),
);

export const RatingStatusSchema = v.picklist(
  ['rated', 'unsure', 'skipped'],
  'expected a status: "rated", "unsure" or "skipped"',
);

export const RatingSchema = v.looseObject(
  {
    status: RatingStatusSchema,
    levelId: v.optional(IdSchema),
    note: optionalString,
    ratedAt: v.optional(DateTimeSchema),
  },
  'expected a rating: { status, levelId?, note?, ratedAt? }',
);

const RatingsSchema = v.record(v.string(), RatingSchema, 'expected an object of capacity ids to ratings');

export const ProfileSchema = v.pipe(
  v.looseObject(
    {
      $schema: v.optional(v.string('expected a string')),
      schema: v.literal(PROFILE_SCHEMA_ID, `expected "${PROFILE_SCHEMA_ID}"`),
      frameworkId: IdSchema,
      frameworkVersion: optionalString,
      team: optionalString,
      updatedAt: v.optional(DateTimeSchema),
      ratings: RatingsSchema,
      snapshots: v.optional(
        v.array(
          v.looseObject({ takenAt: DateSchema, label: optionalString, ratings: RatingsSchema }),
          'expected a list of snapshots',
        ),
      ),
      raters: v.optional(
        v.array(
          v.looseObject({ id: IdSchema, name: optionalString, ratings: RatingsSchema }),
          'expected a list of raters',
        ),
      ),
      extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
    },
    'expected a profile document (a JSON object)',
  ),
  v.title('blueprint-widgets team profile, version 1'),
);

export type Framework = v.InferOutput<typeof FrameworkSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Capacity = v.InferOutput<typeof CapacitySchema>;
export type Descriptor = v.InferOutput<typeof DescriptorSchema>;
export type EquityConsideration = v.InferOutput<typeof EquityConsiderationSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Resource = v.InferOutput<typeof ResourceSchema>;
export type VocabularyEntry = v.InferOutput<typeof VocabularyEntrySchema>;
export type Provider = v.InferOutput<typeof ProviderSchema>;
export type Anchor = v.InferOutput<typeof AnchorSchema>;
export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Rating = v.InferOutput<typeof RatingSchema>;
export type RatingStatus = v.InferOutput<typeof RatingStatusSchema>;
export type Ratings = Profile['ratings'];
export type Snapshot = NonNullable<Profile['snapshots']>[number];
export type Rater = NonNullable<Profile['raters']>[number];
