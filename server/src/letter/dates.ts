// Every date the letter writes: 11/09/2016, 10-13-16, 2/1/2004, and January 5, 2016.
import type { DateForm, DateMention } from './model';
import { span } from './text';
import { runSteps, type Steps } from './steps';

const numericPattern = /(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})/g;
// A day and a year found first (a scan for digits is fast), then the capitalised word before them is
// looked up as a month.
const dayAndYearPattern = /\b(\d{1,2}),? (\d{4})\b/g;
const monthBefore = /\b([A-Z][a-z]{2,8})\.? $/;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Full names and their abbreviations (Jan, Sept …). */
const monthOf = new Map<string, number>(
  monthNames.flatMap((name, i) => [[name, i + 1] as [string, number], [name.slice(0, 3), i + 1] as [string, number]]).concat([['Sept', 9]]),
);

export function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(month: number, day: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function findDates(source: string): DateMention[] {
  return runSteps(findDateSteps(source));
}

/** How many matches are read between pause points. */
const MATCHES_PER_STEP = 1024;

export function* findDateSteps(source: string): Steps<DateMention[]> {
  const dates: DateMention[] = [];
  let matches = 0;
  // Each loop keeps its own regex state in a local: a pause lets another document's parse run these
  // same loops, which must not move this one's lastIndex.
  const numeric = new RegExp(numericPattern);
  for (let m = numeric.exec(source); m; m = numeric.exec(source)) {
    if (++matches % MATCHES_PER_STEP === 0) yield;
    const start = m.index;
    const end = start + m[0].length;
    const before = source[start - 1];
    const after = source[end];
    // Part of a longer number, ratio, fraction or version (1/2/3/4, 10/325/2016, 3.3.9): not a date.
    if (isDigit(before) || before === '/' || before === '-' || before === '.' || isDigit(after) || after === '/' || (after === '-' && isDigit(source[end + 1]))) {
      numeric.lastIndex = start + 1;
      continue;
    }
    const month = Number(m[1]);
    const day = Number(m[3]);
    let year = Number(m[4]);
    // Two-digit years: 00–39 are this century (letters date from 2013 on), 40–99 the last (birth years,
    // old injuries).
    if (m[4].length === 2) year += year < 40 ? 2000 : 1900;
    const form: DateForm = m[2] === '/' ? 'slash' : 'dash';
    dates.push({ span: span(source, start, end), month, day, year, form, valid: isValidDate(month, day, year) });
  }
  const dayAndYear = new RegExp(dayAndYearPattern);
  for (let m = dayAndYear.exec(source); m; m = dayAndYear.exec(source)) {
    if (++matches % MATCHES_PER_STEP === 0) yield;
    const word = monthBefore.exec(source.slice(Math.max(0, m.index - 11), m.index));
    const month = word ? monthOf.get(word[1]) : undefined;
    if (!word || month === undefined) continue;
    const start = m.index - word[0].length;
    const day = Number(m[1]);
    const year = Number(m[2]);
    const end = m.index + m[0].length;
    dates.push({ span: span(source, start, end), month, day, year, form: 'words', valid: isValidDate(month, day, year) });
  }
  dates.sort((a, b) => a.span.start - b.span.start);
  return dates;
}

/** Days since 1970 for ordering; only meaningful for valid dates. */
export function dayNumber(d: { month: number; day: number; year: number }): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}
