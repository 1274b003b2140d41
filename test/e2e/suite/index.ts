// Entry point the extension host calls (extensionTestsPath): runs every *.test.js beside this file with
// Mocha 11 (CommonJS; Mocha 12 is ESM-only and cannot load here). Add a feature's tests by adding a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { describeOpenDocuments } from './helpers';

export function run(): Promise<void> {
  // Colour codes would garble the log lines the workbench forwards.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.IMR_E2E_GREP;
  if (grep) mocha.grep(grep);
  // A timed-out wait says only "timeout": show what the editor held at that moment.
  mocha.rootHooks({
    afterEach(this: Mocha.Context) {
      if (this.currentTest?.state === 'failed') console.log(`open documents after the failure:\n${describeOpenDocuments()}`);
    },
  });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
  });
}
