// Edit distance for "did you mean": optimal string alignment (Levenshtein plus adjacent
// transposition, so "Diagnositc" is one edit from "Diagnostic"), with an early exit once the
// distance must exceed `max`, which keeps a scan over a part's topics cheap.

export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Only the diagonal band |i - j| <= max can hold a distance within `max`; cells outside it are
  // left at `over`, so a bounded check costs O(length × max) rather than O(length²).
  const over = Number.isFinite(max) ? max + 1 : a.length + n + 1;
  const band = Number.isFinite(max) ? max : Math.max(a.length, n);
  let prevPrev = new Array<number>(n + 1).fill(over);
  let prev = new Array<number>(n + 1).fill(over);
  let cur = new Array<number>(n + 1).fill(over);
  for (let j = 0; j <= Math.min(n, band); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(n, i + band);
    cur[0] = i <= band ? i : over;
    if (from > 1) cur[from - 1] = over;
    let rowMin = cur[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prevPrev[j - 2] + 1);
      }
      cur[j] = v > over ? over : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (to < n) cur[to + 1] = over;
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n], over);
}

/** How many edits a name of this length may be off and still count as a typo of it. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 16) return 2;
  return 3;
}
