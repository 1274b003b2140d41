// Builds catalog data from catalog files: the built-in files, then any user files over them. A user
// entry with a known id adds to that entry (names, sections, spellings) and overrides what it sets;
// a new id adds an entry. A broken file is reported by name and skipped; the others still merge.
import { Catalog } from './catalog';
import { schemaProblems } from './schema-check';
import { normKey } from './tokens';
import type { CatalogData, CatalogFile, CitationRef, DrugEntry, ItemKindEntry, OdgChapter, PartEntry, SectionEntry } from './types';
import { isMtusRef } from './types';

export interface CatalogProblem {
  file: string;
  message: string;
}

export interface MergeResult {
  catalog: Catalog;
  problems: CatalogProblem[];
}

function emptyData(): CatalogData {
  return { parts: [], odgChapters: [], acoemChapters: [], drugs: [], itemKinds: [] };
}

function cloneData(data: CatalogData): CatalogData {
  return {
    parts: data.parts.map((p) => ({ ...p, sections: [...p.sections], variants: p.variants && [...p.variants] })),
    odgChapters: data.odgChapters.map((c) => ({ ...c, spellings: [...c.spellings], topics: [...c.topics] })),
    acoemChapters: [...data.acoemChapters],
    drugs: data.drugs.map((d) => ({ ...d })),
    itemKinds: [...data.itemKinds],
  };
}

function mergeSections(into: SectionEntry[], add: SectionEntry[]): SectionEntry[] {
  const out = [...into];
  for (const section of add) {
    const key = normKey(section.name);
    const at = out.findIndex((s) => normKey(s.name) === key);
    if (at >= 0) out[at] = { ...out[at], ...section };
    else out.push(section);
  }
  return out;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Merges one file's entries into `data`; returns problems that make entries unusable. */
function mergeFile(data: CatalogData, file: CatalogFile, fileName: string): string[] {
  const problems: string[] = [];
  const source = file.source ?? fileName;
  (file.parts ?? []).forEach((entry, i) => {
    const existing = data.parts.find((p) => p.id === entry.id);
    if (existing) {
      Object.assign(existing, {
        ...entry,
        variants: entry.variants ? [...(existing.variants ?? []), ...entry.variants] : existing.variants,
        sections: entry.sections ? mergeSections(existing.sections, entry.sections) : existing.sections,
        nonMtusTopics: entry.nonMtusTopics ? [...(existing.nonMtusTopics ?? []), ...entry.nonMtusTopics] : existing.nonMtusTopics,
      });
    } else if (!entry.label || !entry.years || entry.years.length === 0) {
      problems.push(`parts[${i}] ("${entry.id}"): a new part needs "label" and "years"`);
    } else {
      data.parts.push({ family: 'user', sections: [], source, ...entry } as PartEntry);
    }
  });
  (file.odgChapters ?? []).forEach((entry, i) => {
    const existing = data.odgChapters.find((c) => c.id === entry.id);
    if (existing) {
      Object.assign(existing, {
        ...entry,
        spellings: unique([...existing.spellings, ...(entry.spellings ?? [])]),
        topics: [...existing.topics, ...(entry.topics ?? [])],
      });
    } else if (!entry.name) {
      problems.push(`odgChapters[${i}] ("${entry.id}"): a new chapter needs "name"`);
    } else {
      data.odgChapters.push({ spellings: [], topics: [], source, ...entry } as OdgChapter);
    }
  });
  for (const entry of file.acoemChapters ?? []) {
    const at = data.acoemChapters.findIndex((c) => c.edition === entry.edition && c.chapter === entry.chapter);
    if (at >= 0) data.acoemChapters[at] = entry;
    else data.acoemChapters.push(entry);
  }
  (file.drugs ?? []).forEach((entry, i) => {
    const existing = data.drugs.find((d) => d.id === entry.id);
    if (existing) {
      Object.assign(existing, {
        ...entry,
        generic: unique([...existing.generic, ...(entry.generic ?? [])]),
        brands: unique([...existing.brands, ...(entry.brands ?? [])]),
      });
    } else if ((entry.generic ?? []).length + (entry.brands ?? []).length === 0) {
      problems.push(`drugs[${i}] ("${entry.id}"): a new drug needs a "generic" or "brands" name`);
    } else {
      data.drugs.push({ generic: [], brands: [], class: '', cite2014: [], cite2016: [], source, ...entry } as DrugEntry);
    }
  });
  const newKinds: ItemKindEntry[] = [];
  (file.itemKinds ?? []).forEach((entry, i) => {
    const existing = data.itemKinds.findIndex((k) => k.id === entry.id);
    if (existing >= 0) {
      data.itemKinds[existing] = { ...data.itemKinds[existing], ...entry };
    } else if (!entry.match) {
      problems.push(`itemKinds[${i}] ("${entry.id}"): a new item kind needs "match"`);
    } else {
      newKinds.push({ label: entry.id ?? '', cite2014: [], cite2016: [], source, ...entry } as ItemKindEntry);
    }
  });
  // A user's kinds are usually narrower than the built-in ones, so they are tried first.
  data.itemKinds.unshift(...newKinds);
  return problems;
}

function refProblem(data: CatalogData, ref: CitationRef): string | undefined {
  if (isMtusRef(ref)) {
    const part = data.parts.find((p) => p.id === ref.mtus);
    if (!part) return `unknown part "${ref.mtus}"`;
    if (ref.year && !part.years.includes(ref.year)) return `${part.label} has no ${ref.year} edition`;
    for (const name of ref.sections ?? []) {
      const key = normKey(name);
      if (!part.sections.some((s) => s.number === name || normKey(s.name) === key || (s.name2009 && normKey(s.name2009) === key))) {
        return `${part.label} has no section "${name}"`;
      }
    }
    return undefined;
  }
  return data.odgChapters.some((c) => c.id === ref.odg) ? undefined : `unknown ODG chapter "${ref.odg}"`;
}

/** Citations in the drug map and item kinds that name a part, section or chapter the catalog lacks. */
export function referenceProblems(data: CatalogData): string[] {
  const problems: string[] = [];
  const check = (where: string, refs: CitationRef[]) =>
    refs.forEach((ref, i) => {
      const problem = refProblem(data, ref);
      if (problem) problems.push(`${where}[${i}]: ${problem}`);
    });
  for (const drug of data.drugs) {
    check(`drug "${drug.id}" cite2014`, drug.cite2014);
    check(`drug "${drug.id}" cite2016`, drug.cite2016);
  }
  for (const kind of data.itemKinds) {
    check(`item kind "${kind.id}" cite2014`, kind.cite2014);
    check(`item kind "${kind.id}" cite2016`, kind.cite2016);
  }
  return problems;
}

/** Catalog data from already-parsed files (the built-in data, which the unit tests check). */
export function dataFromFiles(files: readonly CatalogFile[]): CatalogData {
  const data = emptyData();
  for (const file of files) mergeFile(data, file, 'built-in');
  return data;
}

/**
 * Merges user catalog files (JSON text) over `base`. Each file is parsed and checked against
 * catalog.schema.json; a file with problems is reported and left out, and the rest still merge.
 */
export function mergeCatalogs(base: Catalog, userCatalogJsonTexts: readonly { name: string; text: string }[]): MergeResult {
  const problems: CatalogProblem[] = [];
  if (userCatalogJsonTexts.length === 0) return { catalog: base, problems };
  let data = cloneData(base.data);
  for (const { name, text } of userCatalogJsonTexts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({ file: name, message: `${name}: not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const schema = schemaProblems(parsed);
    if (schema.length > 0) {
      problems.push({ file: name, message: `${name}: ${schema.slice(0, 5).join('; ')}${schema.length > 5 ? ` (and ${schema.length - 5} more)` : ''}` });
      continue;
    }
    // Merge into a copy first, so a file whose entries are unusable leaves no half-merged trace.
    const trial = cloneData(data);
    const entryProblems = mergeFile(trial, parsed as CatalogFile, name);
    const dangling = referenceProblems(trial).filter((p) => !referenceProblems(data).includes(p));
    const all = [...entryProblems, ...dangling];
    if (all.length > 0) {
      problems.push({ file: name, message: `${name}: ${all.slice(0, 5).join('; ')}${all.length > 5 ? ` (and ${all.length - 5} more)` : ''}` });
      continue;
    }
    data = trial;
  }
  return { catalog: new Catalog(data), problems };
}
