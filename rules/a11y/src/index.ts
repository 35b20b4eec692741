import { definePack } from '@bayan/core';
import { axeRules } from './axe.js';
import descriptiveLinkText from './descriptive-link-text.js';
import altTextQuality from './alt-text-quality.js';
import noFakeLists from './no-fake-lists.js';

export { axeRules, axeRule, LAYOUT_RULES, PAGE_RULES } from './axe.js';
export { axeLoaded } from './axe/runner.js';
export { markdownNeedsAxe } from './axe/markdown-needs-axe.js';
export { descriptiveLinkText, altTextQuality, noFakeLists };

export const pack = definePack({
  name: 'a11y',
  description: {
    ar: 'إتاحة صفحات البيانات لذوي الإعاقة: قواعد axe-core في jsdom لملفات HTML وMarkdown، ونصوص الروابط العربية.',
    en: 'Accessible release pages: axe-core rules in jsdom for HTML and Markdown, and Arabic link text.',
  },
  rules: [...axeRules, descriptiveLinkText, altTextQuality, noFakeLists],
  settingsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      // `full`: run axe-core on every Markdown file; `auto` (default): only on drafts whose tree could need it.
      axe: { enum: ['auto', 'full'] },
    },
  },
});

export default pack;
