// A failure the user can act on: usage, an unreadable file, a bad configuration. main.ts prints its
// message as one line on standard error and exits with 2 — never a stack trace.
export class CliError extends Error {
  readonly exitCode = 2;
}
