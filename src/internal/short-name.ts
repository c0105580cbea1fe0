/**
 * Names far longer than any real one (issue "nothing is lost", finding 7) shown clipped, wherever they appear:
 * headings, labels, accessible names, the bars' measure and export. A module without Lit, so that the bars,
 * which show names only, do not carry long-text.ts's "Show the full text" button.
 */
import { clip, TEXT_LIMITS } from '../framework/limits.js';

/** A name (capacity, group, level, title) as shown: clipped, with an ellipsis, when it is too long. */
export const shortName = (name: string): string => clip(name, TEXT_LIMITS.name.shown);

/**
 * A clipped name's full text for a `title` (a tooltip): undefined when the name is shown whole. Bounded by
 * the long-text limit, as a `title` is also part of what a screen reader may read.
 */
export const fullNameTitle = (name: string): string | undefined =>
  name.length > TEXT_LIMITS.name.shown && shortName(name) !== name
    ? clip(name, TEXT_LIMITS.text.shown)
    : undefined;
