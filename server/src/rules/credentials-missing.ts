import type { Rule } from './types';

const licensure = /State\(s\) of Licensure\s*:\s*\S|licensed to practice/i;
const specialty = /Certification\(s\)\s*\/\s*Specialty\s*:\s*\S|Board Certified in|certified in/i;

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
