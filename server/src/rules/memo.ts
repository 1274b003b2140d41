// What an analysis keeps of one document between its versions (letter/block-memo.ts): the parse's blocks,
// each guideline field's reading, each item's drug, and the findings of the rules that read one item at a
// time. The service keeps one per open document (service/analysis.ts `AnalysisCache`) and drops it when the
// document closes or the settings or catalog change; a one-shot analysis runs without one.
import type { Catalog, DrugEntry } from '../catalog';
import type { GuidelineField } from '../citations';
import { BlockMemo, ParseMemo, type Placed } from '../letter/block-memo';
import type { Report } from './types';

/** One rule's reports for one item block, as read at `ItemResults.at`. */
export interface ItemReports {
  reports: Report[];
  /** Reports past the findings cap, counted and dropped. */
  omitted: number;
}

/** The findings of the item-scoped rules for one item block, by rule id. */
export interface ItemResults {
  /** Where the block started when they were read. */
  at: number;
  /** The block's text around the item: the character before it, and the blank space after it and one more. */
  around: string;
  /** Where the item's parts stood in the block (rules/engine.ts `shapeOf`). */
  shape: readonly number[];
  byRule: Map<string, ItemReports>;
}

export class AnalysisMemo extends ParseMemo {
  /** Each guideline field read, by its text. */
  readonly fields = new BlockMemo<Placed<GuidelineField>>();
  /** The catalog drug each item names, by its item text. */
  readonly drugs = new BlockMemo<{ drug: DrugEntry | null }>();
  /** The item-scoped rules' findings, by the item block's text (rules/engine.ts). */
  readonly itemFindings = new BlockMemo<ItemResults>();
  /** Facts read from an item's text alone, holding no offsets: by what they are, then by that text (`LetterFacts.ofItemText`). */
  private readonly texts = new Map<string, BlockMemo<{ value: unknown }>>();
  /** How many guideline fields were read and item-scoped rules run on an item afresh: what the tests count. */
  readonly checks = { fields: 0, items: 0 };
  private catalog: Catalog | undefined;
  private context = '';

  override rotate(): void {
    super.rotate();
    this.fields.rotate();
    this.drugs.rotate();
    this.itemFindings.rotate();
    for (const memo of this.texts.values()) memo.rotate();
  }

  /** The facts of one kind read from item texts. */
  textFacts(kind: string): BlockMemo<{ value: unknown }> {
    let memo = this.texts.get(kind);
    if (!memo) this.texts.set(kind, (memo = new BlockMemo()));
    return memo;
  }

  /** The catalog the results are read with: another one makes every result stale. */
  useCatalog(catalog: Catalog): void {
    if (this.catalog === catalog) return;
    this.catalog = catalog;
    this.fields.clear();
    this.drugs.clear();
    this.itemFindings.clear();
    this.texts.clear();
  }

  /**
   * What every item-scoped rule's findings depend on beyond the item's own block (the era judged by,
   * the letter's line break): when it changes, the item findings kept are stale.
   */
  useItemContext(context: string): void {
    if (this.context === context) return;
    this.context = context;
    this.itemFindings.clear();
  }
}
