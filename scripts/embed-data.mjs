#!/usr/bin/env node
// Compiles each rule pack's data files (rules/<pack>/data/<name>.yaml) into
// rules/<pack>/src/data/<name>.generated.ts. The schema is the file named by
// a `# yaml-language-server: $schema=./x.json` comment (editors read it too),
// else <name>.schema.json. Each file is validated here, at build time, so a
// bad term list fails `pnpm build` with file and line; at run time the packs
// read ready JSON (no YAML parser, no schema compiler on start-up: they run
// in the browser too). The module also carries the line of every mapping and
// list, so examples that fail in tests still point at their line.
// A schema may refer to another file's definitions (`"$ref": "../../data-example.schema.json#/definitions/examples"`,
// the one shape of examples for every pack): those definitions are copied into the schema's own
// `definitions` and the reference made local, so the embedded schema stands alone at run time.
// Generated files are not committed; `pnpm build` (and so `pnpm install`) makes them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
// Same options as the run-time loader (@bayan/core schema.ts): defaults are filled in.
const ajv = new Ajv({ allErrors: false, useDefaults: true, strict: false, allowUnionTypes: true });
const validators = new Map();

/** JSON pointer → 1-based line, for every mapping and list in the document. */
function lineTable(doc, lineCounter) {
  const lines = {};
  const visit = (node, pointer) => {
    if (!node || !node.range) return;
    lines[pointer] = lineCounter.linePos(node.range[0]).line;
    if (isMap(node)) {
      for (const pair of node.items)
        visit(
          pair.value,
          `${pointer}/${String(pair.key?.value ?? pair.key)
            .replace(/~/g, '~0')
            .replace(/\//g, '~1')}`,
        );
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, `${pointer}/${i}`));
    }
  };
  visit(doc.contents, '');
  return lines;
}

function fail(where, problem) {
  console.error(`${where}: ${problem}`);
  process.exit(1);
}

/** The schema with every `$ref` into another file's `#/definitions/<name>` made local (definitions copied in). */
function bundleSchema(schema, schemaPath) {
  const definitions = { ...(schema.definitions ?? {}) };
  const copied = new Set();
  const where = relative(root, schemaPath);
  const localize = (node, from) => {
    if (Array.isArray(node)) return node.map((item) => localize(item, from));
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
        const [file, fragment = ''] = value.split('#');
        const target = resolve(dirname(from), file);
        if (!existsSync(target)) fail(where, `$ref ${value}: ${relative(root, target)} does not exist`);
        const name = /^\/definitions\/([\w-]+)$/.exec(fragment)?.[1];
        if (!name) fail(where, `$ref ${value}: only #/definitions/<name> of another file can be referred to`);
        copy(target, JSON.parse(readFileSync(target, 'utf8')));
        out.$ref = `#/definitions/${name}`;
      } else out[key] = localize(value, from);
    }
    return out;
  };
  const copy = (file, other) => {
    if (copied.has(file)) return;
    copied.add(file);
    for (const [name, definition] of Object.entries(other.definitions ?? {})) {
      if (name in definitions && !copied.has(`${file}#${name}`))
        fail(where, `defines "${name}", which ${relative(root, file)} defines too`);
      copied.add(`${file}#${name}`);
      definitions[name] = localize(definition, file);
    }
  };
  const own = localize({ ...schema, definitions: undefined }, schemaPath);
  delete own.definitions;
  for (const [name, definition] of Object.entries(schema.definitions ?? {}))
    definitions[name] = localize(definition, schemaPath);
  return Object.keys(definitions).length > 0 ? { ...own, definitions } : own;
}

let count = 0;
for (const pack of readdirSync(join(root, 'rules'))) {
  const dataDir = join(root, 'rules', pack, 'data');
  if (!existsSync(dataDir)) continue;
  for (const name of readdirSync(dataDir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    const where = `rules/${pack}/data/${name}`;
    const base = name.replace(/\.ya?ml$/, '');
    const text = readFileSync(join(dataDir, name), 'utf8');
    const declared = /^#\s*yaml-language-server:\s*\$schema=(?:\.\/)?([\w.-]+\.json)\s*$/m.exec(text)?.[1];
    const schemaName = declared ?? (existsSync(join(dataDir, `${base}.schema.json`)) ? `${base}.schema.json` : null);
    if (!schemaName) fail(where, `no schema: add ${base}.schema.json or a yaml-language-server $schema comment`);
    if (!existsSync(join(dataDir, schemaName))) fail(where, `names the schema ${schemaName}, which does not exist`);
    const schemaPath = join(dataDir, schemaName);
    const schema = bundleSchema(JSON.parse(readFileSync(schemaPath, 'utf8')), schemaPath);
    if (!validators.has(schemaPath)) validators.set(schemaPath, ajv.compile(schema));

    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0)
      fail(`${where}:${lineCounter.linePos(doc.errors[0].pos[0]).line}`, doc.errors[0].message.split('\n')[0]);
    const data = doc.toJS({ maxAliasCount: 100 });
    const lines = lineTable(doc, lineCounter);
    const validate = validators.get(schemaPath);
    if (!validate(data)) {
      const error = validate.errors[0];
      const pointer = error.instancePath;
      let line = 1;
      for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
        if (lines[p] !== undefined) {
          line = lines[p];
          break;
        }
        if (p === '') break;
      }
      fail(
        `${where}:${line}`,
        `${pointer || '(top level)'} ${error.message}${error.params?.additionalProperty ? ` ("${error.params.additionalProperty}")` : ''}`,
      );
    }

    const outDir = join(root, 'rules', pack, 'src', 'data');
    mkdirSync(outDir, { recursive: true });
    const out = [
      `// Generated by scripts/embed-data.mjs from ${where} (validated against ${schemaName}). Do not edit.`,
      `export const file = ${JSON.stringify(where)};`,
      `export const data: unknown = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
      // The lines are read only when a data problem is reported: kept as text, parsed then (core's data.ts).
      `export const linesJson = ${JSON.stringify(JSON.stringify(lines))};`,
      // JSON.parse of a string starts faster than an object literal of the same size (V8 scans JSON faster than JavaScript).
      `export const schema: Record<string, unknown> = JSON.parse(${JSON.stringify(JSON.stringify(schema))});`,
      '',
    ].join('\n');
    const target = join(outDir, `${base}.generated.ts`);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== out) writeFileSync(target, out);
    count++;
  }
}
if (process.argv.includes('--verbose')) console.log(`embedded ${count} data files`);
