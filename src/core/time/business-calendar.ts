// Colombian business-day calendar for legal terms (Ley 1755 de 2015): días hábiles are Monday to
// Friday except the public holidays as observed after Ley Emiliani moves them to Monday.
//
// Local days are 'YYYY-MM-DD' strings in America/Bogota. Bogotá has been a fixed UTC−5 with no DST
// since 1993, so plain arithmetic is exact and no tz database is needed. Internally a day is handled
// as the UTC midnight of the same calendar date, which makes day arithmetic and weekdays trivial.
import { FIRST_HOLIDAY_YEAR, getHolidaysForYear, LAST_HOLIDAY_YEAR } from 'colombian-holidays';

export type CalendarKind = 'business' | 'calendar' | 'month';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BOGOTA_OFFSET_MS = -5 * HOUR_MS;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC-midnight milliseconds of a local day; RangeError unless it is a real 'YYYY-MM-DD' date the holiday data covers. */
function parseDay(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Fecha inválida (se espera AAAA-MM-DD): ${JSON.stringify(day)}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Checked first also because Date.UTC reads years 0–99 as 1900–1999.
  if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(`Año fuera del calendario de festivos (${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}): ${day}`);
  }
  const ms = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that.
  if (formatDay(ms) !== day) throw new RangeError(`Fecha inexistente: ${day}`);
  return ms;
}

function formatDay(utcMidnightMs: number): string {
  return new Date(utcMidnightMs).toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return formatDay(parseDay(day) + n * DAY_MS);
}

function requireInteger(value: number, name: string, min = -Infinity): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} debe ser un entero${min > -Infinity ? ` >= ${min}` : ''}: ${value}`);
  }
}

function requireInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError('Instante inválido');
  return ms;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** Observed holidays of a year: celebrationDate, not date, because the Emiliani move is what closes offices. */
function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(getHolidaysForYear(year).map((holiday) => holiday.celebrationDate));
    holidayCache.set(year, set);
  }
  return set;
}

export function bogotaDay(instant: Date): string {
  return new Date(requireInstant(instant) + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(parseDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(Number(day.slice(0, 4))).has(day);
}

/** n >= 0: the nth working day after `day` (n = 0 is `day` itself); n < 0: the |n|th working day before it. */
export function addWorkingDays(day: string, n: number): string {
  parseDay(day);
  requireInteger(n, 'n');
  const step = Math.sign(n);
  let current = day;
  for (let left = Math.abs(n); left > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** `day` itself if working, else the next working day. */
export function nextWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/**
 * The day `months` calendar months after `day`, with the same day number; when the target month is
 * shorter (31 January + 1 month), its last day.
 */
export function addMonths(day: string, months: number): string {
  requireInteger(months, 'months');
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))];
  parseDay(day);
  const target = year * 12 + month + months;
  const [ty, tm] = [Math.floor(target / 12), target % 12];
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return formatDay(Date.UTC(ty, tm, Math.min(date, last)));
}

/**
 * Last day of a term of `days` (units of `calendar`) started by an event at `start`. Counting
 * begins the day after the event's Bogotá date, so the event day never counts; a calendar-day or
 * month term that lands on a day off runs on to the next working day. A term of months ends on the
 * day of the last month with the same number as the day it began to run, or that month's last day
 * when it has no such day (Código General del Proceso art. 118; Ley 4 de 1913 art. 59 and 62):
 * a request on 15 March runs from 16 March to 16 April; one on 30 January, from 31 January to the
 * last day of February.
 */
export function termEndDay(start: Date, days: number, calendar: CalendarKind): string {
  requireInteger(days, 'days', 1);
  const eventDay = bogotaDay(start);
  switch (calendar) {
    case 'business':
      return addWorkingDays(eventDay, days);
    case 'calendar':
      return nextWorkingDay(addDays(eventDay, days));
    case 'month':
      return nextWorkingDay(addMonths(addDays(eventDay, 1), days));
    default:
      throw new RangeError(`Tipo de calendario desconocido: ${String(calendar)}`);
  }
}

/** 23:59:59.999 Bogotá: a term expires at the end of its last day, not at its start. */
export function endOfDay(day: string): Date {
  return new Date(parseDay(day) + DAY_MS - BOGOTA_OFFSET_MS - 1);
}

export function atBogotaTime(day: string, hour: number, minute = 0): Date {
  requireInteger(hour, 'hour', 0);
  requireInteger(minute, 'minute', 0);
  if (hour > 23 || minute > 59) throw new RangeError(`Hora inválida: ${hour}:${minute}`);
  return new Date(parseDay(day) - BOGOTA_OFFSET_MS + hour * HOUR_MS + minute * 60_000);
}

export function dueInstant(start: Date, days: number, calendar: CalendarKind): Date {
  return endOfDay(termEndDay(start, days, calendar));
}

/** When a reminder "n business days before the due date" is sent: 08:00 Bogotá on the nth working day before the due instant's local day. */
export function reminderInstant(due: Date, businessDaysBefore: number): Date {
  requireInteger(businessDaysBefore, 'businessDaysBefore', 0);
  return atBogotaTime(addWorkingDays(bogotaDay(due), -businessDaysBefore), 8);
}

/** Working days left: on the due day itself 0; before it, the count of working days d with today < d <= dueDay; after it, minus the count of working days d with dueDay < d <= today. `now` and `due` are instants; use their Bogotá days. */
export function remainingWorkingDays(now: Date, due: Date): number {
  const today = bogotaDay(now);
  const dueDay = bogotaDay(due);
  // 'YYYY-MM-DD' strings order like the dates they name.
  const [from, to, sign] = today <= dueDay ? [today, dueDay, 1] : [dueDay, today, -1];
  let count = 0;
  for (let day = from; day < to;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count++;
  }
  return count === 0 ? 0 : sign * count; // never -0
}

/** "22 de noviembre de 2026, 10:00 a. m." — an instant as people in Colombia read it. */
export const bogotaDateTime = (d: Date): string =>
  d.toLocaleString('es-CO', { timeZone: 'America/Bogota', dateStyle: 'long', timeStyle: 'short' });

const LONG_DAY = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar day (YYYY-MM-DD) as people in Colombia write it: "30 de junio de 2024". */
export function longDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T12:00:00Z`));
}
