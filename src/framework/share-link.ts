/**
 * Reading a share link: the profile a URL fragment carries (`#bp-profile=<base64url JSON>`), made by the
 * report's "Copy a share link" (`profileToFragment`, report.ts) and read by the provider's
 * `profile-from-hash`. A module of its own, re-exported by report.ts: the provider, which the script tag
 * loads at once, needs only this, not the report's code.
 */

/** The key of the profile in a share link's fragment: `#bp-profile=<base64url JSON>`. */
export const SHARE_PARAM = 'bp-profile';

/**
 * The profile JSON text carried by a URL fragment (with or without `#`, among other `key=value` parts), or
 * undefined when there is none or it is not readable. The text still has to be validated (parseProfile).
 */
export function profileTextFromFragment(fragment: string): string | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (!value) return undefined;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

// ---- what else a share link may carry (issues 17 and 18) ----------------------------------------------

/**
 * What a share link carries besides the team's answers. Both are people's names or answers, off by
 * default: a link is easily forwarded, and the team decides what travels with it.
 */
export interface ShareOptions {
  /** The plan items' owners (issue 18). */
  readonly owners?: boolean;
  /** The members' answers (raters, with names and roles; issue 17): only when the facilitator chooses to. */
  readonly raters?: boolean;
}

/** `profile` as a share link should carry it: without the plan's owners unless `options.owners`. */
export function profileForLink<P extends { plan?: readonly { owner?: string }[] }>(
  profile: P,
  options: ShareOptions = {},
): P {
  if (options.owners || !profile.plan?.some((item) => item.owner !== undefined)) return profile;
  return {
    ...profile,
    plan: profile.plan.map((item) => {
      const rest = { ...item };
      delete rest.owner;
      return rest;
    }),
  };
}
