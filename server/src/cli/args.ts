// Command-line arguments -> options. Hand-written (no dependency): the option set is small and fixed.
import { CliError } from './errors';

export type Format = 'stylish' | 'unix' | 'json' | 'sarif' | 'csv';
const formats: readonly Format[] = ['stylish', 'unix', 'json', 'sarif', 'csv'];

export interface Options {
  inputs: string[];
  config?: string;
  format: Format;
  quiet: boolean;
  maxWarnings?: number;
  fix: boolean;
  fixDryRun: boolean;
  help: boolean;
  version: boolean;
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { inputs: [], format: 'stylish', quiet: false, fix: false, fixDryRun: false, help: false, version: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    // `--name=value` and `--name value` are both accepted.
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) throw new CliError(`${name} needs a value.`);
      i++;
      return next;
    };
    const flag = () => {
      if (inline !== undefined) throw new CliError(`${name} takes no value.`);
    };
    switch (name) {
      case '--':
        onlyInputs = true;
        break;
      case '--config':
      case '-c':
        options.config = value();
        break;
      case '--format':
      case '-f': {
        const f = value();
        if (!(formats as readonly string[]).includes(f)) throw new CliError(`--format must be one of ${formats.join(', ')} (got "${f}").`);
        options.format = f as Format;
        break;
      }
      case '--quiet':
        flag();
        options.quiet = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new CliError(`--max-warnings needs a whole number of 0 or more (got "${v}").`);
        options.maxWarnings = Number(v);
        break;
      }
      case '--fix':
        flag();
        options.fix = true;
        break;
      case '--fix-dry-run':
        flag();
        options.fixDryRun = true;
        break;
      case '--help':
      case '-h':
        flag();
        options.help = true;
        break;
      case '--version':
      case '-v':
        flag();
        options.version = true;
        break;
      default:
        throw new CliError(`unknown option ${name}; see imr-lint --help.`);
    }
  }
  if (options.help || options.version) return options;
  if (options.fix && options.fixDryRun) throw new CliError('use either --fix or --fix-dry-run, not both.');
  if (options.inputs.length === 0) throw new CliError('no files given; see imr-lint --help.');
  if (options.fix && options.inputs.includes('-')) throw new CliError('--fix cannot write back to standard input; use --fix-dry-run to see the changes.');
  if (options.inputs.filter((i) => i === '-').length > 1) throw new CliError('standard input (-) can be read only once.');
  return options;
}

export const helpText = `Usage: imr-lint [options] <file | directory | glob | ->...

Checks IMR final determination letters with the same rules as the IMR Author editor extension.
A directory is searched for *.imr and *.txt files (node_modules and folders starting with "." are
skipped); a glob may use *, ** and ?; - reads a letter from standard input.

Options:
  -c, --config <file>      use this settings file instead of the nearest .imrlintrc.json
  -f, --format <name>      stylish (default), unix (path:line:col: severity message [rule-id]),
                           json, sarif, or csv (one row per letter: case number, items,
                           decisions, problems by severity, rules)
      --quiet              report errors only
      --max-warnings <n>   exit with 1 when there are more than n warnings
      --fix                apply the safe fixes in place, then report what remains
      --fix-dry-run        print the safe fixes as a diff for git apply or patch -p1; change no file
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many warnings,
2 usage error, bad configuration, no letters found, or a file that could not be read, checked or
fixed (each named on standard error; the other files are still checked).
`;
