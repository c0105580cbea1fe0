/**
 * The shape of a whole locale (every table of the widgets' words) and of what `registerLocale` takes. Types
 * only: the tables themselves load with the elements that use them.
 */
import type { BarsStrings } from './bars.js';
import type { ConsiderationStrings } from './considerations.js';
import type { Strings } from './index.js';
import type { MemberStrings } from './member.js';
import type { NetworkStrings } from './network.js';
import type { PlanStrings } from './plan.js';
import type { ProviderStrings as NoticeStrings } from './provider.js';
import type { ProviderStrings } from './providers.js';
import { registerLocale as register } from './registry.js';
import type { Words } from './types.js';
import type { ReportTeamStrings } from './report-team.js';
import type { ReportStrings } from './report.js';
import type { ResourceStrings } from './resources.js';
import type { RubricStrings } from './rubric.js';
import type { ShareOwnerStrings } from './share-owners.js';
import type { TeamSessionStrings } from './team-session.js';
import type { TermStrings } from './terms.js';
import type { TrendStrings } from './trend.js';
import type { ErrorStrings } from './errors.js';
import type { RestoreStrings } from './restore.js';
import type { RefusalStrings } from './refusals.js';

/**
 * Every table of the widgets' words, by name: implement it whole (`const fr: LocaleStrings = …`) for a
 * complete language, and TypeScript names any text left out or misspelled.
 */
export interface LocaleStrings {
  /** The words for the framework's parts, when a framework gives none in this language. */
  readonly terms: TermStrings;
  /** Loading, errors and "Try again": every element. */
  readonly common: Strings;
  readonly bars: BarsStrings;
  readonly rubric: RubricStrings;
  /** Member mode: one member's own answer sheet in the rubric. */
  readonly member: MemberStrings;
  readonly considerations: ConsiderationStrings;
  /** `<resource-card>` and `<resource-library>`. */
  readonly resources: ResourceStrings;
  readonly report: ReportStrings;
  /** The report's "How the team sees it". */
  readonly reportTeam: ReportTeamStrings;
  /** The report's share-link option for the plan's owners. */
  readonly shareOwners: ShareOwnerStrings;
  /** `<action-plan>` and the report's plan and "Since last time". */
  readonly plan: PlanStrings;
  /** `<provider-list>` and the report's "Find support". */
  readonly providers: ProviderStrings;
  /** `<blueprint-provider>`'s notices about the saved answers. */
  readonly provider: NoticeStrings;
  readonly trend: TrendStrings;
  readonly network: NetworkStrings;
  readonly teamSession: TeamSessionStrings;
  /** A load that failed, in plain words, and saved answers that could not be opened. */
  readonly errors: ErrorStrings;
  /** The report's "Open saved answers". */
  readonly restore: RestoreStrings;
  /** Answers refused by `<blueprint-provider>` and members' files `<team-session>` could not use. */
  readonly refusals: RefusalStrings;
}

/**
 * What `registerLocale` takes: some or all tables, each with some or all of its texts, or a function of the
 * framework's words (`Words`) that returns them.
 */
export type LocaleInput = {
  readonly [T in keyof LocaleStrings]?:
    Partial<LocaleStrings[T]> | ((words: Words) => Partial<LocaleStrings[T]>);
};

/**
 * Adds a language, or overrides any of the widgets' words in one, without forking the library (see
 * registry.ts): `registerLocale('fr', { bars: { download: 'Télécharger le graphique' } })`.
 */
export const registerLocale: (tag: string, strings: LocaleInput) => void = register;
