// Every loop and regular expression the parser and the rules apply to letter text does work linear in
// the text: a letter pasted from a PDF can hold any repetition. Work is counted, not timed (a count
// does not change on a busy machine): work-count.ts counts the characters the String and RegExp
// built-ins read, and regex-shape.ts (regex-linear.test.ts) proves each regex linear in what it reads.
// For each adversarial text, parseLetter and each rule are counted at 1x, 10x and 100x its size; linear
// work grows at most 10x per step (less where a fixed part of the letter dominates), quadratic 100x.
// Times are measured only in `npm run bench`.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter/parse';
import { allRules } from '../../../server/src/rules';
import { runRules } from '../../../server/src/rules/engine';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings } from '../../../server/src/rules/types';
import { cleanLetter, inLetter } from './letters';
import { whitespaceKinds } from './regex-shape';
import { countWork } from './work-count';

/** Growth allowed per 10x step: above 10 for rounding, far below the 100 of quadratic work. */
const maxGrowth = 13;

interface Adversary {
  name: string;
  /** The document for `n` repetitions. */
  text: (n: number) => string;
  n: number;
}

/** `cleanLetter` with its header's first line replaced. */
function withHeaderLine(line: string): string {
  return line + cleanLetter.slice(cleanLetter.indexOf('\n'));
}

/** `cleanLetter` with its item heading replaced. */
function withItemHeading(heading: string): string {
  return cleanLetter.replace('Soma 350mg #90: Upheld', heading);
}

/**
 * `cleanLetter` whose MAXIMUS field says no evidence was cited, with `extra` in its rationale: the rationale is
 * then read for where it rests on a guideline (citation-basis-conflict).
 */
function citingNothing(extra: string): string {
  return inLetter('rationale', extra).replace(
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
    'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.',
  );
}

const adversaries: Adversary[] = [
  { name: '`: Upheld` on one line', text: (n) => inLetter('maximus', ': Upheld'.repeat(n)), n: 50 },
  { name: '`Soma: Upheld` lines (items without fields)', text: (n) => inLetter('rationale', '\nSoma: Upheld'.repeat(n)), n: 10 },
  { name: '`Decision based on MTUS `', text: (n) => inLetter('maximus', 'Decision based on MTUS '.repeat(n)), n: 20 },
  { name: '`Decision based on MTUS ` with no letter around it', text: (n) => 'Decision based on MTUS '.repeat(n), n: 20 },
  { name: '`Section(s): , , ,`', text: (n) => inLetter('maximus', 'Section(s): , , ,'.repeat(n)), n: 20 },
  { name: '`Page(s):` and commas', text: (n) => inLetter('maximus', 'Page(s): ' + '1, '.repeat(n)), n: 50 },
  { name: 'Non-MTUS and ODG citations', text: (n) => inLetter('maximus', 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) '.repeat(n)), n: 5 },
  { name: 'a run of colons', text: (n) => inLetter('maximus', ':'.repeat(n)), n: 200 },
  { name: 'colons on their own lines', text: (n) => inLetter('rationale', '\n:'.repeat(n)), n: 50 },
  { name: 'a run of digits', text: (n) => inLetter('summary', '1'.repeat(n)), n: 200 },
  { name: 'digits and slashes', text: (n) => inLetter('summary', '1/'.repeat(n)), n: 100 },
  { name: 'dates run together', text: (n) => inLetter('summary', '12/12/'.repeat(n)), n: 50 },
  { name: 'digits and dashes', text: (n) => inLetter('summary', '12-'.repeat(n)), n: 100 },
  { name: 'month names without years', text: (n) => inLetter('summary', 'January 12, '.repeat(n)), n: 20 },
  { name: 'a run of @', text: (n) => inLetter('summary', '@'.repeat(n)), n: 200 },
  { name: 'a run of -', text: (n) => inLetter('summary', '-'.repeat(n)), n: 200 },
  { name: 'a run of #', text: (n) => inLetter('summary', '#'.repeat(n)), n: 200 },
  { name: 'a run of spaces', text: (n) => inLetter('summary', ' '.repeat(n) + 'x'), n: 200 },
  { name: 'placeholders and phone numbers', text: (n) => inLetter('summary', '[NAME] XXX (555) 201-7788 '.repeat(n)), n: 10 },
  // Text as pasted: page furniture lines, dropped and replaced characters, and their offset map.
  { name: 'page furniture lines', text: (n) => inLetter('summary', '\nPage 1 of 2\nCase Number: CM16-0123456\nx'.repeat(n)), n: 20 },
  { name: 'soft hyphens, zero-width spaces, ligatures and ellipses', text: (n) => inLetter('summary', 'a\u00adb\u200b\ufb01\u2026 '.repeat(n)), n: 100 },
  // Template leftovers: brackets that never close, instructions, tab stops and blanks.
  { name: 'unclosed brackets and instructions', text: (n) => inLetter('summary', '[ADD (insert <<A {{ '.repeat(n)), n: 50 },
  { name: 'dollar signs and underscores', text: (n) => inLetter('summary', '$1$ $_'.repeat(n)), n: 50 },
  // Names: titles, roles and labels with and without a name after them.
  { name: 'titles, roles, labels and salutations without names', text: (n) => inLetter('summary', 'Dr. the patient, Mr. Patient: Dear '.repeat(n)), n: 20 },
  { name: 'names after titles, roles and labels', text: (n) => inLetter('summary', "Mrs. O'Neil-Ramirez, the patient, Dana J. Fox, Patient: Fox, Dana. ".repeat(n)), n: 10 },
  { name: 'requests listed without end', text: (n) => inLetter('summary', 'Request(s) under consideration include ' + 'Soma, and '.repeat(n)), n: 20 },
  { name: 'section headings repeated', text: (n) => 'HOW THE IMR FINAL DETERMINATION WAS MADE\nCLINICAL CASE SUMMARY\nIMR ISSUES, DECISIONS AND RATIONALES\n'.repeat(n), n: 5 },
  { name: 'near-miss heading lines', text: (n) => inLetter('summary', '\nIMR ISSUES DECISIONS RATIONALE'.repeat(n)), n: 10 },
  { name: 'astral characters and combining marks', text: (n) => inLetter('summary', '😀e\u0301𝔄'.repeat(n)), n: 100 },
  { name: 'UR decisions in one sentence', text: (n) => inLetter('summary', 'utilization review non-certified the request for Soma 350mg #90 and '.repeat(n)), n: 5 },
  { name: 'requests referred back to', text: (n) => inLetter('summary', 'The provider requested Soma. All of these requests were denied. '.repeat(n)), n: 5 },
  { name: 'a request list of parentheses and numbers', text: (n) => inLetter('summary', 'Request(s) under consideration include ' + '(1) Soma (x, y, '.repeat(n)), n: 10 },
  { name: 'a request list one a line', text: (n) => inLetter('summary', 'Request(s) under consideration include:\n' + 'Soma 350mg #90\n'.repeat(n)), n: 10 },
  { name: 'a drug named over and over in a rationale', text: (n) => inLetter('rationale', 'Soma 250mg #30 patch, '.repeat(n)), n: 10 },
  // One sentence saying "medically necessary" over and over: each mention is judged in its sentence.
  { name: '`not medically necessary` in one sentence', text: (n) => inLetter('rationale', 'not medically necessary '.repeat(n)), n: 5 },
  { name: '`medical necessity has not been` in one sentence', text: (n) => inLetter('rationale', 'the medical necessity of it has not been '.repeat(n)), n: 5 },
  // Conclusions in other words: every predicate reads a bounded stretch of its sentence around it.
  { name: '`the request is not supported, ` in one sentence', text: (n) => inLetter('rationale', 'the request is not supported, '.repeat(n)), n: 5 },
  { name: '`I recommend non-certification and ` in one sentence', text: (n) => inLetter('rationale', 'I recommend non-certification and '.repeat(n)), n: 5 },
  { name: '`the records do not support the request ` in one sentence', text: (n) => inLetter('rationale', 'the records do not support the request '.repeat(n)), n: 5 },
  { name: 'predicates without a verb group', text: (n) => inLetter('rationale', 'necessary supported certified upheld meets criteria '.repeat(n)), n: 5 },
  { name: 'verb-group words without a predicate', text: (n) => inLetter('rationale', 'is not be considered to be '.repeat(n)), n: 10 },
  { name: 'quotation marks nested and unclosed', text: (n) => inLetter('rationale', '"a \'b\' c \u201cd '.repeat(n)), n: 10 },
  { name: 'soft hyphens and zero-width characters in words', text: (n) => inLetter('rationale', 'medi\u00adcally nec\u200bessary '.repeat(n)), n: 10 },
  { name: 'commas and asides before a verb group', text: (n) => inLetter('rationale', 'therapy, as written, '.repeat(n) + 'is not necessary.'), n: 10 },
  { name: 'decision words after colons', text: (n) => inLetter('rationale', '\nItem: Uphled'.repeat(n)), n: 5 },
  // Guideline names in a rationale the MAXIMUS field says cites nothing: each is judged in a bounded window.
  { name: 'guideline names without a verb in one sentence', text: (n) => citingNothing('the MTUS guidelines ODG ACOEM '.repeat(n)), n: 10 },
  { name: 'leading cues and silence in one sentence', text: (n) => citingNothing('per the MTUS does not address according to '.repeat(n)), n: 10 },
  { name: 'guideline names between runs of commas', text: (n) => citingNothing('MTUS , , , , , , , , , , '.repeat(n)), n: 10 },
  // One item whose fields repeat: every label is compared with the fields before it.
  { name: '`Claims Administrator guideline:` repeated in one item', text: (n) => inLetter('rationale', '\nClaims Administrator guideline: x'.repeat(n)), n: 20 },
  { name: '`MAXIMUS guideline:` repeated in one item', text: (n) => inLetter('rationale', '\nMAXIMUS guideline: x'.repeat(n)), n: 20 },
];

/** Runs of every kind of white space (and all of them alternating), where the header, the item
 * headings and the request list are read: each kind is one adversary per place. */
const spaceRuns: { place: string; text: (run: string) => string }[] = [
  { place: 'between two header fields', text: (run) => withHeaderLine(`Case Number: CM16-0498765${run}Date Assigned: 11/14/2016`) },
  { place: 'between two words of a header line', text: (run) => withHeaderLine(`Case Number: CM16${run}0498765`) },
  { place: 'in a header label', text: (run) => withHeaderLine(`Case${run}Number: CM16-0498765`) },
  { place: 'in a case number', text: (run) => withHeaderLine(`Case Number: cm16${run}-${run}0498765`) },
  { place: 'before `is` in a partial-authorisation heading', text: (run) => withItemHeading(`The original request, Soma 350mg #90${run}is${run}: Upheld`) },
  { place: 'before a word other than `is` in a partial-authorisation heading', text: (run) => withItemHeading(`The original request, Soma${run}x: Upheld`) },
  { place: 'in an item heading', text: (run) => withItemHeading(`Soma${run}350mg #90${run}: Upheld`) },
  { place: 'in a request list', text: (run) => inLetter('summary', `Request(s) under consideration include Soma,${run}and${run}Norco${run}x.`) },
  { place: 'in the case summary', text: (run) => inLetter('summary', `${run}x`) },
  { place: 'in a citation', text: (run) => inLetter('maximus', `Decision based on MTUS${run}Chronic Pain${run}Section(s):${run}x`) },
];
const kinds = [...whitespaceKinds.map((c) => ({ name: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, run: c })), { name: 'every kind alternating', run: whitespaceKinds.join('') }];
for (const place of spaceRuns) {
  for (const kind of kinds) {
    adversaries.push({ name: `a run of ${kind.name} ${place.place}`, text: (n) => place.text(kind.run.repeat(Math.ceil(n / kind.run.length))), n: 30 });
  }
}

/** The work parseLetter and each rule do on `text`, by name. */
function workOf(text: string): Map<string, number> {
  const work = new Map<string, number>();
  const parsed = countWork(() => parseLetter(text));
  work.set('parseLetter', parsed.work);
  for (const rule of allRules) work.set(rule.id, countWork(() => runRules(parsed.result, builtinCatalog, defaultSettings, [rule])).work);
  return work;
}

/**
 * The parts whose work grew faster than linear work can, with their counts. The 10x-to-100x step
 * decides (fixed costs and windows of bounded reach, such as the words read around a phrase, are
 * still filling at 1x); over both steps the growth may be no more than twice that squared.
 */
function superLinear(counts: Map<string, number>[]): string[] {
  const out: string[] = [];
  for (const name of counts[0].keys()) {
    const [w1, w10, w100] = counts.map((c) => Math.max(1, c.get(name)!));
    if (w100 / w10 > maxGrowth || w100 / w1 > maxGrowth * maxGrowth) out.push(`${name}: ${w1} -> ${w10} -> ${w100}`);
  }
  return out;
}

function worstStep(counts: Map<string, number>[]): string {
  let worst = { name: '', growth: 0 };
  for (const name of counts[0].keys()) {
    const [, w10, w100] = counts.map((c) => Math.max(1, c.get(name)!));
    if (w100 / w10 > worst.growth) worst = { name, growth: w100 / w10 };
  }
  return `${worst.name} ${worst.growth.toFixed(1)}x`;
}

describe('robust: parsing and every rule do linear work on adversarial text', function () {
  // A guard against a hang, not a measure of speed: the counts are the measure.
  this.timeout(120_000);
  for (const adversary of adversaries) {
    it(`${adversary.name} (n = ${adversary.n}, ${10 * adversary.n}, ${100 * adversary.n})`, function () {
      const counts = [1, 10, 100].map((k) => workOf(adversary.text(k * adversary.n)));
      this.test!.title += ` worst 10x step: ${worstStep(counts)}`;
      assert.deepEqual(superLinear(counts), [], `super-linear work on ${adversary.name}`);
    });
  }

  // The parser alone, on more repetitions: whether a `Claims Administrator guideline:` label starts a
  // new item depends on the fields before it.
  it('parseLetter on `Claims Administrator guideline:` x 240, 2,400 and 24,000 in one item', function () {
    const counts = [240, 2_400, 24_000].map((n) => countWork(() => parseLetter('Claims Administrator guideline: x\n'.repeat(n))).work);
    this.test!.title += ` (${counts.join(' -> ')})`;
    assert.ok(counts[1] / counts[0] <= maxGrowth && counts[2] / counts[1] <= maxGrowth, `parseLetter: ${counts.join(' -> ')}`);
  });
});
