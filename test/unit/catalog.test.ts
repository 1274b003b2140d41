// The guideline catalog: its data against the schema, every name resolving to its entry, the
// lookups the parser and the suggestions rely on, and merging user catalog files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { builtinCatalog, builtinCatalogFiles, mergeCatalogs, referenceProblems, schemaProblems, tokenize } from '../../server/src/catalog';
import { editDistance } from '../../server/src/text/distance';
import { repoRoot } from './repo-root';

const catalogDir = path.join(repoRoot(), 'server', 'src', 'catalog');
const schema = JSON.parse(fs.readFileSync(path.join(catalogDir, 'catalog.schema.json'), 'utf8'));
// evidence.json is not a catalog file but the counts of what reviewers cite (catalog/evidence.ts).
const dataFiles = fs.readdirSync(path.join(catalogDir, 'data')).filter((f) => f.endsWith('.json') && f !== 'evidence.json');
const c = builtinCatalog;

describe('catalog data', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  for (const file of dataFiles) {
    it(`${file} validates against catalog.schema.json (ajv)`, () => {
      const data = JSON.parse(fs.readFileSync(path.join(catalogDir, 'data', file), 'utf8'));
      assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
      assert.deepEqual(schemaProblems(data), []);
    });
  }

  it('the built-in catalog loads every data file', () => {
    assert.equal(builtinCatalogFiles.length, dataFiles.length);
  });

  it('the in-server schema check agrees with ajv on broken files', () => {
    const broken: unknown[] = [
      { parts: [{ id: 'Bad Id' }] },
      { parts: [{ id: 'x', years: ['04'] }] },
      { drugs: [{ id: 'x', cite2016: [{ mtus: 'chronic-pain', topic: 'both kinds' }] }] },
      { drugs: [{ id: 'x', cite2016: [{ odg: 'pain' }] }] },
      { parts: [{ id: 'x', sections: [{ name: 'No source' }] }] },
      { parts: [{ id: 'x', sections: [{ name: 'A', source: 's', pages: { '2009': [{ from: 1, to: 2, status: 'guessed' }] } }] }] },
      { unknownList: [] },
      { itemKinds: [{ id: 'k', match: [] }] },
      [],
    ];
    for (const value of broken) {
      assert.equal(validate(value), false, JSON.stringify(value));
      assert.ok(schemaProblems(value).length > 0, JSON.stringify(value));
    }
  });

  it('every citation in the drug map and item kinds names a known part, section, year or chapter', () => {
    assert.deepEqual(referenceProblems(c.data), []);
  });

  it('every entry says where it comes from', () => {
    for (const part of c.parts) {
      assert.ok(part.source, part.id);
      for (const s of part.sections) assert.ok(s.source, `${part.id}: ${s.name}`);
    }
    for (const list of [c.odgChapters, c.acoemChapters, c.drugs, c.itemKinds]) for (const e of list) assert.ok(e.source);
  });

  it('page ranges run forwards and carry a status; none claims to be verified', () => {
    for (const part of c.parts) {
      for (const s of part.sections) {
        for (const r of [...(s.pages?.['2009'] ?? []), ...(s.pages?.['2016'] ?? [])]) {
          assert.ok(r.from <= r.to, s.name);
          assert.ok(r.status === 'seed' || r.status === 'quoted', s.name);
        }
      }
    }
  });
});

describe('catalog lookups', () => {
  it('every part label and printed variant resolves to its part', () => {
    for (const part of c.parts) {
      assert.equal(c.lookupPart(part.label)?.part, part, part.label);
      for (const v of part.variants ?? []) {
        const hit = c.lookupPart(v.text);
        assert.equal(hit?.part, part, v.text);
        assert.equal(hit?.misspelling, v.misspelling === true, v.text);
        assert.equal(hit?.impliedYear, v.year, v.text);
      }
    }
  });

  it('every section name, 2009 name, alias and misspelling resolves to its section', () => {
    for (const part of c.parts) {
      for (const s of part.sections) {
        assert.equal(c.lookupSection(part, s.name)?.section, s, `${part.id}: ${s.name}`);
        if (s.name2009) assert.equal(c.lookupSection(part, s.name2009)?.section, s, s.name2009);
        for (const alias of s.aliases ?? []) assert.equal(c.lookupSection(part, alias)?.section, s, `${part.id}: alias ${alias}`);
        for (const m of s.misspellings ?? []) {
          const hit = c.lookupSection(part, m);
          assert.equal(hit?.section, s, m);
          assert.equal(hit?.via, 'misspelling', m);
        }
        if (s.number) assert.equal(c.lookupSection(part, s.number)?.section, s, s.number);
      }
      for (const topic of part.nonMtusTopics ?? []) {
        for (const name of [topic.name, ...(topic.aliases ?? [])]) assert.equal(c.lookupSection(part, name)?.nonMtus, topic, name);
      }
    }
  });

  it('lookups ignore case, spacing, punctuation, "&" versus "and" and ®', () => {
    const postsurgical = c.part('postsurgical')!;
    assert.equal(c.lookupSection(postsurgical, 'forearm,  wrist and hand')?.section?.name, 'Forearm, Wrist, & Hand');
    assert.equal(c.lookupPart('FOREARM, WRIST, & HAND COMPLAINTS')?.part.id, 'forearm-wrist-hand');
    assert.equal(c.lookupSection(c.part('chronic-pain')!, 'Lidoderm® (lidocaine\npatch)')?.section?.name, 'Lidoderm (lidocaine patch)');
  });

  it('every ODG spelling resolves to its chapter and every ODG topic alias to its topic', () => {
    for (const chapter of c.odgChapters) {
      for (const spelling of [chapter.name, ...chapter.spellings]) {
        const tokens = tokenize(spelling);
        assert.equal(c.matchOdgChapter(tokens, 0)?.value.id, chapter.id, spelling);
      }
      for (const topic of chapter.topics) {
        for (const name of [topic.name, ...(topic.aliases ?? [])]) assert.equal(c.lookupOdgTopic(chapter, name), topic, `${chapter.id}: ${name}`);
      }
    }
  });

  it('every drug name (brand or generic) is found in item text, with its span', () => {
    for (const drug of c.drugs) {
      for (const name of [...drug.brands, ...drug.generic]) {
        const text = `Retrospective ${name} 10mg #30`;
        const hits = c.findDrugs(text);
        assert.equal(hits[0]?.drug.id, drug.id, name);
        assert.equal(text.slice(hits[0].start, hits[0].end).toLowerCase(), name.toLowerCase(), name);
      }
    }
  });

  it('finds drugs written with their strength attached, in capitals, or with quantity first', () => {
    assert.deepEqual(c.findDrugs('SOMA 350MG #90').map((h) => h.drug.id), ['carisoprodol']);
    assert.deepEqual(c.findDrugs('30 Soma350mg').map((h) => h.drug.id), ['carisoprodol']);
    assert.deepEqual(c.findDrugs('Ambien CR 12.5mg #30').map((h) => h.drug.id), ['zolpidem']);
    assert.deepEqual(c.findDrugs('Norco 10/325mg #60 and Prilosec 20mg').map((h) => h.drug.id), ['hydrocodone', 'omeprazole']);
    assert.deepEqual(c.findDrugs('Physical therapy x6'), []);
  });

  it('detects non-drug item kinds by service and body part, specific kinds first', () => {
    const kinds = (text: string) => c.detectItemKinds(text).map((k) => k.id);
    assert.equal(kinds('MRI of the right shoulder without contrast')[0], 'imaging-shoulder');
    assert.equal(kinds('MRI of the cervical spine without contrast')[0], 'imaging-cervical');
    assert.equal(kinds('Post-operative physical therapy 12 sessions left knee')[0], 'postop-therapy-knee');
    assert.equal(kinds('Physical therapy 2 times a week for 6 weeks bilateral shoulder')[0], 'physical-therapy');
    assert.equal(kinds('EMG/NCV of the bilateral lower extremities')[0], 'emg-ncv-lower');
    assert.equal(kinds('Chiropractic treatment x 6 visits')[0], 'chiropractic');
    assert.equal(kinds('Acupuncture 2x4 lumbar')[0], 'acupuncture');
    assert.equal(kinds('TENS unit rental')[0], 'tens');
    assert.equal(kinds('Lumbar epidural steroid injection L4-5')[0], 'epidural-injection');
    assert.equal(kinds('Front wheeled walker')[0], 'dme');
    assert.deepEqual(kinds('Norco 10/325mg'), []);
  });

  it('suggests the nearest part, section and year for typos', () => {
    assert.equal(c.nearestPart('Low Bak Complaints')?.text, 'Low Back Complaints');
    assert.equal(c.nearestPart('Chronic Pain Medical Treatmen')?.value.id, 'chronic-pain');
    assert.equal(c.nearestPart('Completely Different Thing'), undefined);
    const lowBack = c.part('low-back')!;
    assert.equal(c.nearestSection(lowBack, 'Surgicl Considerations')?.text, 'Surgical Considerations');
    assert.equal(c.nearestSection(c.part('chronic-pain')!, 'Muscle relaxents (for pian)')?.text, 'Muscle relaxants (for pain)');
    assert.equal(c.nearestSection(lowBack, 'Radiology'), undefined);
    assert.equal(c.nearestYear(c.part('elbow')!, '2008'), '2007');
    assert.equal(c.nearestYear(lowBack, '2016'), '2004');
  });

  it('edit distance counts an adjacent transposition as one edit', () => {
    assert.equal(editDistance('diagnositc', 'diagnostic'), 1);
    assert.equal(editDistance('inital', 'initial'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.ok(editDistance('short', 'a much longer string', 2) > 2);
  });

  it('lists what completion and hover need', () => {
    assert.ok(c.parts.some((p) => p.id === 'opioid-treatment'));
    assert.ok(c.sectionsOf('low-back').some((s) => s.name === 'Special Studies'));
    assert.deepEqual(c.sectionsOf('no-such-part'), []);
    const relaxants = c.lookupSection(c.part('chronic-pain')!, 'Muscle relaxants (for pain)')!.section!;
    assert.deepEqual(
      c.pages2009(relaxants).map((r) => [r.from, r.to, r.status]),
      [[65, 65, 'seed'], [63, 66, 'quoted']],
    );
    assert.ok(c.odgChapters.some((ch) => ch.id === 'pain'));
    assert.ok(c.drugs.length > 40);
    assert.equal(c.acoemChapters.find((a) => a.chapter === 12)?.mtusPart, 'low-back');
  });
});

describe('mergeCatalogs', () => {
  const addSection = JSON.stringify({
    parts: [{ id: 'chronic-pain', sections: [{ name: 'Cold laser therapy', aliases: ['Cold laser'], source: 'test' }] }],
  });

  it('adds a user file\'s sections to a built-in part, leaving the base catalog alone', () => {
    const { catalog, problems } = mergeCatalogs(c, [{ name: 'team.json', text: addSection }]);
    assert.deepEqual(problems, []);
    const part = catalog.part('chronic-pain')!;
    assert.equal(catalog.lookupSection(part, 'Cold laser')?.section?.name, 'Cold laser therapy');
    assert.equal(catalog.lookupSection(part, 'Muscle relaxants')?.section?.name, 'Muscle relaxants (for pain)');
    assert.equal(c.lookupSection(c.part('chronic-pain')!, 'Cold laser'), undefined);
  });

  it('adds new parts, drugs and item kinds', () => {
    const text = JSON.stringify({
      parts: [{ id: 'state-x', label: 'Example State Guideline', years: ['2020'], sections: [{ name: 'Imaging', source: 't' }] }],
      drugs: [{ id: 'newdrug', brands: ['Zyxtra'], cite2016: [{ mtus: 'state-x', year: '2020', sections: ['Imaging'] }] }],
      itemKinds: [{ id: 'sauna', label: 'Sauna', match: [['sauna']], cite2016: [{ odg: 'pain', topic: 'Sauna' }] }],
    });
    const { catalog, problems } = mergeCatalogs(c, [{ name: 'mine.json', text }]);
    assert.deepEqual(problems, []);
    assert.equal(catalog.lookupPart('Example State Guideline')?.part.id, 'state-x');
    assert.equal(catalog.findDrugs('Zyxtra 5mg')[0]?.drug.id, 'newdrug');
    assert.equal(catalog.detectItemKinds('Infrared sauna sessions')[0]?.id, 'sauna');
  });

  it('reports a broken file by name and still merges the others', () => {
    const { catalog, problems } = mergeCatalogs(c, [
      { name: 'broken.json', text: '{ "parts": [ ' },
      { name: 'bad-schema.json', text: JSON.stringify({ parts: [{ id: 'x', years: ['04'] }] }) },
      { name: 'dangling.json', text: JSON.stringify({ drugs: [{ id: 'd', brands: ['Qq'], cite2016: [{ mtus: 'nope' }] }] }) },
      { name: 'incomplete.json', text: JSON.stringify({ parts: [{ id: 'brand-new' }] }) },
      { name: 'good.json', text: addSection },
    ]);
    assert.deepEqual(problems.map((p) => p.file), ['broken.json', 'bad-schema.json', 'dangling.json', 'incomplete.json']);
    assert.match(problems[0].message, /^broken\.json: is not valid JSON/);
    assert.match(problems[1].message, /^bad-schema\.json: parts\[0\]\.years\[0\]: does not match/);
    assert.match(problems[2].message, /unknown part "nope"/);
    assert.match(problems[3].message, /a new part needs "label" and "years"/);
    assert.equal(catalog.lookupSection(catalog.part('chronic-pain')!, 'Cold laser')?.section?.name, 'Cold laser therapy');
    assert.deepEqual(catalog.findDrugs('Qq 5mg'), []);
  });

  it('returns the base catalog itself when there are no user files', () => {
    assert.equal(mergeCatalogs(c, []).catalog, c);
  });
});

describe('tokenize: characters outside the BMP', () => {
  it('never splits a surrogate pair, in a word or as punctuation', () => {
    for (const text of ['63-66\u{10000}', 'x \u{1F600} y', 'Soma\u{10400}mg']) {
      for (const t of tokenize(text)) {
        for (const at of [t.start, t.end]) {
          const before = text.charCodeAt(at - 1);
          assert.ok(!(before >= 0xd800 && before <= 0xdbff), `${JSON.stringify(text)}: a token edge at ${at} splits a pair`);
        }
      }
    }
  });
});
