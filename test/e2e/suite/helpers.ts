// Shared helpers for the tests that run inside the extension host. Everything here waits on editor events
// (diagnostics changes, activation, command results), never on time; Mocha's timeout bounds each wait.
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'imr-author.imr-author';

/** The folder the test run opens (test/e2e/workspace in the source tree). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end run must open test/e2e/workspace as its folder');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return found;
}

/** Opens a workspace letter in an editor (pull diagnostics are requested for documents shown in editors). */
export async function openLetter(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Opens a workspace file and resolves once the editor has given it `languageId`. A language can change after
 * opening (an extension calling setTextDocumentLanguage re-opens the document), so this listens for
 * onDidOpenTextDocument from before the file is opened.
 */
export async function openLetterAs(name: string, languageId: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  let subscription: vscode.Disposable | undefined;
  const reopened = new Promise<vscode.TextDocument>((resolve) => {
    subscription = vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.toString() === uri.toString() && document.languageId === languageId) resolve(document);
    });
  });
  try {
    const opened = await vscode.workspace.openTextDocument(uri);
    const document = opened.languageId === languageId ? opened : await reopened;
    return await vscode.window.showTextDocument(document, { preview: false });
  } finally {
    subscription?.dispose();
  }
}

/** The rule id a diagnostic carries, whether `code` is a plain value or `{ value, target }`. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ruleIds(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(ruleIdOf).filter((id): id is string => id !== undefined);
}

/**
 * Resolves with the document's diagnostics once `predicate` holds for them: at once if it already does,
 * otherwise on the onDidChangeDiagnostics event that makes it true.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (predicate(current)) {
      resolve(current);
      return;
    }
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

export function hasRule(ruleId: string): (diagnostics: readonly vscode.Diagnostic[]) => boolean {
  return (diagnostics) => ruleIds(diagnostics).includes(ruleId);
}

export function lacksRule(ruleId: string): (diagnostics: readonly vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !ruleIds(diagnostics).includes(ruleId);
}

/** Offset of the start of the first line equal to `line` (trimmed), for building edits. */
export function positionOfLine(document: vscode.TextDocument, line: string): vscode.Position {
  for (let i = 0; i < document.lineCount; i++) {
    if (document.lineAt(i).text.trim() === line) return new vscode.Position(i, 0);
  }
  throw new Error(`no line "${line}" in ${path.basename(document.uri.fsPath)}`);
}

/** Drops unsaved edits so later tests (and the fixture files on disk) see the letters unchanged. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** One line per open file: its language and the rule ids of its diagnostics (printed when a test fails). */
export function describeOpenDocuments(): string {
  return vscode.workspace.textDocuments
    .filter((document) => document.uri.scheme === 'file' || document.uri.scheme === 'untitled')
    .map((document) => {
      const ids = ruleIds(vscode.languages.getDiagnostics(document.uri));
      return `  ${path.basename(document.uri.path)} [${document.languageId}${document.isDirty ? ', edited' : ''}]: ` +
        (ids.length > 0 ? ids.join(', ') : 'no diagnostics');
    })
    .join('\n');
}
