// What the server needs to know to read only what a workspace may name: whether VS Code trusts the
// workspace, and which of the `imr.catalog.paths` it receives are the user's own. A workspace's
// catalogs must lie inside it (and an untrusted workspace's are ignored); the user's may be anywhere.
// `workspace/configuration` merges the scopes, so the client splits them: `catalog.paths` carries
// the workspace's value and `catalog.userPaths` the user's, and a workspace value replaces the
// user's as it does in VS Code's own settings.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/node';

type ConfigurationMiddleware = NonNullable<NonNullable<LanguageClientOptions['middleware']>['workspace']>['configuration'];

export function catalogPathsByScope(scopeUri: string | undefined): { paths: unknown; userPaths: unknown } {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const inspected = vscode.workspace.getConfiguration('imr', scope).inspect<unknown>('catalog.paths');
  const workspaceValue = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
  if (workspaceValue !== undefined && vscode.workspace.isTrusted) return { paths: workspaceValue, userPaths: undefined };
  return { paths: undefined, userPaths: inspected?.globalValue };
}

/** Rewrites the `imr` section the server asks for so its catalog paths say where they came from. */
export const splitCatalogScopes: ConfigurationMiddleware = async (params, token, next) => {
  const result = await next(params, token);
  if (!Array.isArray(result)) return result;
  return result.map((value: unknown, i) => {
    const item = params.items[i];
    if (item?.section !== 'imr' || typeof value !== 'object' || value === null) return value;
    const section = value as { catalog?: object };
    return { ...section, catalog: { ...section.catalog, ...catalogPathsByScope(item.scopeUri) } };
  });
};

/** Tells the server when the user trusts the workspace, so its settings file and catalogs are read. */
export function reportWorkspaceTrust(notify: () => void): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(notify);
}
