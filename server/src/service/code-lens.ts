// A code lens above each item heading: its decision, the guidelines it cites, its open problems.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import type { Catalog } from '../catalog';
import { effectiveYear, guidelineFields } from '../letter/citations';
import { toRange } from './diagnostics';
import type { CancellationToken } from './cancellation';

export function provideCodeLenses(analysis: Analysis, catalog: Catalog, token?: CancellationToken): CodeLens[] {
  const { letter, findings } = analysis;
  const fields = guidelineFields(letter, catalog);
  const lenses: CodeLens[] = [];
  for (const item of letter.items) {
    if (token?.isCancellationRequested) return [];
    const cited = new Set<string>();
    for (const f of fields) {
      if (f.item !== item) continue;
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
    const problems = findings.filter((f) => f.start >= item.span.start && f.start <= item.span.end);
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
