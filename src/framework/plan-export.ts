/**
 * The action plan as files (issue 18): a spreadsheet (CSV, one row per item, through the report's CSV
 * writer so formulas are neutralized the same way) and a calendar (iCalendar, RFC 5545: one all-day event
 * per item with a due date). Pure (no DOM): the widgets save these with saveFile; Node can call them too.
 */
import type { FrameworkModel } from './model.js';
import { toCsv } from './report.js';
import type { PlanItem, PlanStatus } from './schema.js';

/** The words the exports need, in one language (src/i18n/plan.ts has them). */
export interface PlanExportWords {
  /** The CSV header: title, capacity, owner, due, status, success measure, resources, note. */
  readonly csvHeader: readonly string[];
  readonly status: Readonly<Record<PlanStatus, string>>;
  /** Labels inside an event's description. */
  readonly capacity: string;
  readonly owner: string;
  readonly statusLabel: string;
  readonly measure: string;
  readonly note: string;
  /** The calendar's name. */
  readonly calendarName: string;
}

/** A capacity's or resource's name in `locale`, or its id when the framework no longer has it. */
const capacityName = (model: FrameworkModel, id: string, locale: string | undefined) => {
  const capacity = model.capacity(id);
  return capacity ? model.text(capacity.label, locale) : id;
};
const resourceName = (model: FrameworkModel, id: string, locale: string | undefined) => {
  const resource = model.resource(id);
  return resource ? model.text(resource.title, locale) : id;
};

/** The plan as CSV: one row per item, in plan order (UTF-8 with BOM, quoted, CRLF, formulas neutralized). */
export function planCsv(
  model: FrameworkModel,
  plan: readonly PlanItem[],
  locale: string | undefined,
  words: PlanExportWords,
): string {
  const rows = plan.map((item) => [
    item.title,
    capacityName(model, item.capacityId, locale),
    item.owner ?? '',
    item.due ?? '',
    words.status[item.status] ?? item.status,
    item.measure ?? '',
    (item.resourceIds ?? []).map((id) => resourceName(model, id, locale)).join('\n'),
    item.note ?? '',
  ]);
  return toCsv(words.csvHeader, rows);
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; every line break as `\n`. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded: CRLF and one space, the next part after
 * it. Cut between characters, never inside one (a UTF-8 character is 1 to 4 octets).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let size = 0;
  // The first line holds 75 octets; each continuation line 74 after its leading space.
  let room = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > room) {
      parts.push(part);
      part = '';
      size = 0;
      room = 74;
    }
    part += char;
    size += bytes;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** A UTC date-time as iCalendar writes it: `20261206T211500Z`. */
const icsStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Options of `planIcs`. */
export interface PlanIcsOptions {
  /** When the file is made (`DTSTAMP`); default now. */
  readonly now?: Date;
  readonly locale?: string;
}

/**
 * The plan as an iCalendar file: one all-day VEVENT per item with a due date (`DTSTART;VALUE=DATE`), its
 * title as SUMMARY and capacity, owner, status, measure and note in DESCRIPTION. Each UID is stable (the
 * same item gives the same UID in every export, so a calendar updates the event instead of adding another).
 * CRLF line ends, lines folded at 75 octets, TEXT escaped.
 */
export function planIcs(
  model: FrameworkModel,
  plan: readonly PlanItem[],
  words: PlanExportWords,
  options: PlanIcsOptions = {},
): string {
  const stamp = icsStamp(options.now ?? new Date());
  const locale = options.locale;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//blueprint-widgets//action plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(words.calendarName)}`,
  ];
  for (const item of plan) {
    if (!item.due) continue;
    const description = [
      `${words.capacity}: ${capacityName(model, item.capacityId, locale)}`,
      item.owner ? `${words.owner}: ${item.owner}` : '',
      `${words.statusLabel}: ${words.status[item.status] ?? item.status}`,
      item.measure ? `${words.measure}: ${item.measure}` : '',
      item.note ? `${words.note}: ${item.note}` : '',
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      // Item ids are made unique per plan (time and a random part), so item and framework make a stable UID.
      `UID:${item.id}.${model.id}@blueprint-widgets`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${item.due.replace(/-/g, '')}`,
      `SUMMARY:${icsText(item.title)}`,
      `DESCRIPTION:${icsText(description.join('\n'))}`,
      ...(item.status === 'dropped' ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
