// Completion where a reviewer types: the decision after an item heading's colon, MTUS part labels after
// `Decision based on MTUS `, the part's sections after `Section(s): `, the topic's commonly quoted 2009
// pages after `Page(s): `, ODG chapters after `Non-MTUS Citation ODG, `, field labels at the start of a
// line in IMR ISSUES, and drug names in item headings. Anywhere else it offers nothing, so prose is typed
// undisturbed.
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import type { Catalog } from '../catalog';
import { fieldLabels, readFieldLabel } from '../letter/items';
import type { CancellationToken } from './cancellation';
import { decisionMeaning } from './decision-meaning';
import { citationCompletion } from './citation-completion';

// CompletionItemKind numbers from the LSP specification.
const Field = 5;
const Value = 12;
const Reference = 18;

/** DWC's list of reviewer specialties, the most frequent first. */
const specialties = [
  'Preventive Medicine', 'Occupational Medicine', 'Family Practice', 'Physical Medicine & Rehabilitation', 'Internal Medicine',
  'Orthopedic Surgery', 'Anesthesiology', 'Pain Management', 'Addiction Psychiatry', 'Chiropractic', 'Dermatology',
  'Emergency Medicine', 'Neurology', 'Neurological Surgery', 'Ophthalmology', 'Optometry', 'Oriental Medicine (acupuncture)',
  'Plastic Surgery', 'Podiatrist', 'Psychiatry', 'Psychologist', 'Registered Nurse', 'Rheumatology', 'Sports Medicine', 'Urology',
];

/** States of licensure, California first. */
const states = [
  'California', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
];


export function provideCompletion(letter: Letter, catalog: Catalog, position: Position, token?: CancellationToken): CompletionItem[] {
  const { source, lines } = letter;
  const offset = lines.offset(position);
  const lineStart = lines.lineStart(position.line);
  const prefix = source.slice(lineStart, offset);
  // The lookbehind lets only the start of a run begin a match that must reach the line end: one read of the run.
  const word = /(?<![A-Za-z0-9()&.\-/])[A-Za-z0-9()&.\-/]*$/.exec(prefix)![0];
  const range = { start: lines.position(offset - word.length), end: position };
  const edit = (newText: string) => ({ range, newText });
  if (token?.isCancellationRequested) return [];

  // In a guideline field, what is being typed is read from the field's own parse up to the cursor.
  const cited = citationCompletion(letter, catalog, offset);
  if (cited) {
    const typedRange = { start: lines.position(offset - cited.typed.length), end: position };
    return cited.items.map(({ newText, ...item }) => ({ ...item, textEdit: { range: typedRange, newText } }));
  }

  // The header and the credentials block: fixed values.
  const fixedValue = /^\s*(Priority|State\(s\) of Licensure|Certification\(s\)\/Specialty):\s?([^:]{0,60})$/.exec(prefix);
  if (fixedValue) {
    const typed = fixedValue[2].split(',').pop()!.trimStart();
    const valueRange = { start: lines.position(offset - typed.length), end: position };
    const values = fixedValue[1] === 'Priority' ? ['Standard', 'Expedited'] : fixedValue[1].startsWith('State') ? states : specialties;
    return values.map((v, n) => ({ label: v, kind: Value, sortText: String(n).padStart(3, '0'), textEdit: { range: valueRange, newText: v } }));
  }

  const issues = letter.sections.find((s) => s.kind === 'issues');
  const inIssues = issues ? offset > issues.heading.end && offset <= issues.body.end : letter.items.length > 0;
  if (!inIssues) return [];
  const line = prefix.trimStart();

  // The decision, right after an item heading's colon.
  const decisionTyped = /:\s{0,2}([A-Za-z]{0,12})$/.exec(prefix);
  if (decisionTyped && !readFieldLabel(line) && isHeadingLine(letter, position.line)) {
    const typed = decisionTyped[1];
    const decisionRange = { start: lines.position(offset - typed.length), end: position };
    const lead = prefix.endsWith(':') ? ' ' : '';
    return (['Upheld', 'Overturned'] as const).map((d, n) => ({
      label: d,
      kind: Value,
      detail: 'item decision',
      documentation: decisionMeaning[d],
      sortText: String(n),
      textEdit: { range: decisionRange, newText: `${lead}${d}` },
    }));
  }

  // A field label at the start of a line.
  if (/^[A-Za-z ]{0,30}$/.test(line)) {
    const lower = line.toLowerCase();
    const labels = fieldLabels.filter((l) => l.label.toLowerCase().startsWith(lower));
    if (labels.length > 0) {
      const labelRange = { start: lines.position(offset - line.length), end: position };
      const labelItems: CompletionItem[] = labels.map((l, n) => ({
        label: l.label,
        kind: Field,
        sortText: String(n),
        textEdit: { range: labelRange, newText: `${l.label} ` },
      }));
      // A word typed on a heading line may also begin a drug name.
      return line.length > 0 && isHeadingLine(letter, position.line) ? [...labelItems, ...drugItems(catalog, word, edit)] : labelItems;
    }
  }

  // Drug names while typing an item heading.
  if (word.length >= 2 && !readFieldLabel(line) && isHeadingLine(letter, position.line)) {
    return drugItems(catalog, word, edit);
  }
  return [];
}

function drugItems(catalog: Catalog, word: string, edit: (text: string) => { range: { start: Position; end: Position }; newText: string }): CompletionItem[] {
  const lower = word.toLowerCase();
  const items: CompletionItem[] = [];
  for (const drug of catalog.drugs) {
    for (const name of [...drug.brands, ...drug.generic]) {
      if (!name.toLowerCase().startsWith(lower)) continue;
      items.push({ label: name, kind: Reference, detail: `${drug.generic.join(', ')} · ${drug.class}`, textEdit: edit(name) });
    }
  }
  return items;
}

/**
 * Is this line (being typed) an item heading? It is not a field label, and it stands where a heading
 * can: after a blank line, a finished sentence, the section's opening line, or before a field label.
 */
function isHeadingLine(letter: Letter, line: number): boolean {
  const { lines, source } = letter;
  const text = (n: number) => source.slice(lines.lineStart(n), lines.lineEnd(n)).trim();
  if (readFieldLabel(text(line))) return false;
  let next = line + 1;
  while (next < lines.lineCount && text(next) === '') next++;
  if (next < lines.lineCount && readFieldLabel(text(next))?.kind === 'claims') return true;
  let prev = line - 1;
  while (prev >= 0 && text(prev) === '') prev--;
  if (prev < 0) return false;
  const p = text(prev);
  return p.endsWith('.') || p.endsWith(':') || prev < line - 1;
}

export const completionTriggerCharacters = [' ', ':', ','];
