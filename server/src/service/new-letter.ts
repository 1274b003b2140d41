// A whole letter written from its disputed requests, in the 2016 or the 2014-15 form: the header
// (2016), the three sections with their fixed statements as the snippets write them, and one item
// block per request with both guideline fields filled from the catalog's suggestion for the item.
// What only the reviewer can say is left as «…» placeholders, which the placeholder rule flags.
import type { Catalog } from '../catalog';
import { suggestCitations, type CitationEra } from '../catalog/suggest';

export const newLetterTitle = 'Start the letter from these requests';

const reviewerParagraph2016 =
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The reviewer has no affiliation with the employer, the employee, the providers or the claims administrator. The reviewer has been in active clinical practice for more than five years and currently practices at least 24 hours a week. The reviewer was selected for clinical experience, education, background and expertise in the same or a similar specialty that evaluates or treats the medical condition and the disputed items/services, and is familiar with the governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.';

const reviewerParagraph2014 =
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The reviewer has no affiliation with the employer, the employee, the providers or the claims administrator. The expert reviewer is Board Certified in «specialty» and is licensed to practice in «state». The reviewer has been in active clinical practice for more than five years and currently practices at least 24 hours a week. The reviewer was selected for clinical experience, education, background and expertise in the same or a similar specialty that evaluates or treats the medical condition and the disputed items/services, and is familiar with the governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.';

const summaryIntro = 'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:';
const issuesIntro = 'The Final Determination was based on decisions for the disputed items/services set forth below:';
const rationalePlaceholder = '«What the guideline recommends, and the findings in the records that meet or fail its criteria.»';
const citationPlaceholder = '«citation»';
const requestPlaceholder = '«request»';

/** "A", "A and B", "A, B, and C": the summary's list, as letters write it. */
function listed(requests: readonly string[]): string {
  if (requests.length <= 1) return requests.join('');
  if (requests.length === 2) return `${requests[0]} and ${requests[1]}`;
  return `${requests.slice(0, -1).join(', ')}, and ${requests[requests.length - 1]}`;
}

/**
 * The sentence that names the requests. "Request(s) under consideration include …" is the form the
 * checker reads back (and compares with the items), so it is used whenever the list reads back
 * unchanged: no request may itself hold a comma, an "and" or a sentence's end.
 */
function requestsSentence(requests: readonly string[]): string {
  const readsBack = requests.every((r) => !/,|\band\b|\.\s|«/i.test(r));
  if (readsBack) return `Request(s) under consideration include ${listed(requests)}.`;
  return `The disputed requests are: ${requests.join('; ')}.`;
}

function itemBlock(request: string, era: CitationEra, catalog: Catalog): string[] {
  const cite = (kind: 'claims' | 'maximus') => suggestCitations(request, era, kind, catalog, 1)[0]?.text ?? citationPlaceholder;
  return [
    `${request}: «Upheld/Overturned»`,
    `Claims Administrator guideline: ${cite('claims')}`,
    `MAXIMUS guideline: ${cite('maximus')}`,
    `Decision rationale: ${rationalePlaceholder} Therefore, the request for ${request} «is not/is» medically necessary.`,
  ];
}

export interface NewLetter {
  text: string;
  /** The requests it has a block for, in order. */
  requests: string[];
}

/** The letter for `requests` in the given form; with no request, one block with a «request» placeholder. */
export function newLetter(requests: readonly string[], era: CitationEra, catalog: Catalog): NewLetter {
  const items = requests.length > 0 ? [...requests] : [requestPlaceholder];
  const named = requests.length > 0 ? requestsSentence(items) : `Request(s) under consideration include ${requestPlaceholder}.`;
  const lines: string[] = [];
  if (era === '2016') {
    lines.push(
      'Case Number: «case number»',
      'Date Assigned: «MM/DD/YYYY»',
      'Decision Date: «MM/DD/YYYY»',
      'Priority: «Standard/Expedited»',
      'Date of Injury: «MM/DD/YYYY»',
      'UR Denial Date: «MM/DD/YYYY»',
      'Application Received: «MM/DD/YYYY»',
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      reviewerParagraph2016,
      'The Expert Reviewer has the following credentials:',
      'State(s) of Licensure: «state»',
      'Certification(s)/Specialty: «specialty»',
      '',
      'CLINICAL CASE SUMMARY',
      summaryIntro,
      `The injured worker is a «age» year old «male/female» who sustained an industrial injury on «MM/DD/YYYY». «Diagnoses, treatment to date, current complaints and examination findings.» ${named} On «MM/DD/YYYY», utilization review non-certified the request${items.length === 1 ? '' : 's'}, and an application for Independent Medical Review was received on «MM/DD/YYYY».`,
    );
  } else {
    lines.push(
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      reviewerParagraph2014,
      '',
      'CLINICAL CASE SUMMARY',
      summaryIntro,
      `This «age» year old «male/female» patient sustained an industrial injury on «MM/DD/YYYY». ${named} «Diagnoses, conservative care to date, current complaints and examination findings.» The request${items.length === 1 ? ' was' : 's were'} non-certified on «MM/DD/YYYY», and an application for Independent Medical Review was submitted on «MM/DD/YYYY».`,
    );
  }
  lines.push('', 'IMR ISSUES, DECISIONS AND RATIONALES', issuesIntro);
  items.forEach((request, n) => {
    if (n > 0) lines.push('');
    lines.push(...itemBlock(request, era, catalog));
  });
  return { text: `${lines.join('\n')}\n`, requests: requests.length > 0 ? [...requests] : [] };
}
