// Every regular expression applied to letter text is linear. The regexes are found in the sources
// (regex-sources.ts), so none can be missed, and each is judged by its shape (regex-shape.ts), which
// needs no clock. The shapes flagged here each once froze the server on a pasted letter.
import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../../server/src/catalog';
import { sectionDefinitions } from '../../../server/src/letter/sections';
import { mentionsOf } from '../../../server/src/rules/item-rationale-mismatch';
import { builtRequestPatterns } from '../../../server/src/letter/requests';
import { openingPattern } from '../../../server/src/rules/section-intro-missing';
import { birthDatePattern } from '../../../server/src/rules/phi-detected';
import { credentialAt } from '../../../server/src/rules/phi-names';
import { builtTreatmentPatterns } from '../../../server/src/rules/treatment-match';
import { superlinearShapes, whitespaceKinds } from './regex-shape';
import { regexSites } from './regex-sources';

/** Regexes built at run time, by file: how the test builds every one the engine can build, or why it need not. */
const builtAtRunTime: Record<string, () => RegExp[] | string> = {
  'server/src/rules/section-intro-missing.ts': () => sectionDefinitions.flatMap((d) => (d.intro ? [openingPattern(d.intro)] : [])),
  'server/src/rules/item-rationale-mismatch.ts': () => builtinCatalog.data.drugs.map((d) => mentionsOf([d.id, ...d.brands, ...d.generic])),
  'server/src/catalog/schema-check.ts': () => 'applies the catalog schema\'s patterns to catalog files, not to letter text',
  'server/src/letter/requests.ts': () => builtRequestPatterns(),
  'server/src/rules/phi-detected.ts': () => [birthDatePattern],
  'server/src/rules/phi-names.ts': () => [credentialAt],
  'server/src/rules/treatment-match.ts': () => builtTreatmentPatterns(),
};

const flawsOf = (re: RegExp) => superlinearShapes(re).map((f) => f.kind);

describe('robust: every regular expression on letter text has a linear shape', function () {
  // Parsing the sources takes a few seconds on a busy machine; a guard against a hang, not a measure.
  this.timeout(120_000);
  it('no regex literal in the parser, rules, catalog or providers has a superlinear shape', () => {
    const sites = regexSites().filter((s) => s.regex);
    assert.ok(sites.length > 80, `found only ${sites.length} regexes: the source walk is broken`);
    const flawed = sites.flatMap((s) => superlinearShapes(s.regex!).map((f) => `${s.where} ${s.text}: ${f.message}`));
    assert.deepEqual(flawed, []);
  });

  it('every regex built at run time is accounted for, and each one the engine can build is linear', () => {
    const files = [...new Set(regexSites().filter((s) => !s.regex).map((s) => s.file))].sort();
    assert.deepEqual(files, Object.keys(builtAtRunTime).sort(), 'a `new RegExp` was added or removed: list it in builtAtRunTime');
    for (const [file, build] of Object.entries(builtAtRunTime)) {
      const built = build();
      if (typeof built === 'string') continue;
      assert.ok(built.length > 0, file);
      const flawed = built.flatMap((re) => superlinearShapes(re).map((f) => `${file} ${re}: ${f.message}`));
      assert.deepEqual(flawed, []);
    }
  });

  describe('the shape check', () => {
    // Each of these once ran on letter text: the header's column split, the partial-authorisation
    // heading, the request list, the case number fix, and completion's word and year.
    const formerlyInTheEngine: [string, RegExp, string[]][] = [
      ['header label after a gap', /(?:\t|[ \u00a0]{2,})[ \t\u00a0]*(?=(?:Case Number|Date Assigned|Decision Date|Priority|Date of Injury|UR Denial Date|Application Received)\s*:|Application\b)/g, ['overlapping', 'rescanned']],
      ['`is` ending an item heading', /\s+is\s*$/i, ['rescanned']],
      ['request list separators', /,\s+and\s+|,\s+|\s+and\s+/g, ['rescanned']],
      ['case number with spaces', /^cm\s*(\d{2})\s*-?\s*(\d{7})$/i, ['overlapping']],
      ['the word before the cursor', /[A-Za-z0-9()&.\-/]*$/, ['rescanned']],
      ['a year ending a part label', /\s*\b(19|20)\d\d\b\s*$/, ['rescanned']],
      ['`Guidelines` ending a part label', /\s*Guidelines$/i, ['rescanned']],
    ];
    for (const [name, re, kinds] of formerlyInTheEngine) {
      it(`flags the former ${name}: ${re}`, () => assert.deepEqual(flawsOf(re), kinds));
    }

    const superlinear: RegExp[] = [/(a+)+$/, /(?:\s*x?){1,9}y/, /\s+\s*x/, /\d+-?\d*$/, /^.*.*=/, /[ \t]{2,}\s*(?=y)/, /(?=\s+x)/, /\s+$/, /x\s*y|\s+z/];
    for (const re of superlinear) {
      it(`flags ${re}`, () => assert.notDeepEqual(flawsOf(re), []));
    }

    // Shapes that look alike but are linear: a literal or a class the run cannot take ends it, an
    // anchor or a lookbehind lets only one start position in, or nothing after the run can fail.
    const linear: RegExp[] = [
      /Decision\s+based\s+on/, /\s+/g, /^\s*x/, /(?<!\s)\s+is\s*$/i, /\bXXX+\b/, /[.?!](?=[ \n])/g, /[a-z][a-z-]{2,}/g,
      /-[ \t]*\r?\n[ \t]*/g, /^cm\s*(\d{2})\s*(?:-\s*)?(\d{7})$/i, /[;.,]\s*$/, /(?:\.[a-z]{1,63}){1,5}\b/y, /\s{0,3}:?\s{0,3}\d/,
      /(?<=Priority:|Case Number:)[ \t]*(Standard|Expedited)\b/,
    ];
    for (const re of linear) {
      it(`passes ${re}`, () => assert.deepEqual(flawsOf(re), []));
    }

    it('judges every kind of white space, not only the ASCII ones', () => {
      for (const space of whitespaceKinds) {
        const re = new RegExp(`[${space}]+x`);
        assert.deepEqual(flawsOf(re), ['rescanned'], `U+${space.charCodeAt(0).toString(16)}`);
      }
      assert.ok(whitespaceKinds.includes('\u2003') && whitespaceKinds.includes('\u3000') && whitespaceKinds.includes('\u2028'));
    });
  });
});
