// Citations for an item ranked by what reviewers cite: the evidence counted from real letters for each
// feature of the item (drug and form, class, item kind, body region, surgery, words), weighted by how
// specific the feature is, plus the drug and item-kind tables for what the letters are silent on. The
// Claims Administrator's citations only break ties. Each suggestion says why it ranks where it does.
import type { Catalog } from './catalog';
import evidenceData from './data/evidence.json';
import { Evidence, citeKeyOf, refOfCiteKey, type CiteKey, type EvidenceData } from './evidence';
import { itemFeatures, regionName, type ItemContext, type ItemFeatures } from './evidence-features';
import { regionsNamed, regionsOfOdgChapter, regionsOfPart, type Region } from './regions';
import { scopeMismatch, type TreatmentKinds } from './scopes';
import type { CitationRef } from './types';
import { isMtusRef } from './types';
import { renderCitation, type CitationEra, type CitationSuggestion, type GuidelineFieldKind } from './suggest-render';

export interface RankedCitation extends CitationSuggestion {
  key: CiteKey;
  /** Why it ranks here, in a phrase ("cited for this drug in most letters"). */
  why: string;
  score: number;
}

export interface RankOptions {
  context?: ItemContext;
  evidence?: Evidence;
  limit?: number;
}

let builtin: Evidence | undefined;

/** The evidence learned from the shared letters (data/evidence.json), read on first use. */
export function builtinEvidence(): Evidence {
  return (builtin ??= new Evidence(evidenceData as EvidenceData));
}

/** What the drug and item-kind tables are worth against letters: their first choice weighs as much as one and a half letters (they summarise a corpus of 439 items). */
const TABLE_WEIGHT = 1.5;
const TABLE_DECAY = 0.6;
const CLAIMS_TIE = 0.001;
const REGION_MISFIT = 0.3;
/** A feature's letters are smoothed by one: a citation given in 1 of 1 letters counts half, in 9 of 9 nine tenths. */
const SMOOTHING = 1;

const postsurgicalSection: Readonly<Record<Region, string | undefined>> = {
  shoulder: 'Shoulder', knee: 'Knee', elbow: 'Elbow & Upper Arm', 'wrist-hand': 'Forearm, Wrist, & Hand', lumbar: 'Low Back',
  neck: 'Neck & Upper Back', thoracic: 'Neck & Upper Back', 'ankle-foot': 'Ankle & Foot', hip: 'Hip, Pelvis and Thigh (femur)', head: undefined,
};

/** ODG's chapter of each region, for a topic cited in "the body part's chapter". */
const regionOdgChapter: Readonly<Record<Region, string | undefined>> = {
  neck: 'neck', thoracic: 'neck', lumbar: 'low-back', shoulder: 'shoulder', elbow: 'elbow', 'wrist-hand': 'forearm-wrist-hand',
  knee: 'knee', 'ankle-foot': 'ankle', hip: 'hip', head: 'head',
};

/** A relative cite key (`mtus:*:Special Studies`) in the chapters of the item's regions that have the section or topic. */
function placedKeys(key: CiteKey, regions: ReadonlySet<Region>, catalog: Catalog): CiteKey[] {
  const [kind, , ...rest] = key.split(':');
  const name = rest.join(':');
  const out: CiteKey[] = [];
  for (const region of regions) {
    if (kind === 'mtus') {
      const part = regionPart[region] ? catalog.part(regionPart[region]!) : undefined;
      const section = part ? catalog.lookupSection(part, name)?.section : undefined;
      if (part && section) out.push(`mtus:${part.id}:${section.name}`);
    } else {
      const chapter = regionOdgChapter[region] ? catalog.odgChapter(regionOdgChapter[region]!) : undefined;
      const topic = chapter ? catalog.lookupOdgTopic(chapter, name) : undefined;
      if (chapter && topic) out.push(`odg:${chapter.id}:${topic.name}`);
    }
  }
  return [...new Set(out)];
}

/** The ACOEM chapter of each region, for studies cited to "the body part's Special Studies". */
const regionPart: Readonly<Record<Region, string | undefined>> = {
  neck: 'neck-upper-back', thoracic: 'neck-upper-back', lumbar: 'low-back', shoulder: 'shoulder', elbow: 'elbow', 'wrist-hand': 'forearm-wrist-hand',
  knee: 'knee', 'ankle-foot': 'ankle-foot', hip: undefined, head: undefined,
};

interface Candidate {
  key: CiteKey;
  /** The table's citation, when a table gave it (evidence gives only the key). */
  ref?: CitationRef;
  score: number;
  best: number;
  why: string;
  order: number;
}

function lettersPhrase(about: string, n: number, of: number): string {
  if (of === 2 && n === 2) return `cited for ${about} in both letters`;
  if (of > 2 && n === of) return `cited for ${about} in all ${of} letters`;
  if (of > 2 && n * 2 > of) return `cited for ${about} in most letters (${n} of ${of})`;
  return `cited for ${about} in ${n} of ${of} letter${of === 1 ? '' : 's'}`;
}

/** The table citations for the item: its drugs' then its kinds', each with why, likeliest first. */
function tableRefs(f: ItemFeatures, era: CitationEra, context: ItemContext): { ref: CitationRef; why: string }[] {
  const out: { ref: CitationRef; why: string }[] = [];
  if (f.postopTherapy) {
    // Therapy after a surgery follows the postsurgical guideline for the operated region.
    const regions = f.regions.size > 0 ? [...f.regions] : surgeryRegions(context);
    for (const region of regions) {
      const section = postsurgicalSection[region];
      if (section) out.push({ ref: { mtus: 'postsurgical', year: '2009', sections: [section] }, why: `the postsurgical guideline for ${regionName(region)}` });
    }
  }
  // Each drug's citations in its own order, the drugs taken in turn: an item that may name two drugs
  // (a brand word shared by a tablet and a gel) offers each one's usual citation before either's second.
  const perDrug = f.drugs.map((drug) => {
    const refs: { ref: CitationRef; why: string }[] = [];
    if (f.form === 'topical' && drug.class !== 'compounded topical') {
      // A cream, gel or ointment is a topical analgesic whatever the drug's oral or patch topic is.
      refs.push({ ref: { mtus: 'chronic-pain', sections: ['Topical analgesics'] }, why: `the topic for drugs applied as a cream, gel or ointment` });
    }
    if (f.postop && drug.class === 'opioid' && era === '2016') {
      refs.push({ ref: { mtus: 'opioid-treatment', year: '2016', sections: ['1.4'] }, why: 'the opioid section for post-operative pain' });
    }
    for (const ref of era === '2016' ? drug.cite2016 : drug.cite2014) refs.push({ ref, why: `the usual citation for ${drug.class} drugs` });
    return refs;
  });
  for (let rank = 0; perDrug.some((refs) => rank < refs.length); rank++) for (const refs of perDrug) if (rank < refs.length) out.push(refs[rank]);
  if (f.drugs.length === 0 && f.form !== 'oral') {
    out.push({ ref: { mtus: 'chronic-pain', sections: ['Topical analgesics'] }, why: 'the topic for creams, gels, ointments and patches' });
  }
  if (f.form !== 'oral') out.push({ ref: { odg: 'pain', topic: 'Topical analgesics' }, why: "ODG's topic for topical analgesics" });
  if (f.kinds.some((k) => k.id.startsWith('emg-ncv'))) {
    // Electrodiagnostic studies cite the Chronic Pain topic or the studied body part's Special Studies.
    for (const region of f.regions) {
      const part = regionPart[region];
      if (part) out.push({ ref: { mtus: part, sections: ['Special Studies'] }, why: `the chapter for ${regionName(region)}` });
    }
  }
  for (const kind of f.kinds.slice(0, 2)) {
    for (const ref of era === '2016' ? kind.cite2016 : kind.cite2014) out.push({ ref, why: kindWhy(kind.label, ref, f.regions) });
  }
  return out;
}

function kindWhy(label: string, ref: CitationRef, regions: Set<Region>): string {
  const covered = isMtusRef(ref) ? regionsOfPart(ref.mtus) : regionsOfOdgChapter(ref.odg);
  const region = [...regions].find((r) => covered.includes(r));
  return region ? `the chapter for ${regionName(region)}` : `the usual citation for ${/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label}`;
}

/** The regions of the letter's surgery, for therapy that names none itself. */
function surgeryRegions(context: ItemContext): Region[] {
  const found: Region[] = [];
  for (const text of context.otherItems ?? []) {
    if (!/\b(surgery|arthroscopy|arthroscopic|repair|fusion|ectomy|plasty|replacement|release|decompression)\b/i.test(text)) continue;
    for (const r of regionsNamed(text)) if (!found.includes(r)) found.push(r);
  }
  return found;
}

/** The cite key of a table citation, its section or topic named as the evidence names it. */
function canonicalKey(ref: CitationRef, catalog: Catalog): CiteKey {
  if (isMtusRef(ref)) {
    const part = catalog.part(ref.mtus);
    const section = part && ref.sections?.[0] ? catalog.lookupSection(part, ref.sections[0])?.section : undefined;
    return section ? `mtus:${ref.mtus}:${section.name}` : citeKeyOf(ref);
  }
  const chapter = catalog.odgChapter(ref.odg);
  const topic = chapter ? catalog.lookupOdgTopic(chapter, ref.topic) : undefined;
  return topic ? `odg:${ref.odg}:${topic.name}` : citeKeyOf(ref);
}

/** Body-region chapters that cover none of the regions the item names are unlikely (a knee MRI is not a back study). */
function regionFit(key: CiteKey, regions: Set<Region>): number {
  if (regions.size === 0) return 1;
  const [kind, id] = key.split(':');
  const covered = kind === 'mtus' ? regionsOfPart(id) : regionsOfOdgChapter(id);
  if (covered.length === 0 || covered.some((r) => regions.has(r))) return 1;
  return REGION_MISFIT;
}

/**
 * Whether the key cites an MTUS part that does not speak to the item (scopes.ts): never offered. Letters that
 * cited Acupuncture Treatment for "infrared acupuncture visits" must not make it a citation of infrared
 * therapy alone, which citation-wrong-part would then report.
 */
function outOfScope(key: CiteKey, item: TreatmentKinds): boolean {
  const [kind, id] = key.split(':');
  return kind === 'mtus' && scopeMismatch(id, item) !== undefined;
}

/** A cite key written out in the letter's era; undefined when the era has no such citation. */
function refFor(key: CiteKey, given: CitationRef | undefined, era: CitationEra, catalog: Catalog): CitationRef | undefined {
  const ref = given ?? refOfCiteKey(key);
  if (!ref) return undefined;
  if (!isMtusRef(ref)) return ref;
  const part = catalog.part(ref.mtus);
  if (!part) return undefined;
  if (part.id === 'chronic-pain') return { ...ref, year: era === '2016' ? '2016' : '2009' };
  // Opioid Treatment 2016 did not exist for 2014-15 letters.
  if (era === '2014' && part.years.every((y) => Number(y) >= 2016)) return undefined;
  const section = ref.sections?.[0];
  if (section && !catalog.lookupSection(part, section)) return undefined;
  return { ...ref, year: ref.year ?? part.years[0] };
}

/** The citations for an item, likeliest first, each with the reason it ranks there. */
export function rankCitations(
  itemText: string,
  era: CitationEra,
  fieldKind: GuidelineFieldKind,
  catalog: Catalog,
  options: RankOptions = {},
): RankedCitation[] {
  const context = options.context ?? {};
  const evidence = options.evidence ?? builtinEvidence();
  const limit = options.limit ?? 6;
  const f = itemFeatures(itemText, catalog, context);
  const candidates = new Map<CiteKey, Candidate>();
  const credit = (key: CiteKey, ref: CitationRef | undefined, amount: number, why: string) => {
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { key, ref, score: 0, best: -1, why, order: candidates.size }));
    c.score += amount;
    if (amount > c.best) {
      c.best = amount;
      c.why = why;
    }
  };
  for (const feature of f.features) {
    const e = evidence.feature(feature.key);
    if (!e) continue;
    for (const [key, n] of Object.entries(e.cites)) {
      const amount = (feature.weight * n) / (e.letters + SMOOTHING);
      if (key.split(':')[1] !== '*') credit(key, undefined, amount, lettersPhrase(feature.about, n, e.letters));
      else for (const placed of placedKeys(key, f.regions, catalog)) credit(placed, undefined, amount, lettersPhrase(feature.about, n, e.letters));
    }
  }
  tableRefs(f, era, context).forEach(({ ref, why }, rank) => {
    credit(canonicalKey(ref, catalog), ref, TABLE_WEIGHT * TABLE_DECAY ** rank, why);
  });
  const treatment: TreatmentKinds = { kinds: f.kinds.map((k) => k.id), drugClasses: f.drugs.map((d) => d.class) };
  for (const [key, c] of candidates) {
    if (outOfScope(key, treatment)) candidates.delete(key);
    else c.score *= regionFit(c.key, f.regions);
  }
  for (const key of context.claimsCites ?? []) {
    const c = candidates.get(key);
    if (c) c.score += CLAIMS_TIE;
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.order - b.order);
  const out: RankedCitation[] = [];
  for (const c of ranked) {
    // Only the few citations offered are resolved and written out: the ranking itself is map reads.
    const written = refFor(c.key, c.ref, era, catalog);
    const rendered = written && renderCitation(written, era, fieldKind, catalog);
    if (!rendered || out.some((s) => s.text === rendered.text)) continue;
    out.push({ ...rendered, preferred: out.length === 0, key: c.key, why: c.why, score: c.score });
    if (out.length >= limit) break;
  }
  return out;
}
