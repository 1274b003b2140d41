// Body regions: which an item names, and which the body-region guideline chapters cover. Only chapters
// about one part of the body have regions; Chronic Pain, General Approaches, Opioid Treatment and ODG's Pain
// chapter apply to any region and are never compared.
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
};

/** Two-word names ("low back"; "C-spine" is two words once the hyphen is dropped). */
const regionPairs: Readonly<Record<string, readonly Region[]>> = {
  'low back': ['lumbar'], 'lower back': ['lumbar'], 'upper back': ['thoracic'], 'mid back': ['thoracic'],
  'c spine': ['neck'], 't spine': ['thoracic'], 'l spine': ['lumbar'],
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

/** The body regions `text` names; empty when it names none. */
export function regionsNamed(text: string): Set<Region> {
  const found = new Set<Region>();
  const words = tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    for (const region of regionWords[words[i]] ?? []) found.add(region);
    if (i + 1 < words.length) for (const region of regionPairs[`${words[i]} ${words[i + 1]}`] ?? []) found.add(region);
  }
  return found;
}

export function regionsOfPart(partId: string): readonly Region[] {
  return partRegions[partId] ?? [];
}

export function regionsOfOdgChapter(chapterId: string): readonly Region[] {
  return odgRegions[chapterId] ?? [];
}
