/**
 * Loading a user's dictionary fast.
 *
 * The full YAML reader (`loadDataFile`, the `yaml` package) builds a
 * document tree with the source range of every node, so that a problem can
 * be located by line; on a 10,000-entry dictionary (2 MB) that tree costs
 * seconds. Most dictionaries are plain YAML and correct, and need no line at
 * all. So a plain dictionary is read with js-yaml (about ten times faster,
 * no tree) and validated against the same compiled schema; the line of a
 * node is worked out only when something asks for it, by the full reader.
 *
 * The fast reader is only an accelerator, never a judge:
 *   - text with YAML features that the two readers could treat differently
 *     (anchors, aliases, tags, directives, document markers, merge keys,
 *     tabs) goes straight to the full reader;
 *   - any problem the fast reader or the schema finds is reported by running
 *     the full reader, so every message (and its line) is the full reader's.
 */
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { loadDataFile, validateAgainst, type DataFile, type JsonSchema } from '@bayan/core';

// `&` anchor, `*` alias, `!` tag, `%` directive, `<<` merge key, a tab, a `---`/`...` document marker.
const NOT_PLAIN = /[&*!%\t]|<<|^(?:---|\.\.\.)/mu;

/** The parsed, schema-valid data of a dictionary, with lines on demand. */
export function loadDictionaryFile<T>(text: string, file: string, schema: JsonSchema): DataFile<T> {
  const full = (): DataFile<T> => loadDataFile<T>(text, file, schema);
  if (NOT_PLAIN.test(text)) return full();
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    return full(); // throws the full reader's message, with its line
  }
  if (validateAgainst(schema, data).length > 0) return full();
  let lines: DataFile<T> | undefined;
  return {
    file,
    data: data as T,
    lineOf(pointer: string): number {
      lines ??= full();
      return lines.lineOf(pointer);
    },
  };
}
