// "checked 40/128" on one line of standard error, rewritten in place, for long runs on a terminal.
export const progressThreshold = 50;

export interface Progress {
  step(done: number): void;
  end(): void;
}

const silent: Progress = { step: () => undefined, end: () => undefined };

export function progressLine(total: number, stderr: { isTTY: boolean; write(text: string): void }): Progress {
  if (!stderr.isTTY || total <= progressThreshold) return silent;
  return {
    step: (done) => stderr.write(`\rimr-lint: checked ${done}/${total}`),
    // Erase the line so the report starts clean.
    end: () => stderr.write('\r\u001b[K'),
  };
}
