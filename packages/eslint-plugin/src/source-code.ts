/**
 * The SourceCode ESLint holds for a release: the engine's document, the
 * `<!-- eslint-… -->` comments of Markdown and HTML, and one engine run per
 * file. Every Bayan rule ESLint switched on for the file asks for its
 * findings in `create()`; the first visit runs all of them together with
 * `lintSync` (one traversal, the engine's own), so a rule behaves exactly as
 * it does in the CLI, and each ESLint rule reports its share. Asynchronous
 * rules (axe-core) run with `lint` in a worker behind synckit (bridge.ts),
 * only when one of them applies to the file's format.
 */
import {
  activeRules,
  lintSync,
  resolveConfig,
  type BayanConfig,
  type Finding,
  type RuleRegistry,
  type RuleSetting,
  type SourceDocument,
} from '@bayan/core';
import {
  ConfigCommentParser,
  Directive,
  TextSourceCodeBase,
  VisitNodeStep,
  type DirectiveType,
  type RulesConfig,
} from '@eslint/plugin-kit';
import { lintInWorker } from './bridge.js';
import type { BayanLanguageOptions } from './options.js';

/** The one node ESLint visits: the whole document (`Document`, `Document:exit`). */
export interface DocumentNode {
  type: 'Document';
  position: {
    start: { line: number; column: number; offset: number };
    end: { line: number; column: number; offset: number };
  };
}

export interface CommentNode {
  type: 'Comment';
  /** The text between `<!--` and `-->`. */
  value: string;
  position: DocumentNode['position'];
}

const commentParser = new ConfigCommentParser();
const COMMENT = /<!--([\s\S]*?)-->/g;
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/;

/** The `<!-- … -->` comments of Markdown (raw HTML nodes) and HTML (comment nodes). */
function comments(document: SourceDocument): CommentNode[] {
  const out: CommentNode[] = [];
  const add = (value: string, start: number, end: number) => {
    out.push({
      type: 'Comment',
      value,
      position: { start: document.lines.pointAt(start), end: document.lines.pointAt(end) },
    });
  };
  if (!document.markup) return out;
  const stack: unknown[] = [document.markup];
  while (stack.length > 0) {
    const node = stack.pop() as {
      type: string;
      value?: string;
      children?: unknown[];
      position?: { start: { offset?: number }; end: { offset?: number } };
    };
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (document.format === 'markdown' && node.type === 'html' && node.value) {
        for (const match of node.value.matchAll(COMMENT))
          add(match[1]!, start + match.index, start + match.index + match[0].length);
      } else if (document.format === 'html' && node.type === 'comment' && node.value !== undefined) {
        add(node.value, start, end);
      }
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

export class BayanSourceCode extends TextSourceCodeBase<{
  LangOptions: BayanLanguageOptions;
  RootNode: DocumentNode;
  SyntaxElementWithLoc: DocumentNode | CommentNode;
  ConfigNode: CommentNode;
}> {
  readonly document: SourceDocument;
  readonly registry: RuleRegistry;
  readonly #asynchronous: ReadonlySet<string>;
  #options: BayanLanguageOptions;
  #comments: CommentNode[] | undefined;
  readonly #requests = new Map<string, Record<string, unknown> | undefined>();
  #findings: Map<string, Finding[]> | undefined;

  constructor(
    document: SourceDocument,
    ast: DocumentNode,
    registry: RuleRegistry,
    asynchronous: ReadonlySet<string>,
    options: BayanLanguageOptions,
  ) {
    super({ text: document.text, ast });
    this.document = document;
    this.registry = registry;
    this.#asynchronous = asynchronous;
    this.#options = options;
  }

  applyLanguageOptions(options: BayanLanguageOptions): void {
    this.#options = options;
  }

  override *traverse(): Iterable<VisitNodeStep> {
    yield new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast] });
    yield new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast] });
  }

  /** A rule ESLint runs on this file, with its options (called from the rule's `create`). */
  request(ruleId: string, options: Record<string, unknown> | undefined): void {
    this.#requests.set(ruleId, options);
    this.#findings = undefined;
  }

  /** The findings of one rule (its crash, if it crashed). Runs the engine once for all requested rules. */
  findingsOf(ruleId: string): Finding[] {
    if (!this.#findings) this.#findings = this.#run();
    return this.#findings.get(ruleId) ?? [];
  }

  #run(): Map<string, Finding[]> {
    const rules: Record<string, RuleSetting> = {};
    const later: Record<string, RuleSetting> = {};
    for (const [id, options] of this.#requests) {
      const formats = this.registry.get(id)?.meta.formats;
      if (!this.#asynchronous.has(id)) rules[id] = options ? ['error', options] : 'error';
      else if (!formats || formats.includes(this.document.format)) later[id] = options ? ['error', options] : 'error';
    }
    const locale = this.#options.locale ?? 'ar';
    const style = this.#options.style ?? {};
    const settings = this.#options.settings ?? {};
    const config: BayanConfig = { ...settings, extends: [], style, rules };
    const resolved = resolveConfig(config, this.document.path, this.registry, 'ESLint languageOptions');
    const findings = lintSync(this.document, {
      rules: activeRules(resolved, this.registry),
      locale,
      style: resolved.style,
      settings: resolved.settings,
    });
    if (Object.keys(later).length > 0)
      findings.push(
        ...lintInWorker({ text: this.document.text, path: this.document.path, locale, style, settings, rules: later }),
      );
    const byRule = new Map<string, Finding[]>();
    for (const finding of findings) {
      // An engine finding about one rule (it crashed) goes to that rule.
      const owner =
        finding.ruleId === 'bayan/rule-error' && typeof finding.data?.rule === 'string'
          ? finding.data.rule
          : finding.ruleId;
      let list = byRule.get(owner);
      if (!list) byRule.set(owner, (list = []));
      list.push(finding);
    }
    return byRule;
  }

  getInlineConfigNodes(): CommentNode[] {
    this.#comments ??= comments(this.document).filter((c) => INLINE_CONFIG.test(c.value));
    return this.#comments;
  }

  getDisableDirectives(): {
    directives: Directive[];
    problems: Array<{ ruleId: null; message: string; loc: ReturnType<BayanSourceCode['getLoc']> }>;
  } {
    const directives: Directive[] = [];
    const problems: Array<{ ruleId: null; message: string; loc: ReturnType<BayanSourceCode['getLoc']> }> = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === 'eslint-disable-line' && comment.position.start.line !== comment.position.end.line) {
        problems.push({
          ruleId: null,
          message: `${label} comment should not span multiple lines.`,
          loc: this.getLoc(comment),
        });
        continue;
      }
      if (
        label === 'eslint-disable' ||
        label === 'eslint-enable' ||
        label === 'eslint-disable-next-line' ||
        label === 'eslint-disable-line'
      ) {
        directives.push(
          new Directive({ type: label.slice('eslint-'.length) as DirectiveType, node: comment, value, justification }),
        );
      }
    }
    return { directives, problems };
  }

  /** `<!-- eslint bayan/orthography/no-tatweel: off -->` */
  applyInlineConfig(): {
    configs: Array<{ config: { rules: RulesConfig }; loc: ReturnType<BayanSourceCode['getLoc']> }>;
    problems: Array<{ ruleId: null; message: string; loc: ReturnType<BayanSourceCode['getLoc']> }>;
  } {
    const configs: Array<{ config: { rules: RulesConfig }; loc: ReturnType<BayanSourceCode['getLoc']> }> = [];
    const problems: Array<{ ruleId: null; message: string; loc: ReturnType<BayanSourceCode['getLoc']> }> = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: this.getLoc(comment) });
      else problems.push({ ruleId: null, message: result.error.message, loc: this.getLoc(comment) });
    }
    return { configs, problems };
  }
}
