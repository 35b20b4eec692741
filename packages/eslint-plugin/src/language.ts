/**
 * `bayan/release`: an ESLint language for Arabic press releases in Markdown,
 * HTML and plain text (the format comes from the file name, as in the CLI).
 * `parse` is the engine's parseDocument, which never throws: a file it cannot
 * read (a NUL byte, absurd nesting) is ESLint's one fatal parsing error.
 */
import {
  ConfigError,
  DataFileError,
  parseDocument,
  resolveConfig,
  validateConfig,
  type RuleRegistry,
} from '@bayan/core';
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import type { BayanLanguageOptions } from './options.js';
import { BayanSourceCode, type DocumentNode } from './source-code.js';

type Options = { LangOptions: BayanLanguageOptions; Code: BayanSourceCode; RootNode: DocumentNode; Node: DocumentNode };

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export function createLanguage(registry: RuleRegistry, asynchronous: ReadonlySet<string>): Language<Options> {
  return {
    fileType: 'text',
    lineStart: 1,
    columnStart: 1,
    nodeTypeKey: 'type',
    visitorKeys: { Document: [] },
    defaultLanguageOptions: { locale: 'ar', style: {}, settings: {} },

    validateLanguageOptions(options: BayanLanguageOptions) {
      const { locale, style, settings, ...rest } = options;
      const unknown = Object.keys(rest);
      if (unknown.length > 0)
        throw new Error(
          `Unknown languageOptions for bayan/release: ${unknown.join(', ')} (allowed: locale, style, settings).`,
        );
      if (locale !== undefined && locale !== 'ar' && locale !== 'en')
        throw new Error('languageOptions.locale must be "ar" or "en".');
      if (style !== undefined && !isObject(style)) throw new Error('languageOptions.style must be an object.');
      if (settings !== undefined && !isObject(settings)) throw new Error('languageOptions.settings must be an object.');
      // The same checks as a Bayan config file (style keys and pack sections against their schemas).
      try {
        const config = validateConfig(
          { ...(settings ?? {}), extends: [], style: style ?? {} },
          'languageOptions',
          registry,
        );
        resolveConfig(config, '<file>', registry, 'languageOptions');
      } catch (error) {
        if (error instanceof ConfigError || error instanceof DataFileError)
          throw new Error(`bayan/release ${error.message}`, { cause: error });
        throw error;
      }
    },

    parse(file: File): ParseResult<DocumentNode> {
      const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
      const parsed = parseDocument(text, { path: file.path });
      if (!parsed.ok) {
        const at = parsed.ok === false ? parsed.error.offset : 0;
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        return {
          ok: false,
          errors: [{ message: parsed.error.message, line, column: at - (before.lastIndexOf('\n') + 1) + 1 }],
        };
      }
      const { document } = parsed;
      const ast: DocumentNode = {
        type: 'Document',
        position: { start: document.lines.pointAt(0), end: document.lines.pointAt(text.length) },
      };
      return { ok: true, ast, document };
    },

    createSourceCode(_file: File, input: OkParseResult<DocumentNode>, context) {
      return new BayanSourceCode(input.document, input.ast, registry, asynchronous, context.languageOptions);
    },
  };
}
