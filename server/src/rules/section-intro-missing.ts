import type { Rule } from './types';
import { canonicalHeading, eolOf, firstOfEach, introOf } from './sections-util';
import { letterKey } from '../letter/text';

/** How far into the section the opening sentence may start (a stray line may precede it). */
const SEARCH_WINDOW = 400;

/**
 * The sentence's first 60 letters, each allowed to be followed by anything but a letter: wrapping,
 * spacing and punctuation slips do not count, and some letters end the sentence differently. Built
 * once; each letter is one character class, so the match is linear.
 */
const openingPatterns = new Map<string, RegExp>();
export function openingPattern(intro: string): RegExp {
  let re = openingPatterns.get(intro);
  if (!re) {
    const letters = letterKey(intro).slice(0, 60).split('');
    re = new RegExp(letters.join('[^A-Za-z]*'), 'i');
    openingPatterns.set(intro, re);
  }
  return re;
}

export const sectionIntroMissing: Rule = {
  id: 'section-intro-missing',
  defaultSeverity: 'info',
  description: 'The standard opening sentence of CLINICAL CASE SUMMARY or IMR ISSUES is missing.',
  check({ letter, report }) {
    const eol = eolOf(letter.source);
    for (const s of firstOfEach(letter).values()) {
      const intro = introOf(s.kind);
      if (!intro) continue;
      if (openingPattern(intro).test(letter.source.slice(s.body.start, Math.min(s.body.end, s.body.start + SEARCH_WINDOW + intro.length)))) continue;
      const at = s.heading.end;
      report({
        message: `'${canonicalHeading(s.kind)}' usually opens with: "${intro}"`,
        start: s.heading.start,
        end: s.heading.end,
        fixes: [{ title: 'Insert the standard opening sentence', edits: [{ start: at, end: at, newText: `${eol}${intro}` }], safe: true, preferred: true }],
      });
    }
  },
};
