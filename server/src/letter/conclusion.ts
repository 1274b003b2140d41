// The medical-necessity conclusion of a rationale. It is usually the last sentence, but standard
// paragraphs may follow it (the opioid taper advisory, the note on items that depend on a denied
// surgery), so the conclusion is the last sentence that states necessity one way or the other.
import type { Span } from './model';
import { FoldedText, span } from './text';

export type Necessity = 'necessary' | 'not-necessary';

export interface Conclusion {
  necessity: Necessity;
  /** The sentence that states it. */
  sentence: Span;
}

const phrase = /medically necessary|medical necessity|medically appropriate and necessary/gi;
const negators = /\b(not|cannot|can't|isn't|wasn't|no longer|neither|nor|non|without)\b/i;
const establishedAfter = /^\s*(?:(?:for|of) [^.]{0,80}?)?(?:has|have|had|is|was|were)\s+(not\s+)?(?:been\s+)?(?:established|demonstrated|substantiated|supported)/i;

function isStop(c: number): boolean {
  return c === 46 /* . */ || c === 63 /* ? */ || c === 33 /* ! */;
}

export function findConclusion(source: string, content: Span): Conclusion | undefined {
  const folded = new FoldedText(source, content.start, content.end);
  const text = folded.text;
  let found: { necessity: Necessity; at: number; sentenceStart: number } | undefined;
  // The start of the sentence being read moves forward with the matches, so a long rationale is
  // read once, however many times it says "medically necessary".
  let scanned = 0;
  let sentenceStart = 0;
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    for (; scanned < m.index; scanned++) {
      if (isStop(text.charCodeAt(scanned)) && text.charCodeAt(scanned + 1) === 32) sentenceStart = scanned + 2;
    }
    const before = text.slice(Math.max(sentenceStart, m.index - 90), m.index);
    const lower = m[0].toLowerCase();
    let necessity: Necessity | undefined;
    if (lower === 'medical necessity') {
      // "the medical necessity of opioids" is neutral; "medical necessity ... has not been established" is not.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 140);
      const established = establishedAfter.exec(after);
      if (established) necessity = established[1] ? 'not-necessary' : 'necessary';
      else if (/\bis not a\s*$|\bnot a\s*$/i.test(before)) necessity = 'not-necessary';
      else if (/\bis a\s*$/i.test(before)) necessity = 'necessary';
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
  while (e < text.length && !(isStop(text.charCodeAt(e)) && (e + 1 === text.length || text.charCodeAt(e + 1) === 32))) e++;
  const end = Math.min(text.length, e + 1);
  return { necessity: found.necessity, sentence: span(source, folded.startOf(found.sentenceStart), folded.endOf(end)) };
}
