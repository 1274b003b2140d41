// The safe fixes of a set of findings as one set of non-overlapping edits (for source.fixAll.imr and
// imr-lint --fix). Where two fixes touch the same text, the first one wins; the other finding stays
// and is fixed on a later pass.
import type { Finding, OffsetEdit } from '../rules/types';
import type { Letter } from '../letter/model';

export function safeEdits(findings: readonly Finding[]): OffsetEdit[] {
  const chosen: OffsetEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === c.start && e.end === c.end)));
    if (overlaps) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits to text. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Edits in the letter's offsets as edits of the document: where the parser read a normalised text
 * (soft hyphens dropped, page furniture skipped), a replaced range covers the characters dropped
 * inside it and leaves those around it.
 */
export function documentEdits(letter: Letter, edits: readonly OffsetEdit[]): OffsetEdit[] {
  const map = letter.sourceMap;
  if (!map) return [...edits];
  return edits.map((e) => {
    const start = map.toDocumentStart(e.start);
    const end = e.end > e.start ? Math.max(start, map.toDocumentEnd(e.end)) : start;
    return { start, end, newText: e.newText };
  });
}
