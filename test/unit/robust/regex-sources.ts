// Every regular expression the pure layers write, found in their sources by the TypeScript parser
// rather than listed by hand, so a new one cannot escape the linearity check.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from '../repo-root';

/** The folders whose code runs on letter text: the tokenizer, the parser, the citation reader, the rules, the catalog, the providers. */
export const letterTextFolders = ['server/src/text', 'server/src/letter', 'server/src/citations', 'server/src/rules', 'server/src/catalog', 'server/src/service'];

export interface RegexSite {
  /** Repository-relative file and 1-based line. */
  where: string;
  file: string;
  /** The literal, or for `new RegExp(...)` undefined (built at run time). */
  regex?: RegExp;
  text: string;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

export function regexSites(folders: readonly string[] = letterTextFolders): RegexSite[] {
  const root = repoRoot();
  const sites: RegexSite[] = [];
  for (const folder of folders) {
    for (const file of tsFiles(path.join(root, folder))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const where = `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(sf);
          const cut = text.lastIndexOf('/');
          sites.push({ where, file: rel, text, regex: new RegExp(text.slice(1, cut), text.slice(cut + 1)) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
          sites.push({ where, file: rel, text: node.getText(sf) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return sites;
}
