/**
 * Editions as a library: the Eleventy plugin (also at `editions/plugin`), the
 * build, the one loader and the check, for publications and tools that script them.
 */
export { default as editionsPlugin, prepareBuild } from './render/plugin.js';
export { build } from './cli/build.js';
export { loadModel } from './model/load.js';
export { checkModel, judgedCheck } from './checks/model.js';
export { judge, severity } from './checks/verdict.js';
export { formatFinding, EditionsError } from './errors.js';
export { languages } from './languages.js';
//# sourceMappingURL=index.js.map