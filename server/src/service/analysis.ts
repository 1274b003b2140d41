// One parse and one rule run per document version, shared by every provider.
import type { Letter } from '../letter/model';
import { parseLetter } from '../letter/parse';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Rule } from '../rules/types';
import { ruleSteps, runRules } from '../rules/engine';
import type { CancellationToken } from './cancellation';

export interface Analysis {
  letter: Letter;
  findings: Finding[];
  /** Milliseconds spent parsing and checking. */
  elapsed: number;
}

export interface AnalysisInputs {
  catalog: Catalog;
  settings: EngineSettings;
  rules: readonly Rule[];
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function analyze(text: string, inputs: AnalysisInputs): Analysis {
  const started = performance.now();
  const letter = parseLetter(text);
  const findings = runRules(letter, inputs.catalog, inputs.settings, inputs.rules, { onRuleError: inputs.onRuleError });
  return { letter, findings, elapsed: performance.now() - started };
}

/** How long the analysis may hold the thread before it lets other requests through. */
const SLICE_MS = 8;

/**
 * The same analysis, pausing between rules whenever it has run for SLICE_MS, so requests about other
 * documents are answered meanwhile. Small letters finish in one slice and never pause. Resolves to
 * undefined when cancelled. `pause` is the host's way to yield (setImmediate in the server); the
 * service itself does no I/O and keeps no timers.
 */
export async function analyzeInSlices(
  text: string,
  inputs: AnalysisInputs,
  pause: () => Promise<void>,
  token?: CancellationToken,
): Promise<Analysis | undefined> {
  const started = performance.now();
  let sliceStart = started;
  const letter = parseLetter(text);
  let working = 0;
  const steps = ruleSteps(letter, inputs.catalog, inputs.settings, inputs.rules, { onRuleError: inputs.onRuleError });
  for (;;) {
    const now = performance.now();
    if (now - sliceStart >= SLICE_MS) {
      working += now - sliceStart;
      await pause();
      if (token?.isCancellationRequested) return undefined;
      sliceStart = performance.now();
    }
    const step = steps.next();
    if (step.done) {
      working += performance.now() - sliceStart;
      return { letter, findings: step.value, elapsed: working };
    }
  }
}

interface Entry {
  version: number;
  generation: number;
  analysis: Analysis;
}

/**
 * Caches analyses by document and version. `invalidate()` (settings or catalog changed) bumps the
 * generation so every document is checked again on its next request. Requests for a version being
 * analysed share that analysis.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, { version: number; generation: number; promise: Promise<Analysis | undefined> }>();
  private generation = 0;

  constructor(
    private inputs: () => AnalysisInputs,
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
  ) {}

  get(uri: string, version: number, text: () => string): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version && hit.generation === this.generation) return hit.analysis;
    const analysis = analyze(text(), this.inputs());
    this.entries.set(uri, { version, generation: this.generation, analysis });
    return analysis;
  }

  /** As `get`, but in slices (see analyzeInSlices); undefined only when this request was cancelled. */
  async getInSlices(uri: string, version: number, text: () => string, token?: CancellationToken): Promise<Analysis | undefined> {
    const hit = this.entries.get(uri);
    const generation = this.generation;
    if (hit && hit.version === version && hit.generation === generation) return hit.analysis;
    let running = this.pending.get(uri);
    if (!running || running.version !== version || running.generation !== generation) {
      // Not tied to this request's token: another request may be waiting on the same analysis.
      const promise = analyzeInSlices(text(), this.inputs(), this.pause).then((analysis) => {
        if (analysis && this.generation === generation) this.entries.set(uri, { version, generation, analysis });
        if (this.pending.get(uri)?.promise === promise) this.pending.delete(uri);
        return analysis;
      });
      running = { version, generation, promise };
      this.pending.set(uri, running);
    }
    const analysis = await running.promise;
    return token?.isCancellationRequested ? undefined : analysis;
  }

  peek(uri: string): Analysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  invalidate(): void {
    this.generation++;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }
}
