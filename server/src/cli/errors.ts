// A failure the user can act on: usage, an unreadable input, a bad configuration. main.ts prints its
// message as one line on standard error and exits with 2 — never a stack trace.
export class CliError extends Error {
  readonly exitCode = 2;
}

/**
 * One letter that could not be read, checked or written back. The run reports it (its message names
 * the file, never its content) and goes on with the other letters, then exits with 2.
 */
export class FileFailure extends Error {}

/** The error code of a failed system call (`EACCES` …), for messages that quote nothing else. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
