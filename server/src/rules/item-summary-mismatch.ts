import type { Rule } from './types';
import { itemName } from './items-util';
import { sameRequest, signatureOf } from './drug-signature';

const MAX_COMPARISONS = 10_000;

export const itemSummaryMismatch: Rule = {
  id: 'item-summary-mismatch',
  defaultSeverity: 'warning',
  description: 'An item is not among the requests the case summary lists, or a listed request has no item.',
  check({ letter, report }) {
    if (letter.requests.length === 0 || letter.items.length === 0) return;
    // Every item is compared with every request; a real letter has a handful of each, and a document
    // with thousands of both is no letter this rule can judge (and would cost quadratic time).
    if (letter.requests.length * letter.items.length > MAX_COMPARISONS) return;
    const requests = letter.requests.map((r) => ({ r, sig: signatureOf(r.text) }));
    const items = letter.items.map((i) => ({ i, sig: signatureOf(i.itemText) }));
    for (const { i, sig } of items) {
      if (sig.words.length === 0) continue;
      if (requests.some((q) => sameRequest(sig, q.sig))) continue;
      report({
        message: `'${itemName(i)}' is not among the requests the case summary names. Check the item or add it to the summary.`,
        start: i.itemSpan.start,
        end: i.itemSpan.end,
        related: requests.map((q) => ({ start: q.r.span.start, end: q.r.span.end, message: `The summary names '${q.r.text}'.` })),
      });
    }
    for (const { r, sig } of requests) {
      if (sig.words.length === 0) continue;
      if (items.some((x) => sameRequest(sig, x.sig))) continue;
      report({
        message: `The case summary names '${r.text}', but no item decides it. Add the item or correct the summary.`,
        start: r.span.start,
        end: r.span.end,
      });
    }
  },
};
