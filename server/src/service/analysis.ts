// One parse and one rule run per document version, shared by every provider.
import type { Letter } from '../letter/model';
import { parseLetter } from '../letter/parse';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Rule } from '../rules/types';
import { runRules } from '../rules/engine';

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

interface Entry {
  version: number;
  generation: number;
  analysis: Analysis;
}

/**
 * Caches analyses by document and version. `invalidate()` (settings or catalog changed) bumps the
 * generation so every document is checked again on its next request.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(private inputs: () => AnalysisInputs) {}

  get(uri: string, version: number, text: () => string): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version && hit.generation === this.generation) return hit.analysis;
    const analysis = analyze(text(), this.inputs());
    this.entries.set(uri, { version, generation: this.generation, analysis });
    return analysis;
  }

  peek(uri: string): Analysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  invalidate(): void {
    this.generation++;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
