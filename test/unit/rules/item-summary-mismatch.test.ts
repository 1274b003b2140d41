import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter/parse';
import { applyFix, expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'item-summary-mismatch';

/** The 2016 fixture's sentences naming its two requests (Norco 10/325mg #60; physical therapy, lumbar spine). */
const summary2016 =
  'Request(s) under consideration include Norco 10/325mg #60 and Physical\ntherapy 2 times a week for 4 weeks lumbar spine. On 10/20/2016, utilization review non-certified\nboth requests.';

function withSummary(sentences: string): string {
  return mutate(letter2016, summary2016, sentences);
}

/** The same two requests, stated in the ways reviewers write them. */
const phrasings = [
  'The provider requested Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both requests on 10/20/2016.',
  'A request was made for Norco 10/325mg #60 as well as physical therapy x8 for the lumbar spine. On 10/20/2016, utilization review denied these requests.',
  'The treatment plan included a request for hydrocodone/APAP 10/325mg #60; physical therapy 8 sessions for the low back. All of these requests were non-certified.',
  'Utilization review non-certified Norco 10/325mg #60 and physical therapy 2x4 to the\nlumbar spine on 10/20/2016.',
  'On 10/20/16, utilization review determined Norco 10/325mg #60 and physical therapy for the lumbar spine was not medically necessary.',
  'The UR determination of 10/20/2016 denied Norco 10/325mg #60 and lumbar physical therapy.',
  'Requested were Norco 10/325mg #60 and physical therapy for the lumbar spine. Utilization review denied the two requests on 10/20/2016.',
  'The request for Norco 10/325mg #60 and the request for physical therapy of the lumbar spine were non-certified on 10/20/2016.',
  'The injured worker submitted an application for IMR for review of (1) Norco 10/325mg #60 (2) physical therapy 2 times a week for 4 weeks, lumbar spine.',
  'Request(s) under consideration include:\nNorco 10/325mg #60\nPhysical therapy 2 times a week for 4 weeks lumbar spine\nThe requests were non-certified on 10/20/2016.',
  'In a utilization review report dated October 20, 2016, the claims administrator failed to approve a request for Norco 10/325mg #60 and lumbar spine physical therapy.',
  'The treating physician recommended Norco 10/325mg #60 and 8 sessions of physical therapy for the lumbar spine. On 10/20/2016, utilization review non-certified all of these requests.',
  'UR denied the following on 10/20/2016: Norco 10/325mg #60, and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'The disputed treatments are: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine, each non-certified on 10/20/2016.',
  'Disputed: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine, both non-certified on 10/20/2016.',
  'IMR was requested for Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'IMR review was requested for the following: 1) Norco 10/325mg #60 2) physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'The following were non-certified on 10/20/2016: Norco 10/325mg #60; physical therapy for the lumbar spine, 2 times a week for 4 weeks.',
  'The IMR application lists Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine, all non-certified by utilization review on 10/20/2016.',
  'The requests submitted for IMR were:\n1. Norco 10/325mg #60\n2. Physical therapy 2 times a week for 4 weeks lumbar spine',
  "The surgeon's office (fax on file) requested Norco 10/325mg #60 and physical therapy for the lumbar spine. On 10/20/2016 utilization review non-certified these requests.",
  'Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine were non-certified on 10/20/2016.',
  'On 10/20/2016, Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine were denied by utilization review.',
  'The treating physician, seen on 10/1/2016, asked for Norco 10/325mg #60 and physical therapy for the lumbar spine. Utilization review denied both requests and the worker applied for IMR.',
  // A request stated without a verb of asking, then "everything" or "both denials" referring back to it.
  'Requests were for Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review on 10/20/2016 non-certified everything, and an application for IMR was received.',
  'The request is for Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. On 10/20/2016 UR denied everything.',
  'The request was for Norco 10/325mg #60 as well as lumbar physical therapy. The IMR application of 10/30/2016 disputes both denials.',
  'The treatment plan requested Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. Utilization review denied both requests.',
  'The IMR application of 10/30/2016 disputes Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  // A list under a label: what is disputed ("Requests under review:", "At issue:"), or what was asked for ("Requested:",
  // "Requests:") that a UR sentence then refers back to ("denied both", "non-certified all on …", "All were denied").
  'Requests under review: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review dated 10-20-2016 denied both.',
  'Requested: Norco 10/325mg #60, and physical therapy 2 times a week for 4 weeks for the lumbar spine. UR of 10-20-2016 denied both; IMR was requested 10-30-2016.',
  'Requests: Norco 10/325mg #60, physical therapy 2 times a week for 4 weeks for the lumbar spine. UR non-certified all on 10-20-2016. IMR application 10-30-2016.',
  'Treatment requested: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. All were non-certified on 10/20/2016.',
  'Current requests: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified them all.',
  'Disputed treatment: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'Items in dispute: Norco 10/325mg #60; physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'At issue: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'At issue are Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'Denied requests include Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'Denied items: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'The following are under review: Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'The treatments under consideration include Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
  'The services in dispute are Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine.',
];

describe(`rule ${rule}`, () => {
  const otherDrug = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Percocet 10/325mg #60: Upheld');
  const otherStrength2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 5mg #30:  Upheld');

  it('reports an item the summary does not name, and the request left without an item (2016)', () => {
    const found = expectFindings(otherDrug, rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: "The case summary names 'Norco 10/325mg #60', but no item decides it" },
      { range: 'Percocet 10/325mg #60', severity: 'warning', message: "'Percocet 10/325mg #60' is not among the requests the case summary names" },
    ]);
    assert.ok(found[1].related!.some((r) => otherDrug.slice(r.start, r.end) === 'Norco 10/325mg #60'));
    assert.ok(found[0].related!.some((r) => otherDrug.slice(r.start, r.end) === 'Percocet 10/325mg #60'));
  });

  it('compares strength: Ambien 5mg is not the Ambien 10mg the summary names (2014)', () => {
    expectFindings(otherStrength2014, rule, [
      { range: 'Ambien 10mg #30', severity: 'warning', message: 'no item decides it' },
      { range: 'Ambien 5mg #30', severity: 'warning', message: 'is not among the requests' },
    ]);
  });

  it('accepts a quantity written first ("60 Soma 350mg" for "Soma 350mg #60"), ALL CAPS, and a brand for its generic', () => {
    expectNone(letter2014, rule);
    expectNone(letter2016, rule);
    expectNone(mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'AMBIEN 10MG #30:  Upheld'), rule);
    expectNone(mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Hydrocodone/APAP 10/325mg #60: Upheld'), rule);
  });

  it('compares the quantity of a disputed request, but not of one that utilization review modified', () => {
    const smaller = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #45: Upheld');
    expectFindings(smaller, rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: 'no item decides it' },
      { range: 'Norco 10/325mg #45', severity: 'warning', message: 'is not among the requests' },
    ]);
    const modified = mutate(
      smaller,
      summary2016,
      'The provider requested Norco 10/325mg #60 and physical therapy for the lumbar spine. Utilization review modified the request for Norco 10/325mg #60 to #45 and non-certified the physical therapy for the lumbar spine.',
    );
    expectNone(modified, rule);
  });

  it('reads the requests in every phrasing, and finds both items among them', () => {
    for (const sentences of phrasings) {
      const text = withSummary(sentences);
      const disputed = parseLetter(text).requests.filter((r) => r.disputed);
      assert.equal(disputed.length, 2, `two disputed requests in: ${sentences}\nread: ${JSON.stringify(disputed.map((r) => r.text))}`);
      expectNone(text, rule);
    }
  });

  it('reads what utilization review modified, up to what it authorised ("modified X to #45", "from 12 to 6 sessions")', () => {
    const text = withSummary(
      'On 10/20/2016 utilization review modified Norco 10/325mg #60 to #45 for weaning and denied physical therapy 2 times a week for 4 weeks for the lumbar spine.',
    );
    const requests = parseLetter(text).requests;
    assert.deepEqual(
      requests.map((r) => [r.text, r.disputed, r.modified === true]),
      [
        ['Norco 10/325mg #60', false, true],
        ['physical therapy 2 times a week for 4 weeks for the lumbar spine', true, false],
      ],
    );
    expectNone(text, rule);
    const sessions = withSummary('Utilization review modified the physical therapy for the lumbar spine from 8 to 6 sessions and non-certified Norco 10/325mg #60.');
    assert.deepEqual(parseLetter(sessions).requests.map((r) => r.text), ['physical therapy for the lumbar spine', 'Norco 10/325mg #60']);
    expectNone(sessions, rule);
  });

  it('takes no back-reference, and nothing said of the application, for a request', () => {
    for (const sentences of [
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine on 10/20/2016, and an IMR application for both was received on 10/30/2016.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine, and she applied for IMR.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine, and both are now at issue in this IMR.',
      'The provider requested Norco 10/325mg #60 and physical therapy for the lumbar spine. Utilization review non-certified both on __/__/____ and the patient applied for IMR.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine. An application for IMR for review of both medications followed on 10/30/2016.',
      'A prior review dated 10/20/2016 noted that physical therapy 2 times a week was denied. Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine.',
      'Physical therapy for the lumbar spine was requested to restore his lifting tolerance. Utilization review non-certified Norco 10/325mg #60 and the physical therapy.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine. The IMR application of 10/30/2016 disputes both denials.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine; the IMR application dated 10/30/2016 contests both decisions.',
      'Utilization review on 10/20/2016 non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine and the reviewer made decision {{decision}}.',
      'Requests were for Norco 10/325mg #60 and physical therapy for the lumbar spine. Utilization review non-certified everything.',
      // History and what is missing are no requests: "has been prescribed since …", "no X, Y or Z were included".
      `${summary2016} The provider wrote that hydrocodone has been prescribed since early 2013; no urine drug screen, pain agreement or documented functional gains specific to the opioid were included.`,
      'Request(s) under consideration include Norco 10/325mg #60 and physical therapy for the lumbar spine. Soma was prescribed in 2014 and tramadol was recommended by the surgeon; no urine drug screen, pain agreement or opioid contract were included. The requests were non-certified on 10/20/2016.',
      'Request(s) under consideration include Norco 10/325mg #60 and physical therapy for the lumbar spine. He has been prescribed for years; there was no urine drug screen. The requests were non-certified on 10/20/2016.',
      // A drug prescribed after the disputed list was stated is history: "the requests" are the list's.
      'Request(s) under consideration include Norco 10/325mg #60 and physical therapy for the lumbar spine. The provider prescribed Soma 350mg #30 for spasm. The requests were non-certified on 10/20/2016.',
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine; no urine drug screen or opioid agreement was documented.',
      // What UR advised besides its decision: "…, and recommended weaning".
      'Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine, and recommended weaning.',
      'On 10/20/2016 utilization review denied Norco 10/325mg #60 and physical therapy for the lumbar spine and suggested a home exercise program instead.',
      // A clause of its own after the list: "the adjuster's note was forwarded …".
      "Utilization review on 10/20/2016 non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine; the adjuster's note was forwarded from the carrier on 10/22/2016.",
      // "At issue" that labels no list, and a request stated as decided ("the request under review was denied").
      `${summary2016} At the office visit at issue, the applicant reported neck pain, and a TENS unit and a cane were given.`,
      `${summary2016} The request under review was denied by utilization review on 10/20/2016. The medication at issue was prescribed in 2015.`,
      `${summary2016} The treatment requested was not medically necessary per utilization review.`,
    ]) {
      const text = withSummary(sentences);
      assert.deepEqual(findingsOf(text, rule).map((f) => text.slice(f.start, f.end)), [], `in: ${sentences}\nread: ${JSON.stringify(parseLetter(text).requests.map((r) => r.text))}`);
    }
  });

  it('reports, in every phrasing, a third request that has no item', () => {
    for (const sentences of phrasings) {
      const text = withSummary(sentences.replace('10/325mg #60', '10/325mg #60, Tramadol 50mg #60'));
      const found = findingsOf(text, rule);
      assert.deepEqual(
        found.map((f) => text.slice(f.start, f.end)),
        ['Tramadol 50mg #60'],
        `in: ${sentences}`,
      );
    }
  });

  it('reads a UR sentence that certified none of the requests, or refused them, as referring back to them all', () => {
    const asked = 'The provider requested Norco 10/325mg #60, physical therapy 2 times a week for 4 weeks for the lumbar spine and Tramadol 50mg #60.';
    for (const decision of [
      'Utilization review on 10/20/2016 certified none of these.',
      'Utilization review approved none of them.',
      'The claims administrator authorized none of the requested treatments.',
      'UR authorized none.',
      'Utilization review approved neither request and certified nothing else.',
      'Utilization review did not certify any of the three.',
      'Utilization review did not authorize either of them.',
      'Utilization review did not approve these requests.',
      'None were certified by utilization review on 10/20/2016.',
      'None of the three requests was approved.',
      'None of them were authorized.',
      'The requests were not certified.',
      'These were not approved by utilization review.',
      'All were non-certified.',
      'Utilization review declined all of them.',
      'Utilization review declined all three.',
      'UR rejected the requests.',
      'The claims administrator refused the requests on 10/20/2016.',
      'UR issued a non-certification of all three requests.',
    ]) {
      const text = withSummary(`${asked} ${decision}`);
      assert.equal(parseLetter(text).requests.filter((r) => r.disputed).length, 3, `in: ${decision}`);
      assert.deepEqual(findingsOf(text, rule).map((f) => text.slice(f.start, f.end)), ['Tramadol 50mg #60'], `in: ${decision}`);
    }
    // What utilization review approved is not in dispute, and a worker who declines or refuses makes no decision of the review's.
    for (const decision of [
      'Utilization review on 10/20/2016 certified all of these.',
      'Utilization review approved them all.',
      'All were certified on 10/20/2016.',
      'The patient declined all of these.',
      'He refused all three and preferred home exercise.',
      'He rejected the medications because of side effects.',
      'None of these helped.',
      'None were tried.',
      'The carrier reviewed the records and the patient declined all of them.',
      // What UR certified besides "none of the other requests" is not known: nothing is taken as disputed.
      'Utilization review certified the Norco but approved none of the other requests.',
    ]) {
      const text = withSummary(`${asked} ${decision}`);
      assert.deepEqual(parseLetter(text).requests.filter((r) => r.disputed).map((r) => r.text), [], `in: ${decision}`);
      expectNone(text, rule);
    }
  });

  it('reads a request whose asker stands earlier in the clause, a pronoun, "would like", "the plan is to proceed with"', () => {
    for (const sentences of [
      'The surgeon documented failure of conservative care and on 10/01/2016 asked for Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified all of these.',
      'The treating physician reviewed the MRI with him and requested Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both requests.',
      'The orthopedist noted spasm and, on November 2, 2016, submitted a request for Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. UR non-certified both.',
      'The pain specialist noted reduced function and has requested Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. Utilization review denied these requests.',
      'At the visit of 10/1/2016 she is now requesting Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. UR denied both.',
      'The spine surgeon saw him again and requested, in the same submission, Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. Utilization review denied both requests.',
      'The provider would like to proceed with Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both requests.',
      'The surgeon would like Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both requests.',
      'The plan is to proceed with Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both requests.',
      'He wants to try physical therapy 2 times a week for 4 weeks for the lumbar spine and Norco 10/325mg #60. Utilization review non-certified both requests.',
      // The visit or report that asked (natural 357).
      'The 10-14-16 visit requested Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks for the lumbar spine. Utilization review non-certified both on 10-28-16.',
      'The progress report of 10/1/2016 requested Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. UR denied both requests.',
    ]) {
      const text = withSummary(sentences);
      const disputed = parseLetter(text).requests.filter((r) => r.disputed);
      assert.equal(disputed.length, 2, `two disputed requests in: ${sentences}\nread: ${JSON.stringify(disputed.map((r) => r.text))}`);
      expectNone(text, rule);
      const third = withSummary(sentences.replace('10/325mg #60', '10/325mg #60, Tramadol 50mg #60'));
      assert.deepEqual(findingsOf(third, rule).map((f) => third.slice(f.start, f.end)), ['Tramadol 50mg #60'], `in: ${sentences}`);
    }
  });

  it('reads a list set out one request a line, each line whole, up to the prose after it', () => {
    const lines = '1. Norco 10/325mg #60\n2. Physical therapy 2 times a week for 4 weeks lumbar spine\n3. Crutches, purchase';
    for (const [intro, after] of [
      // natural 336: the asker far from the verb, the list on its own lines, the UR sentence right after it.
      ['The surgeon documented failure of conservative care and on 10/01/2016 asked for the following:', 'Utilization review on 10/20/2016 non-certified all of these and the application for IMR was received 10/30/2016.'],
      ['The provider asked for:', 'UR denied all three on 10/20/2016.'],
      ['The surgeon documented failure of conservative care and requested the following on 10/1/2016.', 'Utilization review non-certified all three requests.'],
      ['Utilization review on 10/20/2016 non-certified the following:', ''],
    ]) {
      for (const list of [lines, lines.replace(/^\d\. /gm, '- '), lines.replace(/^(\d)\. /gm, '($1) ')]) {
        const sentences = `${intro}\n${list}${after ? `\n${after}` : ''}`;
        const text = withSummary(sentences);
        assert.deepEqual(
          parseLetter(text).requests.map((r) => [r.text, r.disputed]),
          [
            ['Norco 10/325mg #60', true],
            ['Physical therapy 2 times a week for 4 weeks lumbar spine', true],
            ['Crutches, purchase', true],
          ],
          `in: ${sentences}`,
        );
        assert.deepEqual(findingsOf(text, rule).map((f) => text.slice(f.start, f.end)), ['Crutches, purchase'], `in: ${sentences}`);
      }
    }
    // A numbered list of diagnoses before the request ends where the prose starts.
    expectNone(withSummary('Diagnoses:\n1. Lumbar strain\n2. Myospasm\nThe provider requested Norco 10/325mg #60 and physical therapy x8 for the lumbar spine. UR non-certified both requests.'), rule);
  });

  it('takes no wish, clause, application or date after a verb of asking for a request', () => {
    for (const sentences of [
      'He was seen on 10/1/2016 and requested that his medications be refilled.',
      'He has pain and requested an IMR.',
      'The worker, who requested IMR on 10/30/2016, has pain.',
      'She would like to return to work, and the surgeon would like him to return to modified duty and would like to see him back in four weeks.',
      'The physician examined him and asked for him to return in four weeks.',
      'Her medications are:\n1. Tramadol 50mg\n2. Soma 350mg\nShe walks with a cane.',
    ]) {
      const text = withSummary(`${sentences} ${summary2016}`);
      assert.deepEqual(
        parseLetter(text).requests.filter((r) => r.disputed).map((r) => r.text),
        ['Norco 10/325mg #60', 'Physical therapy 2 times a week for 4 weeks lumbar spine'],
        `in: ${sentences}`,
      );
      expectNone(text, rule);
    }
  });

  it('reads a back-reference to drugs ("all three medications") as standing for the drugs only, not for a service', () => {
    for (const reference of ['all three medications', 'all 3 medications', 'the three requested medications', 'both drugs']) {
      const text = withSummary(`Request(s) under consideration include Norco 10/325mg #60 and Soma 350mg #90. On 10/20/2016 utilization review non-certified ${reference}.`);
      const found = findingsOf(text, rule).map((f) => text.slice(f.start, f.end));
      assert.deepEqual(found, ['Soma 350mg #90', 'Physical therapy 2 times a week for 4 weeks lumbar spine'], `in: ${reference}`);
    }
    // "The requests" stand for every kind of request.
    expectNone(withSummary('The provider requested the treatment. Utilization review non-certified all of the requests.'), rule);
  });

  it('reads the requests of a summary whose heading is missing, from its standard first sentence', () => {
    const unheaded = (text: string) => mutate(text, 'CLINICAL CASE SUMMARY\n', '');
    expectNone(unheaded(letter2016), rule);
    expectNone(unheaded(letter2014), rule);
    expectFindings(unheaded(otherDrug), rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: 'no item decides it' },
      { range: 'Percocet 10/325mg #60', severity: 'warning', message: 'is not among the requests' },
    ]);
    const extra = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Lumbar-sacral orthosis (LSO) brace: Upheld\nClaims Administrator guideline: x\nMAXIMUS guideline: x\nDecision rationale: x\nNorco 10/325mg #60: Upheld');
    expectFindings(unheaded(extra), rule, [{ range: 'Lumbar-sacral orthosis (LSO) brace', severity: 'warning', message: 'is not among the requests' }]);
    // Without the heading and without the first sentence, the summary still follows the 2016 credentials block.
    const bare = (text: string) => mutate(unheaded(text), 'The expert reviewer developed the following clinical case summary based on a review of the\ncase file, including all medical records:\n', '');
    expectNone(bare(letter2016), rule);
    expectFindings(bare(otherDrug), rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: 'no item decides it' },
      { range: 'Percocet 10/325mg #60', severity: 'warning', message: 'is not among the requests' },
    ]);
    // Without the credentials block too, nothing says where a summary would begin: none is read.
    expectNone(mutate(bare(otherDrug), 'The Expert Reviewer has the following credentials:\nState(s) of Licensure: California\nCertification(s)/Specialty: Orthopedic Surgery\n', ''), rule);
  });

  it('reads on under a summary heading repeated right after the summary, where UR refers back to the requests', () => {
    const text = withSummary(
      'The provider asked for Norco 10/325mg #60, physical therapy 2 times a week for 4 weeks for the lumbar spine and a functional capacity evaluation.\nCLINICAL CASE SUMMARY\nUtilization review on 10/20/2016 non-certified all three requests. The worker applied for IMR.',
    );
    expectFindings(text, rule, [{ range: 'functional capacity evaluation', severity: 'warning', message: 'no item decides it' }]);
    // Without the UR sentence the provider's requests are not stated as disputed.
    expectNone(withSummary('The provider asked for Norco 10/325mg #60 and a functional capacity evaluation.\nCLINICAL CASE SUMMARY\nHe walks with a cane.'), rule);
  });

  it('joins a spinal region written after a list\'s comma to its request ("8 visits, lumbar, and a brace")', () => {
    const text = withSummary('On 10/20/2016 utilization review non-certified Norco 10/325mg #60, physical therapy 8 visits, lumbar, and a lumbar support brace.');
    assert.deepEqual(parseLetter(text).requests.map((r) => r.text), ['Norco 10/325mg #60', 'physical therapy 8 visits, lumbar', 'lumbar support brace']);
  });

  it('compares services by body region: an MRI of the lumbar spine is not an MRI of the cervical spine', () => {
    const mri = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'MRI of the lumbar spine without contrast: Overturned');
    const cervical = mutate(mri, summary2016, 'Utilization review non-certified Norco 10/325mg #60 and an MRI of the cervical spine on 10/20/2016.');
    expectFindings(cervical, rule, [
      { range: 'MRI of the cervical spine', severity: 'warning', message: 'no item decides it' },
      { range: 'MRI of the lumbar spine without contrast', severity: 'warning', message: 'is not among the requests' },
    ]);
    expectNone(mutate(mri, summary2016, 'Utilization review non-certified Norco 10/325mg #60 and a lumbar magnetic resonance imaging study on 10/20/2016.'), rule);
    const pt = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Physical therapy x12 lumbar: Overturned');
    expectNone(mutate(pt, summary2016, 'Utilization review non-certified Norco 10/325mg #60 and physical therapy 12 sessions for the lumbar spine.'), rule);
  });

  it('compares studies by their kind: a bone scan is not the CT scan of the same spine, a CAT scan is a CT', () => {
    const ct = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'CT scan of the lumbar spine: Overturned');
    const denied = (studies: string) => mutate(ct, summary2016, `On 10/21/2016, utilization review non-certified Norco 10/325mg #60, ${studies}.`);
    // natural 348: the bone scan shares "scan" with the CT item, and has no item of its own.
    assert.deepEqual(
      findingsOf(denied('the CT scan and the bone scan'), rule).map((f) => denied('the CT scan and the bone scan').slice(f.start, f.end)),
      ['bone scan'],
    );
    for (const [studies, missing] of [
      ['a lumbar CT and a whole body bone scan', 'whole body bone scan'],
      ['a computed tomography scan of the lumbar spine and a lumbar MRI', 'lumbar MRI'],
      ['a CT of the lumbar spine and lumbar spine x-rays', 'lumbar spine x-rays'],
      ['a CAT scan of the low back and a PET scan', 'PET scan'],
      ['a lumbar CT scan and a lumbar myelogram', 'lumbar myelogram'],
      ['lumbar CT and a discogram at L4-5', 'discogram at L4-5'],
      ['lumbar CT and ultrasound of the abdomen', 'ultrasound of the abdomen'],
    ]) {
      const text = denied(studies);
      assert.deepEqual(findingsOf(text, rule).map((f) => text.slice(f.start, f.end)), [missing], `in: ${studies}`);
    }
    // The same kind of study by another name, or with another study it is done with, is the item's.
    for (const studies of ['a CAT scan of the lumbar spine', 'computerized tomography of the low back', 'a lumbar CT myelogram', 'a CT scan']) {
      expectNone(denied(studies), rule);
    }
    const bone = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Three-phase bone scan: Overturned');
    expectNone(mutate(bone, summary2016, 'Utilization review non-certified Norco 10/325mg #60 and nuclear medicine scintigraphy.'), rule);
    const emg = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'EMG/NCV of the bilateral lower extremities: Overturned');
    expectNone(mutate(emg, summary2016, 'Utilization review non-certified Norco 10/325mg #60 and electrodiagnostic studies of the lower extremities.'), rule);
    const sleep = mutate(emg, summary2016, 'Utilization review non-certified Norco 10/325mg #60, nerve conduction studies of the legs and a sleep study.');
    assert.deepEqual(findingsOf(sleep, rule).map((f) => sleep.slice(f.start, f.end)), ['sleep study']);
  });

  it('stays silent when the summary names no disputed requests, or only plans and recommendations', () => {
    expectNone(withSummary('He walks with a cane.'), rule);
    expectNone(withSummary('The treatment plan included Tramadol 50mg #60 and acupuncture. The provider recommended a TENS unit.'), rule);
    // The patient's denial is not utilization review's.
    expectNone(withSummary('The patient denied numbness and tingling. He reports low back pain.'), rule);
    // What utilization review certified is not in dispute.
    expectNone(
      withSummary('Utilization review non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine, and certified Tramadol 50mg #60.'),
      rule,
    );
    // A back-reference names no request of its own.
    expectNone(withSummary('The provider requested the medications. Utilization review non-certified all of the requests.'), rule);
  });

  it('inserts the missing item after the last one: heading with «decision», the three fields with suggested citations', () => {
    const text = withSummary('Utilization review non-certified Norco 10/325mg #60, physical therapy for the lumbar spine and Soma 350mg #90.');
    const [f] = expectFindings(text, rule, [{ range: 'Soma 350mg #90', severity: 'warning' }]);
    const fixed = applyFix(text, f.fixes![0]);
    assert.match(fixed, /\nSoma 350mg #90: «Upheld\/Overturned»\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section\(s\): [^\n]*Muscle relaxants[^\n]*\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016[^\n]*\nDecision rationale: «rationale»\n?$/);
    assert.equal(parseLetter(fixed).items.length, 3);
    expectFixesWork(text, rule, ['item-decision-invalid', 'item-decision-missing', 'placeholder', 'decision-conclusion-missing']);
  });

  it('gives up on a document with more request and item pairs than a letter has (the comparison is bounded)', () => {
    const many = withSummary(`Request(s) under consideration include ${Array.from({ length: 120 }, (_, i) => `Drug${i} 10mg #${i}`).join(', ')}.`);
    const items = Array.from({ length: 100 }, (_, i) => `Other${i} 5mg #${i}: Upheld\nClaims Administrator guideline: x\nMAXIMUS guideline: x\nDecision rationale: x`).join('\n');
    expectNone(`${many}\n${items}`, rule);
  });

  it('is configurable', () => expectConfigurable(otherDrug, rule));
});
