// A unified diff of two texts, line by line (for --fix-dry-run), in the form `git apply` and
// `patch -p1` take: `--- a/<path>` and `+++ b/<path>`, the path relative to the working directory.
// Fixes change little, so the common head and tail are set aside and only the changed middle is
// compared by longest common subsequence.
import * as path from 'node:path';
import { stdinPath } from './files';

interface Op {
  kind: ' ' | '-' | '+';
  line: string;
}

const contextLines = 3;

/** Lines with their terminators, so a changed line ending shows as a change. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs: number[][] = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ kind: ' ', line: midA[i++] });
      j++;
    } else if (i < midA.length && (j === midB.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // On a tie the removal goes first, so a changed line prints as `-old` then `+new`.
      ops.push({ kind: '-', line: midA[i++] });
    } else {
      ops.push({ kind: '+', line: midB[j++] });
    }
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

function renderLine(op: Op): string {
  if (op.line.endsWith('\n')) return `${op.kind}${op.line}`;
  return `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/**
 * A file name as diff headers write it. A name with a quote, a backslash or a control character is
 * quoted C-style, as git writes it (both git apply and patch read that back); a name with a space
 * ends with a tab, as git writes it, so patch does not stop at the space.
 */
function headerName(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (/["\\\x00-\x1f\x7f]/.test(name)) {
    const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
    // eslint-disable-next-line no-control-regex
    return `"${name.replace(/["\\\x00-\x1f\x7f]/g, (c) => escapes[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
  }
  return name.includes(' ') ? `${name}\t` : name;
}

/**
 * The names a patch of `file` carries: `a/` and `b/` before its path relative to `cwd`, with `/`
 * between folders. A file outside `cwd` keeps its `../`, which git apply and patch refuse; standard
 * input is `-`, as there is no file to apply it to.
 */
export function patchNames(file: string, cwd: string): { from: string; to: string } {
  if (file === stdinPath) return { from: stdinPath, to: stdinPath };
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return { from: `a/${relative}`, to: `b/${relative}` };
}

/** The `---` / `+++` header and the hunks; the empty string when the texts are equal. */
export function unifiedDiff(names: { from: string; to: string }, before: string, after: string): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  const changed = ops.map((op, k) => (op.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  let out = `--- ${headerName(names.from)}\n+++ ${headerName(names.to)}\n`;
  let k = 0;
  while (k < changed.length) {
    // A hunk runs while the gaps between changes are at most twice the context.
    let last = k;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * contextLines) last++;
    const from = Math.max(0, changed[k] - contextLines);
    const to = Math.min(ops.length, changed[last] + contextLines + 1);
    let oldStart = 1;
    let newStart = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldStart++;
      if (op.kind !== '-') newStart++;
    }
    const hunk = ops.slice(from, to);
    const oldLen = hunk.filter((op) => op.kind !== '+').length;
    const newLen = hunk.filter((op) => op.kind !== '-').length;
    // An empty side is numbered by the line before it, as diff does.
    out += `@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@\n`;
    out += hunk.map(renderLine).join('');
    k = last + 1;
  }
  return out;
}
