// Builds catalog data from catalog files: the built-in files, then any user files over them. A user
// entry with a known id adds to that entry (names, sections, spellings) and overrides what it sets;
// a new id adds an entry. A broken file is reported by name and skipped; the others still merge.
// Every lookup goes through a Map built once per file, so merging is linear in the entries: a
// catalog of 100,000 entries must not take the server down.
import { Catalog } from './catalog';
import { parseJsonData } from './json-data';
import { schemaProblems } from './schema-check';
import { normKey } from '../text/tokens';
import type { CatalogData, CatalogFile, CitationRef, DrugEntry, ItemKindEntry, OdgChapter, PartEntry, SectionEntry } from './types';
import { isMtusRef } from './types';

export interface CatalogProblem {
  file: string;
  /** The whole message, starting with the file's name. */
  message: string;
}

export interface MergeResult {
  catalog: Catalog;
  problems: CatalogProblem[];
}

/** Keys that would reach an object's prototype if copied with assignment; a catalog never needs them. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function emptyData(): CatalogData {
  return { parts: [], odgChapters: [], acoemChapters: [], drugs: [], itemKinds: [] };
}

/** A copy whose lists a merge may append to without touching `data`. */
function cloneData(data: CatalogData): CatalogData {
  return {
    parts: data.parts.map((p) => ({
      ...p,
      sections: [...p.sections],
      variants: p.variants && [...p.variants],
      nonMtusTopics: p.nonMtusTopics && [...p.nonMtusTopics],
    })),
    odgChapters: data.odgChapters.map((c) => ({ ...c, spellings: [...c.spellings], topics: [...c.topics] })),
    acoemChapters: [...data.acoemChapters],
    drugs: data.drugs.map((d) => ({ ...d, generic: [...d.generic], brands: [...d.brands] })),
    itemKinds: [...data.itemKinds],
  };
}

/** Appends to `list` in place, each value once; the set of what a list holds is kept between calls. */
class UniqueAppender {
  private readonly seen = new Map<string[], Set<string>>();

  append(list: string[], values: readonly string[] | undefined): void {
    if (!values) return;
    let seen = this.seen.get(list);
    if (!seen) {
      seen = new Set(list);
      this.seen.set(list, seen);
    }
    for (const value of values) {
      if (seen.has(value)) continue;
      seen.add(value);
      list.push(value);
    }
  }
}

function appendAll<T>(list: T[], values: readonly T[]): void {
  for (const value of values) list.push(value);
}

/** The entries of `data` by id, built once per merge and kept up to date as entries are added. */
class DataIndex {
  readonly parts = new Map<string, PartEntry>();
  readonly odgChapters = new Map<string, OdgChapter>();
  readonly drugs = new Map<string, DrugEntry>();
  readonly itemKinds = new Map<string, number>();
  readonly acoem = new Map<string, number>();
  private readonly sectionsByPart = new Map<PartEntry, Map<string, number>>();

  constructor(data: CatalogData) {
    for (const part of data.parts) if (!this.parts.has(part.id)) this.parts.set(part.id, part);
    for (const chapter of data.odgChapters) if (!this.odgChapters.has(chapter.id)) this.odgChapters.set(chapter.id, chapter);
    for (const drug of data.drugs) if (!this.drugs.has(drug.id)) this.drugs.set(drug.id, drug);
    data.itemKinds.forEach((kind, i) => {
      if (!this.itemKinds.has(kind.id)) this.itemKinds.set(kind.id, i);
    });
    data.acoemChapters.forEach((chapter, i) => {
      if (!this.acoem.has(acoemKey(chapter))) this.acoem.set(acoemKey(chapter), i);
    });
  }

  /** Where each section of `part` is, by normalised name. */
  sections(part: PartEntry): Map<string, number> {
    let index = this.sectionsByPart.get(part);
    if (!index) {
      index = new Map();
      for (let i = 0; i < part.sections.length; i++) {
        const key = normKey(part.sections[i].name);
        if (!index.has(key)) index.set(key, i);
      }
      this.sectionsByPart.set(part, index);
    }
    return index;
  }
}

function acoemKey(chapter: { edition: string; chapter: number }): string {
  return `${chapter.edition}\u0000${chapter.chapter}`;
}

function mergeSections(index: DataIndex, part: PartEntry, add: readonly SectionEntry[]): void {
  const at = index.sections(part);
  for (const section of add) {
    const key = normKey(section.name);
    const i = at.get(key);
    if (i !== undefined) {
      part.sections[i] = { ...part.sections[i], ...section };
    } else {
      at.set(key, part.sections.length);
      part.sections.push(section);
    }
  }
}

/** Merges one file's entries into `data`; returns problems that make entries unusable. */
function mergeFile(data: CatalogData, file: CatalogFile, fileName: string): string[] {
  const problems: string[] = [];
  const source = file.source ?? fileName;
  const index = new DataIndex(data);
  const names = new UniqueAppender();
  (file.parts ?? []).forEach((entry, i) => {
    const existing = index.parts.get(entry.id ?? '');
    if (existing) {
      const { variants, sections, nonMtusTopics, ...rest } = entry;
      Object.assign(existing, rest);
      if (variants) existing.variants = existing.variants ?? [];
      if (variants) appendAll(existing.variants!, variants);
      if (nonMtusTopics) existing.nonMtusTopics = existing.nonMtusTopics ?? [];
      if (nonMtusTopics) appendAll(existing.nonMtusTopics!, nonMtusTopics);
      if (sections) mergeSections(index, existing, sections);
    } else if (!entry.label || !entry.years || entry.years.length === 0) {
      problems.push(`parts[${i}]: a new part needs "label" and "years"`);
    } else {
      const part = { family: 'user', sections: [], source, ...entry } as PartEntry;
      data.parts.push(part);
      index.parts.set(part.id, part);
    }
  });
  (file.odgChapters ?? []).forEach((entry, i) => {
    const existing = index.odgChapters.get(entry.id ?? '');
    if (existing) {
      const { spellings, topics, ...rest } = entry;
      Object.assign(existing, rest);
      names.append(existing.spellings, spellings);
      appendAll(existing.topics, topics ?? []);
    } else if (!entry.name) {
      problems.push(`odgChapters[${i}]: a new chapter needs "name"`);
    } else {
      const chapter = { spellings: [], topics: [], source, ...entry } as OdgChapter;
      data.odgChapters.push(chapter);
      index.odgChapters.set(chapter.id, chapter);
    }
  });
  for (const entry of file.acoemChapters ?? []) {
    const at = index.acoem.get(acoemKey(entry));
    if (at !== undefined) {
      data.acoemChapters[at] = entry;
    } else {
      index.acoem.set(acoemKey(entry), data.acoemChapters.length);
      data.acoemChapters.push(entry);
    }
  }
  (file.drugs ?? []).forEach((entry, i) => {
    const existing = index.drugs.get(entry.id ?? '');
    if (existing) {
      const { generic, brands, ...rest } = entry;
      Object.assign(existing, rest);
      names.append(existing.generic, generic);
      names.append(existing.brands, brands);
    } else if ((entry.generic ?? []).length + (entry.brands ?? []).length === 0) {
      problems.push(`drugs[${i}]: a new drug needs a "generic" or "brands" name`);
    } else {
      const drug = { generic: [], brands: [], class: '', cite2014: [], cite2016: [], source, ...entry } as DrugEntry;
      data.drugs.push(drug);
      index.drugs.set(drug.id, drug);
    }
  });
  const newKinds: ItemKindEntry[] = [];
  (file.itemKinds ?? []).forEach((entry, i) => {
    const existing = index.itemKinds.get(entry.id ?? '');
    if (existing !== undefined) {
      data.itemKinds[existing] = { ...data.itemKinds[existing], ...entry };
    } else if (!entry.match) {
      problems.push(`itemKinds[${i}]: a new item kind needs "match"`);
    } else {
      newKinds.push({ label: entry.id ?? '', cite2014: [], cite2016: [], source, ...entry } as ItemKindEntry);
    }
  });
  // A user's kinds are usually narrower than the built-in ones, so they are tried first.
  if (newKinds.length > 0) data.itemKinds = newKinds.concat(data.itemKinds);
  return problems;
}

/** What a citation may name: parts by id with the keys of their sections, and ODG chapter ids. */
class ReferenceTargets {
  private readonly parts = new Map<string, PartEntry>();
  private readonly sectionKeys = new Map<PartEntry, Set<string>>();
  private readonly odg = new Set<string>();

  constructor(data: CatalogData) {
    for (const part of data.parts) if (!this.parts.has(part.id)) this.parts.set(part.id, part);
    for (const chapter of data.odgChapters) this.odg.add(chapter.id);
  }

  problem(ref: CitationRef): string | undefined {
    if (!isMtusRef(ref)) return this.odg.has(ref.odg) ? undefined : `unknown ODG chapter "${ref.odg}"`;
    const part = this.parts.get(ref.mtus);
    if (!part) return `unknown part "${ref.mtus}"`;
    if (ref.year && !part.years.includes(ref.year)) return `${part.label} has no ${ref.year} edition`;
    const keys = this.keysOf(part);
    for (const name of ref.sections ?? []) {
      if (!keys.has(`#${name}`) && !keys.has(normKey(name))) return `${part.label} has no section "${name}"`;
    }
    return undefined;
  }

  /** A part's section names and 2009 names, normalised, and its numbers marked with `#`. */
  private keysOf(part: PartEntry): Set<string> {
    let keys = this.sectionKeys.get(part);
    if (!keys) {
      keys = new Set();
      for (const s of part.sections) {
        keys.add(normKey(s.name));
        if (s.name2009) keys.add(normKey(s.name2009));
        if (s.number) keys.add(`#${s.number}`);
      }
      this.sectionKeys.set(part, keys);
    }
    return keys;
  }
}

/** Citations in the drug map and item kinds that name a part, section or chapter the catalog lacks. */
export function referenceProblems(data: CatalogData): string[] {
  const targets = new ReferenceTargets(data);
  const problems: string[] = [];
  const check = (where: string, refs: readonly CitationRef[]) =>
    refs.forEach((ref, i) => {
      const problem = targets.problem(ref);
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

/** Where the first key named `__proto__`, `constructor` or `prototype` is, or undefined. */
export function forbiddenKeyPath(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        // The key is one of three known words, so naming it quotes nothing of the file.
        if (forbiddenKeys.has(key)) return `${path === '' ? 'the file' : path}: has a key named "${key}", which a catalog may not use`;
        stack.push({ value: (node as Record<string, unknown>)[key], path: path === '' ? key : `${path}.${key}` });
      }
    }
  }
  return undefined;
}

function listed(name: string, problems: readonly string[]): string {
  return `${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`;
}

/**
 * Merges user catalog files (JSON text) over `base`. Each file is parsed and checked against
 * catalog.schema.json; a file with problems is reported and left out, and the rest still merge.
 */
export function mergeCatalogs(base: Catalog, userCatalogJsonTexts: readonly { name: string; text: string }[]): MergeResult {
  const problems: CatalogProblem[] = [];
  if (userCatalogJsonTexts.length === 0) return { catalog: base, problems };
  let data = cloneData(base.data);
  let danglingBefore = new Set(referenceProblems(data));
  for (const { name, text } of userCatalogJsonTexts) {
    const parsed = parseJsonData(text);
    if (!parsed.ok) {
      problems.push({ file: name, message: `${name}: ${parsed.problem}` });
      continue;
    }
    const forbidden = forbiddenKeyPath(parsed.value);
    const schema = forbidden ? [forbidden] : schemaProblems(parsed.value);
    if (schema.length > 0) {
      problems.push({ file: name, message: listed(name, schema) });
      continue;
    }
    // Merge into a copy first, so a file whose entries are unusable leaves no half-merged trace.
    const trial = cloneData(data);
    const entryProblems = mergeFile(trial, parsed.value as CatalogFile, name);
    const danglingAfter = referenceProblems(trial);
    const all = [...entryProblems, ...danglingAfter.filter((p) => !danglingBefore.has(p))];
    if (all.length > 0) {
      problems.push({ file: name, message: listed(name, all) });
      continue;
    }
    data = trial;
    danglingBefore = new Set(danglingAfter);
  }
  return { catalog: new Catalog(data), problems };
}
