/**
 * Reading and writing `.xlsx` workbooks for `from-sheet`, `to-sheet` and `template` (CLI only: never
 * imported by the widgets; scripts/check-imports.mjs keeps it so).
 *
 * An .xlsx file is a zip of XML parts. The zip is done by fflate (MIT, no dependencies, 844 kB installed, of
 * which the CLI loads one module of 92 kB unminified); the few XML parts a workbook of plain cells needs are
 * written and read here, in about 300 lines. Full spreadsheet libraries were weighed and not taken: exceljs
 * (last release 4.4.0) brings nine dependencies (archiver, unzipper, jszip, fast-csv, tmp…) for styling and
 * streaming we do not use;
 * the `xlsx` package on npm is SheetJS 0.18.5, an old release with published advisories (newer ones are not on
 * npm); read-excel-file and write-excel-file are two packages (we may add one) and read-excel-file itself
 * depends on fflate plus three more. What this file reads: cells with text (shared, inline or rich),
 * numbers, booleans, formulas (their saved result) and error values, in any sheet, with or without cell
 * references, as Excel, LibreOffice, Numbers and Google Sheets save them.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A cell as read: a text, or a number (dates are numbers in a workbook: days since 1899-12-30). */
export type CellValue = string | number;

/** One sheet as read: its name and its rows of cells (`undefined` for an empty cell). */
export interface ReadSheet {
  readonly name: string;
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
}

/** One sheet to write: its rows, the first one shown bold and frozen as the header when `header`. */
export interface WriteSheet {
  readonly name: string;
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
  readonly header?: boolean;
  /** Column widths, in characters. */
  readonly widths?: readonly number[];
  /** Wrap the text of every cell (the "Read me" sheet). */
  readonly wrap?: boolean;
}

/** Parts bigger than this are not unpacked (a real framework's sheet is well under 10 MB). */
const MAX_PART_BYTES = 200 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// XML text

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references, then Excel's own `_xHHHH_` escapes for characters XML cannot hold. */
function decodeText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Text as XML cell content: markup characters escaped; characters XML 1.0 cannot hold (control
 * characters, and CR, which XML readers turn into LF) as Excel's `_xHHHH_`; and a literal `_xHHHH_` in the
 * text escaped as `_x005F_xHHHH_`, so that reading gives back exactly the text.
 */
function encodeText(text: string): string {
  return text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(
      // eslint-disable-next-line no-control-regex -- these control characters are what XML cannot hold
      /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/** The attributes of one start tag, `name="value"` (namespace prefixes kept). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = decodeText(m[2] ?? m[3]);
  return out;
}

/** The text of a string item (`<si>`, `<is>`): every `<t>`, phonetic runs (`<rPh>`) left out. */
function stringItem(xml: string): string {
  let text = '';
  for (const m of xml
    .replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '')
    .matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    text += decodeText(m[1] ?? '');
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Reading

/** Why bytes are not a workbook, in plain words; undefined when they may be one. */
function notAWorkbook(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'it is an old Excel file (.xls); open it in a spreadsheet program and save it as .xlsx';
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return 'it is not a spreadsheet file (.xlsx files are zip archives; this one is not)';
  return undefined;
}

/** "A", "B", …, "Z", "AA" → 0, 1, …, 25, 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function readSheetXml(xml: string, shared: readonly string[]): (CellValue | undefined)[][] {
  const rows: (CellValue | undefined)[][] = [];
  let nextRow = 0;
  for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowAttrs = attributes(rowMatch[1]);
    const r = rowAttrs.r ? Number(rowAttrs.r) - 1 : nextRow;
    nextRow = r + 1;
    const cells: (CellValue | undefined)[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const a = attributes(cellMatch[1]);
      const ref = a.r ? /^([A-Za-z]+)/.exec(a.r) : null;
      const column = ref ? columnIndex(ref[1]) : nextColumn;
      nextColumn = column + 1;
      const body = cellMatch[2] ?? '';
      const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let value: CellValue | undefined;
      switch (a.t) {
        case 's':
          value = v === undefined ? undefined : shared[Number(v)];
          break;
        case 'inlineStr': {
          const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
          value = is === undefined ? undefined : stringItem(is);
          break;
        }
        case 'str':
        case 'e':
        case 'd':
          value = v === undefined ? undefined : decodeText(v);
          break;
        case 'b':
          value = v === undefined ? undefined : v.trim() === '1' ? 'TRUE' : 'FALSE';
          break;
        default:
          value = v === undefined || v.trim() === '' ? undefined : Number(decodeText(v));
      }
      if (value !== undefined && value !== '') cells[column] = value;
    }
    if (cells.length) rows[r] = cells;
  }
  // Rows and cells missing in the file are empty.
  return Array.from(rows, (row) => Array.from(row ?? [], (c) => c));
}

/**
 * The sheets of an .xlsx workbook, in the workbook's order, or why the bytes are not one (in plain
 * words, to show after the file's name).
 */
export function readXlsx(
  bytes: Uint8Array,
): { ok: true; sheets: ReadSheet[] } | { ok: false; error: string } {
  const not = notAWorkbook(bytes);
  if (not) return { ok: false, error: not };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        /^xl\/.*\.(xml|rels)$|^\[Content_Types\]\.xml$|^mimetype$/.test(f.name) &&
        f.originalSize < MAX_PART_BYTES,
    });
  } catch (e) {
    return {
      ok: false,
      error: `it is not a spreadsheet file (its zip archive cannot be read: ${(e as Error).message})`,
    };
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  if (text('mimetype')?.includes('opendocument'))
    return { ok: false, error: 'it is an OpenDocument file (.ods); save it as .xlsx or as CSV files' };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    return { ok: false, error: 'it is a zip archive, but not an .xlsx workbook (no xl/workbook.xml)' };
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<(?:\w+:)?Relationship\b([^>]*)\/?>/g,
  )) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sharedXml = text('xl/sharedStrings.xml') ?? '';
  const shared = [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    stringItem(m[1] ?? ''),
  );
  const sheets: ReadSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]);
    const id = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const target = id ? rels.get(id) : undefined;
    const xml = target ? text(target.replace(/^xl\/\.\.\//, '')) : undefined;
    if (a.name === undefined || xml === undefined) continue; // a chart sheet or a missing part: no cells
    sheets.push({ name: a.name, rows: readSheetXml(xml, shared) });
  }
  return { ok: true, sheets };
}

/** A date cell's number (days since 1899-12-30, Excel's 1900 system) as YYYY-MM-DD. */
export function serialToDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------
// Writing

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Styles: 0 plain, 1 bold (a header), 2 wrapped, 3 bold and wrapped. Text format (@) for every cell. */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function sheetXml(sheet: WriteSheet): string {
  const rows = sheet.rows
    .map((row, r) => {
      const style = (sheet.header && r === 0 ? 1 : 0) + (sheet.wrap ? 2 : 0);
      const s = style ? ` s="${style}"` : '';
      const cells = row
        .map((value, c) => {
          if (value === undefined || value === '') return '';
          const ref = `${columnLetters(c)}${r + 1}`;
          if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
          const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
          return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${encodeText(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const frozen = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${frozen}${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * An .xlsx workbook of plain cells. Texts are inline strings (never formulas, so nothing in them runs when
 * the file is opened); numbers are numbers. The zip's dates are fixed, so the same sheets give the same bytes.
 */
export function writeXlsx(sheets: readonly WriteSheet[]): Uint8Array {
  const names = sheets.map(
    (s, i) => `<sheet name="${encodeText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${OFFICE_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${names.join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${OFFICE_DOC}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE_DOC}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
