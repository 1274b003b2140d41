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

function sentenceBounds(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !(/[.?!]/.test(text[s - 1]) && text[s] === ' ')) s--;
  // The loop stops on the space after the previous sentence's full stop: the sentence starts after it.
  if (text[s] === ' ') s++;
  let e = at;
  while (e < text.length && !(/[.?!]/.test(text[e]) && (e + 1 === text.length || text[e + 1] === ' '))) e++;
  return [s, Math.min(text.length, e + 1)];
}

export function findConclusion(source: string, content: Span): Conclusion | undefined {
  const folded = new FoldedText(source, content.start, content.end);
  const text = folded.text;
  let found: { necessity: Necessity; at: number } | undefined;
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    const [sStart] = sentenceBounds(text, m.index);
    const before = text.slice(Math.max(sStart, m.index - 90), m.index);
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
    if (necessity) found = { necessity, at: m.index };
  }
  if (!found) return undefined;
  const [s, e] = sentenceBounds(text, found.at);
  return { necessity: found.necessity, sentence: span(source, folded.startOf(s), folded.endOf(e)) };
}
