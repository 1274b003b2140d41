import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter/parse';
import type { Item } from '../../server/src/letter/model';
import { letter2014, letter2016, mutate, withEol } from './rules/letters';

function summary(item: Item): [string, string | undefined, string | undefined, string[]] {
  return [item.itemText, item.decision, item.decisionWord?.text, item.fields.map((f) => f.kind)];
}

const fields = [
  'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.',
  'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.',
  'Decision rationale: The request is not medically necessary.',
].join('\n');

/** A 2016 letter whose IMR ISSUES holds `items` (each a heading, followed by the three fields). */
function withItems(...headings: string[]): string {
  const start = letter2016.indexOf('Norco 10/325mg #60: Upheld');
  return letter2016.slice(0, start) + headings.map((h) => `${h}\n${fields}\n`).join('');
}

describe('parseLetter: disputed items', () => {
  it('reads each item: text, decision, its range, and the three fields with label and content ranges', () => {
    const letter = parseLetter(letter2016);
    assert.deepEqual(letter.items.map(summary), [
      ['Norco 10/325mg #60', 'Upheld', 'Upheld', ['claims', 'maximus', 'rationale']],
      ['Physical therapy 2 times a week for 4 weeks lumbar spine', 'Overturned', 'Overturned', ['claims', 'maximus', 'rationale']],
    ]);
    const [norco] = letter.items;
    assert.equal(letter2016.slice(norco.itemSpan.start, norco.itemSpan.end), 'Norco 10/325mg #60');
    assert.equal(norco.fields[1].label.text, 'MAXIMUS guideline:');
    assert.equal(
      norco.fields[1].content.text,
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for\nChronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
    );
    assert.ok(norco.fields[2].content.text.endsWith('Therefore, the request is not medically necessary.'));
  });

  it('reads no item heading or rationale across a repeated IMR ISSUES heading', () => {
    const block = (name: string) => `${name}: Upheld\n${fields}`;
    const text = ['IMR ISSUES, DECISIONS AND RATIONALES', block('Soma 350mg #60'), '', 'IMR ISSUES, DECISIONS AND RATIONALES', '', block('Norco 10/325mg #60')].join('\n');
    const items = parseLetter(text).items;
    assert.deepEqual(items.map((i) => i.itemText), ['Soma 350mg #60', 'Norco 10/325mg #60']);
    assert.ok(!items[0].fields[2].content.text.includes('IMR ISSUES'), 'the first rationale ends before the repeated heading');
  });

  it('reads a decision wrapped onto its own line', () => {
    const letter = parseLetter(withItems('Physical therapy 2 times a week for 6 weeks bilateral\nshoulder:\nUpheld'));
    const [item] = letter.items;
    assert.deepEqual(summary(item), ['Physical therapy 2 times a week for 6 weeks bilateral shoulder', 'Upheld', 'Upheld', ['claims', 'maximus', 'rationale']]);
    assert.equal(item.heading.text, 'Physical therapy 2 times a week for 6 weeks bilateral\nshoulder:\nUpheld');
  });

  it('reads an item heading wrapped over lines, with one or two spaces before the decision', () => {
    const letter = parseLetter(withItems('Retrospective E-stim (DOS 12/29/16) and electrodes for the lumbar\nspine:  Overturned', 'MRI of the right shoulder without contrast: Upheld'));
    assert.deepEqual(letter.items.map((i) => [i.itemText, i.decision]), [
      ['Retrospective E-stim (DOS 12/29/16) and electrodes for the lumbar spine', 'Overturned'],
      ['MRI of the right shoulder without contrast', 'Upheld'],
    ]);
  });

  it('reads the partial-authorisation headings: the item is the portion still disputed', () => {
    const heading =
      'Norco 10/325mg #90 was the original request. Norco 10/325mg #60 was authorized by the Claims\nAdministrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #30 is:\nUpheld';
    const variant =
      'The Claims Administrator authorized 6 sessions of physical therapy, leaving the original request\nIMR eligible. The original request, Physical therapy 12 sessions is: Upheld';
    const letter = parseLetter(withItems(heading, variant));
    assert.deepEqual(letter.items.map((i) => [i.itemText, i.decision]), [
      ['Norco 10/325mg #30', 'Upheld'],
      ['Physical therapy 12 sessions', 'Upheld'],
    ]);
    assert.equal(letter.items[0].heading.text, heading);
  });

  it('reads ALL CAPS items and a quantity before the drug', () => {
    const letter = parseLetter(withItems('SOMA 350MG #90:  Upheld', '30 Soma 350mg:  Upheld'));
    assert.deepEqual(letter.items.map((i) => i.itemText), ['SOMA 350MG #90', '30 Soma 350mg']);
  });

  it('reads a wrong decision word as the decision word, with no decision', () => {
    const letter = parseLetter(withItems('Norco 10/325mg #60: Uphold', 'Soma 350mg #30: Partially Overturned', 'Valium 10mg #30: Denied.'));
    assert.deepEqual(letter.items.map(summary).map(([t, d, w]) => [t, d, w]), [
      ['Norco 10/325mg #60', undefined, 'Uphold'],
      ['Soma 350mg #30', undefined, 'Partially Overturned'],
      ['Valium 10mg #30', undefined, 'Denied.'],
    ]);
  });

  it('reads misspelt, partial and utilization-review decision words as decision words, with no decision', () => {
    const written = ['Upheld.', 'upheld', 'Uphled', 'Overturend', 'Overtured', 'Upheld in part', 'Partially upheld', 'Non-certified', 'Noncertified', 'Authorized', 'Approved', 'Modified'];
    const letter = parseLetter(withItems(...written.map((w, i) => `Item number ${i + 1}: ${w}`)));
    assert.deepEqual(
      letter.items.map((i) => [i.itemText, i.decision, i.decisionWord?.text]),
      written.map((w, i) => [`Item number ${i + 1}`, undefined, w]),
    );
  });

  it('reads a decision word with a soft hyphen or zero-width character pasted inside as the decision itself', () => {
    const letter = parseLetter(withItems('Item one: Over\u00adturned', 'Item two: Up\u200bheld'));
    assert.deepEqual(letter.items.map((i) => [i.itemText, i.decision]), [['Item one', 'Overturned'], ['Item two', 'Upheld']]);
  });

  it('reads a heading with no decision, and fields with no heading', () => {
    const letter = parseLetter(withItems('Norco 10/325mg #60', 'Valium 10mg #30: Upheld'));
    assert.deepEqual(letter.items.map(summary), [
      ['Norco 10/325mg #60', undefined, undefined, ['claims', 'maximus', 'rationale']],
      ['Valium 10mg #30', 'Upheld', 'Upheld', ['claims', 'maximus', 'rationale']],
    ]);
    const headless = parseLetter(mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned\n', ''));
    assert.equal(headless.items.length, 2);
    assert.equal(headless.items[1].itemText, '', 'the end of the previous rationale is not a heading');
  });

  describe('a heading begun and not decided, standing alone', () => {
    /** A 2016 letter whose IMR ISSUES holds `lines` after its opening sentence. */
    const issues = (...lines: string[]) => letter2016.slice(0, letter2016.indexOf('Norco 10/325mg #60: Upheld')) + lines.join('\n') + '\n';
    const read = (text: string) => parseLetter(text).items.map((i) => [i.itemText, i.decision, i.fields.length]);

    it('takes a request and its colon, right before the next heading, as an item with no decision', () => {
      const text = issues('Bilateral wrist cock-up splints: Overturned', 'Postoperative occupational therapy 8 sessions:', 'Valium 10mg #30: Upheld', fields);
      assert.deepEqual(read(text), [
        ['Bilateral wrist cock-up splints', 'Overturned', 0],
        ['Postoperative occupational therapy 8 sessions', undefined, 0],
        ['Valium 10mg #30', 'Upheld', 3],
      ]);
      const item = parseLetter(text).items[1];
      assert.equal(item.heading.text, 'Postoperative occupational therapy 8 sessions:');
      assert.equal(item.decisionWord, undefined);
    });

    it('takes one after a finished rationale, before a field label, or at the end of the section', () => {
      assert.deepEqual(read(issues('Norco 10/325mg #60: Upheld', fields, 'Item 3:', 'Valium 10mg #30: Upheld', fields)), [
        ['Norco 10/325mg #60', 'Upheld', 3],
        ['Item 3', undefined, 0],
        ['Valium 10mg #30', 'Upheld', 3],
      ]);
      // Before a label, after a rationale that did not conclude: the label starts that item, not the rationale's.
      const labelled = issues('Norco 10/325mg #60: Upheld', 'Claims Administrator guideline: None.', 'MAXIMUS guideline: None.', 'Cervical pillow:', fields);
      assert.deepEqual(read(labelled), [
        ['Norco 10/325mg #60', 'Upheld', 2],
        ['Cervical pillow', undefined, 3],
      ]);
      assert.deepEqual(read(issues('Norco 10/325mg #60: Upheld', fields, 'Lumbar brace purchase:')).slice(1), [['Lumbar brace purchase', undefined, 0]]);
      assert.deepEqual(read(issues('Norco 10/325mg #60: Upheld', fields, '', '', 'Lumbar brace purchase:', '', 'IMR ISSUES, DECISIONS AND RATIONALES')).slice(1), [
        ['Lumbar brace purchase', undefined, 0],
      ]);
    });

    it('reads a dash or a blank left where the decision goes, and several begun in a row', () => {
      const text = issues('Tramadol 50mg #60 -', 'Home health aide 4 hours a day: [decision]', 'Item 4:', 'Item 5: ___', 'Valium 10mg #30: Upheld', fields);
      assert.deepEqual(read(text), [
        ['Tramadol 50mg #60', undefined, 0],
        ['Home health aide 4 hours a day', undefined, 0],
        ['Item 4', undefined, 0],
        ['Item 5', undefined, 0],
        ['Valium 10mg #30', 'Upheld', 3],
      ]);
      // The template's two choices left in are a decision word (item-decision-invalid), as before.
      const choice = parseLetter(issues('Tramadol 50mg #60: Upheld/Overturned', 'Valium 10mg #30: Upheld', fields)).items[0];
      assert.deepEqual([choice.itemText, choice.decision, choice.decisionWord?.text], ['Tramadol 50mg #60', undefined, 'Upheld/Overturned']);
    });

    it('reads the same double-spaced', () => {
      const lines = ['Bilateral wrist cock-up splints: Overturned', 'Postoperative occupational therapy 8 sessions:', 'Valium 10mg #30: Upheld', fields];
      assert.deepEqual(read(issues(...lines).replace(/\n/g, '\n\n')), read(issues(...lines)));
    });

    it('takes no sentence that introduces a quotation or a list, nor a request that goes on', () => {
      const none = (...lines: string[]) => {
        const text = issues('Norco 10/325mg #60: Upheld', ...lines, 'Valium 10mg #30: Upheld', fields);
        assert.deepEqual(
          parseLetter(text).items.map((i) => i.itemText),
          ['Norco 10/325mg #60', 'Valium 10mg #30'],
          lines.join(' / '),
        );
      };
      const [claims, maximus, rationale] = fields.split('\n');
      none(claims, maximus, 'Decision rationale: The records show no gain.', 'The guidelines state:', '"Opioids are not recommended as first line."', 'Therefore, the request is not medically necessary.');
      // The quotation not pasted yet: still the rationale's sentence.
      none(claims, maximus, 'Decision rationale: The records show no gain.', 'The MTUS states:');
      none(claims, maximus, 'Decision rationale: The records show no gain.', 'According to ODG:');
      none(claims, maximus, 'Decision rationale: The records show no gain.', 'Criteria for use of opioids:');
      none(claims, maximus, 'Decision rationale: The request is not medically necessary.', 'Recommendation:');
      none(claims, maximus, 'Decision rationale: The request is not medically necessary.', 'ODG recommends the following:');
      none(claims, maximus, 'Decision rationale: The request is not medically necessary.', 'Official Disability Guidelines (ODG), Pain Chapter:');
      // A field's wrapped text, its line not finished: "Section(s):" left empty, a rationale running on.
      none('Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016,', 'Opioid maintenance:', maximus, rationale);
      none(claims, maximus, 'Decision rationale: The provider asks for the following', 'Norco taper:');
      none(claims, maximus, 'Decision rationale:', 'Weaning plan:');
      // A heading wrapped where a label stood: the date goes on on the next line.
      const wrapped = issues('Lidoderm patch #1 box with 1 refill, DOS:', '11/11/2016: Upheld', fields);
      assert.equal(parseLetter(wrapped).items.length, 1);
      // The decision wrapped onto its own line is that heading's decision.
      assert.deepEqual(read(issues('Lumbar brace purchase:', 'Upheld', fields)), [['Lumbar brace purchase', 'Upheld', 3]]);
    });

    it('takes none outside the IMR ISSUES section, nor anywhere in a letter that has no such heading', () => {
      const summary = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES', 'Lumbar brace purchase:\nIMR ISSUES, DECISIONS AND RATIONALES');
      assert.deepEqual(parseLetter(summary).items.map((i) => i.itemText), parseLetter(letter2016).items.map((i) => i.itemText));
      const headless = mutate(issues('Norco 10/325mg #60: Upheld', fields, 'Lumbar brace purchase:', 'Valium 10mg #30: Upheld', fields), 'IMR ISSUES, DECISIONS AND RATIONALES\n', '');
      assert.deepEqual(parseLetter(headless).items.map((i) => i.itemText), ['Norco 10/325mg #60', 'Valium 10mg #30']);
    });
  });

  it('keeps fields out of order and twice, in the order written', () => {
    const text = mutate(letter2016, 'Decision rationale: The request is for Norco', 'MAXIMUS guideline: Again.\nDecision rationale: The request is for Norco');
    assert.deepEqual(parseLetter(text).items[0].fields.map((f) => f.kind), ['claims', 'maximus', 'maximus', 'rationale']);
  });

  it('reads double-spaced text (a blank line after every line) like single-spaced text', () => {
    const doubled = letter2014.replace(/\n/g, '\n\n');
    const a = parseLetter(letter2014).items.map(summary);
    assert.deepEqual(parseLetter(doubled).items.map(summary), a);
    const doubled2016 = letter2016.replace(/\n/g, '\n\n');
    assert.deepEqual(parseLetter(doubled2016).items.map(summary), parseLetter(letter2016).items.map(summary));
  });

  it('reads CRLF, lone CR, BOM and tabs the same way', () => {
    const reference = parseLetter(letter2014).items.map(summary);
    for (const text of [withEol(letter2014, '\r\n'), withEol(letter2014, '\r'), `\uFEFF${letter2014}`, letter2014.replace('60 Soma 350mg:  Upheld', '60 Soma\t350mg:\tUpheld')]) {
      const items = parseLetter(text).items;
      assert.deepEqual(items.map(summary), reference);
      for (const i of items) assert.equal(text.slice(i.decisionWord!.start, i.decisionWord!.end), 'Upheld');
    }
  });

  it('finds the items when the IMR ISSUES heading is missing', () => {
    const text = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', '');
    assert.deepEqual(parseLetter(text).items.map((i) => i.itemText), ['Norco 10/325mg #60', 'Physical therapy 2 times a week for 4 weeks lumbar spine']);
  });
});

describe('parseLetter: requests named by the summary', () => {
  it('reads "Request(s) under consideration include ..." (2016)', () => {
    const letter = parseLetter(letter2016);
    assert.deepEqual(letter.requests.map((r) => r.text), ['Norco 10/325mg #60', 'Physical therapy 2 times a week for 4 weeks lumbar spine']);
    // The span keeps the line break the text wraps at.
    assert.equal(letter.requests[1].span.text, 'Physical\ntherapy 2 times a week for 4 weeks lumbar spine');
  });

  it('reads "an application for IMR for review of ..." (2014)', () => {
    assert.deepEqual(parseLetter(letter2014).requests.map((r) => r.text), ['Soma 350mg #60', 'Ambien 10mg #30']);
  });

  it('reads a list of three with a serial comma', () => {
    const text = mutate(
      letter2016,
      'Request(s) under consideration include Norco 10/325mg #60 and Physical',
      'Request(s) under consideration include Soma 350mg #90, Valium 10mg #30, and Remaining Lunesta 3mg #35 and Physical',
    );
    assert.deepEqual(parseLetter(text).requests.map((r) => r.text), [
      'Soma 350mg #90',
      'Valium 10mg #30',
      'Remaining Lunesta 3mg #35',
      'Physical therapy 2 times a week for 4 weeks lumbar spine',
    ]);
  });
});
