import * as assert from 'node:assert/strict';
import { applyFix, expectConfigurable, expectFindings, expectFixesWork, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-heading-incomplete';

describe(`rule ${rule}`, () => {
  const bare = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco: Upheld');

  it('reports a drug heading without strength and quantity that the summary gives, and fills them in', () => {
    const [f] = expectFindings(bare, rule, [{ range: 'Norco', severity: 'info', message: 'gives no strength and quantity, while the letter requests 10/325mg #60' }]);
    assert.match(applyFix(bare, f.fixes![0]), /\nNorco 10\/325mg #60: Upheld\n/);
    expectFixesWork(bare, rule);
  });

  it('fills in only what is missing: a strength before the quantity, or a quantity after the strength', () => {
    const noStrength = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco #60: Upheld');
    const [a] = expectFindings(noStrength, rule, [{ range: 'Norco #60', severity: 'info', message: 'gives no strength' }]);
    assert.match(applyFix(noStrength, a.fixes![0]), /\nNorco 10\/325mg #60: Upheld\n/);
    const noQuantity = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg:  Upheld');
    const [b] = expectFindings(noQuantity, rule, [{ range: 'Ambien 10mg', severity: 'info', message: 'gives no quantity' }]);
    assert.match(applyFix(noQuantity, b.fixes![0]), /\nAmbien 10mg #30: {2}Upheld\n/);
  });

  it('reads the rationale too, by any of the drug\'s names, when the summary does not give them', () => {
    const text = mutate(
      mutate(letter2016, 'Norco 10/325mg #60 and Physical', 'opioid medication and Physical'),
      'Norco 10/325mg #60: Upheld',
      'Norco: Upheld',
    ).replace('The request is for Norco 10/325mg #60.', 'The request is for hydrocodone/APAP 10/325mg #60.');
    expectFindings(text, rule, [{ range: 'Norco', severity: 'info', message: '10/325mg #60' }]);
  });

  it('reports a heading that names only a product, without a fix, when nothing gives the figures or the letter gives two', () => {
    const none = mutate(mutate(bare, 'Norco 10/325mg #60 and Physical', 'opioid medication and Physical'), 'The request is for Norco 10/325mg #60.', 'The request is for an opioid.');
    const [f] = expectFindings(none, rule, [{ range: 'Norco', severity: 'info', message: "gives no strength or quantity. Say in the heading what is decided: the strength and the quantity" }]);
    assert.equal(f.fixes, undefined);
    expectFindings(bare.replace('The request is for Norco 10/325mg #60.', 'The request is for Norco 5/325mg #90.'), rule, [{ range: 'Norco', severity: 'info', message: 'gives no strength or quantity' }]);
    const product = (heading: string) => mutate(none, 'Norco: Upheld', `${heading}: Upheld`);
    for (const heading of ['Lidoderm patches', 'Retrospective Terocin lotion', 'Omeprazole', 'Voltaren gel', 'Continued Flexeril']) {
      expectFindings(product(heading), rule, [{ range: heading, severity: 'info', message: 'gives no strength or quantity' }]);
    }
    for (const heading of ['Ketoprofen/gabapentin/lidocaine compounded cream', 'Compounded cream of flurbiprofen and lidocaine']) {
      expectFindings(product(heading), rule, [{ range: heading, severity: 'info', message: "each agent's strength and the amount" }]);
    }
  });

  it('stays silent when the heading is complete, or is a service that uses a drug, or gives any figure', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    const none = mutate(mutate(bare, 'Norco 10/325mg #60 and Physical', 'opioid medication and Physical'), 'The request is for Norco 10/325mg #60.', 'The request is for an opioid.');
    for (const heading of [
      'Twelve acupuncture visits with Capsaicin patch, 2 times weekly for 6 weeks',
      'Trigger point injection with lidocaine',
      'Toradol injection',
      'Lidocaine infusion',
      'Voltaren gel, #60 grams with 1 refill',
      'Compound Ketoprofen 20%, 240 grams',
      'Urine drug screen for opioids',
    ]) {
      expectNone(mutate(none, 'Norco: Upheld', `${heading}: Upheld`), rule);
    }
    // Not a drug.
    expectNone(mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Physical therapy: Overturned'), rule);
  });

  it('reads every place of the summary that names the drug with a strength, and a combination\'s first agent as the same strength', () => {
    const text = mutate(
      mutate(bare, 'Request(s) under consideration include Norco 10/325mg #60 and Physical', 'He had an arthroscopy. Norco 5/325mg #30 and Physical'),
      'The request is for Norco 10/325mg #60.',
      'Thirty tablets of hydrocodone 5mg is a limited supply.',
    );
    expectFindings(text, rule, [{ range: 'Norco', severity: 'info', message: 'gives no strength and quantity, while the letter requests 5/325mg #30' }]);
    // A non-certification names the request itself; a modification names another quantity.
    const denied = mutate(
      mutate(bare, 'Request(s) under consideration include Norco 10/325mg #60 and Physical', 'UR non-certified Norco 5/325mg #30 and Physical'),
      'The request is for Norco 10/325mg #60.',
      'The request is for an opioid.',
    );
    expectFindings(denied, rule, [{ range: 'Norco', severity: 'info', message: '5/325mg #30' }]);
    // Modified, it gives nothing to fill in: the bare heading is still reported, without a fix.
    const [modified] = expectFindings(denied.replace('UR non-certified Norco 5/325mg #30', 'UR modified Norco 5/325mg #30'), rule, [
      { range: 'Norco', severity: 'info', message: 'gives no strength or quantity.' },
    ]);
    assert.equal(modified.fixes, undefined);
  });

  it('takes a cream\'s amount for its quantity', () => {
    const cream = mutate(
      mutate(letter2016, 'Norco 10/325mg #60 and Physical', 'ketoprofen 20% cream 120gm and Medrox patches #30 and Physical'),
      'Norco 10/325mg #60: Upheld',
      'Ketoprofen 20% cream 120gm: Upheld',
    ).replace('The request is for Norco 10/325mg #60.', 'The request is for ketoprofen 20% cream 120gm.');
    expectNone(cream, rule);
    expectFindings(cream.replace('Ketoprofen 20% cream 120gm: Upheld', 'Ketoprofen cream: Upheld'), rule, [{ range: 'Ketoprofen cream', severity: 'info', message: '20%' }]);
  });

  it('is configurable', () => expectConfigurable(bare, rule));
});
