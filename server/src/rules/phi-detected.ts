import type { Fix, Rule } from './types';
import { findNames, roleText } from './phi-names';
import { findCompanies } from './phi-employers';

/** What DWC publication requires redacted. Each pattern is bounded and anchored on a literal. */
/**
 * Whether the words the case-insensitive patterns start from occur at all, by substring search (a
 * case-insensitive regex alternation is the slowest scan of this rule): "DOB", "date of birth", or
 * "claim" followed by a space and N or #. Every letter says "Claims Administrator", so "claim" alone
 * would not rule anything out.
 */
function hasWordCue(source: string): boolean {
  const { dob, birth } = birthCues(source);
  if (dob) return true;
  if (hasSsnCue(source)) return true;
  if (birth && (source.includes('irth') || source.includes('IRTH')) && /date of birth/i.test(source)) return true;
  for (const stem of ['laim', 'LAIM']) {
    for (let at = source.indexOf(stem); at >= 0; at = source.indexOf(stem, at + 4)) {
      let k = at + 4;
      while (k < source.length && k - at < 8 && isRegexSpace(source.charCodeAt(k))) k++;
      const c = source.charCodeAt(k);
      if (k > at + 4 && (c === 78 /* N */ || c === 110 /* n */ || c === 35 /* # */)) return true;
    }
  }
  return false;
}

/**
 * Whether "DOB", "dob", "Dob", "D.O.B" or "d.o.b" occurs (`dob`), and whether "birth" does in any case
 * (`birth`, which "date of birth" needs): one pass over the b's, which each of them has, where a search
 * for "dob" or "irth" would stop at every d or i of the letter.
 */
function birthCues(source: string): { dob: boolean; birth: boolean } {
  let birth = false;
  for (const b of ['b', 'B']) {
    for (let at = source.indexOf(b); at >= 0; at = source.indexOf(b, at + 1)) {
      const dob = b === 'B' ? endsAt(source, 'DO', at) || endsAt(source, 'D.O.', at) : endsAt(source, 'do', at) || endsAt(source, 'Do', at) || endsAt(source, 'd.o.', at);
      if (dob) return { dob, birth };
      if (!birth && isLetters(source, at + 1, 'irth')) birth = true;
    }
  }
  return { dob: false, birth };
}

/** Whether `text` stands in `source` just before `end`. */
function endsAt(source: string, text: string, end: number): boolean {
  return end >= text.length && source.startsWith(text, end - text.length);
}

/** Whether the letters at `at` are `lower` in any case (as a case-insensitive regex reads ASCII letters). */
function isLetters(source: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((source.charCodeAt(at + i) | 32) !== lower.charCodeAt(i)) return false;
  return true;
}

/** What `\s` matches, by character code (a regex test per character allocates a string for it). */
function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ssnCues = ['SSN', 'SS#', 'S.S.N', 'Social Security', 'Social security', 'SOCIAL SECURITY'];

/** Whether an SSN's cue occurs: one pass over the capital S's (each cue begins with one). */
function hasSsnCue(source: string): boolean {
  for (let at = source.indexOf('S'); at >= 0; at = source.indexOf('S', at + 1)) {
    const next = source[at + 1];
    if ((next === 'S' || next === '.' || next === 'o' || next === 'O') && ssnCues.some((cue) => source.startsWith(cue, at))) return true;
  }
  return false;
}

const birthMonth = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)';
const birthDay =
  '(?:\\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)\\b';
const birthYear = '(?:\\d{4}|nineteen|two thousand)';

/** A birth date in a sentence, in figures or in words; built once from the words above. */
export const birthDatePattern = new RegExp(
  `\\b[Bb]orn (?:on |in )?(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|(?:the )?${birthDay} (?:of )?${birthMonth}(?:,? \\d{4})?|${birthMonth} (?:the )?${birthDay}(?:,? \\d{4})?|${birthMonth},? ${birthYear})`,
  'g',
);

/** `cue`: the text a match needs (any one of them, for a list), searched before the pattern is run. */
const patterns: readonly { re: RegExp; what: string; needsWordCue?: boolean; cue?: string | readonly string[] }[] = [
  { re: /\b\d{3}-\d{2}-\d{4}\b/g, what: 'a Social Security number' },
  { re: /\(\d{3}\)\s?\d{3}[-. ]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g, what: 'a phone number' },
  // A Workers' Compensation Appeals Board case number names the worker's claim.
  { re: /\bADJ\d{6,8}\b/g, what: 'a WCAB case number', cue: 'ADJ' },
  {
    re: /\b\d{1,6}(?: [NSEW]\.?)?(?: [A-Z][a-z]{1,20}){1,3} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy)\b/g,
    // No trailing `\.?`: it took the sentence's full stop into the redaction.
    what: 'a street address',
  },
  {
    re: /\b(?:DOB|D\.O\.B\.|date of birth)\s{0,3}:?\s{0,3}\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/gi,
    what: 'a date of birth',
    needsWordCue: true,
  },
  {
    re: /\b(?:DOB|D\.O\.B\.|date of birth)\s{0,3}(?::\s{0,3})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}/gi,
    what: 'a date of birth',
    needsWordCue: true,
  },
  {
    // A birth date in a sentence, in figures or in words: "born on April 5, 1964", "born 4/5/1964",
    // "born on the ninth of March, nineteen sixty-eight", "born 5th April 1964", "born in March 1964".
    // A month alone ("her son was born in March") names no date.
    re: birthDatePattern,
    what: 'a date of birth',
    // Not "orn ": a search stops at every o of the letter.
    cue: ['born ', 'Born '],
  },
  {
    // A bare nine-digit number is an SSN only with its cue just before it.
    re: /\b(?:SSN|SS#|S\.S\.N\.|Social [Ss]ecurity(?: number| [Nn]o\.| #)?|SOCIAL SECURITY(?: NUMBER)?)\s{0,3}(?:[:#]\s{0,3})?\d{9}\b/g,
    what: 'a Social Security number',
    needsWordCue: true,
  },
  {
    // An e-mail address spelled out so a filter would miss it: "k.okafor at insurer dot com", "jo[at]x(dot)org".
    re: /\b[\w.+-]{1,64}(?: at |\s?[[(]at[\])]\s?)[\w-]{1,63}(?:(?: dot |\s?[[(]dot[\])]\s?|\.)[\w-]{1,63}){0,3}(?: dot |\s?[[(]dot[\])]\s?)(?:com|net|org|gov|edu|us|biz|info)\b/gi,
    what: 'an e-mail address',
    cue: 'dot',
  },
  { re: /\bclaim\s{1,3}(?:number|no\.?|#)\s{0,3}:?\s{0,3}[A-Z0-9][A-Z0-9-]{4,24}\b/gi, what: 'a claim number', needsWordCue: true },
];

const localPart = /[A-Za-z0-9._%+-]/;
const domain = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}\b/y;

/**
 * E-mail addresses, found from their `@`: a regex starting at every word would try up to 64
 * characters at each one (the costliest scan of the rule on long letters).
 */
function* emailAddresses(source: string): Generator<[number, number]> {
  for (let at = source.indexOf('@'); at >= 0; at = source.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && localPart.test(source[start - 1])) start--;
    if (start === at) continue;
    domain.lastIndex = at + 1;
    const m = domain.exec(source);
    if (m) yield [start, at + 1 + m[0].length];
  }
}

function hasCue(source: string, cue: string | readonly string[]): boolean {
  return typeof cue === 'string' ? source.includes(cue) : cue.some((c) => source.includes(c));
}

function* allMatches(source: string): Generator<[number, number, string]> {
  // Case-insensitive patterns are tried only where their words occur at all.
  const hasWords = hasWordCue(source);
  for (const { re, what, needsWordCue, cue } of patterns) {
    if ((needsWordCue && !hasWords) || (cue !== undefined && !hasCue(source, cue))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) yield [m.index, m.index + m[0].length, what];
  }
  for (const [start, end] of emailAddresses(source)) yield [start, end, 'an e-mail address'];
}

export const phiDetected: Rule = {
  id: 'phi-detected',
  defaultSeverity: 'warning',
  description: 'Personal information that must be redacted before publication: names, numbers, addresses, dates of birth.',
  check({ letter, catalog, report }) {
    const source = letter.source;
    for (const [start, end, what] of allMatches(source)) {
      report({
        message: `This looks like ${what}. Redact it: published letters must not identify the injured worker.`,
        start,
        end,
        fixes: [{ title: `Redact ${what}`, edits: [{ start, end, newText: '[redacted]' }], safe: false, preferred: true }],
      });
    }
    // The guideline fields may name a publisher ("UpToDate, Inc."): companies are sought elsewhere.
    const citationFields = letter.items.flatMap((item) => item.fields.filter((f) => f.kind !== 'rationale').map((f) => f.content));
    for (const [start, end] of findCompanies(source, citationFields)) {
      report({
        message: "This looks like a company's name, such as the worker's employer, with its town if one follows. Published letters name no employer, insurer or practice: redact it.",
        start,
        end,
        fixes: [{ title: "Redact the company's name", edits: [{ start, end, newText: '[redacted]' }], safe: false, preferred: true }],
      });
    }
    const isDrug = (text: string) => catalog.findDrugs(text).length > 0;
    for (const hit of findNames(source, isDrug)) {
      const { start, end } = hit;
      const fixes: Fix[] = [];
      if (hit.edit) {
        fixes.push({ title: 'Remove the name (the role stays)', edits: [hit.edit], safe: false, preferred: true });
      } else if (hit.role && !hit.salutation) {
        const newText = roleText(source, start, hit.role);
        fixes.push({ title: `Replace with '${newText}'`, edits: [{ start, end, newText }], safe: false, preferred: true });
      }
      fixes.push({ title: 'Redact the name', edits: [{ start, end, newText: '[redacted]' }], safe: false, preferred: fixes.length === 0 });
      report({
        message: "This looks like a person's name. Published letters name no one: the worker is 'the injured worker', a physician is named by role.",
        start,
        end,
        fixes,
      });
    }
  },
};
