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
  let matches = 0;
  // Each loop keeps its place in a local and sets lastIndex just before each search: a pause lets another
  // document's parse run these same loops, which must not move this one's place. (A copy of each pattern
  // per parse did the same, and cost a third of this function's time.)
  const numericDates: DateMention[] = [];
  let from = 0;
  for (;;) {
    numericPattern.lastIndex = from;
    const m = numericPattern.exec(source);
    if (!m) break;
    if (++matches % MATCHES_PER_STEP === 0) yield;
    const start = m.index;
    const end = start + m[0].length;
    const before = source[start - 1];
    const after = source[end];
    // Part of a longer number, ratio, fraction or version (1/2/3/4, 10/325/2016, 3.3.9): not a date.
    if (isDigit(before) || before === '/' || before === '-' || before === '.' || isDigit(after) || after === '/' || (after === '-' && isDigit(source[end + 1]))) {
      from = start + 1;
      continue;
    }
    from = end;
    const month = Number(m[1]);
    const day = Number(m[3]);
    let year = Number(m[4]);
    // Two-digit years: 00–39 are this century (letters date from 2013 on), 40–99 the last (birth years,
    // old injuries).
    if (m[4].length === 2) year += year < 40 ? 2000 : 1900;
    const form: DateForm = m[2] === '/' ? 'slash' : 'dash';
    numericDates.push({ span: span(source, start, end), month, day, year, form, valid: isValidDate(month, day, year) });
  }
  const wordDates: DateMention[] = [];
  from = 0;
  for (;;) {
    dayAndYearPattern.lastIndex = from;
    const m = dayAndYearPattern.exec(source);
    if (!m) break;
    from = m.index + m[0].length;
    if (++matches % MATCHES_PER_STEP === 0) yield;
    const word = monthBefore.exec(source.slice(Math.max(0, m.index - 11), m.index));
    const month = word ? monthOf.get(word[1]) : undefined;
    if (!word || month === undefined) continue;
    const start = m.index - word[0].length;
    const day = Number(m[1]);
    const year = Number(m[2]);
    const end = m.index + m[0].length;
    wordDates.push({ span: span(source, start, end), month, day, year, form: 'words', valid: isValidDate(month, day, year) });
  }
  return inTextOrder(numericDates, wordDates);
}

/**
 * Two lists of dates, each in text order, as one in text order. No two start at one offset (a date in
 * figures starts with a digit, one in words with its month), so this is what sorting both by start gives.
 */
function inTextOrder(a: DateMention[], b: DateMention[]): DateMention[] {
  if (b.length === 0) return a;
  const merged: DateMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i].span.start < b[j].span.start ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/** Days since 1970 for ordering; only meaningful for valid dates. */
export function dayNumber(d: { month: number; day: number; year: number }): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}
