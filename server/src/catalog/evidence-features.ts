// What kind of item a request is, as feature keys the evidence is counted by: the drug by any name and
// its form (a lidocaine patch and a lidocaine ointment are cited differently), the drug's class, the item
// kinds of the catalog (service, procedure and body region), the body regions named, whether the request
// belongs to a surgery (before or after it), and, for requests the catalog has no entry for, their words.
// Each key carries a weight (how specific it is) and a phrase that says why a citation counted for it.
import type { Catalog } from './catalog';
import { regionsNamed, type Region } from './regions';
import { keyWords } from '../text/tokens';
import type { DrugEntry, ItemKindEntry } from './types';

export type DrugForm = 'patch' | 'topical' | 'oral';

export interface ItemContext {
  /** Other item headings of the letter that request a surgery: therapy and drugs may follow it. */
  otherItems?: readonly string[];
  /** The cite keys of the Claims Administrator's field, which may break a tie but never decide. */
  claimsCites?: readonly string[];
}

export interface Feature {
  key: string;
  weight: number;
  /** Who the evidence is about, for the reason shown with a suggestion ("this drug", "a lumbar MRI"). */
  about: string;
  /**
   * A kind the item is only secondarily ("MR arthrogram of the shoulder" is also shoulder imaging): read
   * at ranking, not learned from, so what an arthrogram cites does not become what imaging cites.
   */
  secondary?: boolean;
}

export interface ItemFeatures {
  features: Feature[];
  drugs: DrugEntry[];
  kinds: ItemKindEntry[];
  regions: Set<Region>;
  form: DrugForm;
  postop: boolean;
  preop: boolean;
  /** Therapy after a surgery (the postsurgical guideline's). */
  postopTherapy: boolean;
}

const patchWords = /\b(patch|patches|pad|pads|film|plaster)\b/i;
const topicalWords = /\b(cream|creams|compound|compounded|topical|gel|gels|ointment|ointments|lotion|transdermal|spray|liniment|roll-on)\b/i;
const postopWords = /\b(post[- ]?op(erative)?|post[- ]?surgical|after (the )?surgery|following (the )?(surgery|arthroscopy|repair|fusion|release|replacement|decompression))\b/i;
const associatedWords = /\bassociated surgical service\b/i;
const preopWords = /\b(pre[- ]?op(erative)?|medical clearance|surgical clearance)\b/i;
/** A visit to talk about a surgery ("Spine surgery evaluation", "consultation with a surgeon") is an office visit, not the surgery. */
const visitForSurgery =
  /\b(surgery|surgical|surgeon|spine|spinal|orthopedic|ortho)\s(evaluation|consult|consultation|referral|re-?evaluation)\b|\b(evaluation|consult|consultation|referral)\s(with|to|for)\s(an?\s|the\s)?(spine\s|spinal\s|orthopedic\s)?(surgeon|surgery|surgical)\b/i;
const surgeryWords = /\b(surgery|surgical|arthroscopy|arthroscopic|repair|fusion|discectomy|microdiscectomy|laminectomy|laminotomy|meniscectomy|arthroplasty|replacement|reconstruction|acromioplasty|decompression|release|debridement|ORIF)\b/i;

/** Words that say nothing about what is requested: quantities, schedules, sides, filler. */
const plainWords = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'with', 'without', 'in', 'on', 'at', 'by', 'per', 'as', 'x', 'times', 'time',
  'week', 'weeks', 'weekly', 'day', 'days', 'daily', 'month', 'months', 'session', 'sessions', 'visit', 'visits', 'additional',
  'right', 'left', 'bilateral', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'eight', 'twelve', 'mg', 'tab', 'tabs',
  'tablet', 'tablets', 'refill', 'refills', 'retrospective', 'dos', 'request', 'unit', 'rental', 'purchase', 'qty', 'quantity',
  'associated', 'surgical', 'service', 'pre', 'post', 'op', 'operative', 'preoperative', 'postoperative', 'when', 'with', 'from', 'after', 'under', 'continued', 'continuation', 'remaining', 'initial', 'twice', 'once', 'every', 'as', 'needed',
]);

const vocabularies = new WeakMap<Catalog, Set<string>>();

/** Every word of the catalog's section, topic, item-kind and drug names. */
function catalogWords(catalog: Catalog): Set<string> {
  let words = vocabularies.get(catalog);
  if (words) return words;
  words = new Set();
  const addAll = (text: string) => {
    for (const w of keyWords(text)) words!.add(w);
  };
  for (const part of catalog.parts) for (const s of part.sections) addAll(`${s.name} ${s.name2009 ?? ''} ${(s.aliases ?? []).join(' ')}`);
  for (const chapter of catalog.odgChapters) for (const t of chapter.topics) addAll(`${t.name} ${(t.aliases ?? []).join(' ')}`);
  for (const kind of catalog.itemKinds) addAll(`${kind.label} ${kind.match.flat().join(' ')}`);
  for (const drug of catalog.drugs) addAll(`${drug.class} ${drug.generic.join(' ')} ${drug.brands.join(' ')}`);
  vocabularies.set(catalog, words);
  return words;
}

const brandHeads = new WeakMap<Catalog, Map<string, DrugEntry[]>>();

/**
 * Drugs by the first word of a brand of two or more words ("Voltaren" for Voltaren XR and Voltaren Gel):
 * requests often drop the suffix. The word alone may name several drugs; all are kept, catalog order.
 */
function drugsByBrandHead(itemText: string, catalog: Catalog): DrugEntry[] {
  let heads = brandHeads.get(catalog);
  if (!heads) {
    heads = new Map();
    for (const drug of catalog.drugs) {
      for (const brand of drug.brands) {
        const words = keyWords(brand);
        if (words.length < 2 || words[0].length < 4) continue;
        const list = heads.get(words[0]) ?? [];
        if (!list.includes(drug)) list.push(drug);
        heads.set(words[0], list);
      }
    }
    brandHeads.set(catalog, heads);
  }
  for (const word of keyWords(itemText)) {
    const drugs = heads.get(word);
    if (drugs) return drugs;
  }
  return [];
}

/** Ice, heat and cold pads or packs are physical methods, not drug patches. */
const thermalWords = /\b(ice|heat|heating|hot|cold|thermal|cryo)\b/i;

export function drugForm(itemText: string): DrugForm {
  if (patchWords.test(itemText)) return thermalWords.test(itemText) ? 'oral' : 'patch';
  if (topicalWords.test(itemText)) return 'topical';
  return 'oral';
}

const regionNames: Readonly<Record<Region, string>> = {
  neck: 'the cervical spine', thoracic: 'the thoracic spine', lumbar: 'the lumbar spine', shoulder: 'the shoulder', elbow: 'the elbow',
  'wrist-hand': 'the wrist and hand', hip: 'the hip', knee: 'the knee', 'ankle-foot': 'the ankle and foot', head: 'the head',
};

/** A label inside a sentence: "Imaging of the lumbar" -> "imaging of the lumbar", "EMG/NCV" kept. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** A spinal level ("L4-5", "L5-S1", "C5-6", "T12") names the spine it is in; capitals only, as levels are written. */
const spinalLevel = /\b(C[1-7]|T1[0-2]|T[1-9]|L[1-5])(?![0-9a-z])/g;
const levelRegion: Readonly<Record<string, Region>> = { C: 'neck', T: 'thoracic', L: 'lumbar' };

/** The body regions an item names, by name ("lumbar", "knee") or by a spinal level ("L4-5"). */
export function itemRegions(itemText: string): Set<Region> {
  const regions = regionsNamed(itemText);
  for (const m of itemText.matchAll(spinalLevel)) regions.add(levelRegion[m[1][0]]);
  return regions;
}

export function regionName(region: Region): string {
  return regionNames[region];
}

const regionSuffix = /-(cervical|thoracic|lumbar|shoulder|elbow|wrist|hip|knee|ankle|head|upper|lower)$/;

/** A kind's family, when the kind is one body part's ("imaging-knee" -> "imaging"). */
export function familyOf(kindId: string): string | undefined {
  const m = regionSuffix.exec(kindId);
  return m ? kindId.slice(0, m.index) : undefined;
}

/** The features of an item, most specific first. */
export function itemFeatures(itemText: string, catalog: Catalog, context: ItemContext = {}): ItemFeatures {
  const features: Feature[] = [];
  const add = (key: string, weight: number, about: string, secondary = false) => {
    if (!features.some((f) => f.key === key)) features.push({ key, weight, about, ...(secondary ? { secondary } : {}) });
  };
  const form = drugForm(itemText);
  const explicitPostop = postopWords.test(itemText) || associatedWords.test(itemText);
  const surgeryElsewhere = (context.otherItems ?? []).some((t) => surgeryWords.test(t) && !preopWords.test(t));
  const postop = explicitPostop || (surgeryElsewhere && !preopWords.test(itemText));
  const preop = preopWords.test(itemText);
  let drugs = catalog.findDrugs(itemText).map((h) => h.drug);
  if (drugs.length === 0) drugs = drugsByBrandHead(itemText, catalog);
  if (drugs.length > 1 && form !== 'oral') {
    // Several agents in a cream: the compounded-topical entry says what to cite for the mixture.
    drugs = [...drugs.filter((d) => d.class === 'compounded topical'), ...drugs.filter((d) => d.class !== 'compounded topical')];
  }
  drugs = drugs.slice(0, 2);
  for (const drug of drugs) {
    const name = drug.brands[0] ?? drug.generic[0];
    if (form !== 'oral') add(`drug:${drug.id}@${form}`, 3, `${name} as a ${form === 'patch' ? 'patch' : 'cream, gel or ointment'}`);
    if (explicitPostop) add(`drug:${drug.id}@postop`, 3, `${name} after surgery`);
    add(`drug:${drug.id}`, 2, 'this drug');
  }
  for (const drug of drugs) {
    if (form !== 'oral') add(`class:${drug.class}@${form}`, 1, `${drug.class} ${form === 'patch' ? 'patches' : 'topicals'}`);
    add(`class:${drug.class}`, 0.7, `${drug.class} drugs`);
  }
  if (drugs.length === 0 && form !== 'oral') add(`form:${form}`, 1.5, form === 'patch' ? 'patches' : 'creams, gels and ointments');
  let kinds = drugs.length === 0 ? catalog.detectItemKinds(itemText) : [];
  // "Physical therapy following arthroscopy": the surgery is behind the request, not what it asks for;
  // "Pre-operative PT/PTT" is a laboratory test, not therapy.
  if (explicitPostop) kinds = kinds.filter((k) => !k.id.startsWith('surgery-'));
  if (preop) kinds = kinds.filter((k) => k.id !== 'physical-therapy');
  if (drugs.length === 0 && visitForSurgery.test(itemText)) {
    const visit = catalog.itemKinds.find((k) => k.id === 'office-visit');
    kinds = [...(visit ? [visit] : []), ...kinds.filter((k) => !k.id.startsWith('surgery-') && k !== visit)];
  }
  // Therapy after a surgery is judged by the postsurgical guideline, not by what therapy in general cites.
  const postopTherapy = postop && kinds.some((k) => k.id === 'physical-therapy' || k.id.startsWith('postop-therapy'));
  // The same kind of request for another body part: what a shoulder MRI cites in the shoulder's chapter,
  // a knee MRI may cite in the knee's. Learned as "the item's own chapter" (see evidence-letters.ts).
  const family = kinds.length > 0 && !postopTherapy ? familyOf(kinds[0].id) : undefined;
  const regions = itemRegions(itemText);
  if (family && regions.size > 0) add(`family:${family}`, 1, `${family} requests for any body part`);
  kinds.forEach((kind, n) => {
    if (postop) add(`kind:${kind.id}@postop`, n === 0 ? 2.5 : 1, `${inSentence(kind.label)} after surgery`, n > 0);
    if (!postopTherapy) add(`kind:${kind.id}`, n === 0 ? 2 : 0.5, inSentence(kind.label), n > 0);
  });
  // What is cited for a kind of request can depend on where it is done: an epidural injection at L4-5
  // is cited to the low back chapter where an unplaced one is cited to Chronic Pain.
  if (!postopTherapy) for (const region of regions) if (kinds.length > 0) add(`kind:${kinds[0].id}@${region}`, 2.5, `${inSentence(kinds[0].label)} for ${regionNames[region]}`);
  if (preop) add('context:preop', kinds.length > 0 ? 0.75 : 1.5, 'pre-operative requests');
  else if (explicitPostop && drugs.length === 0) add('context:postop', 1, 'requests that follow a surgery');
  if (drugs.length === 0 && !postopTherapy) {
    for (const region of regions) add(`region:${region}`, 0.5, `requests for ${regionNames[region]}`);
    // Requests the catalog has no entry for ("Electrical stimulation", "Ultrasound") are known by their
    // words — only words the catalog itself uses, so the evidence never holds a letter's own wording.
    const vocabulary = catalogWords(catalog);
    for (const word of keyWords(itemText)) {
      if (word.length < 3 || plainWords.has(word) || /\d/.test(word) || !vocabulary.has(word)) continue;
      add(`word:${word}`, kinds.length > 0 ? 0.2 : 0.5, `requests naming "${word}"`);
    }
  }
  return { features, drugs, kinds, regions, form, postop, preop, postopTherapy };
}
