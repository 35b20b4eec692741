/**
 * Data files (term lists, misspellings, phrases): YAML validated against a
 * JSON Schema, with every problem located by file and line. Used for the
 * packs' own `data/*.yaml` and for users' dictionaries alike.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { JsonSchema } from './rule.js';
import { validateAgainst } from './schema.js';

export class DataFileError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.line = line;
  }
}

export interface DataFile<T> {
  file: string;
  data: T;
  /** 1-based line of the value at a JSON pointer (`/entries/3/from`), or of its closest parent. */
  lineOf(pointer: string): number;
}

/**
 * A data file compiled at build time (scripts/embed-data.mjs): validated JSON, and the line of each mapping and
 * list as JSON text (`{"/entries/3": 17}`), parsed only when a line is asked for.
 */
export interface EmbeddedData {
  file: string;
  data: unknown;
  linesJson: string;
}

function closestLine(lines: Readonly<Record<string, number>>, pointer: string): number {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const line = lines[p];
    if (line !== undefined) return line;
    if (p === '') return 1;
  }
}

/**
 * A pack's shipped data: already validated when it was built, so loading it
 * costs one JSON.parse (no YAML parser or schema compiler at start-up).
 */
export function embeddedDataFile<T>(embedded: EmbeddedData): DataFile<T> {
  let lines: Readonly<Record<string, number>> | undefined;
  return {
    file: embedded.file,
    data: embedded.data as T,
    lineOf: (pointer) => closestLine((lines ??= JSON.parse(embedded.linesJson) as Record<string, number>), pointer),
  };
}

/** YAML aliases could expand exponentially ("billion laughs"); data files have no use for many. */
const MAX_ALIAS_COUNT = 100;

export function loadDataFile<T>(text: string, file: string, schema: JsonSchema): DataFile<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new DataFileError(file, line, `YAML: ${error.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new DataFileError(file, 1, error instanceof Error ? error.message : String(error));
  }
  const lineOf = (pointer: string): number => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    let line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    for (const raw of pointer.split('/').slice(1)) {
      const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      let next: unknown;
      if (isMap(node)) next = node.get(part, true);
      else if (isSeq(node)) next = node.get(Number(part), true);
      if (!next || typeof next !== 'object' || !('range' in next)) break;
      node = next as YamlNode;
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    return line;
  };
  const problems = validateAgainst(schema, data);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new DataFileError(file, lineOf(first.pointer), `${first.key} ${first.message}`);
  }
  return { file, data: data as T, lineOf };
}
