import { describe, expect, it } from 'vitest';
import { defineRule, lint, lintSync, type ActiveRule } from '../src/index.js';
import type { TokenStream } from '@bayan/arabic';
import { doc, wordRule } from './helpers.js';

const qi = wordRule('test/qi', 'قي', 'في');

const crashing = defineRule({
  meta: {
    id: 'test/crash',
    type: 'problem',
    docs: { description: { ar: 'ت', en: 't' } },
    messages: { m: { ar: 'م', en: 'm' } },
  },
  create: () => ({
    WordNode() {
      throw new Error('boom');
    },
  }),
});

const asyncRule = defineRule({
  meta: {
    id: 'test/async',
    type: 'problem',
    docs: { description: { ar: 'ت', en: 't' } },
    messages: { done: { ar: 'انتهى {{n}}', en: 'done {{n}}' } },
  },
  create(context) {
    let words = 0;
    return {
      WordNode() {
        words++;
      },
      async 'Document:exit'() {
        await new Promise((r) => setTimeout(r, 1));
        context.report({ range: [0, 1], messageId: 'done', data: { n: words } });
      },
    };
  },
});

const infoRule = defineRule({
  meta: {
    id: 'test/info',
    type: 'suggestion',
    docs: { description: { ar: 'ت', en: 't' } },
    messages: { m: { ar: 'م', en: 'm' } },
  },
  create: (context) => ({ 'Document:exit': () => context.report({ range: [0, 2], messageId: 'm', severity: 'info' }) }),
});

const on = (rule: ActiveRule['rule'], severity: ActiveRule['severity'] = 'error'): ActiveRule => ({
  rule,
  severity,
  options: {},
});

describe('lint', () => {
  it('reports with exact place, localised message, actual and fix', async () => {
    const text = 'سطر أول\nنعمل قي المدينة';
    const [finding, ...rest] = await lint(doc(text), { rules: [on(qi)], locale: 'ar' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'test/qi',
      source: 'test',
      severity: 'error',
      message: '«قي» ← «في»',
      line: 2,
      column: 6,
      endLine: 2,
      endColumn: 8,
      actual: 'قي',
      fix: { range: [13, 15], text: 'في' },
    });
    expect((await lint(doc(text), { rules: [on(qi)], locale: 'en' }))[0]!.message).toBe('“قي” → “في”');
  });

  it('turns a crashing rule into one bayan/rule-error and keeps the other findings', async () => {
    const findings = await lint(doc('قي قي'), { rules: [on(crashing), on(qi)], locale: 'en' });
    expect(findings.map((f) => f.ruleId)).toEqual(['bayan/rule-error', 'test/qi', 'test/qi']);
    expect(findings[0]!.message).toBe('Rule “test/crash” crashed while checking this file: boom');
  });

  it('awaits asynchronous visitors after the shared traversal', async () => {
    const findings = await lint(doc('كلمة وكلمة أخرى'), { rules: [on(asyncRule)], locale: 'en' });
    expect(findings.map((f) => f.message)).toEqual(['done 3']);
  });

  it('lintSync refuses asynchronous rules with a rule error instead of dropping them silently', () => {
    const findings = lintSync(doc('كلمة'), { rules: [on(asyncRule), on(qi)], locale: 'en' });
    expect(findings.map((f) => f.ruleId)).toEqual(['bayan/rule-error']);
  });

  it('lets a report lower but never raise the configured severity', async () => {
    expect((await lint(doc('نص'), { rules: [on(infoRule, 'error')] }))[0]!.severity).toBe('info');
  });

  it('skips rules whose formats do not include the document format', async () => {
    const htmlOnly = { ...qi, meta: { ...qi.meta, formats: ['html'] as const } };
    expect(await lint(doc('قي'), { rules: [on(htmlOnly)] })).toEqual([]);
  });

  it('reports an unknown messageId as a rule error', async () => {
    const bad = defineRule({
      meta: { id: 'test/bad', type: 'problem', docs: { description: { ar: 'ت', en: 't' } }, messages: {} },
      create: (context) => ({ Document: () => context.report({ range: [0, 1], messageId: 'nope' }) }),
    });
    const findings = await lint(doc('نص'), { rules: [on(bad)], locale: 'en' });
    expect(findings[0]!.message).toBe('Rule “test/bad” crashed while checking this file: Unknown messageId "nope".');
  });
});

describe('inline directives', () => {
  const md = (s: string) => doc(s, 'markdown');
  it.each([
    ['disable all until enable', 'قي\n\n<!-- bayan-disable -->\n\nقي\n\n<!-- bayan-enable -->\n\nقي\n', [1, 9]],
    ['disable one rule by id', '<!-- bayan-disable test/qi -->\n\nقي\n', []],
    ['disable another rule leaves this one', '<!-- bayan-disable test/other -->\n\nقي\n', [3]],
    ['disable-next-line', 'قي\n<!-- bayan-disable-next-line test/qi -->\nقي\nقي\n', [1, 4]],
    ['reason after --', '<!-- bayan-disable-next-line test/qi -- اسم علم -->\nقي\n', []],
    [
      'enable one rule after disabling all',
      '<!-- bayan-disable -->\n\nقي\n\n<!-- bayan-enable test/qi -->\n\nقي\n',
      [7],
    ],
  ])('%s', async (_name, text, lines) => {
    const findings = await lint(md(text), { rules: [on(qi)] });
    expect(findings.map((f) => f.line)).toEqual(lines);
  });

  it('works with HTML comments', async () => {
    const findings = await lint(doc('<p>قي</p><!-- bayan-disable-next-line -->\n<p>قي</p>', 'html'), {
      rules: [on(qi)],
    });
    expect(findings.map((f) => f.line)).toEqual([1]);
  });
});

describe('the token-stream visitors', () => {
  const order: string[] = [];
  const firstWords = defineRule({
    meta: {
      id: 'test/first-words',
      type: 'suggestion',
      docs: { description: { ar: 'ت', en: 't' } },
      messages: { m: { ar: 'أول كلمة {{w}}', en: 'first word {{w}}' } },
    },
    create(context) {
      return {
        Document: () => void order.push('Document'),
        Prose: (stream) => void order.push(`Prose ${stream.paragraphCount}`),
        Paragraph({ stream, index, start, end }) {
          order.push(`Paragraph ${index}`);
          for (let i = start; i < end; i++) {
            if (stream.word[i]! < 0) continue;
            context.report({
              range: [stream.start[i]!, stream.end[i]!],
              messageId: 'm',
              data: { w: stream.words[stream.word[i]!]!.normal },
            });
            return;
          }
        },
        'Document:exit': () => void order.push('Document:exit'),
      };
    },
  });

  it('calls Prose once and Paragraph per paragraph, in order, between Document and Document:exit', () => {
    order.length = 0;
    const findings = lintSync(doc('قال الوزير.\n\nأعلنتْ الوزارة اليوم'), {
      rules: [on(firstWords, 'warning')],
      locale: 'en',
    });
    expect(order).toEqual(['Document', 'Prose 2', 'Paragraph 0', 'Paragraph 1', 'Document:exit']);
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
      [1, 1, 4, 'first word قال'],
      [3, 1, 7, 'first word أعلنت'],
    ]);
  });
});

describe('the stream a lint builds', () => {
  // Records the stream it is given and the values of its words, as read during the lint.
  const seen: Array<{ stream: TokenStream; words: string[] }> = [];
  const reader = defineRule({
    meta: {
      id: 'test/reader',
      type: 'problem',
      docs: { description: { ar: 'ت', en: 't' } },
      messages: { m: { ar: 'م', en: 'm' } },
    },
    create: () => ({
      Prose(stream: TokenStream) {
        const words = [...stream.word].filter((id) => id >= 0).map((id) => stream.words[id]!.value);
        seen.push({ stream, words });
      },
    }),
  });
  const asyncReader = defineRule({
    meta: {
      id: 'test/async-reader',
      type: 'problem',
      docs: { description: { ar: 'ت', en: 't' } },
      messages: { m: { ar: 'م', en: 'm' } },
    },
    create: () => ({
      async Prose() {
        await Promise.resolve();
      },
    }),
  });
  const rules = (list: ActiveRule['rule'][]): ActiveRule[] =>
    list.map((rule) => ({ rule, severity: 'error', options: {} }));
  const sameMemory = (a: TokenStream, b: TokenStream) =>
    a.start.buffer === b.start.buffer && a.start.byteOffset === b.start.byteOffset;

  it('is released at the end of the lint: the next document is written into its memory', async () => {
    seen.length = 0;
    const first = doc('قال الوزير إن المشروع جاهز.');
    await lint(first, { rules: rules([reader]) });
    lintSync(doc('أعلنت الوزارة اليوم.'), { rules: rules([reader]) });
    expect(seen.map((s) => s.words)).toEqual([
      ['قال', 'الوزير', 'إن', 'المشروع', 'جاهز'],
      ['أعلنت', 'الوزارة', 'اليوم'],
    ]);
    expect(sameMemory(seen[0]!.stream, seen[1]!.stream)).toBe(true);
    // Read after the lint, the first document's stream is built again, whole.
    const again = first.stream;
    expect(again).not.toBe(seen[0]!.stream);
    expect([...again.word].filter((id) => id >= 0).map((id) => again.words[id]!.value)).toEqual([
      'قال',
      'الوزير',
      'إن',
      'المشروع',
      'جاهز',
    ]);
  });

  it('is left alone when the caller read it before the lint, or an asynchronous visitor outlives lintSync', async () => {
    seen.length = 0;
    const held = doc('قال الوزير إن المشروع جاهز.');
    const stream = held.stream;
    await lint(held, { rules: rules([reader]) });
    expect(seen[0]!.stream).toBe(stream);
    const outlived = doc('أعلنت الوزارة اليوم.');
    const findings = lintSync(outlived, { rules: rules([reader, asyncReader]) });
    expect(findings.map((f) => f.ruleId)).toEqual(['bayan/rule-error']);
    await lint(doc('وقال المتحدث أمس.'), { rules: rules([reader]) });
    expect(sameMemory(seen[1]!.stream, seen[2]!.stream)).toBe(false);
    expect(seen[1]!.stream.value(0)).toBe('أعلنت');
    expect(held.stream).toBe(stream);
    expect([...stream.word].filter((id) => id >= 0).map((id) => stream.words[id]!.value)).toEqual([
      'قال',
      'الوزير',
      'إن',
      'المشروع',
      'جاهز',
    ]);
  });
});
