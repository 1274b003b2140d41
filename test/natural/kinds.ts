// The kinds of mistake a QA editor names in a truth file, and the rules whose findings mean that kind.
// A kind may be met by more than one rule: a misspelt heading is a format finding or, when the heading is
// beyond recognition, a missing section.
export const kindRules: Readonly<Record<string, readonly string[]>> = {
  'section-missing': ['section-missing'],
  'section-heading': ['section-heading-format', 'section-missing'],
  'section-order': ['section-order'],
  'section-duplicate': ['section-duplicate'],
  'section-intro-missing': ['section-intro-missing'],
  'credentials-missing': ['credentials-missing'],
  'header-invalid': ['header-invalid', 'date-invalid'],
  // A request the summary names with no item for it: the summary cross-check says no item decides it.
  'item-missing': ['item-missing', 'item-summary-mismatch'],
  'decision-missing': ['item-decision-missing'],
  'decision-invalid': ['item-decision-invalid'],
  'decision-conflict': ['decision-conflict'],
  'conclusion-missing': ['decision-conclusion-missing'],
  // A rationale about another product or quantity than the heading: the conclusion's subject or a mention.
  'conclusion-item-mismatch': ['conclusion-item-mismatch', 'item-rationale-mismatch'],
  'field-missing': ['item-field-missing'],
  'field-order': ['item-field-order'],
  'field-duplicate': ['item-field-duplicate'],
  'item-duplicate': ['item-duplicate'],
  'summary-mismatch': ['item-summary-mismatch'],
  'rationale-mismatch': ['item-rationale-mismatch', 'conclusion-item-mismatch'],
  'heading-incomplete': ['item-heading-incomplete'],
  'date-invalid': ['date-invalid'],
  'date-order': ['date-order'],
  placeholder: ['placeholder'],
  phi: ['phi-detected'],
  'citation-missing': ['citation-missing'],
  'citation-unknown-guideline': ['citation-unknown-guideline'],
  'citation-unknown-topic': ['citation-unknown-topic'],
  // Pages where a section belongs are read as an unknown section that "looks like a page number".
  'citation-page': ['citation-page-unusual', 'citation-unknown-topic', 'citation-style-mixed'],
  'citation-basis-conflict': ['citation-basis-conflict'],
  'citation-style-mixed': ['citation-style-mixed'],
  'citation-wrong-part': ['citation-wrong-part', 'citation-unknown-topic'],
  'citation-region-mismatch': ['citation-region-mismatch'],
};
