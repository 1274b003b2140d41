// Where the time goes: a V8 CPU profile of the engine (node:inspector, in this process), self time
// summed by function and the source file esbuild's bundle comments name.
import { Session } from 'node:inspector/promises';
import { bundleSourceMap } from './build.mjs';

export async function hotFunctions(enginePath, run, top = 8) {
  const fileOfLine = bundleSourceMap(enginePath);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  let total = 0;
  for (const [id, count] of counts) {
    const frame = byId.get(id).callFrame;
    total += count;
    const inEngine = frame.url.endsWith(enginePath) || frame.url.endsWith('engine.cjs');
    const where = inEngine ? fileOfLine[frame.lineNumber] ?? '?' : frame.url ? frame.url.replace(/^.*node_modules\//, '') : '(native/GC)';
    const key = `${frame.functionName || '(anonymous)'} — ${where}${inEngine ? '' : ''}`;
    self.set(key, (self.get(key) ?? 0) + count);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, count]) => ({ fn, share: count / total }));
}
