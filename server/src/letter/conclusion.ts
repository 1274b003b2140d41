// The medical-necessity conclusion of a rationale. It is usually the last sentence, but standard
// paragraphs may follow it (the opioid taper advisory, the note on items that depend on a denied
// surgery), so the conclusion is the last sentence that states necessity one way or the other.
import type { Span } from './model';
import { fold, trimSpan } from './text';

export type Necessity = 'necessary' | 'not-necessary';

export interface Conclusion {
  necessity: Necessity;
  /** The sentence that states it. */
  sentence: Span;
}

// Matched in the raw text, where a line may wrap between the words.
// The common prefix stands first so the scan looks for one literal.
const phrase = /medical(?:ly\s+necessary|\s+necessity|ly\s+appropriate\s+and\s+necessary)/gi;
const negators = /\b(not|cannot|can't|isn't|wasn't|no longer|neither|nor|non|without)\b/i;
const establishedAfter = /^\s*(?:(?:for|of) [^.]{0,80}?)?(?:has|have|had|is|was|were)\s+(not\s+)?(?:been\s+)?(?:established|demonstrated|substantiated|supported)/i;

const UNKNOWN = -2;
const NONE = -1;

/** A full stop, question or exclamation mark followed by white space: where a sentence ends. */
const stops = /[.?!](?=[ \n\r\t\u00a0])/g;

function isStop(c: number): boolean {
  return c === 46 /* . */ || c === 63 /* ? */ || c === 33 /* ! */;
}

function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}

export function findConclusion(source: string, content: Span): Conclusion | undefined {
  // The rationale is read raw and only the few words around each match are folded: rationales are
  // the longest text in a letter and this runs on every keystroke.
  const raw = source.slice(content.start, content.end);
  let found: { necessity: Necessity; at: number; sentenceStart: number } | undefined;
  // The start of the sentence being read moves forward with the matches, so a long rationale is
  // read once, however many times it says "medically necessary".
  let scanned = 0;
  let sentenceStart = 0;
  let nextStop = UNKNOWN;
  phrase.lastIndex = 0;
  for (let m = phrase.exec(raw); m; m = phrase.exec(raw)) {
    // Each sentence end is found once: the next one ahead is remembered until a match passes it.
    for (;;) {
      if (nextStop === UNKNOWN) {
        stops.lastIndex = scanned;
        nextStop = stops.exec(raw)?.index ?? NONE;
      }
      if (nextStop === NONE || nextStop >= m.index) break;
      sentenceStart = scanned = nextStop + 1;
      nextStop = UNKNOWN;
    }
    const before = fold(raw.slice(Math.max(sentenceStart, m.index - 180), m.index)).slice(-90);
    const lower = m[0].toLowerCase();
    let necessity: Necessity | undefined;
    if (lower.startsWith('medical') && lower.endsWith('necessity')) {
      // "the medical necessity of opioids" is neutral; "medical necessity ... has not been established" is not.
      const after = fold(raw.slice(m.index + m[0].length, m.index + m[0].length + 240)).slice(0, 140);
      const established = establishedAfter.exec(after);
      if (established) necessity = established[1] ? 'not-necessary' : 'necessary';
      else if (/\bis not a$|\bnot a$/i.test(before)) necessity = 'not-necessary';
      else if (/\bis a$/i.test(before)) necessity = 'necessary';
    } else {
      // The words between the verb and the phrase decide: "is not (considered|seen as) medically necessary".
      const clause = before.split(/[,;:]/).pop() ?? before;
      // "when/if/unless" clauses state guideline conditions, not the decision.
      if (/\b(if|when|unless|whether|until)\b/i.test(clause)) continue;
      necessity = negators.test(clause) ? 'not-necessary' : 'necessary';
    }
    if (necessity) found = { necessity, at: m.index, sentenceStart };
  }
  if (!found) return undefined;
  let e = found.at;
  while (e < raw.length && !(isStop(raw.charCodeAt(e)) && (e + 1 === raw.length || isBreak(raw.charCodeAt(e + 1))))) e++;
  return { necessity: found.necessity, sentence: trimSpan(source, content.start + found.sentenceStart, content.start + Math.min(raw.length, e + 1)) };
}
