// Shared facts about sections for the section rules.
import type { Letter, Section, SectionKind } from '../letter/model';
import { sectionDefinitions } from '../letter/sections';

export const requiredOrder: readonly SectionKind[] = ['how', 'summary', 'issues'];

export function canonicalHeading(kind: SectionKind): string {
  return sectionDefinitions.find((d) => d.kind === kind)!.canonical;
}

export function introOf(kind: SectionKind): string | undefined {
  return sectionDefinitions.find((d) => d.kind === kind)!.intro;
}

/** The first heading of each kind: later ones are duplicates. */
export function firstOfEach(letter: Letter): Map<SectionKind, Section> {
  const first = new Map<SectionKind, Section>();
  for (const s of letter.sections) if (!first.has(s.kind)) first.set(s.kind, s);
  return first;
}

/** The line break the document already uses, so inserted text matches it. */
export function eolOf(source: string): string {
  const i = source.indexOf('\n');
  if (i > 0 && source[i - 1] === '\r') return '\r\n';
  if (i < 0 && source.includes('\r')) return '\r';
  return '\n';
}
