// The requests the case summary names ("Request(s) under consideration include Soma 350mg #90,
// Valium 10mg #30, and Remaining Lunesta 3mg #35."; "an application for IMR for review of Soma
// 350mg #30 and Ambien CR 12.5mg #30.").
import type { RequestMention } from './model';
import { FoldedText, span } from './text';

// Searched in the raw text (a wrapped line breaks anywhere, hence \s+); only the sentence after a
// match is folded, so the rest of the summary costs one regex scan per keystroke.
const introducers = [
  /Request\(s\)\s+under\s+consideration\s+include\s+/gi,
  /application\s+for\s+(?:an\s+)?IMR\s+for\s+review\s+of\s+/gi,
];

/** How far a list of requests may run before its sentence ends. */
const MAX_LIST = 1500;

export function findRequests(source: string, start: number, end: number): RequestMention[] {
  const found: RequestMention[] = [];
  const summary = source.slice(start, end);
  for (const introducer of introducers) {
    introducer.lastIndex = 0;
    for (let m = introducer.exec(summary); m; m = introducer.exec(summary)) {
      const listFrom = start + m.index + m[0].length;
      const folded = new FoldedText(source, listFrom, Math.min(end, listFrom + MAX_LIST));
      const text = folded.text;
      // The list runs to the end of its sentence: a period followed by a space and anything but a
      // lower-case letter (a capital, a quotation, a «placeholder»), or the end.
      let listEnd = text.length;
      for (let k = 0; k < text.length; k++) {
        if (text[k] === '.' && (k + 1 === text.length || (text[k + 1] === ' ' && !/[a-z]/.test(text[k + 2] ?? '')))) {
          listEnd = k;
          break;
        }
      }
      let pieceStart = 0;
      // `(?<!\s)`: only a run's first space starts ` and `, so a long run of spaces is read once.
      const pieces = /,\s+and\s+|,\s+|(?<!\s)\s+and\s+/g;
      const push = (a: number, b: number) => {
        if (b > a) found.push({ span: span(source, folded.startOf(a), folded.endOf(b)), text: text.slice(a, b) });
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
