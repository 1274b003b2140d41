// The words a rationale's conclusion is read from: what states a finding, what turns it round, what
// makes it a condition, and what marks a sentence as someone else's voice (a guideline, a past
// utilization review). The reader in conclusion.ts works on meaning: a predicate, the negations and
// modals in its verb group, and its subject.

export type Polarity = 1 | -1;

/**
 * `necessity`: "necessary" itself. `quality`: "appropriate, supported …", also said of guidelines'
 * recommendations. `review`: utilization-review outcomes ("certified", "denied"). `decision`: the IMR
 * outcomes, said of the UR decision ("upheld" means the request is not necessary).
 */
export type PredicateKind = 'necessity' | 'quality' | 'review' | 'decision';

export interface Predicate {
  polarity: Polarity;
  kind: PredicateKind;
}

function entries(kind: PredicateKind, polarity: Polarity, words: string): [string, Predicate][] {
  return words.split(' ').map((w) => [w, { kind, polarity }]);
}

/**
 * The reviewer's verbs of judgement that take the treatment as object and the finding as its complement:
 * "I find the request medically necessary", "the undersigned does not consider it (to be) reasonable",
 * "we regard the evaluation as appropriate".
 */
export const complementVerbs = new Set([
  'find', 'finds', 'found', 'consider', 'considers', 'considered', 'deem', 'deems', 'deemed', 'judge', 'judges', 'judged', 'believe', 'believes',
  'regard', 'regards', 'regarded', 'view', 'views', 'viewed', 'feel', 'feels', 'felt', 'think', 'thinks',
]);

/** People other than the reviewer whose judgement a sentence may report: "the treating physician considers it necessary". */
export const otherVoices = new Set([
  'physician', 'physicians', 'provider', 'providers', 'doctor', 'doctors', 'surgeon', 'surgeons', 'ame', 'qme', 'ptp', 'pcp', 'pm', 'treater', 'prescriber',
  'requesting', 'treating', 'therapist', 'psychologist', 'psychiatrist', 'attorney', 'he', 'she', 'they', 'carrier', 'adjuster', 'evaluator', 'consultant',
]);

/** Words that state a finding when they stand after "is / are / be …". */
export const statePredicates = new Map<string, Predicate>([
  ...entries('necessity', 1, 'necessary medically-necessary neccessary necesary neccesary'),
  ...entries('necessity', -1, 'unnecessary'),
  ...entries('quality', 1, 'appropriate indicated supported warranted recommended reasonable justified needed supportable justifiable substantiated endorsed essential proper advised advisable'),
  ...entries('quality', -1, 'inappropriate unsupported unwarranted unreasonable unjustified unsupportable unjustifiable non-indicated contraindicated nonessential non-essential unessential improper inadvisable ill-advised'),
  ...entries('review', 1, 'certified approved authorized authorised certifiable approvable'),
  ...entries('review', -1, 'non-certified noncertified uncertified not-certified denied non-approved'),
  ...entries('decision', -1, 'upheld affirmed stand stands'),
  ...entries('decision', 1, 'overturned reversed'),
]);

/**
 * Adjectives of possibility before an act: "it is not possible / impossible to certify the request" is a
 * verdict against it; "it is possible to certify" says only what could be done, and is none.
 */
export const possibilityAdjectives = new Map<string, Predicate>([
  ...entries('quality', 1, 'possible feasible'),
  ...entries('quality', -1, 'impossible unfeasible infeasible'),
]);

/** Predicates that also state a drug's licensed indication: "diclofenac gel is approved for osteoarthritis of the knee". */
export const licensingPredicates = new Set(['approved', 'approvable']);
/** Words of a course of treatment after "approved for": "for 6 sessions", "for a one-month trial". */
export const courseWords = new Set([
  'trial', 'course', 'session', 'sessions', 'visit', 'visits', 'day', 'days', 'week', 'weeks', 'month', 'months', 'one-month', 'refill', 'refills',
  'supply', 'quantity',
]);

/** Quality words that say little unless "medically" goes with them or the request is their subject. */
export const weakAlone = new Set(['needed']);

/** Only said of a utilization-review decision ("the UR decision is affirmed"). */
export const decisionOnly = new Set(['affirmed', 'reversed', 'stand', 'stands']);

/** Verbs that state a decision without a copula: "the prior denial should stand". */
export const finiteDecisionVerbs = new Set(['stand', 'stands']);

/** Participles that state a finding when their subject is medical necessity or the criteria. */
export const participles = new Set(['established', 'demonstrated', 'substantiated', 'shown', 'documented', 'proven', 'proved', 'met', 'confirmed', 'satisfied', 'fulfilled']);

/** Verbs that state a finding with the criteria as object: "meets / does not meet the guideline criteria". */
export const meetVerbs = new Set(['meet', 'meets', 'met', 'satisfy', 'satisfies', 'satisfied', 'fulfill', 'fulfills', 'fulfil', 'fulfils', 'fulfilled']);
export const criteriaWords = new Set(['criteria', 'criterion', 'requirements', 'requirement', 'guidelines', 'guideline', 'standards', 'standard', 'indications', 'recommendations']);

/** Verbs that state a finding with the request or its necessity as object: "the records do not support the request". */
export const supportVerbs = new Set([
  'support', 'supports', 'supported', 'justify', 'justifies', 'justified', 'warrant', 'warrants', 'substantiate', 'substantiates',
  'establish', 'establishes', 'demonstrate', 'demonstrates', 'endorse', 'endorses', 'merit', 'merits',
]);

/** Nouns an adjective judges in "… is (not) a reasonable request / option": the adjective is the finding. */
export const judgedNouns = new Set(['request', 'option', 'treatment', 'choice', 'approach', 'intervention', 'plan']);

/** Verbs that say the subject has or lacks the necessity after them: "the EKG lacks medical necessity". */
export const lackVerbs = new Set(['lacks', 'lack', 'lacking', 'lacked']);
/** The reviewer's verbs of finding, before "no medical necessity": "I find no medical necessity for …". */
export const findVerbs = new Set(['find', 'see', 'identify', 'note', 'found', 'saw']);

/** What the reviewer does in the first person: "I recommend non-certification", "I uphold the denial". */
export const reviewerActs = new Map<string, Polarity | 0>([
  ['recommend', 0], ['recommends', 0],
  // "I agree with the UR decision": the object says with what; a utilization review's decision is a denial.
  ['agree', 0], ['agrees', 0], ['concur', 0], ['concurs', 0], ['disagree', 0], ['disagrees', 0],
  ['uphold', -1], ['upholds', -1], ['deny', -1], ['denies', -1], ['non-certify', -1], ['noncertify', -1],
  ['overturn', 1], ['overturns', 1], ['certify', 1], ['certifies', 1], ['approve', 1], ['approves', 1], ['authorize', 1], ['authorise', 1],
]);

/** The object of "recommend" and "the recommendation is for …". */
export const recommendedOutcomes = new Map<string, Polarity>([
  ['certification', 1], ['approval', 1], ['authorization', 1], ['authorisation', 1], ['certify', 1], ['certifying', 1], ['approve', 1],
  ['approving', 1], ['authorize', 1], ['overturn', 1], ['overturning', 1], ['reversal', 1],
  ['non-certification', -1], ['noncertification', -1], ['denial', -1], ['deny', -1], ['denying', -1], ['non-certify', -1], ['noncertify', -1],
  ['uphold', -1], ['upholding', -1], ['rejection', -1], ['modification', -1],
]);

/** Words that turn a finding round inside its verb group. */
export const negators = new Set([
  'not', 'never', 'cannot', "can't", 'cant', "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "couldn't", "shouldn't",
  "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", 'nor', 'neither', 'non', 'fails', 'failed', 'fail', 'unable',
]);

/** Words in a subject that deny what the verb supports: "there is no documentation to support the request". */
export const negativeDeterminers = new Set(['no', 'insufficient', 'inadequate', 'lack', 'lacks', 'lacking', 'absence', 'without', 'nothing', 'little', 'minimal', 'absent']);

/** Possibility: no finding when positive ("would be reasonable"), and "may / might not" is a hedge too. */
export const modals = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'must', 'will', 'shall']);
export const hedges = new Set(['may', 'might']);
export const possibilities = new Set(['may', 'might', 'could', 'would', 'should', 'can']);

/** Verbs of seeming: "would appear to be", "would seem" soften a finding without making it a possibility. */
export const seemingVerbs = new Set(['appear', 'seem']);

export const copulas = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remain', 'remained', 'seems', 'seem', 'appears', 'appear', "isn't", "aren't",
  "wasn't", "weren't",
]);
/** Tenses that speak of the past: a past certification or denial is history, not this review's finding. */
export const pastAuxiliaries = new Set(['was', 'were', 'had', 'has', 'have', 'been', "wasn't", "weren't", "hasn't", "haven't", "hadn't"]);

/** Everything a verb group may hold between the subject and the predicate. */
export const verbGroup = new Set([
  ...copulas, ...negators, ...modals, 'has', 'have', 'had', 'does', 'do', 'did', 'to', 'as', 'no', 'longer', 'therefore', 'thus', 'hence',
  'consequently', 'accordingly', 'currently', 'presently', 'clearly', 'also', 'still', 'then', 'now', 'medically', 'clinically', 'fully',
  'deemed', 'considered', 'felt', 'found', 'determined', 'judged', 'believed', 'thought', 'viewed', 'regarded', 'seen', 'shown', 'proven',
  'certainly', 'necessarily', 'entirely', 'sufficiently', 'adequately', 'yet', 'truly', 'previously', 'ever', 'so', 'at', 'this', 'time',
  'reasonably', 'otherwise', 'likewise', 'similarly', 'further', 'ultimately', 'overall', 'definitely', 'hereby', 'respectfully',
]);

/** Words that end the subject when read backwards from the verb group. */
export const clauseWords = new Set([
  'therefore', 'thus', 'hence', 'so', 'because', 'since', 'although', 'though', 'while', 'whereas', 'but', 'that', 'which', 'who', 'whom',
  'if', 'when', 'unless', 'consequently', 'accordingly', 'however', 'overall', 'ultimately', 'given', 'whether', 'until', 'once', 'where',
  'then', 'why', 'how', 'what',
]);
export const relativePronouns = new Set(['which', 'who', 'whom', 'where']);
/** Words opening a reported question: "the record does not explain why both are needed". */
export const questionWords = new Set(['why', 'how', 'what']);
/** Contractions before "why" that draw a conclusion rather than report a question: "that's why the request is …". */
export const drawingContractions = new Set(["that's", "this's", "here's", "it's"]);

export const conditionals = new Set(['if', 'when', 'unless', 'whether', 'until', 'once', 'upon', 'assuming', 'pending', 'whenever']);
/** Words after "once" that make it a frequency ("once daily", "once or twice"), not a condition. */
export const frequencyAfterOnce = new Set(['daily', 'weekly', 'nightly', 'monthly', 'yearly', 'annually', 'hourly', 'or', 'more', 'again', 'only']);
/** "once a day", "once per week", "once every month": a determiner and a time unit after "once". */
export const periodDeterminers = new Set(['a', 'per', 'every', 'each']);
export const periods = new Set(['day', 'week', 'month', 'year', 'night', 'evening', 'morning', 'hour', 'fortnight']);

/** After the predicate, words that make it a general statement ("recommended for short-term use", "indicated in …"). */
export const generalAfter = new Set(['for', 'as', 'in', 'to', 'that', 'with', 'only', 'beyond', 'past', 'longer', 'except', 'outside', 'than', 'after', 'before', 'during', 'among', 'following', 'under', 'over', 'where', 'whereby', 'unless', 'if', 'when', 'once', 'until']);
/** "… necessary for this patient", "… in this case": about the request after all. */
export const particularAfter = new Set(['this', 'the', 'him', 'her', 'them', 'these', 'his', 'our', 'such']);
export const particularNouns = new Set(['patient', 'injured', 'claimant', 'case', 'instance', 'individual', 'worker', 'employee', 'time', 'request', 'situation', 'setting', 'point', 'juncture', 'member', 'applicant']);

export const guidelineWords = new Set(['mtus', 'odg', 'acoem', 'guideline', 'guidelines', 'cpmtg', 'literature', 'evidence', 'research', 'studies', 'acc', 'ca', 'fda', 'official']);
/** Markers of the history of the claim: an earlier review's outcome is not this review's finding. */
export const historyWords = new Set(['ur', 'utilization', 'claims', 'carrier', 'adjuster', 'previously', 'prior', 'previous', 'earlier', 'formerly', 'initially', 'originally', 'already', 'ago', "ur's", 'reviewer\'s']);
export const requestWords = new Set(['request', 'requests', 'requested', 'requesting']);
export const reviewerWords = new Set(['i', 'we', 'reviewer', 'undersigned', "i'd", "we'd", "i'll", "we'll", "i'm", "i've", "we've"]);
export const patientWords = new Set(['patient', 'worker', 'claimant', 'employee', 'he', 'she', 'injured', 'applicant', 'individual']);
/** Nouns naming a utilization-review decision, whose "is upheld / appropriate" means the request is not necessary. */
export const denialNouns = new Set(['denial', 'non-certification', 'noncertification', 'non-certifications', 'denials']);
/** Nouns naming the outcome that grants the request: "Approval is warranted", "certification is not supported". */
export const approvalNouns = new Set(['approval', 'certification', 'authorization', 'authorisation', 'coverage']);
/** Verbs that disagree with their object: "I disagree with the denial" means the request is necessary. */
export const disagreeVerbs = new Set(['disagree', 'disagrees']);
/** Verbs and adjectives of a reviewer's judgement framing a "that"-clause: "I cannot say that …", "I am not convinced that …". */
export const judgementFrames = new Set([
  'say', 'said', 'state', 'stated', 'conclude', 'concluded', 'agree', 'believe', 'think', 'feel', 'find', 'accept', 'argue', 'convinced', 'persuaded',
  'certain', 'sure', 'satisfied',
]);
/** "There is no reason (not) to certify": the nouns after a negative determiner that make the act the reviewer's verdict. */
export const reasonNouns = new Set(['reason', 'basis', 'justification', 'grounds', 'rationale', 'need', 'indication', 'cause']);
export const decisionNouns = new Set(['decision', 'determination', 'decisions', 'determinations', 'modification']);
export const necessityNouns = new Set(['necessity', 'need', 'criteria', 'criterion', 'requirements', 'indication', 'indications']);

/** Subject words that say nothing of which treatment: "the requested medication", "continued use", "this". */
export const genericSubject = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'them', 'such', 'same', 'of', 'for', 'to', 'and', 'or', 'at', 'in',
  'on', 'with', 'as', 'by', 'from', 'per', 'current', 'currently', 'continued', 'continuing', 'ongoing', 'further', 'additional', 'proposed',
  'prescribed', 'medication', 'medications', 'drug', 'drugs', 'treatment', 'treatments', 'therapy', 'service', 'services', 'procedure',
  'procedures', 'surgery', 'study', 'test', 'testing', 'tests', 'imaging', 'device', 'unit', 'injection', 'injections', 'program', 'session',
  'sessions', 'visit', 'visits', 'prescription', 'prescriptions', 'refill', 'refills', 'use', 'usage', 'continuation', 'trial', 'course',
  'item', 'items', 'purchase', 'rental', 'supply', 'therefore', 'thus', 'hence', 'also', 'overall', 'medical', 'necessity', 'need', 'time',
  'case', 'remaining', 'portion', 'quantity', 'dose', 'dosage', 'care', 'management', 'intervention', 'modality', 'order', 'plan', 'its',
  'retrospective', 'prospective', 'outstanding', 'disputed', 'issue', 'at', 'all', 'both', 'either', 'any', 'present', 'requested', 'request',
  'requests', 'there', 'here', 'ultimately', 'clinically', 'medically', 'based', 'on', 'above', 'given', 'documentation', 'information',
]);

/**
 * Words that open an aside between commas: "the therapy, as written above, is …", "the request, in my
 * view, is …", "the request, on balance, is …", "the request, I think, is …".
 */
export const asides = new Set(['as', 'including', 'per', 'namely', 'specifically', 'in', 'on', 'i', 'we', 'at', 'for', 'to', 'of', 'from', 'all', 'by']);

/** Connectives that may stand between commas after the subject: "the request, however, is …". */
export const parentheticals = new Set(['however', 'therefore', 'thus', 'hence', 'consequently', 'accordingly', 'moreover', 'nonetheless', 'nevertheless', 'overall', 'ultimately', 'then', 'again', 'too', 'also', 'still']);

/** Words before "request" that make it another request than this one: "any further requests would not be supported". */
export const otherRequest = new Set(['future', 'further', 'additional', 'subsequent', 'next', 'any', 'other', 'new', 'repeat', 'later', 'separate', 'another']);

/** A subject of one of these words alone may stand for a statement rather than the request. */
export const demonstratives = new Set(['this', 'that', 'these', 'those']);

/** Words of a label before a verdict without a verb: "Verdict: not indicated", "Medical necessity: not shown". */
export const verdictLabels = new Set([
  'verdict', 'conclusion', 'conclusions', 'determination', 'decision', 'finding', 'findings', 'assessment', 'opinion', 'impression',
  'outcome', 'result', 'summary', 'medical', 'necessity', 'bottom', 'line', 'final', 'my', 'the', 'overall', 'ruling', 'answer',
  'recommendation', 'imr', 'review', "reviewer's", 'status',
]);

/** Words of a count in a subject, which say how much rather than what: "eight more visits", "a few sessions". */
export const countWords = new Set(['more', 'few', 'several', 'extra', 'many', 'less', 'fewer']);

/** A subject of only these words is utilization review standing for its decision: "UR is reversed". */
export const urSubjectWords = new Set(['the', 'ur', "ur's", 'utilization', 'review', 'its']);

/** Nouns of a reason for the treatment: "there is no indication for the request", "I see no need for it". */
export const indicationNouns = new Set(['indication', 'need', 'justification']);
/** Words that may stand between "no" and such a noun: "no clear indication", "no current medical need". */
export const indicationModifiers = new Set(['clear', 'medical', 'clinical', 'current', 'ongoing', 'real', 'compelling', 'documented', 'obvious', 'apparent', 'further', 'continued']);
