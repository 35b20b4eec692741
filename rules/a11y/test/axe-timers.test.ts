import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { immediateZeroTimers } from '../src/axe/runner.js';

function makeWindow() {
  const window = new JSDOM('', { runScripts: 'outside-only' }).window as unknown as Window;
  immediateZeroTimers(window);
  return window;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('zero-delay timers in the axe window', () => {
  it('run a zero delay before any 1 ms timer, in the order they were set, after the current task', async () => {
    const window = makeWindow();
    const order: string[] = [];
    window.setTimeout(() => order.push('1 ms'), 1);
    window.setTimeout(() => order.push('first 0'), 0);
    window.setTimeout((label: string) => order.push(label), undefined, 'no delay, with an argument');
    window.setTimeout(() => order.push('second 0'), 0);
    void Promise.resolve().then(() => order.push('promise'));
    order.push('sync');
    await tick(20);
    expect(order).toEqual(['sync', 'promise', 'first 0', 'no delay, with an argument', 'second 0', '1 ms']);
  });

  it('wait no millisecond: a chain of 200 zero delays takes less time than 200 Node timers', async () => {
    const window = makeWindow();
    const start = performance.now();
    await new Promise<void>((resolve) => {
      let left = 200;
      const step = () => (--left === 0 ? resolve() : window.setTimeout(step, 0));
      window.setTimeout(step, 0);
    });
    // Node clamps setTimeout(…, 0) to 1 ms: 200 in a chain take at least 200 ms.
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('are cancelled by clearTimeout, as jsdom’s own timers still are', async () => {
    const window = makeWindow();
    const ran: string[] = [];
    const zero = window.setTimeout(() => ran.push('zero'), 0);
    const later = window.setTimeout(() => ran.push('later'), 5);
    window.setTimeout(() => ran.push('kept'), 0);
    window.clearTimeout(zero);
    window.clearTimeout(later);
    window.clearTimeout(undefined);
    await tick(30);
    expect(ran).toEqual(['kept']);
  });

  it('swallow an exception of the callback, as jsdom does with a silent console', async () => {
    const window = makeWindow();
    const ran: string[] = [];
    window.setTimeout(() => {
      throw new Error('from axe');
    }, 0);
    window.setTimeout(() => ran.push('next'), 0);
    await tick(20);
    expect(ran).toEqual(['next']);
  });
});
