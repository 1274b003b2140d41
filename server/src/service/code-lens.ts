// A code lens above each item heading: its decision, the guidelines it cites, its open problems.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { effectiveYear } from '../citations';
import { toRange } from './diagnostics';
import type { CancellationToken } from './cancellation';

export function provideCodeLenses(analysis: Analysis, token?: CancellationToken): CodeLens[] {
  const { letter, findings } = analysis;
  const fields = analysis.facts.guidelineFields();
  const lenses: CodeLens[] = [];
  // Findings are sorted by start, items by position: one sweep hands each item its findings.
  let next = 0;
  const fieldsByItem = new Map<unknown, typeof fields>();
  for (const f of fields) {
    const list = fieldsByItem.get(f.item);
    if (list) list.push(f);
    else fieldsByItem.set(f.item, [f]);
  }
  for (const item of letter.items) {
    if (token?.isCancellationRequested) return [];
    const cited = new Set<string>();
    for (const f of fieldsByItem.get(item) ?? []) {
      for (const clause of f.parsed.clauses) {
        if (clause.kind === 'mtus') {
          for (const p of clause.parts) {
            const year = effectiveYear(p);
            cited.add(`MTUS ${p.part?.label ?? p.label.text}${year ? ` ${year}` : ''}`);
          }
        } else if (clause.kind === 'non-mtus') {
          cited.add(clause.odg?.chapter ? `ODG ${clause.odg.chapter.chapter.short ?? clause.odg.chapter.chapter.name}` : 'Non-MTUS');
        }
      }
    }
    while (next < findings.length && findings[next].start < item.span.start) next++;
    const problems: typeof findings = [];
    for (let k = next; k < findings.length && findings[k].start <= item.span.end; k++) problems.push(findings[k]);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const parts = [
      item.decision ?? (item.decisionWord ? `'${item.decisionWord.text}'?` : 'no decision'),
      cited.size > 0 ? [...cited].join(', ') : 'no citation',
      problems.length === 0 ? 'no problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}${errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}`,
    ];
    const anchor = item.heading.end > item.heading.start ? item.heading : item.span;
    lenses.push({ range: toRange(letter, anchor.start, anchor.start), command: { title: parts.join(' · '), command: '' } });
  }
  return lenses;
}
