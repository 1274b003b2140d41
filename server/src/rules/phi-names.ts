// Personal names in a letter. Published letters name no one: the worker is "the injured worker",
// "the patient" or "the claimant", and a physician is named by role. A name shows itself by where it
// stands, not by a list of names: after a title ("Mrs. Ramirez", "Dr. Patel"), set beside the worker
// ("the injured worker, Dana Fox,"), after a label where the worker is named ("Patient: Fox, Dana") or
// after "Dear". Every scan starts from a literal found by indexOf or a simple regex and reads words by
// hand, a few at most, so the rule stays linear.
import type { OffsetEdit } from './types';
import { isDigit, isLetter, isLower, isUpper } from '../text/ascii';

export interface NameHit {
  start: number;
  end: number;
  /** What the fix puts in its place, when a role word fits there; otherwise the fix redacts. */
  role?: 'the injured worker' | 'the treating physician';
  /** A replacement covering more than the name (the commas of an apposition). */
  edit?: OffsetEdit;
  salutation?: boolean;
}

const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Capitalised words that are not names where a name could stand. */
const notNames = new Set([
  ...months,
  ...weekdays,
  // Roles and documents: "Dr. Reviewer" in a template is a role, not a person.
  'Reviewer', 'Physician', 'Doctor', 'Provider', 'Office', 'Note', 'Notes', 'Report', 'Visit', 'Sir', 'Madam',
  'Colleague', 'Colleagues', 'Claims', 'Administrator', 'Counsel', 'Whom', 'All', 'Applicant', 'Patient',
  'Claimant', 'Employee', 'Utilization', 'Review', 'Expert', 'Independent', 'Medical', 'Treating', 'Requesting',
  // Titles and greetings: "Patient: Dear Dr." names no one.
  'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Dr', 'Dear',
  // Sentence openers and connectives.
  'However', 'Therefore', 'Thus', 'Additionally', 'Furthermore', 'Moreover', 'Per', 'According', 'In', 'On',
  'At', 'After', 'Before', 'Since', 'As', 'The', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'His',
  'Her', 'Their', 'It', 'There', 'Given', 'Based', 'Despite', 'While', 'With', 'Without', 'Also', 'And', 'But',
  'Or', 'If', 'When', 'Although', 'Because', 'Currently', 'Today', 'Then', 'Here', 'Previously', 'Subsequently',
  'Ultimately', 'Finally', 'Overall', 'Otherwise', 'Specifically', 'Accordingly', 'Consequently', 'Clinically',
  'Records', 'Treatment', 'Physical', 'Therapy', 'California', 'Guidelines', 'Health', 'Questionnaire', 'Care', 'Center',
  // Clinical words that start a sentence after an abbreviation such as "Dr." ends the one before.
  'Pain', 'Symptoms', 'Exam', 'Examination', 'Imaging', 'Diagnosis', 'Diagnoses', 'Medications', 'Medication', 'Surgery',
  'Follow', 'Function', 'Sleep', 'Work', 'Range', 'Strength', 'Sensation', 'Reflexes', 'Gait', 'Assessment', 'Plan', 'Review',
]);

/** A name's word at `at`: a capital, then letters, with inner apostrophes or hyphens (O'Neil, Nguyen-Tran). */
function nameWordEnd(source: string, at: number): number {
  if (!isUpper(source.charCodeAt(at))) return -1;
  let k = at + 1;
  let lower = false;
  while (k < source.length && k - at <= 30) {
    const c = source.charCodeAt(k);
    if (isLower(c)) lower = true;
    // A possessive is not part of the name: "Dr. McDonald's note".
    else if (c === 39 && (source[k + 1] === 's' || source[k + 1] === 'S') && !isLetter(source.charCodeAt(k + 2))) break;
    else if (!isUpper(c) && !((c === 39 || c === 45) && k + 1 < source.length && isLetter(source.charCodeAt(k + 1)))) break;
    k++;
  }
  // "MTUS", "QME": a name has a lower-case letter.
  if (!lower || isLetter(source.charCodeAt(k)) || isDigit(source.charCodeAt(k))) return -1;
  return notNames.has(source.slice(at, k)) ? -1 : k;
}

/** Up to `max` name words from `at`, separated by one space; a middle initial ("J.") may stand between. */
function readName(source: string, at: number, max: number): { end: number; words: number } | undefined {
  let end = nameWordEnd(source, at);
  if (end < 0) return undefined;
  let words = 1;
  while (words < max && source[end] === ' ') {
    let next = end + 1;
    // A middle initial: "Dana J. Fox".
    if (isUpper(source.charCodeAt(next)) && source[next + 1] === '.' && source[next + 2] === ' ') next += 3;
    const wordEnd = nameWordEnd(source, next);
    if (wordEnd < 0) break;
    end = wordEnd;
    words++;
  }
  return { end, words };
}

/** Past initials at `at` ("K. T. ", "J.R. "), at most three; `at` itself when there are none. */
function afterInitials(source: string, at: number): number {
  let k = at;
  for (let n = 0; n < 3 && isUpper(source.charCodeAt(k)) && source[k + 1] === '.'; n++) {
    if (source[k + 2] === ' ') k += 3;
    else if (isUpper(source.charCodeAt(k + 2)) && source[k + 3] === '.') k += 2;
    else break;
  }
  return k;
}

/**
 * The end of initials standing alone at `at`, where a name would stand after a title: one to three dotted
 * capitals ("R.T.", "R. T.", "J."), or with `undotted` two or three capitals ("RT"); -1 when a word goes on
 * after them or there are none.
 */
function initialsOnlyEnd(source: string, at: number, undotted: boolean): number {
  let k = at;
  let n = 0;
  while (n < 3 && isUpper(source.charCodeAt(k)) && source[k + 1] === '.') {
    n++;
    k += 2;
    if (source[k] === ' ' && isUpper(source.charCodeAt(k + 1)) && source[k + 2] === '.') k++;
  }
  if (n === 0 && undotted) {
    while (n < 4 && isUpper(source.charCodeAt(k))) {
      n++;
      k++;
    }
    if (n < 2 || n > 3) return -1;
  }
  if (n === 0 || isLetter(source.charCodeAt(k)) || isDigit(source.charCodeAt(k))) return -1;
  return k;
}

/**
 * A clinician's credential after a comma, or a dotted one after a space: ", M.D.", ", MD", " M.D.", ", D.O.",
 * ", PA-C", ", NP", ", Ph.D.", ", PsyD", ", D.C.". An undotted credential without its comma ("the pain
 * management MD") names no one.
 */
const credentialAfterName =
  /(?:, (?:MD|DO|DC|NP|FNP|ANP|DNP|PA-C|PhD|PsyD|LCSW|MSW|DPM|RN|BSN|LVN|LPN|CNA|CRNA|DPT|PTA|OTR\/L|OTR|COTA|MFT|LMFT|LAc|(?:PT|OT)(?!\/))|,? (?:M\.D\.|D\.O\.|D\.C\.|Ph\.D\.|Psy\.D\.|D\.P\.M\.|R\.N\.|L\.Ac\.))(?![A-Za-z])/g;

/** The same credentials, read only where a name ends. */
export const credentialAt = new RegExp(credentialAfterName.source, 'y');

/**
 * "PT" and "OT" also stand for the therapies ("Right Shoulder, PT 2x4"): after them a name needs two
 * words that are not a body part, and the credential ends its clause ("Ann Li, PT, noted").
 */
const therapyCredentials = new Set([', PT', ', OT']);
const bodyWords = new Set([
  'Left', 'Right', 'Bilateral', 'Lumbar', 'Cervical', 'Thoracic', 'Spine', 'Back', 'Neck', 'Knee', 'Knees', 'Shoulder',
  'Hip', 'Ankle', 'Wrist', 'Elbow', 'Hand', 'Foot', 'Upper', 'Lower', 'Extremity', 'Extremities', 'Aquatic', 'Land',
]);

function isTherapistName(source: string, start: number, credentialEnd: number, credentialStart: number): boolean {
  const words = source.slice(start, credentialStart).split(' ');
  if (words.length < 2 || words.some((w) => bodyWords.has(w))) return false;
  return /^(?:[,.;:)]|\r?\n|$)/.test(source.slice(credentialEnd, credentialEnd + 2));
}

const undottedCredentials = [
  'MD', 'DO', 'DC', 'NP', 'FNP', 'ANP', 'DNP', 'PA-C', 'PhD', 'PsyD', 'LCSW', 'MSW', 'DPM', 'RN', 'BSN', 'LVN', 'LPN', 'CNA', 'CRNA',
  'DPT', 'PTA', 'OTR', 'COTA', 'MFT', 'LMFT', 'LAc', 'PT', 'OT',
];

/**
 * Whether `credentialAfterName` can match at all, by plain searches: each dotted credential has "D.", "R.N."
 * or "L.Ac." in it, and each other one stands after ", ". A published letter has none, and the regex, which
 * starts at every comma and space, is one of the costliest scans of the letter.
 */
function mayHaveCredential(source: string, commas: readonly number[]): boolean {
  return (
    source.includes('D.') ||
    source.includes('R.N.') ||
    source.includes('L.Ac.') ||
    commas.some((at) => isUpper(source.charCodeAt(at + 2)) && undottedCredentials.some((c) => source.startsWith(c, at + 2)))
  );
}

/** The last words of specialties and practices, which a credential may follow without naming anyone. */
const specialtyWords = new Set([
  'Medicine', 'Surgery', 'Psychiatry', 'Psychology', 'Neurology', 'Rehabilitation', 'Orthopedics', 'Anesthesiology',
  'Radiology', 'Rheumatology', 'Cardiology', 'Dermatology', 'Pediatrics', 'Chiropractic', 'Acupuncture', 'Management',
  'Practice', 'Specialist', 'Specialty', 'Care', 'Clinic', 'Group', 'Center', 'Services', 'Health',
]);

/**
 * Where the name just before `end` begins ("J. R. Smith", "Dana Fox", "Smith"): one to three name words read
 * back from `end`, with initials before or between them; undefined when no name word ends there.
 */
function signedNameStart(source: string, end: number): number | undefined {
  let start: number | undefined;
  let k = end;
  // "Board certified in Internal Medicine, M.D.": a specialty before the credential names no one.
  const last = /[A-Za-z]{1,20}$/.exec(source.slice(Math.max(0, end - 20), end));
  if (last && specialtyWords.has(last[0])) return undefined;
  for (let words = 0; words < 5 && k > 0; words++) {
    let s = k;
    while (s > 0 && k - s <= 30 && (isLetter(source.charCodeAt(s - 1)) || source[s - 1] === "'" || source[s - 1] === '-' || source[s - 1] === '.')) s--;
    if (s === k) break;
    const word = source.slice(s, k);
    const initial = /^[A-Z]\.(?:[A-Z]\.)?$/.test(word);
    if (!initial && nameWordEnd(source, s) !== k) break;
    if (!initial || start !== undefined) start = s;
    if (source[s - 1] !== ' ') break;
    k = s - 1;
  }
  return start;
}

/** Clinicians' titles before a surname, with the space after them. */
const clinicianTitles = ['PA ', 'PA-C ', 'NP ', 'FNP '];

/** The words a label naming the worker ends in, just before its colon ("Patient:", "Claimant Name:", "RE:"). */
const labelWords = ['Patient', 'Claimant', 'Injured worker', 'Injured Worker', 'Employee', 'Applicant', 'Worker', 'RE', 'Re', 'Regarding', 'Subject', 'Name'];

/** The label words by their last letter: most colons follow a word that ends in none of these. */
const labelWordsByLast = new Map<string, string[]>();
for (const w of labelWords) labelWordsByLast.set(w[w.length - 1], [...(labelWordsByLast.get(w[w.length - 1]) ?? []), w]);

function labelEndsAt(source: string, colon: number): boolean {
  let end = colon;
  if (source.startsWith(' Name', end - 5) || source.startsWith(' name', end - 5)) end -= 5;
  const words = labelWordsByLast.get(source[end - 1]);
  return words !== undefined && words.some((w) => source.startsWith(w, end - w.length) && !isLetter(source.charCodeAt(end - w.length - 1)));
}

/** A person's name at `at`: two or three name words, or "Last, First" — where the text is known to name someone. */
function readPersonName(source: string, at: number): { end: number; words: number } | undefined {
  const first = readName(source, at, 3);
  if (!first) return undefined;
  let { end, words } = first;
  if (source[end] === ',' && source[end + 1] === ' ') {
    const given = readName(source, end + 2, 2);
    if (given) {
      end = given.end;
      words += given.words;
    }
  }
  return words >= 2 ? { end, words } : undefined;
}

/**
 * A phrase searched for in the whole letter from its rarest letter: `indexOf` stops at every occurrence of
 * the first character it looks for, and a letter has hundreds of "e", "a" or "t" but a few dozen "m" or "y"
 * and fewer "j". At most six characters are searched for (for a longer pattern V8 may set up Boyer-Moore
 * tables on each call, which cost more than the search: "patient " 2.2 us a letter, "patie" 0.8), and the
 * whole phrase is checked where they stand. Searching "jured " and checking for "injured worker " around it
 * finds what a search for "injured worker " finds, at a tenth of the cost.
 */
class RarePhrase {
  /** Up to six characters of the phrase, from its rare letter on, and where they stand in it. */
  private readonly anchor: string;
  private readonly anchorAt: number;

  constructor(
    readonly text: string,
    rareLetter: string,
  ) {
    this.anchorAt = text.indexOf(rareLetter);
    if (this.anchorAt < 0) throw new Error(`RarePhrase: '${rareLetter}' is not in '${text}'`);
    this.anchor = text.slice(this.anchorAt, this.anchorAt + 6);
  }

  /** Where the phrase first occurs in `source` at or after `from`, or -1. */
  indexIn(source: string, from: number): number {
    for (let at = source.indexOf(this.anchor, from + this.anchorAt); at >= 0; at = source.indexOf(this.anchor, at + 1)) {
      if (source.startsWith(this.text, at - this.anchorAt)) return at - this.anchorAt;
    }
    return -1;
  }
}

/** Words after which a name follows: "under the name Fox, Dana", "a woman named Dana Fox". */
const namingWords = [new RarePhrase('the name ', 'm'), new RarePhrase('named ', 'm'), new RarePhrase('name of ', 'm')];

/** The words naming the worker followed by a space, for "the claimant Roberta Sims is …". */
const roleWordsBeforeName = [
  new RarePhrase('injured worker ', 'j'),
  new RarePhrase('claimant ', 'm'),
  new RarePhrase('patient ', 'p'),
  new RarePhrase('applicant ', 'p'),
  new RarePhrase('employee ', 'y'),
];

/** The words naming the worker, by their last letter (either case of their first). */
const roleWordsByLast: Record<string, readonly string[]> = {
  r: ['injured worker', 'Injured worker', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner'],
  t: ['patient', 'Patient', 'claimant', 'Claimant', 'applicant', 'Applicant'],
  e: ['employee', 'Employee', 'wife', 'spouse'],
  d: ['husband'],
  n: ['son'],
};

/** Where ", " stands in the text, in order: three of the scans below start from them. */
function commaSpaces(source: string): number[] {
  const found: number[] = [];
  for (let at = source.indexOf(', '); at >= 0; at = source.indexOf(', ', at + 2)) found.push(at);
  return found;
}

/** Offsets just after "the injured worker, " and the like, found from the commas (a letter has a few hundred). */
function afterRoles(source: string, commas: readonly number[]): number[] {
  const found: number[] = [];
  for (const at of commas) {
    // Most commas are ruled out by the last letter before them.
    const words = roleWordsByLast[source[at - 1]];
    if (words && words.some((w) => source.startsWith(w, at - w.length) && !isLetter(source.charCodeAt(at - w.length - 1)))) found.push(at + 2);
  }
  return found;
}

const titleAtIndex = /(?:Mrs|Mr|Ms|Miss|Mx|Dr)(?![A-Za-z])\.? ?/y;

/** Each title ("Mr.", "Mrs ", "Dr. ") standing as a word, with its full stop and space: [start, end). */
function titlesIn(source: string): [number, number][] {
  const found: [number, number][] = [];
  for (const initial of ['M', 'D']) {
    for (let at = source.indexOf(initial); at >= 0; at = source.indexOf(initial, at + 1)) {
      const next = source.charCodeAt(at + 1);
      // r, s, x, i after M; r after D: anything else is not a title.
      if (initial === 'M' ? next !== 114 && next !== 115 && next !== 120 && next !== 105 : next !== 114) continue;
      if (at > 0 && isLetter(source.charCodeAt(at - 1))) continue;
      titleAtIndex.lastIndex = at;
      const m = titleAtIndex.exec(source);
      if (m) found.push([at, at + m[0].length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

export function findNames(source: string, isOther: (text: string) => boolean = () => false): NameHit[] {
  const hits: NameHit[] = [];
  const taken = new Set<number>();
  const commas = commaSpaces(source);
  const add = (hit: NameHit) => {
    if (taken.has(hit.start) || isOther(source.slice(hit.start, hit.end))) return;
    taken.add(hit.start);
    hits.push(hit);
  };

  // "the injured worker, Dana Fox," / "the claimant, Mr. Lee": the fix leaves the role and drops the name.
  for (const at of afterRoles(source, commas)) {
    const title = titleAt(source, at);
    const name = readName(source, title ? title.nameStart : at, 3);
    if (!name) continue;
    const after = source[name.end] ?? '';
    if (!title && !/^[,.;:)\n\r]?$/.test(after)) continue;
    // ", Dana Fox," goes with both commas; ", Dana." leaves the full stop.
    const editEnd = after === ',' ? name.end + 1 : name.end;
    add({ start: at, end: name.end, edit: { start: at - 2, end: editEnd, newText: '' } });
  }

  // "His wife Graciela drives him", "the nurse case manager, Rhonda Pettigrew, RN, wrote", "her therapist Ann Li".
  for (const hit of namesAfterRelativesAndRoles(source)) add(hit);

  // Mr./Mrs./Ms./Miss/Mx. (the worker) and Dr. (a physician) with a capitalised surname, initials first or not
  // ("Ms. K. T. Nguyen").
  for (const [start, end] of titlesIn(source)) {
    if (source[end - 1] !== ' ') continue;
    const doctor = source[start] === 'D';
    const name = readName(source, afterInitials(source, end), 3);
    if (!name) {
      // "Mr. R.T., now 52", "Ms. J. said": initials alone after a title stand for the name.
      const initialsEnd = initialsOnlyEnd(source, end, !doctor);
      if (initialsEnd > 0) add({ start, end: initialsEnd, role: doctor ? 'the treating physician' : 'the injured worker' });
      continue;
    }
    const salutation = source.slice(Math.max(0, start - 5), start) === 'Dear ';
    add({ start, end: name.end, role: doctor ? 'the treating physician' : 'the injured worker', salutation });
  }

  // A name signed with a credential: "J. R. Smith, M.D.", "Dana Fox, MD", "Lee Park, PA-C".
  if (mayHaveCredential(source, commas)) {
    credentialAfterName.lastIndex = 0;
    for (let m = credentialAfterName.exec(source); m; m = credentialAfterName.exec(source)) {
      const start = signedNameStart(source, m.index);
      if (start === undefined) continue;
      const end = m.index + m[0].length;
      if (therapyCredentials.has(m[0]) && !isTherapistName(source, start, end, m.index)) continue;
      // A nurse, therapist or counsellor is no treating physician: their name is redacted instead.
      add({ start, end, role: /(?:M\.?D|D\.?O|D\.?C|D\.?P\.?M|Ph\.?D|Psy\.?D|NP|PA-C|LCSW)\.?$/.test(m[0]) ? 'the treating physician' : undefined });
    }
  }

  // A physician assistant or nurse practitioner by name: "per PA Johnson", "NP Alvarez".
  for (const title of clinicianTitles) {
    for (let at = source.indexOf(title); at >= 0; at = source.indexOf(title, at + title.length)) {
      if (at > 0 && isLetter(source.charCodeAt(at - 1))) continue;
      const name = readName(source, at + title.length, 3);
      if (name) add({ start: at, end: name.end });
    }
  }

  // "Patient: Fox, Dana", "Claimant Name: Dana J. Fox", "RE: Fox, Dana.": found from the colon, since a letter has few.
  for (let colon = source.indexOf(':'); colon >= 0; colon = source.indexOf(':', colon + 1)) {
    if (!isLetter(source.charCodeAt(colon - 1)) || !labelEndsAt(source, colon)) continue;
    const at = source[colon + 1] === ' ' ? colon + 2 : colon + 1;
    // After a label that says it is a name ("Patient name:", "Name:"), one word is a name too.
    const nameLabel = source.startsWith('name', colon - 4) || source.startsWith('Name', colon - 4);
    const name = readPersonName(source, at) ?? (nameLabel ? readName(source, at, 1) : undefined);
    if (name && /^[,.;)\n\r]?$/.test(source[name.end] ?? '')) add({ start: at, end: name.end });
  }

  // "records under the name Fox, Dana", "a cook named Dana Fox".
  for (const naming of namingWords) {
    const words = naming.text;
    for (let at = naming.indexIn(source, 0); at >= 0; at = naming.indexIn(source, at + words.length)) {
      if (at > 0 && isLetter(source.charCodeAt(at - 1))) continue;
      const name = readPersonName(source, at + words.length);
      if (name && /^[ ,.;:)\n\r]?$/.test(source[name.end] ?? '')) add({ start: at + words.length, end: name.end });
    }
  }

  // "Luis Navarro (the injured worker)", "Dana Fox, the claimant,": a name just before the role.
  for (const at of rolesAfterNames(source, commas)) {
    const start = nameStartBefore(source, at);
    if (start >= 0) add({ start, end: at, role: 'the injured worker' });
  }

  // "The claimant Roberta Sims is …": the role stays, the name goes.
  for (const rolePhrase of roleWordsBeforeName) {
    const role = rolePhrase.text;
    for (let at = rolePhrase.indexIn(source, 0); at >= 0; at = rolePhrase.indexIn(source, at + role.length)) {
      if (at > 0 && isLetter(source.charCodeAt(at - 1))) continue;
      // "The applicant (Tom Reyes) reports …": the name in parentheses after the role.
      const bracketed = source[at + role.length] === '(';
      const start = at + role.length + (bracketed ? 1 : 0);
      const name = readName(source, start, 3);
      if (!name || name.words < 2 || !(bracketed ? source[name.end] === ')' : /^[ ,.;:)\n\r]?$/.test(source[name.end] ?? ''))) continue;
      add({ start, end: name.end, edit: { start: at + role.length - 1, end: bracketed ? name.end + 1 : name.end, newText: '' } });
    }
  }

  // "Dear Dana Fox," (a title after "Dear" is read above).
  for (let at = source.indexOf('Dear '); at >= 0; at = source.indexOf('Dear ', at + 5)) {
    if (titleAt(source, at + 5)) continue;
    const name = readName(source, at + 5, 3);
    if (name && /^[,:;\n\r]?$/.test(source[name.end] ?? '')) add({ start: at + 5, end: name.end, salutation: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Relatives: one name word after them is a name ("his wife Graciela", "her son, Mateo,"). */
const kinWords = [
  'wife', 'husband', 'spouse', 'son', 'daughter', 'mother', 'father', 'sister', 'brother', 'partner', 'fiancé', 'fiancée',
  'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'child',
  'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'son-in-law', 'daughter-in-law',
];

/**
 * People named by their role: a name here needs two words ("the adjuster, Tom Beck,"), since a practice or
 * an employer may follow a role as one capitalised word. "provider" and "employer" are left out: what
 * follows them is as often a practice or a company as a person.
 */
const personRoleWords = [
  'nurse', 'manager', 'adjuster', 'examiner', 'therapist', 'counselor', 'counsellor', 'psychologist', 'psychiatrist',
  'chiropractor', 'acupuncturist', 'surgeon', 'physician', 'doctor', 'interpreter', 'translator', 'attorney', 'lawyer',
  'supervisor', 'coworker', 'co-worker', 'worker', 'pharmacist', 'practitioner', 'assistant', 'aide', 'caregiver',
  'trainer', 'friend', 'neighbor', 'roommate', 'coordinator', 'nutritionist', 'dietitian',
];
const kinSet = new Set(kinWords);

const relativeOrRoleWords = new Set([...kinWords, ...personRoleWords]);
/** The longest relative or role word ("daughter-in-law"): a longer run of letters before a capital is none. */
const LONGEST_ROLE_WORD = Math.max(...[...relativeOrRoleWords].map((w) => w.length));

/** A space before a capital: found by the regex engine's own scan, which passes the other spaces without a call back. */
const spaceBeforeCapital = / (?=[A-Z])/g;

/** A character of a relative or role word: a letter, a hyphen ("son-in-law"), or the é of "fiancé". */
function isRoleWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 233;
}

/**
 * Every relative or role word followed by a space, or a comma and a space, and a capital ("wife Graciela",
 * "the adjuster, Tom"): `word` and where it starts, `comma` when a comma stands after it, and `after` where the
 * capital stands. Found from the capitals after a space, reading the word before each back: a regex of the
 * seventy words is tried at every position of the letter, and costs more than the rest of the name scan.
 */
function* relativesAndRoles(source: string): Generator<{ word: string; at: number; comma: boolean; after: number }> {
  spaceBeforeCapital.lastIndex = 0;
  for (let m = spaceBeforeCapital.exec(source); m; m = spaceBeforeCapital.exec(source)) {
    const space = m.index;
    const comma = source[space - 1] === ',';
    const end = comma ? space - 1 : space;
    let start = end;
    while (start > 0 && end - start <= LONGEST_ROLE_WORD && isRoleWordChar(source.charCodeAt(start - 1))) start--;
    const word = source.slice(start, end);
    if (relativeOrRoleWords.has(word)) yield { word, at: start, comma, after: space + 1 };
  }
}

/**
 * Words that show the capitalised words after a role are a practice, a test or a language, not a person:
 * "the therapist, Valley Spine Institute," "the psychologist Beck Depression Inventory", "his wife Spanish".
 */
const notPersonWords = new Set([
  'Group', 'Associates', 'Clinic', 'Clinics', 'Hospital', 'Institute', 'Center', 'Centre', 'Services', 'Partners', 'Inc',
  'LLC', 'Corp', 'Company', 'Insurance', 'Rehabilitation', 'Orthopedics', 'Orthopaedics', 'Orthopedic', 'Orthopaedic',
  'Chiropractic', 'Network', 'Pharmacy', 'University', 'County', 'Department', 'Board', 'Certified', 'Licensed', 'Fund',
  'Mutual', 'Law', 'Firm', 'Medicine', 'Spine', 'Sports', 'Index', 'Inventory', 'Scale', 'Score', 'Test', 'Disorder',
  'Syndrome', 'Disease', 'Assistant', 'Program', 'Services', 'Specialist', 'Specialists', 'Spanish', 'English', 'Tagalog',
  'Vietnamese', 'Mandarin', 'Cantonese', 'Chinese', 'Korean', 'Armenian', 'Russian', 'Punjabi', 'Portuguese', 'Hindi',
  'Arabic', 'Farsi', 'Japanese', 'Christmas', 'Thanksgiving', 'Easter', 'Practice', 'Cross', 'Shield', 'Permanente',
  'Case', 'Claims',
  // A role written with capitals after another ("the nurse Case Manager noted") names no one.
  ...personRoleWords.map((w) => w[0].toUpperCase() + w.slice(1)),
]);

/** Names set after a relative or a role, with the fix that drops the name and keeps the role. */
function namesAfterRelativesAndRoles(source: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const role of relativesAndRoles(source)) {
    const at = role.after;
    if (titleAt(source, at)) continue; // "the claimant's wife, Mrs. Lopez" is read with the titles.
    const name = readName(source, at, 3);
    if (!name || name.words < (kinSet.has(role.word) ? 1 : 2)) continue;
    const words = source.slice(at, name.end).split(/[ .]+/);
    // "the chiropractor, I'd say" is no name.
    if (words.some((w) => notPersonWords.has(w.split('-')[0]) || w.startsWith("I'"))) continue;
    let end = name.end;
    let after = source[end] ?? '';
    // A name that runs on into more capitals ("his son Luis MRI", "her sister Ana Medical Group") is left alone.
    if (after === ' ' && !isLower(source.charCodeAt(end + 1))) continue;
    // "Rhonda Pettigrew, RN,": the credential goes with the name.
    credentialAt.lastIndex = end;
    const credential = credentialAt.exec(source);
    if (credential) {
      end += credential[0].length;
      after = source[end] ?? '';
    }
    if (!/^[ ,.;:)'\n\r]?$/.test(after)) continue;
    const comma = role.comma;
    // ", Dana Fox," goes with both commas; ", Dana." leaves the full stop; " Graciela now" goes with its space.
    const edit = comma ? { start: at - 2, end: after === ',' ? end + 1 : end, newText: '' } : { start: at - 1, end, newText: '' };
    hits.push({ start: at, end, edit });
  }
  return hits;
}

/** The worker's role as it follows a name: " (the injured worker", ", the claimant"; tried at one offset. */
const roleAfterName = /(?: \(|, )(?:the )?(?:injured worker|claimant|patient|applicant|employee)\b/y;

/**
 * Offsets where a role follows directly on what may be a name (just before " (" or ", "). The role is tried
 * only where a comma or a bracket stands, found by `indexOf`: a regex starting with a space or a comma stops
 * at every space of the letter.
 */
function rolesAfterNames(source: string, commas: readonly number[]): number[] {
  const found: number[] = [];
  const bracketsAfterSpace: number[] = [];
  for (let at = source.indexOf('('); at >= 0; at = source.indexOf('(', at + 1)) if (source[at - 1] === ' ') bracketsAfterSpace.push(at - 1);
  // Only letters with one of these are read (a search for " (injured" would stop at every space).
  if (
    !source.includes('(the ') &&
    !source.includes(', the ') &&
    !bracketsAfterSpace.some((at) => source.startsWith('injured', at + 2) || source.startsWith('claimant', at + 2))
  ) {
    return found;
  }
  const tryAt = (at: number) => {
    roleAfterName.lastIndex = at;
    if (roleAfterName.test(source)) found.push(at);
  };
  for (const at of commas) tryAt(at);
  for (const at of bracketsAfterSpace) tryAt(at);
  // No two matches overlap (neither ", " nor " (" stands inside one), so these are the matches a scan finds.
  return found.sort((a, b) => a - b);
}

/** Where a name of two or three words ending just before `end` starts, or -1. */
function nameStartBefore(source: string, end: number): number {
  let start = end;
  for (let words = 0; words < 3; words++) {
    const k = start - (words === 0 ? 0 : 1);
    if (words > 0 && source[k] !== ' ') break;
    let w = k;
    while (w > 0 && (isLetter(source.charCodeAt(w - 1)) || source[w - 1] === "'" || source[w - 1] === '-')) w--;
    if (w === k || nameWordEnd(source, w) !== k) break;
    start = w;
    const name = readName(source, start, 3);
    if (words >= 1 && name && name.end === end) return start;
  }
  return -1;
}

function titleAt(source: string, at: number): { nameStart: number } | undefined {
  const m = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? /.exec(source.slice(at, at + 6));
  return m ? { nameStart: at + m[0].length } : undefined;
}

/** "the injured worker", or "The injured worker" where a sentence begins. */
export function roleText(source: string, at: number, role: string): string {
  let k = at - 1;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t')) k--;
  const startsSentence = k < 0 || '.!?:\n\r"('.includes(source[k]);
  return startsSentence ? role[0].toUpperCase() + role.slice(1) : role;
}




