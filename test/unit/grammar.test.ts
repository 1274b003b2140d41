// The TextMate grammar (syntaxes/imr.tmLanguage.json) scopes the parts of a letter a reviewer
// scans for: headings, header labels, item decisions, field labels, citations, dates and doses.
// Sample lines are written for these tests, not taken from real letters.
import assert from 'node:assert/strict';
import { fragmentHasScope, fragmentIsToken, scopesOf, tokenize, type ScopedToken } from './grammar-tokens';
import { expandSnippet, loadSnippets } from './snippet-expand';

async function line(text: string): Promise<ScopedToken[]> {
  const [tokens] = await tokenize(text);
  return tokens;
}

function assertScope(tokens: ScopedToken[], fragment: string, scope: string): void {
  assert.ok(fragmentHasScope(tokens, fragment, scope), `"${fragment}" should be scoped ${scope}; tokens: ${JSON.stringify(tokens)}`);
}

/** The fragment is a token of its own: the scope starts and ends exactly with it. */
function assertToken(tokens: ScopedToken[], fragment: string, scope: string): void {
  assert.ok(fragmentIsToken(tokens, fragment, scope), `"${fragment}" should be one token scoped ${scope}; tokens: ${JSON.stringify(tokens)}`);
}

function assertNoScope(tokens: ScopedToken[], fragment: string, scopePrefix: string): void {
  const found = scopesOf(tokens, fragment).filter((scope) => scope.startsWith(scopePrefix));
  assert.deepEqual(found, [], `"${fragment}" should carry no ${scopePrefix}* scope`);
}

/**
 * One line and what the grammar must make of it: `tokens`, fragments that are tokens of their own
 * with the scope; `scopes`, fragments that carry the scope; `not`, fragments with no scope starting
 * with the prefix.
 */
interface LineCase {
  name: string;
  line: string;
  tokens?: [fragment: string, scope: string][];
  scopes?: [fragment: string, scope: string][];
  not?: [fragment: string, scopePrefix: string][];
}

const headingCases: LineCase[] = [
  ...['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'].map((heading) => ({
    name: `scopes "${heading}" as a section heading`,
    line: `${heading} `,
    scopes: [
      [heading, 'markup.heading.section.imr'],
      [heading, 'entity.name.section.imr'],
    ] as [string, string][],
  })),
  { name: 'does not take a heading phrase inside prose for a heading', line: 'The clinical case summary was reviewed.', not: [['clinical case summary', 'markup.heading']] },
];

const headerCases: LineCase[] = [
  ...['Case Number', 'Date Assigned', 'Decision Date', 'Priority', 'Date of Injury', 'UR Denial Date', 'Application Received'].map((label) => ({
    name: `scopes the label "${label}:"`,
    line: `${label}: 01/02/2016`,
    scopes: [
      [label, 'support.type.property-name.header.imr'],
      [':', 'punctuation.separator.key-value.imr'],
    ] as [string, string][],
  })),
  { name: 'scopes the case number', line: 'Case Number: CM16-0123456', tokens: [['CM16-0123456', 'constant.other.case-number.imr']] },
  { name: 'scopes the priority value', line: 'Priority: Expedited', tokens: [['Expedited', 'constant.language.priority.imr']] },
  { name: 'scopes a label standing alone, as in the PDF column layout', line: 'Date of Injury:', scopes: [['Date of Injury', 'support.type.property-name.header.imr']] },
  { name: 'scopes the licensure label', line: 'State(s) of Licensure: California', scopes: [['State(s) of Licensure', 'support.type.property-name.credentials.imr']] },
  { name: 'scopes the specialty label', line: 'Certification(s)/Specialty: Internal Medicine', scopes: [['Certification(s)/Specialty', 'support.type.property-name.credentials.imr']] },
];

const itemCases: LineCase[] = [
  {
    name: 'scopes Upheld apart from Overturned',
    line: 'Norco 10/325mg #60: Upheld',
    tokens: [['Upheld', 'keyword.other.decision.upheld.imr']],
    not: [['Upheld', 'keyword.other.decision.overturned']],
  },
  {
    name: 'scopes Overturned apart from Upheld',
    line: 'Physical therapy 2 times a week for 6 weeks, lumbar spine:  Overturned',
    tokens: [['Overturned', 'keyword.other.decision.overturned.imr']],
    not: [['Overturned', 'keyword.other.decision.upheld']],
  },
  {
    name: 'scopes the item text and keeps its strength and quantity visible inside it',
    line: 'Ambien CR 12.5mg #30: Upheld',
    tokens: [
      ['12.5mg', 'constant.numeric.strength.imr'],
      ['#30', 'constant.numeric.quantity.imr'],
    ],
    scopes: [
      ['Ambien CR ', 'entity.name.item.imr'],
      ['12.5mg', 'entity.name.item.imr'],
      [':', 'punctuation.separator.decision.imr'],
    ],
  },
  {
    name: 'reads a leading count as the quantity',
    line: '60 Naproxen 550mg: Upheld',
    tokens: [
      ['60', 'constant.numeric.quantity.imr'],
      ['550mg', 'constant.numeric.strength.imr'],
    ],
  },
  { name: 'scopes a date inside the item text', line: 'Retrospective ultrasound (DOS 3/14/16): Overturned', tokens: [['3/14/16', 'constant.numeric.date.imr']] },
  {
    name: 'scopes the partial-authorisation heading by its final decision',
    line:
      'Physical therapy x12 was the original request. Physical therapy x6 was authorized by the Claims Administrator. ' +
      'The remaining IMR eligible portion of the original request, Physical therapy x6 is: Upheld',
    tokens: [['Upheld', 'keyword.other.decision.upheld.imr']],
    scopes: [['Physical therapy x12 was the original request.', 'entity.name.item.imr']],
  },
  {
    name: 'marks a word that is not an item decision as invalid',
    line: 'Lyrica 75mg #60: Denied',
    tokens: [['Denied', 'invalid.illegal.decision.imr']],
    not: [['Denied', 'keyword.other.decision']],
  },
  { name: 'does not read a colon in the middle of prose as a decision', line: 'The plan was: upheld by the physician later.', not: [['upheld', 'keyword.other.decision']] },
];

const fieldCases: LineCase[] = ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale'].map((label) => ({
  name: `scopes the field label "${label}:"`,
  line: `${label}: The Expert Reviewer did not cite any medical evidence for its decision.`,
  scopes: [[label, 'keyword.other.field-label.imr']],
}));

const citationCases: LineCase[] = [
  {
    name: 'scopes a 2016 MTUS clause: part, year, Section(s) and topics',
    line: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
    scopes: [['Decision based on', 'keyword.other.citation.imr']],
    tokens: [
      ['MTUS', 'support.constant.guideline.mtus.imr'],
      ['Chronic Pain Medical Treatment', 'entity.name.type.mtus-part.imr'],
      ['2016', 'constant.numeric.year.imr'],
      ['Section(s)', 'keyword.other.citation.sections.imr'],
      ['Muscle relaxants (for pain)', 'entity.name.section.topic.imr'],
    ],
    not: [['.', 'entity.name.section.topic']],
  },
  {
    name: 'scopes every part of a clause joined with ", and"',
    line:
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, Diagnostic Criteria, and ' +
      'Forearm, Wrist, and Hand Complaints 2004, Section(s): Initial Care.',
    tokens: [
      ['Low Back Complaints', 'entity.name.type.mtus-part.imr'],
      ['Special Studies, Diagnostic Criteria', 'entity.name.section.topic.imr'],
      ['Forearm, Wrist, and Hand Complaints', 'entity.name.type.mtus-part.imr'],
      ['Initial Care', 'entity.name.section.topic.imr'],
    ],
  },
  {
    name: 'scopes a 2014 clause with Page(s): and its pages',
    line: 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.',
    scopes: [
      ['Chronic Pain Treatment', 'entity.name.type.mtus-part.imr'],
      ['Guidelines', 'entity.name.type.mtus-part.imr'],
    ],
    tokens: [
      ['Page(s)', 'keyword.other.citation.pages.imr'],
      ['24', 'constant.numeric.page.imr'],
    ],
  },
  {
    name: 'scopes each page of a page range',
    line: 'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 63-66, 29.',
    tokens: ['63', '66', '29'].map((page) => [page, 'constant.numeric.page.imr']),
  },
  {
    name: 'scopes a Non-MTUS clause and the ODG it names',
    line: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Insomnia treatment.',
    tokens: [
      ['Non-MTUS Citation', 'support.constant.guideline.non-mtus.imr'],
      ['Official Disability Guidelines (ODG)', 'support.constant.guideline.odg.imr'],
    ],
    not: [['Non-MTUS Citation', 'support.constant.guideline.mtus']],
  },
  {
    name: 'still reads the "Non- MTUS" typo as a Non-MTUS clause',
    line: 'Decision based on Non- MTUS Citation ODG, Knee & Leg.',
    tokens: [['Non- MTUS Citation', 'support.constant.guideline.non-mtus.imr']],
    scopes: [['ODG', 'support.constant.guideline.odg.imr']],
  },
  {
    name: 'scopes an Opioid Treatment section with its number',
    line:
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: ' +
      'Maintenance of Chronic Opioid Treatment.',
    tokens: [['Opioid Treatment', 'entity.name.type.mtus-part.imr']],
    scopes: [['3.3.9 Opioids for Chronic Pain', 'entity.name.section.topic.imr']],
    not: [['3.3.9', 'constant.numeric.date']],
  },
];

const numberCases: LineCase[] = [
  {
    name: 'scopes MM/DD/YYYY and M-D-YY dates',
    line: 'On 11-3-16 utilization review non-certified the request; the application followed on 11/21/2016.',
    tokens: [
      ['11-3-16', 'constant.numeric.date.imr'],
      ['11/21/2016', 'constant.numeric.date.imr'],
    ],
  },
  {
    name: 'does not read a ratio strength or mixed separators as a date',
    line: 'Norco 10/325mg, and a code 11/3-16 here.',
    not: [
      ['10/325mg', 'constant.numeric.date'],
      ['11/3-16', 'constant.numeric.date'],
    ],
  },
  {
    name: 'keeps strengths whole',
    line: 'Tramadol 50 mg, Norco 10/325mg, Ambien 12.5MG, Terocin 4% and LidoPro 121 g.',
    tokens: ['50 mg', '10/325mg', '12.5MG', '4%', '121 g'].map((strength) => [strength, 'constant.numeric.strength.imr']),
  },
  {
    name: 'does not read a plain number or a word starting with a unit letter as a strength',
    line: 'She is 45 years old and takes 6 gabapentin tablets.',
    not: [
      ['45', 'constant.numeric.strength'],
      ['6 gabapentin', 'constant.numeric.strength'],
    ],
  },
  {
    name: 'scopes quantities written #90 or # 90',
    line: 'Soma 350mg #90 and Valium 10mg # 30 were requested.',
    tokens: [
      ['#90', 'constant.numeric.quantity.imr'],
      ['# 30', 'constant.numeric.quantity.imr'],
    ],
  },
];

const placeholderCases: LineCase[] = [
  { name: 'marks snippet placeholders left in the text', line: 'Therefore, the request for «item» is not medically necessary.', tokens: [['«item»', 'invalid.illegal.placeholder.imr']] },
];

function lineCases(cases: readonly LineCase[]): void {
  for (const c of cases) {
    it(c.name, async () => {
      const tokens = await line(c.line);
      for (const [fragment, scope] of c.tokens ?? []) assertToken(tokens, fragment, scope);
      for (const [fragment, scope] of c.scopes ?? []) assertScope(tokens, fragment, scope);
      for (const [fragment, prefix] of c.not ?? []) assertNoScope(tokens, fragment, prefix);
    });
  }
}

describe('TextMate grammar text.imr', () => {
  describe('section headings', () => lineCases(headingCases));
  describe('header block', () => lineCases(headerCases));
  describe('item headings', () => lineCases(itemCases));
  describe('item fields', () => lineCases(fieldCases));
  describe('citation clauses', () => lineCases(citationCases));
  describe('dates, strengths and quantities', () => lineCases(numberCases));
  describe('placeholders', () => lineCases(placeholderCases));

  describe('a whole letter', () => {
    it('scopes every heading, label and decision of the 2016 letter snippet, carrying state across lines', async () => {
      const snippet = Object.values(loadSnippets()).find((candidate) => candidate.prefix === 'imr-letter-2016');
      assert.ok(snippet);
      const text = expandSnippet(snippet.body);
      const lines = await tokenize(text);
      const textLines = text.split('\n');
      const lineStarting = (start: string): ScopedToken[] => {
        const index = textLines.findIndex((candidate) => candidate.startsWith(start));
        assert.ok(index >= 0, `no line starts with ${start}`);
        return lines[index];
      };
      assertScope(lineStarting('Case Number'), 'Case Number', 'support.type.property-name.header.imr');
      assertToken(lineStarting('Date of Injury'), '«MM/DD/YYYY»', 'invalid.illegal.placeholder.imr');
      assertScope(lineStarting('HOW THE IMR'), 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'markup.heading.section.imr');
      assertScope(lineStarting('State(s)'), 'State(s) of Licensure', 'support.type.property-name.credentials.imr');
      assertScope(lineStarting('IMR ISSUES'), 'IMR ISSUES, DECISIONS AND RATIONALES', 'markup.heading.section.imr');
      assertToken(lineStarting('Soma 350mg #90:'), 'Upheld', 'keyword.other.decision.upheld.imr');
      assertToken(lineStarting('MAXIMUS guideline'), 'Muscle relaxants (for pain)', 'entity.name.section.topic.imr');
      assertToken(lineStarting('Decision rationale'), '«What the guideline recommends, and the findings in the records that meet or fail its criteria.»', 'invalid.illegal.placeholder.imr');
      const prose = lineStarting('The injured worker');
      assertNoScope(prose, 'The injured worker', 'keyword');
      assertToken(prose, '350mg', 'constant.numeric.strength.imr');
    });
  });
});
