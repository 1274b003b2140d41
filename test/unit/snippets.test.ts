// snippets/imr.code-snippets: every snippet is well formed, and its default expansion is text a
// reviewer can keep — no snippet syntax left over, only «…» placeholders marking what to fill in.
import assert from 'node:assert/strict';
import { expandSnippet, loadSnippets, SnippetSyntaxError, type SnippetDefinition } from './snippet-expand';

const snippets = loadSnippets();

/** Anything the editor would have consumed on insertion: tab stops, choices, transforms, escapes. */
const leftoverSyntax = /\$\d|\$\{|\|\}|\\[$}]/;

function prefixOf(snippet: SnippetDefinition): string {
  assert.equal(typeof snippet.prefix, 'string');
  return snippet.prefix as string;
}

function snippetByPrefix(prefix: string): SnippetDefinition {
  const found = Object.values(snippets).find((snippet) => snippet.prefix === prefix);
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

/** The reviewer's choices for an overturned item: the decision, and the conclusion that goes with it. */
function chooseOverturned(options: readonly string[]): string {
  if (options.includes('Overturned')) return 'Overturned';
  if (options.includes('is not')) return 'is';
  return options[0];
}

function headingOrder(letter: string): number[] {
  return ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'].map(
    (heading) => {
      const lines = letter.split('\n');
      assert.equal(lines.filter((line) => line === heading).length, 1, `${heading} once, on a line of its own`);
      return lines.indexOf(heading);
    },
  );
}

describe('snippet expander', () => {
  it('fills tab stops with their defaults and mirrors them', () => {
    assert.equal(expandSnippet('${1:Norco 10/325mg #60}: request for $1 and ${1}.$0'), 'Norco 10/325mg #60: request for Norco 10/325mg #60 and Norco 10/325mg #60.');
  });

  it('takes the first option of a choice, unescaping commas and bars', () => {
    assert.equal(expandSnippet('${1|Forearm\\, Wrist\\, and Hand Complaints 2004,Knee Complaints 2004|}'), 'Forearm, Wrist, and Hand Complaints 2004');
    assert.equal(expandSnippet('${1|a\\|b,c|}'), 'a|b');
    assert.equal(expandSnippet('${2|Upheld,Overturned|}', { choose: (options) => options[1] }), 'Overturned');
  });

  it('expands nested placeholders and resolves escapes', () => {
    assert.equal(expandSnippet('${1:a ${2:b} c} costs \\$5 \\} \\\\ $2'), 'a b c costs $5 } \\ b');
  });

  it('runs a conditional transform on the value of its tab stop', () => {
    const body = '${1|Upheld,Overturned|}: ${1/Overturned|(.+)/${1:?is not:is}/} medically necessary';
    assert.equal(expandSnippet(body), 'Upheld: is not medically necessary');
    assert.equal(expandSnippet(body, { choose: chooseOverturned }), 'Overturned: is medically necessary');
    assert.equal(expandSnippet('${1:norco}-${1/(n)(.*)/${1:/upcase}$2/}'), 'norco-Norco');
  });

  it('rejects variables and unclosed placeholders rather than guessing', () => {
    assert.throws(() => expandSnippet('$TM_FILENAME'), SnippetSyntaxError);
    assert.throws(() => expandSnippet('${1:open'), SnippetSyntaxError);
    assert.throws(() => expandSnippet('${1|a,b'), SnippetSyntaxError);
  });
});

describe('snippets/imr.code-snippets', () => {
  it('holds the snippets the reviewer needs', () => {
    const prefixes = Object.values(snippets).map(prefixOf);
    for (const prefix of [
      'imr-letter-2016',
      'imr-letter-2014',
      'imr-header',
      'imr-how-2016',
      'imr-how-2014',
      'imr-credentials',
      'imr-summary',
      'imr-issues',
      'imr-item',
      'imr-item-partial',
      'imr-mtus',
      'imr-odg',
      'imr-no-evidence-ca',
      'imr-no-evidence-reviewer',
      'imr-conclusion-upheld',
      'imr-conclusion-overturned',
      'imr-opioid-taper',
    ]) {
      assert.ok(prefixes.includes(prefix), `missing ${prefix}`);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(name, () => {
      it('has an imr- prefix and a description', () => {
        assert.match(prefixOf(snippet), /^imr-[a-z0-9-]+$/);
        assert.ok(snippet.description && snippet.description.length > 10, 'describes itself');
      });

      it('expands to text without snippet syntax, with default and with alternative choices', () => {
        for (const options of [{}, { choose: chooseOverturned }]) {
          const text = expandSnippet(snippet.body, options);
          assert.ok(text.trim().length > 0);
          assert.doesNotMatch(text, leftoverSyntax);
          assert.doesNotMatch(text, /«[^»]*$|^[^«]*»/m, 'placeholders are balanced «…»');
        }
      });
    });
  }

  describe('the whole letters', () => {
    for (const prefix of ['imr-letter-2016', 'imr-letter-2014']) {
      it(`${prefix} has the three sections in order and one Soma item whose conclusion follows its decision`, () => {
        const snippet = snippetByPrefix(prefix);
        const upheld = expandSnippet(snippet.body);
        const [how, summary, issues] = headingOrder(upheld);
        assert.ok(how < summary && summary < issues);
        assert.match(upheld, /^Soma 350mg #90: Upheld$/m);
        assert.match(upheld, /Therefore, the request for Soma 350mg #90 is not medically necessary\.$/);
        assert.match(upheld, /^Claims Administrator guideline: Decision based on MTUS /m);
        assert.match(upheld, /^MAXIMUS guideline: Decision based on MTUS /m);
        assert.match(upheld, /^Decision rationale: /m);
        const overturned = expandSnippet(snippet.body, { choose: chooseOverturned });
        assert.match(overturned, /^Soma 350mg #90: Overturned$/m);
        assert.match(overturned, /Therefore, the request for Soma 350mg #90 is medically necessary\.$/);
      });
    }

    it('imr-letter-2016 has a header whose case number and dates are placeholders to fill in, and a credentials block', () => {
      const letter = expandSnippet(snippetByPrefix('imr-letter-2016').body);
      // Plausible-looking defaults would ship as invented facts if the reviewer tabbed past them;
      // «…» markers are reported by the placeholder rule until they are replaced.
      assert.match(letter, /^Case Number: «case number»$/m);
      assert.match(letter, /^Priority: Standard$/m);
      for (const label of ['Date of Injury', 'UR Denial Date', 'Application Received', 'Date Assigned', 'Decision Date']) {
        assert.match(letter, new RegExp(`^${label}: «MM/DD/YYYY»$`, 'm'), label);
      }
      assert.match(letter, /^The Expert Reviewer has the following credentials:\nState\(s\) of Licensure: California\nCertification\(s\)\/Specialty: \S/m);
      assert.match(letter, /^MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section\(s\): Muscle relaxants \(for pain\)\.$/m);
      assert.match(letter, /utilization review non-certified a request for Soma 350mg #90/);
    });

    it('imr-letter-2014 has no header, the board-certification sentence and Page(s): citations', () => {
      const letter = expandSnippet(snippetByPrefix('imr-letter-2014').body);
      assert.ok(letter.startsWith('HOW THE IMR FINAL DETERMINATION WAS MADE\n'));
      assert.doesNotMatch(letter, /Case Number:|credentials:/);
      assert.match(letter, /The expert reviewer is Board Certified in [^.]+ and is licensed to practice in California\./);
      assert.match(letter, /^MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines .+ Page\(s\): \d+(-\d+)?\.$/m);
      assert.match(letter, /Request\(s\) under consideration include Soma 350mg #90\./);
    });
  });

  it('item snippets let the reviewer choose Upheld or Overturned, Upheld first', () => {
    for (const prefix of ['imr-item', 'imr-item-partial', 'imr-item-partial-short']) {
      const body = snippetByPrefix(prefix).body;
      let offered: readonly string[] = [];
      expandSnippet(body, {
        choose: (options) => {
          if (options.includes('Upheld')) {
            offered = options;
          }
          return options[0];
        },
      });
      assert.deepEqual(offered, ['Upheld', 'Overturned'], prefix);
    }
    assert.match(expandSnippet(snippetByPrefix('imr-item-partial').body), /is: Upheld$/m);
  });

  it('the credentials choices offer California first and the DWC specialties', () => {
    let lists: (readonly string[])[] = [];
    expandSnippet(snippetByPrefix('imr-credentials').body, {
      choose: (options) => {
        lists = [...lists, options];
        return options[0];
      },
    });
    const [states, specialties] = lists;
    assert.equal(states[0], 'California');
    assert.ok(states.includes('Hawaii') && states.includes('North Carolina'));
    for (const specialty of ['Physical Medicine & Rehabilitation', 'Family Practice', 'Orthopedic Surgery', 'Psychiatry', 'Chiropractic']) {
      assert.ok(specialties.includes(specialty), specialty);
    }
  });

  it('the citation snippets expand to clauses of the right form', () => {
    assert.equal(expandSnippet(snippetByPrefix('imr-mtus').body), 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): «section».');
    assert.equal(
      expandSnippet(snippetByPrefix('imr-odg').body),
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), «topic».',
    );
    assert.match(expandSnippet(snippetByPrefix('imr-mtus-2014').body), /^Decision based on MTUS Chronic Pain Treatment Guidelines «topic» Page\(s\): «pages»\.$/);
  });

  it('the fixed statements, conclusions and taper advisory read as letters print them', () => {
    assert.equal(expandSnippet(snippetByPrefix('imr-no-evidence-ca').body), 'The Claims Administrator did not cite any medical evidence for its decision.');
    assert.equal(expandSnippet(snippetByPrefix('imr-no-evidence-reviewer').body), 'The Expert Reviewer did not cite any medical evidence for its decision.');
    assert.equal(expandSnippet(snippetByPrefix('imr-conclusion-upheld').body), 'Therefore, the request for «item» is not medically necessary.');
    assert.equal(expandSnippet(snippetByPrefix('imr-conclusion-overturned').body), 'Therefore, the request for «item» is medically necessary.');
    const taper = expandSnippet(snippetByPrefix('imr-opioid-taper').body);
    assert.match(taper, /^This decision addresses the medical necessity of opioids/);
    assert.match(taper, /should not be interpreted as a recommendation to stop long-term opioids abruptly/);
  });
});
