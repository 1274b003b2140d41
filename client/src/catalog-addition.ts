// Adding a topic the reviewer knows is right to the workspace's own catalog file: the file's text in, the
// new text out. Kept free of the editor API so it can be tested on its own.

/** The workspace catalog the command writes, beside the letters; `imr.catalog.paths` names it. */
export const workspaceCatalogFile = 'imr-catalog.json';

interface SectionEntry {
  name: string;
  source: string;
}

interface PartEntry {
  id: string;
  sections?: SectionEntry[];
}

interface CatalogFile {
  source?: string;
  parts?: PartEntry[];
  [key: string]: unknown;
}

/**
 * The catalog text with `name` added as a section of the part `partId`. `text` is the file as it is, or
 * undefined when there is none yet. Throws when the file is not a JSON object with a `parts` list; a topic
 * already there leaves the text as it was.
 */
export function addSectionToCatalog(text: string | undefined, partId: string, name: string): string {
  const catalog: CatalogFile = text === undefined || text.trim() === ''
    ? { source: 'Topics added by the reviewer with IMR Author', parts: [] }
    : (JSON.parse(text.replace(/^\uFEFF/, '')) as CatalogFile);
  if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog)) throw new Error('not a catalog object');
  catalog.parts ??= [];
  if (!Array.isArray(catalog.parts)) throw new Error('"parts" is not a list');
  let part = catalog.parts.find((p) => p && p.id === partId);
  if (!part) {
    part = { id: partId, sections: [] };
    catalog.parts.push(part);
  }
  part.sections ??= [];
  const key = name.trim().toLowerCase();
  if (part.sections.some((s) => s && typeof s.name === 'string' && s.name.trim().toLowerCase() === key)) return text ?? '';
  part.sections.push({ name: name.trim(), source: 'Added by the reviewer' });
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
