// "Add … to the workspace catalog": the reviewer knows a topic the catalog lacks is right. The topic goes
// into imr-catalog.json at the workspace root, which imr.catalog.paths then names; the server reloads it.
import * as vscode from 'vscode';
import { addSectionToCatalog, workspaceCatalogFile } from './catalog-addition';

export const addTopicCommand = 'imr.addTopicToCatalog';

export function registerAddTopic(): vscode.Disposable {
  return vscode.commands.registerCommand(addTopicCommand, async (partId: string, name: string) => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showErrorMessage('IMR Author: open a folder first; the topic is added to its imr-catalog.json.');
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, workspaceCatalogFile);
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined; // no catalog yet: the command writes one
    }
    let updated: string;
    try {
      updated = addSectionToCatalog(text, partId, name);
    } catch {
      void vscode.window.showErrorMessage(`IMR Author: ${workspaceCatalogFile} is not a catalog file IMR Author can add to. Correct or remove it first.`);
      return undefined;
    }
    if (updated !== text) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(updated));
    const config = vscode.workspace.getConfiguration('imr', folder.uri);
    const paths = config.inspect<string[]>('catalog.paths')?.workspaceValue ?? [];
    if (!paths.includes(workspaceCatalogFile)) await config.update('catalog.paths', [...paths, workspaceCatalogFile], vscode.ConfigurationTarget.Workspace);
    return uri.toString();
  });
}
