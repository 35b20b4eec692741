export { startServer, type ClientSettings, type ServerOptions } from './server.js';
export { Linter, clientLocaleOf, type LintResult, type LinterSettings, type OpenDocument } from './linter.js';
export { RuleDocs } from './docs.js';
export { toDiagnostic, isUnnecessary } from './diagnostics.js';
export { quickFixes, fixAllAction, FIX_ALL_KIND } from './actions.js';
