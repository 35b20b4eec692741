import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { htmlTooDeep, markdownTooDeep, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '../src/formats/depth.js';

const indentedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- بند`).join('\n');

describe('nesting depth, measured before parsing', () => {
  it('Markdown: markers on one line, indented list levels and quotes count; fenced code does not', () => {
    expect(markdownTooDeep('- '.repeat(MAX_MARKDOWN_DEPTH) + 'x')).toBe(-1);
    expect(markdownTooDeep('- '.repeat(100_000) + 'x')).toBe(2 * MAX_MARKDOWN_DEPTH);
    expect(markdownTooDeep('>'.repeat(100_000))).toBe(MAX_MARKDOWN_DEPTH);
    expect(markdownTooDeep('> '.repeat(MAX_MARKDOWN_DEPTH) + 'نص\n1. أول\n   2. ثان')).toBe(-1);
    expect(markdownTooDeep(indentedList(MAX_MARKDOWN_DEPTH))).toBe(-1);
    const deep = indentedList(2000);
    const line101 = deep.split('\n').slice(0, MAX_MARKDOWN_DEPTH).join('\n').length + 1;
    expect(markdownTooDeep(deep)).toBe(line101 + 2 * MAX_MARKDOWN_DEPTH);
    // Deep indentation inside fenced code is code, not nesting.
    expect(markdownTooDeep(`\`\`\`\n${' '.repeat(1000)}x\n\`\`\`\n`)).toBe(-1);
    expect(markdownTooDeep(`~~~~\n\`\`\`\n${' '.repeat(1000)}x\n~~~~\n${' '.repeat(1000)}x`)).toBeGreaterThan(1000);
  });

  it('HTML: start tags minus end tags; void, self-closing, implicitly closed and raw-text elements do not nest', () => {
    expect(htmlTooDeep('<div>'.repeat(MAX_HTML_DEPTH) + 'x')).toBe(-1);
    expect(htmlTooDeep('<div>'.repeat(100_000))).toBe(5 * MAX_HTML_DEPTH);
    expect(htmlTooDeep('<DIV>x</div>'.repeat(100_000))).toBe(-1);
    expect(htmlTooDeep('<p>a<br><img src=x><li>b<td>c<svg/>'.repeat(10_000))).toBe(-1);
    expect(htmlTooDeep(`<script>${'<div>'.repeat(1000)}</SCRIPT><!-- ${'<b>'.repeat(1000)} -->`)).toBe(-1);
  });

  it('a document within the bounds parses; past them it is refused with the place, before the parser runs', () => {
    const md = parseDocument('> '.repeat(MAX_MARKDOWN_DEPTH) + 'نص', { format: 'markdown' });
    expect(md.ok).toBe(true);
    const html = parseDocument('<div>'.repeat(MAX_HTML_DEPTH) + 'نص', { format: 'html' });
    expect(html.ok).toBe(true);
    const list = parseDocument('نص\n\n' + '- '.repeat(100_000) + 'x', { format: 'markdown' });
    expect(list).toEqual({
      ok: false,
      error: {
        message: 'the markup is nested more than 100 levels deep',
        offset: 4 + 200,
        reason: { en: 'the markup is nested more than 100 levels deep', ar: 'الوسوم متداخلة أكثر من 100 مستوى' },
      },
    });
    // Raw HTML inside Markdown is parsed by rules: it is bounded too.
    const raw = parseDocument('\uFEFFنص\n\n' + '<div>'.repeat(100_000), { format: 'markdown' });
    expect(raw).toMatchObject({
      ok: false,
      error: { offset: 5 + 5 * MAX_HTML_DEPTH, reason: { ar: 'الوسوم متداخلة أكثر من 512 مستوًى' } },
    });
  });
});
