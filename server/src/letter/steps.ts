// A long computation written as a generator: each `yield` is a point where the server may pause to
// answer other requests (see service/analysis.ts). Run to the end it is the plain computation, so the
// CLI and the tests call the same code without pausing.

export type Steps<T> = Generator<unknown, T, void>;

/** Runs steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * How many lines a parse phase handles between pause points. Small enough that a slice stays well under
 * a millisecond on any line, large enough that yielding costs nothing measurable.
 */
export const LINES_PER_STEP = 1024;
