/**
 * The framework and profile documents, version 1 (framework-format.md), written once with valibot.
 * From these schemas come the TypeScript types (`InferOutput`), the runtime validation of shapes
 * (parse.ts adds the cross-reference rules a schema cannot express) and the published JSON Schema
 * (scripts/gen-schema.mjs → src/data/*.schema.json). Objects are `looseObject`s: unknown fields are kept.
 *
 * Where valibot lets through what the JSON Schema refuses (an array where an object is expected; the keys
 * "__proto__", "constructor" and "prototype", which `record()` skips), parse.ts closes the gap by walking the
 * document with these same schemas (`schemaGaps`), so the validator refuses exactly what the schema refuses.
 */
import * as v from 'valibot';
import {
  COHORT_SCHEMA_ID,
  FRAMEWORK_SCHEMA_ID,
  ID_PATTERN,
  PROFILE_SCHEMA_ID,
  SAFE_URL_PATTERN,
} from './constants.js';
import { TEXT_LIMITS, type TextKind } from './limits.js';

export {
  FRAMEWORK_SCHEMA_ID,
  PROFILE_SCHEMA_ID,
  COHORT_SCHEMA_ID,
  LIBRARY_EXTENSION,
  MAX_PRIORITIES,
  ID_PATTERN,
  SAFE_URL_PATTERN,
  isSafeUrl,
} from './constants.js';

/**
 * How deeply a document may nest objects and arrays, counting the document itself as level 1. The format
 * itself needs about 10 (a descriptor's indicator in another language) and the library's own extension 4;
 * partner data in `extensions` gets the rest. JSON.parse reads far deeper documents, but a walk over them
 * (validation, copies) would exhaust the stack, so deeper ones are refused where the limit is reached.
 */
export const MAX_DEPTH = 64;

/** How a string is limited and, when it is long, warned about (parse.ts reads this while walking a document). */
export interface StringLimit {
  readonly kind: TextKind;
  /** Whether a string longer than `TEXT_LIMITS[kind].shown` gets a warning (not for notes, never clipped). */
  readonly warn: boolean;
}
const stringLimits = new WeakMap<object, StringLimit>();
/** The limit of a string schema made by `limited()`, if it is one. */
export const stringLimitOf = (schema: object): StringLimit | undefined => stringLimits.get(schema);

/** Code points of `s` (what JSON Schema's `maxLength` counts): UTF-16 units minus surrogate pairs. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** How messages name each kind of text. */
export const TEXT_WORDS: Readonly<Record<TextKind, string>> = { name: 'name', text: 'text', url: 'URL' };

/**
 * A string of at most `TEXT_LIMITS[kind].max` code points. The length check counts code points (as the
 * JSON Schema does) and the metadata writes `maxLength` into the generated JSON Schema.
 */
function limited<S extends v.GenericSchema<unknown, string>>(base: S, kind: TextKind, warn = true) {
  const { max } = TEXT_LIMITS[kind];
  const schema = v.pipe(
    base,
    v.check(
      (s: string) => s.length <= max || codePointLength(s) <= max,
      (i) =>
        `this ${TEXT_WORDS[kind]} is ${codePointLength(i.input).toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are accepted`,
    ),
    v.metadata({ maxLength: max }),
  );
  stringLimits.set(schema, { kind, warn });
  return schema;
}

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

function localized(kind: TextKind, description: string) {
  return v.pipe(
    v.union(
      [
        limited(v.string(), kind),
        v.pipe(
          v.record(LocaleSchema, limited(v.string('expected a string for this language'), kind)),
          v.minEntries(1, 'expected at least one language in this text'),
        ),
      ],
      'expected text: a string, or an object of language tags to strings such as {"en": "…", "es": "…"}',
    ),
    v.description(description),
  );
}

const { name: NAME, text: TEXT, url: URL_LIMIT } = TEXT_LIMITS;
// "1,000" as toLocaleString('en') writes it, without loading the browser's number data (tens of ms of the first
// render of a widget that validates a framework, issue 14).
const n = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');

/** A name, title or label: a string or an object of language tags to strings. */
export const NameSchema = localized(
  'name',
  `A name, title or label: a string, or an object of language tags to strings. Widgets show the first ${n(NAME.shown)} characters (the validator warns beyond that); at most ${n(NAME.max)}.`,
);

/** A description, summary, descriptor, consideration, look-for or prompt. */
export const TextSchema = localized(
  'text',
  `A description: a string, or an object of language tags to strings. Widgets show the first ${n(TEXT.shown)} characters (the validator warns beyond that); at most ${n(TEXT.max)}.`,
);

const TextListSchema = v.array(TextSchema, 'expected a list of texts');

export const UrlSchema = v.pipe(
  limited(
    v.pipe(
      v.string('expected a URL (a string)'),
      v.regex(SAFE_URL_PATTERN, 'expected an http:, https: or relative URL'),
    ),
    'url',
  ),
  v.description(
    `An http:, https: or relative URL. The validator warns beyond ${n(URL_LIMIT.shown)} characters; at most ${n(URL_LIMIT.max)}.`,
  ),
);

/** A short plain string shown as a name (a publisher, a tag, a team, a snapshot's label). */
const shortString = (message = 'expected a string') =>
  v.pipe(
    limited(v.string(message), 'name'),
    v.description(
      `A name. Widgets show the first ${n(NAME.shown)} characters (the validator warns beyond that); at most ${n(NAME.max)}.`,
    ),
  );
/** A longer plain string (a citation), or a note (`warn` false: no warning, only the maximum). */
const longString = (warn = true) =>
  v.pipe(
    limited(v.string('expected a string'), 'text', warn),
    v.description(
      warn
        ? `A description. Widgets show the first ${n(TEXT.shown)} characters (the validator warns beyond that); at most ${n(TEXT.max)}.`
        : `A note: at most ${n(TEXT.max)} characters.`,
    ),
  );

const DateSchema = v.union(
  [v.pipe(v.string(), v.isoDate()), v.pipe(v.string(), v.isoTimestamp())],
  'expected a date (YYYY-MM-DD) or an ISO date-time',
);
const DateTimeSchema = v.pipe(
  v.string('expected an ISO date-time (a string)'),
  v.isoTimestamp('expected an ISO date-time such as 2026-11-23T18:40:00Z'),
);

const ColorSchema = limited(
  v.pipe(v.string('expected a CSS color (a string)'), v.minLength(1, 'expected a CSS color')),
  'name',
);

export const LevelSchema = v.looseObject({
  id: IdSchema,
  rank: v.pipe(
    v.number('expected a rank (a number)'),
    v.integer('expected a whole-number rank'),
    v.minValue(0, 'expected a rank of 0 or more'),
  ),
  label: NameSchema,
  shortLabel: v.optional(NameSchema),
  summary: v.optional(TextSchema),
  color: v.optional(ColorSchema),
});

export const DescriptorSchema = v.looseObject({
  summary: TextSchema,
  indicators: v.optional(TextListSchema),
});

export const CapacitySchema = v.looseObject({
  id: IdSchema,
  label: NameSchema,
  definition: v.optional(TextSchema),
  lookFors: v.optional(TextListSchema),
  descriptors: v.optional(
    v.record(v.string(), DescriptorSchema, 'expected an object of level ids to descriptors'),
  ),
  prompts: v.optional(TextListSchema),
});

export const GroupSchema = v.looseObject({
  id: IdSchema,
  label: NameSchema,
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
  title: NameSchema,
  detail: v.optional(TextSchema),
  resourceIds: v.optional(v.array(IdSchema, 'expected a list of resource ids')),
});

const IdListSchema = v.array(IdSchema, 'expected a list of ids');

export const ResourceSchema = v.looseObject({
  id: IdSchema,
  title: NameSchema,
  url: v.optional(UrlSchema),
  summary: v.optional(TextSchema),
  publisher: v.optional(shortString()),
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
  tags: v.optional(v.array(shortString('expected a string tag'), 'expected a list of tags')),
  providerId: v.optional(IdSchema),
  updated: v.optional(DateSchema),
});

export const VocabularyEntrySchema = v.looseObject({ id: IdSchema, label: NameSchema });

/**
 * A provider's contact: an `https:` or `mailto:` URL (1.1). Checked in full by parse.ts (`isContactUrl`);
 * the schema only bounds its length.
 */
const ContactSchema = limited(v.string('expected a contact URL (a string)'), 'url');

export const ProviderSchema = v.looseObject({
  id: IdSchema,
  name: NameSchema,
  url: v.optional(UrlSchema),
  capacityIds: v.optional(IdListSchema),
  competencies: v.optional(TextListSchema),
  // 1.1
  summary: v.optional(TextSchema),
  contact: v.optional(ContactSchema),
  languages: v.optional(v.array(LocaleSchema, 'expected a list of language tags')),
  regions: v.optional(v.array(shortString('expected a region (a string)'), 'expected a list of regions')),
  levelIds: v.optional(IdListSchema),
});

/** 1.1: the framework's own words for its parts ("commitment" for "capacity"). */
export const TermsSchema = v.looseObject({
  capacity: v.optional(NameSchema),
  capacities: v.optional(NameSchema),
  group: v.optional(NameSchema),
  groups: v.optional(NameSchema),
  level: v.optional(NameSchema),
  levels: v.optional(NameSchema),
});

/** 1.1: a perspective a team gathers (teacher, family, student…). */
export const RoleSchema = v.looseObject({
  id: IdSchema,
  label: NameSchema,
  summary: v.optional(TextSchema),
});

export const AnchorSchema = v.looseObject({
  id: IdSchema,
  label: NameSchema,
  summary: v.optional(TextSchema),
});

/** Partner or host data, kept as it is and never read, except the library's own key in a profile. */
const ExtensionsSchema = v.optional(
  v.pipe(
    v.record(v.string(), v.unknown(), 'expected an object'),
    v.description(
      `Data of partners or the host page, preserved and ignored. Objects and arrays may nest at most ${MAX_DEPTH} levels deep, counting the document as the first.`,
    ),
  ),
);

const optionalName = v.optional(shortString());
/** `$schema`: where an editor finds the JSON Schema, a URL of any kind (it is never followed). */
const EditorHintSchema = v.optional(
  v.pipe(
    limited(v.string('expected a string'), 'url', false),
    v.description('Editor hint; ignored by widgets.'),
  ),
);

export const FrameworkSchema = v.pipe(
  v.looseObject(
    {
      $schema: EditorHintSchema,
      schema: v.pipe(
        v.literal(FRAMEWORK_SCHEMA_ID, `expected "${FRAMEWORK_SCHEMA_ID}"`),
        v.description('Format and version of this document.'),
      ),
      id: IdSchema,
      version: v.pipe(
        shortString('expected a version string'),
        v.description("The framework's own version."),
      ),
      title: NameSchema,
      summary: v.optional(TextSchema),
      source: v.optional(
        v.looseObject({
          publisher: optionalName,
          url: v.optional(UrlSchema),
          citation: v.optional(longString()),
          license: optionalName,
          retrieved: optionalName,
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
      // 1.1
      terms: v.optional(TermsSchema),
      roles: v.optional(v.array(RoleSchema, 'expected a list of roles')),
      extensions: ExtensionsSchema,
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
    note: v.optional(longString(false)),
    ratedAt: v.optional(DateTimeSchema),
  },
  'expected a rating: { status, levelId?, note?, ratedAt? }',
);

const RatingsSchema = v.record(v.string(), RatingSchema, 'expected an object of capacity ids to ratings');

/** 1.1: a rater (one member's answers inside a team's profile). */
export const RaterSchema = v.looseObject({
  id: IdSchema,
  name: optionalName,
  ratings: RatingsSchema,
  role: v.optional(IdSchema),
  submittedAt: v.optional(DateTimeSchema),
});

/** 1.1: who answered, on one member's own answers. */
export const RespondentSchema = v.looseObject({ name: optionalName, role: v.optional(IdSchema) });

export const PLAN_STATUSES = ['planned', 'doing', 'done', 'dropped'] as const;

/** 1.1: one item of the team's action plan. */
export const PlanItemSchema = v.looseObject({
  id: IdSchema,
  capacityId: IdSchema,
  title: shortString('expected a title (a string)'),
  actionId: v.optional(IdSchema),
  owner: optionalName,
  due: v.optional(
    v.pipe(v.string('expected a due date (YYYY-MM-DD)'), v.isoDate('expected a due date such as 2027-03-15')),
  ),
  status: v.picklist(PLAN_STATUSES, 'expected a status: "planned", "doing", "done" or "dropped"'),
  measure: v.optional(longString(false)),
  resourceIds: v.optional(IdListSchema),
  note: v.optional(longString(false)),
  createdAt: v.optional(DateTimeSchema),
  updatedAt: v.optional(DateTimeSchema),
});

export const ProfileSchema = v.pipe(
  v.looseObject(
    {
      $schema: EditorHintSchema,
      schema: v.literal(PROFILE_SCHEMA_ID, `expected "${PROFILE_SCHEMA_ID}"`),
      frameworkId: IdSchema,
      frameworkVersion: optionalName,
      team: optionalName,
      updatedAt: v.optional(DateTimeSchema),
      ratings: RatingsSchema,
      snapshots: v.optional(
        v.array(
          v.looseObject({ takenAt: DateSchema, label: optionalName, ratings: RatingsSchema }),
          'expected a list of snapshots',
        ),
      ),
      raters: v.optional(v.array(RaterSchema, 'expected a list of raters')),
      // 1.1
      respondent: v.optional(RespondentSchema),
      plan: v.optional(v.array(PlanItemSchema, 'expected a list of plan items')),
      extensions: ExtensionsSchema,
    },
    'expected a profile document (a JSON object)',
  ),
  v.title('blueprint-widgets team profile, version 1'),
);

/**
 * 1.1: a cohort document, many teams' profiles. (A plain array of profiles is accepted too; the cohort
 * reader, not this schema, turns it into teams `team-1`, `team-2`….) Teams whose profile answers another
 * framework are reported and left out by the reader, so `profile` is checked for shape only here.
 */
export const CohortTeamSchema = v.looseObject({
  id: IdSchema,
  name: optionalName,
  attributes: v.optional(
    v.record(
      v.string(),
      shortString('expected an attribute value (a string)'),
      'expected an object of strings',
    ),
  ),
  profile: ProfileSchema,
});

export const CohortSchema = v.pipe(
  v.looseObject(
    {
      $schema: EditorHintSchema,
      schema: v.literal(COHORT_SCHEMA_ID, `expected "${COHORT_SCHEMA_ID}"`),
      frameworkId: IdSchema,
      title: optionalName,
      teams: v.array(CohortTeamSchema, 'expected a list of teams'),
      extensions: ExtensionsSchema,
    },
    'expected a cohort document (a JSON object)',
  ),
  v.title('blueprint-widgets cohort of team profiles, version 1'),
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
export type Terms = v.InferOutput<typeof TermsSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Respondent = v.InferOutput<typeof RespondentSchema>;
export type PlanItem = v.InferOutput<typeof PlanItemSchema>;
export type PlanStatus = PlanItem['status'];
export type Cohort = v.InferOutput<typeof CohortSchema>;
export type CohortTeam = v.InferOutput<typeof CohortTeamSchema>;
