// The medical-necessity conclusion of a rationale, in whatever words the reviewer wrote it. Each
// sentence is read as words: a predicate ("necessary", "supported", "certified", "upheld", "meets the
// criteria", "the records support the request", "I recommend non-certification"), the negations and
// modals of its verb group, and its subject. A finding needs a predicate in the reviewer's own voice:
// not in quotation marks, not a condition or possibility ("would be reasonable if …"), not the
// guidelines speaking ("MTUS recommends X for …", "is recommended as an option"), not history ("was
// previously certified", "UR approved 6 sessions"). Findings about the request (or the item by name)
// outrank a bare verdict ("Not medically necessary."), which outranks one about "it" or "continued use";
// a finding about something else ("Weaning is medically necessary") says only that the rationale
// concludes. Among equals the last wins: standard paragraphs may follow the conclusion.
import type { Span } from './model';
import { trimSpan } from './text';
import { mayHoldFinding, quotedRanges, readSentences, readWords, type Sentence, type Word } from './sentences';
import * as W from './conclusion-words';

export type Necessity = 'necessary' | 'not-necessary';

export interface Conclusion {
  necessity: Necessity;
  /** The sentence that states it. */
  sentence: Span;
  /**
   * `stated`: a finding on the request, the item or a bare verdict, clear enough to prove a decision
   * wrong. `implied`: a finding about something the item does not name ("Weaning is medically
   * necessary"); enough to say the rationale concludes, not enough to call a decision wrong.
   */
  strength: 'stated' | 'implied';
  /** The words naming what the finding is about ("the request for Soma 350mg #90"), when there are any. */
  subject?: Span;
  /**
   * The subject of a finding after the conclusion about something the item does not name ("… Flexeril is
   * not medically necessary. … Norco 10/325mg #90 is not supported."): a conclusion pasted from another item.
   */
  laterSubject?: Span;
  /**
   * The subject of the finding a verdict that names nothing says again, in the sentence just before it
   * ("The CPM machine is not medically necessary. Non-certify."): what the conclusion is about.
   */
  restatedSubject?: Span;
}

/** How sure a finding is to be about this item: the request or the item by name, a bare verdict, "it", something else. */
const enum Tier {
  Other = 1,
  Generic = 2,
  Bare = 3,
  Request = 4,
}

interface Finding {
  polarity: W.Polarity;
  tier: Tier;
  sentence: Sentence;
  /** Offsets in the source of the words naming what the finding is about, when there are any. */
  subject?: { start: number; end: number };
  /** Said in the words of necessity ("medically necessary", "medically appropriate"). */
  necessity?: boolean;
  /** A clause with its predicate left out ("the request as written is not"). */
  elided?: boolean;
}

/** How far back the verb group and the subject are read, in words. */
const MAX_VERB_GROUP = 12;
const MAX_SUBJECT = 30;
/** How many commas a subject is read back across (asides and quantities in apposition). */
const MAX_SUBJECT_HOPS = 3;
const MAX_AFTER = 8;
const MAX_OBJECT = 12;

interface Reading {
  words: Word[];
  /** The sentence's place in the rationale: 0 for the opening sentence. */
  index: number;
  /** The first conditional word of the sentence ("if", "when" …), or the sentence length. */
  firstConditional: number;
  /** The first guideline word of the sentence, or the sentence length. */
  firstGuideline: number;
  itemWords: ReadonlySet<string>;
  /** For each word, whether a condition governs it (see conditionedAt); made on first use, once per sentence. */
  conditioned?: Uint8Array;
}

interface VerbGroup {
  /** Index of its first word (the predicate's index when it is empty). */
  start: number;
  copula: boolean;
  negations: number;
  modal?: string;
  past: boolean;
  medically: boolean;
}

function verbGroupBefore(words: readonly Word[], k: number): VerbGroup {
  const group: VerbGroup = { start: k, copula: false, negations: 0, past: false, medically: false };
  // Words of asides passed over: they do not count towards the verb group's length.
  let asideWords = 0;
  for (let i = k - 1; i >= 0 && k - i - asideWords <= MAX_VERB_GROUP; i--) {
    const w = words[i];
    if (w.quoted) break;
    if (!w.isWord) {
      // "is, on balance, medically necessary", "is therefore, and only for now, not supported": the
      // reviewer's aside between two commas inside the verb group is passed over, its words read by nobody.
      const opening = w.text === ',' ? asideOpening(words, i) : -1;
      if (opening > 0) {
        asideWords += i - opening + 1;
        i = opening;
        continue;
      }
      // "is, therefore, not …": a comma inside the verb group.
      if (w.text === ',' && i > 0 && words[i - 1].isWord && W.verbGroup.has(words[i - 1].text) && group.start < k) {
        continue;
      }
      break;
    }
    const t = w.text;
    if (!W.verbGroup.has(t)) break;
    // "no" belongs to a verb group only as "no longer".
    if (t === 'no' && words[i + 1]?.text !== 'longer') break;
    // "This" and "time" only in "at this time".
    if ((t === 'this' || t === 'at') && words[i + 1]?.text !== 'this' && words[i + 1]?.text !== 'time') break;
    if (t === 'time' && words[i - 1]?.text !== 'this') break;
    group.start = i;
    if (W.copulas.has(t)) group.copula = true;
    if (W.negators.has(t) || (t === 'no' && words[i + 1]?.text === 'longer')) group.negations++;
    // "would appear to be", "would seem": the reviewer's tact, not a possibility; a condition after it
    // ("would appear to be reasonable if …") is still read as one.
    const tactful = t === 'would' && W.seemingVerbs.has(words[i + 1]?.text ?? '');
    if (W.modals.has(t) && group.modal === undefined && !tactful) group.modal = t;
    if (t === 'cannot' || t === "can't" || t === 'cant') group.modal = 'can';
    if (W.pastAuxiliaries.has(t)) group.past = true;
    if (t === 'medically' || t === 'clinically') group.medically = true;
  }
  return group;
}

/** The most words an aside between commas may hold: "in my clinical judgement", "and only for now". */
const MAX_ASIDE = 6;

/** Verb-group words an aside may follow: "is, …", "should, …", "therefore, …" ("to" and "as" open no aside). */
const beforeAside: ReadonlySet<string> = new Set([...W.copulas, ...W.modals, 'therefore', 'thus', 'hence', 'consequently', 'accordingly', 'also', 'still', 'not', 'be', 'been']);

/**
 * The comma that opens an aside closed by the comma at `closing`, inside a verb group ("is, in my
 * judgement, medically necessary"), or -1. An aside holds a few plain words and no negation, which
 * would turn the finding round unseen; its own conditions are still read by the condition check.
 */
function asideOpening(words: readonly Word[], closing: number): number {
  for (let j = closing - 1; j >= 0 && closing - j <= MAX_ASIDE + 1; j--) {
    const w = words[j];
    if (w.quoted) return -1;
    if (w.isWord) {
      if (W.negators.has(w.text)) return -1;
      continue;
    }
    if (w.text !== ',' || j === closing - 1 || j === 0) return -1;
    const before = words[j - 1];
    return before.isWord && !before.quoted && beforeAside.has(before.text) ? j : -1;
  }
  return -1;
}

/**
 * A word from `set` used as such: "When" with a capital inside a sentence is part of a name ("Home
 * Aide … When Wife is Working"), not a condition.
 */
function isFunctionWord(words: readonly Word[], i: number, set: ReadonlySet<string>): boolean {
  const w = words[i];
  return w.isWord && set.has(w.text) && !(w.capital && i > 0 && words[i - 1].isWord);
}

/**
 * The subject before a verb group: back to a clause boundary. Returns its start, the boundary word's
 * index (or -1), and the word range of an aside inside it that says nothing of the subject ("the
 * request, in my view, is …"), when there is one.
 */
function subjectBefore(
  words: readonly Word[],
  end: number,
  acrossComma = false,
  hops = MAX_SUBJECT_HOPS,
): { start: number; boundary: number; aside?: { start: number; end: number } } {
  let i = end - 1;
  // "the currently requested injection under fluoroscopic guidance, is not medically necessary".
  if (acrossComma && i > 0 && words[i].text === ',' && words[i - 1].isWord) i--;
  // "the request, however, is …": a connective between commas is an aside, not the clause's start.
  if (hops > 0 && acrossComma && i > 1 && i < end - 1 && W.parentheticals.has(words[i].text) && words[i - 1].text === ',' && words[i - 2].isWord) {
    const outer = subjectBefore(words, i, true, 0);
    return { ...outer, aside: { start: i - 1, end } };
  }
  while (i >= 0 && end - i <= MAX_SUBJECT) {
    const w = words[i];
    // Parentheses stay inside a subject: "EMG (electromyography)/NCV of the upper extremities".
    const bracket = w.text === '(' || w.text === ')' || w.text === '[' || w.text === ']';
    if ((!w.isWord && !bracket) || (isFunctionWord(words, i, W.clauseWords) && !frequency(words, i))) {
      const pastComma = hops > 0 && acrossComma && w.text === ',' && i > 0 && words[i - 1].isWord;
      // "additional physical therapy, as written above, is not …", "the request, in my view, is not …":
      // past an aside to the subject, whose words are not the subject's.
      if (pastComma && W.asides.has(words[i + 1]?.text ?? '')) {
        const outer = subjectBefore(words, i + 1, true, 0);
        return { ...outer, aside: { start: i, end } };
      }
      // "the request for chiropractic manipulation, six sessions, is not …": a quantity in apposition.
      // "Tramadol ER 150 mg, one tablet daily, #30, was …": more than one, up to a few.
      if (pastComma && isQuantity(words, i + 1, end)) return subjectBefore(words, i + 1, true, hops - 1);
      return { start: i + 1, boundary: i };
    }
    i--;
  }
  return { start: i + 1, boundary: -1 };
}

/** Words of a quantity or frequency in apposition: "six sessions", "#60", "2 times a week for 4 weeks". */
const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'sixty',
  'ninety', 'twice',
]);
const unitWords: ReadonlySet<string> = new Set([
  'a', 'an', 'x', 'times', 'per', 'for', 'of', 'session', 'sessions', 'visit', 'visits', 'treatment', 'treatments', 'tablet', 'tablets', 'tabs',
  'capsule', 'capsules', 'patch', 'patches', 'unit', 'units', 'day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'refill',
  'refills', 'quantity', 'count', 'supply', 'daily', 'weekly', 'monthly',
]);
const MAX_QUANTITY = 8;

/** Whether words[from, to), up to a trailing comma, are a quantity: units, with a number among them. */
function isQuantity(words: readonly Word[], from: number, to: number): boolean {
  let number = false;
  let count = 0;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (!w.isWord) {
      if (w.text === ',' && i === to - 1) continue;
      return false;
    }
    if (++count > MAX_QUANTITY) return false;
    if (/\d/.test(w.text) || numberWords.has(w.text)) number = true;
    else if (!unitWords.has(w.text)) return false;
  }
  return number;
}

interface Subject {
  request: boolean;
  item: boolean;
  /** Names a utilization-review decision or denial: "upheld / appropriate" is said of the denial. */
  denial: boolean;
  guideline: boolean;
  history: boolean;
  reviewer: boolean;
  patient: boolean;
  necessity: boolean;
  negativeDeterminer: boolean;
  /** Holds words that are neither generic nor the item's. */
  other: boolean;
  /** Speaks of other requests than this one: "any further requests". */
  laterRequest: boolean;
  /** Is "this" or "that" alone. */
  demonstrative: boolean;
  empty: boolean;
}

const datePattern = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

function readSubject(words: readonly Word[], start: number, end: number, itemWords: ReadonlySet<string>, aside?: { start: number; end: number }): Subject {
  const s: Subject = {
    request: false, item: false, denial: false, guideline: false, history: false, reviewer: false, patient: false, necessity: false,
    negativeDeterminer: false, other: false, laterRequest: false, demonstrative: false, empty: start >= end,
  };
  let decisionNoun = false;
  let urQualifier = false;
  let urOnly = true;
  for (let i = start; i < end; i++) {
    if (aside && i === aside.start) i = aside.end;
    if (i >= end) break;
    const t = words[i].text;
    if (!words[i].isWord) continue;
    if (W.requestWords.has(t) && !(i > start && W.otherRequest.has(words[i - 1].text))) s.request = true;
    else if (W.requestWords.has(t)) s.laterRequest = true;
    if (W.denialNouns.has(t)) s.denial = true;
    if (W.approvalNouns.has(t) && !(i > start && words[i - 1].text === 'non')) s.request = true;
    if (W.decisionNouns.has(t)) decisionNoun = true;
    if (t === 'ur' || t === 'utilization' || t === "ur's" || t === 'original' || t === 'prior' || t === 'previous' || t === 'initial' || t === 'adverse') urQualifier = true;
    if (W.guidelineWords.has(t)) s.guideline = true;
    if (W.historyWords.has(t)) s.history = true;
    if (W.reviewerWords.has(t)) s.reviewer = true;
    if (W.patientWords.has(t)) s.patient = true;
    if (W.necessityNouns.has(t)) s.necessity = true;
    if (W.negativeDeterminers.has(t)) s.negativeDeterminer = true;
    if (namesItem(t, itemWords)) s.item = true;
    // "Eight more visits", "another six sessions": a count says how much, not what.
    else if (!W.genericSubject.has(t) && !W.negativeDeterminers.has(t) && !W.necessityNouns.has(t) && !W.guidelineWords.has(t) && !/\d/.test(t) && !numberWords.has(t) && !W.countWords.has(t)) {
      s.other = true;
    }
    if (!W.urSubjectWords.has(t)) urOnly = false;
  }
  if (decisionNoun && urQualifier) s.denial = true;
  // "UR is reversed", "utilization review is upheld": utilization review standing for its decision.
  if (urOnly && urQualifier) s.denial = true;
  if (end - start === 1 && W.demonstratives.has(words[start].text)) s.demonstrative = true;
  return s;
}

/** Shortest abbreviation read as a heading word: "psych" for "psychological", "consult" for "consultation". */
const MIN_ABBREVIATION = 5;

/**
 * Whether `word` names the item: one of its words, or a clipped form of one that the reviewer wrote
 * for short ("psych consult" for "Psychological consultation", "eval" is too short to tell), or the
 * heading's clipped word written out in full ("consultation" under "Psych consult").
 */
function namesItem(word: string, itemWords: ReadonlySet<string>): boolean {
  if (itemWords.has(word)) return true;
  if (word.length < MIN_ABBREVIATION) return false;
  // Each word is compared with the item's words once per item: a subject is read again for every
  // predicate near it, and a long sentence repeats its words.
  let known = clippedForms.get(itemWords);
  if (!known) clippedForms.set(itemWords, (known = new Map()));
  let names = known.get(word);
  if (names === undefined) {
    names = false;
    for (const own of itemWords) {
      if (own.length >= MIN_ABBREVIATION && (own.length > word.length ? own.startsWith(word) : word.startsWith(own))) names = true;
    }
    known.set(word, names);
  }
  return names;
}

/** For each item's words, the words already compared with them and whether they name the item. */
const clippedForms = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function tierOf(s: Subject): Tier {
  if (s.laterRequest && !s.request) return Tier.Other;
  if (s.request || s.denial || s.item) return Tier.Request;
  if (s.empty) return Tier.Bare;
  if (!s.other) return Tier.Generic;
  return Tier.Other;
}

/** The words after a predicate, up to the clause's end or a clause joined to it ("… and UR is reversed"). */
function afterWords(words: readonly Word[], k: number): Word[] {
  const out: Word[] = [];
  for (let i = k + 1; i < words.length && out.length < MAX_AFTER; i++) {
    if (!words[i].isWord || newClauseAt(words, i)) break;
    out.push(words[i]);
  }
  return out;
}

/** How far after "and" a joined clause's verb may stand: "and the UR decision is …". */
const MAX_JOINED_SUBJECT = 4;

/**
 * Whether "and" or "but" at `i` joins a clause of its own, with a subject and a verb ("and UR is
 * reversed", "and I would certify it"), rather than a second predicate or object ("and appropriate").
 */
function newClauseAt(words: readonly Word[], i: number): boolean {
  const t = words[i].text;
  if (t !== 'and' && t !== 'but') return false;
  for (let j = i + 2; j < words.length && j - i <= MAX_JOINED_SUBJECT + 1; j++) {
    const w = words[j];
    if (!w.isWord) return false;
    if (W.copulas.has(w.text) || W.modals.has(w.text) || W.reviewerActs.has(w.text)) return true;
  }
  // "and would certify it": a verb group straight after "and" shares the subject, yet states its own finding.
  const next = words[i + 1];
  return next !== undefined && next.isWord && (W.modals.has(next.text) || W.reviewerActs.has(next.text));
}

/** "recommended for short-term use", "indicated in …": a general statement, unless "for this patient". */
function general(after: readonly Word[]): boolean {
  // "recommended topically only in the form of …", "indicated clinically only for …": an adverb of
  // manner before the restriction.
  if (after.length > 1 && after[0].text.endsWith('ly') && after[0].text !== 'only' && W.generalAfter.has(after[1].text)) after = after.slice(1);
  const first = after[0]?.text;
  if (first === undefined || !W.generalAfter.has(first)) return false;
  if (first === 'as' && restated(after)) return false;
  if (first === 'than') return true;
  if ((first === 'for' || first === 'in' || first === 'to') && after[1] && W.particularAfter.has(after[1].text)) {
    return !(after[2] && W.particularNouns.has(after[2].text)) && after[1].text !== 'him' && after[1].text !== 'her' && after[1].text !== 'them';
  }
  return true;
}

/**
 * "should be authorized as medically necessary", "is approved as reasonable": after "as", the finding
 * said again in the words of necessity or quality, not the general use the guidelines speak of.
 */
function restated(after: readonly Word[]): boolean {
  let i = 1;
  while (i < after.length && i < 4 && (after[i].text === 'medically' || after[i].text === 'clinically' || after[i].text === 'being' || after[i].text === 'not' || after[i].text === 'a')) i++;
  const predicate = W.statePredicates.get(after[i]?.text ?? '');
  if (predicate && (predicate.kind === 'necessity' || predicate.kind === 'quality')) return true;
  return after[i]?.text === 'medical' && after[i + 1]?.text === 'necessity';
}

/** Words that start a clause drawing the conclusion: a condition before them does not reach past them. */
const conclusive = new Set(['so', 'therefore', 'thus', 'hence', 'consequently', 'accordingly']);

/**
 * Whether a word drawing the conclusion ("hence", "therefore", "in conclusion") stands before the predicate
 * at `k`, and no word of the claim's history ("Hence previously non-certified.").
 */
function drawnVerdict(words: readonly Word[], k: number): boolean {
  let drawn = false;
  for (let i = 0; i < k; i++) {
    if (!words[i].isWord) continue;
    if (W.historyWords.has(words[i].text)) return false;
    if (conclusive.has(words[i].text) || words[i].text === 'conclusion') drawn = true;
  }
  return drawn;
}

/** Whether the words after a predicate say it of this case: "at this juncture", "in this case", "for this patient", "at present". */
function saidOfThisCase(after: readonly Word[]): boolean {
  for (let i = 0; i + 1 < after.length && i < 3; i++) {
    if (after[i].text === 'at' && after[i + 1].text === 'present') return true;
    if (after[i].text === 'this' && W.particularNouns.has(after[i + 1].text)) return true;
  }
  return false;
}

/**
 * Whether a condition written before `k` governs it: "If function improves, the request is necessary". In a
 * run-on sentence a condition in an earlier clause does not: "… when there are mechanical symptoms … and so
 * the request is medically necessary".
 */
function conditionedAt(r: Reading, k: number): boolean {
  if (r.firstConditional >= k) return false;
  // One pass per sentence, not one walk back per predicate: whichever came last before each word, a
  // condition or a conclusive connective, decides.
  if (!r.conditioned) {
    const marks = new Uint8Array(r.words.length + 1);
    let governed = 0;
    for (let i = 0; i < r.words.length; i++) {
      marks[i] = governed;
      const w = r.words[i];
      // A semicolon joins a clause of its own: a condition before it does not reach past it.
      if (w.text === ';' && !w.quoted) governed = 0;
      if (w.quoted || !w.isWord) continue;
      if (conclusive.has(w.text)) governed = 0;
      else if (isCondition(r.words, i)) governed = 1;
    }
    marks[r.words.length] = governed;
    r.conditioned = marks;
  }
  return r.conditioned[k] === 1;
}

function hasConditional(after: readonly Word[]): boolean {
  return after.some((w, i) => W.conditionals.has(w.text) && !frequency(after, i));
}

/** "once daily", "once a week": "once" saying how often, not on what condition. */
function frequency(words: readonly Word[], i: number): boolean {
  if (words[i].text !== 'once') return false;
  const next = words[i + 1]?.text ?? '';
  return W.frequencyAfterOnce.has(next) || (W.periodDeterminers.has(next) && W.periods.has(words[i + 2]?.text ?? ''));
}

/** A conditional word used as one (see `frequency`). */
function isCondition(words: readonly Word[], i: number): boolean {
  return isFunctionWord(words, i, W.conditionals) && !frequency(words, i);
}

/** "in 2015", "on 10/20/2016", "by UR", "previously": the predicate reports the claim's history. */
function historyAfter(after: readonly Word[]): boolean {
  for (let i = 0; i < after.length && i < 5; i++) {
    const t = after[i].text;
    if (t === 'previously' || t === 'earlier' || t === 'ur' || t === 'utilization' || t === "ur's") return true;
    if ((t === 'in' || t === 'on') && after[i + 1] && (/^(?:19|20)\d\d$/.test(after[i + 1].text) || datePattern.test(after[i + 1].text))) return true;
  }
  return false;
}

/** What precedes a "that"-clause: "Guidelines state that …", "UR determined that …". */
function frameBefore(words: readonly Word[], boundary: number): { guideline: boolean; history: boolean; negated: boolean } {
  const frame = { guideline: false, history: false, negated: false };
  if (boundary < 0 || words[boundary].text !== 'that') return frame;
  let judgement = false;
  let negations = 0;
  for (let i = boundary - 1; i >= 0 && boundary - i <= MAX_SUBJECT; i--) {
    const w = words[i];
    if (!w.isWord) break;
    if (W.guidelineWords.has(w.text)) frame.guideline = true;
    if (W.historyWords.has(w.text)) frame.history = true;
    if (W.judgementFrames.has(w.text)) judgement = true;
    if (W.negators.has(w.text)) negations++;
  }
  // "I cannot say that the evaluation is not medically necessary": the reviewer denies the clause.
  frame.negated = judgement && negations % 2 === 1;
  return frame;
}

/** The finding of a clause, turned round when a negated judgement frames it. */
function framed(found: Finding, frame: { negated: boolean }): Finding {
  if (frame.negated) found.polarity = -found.polarity as W.Polarity;
  return found;
}

/**
 * "this is appropriate care and should be authorized": a verb group after "and" shares the subject of
 * the clause before it. Returns where that subject ends (before its copula), or -1.
 */
function coordinatedSubjectEnd(words: readonly Word[], subjectStart: number, groupStart: number): number {
  if (groupStart - 1 <= subjectStart || words[groupStart - 1].text !== 'and') return -1;
  for (let i = subjectStart; i < groupStart - 1; i++) {
    if (!W.copulas.has(words[i].text)) continue;
    // "I find the request to be appropriate and …": the subject ends before "to be".
    const end = words[i].text === 'be' && words[i - 1]?.text === 'to' ? i - 1 : i;
    return end > subjectStart ? end : -1;
  }
  return -1;
}

/** The most words of the first of two predicates joined by "and": "is excessive for a chronic condition and …". */
const MAX_CONJUNCT = 6;

/**
 * The verb group a predicate after "and" shares with the one before it ("Purchase is premature and not
 * medically necessary", "the brace is excessive, and therefore not medically necessary"), when the group
 * at `groupStart` holds no copula of its own. Its negations are the first predicate's: the second keeps
 * its own ("is not recommended and not medically necessary"). Undefined when none stands there, or when it
 * is negated and the second predicate is not: whether the negation reaches that far is anyone's guess ("is
 * no longer effective and medically necessary").
 */
function sharedVerbGroup(words: readonly Word[], groupStart: number, ownNegation: boolean): VerbGroup | undefined {
  const and = groupStart - 1;
  if (and < 2 || words[and].quoted || words[and].text !== 'and') return undefined;
  let c = and - 1;
  if (words[c].text === ',') c--;
  const conjunctEnd = c + 1;
  while (c >= 0 && conjunctEnd - c <= MAX_CONJUNCT) {
    const w = words[c];
    if (!w.isWord || w.quoted || isFunctionWord(words, c, W.clauseWords)) return undefined;
    if (W.verbGroup.has(w.text)) break;
    c--;
  }
  if (c < 0 || c + 1 >= conjunctEnd || !W.verbGroup.has(words[c].text)) return undefined;
  const shared = verbGroupBefore(words, c + 1);
  if (!shared.copula || (shared.negations > 0 && !ownNegation) || shared.start === 0) return undefined;
  return shared;
}

/**
 * "… explain why both are needed", "it is unclear how the request is necessary": the clause after "why"
 * or "how" is a question the sentence reports, not a finding. After a copula it draws one: "That is why
 * the request is not medically necessary".
 */
function embeddedQuestion(words: readonly Word[], boundary: number): boolean {
  if (!W.questionWords.has(words[boundary].text)) return false;
  const before = words[boundary - 1];
  return !(before && before.isWord && (W.copulas.has(before.text) || W.drawingContractions.has(before.text)));
}

/** "approved for 6 sessions", "approved for a one-month trial": the course of this request. */
function forACourse(after: readonly Word[]): boolean {
  return after.some((w) => /\d/.test(w.text) || numberWords.has(w.text) || W.courseWords.has(w.text));
}

function finding(words: readonly Word[], polarity: W.Polarity, tier: Tier, subjectStart: number, subjectEnd: number, sentence: Sentence): Finding {
  const found: Finding = { polarity, tier, sentence };
  if (subjectEnd > subjectStart) found.subject = { start: words[subjectStart].start, end: words[subjectEnd - 1].end };
  return found;
}

/** "X is (not) necessary / supported / certified / upheld …", or a bare "Not medically necessary." */
function readState(r: Reading, sentence: Sentence, k: number, predicate: W.Predicate, groupEnd = k): Finding | undefined {
  const words = r.words;
  const word = words[k].text;
  const group = verbGroupBefore(words, groupEnd);
  // "I find the request medically necessary", "the undersigned does not consider it to be reasonable": the
  // reviewer's verb of judgement stands for the copula, its object is the subject, its negations count.
  const judged = judgementBefore(r, group.start);
  if (judged?.voice === 'other') return undefined;
  if (judged) {
    group.copula = true;
    group.negations += judged.negations;
    group.modal ??= judged.modal;
  }
  // "Purchase is premature and not medically necessary", "the request is excessive and therefore not
  // medically necessary": a predicate joined by "and" to the one before it shares its verb group and subject.
  const shared = !judged && !group.copula ? sharedVerbGroup(words, group.start, group.negations > 0) : undefined;
  if (shared) {
    group.copula = true;
    group.modal ??= shared.modal;
    group.past ||= shared.past;
  }
  // "not supported by the records as being medically necessary": the complement of an earlier predicate.
  if (!judged && words[group.start]?.text === 'as' && group.start < groupEnd && !(group.start > 0 && W.verbGroup.has(words[group.start - 1].text))) return undefined;
  // "the prior denial should stand": a decision verb with no copula.
  if (W.finiteDecisionVerbs.has(word)) group.copula = true;
  // "Norco 10/325mg #90 not medically necessary.", "Verdict: not indicated.": a verdict without a verb
  // under a heading of its own, the item's name or a label.
  const heading = group.copula ? undefined : verdictHeading(words, group.start);
  const before = heading ? undefined : judged ? { start: judged.verb + 1, boundary: judged.boundary, aside: undefined } : subjectBefore(words, shared ? shared.start : group.start, group.copula);
  const subjectStart = heading ? heading.start : before!.start;
  const boundary = heading ? -1 : before!.boundary;
  const coordinated = heading ? -1 : shared ? shared.start : coordinatedSubjectEnd(words, subjectStart, group.start);
  // "I find the therapy, 6 sessions, to be …": the object ends before the comma closing its appositive.
  const objectEnd = judged && words[group.start - 1]?.text === ',' ? group.start - 1 : group.start;
  const subjectEnd = heading ? heading.end : coordinated >= 0 ? coordinated : objectEnd;
  const subject = readSubject(words, subjectStart, subjectEnd, r.itemWords, before?.aside);
  // A label names nothing the finding is about: "Verdict: not indicated" is as bare as "Not indicated".
  const namedEnd = heading?.label ? subjectStart : subjectEnd;
  if (boundary >= 0 && W.relativePronouns.has(words[boundary].text)) return undefined;
  if (boundary >= 0 && words[boundary].text === 'that' && subject.empty) return undefined;
  if (boundary >= 0 && embeddedQuestion(words, boundary)) return undefined;
  let tier = tierOf(subject);
  const after = afterWords(words, k);
  // "This is supported by the guidelines": a bare "this" may stand for a statement rather than the
  // request. "Medically necessary" is surely said of the request, and so is an approval or a denial
  // ("this should be authorized") and a verdict that ends its sentence ("Given these findings, this is supported.").
  const verdictWord =
    predicate.kind === 'necessity' || predicate.kind === 'review' || predicate.kind === 'decision' || after.length === 0 ||
    (after.length === 1 && W.judgedNouns.has(after[0].text) && groupEnd < k);
  if (subject.demonstrative && !group.medically && !verdictWord) tier = Tier.Other;
  if (heading) {
    // A label says the words after it are the verdict; the item's name is as good as "the request". A
    // heading naming something else concludes about it only in the words of necessity: "Soma not
    // medically necessary", not "Soma needed" nor "Opioids not recommended".
    const necessityWords = predicate.kind === 'necessity' || group.medically;
    // Terse notes of the claim's history look the same: "Norco non-certified 4/2/14", "Norco certified
    // once". A verdict ends its clause, and one of review words says nothing more.
    if (after.some((w) => /\d/.test(w.text)) || ((predicate.kind === 'review' || predicate.kind === 'decision') && after.length > 0 && !heading.label)) return undefined;
    if (heading.label) tier = Tier.Bare;
    else if (W.weakAlone.has(word) || subject.history || subject.guideline || subject.patient || subject.reviewer) return undefined;
    else if (tier !== Tier.Request && !necessityWords) return undefined;
  } else if (tier === Tier.Bare) {
    // A verdict standing alone: nothing before it but "Therefore," and the like, and no copula
    // standing for a subject written in an earlier clause.
    for (let i = 0; i < group.start; i++) {
      if (words[i].isWord && !W.clauseWords.has(words[i].text) && words[i].text !== 'as' && words[i].text !== 'such' && words[i].text !== 'in' && words[i].text !== 'conclusion' && words[i].text !== 'summary') return undefined;
    }
    const necessityWords = predicate.kind === 'necessity' || group.medically;
    // After the opening sentence, a bare verdict in other words than necessity may be a guideline's or a
    // note's ("Not recommended."), unless the reviewer draws it ("Hence not certified.", "Thus
    // non-certified.") or says it of this case ("Not indicated at this juncture.").
    if (r.index > 0 && !necessityWords && !drawnVerdict(words, k) && !saidOfThisCase(after)) return undefined;
  } else if (!group.copula) {
    return undefined;
  }
  if (subject.reviewer) return undefined;
  if (W.decisionOnly.has(word) && !subject.denial) return undefined;
  // "Needed" says little of something else ("further evaluation is needed"); of the request or the treatment, it concludes.
  if (W.weakAlone.has(word) && !group.medically && !subject.request && !subject.item && (subject.other || subject.empty)) return undefined;
  if (tier === Tier.Other) {
    if (subject.patient || predicate.kind === 'review' || predicate.kind === 'decision' || word === 'recommended' || word === 'needed') return undefined;
  }
  let polarity: W.Polarity = predicate.polarity;
  if (group.negations % 2 === 1) polarity = -polarity as W.Polarity;
  // "The UR denial is appropriate / upheld": said of the denial, the request is not necessary.
  if (subject.denial && (predicate.kind === 'quality' || predicate.kind === 'review')) polarity = -polarity as W.Polarity;
  // "should be authorized / reversed" directs the outcome; "should be reasonable" is a possibility. "I
  // would consider it reasonable" is the reviewer's own stance, as "I would support it" is.
  const directive = (group.modal === 'should' && (predicate.kind === 'review' || predicate.kind === 'decision')) || (judged !== undefined && group.modal === 'would');
  if (polarity === 1 && group.modal && W.possibilities.has(group.modal) && !directive) return undefined;
  if (group.modal && W.hedges.has(group.modal)) return undefined;
  if (polarity === 1 && (conditionedAt(r, k) || hasConditional(after))) return undefined;
  if (polarity === -1) {
    for (let i = Math.max(0, subjectStart - 1); i < k; i++) if (isCondition(words, i)) return undefined;
  }
  const explicit = subject.request || subject.denial;
  if (!explicit && !group.medically && predicate.kind !== 'necessity' && general(after)) return undefined;
  // "The requested diclofenac gel is approved for osteoarthritis of the knee": a drug's licensed indication,
  // said of the treatment whatever the subject calls it, not the reviewer's finding. Said of this patient, or
  // for a course ("approved for 6 sessions"), it is one.
  if (W.licensingPredicates.has(word) && (subject.item || subject.other) && !subject.denial && !group.medically && general(after) && !forACourse(after)) return undefined;
  // The guidelines' own statements ("ODG: not recommended", "per MTUS, opioids are not indicated"),
  // unless the subject names the request or the item.
  // Guidelines do not certify or deny: "…, and it should be authorized" after a clause naming the guideline is
  // the reviewer's.
  const reviewersAct = predicate.kind === 'review' || predicate.kind === 'decision';
  if (!explicit && !subject.item && predicate.kind !== 'necessity' && !group.medically && (subject.guideline || (r.firstGuideline < subjectStart && !reviewersAct))) return undefined;
  const frame = frameBefore(words, boundary);
  if (frame.history || (frame.guideline && !explicit)) return undefined;
  // "The UR decision is upheld": the history words name the decision the finding is about.
  const historyMatters = !subject.denial;
  if (historyMatters && (subject.history || historyAfter(after))) return undefined;
  if ((predicate.kind === 'review' || predicate.kind === 'decision') && group.past) return undefined;
  // "approved by the FDA", "certified by the carrier": someone else's act.
  if (predicate.kind === 'review' && after[0]?.text === 'by') return undefined;
  if (tier === Tier.Bare && after.length > 4) tier = Tier.Generic;
  const found = framed(finding(r.words, polarity, tier, subjectStart, namedEnd, sentence), frame);
  if (predicate.kind === 'necessity' || group.medically) found.necessity = true;
  return found;
}

/** Words opening the object of a verb of judgement that find the absence of what follows. */
const absenceWords: ReadonlySet<string> = new Set(['no', 'nothing', 'insufficient', 'inadequate', 'little', 'minimal']);

/** The most words the object of a verb of judgement may hold: "post-operative physical therapy 12 sessions for the right shoulder". */
const MAX_JUDGED_OBJECT = 16;

/**
 * "I find the request medically necessary", "the undersigned does not consider Norco to be appropriate",
 * "we regard it as reasonable": the reviewer's verb of judgement before the object a predicate at `end`
 * judges. Returns the verb's index, the negations and modal of its own verb group ("cannot find", "is
 * unable to find"), the clause boundary before its subject, and whose voice it is: `other` when its
 * subject is someone else ("the AME considers it reasonable", "UR found it unnecessary", "the treating
 * physician believes Norco is necessary"), whose opinion is no finding. Undefined when no such verb
 * stands there or its subject names no one ("the medication found in the records"): read as before.
 */
function judgementBefore(
  r: Reading, end: number,
): { verb: number; negations: number; modal?: string; boundary: number; voice: 'reviewer' | 'other' } | undefined {
  const words = r.words;
  let v = end - 1;
  for (; v >= 0 && end - v <= MAX_JUDGED_OBJECT; v--) {
    const w = words[v];
    const bracket = w.text === '(' || w.text === ')';
    // "I find the cognitive behavioral therapy, 6 sessions, to be medically necessary": an appositive between
    // two commas, the second just before the complement, stays inside the object.
    if (w.text === ',' && v === end - 1) {
      const opening = appositiveOpening(words, v);
      if (opening > 0) {
        v = opening;
        continue;
      }
    }
    if (w.quoted || (!w.isWord && !bracket)) return undefined;
    if (W.complementVerbs.has(w.text)) break;
    if (isFunctionWord(words, v, W.clauseWords)) return undefined;
  }
  // "…, which I find reasonable": a verb with no object after it.
  if (v < 0 || end - v > MAX_JUDGED_OBJECT || v === end - 1) return undefined;
  const group = verbGroupBefore(words, v);
  const { start, boundary } = subjectBefore(words, group.start);
  if (group.start === start) return undefined;
  const subject = readSubject(words, start, group.start, r.itemWords);
  // "I find no evidence the request is necessary", "I found nothing to suggest it is": what the reviewer
  // finds is the absence of the finding.
  const absence = absenceWords.has(words[v + 1].text) ? 1 : 0;
  if (subject.reviewer && !subject.history && !subject.guideline && !subject.patient) {
    return { verb: v, negations: group.negations + absence, modal: group.modal, boundary, voice: 'reviewer' };
  }
  if (subject.history || subject.guideline || subject.patient || hasWord(words, start, group.start, W.otherVoices)) {
    return { verb: v, negations: group.negations, modal: group.modal, boundary, voice: 'other' };
  }
  return undefined;
}

/**
 * The comma opening an appositive closed by the comma at `closing` ("the therapy, 6 sessions, to be …",
 * "the request, as written, to be …"), or -1: a few plain words with no negation, which would turn the
 * finding round unseen, and no clause word, which would start another clause ("Although I find his pain
 * real, the request …").
 */
function appositiveOpening(words: readonly Word[], closing: number): number {
  for (let j = closing - 1; j > 0 && closing - j <= MAX_ASIDE + 1; j--) {
    const w = words[j];
    if (w.quoted) return -1;
    if (w.isWord) {
      if (W.negators.has(w.text) || isFunctionWord(words, j, W.clauseWords)) return -1;
      continue;
    }
    return w.text === ',' && j < closing - 1 && words[j - 1].isWord ? j : -1;
  }
  return -1;
}

/** Words that may open a verdict before its heading: "Therefore, Norco not medically necessary." */
const headingLeads: ReadonlySet<string> = new Set(['therefore', 'thus', 'hence', 'so', 'overall', 'accordingly', 'consequently', 'ultimately', 'finally']);
/** Two-word openings of the same kind: "in conclusion", "as such". */
const headingLeadPairs: ReadonlySet<string> = new Set(['in conclusion', 'in summary', 'in short', 'in sum', 'as such', 'to summarize', 'to conclude']);
/** The marks that end a heading: "Verdict: …", "Terocin patches #30 - …", "Verdict — …". */
const headingMarks: ReadonlySet<string> = new Set([':', '-', '\u2013', '\u2014']);
const MAX_HEADING = 12;
const MAX_HEADING_LEAD = 4;
/** Words of a verb group that make the words before a predicate a clause, not a heading. */
const verbWords: ReadonlySet<string> = new Set([...W.copulas, ...W.negators, ...W.modals, 'has', 'have', 'had', 'does', 'do', 'did', 'to']);

/**
 * The heading of a verdict without a verb: the words from the sentence's start (past "Therefore," and
 * the like) to the verb group at `end`, with a colon or dash after them or not, when they are a noun
 * phrase of plain words. `label` when a mark ends them and they are only words such as "verdict",
 * "conclusion" or "medical necessity". Undefined when anything else stands there: a clause, a quotation,
 * a second mark ("MTUS: Terocin not recommended").
 */
function verdictHeading(words: readonly Word[], end: number): { start: number; end: number; label: boolean } | undefined {
  let i = 0;
  while (i < end && i < MAX_HEADING_LEAD) {
    const t = words[i].text;
    if (words[i].isWord && headingLeads.has(t)) i++;
    else if (t === ',' && i > 0) i++;
    else if (i + 1 < end && headingLeadPairs.has(`${t} ${words[i + 1].text}`)) i += 2;
    else break;
  }
  const start = i;
  let stop = end;
  const marked = stop > start && headingMarks.has(words[stop - 1].text);
  if (marked) stop--;
  if (stop <= start || stop - start > MAX_HEADING) return undefined;
  let label = marked;
  for (let j = start; j < stop; j++) {
    const w = words[j];
    // A heading with a mark after it may hold commas, as an item's name does ("Acupuncture 6 sessions, cervical spine:").
    if (marked && w.text === ',' && j > start) continue;
    if (!w.isWord || w.quoted || verbWords.has(w.text) || (predicateWords.has(w.text) && !W.verdictLabels.has(w.text)) || isFunctionWord(words, j, W.clauseWords)) return undefined;
    if (!W.verdictLabels.has(w.text)) label = false;
  }
  // "… necessary and appropriate": a heading does not end in a conjunction.
  const last = words[stop - 1].text;
  if (last === 'and' || last === 'or') return undefined;
  return { start, end: stop, label };
}

/** "is (not) a medical necessity", "there is no medical necessity". */
function readNecessityNoun(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  let at = k - 1; // "medical"
  let negations = 0;
  const before = words[at - 1]?.text;
  // "The preoperative EKG lacks medical necessity", "I find no medical necessity for naproxen".
  if (before !== undefined && W.lackVerbs.has(before)) return readHaving(r, sentence, k, at - 1, -1);
  if (before === 'no' && W.findVerbs.has(words[at - 2]?.text ?? '')) return readHaving(r, sentence, k, at - 2, -1);
  if (words[at - 1]?.text === 'a') at--;
  else if (words[at - 1]?.text === 'no') {
    at--;
    negations++;
  } else return undefined;
  const found = readState(r, sentence, k, { kind: 'necessity', polarity: 1 }, at);
  if (found && negations) found.polarity = -found.polarity as W.Polarity;
  return found;
}

/** "X lacks medical necessity", "I find no medical necessity for X": the verb at `verb` says whether X has it. */
function readHaving(r: Reading, sentence: Sentence, k: number, verb: number, polarity: W.Polarity): Finding | undefined {
  const words = r.words;
  const group = verbGroupBefore(words, verb);
  const { start: subjectStart, boundary } = subjectBefore(words, group.start);
  const subject = readSubject(words, subjectStart, group.start, r.itemWords);
  if (subject.history || subject.guideline || (boundary >= 0 && W.relativePronouns.has(words[boundary].text))) return undefined;
  if (group.modal && W.possibilities.has(group.modal)) return undefined;
  if (conditionedAt(r, k)) return undefined;
  let found = polarity;
  if (group.negations % 2 === 1) found = -found as W.Polarity;
  // "I find no medical necessity for naproxen": the object names what the finding is about.
  if (subject.reviewer) {
    const object = objectAfter(r, k);
    const tier = object.request || object.item ? Tier.Request : Tier.Generic;
    return finding(words, found, tier, k + 1, k + 1 + object.words.length, sentence);
  }
  const tier = tierOf(subject);
  if (tier === Tier.Bare) return undefined;
  return finding(words, found, tier, subjectStart, group.start, sentence);
}

/** "Medical necessity has not been established", "the guideline criteria are met". */
function readParticiple(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  const group = verbGroupBefore(words, k);
  // "Medical necessity: not shown.", "Criteria not met.": the verdict without a verb under its heading.
  const heading = group.copula ? undefined : verdictHeading(words, group.start);
  if (!group.copula && !(heading && !group.modal && !historyAfter(afterWords(words, k)))) return undefined;
  // As with a state: "medical necessity, in my view, has not been established".
  const { start: subjectStart, boundary, aside } = heading ? { start: heading.start, boundary: -1, aside: undefined } : subjectBefore(words, group.start, true);
  const subjectEnd = heading ? heading.end : group.start;
  const subject = readSubject(words, subjectStart, subjectEnd, r.itemWords, aside);
  if (!subject.necessity || subject.history || subject.reviewer) return undefined;
  if (boundary >= 0 && W.relativePronouns.has(words[boundary].text)) return undefined;
  if (boundary >= 0 && embeddedQuestion(words, boundary)) return undefined;
  const frame = frameBefore(words, boundary);
  if (frame.history) return undefined;
  let polarity: W.Polarity = group.negations % 2 === 1 ? -1 : 1;
  if (subject.negativeDeterminer) polarity = -polarity as W.Polarity;
  if (group.modal && (W.hedges.has(group.modal) || (polarity === 1 && W.possibilities.has(group.modal)))) return undefined;
  if (polarity === 1 && (conditionedAt(r, k) || hasConditional(afterWords(words, k)))) return undefined;
  const tier = subject.request || subject.item ? Tier.Request : subject.other ? Tier.Other : Tier.Generic;
  return framed(finding(r.words, polarity, tier, subjectStart, subjectEnd, sentence), frame);
}

/** The object after a verb, up to the clause's end: which words it holds. */
function objectAfter(r: Reading, k: number): { request: boolean; item: boolean; generic: boolean; criteria: boolean; denial: boolean; words: Word[] } {
  const o = { request: false, item: false, generic: false, criteria: false, denial: false, words: [] as Word[] };
  for (let i = k + 1; i < r.words.length && i - k <= MAX_OBJECT; i++) {
    const w = r.words[i];
    if (!w.isWord || (i > k + 1 && W.clauseWords.has(w.text))) break;
    o.words.push(w);
    const t = w.text;
    if (W.requestWords.has(t) || t === 'necessity' || W.approvalNouns.has(t)) o.request = true;
    if (W.denialNouns.has(t)) {
      o.request = true;
      o.denial = true;
    }
    if (r.itemWords.has(t)) o.item = true;
    if (t === 'it' || t === 'this' || t === 'its' || t === 'them' || t === 'continued' || t === 'ongoing' || t === 'further') o.generic = true;
    if (W.criteriaWords.has(t)) o.criteria = true;
  }
  return o;
}

/** "The request (does not) meet(s) the guideline criteria". */
function readMeet(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  const object = objectAfter(r, k);
  if (!object.criteria) return undefined;
  const group = verbGroupBefore(words, k);
  const { start: subjectStart, boundary } = subjectBefore(words, group.start);
  const subject = readSubject(words, subjectStart, group.start, r.itemWords);
  if (subject.guideline || subject.history || subject.reviewer || subject.empty) return undefined;
  if (boundary >= 0 && W.relativePronouns.has(words[boundary].text)) return undefined;
  if (boundary >= 0 && embeddedQuestion(words, boundary)) return undefined;
  const frame = frameBefore(words, boundary);
  if (frame.history) return undefined;
  let polarity: W.Polarity = group.negations % 2 === 1 ? -1 : 1;
  if (group.modal && (W.hedges.has(group.modal) || (polarity === 1 && W.possibilities.has(group.modal)))) return undefined;
  if (polarity === 1 && (conditionedAt(r, k) || hasConditional(object.words))) return undefined;
  if (subject.negativeDeterminer) polarity = -polarity as W.Polarity;
  const tier = subject.request || subject.item ? Tier.Request : subject.patient || !subject.other ? Tier.Generic : Tier.Other;
  if (tier === Tier.Other) return undefined;
  return framed(finding(r.words, polarity, tier, subjectStart, group.start, sentence), frame);
}

/** "The records do not support the request", "there is no documentation to support its use". */
function readSupport(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  const object = objectAfter(r, k);
  if (!object.request && !object.item && !object.generic) return undefined;
  const group = verbGroupBefore(words, k);
  // A passive "is supported" is a state ("the request is supported"), read by readState; "this reviewer
  // is unable to support the request" is the reviewer's act.
  if (group.copula && words[k - 1]?.text !== 'to') return undefined;
  // "Lidocaine is only supported in the patch form": passive too, the restriction between its words.
  if (words[k - 1]?.text === 'only' && verbGroupBefore(words, k - 1).copula) return undefined;
  const { start: subjectStart, boundary } = subjectBefore(words, group.start);
  const subject = readSubject(words, subjectStart, group.start, r.itemWords);
  if (subject.history || subject.empty) return undefined;
  if (boundary >= 0 && W.relativePronouns.has(words[boundary].text)) return undefined;
  const frame = frameBefore(words, boundary);
  if (frame.history) return undefined;
  // The guidelines supporting a drug in general is no finding; supporting "the request" is.
  if ((subject.guideline || r.firstGuideline < subjectStart) && !object.request) return undefined;
  let polarity: W.Polarity = group.negations % 2 === 1 ? -1 : 1;
  // "I would support this request" is the reviewer's own stance, not a possibility.
  const stance = subject.reviewer && group.modal === 'would';
  if (group.modal && (W.hedges.has(group.modal) || (polarity === 1 && W.possibilities.has(group.modal) && !stance))) return undefined;
  if (subject.negativeDeterminer) polarity = -polarity as W.Polarity;
  // "X merits denial": supporting the denial is finding against the request.
  if (object.denial) polarity = -polarity as W.Polarity;
  if (polarity === 1 && (conditionedAt(r, k) || hasConditional(object.words))) return undefined;
  const tier = object.request || object.item ? Tier.Request : Tier.Generic;
  const objectStart = k + 1;
  return framed(finding(r.words, polarity, tier, objectStart, objectStart + object.words.length, sentence), frame);
}

/** "I recommend non-certification", "I uphold the UR decision", "Recommend certification." */
function readReviewerAct(r: Reading, sentence: Sentence, k: number, act: W.Polarity | 0): Finding | undefined {
  const words = r.words;
  const group = verbGroupBefore(words, k);
  if (group.copula) return undefined;
  const { start: subjectStart } = subjectBefore(words, group.start);
  const subject = readSubject(words, subjectStart, group.start, r.itemWords);
  const imperative = subject.empty && subjectStart === 0;
  // "There is no reason (not) to certify this request", "I see no basis to deny it".
  const noReason = subject.negativeDeterminer && words[k - 1]?.text === 'to' && hasWord(words, subjectStart, group.start, W.reasonNouns);
  // "It is reasonable to approve the splint", "it is not appropriate to certify": the adjective judges the act.
  const judged = judgedAct(r, k);
  if (judged !== undefined) {
    const object = objectAfter(r, k);
    if (judged === null || act === 0 || conditionedAt(r, k) || hasConditional(object.words)) return undefined;
    const polarity = (act * judged) as W.Polarity;
    return finding(r.words, polarity, Tier.Request, k + 1, k + 1 + object.words.length, sentence);
  }
  if (!(subject.reviewer && !subject.guideline && !subject.history) && !imperative && !noReason) return undefined;
  let polarity: W.Polarity | 0 = act;
  const object = objectAfter(r, k);
  // "I disagree with the reviewer and would certify X": the object ends where a clause of its own begins.
  const joined = object.words.findIndex((_, i) => i > 0 && newClauseAt(object.words, i));
  const objectWords = joined > 0 ? object.words.slice(0, joined) : object.words;
  if (act === 0) {
    const agreedWith = objectWords;
    for (const w of agreedWith) {
      const outcome = W.recommendedOutcomes.get(w.text);
      if (outcome !== undefined && !(w.text.startsWith('cert') && agreedWith[agreedWith.indexOf(w) - 1]?.text === 'non')) {
        polarity = outcome;
        break;
      }
      if (w.text === 'against') {
        polarity = -1;
        break;
      }
      if (W.requestWords.has(w.text) || w.text === 'this' || w.text === 'it') {
        polarity = 1;
        break;
      }
    }
    if (agreedWith.some((w) => w.text === 'non')) polarity = -1;
    // "I agree with the UR decision": what utilization review decided was a denial.
    if (polarity === 0 && agreedWith.some((w) => W.decisionNouns.has(w.text) || W.historyWords.has(w.text) || w.text === 'reviewer')) polarity = -1;
    if (polarity !== 0 && W.disagreeVerbs.has(words[k].text)) polarity = -polarity as W.Polarity;
  }
  if (polarity === 0) return undefined;
  if (group.negations % 2 === 1) polarity = -polarity as W.Polarity;
  if (noReason) polarity = -polarity as W.Polarity;
  if (group.modal && (W.hedges.has(group.modal) || group.modal === 'could')) return undefined;
  if (conditionedAt(r, k) || hasConditional(objectWords)) return undefined;
  return finding(r.words, polarity, Tier.Request, k + 1, k + 1 + objectWords.length, sentence);
}

/**
 * "(It) is (not) reasonable to <act>": the polarity the adjective gives the act, when the act follows
 * "to" after a quality predicate whose subject is "it", "this" or nothing.
 */
function judgedAct(r: Reading, k: number): W.Polarity | null | undefined {
  const words = r.words;
  if (words[k - 1]?.text !== 'to') return undefined;
  const word = words[k - 2]?.text ?? '';
  const adjective = W.statePredicates.get(word) ?? W.possibilityAdjectives.get(word);
  if (!adjective || adjective.kind !== 'quality') return undefined;
  const group = verbGroupBefore(words, k - 2);
  // "I do not consider it appropriate to certify", "the undersigned finds it impossible to approve": the
  // reviewer's verb of judgement stands for the copula, with "it" as its object.
  const object = words[k - 3]?.text;
  const judged = !group.copula && (object === 'it' || object === 'this') ? judgementBefore(r, k - 2) : undefined;
  if (judged?.voice === 'other') return null;
  if (!group.copula && !judged) return undefined;
  const negations = group.negations + (judged?.negations ?? 0);
  const modal = group.modal ?? judged?.modal;
  const polarity = (negations % 2 === 1 ? -adjective.polarity : adjective.polarity) as W.Polarity;
  // "It would be reasonable to approve" is a possibility; "it would be inappropriate to approve" a verdict.
  // "It is possible to certify" says what could be done, "it is not possible to certify" what cannot.
  if (modal && W.possibilities.has(modal) && polarity === 1 && !(judged && modal === 'would')) return null;
  if (polarity === 1 && W.possibilityAdjectives.has(word)) return null;
  if (judged) return polarity;
  const { start } = subjectBefore(words, group.start);
  const subject = words.slice(start, group.start).filter((w) => w.isWord).map((w) => w.text);
  if (subject.length > 1 || (subject.length === 1 && subject[0] !== 'it' && subject[0] !== 'this')) return undefined;
  return polarity;
}

function hasWord(words: readonly Word[], start: number, end: number, set: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (words[i].isWord && set.has(words[i].text)) return true;
  return false;
}

/** "The recommendation is for denial", "my recommendation is to certify". */
function readRecommendation(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  let i = k + 1;
  let negations = 0;
  while (i < words.length && i - k <= 4 && (W.copulas.has(words[i].text) || words[i].text === 'for' || words[i].text === 'to' || words[i].text === ':' || words[i].text === 'therefore' || words[i].text === 'not')) {
    if (words[i].text === 'not') negations++;
    i++;
  }
  if (i === k + 1 || i >= words.length) return undefined;
  const outcome = W.recommendedOutcomes.get(words[i].text);
  if (outcome === undefined) return undefined;
  const { start: subjectStart } = subjectBefore(words, k);
  const subject = readSubject(words, subjectStart, k, r.itemWords);
  if (subject.history || subject.guideline) return undefined;
  const polarity: W.Polarity = negations % 2 === 1 ? (-outcome as W.Polarity) : outcome;
  // The recommendation names no treatment: it has no subject to compare with the item.
  return finding(r.words, polarity, Tier.Request, k, k, sentence);
}

function readAt(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  const t = words[k].text;
  const state = W.statePredicates.get(t);
  if (state) {
    // "This is not a reasonable request": the adjective before the noun it judges.
    const article = words[k - 1]?.text === 'a' || words[k - 1]?.text === 'an';
    const judged = article && W.judgedNouns.has(words[k + 1]?.text ?? '');
    const found = readState(r, sentence, k, state, judged ? k - 1 : k);
    if (found) return found;
  }
  if (t === 'necessity' && words[k - 1]?.text === 'medical') return readNecessityNoun(r, sentence, k);
  if (W.meetVerbs.has(t)) {
    const found = readMeet(r, sentence, k);
    if (found) return found;
  }
  if (W.participles.has(t)) {
    const found = readParticiple(r, sentence, k);
    if (found) return found;
  }
  // "The request has (no) merit", "lacks merit".
  if (t === 'merit') {
    const before = words[k - 1]?.text ?? '';
    if (before === 'has' || before === 'have') return readHaving(r, sentence, k, k - 1, 1);
    if (before === 'no' && (words[k - 2]?.text === 'has' || words[k - 2]?.text === 'have')) return readHaving(r, sentence, k, k - 2, -1);
    if (W.lackVerbs.has(before)) return readHaving(r, sentence, k, k - 1, -1);
  }
  if (W.indicationNouns.has(t) && words[k + 1]?.text === 'for') {
    const found = readNoIndication(r, sentence, k);
    if (found) return found;
  }
  if (W.supportVerbs.has(t)) return readSupport(r, sentence, k);
  const act = W.reviewerActs.get(t);
  if (act !== undefined) return readReviewerAct(r, sentence, k, act);
  if (t === 'recommendation') return readRecommendation(r, sentence, k);
  return undefined;
}

/** How many modifiers may stand between "no" and the noun: "no clear medical indication". */
const MAX_INDICATION_MODIFIERS = 2;

/**
 * "There is no indication for the request", "there's no need for further therapy", "there isn't any
 * indication for it", "I see no justification for it": a finding against the request, when what follows
 * "for" is the request, the item or "it". Other treatments ("no indication for surgery") are context.
 */
function readNoIndication(r: Reading, sentence: Sentence, k: number): Finding | undefined {
  const words = r.words;
  let d = k - 1;
  while (d > 0 && k - d <= MAX_INDICATION_MODIFIERS && W.indicationModifiers.has(words[d].text)) d--;
  const determiner = words[d]?.text;
  if (determiner !== 'no' && determiner !== 'any') return undefined;
  const there = words[d - 1]?.text === "there's";
  const group = verbGroupBefore(words, there ? d - 1 : d);
  // "There isn't any indication": "any" needs the negation "no" carries.
  if ((determiner === 'any') === (group.negations % 2 === 0)) return undefined;
  if (group.past || (group.modal && W.possibilities.has(group.modal))) return undefined;
  const { start: subjectStart, boundary } = subjectBefore(words, there ? d - 1 : group.start);
  const subject = readSubject(words, subjectStart, there ? d - 1 : group.start, r.itemWords);
  const subjectWords = words.slice(subjectStart, there ? d - 1 : group.start).filter((w) => w.isWord).map((w) => w.text);
  const existential = there ? subjectWords.length === 0 : group.copula && subjectWords.length === 1 && subjectWords[0] === 'there';
  const reviewerFinds = !group.copula && subject.reviewer && !subject.history && !subject.guideline && W.findVerbs.has(words[(there ? d - 1 : d) - 1]?.text ?? '');
  if (!existential && !reviewerFinds) return undefined;
  if (boundary >= 0 && W.relativePronouns.has(words[boundary].text)) return undefined;
  const frame = frameBefore(words, boundary);
  if (frame.history || frame.guideline || conditionedAt(r, k)) return undefined;
  const object = objectAfter(r, k + 1);
  const objectStart = k + 2;
  const objectEnd = objectStart + object.words.length;
  // "no indication for therapy unless function improves": a condition, not a finding.
  if (hasConditional(object.words) || (objectEnd < words.length && isCondition(words, objectEnd))) return undefined;
  // The request or the item by name; otherwise only a pronoun ("for it", "for its continued use"): "no
  // indication for surgery" under a therapy item is context, whatever treatment it names.
  const named = object.request || object.item;
  if (!named && !(object.words.length > 0 && object.words.every((w) => pronounObject.has(w.text)))) return undefined;
  return framed(finding(words, -1, named ? Tier.Request : Tier.Generic, objectStart, objectEnd, sentence), frame);
}

/** What may follow "no indication for" and stand for the request: "it", "its continued use". */
const pronounObject: ReadonlySet<string> = new Set(['it', 'this', 'them', 'its', 'their', 'use', 'continued', 'ongoing', 'further', 'more', 'additional', 'the', 'same']);

/** The most words the subject of a clause with its predicate left out may hold: "the request as written". */
const MAX_ELIDED_SUBJECT = 6;

/**
 * "Weaning is indicated; the request as written is not.", "Tapering is appropriate, but continued use
 * isn't.": a clause after a finding in the same sentence, its predicate left out and negated. A finding
 * against its own subject, when that subject is the request or the item.
 */
function readElided(r: Reading, sentence: Sentence, earlier: Finding): Finding | undefined {
  if (earlier.polarity !== 1) return undefined;
  const words = r.words;
  let e = words.length - 1;
  while (e >= 0 && !words[e].isWord) e--;
  if (e < 2 || words[e].quoted) return undefined;
  let verb: number;
  if (words[e].text === 'not' && (words[e - 1].text === 'is' || words[e - 1].text === 'are')) verb = e - 1;
  else if (words[e].text === "isn't" || words[e].text === "aren't") verb = e;
  else return undefined;
  // The clause opens after a semicolon, or with "but" / "while" / "whereas".
  let open = -1;
  for (let i = verb - 1; i >= 0 && verb - i <= MAX_ELIDED_SUBJECT + 1; i--) {
    const t = words[i].text;
    if (t === ';' || t === 'but' || t === 'while' || t === 'whereas') {
      open = i;
      break;
    }
    if (!words[i].isWord) return undefined;
  }
  if (open < 0 || open + 1 >= verb) return undefined;
  const earlierEnd = earlier.subject ? earlier.subject.end : -1;
  if (words[open].start < earlierEnd) return undefined;
  const subject = readSubject(words, open + 1, verb, r.itemWords);
  if (!subject.request && !subject.item) return undefined;
  if (subject.reviewer || subject.patient || subject.history || subject.guideline || subject.denial) return undefined;
  // Said in passing after another finding: a finding on the request written out in full outranks it.
  return { ...finding(words, -1, Tier.Generic, open + 1, verb, sentence), elided: true };
}

/** How many sentences before a short verdict a finding it says again may stand: the one just before. */
const MAX_RESTATED_DISTANCE = 1;

/**
 * The finding a short verdict says again: "The CPM machine is not medically necessary. Non-certify.",
 * "Norco 10/325mg #90 is not medically necessary. Weaning is indicated; the request as written is not."
 * A finding in the sentence just before, about something named, in the same direction.
 */
function restatedBefore(
  source: string, sentences: readonly Sentence[], quotes: readonly [number, number][], bestIndex: number, best: Finding, itemWords: ReadonlySet<string>,
): Finding | undefined {
  for (let index = bestIndex - 1; index >= 0 && bestIndex - index <= MAX_RESTATED_DISTANCE; index--) {
    const sentence = sentences[index];
    if (sentence.question || !mayHoldFinding(source, sentence.start, sentence.end)) continue;
    const words = readWords(source, sentence, quotes);
    const reading: Reading = { words, index, firstConditional: firstOf(words, W.conditionals, true), firstGuideline: firstOf(words, W.guidelineWords, false), itemWords };
    let latest: Finding | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!w.isWord || w.quoted || !predicateWords.has(w.text)) continue;
      const found = readAt(reading, sentence, k);
      if (found) latest = found;
    }
    if (latest && latest.subject && latest.polarity === best.polarity && latest.necessity) return latest;
  }
  return undefined;
}

/** Every word a predicate is read at: one lookup decides whether a word needs reading. */
const predicateWords: ReadonlySet<string> = new Set([
  ...W.indicationNouns, ...W.statePredicates.keys(), 'necessity', ...W.meetVerbs, ...W.participles, ...W.supportVerbs, ...W.reviewerActs.keys(), 'recommendation',
]);

function firstOf(words: readonly Word[], set: ReadonlySet<string>, asFunctionWord: boolean): number {
  for (let i = 0; i < words.length; i++) {
    if (!words[i].quoted && (asFunctionWord ? isFunctionWord(words, i, set) : words[i].isWord && set.has(words[i].text))) return i;
  }
  return words.length;
}

const noWords: ReadonlySet<string> = new Set();

/** Words that open a yes-or-no question: "Is the request medically necessary?", "Should it be approved?". */
const questionOpeners: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'should', 'would', 'could', 'can', 'will', 'may', 'might', 'must', 'shall',
]);

/**
 * The yes or no that answers a question in the sentence after it ("… medically necessary? No."): 1 for
 * yes, -1 for no, undefined when the next sentence does not open with either word.
 */
function answerIn(source: string, next: Sentence | undefined): W.Polarity | undefined {
  if (!next) return undefined;
  let end = next.start;
  while (end < next.end && end - next.start < 4 && /[A-Za-z]/.test(source[end])) end++;
  if (end < next.end && /[A-Za-z0-9]/.test(source[end])) return undefined;
  const word = source.slice(next.start, end).toLowerCase();
  return word === 'yes' ? 1 : word === 'no' ? -1 : undefined;
}

/**
 * A yes-or-no question's words in the order of the statement it asks about: the opening verb moves to
 * where the statement has it, before the predicate's "be", "not" and adverbs ("Is the request medically
 * necessary" → "the request is medically necessary"). Undefined when the question does not open with
 * such a verb or names no predicate.
 */
function statementOf(words: readonly Word[]): Word[] | undefined {
  if (words.length < 3 || !words[0].isWord || !questionOpeners.has(words[0].text)) return undefined;
  let at = -1;
  for (let i = 2; i < words.length && at < 0; i++) {
    const t = words[i].text;
    if (t === 'be' || t === 'been' || t === 'not' || predicateWords.has(t)) at = i;
  }
  if (at < 0) return undefined;
  while (at > 2 && words[at - 1].isWord && words[at - 1].text.endsWith('ly')) at--;
  return [...words.slice(1, at), words[0], ...words.slice(at)];
}

/**
 * The rationale's conclusion. `itemWords` are the lower-case words that name the item (its heading's
 * words and its drug's other names): a sentence about them is about the request.
 */
export function findConclusion(source: string, content: Span, itemWords: ReadonlySet<string> = noWords): Conclusion | undefined {
  const sentences = readSentences(source, content.start, content.end);
  const quotes = quotedRanges(source, content.start, content.end);
  // Read from the last sentence back: the last finding about the request is the conclusion, and it
  // usually stands at the end, so the sentences before it are never read. Until one is found, the best
  // of the others is kept, the latest of each tier.
  let best: Finding | undefined;
  // The latest finding about something else that names it: read first, as the reading goes backwards.
  let latestOther: Finding | undefined;
  let bestIndex = -1;
  let bestRestated: Finding | undefined;
  for (let index = sentences.length - 1; index >= 0; index--) {
    let sentence = sentences[index];
    // A question concludes only with its answer after it: "Are 6 more sessions medically necessary? No."
    const answer = sentence.question ? answerIn(source, sentences[index + 1]) : undefined;
    if ((sentence.question && !answer) || !mayHoldFinding(source, sentence.start, sentence.end)) continue;
    let words = readWords(source, sentence, quotes);
    if (answer) {
      const statement = statementOf(words);
      if (!statement) continue;
      words = statement;
      sentence = { start: sentence.start, end: sentences[index + 1].end, question: false };
    }
    let reading: Reading | undefined;
    let inSentence: Finding | undefined;
    // A named finding a later verdict of the same sentence says again, naming nothing ("The physical therapy 8
    // sessions is not medically necessary and the recommendation is for denial"): what that verdict is about.
    let restatedInSentence: Finding | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!w.isWord || w.quoted || !predicateWords.has(w.text)) continue;
      reading ??= { words, index, firstConditional: firstOf(words, W.conditionals, true), firstGuideline: firstOf(words, W.guidelineWords, false), itemWords };
      let found = readAt(reading, sentence, k);
      if (found && answer === -1) found = { ...found, polarity: found.polarity === 1 ? -1 : 1 };
      // A later finding of a sentence wins a tie, unless it only says again, naming nothing, what an earlier
      // one said of a named subject ("the request for X is not medically necessary and the recommendation is for
      // denial").
      const restates = inSentence !== undefined && found?.tier === inSentence.tier && found.polarity === inSentence.polarity && !found.subject && inSentence.subject !== undefined;
      if (found && (!inSentence || found.tier >= inSentence.tier) && !restates) {
        if (inSentence?.subject && !found.subject && found.polarity === inSentence.polarity && inSentence.necessity) restatedInSentence = inSentence;
        inSentence = found;
      }
    }
    if (inSentence) {
      const elided = readElided(reading!, sentence, inSentence);
      if (elided && elided.tier >= inSentence.tier) inSentence = elided;
    }
    if (inSentence && (!best || inSentence.tier > best.tier)) {
      best = inSentence;
      bestIndex = index;
      bestRestated = restatedInSentence;
    }
    if (inSentence?.tier === Tier.Other && inSentence.subject && !latestOther) latestOther = inSentence;
    if (best?.tier === Tier.Request) break;
  }
  if (!best) return undefined;
  const { sentence } = best;
  const conclusion: Conclusion = {
    necessity: best.polarity === 1 ? 'necessary' : 'not-necessary',
    sentence: trimSpan(source, sentence.start, sentence.end),
    strength: best.tier === Tier.Other ? 'implied' : 'stated',
  };
  if (best.subject) conclusion.subject = { ...best.subject, text: source.slice(best.subject.start, best.subject.end) };
  if (latestOther?.subject && latestOther !== best && latestOther.sentence.start > best.sentence.start) {
    conclusion.laterSubject = { ...latestOther.subject, text: source.slice(latestOther.subject.start, latestOther.subject.end) };
  }
  const restatedFinding = !best.subject && bestRestated ? bestRestated : !best.subject || best.elided ? restatedBefore(source, sentences, quotes, bestIndex, best, itemWords) : undefined;
  if (restatedFinding?.subject) {
    conclusion.restatedSubject = { ...restatedFinding.subject, text: source.slice(restatedFinding.subject.start, restatedFinding.subject.end) };
  }
  return conclusion;
}
