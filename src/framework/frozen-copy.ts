/**
 * The deep-frozen plain copy a validated document is kept as (issue 14). It means exactly what a JSON round
 * trip (`JSON.parse(JSON.stringify(value))`, then freezing) means, so that proxies from reactive frameworks
 * (Vue, MobX) and objects carrying functions copy as the JSON they stand for; but the round trip wrote and
 * read the whole document as text and then walked it again to freeze it: two thirds of the validation of
 * a framework of 2,000 capacities given as an object. One walk copies plain data and freezes it as it goes;
 * anything JSON would change (a `toJSON`, a Date, a Map, `undefined`, a function, NaN, a hole in a list)
 * makes the copy start over as the round trip, so the result is the same in every case.
 */

/** Thrown inside the walk when a value is not plain JSON data; never leaves this module (made once). */
const NOT_PLAIN = new Error('not plain JSON data');

function copy(value: object): object {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw NOT_PLAIN;
    const list = value as unknown[];
    const out: unknown[] = [];
    for (let i = 0; i < list.length; i++) out.push(item(list[i]));
    return Object.freeze(out);
  }
  // Class instances, Dates, Maps and boxed strings or numbers serialize in their own ways: leave them to JSON.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = item((value as Record<string, unknown>)[key]);
    // JSON.parse makes "__proto__" an own key; an assignment would set the copy's prototype instead.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
    else out[key] = v;
  }
  return Object.freeze(out);
}

function item(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw NOT_PLAIN; // JSON writes null
      return value === 0 ? 0 : value; // -0 reads back as 0
    case 'object':
      return value === null ? null : copy(value);
    default:
      throw NOT_PLAIN; // undefined, a function, a symbol (dropped or null in JSON), a bigint (JSON throws)
  }
}

/** Freezes `value` and everything in it; for values nobody else holds (fresh from our own JSON.parse). */
export function deepFreeze<T>(value: T): T {
  const freeze = (node: object) => {
    Object.freeze(node);
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) if (item && typeof item === 'object') freeze(item);
    } else
      for (const key in node) {
        const item = (node as Record<string, unknown>)[key];
        if (item && typeof item === 'object') freeze(item);
      }
  };
  if (value && typeof value === 'object') freeze(value);
  return value;
}

/**
 * `value` as JSON data, deep-frozen: the same as `deepFreeze(JSON.parse(JSON.stringify(value)))`. Its depth
 * must be bounded (the validator refuses documents nested deeper than MAX_DEPTH before copying them).
 */
export function frozenJsonCopy<T>(value: T): T {
  try {
    return item(value) as T;
  } catch (e) {
    if (e !== NOT_PLAIN) throw e; // a hostile getter's own error, as the round trip would throw it
  }
  return deepFreeze(JSON.parse(JSON.stringify(value)) as T);
}
