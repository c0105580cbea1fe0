import type { ArgTypes, InputType, SBType } from 'storybook/internal/types';

/**
 * argTypes for an element from custom-elements.json, in place of @storybook/web-components' own reader
 * (parameters.docs.extractArgTypes). That one keys every row by its bare name across categories, so a part
 * or a slot named like an attribute (`mode`, `group`, `capacity`, `filters`) replaced the attribute's row and
 * showed under "CSS Shadow Parts"; and it gave every part, event and custom property an object control.
 * Here attributes, properties, events, slots, parts and custom properties each have their own section;
 * only attributes and writable properties get a control, and each setting appears once (by its attribute
 * name when it has one, as the stories' args are named).
 */

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  syntax?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
}

interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** A TypeScript type from the manifest as the Storybook type its control is inferred from. */
function sbType(text = ''): SBType {
  const t = text.replace(/\s*\|\s*undefined$/, '').trim();
  if (t === 'boolean' || t === 'string' || t === 'number') return { name: t };
  const literals = t.split('|').map((s) => s.trim());
  if (literals.length > 1 && literals.every((s) => /^'[^']*'$/.test(s)))
    return { name: 'enum', value: literals.map((s) => s.slice(1, -1)) };
  return { name: 'other', value: t };
}

function row(item: Item, category: string, control: boolean): InputType {
  const typeText = item.type?.text ?? item.syntax;
  return {
    name: item.name,
    description: item.description ?? item.summary,
    ...(control ? { type: sbType(item.type?.text) } : { control: false }),
    table: {
      category,
      ...(typeText ? { type: { summary: typeText } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

export function manifestArgTypes(manifest: Manifest, tagName: string): ArgTypes | null {
  const decl = manifest.modules
    ?.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName?.toLowerCase() === tagName.toLowerCase());
  if (!decl) return null;
  const argTypes: ArgTypes = {};
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field');
  for (const a of decl.attributes ?? []) {
    // The field's doc and type when the attribute reflects one.
    const field = fields.find((f) => f.name === a.fieldName);
    argTypes[a.name] = row(
      { ...field, ...a, description: a.description ?? field?.description },
      'attributes',
      true,
    );
  }
  for (const f of fields) if (!f.attribute) argTypes[f.name] = row(f, 'properties', !f.readonly);
  for (const e of decl.events ?? []) argTypes[`event:${e.name}`] = row(e, 'events', false);
  for (const s of decl.slots ?? [])
    argTypes[`slot:${s.name}`] = row({ ...s, name: s.name || '(default)' }, 'slots', false);
  for (const p of decl.cssParts ?? []) argTypes[`part:${p.name}`] = row(p, 'css shadow parts', false);
  for (const p of decl.cssProperties ?? []) argTypes[p.name] = row(p, 'css custom properties', false);
  return argTypes;
}
