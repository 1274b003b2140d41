// The server's copy of an open document, kept in step with the editor's through incremental changes.
// Lines end at \r\n, \n or a lone \r, as LSP defines them. An edit can join or split a \r\n pair at its
// edges (a \n typed after a lone \r, a \r typed before a \n, the text between them deleted), so the
// line starts around each edit are found again from the text rather than from the inserted text alone.
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

function isBreak(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  // A line starts after \n, or after a \r that no \n follows.
  return c === 10 || (c === 13 && text.charCodeAt(at) !== 10);
}

/** Every line start t with from < t <= to. */
function lineStartsIn(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let t = from + 1; t <= to; t++) if (isBreak(text, t)) starts.push(t);
  return starts;
}

/** The index of the last start <= offset. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class SyncedDocument implements TextDocument {
  private starts: number[];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private text: string,
  ) {
    this.starts = [0, ...lineStartsIn(text, 0, text.length)];
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Where the line's text ends, before its line break. */
  private lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = lineAt(this.starts, clamped);
    // An offset inside a \r\n pair belongs at the end of its line.
    return { line, character: Math.min(clamped, this.lineEnd(line)) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Applies the editor's changes in order, as LSP sends them. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text);
      else {
        this.text = change.text;
        this.starts = [0, ...lineStartsIn(change.text, 0, change.text.length)];
      }
    }
    this.currentVersion = version;
  }

  private replace(range: Range, inserted: string): void {
    let start = this.offsetAt(range.start);
    let end = this.offsetAt(range.end);
    if (start > end) [start, end] = [end, start];
    const old = this.text;
    this.text = old.slice(0, start) + inserted + old.slice(end);
    const delta = inserted.length - (end - start);
    // A line start depends on the characters either side of it. Starts at or before start - 1 and
    // after end + 1 (in the old text) have both neighbours outside the edit; the rest are found again.
    const from = Math.max(0, start - 1);
    const to = Math.min(start + inserted.length + 1, this.text.length);
    const keepBefore = lineAt(this.starts, from) + 1;
    const after = lineAt(this.starts, end + 1) + 1;
    const tail = this.starts.slice(after).map((s) => s + delta);
    this.starts = this.starts.slice(0, keepBefore).concat(lineStartsIn(this.text, from, to), tail);
  }
}

/** What vscode-languageserver's TextDocuments uses to create and update the open documents. */
export const syncedDocuments = {
  create(uri: string, languageId: string, version: number, content: string): SyncedDocument {
    return new SyncedDocument(uri, languageId, version, content);
  },
  update(document: SyncedDocument, changes: TextDocumentContentChangeEvent[], version: number): SyncedDocument {
    document.update(changes, version);
    return document;
  },
};
