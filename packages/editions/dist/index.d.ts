/**
 * Editions as a library: the Eleventy plugin (also at `editions/plugin`), the
 * build, the one loader and the check, for publications and tools that script them.
 */
export { default as editionsPlugin, prepareBuild, type EditionsOptions } from './render/plugin.ts';
export { build, type BuildOptions } from './cli/build.ts';
export { loadModel, type Loaded } from './model/load.ts';
export { checkModel, judgedCheck } from './checks/model.ts';
export { judge, severity, type Command } from './checks/verdict.ts';
export { formatFinding, EditionsError, type Finding } from './errors.ts';
export { languages, type LanguageFacts } from './languages.ts';
export type { Model } from './model/types.ts';
