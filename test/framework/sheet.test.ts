/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- the tests change untyped JSON documents (Doc) on purpose */
/**
 * Frameworks from spreadsheets (issue 20): `to-sheet`, `from-sheet` and `template`, run for real in Node
 * through the `bp-cli` server command, and the CSV and .xlsx readers and writers they use.
 */
import { expect } from '@open-wc/testing';
import { parseCsv, quoteText, unquoteText, writeCsv } from '../../src/framework/csv.js';
import type { Framework } from '../../src/framework/schema.js';
import { frameworkToSheets, sheetsToFramework } from '../../src/framework/sheet.js';
import { readXlsx, writeXlsx } from '../../src/framework/xlsx.js';
import { runCli, type CliResult } from '../support/cli.js';
import { type Doc, validFramework } from './fixtures.js';

const DATA = new URL('../../src/data/', import.meta.url);
const SAMPLES = ['improvement-teams', 'bele', 'minimal'];
const samples: Record<string, string> = {};

const dump = (r: CliResult) => `code ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
// The byte-order mark kept: the tests look for it.
const utf8 = (b64: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(fromBase64(b64));

/** to-sheet then from-sheet, each a real run of the CLI; returns the document read back. */
async function roundTrip(json: string, out: string): Promise<unknown> {
  const written = await runCli(['to-sheet', 'f.json', '-o', out], { 'f.json': json }, undefined, [out]);
  expect(written.code, dump(written)).to.equal(0);
  expect(written.stdout).to.include('reads back to the same document');
  expect(written.stderr, dump(written)).to.equal('');
  const files = Object.fromEntries(
    Object.entries(written.collected ?? {}).map(([name, base64]) => [name, { base64 }]),
  );
  expect(Object.keys(files).length, 'files written').to.be.greaterThan(0);
  const read = await runCli(['from-sheet', out, '-o', 'back.json'], files, undefined, ['back.json']);
  expect(read.code, dump(read)).to.equal(0);
  return JSON.parse(utf8(read.collected!['back.json'])) as unknown;
}

describe('sheets: to-sheet and from-sheet', function () {
  this.timeout(120000);

  before(async () => {
    for (const name of SAMPLES) {
      const response = await fetch(new URL(`${name}.json`, DATA));
      samples[name] = await response.text();
    }
    await runCli(['--help']); // the first run bundles the CLI
  });

  for (const name of SAMPLES) {
    it(`${name}.json → .xlsx → the same document`, async () => {
      expect(await roundTrip(samples[name], 'out.xlsx')).to.deep.equal(JSON.parse(samples[name]));
    });
    it(`${name}.json → a folder of CSV files → the same document`, async () => {
      expect(await roundTrip(samples[name], 'sheets')).to.deep.equal(JSON.parse(samples[name]));
    });
  }

  it('keeps unknown fields, extensions, empty lists, one-language objects and formula-looking texts', async () => {
    const doc: Doc = validFramework();
    doc.partnerField = { any: ['thing', 1, null] };
    doc.extensions = { 'partner-x': { deep: { list: [1, 2] } } };
    doc.source = { publisher: 'P', note: 'unknown in source' };
    doc.levels[0].label = { en: 'Only English, as an object' };
    doc.levels[1].label = { es: 'Solo español' };
    doc.levels[2].summary = '';
    doc.groups[0].capacities[0].lookFors = [];
    doc.groups[0].capacities[0].descriptors.emerging.extraNote = 'kept';
    doc.groups[0].capacities[0].prompts = ['=SUM(A1:A9)', "'quoted already", '+1 more', '@mention', '-dash'];
    doc.groups[0].capacities[1].definition = { en: 'Line one\nline two, "quoted"', es: '  spaced  ' };
    doc.groups[0].colorNote = 42;
    doc.vocabularies.empty = [];
    doc.terms = {
      capacity: { en: 'commitment', es: 'compromiso' },
      level: 'stage',
      custom: { not: 'a text' },
    };
    doc.roles = [{ id: 'teacher', label: { en: 'Teacher', es: 'Docente' }, extra: true }];
    doc.providers[0].regions = ['North, upper', 'South'];
    const json = JSON.stringify(doc);
    expect(await roundTrip(json, 'out.xlsx')).to.deep.equal(doc);
    expect(await roundTrip(json, 'sheets')).to.deep.equal(doc);
  });

  it('CSV: a formula-looking text gets an apostrophe in the file (so Excel shows it as text), not in the document', async () => {
    const doc: Doc = validFramework();
    doc.groups[0].capacities[0].label = '=HYPERLINK("http://example.com","x")';
    const r = await runCli(
      ['to-sheet', 'f.json', '-o', 'sheets'],
      { 'f.json': JSON.stringify(doc) },
      undefined,
      ['sheets/capacities.csv'],
    );
    expect(r.code, dump(r)).to.equal(0);
    const csv = utf8(r.collected!['sheets/capacities.csv']);
    expect(csv).to.include(`"'=HYPERLINK(""http://example.com"",""x"")"`);
    expect(csv.startsWith('\uFEFF'), 'a byte-order mark for Excel').to.equal(true);
  });

  it('a sheet with several mistakes lists every one, with its sheet, cell, column and JSON Pointer, in one run', async () => {
    const files = {
      'book/framework.csv': 'field,value\nid,mistakes\nversion,1\ntitle,Mistakes\n',
      'book/levels.csv': 'id,rank,label\nlow,0,Low\nhigh,two,High\n',
      'book/groups.csv': 'id,label\nculture,Culture\n',
      'book/capacities.csv': [
        'groupId,id,label,descriptors.low.summary,descriptors.mastery.summary',
        'culture,dei,Equity,Starting,Beyond',
        'culture,,No id here,Starting,',
        'culture,dei,Equity again,Starting,',
      ].join('\r\n'),
      'book/resources.csv': 'id,title,url,capacityIds\nguide,A guide,javascript:alert(1),dei\n',
    };
    const r = await runCli(['from-sheet', 'book'], files);
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stdout, 'no document printed').to.equal('');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error'));
    const expected = [
      // A non-number rank (read from the sheet).
      ['levels!B3 (column "rank") → /levels/1/rank', 'expected a number, found "two"'],
      // A missing id (from the validator, located back).
      ['capacities!B3 (column "id") → /groups/0/capacities/1/id', 'required field "id" is missing'],
      // A bad URL.
      ['resources!C2 (column "url") → /resources/0/url', 'http:, https: or relative URL'],
      // A duplicate capacity id (found after the shape problems were set aside).
      ['capacities!B4 (column "id") → /groups/0/capacities/2/id', 'duplicate capacity id "dei"'],
      // A level column for a level that does not exist.
      [
        'capacities!E2 (column "descriptors.mastery.summary") → /groups/0/capacities/0/descriptors/mastery',
        'no level with id "mastery"',
      ],
    ];
    for (const [where, what] of expected)
      expect(
        errors.some((l) => l.includes(where) && l.includes(what)),
        `${where}: ${what}\n${r.stderr}`,
      ).to.equal(true);
    expect(errors.length, r.stderr).to.equal(expected.length);
    expect(r.stderr).to.include('5 errors; no document written');
  });

  it('names unknown columns, list gaps and a text given twice in the default language', async () => {
    const r = await runCli(['from-sheet', 'book'], {
      'book/framework.csv': 'field,value\nid,x\nversion,1\ntitle,X\ntitel,typo\n',
      'book/levels.csv': 'id,rank,label,label@en\na,0,A,A again\nb,1,B,\n',
      'book/groups.csv': 'id,label\ng,G\n',
      'book/capacities.csv': 'groupId,id,label,lookFors.1,lookFors.3\ng,c,C,,third\nnowhere,d,D,,\n',
    });
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stderr).to.include('framework!A5 (column "titel"): unknown column "titel"');
    expect(r.stderr).to.include(
      'levels!D2 (column "label@en") → /levels/0/label/en: the text in the default language (en) is given twice',
    );
    expect(r.stderr).to.include('capacities!E2 (column "lookFors.3")');
    expect(r.stderr).to.include('item 3 of this list is filled but item 1 is empty');
    expect(r.stderr).to.include('capacities!A3 (column "groupId"): no group "nowhere" in the groups sheet');
  });

  it('refuses what is not a spreadsheet with a plain message', async () => {
    const png = {
      base64:
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    };
    const cases: [string, Record<string, string | { base64: string }>, RegExp][] = [
      ['picture.xlsx', { 'picture.xlsx': png }, /picture\.xlsx: it is not a spreadsheet file/],
      ['empty.xlsx', { 'empty.xlsx': '' }, /empty\.xlsx: the file is empty/],
      ['empty.csv', { 'empty.csv': '' }, /empty\.csv: the file is empty/],
      ['picture.csv', { 'picture.csv': png }, /picture\.csv: it is not a CSV text file/],
      ['missing.xlsx', {}, /cannot read missing\.xlsx: no such file or folder/],
      [
        'notes.txt',
        { 'notes.txt': 'hello' },
        /expected a \.xlsx workbook, a \.csv file or a folder of CSV files/,
      ],
    ];
    for (const [file, files, message] of cases) {
      const r = await runCli(['from-sheet', file], files);
      expect(r.code, `${file}\n${dump(r)}`).to.equal(1);
      expect(r.stderr, file).to.match(message);
      expect(r.stderr, file).to.not.match(/\n\s+at /); // no stack trace
    }
  });

  it('a CSV with a wrong header: the column is named, with the columns it may have', async () => {
    const r = await runCli(['from-sheet', 'levels.csv'], {
      'levels.csv': 'identifier,rank,label\nlow,0,Low\n',
    });
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stderr).to.include(
      'levels!A1 (column "identifier"): unknown column "identifier" in sheet levels',
    );
    expect(r.stderr).to.include('its columns are id, rank, label');
  });

  it('usage mistakes: exit code 2', async () => {
    for (const args of [
      ['to-sheet', 'f.json'],
      ['to-sheet', 'f.json', '-o', 'one.csv'],
      ['from-sheet'],
      ['template', 'x'],
    ]) {
      const r = await runCli(args, { 'f.json': JSON.stringify(validFramework()) });
      expect(r.code, `${args.join(' ')}\n${dump(r)}`).to.equal(2);
      expect(r.stderr).to.include('Usage: blueprint-widgets');
    }
  });

  it('to-sheet refuses an invalid document, naming its errors', async () => {
    const doc: Doc = validFramework();
    doc.levels[0].rank = 'first';
    const r = await runCli(
      ['to-sheet', 'f.json', '-o', 'out.xlsx'],
      { 'f.json': JSON.stringify(doc) },
      undefined,
      ['out.xlsx'],
    );
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stderr).to.include('/levels/0/rank');
    expect(r.collected).to.deep.equal({});
  });

  it('template: a documented, empty workbook that from-sheet reads (and reports as empty)', async () => {
    const r = await runCli(['template'], {}, undefined, ['framework-template.xlsx']);
    expect(r.code, dump(r)).to.equal(0);
    const book = readXlsx(fromBase64(r.collected!['framework-template.xlsx']));
    if (!book.ok) throw new Error(book.error);
    expect(book.sheets.map((s) => s.name)).to.deep.equal([
      'Read me',
      'framework',
      'levels',
      'groups',
      'capacities',
      'considerations',
      'actions',
      'resources',
      'vocabularies',
      'providers',
      'anchors',
      'roles',
      'terms',
    ]);
    const readMe = book.sheets[0].rows.map((row) => row.join(' | ')).join('\n');
    for (const words of ['capacities | descriptors.<level id>.summary', 'label@es', 'levels | rank', 'extra'])
      expect(readMe).to.include(words);
    expect(book.sheets.find((s) => s.name === 'levels')!.rows).to.deep.equal([
      ['id', 'rank', 'label', 'shortLabel', 'summary', 'color', 'extra'],
    ]);
    // Every column the template names is one from-sheet knows: the empty template gives only "missing" errors.
    const result = sheetsToFramework(book.sheets);
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => e.message).filter((m) => /unknown column/.test(m))).to.deep.equal([]);
  });
});

describe('sheets: CSV', () => {
  it('reads RFC 4180: quotes, commas, doubled quotes, line breaks in cells, CRLF, LF, CR and a BOM', () => {
    const text = '\uFEFFa,"b,c","say ""hi""","two\r\nlines"\r\nx,,"",z\ny\rlast,"end"';
    expect(parseCsv(text)).to.deep.equal({
      ok: true,
      rows: [['a', 'b,c', 'say "hi"', 'two\r\nlines'], ['x', '', '', 'z'], ['y'], ['last', 'end']],
    });
  });

  it('an unterminated quote names the line where it starts', () => {
    expect(parseCsv('a,b\nc,"never\nends')).to.deep.equal({
      ok: false,
      error: { line: 2, message: 'a quoted field that starts on line 2 never ends' },
    });
  });

  it('writes what it reads, exactly', () => {
    const rows = [
      ['plain', ' edge spaces ', 'comma, inside', 'quote " inside', 'line\nbreak', 'crlf\r\nbreak', ''],
      ['ñ 中文 😀', "'", '=1+1', '\t=tab'],
    ];
    const cells = rows.map((r) => r.map(quoteText));
    const back = parseCsv(writeCsv(cells));
    expect(back.ok).to.equal(true);
    if (back.ok) expect(back.rows.map((r) => r.map(unquoteText))).to.deep.equal(rows);
  });

  it('neutralizes formulas with an apostrophe and takes exactly one off on reading', () => {
    for (const text of ['=SUM(A1)', '+1', '-1', '@x', '\tx', '\rx', '\u200b=x', "'", "''x", "'=x"]) {
      const cell = quoteText(text);
      expect(cell.startsWith("'"), JSON.stringify(text)).to.equal(true);
      expect(unquoteText(cell)).to.equal(text);
    }
    expect(quoteText('plain')).to.equal('plain');
  });
});

describe('sheets: .xlsx', () => {
  it('writes and reads back every kind of text exactly, and numbers as numbers', () => {
    const texts = [
      'a & b < c > d " e \' f',
      '  leading and trailing  ',
      'line\nbreak',
      'carriage\r\nreturn',
      'control \u0001 \u001f char',
      'literal _x0041_ stays',
      'emoji 😀 中文 العربية',
      'x'.repeat(40000),
    ];
    const bytes = writeXlsx([
      { name: 'texts', rows: texts.map((t) => [t]) },
      {
        name: 'numbers & more',
        rows: [
          [0, 1.5, -2, 1e21],
          [undefined, 'after a gap'],
        ],
        header: true,
      },
    ]);
    const book = readXlsx(bytes);
    if (!book.ok) throw new Error(book.error);
    expect(book.sheets[0].rows.map((r) => r[0])).to.deep.equal(texts);
    expect(book.sheets[1].name).to.equal('numbers & more');
    expect(book.sheets[1].rows).to.deep.equal([
      [0, 1.5, -2, 1e21],
      [undefined, 'after a gap'],
    ]);
  });

  it('the same sheets give the same bytes', () => {
    const sheets = frameworkToSheets(validFramework() as Framework);
    expect(toBase64(writeXlsx(sheets))).to.equal(toBase64(writeXlsx(sheets)));
  });

  it('round-trips in memory too (what the CLI does, without files)', () => {
    const doc: Doc = validFramework();
    const book = readXlsx(writeXlsx(frameworkToSheets(doc as Framework)));
    if (!book.ok) throw new Error(book.error);
    const result = sheetsToFramework(book.sheets);
    expect(result.errors).to.deep.equal([]);
    expect(result.document).to.deep.equal(doc);
  });

  it('reads shared strings, rich text, booleans, formulas’ results and dates in a date column', () => {
    // A workbook as Excel saves it: shared strings, a rich-text run, cells without `r`, a formula.
    const files = {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml':
        '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="resources" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/sharedStrings.xml':
        '<sst><si><t>id</t></si><si><t>title</t></si><si><t>updated</t></si><si><r><t>gui</t></r><r><rPr><b/></rPr><t xml:space="preserve">de </t></r><rPh><t>x</t></rPh></si></sst>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="D1" t="b"><v>1</v></c></row><row r="2"><c r="A2" t="str"><f>LOWER("G")</f><v>g</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>45413</v></c></row></sheetData></worksheet>',
    };
    const zip = writeZip(files);
    const book = readXlsx(zip);
    if (!book.ok) throw new Error(book.error);
    expect(book.sheets[0].rows).to.deep.equal([
      ['id', 'title', 'updated', 'TRUE'],
      ['g', 'guide ', 45413],
    ]);
    // The date column turns a spreadsheet date into YYYY-MM-DD.
    const result = sheetsToFramework([
      {
        name: 'resources',
        rows: [
          ['id', 'title', 'updated'],
          ['g', 'Guide', 45413],
        ],
      },
    ]);
    expect((result.document.resources as Doc)[0].updated).to.equal('2024-05-01');
    // So does the framework's `source.retrieved`, typed as a date in Excel.
    const framework = sheetsToFramework([
      {
        name: 'framework',
        rows: [
          ['field', 'value'],
          ['source.retrieved', 45413],
        ],
      },
    ]);
    expect((framework.document.source as Doc).retrieved).to.equal('2024-05-01');
  });
});

/** A zip of text files (stored), to build a workbook by hand. */
function writeZip(files: Record<string, string>): Uint8Array {
  // Built with the writer's own zip through a one-sheet workbook would hide reader bugs; so: by hand.
  const enc = new TextEncoder();
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (data: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of data) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], n: number) => a.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (a: number[], n: number) =>
    a.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  let count = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = enc.encode(text);
    const nameBytes = enc.encode(name);
    const offset = parts.length;
    const crc = crc32(data);
    u32(parts, 0x04034b50);
    [20, 0, 0, 0, 0].forEach((n) => u16(parts, n));
    u32(parts, crc);
    u32(parts, data.length);
    u32(parts, data.length);
    u16(parts, nameBytes.length);
    u16(parts, 0);
    parts.push(...nameBytes, ...data);
    u32(central, 0x02014b50);
    [20, 20, 0, 0, 0, 0].forEach((n) => u16(central, n));
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    [nameBytes.length, 0, 0, 0, 0].forEach((n) => u16(central, n));
    u32(central, 0);
    u32(central, offset);
    central.push(...nameBytes);
    count++;
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  [0, 0, count, count].forEach((n) => u16(end, n));
  u32(end, central.length);
  u32(end, parts.length);
  u16(end, 0);
  return Uint8Array.from([...parts, ...central, ...end]);
}
