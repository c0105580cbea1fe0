/**
 * Localized text (framework-format.md, "Text"): a plain string in the document's default locale, or an
 * object mapping BCP-47 tags to strings. Resolution picks the best match for a locale, then the default
 * locale, then any value, and says which language it returned so views can mark fallbacks with `lang`.
 */
export type Text = string | { readonly [locale: string]: string };

export interface ResolvedText {
  /** The text to show ('' when there is none). */
  readonly text: string;
  /**
   * The language of `text`: the matched tag for an object, the default locale for a plain string,
   * undefined when there is no text.
   */
  readonly lang: string | undefined;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The key of `entries` that best matches `locale`: exact (case-insensitive), then a prefix, then the same language. */
export function matchLocale(keys: readonly string[], locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const wanted = locale.toLowerCase();
  const exact = keys.find((k) => k.toLowerCase() === wanted);
  if (exact) return exact;
  // "es-MX" asked, "es" present: walk up the tag one subtag at a time.
  const parts = wanted.split('-');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('-');
    const hit = keys.find((k) => k.toLowerCase() === prefix);
    if (hit) return hit;
  }
  // "es" asked, only "es-419" present.
  const lang = primary(wanted);
  return keys.find((k) => primary(k) === lang);
}

/** Resolves localized text for `locale`, falling back to `defaultLocale`, then to any value. */
export function resolveText(
  text: Text | undefined | null,
  locale: string | undefined,
  defaultLocale = 'en',
): ResolvedText {
  if (text == null) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: defaultLocale };
  const keys = Object.keys(text).filter((k) => typeof text[k] === 'string');
  const key = matchLocale(keys, locale) ?? matchLocale(keys, defaultLocale) ?? keys[0];
  return key === undefined ? { text: '', lang: undefined } : { text: text[key], lang: key };
}

/** The string of `resolveText`, for places that only need the words. */
export function textOf(
  text: Text | undefined | null,
  locale: string | undefined,
  defaultLocale = 'en',
): string {
  return resolveText(text, locale, defaultLocale).text;
}

/** Every locale a Text offers (a plain string offers the default locale). */
export function localesOf(text: Text | undefined | null, defaultLocale = 'en'): string[] {
  if (text == null) return [];
  return typeof text === 'string' ? [defaultLocale] : Object.keys(text);
}

/**
 * `locale` as Intl accepts it (`en_US` becomes `en-US`), or undefined (the runtime's default language) when
 * it is not a language tag at all: a page's `lang` attribute must never make a formatter throw.
 */
export function intlLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  for (const tag of [locale, locale.replace(/_/g, '-')]) {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      /* not a BCP 47 tag: try the next spelling, else the default */
    }
  }
  return undefined;
}
