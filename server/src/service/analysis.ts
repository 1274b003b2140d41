// One parse and one rule run per document text, shared by every provider. In the server the work
// runs in slices, stops when nobody waits for it any more, and stops when the document changes.
import type { Letter } from '../letter/model';
import { parseLetterSteps } from '../letter/parse';
import { runSteps, type Steps } from '../letter/steps';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Rule } from '../rules/types';
import { ruleSteps } from '../rules/engine';
import { LetterFacts } from '../rules/facts';
import { AnalysisMemo } from '../rules/memo';
import type { CancellationToken } from './cancellation';

export interface Analysis {
  letter: Letter;
  /** What rules and providers read of the letter, computed once (guideline fields, conclusions, the era). */
  facts: LetterFacts;
  /** Sorted by position; at most `maxFindings` of the inputs. */
  findings: Finding[];
  /** Findings past `maxFindings`, counted and dropped. */
  omitted: number;
  /** Milliseconds spent parsing and checking. */
  elapsed: number;
}

export interface AnalysisInputs {
  catalog: Catalog;
  settings: EngineSettings;
  rules: readonly Rule[];
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Keep at most this many findings (see RunOptions.maxFindings); unlimited when absent. */
  maxFindings?: number;
  /**
   * The document's previous versions: the blocks whose text did not change are not read or checked again
   * (rules/memo.ts). One per document; the findings are the same with it or without it.
   */
  memo?: AnalysisMemo;
}

function* analysisSteps(text: string, inputs: AnalysisInputs): Steps<Omit<Analysis, 'elapsed'>> {
  const memo = inputs.memo;
  memo?.useCatalog(inputs.catalog);
  const letter = yield* parseLetterSteps(text, memo);
  const facts = new LetterFacts(letter, inputs.catalog, inputs.settings.profile, memo);
  const run = yield* ruleSteps(letter, inputs.catalog, inputs.settings, inputs.rules, {
    onRuleError: inputs.onRuleError,
    maxFindings: inputs.maxFindings,
    facts,
    memo,
  });
  return { letter, facts, findings: run.findings, omitted: run.omitted };
}

export function analyze(text: string, inputs: AnalysisInputs): Analysis {
  const started = performance.now();
  const result = runSteps(analysisSteps(text, inputs));
  return { ...result, elapsed: performance.now() - started };
}

/** How long the analysis may hold the thread before it lets other requests through. */
export const SLICE_MS = 8;

/**
 * The same analysis, pausing whenever it has run for SLICE_MS, so requests about other documents are
 * answered meanwhile. Pauses fall between parse phases, every few thousand lines within them, and
 * between rules. Small letters finish in one slice and never pause. Resolves to undefined when
 * `token` is cancelled (checked after every pause). `pause` is the host's way to yield (setImmediate
 * in the server); the service itself does no I/O and keeps no timers. Tests pass `sliceMs` 0 to
 * pause before every step.
 */
export async function analyzeInSlices(
  text: string,
  inputs: AnalysisInputs,
  pause: () => Promise<void>,
  token?: CancellationToken,
  sliceMs = SLICE_MS,
): Promise<Analysis | undefined> {
  let sliceStart = performance.now();
  let working = 0;
  const steps = analysisSteps(text, inputs);
  for (;;) {
    const now = performance.now();
    if (now - sliceStart >= sliceMs) {
      working += now - sliceStart;
      await pause();
      if (token?.isCancellationRequested) return undefined;
      sliceStart = performance.now();
    }
    const step = steps.next();
    if (step.done) {
      working += performance.now() - sliceStart;
      return { ...step.value, elapsed: working };
    }
  }
}

/**
 * What a request gets: the analysis, or why there is none. `request`: the request's own token was
 * cancelled. `stale`: the document changed before the analysis finished.
 */
export type AnalysisOutcome = { analysis: Analysis } | { cancelled: 'request' | 'stale' };

interface Entry {
  version: number;
  generation: number;
  analysis: Analysis;
}

interface Waiter {
  token?: CancellationToken;
  resolve(outcome: AnalysisOutcome): void;
}

/** An analysis under way, and the requests waiting for it. */
interface Run {
  version: number;
  text: string;
  generation: number;
  waiters: Set<Waiter>;
  /** The document changed: the text being checked is no longer the document's. */
  stale: boolean;
}

/** How many analyses ran to the end and how many were stopped; the server reports them for troubleshooting. */
export interface AnalysisCounts {
  completed: number;
  stopped: number;
}

/**
 * Caches analyses by document, version and text: a client that sends one version number twice still
 * gets the findings of the text it sent. `invalidate()` (settings or catalog changed) bumps the
 * generation so every document is checked again on its next request. Requests for the text being
 * analysed share that analysis; it stops when every request waiting for it has been cancelled, or
 * when the document changes (`changed`), so the work on a text nobody will see is not finished.
 * Each document keeps a memo of its blocks across versions (`AnalysisMemo`), so a keystroke re-reads the
 * block it changed; the memo goes with the document, and with the settings and catalog it was made under.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Run>();
  private readonly memos = new Map<string, AnalysisMemo>();
  private generation = 0;
  readonly counts: AnalysisCounts = { completed: 0, stopped: 0 };

  constructor(
    private inputs: () => AnalysisInputs,
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
    private readonly sliceMs = SLICE_MS,
  ) {}

  private hit(uri: string, version: number, text: string): Analysis | undefined {
    const hit = this.entries.get(uri);
    // Comparing the texts is cheap when they are the same string, the usual case: the document hands
    // out the string it holds.
    if (hit && hit.version === version && hit.generation === this.generation && hit.analysis.letter.source === text) return hit.analysis;
    return undefined;
  }

  get(uri: string, version: number, text: () => string): Analysis {
    const current = text();
    const cached = this.hit(uri, version, current);
    if (cached) return cached;
    const analysis = analyze(current, this.inputsFor(uri));
    this.entries.set(uri, { version, generation: this.generation, analysis });
    return analysis;
  }

  /** The inputs for one document: the service's, and the document's memo. */
  private inputsFor(uri: string): AnalysisInputs {
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new AnalysisMemo()));
    return { ...this.inputs(), memo };
  }

  /** As `get`, but in slices (see analyzeInSlices), and cancellable. */
  analyse(uri: string, version: number, text: string, token?: CancellationToken): Promise<AnalysisOutcome> {
    const cached = this.hit(uri, version, text);
    if (cached) return Promise.resolve({ analysis: cached });
    if (token?.isCancellationRequested) return Promise.resolve({ cancelled: 'request' });
    let run = this.running.get(uri);
    if (run && (run.version !== version || run.text !== text)) {
      run.stale = true;
      run = undefined;
    }
    // Under the old settings: it still answers the requests that asked before the change.
    if (run && run.generation !== this.generation) run = undefined;
    if (!run) run = this.start(uri, version, text);
    const waiters = run.waiters;
    return new Promise<AnalysisOutcome>((resolve) => waiters.add({ token, resolve }));
  }

  private start(uri: string, version: number, text: string): Run {
    const run: Run = { version, text, generation: this.generation, waiters: new Set(), stale: false };
    this.running.set(uri, run);
    const counts = this.counts;
    // Checked after every pause: answer the requests cancelled meanwhile, and stop when nobody is left.
    const stop: CancellationToken = {
      get isCancellationRequested() {
        for (const w of run.waiters) {
          if (run.stale || w.token?.isCancellationRequested) {
            run.waiters.delete(w);
            w.resolve({ cancelled: w.token?.isCancellationRequested ? 'request' : 'stale' });
          }
        }
        const stopping = run.stale || run.waiters.size === 0;
        // Counted now, before the requests just answered can ask for the counts.
        if (stopping) counts.stopped++;
        return stopping;
      },
    };
    void analyzeInSlices(text, this.inputsFor(uri), this.pause, stop, this.sliceMs).then(
      (analysis) => this.finish(uri, run, analysis),
      () => {
        this.counts.stopped++;
        this.finish(uri, run, undefined);
      },
    );
    return run;
  }

  private finish(uri: string, run: Run, analysis: Analysis | undefined): void {
    if (this.running.get(uri) === run) this.running.delete(uri);
    if (!analysis) {
      for (const w of run.waiters) w.resolve({ cancelled: w.token?.isCancellationRequested ? 'request' : 'stale' });
      return;
    }
    this.counts.completed++;
    if (!run.stale && run.generation === this.generation) this.entries.set(uri, { version: run.version, generation: run.generation, analysis });
    for (const w of run.waiters) {
      // Finished in the same slice the request was cancelled in: the answer would be thrown away.
      w.resolve(w.token?.isCancellationRequested ? { cancelled: 'request' } : run.stale ? { cancelled: 'stale' } : { analysis });
    }
  }

  /** The document's text changed: an analysis still under way is of text that no longer exists. */
  changed(uri: string): void {
    const run = this.running.get(uri);
    if (run) run.stale = true;
  }

  /**
   * Settings or catalog changed: check every document again on its next request. An analysis under way
   * still answers the requests waiting for it (they asked before the change; the server asks the client
   * to pull again), but its result is not kept.
   */
  invalidate(): void {
    this.generation++;
    // An analysis under the old settings keeps the memo it was given; the next one starts a new memo.
    this.memos.clear();
  }

  delete(uri: string): void {
    this.changed(uri);
    this.entries.delete(uri);
    this.running.delete(uri);
    this.memos.delete(uri);
  }
}
