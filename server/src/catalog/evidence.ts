// What reviewers cite, as counts: for each kind of item (a drug in a form, an item kind, a body region
// with a procedure), how often each citation was given in the MAXIMUS guideline field of real letters.
// The data is learned by scripts/catalog-learn.mjs (see evidence-learn.ts) and holds counts only, never
// letter text. Lookups are property reads on the parsed JSON.
import type { CitationRef } from './types';

/**
 * One cited guideline piece: `mtus:<part id>:<section name>` (section empty for a part cited without
 * sections) or `odg:<chapter id>:<topic name>` (topic empty for a chapter named without a topic).
 * The edition is left out: the letter's era decides it when the citation is written.
 */
export type CiteKey = string;

export interface EvidenceData {
  source?: string;
  /** How many letters (cases) the counts come from. */
  letters: number;
  /**
   * Item feature key -> in how many letters an item with the feature had a cited MAXIMUS field, and
   * in how many of them each citation was given (a letter counts once however many such items it has).
   */
  items: Record<string, FeatureEvidence>;
  /** Cite key -> pages printed with it in the 2014-15 form -> count. */
  pages?: Record<CiteKey, Record<string, number>>;
}

export interface FeatureEvidence {
  letters: number;
  cites: Record<CiteKey, number>;
}

export function citeKeyOf(ref: CitationRef): CiteKey {
  if ('mtus' in ref) return `mtus:${ref.mtus}:${ref.sections?.[0] ?? ''}`;
  return `odg:${ref.odg}:${ref.topic}`;
}

/** The citation a cite key names, without an edition (the era adds it). */
export function refOfCiteKey(key: CiteKey): CitationRef | undefined {
  const m = /^(mtus|odg):([^:]+):(.*)$/.exec(key);
  if (!m) return undefined;
  if (m[1] === 'mtus') return m[3] ? { mtus: m[2], sections: [m[3]] } : { mtus: m[2], sections: [] };
  return m[3] ? { odg: m[2], topic: m[3] } : undefined;
}

/** The part or chapter of a cite key: `mtus:low-back`, `odg:pain`. */
export function partOfCiteKey(key: CiteKey): string {
  return key.split(':').slice(0, 2).join(':');
}

export class Evidence {
  constructor(readonly data: EvidenceData) {}

  /** What was cited for items with `feature`, if any letter had one. */
  feature(feature: string): FeatureEvidence | undefined {
    return Object.prototype.hasOwnProperty.call(this.data.items, feature) ? this.data.items[feature] : undefined;
  }

  /** The pages most often printed with a cite key in 2014-15 letters, if any were. */
  usualPages(key: CiteKey): string | undefined {
    const pages = this.data.pages?.[key];
    if (!pages) return undefined;
    let best: string | undefined;
    for (const [p, n] of Object.entries(pages)) if (best === undefined || n > pages[best]) best = p;
    return best;
  }
}

export const emptyEvidence = new Evidence({ letters: 0, items: {} });
