// Ctrl-C or a kill must not leave code-server behind: it runs in a process group of its own, so the signal
// that stops us never reaches it. `cleanUpOnSignals` runs `cleanUp` on SIGINT/SIGTERM, then exits the way
// the signal would have (130 / 143). Returns a function that removes the handlers again.
export function cleanUpOnSignals(cleanUp) {
  const handlers = {};
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    handlers[signal] = () => {
      Promise.resolve()
        .then(cleanUp)
        .catch((error) => process.stderr.write(`clean-up after ${signal} failed: ${error}\n`))
        .finally(() => process.exit(code));
    };
    process.once(signal, handlers[signal]);
  }
  return () => {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
  };
}
