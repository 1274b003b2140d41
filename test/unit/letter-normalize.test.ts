import * as assert from 'node:assert/strict';
import { normalizeText } from '../../server/src/letter/normalize';
import { parseLetter } from '../../server/src/letter/parse';
import { toRange } from '../../server/src/service/diagnostics';
import { applyFix, check, fixAll, letter2014, letter2016, mutate } from './rules/letters';

describe('normalizeText: text as it arrives, read as words', () => {
  it('returns plain ASCII text as it is, with no map', () => {
    const n = normalizeText(letter2016);
    assert.equal(n.text, letter2016);
    assert.equal(n.map, undefined);
    assert.equal(parseLetter(letter2016).sourceMap, undefined);
  });

  it('needs no map where every replacement is one character for one: an opening BOM, quotes, spaces, dashes', () => {
    const doc = '\ufeff\u201cNot\u201d it\u2019s 10\u201312\u00a0mg';
    const n = normalizeText(doc);
    assert.equal(n.text, ' "Not" it\'s 10-12 mg');
    assert.equal(n.map, undefined);
  });

  it('reads through soft hyphens, zero-width characters, Unicode spaces, quotes, dashes, the ellipsis and ligatures', () => {
    const doc = 'medi\u00adcally Over\u200bturned\u00a0a\u2009b \u201cquoted\u201d it\u2019s 10\u201312 \u2014 wait\u2026 \ufb01nal \ufb02ow';
    const { text } = normalizeText(doc);
    assert.equal(text, 'medically Overturned a b "quoted" it\'s 10-12 - wait... final flow');
  });

  it('maps every offset back to the document: starts, exclusive ends and the way back', () => {
    const doc = 'a Over\u200bturned \u2026 b';
    const { text, map } = normalizeText(doc);
    assert.ok(map);
    const at = text.indexOf('Overturned');
    assert.equal(doc.slice(map.toDocumentStart(at), map.toDocumentEnd(at + 'Overturned'.length)), 'Over\u200bturned');
    const dots = text.indexOf('...');
    assert.equal(doc.slice(map.toDocumentStart(dots), map.toDocumentEnd(dots + 3)), '\u2026');
    assert.equal(map.fromDocument(doc.indexOf('b')), text.indexOf('b'));
    assert.equal(map.fromDocument(doc.length), text.length);
  });

  it('drops page furniture with the blank lines around it, and nothing else', () => {
    const doc = [
      'Case Number: CM16-0000001',
      'The injured worker is not',
      '',
      'MAXIMUS Federal Services, Inc. | P.O. Box 138009 | Sacramento, CA 95813-8009',
      'Page 2 of 5',
      '\f',
      'CM16-0000001',
      '',
      'medically necessary. See Page(s): 68 of the guideline.',
      '- 3 -',
      'Page 3',
      'Independent Medical Review',
    ].join('\n');
    const { text } = normalizeText(doc);
    assert.equal(
      text,
      // "Page 3" and "Independent Medical Review" are made of furniture words and stand beside "- 3 -".
      ['Case Number: CM16-0000001', 'The injured worker is not', 'medically necessary. See Page(s): 68 of the guideline.\n'].join('\n'),
    );
  });

  it('drops a form footer of furniture words only beside an anchored line, and keeps it elsewhere', () => {
    const footer = 'IMR Final Determination Letter \u2014 Form IMR-FDL (Rev. 10/2016)';
    const beside = ['Case Number: CM16-0000001', 'The injured worker was', 'Page 1 of 3', footer, 'seen again in July.'].join('\n');
    assert.equal(normalizeText(beside).text, ['Case Number: CM16-0000001', 'The injured worker was', 'seen again in July.'].join('\n'));
    const alone = ['Case Number: CM16-0000001', 'The injured worker was', footer, 'seen again in July.'].join('\n');
    assert.equal(normalizeText(alone).text.includes('Form IMR-FDL'), true);
  });

  it('keeps a first case number, a citation page and a body line that merely mentions a page', () => {
    for (const doc of ['CM16-0000001\nText.', 'Guidelines, Page 68 of the 2009 edition, Opioids.', 'Page 3 of 6 shows the body diagram of the injured worker.']) {
      assert.equal(normalizeText(doc).text, doc);
    }
  });
});

describe('the letter read through pasted text', () => {
  it('reads a decision with a zero-width space inside as the decision', () => {
    const text = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine: Over\u200bturned');
    const item = check(text).letter.items[1];
    assert.equal(item.decision, 'Overturned');
    assert.deepEqual(check(text).findings.map((f) => f.ruleId), check(letter2016).findings.map((f) => f.ruleId));
  });

  it('lands a fix on the document characters: a soft-hyphenated lower-case decision is replaced whole', () => {
    const text = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine: over\u00adturned');
    const { letter, findings } = check(text);
    const finding = findings.find((f) => f.ruleId === 'item-decision-invalid');
    assert.ok(finding);
    const range = toRange(letter, finding.start, finding.end);
    const line = text.split('\n')[range.start.line];
    assert.equal(line.slice(range.start.character, range.end.character), 'over\u00adturned');
    assert.equal(fixAll(text), letter2016);
  });

  it('finds a name with a zero-width space inside and replaces its document characters whole', () => {
    const text = mutate(letter2016, 'reports low back pain.', 'reports low back pain. Mrs.\u00a0Ra\u200bmirez improved.');
    const finding = check(text).findings.find((f) => f.ruleId === 'phi-detected');
    assert.ok(finding);
    const fixed = applyFix(text, finding.fixes![0]);
    assert.ok(fixed.includes('reports low back pain. The injured worker improved.'), fixed);
  });

  it('gives document positions past dropped characters and page furniture', () => {
    const text = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar\u00a0spine:\u00a0Overturned\n\nPage 2 of 3\n');
    const letter = parseLetter(text);
    const word = letter.items[1].decisionWord!;
    const start = letter.lines.position(word.start);
    assert.equal(text.split('\n')[start.line].slice(start.character, start.character + 10), 'Overturned');
    assert.equal(letter.lines.offset(start), word.start);
  });
});

describe('page furniture inside a citation', () => {
  const keys = (text: string) => check(text).findings.map((f) => `${f.ruleId}: ${f.message}`);

  it('is not read as a citation, a Page(s) style or a topic (2016)', () => {
    const broken = mutate(
      letter2016,
      'Section(s): 3.3.9 Opioids for\nChronic Pain',
      'Section(s): 3.3.9 Opioids for\n\nPage 2 of 3\n\fCase Number: CM16-0123456\nChronic Pain',
    );
    const letter = check(broken).letter;
    assert.equal(letter.era, '2016');
    assert.deepEqual(keys(broken), keys(letter2016));
  });

  it('is not read as a citation or a topic (2014), nor is a page-numbered footer', () => {
    const at = letter2014.indexOf('Page(s):');
    assert.ok(at > 0);
    const lineEnd = letter2014.indexOf('\n', at);
    const broken = `${letter2014.slice(0, lineEnd)}\n- 4 -\nMAXIMUS Federal Services, Inc. | P.O. Box 138009 | Sacramento, CA 95813${letter2014.slice(lineEnd)}`;
    assert.deepEqual(keys(broken), keys(letter2014));
  });
});
