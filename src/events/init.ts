/** Every event the library fires bubbles and is composed, so a host page can listen on any ancestor, through shadow roots. */
export const eventInit = { bubbles: true, composed: true } as const;

/** Where a problem came from: a URL, or 'property', 'inline', 'profile', 'import', 'storage', 'link', 'script'. */
export type IssueSource = string;
