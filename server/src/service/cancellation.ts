// The part of a cancellation token the providers read; vscode-languageserver's tokens satisfy it,
// and tests pass plain objects.
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

