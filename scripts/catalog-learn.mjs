#!/usr/bin/env node
// Learns which citations reviewers give each kind of item from the letters in ../shared/letters (read in
// place, never copied) and writes the counts to server/src/catalog/data/evidence.json: per item feature
// (drug and form, class, item kind, body region, surgery, catalog words) the number of letters and how
// often each citation was given — no letter text, no case numbers. Each case counts once: its draft
// when there is one, else its raw text. The letters are parsed by the project's own engine as compiled
// by `tsc -p .` into out/ (the bundles in dist/ do not expose the parser), so run `npm run catalog:learn`,
// which compiles first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => path.join(root, 'out', 'server', 'src', p);
const lettersDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'letters'));

if (!fs.existsSync(out('catalog/evidence-letters.js'))) {
  console.error('catalog-learn: out/ is missing; run `npx tsc -p .` first (npm run catalog:learn does).');
  process.exit(2);
}
if (!fs.existsSync(lettersDir)) {
  console.error(`catalog-learn: no letters folder at ${lettersDir}.`);
  process.exit(2);
}

const { parseLetter } = require(out('letter/parse.js'));
const { builtinCatalog } = require(out('catalog/index.js'));
const { learnEvidence } = require(out('catalog/evidence-letters.js'));
// The same files the agreement test measures on.
const { caseFiles } = require(path.join(root, 'out', 'test', 'helpers', 'case-files.js'));


const letters = caseFiles(lettersDir).map((file) => parseLetter(fs.readFileSync(file, 'utf8')));
const evidence = learnEvidence(letters, builtinCatalog);
const data = {
  source:
    'What reviewers cite in the MAXIMUS guideline field, counted from the shared letters by scripts/catalog-learn.mjs (npm run catalog:learn). ' +
    'Per item feature: in how many letters an item with it was cited, and how many of those gave each citation (mtus:<part>:<section> or odg:<chapter>:<topic>). ' +
    'Counts only: no letter text, no case numbers.',
  ...evidence,
};
const target = path.join(root, 'server', 'src', 'catalog', 'data', 'evidence.json');
fs.writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
console.log(`catalog-learn: ${letters.length} letters, ${Object.keys(evidence.items).length} item features -> ${path.relative(root, target)}`);
