/**
 * Validating a widget's `profile` property again when a page gives it a new object (issue 14): a chart that
 * follows a page's state gets a whole new profile for every change, and validating every answer of it again
 * cost as much as drawing it (200 capacities). Answers are small objects of a few plain values: an answer with the
 * same values as one of the last profile accepted (the answers a change did not touch, or the same level as
 * another capacity's) is that answer. So the answers not seen there are validated with the rest of the
 * document, by the same parser, and the others are taken from what it said of them then.
 *
 * The result is the parser's own: the same frozen copy of the document (its answers in the given order), and for
 * a profile it refuses, the errors of a whole validation (anything refused is validated again whole). Warnings
 * are not kept (the widgets do not show a `profile` property's warnings).
 */
import type { ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import type { Profile, Rating } from '../framework/schema.js';

type Parse = (input: unknown, model: FrameworkModel | undefined) => ParseResult<Profile>;

/**
 * The values of a plain answer object, in order, as one string: two answers with the same string are the same
 * JSON (the copy the parser keeps) and get the same verdict. Undefined for anything else (a value that is not a
 * string, number, boolean or null; a class instance; a proxy's traps run here too, and a throw is the caller's).
 */
function signature(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  let key = '';
  for (const k in value) {
    if (!Object.hasOwn(value, k)) return undefined;
    const v = (value as Record<string, unknown>)[k];
    const type =
      v === null
        ? 'z'
        : typeof v === 'string'
          ? 's'
          : typeof v === 'number'
            ? 'n'
            : typeof v === 'boolean'
              ? 'b'
              : '';
    if (!type) return undefined;
    const text = String(v);
    key += `${k.length}:${k}${type}${text.length}:${text}`;
  }
  return key;
}

export class ProfileCheck {
  /** The answers of the last profile accepted, by their values (for one framework). */
  #known = new Map<string, Rating>();
  #model: FrameworkModel | undefined;
  /**
   * The last profile accepted while nothing was known, its answers not learned yet: most widgets get one profile
   * and never another, so its answers are learned only when a second one comes (issue 14: the first render ran
   * the whole of this class, for an update that most pages never make). Learned from the parser's copy: an
   * answer's copy is its JSON, and an answer with the same values has the same JSON.
   */
  #unlearned: Profile | undefined;

  /** Validates `input` against `model` with `parse`, as `parse(input, model)` would (warnings aside). */
  check(parse: Parse, input: unknown, model: FrameworkModel): ParseResult<Profile> {
    if (model !== this.#model) {
      this.#known.clear();
      this.#unlearned = undefined;
      this.#model = model;
    }
    if (this.#unlearned) {
      const { ratings } = this.#unlearned;
      const ids = Object.keys(ratings);
      this.#learn(
        ids,
        ids.map((id) => signature(ratings[id])),
        this.#unlearned,
      );
      this.#unlearned = undefined;
    }
    // Nothing seen before: one whole validation, as without this (the parser never throws).
    if (!this.#known.size) {
      const result = parse(input, model);
      if (result.ok) this.#unlearned = result.value;
      return result;
    }
    try {
      return this.#check(parse, input, model) ?? parse(input, model);
    } catch {
      // A getter that throws, a proxy, a cycle: the parser says what it is.
      return parse(input, model);
    }
  }

  #check(parse: Parse, input: unknown, model: FrameworkModel): ParseResult<Profile> | undefined {
    if (!input || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype) return;
    const ratings = (input as { ratings?: unknown }).ratings;
    if (!ratings || typeof ratings !== 'object' || Object.getPrototypeOf(ratings) !== Object.prototype)
      return;
    const ids: string[] = [];
    const signatures: (string | undefined)[] = [];
    const rest: Record<string, unknown> = {};
    let known = 0;
    for (const id in ratings) {
      // An own "__proto__" key (JSON.parse makes one) would set the prototype of the objects built here.
      if (!Object.hasOwn(ratings, id) || id === '__proto__') return;
      const value = (ratings as Record<string, unknown>)[id];
      const sig = signature(value);
      ids.push(id);
      signatures.push(sig);
      if (sig !== undefined && this.#known.has(sig)) known++;
      else rest[id] = value;
    }
    // None of these seen before: one whole validation, as without this.
    if (!known) {
      const result = parse(input, model);
      if (result.ok) this.#learn(ids, signatures, result.value);
      return result;
    }
    const partial = parse({ ...input, ratings: rest }, model);
    // Refused: validated again whole, so that the errors are those of the whole document.
    if (!partial.ok) return undefined;
    const checked = partial.value.ratings;
    const all: Record<string, Rating> = {};
    ids.forEach((id, i) => {
      const sig = signatures[i];
      all[id] = Object.hasOwn(checked, id) ? checked[id] : this.#known.get(sig!)!;
    });
    const value = Object.freeze({ ...partial.value, ratings: Object.freeze(all) }) as Profile;
    this.#learn(ids, signatures, value);
    return { ok: true, value, errors: [], warnings: [] };
  }

  /** Remembers the answers of the profile the parser accepted, by their values (as many as it has). */
  #learn(ids: readonly string[], signatures: readonly (string | undefined)[], profile: Profile) {
    const known = new Map<string, Rating>();
    ids.forEach((id, i) => {
      const sig = signatures[i];
      if (sig !== undefined && !known.has(sig) && Object.hasOwn(profile.ratings, id))
        known.set(sig, profile.ratings[id]);
    });
    this.#known = known;
  }
}
