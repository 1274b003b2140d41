// The case summary's disputed requests against the items decided. Reported only where the summary
// clearly states what is disputed (a UR denial, the requests under consideration, the application, or a
// request that a UR sentence refers back to): an item that no request of the summary names, and a
// disputed request that no item decides. Everything the summary names — requested, planned or
// recommended — counts as naming an item, so a loosely worded summary gives no false alarm.
import type { Item, Letter, RequestMention } from '../letter/model';
import type { Catalog } from '../catalog';
import { suggestCitations } from '../catalog/suggest';
import type { Fix, RelatedPlace, Rule } from './types';
import { itemName } from './items-util';
import { sameTreatment, treatmentOf, type Treatment } from './treatment-match';
import type { LetterFacts } from './facts';

/**
 * Every item is compared with every request: a real letter has a handful of each (a dozen at most), and
 * a document with more than this many pairs is no letter this rule can judge (it would cost quadratic time).
 */
const MAX_COMPARISONS = 10_000;
/** More requests or items than this is no letter either: the rule gives up before reading them. */
const MAX_REQUESTS = 200;
/** Related places listed with a finding, at most. */
const MAX_RELATED = 12;
/** A request of more words than this is prose a list ran into, not a request to report. */
const MAX_REQUEST_WORDS = 14;

function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The block of a missing item, inserted after the last item: heading, the three fields, the citations the catalog suggests. */
function insertItemFix(letter: Letter, catalog: Catalog, era: '2016' | '2014', request: RequestMention): Fix | undefined {
  const last = letter.items[letter.items.length - 1];
  if (!last) return undefined;
  const eol = letter.source.includes('\r\n') ? '\r\n' : '\n';
  const cite = (kind: 'claims' | 'maximus') => suggestCitations(request.text, era, kind, catalog)[0]?.text ?? '«citation»';
  const separator = era === '2014' ? '  ' : ' ';
  const block = [
    `${request.text}:${separator}«Upheld/Overturned»`,
    `Claims Administrator guideline: ${cite('claims')}`,
    `MAXIMUS guideline: ${cite('maximus')}`,
    'Decision rationale: «rationale»',
  ].join(eol);
  return { title: `Add an item for '${shortText(request.text)}'`, edits: [{ start: last.span.end, end: last.span.end, newText: `${eol}${block}` }], safe: false };
}

interface Request {
  r: RequestMention;
  /** Its treatment, once read. */
  t?: Treatment;
}

/**
 * treatmentOf, read once per text in a letter (an item's heading and the summary often say the same words),
 * and kept by the facts for the document's next versions.
 */
function treatmentReader(catalog: Catalog, facts: LetterFacts): (text: string, collective: boolean) => Treatment {
  return (text, collective) => facts.ofText(collective ? 'treatment-collective' : 'treatment', text, () => treatmentOf(text, catalog, collective));
}

/** Whether `at` lies in the block of one of `items` (in document order). */
function insideAnItem(items: readonly Item[], at: number): boolean {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { start, end } = items[mid].span;
    if (at < start) high = mid - 1;
    else if (at >= end) low = mid + 1;
    else return true;
  }
  return false;
}

export const itemSummaryMismatch: Rule = {
  id: 'item-summary-mismatch',
  defaultSeverity: 'warning',
  description: 'An item is not among the requests the case summary lists, or a listed request has no item.',
  check({ letter, catalog, facts, era, report }) {
    // A modified request says what is disputed too, though part of it may be authorised (so it is never reported itself).
    if (letter.items.length === 0 || letter.requests.length > MAX_REQUESTS || letter.items.length > MAX_REQUESTS) return;
    // A request read inside an item is its rationale's ("The request is for …" where the IMR ISSUES heading is
    // missing and the summary seems to run on), not the summary's. Items are in order, so each is found by bisection.
    const summaryRequests = letter.requests.filter((r) => !insideAnItem(letter.items, r.span.start));
    if (!summaryRequests.some((r) => r.disputed || r.modified)) return;
    if (letter.requests.length * letter.items.length > MAX_COMPARISONS) return;
    // A request's treatment is read when first compared (each at most once): an item usually matches one of the first requests.
    const requests = summaryRequests.map((r): Request => ({ r }));
    const treatment = treatmentReader(catalog, facts);
    const treatmentOfRequest = (q: Request): Treatment => (q.t ??= treatment(q.r.text, q.r.collective === true));
    // An item still a «placeholder» is the placeholder rule's finding, not a request of its own; a heading
    // whose decision is still «Upheld/Overturned» names its item before the colon.
    const items = letter.items
      .map((i) => ({ i, text: i.itemText.replace(/:\s{0,3}«[^»]{0,40}»\s*$/, '') }))
      .filter(({ text }) => text && !text.includes('«'))
      .map(({ i, text }) => ({ i, t: treatment(text, false) }));
    // A request a UR decision names keeps its quantity; one only requested may have been partly authorised.
    const matches = (item: Treatment, request: Request) => sameTreatment(item, treatmentOfRequest(request), { quantity: request.r.disputed });
    const disputedPlaces: RelatedPlace[] = requests
      .filter((q) => q.r.disputed)
      .slice(0, MAX_RELATED)
      .map((q) => ({ start: q.r.span.start, end: q.r.span.end, message: `The summary names '${shortText(q.r.text)}'.` }));
    for (const { i, t } of items) {
      if (t.words.length === 0 && t.drugs.length === 0) continue;
      if (requests.some((q) => matches(t, q))) continue;
      report({
        message: `'${itemName(i)}' is not among the requests the case summary names. Check the item or add it to the summary.`,
        start: i.itemSpan.start,
        end: i.itemSpan.end,
        related: disputedPlaces,
      });
    }
    const itemPlaces: RelatedPlace[] = items.slice(0, MAX_RELATED).map(({ i }: { i: Item }) => ({ start: i.itemSpan.start, end: i.itemSpan.end, message: `An item decides '${itemName(i)}'.` }));
    for (const q of requests) {
      const { r } = q;
      if (!r.disputed || r.text.split(' ').length > MAX_REQUEST_WORDS) continue;
      const t = treatmentOfRequest(q);
      if (t.drugClass || (t.words.length === 0 && t.drugs.length === 0)) continue;
      if (items.some((x) => matches(x.t, q))) continue;
      const fix = insertItemFix(letter, catalog, era, r);
      report({
        message: `The case summary names '${shortText(r.text)}', but no item decides it. Add the item or correct the summary.`,
        start: r.span.start,
        end: r.span.end,
        related: itemPlaces,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};
