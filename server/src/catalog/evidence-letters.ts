// Evidence from parsed letters: what each MAXIMUS guideline field cites, as cite keys, and the counts
// learned from a list of letters. A pure function of its input, so the agreement test can rebuild the
// evidence without the letter under test; scripts/catalog-learn.mjs only writes its result to disk.
import type { Catalog } from './catalog';
import type { CiteKey, EvidenceData } from './evidence';
import { itemFeatures, type ItemContext } from './evidence-features';
import type { GuidelineField, ParsedGuidelineField } from '../citations';
import { parseLetterFields } from '../citations';
import type { Item, Letter } from '../letter/model';
import { regionsOfOdgChapter, regionsOfPart, type Region } from './regions';

/**
 * A citation in the chapter of a body part the item names, as a key relative to it: `mtus:*:Special Studies`
 * for an MRI of the knee cited to Knee Complaints; undefined for a citation of any other chapter.
 */
function relativeCite(cite: CiteKey, regions: ReadonlySet<Region>): CiteKey | undefined {
  const [kind, id, ...rest] = cite.split(':');
  const covered = kind === 'mtus' ? regionsOfPart(id) : regionsOfOdgChapter(id);
  const name = rest.join(':');
  return name && covered.some((r) => regions.has(r)) ? `${kind}:*:${name}` : undefined;
}

/** The guideline pieces a field cites, in the order written, each once. */
export function citeKeysOfField(field: GuidelineField): CiteKey[] {
  const keys: CiteKey[] = [];
  const add = (key: CiteKey) => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const clause of field.clauses) {
    if (clause.kind === 'mtus') {
      for (const part of clause.parts) {
        if (!part.part) continue;
        let any = false;
        for (const s of part.sections) {
          if (s.section) {
            add(`mtus:${part.part.id}:${s.section.name}`);
            any = true;
          } else if (s.nonMtus) {
            add(`odg:${s.nonMtus.odg.chapter}:${s.nonMtus.odg.topic}`);
            any = true;
          }
        }
        if (!any) add(`mtus:${part.part.id}:`);
      }
    } else if (clause.kind === 'non-mtus' && clause.odg?.chapter) {
      add(`odg:${clause.odg.chapter.chapter.id}:${clause.odg.topic?.topic?.name ?? ''}`);
    }
  }
  return keys;
}

/** The pages printed with each MTUS piece of a field (the 2014-15 form), as "from" or "from-to". */
function pagesOfField(field: GuidelineField): [CiteKey, string][] {
  const out: [CiteKey, string][] = [];
  for (const clause of field.clauses) {
    if (clause.kind !== 'mtus') continue;
    for (const part of clause.parts) {
      if (!part.part || part.pages.length === 0) continue;
      const pages = part.pages.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(', ');
      const sections = part.sections.filter((s) => s.section);
      if (sections.length === 0) out.push([`mtus:${part.part.id}:`, pages]);
      for (const s of sections) out.push([`mtus:${part.part.id}:${s.section!.name}`, pages]);
    }
  }
  return out;
}

interface LetterFields {
  byItem: Map<Item, { claims?: GuidelineField; maximus?: GuidelineField }>;
  /** The first few items that request a surgery: enough to place the letter's therapy and drugs after it. */
  surgeries: Item[];
}

const perLetter = new WeakMap<Letter, WeakMap<Catalog, LetterFields>>();
const surgeryRequest = /\b(surgery|arthroscopy|arthroscopic|repair|fusion|discectomy|microdiscectomy|laminectomy|laminotomy|meniscectomy|arthroplasty|replacement|reconstruction|acromioplasty|decompression|release|debridement)\b/i;
const notSurgery = /\b(pre[- ]?op(erative)?|post[- ]?op(erative)?|clearance|evaluation|consult(ation)?|assistant|assist|associated)\b/i;
const MAX_SURGERIES = 3;

/**
 * One pass over the letter's fields, kept with the letter, so each item's context is a map read. `parsed`:
 * the letter's fields already read with this catalog (an analysis's), which are then not read again.
 */
function lettersFields(letter: Letter, catalog: Catalog, parsed?: readonly ParsedGuidelineField[]): LetterFields {
  let byCatalog = perLetter.get(letter);
  if (!byCatalog) perLetter.set(letter, (byCatalog = new WeakMap()));
  let fields = byCatalog.get(catalog);
  if (!fields) {
    fields = { byItem: new Map(), surgeries: [] };
    for (const f of parsed ?? parseLetterFields(letter, catalog)) {
      if (f.unfinished) continue;
      let entry = fields.byItem.get(f.item);
      if (!entry) fields.byItem.set(f.item, (entry = {}));
      entry[f.kind] ??= f.parsed;
    }
    for (const item of letter.items) {
      if (fields.surgeries.length >= MAX_SURGERIES) break;
      if (surgeryRequest.test(item.itemText) && !notSurgery.test(item.itemText)) fields.surgeries.push(item);
    }
    byCatalog.set(catalog, fields);
  }
  return fields;
}

/** The item's guideline field of one kind, parsed (the first, when written twice). */
export function fieldOf(letter: Letter, item: Item, kind: 'claims' | 'maximus', catalog: Catalog): GuidelineField | undefined {
  return lettersFields(letter, catalog).byItem.get(item)?.[kind];
}

/**
 * What the letter says around an item: the surgery it may follow and the Claims Administrator's citations.
 * `parsed`: the letter's guideline fields, when the caller has read them (rules/facts.ts).
 */
export function itemContextOf(letter: Letter, item: Item, catalog: Catalog, parsed?: readonly ParsedGuidelineField[]): ItemContext {
  const fields = lettersFields(letter, catalog, parsed);
  const claims = fields.byItem.get(item)?.claims;
  return {
    otherItems: fields.surgeries.filter((i) => i !== item).map((i) => i.itemText),
    claimsCites: claims ? citeKeysOfField(claims) : [],
  };
}

/** The evidence a list of letters gives: per item feature, the letters it was cited in and how. */
export function learnEvidence(letters: readonly Letter[], catalog: Catalog): EvidenceData {
  const items: EvidenceData['items'] = {};
  const pages: NonNullable<EvidenceData['pages']> = {};
  for (const letter of letters) {
    // Each (feature, citation) pair counts once per letter, so a letter with many alike items
    // (a surgery's twelve pre-operative tests) weighs as one reviewer's habit, not twelve.
    const seenFeatures = new Set<string>();
    const seenCites = new Set<string>();
    for (const item of letter.items) {
      const maximus = fieldOf(letter, item, 'maximus', catalog);
      const cites = maximus ? citeKeysOfField(maximus) : [];
      if (!maximus || cites.length === 0) continue;
      const { features, regions } = itemFeatures(item.itemText, catalog, itemContextOf(letter, item, catalog));
      for (const { key, secondary } of features) {
        if (secondary) continue;
        const family = key.startsWith('family:');
        const entry = (items[key] ??= { letters: 0, cites: {} });
        if (!seenFeatures.has(key)) {
          seenFeatures.add(key);
          entry.letters++;
        }
        for (const given of cites) {
          const cite = family ? relativeCite(given, regions) : given;
          if (cite === undefined || seenCites.has(`${key}\u0000${cite}`)) continue;
          seenCites.add(`${key}\u0000${cite}`);
          entry.cites[cite] = (entry.cites[cite] ?? 0) + 1;
        }
      }
      for (const [cite, printed] of pagesOfField(maximus)) {
        const byPages = (pages[cite] ??= {});
        byPages[printed] = (byPages[printed] ?? 0) + 1;
      }
    }
  }
  return { letters: letters.length, items: sortedItems(items), ...(Object.keys(pages).length > 0 ? { pages } : {}) };
}

/** Features and citations in a stable order, so the written file changes only where the counts do. */
function sortedItems(items: EvidenceData['items']): EvidenceData['items'] {
  const out: EvidenceData['items'] = {};
  for (const key of Object.keys(items).sort()) {
    const cites = Object.entries(items[key].cites).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out[key] = { letters: items[key].letters, cites: Object.fromEntries(cites) };
  }
  return out;
}
