import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/no-bidi-controls.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const RLO = '\u202e';
const PDF = '\u202c';
const LRE = '\u202a';
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';
const RLM = '\u200f';

const tester = new RuleTester();

describe('rtl/no-bidi-controls', () => {
  it.each([
    ['text', 'بلغ الدعم 500 مليون جنيه.'],
    ['html', '<p dir="rtl">الاسم <bdi>John Smith</bdi> هنا.</p>'],
    // balanced isolates are accepted in plain text (SMS, posts)
    ['text', `قال ${FSI}John Smith${PDI} إن الدعم مستمر.`],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('reports an override pair as an error and suggests removing it', async () => {
    const text = `<p>ملف invoice${RLO}fdp.exe${PDF} مرفق.</p>`;
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 24,
          severity: 'error',
          messageId: 'reorder',
          message:
            'The invisible U+202E RIGHT-TO-LEFT OVERRIDE can show text in a different order from the one written (the “Trojan Source” trick): remove it and set direction with dir or <bdi>.',
          suggestions: ['<p>ملف invoicefdp.exe مرفق.</p>'],
        },
      ],
    });
  });

  it('has plain-text wording for embeddings', async () => {
    const text = `الرمز ${LRE}AB-12${PDF} جديد.`;
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          column: 7,
          endColumn: 14,
          messageId: 'reorderText',
          message:
            'The invisible U+202A LEFT-TO-RIGHT EMBEDDING can show text in a different order from the one written (the “Trojan Source” trick): remove it from the text.',
          suggestions: ['الرمز AB-12 جديد.'],
        },
      ],
    });
  });

  it('reports unbalanced characters per line', async () => {
    const text = `سطر أول ${RLO}بلا إغلاق\nسطر ثان ${PDF} و${PDI} هنا.`;
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 10,
          messageId: 'unbalanced',
          message:
            'The invisible U+202E RIGHT-TO-LEFT OVERRIDE has no partner in the same paragraph, so its effect runs on into the following text or it closes nothing: remove it.',
          suggestions: ['سطر أول بلا إغلاق\n' + `سطر ثان ${PDF} و${PDI} هنا.`],
        },
        {
          line: 2,
          column: 9,
          endColumn: 10,
          messageId: 'unbalanced',
          suggestions: [`سطر أول ${RLO}بلا إغلاق\nسطر ثان  و${PDI} هنا.`],
        },
        {
          line: 2,
          column: 12,
          endColumn: 13,
          messageId: 'unbalanced',
          suggestions: [`سطر أول ${RLO}بلا إغلاق\nسطر ثان ${PDF} و هنا.`],
        },
      ],
    });
    // Each finding names its character (not part of a RuleTester case).
    expect((await checkRule(rule, text)).findings.map((f) => f.data?.name)).toEqual([
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'U+202C POP DIRECTIONAL FORMATTING',
      'U+2069 POP DIRECTIONAL ISOLATE',
    ]);
  });

  it('in HTML an embedding cannot be closed in another element', async () => {
    const text = `<p>نص ${LRE}<b>abc</b>${PDF}</p>`;
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        { column: 7, endColumn: 8, messageId: 'unbalanced', suggestions: [`<p>نص <b>abc</b>${PDF}</p>`] },
        { column: 18, endColumn: 19, messageId: 'unbalanced', suggestions: [`<p>نص ${LRE}<b>abc</b></p>`] },
      ],
    });
  });

  it('suggests <bdi> for isolates in HTML and Markdown text', async () => {
    const html = `<p>قال ${LRI}Global Coalition${PDI} أمس.</p>`;
    await tester.assertInvalid(rule, {
      text: html,
      format: 'html',
      errors: [
        {
          column: 8,
          endColumn: 26,
          messageId: 'isolate',
          severity: 'warning',
          message:
            'Invisible direction isolate (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069) in the page text: use <bdi> or dir markup instead, which editors can see.',
          suggestions: ['<p>قال <bdi dir="ltr">Global Coalition</bdi> أمس.</p>'],
        },
      ],
    });
    await tester.assertInvalid(rule, {
      text: `قال ${FSI}John${PDI} أمس.`,
      format: 'markdown',
      errors: [
        {
          column: 5,
          endColumn: 11,
          messageId: 'isolate',
          severity: 'warning',
          suggestions: ['قال <bdi>John</bdi> أمس.'],
        },
      ],
    });
  });

  it('only removes isolates where markup cannot go (attribute values)', async () => {
    const html = `<img alt="شعار ${LRI}BBC${PDI}" src="a.png">`;
    await tester.assertInvalid(rule, {
      text: html,
      format: 'html',
      errors: [{ column: 16, endColumn: 21, messageId: 'isolate', suggestions: ['<img alt="شعار BBC" src="a.png">'] }],
    });
  });

  it('warns about marks with format-specific wording', async () => {
    await tester.assertInvalid(rule, {
      text: `<p>Yahoo!${RLM} موقع.</p>`,
      format: 'html',
      errors: [
        {
          column: 10,
          endColumn: 11,
          messageId: 'mark',
          severity: 'warning',
          message:
            'Invisible direction mark U+200F RIGHT-TO-LEFT MARK: set direction with dir or <bdi> markup rather than a hidden character.',
          suggestions: ['<p>Yahoo! موقع.</p>'],
        },
      ],
    });
    await tester.assertInvalid(rule, {
      text: `Yahoo!${RLM} موقع.`,
      errors: [
        {
          column: 7,
          endColumn: 8,
          messageId: 'markText',
          severity: 'warning',
          message:
            'Invisible direction mark U+200F RIGHT-TO-LEFT MARK in plain text: keep it only if it places punctuation next to a Latin word; it gets lost or misplaced when the text is edited.',
          suggestions: ['Yahoo! موقع.'],
        },
      ],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, `ملف ${RLO}abc${PDF}`, { locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'المحرف الخفي U+202E RIGHT-TO-LEFT OVERRIDE قد يعرض النص بترتيب غير ترتيبه المكتوب (خدعة «Trojan Source»): احذفه من النص.',
    );
  });

  it.runIf(HAS_SEED)('finds nothing in the seed release', async () => {
    const seed = readSeed();
    await tester.assertValid(rule, seed);
  });
});
