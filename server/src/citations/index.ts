// Guideline fields read against the catalog: the basis statement and the citation clauses of each
// field, every piece with its span. A layer between the letter model and the rules: it reads letter
// text (letter/) with the catalog's names (catalog/), and the citation rules and providers read it.
export * from './model';
export { parseGuidelineField } from './field';
export { effectiveYear, parseItemFields, parseLetterFields, partsCitedIn, type ParsedGuidelineField } from './letter-fields';
export { findGuidelineReliance } from './reliance';
