import { compileTerms } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import {
  defineRule,
  defineWordList,
  lint,
  parseDocument,
  useWordList,
  type RuleModule,
  type SourceDocument,
} from '../src/index.js';
import type { TokenMatch } from '@bayan/arabic';

const houseTerms = defineWordList('test/house', [
  { id: 'daesh', text: 'داعش' },
  { id: 'is', text: 'الدولة الإسلامية' },
]);
const slips = defineWordList('test/slips', [{ id: 'ila', text: 'الى' }], { fold: false });

function doc(text: string): SourceDocument {
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/** A rule reporting every match of `list`; `seen` records the array it was given. */
function listRule(id: string, list: ReturnType<typeof defineWordList>, seen: Array<readonly TokenMatch[]>): RuleModule {
  return defineRule({
    meta: {
      id,
      type: 'problem',
      docs: { description: { ar: 'ت', en: 't' } },
      messages: { m: { ar: '«{{x}}»', en: '“{{x}}”' } },
    },
    create(context) {
      const matches = useWordList(context, list);
      return {
        Prose() {
          const found = matches();
          seen.push(found);
          for (const m of found) context.report({ range: [m.termStart, m.end], messageId: 'm', data: { x: m.id } });
        },
      };
    },
  });
}

describe('the dictionary pass', () => {
  it('matches every registered list once per document and shares the results', async () => {
    const seen: Array<readonly TokenMatch[]> = [];
    const text = 'قال الى جانب داعش وللدولة الإسلامية.';
    const rules = [
      listRule('test/a', houseTerms, seen),
      listRule('test/b', houseTerms, seen),
      listRule('test/c', slips, seen),
    ];
    const findings = await lint(doc(text), {
      rules: rules.map((rule) => ({ rule, severity: 'error' as const, options: {} })),
      locale: 'en',
    });
    expect(findings.map((f) => [f.ruleId, f.column, f.endColumn, f.message])).toEqual([
      ['test/c', 5, 8, '“ila”'],
      ['test/a', 14, 18, '“daesh”'],
      ['test/b', 14, 18, '“daesh”'],
      ['test/a', 21, 36, '“is”'],
      ['test/b', 21, 36, '“is”'],
    ]);
    // Two rules asking for one list get the very same array: it was matched once.
    expect(seen[0]).toBe(seen[1]);
    // Each list's matches are those of a matcher of that list alone.
    const stream = doc(text).stream;
    expect(seen[0]!.map((m) => [m.id, m.start, m.end])).toEqual(
      compileTerms(houseTerms.terms)
        .findInStream(stream)
        .map((m) => [m.id, m.start, m.end]),
    );
    expect(seen[2]!.map((m) => [m.id, m.start, m.end])).toEqual([['ila', 4, 7]]);
  });

  it('a list registered after the pass ran is an error of that rule, not a silent miss', async () => {
    const late = defineRule({
      meta: {
        id: 'test/late',
        type: 'problem',
        docs: { description: { ar: 'ت', en: 't' } },
        messages: { m: { ar: 'م', en: 'm' } },
      },
      create(context) {
        return {
          'Document:exit'() {
            useWordList(context, slips)();
          },
        };
      },
    });
    const findings = await lint(doc('قال الى جانب داعش.'), {
      rules: [
        { rule: listRule('test/a', houseTerms, []), severity: 'error', options: {} },
        { rule: late, severity: 'error', options: {} },
      ],
      locale: 'en',
    });
    expect(findings.map((f) => [f.ruleId, f.data?.rule])).toEqual([
      ['bayan/rule-error', 'test/late'],
      ['test/a', undefined],
    ]);
    expect(String(findings[0]!.data?.error)).toBe(
      'Word list test/slips was registered after the dictionary pass ran: register lists in create().',
    );
  });

  it('a context without a pass (a host that builds its own) matches the list alone', () => {
    const document = doc('وداعش والدولة الإسلامية');
    const matches = useWordList({ document }, houseTerms);
    expect(matches().map((m) => [m.id, m.start, m.end, m.prefixText])).toEqual([
      ['daesh', 0, 5, 'و'],
      ['is', 6, 23, 'و'],
    ]);
    expect(matches()).toBe(matches());
  });

  it('lists are identified by their content', () => {
    const again = defineWordList('test/house', [
      { id: 'daesh', text: 'داعش' },
      { id: 'is', text: 'الدولة الإسلامية' },
    ]);
    expect(again.hash).toBe(houseTerms.hash);
    expect(defineWordList('test/house', [{ id: 'daesh', text: 'داعش' }]).hash).not.toBe(houseTerms.hash);
    expect(defineWordList('test/house', houseTerms.terms, { fold: false }).hash).not.toBe(houseTerms.hash);
    expect(defineWordList('test/other', houseTerms.terms).hash).not.toBe(houseTerms.hash);
    // Term boundaries count: ['ab','c'] is not ['a','bc'].
    expect(defineWordList('x', [{ id: 'ab', text: 'c' }]).hash).not.toBe(
      defineWordList('x', [{ id: 'a', text: 'bc' }]).hash,
    );
  });
});
