/**
 * Small helpers every text widget's templates share: framework text in the element's language (marked
 * with `lang` only where it fell back to another one), and heading tags from a `heading-level` attribute.
 * (Facet values and dates in words, which only the elements loaded on first use show, are in words.ts: the
 * script tag's core carries this module whole.)
 */
import { literal, type StaticValue } from 'lit/static-html.js';
import type { FrameworkModel } from '../framework/model.js';
import { resolveText, type Text } from '../framework/text.js';

export interface ShownText {
  readonly text: string;
  /** Set only when the text is in another language than the element's (a fallback). */
  readonly lang: string | undefined;
}

const primaryTag = (tag: string | undefined) => tag?.toLowerCase().split('-')[0];

/**
 * Framework text for `locale`, with the model's default locale as fallback (or English without a model),
 * and the language to mark on the element showing it when that is not the element's.
 */
export function shownText(
  model: FrameworkModel | undefined,
  value: Text | undefined | null,
  locale: string | undefined,
): ShownText {
  const resolved = model ? model.resolve(value, locale) : resolveText(value, locale);
  const lang = resolved.lang && primaryTag(resolved.lang) !== primaryTag(locale) ? resolved.lang : undefined;
  return { text: resolved.text, lang };
}

const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level clamped to 2..6 (h1 belongs to the page); 3 when it is not a number. */
export const clampHeadingLevel = (level: number): number =>
  Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 3;

/** The static tag for a heading level (clamped), for `html` from `lit/static-html.js`. */
export const headingTag = (level: number): StaticValue => HEADINGS[clampHeadingLevel(level) - 2];
