// Letters for the provider tests, read from test/fixtures/letters, and positions found by text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/repo-root';
import { analyze, type Analysis } from '../../../server/src/service/analysis';
import { builtinCatalog } from '../../../server/src/catalog';
import { allRules } from '../../../server/src/rules';
import { defaultSettings } from '../../../server/src/rules/types';

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', name), 'utf8');
}

export function analyzeText(text: string): Analysis {
  return analyze(text, { catalog: builtinCatalog, settings: defaultSettings, rules: allRules });
}

/** The position just after the n-th occurrence (0-based) of `needle`, or at its start with `atStart`. */
export function positionOf(analysis: Analysis, needle: string, options: { nth?: number; atStart?: boolean; plus?: number } = {}) {
  let at = -1;
  for (let k = 0; k <= (options.nth ?? 0); k++) {
    at = analysis.letter.source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not in the fixture`);
  }
  const offset = (options.atStart ? at : at + needle.length) + (options.plus ?? 0);
  return analysis.letter.lines.position(offset);
}
