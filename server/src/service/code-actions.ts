// Code actions: each finding's fixes as quick fixes, "turn off rule X", "show documentation for X",
// and source.fixAll.imr applying every safe fix at once.
import type { Era } from '../letter/model';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import type { Finding, OffsetEdit } from '../rules/types';
import type { CancellationToken } from './cancellation';
import { toDiagnostic, toRange } from './diagnostics';
import { safeEdits } from './fix-all';
import type { Catalog } from '../catalog';
import { suggestCitations } from '../catalog/suggest';
import { letterFromRequestsActions, letterFromRequestsKind } from './letter-from-requests';
import { itemContextOf } from '../catalog/evidence-letters';

export const fixAllKind = 'source.fixAll.imr';
export const disableRuleCommand = 'imr.disableRule';
export const showRuleDocsCommand = 'imr.showRuleDocumentation';
export const addTopicCommand = 'imr.addTopicToCatalog';

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** `context.only` of the request, when the client restricts the kinds it wants. */
  only?: string[];
  /** The catalog the citation refactorings come from; without it none are offered. */
  catalog?: Catalog;
  /** The era citations are written in (the profile, or the letter's own). */
  era?: Era;
  /**
   * The commands the client runs itself (`initializationOptions.clientCommands`). "Turn off rule" and
   * "Show documentation" are offered only to a client that runs them: the server cannot change an
   * editor's settings or open its documentation, and other editors would answer "unhandled command".
   */
  clientCommands?: readonly string[];
}

export const citationRefactorKind = 'refactor.rewrite.citation';

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function textEdits(analysis: Analysis, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(analysis.letter, e.start, e.end), newText: e.newText }));
}

/** Whether a finding touches the requested range, both in offsets (the range converted once). */
function touches(f: Finding, range: { start: number; end: number }): boolean {
  return f.end >= range.start && f.start <= range.end;
}

export function provideCodeActions(analysis: Analysis, request: CodeActionRequest, token?: CancellationToken): CodeAction[] {
  const actions: CodeAction[] = [];
  const { letter, findings } = analysis;
  if (wants(request.only, 'quickfix')) {
    const range = { start: letter.lines.offset(request.range.start), end: letter.lines.offset(request.range.end) };
    const ruleIdsHere = new Set<string>();
    for (const f of findings) {
      if (token?.isCancellationRequested) return [];
      if (!touches(f, range)) continue;
      const diagnostic = toDiagnostic(letter, request.uri, f);
      for (const fix of f.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true,
          edit: { changes: { [request.uri]: textEdits(analysis, fix.edits) } },
        });
      }
      ruleIdsHere.add(f.ruleId);
    }
    const canAddTopic = request.clientCommands?.includes(addTopicCommand) === true;
    for (const f of canAddTopic ? findings : []) {
      if (!f.catalogAddition || !touches(f, range)) continue;
      const diagnostic = toDiagnostic(letter, request.uri, f);
      const { partId, partLabel, name } = f.catalogAddition;
      actions.push({
        title: `Add "${name}" to the workspace catalog as a ${partLabel} topic`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: { title: 'Add to the workspace catalog', command: addTopicCommand, arguments: [partId, name] },
      });
    }
    const canDisable = request.clientCommands?.includes(disableRuleCommand) === true;
    const canShowDocs = request.clientCommands?.includes(showRuleDocsCommand) === true;
    for (const id of canDisable || canShowDocs ? ruleIdsHere : []) {
      const diagnostics = findings.filter((f) => f.ruleId === id).map((f) => toDiagnostic(letter, request.uri, f));
      if (canDisable) actions.push(disableAction(id, diagnostics));
      if (canShowDocs) actions.push(docsAction(id, diagnostics));
    }
  }
  if (request.catalog && wants(request.only, citationRefactorKind)) actions.push(...citationRefactorings(analysis, request, request.catalog));
  if (request.catalog && wants(request.only, letterFromRequestsKind)) actions.push(...letterFromRequestsActions(analysis, request.uri, request.era, request.catalog));
  if (wants(request.only, fixAllKind)) {
    const fixAll = provideFixAll(analysis, request.uri, findings);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

export function provideFixAll(analysis: Analysis, uri: string, findings: readonly Finding[]): CodeAction | undefined {
  const edits = safeEdits(findings);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe IMR problems', kind: fixAllKind, edit: { changes: { [uri]: textEdits(analysis, edits) } } };
}

function disableAction(ruleId: string, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: `Turn off rule ${ruleId} for this workspace`,
    kind: 'quickfix',
    diagnostics,
    command: { title: `Turn off ${ruleId}`, command: disableRuleCommand, arguments: [ruleId] },
  };
}

function docsAction(ruleId: string, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: `Show documentation for ${ruleId}`,
    kind: 'quickfix',
    diagnostics,
    command: { title: `Documentation for ${ruleId}`, command: showRuleDocsCommand, arguments: [ruleId] },
  };
}

/** On any guideline field: replace its text with one of the catalog's citations for the item. */
function citationRefactorings(analysis: Analysis, request: CodeActionRequest, catalog: Catalog): CodeAction[] {
  const { letter } = analysis;
  const at = letter.lines.offset(request.range.start);
  for (const item of letter.items) {
    if (at < item.span.start || at > item.span.end) continue;
    const field = item.fields.find((f) => f.kind !== 'rationale' && at >= f.label.start && at <= Math.max(f.label.end, f.content.end));
    if (!field || field.kind === 'rationale') return [];
    const era = request.era ?? letter.era;
    // Replace the field's text, or write after the label when it has none.
    const start = field.content.end > field.content.start ? field.content.start : field.label.end;
    const lead = field.content.end > field.content.start ? '' : ' ';
    const context = itemContextOf(letter, item, catalog);
    if (field.kind === 'claims') context.claimsCites = [];
    // The likeliest citation and up to two alternatives, as the quick fix offers them.
    return suggestCitations(item.itemText, era, field.kind, catalog, 3, context).map((s) => ({
      title: `Replace with: ${s.text}`,
      kind: citationRefactorKind,
      edit: { changes: { [request.uri]: textEdits(analysis, [{ start, end: field.content.end, newText: `${lead}${s.text}` }]) } },
    }));
  }
  return [];
}
