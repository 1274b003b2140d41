// Keeps V8's young generation at its starting size in the language server. The server allocates in small
// bursts (one analysis per keystroke, a few hundred kilobytes, mostly garbage at once), but V8 grows the
// young generation towards 16 MB per semi-space for throughput, and that reserve alone would be a quarter of
// the server's memory with many letters open. At the starting size a scavenge runs more often, and each stays
// cheap because little of an analysis outlives it. Set at runtime (the server is also started as
// `node server.js --stdio`, where nobody passes flags), before anything else is loaded. The CLI, a batch
// run, keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
