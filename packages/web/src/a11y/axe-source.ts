/**
 * What the a11y pack's axe runner reads from `axe-core` in the page: only
 * `source`, the published `axe.min.js` as text, evaluated inside the
 * sandboxed frame (never in the page itself). The bundler must not rewrite
 * it: axe's own build computes `source` from its function's text, which a
 * minifier would tie to names outside that function.
 */
import source from 'axe-core/axe.min.js?raw';

export default { source };
