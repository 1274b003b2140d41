import type { Rule } from './types';

/**
 * `«…»` is the project's own placeholder marker (snippets and templates use it; no real letter
 * does); `${1:…}` and `${1|a,b|}` are snippet syntax left behind; TBD/TODO/XXX/??? are notes to self.
 */
const patterns: readonly { re: RegExp; what: string; cue: (source: string) => boolean }[] = [
  { re: /«[^«»\r\n]{0,200}»/g, what: 'a placeholder to fill in', cue: (s) => s.includes('«') },
  {
    re: /\$\{\d{1,3}(?::[^}\r\n]{0,200})?\}|\$\{\d{1,3}\|[^}\r\n]{0,200}\|\}/g,
    what: 'snippet syntax left in the text',
    cue: (s) => s.includes('${'),
  },
  {
    re: /\b(?:TBD|TODO|XXX+)\b|\?{3,}/g,
    what: 'a note to fill in',
    cue: (s) => s.includes('TBD') || s.includes('TODO') || s.includes('XXX') || s.includes('???'),
  },
];

export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: 'Template text left in the letter: «…» placeholders, snippet syntax, TBD, TODO, XXX, ???.',
  check({ letter, report }) {
    const source = letter.source;
    for (const { re, what, cue } of patterns) {
      // A fast substring test first: a clean letter has none of these, and the regex would scan it all.
      if (!cue(source)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(source); m; m = re.exec(source)) {
        report({ message: `'${m[0]}' is ${what}. Replace it before the letter is sent.`, start: m.index, end: m.index + m[0].length });
      }
    }
  },
};
