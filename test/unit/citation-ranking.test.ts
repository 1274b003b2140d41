// The citations offered for an item, chosen from the whole item and ranked by evidence: body region,
// drug form, surgery, the tables where the letters are silent, the Claims Administrator only as a tie
// breaker, and the evidence file itself (counts from catalog words, never letter text).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog } from '../../server/src/catalog';
import { Evidence, emptyEvidence, type EvidenceData } from '../../server/src/catalog/evidence';
import { drugForm, itemFeatures } from '../../server/src/catalog/evidence-features';
import { learnEvidence } from '../../server/src/catalog/evidence-letters';
import { rankCitations } from '../../server/src/catalog/suggest-rank';
import { suggestCitations } from '../../server/src/catalog/suggest';
import { parseLetter } from '../../server/src/letter/parse';
import { repoRoot } from './repo-root';

const c = builtinCatalog;
const keys = (text: string, era: '2016' | '2014' = '2016', evidence?: Evidence) =>
  rankCitations(text, era, 'maximus', c, { limit: 3, ...(evidence ? { evidence } : {}) }).map((s) => s.key);

describe('citation ranking', () => {
  it('cites thoracic-spine imaging to Neck and Upper Back, Low Back the alternative', () => {
    const offered = keys('CT of the thoracic spine');
    assert.equal(offered[0], 'mtus:neck-upper-back:Special Studies');
    assert.ok(offered.includes('mtus:low-back:Special Studies'));
  });

  it('cites a lidocaine ointment to Topical analgesics, not to the patch topic', () => {
    assert.equal(keys('Lidocaine 5% ointment #1')[0], 'mtus:chronic-pain:Topical analgesics');
    assert.equal(keys('Lidocaine 5% ointment #1', '2016', emptyEvidence)[0], 'mtus:chronic-pain:Topical analgesics');
  });

  it('cites Pepcid to Proton Pump Inhibitors, the NSAID GI-risk topic the alternative', () => {
    assert.deepEqual(keys('Pepcid 20mg #60').slice(0, 2), [
      'mtus:chronic-pain:Proton Pump Inhibitors (PPIs)',
      'mtus:chronic-pain:NSAIDs, GI symptoms & cardiovascular risk',
    ]);
  });

  it('cites EMG/NCV of the legs to Electrodiagnostic testing, Low Back Special Studies the alternative', () => {
    const offered = keys('EMG/NCV of the legs');
    assert.equal(offered[0], 'mtus:chronic-pain:Electrodiagnostic testing (EMG/NCS)');
    assert.ok(offered.includes('mtus:low-back:Special Studies'));
  });

  it('ranks the two tramadol citations by evidence: the table decides without letters, the letters when they speak', () => {
    const tableOnly = keys('Ultram 50mg #60', '2016', emptyEvidence);
    assert.deepEqual(tableOnly.slice(0, 2), ['mtus:chronic-pain:Tramadol (Ultram)', 'mtus:opioid-treatment:3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment']);
    const cited: EvidenceData = { letters: 3, items: { 'drug:tramadol': { letters: 3, cites: { 'mtus:opioid-treatment:3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment': 3 } } } };
    const ranked = rankCitations('Ultram 50mg #60', '2016', 'maximus', c, { evidence: new Evidence(cited) });
    assert.equal(ranked[0].key, 'mtus:opioid-treatment:3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment');
    assert.equal(ranked[0].why, 'cited for this drug in all 3 letters');
    assert.equal(ranked[1].key, 'mtus:chronic-pain:Tramadol (Ultram)');
    // A 2014-15 letter cannot cite Opioid Treatment 2016, whatever the evidence says.
    assert.ok(rankCitations('Ultram 50mg #60', '2014', 'maximus', c, { evidence: new Evidence(cited) }).every((s) => !s.key.startsWith('mtus:opioid-treatment')));
  });

  it('cites therapy after a surgery to the postsurgical guideline for the operated region', () => {
    assert.equal(keys('Physical therapy following arthroscopy of the shoulder')[0], 'mtus:postsurgical:Shoulder');
    const afterKnee = rankCitations('Post-op physical therapy 12 sessions', '2016', 'maximus', c, { context: { otherItems: ['Right knee arthroscopy'] } });
    assert.equal(afterKnee[0].key, 'mtus:postsurgical:Knee');
    assert.match(afterKnee[0].why, /postsurgical guideline for the knee/);
  });

  it('reads a spinal level as its spine, and learns a kind of request by region', () => {
    assert.deepEqual([...itemFeatures('Right L4-5 transforaminal epidural steroid injection', c).regions], ['lumbar']);
    assert.deepEqual([...itemFeatures('C5-6 interlaminar ESI', c).regions], ['neck']);
    assert.deepEqual([...itemFeatures('Ultram 50mg #60', c).regions], []);
    const lumbar: EvidenceData = { letters: 2, items: { 'kind:epidural-injection@lumbar': { letters: 2, cites: { 'mtus:low-back:Physical Methods': 2 } } } };
    assert.equal(keys('Right L5 transforaminal epidural steroid injection', '2016', new Evidence(lumbar))[0], 'mtus:low-back:Physical Methods');
    // Without letters the table decides.
    assert.equal(keys('Right L5 transforaminal epidural steroid injection', '2016', emptyEvidence)[0], 'mtus:chronic-pain:Epidural steroid injections (ESIs)');
  });

  it("learns a family of requests relative to the body part: a shoulder MRI's chapter teaches a knee MRI's", () => {
    const letter = (item: string, maximus: string) =>
      parseLetter(['IMR ISSUES, DECISIONS AND RATIONALES', `${item}: Upheld`, `MAXIMUS guideline: ${maximus}`, 'Decision rationale: not medically necessary.'].join('\n'));
    const shoulder = 'Decision based on MTUS Shoulder Complaints 2004, Section(s): Summary.';
    const learned = learnEvidence([letter('MRI of the right shoulder', shoulder), letter('MRI of the left shoulder', shoulder)], c);
    assert.deepEqual(learned.items['family:imaging']?.cites, { 'mtus:*:Summary': 2 });
    const offered = rankCitations('MRI of the left knee', '2016', 'maximus', c, { evidence: new Evidence(learned) });
    assert.ok(offered.some((s) => s.key === 'mtus:knee:Summary'), offered.map((s) => s.key).join(' | '));
    const at = (key: string) => offered.findIndex((s) => s.key === key);
    assert.ok(at('mtus:shoulder:Summary') === -1 || at('mtus:knee:Summary') < at('mtus:shoulder:Summary'));
  });

  it("finds a drug by its brand's first word, offering each drug the word may name", () => {
    const offered = keys('Three refills of Voltaren 75mg #60', '2016', emptyEvidence);
    assert.equal(offered[0], 'mtus:chronic-pain:NSAIDs (non-steroidal anti-inflammatory drugs)');
    assert.ok(offered.includes('mtus:chronic-pain:Topical analgesics'), offered.join(' | '));
  });

  it('reads ice and heat pads as a physical method, not as a drug patch', () => {
    assert.equal(drugForm('Ice/Heat pads therapy times 6'), 'oral');
    assert.equal(drugForm('Salonpas pad #60'), 'patch');
    assert.ok(!keys('Hot/cold pads therapy', '2016', emptyEvidence).includes('mtus:chronic-pain:Topical analgesics'));
  });

  it('cites a visit to talk about a surgery as an office visit, not as the surgery', () => {
    assert.equal(keys('Spine surgery evaluation for the lumbar', '2016', emptyEvidence)[0], 'mtus:chronic-pain:Office visits');
    assert.equal(keys('Consultation with an orthopedic surgeon', '2016', emptyEvidence)[0], 'mtus:chronic-pain:Office visits');
    assert.equal(keys('Right knee arthroscopy with evaluation of ACL', '2016', emptyEvidence)[0], 'mtus:knee:Surgical Considerations');
  });

  it('lets the Claims Administrator break a tie, never decide', () => {
    const general = 'mtus:low-back:General Approach';
    const methods = 'mtus:low-back:Physical Methods';
    const tie: EvidenceData = { letters: 2, items: { 'region:lumbar': { letters: 2, cites: { [general]: 1, [methods]: 1 } } } };
    const first = (claimsCites: string[]) =>
      rankCitations('Sit-stand workstation for the lumbar spine', '2016', 'maximus', c, { evidence: new Evidence(tie), context: { claimsCites } })[0]?.key;
    assert.equal(first([general]), general);
    assert.equal(first([methods]), methods);
    // A citation no evidence or table gives the item is not offered because the Claims Administrator gave it.
    assert.ok(!rankCitations('Sit-stand workstation for the lumbar spine', '2016', 'maximus', c, { evidence: new Evidence(tie), context: { claimsCites: ['mtus:knee:Summary'] } }).some((s) => s.key === 'mtus:knee:Summary'));
  });

  it('the quick fix offers the best citation and at most two alternatives, each titled with what it cites', () => {
    const source = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The Final Determination was based on decisions for the disputed items/services set forth below:',
      'Pepcid 20mg #60: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk.',
      'MAXIMUS guideline:',
      'Decision rationale: Pepcid is not medically necessary.',
    ].join('\n');
    const letter = parseLetter(source);
    const fixes = suggestCitations(letter.items[0].itemText, '2016', 'maximus', c, 3);
    assert.ok(fixes.length >= 2 && fixes.length <= 3);
    assert.deepEqual(fixes.map((f) => f.preferred), fixes.map((_, i) => i === 0));
    assert.match(fixes[0].title, /^Cite MTUS Chronic Pain Medical Treatment 2016: Proton Pump Inhibitors/);
  });

  it('learns counts once per letter, from the MAXIMUS field only, as a pure function of the letters', () => {
    const letter = (maximus: string, claims = 'The Claims Administrator did not cite any medical evidence for its decision.') =>
      parseLetter(
        [
          'IMR ISSUES, DECISIONS AND RATIONALES',
          'Soma 350mg #90: Upheld',
          `Claims Administrator guideline: ${claims}`,
          `MAXIMUS guideline: ${maximus}`,
          'Decision rationale: not medically necessary.',
          'Soma 350mg #30: Upheld',
          `Claims Administrator guideline: ${claims}`,
          `MAXIMUS guideline: ${maximus}`,
          'Decision rationale: not medically necessary.',
        ].join('\n'),
      );
    const cp = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).';
    const letters = [letter(cp), letter(cp, 'Decision based on MTUS General Approaches 2004.'), letter('The Expert Reviewer did not cite any medical evidence for its decision.')];
    const learned = learnEvidence(letters, c);
    assert.deepEqual(learned.items['drug:carisoprodol'], { letters: 2, cites: { 'mtus:chronic-pain:Muscle relaxants (for pain)': 2 } });
    assert.deepEqual(learnEvidence(letters, c), learned);
  });

  it('evidence.json holds counts by catalog words only: no letter text, no case numbers', () => {
    const file = path.join(repoRoot(), 'server', 'src', 'catalog', 'data', 'evidence.json');
    const text = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /CM\d\d-\d{7}/);
    const data = JSON.parse(text) as EvidenceData;
    const known = /^(drug:[a-z0-9-]+(@(patch|topical|postop))?|class:[A-Za-z -]+(@(patch|topical))?|form:(patch|topical)|kind:[a-z0-9-]+(@[a-z-]+)?|family:[a-z0-9-]+|region:[a-z-]+|context:(preop|postop)|word:[a-z0-9-]+)$/;
    for (const [feature, entry] of Object.entries(data.items)) {
      assert.match(feature, known);
      assert.ok(entry.letters >= 1 && entry.letters <= data.letters, feature);
      for (const [cite, n] of Object.entries(entry.cites)) {
        // A family's citations are relative to the item's own body part: `mtus:*:Special Studies`.
        assert.match(cite, feature.startsWith('family:') ? /^(mtus|odg):\*:./ : /^(mtus|odg):[a-z0-9-]+:/, cite);
        assert.ok(Number.isInteger(n) && n >= 1 && n <= entry.letters, `${feature} ${cite}`);
      }
    }
  });
});
