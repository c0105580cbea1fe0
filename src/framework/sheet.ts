/**
 * A framework document as a workbook, and back (`from-sheet`, `to-sheet`, `template`; CLI only, never
 * imported by the widgets: scripts/check-imports.mjs keeps it so). Pure: tables of cells in, tables out;
 * the CLI reads and writes them as .xlsx (xlsx.ts) or CSV (csv.ts).
 *
 * The layout (README, "From your spreadsheet to the widgets", and the workbook's "Read me" sheet):
 * - a sheet per part (`SHEETS`), a header row of column names, then one row per item; the `framework` sheet
 *   lists the document's own fields down column A with their values in column B;
 * - a column is named after the field it fills, in the format's own words: `label`, `source.url`,
 *   `descriptors.emerging.summary`; a list of texts takes numbered columns (`lookFors.1`, `lookFors.2`);
 *   a list of ids or language tags takes one cell, separated by commas;
 * - a text in another language takes a column of its own, `label@es`; the plain `label` column holds the
 *   text in the framework's default language. A text only in the default language is a plain string,
 *   except when it comes from a `label@en` column (where `en` is the default), which keeps the
 *   `{ "en": "…" }` form: so every Text of the format has exactly one way to be written, and comes back so;
 * - an `extra` column holds every other field of the row as a JSON object (on the `framework` sheet: of
 *   the document), so unknown fields survive; `extensions` is a JSON cell of its own.
 *
 * Reading reports every problem in one run: each names its sheet, row and column (A1-style and the
 * column's name) and the JSON Pointer it became. The document is then checked by the validator
 * (parse.ts); when its shape check stops it before the checks of references, the problems found so far are
 * set aside in a copy and it is checked again, so those are listed too.
 */
import { FRAMEWORK_SCHEMA_ID, type Framework } from './schema.js';
import { parseFramework, parseJson } from './parse.js';
import { type Issue, type IssueCode } from './issues.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import { columnLetters, serialToDate, type CellValue } from './xlsx.js';
import * as v from 'valibot';
import { FrameworkSchema } from './schema.js';

// ---------------------------------------------------------------------------------------------------
// The layout

/**
 * How a column's cells are read: a plain string, a number, a date (a string, or a spreadsheet date), a
 * Text (with `@lang` columns), a list of ids or tags in one cell separated by commas, or JSON.
 */
export type ColumnKind = 'string' | 'number' | 'date' | 'text' | 'list' | 'json';

interface FieldSpec {
  /** Dotted path inside the row's object; `#` a numbered list item (1, 2, …), `*` a level id. */
  readonly path: string;
  readonly kind: ColumnKind;
  readonly about: string;
}

interface SheetSpec {
  readonly name: string;
  readonly about: string;
  readonly fields: readonly FieldSpec[];
  /** Fields listed down column A, values in column B (the `framework` sheet). */
  readonly vertical?: boolean;
  /** A first column that places the row (the group of a capacity, the facet of a vocabulary entry). */
  readonly key?: { readonly header: string; readonly about: string };
}

const f = (path: string, kind: ColumnKind, about: string): FieldSpec => ({ path, kind, about });
const EXTRA = f(
  'extra',
  'json',
  'Any other fields of this item, as a JSON object, kept as they are (filled in by to-sheet; leave it empty otherwise).',
);

/** Every sheet of the workbook, in order. */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'framework',
    vertical: true,
    about: 'The framework itself: one field per row, its name in column A and its value in column B.',
    fields: [
      f('schema', 'string', `Always "${FRAMEWORK_SCHEMA_ID}" (filled in when left empty).`),
      f('$schema', 'string', 'Where an editor finds the JSON Schema (optional).'),
      f('id', 'string', 'The framework’s id: lowercase letters, digits, "-" or "_".'),
      f('version', 'string', 'The framework’s own version, e.g. 2026.1.'),
      f('title', 'text', 'The framework’s title.'),
      f('summary', 'text', 'A short description.'),
      f('defaultLocale', 'string', 'The language of the plain text columns, e.g. en (en when empty).'),
      f('source.publisher', 'string', 'Who publishes the content.'),
      f('source.url', 'string', 'Where the content comes from (an http: or https: link).'),
      f('source.citation', 'string', 'How to cite it.'),
      f('source.license', 'string', 'Its license.'),
      f('source.retrieved', 'date', 'When it was retrieved (YYYY-MM-DD).'),
      f('extensions', 'json', 'Partner data, as a JSON object, kept and ignored by the widgets.'),
      f('extra', 'json', 'Any other fields of the document, as a JSON object (filled in by to-sheet).'),
    ],
  },
  {
    name: 'levels',
    about: 'The scale shared by every capacity, one row per level, lowest first.',
    fields: [
      f('id', 'string', 'The level’s id.'),
      f('rank', 'number', 'Its place on the scale: 0 for the first, then 1, 2…'),
      f('label', 'text', 'Its name.'),
      f('shortLabel', 'text', 'A short name for narrow places.'),
      f('summary', 'text', 'What the level means in general.'),
      f('color', 'string', 'A CSS color (optional).'),
      EXTRA,
    ],
  },
  {
    name: 'groups',
    about: 'The groups of capacities, in the order they are shown.',
    fields: [
      f('id', 'string', 'The group’s id.'),
      f('label', 'text', 'Its name.'),
      f('summary', 'text', 'A short description.'),
      f('color', 'string', 'A CSS color (optional).'),
      EXTRA,
    ],
  },
  {
    name: 'capacities',
    about: 'The capacities, one row each, in the order they are shown within their group.',
    key: { header: 'groupId', about: 'The id of the group it belongs to (from the groups sheet).' },
    fields: [
      f('id', 'string', 'The capacity’s id, unique across all groups.'),
      f('label', 'text', 'Its name.'),
      f('definition', 'text', 'What it means.'),
      f('lookFors.#', 'text', 'What to look for: lookFors.1, lookFors.2… one per column.'),
      f('descriptors.*.summary', 'text', 'What it looks like at a level: one column per level id.'),
      f(
        'descriptors.*.indicators.#',
        'text',
        'Signs of that level: descriptors.<level id>.indicators.1, .2…',
      ),
      f('prompts.#', 'text', 'Questions for the team: prompts.1, prompts.2…'),
      EXTRA,
    ],
  },
  {
    name: 'considerations',
    about: 'Equity considerations, keyed by group and level (and a capacity, to override the group’s).',
    fields: [
      f('groupId', 'string', 'The group.'),
      f('levelId', 'string', 'The level.'),
      f('capacityId', 'string', 'A capacity of that group, when this entry is for it alone (optional).'),
      f('items.#', 'text', 'The considerations: items.1, items.2…'),
      EXTRA,
    ],
  },
  {
    name: 'actions',
    about: 'Suggested next steps for a capacity at the level a team is at now.',
    fields: [
      f('id', 'string', 'The action’s id.'),
      f('capacityId', 'string', 'The capacity.'),
      f('levelId', 'string', 'The level the team is at now.'),
      f('title', 'text', 'What to do.'),
      f('detail', 'text', 'More about it.'),
      f('resourceIds', 'list', 'Resources that help, by id, separated by commas.'),
      EXTRA,
    ],
  },
  {
    name: 'resources',
    about: 'The resource library.',
    fields: [
      f('id', 'string', 'The resource’s id.'),
      f('title', 'text', 'Its title.'),
      f('url', 'string', 'Its link (http:, https: or relative).'),
      f('summary', 'text', 'What it is about.'),
      f('publisher', 'string', 'Who publishes it.'),
      f('type', 'string', 'Its type (an id from the vocabularies sheet, facet "type").'),
      f('format', 'string', 'Its format (facet "format").'),
      f('cost', 'string', 'Its cost (facet "cost").'),
      f('audience', 'list', 'Who it is for (facet "audience"), separated by commas.'),
      f('languages', 'list', 'Its languages, e.g. en, es.'),
      f('minutes', 'number', 'How long it takes, in minutes.'),
      f('capacityIds', 'list', 'The capacities it helps with, separated by commas.'),
      f('levelIds', 'list', 'The levels it suits (empty: every level).'),
      f('groupIds', 'list', 'The groups it helps with.'),
      f('tags.#', 'string', 'Tags: tags.1, tags.2…'),
      f('providerId', 'string', 'The provider behind it (from the providers sheet).'),
      f('updated', 'date', 'When it was last updated (YYYY-MM-DD).'),
      EXTRA,
    ],
  },
  {
    name: 'vocabularies',
    about: 'The allowed values of the resources’ facets (type, format, cost, audience…) and their names.',
    key: { header: 'facet', about: 'The facet: type, format, cost, audience, or another.' },
    fields: [f('id', 'string', 'The value’s id.'), f('label', 'text', 'Its name.'), EXTRA],
  },
  {
    name: 'providers',
    about: 'Organizations that offer support.',
    fields: [
      f('id', 'string', 'The provider’s id.'),
      f('name', 'text', 'Its name.'),
      f('url', 'string', 'Its website.'),
      f('summary', 'text', 'What it offers.'),
      f('contact', 'string', 'An https: or mailto: link.'),
      f('capacityIds', 'list', 'The capacities it supports.'),
      f('levelIds', 'list', 'The levels it serves best (empty: all).'),
      f('languages', 'list', 'The languages it works in.'),
      f('regions.#', 'string', 'Where it works: regions.1, regions.2…'),
      f('competencies.#', 'text', 'What it is good at: competencies.1, competencies.2…'),
      EXTRA,
    ],
  },
  {
    name: 'anchors',
    about: 'Context shown beside the profile, never rated.',
    fields: [
      f('id', 'string', 'Its id.'),
      f('label', 'text', 'Its name.'),
      f('summary', 'text', 'More.'),
      EXTRA,
    ],
  },
  {
    name: 'roles',
    about: 'The perspectives a team gathers (teacher, family, student…).',
    fields: [
      f('id', 'string', 'The role’s id.'),
      f('label', 'text', 'Its name.'),
      f('summary', 'text', 'Who they are.'),
      EXTRA,
    ],
  },
  {
    name: 'terms',
    about:
      'The framework’s own words for its parts, used by the widgets instead of “capacity”, “group” and “level”.',
    key: {
      header: 'term',
      about: 'Which word: capacity, capacities, group, groups, level or levels.',
    },
    fields: [f('text', 'text', 'The framework’s word.')],
  },
];

/** The JSON Pointer of each list sheet's items (where the rows go in the document). */
const LIST_OF: Readonly<Record<string, string>> = {
  levels: 'levels',
  groups: 'groups',
  considerations: 'equityConsiderations',
  actions: 'actions',
  resources: 'resources',
  providers: 'providers',
  anchors: 'anchors',
  roles: 'roles',
};

const READ_ME = 'Read me';
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// ---------------------------------------------------------------------------------------------------
// Tables and problems

/** A sheet as cells: row 0 is the first row of the sheet. */
export interface Table {
  readonly name: string;
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
}

/** A problem, located in the workbook (where it can be) and in the document. */
export interface SheetIssue extends Issue {
  readonly sheet?: string;
  /** The cell, A1-style. */
  readonly cell?: string;
  /** The column's name (its header). */
  readonly column?: string;
  /** The row, 1-based as the spreadsheet shows it. */
  readonly row?: number;
}

/** `levels!B3 (column "rank", row 3) → /levels/1/rank: message`. */
export function formatSheetIssue(i: SheetIssue): string {
  const where =
    i.sheet === undefined
      ? ''
      : i.cell
        ? `${i.sheet}!${i.cell}${i.column !== undefined ? ` (column "${i.column}")` : ''}`
        : i.row !== undefined
          ? `${i.sheet}, row ${i.row}`
          : `sheet ${i.sheet}`;
  const pointer = i.path ? `${where ? ' → ' : ''}${i.path}` : where ? '' : '(document)';
  return `${where}${pointer}: ${i.message}`;
}

/** Where a cell's value went: its place in the workbook and in the document. */
interface Placed {
  readonly sheet: string;
  /** The pointer of the row's item. */
  readonly rowPointer: string;
  readonly cell: string;
  readonly column: string;
  readonly row: number;
  readonly pointer: string;
}

// ---------------------------------------------------------------------------------------------------
// Columns: names ↔ paths

interface Column {
  readonly header: string;
  /** Concrete path inside the row's object; list items as 0-based numbers. */
  readonly segments: readonly PathSegment[];
  readonly kind: ColumnKind;
  readonly locale?: string;
  /** The pattern (`lookFors.#`) and the place of this column's `#`s, to check lists have no gaps. */
  readonly spec: FieldSpec;
}

/** Reads a column name against a sheet's fields: `descriptors.emerging.indicators.2@es`. */
function parseHeader(spec: SheetSpec, header: string): Column | string {
  const at = header.indexOf('@');
  const name = at < 0 ? header : header.slice(0, at);
  const locale = at < 0 ? undefined : header.slice(at + 1);
  const parts = name.split('.');
  for (const field of spec.fields) {
    const pattern = field.path.split('.');
    if (pattern.length !== parts.length) continue;
    const segments: PathSegment[] = [];
    const fits = pattern.every((p, i) => {
      if (p === '#') {
        if (!/^[1-9]\d{0,3}$/.test(parts[i])) return false;
        segments.push(Number(parts[i]) - 1);
        return true;
      }
      if (p === '*') {
        if (!parts[i]) return false;
        segments.push(parts[i]);
        return true;
      }
      segments.push(p);
      return p === parts[i];
    });
    if (!fits) continue;
    if (locale !== undefined) {
      if (field.kind !== 'text') return `column "${header}": only texts have languages ("@…")`;
      if (!LOCALE.test(locale))
        return `column "${header}": "${locale}" is not a language tag such as "es" or "es-MX"`;
    }
    return { header, segments, kind: field.kind, locale, spec: field };
  }
  const names = spec.fields.map((x) => x.path.replace(/\.#/g, '.1').replace('*', '<level id>'));
  return `unknown column "${header}" in sheet ${spec.name}; its columns are ${[spec.key?.header, ...names].filter(Boolean).join(', ')}`;
}

// ---------------------------------------------------------------------------------------------------
// Reading

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (x: unknown): x is JsonObject => !!x && typeof x === 'object' && !Array.isArray(x);

/** Cells of a sheet as a header row and data rows, whatever the sheet's layout. */
interface Grid {
  readonly headers: { readonly text: string; readonly cell: string }[];
  readonly rows: {
    readonly number: number;
    readonly cells: { value: CellValue | undefined; cell: string }[];
  }[];
}

const empty = (x: CellValue | undefined) => x === undefined || (typeof x === 'string' && x.trim() === '');

function gridOf(table: Table, spec: SheetSpec): Grid {
  if (spec.vertical) {
    // Field names in column A (after a header row), values in column B: one data row.
    const headers: Grid['headers'] = [];
    const cells: Grid['rows'][number]['cells'] = [];
    table.rows.forEach((row, r) => {
      if (r === 0 || empty(row?.[0])) return;
      headers.push({ text: String(row[0]).trim(), cell: `A${r + 1}` });
      cells.push({ value: row[1], cell: `B${r + 1}` });
    });
    return { headers, rows: [{ number: 0, cells }] };
  }
  const head = table.rows[0] ?? [];
  const width = Math.max(0, ...table.rows.map((r) => r?.length ?? 0));
  const headers = Array.from({ length: width }, (_, c) => ({
    text: empty(head[c]) ? '' : String(head[c]).trim(),
    cell: `${columnLetters(c)}1`,
  }));
  const rows = table.rows.slice(1).flatMap((row, i) =>
    (row ?? []).some((x) => !empty(x))
      ? [
          {
            number: i + 2,
            cells: headers.map((_, c) => ({ value: row[c], cell: `${columnLetters(c)}${i + 2}` })),
          },
        ]
      : [],
  );
  return { headers, rows };
}

/** What one row gave: its object, the sheet key (group, facet, term) and where each cell went. */
interface RowRead {
  readonly number: number;
  readonly value: JsonObject;
  readonly key?: string;
  readonly keyCell?: string;
  /** Cells by their path inside the row (JSON Pointer relative to the row). */
  readonly cells: { readonly at: string; readonly cell: string; readonly column: string }[];
}

class Reader {
  readonly errors: SheetIssue[] = [];
  readonly warnings: SheetIssue[] = [];
  readonly placed: Placed[] = [];
  /** Pointers of the rows placed in the document, to locate problems about a whole row. */
  readonly rowsPlaced: { sheet: string; row: number; pointer: string }[] = [];
  constructor(readonly defaultLocale: string) {}

  error(code: IssueCode, message: string, where: Partial<SheetIssue> = {}) {
    this.errors.push({ severity: 'error', code, message, path: '', ...where });
  }

  readRows(table: Table, spec: SheetSpec): RowRead[] {
    const grid = gridOf(table, spec);
    const columns: (Column | undefined)[] = [];
    const seen = new Map<string, string>();
    let keyColumn = -1;
    grid.headers.forEach((h, c) => {
      const at = { sheet: spec.name, cell: h.cell, column: h.text };
      if (!h.text) {
        if (grid.rows.some((r) => !empty(r.cells[c].value)))
          this.error('shape', 'this column has values but no name in its first row', at);
        return;
      }
      if (seen.has(h.text)) {
        this.error('shape', `column "${h.text}" appears twice (also at ${seen.get(h.text)})`, at);
        return;
      }
      seen.set(h.text, h.cell);
      if (spec.key && h.text === spec.key.header) {
        keyColumn = c;
        return;
      }
      const column = parseHeader(spec, h.text);
      if (typeof column === 'string') this.error('shape', column, at);
      else columns[c] = column;
    });
    if (spec.key && keyColumn < 0 && grid.rows.length)
      this.error('shape', `sheet ${spec.name} needs a column "${spec.key.header}": ${spec.key.about}`, {
        sheet: spec.name,
      });
    return grid.rows.map((row) => this.readRow(spec, grid, columns, keyColumn, row));
  }

  private readRow(
    spec: SheetSpec,
    grid: Grid,
    columns: readonly (Column | undefined)[],
    keyColumn: number,
    row: Grid['rows'][number],
  ): RowRead {
    const value: JsonObject = {};
    const cells: RowRead['cells'][number][] = [];
    const rowNumber = spec.vertical ? undefined : row.number;
    const located = (c: number) => ({
      sheet: spec.name,
      cell: row.cells[c].cell,
      column: grid.headers[c].text,
      ...(rowNumber !== undefined ? { row: rowNumber } : {}),
    });
    // Texts first gathered by path, then made a string or an object once every language is known.
    const texts = new Map<
      string,
      { segments: PathSegment[]; plain?: number; plainValue?: string; langs: Map<string, [number, string]> }
    >();
    const entries: { segments: PathSegment[]; value: Json; column: number }[] = [];
    columns.forEach((column, c) => {
      if (!column) return;
      const raw = row.cells[c].value;
      const at = toPointer(column.segments);
      if (column.kind === 'text') {
        const key = at;
        let t = texts.get(key);
        if (!t) texts.set(key, (t = { segments: [...column.segments], langs: new Map() }));
        if (empty(raw)) {
          if (column.locale === undefined) cells.push({ at, cell: row.cells[c].cell, column: column.header });
          return;
        }
        const text = String(raw);
        if (column.locale === undefined) {
          t.plain = c;
          t.plainValue = text;
        } else t.langs.set(column.locale, [c, text]);
        return;
      }
      // `extra` is the row's other fields: not one place in the document, so not a place of its own.
      if (column.spec.path !== 'extra') cells.push({ at, cell: row.cells[c].cell, column: column.header });
      if (empty(raw)) return;
      const converted = this.convert(column, raw!, located(c));
      if (converted !== undefined)
        entries.push({ segments: [...column.segments], value: converted, column: c });
    });
    for (const t of texts.values()) {
      const at = toPointer(t.segments);
      if (!t.langs.size) {
        if (t.plain !== undefined) {
          entries.push({ segments: t.segments, value: t.plainValue, column: t.plain });
          cells.push({ at, cell: row.cells[t.plain].cell, column: grid.headers[t.plain].text });
        }
        continue;
      }
      const text: Record<string, string> = {};
      for (const [locale, [c, s]] of t.langs) {
        text[locale] = s;
        cells.push({ at: `${at}/${locale}`, cell: row.cells[c].cell, column: grid.headers[c].text });
      }
      if (t.plain !== undefined) {
        const d = this.defaultLocale;
        if (d in text)
          this.error(
            'shape',
            `the text in the default language (${d}) is given twice, in "${grid.headers[t.plain].text}" and "${grid.headers[t.langs.get(d)![0]].text}"; keep one`,
            located(t.langs.get(d)![0]),
          );
        text[d] = t.plainValue!;
        cells.push({ at: `${at}/${d}`, cell: row.cells[t.plain].cell, column: grid.headers[t.plain].text });
      }
      entries.push({
        segments: t.segments,
        value: text,
        column: t.plain ?? t.langs.values().next().value![0],
      });
    }
    // Lists: numbered columns must be filled from 1 without gaps.
    const lists = new Map<string, number[]>();
    for (const e of entries)
      e.segments.forEach((s, i) => {
        if (typeof s !== 'number') return;
        const parent = toPointer(e.segments.slice(0, i));
        const list = lists.get(parent) ?? [];
        if (!list.includes(s)) list.push(s);
        lists.set(parent, list);
      });
    const gapped = new Set<string>();
    for (const [parent, indexes] of lists) {
      indexes.sort((a, b) => a - b);
      const gap = indexes.findIndex((x, i) => x !== i);
      if (gap >= 0) {
        gapped.add(parent);
        const e = entries.find((x) => toPointer(x.segments).startsWith(`${parent}/${indexes[gap]}`))!;
        this.error(
          'shape',
          `item ${indexes[gap] + 1} of this list is filled but item ${gap + 1} is empty; fill the numbered columns from 1 without gaps`,
          located(e.column),
        );
      }
    }
    for (const e of entries) {
      if ([...gapped].some((g) => toPointer(e.segments).startsWith(g + '/'))) continue;
      setAt(value, e.segments, e.value);
    }
    // `extra`: the row's other fields, merged in (the cells win nothing: a field in both is a mistake).
    // (The framework sheet's is merged last, into the whole document: see sheetsToFramework.)
    const extra = value.extra;
    if (!spec.vertical) delete value.extra;
    if (extra !== undefined && !spec.vertical) {
      const c = columns.findIndex((x) => x?.spec.path === 'extra');
      if (!isObject(extra)) this.error('shape', 'expected a JSON object such as {"note": "…"}', located(c));
      else
        for (const clash of mergeInto(value, extra))
          this.error(
            'shape',
            `"${clash}" is given both in its own column and in this JSON; keep one`,
            located(c),
          );
    }
    const keyRaw = keyColumn >= 0 ? row.cells[keyColumn].value : undefined;
    return {
      number: row.number,
      value,
      key: empty(keyRaw) ? undefined : String(keyRaw).trim(),
      keyCell: keyColumn >= 0 ? row.cells[keyColumn].cell : undefined,
      cells,
    };
  }

  private convert(column: Column, raw: CellValue, at: Partial<SheetIssue>): Json {
    switch (column.kind) {
      case 'number': {
        if (typeof raw === 'number') return raw;
        const s = raw.trim();
        if (/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return Number(s);
        this.error('shape', `expected a number, found "${s.length > 40 ? s.slice(0, 37) + '…' : s}"`, at);
        return undefined;
      }
      case 'date':
        return typeof raw === 'number' ? serialToDate(raw) : raw;
      case 'list':
        return String(raw)
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== '');
      case 'json': {
        const parsed = parseJson(String(raw));
        if (parsed.ok) return parsed.value;
        this.error('json', parsed.error.message, at);
        return undefined;
      }
      default:
        return String(raw);
    }
  }
}

/** Sets `value` at `segments` in `root`, making objects and arrays on the way. */
function setAt(root: JsonObject, segments: readonly PathSegment[], value: Json) {
  let node: Record<string | number, Json> = root;
  segments.forEach((s, i) => {
    if (i === segments.length - 1) node[s] = value;
    else {
      node[s] ??= typeof segments[i + 1] === 'number' ? [] : {};
      node = node[s] as Record<string | number, Json>;
    }
  });
}

/** Deep-merges `extra` into `into`; returns the paths given on both sides (not merged). */
function mergeInto(into: JsonObject, extra: JsonObject, prefix = ''): string[] {
  const clashes: string[] = [];
  for (const [k, x] of Object.entries(extra)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (!(k in into)) into[k] = x;
    else if (isObject(into[k]) && isObject(x)) clashes.push(...mergeInto(into[k], x, path));
    else clashes.push(path);
  }
  return clashes;
}

/** The tables of a workbook by sheet name (case and spaces at the ends ignored). */
function byName(tables: readonly Table[], warn: (i: SheetIssue) => void): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const t of tables) {
    const name = t.name.trim().toLowerCase();
    const spec = SHEETS.find((s) => s.name === name);
    if (spec) out.set(spec.name, t);
    else if (name !== READ_ME.toLowerCase() && name !== 'read-me')
      warn({
        severity: 'warning',
        code: 'shape',
        path: '',
        sheet: t.name,
        message: `sheet "${t.name}" was not read: the sheets are ${SHEETS.map((s) => s.name).join(', ')}`,
      });
  }
  return out;
}

/** The result of reading a workbook: the document when it is valid, and every problem found. */
export interface SheetResult {
  readonly ok: boolean;
  /** The document as built from the sheets (also when it has errors). */
  readonly document: JsonObject;
  readonly errors: readonly SheetIssue[];
  readonly warnings: readonly SheetIssue[];
}

/** Builds a framework document from a workbook's tables and checks it, every problem located. */
export function sheetsToFramework(tables: readonly Table[]): SheetResult {
  const warnings: SheetIssue[] = [];
  const sheets = byName(tables, (w) => warnings.push(w));
  // The default language first: it decides what the plain text columns are.
  const frameworkGrid = sheets.get('framework');
  const localeRow = frameworkGrid?.rows.find((r) => String(r?.[0] ?? '').trim() === 'defaultLocale');
  const defaultLocale = empty(localeRow?.[1]) ? 'en' : String(localeRow![1]).trim();
  const reader = new Reader(defaultLocale);
  const doc: JsonObject = {};
  const place = (sheet: string, row: RowRead, pointer: string) => {
    reader.rowsPlaced.push({ sheet, row: row.number, pointer });
    for (const c of row.cells)
      reader.placed.push({
        sheet,
        rowPointer: pointer,
        cell: c.cell,
        column: c.column,
        row: row.number,
        pointer: pointer + c.at,
      });
  };

  let extraOfDocument: Json;
  for (const spec of SHEETS) {
    const table = sheets.get(spec.name);
    if (!table) continue;
    const rows = reader.readRows(table, spec);
    if (spec.name === 'framework') {
      const row = rows[0];
      if (!row) continue;
      extraOfDocument = row.value.extra;
      Object.assign(doc, row.value);
      place(spec.name, { ...row, number: 0 }, '');
      if (doc.schema === undefined) doc.schema = FRAMEWORK_SCHEMA_ID;
      continue;
    }
    const list = LIST_OF[spec.name];
    if (list) {
      if (!rows.length) continue;
      doc[list] = rows.map((row, i) => {
        place(spec.name, row, `/${list}/${i}`);
        return row.value;
      });
      continue;
    }
    const at = (row: RowRead) => ({
      sheet: spec.name,
      cell: row.keyCell,
      column: spec.key!.header,
      row: row.number,
    });
    if (spec.name === 'capacities') {
      const groups = Array.isArray(doc.groups) ? (doc.groups as JsonObject[]) : [];
      for (const row of rows) {
        if (row.key === undefined) {
          reader.error('shape', `which group? Give the group's id in column "groupId"`, at(row));
          continue;
        }
        const gi = groups.findIndex((g) => g.id === row.key);
        if (gi < 0) {
          reader.error(
            'unresolved-reference',
            `no group "${row.key}" in the groups sheet (its ids are ${groups.map((g) => String(g.id)).join(', ') || 'none'})`,
            at(row),
          );
          continue;
        }
        const capacities = ((groups[gi].capacities as JsonObject[] | undefined) ??= []);
        place(spec.name, row, `/groups/${gi}/capacities/${capacities.length}`);
        capacities.push(row.value);
      }
    } else if (spec.name === 'vocabularies') {
      const vocabularies: Record<string, JsonObject[]> = {};
      for (const row of rows) {
        if (row.key === undefined) {
          reader.error(
            'shape',
            'which facet? Give it in column "facet" (type, format, cost, audience…)',
            at(row),
          );
          continue;
        }
        const entries = (vocabularies[row.key] ??= []);
        place(spec.name, row, toPointer(['vocabularies', row.key, entries.length]));
        entries.push(row.value);
      }
      if (Object.keys(vocabularies).length) doc.vocabularies = vocabularies;
    } else if (spec.name === 'terms') {
      const terms: JsonObject = {};
      for (const row of rows) {
        if (row.key === undefined) {
          reader.error('shape', 'which word? Give it in column "term" (capacity, group, level…)', at(row));
          continue;
        }
        if (row.key in terms) {
          reader.error('duplicate-id', `the term "${row.key}" is given twice`, at(row));
          continue;
        }
        const pointer = toPointer(['terms', row.key]);
        reader.rowsPlaced.push({ sheet: spec.name, row: row.number, pointer });
        for (const c of row.cells)
          reader.placed.push({
            sheet: spec.name,
            rowPointer: pointer,
            cell: c.cell,
            column: c.column,
            row: row.number,
            pointer: pointer + c.at.replace(/^\/text/, ''),
          });
        if (row.value.text !== undefined) terms[row.key] = row.value.text;
      }
      if (Object.keys(terms).length) doc.terms = terms;
    }
  }
  // The document's other fields (the framework sheet's `extra`) last: they may fill in any part.
  delete doc.extra;
  if (extraOfDocument !== undefined) {
    const at = reader.placed.find((p) => p.sheet === 'framework' && p.column === 'extra');
    const where = at ? { sheet: at.sheet, cell: at.cell, column: at.column } : { sheet: 'framework' };
    if (!isObject(extraOfDocument))
      reader.error('shape', 'expected a JSON object such as {"note": "…"}', where);
    else
      for (const clash of mergeInto(doc, extraOfDocument))
        reader.error('shape', `"${clash}" is given both in the sheets and in this JSON; keep one`, where);
  }

  // The sheets' own problems: the JSON Pointer their cell (or row) became.
  const sheetErrors = reader.errors.map((e): SheetIssue => {
    if (e.path || e.sheet === undefined) return e;
    const cell = reader.placed.find((p) => p.sheet === e.sheet && p.cell === e.cell);
    const row = reader.rowsPlaced.find((r) => r.sheet === e.sheet && r.row === (e.row ?? 0));
    return { ...e, path: cell?.pointer ?? (e.cell && row ? row.pointer : '') };
  });
  reader.errors.splice(0, reader.errors.length, ...sheetErrors);
  const located = validate(doc, reader);
  const errors = [...sheetErrors, ...located.errors.filter((e) => !coveredBy(e, sheetErrors))];
  return { ok: errors.length === 0, document: doc, errors, warnings: [...warnings, ...located.warnings] };
}

/** Whether a validator's problem is one the sheets already reported (the same place or inside it). */
function coveredBy(e: SheetIssue, reported: readonly SheetIssue[]): boolean {
  return reported.some(
    (r) =>
      (r.cell !== undefined && r.sheet === e.sheet && r.cell === e.cell) ||
      (r.path !== '' && (e.path === r.path || e.path.startsWith(r.path + '/'))),
  );
}

// ---------------------------------------------------------------------------------------------------
// Validation, located back in the sheets

/** The workbook place of a JSON Pointer: the cell it came from, else its row, else its sheet. */
function locate(pointer: string, reader: Reader): Partial<SheetIssue> {
  const exact = reader.placed.find((p) => p.pointer === pointer);
  if (exact) return whereOf(exact);
  const under = (p: string) => pointer === p || pointer.startsWith(p + '/');
  const row = reader.rowsPlaced
    .filter((r) => under(r.pointer))
    .sort((a, b) => b.pointer.length - a.pointer.length)[0];
  // A field of the row made of several cells: a text's languages (its first cell), or one level's
  // descriptor columns; a field spanning different columns (all the descriptors) is the row.
  const inside = reader.placed.filter(
    (p) => p.pointer.startsWith(pointer + '/') && (!row || p.rowPointer === row.pointer),
  );
  const depth = row ? pointer.slice(row.pointer.length).split('/').length - 1 : 0;
  const oneText = new Set(inside.map((p) => p.column.split('@')[0])).size === 1;
  if (inside.length && row && depth > 0 && (oneText || depth >= 2)) return whereOf(inside[0]);
  // An item of a list held in one cell (an id among ids): that cell.
  const holder = reader.placed
    .filter((p) => under(p.pointer) && (!row || p.pointer.length > row.pointer.length))
    .sort((a, b) => b.pointer.length - a.pointer.length)[0];
  if (holder) return whereOf(holder);
  if (row && row.row > 0) return { sheet: row.sheet, row: row.row };
  const first = pointer.split('/')[1];
  if (first === undefined) return {};
  if (first === 'equityConsiderations') return { sheet: 'considerations' };
  return { sheet: SHEETS.find((s) => s.name === first)?.name ?? 'framework' };
}

const whereOf = (p: Placed): Partial<SheetIssue> => ({
  sheet: p.sheet,
  cell: p.cell,
  column: p.column,
  ...(p.row > 0 ? { row: p.row } : {}),
});

const SHAPE_CODES = new Set<IssueCode>(['shape', 'unsafe-url', 'too-deep', 'json', 'schema-version']);

/**
 * Validates the document with parse.ts and locates each problem in the sheets. When shape errors stop the
 * validator before its other checks, a copy with those places set aside (optional fields removed,
 * required ones given a stand-in) is validated again, so that duplicate ids and unresolved references are
 * listed in the same run; a problem at a place already reported is not repeated.
 */
function validate(doc: JsonObject, reader: Reader): { errors: SheetIssue[]; warnings: SheetIssue[] } {
  const locateAll = (issues: readonly Issue[]): SheetIssue[] =>
    issues.map((i) => ({ ...i, ...locate(i.path, reader) }));
  let result = parseFramework(doc);
  const errors = locateAll(result.errors);
  let current: JsonObject = doc;
  const setAside = new Set(reader.errors.map((e) => e.path).filter((p) => p !== ''));
  for (
    let round = 0;
    round < 3 && !result.ok && result.errors.some((e) => SHAPE_CODES.has(e.code));
    round++
  ) {
    current = structuredClone(current);
    for (const e of result.errors) {
      setAside.add(e.path);
      standIn(current, e.path, round);
    }
    result = parseFramework(current);
    for (const e of locateAll(result.errors))
      if (![...setAside].some((p) => e.path === p || e.path.startsWith(p + '/'))) errors.push(e);
  }
  return { errors, warnings: result.ok ? locateAll(result.warnings) : [] };
}

type Walked = v.GenericSchema & {
  readonly wrapped?: v.GenericSchema;
  readonly entries?: Record<string, v.GenericSchema>;
  readonly item?: v.GenericSchema;
  readonly value?: v.GenericSchema;
};

/**
 * Sets aside the value at `pointer` in `doc` for the next round of validation: an optional field is
 * removed; a required one gets a stand-in of its type (a unique id, the item's place as a number, a word),
 * found by walking the schema to it.
 */
function standIn(doc: JsonObject, pointer: string, round: number): void {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (!segments.length) return;
  // Walk the schema along the path, remembering each object field's entry (optional or not).
  let schema = FrameworkSchema as unknown as Walked;
  const trail: { schema: Walked; optional: boolean }[] = [];
  for (const s of segments) {
    let optional = false;
    if (schema.type === 'optional') schema = schema.wrapped as Walked;
    let next: Walked | undefined;
    if (schema.type === 'array') next = schema.item;
    else if (schema.type === 'record') next = schema.value;
    else if (schema.type === 'loose_object') next = schema.entries?.[s];
    if (next?.type === 'optional') optional = true;
    if (!next) break;
    trail.push({ schema: next, optional });
    schema = next;
  }
  // The deepest object field (not a list item, not a text's language) on the path is what is set aside.
  let depth = trail.length;
  while (depth > 0 && /^\d+$/.test(segments[depth - 1]) && depth > 1) depth--;
  if (depth === 0) return;
  const parent = segments.slice(0, depth - 1).reduce<Json>((node, s) => (node as JsonObject)?.[s], doc);
  if (!parent || typeof parent !== 'object') return;
  const key = segments[depth - 1];
  const { schema: target, optional } = trail[depth - 1];
  const container = parent as Record<string, Json>;
  if (optional) {
    if (Array.isArray(container)) return;
    delete container[key];
    return;
  }
  const inner = (target.type === 'optional' ? target.wrapped : target) as Walked;
  const index = Number([...segments.slice(0, depth - 1)].reverse().find((s) => /^\d+$/.test(s)) ?? 0);
  container[key] =
    inner.type === 'number'
      ? index
      : inner.type === 'array'
        ? []
        : inner.type === 'loose_object' || inner.type === 'record'
          ? container[key]
          : inner.type === 'literal'
            ? FRAMEWORK_SCHEMA_ID
            : `set-aside-${round}-${pointer.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 64);
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** Locales used by any Text of the document, the default first. */
function localesOf(doc: Framework): string[] {
  const found = new Set<string>();
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (isObject(x)) {
      const keys = Object.keys(x);
      if (keys.length && keys.every((k) => LOCALE.test(k) && typeof x[k] === 'string'))
        keys.forEach((k) => found.add(k));
      else keys.forEach((k) => k !== 'extensions' && walk(x[k]));
    }
  };
  walk({ ...doc, extensions: undefined });
  return [...found];
}

interface RowOut {
  readonly cells: Map<string, CellValue>;
  readonly extra?: JsonObject;
}

/** A header for a concrete path: list items 1-based. */
const headerOf = (segments: readonly PathSegment[], locale?: string) =>
  segments.map((s) => (typeof s === 'number' ? String(s + 1) : s)).join('.') + (locale ? `@${locale}` : '');

/** A string a cell can hold so that it reads back the same: not empty, not only spaces. */
const fillable = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const isText = (x: unknown): x is string | Record<string, string> =>
  fillable(x) ||
  (isObject(x) &&
    Object.keys(x).length > 0 &&
    Object.entries(x).every(([k, s]) => LOCALE.test(k) && fillable(s)));

/** One item as cells: what its columns hold, and what is left for `extra`. */
function rowOut(spec: SheetSpec, item: JsonObject, defaultLocale: string): RowOut {
  const cells = new Map<string, CellValue>();
  const rest = structuredClone(item);
  const take = (segments: readonly PathSegment[]) => {
    // Remove the value, then every object or list the removal left empty.
    for (let depth = segments.length; depth > 0; depth--) {
      const parent = segments
        .slice(0, depth - 1)
        .reduce<Json>((n, s) => (n as JsonObject)[s], rest) as JsonObject;
      delete parent[segments[depth - 1]];
      if (depth > 1 && Object.keys(parent).length) break;
    }
  };
  const put = (field: FieldSpec, segments: PathSegment[], x: unknown): boolean => {
    switch (field.kind) {
      case 'text':
        if (!isText(x)) return false;
        if (typeof x === 'string') cells.set(headerOf(segments), x);
        else {
          const others = Object.keys(x).some((k) => k !== defaultLocale);
          for (const [k, s] of Object.entries(x))
            cells.set(headerOf(segments, k === defaultLocale && others ? undefined : k), s);
        }
        return true;
      case 'string':
      case 'date':
        if (!fillable(x)) return false;
        cells.set(headerOf(segments), x);
        return true;
      case 'number':
        if (typeof x !== 'number' || !Number.isFinite(x)) return false;
        cells.set(headerOf(segments), x);
        return true;
      case 'list':
        if (!Array.isArray(x) || !x.length || !x.every((s) => typeof s === 'string' && /^[^,\s]+$/.test(s)))
          return false;
        cells.set(headerOf(segments), x.join(', '));
        return true;
      case 'json':
        if (x === undefined) return false;
        cells.set(headerOf(segments), JSON.stringify(x));
        return true;
    }
  };
  for (const field of spec.fields) {
    if (field.path === 'extra') continue;
    const pattern = field.path.split('.');
    const expand = (node: unknown, i: number, segments: PathSegment[]) => {
      if (i === pattern.length) {
        if (put(field, segments, node)) take(segments);
        return;
      }
      const p = pattern[i];
      if (p === '#') {
        // A list takes its numbered columns only whole: every item fits, or the list goes to `extra`.
        if (!Array.isArray(node) || !node.length || i !== pattern.length - 1) return;
        const probe = new Map(cells);
        if (!node.every((x, k) => put(field, [...segments, k], x))) {
          cells.clear();
          probe.forEach((val, key) => cells.set(key, val));
          return;
        }
        take(segments);
        return;
      }
      if (!isObject(node)) return;
      if (p === '*') {
        for (const key of Object.keys(node))
          if (/^[^.@\s]+$/.test(key)) expand(node[key], i + 1, [...segments, key]);
        return;
      }
      if (Object.hasOwn(node, p)) expand(node[p], i + 1, [...segments, p]);
    };
    // Descend `rest`, which loses what is taken as it goes.
    expand(rest, 0, []);
  }
  return { cells, extra: Object.keys(rest).length ? rest : undefined };
}

/** The order of a sheet's columns: its fields in order, list items and levels expanded, languages after. */
function columnsOf(
  spec: SheetSpec,
  rows: readonly RowOut[],
  levelIds: readonly string[],
  locales: readonly string[],
) {
  const used = new Set<string>();
  rows.forEach((r) => r.cells.forEach((_, h) => used.add(h)));
  const headers: string[] = [];
  const add = (h: string) => {
    if (!headers.includes(h)) headers.push(h);
  };
  const emit = (field: FieldSpec, base: string) => {
    const max = field.path.includes('#')
      ? Math.max(
          1,
          ...[...used].map((h) => {
            const m = new RegExp(`^${base.replace(/[.$]/g, '\\$&').replace('#', '(\\d+)')}(?:@|$)`).exec(h);
            return m ? Number(m[1]) : 0;
          }),
        )
      : 1;
    for (let n = 1; n <= max; n++) {
      const h = base.replace('#', String(n));
      add(h);
      // Every other language of the document gets its column, ready to fill; the default's only when used.
      if (field.kind === 'text')
        for (const l of locales) if (used.has(`${h}@${l}`) || l !== locales[0]) add(`${h}@${l}`);
    }
  };
  // Level columns together, level by level: a level's summary, then its indicators.
  const starred = spec.fields.filter((x) => x.path.includes('*'));
  const prefix = starred[0]?.path.split('*')[0] ?? '';
  const stars = new Set([
    ...levelIds,
    ...[...used]
      .filter((h) => prefix && h.startsWith(prefix))
      .map((h) => h.slice(prefix.length).split('.')[0]),
  ]);
  for (const field of spec.fields) {
    if (field.path === 'extra') add('extra');
    else if (!field.path.includes('*')) emit(field, field.path);
    else if (field === starred[0])
      for (const id of stars) for (const x of starred) emit(x, x.path.replace('*', id));
  }
  return headers;
}

/** A sheet of the workbook, ready to write. */
export interface SheetOut {
  readonly name: string;
  readonly rows: (CellValue | undefined)[][];
  readonly header: boolean;
}

/** The workbook of a (valid) framework document: a "Read me" sheet, then one sheet per part. */
export function frameworkToSheets(doc: Framework): SheetOut[] {
  const defaultLocale = doc.defaultLocale ?? 'en';
  const locales = [defaultLocale, ...localesOf(doc).filter((l) => l !== defaultLocale)];
  const levelIds = doc.levels.map((l) => l.id);
  const rest = structuredClone(doc) as unknown as JsonObject;
  const out: SheetOut[] = [readMe()];
  const table = (spec: SheetSpec, items: { key?: string; row: RowOut }[]): SheetOut => {
    const headers = columnsOf(
      spec,
      items.map((i) => i.row),
      levelIds,
      locales,
    );
    const all = spec.key ? [spec.key.header, ...headers] : headers;
    const rows = items.map(({ key, row }) => {
      const cells = new Map(row.cells);
      if (row.extra) cells.set('extra', JSON.stringify(row.extra));
      if (spec.key) cells.set(spec.key.header, key!);
      return all.map((h) => cells.get(h));
    });
    return { name: spec.name, rows: [all, ...rows], header: true };
  };
  const spec = (name: string) => SHEETS.find((s) => s.name === name)!;
  const rowsOf = (name: string, items: readonly unknown[]) =>
    items.map((item) => ({ row: rowOut(spec(name), item as JsonObject, defaultLocale) }));

  // Each list goes to its sheet when it has items (an empty list stays in the framework's `extra`).
  const lists: SheetOut[] = [];
  for (const s of SHEETS) {
    const list = LIST_OF[s.name];
    if (list) {
      const items = rest[list];
      const nonEmpty = Array.isArray(items) && items.length > 0;
      let groupRows: { row: RowOut }[] = [];
      if (nonEmpty) {
        if (s.name === 'groups') {
          // A group's capacities go to the capacities sheet.
          groupRows = (items as JsonObject[]).map((g) => {
            const { capacities, ...group } = g;
            return {
              row: rowOut(s, Array.isArray(capacities) && capacities.length ? group : g, defaultLocale),
            };
          });
        } else groupRows = rowsOf(s.name, items as unknown[]);
        delete rest[list];
      }
      lists.push(table(s, groupRows));
    } else if (s.name === 'capacities') {
      const rows = doc.groups.flatMap((g) =>
        g.capacities.length
          ? g.capacities.map((c) => ({
              key: g.id,
              row: rowOut(s, c as unknown as JsonObject, defaultLocale),
            }))
          : [],
      );
      lists.push(table(s, rows));
    } else if (s.name === 'vocabularies') {
      const vocabularies = isObject(rest.vocabularies) ? rest.vocabularies : {};
      const rows: { key: string; row: RowOut }[] = [];
      for (const [facet, entries] of Object.entries(vocabularies)) {
        if (!Array.isArray(entries) || !entries.length || !facet || facet !== facet.trim()) continue;
        for (const e of entries) rows.push({ key: facet, row: rowOut(s, e as JsonObject, defaultLocale) });
        delete vocabularies[facet];
      }
      if (isObject(rest.vocabularies) && !Object.keys(rest.vocabularies).length && rows.length)
        delete rest.vocabularies;
      lists.push(table(s, rows));
    } else if (s.name === 'terms') {
      const terms = isObject(rest.terms) ? rest.terms : {};
      const rows: { key: string; row: RowOut }[] = [];
      for (const [term, text] of Object.entries(terms)) {
        if (!isText(text) || !term.trim() || term !== term.trim()) continue;
        rows.push({ key: term, row: rowOut(s, { text }, defaultLocale) });
        delete terms[term];
      }
      if (isObject(rest.terms) && !Object.keys(rest.terms).length && rows.length) delete rest.terms;
      lists.push(table(s, rows));
    }
  }
  // The framework sheet last in the making (it takes what is left), first among the parts.
  const frameworkSpec = spec('framework');
  const top = rowOut(frameworkSpec, rest, defaultLocale);
  const vertical: (CellValue | undefined)[][] = [['field', 'value']];
  for (const h of columnsOf(frameworkSpec, [top], levelIds, locales))
    vertical.push([
      h,
      h === 'extra' ? (top.extra ? JSON.stringify(top.extra) : undefined) : top.cells.get(h),
    ]);
  out.push({ name: 'framework', rows: vertical, header: true }, ...lists);
  return out;
}

/** An empty workbook of every sheet with its columns, and the "Read me" sheet. */
export function templateSheets(): SheetOut[] {
  return [
    readMe(),
    ...SHEETS.map((spec): SheetOut => {
      if (spec.vertical)
        return {
          name: spec.name,
          rows: [
            ['field', 'value'],
            ...spec.fields.map((x) => [x.path, x.path === 'schema' ? FRAMEWORK_SCHEMA_ID : undefined]),
          ],
          header: true,
        };
      const headers = spec.fields.map((x) => x.path.replace(/#/g, '1').replace('*', 'LEVEL'));
      const wanted = headers.filter((h) => !h.includes('LEVEL'));
      return { name: spec.name, rows: [spec.key ? [spec.key.header, ...wanted] : wanted], header: true };
    }),
  ];
}

/** The "Read me" sheet: what every sheet and column holds. */
function readMe(): SheetOut {
  const rows: (CellValue | undefined)[][] = [
    ['sheet', 'column', 'what it holds'],
    [
      '',
      '',
      'A capacity framework for blueprint-widgets. Fill in the sheets, then run: npx blueprint-widgets from-sheet this-file.xlsx -o framework.json',
    ],
    [
      '',
      '',
      'Row 1 of each sheet names its columns: keep those names. One row per item; empty rows are skipped. Sheets other than these are not read.',
    ],
    [
      '',
      '',
      'Languages: the plain text columns (label, summary…) are in the framework’s default language. Add a column such as label@es for Spanish, next to label; a text missing in a language shows in the default one.',
    ],
    [
      '',
      '',
      'Lists of texts take numbered columns (lookFors.1, lookFors.2…), filled from 1 without gaps; add columns for more. Lists of ids take one cell, separated by commas.',
    ],
    [
      '',
      '',
      'Descriptors: on the capacities sheet, add descriptors.<level id>.summary for each level (e.g. descriptors.emerging.summary), and descriptors.<level id>.indicators.1, .2… for its signs.',
    ],
    [
      '',
      '',
      'In CSV files, a text starting with = + - or @ is saved with an apostrophe in front, so that a spreadsheet never runs it as a formula; one leading apostrophe is always removed on reading (type two to keep one).',
    ],
  ];
  for (const spec of SHEETS) {
    rows.push([spec.name, '', spec.about]);
    if (spec.key) rows.push([spec.name, spec.key.header, spec.key.about]);
    for (const x of spec.fields)
      rows.push([
        spec.name,
        x.path.replace(/#/g, '1').replace('*', '<level id>'),
        `${x.about}${x.kind === 'text' ? ' Other languages: add @es, @fr… to the column name.' : ''}`,
      ]);
  }
  return { name: READ_ME, rows, header: true };
}
