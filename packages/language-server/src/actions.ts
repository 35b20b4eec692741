/**
 * Code actions for the findings under the cursor: a quick fix per fix and
 * per suggestion, "fix all safe problems" (`source.fixAll.bayan`, the same
 * passes as `bayan --fix`), and "disable this rule on this line / in this
 * file" with an inline `<!-- bayan-… -->` comment where the format has
 * comments (Markdown and HTML; plain text has none).
 */
import { localize, type Edit, type Finding, type Format, type Locale } from '@bayan/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf } from './diagnostics.js';
import { words } from './words.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bayan`;

function textEdit(document: TextDocument, edit: Edit): TextEdit {
  return { range: rangeOf(document, edit.range[0], edit.range[1]), newText: edit.text };
}

function editAction(
  document: TextDocument,
  title: string,
  kind: string,
  edits: TextEdit[],
  diagnostic?: Diagnostic,
): CodeAction {
  const action: CodeAction = { title, kind, edit: { changes: { [document.uri]: edits } } };
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

/** Where a file-wide directive goes: after a BOM and after Markdown front matter. */
function fileDirectiveOffset(text: string, format: Format): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (format !== 'markdown') return bom;
  const front = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text.slice(bom));
  return front ? bom + front[0].length : bom;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

export interface ActionInput {
  document: TextDocument;
  format: Format;
  locale: Locale;
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
}

/** Quick fixes and disable actions for the given findings (each paired with its diagnostic). */
export function quickFixes({ document, format, locale, findings, diagnostics }: ActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const disabled = new Set<string>();
  findings.forEach((finding, i) => {
    const diagnostic = diagnostics[i];
    if (finding.fix) {
      const action = editAction(
        document,
        localize(words.fix, locale, { message: finding.message }),
        CodeActionKind.QuickFix,
        [textEdit(document, finding.fix)],
        diagnostic,
      );
      action.isPreferred = true;
      actions.push(action);
    }
    for (const suggestion of finding.suggestions ?? []) {
      actions.push(
        editAction(
          document,
          suggestion.message,
          CodeActionKind.QuickFix,
          [textEdit(document, suggestion.fix)],
          diagnostic,
        ),
      );
    }
    // Engine findings (parse errors, crashed rules) cannot be switched off by a comment.
    if (format === 'text' || finding.source === 'bayan' || disabled.has(finding.ruleId)) return;
    disabled.add(finding.ruleId);
    const rule = finding.ruleId;
    const end = lineEnd(text, finding.place.start.offset);
    actions.push(
      editAction(
        document,
        localize(words.disableLine, locale, { rule }),
        CodeActionKind.QuickFix,
        [textEdit(document, { range: [end, end], text: ` <!-- bayan-disable-line ${rule} -->` })],
        diagnostic,
      ),
    );
    const at = fileDirectiveOffset(text, format);
    actions.push(
      editAction(
        document,
        localize(words.disableFile, locale, { rule }),
        CodeActionKind.QuickFix,
        [textEdit(document, { range: [at, at], text: `<!-- bayan-disable ${rule} -->${eol}` })],
        diagnostic,
      ),
    );
  });
  return actions;
}

/** The whole document replaced by its fixed text (null when nothing changes). */
export function fixAllAction(document: TextDocument, output: string, locale: Locale): CodeAction | null {
  const text = document.getText();
  if (output === text) return null;
  const range: Range = rangeOf(document, 0, text.length);
  return editAction(document, localize(words.fixAll, locale), FIX_ALL_KIND, [{ range, newText: output }]);
}
