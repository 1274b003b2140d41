// Tokenizes text with the extension's TextMate grammar the way VS Code does (vscode-textmate on
// the Oniguruma WebAssembly build), so grammar tests assert the scopes a theme will see.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { repoRoot } from './repo-root';

export interface ScopedToken {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<IGrammar> | undefined;

export function loadImrGrammar(): Promise<IGrammar> {
  grammarPromise ??= createGrammar();
  return grammarPromise;
}

async function createGrammar(): Promise<IGrammar> {
  const root = repoRoot();
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarPath = path.join(root, 'syntaxes/imr.tmLanguage.json');
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.imr' ? parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('text.imr');
  if (!grammar) {
    throw new Error('text.imr grammar did not load');
  }
  return grammar;
}

/** Tokens of each line of `text`, carrying the rule stack from line to line as the editor does. */
export async function tokenize(text: string): Promise<ScopedToken[][]> {
  const grammar = await loadImrGrammar();
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes,
    }));
  });
}

/** The tokens of `line` whose text lies inside the first occurrence of `fragment`. */
export function tokensOf(line: ScopedToken[], fragment: string): ScopedToken[] {
  const text = line.map((token) => token.text).join('');
  const start = text.indexOf(fragment);
  if (start < 0) {
    throw new Error(`"${fragment}" is not in "${text}"`);
  }
  const end = start + fragment.length;
  const covered: ScopedToken[] = [];
  let offset = 0;
  for (const token of line) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) {
      covered.push(token);
    }
    offset = tokenEnd;
  }
  return covered;
}

/** True when every token that `fragment` touches carries `scope`. */
export function fragmentHasScope(line: ScopedToken[], fragment: string, scope: string): boolean {
  return tokensOf(line, fragment).every((token) => token.scopes.includes(scope));
}

/** True when `fragment` is exactly one token carrying `scope` (kept whole, nothing around it). */
export function fragmentIsToken(line: ScopedToken[], fragment: string, scope: string): boolean {
  const covered = tokensOf(line, fragment);
  return covered.length === 1 && covered[0].text === fragment && covered[0].scopes.includes(scope);
}

/** Every scope any token of `fragment` carries. */
export function scopesOf(line: ScopedToken[], fragment: string): string[] {
  return [...new Set(tokensOf(line, fragment).flatMap((token) => token.scopes))];
}
