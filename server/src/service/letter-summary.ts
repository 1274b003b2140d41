// "IMR: Show Letter Summary": the items, decisions and citations as a Markdown table.
import type { Analysis } from './analysis';
import { FoldedText } from '../letter/text';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
}

export function letterSummaryMarkdown(analysis: Analysis): string {
  const { letter, findings } = analysis;
  const fields = analysis.facts.guidelineFields();
  const caseNumber = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text;
  const out = [
    `# Letter summary${caseNumber ? ` — ${caseNumber}` : ''}`,
    '',
    `Template: ${letter.era === '2016' ? '2016 (Section(s) citations)' : '2014–15 (Page(s) citations)'} · ${letter.items.length} item${letter.items.length === 1 ? '' : 's'} · ${findings.length} finding${findings.length === 1 ? '' : 's'}`,
    '',
    '| # | Item | Decision | Claims Administrator guideline | MAXIMUS guideline | Problems |',
    '|---|---|---|---|---|---|',
  ];
  letter.items.forEach((item, n) => {
    const text = (kind: 'claims' | 'maximus') => {
      const f = fields.find((x) => x.item === item && x.kind === kind);
      return f ? new FoldedText(letter.source, f.field.content.start, f.field.content.end).text : '';
    };
    const problems = findings.filter((f) => f.start >= item.span.start && f.start <= item.span.end).map((f) => f.ruleId);
    out.push(
      `| ${n + 1} | ${cell(item.itemText)} | ${cell(item.decision ?? item.decisionWord?.text ?? 'none')} | ${cell(text('claims'))} | ${cell(text('maximus'))} | ${cell([...new Set(problems)].join(', '))} |`,
    );
  });
  const outside = findings.filter((f) => !letter.items.some((i) => f.start >= i.span.start && f.start <= i.span.end));
  if (outside.length > 0) {
    out.push('', '## Other findings', '');
    for (const f of outside) out.push(`- line ${letter.lines.position(f.start).line + 1}: ${f.message} (\`${f.ruleId}\`)`);
  }
  return out.join('\n') + '\n';
}
