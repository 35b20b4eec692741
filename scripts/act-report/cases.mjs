// Test cases of ACT rules, read from the rule pages of a local checkout of the
// ACT Rules Community repository (`_rules/<name>-<id>.md`). A test case is a
// heading that names an example ("Passed Example 2", "Failed Example 1",
// "Inapplicable Example 3") followed by a fenced code block. The test case id
// and the page around a snippet follow the Community's own build, so the
// subjects of a report are the URLs the Community publishes.
import { createHash } from 'node:crypto';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const TESTCASE_BASE = 'https://act-rules.github.io/testcases';

/** SHA-1 of the snippet with its whitespace collapsed: the Community's test case id. */
export function testcaseHash(code) {
  return createHash('sha1').update(code.trim().replace(/\s+/g, ' ')).digest('hex');
}

/** The front matter fields a report needs: `id`, `name`, `deprecated`. */
export function frontMatter(markdown) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  const out = { id: '', name: '', deprecated: false };
  if (!match) return out;
  for (const line of match[1].split(/\r?\n/)) {
    const field = /^(id|name|deprecated):\s*(.*)$/.exec(line);
    if (!field) continue;
    if (field[1] === 'deprecated') out.deprecated = true;
    else out[field[1]] = field[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

function headingText(node) {
  return node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
}

function expectedOf(title) {
  if (/pass/i.test(title)) return 'passed';
  if (/fail/i.test(title)) return 'failed';
  return 'inapplicable';
}

/** Every example of a rule page, in order: { title, expected, language, code, testcaseId, url }. */
export function extractTestCases(markdown) {
  const { id } = frontMatter(markdown);
  const tree = unified().use(remarkParse).parse(markdown);
  const out = [];
  let title;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = headingText(node);
      title = text && /example|case/i.test(text) && /pass|fail|inapplicable/i.test(text) ? text.trim() : undefined;
    } else if (node.type === 'code' && title !== undefined) {
      const testcaseId = testcaseHash(node.value);
      const language = node.lang ?? 'html';
      out.push({
        ruleId: id,
        title,
        expected: expectedOf(title),
        language,
        code: node.value,
        testcaseId,
        url: `${TESTCASE_BASE}/${id}/${testcaseId}.${language}`,
      });
      title = undefined;
    }
  }
  return out;
}

/** The page a snippet is tested in: a doctype, and `<html lang="en">` with a title when the snippet has no `<html>`. */
export function testPage(code, language, title) {
  if (language !== 'html' && language !== 'xhtml') return code;
  if (/<!doctype/i.test(code)) return code;
  const doctype = '<!DOCTYPE html>';
  if (/<html/i.test(code)) return `${doctype}\n${code}`;
  const head = /<head/i.test(code) ? code : `<head>\n\t<title>${title}</title>\n</head>`;
  const body = /<head/i.test(code) ? '' : /<body/i.test(code) ? code : `<body>\n${code.replace(/^/gm, '\t')}\n</body>`;
  return [doctype, '<html lang="en">', head, body, '</html>'].filter((s) => s !== '').join('\n');
}
