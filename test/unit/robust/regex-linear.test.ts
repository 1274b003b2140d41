import * as assert from 'node:assert/strict';
import { superlinearShapes } from './regex-shape';
import { regexSites } from './regex-sources';

describe('robust: every regular expression on letter text has a linear shape', () => {
  it('no regex literal in the parser, rules, catalog or providers has a superlinear shape', () => {
    const flawed = regexSites()
      .filter((s) => s.regex)
      .flatMap((s) => superlinearShapes(s.regex!).map((f) => `${s.where} ${s.text}: ${f.message}`));
    assert.deepEqual(flawed, []);
  });
});
