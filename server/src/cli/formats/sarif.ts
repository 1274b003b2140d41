// SARIF 2.1.0 for code-scanning tools: every rule with its description and documentation link in
// tool.driver.rules, every finding as a result with a 1-based region (columns in UTF-16 code units,
// SARIF's default, which is also what LSP counts).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../rules';
import { ruleDocUrl, type Severity } from '../../rules/types';
import type { FileResult } from './types';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Relative paths stay relative (SARIF allows a relative URI reference); absolute ones become file: URIs. */
function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return encodeURI(file.split(path.sep).join('/'));
}

export function formatSarif(results: readonly FileResult[], version: string): string {
  const ruleIndex = new Map(allRules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'imr-lint',
            version,
            informationUri: 'https://github.com/imr-author/imr-author',
            rules: allRules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: level[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((file) =>
          file.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
            level: level[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(file.path) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
