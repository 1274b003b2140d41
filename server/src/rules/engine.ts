// Runs every rule over one parsed letter. A rule that throws is isolated: its error is reported
// once through `onRuleError` and the other rules still report.
import type { Era, Item, Letter } from '../letter/model';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Report, Rule, Severity } from './types';
import { LetterFacts } from './facts';
import type { AnalysisMemo, ItemReports, ItemResults } from './memo';
import { itemScopedRules } from './scope';
import { eolOf } from './sections-util';

export interface RunOptions {
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Checked between rules; when it returns true the run stops early and returns what it has. */
  isCancelled?: () => boolean;
  /**
   * Keep at most this many findings (the first by position); the rest are only counted. Each rule stops
   * storing past it too, so a hostile document cannot fill memory with findings nobody will read.
   */
  maxFindings?: number;
  /** The letter's facts, when the caller keeps them for its providers too; made here otherwise. */
  facts?: LetterFacts;
  /**
   * The document's previous versions (rules/memo.ts): the item-scoped rules (rules/scope.ts) check only
   * the items whose block changed, and the findings kept for the others are moved to where they now stand.
   */
  memo?: AnalysisMemo;
}

export interface RuleRun {
  /** Sorted by position; at most `maxFindings`. */
  findings: Finding[];
  /** How many findings were found past `maxFindings` and dropped. */
  omitted: number;
}

/**
 * The rules one at a time: each `next()` runs one rule, and the return value is every finding,
 * sorted (up to `maxFindings`). The server steps through it with pauses so other requests are answered meanwhile.
 */
export function* ruleSteps(
  letter: Letter,
  catalog: Catalog,
  settings: EngineSettings,
  rules: readonly Rule[],
  options: RunOptions = {},
): Generator<string, RuleRun> {
  const findings: Finding[] = [];
  const max = options.maxFindings ?? Infinity;
  let omitted = 0;
  const facts = options.facts ?? new LetterFacts(letter, catalog, settings.profile);
  const era = facts.era;
  const memo = options.memo;
  let blocks: ItemBlock[] | undefined;
  for (const rule of rules) {
    if (options.isCancelled?.()) break;
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    const severity: Severity | undefined = configured;
    // A rule's findings count only if it finishes: half a rule's findings could be wrong.
    const own: Finding[] = [];
    let ownOmitted = 0;
    const keep = (r: Report) => {
      if (own.length < max) own.push({ ...r, ruleId: rule.id, severity: severity ?? r.severity ?? rule.defaultSeverity });
      else ownOmitted++;
    };
    try {
      if (memo && itemScopedRules.has(rule.id)) {
        blocks ??= itemBlocks(letter, memo, era);
        for (const block of blocks) {
          const got = itemReports(rule, block, { letter, catalog, facts, era, max, memo });
          for (const r of got.reports) keep(r);
          ownOmitted += got.omitted;
        }
      } else {
        rule.check({ letter, catalog, facts, era, report: keep });
      }
      // A loop, not push(...own): a hostile document can yield more findings than a call takes arguments.
      for (const f of own) findings.push(f);
      omitted += ownOmitted;
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield rule.id;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  if (findings.length > max) {
    omitted += findings.length - max;
    findings.length = max;
  }
  return { findings, omitted };
}

// ---- item by item -------------------------------------------------------------------------------------

/** An item and the text its item-scoped findings are read from: [at, end), with the findings kept for it. */
interface ItemBlock {
  item: Item;
  at: number;
  end: number;
  results: ItemResults;
}

/**
 * Each item's block, and the findings kept for a block of the same text and shape. The block runs from
 * the character before the item (a rule may look back one) through the blank space after it and one
 * character more; the item's text is the key, and the findings kept count only for the same text around
 * it and the same shape (where the heading, decision and fields stand in it).
 */
function itemBlocks(letter: Letter, memo: AnalysisMemo, era: Era): ItemBlock[] {
  const source = letter.source;
  memo.useItemContext(`${era} ${JSON.stringify(eolOf(source))}`);
  return letter.items.map((item) => {
    const at = Math.max(0, item.span.start - 1);
    let end = item.span.end;
    while (end < source.length && isBlank(source.charCodeAt(end))) end++;
    end = Math.min(source.length, end + 1);
    const shape = shapeOf(item, at);
    // Keyed by the item's own text (the same string while the item is unchanged, so its hash is kept);
    // the character before it and the blank space after it must be the same too.
    const around = `${source.slice(at, item.span.start)}|${source.slice(item.span.end, end)}`;
    let results = memo.itemFindings.get(item.span.text);
    if (!results || results.around !== around || !sameShape(results.shape, shape)) {
      memo.itemFindings.set(item.span.text, (results = { at, around, shape, byRule: new Map() }));
    }
    return { item, at, end, results };
  });
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

const decisionCodes = { Upheld: 1, Overturned: 2 } as const;
const fieldCodes = { claims: 1, maximus: 2, rationale: 3 } as const;

/** Where the parts of an item stand, relative to `at`: the parse decides them from the lines around the item too. */
function shapeOf(item: Item, at: number): number[] {
  const shape = [item.span.start - at, item.span.end - at, item.heading.start - at, item.heading.end - at, item.itemSpan.start - at, item.itemSpan.end - at];
  shape.push(item.decisionWord ? item.decisionWord.start - at : -1, item.decisionWord ? item.decisionWord.end - at : -1, item.decision ? decisionCodes[item.decision] : 0);
  for (const f of item.fields) shape.push(fieldCodes[f.kind], f.label.start - at, f.label.end - at, f.content.start - at, f.content.end - at);
  return shape;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface ItemCheck {
  letter: Letter;
  catalog: Catalog;
  facts: LetterFacts;
  era: Era;
  max: number;
  memo: AnalysisMemo;
}

/** One item-scoped rule's reports for one item: kept from a block of the same text, or checked now. */
function itemReports(rule: Rule, block: ItemBlock, { letter, catalog, facts, era, max, memo }: ItemCheck): ItemReports {
  const kept = block.results.byRule.get(rule.id);
  if (kept) return { reports: kept.reports.map((r) => moved(r, block.at - block.results.at)), omitted: kept.omitted };
  memo.checks.items++;
  const part: Letter = { ...letter, items: [block.item] };
  const reports: Report[] = [];
  let omitted = 0;
  rule.check({
    letter: part,
    catalog,
    facts: facts.forItems(part),
    era,
    report: (r) => {
      if (reports.length < max) reports.push(r);
      else omitted++;
    },
  });
  // Kept only when every offset lies in the block: a finding pointing elsewhere could not be moved with it.
  if (reports.every((r) => within(r, block.at, block.end))) {
    block.results.byRule.set(rule.id, { reports: reports.map((r) => moved(r, block.results.at - block.at)), omitted });
  }
  return { reports, omitted };
}

function within(r: Report, from: number, to: number): boolean {
  const inside = (p: { start: number; end: number }) => p.start >= from && p.end <= to && p.start <= p.end;
  return inside(r) && (r.related ?? []).every(inside) && (r.fixes ?? []).every((f) => f.edits.every(inside));
}

/** The report of a block moved by `delta`: every offset in it (the finding, its related places, its fixes' edits). */
function moved(r: Report, delta: number): Report {
  if (delta === 0) return r;
  const copy: Report = { ...r, start: r.start + delta, end: r.end + delta };
  if (r.related) copy.related = r.related.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta }));
  if (r.fixes) copy.fixes = r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) }));
  return copy;
}

/**
 * How a rule's failure is logged: the rule and the kind of error, never the error's message or
 * stack, which can quote the letter. A kind that is not a plain identifier is not repeated either.
 */
export function ruleFailureMessage(ruleId: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  return `rule ${ruleId} failed and was skipped (${/^[A-Za-z_$][\w$]{0,63}$/.test(kind) ? kind : 'Error'}).`;
}

export function runRules(
  letter: Letter,
  catalog: Catalog,
  settings: EngineSettings,
  rules: readonly Rule[],
  options: RunOptions = {},
): Finding[] {
  const steps = ruleSteps(letter, catalog, settings, rules, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.findings;
  }
}
