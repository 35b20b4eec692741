/**
 * Inline directives in Markdown and HTML comments:
 *   <!-- bayan-disable [rule-id, …] -->            until a matching enable (or the end)
 *   <!-- bayan-enable [rule-id, …] -->
 *   <!-- bayan-disable-next-line [rule-id, …] -->  the line after the comment
 *   <!-- bayan-disable-line [rule-id, …] -->       the comment's own line
 * No rule id means every rule. Ids are separated by commas or spaces; text
 * after ` -- ` is a free-form reason.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { LineIndex } from './line-index.js';
import type { Finding, Format } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** null = all rules. */
  rules: string[] | null;
  /** Offset of the comment's start and end. */
  start: number;
  end: number;
  line: number;
  endLine: number;
}

const COMMENT = /<!--\s*bayan-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

function parseComment(body: string, start: number, lines: LineIndex, out: Directive[]): void {
  COMMENT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = COMMENT.exec(body)) !== null) {
    const kind = match[1] as DirectiveKind;
    const list = (match[2] ?? '').split(/\s--\s/)[0]!.trim();
    const rules = list === '' ? null : list.split(/[\s,]+/).filter(Boolean);
    const s = start + match.index;
    const e = s + match[0].length;
    out.push({ kind, rules, start: s, end: e, line: lines.pointAt(s).line, endLine: lines.pointAt(e).line });
  }
}

export function parseDirectives(markup: MdastRoot | HastRoot | null, format: Format, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  if (!markup) return out;
  const stack: unknown[] = [markup];
  while (stack.length > 0) {
    const node = stack.pop() as {
      type: string;
      value?: string;
      children?: unknown[];
      position?: { start: { offset?: number } };
    };
    const offset = node.position?.start.offset;
    if (format === 'markdown' && node.type === 'html' && node.value && offset !== undefined) {
      parseComment(node.value, offset, lines, out);
    } else if (format === 'html' && node.type === 'comment' && offset !== undefined && node.value !== undefined) {
      parseComment(`<!--${node.value}-->`, offset, lines, out);
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.sort((a, b) => a.start - b.start);
}

function covers(directive: Directive, ruleId: string): boolean {
  return (
    directive.rules === null ||
    directive.rules.includes(ruleId) ||
    directive.rules.includes(ruleId.split('/')[0] + '/*')
  );
}

/** Whether a finding is switched off by the directives (engine findings never are). */
export function isSuppressed(finding: Finding, directives: readonly Directive[]): boolean {
  if (finding.source === 'bayan') return false;
  const offset = finding.place.start.offset;
  const line = finding.place.start.line;
  let disabled = false;
  for (const d of directives) {
    if (!covers(d, finding.ruleId)) continue;
    if (d.kind === 'disable-next-line' && line === d.endLine + 1) return true;
    if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) return true;
    if (d.start > offset) continue;
    if (d.kind === 'disable') disabled = true;
    else if (d.kind === 'enable') disabled = false;
  }
  return disabled;
}
