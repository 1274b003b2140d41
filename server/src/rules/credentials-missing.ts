import type { Rule } from './types';

// Words may be wrapped onto the next line or spaced twice, as in PDF text: \s+ between them.
const licensure = /State\(s\)\s+of\s+Licensure\s*:\s*\S|licensed\s+to\s+practice/i;
const specialty = /Certification\(s\)\s*\/\s*Specialty\s*:\s*\S|certified\s+in/i;

export const credentialsMissing: Rule = {
  id: 'credentials-missing',
  defaultSeverity: 'warning',
  description: "The first section states neither the reviewer's licensure nor specialty.",
  check({ letter, report }) {
    const how = letter.sections.find((s) => s.kind === 'how');
    if (!how) return;
    const text = how.body.text;
    const missing: string[] = [];
    if (!licensure.test(text)) missing.push('state(s) of licensure');
    if (!specialty.test(text)) missing.push('certification or specialty');
    if (missing.length === 0) return;
    report({
      message: `The reviewer's ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not stated. Add the credentials block ("State(s) of Licensure: …", "Certification(s)/Specialty: …").`,
      start: how.heading.start,
      end: how.heading.end,
    });
  },
};
