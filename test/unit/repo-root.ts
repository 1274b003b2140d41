// The shared helper lives in test/helpers; this keeps the unit tests' imports short.
export { repoRoot } from '../helpers/repo-root';
