// What an analysis keeps of a document's blocks for the next version of the same document: a block's
// results keyed by the block's exact text (and whatever else they depend on), so an edit re-reads only
// the blocks it touched. Pure: no I/O, no timers. Bounded: each version keeps only what it used, so a
// memo holds the results of at most two versions of one document (see `BlockMemo.rotate`).
import type { Item, RequestMention } from './model';

/**
 * Results by key, kept while they are used: `rotate()` starts a version, and a result neither the new
 * version nor the one before it used is dropped then.
 */
export class BlockMemo<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private version = 0;

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = this.version;
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.set(key, { value, used: this.version });
  }

  /** A new version: what the last one did not use is dropped now. */
  rotate(): void {
    for (const [key, entry] of this.entries) if (entry.used < this.version) this.entries.delete(key);
    this.version++;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A result kept with the offset of the block it was read from, so it can be moved to the block's new place. */
export interface Placed<V> {
  at: number;
  value: V;
}

/** What the parse keeps between versions. */
export class ParseMemo {
  /** The case summary's requests, by the summary body's text. */
  readonly requests = new BlockMemo<Placed<RequestMention[]>>();
  /** Each item built, by its block's text; kept only for the same shape (the lines and labels found in it). */
  readonly parsedItems = new BlockMemo<Placed<Item> & { shape: readonly number[] }>();
  /** How many blocks were read afresh (not found in the memo): what a test counts. */
  readonly reads: { requests: number; items: number } = { requests: 0, items: 0 };

  /** A new version of the document is read. */
  rotate(): void {
    this.requests.rotate();
    this.parsedItems.rotate();
  }
}

// ---- moving results ----------------------------------------------------------------------------------

/** Objects found to hold no span: never walked again (catalog entries, settings, shared constants). */
const spanFree = new WeakSet<object>();

/**
 * `value` with every `Span` in it (an object with numeric `start` and `end` and a string `text`) moved by
 * `delta`: the result read from a block's text, for the same text at another offset. Objects and arrays
 * on the way to a span are copied; everything else (catalog entries above all) is kept as the same
 * object, so identity comparisons still hold. Only plain objects and arrays are walked.
 */
export function rebase<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shift(value, delta, 0) as T;
}

/** Deeper than any span tree: past it an object is left as it is (a catalog entry that refers back to itself). */
const MAX_DEPTH = 32;

function shift(value: unknown, delta: number, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || spanFree.has(value)) return value;
  let copy: Record<string, unknown> | unknown[] | undefined;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const moved = shift(list[i], delta, depth + 1);
      if (moved !== list[i]) ((copy ??= list.slice()) as unknown[])[i] = moved;
    }
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const record = value as Record<string, unknown>;
    const isSpan = typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string';
    for (const key in record) {
      const old = record[key];
      const moved = isSpan && (key === 'start' || key === 'end') ? (old as number) + delta : shift(old, delta, depth + 1);
      if (moved !== old) ((copy ??= { ...record }) as Record<string, unknown>)[key] = moved;
    }
  }
  if (!copy) spanFree.add(value);
  return copy ?? value;
}
