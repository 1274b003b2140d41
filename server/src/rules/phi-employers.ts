// Companies named in a letter: the worker's employer above all ("lifting drywall for Castellano Framing Inc.
// in Bakersfield", "employed by Harbor Freight"), also an insurer or a practice by its legal name. Published
// letters name none of them: with the date of injury, an employer and its town identify the worker. A
// company shows itself by a legal suffix ("Inc.", "LLC", "Corp.") after capitalised words, or by words of
// employment before capitalised words; a town after it ("in Bakersfield") goes with it. MAXIMUS Federal
// Services, which every letter names, is no one's employer here. Every scan starts from a literal found by
// indexOf and reads a few words by hand, so the rule stays linear.
import { isLetter, isUpper } from '../text/ascii';

/** Legal suffixes of a company's name, each searched for as written. */
const suffixes = ['Inc.', 'Inc', 'Incorporated', 'LLC', 'L.L.C.', 'LLP', 'L.P.', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Company', 'Ltd.', 'Ltd'];

/** The suffixes as words, without their full stops. */
const suffixWords = new Set(suffixes.map((suffix) => suffix.replace(/\.$/, '')));

/** Words of employment after which a company's name stands: "employed by Harbor Freight", "works at Costco". */
const employmentCues = [
  'employed by ', 'employed at ', 'employed with ', 'works for ', 'worked for ', 'working for ', 'works at ', 'worked at ',
  'working at ', 'job at ', 'job with ', 'hired by ', 'employer, ', 'employer is ', 'employer was ', 'employer: ', 'employer ',
].flatMap((cue) => [cue, cue[0].toUpperCase() + cue.slice(1)]);

/**
 * The phrases grouped under a piece each of them holds, which one `indexOf` scan finds for all of them: a
 * letter is searched a dozen times rather than once per phrase and case (this runs on every keystroke). The
 * pieces start with rare letters where they can ("ks " for "works", "yed " for "employed"): `indexOf` stops
 * at every occurrence of the first.
 */
function byAnchor(phrases: readonly string[], anchors: readonly string[]): Map<string, { phrase: string; offset: number }[]> {
  const grouped = new Map<string, { phrase: string; offset: number }[]>();
  for (const phrase of phrases) {
    const anchor = anchors.find((a) => phrase.includes(a));
    if (!anchor) throw new Error(`phi-employers: no anchor for '${phrase}'`);
    grouped.set(anchor, [...(grouped.get(anchor) ?? []), { phrase, offset: phrase.indexOf(anchor) }]);
  }
  return grouped;
}

const suffixesByAnchor = byAnchor(suffixes, ['Inc', 'LLC', 'L.L.C.', 'LLP', 'L.P.', 'Corp', 'Co', 'Ltd']);
const cuesByAnchor = byAnchor(employmentCues, ['yed ', 'yer', 'ks ', 'ked ', 'king ', 'job ', 'Job ', 'by ']);

/** Where each phrase stands in `source`: [phrase, offset], found from its anchor. */
function* occurrences(source: string, grouped: ReadonlyMap<string, readonly { phrase: string; offset: number }[]>): Generator<[string, number]> {
  for (const [anchor, phrases] of grouped) {
    for (let at = source.indexOf(anchor); at >= 0; at = source.indexOf(anchor, at + 1)) {
      for (const { phrase, offset } of phrases) if (source.startsWith(phrase, at - offset)) yield [phrase, at - offset];
    }
  }
}

/** Small words a company's name may hold between its capitalised words: "Bank of the West", "Smith & Sons". */
const joiningWords = new Set(['of', 'the', 'and', '&']);

/** Capitalised words that are no company's name nor town: months, days, the state, words opening a clause. */
const notCompanyWords = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'California', 'CA', 'The', 'He', 'She',
  'They', 'His', 'Her', 'It', 'This', 'That', 'I', 'We', 'In', 'On', 'At', 'For', 'By', 'And', 'But', 'Per', 'Dr', 'Mr', 'Mrs', 'Ms',
  'MAXIMUS', 'Maximus', 'MTUS', 'ODG', 'ACOEM', 'IMR', 'UR', 'DWC', 'Claims', 'Administrator', 'Expert', 'Reviewer',
  // The letter's own words, where a draft runs one sentence into the next ("while employed by Request(s) under
  // consideration include …").
  'Request', 'Requests', 'Utilization', 'Decision', 'Independent', 'Diagnosis', 'Diagnoses', 'Patient', 'Applicant',
  'Claimant', 'Injured',
]);

/** The most words a company's name holds before its suffix, and the most the town after it holds. */
const MAX_COMPANY_WORDS = 5;
const MAX_TOWN_WORDS = 2;



/** The end of a capitalised word at `at` ("Castellano", "ABC", "O'Neil", "Smith-Jones"), or -1. */
function capitalWordEnd(source: string, at: number): number {
  if (!isUpper(source.charCodeAt(at))) return -1;
  let k = at + 1;
  while (k < source.length && k - at <= 30) {
    const c = source.charCodeAt(k);
    if (isLetter(c)) k++;
    else if ((c === 39 || c === 45) && isLetter(source.charCodeAt(k + 1))) k++;
    else break;
  }
  if (isLetter(source.charCodeAt(k)) || notCompanyWords.has(source.slice(at, k))) return -1;
  return k;
}

/** The start of a word ending at `end` (letters, inner apostrophes and hyphens, or "&"). */
function wordStartBefore(source: string, end: number): number {
  if (source[end - 1] === '&') return end - 1;
  let s = end;
  while (s > 0 && end - s <= 30 && (isLetter(source.charCodeAt(s - 1)) || source[s - 1] === "'" || source[s - 1] === '-')) s--;
  return s;
}

/**
 * Where the company's name ending just before `end` (its suffix after a space or ", ") begins: capitalised
 * words read back, small joining words between them, the first and last capitalised. -1 when there is none.
 */
function companyStartBefore(source: string, end: number): number {
  let k = end;
  let start = -1;
  for (let words = 0; words < MAX_COMPANY_WORDS && k > 0; words++) {
    const s = wordStartBefore(source, k);
    if (s === k) break;
    const word = source.slice(s, k);
    // Another company's suffix ends the name: "Zenith Insurance Company and Valley Group, LLC".
    if (suffixWords.has(word)) break;
    if (capitalWordEnd(source, s) === k) start = s;
    else if (!joiningWords.has(word) || start < 0) break;
    if (source[s - 1] !== ' ') break;
    k = s - 1;
  }
  return start;
}

/** The end of a company's name of capitalised words from `at` ("Harbor Freight Tools"), or -1. */
function companyEndAfter(source: string, at: number): number {
  let end = capitalWordEnd(source, at);
  if (end < 0) return -1;
  for (let words = 1; words < MAX_COMPANY_WORDS && source[end] === ' '; words++) {
    let next = end + 1;
    // "Bank of the West": up to two small words between capitalised ones.
    for (let small = wordAt(source, next), n = 0; n < 2 && small && joiningWords.has(small.text) && source[small.end] === ' '; n++) {
      next = small.end + 1;
      small = wordAt(source, next);
    }
    const wordEnd = capitalWordEnd(source, next);
    if (wordEnd < 0) break;
    end = wordEnd;
  }
  return end;
}

function wordAt(source: string, at: number): { text: string; end: number } | undefined {
  let k = at;
  while (k < source.length && k - at < 4 && (isLetter(source.charCodeAt(k)) || source[k] === '&')) k++;
  return k > at ? { text: source.slice(at, k), end: k } : undefined;
}

/** The end of " in Bakersfield" / " in San Luis Obispo" after a company's name, or `end` itself. */
function withTown(source: string, end: number): number {
  if (!source.startsWith(' in ', end)) return end;
  let k = capitalWordEnd(source, end + 4);
  if (k < 0) return end;
  for (let words = 1; words < MAX_TOWN_WORDS + 1 && source[k] === ' '; words++) {
    const next = capitalWordEnd(source, k + 1);
    if (next < 0) break;
    k = next;
  }
  return k;
}

/** Words before "by" that make the company a product's maker: "manufactured by", "distributed by". */
const makingWords = new Set(['manufactured', 'made', 'marketed', 'distributed', 'developed', 'produced', 'sold', 'supplied', 'licensed']);

/**
 * Whether the company named at `start` makes a product rather than employs the worker: "a medical food from
 * Physician Therapeutics, LLC, Los Angeles, CA" (ODG's wording, which rationales quote), "manufactured by …".
 */
function madeBy(source: string, start: number): boolean {
  const before = source.slice(Math.max(0, start - 30), start).toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
  const last = before[before.length - 1];
  return last === 'from' || (last === 'by' && makingWords.has(before[before.length - 2] ?? '')) || last === 'manufacturer' || last === 'maker';
}

/** Whether the suffix at `at` stands as a word of its own: a word boundary after it ("Inc" not in "Income"). */
function suffixStandsAt(source: string, at: number, suffix: string): boolean {
  if (at > 0 && isLetter(source.charCodeAt(at - 1))) return false;
  const after = source.charCodeAt(at + suffix.length);
  return suffix.endsWith('.') || !isLetter(after);
}

/** Companies named in `source`, each with the town after it: [start, end). Ranges in `skip` are not read. */
export function findCompanies(source: string, skip: readonly { start: number; end: number }[] = []): [number, number][] {
  const found = new Map<number, number>();
  const skipped = (at: number) => skip.some((r) => at >= r.start && at < r.end);
  const add = (start: number, end: number) => {
    if (skipped(start) || (found.get(start) ?? -1) >= end) return;
    found.set(start, end);
  };
  for (const [suffix, at] of occurrences(source, suffixesByAnchor)) {
    if (!suffixStandsAt(source, at, suffix)) continue;
    // "Castellano Framing Inc.", "Castellano Framing, Inc.".
    const nameEnd = source[at - 1] === ' ' ? (source[at - 2] === ',' ? at - 2 : at - 1) : -1;
    if (nameEnd <= 0) continue;
    const start = companyStartBefore(source, nameEnd);
    if (start < 0 || madeBy(source, start)) continue;
    add(start, withTown(source, at + suffix.length));
  }
  for (const [cue, at] of occurrences(source, cuesByAnchor)) {
    if (at > 0 && isLetter(source.charCodeAt(at - 1))) continue;
    const start = at + cue.length;
    const end = companyEndAfter(source, start);
    if (end < 0) continue;
    // A legal suffix after the name goes with it ("employed by Castellano Framing, Inc.").
    let stop = end;
    for (const suffix of suffixes) {
      const gap = source.startsWith(', ', stop) ? 2 : source[stop] === ' ' ? 1 : -1;
      if (gap > 0 && source.startsWith(suffix, stop + gap) && suffixStandsAt(source, stop + gap, suffix)) {
        stop += gap + suffix.length;
        break;
      }
    }
    add(start, withTown(source, stop));
  }
  // A name found from its suffix and from a cue before it is one name: the first range read keeps it.
  const hits: [number, number][] = [];
  for (const hit of [...found].sort((a, b) => a[0] - b[0])) {
    if (hits.length > 0 && hit[0] < hits[hits.length - 1][1]) continue;
    hits.push(hit);
  }
  return hits;
}
