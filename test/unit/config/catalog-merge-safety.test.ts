// Merging user catalogs is linear in their entries and refuses keys that reach a prototype. Linearity
// is shown by counting work, not by timing: every array search the merge makes is counted by the
// number of elements it may visit, for 10,000 and for 100,000 entries.
import * as assert from 'node:assert/strict';
import { builtinCatalog, mergeCatalogs } from '../../../server/src/catalog';
import { ruleFailureMessage, runRules } from '../../../server/src/rules/engine';
import { parseLetter } from '../../../server/src/letter/parse';
import { defaultSettings, type Rule } from '../../../server/src/rules/types';

/** A catalog of `n` entries: new drugs, sections added to a built-in part, new parts and item kinds citing them. */
function catalogOf(n: number): string {
  const quarter = Math.floor(n / 4);
  const range = (count: number) => Array.from({ length: count }, (_, i) => i);
  return JSON.stringify({
    source: 'generated',
    parts: [
      { id: 'chronic-pain', sections: range(quarter).map((i) => ({ name: `Generated topic ${i}`, source: 's' })) },
      ...range(quarter).map((i) => ({ id: `part-${i}`, label: `Generated Guideline ${i}`, years: ['2020'], sections: [{ name: `Topic ${i}`, source: 's' }] })),
    ],
    drugs: range(quarter).map((i) => ({ id: `drug-${i}`, brands: [`Brand${i}`], cite2016: [{ mtus: `part-${i}`, year: '2020', sections: [`Topic ${i}`] }] })),
    itemKinds: range(quarter).map((i) => ({ id: `kind-${i}`, match: [[`phrase ${i}`]], cite2016: [{ mtus: 'chronic-pain', sections: [`Generated topic ${i}`] }] })),
  });
}

const searches = ['find', 'findIndex', 'some', 'every', 'includes', 'indexOf', 'filter', 'lastIndexOf'] as const;

/** Runs `work`, counting the elements every array search could visit. */
function countSearchWork(work: () => void): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = searches.map((name) => [name, proto[name]] as const);
  let visits = 0;
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      visits += this.length;
      return original.apply(this, args);
    };
  }
  try {
    work();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return visits;
}

describe('catalog merge: linear, and no prototype keys', () => {
  it('merges 10,000 and 100,000 entries with work that grows linearly', function () {
    this.timeout(120_000);
    const small = catalogOf(10_000);
    const large = catalogOf(100_000);
    let merged: ReturnType<typeof mergeCatalogs> | undefined;
    const smallWork = countSearchWork(() => (merged = mergeCatalogs(builtinCatalog, [{ name: 'small.json', text: small }])));
    assert.deepEqual(merged!.problems, []);
    assert.equal(merged!.catalog.drugs.length, builtinCatalog.drugs.length + 2_500);
    const largeWork = countSearchWork(() => (merged = mergeCatalogs(builtinCatalog, [{ name: 'large.json', text: large }])));
    assert.deepEqual(merged!.problems, []);
    assert.equal(merged!.catalog.drugs.length, builtinCatalog.drugs.length + 25_000);
    // Ten times the entries may cost ten times the work (and a little for the fixed built-in part); a
    // search per entry over the entries would cost a hundred times.
    assert.ok(largeWork <= smallWork * 12, `work ${smallWork} for 10,000 entries, ${largeWork} for 100,000 (${(largeWork / smallWork).toFixed(1)}x)`);
  });

  it('merging many files over each other stays linear in their entries', () => {
    const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `f${i}.json`, text: JSON.stringify({ drugs: [{ id: `drug-f${i}`, generic: [`genericum${i}`] }] }) }));
    const few = countSearchWork(() => mergeCatalogs(builtinCatalog, files(5)));
    const many = countSearchWork(() => mergeCatalogs(builtinCatalog, files(50)));
    assert.ok(many <= few * 12, `work ${few} for 5 files, ${many} for 50`);
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a catalog with a "${key}" key anywhere, and nothing of it is merged`, () => {
      const nested = `{"drugs": [{"id": "poisoned-drug", "generic": ["poisonol"], "${key}": {"polluted": true}}]}`;
      const top = `{"${key}": {"polluted": true}, "drugs": [{"id": "poisoned-drug", "generic": ["poisonol"]}]}`;
      for (const [where, text] of [['drugs[0]', nested], ['the file', top]]) {
        const merged = mergeCatalogs(builtinCatalog, [{ name: 'poison.json', text }]);
        assert.deepEqual(merged.problems.map((p) => p.message), [`poison.json: ${where}: has a key named "${key}", which a catalog may not use`]);
        assert.ok(!merged.catalog.drugs.some((d) => d.id === 'poisoned-drug'));
        assert.equal(({} as { polluted?: boolean }).polluted, undefined);
      }
    });
  }

  it("a rule's failure is logged by rule and kind of error, never by its message", () => {
    const leaky: Rule = {
      id: 'leaky-test-rule',
      defaultSeverity: 'warning',
      description: 'throws with letter text in its message',
      check: (context) => {
        throw new TypeError(`cannot read ${context.letter.source.slice(0, 40)}`);
      },
    };
    const logged: string[] = [];
    runRules(parseLetter('Case Number: CM16-0123456\nPatient: Jane Q. Example\n'), builtinCatalog, defaultSettings, [leaky], { onRuleError: (id, error) => logged.push(ruleFailureMessage(id, error)) });
    assert.deepEqual(logged, ['rule leaky-test-rule failed and was skipped (TypeError).']);
    assert.equal(ruleFailureMessage('r', Object.assign(new Error('x'), { name: 'Jane Q. Example' })), 'rule r failed and was skipped (Error).');
    assert.equal(ruleFailureMessage('r', 'Jane Q. Example'), 'rule r failed and was skipped (string).');
  });
});
