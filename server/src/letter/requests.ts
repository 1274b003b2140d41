// The requests the case summary names, in the ways reviewers state them: the utilization review's
// decision ("On 11/3/16, utilization review non-certified Soma 350mg #90 and Valium 10mg #30"; "the
// request for X was denied"; "utilization review determined X and Y was not medically necessary"),
// "Request(s) under consideration include …", "The disputed treatments are:", "Disputed:", "The following were
// non-certified:", "UR denied the following:", a list opening its sentence before "were non-certified", the
// application for IMR ("for review of …", "The IMR application lists …", "IMR was requested for …"), the remaining
// portion of a partly authorised request, the treating provider's request ("The provider requested …",
// "A request was made for …", "The treatment plan included a request for …"), and the plan or a
// recommendation. A list may be joined by commas, "and", "as well as" or semicolons, numbered
// ("(1) … (2) …") or written one request a line.
//
// Each list is marked `disputed` when the summary states it as what utilization review refused and IMR
// reviews: a UR denial, the requests under consideration, the application, the remaining portion — or a
// provider's request or a plan that a later sentence refers back to ("All four requests were
// non-certified", "the UR denied the request"). A request utilization review modified is marked
// `modified`, not disputed (part of it may have been authorised; "modified X to #45" names X), and a request
// or a plan alone may include what was authorised. A reference to requests the summary does not list ("the requested medications", "the
// associated requests") is kept as a `collective` request that stands for them; a back-reference with what is said of
// it ("both medications followed", "all three on …") and a phrase about the review itself ("she applied for IMR")
// are no requests.
import type { RequestMention } from './model';
import { FoldedText, span } from './text';
import { WordFinder } from '../text/word-finder';

/** How far one statement (a sentence) may run: a summary written without periods is read in pieces. */
const MAX_SENTENCE = 2000;
/** A request longer than this is prose the list ran into, not a request. */
const MAX_REQUEST = 200;

type Tier = 'disputed' | 'modified' | 'requested' | 'mentioned';

interface Introducer {
  pattern: RegExp;
  tier: Tier;
  /**
   * Lower-case words every match holds: one of each group. A sentence without them is not searched
   * (most sentences of a summary hold none of a pattern's words, and a search would try every position).
   */
  needs: readonly (readonly string[])[];
  /**
   * A word of every match (one of `words`, lower-case) no more than `within` characters after the match starts:
   * the pattern is searched only from where it could start before one, not from the cursor.
   */
  anchor?: { words: readonly string[]; within: number };
  /** A match whose first group took part states a modification, not a denial ("utilization review modified X"). */
  modifiedGroup?: boolean;
  /** A list holding this is narrative, not requests: the introducer states nothing there. */
  narrative?: RegExp;
}

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** A date as summaries write it, after "on" or "dated". */
const date = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.]?\\d{0,4}|${month}\\.?\\s\\d{1,2},?\\s?\\d{0,4})`;
/** "the request for", "a request for", "the requests for", "the retrospective request for". */
const requestFor = '(?:(?:the|a|an)\\s)?(?:(?:retrospective|prospective|additional|continued)\\s)?(?:requests?|request\\(s\\))\\s(?:for|of)\\s';
const urSubject = '(?:utilization\\sreview|\\bUR\\b|claims\\sadministrator|prior\\s(?:review|determination)|reviewer|\\breview\\b|determination)';
const urVerb =
  '(?:non-?certified|noncertified|denied(?:\\scertification)?|did\\snot\\s(?:certify|approve|authorize)|failed\\sto\\s(?:approve|certify)|' +
  'determined(?:\\sthat)?(?:\\snon-?certification\\s(?:for|of))?|(?:and\\s)?non-?certification\\s(?:for|of)|found(?:\\sthat)?|deemed|rendered\\sa\\snon-?certification\\s(?:for|of)|' +
  '(modified)(?:\\s(?:the\\s)?requests?\\s(?:for|of))?)';

/** The verbs of a UR decision, as lower-case words one of which each of `urVerb`'s alternatives holds. */
const urVerbWords = ['certif', 'denied', 'did', 'failed', 'determined', 'found', 'deemed', 'rendered', 'modified'];
/** "the following (requests) on 10/17/2016:" — what introduces a list set out after a colon. */
const theFollowing = `(?:the\\sfollowing(?:\\s(?:requests?|items?|treatments?|services?|medications?))?(?:\\s(?:on|dated)\\s${date})?[:.]?\\s)`;
/** The kinds of thing a list of requests is called. */
const requestKinds = '(?:requests?|request\\(s\\)|items?(?:/services)?|treatments?|services?|medications?|procedures?)';
/**
 * What follows "is"/"was" when it makes a clause, not a list: "the request under review was denied", "the medication at issue
 * was prescribed in 2013" name no request (the list would be its verb).
 */
const clauseWord =
  '(?:not|non-?certified|noncertified|denied|modified|certified|approved|authorized|partially|deemed|determined|found|considered|upheld|overturned|' +
  'medically|reviewed|received|submitted|previously|requested|recommended|prescribed|ordered|started|dated|signed|noted|made|being|felt|also|' +
  'addressed|discussed|based|placed|initiated)\\b';

// Searched in a folded sentence (single spaces), case-insensitively; the list starts where the match ends.
const introducers: Introducer[] = [
  // "Request(s) under consideration include …", "Requests under review: …", "The request at issue is for …" — but not "the
  // request under consideration was denied", which names no request (the list would be its verb).
  {
    pattern: new RegExp(
      `\\brequest\\(?s?\\)?\\s(?:currently\\s)?(?:under\\s(?:consideration|review)|at\\sissue|in\\sdispute)(?:\\s(?:include[sd]?|is|are|was|were)(?!\\s(?:\\w+\\s)?${clauseWord})\\s?:?|\\s?:)\\s?`,
      'gi',
    ),
    tier: 'disputed',
    needs: [['request']],
  },
  {
    pattern: new RegExp(
      `\\b(?:application\\sfor\\s(?:an\\s)?(?:IMR|independent\\smedical\\sreview)|IMR\\sapplication|(?:applied\\sfor|requested|sought)\\s(?:an\\s)?(?:IMR|independent\\smedical\\sreview))` +
        `(?:\\s(?:was|is)\\s(?:submitted|filed|received|made))?(?:,\\s(?:received|filed|submitted|dated)(?:\\son)?\\s${date},)?(?:\\son\\s${date})?,?\\s` +
        `(?:for\\sreview\\sof|for\\sthe\\sreview\\sof|to\\sreview|regarding|of|for|lists|listed|names|named|includes|included|disputes|disputed|contests|contested)\\s(?:${theFollowing})?(?:${requestFor})?`,
      'gi',
    ),
    tier: 'disputed',
    needs: [['imr', 'independent']],
  },
  // "IMR was requested for X", "IMR review was requested for the following:", "independent medical review was sought of X".
  {
    pattern: new RegExp(`\\b(?:IMR|independent\\smedical\\sreview)\\s(?:review\\s)?(?:was|is|has\\sbeen)\\s(?:requested|sought|applied\\sfor)(?:\\son\\s${date})?\\s(?:for|of|regarding|on)\\s(?:the\\sfollowing:?\\s)?(?:${requestFor})?`, 'gi'),
    tier: 'disputed',
    needs: [['imr', 'independent']],
  },
  // "The disputed treatments are:", "Disputed items:", "The requests submitted for IMR were:", "The following were non-certified:".
  {
    pattern: new RegExp(
      `\\b(?:(?:disputed|denied|non-?certified)\\s${requestKinds}\\s(?:are|were|is|was|include[sd]?)(?:\\sas\\sfollows)?|disputed(?:\\s${requestKinds})?(?=:)|` +
        // "Denied requests:", "Items in dispute:", "Treatments under review include", "At issue:", "Under consideration are".
        `(?:denied|non-?certified|noncertified|contested)\\s${requestKinds}(?=:)|` +
        `${requestKinds}\\s(?:currently\\s)?(?:under\\s(?:review|consideration)|at\\sissue|in\\sdispute)(?:\\s(?:include[sd]?|are|were|is|was)(?!\\s(?:\\w+\\s)?${clauseWord})|(?=:))|` +
        `^(?:at\\sissue|in\\sdispute|under\\s(?:review|consideration))(?:\\s(?:include[sd]?|are|were|is|was)(?!\\s(?:\\w+\\s)?${clauseWord})|(?=:))|` +
        `${requestKinds}\\s(?:submitted|referred|sent)\\s(?:for|to)\\s(?:an\\s)?(?:IMR|independent\\smedical\\sreview)\\s(?:are|were|is|was|include[sd]?)|` +
        `following(?:\\s${requestKinds})?\\s(?:are|were|was|is)\\s(?:all\\s)?(?:non-?certified|noncertified|denied|disputed|in\\sdispute|at\\sissue|under\\s(?:review|consideration))(?:\\sby\\s(?:utilization\\sreview|UR|the\\sclaims\\sadministrator))?(?:\\s(?:on|dated)\\s${date})?)` +
        `\\s?:?\\s?`,
      'gi',
    ),
    tier: 'disputed',
    needs: [['dispute', 'denied', 'certif', 'imr', 'independent', 'issue', 'review', 'consideration']],
  },
  // "Norco 10/325mg #60 and physical therapy were non-certified": a list opening its sentence, then the passive decision
  // (the list runs from the start; the terminator ends it at the verb). A pronoun, a back-reference or an adverb opens
  // no list, and a list without a figure (a dose, a count) before the verb is taken for narrative.
  {
    pattern: new RegExp(
      `^(?:(?:on|in)\\s${date},?\\s)?(?!(?:he|she|they|it|his|her|their|its|this|that|there|these|those|all|both|each|none|prior|previous|other|which|who|an?|on|in|the\\s(?:requests?|following))\\b|[a-z]{2,20}ly,)` +
        `(?=[^.;:\\d]{2,150}\\d[^.;:]{0,300}?\\s(?:were|was|have\\sbeen|had\\sbeen)\\s(?:all\\s|both\\s|each\\s|subsequently\\s|then\\s)?(?:non-?certified|noncertified|denied)\\b)`,
      'gi',
    ),
    tier: 'disputed',
    needs: [['denied', 'certif']],
    narrative: /\b(?:review|reviewer|indicated|noted|stated|reported|documented|that|which|who|previously|prior)\b/i,
  },
  { pattern: /\bremaining\sIMR\seligible\sportion\sof\sthe\s(?:original\s)?request(?:\sis\sfor|\sis|\swas|,|:)?\s/gi, tier: 'disputed', needs: [['remaining']] },
  {
    pattern: new RegExp(`${urSubject}[^.;]{0,100}?(?<!\\b(?:was|were|been|be|is|are)\\s)\\b${urVerb}\\s(?:certification\\s)?(?:on\\s${date}[;,]?\\s)?${theFollowing}?(?:for\\s)?(?:${requestFor})?`, 'gi'),
    tier: 'disputed',
    needs: [['review', 'ur', 'claims', 'determination'], urVerbWords],
    modifiedGroup: true,
  },
  {
    pattern: new RegExp(`\\b(?:modified\\s(?:the\\s)?(?:requests?|certification)\\s(?:for|of)\\s|partially\\s(?:certified|approved)\\s(?:${requestFor})?)`, 'gi'),
    tier: 'modified',
    needs: [['modified', 'partially']],
  },
  {
    pattern: /\brequest\s(?:for\s)?authorization\b(?:\s\(RFA\))?[^.;]{0,60}?\b(?:is\sfor|was\sfor|were\sfor|included?\s(?:a\s)?(?:requests?\sfor\s)?|includes\s|requested\s|for)\s?/gi,
    tier: 'requested',
    needs: [['request']],
  },
  // Whoever asked: the provider, physician, surgeon, neurologist, chiropractor, consultant, the worker … or the visit or report
  // that did ("The 10-14-16 visit requested X", "The progress report of 10/1/2016 requested X").
  // The verb comes at most 104 characters after the start ("submitted a request for" after a word of 23 letters,
  // an aside of 63 — "The surgeon's office (contact …) requested", "The physician, reachable at …, asked for" — and "also").
  {
    pattern: /\b(?:[a-z]{2,20}(?:ist|ian|eon|or|er|ant)|PTP|appeal|office|clinic|team|plan|visit|note|report|evaluation|consultation|RFA)(?:\s\([^()]{1,60}\)|,\s[^,()]{1,60},|\s(?:of|dated|from|on)\s\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?\s(?:also\s)?(?:requested|requests|is\srequesting|was\srequesting|has\srequested|submitted\sa\srequest\sfor|asked\sfor|sought):?\s(?:(?:authorization|certification)\sfor\s)?(?:the\sfollowing[:.]?\s)?/gi,
    tier: 'requested',
    needs: [['request', 'asked', 'sought']],
    anchor: { words: ['request', 'asked', 'sought'], within: 104 },
  },
  // The same verbs whose subject stands earlier in the clause or is left out after "and" ("the surgeon documented failure of
  // conservative care and on 11/02/2016 asked for the following:"), or is a pronoun ("she is requesting", "who requested").
  // An aside may follow the verb ("and requested, in the same submission, X"). Not the application ("and requested IMR"), a
  // clause ("requested that …", "asked for him to …") or when it was asked.
  {
    pattern: new RegExp(
      `\\b(?:and,?|he|she|they|who)\\s(?:(?:then|later|subsequently|also|again|now)\\s)?(?:on\\s${date},?\\s)?` +
        `(?:(?:has|had|have)\\s(?:also\\s)?requested|(?:is|was|are|were)\\s(?:(?:also|now|again|still)\\s)?requesting|(?:also\\s)?(?:requested|requests|submitted\\sa\\srequest\\sfor|asked\\sfor|sought))(?:,\\s(?:in|on|at|with|via|through)\\s[^,]{1,40},)?:?\\s` +
        `(?!(?:an\\s)?(?:IMR|independent\\smedical\\sreview)\\b|(?:that|to|for|on|in|by|at|from|since|during|if|whether|him|her|them)\\b)` +
        `(?:(?:authorization|certification)\\sfor\\s)?(?!(?:authorization|certification)\\b)${theFollowing}?`,
      'gi',
    ),
    tier: 'requested',
    needs: [['request', 'asked', 'sought']],
    anchor: { words: ['request', 'asked', 'sought'], within: 60 },
  },
  // "The provider would like to proceed with X", "the surgeon would like X": what a provider asks for, in other words.
  // "He would like …" may be the worker's wish, and "the plan is to proceed with X", "she wants to proceed with X" a plan:
  // mentioned only. A wish of another kind ("would like him to return to work", "would like to see her back") is none.
  {
    pattern:
      /\b(?:[a-z]{2,20}(?:ist|ian|eon|or|er)|PTP|PA|NP|MD|DC|QME|AME|office|clinic|team)\s(?:also\s)?would\slike\s(?:to\s(?:proceed\swith|go\sahead\swith|request|order|obtain|schedule|perform|start|begin|try|have)\s|(?:for\s)?(?:the\s(?:patient|worker|employee|claimant|applicant)|him|her)\sto\s(?:have|undergo|start|begin|try|receive|get)\s|(?!(?:for|him|her|them|to|that|the\s(?:patient|worker|employee|claimant|applicant))\b))/gi,
    tier: 'requested',
    needs: [['would']],
  },
  {
    pattern:
      /\b(?:(?:plan|recommendation)\s(?:is|was|will\sbe)\sto\s(?:proceed\swith|go\sahead\swith|request|order|obtain|schedule|perform|start|begin|try)\s|(?:he|she|they|patient|worker|employee|claimant|applicant)\s(?:would\slike|wants|wanted|wishes|wished)\sto\s(?:proceed\swith|go\sahead\swith|have|undergo|try)\s)/gi,
    tier: 'mentioned',
    needs: [['plan', 'recommendation', 'would', 'wants', 'wanted', 'wishes', 'wished']],
  },
  // "A request was made on 10/3/16 for X", "Requests were for X", "The request is for X".
  { pattern: new RegExp(`\\brequest(?:s|\\(s\\))?\\s(?:was|were|is|are)\\s(?:(?:made|received|submitted|placed)(?:\\son\\s${date})?\\s)?for\\s`, 'gi'), tier: 'requested', needs: [['request']] },
  { pattern: /\b(?:were|was)\srequested:?\s/gi, tier: 'requested', needs: [['requested']] },
  // The same inverted: "Requested were a left L4-5 epidural injection, an EMG/NCV … and a lumbar brace."
  { pattern: /\b(?:also\s)?requested\s(?:were|was|are|is)\s/gi, tier: 'requested', needs: [['requested']] },
  // A list's label: "Requested: …", "Requests: …", "Treatment requested: …", "Requested treatments: …", "Current requests: …",
  // "The treatment requested for review included …". What was asked for (part of it may have been authorised): a UR
  // sentence that refers back to it ("UR denied all four") makes it disputed.
  {
    pattern: new RegExp(
      `\\b(?:(?:(?:current|pending|new|recent)\\s)?(?:requests?|request\\(s\\)|requested(?:\\s${requestKinds})?|${requestKinds}\\srequested)(?=:)|` +
        `${requestKinds}\\srequested\\s(?:for\\s(?:review|IMR)\\s)?(?:include[sd]?|are|were|is|was)(?!\\s(?:\\w+\\s)?${clauseWord}))\\s?:?\\s?`,
      'gi',
    ),
    tier: 'requested',
    needs: [['request']],
  },
  { pattern: /\btreatment\splan\s(?:also\s)?(?:included|includes|include|consisted\sof|was\sfor|is\sfor)\s(?:(?:a\s)?requests?\sfor\s)/gi, tier: 'requested', needs: [['plan']] },
  { pattern: /\btreatment\splan\s(?:also\s)?(?:included|includes|include|consisted\sof|was\sfor|is\sfor)\s/gi, tier: 'mentioned', needs: [['plan']] },
  // Not the history of a drug: "has been prescribed since early 2013", "was prescribed in 2014", "ordered by Dr. X".
  {
    pattern: /\b(?:recommended|prescribed|ordered)\s(?!(?:since|in|on|during|until|from|through|between|after|before|by|as|around|about|approximately|previously|earlier|initially|originally|for\s(?:years|months|weeks|the\s(?:past|last)|over|about|several|many|\d))\b)(?:a\strial\sof\s)?/gi,
    tier: 'mentioned',
    needs: [['recommended', 'prescribed', 'ordered']],
  },
  // "the request for X was non-certified": a request named with its decision in the same sentence.
  // "Request" comes at most 18 characters after the start ("the retrospective request").
  {
    pattern: new RegExp(`(?<!\\bremaining\\s)${requestFor}(?!authorization)`, 'gi'),
    tier: 'requested',
    needs: [['request']],
    anchor: { words: ['request'], within: 18 },
  },
];

/**
 * A word findRequests looks for: a key word (`key`: without one, a sentence is not read), or one an
 * introducer or a decision needs. `bounded`: a whole word (`\b` on both sides); `endsWord`: `\b` after it;
 * `then`: what must follow a key word (tried where the word ends).
 */
interface Word {
  word: string;
  key?: boolean;
  bounded?: boolean;
  endsWord?: boolean;
  then?: RegExp;
}

/**
 * The key words, searched in the raw text: a sentence without one is not read. The same as the regex
 * /request|review|\bUR\b|IMR|independent\s{1,5}medical|certif|denied|deny|necess|recommended|prescribed|ordered|plan\b|approv|modified|sought|asked\s{1,5}for|authori|\ball\b|both|these|those|none|dispute|issue|consideration|
 *  would\s{1,5}like\b|(?:wants|wanted|wishes|wished)\s{1,5}to\b|recommendation\s{1,5}(?:is|was|will)\b/i
 * but found with the other words in one pass.
 */
const keyWords: Word[] = [
  { word: 'request' }, { word: 'review' }, { word: 'ur', bounded: true }, { word: 'imr' }, { word: 'independent', then: /\s{1,5}medical/iy },
  { word: 'certif' }, { word: 'denied' }, { word: 'deny' }, { word: 'necess' }, { word: 'recommended' }, { word: 'prescribed' },
  { word: 'ordered' }, { word: 'plan', endsWord: true }, { word: 'approv' }, { word: 'modified' }, { word: 'sought' },
  { word: 'asked', then: /\s{1,5}for/iy }, { word: 'authori' }, { word: 'all', bounded: true }, { word: 'both' }, { word: 'these' },
  { word: 'those' }, { word: 'none' }, { word: 'dispute' }, { word: 'issue' }, { word: 'consideration' },
  { word: 'would', then: /\s{1,5}like\b/iy }, { word: 'wants', then: /\s{1,5}to\b/iy }, { word: 'wanted', then: /\s{1,5}to\b/iy },
  { word: 'wishes', then: /\s{1,5}to\b/iy }, { word: 'wished', then: /\s{1,5}to\b/iy }, { word: 'recommendation', then: /\s{1,5}(?:is|was|will)\b/iy },
].map((w): Word => ({ ...w, key: true }));

/** Lower-case words one of which each of `decisionWords`' alternatives holds. */
const decisionNeeds = [['certif', 'denied', 'necessary', 'imr', 'independent', 'failed', 'approv', 'authori', 'declined', 'rejected', 'refused']];

const words: Word[] = [...keyWords];
for (const group of [...decisionNeeds, ...introducers.flatMap((i) => [...i.needs, ...(i.anchor ? [i.anchor.words] : [])])]) {
  for (const word of group) if (!words.some((w) => w.word === word)) words.push({ word });
}
const wordIndex = new Map(words.map((w, i) => [w.word, i]));
const finder = new WordFinder(words.map((w) => w.word));
/** A hit is stored as one number: start * HIT + word * 2 + (1 for a key word), so hits sort by start. */
const HIT = 2 * 64;
if (words.length > 64) throw new Error('requests: too many words for a hit number');
const idsOf = (groups: readonly (readonly string[])[]): number[][] => groups.map((g) => g.map((w) => wordIndex.get(w)!));
const introducerNeeds = introducers.map((i) => idsOf(i.needs));
const anchorIds = introducers.map((i) => (i.anchor ? idsOf([i.anchor.words])[0] : []));
const decisionNeedIds = idsOf(decisionNeeds);

const isWordChar = (text: string, k: number): boolean => /\w/.test(text[k] ?? '');

/**
 * The words in the raw text, as hits sorted by start. Every occurrence counts as needed (a fragment's
 * folded sentences are judged again where they are read); one is a key word where the key regex would match.
 */
function hitsIn(text: string): number[] {
  const hits: number[] = [];
  finder.scan(text, 0, text.length, (w, at) => {
    const d = words[w];
    const end = at + d.word.length;
    let key = d.key === true && !standsApart(d, text, at, end, 0, text.length);
    if (key && d.then) {
      d.then.lastIndex = end;
      key = d.then.test(text);
    }
    hits.push(at * HIT + w * 2 + (key ? 1 : 0));
  });
  return hits.sort((a, b) => a - b);
}

/** Whether word `d` at text[at, end) lacks a boundary it needs, within text[low, high) (outside it is no word). */
function standsApart(d: Word, text: string, at: number, end: number, low: number, high: number): boolean {
  const wordBefore = at > low && isWordChar(text, at - 1);
  const wordAfter = end < high && isWordChar(text, end);
  return (d.bounded === true && (wordBefore || wordAfter)) || (d.endsWord === true && wordAfter);
}

const hitStart = (hit: number): number => Math.floor(hit / HIT);
const hitWord = (hit: number): number => Math.floor(hit / 2) % 64;

/** Whether every group has a word present. */
function holds(present: Uint8Array, groups: readonly (readonly number[])[]): boolean {
  for (const group of groups) {
    let any = false;
    for (const w of group) if ((any = present[w] === 1)) break;
    if (!any) return false;
  }
  return true;
}

/** Whether the present words are enough for some statement: an introducer, or a decision that refers back. */
function mayState(present: Uint8Array): boolean {
  return holds(present, decisionNeedIds) || introducerNeeds.some((needs) => holds(present, needs));
}

/**
 * The first match of introducer `i` in `sentence` at or after `from`, as `pattern.exec` from `from` finds it.
 * A sentence without the words the introducer needs is not searched, and an anchored introducer is searched
 * only from where a match could start before one of its words.
 */
function introducerMatch(i: number, sentence: string, hits: readonly number[], present: Uint8Array, from: number): RegExpExecArray | null {
  if (!holds(present, introducerNeeds[i])) return null;
  const { pattern, anchor } = introducers[i];
  if (!anchor) {
    pattern.lastIndex = from;
    return pattern.exec(sentence);
  }
  // Every match holds an anchor word at most `within` after its start, so the leftmost match starting in
  // one of the windows before the anchor words (in turn) is the leftmost match. One search from the first
  // window finds the leftmost match from there on; it serves every later window it does not lie before
  // (no match starts between a search's start and what it found).
  let tried = from;
  let found: RegExpExecArray | null | undefined;
  for (const hit of hits) {
    const k = hitStart(hit);
    if (k < tried || !anchorIds[i].includes(hitWord(hit))) continue;
    const windowStart = Math.max(tried, k - anchor.within);
    if (found === undefined || (found !== null && found.index < windowStart)) {
      pattern.lastIndex = windowStart;
      found = pattern.exec(sentence);
    }
    if (found === null) return null;
    if (found.index <= k) return found;
    tried = k + 1;
  }
  return null;
}

/** "the request for" at the start of what follows a decision verb. */
const leadingRequestFor = new RegExp(`^${requestFor}`, 'i');

/** Where a list ends inside its sentence: the verb of a passive decision, a date, a reason, another clause. */
const terminator = new RegExp(
  [
    ',?\\s(?:which|that|who)\\s(?:was|were|is|are|had|has|have)\\b',
    `\\s(?:was|were|is|are|has\\sbeen|have\\sbeen|had\\sbeen)\\s(?:\\w+\\s)?(?:non-?certified|noncertified|denied|modified|certified|approved|authorized|deemed|determined|found|considered|reviewed|received|submitted|the|not|medically|partially|previously|requested|recommended|dated|signed|noted|made|being|felt|also|` +
      `included|provided|given|started|continued|discontinued|stopped|performed|completed|documented|reported|tried|attempted|prescribed|ordered|obtained)\\b`,
    `\\s(?:on|dated)\\s(?:the\\sbasis|the\\sgrounds|${date}|_{1,2}/|X{1,2}/|\\[\\[)`,
    ',\\s(?:all|each|both)\\s(?:\\w+\\s)?(?:non-?certified|noncertified|denied|modified|certified|approved|authorized|were|was|are|of\\swhich)\\b',
    '\\s(?:due\\sto|because|citing|given\\s(?:the|that)|based\\son|for\\sweaning|per\\s(?:the\\s)?(?:guidelines?|MTUS|ODG)|by\\s(?:utilization|UR\\b|the\\sclaims)|with\\sa\\srecommendation|as\\s(?:there|the|it|he|she|this|they)\\b|in\\sorder\\sto)',
    ',?\\sand\\s(?:the\\s|an?\\s)?(?:injured\\sworker|worker|employee|patient|claimant|applicant|(?:IMR\\s)?application|IMR\\b|on\\s|(?:reviewer|utilization\\sreview|claims\\sadministrator)\\s)',
    // Another clause of asking: "X and is now requesting Y", "X and she would like Y".
    ',?\\sand\\s(?:(?:he|she|they|we)\\s|(?:(?:is|was|has|had)\\s(?:(?:also|now|again|still)\\s)?)?(?:requesting|requested|asked\\sfor)\\b)',
    ',?\\s(?:and\\s)?(?:then\\s)?(?:non-?certified|denied|modified|certified|approved|authorized|allowing|denying|accommodating)\\b',
    // What utilization review advised besides its decision ("…, and recommended weaning") is no request; only after
    // a comma or "and", since a request may itself be "the recommended course".
    '(?:,\\s(?:and\\s)?|\\sand\\s)(?:then\\s)?(?:recommended|suggested|advised)\\b',
    '\\s(?:to|into)\\s(?:the\\s)?(?:IMR|independent\\smedical)',
    // A clause of what is missing: "Norco since 2013; no urine drug screen … was included".
    ';\\s(?:but\\s)?(?:no|not|without|neither|nor|there\\s(?:was|were|is|are|has|have))\\b',
    ',\\s(?:noting|stating|indicating|explaining|finding|reasoning|since|but|however|although|while|whereas)\\b',
  ].join('|'),
  'i',
);

/** Where the authorised part of a modified request starts: "to #60", "from 12 to 4 sessions". */
const modifiedTo = /\s(?:to|from)\s#?\d/i;
/** "… and denied": a decision verb joined by "and", looked for a little way past the end of a list. */
const andDecision = /\sand\s(?:then\s)?(non-?certified|denied|modified|certified|approved|authorized)\s/gi;
/** How far past a list's end its clause may run before "and" joins the next decision. */
const DECISION_GAP = 60;

/** The next "and <decision verb>" within DECISION_GAP characters of `at` in the sentence (no clause boundary between), as a match at `at`. */
function nextDecision(sentence: string, at: number): RegExpExecArray | null {
  andDecision.lastIndex = at;
  const m = andDecision.exec(sentence);
  if (!m || m.index - at > DECISION_GAP || /[;:]|\b(?:was|were|is|are|been)\b/i.test(sentence.slice(at, m.index))) return null;
  const out = Object.assign([sentence.slice(at, m.index + m[0].length), m[1]], { index: at, input: sentence }) as unknown as RegExpExecArray;
  return out;
}

const passiveModification = /^,?\s(?:(?:which|that)\s)?(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:\w+\s)?(?:modified|partially\s(?:certified|approved))\b/i;
const passiveApproval = /^,?\s(?:(?:which|that)\s)?(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen)\s(?:\w+\s)?(?:certified|approved|authorized)\b/i;
const passiveDenial = /^,?\s(?:(?:which|that)\s)?(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen)\s(?:\w+\s)?(?:non-?certified|noncertified|denied|not)\b/i;

/** Words of a back-reference ("all four requests", "these requests", "none of the four"), not a request. */
const collectiveWords = new Set([
  'all', 'both', 'each', 'these', 'those', 'the', 'above', 'of', 'request', 'requests', 'requested', 'medication', 'medications',
  'item', 'items', 'treatment', 'treatments', 'service', 'services', 'them', 'it', 'same', 'none', 'that', 'this', 'following',
  'aforementioned', 'listed', 'said', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'remaining', 'other', 'any', 'such', 'was', 'were', 'drugs', 'prescriptions', 'modalities', 'associated', 'every', 'related',
  'surgery', 'surgical', 'procedure', 'procedures', 'operation', 'proposed', 'planned', 'and', 'its', 'their', 'ancillary',
  'everything', 'denials', 'decisions', 'determinations', 'lot', 'rest', 'remainder', 'others', 'either', 'neither', 'nothing',
]);
/**
 * A sentence's reference back to the requests named before: "all four requests", "none of these", "either of them", "the
 * requests", "everything", "denied (them) all", "declined both", "certified none", "approved neither", "all were non-certified",
 * "these were not approved", "none were certified".
 */
const backReferenceSentence =
  /\b(?:(?:all|both|each|these|those|none|(?:any|either|neither)(?=\sof\s))\b[^.;]{0,40}\b(?:requests?|requested|medications|items|treatments|services|them|these|those|four|three|five|six|two|denials|decisions)|the\s(?:\w+\s)?(?:requested\s)?(?:requests|medications|drugs|creams|treatments|services|items)|everything|(?<=\b(?:non-?certified|noncertified|denied|declined|rejected|refused)\s(?:them\s)?)(?:all|both|each)|(?<=\b(?:certified|approved|authori[sz]ed)\s)(?:none|neither|nothing)|(?:all|both|these|those)(?=\s(?:were|have\sbeen|had\sbeen)\s(?:\w+\s)?(?:non-?certified|noncertified|denied|declined|rejected|refused|not\s(?:certified|approved|authori[sz]ed))\b)|none(?=\s(?:was|were|has\sbeen|have\sbeen)\s(?:\w+\s)?(?:certified|approved|authori[sz]ed)\b))\b/i;

/**
 * A period that ends a sentence in the raw text: after a word (not "1." of a numbered list), before a space;
 * or the closing quotation mark after such a period ('requested a stimulator "to help the fusion." UR denied').
 */
function endsSentence(source: string, k: number): boolean {
  // Most characters are neither: one code comparison each (this is asked of every character of a fragment).
  const c = source.charCodeAt(k);
  if (c !== 0x2e && c !== 0x22 && c !== 0x201d) return false;
  if ((source[k] === '"' || source[k] === '\u201d') && source[k - 1] === '.' && /\s/.test(source[k + 1] ?? '')) return /[A-Za-z]/.test(source[k - 2] ?? '');
  return source[k] === '.' && /\s/.test(source[k + 1] ?? '') && /[A-Za-z)%]/.test(source[k - 1] ?? '') && !/\b(?:Dr|Mr|Ms|Mrs|vs|No|St)$/.test(source.slice(Math.max(0, k - 4), k));
}

/** What introduces a list set out after the period of its sentence: "the following on 10/1/2016.", "as follows.". */
const introducesItems = new RegExp(`\\b(?:the\\sfollowing(?:\\s${requestKinds})?(?:\\s(?:on|dated)\\s${date})?|as\\sfollows)$`, 'i');
/** The first item of a list, after the period before it. */
const firstItem = /^\s{1,4}(?:1[.)]|\(1\)|[-•*·])\s/;

/**
 * Whether the period at `k` closes "… requested the following on 10/1/2016." before its list's first item: the list
 * belongs to the sentence (in the raw text and the folded).
 */
function opensItems(text: string, k: number): boolean {
  return firstItem.test(text.slice(k + 1, k + 10)) && introducesItems.test(text.slice(Math.max(0, k - 80), k));
}

/** A line set out as an item: "1. X", "2) X", "(3) X", "- X", "• X". */
const itemLine = /^[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-•*·])[ \t]+\S/;
/** The end of an item's line that leaves it open, to go on on the next line: a comma, a connector, an open parenthesis. */
const openLineEnd = /(?:[,;(/&-]|\b(?:and|or|of|for|to|with|the|a|an|in|at|including|plus))[ \t\r]*$/i;
/** A line longer than this is prose, not an item. */
const MAX_ITEM_LINE = 240;

/** The line of `source` that starts at `from` (without its line break), or undefined if it is longer than an item's. */
function lineFrom(source: string, from: number): string | undefined {
  const limit = Math.min(source.length, from + MAX_ITEM_LINE);
  let k = from;
  while (k < limit && source[k] !== '\n') k++;
  return k === limit && k < source.length ? undefined : source.slice(from, k);
}

/**
 * A line break that ends a list set out one request a line, and with it the sentence that introduced it ("… asked for the
 * following:\n1. X\n…\n5. Y\nUtilization review … non-certified all of these"): the line before is an item (numbered or
 * bulleted) that leaves nothing open, and the next line starts with a capital, is no item, and is not the wrapped rest of
 * an item (no item follows it).
 */
function endsItemList(source: string, k: number): boolean {
  if (source.charCodeAt(k) !== 0x0a) return false;
  let lineStart = k;
  while (lineStart > 0 && k - lineStart < MAX_ITEM_LINE && source[lineStart - 1] !== '\n') lineStart--;
  const line = source.slice(lineStart, k);
  if (!itemLine.test(line) || openLineEnd.test(line)) return false;
  const next = lineFrom(source, k + 1);
  if (next !== undefined && (!/^[ \t]*[A-Z]/.test(next) || itemLine.test(next))) return false;
  const after = next === undefined ? undefined : lineFrom(source, k + 2 + next.length);
  return after === undefined || !itemLine.test(after);
}

/** The start of the raw sentence holding `at`, not before `low`. */
function rawSentenceStart(source: string, at: number, low: number): number {
  let k = at;
  while (k > low && !(endsSentence(source, k - 1) && !opensItems(source, k - 1)) && !endsItemList(source, k - 1)) k--;
  return k;
}

/** The end of the raw sentence holding `at` (past its period), not after `high`. */
function rawSentenceEnd(source: string, at: number, high: number): number {
  let k = at;
  while (k < high && !(endsSentence(source, k) && !opensItems(source, k)) && !endsItemList(source, k)) k++;
  return Math.min(high, k + 1);
}
const singularReference = /\bthe\s(?:\w+\s)?request\b(?!\s(?:for|of)\b)|\bthe\srequested\s(?:treatment|service|item|medication)\b/i;
/**
 * A sentence that states utilization review's refusal, or refers to the review: a denial, a non-certification, an approval
 * withheld ("did not certify", "were not approved", "certified none of these", "none were authorized"), a refusal whose
 * subject is the review ("utilization review declined/rejected …": a worker's "declined" is a choice of her own), the IMR.
 */
const decisionWords =
  /\b(?:non-?certified|noncertified|non-?certification|noncertification|denied|not\smedically\snecessary|IMR|independent\smedical\sreview|failed\sto\s(?:approve|certify|authori[sz]e)|(?:did|does|would)\snot\s(?:certify|approve|authori[sz]e)|(?:was|were|been|is|are)\s(?:\w+\s)?not\s(?:certified|approved|authori[sz]ed)|(?:certified|approved|authori[sz]ed)\s(?:none|neither|nothing)|none\b[^.;]{0,60}\b(?:was|were|been)\s(?:\w+\s)?(?:certified|approved|authori[sz]ed))\b|\b(?:utilization\sreview|UR|claims\sadministrator|reviewer|review|determination)\b[^.;]{0,80}\b(?:declined|rejected|refused)\b/i;

/** A piece that continues the request before it: a region, a quantity, a frequency, a dosing note. */
const continuation = new RegExp(
  [
    // a count, a frequency or a dosing note: "#30", "16", "x 12", "1-2 tabs orally …", "twice a week"
    '^(?:(?:and|or)\\s)?(?:#\\s?\\d|x\\s?\\d|\\d{1,4}[.\\s]*$|\\d{1,3}\\s(?:sessions?|visits?|views?|weeks?|days?|months?)[.\\s]*$|\\d{1,2}\\s(?:days?|hours?|times)\\s(?:a|per)\\s|\\d{1,4}(?:-\\d{1,4})?\\s(?:tabs?|tablets?|caps?|capsules?|puffs?|patch(?:es)?|refills?|times|x)\\b|' +
      '(?:once|twice|three\\stimes|four\\stimes|times|per|every|daily|weekly|nightly|with\\s(?:\\d|one|two|three)\\s(?:refills?|tabs?)|refills?|tabs?|tablets?|bid|tid|qid|prn|qhs|as\\sneeded)\\b)',
    // how equipment is had: "Cold therapy unit, 7 day rental", "Crutches, purchase", "TENS unit, 30-day trial"
    '^(?:(?:and|or)\\s)?(?:(?:a|for\\sa)\\s)?(?:\\d{1,3}[-\\s](?:days?|weeks?|months?)\\s)?(?:rental|purchase|trial|lease)(?:\\s(?:x\\s?)?\\d{1,3}\\s(?:days?|weeks?|months?))?[.\\s]*$',
    // a body region alone: "… for the left shoulder, left wrist and left knee"
    // or a spinal region's adjective alone: "chiropractic manipulation 8 visits, lumbar, and a lumbar brace"
    '^(?:(?:and|or)\\s)?(?:lumbar|cervical|thoracic|lumbosacral)[\\s.]*$|' +
    '^(?:(?:and|or)\\s)?(?:the\\s)?(?:(?:left|right|bilateral|both|upper|lower|mid|low|lumbar|cervical|thoracic|lumbosacral)\\s){0,3}(?:spine|back|neck|shoulders?|elbows?|wrists?|hands?|knees?|ankles?|feet|foot|hips?|legs?|arms?|groin|fingers?|thumbs?|extremit(?:y|ies)|trapezius|pelvis|abdomen|chest|head|brain|upper\\sextremit(?:y|ies)|lower\\sextremit(?:y|ies))\\b[\\s.]*$',
  ].join('|'),
  'i',
);
/** A clause still open at the end of a request ("to assist with cleaning, laundry …"): lower-case pieces after it are its objects. */
const openClause = /\b(?:to\sassist\swith|assist\swith|help\swith|including|such\sas|containing|consisting\sof|to\sinclude)\s[^;]{0,150}$/i;
/** A PDF page's running text caught in a list. */
const pageFurniture = /\bPage\s\d{1,3}\sof\s\d{1,3}\b/i;
const trailingConnector = /\s(?:of|for|to|with|the|a|an|in|at|including|and|or)$/i;

interface Separator {
  at: number;
  length: number;
}

/**
 * The separators of a list: semicolons, commas, "and", "as well as", numbers, bullets, and — when the
 * list starts on a line of its own — each line break before a capital (one request a line).
 */
function separators(text: string, oneALine: boolean, lineBreakAt: (k: number) => boolean): Separator[] {
  const out: Separator[] = [];
  const pattern = /;\s?(?:and\s)?|,\s(?:and\s|as\swell\sas\s|plus\s|along\swith\s)?|\s(?:and|as\swell\sas|along\swith|plus|&)\s|\s?\(\d{1,2}\)\s|\s\d{1,2}[.)]\s(?=[A-Za-z])|\s[-•*·]\s/g;
  // Nothing inside parentheses separates requests: "preoperative labs (CBC, BMP, PT/INR)".
  const depth: number[] = [];
  let d = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '(') d++;
    depth.push(d);
    if (text[k] === ')' && d > 0) d--;
  }
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (depth[m.index] > 0 && !/^\s?\(\d/.test(m[0])) continue;
    out.push({ at: m.index, length: m[0].length });
  }
  if (oneALine) {
    for (let k = 0; k < text.length; k++) {
      if (text[k] === ' ' && /[A-Z]/.test(text[k + 1] ?? '') && lineBreakAt(k)) out.push({ at: k, length: 1 });
    }
    out.sort((a, b) => a.at - b.at);
  }
  return out;
}

function isCollective(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length > 0 && words.every((w) => collectiveWords.has(w))) return true;
  // A back-reference followed by what is said of it: "both medications followed", "all three on …".
  return /^(?:all|both|each|these|those|none)$/.test(words[0] ?? '') && words.length > 1 && collectiveWords.has(words[1]) && /^[a-z]/.test(text);
}

/**
 * A piece that is no request: one about the review itself ("she applied for IMR", "all four are at issue in this
 * IMR"), a purpose ("to match his abilities to the job offer"), the agent of a passive decision ("non-certified by
 * utilization review"), or a clause opening with a date ("7/30/2014 disputes
 * both denials": a request never starts with one), a template's blank ("{{decision}}": the placeholder rule's), or what
 * is missing ("no urine drug screen"), or a clause of its own ("the adjuster's note was forwarded"), or when it was asked
 * ("requested the following on 10/1/2016.", then the list).
 */
const notARequest = /\b(?:IMR|independent\smedical\sreview)\b|\{\{|\[\[|«|^(?:to|so\sthat|in\sorder\sto|by)\s[a-z]|^\d{1,2}\/\d{1,2}\/\d{2,4}\s[a-z]|^(?:on|dated)\s\d{1,2}[-/.]\d|^(?:no|not|without|neither|nor|never)\s|\s(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s[a-z]{2,20}ed\b/i;

/**
 * One leading article, filler word, list number or bullet of a piece, or the date and verb of an application
 * read as its list ("The IMR application of 7/30/2014 disputes X": the list starts after "of").
 */
const leadingFiller =
  /^(?:(?:the|a|an|for|also|further|of)\s|requests?\s(?:for|of)\s|\(\d{1,2}\)\s|\d{1,2}[.)]\s(?=[A-Za-z])|[-•*·:]\s?|\d{1,2}\/\d{1,2}\/\d{2,4},?\s(?:disputes|disputed|lists|listed|names|named|includes|included|contests|contested)\s)/i;

/** Leading articles and filler dropped from a piece: "a Soma 350mg #30" is "Soma 350mg #30". */
function pieceBounds(text: string, a: number, b: number): [number, number] {
  // "every item: the surgery" — a collective before a colon introduces what follows.
  const colon = text.slice(a, b).indexOf(': ');
  if (colon > 0 && isCollective(text.slice(a, a + colon))) a += colon + 2;
  // One leading word or marker at a time: a repeated group would backtrack.
  for (let lead = leadingFiller.exec(text.slice(a, b)); lead && lead[0].length > 0; lead = leadingFiller.exec(text.slice(a, b))) a += lead[0].length;
  while (b > a && /[\s,.;:]/.test(text[b - 1])) b--;
  return [a, b];
}

interface Statement {
  tier: Tier;
  mentions: RequestMention[];
}

/** Where the sentence starting at `from` ends in the folded text (exclusive). */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SENTENCE);
  for (let k = text.indexOf('.', from); k >= 0 && k < limit; k = text.indexOf('.', k + 1)) {
    const next = text[k + 1];
    if (next === undefined) return k;
    // A quotation closed after the period, then a new sentence: the quotation mark ends it.
    if ((next === '"' || next === '\u201d') && text[k + 2] === ' ' && /[A-Z]/.test(text[k + 3] ?? '')) return k + 1;
    if (next !== ' ') continue;
    // "1. Soma" in a numbered list, and "Dr. X", are not the end of a sentence.
    const before = text.slice(Math.max(from, k - 3), k);
    if (/(?:^|[\s(:])\d{1,2}$/.test(before) || /\b(?:Dr|Mr|Ms|Mrs|vs|No|approx|St)$/.test(text.slice(Math.max(from, k - 6), k))) continue;
    if (/[a-z]/.test(text[k + 2] ?? '')) continue;
    if (opensItems(text, k)) continue;
    return k;
  }
  return limit;
}

export function findRequests(source: string, start: number, end: number): RequestMention[] {
  const statements: Statement[] = [];
  const found: RequestMention[] = [];
  // Only the sentences holding a word some statement needs are folded and read: a summary is mostly
  // history. One scan of the raw text finds those words (WordFinder); each fragment is the raw sentence
  // holding a key word, and is read only if it holds the words an introducer or a decision needs.
  let folded = new FoldedText(source, start, start);
  let text = '';
  // Whether the folded space at k stands for a line break in the source.
  const lineBreakAt = (k: number): boolean => {
    for (let i = folded.startOf(k); i < end; i++) {
      const c = source[i];
      if (c === '\n' || c === '\r') return true;
      if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
    }
    return false;
  };
  const raw = source.slice(start, end);
  const hits = hitsIn(raw);
  // The words in the fragment, and in the sentence read.
  const present = new Uint8Array(words.length);
  const inSentence = new Uint8Array(words.length);
  const fragmentHits: number[] = [];
  let nextHit = 0; // the first of fragmentHits that may lie in the sentence read
  let key = 0; // the next hit that may be a key word
  let inside = 0; // the next hit that may lie in a fragment
  let fragmentEnd = start;
  for (;;) {
    // The first key word at or after the end of the last fragment.
    while (key < hits.length && (start + hitStart(hits[key]) < fragmentEnd || hits[key] % 2 === 0)) key++;
    if (key === hits.length) break;
    const at = start + hitStart(hits[key]);
    const from = rawSentenceStart(source, at, Math.max(fragmentEnd, at - MAX_SENTENCE));
    const to = rawSentenceEnd(source, at, Math.min(end, at + MAX_SENTENCE));
    fragmentEnd = to;
    // A fragment without the words any statement needs would add nothing: it is neither folded nor read.
    present.fill(0);
    while (inside < hits.length && start + hitStart(hits[inside]) < from) inside++;
    for (let h = inside; h < hits.length && start + hitStart(hits[h]) < to; h++) {
      const w = hitWord(hits[h]);
      if (start + hitStart(hits[h]) + words[w].word.length <= to) present[w] = 1;
    }
    if (!mayState(present)) continue;
    folded = new FoldedText(source, from, to);
    text = folded.text;
    // The fragment's words where they stand in the folded text (a word holds no white space, so folding keeps it whole).
    fragmentHits.length = 0;
    for (let h = inside; h < hits.length && start + hitStart(hits[h]) < to; h++) {
      fragmentHits.push(folded.indexOf(start + hitStart(hits[h])) * HIT + (hits[h] % HIT));
    }
    readFragment();
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found;

  function readFragment(): void {
  nextHit = 0;
  for (let from = 0; from < text.length; ) {
    const to = sentenceEnd(text, from);
    const sentence = text.slice(from, to);
    const before = statements.length;
    // The words wholly in the sentence where their boundaries stand, by their start in the sentence.
    const sentenceHits: number[] = [];
    inSentence.fill(0);
    while (nextHit < fragmentHits.length && hitStart(fragmentHits[nextHit]) < from) nextHit++;
    for (let h = nextHit; h < fragmentHits.length && hitStart(fragmentHits[h]) < to; h++) {
      const at = hitStart(fragmentHits[h]);
      const w = hitWord(fragmentHits[h]);
      const d = words[w];
      if (at + d.word.length > to || standsApart(d, text, at, at + d.word.length, from, to)) continue;
      sentenceHits.push((at - from) * HIT + w * 2);
      inSentence[w] = 1;
    }
    readSentence(sentence, from, sentenceHits);
    // A UR decision or the application referring back to the requests named before makes them disputed.
    const decided = holds(inSentence, decisionNeedIds) && decisionWords.test(sentence);
    const reference = decided ? backReferenceSentence.exec(sentence) : null;
    // "The UR denied the request": the one request stated just before (not a plan or a recommendation).
    if (!reference && decided && statements.slice(before).every((st) => st.mentions.length === 0) && singularReference.test(sentence)) {
      let last = before - 1;
      while (last >= 0 && statements[last].mentions.length === 0) last--;
      if (last >= 0 && statements[last].tier === 'requested') for (const m of statements[last].mentions) m.disputed = true;
    }
    if (reference) {
      // "The associated requests" are others than those named before: they stand for themselves.
      let resolved = /\b(?:associated|ancillary|related|other|remaining|additional)\b/i.test(reference[0]) && !/\b(?:these|those)\b/i.test(reference[0]);
      const firstList = statements.findIndex((st) => st.tier === 'disputed' && st.mentions.length > 0);
      for (let s = before - 1; s >= 0 && !resolved; s--) {
        const st = statements[s];
        // The requests a disputed list named: the reference is to them.
        if (st.tier === 'disputed') resolved = true;
        if (resolved) break;
        if (st.mentions.length === 0) continue;
        // What was prescribed or recommended after the disputed list was stated is history: "the requests" are that list's.
        if (st.tier === 'mentioned' && firstList >= 0 && firstList < s) continue;
        for (const m of st.mentions) m.disputed = true;
        resolved = true;
      }
      // A reference to requests the summary does not list ("the requested medications were non-certified",
      // "the associated requests") stands for them: it is kept as a request any item of its kind matches.
      if (/\b(?:associated|ancillary|related|other|remaining|additional|medications|drugs|creams)\b/i.test(reference[0])) {
        const at = from + reference.index;
        found.push({ span: span(source, folded.startOf(at), folded.endOf(at + reference[0].length)), text: reference[0], disputed: false, collective: true });
      }
    }
    from = to + 1;
    while (from < text.length && text[from] === ' ') from++;
  }
  }

  function readSentence(sentence: string, offset: number, sentenceHits: readonly number[]): void {
    let cursor = 0;
    const next: (RegExpExecArray | null | undefined)[] = introducers.map(() => undefined);
    while (cursor < sentence.length) {
      // The earliest introducer from the cursor; on a tie, the longest (it swallows "the request for").
      // Each introducer's next match is remembered, so every pattern scans the sentence once.
      let best: { start: number; end: number; tier: Tier; index: number } | undefined;
      for (let i = 0; i < introducers.length; i++) {
        let m = next[i];
        if (m === undefined || (m !== null && m.index < cursor)) m = next[i] = introducerMatch(i, sentence, sentenceHits, inSentence, cursor);
        if (!m) continue;
        const s = m.index;
        const e = m.index + m[0].length;
        const tier = introducers[i].modifiedGroup && m[1] !== undefined ? 'modified' : introducers[i].tier;
        if (!best || s < best.start || (s === best.start && e > best.end)) best = { start: s, end: e, tier, index: i };
      }
      if (!best) return;
      const listFrom = best.end;
      const rest = sentence.slice(listFrom);
      const stop = terminator.exec(rest);
      const listTo = listFrom + (stop ? stop.index : rest.length);
      const narrative = introducers[best.index].narrative;
      if (narrative?.test(sentence.slice(listFrom, listTo))) {
        cursor = Math.max(best.end, cursor + 1);
        continue;
      }
      // "The request for X was non-certified": a passive decision makes any list disputed.
      const after = stop ? rest.slice(stop.index) : '';
      const tier: Tier = passiveDenial.test(after) ? 'disputed' : passiveModification.test(after) ? 'modified' : best.tier;
      // "modified X to #60", "modified X from 12 to 4 sessions": what follows is what was authorised.
      const authorised = tier === 'modified' ? modifiedTo.exec(sentence.slice(listFrom, listTo)) : null;
      // "non-certified X and Y; the hernia repair itself was certified": the clause after the last semicolon is the
      // subject of an approval, not one of the list's requests.
      const approvedAfter = passiveApproval.test(after) ? sentence.lastIndexOf(';', listTo) : -1;
      const listEnd = approvedAfter > listFrom ? approvedAfter : listTo;
      const mentions = splitList(sentence, listFrom, authorised ? listFrom + authorised.index : listEnd, offset, tier);
      statements.push({ tier, mentions });
      for (const m of mentions) found.push(m);
      // After a list, read on from its end: "non-certified X, and modified Y" is two statements.
      cursor = Math.max(listTo, best.end, cursor + 1);
      if (stop) {
        // The next decision of the sentence: at once, or after the clause that ended the list ("X to #60 for weaning and denied Y").
        const verb = /^,?\s(?:and\s)?(?:then\s)?(non-?certified|denied|modified|certified|approved|authorized)\s/i.exec(sentence.slice(listTo)) ?? nextDecision(sentence, listTo);
        if (verb) {
          const tier: Tier | undefined = /^(?:non-?certified|denied)$/i.test(verb[1]) ? 'disputed' : /^modified$/i.test(verb[1]) ? 'modified' : undefined;
          const after = listTo + verb[0].length;
          if (tier) {
            const lead = leadingRequestFor.exec(sentence.slice(after));
            const from2 = after + (lead ? lead[0].length : 0);
            const rest2 = sentence.slice(from2);
            const stop2 = terminator.exec(rest2);
            const to2 = from2 + (stop2 ? stop2.index : rest2.length);
            const more = splitList(sentence, from2, to2, offset, tier);
            statements.push({ tier, mentions: more });
            for (const m of more) found.push(m);
            cursor = Math.max(cursor, to2);
          } else {
            // What utilization review certified is not in dispute: skip its list.
            const rest2 = sentence.slice(after);
            const stop2 = terminator.exec(rest2);
            cursor = Math.max(cursor, after + (stop2 ? stop2.index : rest2.length));
          }
        }
      }
    }
  }

  function splitList(sentence: string, listFrom: number, listTo: number, offset: number, tier: Tier): RequestMention[] {
    const list = sentence.slice(listFrom, listTo);
    const oneALine = listFrom > 0 && lineBreakAt(offset + listFrom - 1);
    const seps = separators(list, oneALine, (k) => lineBreakAt(offset + listFrom + k));
    const pieces: [number, number][] = [];
    let pieceStart = 0;
    for (const s of seps) {
      if (s.at < pieceStart) continue;
      pieces.push([pieceStart, s.at]);
      pieceStart = s.at + s.length;
    }
    pieces.push([pieceStart, list.length]);
    // Pieces that only continue the one before (a region, a count, a dose) join it.
    const merged: [number, number][] = [];
    for (const [a, b] of pieces) {
      const piece = list.slice(a, b).trim();
      const prev = merged[merged.length - 1];
      // Only the end of the piece before is looked at: merged pieces grow, and the tests are anchored at the end.
      const prevText = prev ? list.slice(Math.max(prev[0], prev[1] - 200), prev[1]) : '';
      // Its objects are a few lower-case words without numbers; a treatment has its own article or figures.
      const objectOfClause =
        openClause.test(prevText) && /^(?:(?:and|or)\s)?[a-z][a-z -]{0,30}$/.test(piece) && piece.split(' ').length <= 4 && !/^(?:(?:and|or)\s)?(?:a|an|the)\s/.test(piece);
      if (prev && (continuation.test(piece) || trailingConnector.test(prevText) || objectOfClause)) {
        prev[1] = b;
        continue;
      }
      merged.push([a, b]);
    }
    const out: RequestMention[] = [];
    for (const [a0, b0] of merged) {
      const [a, b] = pieceBounds(list, a0, b0);
      const piece = list.slice(a, b);
      if (b <= a || b - a > MAX_REQUEST || !/[A-Za-z]{2}/.test(piece) || isCollective(piece) || pageFurniture.test(piece) || notARequest.test(piece)) continue;
      const at = offset + listFrom;
      out.push({ span: span(source, folded.startOf(at + a), folded.endOf(at + b)), text: piece, disputed: tier === 'disputed', ...(tier === 'modified' ? { modified: true } : {}) });
    }
    return out;
  }
}

/** Every regular expression this module builds at run time, for the linear-shape test. */
export function builtRequestPatterns(): RegExp[] {
  return [...introducers.map((i) => i.pattern), terminator, continuation, leadingRequestFor, introducesItems, firstItem, itemLine, openLineEnd];
}
