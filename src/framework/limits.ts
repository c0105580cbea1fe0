/**
 * How long a text may be. Partners write frameworks by hand and paste from documents, so a text far longer
 * than any real name or description is a mistake, but it must never freeze a page (issue "nothing is lost",
 * finding 7). Two tiers:
 * - `shown`: beyond it, the validator warns (located, once per text) and the widgets show the text clipped
 *   (`clip`), with the full text still in the document and in every export.
 * - `max`: beyond it, the validator refuses the document (an error at the text's JSON Pointer); the JSON
 *   Schema says the same with `maxLength`.
 * Lengths count code points, as JSON Schema's `maxLength` does, so the validator and the schema agree.
 */
export const TEXT_LIMITS = Object.freeze({
  /** Names, titles, labels (a framework's title, a group's, capacity's, level's, resource's, action's name). */
  name: Object.freeze({ shown: 300, max: 100_000 }),
  /** Descriptions, descriptors, considerations, look-fors, prompts, notes: everything longer than a name. */
  text: Object.freeze({ shown: 5_000, max: 100_000 }),
  /** URLs (a resource's `url`, a provider's `url`). */
  url: Object.freeze({ shown: 2_048, max: 8_192 }),
});

export type TextKind = keyof typeof TEXT_LIMITS;

/** The ellipsis a clipped text ends with. */
export const ELLIPSIS = '…';

/**
 * `text` cut to at most `limit` code points (never inside a surrogate pair), ending with an ellipsis when
 * it was cut; the very string when it fits.
 */
export function clip(text: string, limit: number): string {
  // Fast path: fewer UTF-16 units than the limit means fewer code points too.
  if (text.length <= limit) return text;
  let units = 0;
  let points = 0;
  while (units < text.length && points < limit - 1) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
    points++;
  }
  if (units >= text.length) return text;
  return text.slice(0, units).trimEnd() + ELLIPSIS;
}

/** Whether `text` is longer than `limit` code points (what `clip` would cut). */
export function isClipped(text: string, limit: number): boolean {
  return clip(text, limit) !== text;
}
