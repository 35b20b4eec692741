import { engineMessages, localize } from './messages.js';
import { LineIndex } from './line-index.js';
import type { Finding, Locale, Point } from './types.js';

/** A finding of the engine itself (source `bayan`), at one point. */
export function engineFinding(
  ruleId: string,
  messageId: keyof typeof engineMessages,
  data: Record<string, string>,
  locale: Locale,
  point: Point,
): Finding {
  return {
    ruleId,
    source: 'bayan',
    severity: 'error',
    messageId,
    message: localize(engineMessages[messageId], locale, data),
    data,
    place: { start: point, end: point },
    line: point.line,
    column: point.column,
    endLine: point.line,
    endColumn: point.column,
  };
}

/** The one finding for a file that could not be linted (binary, invalid UTF-8, too large, parser failure). */
export function fatalFinding(reason: string, locale: Locale, text = '', offset = 0): Finding {
  return {
    ...engineFinding('bayan/parse-error', 'parseError', { reason }, locale, new LineIndex(text).pointAt(offset)),
    fatal: true,
  };
}
