// `npm run bench`: one markdown table of the performance targets — median and p95 over
// repeated runs, each with its ratio or note measured in the same run — then the machine, a
// per-rule timing breakdown and the hottest functions. Not part of `npm test`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildAll } from './build.mjs';
import { editPlaces, loadCorpus, ofSize, repeated, withItemLines, withLineCount, withLongLine } from './corpus.mjs';
import { engineRows, makeChecker, perRuleBreakdown } from './engine-rows.mjs';
import { coldStartRows, editRows, largeDocumentRow, memoryRow } from './protocol-rows.mjs';
import { cliAgainstReaderRow, cliRow } from './cli-row.mjs';
import { workspaceRows } from './workspace-rows.mjs';
import { adversaryRows } from './adversary-rows.mjs';
import { hotFunctions } from './profile.mjs';
import { median, ms, sample } from './stats.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const began = performance.now();
const loadAtStart = os.loadavg()[0];
const log = (text) => process.stderr.write(`bench: ${text}\n`);

log('bundling the engine, server and CLI from the current sources');
const built = await buildAll(repo);
const engine = createRequire(import.meta.url)(built.engine);
const corpus = loadCorpus(repo);
const everyLetter = [...corpus.examples, ...(corpus.shared ?? [])];
const check = makeChecker(engine);

log('parse + rules, markdownlint, floor, growth');
const inProcess = engineRows({ engine, corpus });
const rows = [...inProcess.rows];

const exampleBase = inProcess.growthBase;
const longLetter = withLineCount(exampleBase.text, engine.parseLetter, 2000);
const fiveMB = ofSize(exampleBase.text, 5 * 1024 * 1024);
const oneMBLine = withLongLine(exampleBase.text, engine.parseLetter, 1024 * 1024);
// The stress shape of a long letter: about 2,000 lines of items, the largest letter's item blocks repeated.
const manyItems = withItemLines(inProcess.largest.text, engine.parseLetter, 2000);

// The letters a keystroke is timed in: the shapes a reviewer meets and the stress ones.
const edited = [
  { label: `typical letter (${exampleBase.name}, ${lineCount(exampleBase.text)} lines)`, text: exampleBase.text, limitMs: 3, rounds: 30 },
  { label: `21-item letter (${lineCount(inProcess.twentyOne.text)} lines)`, text: inProcess.twentyOne.text, limitMs: 3, rounds: 30 },
  { label: `${lineCount(longLetter)}-line letter, one long summary (${exampleBase.name}'s)`, text: longLetter, limitMs: 10, rounds: 20 },
  { label: `${manyItems.lines}-line letter of ${manyItems.items} items (${inProcess.largest.name}'s item blocks repeated)`, text: manyItems.text, limitMs: 10, rounds: 20 },
].map((l) => ({ ...l, places: editPlaces(l.text, engine.parseLetter) }));

log('adversarial text at 1×, 10×, 100×');
rows.push(...(await attempt('adversarial text', async () => adversaryRows(check, exampleBase.text))));

log('keystrokes over stdio');
rows.push(...(await attempt('keystroke → diagnostics', () => editRows(built.server, edited))));
log('keystrokes while a workspace folder of 500 letters is checked');
const inAnItem = (l) => ({ ...l, place: l.places.find((p) => p.where === 'in an item') });
rows.push(...(await attempt('keystroke while 500 letters are checked', () => workspaceRows(built.server, everyLetter, [inAnItem(edited[0]), inAnItem(edited[3])]))));
log('cold start');
rows.push(...(await attempt('cold start', () => coldStartRows(built.server, exampleBase.text))));
log('memory');
rows.push(...(await attempt('server memory with 100 letters open', async () => [await memoryRow(built.server, everyLetter)])));
log('imr-lint');
rows.push(...(await attempt('imr-lint over 500 letters', async () => [await cliRow(built.cli, everyLetter)])));
if (corpus.shared) rows.push(...(await attempt('imr-lint over the shared letters', async () => [await cliAgainstReaderRow(built.cli, corpus.sharedDir, corpus.shared.length)])));
log('large documents');
const engineMs = (text) => median(sample(() => check(text), { warmup: 1, reps: 3 }));
const fiveMBLabel = `a ${(fiveMB.length / 1048576).toFixed(1)} MB document (${exampleBase.name} repeated)`;
rows.push(...(await attempt(fiveMBLabel, async () => [await largeDocumentRow(built.server, fiveMBLabel, fiveMB, exampleBase.text, engineMs(fiveMB))])));
const lineLabel = 'a single 1 MB line (in the case summary)';
rows.push(...(await attempt(lineLabel, async () => [await largeDocumentRow(built.server, lineLabel, oneMBLine, exampleBase.text, engineMs(oneMBLine))])));

log('per-rule breakdown and profile');
const breakdown = perRuleBreakdown(engine, [
  { label: `corpus (${everyLetter.length}), median per letter`, texts: everyLetter.map((l) => l.text), reps: 5 },
  { label: '21 items', texts: [inProcess.twentyOne.text], reps: 30 },
  { label: '2,000 lines', texts: [longLetter], reps: 10 },
  { label: `${manyItems.items} items`, texts: [manyItems.text], reps: 5 },
  { label: '100×', texts: [repeated(exampleBase.text, 100)], reps: 3 },
  { label: '5 MB', texts: [fiveMB], reps: 1, warmup: 0 },
  { label: '1 MB line', texts: [oneMBLine], reps: 1, warmup: 0 },
]);
const profiles = [
  ['the corpus, every letter ×20', () => { for (let i = 0; i < 20; i++) for (const l of everyLetter) check(l.text); }],
  ['the 2,000-line letter ×20', () => { for (let i = 0; i < 20; i++) check(longLetter); }],
  [`the letter of ${manyItems.items} items ×5`, () => { for (let i = 0; i < 5; i++) check(manyItems.text); }],
  ['the 5 MB document ×1', () => check(fiveMB)],
  ['the 1 MB line ×1', () => check(oneMBLine)],
];
const hot = [];
for (const [label, run] of profiles) hot.push({ label, functions: await hotFunctions(built.engine, run) });

print();
fs.rmSync(built.dir, { recursive: true, force: true });

/** A row group that failed outright is reported as a MISS with its error, and the bench goes on. */
async function attempt(what, measure) {
  try {
    return await measure();
  } catch (error) {
    return [{ what, median: undefined, p95: undefined, target: '—', ratio: `failed: ${error.message}`, pass: false }];
  }
}

function cell(value, unit) {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.map((v) => (unit === 'MB' ? `${v.toFixed(1)} MB` : ms(v))).join(' / ');
  return unit === 'MB' ? `${value.toFixed(1)} MB` : ms(value);
}

function print() {
  const cpus = os.cpus();
  const out = [];
  out.push('## Performance (`npm run bench`)', '');
  out.push(`Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}.`);
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  out.push(`${load}${Math.max(loadAtStart, os.loadavg()[0]) > cpus.length ? ' — more than one process per core: other work shared the CPU and these numbers are pessimistic' : ''}.`);
  out.push(`Engine, server and CLI bundled by esbuild from the current sources (server and CLI minified, as packaged). ${allRulesNote()}`, '');
  out.push('| what | median | p95 | target | ratio or note | result |', '|---|---|---|---|---|---|');
  for (const r of rows) out.push(`| ${r.what} | ${cell(r.median, r.unit)} | ${cell(r.p95, r.unit)} | ${r.target} | ${r.ratio} | ${r.pass ? 'pass' : '**MISS**'} |`);
  out.push('');
  for (const n of inProcess.notes) out.push(`- ${n}`);
  out.push(`- Per-letter rows pool every run of every letter (median and p95 of the pool). The 2,000-line letters, the 21-item letter, the 5 MB document and the 1 MB line are built in memory from the letters named in their rows.`);
  out.push('- A keystroke row types one character at a line in the middle of the item, the summary or the header and deletes it again, alternately, and times each edit from didChange to its diagnostics: pull = the textDocument/diagnostic sent after didChange answered; push = publishDiagnostics of that version reached a client without pull. The three places of a letter take turns, edit by edit.');
  out.push('- The workspace rows open the letter inside a folder of 500 letters (the corpus copied); the server checks the folder in the background, and only the edits sent and answered between a scan\'s `$/progress` begin and end count. A settings change starts the next scan when one ends.');
  out.push('');
  out.push('### Per-rule timing (median ms, each rule run alone on the parsed letter)', '');
  out.push(`| step | ${breakdown.map((c) => c.label).join(' | ')} |`, `|---|${breakdown.map(() => '---:').join('|')}|`);
  out.push(`| parseLetter | ${breakdown.map((c) => ms(c.parse)).join(' | ')} |`);
  for (const rule of engine.allRules) out.push(`| ${rule.id} | ${breakdown.map((c) => ms(c.rules.get(rule.id))).join(' | ')} |`);
  out.push('');
  out.push('### Hottest functions (self time, V8 CPU profile of analyze)', '');
  for (const h of hot) {
    out.push(`- ${h.label}: ${h.functions.map((f) => `${f.fn} ${(f.share * 100).toFixed(0)}%`).join('; ')}`);
  }
  out.push('', `Bench took ${((performance.now() - began) / 1000).toFixed(0)} s.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function lineCount(text) {
  return text.split('\n').length;
}

function allRulesNote() {
  return `${engine.allRules.length} rules in allRules.`;
}
