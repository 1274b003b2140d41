// The 2014-15 letters cite `Page(s):`, the 2016 letters `Section(s):`. A letter that mixes them, or
// gives pages for a 2016 part (whose pages differ from the 2009 ones letters quote), is noted.
import { effectiveYear } from '../citations';
import type { Letter, Span } from '../letter/model';
import type { Rule } from './types';

/**
 * Whether the letter's layout is the 2014-15 form, whatever its citations say: no header block, no
 * credentials block, and the 2014 reviewer sentence ("is Board Certified in … and is licensed to practice
 * in …") or basis statement ("did not base their decision on the MTUS").
 */
function laidOutAs2014(letter: Letter): boolean {
  const source = letter.source;
  if (letter.header || /The\s+Expert\s+Reviewer\s+has\s+the\s+following\s+credentials/i.test(source)) return false;
  const reviewerSentence = /\bis\s+Board\s+Certified\s+in\b/i.test(source) && /\blicensed\s+to\s+practice\b/i.test(source);
  return reviewerSentence || /\bdid\s+not\s+base\s+(?:their|its)\s+decision\s+on\s+the\s+MTUS\b/i.test(source);
}

export const citationStyleMixed: Rule = {
  id: 'citation-style-mixed',
  defaultSeverity: 'info',
  description: 'A letter mixes 2014-15 Page(s): and 2016 Section(s): citations, or gives pages for a 2016 part.',
  check({ letter, facts, era, report }) {
    const pageMarkers: Span[] = [];
    const sectionMarkers: Span[] = [];
    const reported = new Set<number>();
    for (const { parsed } of facts.guidelineFields()) {
      for (const clause of parsed.clauses) {
        if (clause.kind !== 'mtus') continue;
        for (const cited of clause.parts) {
          if (cited.sectionsMarker) sectionMarkers.push(cited.sectionsMarker);
          if (!cited.pagesMarker) continue;
          pageMarkers.push(cited.pagesMarker);
          if (effectiveYear(cited) === '2016' && cited.part) {
            const end = cited.pages.length > 0 ? cited.pages[cited.pages.length - 1].span.end : cited.pagesMarker.end;
            let start = cited.pagesMarker.start;
            while (start > 0 && letter.source[start - 1] === ' ') start--;
            reported.add(cited.pagesMarker.start);
            report({
              message: `Pages are given for ${cited.part.label} 2016. 2016 citations name sections; the pages letters quote belong to the 2009 edition.`,
              start: cited.pagesMarker.start,
              end,
              fixes: [{ title: 'Remove the pages', edits: [{ start, end, newText: '' }], safe: false, preferred: true }],
            });
          }
        }
      }
    }
    // A letter of the 2014-15 form whose only MTUS citations name sections: its era reads as 2016 from them,
    // and no "Page(s):" stands beside them, yet its layout says 2014.
    if (pageMarkers.length === 0 && sectionMarkers.length > 0 && (era === '2014' || laidOutAs2014(letter))) {
      for (const marker of sectionMarkers) {
        report({
          message: `"${marker.text}" is the 2016 style, but this letter is in the 2014–15 form, whose citations give the topic and "Page(s):". Cite in the letter's style.`,
          start: marker.start,
          end: marker.end,
        });
      }
      return;
    }
    if (pageMarkers.length === 0 || sectionMarkers.length === 0) return;
    // Report the less common style; on a tie, the one that does not match the letter's era.
    const reportPages = pageMarkers.length < sectionMarkers.length || (pageMarkers.length === sectionMarkers.length && era === '2016');
    const minority = reportPages ? pageMarkers : sectionMarkers;
    const other = reportPages ? sectionMarkers.length : pageMarkers.length;
    for (const marker of minority) {
      if (reported.has(marker.start)) continue;
      report({
        message: reportPages
          ? `This letter cites in both styles: "${marker.text}" (2014–15) here, "Section(s):" (2016) in ${other} other place${other === 1 ? '' : 's'}. Use one style throughout.`
          : `This letter cites in both styles: "${marker.text}" (2016) here, "Page(s):" (2014–15) in ${other} other place${other === 1 ? '' : 's'}. Use one style throughout.`,
        start: marker.start,
        end: marker.end,
      });
    }
  },
};
