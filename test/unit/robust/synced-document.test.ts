// The server's copy of a document under incremental changes: after any sequence of edits, with \r,
// \n and \r\n typed or deleted anywhere (a \n right after a lone \r, a \r right before a \n), its text,
// its lines and its positions are those of a plain reference that splits the whole text again.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SyncedDocument } from '../../../server/src/service/synced-document';

interface Position {
  line: number;
  character: number;
}

/** The reference: line starts found again from the whole text each time (LSP line ends: \r\n, \n, \r). */
class Reference {
  constructor(public text: string) {}

  starts(): number[] {
    const starts = [0];
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(this.text); m; m = breaks.exec(this.text)) starts.push(m.index + m[0].length);
    return starts;
  }

  lineEnd(line: number): number {
    const starts = this.starts();
    if (line + 1 >= starts.length) return this.text.length;
    const next = starts[line + 1];
    return this.text.slice(next - 2, next) === '\r\n' ? next - 2 : next - 1;
  }

  offsetAt(p: Position): number {
    const starts = this.starts();
    if (p.line < 0) return 0;
    if (p.line >= starts.length) return this.text.length;
    return Math.min(starts[p.line] + Math.max(0, p.character), this.lineEnd(p.line));
  }

  positionAt(offset: number): Position {
    const starts = this.starts();
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return { line, character: Math.min(offset, this.lineEnd(line)) - starts[line] };
  }

  replace(start: Position, end: Position, text: string): void {
    let a = this.offsetAt(start);
    let b = this.offsetAt(end);
    if (a > b) [a, b] = [b, a];
    this.text = this.text.slice(0, a) + text + this.text.slice(b);
  }
}

const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', 'b', ' ', '\u00e9', '\ud83d\ude00');
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 6 }) });
const edit = fc.record({ start: position, end: position, text });

function assertSame(document: SyncedDocument, reference: Reference): void {
  assert.equal(document.getText(), reference.text);
  assert.equal(document.lineCount, reference.starts().length, 'line count');
  for (let offset = 0; offset <= reference.text.length; offset++) {
    assert.deepEqual(document.positionAt(offset), reference.positionAt(offset), `position of offset ${offset}`);
  }
  for (let line = -1; line <= reference.starts().length; line++) {
    for (let character = 0; character <= 4; character++) {
      assert.equal(document.offsetAt({ line, character }), reference.offsetAt({ line, character }), `offset of ${line}:${character}`);
    }
  }
}

describe('robust: the synced document under incremental edits', () => {
  it('a \\n typed after a lone \\r joins them into one line break', () => {
    const document = new SyncedDocument('file:///cr.imr', 'imr', 1, 'ab\rcd');
    document.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], 2);
    assert.equal(document.lineCount, 2);
    document.update([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, text: 'X' }], 3);
    assert.equal(document.getText(), 'ab\r\ncXd');
    assert.equal(document.version, 3);
  });

  it('a \\r typed before a \\n, and the text between a \\r and a \\n deleted, each leave one line break', () => {
    const before = new SyncedDocument('file:///cr.imr', 'imr', 1, 'ab\ncd');
    before.update([{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: '\r' }], 2);
    assert.equal(before.lineCount, 2);
    assert.deepEqual(before.positionAt(before.getText().length), { line: 1, character: 2 });
    const between = new SyncedDocument('file:///cr.imr', 'imr', 1, 'ab\rX\ncd');
    between.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
    assert.equal(between.getText(), 'ab\r\ncd');
    assert.equal(between.lineCount, 2);
  });

  it('any sequence of edits with \\r and \\n agrees with splitting the whole text again', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 10 }), (initial, edits) => {
        const document = new SyncedDocument('file:///random.imr', 'imr', 1, initial);
        const reference = new Reference(initial);
        let version = 1;
        for (const e of edits) {
          document.update([{ range: { start: e.start, end: e.end }, text: e.text }], ++version);
          reference.replace(e.start, e.end, e.text);
          assertSame(document, reference);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('several changes in one update apply in order, and a change without a range replaces the text', () => {
    const document = new SyncedDocument('file:///many.imr', 'imr', 1, 'one\rtwo');
    document.update(
      [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' },
        { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '\rthree' },
      ],
      2,
    );
    assert.equal(document.getText(), 'one\r\ntwo\rthree');
    assert.equal(document.lineCount, 3);
    document.update([{ text: 'fresh\r\ntext' }], 3);
    assert.equal(document.lineCount, 2);
    assert.equal(document.getText({ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }), 'text');
  });
});
