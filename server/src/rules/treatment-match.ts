// Whether two descriptions name the same treatment, as a QA editor reads them: a drug by any of its
// names (brand, generic, combination — the catalog's drug entries) with no contradicting strength or
// quantity; a service by its kind (the catalog's item kinds: MRI and "magnetic resonance imaging" are one
// kind) or its words, and its body region ("MRI of the lumbar spine" is not "MRI of the cervical
// spine"; "Physical therapy x12 lumbar" is "physical therapy 12 sessions for the lumbar spine").
// The comparison leans to "same": it decides whether to report, and a false alarm costs more than a miss.
import type { Catalog } from '../catalog';
import { isDrugLike, sameMeasure, signatureOf, type Signature } from './drug-signature';

export interface Treatment {
  sig: Signature;
  /** Every strength written ("20%", "5%" in a compounded cream), normalised as in the signature. */
  strengths: string[];
  /** Catalog drug ids named, in order. */
  drugs: string[];
  /** Catalog item kinds, without their region ("imaging-lumbar" is "imaging"). */
  kinds: string[];
  regions: Set<string>;
  /** The sides named: "left", "right" (bilateral is both). Empty when no side is written. */
  sides: Set<string>;
  /** The kinds of study named (CT, MRI, radiograph, bone scan, EMG/NCV …), whatever they are called. */
  modalities: Set<string>;
  /** A class of drugs rather than one ("opioids", "the medications", "compounded creams"). */
  drugClass: boolean;
  /** Significant words, region words left out. */
  words: string[];
  /** Stands for any treatment ("all of the requests"); a drug class stands for any drug. */
  any: boolean;
}

const regionWords: [RegExp, string][] = [
  [/\b(?:cervical|neck|c-spine|c\d-\d)\b/i, 'cervical'],
  [/\b(?:thoracic|t-spine|mid[- ]back)\b/i, 'thoracic'],
  [/\b(?:lumbar|lumbosacral|low(?:er)? back|l-spine|sacral|sacroiliac|l\d-(?:\d|s1))\b/i, 'lumbar'],
  [/\bshoulders?|rotator cuff|acromioclavicular\b/i, 'shoulder'],
  [/\belbows?\b/i, 'elbow'],
  [/\b(?:wrists?|hands?|forearms?|fingers?|thumbs?|carpal)\b/i, 'wrist'],
  [/\b(?:hips?|groin|pelvis|pelvic)\b/i, 'hip'],
  [/\bknees?\b/i, 'knee'],
  [/\b(?:ankles?|foot|feet|heels?|toes?)\b/i, 'ankle'],
  [/\b(?:head|brain)\b/i, 'head'],
  [/\b(?:chest|CXR)\b/i, 'chest'],
  [/\b(?:upper (?:extremit(?:y|ies)|limbs?)|arms?|UE|BUE|RUE|LUE)\b/, 'upper'],
  [/\b(?:lower (?:extremit(?:y|ies)|limbs?)|legs?|LE|BLE|RLE|LLE)\b/, 'lower'],
  [/\bspine|spinal\b/i, 'spine'],
];

/**
 * Any of `patterns`, case folded: it matches wherever one of them does (and more), so a text it misses is
 * tried with none of them. Most descriptions name no region and no wording to respell (a drug with its
 * strength), and one search costs less than a dozen.
 */
function anyOf(patterns: readonly (readonly [RegExp, string])[]): RegExp {
  return new RegExp(patterns.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i');
}

const anyRegionWord = anyOf(regionWords);

/** What a wide region covers: an upper-extremity study covers the shoulder, the spine covers its parts. */
const covers: Record<string, string[]> = {
  upper: ['shoulder', 'elbow', 'wrist', 'cervical'],
  lower: ['hip', 'knee', 'ankle', 'lumbar'],
  spine: ['cervical', 'thoracic', 'lumbar'],
};

const regionOnly = /^(?:cervical|neck|thoracic|lumbar|lumbosacral|sacral|spine|spinal|shoulders?|elbows?|wrists?|hands?|forearms?|fingers?|thumbs?|hips?|groin|pelvis|pelvic|knees?|ankles?|foot|feet|heels?|toes?|head|brain|upper|lower|extremity|extremities|arms?|legs?|back|low|mid|limbs?)$/;

/** Words that may stand before a class of drugs ("the current oral medications"). */
const classQualifiers = new Set(['oral', 'topical', 'compound', 'compounded', 'pain', 'current', 'prescribed', 'requested', 'remaining', 'associated', 'sleep', 'all', 'other', 'these']);
const classNames = /^(?:medications?|meds|drugs|opioids?|opiates?|narcotics?|creams?|topicals?|nsaids?|muscle\srelaxants?|analgesics?|prescriptions?|refills?|compounded\screams?|compounds?)$/i;

/** The last word of every class name (of `classNames`). */
const classLastWord = '(?:medications?|meds|drugs|opioids?|opiates?|narcotics?|creams?|topicals?|nsaids?|relaxants?|analgesics?|prescriptions?|refills?|compounds?)';
/** How every class name ends, looked for in the last 14 characters. */
const classEnding = new RegExp(`${classLastWord}$`, 'i');
/** A class name's last word anywhere: a text without one has no part that ends with one. */
const anyClassWord = new RegExp(classLastWord, 'i');

/** Whether `text` names a class of drugs rather than one drug: "the current oral medications", "NSAIDs". */
const drugClassWords = {
  test(text: string): boolean {
    // A class name ends the text: most texts end otherwise, and need not be split into words.
    if (!classEnding.test(text.slice(-14))) return false;
    const words = text.split(' ');
    let i = words[0]?.toLowerCase() === 'the' ? 1 : 0;
    // "compounded creams" is a class name of two words; a qualifier before it is read as a qualifier.
    while (i < words.length - 1 && classQualifiers.has(words[i].toLowerCase()) && !classNames.test(words.slice(i).join(' '))) i++;
    return classNames.test(words.slice(i).join(' '));
  },
};

/** A count leading a back-reference: "all three medications", "the 4 requested drugs". */
const countWord = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s/i;

const kindRegion = /-(?:cervical|thoracic|lumbar|shoulder|elbow|wrist|hip|knee|ankle|head|upper|lower)$/;

/**
 * Words summaries and headings use for one thing, each rewritten to one spelling before the comparison:
 * "pre-op chest film" is "preoperative chest x-ray", "post-op PT x8" is "postoperative physical therapy 8
 * sessions", a "decompression" is the laminectomy, laminotomy, foraminotomy or discectomy that performs it.
 * Each pattern is a plain alternation of words (linear), tried once over a short description.
 */
const sameWording: [RegExp, string][] = [
  [/\bpre[- ]?op(?:erative(?:ly)?)?\b/gi, 'preoperative'],
  [/\bpost[- ]?op(?:erative(?:ly)?)?\b/gi, 'postoperative'],
  [/\b(?:x-?rays?|radiographs?|radiography|films?)\b/gi, 'radiograph'],
  // "PT/INR" is a clotting test, not therapy.
  [/(?<![/-])\bPT\b(?![/-])/g, 'physical therapy'],
  [/\bphysiotherapy\b/gi, 'physical therapy'],
  [/(?<![/-])\bOT\b(?![/-])/g, 'occupational therapy'],
  [/\b(?:decompressions?|(?:hemi)?laminectom(?:y|ies)|laminotom(?:y|ies)|foraminotom(?:y|ies)|(?:micro)?discectom(?:y|ies)|microdecompression)\b/gi, 'decompression'],
  [/\b(?:labs|laboratory\s(?:tests?|studies|work))\b/gi, 'lab tests'],
];

const anySameWording = anyOf(sameWording);

/**
 * The kinds of diagnostic study, each by its names (read after `sameWording`: an x-ray or a film is a "radiograph",
 * laboratory studies are "lab tests"). Two studies of different kinds are different requests even where they share
 * a word ("bone scan" and "CT scan", "sleep study" and "nerve conduction study"); one kind by another name is the same
 * ("CAT scan" is a CT, "magnetic resonance imaging" an MRI). EMG and nerve conduction are one kind: they are requested
 * together. A modality that guides an injection ("CT-guided", "under ultrasound guidance") names no study.
 */
const studyModalities: [RegExp, string][] = [
  [/\b(?:MRIs?|MRA|magnetic\sresonance)\b(?![- ]?guid)/i, 'MRI'],
  [/\bMR\b(?![- ]?guid)/, 'MRI'],
  [/\b(?:CT|CAT\sscans?|comput(?:ed|erized)\s(?:axial\s)?tomograph(?:y|ic))\b(?![- ]?guid)/i, 'CT'],
  [/\b(?:radiograph|CXR)\b/i, 'radiograph'],
  [/\b(?:bone\sscans?|scintigra(?:m|ms|phy|phic)|nuclear\s(?:medicine\s)?scans?)\b/i, 'bone scan'],
  [/\b(?:DEXA|DXA|bone\sdensity|densitometry)\b/i, 'bone density'],
  [/\b(?:ultrasounds?|ultrasonography|sonograms?|sonography|doppler)\b(?![- ]?guid)/i, 'ultrasound'],
  [/\b(?:EMGs?|NCVs?|NCSs?|electromyogra(?:m|ms|phy)|nerve\sconduction|electrodiagnostics?)\b/i, 'EMG/NCV'],
  [/\b(?:discograms?|discography|diskograms?|diskography)\b/i, 'discogram'],
  [/\b(?:myelograms?|myelography)\b/i, 'myelogram'],
  [/\bPET\b/, 'PET'],
  [/\bpositron\semission\b/i, 'PET'],
  [/\b(?:sleep\sstud(?:y|ies)|polysomnogra(?:m|ms|phy))\b/i, 'sleep study'],
  [/\b(?:EKGs?|ECGs?|electrocardiogra(?:m|ms|phy))\b/i, 'ECG'],
  [/\b(?:lab\s(?:tests|work)|blood\s(?:work|tests?)|CBC|CMP|BMP)\b/i, 'lab tests'],
];

const anyStudyModality = anyOf(studyModalities);

/** The kinds of study `text` names (after `canonicalWording`). */
function modalitiesOf(text: string): Set<string> {
  const out = new Set<string>();
  if (anyStudyModality.test(text)) for (const [pattern, modality] of studyModalities) if (pattern.test(text)) out.add(modality);
  return out;
}

/** One spelling for the words `sameWording` knows. */
export function canonicalWording(text: string): string {
  if (!anySameWording.test(text)) return text;
  let out = text;
  for (const [pattern, word] of sameWording) out = out.replace(pattern, word);
  return out;
}

export function treatmentOf(written: string, catalog: Catalog, collective = false): Treatment {
  const text = canonicalWording(written);
  const sig = signatureOf(text);
  const regions = new Set<string>();
  if (anyRegionWord.test(text)) for (const [pattern, region] of regionWords) if (pattern.test(text)) regions.add(region);
  // "the lumbar spine" names the lumbar spine, not the whole spine.
  if (regions.has('cervical') || regions.has('thoracic') || regions.has('lumbar')) regions.delete('spine');
  const sides = new Set<string>();
  if (/\bleft\b/i.test(text)) sides.add('left');
  if (/\bright\b/i.test(text)) sides.add('right');
  if (/\b(?:bilateral(?:ly)?|both)\b/i.test(text)) sides.add('left').add('right');
  const drugs = catalog.findDrugs(text).map((h) => h.drug.id);
  const kinds = drugs.length > 0 ? [] : [...new Set(catalog.detectItemKinds(text).map((k) => k.id.replace(kindRegion, '')))];
  return {
    sig,
    strengths: strengthsOf(text),
    drugs,
    kinds,
    regions,
    sides,
    modalities: modalitiesOf(text),
    drugClass: anyClassWord.test(text) && text.trim().split(/\/|\sor\s/).some((part) => drugClassWords.test(part.trim())),
    words: sig.words.filter((w) => !regionOnly.test(w)),
    // "all three medications" stands for the drugs only: a count before the class is no qualifier of its own.
    any: collective && !drugClassWords.test(text.trim().replace(/^(?:the|all|both|these|those|each)\s(?:of\s(?:the|these)\s)?/i, '').replace(countWord, '').replace(/^requested\s/i, '')),
  };
}

function expand(regions: Set<string>): Set<string> {
  const out = new Set(regions);
  for (const r of regions) for (const c of covers[r] ?? []) out.add(c);
  return out;
}

/** Regions agree unless both name some and no region of one is (within) a region of the other. */
export function regionsAgree(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const ea = expand(a);
  const eb = expand(b);
  for (const r of ea) if (eb.has(r)) return true;
  return false;
}

/** Words agree when equal or when one begins the other ("exam"/"examination", "chiropractor"/"chiropractic"). */
function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 4 && l.startsWith(s)) return true;
  let k = 0;
  while (k < s.length && s[k] === l[k]) k++;
  return k >= 6;
}

function shareWords(a: readonly string[], b: readonly string[]): number {
  // Descriptions are a few words each (bounded by the request length), so the pairwise test is small.
  let shared = 0;
  for (const w of a) if (b.some((v) => wordsAgree(w, v))) shared++;
  return shared;
}

export interface MatchOptions {
  /** Different quantities make different treatments (else a partial approval's smaller quantity matches). */
  quantity: boolean;
}

/** Whether two descriptions name the same treatment. */
export function sameTreatment(a: Treatment, b: Treatment, options: MatchOptions): boolean {
  const aDrug = a.drugs.length > 0 || (isDrugLike(a.sig) && a.kinds.length === 0);
  const bDrug = b.drugs.length > 0 || (isDrugLike(b.sig) && b.kinds.length === 0);
  if (a.any || b.any || (aDrug && b.drugClass) || (bDrug && a.drugClass)) return true;
  if (a.drugs.length > 0 && b.drugs.length > 0) {
    if (!a.drugs.some((d) => b.drugs.includes(d))) return false;
    return numbersAgree(a, b, options);
  }
  if (aDrug && bDrug) {
    const name = a.words[0];
    if (name === undefined || !b.words.some((w) => wordsAgree(w, name))) return false;
    return numbersAgree(a, b, options);
  }
  if (aDrug !== bDrug && (a.drugs.length > 0 || b.drugs.length > 0)) return false;
  if (!regionsAgree(a.regions, b.regions)) return false;
  // "injection of the right knee" is not the "injection, left knee": both name a side, and no side of one is the other's.
  if (a.sides.size > 0 && b.sides.size > 0 && ![...a.sides].some((side) => b.sides.has(side))) return false;
  // Where both name a kind of study, the kinds decide: a bone scan is not the CT scan of the same spine, and scintigraphy is a bone scan.
  if (a.modalities.size > 0 && b.modalities.size > 0) return [...a.modalities].some((m) => b.modalities.has(m));
  if (a.kinds.some((k) => b.kinds.includes(k))) return true;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length === 0) return short.regions.size > 0 && long.regions.size > 0 && regionsAgree(short.regions, long.regions) && a.kinds.length + b.kinds.length === 0;
  return shareWords(short.words, long.words) / short.words.length >= 0.5;
}

const strengthPattern = /(\d{1,5}(?:\.\d{1,3})?(?:\/\d{1,5}(?:\.\d{1,3})?)?)\s?(mg|mcg|gm|g|ml|%)(?![a-z])/gi;

/** Every strength in the text, at most a few (a compounded cream lists one per agent). */
export function strengthsOf(text: string): string[] {
  const out: string[] = [];
  strengthPattern.lastIndex = 0;
  for (let m = strengthPattern.exec(text); m && out.length < 8; m = strengthPattern.exec(text)) out.push(`${m[1]}${m[2].toLowerCase()}`);
  return out;
}

function numbersAgree(a: Treatment, b: Treatment, options: MatchOptions): boolean {
  if (a.strengths.length > 0 && b.strengths.length > 0 && !a.strengths.some((s) => b.strengths.some((t) => sameMeasure(s, t)))) return false;
  if (options.quantity && a.sig.quantity && b.sig.quantity && a.sig.quantity !== b.sig.quantity) return false;
  return true;
}

/** Every regular expression this module builds at run time, for the linear-shape test. */
export function builtTreatmentPatterns(): RegExp[] {
  return [anyRegionWord, anySameWording, classEnding, anyClassWord, anyStudyModality];
}
