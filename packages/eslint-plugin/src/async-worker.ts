/**
 * The worker behind the synchronous bridge (synckit): runs the asynchronous
 * rules (the a11y pack's axe-core checks in jsdom) with the engine's `lint`
 * and hands the findings back as plain data. One worker per ESLint process;
 * jsdom and axe-core load in it once, on the first HTML or Markdown file.
 */
import { defaultRegistry } from '@bayan/cli';
import { activeRules, lint, parseDocument, resolveConfig, type Finding } from '@bayan/core';
import { runAsWorker } from 'synckit';
import type { AsyncRequest } from './bridge.js';

const registry = defaultRegistry();

runAsWorker(async (request: AsyncRequest): Promise<Finding[]> => {
  const parsed = parseDocument(request.text, { path: request.path });
  if (!parsed.ok) return [];
  const config = { ...request.settings, extends: [], style: request.style, rules: request.rules };
  const resolved = resolveConfig(config, request.path, registry, 'ESLint languageOptions');
  return lint(parsed.document, {
    rules: activeRules(resolved, registry),
    locale: request.locale,
    style: resolved.style,
    settings: resolved.settings,
  });
});
