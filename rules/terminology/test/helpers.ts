import type { ContentCache, Finding } from '@bayan/core';

/** Line and column span of the `nth` occurrence of `part` in `text` (1-based, UTF-16 columns). */
export function place(text: string, part: string, nth = 0): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(part, at + 1);
    if (at === -1) throw new Error(`«${part}» #${nth} not in «${text}»`);
  }
  const point = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  const start = point(at);
  const end = point(at + part.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export const govUk = { terms: 'gov-uk' };

/** A host content cache in a Map (what the command keeps on disk), its store open to the test. */
export function mapCache(): ContentCache & { store: Map<string, string> } {
  const store = new Map<string, string>();
  return {
    store,
    get: (key, content) => store.get(`${key}\0${content}`),
    set: (key, content, value) => void store.set(`${key}\0${content}`, value),
  };
}
