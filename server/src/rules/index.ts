// Every rule, in the order their findings are documented. The ids are stable: users and tools depend on them.
import type { Rule } from './types';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { sectionDuplicate } from './section-duplicate';
import { sectionHeadingFormat } from './section-heading-format';
import { sectionEmpty } from './section-empty';
import { sectionIntroMissing } from './section-intro-missing';
import { credentialsMissing } from './credentials-missing';
import { headerInvalid } from './header-invalid';
import { itemMissing } from './item-missing';
import { itemDecisionMissing } from './item-decision-missing';
import { itemDecisionInvalid } from './item-decision-invalid';
import { itemFieldMissing } from './item-field-missing';
import { itemFieldOrder } from './item-field-order';
import { itemFieldDuplicate } from './item-field-duplicate';
import { itemDuplicate } from './item-duplicate';
import { itemSummaryMismatch } from './item-summary-mismatch';
import { itemRationaleMismatch } from './item-rationale-mismatch';
import { itemHeadingIncomplete } from './item-heading-incomplete';
import { decisionConflict } from './decision-conflict';
import { decisionConclusionMissing } from './decision-conclusion-missing';
import { conclusionItemMismatch } from './conclusion-item-mismatch';
import { dateInvalid } from './date-invalid';
import { dateOrder } from './date-order';
import { placeholder } from './placeholder';
import { phiDetected } from './phi-detected';
import { citationMissing } from './citation-missing';
import { citationUnknownGuideline } from './citation-unknown-guideline';
import { citationUnknownTopic } from './citation-unknown-topic';
import { citationWrongPart } from './citation-wrong-part';
import { citationRegionMismatch } from './citation-region-mismatch';
import { citationPageUnusual } from './citation-page-unusual';
import { citationBasisConflict } from './citation-basis-conflict';
import { citationStyleMixed } from './citation-style-mixed';

export const allRules: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  sectionDuplicate,
  sectionHeadingFormat,
  sectionEmpty,
  sectionIntroMissing,
  credentialsMissing,
  headerInvalid,
  itemMissing,
  itemDecisionMissing,
  itemDecisionInvalid,
  itemFieldMissing,
  itemFieldOrder,
  itemFieldDuplicate,
  itemDuplicate,
  itemSummaryMismatch,
  itemRationaleMismatch,
  itemHeadingIncomplete,
  decisionConflict,
  decisionConclusionMissing,
  conclusionItemMismatch,
  dateInvalid,
  dateOrder,
  placeholder,
  phiDetected,
  citationMissing,
  citationUnknownGuideline,
  citationUnknownTopic,
  citationWrongPart,
  citationRegionMismatch,
  citationPageUnusual,
  citationBasisConflict,
  citationStyleMixed,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
