import type { Rule } from './types';

// Words may be wrapped onto the next line or spaced twice, as in PDF text: \s+ between them. The value
// stands on the label's line: a label with nothing after it is a blank left to fill in.
const licensure = /State\(s\)\s+of\s+Licensure\s*:[ \t]*[^\s]|licensed\s+to\s+practice/i;
const specialty = /Certification\(s\)\s*\/\s*Specialty\s*:[ \t]*[^\s]|certified\s+in/i;
const licensureLabel = /State\(s\)\s+of\s+Licensure\s*:/i;
const specialtyLabel = /Certification\(s\)\s*\/\s*Specialty\s*:/i;

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
    // A label left empty is where the missing words go (the first such, when both are blank); with no label,
    // the section's heading.
    const labels = missing.map((m) => (m === 'state(s) of licensure' ? licensureLabel : specialtyLabel).exec(text));
    const emptyLabel = labels.every((l) => l !== null) ? labels[0] : null;
    const start = emptyLabel ? how.body.start + emptyLabel.index : how.heading.start;
    const end = emptyLabel ? start + emptyLabel[0].length : how.heading.end;
    report({
      message: emptyLabel
        ? `The reviewer's ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} left empty. Write ${missing.length > 1 ? 'them after their labels' : 'it after the label'}.`
        : `The reviewer's ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not stated. Add the credentials block ("State(s) of Licensure: …", "Certification(s)/Specialty: …").`,
      start,
      end,
    });
  },
};
