import type { Rule } from './types';
import { bracketedPlaceholders } from './placeholder-brackets';
import { isLetter } from '../text/ascii';

/**
 * What template and editing leftovers look like, rather than a list of words. `«…»` is the project's
 * own placeholder marker (snippets and templates use it; no real letter does); `${1:…}`, `${1|a,b|}`
 * and `$1` are snippet syntax left behind; `<<FIELD>>`, `{{ field }}` and `<FIELD>` are mail-merge
 * fields; a run of underscores or `MM/DD/YYYY` is a blank; TBD/TODO/XXX/TK/FIXME and `???` are notes
 * to self; lorem ipsum is filler; "insert … here" is an instruction. Each regex is bounded and tried
 * only where a plain substring search finds its mark.
 */
const patterns: readonly { re: RegExp; what: string; cue: (source: string) => boolean }[] = [
  { re: /«[^«»\r\n]{0,200}»/g, what: 'a placeholder to fill in', cue: (s) => s.includes('«') },
  {
    re: /\$\{\d{1,3}(?::[^}\r\n]{0,200})?\}|\$\{\d{1,3}\|[^}\r\n]{0,200}\|\}/g,
    what: 'snippet syntax left in the text',
    cue: (s) => s.includes('${'),
  },
  { re: /<<[^<>\r\n]{1,80}>>|\{\{[^{}\r\n]{0,80}\}\}/g, what: 'a form field to fill in', cue: (s) => s.includes('<<') || s.includes('{{') },
  { re: /<[A-Z][A-Z_ ]{1,40}>/g, what: 'a form field to fill in', cue: (s) => s.includes('<') },
  // An instruction in angle brackets ("<insert date>", "<add citation>") and a mail-merge field in single
  // braces ("{patient_name}", "{DATE}"): letters print neither.
  {
    re: /<(?:insert|add|enter|fill in|type|confirm|paste|put)\b[^<>\r\n]{0,60}>/gi,
    what: 'an instruction to the author',
    cue: (s) => s.includes('<'),
  },
  { re: /\{[A-Za-z][A-Za-z0-9_ .-]{0,40}\}/g, what: 'a form field to fill in', cue: (s) => s.includes('{') },
  { re: /##[A-Za-z_ ]{1,40}##/g, what: 'a form field to fill in', cue: (s) => s.includes('##') },
  // A field name between doubled marks of any kind: "%%VISIT_DATE%%", "[[MRI_DATE]]", "@@NAME@@", "$$DOB$$".
  {
    re: /([%@$|~^*])\1[A-Za-z][A-Za-z0-9_ .-]{0,40}\1\1|\[\[[^[\]\r\n]{1,60}\]\]/g,
    what: 'a form field to fill in',
    cue: (s) => s.includes('%%') || s.includes('[[') || s.includes('@@') || s.includes('$$') || s.includes('||') || s.includes('~~') || s.includes('^^') || s.includes('**'),
  },
  // Three or more asterisks in running text stand for something still to be written; around a word
  // ("***CHECK***") they mark a note, one finding.
  { re: /\*{3,40}[A-Za-z][A-Za-z0-9 _.-]{0,40}\*{3,40}|(?<=\S[ \t]{0,4})\*{3,40}|\*{3,40}(?=[ \t]{0,4}\S)/g, what: 'a blank to fill in', cue: (s) => s.includes('***') },
  { re: /\(\?\)/g, what: 'a note to fill in', cue: (s) => s.includes('(?)') },
  { re: /_{3,200}/g, what: 'a blank to fill in', cue: (s) => s.includes('___') },
  {
    // A date whose figures stand in for ones still to be looked up: MM/DD/YYYY, XX/XX/15, ??/??/2015, ##/##/2016.
    re: /(?<![\w/?#])(?:MM|mm|[Xx?#]{1,2})\/(?:DD|dd|[Xx?#]{1,2})\/(?:\d{2,4}|YYYY|YY|yyyy|yy|[Xx?#]{2,4})(?![\w/?#])/g,
    what: 'a blank to fill in',
    cue: (s) => s.includes('M/') || s.includes('m/') || s.includes('X/') || s.includes('x/') || s.includes('?/') || s.includes('#/'),
  },
  {
    re: /\b(?:TBD|TODO|XX+|FIXME|TK)\b|\?{3,}/g,
    what: 'a note to fill in',
    // By their rarer letters: a search for "TBD" stops at every T.
    cue: (s) => s.includes('BD') || s.includes('ODO') || s.includes('XX') || s.includes('???') || s.includes('IXME') || s.includes('TK'),
  },
  // "psum", not "lorem": a search stops at every occurrence of the first letter.
  { re: /\blorem ipsum\b/gi, what: 'filler text', cue: (s) => s.includes('psum') || s.includes('PSUM') },
];

export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: 'Template text left in the letter: placeholders, form fields, blanks, bracketed instructions, snippet syntax, notes such as TBD.',
  check({ letter, report }) {
    const source = letter.source;
    const candidates: [number, number, string][] = [];
    for (const { re, what, cue } of patterns) {
      // A fast substring test first: a clean letter has none of these, and the regex would scan it all.
      if (!cue(source)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(source); m; m = re.exec(source)) candidates.push([m.index, m.index + m[0].length, what]);
    }
    for (const [start, end] of snippetTabStops(source)) candidates.push([start, end, 'snippet syntax left in the text']);
    for (const [start, end] of insertHere(source)) candidates.push([start, end, 'an instruction to the author']);
    for (const [start, end] of capitalNotes(source)) candidates.push([start, end, 'a note to fill in']);
    for (const [start, end] of bracketedPlaceholders(source)) candidates.push([start, end, 'an instruction or field left from a template']);
    // One finding per leftover: "<<NAME>>" is not also "<NAME>", nor "[TBD]" also "TBD".
    candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let reached = -1;
    for (const [start, end, what] of candidates) {
      if (start < reached) continue;
      reached = end;
      report({ message: `'${source.slice(start, end)}' is ${what}. Replace it before the letter is sent.`, start, end });
    }
  },
};

/**
 * `$1`, `$0`: a snippet's tab stop. Money is written `$5 per visit` or `$1,200`; a tab stop stands
 * against a word or a colon, or at the end of a line.
 */
function* snippetTabStops(source: string): Generator<[number, number]> {
  for (let at = source.indexOf('$'); at >= 0; at = source.indexOf('$', at + 1)) {
    let k = at + 1;
    while (k < source.length && k - at <= 2 && isDigit(source.charCodeAt(k))) k++;
    if (k === at + 1 || (k < source.length && isDigit(source.charCodeAt(k)))) continue;
    const next = source[k] ?? '';
    const before = at > 0 ? source[at - 1] : '';
    const joined = /[A-Za-z0-9:]/.test(before) || /[A-Za-z:)\]}]/.test(next) || next === '' || next === '\n' || next === '\r';
    if (joined && !(next === ',' || next === '.')) yield [at, k];
  }
}

const insertBefore = /\b(?:Insert|INSERT) [^.\r\n]{0,40}$/;

/**
 * "Insert the diagnosis here": an instruction standing as a sentence, found from "Insert" (in lower case
 * inside brackets it is read with them). A search for "insert" would stop at every i of the letter.
 */
function* insertHere(source: string): Generator<[number, number]> {
  if (!source.includes('Insert') && !source.includes('INSERT')) return;
  for (let at = source.indexOf('here'); at >= 0; at = source.indexOf('here', at + 4)) {
    if ((at > 0 && isLetter(source.charCodeAt(at - 1))) || isLetter(source.charCodeAt(at + 4))) continue;
    const from = Math.max(0, at - 48);
    const m = insertBefore.exec(source.slice(from, at));
    if (m) yield [from + m.index, at + 4];
  }
}

/** "NEED DATE", "VERIFY DOSE", "CHECK MMI DATE": a note to self in capitals, then capitals it is about. */
const capitalNote = /\b(?:NEEDS?|VERIFY|CHECK|CONFIRM)(?: [A-Z][A-Z0-9/#-]{0,20}){1,4}\b/g;

/**
 * Such notes standing in a sentence; a line all in capitals is a heading, whose words may be these
 * ("MEDICAL NEED DETERMINATION").
 */
function* capitalNotes(source: string): Generator<[number, number]> {
  if (!source.includes('NEED') && !source.includes('VERIFY') && !source.includes('CHECK') && !source.includes('CONFIRM')) return;
  capitalNote.lastIndex = 0;
  for (let m = capitalNote.exec(source); m; m = capitalNote.exec(source)) {
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    const lineEnd = source.indexOf('\n', m.index);
    const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
    if (/[a-z]/.test(line)) yield [m.index, m.index + m[0].length];
  }
}


function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
