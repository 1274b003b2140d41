// Why a shape check and not a timing: V8's backtracking engine exposes no step count, and a time ratio
// fails on a loaded machine. A backtracking regex is superlinear exactly when one stretch of text can be
// matched in many ways and the match then fails, so every way is tried. This module finds the three
// shapes that make such stretches, judging a pattern against long runs of one character x (every x of an
// alphabet that holds each kind of white space, ASCII and the letters and marks letters contain):
//
// - repetition nested in repetition: `(a+)+`, `(?:\s*x?){1,9}`;
// - two unbounded repetitions that can take the same run, with only what the run also satisfies between
//   them and something that can fail after: `\s+\s*x`, `[ \t]{2,}[ \t]*(?=y)`, `\d+-?\d*$`;
// - an unbounded repetition reached from many start positions inside its own run, followed by
//   something that can fail: `\s+is$` unanchored (each start re-reads the rest of the run).
//
// A repetition bounded by a constant (`\s{0,3}`) costs a constant factor and is allowed. The check is
// conservative: lookarounds other than a one-character lookbehind are assumed to pass.
export interface Flaw {
  kind: 'nested' | 'overlapping' | 'rescanned';
  message: string;
}

type Node =
  | { type: 'char'; source: string }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'look'; behind: boolean; negative: boolean; body: Seq[] }
  | { type: 'group'; body: Seq[] }
  | { type: 'backref' }
  | { type: 'repeat'; body: Node; min: number; max: number; source: string };
type Seq = Node[];

// ---- parsing (the subset of JavaScript regular expressions the engine writes) ----

function parse(source: string): Seq[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`cannot read /${source}/ at ${i}: ${what}`);
  };
  function alternatives(): Seq[] {
    const alts: Seq[] = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  }
  function sequence(): Seq {
    const seq: Seq = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const start = i;
      const atom = term();
      const q = quantifier();
      if (q) {
        if (atom.type === 'assert' || atom.type === 'look') fail('quantified assertion');
        seq.push({ type: 'repeat', body: atom, min: q.min, max: q.max, source: source.slice(start, i) });
      } else seq.push(atom);
    }
    return seq;
  }
  function quantifier(): { min: number; max: number } | undefined {
    const c = source[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return undefined;
      i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (!q) return undefined;
    i++;
    if (source[i] === '?') i++; // lazy: the same ways are tried, in another order
    return q;
  }
  function term(): Node {
    const c = source[i];
    if (c === '^' || c === '$') {
      i++;
      return { type: 'assert', kind: c };
    }
    if (c === '(') return group();
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '*' || c === '+' || c === '?') fail('nothing to repeat');
    i++;
    return { type: 'char', source: c === '.' ? '.' : escapeLiteral(c) };
  }
  function group(): Node {
    i++;
    let kind = '';
    const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
    if (m) {
      kind = m[0];
      i += m[0].length;
    }
    const body = alternatives();
    if (source[i] !== ')') fail('unclosed group');
    i++;
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') {
      return { type: 'look', behind: kind.startsWith('?<'), negative: kind.endsWith('!'), body };
    }
    return { type: 'group', body };
  }
  function charClass(): Node {
    const start = i;
    i++;
    if (source[i] === '^') i++;
    if (source[i] === ']') i++;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    if (source[i] !== ']') fail('unclosed class');
    i++;
    return { type: 'char', source: source.slice(start, i) };
  }
  function escape(): Node {
    const start = i;
    const c = source[i + 1];
    if (c === undefined) fail('trailing backslash');
    if (c === 'b' || c === 'B') {
      i += 2;
      return { type: 'assert', kind: c };
    }
    if (/[1-9]/.test(c)) {
      i += 2;
      while (/\d/.test(source[i] ?? '')) i++;
      return { type: 'backref' };
    }
    if (c === 'k' && source[i + 2] === '<') {
      i = source.indexOf('>', i) + 1;
      return { type: 'backref' };
    }
    if ((c === 'p' || c === 'P') && source[i + 2] === '{') i = source.indexOf('}', i) + 1;
    else if (c === 'u' && source[i + 2] === '{') i = source.indexOf('}', i) + 1;
    else if (c === 'u') i += 6;
    else if (c === 'x') i += 4;
    else if (c === 'c') i += 3;
    else i += 2;
    return { type: 'char', source: source.slice(start, i) };
  }
  const alts = alternatives();
  if (i < source.length) fail('unbalanced parenthesis');
  return alts;
}

function escapeLiteral(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

// ---- character sets over a finite alphabet ----

/** One of each kind of character a letter holds: every ASCII character, each Unicode space and line
 * separator, the marks and letters a PDF copy brings, and both halves of a surrogate pair. */
const alphabet: string[] = [
  ...Array.from({ length: 128 }, (_, k) => String.fromCharCode(k)),
  ...[0xa0, 0xad, 0xab, 0xbb, 0xc9, 0xe9, 0xfc, 0x17f, 0x301, 0x5d0, 0x627, 0x1680, 0x180e].map((c) => String.fromCharCode(c)),
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)), // en quad .. hair space
  ...[0x200b, 0x200e, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2028, 0x2029, 0x202e, 0x202f, 0x205f, 0x212a, 0x2026, 0x3000, 0xfeff, 0xfffd, 0xd835, 0xdd04].map((c) =>
    String.fromCharCode(c),
  ),
  '\u{1d504}',
  '\u{1f600}',
];

export const whitespaceKinds: readonly string[] = alphabet.filter((c) => /^\s$/u.test(c));

const ALL = (1n << BigInt(alphabet.length)) - 1n;
const lineTerminators = setOf((c) => /^[\n\r\u2028\u2029]$/.test(c));
const wordChars = setOf((c) => /^\w$/.test(c));

function setOf(test: (c: string) => boolean): bigint {
  let set = 0n;
  alphabet.forEach((c, k) => {
    if (test(c)) set |= 1n << BigInt(k);
  });
  return set;
}

const charSets = new Map<string, bigint>();

function charSet(source: string, flags: string): bigint {
  const f = flags.replace(/[^ius]/g, '');
  const key = `${f}/${source}`;
  let set = charSets.get(key);
  if (set === undefined) {
    const re = new RegExp(`^(?:${source})$`, f);
    set = setOf((c) => re.test(c));
    charSets.set(key, set);
  }
  return set;
}

const hasWord = (set: bigint) => (set & wordChars) !== 0n;
const hasNonWord = (set: bigint) => (set & ~wordChars & ALL) !== 0n;

// ---- the walk from one repetition (or from the scan over start positions) to the next ----

interface Frame {
  /** `seq` continues at `next` once a group's body is matched; `look` ends a lookaround's body. */
  kind: 'group' | 'look' | 'repeat';
  seq?: Seq;
  next?: number;
  repeat?: Extract<Node, { type: 'repeat' }>;
  looped?: boolean;
}

interface Walk {
  flags: string;
  /** The run's characters: what the first repetition takes; everything for the scan over starts. */
  run: bigint;
  /** Scanning start positions: every character read on the way must also belong to the second run. */
  fromStarts: boolean;
  /**
   * Places already walked from, each with a state that found nothing: a sequence of optional groups
   * would otherwise be walked once per combination of taken and skipped groups.
   */
  seen: Set<string>;
  /** The character sets of the regex's unbounded one-character repetitions: the only runs a second run can be. */
  repeatSets: bigint[];
}

const ids = new WeakMap<object, number>();
let lastId = 0;
function idOf(o: object): number {
  const known = ids.get(o);
  if (known !== undefined) return known;
  ids.set(o, ++lastId);
  return lastId;
}

/** What decides the rest of a walk: where it is, what follows, and the state (the order of reads aside but the last). */
function walkKey(seq: Seq, from: number, s: State, cont: readonly Frame[]): string {
  const frames = cont.map((f) => `${f.kind}:${f.seq ? idOf(f.seq) : 0}:${f.next ?? 0}:${f.repeat ? idOf(f.repeat) : 0}:${f.looped ? 1 : 0}`).join('/');
  // What the reads decide later: the last one, and for each possible second run whether every read fits it.
  const reads = s.fits.toString(36);
  const last = s.read.length > 0 ? String(s.read[s.read.length - 1]) : '-';
  const checks = s.checks.map((c) => `${c.kind}${String(c.before)}>${String(c.after)}`).join(',');
  const boundary = s.boundary ? `${s.boundary.kind}${String(s.boundary.before)}` : '';
  return `${idOf(seq)}@${from}|${frames}|${reads}|${last}|${String(s.region)}|${boundary}|${checks}`;
}

interface State {
  /** Characters of the region read since the start of the walk (each in `walk.run`). */
  read: bigint[];
  /**
   * Bit i: every character read so far can be one of `walk.repeatSets[i]` within the region. The region is
   * fixed once a character is read, so this says all that `read` says to a second run.
   */
  fits: number;
  /** From the starts: what the region's characters must also be (a lookbehind inside the run). */
  region: bigint;
  /** A `\b`/`\B` seen: its previous character's set, waiting for the next one. */
  boundary?: { kind: 'b' | 'B'; before: bigint | 'region' };
  /** Constraints on the second run's characters from boundaries next to it. */
  checks: { kind: 'b' | 'B'; before: bigint | 'region'; after: bigint | 'region' }[];
}

function canFail(seq: Seq, next: number, cont: readonly Frame[]): boolean {
  for (let k = next; k < seq.length; k++) {
    const n = seq[k];
    if (!(n.type === 'repeat' && n.min === 0)) return true;
  }
  const [frame, ...rest] = cont;
  if (!frame) return false;
  if (frame.kind === 'look') return true; // a lookaround's match is thrown away: the scan goes on
  if (frame.kind === 'repeat' && !frame.looped && frame.repeat!.min > 1) return true;
  return canFail(frame.seq!, frame.next!, rest);
}

function boundaryHolds(kind: 'b' | 'B', before: bigint, after: bigint): boolean {
  const differ = (hasWord(before) && hasNonWord(after)) || (hasNonWord(before) && hasWord(after));
  const same = (hasWord(before) && hasWord(after)) || (hasNonWord(before) && hasNonWord(after));
  return kind === 'b' ? differ : same;
}

/** Consumes one character of `set`; false when the run cannot continue through it. */
function consume(w: Walk, s: State, set: bigint): State | undefined {
  const within = set & w.run;
  if (within === 0n) return undefined;
  let fits = s.fits;
  w.repeatSets.forEach((r, i) => {
    if ((within & r & w.run & s.region) === 0n) fits &= ~(1 << i);
  });
  const next: State = { read: [...s.read, within], fits, checks: s.checks, region: s.region };
  if (s.boundary) {
    const { kind, before: previous } = s.boundary;
    if (previous === 'region') next.checks = [...s.checks, { kind, before: previous, after: within }];
    else if (!boundaryHolds(kind, previous, within)) return undefined;
  }
  return next;
}

/** Requires the character before the current position to be in `allowed`. */
function before(w: Walk, s: State, allowed: bigint): State | undefined {
  if (s.read.length > 0) return (s.read[s.read.length - 1] & allowed) === 0n ? undefined : s;
  if (w.fromStarts) return { ...s, region: s.region & allowed };
  return (w.run & allowed) === 0n ? undefined : s;
}

/** The characters a lookbehind's alternatives end with, when each ends with one character. */
function lastCharsOf(alts: Seq[], flags: string): bigint | undefined {
  let set = 0n;
  for (const alt of alts) {
    const last = alt[alt.length - 1];
    if (!last || last.type !== 'char') return undefined;
    set |= charSet(last.source, flags);
  }
  return set;
}

function lastRead(s: State): bigint | 'region' {
  return s.read.length > 0 ? s.read[s.read.length - 1] : 'region';
}

function walkAlts(w: Walk, alts: Seq[], s: State, cont: readonly Frame[]): string | undefined {
  for (const alt of alts) {
    const hit = walkSeq(w, alt, 0, s, cont);
    if (hit) return hit;
  }
  return undefined;
}

/** The source of an unbounded repetition the run reaches (and that can fail afterwards), if any. */
function walkSeq(w: Walk, seq: Seq, from: number, start: State, cont: readonly Frame[]): string | undefined {
  const key = walkKey(seq, from, start, cont);
  if (w.seen.has(key)) return undefined;
  const hit = walkSeqOnce(w, seq, from, start, cont);
  // A hit ends the whole walk; only places that found nothing need remembering.
  if (!hit) w.seen.add(key);
  return hit;
}

function walkSeqOnce(w: Walk, seq: Seq, from: number, start: State, cont: readonly Frame[]): string | undefined {
  let s: State | undefined = start;
  for (let k = from; k < seq.length; k++) {
    const n = seq[k];
    if (n.type === 'char') {
      s = consume(w, s, charSet(n.source, w.flags));
      if (!s) return undefined;
    } else if (n.type === 'backref') {
      // A copy of an earlier group: assume it can be empty or take the run.
      continue;
    } else if (n.type === 'assert') {
      if (n.kind === 'b' || n.kind === 'B') {
        s = { ...s, boundary: { kind: n.kind, before: lastRead(s) } };
      } else {
        // Inside a run, `^` and `$` hold only next to a line terminator (with the m flag).
        if (!w.flags.includes('m')) return undefined;
        s = before(w, s, lineTerminators);
        if (!s) return undefined;
      }
    } else if (n.type === 'look') {
      const single = n.body.length === 1 && n.body[0].length === 1 && n.body[0][0].type === 'char' ? (n.body[0][0] as { source: string }).source : undefined;
      if (n.behind && single !== undefined) {
        // Inside a run, the character before is the run's own.
        const set = charSet(single, w.flags);
        s = before(w, s, n.negative ? ALL & ~set : set);
        if (!s) return undefined;
        continue;
      }
      const lastChars = n.behind && !n.negative ? lastCharsOf(n.body, w.flags) : undefined;
      if (lastChars !== undefined) {
        // `(?<=Priority:)`: the character before is one its alternatives end with.
        s = before(w, s, lastChars);
        if (!s) return undefined;
        continue;
      }
      const hit = walkAlts(w, n.body, s, [{ kind: 'look' }]);
      if (hit) return hit;
    } else if (n.type === 'group') {
      return walkAlts(w, n.body, s, [{ kind: 'group', seq, next: k + 1 }, ...cont]);
    } else if (n.type === 'repeat') {
      if (n.body.type === 'char') {
        const set = charSet(n.body.source, w.flags);
        if (n.max === Infinity) {
          const hit = secondRun(w, s, set, seq, k + 1, cont);
          if (hit) return n.source;
        }
        if (n.min > 0) {
          s = consume(w, s, set);
          if (!s) return undefined;
        }
        // With min 0 the walk goes on past it, the run's characters unchanged.
      } else {
        const frame: Frame = { kind: 'repeat', seq, next: k + 1, repeat: n };
        const hit = walkAlts(w, n.body.type === 'group' ? n.body.body : [[n.body]], s, [frame, ...cont]);
        if (hit) return hit;
        if (n.min > 0) return undefined;
      }
    }
  }
  const [frame, ...rest] = cont;
  if (!frame || frame.kind === 'look') return undefined;
  if (frame.kind === 'repeat' && !frame.looped && frame.repeat!.max > 1) {
    const again = frame.repeat!.body;
    const hit = walkAlts(w, again.type === 'group' ? again.body : [[again]], s, [{ ...frame, looped: true }, ...rest]);
    if (hit) return hit;
  }
  return walkSeq(w, frame.seq!, frame.next!, s, rest);
}

/** Whether an unbounded repetition of `set`, reached in state `s`, takes the same run and can fail after. */
function secondRun(w: Walk, s: State, set: bigint, seq: Seq, next: number, cont: readonly Frame[]): boolean {
  const run = set & w.run & s.region;
  if (run === 0n) return false;
  if (!canFail(seq, next, cont)) return false;
  // The stretch read on the way lies inside this repetition's run (from the starts, or where the first
  // repetition could have taken it): a character the run cannot take ends the stretch.
  const i = w.repeatSets.indexOf(set);
  if (i < 0 ? !s.read.every((r) => (r & run) !== 0n) : (s.fits & (1 << i)) === 0) return false;
  const region = w.fromStarts ? run : w.run;
  const checks = [...s.checks];
  if (s.boundary) checks.push({ kind: s.boundary.kind, before: s.boundary.before, after: run });
  return checks.every((c) => boundaryHolds(c.kind, c.before === 'region' ? region : c.before, c.after === 'region' ? region : c.after));
}

// ---- the check ----

function containsUnbounded(node: Node): boolean {
  if (node.type === 'repeat') return node.max === Infinity || containsUnbounded(node.body);
  if (node.type === 'group' || node.type === 'look') return node.body.some((seq) => seq.some(containsUnbounded));
  return false;
}

/** The character sets of every unbounded one-character repetition in `alts` (at most 30: a bit each). */
function unboundedSets(alts: Seq[], flags: string): bigint[] {
  const sets: bigint[] = [];
  const visit = (node: Node) => {
    if (node.type === 'repeat') {
      if (node.body.type === 'char' && node.max === Infinity) {
        const set = charSet(node.body.source, flags);
        if (!sets.includes(set) && sets.length < 30) sets.push(set);
      } else visit(node.body);
    } else if (node.type === 'group' || node.type === 'look') node.body.forEach((seq) => seq.forEach(visit));
  };
  alts.forEach((seq) => seq.forEach(visit));
  return sets;
}

/** Every flaw of `re` that makes its time on some text grow faster than the text. */
export function superlinearShapes(re: RegExp): Flaw[] {
  const flags = re.flags;
  const top = parse(re.source);
  const flaws: Flaw[] = [];
  const repeatSets = unboundedSets(top, flags);
  const add = (flaw: Flaw) => {
    if (!flaws.some((f) => f.message === flaw.message)) flaws.push(flaw);
  };

  // Every unbounded repetition, with the frames that say what follows it.
  const visit = (alts: Seq[], cont: readonly Frame[]) => {
    for (const seq of alts) {
      seq.forEach((n, k) => {
        if (n.type === 'group') visit(n.body, [{ kind: 'group', seq, next: k + 1 }, ...cont]);
        else if (n.type === 'look') visit(n.body, [{ kind: 'look' }]);
        else if (n.type === 'repeat') {
          if (n.body.type !== 'char') {
            if (n.max === Infinity) add({ kind: 'nested', message: `\`${n.source}\` repeats a group without bound` });
            else if (n.max > 1 && containsUnbounded(n.body)) add({ kind: 'nested', message: `\`${n.source}\` repeats a repetition` });
            const body = n.body.type === 'group' ? n.body.body : [[n.body]];
            visit(body, [{ kind: 'repeat', seq, next: k + 1, repeat: n }, ...cont]);
          } else if (n.max === Infinity) {
            const run = charSet(n.body.source, flags);
            const w: Walk = { flags, run, fromStarts: false, seen: new Set(), repeatSets };
            const other = walkSeq(w, seq, k + 1, { read: [], fits: -1, checks: [], region: ALL }, cont);
            if (other) add({ kind: 'overlapping', message: `\`${n.source}\` and \`${other}\` can take the same run of ${describe(run)}` });
          }
        }
      });
    }
  };
  visit(top, []);

  if (!flags.includes('y')) {
    const w: Walk = { flags, run: ALL, fromStarts: true, seen: new Set(), repeatSets };
    const hit = walkAlts(w, top, { read: [], fits: -1, checks: [], region: ALL }, []);
    if (hit) add({ kind: 'rescanned', message: `\`${hit}\` is entered from every start position inside its run and can fail after it` });
  }
  return flaws;
}

function describe(set: bigint): string {
  const show = (c: string) => (/^[!-~]$/.test(c) ? `"${c}"` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const names = alphabet.filter((_, k) => (set >> BigInt(k)) & 1n).slice(0, 4).map(show);
  return names.join(', ') + (names.length === 4 ? ', …' : '');
}
