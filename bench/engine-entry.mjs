// What the in-process rows use of the engine, bundled by esbuild straight from the TypeScript sources.
export { parseLetter } from '../server/src/letter/parse';
export { analyze } from '../server/src/service/analysis';
export { runRules } from '../server/src/rules/engine';
export { allRules } from '../server/src/rules';
export { builtinCatalog } from '../server/src/catalog';
export { defaultSettings } from '../server/src/rules/types';
