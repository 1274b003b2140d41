// One imr-lint run: arguments in, report out, exit code back. Process details (streams, TTY, env)
// come in through `CliIo` so main.ts stays a thin wrapper.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { helpText, parseArgs, type Options } from './args';
import { ConfigResolver } from './config';
import { unifiedDiff } from './diff';
import { CliError } from './errors';
import { expandInputs, stdinPath } from './files';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { FileResult } from './formats/types';
import { fixText, lintText } from './lint';
import { ruleFailureMessage } from '../rules/engine';
import { progressLine } from './progress';
import { packageVersion } from './version';
import { writeFileAtomic } from './write-atomic';

export interface CliIo {
  stdout: { isTTY: boolean; write(text: string): void };
  stderr: { isTTY: boolean; write(text: string): void };
  env: Record<string, string | undefined>;
  readStdin(): Promise<string>;
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
  let diff = '';
  let fixedFiles = 0;
  const progress = progressLine(paths.length, io.stderr);
  for (const [index, file] of paths.entries()) {
    const text = file === stdinPath ? await io.readStdin() : readLetter(file);
    const config = resolver.forLetter(file === stdinPath ? process.cwd() : path.dirname(file));
    let checked = text;
    if (options.fix || options.fixDryRun) {
      checked = fixText(text, config, onRuleError);
      if (options.fixDryRun) diff += unifiedDiff(file, text, checked);
      else if (checked !== text) {
        writeLetter(file, checked);
        fixedFiles++;
      }
    }
    results.push({ path: file, diagnostics: lintText(checked, config, onRuleError) });
    progress.step(index + 1);
  }
  progress.end();

  io.stdout.write(options.fixDryRun ? diff : report(results, options, io));
  if (options.fix && fixedFiles > 0) io.stderr.write(`imr-lint: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
  return exitCode(results, options, io);
}

function report(results: readonly FileResult[], options: Options, io: CliIo): string {
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  switch (options.format) {
    case 'json':
      return formatJson(shown);
    case 'sarif':
      return formatSarif(shown, packageVersion());
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

/** As UTF-8, nothing stripped: a byte order mark stays, as the editor keeps it. */
function readLetter(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

function writeLetter(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw new CliError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}
