// A rough signature of a requested treatment — its name word, strength and quantity — for comparing
// an item with the summary's requests and with its own rationale without the catalog.
export interface Signature {
  /** Lower-case significant words (name first). */
  words: string[];
  strength?: string;
  quantity?: string;
}

const stop = new Set([
  'the', 'and', 'for', 'with', 'of', 'to', 'a', 'an', 'remaining', 'retrospective', 'prospective', 'request', 'requests',
  'refill', 'refills', 'one', 'two', 'three', 'four', 'five', 'six', 'additional', 'post', 'pre', 'op', 'tab', 'tabs',
  'tablet', 'tablets', 'times', 'week', 'weeks', 'per', 'day', 'days', 'sessions', 'session', 'visits', 'visit', 'dos',
  'left', 'right', 'bilateral', 'quantity', 'qty', 'oral', 'cap', 'caps', 'capsule', 'capsules', 'daily', 'twice',
  'without', 'contrast', 'initial', 'continued', 'continue', 'purchase', 'rental', 'unknown', 'under', 'consideration',
]);

/** Unit words, which are no name (a set lookup rather than a regex per word). */
const units = new Set(['mg', 'mcg', 'ml', 'gm']);

const strengthPattern = /(\d{1,5}(?:\.\d{1,3})?(?:\/\d{1,5}(?:\.\d{1,3})?)?)\s?(mg|mcg|gm|g|ml|%)(?![a-z])/i;
const quantityPattern = /#\s?(\d{1,5})/;
/** A count before the drug, as in "30 Soma 350mg". */
const leadingQuantity = /^\s*(\d{1,4})\s+[A-Za-z]/;

export function signatureOf(text: string): Signature {
  const strength = strengthPattern.exec(text);
  // A leading count is a quantity only for a drug (with a strength): "12 physical therapy sessions" is not.
  const quantity = quantityPattern.exec(text) ?? (strength ? leadingQuantity.exec(text) : null);
  const words = (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !stop.has(w) && !units.has(w));
  const sig: Signature = { words };
  if (strength) sig.strength = `${strength[1]}${strength[2].toLowerCase()}`;
  if (quantity) sig.quantity = quantity[1];
  return sig;
}

/** Every measure of a text, in order: "20%", "120gm". At most a few; a heading is short. */
const measures = /\d{1,5}(?:\.\d{1,3})?(?:\/\d{1,5}(?:\.\d{1,3})?)?\s?(?:mg|mcg|gm|g|ml|%)(?![a-z])/gi;

/**
 * The amount of a topical or a liquid after its strength ("Ketoprofen 20% cream 120gm", "Terocin 4%
 * lotion 120ml"): a weight or volume that follows another measure. It stands for the quantity.
 */
export function amountOf(text: string): string | undefined {
  const found = text.match(measures) ?? [];
  const last = found.length >= 2 ? found[found.length - 1] : undefined;
  return last && /(?:gm|g|ml)$/i.test(last) ? last.replace(/\s/g, '').toLowerCase() : undefined;
}

/** A strength or amount as compared: "240gm" and "240g" are one weight, written two ways. */
export function measureKey(measure: string): string {
  return measure.toLowerCase().replace(/gm$/, 'g');
}

/** Whether two strengths or amounts are the same however their unit is spelled. */
export function sameMeasure(a: string, b: string): boolean {
  return measureKey(a) === measureKey(b);
}

/** A drug request names a strength or a quantity. */
export function isDrugLike(sig: Signature): boolean {
  return sig.strength !== undefined || sig.quantity !== undefined;
}

/** Same thing requested: same name word, and no contradicting strength. Quantities may differ (partial approvals). */
export function sameRequest(a: Signature, b: Signature): boolean {
  if (isDrugLike(a) && isDrugLike(b)) {
    if (a.words[0] === undefined || !b.words.includes(a.words[0])) return false;
    return !(a.strength && b.strength && !sameMeasure(a.strength, b.strength));
  }
  // Services: most of the shorter description's words appear in the longer one.
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length === 0) return false;
  const shared = short.words.filter((w) => long.words.includes(w)).length;
  return shared / short.words.length >= 0.6;
}
