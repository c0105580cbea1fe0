/**
 * What `<team-session>` draws once the answers are revealed, derived from the model and the profile only
 * when they change (willUpdate): per capacity, in the order of the discussion agenda, the counts overall and
 * by role, and the lowest and highest level chosen. Pure: no DOM, no Lit.
 */
import type { FrameworkModel } from '../../framework/model.js';
import type { Profile } from '../../framework/schema.js';
import {
  countedRaters,
  disagreement,
  distribution,
  roleDifferences,
  rolesOf,
  type CapacityDistribution,
  type Disagreement,
  type RoleDifference,
} from '../../framework/team.js';

export interface RevealedView {
  readonly model: FrameworkModel;
  readonly profile: Profile | undefined;
  /** Raters counted (not marked as duplicates). */
  readonly counted: number;
  /** The framework has roles: counts are shown by role too. */
  readonly byRole: boolean;
  /** Capacities in agenda order (widest spread first), each with its counts. */
  readonly rows: readonly { readonly agenda: Disagreement; readonly counts: CapacityDistribution }[];
  readonly roleDifferences: readonly RoleDifference[];
}

export function revealedView(model: FrameworkModel, profile: Profile | undefined): RevealedView {
  const byRole = rolesOf(model).length > 0;
  const counts = new Map(distribution(model, profile, { byRole }).map((d) => [d.capacityId, d]));
  return {
    model,
    profile,
    counted: countedRaters(profile).length,
    byRole,
    rows: disagreement(model, profile).map((agenda) => ({ agenda, counts: counts.get(agenda.capacityId)! })),
    roleDifferences: byRole ? roleDifferences(model, profile) : [],
  };
}
