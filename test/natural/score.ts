// Scores the checker on the natural drafts: each truth entry (line, kind) is found when a rule meaning
// that kind reports within two lines of it. Clean letters count their findings as false alarms.
import { kindRules } from './kinds';

/** What a QA editor wrote down before the checker ran. */
export interface Truth {
  form: '2016' | '2014';
  clean: boolean;
  mistakes: { line: number; kind: string; what: string }[];
}

/** A finding placed on its 1-based line. */
export interface PlacedFinding {
  line: number;
  /** The lines of the finding's related places (the other side of a conflict or mismatch). */
  relatedLines?: number[];
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
}

export interface LetterResult {
  name: string;
  truth: Truth;
  findings: PlacedFinding[];
}

export interface Score {
  byKind: Map<string, { found: number; total: number }>;
  misses: { name: string; line: number; kind: string; what: string }[];
  /** Findings on clean letters, all severities. */
  cleanFindings: { name: string; finding: PlacedFinding }[];
  /** Errors and warnings on drafts that no truth entry accounts for: to read, not gated. */
  unexplained: { name: string; finding: PlacedFinding }[];
  cleanLetters: number;
  found: number;
  total: number;
}

const NEAR = 2;

/** A finding is at a line when it or one of its related places is within two lines of it. */
function near(finding: PlacedFinding, line: number): boolean {
  return [finding.line, ...(finding.relatedLines ?? [])].some((l) => Math.abs(l - line) <= NEAR);
}

export function scoreLetters(results: readonly LetterResult[]): Score {
  const score: Score = { byKind: new Map(), misses: [], cleanFindings: [], unexplained: [], cleanLetters: 0, found: 0, total: 0 };
  for (const { name, truth, findings } of results) {
    if (truth.clean) {
      score.cleanLetters++;
      for (const finding of findings) score.cleanFindings.push({ name, finding });
      continue;
    }
    const explained = new Set<PlacedFinding>();
    for (const mistake of truth.mistakes) {
      const rules = kindRules[mistake.kind];
      if (!rules) throw new Error(`${name}: unknown kind "${mistake.kind}"`);
      const matching = findings.filter((f) => rules.includes(f.ruleId) && near(f, mistake.line));
      for (const f of matching) explained.add(f);
      const entry = score.byKind.get(mistake.kind) ?? { found: 0, total: 0 };
      entry.total++;
      score.total++;
      if (matching.length > 0) {
        entry.found++;
        score.found++;
      } else {
        score.misses.push({ name, ...mistake });
      }
      score.byKind.set(mistake.kind, entry);
    }
    for (const finding of findings) {
      if (explained.has(finding) || finding.severity === 'info' || finding.severity === 'hint') continue;
      // A finding of a kind the truth names nearby explains itself (two rules seeing one mistake).
      const nearby = truth.mistakes.some((m) => near(finding, m.line) && (kindRules[m.kind] ?? []).includes(finding.ruleId));
      if (!nearby) score.unexplained.push({ name, finding });
    }
  }
  return score;
}

export function recall(found: number, total: number): number {
  return total === 0 ? 1 : found / total;
}

export function scoreReport(score: Score): string {
  const lines = ['kind                          found  total  recall'];
  for (const [kind, { found, total }] of [...score.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${kind.padEnd(28)}  ${String(found).padStart(5)}  ${String(total).padStart(5)}  ${(100 * recall(found, total)).toFixed(0).padStart(5)}%`);
  }
  lines.push(`${'all'.padEnd(28)}  ${String(score.found).padStart(5)}  ${String(score.total).padStart(5)}  ${(100 * recall(score.found, score.total)).toFixed(1).padStart(5)}%`);
  lines.push('', `misses (${score.misses.length}):`);
  for (const m of score.misses) lines.push(`  ${m.name}:${m.line} ${m.kind}: ${m.what}`);
  lines.push('', `findings on ${score.cleanLetters} clean letters (${score.cleanFindings.length}):`);
  for (const { name, finding: f } of score.cleanFindings) lines.push(`  ${name}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`);
  lines.push('', `errors and warnings on drafts that no truth entry explains (${score.unexplained.length}):`);
  for (const { name, finding: f } of score.unexplained) lines.push(`  ${name}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`);
  return lines.join('\n');
}
