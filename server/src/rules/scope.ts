// The rules that read one item at a time. Such a rule's findings about an item depend only on the item's
// block (its text, its parsed shape, the character before it and the blank space after it), the era the
// letter is judged by, the letter's line break and the catalog: it loops over `letter.items` (or the
// guideline fields and cited parts of `facts`, which follow the items) and never compares items, nor reads
// the header, the sections, the requests or the dates. The engine then checks, in a document's new version,
// only the items whose block changed, and moves the findings it kept for the others (rules/engine.ts).
// A rule that compares items or reads anything else must not be listed: the incremental-equals-fresh
// property test (test/unit/robust/incremental.test.ts) checks that the two agree.
export const itemScopedRules: ReadonlySet<string> = new Set([
  'item-decision-missing',
  'item-decision-invalid',
  'item-field-missing',
  'item-field-order',
  'item-field-duplicate',
  'item-rationale-mismatch',
  'decision-conflict',
  'decision-conclusion-missing',
  'conclusion-item-mismatch',
  'citation-unknown-guideline',
  'citation-unknown-topic',
  'citation-wrong-part',
  'citation-region-mismatch',
  'citation-page-unusual',
  'citation-basis-conflict',
]);
