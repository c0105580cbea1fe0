/** Types of test/support/visible-overflow.mjs. */
export function overflowingParts(host: Element): string[];
