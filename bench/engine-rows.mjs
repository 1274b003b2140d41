// The in-process rows: parse + all rules per letter, markdownlint on the same text, the floor, and
// growth with length. Ours, the peer and the floor are timed letter by letter in the same loop.
import * as fs from 'node:fs';
import { lint as markdownlint } from 'markdownlint/sync';
import { loglogSlope, median, p95, sample } from './stats.mjs';
import { repeated, withItemCount } from './corpus.mjs';

export function makeChecker(engine) {
  const inputs = { catalog: engine.builtinCatalog, settings: engine.defaultSettings, rules: engine.allRules };
  return (text) => engine.analyze(text, inputs);
}

/** Ours, markdownlint and the floor over every letter, interleaved per letter. */
export function timeLetters(letters, check) {
  const ours = [];
  const peer = [];
  const oursWithRead = [];
  const floor = [];
  for (const { file, text } of letters) {
    ours.push(...sample(() => check(text), { warmup: 3, reps: 15 }));
    peer.push(...sample(() => markdownlint({ strings: { letter: text } }), { warmup: 1, reps: 4 }));
    oursWithRead.push(...sample(() => check(fs.readFileSync(file, 'utf8')), { warmup: 2, reps: 10 }));
    floor.push(...sample(() => fs.readFileSync(file, 'utf8').split(/\r?\n/), { warmup: 2, reps: 10 }));
  }
  return { ours, peer, oursWithRead, floor };
}

export function engineRows({ engine, corpus }) {
  const check = makeChecker(engine);
  const rows = [];
  const notes = [];
  const everyLetter = [...corpus.examples, ...(corpus.shared ?? [])];

  // Warm the engine (JIT, catalog lookups) on every letter before anything is timed.
  for (let i = 0; i < 3; i++) for (const l of everyLetter) check(l.text);

  const timed = new Map();
  for (const [label, letters] of [['shared', corpus.shared], ['examples', corpus.examples]]) {
    if (!letters) continue;
    timed.set(label, timeLetters(letters, check));
  }
  if (corpus.shared) {
    const t = timed.get('shared');
    rows.push(row(`parse + all rules, per letter: ../shared/letters (${corpus.shared.length} letters, read in place)`, t.ours, 'median ≤ 1 ms', 1, 'median'));
  } else {
    notes.push(`../shared/letters is absent (looked in ${corpus.sharedDir}): its rows are skipped; examples/ only.`);
  }
  const ex = timed.get('examples');
  rows.push(row(`parse + all rules, per letter: examples/ (${corpus.examples.length} letters)`, ex.ours, 'median ≤ 1 ms', 1, 'median'));

  // The letter with the most items, and a 21-item letter when none has that many.
  const counted = everyLetter.map((l) => ({ ...l, items: engine.parseLetter(l.text).items.length }));
  const largest = counted.reduce((a, b) => (b.items > a.items ? b : a));
  const largestTimes = sample(() => check(largest.text), { warmup: 10, reps: 200 });
  rows.push(row(`largest letter: ${largest.name} (${largest.items} items, ${largest.text.split('\n').length} lines)`, largestTimes, '≤ 3 ms', 3, 'median'));
  let twentyOne = counted.find((l) => l.items >= 21);
  if (!twentyOne) {
    const base = counted.filter((l) => corpus.examples.some((e) => e.file === l.file)).reduce((a, b) => (b.items > a.items ? b : a));
    twentyOne = { name: `built: ${base.name} with its ${base.items} items repeated to 21`, text: withItemCount(base.text, engine.parseLetter, 21), items: 21 };
    notes.push(`No letter has 21 items (the most is ${largest.items}, ${largest.name}); the 21-item row is ${base.name} with its own item blocks repeated after its last item until it has 21.`);
  }
  const t21 = sample(() => check(twentyOne.text), { warmup: 10, reps: 200 });
  rows.push(row(`21-item letter (${twentyOne.name})`, t21, '≤ 3 ms', 3, 'median'));

  // The peer and the floor, over every letter (shared and examples), measured in the same loops.
  const all = [...timed.values()];
  const pool = (key) => all.flatMap((t) => t[key]);
  const oursMedian = median(pool('ours'));
  const peerRatio = median(pool('peer')) / oursMedian;
  rows.push({
    what: `markdownlint (default rules) on the same letters (${everyLetter.length})`,
    median: median(pool('peer')),
    p95: p95(pool('peer')),
    target: 'ours ≥ 50× faster',
    ratio: `${peerRatio.toFixed(0)}× slower than ours (median ${oursMedian.toFixed(3)} ms)`,
    pass: peerRatio >= 50,
  });
  const floorRatio = median(pool('oursWithRead')) / median(pool('floor'));
  rows.push({
    what: `floor: read the file + split into lines (${everyLetter.length} letters)`,
    median: median(pool('floor')),
    p95: p95(pool('floor')),
    target: 'ours within 10×',
    ratio: `ours (read + parse + rules, median ${median(pool('oursWithRead')).toFixed(3)} ms) = ${floorRatio.toFixed(1)}× the floor`,
    pass: floorRatio <= 10,
  });

  // Growth: a letter written out 1, 10 and 100 times.
  const growthBase = corpus.examples.find((l) => l.file.endsWith('clean-2016.imr')) ?? corpus.examples[0];
  const factors = [1, 10, 100];
  const growth = factors.map((f) => {
    const text = repeated(growthBase.text, f);
    return sample(() => check(text), { warmup: f === 100 ? 2 : 5, reps: f === 100 ? 10 : 30 });
  });
  const slope = loglogSlope(factors, growth.map(median));
  rows.push({
    what: `growth: ${growthBase.name} written out 1×, 10×, 100× (${factors.map((f) => `${Math.round((growthBase.text.length * f) / 1024)} KB`).join(', ')})`,
    median: growth.map(median),
    p95: growth.map(p95),
    target: 'linear: exponent ≤ 1.1',
    ratio: `fitted exponent ${slope.toFixed(2)}`,
    pass: slope <= 1.1,
  });
  return { rows, notes, largest, twentyOne, growthBase };
}

function row(what, samples, target, limit, by) {
  const value = by === 'median' ? median(samples) : p95(samples);
  return { what, median: median(samples), p95: p95(samples), target, ratio: `${samples.length} runs; judged on ${by}`, pass: value <= limit };
}

/** Median milliseconds of parseLetter and of each rule alone, per document. */
export function perRuleBreakdown(engine, documents) {
  const { builtinCatalog: catalog, defaultSettings: settings, allRules, parseLetter, runRules } = engine;
  const columns = documents.map(({ label, texts, reps, warmup = 1 }) => {
    const parse = [];
    const rules = new Map(allRules.map((r) => [r.id, []]));
    for (const text of texts) {
      parse.push(median(sample(() => parseLetter(text), { warmup, reps })));
      const letter = parseLetter(text);
      for (const rule of allRules) {
        rules.get(rule.id).push(median(sample(() => runRules(letter, catalog, settings, [rule]), { warmup, reps })));
      }
    }
    return { label, parse: median(parse), rules: new Map([...rules].map(([id, t]) => [id, median(t)])) };
  });
  return columns;
}
