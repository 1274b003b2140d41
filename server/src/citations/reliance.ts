// Where a decision rationale rests on a guideline, in the ways reviewers write it: "Per ODG, Pain Chapter,
// …", "According to the MTUS …", "Pursuant to the Official Disability Guidelines", "The MTUS Acupuncture
// Medical Treatment Guidelines state that …", "ODG does not recommend …", "Guidelines are recommending …",
// "MTUS Chronic Pain Guidelines page 113 …", "The ACOEM guidelines state that imaging may be considered for
// "emergence of a red flag"", "is advised by the MTUS", "falls within the guideline", the telegraphic
// "MTUS: short course only". A guideline named in passing is not reliance: "the MTUS does not address …",
// "the guidelines are silent", "does not apply" say the opposite, and a sentence about what utilization
// review, the claims administrator or a prior reviewer cited tells another's reasons, not the reviewer's.
// Word tokens (text/tokens.ts), one pass over the rationale with windows of a few tokens: linear.
import { tokenize, type Token } from '../catalog';
import type { Span } from '../letter/model';
import { spanOf } from './tokens';

/**
 * Words that name a guideline: "MTUS", "ODG", "ACOEM", "CPMTG", their possessives (the tokenizer drops the
 * apostrophe: "ODG's" is "odgs"), and "guideline(s)", which ends every other name ("Official Disability
 * Guidelines", "the Postsurgical guideline").
 */
const guidelineWords = new Set(['mtus', 'odg', 'acoem', 'cpmtg', 'mtuss', 'odgs', 'acoems', 'guideline', 'guidelines']);

/**
 * Word sequences before a guideline that make the sentence rest on it ("per", "according to", "based on"),
 * each with how many words may stand between it and the guideline ("Per the California MTUS"). The single
 * words of other uses ("under the care of", "within two weeks") reach only across "the" and one more word.
 */
const leadingCues: readonly { words: readonly string[]; gap: number }[] = [
  ...[
    ['per'], ['according', 'to'], ['pursuant', 'to'], ['based', 'on'], ['based', 'upon'], ['in', 'accordance', 'with'],
    ['consistent', 'with'], ['in', 'keeping', 'with'], ['in', 'line', 'with'], ['noted', 'in'], ['outlined', 'in'],
    ['set', 'forth', 'in'], ['described', 'in'], ['defined', 'in'], ['specified', 'in'], ['stated', 'in'], ['quoted', 'in'],
  ].map((words) => ({ words, gap: 4 })),
  ...[['under'], ['following'], ['within'], ['outside'], ['beyond'], ['exceed'], ['exceeds'], ['exceeding']].map((words) => ({ words, gap: 2 })),
];

/** How many words before a guideline a cue may end, at most. */
const leadGap = 4;

/** Words before a guideline's name that deny it speaks ("no guideline support", "without guideline backing"). */
const denyingWords = new Set(['no', 'without', 'neither', 'nor']);

/**
 * Words a guideline is the subject (or the near object) of when the reviewer applies it: "ODG
 * recommends", "the guidelines ask that", "ODG is saying", "MTUS criteria", "Guidelines page 113".
 */
const applyingWords = new Set([
  'state', 'states', 'stated', 'stating', 'say', 'says', 'saying',
  'recommend', 'recommends', 'recommended', 'recommending', 'recommendation', 'recommendations',
  'allow', 'allows', 'allowed', 'allowing', 'support', 'supports', 'supported', 'supporting',
  'indicate', 'indicates', 'indicated', 'indicating', 'require', 'requires', 'required', 'requiring',
  'advise', 'advises', 'advised', 'advising', 'limit', 'limits', 'limiting', 'suggest', 'suggests', 'suggesting',
  'endorse', 'endorses', 'endorsed', 'permit', 'permits', 'approve', 'approves', 'accept', 'accepts',
  'recognise', 'recognises', 'recognize', 'recognizes', 'consider', 'considers',
  'counsel', 'counsels', 'direct', 'directs', 'provide', 'provides', 'ask', 'asks', 'want', 'wants',
  'expect', 'expects', 'contemplate', 'contemplates', 'favor', 'favors', 'favour', 'favours',
  'identify', 'identifies', 'specify', 'specifies', 'define', 'defines', 'describe', 'describes',
  'outline', 'outlines', 'list', 'lists', 'sets', 'give', 'gives', 'call', 'calls', 'note', 'notes',
  'caution', 'cautions', 'warn', 'warns', 'reserve', 'reserves', 'discourage', 'discourages',
  'establish', 'establishes', 'prohibit', 'prohibits', 'conclude', 'concludes', 'condition', 'conditions', 'dictate', 'dictates',
  'explain', 'explains', 'advocate', 'advocates', 'stipulate', 'stipulates', 'mandate', 'mandates',
  'criteria', 'criterion', 'guidance', 'page', 'pages', 'pg', 'pgs', 'pp', 'table',
]);

/**
 * The parts of a guideline a name may go on to ("the MTUS Chronic Pain 2016 section on facet blocks", "the
 * ODG Low Back chapter on traction"): the words up to it belong to the name, so the applying word is sought
 * from there ("… section on facet blocks both state"). Once per name, so the window stays bounded.
 */
const partWords = new Set(['section', 'sections', 'chapter', 'chapters']);

const setParticles = new Set(['out', 'forth']);

/** Words a guideline may be the agent of after "by" ("is advised by the MTUS"): a participle ending in "ed". */
function isParticiple(token: Token): boolean {
  return token.kind === 'word' && token.norm.length > 4 && token.norm.endsWith('ed');
}

/** Words that, negated or alone ("silent"), say a guideline does not speak to the item. */
const silenceWords = new Set(['address', 'addresses', 'addressed', 'discuss', 'discusses', 'discussed', 'mention', 'mentions', 'mentioned', 'cover', 'covers', 'covered', 'apply', 'applies', 'applicable', 'pertain', 'pertains', 'relevant']);
const negators = new Set(['not', 'no', 'nor', 'never', 'neither', 'doesnt', 'dont', 'isnt', 'arent', 'without', 'fail', 'fails']);

/** How many words after a guideline word its applying word may stand ("ACOEM chapter on forearm, wrist and hand complaints recommends"). */
const applyGap = 8;
/** A colon this many words after a guideline's name introduces what it says ("MTUS on-going management: …"). */
const colonGap = 4;

/** Words that end the guideline's phrase: another subject takes over ("cited ODG, and the patient states"). */
const phraseBreaks = new Set(['but', 'while', 'although', 'whereas', 'because', 'since', 'patient', 'worker', 'he', 'she', 'they', 'provider', 'physician', 'i', 'we']);

/** Words that make a sentence tell someone else's reasons: utilization review, the claims administrator. */
const otherActors = new Set(['ur', 'urs', 'utilization', 'administrator', 'administrators', 'adjuster', 'carrier', 'insurer']);
/** A reviewer before this one ("the prior reviewer", "peer review", "the initial determination"). */
const earlier = new Set(['prior', 'previous', 'initial', 'earlier', 'original', 'peer']);
const reviewWords = new Set(['review', 'reviewer', 'reviewers', 'reviewing', 'determination', 'denial', 'decision']);

/** Abbreviations whose period does not end a sentence ("p. 24", "pp. 78-80", "e.g."). */
const abbreviations = new Set(['p', 'pp', 'pg', 'pgs', 'e', 'g', 'i', 'vs', 'dr', 'mr', 'ms', 'mrs', 'approx', 'etc', 'ca', 'no']);

function isQuote(token: Token): boolean {
  return token.kind === 'punct' && (token.norm === '"' || token.norm === '\u201c' || token.norm === '\u201d');
}

function isWordIn(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind !== 'punct' && words.has(t.norm);
}

/** The token indexes where each sentence ends (exclusive). */
function sentenceEnds(tokens: readonly Token[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || (t.norm !== '.' && t.norm !== '?' && t.norm !== '!')) continue;
    const before = tokens[i - 1];
    if (t.norm === '.' && before && before.kind === 'word' && abbreviations.has(before.norm) && before.end === t.start) continue;
    ends.push(i + 1);
  }
  if (ends[ends.length - 1] !== tokens.length) ends.push(tokens.length);
  return ends;
}

/** Whether the words of `cue` stand at tokens [at - cue.length + 1, at], with no punctuation between. */
function cueEndsAt(tokens: readonly Token[], from: number, at: number, cue: readonly string[]): boolean {
  const first = at - cue.length + 1;
  if (first < from) return false;
  for (let w = 0; w < cue.length; w++) {
    const t = tokens[first + w];
    if (t.kind === 'punct' || t.norm !== cue[w]) return false;
  }
  return true;
}

/**
 * The start of a leading cue ending at most `leadGap` words before guideline word `anchor`, in the same
 * phrase (no punctuation between), or of "<participle> by" ("advised by the MTUS"); -1 when there is none.
 */
function leadingCueBefore(tokens: readonly Token[], from: number, anchor: number): number {
  for (let at = anchor - 1; at >= from && anchor - 1 - at <= leadGap && tokens[at].kind !== 'punct'; at--) {
    for (const cue of leadingCues) if (anchor - 1 - at <= cue.gap && cueEndsAt(tokens, from, at, cue.words)) return at - cue.words.length + 1;
    if (tokens[at].norm === 'by' && at > from && isParticiple(tokens[at - 1])) return at - 1;
  }
  return -1;
}

/** Whether the silence word at `at` says the guideline is silent: "silent" itself, or negated closely. */
function saysSilent(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at].norm === 'silent') return true;
  if (!silenceWords.has(tokens[at].norm)) return false;
  for (let k = at - 1; k >= from && k >= at - 3; k--) if (isWordIn(tokens, k, negators)) return true;
  return false;
}

/** Whether the guideline named at `anchor` is said, just before or after it, to be silent on the item. */
function silentNear(tokens: readonly Token[], from: number, anchor: number, to: number): boolean {
  const first = Math.max(from, anchor - leadGap);
  const stop = Math.min(to, anchor + 1 + applyGap);
  for (let k = first; k < stop; k++) if (tokens[k].kind === 'word' && saysSilent(tokens, from, k)) return true;
  return false;
}

/**
 * The end of what follows guideline word `anchor` and applies it (an applying word, a quotation, a colon
 * after the name) within `applyGap` words, or -1; -1 too when the guideline is first said to be silent.
 */
function applyingAfter(tokens: readonly Token[], from: number, anchor: number, to: number): number {
  let words = 0;
  let partSeen = false;
  for (let k = anchor + 1; k < to && words < applyGap; k++) {
    const t = tokens[k];
    if (isQuote(t)) return t.end;
    if (t.kind === 'punct') {
      if (t.norm === ':' && words < colonGap) return t.end;
      if (t.norm === ';' || t.norm === ':') return -1;
      continue;
    }
    words++;
    if (saysSilent(tokens, from, k) || phraseBreaks.has(t.norm)) return -1;
    if (applyingWords.has(t.norm)) return t.end;
    if (partWords.has(t.norm) && !partSeen) {
      partSeen = true;
      words = 0;
    }
    // "set" is a noun as often ("a set of visits"); "set out" and "set forth" are the guideline's verb.
    if (t.norm === 'set' && isWordIn(tokens, k + 1, setParticles)) return tokens[k + 1].end;
  }
  return -1;
}

/** Whether the sentence [from, to) tells what someone else (utilization review, a prior reviewer) relied on. */
function othersReasons(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (otherActors.has(tokens[k].norm)) return true;
    if (earlier.has(tokens[k].norm) && isWordIn(tokens, k + 1, reviewWords)) return true;
  }
  return false;
}

function relianceIn(source: string, tokens: readonly Token[], from: number, to: number): Span | undefined {
  let named = false;
  for (let k = from; k < to && !named; k++) named = isWordIn(tokens, k, guidelineWords);
  if (!named || othersReasons(tokens, from, to)) return undefined;
  for (let k = from; k < to; k++) {
    if (!isWordIn(tokens, k, guidelineWords)) continue;
    // "no guideline support", "no MTUS guidance": the name is denied, and so is what follows it.
    if (k - 1 >= from && isWordIn(tokens, k - 1, denyingWords)) {
      while (k + 1 < to && isWordIn(tokens, k + 1, guidelineWords)) k++;
      continue;
    }
    // Each word of a name of several ("MTUS Chronic Pain Guidelines") is tried: the cue stands before its
    // first word, the applying word after its last.
    const applied = applyingAfter(tokens, from, k, to);
    const lead = leadingCueBefore(tokens, from, k);
    if (applied >= 0) return spanOf(source, tokens[lead >= 0 ? lead : k].start, applied);
    if (lead >= 0 && !silentNear(tokens, from, k, to)) return spanOf(source, tokens[lead].start, tokens[k].end);
  }
  return undefined;
}

/**
 * The first place in `span` where the rationale rests on a guideline, from its cue to the guideline's
 * name or the word applying it; undefined when it only names one in passing, says one is silent, or
 * names none.
 */
export function findGuidelineReliance(source: string, span: Span): Span | undefined {
  // Most rationales that rest on nothing name no guideline: one scan of the lower-cased text says so.
  const lower = span.text.toLowerCase();
  if (!lower.includes('mtus') && !lower.includes('odg') && !lower.includes('acoem') && !lower.includes('cpmtg') && !lower.includes('guideline')) return undefined;
  const tokens = tokenize(source, span.start, span.end);
  let from = 0;
  for (const to of sentenceEnds(tokens)) {
    const found = relianceIn(source, tokens, from, to);
    if (found) return found;
    from = to;
  }
  return undefined;
}
