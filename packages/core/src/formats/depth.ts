/**
 * Nesting depth, measured before a parser runs. micromark re-checks every open
 * container on every line, so time grows with depth × size, and with hostile
 * input (`'- ' × 100,000`, 2,000 indented list levels, `'>' × 100,000`) it ran
 * for minutes before any limit was reached; the HTML tree converters and the
 * rules' tree walks recurse and run out of stack. These scans are one linear
 * pass over the text that over-estimate the depth (they never see less than
 * the parser would build), so a document under the limit parses in time linear
 * in its size and one past it is refused before the parser starts.
 */

/** Deepest Markdown container nesting (block quotes and list items) Bayan parses. */
export const MAX_MARKDOWN_DEPTH = 100;
/** Deepest HTML element nesting Bayan parses (in HTML files and raw HTML inside Markdown). */
export const MAX_HTML_DEPTH = 512;

const SPACE = 0x20;
const TAB = 0x09;
const NL = 0x0a;
const CR = 0x0d;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isBlank = (c: number) => c === SPACE || c === TAB || c === NL || c === CR || Number.isNaN(c);

/**
 * Offset where the Markdown container depth first passes `limit`, or -1. A
 * line's depth is at most its container markers (`>`, `-`, `*`, `+`, `1.`,
 * `1)`) plus half its leading indentation (a nested list item is indented by
 * at least two columns per level). Lines inside fenced code are not counted.
 */
export function markdownTooDeep(text: string, limit = MAX_MARKDOWN_DEPTH): number {
  const n = text.length;
  let fence = ''; // the opening fence while inside fenced code
  let i = 0;
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = n;
    let k = i;
    let indent = 0;
    while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) {
      indent += text.charCodeAt(k) === TAB ? 4 : 1;
      k++;
    }
    let depth = indent >> 1;
    for (;;) {
      const c = text.charCodeAt(k);
      if (c === 0x3e /* > */) k++;
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlank(text.charCodeAt(k + 1))) k++;
      else if (isDigit(c)) {
        let d = k;
        while (d < end && d - k < 9 && isDigit(text.charCodeAt(d))) d++;
        const mark = text.charCodeAt(d);
        if ((mark !== 0x2e && mark !== 0x29) /* . ) */ || !isBlank(text.charCodeAt(d + 1))) break;
        k = d + 1;
      } else break;
      depth++;
      if (depth > limit && fence === '') return k - 1;
      while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    }
    if (depth > limit && fence === '') return k;
    const rest = text.slice(k, Math.min(end, k + 3));
    if (rest === '```' || rest === '~~~') {
      let f = k;
      while (f < end && text.charCodeAt(f) === rest.charCodeAt(0)) f++;
      const run = text.slice(k, f);
      if (fence === '') fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && text.slice(f, end).trim() === '') fence = '';
    }
    i = end + 1;
  }
  return -1;
}

/** Elements that never contain others: no end tag, or one closed by the next of its kind. */
const NO_DEPTH = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rp',
  'rt',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Offset of `</name` (any case) from `from`, or -1. */
function endTag(text: string, name: string, from: number): number {
  let at = text.indexOf('</', from);
  while (at !== -1 && text.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) at = text.indexOf('</', at + 2);
  return at;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * Offset of the start tag where HTML element depth first passes `limit`, or
 * -1: start tags minus end tags, not counting void elements, self-closing
 * tags and elements that the next of their kind closes (`<p>`, `<li>`…).
 */
export function htmlTooDeep(text: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) return -1;
      i = text.indexOf('<', close + 3);
      continue;
    }
    const closing = text.charCodeAt(i + 1) === 0x2f; /* / */
    const first = i + (closing ? 2 : 1);
    if (!isLetter(text.charCodeAt(first))) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    let k = first;
    while (
      k < text.length &&
      !isBlank(text.charCodeAt(k)) &&
      text.charCodeAt(k) !== 0x3e &&
      text.charCodeAt(k) !== 0x2f
    )
      k++;
    const name = text.slice(first, k).toLowerCase();
    const gt = text.indexOf('>', k);
    if (gt === -1) return -1;
    if (closing) {
      if (!NO_DEPTH.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT.has(name)) {
      const end = endTag(text, name, gt + 1);
      if (end === -1) return -1;
      i = text.indexOf('<', end + 2);
      continue;
    } else if (!NO_DEPTH.has(name) && text.charCodeAt(gt - 1) !== 0x2f) {
      depth++;
      if (depth > limit) return i;
    }
    i = text.indexOf('<', gt + 1);
  }
  return -1;
}
