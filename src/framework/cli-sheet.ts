/**
 * `blueprint-widgets from-sheet`, `to-sheet` and `template`: a framework from a partner's spreadsheet and
 * back (sheet.ts has the layout; xlsx.ts and csv.ts the file formats). Node only, listed in cli.ts's
 * `COMMANDS`.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCsv, quoteText, unquoteText, writeCsv } from './csv.js';
import type { Command, CommandArgs, Io } from './cli-io.js';
import { formatIssue } from './issues.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import { parseFramework } from './parse.js';
import type { Framework } from './schema.js';
import {
  formatSheetIssue,
  frameworkToSheets,
  sheetsToFramework,
  templateSheets,
  type SheetOut,
  type Table,
} from './sheet.js';
import { readXlsx, writeXlsx } from './xlsx.js';

type Args = CommandArgs;
type Out = Pick<Io, 'out' | 'err'>;

/** Excel keeps at most this many characters in a cell and cuts the rest when it opens a file. */
const EXCEL_CELL_MAX = 32_767;

const FROM_USAGE = `Usage: blueprint-widgets from-sheet <file.xlsx | file.csv | folder of CSV files> [-o framework.json]

Builds a framework document from a workbook made from the template (blueprint-widgets template):
one sheet (or one CSV file, named after the sheet: levels.csv, capacities.csv…) per part. Prints
the document, or writes it to the -o file. Every problem is listed, each with its sheet, cell,
column and the JSON Pointer it became.
Exit code: 1 when there are errors or the file cannot be read, 0 otherwise, 2 for a usage mistake.

Options:
  -o, --out <file>   write the framework document to this file
  --help             show this help`;

const TO_USAGE = `Usage: blueprint-widgets to-sheet <framework.json> -o <out.xlsx | folder>

Writes a framework document as a workbook (.xlsx), or as a folder of CSV files (one per sheet), that
from-sheet reads back to the same document. Checks that it does, and says so when it would not.
Exit code: 1 when the document has errors or cannot be read, 0 otherwise, 2 for a usage mistake.

Options:
  -o, --out <path>   the .xlsx file or the folder to write
  --help             show this help`;

const TEMPLATE_USAGE = `Usage: blueprint-widgets template [-o template.xlsx | folder]

Writes an empty workbook to fill in: a "Read me" sheet explaining every sheet and column, and each
sheet with its header row. Without -o: framework-template.xlsx in the current folder.

Options:
  -o, --out <path>   the .xlsx file or the folder (of CSV files) to write
  --help             show this help`;

const OUT = { '--out': '-o' } as const;

// ---------------------------------------------------------------------------------------------------
// Reading

const isZip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b;

/** A CSV file's cells: one leading apostrophe of each dropped (csv.ts), empty cells empty. */
function csvTable(name: string, bytes: Uint8Array): Table | string {
  if (bytes.includes(0)) return 'it is not a CSV text file (it holds binary data)';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)"';
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return `line ${parsed.error.line}: ${parsed.error.message}`;
  return {
    name,
    rows: parsed.rows.map((row) => row.map((c) => (c === '' ? undefined : unquoteText(c)))),
  };
}

/** The tables of a workbook, a CSV file or a folder of CSV files, or why they cannot be read. */
async function readTables(path: string): Promise<{ tables: Table[] } | { error: string }> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      error: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`,
    };
  }
  if (isFolder) {
    const names = (await readdir(path)).filter((n) => extname(n).toLowerCase() === '.csv').sort();
    if (!names.length)
      return { error: `${path} is a folder without CSV files (levels.csv, capacities.csv…)` };
    const tables: Table[] = [];
    for (const n of names) {
      const table = csvTable(basename(n, extname(n)), await readFile(join(path, n)));
      if (typeof table === 'string') return { error: `${join(path, n)}: ${table}` };
      tables.push(table);
    }
    return { tables };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { error: `cannot read ${path}: ${(e as Error).message}` };
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' && !isZip(bytes)) {
    if (!bytes.length) return { error: `${path}: the file is empty` };
    const table = csvTable(basename(path, extname(path)), bytes);
    return typeof table === 'string' ? { error: `${path}: ${table}` } : { tables: [table] };
  }
  if (ext === '.xlsx' || ext === '.xlsm' || isZip(bytes)) {
    const book = readXlsx(bytes);
    return book.ok ? { tables: book.sheets } : { error: `${path}: ${book.error}` };
  }
  return { error: `${path}: expected a .xlsx workbook, a .csv file or a folder of CSV files` };
}

async function runFromSheet({ positionals, values }: Args, io: Out): Promise<number> {
  const [input] = positionals;
  const read = await readTables(input);
  if ('error' in read) {
    io.err(read.error);
    return 1;
  }
  const result = sheetsToFramework(read.tables);
  for (const e of result.errors) io.err(`error    ${formatSheetIssue(e)}`);
  for (const w of result.warnings) io.err(`warning  ${formatSheetIssue(w)}`);
  if (!result.ok) {
    io.err(
      `${input}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; no document written`,
    );
    return 1;
  }
  const json = JSON.stringify(result.document, null, 2) + '\n';
  const out = values.get('--out');
  if (out === undefined) {
    io.out(json.trimEnd());
    return 0;
  }
  try {
    await writeFile(out, json);
  } catch (e) {
    io.err(`cannot write ${out}: ${(e as Error).message}`);
    return 1;
  }
  io.out(`${out}: the framework from ${input}`);
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Writing

const csvText = (sheet: SheetOut) =>
  writeCsv(
    sheet.rows.map((row) =>
      row.map((c) => (c === undefined ? '' : typeof c === 'number' ? String(c) : quoteText(c))),
    ),
  );
const csvName = (sheet: SheetOut) => `${sheet.name.toLowerCase().replace(/\s+/g, '-')}.csv`;

/** Writes sheets as .xlsx (a path ending so) or as a folder of CSV files; returns what was written. */
async function writeSheets(
  sheets: readonly SheetOut[],
  out: string,
): Promise<{ written: Table[] } | { error: string }> {
  try {
    if (extname(out).toLowerCase() === '.xlsx') {
      const bytes = writeXlsx(
        sheets.map((s) => ({
          ...s,
          wrap: s.name === 'Read me',
          widths: s.name === 'Read me' ? [16, 28, 90] : undefined,
        })),
      );
      await writeFile(out, bytes);
      const back = readXlsx(bytes);
      return back.ok ? { written: back.sheets } : { error: back.error };
    }
    await mkdir(out, { recursive: true });
    const written: Table[] = [];
    for (const s of sheets) {
      const text = csvText(s);
      await writeFile(join(out, csvName(s)), text);
      const table = csvTable(s.name, new TextEncoder().encode(text));
      if (typeof table !== 'string') written.push(table);
    }
    return { written };
  } catch (e) {
    return { error: `cannot write ${out}: ${(e as Error).message}` };
  }
}

/** Where two JSON values differ (at most `max` places), as JSON Pointers. */
function differences(
  a: unknown,
  b: unknown,
  max = 10,
  path: PathSegment[] = [],
  out: string[] = [],
): string[] {
  if (out.length >= max || isDeepStrictEqual(a, b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        max,
        [...path, k],
        out,
      );
  } else out.push(toPointer(path) || '(document)');
  return out;
}

function outPath(values: ReadonlyMap<string, string>, io: Out, usage: string): string | undefined {
  const out = values.get('--out');
  if (out !== undefined && extname(out).toLowerCase() === '.csv') {
    io.err(`${out}: a framework takes several sheets; give a .xlsx file or a folder for the CSV files`);
    io.err(usage);
    return undefined;
  }
  return out;
}

async function runToSheet({ positionals, values }: Args, io: Out): Promise<number> {
  const out = outPath(values, io, TO_USAGE);
  if (out === undefined) {
    if (!values.has('--out')) io.err(`to-sheet needs -o <out.xlsx | folder>\n${TO_USAGE}`);
    return 2;
  }
  const [input] = positionals;
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 1;
  }
  const parsed = parseFramework(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(`error    ${formatIssue(e)}`);
    io.err(`${input}: the document has errors (see blueprint-widgets validate); no workbook written`);
    return 1;
  }
  const doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Framework;
  const sheets = frameworkToSheets(doc);
  const written = await writeSheets(sheets, out);
  if ('error' in written) {
    io.err(written.error);
    return 1;
  }
  // Read back what was written: the round trip must give the same document.
  const back = sheetsToFramework(written.written);
  const differ = differences(back.document, doc);
  if (differ.length)
    io.err(
      `warning  ${out} does not read back exactly: from-sheet would change ${differ.join(', ')}${differ.length >= 10 ? ', …' : ''}`,
    );
  if (extname(out).toLowerCase() === '.xlsx') {
    const long = sheets.flatMap((s) =>
      s.rows.flatMap((row, r) =>
        row.flatMap((c, k) =>
          typeof c === 'string' && c.length > EXCEL_CELL_MAX
            ? [`${s.name} row ${r + 1}, column ${k + 1}`]
            : [],
        ),
      ),
    );
    if (long.length)
      io.err(
        `warning  Excel keeps ${EXCEL_CELL_MAX.toLocaleString('en')} characters of a cell and cuts the rest when it opens the file: ${long.join('; ')}`,
      );
  }
  const rows = (name: string) => Math.max(0, (sheets.find((s) => s.name === name)?.rows.length ?? 1) - 1);
  io.out(
    `${out}: ${rows('levels')} levels, ${rows('groups')} groups, ${rows('capacities')} capacities, ${rows('resources')} resources${differ.length ? '' : '; reads back to the same document'}`,
  );
  return 0;
}

async function runTemplate({ values }: Args, io: Out): Promise<number> {
  const out = values.has('--out') ? outPath(values, io, TEMPLATE_USAGE) : 'framework-template.xlsx';
  if (out === undefined) return 2;
  const written = await writeSheets(templateSheets(), out);
  if ('error' in written) {
    io.err(written.error);
    return 1;
  }
  io.out(`${out}: an empty framework workbook; its "Read me" sheet says what goes where`);
  return 0;
}

export const fromSheet: Command = {
  usage: FROM_USAGE,
  flags: [],
  values: OUT,
  accepts: (p) => p.length === 1,
  run: runFromSheet,
};

export const toSheet: Command = {
  usage: TO_USAGE,
  flags: [],
  values: OUT,
  accepts: (p) => p.length === 1,
  run: runToSheet,
};

export const template: Command = {
  usage: TEMPLATE_USAGE,
  flags: [],
  values: OUT,
  accepts: (p) => p.length === 0,
  run: runTemplate,
};
