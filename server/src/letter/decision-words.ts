// What stands where an item decision belongs: `Upheld` or `Overturned`, or a word a reviewer put there
// instead — a misspelling, another case, a trailing full stop, a hidden character from a pasted
// document, a partial decision, or a utilization-review word. Only the exact `Upheld` and `Overturned`
// are decisions; the others are recognised so a heading is still read as a heading and the mistake
// can be named.
import type { Decision } from './model';
import { editDistance } from '../text/distance';

export type DecisionMistake =
  /** The decision word itself, misspelt, in another case, with a full stop or a hidden character. */
  | 'spelling'
  /** "Upheld in part", "Partially overturned", "Modified": the IMR decides each item whole. */
  | 'partial'
  /** "Certified", "Non-certified", "Denied", "Approved": the utilization review's words. */
  | 'review'
  /** "Upheld/Overturned": the template's choice, left as it was. */
  | 'choice';

export interface DecisionReading {
  /** Set only when the text is exactly `Upheld` or `Overturned`. */
  decision?: Decision;
  mistake?: DecisionMistake;
  /**
   * For a spelling mistake, the decision meant (the fix is safe). For a review word, the decision it
   * leans to (a suggestion: the reviewer confirms it).
   */
  intended?: Decision;
  /** Holds a soft hyphen or a zero-width character. */
  hidden: boolean;
}

/** Longest text after the heading's colon that may be a decision ("Partially overturned in part."). */
export const MAX_DECISION_TEXT = 28;

const partial = new Set([
  'partially overturned', 'partial overturn', 'partially upheld', 'partial uphold', 'upheld in part', 'overturned in part', 'partly upheld',
  'partly overturned', 'partially certified', 'partially approved', 'partially denied', 'certified in part', 'denied in part',
  'approved in part', 'modified', 'partially modified',
]);

const review = new Map<string, Decision>([
  ['denied', 'Upheld'], ['deny', 'Upheld'], ['non-certified', 'Upheld'], ['noncertified', 'Upheld'], ['non certified', 'Upheld'],
  ['not certified', 'Upheld'], ['not approved', 'Upheld'], ['not authorized', 'Upheld'], ['affirmed', 'Upheld'],
  ['certified', 'Overturned'], ['approved', 'Overturned'], ['authorized', 'Overturned'],
  ['authorised', 'Overturned'], ['reversed', 'Overturned'], ['overruled', 'Overturned'], ['overrule', 'Overturned'],
  // Abbreviations and the finding itself, written where the decision belongs.
  ['non-cert', 'Upheld'], ['noncert', 'Upheld'], ['non cert', 'Upheld'], ['not cert', 'Upheld'], ['non-certify', 'Upheld'], ['noncertify', 'Upheld'],
  ['non-certification', 'Upheld'], ['noncertification', 'Upheld'], ['denial', 'Upheld'], ['not medically necessary', 'Upheld'],
  ['not necessary', 'Upheld'], ['not supported', 'Upheld'], ['not indicated', 'Upheld'],
  ['cert', 'Overturned'], ['certify', 'Overturned'], ['certification', 'Overturned'], ['approve', 'Overturned'], ['approval', 'Overturned'],
  ['medically necessary', 'Overturned'], ['necessary', 'Overturned'],
]);

/** Both decisions left in from the template: "Upheld/Overturned", "[Overturned or Upheld]". */
const bothDecisions = /^\[?\s?(?:upheld|overturned)\s?(?:\/|\||or)\s?(?:upheld|overturned)\s?\]?$/;

/** Inflections of the two decision verbs: a spelling slip, not another decision. */
const inflections = new Map<string, Decision>([
  ['uphold', 'Upheld'], ['upholds', 'Upheld'], ['upholding', 'Upheld'], ['overturn', 'Overturned'], ['overturns', 'Overturned'],
  ['overturning', 'Overturned'], ['overturne', 'Overturned'],
]);

function isHidden(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The text without hidden characters, white space folded, lower-case, without a trailing full stop. */
function key(text: string): { key: string; hidden: boolean } {
  let out = '';
  let hidden = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHidden(c)) {
      hidden = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i];
  }
  out = out.toLowerCase();
  while (out.endsWith('.') || out.endsWith('!')) out = out.slice(0, -1);
  return { key: out.replace(/\u2010|\u2011/g, '-'), hidden };
}

/** A decision qualified as partial in other words: "Upheld (partial)", "Overturned - in part", "Modified to #30". */
function partlyDecided(k: string): boolean {
  if (k.startsWith('modified ')) return true;
  if (/^partial(?:ly)? (?:upheld|uphold|overturned|overturn|certified|approved|denied|modified|authorized|denial|certification|approval)\b/.test(k)) return true;
  const word = /^(?:upheld|uphold|overturned|overturn|certified|approved|denied)\b/.exec(k);
  if (!word) return false;
  const rest = k.slice(word[0].length);
  return rest.includes('partial') || rest.includes('in part') || rest.includes('partly');
}

/** The decision a one-word misspelling stands for: "Uphled", "Overturend", "Overtured", "Upheld.". */
function misspelt(word: string): Decision | undefined {
  if (word.length < 5 || word.length > 13 || word.includes(' ')) return undefined;
  const toUpheld = editDistance(word, 'upheld', 2);
  const toOverturned = editDistance(word, 'overturned', 2);
  // "Upheld" is short: one edit, or two when it still starts as the word does ("uphelded").
  if (toUpheld <= 1 || (toUpheld === 2 && word.startsWith('uph'))) return toOverturned < toUpheld ? 'Overturned' : 'Upheld';
  if (toOverturned <= 2 && word.startsWith('ov')) return 'Overturned';
  return undefined;
}

/** Reads the text after a heading's colon (or on the decision's own line); undefined if it is no decision at all. */
export function readDecisionWord(text: string): DecisionReading | undefined {
  if (text.length === 0 || text.length > MAX_DECISION_TEXT) return undefined;
  if (text === 'Upheld' || text === 'Overturned') return { decision: text, hidden: false };
  const { key: k, hidden } = key(text);
  if (k === 'upheld' || k === 'overturned') return { mistake: 'spelling', intended: k === 'upheld' ? 'Upheld' : 'Overturned', hidden };
  const inflected = inflections.get(k);
  if (inflected) return { mistake: 'spelling', intended: inflected, hidden };
  if (bothDecisions.test(k)) return { mistake: 'choice', hidden };
  if (partial.has(k) || partlyDecided(k)) return { mistake: 'partial', hidden };
  const leaning = review.get(k);
  if (leaning) return { mistake: 'review', intended: leaning, hidden };
  // A word split by a pasted character read as a space: "Over turned".
  const meant = misspelt(k) ?? (k.indexOf(' ') === k.lastIndexOf(' ') ? misspelt(k.replace(' ', '')) : undefined);
  if (meant) return { mistake: 'spelling', intended: meant, hidden };
  return undefined;
}
