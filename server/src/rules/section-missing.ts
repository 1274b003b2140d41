import type { Letter, Section, SectionKind } from '../letter/model';
import type { Rule } from './types';
import { canonicalHeading, eolOf, firstOfEach, introOf, requiredOrder } from './sections-util';
import { FoldedText } from '../letter/text';

/**
 * Where the missing heading belongs. Inserting it just before the next heading would leave the
 * section's own text under the previous heading and the new section empty, so a "safe" fix would
 * bring new errors (an empty HOW section, or items outside IMR ISSUES). The section's text is
 * found instead: the first line after the header for HOW, the standard opening sentence where it
 * is still written, or the first item for IMR ISSUES.
 */
function insertionLine(letter: Letter, kind: SectionKind, previous: Section | undefined, next: Section | undefined): { at: number; hasIntro: boolean } | undefined {
  const { source, lines } = letter;
  const regionStart = previous ? previous.heading.end : (letter.header?.span.end ?? 0);
  const regionEnd = next ? next.heading.start : source.length;
  const lineStartOf = (offset: number) => lines.lineStart(lines.lineOf(offset));
  const intro = introOf(kind);
  if (intro) {
    // The sentence's first words, compared with whitespace folded (PDF text wraps it anywhere).
    const words = intro.split(' ').slice(0, 8).join(' ').toLowerCase();
    const folded = new FoldedText(source, regionStart, regionEnd);
    const i = folded.text.toLowerCase().indexOf(words);
    if (i >= 0) return { at: lineStartOf(folded.startOf(i)), hasIntro: true };
  }
  if (kind === 'issues') {
    const item = letter.items.find((it) => it.span.start >= regionStart && it.span.start < regionEnd);
    if (item) return { at: lineStartOf(item.span.start), hasIntro: false };
  }
  if (kind === 'how' && !previous) {
    const folded = new FoldedText(source, regionStart, regionEnd);
    if (folded.text.length > 0) return { at: lineStartOf(folded.startOf(0)), hasIntro: false };
  }
  return undefined;
}

export const sectionMissing: Rule = {
  id: 'section-missing',
  defaultSeverity: 'error',
  description: 'A required section heading is absent.',
  check({ letter, report }) {
    const present = firstOfEach(letter);
    const eol = eolOf(letter.source);
    requiredOrder.forEach((kind, k) => {
      if (present.has(kind)) return;
      const heading = canonicalHeading(kind);
      const previous = requiredOrder.slice(0, k).reverse().map((p) => present.get(p)).find((s) => s !== undefined);
      const next = requiredOrder.slice(k + 1).map((n) => present.get(n)).find((s) => s !== undefined);
      const intro = introOf(kind);
      const found = insertionLine(letter, kind, previous, next);
      let at: number;
      let text: string;
      if (found) {
        at = found.at;
        text = `${heading}${eol}${intro && !found.hasIntro ? intro + eol : ''}`;
      } else if (next) {
        at = next.heading.start;
        text = `${heading}${eol}${intro ? intro + eol : ''}`;
      } else {
        at = letter.source.length;
        const endsWithBreak = /[\r\n]$/.test(letter.source) || at === 0;
        text = `${endsWithBreak ? '' : eol}${heading}${eol}${intro ? intro + eol : ''}`;
      }
      // Point at the line the heading goes before, or at the last line with text.
      const { start, end } = pointAt(letter, at);
      const where = found ? 'where its text begins' : next ? `before '${canonicalHeading(next.kind)}'` : 'at the end';
      report({
        message: `The letter has no '${heading}' section. Insert the heading${intro && !found?.hasIntro ? ' and its opening sentence' : ''} ${where}.`,
        start,
        end,
        fixes: [{ title: `Insert '${heading}'`, edits: [{ start: at, end: at, newText: text }], safe: true, preferred: true }],
      });
    });
  },
};

/** The trimmed text of the line at `offset`, or of the last non-blank line before it. */
function pointAt(letter: Letter, offset: number): { start: number; end: number } {
  const { source, lines } = letter;
  for (let line = lines.lineOf(offset); line >= 0; line--) {
    let s = lines.lineStart(line);
    let e = lines.lineEnd(line);
    while (s < e && /\s/.test(source[s])) s++;
    while (e > s && /\s/.test(source[e - 1])) e--;
    if (e > s) return { start: s, end: e };
  }
  return { start: offset, end: offset };
}
