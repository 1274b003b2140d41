// The guideline catalog: MTUS parts and sections, ODG and ACOEM chapters, the drug map and item kinds,
// as JSON data (data/*.json, catalog.schema.json) with lookups built once. Pure: no I/O.
import chronicPain from './data/chronic-pain.json';
import drugs from './data/drugs.json';
import itemKinds from './data/item-kinds.json';
import mtusParts from './data/mtus-parts.json';
import odgAcoem from './data/odg-acoem.json';
import opioidTreatment from './data/opioid-treatment.json';
import { Catalog } from './catalog';
import { dataFromFiles } from './merge';
import type { CatalogFile } from './types';

export { Catalog } from './catalog';
export type { DrugHit, Nearest, PartLabelHit, SectionHit, SectionVia } from './catalog';
export { mergeCatalogs, referenceProblems, type CatalogProblem, type MergeResult } from './merge';
export { schemaProblems } from './schema-check';
export { keyWords, normKey, tokenize, type Token } from '../text/tokens';
export type * from './types';
export { isMtusRef } from './types';

/** The built-in files, in merge order. */
export const builtinCatalogFiles: readonly CatalogFile[] = [
  mtusParts,
  chronicPain,
  opioidTreatment,
  odgAcoem,
  drugs,
  itemKinds,
] as CatalogFile[];

export const builtinCatalog: Catalog = new Catalog(dataFromFiles(builtinCatalogFiles));
