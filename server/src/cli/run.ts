// One imr-lint run: arguments in, report out, exit code back. Process details (streams, TTY, env)
// come in through `CliIo` so main.ts stays a thin wrapper.
import * as path from 'node:path';
import { helpText, parseArgs, type Options } from './args';
import { ConfigResolver } from './config';
import { patchNames, unifiedDiff } from './diff';
import { FileFailure } from './errors';
import { expandInputs, stdinPath } from './files';
import { formatCsv } from './formats/csv';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { FileResult } from './formats/types';
import { formatUnix } from './formats/unix';
import { fixText, lintText, type RuleErrorHandler } from './lint';
import { ruleFailureMessage } from '../rules/engine';
import { progressLine } from './progress';
import { decodeLetter, readLetterBytes } from './read-letter';
import { packageVersion } from '../node/package-version';
import { writeBack } from './write-atomic';

export interface CliIo {
  stdout: { isTTY: boolean; write(text: string): void };
  stderr: { isTTY: boolean; write(text: string): void };
  env: Record<string, string | undefined>;
  /** Standard input's bytes (or text, already decoded). */
  readStdin(): Promise<Uint8Array | string>;
}

/** What became of one letter: its findings (none when it could not be checked) and whether it was written. */
interface LetterOutcome {
  result?: FileResult;
  diff: string;
  fixed: boolean;
  failure?: string;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    io.stdout.write(helpText);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    io.stderr.write(`imr-lint: warning: ${message}\n`);
  };
  const onRuleError = (ruleId: string, error: unknown) => warn(ruleFailureMessage(ruleId, error));

  const paths = expandInputs(options.inputs);
  const resolver = new ConfigResolver(options.config, warn);
  // A named settings file is checked before any letter, so a bad one stops the run at once.
  if (options.config !== undefined) resolver.forLetter(process.cwd());

  const results: FileResult[] = [];
  const failures: string[] = [];
  let diff = '';
  let fixedFiles = 0;
  const progress = progressLine(paths.length, io.stderr);
  for (const [index, file] of paths.entries()) {
    // A letter that cannot be read, decoded or written is reported and the others still run.
    const outcome = await checkLetter(file, options, io, resolver, onRuleError);
    if (outcome.result) results.push(outcome.result);
    if (outcome.failure) failures.push(outcome.failure);
    diff += outcome.diff;
    if (outcome.fixed) fixedFiles++;
    progress.step(index + 1);
  }
  progress.end();

  for (const failure of failures) io.stderr.write(`imr-lint: ${failure}\n`);
  // When no letter could be checked there is nothing for a person to read; tools still get their document.
  const textFormat = options.format === 'stylish' || options.format === 'unix';
  if (options.fixDryRun) io.stdout.write(diff);
  else if (results.length > 0 || !textFormat) io.stdout.write(report(results, options, io));
  if (options.fix && fixedFiles > 0) io.stderr.write(`imr-lint: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
  const code = exitCode(results, options, io);
  return failures.length > 0 ? 2 : code;
}

async function checkLetter(file: string, options: Options, io: CliIo, resolver: ConfigResolver, onRuleError: RuleErrorHandler): Promise<LetterOutcome> {
  let bytes: Uint8Array;
  let text: string;
  try {
    const read = file === stdinPath ? await io.readStdin() : readLetterBytes(file);
    bytes = typeof read === 'string' ? Buffer.from(read, 'utf8') : read;
    text = typeof read === 'string' ? read : decodeLetter(read, file);
  } catch (error) {
    if (error instanceof FileFailure) return { diff: '', fixed: false, failure: error.message };
    throw error;
  }
  const config = resolver.forLetter(file === stdinPath ? process.cwd() : path.dirname(file));
  const lint = (checked: string): FileResult => ({ path: file, ...lintText(checked, config, onRuleError) });
  if (!options.fix && !options.fixDryRun) return { result: lint(text), diff: '', fixed: false };
  const fixed = fixText(text, config, onRuleError);
  if (options.fixDryRun) return { result: lint(fixed), diff: unifiedDiff(patchNames(file, process.cwd()), text, fixed), fixed: false };
  if (fixed === text) return { result: lint(text), diff: '', fixed: false };
  try {
    writeBack(file, bytes, fixed);
  } catch (error) {
    // Not written: what is reported is the file as it still is.
    if (error instanceof FileFailure) return { result: lint(text), diff: '', fixed: false, failure: error.message };
    throw error;
  }
  return { result: lint(fixed), diff: '', fixed: true };
}

function report(results: readonly FileResult[], options: Options, io: CliIo): string {
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  switch (options.format) {
    case 'unix':
      return formatUnix(shown);
    case 'json':
      return formatJson(shown);
    case 'sarif':
      return formatSarif(shown, packageVersion());
    case 'csv':
      return formatCsv(shown);
    case 'stylish': {
      // https://no-color.org: any non-empty NO_COLOR turns colour off.
      const color = io.stdout.isTTY && !io.env.NO_COLOR;
      return formatStylish(shown, { color });
    }
  }
}

function exitCode(results: readonly FileResult[], options: Options, io: CliIo): number {
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`imr-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}
