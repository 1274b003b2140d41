// Body regions: which an item names, and which the body-region guideline chapters cover. Only chapters
// about one part of the body have regions; Chronic Pain, General Approaches, Opioid Treatment and ODG's Pain
// chapter apply to any region and are never compared.
import { WordFinder } from '../text/word-finder';
import { tokenize } from '../text/tokens';

export type Region = 'neck' | 'thoracic' | 'lumbar' | 'shoulder' | 'elbow' | 'wrist-hand' | 'hip' | 'knee' | 'ankle-foot' | 'head';

/** Single words that name a region in an item ("MRI of the lumbar spine", "Right knee arthroscopy"). */
const regionWords: Readonly<Record<string, readonly Region[]>> = {
  cervical: ['neck'], neck: ['neck'],
  thoracic: ['thoracic'], thoracolumbar: ['thoracic', 'lumbar'],
  lumbar: ['lumbar'], lumbosacral: ['lumbar'], sacroiliac: ['lumbar', 'hip'],
  shoulder: ['shoulder'], shoulders: ['shoulder'],
  elbow: ['elbow'], elbows: ['elbow'],
  wrist: ['wrist-hand'], wrists: ['wrist-hand'], hand: ['wrist-hand'], hands: ['wrist-hand'],
  // A forearm brace or strap is as often for the elbow (epicondylitis) as for the wrist.
  forearm: ['wrist-hand', 'elbow'],
  finger: ['wrist-hand'], fingers: ['wrist-hand'], thumb: ['wrist-hand'], carpal: ['wrist-hand'],
  hip: ['hip'], hips: ['hip'], pelvis: ['hip'], pelvic: ['hip'], groin: ['hip'],
  knee: ['knee'], knees: ['knee'], patellar: ['knee'],
  ankle: ['ankle-foot'], ankles: ['ankle-foot'], foot: ['ankle-foot'], feet: ['ankle-foot'], heel: ['ankle-foot'],
  toe: ['ankle-foot'], toes: ['ankle-foot'], plantar: ['ankle-foot'], achilles: ['ankle-foot'],
  head: ['head'], brain: ['head'],
  // The ear and the teeth: ODG's Head chapter takes hearing aids and dental care; no limb or spine chapter does.
  ear: ['head'], ears: ['head'], hearing: ['head'], dental: ['head'], teeth: ['head'], tooth: ['head'],
};

/** Two-word names ("low back"; "C-spine" is two words once the hyphen is dropped). */
const regionPairs: Readonly<Record<string, readonly Region[]>> = {
  'low back': ['lumbar'], 'lower back': ['lumbar'], 'upper back': ['thoracic'], 'mid back': ['thoracic'],
  'c spine': ['neck'], 't spine': ['thoracic'], 'l spine': ['lumbar'],
  // The humerus: Postsurgical Treatment's "Elbow & Upper Arm" and its "Shoulder" both take its fractures.
  'upper arm': ['shoulder', 'elbow'],
};

/** The regions each body-region MTUS part covers, by part id. */
const partRegions: Readonly<Record<string, readonly Region[]>> = {
  'neck-upper-back': ['neck', 'thoracic'],
  shoulder: ['shoulder'],
  elbow: ['elbow'],
  'forearm-wrist-hand': ['wrist-hand'],
  // The thoracic spine is cited to either spine chapter; both are defensible, so neither is a mismatch.
  'low-back': ['lumbar', 'thoracic'],
  knee: ['knee'],
  'ankle-foot': ['ankle-foot'],
  'cervical-thoracic': ['neck', 'thoracic'],
  'shoulder-disorders': ['shoulder'],
  'elbow-disorders': ['elbow'],
  'hand-wrist-forearm': ['wrist-hand'],
  'low-back-disorders': ['lumbar', 'thoracic'],
  'knee-disorders': ['knee'],
  'ankle-foot-disorders': ['ankle-foot'],
  'hip-groin': ['hip'],
};

/** The regions each body-region ODG chapter covers, by chapter id. */
const odgRegions: Readonly<Record<string, readonly Region[]>> = {
  'low-back': ['lumbar', 'thoracic'],
  neck: ['neck', 'thoracic'],
  shoulder: ['shoulder'],
  knee: ['knee'],
  hip: ['hip'],
  ankle: ['ankle-foot'],
  'forearm-wrist-hand': ['wrist-hand'],
  'carpal-tunnel': ['wrist-hand'],
  elbow: ['elbow'],
  head: ['head'],
};

/** The words a region's name holds: each single word, and the last word of each pair. */
const regionFinder = new WordFinder([...Object.keys(regionWords), ...new Set(Object.keys(regionPairs).map((pair) => pair.split(' ')[1]))]);
/** What may join the pieces of a word into a region's name, or read as a letter of one: apostrophes, a hyphenated line break, the Kelvin sign. */
const joinsWords = /['\u2019\n\r\u212a]/;

/** Whether `text` may name a region: it holds a region's word, as it is (no apostrophe or line break inside). */
function mayNameRegion(text: string): boolean {
  if (joinsWords.test(text)) return true;
  let any = false;
  regionFinder.scan(text, 0, text.length, () => (any = true));
  return any;
}

/** The body regions `text` names; empty when it names none. */
export function regionsNamed(text: string): Set<Region> {
  const found = new Set<Region>();
  // Most texts name no region: one pass over the text says so, without reading its words.
  if (!mayNameRegion(text)) return found;
  const words = tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    // Only the table's own words: "constructor" is no region (and no list of them).
    if (Object.prototype.hasOwnProperty.call(regionWords, words[i])) for (const region of regionWords[words[i]]) found.add(region);
    if (i + 1 < words.length) for (const region of regionPairs[`${words[i]} ${words[i + 1]}`] ?? []) found.add(region);
  }
  return found;
}

/**
 * A whole limb, named as letters name electrodiagnostic studies and other items of both limbs ("EMG/NCV
 * bilateral lower extremities", "NCS of the arms", "EMG BUE"), and the regions whose chapters take it: a leg
 * is studied for a lumbar radiculopathy or a hip, knee, ankle or foot complaint, an arm for a cervical
 * radiculopathy or a shoulder, elbow, wrist or hand complaint. The thoracic spine takes neither. Kept apart
 * from `regionsNamed`: a limb is no one region, and suggestions, which read regions to rank chapters, would
 * offer four chapters for it.
 */
export interface LimbNamed {
  /** How the rule names it: "lower extremities", "upper extremities". */
  name: string;
  regions: readonly Region[];
}

const lowerLimb: LimbNamed = { name: 'lower extremities', regions: ['lumbar', 'hip', 'knee', 'ankle-foot'] };
const upperLimb: LimbNamed = { name: 'upper extremities', regions: ['neck', 'shoulder', 'elbow', 'wrist-hand'] };

/** Single words naming a limb: "legs", "arm", and the chart abbreviations "BLE" (bilateral lower extremities), "RUE" (right upper extremity). */
const limbWords: Readonly<Record<string, LimbNamed>> = {
  leg: lowerLimb, legs: lowerLimb, ble: lowerLimb, lle: lowerLimb, rle: lowerLimb, bles: lowerLimb,
  arm: upperLimb, arms: upperLimb, bue: upperLimb, lue: upperLimb, rue: upperLimb, bues: upperLimb,
};
/** Limb words after "lower" or "upper": "lower extremity", "upper limbs". */
const limbNouns = new Set(['extremity', 'extremities', 'limb', 'limbs']);
/** Words that may stand before a limb noun and say which: "bilateral upper and lower extremities". */
const limbLeads = new Set(['lower', 'upper', 'and', 'or', 'bilateral', 'both', 'right', 'left']);
const MAX_LIMB_LEAD = 4;
/** Words that may name a limb, for one test before the words are read. */
const mayNameLimb = /\b(?:legs?|arms?|[blr][lu]es?|limbs?)\b|extremit/i;

/** The limbs `text` names as a whole; "upper arm" is the humerus (regionPairs), not the limb. */
export function limbsNamed(text: string): LimbNamed[] {
  if (!mayNameLimb.test(text)) return [];
  const found = new Set<LimbNamed>();
  const words = tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (limbNouns.has(w)) {
      // "upper and lower extremities", "upper/lower limbs": each side named before the noun.
      for (let j = i - 1; j >= 0 && i - j <= MAX_LIMB_LEAD && limbLeads.has(words[j]); j--) {
        if (words[j] === 'lower') found.add(lowerLimb);
        if (words[j] === 'upper') found.add(upperLimb);
      }
    } else if (Object.prototype.hasOwnProperty.call(limbWords, w) && !(w === 'arm' && words[i - 1] === 'upper')) found.add(limbWords[w]);
  }
  return [...found];
}

export function regionsOfPart(partId: string): readonly Region[] {
  return partRegions[partId] ?? [];
}

/** Parts whose sections are body regions (Postsurgical Treatment: Shoulder; Knee; Forearm, Wrist, & Hand). */
const regionSectionParts = new Set(['postsurgical']);

/**
 * The regions a section covers when its part is divided by body region ("Knee" of Postsurgical Treatment);
 * empty for other parts and for sections that name no region ("Fractures", "Burns").
 */
export function regionsOfSection(partId: string, sectionName: string): readonly Region[] {
  return regionSectionParts.has(partId) ? [...regionsNamed(sectionName)] : [];
}

export function regionsOfOdgChapter(chapterId: string): readonly Region[] {
  return odgRegions[chapterId] ?? [];
}
