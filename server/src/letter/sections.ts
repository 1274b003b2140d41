// Finds the section headings. A heading is a line of its own (or two lines, where PDF text split it)
// whose letters match a canonical heading, one of its known variants, or either with a small typo.
import type { Section, SectionKind, Span } from './model';
import type { TextLine } from './lines';
import { letterKey, span } from './text';
import { editDistance } from '../text/distance';
import { LINES_PER_STEP, runSteps, type Steps } from './steps';

export interface SectionDefinition {
  kind: SectionKind;
  canonical: string;
  /** Wordings seen in other templates or typed by hand; recognised, then reported as format problems. */
  variants: string[];
  /** The standard first sentence of the section, where it has one. */
  intro?: string;
}

export const sectionDefinitions: readonly SectionDefinition[] = [
  {
    kind: 'how',
    canonical: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
    variants: ['HOW THE FINAL DETERMINATION WAS MADE', 'HOW THE IMR DETERMINATION WAS MADE', 'HOW THE DETERMINATION WAS MADE'],
  },
  {
    kind: 'summary',
    canonical: 'CLINICAL CASE SUMMARY',
    variants: ['CASE SUMMARY', 'CLINICAL SUMMARY', 'CLINICAL HISTORY SUMMARY'],
    intro:
      'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  },
  {
    kind: 'issues',
    canonical: 'IMR ISSUES, DECISIONS AND RATIONALES',
    variants: [
      'IMR ISSUES, DECISIONS, AND RATIONALES',
      'IMR ISSUES DECISIONS AND RATIONALES',
      'IMR ISSUES, DECISIONS AND RATIONALE',
      'IMR DECISION(S) AND RATIONALE(S)',
      'IMR DECISIONS AND RATIONALES',
      'DECISIONS AND RATIONALES',
      'DECISION AND RATIONALE',
      'ISSUES, DECISIONS AND RATIONALES',
    ],
    intro: 'The Final Determination was based on decisions for the disputed items/services set forth below:',
  },
];

interface Key {
  kind: SectionKind;
  key: string;
  canonical: boolean;
}

const keys: Key[] = sectionDefinitions.flatMap((d) => [
  { kind: d.kind, key: letterKey(d.canonical), canonical: true },
  ...d.variants.map((v) => ({ kind: d.kind, key: letterKey(v), canonical: false })),
]);

const MAX_HEADING_LENGTH = 70;

/** Which section a line's text names, if any: exact key first, then a typo of the canonical text. */
/**
 * Cheap tests that rule out most lines before any key is built: headings are short, never end in a
 * period (body sentences do), and have no colon but perhaps a last one (labels, item headings and
 * header fields all have one inside).
 */
function couldBeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH || text.endsWith('.')) return false;
  const colon = text.indexOf(':');
  return colon < 0 || colon === text.length - 1;
}

export function matchHeading(text: string): { kind: SectionKind; exactWords: boolean } | undefined {
  if (text.length < 6 || !couldBeHeading(text)) return undefined;
  const key = letterKey(text);
  if (key.length < 8) return undefined;
  for (const k of keys) if (k.key === key) return { kind: k.kind, exactWords: k.canonical };
  for (const k of keys) {
    if (!k.canonical) continue;
    if (editDistance(key, k.key, 2) <= 2) return { kind: k.kind, exactWords: false };
  }
  return undefined;
}

function canonicalOf(kind: SectionKind): string {
  return sectionDefinitions.find((d) => d.kind === kind)!.canonical;
}

/** A line that could be the first half of a split heading: its letters begin a canonical key. */
function startsHeading(text: string): boolean {
  if (!couldBeHeading(text)) return false;
  const key = letterKey(text);
  if (key.length < 3) return false;
  if (keys.some((k) => k.canonical && k.key.startsWith(key) && k.key !== key)) return true;
  // A typo in the first half ("IMR ISSUES, DECISONS" / "AND RATIONALES") must not hide the split
  // heading: allow one edit against a prefix of about the same length. The joined lines must still
  // match a heading as a whole, so a body line is not taken for half a heading by this alone.
  if (key.length < 10) return false;
  // Its first letter is taken as written: that keeps the distance checks to the lines that could be one.
  return keys.some(
    (k) =>
      k.canonical &&
      k.key[0] === key[0] &&
      k.key.length > key.length + 1 &&
      [-1, 0, 1].some((d) => editDistance(key, k.key.slice(0, key.length + d), 1) <= 1),
  );
}

export interface HeadingMatch {
  kind: SectionKind;
  heading: Span;
  headingText: string;
  canonical: boolean;
  /** Index (in `lines`) of the heading's last line. */
  lastLine: number;
}

export function findHeadings(source: string, lines: readonly TextLine[]): HeadingMatch[] {
  return runSteps(findHeadingSteps(source, lines));
}

export function* findHeadingSteps(source: string, lines: readonly TextLine[]): Steps<HeadingMatch[]> {
  const found: HeadingMatch[] = [];
  let sinceStep = 0;
  for (let i = 0; i < lines.length; i++) {
    if (++sinceStep === LINES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const line = lines[i];
    if (line.blank) continue;
    const single = matchHeading(line.text);
    if (single) {
      const headingText = line.text;
      found.push({
        kind: single.kind,
        heading: span(source, line.start, line.end),
        headingText,
        canonical: headingText === canonicalOf(single.kind),
        lastLine: i,
      });
      continue;
    }
    if (!startsHeading(line.text)) continue;
    // The second half may stand after blank lines in double-spaced text.
    let j = i + 1;
    while (j < lines.length && j <= i + 2 && lines[j].blank) j++;
    if (j >= lines.length || lines[j].blank) continue;
    const joined = `${line.text} ${lines[j].text}`;
    const pair = matchHeading(joined);
    if (!pair) continue;
    found.push({
      kind: pair.kind,
      heading: span(source, line.start, lines[j].end),
      headingText: joined,
      // Split by wrapping but worded exactly: read as the heading, not a format problem.
      canonical: joined === canonicalOf(pair.kind),
      lastLine: j,
    });
    i = j;
  }
  return found;
}

export function toSections(source: string, headings: readonly HeadingMatch[]): Section[] {
  return headings.map((h, n) => {
    const bodyEnd = n + 1 < headings.length ? headings[n + 1].heading.start : source.length;
    return {
      kind: h.kind,
      heading: h.heading,
      headingText: h.headingText,
      canonical: h.canonical,
      body: span(source, h.heading.end, bodyEnd),
    };
  });
}
