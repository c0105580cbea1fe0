/**
 * CSV as RFC 4180 says it (for `from-sheet` / `to-sheet`, CLI only): fields separated by commas, records by
 * CRLF (LF and CR alone are read too), a field in double quotes may hold commas, line breaks and doubled
 * quotes. A UTF-8 byte-order mark at the start is skipped on reading and written on writing, so that Excel
 * opens the file as UTF-8 rather than in the computer's old code page.
 *
 * Formulas: a text cell that starts like a formula (`=`, `+`, `-`, `@`, a tab…) is written with a leading
 * apostrophe (`neutralizeCell`, as the report's CSV does), so opening the file in Excel never runs it. To
 * keep the round trip exact, a text that itself starts with an apostrophe gets one more, and reading drops
 * one leading apostrophe from every text cell (`unquoteText`) — what Excel does with a typed apostrophe.
 */
import { neutralizeCell } from './report.js';

/** Where a CSV could not be read: the record (line of the file, 1-based) and a plain message. */
export interface CsvError {
  readonly line: number;
  readonly message: string;
}

/**
 * Parses CSV text into records of fields. An unterminated quoted field is an error naming the line where
 * it started; a stray quote inside an unquoted field is kept as text (what spreadsheets do).
 */
export function parseCsv(input: string): { ok: true; rows: string[][] } | { ok: false; error: CsvError } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  if (n === 0) return { ok: true, rows };
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= n)
          return {
            ok: false,
            error: { line: startLine, message: `a quoted field that starts on line ${startLine} never ends` },
          };
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      // Anything between the closing quote and the next separator is kept, as spreadsheets do.
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // A line break ends the record: CRLF, LF or CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return { ok: true, rows };
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or edge spaces. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records as CSV text: a byte-order mark, CRLF after every record. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(field).join(',') + '\r\n').join('');
}

/**
 * A text as it goes into a CSV cell: formulas neutralized, and a leading apostrophe doubled, so that
 * `unquoteText` gives back exactly the text.
 */
export function quoteText(value: string): string {
  return value.startsWith("'") ? `'${value}` : neutralizeCell(value);
}

/** A text cell read from a CSV: one leading apostrophe dropped (see `quoteText`). */
export function unquoteText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
