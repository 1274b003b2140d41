// Faults inside the engine stay contained: a throwing rule, malformed settings and broken user
// catalog files each get a clear message, and everything else still applies.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter/parse';
import { runRules } from '../../../server/src/rules/engine';
import { rulesById } from '../../../server/src/rules';
import { checkSettings } from '../../../server/src/rules/settings';
import { defaultSettings, type Rule } from '../../../server/src/rules/types';
import { builtinCatalog, mergeCatalogs } from '../../../server/src/catalog';
import { analyze } from '../../../server/src/service/analysis';
import { letterMissingSummary } from './letters';

const throwing: Rule = {
  id: 'always-throws',
  defaultSeverity: 'error',
  description: 'A rule with a bug.',
  check({ report }) {
    report({ message: 'half a result', start: 0, end: 1 });
    throw new Error('rule bug');
  },
};

describe('robust: a rule that throws is isolated', () => {
  const sectionMissing = rulesById.get('section-missing')!;

  it('the other rules still report, the error is passed on once, and none of its findings count', () => {
    const errors: { ruleId: string; error: unknown }[] = [];
    const findings = runRules(parseLetter(letterMissingSummary), builtinCatalog, defaultSettings, [throwing, sectionMissing], {
      onRuleError: (ruleId, error) => errors.push({ ruleId, error }),
    });
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-missing']);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].ruleId, 'always-throws');
    assert.equal((errors[0].error as Error).message, 'rule bug');
  });

  it('a rule throwing after a real rule does not take the real findings with it', () => {
    const errors: string[] = [];
    const findings = runRules(parseLetter(letterMissingSummary), builtinCatalog, defaultSettings, [sectionMissing, throwing], {
      onRuleError: (ruleId) => errors.push(ruleId),
    });
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-missing']);
    assert.deepEqual(errors, ['always-throws']);
  });

  it('a rule throwing a non-Error value is isolated too', () => {
    const throwsString: Rule = { ...throwing, id: 'throws-string', check: () => { throw 'plain string'; } };
    const errors: unknown[] = [];
    const analysis = analyze(letterMissingSummary, {
      catalog: builtinCatalog,
      settings: defaultSettings,
      rules: [throwsString, sectionMissing],
      onRuleError: (_id, error) => errors.push(error),
    });
    assert.deepEqual(analysis.findings.map((f) => f.ruleId), ['section-missing']);
    assert.deepEqual(errors, ['plain string']);
  });

  it('without an onRuleError handler a throwing rule is still isolated', () => {
    const findings = runRules(parseLetter(letterMissingSummary), builtinCatalog, defaultSettings, [throwing, sectionMissing]);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-missing']);
  });
});

describe('robust: malformed settings get a message and the rest applies', () => {
  const where = '.imrlintrc.json';

  it('an unknown rule id is named and ignored; the known rule beside it applies', () => {
    const checked = checkSettings([{ where, value: { rules: { 'no-such-rule': 'off', placeholder: 'off' } } }]);
    assert.deepEqual(checked.settings.rules, { placeholder: 'off' });
    assert.equal(checked.problems.length, 1);
    assert.match(checked.problems[0], /^\.imrlintrc\.json: unknown rule "no-such-rule"/);
  });

  it('a severity of the wrong type is named and ignored', () => {
    for (const level of [5, true, null, ['error'], { level: 'error' }, 'fatal']) {
      const checked = checkSettings([{ where, value: { rules: { placeholder: level, 'date-invalid': 'hint' } } }]);
      assert.deepEqual(checked.settings.rules, { 'date-invalid': 'hint' }, `severity ${JSON.stringify(level)}`);
      assert.equal(checked.problems.length, 1, `severity ${JSON.stringify(level)}`);
      assert.match(checked.problems[0], /rule "placeholder" has severity .*; use "error", "warning", "info", "hint", "off"/);
    }
  });

  it('a wrong profile keeps "auto" and the rules still apply', () => {
    for (const profile of ['2015', 2016, null, {}]) {
      const checked = checkSettings([{ where, value: { profile, rules: { placeholder: 'off' } } }]);
      assert.equal(checked.settings.profile, 'auto');
      assert.deepEqual(checked.settings.rules, { placeholder: 'off' });
      assert.equal(checked.problems.length, 1, `profile ${JSON.stringify(profile)}`);
      assert.match(checked.problems[0], /profile .* is not one of "auto", "2016", "2014"; using "auto"/);
    }
  });

  it('maxProblems takes a whole number of at least 1; anything else is named and ignored', () => {
    assert.equal(checkSettings([{ where, value: { maxProblems: 50 } }]).settings.maxProblems, 50);
    assert.equal(checkSettings([{ where, value: { maxProblems: 50 } }, { where: 'Settings', value: { maxProblems: 7 } }]).settings.maxProblems, 7);
    for (const maxProblems of [0, -1, 2.5, '100', true, {}]) {
      const checked = checkSettings([{ where, value: { maxProblems, rules: { placeholder: 'off' } } }]);
      assert.equal(checked.settings.maxProblems, undefined, `maxProblems ${JSON.stringify(maxProblems)}`);
      assert.deepEqual(checked.settings.rules, { placeholder: 'off' });
      assert.equal(checked.problems.length, 1, `maxProblems ${JSON.stringify(maxProblems)}`);
      assert.match(checked.problems[0], /maxProblems .* is not a whole number of at least 1 \(ignored\)/);
    }
  });

  it('"rules" that is not an object is named; the profile beside it applies', () => {
    for (const rules of [5, 'off', ['placeholder'], true]) {
      const checked = checkSettings([{ where, value: { rules, profile: '2014' } }]);
      assert.equal(checked.settings.profile, '2014');
      assert.deepEqual(checked.settings.rules, {});
      assert.equal(checked.problems.length, 1, `rules ${JSON.stringify(rules)}`);
      assert.match(checked.problems[0], /"rules" must map rule ids to/);
    }
  });

  it('a settings value that is not an object is named, and a later good input still applies', () => {
    const checked = checkSettings([
      { where: 'first', value: 'rules' as never },
      { where: 'second', value: { rules: { placeholder: 'warning' } } },
    ]);
    assert.deepEqual(checked.settings.rules, { placeholder: 'warning' });
    assert.equal(checked.problems.length, 1);
    assert.match(checked.problems[0], /^first: expected an object/);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, null, 0, '', [], Object.create(null), { rules: Object.create(null) }, { rules: { __proto__: 'x' } }, { profile: Symbol.iterator }];
    for (const value of weird) assert.doesNotThrow(() => checkSettings([{ where, value: value as never }]));
  });
});

describe('robust: a broken user catalog file is named and the rest merges', () => {
  const good = { name: '/ws/good.imr-catalog.json', text: JSON.stringify({ source: 'good', drugs: [{ id: 'robust-test-drug', generic: ['robustinol'], class: 'test', cite2014: [], cite2016: [] }] }) };

  it('invalid JSON is reported with the file name; the good file still merges', () => {
    const broken = { name: '/ws/broken.imr-catalog.json', text: '{ "drugs": [ ' };
    const merged = mergeCatalogs(builtinCatalog, [broken, good]);
    assert.equal(merged.problems.length, 1);
    assert.equal(merged.problems[0].file, broken.name);
    assert.match(merged.problems[0].message, /^\/ws\/broken\.imr-catalog\.json: is not valid JSON/);
    assert.ok(merged.catalog.data.drugs.some((d) => d.id === 'robust-test-drug'), 'the good file merged');
  });

  it('a schema violation is reported with the file name; the good file still merges', () => {
    const wrongShape = { name: '/ws/wrong.imr-catalog.json', text: JSON.stringify({ drugs: 'not a list' }) };
    const merged = mergeCatalogs(builtinCatalog, [good, wrongShape]);
    assert.equal(merged.problems.length, 1);
    assert.equal(merged.problems[0].file, wrongShape.name);
    assert.match(merged.problems[0].message, /^\/ws\/wrong\.imr-catalog\.json: /);
    assert.ok(merged.catalog.data.drugs.some((d) => d.id === 'robust-test-drug'), 'the good file merged');
  });

  it('an empty file, a JSON array and JSON null are each named, never thrown', () => {
    for (const text of ['', '[]', 'null', '42', '"text"']) {
      const name = `/ws/odd-${text.length}.json`;
      let merged: ReturnType<typeof mergeCatalogs> | undefined;
      assert.doesNotThrow(() => (merged = mergeCatalogs(builtinCatalog, [{ name, text }])), `file text ${JSON.stringify(text)}`);
      assert.equal(merged!.problems.length, 1, `file text ${JSON.stringify(text)} gets a problem`);
      assert.equal(merged!.problems[0].file, name);
    }
  });
});
