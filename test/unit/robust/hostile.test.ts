// Hostile documents: each is parsed and checked by every rule reading each character a bounded number
// of times (work counted by work-count.ts, not timed, so a busy machine cannot fail it), no rule
// throws, and every finding's range lies inside the document. Plus exact UTF-16 positions after astral
// characters, combining marks and right-to-left text, and inputs that once broke an invariant.
import * as assert from 'node:assert/strict';
import { toDiagnostics } from '../../../server/src/service/diagnostics';
import { analyzeAll, assertModelSpans, assertRangesInside } from './checks';
import { cleanLetter, inLetter } from './letters';
import { countWork } from './work-count';

/** Characters read per character of the document, over the parser and every rule: linear code reads each
 * a bounded number of times, quadratic code thousands of times on these sizes. */
const maxWorkPerChar = 500;

/** A pseudo-random but fixed sequence of code units (a linear congruential generator). */
function noise(length: number, maxCode: number): string {
  let seed = 12345;
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    codes[i] = seed % (maxCode + 1);
  }
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

function itemBlock(k: number): string {
  return [
    `Physical therapy visit set ${k}: Overturned`,
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.',
    'Decision rationale: A short course is supported. Therefore, the request is medically necessary.',
    '',
  ].join('\n');
}

const hostile: { name: string; text: () => string }[] = [
  { name: 'an empty document', text: () => '' },
  { name: 'only whitespace', text: () => ' \t\n\r\n  \u00a0\f\v\r'.repeat(10_000) },
  { name: 'only NUL characters', text: () => '\u0000'.repeat(100_000) },
  { name: 'binary bytes (code units 0-255)', text: () => noise(200_000, 255) },
  { name: 'arbitrary UTF-16 code units, lone surrogates included', text: () => noise(200_000, 0xffff) },
  { name: 'binary bytes inside a letter', text: () => inLetter('summary', noise(50_000, 255)) },
  { name: 'a single 1 MB line of one letter', text: () => 'x'.repeat(1 << 20) },
  { name: 'a single 1 MB line of letter text', text: () => cleanLetter.replace(/\n/g, ' ').repeat(Math.ceil((1 << 20) / cleanLetter.length)) },
  { name: '100,000 lines', text: () => inLetter('summary', 'The worker was seen again.\n'.repeat(100_000)) },
  { name: '100,000 empty lines', text: () => '\n'.repeat(100_000) },
  {
    name: '10,000 items',
    text: () => {
      const at = cleanLetter.indexOf('Soma 350mg #90: Upheld');
      return cleanLetter.slice(0, at) + Array.from({ length: 10_000 }, (_, k) => itemBlock(k)).join('');
    },
  },
  { name: 'mixed CRLF, LF and CR with a BOM', text: () => '\ufeff' + mixBreaks(cleanLetter) },
  { name: '`: Upheld` x 100,000 on one line', text: () => inLetter('maximus', ': Upheld'.repeat(100_000)) },
  { name: '`: Upheld` x 100,000 alone', text: () => ': Upheld'.repeat(100_000) },
  { name: '`Soma: Upheld` on 10,000 lines', text: () => inLetter('rationale', '\nSoma: Upheld'.repeat(10_000)) },
  { name: '`Decision based on MTUS ` x 10,000', text: () => inLetter('maximus', 'Decision based on MTUS '.repeat(10_000)) },
  { name: '`Decision based on MTUS ` x 10,000 alone', text: () => 'Decision based on MTUS '.repeat(10_000) },
  { name: '`Section(s): , , ,` x 10,000', text: () => inLetter('maximus', 'Section(s): , , ,'.repeat(10_000)) },
  { name: '`Page(s): ` and 50,000 commas', text: () => inLetter('maximus', 'Page(s): ' + ', '.repeat(50_000)) },
  { name: 'a run of 100,000 colons', text: () => inLetter('maximus', ':'.repeat(100_000)) },
  { name: 'a run of 100,000 colons on their own lines', text: () => ':\n'.repeat(100_000) },
  { name: 'a run of 100,000 digits', text: () => inLetter('summary', '1'.repeat(100_000)) },
  { name: 'digits and slashes (1/1/1/...) x 50,000', text: () => inLetter('summary', '1/'.repeat(50_000)) },
  { name: 'dates run together (12/12/12/...) x 30,000', text: () => inLetter('summary', '12/12/'.repeat(30_000)) },
  { name: 'digits and dashes (12-12-12-...) x 30,000', text: () => inLetter('summary', '12-'.repeat(30_000)) },
  { name: 'month names without years x 20,000', text: () => inLetter('summary', 'January 12, '.repeat(20_000)) },
  { name: 'a run of 100,000 @', text: () => inLetter('summary', '@'.repeat(100_000)) },
  { name: 'a run of 100,000 -', text: () => inLetter('summary', '-'.repeat(100_000)) },
  { name: 'a run of 100,000 #', text: () => inLetter('summary', '#'.repeat(100_000)) },
  { name: 'a run of 100,000 spaces', text: () => inLetter('summary', ' '.repeat(100_000) + 'x') },
  { name: 'a run of 100,000 tabs and no-break spaces', text: () => inLetter('maximus', '\t\u00a0'.repeat(50_000) + 'x') },
  { name: '`not medically necessary` x 6,000 in one sentence', text: () => inLetter('rationale', 'not medically necessary '.repeat(6_000)) },
  { name: 'headings repeated 10,000 times', text: () => 'HOW THE IMR FINAL DETERMINATION WAS MADE\nCLINICAL CASE SUMMARY\nIMR ISSUES, DECISIONS AND RATIONALES\n'.repeat(10_000) },
  { name: 'header labels repeated 10,000 times', text: () => 'Case Number: Date Assigned: Decision Date: '.repeat(10_000) },
  { name: 'field labels on 10,000 lines of one item', text: () => inLetter('rationale', '\nDecision rationale: x\nMAXIMUS guideline: y'.repeat(5_000)) },
  { name: 'placeholders x 20,000', text: () => inLetter('summary', '[NAME] XXX ___ '.repeat(20_000)) },
  { name: 'phone-like numbers x 20,000', text: () => inLetter('summary', '(555) 201-7788 '.repeat(20_000)) },
  { name: 'parentheses nested 50,000 deep', text: () => inLetter('maximus', '('.repeat(50_000) + ')'.repeat(50_000)) },
  { name: 'astral characters and combining marks x 50,000', text: () => inLetter('summary', '😀e\u0301𝔄\u0301'.repeat(50_000)) },
  { name: 'right-to-left text x 20,000', text: () => inLetter('summary', '\u202eשלום עולם مرحبا\u202c '.repeat(20_000)) },
];

/** Line breaks cycling through \r\n, \n and \r. */
function mixBreaks(text: string): string {
  const breaks = ['\r\n', '\n', '\r'];
  let k = 0;
  return text.replace(/\n/g, () => breaks[k++ % breaks.length]);
}

describe('robust: hostile documents', function () {
  // A guard against a hang, not a measure of speed: the counts above are the measure.
  this.timeout(120_000);
  for (const doc of hostile) {
    it(`${doc.name}: no throw, ranges inside, at most ${maxWorkPerChar} reads per character`, function () {
      const text = doc.text();
      const { work, result: analysis } = countWork(() => {
        const a = analyzeAll(text);
        toDiagnostics(a.letter, 'file:///hostile.imr', a.findings);
        return a;
      });
      // A fixed allowance covers the empty and the nearly empty documents.
      const perChar = work / Math.max(text.length, 1000);
      this.test!.title += ` (${text.length.toLocaleString('en-US')} chars: ${perChar.toFixed(1)} reads per character, ${analysis.findings.length} findings)`;
      assert.ok(perChar <= maxWorkPerChar, `${work} characters read for ${text.length}`);
      assertRangesInside(analysis);
      assertModelSpans(analysis);
    });
  }

  it('mixed line breaks and a BOM give the same findings on the same lines as LF', () => {
    const plain = analyzeAll(cleanLetter);
    const mixed = analyzeAll('\ufeff' + mixBreaks(cleanLetter));
    const where = (a: typeof plain) => a.findings.map((f) => `${f.ruleId}@${a.letter.lines.position(f.start).line}`);
    assert.deepEqual(where(mixed), where(plain));
    assert.equal(mixed.letter.items.length, 1);
    assert.equal(mixed.letter.sections.length, 3);
  });
});

describe('robust: positions are UTF-16 exact', () => {
  /** The LSP position of `needle`'s first occurrence, counted independently of the engine. */
  function expectedPosition(text: string, needle: string) {
    const lines = text.split(/\r\n|\r|\n/);
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) };
  }

  const cases = [
    { name: 'astral characters', prefix: '😀😀𝔄 patient 🦴 ' },
    { name: 'combining marks', prefix: 'Jose\u0301 e\u0301\u0301\u0301 n\u0303 ' },
    { name: 'astral characters with combining marks', prefix: '𝔄\u0301😀\u0308 ' },
    { name: 'right-to-left text and direction marks', prefix: '\u202eשלום\u202c \u200fمرحبا\u200e ' },
    { name: 'a BOM and a NUL', prefix: '\ufeff\u0000 ' },
  ];
  for (const c of cases) {
    it(`an impossible date after ${c.name} is reported at its UTF-16 position`, () => {
      const text = inLetter('summary', `${c.prefix}Seen on 2/30/2016 again.`);
      const analysis = analyzeAll(text);
      const finding = analysis.findings.find((f) => f.ruleId === 'date-invalid');
      assert.ok(finding, 'date-invalid reports 2/30/2016');
      assert.equal(text.slice(finding.start, finding.end), '2/30/2016');
      const [diagnostic] = toDiagnostics(analysis.letter, 'file:///utf16.imr', [finding]);
      assert.deepEqual(diagnostic.range.start, expectedPosition(text, '2/30/2016'));
      assert.deepEqual(diagnostic.range.end, { ...expectedPosition(text, '2/30/2016'), character: expectedPosition(text, '2/30/2016').character + 9 });
    });
  }

  it('an item heading after astral characters keeps its decision word in place', () => {
    const text = cleanLetter.replace('Soma 350mg #90: Upheld', '😀 Soma 350mg #90 𝔄: Uphold');
    const analysis = analyzeAll(text);
    const finding = analysis.findings.find((f) => f.ruleId === 'item-decision-invalid');
    assert.ok(finding, 'item-decision-invalid reports Uphold');
    assert.equal(text.slice(finding.start, finding.end), 'Uphold');
    assert.deepEqual(analysis.letter.lines.position(finding.start), expectedPosition(text, 'Uphold'));
  });
});

describe('robust: inputs found to break an invariant', () => {
  // Found by the property tests; each must keep every range inside the document with start <= end.
  const found = [
    {
      name: 'a "no medical evidence" statement followed by an MTUS clause naming an unknown part (citation-basis-conflict)',
      text: 'MAXIMUS guideline: The Claims Administrator did not cite any medical evidence for its decision. Decision based on MTUS X',
    },
  ];
  for (const f of found) {
    it(f.name, () => {
      const analysis = analyzeAll(f.text);
      assertRangesInside(analysis);
      assertModelSpans(analysis);
    });
  }
});
