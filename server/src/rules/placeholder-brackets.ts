// Square and round brackets holding a template's instruction or field: `[ADD DATE]`,
// `[REVIEWER: CONFIRM]`, `[insert date]`, `[Name]`, `(insert date of injury)`. Letters also use
// brackets for their own words: a quotation's "[sic]", "[the patient]", "[...]", an abbreviation
// "[CI]", a clarification "[following TPII]". Those begin with an ordinary word and are left alone.
import { isLetter } from '../text/ascii';

/** Words an instruction in square brackets begins with (any case). */
const instructionWords = new Set([
  'insert', 'add', 'enter', 'fill', 'confirm', 'specify', 'choose', 'select', 'describe', 'paste', 'update',
  'verify', 'tbd', 'todo', 'placeholder', 'reviewer', 'edit', 'cite',
]);

/** In round brackets, fewer: "(select patients)" and "(complete blood count)" are a letter's own words. */
const parenthesisInstructionWords = new Set(['insert', 'enter', 'fill', 'specify', 'paste', 'confirm', 'tbd', 'todo']);

/**
 * Written in capitals, more words start a note to self in round brackets: "(ADD OSWESTRY)", "(NEED DATE)",
 * "(CHECK DOSE)". A letter's own capitals there are abbreviations ("(ODG)", "(ICD9 729.1)"), not these verbs.
 */
const capitalInstructionWords = new Set([
  ...parenthesisInstructionWords, 'add', 'check', 'verify', 'update', 'need', 'needs', 'cite', 'fix', 'describe', 'choose',
  'select', 'reviewer',
]);

/**
 * The fields a template names. Capitalised ("[Name]", "[Patient Name]") or in capitals; in lower case
 * "[patient]" is an editor's insertion in a quotation.
 */
const fieldWords = new Set([
  'name', 'date', 'dob', 'claimant', 'patient', 'specialty', 'drug', 'dose', 'item', 'decision', 'age',
  'gender', 'citation', 'provider', 'physician', 'doctor', 'signature', 'address', 'number', 'x', 'xx',
]);

const MAX_INSIDE = 80;

/** [start, end) of each bracketed instruction or field, found from its opening bracket. */
export function* bracketedPlaceholders(source: string): Generator<[number, number]> {
  yield* scan(source, '[', ']', 'square');
  yield* scan(source, '(', ')', 'round');
  // A letter prints no braces: "{ADD OSWESTRY FROM 10/05 RE-EXAM}" is read as a square bracket would be.
  if (source.includes('{')) yield* scan(source, '{', '}', 'square');
  // "<" and ">" also compare ("VAS < 4 and > 2"): a field in angle brackets hugs them ("<ADD DATE 10/05>").
  if (source.includes('<')) yield* scan(source, '<', '>', 'angle');
}

function* scan(source: string, open: string, close: string, kind: 'square' | 'round' | 'angle'): Generator<[number, number]> {
  for (let at = source.indexOf(open); at >= 0; at = source.indexOf(open, at + 1)) {
    // Most round brackets in a letter hold a clarification: look at the first word before reading on.
    if (kind === 'round' && !isInstructionStart(source, at + 1)) continue;
    if (kind === 'angle' && !isLetter(source.charCodeAt(at + 1))) continue;
    let end = at + 1;
    while (end < source.length && end - at <= MAX_INSIDE && source[end] !== close && source[end] !== open && source[end] !== '\n') end++;
    if (source[end] !== close) continue;
    if (kind === 'angle' && source[end - 1] === ' ') continue;
    const inside = source.slice(at + 1, end).trim();
    if (kind === 'round' ? isInstruction(inside) : isSquarePlaceholder(inside)) yield [at, end + 1];
  }
}

/** Whether the first word in round brackets may start an instruction: any case, or in capitals, a few more. */
function isInstructionStart(source: string, at: number): boolean {
  const word = firstWord(source, at);
  if (parenthesisInstructionWords.has(word)) return true;
  return capitalInstructionWords.has(word) && isCapitals(source.slice(at, at + 20).trimStart().slice(0, word.length));
}

function firstWord(source: string, at: number): string {
  let k = at;
  while (k < source.length && k - at < 8 && source[k] === ' ') k++;
  const start = k;
  while (k < source.length && k - start < 9 && isLetter(source.charCodeAt(k))) k++;
  return source.slice(start, k).toLowerCase();
}

function wordsOf(inside: string): string[] {
  return inside.split(/[\s:,]{1,10}/).filter((w) => w.length > 0);
}

function isInstruction(inside: string): boolean {
  const words = wordsOf(inside);
  if (words.length < 2) return false;
  const first = words[0].toLowerCase();
  if (parenthesisInstructionWords.has(first)) return true;
  // "(ADD OSWESTRY FROM 10/05)": all of it in capitals, not only its first word ("(Check the dose)" is prose).
  return capitalInstructionWords.has(first) && isCapitals(inside);
}

/** Whether the letters of `text` are all capitals. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isSquarePlaceholder(inside: string): boolean {
  // "[ ]" or "[]": a box to tick or a blank.
  if (inside.length === 0) return true;
  const words = wordsOf(inside);
  if (words.length === 0) return false;
  const first = words[0].toLowerCase();
  if (instructionWords.has(first)) return true;
  if (words.length <= 3 && words.every((w) => fieldWords.has(w.toLowerCase()) && w[0] === w[0].toUpperCase())) return true;
  const letters = inside.replace(/[^A-Za-z]/g, '');
  const capitals = letters.length >= 4 && letters === letters.toUpperCase();
  // In capitals: more than one word ("[ADD DATE]"), or a label with a colon ("[REVIEWER: CONFIRM]").
  return capitals && (words.length >= 2 || inside.includes(':'));
}

