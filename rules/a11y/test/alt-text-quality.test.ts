import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule, { altTextData, fileNameOf, isFileName } from '../src/alt-text-quality.js';

const tester = new RuleTester({ format: 'html' });

const page = (body: string) =>
  `<html lang="ar" dir="rtl"><body><p>أعلنت الوزارة اليوم عن برنامج جديد لدعم المدارس.</p>${body}</body></html>`;

describe('a11y/alt-text-quality data', () => {
  it.each(altTextData.data.generic.flatMap((g) => g.examples))('«%s» is generic', async (alt) => {
    const { findings } = await checkRule(rule, page(`<img src="a.jpg" alt="${alt}">`), { format: 'html' });
    expect(findings.map((f) => f.messageId)).toEqual(['generic']);
  });

  it.each(altTextData.data.cameraPrefixes.flatMap((c) => c.examples.map((e) => [c.prefix, e] as const)))(
    '%s: «%s» is a camera name',
    async (_, alt) => {
      const { findings } = await checkRule(rule, page(`<img src="a.jpg" alt="${alt}">`), { format: 'html' });
      expect(findings.map((f) => f.messageId)).toEqual(['fileName']);
    },
  );

  it.each(altTextData.data.cameraCounterexamples)('«%s» is not a camera name', (alt) => {
    expect(isFileName(alt, [])).toBe(false);
  });
});

const EN_PAGE = (body: string) =>
  `<html lang="en"><body><p>The ministry announced a programme.</p>${body}</body></html>`;

describe('a11y/alt-text-quality: file names (ACT rule 9eb3f6)', () => {
  // [page, image markup, alt reported]: the finding spans exactly the image's markup
  const reported = [
    ['ar', '<input type="image" src="/img/login.png" alt="login.png">', 'login.png'],
    ['en', '<input type="image" src="/img/login.png" alt="login.png">', 'login.png'],
    ['ar', '<img src="/photos/press-photo-03.jpg" alt="press-photo-03">', 'press-photo-03'],
    ['en', '<img src="/photos/IMG_2041.jpg" alt="IMG_2041">', 'IMG_2041'],
    [
      'ar',
      '<img src="/p/94251e110d24a4c2b6e6ce76e7203374" alt="94251e110d24a4c2b6e6ce76e7203374">',
      '94251e110d24a4c2b6e6ce76e7203374',
    ],
    [
      'en',
      '<img src="/p/a.jpg" alt="0f3a9c1be27d44e8a1c6b5d9e0f7a2c3d4e5f6a7">',
      '0f3a9c1be27d44e8a1c6b5d9e0f7a2c3d4e5f6a7',
    ],
    ['ar', '<img src="/p/small.jpg" srcset="/p/hero_2024-01.jpg 2x" alt="hero_2024-01">', 'hero_2024-01'],
    [
      'ar',
      '<picture><source srcset="/p/visit-09-30.webp"><img src="/p/visit.jpg" alt="visit-09-30"></picture>',
      'visit-09-30',
    ],
    ['ar', '<img src="/p/a.jpg" alt="الوزير في الاجتماع" aria-label="DSC_0042">', 'DSC_0042'],
    ['en', '<a href="/p/nyhavn.jpeg"><img src="/p/nyhavn.jpeg" alt="nyhavn.jpeg"></a>', 'nyhavn.jpeg'],
  ] as const;

  it.each(reported)('reports on a%s page: %s', async (lang, markup, alt) => {
    const text = lang === 'ar' ? page(markup) : EN_PAGE(markup);
    const { findings } = await checkRule(rule, text, { format: 'html' });
    const image = markup.match(/<(?:img|input)\b[^>]*>/)!;
    const start = text.indexOf(image[0]);
    expect(findings.map((f) => [f.messageId, f.data?.alt, f.place.start.offset, f.place.end.offset, f.actual])).toEqual(
      [['fileName', alt, start, start + image[0].length, image[0]]],
    );
  });

  it.each([
    // the very file a link downloads: its name is the right name (ACT 9eb3f6, passed example 2)
    ['ar', '<a href="/p/nyhavn.jpeg" download>تنزيل <img src="/p/nyhavn.jpeg" alt="nyhavn.jpeg"></a>'],
    ['en', '<a href="/p/x.jpeg" download="nyhavn.jpeg">Download <img src="/p/t.jpeg" alt="nyhavn.jpeg"></a>'],
    // a plain word that is also the file's name may describe the image: only a person can tell
    ['en', '<img src="/p/paris.jpg" alt="Paris">'],
    ['en', '<input type="image" src="/p/login" alt="login">'],
    // aria-label is the accessible name; aria-labelledby and aria-hidden images are skipped
    ['ar', '<img src="/p/IMG_2041.jpg" alt="IMG_2041" aria-label="الوزير يلقي كلمته">'],
    ['ar', '<img src="/p/IMG_2041.jpg" alt="IMG_2041" aria-labelledby="cap"><p id="cap">الوزير يلقي كلمته</p>'],
    ['ar', '<img src="/p/IMG_2041.jpg" alt="IMG_2041" aria-hidden="true">'],
    ['en', '<img src="/p/visit.jpg" alt="Photo 2 of the visit">'],
  ] as const)('accepts on a%s page: %s', async (lang, markup) => {
    await tester.assertValid(rule, lang === 'ar' ? page(markup) : EN_PAGE(markup));
  });

  it('checks Markdown images against their own file and raw HTML image buttons, at exact positions', async () => {
    const md =
      'صور الزيارة:\n\n![minister-visit-2024](photos/minister-visit-2024.webp)\n\n![الوزير في المدرسة](photos/school.jpg)\n\n<input type="image" src="go.png" alt="go.png">\n';
    const { findings } = await checkRule(rule, md, { format: 'markdown' });
    expect(findings.map((f) => [f.messageId, f.data?.alt, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['fileName', 'minister-visit-2024', 3, 1, 3, 56],
      ['fileName', 'go.png', 7, 1, 7, 47],
    ]);
  });

  it('speaks Arabic about image buttons', async () => {
    const { findings } = await checkRule(rule, page('<input type="image" src="login.png" alt="login.png">'), {
      format: 'html',
      locale: 'ar',
    });
    expect(findings[0]?.message).toBe('النص البديل «login.png» اسم ملف لا يصف الصورة: اكتب ما تُظهره الصورة.');
  });

  it('maps URLs to file names', () => {
    expect([
      fileNameOf('/a/b/IMG%201.jpg?x=1#y'),
      fileNameOf('photo.png'),
      fileNameOf('/dir/'),
      fileNameOf('%E0%A4%A.jpg'),
    ]).toEqual(['IMG 1.jpg', 'photo.png', '', '%E0%A4%A.jpg']);
  });
});

describe('a11y/alt-text-quality', () => {
  it.each([
    ['html', page('<img src="a.jpg" alt="الوزير يلقي كلمته في الاجتماع">')],
    ['html', page('<img src="a.jpg" alt="">')],
    ['html', page('<img src="a.jpg" alt="BBC">')],
    ['html', page('<img src="a.jpg" lang="en" alt="The minister speaking at the meeting">')],
    [
      'html',
      '<html lang="en"><body><p>The ministry announced a programme.</p><img src="a.jpg" alt="The minister at the meeting"></body></html>',
    ],
    ['markdown', 'نص البيان.\n\n![الوزير يلقي كلمته](a.jpg)\n'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('reports a file name', async () => {
    const text = page('<img src="a.jpg" alt="IMG_2041.JPG">');
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          line: 1,
          column: 88,
          endLine: 1,
          endColumn: 124,
          message: 'The alt text “IMG_2041.JPG” is a file name, not a description: say what the image shows.',
          suggestions: [],
        },
      ],
    });
  });

  it('reports English alt on an Arabic page and suggests lang="en"', async () => {
    const text = page('<img src="a.jpg" alt="The minister at the meeting">');
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings.map((f) => f.messageId)).toEqual(['english']);
    expect(result.suggestionOutputs[0]).toEqual([
      page('<img lang="en" src="a.jpg" alt="The minister at the meeting">'),
    ]);
  });

  it('checks Markdown images and raw HTML images at their source positions', async () => {
    const md = 'نص البيان الصحفي.\n\n![صورة](a.jpg) و<img src="b.png" alt="DSC_0042">\n';
    const result = await checkRule(rule, md, { format: 'markdown' });
    expect(result.findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ['generic', 3, 1, 15],
      ['fileName', 3, 17, 49],
    ]);
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, page('<img src="a.jpg" alt="صورة">'), { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'النص البديل «صورة» لا يقول شيئًا عن الصورة: صف ما تُظهره، مثل «الوزير يلقي كلمته في الاجتماع».',
    );
  });
});
