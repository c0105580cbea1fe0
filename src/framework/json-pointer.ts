/** JSON Pointer (RFC 6901) helpers: every issue the model reports is located by one. */

export type PathSegment = string | number;

/** Encodes path segments as a JSON Pointer: `['groups', 1, 'label']` → `/groups/1/label`; `[]` → `` (the root). */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Decodes a JSON Pointer into segments (array indexes stay strings). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `doc`, or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const key of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
