// Seeded defects: each clean letter is broken in one known way at a place a seeded PRNG picks, and
// the rule that owns that defect must report it on the line where it was made. The letters are the
// real redacted letters in ../shared/letters/{seeds,real/draft}, read in place (never copied), and
// the fixture letters written for the tests; without ../shared only the fixtures are used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/letter/parse';
import type { Letter } from '../../server/src/letter/model';
import { findConclusion } from '../../server/src/letter/conclusion';
import { runRules } from '../../server/src/rules/engine';
import { allRules } from '../../server/src/rules/index';
import { builtinCatalog } from '../../server/src/catalog';
import { repoRoot } from './repo-root';
import { fixture, fixtureNames } from './rules/letters';

interface Source {
  name: string;
  text: string;
}

/** A defect made at a place: the rule expected and the offset whose line it must report on. */
interface Seeded {
  text: string;
  rule: string;
  at: number;
  what: string;
}

type Mutation = (letter: Letter, random: () => number) => Seeded | undefined;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function pick<T>(list: readonly T[], random: () => number): T | undefined {
  return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
}

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** Start of the line holding `offset`, and the start of the line after the one holding `end`. */
function wholeLines(letter: Letter, start: number, end: number): [number, number] {
  const first = letter.lines.lineStart(letter.lines.lineOf(start));
  const lastLine = letter.lines.lineOf(Math.max(start, end - 1));
  const after = lastLine + 1 < letter.lines.lineCount ? letter.lines.lineStart(lastLine + 1) : letter.source.length;
  return [first, after];
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r';
}

/** The next offset at or after `at` that is not whitespace. */
function nextText(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

const mutations: Record<string, Mutation> = {
  'delete a section heading': (letter, random) => {
    const s = pick(letter.sections, random);
    if (!s) return undefined;
    const [a, b] = wholeLines(letter, s.heading.start, s.heading.end);
    const text = replace(letter.source, a, b, '');
    return { text, rule: 'section-missing', at: nextText(text, a), what: `deleted '${s.headingText}'` };
  },
  'swap two sections': (letter, random) => {
    if (letter.sections.length !== 3) return undefined;
    const first = Math.floor(random() * 2); // how<->summary or summary<->issues
    const [x, y] = [letter.sections[first], letter.sections[first + 1]];
    const xStart = wholeLines(letter, x.heading.start, x.heading.end)[0];
    const yStart = wholeLines(letter, y.heading.start, y.heading.end)[0];
    const zStart = first === 0 ? wholeLines(letter, letter.sections[2].heading.start, letter.sections[2].heading.end)[0] : letter.source.length;
    let yBlock = letter.source.slice(yStart, zStart);
    if (!/[\r\n]$/.test(yBlock)) yBlock += eolOf(letter.source);
    const text = letter.source.slice(0, xStart) + yBlock + letter.source.slice(xStart, yStart) + letter.source.slice(zStart);
    return { text, rule: 'section-order', at: xStart + yBlock.length + (x.heading.start - xStart), what: `moved '${x.headingText}' after '${y.headingText}'` };
  },
  'flip a decision': (letter, random) => {
    // Only items whose rationale states a conclusion can contradict it.
    const items = letter.items.filter((i) => {
      const r = i.fields.find((f) => f.kind === 'rationale');
      return i.decision && i.decisionWord && r && findConclusion(letter.source, r.content);
    });
    const item = pick(items, random);
    if (!item) return undefined;
    const w = item.decisionWord!;
    const text = replace(letter.source, w.start, w.end, item.decision === 'Upheld' ? 'Overturned' : 'Upheld');
    return { text, rule: 'decision-conflict', at: w.start, what: `flipped '${item.itemText}'` };
  },
  'change the decision word': (letter, random) => {
    const item = pick(letter.items.filter((i) => i.decisionWord), random);
    if (!item) return undefined;
    const w = item.decisionWord!;
    const word = pick(item.decision === 'Overturned' ? ['Overturn', 'Denied', 'Partially Overturned'] : ['Uphold', 'Denied', 'Modified'], random)!;
    return { text: replace(letter.source, w.start, w.end, word), rule: 'item-decision-invalid', at: w.start, what: `'${word}' for '${item.itemText}'` };
  },
  'drop a field': (letter, random) => {
    const item = pick(letter.items.filter((i) => i.fields.length === 3), random);
    if (!item) return undefined;
    const field = pick(item.fields, random)!;
    const [a, b] = wholeLines(letter, field.label.start, field.content.end);
    return { text: replace(letter.source, a, b, ''), rule: 'item-field-missing', at: item.heading.start, what: `dropped ${field.kind} of '${item.itemText}'` };
  },
  'swap two fields': (letter, random) => {
    const item = pick(letter.items.filter((i) => i.fields.length === 3), random);
    if (!item) return undefined;
    const k = Math.floor(random() * 2); // claims<->maximus or maximus<->rationale
    const [x, y] = [item.fields[k], item.fields[k + 1]];
    const xStart = wholeLines(letter, x.label.start, x.label.end)[0];
    const yStart = wholeLines(letter, y.label.start, y.label.end)[0];
    const yEnd = wholeLines(letter, y.label.start, y.content.end)[1];
    let yBlock = letter.source.slice(yStart, yEnd);
    if (!/[\r\n]$/.test(yBlock)) yBlock += eolOf(letter.source);
    const text = letter.source.slice(0, xStart) + yBlock + letter.source.slice(xStart, yStart) + letter.source.slice(yEnd);
    // The field now out of place is x, moved after y.
    return { text, rule: 'item-field-order', at: xStart + yBlock.length, what: `swapped ${x.kind} and ${y.kind} of '${item.itemText}'` };
  },
  'break a date': (letter, random) => {
    const d = pick(letter.dates.filter((x) => x.valid && x.form !== 'words'), random);
    if (!d) return undefined;
    const sep = d.form === 'slash' ? '/' : '-';
    const [m, , y] = d.span.text.split(sep);
    // Day 31 of a 30-day month where the month has 30 days; otherwise month 13.
    const broken = [4, 6, 9, 11].includes(d.month) ? `${m}${sep}31${sep}${y}` : `13${sep}${d.span.text.split(sep)[1]}${sep}${y}`;
    return { text: replace(letter.source, d.span.start, d.span.end, broken), rule: 'date-invalid', at: d.span.start, what: `${d.span.text} -> ${broken}` };
  },
  'leave a placeholder': (letter, random) => {
    const item = pick(letter.items.filter((i) => i.itemSpan.end > i.itemSpan.start), random);
    if (!item) return undefined;
    return { text: replace(letter.source, item.itemSpan.start, item.itemSpan.end, '«item»'), rule: 'placeholder', at: item.itemSpan.start, what: `«item» for '${item.itemText}'` };
  },
  'add a phone number or SSN': (letter, random) => {
    const summary = letter.sections.find((s) => s.kind === 'summary');
    if (!summary) return undefined;
    const lines: number[] = [];
    for (let l = letter.lines.lineOf(summary.body.start) + 1; l < letter.lines.lineOf(summary.body.end); l++) {
      if (letter.source.slice(letter.lines.lineStart(l), letter.lines.lineEnd(l)).trim()) lines.push(l);
    }
    const line = pick(lines, random);
    if (line === undefined) return undefined;
    const at = letter.lines.lineEnd(line);
    const added = random() < 0.5 ? ' Her phone is 555-123-4567.' : ' SSN 123-45-6789.';
    return { text: replace(letter.source, at, at, added), rule: 'phi-detected', at: at + 1, what: `added '${added.trim()}'` };
  },
};

function sharedLetters(): Source[] | undefined {
  const root = path.join(repoRoot(), '..', 'shared', 'letters');
  if (!fs.existsSync(root)) return undefined;
  const out: Source[] = [];
  for (const folder of ['seeds', path.join('real', 'draft')]) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) out.push({ name: path.join(folder, f), text: fs.readFileSync(path.join(dir, f), 'utf8') });
  }
  return out;
}

const shared = sharedLetters();
if (!shared) console.log('seeded defects: ../shared/letters is absent; running over the test fixtures only.');
const sources: Source[] = [...fixtureNames.map((n) => ({ name: `fixtures/${n}`, text: fixture(n) })), ...(shared ?? [])];

/** Each letter gets this many independent draws of each mutation. */
const DRAWS = 3;

describe('seeded defects: the right rule on the right line', () => {
  for (const [name, mutate] of Object.entries(mutations)) {
    it(name, () => {
      const failures: string[] = [];
      let made = 0;
      for (const source of sources) {
        const random = prng(hash(`${name}:${source.name}`));
        const letter = parseLetter(source.text);
        for (let draw = 0; draw < DRAWS; draw++) {
          const seeded = mutate(letter, random);
          if (!seeded) continue;
          made++;
          const broken = parseLetter(seeded.text);
          const findings = runRules(broken, builtinCatalog, { rules: {}, profile: 'auto' }, allRules);
          const line = broken.lines.lineOf(seeded.at);
          const hit = findings.some((f) => f.ruleId === seeded.rule && broken.lines.lineOf(f.start) === line);
          if (!hit) {
            const near = findings.filter((f) => f.ruleId === seeded.rule).map((f) => broken.lines.lineOf(f.start) + 1);
            failures.push(`${source.name}: ${seeded.what}: no ${seeded.rule} on line ${line + 1} (found on lines [${near.join(', ')}])`);
          }
        }
      }
      assert.ok(made >= sources.length, `the mutation applied to too few letters (${made})`);
      assert.deepEqual(failures, []);
    });
  }
});
