// Every rule has its documentation page in the same form, and the index table agrees with the code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../../server/src/rules/index';
import { repoRoot } from '../repo-root';

const docs = path.join(repoRoot(), 'docs', 'rules');
const sections = ['## What it checks', '## Why it matters', '## Example', '## The fix', '## Turning it off'];

describe('docs/rules', () => {
  const readme = fs.readFileSync(path.join(docs, 'README.md'), 'utf8');

  for (const rule of allRules) {
    it(`${rule.id}: a page with severity, sections and the ways to turn it off; a row in the index`, () => {
      const page = fs.readFileSync(path.join(docs, `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n\nDefault severity: **${rule.defaultSeverity}**`), 'title and default severity');
      let at = 0;
      for (const s of sections) {
        const i = page.indexOf(`\n${s}\n`, at);
        assert.ok(i > at, `section '${s}' in order`);
        at = i;
      }
      assert.ok(page.includes(`{ "imr.rules": { "${rule.id}": "off" } }`));
      assert.ok(page.includes(`{ "rules": { "${rule.id}": "off" } }`));
      assert.ok(readme.includes(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.description} |`), 'index row');
    });
  }

  it('package.json and the .imrlintrc schema list exactly the rules the code has', () => {
    const ids = allRules.map((r) => r.id).sort();
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'schemas', 'imrlintrc.schema.json'), 'utf8'));
    assert.deepEqual([...manifest.contributes.configuration.properties['imr.rules'].propertyNames.enum].sort(), ids, 'package.json imr.rules');
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), ids, 'schemas/imrlintrc.schema.json rules');
  });

  it('every rule file is listed in allRules, and every page in docs/rules is a rule\'s', () => {
    // A rule file exports a Rule object with its id: a file written and not listed would never run.
    const ruleDir = path.join(repoRoot(), 'server', 'src', 'rules');
    const declared = fs
      .readdirSync(ruleDir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(path.join(ruleDir, f), 'utf8').matchAll(/^export const \w+: Rule = \{\n {2}id: '([a-z-]+)'/gm)].map((m) => m[1]))
      .sort();
    assert.deepEqual(declared, allRules.map((r) => r.id).sort());
    const pages = fs.readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(pages, allRules.map((r) => r.id).sort());
  });

  it('the index has a row for every rule and no other', () => {
    const rows = [...readme.matchAll(/^\| \[([a-z-]+)\]\(\1\.md\) \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(rows, allRules.map((r) => r.id).sort());
  });
});
