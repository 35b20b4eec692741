/**
 * What the a11y pack's axe runner asks of `jsdom`, provided in the browser by
 * a sandboxed iframe instead (the page's build maps the module `jsdom` here).
 *
 * The frame is the draft's jail:
 *   - `sandbox="allow-same-origin"` without `allow-scripts`: nothing in it can
 *     run a script, an event handler, a `javascript:` URL or a meta refresh,
 *     and it cannot navigate the page; only the page evaluates axe-core in it;
 *   - its own Content-Security-Policy `default-src 'none'` (set before any
 *     draft content enters it and kept by the document when the content is
 *     swapped): nothing the draft references is fetched — no image, style
 *     sheet, font or frame — and no inline script could run even if one were
 *     allowed; `'unsafe-eval'` lets the page's own axe-core be evaluated, and
 *     inline styles apply so that visibility is computed as the page would;
 *   - it is off screen, `aria-hidden` and out of the tab order.
 *
 * A frame that may not run scripts does not run timer callbacks either, and
 * axe-core waits on timers between its checks: the frame's timer functions are
 * the page's, so axe's callbacks are scheduled by the page (the draft has no
 * callback to schedule: none of its code ever runs).
 *
 * The module waits for the frame to load before it resolves, so `new JSDOM()`
 * can hand out its window synchronously, as jsdom does.
 */
const CSP = "default-src 'none'; script-src 'unsafe-eval'; style-src 'unsafe-inline'";

async function createFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.title = 'axe-core';
  frame.className = 'axe-frame';
  frame.style.cssText = 'position:fixed;left:-20000px;top:0;width:1024px;height:768px;border:0';
  frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body></body></html>`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const TIMERS = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'queueMicrotask',
] as const;

const frame = await createFrame();
const inner = frame.contentWindow as unknown as Record<string, unknown>;
const outer = window as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of TIMERS)
  if (typeof outer[name] === 'function') inner[name] = (...args: unknown[]) => outer[name]!(...args);

export class VirtualConsole {}

export class JSDOM {
  readonly window: Window;
  constructor() {
    this.window = frame.contentWindow!;
  }
}

export default { JSDOM, VirtualConsole };
