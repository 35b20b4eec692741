// The ACT rules Bayan implements, and the Bayan rules ("procedures") that
// decide each of them. A procedure fails a test case when it reports a finding
// (with one of `messages`, when given); otherwise it passes when the page has
// something it checks (`targets`), and is inapplicable when not. `options` are
// the rule's options for this ACT rule. `judgement: true` marks a procedure that
// can find problems but cannot confirm their absence (is the alt text true to the
// image? is the link's destination what its name says?): with `--cant-tell`, its
// "nothing found" on a page it applies to is reported as cantTell, as a
// semi-automatic tool would.
import { parseHtml } from '@bayan/core';

const HTML_ROOT = (el) => el.tagName === 'html';
const IMG = (el) => el.tagName === 'img' || el.properties?.role === 'img';
const IMAGE_BUTTON = (el) => el.tagName === 'input' && String(el.properties?.type).toLowerCase() === 'image';
const ANY_IMAGE = (el) => IMG(el) || IMAGE_BUTTON(el);
// qt1vmo applies to anything with an image's name: canvases too (Bayan does not check them).
const NAMED_IMAGE = (el) => ANY_IMAGE(el) || el.tagName === 'canvas';
const LINK = (el) =>
  (el.tagName === 'a' && el.properties?.href !== undefined) ||
  el.tagName === 'area' ||
  String(el.properties?.role).split(' ').includes('link');
const AREA = (el) => el.tagName === 'area';
const WITH_LANG = (el) => el.tagName !== 'html' && typeof el.properties?.lang === 'string';

export const ACT_RULES = [
  { id: 'b5c3f8', procedures: [{ rule: 'a11y/html-has-lang', targets: HTML_ROOT }] },
  {
    id: 'bf051a',
    procedures: [
      { rule: 'a11y/html-lang-valid', targets: HTML_ROOT },
      { rule: 'rtl/html-lang-dir', messages: ['invalidLang'], targets: HTML_ROOT },
    ],
  },
  {
    id: 'ucwvc8',
    procedures: [
      { rule: 'rtl/html-lang-dir', messages: ['wrongLang', 'pageLanguage'], targets: HTML_ROOT, judgement: true },
    ],
  },
  { id: 'off6ek', procedures: [{ rule: 'rtl/lang-matches-content', targets: WITH_LANG, judgement: true }] },
  { id: 'de46e4', procedures: [{ rule: 'a11y/valid-lang', targets: WITH_LANG }] },
  { id: '5b7ae0', procedures: [{ rule: 'a11y/html-xml-lang-mismatch', targets: HTML_ROOT }] },
  {
    id: '23a2a8',
    procedures: [
      { rule: 'a11y/image-alt', targets: IMG },
      { rule: 'a11y/role-img-alt', targets: IMG },
    ],
  },
  {
    id: '9eb3f6',
    procedures: [{ rule: 'a11y/alt-text-quality', messages: ['fileName'], targets: ANY_IMAGE, judgement: true }],
  },
  { id: 'qt1vmo', procedures: [{ rule: 'a11y/alt-text-quality', targets: NAMED_IMAGE, judgement: true }] },
  { id: '59796f', procedures: [{ rule: 'a11y/input-image-alt', targets: IMAGE_BUTTON }] },
  {
    id: 'c487ae',
    procedures: [
      { rule: 'a11y/link-name', targets: LINK },
      { rule: 'a11y/area-alt', targets: AREA },
    ],
  },
  // Link Only (WCAG 2.4.9): names that need their context fail too.
  {
    id: 'aizyf1',
    procedures: [{ rule: 'a11y/descriptive-link-text', options: { linkOnly: true }, targets: LINK, judgement: true }],
  },
  { id: '5effbb', procedures: [{ rule: 'a11y/descriptive-link-text', targets: LINK, judgement: true }] },
];

function hasElement(page, predicate) {
  const stack = [parseHtml(page)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === 'element' && predicate(node)) return true;
    if (node.children) stack.push(...node.children);
    if (node.content) stack.push(node.content);
  }
  return false;
}

/** One procedure's outcome on one test case, with the messages of its findings as `info`. */
export function procedureOutcome(procedure, { html, page, findings, cantTell = false }) {
  if (!html) return { outcome: 'inapplicable', info: 'Bayan lints HTML pages only.' };
  const own = findings.filter(
    (f) => f.ruleId === procedure.rule && (!procedure.messages || procedure.messages.includes(f.messageId)),
  );
  if (own.length > 0) return { outcome: 'failed', info: own.map((f) => f.message).join('\n') };
  if (!hasElement(page, procedure.targets)) return { outcome: 'inapplicable' };
  if (cantTell && procedure.judgement)
    return { outcome: 'cantTell', info: 'Nothing found; whether it passes needs a person.' };
  return { outcome: 'passed' };
}
