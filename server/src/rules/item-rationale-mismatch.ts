// The heading against its rationale: every sentence of the rationale that names the item's drug — the
// request, the current treatment and above all the conclusion ("Ativan 1mg #60" heading, "The request
// for Ativan 0.5mg #30 is not medically necessary") — must give the same strength, quantity and form
// (patch, cream, gel …) where it gives one. Sentences about earlier or changed doses ("was increased
// from 2mg to 4mg", "previously"), and about the guideline's limits ("up to 3 g a day"), may differ on
// purpose and are not compared. The finding is on the heading, with every differing mention related.
import type { Rule } from './types';
import { FoldedText, fold } from '../letter/text';
import { isDrugLike, sameMeasure, signatureOf } from './drug-signature';
import { strengthsOf } from './treatment-match';
import { formOf, mentionAt, sentenceAround } from './drug-mention';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A description without its closing parenthetical aside: "2mg (the heading has 4mg)" is "2mg". */
function withoutAside(text: string): string {
  const open = text.lastIndexOf(' (');
  return open >= 0 && text.endsWith(')') ? text.slice(0, open) : text;
}

/** Any of `names` as a word: an alternation of literals, each tried at each position once. */
export function mentionsOf(names: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'gi');
}

/**
 * A sentence about another dose than the one requested: a change, the past, or the guideline's limits. A dose
 * authorised or certified is another than the one decided; one "non-certified" or "not authorized" is the
 * request itself, refused ("The request for tizanidine 4mg #120 is non-certified"). "Not approved" stays
 * another's: it is also what the FDA says of a drug.
 */
const otherDose =
  /\b(?:titrated|titrating|tapered|tapering|weaned|weaning|switched|changed|converted|started|initiated|previously|prior|formerly|initially|originally|used\sto|had\sbeen|was\son|was\staking|last\s(?:year|month)|in\s(?:19|20)\d\d|maximum|max\b|up\sto(?!\s(?:once|twice|three\stimes|four\stimes|\d\stimes)\b)|exceed|not\sto\sexceed|recommended\s(?:dose|dosing|starting)|starting\sdose|dosing|guidelines?\s(?:state|recommend|support|limit)|MTUS\s(?:state|recommend)|ODG\s(?:state|recommend)|from\s\d(?!\d?\/10\b)|(?<!non-|not\s)(?:authori[sz]ed|certified)|approved|modified|allowed|original\srequest)/i;

/**
 * A dose taken, not the product's strength: the drug's name with an amount per day or per intake ("Hydrocodone
 * 20mg twice daily is 40 mg/day", "oxycodone 40 mg per day", "hydrocodone 30mg a day, 30 MME").
 */
const dailyDose =
  /^[A-Za-z][\w-]{0,30}(?:\s[A-Za-z][\w-]{0,15})?\s\d{1,4}(?:\.\d{1,3})?\s?(?:mg|mcg)\b\s?(?:\/\s?(?:day|d)\b|per\s(?:day|dose)\b|a\sday\b|daily\b|twice\b|three\stimes\b|four\stimes\b|b\.?i\.?d\b|t\.?i\.?d\b|q\.?i\.?d\b|every\b|q\s?\d|mme\b|morphine\b)/i;

/** Whether `amount` ("20mg") is a whole multiple, two or more, of `strength` ("10mg"). */
function wholeMultiple(amount: string, strength: string): boolean {
  const a = parseFloat(amount);
  const b = parseFloat(strength);
  if (!(a > 0 && b > 0) || a <= b) return false;
  const ratio = a / b;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** Verbs of a change, of a dose ("was reduced to 300mg") or of a symptom ("has reduced the leg pain"). */
const changeVerbs = /\b(?:increased|increasing|decreased|decreasing|reduced|reducing)\b/gi;
/** What a symptom's change speaks of: the pain, its score, the spasm. */
const symptomWord = /\b(?:pain|symptoms?|spasms?|numbness|tingling|swelling|scores?|vas|nrs|headaches?|nausea|anxiety|mood|function)\b/i;
/** What a dose's change speaks of. */
const doseWord = /\b(?:dose|doses|dosage|dosing|tablets?|capsules?|frequency)\b|\d\s?(?:mg|mcg|ml|g)\b|#\s?\d/i;
/** A change verb changes a symptom when a symptom follows it (before any dose), or stands just before it ("pain was reduced"). */
const symptomBefore = /\b(?:pain|symptoms?|spasms?|scores?)\s(?:(?:has|have|was|were|is|had)\s)?(?:been\s)?$/i;

/** Whether a sentence speaks of another dose: a change of the dose (not of the pain), the past, the guideline's limits. */
function aboutOtherDose(sentence: string): boolean {
  if (otherDose.test(sentence)) return true;
  changeVerbs.lastIndex = 0;
  for (let m = changeVerbs.exec(sentence); m; m = changeVerbs.exec(sentence)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const ofSymptom = (symptomWord.test(after) && !doseWord.test(after)) || symptomBefore.test(sentence.slice(Math.max(0, m.index - 30), m.index));
    if (!ofSymptom) return true;
  }
  return false;
}

/**
 * A count of sessions, visits or treatments: "12 sessions", "8 additional visits", and with the treatment's own
 * words between ("12 chiropractic visits", "6 more physical therapy sessions"). Words of time or of a share
 * ("2 weekly visits", "6 of the visits") are no part of the treatment's name.
 */
const sessionCount =
  /\b(\d{1,3})\s(?:(?!(?:of|the|a|an|to|in|per|over|and|or|for|with|by|times|weekly|monthly|daily|week|weeks|month|months|day|days|hours?|minutes?|years?)\b)[a-z]{2,20}\s){0,3}(sessions?|visits?|treatments?)\b/gi;
/** A count said to be the request's: "the 8 sessions requested", "the request for 8 sessions". */
const requestedAfter = /^\s(?:requested|being\srequested|under\sreview|at\sissue|in\sdispute)\b/i;
const requestedBefore =
  /\b(?:request\s(?:for|of)|request\s(?:(?:under\s(?:review|consideration)|at\sissue|in\sdispute)\s)?(?:is|was)(?:\sfor)?|requested|requesting|requests|asked\sto\sreview)\s(?:(?:an?|the)\s)?$/i;
/**
 * A sentence about another course than the one requested: one that utilization review changed, one done, or the
 * original request of which only a remaining portion is decided.
 */
const otherCourse = /\b(?:modified|(?<!non-)certified|authori[sz]ed|approved|allowed|completed|attended|underwent|received|previously|prior|original|originally)\b/i;
/** A sentence about the request, or concluding on it. */
const aboutRequest = /\b(?:request|requested|requests|necessary|necessity|asked\sto\sreview|under\sreview|at\sissue|in\sdispute)\b/i;

/**
 * The counts of sessions the rationale gives the request where they differ from the heading's: "Physical
 * therapy 12 sessions" decided, "Physical therapy 8 sessions … is not medically necessary" concluded. A count
 * is the request's when it is said to be requested or follows the heading's own name; counts of the history
 * and of the guideline ("9 to 10 visits over 8 weeks") are not.
 */
function sessionDifferences(source: string, itemText: string, from: number, to: number): { start: number; end: number; what: string }[] {
  const heading = headingCourse(itemText);
  if (!heading) return [];
  const { count, name } = heading;
  const raw = source.slice(from, to);
  const out: { start: number; end: number; what: string }[] = [];
  let read = 0;
  sessionCount.lastIndex = 0;
  for (let m = sessionCount.exec(raw); m && read < MAX_MENTIONS; m = sessionCount.exec(raw), read++) {
    if (m[1] === count) continue;
    const sentence = sentenceAround(source, from + m.index, from, to);
    if (!aboutRequest.test(sentence) || otherCourse.test(sentence) || /["“”]/.test(sentence)) continue;
    const before = raw.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const named = name.length > 2 && (before.trimEnd().endsWith(name) || after.toLowerCase().startsWith(` of ${name}`));
    if (!named && !requestedAfter.test(after) && !requestedBefore.test(before)) continue;
    const unit = m[2].toLowerCase();
    out.push({ start: from + m.index, end: from + m.index + m[0].length, what: `${m[1]} ${unit} (the heading has ${count})` });
  }
  return out;
}

/**
 * A course a week at a time: "2x6", "2 x 6", "3x4 weeks", "2 times a week for 6 weeks", "twice weekly x 6 weeks".
 * Group 1 or 2 is the visits a week, group 3 the weeks.
 */
const weeklyCourse =
  /\b(?:(\d)\s?(?:x|times)\s?(?:(?:a|per|each)\s(?:week|wk)\s|weekly\s)?|(once|twice|one|two|three|four|five)\s(?:times\s)?(?:a\s|per\s|each\s)?(?:week|wk|weekly)\s)(?:for\s|x\s?|times\s)?(?:(\d{1,2})|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s(?:weeks?|wks?)\b))(?:\s(?:weeks?|wks?))?\b(?!\s(?:months?|days?)\b)/i;
const visitsAWeek: Record<string, number> = { once: 1, one: 1, twice: 2, two: 2, three: 3, four: 4, five: 5 };
const weekCounts = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The visits a week and the weeks of a weekly course's match: "2x6" and "twice weekly for six weeks" are 2 and 6. */
function courseOf(weekly: RegExpExecArray | RegExpMatchArray): { perWeek: number; weeks: number } | undefined {
  const perWeek = weekly[1] ? Number(weekly[1]) : visitsAWeek[weekly[2].toLowerCase()];
  const weeks = weekly[3] ? Number(weekly[3]) : weekCounts.indexOf(weekly[4].toLowerCase()) + 1;
  return perWeek > 0 && weeks > 0 ? { perWeek, weeks } : undefined;
}

/**
 * The heading's count of visits and the words naming the treatment before it: "Physical therapy 12 sessions"
 * is 12, "Postoperative physical therapy 2x6" and "Physical therapy 2 times a week for 6 weeks" are 12.
 */
function headingCourse(itemText: string): { count: string; name: string; perWeek?: number; weeks?: number } | undefined {
  const counts = [...itemText.matchAll(sessionCount)];
  if (counts.length === 1) return { count: counts[0][1], name: itemText.slice(0, counts[0].index).trim().toLowerCase() };
  if (counts.length > 1) return undefined;
  const weekly = weeklyCourse.exec(itemText);
  const course = weekly ? courseOf(weekly) : undefined;
  if (!weekly || !course) return undefined;
  return { count: String(course.perWeek * course.weeks), name: itemText.slice(0, weekly.index).trim().toLowerCase(), ...course };
}

/** Every weekly course of a text. */
const weeklyCourses = new RegExp(weeklyCourse.source, 'gi');
/** A sentence that gives the guideline's course, not the request's ("The MTUS allows 3 times a week for 4 weeks"). */
const guidelineCourse = /\b(?:guidelines?|MTUS|ODG|ACOEM|recommends?|recommended|allows?|supports?)\b/i;

/**
 * The weekly courses the rationale gives the request where they differ from the heading's: "Physical therapy 2
 * times a week for 6 weeks" decided, "I have been asked to review physical therapy three times weekly for four
 * weeks" read. Under a weekly heading the visits a week and the weeks are compared (3x4 is another course than 2x6,
 * though both are 12 visits); under a count the total is.
 */
function weeklyDifferences(source: string, itemText: string, from: number, to: number): { start: number; end: number; what: string }[] {
  const heading = headingCourse(itemText);
  if (!heading) return [];
  const raw = source.slice(from, to);
  const out: { start: number; end: number; what: string }[] = [];
  let read = 0;
  weeklyCourses.lastIndex = 0;
  for (let m = weeklyCourses.exec(raw); m && read < MAX_MENTIONS; m = weeklyCourses.exec(raw), read++) {
    const course = courseOf(m);
    if (!course) continue;
    const differs = heading.perWeek !== undefined
      ? course.perWeek !== heading.perWeek || course.weeks !== heading.weeks
      : course.perWeek * course.weeks !== Number(heading.count);
    if (!differs) continue;
    const sentence = sentenceAround(source, from + m.index, from, to);
    if (!aboutRequest.test(sentence) || otherCourse.test(sentence) || /["“”]/.test(sentence)) continue;
    const before = raw.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const requested = requestedBefore.test(before) || requestedAfter.test(after);
    const named = heading.name.length > 2 && before.trimEnd().endsWith(heading.name);
    if (!requested && !(named && !guidelineCourse.test(sentence))) continue;
    const headingSays = heading.perWeek !== undefined ? `${heading.perWeek}x${heading.weeks}` : `${heading.count} visits`;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, what: `the course ${course.perWeek}x${course.weeks} (the heading has ${headingSays})` });
  }
  return out;
}

/** What a measure measures: a concentration (%), a dose (mg, mcg) or an amount (g, gm, ml). */
function measureOf(strength: string): string {
  return strength.endsWith('%') ? 'concentration' : /(?:mg|mcg)$/.test(strength) ? 'dose' : 'amount';
}

/** A mention the rationale decides: the subject of its conclusion ("Norco 10/325mg #60 is not medically necessary"). */
const decidedAfter =
  /^[\s,]{0,2}(?:is|are|was|were)\s(?:(?:therefore|thus|also|still|currently|not|considered|deemed|seen\sas|determined\sto\sbe|found\sto\sbe)\s){0,3}(?:medically\snecessary|a\smedical\snecessity|necessary)\b/i;
/** A mention the rationale decides: what "the request is for" ("The request under review is Norco 10/325mg #60"). */
const decidedBefore = /(?<!\boriginal\s)\brequest\s(?:(?:under\s(?:review|consideration)|at\sissue|in\sdispute)\s)?(?:is|was)(?:\sfor)?(?:\s(?:the|a|an|continued))?\s?$/i;

/** A length of time: "30-day", "3-month", "6 weeks", "one month". */
const durationPattern = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s](days?|weeks?|months?)\b/gi;
const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const unitDays: Record<string, number> = { day: 1, week: 7, month: 30 };

/** The days a duration stands for: a month is 30. */
function daysOf(count: string, unit: string): number {
  const n = /^\d/.test(count) ? Number(count) : numberWords.indexOf(count.toLowerCase()) + 1;
  return n * unitDays[unit.toLowerCase().replace(/s$/, '')];
}

/** A duration as a message says it: "3-month" is "3 months", "one-day" is "one day". */
function durationText(count: string, unit: string): string {
  const singular = unit.toLowerCase().replace(/s$/, '');
  return `${count} ${/^(?:1|one)$/i.test(count) ? singular : `${singular}s`}`;
}

/** Two durations are one when they differ by a tenth at most: "30-day" is "1-month", "4 weeks" is "one month". */
function sameDuration(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) / 10;
}

/** The conclusion after a subject: "… is not medically necessary". */
const conclusionPredicate = /\s(?:is|are|was|were)\s(?:(?:therefore|thus|also|still|not|considered|deemed|seen\sas|determined\sto\sbe|found\sto\sbe)\s){0,3}(?:medically\snecessary|a\smedical\snecessity)\b/i;
/** Words of a heading that do not name the treatment. */
const notNaming = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'the', 'for', 'and', 'with', 'per', 'times', 'one', 'two', 'three']);
/** How far after a duration its subject may run before the conclusion's verb. */
const SUBJECT_REACH = 100;

/**
 * The durations the rationale decides where they differ from the heading's: "TENS unit 30-day rental" decided,
 * "The PTP requests a 3-month TENS rental … A 3-month rental of a TENS unit is not medically necessary"
 * concluded. A duration is decided when it is said to be requested, or stands in the subject of the conclusion,
 * and what follows it names the heading's treatment; the guideline's trial ("a one-month home trial") and the
 * history are neither.
 */
function durationDifferences(source: string, itemText: string, from: number, to: number): { start: number; end: number; what: string }[] {
  const inHeading = [...itemText.matchAll(durationPattern)];
  if (inHeading.length !== 1) return [];
  const [heading] = inHeading;
  const days = daysOf(heading[1], heading[2]);
  const naming = (itemText.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !notNaming.has(w));
  if (naming.length === 0) return [];
  const namesItem = (text: string): boolean => {
    const words = text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    return words.some((w) => naming.includes(w));
  };
  const raw = source.slice(from, to);
  const out: { start: number; end: number; what: string }[] = [];
  let read = 0;
  durationPattern.lastIndex = 0;
  for (let m = durationPattern.exec(raw); m && read < MAX_MENTIONS; m = durationPattern.exec(raw), read++) {
    if (sameDuration(daysOf(m[1], m[2]), days)) continue;
    const sentence = sentenceAround(source, from + m.index, from, to);
    if (/["“”]/.test(sentence)) continue;
    // Folded, with the space before the duration that folding trims.
    const before = `${fold(raw.slice(Math.max(0, m.index - 60), m.index))} `;
    const after = ` ${fold(raw.slice(m.index + m[0].length, m.index + m[0].length + SUBJECT_REACH))}`;
    // What the duration is of, up to the clause's end.
    const clause = /^[^.;,]*/.exec(after)![0];
    const requested = requestedBefore.test(before) && !otherCourse.test(sentence) && namesItem(clause.slice(0, 40));
    const predicate = conclusionPredicate.exec(clause);
    // The conclusion's subject around the duration: "A 3-month rental of a TENS unit", "physical therapy for 8 weeks".
    const subject = predicate ? `${before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(',')) + 1)} ${clause.slice(0, predicate.index)}` : '';
    const concluded = predicate !== null && !/\b(?:request|requested|guidelines?|MTUS|ODG)\b/i.test(subject) && namesItem(subject);
    if (!requested && !concluded) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, what: `${durationText(m[1], m[2])} (the heading has ${durationText(heading[1], heading[2])})` });
  }
  return out;
}

/** A spinal segment: "C5-C6", "C5-6", "L4/5", "L5-S1". Capitals only: "t2-weighted" is no segment. */
const spinalSegment = /\b([CTL])(\d{1,2})\s?[-–/]\s?([CTLS]?)(\d{1,2})\b/g;
/**
 * A side of the body: "left" or "right" before a part of it or a spinal level, a word between at most ("right
 * shoulder", "left total knee", "right L4-L5", "right-sided"); not "the right choice", "right away".
 */
const sideWord =
  /\b(left|right)(?:-sided\b|(?:\s[a-z]{2,15})?\s(?:shoulders?|knees?|hips?|ankles?|foot|feet|wrists?|hands?|elbows?|arms?|legs?|thighs?|calf|calves|heels?|toes?|fingers?|thumbs?|forearms?|upper|lower|side|extremity|extremities|sacroiliac|SI|carpal|cubital|trapezius|buttock|gluteal|groin|facet|medial|transforaminal|interlaminar|[CTL]\d{1,2}|S1)\b)/gi;
const bothSides = /\b(?:bilateral(?:ly)?|both\s(?:sides|shoulders|knees|hips|wrists|hands|elbows|ankles|feet|legs|arms))\b/i;

/** The segments of a text, each as "C5-C6". */
function segmentsOf(text: string): string[] {
  return [...text.matchAll(spinalSegment)].map((m) => `${m[1]}${m[2]}-${m[3] || m[1]}${m[4]}`);
}

/** A side as a heading names it, wherever it stands: "Knee brace, left". A heading's "right" is always a side. */
const headingSideWord = /\b(left|right)\b/gi;

/** The sides a text names ("left", "right"), lower-case. */
function sidesOf(text: string, pattern: RegExp = sideWord): Set<string> {
  return new Set([...text.matchAll(pattern)].map((m) => m[1].toLowerCase()));
}

/**
 * What introduces the request in the rationale, its words following: "The request is a right C6-C7 …", "the
 * request for …", "the requested …", "this request for …", "I have been asked to review …".
 */
const requestIntro =
  /\b(?:request\s(?:for|of)|request\s(?:(?:under\s(?:review|consideration)|at\sissue|in\sdispute)\s)?(?:is|was)(?:\sfor)?|the\srequested|this\srequest(?:\sfor)?|asked\sto\s(?:review|consider))\b/gi;
/** What ends the words naming the request: a clause's end, or a clause about something else ("given the prior …"). */
const requestPhraseEnd =
  /[.;:()]|,\s|\s(?:because|given|since|as|after|following|due|despite|which|that|who|with|without|considering|status|s\/p|history|prior|previous|when|while|where|but|although|though|and|or|is|was|are|were|has|had|have|to|per|in|on)\s/i;
/** Where the subject of a conclusion starts: after a clause's start. */
const subjectStarts = /[.;:()]|,\s|\s(?:because|given|since|as|after|following|despite|although|though|while|when|but|that|which|and|or|so|therefore|thus|hence)\s/gi;

/** The words after the last clause start of `before`: the subject of the predicate that follows it. */
function lastClause(before: string): string {
  let cut = 0;
  subjectStarts.lastIndex = 0;
  for (let m = subjectStarts.exec(before); m; m = subjectStarts.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}
/** A sentence about another request than this one: what utilization review did with it, or the history. */
const otherRequest =
  /(?<!non-)\b(?:certified|authori[sz]ed|approved|modified|previous|previously|prior|earlier|original|originally|completed|underwent|last\s(?:year|month)|in\s(?:19|20)\d\d)\b/i;

/** The words naming the request in the rationale: after what introduces it, and the subject of its conclusion. */
function requestPhrases(raw: string, sentenceOf: (at: number) => string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let read = 0;
  requestIntro.lastIndex = 0;
  for (let m = requestIntro.exec(raw); m && read < MAX_MENTIONS; m = requestIntro.exec(raw), read++) {
    if (otherRequest.test(sentenceOf(m.index))) continue;
    const start = m.index + m[0].length;
    const rest = raw.slice(start, start + SUBJECT_REACH);
    const end = requestPhraseEnd.exec(rest.slice(1));
    out.push({ start, text: end ? rest.slice(0, end.index + 1) : rest });
  }
  const predicates = new RegExp(conclusionPredicate.source, 'gi');
  read = 0;
  for (let m = predicates.exec(raw); m && read < MAX_MENTIONS; m = predicates.exec(raw), read++) {
    const before = raw.slice(Math.max(0, m.index - SUBJECT_REACH), m.index);
    const text = lastClause(before);
    out.push({ start: m.index - text.length, text });
  }
  return out;
}

/**
 * The sides and spinal segments the rationale gives the request where they differ from the heading's: "Right
 * C5-C6 interlaminar epidural steroid injection" decided, "The request is a right C6-C7 interlaminar epidural
 * steroid injection" read; "MRI of the left shoulder" decided, "MRI of the right shoulder is not medically
 * necessary" concluded. Only the words naming the request are read: the history ("prior right shoulder surgery",
 * "an earlier C6-C7 fusion") names other sides and levels on purpose. A phrase that names the heading's own side
 * or segment too, or both sides, agrees.
 */
function siteDifferences(source: string, itemText: string, from: number, to: number): { start: number; end: number; what: string }[] {
  const headingSides = bothSides.test(itemText) ? new Set<string>() : sidesOf(itemText, headingSideWord);
  const headingSide = headingSides.size === 1 ? [...headingSides][0] : undefined;
  const headingSegments = segmentsOf(itemText);
  if (!headingSide && headingSegments.length === 0) return [];
  const raw = source.slice(from, to);
  const out: { start: number; end: number; what: string }[] = [];
  for (const phrase of requestPhrases(raw, (at) => sentenceAround(source, from + at, from, to))) {
    if (/["“”]/.test(phrase.text)) continue;
    const at = from + phrase.start;
    const span = { start: at + phrase.text.length - phrase.text.trimStart().length, end: at + phrase.text.trimEnd().length };
    if (out.some((d) => d.start === span.start)) continue;
    // A sentence that names the heading's own side or segment too sets the two apart on purpose: "An MRI of the
    // left shoulder, unlike the right, is not medically necessary".
    const sentence = sentenceAround(source, at, from, to);
    const sides = sidesOf(phrase.text);
    if (headingSide && sides.size === 1 && !sides.has(headingSide) && !bothSides.test(sentence) && !sidesOf(sentence).has(headingSide)) {
      out.push({ ...span, what: `the ${[...sides][0]} side (the heading has the ${headingSide})` });
      continue;
    }
    const segments = segmentsOf(phrase.text);
    if (headingSegments.length > 0 && segments.length > 0 && !segmentsOf(sentence).some((g) => headingSegments.includes(g))) {
      out.push({ ...span, what: `level ${segments[0]} (the heading has ${headingSegments[0]})` });
    }
  }
  return out;
}

const immediateRelease = /\b(?:IR|immediate[- ]release|short[- ]acting)\b/i;
const extendedRelease = /\b(?:ER|XR|CR|SR|XL|LA|extended[- ]release|controlled[- ]release|sustained[- ]release|long[- ]acting)\b|contin\b/i;

/** Whether a description names an immediate- or an extended-release product ("OxyContin", "MS Contin", "Norco ER"). */
function releaseOf(text: string): 'immediate' | 'extended' | undefined {
  if (immediateRelease.test(text)) return 'immediate';
  return extendedRelease.test(text) ? 'extended' : undefined;
}

/** Mentions of the drug read per rationale, at most: a rationale names its drug a few times, not thousands. */
const MAX_MENTIONS = 50;
/** Differing mentions listed with the finding, at most. */
const MAX_RELATED = 5;

export const itemRationaleMismatch: Rule = {
  id: 'item-rationale-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale names the item's drug with another strength, quantity or form than the heading.",
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      const sessions = item.fields.find((f) => f.kind === 'rationale');
      const courses = sessions
        ? [
            ...sessionDifferences(letter.source, item.itemText, sessions.content.start, sessions.content.end),
            ...durationDifferences(letter.source, item.itemText, sessions.content.start, sessions.content.end),
            ...weeklyDifferences(letter.source, item.itemText, sessions.content.start, sessions.content.end),
            ...siteDifferences(letter.source, item.itemText, sessions.content.start, sessions.content.end),
          ]
        : [];
      if (courses.length > 0) {
        report({
          message: `The rationale gives this request ${courses[0].what}. Make the heading and the rationale agree.`,
          start: item.itemSpan.start,
          end: item.itemSpan.end,
          related: courses.slice(0, MAX_RELATED).map((d) => ({ start: d.start, end: d.end, message: `The rationale has ${withoutAside(d.what)}.` })),
        });
        continue;
      }
      const heading = signatureOf(item.itemText);
      const name = heading.words[0];
      const headingForm = formOf(item.itemText);
      const headingRelease = releaseOf(item.itemText);
      if (!name || (!isDrugLike(heading) && !headingForm)) continue;
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      if (!rationale) continue;
      const { start: from, end: to } = rationale.content;
      const raw = letter.source.slice(from, to);
      // The drug by any of its names: the heading may say Norco and the rationale hydrocodone/APAP.
      const drug = facts.drugOf(item);
      if (!drug && !isDrugLike(heading)) continue;
      const names = [name, ...(drug ? [...drug.brands, ...drug.generic] : [])];
      // A combination's strength also agrees with its first agent's ("hydrocodone 5mg" of Norco 5/325mg).
      const headingStrengths = strengthsOf(item.itemText).flatMap((s) => [s, s.replace(/\/[\d.]+/, '')]);
      const headingMeasures = (said: string): string[] => headingStrengths.filter((s) => measureOf(s) === measureOf(said));
      const differences: { start: number; end: number; what: string }[] = [];
      // A case-insensitive search rather than toLowerCase(), which can change a string's length (and so
      // its offsets) for some characters.
      const occurrences = mentionsOf(names);
      let read = 0;
      for (let found = occurrences.exec(raw); found && read < MAX_MENTIONS; found = occurrences.exec(raw), read++) {
        const at = found.index;
        const sentence = sentenceAround(letter.source, from + at, from, to);
        const window = new FoldedText(letter.source, from + at, Math.min(to, from + at + 120));
        const mention = mentionAt(window.text);
        if (!mention) continue;
        // What the rationale decides is compared wherever it stands; elsewhere a sentence about another dose
        // (a titration, the past, the guideline's limits) or a quotation may name another on purpose.
        const decided = decidedAfter.test(window.text.slice(mention.length)) || decidedBefore.test(fold(raw.slice(Math.max(0, at - 80), at)));
        if (!decided && (aboutOtherDose(sentence) || /["“”]/.test(sentence))) continue;
        // Immediate release named under an extended-release heading (or the reverse) is another product:
        // conclusion-item-mismatch's finding, not another strength of this one.
        const saidRelease = releaseOf(window.text.slice(0, found[0].length + 24));
        if (headingRelease && saidRelease && saidRelease !== headingRelease) continue;
        const said = signatureOf(mention);
        // A form is compared only under the heading's own name: Lidoderm is a patch, LidoPro an ointment.
        // By another of the drug's names a form is compared where the rationale decides it: "The request is for
        // lidocaine 5% cream" under a "Lidoderm 5% patch #30" heading.
        const saidForm = found[0].toLowerCase() === name || (decided && headingForm) ? formOf(mention) : undefined;
        let what: string | undefined;
        // A strength is compared with the heading's of the same measure: "20%" of an agent is no other "120gm" tube.
        const comparable = said.strength ? headingMeasures(said.strength) : [];
        // "Hydrocodone 20mg twice daily" of Norco 10/325mg is two tablets a dose: an amount taken, a whole
        // multiple of the heading's strength, is no other strength ("gabapentin 300mg three times daily" of
        // 600mg still is).
        const takenAsMultiple = !decided && dailyDose.test(window.text) && comparable.some((h) => wholeMultiple(said.strength!, h));
        if (said.strength && comparable.length > 0 && !comparable.some((h) => sameMeasure(h, said.strength!)) && !takenAsMultiple) {
          what = `strength ${said.strength} (the heading has ${comparable[0]})`;
        } else if (heading.quantity && said.quantity && heading.quantity !== said.quantity) {
          what = `quantity #${said.quantity} (the heading has #${heading.quantity})`;
        } else if (headingForm && saidForm && headingForm !== saidForm) {
          what = `form '${saidForm}' (the heading has '${headingForm}')`;
        }
        if (what) differences.push({ start: window.startOf(0), end: window.endOf(mention.length), what });
      }
      if (differences.length === 0) continue;
      report({
        message: `The rationale names this drug with ${differences[0].what}. Make the heading and the rationale agree.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
        related: differences.slice(0, MAX_RELATED).map((d) => ({ start: d.start, end: d.end, message: `The rationale has ${withoutAside(d.what)}.` })),
      });
    }
  },
};
