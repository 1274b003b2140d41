// Letters for the robustness tests: small ones written here, the repository's examples, and the real
// redacted letters read in place from ../shared/letters beside the repository (never copied into
// it). Where that folder is absent, realLetters() returns none and says so once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../repo-root';

export const letterMissingSummary = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  'Certification(s)/Specialty: Family Practice',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'Soma 350mg #90: Upheld',
  'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
  'Decision rationale: Long-term use is not recommended. Therefore, the request is not medically necessary.',
  '',
].join('\n');

export interface NamedLetter {
  name: string;
  text: string;
}

export function exampleLetters(): NamedLetter[] {
  const dir = path.join(repoRoot(), 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.imr'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

let noted = false;

/** The real redacted drafts and seeds, read in place; empty (with a note) where the folder is absent. */
export function realLetters(): NamedLetter[] {
  const base = path.resolve(repoRoot(), '..', 'shared', 'letters');
  const dirs = [path.join(base, 'real', 'draft'), path.join(base, 'seeds')].filter((d) => fs.existsSync(d));
  if (dirs.length === 0) {
    if (!noted) console.log(`    (note: ${base} is absent here, so the real letters are not part of this run)`);
    noted = true;
    return [];
  }
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.imr'))
      .sort()
      .map((f) => ({ name: path.relative(base, path.join(dir, f)), text: fs.readFileSync(path.join(dir, f), 'utf8') })),
  );
}

/** A complete 2016-form letter written for these tests, with one item; LF line breaks. */
export const cleanLetter = [
  'Case Number: CM16-0498765',
  'Date Assigned: 11/14/2016',
  'Decision Date: 12/12/2016',
  'Priority: Standard',
  'Date of Injury: 03/02/2015',
  'UR Denial Date: 10/27/2016',
  'Application Received: 11/03/2016',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator.',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  'Certification(s)/Specialty: Internal Medicine',
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  'The injured worker is a 50 year old cook injured on 3-2-15. On 10-27-16 utilization review non-certified Soma 350mg #90.',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'Soma 350mg #90: Upheld',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
  'Decision rationale: Long-term use is not recommended and no functional improvement is documented. Therefore, the request for Soma 350mg #90 is not medically necessary.',
  '',
].join('\n');

/** `cleanLetter` with `extra` written into its case summary, its MAXIMUS field or its rationale. */
export function inLetter(where: 'summary' | 'maximus' | 'rationale', extra: string): string {
  const anchors = {
    summary: 'utilization review non-certified Soma 350mg #90.',
    maximus: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
    rationale: 'is not medically necessary.',
  };
  const at = cleanLetter.indexOf(anchors[where]) + anchors[where].length;
  return cleanLetter.slice(0, at) + ' ' + extra + cleanLetter.slice(at);
}
