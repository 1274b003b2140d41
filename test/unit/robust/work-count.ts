// Work counted instead of time taken: a count does not change when the machine is busy. While a
// measured function runs, the String and RegExp built-ins the engine reads text with are wrapped so
// each call adds the characters it reads (a slice its length, an indexOf the stretch it searched, a
// regex the stretch from where it started to where its match ended, or the rest of the text when it
// found none). Loops over characters are counted by charCodeAt/codePointAt/charAt, one per call.
//
// The count says how much text every regex is handed, not how long it backtracks inside that text:
// regex-shape.ts proves each regex linear in what it reads, and this count proves what they read
// grows linearly with the document. Together: linear time.

type Cost = (self: string, args: unknown[], result: unknown) => number;

const originalIndexOf = String.prototype.indexOf;

const stringCosts: Record<string, Cost> = {
  indexOf: (s, [search, from], r) => {
    const start = clamp(Number(from ?? 0), s.length);
    return (r as number) >= 0 ? (r as number) + String(search).length - start : s.length - start;
  },
  includes: (s, [search, from]) => {
    const start = clamp(Number(from ?? 0), s.length);
    const at = Reflect.apply(originalIndexOf, s, [search, start]) as number;
    return at >= 0 ? at + String(search).length - start : s.length - start;
  },
  lastIndexOf: (s, [, from], r) => {
    const end = from === undefined ? s.length : clamp(Number(from), s.length);
    return end - Math.max(0, r as number);
  },
  startsWith: (_s, [search]) => String(search).length,
  endsWith: (_s, [search]) => String(search).length,
  slice: (_s, _a, r) => (r as string).length,
  substring: (_s, _a, r) => (r as string).length,
  substr: (_s, _a, r) => (r as string).length,
  charCodeAt: () => 1,
  codePointAt: () => 1,
  charAt: () => 1,
  at: () => 1,
  toLowerCase: (s) => s.length,
  toUpperCase: (s) => s.length,
  toLocaleLowerCase: (s) => s.length,
  toLocaleUpperCase: (s) => s.length,
  trim: (s) => s.length,
  trimStart: (s) => s.length,
  trimEnd: (s) => s.length,
  normalize: (s) => s.length,
  padStart: (_s, _a, r) => (r as string).length,
  padEnd: (_s, _a, r) => (r as string).length,
  repeat: (_s, _a, r) => (r as string).length,
  concat: (_s, _a, r) => (r as string).length,
  localeCompare: (s, [other]) => Math.min(s.length, String(other).length) + 1,
  // Given a string rather than a regex, these read the whole text.
  split: (s) => s.length,
  replace: (s) => s.length,
  replaceAll: (s) => s.length,
  match: (s) => s.length,
  matchAll: (s) => s.length,
  search: (s) => s.length,
};

/** Methods that, given a regex, run it through RegExp.prototype.exec. */
const delegating = new Set(['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search']);

function clamp(n: number, length: number): number {
  return Number.isNaN(n) ? 0 : Math.max(0, Math.min(length, n));
}

function execCost(re: RegExp, input: string, result: RegExpExecArray | null, lastIndex: number): number {
  const start = re.global || re.sticky ? clamp(lastIndex, input.length) : 0;
  if (re.sticky) return result ? result[0].length + 1 : 1;
  return (result ? result.index + result[0].length : input.length) - start + 1;
}

let active: { work: number; depth: number } | undefined;

/** The characters read through String and RegExp built-ins while `run` runs, and its result. */
export function countWork<T>(run: () => T): { work: number; result: T } {
  if (active) throw new Error('countWork does not nest');
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  const counter = { work: 0, depth: 0 };
  for (const [name, cost] of Object.entries(stringCosts)) {
    const original = proto[name];
    originals.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      // A regex argument is counted by the exec calls it makes.
      if (counter.depth > 0 || (delegating.has(name) && args[0] instanceof RegExp)) return Reflect.apply(original, this, args);
      counter.depth++;
      try {
        const result = Reflect.apply(original, this, args);
        counter.work += cost(String(this), args, result);
        return result;
      } finally {
        counter.depth--;
      }
    };
  }
  const exec = RegExp.prototype.exec;
  // Replacing exec also turns off V8's fast paths, so test, replace, split, match and matchAll call it.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    if (counter.depth > 0) return Reflect.apply(exec, this, [input]) as RegExpExecArray | null;
    counter.depth++;
    try {
      const text = String(input);
      const lastIndex = this.lastIndex;
      const result = Reflect.apply(exec, this, [text]) as RegExpExecArray | null;
      counter.work += execCost(this, text, result, lastIndex);
      return result;
    } finally {
      counter.depth--;
    }
  };
  active = counter;
  try {
    const result = run();
    return { work: counter.work, result };
  } finally {
    active = undefined;
    RegExp.prototype.exec = exec;
    for (const [name, original] of originals) proto[name] = original;
  }
}
