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

describe('TextMate grammar text.imr', () => {
  describe('section headings', () => {
    for (const heading of [
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'CLINICAL CASE SUMMARY',
      'IMR ISSUES, DECISIONS AND RATIONALES',
    ]) {
      it(`scopes "${heading}" as a section heading`, async () => {
        const tokens = await line(`${heading} `);
        assertScope(tokens, heading, 'markup.heading.section.imr');
        assertScope(tokens, heading, 'entity.name.section.imr');
      });
    }

    it('does not take a heading phrase inside prose for a heading', async () => {
      const tokens = await line('The clinical case summary was reviewed.');
      assertNoScope(tokens, 'clinical case summary', 'markup.heading');
    });
  });

  describe('header block', () => {
    for (const label of [
      'Case Number',
      'Date Assigned',
      'Decision Date',
      'Priority',
      'Date of Injury',
      'UR Denial Date',
      'Application Received',
    ]) {
      it(`scopes the label "${label}:"`, async () => {
        const tokens = await line(`${label}: 01/02/2016`);
        assertScope(tokens, label, 'support.type.property-name.header.imr');
        assertScope(tokens, ':', 'punctuation.separator.key-value.imr');
      });
    }

    it('scopes the case number and the priority value', async () => {
      assertToken(await line('Case Number: CM16-0123456'), 'CM16-0123456', 'constant.other.case-number.imr');
      assertToken(await line('Priority: Expedited'), 'Expedited', 'constant.language.priority.imr');
    });

    it('scopes a label standing alone, as in the PDF column layout', async () => {
      assertScope(await line('Date of Injury:'), 'Date of Injury', 'support.type.property-name.header.imr');
    });

    it('scopes the credentials labels', async () => {
      assertScope(await line('State(s) of Licensure: California'), 'State(s) of Licensure', 'support.type.property-name.credentials.imr');
      assertScope(
        await line('Certification(s)/Specialty: Internal Medicine'),
        'Certification(s)/Specialty',
        'support.type.property-name.credentials.imr',
      );
    });
  });

  describe('item headings', () => {
    it('scopes Upheld apart from Overturned', async () => {
      const upheld = await line('Norco 10/325mg #60: Upheld');
      assertToken(upheld, 'Upheld', 'keyword.other.decision.upheld.imr');
      assertNoScope(upheld, 'Upheld', 'keyword.other.decision.overturned');
      const overturned = await line('Physical therapy 2 times a week for 6 weeks, lumbar spine:  Overturned');
      assertToken(overturned, 'Overturned', 'keyword.other.decision.overturned.imr');
      assertNoScope(overturned, 'Overturned', 'keyword.other.decision.upheld');
    });

    it('scopes the item text and keeps its strength and quantity visible inside it', async () => {
      const tokens = await line('Ambien CR 12.5mg #30: Upheld');
      assertScope(tokens, 'Ambien CR ', 'entity.name.item.imr');
      assertToken(tokens, '12.5mg', 'constant.numeric.strength.imr');
      assertScope(tokens, '12.5mg', 'entity.name.item.imr');
      assertToken(tokens, '#30', 'constant.numeric.quantity.imr');
      assertScope(tokens, ':', 'punctuation.separator.decision.imr');
    });

    it('reads a leading count as the quantity', async () => {
      const tokens = await line('60 Naproxen 550mg: Upheld');
      assertToken(tokens, '60', 'constant.numeric.quantity.imr');
      assertToken(tokens, '550mg', 'constant.numeric.strength.imr');
    });

    it('scopes a date inside the item text', async () => {
      const tokens = await line('Retrospective ultrasound (DOS 3/14/16): Overturned');
      assertToken(tokens, '3/14/16', 'constant.numeric.date.imr');
    });

    it('scopes the partial-authorisation heading by its final decision', async () => {
      const tokens = await line(
        'Physical therapy x12 was the original request. Physical therapy x6 was authorized by the Claims Administrator. ' +
          'The remaining IMR eligible portion of the original request, Physical therapy x6 is: Upheld',
      );
      assertToken(tokens, 'Upheld', 'keyword.other.decision.upheld.imr');
      assertScope(tokens, 'Physical therapy x12 was the original request.', 'entity.name.item.imr');
    });

    it('marks a word that is not an item decision as invalid', async () => {
      const tokens = await line('Lyrica 75mg #60: Denied');
      assertToken(tokens, 'Denied', 'invalid.illegal.decision.imr');
      assertNoScope(tokens, 'Denied', 'keyword.other.decision');
    });

    it('does not read a colon in the middle of prose as a decision', async () => {
      const tokens = await line('The plan was: upheld by the physician later.');
      assertNoScope(tokens, 'upheld', 'keyword.other.decision');
    });
  });

  describe('item fields', () => {
    for (const label of ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']) {
      it(`scopes the field label "${label}:"`, async () => {
        const tokens = await line(`${label}: The Expert Reviewer did not cite any medical evidence for its decision.`);
        assertScope(tokens, label, 'keyword.other.field-label.imr');
      });
    }
  });

  describe('citation clauses', () => {
    it('scopes a 2016 MTUS clause: part, year, Section(s) and topics', async () => {
      const tokens = await line(
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
      );
      assertScope(tokens, 'Decision based on', 'keyword.other.citation.imr');
      assertToken(tokens, 'MTUS', 'support.constant.guideline.mtus.imr');
      assertToken(tokens, 'Chronic Pain Medical Treatment', 'entity.name.type.mtus-part.imr');
      assertToken(tokens, '2016', 'constant.numeric.year.imr');
      assertToken(tokens, 'Section(s)', 'keyword.other.citation.sections.imr');
      assertToken(tokens, 'Muscle relaxants (for pain)', 'entity.name.section.topic.imr');
      assertNoScope(tokens, '.', 'entity.name.section.topic');
    });

    it('scopes every part of a clause joined with ", and"', async () => {
      const tokens = await line(
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, Diagnostic Criteria, and ' +
          'Forearm, Wrist, and Hand Complaints 2004, Section(s): Initial Care.',
      );
      assertToken(tokens, 'Low Back Complaints', 'entity.name.type.mtus-part.imr');
      assertToken(tokens, 'Special Studies, Diagnostic Criteria', 'entity.name.section.topic.imr');
      assertToken(tokens, 'Forearm, Wrist, and Hand Complaints', 'entity.name.type.mtus-part.imr');
      assertToken(tokens, 'Initial Care', 'entity.name.section.topic.imr');
    });

    it('scopes a 2014 clause with Page(s): and its pages', async () => {
      const tokens = await line(
        'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.',
      );
      assertScope(tokens, 'Chronic Pain Treatment', 'entity.name.type.mtus-part.imr');
      assertScope(tokens, 'Guidelines', 'entity.name.type.mtus-part.imr');
      assertToken(tokens, 'Page(s)', 'keyword.other.citation.pages.imr');
      assertToken(tokens, '24', 'constant.numeric.page.imr');
    });

    it('scopes each page of a page range', async () => {
      const tokens = await line('Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 63-66, 29.');
      assertToken(tokens, '63', 'constant.numeric.page.imr');
      assertToken(tokens, '66', 'constant.numeric.page.imr');
      assertToken(tokens, '29', 'constant.numeric.page.imr');
    });

    it('scopes a Non-MTUS clause and the ODG it names', async () => {
      const tokens = await line(
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Insomnia treatment.',
      );
      assertToken(tokens, 'Non-MTUS Citation', 'support.constant.guideline.non-mtus.imr');
      assertToken(tokens, 'Official Disability Guidelines (ODG)', 'support.constant.guideline.odg.imr');
      assertNoScope(tokens, 'Non-MTUS Citation', 'support.constant.guideline.mtus');
    });

    it('still reads the "Non- MTUS" typo as a Non-MTUS clause', async () => {
      const tokens = await line('Decision based on Non- MTUS Citation ODG, Knee & Leg.');
      assertToken(tokens, 'Non- MTUS Citation', 'support.constant.guideline.non-mtus.imr');
      assertScope(tokens, 'ODG', 'support.constant.guideline.odg.imr');
    });

    it('scopes an Opioid Treatment section with its number', async () => {
      const tokens = await line(
        'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: ' +
          'Maintenance of Chronic Opioid Treatment.',
      );
      assertToken(tokens, 'Opioid Treatment', 'entity.name.type.mtus-part.imr');
      assertScope(tokens, '3.3.9 Opioids for Chronic Pain', 'entity.name.section.topic.imr');
      assertNoScope(tokens, '3.3.9', 'constant.numeric.date');
    });
  });

  describe('dates, strengths and quantities', () => {
    it('scopes MM/DD/YYYY and M-D-YY dates', async () => {
      const tokens = await line('On 11-3-16 utilization review non-certified the request; the application followed on 11/21/2016.');
      assertToken(tokens, '11-3-16', 'constant.numeric.date.imr');
      assertToken(tokens, '11/21/2016', 'constant.numeric.date.imr');
    });

    it('does not read a ratio strength or mixed separators as a date', async () => {
      const tokens = await line('Norco 10/325mg, and a code 11/3-16 here.');
      assertNoScope(tokens, '10/325mg', 'constant.numeric.date');
      assertNoScope(tokens, '11/3-16', 'constant.numeric.date');
    });

    it('keeps strengths whole', async () => {
      const tokens = await line('Tramadol 50 mg, Norco 10/325mg, Ambien 12.5MG, Terocin 4% and LidoPro 121 g.');
      for (const strength of ['50 mg', '10/325mg', '12.5MG', '4%', '121 g']) {
        assertToken(tokens, strength, 'constant.numeric.strength.imr');
      }
    });

    it('does not read a plain number or a word starting with a unit letter as a strength', async () => {
      const tokens = await line('She is 45 years old and takes 6 gabapentin tablets.');
      assertNoScope(tokens, '45', 'constant.numeric.strength');
      assertNoScope(tokens, '6 gabapentin', 'constant.numeric.strength');
    });

    it('scopes quantities written #90 or # 90', async () => {
      const tokens = await line('Soma 350mg #90 and Valium 10mg # 30 were requested.');
      assertToken(tokens, '#90', 'constant.numeric.quantity.imr');
      assertToken(tokens, '# 30', 'constant.numeric.quantity.imr');
    });
  });

  describe('placeholders', () => {
    it('marks snippet placeholders left in the text', async () => {
      const tokens = await line('Therefore, the request for «item» is not medically necessary.');
      assertToken(tokens, '«item»', 'invalid.illegal.placeholder.imr');
    });
  });

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
