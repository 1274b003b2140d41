// A drug as a rationale or a summary names it: the name and what directly follows it (strength,
// quantity, form), up to where the phrase ends. Shared by item-rationale-mismatch and
// item-heading-incomplete.
import { fold } from '../letter/text';

const forms: [RegExp, string][] = [
  [/^patch(?:es)?$/i, 'patch'],
  [/^(?:cream|creams)$/i, 'cream'],
  [/^gels?$/i, 'gel'],
  [/^ointments?$/i, 'ointment'],
  [/^lotions?$/i, 'lotion'],
  [/^sprays?$/i, 'spray'],
  [/^(?:solution|suspension|liquid)s?$/i, 'liquid'],
  [/^(?:tablets?|tabs?)$/i, 'tablet'],
  [/^(?:capsules?|caps?)$/i, 'capsule'],
  [/^films?$/i, 'film'],
];

/** The dosage form among the first words of a phrase ("Lidoderm 5% patch", "Voltaren gel 1%"). */
export function formOf(phrase: string): string | undefined {
  const words = phrase.split(/[\s(),/]+/).slice(0, 5);
  for (const w of words) {
    for (const [pattern, form] of forms) if (pattern.test(w)) return form;
  }
  return undefined;
}

/** Where the drug's own phrase ends: another clause, another drug in a list, the sentence's end. */
const phraseEnd = /\.\s|;|,\s|\s\(|\s(?:and|or|with|versus|vs\.?|is|was|are|were|has|have|had|to|for|in|which|that|because|as|at|on|per|every|twice|daily|once)\s/i;

/** The drug's phrase at the start of `text` (folded), if it says a strength, a quantity or a form. */
export function mentionAt(text: string): string | undefined {
  const limit = text.slice(0, 60);
  const end = phraseEnd.exec(limit);
  const phrase = (end ? limit.slice(0, end.index) : limit).replace(/(?<![\s.,;:)])[\s.,;:)]+$/, '');
  if (!/\d\s?(?:mg|mcg|gm|g|ml|%)(?![a-z])|#\s?\d|\b(?:patch|cream|gel|ointment|lotion|spray|solution|suspension|liquid|tablet|tab|capsule|cap|film)/i.test(phrase)) return undefined;
  return phrase;
}

/** How far a sentence is looked for on either side of a mention. */
const REACH = 400;

/** Where the sentence of source[from, to) around `at` starts and ends (a full stop and white space end one). */
export function sentenceBounds(source: string, at: number, from: number, to: number): [number, number] {
  let s = at;
  const low = Math.max(from, at - REACH);
  while (s > low && !(source[s - 1] === '.' && /\s/.test(source[s] ?? ''))) s--;
  let e = at;
  const high = Math.min(to, at + REACH);
  while (e < high && !(source[e] === '.' && /\s/.test(source[e + 1] ?? ' '))) e++;
  return [s, e];
}

/** The sentence of source[from, to) around `at`, folded. */
export function sentenceAround(source: string, at: number, from: number, to: number): string {
  const [s, e] = sentenceBounds(source, at, from, to);
  return fold(source.slice(s, e));
}
