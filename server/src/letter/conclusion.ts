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
  /**
   * `stated`: in the words of medical necessity ("is not medically necessary"). `implied`: only in
   * other words ("the request is not supported", "is not medically appropriate"); enough to say the
   * rationale concludes, not enough to call a decision wrong.
   */
  strength: 'stated' | 'implied';
}

// Matched in the raw text, where a line may wrap between the words.
// The common prefix stands first so the scan looks for one literal.
const phrase = /medical(?:ly\s+necessary|\s+necessity|ly\s+appropriate\s+and\s+necessary)/gi;
// Not "without" or "non": item texts say "MRI without contrast" and "non-steroidal" right before
// "is medically necessary".
const negators = /\b(not|cannot|can't|isn't|wasn't|no longer|neither|nor)\b/i;

const requests = /\brequest/gi;

/** A sentence that sets a condition before saying "medically necessary". */
const conditional = /\b(if|when|unless|whether|until|once|upon|in the event)\b/i;
/** A possibility rather than a finding: "could / may / might / would / should (be) medically necessary". */
const hypothetical = /\b(could|may|might|would|should|can)\b/i;

/** A conclusion in other words, looked for only when no sentence speaks of medical necessity. */
const impliedPhrase = /\b(?:is|are|was|were|be)\s+(not\s+)?(?:medically\s+|currently\s+)?(?:necessary|appropriate|warranted|supported|indicated|reasonable)\b/gi;
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
  let aboutRequest: typeof found;
  let requestScanned = 0;
  let nextRequest = UNKNOWN;
  let lastRequest = NONE;
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
      const negated = negators.test(clause);
      // Conditions and possibilities are no decision. A positive reading is the one that turns a correct
      // Upheld item into a contradiction, so it is held to more: no "if/when/once …" anywhere before it
      // in the sentence, and no "could/may/would be" ("would not be" is a conclusion).
      if (negated ? conditional.test(clause) : conditional.test(before) || hypothetical.test(clause)) continue;
      necessity = negated ? 'not-necessary' : 'necessary';
    }
    if (!necessity) continue;
    const candidate = { necessity, at: m.index, sentenceStart };
    found = candidate;
    // A sentence about the request itself outranks a later one about something else ("Weaning is
    // medically necessary" after "the request for Soma is not medically necessary").
    // The latest "request" before the phrase, found incrementally like the sentence ends.
    for (;;) {
      if (nextRequest === UNKNOWN) {
        requests.lastIndex = requestScanned;
        nextRequest = requests.exec(raw)?.index ?? NONE;
      }
      if (nextRequest === NONE || nextRequest >= m.index) break;
      lastRequest = nextRequest;
      requestScanned = nextRequest + 1;
      nextRequest = UNKNOWN;
    }
    if (lastRequest >= sentenceStart) aboutRequest = candidate;
  }
  const chosen = aboutRequest ?? found;
  if (chosen) return conclusionAt(source, content, raw, chosen.necessity, chosen.at, chosen.sentenceStart, 'stated');
  return impliedConclusion(source, content, raw);
}

function conclusionAt(source: string, content: Span, raw: string, necessity: Necessity, at: number, sentenceStart: number, strength: Conclusion['strength']): Conclusion {
  let e = at;
  while (e < raw.length && !(isStop(raw.charCodeAt(e)) && (e + 1 === raw.length || isBreak(raw.charCodeAt(e + 1))))) e++;
  return { necessity, sentence: trimSpan(source, content.start + sentenceStart, content.start + Math.min(raw.length, e + 1)), strength };
}

/** The last "is (not) supported / appropriate / necessary …" of the rationale, with its sentence. */
function impliedConclusion(source: string, content: Span, raw: string): Conclusion | undefined {
  let last: RegExpExecArray | undefined;
  impliedPhrase.lastIndex = 0;
  for (let m = impliedPhrase.exec(raw); m; m = impliedPhrase.exec(raw)) last = m;
  if (!last) return undefined;
  // The sentence start: the last sentence end before the phrase, looked for within a bounded reach.
  const reach = Math.max(0, last.index - 400);
  let sentenceStart = reach;
  stops.lastIndex = reach;
  for (let stop = stops.exec(raw); stop && stop.index < last.index; stop = stops.exec(raw)) sentenceStart = stop.index + 1;
  const clause = fold(raw.slice(sentenceStart, last.index)).split(/[,;:]/).pop() ?? '';
  // A guideline's condition ("if … is indicated", "is supported when …", "is indicated for patients …")
  // is no conclusion.
  const after = raw.slice(last.index + last[0].length, last.index + last[0].length + 40);
  if (/\b(if|when|unless|whether|until)\b/i.test(clause) || /^\s+(?:only\s+)?(?:if|when|unless|until|for|in)\b/i.test(after)) return undefined;
  const negated = last[1] !== undefined || negators.test(clause);
  return conclusionAt(source, content, raw, negated ? 'not-necessary' : 'necessary', last.index, sentenceStart, 'implied');
}
