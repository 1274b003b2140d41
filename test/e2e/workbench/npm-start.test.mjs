// `npm start` as an IDE's stop button or a supervisor runs it: a signal to the npm process alone (not its
// process group, as Ctrl-C in a terminal would) stops code-server and everything it started, and the demo
// leaves the repository untouched (it serves a temporary copy of examples/).
import { describe, it } from 'mocha';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every live (not zombie) process below `pid`, read from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z') continue;
    const list = children.get(Number(ppid)) ?? [];
    list.push(Number(entry));
    children.set(Number(ppid), list);
  }
  const found = [];
  const walk = (p) => { for (const c of children.get(p) ?? []) { found.push(c); walk(c); } };
  walk(pid);
  return found;
}

function alive(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` is alive, checking as each check finishes; rejects after `ms`. */
function allGone(pids, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const check = () => {
      const left = pids.filter(alive);
      if (left.length === 0) resolve();
      else if (Date.now() > deadline) reject(new Error(`still running ${ms} ms after the signal: ${left.join(', ')}`));
      else setImmediate(check);
    };
    check();
  });
}

function gitStatus() {
  return execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: repoRoot, encoding: 'utf8' });
}

describe('npm start', function () {
  // Packaging and the first code-server start take a while on a busy 2-core machine.
  this.timeout(240_000);

  for (const signal of ['SIGTERM', 'SIGINT']) {
    it(`stops code-server and everything it started on ${signal} to npm alone, leaving examples/ untouched`, async () => {
      const before = gitStatus();
      const npm = spawn('npm', ['start'], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      npm.stderr.on('data', (chunk) => { output += chunk; });
      const exited = new Promise((resolve) => npm.on('exit', (code, sig) => resolve({ code, sig })));
      const url = await new Promise((resolve, reject) => {
        readline.createInterface({ input: npm.stdout }).on('line', (line) => {
          output += `${line}\n`;
          const match = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line);
          if (match) resolve(match[1]);
        });
        exited.then(({ code, sig }) => reject(new Error(`npm start ended before serving (${sig ?? code}):\n${output}`)));
      });
      const folder = new URL(url).searchParams.get('folder');
      assert.ok(folder && !folder.startsWith(repoRoot), `serves ${folder}, not a temporary copy`);
      const tree = descendants(npm.pid);
      assert.ok(tree.length >= 3, `expected npm, node and code-server processes, found ${tree.length}`);

      process.kill(npm.pid, signal);
      await exited;
      await allGone(tree, 5000);
      assert.ok(!fs.existsSync(folder), 'the temporary copy of examples/ is removed');
      assert.equal(gitStatus(), before);
    });
  }
});
