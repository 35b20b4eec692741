/**
 * The engine's Web Worker: the text packs run here, off the page's main
 * thread, so typing never waits for a lint. Requests carry a sequence number;
 * the page ignores replies to anything but its latest request.
 */
import { ConfigError, DataFileError } from '@bayan/core';
import { PageEngine } from './engine.js';
import { packInfo } from './pack-info.js';
import { textPacks } from './packs.js';
import type { LintMessage, WorkerReply } from './protocol.js';

const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<LintMessage>) => void) | null;
};
const engine = new PageEngine(textPacks);

scope.onmessage = async (event) => {
  const request = event.data;
  const started = performance.now();
  try {
    const findings = await engine.lint(request, new Set(request.skip ?? []));
    scope.postMessage({ seq: request.seq, ok: true, findings, ms: performance.now() - started });
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof DataFileError;
    scope.postMessage({
      seq: request.seq,
      ok: false,
      error: known || error instanceof Error ? (error as Error).message : String(error),
    });
  }
};

scope.postMessage({ ready: true, packs: textPacks.map(packInfo) });

// Warm up while the editor reads the page: the first lint compiles the rules' word lists and
// matchers and lets the JavaScript engine optimise the hot paths, so the editor's first draft
// does not pay for it. Messages that arrive meanwhile wait their turn.
const WARM_UP =
  'أعلنت الوزارة اليوم عن خطة جديدة قي المناطق الريفية بقيمة 500 مليون جنية إسترليني، ويشمل البرنامج 87 عضو الذي يشكلون اللجنة.\n';
void (async () => {
  for (let i = 0; i < 5; i++)
    await engine.lint({
      text: WARM_UP.repeat(4 + i),
      format: 'text',
      locale: 'ar',
      options: { preset: 'recommended', style: {}, dictionaries: {} },
    });
  scope.postMessage({ warm: true });
})();
