// A small, stable rule pack for the CLI's end-to-end tests, so that their
// expected output does not move when the real packs change. Plain JavaScript:
// the spawned `node` loads it (and so do the worker threads).
import { appendFileSync } from 'node:fs';
import process from 'node:process';
import { threadId } from 'node:worker_threads';
import { definePack, defineRule, loadDataFile } from '@bayan/core';

const ARABIC = '[\\u0621-\\u064A]';

/**
 * When BAYAN_TEST_LOG is set, every linted document appends `<thread> <path>` to it (cache and thread tests).
 * When BAYAN_TEST_TOUCH names a file, linting it changes it on disk once (the --fix race test).
 */
const touched = new Set();
const log = defineRule({
  meta: {
    id: 'demo/log',
    type: 'layout',
    docs: { description: { ar: 'سجلّ اختبار.', en: 'Test log.' }, recommended: 'info' },
    messages: {},
  },
  create() {
    return {
      Document(document) {
        if (process.env.BAYAN_TEST_LOG) appendFileSync(process.env.BAYAN_TEST_LOG, `${threadId} ${document.path}\n`);
        if (process.env.BAYAN_TEST_TOUCH === document.path && !touched.has(document.path)) {
          touched.add(document.path);
          appendFileSync(document.path, 'تعديل من محرر آخر.\n');
        }
      },
    };
  },
});

const noQi = defineRule({
  meta: {
    id: 'demo/no-qi',
    type: 'problem',
    docs: {
      description: { ar: '«قي» خطأ شائع صوابه «في».', en: '“قي” is a slip for “في”.' },
      recommended: true,
      url: 'https://example.org/rules/no-qi',
    },
    fixable: true,
    messages: { qi: { ar: '«قي» خطأ، والصواب «في».', en: '“قي” should be “في”.' } },
  },
  create(context) {
    return {
      WordNode(node) {
        if (context.getText(node) === 'قي')
          context.report({
            node,
            messageId: 'qi',
            fix: { range: [node.position.start.offset, node.position.end.offset], text: 'في' },
            expected: ['في'],
          });
      },
    };
  },
});

const latinComma = defineRule({
  meta: {
    id: 'demo/latin-comma',
    type: 'layout',
    docs: {
      description: { ar: 'الفاصلة العربية بين الكلمات العربية.', en: 'Arabic comma between Arabic words.' },
      recommended: true,
      url: 'rules/demo/docs/latin-comma.md',
    },
    fixable: true,
    messages: { comma: { ar: 'استعمل الفاصلة العربية «،».', en: 'Use the Arabic comma “،”.' } },
  },
  create(context) {
    return {
      Document() {
        if (context.style.comma === 'latin') return;
        const re = new RegExp(`(?<=${ARABIC}),(?=\\s*${ARABIC})`, 'g');
        for (const m of context.text.matchAll(re))
          context.report({
            range: [m.index, m.index + 1],
            messageId: 'comma',
            fix: { range: [m.index, m.index + 1], text: '،' },
          });
      },
    };
  },
});

const currency = defineRule({
  meta: {
    id: 'demo/currency',
    type: 'suggestion',
    docs: { description: { ar: 'اسم العملة «جنيه».', en: 'The currency is spelled “جنيه”.' }, recommended: 'warning' },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: { word: { type: 'string', minLength: 1 } } },
    defaultOptions: { word: 'جنيه' },
    messages: {
      spelling: { ar: '«جنية» تُكتب «{{word}}».', en: '“جنية” is spelled “{{word}}”.' },
      replace: { ar: 'اكتب «{{word}}».', en: 'Write “{{word}}”.' },
    },
  },
  create(context) {
    return {
      WordNode(node) {
        if (context.getText(node) !== 'جنية') return;
        const word = context.options.word;
        context.report({
          node,
          messageId: 'spelling',
          data: { word },
          suggest: [
            {
              messageId: 'replace',
              data: { word },
              fix: { range: [node.position.start.offset, node.position.end.offset], text: word },
            },
          ],
        });
      },
    };
  },
});

const TERMS_SCHEMA = {
  type: 'object',
  required: ['terms'],
  additionalProperties: false,
  properties: { terms: { type: 'array', items: { type: 'string' } } },
};

const terms = defineRule({
  meta: {
    id: 'demo/terms',
    type: 'suggestion',
    docs: {
      description: { ar: 'كلمات من قاموس المؤسسة.', en: 'Words from the house dictionary.' },
      recommended: 'info',
    },
    messages: { term: { ar: '«{{word}}» في قائمة المؤسسة.', en: '“{{word}}” is on the house list.' } },
  },
  create(context) {
    const listed = context.settings.demo?.terms ?? new Set();
    return {
      WordNode(node) {
        const word = context.getText(node);
        if (listed.has(word)) context.report({ node, messageId: 'term', data: { word } });
      },
    };
  },
});

export const pack = definePack({
  name: 'demo',
  description: { ar: 'حزمة اختبار.', en: 'Test pack.' },
  rules: [log, noQi, latinComma, currency, terms],
  presets: { house: { rules: { 'demo/latin-comma': 'error' } } },
  styleSchema: { comma: { enum: ['arabic', 'latin'] } },
  fileSettings: { dictionaries: {} },
  settingsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { dictionaries: { type: 'array', items: { type: 'string' } } },
  },
  prepareSettings(section) {
    const words = new Set();
    for (const d of section.dictionaries ?? [])
      for (const t of loadDataFile(d.text, d.file, TERMS_SCHEMA).data.terms) words.add(t);
    return { terms: words };
  },
});

export const packs = [pack];
