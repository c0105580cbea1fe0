/**
 * Checks a partner's words (registerLocale) against the library's English table, in a file of its own that
 * only pages which register words load: a text no table has (a misspelled key) is left out, and a new
 * language that leaves texts out shows them in English. Each problem is reported once, in plain words, with
 * a `bp-warning` on the document (and the console, for whoever is writing the words).
 */
import { BpWarningEvent } from '../events/bp-warning.js';
import { issue, type Issue } from '../framework/issues.js';

/** Every table's name: the keys of LocaleStrings (locale-strings.ts); a table added there is added here. */
const TABLES: Record<string, 1> = {
  terms: 1,
  common: 1,
  bars: 1,
  rubric: 1,
  member: 1,
  considerations: 1,
  resources: 1,
  report: 1,
  reportTeam: 1,
  shareOwners: 1,
  plan: 1,
  providers: 1,
  provider: 1,
  trend: 1,
  network: 1,
  teamSession: 1,
  errors: 1,
  restore: 1,
  refusals: 1,
};

/**
 * What was reported already, once per page: `<tag>/<table>/<text>` for an unknown text, and `<tag>
 * <table>.<text>` for a missing one. By name, not by the layer object: a layer that is a function of the
 * framework's words makes a new object for every framework on the page (two providers, two frameworks),
 * and each would be reported again.
 */
const reported = new Set<string>();
const once = (key: string) => !reported.has(key) && !!reported.add(key);

/** At registration: a table name no widget has, or no object of texts at all. */
export function checkTables(tag: unknown, strings: unknown): void {
  const names =
    typeof tag == 'string' && tag && typeof strings == 'object' && strings
      ? Object.keys(strings).filter((name) => !Object.hasOwn(TABLES, name))
      : undefined;
  report(
    names
      ? names.map((name) =>
          issue(
            'warning',
            'locale',
            `/${tag as string}/${name}`,
            `The words for “${tag as string}” name a table the widgets do not have: ${name}. It is left out. The tables are ${Object.keys(TABLES).join(', ')}.`,
          ),
        )
      : [issue('warning', 'locale', '', 'registerLocale needs a language tag and an object of texts.')],
  );
}

function report(problems: Issue[]): void {
  if (!problems.length) return;
  console.warn(problems.map((p) => p.message).join('\n'));
  document.dispatchEvent(new BpWarningEvent({ warnings: problems, source: 'locale' }));
}

/**
 * `layers`: the registered texts of table `name` that apply to `tag`, each with the tag it was registered
 * under; `isNew`: the library has no table for this language.
 */
export function checkLocale(
  name: string,
  tag: string,
  en: object,
  layers: readonly (readonly [string, object])[],
  isNew: boolean,
): void {
  const problems: Issue[] = [];
  const given = new Set<string>();
  for (const [t, texts] of layers) {
    for (const key of Object.keys(texts))
      if (Object.hasOwn(en, key)) given.add(key);
      else if (once(`${t}/${name}/${key}`))
        problems.push(
          issue(
            'warning',
            'locale',
            `/${t}/${name}/${key}`,
            `The words for “${t}” name a text the widgets do not have: ${name}.${key}. It is left out.`,
          ),
        );
  }
  const missing = isNew
    ? Object.keys(en).filter((key) => !given.has(key) && once(`${tag} ${name}.${key}`))
    : [];
  if (missing.length) {
    problems.push(
      issue(
        'warning',
        'locale',
        `/${tag}/${name}`,
        `The words for “${tag}” have no ${missing.map((k) => `${name}.${k}`).join(', ')}: English is shown instead.`,
      ),
    );
  }
  report(problems);
}
