#!/usr/bin/env node
// `pnpm new-rule <pack>/<name> [--type problem|suggestion|layout]`: writes a new rule's three files —
// rules/<pack>/src/<name>.ts, rules/<pack>/test/<name>.test.ts, rules/<pack>/docs/<name>.md — from a
// template, and adds the rule to its pack's `rules` list in rules/<pack>/src/index.ts. The doc link
// (`docs.url`) is written from the id, and the README tables are generated
// (`node scripts/readme.mjs --write`), so nothing else needs touching by hand.
// `--root DIR` writes under another checkout (the tests use a temporary copy).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const TYPES = ['problem', 'suggestion', 'layout'];

export function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

export function ruleSource(pack, name, type) {
  return `/**
 * ${pack}/${name}: what this rule finds and why (one paragraph, with the convention's source).
 */
import { defineRule } from '@bayan/core';

export default defineRule({
  meta: {
    id: '${pack}/${name}',
    type: '${type}',
    docs: {
      description: {
        ar: 'وصف القاعدة بالعربية.',
        en: 'What the rule checks, in English.',
      },
      recommended: false,
      url: 'rules/${pack}/docs/${name}.md',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      found: {
        ar: '«{{word}}»: …',
        en: '“{{word}}”: …',
      },
    },
  },
  create(context) {
    return {
      // The token stream (document.stream): typed arrays of token offsets and kinds, and a table of the
      // document's distinct words (\`words[id].normal\`, \`.script\`, \`.clitics\`…). Judge each distinct word once.
      Paragraph({ stream, start, end }) {
        for (let i = start; i < end; i++) {
          const id = stream.word[i]!;
          if (id < 0) continue; // white space, punctuation, symbols, URLs
          const word = stream.value(i);
          // Report with exact places; a fix only when it cannot change the meaning, else a suggestion:
          // context.report({ range: [stream.start[i]!, stream.end[i]!], messageId: 'found', data: { word }, suggest: [{ messageId: 'found', data: { word }, fix: { range, text } }] });
          void word;
        }
      },
    };
  },
});
`;
}

export function testSource(pack, name) {
  return `import rule from '../src/${name}.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

// Valid texts give no finding; each invalid case lists every finding's exact place, the text after
// --fix and each suggestion's output (core's RuleTester).
ruleTable(
  rule,
  ['نص صحيح لا تبلغ عنه القاعدة.'],
  [
    // { text: '…', errors: [{ column: 1, endColumn: 5, messageId: 'found' }], output: '…', suggestions: [['…']] },
  ],
);
`;
}

export function docSource(pack, name) {
  return `# ${pack}/${name}

What the rule finds, why it matters to a reader of a release, and the convention it follows (with its source).

وصف القاعدة بالعربية في جملة أو جملتين.

## Incorrect / خطأ

\`\`\`text
…
\`\`\`

## Correct / صواب

\`\`\`text
…
\`\`\`

## Options

None.
`;
}

/** The pack's index.ts with the new rule imported, re-exported and added to `rules: [...]`. */
export function register(index, name) {
  const id = camel(name);
  const imports = [...index.matchAll(/^import .*;$/gm)];
  const last = imports.at(-1);
  if (!last) throw new Error('index.ts has no import to follow');
  const at = last.index + last[0].length;
  let next = `${index.slice(0, at)}\nimport ${id} from './${name}.js';${index.slice(at)}`;
  const rules = /rules: \[([^\]]*)\]/.exec(next);
  if (!rules) throw new Error('index.ts has no `rules: [...]` list in definePack');
  const list = rules[1].trim();
  next = next.replace(rules[0], `rules: [${list ? `${list.replace(/,\s*$/, '')}, ` : ''}${id}]`);
  next = next.replace(/^export \{([^}]*)\};$/m, (_, names) => `export {${names.replace(/\s*$/, '')}, ${id} };`);
  return next;
}

export function newRule(root, spec, type = 'problem') {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(spec ?? '');
  if (!m)
    throw new Error(
      `Give the rule as <pack>/<name> in kebab case, e.g. punctuation/no-space-before-comma (got "${spec ?? ''}").`,
    );
  if (!TYPES.includes(type)) throw new Error(`--type must be one of ${TYPES.join(', ')} (got "${type}").`);
  const [, pack, name] = m;
  const dir = join(root, 'rules', pack);
  if (!existsSync(join(dir, 'src', 'index.ts')))
    throw new Error(`There is no pack "${pack}" (rules/${pack}/src/index.ts).`);
  const files = {
    [join(dir, 'src', `${name}.ts`)]: ruleSource(pack, name, type),
    [join(dir, 'test', `${name}.test.ts`)]: testSource(pack, name),
    [join(dir, 'docs', `${name}.md`)]: docSource(pack, name),
  };
  for (const path of Object.keys(files))
    if (existsSync(path)) throw new Error(`${path} exists already; nothing written.`);
  const indexPath = join(dir, 'src', 'index.ts');
  const index = register(readFileSync(indexPath, 'utf8'), name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
  }
  writeFileSync(indexPath, index);
  return Object.keys(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args.splice(i, 2)[1];
  };
  const type = opt('--type') ?? 'problem';
  const root = resolve(opt('--root') ?? new URL('..', import.meta.url).pathname);
  try {
    const written = newRule(root, args[0], type);
    for (const path of written) console.log(`wrote ${path}`);
    console.log(
      `added to rules/${args[0].split('/')[0]}/src/index.ts; now write the rule, its cases and its doc, then run node scripts/readme.mjs --write`,
    );
  } catch (error) {
    console.error(`new-rule: ${error.message}`);
    process.exit(2);
  }
}
