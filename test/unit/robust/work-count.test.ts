import * as assert from 'node:assert/strict';
import { countWork } from './work-count';

describe('robust: counting work', () => {
  it('counts what regexes and string built-ins read, whichever way a regex is called', () => {
    const text = 'a '.repeat(500);
    const calls: [string, (t: string) => unknown][] = [
      ['exec', (t) => /x/.exec(t)],
      ['test', (t) => /x/.test(t)],
      ['replace', (t) => t.replace(/x/g, '')],
      ['split', (t) => t.split(/x/)],
      ['match', (t) => t.match(/x/)],
      ['matchAll', (t) => [...t.matchAll(/x/g)]],
      ['search', (t) => t.search(/x/)],
      ['indexOf', (t) => t.indexOf('x')],
      ['slice', (t) => t.slice(0)],
      ['a loop of charCodeAt', (t) => { for (let i = 0; i < t.length; i++) t.charCodeAt(i); }],
    ];
    for (const [name, call] of calls) {
      const { work } = countWork(() => call(text));
      assert.ok(work >= text.length && work <= 3 * text.length + 10, `${name}: ${work} for ${text.length} characters`);
    }
  });

  it('sees a quadratic loop as quadratic', () => {
    const quadratic = (t: string) => {
      for (let i = 0; i < t.length; i++) t.slice(i).indexOf('x');
    };
    const small = countWork(() => quadratic('a'.repeat(100))).work;
    const large = countWork(() => quadratic('a'.repeat(1000))).work;
    assert.ok(large / small > 50, `${small} -> ${large}`);
  });

  it('restores the built-ins afterwards', () => {
    const exec = RegExp.prototype.exec;
    const slice = String.prototype.slice;
    countWork(() => 'abc'.slice(1));
    assert.equal(RegExp.prototype.exec, exec);
    assert.equal(String.prototype.slice, slice);
  });
});
