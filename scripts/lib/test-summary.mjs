// Reading a part's result for `npm test`'s summary: mocha's closing lines ("12 passing (3s)", "2 pending",
// "1 failing"), summed over every mocha run the part made, and the table printed at the end.

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const COUNT = /^\s*(?:\S+:\s*)?(\d+) (passing|pending|failing)\b/;

/** The passing, failing and skipped (pending) counts in mocha's spec output, summed over its runs. */
export function mochaCounts(output) {
  const counts = { passing: 0, failing: 0, skipped: 0 };
  for (const line of output.replace(ANSI, '').split(/\r?\n/)) {
    const match = COUNT.exec(line);
    if (!match) continue;
    const n = Number(match[1]);
    if (match[2] === 'passing') counts.passing += n;
    else if (match[2] === 'failing') counts.failing += n;
    else counts.skipped += n;
  }
  return counts;
}

function resultWord(result) {
  if (result.ok) return 'ok';
  if (result.error) return 'FAILED (did not start)';
  if (result.signal) return `FAILED (${result.signal})`;
  return `FAILED (exit ${result.code})`;
}

/** The summary table, then `total: N passed, N failed, N skipped` on a line of its own. */
export function summaryTable(results) {
  const rows = [['part', 'result', 'passing', 'failing', 'skipped', 'time']];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) {
    const counted = result.passing !== undefined;
    // A part that failed without a failing test (a crash, a compile error) still counts as one failure.
    const failing = counted ? Math.max(result.failing, result.ok ? 0 : 1) : (result.ok ? 0 : 1);
    total.passed += counted ? result.passing : 0;
    total.failed += failing;
    total.skipped += counted ? result.skipped : 0;
    rows.push([result.name, resultWord(result), counted ? String(result.passing) : '-',
      counted || !result.ok ? String(failing) : '-', counted ? String(result.skipped) : '-',
      `${result.seconds.toFixed(1)} s`]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) =>
    (column >= 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.push('', `total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return lines.join('\n');
}
