// The requests the case summary names ("Request(s) under consideration include Soma 350mg #90,
// Valium 10mg #30, and Remaining Lunesta 3mg #35."; "an application for IMR for review of Soma
// 350mg #30 and Ambien CR 12.5mg #30.").
import type { RequestMention } from './model';
import { FoldedText, span } from './text';

const introducers = [
  /Request\(s\) under consideration include\s+/gi,
  /application for (?:an )?IMR for review of\s+/gi,
];

export function findRequests(source: string, start: number, end: number): RequestMention[] {
  const folded = new FoldedText(source, start, end);
  const text = folded.text;
  const found: RequestMention[] = [];
  for (const introducer of introducers) {
    introducer.lastIndex = 0;
    for (let m = introducer.exec(text); m; m = introducer.exec(text)) {
      const listStart = m.index + m[0].length;
      // The list runs to the end of its sentence: a period followed by a space and a capital, or the end.
      let listEnd = text.length;
      for (let k = listStart; k < text.length; k++) {
        if (text[k] === '.' && (k + 1 === text.length || (text[k + 1] === ' ' && /[A-Z]/.test(text[k + 2] ?? '')))) {
          listEnd = k;
          break;
        }
      }
      let pieceStart = listStart;
      const pieces = /,\s+and\s+|,\s+|\s+and\s+/g;
      pieces.lastIndex = listStart;
      const push = (a: number, b: number) => {
        const s = folded.startOf(a);
        const e = folded.endOf(b);
        if (b > a) found.push({ span: span(source, s, e), text: text.slice(a, b) });
      };
      for (let p = pieces.exec(text); p && p.index < listEnd; p = pieces.exec(text)) {
        push(pieceStart, p.index);
        pieceStart = p.index + p[0].length;
      }
      push(pieceStart, listEnd);
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found;
}
