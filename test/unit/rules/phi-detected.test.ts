import * as assert from 'node:assert/strict';
import { applyFix, expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'phi-detected';

describe(`rule ${rule}`, () => {
  const phone = mutate(letter2016, 'reports low back pain.', 'reports low back pain. Call 555-123-4567.');
  const ssn2014 = mutate(letter2014, 'reports neck pain', 'SSN 123-45-6789 reports neck pain');

  it('reports a phone number (2016)', () => {
    expectFindings(phone, rule, [{ range: '555-123-4567', severity: 'warning', message: 'This looks like a phone number. Redact it' }]);
  });

  it('reports a Social Security number (2014)', () => {
    expectFindings(ssn2014, rule, [{ range: '123-45-6789', severity: 'warning', message: 'a Social Security number' }]);
  });

  it('reports e-mail addresses, street addresses, dates of birth and claim numbers', () => {
    expectFindings(mutate(letter2014, 'reports neck pain', 'jane.doe@example.com reports neck pain'), rule, [{ range: 'jane.doe@example.com', severity: 'warning', message: 'an e-mail address' }]);
    // Spelled out, as a filter-shy writer does.
    expectFindings(mutate(letter2014, 'reports neck pain', 'k.okafor at pacificmutual-ins dot com and jo[at]mail(dot)org report neck pain'), rule, [
      { range: 'k.okafor at pacificmutual-ins dot com', severity: 'warning', message: 'an e-mail address' },
      { range: 'jo[at]mail(dot)org', severity: 'warning', message: 'an e-mail address' },
    ]);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports pain at night, a dot of blood at the site, com- plaints'), rule);
    // The sentence's full stop is not part of the address.
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. She lives at 1234 Main Street.'), rule, [
      { range: '1234 Main Street', severity: 'warning', message: 'a street address' },
    ]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. DOB: 04/05/1971.'), rule, [{ range: 'DOB: 04/05/1971', severity: 'warning', message: 'a date of birth' }]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. Claim number: ABC12345.'), rule, [
      { range: 'Claim number: ABC12345', severity: 'warning', message: 'a claim number' },
    ]);
  });

  it('reports more dates of birth and a bare nine-digit SSN after its cue', () => {
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. She was born on April 5, 1964.'), rule, [
      { range: 'born on April 5, 1964', severity: 'warning', message: 'a date of birth' },
    ]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. DOB: April 5, 1964; born 4/5/1964.'), rule, [
      { range: 'DOB: April 5, 1964', severity: 'warning', message: 'a date of birth' },
      { range: 'born 4/5/1964', severity: 'warning', message: 'a date of birth' },
    ]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. SSN: 123456789. Social Security number 987654321.'), rule, [
      { range: 'SSN: 123456789', severity: 'warning', message: 'a Social Security number' },
      { range: 'Social Security number 987654321', severity: 'warning', message: 'a Social Security number' },
    ]);
    // In words or with the day first, the same.
    expectFindings(
      mutate(letter2016, 'reports low back pain.', 'reports low back pain. Born on the ninth of March, nineteen sixty-eight; born 5th April 1964; born in Sept. 1964; born March the 3rd.'),
      rule,
      [
        { range: 'Born on the ninth of March', severity: 'warning', message: 'a date of birth' },
        { range: 'born 5th April 1964', severity: 'warning', message: 'a date of birth' },
        { range: 'born in Sept. 1964', severity: 'warning', message: 'a date of birth' },
        { range: 'born March the 3rd', severity: 'warning', message: 'a date of birth' },
      ],
    );
    // A month alone names no date; a first-born child is no birth date.
    expectNone(mutate(letter2016, 'reports low back pain.', 'reports low back pain. Her son was born in March, her first-born in the spring.'), rule);
    // Nine digits without the cue are not an SSN (an authorization number, a record number).
    expectNone(mutate(letter2016, 'reports low back pain.', 'reports low back pain. Authorization 123456789.'), rule);
  });

  const named = (from: string, to: string) => mutate(letter2016, from, to);
  const pain = 'reports low back pain.';

  it('reports a title with a capitalised surname, for the worker and for a physician', () => {
    const text = named(pain, "reports low back pain. Mrs. Ramirez saw Mr. O'Neil, Ms. Nguyen-Tran, Mx Lee and Dr. Patel; per Dr. McDonald's note.");
    expectFindings(text, rule, [
      { range: 'Mrs. Ramirez', severity: 'warning', message: "a person's name" },
      { range: "Mr. O'Neil", severity: 'warning' },
      { range: 'Ms. Nguyen-Tran', severity: 'warning' },
      { range: 'Mx Lee', severity: 'warning' },
      { range: 'Dr. Patel', severity: 'warning' },
      { range: 'Dr. McDonald', severity: 'warning' },
    ]);
  });

  it('reports a title before initials and a surname, and a name signed with a credential; not a specialty', () => {
    const text = named(pain, 'reports low back pain. Ms. K. T. Nguyen saw J. R. Smith, M.D. and Dana Fox, MD; per Lee Park M.D. and Dr. J.R. Patel.');
    expectFindings(text, rule, [
      { range: 'Ms. K. T. Nguyen', severity: 'warning', message: "a person's name" },
      { range: 'J. R. Smith, M.D.', severity: 'warning' },
      { range: 'Dana Fox, MD', severity: 'warning' },
      { range: 'Lee Park M.D.', severity: 'warning' },
      { range: 'Dr. J.R. Patel', severity: 'warning' },
    ]);
    expectNone(named(pain, 'reports low back pain. Board certified in Internal Medicine, M.D., and seen by the pain management MD.'), rule);
  });

  it('reports a title before initials alone, which stand for the name', () => {
    const text = named(pain, 'reports low back pain. Mr. R.T., now 52, saw Ms. J. and Mrs. A. B. again; Mr. RT agreed, and Dr. K. agreed.');
    expectFindings(text, rule, [
      { range: 'Mr. R.T.', severity: 'warning', message: "a person's name" },
      { range: 'Ms. J.', severity: 'warning' },
      { range: 'Mrs. A. B.', severity: 'warning' },
      { range: 'Mr. RT', severity: 'warning' },
      { range: 'Dr. K.', severity: 'warning' },
    ]);
    const [worker] = findingsOf(text, rule);
    assert.ok(applyFix(text, worker.fixes!.find((f) => f.preferred)!).includes('The injured worker, now 52,'));
    // Capitals that go on into a word, or a credential after "Dr.", are no initials.
    expectNone(named(pain, 'reports low back pain. Dr. MD and Dr. PT. Mr. R.Tomas is absent. Ms. T.I.Dosing.'), rule);
  });

  it('reports a company named with its legal suffix or after words of employment, with its town', () => {
    const text = named(
      pain,
      'reports low back pain. He was lifting drywall for Castellano Framing Inc. in Bakersfield. Before that he was employed by Harbor Freight Tools, and his wife works at Bank of the West in San Luis Obispo. Zenith Insurance Company and Valley Orthopedic Group, LLC sent notes. His employer, Smith & Sons Roofing, agreed.',
    );
    expectFindings(text, rule, [
      { range: 'Castellano Framing Inc. in Bakersfield', severity: 'warning', message: "a company's name" },
      { range: 'Harbor Freight Tools', severity: 'warning', message: "a company's name" },
      { range: 'Bank of the West in San Luis Obispo', severity: 'warning' },
      { range: 'Zenith Insurance Company', severity: 'warning' },
      { range: 'Valley Orthopedic Group, LLC', severity: 'warning' },
      { range: 'Smith & Sons Roofing', severity: 'warning' },
    ]);
    const [first] = findingsOf(text, rule);
    assert.ok(applyFix(text, first.fixes![0]).includes('lifting drywall for [redacted].'));
  });

  it('does not take MAXIMUS, a lower-case employer, words of work that name none, or a publisher in a citation for a company', () => {
    expectNone(
      named(
        pain,
        'reports low back pain. MAXIMUS Federal Services sent the file. He works for the county and was employed by a framing company; he is working at least 24 hours. The Income was low. His employer is unknown. Theramine is a medical food from Physician Therapeutics, LLC, Los Angeles, CA; the patch is manufactured by Endo Pharmaceuticals Inc.',
      ),
      rule,
    );
    const cited = mutate(
      letter2016,
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.',
      'MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Lexicomp Online, Wolters Kluwer Health, Inc., Physical therapy.',
    );
    expectNone(cited, rule);
    // A draft whose employer was never typed runs into the next sentence: the letter's own words are no company.
    expectNone(named(pain, 'reports low back pain after an injury while employed by Request(s) under consideration include Norco 10/325mg #60.'), rule);
  });

  it('reports a name set beside the worker, a "Last, First" name where the worker is named, and a salutation', () => {
    expectFindings(named(pain, 'reports low back pain. The injured worker, Dana Fox, was seen by the claimant, Mr. Lee.'), rule, [
      { range: 'Dana Fox', severity: 'warning' },
      { range: 'Mr. Lee', severity: 'warning' },
    ]);
    expectFindings(named(pain, 'reports low back pain.\nPatient: Fox, Dana\nClaimant Name: Dana J. Fox\nDear Ms. Fox,\nDear Dana Fox,'), rule, [
      { range: 'Fox, Dana', severity: 'warning' },
      { range: 'Dana J. Fox', severity: 'warning' },
      { range: 'Ms. Fox', severity: 'warning' },
      { range: 'Dana Fox', severity: 'warning' },
    ]);
  });

  it('reports a name right after the role, after "RE:" and after "the name" or "named"', () => {
    const text = named(pain, 'reports low back pain.\nRE: Whitfield, Gary. The claimant Roberta Sims is 47. Records under the name Herrera, Luis describe a cook named Dana Fox. The applicant (Tom Reyes) agreed. She came with her husband, Jose Lopez, to the visit.\nPatient name: Reyes.');
    expectFindings(text, rule, [
      { range: 'Whitfield, Gary', severity: 'warning' },
      { range: 'Roberta Sims', severity: 'warning' },
      { range: 'Herrera, Luis', severity: 'warning' },
      { range: 'Dana Fox', severity: 'warning' },
      { range: 'Tom Reyes', severity: 'warning' },
      { range: 'Jose Lopez', severity: 'warning' },
      { range: 'Reyes', severity: 'warning' },
    ]);
    const bracketed = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Tom Reyes')!;
    assert.ok(applyFix(text, bracketed.fixes![0]).includes('The applicant agreed.'));
    const role = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Roberta Sims')!;
    assert.ok(applyFix(text, role.fixes![0]).includes('The claimant is 47.'));
    // One capitalised word after the role is no name: "the patient Norco", "the claimant MRI".
    expectNone(named(pain, 'reports low back pain. The patient Norco use continued; the claimant MRI was read; the patient Health Questionnaire was given.'), rule);
  });

  it('reports a relative named after the kinship word, with or without commas, by first name or in full', () => {
    const text = named(
      pain,
      'reports low back pain. His wife Graciela now drives him. Her son, Mateo, helps at home; her daughter Ana Ruiz cooks, and his brother-in-law, Luis Ortega. Her fiancé Dana stays over; her mother Rosa\'s house is near.',
    );
    expectFindings(text, rule, [
      { range: 'Graciela', severity: 'warning', message: "a person's name" },
      { range: 'Mateo', severity: 'warning' },
      { range: 'Ana Ruiz', severity: 'warning' },
      { range: 'Luis Ortega', severity: 'warning' },
      { range: 'Dana', severity: 'warning' },
      { range: 'Rosa', severity: 'warning' },
    ]);
    const wife = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Graciela')!;
    assert.ok(applyFix(text, wife.fixes![0]).includes('His wife now drives him.'));
    const son = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Mateo')!;
    assert.ok(applyFix(text, son.fixes![0]).includes('Her son helps at home'));
  });

  it('does not take a month, a language, a drug, a practice or a new sentence after a relative for a name', () => {
    expectNone(
      named(
        pain,
        'reports low back pain. Her son was born in March; his wife Spanish-speaking only, his wife Monday. He lives with his wife. Graciela is not named here. Her husband Norco use is unknown. Her partner, Valley Medical Group, was called; her sister Kaiser Permanente member. His mother MRI and his son, I\'d note, came; the person Ann said so.',
      ),
      rule,
    );
  });

  it('reports a person named with a nursing or therapy credential, or set after a role', () => {
    const text = named(
      pain,
      'reports low back pain. The nurse case manager, Rhonda Pettigrew, RN, wrote. Ann Li, PT, and Sam Cho, OTR/L, treated her; Kim Hale, LVN, and Jo Park, LCSW, agreed. The adjuster, Tom Beck, called; her therapist Ann Moreno noted gains; the interpreter, Luz Maria Vega.',
    );
    expectFindings(text, rule, [
      { range: 'Rhonda Pettigrew, RN', severity: 'warning', message: "a person's name" },
      { range: 'Ann Li, PT', severity: 'warning' },
      { range: 'Sam Cho, OTR/L', severity: 'warning' },
      { range: 'Kim Hale, LVN', severity: 'warning' },
      { range: 'Jo Park, LCSW', severity: 'warning' },
      { range: 'Tom Beck', severity: 'warning' },
      { range: 'Ann Moreno', severity: 'warning' },
      { range: 'Luz Maria Vega', severity: 'warning' },
    ]);
    const nurse = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Rhonda Pettigrew, RN')!;
    assert.ok(applyFix(text, nurse.fixes![0]).includes('The nurse case manager wrote.'));
    const adjuster = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Tom Beck')!;
    assert.ok(applyFix(text, adjuster.fixes![0]).includes('The adjuster called;'));
    // A nurse is no treating physician: her name is redacted, not replaced by that role.
    const signed = findingsOf(text, rule).find((f) => text.slice(f.start, f.end) === 'Kim Hale, LVN')!;
    assert.ok(!signed.fixes!.some((f) => f.title.includes('treating physician')));
  });

  it('does not take therapies, body parts, practices, tests or specialties after a role or before PT for a name', () => {
    expectNone(
      named(
        pain,
        'reports low back pain. Requests: Right Shoulder, PT 2x4; Lumbar Spine, PT; failed stretching, PT/OT and labs (CBC, CMP, PT/PTT); Aquatic Therapy, PT. The provider, Valley Medical Group, and the therapist, Pacific Spine Institute, agreed; the psychologist Beck Depression Inventory was 30; the surgeon Orthopedic Surgery; the treating physician, Internal Medicine; the physician, Board Certified in Pain; the adjuster, Travelers, wrote; the nurse Case Manager noted it, as did the physician Assistant Director; Vestibular PT and Home PT helped.',
      ),
      rule,
    );
  });

  it('reports a name just before the role, a phone with a space, and a WCAB case number; not "the Dr. Pain …"', () => {
    const text = named(pain, 'reports low back pain. Luis Navarro (the injured worker) called (559) 555 0143 about WCAB case ADJ9384412.');
    expectFindings(text, rule, [
      { range: 'Luis Navarro', severity: 'warning' },
      { range: '(559) 555 0143', severity: 'warning', message: 'a phone number' },
      { range: 'ADJ9384412', severity: 'warning', message: 'a WCAB case number' },
    ]);
    expectNone(named(pain, 'reports low back pain. He could not yet be seen by the Dr. Pain in the left leg persists.'), rule);
    expectFindings(named(pain, 'reports low back pain per PA Johnson and NP Alvarez.'), rule, [
      { range: 'PA Johnson', severity: 'warning' },
      { range: 'NP Alvarez', severity: 'warning' },
    ]);
    expectNone(named(pain, 'reports low back pain; PA MRI and NP ROM were normal.'), rule);
  });

  it('replaces a worker named by a title with "the injured worker", a physician with "the treating physician"', () => {
    const text = named(pain, 'reports low back pain. Mrs. Ramirez was seen by Dr. Patel. Then Mrs. Ramirez improved.');
    const fixes = findingsOf(text, rule).map((f) => f.fixes!.find((x) => x.preferred)!);
    let fixed = text;
    for (const fix of [...fixes].reverse()) fixed = applyFix(fixed, fix);
    assert.ok(fixed.includes('reports low back pain. The injured worker was seen by the treating physician. Then the injured worker improved.'), fixed);
    expectFixesWork(text, rule);
  });

  it('drops a name set beside the role, keeping the role and the sentence', () => {
    const text = named(pain, 'reports low back pain. The injured worker, Dana Fox, was seen. So was the claimant, Mr. Lee.');
    const [first, second] = findingsOf(text, rule);
    assert.ok(applyFix(text, first.fixes![0]).includes('The injured worker was seen.'));
    assert.ok(applyFix(text, second.fixes![0]).includes('So was the claimant.'));
  });

  it('redacts a name in a salutation or after a label, and never by fix-all', () => {
    const text = named(pain, 'reports low back pain.\nPatient: Fox, Dana\nDear Ms. Fox,');
    const [label, salutation] = findingsOf(text, rule);
    assert.deepEqual(label.fixes!.map((f) => f.title), ['Redact the name']);
    assert.deepEqual(salutation.fixes!.map((f) => f.title), ['Redact the name']);
    assert.equal(fixAll(text), text);
  });

  it('does not take roles, months, drugs, sentence openers or acronyms after a title or a role for names', () => {
    const text = named(
      pain,
      'reports low back pain. Dr. Reviewer and Dr. MTUS. In March, the patient, Norco, was seen. The patient, However, improved. The injured worker, a 45-year-old, has MS. Dear Sir or Madam, Mr. is absent. Since Monday, the claimant, Utilization Review, ...',
    );
    expectNone(text, rule);
  });

  it('does not take case numbers, dates, strengths or page ranges for personal information', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('redacts on request, never by fix-all (deciding what identifies someone is the author\'s call)', () => {
    const [redacted] = expectFixesWork(phone, rule);
    assert.ok(redacted.includes('Call [redacted].'));
    expectFixesWork(ssn2014, rule);
    assert.equal(fixAll(phone), phone);
  });

  it('is configurable', () => expectConfigurable(phone, rule));
});
