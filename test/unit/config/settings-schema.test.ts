// The settings schema users' editors validate .imrlintrc.json with, and the checker the server and the
// CLI apply, must accept and refuse the same settings: ajv runs the schema on each case and its verdict
// is compared with checkSettings'.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { checkSettings } from '../../../server/src/rules/settings';
import { repoRoot } from '../repo-root';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'schemas', 'imrlintrc.schema.json'), 'utf8')) as object;

/** [what, settings, accepted by both]. */
const cases: [string, unknown, boolean][] = [
  ['empty settings', {}, true],
  ['a profile', { profile: '2014' }, true],
  ['every severity', { rules: { 'phi-detected': 'error', placeholder: 'warning', 'date-order': 'info', 'date-invalid': 'hint', 'item-missing': 'off' } }, true],
  ['maxProblems', { maxProblems: 20 }, true],
  ['everything at once', { profile: 'auto', maxProblems: 1, rules: { 'section-missing': 'off' } }, true],
  ['an unknown profile', { profile: '2015' }, false],
  ['a profile that is not a string', { profile: 2016 }, false],
  ['an unknown rule id', { rules: { 'no-such-rule': 'error' } }, false],
  ['a misspelt severity', { rules: { placeholder: 'warn' } }, false],
  ['a severity that is a number', { rules: { placeholder: 2 } }, false],
  ['rules as a list', { rules: ['placeholder'] }, false],
  ['maxProblems zero', { maxProblems: 0 }, false],
  ['maxProblems a fraction', { maxProblems: 2.5 }, false],
  ['maxProblems a string', { maxProblems: '20' }, false],
  ['settings that are a list', [], false],
  ['settings that are a string', 'rules', false],
];

describe('settings: the JSON schema (ajv) and checkSettings agree', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const [what, settings, accepted] of cases) {
    it(`${what}: ${accepted ? 'accepted' : 'refused'} by both`, () => {
      assert.equal(validate(settings), accepted, `schema: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      const { problems } = checkSettings([{ where: 'settings', value: settings as never }]);
      assert.equal(problems.length === 0, accepted, `checkSettings: ${problems.join(' | ')}`);
    });
  }
});
