// imr-lint: filled in by the CLI work (issue 7).
process.stderr.write('imr-lint: not yet available\n');
process.exitCode = 2;
