import { localize, engineMessages } from './messages.js';
import { LineIndex } from './line-index.js';
import type { Finding, Locale } from './types.js';

/** The one finding for a file that could not be linted (binary, invalid UTF-8, too large, parser failure). */
export function fatalFinding(reason: string, locale: Locale, text = '', offset = 0): Finding {
  const point = new LineIndex(text).pointAt(offset);
  const data = { reason };
  return {
    ruleId: 'bayan/parse-error',
    source: 'bayan',
    severity: 'error',
    messageId: 'parseError',
    message: localize(engineMessages.parseError, locale, data),
    data,
    place: { start: point, end: point },
    line: point.line,
    column: point.column,
    endLine: point.line,
    endColumn: point.column,
    fatal: true,
  };
}
