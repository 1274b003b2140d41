// JSON from a settings or catalog file: a byte order mark is accepted, and a failure says where it is
// (line and column) without quoting a byte of the file, whatever the file holds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonErrorOffset, parseJsonData } from '../../../server/src/catalog/json-data';

const secret = 'root:x:0:0:s3cr3t-token';

describe('parseJsonData', () => {
  it('accepts a file that starts with a byte order mark', () => {
    assert.deepEqual(parseJsonData('\uFEFF{"rules": {}}'), { ok: true, value: { rules: {} } });
  });

  it('names the line and column of the fault, and nothing of the text', () => {
    const cases: [string, string][] = [
      [secret, 'is not valid JSON (line 1, column 1)'],
      [`{\n  "a": ${secret}}`, 'is not valid JSON (line 2, column 8)'],
      [`{"key": "${secret}", }`, 'is not valid JSON (line 1, column 36)'],
      [`["${secret}`, 'is not valid JSON (it ends before the JSON is complete)'],
      [`{"${secret}": 1} ${secret}`, 'is not valid JSON (line 1, column 32)'],
      [`\uFEFF${secret}`, 'is not valid JSON (line 1, column 1)'],
      ['', 'is not valid JSON (it ends before the JSON is complete)'],
    ];
    for (const [text, problem] of cases) {
      const parsed = parseJsonData(text);
      assert.deepEqual(parsed, { ok: false, problem }, JSON.stringify(text));
    }
  });

  it('finds a fault exactly where JSON.parse does, and only when JSON.parse fails', () => {
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', 'true', 'false', 'null', ' ', '\n', 'a', '\u0001', '"a"', '"k":'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        let valid = true;
        let position: number | undefined;
        try {
          JSON.parse(text);
        } catch (error) {
          valid = false;
          const at = /at position (\d+)/.exec((error as Error).message);
          if (at) position = Number(at[1]);
          if (/Unexpected end of JSON input/.test((error as Error).message)) position = text.length;
        }
        const offset = jsonErrorOffset(text);
        assert.equal(offset === -1, valid, `${JSON.stringify(text)}: offset ${offset}`);
        if (position !== undefined) assert.equal(offset, position, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('scans deep nesting without overflowing the stack', () => {
    assert.equal(jsonErrorOffset('['.repeat(200_000)), 200_000);
    assert.equal(jsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), -1);
  });
});
