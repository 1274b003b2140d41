// Every `.imr` letter of the workspace folders, checked from disk whether it is open or not: the
// server's workspace diagnostics and the workspace letters report read the results kept here. A
// whole folder is checked in the background, one letter at a time with a pause between letters (so
// keystrokes in an open letter are answered meanwhile), under a progress report the user may cancel.
// A change on disk re-checks that one letter.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../service/analysis';
import type { CancellationToken } from '../service/cancellation';
import { toDiagnostics } from '../service/diagnostics';
import { letterRow, type LetterRow } from '../service/letters-report';
import { findLetterFiles, isLetterFile, readWorkspaceLetter, realFolders } from './workspace-files';

export interface WorkspaceLetter {
  uri: string;
  file: string;
  /** Changes whenever the letter is checked again (LSP `resultId`). */
  resultId: string;
  diagnostics: Diagnostic[];
  row: LetterRow;
  /** True once the file is gone: reported once with no diagnostics, then dropped. */
  removed?: boolean;
}

export interface ScanProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
  /** The user cancelled the check from the progress report. */
  readonly cancelled: boolean;
}

export interface WorkspaceLettersHost {
  /** The workspace folders as file-system paths. */
  folders(): readonly string[];
  /** Checks a letter's text; may pause between slices so an open letter's keystrokes are answered meanwhile. */
  analyze(text: string): Analysis | Promise<Analysis>;
  /** Yields to other work (setImmediate in the server). */
  pause(): Promise<void>;
  startProgress(): Promise<ScanProgress>;
  /** Called after each letter is checked (or found removed): push-only clients publish here. */
  onUpdate?(letter: WorkspaceLetter): void;
}

type FileChange = 'created' | 'changed' | 'deleted';

export class WorkspaceLetters {
  private readonly letters = new Map<string, WorkspaceLetter>();
  /** The latest check started per letter: a slower, older check never overwrites a newer one. */
  private readonly tickets = new Map<string, number>();
  private nextTicket = 0;
  private nextResult = 0;
  private scan: Promise<void> | undefined;
  private scanned = false;
  /** The user cancelled the last scan: it is not restarted until settings change or a report asks. */
  private stopped = false;
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private markReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly host: WorkspaceLettersHost) {}

  /** The settings are loaded (or changed): check every letter again, now or on the next request. */
  invalidate(startNow: boolean): void {
    this.markReady();
    this.generation++;
    this.scanned = false;
    this.stopped = false;
    if (startNow) void this.ensureScanned();
    // Requests waiting for a change look again: every letter is about to be checked anew.
    this.wake();
  }

  /**
   * Resolves once every letter has been checked with the current settings, or the user cancelled the
   * check (`resume` restarts a cancelled one, for a report the user asked for).
   */
  async ensureScanned(options: { resume?: boolean } = {}): Promise<void> {
    await this.ready;
    if (options.resume) this.stopped = false;
    while (!this.scanned && !this.stopped) {
      if (!this.scan) {
        const generation = this.generation;
        this.scan = this.runScan(generation).finally(() => (this.scan = undefined));
      }
      await this.scan;
    }
  }

  private async runScan(generation: number): Promise<void> {
    const folders = this.host.folders();
    const files = await findLetterFiles(folders);
    const real = await realFolders(folders);
    const present = new Set(files.map((f) => this.uriOf(f)));
    for (const letter of this.letters.values()) {
      if (!present.has(letter.uri) && !letter.removed) this.remove(letter);
    }
    const progress = await this.host.startProgress();
    progress.begin(files.length);
    try {
      for (let n = 0; n < files.length; n++) {
        if (progress.cancelled) {
          this.stopped = true;
          return;
        }
        // Settings changed meanwhile: the next scan checks everything with the new ones.
        if (generation !== this.generation) return;
        await this.check(files[n], real);
        progress.report(n + 1, files.length);
        await this.host.pause();
      }
      if (generation === this.generation) this.scanned = true;
    } finally {
      progress.done();
      this.wake();
    }
  }

  /** Files created, changed or deleted on disk (workspace/didChangeWatchedFiles), or a letter closed. */
  async filesChanged(changes: readonly { file: string; type: FileChange }[]): Promise<void> {
    const letters = changes.filter((c) => isLetterFile(c.file));
    if (letters.length === 0) return;
    await this.ready;
    const real = await realFolders(this.host.folders());
    for (const change of letters) {
      const known = this.letters.get(this.uriOf(change.file));
      if (change.type === 'deleted') {
        if (known && !known.removed) this.remove(known);
      } else {
        await this.check(change.file, real);
      }
    }
    this.wake();
  }

  private uriOf(file: string): string {
    return pathToFileURL(file).href;
  }

  private async check(file: string, real: readonly string[]): Promise<void> {
    const uri = this.uriOf(file);
    const ticket = ++this.nextTicket;
    this.tickets.set(uri, ticket);
    const read = await readWorkspaceLetter(file, real);
    if (this.tickets.get(uri) !== ticket) return;
    if ('skipped' in read) {
      const known = this.letters.get(uri);
      if (known && !known.removed) this.remove(known);
      return;
    }
    const analysis = await this.host.analyze(read.text);
    // A newer check of the same file started while this one paused: its result wins.
    if (this.tickets.get(uri) !== ticket) return;
    const letter: WorkspaceLetter = {
      uri,
      file,
      resultId: `${++this.nextResult}`,
      diagnostics: toDiagnostics(analysis.letter, uri, analysis.findings),
      row: letterRow(this.shownPath(file), analysis.letter, analysis.findings),
    };
    this.letters.set(uri, letter);
    this.host.onUpdate?.(letter);
  }

  private remove(letter: WorkspaceLetter): void {
    const removed: WorkspaceLetter = { ...letter, removed: true, diagnostics: [], resultId: `${++this.nextResult}` };
    this.letters.set(letter.uri, removed);
    this.host.onUpdate?.(removed);
  }

  /** The path relative to its workspace folder; with several folders, the folder's name first. */
  shownPath(file: string): string {
    const folders = this.host.folders();
    for (const folder of folders) {
      const relative = path.relative(folder, file);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        const shown = relative.split(path.sep).join('/');
        return folders.length > 1 ? `${path.basename(folder)}/${shown}` : shown;
      }
    }
    return file;
  }

  /** Every letter known, removed ones included (their empty report clears what a client still shows). */
  all(): WorkspaceLetter[] {
    return [...this.letters.values()];
  }

  /** The letters on disk, by path. */
  present(): WorkspaceLetter[] {
    return this.all()
      .filter((l) => !l.removed)
      .sort((a, b) => (a.row.file < b.row.file ? -1 : a.row.file > b.row.file ? 1 : 0));
  }

  get(uri: string): WorkspaceLetter | undefined {
    const letter = this.letters.get(uri);
    return letter && !letter.removed ? letter : undefined;
  }

  /** Resolves at the next change (a letter checked or removed, a scan ended) or when `token` is cancelled. */
  nextChange(token?: CancellationToken & { onCancellationRequested?: (listener: () => void) => unknown }): Promise<void> {
    return new Promise((resolve) => {
      if (token?.isCancellationRequested) return resolve();
      const wake = () => {
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
      token?.onCancellationRequested?.(wake);
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
