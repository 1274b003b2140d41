// JSON text from a settings or catalog file, parsed as data. A leading byte order mark is dropped.
// A failure is described by where it is (line and column), never by the text there: the file may
// not be what it claims to be, and its bytes must not reach a pop-up, a log or CI output. The
// position comes from a scanner of our own, because JSON.parse's message quotes the text.
export type JsonData = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseJsonData(text: string): JsonData {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const offset = jsonErrorOffset(body);
    if (offset < 0) return { ok: false, problem: 'is not valid JSON' };
    if (offset >= body.length) return { ok: false, problem: 'is not valid JSON (it ends before the JSON is complete)' };
    const { line, column } = lineColumn(body, offset);
    return { ok: false, problem: `is not valid JSON (line ${line}, column ${column})` };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const hex4 = /[0-9a-fA-F]{4}/y;

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends too
 * early), or -1 when it is valid. One pass with an explicit stack, so deep nesting cannot overflow.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = []; // 123 `{` or 91 `[`
  let i = 0;
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  /** Reads a string starting at its quote; false when it is broken (i is then at the fault). */
  const readString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          hex4.lastIndex = i + 2;
          if (!hex4.test(text)) {
            // The fault is the first character of the four that is not a hex digit, as JSON.parse says.
            i += 2;
            while (i < n && /[0-9a-fA-F]/.test(text[i])) i++;
            return false;
          }
          i += 6;
        } else if (next !== undefined && escapes.has(next)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const isDigit = (at: number) => {
    const c = text.charCodeAt(at);
    return c >= 48 && c <= 57;
  };
  const skipDigits = () => {
    while (isDigit(i)) i++;
  };
  /** Reads a number; false when it is broken (i is then at the fault). */
  const readNumber = (): boolean => {
    if (text[i] === '-') i++;
    if (!isDigit(i)) return false;
    if (text[i] === '0') i++;
    else skipDigits();
    if (text[i] === '.') {
      i++;
      if (!isDigit(i)) return false;
      skipDigits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(i)) return false;
      skipDigits();
    }
    return true;
  };
  // Expecting a value, a key, or what follows a value.
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (state === 'value') {
      if (i >= n) return n;
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        stack.push(c);
        i++;
        skipSpace();
        if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === 123 ? 'key' : 'value';
        }
        continue;
      }
      if (c === 34) {
        if (!readString()) return i;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (!readNumber()) return i;
      state = 'after';
      continue;
    }
    if (state === 'key') {
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 34 || !readString()) return i;
      skipSpace();
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 58) return i;
      i++;
      state = 'value';
      continue;
    }
    // after a value
    if (stack.length === 0) return i < n ? i : -1;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 44) {
      i++;
      state = top === 123 ? 'key' : 'value';
    } else if (c === (top === 123 ? 125 : 93)) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}
