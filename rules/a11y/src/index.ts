import { definePack } from '@bayan/core';
import { axeRules } from './axe.js';
import descriptiveLinkText from './descriptive-link-text.js';

export { axeRules, axeRule, LAYOUT_RULES, PAGE_RULES } from './axe.js';
export { descriptiveLinkText };

export const pack = definePack({
  name: 'a11y',
  description: {
    ar: 'إتاحة صفحات البيانات لذوي الإعاقة: قواعد axe-core في jsdom لملفات HTML وMarkdown، ونصوص الروابط العربية.',
    en: 'Accessible release pages: axe-core rules in jsdom for HTML and Markdown, and Arabic link text.',
  },
  rules: [...axeRules, descriptiveLinkText],
});

export default pack;
